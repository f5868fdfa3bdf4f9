/**
 * Known recognizer limitations found by the unseen articles. Deliberately outside the unit suite
 * (vitest.config.ts does not include tests/): these tests FAIL today and document what a fix must
 * achieve. Run with `npx vitest run --config tests/unseen/vitest.config.ts`.
 */
import { describe, expect, it } from 'vitest';
import { testKb } from '../../lib/kb/test-kb';
import { recognize } from '../../lib/recognizer/recognize';

const kb = testKb([
  { id: 'georgia-country', label: 'Georgia', context: ['Tbilisi', 'Abkhazia'] },
  { id: 'tbilisi', label: 'Tbilisi' },
  {
    id: 'georgia-u-s-state',
    label: 'Georgia',
    aliases: [{ text: 'Georgia', weak: true }, 'U.S. state of Georgia'],
    context: ['Atlanta', 'Savannah'],
  },
  { id: 'jon-ossoff', type: 'person', label: 'Jon Ossoff', related: ['georgia-u-s-state'] },
]);

const pairs = (text: string): string[] =>
  recognize(kb, text).map((mention) => `${mention.text}=${mention.entityId}`);

describe('one surface string, two senses in one document', () => {
  it('reads "Georgia" as the country and, in "Senator Jon Ossoff of Georgia", as the U.S. state', () => {
    // Resolution is per document: every occurrence of a shared name goes to the one entity the whole
    // text favours, so the senator's state is read as the country (the tbilisi cue wins).
    const text = 'TBILISI — Georgia passed the law in Tbilisi. In Washington, Senator Jon Ossoff of Georgia objected.';
    expect(pairs(text)).toContain('Georgia=georgia-u-s-state');
    expect(pairs(text)).toContain('Georgia=georgia-country');
  });
});
