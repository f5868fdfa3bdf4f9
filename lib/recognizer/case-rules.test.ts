import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseFlag } from '../text/chars';
import { META_CASE_SHIFT } from '../text/normalize';
import { CaseRule, type CaseRuleCode } from '../kb/tables';
import { caseMatches, caseMatchesMasked, casedMaskOf, MASKED_SPAN, upperMaskOf } from './case-rules';

/** The text's meta bytes for a string of case flags: "U" upper, "l" lower, "-" uncased. */
const metaOf = (flags: string): Uint8Array =>
  Uint8Array.from([...flags], (flag) => (flag === 'U' ? CaseFlag.Upper : flag === 'l' ? CaseFlag.Lower : CaseFlag.Uncased) << META_CASE_SHIFT);

/** The KB's capitals for a string of "U" and "l", packed as the compiler packs them, after `padding` bytes. */
function capitalsOf(form: string, padding: number): Uint8Array {
  const capitals = new Uint8Array(padding + ((form.length + 7) >> 3) + 4).fill(0xff);
  capitals.fill(0, padding, padding + ((form.length + 7) >> 3));
  [...form].forEach((flag, k) => {
    if (flag === 'U') capitals[padding + (k >> 3)]! |= 1 << (k & 7);
  });
  return capitals;
}

function masked(rule: CaseRuleCode, kbForm: string, textFlags: string): boolean {
  const meta = metaOf(`-${textFlags}`);
  const length = textFlags.length;
  return caseMatchesMasked(rule, capitalsOf(kbForm, 3), 3, length, upperMaskOf(meta, 1, length), casedMaskOf(meta, 1, length));
}

describe('case rules compared as masks', () => {
  it('apply each rule as the KB form asks', () => {
    // "RT" (exact) is not "Rt"; a default name may be in capitals or capitalised at a sentence start.
    expect(masked(CaseRule.exact, 'UU', 'UU')).toBe(true);
    expect(masked(CaseRule.exact, 'UU', 'Ul')).toBe(false);
    expect(masked(CaseRule.default, 'Ulll', 'UUUU')).toBe(true);
    expect(masked(CaseRule.default, 'llll', 'Ulll')).toBe(true);
    expect(masked(CaseRule.default, 'Ulll', 'llll')).toBe(false);
    expect(masked(CaseRule.default, 'Ul-Ul', 'Ul-ll')).toBe(false);
    expect(masked(CaseRule.any, 'UU', 'll')).toBe(true);
    // Uncased units (digits, spaces, punctuation) are never compared.
    expect(masked(CaseRule.exact, 'UlU', 'U-U')).toBe(true);
  });

  it('agree with the unit-by-unit comparison on every span up to the mask width', () => {
    const flags = (chars: string[]) => fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: MASKED_SPAN });
    fc.assert(
      fc.property(
        fc.constantFrom<CaseRuleCode>(CaseRule.default, CaseRule.exact, CaseRule.any),
        flags(['U', 'l']),
        flags(['U', 'l', '-']),
        fc.boolean(),
        (rule, kbForm, textFlags, sameCase) => {
          // Half the time the text is the KB form with a few changes, so that matches are common.
          const text = (sameCase ? kbForm : textFlags).slice(0, Math.min(kbForm.length, textFlags.length));
          const kb = kbForm.slice(0, text.length).join('');
          const changed = sameCase ? text.map((flag, k) => (textFlags[k] === '-' ? '-' : flag)).join('') : text.join('');
          const meta = metaOf(changed);
          const expected = caseMatches(rule, capitalsOf(kb, 2), 2, meta, 0, changed.length);
          expect(masked(rule, kb, changed)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
