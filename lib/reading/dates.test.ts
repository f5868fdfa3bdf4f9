import { describe, expect, it } from 'vitest';
import { dayNumber, earliestDay, formatDate, formatSpan, latestDay, spanCovers } from './dates';

describe('partial dates', () => {
  it('cover the span they name', () => {
    expect(earliestDay('2019')).toBe('2019-01-01');
    expect(latestDay('2019')).toBe('2019-12-31');
    expect(earliestDay('2024-02')).toBe('2024-02-01');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2023-02')).toBe('2023-02-28');
    expect(latestDay('2019-03-19')).toBe('2019-03-19');
    expect(earliestDay('March 2019')).toBeNull();
  });

  it('read as people write them', () => {
    expect(formatDate('2022-06-25')).toBe('25 June 2022');
    expect(formatDate('2014-02')).toBe('February 2014');
    expect(formatDate('1997')).toBe('1997');
    expect(formatSpan('2019-03-20', undefined)).toBe('since 20 March 2019');
    expect(formatSpan('2014-02', '2014-03')).toBe('February 2014 – March 2014');
    expect(formatSpan(undefined, '2019')).toBe('until 2019');
    expect(formatSpan(undefined, undefined)).toBe('');
  });

  it('tell whether a span covers a day, ends inclusive', () => {
    expect(spanCovers('2019-03-20', undefined, '2022-06-25')).toBe(true);
    expect(spanCovers('2013-10-16', '2019-03-19', '2019-03-19')).toBe(true);
    expect(spanCovers('2013-10-16', '2019-03-19', '2019-03-20')).toBe(false);
    expect(spanCovers('2023', undefined, '2022-12-31')).toBe(false);
    expect(spanCovers(undefined, '2022', '2022-12-31')).toBe(true);
  });

  it('count days for scales', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2022-06-25') - dayNumber('2022-02-24')).toBe(121);
  });
});
