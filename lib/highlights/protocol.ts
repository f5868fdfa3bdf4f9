/** Payload types of the highlight messages in lib/messages.ts. */
import type { ColourName } from './colours';
import type { ImportOutcome } from './db';
import type { ExportFile } from './markdown';
import type { Highlight, HighlightDraft, HighlightPatch } from './record';
import type { Facets, HighlightFilters } from './search';

export type { ExportFile, Highlight, HighlightDraft, HighlightFilters, HighlightPatch, ImportOutcome };

export interface HighlightSearchResult {
  results: Highlight[];
  /** Over the whole library, so a filter's choices do not vanish once one is picked. */
  facets: Facets;
  total: number;
  /** Names of the entities in `facets.entityIds` that the KB knows. */
  entityLabels: Record<string, string>;
}

export type ExportFormat = 'markdown-pages' | 'markdown-all' | 'json' | 'csv';

export interface HighlightExportRequest {
  format: ExportFormat;
  wikilinks?: boolean;
  /** Only what this search and these filters find (the library's current view); all when absent. */
  query?: string;
  filters?: HighlightFilters;
}

export interface StorageStatus {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
  count: number;
}

export type AnchorState = 'anchored' | 'orphan' | 'pending';

export interface PageHighlightItem {
  highlight: Highlight;
  state: AnchorState;
}

/** The page's highlights: anchored ones in page order, then those still pending, then orphans. */
export interface PageHighlightsState {
  url: string;
  items: PageHighlightItem[];
}

export interface HighlightSelectionRequest {
  colour?: ColourName;
}
