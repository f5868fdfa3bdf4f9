/**
 * Background side of the reading memory: answers cards, the popup and the library (recording is
 * in `memory-store.ts`, called from `recognize`). Nothing here ever leaves the machine.
 */
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundProtocol, Handlers } from '@/lib/messages';
import { MEMORY_LIMITS } from '@/lib/memory/record';
import { entityMemory } from '@/lib/memory/summary';
import type { MemoryOverview } from '@/lib/memory/protocol';
import { getEntity } from '@/lib/kb/load';
import { isRecordingMemory } from '@/utils/memory-settings';
import { readingKb } from './reading';
import { highlightStore } from './highlights';
import { memoryStore } from './memory-store';

type MemoryMessages = Pick<BackgroundProtocol, 'memoryForEntity' | 'memoryOverview' | 'memoryClear' | 'memoryOpenLibrary'>;
type Sender = Browser.runtime.MessageSender;

/** Entities the library's filter offers from the memory: the most read about. */
const OVERVIEW_ENTITIES = 300;
/** Articles and highlights a card lists (in the page or the popup). */
const CARD_LIMIT = 5;

function fromExtensionPage(sender: Sender): boolean {
  return !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

function requireExtensionPage(sender: Sender): void {
  if (!fromExtensionPage(sender)) throw new Error('Only Backstory’s own pages may do this.');
}

function requireEntityId(entityId: unknown): string {
  if (typeof entityId !== 'string' || !entityId || entityId.length > 200) throw new Error('An entity id is needed.');
  return entityId;
}

async function labels(ids: Iterable<string>): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  try {
    const kb = await readingKb();
    for (const id of ids) {
      const label = getEntity(kb, id)?.label;
      if (label) found[id] = label;
    }
  } catch {
    // Ids stand in for names when the KB cannot be read.
  }
  return found;
}

async function overview(): Promise<MemoryOverview> {
  const articles = await (await memoryStore()).all();
  const counts = new Map<string, number>();
  for (const article of articles) for (const id of article.entityIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, OVERVIEW_ENTITIES);
  const names = await labels(top.map(([id]) => id));
  return {
    recording: await isRecordingMemory(),
    articleCount: articles.length,
    limit: MEMORY_LIMITS.articles,
    entities: top.map(([id, count]) => ({ id, label: names[id] ?? null, articles: count })),
  };
}

export const memoryHandlers: Handlers<MemoryMessages, Sender> = {
  memoryForEntity: async ({ entityId, limit }, sender) => {
    const id = requireEntityId(entityId);
    // Cards get a few lines; the library asks for everything, which a page's content script may not.
    const max = fromExtensionPage(sender) ? Math.max(1, Math.min(Number(limit) || CARD_LIMIT, MEMORY_LIMITS.articles)) : CARD_LIMIT;
    const [{ total, articles }, highlights, recording] = await Promise.all([
      memoryStore().then((store) => store.latestForEntity(id, max)),
      highlightStore().then((store) => store.byEntity(id)),
      isRecordingMemory(),
    ]);
    return entityMemory({ entityId: id, recording, articles, articleCount: total, highlights, limit: max });
  },
  memoryOverview: async (_request, sender) => {
    requireExtensionPage(sender);
    return overview();
  },
  memoryClear: async (_request, sender) => {
    requireExtensionPage(sender);
    return { cleared: await (await memoryStore()).clear() };
  },
  memoryOpenLibrary: async ({ entityId }) => {
    const id = requireEntityId(entityId);
    await browser.tabs.create({ url: browser.runtime.getURL(`/library.html#entity=${encodeURIComponent(id)}` as Parameters<typeof browser.runtime.getURL>[0]) });
    return { opened: true };
  },
};
