import { describe, expect, it } from 'vitest';
import type { Role } from '../kb/schema';
import { roleDescriptionAt, roleLinesAt } from './card';

const tokayev: Role[] = [
  { title: 'President of Kazakhstan', of: 'kazakhstan', start: '2019-03-20' },
  { title: 'Chairman of the Senate of Kazakhstan', of: 'kazakhstan', start: '2013-10-16', end: '2019-03-19' },
  { title: 'Director-General of the United Nations Office at Geneva', start: '2011-03-12', end: '2013-10-16' },
  { title: 'Minister of Foreign Affairs of Kazakhstan', of: 'kazakhstan', start: '2002-01-29', end: '2007-01-11' },
  { title: 'Minister of Foreign Affairs of Kazakhstan', of: 'kazakhstan', start: '1994-10-13', end: '1999-10-12' },
];
const nazarbayev: Role[] = [
  { title: 'Chairman of the Security Council of Kazakhstan', of: 'kazakhstan', start: '1991', end: '2022-01' },
  { title: 'President of Kazakhstan', of: 'kazakhstan', start: '1990-04-24', end: '2019-03-20' },
];

describe('role description as of a date', () => {
  it('describes the office held on the day, with the year taken up', () => {
    expect(roleDescriptionAt(tokayev, '2022-06-17')).toBe('President of Kazakhstan since 2019');
    expect(roleDescriptionAt(tokayev, '2016-01-01')).toBe('Chairman of the Senate of Kazakhstan since 2013');
    expect(roleDescriptionAt(tokayev, '2003-06-01')).toBe('Minister of Foreign Affairs of Kazakhstan since 2002');
  });

  it('describes a former office, head of state before others, every term listed', () => {
    expect(roleDescriptionAt(nazarbayev, '2022-06-17')).toBe('former President of Kazakhstan (1990–2019)');
    expect(roleLinesAt(tokayev, '2022-06-17').former.map((line) => line.text)).toContain(
      'former Minister of Foreign Affairs of Kazakhstan (1994–1999, 2002–2007)',
    );
  });

  it('does not show offices taken up after the day', () => {
    expect(roleDescriptionAt(tokayev, '1990-01-01')).toBeNull();
    expect(roleLinesAt(tokayev, '2000-01-01').former.map((line) => line.text)).toEqual(['former Minister of Foreign Affairs of Kazakhstan (1994–1999)']);
    expect(roleDescriptionAt(undefined, '2022-06-17')).toBeNull();
  });
});

describe('roles held on a day (what the card’s role line is built from)', () => {
  // Titles as older KB entries write them, with and without their country.
  const career: Role[] = [
    { title: 'President of Kazakhstan', start: '2019-03-20' },
    { title: 'Chairman of the Senate', start: '2013-10-16', end: '2019-03-19' },
    { title: 'Director-General of the UN Office at Geneva', start: '2011-03', end: '2013-10' },
    { title: 'Prime Minister', start: '1999-10', end: '2002-01' },
  ];
  const currentOn = (day: string) => roleLinesAt(career, day).current.map((line) => line.text);

  it('shows the office held on the article’s day', () => {
    expect(currentOn('2022-06-25')).toEqual(['President of Kazakhstan since 2019']);
    expect(currentOn('2019-03-19')).toEqual(['Chairman of the Senate since 2013']);
    expect(currentOn('2012-06-01')).toEqual(['Director-General of the UN Office at Geneva since 2011']);
  });

  it('counts a month-precise end through the end of that month', () => {
    expect(currentOn('2013-10-20')).toEqual(['Chairman of the Senate since 2013', 'Director-General of the UN Office at Geneva since 2011']);
    expect(currentOn('2013-11-01')).toEqual(['Chairman of the Senate since 2013']);
  });

  it('falls back to the last office given up before the day, never a later one', () => {
    expect(roleLinesAt(career, '2005-01-01').current).toEqual([]);
    expect(roleDescriptionAt(career, '2005-01-01')).toBe('former Prime Minister (1999–2002)');
    expect(roleLinesAt(career, '1990-01-01')).toEqual({ current: [], former: [] });
  });

  it('copes with no roles', () => {
    expect(roleLinesAt(undefined, '2022-06-25')).toEqual({ current: [], former: [] });
  });
});
