/**
 * What the background adds to a page's recognition besides names: its quotations checked against
 * the recorded statements, and its role descriptions ("the Kazakh president") resolved to the
 * person who held the office at the article's date. Plain data, offsets in the text the page sent.
 */
import type { Kb } from '../kb/load';
import { getEntity } from '../kb/load';
import type { Role } from '../kb/schema';
import { checkQuotation, findQuotations, type QuoteCheck, type StatementIndex } from '../quotes';
import { recognize, type Mention } from '../recognizer/recognize';
import { resolveRoleDescriptions, type RoleTense } from '../roles';
import type { Recognition } from './page';
import { recognizeForReading } from './recognition';
import { relatedEventIds } from './related';

/** A checked quotation of the page: the part compared with one recorded statement. */
export type PageQuote = QuoteCheck;

/** A role description resolved to a person, with the part of it that gets a mark. */
export interface PageRoleMention {
  /** The marked words: the description without the names inside it, which keep marks of their own. */
  start: number;
  end: number;
  /** The whole description as written ("president of Kazakhstan"). */
  description: string;
  entityId: string;
  role: Role;
  tense: RoleTense;
}

export interface ArticleChecks {
  quotes: PageQuote[];
  roleMentions: PageRoleMention[];
}

/** Every reference to an entity in a recognition: by name, and by a role description resolved to it. */
export function entityReferences(recognition: { mentions: readonly { entityId: string }[]; roleMentions?: readonly { entityId: string }[] }): { entityId: string }[] {
  return [...recognition.mentions, ...(recognition.roleMentions ?? [])].map(({ entityId }) => ({ entityId }));
}

/**
 * The words of the description [start, end) that no name mention covers, as one span: the longest
 * piece left, without the "’s" or "of (the)" that tied it to the name. Null when nothing is left.
 */
export function unnamedPart(text: string, start: number, end: number, names: readonly Pick<Mention, 'start' | 'end'>[]): { start: number; end: number } | null {
  const inside = names.filter((name) => name.start < end && start < name.end).sort((a, b) => a.start - b.start);
  const pieces: { start: number; end: number }[] = [];
  let from = start;
  for (const name of inside) {
    if (name.start > from) pieces.push({ start: from, end: name.start });
    from = Math.max(from, name.end);
  }
  if (from < end) pieces.push({ start: from, end });
  let best: { start: number; end: number } | null = null;
  for (const piece of pieces) {
    const raw = text.slice(piece.start, piece.end);
    const lead = /^(?:['’]s\b)?[\s\p{P}]*/u.exec(raw)![0].length;
    const trail = /[\s\p{P}]*(?:\s(?:of|of the|the))?[\s\p{P}]*$/iu.exec(raw.slice(lead))![0].length;
    const trimmed = { start: piece.start + lead, end: piece.end - trail };
    if (trimmed.end <= trimmed.start || !/\p{L}/u.test(text.slice(trimmed.start, trimmed.end))) continue;
    if (!best || trimmed.end - trimmed.start > best.end - best.start) best = trimmed;
  }
  return best;
}

const isPerson = (kb: Kb, id: string): boolean => getEntity(kb, id)?.type === 'person';

/**
 * Role descriptions of `text` resolved at `day`. A description right beside the name it resolves
 * to ("Kazakh President Kassym-Jomart Tokayev") gets no mark: the name has one already.
 */
export function roleMentionsOf(kb: Kb, text: string, found: readonly Mention[], day: string): PageRoleMention[] {
  const names = found.filter((mention) => mention.kind === 'name');
  return resolveRoleDescriptions(kb, text, found, day).flatMap((mention) => {
    if (mention.namedBeside !== undefined) return [];
    const part = unnamedPart(text, mention.start, mention.end, names);
    if (!part) return [];
    return [{ ...part, description: mention.text, entityId: mention.entityId, role: mention.role, tense: mention.tense }];
  });
}

/**
 * Checks the quotations that start at or after `from` (earlier text was checked when it arrived).
 * Only statements by `speakers` are considered: a quotation is never put in an absent person's mouth.
 */
export function quotesOf(text: string, from: number, statements: StatementIndex, speakers: ReadonlySet<string>): PageQuote[] {
  if (!statements.statements.some(({ statement }) => speakers.has(statement.speaker))) return [];
  return findQuotations(text)
    .filter((quotation) => quotation.start >= from)
    .flatMap((quotation) => checkQuotation(text, quotation, statements, { speakers }));
}

function shiftQuote(quote: PageQuote, by: number): PageQuote {
  if (by === 0) return quote;
  const shift = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: span.start - by, end: span.end - by });
  return {
    ...quote,
    quotation: shift(quote.quotation),
    span: shift(quote.span),
    diff: quote.diff.map((part) => (part.quote ? { ...part, quote: shift(part.quote) } : part)),
  };
}

/**
 * `recognizeForReading` plus the quote check and role descriptions at `day` (YYYY-MM-DD; none
 * without it). The records of the quotes' speakers and events and of the people the descriptions
 * resolve to are added, so the page can show their cards.
 */
export function recognizeWithChecks(kb: Kb, statements: StatementIndex, text: string, from = 0, day?: string): Recognition {
  const found = recognize(kb, text, day ? { day } : {});
  const recognition = recognizeForReading(kb, text, from, found);
  const roles = day ? roleMentionsOf(kb, text, found, day) : [];
  const speakers = new Set([...found, ...roles].map((mention) => mention.entityId).filter((id) => isPerson(kb, id)));
  const quotes = quotesOf(text, from, statements, speakers);
  const newRoles = roles.filter((mention) => mention.start >= from);
  const { records, relatedEvents } = recognition;
  for (const id of [...newRoles.map((mention) => mention.entityId), ...quotes.flatMap((quote) => [quote.speaker, quote.event ?? ''])]) {
    const record = records[id] ?? getEntity(kb, id);
    if (!record) continue;
    records[id] = record;
    if (record.type !== 'person' || relatedEvents[id]) continue;
    relatedEvents[id] = relatedEventIds(kb, id);
    for (const event of relatedEvents[id]) records[event] ??= getEntity(kb, event)!;
  }
  recognition.quotes = quotes.map((quote) => shiftQuote(quote, from));
  recognition.roleMentions = newRoles.map((mention) => ({ ...mention, start: mention.start - from, end: mention.end - from }));
  return recognition;
}

/** A checked quotation as the popup lists it. */
export interface QuoteOnPage {
  /** Its place among the page's checked quotations, for `revealQuote`. */
  index: number;
  verdict: PageQuote['verdict'];
  speaker: string;
  /** The quoted words compared with the record. */
  text: string;
}
