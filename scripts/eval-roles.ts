/**
 * The role-description part of `npm run eval`: the gold's `descriptions` that name an office
 * ("Kazakh leader", "Kazakhstan’s president"), resolved at each article's date and scored apart
 * from the entity scores. Descriptions that are not offices ("economic forum") are not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { articleDate } from '../lib/extract/date';
import type { Kb } from '../lib/kb/load';
import { recognize } from '../lib/recognizer/recognize';
import { hasOfficePhrase, resolveRoleDescriptions, type RoleMention } from '../lib/roles/resolve';

export interface DescribedText {
  name: string;
  body: string;
  /** The article's date (YYYY-MM-DD); articles without one are skipped. */
  day?: string;
  entities: readonly { wikipedia: string; mentions?: string[]; descriptions?: string[] }[];
}

export interface RoleScore {
  name: string;
  day?: string;
  /** Gold role descriptions (entity and string) found in the body. */
  gold: number;
  resolved: number;
  wrong: { text: string; gold: string; got: string }[];
  missed: { text: string; gold: string }[];
  /** Resolutions where the gold has no description: right person per the gold's entities, or not. */
  extra: { text: string; got: string; listed: boolean }[];
}

function occurrences(body: string, text: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) found.push([at, at + text.length]);
  return found;
}

function titlesItsNamedHolder(body: string, hit: RoleMention, entities: DescribedText['entities'], title: string): boolean {
  const after = body.slice(hit.end).trimStart();
  const holder = entities.find((entity) => entity.wikipedia === title);
  return holder?.mentions?.some((mention) => after.startsWith(mention)) ?? false;
}

export function scoreRoleDescriptions(kb: Kb, texts: readonly DescribedText[]): RoleScore[] {
  const titleOf = (id: string): string => kb.entities[kb.indexById.get(id)!]!.wikipedia;
  return texts.map(({ name, body, day, entities }) => {
    const score: RoleScore = { name, day, gold: 0, resolved: 0, wrong: [], missed: [], extra: [] };
    if (!day) return score;
    const found = resolveRoleDescriptions(kb, body, recognize(kb, body, { day }), day);
    const claimed = new Set<number>();
    for (const entity of entities) {
      for (const text of entity.descriptions ?? []) {
        const spans = occurrences(body, text);
        if (spans.length === 0 || !hasOfficePhrase(kb, text)) continue;
        score.gold++;
        const overlapping = found.filter((mention) => spans.some(([start, end]) => mention.start < end && start < mention.end));
        overlapping.forEach((hit) => claimed.add(found.indexOf(hit)));
        // The same words elsewhere may be another person's title: "its energy minister said…" is the gold's,
        // "Azerbaijan's energy minister Parviz Shahbazov" is Shahbazov's, and resolving it to him is no error.
        const hits = overlapping.filter((hit) => {
          const title = titleOf(hit.entityId);
          return title === entity.wikipedia || !titlesItsNamedHolder(body, hit, entities, title);
        });
        const right = hits.find((hit) => titleOf(hit.entityId) === entity.wikipedia);
        if (right) score.resolved++;
        else if (hits[0]) score.wrong.push({ text, gold: entity.wikipedia, got: titleOf(hits[0].entityId) });
        else score.missed.push({ text, gold: entity.wikipedia });
      }
    }
    const listed = new Set(entities.map((entity) => entity.wikipedia));
    found.forEach((mention, k) => {
      if (!claimed.has(k)) score.extra.push({ text: mention.text, got: titleOf(mention.entityId), listed: listed.has(titleOf(mention.entityId)) });
    });
    return score;
  });
}

export function printRoleScores(scores: readonly RoleScore[], label: string): void {
  const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)}%`);
  console.log('\nROLE DESCRIPTIONS (gold descriptions naming an office, resolved at the article date)');
  for (const score of scores) {
    if (!score.day) {
      console.log(`${score.name}  no article date: skipped`);
      continue;
    }
    console.log(`${score.name}  ${score.day}  resolved ${score.resolved}/${score.gold}  wrong ${score.wrong.length}  extra ${score.extra.length}`);
    for (const miss of score.missed) console.log(`  miss   "${miss.text}" (gold: ${miss.gold})`);
    for (const wrong of score.wrong) console.log(`  wrong  "${wrong.text}" → ${wrong.got} (gold: ${wrong.gold})`);
    for (const extra of score.extra) console.log(`  extra  "${extra.text}" → ${extra.got}${extra.listed ? '' : ' (not in the gold entities)'}`);
  }
  const sum = (pick: (score: RoleScore) => number): number => scores.reduce((total, score) => total + pick(score), 0);
  const gold = sum((score) => score.gold);
  const resolved = sum((score) => score.resolved);
  const wrong = sum((score) => score.wrong.length);
  const extra = sum((score) => score.extra.length);
  const unlisted = sum((score) => score.extra.filter((item) => !item.listed).length);
  console.log(
    `${label}ROLES TOTAL  recall ${percent(resolved, gold)} (${resolved}/${gold})  precision ${percent(resolved, resolved + wrong)} (${resolved}/${resolved + wrong})  extra ${extra} (${unlisted} not in the gold entities)`,
  );
}

/** The publication day a fixture page declares, as the content script would read it. */
export function pageDayOf(pagePath: string): string | undefined {
  if (!existsSync(pagePath)) return undefined;
  const window = new Window();
  try {
    const doc = new window.DOMParser().parseFromString(readFileSync(pagePath, 'utf8'), 'text/html') as unknown as Document;
    const found = articleDate(doc, new Date());
    return found.source === 'today' ? undefined : found.date;
  } finally {
    void window.happyDOM.close();
  }
}
