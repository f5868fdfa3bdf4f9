/** The words of article text as role descriptions need them: lower-cased, with what separates them. */

export interface Word {
  start: number;
  end: number;
  lower: string;
  /** Followed by "’s" or "'s" ("Britain’s prime minister"). */
  possessive: boolean;
  /** Punctuation or a line break stands between this word and the previous one: no phrase spans it. */
  breakBefore: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const BREAK = /[.,;:!?()[\]"“”«»„—–\n]/u;
const APOSTROPHE = /^['’]$/u;

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const between = text.slice(previousEnd, start);
    const previous = words[words.length - 1];
    if (previous && match[0].toLowerCase() === 's' && APOSTROPHE.test(between)) {
      previous.possessive = true;
      previousEnd = end;
      continue;
    }
    // "U.S. defence secretary": the stop that closes an initialism before a lower-case word breaks nothing.
    const afterInitialism = between === '. ' && previous !== undefined && previous.end - previous.start === 1 && /^\p{Ll}/u.test(match[0]);
    words.push({ start, end, lower: match[0].toLowerCase(), possessive: false, breakBefore: words.length > 0 && BREAK.test(between) && !afterInitialism });
    previousEnd = end;
  }
  return words;
}
