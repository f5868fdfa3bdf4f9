import { describe, expect, it } from 'vitest';
import { nameKey } from '../kb/compile';
import { decodeWordList, encodeWordList, wordKeys } from './word-list';

describe('the everyday-word list file', () => {
  it('keeps words in matching form, three letters or more, sorted and without repeats', () => {
    expect(wordKeys(['Hunt', 'rice', 'café', 'Café', 'ox', 'OK', 'abandoned', 'abandon'])).toEqual(['abandon', 'abandoned', 'cafe', 'hunt', 'rice']);
    // The same form the compiler files a derived surname under.
    expect(wordKeys(['Müller'])).toEqual([nameKey('Müller')]);
  });

  it('front-codes the words and reads them back exactly', () => {
    const keys = wordKeys(['abandon', 'abandoned', 'abandoning', 'abandonment', 'ab', 'abc', 'hunt', 'hunted', 'rice', 'internationalisation', 'internationalization']);
    const text = encodeWordList(keys);
    expect(text.split('\n').slice(0, 4)).toEqual(['0abandon', '7ed', '7ing', '7ment']);
    // At most nine shared characters per line: long common prefixes still round-trip.
    expect(text).toContain('\n9onalization');
    expect([...decodeWordList(text)]).toEqual(keys);
    expect(text.length).toBeLessThan(keys.join('\n').length);
  });

  it('refuses a file it did not write', () => {
    expect(() => decodeWordList('hunt\nrice')).toThrow(/Not a word list line/);
    expect(() => decodeWordList('0hunt\n7ed')).toThrow(/Not a word list line/);
    expect(decodeWordList('')).toEqual(new Set());
  });
});
