/**
 * The offices the KB promises to know since 2014 (the heads of state and government and the
 * foreign and defence ministers of the post-Soviet states, the G7, China, Turkey, Iran, Israel and
 * the Gulf states; the EU institutions' heads) and the stretches of time its role spans leave
 * without a holder. A gap means a card would show nobody for that office on that day and a
 * description ("the Qatari defence minister") would not resolve.
 */
import { dayNumber, earliestDay, latestDay } from '../reading/dates';
import type { Holding, RoleIndex } from './holders';

export type RequiredOffice = 'head of state' | 'head of government' | 'foreign minister' | 'defence minister' | 'head';

/** Office keys (see `officeKey`) of each kind, as role titles name them across these countries. */
const OFFICE_KEYS: Record<RequiredOffice, RegExp> = {
  'head of state': /^(?:acting )?(?:president|king|queen|emperor|emir|sultan|supreme leader)$/u,
  'head of government': /^(?:acting )?(?:prime minister|premier|federal chancellor|chancellor|chairman of the cabinet of ministers)$/u,
  'foreign minister':
    /^(?:acting )?(?:(?:federal )?minister (?:of|for) (?:europe and )?foreign affairs(?: and .+)?|foreign (?:minister|secretary)|secretary of state|minister responsible for foreign affairs|minister of external affairs)$/u,
  'defence minister':
    /^(?:acting )?(?:(?:federal )?minister (?:of|for) (?:national )?defen[cs]e(?: and .+)?|defence secretary|secretary of defense|secretary of state for defence|minister (?:of|for) (?:the )?armed forces|minister of state for defen[cs]e affairs)$/u,
  head: /^(?:president|high representative(?: for (?:the )?(?:common )?foreign (?:affairs and|and) security policy)?)$/u,
};

/**
 * Where one office does another's work: a president who heads the government (the United States,
 * Iran, Turkmenistan, Turkey since 2018), a ruler who is also prime minister (Oman's sultan).
 */
const ALSO_HELD_BY: Readonly<Record<string, Partial<Record<RequiredOffice, RegExp>>>> = {
  'united-states': { 'head of government': OFFICE_KEYS['head of state'] },
  iran: { 'head of government': OFFICE_KEYS['head of state'] },
  turkmenistan: { 'head of government': OFFICE_KEYS['head of state'] },
  turkey: { 'head of government': OFFICE_KEYS['head of state'] },
  oman: { 'head of government': OFFICE_KEYS['head of state'], 'defence minister': OFFICE_KEYS['head of state'] },
};

export interface Requirement {
  jurisdiction: string;
  office: RequiredOffice;
}

const COUNTRIES = [
  'russia', 'ukraine', 'belarus', 'moldova', 'georgia-country', 'armenia', 'azerbaijan', 'kazakhstan', 'kyrgyzstan',
  'tajikistan', 'turkmenistan', 'uzbekistan', 'estonia', 'latvia', 'lithuania',
  'united-states', 'united-kingdom', 'france', 'germany', 'italy', 'japan', 'canada',
  'china', 'turkey', 'iran', 'israel',
  'saudi-arabia', 'united-arab-emirates', 'qatar', 'kuwait', 'bahrain', 'oman',
];

/**
 * Canada's head of state is the British monarch, recorded as the United Kingdom's: it is not
 * asked of Canada again.
 */
const NOT_ASKED = new Set(['canada/head of state']);

export const REQUIRED_OFFICES: readonly Requirement[] = [
  ...COUNTRIES.flatMap((jurisdiction) =>
    (['head of state', 'head of government', 'foreign minister', 'defence minister'] as const)
      .filter((office) => !NOT_ASKED.has(`${jurisdiction}/${office}`))
      .map((office) => ({ jurisdiction, office })),
  ),
  { jurisdiction: 'european-commission', office: 'head' },
  { jurisdiction: 'european-council', office: 'head' },
  { jurisdiction: 'european-parliament', office: 'head' },
  { jurisdiction: 'european-union', office: 'head' },
];

