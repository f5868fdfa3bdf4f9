import { describe, expect, it } from 'vitest';
import { CaseFlag, CharClass } from './chars';
import { caseAt, classAt, matchFormOf, sourceEnd, toMatchText, type MatchText } from './normalize';
import { isWordEnd, isWordStart } from './boundaries';

/** The source text behind units [a, b). */
function sourceOf(source: string, text: MatchText, a: number, b: number): string {
  return source.slice(text.starts[a], sourceEnd(text, b - 1));
}

/** Finds `needle` (already in matching form) and returns the source text it came from. */
function backToSource(source: string, needle: string): string {
  const text = toMatchText(source);
  const at = matchFormOf(source).indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return sourceOf(source, text, at, at + needle.length);
}

describe('matching form', () => {
  it('folds case, including characters whose lower case is longer ("İ")', () => {
    expect(matchFormOf('İSTANBUL Istanbul')).toBe('istanbul istanbul');
    expect('İ'.toLowerCase()).toHaveLength(2); // the pitfall this guards against
    const source = 'In İzmir today';
    expect(backToSource(source, 'izmir')).toBe('İzmir');
  });

  it('removes accents whether composed (NFC) or decomposed (NFD), keeping the accent in the source span', () => {
    const nfc = 'Zoë Kravitz';
    const nfd = 'Zoe\u0308 Kravitz';
    expect(matchFormOf(nfc)).toBe('zoe kravitz');
    expect(matchFormOf(nfd)).toBe('zoe kravitz');
    expect(backToSource(nfd, 'zoe')).toBe('Zoe\u0308');
    expect(backToSource('Café Müller', 'cafe muller')).toBe('Café Müller');
  });

  it('treats ё as е and folds Cyrillic case', () => {
    expect(matchFormOf('Артём Королёв')).toBe(matchFormOf('Артем Королев'));
    expect(matchFormOf('МОСКВА')).toBe('москва');
  });

  it('folds letters Unicode does not decompose (ß, ł, ø, æ) and maps offsets across the length change', () => {
    expect(matchFormOf('Łódź Straße Ørsted Æsir')).toBe('lodz strasse orsted aesir');
    expect(backToSource('the Straße here', 'strasse')).toBe('Straße');
  });

  it('gives curly and straight apostrophes and quotes one shape', () => {
    expect(matchFormOf('Russia’s “war” ‘here’')).toBe(matchFormOf("Russia's \"war\" 'here'"));
  });

  it('gives every hyphen and dash one shape', () => {
    expect(matchFormOf('Nur\u2010Sultan Nur\u2011Sultan Nur\u2013Sultan Nur\u2014Sultan Nur\u2212Sultan')).toBe(
      'nur-sultan nur-sultan nur-sultan nur-sultan nur-sultan',
    );
  });

  it('turns NBSP and other spaces into one space, keeping the whole run in the span', () => {
    const source = 'Kassym-Jomart\u00a0\u2009 Tokayev';
    expect(matchFormOf(source)).toBe('kassym-jomart tokayev');
    expect(backToSource(source, 'kassym-jomart tokayev')).toBe(source);
  });

  it('drops the soft hyphen and zero-width characters inside a word, keeping them in the span', () => {
    const source = 'Toka\u00adyev and Na\u200bzar\u200dbayev\ufeff';
    expect(matchFormOf(source)).toBe('tokayev and nazarbayev');
    expect(backToSource(source, 'tokayev')).toBe('Toka\u00adyev');
  });

  it('keeps single line breaks as spaces but turns blank lines into a paragraph break', () => {
    expect(matchFormOf('Vladimir\nPutin')).toBe('vladimir putin');
    expect(matchFormOf('Vladimir\r\nPutin')).toBe('vladimir putin');
    expect(matchFormOf('Vladimir\n\nPutin')).toBe('vladimir\nputin');
    expect(matchFormOf('Vladimir\r\n \r\nPutin')).toBe('vladimir\nputin');
    expect(matchFormOf('Vladimir\u2029Putin')).toBe('vladimir\nputin');
    const text = toMatchText('a\n\nb');
    expect(classAt(text, 1)).toBe(CharClass.Paragraph);
  });

  it('records the case of each source letter', () => {
    const text = toMatchText('Rt 7');
    expect([0, 1, 2, 3].map((k) => caseAt(text, k))).toEqual([CaseFlag.Upper, CaseFlag.Lower, CaseFlag.Uncased, CaseFlag.Uncased]);
  });

  it('maps astral characters as whole code points', () => {
    const source = '𝐀BC 😀 Putin';
    const text = toMatchText(source);
    const at = matchFormOf(source).indexOf('putin');
    expect(sourceOf(source, text, at, at + 5)).toBe('Putin');
  });
});

