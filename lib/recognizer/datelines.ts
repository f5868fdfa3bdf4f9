import type { Kb } from '../kb/load';
import { CaseFlag, CharClass } from '../text/chars';
import { caseAt, classAt, type MatchText } from '../text/normalize';
import { regionNamed } from './listed-regions';
import type { Reading } from './readings';
import type { Candidate } from './scan';

const COMMA = 0x2c;
const SPACE = 0x20;
const OPEN_PARENTHESIS = 0x28;
/** Place kinds that are a city ("capital city", "city and port"). */
const CITY_KIND = /(?:^|\s)city(?:$|\s)/u;

/**
 * "LUXEMBOURG, April 10 (Reuters) -": a wire dateline names the city a story was filed from, so a
 * country's name there is its capital when the capital bears it ("Luxembourg City", "Kuwait
 * City"). A dateline is a name in capitals that opens a block and is followed by a comma or "(".
 * `readings` is changed in place, index for index with `candidates`.
 */
export function readCitiesInDatelines(kb: Kb, text: MatchText, candidates: readonly Candidate[], readings: Reading[][]): void {
  candidates.forEach((candidate, k) => {
    if (!isDateline(text, candidate)) return;
    const city = regionNamed(kb, text, candidate, ' city');
    if (city === undefined || !CITY_KIND.test(kb.entities[city]?.kind ?? '')) return;
    // The city must belong to a country read here: "Mexico City" for "MEXICO", not some namesake.
    const countries = kb.references[city] ?? [];
    if (!readings[k]!.some((reading) => reading.name && countries.includes(reading.entity))) return;
    readings[k] = [{ entity: city, strongName: true, name: true, writtenWeakName: false, adjective: false }];
  });
}

function isDateline(text: MatchText, candidate: Candidate): boolean {
  let k = candidate.start - 1;
  while (k >= 0 && classAt(text, k) === CharClass.Space) k--;
  if (k >= 0 && classAt(text, k) !== CharClass.Paragraph) return false;
  for (let unit = candidate.start; unit < candidate.end; unit++) {
    if (classAt(text, unit) === CharClass.Word && caseAt(text, unit) === CaseFlag.Lower) return false;
  }
  const next = text.codes[candidate.end];
  return next === COMMA || (next === SPACE && text.codes[candidate.end + 1] === OPEN_PARENTHESIS);
}
