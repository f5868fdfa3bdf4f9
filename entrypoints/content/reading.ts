/**
 * Reading with context in the page: finds the article, has the background recognise its text,
 * marks the names, and shows hover cards. Also answers the popup (the page's entities, "show me
 * the next mention") and follows the pause settings.
 *
 * Decisions:
 * - Marks use the CSS Custom Highlight API (reading.css says why); the only element ever added to
 *   the page is the card's shadow host, and only while a card has been opened.
 * - Adjectives ("Kazakh") help the recognizer decide but are neither marked nor listed: underlining
 *   every demonym is noise, and a card must always come from a visible mark.
 * - Shortcut: Alt+Shift+N / Alt+Shift+P move to the next / previous name and open its card with
 *   focus in it (Alt+Shift+H belongs to highlights). Esc closes and returns focus.
 */
import './reading.css';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Handlers, PageStatus, TabProtocol } from '@/lib/messages';
import { extractArticleSteps, isArticleContent, type ExtractedArticle } from '@/lib/extract/article';
import { collectText } from '@/lib/extract/text';
import { isInsideSkipped, isSkipped } from '@/lib/extract/rules';
import { articleDate, type ArticleDate } from '@/lib/extract/date';
import { firstMarkFrom, liveMarks, marksFor, type Mark } from '@/lib/reading/marks';
import { summarizeMentions, type EntityRecord, type PageReading } from '@/lib/reading/page';
import { sendToBackground } from '@/utils/messaging';
import { isReadingPaused, readingSettings, siteOf, type ReadingSettings } from '@/utils/settings';
import { Aborted, runInSlices, whenVisible } from './reading-slices';
import { MarkLayer, highlightsSupported } from './reading-marks';
import { provideEntityLookup } from './highlight-entities';
import { CardHost } from './reading-card';
import { HoverController } from './reading-hover';
import { readingVisit } from './memory';
import { ArticleChecksLayer } from './reading-checks';

type ReadingTabMessages = Pick<TabProtocol, 'pageReading' | 'revealEntity' | 'revealQuote'>;

const SHORTCUT_HINT = 'Alt+Shift+N / Alt+Shift+P: next / previous name · Esc: close';
/** Let a burst of DOM changes settle before reading what was added. */
const MUTATION_SETTLE_MS = 400;
/** Added text worth another look for an article on a page that had none. */
const RETRY_MIN_ADDED_CHARS = 400;
const FLASH_MS = 1400;

/** One article (or a later one appended below it) and what was read from it. */
interface ReadArticle {
  extracted: Pick<ExtractedArticle, 'root' | 'parts'>;
  /** Text sent so far, passed again as context when more of this article arrives. */
  text: string;
}

