import { describe, expect, it } from 'vitest';
import { compileKbSources } from './compile';
import { getEntity, loadKb } from './load';
import { KbError, type KbSourceFile } from './sources';
import { recognize } from '../recognizer/recognize';
import { testEntity, testKb, type TestEntity } from './test-kb';

const file = (path: string, entities: unknown[]): KbSourceFile => ({ path, text: JSON.stringify(entities) });

function problemsOf(files: KbSourceFile[]): KbError {
  try {
    compileKbSources(files);
  } catch (error) {
    if (error instanceof KbError) return error;
    throw error;
  }
  throw new Error('expected the KB to be rejected');
}

const kazakhstan: TestEntity = { id: 'kazakhstan', label: 'Kazakhstan', aliases: ['Republic of Kazakhstan'], adjectives: ['Kazakh'] };
const tokayev: TestEntity = {
  id: 'kassym-jomart-tokayev',
  type: 'person',
  label: 'Kassym-Jomart Tokayev',
  aliases: ['Tokayev', { text: 'Tokaev', case: 'default' }],
  roles: [{ title: 'President of Kazakhstan', of: 'kazakhstan', start: '2019-03-20' }],
};

describe('KB validation', () => {
  it('accepts a valid KB and keeps the card data', () => {
    const kb = loadKb(compileKbSources([file('kb/places.json', [testEntity(kazakhstan)]), file('kb/people.json', [testEntity(tokayev)])]));
    expect(getEntity(kb, 'kassym-jomart-tokayev')).toMatchObject({
      label: 'Kassym-Jomart Tokayev',
      roles: [{ title: 'President of Kazakhstan', of: 'kazakhstan', start: '2019-03-20' }],
    });
    expect(getEntity(kb, 'kazakhstan')).not.toHaveProperty('aliases');
    expect(getEntity(kb, 'nowhere')).toBeUndefined();
    expect(kb.links[kb.indexById.get('kazakhstan')!]).toContain(kb.indexById.get('kassym-jomart-tokayev'));
  });

  it('names the file, entity id and field of a schema error', () => {
    const broken = { ...testEntity(tokayev), aliases: ['Tokayev', { text: 'Tokaev', case: 'loose' }] };
    const error = problemsOf([file('kb/places.json', [testEntity(kazakhstan)]), file('kb/people.json', [broken])]);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ file: 'kb/people.json', entityId: 'kassym-jomart-tokayev', field: 'aliases[1].case' });
    expect(error.message).toContain('kb/people.json, entity "kassym-jomart-tokayev", field aliases[1].case');
  });

  it('names missing required fields, unknown fields and bad formats', () => {
    const { description: _description, ...noDescription } = testEntity({ id: 'no-description' });
    const error = problemsOf([
      file('kb/x.json', [
        noDescription,
        { ...testEntity({ id: 'typo' }), wikipedai: 'X' },
        testEntity({ id: 'bad-date', born: '17 May 1953' }),
        testEntity({ id: 'Bad_Id' }),
      ]),
    ]);
    const fields = error.problems.map((problem) => `${problem.entityId}:${problem.field}`);
    expect(fields).toEqual(expect.arrayContaining(['no-description:description', 'typo:wikipedai', 'bad-date:born', 'Bad_Id:id']));
  });

  it('rejects duplicate ids across files, naming both', () => {
    const error = problemsOf([file('kb/a.json', [testEntity(kazakhstan)]), file('kb/b.json', [testEntity(kazakhstan)])]);
    expect(error.problems[0]).toMatchObject({ file: 'kb/b.json', entityId: 'kazakhstan', field: 'id' });
    expect(error.problems[0]!.message).toContain('kb/a.json');
  });

  it('rejects references to ids no file defines', () => {
    const error = problemsOf([
      file('kb/x.json', [
        testEntity({ id: 'forum', type: 'event', place: 'st-petersburg', participants: ['kazakhstan', 'putin'], related: ['kazakhstan'] }),
        testEntity(kazakhstan),
        testEntity({ id: 'official', type: 'person', roles: [{ title: 'Mayor', of: 'almaty' }] }),
      ]),
    ]);
    expect(error.problems.map((problem) => `${problem.entityId}:${problem.field}`).sort()).toEqual([
      'forum:participants[1]',
      'forum:place',
      'official:roles[0].of',
    ]);
  });

  it('rejects a name repeated within an entity, and names that can never match', () => {
    const error = problemsOf([
      file('kb/x.json', [testEntity({ id: 'russia', aliases: ['Russia', 'Russian Federation', { text: 'Russia', weak: true }, '“RF”', '\u00ad'] })]),
    ]);
    expect(error.problems.map((problem) => problem.field)).toEqual(['aliases[2]', 'aliases[3]', 'aliases[4]']);
  });

  it('reports invalid JSON and a file that is not an array', () => {
    const error = problemsOf([
      { path: 'kb/broken.json', text: '[{"id": "x",' },
      { path: 'kb/object.json', text: '{"id": "x"}' },
    ]);
    expect(error.problems.map((problem) => problem.file)).toEqual(['kb/broken.json', 'kb/object.json']);
    expect(error.problems[0]!.message).toMatch(/not valid JSON/);
  });

  it('does not report references to an entity that is itself broken', () => {
    const error = problemsOf([
      file('kb/x.json', [{ ...testEntity(kazakhstan), description: 'short' }, testEntity({ ...tokayev })]),
    ]);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ entityId: 'kazakhstan', field: 'description' });
  });
});

describe('compiled artifact', () => {
  it('survives JSON and rejects corrupt tables', () => {
    const compiled = compileKbSources([file('kb/x.json', [testEntity(kazakhstan), testEntity(tokayev)])]);
    const reloaded = loadKb(JSON.parse(JSON.stringify(compiled)));
    expect(reloaded.tables.nodeChar.length).toBeGreaterThan(10);
    expect(() => loadKb({ ...compiled, format: 99 })).toThrow(/format/);
    expect(() => loadKb({ ...compiled, matcher: { ...compiled.matcher, childCount: compiled.matcher.outputInfo } })).toThrow(/corrupt/);
    const { nodeChar: _nodeChar, ...missing } = compiled.matcher;
    expect(() => loadKb({ ...compiled, matcher: missing })).toThrow(/nodeChar/);
  });
});

describe('the label as a name', () => {
  it('keeps the label when an alias spells it in other capitals', () => {
    const kb = testKb([
      { id: 'lukoil', type: 'organization', label: 'Lukoil', aliases: ['LUKoil'] },
      { id: 'eni', type: 'organization', label: 'Eni', aliases: [{ text: 'ENI', case: 'exact' }] },
    ]);
    const found = (text: string): string[] => recognize(kb, text).map((mention) => `${mention.text}=${mention.entityId}`);
    expect(found('Lukoil and Eni said so.')).toEqual(['Lukoil=lukoil', 'Eni=eni']);
    expect(found('LUKoil said so.')).toEqual(['LUKoil=lukoil']);
    expect(found('lukoil and eni said so.')).toEqual([]);
  });
});

describe('context cues', () => {
  it('never count a cue that is one of the entity’s own names', () => {
    const kb = testKb([
      { id: 'leonardo', type: 'organization', label: 'Leonardo S.p.A.', aliases: [{ text: 'Leonardo', weak: true }], context: ['Leonardo', 'defence'] },
    ]);
    const ids = (text: string): string[] => recognize(kb, text).map((mention) => mention.entityId);
    expect(ids('Leonardo da Vinci painted it.')).toEqual([]);
    expect(ids('The defence group Leonardo grew.')).toEqual(['leonardo']);
  });
});
