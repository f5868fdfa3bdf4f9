/**
 * The words for offices: how a role title's office ("Minister of Foreign Affairs", from "Minister
 * of Foreign Affairs of Russia") is keyed, and which offices a description's words can mean
 * ("foreign minister", "leader", "head of state").
 */

/** "Secretary-General" and "secretary general" are one office key. */
export function officeKey(office: string): string {
  return office
    .toLowerCase()
    .replace(/[‐-―-]/gu, ' ')
    .replace(/[’']/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Everyday names of offices that role titles spell out. */
const SYNONYMS: Record<string, readonly string[]> = {
  'foreign minister': ['minister of foreign affairs', 'minister for foreign affairs', 'foreign secretary', 'minister of external affairs'],
  'defence minister': ['minister of defence', 'minister of defense', 'minister of national defence', 'minister of national defense', 'minister of the armed forces', 'defence secretary', 'secretary of defense'],
  'defense minister': ['minister of defence', 'minister of defense', 'minister of national defence', 'minister of national defense', 'minister of the armed forces', 'defence secretary', 'secretary of defense'],
  'defence secretary': ['defence secretary', 'secretary of defense'],
  'defense secretary': ['defence secretary', 'secretary of defense'],
  // The US Department of Defense's secondary name since 2025: "War Secretary Pete Hegseth".
  'war secretary': ['secretary of defense'],
  'secretary of war': ['secretary of defense'],
  'treasury secretary': ['secretary of the treasury'],
  'homeland security secretary': ['secretary of homeland security'],
  'energy secretary': ['secretary of energy', 'minister of energy'],
  'commerce secretary': ['secretary of commerce'],
  'finance minister': ['minister of finance', 'chancellor of the exchequer', 'minister of treasury and finance', 'federal minister of finance'],
  'interior minister': ['minister of internal affairs', 'home secretary', 'federal minister of the interior'],
  'energy minister': ['minister of energy'],
  'justice minister': ['minister of justice', 'federal minister of justice'],
  'health minister': ['minister of health', 'federal minister of health'],
  'agriculture minister': ['minister of agriculture'],
  // Germany's federal ministers' titles: "Economy Minister Robert Habeck", "Finance Minister Lindner".
  'economy minister': ['minister of economic development', 'minister of economy', 'federal minister for economic affairs and energy', 'federal minister for economic affairs and climate action'],
  'emergencies minister': ['minister of emergency situations'],
  'prime minister': ['prime minister', 'premier'],
  premier: ['prime minister', 'premier'],
  president: ['president', 'acting president'],
  'secretary general': ['secretary general'],
  'director general': ['director general'],
  'national security adviser': ['national security advisor'],
  // The EU's High Representative, as the news calls the office.
  'foreign policy chief': ['high representative'],
  // The news's word for the presiding officer of a legislature, whatever its rules call it.
  speaker: ['speaker', 'chairman', 'chairwoman', 'chair'],
  spokesman: ['press secretary of the president', 'press secretary', 'spokesperson'],
  spokeswoman: ['press secretary of the president', 'press secretary', 'spokesperson'],
  spokesperson: ['press secretary of the president', 'press secretary', 'spokesperson'],
  'trade minister': ['minister of trade and integration', 'minister of industry and trade', 'minister of economic development and trade'],
  'culture minister': ['minister of culture', 'minister of culture and information', 'minister of culture and sports'],
  'sports minister': ['minister of sport', 'minister of sports', 'minister of youth and sports', 'minister of youth and sport', 'minister of culture and sports'],
  'sport minister': ['minister of sport', 'minister of sports', 'minister of youth and sports', 'minister of youth and sport', 'minister of culture and sports'],
  'digital minister': ['minister of digital development, innovation and aerospace industry', 'minister of digital development, communications and mass media', 'minister of digital transformation'],
  'digital development minister': ['minister of digital development, innovation and aerospace industry', 'minister of digital development, communications and mass media'],
  // A company's head, as business news writes it: "Rheinmetall chief executive", "Apple's CEO".
  'chief executive': ['chief executive officer'],
  ceo: ['chief executive officer'],
};

export const HEAD_OF_STATE = ['president', 'acting president', 'king', 'queen', 'emperor', 'emir', 'sultan', 'shah', 'khan', 'supreme leader'];
export const HEAD_OF_GOVERNMENT = ['prime minister', 'premier', 'chancellor'];
/** Offices that head an organisation: its "chief", "head", "boss" or "leader". */
export const HEAD_OF_ORGANISATION = [
  'secretary general', 'general secretary', 'director general', 'editor in chief', 'chairman', 'chairwoman', 'chair',
  'president', 'head', 'director', 'chief executive officer', 'managing director', 'leader', 'patriarch', 'high representative',
];

/**
 * Countries whose head of government, not their head of state, is "the leader" (parliamentary
 * republics with a ceremonial president). Monarchies need no entry: they have no president, and
 * "leader" falls back to the head of government.
 */
export const LED_BY_HEAD_OF_GOVERNMENT = new Set([
  'germany', 'italy', 'israel', 'india', 'armenia', 'georgia-country', 'greece', 'hungary', 'czech-republic', 'slovakia',
  'austria', 'estonia', 'latvia', 'pakistan', 'iraq', 'bulgaria', 'croatia', 'slovenia', 'malta', 'albania',
  'north-macedonia', 'montenegro', 'bangladesh', 'ethiopia', 'nepal',
]);

/**
 * Offices that head a region or city rather than a country: "the head of Bashkortostan", "the
 * Chechen leader", "the Belgorod governor", the akim of a Kazakh region, a mayor.
 */
export const HEAD_OF_REGION = ['head', 'head of the republic', 'governor', 'akim', 'mayor', 'rais'];

/** Countries where "the leader" could mean either: left alone. */
export const LEADERSHIP_AMBIGUOUS = new Set(['poland', 'moldova', 'finland', 'portugal', 'lithuania', 'romania', 'lebanon', 'mongolia']);

/** Offices too generic to resolve from a description ("the Russian member", "a Kazakh minister"). */
const TOO_GENERIC = new Set(['member', 'minister', 'ambassador', 'permanent representative', 'special envoy', 'commander', 'governor', 'head', 'leader', 'director', 'chairman', 'chair']);

/**
 * Offices described only with their body: "the Russian speaker" is someone who speaks Russian and
 * "the Russian spokesman" any ministry's, while "the Duma speaker" and "the Kremlin spokesman" are one.
 */
export const OFFICES_OF_BODIES = new Set(['speaker', 'spokesman', 'spokeswoman', 'spokesperson']);

/**
 * A country's top military officer, as its own structure names the post, most senior first: where
 * a commander-in-chief heads the armed forces (Ukraine), the chief of the general staff is second.
 */
export const TOP_COMMAND = [
  'commander in chief of the armed forces',
  'chief of the general staff of the armed forces',
  'chief of the general staff',
  'chairman of the joint chiefs of staff',
  'chief of staff of the armed forces',
];

/** Description words that stand for a class of offices rather than one. */
export type OfficeClass = 'leader' | 'head of state' | 'head of government' | 'head of organisation' | 'head of region' | 'top commander';
export const CLASS_WORDS: Record<string, OfficeClass> = {
  leader: 'leader',
  'head of state': 'head of state',
  'head of government': 'head of government',
  chief: 'head of organisation',
  head: 'head of organisation',
  boss: 'head of organisation',
  'top general': 'top commander',
  'top commander': 'top commander',
  'top military commander': 'top commander',
  'army chief': 'top commander',
  'military chief': 'top commander',
  // A region's governor, or a central bank's: which one, the body or place named with it tells.
  governor: 'head of region',
};

/**
 * The European Commission's portfolios as the news names them ("the EU trade commissioner",
 * "the industry commissioner"): the words to find in a commissioner's title ("European
 * Commissioner for Trade and Economic Security"). Breton's "Internal Market" was reported as industry.
 */
const COMMISSION_PORTFOLIOS: Record<string, readonly string[]> = {
  trade: ['trade'],
  industry: ['internal market', 'industry'],
  'internal market': ['internal market'],
  energy: ['energy'],
  climate: ['climate'],
  competition: ['competition'],
  enlargement: ['enlargement'],
  budget: ['budget'],
  agriculture: ['agriculture'],
  farm: ['agriculture'],
  economy: ['economy', 'economic'],
  economic: ['economy', 'economic'],
  defence: ['defence'],
  defense: ['defence'],
  digital: ['digital'],
  migration: ['migration'],
  justice: ['justice'],
  environment: ['environment'],
  transport: ['transport'],
  health: ['health'],
};
const COMMISSIONER_FOR = 'european commissioner for ';

/** The commissioners' offices a portfolio phrase ("trade commissioner") can mean, or null. */
function portfolioOffices(phrase: string, knownOffices: ReadonlySet<string>): string[] | null {
  const portfolio = /^(.+) commissioner$/u.exec(phrase)?.[1];
  const words = portfolio === undefined ? undefined : COMMISSION_PORTFOLIOS[portfolio];
  if (!words) return null;
  const pattern = new RegExp(`\\b(?:${words.join('|')})\\b`, 'u');
  const offices = [...knownOffices].filter((office) => office.startsWith(COMMISSIONER_FOR) && pattern.test(office.slice(COMMISSIONER_FOR.length)));
  return offices.length > 0 ? offices : null;
}

/**
 * Bodies whose offices are held in another: the EU's commissioners sit in its Commission, so "the
 * EU trade commissioner" is looked for there.
 */
export const OFFICES_HELD_IN: Readonly<Record<string, string>> = { 'european-union': 'european-commission' };

/** Offices several people hold at once in one place: a description of one needs a name beside it. */
const SHARED_OFFICE = /^(?:first )?deputy\b|\bsenator\b|\bcommissioner\b|\bjudge\b/u;

export interface OfficeMeaning {
  offices: readonly string[];
  officeClass?: OfficeClass;
  shared?: boolean;
}

/** What a description phrase (an office key) can mean: office keys, or a class of offices. */
export function meaningsOf(phrase: string, knownOffices: ReadonlySet<string>): OfficeMeaning | null {
  const officeClass = CLASS_WORDS[phrase];
  if (officeClass) return { offices: [], officeClass };
  const synonyms = SYNONYMS[phrase];
  // The phrase is an office of its own too: "Foreign Minister of Russia" is a title some roles have.
  if (synonyms) return { offices: synonyms.includes(phrase) ? synonyms : [phrase, ...synonyms] };
  const portfolio = portfolioOffices(phrase, knownOffices);
  if (portfolio) return { offices: portfolio };
  if (knownOffices.has(phrase) && !TOO_GENERIC.has(phrase)) return { offices: [phrase], ...(SHARED_OFFICE.test(phrase) ? { shared: true } : {}) };
  return null;
}

/**
 * The office keys that name the same office as `office` in another country or body, for "his
 * Russian counterpart": "minister of foreign affairs" ↔ "foreign minister" ↔ "foreign secretary",
 * "prime minister" ↔ "premier". Null for offices too generic to have one counterpart ("minister")
 * or held by several people at once ("deputy prime minister").
 */
export function equivalentOffices(office: string): string[] | null {
  if (TOO_GENERIC.has(office) || SHARED_OFFICE.test(office)) return null;
  const same = new Set([office, ...(SYNONYMS[office] ?? [])]);
  for (const [phrase, offices] of Object.entries(SYNONYMS)) {
    if (!offices.includes(office)) continue;
    same.add(phrase);
    for (const other of offices) same.add(other);
  }
  return [...same];
}

/** Every phrase a description may use for an office, longest first within the same first word. */
export function descriptionPhrases(knownOffices: ReadonlySet<string>): string[] {
  const phrases = new Set<string>([...Object.keys(SYNONYMS), ...Object.keys(CLASS_WORDS)]);
  for (const office of knownOffices) if (!TOO_GENERIC.has(office)) phrases.add(office);
  for (const portfolio of Object.keys(COMMISSION_PORTFOLIOS)) {
    if (portfolioOffices(`${portfolio} commissioner`, knownOffices)) phrases.add(`${portfolio} commissioner`);
  }
  return [...phrases];
}

/** Rank for picking the headline office of a card: heads of state and government first. */
export function prominence(office: string): number {
  if (HEAD_OF_STATE.includes(office) || HEAD_OF_GOVERNMENT.includes(office)) return 0;
  if (/\b(minister|secretary|chancellor|secretary general|director general|editor in chief|chairman|chairwoman|speaker)\b/.test(office)) return 1;
  return 2;
}
