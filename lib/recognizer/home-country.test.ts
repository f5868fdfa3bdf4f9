import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'kazakhstan', label: 'Kazakhstan', kind: 'country', adjectives: ['Kazakh'] },
  { id: 'russia', label: 'Russia', kind: 'country', adjectives: ['Russian'] },
  { id: 'ukraine', label: 'Ukraine', kind: 'country', adjectives: ['Ukrainian'] },
  { id: 'supreme-court-of-kazakhstan', type: 'organization', label: 'Supreme Court of Kazakhstan', country: 'kazakhstan', aliases: [{ text: 'Supreme Court', weak: true }] },
  { id: 'supreme-court-of-russia', type: 'organization', label: 'Supreme Court of Russia', country: 'russia', aliases: [{ text: 'Supreme Court', weak: true }], context: ['Kremlin'] },
  { id: 'fc-zenit', type: 'organization', label: 'FC Zenit Saint Petersburg', country: 'russia', aliases: [{ text: 'Zenit', weak: true }] },
  { id: 'moscow', label: 'Moscow', kind: 'city', country: 'russia' },
  { id: 'state-duma', type: 'organization', label: 'State Duma', country: 'russia' },
  { id: 'armed-forces-of-ukraine', type: 'organization', label: 'Armed Forces of Ukraine', country: 'ukraine' },
  { id: 'prosecutor-general-of-russia', type: 'organization', label: 'Prosecutor General of Russia', country: 'russia' },
  { id: 'transport-ministry-of-russia', type: 'organization', label: 'Ministry of Transport of Russia', country: 'russia', aliases: [{ text: 'Transport Ministry', weak: true }] },
  { id: 'vladimir-putin', type: 'person', label: 'Vladimir Putin' },
  { id: 'united-nations', type: 'organization', label: 'United Nations' },
  { id: 'georgia-country', label: 'Georgia', kind: 'country', aliases: ['Georgia'], context: ['Tbilisi'] },
  { id: 'georgia-us-state', label: 'Georgia (U.S. state)', kind: 'state', aliases: ['Georgia'], context: ['Atlanta'] },
  { id: 'supreme-court-of-georgia', type: 'organization', label: 'Supreme Court of Georgia', country: 'georgia-country', aliases: [{ text: 'Supreme Court', weak: true }] },
  { id: 'security-council-of-russia', type: 'organization', label: 'Security Council of Russia', country: 'russia', aliases: [{ text: 'Security Council', weak: true }] },
  { id: 'security-council-of-ukraine', type: 'organization', label: 'National Security and Defense Council of Ukraine', country: 'ukraine', aliases: [{ text: 'Security Council', weak: true }] },
  { id: 'united-nations-security-council', type: 'organization', label: 'United Nations Security Council', aliases: [{ text: 'Security Council', weak: true }], context: ['United Nations'] },
  { id: 'yury-chaika', type: 'person', label: 'Yury Chaika', roles: [{ title: 'Prosecutor General of Russia', of: 'prosecutor-general-of-russia', start: '2006-06-23', end: '2020-01-22' }] },
  { id: 'prosecutor-general-of-ukraine', type: 'organization', label: 'Prosecutor General of Ukraine', country: 'ukraine' },
  { id: 'kazakh-people-party', type: 'organization', label: "People's Party of Kazakhstan", country: 'kazakhstan', aliases: [{ text: 'Patriots Alliance', weak: true }] },
  { id: 'dagestan', label: 'Dagestan', kind: 'republic', country: 'russia', aliases: ['Dagestan'] },
  { id: 'abkhazia', label: 'Abkhazia', kind: 'partially recognised state', aliases: ['Abkhazia'] },
  { id: 'assembly-of-dagestan', type: 'organization', label: "People's Assembly of Dagestan", country: 'russia', region: 'dagestan', aliases: [{ text: "People's Assembly", weak: true }], context: ['Dagestan'] },
  { id: 'tatarstan', label: 'Tatarstan', kind: 'republic', country: 'russia', aliases: ['Tatarstan'] },
  { id: 'council-of-russia', type: 'organization', label: 'State Council (Russia)', country: 'russia', aliases: [{ text: 'State Council', weak: true }], context: ['Kremlin'] },
  { id: 'council-of-kazakhstan', type: 'organization', label: 'State Council of Kazakhstan', country: 'kazakhstan', aliases: [{ text: 'State Council', weak: true }] },
  { id: 'council-of-tatarstan', type: 'organization', label: 'State Council of Tatarstan', country: 'russia', region: 'tatarstan', aliases: [{ text: 'State Council', weak: true }], context: ['Tatarstan', 'Kazan'] },
  { id: 'assembly-of-abkhazia', type: 'organization', label: "People's Assembly of Abkhazia", country: 'abkhazia', aliases: [{ text: "People's Assembly", weak: true }], context: ['Abkhazia'] },
]);
const courts = (text: string): string[] => recognize(kb, text, { adjectives: false }).map((mention) => mention.entityId).filter((id) => /^supreme|zenit|prosecutor|transport|security-council|united-nations-security|party|assembly|council-of/u.test(id));

