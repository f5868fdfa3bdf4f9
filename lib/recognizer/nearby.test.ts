import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'georgia-country', label: 'Georgia', context: ['Tbilisi', 'Abkhazia'] },
  { id: 'tbilisi', label: 'Tbilisi' },
  {
    id: 'georgia-u-s-state',
    label: 'Georgia',
    aliases: [{ text: 'Georgia', weak: true }, 'U.S. state of Georgia'],
    context: ['Atlanta', 'Savannah'],
    country: 'united-states',
  },
  { id: 'united-states', label: 'United States', aliases: ['U.S.'] },
  { id: 'jon-ossoff', type: 'person', label: 'Jon Ossoff', related: ['georgia-u-s-state'] },
  { id: 'washington-dc', label: 'Washington, D.C.', aliases: ['Washington'], context: ['Potomac', 'Capitol Hill'] },
  { id: 'us-government', type: 'organization', label: 'Federal government of the United States', aliases: ['Washington'], context: ['sanctions', 'White House'] },
  { id: 'donetsk', label: 'Donetsk', kind: 'city', context: ['city centre', 'mayor'] },
  { id: 'donetsk-peoples-republic', label: 'Donetsk People’s Republic', aliases: ['Donetsk'], context: ['separatist', 'self-proclaimed'] },
  { id: 'kazakhstan', label: 'Kazakhstan', adjectives: ['Kazakh'] },
]);

const pairs = (text: string): string[] => recognize(kb, text).map((mention) => `${mention.text}=${mention.entityId}`);

describe('one surface string, two senses in one document', () => {
  it('reads "Georgia" as the country and, in "Senator Jon Ossoff of Georgia", as the U.S. state', () => {
    // The whole text favours the country (the Tbilisi cue); the senator right before the second
    // "Georgia" points at the state he represents, and wins for that occurrence only.
    const text = 'TBILISI — Georgia passed the law in Tbilisi. In Washington, Senator Jon Ossoff of Georgia objected.';
    expect(pairs(text)).toContain('Georgia=georgia-u-s-state');
    expect(pairs(text)).toContain('Georgia=georgia-country');
    expect(pairs(text).filter((pair) => pair.startsWith('Georgia='))).toEqual(['Georgia=georgia-country', 'Georgia=georgia-u-s-state']);
  });

  it('lets a cue next to one occurrence override the whole text’s choice there', () => {
    const text = 'Washington imposed sanctions on Monday. Far from the White House, protesters marched along the Potomac in Washington on Tuesday.';
    expect(pairs(text).filter((pair) => pair.startsWith('Washington='))).toEqual(['Washington=us-government', 'Washington=washington-dc']);
  });

  it('decides each occurrence of a name the whole text leaves even', () => {
    // "mayor" and "separatist" are one cue each in the text; near each "Donetsk" only one of them.
    const text = 'In Donetsk the mayor opened a school. Elsewhere, the separatist Donetsk leadership held a parade.';
    expect(pairs(text)).toEqual(['Donetsk=donetsk', 'Donetsk=donetsk-peoples-republic']);
  });
});

describe('what is not enough nearby', () => {
  it('keeps today’s reading when the neighbourhood says nothing', () => {
    const text = 'Georgia, whose capital is Tbilisi, protested. Later Georgia said more.';
    expect(pairs(text)).toEqual(['Georgia=georgia-country', 'Tbilisi=tbilisi', 'Georgia=georgia-country']);
  });

  it('does not let a hub pull a weak name: the United States points at none of its states', () => {
    // The state's record names the United States, not the other way round.
    const text = 'Georgia, whose capital is Tbilisi, protested. The U.S. and Georgia signed a charter.';
    expect(pairs(text)).toEqual(['Georgia=georgia-country', 'Tbilisi=tbilisi', 'U.S.=united-states', 'Georgia=georgia-country']);
  });

  it('keeps the whole text’s choice when the neighbourhood points both ways', () => {
    const text = 'Washington imposed sanctions. Capitol Hill and the White House in Washington disagreed.';
    expect(pairs(text).filter((pair) => pair.startsWith('Washington='))).toEqual(['Washington=us-government', 'Washington=us-government']);
  });

  it('looks no further than the sentence', () => {
    // Ossoff ends the sentence before: the next "Georgia" is out of his reach.
    const text = 'Tbilisi and Georgia were calm, said Senator Jon Ossoff. Georgia then voted.';
    expect(pairs(text).filter((pair) => pair.startsWith('Georgia='))).toEqual(['Georgia=georgia-country', 'Georgia=georgia-country']);
  });

  it('does not read a weak name that nothing supports, near or far', () => {
    expect(pairs('Georgia is on my mind.')).toEqual(['Georgia=georgia-country']);
    const stateOnly = testKb([{ id: 'georgia-u-s-state', label: 'Georgia (U.S. state)', aliases: [{ text: 'Georgia', weak: true }] }]);
    expect(recognize(stateOnly, 'Georgia is on my mind.')).toEqual([]);
  });
});

describe('a weak name right before another name', () => {
  const places = testKb([
    { id: 'mary-turkmenistan', label: 'Mary, Turkmenistan', aliases: [{ text: 'Mary', weak: true }], context: ['Turkmenistan'] },
    { id: 'turkmenistan', label: 'Turkmenistan' },
    { id: 'kirsty-coventry', type: 'person', label: 'Kirsty Coventry' },
    { id: 'ioc', type: 'organization', label: 'International Olympic Committee', aliases: [{ text: 'IOC', case: 'exact', weak: true }], context: ['Olympic'] },
    { id: 'state-duma', type: 'organization', label: 'State Duma', aliases: ['State Duma', { text: 'Duma', weak: true }] },
    { id: 'vyacheslav-volodin', type: 'person', label: 'Vyacheslav Volodin' },
  ]);
  const found = (text: string): string[] => recognize(places, text).map((mention) => `${mention.text}=${mention.entityId}`);

  it('is no place before another capitalised word, and stays one elsewhere', () => {
    expect(found('In Turkmenistan, Mary Smith said the gas field near Mary was idle.')).toEqual([
      'Turkmenistan=turkmenistan',
      'Mary=mary-turkmenistan',
    ]);
  });

  it('is no surname when it opens another name ("Coventry City"), and is one after a title', () => {
    expect(found('Kirsty Coventry spoke before Coventry City played; later Coventry left and Ms Coventry Said nothing.')).toEqual([
      'Kirsty Coventry=kirsty-coventry',
      'Coventry=kirsty-coventry',
      'Coventry=kirsty-coventry',
    ]);
  });

  it('is a body before an office, which is no part of a name', () => {
    expect(found('The State Duma voted. Duma Speaker Vyacheslav Volodin wrote after Duma Deputies met.')).toEqual([
      'State Duma=state-duma',
      'Duma=state-duma',
      'Vyacheslav Volodin=vyacheslav-volodin',
    ]);
  });

  it('leaves an acronym before a name alone', () => {
    expect(found('The Olympic body’s chief, IOC President Kirsty Coventry, said so.')).toEqual(['IOC=ioc', 'Kirsty Coventry=kirsty-coventry']);
  });
});
