/**
 * `npx tsx scripts/kb-countries.ts`: generates `kb/places/countries.json`, every country and
 * territory of the `world-countries` package (ODbL, see kb/places/README.md) and their capitals.
 *
 * The output is committed so that it can be reviewed like any hand-written KB file. Entities whose
 * id another KB file already defines are skipped: hand-written entries win. Everything that needs
 * judgement (Wikipedia titles, names that collide with words or other places, demonyms that are
 * nouns) lives in the tables below, where a reviewer can check each line.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import countries, { type Country } from 'world-countries';
import { aliasText } from '../lib/kb/sources';
import type { Alias, Entity } from '../lib/kb/schema';
import { readKbSourceFiles } from './kb-files';
import { commonWords } from './kb-words';

export const GENERATED_FILE = join('places', 'countries.json');
const KB_DIR = fileURLToPath(new URL('../kb', import.meta.url));

/** The id rule of the KB: the Wikipedia title, folded to lower-case kebab-case. */
/** Latin letters that carry no combining mark to strip, spelled out so ids stay readable. */
const UNDECOMPOSABLE: Record<string, string> = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd' };

export function idFromTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[ıøłđßæœþð]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** English Wikipedia titles that are not the package's common name (checked one by one). */
const TITLE_BY_CODE: Record<string, string> = {
  AX: 'Åland',
  BQ: 'Caribbean_Netherlands',
  BS: 'The_Bahamas',
  CD: 'Democratic_Republic_of_the_Congo',
  CZ: 'Czech_Republic',
  FM: 'Federated_States_of_Micronesia',
  GE: 'Georgia_(country)',
  GM: 'The_Gambia',
  GS: 'South_Georgia_and_the_South_Sandwich_Islands',
  IE: 'Republic_of_Ireland',
  MF: 'Collectivity_of_Saint_Martin',
  PS: 'State_of_Palestine',
  TL: 'East_Timor',
  TR: 'Turkey',
};

export function countryTitle(country: Country): string {
  return TITLE_BY_CODE[country.cca2] ?? country.name.common.replace(/ /g, '_');
}

/**
 * Names the package lists that must not become aliases: words of English or names of something
 * else ("Island" is Iceland's native name; "Macedonia" is also a Greek region; "Timor" an island).
 */
const REJECTED_NAMES = new Set([
  'Island',
  'Mann',
  'Macedonia',
  'Timor',
  'Lao',
  'Thai',
  'Prathet',
  'Viti',
  'Pleasant Island',
  'Guiana',
  'Virgin Islands',
  'Saint Martin',
  'South Georgia',
  'Congo',
  'Korea',
  'Micronesia',
  'Holland',
  'Chad',
  'Jordan',
  'Réunion',
  'Reunion',
  'Togolese',
  'Mexicanos',
  'Portuguesa',
  'the Abode of Peace',
  'Nation of Brunei',
  'Dominique',
  'Zhonghua',
  'Chinese Taipei',
  'Saudi',
  'Emirates',
  'Nijar',
  'Swatini',
  'weSwatini',
  'Ngwane',
  'Dgèrnésiais',
]);

/** Acronyms readers meet, always exact-case (two-letter ISO codes never become aliases). */
const ACRONYMS: Record<string, string[]> = {
  CD: ['DRC'],
  KP: ['DPRK'],
  VG: ['BVI'],
  VI: ['USVI'],
};

