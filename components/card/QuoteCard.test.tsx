// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import type { PageQuote } from '@/lib/reading/article-checks';
import type { EntityRecord } from '@/lib/reading/page';
import { QuoteCard, QuoteHoverCard } from './QuoteCard';
import { EntityCard } from './EntityCard';

afterEach(cleanup);

const tokayev: EntityRecord = {
  id: 'kassym-jomart-tokayev',
  type: 'person',
  label: 'Kassym-Jomart Tokayev',
  description: 'President of Kazakhstan.',
  wikipedia: 'Kassym-Jomart_Tokayev',
  source: 'https://en.wikipedia.org/wiki/Kassym-Jomart_Tokayev',
  roles: [{ title: 'President of Kazakhstan', of: 'kazakhstan', start: '2019-03-20' }],
};
const forum: EntityRecord = { id: 'spief-2022', type: 'event', label: 'SPIEF 2022', description: 'A forum.', wikipedia: 'SPIEF', source: 'https://example.test/' };

const misquote: PageQuote = {
  quotation: { start: 0, end: 60, closed: true },
  span: { start: 0, end: 60 },
  statementId: 'tokayev-non-recognition',
  speaker: 'kassym-jomart-tokayev',
  date: '2022-06-17',
  event: 'spief-2022',
  verdict: 'negation-missing',
  similarity: 0.8,
  wording: { text: 'For this reason, we do not recognise Taiwan, Kosovo…', source: { publisher: 'Test wire', kind: 'wire', url: 'https://example.test/wire' }, reference: true },
  diff: [
    { op: 'changed', quote: { start: 0, end: 11, text: 'That’s why' }, record: 'For this reason' },
    { op: 'same', quote: { start: 12, end: 14, text: 'we' }, record: 'we' },
    { op: 'removed', record: 'do not', negation: true },
    { op: 'same', quote: { start: 15, end: 40, text: 'recognise Taiwan, Kosovo' }, record: 'recognise Taiwan, Kosovo' },
    { op: 'editorial', quote: { start: 41, end: 50, text: '[regions]' } },
    { op: 'omitted', record: 'or Abkhazia' },
    { op: 'added', quote: { start: 51, end: 56, text: 'today' } },
  ],
};

describe('QuoteCard', () => {
  it('names the verdict, the speaker, the date, the event and the source, whose link opens only on click', () => {
    render(<QuoteCard quote={misquote} speaker={tokayev} event={forum} />);
    expect(screen.getByRole('heading').textContent).toContain('Differs: a negation is missing');
    expect(screen.getByText('Kassym-Jomart Tokayev, 17 June 2022 · SPIEF 2022')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Test wire' });
    expect(link.getAttribute('href')).toBe('https://example.test/wire');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noreferrer');
    expect(document.querySelector('link, img, iframe, script')).toBeNull();
  });

  it('shows the record’s caveat for the reader, and nothing when it has none', () => {
    render(<QuoteCard quote={{ ...misquote, caveat: 'Attribution disputed: the post was deleted.' }} speaker={tokayev} />);
    expect(screen.getByText('Attribution disputed: the post was deleted.')).toBeTruthy();
    cleanup();
    render(<QuoteCard quote={misquote} speaker={tokayev} />);
    expect(document.querySelector('.bs-quote-caveat')).toBeNull();
  });

  it('tells every difference in words, not by style alone', () => {
    render(<QuoteCard quote={misquote} speaker={tokayev} />);
    const words = document.querySelector('.bs-quote-words')!;
    const removed = words.querySelector('del.bs-negation')!;
    expect(removed.textContent).toBe('[negation not in the article: do not]');
    expect(words.querySelector('ins.bs-ins')?.textContent).toBe('[the article says: That’s why]');
    expect(words.querySelector('del.bs-del')?.textContent).toBe('[the record says: For this reason]');
    expect(words.textContent).toContain('[regions] (the article’s own insertion)');
    expect(words.textContent).toContain('… (left out at an ellipsis: or Abkhazia)');
    expect(words.textContent).toContain('[added by the article: today]');
    // The explanations are visually hidden, the words themselves are not.
    for (const hidden of words.querySelectorAll('.bs-sr')) expect(hidden.textContent).toMatch(/^\[|\]$|^ \(|^…? ?\(/);
  });

  it('shows no legend when the quotation reproduces the record', () => {
    const faithful: PageQuote = { ...misquote, verdict: 'matches', diff: [{ op: 'same', quote: { start: 0, end: 2, text: 'we' }, record: 'we' }] };
    render(<QuoteCard quote={faithful} speaker={tokayev} />);
    expect(screen.getByRole('heading').textContent).toContain('Matches the record');
    expect(document.querySelector('.bs-quote-legend')).toBeNull();
  });

  it('is a labelled, non-modal dialog in the page', () => {
    render(<QuoteHoverCard quote={misquote} speaker={tokayev} onClose={() => undefined} shortcutHint="Alt+Shift+Q" />);
    const dialog = screen.getByRole('dialog', { name: /Differs: a negation is missing/ });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(screen.getByRole('button', { name: 'Close card' })).toBeTruthy();
  });
});

describe('EntityCard opened from a role description', () => {
  it('says it was resolved from the description at the article’s date, with the office as of that date', () => {
    render(
      <EntityCard
        record={tokayev}
        articleDay="2022-06-23"
        mentions={2}
        related={[]}
        resolvedFrom={{ description: 'Kazakh leader', tense: 'current', office: 'President of Kazakhstan' }}
      />,
    );
    expect(screen.getByText(/^President of Kazakhstan since 2019/).textContent).toBe('President of Kazakhstan since 2019 (as of 23 June 2022)');
    expect(screen.getByText(/^Resolved from/).textContent).toBe(
      'Resolved from “Kazakh leader”: the President of Kazakhstan on 23 June 2022, the article’s date.',
    );
  });

  it('words a former office and a first holder as such', () => {
    const { rerender } = render(
      <EntityCard record={tokayev} articleDay="2022-06-23" mentions={1} related={[]} resolvedFrom={{ description: 'former Kazakh foreign minister', tense: 'former', office: 'Minister of Foreign Affairs of Kazakhstan' }} />,
    );
    expect(screen.getByText(/^Resolved from/).textContent).toBe(
      'Resolved from “former Kazakh foreign minister”: a former Minister of Foreign Affairs of Kazakhstan as of 23 June 2022, the article’s date.',
    );
    rerender(<EntityCard record={tokayev} articleDay="2022-06-23" mentions={1} related={[]} resolvedFrom={{ description: 'Kazakhstan’s first president', tense: 'first', office: 'President of Kazakhstan' }} />);
    expect(screen.getByText(/^Resolved from/).textContent).toBe('Resolved from “Kazakhstan’s first president”: the first President of Kazakhstan.');
  });

  it('shows a former office as former, and no resolution line for a name', () => {
    const nazarbayev: EntityRecord = { ...tokayev, id: 'nazarbayev', label: 'Nursultan Nazarbayev', roles: [{ title: 'President of Kazakhstan', start: '1990-04-24', end: '2019-03-20' }] };
    render(<EntityCard record={nazarbayev} articleDay="2022-06-23" mentions={1} related={[]} />);
    expect(screen.getByText(/^Former President of Kazakhstan/).textContent).toBe('Former President of Kazakhstan (1990–2019) (as of 23 June 2022)');
    expect(screen.queryByText(/^Resolved from/)).toBeNull();
  });
});
