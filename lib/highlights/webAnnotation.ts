/**
 * JSON export and import in the W3C Web Annotation Data Model
 * (https://www.w3.org/TR/annotation-model/): an AnnotationCollection whose annotations carry the
 * note as a commenting TextualBody, each tag as a tagging TextualBody, and the page as
 * `target.source` with both selectors. What the model has no term for (the colour's name, page
 * metadata, entity ids) travels under `backstory`, so a round trip restores everything.
 */
import * as v from 'valibot';
import { COLOUR_NAMES, DEFAULT_COLOUR, highlightName, isColourName, type ColourName } from './colours';
import { LIMITS, TextPositionSelectorSchema, TextQuoteSelectorSchema, checkHighlight, describeIssues, type Highlight } from './record';
import { normalisePageUrl } from './url';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ANNOTATIONS = 100_000;

const iso = (time: number) => new Date(time).toISOString();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id as an IRI: UUIDs become urn:uuid, ids that already are IRIs stay as they are. */
function annotationId(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id}` : id;
}

export function toAnnotation(highlight: Highlight) {
  const body = [
    ...(highlight.note ? [{ type: 'TextualBody', value: highlight.note, format: 'text/plain', purpose: 'commenting' }] : []),
    ...highlight.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
  ];
  const selector = highlight.selectors.position ? [highlight.selectors.quote, highlight.selectors.position] : [highlight.selectors.quote];
  return {
    '@context': ANNOTATION_CONTEXT,
    id: annotationId(highlight.id),
    type: 'Annotation',
    motivation: highlight.note ? 'commenting' : 'highlighting',
    created: iso(highlight.createdAt),
    modified: iso(highlight.updatedAt),
    ...(body.length ? { body } : {}),
    target: { type: 'SpecificResource', source: highlight.url, styleClass: highlightName(highlight.colour), selector },
    backstory: {
      colour: highlight.colour,
      title: highlight.title,
      published: highlight.published,
      author: highlight.author,
      entityIds: highlight.entityIds,
    },
  };
}

export function toAnnotationCollection(records: readonly Highlight[], now = Date.now()) {
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: 'AnnotationCollection',
    label: 'Backstory highlights',
    total: records.length,
    generator: { type: 'Software', name: 'Backstory' },
    generated: iso(now),
    first: { id: `urn:uuid:${crypto.randomUUID()}`, type: 'AnnotationPage', startIndex: 0, items: records.map(toAnnotation) },
  };
}

export function toAnnotationJson(records: readonly Highlight[], now = Date.now()): string {
  return JSON.stringify(toAnnotationCollection(records, now), null, 2) + '\n';
}

// ——— import ———

const Time = v.pipe(v.string(), v.check((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO date-time'));
const Body = v.object({
  type: v.optional(v.string()),
  value: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.note))),
  purpose: v.optional(v.string()),
});
const Selector = v.looseObject({ type: v.string() });
const Target = v.object({
  source: v.pipe(v.string(), v.check((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) URL')),
  styleClass: v.optional(v.string()),
  // Lists first: valibot's object schemas accept arrays too.
  selector: v.union([v.pipe(v.array(Selector), v.minLength(1, 'needs at least one selector')), Selector], 'must be a selector or a list of selectors'),
});
const AnnotationSchema = v.object({
  id: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
  type: v.literal('Annotation', 'must be "Annotation"'),
  created: v.optional(Time),
  modified: v.optional(Time),
  body: v.optional(v.union([v.array(Body), Body], 'must be a body or a list of bodies')),
  target: v.union([v.pipe(v.array(Target), v.minLength(1)), Target], 'must be a target with a source URL and selectors'),
  backstory: v.optional(
    v.object({
      colour: v.optional(v.picklist(COLOUR_NAMES, `must be one of ${COLOUR_NAMES.join(', ')}`)),
      title: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.title))),
      published: v.optional(v.nullable(v.string())),
      author: v.optional(v.nullable(v.string())),
      entityIds: v.optional(v.array(v.string())),
    }),
  ),
});
type Annotation = v.InferOutput<typeof AnnotationSchema>;

export type ImportParse = { ok: true; records: Highlight[] } | { ok: false; error: string };

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The annotations inside whatever envelope the file uses, or why there are none. */
function annotationsOf(data: unknown): { items: unknown[]; path: string } | string {
  if (Array.isArray(data)) return { items: data, path: '' };
  if (typeof data !== 'object' || data === null) return `expected an AnnotationCollection object, found ${data === null ? 'null' : typeof data}`;
  const type = (data as { type?: unknown }).type;
  if (type === 'Annotation') return { items: [data], path: '' };
  if (type === 'AnnotationPage') {
    const items = (data as { items?: unknown }).items;
    return Array.isArray(items) ? { items, path: 'items' } : 'the AnnotationPage has no "items" list';
  }
  if (type === 'AnnotationCollection') {
    const first = (data as { first?: unknown }).first;
    if (typeof first === 'string') return 'the collection links to its pages instead of containing them; export it with the annotations embedded';
    const items = (first as { items?: unknown } | undefined)?.items;
    return Array.isArray(items) ? { items, path: 'first.items' } : 'the AnnotationCollection has no "first.items" list';
  }
  return `expected a W3C AnnotationCollection (as Backstory exports), found ${type === undefined ? 'an object without "type"' : `type ${JSON.stringify(type)}`}`;
}

/** A stable id for an annotation that has none, so importing it twice finds it the second time. */
function contentId(source: string, quote: { exact: string; prefix: string; suffix: string }, start: number | undefined): string {
  const key = [source, quote.prefix, quote.exact, quote.suffix, start ?? ''].join('\u0000');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `import-${(h2 >>> 0).toString(16).padStart(8, '0')}${(h1 >>> 0).toString(16).padStart(8, '0')}`;
}

function toRecord(annotation: Annotation, where: string, now: number): Highlight {
  const target = asList(annotation.target)[0]!;
  const selectors = asList(target.selector);
  const quoteIndex = selectors.findIndex((selector) => selector.type === 'TextQuoteSelector');
  if (quoteIndex < 0) throw new Error(`${where}.target.selector: needs a TextQuoteSelector`);
  const quote = v.safeParse(TextQuoteSelectorSchema, selectors[quoteIndex]);
  if (!quote.success) throw new Error(`${where}.target.selector: ${describeIssues(quote.issues)}`);
  const rawPosition = selectors.find((selector) => selector.type === 'TextPositionSelector');
  const position = rawPosition ? v.safeParse(TextPositionSelectorSchema, rawPosition) : undefined;
  if (position && !position.success) throw new Error(`${where}.target.selector: ${describeIssues(position.issues)}`);

  const bodies = asList(annotation.body);
  const note = bodies
    .filter((body) => body.purpose === 'commenting' || (body.purpose === undefined && body.type === 'TextualBody'))
    .map((body) => body.value ?? '')
    .filter(Boolean)
    .join('\n\n');
  const tags = bodies.filter((body) => body.purpose === 'tagging' && body.value).map((body) => body.value!);
  const styled = /^backstory-hl-(\w+)$/.exec(target.styleClass ?? '')?.[1];
  const colour: ColourName = annotation.backstory?.colour ?? (isColourName(styled) ? styled : DEFAULT_COLOUR);
  const created = annotation.created ? Date.parse(annotation.created) : undefined;
  const modified = annotation.modified ? Date.parse(annotation.modified) : undefined;
  const id = annotation.id?.replace(/^urn:uuid:/i, '') ?? contentId(target.source, quote.output, position?.output.start);

  try {
    return checkHighlight({
      id,
      url: normalisePageUrl(target.source),
      title: annotation.backstory?.title ?? '',
      published: annotation.backstory?.published ?? null,
      author: annotation.backstory?.author ?? null,
      selectors: { quote: quote.output, ...(position ? { position: position.output } : {}) },
      text: quote.output.exact,
      note,
      colour,
      tags,
      entityIds: annotation.backstory?.entityIds ?? [],
      createdAt: Math.max(0, created ?? modified ?? now),
      // Without a modification time an annotation never counts as newer than a stored copy.
      updatedAt: Math.max(0, modified ?? created ?? 0),
    });
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message.replace(/^Invalid highlight: /, '')}`);
  }
}

