import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'ukraine', label: 'Ukraine', kind: 'country', adjectives: ['Ukrainian'] },
  { id: 'russia', label: 'Russia', kind: 'country', adjectives: ['Russian'] },
  { id: 'donetsk-peoples-republic', label: "Donetsk People's Republic", kind: 'unrecognised state' },
  { id: 'united-nations', type: 'organization', label: 'United Nations' },
  {
    id: 'supreme-court-of-ukraine',
    type: 'organization',
    label: 'Supreme Court of Ukraine',
    country: 'ukraine',
    aliases: [{ text: 'Supreme Court', weak: true }],
    context: ['Kyiv', 'Ukrainian'],
  },
  {
    id: 'security-council',
    type: 'organization',
    label: 'United Nations Security Council',
    related: ['united-nations'],
    aliases: [{ text: 'Security Council', weak: true }],
    context: ['resolution'],
  },
  {
    id: 'communist-party',
    type: 'organization',
    label: 'Communist Party of the Russian Federation',
    country: 'russia',
    aliases: [{ text: 'Communist Party', weak: true }],
    context: ['Duma'],
  },
  { id: 'gennady-zyuganov', type: 'person', label: 'Gennady Zyuganov', roles: [{ title: 'Leader of the Communist Party', of: 'communist-party', start: '1993-02-14' }] },
]);
const pairs = (text: string): string[] => recognize(kb, text).map((mention) => `${mention.text}=${mention.entityId}`);

describe("a body's weak bare name before “of” and another name", () => {
  it('is that other polity’s body, not the one the KB knows', () => {
    expect(pairs("Ukrainian judges were not told. The Supreme Court of the self-proclaimed Donetsk People's Republic sentenced them.")).toEqual([
      'Ukrainian=ukraine',
      "Donetsk People's Republic=donetsk-peoples-republic",
    ]);
    // Russia's own court, which this KB lacks; the country inside its name is part of it too.
    expect(pairs('Ukrainian judges were not told. The Supreme Court of Russia sentenced them.')).toEqual(['Ukrainian=ukraine']);
  });

  it('stays the body when what follows is its own country or parent body', () => {
    expect(pairs('Ukrainian judges met. The Supreme Court of Ukraine ruled on Monday.')).toEqual([
      'Ukrainian=ukraine',
      'Supreme Court of Ukraine=supreme-court-of-ukraine',
    ]);
    expect(pairs('The resolution failed in the Security Council of the United Nations.')).toEqual([
      'Security Council=security-council',
      'United Nations=united-nations',
    ]);
    expect(pairs('In the Duma, the Communist Party of Gennady Zyuganov came second.')).toEqual([
      'Communist Party=communist-party',
      'Gennady Zyuganov=gennady-zyuganov',
    ]);
  });

  it('stays the body before lower-case words and elsewhere in the text', () => {
    expect(pairs('Ukrainian judges met. The Supreme Court of the country ruled on Monday.')).toEqual(['Ukrainian=ukraine', 'Supreme Court=supreme-court-of-ukraine']);
    expect(pairs('Ukrainian judges met. The Supreme Court ruled on Monday, as Russia watched.')).toEqual([
      'Ukrainian=ukraine',
      'Supreme Court=supreme-court-of-ukraine',
      'Russia=russia',
    ]);
  });
});
