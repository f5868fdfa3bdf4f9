// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { collectText, runToEnd } from '@/lib/extract/text';
import type { PageQuote, PageRoleMention } from '@/lib/reading/article-checks';
import type { Mark } from '@/lib/reading/marks';
import type { EntityRecord, Recognition } from '@/lib/reading/page';
import { ArticleChecksLayer, QUOTE_HIGHLIGHTS } from './reading-checks';

// happy-dom has no Custom Highlight API: a registry of sets stands in for it.
class FakeHighlight extends Set<Range> {
  priority = 0;
}
const registry = new Map<string, FakeHighlight>();

function fakeContext(): ContentScriptContext {
  return {
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, handler, options),
  } as unknown as ContentScriptContext;
}

const ARTICLE = 'Tokayev said: “That’s why we recognise Taiwan.” The Kazakh leader left.';
const quote = (start: number, end: number, verdict: PageQuote['verdict']): PageQuote => ({
  quotation: { start, end, closed: true },
  span: { start, end },
  statementId: 'non-recognition',
  speaker: 'tokayev',
  date: '2022-06-17',
  verdict,
  similarity: 0.8,
  wording: { text: 'We do not recognise Taiwan.', source: { publisher: 'Wire', kind: 'wire', url: 'https://example.test/' }, reference: true },
  diff: [],
});
const tokayev = { id: 'tokayev', type: 'person', label: 'Kassym-Jomart Tokayev' } as EntityRecord;

let shown: { mark: Mark; focus: boolean }[];
let layer: ArticleChecksLayer;
let roleMarks: Mark[];

beforeEach(() => {
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  registry.clear();
  document.body.replaceChildren();
  const paragraph = document.createElement('p');
  paragraph.textContent = ARTICLE;
  document.body.append(paragraph);
  const { text, segments } = runToEnd(collectText([paragraph]));
  expect(text).toBe(ARTICLE);
  shown = [];
  layer = new ArticleChecksLayer(fakeContext(), (mark, focus) => shown.push({ mark, focus }));
  const quoted = ARTICLE.indexOf('That’s');
  const leader = ARTICLE.indexOf('Kazakh leader');
  const role: PageRoleMention = {
    start: leader,
    end: leader + 'Kazakh leader'.length,
    description: 'Kazakh leader',
    entityId: 'tokayev',
    role: { title: 'President of Kazakhstan', start: '2019-03-20' },
    tense: 'current',
  };
  const reply: Recognition = { mentions: [], records: {}, relatedEvents: {}, quotes: [quote(quoted, ARTICLE.indexOf('.”'), 'negation-missing')], roleMentions: [role] };
  roleMarks = layer.read(document, segments, reply);
});

afterEach(() => {
  layer.clear();
  vi.unstubAllGlobals();
});

describe('checked quotations in the page', () => {
  it('paints a quotation that changes the record under the warning name only', () => {
    const differs = [...(registry.get(QUOTE_HIGHLIGHTS.differs) ?? [])];
    expect(differs.map((range) => range.toString())).toEqual(['That’s why we recognise Taiwan']);
    expect(registry.has(QUOTE_HIGHLIGHTS.matches)).toBe(false);
    expect(layer.summary()).toEqual([{ index: 0, verdict: 'negation-missing', speaker: 'tokayev', text: 'That’s why we recognise Taiwan' }]);
  });

  it('gives a quotation mark a quote card with its speaker, and no card to other marks', () => {
    expect(shown).toEqual([]);
    expect(layer.reveal(0)).toEqual({ found: true });
    const revealed = shown[0]!.mark;
    expect(shown[0]!.focus).toBe(false);
    expect(layer.cardFor(revealed, { tokayev })).toMatchObject({ quote: { quote: { verdict: 'negation-missing' }, speaker: tokayev } });
    expect(layer.cardFor(roleMarks[0]!, { tokayev })).toBeNull();
    expect(layer.reveal(5)).toEqual({ found: false });
  });

  it('opens the next quotation with focus on Alt+Shift+Q, but not while the reader types', () => {
    document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyQ', altKey: true, shiftKey: true, bubbles: true }));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.focus).toBe(true);
    expect(shown[0]!.mark.text).toBe('That’s why we recognise Taiwan');
    const input = document.createElement('input');
    document.body.append(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyQ', altKey: true, shiftKey: true, bubbles: true, composed: true }));
    expect(shown).toHaveLength(1);
  });

  it('marks the unnamed words of a role description for the person, and remembers how it was resolved', () => {
    expect(roleMarks.map((mark) => [mark.text, mark.entityId])).toEqual([['Kazakh leader', 'tokayev']]);
    expect(layer.resolvedFrom(roleMarks[0]!)).toEqual({ description: 'Kazakh leader', tense: 'current', office: 'President of Kazakhstan' });
  });

  it('unpaints everything when reading stops', () => {
    layer.reveal(0);
    layer.setActive(shown[0]!.mark);
    expect([...registry.get(QUOTE_HIGHLIGHTS.active)!].map(String)).toEqual(['That’s why we recognise Taiwan']);
    layer.setActive(roleMarks[0]!); // not a quotation: nothing active here
    expect(registry.has(QUOTE_HIGHLIGHTS.active)).toBe(false);
    layer.clear();
    expect([...registry.keys()].filter((name) => name.startsWith('backstory-quote'))).toEqual([]);
    expect(layer.summary()).toEqual([]);
  });
});
