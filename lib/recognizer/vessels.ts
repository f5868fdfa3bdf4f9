import type { Kb } from '../kb/load';
import { CaseFlag, CharClass } from '../text/chars';
import { caseAt, classAt, type MatchText } from '../text/normalize';
import type { Reading } from './readings';
import type { Candidate } from './scan';

/** Kinds of ship a news story names one of by its name: "the cruiser Moskva", "the tanker Eagle S". */
const VESSELS = new Set([
  'gunboat',
  'cruiser',
  'frigate',
  'corvette',
  'warship',
  'destroyer',
  'submarine',
  'tanker',
  'tug',
  'tugboat',
  'icebreaker',
  'minesweeper',
  'ship',
  'vessel',
  'flagship',
  'yacht',
  'superyacht',
  'ferry',
  'freighter',
  'trawler',
  'barge',
]);

const COMMA = 0x2c;

interface Word {
  text: string;
  start: number;
  capitalised: boolean;
}

/** The word ending right before `end` (across spaces and at most one comma), or undefined at a sentence mark. */
function previousWord(text: MatchText, end: number): (Word & { afterComma: boolean }) | undefined {
  let k = end - 1;
  let afterComma = false;
  while (k >= 0 && classAt(text, k) === CharClass.Space) k--;
  if (k >= 0 && text.codes[k] === COMMA) {
    afterComma = true;
    k--;
    while (k >= 0 && classAt(text, k) === CharClass.Space) k--;
  }
  if (k < 0 || classAt(text, k) !== CharClass.Word) return undefined;
  const wordEnd = k + 1;
  while (k >= 0 && classAt(text, k) === CharClass.Word) k--;
  const start = k + 1;
  return { text: String.fromCharCode(...text.codes.subarray(start, wordEnd)), start, capitalised: caseAt(text, start) === CaseFlag.Upper, afterComma };
}

/** The word starting after `end` (across spaces and at most one comma). */
function nextWord(text: MatchText, end: number): Word | undefined {
  let k = end;
  if (k < text.length && text.codes[k] === COMMA) k++;
  while (k < text.length && classAt(text, k) === CharClass.Space) k++;
  if (k >= text.length || classAt(text, k) !== CharClass.Word) return undefined;
  const start = k;
  while (k < text.length && classAt(text, k) === CharClass.Word) k++;
  return { text: String.fromCharCode(...text.codes.subarray(start, k)), start, capitalised: caseAt(text, start) === CaseFlag.Upper };
}

const isPluralVessel = (word: string): boolean =>
  word.endsWith('ies') ? VESSELS.has(`${word.slice(0, -3)}y`) : word.endsWith('s') && VESSELS.has(word.slice(0, -1));

/** Whether a list of names goes on after `end`: "…, Nikopol", "… and Nikopol". */
function listGoesOn(text: MatchText, end: number): boolean {
  const next = nextWord(text, end);
  if (!next) return false;
  if (next.capitalised) return text.codes[end] === COMMA;
  return next.text === 'and' && (nextWord(text, next.start + 3)?.capitalised ?? false);
}

const FULL_STOP = 0x2e;

/**
 * Whether the name ending at `end` closes its phrase: a comma, a full stop or the text's end
 * follow. Any other mark goes on with it ("the Odesa-based operator", "the Odesa's governor").
 */
function closesPhrase(text: MatchText, end: number): boolean {
  let k = end;
  while (k < text.length && classAt(text, k) === CharClass.Space) k++;
  return k >= text.length || text.codes[k] === COMMA || text.codes[k] === FULL_STOP;
}

/** How many words back a list of ships' names may reach to its "the gunboats". */
const MAX_LIST_WORDS = 12;

/**
 * Whether the name at `candidate` is a ship's: right after a kind of ship ("the cruiser Moskva"),
 * in apposition to one ("the first Mistral warship, the Vladivostok, …"), or in a list of names
 * after a plural one ("the gunboats Berdyansk and Nikopol"). A plural before one name alone is no
 * ship's name ("the tankers Moscow relies on"); nor is a name that goes on into a noun phrase after
 * the comma ("hit a tanker, the Odesa governor said").
 */
function namesAVessel(text: MatchText, candidate: Candidate): boolean {
  const before = previousWord(text, candidate.start);
  if (!before) return false;
  if (before.text === 'the' && !before.afterComma) {
    const kind = previousWord(text, before.start);
    return !!kind?.afterComma && VESSELS.has(kind.text) && closesPhrase(text, candidate.end);
  }
  if (!before.afterComma && VESSELS.has(before.text)) return true;
  if (!before.afterComma && isPluralVessel(before.text)) return listGoesOn(text, candidate.end);
  if (!before.afterComma && before.text !== 'and') return false;
  let word: ReturnType<typeof previousWord> = before.text === 'and' ? previousWord(text, before.start) : before;
  for (let steps = 0; word && steps < MAX_LIST_WORDS; steps++) {
    if (!word.capitalised && word.text !== 'and') return isPluralVessel(word.text) && !word.afterComma;
    word = previousWord(text, word.start);
  }
  return false;
}

/**
 * Russia's and Ukraine's navies name their ships after cities: "the landing ship Minsk", "the
 * gunboats Berdyansk and Nikopol". Such a name is the ship's, not the city's; the KB knows no ship
 * by name, so the place readings are dropped. A country's name and a person's are left alone: "the
 * tanker Russia chartered", "the ship Putin toured" read as well as a ship's name would.
 */
export function withoutPlacesNamingAVessel(kb: Kb, text: MatchText, candidate: Candidate, options: Reading[]): Reading[] {
  const isSubnationalPlace = (option: Reading): boolean => {
    const entity = kb.entities[option.entity];
    return entity?.type === 'place' && entity.kind !== 'country';
  };
  if (!options.some(isSubnationalPlace) || !namesAVessel(text, candidate)) return options;
  return options.filter((option) => !isSubnationalPlace(option));
}
