/**
 * The record of which KB titles were checked against a stored copy of English Wikipedia, and what
 * was found: `kb/checked/*.tsv`, one line per title (`title<TAB>verdict<TAB>evidence`). The
 * verdicts are facts about Wikipedia, not about the KB, so the report can tell a KB entity that
 * still uses a title Wikipedia moved, long after the check.
 */
import type { Entity } from './schema';

export type TitleVerdict =
  | { kind: 'article' }
  /** The stored page for this title shows another, canonical title. */
  | { kind: 'moved'; to: string }
  /** Looked for, no evidence either way. */
  | { kind: 'not-found' };

export interface TitleCheck {
  title: string;
  verdict: TitleVerdict;
  evidence: string;
  /** Where it was recorded, for messages: "kb/checked/titles-a.tsv:12". */
  where: string;
}

export interface TitleCheckFile {
  path: string;
  text: string;
}

const HEADER = 'title\tverdict\tevidence';

function parseVerdict(text: string): TitleVerdict | undefined {
  if (text === 'article' || text === 'not-found') return { kind: text };
  const moved = /^moved:(\S+)$/u.exec(text);
  return moved ? { kind: 'moved', to: moved[1]! } : undefined;
}

/** Every check in the files, and a message for each line that is not one (nothing is dropped silently). */
export function parseTitleChecks(files: readonly TitleCheckFile[]): { checks: TitleCheck[]; problems: string[] } {
  const checks: TitleCheck[] = [];
  const problems: string[] = [];
  for (const file of files) {
    file.text.split(/\r?\n/u).forEach((line, index) => {
      const where = `${file.path}:${index + 1}`;
      if (line.trim() === '' || (index === 0 && line.trim() === HEADER)) return;
      const [title = '', verdictText = '', evidence = '', ...rest] = line.split('\t');
      const verdict = parseVerdict(verdictText.trim());
      if (!title.trim() || /\s/u.test(title.trim()) || !verdict || rest.length > 0) {
        problems.push(`${where}: expected "<Title_with_underscores>\\t<article|moved:Title|not-found>\\t<evidence>", got "${line}"`);
        return;
      }
      checks.push({ title: title.trim(), verdict, evidence: evidence.trim(), where });
    });
  }
  return { checks, problems };
}

export interface TitleCheckFindings {
  /** KB entities whose title a stored Wikipedia page shows as an article. */
  confirmed: Entity[];
  /** KB entities whose title was looked for without an answer. */
  unanswered: Entity[];
  /** KB entities still using a title Wikipedia moved: the KB must follow. */
  stillMoved: { entity: Entity; check: TitleCheck }[];
  /** Checks that disagree with each other about one title. */
  conflicts: string[];
}

export function titleCheckFindings(entities: readonly Entity[], checks: readonly TitleCheck[]): TitleCheckFindings {
  const byTitle = new Map<string, TitleCheck>();
  const conflicts: string[] = [];
  for (const check of checks) {
    const earlier = byTitle.get(check.title);
    if (!earlier || earlier.verdict.kind === 'not-found') byTitle.set(check.title, check);
    else if (check.verdict.kind !== 'not-found' && JSON.stringify(earlier.verdict) !== JSON.stringify(check.verdict)) {
      conflicts.push(`${check.title}: ${earlier.where} and ${check.where} disagree`);
    }
  }
  const findings: TitleCheckFindings = { confirmed: [], unanswered: [], stillMoved: [], conflicts };
  for (const entity of entities) {
    const check = byTitle.get(entity.wikipedia);
    if (!check) continue;
    if (check.verdict.kind === 'article') findings.confirmed.push(entity);
    else if (check.verdict.kind === 'not-found') findings.unanswered.push(entity);
    else findings.stillMoved.push({ entity, check });
  }
  return findings;
}

/**
 * A title as Wikipedia has it now, following recorded moves (A → B → C). Gold annotations name
 * articles as they were titled when written; the evaluation reads them through this so a KB that
 * follows a move is not marked wrong by an older annotation it cannot edit.
 */
export function currentTitleOf(checks: readonly TitleCheck[]): (title: string) => string {
  const movedTo = new Map<string, string>();
  for (const check of checks) if (check.verdict.kind === 'moved') movedTo.set(check.title, check.verdict.to);
  return (title) => {
    const seen = new Set<string>();
    let current = title;
    // A cycle (A → B recorded, then B → A after a revert) stops at the first title seen twice.
    while (movedTo.has(current) && !seen.has(current)) {
      seen.add(current);
      current = movedTo.get(current)!;
    }
    return current;
  };
}
