/** Payload types of the highlight messages in lib/messages.ts. */
import type { ColourName } from './colours';
import type { ImportOutcome } from './db';
import type { ExportFile } from './markdown';
import type { Highlight, HighlightDraft, HighlightPatch } from './record';
import type { Facets, HighlightFilters } from './search';

export type { ExportFile, Highlight, HighlightDraft, HighlightFilters, HighlightPatch, ImportOutcome };

/**
 * How many results one search sends. A broad query over a large library matches thousands; copying
 * them all to the library page cost more than the search itself, and nobody reads past the first
 * screens before narrowing the query. The library asks for more pages on demand.
 */
export const SEARCH_PAGE_SIZE = 200;

export interface HighlightSearchRequest {
  query: string;
  filters: HighlightFilters;
  /** At most this many results, best first; SEARCH_PAGE_SIZE when absent. */
  limit?: number;
}

export interface HighlightSearchResult {
  /** The best `limit` matches. */
  results: Highlight[];
  /** How many records match in all. */
  matched: number;
  /** Over the whole library, so a filter's choices do not vanish once one is picked. */
  facets: Facets;
  total: number;
  /** Names of the entities in `facets.entityIds` that the KB knows. */
  entityLabels: Record<string, string>;
}

/** `entity-notes`: Markdown, one note per entity with [[links]] (lib/memory/markdown.ts). */
export type ExportFormat = 'markdown-pages' | 'markdown-all' | 'entity-notes' | 'json' | 'csv';

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

/**
 * What the tab's open note editor is about, as the content script describes it: the highlight's
 * id, or the draft of a new one. Never the note: that is typed in the editor (an extension page)
 * and goes from there to the background only. `session` names one opening of the editor.
 */
export type NoteEditorTarget =
  | { session: string; mode: 'new'; draft: Omit<HighlightDraft, 'note' | 'tags'> }
  | { session: string; mode: 'edit'; id: string };

/** What the note editor shows when it opens: the stored note and tags when editing. */
export interface NoteEditorContent {
  session: string;
  mode: 'new' | 'edit';
  note: string;
  tags: string[];
}

/** What the content script learns when its note editor closes. */
export interface NoteEditorClosed {
  session: string;
  outcome: 'saved' | 'cancelled';
  /** The saved highlight. */
  id?: string;
}
