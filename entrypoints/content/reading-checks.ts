/**
 * Checked quotations and resolved role descriptions in the page. Quotations get marks of their
 * own (Custom Highlight API, names `backstory-quote*`, below the entity marks), found under the
 * pointer like entity marks and opened from the keyboard with Alt+Shift+Q. Role descriptions
 * become ordinary entity marks of the person they resolve to; this layer remembers which marks
 * they are, so their card can say how it was resolved.
 */
import './reading-checks.css';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { QuoteCardProps } from '@/components/card/QuoteCard';
import { verdictTone } from '@/components/card/QuoteCard';
import type { ResolvedRole } from '@/components/card/ResolvedFrom';
import type { PageQuote, PageRoleMention, QuoteOnPage } from '@/lib/reading/article-checks';
import { rangeOf, type TextSegment } from '@/lib/extract/text';
import { liveMarks, mergeMarks, pointInRects, type Mark } from '@/lib/reading/marks';
import type { EntityRecord, Recognition } from '@/lib/reading/page';
import { caretAt } from './caret';

export const QUOTE_HIGHLIGHTS = {
  matches: 'backstory-quote',
  paraphrased: 'backstory-quote-paraphrased',
  differs: 'backstory-quote-differs',
  active: 'backstory-quote-active',
} as const;

export const QUOTE_SHORTCUT_HINT = 'Alt+Shift+Q: next checked quotation · Esc: close';

type Tone = ReturnType<typeof verdictTone>;
const TONES: readonly Tone[] = ['matches', 'paraphrased', 'differs'];

/** A quotation's mark: the entity is its speaker. */
interface QuoteMark extends Mark {
  quote: PageQuote;
}

export class ArticleChecksLayer {
  private quotes: QuoteMark[] = [];
  private readonly roles = new WeakMap<Mark, PageRoleMention>();
  private readonly painted: Record<Tone, Highlight> = { matches: new Highlight(), paraphrased: new Highlight(), differs: new Highlight() };
  private readonly active = new Highlight();
  private cursor = -1;

  /** `show` scrolls to a mark and opens its card (with focus in it when asked from the keyboard). */
  constructor(
    ctx: ContentScriptContext,
    private readonly show: (mark: Mark, focus: boolean) => void,
  ) {
    // Below the entity marks (-1), so a name inside a quotation keeps its own underline on top.
    for (const highlight of Object.values(this.painted)) highlight.priority = -2;
    this.active.priority = 0;
    ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => this.onKeyDown(event), { capture: true });
  }

  /**
   * Paints the reply's checked quotations and returns marks for its role descriptions, to be
   * added to the entity marks. Offsets are into the text collected as `segments`.
   */
  read(doc: Document, segments: readonly TextSegment[], reply: Recognition): Mark[] {
    const quotes: QuoteMark[] = [];
    for (const quote of reply.quotes ?? []) {
      const range = rangeOf(doc, segments, quote.span.start, quote.span.end);
      if (!range || range.collapsed) continue;
      quotes.push({ range, entityId: quote.speaker, text: range.toString(), quote });
      this.painted[verdictTone(quote.verdict)].add(range);
    }
    if (quotes.length > 0) {
      this.quotes = mergeMarks(liveMarks(this.quotes), quotes) as QuoteMark[];
      for (const tone of TONES) if (this.painted[tone].size > 0) CSS.highlights.set(QUOTE_HIGHLIGHTS[tone], this.painted[tone]);
    }
    const roleMarks: Mark[] = [];
    for (const mention of reply.roleMentions ?? []) {
      const range = rangeOf(doc, segments, mention.start, mention.end);
      if (!range || range.collapsed) continue;
      const mark: Mark = { range, entityId: mention.entityId, text: range.toString() };
      this.roles.set(mark, mention);
      roleMarks.push(mark);
    }
    return roleMarks;
  }

  /** The quotation mark under a viewport point, if the point is on its glyphs. */
  hitTest(x: number, y: number): Mark | null {
    if (this.quotes.length === 0) return null;
    const caret = caretAt(x, y);
    if (!caret) return null;
    const mark = this.quotes.find((candidate) => {
      try {
        return candidate.range.comparePoint(caret.node, caret.offset) === 0;
      } catch {
        return false;
      }
    });
    return mark && pointInRects(mark.range.getClientRects(), x, y) ? mark : null;
  }

  /** The quote card's content for a quotation mark; null for any other mark. */
  cardFor(mark: Mark, records: Readonly<Record<string, EntityRecord>>): { quote: QuoteCardProps; shortcutHint: string } | null {
    const quote = (mark as Partial<QuoteMark>).quote;
    if (!quote || !this.quotes.includes(mark as QuoteMark)) return null;
    const speaker = records[quote.speaker];
    const event = quote.event === undefined ? undefined : records[quote.event];
    return { quote: { quote, ...(speaker ? { speaker } : {}), ...(event ? { event } : {}) }, shortcutHint: QUOTE_SHORTCUT_HINT };
  }

  /** How a role-description mark was resolved; undefined for a name. */
  resolvedFrom(mark: Mark): ResolvedRole | undefined {
    const mention = this.roles.get(mark);
    return mention && { description: mention.description, tense: mention.tense, office: mention.role.title };
  }

  setActive(mark: Mark | null): void {
    this.active.clear();
    if (mark && this.quotes.includes(mark as QuoteMark)) {
      this.active.add(mark.range);
      CSS.highlights.set(QUOTE_HIGHLIGHTS.active, this.active);
    } else {
      CSS.highlights.delete(QUOTE_HIGHLIGHTS.active);
    }
  }

  /** The page's checked quotations, for the popup. */
  summary(): QuoteOnPage[] {
    return this.quotes.map((mark, index) => ({ index, verdict: mark.quote.verdict, speaker: mark.quote.speaker, text: mark.text }));
  }

  /** Scrolls to the `index`th checked quotation and opens its card. */
  reveal(index: number): { found: boolean } {
    const mark = this.quotes[index];
    if (!mark || !mark.range.startContainer.isConnected) return { found: false };
    this.cursor = index;
    this.show(mark, false);
    return { found: true };
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code !== 'KeyQ') return;
    if (this.quotes.length === 0 || isTyping(event)) return;
    event.preventDefault();
    event.stopPropagation();
    this.cursor = (this.cursor + 1) % this.quotes.length;
    this.show(this.quotes[this.cursor]!, true);
  }

  /** Unpaints everything. */
  clear(): void {
    for (const name of Object.values(QUOTE_HIGHLIGHTS)) CSS.highlights.delete(name);
    for (const highlight of [...Object.values(this.painted), this.active]) highlight.clear();
    this.quotes = [];
    this.cursor = -1;
  }
}

function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}