describe('bodies that several countries have, by their bare name', () => {
  it('are the home country’s in an article plainly about one country', () => {
    expect(courts('Kazakhstan voted. Officials in Kazakhstan and Kazakhstan’s press agreed. The Supreme Court ruled.')).toEqual(['supreme-court-of-kazakhstan']);
    expect(courts('Russia voted. Officials in Russia and Russia’s press agreed. The Supreme Court ruled.')).toEqual(['supreme-court-of-russia']);
  });

  it('are the home country’s body also where no other country’s shares the name', () => {
    expect(courts('Russia voted. Officials in Russia and Russia’s press agreed. The Prosecutor General objected.')).toEqual(['prosecutor-general-of-russia']);
    expect(courts('Kazakhstan voted. Officials in Kazakhstan and Kazakhstan’s press agreed. The Prosecutor General objected.')).toEqual([]);
    // A body's weak name written in the KB too, while other weak names still need a cue ("Zenit" above).
    expect(courts('Russia voted. Officials in Russia and Russia’s press agreed. The Transport Ministry objected.')).toEqual(['transport-ministry-of-russia']);
    // A party's weak name is a body's too.
    expect(courts('Kazakhstan voted. Officials in Kazakhstan and Kazakhstan’s press agreed. The Patriots Alliance objected.')).toEqual(['kazakh-people-party']);
    expect(courts('Russia voted. Officials in Russia and Russia’s press agreed. The Patriots Alliance objected.')).toEqual([]);
  });

  it('are the home country’s even where a foreign one has a cue', () => {
    expect(courts('Kazakhstan voted. Officials in Kazakhstan and Kazakhstan’s press agreed; the Kremlin watched. The Supreme Court ruled.')).toEqual(['supreme-court-of-kazakhstan']);
  });

  it('are left out when no country leads, and a name only one body has stays weak', () => {
    expect(courts('Kazakhstan and Russia voted; Kazakh and Russian officials agreed. The Supreme Court ruled.')).toEqual([]);
    expect(courts('Kazakhstan voted. Russian, Russian and Russian officials watched. The Supreme Court ruled.')).toEqual([]);
    expect(courts('Russia voted. Officials in Russia and Russia’s press agreed. A Zenit rocket flew.')).toEqual([]);
  });

  it('count the country’s cities and bodies as mentions of it, as a dateline names it', () => {
    expect(courts('MOSCOW (Reuters) - The State Duma voted; Russia agreed. The Supreme Court ruled.')).toEqual(['supreme-court-of-russia']);
    // A person is no mention of any country, however often named.
    expect(courts('Vladimir Putin said, Vladimir Putin said, Vladimir Putin said. Russia agreed. The Supreme Court ruled.')).toEqual([]);
  });

  it('are the country’s named right before them, in any article, and no other country’s', () => {
    expect(courts('Kazakhstan and Russia voted. Russia’s Supreme Court and the Kazakh Supreme Court ruled.')).toEqual(['supreme-court-of-russia', 'supreme-court-of-kazakhstan']);
    // The KB knows no Ukrainian Supreme Court: the Russian one, the home country's, is not it.
    expect(courts('Russia voted. Officials in Russia and Russia’s press agreed. Ukraine’s Supreme Court ruled.')).toEqual([]);
    // A body's possessive names its country too.
    expect(courts('Officials met. The State Duma’s Supreme Court ruled.')).toEqual(['supreme-court-of-russia']);
    expect(courts('Russia voted. Officials in Russia and Russia’s press agreed. The Armed Forces of Ukraine’s Supreme Court ruled.')).toEqual([]);
    // A region's body is no country's.
    expect(courts('Russia voted. Officials in Russia and Russia’s press agreed. The region’s Supreme Court ruled.')).toEqual([]);
    expect(courts('Russia voted. Officials in Russia and Russia’s press agreed. The republic’s Security Council met.')).toEqual([]);
    // Of a country and a US state sharing the name, the owner of a body is the country.
    expect(courts('Russia voted. Officials in Russia and Russia’s press agreed. Georgia’s Supreme Court ruled.')).toEqual(['supreme-court-of-georgia']);
  });

  it('are the country’s its sentence names, when the article’s own country has none', () => {
    expect(courts('Officials met. In neighbouring Russia, the Supreme Court ruled.')).toEqual(['supreme-court-of-russia']);
    // Described is not named, and two countries name none.
    expect(courts('Officials met. As Ukrainian forces advanced, the Supreme Court ruled.')).toEqual([]);
    expect(courts('Officials met. In Russia and Kazakhstan, the Supreme Court ruled.')).toEqual([]);
    // The home country's body goes first.
    expect(courts('Kazakhstan voted. Kazakhstan’s press and Kazakhstan agreed. The Supreme Court, watched in Russia, ruled.')).toEqual(['supreme-court-of-kazakhstan']);
  });

  it('are the country’s whose cities the sentence names, when it names no country', () => {
    expect(courts('Officials met. Moscow lifted the ban when the Supreme Court ruled.')).toEqual(['supreme-court-of-russia']);
    // Not a body no country owns that the text points at.
    expect(courts('Officials met. Moscow’s envoy to the United Nations asked the Security Council to act.')).toEqual(['united-nations-security-council']);
    expect(courts('Officials met. In Russia, the Security Council met.')).toEqual(['security-council-of-russia']);
  });

  it('are the body its sentence’s people hold office in, before the home country’s', () => {
    const ukraineStory = 'KYIV (Reuters) - Ukraine voted. Officials in Ukraine and Ukraine’s press agreed.';
    expect(courts(`${ukraineStory} Yury Chaika, the Prosecutor General, objected.`)).toEqual(['prosecutor-general-of-russia']);
    // Named once in full, then by surname.
    expect(courts(`${ukraineStory} Yury Chaika spoke. Later Chaika said the Prosecutor General objected.`)).toEqual(['prosecutor-general-of-russia']);
    // Without him in the sentence, the home country's body.
    expect(courts(`Yury Chaika spoke. ${ukraineStory} The Prosecutor General objected.`)).toEqual(['prosecutor-general-of-ukraine']);
  });

  it('are a region’s only where the article names the region', () => {
    const russiaStory = 'Russia voted. Officials in Russia and Russia’s press agreed.';
    expect(courts(`${russiaStory} The People's Assembly met.`)).toEqual([]);
    // Not the home country's region's body, before a foreign one the text points at.
    expect(courts(`${russiaStory} Abkhazia watched as the People's Assembly met.`)).toEqual(['assembly-of-abkhazia']);
    expect(courts(`${russiaStory} Dagestan watched as the People's Assembly met.`)).toEqual(['assembly-of-dagestan']);
    // A sentence naming the region's country does not make it the region's either.
    expect(courts(`Officials met. In Russia, the People's Assembly met.`)).toEqual([]);
    // Named, the region's body competes with the country's on their cues (the name shared abroad too).
    expect(courts(`${russiaStory} The Kremlin watched. The State Council met.`)).toEqual(['council-of-russia']);
    expect(courts(`KAZAN - ${russiaStory} The Kremlin watched. The State Council, Tatarstan's parliament, met in Kazan.`)).toEqual(['council-of-tatarstan']);
  });
});
