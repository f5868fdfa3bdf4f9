import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { markdownFiles, escapeMarkdown } from './markdown';
import { READWISE_COLUMNS, toReadwiseCsv } from './csv';
import { ANNOTATION_CONTEXT, parseAnnotationImport, toAnnotationJson } from './webAnnotation';
import type { Highlight } from './record';
import { draft } from './testing';

let n = 0;
function record(overrides: Partial<Highlight> = {}): Highlight {
  n++;
  return { ...draft(overrides), id: crypto.randomUUID(), createdAt: Date.UTC(2024, 0, n), updatedAt: Date.UTC(2024, 1, n), ...overrides };
}

// Text that breaks naive exporters: quotes, commas, line breaks, Markdown and YAML syntax.
const awkward = record({
  text: 'He said: “We are *not* a [colony]”, — 1. literally\n# not a heading | pipe, "quoted"',
  note: 'A note, with "quotes",\nand a second line: yes',
  tags: ['foreign policy', 'Kazakhstan'],
  entityIds: ['kassym-jomart-tokayev'],
  title: 'Title: with "quotes" and a colon — and #hash',
  colour: 'pink',
  author: 'Lasha Gamjashvili',
});
const plain = record({ text: 'plain passage', url: 'https://other.test/page?id=3', title: 'Other page', published: null });
const records = [awkward, plain];

function frontMatterOf(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  expect(match).not.toBeNull();
  return parseYaml(match![1]!) as Record<string, unknown>;
}

/** The text of a Markdown blockquote, escapes removed (CommonMark: backslash before ASCII punctuation). */
function blockquotes(markdown: string): string[] {
  const quotes: string[] = [];
  let current: string[] | null = null;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('>')) (current ??= []).push(line.replace(/^> ?/, ''));
    else if (current) {
      quotes.push(current.join('\n').replace(/\\([!-/:-@[-`{-~])/g, '$1'));
      current = null;
    }
  }
  return quotes;
}

describe('Markdown export', () => {
  it('writes one file per page with YAML front matter that parses back to title, URL, published and saved', () => {
    const files = markdownFiles(records, 'pages');
    expect(files.map((file) => file.name).sort()).toEqual(['other-page.md', 'title-with-quotes-and-a-colon-and-hash.md']);
    const awkwardFile = files.find((file) => file.name.startsWith('title'))!.content;
    expect(frontMatterOf(awkwardFile)).toEqual({
      title: awkward.title,
      url: awkward.url,
      published: awkward.published,
      saved: new Date(awkward.createdAt).toISOString(),
    });
    expect(frontMatterOf(files.find((file) => file.name === 'other-page.md')!.content).published).toBeNull();
  });

  it('quotes each highlight so it reads back as the same text, followed by the note and the tags', () => {
    const content = markdownFiles([awkward], 'pages')[0]!.content;
    expect(blockquotes(content)).toEqual([awkward.text]);
    expect(content).toContain('A note, with "quotes",\nand a second line: yes');
    expect(content).toContain('Tags: #foreign-policy #Kazakhstan');
    expect(content).not.toContain('[[');
  });

  it('adds [[wikilinks]] to entities on request, by label when one is known', () => {
    const content = markdownFiles([awkward], 'pages', { wikilinks: true, entityLabel: (id) => (id === 'kassym-jomart-tokayev' ? 'Kassym-Jomart Tokayev' : undefined) })[0]!.content;
    expect(content).toContain('Entities: [[Kassym-Jomart Tokayev]]');
  });

  it('writes everything into one file with a section per page', () => {
    const [file] = markdownFiles(records, 'all', { now: Date.UTC(2024, 5, 1) });
    expect(file!.name).toBe('backstory-highlights-2024-06-01.md');
    expect(frontMatterOf(file!.content)).toMatchObject({ title: 'Backstory highlights', pages: 2, highlights: 2 });
    expect(file!.content.match(/^## /gm)).toHaveLength(2);
    expect(blockquotes(file!.content)).toEqual([awkward.text, plain.text]);
  });

  it('escapes page text so that it cannot become links, emphasis or headings', () => {
    expect(escapeMarkdown('# [x](javascript:y) *b* <img>')).toBe('\\# \\[x\\](javascript:y) \\*b\\* \\<img\\>');
  });
});

/** RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

describe('CSV export for Readwise', () => {
  it("has Readwise's columns and rows that parse back to the same values", () => {
    const [header, ...rows] = parseCsv(toReadwiseCsv(records));
    expect(header).toEqual([...READWISE_COLUMNS]);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(header!.map((column, i) => [column, rows.find((r) => r[0] === awkward.text)![i]]));
    expect(row).toEqual({
      Highlight: awkward.text,
      Title: awkward.title,
      Author: 'Lasha Gamjashvili',
      URL: awkward.url,
      Note: `${awkward.note}\n.foreign_policy .Kazakhstan`,
      Location: String(awkward.selectors.position!.start + 1),
      Date: new Date(awkward.createdAt).toISOString().slice(0, 19).replace('T', ' '),
    });
    const other = rows.find((r) => r[0] === plain.text)!;
    expect(other[2]).toBe('other.test');
  });
});

describe('JSON export (W3C Web Annotation)', () => {
  it('is an AnnotationCollection of Annotations with notes, tags, source and selectors', () => {
    const data = JSON.parse(toAnnotationJson(records));
    expect(data['@context']).toBe(ANNOTATION_CONTEXT);
    expect(data.type).toBe('AnnotationCollection');
    expect(data.total).toBe(2);
    const annotation = data.first.items.find((item: { id: string }) => item.id === `urn:uuid:${awkward.id}`);
    expect(annotation).toMatchObject({ '@context': ANNOTATION_CONTEXT, type: 'Annotation', motivation: 'commenting' });
    expect(annotation.body).toEqual([
      { type: 'TextualBody', value: awkward.note, format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'foreign policy', purpose: 'tagging' },
      { type: 'TextualBody', value: 'Kazakhstan', purpose: 'tagging' },
    ]);
    expect(annotation.target.source).toBe(awkward.url);
    expect(annotation.target.selector).toEqual([awkward.selectors.quote, awkward.selectors.position]);
    expect(data.first.items.find((item: { id: string }) => item.id === `urn:uuid:${plain.id}`).motivation).toBe('highlighting');
  });

  it('round-trips every field of every record, colours included', () => {
    const parsed = parseAnnotationImport(toAnnotationJson(records));
    expect(parsed).toEqual({ ok: true, records: expect.any(Array) });
    const byId = new Map(parsed.ok ? parsed.records.map((r) => [r.id, r]) : []);
    for (const original of records) expect(byId.get(original.id)).toEqual(original);
  });
});
