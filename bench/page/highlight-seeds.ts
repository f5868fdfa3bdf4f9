/**
 * Makes the selectors of `count` highlights spread over the page's article, in the page itself,
 * with the extension's own `describe` (so they anchor exactly as the reader's would), plus the
 * URL the content script files them under. Injected into the page's main world.
 */
import { describe, type HighlightSelectors } from '../../lib/anchoring';
import { normalisePageUrl } from '../../lib/highlights/url';

export interface HighlightSeeds {
  url: string;
  title: string;
  items: { selectors: HighlightSelectors; text: string }[];
}

function seeds(count: number): HighlightSeeds {
  const paragraphs = [...document.querySelectorAll('.article-body p')];
  const items: HighlightSeeds['items'] = [];
  for (let k = 0; items.length < count && k < count * 4 && paragraphs.length > 0; k++) {
    // Spread evenly over the paragraphs; within one, a run of words further along on each visit.
    const paragraph = paragraphs[Math.floor((k * paragraphs.length) / count) % paragraphs.length]!;
    const node = [...paragraph.childNodes].find((child): child is Text => child.nodeType === Node.TEXT_NODE && (child as Text).data.length > 80);
    if (!node) continue;
    const words = [...node.data.matchAll(/\S+/g)];
    const first = (k * 7) % Math.max(1, words.length - 8);
    const last = Math.min(words.length - 1, first + 3 + (k % 6));
    const range = document.createRange();
    range.setStart(node, words[first]!.index);
    range.setEnd(node, words[last]!.index + words[last]![0].length);
    const selectors = describe(document.body, range);
    if (selectors) items.push({ selectors, text: selectors.quote.exact });
  }
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i]')?.getAttribute('href');
  return { url: normalisePageUrl(location.href, canonical), title: document.title, items };
}

(globalThis as unknown as { __benchSeeds: typeof seeds }).__benchSeeds = seeds;
