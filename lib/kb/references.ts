import type { Entity } from './schema';

/** The fields through which an entity names other entities (the compiled record keeps them all). */
type Referring = Pick<Entity, 'country' | 'region' | 'place' | 'roles' | 'participants' | 'related'>;

/**
 * Every id an entity names, with the field that names it. The validator, the loader's links and
 * the report's region lookup all read this one list, so a new reference field cannot be checked
 * in one and forgotten in another. The order (own country first) is the report's preference.
 */
export function referencesIn(entity: Referring): [field: string, id: string][] {
  const references: [string, string | undefined][] = [
    ['country', entity.country],
    ['region', entity.region],
    ['place', entity.place],
    ...(entity.roles ?? []).map((role, i): [string, string | undefined] => [`roles[${i}].of`, role.of]),
    ...(entity.participants ?? []).map((id, i): [string, string] => [`participants[${i}]`, id]),
    ...(entity.related ?? []).map((id, i): [string, string] => [`related[${i}]`, id]),
  ];
  return references.filter((reference): reference is [string, string] => reference[1] !== undefined);
}
