/**
 * The date an article speaks from: roles on cards are shown as of this day. Read from the page's
 * metadata in order of reliability; the calendar day is taken as written in the page's own time
 * zone ("2022-07-15T01:00+03:00" is 15 July, as the reader of that site saw it).
 */

export type ArticleDateSource = 'meta' | 'json-ld' | 'time' | 'today';

export interface ArticleDate {
  /** YYYY-MM-DD. */
  date: string;
  source: ArticleDateSource;
}

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];

const ISO_DAY = /^\s*(\d{4})-(\d{2})-(\d{2})/;

/** The calendar day of an ISO-8601 date or date-time, or null when it is not one. */
export function calendarDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = ISO_DAY.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  const monthNumber = Number(month);
  const dayNumber = Number(day);
  if (monthNumber < 1 || monthNumber > 12 || dayNumber < 1 || dayNumber > 31) return null;
  return `${year}-${month}-${day}`;
}

function fromMeta(doc: Document): string | null {
  for (const selector of META_SELECTORS) {
    const day = calendarDay(doc.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  return null;
}

/** `datePublished` anywhere in JSON-LD: top level, arrays, `@graph`, nested `mainEntity`. */
function findDatePublished(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const own = record.datePublished;
  const day = calendarDay(typeof own === 'string' ? own : Array.isArray(own) && typeof own[0] === 'string' ? own[0] : null);
  if (day) return day;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
    const found = findDatePublished(record[key], depth + 1);
    if (found) return found;
  }
  return null;
}

function fromJsonLd(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findDatePublished(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  return null;
}

/** `<time datetime>`: the one marked as publication, else the first inside the article, else the first. */
function fromTime(doc: Document, article: Element | null): string | null {
  const candidates = [
    doc.querySelector('time[pubdate][datetime], time[itemprop="datePublished"][datetime]'),
    article?.closest('article')?.querySelector('time[datetime]') ?? null,
    doc.querySelector('article time[datetime], main time[datetime]'),
    doc.querySelector('time[datetime]'),
  ];
  for (const time of candidates) {
    const day = calendarDay(time?.getAttribute('datetime'));
    if (day) return day;
  }
  return null;
}

/** Today's calendar day where the reader is. */
export function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The article's publication day: `article:published_time` and kindred meta tags, then JSON-LD
 * `datePublished`, then `<time datetime>` (preferring one near the article body), else today.
 */
export function articleDate(doc: Document, now: Date, articleRoot: Element | null = null): ArticleDate {
  const meta = fromMeta(doc);
  if (meta) return { date: meta, source: 'meta' };
  const jsonLd = fromJsonLd(doc);
  if (jsonLd) return { date: jsonLd, source: 'json-ld' };
  const time = fromTime(doc, articleRoot);
  if (time) return { date: time, source: 'time' };
  return { date: localDay(now), source: 'today' };
}
