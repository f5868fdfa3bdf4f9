// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { articleDate, calendarDay, localDay } from './date';
import { extractArticle } from './article';

const PAGES = resolve(import.meta.dirname, '../../samples/pages');
const NOW = new Date(2030, 0, 15, 12);

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${html}</head><body></body></html>`, 'text/html');
}

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

describe('calendarDay', () => {
  it('keeps the day as written in the page’s own time zone', () => {
    expect(calendarDay('2022-07-15T01:00:00+03:00')).toBe('2022-07-15');
    expect(calendarDay('2022-06-25')).toBe('2022-06-25');
    expect(calendarDay(' 2022-06-25T23:59:59Z')).toBe('2022-06-25');
  });
  it('refuses what is not an ISO date', () => {
    expect(calendarDay('June 25, 2022')).toBeNull();
    expect(calendarDay('2022-13-01')).toBeNull();
    expect(calendarDay('')).toBeNull();
    expect(calendarDay(null)).toBeNull();
  });
});

describe('articleDate', () => {
  it('reads article:published_time first', () => {
    const doc = page(
      '<meta property="article:published_time" content="2022-06-25T09:30:00+00:00"><script type="application/ld+json">{"datePublished":"2021-01-01"}</script>',
      '<time datetime="2020-01-01">x</time>',
    );
    expect(articleDate(doc, NOW)).toEqual({ date: '2022-06-25', source: 'meta' });
  });

  it('reads JSON-LD datePublished, also inside @graph, and survives broken JSON-LD', () => {
    const doc = page(
      '<script type="application/ld+json">{ broken</script><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2022-06-23T08:15:00+00:00"}]}</script>',
      '<time datetime="2020-01-01">x</time>',
    );
    expect(articleDate(doc, NOW)).toEqual({ date: '2022-06-23', source: 'json-ld' });
  });

  it('falls back to <time datetime>, preferring the one in the article', () => {
    const doc = page('', '<header><time datetime="2019-05-01">site clock</time></header><article><p>Text</p><p class="byline"><time datetime="2022-06-22T07:45:00+00:00">June 22</time></p></article>');
    expect(articleDate(doc, NOW, doc.querySelector('article p'))).toEqual({ date: '2022-06-22', source: 'time' });
    expect(articleDate(doc, NOW).source).toBe('time');
  });

  it('is today when the page gives no date', () => {
    expect(articleDate(parse('<title>x</title>'), NOW)).toEqual({ date: localDay(NOW), source: 'today' });
    expect(localDay(NOW)).toBe('2030-01-15');
  });

  it('gives each sample page its published time', () => {
    const expected: Record<string, string> = {
      '000_40a4911dea31cc08.html': '2022-06-25',
      '001_1d0edf628e66581b.html': '2022-06-25',
      '002_0ba280227a6e1ec8.html': '2022-06-23',
      '003_0d78029cf96f9ddf.html': '2022-07-15',
      '004_82964e3a3d4d29cf.html': '2022-06-22',
    };
    for (const name of readdirSync(PAGES).filter((file) => file.endsWith('.html'))) {
      const doc = new DOMParser().parseFromString(readFileSync(resolve(PAGES, name), 'utf8'), 'text/html');
      // Without the meta tag the byline's <time> next to the article gives the same day.
      const meta = doc.querySelector('meta[property="article:published_time"]')!;
      expect(articleDate(doc, NOW).date).toBe(expected[name]);
      meta.remove();
      expect(articleDate(doc, NOW, extractArticle(doc)?.root ?? null)).toEqual({ date: expected[name], source: 'time' });
    }
  });
});
