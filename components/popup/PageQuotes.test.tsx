// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { PageReading } from '@/lib/reading/page';

const messaging = vi.hoisted(() => ({ sendToTab: vi.fn(), sendToBackground: vi.fn() }));
vi.mock('@/utils/messaging', () => messaging);

const { PageQuotes } = await import('./PageQuotes');

const reading = (quotes: PageReading['quotes']): PageReading => ({
  state: 'annotated',
  articleDate: { date: '2022-06-22', source: 'meta' },
  entities: [],
  records: {
    'kassym-jomart-tokayev': { id: 'kassym-jomart-tokayev', type: 'person', label: 'Kassym-Jomart Tokayev', description: '', wikipedia: 'x', source: 'x' },
  },
  relatedEvents: {},
  quotes,
});

let current: PageReading;
beforeEach(() => {
  current = reading([
    { index: 0, verdict: 'paraphrased', speaker: 'kassym-jomart-tokayev', text: 'If the right to self-determination is introduced worldwide, there will be more than 500 countries' },
    { index: 1, verdict: 'negation-missing', speaker: 'kassym-jomart-tokayev', text: 'That’s why we recognize Taiwan, Kosovo' },
  ]);
  messaging.sendToTab.mockImplementation(async (_tab: number, type: string) => {
    if (type === 'pageReading') return current;
    if (type === 'revealQuote') return { found: true };
    throw new Error(`unexpected ${type}`);
  });
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('PageQuotes', () => {
  it('lists each checked quotation with its verdict and speaker, as buttons that show it on the page', async () => {
    render(<PageQuotes tabId={7} />);
    const buttons = await screen.findAllByRole('button');
    // Verdict, speaker and words are blocks of the button, each ending in the punctuation a screen reader needs.
    expect(buttons.map((button) => [...button.children].map((part) => part.textContent))).toEqual([
      ['≈Paraphrased,', 'Kassym-Jomart Tokayev:', '“If the right to self-determination is introduced worldwide, there will be more…” (show on the page)'],
      ['!Differs: a negation is missing,', 'Kassym-Jomart Tokayev:', '“That’s why we recognize Taiwan, Kosovo” (show on the page)'],
    ]);
    // The symbol is decoration: the verdict is in words.
    expect(buttons[1]!.querySelector('[aria-hidden="true"]')?.textContent).toBe('!');
    expect(screen.getByRole('heading', { name: /Quotations checked against the record/ })).toBeTruthy();
    fireEvent.click(buttons[1]!);
    await waitFor(() => expect(messaging.sendToTab).toHaveBeenCalledWith(7, 'revealQuote', { index: 1 }));
  });

  it('opens on a page with a differing quotation, and stays folded to a tally when all are faithful', async () => {
    const { container, unmount } = render(<PageQuotes tabId={7} />);
    await screen.findAllByRole('button');
    expect(container.querySelector('details')?.open).toBe(true);
    expect(container.querySelector('.quote-tally')?.textContent).toBe('1 differ · 1 paraphrased');
    unmount();
    current = reading([{ index: 0, verdict: 'matches', speaker: 'kassym-jomart-tokayev', text: 'Indeed, we do not have any issues' }]);
    const folded = render(<PageQuotes tabId={7} />);
    await waitFor(() => expect(folded.container.querySelector('.quote-tally')?.textContent).toBe('1 match the record'));
    expect(folded.container.querySelector('details')?.open).toBe(false);
  });

  it('says so when the quotation has left the page', async () => {
    messaging.sendToTab.mockImplementation(async (_tab: number, type: string) => (type === 'pageReading' ? current : { found: false }));
    render(<PageQuotes tabId={7} />);
    fireEvent.click((await screen.findAllByRole('button'))[0]!);
    expect((await screen.findByRole('status')).textContent).toBe('That quotation is no longer on the page.');
  });

  it('shows nothing on a page without checked quotations', async () => {
    current = reading([]);
    const { container } = render(<PageQuotes tabId={7} />);
    await waitFor(() => expect(messaging.sendToTab).toHaveBeenCalled());
    expect(container.textContent).toBe('');
  });
});
