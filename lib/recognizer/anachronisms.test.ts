import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'donetsk', label: 'Donetsk', kind: 'city', aliases: ['Donetsk'] },
  { id: 'donetsk-peoples-republic', label: "Donetsk People's Republic", founded: '2014-04-07', aliases: ['Donetsk'], context: ['separatists'] },
  { id: '2030-election', type: 'event', label: '2030 election', start: '2030-03', aliases: ['the 2030 vote'] },
]);
const ids = (text: string, day?: string): string[] => recognize(kb, text, day ? { day } : {}).map((mention) => mention.entityId);

describe('names an article could not yet have meant', () => {
  it('are not what was founded after its date', () => {
    const text = 'Separatists? None yet: his home region of Donetsk voted for him.';
    expect(ids(text, '2004-12-03')).toEqual(['donetsk']);
    expect(ids(text, '2022-12-03')).toEqual(['donetsk-peoples-republic']);
    // Without a date, nothing is ruled out.
    expect(ids(text)).toEqual(['donetsk-peoples-republic']);
  });

  it('still include events to come, and what is about to be founded', () => {
    expect(ids('All eyes are on the 2030 vote.', '2026-01-01')).toEqual(['2030-election']);
    expect(ids('Separatists may soon rule Donetsk.', '2014-03-01')).toEqual(['donetsk-peoples-republic']);
  });
});

describe('a body and its successor by one name', () => {
  const offices = testKb([
    { id: 'fco', type: 'organization', label: 'Foreign and Commonwealth Office', founded: '1968-10-17', dissolved: '2020-09-02', aliases: [{ text: 'Foreign Office', weak: true }], context: ['Whitehall'] },
    { id: 'fcdo', type: 'organization', label: 'Foreign, Commonwealth and Development Office', founded: '2020-09-02', aliases: [{ text: 'Foreign Office', weak: true }], context: ['Whitehall'] },
  ]);
  const officesOn = (text: string, day?: string): string[] => recognize(offices, text, day ? { day } : {}).map((mention) => mention.entityId);
  const text = 'Sources in Whitehall said the Foreign Office objected.';

  it('are each the one that existed on the article’s date', () => {
    expect(officesOn(text, '2020-07-21')).toEqual(['fco']);
    expect(officesOn(text, '2023-05-01')).toEqual(['fcdo']);
  });

  it('stay undecided without a date', () => {
    expect(officesOn(text)).toEqual([]);
  });
});
