import { describe, expect, it } from 'vitest';
import { currentTitleOf, parseTitleChecks, titleCheckFindings } from './checked-titles';
import { testEntity } from './test-kb';

const file = (text: string) => ({ path: 'kb/checked/titles-a.tsv', text });

describe('parseTitleChecks', () => {
  it('reads the three verdicts and skips the header and blank lines', () => {
    const { checks, problems } = parseTitleChecks([
      file('title\tverdict\tevidence\nBadra_Gunba\tarticle\thttps://en.wikipedia.org/wiki/Badra_Gunba\n\nOld_Name\tmoved:New_Name\turl\nVlast.kz\tnot-found\t'),
    ]);
    expect(problems).toEqual([]);
    expect(checks.map((check) => [check.title, check.verdict])).toEqual([
      ['Badra_Gunba', { kind: 'article' }],
      ['Old_Name', { kind: 'moved', to: 'New_Name' }],
      ['Vlast.kz', { kind: 'not-found' }],
    ]);
    expect(checks[1]!.where).toBe('kb/checked/titles-a.tsv:4');
  });

  it('names every malformed line instead of dropping it', () => {
    const { checks, problems } = parseTitleChecks([file('Title With Spaces\tarticle\tx\nBadra_Gunba\tseems fine\tx\nA\tarticle\tx\textra')]);
    expect(checks).toEqual([]);
    expect(problems).toHaveLength(3);
    expect(problems[1]).toMatch(/^kb\/checked\/titles-a\.tsv:2: expected/u);
  });
});

describe('titleCheckFindings', () => {
  const entities = [testEntity({ id: 'Badra_Gunba' }), testEntity({ id: 'Old_Name' }), testEntity({ id: 'Vlast.kz' }), testEntity({ id: 'Unchecked' })];

  it('sorts KB entities by what the check found, and flags one still on a moved title', () => {
    const { checks } = parseTitleChecks([file('Badra_Gunba\tarticle\tu\nOld_Name\tmoved:New_Name\tu\nVlast.kz\tnot-found\tu')]);
    const findings = titleCheckFindings(entities, checks);
    expect(findings.confirmed.map((entity) => entity.id)).toEqual(['Badra_Gunba']);
    expect(findings.unanswered.map((entity) => entity.id)).toEqual(['Vlast.kz']);
    expect(findings.stillMoved.map(({ entity, check }) => [entity.id, check.verdict])).toEqual([['Old_Name', { kind: 'moved', to: 'New_Name' }]]);
    expect(findings.conflicts).toEqual([]);
  });

  it('lets an answer override an earlier "not found", and reports two answers that disagree', () => {
    const { checks } = parseTitleChecks([
      file('Vlast.kz\tnot-found\tu\nBadra_Gunba\tarticle\tu'),
      { path: 'kb/checked/titles-b.tsv', text: 'Vlast.kz\tarticle\tu\nBadra_Gunba\tmoved:Gunba\tu' },
    ]);
    const findings = titleCheckFindings(entities, checks);
    expect(findings.confirmed.map((entity) => entity.id)).toEqual(['Badra_Gunba', 'Vlast.kz']);
    expect(findings.conflicts).toEqual(['Badra_Gunba: kb/checked/titles-a.tsv:2 and kb/checked/titles-b.tsv:2 disagree']);
  });
});

describe('currentTitleOf', () => {
  it('follows recorded moves to the title Wikipedia uses now, and leaves other titles alone', () => {
    const { checks } = parseTitleChecks([file('Old_Name\tmoved:Middle_Name\tu\nMiddle_Name\tmoved:New_Name\tu\nKept\tarticle\tu\nLoop_A\tmoved:Loop_B\tu\nLoop_B\tmoved:Loop_A\tu')]);
    const current = currentTitleOf(checks);
    expect(current('Old_Name')).toBe('New_Name');
    expect(current('Middle_Name')).toBe('New_Name');
    expect(current('Kept')).toBe('Kept');
    expect(current('Never_Checked')).toBe('Never_Checked');
    expect(['Loop_A', 'Loop_B']).toContain(current('Loop_A'));
  });
});
