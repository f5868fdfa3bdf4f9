import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { person, resolvedOn } from './test-people';


const kb = testKb([
  { id: 'russia', label: 'Russia', aliases: ['Russia'], adjectives: ['Russian'] },
  { id: 'bashkortostan', label: 'Bashkortostan', aliases: ['Bashkortostan', 'Republic of Bashkortostan'], adjectives: ['Bashkir'] },
  { id: 'chechnya', label: 'Chechnya', aliases: ['Chechnya', 'Chechen Republic'], adjectives: ['Chechen'] },
  { id: 'belgorod-oblast', label: 'Belgorod Oblast', aliases: ['Belgorod Oblast', 'Belgorod region'] },
  { id: 'central-bank-of-russia', type: 'organization', label: 'Central Bank of Russia', aliases: ['Central Bank of Russia', 'Bank of Russia'] },
  person('vladimir-putin', 'Vladimir Putin', [{ title: 'President of Russia', of: 'russia', start: '2012-05-07' }]),
  person('radiy-khabirov', 'Radiy Khabirov', [{ title: 'Head of the Republic of Bashkortostan', of: 'bashkortostan', start: '2018' }]),
  person('alu-alkhanov', 'Alu Alkhanov', [{ title: 'President of the Chechen Republic', of: 'chechnya', start: '2004-10-05', end: '2007-02-15' }]),
  person('ramzan-kadyrov', 'Ramzan Kadyrov', [
    { title: 'President of the Chechen Republic', of: 'chechnya', start: '2007-02-15', end: '2011-03-02' },
    { title: 'Head of the Chechen Republic', of: 'chechnya', start: '2011-03-02' },
  ]),
  person('muslim-khuchiev', 'Muslim Khuchiev', [{ title: 'Prime Minister of the Chechen Republic', of: 'chechnya', start: '2018' }]),
  person('vyacheslav-gladkov', 'Vyacheslav Gladkov', [{ title: 'Governor of Belgorod Oblast', of: 'belgorod-oblast', start: '2020-11-18' }]),
  person('elvira-nabiullina', 'Elvira Nabiullina', [{ title: 'Governor of the Central Bank of Russia', of: 'central-bank-of-russia', start: '2013-06-24' }]),
]);

const resolved = resolvedOn(kb);

describe('the heads of regions and the governors of banks', () => {
  it('are "the head of" a region and its "leader" while no president leads it, even beside its prime minister', () => {
    expect(resolved('A complaint by the head of Bashkortostan started the case.', '2024-01-18')).toEqual([['head of Bashkortostan', 'radiy-khabirov']]);
    expect(resolved('The Chechen leader offered his units.', '2023-06-24')).toEqual([['Chechen leader', 'ramzan-kadyrov']]);
    // The republic had a president then, and the description means him.
    expect(resolved('The Chechen leader offered his units.', '2006-06-01')).toEqual([['Chechen leader', 'alu-alkhanov']]);
  });

  it('are a governor by the place or the bank named with the word', () => {
    expect(resolved('The Belgorod region governor ordered an evacuation.', '2024-03-15')).toEqual([['Belgorod region governor', 'vyacheslav-gladkov']]);
    expect(resolved('The Bank of Russia governor held the rate.', '2024-03-15')).toEqual([['Bank of Russia governor', 'elvira-nabiullina']]);
    expect(resolved('Governor Vyacheslav Gladkov ordered an evacuation.', '2024-03-15')).toEqual([['Governor', 'vyacheslav-gladkov']]);
  });

  it('leave a country’s leader to its president, and a bare governor or a country’s to no one', () => {
    expect(resolved('The Russian leader spoke.', '2024-03-15')).toEqual([['Russian leader', 'vladimir-putin']]);
    expect(resolved('The governor ordered an evacuation.', '2024-03-15')).toEqual([]);
    expect(resolved('A Russian governor ordered an evacuation.', '2024-03-15')).toEqual([]);
  });
});
