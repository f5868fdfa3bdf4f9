/**
 * Highlights in the page: the selection bar, saving through the background, painting saved
 * highlights and restoring them on load and after SPA navigation. Answers the popup (this page's
 * highlights, "show me this one") and the background (context menu, keyboard command, changes
 * made elsewhere).
 *
 * Decisions:
 * - Nothing is written into the page's DOM but the bar's host element, whose shadow root is
 *   closed; highlights are painted with the CSS Custom Highlight API. Notes are typed in the note
 *   editor, an extension page framed in that shadow root, which saves them through the background:
 *   this script only says what the note is about and hears "saved" or "cancelled".
 * - A new selection shows the bar without taking focus (reading continues undisturbed); clicking a
 *   painted highlight opens it for editing with focus in the bar.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Handlers, TabProtocol } from '@/lib/messages';
import { describe, type HighlightSelectors } from '@/lib/anchoring';
import { DEFAULT_COLOUR, type ColourName } from '@/lib/highlights/colours';
import type { Highlight, HighlightDraft, HighlightPatch } from '@/lib/highlights/record';
import { sendToBackground } from '@/utils/messaging';
import './highlight.css';
import { HighlightBarHost } from './highlight-bar';
import { entitiesInRange } from './highlight-entities';
import { currentPageInfo, currentPageUrl } from './highlight-page';
import { HighlightPainter } from './highlight-paint';
import { PageHighlightSet } from './highlight-restore';
import { caretAt } from './caret';

type HighlightTabMessages = Pick<
  TabProtocol,
  'highlightSelection' | 'pageHighlights' | 'revealHighlight' | 'highlightsChanged' | 'noteEditorTarget' | 'noteEditorClosed'
>;

const PREVIEW_ID = '\u0000preview';
const SELECTION_SETTLE_MS = 250;
const NAVIGATION_SETTLE_MS = 300;
const UNDO_OFFER_MS = 8000;
const LOAD_RETRY_MS = [200, 500, 1000, 2000, 4000];
const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

function pointOnRange(range: Range, x: number, y: number): boolean {
  return [...range.getClientRects()].some((rect) => x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

class HighlightSession {
  private readonly painter: HighlightPainter;
  private readonly bar: HighlightBarHost;
  private readonly set: PageHighlightSet;
  private colour: ColourName = DEFAULT_COLOUR;
  private pointerDown = false;
  private selectionTimer: number | null = null;

  constructor(private readonly ctx: ContentScriptContext) {
    this.painter = new HighlightPainter(ctx);
    this.bar = new HighlightBarHost(ctx);
    this.set = new PageHighlightSet(ctx, this.painter, (node) => this.bar.contains(node));
    ctx.onInvalidated(() => this.painter.dispose());

    ctx.addEventListener(document, 'pointerdown', (event: PointerEvent) => this.onPointerDown(event), { capture: true });
    ctx.addEventListener(document, 'pointerup', (event: PointerEvent) => this.onPointerUp(event), { capture: true });
    ctx.addEventListener(document, 'selectionchange', () => this.onSelectionChange());
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => void this.onNavigation(), NAVIGATION_SETTLE_MS);
    });
    void this.loadPage();
  }

  readonly handlers: Handlers<HighlightTabMessages> = {
    highlightSelection: async ({ colour }) => {
      const selection = this.currentSelection();
      if (!selection) return { saved: false };
      const saved = await this.saveNew(selection.range, selection.selectors, colour ?? this.colour);
      return { saved };
    },
    pageHighlights: () => this.set.state(),
    revealHighlight: ({ id }) => ({ found: this.reveal(id) }),
    highlightsChanged: async ({ urls }) => {
      if (!Array.isArray(urls) || !urls.includes(this.set.url)) return { reloaded: false };
      await this.refresh();
      return { reloaded: true };
    },
    noteEditorTarget: () => this.bar.noteEditorTarget(),
    noteEditorClosed: (closed) => ({ closed: this.bar.noteEditorClosed(closed) }),
  };

  // ——— loading ———

  private async loadPage(attempt = 0): Promise<void> {
    const url = currentPageUrl();
    try {
      this.set.load(url, await sendToBackground('highlightsForPage', { url }));
    } catch (error) {
      // The background may still be starting (browser start, extension update): try again.
      if (attempt < LOAD_RETRY_MS.length) {
        this.ctx.setTimeout(() => void this.loadPage(attempt + 1), LOAD_RETRY_MS[attempt]);
      } else {
        console.warn('Backstory could not load this page’s highlights:', error);
      }
    }
  }

  private async refresh(): Promise<void> {
    this.set.sync(await sendToBackground('highlightsForPage', { url: this.set.url }));
  }

  private async onNavigation(): Promise<void> {
    if (currentPageUrl() === this.set.url) return;
    this.bar.close();
    await this.loadPage();
  }

  // ——— selection ———

  /** The page's selection, if it is text the reader could highlight. */
  private currentSelection(): { range: Range; selectors: HighlightSelectors } | null {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !document.body) return null;
    const range = selection.getRangeAt(0);
    const element = elementOf(range.commonAncestorContainer);
    if (!element || this.bar.contains(element) || element.closest(EDITABLE) || !document.body.contains(element)) return null;
    const selectors = describe(document.body, range);
    return selectors ? { range: range.cloneRange(), selectors } : null;
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.bar.contains(event.target as Node)) return;
    this.pointerDown = true;
    // A click elsewhere dismisses the bar, unless the reader is writing a note in it.
    if (this.bar.isOpen && !this.bar.isEditingNote) this.closeBar();
  }

  private onPointerUp(event: PointerEvent): void {
    this.pointerDown = false;
    if (this.bar.contains(event.target as Node)) return;
    // Let the browser finish updating the selection first.
    this.ctx.setTimeout(() => {
      if (this.offerSelection()) return;
      if (event.button === 0 && !this.bar.isOpen) this.offerEdit(event.clientX, event.clientY);
    }, 0);
  }

  private onSelectionChange(): void {
    // Mouse selections are handled on release; this catches keyboard and programmatic ones.
    if (this.pointerDown || this.bar.hasFocus) return;
    if (this.selectionTimer !== null) clearTimeout(this.selectionTimer);
    this.selectionTimer = this.ctx.setTimeout(() => {
      this.selectionTimer = null;
      if (!this.offerSelection() && this.bar.mode === 'new' && !this.bar.isEditingNote) this.closeBar();
    }, SELECTION_SETTLE_MS);
  }

  /** Shows the bar for the current selection; false when there is none. */
  private offerSelection(): boolean {
    // A note being written is never replaced by a selection made meanwhile.
    if (this.bar.isEditingNote) return false;
    const selection = this.currentSelection();
    if (!selection) return false;
    this.openNewBar(selection.range, selection.selectors);
    return true;
  }

  private openNewBar(range: Range, selectors: HighlightSelectors): void {
    this.bar.open(
      { mode: 'new', range, colour: this.colour, hasNote: false },
      {
        onHighlight: async (colour) => {
          if (await this.saveNew(range, selectors, colour)) this.closeBar();
        },
        onColour: (colour) => {
          this.colour = colour;
          this.painter.paint(PREVIEW_ID, range, colour);
        },
        onClose: () => this.closeBar(),
        // The note and tags are added by the background, from what was typed in the note editor.
        noteTarget: () => ({ mode: 'new', draft: this.draft(range, selectors, this.colour) }),
        onNoteSaved: (id) => this.noteSavedNew(id, range),
      },
    );
  }

  private closeBar(): void {
    this.painter.erase(PREVIEW_ID);
    this.bar.close();
  }

  private draft(range: Range, selectors: HighlightSelectors, colour: ColourName): Omit<HighlightDraft, 'note' | 'tags'> {
    return { ...currentPageInfo(), selectors, text: selectors.quote.exact, colour, entityIds: entitiesInRange(range) };
  }

  private async saveNew(range: Range, selectors: HighlightSelectors, colour: ColourName): Promise<boolean> {
    try {
      const saved = await sendToBackground('highlightSave', { draft: { ...this.draft(range, selectors, colour), note: '', tags: [] } });
      this.colour = colour;
      this.placeNew(saved, range);
      return true;
    } catch (error) {
      if (!this.bar.isOpen) this.openNewBar(range, selectors);
      this.bar.setStatus({ kind: 'error', text: `Not saved: ${message(error)}` });
      return false;
    }
  }

  private placeNew(saved: Highlight, range: Range): void {
    this.painter.erase(PREVIEW_ID);
    // Filed under the URL the page has now; reload the set if the page moved since it loaded.
    if (saved.url === this.set.url) this.set.add(saved, range);
    else void this.loadPage();
    document.getSelection()?.removeAllRanges();
  }

  /** The note editor saved a new highlight through the background: paint it where it was made. */
  private async noteSavedNew(id: string, range: Range): Promise<void> {
    try {
      const records = await sendToBackground('highlightsForPage', { url: this.set.url });
      const saved = records.find((record) => record.id === id);
      if (saved) {
        this.placeNew(saved, range);
        this.set.sync(records);
      } else {
        void this.loadPage();
      }
    } catch {
      void this.loadPage();
    }
    this.closeBar();
  }

  // ——— editing ———

  private offerEdit(x: number, y: number): void {
    const caret = caretAt(x, y);
    if (!caret) return;
    const highlight = this.set.at(caret.node, caret.offset);
    const range = highlight ? this.set.get(highlight.id)?.range : null;
    if (!highlight || !range || !pointOnRange(range, x, y)) return;
    this.openEditor(highlight, range);
  }

  private openEditor(highlight: Highlight, range: Range): void {
    this.bar.open(
      { mode: 'edit', range, colour: highlight.colour, hasNote: highlight.note !== '' },
      {
        onColour: (colour) => void this.update(highlight.id, { colour }),
        onDelete: () => this.delete(highlight.id),
        onClose: () => this.closeBar(),
        noteTarget: () => ({ mode: 'edit', id: highlight.id }),
        onNoteSaved: async () => {
          await this.refresh().catch(() => this.loadPage());
          this.closeBar();
        },
      },
    );
  }

  private async update(id: string, patch: HighlightPatch): Promise<boolean> {
    try {
      this.set.update(await sendToBackground('highlightUpdate', { id, patch }));
      return true;
    } catch (error) {
      this.bar.setStatus({ kind: 'error', text: `Not saved: ${message(error)}` });
      return false;
    }
  }

  private async delete(id: string): Promise<void> {
    try {
      const { deleted } = await sendToBackground('highlightDelete', { id });
      this.set.remove(id);
      if (!deleted) return this.closeBar();
      this.bar.setStatus({ kind: 'info', text: 'Highlight deleted.', undo: () => void this.undoDelete(deleted) });
      this.ctx.setTimeout(() => {
        if (this.bar.mode === 'edit' && !this.set.get(id)) this.closeBar();
      }, UNDO_OFFER_MS);
    } catch (error) {
      this.bar.setStatus({ kind: 'error', text: `Not deleted: ${message(error)}` });
    }
  }

  private async undoDelete(deleted: Highlight): Promise<void> {
    try {
      await sendToBackground('highlightUndo', { highlight: deleted });
      await this.refresh();
      this.closeBar();
    } catch (error) {
      this.bar.setStatus({ kind: 'error', text: `Could not undo: ${message(error)}` });
    }
  }

  // ——— popup ———

  private reveal(id: string): boolean {
    const range = this.set.get(id)?.range;
    if (!range) return false;
    const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    elementOf(range.startContainer)?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    this.painter.flashRange(range);
    return true;
  }
}

export function startHighlights(ctx: ContentScriptContext): { handlers: Handlers<HighlightTabMessages> } {
  return { handlers: new HighlightSession(ctx).handlers };
}
