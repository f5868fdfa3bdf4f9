import type { Kb } from '../kb/load';
import { HYPHEN, SPACE } from '../kb/tables';
import { CaseFlag, CharClass } from '../text/chars';
import { caseAt, classAt, type MatchText } from '../text/normalize';
import { wordAt } from './context';
import type { Reading } from './readings';
import type { Candidate } from './scan';
import { HEADS } from './unknown-names';

/** Lower-case words that may stand between " of the " and the owner's name: "the self-proclaimed". */
const MAX_LOWER_WORDS = 2;

/**
 * A body's bare name followed by " of " and a capitalised name, "the Supreme Court of the
 * self-proclaimed Donetsk People's Republic", names the body of whatever follows: a longer name,
 * which the KB would have matched whole had it been a body it knows. The weak readings of the bare
 * name are dropped, unless what follows is tied to the body in the KB (its country, its parent body, a
 * leader whose role is in it): "the Supreme Court of Russia", "the Security Council of the United
 * Nations", "the Communist Party of Gennady Zyuganov", where the KB may lack the long form.
 * `startingAt` gives the candidates that start at a position.
 */
export function withoutWeakBodiesOfAnother(
  kb: Kb,
  text: MatchText,
  candidate: Candidate,
  readings: Reading[],
  startingAt: (start: number) => readonly Candidate[],
): Reading[] {
  if (!readings.some((reading) => reading.name && !reading.strongName)) return readings;
  const owner = ownerNameStart(text, candidate);
  if (owner === undefined) return readings;
  const ownerEntities = new Set(startingAt(owner).flatMap((next) => next.outputs.map((output) => kb.tables.outputEntity[output]!)));
  return readings.filter(
    (reading) => reading.strongName || !reading.name || kb.links[reading.entity]!.some((named) => ownerEntities.has(named)),
  );
}

/** Where the owner's name starts in "<Body> of [the] [one or two lower-case words] <Name>", if the text reads so. */
function ownerNameStart(text: MatchText, candidate: Candidate): number | undefined {
  let lastWordStart = candidate.end;
  while (lastWordStart > candidate.start && classAt(text, lastWordStart - 1) === CharClass.Word) lastWordStart--;
  if (caseAt(text, lastWordStart) !== CaseFlag.Upper || !HEADS.has(wordAt(text, lastWordStart, candidate.end))) return undefined;
  let k = candidate.end;
  const nextWord = (): string | undefined => {
    if (text.codes[k] !== SPACE || classAt(text, k + 1) !== CharClass.Word) return undefined;
    let end = k + 1;
    while (end < text.length && (classAt(text, end) === CharClass.Word || (text.codes[end] === HYPHEN && classAt(text, end + 1) === CharClass.Word))) end++;
    return wordAt(text, k + 1, end);
  };
  if (nextWord() !== 'of') return undefined;
  k += 3;
  let word = nextWord();
  if (word === 'the' && caseAt(text, k + 1) === CaseFlag.Lower) {
    k += 4;
    word = nextWord();
  }
  for (let lower = 0; word !== undefined; lower++) {
    if (caseAt(text, k + 1) === CaseFlag.Upper) return k + 1;
    if (lower === MAX_LOWER_WORDS) return undefined;
    k += 1 + word.length;
    word = nextWord();
  }
  return undefined;
}
