/**
 * Partial dates as the KB writes them ("2019", "2019-03", "2019-03-20") and calendar days
 * ("YYYY-MM-DD"). A partial date covers a span: it starts on its earliest day and ends on its
 * latest, which is what "in office during 2019" needs.
 */

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function parts(date: string): { year: number; month?: number; day?: number } | null {
  const match = PARTIAL.exec(date);
  if (!match) return null;
  return {
    year: Number(match[1]),
    month: match[2] === undefined ? undefined : Number(match[2]),
    day: match[3] === undefined ? undefined : Number(match[3]),
  };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a partial date covers, or null when it is not a date. */
export function earliestDay(date: string): string | null {
  const p = parts(date);
  if (!p) return null;
  return `${pad(p.year, 4)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** The last day a partial date covers, or null when it is not a date. */
export function latestDay(date: string): string | null {
  const p = parts(date);
  if (!p) return null;
  const month = p.month ?? 12;
  return `${pad(p.year, 4)}-${pad(month)}-${pad(p.day ?? daysInMonth(p.year, month))}`;
}

/** Days since 1970-01-01 of a calendar day (for scales). */
export function dayNumber(day: string): number {
  const p = parts(day);
  if (!p) return Number.NaN;
  return Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1) / 86_400_000;
}

/** "17 June 2022", "June 2022" or "2022", as precise as the date is. */
export function formatDate(date: string): string {
  const p = parts(date);
  if (!p) return date;
  if (p.month === undefined) return String(p.year);
  const month = MONTHS[p.month - 1] ?? '';
  if (p.day === undefined) return `${month} ${p.year}`;
  return `${p.day} ${month} ${p.year}`;
}

/** "2014 – 2019", "since March 2019", "until 2019", "17 June 2022" or "" for no dates. */
export function formatSpan(start: string | undefined, end: string | undefined): string {
  if (start && end) return start === end ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `since ${formatDate(start)}`;
  if (end) return `until ${formatDate(end)}`;
  return '';
}

/** True when the span [start, end] (partial dates, either open) covers `day`. */
export function spanCovers(start: string | undefined, end: string | undefined, day: string): boolean {
  const from = start ? earliestDay(start) : null;
  const to = end ? latestDay(end) : null;
  return (from === null || from <= day) && (to === null || day <= to);
}
