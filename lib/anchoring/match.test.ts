import { describe as group, expect, it } from 'vitest';
import fc from 'fast-check';
import { locate, similarity } from './match';
import { CONTEXT_LENGTH, selectorsForSpan } from './selectors';

// Random prose from a vocabulary large enough that a passage of several words does not recur by
// chance, small enough that single words recur all the time (as names do in news articles).
const WORDS = (() => {
  const words = new Set<string>();
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  while (words.size < 400) {
    let word = '';
    const length = 3 + (next() % 7);
    while (word.length < length) word += String.fromCharCode(97 + (next() % 26));
    words.add(word);
  }
  return [...words];
})();
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 18 }).map((w) => w.join(' ') + '.');
const prose = fc.array(sentence, { minLength: 8, maxLength: 40 }).map((s) => s.join(' '));

/** A span of whole words in `text` picked by two fractions: real selections rarely split words. */
function wordSpan(text: string, at: number, words: number): [number, number] {
  const boundaries = [0, ...[...text.matchAll(/ /g)].map((m) => m.index! + 1)];
  const first = Math.floor(at * (boundaries.length - 1));
  const lastIndex = Math.min(boundaries.length - 1, first + words);
  const start = boundaries[first]!;
  const end = lastIndex === boundaries.length - 1 && first + words >= boundaries.length ? text.length : boundaries[lastIndex]! - 1;
  return [start, Math.max(start + 1, end)];
}

group('similarity', () => {
  it('is 1 for equal strings and falls with each edit', () => {
    expect(similarity('abcd', 'abcd')).toBe(1);
    expect(similarity('abcd', 'abxd')).toBe(0.75);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abcd', '')).toBe(0);
  });
});

group('selectorsForSpan', () => {
  it('keeps 32 characters of context and trims whitespace off the quote', () => {
    const text = 'x'.repeat(50) + '  the quote \n' + 'y'.repeat(50);
    const selectors = selectorsForSpan(text, 50, 63)!;
    expect(selectors.quote.exact).toBe('the quote');
    expect(selectors.quote.prefix).toBe('x'.repeat(30) + '  ');
    expect(selectors.quote.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(selectors.quote.suffix).toBe(' \n' + 'y'.repeat(30));
    expect(selectors.position).toEqual({ type: 'TextPositionSelector', start: 52, end: 61 });
  });

  it('keeps shorter context at the edges of the text and refuses whitespace-only spans', () => {
    const selectors = selectorsForSpan('hello world', 0, 5)!;
    expect(selectors.quote.prefix).toBe('');
    expect(selectors.quote.suffix).toBe(' world');
    expect(selectorsForSpan('a   b', 1, 4)).toBeNull();
  });
});

group('locate', () => {
  const article =
    'Putin spoke first. Then Tokayev answered Putin in front of the forum, calmly and at length. ' +
    'Later that evening Putin left the hall without a word to the press.';

  it('uses the saved position when the quote is still there', () => {
    const start = article.indexOf('Putin in front');
    const selectors = selectorsForSpan(article, start, start + 5)!;
    expect(locate(article, selectors)).toMatchObject({ start, end: start + 5, method: 'position' });
  });

  it('follows a short quote that moved, by its context, not to the nearest namesake', () => {
    const start = article.indexOf('Putin in front');
    const selectors = selectorsForSpan(article, start, start + 5)!;
    const moved = 'Putin. ' + article;
    expect(locate(moved, selectors)).toMatchObject({ start: start + 7, method: 'quote' });
  });

  it('leaves a short quote orphaned when its passage is gone, although the word occurs elsewhere', () => {
    const start = article.indexOf('Putin in front');
    const selectors = selectorsForSpan(article, start, start + 5)!;
    const edited = article.replace('Then Tokayev answered Putin in front of the forum, calmly and at length. ', '');
    expect(edited).toContain('Putin');
    expect(locate(edited, selectors)).toBeNull();
  });

  it('finds an edited passage approximately and reports it as fuzzy', () => {
    const quote = 'Tokayev answered Putin in front of the forum, calmly and at length';
    const start = article.indexOf(quote);
    const selectors = selectorsForSpan(article, start, start + quote.length)!;
    const edited = article.replace('calmly and at length', 'calmly, at length');
    const match = locate(edited, selectors)!;
    expect(match.method).toBe('fuzzy');
    expect(edited.slice(match.start, match.end)).toMatch(/^Tokayev answered Putin .* at length$/);
  });

  it('refuses an approximate match that changed too much', () => {
    const quote = 'Tokayev answered Putin in front of the forum';
    const start = article.indexOf(quote);
    const selectors = selectorsForSpan(article, start, start + quote.length)!;
    const rewritten = article.replace(quote, 'Tokayev later wrote to Putin outside any forum');
    expect(locate(rewritten, selectors)).toBeNull();
  });

  it('returns null for an empty quote', () => {
    expect(locate(article, { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } })).toBeNull();
  });

  it('anchors a quote without a position selector by its context (imported annotations)', () => {
    const start = article.indexOf('Putin left');
    const { quote } = selectorsForSpan(article, start, start + 5)!;
    expect(locate(article, { quote })).toMatchObject({ start });
  });
});

