/**
 * Synthetic knowledge bases for the size benchmarks: the bundled KB plus generated people,
 * organisations, places and events until the matcher holds the wanted number of names. The
 * generator is seeded and sequential, so the 10k KB's entities are the first ones of the 100k KB
 * and an article naming them has real mentions in both.
 *
 * Names look like the domain's: multi-word personal names with transliteration variants and
 * initials, organisations with exact-case acronyms, places with adjectives, events in lower case
 * ("Velmarsk crisis"), and a few aliases that are ordinary English words ("Harvest", "Beacon").
 */
import type { Entity } from '../../lib/kb/schema';
import { seeded, type Random } from './prng';

const FIRST_NAMES = [
  'Aleksandr', 'Aigerim', 'Nurlan', 'Daria', 'Giorgi', 'Nino', 'Oksana', 'Taras', 'Rustam', 'Dilnoza', 'Bakhyt',
  'Yerlan', 'Marat', 'Svetlana', 'Irina', 'Mikhail', 'Elena', 'Viktor', 'Olga', 'Sergei', 'Anna', 'Dmitry',
  'Tatiana', 'Yuri', 'Natalia', 'Pavel', 'Galina', 'Arman', 'Saule', 'Timur', 'Madina', 'Askar', 'Zarina',
  'Levan', 'Tamar', 'Arsen', 'Lilit', 'Vahe', 'Farid', 'Leyla', 'Ilham', 'Sevinj', 'Andrzej', 'Agnieszka',
  'Tomas', 'Ruta', 'Janis', 'Liga', 'Mart', 'Kadri', 'Emmanuel', 'Claire', 'Olaf', 'Ursula', 'Giorgia',
  'Pedro', 'Keir', 'Rishi', 'Justin', 'Fumio', 'Yoon', 'Narendra', 'Recep', 'Hakan', 'Ebrahim', 'Hassan',
  'Mohammed', 'Abdullah', 'Cyril', 'Bola', 'William', 'Kamala', 'Antony', 'Jake', 'Lloyd', 'Wang', 'Xi',
  'Li', 'Ana', 'Jose', 'Luis', 'Maria', 'Gustavo', 'Javier', 'Nikol', 'Ilir', 'Edi', 'Aleksandar', 'Milos',
  'Zoran', 'Vesna', 'Dragan', 'Petra', 'Katarina', 'Ivo', 'Maia', 'Salome', 'Irakli', 'Bidzina', 'Kakha',
];

const ONSETS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'kh', 'sh', 'zh', 'ch', 'br', 'dr', 'gr', 'kr', 'st', 'tr', 'y'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ay', 'ei', 'ia', 'ya'];
const SURNAME_ENDINGS = ['ov', 'ova', 'enko', 'ski', 'son', 'ez', 'ian', 'idze', 'ashvili', 'uly', 'bek', 'escu', 'oglu', 'berg', 'mann', 'ini', 'etti', 'ard', 'ton', 'yev', 'in', 'uk'];
const PLACE_ENDINGS = ['sk', 'grad', 'abad', 'stan', 'ia', 'ovo', 'burg', 'pol', 'mar', 'ton', 'ville', 'ora', 'kent', 'dar'];
const PLACE_FORMS = ['{}', '{}', '{}', 'Port {}', 'New {}', '{} Oblast', 'Upper {}', '{} Region', 'Novo-{}'];
const SECTORS = ['Grain', 'Energy', 'Rail', 'Mining', 'Steel', 'Water', 'Health', 'Defence', 'Trade', 'Media', 'Shipping', 'Textile', 'Forestry', 'Aviation', 'Telecom', 'Fisheries', 'Tourism', 'Banking', 'Pipeline', 'Nuclear'];
const ORG_TYPES = ['Council', 'Agency', 'Authority', 'Company', 'Union', 'Institute', 'Bank', 'Federation', 'Corporation', 'Committee', 'Group', 'Fund', 'Commission', 'Association', 'Party', 'Front', 'Ministry', 'Alliance'];
const EVENT_TYPES = ['Summit', 'Accord', 'Crisis', 'Forum', 'Protests', 'Agreement', 'Conference', 'Uprising', 'Referendum', 'Talks'];
/** Ordinary words that also name something: the matcher must need their capitals. */
const COMMON_WORDS = ['Harvest', 'Beacon', 'Pioneer', 'Liberty', 'Horizon', 'Anchor', 'Falcon', 'Meridian', 'Compass', 'Frontier', 'Crown', 'Atlas', 'Vanguard', 'Sentinel', 'Lotus', 'Orbit', 'Granite', 'Harbour', 'Signal', 'Keystone', 'Summit', 'Chase', 'Apple', 'Mercury', 'Delta'];

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function syllables(random: Random, count: number): string {
  let word = '';
  for (let k = 0; k < count; k++) word += random.pick(ONSETS) + random.pick(VOWELS);
  return word;
}

const surname = (random: Random): string => capitalise(syllables(random, 1 + random.int(2)) + random.pick(SURNAME_ENDINGS));
const placeRoot = (random: Random): string => capitalise(syllables(random, 1 + random.int(2)) + random.pick(PLACE_ENDINGS));

