import { describe, expect, it } from 'vitest';
import { linked, links } from '../../scripts/bundled-kb-probe';

// News outlets of the bundled KB whose names, accents folded, are ordinary words.

describe('outlet names that are also ordinary words', () => {
  it('leaves "Liberation" inside another name alone', () => {
    for (const text of [
      'Fighters of the Popular Liberation Army clashed with troops near the border.',
      'Crowds gathered for Liberation Day in the capital.',
    ]) {
      expect(linked(text), text).toEqual([]);
    }
  });

  it('links the French daily where the article is French', () => {
    expect(links('The French daily Libération reported the inquiry on Tuesday.')).toContain('Libération=liberation-newspaper');
  });
});
