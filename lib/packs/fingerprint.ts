/** A cheap fingerprint of a text (FNV-1a, 32-bit, over UTF-16 units, with the length): enough to tell one build's `kb.json` from another's. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    hash ^= text.charCodeAt(k);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}
