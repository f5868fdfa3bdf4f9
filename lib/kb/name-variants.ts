import type { Entity } from './schema';

/** The label and the strong aliases with the default case rule: the names variants are made from. */
function plainNamesOf(entity: Entity): string[] {
  const aliases = entity.aliases.filter((alias) => typeof alias === 'string' || (!alias.weak && !alias.case));
  return [entity.label, ...aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text))];
}

/** "2024 Russian presidential election": the year, the qualifier (country), the kind, the vote. */
const DATED_VOTE = /^(\d{4}) (.+ )?(presidential|parliamentary|legislative|general|federal|constitutional) (election|elections|referendum)$/u;
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
  for (const name of plainNamesOf(entity)) {
    const match = DATED_VOTE.exec(name);
    if (!match) continue;
    const [, , qualifier = '', kind = '', vote = ''] = match;
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
    // "The German election", "the Czech elections": the kind of vote goes without saying in the
    // news when it is the country's own; the article's date tells which year, and which kind.
    if (qualifier && vote !== 'referendum') for (const form of ['election', 'elections']) names.add(`${qualifier}${form}`);
  }
  return [...names];
}

const ENGAGEMENT =
  /^(Battle|Battles|Siege|Capture|Liberation|Encirclement|Fall|Occupation|Annexation|Invasion|Bombing|Shelling|Sinking|Destruction|Poisoning|Assassination|Killing|Murder|Death|Arrest|Imprisonment|Funeral) of (\p{Lu}.*)$/u;

/**
 * "Battle of Bakhmut" and "Poisoning of Alexei Navalny" as the news also writes them, "battle of
 * Bakhmut", "poisoning of Alexei Navalny": the same name with a lower-case head. The place after "of" keeps its capital, so "the battle of attrition" never matches.
 */
export function lowerCaseHeadsOf(entity: Entity): string[] {
  if (entity.type !== 'event') return [];
  const names = plainNamesOf(entity);
  const heads = new Set<string>();
  for (const name of names) {
    const match = ENGAGEMENT.exec(name.replace(/ \(.*\)$/u, ''));
    if (match) heads.add(`${match[1]!.toLowerCase()} of ${match[2]}`);
  }
  return [...heads].filter((name) => !names.includes(name));
}

/** Words that end the names of plants, ports and bases, which the news writes in lower case. */
const GENERIC_TAILS = [
  'Nuclear Power Plant', 'Nuclear Power Station', 'Hydroelectric Power Plant', 'Hydroelectric Power Station', 'Thermal Power Plant',
  'Power Plant', 'Power Station', 'International Airport', 'Airport', 'Air Base', 'Airbase', 'Naval Base', 'Dam', 'Reservoir',
  'Bridge', 'Canal', 'Pipeline', 'Gas Pipeline', 'Oil Pipeline', 'Refinery', 'Oil Refinery', 'Oil Field', 'Gas Field', 'Seaport',
  'Sea Port', 'Port', 'Cosmodrome', 'Railway', 'Railway Station', 'Shipyard', 'Steelworks', 'Steel Plant', 'Plant', 'Mine', 'Terminal',
].sort((a, b) => b.length - a.length);
const GENERIC_WORDS = new Set(GENERIC_TAILS.flatMap((tail) => tail.split(' ')));

/**
 * "Bushehr Nuclear Power Plant" as the news also writes it, "the Bushehr nuclear power plant": the
 * generic words after the proper name in lower case. The proper name keeps its capitals, so a
 * plain "nuclear power plant" never matches; names that are nothing but generic words are skipped.
 */
export function lowerCaseTailsOf(entity: Entity): string[] {
  if (entity.type !== 'place' && entity.type !== 'organization') return [];
  const names = plainNamesOf(entity);
  const variants = new Set<string>();
  for (const name of names) {
    const plain = name.replace(/ \(.*\)$/u, '');
    const tail = GENERIC_TAILS.find((words) => plain.endsWith(` ${words}`));
    if (!tail) continue;
    const head = plain.slice(0, -tail.length - 1);
    if (!head.split(' ').some((word) => /^\p{Lu}/u.test(word) && !GENERIC_WORDS.has(word))) continue;
    variants.add(`${head} ${tail.toLowerCase()}`);
  }
  return [...variants].filter((name) => !names.includes(name));
}

/** How a country is named in its bodies' names: "Russia" ("Supreme Court of Russia"), "Kazakh" ("Kazakh Energy Ministry"). */
export interface CountryNames {
  label: string;
  adjectives: readonly string[];
}

/**
 * Whether a body's name without its country is still a name: two words or more ("Supreme Court",
 * not "Bank"), three for a party ("Social Democratic Party", not "Democratic Party": too many
 * countries have one of those for a reader to take it as the home country's).
 */
function isBodyHead(head: string): boolean {
  const words = head.split(' ');
  if (words.length < 2 || !/^\p{Lu}/u.test(head) || / of the Republic$/u.test(head)) return false;
  return !/\bPart(y|ies)\b/u.test(head) || words.length >= 3;
}

/**
 * "Supreme Court of Russia", "Kazakh Energy Ministry", "Finland's Defence Forces" without the
 * country: the bare name the news uses once the country is clear ("the Supreme Court", "the
 * Energy Ministry"). Weak and derived: it counts only where the full name, the article's home
 * country or the country right before it ("Russia's Supreme Court") says whose it is.
 */
export function bodyNamesOf(entity: Entity, country: CountryNames | undefined): string[] {
  if (entity.type !== 'organization' || !country) return [];
  const names = plainNamesOf(entity);
  const suffixes = [` of ${country.label}`, ` of the ${country.label}`];
  const prefixes = [...country.adjectives.map((adjective) => `${adjective} `), `${country.label}'s `];
  const heads = new Set<string>();
  for (const name of names) {
    for (const suffix of suffixes) if (name.endsWith(suffix)) heads.add(name.slice(0, -suffix.length));
    for (const prefix of prefixes) if (name.startsWith(prefix)) heads.add(name.slice(prefix.length));
  }
  return [...heads].filter((head) => isBodyHead(head) && !names.includes(head));
}

/**
 * A dated vote without its country, "the 2020 presidential election", "the disputed 2020 election":
 * what an article about one country writes once the country is clear. Weak and derived: only the
 * full name, the article's home country or the country right before it says whose vote it is.
 */
export function countrylessNamesOf(entity: Entity): string[] {
  if (entity.type !== 'event') return [];
  const names = new Set<string>();
  for (const name of plainNamesOf(entity)) {
    const match = DATED_VOTE.exec(name);
    if (!match || match[4] === 'referendum') continue;
    const [, year = '', , kind = ''] = match;
    for (const sameKind of SAME_VOTE[kind] ?? [kind]) for (const form of ['election', 'elections']) names.add(`${year} ${sameKind} ${form}`);
    names.add(`${year} election`);
    names.add(`${year} elections`);
  }
  return [...names];
}
