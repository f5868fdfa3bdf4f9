/**
 * Background side of highlights: the only place that opens IndexedDB, so every highlight lives in
 * the extension's origin, never in a page's. Also the context-menu item and the keyboard command,
 * and the notice to open tabs when a page's highlights change elsewhere.
 */
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundProtocol, Handlers } from '@/lib/messages';
import { HighlightStore } from '@/lib/highlights/db';
import { markdownFiles, type ExportFile } from '@/lib/highlights/markdown';
import { toReadwiseCsv } from '@/lib/highlights/csv';
import { parseAnnotationImport, toAnnotationJson } from '@/lib/highlights/webAnnotation';
import { facetsOf, searchHighlights, type Facets } from '@/lib/highlights/search';
import { checkHighlight, type Highlight } from '@/lib/highlights/record';
import { SEARCH_PAGE_SIZE, type HighlightExportRequest, type StorageStatus } from '@/lib/highlights/protocol';
import { getEntity } from '@/lib/kb/load';
import { readingKb } from './reading';
import { memoryStore } from './memory-store';
import { entityNoteFiles } from '@/lib/memory/markdown';

type HighlightMessages = Pick<
  BackgroundProtocol,
  | 'highlightSave'
  | 'highlightUpdate'
  | 'highlightDelete'
  | 'highlightUndo'
  | 'highlightsForPage'
  | 'highlightSearch'
  | 'highlightExport'
  | 'highlightImport'
  | 'highlightStorage'
>;
type Sender = Browser.runtime.MessageSender;

export const MENU_ID = 'backstory-highlight-selection';
export const COMMAND = 'highlight-selection';

let opening: Promise<HighlightStore> | null = null;

/** The open database, reopened if the browser closed the connection since. */
export async function highlightStore(): Promise<HighlightStore> {
  opening ??= HighlightStore.open(indexedDB).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  const store = await opening;
  if (store.open) return store;
  opening = null;
  return highlightStore();
}

/**
 * Every highlight, kept in memory between library searches so a keystroke neither re-reads
 * IndexedDB nor re-folds text (the search caches folded words per record object, and these objects
 * stay the same). This context is the only writer, so each write is applied here as it lands in
 * the store.
 */
class HighlightIndex {
  private records: Map<string, Highlight> | null = null;
  private loading: Promise<Map<string, Highlight>> | null = null;
  /** Bumped by every write, so a load that raced a write is not trusted. */
  private generation = 0;
  private listCache: Highlight[] | null = null;
  private facetsCache: Facets | null = null;

  /** Newest first, as the store lists them. */
  async list(): Promise<Highlight[]> {
    const records = await this.load();
    this.listCache ??= [...records.values()].sort(newestFirst);
    return this.listCache;
  }

  async facets(): Promise<Facets> {
    const list = await this.list();
    this.facetsCache ??= facetsOf(list);
    return this.facetsCache;
  }

  put(record: Highlight): void {
    this.write(() => this.records?.set(record.id, record));
  }

  remove(id: string): void {
    this.write(() => this.records?.delete(id));
  }

  /**
   * An import that has landed: the same rule as the store's (new records added, later edits
   * replacing older copies), applied in the same order, so the copy stays exact without a re-read.
   */
  imported(records: readonly Highlight[]): void {
    this.write(() => {
      // Not read yet: read it now, since a library that imports is about to search.
      if (!this.records) return void this.load().catch(() => undefined);
      for (const record of records) {
        const existing = this.records.get(record.id);
        if (!existing || record.updatedAt > existing.updatedAt) this.records.set(record.id, record);
      }
    });
  }

  private write(apply: () => void): void {
    this.generation++;
    apply();
    this.listCache = null;
    this.facetsCache = null;
  }

  private load(): Promise<Map<string, Highlight>> {
    if (this.records) return Promise.resolve(this.records);
    if (this.loading) return this.loading;
    const generation = this.generation;
    const loading = highlightStore()
      .then((store) => store.all())
      .then((all) => {
        if (this.loading === loading) this.loading = null;
        // A write landed while reading: the snapshot may miss it, so read once more.
        if (generation !== this.generation) return this.load();
        this.records = new Map(all.map((record) => [record.id, record]));
        return this.records;
      })
      .catch((error: unknown) => {
        if (this.loading === loading) this.loading = null;
        throw error;
      });
    this.loading = loading;
    return loading;
  }
}

function newestFirst(a: Highlight, b: Highlight): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

const index = new HighlightIndex();

/** Library-wide reads and bulk writes come only from the extension's own pages, never from a tab's content. */
export function requireExtensionPage(sender: Sender): void {
  if (!sender.url?.startsWith(browser.runtime.getURL('/'))) throw new Error('Only Backstory’s own pages may do this.');
}

function requireId(id: unknown): string {
  if (typeof id !== 'string' || !id) throw new Error('A highlight id is needed.');
  return id;
}

/** Tells every tab whose page is among `urls` to repaint; tabs without our content script ignore it. */
async function announceChanges(urls: string[], except?: number): Promise<void> {
  const unique = [...new Set(urls)];
  if (unique.length === 0) return;
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && tab.id !== except)
      .map((tab) => browser.tabs.sendMessage(tab.id!, { type: 'highlightsChanged', payload: { urls: unique } }).catch(() => undefined)),
  );
}

/** Entity names for wikilinks and filters; ids alone when the KB cannot be read. */
async function entityLabels(ids: Iterable<string>): Promise<Record<string, string>> {
  const labels: Record<string, string> = {};
  try {
    const kb = await readingKb();
    for (const id of ids) {
      const label = getEntity(kb, id)?.label;
      if (label) labels[id] = label;
    }
  } catch {
    // Exports and filters still work with ids.
  }
  return labels;
}