export interface OfficeGap extends Requirement {
  /** First and last day without a holder (YYYY-MM-DD). */
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const dayAfter = (day: string): string => new Date(dayNumber(day) * DAY_MS + DAY_MS).toISOString().slice(0, 10);
const dayBefore = (day: string): string => new Date(dayNumber(day) * DAY_MS - DAY_MS).toISOString().slice(0, 10);

/**
 * The stretches of `from`..`to` when nobody in the index held a required office, longer than
 * `toleratedDays` (a caretaker's few weeks between two holders are not worth a KB entry).
 */
export function officeGaps(index: RoleIndex, requirements: readonly Requirement[], from: string, to: string, toleratedDays = 31): OfficeGap[] {
  const gaps: OfficeGap[] = [];
  for (const requirement of requirements) {
    const patterns = [OFFICE_KEYS[requirement.office], ALSO_HELD_BY[requirement.jurisdiction]?.[requirement.office]].filter(
      (pattern): pattern is RegExp => pattern !== undefined,
    );
    const spans: [string, string][] = [];
    for (const [office, holdings] of index.byOffice) {
      if (!patterns.some((pattern) => pattern.test(office))) continue;
      for (const holding of holdings) if (holding.jurisdictions.has(requirement.jurisdiction)) spans.push([holding.from, holding.to]);
    }
    spans.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    // The last day held so far; only grows, so the day after it is never before `from`.
    let covered = dayBefore(from);
    const report = (start: string, end: string): void => {
      if (dayNumber(end) - dayNumber(start) + 1 > toleratedDays) gaps.push({ ...requirement, from: start, to: end });
    };
    for (const [start, end] of spans) {
      if (start > covered) report(dayAfter(covered), dayBefore(start) > to ? to : dayBefore(start));
      if (end > covered) covered = end;
      if (covered >= to) break;
    }
    if (covered < to) report(dayAfter(covered), to);
  }
  return gaps;
}

export interface OfficeOverlap extends Requirement {
  /** The two holders (person ids) and the days both surely held the office (YYYY-MM-DD). */
  holders: [string, string];
  from: string;
  to: string;
}

/**
 * The stretches of `from`..`to` when two people surely held one single-holder office at once
 * (a role dated "2018" may have begun on any of its days: only the days inside both roles
 * whatever their exact dates count), longer than `toleratedDays`. Most are a term the KB did not
 * end when the successor's began: a card would show the wrong holder. Offices are compared by
 * their own title, so a supreme leader and a president, or a prime minister and a chancellor of
 * the exchequer, are never one office.
 */
export function officeOverlaps(index: RoleIndex, requirements: readonly Requirement[], from: string, to: string, toleratedDays = 31): OfficeOverlap[] {
  const overlaps: OfficeOverlap[] = [];
  for (const requirement of requirements) {
    for (const [office, held] of index.byOffice) {
      if (!OFFICE_KEYS[requirement.office].test(office)) continue;
      const holdings = held.filter((holding) => holding.jurisdictions.has(requirement.jurisdiction)).map(surely);
      for (let a = 0; a < holdings.length; a++) {
        for (let b = a + 1; b < holdings.length; b++) {
          const [first, second] = [holdings[a]!, holdings[b]!];
          if (first.person === second.person) continue;
          const start = [first.from, second.from, from].sort()[2]!;
          const end = [first.to, second.to, to].sort()[0]!;
          if (end < start || dayNumber(end) - dayNumber(start) + 1 <= toleratedDays) continue;
          overlaps.push({ ...requirement, holders: [first.person, second.person].sort() as [string, string], from: start, to: end });
        }
      }
    }
  }
  return overlaps;
}

/** The days a holding covers whatever its imprecise dates turn out to be. */
function surely(holding: Holding): { person: string; from: string; to: string } {
  const start = latestDay(holding.role.start ?? '') ?? holding.from;
  const end = holding.role.end === undefined ? holding.to : (earliestDay(holding.role.end) ?? holding.to);
  return { person: holding.person, from: start, to: end };
}
