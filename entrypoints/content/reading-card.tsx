/**
 * The hover card's home in the page: one host element holding a closed shadow root, created when
 * a card first opens and removed when reading stops, so a page without an open card is untouched.
 * Preact renders inside; @floating-ui/dom keeps the card beside the mark (flipping above or below,
 * never over it) while the page scrolls.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import cardCss from '@/components/card/card.css?inline';
import quoteCardCss from '@/components/card/quote-card.css?inline';
import memoryCss from '@/components/card/memory.css?inline';
import { HoverCard } from '@/components/card/HoverCard';
import { QuoteHoverCard, type QuoteCardProps } from '@/components/card/QuoteCard';
import type { EntityCardProps } from '@/components/card/EntityCard';
import type { Mark } from '@/lib/reading/marks';
import { MemorySourceContext } from '@/components/card/memory-source';
import { pageMemorySource } from './memory';

const HOST_TAG = 'backstory-card';
const VIEWPORT_PADDING = 8;

export interface CardCallbacks {
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private stopPositioning: (() => void) | null = null;
  private focusBeforeOpen: Element | null = null;
  /** The mark whose card is open. */
  openMark: Mark | null = null;

  constructor(
    private readonly callbacks: CardCallbacks,
    private readonly shortcutHint: string,
  ) {}

  private ensureHost(): HTMLElement {
    if (this.mount) return this.mount;
    const host = document.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = cardCss + quoteCardCss + memoryCss;
    const mount = document.createElement('div');
    shadow.append(style, mount);
    (document.body ?? document.documentElement).append(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  /** True for the card's own host element (the page's MutationObserver sees it come and go). */
  isHost(node: Node): boolean {
    return node === this.host;
  }

  /** True when the event happened on the card (its shadow root is closed: compare the path). */
  isOnCard(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  /**
   * Opens (or moves) the card beside `mark`. `pointer` is where the pointer rests: on a name that
   * wraps over two lines the card goes beside the line under the pointer.
   */
  show(mark: Mark, card: EntityCardProps | { quote: QuoteCardProps; shortcutHint: string }, options: { focus: boolean; pointer?: { x: number; y: number } }): void {
    const mount = this.ensureHost();
    this.stopPositioning?.();
    if (options.focus && !this.focusBeforeOpen) this.focusBeforeOpen = document.activeElement;
    this.openMark = mark;
    let cardElement: HTMLDivElement | null = null;
    const cardRef = (element: HTMLDivElement | null) => {
      cardElement = element;
    };
    render(
      // The card's memory line asks the background for the reader's own history.
      <MemorySourceContext.Provider value={pageMemorySource()}>
        {'quote' in card ? (
          <QuoteHoverCard key="quote" {...card.quote} cardRef={cardRef} shortcutHint={card.shortcutHint} {...this.callbacks} />
        ) : (
          <HoverCard
            key={`${mark.entityId}`}
            {...card}
            cardRef={cardRef}
            shortcutHint={this.shortcutHint}
            onClose={this.callbacks.onClose}
            onPointerEnter={this.callbacks.onPointerEnter}
            onPointerLeave={this.callbacks.onPointerLeave}
          />
        )}
      </MemorySourceContext.Provider>,
      mount,
    );
    const floating = cardElement as HTMLDivElement | null;
    if (!floating) return;
    const reference: VirtualElement = {
      getBoundingClientRect: () => mark.range.getBoundingClientRect(),
      getClientRects: () => mark.range.getClientRects(),
      contextElement: mark.range.startContainer.parentElement ?? undefined,
    };
    const place = () =>
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(options.pointer ?? {}),
          offset(6),
          flip({ padding: VIEWPORT_PADDING }),
          shift({ padding: VIEWPORT_PADDING }),
          size({
            padding: VIEWPORT_PADDING,
            apply({ availableHeight, elements }) {
              elements.floating.style.maxHeight = `${Math.max(96, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        floating.style.left = `${Math.round(x)}px`;
        floating.style.top = `${Math.round(y)}px`;
      });
    this.stopPositioning = autoUpdate(reference, floating, place, { animationFrame: false });
    if (options.focus) floating.focus({ preventScroll: true });
  }

  /** The open card's text as rendered, or null (closed shadow roots hide it from everything else). */
  renderedText(): string | null {
    return this.openMark && this.mount ? (this.mount.textContent ?? '') : null;
  }

  /** Whether a part of the open card (its memory line) is still loading. */
  isBusy(): boolean {
    return !!this.mount?.querySelector('[aria-busy="true"]');
  }

  hide(): void {
    this.stopPositioning?.();
    this.stopPositioning = null;
    this.openMark = null;
    if (this.mount) render(null, this.mount);
    const returnTo = this.focusBeforeOpen;
    this.focusBeforeOpen = null;
    if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus({ preventScroll: true });
  }

  /** Removes the host: the page's DOM is as it was before any card opened. */
  destroy(): void {
    this.hide();
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }
}