describe('word boundaries', () => {
  const starts = (source: string): string[] => {
    const text = toMatchText(source);
    const form = matchFormOf(source);
    const words: string[] = [];
    for (let p = 0; p < text.length; p++) {
      if (!isWordStart(text, p)) continue;
      let end = p + 1;
      while (end <= text.length && !isWordEnd(text, end)) end++;
      words.push(form.slice(p, end));
    }
    return words;
  };

  it('finds Cyrillic words, where ASCII \\b finds none', () => {
    expect('Москва'.match(/\bМосква\b/)).toBeNull();
    expect(starts('в Москве, Москва.')).toEqual(['в', 'москве', 'москва']);
  });

  it('does not split words at accented letters, where ASCII \\b does', () => {
    expect('Zoë'.match(/\bZo\b/)).not.toBeNull();
    expect(starts('Zoë and Zoe\u0308')).toEqual(['zoe', 'and', 'zoe']);
  });

  it('splits at hyphens, apostrophes and dashes', () => {
    expect(starts('Kremlin-run Russia’s Russia–Ukraine')).toEqual(['kremlin', 'run', 'russia', 's', 'russia', 'ukraine']);
  });

  it('treats every character of unspaced scripts as a boundary', () => {
    const text = toMatchText('東京都');
    expect([0, 1, 2].map((p) => isWordStart(text, p))).toEqual([true, true, true]);
  });
});

describe('texts whose expansions outgrow the first allocation', () => {
  it('folds them whole, with every unit mapped back to the character it came from', () => {
    // Each "ß" yields two units and each "ﬃ" three: more than the room for one unit per source
    // unit, so the text is folded again into larger arrays.
    const source = `${'Straße '.repeat(40)}ﬃ`.repeat(3) + '  Ende \n\n';
    const text = toMatchText(source);
    const expected = `${'strasse '.repeat(40)}ffi`.repeat(3) + ' ende\n';
    expect(matchFormOf(source)).toBe(expected);
    expect(text.length).toBe(expected.length);
    for (let k = 0; k < text.length; k++) {
      if (classAt(text, k) !== CharClass.Word) continue;
      // The units of an expansion share their source character's start.
      const from = String.fromCodePoint(source.codePointAt(text.starts[k]!)!);
      expect(matchFormOf(from)).toContain(String.fromCharCode(text.codes[k]!));
    }
    expect(classAt(text, text.length - 1)).toBe(CharClass.Paragraph);
    const ende = expected.indexOf('ende');
    expect(sourceOf(source, text, ende, ende + 4)).toBe('Ende');
    expect(sourceOf(source, text, 0, 7)).toBe('Straße');
  });

  it('keeps the end of a text whose expansions all come before a long stretch of ASCII', () => {
    // Seventeen expansions eat the spare room; the ASCII after them must still all fit.
    const source = `${'ß'.repeat(17)}${'a'.repeat(100)} Zoe`;
    const text = toMatchText(source);
    expect(text.length).toBe(34 + 100 + 4);
    expect(matchFormOf(source).endsWith('a zoe')).toBe(true);
    expect(sourceOf(source, text, text.length - 3, text.length)).toBe('Zoe');
  });
});
