import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkQuotations, type QuoteCheck } from './check';
import { findQuotations } from './find';
import { Statement } from './schema';
import { buildStatementIndex } from './statement-index';

const KB_STATEMENTS = resolve(import.meta.dirname, '../../kb/statements');
const SEEDS = resolve(import.meta.dirname, '../../../shared/seeds');

const recorded = readdirSync(KB_STATEMENTS)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => v.parse(v.array(Statement), JSON.parse(readFileSync(resolve(KB_STATEMENTS, name), 'utf8'))));
const index = buildStatementIndex(recorded);

function seed(prefix: string): string {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix))!;
  return readFileSync(resolve(SEEDS, name), 'utf8');
}

const spanText = (text: string, check: QuoteCheck): string => text.slice(check.span.start, check.span.end);
const checkOf = (text: string, checks: QuoteCheck[], words: string): QuoteCheck | undefined =>
  checks.find((check) => spanText(text, check).includes(words));

const statement = (id: string, text: string, speaker = 'test-speaker'): Statement => ({
  id,
  speaker,
  date: '2022-06-17',
  text,
  source: { publisher: 'Test wire', kind: 'wire', url: 'https://example.test/wire' },
});

describe('quote check on the seed articles', () => {
  it('flags the misquote of seed 004: the negation of "we do not recognize" is missing', () => {
    const text = seed('004');
    const checks = checkQuotations(text, index);
    const misquote = checkOf(text, checks, 'we recognize Taiwan');
    expect(misquote).toMatchObject({ statementId: 'tokayev-2022-06-17-non-recognition', speaker: 'kassym-jomart-tokayev', verdict: 'negation-missing' });
    expect(spanText(text, misquote!)).toMatch(/^That’s why we recognize Taiwan, Kosovo, \[the breakaway Georgian regions of\] South Ossetia and Abkhazia$/);
    const flagged = misquote!.diff.filter((part) => part.negation);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((part) => part.op === 'removed' && /\b(not|neither|nor)\b/.test(part.record!))).toBe(true);
    expect(misquote!.diff).toContainEqual(expect.objectContaining({ op: 'editorial', quote: expect.objectContaining({ text: '[the breakaway Georgian regions of]' }) }));
    // The same article's other renderings of the record keep their meaning.
    expect(checks.filter((check) => check !== misquote).map((check) => check.verdict)).not.toContain('negation-missing');
    expect(checkOf(text, checks, 'north of Kazakhstan was uninhabited')).toMatchObject({ statementId: 'nikonov-2020-12-10-great-gift', verdict: 'paraphrased' });
  });

  it('matches the faithful quotations of seeds 000–003 without a negation flag', () => {
    for (const prefix of ['000', '001', '002', '003']) {
      const checks = checkQuotations(seed(prefix), index);
      expect(checks.length, prefix).toBeGreaterThan(0);
      for (const check of checks) expect(['matches', 'paraphrased'], `${prefix} ${check.statementId}`).toContain(check.verdict);
    }
    const text = seed('000');
    const checks = checkQuotations(text, index);
    expect(checkOf(text, checks, 'For this reason we do not recognize Taiwan')).toMatchObject({
      statementId: 'tokayev-2022-06-17-non-recognition',
      verdict: 'matches',
      similarity: 1,
      wording: { reference: false, source: { publisher: expect.stringContaining('Eurasianet') } },
    });
    expect(new Set(checks.map((check) => check.statementId))).toEqual(
      new Set([
        'tokayev-2022-06-17-self-determination',
        'tokayev-2022-06-17-non-recognition',
        'zatulin-2022-06-weak-relationship',
        'zatulin-2022-06-no-territorial-questions',
        'keosayan-2022-04-look-carefully',
        'tokayev-2022-06-rossiya-24-saved-kazakhstan',
        'tokayev-2022-06-17-no-issues',
      ]),
    );
  });

  it('splits a quotation that stitches several statements (seed 003)', () => {
    const text = seed('003');
    const checks = checkQuotations(text, index);
    const charter = checkOf(text, checks, 'Modern international law is the UN Charter')!;
    const quasiStates = checkOf(text, checks, 'quasi-states, which, in our opinion, include Luhansk')!;
    expect(charter.quotation).toEqual(quasiStates.quotation);
    expect([charter.statementId, quasiStates.statementId]).toEqual(['tokayev-2022-06-17-self-determination', 'tokayev-2022-06-17-non-recognition']);
    expect(charter.span.end).toBeLessThan(quasiStates.span.start);
    const interview = checkOf(text, checks, 'some people have distorted this whole situation')!;
    expect(interview).toMatchObject({ statementId: 'tokayev-2022-06-rossiya-24-saved-kazakhstan', verdict: 'paraphrased' });
    expect(interview.diff).toContainEqual(expect.objectContaining({ op: 'changed', quote: expect.objectContaining({ text: 'we' }), record: 'Kazakhstan' }));
  });

  it('never flags a quotation it has no record for', () => {
    for (const prefix of ['000', '002', '003', '004']) {
      const text = seed(prefix);
      const checked = new Set(checkQuotations(text, index).map((check) => check.quotation.start));
      const unrecorded = findQuotations(text).filter((quotation) =>
        /important ties between Russian|type of character|animal cruelty|game played to evade|clear statement of Kazakhstan’s position|window of opportunity/.test(text.slice(quotation.start, quotation.end)),
      );
      for (const quotation of unrecorded) expect(checked.has(quotation.start), text.slice(quotation.start, quotation.end)).toBe(false);
    }
  });

  it('considers only the speakers the article names, when told them', () => {
    const text = seed('000');
    const checks = checkQuotations(text, index, { speakers: new Set(['konstantin-zatulin']) });
    expect(checks.map((check) => check.speaker)).toEqual(['konstantin-zatulin', 'konstantin-zatulin']);
  });
});

