/**
 * Background side of KB packs. Packs live in the extension's `storage.local` (never a page's;
 * `unlimitedStorage` lets large ones stay), are validated here against the bundled KB, and are
 * compiled and merged with it into the one KB every page is recognised with. The merged KB is kept
 * warm and rebuilt only when the packs change; it is also stored, keyed by the bundled KB's
 * fingerprint and the pack list, so a restarted service worker loads it instead of compiling.
 */
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundProtocol, Handlers } from '@/lib/messages';
import { COMPILED_KB_FORMAT, type CompiledKb } from '@/lib/kb/compile';
import { loadKb, type Kb } from '@/lib/kb/load';
import type { Entity } from '@/lib/kb/schema';
import { serializeTables } from '@/lib/kb/tables-codec';
import { PACK_LIMITS, parsePack } from '@/lib/packs/format';
import { mergePacks, type PackReport } from '@/lib/packs/merge';
import type { PackBuild, PackImportOutcome, PackList, StoredPack } from '@/lib/packs/protocol';
import { bundledKb, bundledKbFingerprint } from './bundled-kb';
import { loadEverydayWords } from './everyday-words';

type PackMessages = Pick<BackgroundProtocol, 'packList' | 'packImport' | 'packSetEnabled' | 'packRemove'>;
type Sender = Browser.runtime.MessageSender;

const INDEX_KEY = 'kbPacks';
const MERGED_KEY = 'kbPacksMerged';
const entitiesKey = (id: string): string => `kbPack:${id}`;

interface Merged {
  kb: Kb;
  reports: PackReport[];
}

interface MergedCache {
  signature: string;
  compiled: CompiledKb;
  reports: PackReport[];
}

let index: Promise<StoredPack[]> | null = null;
let current: { signature: string; merged: Promise<Merged> } | null = null;
let lastBuild: PackBuild | null = null;
let writing: Promise<unknown> = Promise.resolve();

function packIndex(): Promise<StoredPack[]> {
  index ??= browser.storage.local.get(INDEX_KEY).then(
    (stored) => (Array.isArray(stored[INDEX_KEY]) ? (stored[INDEX_KEY] as StoredPack[]) : []),
    (error: unknown) => {
      index = null;
      throw error;
    },
  );
  return index;
}

/**
 * Bumped when the pack compiler changes what it makes of the same packs, so a merge stored by an
 * earlier version is compiled again. `words`: derived surnames are checked against the word list.
 */
const COMPILER_VERSION = 'words-1';

/** What the merged KB depends on besides the bundled KB: the packs, their order and switches. */
const signatureOf = (packs: readonly StoredPack[]): string => JSON.stringify(packs.map((pack) => [pack.id, pack.importedAt, pack.enabled]));

async function build(packs: readonly StoredPack[]): Promise<Merged> {
  const started = performance.now();
  const signature = `${await bundledKbFingerprint()}|${COMPILER_VERSION}|${signatureOf(packs)}`;
  const anyEnabled = packs.some((pack) => pack.enabled);
  if (anyEnabled) {
    const cached = (await browser.storage.local.get(MERGED_KEY))[MERGED_KEY] as MergedCache | undefined;
    if (cached?.signature === signature) {
      try {
        const loading = performance.now();
        const kb = loadKb(cached.compiled);
        const now = performance.now();
        lastBuild = { kind: 'cached', ms: now - loading, totalMs: now - started, entities: kb.entities.length };
        return { kb, reports: cached.reports };
      } catch {
        // A stale or damaged copy: compile again below.
      }
    }
  }
  const bundled = await bundledKb();
  const stored = await browser.storage.local.get(packs.map((pack) => entitiesKey(pack.id)));
  const inputs = packs.map((pack) => ({
    id: pack.id,
    name: pack.name,
    enabled: pack.enabled,
    entities: (stored[entitiesKey(pack.id)] as Entity[] | undefined) ?? [],
  }));
  // Surnames that are everyday words ("May", "Hunt") are held back as in the bundled KB. Without
  // the list (a damaged install) packs still work, and the result is not stored: the next start retries.
  const reading = performance.now();
  const words = anyEnabled
    ? await loadEverydayWords().catch((error: unknown) => {
        console.warn('Backstory: the word list could not be read; pack surnames that are everyday words are not held back.', error);
        return null;
      })
    : null;
  const compiling = performance.now();
  const merged = mergePacks(bundled, inputs, words ? { isCommonWord: (word) => words.has(word) } : {});
  const now = performance.now();
  lastBuild = { kind: 'compiled', ms: now - compiling, totalMs: now - started, entities: merged.kb.entities.length, ...(anyEnabled ? { wordsMs: compiling - reading } : {}) };
  if (anyEnabled && words) {
    const compiled: CompiledKb = { format: COMPILED_KB_FORMAT, entities: [...merged.kb.entities], matcher: serializeTables(merged.kb.tables) };
    const cache: MergedCache = { signature, compiled, reports: merged.reports };
    void browser.storage.local.set({ [MERGED_KEY]: cache }).catch(() => undefined);
  } else {
    void browser.storage.local.remove(MERGED_KEY).catch(() => undefined);
  }
  return merged;
}

