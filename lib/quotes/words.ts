/**
 * Words of a quotation or a recorded wording, with their offsets and a comparison key that
 * forgives what translations and house styles change without changing what was said: case,
 * accents, punctuation, British or American spelling, transliteration and inflection.
 */
import { stemmer } from 'stemmer';

/**
 * `word`: a word to compare. `elision`: an ellipsis, words left out here on purpose ("…", "...",
 * "[…]"). `editorial`: an editor's insertion in square brackets ("[the breakaway Georgian regions of]").
 */
export type TokenKind = 'word' | 'elision' | 'editorial';

export interface Token {
  kind: TokenKind;
  /** UTF-16 offsets into the text that was tokenised. */
  start: number;
  end: number;
  /** Comparison key: equal keys are the same word for the quote check. */
  key: string;
  /** Carries meaning (not a function word): what candidate search and similarity weigh. */
  content: boolean;
  /** A negation ("not", "never", "neither", "n't"). */
  negation: boolean;
  /** Ends a sentence or clause ("."/"?"/"!"/";"/":" follows it): negation is judged per sentence. */
  sentenceEnd: boolean;
}

const FUNCTION_WORDS = new Set(
  (
    'a an the of to in on at for by with from into onto about as and or but if then than so that this these those ' +
    'is are was were be been being am do does did have has had will would shall should can could may might must ' +
    'i me my we us our you your he him his she her it its they them their who whom whose which what there here ' +
    'all any some such very also just only now too again other same own each both more most much many ' +
    'when where why how while up out over under said say says'
  ).split(' '),
);

const NEGATIONS = new Set(['not', 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'nothing', 'nowhere', 'without', 'non']);

/** Words spelt differently on either side of the Atlantic that no rule below covers. */
const SPELLINGS: Record<string, string> = {
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  pretence: 'pretense',
  programme: 'program',
  programmes: 'programs',
  grey: 'gray',
  towards: 'toward',
  amongst: 'among',
  whilst: 'while',
  practise: 'practice',
  ageing: 'aging',
  judgement: 'judgment',
  catalogue: 'catalog',
  dialogue: 'dialog',
  manoeuvre: 'maneuver',
  sceptical: 'skeptical',
  enrol: 'enroll',
  fulfil: 'fulfill',
};

/** Transliterations of the domain's names that outlets spell differently. */
const TRANSLITERATIONS: Record<string, string> = {
  lugansk: 'luhansk',
  kiev: 'kyiv',
  donbass: 'donbas',
  kharkov: 'kharkiv',
  odessa: 'odesa',
  tokaev: 'tokayev',
  toqaev: 'tokayev',
  kasym: 'kassym',
  kasim: 'kassym',
  nazarbaev: 'nazarbayev',
  kazakstan: 'kazakhstan',
  qazaqstan: 'kazakhstan',
};

/** British spellings to American, by suffix. Both sides go through it, so exceptions are harmless. */
function americanSpelling(word: string): string {
  const listed = SPELLINGS[word];
  if (listed) return listed;
  if (word.length > 5) {
    const spelt = word
      .replace(/isation(s?)$/, 'ization$1')
      .replace(/is(e|ed|es|ing)$/, 'iz$1')
      .replace(/ys(e|ed|es|ing)$/, 'yz$1')
      .replace(/([^aeiou])our(s|ed|ing|ite|ites|able)?$/, '$1or$2');
    if (spelt !== word) return spelt;
  }
  if (word.length > 4) return word.replace(/([^aeiou])tre(s?)$/, '$1ter$2');
  return word;
}

function keyOf(word: string): string {
  const plain = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const spelt = TRANSLITERATIONS[plain] ?? americanSpelling(plain);
  return /^\d+$/.test(spelt) ? spelt : stemmer(spelt);
}

const CONTRACTION = /^(.*?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/iu;
const NOT_CONTRACTIONS: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

// A bracketed insertion, an ellipsis, or a word (letters and digits, with inner apostrophes).
const PIECE = /\[[^\]\n]*\]|\.{3}|…|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const ONLY_ELLIPSIS = /^\[\s*(?:…|\.{3})\s*\]$/u;
const SENTENCE_END = /^[\s"'”’»)\]]*[.?!;:]/u;

function word(start: number, end: number, raw: string): Token {
  const plain = raw.toLowerCase();
  const negation = NEGATIONS.has(plain);
  return {
    kind: 'word',
    start,
    end,
    key: negation ? plain : keyOf(raw),
    content: !negation && !FUNCTION_WORDS.has(plain),
    negation,
    sentenceEnd: false,
  };
}

/** Splits "don’t" into "do" + "not" and drops the "’s" of "That’s"/"Russia’s". */
function wordsOf(start: number, raw: string): Token[] {
  const contraction = CONTRACTION.exec(raw);
  if (!contraction) {
    if (raw.toLowerCase() === 'cannot') return [word(start, start + 3, 'can'), word(start + 3, start + 6, 'not')];
    return [word(start, start + raw.length, raw)];
  }
  const [, base = '', suffix = ''] = contraction;
  if (/^n/i.test(suffix)) {
    const verb = NOT_CONTRACTIONS[base.toLowerCase()] ?? base;
    return [word(start, start + base.length, verb), word(start + base.length, start + raw.length, 'not')];
  }
  return base === '' ? [] : [word(start, start + raw.length, base)];
}

/** The tokens of `text[from, to)`, offsets relative to `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(PIECE)) {
    const raw = match[0];
    const start = from + match.index;
    const end = start + raw.length;
    if (raw.startsWith('[')) {
      const kind: TokenKind = ONLY_ELLIPSIS.test(raw) ? 'elision' : 'editorial';
      tokens.push({ kind, start, end, key: '', content: false, negation: false, sentenceEnd: false });
    } else if (raw === '…' || raw === '...') {
      tokens.push({ kind: 'elision', start, end, key: '', content: false, negation: false, sentenceEnd: false });
    } else {
      tokens.push(...wordsOf(start, raw));
    }
    const last = tokens[tokens.length - 1];
    if (last && SENTENCE_END.test(text.slice(end, Math.min(to, end + 4)))) last.sentenceEnd = true;
  }
  // "United Nations" and "UN" are one name.
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k]!.key === 'unit' && tokens[k + 1]!.key === 'nation') {
      tokens.splice(k, 2, { ...tokens[k]!, end: tokens[k + 1]!.end, key: 'un', sentenceEnd: tokens[k + 1]!.sentenceEnd });
    }
  }
  return tokens;
}

export const isWord = (token: Token): boolean => token.kind === 'word';
