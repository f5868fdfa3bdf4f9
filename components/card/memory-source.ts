/**
 * Where a card gets the reader's own history from. The content script and the popup provide one
 * (both ask the background); without a provider, as in tests of the card alone, no memory line shows.
 */
import { createContext } from 'preact';
import type { EntityMemory } from '@/lib/memory/protocol';

export interface MemorySource {
  /** The normalised URL of the article the card is about, when known. */
  pageUrl: string | null;
  forEntity(entityId: string): Promise<EntityMemory>;
  /** Opens the library on the entity. */
  openLibrary?(entityId: string): void;
}

export const MemorySourceContext = createContext<MemorySource | null>(null);
