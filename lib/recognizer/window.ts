import { CharClass } from '../text/chars';
import { classAt, type MatchText } from '../text/normalize';
import { endsSentenceAt } from './context';

/** Words on each side of a name that make up its neighbourhood. */
export const WINDOW_WORDS = 6;
/** However long its words, a neighbourhood never reaches further than this many units. */
const WINDOW_UNITS = 120;

const isWordUnit = (text: MatchText, k: number): boolean => {
  const charClass = classAt(text, k);
  return charClass === CharClass.Word || charClass === CharClass.Unspaced;
};

/**
 * The neighbourhood of the name at `[start, end)`: up to `WINDOW_WORDS` words on either side,
 * within its sentence and block. Cost is bounded by `WINDOW_UNITS` each way.
 */
export function windowAround(text: MatchText, start: number, end: number): { from: number; to: number } {
  let from = start;
  const floor = Math.max(0, start - WINDOW_UNITS);
  for (let words = 0, k = start - 1; words < WINDOW_WORDS && k >= floor; words++) {
    while (k >= floor && !isWordUnit(text, k)) {
      if (endsSentenceAt(text, k)) break;
      k--;
    }
    if (k < floor || !isWordUnit(text, k)) break;
    while (k >= floor && isWordUnit(text, k)) k--;
    if (k >= floor || k < 0) from = k + 1;
    else break;
  }
  let to = end;
  const ceiling = Math.min(text.length, end + WINDOW_UNITS);
  for (let words = 0, k = end; words < WINDOW_WORDS && k < ceiling; words++) {
    let sentenceEnd = false;
    while (k < ceiling && !isWordUnit(text, k)) {
      if (endsSentenceAt(text, k)) {
        sentenceEnd = true;
        break;
      }
      k++;
    }
    if (sentenceEnd || k >= ceiling) break;
    while (k < ceiling && isWordUnit(text, k)) k++;
    if (k < ceiling || k === text.length) to = k;
    else break;
  }
  return { from, to };
}
