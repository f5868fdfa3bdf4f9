import type { Entity } from './schema';

const DATED_VOTE = /^(?:\d{4}) (.+ )?(presidential|parliamentary|legislative|general|federal|constitutional) (election|elections|referendum)$/u;
/** The news calls a legislature's election either way, whatever Wikipedia's title says. */
const SAME_VOTE: Record<string, readonly string[]> = {
  parliamentary: ['parliamentary', 'legislative'],
  legislative: ['legislative', 'parliamentary'],
};

/**
 * Names without the year for a dated election or referendum ("2024 Russian presidential election"
 * → "Russian presidential election", "Russia's presidential elections", "presidential election in
 * Russia"), which the news uses as often as the full name. They are weak: several years share
 * them, so only a cue, the full name or the article's date tells which one is meant.
 * `countryName`: the label of the event's place, when it is a plain name.
 */
export function yearlessNamesOf(entity: Entity, countryName: string | undefined): string[] {
  if (entity.type !== 'event') return [];
  const names = new Set<string>();
  const dated = [entity.label, ...entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.weak ? '' : alias.text))];
  for (const name of dated) {
    const match = DATED_VOTE.exec(name);
    if (!match) continue;
    const [, qualifier = '', kind = '', vote = ''] = match;
    for (const sameKind of SAME_VOTE[kind] ?? [kind]) {
      const forms = vote === 'referendum' ? [vote] : ['election', 'elections'];
      for (const form of forms) {
        if (qualifier) names.add(`${qualifier}${sameKind} ${form}`);
        if (countryName && !countryName.includes('(')) {
          names.add(`${countryName}'s ${sameKind} ${form}`);
          names.add(`${sameKind} ${form} in ${countryName}`);
        }
      }
    }
  }
  return [...names];
}

const ENGAGEMENT = /^(Battle|Battles|Siege|Capture|Liberation|Encirclement) of (\p{Lu}.*)$/u;

/**
 * "Battle of Bakhmut" as the news also writes it, "battle of Bakhmut": the same name with a lower-case
 * head. The place after "of" keeps its capital, so "the battle of attrition" never matches.
 */
export function lowerCaseHeadsOf(entity: Entity): string[] {
  if (entity.type !== 'event') return [];
  const names = [entity.label, ...entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.weak ? '' : alias.text))];
  const heads = new Set<string>();
  for (const name of names) {
    const match = ENGAGEMENT.exec(name.replace(/ \(.*\)$/u, ''));
    if (match) heads.add(`${match[1]!.toLowerCase()} of ${match[2]}`);
  }
  return [...heads];
}
