/** What a highlight records about its page, read from the document's own metadata. */
import { normalisePageUrl } from '@/lib/highlights/url';
import type { PageInfo } from '@/lib/highlights/record';
import { articleDate } from '@/lib/extract/date';

function meta(selector: string): string | null {
  const content = document.querySelector<HTMLMetaElement>(selector)?.content?.trim();
  return content ? content : null;
}

export function currentPageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i]')?.getAttribute('href');
  return normalisePageUrl(location.href, canonical);
}

export function currentPageInfo(): PageInfo {
  const published = articleDate(document, new Date());
  return {
    url: currentPageUrl(),
    title: (meta('meta[property="og:title"]') ?? document.title).trim().slice(0, 2000),
    // "today" is the date extractor's fallback, not something the page said.
    published: published.source === 'today' ? null : published.date,
    author: meta('meta[name="author"]') ?? meta('meta[property="article:author"]'),
  };
}
