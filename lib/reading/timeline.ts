/**
 * Lays out a page's events on a horizontal time axis for a small SVG. Articles mix eras (World
 * War II next to last week's summit), so long empty stretches are cut out of the axis and shown
 * as breaks; each stretch that holds events keeps a linear scale of its own.
 */
import { dayNumber, earliestDay, formatDate, formatSpan, latestDay } from './dates';

export interface TimelineEvent {
  id: string;
  label: string;
  /** Partial date (YYYY, YYYY-MM or YYYY-MM-DD). */
  start: string;
  end?: string;
}

export interface TimelineItem {
  id: string;
  label: string;
  /** "24 February 2022 – …" as readers say it. */
  dateText: string;
  x1: number;
  x2: number;
  /** No end in the KB and begun shortly before the article: drawn as going on up to its day. */
  open: boolean;
  lane: number;
  /** Where the label starts (it may be shortened with "…" to fit) and which way it runs. */
  labelX: number;
  labelAnchor: 'start' | 'end';
}

export interface TimelineTick {
  x: number;
  label: string;
}

export interface TimelineLayout {
  width: number;
  lanes: number;
  items: TimelineItem[];
  ticks: TimelineTick[];
  /** x of each cut in the axis. */
  breaks: number[];
  marker: { x: number; day: string };
}

export interface TimelineOptions {
  /** Average label glyph width, for keeping labels apart. */
  charWidth?: number;
  padding?: number;
}

interface Span {
  from: number;
  to: number;
}

const BREAK_WIDTH = 14;
const ONGOING_WITHIN_DAYS = 3 * 365;
const MIN_CLUSTER_WIDTH = 48;
const CLUSTER_PADDING = 6;
const LABEL_GAP = 8;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Groups spans whose gaps are small against the whole; a big gap becomes a break. */
function clusters(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const total = Math.max(...sorted.map((s) => s.to)) - sorted[0]!.from;
  const limit = Math.max(3 * 365, total * 0.2);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.from - last.to <= limit) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}

function dateOfDay(day: number): Date {
  return new Date(day * 86_400_000);
}

function niceStep(span: number, maxTicks: number, steps: readonly number[]): number {
  for (const step of steps) if (span / step <= maxTicks) return step;
  return steps[steps.length - 1]!;
}

function ticksFor(span: Span, x: (day: number) => number, width: number): TimelineTick[] {
  const maxTicks = Math.max(1, Math.floor(width / 56));
  const fromDate = dateOfDay(span.from);
  const toDate = dateOfDay(span.to);
  const ticks: TimelineTick[] = [];
  if (span.to === span.from) return [{ x: x(span.from), label: String(fromDate.getUTCFullYear()) }];
  if (span.to - span.from < 550) {
    const step = niceStep((span.to - span.from) / 30, maxTicks, [1, 2, 3, 6, 12]);
    let year = fromDate.getUTCFullYear();
    let month = Math.ceil(fromDate.getUTCMonth() / step) * step;
    if (fromDate.getUTCDate() > 1 && month === fromDate.getUTCMonth()) month += step;
    for (;;) {
      year += Math.floor(month / 12);
      month %= 12;
      const day = Date.UTC(year, month, 1) / 86_400_000;
      if (day > span.to) break;
      ticks.push({ x: x(day), label: month === 0 || ticks.length === 0 ? `${MONTH_NAMES[month]} ${year}` : MONTH_NAMES[month]! });
      month += step;
    }
    if (ticks.length === 0) ticks.push({ x: x(span.from), label: String(fromDate.getUTCFullYear()) });
    return ticks;
  }
  const years = toDate.getUTCFullYear() - fromDate.getUTCFullYear();
  const step = niceStep(years, maxTicks, [1, 2, 5, 10, 20, 25, 50, 100, 200, 500]);
  for (let year = Math.ceil(fromDate.getUTCFullYear() / step) * step; ; year += step) {
    const day = Date.UTC(year, 0, 1) / 86_400_000;
    if (day > span.to) break;
    if (day >= span.from) ticks.push({ x: x(day), label: String(year) });
  }
  return ticks;
}

