import { describe, expect, it } from 'vitest';
import { testKb } from '../lib/kb/test-kb';
import { scoreRoleDescriptions } from './eval-roles';

const kb = testKb([
  { id: 'russia', label: 'Russia', aliases: ['Russia'], adjectives: ['Russian'] },
  { id: 'ministry-of-foreign-affairs-russia', type: 'organization', label: 'Ministry of Foreign Affairs of Russia', aliases: ['Russian Foreign Ministry'] },
  {
    id: 'sergey-lavrov',
    type: 'person',
    label: 'Sergey Lavrov',
    wikipedia: 'Sergey_Lavrov',
    aliases: ['Sergey Lavrov'],
    roles: [{ title: 'Minister of Foreign Affairs of Russia', of: 'ministry-of-foreign-affairs-russia', start: '2004-03-09' }],
  },
  { id: 'kassym-jomart-tokayev', type: 'person', label: 'Kassym-Jomart Tokayev', wikipedia: 'Kassym-Jomart_Tokayev', aliases: ['Kassym-Jomart Tokayev'] },
]);

// The gold gives Tokayev the description "Foreign Minister" (as if an earlier sentence had called him that).
const score = (body: string) =>
  scoreRoleDescriptions(kb, [
    {
      name: 'a.txt',
      body,
      day: '2022-06-17',
      entities: [
        { wikipedia: 'Kassym-Jomart_Tokayev', mentions: ['Kassym-Jomart Tokayev'], descriptions: ['Foreign Minister'] },
        { wikipedia: 'Sergey_Lavrov', mentions: ['Sergey Lavrov'] },
      ],
    },
  ])[0]!;

describe('role description scores', () => {
  it('does not count the same words as another named person’s title against the gold', () => {
    const result = score('Russian Foreign Minister Sergey Lavrov met Kassym-Jomart Tokayev.');
    expect(result.wrong).toEqual([]);
    expect(result.missed).toEqual([{ text: 'Foreign Minister', gold: 'Kassym-Jomart_Tokayev' }]);
  });

  it('still counts a description resolved to someone the gold does not name there', () => {
    const result = score('The Russian Foreign Minister met Kassym-Jomart Tokayev.');
    expect(result.wrong).toEqual([{ text: 'Foreign Minister', gold: 'Kassym-Jomart_Tokayev', got: 'Sergey_Lavrov' }]);
  });
});
