/**
 * A highlight as Backstory stores it, and the checks every record passes before it is written:
 * records arrive from content scripts and imported files, so their shape is verified, not assumed.
 */
import * as v from 'valibot';
import { COLOUR_NAMES } from './colours';

export const LIMITS = {
  quote: 20_000,
  context: 200,
  note: 50_000,
  title: 2_000,
  tags: 50,
  tag: 64,
  entities: 500,
  url: 4_000,
} as const;

const WebUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.check((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) URL'),
);

export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1, 'the quote is empty'), v.maxLength(LIMITS.quote)),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.context)), ''),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.context)), ''),
});

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));

export const TextPositionSelectorSchema = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: Offset, end: Offset }),
  v.check((position) => position.end > position.start, 'end must come after start'),
);

export const SelectorsSchema = v.object({
  quote: TextQuoteSelectorSchema,
  position: v.optional(TextPositionSelectorSchema),
});

const Tag = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.tag));
const Tags = v.pipe(v.array(Tag), v.maxLength(LIMITS.tags), v.transform((tags: string[]) => normaliseTags(tags)));
const Note = v.pipe(v.string(), v.maxLength(LIMITS.note));
const Colour = v.picklist(COLOUR_NAMES);
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));

/** What the page knows about itself, stored with each highlight. */
export const PageInfoSchema = v.object({
  url: WebUrl,
  title: v.pipe(v.string(), v.maxLength(LIMITS.title)),
  /** As the page states it (ISO date or date-time), or null. */
  published: v.nullable(v.pipe(v.string(), v.maxLength(100))),
  author: v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.title))),
});

/** A new highlight as the page proposes it; the background adds id and times. */
export const DraftSchema = v.object({
  ...PageInfoSchema.entries,
  selectors: SelectorsSchema,
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.quote)),
  note: Note,
  colour: Colour,
  tags: Tags,
  entityIds: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(200))), v.maxLength(LIMITS.entities)),
});

export const HighlightSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  ...DraftSchema.entries,
  createdAt: Time,
  updatedAt: Time,
});

/** What a reader can change after saving. */
export const PatchSchema = v.object({
  note: v.optional(Note),
  colour: v.optional(Colour),
  tags: v.optional(Tags),
});

export type PageInfo = v.InferOutput<typeof PageInfoSchema>;
export type HighlightDraft = v.InferOutput<typeof DraftSchema>;
export type Highlight = v.InferOutput<typeof HighlightSchema>;
export type HighlightPatch = v.InferOutput<typeof PatchSchema>;

/** Trimmed, without a leading "#", inner whitespace collapsed, duplicates (ignoring case) dropped. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/** Tags as a reader types them: "russia, forum #energy". */
export function parseTagInput(input: string): string[] {
  return normaliseTags(input.split(/[,\n]|(?=#)/));
}

/** One readable line per problem: "selectors.quote.exact: the quote is empty". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], limit = 3): string {
  const lines = issues.slice(0, limit).map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  if (issues.length > limit) lines.push(`…and ${issues.length - limit} more problems`);
  return lines.join('; ');
}

function checked<T>(schema: v.GenericSchema<unknown, T>, value: unknown, what: string): T {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new Error(`Invalid ${what}: ${describeIssues(result.issues)}`);
  return result.output;
}

export const checkDraft = (value: unknown): HighlightDraft => checked(DraftSchema, value, 'highlight');
export const checkHighlight = (value: unknown): Highlight => checked(HighlightSchema, value, 'highlight');
export const checkPatch = (value: unknown): HighlightPatch => checked(PatchSchema, value, 'change');
