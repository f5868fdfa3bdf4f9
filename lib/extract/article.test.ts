// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractArticle, isArticleContent, rangeOf } from './article';

const PAGES = resolve(import.meta.dirname, '../../samples/pages');
const SHARED = resolve(import.meta.dirname, '../../../shared');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function loadIntoWindow(html: string): Document {
  const parsed = parse(html);
  document.documentElement.replaceChildren(
    document.importNode(parsed.head, true),
    document.importNode(parsed.body, true),
  );
  return document;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Gold {
  seed: string;
  body_start: string;
  body_end: string;
}

/** The seed's body paragraphs between the gold's body_start and body_end. */
function goldBlocks(name: string): string[] {
  const gold = JSON.parse(readFileSync(resolve(SHARED, 'gold', name.replace(/\.html$/, '.json')), 'utf8')) as Gold;
  const seed = readFileSync(resolve(SHARED, 'seeds', gold.seed), 'utf8');
  const start = seed.indexOf(gold.body_start);
  const end = seed.indexOf(gold.body_end) + gold.body_end.length;
  expect(start).toBeGreaterThanOrEqual(0);
  return seed
    .slice(start, end)
    .split(/\n\s*\n/)
    .map(squash)
    .filter(Boolean);
}

/**
 * Text of every trap on a fixture page (chrome, forms, scripts, comments, teasers, attributes),
 * as whole sentences, leaving out any that the gold body itself contains.
 */
function trapTexts(doc: Document, body: string): string[] {
  const selectors = ['nav', 'textarea', 'script', 'style', '#comments', 'aside', 'footer', '.newsletter', '.cookie-banner', '.standfirst', '.byline', 'figcaption'];
  const texts: string[] = [];
  for (const element of doc.querySelectorAll(selectors.join(', '))) {
    for (const sentence of (element.textContent ?? '').split(/(?<=[.!?])\s+|\n/)) {
      const text = squash(sentence);
      if (text.length >= 24) texts.push(text);
    }
  }
  for (const element of doc.querySelectorAll('[aria-label], [data-src], abbr[title]')) {
    for (const attribute of ['aria-label', 'data-src', 'title']) {
      const value = element.getAttribute(attribute);
      if (value && value.length >= 12) texts.push(value);
    }
  }
  return texts.filter((text) => !body.includes(text));
}

const samples = readdirSync(PAGES).filter((name) => name.endsWith('.html')).sort();

describe('extractArticle on the sample pages', () => {
  it('has all five samples to test', () => {
    expect(samples).toHaveLength(5);
  });

  for (const name of samples) {
    describe(name, () => {
      const doc = parse(readFileSync(resolve(PAGES, name), 'utf8'));
      const article = extractArticle(doc);

      it('reads exactly the gold body, block by block', () => {
        expect(article).not.toBeNull();
        const blocks = article!.text.split('\n\n').map(squash);
        expect(blocks).toEqual(goldBlocks(name));
      });

      it('contains none of the traps', () => {
        const text = squash(article!.text);
        const traps = trapTexts(doc, goldBlocks(name).join(' '));
        expect(traps.length).toBeGreaterThan(10);
        for (const trap of traps) expect(text, trap).not.toContain(trap);
        expect(text).not.toMatch(/tags:\s*\[|Advertisement|Read also/);
      });

      it('maps every offset back to the Text node it came from', () => {
        for (const segment of article!.segments) {
          const fromNode = segment.node.data.slice(segment.nodeOffset, segment.nodeOffset + segment.length);
          // Line breaks of the source read as spaces (same length): the map stays exact.
          expect(article!.text.slice(segment.start, segment.start + segment.length)).toBe(fromNode.replace(/[\t\n\r\f]/g, ' '));
        }
      });

      it('builds DOM ranges that read as the text does, across element boundaries', () => {
        // happy-dom builds Ranges only in its window's own document: read the page there.
        const live = loadIntoWindow(readFileSync(resolve(PAGES, name), 'utf8'));
        const extracted = extractArticle(live)!;
        const text = extracted.text;
        // Capitalised phrases of the text: names, often split over elements.
        const phrases = [...text.matchAll(/\p{Lu}[\p{L}-]+(?:[ \u00a0]\p{Lu}[\p{L}-]+)+/gu)].slice(0, 60);
        expect(phrases.length).toBeGreaterThan(5);
        for (const match of phrases) {
          const range = rangeOf(live, extracted.segments, match.index, match.index + match[0].length);
          expect(range?.toString()).toBe(match[0]);
        }
      });
    });
  }

  it('joins names split across inline elements as written', () => {
    const texts = samples.map((name) => extractArticle(parse(readFileSync(resolve(PAGES, name), 'utf8')))!.text);
    // <a>Kassym-Jomart</a> Tokayev (000) and Kassym-<wbr>Jomart Tokayev (001).
    expect(texts[0]).toContain('Kassym-Jomart Tokayev');
    expect(texts[1]).toContain('Kassym-Jomart Tokayev');
    // <a>Vladimir</a> <a>Putin</a> and nested spans (001).
    expect(texts[1]).toContain('Vladimir Putin used');
    expect(texts[1]).toContain('MP Konstantin Zatulin');
    // Numeric references are decoded text (003).
    expect(texts[3]).toContain('Kasim-Zhomart Tokaev');
    expect(texts[3]).not.toContain('&#');
  });
});

describe('extractArticle on hand-made pages', () => {
  const filler =
    'This paragraph goes on for a while, with commas, clauses and enough words to look like prose, as articles do, ' +
    'sentence after sentence, with quotes from officials, figures from reports, and the background a reader needs, ' +
    'which is why it runs to several lines, much like the paragraphs of a real news story on a real news site.';
  const paragraph = (words: string) => `<p>${words} ${filler}</p>`;
  const articlePage = (body: string, extra = '') =>
    `<!doctype html><html><head><title>t</title></head><body><header><nav><a href="/">Home</a> <a href="/x">Putin news</a></nav></header>
      <main><article><h1>Headline about Putin</h1><div class="story-body">${body}</div></article>${extra}</main>
      <footer>© Putin Times</footer></body></html>`;

  it('separates blocks with a blank line and joins inline elements without one', () => {
    const doc = parse(
      articlePage(
        paragraph('<b>Kassym-</b><i>Jomart</i> Tokayev&nbsp;met&#160;<a href="#">Vladimir</a> Putin.') +
          paragraph('Second<br>line after a break.') +
          '<h2>A subhead</h2>' +
          paragraph('Third.'),
      ),
    );
    const article = extractArticle(doc)!;
    const blocks = article.text.split('\n\n');
    expect(blocks).toHaveLength(4);
    expect(blocks[0]).toMatch(/^Kassym-Jomart Tokayev\u00a0met\u00a0Vladimir Putin\. This/);
    expect(blocks[1]).toMatch(/^Second\nline after a break\./);
    expect(blocks[2]).toBe('A subhead');
    expect(article.text).not.toContain('Headline');
    expect(article.text).not.toContain('Home');
    expect(article.text).not.toContain('Putin Times');
  });

  it('skips form controls, editable regions, code, hidden and chrome blocks inside the body', () => {
    const doc = parse(
      articlePage(
        paragraph('Kept one.') +
          '<p>Typed <textarea>Putin in a textarea</textarea> and <input value="Putin in an input"> here.</p>' +
          '<div contenteditable="true"><p>Putin in an editor, which is the reader’s own text and long enough to count.</p></div>' +
          '<p hidden>Putin hidden by attribute.</p><p style="display: none">Putin hidden by style.</p><p aria-hidden="true">Putin aria-hidden.</p>' +
          '<pre><code>const putin = "Putin in code";</code></pre><script>var tags = ["Putin in script"];</script><style>.putin{}</style>' +
          '<div class="inline-promo"><p>Putin in a promo box.</p></div><aside><p>Putin in an aside.</p></aside>' +
          '<div class="related-stories"><p>Putin in related stories.</p></div><div id="comments"><p>Putin in comments.</p></div>' +
          '<svg><text>Putin in SVG</text></svg>' +
          paragraph('Kept two.'),
      ),
    );
    const text = extractArticle(doc)!.text;
    expect(text).toContain('Kept one.');
    expect(text).toContain('Kept two.');
    expect(text).not.toMatch(/Putin/);
    // A skipped inline element leaves a space, so the words around it stay apart.
    expect(text).toMatch(/Typed {2,}and {2,}here\./);
  });

  it('finds nothing on pages that are not articles', () => {
    const teaser = (n: number) =>
      `<article class="card"><h3><a href="/${n}">Story ${n} about Kazakhstan</a></h3><p>A short teaser, Putin said.</p></article>`;
    const homepage = `<!doctype html><html><body><main>${Array.from({ length: 12 }, (_, n) => teaser(n)).join('')}</main></body></html>`;
    expect(extractArticle(parse(homepage))).toBeNull();
    expect(extractArticle(parse('<!doctype html><html><body><p>Just one line about Putin.</p></body></html>'))).toBeNull();
    const app = `<!doctype html><html><body><form><label>Name</label><input><textarea>${'Putin, Kazakhstan, Russia. '.repeat(40)}</textarea></form></body></html>`;
    expect(extractArticle(parse(app))).toBeNull();
  });

  it('reads a body split into sibling parts around an advertisement', () => {
    const part = (n: number) => `<div class="part">${paragraph(`Part ${n} one.`)}${paragraph(`Part ${n} two.`)}${paragraph(`Part ${n} three.`)}</div>`;
    const doc = parse(
      `<!doctype html><html><body><article><h1>Title</h1><p class="standfirst">A standfirst that is quite long but not part of the body of the story at all, no.</p><div class="body">${part(1)}<div class="ad-slot"><p>Buy now, Putin edition, limited offer, act fast, while stocks last, really.</p></div>${part(2)}</div></article></body></html>`,
    );
    const text = extractArticle(doc)!.text;
    expect(text).toContain('Part 1 one.');
    expect(text).toContain('Part 2 three.');
    expect(text).not.toContain('Buy now');
    expect(text).not.toContain('standfirst');
  });

  it('looks only inside the given scope, and tells article content from the rest', () => {
    const doc = parse(articlePage(paragraph('In the body.') + paragraph('Still the body.') + '<div class="share-bar"><p>Share on X</p></div>', `<section id="later">${paragraph('Later story one.')}${paragraph('Later story two.')}${paragraph('Later story three.')}</section>`));
    const later = doc.getElementById('later')!;
    const scoped = extractArticle(doc, { scope: later })!;
    expect(scoped.text).toContain('Later story one.');
    expect(scoped.text).not.toContain('In the body.');
    const main = extractArticle(doc)!;
    expect(isArticleContent(main, main.root.querySelector('p')!.firstChild!)).toBe(true);
    expect(isArticleContent(main, doc.querySelector('.share-bar p')!)).toBe(false);
    expect(isArticleContent(main, doc.querySelector('nav')!)).toBe(false);
  });
});
