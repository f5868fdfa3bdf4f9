import { describe, expect, it } from 'vitest';
import type { Role } from '../kb/schema';
import { rolesAt } from './roles';

const tokayev: Role[] = [
  { title: 'President of Kazakhstan', start: '2019-03-20' },
  { title: 'Chairman of the Senate', start: '2013-10-16', end: '2019-03-19' },
  { title: 'Director-General of the UN Office at Geneva', start: '2011-03', end: '2013-10' },
  { title: 'Prime Minister', start: '1999-10', end: '2002-01' },
];

describe('rolesAt', () => {
  it('shows the office held on the article’s day', () => {
    expect(rolesAt(tokayev, '2022-06-25').current.map((role) => role.title)).toEqual(['President of Kazakhstan']);
    expect(rolesAt(tokayev, '2019-03-19').current.map((role) => role.title)).toEqual(['Chairman of the Senate']);
    expect(rolesAt(tokayev, '2012-06-01').current.map((role) => role.title)).toEqual(['Director-General of the UN Office at Geneva']);
  });

  it('counts a month-precise end through the end of that month', () => {
    expect(rolesAt(tokayev, '2013-10-20').current.map((role) => role.title)).toEqual([
      'Chairman of the Senate',
      'Director-General of the UN Office at Geneva',
    ]);
  });

  it('falls back to the last office given up before the day, never a later one', () => {
    const between = rolesAt(tokayev, '2005-01-01');
    expect(between.current).toEqual([]);
    expect(between.former?.title).toBe('Prime Minister');
    const before = rolesAt(tokayev, '1990-01-01');
    expect(before).toEqual({ current: [], former: null });
  });

  it('copes with no roles', () => {
    expect(rolesAt(undefined, '2022-06-25')).toEqual({ current: [], former: null });
  });
});
