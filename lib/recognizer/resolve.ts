import type { Kb } from '../kb/load';
import { CharClass } from '../text/chars';
import { classAt, type MatchText } from '../text/normalize';
import { withoutAnachronisms } from './anachronisms';
import { withoutWeakNamesBeforeAName } from './before-a-name';
import { wordAt } from './context';
import { isPartOfADesignation } from './designations';
import { followsHonorific } from './honorifics';
import { homeCountryOf } from './home-country';
import { readListedRegions } from './listed-regions';
import { placeReadingsAfterLocative } from './locative';
import { NearbyEvidence } from './nearby';
import { withoutOfficeBeforeItsHolder } from './office-before-holder';
import { eventsOnTheDay } from './on-the-day';
import { withoutPeopleInOtherNames } from './people-in-other-names';
import { readingsOf, type Reading } from './readings';
import { readCitiesAfterCityWords, readRegionsBeforeRegionalWords } from './regional-words';
import { readCitiesInDatelines } from './datelines';
import { editionOfTheYear } from './edition-year';
import { namesAPeople } from './ethnic-groups';
import type { Candidate, ScanResult } from './scan';
import { sentenceCountries, sentenceNumbers } from './sentence-country';
import { bodiesHeldInSentences } from './sentence-holders';
import { readingsOfAnotherPerson } from './surnames';
import { titledHolder } from './titled-holder';
import { withoutPlacesInUnknownNames } from './unknown-names';
import { withoutWeakBodiesOfAnother } from './bodies-of-others';
import { withoutPeopleAmongPolities } from './among-polities';
import { withoutPlacesNamingAVessel } from './vessels';
import { withoutWatersWithoutThe } from './waters';

export interface Resolved {
  candidate: Candidate;
  entity: number;
  kind: 'name' | 'adjective';
}

/**
 * Leftmost-longest: a name nested in a longer one ("Collective Security Treaty") does not count,
 * even when the longer one is later left out as ambiguous (its words name something else).
 */
function withoutNested(kb: Kb, text: MatchText, candidates: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  let coveredUntil = 0;
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    // "The Left Alliance": a name that opens with "the" ("The Left") yields to a longer one after it.
    if (last && candidate.start === last.start + 4 && candidate.end > last.end && wordAt(text, last.start, last.start + 3) === 'the') {
      kept[kept.length - 1] = candidate;
      coveredUntil = candidate.end;
      continue;
    }
    if (candidate.start < coveredUntil) {
      // "Russia's invasion" and "invasion of Ukraine": one event's names overlapping are one name of
      // it, "Russia's invasion of Ukraine", in which "Ukraine" is nested.
      if (last && candidate.end > coveredUntil && continuesTheName(kb, last, candidate)) {
        kept[kept.length - 1] = { ...last, end: candidate.end };
        coveredUntil = candidate.end;
      }
      continue;
    }
    kept.push(candidate);
    coveredUntil = candidate.end;
  }
  return kept;
}

/** Whether `next`, overlapping `kept`, is a strong name of something `kept` also names. */
function continuesTheName(kb: Kb, kept: Candidate, next: Candidate): boolean {
  const named = readingsOf(kb, kept).filter((reading) => reading.name);
  return readingsOf(kb, next).some((reading) => reading.strongName && named.some((other) => other.entity === reading.entity));
}

/** What the whole text says about each entity, before any ambiguous name is decided. */
class Evidence {
  /** Entities named unambiguously by a strong name somewhere in the text. */
  readonly named = new Set<number>();
  /** Entities met unambiguously as an adjective ("Georgian"). */
  readonly adjectives = new Set<number>();
  /** Events whose weak names the article's date supports. */
  private readonly onTheDay: ReadonlySet<number>;
  /** The id of the country the article is about, if it clearly has one: its bodies go by bare names. */
  private readonly homeCountry: string | undefined;

  constructor(
    private readonly kb: Kb,
    private readonly cueCounts: ScanResult['cueCounts'],
    readings: readonly Reading[][],
    day: string | undefined,
  ) {
    this.onTheDay = eventsOnTheDay(kb, readings, day);
    const home = homeCountryOf(kb, readings);
    this.homeCountry = home === undefined ? undefined : kb.entities[home]?.id;
    for (const options of readings) {
      if (options.length !== 1) continue;
      const only = options[0]!;
      if (only.strongName) this.named.add(only.entity);
      else if (only.adjective && !only.name) this.adjectives.add(only.entity);
    }
  }