class ReadingSession {
  private readonly layer = new MarkLayer();
  private readonly card: CardHost;
  /** Checked quotations and resolved role descriptions. */
  readonly checks: ArticleChecksLayer;
  private hover: HoverController | null = null;
  private work = new AbortController();
  private articles: ReadArticle[] = [];
  private readNodes = new WeakSet<Text>();
  private records: Record<string, EntityRecord> = {};
  private relatedEvents: Record<string, string[]> = {};
  private date: ArticleDate | null = null;
  private observer: MutationObserver | null = null;
  private queued: Node[] = [];
  private addedChars = 0;
  private settleTimer: number | null = null;
  private processing = false;
  private keyboardIndex = -1;
  private readonly revealCursor = new Map<string, number>();
  private flashTimer: number | null = null;
  private paused = true;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly status: PageStatus,
  ) {
    this.card = new CardHost(
      {
        onClose: () => this.closeCard(),
        onPointerEnter: () => this.hover?.onCardEnter(),
        onPointerLeave: () => this.hover?.onCardLeave(),
      },
      SHORTCUT_HINT,
    );
    ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => this.onKeyDown(event), { capture: true });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      this.status.url = location.href;
      this.status.title = document.title;
      if (!this.paused) this.restart();
    });
    ctx.onInvalidated(() => this.stop('paused'));
    // Highlights saved on this page record the entities they contain; paused reading has none.
    ctx.onInvalidated(provideEntityLookup((range) => this.layer.entitiesIn(range)));
    this.checks = new ArticleChecksLayer(ctx, (mark, focus) => {
      scrollToRange(mark.range);
      this.openCard(mark, { focus });
    });
  }

  /** Follows the pause settings: stops when paused, reads afresh when resumed. */
  apply(paused: boolean): void {
    if (paused === this.paused && this.status.state !== 'starting') return;
    this.paused = paused;
    if (paused) this.stop('paused');
    else this.restart();
  }

  // ——— lifecycle ———

  private restart(): void {
    this.stop('starting');
    void this.start();
  }

  private stop(state: PageStatus['state']): void {
    this.work.abort();
    this.work = new AbortController();
    this.observer?.disconnect();
    this.observer = null;
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.settleTimer = null;
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.flashTimer = null;
    this.hover = null;
    this.card.destroy();
    this.layer.clear();
    this.checks.clear();
    this.articles = [];
    this.readNodes = new WeakSet();
    this.records = {};
    this.relatedEvents = {};
    this.date = null;
    this.queued = [];
    this.addedChars = 0;
    this.processing = false;
    this.keyboardIndex = -1;
    this.revealCursor.clear();
    this.status.state = state;
  }

  private async start(): Promise<void> {
    const signal = this.work.signal;
    this.status.state = 'starting';
    if (!highlightsSupported() || !document.body) {
      this.status.state = 'not-article';
      return;
    }
    try {
      await whenVisible(this.ctx, signal);
      const layers = { hitTest: (x: number, y: number) => this.layer.hitTest(x, y) ?? this.checks.hitTest(x, y) };
      this.hover = new HoverController(this.ctx, layers, this.cardTarget(), signal);
      this.observe(signal);
      const article = await runInSlices(this.ctx, extractArticleSteps(document), signal);
      if (!article) {
        this.status.state = 'not-article';
        return;
      }
      this.date = articleDate(document, new Date(), article.root);
      await this.read({ extracted: article, text: '' }, article.text, article.segments, signal);
      this.status.state = 'annotated';
    } catch (error) {
      if (!(error instanceof Aborted) && !signal.aborted) {
        console.warn('Backstory could not read this page:', error);
        this.status.state = 'not-article';
      }
    }
  }

  /** Recognises `text` (new text of `article`) and marks what was found. */
  private async read(article: ReadArticle, text: string, segments: Parameters<typeof marksFor>[1], signal: AbortSignal): Promise<void> {
    if (!this.articles.includes(article)) this.articles.push(article);
    for (const segment of segments) this.readNodes.add(segment.node);
    const context = article.text;
    article.text = context ? `${context}\n\n${text}` : text;
    if (text.trim().length === 0) return;
    const prefix = context ? `${context}\n\n` : '';
    const reply = await sendToBackground('recognize', { text: prefix + text, from: prefix.length, day: this.date?.date, page: readingVisit(signal) });
    if (signal.aborted) throw new Aborted();
    Object.assign(this.records, reply.records);
    Object.assign(this.relatedEvents, reply.relatedEvents);
    const marks = await runInSlices(this.ctx, marksFor(document, segments, reply.mentions), signal);
    this.layer.add([...marks, ...this.checks.read(document, segments, reply)].filter((mark) => this.records[mark.entityId]));
  }

  // ——— content that arrives later ———

  private observe(signal: AbortSignal): void {
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (this.card.isHost(node)) continue;
          this.queued.push(node);
          this.addedChars += node.textContent?.length ?? 0;
        }
      }
      if (this.queued.length > 0) this.scheduleProcessing(signal);
    });
    this.observer.observe(document.body, { childList: true, subtree: true });
  }

  private scheduleProcessing(signal: AbortSignal): void {
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.settleTimer = this.ctx.setTimeout(() => {
      this.settleTimer = null;
      void this.processQueued(signal);
    }, MUTATION_SETTLE_MS);
  }

  private async processQueued(signal: AbortSignal): Promise<void> {
    if (this.processing || signal.aborted) return;
    this.processing = true;
    try {
      await whenVisible(this.ctx, signal);
      if (this.status.state === 'not-article' || this.articles.length === 0) {
        // A late-loading article body: look again once enough text has arrived.
        if (this.addedChars >= RETRY_MIN_ADDED_CHARS && this.status.state !== 'starting') {
          this.queued = [];
          this.addedChars = 0;
          this.restart();
        }
        return;
      }
      if (this.articles.some((article) => !article.extracted.root.isConnected)) {
        // The page replaced its article (a single-page app moved on): read it afresh.
        this.restart();
        return;
      }
      const nodes = this.takeQueued();
      await this.readAppended(nodes, signal);
    } catch (error) {
      if (!(error instanceof Aborted)) console.warn('Backstory could not read added content:', error);
    } finally {
      this.processing = false;
      if (this.queued.length > 0 && !signal.aborted) this.scheduleProcessing(signal);
    }
  }

  /** Added nodes still in the page, outermost only, in document order. */
  private takeQueued(): Node[] {
    const nodes = this.queued.filter((node) => node.isConnected);
    this.queued = [];
    this.addedChars = 0;
    const outermost = nodes.filter((node) => !nodes.some((other) => other !== node && other.contains(node)));
    return [...new Set(outermost)].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  private async readAppended(nodes: Node[], signal: AbortSignal): Promise<void> {
    this.layer.marks = liveMarks(this.layer.marks);
    for (const article of this.articles) {
      const inside = nodes.filter((node) => isArticleContent(article.extracted, node));
      if (inside.length === 0) continue;
      nodes = nodes.filter((node) => !inside.includes(node));
      const collected = await runInSlices(this.ctx, collectText(inside, { alreadyRead: (text) => this.readNodes.has(text) }), signal);
      await this.read(article, collected.text, collected.segments, signal);
    }
    // Outside every article: another story appended below (infinite scroll)?
    for (const node of nodes) {
      if (node.nodeType !== Node.ELEMENT_NODE || (node.textContent?.length ?? 0) < RETRY_MIN_ADDED_CHARS) continue;
      const element = node as Element;
      if (isSkipped(element) || isInsideSkipped(element, document.body)) continue;
      if (this.articles.some((article) => element.contains(article.extracted.root))) continue;
      const found = await runInSlices(this.ctx, extractArticleSteps(document, { scope: element }), signal);
      if (!found) continue;
      const collected = await runInSlices(
        this.ctx,
        collectText(found.parts ?? [found.root], { alreadyRead: (text) => this.readNodes.has(text) }),
        signal,
      );
      await this.read({ extracted: found, text: '' }, collected.text, collected.segments, signal);
    }
  }

  // ——— cards ———

  private cardTarget() {
    return {
      open: (mark: Mark, options: { focus: boolean; pointer?: { x: number; y: number } }) => this.openCard(mark, options),
      close: () => this.closeCard(),
      isOpen: () => this.card.openMark !== null,
      openMark: () => this.card.openMark,
      isOnCard: (event: Event) => this.card.isOnCard(event),
    };
  }

  private openCard(mark: Mark, options: { focus: boolean; pointer?: { x: number; y: number } }): void {
    const quoteCard = this.checks.cardFor(mark, this.records);
    const record = this.records[mark.entityId];
    if ((!record && !quoteCard) || !this.date) return;
    if (this.hover) this.hover.keyboardOpen = options.focus;
    this.layer.setActive(quoteCard ? null : mark);
    this.checks.setActive(mark);
    if (quoteCard) return this.card.show(mark, quoteCard, options);
    if (!record) return;
    this.card.show(
      mark,
      {
        record,
        articleDay: this.date.date,
        mentions: this.layer.marksOf(mark.entityId).length,
        related: (this.relatedEvents[mark.entityId] ?? []).flatMap((id) => (this.records[id] ? [this.records[id]] : [])),
        resolvedFrom: this.checks.resolvedFrom(mark),
      },
      options,
    );
  }

  private closeCard(): void {
    if (this.hover) this.hover.keyboardOpen = false;
    this.hover?.cancelTimers();
    this.layer.setActive(null);
    this.checks.setActive(null);
    this.card.hide();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.card.openMark) {
      this.closeCard();
      event.stopPropagation();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.code !== 'KeyN' && event.code !== 'KeyP') return;
    if (this.layer.marks.length === 0 || isTyping(event)) return;
    event.preventDefault();
    event.stopPropagation();
    this.moveThroughMarks(event.code === 'KeyN' ? 1 : -1);
  }

  private moveThroughMarks(direction: 1 | -1): void {
    const marks = this.layer.marks;
    let index: number;
    if (this.keyboardIndex < 0 || this.keyboardIndex >= marks.length) {
      // Start from what the reader is looking at: the first name at or below the top of the view.
      const start = caretNearViewportTop();
      index = start ? firstMarkFrom(marks, start.node, start.offset) : 0;
      if (direction < 0) index -= 1;
    } else {
      index = this.keyboardIndex + direction;
    }
    index = (index + marks.length) % marks.length;
    this.keyboardIndex = index;
    const mark = marks[index]!;
    scrollToRange(mark.range);
    this.openCard(mark, { focus: true });
  }

  // ——— popup ———

  report(): PageReading {
    const counts = summarizeMentions(this.layer.marks.map((mark) => ({ entityId: mark.entityId, text: mark.text })));
    return {
      state: this.status.state,
      articleDate: this.date,
      entities: counts,
      records: this.records,
      relatedEvents: this.relatedEvents,
      openCard: this.card.openMark ? { entityId: this.card.openMark.entityId, text: this.card.renderedText() ?? '', busy: this.card.isBusy() } : null,
      quotes: this.checks.summary(),
    };
  }

  reveal(entityId: string): { index: number; total: number } {
    const marks = this.layer.marksOf(entityId);
    if (marks.length === 0) return { index: -1, total: 0 };
    const index = ((this.revealCursor.get(entityId) ?? -1) + 1) % marks.length;
    this.revealCursor.set(entityId, index);
    const mark = marks[index]!;
    this.keyboardIndex = this.layer.marks.indexOf(mark);
    scrollToRange(mark.range);
    this.layer.flash(mark);
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.flashTimer = this.ctx.setTimeout(() => {
      this.flashTimer = null;
      this.layer.endFlash();
    }, FLASH_MS);
    return { index, total: marks.length };
  }
}

