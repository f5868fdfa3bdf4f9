import { describe, expect, it } from 'vitest';
import { linkOf, links } from '../../scripts/bundled-kb-probe';

// Names of the bundled KB's general history and geography files (kb/world/history-general.json,
// kb/places/geography.json) that are also given names, ordinary words, towns or parts of longer names.

describe('rivers named by a word that is also a given name or a town', () => {
  it('leaves "Don", "Lena" and "Ob" alone without a river in sight', () => {
    expect(links('Don said he would call Lena. OB nurses met on Tuesday.')).toEqual([]);
  });

  it('reads them as the rivers in a story about rivers', () => {
    expect(linkOf('The Don burst its banks downstream of Voronezh.', 'Don')).toBe('don-river');
    expect(linkOf('Ice jams on the Lena flooded villages near Yakutsk.', 'Lena')).toBe('lena-river');
    expect(linkOf('The Ob and the Irtysh carry Siberia’s water north.', 'Ob')).toBe('ob-river');
  });

  it('tells the Naryn river from the Kyrgyz town by what the text is about', () => {
    expect(linkOf('Kambarata-1 would be built on the Naryn, upstream of the Toktogul reservoir.', 'Naryn')).toBe('naryn-river');
    expect(linkOf('Protesters gathered in Naryn, a town in central Kyrgyzstan, near Bishkek’s road.', 'Naryn')).toBe('naryn');
  });
});

describe('historical names inside longer names', () => {
  it('does not read a Russian order named after a commander as the commander', () => {
    expect(links('Tokayev refused the Order of Alexander Nevsky; the brigade got the Order of Kutuzov.')).toEqual([
      'Tokayev=kassym-jomart-tokayev',
    ]);
  });

  it('reads the conference, not the city, in "Yalta Conference", and Catherine’s Novorossiya, not the 2014 project', () => {
    expect(links('Stalin met Roosevelt and Churchill at the Yalta Conference.')).toEqual([
      'Stalin=joseph-stalin',
      'Roosevelt=franklin-d-roosevelt',
      'Churchill=winston-churchill',
      'Yalta Conference=yalta-conference',
    ]);
    expect(linkOf('Catherine the Great’s Novorossiya was settled under Potemkin.', 'Novorossiya')).toBe('novorossiya');
  });

  it('keeps a given name that is also a ruler’s short name for the person the text names', () => {
    expect(links('Peter Szijjarto met Catherine Colonna in Budapest.')).not.toContain('Peter=peter-the-great');
    expect(linkOf('Peter the Great founded the city; Peter then fought Sweden.', 'Peter')).toBe('peter-the-great');
  });
});
