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
const LETTER_G = 0x67;
const LETTER_R = 0x72;
const LETTER_F = 0x66;
/** How the KB names the region a city gives its name to. */
const REGION_SUFFIXES = [' region', ' oblast', ' province', ' krai', ' state'];

/**
 * "The Mykolaiv governor", "the Dnipropetrovsk regional military administration": a bare name
 * before a region's office or body is the region (when the KB knows "<name> region" or the like),
 * not the city it otherwise means. `readings` is changed in place, index for index with `candidates`.
 */
export function readRegionsBeforeRegionalWords(kb: Kb, text: MatchText, candidates: readonly Candidate[], readings: Reading[][]): void {
  candidates.forEach((candidate, k) => {
    // " g…", " r…" or " f…" first: a string is made for the few names that may be followed by one of the words.
    const first = text.codes[candidate.end + 1];
    if (text.codes[candidate.end] !== SPACE || (first !== LETTER_G && first !== LETTER_R && first !== LETTER_F)) return;
    if (!readings[k]!.some((reading) => reading.name && kb.entities[reading.entity]?.type === 'place')) return;
    if (!REGIONAL_WORD.test(wordAt(text, candidate.end, Math.min(text.length, candidate.end + 16)))) return;
    for (const suffix of REGION_SUFFIXES) {
      const region = regionNamed(kb, text, candidate, suffix);
      if (region === undefined) continue;
      readings[k] = [{ entity: region, strongName: true, name: true, writtenWeakName: false, adjective: false }];
      return;
    }
  });
}
