import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { referencesIn } from './references';
import { Entity, EntityId } from './schema';

type AnySchema = v.GenericSchema & { wrapped?: AnySchema; item?: AnySchema; entries?: Record<string, AnySchema> };

const unwrapped = (schema: AnySchema): AnySchema => (schema.wrapped ? unwrapped(schema.wrapped) : schema);

/** Paths of every field the schema types as an entity id, found by walking the schema itself. */
function idFieldsOf(entries: Record<string, AnySchema>, prefix = ''): string[] {
  return Object.entries(entries).flatMap(([key, field]) => {
    const schema = unwrapped(field);
    const item = schema.item && unwrapped(schema.item);
    if (schema === EntityId) return key === 'id' && prefix === '' ? [] : [`${prefix}${key}`];
    if (item === EntityId) return [`${prefix}${key}[0]`];
    if (item?.entries) return idFieldsOf(item.entries, `${prefix}${key}[0].`);
    return [];
  });
}

describe('referencesIn', () => {
  it("lists every field the schema types as another entity's id", () => {
    const fields = idFieldsOf(Entity.entries as Record<string, AnySchema>);
    expect(fields.length).toBeGreaterThanOrEqual(6);
    const entity: Record<string, unknown> = {};
    for (const path of fields) {
      const [, key, nested] = /^(\w+)(?:\[0\](?:\.(\w+))?)?$/.exec(path)!;
      const id = `target-${key}${nested ? `-${nested}` : ''}`;
      entity[key!] = nested ? [{ [nested]: id }] : path.endsWith('[0]') ? [id] : id;
    }
    const found = referencesIn(entity as Parameters<typeof referencesIn>[0]);
    expect(found.map(([field]) => field).sort()).toEqual([...fields].sort());
  });

  it('leaves out absent fields and roles without an office-holder body', () => {
    expect(referencesIn({ country: 'russia', roles: [{ title: 'President' } as never, { title: 'Head', of: 'tatarstan' } as never] })).toEqual([
      ['country', 'russia'],
      ['roles[1].of', 'tatarstan'],
    ]);
  });
});
