import type { MatchText } from '../text/normalize';
import { wordBefore } from './locative';
import type { Candidate } from './scan';

/** Words after which a demonym names a people, not its country: "ethnic Albanians", "ethnically Russian". */
const ETHNIC = new Set(['ethnic', 'ethnically']);

/**
 * Whether an adjective at `candidate` names an ethnic group. A people is not its state ("ethnic
 * Albanians" in Kosovo say nothing of Albania), and ethnic groups are not entities of the KB.
 */
export function namesAPeople(text: MatchText, candidate: Candidate): boolean {
  return ETHNIC.has(wordBefore(text, candidate.start).word);
}
