/** Payload types of the reading-memory messages in lib/messages.ts. */
import type { ReadingVisit } from './record';
import type { EntityMemory } from './summary';

export type { EntityMemory, ReadingVisit };
export type { ArticleSummary, HighlightSummary } from './summary';

/** An entity of the memory, for the library's entity filter. */
export interface MemoryEntity {
  id: string;
  /** Its name in the KB, or null when the KB no longer has it. */
  label: string | null;
  /** Articles read that named it. */
  articles: number;
}

export interface MemoryOverview {
  recording: boolean;
  articleCount: number;
  /** Articles kept at most (the oldest read are forgotten beyond it). */
  limit: number;
  /** Most read about first. */
  entities: MemoryEntity[];
}
