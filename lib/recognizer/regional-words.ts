import type { Kb } from '../kb/load';
import { SPACE } from '../kb/tables';
import type { MatchText } from '../text/normalize';
import { wordAt } from './context';
import { regionNamed } from './listed-regions';
import type { Reading } from './readings';
import type { Candidate } from './scan';

/**
 * Words after a bare name that make it a region's: "the Kherson governor", "the Dnipropetrovsk
 * regional administration", "more volunteers to the Kursk front".
 */
const REGIONAL_WORD = /^ (governor|governor's|governors|governorship|regional|front|frontline)(?![\p{L}\p{N}])/u;
/** Words before one: "his home region of Donetsk", "the governor of Kursk". */
const REGION_OF = /(?<![\p{L}\p{N}])(?:region|province|oblast|krai|governor|governorate) of $/u;
/** Words right before one that make it a city's: "the regional capital Donetsk", "the port of Odesa". */
const CITY_WORDS = /(?<![\p{L}\p{N}])(?:capital|city of|town of|port of) $/u;
/** Place kinds that are a city or town ("port city", "closed town", "city and river port"), not a square or a building in one. */
const CITY_KIND = /(?:^|\s)(?:city|town)(?:$|\s+and\b)/u;
const LETTER_G = 0x67;
const LETTER_R = 0x72;
const LETTER_F = 0x66;
/** How the KB names the region a city gives its name to. */
const REGION_SUFFIXES = [' region', ' oblast', ' province', ' krai', ' state'];

/**
 * "The Mykolaiv governor", "the Dnipropetrovsk regional military administration", "the region of
 * Donetsk": a bare name before a region's office or body, or after "region of", is the region
 * (when the KB knows "<name> region" or the like), not the city it otherwise means. `readings` is
 * changed in place, index for index with `candidates`.
 */
export function readRegionsBeforeRegionalWords(kb: Kb, text: MatchText, candidates: readonly Candidate[], readings: Reading[][]): void {
  candidates.forEach((candidate, k) => {
    if (!isAfterRegionOf(text, candidate) && !isBeforeRegionalWord(text, candidate)) return;
    if (!readings[k]!.some((reading) => reading.name && kb.entities[reading.entity]?.type === 'place')) return;
    for (const suffix of REGION_SUFFIXES) {
      const region = regionNamed(kb, text, candidate, suffix);
      if (region === undefined) continue;
      readings[k] = [{ entity: region, strongName: true, name: true, writtenWeakName: false, adjective: false }];
      return;
    }
  });
}

function isBeforeRegionalWord(text: MatchText, candidate: Candidate): boolean {
  // " g…", " r…" or " f…" first: a string is made for the few names that may be followed by one of the words.
  const first = text.codes[candidate.end + 1];
  if (text.codes[candidate.end] !== SPACE || (first !== LETTER_G && first !== LETTER_R && first !== LETTER_F)) return false;
  return REGIONAL_WORD.test(wordAt(text, candidate.end, Math.min(text.length, candidate.end + 16)));
}

function isAfterRegionOf(text: MatchText, candidate: Candidate): boolean {
  // "…f " first, as above.
  if (candidate.start < 4 || text.codes[candidate.start - 1] !== SPACE || text.codes[candidate.start - 2] !== LETTER_F) return false;
  return REGION_OF.test(wordAt(text, Math.max(0, candidate.start - 16), candidate.start));
}

/**
 * "The regional capital Donetsk", "the city of Kursk": a bare name right after a word for a city
 * is the city, when one of its readings is one, not the region or republic named after it.
 * `readings` is changed in place, index for index with `candidates`.
 */
export function readCitiesAfterCityWords(kb: Kb, text: MatchText, candidates: readonly Candidate[], readings: Reading[][]): void {
  candidates.forEach((candidate, k) => {
    const options = readings[k]!;
    if (options.length < 2 || candidate.start < 8 || text.codes[candidate.start - 1] !== SPACE) return;
    if (!CITY_WORDS.test(wordAt(text, Math.max(0, candidate.start - 12), candidate.start))) return;
    const cities = options.filter((option) => {
      const entity = kb.entities[option.entity];
      return option.name && entity?.type === 'place' && CITY_KIND.test(entity.kind ?? '');
    });
    if (cities.length === 1) readings[k] = [{ ...cities[0]!, strongName: true }];
  });
}
