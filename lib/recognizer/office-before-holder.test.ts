import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'russia', label: 'Russia', kind: 'country', aliases: ['Russia'], adjectives: ['Russian'] },
  { id: 'prosecutor-general-of-russia', type: 'organization', label: 'Prosecutor General of Russia', country: 'russia' },
  { id: 'supreme-court-of-russia', type: 'organization', label: 'Supreme Court of Russia', country: 'russia' },
  // Ukraine's bodies of the same names make the bare names shared: only the article's country decides.
  { id: 'ukraine', label: 'Ukraine', kind: 'country', aliases: ['Ukraine'] },
  { id: 'prosecutor-general-of-ukraine', type: 'organization', label: 'Prosecutor General of Ukraine', country: 'ukraine' },
  { id: 'supreme-court-of-ukraine', type: 'organization', label: 'Supreme Court of Ukraine', country: 'ukraine' },
  {
    id: 'igor-krasnov',
    type: 'person',
    label: 'Igor Krasnov',
    aliases: ['Igor Krasnov'],
    roles: [{ title: 'Prosecutor General of Russia', of: 'prosecutor-general-of-russia', start: '2020-01', end: '2025-09-24' }],
  },
  { id: 'ivan-petrov', type: 'person', label: 'Ivan Petrov', aliases: ['Ivan Petrov'] },
]);
const ids = (text: string): string[] => recognize(kb, text, { day: '2021-11-26' }).map((mention) => `${mention.text}=${mention.entityId}`);
// An article this plainly Russian makes a body's bare name Russia's (see home-country.test.ts).
const story = 'Russia voted. Officials in Russia and Russia’s press agreed.';

describe('an office’s bare name right before a name', () => {
  it('is the title of the one who held it, not a mention of the office', () => {
    expect(ids(`${story} Prosecutor General Igor Krasnov ordered checks.`)).toEqual(['Russia=russia', 'Russia=russia', 'Russia=russia', 'Igor Krasnov=igor-krasnov']);
  });

  it('still names the office on its own, or a body before someone who holds no office in it', () => {
    expect(ids(`${story} The Prosecutor General ordered checks.`)).toContain('Prosecutor General=prosecutor-general-of-russia');
    expect(ids(`${story} The Supreme Court Ivan Petrov chairs ruled.`)).toContain('Supreme Court=supreme-court-of-russia');
  });
});
