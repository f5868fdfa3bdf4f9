import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { officeGaps, officeOverlaps } from './coverage';
import { roleIndexOf } from './holders';
import { person } from './test-people';

const kb = testKb([
  { id: 'estonia', label: 'Estonia', aliases: ['Estonia'] },
  { id: 'united-states', label: 'United States', aliases: ['United States'] },
  person('taavi-roivas', 'Taavi Rõivas', [{ title: 'Prime Minister of Estonia', of: 'estonia', start: '2014-03-26', end: '2016-11-23' }]),
  person('juri-ratas', 'Jüri Ratas', [{ title: 'Prime Minister of Estonia', of: 'estonia', start: '2016-11-23', end: '2021-01-26' }]),
  person('kaja-kallas', 'Kaja Kallas', [{ title: 'Prime Minister of Estonia', of: 'estonia', start: '2021-01-26', end: '2024-07-23' }]),
  person('marina-kaljurand', 'Marina Kaljurand', [{ title: 'Minister of Foreign Affairs of Estonia', of: 'estonia', start: '2015-07-16', end: '2016-09-12' }]),
  person('sven-mikser', 'Sven Mikser', [{ title: 'Minister of Foreign Affairs of Estonia', of: 'estonia', start: '2016-11-23', end: '2019-04-29' }]),
  person('joe-biden', 'Joe Biden', [{ title: 'President of the United States', of: 'united-states', start: '2021-01-20', end: '2025-01-20' }]),
]);
const index = roleIndexOf(kb);

describe('required offices without a holder', () => {
  it('report the stretches before, between and after the holders, clipped to the period asked', () => {
    expect(officeGaps(index, [{ jurisdiction: 'estonia', office: 'head of government' }], '2014-01-01', '2025-01-01')).toEqual([
      { jurisdiction: 'estonia', office: 'head of government', from: '2014-01-01', to: '2014-03-25' },
      { jurisdiction: 'estonia', office: 'head of government', from: '2024-07-24', to: '2025-01-01' },
    ]);
    expect(officeGaps(index, [{ jurisdiction: 'estonia', office: 'foreign minister' }], '2015-08-01', '2019-04-01')).toEqual([
      { jurisdiction: 'estonia', office: 'foreign minister', from: '2016-09-13', to: '2016-11-22' },
    ]);
  });

  it('tolerate a caretaker\'s few weeks, and count a president who heads the government', () => {
    expect(officeGaps(index, [{ jurisdiction: 'estonia', office: 'foreign minister' }], '2015-08-01', '2019-04-01', 90)).toEqual([]);
    expect(officeGaps(index, [{ jurisdiction: 'united-states', office: 'head of government' }], '2022-01-01', '2024-12-31')).toEqual([]);
    expect(officeGaps(index, [{ jurisdiction: 'estonia', office: 'defence minister' }], '2022-01-01', '2024-12-31')).toEqual([
      { jurisdiction: 'estonia', office: 'defence minister', from: '2022-01-01', to: '2024-12-31' },
    ]);
  });
});

describe('single-holder offices held by two people at once', () => {
  const overlapping = roleIndexOf(
    testKb([
      { id: 'bulgaria', label: 'Bulgaria', aliases: ['Bulgaria'] },
      { id: 'iran', label: 'Iran', aliases: ['Iran'] },
      // A term the KB never ended, and a successor's begun.
      person('rumen-radev', 'Rumen Radev', [{ title: 'President of Bulgaria', of: 'bulgaria', start: '2017-01-22' }]),
      person('iliana-iotova', 'Iliana Iotova', [{ title: 'President of Bulgaria', of: 'bulgaria', start: '2026-01-23' }]),
      // Dated by the month only: they may have met on any day of May.
      person('ivan-one', 'Ivan One', [{ title: 'Minister of Foreign Affairs of Bulgaria', of: 'bulgaria', start: '2014-01-01', end: '2014-05' }]),
      person('ivan-two', 'Ivan Two', [{ title: 'Minister of Foreign Affairs of Bulgaria', of: 'bulgaria', start: '2014-05', end: '2015-01-01' }]),
      // Two offices, both heads of state by the pattern.
      person('ali-khamenei', 'Ali Khamenei', [{ title: 'Supreme Leader of Iran', of: 'iran', start: '1989-06-04' }]),
      person('hassan-rouhani', 'Hassan Rouhani', [{ title: 'President of Iran', of: 'iran', start: '2013-08-03', end: '2021-08-03' }]),
    ]),
  );
  const requirements = [
    { jurisdiction: 'bulgaria', office: 'head of state' as const },
    { jurisdiction: 'bulgaria', office: 'foreign minister' as const },
    { jurisdiction: 'iran', office: 'head of state' as const },
  ];

  it('report the days both surely held it', () => {
    expect(officeOverlaps(overlapping, requirements, '2014-01-01', '2026-11-23')).toEqual([
      { jurisdiction: 'bulgaria', office: 'head of state', holders: ['iliana-iotova', 'rumen-radev'], from: '2026-01-23', to: '2026-11-23' },
    ]);
  });

  it('tolerate a handover the dates cannot place, and offices that only share a pattern', () => {
    expect(officeOverlaps(overlapping, requirements.slice(1), '2014-01-01', '2026-11-23')).toEqual([]);
  });
});
