import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { matchFormOf } from '../text/normalize';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'kassym-jomart-tokayev', type: 'person', label: 'Kassym-Jomart Tokayev', aliases: ['Токаев', 'Tokaev'] },
  { id: 'istanbul', label: 'İstanbul' },
  { id: 'zoe', type: 'person', label: 'Zoë Kravitz' },
  { id: 'united-states', label: 'United States', aliases: [{ text: 'US', case: 'exact' }, 'U.S.'] },
  { id: 'russia', label: 'Russia', adjectives: ['Russian', 'Russo-'] },
  { id: 'tokyo', label: 'Tokyo', aliases: ['東京'] },
  { id: 'georgia', label: 'Georgia', context: ['Tbilisi'] },
  { id: 'georgia-state', label: 'Georgia', context: ['Atlanta'] },
]);

/** Every name above in matching form, hyphens as spaces, as the trie stores them. */
const keyOf = (name: string): string => matchFormOf(name).replaceAll('-', ' ').trim();
const NAMES = new Set(
  ['Kassym-Jomart Tokayev', 'Tokayev', 'Токаев', 'Tokaev', 'İstanbul', 'Zoë Kravitz', 'Kravitz', 'United States', 'US', 'U.S.', 'Russia', 'Russian', 'Russo', 'Tokyo', '東京', 'Georgia'].map(keyOf),
);

/** Pieces that exercise names, folding and boundaries, mixed with arbitrary Unicode. */
const fragment = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    'Kassym-Jomart Tokayev', 'KASSYM\u2013JOMART\u00a0TOKAYEV', 'Toka\u00adyev', 'Токаев', 'İSTANBUL', 'Zoe\u0308', 'Zoë',
    'U.S.', 'US', 'Russo-', 'Russian', '東京都', 'Georgia', 'Tbilisi', '’s', '\n\n', '\r\n', '\u200b', '\ud800', '\udc00',
    '\u0301', '\u2029', 'ß', 'ﬁ', '…',
  ),
);

describe('recognize on arbitrary text', () => {
  it('never throws, and every mention slices to its text and spans exactly a name, in order and without overlap', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), fc.constantFrom('', ' ', '\n'), (parts, glue) => {
        const input = parts.join(glue);
        const mentions = recognize(kb, input);
        let previousEnd = 0;
        for (const mention of mentions) {
          expect(input.slice(mention.start, mention.end)).toBe(mention.text);
          // The span covers exactly a KB name: no letter cut off or swallowed on either side.
          expect(NAMES.has(keyOf(mention.text))).toBe(true);
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(kb.indexById.has(mention.entityId)).toBe(true);
          previousEnd = mention.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
