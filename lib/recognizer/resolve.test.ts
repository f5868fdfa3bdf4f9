import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize, type Mention } from './recognize';

const pairs = (mentions: Mention[]): string[] => mentions.map((mention) => `${mention.text}=${mention.entityId}`);

describe('coreference', () => {
  // No bare "Tokayev" alias: the surname is derived from the full name and is weak.
  const kb = testKb([
    { id: 'kassym-jomart-tokayev', type: 'person', label: 'Kassym-Jomart Tokayev' },
    { id: 'attila', type: 'person', label: 'Attila the Hun' },
    { id: 'pope-francis', type: 'person', label: 'Pope Francis' },
    { id: 'nursultan-nazarbayev', type: 'person', label: 'Nursultan Nazarbayev', aliases: [{ text: 'Nazarbayev', weak: true }] },
    { id: 'dariga-nazarbayeva', type: 'person', label: 'Dariga Nazarbayeva', aliases: [{ text: 'Nazarbayev', weak: true }] },
  ]);

  it('takes a bare surname and "Mr Surname" to be the person named in full', () => {
    const mentions = recognize(kb, 'Tokayev spoke first. Later, Kassym-Jomart Tokayev said more, and Mr Tokayev’s aides agreed.');
    expect(pairs(mentions)).toEqual(['Tokayev=kassym-jomart-tokayev', 'Kassym-Jomart Tokayev=kassym-jomart-tokayev', 'Tokayev=kassym-jomart-tokayev']);
  });

  it('leaves a bare surname alone when the person is never named in full', () => {
    expect(recognize(kb, 'Mr Tokayev said.')).toEqual([]);
  });

  it('needs the full name for a derived surname, not just a context cue', () => {
    const withCue = testKb([{ id: 'theresa-may', type: 'person', label: 'Theresa May', context: ['Prime Minister'] }]);
    expect(recognize(withCue, 'The Prime Minister spoke on May 9.')).toEqual([]);
    expect(pairs(recognize(withCue, 'Theresa May resigned; Mrs May said so.'))).toEqual(['Theresa May=theresa-may', 'May=theresa-may']);
  });

  it('does not derive a surname from names that are not "First Last" ("Attila the Hun")', () => {
    expect(pairs(recognize(kb, 'Attila the Hun fought the Hun.'))).toEqual(['Attila the Hun=attila']);
  });

  it('does not derive a surname from a name a title opens ("Pope Francis")', () => {
    expect(pairs(recognize(kb, 'Pope Francis spoke; Francis Fukuyama replied.'))).toEqual(['Pope Francis=pope-francis']);
  });

  it('resolves a surname two people share to the one the article names in full', () => {
    expect(pairs(recognize(kb, 'Nursultan Nazarbayev ruled until 2019. Nazarbayev kept his title.'))).toEqual([
      'Nursultan Nazarbayev=nursultan-nazarbayev',
      'Nazarbayev=nursultan-nazarbayev',
    ]);
    expect(pairs(recognize(kb, 'Dariga Nazarbayeva spoke. Nazarbayev replied.'))).toEqual([
      'Dariga Nazarbayeva=dariga-nazarbayeva',
      'Nazarbayev=dariga-nazarbayeva',
    ]);
  });

  it('leaves the shared surname out when the article names both, or neither', () => {
    expect(pairs(recognize(kb, 'Nursultan Nazarbayev and Dariga Nazarbayeva met. Nazarbayev spoke.'))).toEqual([
      'Nursultan Nazarbayev=nursultan-nazarbayev',
      'Dariga Nazarbayeva=dariga-nazarbayeva',
    ]);
    expect(recognize(kb, 'Nazarbayev spoke.')).toEqual([]);
  });
});

describe('weak aliases', () => {
  const kb = testKb([
    {
      id: 'ramzan-kadyrov',
      type: 'person',
      label: 'Ramzan Kadyrov',
      aliases: [{ text: 'Kadyrov', weak: true }],
      context: ['Chechnya', 'Chechen'],
    },
    { id: 'target', type: 'organization', label: 'Target Corporation', aliases: [{ text: 'Target', weak: true }], context: ['retailer'] },
  ]);

  it('count only with a strong mention or a context cue in the same text', () => {
    expect(recognize(kb, 'Kadyrov said so.')).toEqual([]);
    expect(pairs(recognize(kb, 'The Chechen leader Kadyrov said so.'))).toEqual(['Kadyrov=ramzan-kadyrov']);
    expect(pairs(recognize(kb, 'Kadyrov said so. Ramzan Kadyrov rules Chechnya.'))).toEqual([
      'Kadyrov=ramzan-kadyrov',
      'Ramzan Kadyrov=ramzan-kadyrov',
    ]);
  });

  it('keep common words out unless the text supports them', () => {
    expect(recognize(kb, 'Target practice at the range. Their Target was missed.')).toEqual([]);
    expect(pairs(recognize(kb, 'The retailer Target cut prices.'))).toEqual(['Target=target']);
  });

  describe('that open with another name', () => {
    const parades = testKb([
      { id: 'victory-day', type: 'event', label: 'Victory Day (9 May)', aliases: ['Victory Day'] },
      { id: 'moscow-parade', type: 'event', label: 'Moscow Victory Day Parade', aliases: [{ text: 'Victory Day parade', weak: true }], context: ['Red Square'] },
      { id: 'almaty', label: 'Almaty' },
    ]);

    it('are read whole when the text supports them', () => {
      expect(pairs(recognize(parades, 'Troops marched in the Victory Day parade on Red Square.'))).toEqual(['Victory Day parade=moscow-parade']);
    });

    it('give way to the name they open with when it does not', () => {
      expect(pairs(recognize(parades, 'Almaty cancelled its Victory Day parade.'))).toEqual(['Almaty=almaty', 'Victory Day=victory-day']);
    });
  });
});

