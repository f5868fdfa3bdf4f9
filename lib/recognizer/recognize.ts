import type { Kb } from '../kb/load';
import { sourceEnd, toMatchText } from '../text/normalize';
import { resolve } from './resolve';
import { scan } from './scan';

/** A name in the text and the KB entity it stands for. */
export interface Mention {
  /** UTF-16 offsets into the text given to `recognize`; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  entityId: string;
  /** An adjective or demonym ("Kazakh") rather than a name. */
  kind: 'name' | 'adjective';
}

export interface RecognizeOptions {
  /** Report adjective mentions too (default true). They inform disambiguation either way. */
  adjectives?: boolean;
  /** The article's date (YYYY-MM-DD): it tells which election or summit a weak name means. */
  day?: string;
}

const invisible = /^[\p{Cf}\p{Cc}]$/u;
const isInvisible = (code: number): boolean => code >= 0x7f && code <= 0xffff && invisible.test(String.fromCharCode(code));

/**
 * Finds the KB's entities in `text`. Article blocks should be joined with blank lines ("\n\n"):
 * no name is ever matched across one. Cost is linear in the text and independent of the KB's size.
 */
export function recognize(kb: Kb, text: string, options: RecognizeOptions = {}): Mention[] {
  const includeAdjectives = options.adjectives ?? true;
  const matchText = toMatchText(text);
  const mentions: Mention[] = [];
  for (const { candidate, entity, kind } of resolve(kb, matchText, scan(kb, matchText), options.day)) {
    if (kind === 'adjective' && !includeAdjectives) continue;
    const start = matchText.starts[candidate.start]!;
    let end = sourceEnd(matchText, candidate.end - 1);
    // The last letter spans the invisible characters after it; the mention should not.
    while (end > start && isInvisible(text.charCodeAt(end - 1))) end--;
    mentions.push({ start, end, text: text.slice(start, end), entityId: kb.entities[entity]!.id, kind });
  }
  return mentions;
}
