/**
 * The English word list (`word-list` package, MIT) the KB tools use to spot names that are also
 * ordinary words ("Chad", "Island", "Congress"): such a name must need capitals or support.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let cached: Set<string> | undefined;

/** Lower-case English words, as listed by the package. */
export function commonWords(): ReadonlySet<string> {
  cached ??= new Set(readFileSync(wordListPath, 'utf8').split('\n').filter((word) => word !== ''));
  return cached;
}
