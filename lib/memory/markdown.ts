/**
 * Markdown export, one note per entity: the reader's highlights that mention it across every
 * article, then the articles they read that named it. Notes are named after the entity so that
 * Obsidian-style `[[links]]` between them resolve: a highlight naming two entities links each
 * note to the other.
 */
import type { Highlight } from '../highlights/record';
import { escapeMarkdown, frontMatter, hashtag, type ExportFile } from '../highlights/markdown';
import { groupByPage } from '../highlights/search';
import { siteOf } from '../highlights/url';
import { mentionsIn, type RememberedArticle } from './record';

export interface EntityNotesOptions {
  /** The entity's name; the id is used when this returns nothing. */
  entityLabel?: (id: string) => string | undefined;
  now?: number;
}

const NOTE_NAME_MAX = 120;

/**
 * A name usable both as a file name and as a `[[link]]` target: none of the characters Obsidian
 * or file systems refuse, whitespace collapsed, never empty.
 */
export function noteName(label: string, fallback: string): string {
  const name = label
    .replace(/[[\]|#^\\/:*?"<>\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, NOTE_NAME_MAX)
    .trim();
  return name || fallback;
}

/**
 * Note names for the entities, unique ignoring case (as macOS and Windows file systems compare):
 * a second entity with the same name gets its id in brackets.
 */
export function noteNames(ids: Iterable<string>, label: (id: string) => string | undefined): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of [...new Set(ids)].sort()) {
    const safeId = noteName(id, 'entity');
    let name = noteName(label(id) ?? id, safeId);
    if (taken.has(name.toLowerCase())) name = `${name} (${safeId})`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${noteName(label(id) ?? id, safeId)} (${safeId} ${n})`;
    taken.add(name.toLowerCase());
    names.set(id, name);
  }
  return names;
}

function link(title: string, url: string): string {
  // Angle brackets let a URL hold parentheses; the URL parser already percent-encodes "<" and ">".
  return `[${escapeMarkdown(title || siteOf(url))}](<${url}>)`;
}

function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${escapeMarkdown(line)}`.trimEnd())
    .join('\n');
}

function highlightBlock(highlight: Highlight, self: string, names: Map<string, string>): string {
  const parts = [quote(highlight.text)];
  if (highlight.note.trim()) parts.push(highlight.note.trim());
  const tags = highlight.tags.map(hashtag).filter((tag) => tag.length > 1);
  if (tags.length) parts.push(`Tags: ${tags.join(' ')}`);
  const others = highlight.entityIds.filter((id) => id !== self && names.has(id));
  if (others.length) parts.push(`Also: ${others.map((id) => `[[${names.get(id)}]]`).join(' ')}`);
  return parts.join('\n\n');
}

function day(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function articleLine(article: RememberedArticle, entityId: string): string {
  const count = mentionsIn(article, entityId);
  const details = [siteOf(article.url), article.published ? `published ${article.published}` : null, `read ${day(article.lastRead)}`, `named ${count} ${count === 1 ? 'time' : 'times'}`];
  return `- ${link(article.title, article.url)} · ${details.filter(Boolean).join(' · ')}`;
}

function entityNote(entityId: string, name: string, highlights: Highlight[], articles: RememberedArticle[], names: Map<string, string>, now: number): string {
  const head = frontMatter({ title: name, entity: entityId, highlights: highlights.length, articles: articles.length, exported: new Date(now).toISOString() });
  const sections = groupByPage([...highlights].sort((a, b) => a.createdAt - b.createdAt)).map((page) => {
    const meta = [siteOf(page.url), page.published ? `published ${page.published.slice(0, 10)}` : null].filter(Boolean).join(' · ');
    return `### ${link(page.title, page.url)}\n\n${meta}\n\n${page.highlights.map((highlight) => highlightBlock(highlight, entityId, names)).join('\n\n---\n\n')}`;
  });
  const body = [`# ${escapeMarkdown(name)}`, `## Highlights`, ...sections];
  if (articles.length) body.push('## Articles you read', articles.map((article) => articleLine(article, entityId)).join('\n'));
  return `${head}\n\n${body.join('\n\n')}\n`;
}

/**
 * One note per entity the highlights mention. `articles` is the reading memory (any order); each
 * note lists those that named its entity, last read first.
 */
export function entityNoteFiles(highlights: readonly Highlight[], articles: readonly RememberedArticle[], options: EntityNotesOptions = {}): ExportFile[] {
  const now = options.now ?? Date.now();
  const byEntity = new Map<string, Highlight[]>();
  for (const highlight of highlights) {
    for (const id of new Set(highlight.entityIds)) {
      const list = byEntity.get(id) ?? [];
      list.push(highlight);
      byEntity.set(id, list);
    }
  }
  const read = new Map<string, RememberedArticle[]>();
  for (const article of articles) {
    for (const id of article.entityIds) if (byEntity.has(id)) read.set(id, [...(read.get(id) ?? []), article]);
  }
  const names = noteNames(byEntity.keys(), (id) => options.entityLabel?.(id));
  return [...byEntity].map(([id, list]) => ({
    name: `${names.get(id)!}.md`,
    mime: 'text/markdown',
    content: entityNote(id, names.get(id)!, list, (read.get(id) ?? []).sort((a, b) => b.lastRead - a.lastRead), names, now),
  }));
}
