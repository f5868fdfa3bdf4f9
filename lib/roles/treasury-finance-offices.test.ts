import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { person, resolvedOn } from './test-people';


const kb = testKb([
  { id: 'russia', label: 'Russia', aliases: ['Russia'], adjectives: ['Russian'] },
  { id: 'turkey', label: 'Turkey', aliases: ['Turkey'], adjectives: ['Turkish'] },
  person('anton-siluanov', 'Anton Siluanov', [{ title: 'Minister of Finance of Russia', of: 'russia', start: '2011-12' }]),
  person('mehmet-simsek', 'Mehmet Simsek', [{ title: 'Minister of Treasury and Finance of Turkey', of: 'turkey', start: '2023-06' }]),
]);

const resolved = resolvedOn(kb);

describe('"finance minister" for a Minister of Treasury and Finance', () => {
  it('resolves to the Turkish minister named after it, not to the Russian one', () => {
    const text = 'In Turkey, banks closed accounts. Finance Minister Mehmet Simsek said so. Russian Finance Minister Anton Siluanov disagreed.';
    expect(resolved(text, '2024-10-31')).toEqual([
      ['Finance Minister', 'mehmet-simsek'],
      ['Russian Finance Minister', 'anton-siluanov'],
    ]);
  });
});
