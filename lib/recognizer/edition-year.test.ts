import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'brics-16', type: 'event', label: '16th BRICS summit', aliases: [{ text: 'BRICS summit', weak: true }], start: '2024-10-22', end: '2024-10-24' },
  { id: 'brics-17', type: 'event', label: '17th BRICS summit', aliases: [{ text: 'BRICS summit', weak: true }], start: '2025-07-06', end: '2025-07-07' },
  { id: 'fifa-world-cup', type: 'event', label: 'FIFA World Cup', aliases: [{ text: 'World Cup', weak: true }], context: ['football'] },
  { id: '2022-fifa-world-cup', type: 'event', label: '2022 FIFA World Cup', start: '2022-11-20', end: '2022-12-18' },
  { id: '2026-fifa-world-cup', type: 'event', label: '2026 FIFA World Cup', start: '2026-06', end: '2026-07' },
  { id: 'alma-ata-protocol', type: 'event', label: 'Alma-Ata Protocol', aliases: [{ text: 'Alma-Ata Declaration', weak: true }], context: ['CIS'], start: '1991-12-21' },
  { id: 'alma-ata-declaration', type: 'event', label: 'Declaration of Alma-Ata', aliases: [{ text: 'Alma-Ata Declaration', weak: true }], context: ['primary health care'], start: '1978-09-12' },
]);

const ids = (text: string, day?: string): string[] => recognize(kb, text, day ? { day } : {}).map((mention) => mention.entityId);

describe('"last year’s", "this year’s", "next year’s" before a recurring event', () => {
  it('pick the edition of that year among those sharing the name', () => {
    // The date alone would take this year's, the nearest.
    expect(ids('Unlike last year’s BRICS summit, this one was short.', '2025-07-06')).toEqual(['brics-16']);
    expect(ids('Preparations for next year’s BRICS summit began.', '2024-10-24')).toEqual(['brics-17']);
    expect(ids('This year\'s BRICS summit opened.', '2025-07-06')).toEqual(['brics-17']);
  });

  it('turn a series’ name into its edition of that year', () => {
    expect(ids('In football, Uzbekistan qualified for next year’s World Cup.', '2025-06-10')).toEqual(['2026-fifa-world-cup']);
    // Without a date, the series.
    expect(ids('In football, Uzbekistan qualified for next year’s World Cup.')).toEqual(['fifa-world-cup']);
  });

  it('a series’ name is its edition in the news on the article’s date, as editions sharing a name are', () => {
    expect(ids('The ball from the World Cup, whose final Russia hosted, was a gift.', '2022-12-20')).toEqual(['2022-fifa-world-cup']);
    expect(ids('In football, Uzbekistan dreams of the World Cup.', '2025-12-10')).toEqual(['2026-fifa-world-cup']);
    // Far from every edition the KB knows, the series.
    expect(ids('In football, Uzbekistan dreams of the World Cup.', '2024-01-10')).toEqual(['fifa-world-cup']);
    // Nor where the sentence names another year.
    expect(ids('In football, Messi, who won the World Cup with Argentina in 2022, is back.', '2025-12-10')).toEqual(['fifa-world-cup']);
  });

  it('leave a series to the usual rules, and no other year’s edition, when none fits that year', () => {
    expect(ids('In football, last year’s World Cup was not held.', '2024-05-01')).toEqual(['fifa-world-cup']);
    // The date alone would take this year's.
    expect(ids('Next year’s BRICS summit will be in India.', '2025-07-07')).toEqual([]);
  });

  it('a month and year written earlier in the sentence pick that year’s edition', () => {
    expect(ids('Putin flew to Doha in November 2022 for the opening of the World Cup.', '2025-12-10')).toEqual(['2022-fifa-world-cup']);
    expect(ids('Talks began in 2019; in October 2024 the BRICS summit met in Kazan.', '2025-07-06')).toEqual(['brics-16']);
    // Not when another year follows the name, or the year is not a month's.
    expect(ids('In football, in November 2022 Argentina won the World Cup it had lost in 2014.', '2025-12-10')).toEqual(['fifa-world-cup']);
    expect(ids('In football, in 2022 Argentina won the World Cup.', '2025-12-10')).toEqual(['fifa-world-cup']);
  });

  it('a year written next to the name picks the event of that year', () => {
    expect(ids('Pashinyan cites the Alma-Ata Declaration of 1991 as the basis.', '2024-05-10')).toEqual(['alma-ata-protocol']);
    expect(ids('The 1978 Alma-Ata Declaration shaped health policy.', '2024-05-10')).toEqual(['alma-ata-declaration']);
    expect(ids('Qatar hosted the World Cup in 2022; the 2026 World Cup is next.', '2024-05-10')).toEqual(['2022-fifa-world-cup', '2026-fifa-world-cup']);
    // Without a year, the weak names need their cues.
    expect(ids('Pashinyan cites the Alma-Ata Declaration as the basis.', '2024-05-10')).toEqual([]);
    // A date's year belongs to the date, and a number to whatever it counts.
    expect(ids('On June 5, 2024 BRICS summit plans were set.', '2021-01-10')).toEqual([]);
    expect(ids('Plans for the 2024 BRICS summit were set.', '2021-01-10')).toEqual(['brics-16']);
  });
});
