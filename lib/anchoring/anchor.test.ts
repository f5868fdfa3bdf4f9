// @vitest-environment happy-dom
import { describe as group, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { anchor, anchorWithDetails, describe } from './anchor';
import { indexText } from './text';

/** Puts `html`'s body into the global document: happy-dom's ranges work only there. */
function load(html: string, { withoutScripts = false } = {}): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  if (withoutScripts) parsed.querySelectorAll('script').forEach((script) => script.remove());
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  return document;
}

function rangeOver(doc: Document, startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const range = doc.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

group('describe', () => {
  it('reads a selection across inline elements as one quote', () => {
    const doc = load('<p id="p">President <a href="#">Kassym-Jomart</a> Tokayev said no.</p>');
    const p = doc.getElementById('p')!;
    const range = rangeOver(doc, p.firstChild!, 0, p.lastChild!, ' Tokayev'.length);
    const selectors = describe(doc.body, range)!;
    expect(selectors.quote.exact).toBe('President Kassym-Jomart Tokayev');
    expect(selectors.quote.suffix).toBe(' said no.');
    expect(selectors.position).toMatchObject({ start: 0, end: 31 });
  });

  it('understands element boundary points, as triple-click selections use them', () => {
    const doc = load('<div id="d"><p>One.</p><p id="two">Two words.</p><p>Three.</p></div>');
    const two = doc.getElementById('two')!;
    const selectors = describe(doc.body, rangeOver(doc, two, 0, two, two.childNodes.length))!;
    expect(selectors.quote.exact).toBe('Two words.');
    expect(selectors.quote.prefix).toBe('One.');
    const div = doc.getElementById('d')!;
    expect(describe(doc.body, rangeOver(doc, div, 1, div, 3))!.quote.exact).toBe('Two words.Three.');
  });

  it('ignores scripts, styles and form controls in the text it counts', () => {
    const doc = load('<p>Before</p><script>var tags = ["Putin"]</script><style>p{}</style><textarea>Putin</textarea><p id="after">After text</p>');
    expect(indexText(doc.body).text).toBe('BeforeAfter text');
    const after = doc.getElementById('after')!.firstChild!;
    const selectors = describe(doc.body, rangeOver(doc, after, 0, after, 5))!;
    expect(selectors.position).toMatchObject({ start: 6, end: 11 });
    const textarea = doc.querySelector('textarea')!;
    expect(describe(doc.body, rangeOver(doc, textarea.firstChild!, 0, textarea.firstChild!, 5))).toBeNull();
  });
});

group('anchor', () => {
  it('returns a range over the same text after a round trip', () => {
    const doc = load('<p>Alpha <b>beta</b> gamma <i>delta</i> epsilon.</p>');
    const p = doc.querySelector('p')!;
    const range = rangeOver(doc, p.querySelector('b')!.firstChild!, 1, p.querySelector('i')!.firstChild!, 3);
    const selectors = describe(doc.body, range)!;
    const again = anchor(doc.body, selectors)!;
    expect(again.toString()).toBe(range.toString());
    expect(again.startContainer).toBe(range.startContainer);
    expect(again.endContainer).toBe(range.endContainer);
  });

  it('ends a range inside the node that holds its last character', () => {
    const doc = load('<p><span>abc</span><span>def</span></p>');
    const [first] = doc.querySelectorAll('span');
    const selectors = describe(doc.body, rangeOver(doc, first!.firstChild!, 0, first!.firstChild!, 3))!;
    const range = anchor(doc.body, selectors)!;
    expect(range.endContainer).toBe(first!.firstChild);
    expect(range.endOffset).toBe(3);
  });
});

// Real article pages: passages picked at regular intervals, never chosen by hand.
const SAMPLES = resolve(import.meta.dirname, '../../samples/pages');
const pages = readdirSync(SAMPLES).filter((name) => name.endsWith('.html'));

/** Up to `count` passages of whole words, about 60 characters, spread over the article body. */
function passages(doc: Document, count: number): Range[] {
  const body = doc.querySelector('.article-body') ?? doc.body;
  const paragraphs = [...body.querySelectorAll('p')].filter((p) => (p.textContent ?? '').length > 120);
  const step = Math.max(1, Math.floor(paragraphs.length / count));
  const ranges: Range[] = [];
  for (let i = 0; i < paragraphs.length && ranges.length < count; i += step) {
    const index = indexText(paragraphs[i]!);
    const from = index.text.indexOf(' ', Math.floor(index.text.length / 3)) + 1;
    const to = index.text.indexOf(' ', from + 60);
    const startNode = index.nodes.findLast((_, n) => index.starts[n]! <= from)!;
    const endNode = index.nodes.findLast((_, n) => index.starts[n]! < to)!;
    ranges.push(
      rangeOver(doc, startNode, from - index.starts[index.nodes.indexOf(startNode)]!, endNode, to - index.starts[index.nodes.indexOf(endNode)]!),
    );
  }
  return ranges;
}

group.each(pages)('anchoring on sample page %s', (name) => {
  const html = readFileSync(resolve(SAMPLES, name), 'utf8');

  it('finds every passage at its position when nothing changed', () => {
    const doc = load(html, { withoutScripts: true });
    for (const range of passages(doc, 6)) {
      const selectors = describe(doc.body, range)!;
      const found = anchorWithDetails(doc.body, selectors)!;
      expect(found.match.method).toBe('position');
      expect(found.range.toString()).toBe(selectors.quote.exact);
    }
  });

  it('follows passages after a paragraph is inserted before them', () => {
    const doc = load(html, { withoutScripts: true });
    const selectorsList = passages(doc, 6).map((range) => describe(doc.body, range)!);
    const inserted = doc.createElement('p');
    inserted.textContent = 'An editor added this paragraph above everything else after publication.';
    const body = doc.querySelector('.article-body') ?? doc.body;
    body.insertBefore(inserted, body.firstChild);
    for (const selectors of selectorsList) {
      const found = anchorWithDetails(doc.body, selectors)!;
      expect(found.match.method).toBe('quote');
      expect(found.range.toString()).toBe(selectors.quote.exact);
    }
  });

  it('follows a passage whose wording was corrected', () => {
    const doc = load(html, { withoutScripts: true });
    const [range] = passages(doc, 1);
    const selectors = describe(doc.body, range!)!;
    // Correct one character in the middle of the passage, as a copy editor would.
    const node = range!.startContainer as Text;
    const at = range!.startOffset + 10;
    node.data = node.data.slice(0, at) + (node.data[at] === 'x' ? 'y' : 'x') + node.data.slice(at + 1);
    const found = anchorWithDetails(doc.body, selectors)!;
    expect(found.match.method).toBe('fuzzy');
    expect(found.range.toString().length).toBeGreaterThan(selectors.quote.exact.length - 3);
  });

  it('orphans passages whose paragraph was removed', () => {
    const doc = load(html, { withoutScripts: true });
    const ranges = passages(doc, 4);
    const removed = ranges.map((range) => {
      const selectors = describe(doc.body, range)!;
      (range.startContainer.parentElement!.closest('p') ?? range.startContainer.parentElement!).remove();
      return selectors;
    });
    for (const selectors of removed) expect(anchor(doc.body, selectors)).toBeNull();
  });
});