describe('disambiguation', () => {
  const kb = testKb([
    {
      id: 'georgia-country',
      label: 'Georgia',
      kind: 'country',
      adjectives: ['Georgian'],
      context: ['Tbilisi', 'Caucasus'],
    },
    { id: 'georgia-us-state', label: 'Georgia', kind: 'US state', context: ['Atlanta', 'Savannah'], country: 'united-states' },
    { id: 'united-states', label: 'United States' },
    { id: 'abkhazia', label: 'Abkhazia', related: ['georgia-country'] },
    { id: 'donetsk', label: 'Donetsk', kind: 'city', context: ['city centre', 'mayor'] },
    {
      id: 'donetsk-peoples-republic',
      label: 'Donetsk People’s Republic',
      aliases: ['Donetsk', { text: 'DPR', case: 'exact' }],
      context: ['separatist', 'self-proclaimed'],
    },
    { id: 'washington-dc', label: 'Washington, D.C.', aliases: ['Washington'], context: ['Potomac', 'Capitol Hill'] },
    { id: 'us-government', type: 'organization', label: 'Federal government of the United States', aliases: ['Washington'], context: ['sanctions', 'White House'] },
    { id: 'george-washington', type: 'person', label: 'George Washington', aliases: [{ text: 'Washington', weak: true }] },
  ]);

  it('picks the entity whose context cues the text carries', () => {
    expect(pairs(recognize(kb, 'Georgia, whose capital is Tbilisi, protested.'))).toEqual(['Georgia=georgia-country']);
    expect(pairs(recognize(kb, 'Georgia voted; Atlanta counted late.'))).toEqual(['Georgia=georgia-us-state']);
    expect(pairs(recognize(kb, 'Washington imposed sanctions.'))).toEqual(['Washington=us-government']);
    expect(pairs(recognize(kb, 'Washington lies on the Potomac.'))).toEqual(['Washington=washington-dc']);
  });

  it('picks the entity the text otherwise names, or names something tied to', () => {
    expect(pairs(recognize(kb, 'The Donetsk People’s Republic declared... Donetsk said.'))).toEqual([
      'Donetsk People’s Republic=donetsk-peoples-republic',
      'Donetsk=donetsk-peoples-republic',
    ]);
    expect(pairs(recognize(kb, 'Abkhazia broke away from Georgia.'))).toEqual(['Abkhazia=abkhazia', 'Georgia=georgia-country']);
    expect(pairs(recognize(kb, 'Georgian wine from Georgia.'))).toEqual(['Georgian=georgia-country', 'Georgia=georgia-country']);
  });

  it('leaves an ambiguous name out rather than guess', () => {
    expect(recognize(kb, 'Georgia is on my mind.')).toEqual([]);
    expect(recognize(kb, 'Shelling in Donetsk.')).toEqual([]);
    // Evenly matched cues are still a guess.
    expect(recognize(kb, 'Donetsk: the mayor of the separatist city.')).toEqual([]);
  });

  it('prefers a person after a title ("Mr Washington")', () => {
    expect(pairs(recognize(kb, 'George Washington crossed the river. Mr Washington was cold.'))).toEqual([
      'George Washington=george-washington',
      'Washington=george-washington',
    ]);
  });
});

describe('overlapping names of one thing', () => {
  const kb = testKb([
    { id: 'russia', label: 'Russia', kind: 'country' },
    { id: 'ukraine', label: 'Ukraine', kind: 'country' },
    { id: 'invasion', type: 'event', label: 'Russian invasion of Ukraine', aliases: ['invasion of Ukraine', { text: "Russia's invasion", weak: true }, { text: 'full-scale invasion', weak: true }], context: ['Kremlin'] },
  ]);

  it('read as one name, in which the place is nested', () => {
    expect(pairs(recognize(kb, "The Kremlin denied it. Sweden applied after Russia's invasion of Ukraine."))).toEqual(['Russia=russia', 'invasion of Ukraine=invasion']);
    expect(pairs(recognize(kb, "The Kremlin denied it. Russia's full-scale invasion of Ukraine began."))).toEqual(['Russia=russia', 'full-scale invasion of Ukraine=invasion']);
    // Apart, each is itself.
    expect(pairs(recognize(kb, "The Kremlin denied it. Russia's invasion, said Ukraine."))).toEqual(['Russia=russia', 'invasion=invasion', 'Ukraine=ukraine']);
  });
});

describe('a name opening with "the"', () => {
  const kb = testKb([
    { id: 'die-linke', type: 'organization', label: 'The Left (Germany)', aliases: [{ text: 'The Left', weak: true }], context: ['Bundestag'] },
    { id: 'left-alliance', type: 'organization', label: 'Left Alliance (Finland)', aliases: ['Left Alliance'] },
  ]);

  it('yields to a longer name that starts after it', () => {
    expect(pairs(recognize(kb, 'The Left Alliance objected.'))).toEqual(['Left Alliance=left-alliance']);
    expect(pairs(recognize(kb, 'In the Bundestag, The Left objected.'))).toEqual(['The Left=die-linke']);
  });
});
