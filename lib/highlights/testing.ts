/** Builders shared by the highlights tests (not shipped: only tests import this file). */
import type { HighlightDraft } from './record';

let counter = 0;

export function draft(overrides: Partial<HighlightDraft> = {}): HighlightDraft {
  counter++;
  const text = overrides.text ?? `passage number ${counter} of the article`;
  return {
    url: 'https://example-news.test/story',
    title: 'A story',
    published: '2022-06-25T09:30:00+00:00',
    author: null,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: text, prefix: 'before ', suffix: ' after' },
      position: { type: 'TextPositionSelector', start: counter * 100, end: counter * 100 + text.length },
    },
    text,
    note: '',
    colour: 'yellow',
    tags: [],
    entityIds: [],
    ...overrides,
  };
}
