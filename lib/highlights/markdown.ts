/**
 * Markdown export for note-taking apps (Obsidian, Logseq, plain files): YAML front matter, each
 * highlight as a blockquote followed by its note and tags, optional [[wikilinks]] to entities.
 * Page text is escaped so it stays text; the reader's notes are theirs and kept as written.
 */
import type { Highlight } from './record';
import { byReadingOrder, groupByPage, type PageGroup } from './search';

export interface MarkdownOptions {
  /** Add an "Entities:" line of [[wikilinks]] under each highlight. */
  wikilinks?: boolean;
  /** The entity's name for a link; the id is used when this returns nothing. */
  entityLabel?: (id: string) => string | undefined;
  /** Time of the export, for the all-in-one file. */
  now?: number;
}

export interface ExportFile {
  name: string;
  mime: string;
  content: string;
}

/** A YAML double-quoted scalar; JSON's string syntax is a subset of it. */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

export function frontMatter(fields: Record<string, string | number | null>): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${value === null ? 'null' : typeof value === 'number' ? value : yamlString(value)}`);
  return ['---', ...lines, '---'].join('\n');
}

/** Backslash-escapes what Markdown would read as syntax (CommonMark lets any ASCII punctuation be escaped). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

function isoDate(time: number): string {
  return new Date(time).toISOString();
}

/** An Obsidian tag: no spaces, none of the characters that end a tag. */
export function hashtag(tag: string): string {
  return '#' + tag.replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_\-/]/gu, '');
}

/** Obsidian link targets may not contain these. */
function wikilink(label: string): string {
  return `[[${label.replace(/[[\]|#^\\]/g, ' ').replace(/\s+/g, ' ').trim()}]]`;
}

function highlightBlock(highlight: Highlight, options: MarkdownOptions): string {
  const parts = [highlight.text.split(/\r?\n/).map((line) => `> ${escapeMarkdown(line)}`.trimEnd()).join('\n')];
  if (highlight.note.trim()) parts.push(highlight.note.trim());
  const tags = highlight.tags.map(hashtag).filter((tag) => tag.length > 1);
  if (tags.length) parts.push(`Tags: ${tags.join(' ')}`);
  if (options.wikilinks && highlight.entityIds.length) {
    parts.push(`Entities: ${highlight.entityIds.map((id) => wikilink(options.entityLabel?.(id) ?? id)).join(' ')}`);
  }
  return parts.join('\n\n');
}

function savedOf(group: PageGroup): number {
  return Math.min(...group.highlights.map((highlight) => highlight.createdAt));
}

function pageBody(group: PageGroup, options: MarkdownOptions): string {
  return group.highlights.map((highlight) => highlightBlock(highlight, options)).join('\n\n---\n\n');
}

/** One page's highlights as a note of its own. */
export function pageToMarkdown(group: PageGroup, options: MarkdownOptions = {}): string {
  const head = frontMatter({ title: group.title || group.url, url: group.url, published: group.published, saved: isoDate(savedOf(group)) });
  return `${head}\n\n# ${escapeMarkdown(group.title || group.url)}\n\n${pageBody(group, options)}\n`;
}

/** Every page in one file: front matter for the export, a section per page. */
export function allToMarkdown(records: readonly Highlight[], options: MarkdownOptions = {}): string {
  const groups = groupByPage([...records].sort((a, b) => a.createdAt - b.createdAt));
  const head = frontMatter({ title: 'Backstory highlights', exported: isoDate(options.now ?? Date.now()), pages: groups.length, highlights: records.length });
  const sections = groups.map((group) => {
    const meta = [`- URL: <${group.url}>`, `- Published: ${group.published ?? 'unknown'}`, `- Saved: ${isoDate(savedOf(group))}`];
    return `## ${escapeMarkdown(group.title || group.url)}\n\n${meta.join('\n')}\n\n${pageBody(group, options)}`;
  });
  return `${head}\n\n# Backstory highlights\n\n${sections.join('\n\n')}\n`;
}

/** A file name from a title: letters, digits and dashes, never empty, never a path. */
export function fileSlug(title: string, fallback = 'page'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || fallback;
}

export function markdownFiles(records: readonly Highlight[], mode: 'pages' | 'all', options: MarkdownOptions = {}): ExportFile[] {
  const day = isoDate(options.now ?? Date.now()).slice(0, 10);
  if (mode === 'all') return [{ name: `backstory-highlights-${day}.md`, mime: 'text/markdown', content: allToMarkdown(records, options) }];
  const used = new Set<string>();
  return groupByPage(records).map((group) => {
    group.highlights.sort(byReadingOrder);
    let name = fileSlug(group.title || group.site);
    for (let n = 2; used.has(name); n++) name = `${fileSlug(group.title || group.site)}-${n}`;
    used.add(name);
    return { name: `${name}.md`, mime: 'text/markdown', content: pageToMarkdown(group, options) };
  });
}
