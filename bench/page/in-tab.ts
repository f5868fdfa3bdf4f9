/**
 * The other KB placement, for comparison: the compiled KB loaded in the tab itself, as a content
 * script would if every tab held its own copy. Injected into the page's main world; the steps are
 * the extension's own (lib/), run back to back after the KB arrives.
 */
import { loadKb } from '../../lib/kb/load';
import { extractArticle, runToEnd } from '../../lib/extract/article';
import { recognizeForReading } from '../../lib/reading/recognition';
import { marksFor } from '../../lib/reading/marks';

export interface InTabTimes {
  fetchMs: number;
  parseMs: number;
  loadMs: number;
  extractMs: number;
  recognizeMs: number;
  marksMs: number;
  marks: number;
}

async function inTab(kbUrl: string): Promise<InTabTimes> {
  performance.mark('bench:start');
  let t = performance.now();
  const response = await fetch(kbUrl);
  const text = await response.text();
  const fetchMs = performance.now() - t;
  t = performance.now();
  const parsed: unknown = JSON.parse(text);
  const parseMs = performance.now() - t;
  t = performance.now();
  const kb = loadKb(parsed);
  const loadMs = performance.now() - t;
  t = performance.now();
  const article = extractArticle(document);
  const extractMs = performance.now() - t;
  if (!article) throw new Error('no article on the page');
  t = performance.now();
  const recognition = recognizeForReading(kb, article.text);
  const recognizeMs = performance.now() - t;
  t = performance.now();
  const marks = runToEnd(marksFor(document, article.segments, recognition.mentions));
  CSS.highlights.set('bench-in-tab', new Highlight(...marks.map((mark) => mark.range)));
  const marksMs = performance.now() - t;
  performance.mark('bench:marked');
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  performance.mark('bench:painted');
  return { fetchMs, parseMs, loadMs, extractMs, recognizeMs, marksMs, marks: marks.length };
}

(globalThis as unknown as { __benchInTab: typeof inTab }).__benchInTab = inTab;
