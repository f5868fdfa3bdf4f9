import { describe, expect, it } from 'vitest';
import { compileKbSources } from '../kb/compile';
import { KbError, type KbSourceFile } from '../kb/sources';
import { testEntity } from '../kb/test-kb';
import { loadStatements } from './load';

const entities: KbSourceFile = {
  path: 'kb/people.json',
  text: JSON.stringify([
    testEntity({ id: 'kassym-jomart-tokayev', type: 'person', label: 'Kassym-Jomart Tokayev' }),
    testEntity({ id: 'st-petersburg-international-economic-forum', type: 'event', label: 'SPIEF' }),
  ]),
};

const valid = {
  id: 'tokayev-2022-06-17-non-recognition',
  speaker: 'kassym-jomart-tokayev',
  date: '2022-06-17',
  event: 'st-petersburg-international-economic-forum',
  language: 'ru',
  text: 'We recognize neither Taiwan, nor Kosovo, nor South Ossetia, nor Abkhazia',
  source: { publisher: 'EFE', kind: 'wire', url: 'https://www.laprensalatina.com/x/' },
};

const statementFile = (statements: unknown[]): KbSourceFile => ({ path: 'kb/statements/test.json', text: JSON.stringify(statements) });

function rejection(statements: unknown[]): KbError {
  try {
    compileKbSources([entities], [statementFile(statements)]);
  } catch (error) {
    if (error instanceof KbError) return error;
    throw error;
  }
  throw new Error('expected the statements to be rejected');
}

describe('statement validation in the KB build', () => {
  it('compiles valid statements into the artifact, for loadStatements', () => {
    const compiled = JSON.parse(JSON.stringify(compileKbSources([entities], [statementFile([valid])])));
    expect(compiled.statements).toEqual([valid]);
    expect(loadStatements(compiled).statements.map((entry) => entry.statement.id)).toEqual([valid.id]);
    expect(compileKbSources([entities])).not.toHaveProperty('statements');
    expect(loadStatements(compileKbSources([entities])).statements).toEqual([]);
  });

  it('names the file, statement and field of a broken statement', () => {
    const error = rejection([{ ...valid, source: { ...valid.source, kind: 'blog' } }]);
    expect(error.problems).toEqual([expect.objectContaining({ file: 'kb/statements/test.json', entityId: valid.id, record: 'statement', field: 'source.kind' })]);
    expect(error.message).toContain('kb/statements/test.json, statement "tokayev-2022-06-17-non-recognition", field source.kind');
  });

  it('checks dates, languages, unknown fields and references to the KB', () => {
    const error = rejection([
      { ...valid, id: 'bad-date', date: '17 June 2022' },
      { ...valid, id: 'bad-language', language: 'Russian' },
      { ...valid, id: 'typo', sourse: valid.source },
      { ...valid, id: 'unknown-speaker', speaker: 'nobody' },
      { ...valid, id: 'speaker-not-a-person', speaker: 'st-petersburg-international-economic-forum' },
      { ...valid, id: 'outlet-without-note', source: { ...valid.source, kind: 'outlet' } },
      valid,
      valid,
    ]);
    const fields = error.problems.map((problem) => `${problem.entityId}:${problem.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'bad-date:date',
        'bad-language:language',
        'typo:sourse',
        'unknown-speaker:speaker',
        'speaker-not-a-person:speaker',
        'outlet-without-note:note',
        `${valid.id}:id`,
      ]),
    );
  });

  it('rejects malformed statements in a compiled KB', () => {
    expect(() => loadStatements({ statements: [{ id: 'x' }] })).toThrow(/malformed statements/);
  });
});
