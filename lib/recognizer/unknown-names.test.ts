import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'europe', label: 'Europe', kind: 'continent', adjectives: ['European'] },
  { id: 'solikamsk', label: 'Solikamsk', kind: 'town' },
  { id: 'pennsylvania', label: 'Pennsylvania', kind: 'US state' },
  { id: 'russia', label: 'Russia', kind: 'country', adjectives: ['Russian'] },
  { id: 'czech-republic', label: 'Czech Republic', kind: 'country', adjectives: ['Czech'] },
  { id: 'armed-forces', type: 'organization', label: 'Armed Forces of Russia', aliases: [{ text: 'Armed Forces', weak: true }], context: ['Kremlin'] },
]);
const pairs = (text: string): string[] => recognize(kb, text).map((mention) => `${mention.text}=${mention.entityId}`);

describe('a place at the head of a longer name the KB does not know', () => {
  it('is part of that name, not a mention of the place', () => {
    expect(pairs('Output at the Solikamsk Magnesium Works fell this year.')).toEqual([]);
    expect(pairs('The European Network of Election Monitoring Organizations said the vote was unfair.')).toEqual([]);
    expect(pairs('Talks continued under the Solikamsk Declaration brokered last year.')).toEqual([]);
    expect(pairs('The doses are bottled by the Solikamsk Pharmaceutical Complex.')).toEqual([]);
    expect(pairs('A poll by the Solikamsk Research Resource Centers found support falling.')).toEqual([]);
    expect(pairs('She studied at the University of Pennsylvania before the war.')).toEqual([]);
    expect(pairs('She studied in Pennsylvania, at a university of Pennsylvania’s south.')).toEqual(['Pennsylvania=pennsylvania', 'Pennsylvania=pennsylvania']);
    expect(pairs('A poll by the Europe Research Resource Centers found trust in Russia falling.')).toEqual(['Russia=russia']);
  });

  it('is part of it across a hyphen too, with the name joined on', () => {
    expect(pairs('The party took a loan from the First Czech-Russian Bank in 2014.')).toEqual([]);
    expect(pairs('Czech-Russian talks on trade resumed.')).toEqual(['Czech=czech-republic', 'Russian=russia']);
  });

  it('is the place before ordinary words, before a name the KB knows, and in a heading', () => {
    expect(pairs('Output at Solikamsk fell; European leaders met Russian Magnesium traders.')).toEqual(['Solikamsk=solikamsk', 'European=europe', 'Russian=russia']);
    expect(pairs('The Kremlin said the Russian Armed Forces would stay.')).toEqual(['Russian=russia', 'Armed Forces=armed-forces']);
    expect(pairs('European Network Group')).toEqual(['European=europe']);
  });
});