  cueCount(entity: number): number {
    return this.cueCounts.get(entity) ?? 0;
  }

  /** Named entities tied to this one in the KB (Abkhazia favours Georgia the country). */
  linkedCount(entity: number): number {
    let count = 0;
    for (const other of this.kb.links[entity] ?? []) if (this.named.has(other) || this.adjectives.has(other)) count++;
    return count;
  }

  /**
   * A weak name counts only once the text names its entity strongly or carries one of its cues;
   * a derived surname only after the full name (a cue such as "Prime Minister" is no reason to
   * read "May" as Theresa May). A recurring event's weak name may rest on the article's date, and
   * a name that several countries' bodies share ("the Supreme Court") on the article being about
   * one of those countries.
   */
  supportsWeak(reading: Reading, sharedBodyName = false): boolean {
    return (
      this.named.has(reading.entity) ||
      (reading.writtenWeakName && (this.cueCount(reading.entity) > 0 || this.onTheDay.has(reading.entity))) ||
      // A body's name without its country, shared or not, is the home country's body.
      ((sharedBodyName || !reading.writtenWeakName) && this.isHomeBody(reading.entity))
    );
  }

  isHomeBody(entity: number): boolean {
    if (this.homeCountry === undefined || nationOf(this.kb, entity) !== this.homeCountry) return false;
    if (!isRegionalBody(this.kb, entity)) return true;
    // A region's body is the article's own only where the article names the region ("The State Council, Tatarstan's parliament").
    const region = this.kb.indexById.get(this.kb.entities[entity]!.region!);
    return region !== undefined && this.named.has(region);
  }

  /**
   * How strongly the text points at an entity. Being named outright outweighs any single cue;
   * each distinct cue outweighs an adjective or a tie to another named entity, which only tip
   * otherwise even cases. Only the ranking matters: the top reading must beat the next one.
   */
  score(entity: number): number {
    return (
      (this.named.has(entity) ? 4 : 0) +
      2 * this.cueCount(entity) +
      // "The NATO summit": every year's has the cue; the article's date counts as one more.
      (this.onTheDay.has(entity) ? 2 : 0) +
      (this.adjectives.has(entity) ? 1 : 0) +
      this.linkedCount(entity)
    );
  }
}

/**
 * How much more the neighbourhood must point at one reading than at every other before it
 * overrides the whole text's choice for that occurrence: one cue, or one thing named there that
 * points at it; an adjective alone is not enough.
 */
const NEARBY_MARGIN = 2;

interface Choice {
  reading: Reading;
  /** Counts as a name, not only as an adjective. */
  asName: boolean;
}

/** "Mr Washington" is a person whatever else "Washington" may be. */
function afterTitleOnlyPeople(kb: Kb, text: MatchText, candidate: Candidate, eligible: Reading[]): Reading[] {
  if (eligible.length <= 1 || !followsHonorific(text, candidate.start)) return eligible;
  const people = eligible.filter((option) => option.name && kb.entities[option.entity]?.type === 'person');
  return people.length > 0 ? people : eligible;
}

/** The last word of a body's name: "Prosecutor General's Office", "Transport Ministry". */
const BODY_WORD = /\b(?:office|ministry|court|council|committee|service|agency|prosecutor|procuracy|guard|police|inspectorate|directorate|commission|parliament|assembly|senate|chamber|party|alliance|democrats|front|movement|coalition|bloc|league)$/u;

/** The country a body belongs to, or an event (a vote) took place in; undefined for anything else. */
function nationOf(kb: Kb, entity: number): string | undefined {
  const record = kb.entities[entity];
  if (record?.type === 'organization') return record.country;
  return record?.type === 'event' ? record.place : undefined;
}

/** A republic's or province's body (Dagestan's People's Assembly): its country's name is no reason to read its bare name. */
function isRegionalBody(kb: Kb, entity: number): boolean {
  return kb.entities[entity]?.region !== undefined;
}

/** "Supreme Court", "the 2020 presidential election": a name that several countries' bodies or votes go by. */
function isSharedBodyName(kb: Kb, options: readonly Reading[]): boolean {
  const countries = new Set<string>();
  for (const option of options) {
    const nation = nationOf(kb, option.entity);
    if (nation) countries.add(nation);
  }
  return countries.size >= 2;
}

