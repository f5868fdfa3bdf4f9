/** Paints highlights through the CSS Custom Highlight API (styles in highlight.css). */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { COLOUR_NAMES, highlightName, type ColourName } from '@/lib/highlights/colours';

const FLASH_NAME = 'backstory-hl-flash';
const FLASH_MS = 1200;
/** Above the reading side's entity marks (priority -1 to 1): the reader's own colour wins. */
const PRIORITY = 10;

export function customHighlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightPainter {
  private readonly layers = new Map<ColourName, Highlight>();
  private readonly painted = new Map<string, { range: Range; colour: ColourName }>();
  private readonly flash: Highlight | null;
  private flashTimer: number | null = null;

  constructor(private readonly ctx: ContentScriptContext) {
    this.flash = customHighlightsSupported() ? new Highlight() : null;
    if (!this.flash) return;
    for (const colour of COLOUR_NAMES) {
      const layer = new Highlight();
      layer.priority = PRIORITY;
      this.layers.set(colour, layer);
      CSS.highlights.set(highlightName(colour), layer);
    }
    this.flash.priority = PRIORITY + 1;
    CSS.highlights.set(FLASH_NAME, this.flash);
  }

  paint(id: string, range: Range, colour: ColourName): void {
    this.erase(id);
    this.layers.get(colour)?.add(range);
    this.painted.set(id, { range, colour });
  }

  erase(id: string): void {
    const existing = this.painted.get(id);
    if (!existing) return;
    // The same Range object may back two ids only transiently (a pending highlight being saved).
    const stillUsed = [...this.painted].some(([other, item]) => other !== id && item.range === existing.range && item.colour === existing.colour);
    if (!stillUsed) this.layers.get(existing.colour)?.delete(existing.range);
    this.painted.delete(id);
  }

  clear(): void {
    for (const layer of this.layers.values()) layer.clear();
    this.painted.clear();
  }

  flashRange(range: Range): void {
    if (!this.flash) return;
    this.flash.clear();
    this.flash.add(range);
    if (this.flashTimer) clearTimeout(this.flashTimer);
    this.flashTimer = this.ctx.setTimeout(() => this.flash?.clear(), FLASH_MS);
  }

  /** Leaves the page as it was: called when the content script is invalidated. */
  dispose(): void {
    this.clear();
    if (this.flashTimer) clearTimeout(this.flashTimer);
    if (!customHighlightsSupported()) return;
    for (const colour of COLOUR_NAMES) CSS.highlights.delete(highlightName(colour));
    CSS.highlights.delete(FLASH_NAME);
  }
}