/** Names the package lacks, in the forms English news uses. */
const EXTRA_NAMES: Record<string, string[]> = {
  CD: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DR Congo', 'Congo-Kinshasa'],
  CG: ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville'],
  CI: ["Côte d'Ivoire", 'Ivory Coast'],
  CV: ['Cabo Verde'],
  CZ: ['Czech Republic', 'Czechia'],
  GM: ['The Gambia', 'Gambia'],
  KP: ["Democratic People's Republic of Korea"],
  MK: ['North Macedonia', 'Republic of North Macedonia'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  TL: ['East Timor', 'Timor-Leste'],
  VI: ['United States Virgin Islands', 'US Virgin Islands', 'U.S. Virgin Islands'],
  VG: ['British Virgin Islands'],
  VA: ['Vatican City'],
  FM: ['Federated States of Micronesia'],
  GS: ['South Georgia and the South Sandwich Islands'],
  MF: ['Collectivity of Saint Martin'],
  NL: ['Netherlands'],
  HK: ['Hong Kong'],
  MO: ['Macau', 'Macao'],
  EH: ['Western Sahara', 'Sahrawi Arab Democratic Republic'],
  BA: ['Bosnia'],
};

interface WeakName {
  text: string;
  context: string[];
}

/** Bare names that are also first names, words or other places: they need support in the text. */
const WEAK_NAMES: Record<string, WeakName[]> = {
  CD: [{ text: 'Congo', context: ['Kinshasa', 'Goma', 'Kivu', 'Tshisekedi', 'M23'] }],
  CG: [{ text: 'Congo', context: ['Brazzaville', 'Sassou Nguesso'] }],
  KR: [{ text: 'Korea', context: ['Seoul', 'South Korean'] }],
  FM: [{ text: 'Micronesia', context: ['Palikir', 'Federated States'] }],
  NL: [{ text: 'Holland', context: ['Dutch', 'Amsterdam', 'The Hague', 'Rotterdam'] }],
  TD: [
    {
      text: 'Chad',
      context: ["N'Djamena", 'Chadian', 'Sahel', 'Sudan', 'Darfur', 'Libya', 'Niger', 'Cameroon', 'Central African Republic', 'Nigeria', 'Africa', 'African'],
    },
  ],
  JO: [{ text: 'Jordan', context: ['Amman', 'Jordanian', 'Hashemite', 'King Abdullah'] }],
  RE: [{ text: 'Réunion', context: ['Indian Ocean', 'Saint-Denis', 'Mayotte', 'Mauritius', 'French overseas'] }],
  // "The Vatican said" is the Holy See (its strong name); the city-state where the text is about the place.
  VA: [{ text: 'Vatican', context: ["St. Peter's Square", "St. Peter's Basilica", 'Sistine Chapel', 'Vatican Museums', 'Swiss Guard'] }],
};

/** Cues for places whose name another entity also uses (the GUAM organisation, in capitals). */
const CONTEXT_BY_CODE: Record<string, string[]> = {
  GU: ['Pacific', 'Guamanian', 'Hagåtña', 'Mariana Islands', 'Andersen Air Force Base'],
};

/** Real adjective forms where the package gives a noun, an old spelling or a misspelling. */
const ADJECTIVES_BY_CODE: Record<string, string[]> = {
  AQ: [],
  AZ: ['Azerbaijani', 'Azeri'],
  BW: ['Botswanan'],
  CV: ['Cape Verdean'],
  EC: ['Ecuadorian', 'Ecuadorean'],
  FI: ['Finnish'],
  IS: ['Icelandic'],
  KG: ['Kyrgyz', 'Kyrgyzstani'],
  KM: ['Comorian'],
  LU: ['Luxembourgish'],
  MV: ['Maldivian'],
  NP: ['Nepalese', 'Nepali'],
  PH: ['Philippine', 'Filipino'],
  SI: ['Slovenian', 'Slovene'],
  SR: ['Surinamese'],
  TJ: ['Tajik', 'Tajikistani'],
  UZ: ['Uzbek', 'Uzbekistani'],
  LS: ['Basotho'],
  AG: ['Antiguan'],
  BA: ['Bosnian'],
  KN: [],
  PM: [],
  BQ: [],
  DJ: [],
  GI: [],
  VA: [],
  LI: [],
  HK: [],
  NZ: [],
};

/** A capital's title, label and names where the package's spelling is not the article's. */
interface CapitalSpec {
  title: string;
  label?: string;
  aliases?: string[];
  /** A bare name shared with other places or people (Kingston, Victoria): weak, with cues. */
  weak?: string;
  /** Cues for the weak name beyond the country's names and demonyms (its president). */
  context?: string[];
  description?: string;
}

const CAPITAL_BY_NAME: Record<string, CapitalSpec | null> = {
  // The city is the country, or the package's capital is not the article's (skipped).
  // Keys "Name@CC" hold for one country only: two capitals share the name.
  'Kingston@NF': null,
  'Oranjestad@BQ': null,
  Singapore: null,
  Monaco: null,
  'Vatican City': null,
  Gibraltar: null,
  'City of Victoria': null,
  Kralendijk: null,
  'The Bottom': null,
  'King Edward Point': null,
  'Port-aux-Français': null,
  'Diego Garcia': null,
  Fakaofo: null,
  Ramallah: null,
  Jerusalem: null,
  Khartoum: null,
  Yaren: null,
  Lobamba: null,
  "Nuku'alofa": null,
  'Pretoria': { title: 'Pretoria', description: 'Administrative capital of South Africa, the seat of its executive branch.' },
  'Bloemfontein': { title: 'Bloemfontein', description: 'City in South Africa, traditionally regarded as its judicial capital; it hosts the Supreme Court of Appeal.' },
  'Cape Town': { title: 'Cape_Town', description: 'City in South Africa, its legislative capital and the seat of its parliament.' },
  Sucre: { title: 'Sucre', weak: 'Sucre', description: 'Constitutional capital of Bolivia; the seat of government is La Paz.' },
  Colombo: { title: 'Colombo', description: 'Largest city of Sri Lanka and its executive and judicial capital.' },
  Bern: { title: 'Bern', aliases: ['Berne'], description: 'Swiss city that serves as the federal city, the seat of the federal authorities of Switzerland.' },
  Tbilisi: { title: 'Tbilisi', description: 'Capital and largest city of Georgia, on the banks of the Kura river.' },
  'Ulan Bator': { title: 'Ulaanbaatar', label: 'Ulaanbaatar', aliases: ['Ulaanbaatar', 'Ulan Bator'] },
  "Sana'a": { title: 'Sanaa', label: 'Sanaa', aliases: ['Sanaa', "Sana'a"] },
  'El Aaiún': { title: 'Laayoune', label: 'Laayoune', aliases: ['Laayoune', 'El Aaiún'], description: 'Largest city of the disputed territory of Western Sahara, administered by Morocco.' },
  'Papeetē': { title: 'Papeete', label: 'Papeete', aliases: ['Papeete'] },
  'Hagåtña': { title: 'Hagåtña,_Guam', weak: 'Hagåtña' },
  Reykjavik: { title: 'Reykjavík', label: 'Reykjavík', aliases: ['Reykjavík'] },
  'Chișinău': { title: 'Chișinău', aliases: ['Chișinău', 'Chisinau', 'Kishinev'] },
  Naypyidaw: { title: 'Naypyidaw', aliases: ['Naypyidaw', 'Nay Pyi Taw', 'Naypyitaw'] },
  Luxembourg: { title: 'Luxembourg_City', label: 'Luxembourg City', aliases: ['Luxembourg City'] },
  Djibouti: { title: 'Djibouti_(city)', label: 'Djibouti City', aliases: ['Djibouti City'] },
  'City of San Marino': { title: 'City_of_San_Marino' },
  'Washington D.C.': { title: 'Washington,_D.C.' },
  Kingston: { title: 'Kingston,_Jamaica', weak: 'Kingston' },
  Victoria: { title: 'Victoria,_Seychelles', weak: 'Victoria' },
  Hamilton: { title: 'Hamilton,_Bermuda', weak: 'Hamilton' },
  'George Town': { title: 'George_Town,_Cayman_Islands', weak: 'George Town' },
  Georgetown: { title: 'Georgetown,_Guyana', weak: 'Georgetown' },
  "Saint John's": { title: "St._John's,_Antigua_and_Barbuda", label: "St. John's", weak: "St. John's", aliases: ["Saint John's"] },
  Plymouth: { title: 'Plymouth,_Montserrat', weak: 'Plymouth', description: 'De jure capital of Montserrat, abandoned after volcanic eruptions in the 1990s; the government sits at Brades.' },
  Douglas: { title: 'Douglas,_Isle_of_Man', weak: 'Douglas' },
  Jamestown: { title: 'Jamestown,_Saint_Helena', weak: 'Jamestown' },
  Stanley: { title: 'Stanley,_Falkland_Islands', weak: 'Stanley' },
  'Saint-Denis': { title: 'Saint-Denis,_Réunion', weak: 'Saint-Denis' },
  'Saint-Pierre': { title: 'Saint-Pierre,_Saint_Pierre_and_Miquelon', weak: 'Saint-Pierre' },
  'San José': { title: 'San_José,_Costa_Rica', weak: 'San José' },
  'San Juan': { title: 'San_Juan,_Puerto_Rico', weak: 'San Juan' },
  Santiago: { title: 'Santiago', weak: 'Santiago' },
  Tripoli: { title: 'Tripoli,_Libya', weak: 'Tripoli' },
  Oranjestad: { title: 'Oranjestad,_Aruba', weak: 'Oranjestad' },
  Philipsburg: { title: 'Philipsburg,_Sint_Maarten' },
  Marigot: { title: 'Marigot,_Saint_Martin' },
  Gustavia: { title: 'Gustavia,_Saint_Barthélemy' },
  'The Valley': { title: 'The_Valley,_Anguilla', weak: 'The Valley' },
  'West Island': { title: 'West_Island,_Cocos_(Keeling)_Islands', label: 'West Island', weak: 'West Island' },
  Adamstown: { title: 'Adamstown,_Pitcairn_Islands', weak: 'Adamstown' },
  'Charlotte Amalie': { title: 'Charlotte_Amalie,_U.S._Virgin_Islands' },
  "St. George's": { title: "St._George's,_Grenada", weak: "St. George's" },
  Nassau: { title: 'Nassau,_Bahamas', weak: 'Nassau' },
  Sofia: { title: 'Sofia', weak: 'Sofia' },
  'Malé': { title: 'Malé', weak: 'Malé', context: ['Muizzu'] },
  Ashgabat: { title: 'Ashgabat', aliases: ['Ashkhabad', 'Ashgabad'] },
  Moroni: { title: 'Moroni,_Comoros', weak: 'Moroni' },
  Praia: { title: 'Praia', weak: 'Praia' },
  Wellington: { title: 'Wellington', weak: 'Wellington' },
  Cayenne: { title: 'Cayenne', weak: 'Cayenne' },
  Lima: { title: 'Lima', weak: 'Lima' },
  'Mata-Utu': { title: 'Mata_Utu', label: 'Mata Utu', aliases: ['Mata Utu', 'Mata-Utu'] },
  'Avarua': { title: 'Avarua' },
  'Alofi': { title: 'Alofi' },
  'Saint Helier': { title: 'St_Helier', label: 'St Helier', aliases: ['Saint Helier', 'St. Helier'] },
  'St. Peter Port': { title: 'Saint_Peter_Port', label: 'St Peter Port', aliases: ['St. Peter Port', 'Saint Peter Port'], description: 'Capital of the Bailiwick of Guernsey.' },
  'Pago Pago': { title: 'Pago_Pago,_American_Samoa', label: 'Pago Pago' },
  Saipan: { title: 'Saipan,_Northern_Mariana_Islands', label: 'Saipan' },
  Malabo: { title: 'Malabo', description: 'City on Bioko island, the capital of Equatorial Guinea until Ciudad de la Paz was proclaimed the capital in January 2026.' },
  Longyearbyen: { title: 'Longyearbyen', description: 'Largest settlement and administrative centre of Svalbard, Norway.' },
  'Flying Fish Cove': { title: 'Flying_Fish_Cove' },
  'Cockburn Town': { title: 'Cockburn_Town' },
  'Road Town': { title: 'Road_Town' },
  'Port of Spain': { title: 'Port_of_Spain' },
  'Basse-Terre': { title: 'Basse-Terre' },
  'Basseterre': { title: 'Basseterre' },
  'Yamoussoukro': { title: 'Yamoussoukro' },
  'Porto-Novo': { title: 'Porto-Novo' },
  'Gitega': { title: 'Gitega' },
  'Bogotá': { title: 'Bogotá' },
  'Brasília': { title: 'Brasília' },
  'Asunción': { title: 'Asunción' },
  'Yaoundé': { title: 'Yaoundé' },
  'Lomé': { title: 'Lomé' },
  'Nouméa': { title: 'Nouméa' },
  'Tórshavn': { title: 'Tórshavn' },
  "N'Djamena": { title: "N'Djamena" },
};

/** Facts beyond the package's, for the countries of the domain (each checked against Wikipedia). */
const EXTRA_SENTENCES: Record<string, string> = {
  AM: 'A Soviet republic until 1991, it has been in conflict with Azerbaijan over Nagorno-Karabakh.',
  AZ: 'A Soviet republic until 1991, it took full control of Nagorno-Karabakh in September 2023.',
  BY: 'A Soviet republic until 1991, it has been led by Alexander Lukashenko since 1994 and is closely allied with Russia.',
  EE: 'Occupied by the Soviet Union in 1940, it regained independence in 1991 and joined the EU and NATO in 2004.',
  LV: 'Occupied by the Soviet Union in 1940, it regained independence in 1990–1991 and joined the EU and NATO in 2004.',
  LT: 'Occupied by the Soviet Union in 1940, it declared the restoration of its independence in March 1990 and joined the EU and NATO in 2004.',
  MD: 'A Soviet republic until 1991; the breakaway region of Transnistria, east of the Dniester, is outside its control.',
  KG: 'A Soviet republic until 1991.',
  TJ: 'A Soviet republic until 1991.',
  TM: 'A Soviet republic until 1991.',
  UZ: 'A Soviet republic until 1991.',
  FI: 'It shares a long border with Russia and joined NATO in April 2023.',
  SE: 'It joined NATO in March 2024.',
};

/** Whole descriptions where the package's facts would mislead (an extra sentence still follows). */
const DESCRIPTION_BY_CODE: Record<string, string> = {
  AQ: 'Earth’s southernmost continent, around the South Pole, governed under the Antarctic Treaty System.',
  EH: 'Disputed territory in North-west Africa, mostly administered by Morocco and partly by the Sahrawi Arab Democratic Republic; its largest city is Laayoune.',
  HK: 'Special administrative region of the People’s Republic of China on the southern coast of China.',
  MO: 'Special administrative region of the People’s Republic of China on the western side of the Pearl River Delta.',
  NR: 'Island country in Micronesia, Oceania; it has no official capital, its government sitting in the Yaren District.',
  SZ: 'Landlocked country in Southern Africa; its capitals are Mbabane (executive) and Lobamba (legislative).',
  CH: 'Landlocked country at the confluence of Western, Central and Southern Europe; Bern is its federal city, the seat of its federal authorities.',
  BO: 'Country in South America; its constitutional capital is Sucre and its seat of government La Paz.',
  LK: 'Island country in Southern Asia; its legislative capital is Sri Jayawardenepura Kotte and its largest city Colombo.',
  BQ: 'Special municipalities of the Netherlands in the Caribbean: the islands of Bonaire, Sint Eustatius and Saba.',
  IO: 'British Overseas Territory in the Indian Ocean comprising the Chagos Archipelago, whose largest island is Diego Garcia.',
  SH: 'British Overseas Territory in the South Atlantic Ocean made up of Saint Helena, Ascension Island and the Tristan da Cunha archipelago; its capital is Jamestown.',
  UM: 'Minor outlying islands of the United States in the Pacific Ocean and the Caribbean Sea.',
  VA: 'City-state enclaved in Rome, the seat of the Holy See and of the Pope.',
  SJ: 'Statistical grouping of two Norwegian jurisdictions in the Arctic that are not administratively related, Svalbard and Jan Mayen; Svalbard’s administrative centre is Longyearbyen.',
  GS: 'British Overseas Territory in the southern Atlantic Ocean made up of South Georgia and the South Sandwich Islands.',
  TF: 'Overseas territory of France made up of islands in the southern Indian Ocean (the Kerguelen, Crozet, Saint Paul and Amsterdam islands and the Scattered Islands) and Adélie Land in Antarctica.',
  RE: 'Overseas department and region of France, an island in the Indian Ocean east of Madagascar; its capital is Saint-Denis.',
  ZA: 'Country in Southern Africa with no legally defined capital: Pretoria is the seat of the executive, Cape Town of parliament, and Bloemfontein is traditionally regarded as the judicial capital.',
  AZ: 'Transcontinental country at the boundary of Eastern Europe and West Asia; its capital is Baku.',
  EG: 'Transcontinental country spanning the northeast corner of Africa and the southwest corner of Asia; its capital is Cairo.',
  YE: 'Country in Western Asia; Sanaa is its capital under the constitution, while its government sits in Aden.',
  GQ: 'Country in Central Africa; Ciudad de la Paz was proclaimed its capital in January 2026, replacing Malabo.',
  MS: 'British Overseas Territory in the Caribbean; its de jure capital, Plymouth, was abandoned after volcanic eruptions in the 1990s, and the government sits at Brades.',
  NF: 'External territory of Australia in Oceania; its capital is Kingston.',
};

const SOUTH_CAUCASUS = ['AM', 'AZ'];
const CENTRAL_ASIA = ['KG', 'TJ', 'TM', 'UZ'];
const BALTIC = ['EE', 'LV', 'LT'];

/** Ties to hand-written regions (kb/places/regions.json). */
function relatedRegions(code: string): string[] {
  if (SOUTH_CAUCASUS.includes(code)) return ['south-caucasus', 'nagorno-karabakh', 'soviet-union'];
  if (CENTRAL_ASIA.includes(code)) return ['central-asia', 'soviet-union'];
  if (BALTIC.includes(code)) return ['baltic-states', 'soviet-union'];
  if (code === 'BY') return ['soviet-union', 'russia'];
  if (code === 'MD') return ['transnistria', 'soviet-union'];
  return [];
}

/** The country's name on a card: its Wikipedia title without the qualifier. */
function displayName(country: Country): string {
  return countryTitle(country).replace(/_\(.*\)$/, '').replace(/_/g, ' ');
}

/** "the Netherlands", "the Republic of Ireland", "the Isle of Man"; "Kazakhstan". */
function inSentence(name: string): string {
  if (name.startsWith('The ')) return `the ${name.slice(4)}`;
  const needsArticle =
    /(?:Islands|Republic|Netherlands|Philippines|Maldives|Comoros|Seychelles|Emirates|Kingdom|States)$/.test(name) ||
    /^(?:Republic|United|Federated|Democratic|Isle|Collectivity|Kingdom)\b/.test(name);
  return needsArticle ? `the ${name}` : name;
}

/** Where a country's Wikipedia lead places it, when the package's UN subregion says otherwise. */
const WHERE_BY_CODE: Record<string, string> = {
  AO: 'in Southern Africa',
  ZM: 'in Southern Africa',
  ZW: 'in Southern Africa',
  MW: 'in Southeastern Africa',
  RW: 'in Central Africa',
  SS: 'in East Africa',
  MR: 'in Northwest Africa',
  LI: 'in Central Europe',
  HR: 'in Central and Southeast Europe',
  JE: 'off the coast of Normandy, France',
  BM: 'in the North Atlantic Ocean',
  FK: 'in the South Atlantic Ocean',
  BV: 'in the South Atlantic Ocean',
  CX: 'in the Indian Ocean',
};

function wherePhrase(country: Country): string {
  return WHERE_BY_CODE[country.cca2] ?? `in ${placePhrase(country)}`;
}

function placePhrase(country: Country): string {
  const subregion = country.subregion;
  // Wikipedia says Central Africa where the UN geoscheme says Middle Africa.
  if (subregion === 'Middle Africa') return 'Central Africa';
  if (!subregion) return country.region === 'Antarctic' ? 'the Antarctic' : country.region;
  if (subregion === 'Caribbean') return 'the Caribbean';
  if (subregion === 'Australia and New Zealand') return 'Oceania';
  if (['Polynesia', 'Melanesia', 'Micronesia'].includes(subregion)) return `${subregion}, Oceania`;
  return subregion;
}

function listPhrase(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What a territory is, by its status (the package does not say). */
const TERRITORY_STATUS: [string, string[]][] = [
  ['Constituent country of the Kingdom of the Netherlands', ['AW', 'CW', 'SX']],
  ['Special municipalities of the Netherlands', ['BQ']],
  ['Autonomous territory of the Kingdom of Denmark', ['FO', 'GL']],
  ['Autonomous region of Finland', ['AX']],
  ['British Overseas Territory', ['AI', 'BM', 'FK', 'GI', 'GS', 'KY', 'MS', 'PN', 'TC', 'VG']],
  ['British Crown Dependency', ['GG', 'IM', 'JE']],
  ['Unincorporated territory of the United States', ['AS', 'GU', 'MP', 'PR', 'VI']],
  ['Overseas department and region of France', ['GF', 'GP', 'MQ', 'RE', 'YT']],
  ['Overseas collectivity of France', ['BL', 'MF', 'PF', 'PM', 'WF']],
  ['French special collectivity', ['NC']],
  ['External territory of Australia', ['CC', 'CX', 'HM', 'NF']],
  ['Self-governing state in free association with New Zealand', ['CK', 'NU']],
  ['Dependent territory of New Zealand', ['TK']],
  ['Dependency of Norway', ['BV']],
];

function describeCountry(country: Country, kind: string, capitalLabels: string[]): string {
  const extra = EXTRA_SENTENCES[country.cca2];
  const fixed = DESCRIPTION_BY_CODE[country.cca2];
  if (fixed) return extra ? `${fixed} ${extra}` : fixed;
  const status = TERRITORY_STATUS.find(([, codes]) => codes.includes(country.cca2))?.[0];
  const what = status ?? (kind === 'country' ? 'Country' : 'Territory');
  const where = `${what} ${wherePhrase(country)}`;
  const capital = capitalLabels.length === 0 ? '' : capitalLabels.length === 1 ? `; its capital is ${capitalLabels[0]}` : `; its capitals are ${listPhrase(capitalLabels)}`;
  return `${where}${capital}.${extra ? ` ${extra}` : ''}`;
}


interface ExistingKb {
  ids: Set<string>;
  labels: Map<string, string>;
  /** Folded name → ids of the entities that use it (aliases, labels, adjectives). */
  names: Map<string, Set<string>>;
}

export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, "'")
    .replace(/[\s\-‐-―]+/g, ' ')
    .trim();

function readExistingKb(): ExistingKb {
  const ids = new Set<string>();
  const labels = new Map<string, string>();
  const names = new Map<string, Set<string>>();
  for (const file of readKbSourceFiles(KB_DIR)) {
    if (file.path.endsWith(GENERATED_FILE)) continue;
    for (const entity of JSON.parse(file.text) as Entity[]) {
      ids.add(entity.id);
      labels.set(entity.id, entity.label);
      for (const name of [entity.label, ...entity.aliases.map(aliasText), ...(entity.adjectives ?? [])]) {
        const key = fold(name);
        if (!names.has(key)) names.set(key, new Set());
        names.get(key)!.add(entity.id);
      }
    }
  }
  return { ids, labels, names };
}

function demonymsOf(country: Country): string[] {
  const fixed = ADJECTIVES_BY_CODE[country.cca2];
  if (fixed) return fixed;
  const eng = country.demonyms?.eng;
  if (!eng) return [];
  const forms = new Set<string>();
  for (const form of [eng.m, eng.f]) for (const part of form.split(/, | or /)) if (part.trim() !== '') forms.add(part.trim());
  // "Cook Islander", "Icelander": nouns for people, not adjectives.
  return [...forms].filter((form) => !/(?:Islander|er)$/.test(form) && form !== country.name.common);
}

interface Draft {
  entity: Entity;
  country: Country;
}

/** The names news writers use for the country: accepted unless another entity holds them. */
function primaryNames(country: Country): string[] {
  return [country.name.common, ...(EXTRA_NAMES[country.cca2] ?? [])];
}

/** Official, alternative and native names: kept only when they cannot match ordinary text. */
function secondaryNames(country: Country): string[] {
  const native = Object.values(country.name.native ?? {}).flatMap((name) => [name.common, name.official]);
  return [country.name.official, ...country.altSpellings, ...native];
}

const HAS_LATIN = /\p{Script=Latin}/u;
const ACRONYM = /^[A-Z.]{2,}$/;
/** IPA and modifier letters: the package's pronunciation notes, not names ("ʁɛpublika"). */
const PHONETIC = /[ʁɛɡɔːˈˌ]/u;

function acceptableSecondary(name: string, words: ReadonlySet<string>): boolean {
  if (!HAS_LATIN.test(name)) return name.length >= 2;
  if (ACRONYM.test(name) || PHONETIC.test(name) || /[,(]/.test(name) || /^the | or /i.test(name)) return false;
  // A one-word name that is also an English word ("Island", Iceland's native name) would match prose.
  return name.includes(' ') || !words.has(fold(name));
}

export function generate(): Entity[] {
  const existing = readExistingKb();
  const words = commonWords();
  const usedNames = new Map(existing.names);
  const claim = (name: string, id: string): boolean => {
    const key = fold(name);
    const owners = usedNames.get(key);
    if (owners && !owners.has(id)) return false;
    if (!owners) usedNames.set(key, new Set([id]));
    return true;
  };

  // A demonym shared by several entries goes to the one sovereign state among them ("Norwegian":
  // Norway, not Svalbard), or to none when that is not decided ("Congolese", "Dominican").
  const demonymOwner = new Map<string, string | null>();
  for (const form of new Set(countries.flatMap(demonymsOf))) {
    const users = countries.filter((country) => demonymsOf(country).includes(form));
    const sovereign = users.filter((country) => country.independent);
    demonymOwner.set(form, users.length === 1 ? users[0]!.cca2 : sovereign.length === 1 ? sovereign[0]!.cca2 : null);
  }
  const ownDemonyms = (country: Country): string[] => demonymsOf(country).filter((form) => demonymOwner.get(form) === country.cca2);

  const drafts: Draft[] = [];
  const capitals: Entity[] = [];
  for (const country of [...countries].sort((a, b) => a.name.common.localeCompare(b.name.common))) {
    const title = countryTitle(country);
    const id = idFromTitle(title);
    const capitalSpecs = (country.capital ?? []).map((name) => {
      const specific = CAPITAL_BY_NAME[`${name}@${country.cca2}`];
      return { name, spec: specific !== undefined ? specific : CAPITAL_BY_NAME[name] };
    });
    const capitalIds: string[] = [];
    for (const { name, spec } of capitalSpecs) {
      if (spec === null) continue;
      const capitalTitle = spec?.title ?? name.replace(/ /g, '_');
      const capitalId = idFromTitle(capitalTitle);
      capitalIds.push(capitalId);
      if (existing.ids.has(capitalId) || capitals.some((c) => c.id === capitalId)) continue;
      const label = spec?.label ?? name;
      const aliases: Alias[] = [];
      const names = [...new Set([label, ...(spec?.aliases ?? [])])];
      for (const alias of names) {
        if (alias === spec?.weak) continue;
        if (claim(alias, capitalId)) aliases.push(alias);
      }
      const countryName = existing.labels.get(id) ?? displayName(country);
      const context: string[] = [];
      if (spec?.weak) {
        aliases.push({ text: spec.weak, weak: true });
        context.push(countryName, ...ownDemonyms(country), ...(spec.context ?? []));
        const qualified = capitalTitle.replace(/_/g, ' ');
        if (qualified !== spec.weak && claim(qualified, capitalId)) aliases.unshift(qualified);
      }
      if (aliases.length === 0) continue;
      capitals.push({
        id: capitalId,
        type: 'place',
        label,
        kind: 'city',
        aliases,
        ...(context.length > 0 ? { context: [...new Set(context)] } : {}),
        description: spec?.description ?? `Capital of ${inSentence(countryName)}.`,
        wikipedia: capitalTitle,
        source: `https://en.wikipedia.org/wiki/${capitalTitle}`,
        country: id,
      });
    }
    if (existing.ids.has(id)) continue;

    const kind = country.cca2 === 'AQ' ? 'continent' : country.independent ? 'country' : 'territory';
    const aliases: Alias[] = [];
    const seen = new Set<string>();
    const weakNames = WEAK_NAMES[country.cca2] ?? [];
    const weakKeys = new Set(weakNames.map((weak) => fold(weak.text)));
    const rejected = new Set([...REJECTED_NAMES].map(fold));
    const candidates = [
      ...primaryNames(country).map((name) => ({ name, ok: true })),
      ...secondaryNames(country).map((name) => ({ name, ok: acceptableSecondary(name, words) })),
    ];
    for (const { name, ok } of candidates) {
      const key = fold(name);
      if (!ok || seen.has(key) || weakKeys.has(key) || rejected.has(key)) continue;
      if (!claim(name, id)) continue;
      seen.add(key);
      aliases.push(name);
    }
    for (const acronym of ACRONYMS[country.cca2] ?? []) {
      if (claim(acronym, id)) aliases.push({ text: acronym, case: 'exact' });
    }
    const context = new Set<string>();
    for (const weak of weakNames) {
      aliases.push({ text: weak.text, weak: true });
      for (const cue of weak.context) context.add(cue);
    }
    for (const cue of CONTEXT_BY_CODE[country.cca2] ?? []) context.add(cue);

    const adjectives = ownDemonyms(country).filter((form) => claim(form, id));
    const capitalLabels = capitalSpecs
      .filter(({ spec }) => spec !== null)
      .map(({ name, spec }) => spec?.label ?? name);
    const label = displayName(country);
    const related = [...capitalIds, ...relatedRegions(country.cca2)];
    drafts.push({
      country,
      entity: {
        id,
        type: 'place',
        label,
        kind,
        aliases,
        ...(adjectives.length > 0 ? { adjectives } : {}),
        ...(context.size > 0 ? { context: [...context] } : {}),
        description: describeCountry(country, kind, capitalLabels),
        wikipedia: title,
        source: `https://en.wikipedia.org/wiki/${title}`,
        ...(related.length > 0 ? { related: [...new Set(related)] } : {}),
      },
    });
  }
  return [...drafts.map((draft) => draft.entity), ...capitals];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const entities = generate();
  const path = join(KB_DIR, GENERATED_FILE);
  writeFileSync(path, `${JSON.stringify(entities, null, 2)}\n`);
  const aliases = entities.reduce((sum, entity) => sum + entity.aliases.length, 0);
  console.log(`${path}: ${entities.length} entities, ${aliases} aliases`);
}
