import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'kherson', label: 'Kherson', kind: 'city' },
  { id: 'kherson-oblast', label: 'Kherson Oblast', aliases: ['Kherson region', 'Kherson oblast'] },
  { id: 'zaporizhzhia', label: 'Zaporizhzhia', kind: 'city' },
  { id: 'zaporizhzhia-oblast', label: 'Zaporizhzhia Oblast', aliases: ['Zaporizhzhia region'] },
  { id: 'donetsk-peoples-republic', label: 'Donetsk People’s Republic', aliases: ['Donetsk'] },
  { id: 'donetsk-oblast', label: 'Donetsk Oblast', aliases: ['Donetsk region'] },
  { id: 'crimea', label: 'Crimea' },
  { id: 'lachin', label: 'Lachin', kind: 'town' },
  { id: 'lachin-district', label: 'Lachin District' },
  { id: 'kalbajar', label: 'Kalbajar', kind: 'town' },
  { id: 'kalbajar-district', label: 'Kalbajar District' },
  { id: 'georgia', label: 'Georgia', adjectives: ['Georgian'] },
]);

const pairs = (text: string): string[] => recognize(kb, text).map((mention) => `${mention.text}=${mention.entityId}`);

describe('names listed before "regions" or after "regions of"', () => {
  it('reads each name of a list closed by "regions" as the region', () => {
    expect(pairs('Moscow claims the Donetsk, Zaporizhzhia and Kherson regions.')).toEqual([
      'Donetsk=donetsk-oblast',
      'Zaporizhzhia=zaporizhzhia-oblast',
      'Kherson=kherson-oblast',
    ]);
  });

  it('reads a list opened by "the regions of" or closed by "oblasts" the same way', () => {
    expect(pairs('troops left the regions of Kherson and Zaporizhzhia')).toEqual(['Kherson=kherson-oblast', 'Zaporizhzhia=zaporizhzhia-oblast']);
    expect(pairs('the Kherson and Zaporizhzhia oblasts')).toEqual(['Kherson=kherson-oblast', 'Zaporizhzhia=zaporizhzhia-oblast']);
    expect(pairs('floods hit ten regions, among them Kherson and Zaporizhzhia')).toEqual(['Kherson=kherson-oblast', 'Zaporizhzhia=zaporizhzhia-oblast']);
    expect(pairs('four regions, including Kherson and Zaporizhzhia')).toEqual(['Kherson=kherson-oblast', 'Zaporizhzhia=zaporizhzhia-oblast']);
  });

  it('reads a list closed by "districts" as the districts the KB knows', () => {
    expect(pairs('Armenia must return the Kalbajar and Lachin districts.')).toEqual(['Kalbajar=kalbajar-district', 'Lachin=lachin-district']);
    expect(pairs('Armenia must return Kalbajar and Lachin.')).toEqual(['Kalbajar=kalbajar', 'Lachin=lachin']);
  });

  it('keeps a name the KB has no region for, and bare names outside such a list, as they were', () => {
    expect(pairs('the Crimea and Kherson regions')).toEqual(['Crimea=crimea', 'Kherson=kherson-oblast']);
    expect(pairs('Shelling hit Kherson and Zaporizhzhia. Officials in the regions said…')).toEqual(['Kherson=kherson', 'Zaporizhzhia=zaporizhzhia']);
    expect(pairs('the breakaway Georgian regions')).toEqual(['Georgian=georgia']);
  });

  it('leaves a single name before "regions" to the ordinary rules', () => {
    expect(pairs('Kherson regions')).toEqual(['Kherson=kherson']);
  });
});

describe('names listed as nuclear plants', () => {
  const plants = testKb([
    { id: 'rivne', label: 'Rivne', kind: 'city' },
    { id: 'rivne-npp', label: 'Rivne Nuclear Power Plant' },
    { id: 'khmelnytskyi', label: 'Khmelnytskyi', kind: 'city' },
    { id: 'khmelnytskyi-npp', label: 'Khmelnytskyi Nuclear Power Plant' },
    { id: 'burshtyn', label: 'Burshtyn', kind: 'town' },
    { id: 'burshtyn-tpp', label: 'Burshtyn TPP', aliases: ['Burshtyn thermal power plant'] },
    { id: 'zmiiv', label: 'Zmiiv', kind: 'town' },
    { id: 'zmiiv-tpp', label: 'Zmiiv TPP', aliases: ['Zmiiv power station'] },
  ]);
  const ids = (text: string): string[] => recognize(plants, text).map((mention) => mention.entityId);

  it('reads a list after "nuclear plants" or before "nuclear power plants" as the plants', () => {
    expect(ids('Ukraine’s other nuclear plants, Rivne and Khmelnytskyi, cut output.')).toEqual(['rivne-npp', 'khmelnytskyi-npp']);
    expect(ids('the Rivne and Khmelnytskyi nuclear power plants')).toEqual(['rivne-npp', 'khmelnytskyi-npp']);
    expect(ids('Drones hit Rivne and Khmelnytskyi.')).toEqual(['rivne', 'khmelnytskyi']);
  });

  it('reads thermal and other power plants the same way, by whatever the KB calls each plant', () => {
    expect(ids('Missiles hit the Burshtyn and Zmiiv thermal plants.')).toEqual(['burshtyn-tpp', 'zmiiv-tpp']);
    expect(ids('power stations such as Burshtyn and Zmiiv')).toEqual(['burshtyn-tpp', 'zmiiv-tpp']);
    // Plants the KB does not know leave the towns as they are.
    expect(ids('the Burshtyn and Rivne car plants')).toEqual(['burshtyn', 'rivne']);
  });
});
