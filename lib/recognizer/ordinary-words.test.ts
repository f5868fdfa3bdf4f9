import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

// The build passes a predicate made from a word list; a small stand-in does here.
const ENGLISH = new Set(['hunt', 'rice', 'young', 'may']);
const isCommonWord = (word: string): boolean => ENGLISH.has(word);

const people = [
  { id: 'theresa-may', type: 'person' as const, label: 'Theresa May' },
  { id: 'jeremy-hunt', type: 'person' as const, label: 'Jeremy Hunt' },
  { id: 'condoleezza-rice', type: 'person' as const, label: 'Condoleezza Rice' },
  { id: 'kassym-jomart-tokayev', type: 'person' as const, label: 'Kassym-Jomart Tokayev' },
];
const kb = testKb(people, { isCommonWord });

const pairs = (text: string, on = kb): string[] => recognize(on, text).map((mention) => `${mention.text}=${mention.entityId}`);

describe('a derived surname that is an ordinary word', () => {
  it('is never the month or the weekday, however the article names the person', () => {
    const text = 'Theresa May resigned in May 2019. May 9 is a holiday. In May, she left.';
    expect(pairs(text)).toEqual(['Theresa May=theresa-may']);
  });

  it('counts after a title', () => {
    const text = 'Theresa May resigned in May. Mrs May said so, and Prime Minister May agreed.';
    expect(pairs(text)).toEqual(['Theresa May=theresa-may', 'May=theresa-may', 'May=theresa-may']);
  });

  it('counts mid-sentence on its own, not where any word is capitalised or as part of a longer name', () => {
    const text = 'Jeremy Hunt spoke. Hunt prices rose. The budget, said Hunt, was fine. Shares in Hunt Oil fell, Chancellor Hunt said.';
    expect(pairs(text)).toEqual(['Jeremy Hunt=jeremy-hunt', 'Hunt=jeremy-hunt', 'Hunt=jeremy-hunt']);
    expect(pairs('Condoleezza Rice visited. Rice prices soared; aides to Rice denied it.')).toEqual([
      'Condoleezza Rice=condoleezza-rice',
      'Rice=condoleezza-rice',
    ]);
  });

  it('is a name like any other when no word list is given, except a month or a weekday', () => {
    const plain = testKb(people);
    expect(pairs('Jeremy Hunt spoke. Hunt said so.', plain)).toEqual(['Jeremy Hunt=jeremy-hunt', 'Hunt=jeremy-hunt']);
    expect(pairs('Theresa May spoke. May said so.', plain)).toEqual(['Theresa May=theresa-may']);
  });

  it('leaves surnames that are no ordinary word as they were', () => {
    expect(pairs('Kassym-Jomart Tokayev spoke. Tokayev said so.')).toEqual([
      'Kassym-Jomart Tokayev=kassym-jomart-tokayev',
      'Tokayev=kassym-jomart-tokayev',
    ]);
  });

  it('treats a month written in the KB as a person’s name the same way', () => {
    const written = testKb([{ id: 'brian-may', type: 'person', label: 'Brian May', aliases: ['Brian May', 'May'] }]);
    expect(pairs('May was hot, and in May we met.', written)).toEqual([]);
    expect(pairs('Dr May played.', written)).toEqual(['May=brian-may']);
  });
});