/**
 * Reads a JSON export and returns the records it holds, or the reason it cannot be imported. It
 * checks everything before returning anything, so a caller that writes only on `ok` writes a
 * whole file or nothing.
 */
export function parseAnnotationImport(text: string, now = Date.now()): ImportParse {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: `The file is too large (${megabytes(bytes)}); the limit is ${megabytes(MAX_IMPORT_BYTES)}.` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not JSON (${(error as Error).message}). Choose a .json file exported by Backstory or another Web Annotation tool.` };
  }
  const found = annotationsOf(data);
  if (typeof found === 'string') return { ok: false, error: `The file has the wrong shape: ${found}.` };
  if (found.items.length > MAX_IMPORT_ANNOTATIONS) {
    return { ok: false, error: `The file holds too many annotations (${found.items.length}); the limit is ${MAX_IMPORT_ANNOTATIONS}.` };
  }
  const records = new Map<string, Highlight>();
  for (const [index, item] of found.items.entries()) {
    const where = found.path ? `${found.path}[${index}]` : `annotation[${index}]`;
    const parsed = v.safeParse(AnnotationSchema, item);
    if (!parsed.success) {
      const problems = describeIssues(parsed.issues).replace(/(^|; )/g, `$1${where}.`);
      return { ok: false, error: `The file has the wrong shape: ${problems}` };
    }
    try {
      const record = toRecord(parsed.output, where, now);
      records.set(record.id, record);
    } catch (error) {
      return { ok: false, error: `The file has the wrong shape: ${(error as Error).message}` };
    }
  }
  return { ok: true, records: [...records.values()] };
}
