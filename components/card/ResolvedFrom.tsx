/**
 * The line on a card opened from a role description ("the Kazakh president"): which words it was
 * resolved from, and that it was resolved as of the article's date, so the reader can tell a
 * resolution from a name the article gives.
 */
import type { RoleTense } from '@/lib/roles';
import { formatDate } from '@/lib/reading/dates';

export interface ResolvedRole {
  /** The description as the article writes it. */
  description: string;
  tense: RoleTense;
  /** The office that made the resolution ("President of Kazakhstan"). */
  office: string;
}

const WHO: Record<RoleTense, (office: string, day: string) => string> = {
  current: (office, day) => `the ${office} on ${day}, the article’s date`,
  former: (office, day) => `a former ${office} as of ${day}, the article’s date`,
  then: (office) => `the ${office} at the time the sentence names`,
  first: (office) => `the first ${office}`,
  last: (office, day) => `the last ${office} before ${day}, the article’s date`,
};

export function ResolvedFrom({ resolved, articleDay }: { resolved: ResolvedRole; articleDay: string }) {
  return (
    <p class="bs-resolved">
      Resolved from “{resolved.description}”: {WHO[resolved.tense](resolved.office, formatDate(articleDay))}.
    </p>
  );
}
