import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKb } from '../kb/load';
import { testEntity } from '../kb/test-kb';
import { compileKbFromDisk } from '../../scripts/kb-files';
import { PACK_LIMITS, parsePack } from './format';
import { mergePacks } from './merge';

const BUNDLED = ['kazakhstan', 'almaty'];

const station = testEntity({ id: 'almaty-central-station', label: 'Almaty Central Station', aliases: ['Almaty-1'], country: 'kazakhstan' });
const tram = testEntity({ id: 'almaty-tram', type: 'organization', label: 'Almaty tram', aliases: [], related: ['almaty-central-station'] });

function rejection(fileName: string, text: string) {
  const parsed = parsePack(fileName, text, BUNDLED);
  if (parsed.ok) throw new Error('expected the pack to be rejected');
  return parsed;
}

describe('pack format', () => {
  it('reads a bare array of entities, named after its file', () => {
    const parsed = parsePack('almaty-transport.json', JSON.stringify([station, tram]), BUNDLED);
    expect(parsed).toMatchObject({ ok: true, pack: { name: 'almaty-transport' } });
    expect(parsed.ok && parsed.pack.entities.map((entity) => entity.id)).toEqual(['almaty-central-station', 'almaty-tram']);
  });

  it('reads the envelope with name, version and description, and lets entities refer to the bundled KB', () => {
    const text = JSON.stringify({ name: '  Almaty transport ', version: '2024.1', description: 'Stations and lines.', entities: [station] });
    const parsed = parsePack('x.json', text, BUNDLED);
    expect(parsed).toEqual({
      ok: true,
      pack: { name: 'Almaty transport', version: '2024.1', description: 'Stations and lines.', entities: [station] },
    });
  });

  it('names the entry and the field of a schema error, in the bundled KB’s words', () => {
    const broken = { ...tram, founded: 'in 1937' };
    const { problems, message } = rejection('beat.json', JSON.stringify({ name: 'Beat', entities: [station, broken] }));
    expect(problems).toEqual([expect.objectContaining({ file: 'beat.json', entityId: 'almaty-tram', field: 'founded' })]);
    expect(message).toContain('beat.json, entity "almaty-tram", field founded: must be YYYY, YYYY-MM or YYYY-MM-DD');
    expect(message).toMatch(/nothing changed/);
  });

  it('rejects references to ids neither the pack nor the bundled KB defines', () => {
    const { problems } = rejection('beat.json', JSON.stringify([{ ...station, country: 'atlantis' }]));
    expect(problems).toEqual([expect.objectContaining({ entityId: 'almaty-central-station', field: 'country', message: expect.stringContaining('"atlantis"') })]);
  });

  it('rejects a duplicate id within the pack, an unknown field and a missing one', () => {
    const { description: _description, ...undescribed } = testEntity({ id: 'no-description' });
    const { problems } = rejection('beat.json', JSON.stringify([station, station, { ...tram, colour: 'red' }, undescribed]));
    expect(problems.map((problem) => `${problem.entityId}:${problem.field}`).sort()).toEqual([
      'almaty-central-station:id',
      'almaty-tram:colour',
      'no-description:description',
    ]);
  });

  it('says plainly when the file is not JSON, or not a pack', () => {
    expect(rejection('notes.txt', 'Almaty, Astana').message).toMatch(/^notes\.txt was not imported: one problem.*\n- notes\.txt: is not a JSON file \(/);
    expect(rejection('x.json', '"Almaty"').problems[0]!.message).toMatch(/must be a JSON array of entities, or an object/);
    expect(rejection('x.json', '[]').problems[0]).toMatchObject({ field: 'entities', message: expect.stringMatching(/empty/) });
  });

  it('checks the envelope: a name is needed and unknown keys are refused', () => {
    expect(rejection('x.json', JSON.stringify({ entities: [station] })).problems[0]).toMatchObject({ field: 'name' });
    expect(rejection('x.json', JSON.stringify({ name: ' ', entities: [station] })).problems[0]).toMatchObject({ field: 'name', message: 'must not be empty' });
    expect(rejection('x.json', JSON.stringify({ name: 'X', entites: [station] })).problems.map((problem) => problem.field)).toContain('entites');
  });

  it('enforces the size limits before validating entries', () => {
    const many = Array.from({ length: PACK_LIMITS.entities + 1 }, (_, k) => ({ id: `e${k}` }));
    const { problems } = rejection('big.json', JSON.stringify(many));
    expect(problems).toEqual([expect.objectContaining({ field: 'entities', message: expect.stringMatching(/at most 5,000/) })]);
    const huge = JSON.stringify([{ ...station, description: 'x'.repeat(PACK_LIMITS.bytes) }]);
    expect(rejection('huge.json', huge).problems[0]!.message).toMatch(/a pack may be at most 5\.0 MB/);
  });

  it('accepts the example pack shipped in samples/packs, which collides with nothing bundled', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../samples/packs/example-pack.json'), 'utf8');
    const bundledKb = loadKb(compileKbFromDisk());
    const parsed = parsePack('example-pack.json', text, bundledKb.indexById.keys());
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.pack.entities.length).toBeGreaterThanOrEqual(5);
    expect(parsed.pack.entities.length).toBeLessThanOrEqual(10);
    const { reports } = mergePacks(bundledKb, [{ id: 'example', name: parsed.pack.name, enabled: true, entities: parsed.pack.entities }]);
    expect(reports[0]).toMatchObject({ entities: parsed.pack.entities.length, idCollisions: [], takenNames: [] });
  });
});
