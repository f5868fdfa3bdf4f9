/**
 * What one code point becomes in matching form. Both sides of a match (KB aliases at build time,
 * page text at run time) go through this same table, so every spelling difference that carries no
 * meaning for a name (case, accents, curly vs straight punctuation, dash shapes, invisible
 * characters) disappears on both sides alike.
 */

export enum CharKind {
  /** Emits `out` (one or more UTF-16 units). */
  Text,
  /** Horizontal whitespace, NBSP included: collapses into one space. */
  Space,
  /** A line break: one is a space, two or more in a whitespace run separate paragraphs. */
  LineBreak,
  /** U+2029: a paragraph break on its own. */
  ParagraphBreak,
  /** Combining mark: dropped, but belongs to the letter before it. */
  Mark,
  /** Format and control characters (soft hyphen, zero-width space and joiners, bidi controls): dropped. */
  Drop,
}

export enum CaseFlag {
  Uncased = 0,
  Lower = 1,
  Upper = 2,
}

export interface CharMapping {
  kind: CharKind;
  out: string;
  caseFlag: CaseFlag;
  /** The boundary class of every unit of `out`. */
  charClass: CharClass;
}

/** The matching form of punctuation that has several shapes. */
const PUNCTUATION: Record<string, string> = {
  // apostrophes and single quotes
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u02BB': "'", '\u02B9': "'", '\u0060': "'", '\u00B4': "'", '\uFF07': "'", '\u2035': "'",
  // double quotes
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2033': '"', '\u301D': '"', '\u301E': '"', '\uFF02': '"',
  // hyphens, dashes and minus signs
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-',
  '\u2212': '-', '\u2E3A': '-', '\u2E3B': '-', '\uFE58': '-', '\uFE63': '-', '\uFF0D': '-',
};

/** Letters that Unicode does not decompose but readers treat as their base letter. */
const LETTERS: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', ı: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd',
  þ: 'th', Þ: 'th', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ħ: 'h', Ħ: 'h', ŀ: 'l', Ŀ: 'l', ς: 'σ',
};

const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028]);
const PARAGRAPH_SEPARATOR = 0x2029;

const isWhitespace = /^[\s\p{Zs}]$/u;
const isMark = /^\p{M}$/u;
// Tested before whitespace: JavaScript's \s counts U+FEFF (a format character) as a space.
const isFormat = /^\p{Cf}$/u;
const isControl = /^\p{Cc}$/u;
const allMarks = /\p{M}/gu;

function caseFlagOf(char: string): CaseFlag {
  if (char !== char.toLowerCase()) return CaseFlag.Upper;
  if (char !== char.toUpperCase()) return CaseFlag.Lower;
  return CaseFlag.Uncased;
}

function foldLetters(char: string): string {
  const special = LETTERS[char];
  if (special !== undefined) return special;
  // Compatibility decomposition also folds ligatures, full-width forms and the like.
  const decomposed = char.normalize('NFKD').replace(allMarks, '');
  let folded = '';
  for (const part of decomposed) {
    // Lower-case each part on its own: "İ" lower-cases to "i" plus a combining dot, which the
    // mark removal above has already taken away from the decomposition.
    const lower = part.toLowerCase().replace(allMarks, '');
    folded += LETTERS[lower] ?? lower;
  }
  return folded;
}

function silent(kind: CharKind): CharMapping {
  return { kind, out: '', caseFlag: CaseFlag.Uncased, charClass: CharClass.Other };
}

function computeMapping(codePoint: number): CharMapping {
  const char = String.fromCodePoint(codePoint);
  if (codePoint === PARAGRAPH_SEPARATOR) return silent(CharKind.ParagraphBreak);
  if (LINE_BREAKS.has(codePoint)) return silent(CharKind.LineBreak);
  if (isFormat.test(char)) return silent(CharKind.Drop);
  if (isWhitespace.test(char)) return silent(CharKind.Space);
  if (isMark.test(char)) return silent(CharKind.Mark);
  if (isControl.test(char)) return silent(CharKind.Drop);
  const punctuation = PUNCTUATION[char];
  if (punctuation !== undefined) {
    return { kind: CharKind.Text, out: punctuation, caseFlag: CaseFlag.Uncased, charClass: CharClass.Other };
  }
  const out = foldLetters(char);
  // A character that folds to nothing (a lone compatibility mark) is as good as dropped.
  if (out === '') return silent(CharKind.Drop);
  return { kind: CharKind.Text, out, caseFlag: caseFlagOf(char), charClass: classOfChar(char) };
}

/** Classes of matching-form characters, for word boundaries. */
export enum CharClass {
  /** Punctuation and symbols: never part of a word. */
  Other = 0,
  /** Letters and digits: words are runs of these. */
  Word = 1,
  /** Letters of scripts written without spaces (Han, kana, Thai…): every position is a boundary. */
  Unspaced = 2,
  Space = 3,
  /** Paragraph break: nothing ever matches across it. */
  Paragraph = 4,
}

const isWordChar = /^[\p{L}\p{N}]$/u;
const isUnspaced =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]$/u;

function classOfChar(char: string): CharClass {
  if (isUnspaced.test(char)) return CharClass.Unspaced;
  if (isWordChar.test(char)) return CharClass.Word;
  return CharClass.Other;
}

const ASCII: CharMapping[] = [];
for (let code = 0; code < 128; code++) ASCII.push(computeMapping(code));
const cache = new Map<number, CharMapping>();

/** The matching form of one code point; cached, since a page repeats a small alphabet. */
export function mapCodePoint(codePoint: number): CharMapping {
  if (codePoint < 128) return ASCII[codePoint]!;
  let mapping = cache.get(codePoint);
  if (mapping === undefined) {
    mapping = computeMapping(codePoint);
    cache.set(codePoint, mapping);
  }
  return mapping;
}
