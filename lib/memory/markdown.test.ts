import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Highlight } from '../highlights/record';
import { draft } from '../highlights/testing';
import { countMentions, mergeVisit, type RememberedArticle } from './record';
import { entityNoteFiles, noteName, noteNames } from './markdown';

let n = 0;
function highlight(overrides: Partial<Highlight>): Highlight {
  n++;
  return { ...draft(overrides), id: `h${n}`, createdAt: Date.UTC(2024, 0, n), updatedAt: Date.UTC(2024, 0, n), ...overrides };
}

function article(url: string, title: string, ids: string[], lastRead: number): RememberedArticle {
  return mergeVisit(undefined, { url, title, published: '2022-06-25', session: url }, countMentions(ids.map((entityId) => ({ entityId }))), lastRead)!;
}

const LABELS: Record<string, string> = {
  'kassym-jomart-tokayev': 'Kassym-Jomart Tokayev',
  'vladimir-putin': 'Vladimir Putin',
  'csto': 'Collective Security Treaty Organization [CSTO]',
  'ivanov-a': 'Sergei Ivanov',
  'ivanov-b': 'Sergei Ivanov',
};
const label = (id: string) => LABELS[id];

const storyA = 'https://news.test/tensions-flare?id=1';
const storyB = 'https://other.test/analysis/(2022)/crumbling';
const awkward = highlight({
  url: storyA,
  title: 'Tensions flare: "Russia" & Kazakhstan — [analysis]',
  text: 'Tokayev told *Putin* he would not recognise the\n# quasi-state territories | of Luhansk',
  note: 'On stage, in person.\nSecond line.',
  tags: ['foreign policy'],
  entityIds: ['kassym-jomart-tokayev', 'vladimir-putin'],
});
const second = highlight({ url: storyB, title: 'Relations are crumbling', text: 'troops of the CSTO arrived in January', entityIds: ['csto', 'kassym-jomart-tokayev'], published: null });
const twins = highlight({ url: storyB, title: 'Relations are crumbling', text: 'two men called Sergei Ivanov', entityIds: ['ivanov-a', 'ivanov-b'] });
const memory = [
  article(storyA, 'Tensions flare', ['kassym-jomart-tokayev', 'kassym-jomart-tokayev', 'vladimir-putin'], Date.UTC(2024, 2, 1)),
  article('https://third.test/only-read', 'Read, never highlighted', ['kassym-jomart-tokayev'], Date.UTC(2024, 2, 5)),
  article('https://third.test/unrelated', 'Unrelated', ['nato'], Date.UTC(2024, 2, 6)),
];

/** Reads an exported note back: front matter, per-article sections with their quotes, links, article list. */
function parseNote(markdown: string) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown)!;
  const front = parseYaml(match[1]!) as Record<string, unknown>;
  const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const linkPattern = /^\[((?:\\.|[^\]\\])*)\]\(<([^>]*)>\)/;
  const [highlightsPart, articlesPart = ''] = markdown.slice(match[0].length).split('\n## Articles you read\n');
  const sections = highlightsPart!.split('\n### ').slice(1).map((section) => {
    const heading = linkPattern.exec(section)!;
    const quotes: string[] = [];
    let current: string[] | null = null;
    for (const line of [...section.split('\n'), '']) {
      if (line.startsWith('>')) (current ??= []).push(line.replace(/^> ?/, ''));
      else if (current) {
        quotes.push(unescape(current.join('\n')));
        current = null;
      }
    }
    return { title: unescape(heading[1]!), url: heading[2]!, quotes, links: [...section.matchAll(/\[\[([^\]]+)\]\]/g)].map((m) => m[1]!) };
  });
  const articles = articlesPart
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => {
      const link = linkPattern.exec(line.slice(2))!;
      return { title: unescape(link[1]!), url: link[2]!, named: Number(/named (\d+) time/.exec(line)![1]) };
    });
  return { front, sections, articles };
}

describe('entity notes', () => {
  const files = entityNoteFiles([awkward, second, twins], memory, { entityLabel: label, now: Date.UTC(2024, 5, 1) });
  const note = (name: string) => parseNote(files.find((file) => file.name === `${name}.md`)!.content);

  it('writes one note per entity the highlights mention, named after the entity', () => {
    expect(files.map((file) => file.name).sort()).toEqual(
      ['Collective Security Treaty Organization CSTO.md', 'Kassym-Jomart Tokayev.md', 'Sergei Ivanov (ivanov-b).md', 'Sergei Ivanov.md', 'Vladimir Putin.md'].sort(),
    );
  });

  it('parses back to the entity, its highlights across articles with their exact text, and the articles read', () => {
    const tokayev = note('Kassym-Jomart Tokayev');
    expect(tokayev.front).toEqual({ title: 'Kassym-Jomart Tokayev', entity: 'kassym-jomart-tokayev', highlights: 2, articles: 2, exported: '2024-06-01T00:00:00.000Z' });
    expect(tokayev.sections.map((section) => [section.title, section.url, section.quotes])).toEqual([
      [awkward.title, storyA, [awkward.text]],
      [second.title, storyB, [second.text]],
    ]);
    expect(tokayev.articles).toEqual([
      { title: 'Read, never highlighted', url: 'https://third.test/only-read', named: 1 },
      { title: 'Tensions flare', url: storyA, named: 2 },
    ]);
    const content = files.find((file) => file.name === 'Kassym-Jomart Tokayev.md')!.content;
    expect(content).toContain('On stage, in person.\nSecond line.');
    expect(content).toContain('Tags: #foreign-policy');
  });

  it('links each note to the others its highlights mention, and every link resolves to an exported note', () => {
    const names = new Set(files.map((file) => file.name.replace(/\.md$/, '')));
    const tokayev = note('Kassym-Jomart Tokayev');
    expect(tokayev.sections.map((section) => section.links)).toEqual([['Vladimir Putin'], ['Collective Security Treaty Organization CSTO']]);
    expect(note('Vladimir Putin').sections[0]!.links).toEqual(['Kassym-Jomart Tokayev']);
    expect(note('Sergei Ivanov').sections[0]!.links).toEqual(['Sergei Ivanov (ivanov-b)']);
    for (const file of files) {
      for (const section of parseNote(file.content).sections) for (const link of section.links) expect(names, `${file.name} → ${link}`).toContain(link);
    }
  });

  it('lists no articles section for an entity the memory never saw', () => {
    expect(note('Vladimir Putin').articles).toEqual([{ title: 'Tensions flare', url: storyA, named: 1 }]);
    expect(files.find((file) => file.name === 'Sergei Ivanov.md')!.content).not.toContain('## Articles you read');
  });
});

describe('note names', () => {
  it('are safe as file names and link targets, never empty', () => {
    expect(noteName('A/B: "C" [d] | e # f ^ g?', 'x')).toBe('A B C d e f g');
    expect(noteName('...', 'fallback-id')).toBe('fallback-id');
    expect(noteName('  ', 'fallback-id')).toBe('fallback-id');
  });

  it('stay unique ignoring case', () => {
    const names = noteNames(['a', 'b', 'c'], (id) => ({ a: 'Kyiv', b: 'KYIV', c: 'Kyiv' })[id]);
    expect(new Set([...names.values()].map((name) => name.toLowerCase())).size).toBe(3);
    expect(names.get('a')).toBe('Kyiv');
  });
});