/**
 * The country named (or described by its adjective) right before candidate `index`: "Ukraine's",
 * "Russian"; or whose body is named with a possessive there: "the Kremlin's", "the Korean People's Army's".
 */
function ownerCountryBefore(kb: Kb, text: MatchText, candidates: readonly Candidate[], readings: readonly Reading[][], index: number): string | undefined {
  const before = index > 0 ? candidates[index - 1]! : undefined;
  const options = before ? readings[index - 1]! : [];
  // "Georgia's Foreign Ministry": of the country and the US state, a body's owner is the country.
  const only = options.length === 1 ? options[0]! : theOneCountry(kb, options);
  const record = only && kb.entities[only.entity];
  if (!before || !record) return undefined;
  const gap = candidates[index]!.start - before.end;
  if (gap !== 1 && gap !== 3) return undefined;
  const between = String.fromCharCode(...text.codes.subarray(before.end, candidates[index]!.start));
  if (record.kind === 'country') return between === ' ' || between === "'s " ? record.id : undefined;
  return record.type === 'organization' && between === "'s " ? record.country : undefined;
}

/** "The region's", "the city's": a body owned by some part of a country, never a country's own. */
const SUBDIVISION_POSSESSIVE = /\bthe (?:region|province|oblast|krai|republic|territory|enclave|city|municipality|district)'s $/u;

function ownedBySubdivision(text: MatchText, start: number): boolean {
  return SUBDIVISION_POSSESSIVE.test(String.fromCharCode(...text.codes.subarray(Math.max(0, start - 20), start)));
}

function theOneCountry(kb: Kb, options: readonly Reading[]): Reading | undefined {
  const countries = options.filter((option) => kb.entities[option.entity]?.kind === 'country');
  return countries.length === 1 ? countries[0] : undefined;
}

/** The reading that outscores every other one by at least `margin`, if any. */
function best(options: readonly Reading[], scoreOf: (option: Reading) => number, margin: number): Reading | undefined {
  if (options.length <= 1) return options[0];
  const ranked = options.map((option) => ({ option, score: scoreOf(option) })).sort((a, b) => b.score - a.score);
  return ranked[0]!.score - ranked[1]!.score >= margin ? ranked[0]!.option : undefined;
}

/** Decides names, first on the evidence of the whole text, then on that near each occurrence. */
class Chooser {
  constructor(
    private readonly kb: Kb,
    private readonly text: MatchText,
    private readonly evidence: Evidence,
    private readonly nearby: NearbyEvidence,
    private readonly day: string | undefined,
    /** Computed the first time a shared name needs them: most texts have none. */
    private readonly sentenceCountry: () => readonly (string | undefined)[],
    private readonly sentenceBodies: () => readonly (ReadonlySet<number> | undefined)[],
  ) {}