/** The bundled KB merged with every pack (disabled ones only judged), built once per pack list. */
function merged(packs: readonly StoredPack[]): Promise<Merged> {
  const signature = signatureOf(packs);
  if (current?.signature !== signature) {
    const attempt = build(packs).catch((error: unknown) => {
      if (current?.merged === attempt) current = null;
      throw error;
    });
    current = { signature, merged: attempt };
  }
  return current.merged;
}

/**
 * The KB pages are recognised with: the bundled one, with the enabled packs merged in. A pack
 * that cannot be read or compiled never stops recognition: the bundled KB is used instead.
 */
export async function kbWithPacks(): Promise<Kb> {
  const packs = await packIndex().catch((): StoredPack[] => []);
  if (!packs.some((pack) => pack.enabled)) return bundledKb();
  try {
    return (await merged(packs)).kb;
  } catch (error) {
    console.error('Backstory: the KB packs could not be merged; using the bundled KB alone.', error);
    return bundledKb();
  }
}

function requireExtensionPage(sender: Sender): void {
  if (!sender.url?.startsWith(browser.runtime.getURL('/'))) throw new Error('Only Backstory’s own pages may do this.');
}

async function list(): Promise<PackList> {
  const packs = await packIndex();
  const reports = packs.length > 0 ? (await merged(packs)).reports : [];
  return {
    packs: packs.map((pack, k) => ({ ...pack, report: reports[k]! })),
    limits: { ...PACK_LIMITS },
    build: lastBuild,
  };
}

/** Runs pack changes one at a time, then readies the new merged KB for the next page. */
function change<T>(work: (packs: StoredPack[]) => Promise<T>): Promise<T> {
  const run = writing.then(async () => {
    index = null;
    const result = await work(await packIndex());
    index = null;
    void kbWithPacks();
    return result;
  });
  writing = run.catch(() => undefined);
  return run;
}

function findPack(packs: readonly StoredPack[], id: unknown): StoredPack {
  const pack = packs.find((candidate) => candidate.id === id);
  if (!pack) throw new Error('That pack is no longer there.');
  return pack;
}

export const packHandlers: Handlers<PackMessages, Sender> = {
  packList: async (_request, sender) => {
    requireExtensionPage(sender);
    return list();
  },
  packImport: async ({ fileName, text }, sender) => {
    requireExtensionPage(sender);
    if (typeof text !== 'string') throw new Error('The file could not be read as text.');
    const name = typeof fileName === 'string' ? fileName : 'pack.json';
    const parsed = parsePack(name, text, (await bundledKb()).indexById.keys());
    if (!parsed.ok) throw new Error(parsed.message);
    const { entities, ...meta } = parsed.pack;
    const replaced = await change(async (packs) => {
      const previous = packs.find((pack) => pack.name.toLowerCase() === meta.name.toLowerCase());
      if (!previous && packs.length >= PACK_LIMITS.packs) {
        throw new Error(`${name} was not imported: there are already ${PACK_LIMITS.packs} packs, the most Backstory keeps. Remove one first.`);
      }
      const pack: StoredPack = { ...meta, id: previous?.id ?? crypto.randomUUID(), fileName: name, importedAt: Date.now(), enabled: true, total: entities.length };
      const next = previous ? packs.map((candidate) => (candidate === previous ? pack : candidate)) : [...packs, pack];
      // One write: the list and the entities change together or not at all.
      await browser.storage.local.set({ [INDEX_KEY]: next, [entitiesKey(pack.id)]: entities });
      return previous !== undefined;
    });
    const { packs } = await list();
    const pack = packs.find((candidate) => candidate.name.toLowerCase() === meta.name.toLowerCase());
    if (!pack) throw new Error('The pack was stored but cannot be listed.');
    const outcome: PackImportOutcome = { pack, replaced };
    return outcome;
  },
  packSetEnabled: async ({ id, enabled }, sender) => {
    requireExtensionPage(sender);
    await change(async (packs) => {
      const pack = findPack(packs, id);
      await browser.storage.local.set({ [INDEX_KEY]: packs.map((candidate) => (candidate === pack ? { ...pack, enabled: enabled === true } : candidate)) });
    });
    return list();
  },
  packRemove: async ({ id }, sender) => {
    requireExtensionPage(sender);
    await change(async (packs) => {
      const pack = findPack(packs, id);
      await browser.storage.local.set({ [INDEX_KEY]: packs.filter((candidate) => candidate !== pack) });
      await browser.storage.local.remove(entitiesKey(pack.id));
    });
    return list();
  },
};

/** Another context (or a test) may change the packs in storage: forget the cached list then. */
export function setUpPacks(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && INDEX_KEY in changes) index = null;
  });
}
