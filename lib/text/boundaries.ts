import { CharClass } from './chars';
import { META_CLASS, type MatchText } from './normalize';

/**
 * Word boundaries on matching-form text, by Unicode class rather than ASCII `\b` (which never
 * fires around "Москва" and fires inside "Zoë"). Position `p` lies between units `p - 1` and `p`.
 */

function isLetterLike(charClass: number): boolean {
  return charClass === CharClass.Word || charClass === CharClass.Unspaced;
}

/** True unless `p` splits a run of letters and digits of a spaced script. */
export function isBoundary(text: MatchText, p: number): boolean {
  if (p <= 0 || p >= text.length) return true;
  return !((text.meta[p - 1]! & META_CLASS) === CharClass.Word && (text.meta[p]! & META_CLASS) === CharClass.Word);
}

/** Where a name may begin: a letter or digit at a boundary. */
export function isWordStart(text: MatchText, p: number): boolean {
  return p < text.length && isLetterLike(text.meta[p]! & META_CLASS) && isBoundary(text, p);
}

/** Where a name may end: after punctuation ("U.S."), or after a letter at a boundary. */
export function isWordEnd(text: MatchText, p: number): boolean {
  if (p <= 0) return false;
  return !isLetterLike(text.meta[p - 1]! & META_CLASS) || isBoundary(text, p);
}
