import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb(
  [
    { id: 'lebanon', label: 'Lebanon', aliases: ['Lebanon'] },
    { id: 'michel-aoun', type: 'person', label: 'Michel Aoun', aliases: ['Michel Aoun'], roles: [{ title: 'President of Lebanon', of: 'lebanon', start: '2016-10-31', end: '2022-10-30' }] },
    {
      id: 'joseph-aoun',
      type: 'person',
      label: 'Joseph Aoun',
      aliases: ['Joseph Aoun'],
      roles: [
        { title: 'President of Lebanon', of: 'lebanon', start: '2025-01-09' },
        { title: 'Commander of the Lebanese Armed Forces', of: 'lebanon', start: '2017-03-08', end: '2025-01-09' },
      ],
    },
    { id: 'claudia-sheinbaum', type: 'person', label: 'Claudia Sheinbaum', aliases: ['Claudia Sheinbaum'], roles: [{ title: 'President of Mexico', start: '2024-10-01' }] },
    { id: 'theresa-may', type: 'person', label: 'Theresa May', aliases: ['Theresa May'], roles: [{ title: 'Prime Minister of the United Kingdom', start: '2016-07-13', end: '2019-07-24' }] },
  ],
  { isCommonWord: (word) => word === 'may' },
);
const at = (text: string, day?: string): string[] => recognize(kb, text, day === undefined ? {} : { day }).map((mention) => `${mention.text}=${mention.entityId}`);

describe('a surname after the title of an office', () => {
  it('is the one person who held that office on the article’s day', () => {
    expect(at('President Aoun met the envoy in Beirut.', '2025-03-01')).toEqual(['Aoun=joseph-aoun']);
    expect(at('President Aoun met the envoy in Beirut.', '2019-03-01')).toEqual(['Aoun=michel-aoun']);
    expect(at('President Sheinbaum said Mexico would stay neutral.', '2025-03-01')).toEqual(['Sheinbaum=claudia-sheinbaum']);
    expect(at('Prime Minister May said so.', '2017-03-01')).toEqual(['May=theresa-may']);
  });

  it('is left alone when no one or several held it, or the title is a courtesy', () => {
    expect(at('Prime Minister May said so.', '2025-03-01')).toEqual([]);
    expect(at('President Aoun met the envoy in Beirut.', '2023-03-01')).toEqual([]);
    // Without a date, only a title no one else with the name ever held decides.
    expect(at('President Aoun met the envoy.')).toEqual([]);
    expect(at('President Sheinbaum spoke.')).toEqual(['Sheinbaum=claudia-sheinbaum']);
    expect(at('Mr Sheinbaum spoke.', '2025-03-01')).toEqual([]);
  });
});