describe('quote check on statements of any article', () => {
  const statements = buildStatementIndex([
    statement('never-recognise', 'We will never recognise the annexation of Crimea, whatever the pressure.'),
    statement('trade-grows', 'Trade between our countries grew by a third last year and will keep growing.'),
  ]);

  it('tells a dropped negation from an added one', () => {
    const dropped = '“We will recognize the annexation of Crimea, whatever the pressure,” she said.';
    expect(checkQuotations(dropped, statements)).toMatchObject([{ statementId: 'never-recognise', verdict: 'negation-missing' }]);
    const added = 'He said: “Trade between our countries did not grow by a third last year.”';
    expect(checkQuotations(added, statements)).toMatchObject([{ statementId: 'trade-grows', verdict: 'negation-added' }]);
  });

  it('forgives punctuation, spelling and an ellipsis standing for left-out words', () => {
    const text = 'She added: "We will never recognize the annexation of Crimea … whatever the pressure."';
    const [check] = checkQuotations(text, statements);
    expect(check).toMatchObject({ verdict: 'matches', statementId: 'never-recognise' });
    expect(text.slice(check!.span.start, check!.span.end)).toBe('We will never recognize the annexation of Crimea … whatever the pressure');
  });

  it('calls a rewording a paraphrase and ignores quotations about something else', () => {
    const text = '“Trade between the two countries rose by a third last year,” he said. “The weather was fine,” she said.';
    const checks = checkQuotations(text, statements);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ statementId: 'trade-grows', verdict: 'paraphrased' });
    expect(checks[0]!.diff).toContainEqual(expect.objectContaining({ op: 'changed', quote: expect.objectContaining({ text: 'rose' }), record: 'grew' }));
  });

  it('returns plain data that survives a message port', () => {
    const checks = checkQuotations('“We will never recognise the annexation of Crimea, whatever the pressure.”', statements);
    expect(JSON.parse(JSON.stringify(checks))).toEqual(checks);
  });
});
