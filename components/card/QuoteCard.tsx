/**
 * The card of a checked quotation: who said it, when and where, the verdict, the source of the
 * recorded wording, and the word-level difference between the article's words and the record.
 * Differences are told in words as well as styles (screen readers hear "not in the article:"),
 * never by colour alone.
 */
import { Fragment } from 'preact';
import { CardFrame, type CardFrameEvents } from './CardFrame';
import type { DiffPart, QuoteVerdict } from '@/lib/quotes';
import type { PageQuote } from '@/lib/reading/article-checks';
import type { EntityRecord } from '@/lib/reading/page';
import { formatDate } from '@/lib/reading/dates';

export const VERDICT_LABELS: Record<QuoteVerdict, string> = {
  matches: 'Matches the record',
  paraphrased: 'Paraphrased',
  'negation-missing': 'Differs: a negation is missing',
  'negation-added': 'Differs: a negation was added',
};

/** The look of a verdict: differences that change the meaning stand out, the rest stay quiet. */
export function verdictTone(verdict: QuoteVerdict): 'matches' | 'paraphrased' | 'differs' {
  return verdict === 'matches' || verdict === 'paraphrased' ? verdict : 'differs';
}

export const VERDICT_ICONS = { matches: '✓', paraphrased: '≈', differs: '!' } as const;

const SOURCE_KINDS: Record<PageQuote['wording']['source']['kind'], string> = {
  primary: 'primary source',
  wire: 'news agency',
  outlet: 'publication',
};

export interface QuoteCardProps {
  quote: PageQuote;
  speaker?: EntityRecord;
  event?: EntityRecord;
  labelId?: string;
  descriptionId?: string;
}

/** Text only screen readers hear: what a style means. */
const Spoken = ({ children }: { children: string }) => <span class="bs-sr">{children}</span>;

function DiffWords({ part }: { part: DiffPart }) {
  const quote = part.quote?.text ?? '';
  const record = part.record ?? '';
  const negation = part.negation ? ' bs-negation' : '';
  switch (part.op) {
    case 'same':
      return <span>{quote}</span>;
    case 'editorial':
      return (
        <span class="bs-editorial">
          {quote}
          <Spoken> (the article’s own insertion)</Spoken>
        </span>
      );
    case 'omitted':
      return (
        <span class="bs-omitted">
          …<Spoken>{` (left out at an ellipsis: ${record})`}</Spoken>
        </span>
      );
    case 'removed':
      return (
        <del class={`bs-del${negation}`}>
          <Spoken>{part.negation ? '[negation not in the article: ' : '[not in the article: '}</Spoken>
          {record}
          <Spoken>]</Spoken>
        </del>
      );
    case 'added':
      return (
        <ins class={`bs-ins${negation}`}>
          <Spoken>{part.negation ? '[negation added by the article: ' : '[added by the article: '}</Spoken>
          {quote}
          <Spoken>]</Spoken>
        </ins>
      );
    case 'changed':
      return (
        <span class={`bs-changed${negation}`}>
          <del class="bs-del">
            <Spoken>[the record says: </Spoken>
            {record}
            <Spoken>]</Spoken>
          </del>{' '}
          <ins class="bs-ins">
            <Spoken>[the article says: </Spoken>
            {quote}
            <Spoken>]</Spoken>
          </ins>
        </span>
      );
  }
}

export function QuoteDiff({ diff }: { diff: readonly DiffPart[] }) {
  const differs = diff.some((part) => part.op !== 'same' && part.op !== 'editorial' && part.op !== 'omitted');
  return (
    <div class="bs-quote-diff">
      <p class="bs-quote-diff-title">The article’s words against the record</p>
      <p class="bs-quote-words">
        {diff.map((part, index) => (
          <Fragment key={index}>
            {index > 0 && ' '}
            <DiffWords part={part} />
          </Fragment>
        ))}
      </p>
      {differs && (
        <p class="bs-quote-legend" aria-hidden="true">
          <del class="bs-del">struck out</del>: only in the record · <ins class="bs-ins">underlined</ins>: only in the article
        </p>
      )}
    </div>
  );
}

export function QuoteCard({ quote, speaker, event, labelId, descriptionId }: QuoteCardProps) {
  const tone = verdictTone(quote.verdict);
  const { source } = quote.wording;
  return (
    <div class="bs-card-content bs-quote-card">
      <p class="bs-type">Quotation checked against the record</p>
      <h2 class={`bs-label bs-verdict bs-verdict-${tone}`} id={labelId}>
        <span class="bs-verdict-icon" aria-hidden="true">
          {VERDICT_ICONS[tone]}
        </span>
        {VERDICT_LABELS[quote.verdict]}
      </h2>
      <p class="bs-quote-who" id={descriptionId}>
        {speaker?.label ?? quote.speaker}, {formatDate(quote.date)}
        {event && ` · ${event.label}`}
      </p>
      <QuoteDiff diff={quote.diff} />
      {quote.caveat && <p class="bs-quote-caveat">{quote.caveat}</p>}
      <p class="bs-footer">
        <span>
          Recorded by{' '}
          <a class="bs-source" href={source.url} target="_blank" rel="noopener noreferrer">
            {source.publisher}
          </a>{' '}
          ({SOURCE_KINDS[source.kind]})
        </span>
      </p>
    </div>
  );
}

export interface QuoteHoverCardProps extends QuoteCardProps, CardFrameEvents {}

/** The quote card beside a quotation in the page, in the same frame as the entity card. */
export function QuoteHoverCard({ onClose, onPointerEnter, onPointerLeave, shortcutHint, cardRef, ...card }: QuoteHoverCardProps) {
  return (
    <CardFrame {...{ onClose, onPointerEnter, onPointerLeave, shortcutHint, cardRef }} labelId="bs-quote-label" descriptionId="bs-quote-who">
      <QuoteCard {...card} labelId="bs-quote-label" descriptionId="bs-quote-who" />
    </CardFrame>
  );
}
