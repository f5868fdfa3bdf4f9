import { describe, expect, it } from 'vitest';
import { tokenize } from './words';

const keys = (text: string): string[] => tokenize(text).map((token) => token.key);

describe('tokenize', () => {
  it('gives British and American spellings, inflections and transliterations one key', () => {
    expect(keys('we recognise the defence of Lugansk')).toEqual(keys('We recognized the defense of Luhansk'));
    expect(keys('colour centre organisation analyse')).toEqual(keys('color center organization analyze'));
    expect(keys('the United Nations')).toEqual(keys('the UN'));
  });

  it('keeps words that differ apart', () => {
    expect(keys('we recognize Taiwan')).not.toEqual(keys('we reject Taiwan'));
    expect(keys('four hours')).not.toEqual(keys('for hors'));
  });

  it('splits negative contractions and marks negations', () => {
    const text = 'We don’t, can’t and cannot; it won’t. Neither nor never.';
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.key)).toEqual(['we', 'do', 'not', 'can', 'not', 'and', 'can', 'not', 'it', 'will', 'not', 'neither', 'nor', 'never']);
    expect(tokens.filter((token) => token.negation)).toHaveLength(7);
    expect(tokens.slice(1, 3).map((token) => text.slice(token.start, token.end))).toEqual(['do', 'n’t']);
  });

  it('marks ellipses and bracketed insertions, and sentence ends', () => {
    const tokens = tokenize('South Ossetia [the breakaway region] and … Abkhazia. [...] Then');
    expect(tokens.map((token) => token.kind)).toEqual(['word', 'word', 'editorial', 'word', 'elision', 'word', 'elision', 'word']);
    expect(tokens.find((token) => token.key === 'abkhazia')!.sentenceEnd).toBe(true);
    expect(tokens.find((token) => token.key === 'ossetia')!.sentenceEnd).toBe(false);
  });

  it('tells content words from function words', () => {
    const content = tokenize('that would be chaos').filter((token) => token.content);
    expect(content.map((token) => token.key)).toEqual(['chao']);
  });
});
