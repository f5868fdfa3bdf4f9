import { CaseFlag } from '../text/chars';
import { META_CASE_SHIFT } from '../text/normalize';
import { CaseRule, type CaseRuleCode } from '../kb/tables';

/**
 * Whether the capitals of the text at `[start, start + length)` satisfy a name's case rule
 * (see `AliasCase` in the schema):
 * - `exact`: capitals exactly as in the KB ("RT" is not "Rt" or "rt");
 * - `default`: as in the KB, in ALL CAPS (datelines), or with a lower-case name capitalised at
 *   the start of a sentence ("War in Ukraine");
 * - `any`: always.
 * `capitals` holds the KB form's upper-case bits from `offset`; `meta` is the match text's; only
 * cased letters are compared.
 */
export function caseMatches(
  rule: CaseRuleCode,
  capitals: Uint8Array,
  offset: number,
  meta: Uint8Array,
  start: number,
  length: number,
): boolean {
  if (rule === CaseRule.any) return true;
  let exact = true;
  let allUpper = true;
  let sawCased = false;
  let onlyFirstCapitalised = true;
  for (let k = 0; k < length; k++) {
    const flag = meta[start + k]! >> META_CASE_SHIFT;
    if (flag === CaseFlag.Uncased) continue;
    const textUpper = flag === CaseFlag.Upper;
    const kbUpper = (capitals[offset + (k >> 3)]! & (1 << (k & 7))) !== 0;
    if (textUpper !== kbUpper) {
      exact = false;
      if (sawCased || !textUpper) onlyFirstCapitalised = false;
    }
    if (!textUpper) allUpper = false;
    sawCased = true;
  }
  if (exact) return true;
  if (rule === CaseRule.exact) return false;
  return (allUpper && sawCased) || onlyFirstCapitalised;
}

/** Spans up to this many units have their case compared as 32-bit masks (nearly every name). */
export const MASKED_SPAN = 32;

/** Bit k set when unit `start + k` of the text is a capital; `length <= MASKED_SPAN`. */
export function upperMaskOf(meta: Uint8Array, start: number, length: number): number {
  let mask = 0;
  for (let k = 0; k < length; k++) if (meta[start + k]! >> META_CASE_SHIFT === CaseFlag.Upper) mask |= 1 << k;
  return mask;
}

/** Bit k set when unit `start + k` of the text is a cased letter; `length <= MASKED_SPAN`. */
export function casedMaskOf(meta: Uint8Array, start: number, length: number): number {
  let mask = 0;
  for (let k = 0; k < length; k++) if (meta[start + k]! >> META_CASE_SHIFT !== CaseFlag.Uncased) mask |= 1 << k;
  return mask;
}

/**
 * `caseMatches` for a span of at most `MASKED_SPAN` units, given the text's masks for it: a name
 * found at one place often has several outputs (case forms, entities), and the text's side is
 * then read once rather than once per output.
 */
export function caseMatchesMasked(
  rule: CaseRuleCode,
  capitals: Uint8Array,
  offset: number,
  length: number,
  textUpper: number,
  textCased: number,
): boolean {
  if (rule === CaseRule.any) return true;
  let kbUpper = 0;
  for (let byte = 0; byte << 3 < length; byte++) kbUpper |= capitals[offset + byte]! << (byte << 3);
  // Only cased letters of the text are compared, as in `caseMatches`.
  const differing = (kbUpper ^ textUpper) & textCased;
  if (differing === 0) return true;
  if (rule === CaseRule.exact) return false;
  const firstCased = textCased & -textCased;
  const allUpper = textUpper === textCased;
  const onlyFirstCapitalised = (differing & ~firstCased) === 0 && (textUpper & firstCased) !== 0;
  return allUpper || onlyFirstCapitalised;
}
