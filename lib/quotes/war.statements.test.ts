import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkQuotations } from './check';
import { Statement } from './schema';
import { buildStatementIndex } from './statement-index';

// The recorded statements of kb/statements/, checked against quotations as articles print them.
const KB_STATEMENTS = resolve(import.meta.dirname, '../../kb/statements');
const recorded = readdirSync(KB_STATEMENTS)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => v.parse(v.array(Statement), JSON.parse(readFileSync(resolve(KB_STATEMENTS, name), 'utf8'))));
const index = buildStatementIndex(recorded);

describe('recorded war-era statements', () => {
  it('match faithful quotations of them', () => {
    const text = [
      '“The fight is here; I need ammunition, not a ride,” Zelenskyy said, according to the official.',
      'Guterres said: “Hundreds of millions of people face hunger and consumers are confronting a global cost-of-living crisis. They will pay the price.”',
      'Kyiv would not allow Moscow "to earn additional billions on our blood."',
    ].join('\n');
    expect(checkQuotations(text, index).map(({ statementId, verdict }) => [statementId, verdict])).toEqual([
      ['zelenskyy-2022-02-ammunition-not-a-ride', 'matches'],
      ['guterres-2023-07-17-pay-the-price', 'matches'],
      ['zelenskyy-2024-12-19-billions-on-our-blood', 'matches'],
    ]);
  });

  it('carry a record’s caveat for the reader to the check, and none where the record has none', () => {
    const [secondHand, firstHand] = checkQuotations(
      '“The fight is here; I need ammunition, not a ride,” he said. Guterres said: “Hundreds of millions of people face hunger and consumers are confronting a global cost-of-living crisis. They will pay the price.”',
      index,
    );
    expect(secondHand?.caveat).toMatch(/^Second-hand/);
    expect(firstHand?.statementId).toBe('guterres-2023-07-17-pay-the-price');
    expect(firstHand?.caveat).toBeUndefined();
  });

  it('flag a quotation that drops the negation of the record', () => {
    const text = 'Putin told Russians: “Our plans include the occupation of Ukrainian territories.”';
    expect(checkQuotations(text, index)).toMatchObject([{ statementId: 'putin-2022-02-24-no-occupation', verdict: 'negation-missing' }]);
    const faithful = 'Putin said: “Our plans do not include the occupation of Ukrainian territories.”';
    expect(checkQuotations(faithful, index)).toMatchObject([{ statementId: 'putin-2022-02-24-no-occupation', verdict: 'matches' }]);
  });

  it('leave a bare term in quotation marks alone', () => {
    expect(checkQuotations('Moscow calls the war a “special military operation” to “demilitarise” Ukraine.', index)).toEqual([]);
  });

  it('tell the Kremlin’s de facto termination of the grain deal from a paraphrase of it', () => {
    const [paraphrase] = checkQuotations('“The Black Sea deal has ceased to be in effect today,” Peskov told reporters.', index);
    expect(paraphrase).toMatchObject({ statementId: 'peskov-2023-07-17-black-sea-agreements-terminated', verdict: 'paraphrased' });
    // Reuters's own English, which articles quote, matches the record.
    const [wire] = checkQuotations('“The Black Sea agreements ceased to be valid today,” Peskov told reporters.', index);
    expect(wire).toMatchObject({ statementId: 'peskov-2023-07-17-black-sea-agreements-terminated', verdict: 'matches', wording: { source: { kind: 'wire' } } });
  });

  it('match the wire wording of Putin’s address as well as the outlets’ translations', () => {
    for (const quote of ['Our plans do not include the occupation of Ukrainian territories.', 'We do not have plans to occupy Ukrainian territories.']) {
      expect(checkQuotations(`Putin said: “${quote}”`, index)).toMatchObject([{ statementId: 'putin-2022-02-24-no-occupation', verdict: 'matches' }]);
    }
  });
});
