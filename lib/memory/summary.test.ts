import { describe, expect, it } from 'vitest';
import type { Highlight } from '../highlights/record';
import { draft } from '../highlights/testing';
import { mergeVisit, countMentions, type RememberedArticle } from './record';
import { entityMemory, highlightLink, shorten } from './summary';
import { memoryLine } from './line';

function article(path: string, lastRead: number, ids: string[]): RememberedArticle {
  return mergeVisit(undefined, { url: `https://news.test/${path}`, title: `Story ${path}`, published: null, session: path }, countMentions(ids.map((entityId) => ({ entityId }))), lastRead)!;
}

const highlight = (text: string, createdAt: number): Highlight => ({ ...draft({ text, entityIds: ['tokayev'] }), id: text, createdAt, updatedAt: createdAt });

describe('entityMemory', () => {
  it('lists the articles last read first with the times each named the entity, and the newest highlights', () => {
    const memory = entityMemory({
      entityId: 'tokayev',
      recording: true,
      articles: [article('old', 1000, ['tokayev']), article('new', 3000, ['tokayev', 'tokayev', 'putin']), article('mid', 2000, ['tokayev'])],
      highlights: [highlight('first passage', 10), highlight('later passage', 20)],
      limit: 2,
    });
    expect(memory.articleCount).toBe(3);
    expect(memory.articles.map((entry) => [entry.title, entry.mentions, entry.site])).toEqual([
      ['Story new', 2, 'news.test'],
      ['Story mid', 1, 'news.test'],
    ]);
    expect(memory.highlightCount).toBe(2);
    expect(memory.highlights.map((entry) => entry.text)).toEqual(['later passage', 'first passage']);
  });
});

describe('memoryLine', () => {
  const articles = (...urls: string[]) => urls.map((url) => ({ url }));
  it('counts the articles read, this one included', () => {
    expect(memoryLine({ articleCount: 4, articles: articles('https://a.test/1') as never, highlightCount: 0 }, 'https://a.test/1')).toBe('In 4 articles you read');
    expect(memoryLine({ articleCount: 1, articles: articles('https://a.test/2') as never, highlightCount: 0 }, 'https://a.test/1')).toBe('In 1 article you read');
  });

  it('says nothing when the only article is the one being read, unless there are highlights', () => {
    expect(memoryLine({ articleCount: 1, articles: articles('https://a.test/1') as never, highlightCount: 0 }, 'https://a.test/1')).toBeNull();
    expect(memoryLine({ articleCount: 0, articles: [], highlightCount: 0 }, null)).toBeNull();
    expect(memoryLine({ articleCount: 1, articles: articles('https://a.test/1') as never, highlightCount: 1 }, 'https://a.test/1')).toBe('1 of your highlights');
    expect(memoryLine({ articleCount: 2, articles: articles('https://a.test/1') as never, highlightCount: 3 }, 'https://a.test/1')).toBe('In 2 articles you read · 3 of your highlights');
  });
});

describe('highlightLink', () => {
  it('points at the passage with a text fragment, escaping what the directive reserves', () => {
    expect(highlightLink('https://a.test/story#top', 'Kassym-Jomart Tokayev, on stage')).toBe('https://a.test/story#:~:text=Kassym%2DJomart%20Tokayev%2C%20on%20stage');
  });

  it('names a long passage by its first and last words', () => {
    const link = highlightLink('https://a.test/s', 'one two three four five six seven eight nine ten');
    expect(decodeURIComponent(link.split('#:~:text=')[1]!)).toBe('one two three four,seven eight nine ten');
  });
});

describe('shorten', () => {
  it('cuts at a word near the limit with an ellipsis, and leaves short text alone', () => {
    expect(shorten('short text', 40)).toBe('short text');
    const cut = shorten('The president said the republics were quasi-state territories and would not be recognised', 40);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect('The president said the republics were quasi-state'.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
