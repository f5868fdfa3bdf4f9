/**
 * Role descriptions in article text ("the Kazakh president", "Britain's former prime minister",
 * "the secretary-general of NATO", "the then-Russian foreign minister") resolved to the person
 * who held that office at the article's date. A description is resolved only when exactly one KB
 * person fits; anything else is left alone.
 */
import type { Kb } from '../kb/load';
import type { Role } from '../kb/schema';
import type { Mention } from '../recognizer/recognize';
import { holdingsOf, roleIndexOf, type Holding, type RoleIndex } from './holders';
import {
  descriptionPhrases,
  equivalentOffices,
  HEAD_OF_GOVERNMENT,
  HEAD_OF_ORGANISATION,
  HEAD_OF_REGION,
  HEAD_OF_STATE,
  LEADERSHIP_AMBIGUOUS,
  LED_BY_HEAD_OF_GOVERNMENT,
  meaningsOf,
  OFFICES_HELD_IN,
  OFFICES_OF_BODIES,
  TOP_COMMAND,
  type OfficeClass,
} from './offices';
import { namesAnotherTime, periodOfSentence, type Period } from './period';
import { wordsOf, type Word } from './text-words';

/**
 * `current`: held on the article's date. `former`: held before it, not on it. `then`: held at
 * the time the sentence speaks of (it must name a year). `first`/`last`: the first holder ever,
 * or the last of an office nobody holds any more.
 */
export type RoleTense = 'current' | 'former' | 'then' | 'first' | 'last';

export interface RoleMention {
  /** UTF-16 offsets of the description ("former Kazakh president"), without its article. */
  start: number;
  end: number;
  text: string;
  /** The person it resolves to. */
  entityId: string;
  role: Role;
  tense: RoleTense;
  /** The country or organisation the office belongs to. */
  jurisdiction: string;
  /** The person named right beside it ("Kazakh President Kassym-Jomart Tokayev"), if any. */
  namedBeside?: string;
  /** For "his Russian counterpart": the person whose counterpart it is. */
  counterpartOf?: string;
}

const MODIFIERS: Record<string, RoleTense | 'keep'> = {
  former: 'former',
  ex: 'former',
  late: 'former',
  then: 'then',
  first: 'first',
  last: 'last',
  current: 'current',
  incumbent: 'current',
  sitting: 'current',
  outgoing: 'current',
  acting: 'current',
  interim: 'current',
  new: 'keep',
  longtime: 'keep',
  'long time': 'keep',
};
/** Words before an office that make it another office ("deputy foreign minister"). */
const SUBORDINATE = new Set(['deputy', 'vice', 'assistant', 'under', 'junior', 'shadow', 'associate', 'co']);
const PLACE_OR_BODY = new Set(['place', 'organization']);
/** Words after "<office> of <body>" that name a unit within the body, with a head of its own. */
const UNITS_WITHIN = new Set([
  'contingent', 'mission', 'delegation', 'team', 'force', 'forces', 'troops', 'peacekeepers', 'peacekeeping', 'monitoring',
  'observers', 'secretariat', 'department', 'branch', 'bureau', 'office', 'staff', 'group', 'unit', 'operation', 'committee',
  'commission', 'summit', 'faction', 'caucus',
]);
const MAX_PHRASE_WORDS = 6;
/** Words before "its head" that make it the body part ("over its head", "turned on its head"). */
const BODY_IDIOM = new Set(['over', 'on', 'above', 'off']);

interface Phrases {
  byFirstWord: ReadonlyMap<string, readonly string[][]>;
}

const phraseCache = new WeakMap<RoleIndex, Phrases>();

