import { describe, expect, it } from 'vitest';
import type { Role } from '../kb/schema';
import { testKb, type TestEntity } from '../kb/test-kb';
import { recognize } from '../recognizer/recognize';
import { resolveRoleDescriptions } from './resolve';

const person = (id: string, label: string, roles: Role[]): TestEntity => ({ id, type: 'person', label, aliases: [label], roles });

const kb = testKb([
  { id: 'russia', label: 'Russia', aliases: ['Russia'], adjectives: ['Russian'] },
  { id: 'kazakhstan', label: 'Kazakhstan', aliases: ['Kazakhstan'], adjectives: ['Kazakh'] },
  { id: 'european-union', type: 'organization', label: 'European Union', aliases: ['European Union', 'EU'] },
  person('bagdat-musin', 'Bagdat Musin', [{ title: 'Minister of Digital Development, Innovation and Aerospace Industry of Kazakhstan', of: 'kazakhstan', start: '2020-07', end: '2024-04' }]),
  person('zhaslan-madiyev', 'Zhaslan Madiyev', [{ title: 'Minister of Digital Development, Innovation and Aerospace Industry of Kazakhstan', of: 'kazakhstan', start: '2024' }]),
  person('denis-manturov', 'Denis Manturov', [{ title: 'Minister of Industry and Trade of Russia', of: 'russia', start: '2012-05-21', end: '2024-05-14' }]),
  person('david-osullivan', "David O'Sullivan", [{ title: 'Sanctions Envoy of the European Union', of: 'european-union', start: '2023-01' }]),
]);

function resolved(text: string, day: string): [string, string][] {
  return resolveRoleDescriptions(kb, text, recognize(kb, text), day).map((mention) => [mention.text, mention.entityId]);
}

describe('everyday names of the digital and trade ministers and the EU sanctions envoy', () => {
  it('resolve "digital minister" to the holder of the long Kazakh title on the day', () => {
    expect(resolved("Kazakhstan's digital development minister visited Baikonur.", '2025-11-28')).toEqual([["Kazakhstan's digital development minister", 'zhaslan-madiyev']]);
    expect(resolved('The Kazakh digital minister visited Baikonur.', '2022-11-28')).toEqual([['Kazakh digital minister', 'bagdat-musin']]);
  });

  it('resolve "trade minister" to a Minister of Industry and Trade, and only while in office', () => {
    expect(resolved('The Russian trade minister met exporters.', '2023-10-12')).toEqual([['Russian trade minister', 'denis-manturov']]);
    expect(resolved('The Russian trade minister met exporters.', '2025-01-10')).toEqual([]);
  });

  it('resolve the EU sanctions envoy from January 2023, not before', () => {
    expect(resolved("The European Union's sanctions envoy arrived in Astana.", '2023-10-12')).toEqual([["European Union's sanctions envoy", 'david-osullivan']]);
    expect(resolved("The European Union's sanctions envoy arrived in Astana.", '2022-06-01')).toEqual([]);
  });
});