/** A plausible transliteration variant ("Tokayev" / "Tokaev"), or undefined when none differs. */
function variantOf(name: string): string | undefined {
  const variant = name.replace(/kh/g, 'h').replace(/ya/g, 'ia').replace(/yev\b/g, 'ev').replace(/ov\b/g, 'off');
  return variant === name ? undefined : variant;
}

function acronymOf(words: readonly string[]): string {
  return words
    .filter((word) => /^[A-Z]/.test(word) && !['of', 'the'].includes(word))
    .map((word) => word[0])
    .join('');
}

export interface SyntheticEntity {
  entity: Entity;
  /** Names the matcher will hold for it, counted as the compiler does (label, aliases, adjectives, derived surnames). */
  names: number;
  /** One strong name to put in an article. */
  mention: string;
}

function base(type: Entity['type'], label: string, index: number, kind: string): Entity {
  const id = `${slug(label)}-${index}`;
  return {
    id,
    type,
    label,
    kind,
    aliases: [],
    description: `${label} is a synthetic ${kind} generated for Backstory's benchmarks.`,
    wikipedia: id,
    source: `https://en.wikipedia.org/wiki/${id}`,
  };
}

function person(random: Random, index: number): SyntheticEntity {
  const first = random.pick(FIRST_NAMES);
  const family = surname(random);
  const entity = base('person', `${first} ${family}`, index, 'politician');
  const aliases: string[] = [];
  const variant = variantOf(family);
  if (variant && random.chance(0.5)) aliases.push(`${first} ${variant}`);
  if (random.chance(0.4)) aliases.push(`${first[0]}. ${family}`);
  if (random.chance(0.2)) aliases.push(`${first} ${capitalise(syllables(random, 2))}ovich ${family}`);
  entity.aliases = aliases;
  // Label, aliases, and the bare surnames the compiler derives from each full name.
  const surnames = new Set([family, ...aliases.map((alias) => alias.split(' ').at(-1)!)]);
  return { entity, names: 1 + aliases.length + surnames.size, mention: entity.label };
}

function place(random: Random, index: number): SyntheticEntity {
  const root = placeRoot(random);
  const label = random.pick(PLACE_FORMS).replace('{}', root);
  const entity = base('place', label, index, random.pick(['city', 'region', 'town', 'province']));
  const variant = variantOf(label);
  if (variant && random.chance(0.5)) entity.aliases = [variant];
  if (label === root && random.chance(0.4)) entity.adjectives = [`${root.replace(/[aeiou]$/, '')}ian`];
  return { entity, names: 1 + entity.aliases.length + (entity.adjectives?.length ?? 0), mention: label };
}

function organisation(random: Random, index: number, places: readonly string[]): SyntheticEntity {
  const where = places.length > 0 && random.chance(0.6) ? random.pick(places) : placeRoot(random);
  const words = random.chance(0.3)
    ? [random.pick(['Ministry', 'Bank', 'Council', 'Institute']), 'of', random.pick(SECTORS), 'of', where]
    : [where, random.pick(SECTORS), random.pick(ORG_TYPES)];
  const label = words.join(' ');
  const entity = base('organization', label, index, 'organisation');
  const aliases: Entity['aliases'] = [];
  const acronym = acronymOf(words);
  if (acronym.length >= 3 && random.chance(0.5)) aliases.push({ text: acronym, case: 'exact' });
  if (random.chance(0.05)) aliases.push({ text: random.pick(COMMON_WORDS), weak: random.chance(0.5) });
  entity.aliases = aliases;
  return { entity, names: 1 + aliases.length, mention: label };
}

function event(random: Random, index: number, places: readonly string[]): SyntheticEntity {
  const where = places.length > 0 ? random.pick(places) : placeRoot(random);
  const type = random.pick(EVENT_TYPES);
  const year = 1991 + random.int(34);
  const label = `${year} ${where} ${type}`;
  const entity = base('event', label, index, 'event');
  entity.aliases = [`${where} ${type}`, `${where} ${type.toLowerCase()}`];
  if (type === 'Accord' || type === 'Agreement') entity.aliases.push(`Treaty of ${where}`);
  return { entity, names: 1 + entity.aliases.length, mention: `${where} ${type}` };
}

/**
 * Generated entities until their names reach `names`. Deterministic: the same seed gives the same
 * sequence, so a smaller target yields a prefix of a larger one.
 */
export function syntheticEntities(names: number, seed = 20220617): SyntheticEntity[] {
  const random = seeded(seed);
  const generated: SyntheticEntity[] = [];
  const labels = new Set<string>();
  const places: string[] = [];
  let total = 0;
  let index = 0;
  while (total < names) {
    const roll = random.next();
    const made =
      roll < 0.45 ? person(random, index) : roll < 0.7 ? organisation(random, index, places) : roll < 0.9 ? place(random, index) : event(random, index, places);
    index++;
    if (labels.has(made.entity.label)) continue;
    labels.add(made.entity.label);
    if (made.entity.type === 'place' && !made.entity.label.includes(' ')) places.push(made.entity.label);
    generated.push(made);
    total += made.names;
  }
  return generated;
}
