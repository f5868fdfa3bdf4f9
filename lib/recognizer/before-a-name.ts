import { CaseFlag, CharClass } from '../text/chars';
import { caseAt, classAt, type MatchText } from '../text/normalize';
import { followedByCapitalisedWord, inRunningText } from './context';
import { beforeTitle, followsHonorific } from './honorifics';
import type { Reading } from './readings';
import type { Candidate } from './scan';

/**
 * A one-word weak name right before another capitalised word in running text is part of some
 * other name: a given name ("Mary Smith", not the Turkmen city of Mary) or a name that opens with a
 * surname ("Coventry City" in an article on Kirsty Coventry, "Trump Tower"). Such readings are
 * dropped. Strong names keep theirs ("Jordan Valley" is for the KB's longer names to settle), and
 * so do adjectives, acronyms ("IOC President Kirsty Coventry"), names after a title, and names
 * before one: an office is no part of a name ("Duma Speaker Vyacheslav Volodin").
 */
export function withoutWeakNamesBeforeAName(text: MatchText, candidate: Candidate, readings: Reading[]): Reading[] {
  let lowerCase = false;
  for (let k = candidate.start; k < candidate.end; k++) {
    if (classAt(text, k) !== CharClass.Word) return readings;
    if (caseAt(text, k) === CaseFlag.Lower) lowerCase = true;
  }
  // An acronym is no given name ("IOC President Kirsty Coventry").
  if (!lowerCase) return readings;
  if (!followedByCapitalisedWord(text, candidate.end) || !inRunningText(text, candidate.start, candidate.end)) return readings;
  if (followsHonorific(text, candidate.start) || beforeTitle(text, candidate.end)) return readings;
  return readings.filter((reading) => reading.strongName || !reading.name);
}
