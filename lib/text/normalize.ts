import { CharClass, CharKind, mapCodePoint, type CaseFlag, type CharMapping } from './chars';

/**
 * Text in matching form, with an exact way back to the source. Unit `k` of `codes` starts at
 * `starts[k]` in the source and runs up to where the next unit starts (so a combining mark or a
 * soft hyphen belongs to the letter before it): a match over units `[a, b)` is the source span
 * `[starts[a], sourceEnd(text, b - 1))`, whatever lengths folding changed on the way ("İ", "ß",
 * "æ", NFD accents, runs of spaces).
 */
export interface MatchText {
  /** UTF-16 units of the matching form: lower-case, no accents, one shape per punctuation mark. */
  codes: Uint16Array;
  length: number;
  starts: Uint32Array;
  /** Per unit: its `CharClass` in the low bits, the case of its source letter above (see `META_*`). */
  meta: Uint8Array;
  sourceLength: number;
}

/** `meta & META_CLASS` is the unit's `CharClass`; `meta >> META_CASE_SHIFT` its `CaseFlag`. */
export const META_CLASS = 0b111;
export const META_CASE_SHIFT = 3;

export const classAt = (text: MatchText, k: number): CharClass => (text.meta[k]! & META_CLASS) as CharClass;
export const caseAt = (text: MatchText, k: number): CaseFlag => (text.meta[k]! >> META_CASE_SHIFT) as CaseFlag;

/** Where unit `k`'s source text ends. */
export function sourceEnd(text: MatchText, k: number): number {
  return k + 1 < text.length ? text.starts[k + 1]! : text.sourceLength;
}

const SPACE = 0x20;
const PARAGRAPH = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const LINE_FEED = 0x0a;

// ASCII is nearly all of an English page: its mapping is one load from a flat table, not an
// object, packed as `unit | meta << 16 | kind << 24`.
const ASCII_MAPPING = new Uint32Array(128);
for (let code = 0; code < 128; code++) {
  const mapping = mapCodePoint(code);
  const unit = mapping.out.length === 1 ? mapping.out.charCodeAt(0) : 0;
  ASCII_MAPPING[code] = unit | ((mapping.charClass | (mapping.caseFlag << META_CASE_SHIFT)) << 16) | (mapping.kind << 24);
}

const SPACE_META = CharClass.Space;
const PARAGRAPH_META = CharClass.Paragraph;

/**
 * The matching form of `source`. Whitespace runs collapse to one space, or to a paragraph break
 * when they hold two or more line breaks (the content script joins blocks with "\n\n"); format
 * characters vanish; combining marks fold into their letter.
 */
export function toMatchText(source: string): MatchText {
  // Each source unit yields at most one matching unit, except rare expansions ("ß", "…", "ﬁ"):
  // a text whose expansions outgrow the room is folded again with twice as much.
  for (let capacity = source.length + 16; ; capacity *= 2) {
    const codes = new Uint16Array(capacity);
    const starts = new Uint32Array(capacity);
    const meta = new Uint8Array(capacity);
    const length = foldInto(source, codes, starts, meta);
    if (length >= 0) return { codes, length, starts, meta, sourceLength: source.length };
  }
}

/**
 * Writes the matching form of `source` into the arrays; returns its length, or -1 when they are
 * too short. The arrays never change inside the loop, so the compiled loop keeps them in
 * registers. Room is checked only where a character expands: elsewhere each source unit yields
 * at most one unit, and the check keeps room for one unit per source unit still to come.
 */
function foldInto(source: string, codes: Uint16Array, starts: Uint32Array, meta: Uint8Array): number {
  const sourceLength = source.length;
  const capacity = codes.length;
  let length = 0;

  let spaceStart = -1;
  let lineBreaks = 0;
  // Module constants read through a context slot (with a check that they are initialised) on
  // every use; locals are registers. This loop runs once per character of the page.
  const asciiMapping = ASCII_MAPPING;

  for (let i = 0; i < sourceLength; ) {
    const code = source.charCodeAt(i);
    if (code < 128) {
      const entry = asciiMapping[code]!;
      const kind = entry >>> 24;
      if (kind === CharKind.Text) {
        if (spaceStart >= 0) {
          codes[length] = lineBreaks >= 2 ? PARAGRAPH : SPACE;
          starts[length] = spaceStart;
          meta[length++] = lineBreaks >= 2 ? PARAGRAPH_META : SPACE_META;
          spaceStart = -1;
          lineBreaks = 0;
        }
        codes[length] = entry & 0xffff;
        starts[length] = i;
        meta[length++] = (entry >>> 16) & 0xff;
      } else if (kind !== CharKind.Drop) {
        if (spaceStart < 0) spaceStart = i;
        if (kind === CharKind.LineBreak && !(code === LINE_FEED && i > 0 && source.charCodeAt(i - 1) === CARRIAGE_RETURN)) lineBreaks++;
      }
      i++;
      continue;
    }

    let codePoint = code;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < sourceLength) {
      const low = source.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const mapping: CharMapping = mapCodePoint(codePoint);
    if (mapping.kind === CharKind.Text) {
      // The expansion, a pending space, and one unit for each source unit after this character.
      if (length + mapping.out.length + 1 + (sourceLength - i - width) > capacity) return -1;
      if (spaceStart >= 0) {
        codes[length] = lineBreaks >= 2 ? PARAGRAPH : SPACE;
        starts[length] = spaceStart;
        meta[length++] = lineBreaks >= 2 ? PARAGRAPH_META : SPACE_META;
        spaceStart = -1;
        lineBreaks = 0;
      }
      const unitMeta = mapping.charClass | (mapping.caseFlag << META_CASE_SHIFT);
      for (let u = 0; u < mapping.out.length; u++) {
        codes[length] = mapping.out.charCodeAt(u);
        starts[length] = i;
        meta[length++] = unitMeta;
      }
    } else if (mapping.kind === CharKind.Space || mapping.kind === CharKind.LineBreak) {
      if (spaceStart < 0) spaceStart = i;
      if (mapping.kind === CharKind.LineBreak) lineBreaks++;
    } else if (mapping.kind === CharKind.ParagraphBreak) {
      if (spaceStart < 0) spaceStart = i;
      lineBreaks += 2;
    }
    // Marks and format characters emit nothing: the unit before them spans them.
    i += width;
  }
  if (spaceStart >= 0) {
    codes[length] = lineBreaks >= 2 ? PARAGRAPH : SPACE;
    starts[length] = spaceStart;
    meta[length++] = lineBreaks >= 2 ? PARAGRAPH_META : SPACE_META;
  }
  return length;
}

/** The matching form as a string (for building tables and for tests; the matcher reads `codes`). */
export function matchFormOf(source: string): string {
  const text = toMatchText(source);
  let result = '';
  for (let k = 0; k < text.length; k += 4096) {
    result += String.fromCharCode(...text.codes.subarray(k, Math.min(k + 4096, text.length)));
  }
  return result;
}
