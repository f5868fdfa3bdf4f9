import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { HighlightStore } from './db';
import { MAX_IMPORT_BYTES, parseAnnotationImport, toAnnotationJson } from './webAnnotation';
import type { Highlight } from './record';
import { draft } from './testing';

const record = (overrides: Partial<Highlight> = {}): Highlight => ({ ...draft(overrides), id: crypto.randomUUID(), createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, ...overrides });
const exported = () => JSON.parse(toAnnotationJson([record(), record({ note: 'n' })]));

function errorOf(text: string): string {
  const result = parseAnnotationImport(text);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
}

describe('parseAnnotationImport rejects bad files with a message naming the problem', () => {
  it('not JSON', () => {
    expect(errorOf('# My notes\n> a quote')).toMatch(/^The file is not JSON/);
  });

  it('too large, before parsing', () => {
    expect(errorOf(' '.repeat(MAX_IMPORT_BYTES + 1))).toMatch(/too large \(20\.0 MB\); the limit is 20\.0 MB/);
  });

  it('JSON of the wrong kind', () => {
    expect(errorOf('{"highlights": []}')).toMatch(/wrong shape: expected a W3C AnnotationCollection.*without "type"/);
    expect(errorOf('42')).toMatch(/wrong shape: expected an AnnotationCollection object, found number/);
    expect(errorOf('{"type":"AnnotationCollection","first":"https://x.test/page1"}')).toMatch(/links to its pages/);
  });

  it('an annotation without a usable target, naming where it is', () => {
    const data = exported();
    data.first.items[1].target.source = 'not a url';
    expect(errorOf(JSON.stringify(data))).toMatch(/first\.items\[1\]\.target/);
    const noQuote = exported();
    noQuote.first.items[0].target.selector = [{ type: 'CssSelector', value: 'p' }];
    expect(errorOf(JSON.stringify(noQuote))).toMatch(/first\.items\[0\]\.target\.selector: needs a TextQuoteSelector/);
  });

  it('a bad colour, an empty quote or a backwards position', () => {
    const colour = exported();
    colour.first.items[0].backstory.colour = 'mauve';
    expect(errorOf(JSON.stringify(colour))).toMatch(/first\.items\[0\]\.backstory\.colour: must be one of/);
    const empty = exported();
    empty.first.items[0].target.selector[0].exact = '';
    expect(errorOf(JSON.stringify(empty))).toMatch(/the quote is empty/);
    const backwards = exported();
    backwards.first.items[0].target.selector[1] = { type: 'TextPositionSelector', start: 9, end: 3 };
    expect(errorOf(JSON.stringify(backwards))).toMatch(/end must come after start/);
  });
});

describe('parseAnnotationImport accepts other Web Annotation producers', () => {
  it('reads a bare annotation list without Backstory fields, with defaults and stable ids', () => {
    const foreign = [
      {
        type: 'Annotation',
        body: { type: 'TextualBody', value: 'from another tool' },
        target: { source: 'https://news.test/a?utm_source=x', selector: { type: 'TextQuoteSelector', exact: 'a passage' } },
      },
    ];
    const first = parseAnnotationImport(JSON.stringify(foreign));
    const second = parseAnnotationImport(JSON.stringify(foreign));
    expect(first.ok && first.records[0]).toMatchObject({ url: 'https://news.test/a', note: 'from another tool', colour: 'yellow', text: 'a passage', updatedAt: 0 });
    expect(first.ok && second.ok && first.records[0]!.id === second.records[0]!.id).toBe(true);
  });
});

describe('import into the store', () => {
  it('changes nothing when the file is bad, and adds nothing when the same file comes twice', async () => {
    const store = await HighlightStore.open(new IDBFactory());
    const text = toAnnotationJson([record(), record(), record({ tags: ['x'] })]);
    const broken = text.replace('"TextQuoteSelector"', '"Nonsense"');
    expect(parseAnnotationImport(broken).ok).toBe(false);
    expect(await store.count()).toBe(0);
    for (const expected of [{ added: 3, updated: 0, unchanged: 0 }, { added: 0, updated: 0, unchanged: 3 }]) {
      const parsed = parseAnnotationImport(text);
      if (!parsed.ok) throw new Error(parsed.error);
      expect(await store.importRecords(parsed.records)).toEqual(expected);
    }
    expect(await store.count()).toBe(3);
    store.close();
  });
});
