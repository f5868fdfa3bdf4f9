import type { Kb } from '../kb/load';
import { readingsOf, type Reading } from './readings';
import type { Candidate } from './scan';

/** Whether `person` ever held an office of `body` (the KB's roles, whatever their dates). */
function heldOfficeIn(kb: Kb, person: number, body: string): boolean {
  const record = kb.entities[person];
  return record?.type === 'person' && (record.roles ?? []).some((role) => role.of === body);
}

/**
 * "Prosecutor General Igor Krasnov": a body's bare name, derived from the office's full name
 * ("Prosecutor General of Russia"), right before the name of someone who held an office in it is
 * that person's title, which is no mention of the body. The bare name elsewhere ("the Prosecutor
 * General objected") still is, and so is any name the KB writes out. `following`: the candidates
 * that start one space after this one (asked only when a derived body name is among the options).
 */
export function withoutOfficeBeforeItsHolder(kb: Kb, options: Reading[], following: () => readonly Candidate[]): Reading[] {
  const isDerivedBodyName = (option: Reading): boolean =>
    option.name && !option.strongName && !option.writtenWeakName && !option.adjective && kb.entities[option.entity]?.type === 'organization';
  if (!options.some(isDerivedBodyName)) return options;
  const people = following().flatMap((next) => readingsOf(kb, next).filter((reading) => reading.name).map((reading) => reading.entity));
  return options.filter((option) => !isDerivedBodyName(option) || !people.some((person) => heldOfficeIn(kb, person, kb.entities[option.entity]!.id)));
}