async function exportFiles(records: Highlight[], request: HighlightExportRequest, now = Date.now()): Promise<ExportFile[]> {
  const day = new Date(now).toISOString().slice(0, 10);
  switch (request.format) {
    case 'markdown-pages':
    case 'markdown-all': {
      const labels = request.wikilinks ? await entityLabels(records.flatMap((record) => record.entityIds)) : {};
      const mode = request.format === 'markdown-all' ? 'all' : 'pages';
      return markdownFiles(records, mode, { wikilinks: request.wikilinks ?? false, entityLabel: (id) => labels[id], now });
    }
    case 'json':
      return [{ name: `backstory-highlights-${day}.json`, mime: 'application/json', content: toAnnotationJson(records, now) }];
    case 'entity-notes': {
      // One note per entity, listing the articles the reading memory has for it.
      const [articles, labels] = await Promise.all([(await memoryStore()).all(), entityLabels(records.flatMap((record) => record.entityIds))]);
      const notes = entityNoteFiles(records, articles, { entityLabel: (id) => labels[id], now });
      if (notes.length === 0) throw new Error('None of these highlights mentions a person, organisation, place or event Backstory knows.');
      return notes;
    }
    case 'csv':
      return [{ name: `backstory-highlights-readwise-${day}.csv`, mime: 'text/csv', content: toReadwiseCsv(records) }];
    default:
      throw new Error(`Unknown export format ${JSON.stringify(request.format)}.`);
  }
}

async function storageStatus(): Promise<StorageStatus> {
  const manager = (globalThis.navigator as Navigator | undefined)?.storage;
  const estimate = await manager?.estimate?.().catch(() => undefined);
  const persisted = (await manager?.persisted?.().catch(() => undefined)) ?? null;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, count: await (await highlightStore()).count() };
}

export const highlightHandlers: Handlers<HighlightMessages, Sender> = {
  highlightSave: async ({ draft }, sender) => {
    const saved = await (await highlightStore()).save(draft);
    index.put(saved);
    void announceChanges([saved.url], sender.tab?.id);
    return saved;
  },
  highlightUpdate: async ({ id, patch }, sender) => {
    const updated = await (await highlightStore()).update(requireId(id), patch);
    index.put(updated);
    void announceChanges([updated.url], sender.tab?.id);
    return updated;
  },
  highlightDelete: async ({ id }, sender) => {
    const deleted = await (await highlightStore()).remove(requireId(id));
    if (deleted) index.remove(deleted.id);
    if (deleted) void announceChanges([deleted.url], sender.tab?.id);
    return { deleted };
  },
  highlightUndo: async ({ highlight }, sender) => {
    const restored = await (await highlightStore()).restore(highlight);
    index.put(restored);
    void announceChanges([restored.url], sender.tab?.id);
    return restored;
  },
  highlightsForPage: async ({ url }) => {
    if (typeof url !== 'string') throw new Error('A page URL is needed.');
    return (await highlightStore()).forUrl(url);
  },
  highlightSearch: async ({ query, filters, limit }, sender) => {
    requireExtensionPage(sender);
    const [all, facets] = await Promise.all([index.list(), index.facets()]);
    const matches = searchHighlights(all, typeof query === 'string' ? query : '', filters ?? {});
    const shown = typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? limit : SEARCH_PAGE_SIZE;
    return {
      results: matches.slice(0, shown),
      matched: matches.length,
      facets,
      total: all.length,
      entityLabels: await entityLabels(facets.entityIds.map((facet) => facet.value)),
    };
  },
  highlightExport: async (request, sender) => {
    requireExtensionPage(sender);
    const all = await index.list();
    const records = request.query || request.filters ? searchHighlights(all, request.query ?? '', request.filters ?? {}) : all;
    if (records.length === 0) throw new Error('There are no highlights to export.');
    return { files: await exportFiles(records, request) };
  },
  highlightImport: async ({ text }, sender) => {
    requireExtensionPage(sender);
    if (typeof text !== 'string') throw new Error('The file could not be read as text.');
    const parsed = parseAnnotationImport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const outcome = await (await highlightStore()).importRecords(parsed.records);
    // As stored: the store keeps each record in its checked form.
    if (outcome.added + outcome.updated > 0) index.imported(parsed.records.map((record) => checkHighlight(record)));
    if (outcome.added + outcome.updated > 0) void announceChanges(parsed.records.map((record) => record.url));
    return outcome;
  },
  highlightStorage: async (_request, sender) => {
    requireExtensionPage(sender);
    return storageStatus();
  },
};

async function highlightSelectionIn(tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  // The content script shows any failure next to the selection; nothing to add here.
  await browser.tabs.sendMessage(id, { type: 'highlightSelection', payload: {} }, { frameId: 0 }).catch(() => undefined);
}

/** Context menu, keyboard command and persistent storage: once per background start. */
export function setUpHighlights(): void {
  // Menus survive a service-worker restart in Chrome but not a Firefox restart: start clean either way.
  void browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: MENU_ID, title: 'Highlight selection', contexts: ['selection'] }));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void highlightSelectionIn(tab?.id);
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === COMMAND) void highlightSelectionIn(tab?.id);
  });
  // Only window contexts may ask (Firefox's background page can; Chrome's worker cannot, so the
  // library asks too). Extensions with unlimitedStorage are usually granted it outright.
  const manager = (globalThis.navigator as Navigator | undefined)?.storage;
  if (typeof manager?.persist === 'function') {
    void manager.persisted().then((persisted) => persisted || manager.persist()).catch(() => undefined);
  }
}
