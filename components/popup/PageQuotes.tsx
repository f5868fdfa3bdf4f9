/**
 * The page's checked quotations in the popup: verdict and speaker of each, in page order; a button
 * per quotation scrolls the page to it and opens its card. Nothing is shown on a page whose
 * quotations match no recorded statement.
 */
import { useState } from 'preact/hooks';
import { VERDICT_ICONS, VERDICT_LABELS, verdictTone } from '@/components/card/QuoteCard';
import type { QuoteOnPage } from '@/lib/reading/article-checks';
import type { PageReading } from '@/lib/reading/page';
import { sendToTab } from '@/utils/messaging';
import { usePageReading } from './usePageReading';
import './quotes.css';

const EXCERPT_WORDS = 12;

const TALLY_WORDS = { differs: 'differ', paraphrased: 'paraphrased', matches: 'match the record' } as const;

function excerpt(text: string): string {
  const words = text.split(/\s+/);
  return words.length > EXCERPT_WORDS ? `${words.slice(0, EXCERPT_WORDS).join(' ')}…` : text;
}

function QuoteItem({ quote, reading, onReveal }: { quote: QuoteOnPage; reading: PageReading; onReveal: (index: number) => void }) {
  const tone = verdictTone(quote.verdict);
  const speaker = reading.records[quote.speaker]?.label ?? quote.speaker;
  return (
    <li>
      <button type="button" class={`quote-item quote-${tone}`} onClick={() => onReveal(quote.index)}>
        <span class="quote-verdict">
          <span class="quote-icon" aria-hidden="true">
            {VERDICT_ICONS[tone]}
          </span>
          {VERDICT_LABELS[quote.verdict]}
          <span class="visually-hidden">,</span>
        </span>
        <span class="quote-speaker">
          {speaker}
          <span class="visually-hidden">:</span>
        </span>
        <span class="quote-excerpt">
          “{excerpt(quote.text)}”<span class="visually-hidden"> (show on the page)</span>
        </span>
      </button>
    </li>
  );
}

export function PageQuotes({ tabId }: { tabId: number }) {
  const { reading } = usePageReading(tabId);
  const [missing, setMissing] = useState(false);
  const quotes = reading?.quotes ?? [];
  if (!reading || quotes.length === 0) return null;
  const reveal = async (index: number) => {
    const shown = await sendToTab(tabId, 'revealQuote', { index }).catch(() => ({ found: false }));
    setMissing(!shown.found);
  };
  const tones = quotes.map((quote) => verdictTone(quote.verdict));
  const tally = (['differs', 'paraphrased', 'matches'] as const)
    .map((tone) => ({ tone, count: tones.filter((t) => t === tone).length }))
    .filter(({ count }) => count > 0)
    .map(({ tone, count }) => `${count} ${TALLY_WORDS[tone]}`)
    .join(' · ');
  return (
    <section class="page-quotes" aria-labelledby="page-quotes-title">
      {/* Collapsed while every quotation is faithful: the popup opens on what needs the reader. */}
      <details open={tones.includes('differs')}>
        <summary>
          <h2 id="page-quotes-title" class="section-title">
            Quotations checked against the record <span class="group-count">{quotes.length}</span>
          </h2>
          <span class="quote-tally">{tally}</span>
        </summary>
        <ul class="quote-list">
          {quotes.map((quote) => (
            <QuoteItem key={quote.index} quote={quote} reading={reading} onReveal={(index) => void reveal(index)} />
          ))}
        </ul>
      </details>
      {missing && (
        <p class="empty-state" role="status">
          That quotation is no longer on the page.
        </p>
      )}
    </section>
  );
}
