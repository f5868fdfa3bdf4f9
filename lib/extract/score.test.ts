import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizedLength } from './score';

const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim().length;
/** Every character `\s` matches, plus look-alikes it does not (zero-width space, joiners, NEL). */
const SPACES = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const NOT_SPACES = ['\u200b', '\u200c', '\u0085', '\u180e', 'a', 'é', ',', '\u4e2d'];

describe('normalizedLength', () => {
  it('counts what collapsing whitespace runs and trimming leaves', () => {
    expect(normalizedLength('  Tokayev \n\n said  ')).toBe('Tokayev said'.length);
    expect(normalizedLength(' \u00a0\t ')).toBe(0);
    expect(normalizedLength('')).toBe(0);
  });

  it('agrees with the regular expression on any mix of spaces and text', () => {
    const text = fc.array(fc.constantFrom(...SPACES, ...NOT_SPACES), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), (value) => normalizedLength(value) === collapsed(value)));
  });
});
