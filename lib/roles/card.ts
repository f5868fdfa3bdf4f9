/**
 * A person's office as of the article's date, in words for the card: "President of Kazakhstan
 * since 2019" on the day he holds it, "former Minister of Foreign Affairs of Kazakhstan
 * (1994–1999, 2002–2007)" once he holds no office the KB records.
 */
import type { Role } from '../kb/schema';
import { earliestDay, latestDay } from '../reading/dates';
import { officeKey, prominence } from './offices';

export interface RoleLine {
  /** "President of Kazakhstan since 2019", "former President of Kazakhstan (1990–2019)". */
  text: string;
  /** The title's roles, one per term, latest last. */
  roles: Role[];
  current: boolean;
}

const year = (date: string | undefined): string | undefined => date?.slice(0, 4);
const officeOf = (title: string): string => officeKey(title.slice(0, title.lastIndexOf(' of ') > 0 ? title.lastIndexOf(' of ') : title.length));

function termsText(roles: readonly Role[], day: string): string {
  return roles
    .map((role) => {
      const from = year(role.start);
      // A term that runs past the article's date is, as of that date, ongoing.
      const to = role.end && (latestDay(role.end) ?? '') < day ? year(role.end) : undefined;
      return from && to ? (from === to ? from : `${from}–${to}`) : from ? `from ${from}` : to ? `until ${to}` : '';
    })
    .filter((text) => text !== '')
    .join(', ');
}

/** Roles held on `day` and roles given up before it, one line per title; later roles are not shown. */
export function roleLinesAt(roles: readonly Role[] | undefined, day: string): { current: RoleLine[]; former: RoleLine[] } {
  const byTitle = new Map<string, Role[]>();
  for (const role of roles ?? []) {
    if (role.start && (earliestDay(role.start) ?? '') > day) continue;
    const list = byTitle.get(role.title) ?? [];
    list.push(role);
    byTitle.set(role.title, list);
  }
  const current: RoleLine[] = [];
  const former: RoleLine[] = [];
  for (const [title, terms] of byTitle) {
    terms.sort((a, b) => (earliestDay(a.start ?? '0000') ?? '').localeCompare(earliestDay(b.start ?? '0000') ?? ''));
    const holding = terms.find((role) => !role.end || (latestDay(role.end) ?? '') >= day);
    if (holding) {
      const since = year(holding.start);
      current.push({ text: since ? `${title} since ${since}` : title, roles: terms, current: true });
    } else {
      const spans = termsText(terms, day);
      former.push({ text: spans ? `former ${title} (${spans})` : `former ${title}`, roles: terms, current: false });
    }
  }
  const rank = (line: RoleLine): number => prominence(officeOf(line.roles[0]!.title));
  const lastDay = (line: RoleLine): string => {
    const role = line.roles[line.roles.length - 1]!;
    return (role.end ? latestDay(role.end) : role.start ? earliestDay(role.start) : null) ?? '';
  };
  current.sort((a, b) => rank(a) - rank(b) || lastDay(b).localeCompare(lastDay(a)));
  former.sort((a, b) => rank(a) - rank(b) || lastDay(b).localeCompare(lastDay(a)));
  return { current, former };
}

/** The one line a card heads with: the most prominent office held on `day`, else the most prominent held before. */
export function roleDescriptionAt(roles: readonly Role[] | undefined, day: string): string | null {
  const { current, former } = roleLinesAt(roles, day);
  return current[0]?.text ?? former[0]?.text ?? null;
}