group('locate, properties', () => {
  it('finds every passage of unchanged text exactly where it was', () => {
    fc.assert(
      fc.property(prose, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 12 }), (text, at, words) => {
        const [start, end] = wordSpan(text, at, words);
        const selectors = selectorsForSpan(text, start, end)!;
        const match = locate(text, selectors)!;
        expect(match).not.toBeNull();
        expect([match.start, match.end]).toEqual([selectors.position!.start, selectors.position!.end]);
      }),
      { numRuns: 300 },
    );
  });

  it('follows a passage when text is inserted before or after it', () => {
    fc.assert(
      fc.property(prose, sentence, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 12 }), fc.boolean(), (text, inserted, at, words, before) => {
        const [start, end] = wordSpan(text, at, words);
        const selectors = selectorsForSpan(text, start, end)!;
        const { start: s, end: e } = selectors.position!;
        // Insert at a sentence boundary away from the passage (a new paragraph, not an edit of it).
        const cut = before ? text.lastIndexOf('. ', s - 1) : text.indexOf('. ', e);
        if (cut < 0) return;
        const changed = text.slice(0, cut + 2) + inserted + ' ' + text.slice(cut + 2);
        const shift = before ? inserted.length + 1 : 0;
        const match = locate(changed, selectors);
        expect(match).not.toBeNull();
        expect(changed.slice(match!.start, match!.end)).toBe(selectors.quote.exact);
        // Where the quote recurs with the same context, either occurrence is right; otherwise it must be this one.
        const withContext = selectors.quote.prefix.slice(-8) + selectors.quote.exact + selectors.quote.suffix.slice(0, 8);
        if (changed.indexOf(withContext) === changed.lastIndexOf(withContext)) expect(match!.start).toBe(s + shift);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a long passage after small edits inside it, on the edited text', () => {
    fc.assert(
      fc.property(prose, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 8, max: 16 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 3 }), (text, at, words, edits) => {
        const [start, end] = wordSpan(text, at, words);
        const selectors = selectorsForSpan(text, start, end)!;
        const { start: s, end: e } = selectors.position!;
        if (e - s < 40) return;
        let changed = text;
        for (const fraction of edits) {
          const where = s + 1 + Math.floor(fraction * (e - s - 2));
          changed = changed.slice(0, where) + '#' + changed.slice(where + 1);
        }
        const match = locate(changed, selectors);
        expect(match).not.toBeNull();
        expect(Math.abs(match!.start - s)).toBeLessThanOrEqual(3);
        expect(Math.abs(match!.end - e)).toBeLessThanOrEqual(3);
      }),
      { numRuns: 200 },
    );
  });

  it('never anchors a passage whose sentences were removed', () => {
    fc.assert(
      fc.property(prose, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 10 }), (text, at, words) => {
        const [start, end] = wordSpan(text, at, words);
        const selectors = selectorsForSpan(text, start, end)!;
        const { start: s, end: e } = selectors.position!;
        // Remove the sentences holding the passage and its context, as an editor deleting a paragraph would.
        const from = Math.max(0, text.lastIndexOf('. ', s - CONTEXT_LENGTH) + 2);
        const toDot = text.indexOf('. ', e + CONTEXT_LENGTH);
        const removed = text.slice(0, from === 1 ? 0 : from) + (toDot < 0 ? '' : text.slice(toDot + 2));
        const match = locate(removed, selectors);
        if (match) {
          // Allowed only if the same passage, with the same surroundings, occurs elsewhere by chance.
          const found = removed.slice(match.start, match.end);
          expect(similarity(found, selectors.quote.exact)).toBeGreaterThanOrEqual(0.8);
          const before = removed.slice(Math.max(0, match.start - CONTEXT_LENGTH), match.start);
          const after = removed.slice(match.end, match.end + CONTEXT_LENGTH);
          const support = Math.max(similarity(before, selectors.quote.prefix), similarity(after, selectors.quote.suffix));
          if (selectors.quote.exact.length < 24) expect(support).toBeGreaterThanOrEqual(0.7);
        }
      }),
      { numRuns: 300 },
    );
  });
});