function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

function caretNearViewportTop(): { node: Node; offset: number } | null {
  const body = document.body;
  if (!body) return null;
  // The first text at the top of the view, found by probing down the middle of the page.
  for (let y = 4; y < Math.min(window.innerHeight, 400); y += 24) {
    const position = document.caretPositionFromPoint?.(window.innerWidth / 2, y);
    if (position) return { node: position.offsetNode, offset: position.offset };
  }
  return null;
}

function scrollToRange(range: Range): void {
  // Smooth only where the reader watches it happen (a hidden tab runs no animation frames).
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches || document.visibilityState !== 'visible';
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = range.getBoundingClientRect();
  if (rect.top < 64 || rect.bottom > window.innerHeight - 64) {
    window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: reduce ? 'instant' : 'smooth' });
  }
}

/**
 * Reads the pause setting before anything else: a paused page gets no session (no listeners, no
 * highlight layers) until reading is resumed.
 */
export function startReading(ctx: ContentScriptContext, status: PageStatus): { handlers: Handlers<ReadingTabMessages> } {
  let session: ReadingSession | null = null;
  const apply = (settings: ReadingSettings) => {
    const paused = isReadingPaused(settings, siteOf(location.href));
    if (paused && !session) {
      status.state = 'paused';
      return;
    }
    session ??= new ReadingSession(ctx, status);
    session.apply(paused);
  };
  ctx.onInvalidated(readingSettings.watch(apply));
  void readingSettings.getValue().then(apply);
  return {
    handlers: {
      pageReading: () => session?.report() ?? pausedReading(status),
      revealEntity: ({ entityId }) => session?.reveal(entityId) ?? { index: -1, total: 0 },
      revealQuote: ({ index }) => session?.checks.reveal(index) ?? { found: false },
    },
  };
}

/** What a page that has not been read (reading paused since it loaded) reports. */
function pausedReading(status: PageStatus): PageReading {
  return { state: status.state, articleDate: null, entities: [], records: {}, relatedEvents: {}, openCard: null, quotes: [] };
}