  /** The one reading the evidence supports, or undefined when it would be a guess. */
  choose(index: number, candidate: Candidate, options: Reading[], owner: string | undefined): Choice | undefined {
    const { kb, text, evidence } = this;
    const place = placeReadingsAfterLocative(kb, text, candidate, options)?.[0];
    if (place) return { reading: place, asName: true };
    // "The Alma-Ata Declaration of 1991", "next year's World Cup": the edition of the year given.
    const edition = editionOfTheYear(kb, text, candidate, options, this.day);
    if (edition === null) return undefined;
    if (edition) return { reading: edition, asName: true };
    const shared = isSharedBodyName(kb, options);
    // "Ukraine's National Olympic Committee", "the Russian Supreme Court": the country right before it says whose.
    const owned = owner !== undefined ? options.filter((option) => option.name && nationOf(kb, option.entity) === owner) : [];
    if (owned.length === 1) return { reading: owned[0]!, asName: true };
    // "Ukraine's Foreign Ministry" is no other country's, whatever else the KB knows by the name;
    // "the region's Central Election Commission" is no country's.
    if (shared && ((owner !== undefined && owned.length === 0) || ownedBySubdivision(text, candidate.start))) return undefined;
    // "Chief of the General Staff Valery Gerasimov" in a Kyiv story: the body its sentence's people hold office in.
    const held = shared && owner === undefined ? options.filter((option) => option.name && this.sentenceBodies()[index]?.has(option.entity)) : [];
    if (held.length === 1) return { reading: held[0]!, asName: true };
    const home = shared && owner === undefined ? options.filter((option) => option.name && evidence.isHomeBody(option.entity)) : [];
    // "In neighbouring Austria, … the 2024 election": the one country the sentence names, when the
    // article's own country has no such body and the text points at no body that no country owns
    // ("Moscow's envoy to the United Nations asked the Security Council").
    const international = (): boolean => options.some((option) => option.name && nationOf(kb, option.entity) === undefined && evidence.score(option.entity) > 0);
    const local = shared && owner === undefined && home.length === 0 && !international() ? this.sentenceCountry()[index] : undefined;
    const inSentence = local !== undefined ? options.filter((option) => option.name && nationOf(kb, option.entity) === local && !isRegionalBody(kb, option.entity)) : [];
    if (inSentence.length === 1) return { reading: inSentence[0]!, asName: true };
    // The home country's body, before a foreign one that only a cue supports ("the Senate" in Buenos Aires).
    if (home.length === 1 && !options.some((option) => option !== home[0] && option.strongName)) return { reading: home[0]!, asName: true };
    // A body's bare name, shared or the KB's only one ("the Prosecutor General's Office"), may be the home country's.
    const needsSupport = options.some((option) => option.name && !option.strongName);
    const bodyName = shared || (needsSupport && BODY_WORD.test(wordAt(text, candidate.start, candidate.end)));
    // "President Aoun": the one of them who held that office on the day.
    const titled = titledHolder(kb, text, candidate, options, this.day);
    if (titled) return { reading: titled, asName: true };
    const eligible = afterTitleOnlyPeople(
      kb,
      text,
      candidate,
      options.filter((option) => option.strongName || option.adjective || evidence.supportsWeak(option, bodyName)),
    );
    const fromText = best(eligible, (option) => evidence.score(option.entity), 1);
    const asWholeText = fromText && { reading: fromText, asName: fromText.strongName || (fromText.name && evidence.supportsWeak(fromText, bodyName)) };
    // Only a name the text leaves open, or one that could go another way, looks closer.
    if (options.length === 1 && (fromText || !options[0]!.writtenWeakName)) return asWholeText;

    const near = this.nearby.scores(index, options.map((option) => option.entity));
    // A weak name written in the KB may also rest on what is named right next to it.
    const eligibleHere = afterTitleOnlyPeople(
      kb,
      text,
      candidate,
      options.filter((option, k) => eligible.includes(option) || (option.writtenWeakName && near[k]! > 0)),
    );
    const fromHere = best(eligibleHere, (option) => near[options.indexOf(option)]!, NEARBY_MARGIN);
    if (!fromHere || fromHere === fromText || near[options.indexOf(fromHere)]! < NEARBY_MARGIN) return asWholeText;
    const supported = evidence.supportsWeak(fromHere, bodyName) || fromHere.writtenWeakName;
    return { reading: fromHere, asName: fromHere.strongName || (fromHere.name && supported) };
  }
}

/**
 * Decides which entity each name stands for: shared names go to the entity the text otherwise
 * names or cues, unless the words right around one occurrence clearly point elsewhere ("Senator Jon
 * Ossoff of Georgia" in an article on Georgia the country); weak names need such support; a
 * surname after some other given name is another person's; a list closed by "regions" names
 * regions; the article's `day` (YYYY-MM-DD) tells which election or summit a weak name means;
 * anything undecided is dropped.
 */
