import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { person, resolvedOn } from './test-people';


const kb = testKb([
  { id: 'united-states', label: 'United States', aliases: ['United States', 'U.S.'], adjectives: ['American'] },
  { id: 'us-treasury', type: 'organization', label: 'United States Department of the Treasury', aliases: ['U.S. Treasury', { text: 'Treasury', weak: true }], context: ['OFAC'] },
  person('lloyd-austin', 'Lloyd Austin', [{ title: 'Secretary of Defense of the United States', of: 'united-states', start: '2021-01-22', end: '2025-01-20' }]),
  person('pete-hegseth', 'Pete Hegseth', [{ title: 'Secretary of Defense of the United States', of: 'united-states', start: '2025-01-25' }]),
  person('janet-yellen', 'Janet Yellen', [{ title: 'Secretary of the Treasury of the United States', of: 'united-states', start: '2021-01-26', end: '2025-01-20' }]),
  person('scott-bessent', 'Scott Bessent', [{ title: 'Secretary of the Treasury of the United States', of: 'united-states', start: '2025-01-28' }]),
  person('alejandro-mayorkas', 'Alejandro Mayorkas', [{ title: 'Secretary of Homeland Security of the United States', of: 'united-states', start: '2021-02-02', end: '2025-01-20' }]),
]);

const resolved = resolvedOn(kb);

describe('everyday names of US cabinet secretaries', () => {
  it('read "war secretary" (the Pentagon\'s second name since 2025) as the Secretary of Defense on the day', () => {
    expect(resolved('The American war secretary ordered a review.', '2025-10-01')).toEqual([['American war secretary', 'pete-hegseth']]);
    expect(resolved('The American defense secretary ordered a review.', '2023-10-01')).toEqual([['American defense secretary', 'lloyd-austin']]);
  });

  it('read "treasury secretary" and "homeland security secretary" as their departments\' heads', () => {
    expect(resolved('The American treasury secretary announced sanctions.', '2024-06-12')).toEqual([['American treasury secretary', 'janet-yellen']]);
    expect(resolved('The American treasury secretary announced sanctions.', '2025-10-22')).toEqual([['American treasury secretary', 'scott-bessent']]);
    expect(resolved('The American homeland security secretary visited.', '2023-03-01')).toEqual([['American homeland security secretary', 'alejandro-mayorkas']]);
  });

  it('read "Treasury Secretary" before a name as that person\'s office, though "Treasury" names the department', () => {
    expect(resolved('OFAC acted. Treasury Secretary Janet Yellen said so.', '2024-06-12')).toEqual([['Treasury Secretary', 'janet-yellen']]);
    expect(resolved('OFAC acted. Treasury Secretary Scott Bessent said so.', '2024-06-12')).toEqual([]);
  });

  it('read a country written as an initialism with its full stop ("U.S."), and no office across a sentence end', () => {
    expect(resolved('The U.S. defense secretary ordered a review.', '2023-10-01')).toEqual([['U.S. defense secretary', 'lloyd-austin']]);
    expect(resolved('He flew to the U.S. Defense secretary posts were open.', '2023-10-01')).toEqual([]);
  });
});
