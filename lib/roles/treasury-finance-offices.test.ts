import { describe, expect, it } from 'vitest';
import type { Role } from '../kb/schema';
import { testKb, type TestEntity } from '../kb/test-kb';
import { recognize } from '../recognizer/recognize';
import { resolveRoleDescriptions } from './resolve';

const person = (id: string, label: string, roles: Role[]): TestEntity => ({ id, type: 'person', label, aliases: [label], roles });

const kb = testKb([
  { id: 'russia', label: 'Russia', aliases: ['Russia'], adjectives: ['Russian'] },
  { id: 'turkey', label: 'Turkey', aliases: ['Turkey'], adjectives: ['Turkish'] },
  person('anton-siluanov', 'Anton Siluanov', [{ title: 'Minister of Finance of Russia', of: 'russia', start: '2011-12' }]),
  person('mehmet-simsek', 'Mehmet Simsek', [{ title: 'Minister of Treasury and Finance of Turkey', of: 'turkey', start: '2023-06' }]),
]);

function resolved(text: string, day: string): [string, string][] {
  return resolveRoleDescriptions(kb, text, recognize(kb, text), day).map((mention) => [mention.text, mention.entityId]);
}

describe('"finance minister" for a Minister of Treasury and Finance', () => {
  it('resolves to the Turkish minister named after it, not to the Russian one', () => {
    const text = 'In Turkey, banks closed accounts. Finance Minister Mehmet Simsek said so. Russian Finance Minister Anton Siluanov disagreed.';
    expect(resolved(text, '2024-10-31')).toEqual([
      ['Finance Minister', 'mehmet-simsek'],
      ['Russian Finance Minister', 'anton-siluanov'],
    ]);
  });
});