export function resolve(kb: Kb, text: MatchText, scanned: ScanResult, day?: string): Resolved[] {
  const nested = withoutNested(kb, text, scanned.candidates);
  // Where some KB name or cue ends; built only if some surname follows an unknown capitalised word.
  let knownEnds: Uint8Array | undefined;
  const isKnownEnd = (end: number): boolean => {
    if (!knownEnds) {
      knownEnds = new Uint8Array(text.length + 1);
      for (const candidate of scanned.candidates) knownEnds[candidate.end] = 1;
      for (let hit = 0; hit < scanned.cueHits.length; hit++) knownEnds[scanned.cueHits.end(hit)] = 1;
    }
    return knownEnds[end] === 1;
  };
  // Candidates by where they start; built only if some body's derived name needs to see what follows it.
  let byStart: Map<number, Candidate[]> | undefined;
  const startingAt = (start: number): readonly Candidate[] => {
    if (!byStart) {
      byStart = new Map();
      for (const candidate of nested) {
        const starting = byStart.get(candidate.start);
        if (starting) starting.push(candidate);
        else byStart.set(candidate.start, [candidate]);
      }
    }
    return byStart.get(start) ?? [];
  };
  /** The readings the words around a candidate leave it; `nextStart` is where the next candidate starts. */
  const optionsOf = (candidate: Candidate, nextStart: number): Reading[] => {
    let options = withoutAnachronisms(kb, readingsOf(kb, candidate), day);
    options = withoutOfficeBeforeItsHolder(kb, options, () => (classAt(text, candidate.end) === CharClass.Space ? startingAt(candidate.end + 1) : []));
    const others = readingsOfAnotherPerson(kb, text, candidate, options, isKnownEnd);
    if (others.length > 0) options = options.filter((option) => !others.includes(option));
    options = withoutWeakNamesBeforeAName(text, candidate, options);
    options = withoutWatersWithoutThe(kb, text, candidate, options);
    options = withoutPeopleInOtherNames(kb, text, candidate, options);
    options = withoutPlacesInUnknownNames(kb, text, candidate, options, nextStart);
    options = withoutWeakBodiesOfAnother(kb, text, candidate, options, startingAt);
    options = withoutPeopleAmongPolities(kb, text, candidate, options);
    return withoutPlacesNamingAVessel(kb, text, candidate, options);
  };
  const candidates: Candidate[] = [];
  const readings: Reading[][] = [];
  nested.forEach((candidate, at) => {
    if (isPartOfADesignation(text, candidate)) return;
    const nextStart = nested[at + 1]?.start ?? text.length;
    let options = optionsOf(candidate, nextStart);
    // A weak name its words rule out gives way to the name it opens with.
    if (options.length === 0 && candidate.shorter) [candidate, options] = [candidate.shorter, optionsOf(candidate.shorter, nextStart)];
    if (options.length === 0) return;
    candidates.push(candidate);
    readings.push(options);
  });
  readListedRegions(kb, text, candidates, readings);
  readRegionsBeforeRegionalWords(kb, text, candidates, readings);
  readCitiesAfterCityWords(kb, text, candidates, readings);
  readCitiesInDatelines(kb, text, candidates, readings);
  const evidence = new Evidence(kb, scanned.cueCounts, readings, day);
  const nearby = new NearbyEvidence(kb, text, candidates, readings, scanned.cueHits);
  let sentences: number[] | undefined;
  const sentenceOf = (): number[] => (sentences ??= sentenceNumbers(text, candidates));
  let countries: (string | undefined)[] | undefined;
  const sentenceCountry = (): (string | undefined)[] => (countries ??= sentenceCountries(kb, sentenceOf(), readings));
  let bodies: (ReadonlySet<number> | undefined)[] | undefined;
  const sentenceBodies = (): (ReadonlySet<number> | undefined)[] => (bodies ??= bodiesHeldInSentences(kb, sentenceOf(), readings, evidence.named));
  const chooser = new Chooser(kb, text, evidence, nearby, day, sentenceCountry, sentenceBodies);
  const resolved: Resolved[] = [];
  candidates.forEach((whole, index) => {
    let candidate = whole;
    let chosen = chooser.choose(index, candidate, readings[index]!, ownerCountryBefore(kb, text, candidates, readings, index));
    // A weak name the text leaves undecided gives way to the name it opens with, judged on the same
    // evidence: reading the whole text again for it would double the cost of a long article.
    if (!chosen && whole.shorter) {
      const options = optionsOf(whole.shorter, candidates[index + 1]?.start ?? text.length);
      if (options.length > 0) {
        candidate = candidates[index] = whole.shorter;
        readings[index] = options;
        chosen = chooser.choose(index, candidate, options, ownerCountryBefore(kb, text, candidates, readings, index));
      }
    }
    if (!chosen) return;
    if (!chosen.asName && namesAPeople(text, candidate)) return;
    resolved.push({ candidate, entity: chosen.reading.entity, kind: chosen.asName ? 'name' : 'adjective' });
  });
  return resolved;
}