/**
 * Positions `events` (those without a usable start date are left out) and the article's day on
 * an axis `width` wide. Labels are kept from overlapping by stacking items into lanes.
 */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  articleDay: string,
  width: number,
  options: TimelineOptions = {},
): TimelineLayout {
  const charWidth = options.charWidth ?? 6.4;
  const padding = options.padding ?? 8;
  const article = dayNumber(articleDay);
  const placed = events.flatMap((event) => {
    const first = earliestDay(event.start);
    if (first === null) return [];
    const from = dayNumber(first);
    const last = event.end ? latestDay(event.end) : null;
    // No end in the KB means "still going on" for a recent event (a war begun this year) but
    // usually "a single day" for an old one (a treaty's signing): only the first runs on to the
    // article's day.
    const open = last === null && from <= article && article - from <= ONGOING_WITHIN_DAYS;
    const to = last !== null ? dayNumber(last) : open ? article : from;
    return [{ event, from, to, open }];
  });
  const groups = clusters([...placed.map(({ from, to }) => ({ from, to })), { from: article, to: article }]);
  const available = width - 2 * padding - BREAK_WIDTH * (groups.length - 1);
  const totalSpan = groups.reduce((sum, group) => sum + (group.to - group.from), 0);
  const flexible = Math.max(0, available - MIN_CLUSTER_WIDTH * groups.length);
  const layoutGroups: { span: Span; x0: number; width: number }[] = [];
  let cursor = padding;
  for (const span of groups) {
    const share = totalSpan > 0 ? (span.to - span.from) / totalSpan : 1 / groups.length;
    const groupWidth = MIN_CLUSTER_WIDTH + flexible * share;
    layoutGroups.push({ span, x0: cursor, width: groupWidth });
    cursor += groupWidth + BREAK_WIDTH;
  }
  const x = (day: number): number => {
    const group = layoutGroups.find(({ span }) => day >= span.from && day <= span.to) ?? layoutGroups[layoutGroups.length - 1]!;
    const inner = group.width - 2 * CLUSTER_PADDING;
    const length = group.span.to - group.span.from;
    const fraction = length === 0 ? 0.5 : (day - group.span.from) / length;
    return group.x0 + CLUSTER_PADDING + fraction * inner;
  };

  const laneEnds: number[] = [];
  const items: TimelineItem[] = placed
    .sort((a, b) => a.from - b.from || a.to - b.to)
    .map(({ event, from, to, open }) => {
      const x1 = x(from);
      const x2 = Math.max(x(to), x1);
      const maxChars = Math.max(4, Math.floor((width - 2 * padding) / charWidth));
      const label = event.label.length > maxChars ? `${event.label.slice(0, maxChars - 1)}…` : event.label;
      const labelWidth = label.length * charWidth;
      // The label starts at the item, moved left as far as it must to end inside the axis.
      const labelX = Math.max(padding, Math.min(x1, width - padding - labelWidth));
      const labelAnchor: TimelineItem['labelAnchor'] = 'start';
      const extentFrom = Math.min(x1, labelX);
      const extentTo = Math.max(x2, labelX + labelWidth);
      let lane = laneEnds.findIndex((end) => end + LABEL_GAP <= extentFrom);
      if (lane === -1) {
        lane = laneEnds.length;
        laneEnds.push(extentTo);
      } else {
        laneEnds[lane] = extentTo;
      }
      return { id: event.id, label, dateText: event.end ? formatSpan(event.start, event.end) : formatDate(event.start), x1, x2, open, lane, labelX, labelAnchor };
    });

  // Keep tick labels apart: one that would run into the previous one is left out.
  const ticks: TimelineTick[] = [];
  for (const tick of layoutGroups.flatMap(({ span, width: groupWidth }) => ticksFor(span, x, groupWidth))) {
    const previous = ticks[ticks.length - 1];
    const halfWidths = previous ? ((previous.label.length + tick.label.length) * charWidth) / 2 : 0;
    if (!previous || tick.x - previous.x >= halfWidths + LABEL_GAP) ticks.push(tick);
  }
  const breaks = layoutGroups.slice(1).map(({ x0 }) => x0 - BREAK_WIDTH / 2);
  return { width, lanes: Math.max(1, laneEnds.length), items, ticks, breaks, marker: { x: x(article), day: articleDay } };
}
