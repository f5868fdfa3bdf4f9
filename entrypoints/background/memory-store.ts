/**
 * The reading memory's store in the background, and the recording itself: `recognize` (which
 * already has the entities) calls `rememberReading` with what the page said about itself. Only this
 * context opens IndexedDB; nothing recorded ever leaves the machine.
 */
import type { Browser } from 'wxt/browser';
import type { FoundMention } from '@/lib/reading/page';
import { MemoryStore } from '@/lib/memory/db';
import { checkVisit, countMentions } from '@/lib/memory/record';
import { isRecordingMemory } from '@/utils/memory-settings';

type Sender = Browser.runtime.MessageSender;

let opening: Promise<MemoryStore> | null = null;

export async function memoryStore(): Promise<MemoryStore> {
  opening ??= MemoryStore.open(indexedDB).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  const store = await opening;
  if (store.open) return store;
  opening = null;
  return memoryStore();
}

/**
 * Remembers that the sender's page named these entities, unless the switch is off or the tab is
 * private. Never throws: the reader's marks must not wait on, or fail with, the memory.
 */
export async function rememberReading(page: unknown, mentions: readonly Pick<FoundMention, 'entityId'>[], sender: Sender): Promise<void> {
  if (page === undefined || sender.tab?.incognito) return;
  try {
    const visit = checkVisit(page);
    const counts = countMentions(mentions);
    if (counts.length === 0) return;
    const store = await memoryStore();
    // Read last, right before the write: switching off stops even a recognition already under way.
    if (!(await isRecordingMemory())) return;
    await store.record(visit, counts);
  } catch (error) {
    console.warn('Backstory could not remember this article:', error);
  }
}
