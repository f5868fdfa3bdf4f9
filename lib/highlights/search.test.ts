import { describe, expect, it } from 'vitest';
import { facetsOf, groupByPage, searchHighlights } from './search';
import type { Highlight } from './record';
import { draft } from './testing';

let n = 0;
function record(overrides: Partial<Highlight> = {}): Highlight {
  n++;
  return { ...draft(overrides), id: `id-${n}`, createdAt: n * 1000, updatedAt: n * 1000, ...overrides };
}

describe('searchHighlights', () => {
  const tokayev = record({ text: 'Kassym-Jomart Tokayev refused to recognise the republics', tags: ['Kazakhstan'], colour: 'blue', entityIds: ['kassym-jomart-tokayev'] });
  const noted = record({ text: 'the forum in St Petersburg', note: 'An émigré’s view of the “forum”', url: 'https://www.other.test/a' });
  const titled = record({ text: 'unrelated words', title: 'Tokayev speaks' });
  const all = [tokayev, noted, titled];

  it('finds words in the quote, the note, the tags and the title, by word prefix and ignoring accents and case', () => {
    expect(searchHighlights(all, 'tokay').map((r) => r.id)).toEqual([tokayev.id, titled.id]);
    expect(searchHighlights(all, 'EMIGRE').map((r) => r.id)).toEqual([noted.id]);
    expect(searchHighlights(all, 'kazakh').map((r) => r.id)).toEqual([tokayev.id]);
    expect(searchHighlights(all, 'forum emigre').map((r) => r.id)).toEqual([noted.id]);
    expect(searchHighlights(all, 'forum nowhere')).toEqual([]);
  });

  it('returns everything newest first without a query', () => {
    expect(searchHighlights(all, '  ').map((r) => r.id)).toEqual([titled.id, noted.id, tokayev.id]);
  });

  it('filters by site, tag, colour, entity and date', () => {
    expect(searchHighlights(all, '', { site: 'other.test' })).toEqual([noted]);
    expect(searchHighlights(all, '', { tag: 'kazakhstan' })).toEqual([tokayev]);
    expect(searchHighlights(all, '', { colour: 'blue' })).toEqual([tokayev]);
    expect(searchHighlights(all, '', { entityId: 'kassym-jomart-tokayev' })).toEqual([tokayev]);
    expect(searchHighlights(all, '', { from: noted.createdAt, to: titled.createdAt })).toEqual([noted]);
  });

  it('finds every match among ten thousand highlights (its speed is measured by npm run bench)', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => record({ text: `passage ${i} about the economy and gas prices in region ${i % 97}`, note: i % 10 ? '' : 'pipeline note' }));
    const found = searchHighlights(many, 'pipeline gas');
    expect(found).toHaveLength(1000);
    expect(found.every((highlight) => highlight.note === 'pipeline note')).toBe(true);
  });
});

describe('facetsOf and groupByPage', () => {
  it('counts sites, tags, colours and entities', () => {
    const records = [record({ tags: ['a', 'b'] }), record({ tags: ['a'], colour: 'pink', url: 'https://x.test/1' })];
    const facets = facetsOf(records);
    expect(facets.tags).toEqual([{ value: 'a', count: 2 }, { value: 'b', count: 1 }]);
    expect(facets.sites).toEqual([{ value: 'example-news.test', count: 1 }, { value: 'x.test', count: 1 }]);
    expect(facets.colours.map((f) => f.value).sort()).toEqual(['pink', 'yellow']);
  });

  it('groups by page in first-seen order, each page in reading order', () => {
    const late = record({ selectors: { quote: { type: 'TextQuoteSelector', exact: 'b', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 900, end: 901 } } });
    const early = record({ selectors: { quote: { type: 'TextQuoteSelector', exact: 'a', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 10, end: 11 } } });
    const elsewhere = record({ url: 'https://x.test/2', title: 'Elsewhere' });
    const groups = groupByPage([elsewhere, late, early]);
    expect(groups.map((g) => g.url)).toEqual(['https://x.test/2', 'https://example-news.test/story']);
    expect(groups[1]!.highlights.map((h) => h.id)).toEqual([early.id, late.id]);
  });
});
