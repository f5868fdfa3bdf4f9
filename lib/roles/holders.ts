/**
 * Who held which office where: every KB person's roles, keyed by office and jurisdiction. A role
 * title reads "<Office> of <Country>" ("Minister of Foreign Affairs of Russia"); its jurisdiction
 * is the entity the title ends with and the entity of its `of` field (here the ministry).
 */
import type { Kb } from '../kb/load';
import type { Role } from '../kb/schema';
import { earliestDay, latestDay } from '../reading/dates';
import { recognize } from '../recognizer/recognize';
import { officeKey } from './offices';

export interface Holding {
  person: string;
  role: Role;
  office: string;
  /** Entity ids the office belongs to. */
  jurisdictions: ReadonlySet<string>;
  /** First and last day held ("0000-01-01"/"9999-12-31" when open). */
  from: string;
  to: string;
}

export interface RoleIndex {
  byOffice: ReadonlyMap<string, readonly Holding[]>;
  /** Every person's holdings, for "his Russian counterpart". */
  byPerson: ReadonlyMap<string, readonly Holding[]>;
  offices: ReadonlySet<string>;
}

/** The entity a title's tail names exactly ("the United Kingdom" → united-kingdom), if any. */
function entityNamedBy(kb: Kb, tail: string): string | undefined {
  const bare = tail.replace(/^the\s+/iu, '');
  const mentions = recognize(kb, bare, { adjectives: false });
  return mentions.length === 1 && mentions[0]!.start === 0 && mentions[0]!.end === bare.length ? mentions[0]!.entityId : undefined;
}

/**
 * Splits a title at the " of " whose tail names a KB entity, else at the last " of "; of tails naming
 * the same entity the longest ("President of the State of Palestine" is the president's, not the
 * "President of the State"'s). `named` remembers each tail's entity: hundreds of titles end in the
 * same few countries and bodies.
 */
function splitTitle(kb: Kb, title: string, named: Map<string, string | undefined>): { office: string; named?: string } {
  const entityAt = (at: number): string | undefined => {
    const tail = title.slice(at + 4);
    if (!named.has(tail)) named.set(tail, entityNamedBy(kb, tail));
    return named.get(tail);
  };
  for (let at = title.lastIndexOf(' of '); at > 0; at = title.lastIndexOf(' of ', at - 1)) {
    const entity = entityAt(at);
    if (!entity) continue;
    let split = at;
    for (let earlier = title.lastIndexOf(' of ', at - 1); earlier > 0; earlier = title.lastIndexOf(' of ', earlier - 1)) {
      if (entityAt(earlier) === entity) split = earlier;
    }
    return { office: title.slice(0, split), named: entity };
  }
  const last = title.lastIndexOf(' of ');
  return { office: last > 0 ? title.slice(0, last) : title };
}

/**
 * "Director of the Federal Security Service" (of Russia), "Governor of the Central Bank of Russia",
 * held in that service or bank: the office within it ("director", "governor"), so that "the FSB's
 * director", "the Bank of Russia governor" and "Duma speaker" find it as well.
 */
function officeInBody(kb: Kb, office: string, body: string, named: Map<string, string | undefined>): string | undefined {
  for (let at = office.lastIndexOf(' of '); at > 0; at = office.lastIndexOf(' of ', at - 1)) {
    const tail = office.slice(at + 4);
    if (!named.has(tail)) named.set(tail, entityNamedBy(kb, tail));
    if (named.get(tail) === body) return office.slice(0, at);
  }
  return undefined;
}

const cache = new WeakMap<Kb, RoleIndex>();

export function roleIndexOf(kb: Kb): RoleIndex {
  const cached = cache.get(kb);
  if (cached) return cached;
  const byOffice = new Map<string, Holding[]>();
  const byPerson = new Map<string, Holding[]>();
  const namedByTail = new Map<string, string | undefined>();
  for (const record of kb.entities) {
    if (record.type !== 'person') continue;
    for (const role of record.roles ?? []) {
      // "Ambassador of the United States to Russia" needs its destination; descriptions rarely give it.
      if (/\bto\b/u.test(role.title.slice(role.title.lastIndexOf(' of ') + 1))) continue;
      const { office, named } = splitTitle(kb, role.title, namedByTail);
      const jurisdictions = new Set([role.of, named].filter((id): id is string => id !== undefined));
      if (jurisdictions.size === 0) continue;
      const add = (name: string, where: ReadonlySet<string>): void => {
        const key = officeKey(name);
        const holding: Holding = {
          person: record.id,
          role,
          office: key,
          jurisdictions: where,
          from: (role.start && earliestDay(role.start)) || '0000-01-01',
          to: (role.end && latestDay(role.end)) || '9999-12-31',
        };
        const list = byOffice.get(key);
        if (list) list.push(holding);
        else byOffice.set(key, [holding]);
        const own = byPerson.get(record.id);
        if (own) own.push(holding);
        else byPerson.set(record.id, [holding]);
      };
      // "People's Commissar / Minister of Foreign Affairs": either name of the office.
      const alternatives = office.split(' / ');
      for (const name of alternatives) {
        add(name, jurisdictions);
        // Else the whole title, for a body named with its country: "Governor of the Central Bank of Russia".
        const within = (title: string): string | undefined => (role.of !== undefined && role.of !== named ? officeInBody(kb, title, role.of, namedByTail) : undefined);
        const inner = within(name) ?? (alternatives.length === 1 ? within(role.title) : undefined);
        if (inner) add(inner, new Set([role.of!]));
      }
    }
  }
  const index = { byOffice, byPerson, offices: new Set(byOffice.keys()) };
  cache.set(kb, index);
  return index;
}

/** The holdings of any of `offices` that belong to `jurisdiction`. */
export function holdingsOf(index: RoleIndex, offices: readonly string[], jurisdiction: string): Holding[] {
  return offices.flatMap((office) => (index.byOffice.get(office) ?? []).filter((holding) => holding.jurisdictions.has(jurisdiction)));
}
