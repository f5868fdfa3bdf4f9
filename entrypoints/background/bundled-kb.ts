/** The KB the build bundles (`kb.json.gz`), read once per background lifetime and kept. */
import { browser } from 'wxt/browser';
import { gunzipText, KB_ASSET } from '@/lib/kb/asset';
import { loadKb, type Kb } from '@/lib/kb/load';
import { fingerprint } from '@/lib/packs/fingerprint';

let parsing: Promise<unknown> | null = null;
let loading: Promise<Kb> | null = null;
let fingerprinting: Promise<string> | null = null;

async function bundledText(): Promise<string> {
  const response = await fetch(browser.runtime.getURL(`/${KB_ASSET}` as Parameters<typeof browser.runtime.getURL>[0]));
  if (!response.ok || !response.body) throw new Error(`The knowledge base could not be read (HTTP ${response.status}).`);
  return gunzipText(response.body);
}

/** Forgets a failed attempt so the next request tries again. */
function retryable<T>(work: Promise<T>, forget: () => void): Promise<T> {
  return work.catch((error: unknown) => {
    forget();
    throw error;
  });
}

/** The KB's JSON parsed once, shared by the recognizer's KB and the quote check's statements. */
export function bundledKbJson(): Promise<unknown> {
  parsing ??= retryable(
    bundledText().then((text): unknown => JSON.parse(text)),
    () => (parsing = null),
  );
  return parsing;
}

/** The bundled KB, loaded once: every page's recognition after the first costs no parsing. */
export function bundledKb(): Promise<Kb> {
  loading ??= retryable(bundledKbJson().then(loadKb), () => (loading = null));
  return loading;
}

/**
 * A fingerprint of this build's KB JSON, which the stored merge with the packs is keyed by (see
 * ./packs). Read separately from `bundledKb` so that neither keeps the 1 MB text alive.
 */
export function bundledKbFingerprint(): Promise<string> {
  fingerprinting ??= retryable(bundledText().then(fingerprint), () => (fingerprinting = null));
  return fingerprinting;
}
