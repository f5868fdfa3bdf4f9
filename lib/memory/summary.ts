/**
 * What a card or the library shows about one entity from the reader's own history: the articles
 * they read that named it and their highlights that mention it. Summaries carry no page text
 * beyond what the reader highlighted themselves.
 */
import type { Highlight } from '../highlights/record';
import { siteOf } from '../highlights/url';
import { mentionsIn, type RememberedArticle } from './record';

export interface ArticleSummary {
  url: string;
  title: string;
  site: string;
  published: string | null;
  lastRead: number;
  /** Times the article named the entity. */
  mentions: number;
}

export interface HighlightSummary {
  id: string;
  url: string;
  title: string;
  /** The highlighted text, shortened for a card. */
  text: string;
  note: string;
  createdAt: number;
  /** The article, scrolled to the passage where the browser can. */
  link: string;
}

export interface EntityMemory {
  entityId: string;
  /** Whether new articles are being remembered now. */
  recording: boolean;
  articleCount: number;
  /** Last read first, at most the requested number. */
  articles: ArticleSummary[];
  highlightCount: number;
  /** Newest first, at most the requested number. */
  highlights: HighlightSummary[];
}

/** Cut at a word boundary near `max` characters, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export function summarizeArticle(article: RememberedArticle, entityId: string): ArticleSummary {
  return {
    url: article.url,
    title: article.title,
    site: siteOf(article.url),
    published: article.published,
    lastRead: article.lastRead,
    mentions: mentionsIn(article, entityId),
  };
}

export function summarizeHighlight(highlight: Highlight, maxText = 240): HighlightSummary {
  return {
    id: highlight.id,
    url: highlight.url,
    title: highlight.title,
    text: shorten(highlight.text, maxText),
    note: shorten(highlight.note, maxText),
    createdAt: highlight.createdAt,
    link: highlightLink(highlight.url, highlight.text),
  };
}

export interface EntityMemoryInput {
  entityId: string;
  recording: boolean;
  /** The articles that named it (any order), or the latest of them when `articleCount` says how many there are. */
  articles: readonly RememberedArticle[];
  articleCount?: number;
  /** The reader's highlights that mention it (any order). */
  highlights: readonly Highlight[];
  /** How many of each to include. */
  limit: number;
}

export function entityMemory({ entityId, recording, articles, articleCount, highlights, limit }: EntityMemoryInput): EntityMemory {
  const byReading = [...articles].sort((a, b) => b.lastRead - a.lastRead);
  const newest = [...highlights].sort((a, b) => b.createdAt - a.createdAt);
  return {
    entityId,
    recording,
    articleCount: articleCount ?? articles.length,
    articles: byReading.slice(0, limit).map((article) => summarizeArticle(article, entityId)),
    highlightCount: highlights.length,
    highlights: newest.slice(0, limit).map((highlight) => summarizeHighlight(highlight)),
  };
}

/**
 * A link to the highlighted passage itself: the article's URL with a text fragment
 * (`#:~:text=`), which Chromium and Firefox scroll to; browsers without it open the article.
 */
export function highlightLink(url: string, text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return url;
  // Text directives escape "-", "&" and "," besides what encodeURIComponent escapes.
  const encode = (part: string) => encodeURIComponent(part).replace(/-/g, '%2D');
  const directive = words.length <= 8 ? encode(words.join(' ')) : `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}`;
  return `${url.replace(/#.*$/, '')}#:~:text=${directive}`;
}