function phrasesOf(index: RoleIndex): Phrases {
  const cached = phraseCache.get(index);
  if (cached) return cached;
  const byFirstWord = new Map<string, string[][]>();
  for (const phrase of descriptionPhrases(index.offices)) {
    const words = phrase.split(' ');
    if (words.length > MAX_PHRASE_WORDS) continue;
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push(words);
    byFirstWord.set(words[0]!, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  const phrases = { byFirstWord };
  phraseCache.set(index, phrases);
  return phrases;
}

/** The longest office phrase starting at word `at`, as its number of words and text. */
function phraseAt(words: readonly Word[], at: number, phrases: Phrases): { length: number; phrase: string } | null {
  for (const candidate of phrases.byFirstWord.get(words[at]!.lower) ?? []) {
    if (at + candidate.length > words.length) continue;
    let fits = true;
    for (let k = 1; k < candidate.length && fits; k++) {
      const word = words[at + k]!;
      // A phrase never spans a sentence or a possessive ("the president's office" is fine at its end).
      fits = word.lower === candidate[k] && !words[at + k - 1]!.possessive && !word.breakBefore;
    }
    if (fits) return { length: candidate.length, phrase: candidate.join(' ') };
  }
  return null;
}

/** Mentions by the offset of their last character, and of their first. */
function mentionIndex(mentions: readonly Mention[]): { endingAt: Map<number, Mention>; startingAt: Map<number, Mention> } {
  return {
    endingAt: new Map(mentions.map((mention) => [mention.end, mention])),
    startingAt: new Map(mentions.map((mention) => [mention.start, mention])),
  };
}

function holdersFor(kb: Kb, index: RoleIndex, phrase: string, jurisdiction: string, day: string, named: string | undefined): Holding[] {
  const meaning = meaningsOf(phrase, index.offices);
  if (!meaning) return [];
  // A government has several deputy prime ministers at once, the KB rarely all: only a name tells.
  if (meaning.shared && named === undefined) return [];
  if (!meaning.officeClass) return holdingsOf(index, meaning.offices, jurisdiction);
  return holdersOfClass(kb, index, meaning.officeClass, jurisdiction, day);
}

function holdersOfClass(kb: Kb, index: RoleIndex, officeClass: OfficeClass, jurisdiction: string, day: string): Holding[] {
  const type = kb.entities[kb.indexById.get(jurisdiction)!]?.type;
  if (officeClass === 'top commander') {
    for (const office of TOP_COMMAND) {
      const holdings = holdingsOf(index, [office], jurisdiction);
      if (holdings.length > 0) return holdings;
    }
    return [];
  }
  if (officeClass === 'head of state') return holdingsOf(index, HEAD_OF_STATE, jurisdiction);
  if (officeClass === 'head of government') return holdingsOf(index, HEAD_OF_GOVERNMENT, jurisdiction);
  if (type === 'organization') return holdingsOf(index, officeClass === 'head of region' ? ['governor'] : HEAD_OF_ORGANISATION, jurisdiction);
  // A region's or a city's head: "the head of Bashkortostan", "the Belgorod governor".
  const regional = holdingsOf(index, HEAD_OF_REGION, jurisdiction);
  if (officeClass !== 'leader') return regional;
  if (LEADERSHIP_AMBIGUOUS.has(jurisdiction)) return [];
  const presidents = holdingsOf(index, ['president', 'acting president'], jurisdiction);
  const heads = holdingsOf(index, HEAD_OF_GOVERNMENT, jurisdiction);
  // "The Chechen leader": a place led by a head at the date, not a president; a republic's own
  // prime minister answers to its head.
  const inOffice = (holding: Holding): boolean => holding.from <= day && day <= holding.to;
  if (!presidents.some(inOffice) && regional.some(inOffice)) return regional;
  // A country's leader: its president, or its head of government where that office leads.
  if (LED_BY_HEAD_OF_GOVERNMENT.has(jurisdiction)) return heads;
  const presidentThen = presidents.some((holding) => holding.from <= day && day <= holding.to);
  return presidents.length > 0 && (presidentThen || heads.length === 0) ? presidents : heads;
}

const overlaps = (holding: Holding, from: string, to: string): boolean => holding.from <= to && from <= holding.to;

/** The one person the tense picks among the holders, with the role that makes it so, or null. */
function pick(holdings: readonly Holding[], tense: RoleTense, day: string, period: Period | null, named: string | undefined): Holding | null {
  let chosen: Holding[];
  if (tense === 'current') {
    chosen = holdings.filter((holding) => overlaps(holding, day, day));
  } else if (tense === 'former') {
    const current = new Set(holdings.filter((holding) => overlaps(holding, day, day)).map((holding) => holding.person));
    chosen = holdings.filter((holding) => holding.to < day && !current.has(holding.person));
  } else if (tense === 'then') {
    chosen = period ? holdings.filter((holding) => overlaps(holding, period.from, period.to)) : [];
  } else if (tense === 'first') {
    const started = holdings.filter((holding) => holding.from !== '0000-01-01' && holding.from <= day);
    const earliest = started.reduce((min, holding) => (holding.from < min ? holding.from : min), '9999-12-31');
    chosen = started.filter((holding) => holding.from === earliest);
  } else {
    if (holdings.some((holding) => overlaps(holding, day, day))) return null;
    const ended = holdings.filter((holding) => holding.to < day);
    const latest = ended.reduce((max, holding) => (holding.to > max ? holding.to : max), '0000-01-01');
    chosen = ended.filter((holding) => holding.to === latest);
  }
  const people = new Set(chosen.map((holding) => holding.person));
  if (named !== undefined) return people.has(named) ? chosen.find((holding) => holding.person === named)! : null;
  return people.size === 1 ? chosen[chosen.length - 1]! : null;
}

/** The person mention right after the description (optionally after a comma) or right before it, after a comma. */
function namedBeside(text: string, start: number, end: number, mentions: ReturnType<typeof mentionIndex>, kb: Kb): string | undefined {
  const isPerson = (mention: Mention | undefined): mention is Mention =>
    mention !== undefined && mention.kind === 'name' && kb.entities[kb.indexById.get(mention.entityId)!]?.type === 'person';
  const after = /^(?:['’]s)?,?\s+/u.exec(text.slice(end, end + 8));
  const next = after ? mentions.startingAt.get(end + after[0].length) : undefined;
  if (isPerson(next)) return next.entityId;
  const before = /(,\s*(?:the\s+|a\s+)?)$/iu.exec(text.slice(Math.max(0, start - 8), start));
  const previous = before ? mentions.endingAt.get(start - before[1]!.length) : undefined;
  return isPerson(previous) ? previous.entityId : undefined;
}

const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/**
 * "Sergei Lebedev, a former head of Russia's Foreign Intelligence Service": a description set
 * beside a person's name the KB lacks is that person's, so no KB holder may take it.
 */
function besideUnknownName(text: string, start: number, mentions: ReturnType<typeof mentionIndex>): boolean {
  const from = Math.max(0, start - 60);
  const before = /(\p{Lu}[\p{L}'’-]+\s+(\p{Lu}[\p{L}'’-]+)),\s*(?:the\s+|an?\s+)?$/u.exec(text.slice(from, start));
  if (!before || CALENDAR.test(before[2]!)) return false;
  const nameStart = from + before.index;
  const nameEnd = nameStart + before[1]!.length;
  // Whatever the KB knows there (a person, a place, a body) is no unknown name.
  for (let at = nameStart; at <= nameEnd; at++) if (mentions.startingAt.has(at) || mentions.endingAt.has(at)) return false;
  return true;
}

interface Context {
  kb: Kb;
  text: string;
  day: string;
  index: RoleIndex;
  words: readonly Word[];
  mentions: readonly Mention[];
  byOffset: ReturnType<typeof mentionIndex>;
}

function isJurisdiction(kb: Kb, mention: Mention | undefined): mention is Mention {
  return mention !== undefined && PLACE_OR_BODY.has(kb.entities[kb.indexById.get(mention.entityId)!]?.type ?? '');
}

/** The description built around the office phrase at words `at..last`, resolved, or null. */
function describe(context: Context, at: number, last: number, phrase: string): RoleMention | null {
  const { kb, text, words, byOffset, day } = context;
  let end = words[last]!.end;
  let tense = 'current' as RoleTense;
  let k = at - 1;
  // Modifiers, then a jurisdiction ("Kazakh", "Britain’s", "NATO"), then modifiers again.
  const takeModifiers = (): void => {
    while (k >= 0 && !words[k]!.possessive && !words[k + 1]!.breakBefore) {
      const two = k > 0 ? MODIFIERS[`${words[k - 1]!.lower} ${words[k]!.lower}`] : undefined;
      const modifier = two ?? MODIFIERS[words[k]!.lower];
      if (!modifier) break;
      if (modifier !== 'keep') tense = modifier;
      k -= two ? 2 : 1;
    }
  };
  takeModifiers();
  if (k >= 0 && !words[k + 1]!.breakBefore && SUBORDINATE.has(words[k]!.lower)) return null;
  let jurisdiction: Mention | undefined;
  // A name may end in its own full stop ("U.S.").
  const before = k >= 0 && !words[k + 1]!.breakBefore ? (byOffset.endingAt.get(words[k]!.end) ?? byOffset.endingAt.get(words[k]!.end + 1)) : undefined;
  if (isJurisdiction(kb, before)) {
    jurisdiction = before;
    while (k >= 0 && words[k]!.start >= before.start) k--;
    takeModifiers();
  }
  const start = Math.min(words[k + 1]!.start, jurisdiction?.start ?? Number.POSITIVE_INFINITY);
  // Or after the office: "of [the] <jurisdiction>".
  if (!jurisdiction && last + 1 < words.length && words[last + 1]!.lower === 'of' && !words[last]!.possessive) {
    let next = last + 2;
    if (next < words.length && words[next]!.lower === 'the') next++;
    let after = next < words.length ? byOffset.startingAt.get(words[next]!.start) : undefined;
    // "The head of Russia's Federal Security Service": the body, not its country.
    const owned = after && /^['’]s\s+$/u.test(text.slice(after.end, after.end + 3)) ? byOffset.startingAt.get(after.end + 3) : undefined;
    if (isJurisdiction(kb, owned) && owned.kind === 'name') after = owned;
    if (isJurisdiction(kb, after) && after.kind === 'name') {
      // "The head of the CSTO contingent" leads a unit of the body, not the body.
      if (UNITS_WITHIN.has(/^\s+(\p{Ll}+)/u.exec(text.slice(after.end, after.end + 24))?.[1] ?? '')) return null;
      jurisdiction = after;
      end = after.end;
    }
  }
  const named = namedBeside(text, start, end, byOffset, kb);
  const period = tense === 'then' ? periodOfSentence(text, start, day) : null;
  if (!jurisdiction) {
    const owner = k >= 0 && words[k]!.lower === 'its' && !words[k + 1]!.breakBefore && !BODY_IDIOM.has(words[k - 1]?.lower ?? '') ? ownerOfIts(context, words[k]!.start, phrase, tense, period, named) : null;
    if (owner) return { start, end, text: text.slice(start, end), entityId: owner.holding.person, role: owner.holding.role, tense, jurisdiction: owner.where };
    const titled = titleBeforeName(context, phrase, start, end, tense, named);
    // Only "the" and the office: "the new president" may be the one just elected, not yet in office.
    if (titled || named !== undefined || k !== at - 1 || words[k]!.lower !== 'the' || words[at]!.breakBefore) return titled;
    const earlier = holderNamedEarlier(context, phrase, start, tense);
    if (!earlier) return null;
    return { start, end, text: text.slice(start, end), entityId: earlier.person, role: earlier.role, tense, jurisdiction: countryOf(kb, earlier) ?? [...earlier.jurisdictions][0]! };
  }

  if (named === undefined && besideUnknownName(text, start, byOffset)) return null;
  const found = holderIn(context, jurisdiction.entityId, phrase, tense, period, named);
  if (!found) return null;
  const { holding, where } = found;
  return {
    start,
    end,
    text: text.slice(start, end),
    entityId: holding.person,
    role: holding.role,
    tense,
    jurisdiction: where,
    ...(named ? { namedBeside: named } : {}),
  };
}

/** The place among the entities a holding's office belongs to (the country, not its ministry). */
const countryOf = (kb: Kb, holding: Holding): string | undefined => [...holding.jurisdictions].find((id) => kb.entities[kb.indexById.get(id)!]?.type === 'place');

/** The one holder of the office `phrase` in `jurisdiction` (or in what it stands for) that the tense picks. */
function holderIn(context: Context, jurisdiction: string, phrase: string, tense: RoleTense, period: Period | null, named: string | undefined): { holding: Holding; where: string } | null {
  const { kb, index, day } = context;
  let where = jurisdiction;
  const record = kb.entities[kb.indexById.get(where)!];
  if (OFFICES_OF_BODIES.has(phrase) && record?.type !== 'organization') return null;
  let holders = holdersFor(kb, index, phrase, where, day, named);
  // "The Kremlin spokesman": a government named by its seat stands for its country's offices.
  if (holders.length === 0 && record?.kind === 'government' && record.country) {
    where = record.country;
    holders = holdersFor(kb, index, phrase, where, day, named);
  }
  const heldIn = OFFICES_HELD_IN[where];
  if (holders.length === 0 && heldIn) {
    where = heldIn;
    holders = holdersFor(kb, index, phrase, where, day, named);
  }
  const holding = pick(holders, tense, day, period, named);
  return holding ? { holding, where } : null;
}

/**
 * "Kazakhstan will double its shipments …, its energy minister said": "its" is a country or body
 * named earlier in the sentence, or in the one before when "Its" opens a sentence. Which one is
 * not read from the grammar; the description is resolved only when exactly one of them has a
 * holder of the office.
 */
function ownerOfIts(context: Context, at: number, phrase: string, tense: RoleTense, period: Period | null, named: string | undefined): { holding: Holding; where: string } | null {
  const { kb, text, mentions } = context;
  const owners = new Map<string, { holding: Holding; where: string }>();
  const sentencesBack = text[at] === 'I' ? 1 : 0;
  for (const mention of mentions) {
    if (mention.end > at || mention.kind !== 'name' || !isJurisdiction(kb, mention)) continue;
    // The slice takes the capital of "Its" so that a sentence ending right before it counts.
    if (sentenceEnds(text, mention.end, at + 1) > sentencesBack) continue;
    const found = holderIn(context, mention.entityId, phrase, tense, period, named);
    if (found) owners.set(found.holding.person, found);
  }
  return owners.size === 1 ? [...owners.values()][0]! : null;
}

/**
 * "Tokayev … the president said": a bare office after "the" is the one person named earlier in the
 * article who held it at the date. Classes ("the leader", "the head") and offices several people
 * hold at once are too vague for that.
 */
function holderNamedEarlier(context: Context, phrase: string, start: number, tense: RoleTense): Holding | null {
  const { kb, index, mentions, day } = context;
  const meaning = meaningsOf(phrase, index.offices);
  if (!meaning || meaning.officeClass || meaning.shared) return null;
  const holdings: Holding[] = [];
  const seen = new Set<string>();
  for (const mention of mentions) {
    if (mention.end > start || mention.kind !== 'name' || seen.has(mention.entityId)) continue;
    seen.add(mention.entityId);
    if (kb.entities[kb.indexById.get(mention.entityId)!]?.type !== 'person') continue;
    holdings.push(...(index.byPerson.get(mention.entityId) ?? []).filter((holding) => meaning.offices.includes(holding.office)));
  }
  return pick(holdings, tense, day, null, undefined);
}

/**
 * "Chancellor Olaf Scholz", "digital development minister Maksut Shadayev", "Lavrov, the foreign
 * minister": an office beside a person's name needs no country; it is resolved when that person
 * held the office at the date.
 */
function titleBeforeName(context: Context, phrase: string, start: number, end: number, tense: RoleTense, named: string | undefined): RoleMention | null {
  const { kb, text, index, day } = context;
  const meaning = meaningsOf(phrase, index.offices);
  if (named === undefined || !meaning) return null;
  // Of the classes only a governor is one office ("Governor Vyacheslav Gladkov").
  const offices = meaning.officeClass === 'head of region' ? ['governor'] : meaning.officeClass ? [] : meaning.offices;
  const holdings = (index.byPerson.get(named) ?? []).filter((holding) => offices.includes(holding.office));
  const holding = pick(holdings, tense, day, null, named);
  const where = holding && countryOf(kb, holding);
  if (!holding || !where) return null;
  return { start, end, text: text.slice(start, end), entityId: holding.person, role: holding.role, tense, jurisdiction: where, namedBeside: named };
}

// "His Russian counterpart": the holder, in the country named, of the office the person "his"
// refers to holds. Only "his"/"her" or a person's possessive ("Lavrov's"); "their … counterparts"
// and "Kazakhstan's counterpart" are left alone, and so is any doubt about the person or the office.

const COUNTERPART_PRONOUNS = new Set(['his', 'her']);
const HEADS = new Set([...HEAD_OF_STATE, ...HEAD_OF_GOVERNMENT]);

/** Whether a country is led by its head of state or its head of government; null when unclear. */
function leaderKind(context: Context, country: string): 'state' | 'government' | null {
  if (LEADERSHIP_AMBIGUOUS.has(country)) return null;
  const leaders = holdersOfClass(context.kb, context.index, 'leader', country, context.day);
  if (leaders.length === 0) return null;
  if (leaders.every((holding) => HEAD_OF_STATE.includes(holding.office))) return 'state';
  return leaders.every((holding) => HEAD_OF_GOVERNMENT.includes(holding.office)) ? 'government' : null;
}

/**
 * The one person who holds, on the day, in `target`, the office `anchor` holds: undefined when
 * there is none, null when it is in doubt (several offices pointing to different people, an
 * office with several holders, a president whose counterpart may be a prime minister).
 */
function counterpartOf(context: Context, anchor: string, target: string): Holding | null | undefined {
  const { kb, index, day } = context;
  const held = (index.byPerson.get(anchor) ?? []).filter((holding) => overlaps(holding, day, day));
  if (held.length === 0 || held.some((holding) => holding.jurisdictions.has(target))) return null;
  let found: Holding | undefined;
  for (const holding of held) {
    const countries = [...holding.jurisdictions].filter((id) => kb.entities[kb.indexById.get(id)!]?.type === 'place');
    if (countries.length === 0) continue;
    const offices = equivalentOffices(holding.office);
    if (!offices) return null;
    // A president who leads his country has, in a country its prime minister leads, no clear counterpart.
    if (HEADS.has(holding.office)) {
      const kind = HEAD_OF_STATE.includes(holding.office) ? 'state' : 'government';
      const targetKind = leaderKind(context, target);
      if (targetKind === null || countries.some((country) => leaderKind(context, country) === null || (leaderKind(context, country) === kind) !== (targetKind === kind))) return null;
    }
    const holders = holdingsOf(index, offices, target).filter((candidate) => overlaps(candidate, day, day));
    const people = new Set(holders.map((candidate) => candidate.person));
    if (people.size > 1) return null;
    const [holder] = holders;
    if (!holder) continue;
    if (found && found.person !== holder.person) return null;
    found = holder;
  }
  return found;
}

/** A full stop, ! or ? that ends a sentence: not after "St", "Mr", "Gen" or an initial ("U.S."), and before a capital. */
const SENTENCE_END = /(?<!\b(?:St|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Sen|Rep|Gov|Prof|Jr|Sr|No|[A-Z]))[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu;

/** Sentence ends between two offsets (at most one is crossed to find whom "his" refers to); a line break counts as many. */
function sentenceEnds(text: string, from: number, to: number): number {
  const between = text.slice(from, to);
  return between.includes('\n') ? Number.POSITIVE_INFINITY : (between.match(SENTENCE_END) ?? []).length;
}

/** The person "his"/"her" at `offset` refers to: the nearest person named or described before it. */
function antecedent(context: Context, offset: number, people: readonly { start: number; end: number; entityId: string }[], skip: string | undefined): string | undefined {
  let nearest: { end: number; entityId: string } | undefined;
  for (const person of people) {
    if (person.end > offset || person.entityId === skip) continue;
    if (!nearest || person.end > nearest.end) nearest = person;
  }
  return nearest && sentenceEnds(context.text, nearest.end, offset) <= 1 ? nearest.entityId : undefined;
}

/** "his Russian counterpart", "Lavrov's Turkish counterpart": resolved, given the descriptions resolved so far. */
function counterparts(context: Context, described: readonly RoleMention[]): RoleMention[] {
  const { kb, text, words, byOffset, mentions, day } = context;
  const isPerson = (id: string): boolean => kb.entities[kb.indexById.get(id)!]?.type === 'person';
  const people = [...mentions.filter((mention) => mention.kind === 'name' && isPerson(mention.entityId)), ...described];
  const found: RoleMention[] = [];
  for (let at = 1; at < words.length; at++) {
    const word = words[at]!;
    if (word.lower !== 'counterpart' || word.breakBefore) continue;
    // The country right before it: "Russian", "South Korean", "Russia" (not "Russia's").
    const place = byOffset.endingAt.get(words[at - 1]!.end);
    if (!place || kb.entities[kb.indexById.get(place.entityId)!]?.type !== 'place' || words[at - 1]!.possessive) continue;
    let k = at - 1;
    while (k >= 0 && words[k]!.start >= place.start) k--;
    if (k < 0 || words[k + 1]!.breakBefore || words[k + 1]!.start !== place.start) continue;
    const owner = words[k]!;
    const start = place.start;
    const end = word.end;
    let anchor: string | undefined;
    let named: string | undefined;
    if (COUNTERPART_PRONOUNS.has(owner.lower) && !owner.possessive) {
      named = namedBeside(text, owner.start, end, byOffset, kb);
      anchor = antecedent(context, owner.start, people, named);
    } else if (owner.possessive) {
      const name = byOffset.endingAt.get(owner.end);
      if (name?.kind === 'name' && isPerson(name.entityId)) anchor = name.entityId;
      named = namedBeside(text, start, end, byOffset, kb);
    }
    if (anchor === undefined || namesAnotherTime(text, start, day)) continue;
    const holding = counterpartOf(context, anchor, place.entityId);
    if (!holding || (named !== undefined && named !== holding.person)) continue;
    found.push({
      start,
      end,
      text: text.slice(start, end),
      entityId: holding.person,
      role: holding.role,
      tense: 'current',
      jurisdiction: place.entityId,
      ...(named ? { namedBeside: named } : {}),
      counterpartOf: anchor,
    });
  }
  return found;
}

/**
 * Resolves the role descriptions of `text` as of `day` (YYYY-MM-DD, the article's date), using
 * the recognizer's `mentions` of the same text for the countries and organisations named.
 */
export function resolveRoleDescriptions(kb: Kb, text: string, mentions: readonly Mention[], day: string): RoleMention[] {
  const index = roleIndexOf(kb);
  const phrases = phrasesOf(index);
  const context: Context = { kb, text, day, index, words: wordsOf(text), mentions, byOffset: mentionIndex(mentions) };
  const found: RoleMention[] = [];
  for (let at = 0; at < context.words.length; at++) {
    const match = phraseAt(context.words, at, phrases);
    if (!match) continue;
    const last = at + match.length - 1;
    const start = context.words[at]!.start;
    const end = context.words[last]!.end;
    // An office inside a name ("Office of the President of Kazakhstan") belongs to that name; a
    // name inside the office's words ("Treasury Secretary") does not take it.
    const insideName = mentions.some(
      (mention) => mention.kind === 'name' && mention.start < end && start < mention.end && (mention.start < start || mention.end > end),
    );
    const described = insideName ? null : describe(context, at, last, match.phrase);
    if (described) found.push(described);
    at = last;
  }
  const relative = counterparts(context, found);
  return relative.length === 0 ? found : [...found, ...relative].sort((a, b) => a.start - b.start);
}

/** True when `text` contains a word for an office ("president", "foreign minister", "leader"): it may be a role description. */
export function hasOfficePhrase(kb: Kb, text: string): boolean {
  const phrases = phrasesOf(roleIndexOf(kb));
  const words = wordsOf(text);
  return words.some((word, at) => word.lower === 'counterpart' || phraseAt(words, at, phrases) !== null);
}
