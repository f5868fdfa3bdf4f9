import { CaseFlag, CharClass } from '../text/chars';
import { caseAt, classAt, type MatchText } from '../text/normalize';
import { HYPHEN } from '../kb/tables';
import type { Candidate } from './scan';

const isDigit = (code: number | undefined): boolean => code !== undefined && code >= 0x30 && code <= 0x39;

/**
 * An acronym followed by a hyphen and a number is a unit's or a model's designation ("the CDU-1
 * unit", "a PAC-3 battery"), not the body the acronym also stands for. Names the KB spells with
 * the number ("COVID-19", "Soyuz MS-28") are longer matches and never reach this.
 */
export function isPartOfADesignation(text: MatchText, candidate: Candidate): boolean {
  if (text.codes[candidate.end] !== HYPHEN || !isDigit(text.codes[candidate.end + 1])) return false;
  for (let k = candidate.start; k < candidate.end; k++) {
    if (classAt(text, k) === CharClass.Word && caseAt(text, k) === CaseFlag.Lower) return false;
  }
  return true;
}
