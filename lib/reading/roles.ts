/** Which of a person's offices to show on a card: the ones held on the article's day. */
import type { Role } from '../kb/schema';
import { earliestDay, latestDay, spanCovers } from './dates';

export interface RolesAtDate {
  /** Held on the day, most recently taken up first. */
  current: Role[];
  /** When none is held: the last one given up before the day. */
  former: Role | null;
}

/**
 * The roles held on `day` (YYYY-MM-DD). A role counts from the first day its start covers to the
 * last day its end covers: "2019" as an end date means through 31 December 2019. Roles taken up
 * after the day are not shown: the card speaks as of the article.
 */
export function rolesAt(roles: readonly Role[] | undefined, day: string): RolesAtDate {
  const list = roles ?? [];
  const current = list
    .filter((role) => spanCovers(role.start, role.end, day))
    .sort((a, b) => (earliestDay(b.start ?? '0000') ?? '').localeCompare(earliestDay(a.start ?? '0000') ?? ''));
  if (current.length > 0) return { current, former: null };
  let former: Role | null = null;
  let formerEnd = '';
  for (const role of list) {
    const end = role.end ? latestDay(role.end) : null;
    if (end === null || end >= day) continue;
    if (end > formerEnd) {
      former = role;
      formerEnd = end;
    }
  }
  return { current: [], former };
}
