import type { Kb } from '../kb/load';
import { HYPHEN, OutputInfo, OutputKind, SPACE } from '../kb/tables';
import type { MatchText } from '../text/normalize';
import { wordAt } from './context';
import type { Reading } from './readings';
import type { Candidate } from './scan';

/** What may stand between two names of one list: "Donetsk, Luhansk and Kherson". */
const SEPARATORS = new Set([', ', ' and ', ', and ', ' or ', ', or ', ' & ']);
const LONGEST_SEPARATOR = 6;
/** The plural that closes or opens such a list, and the singular the KB names each region or plant with. */
const PLANTS = '(?:(?:nuclear|thermal|hydroelectric|coal-fired|gas-fired) )?(?:power )?(?:plants|stations)';
const CLOSING = new RegExp(`^ (regions|oblasts|provinces|districts|${PLANTS})(?![\\p{L}\\p{N}])`, 'u');
const OPENING = new RegExp(`(?:(regions|oblasts|provinces|districts)(?: of (?:the )?|,? (?:including|among them|such as|notably) )|(${PLANTS}),? (?:including |such as |at )?)$`, 'u');
const REGION_SUFFIXES: Record<string, readonly string[]> = { regions: [' region'], oblasts: [' oblast'], provinces: [' province'], districts: [' district'] };

/** The names the KB gives one plant of the kind a plural names: "thermal plants" → " thermal power plant", " power station"… */
const PLANT_KINDS = ['nuclear', 'thermal', 'hydroelectric', 'coal-fired', 'gas-fired'];
function plantSuffixes(plural: string): readonly string[] {
  const kind = PLANT_KINDS.find((word) => plural.startsWith(word));
  const named = (word: string): string[] => [` ${word} power plant`, ` ${word} power station`, ` ${word} plant`];
  // "Power stations such as Burshtyn": any kind of plant the KB knows by that name.
  return [...(kind === undefined ? PLANT_KINDS.flatMap(named) : named(kind)), ' power plant', ' power station'];
}
/** How far back an opening phrase ("nuclear power plants, including ") can start. */
const OPENING_REACH = 34;

const slice = (text: MatchText, from: number, to: number): string => wordAt(text, Math.max(0, from), Math.min(text.length, to));

/** Whether only a list separator stands between two names (most gaps are longer: no string made). */
const separated = (text: MatchText, from: number, to: number): boolean =>
  to - from >= 2 && to - from <= LONGEST_SEPARATOR && SEPARATORS.has(slice(text, from, to));

function childOf(kb: Kb, node: number, unit: number): number {
  const { childStart, nodeChar } = kb.tables;
  const code = unit === HYPHEN ? SPACE : unit;
  for (let child = childStart[node]!; child < childStart[node + 1]!; child++) {
    if (nodeChar[child] === code) return child;
    if (nodeChar[child]! > code) break;
  }
  return -1;
}

/** The one entity with a strong name spelt `name` + `suffix` (e.g. "kherson" + " region"), if any. */
export function regionNamed(kb: Kb, text: MatchText, candidate: Candidate, suffix: string): number | undefined {
  let node = kb.rootChild[text.codes[candidate.start]!]!;
  for (let k = candidate.start + 1; node >= 0 && k < candidate.end; k++) node = childOf(kb, node, text.codes[k]!);
  for (let k = 0; node >= 0 && k < suffix.length; k++) node = childOf(kb, node, suffix.charCodeAt(k));
  if (node < 0) return undefined;
  const { outputStart, outputInfo, outputEntity } = kb.tables;
  const entities = new Set<number>();
  for (let output = outputStart[node]!; output < outputStart[node + 1]!; output++) {
    const info = outputInfo[output]!;
    if (OutputInfo.kind(info) === OutputKind.name && !OutputInfo.isWeak(info)) entities.add(outputEntity[output]!);
  }
  return entities.size === 1 ? [...entities][0] : undefined;
}

/**
 * "The Donetsk, Luhansk, Zaporizhzhia and Kherson regions" and "the regions of Kursk and
 * Belgorod" name regions, not the cities or republics those bare names mean elsewhere: each name
 * of such a list, when the KB knows "<name> region", is read as that region alone. Lists of nuclear
 * plants ("its nuclear plants, Rivne and Khmelnytskyi") are read the same way. Lists of one
 * name are left to the ordinary rules ("the breakaway Georgian regions" names no region).
 * `readings` is changed in place, index for index with `candidates`.
 */
export function readListedRegions(kb: Kb, text: MatchText, candidates: readonly Candidate[], readings: Reading[][]): void {
  for (let first = 0; first < candidates.length; ) {
    let last = first;
    while (last + 1 < candidates.length && separated(text, candidates[last]!.end, candidates[last + 1]!.start)) last++;
    if (last > first) {
      const after = CLOSING.exec(slice(text, candidates[last]!.end, candidates[last]!.end + 24));
      const before = OPENING.exec(slice(text, candidates[first]!.start - OPENING_REACH, candidates[first]!.start));
      const plural = after?.[1] ?? before?.[1] ?? before?.[2];
      if (plural) {
        for (let k = first; k <= last; k++) {
          if (!readings[k]!.some((reading) => reading.name)) continue;
          const suffixes = REGION_SUFFIXES[plural] ?? plantSuffixes(plural);
          const region = suffixes.map((suffix) => regionNamed(kb, text, candidates[k]!, suffix)).find((found) => found !== undefined);
          if (region !== undefined) readings[k] = [{ entity: region, strongName: true, name: true, writtenWeakName: false, adjective: false }];
        }
      }
    }
    first = last + 1;
  }
}
