import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'brics-15', type: 'event', label: '15th BRICS summit', aliases: [{ text: 'BRICS summit', weak: true }], start: '2023-08-22', end: '2023-08-24' },
  { id: 'brics-16', type: 'event', label: '16th BRICS summit', aliases: [{ text: 'BRICS summit', weak: true }], start: '2024-10-22', end: '2024-10-24' },
  { id: 'brics-17', type: 'event', label: '17th BRICS summit', aliases: [{ text: 'BRICS summit', weak: true }], start: '2025-07-06', end: '2025-07-07' },
  { id: 'ru-2024', type: 'event', label: '2024 Russian presidential election', aliases: [{ text: 'Russian presidential election', weak: true }], start: '2024-03-15', end: '2024-03-17' },
  { id: 'nato-2024', type: 'event', label: '2024 Washington summit', aliases: [{ text: 'NATO summit', weak: true }], context: ['NATO'], start: '2024-07-09', end: '2024-07-11' },
  { id: 'nato-2025', type: 'event', label: '2025 The Hague summit', aliases: [{ text: 'NATO summit', weak: true }], context: ['NATO'], start: '2025-06-24', end: '2025-06-25' },
]);

const ids = (text: string, day?: string): string[] => recognize(kb, text, day ? { day } : {}).map((mention) => mention.entityId);

describe('weak names of recurring events, told apart by the article’s date', () => {
  it('leaves them out without a date, as before', () => {
    expect(ids('Leaders gathered for the BRICS summit.')).toEqual([]);
  });

  it('takes the event nearest the date within its window', () => {
    expect(ids('Leaders gathered for the BRICS summit.', '2024-10-23')).toEqual(['brics-16']);
    expect(ids('Leaders gathered for the BRICS summit.', '2023-08-01')).toEqual(['brics-15']);
    expect(ids('Before the Russian presidential election, Navalny died.', '2024-02-16')).toEqual(['ru-2024']);
    expect(ids('After the Russian presidential election, the rouble fell.', '2024-06-01')).toEqual(['ru-2024']);
  });

  it('takes the date’s event when a cue of every year’s supports them all', () => {
    expect(ids('Leaders met at the NATO summit on Tuesday.', '2025-06-25')).toEqual(['nato-2025']);
    expect(ids('Leaders met at the NATO summit on Tuesday.', '2024-07-10')).toEqual(['nato-2024']);
  });

  it('leaves them out when the date is far from every event of that name', () => {
    expect(ids('The next Russian presidential election is due in 2030.', '2027-05-01')).toEqual([]);
    expect(ids('Leaders gathered for the BRICS summit.', '2021-01-10')).toEqual([]);
  });
});
