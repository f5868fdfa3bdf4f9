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
