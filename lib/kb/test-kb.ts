/** Small hand-made KBs for unit tests: only the fields a test cares about need writing. */
import { compileKb, type CompileOptions } from './compile';
import { loadKb, type Kb } from './load';
import type { Entity } from './schema';

export type TestEntity = Partial<Entity> & Pick<Entity, 'id'>;

export function testEntity(partial: TestEntity): Entity {
  return {
    type: 'place',
    label: `Test entity ${partial.id}`,
    aliases: [],
    description: `Test entity ${partial.id}.`,
    wikipedia: partial.id,
    source: `https://en.wikipedia.org/wiki/${partial.id}`,
    ...partial,
  };
}

/** Compiles, serialises to JSON and loads back, exactly as the extension gets it. */
export function testKb(entities: readonly TestEntity[], options: CompileOptions = {}): Kb {
  const compiled = compileKb(entities.map(testEntity), [], options);
  return loadKb(JSON.parse(JSON.stringify(compiled)));
}
