import { describe, expect, it } from 'vitest';
import { compileKbFromDisk } from '../../scripts/kb-files';
import { recognize } from '../recognizer/recognize';
import { loadKb, type Kb } from './load';

// Summits, forums and formats of the bundled KB (kb/world/formats-*.json and the summit editions in
// kb/world/events*.json): a series' yearless name ("the APEC summit") is the edition the article's
// date points to, and an edition's host names it when the series' own cue is shared.

let kb: Kb | undefined;
const bundled = (): Kb => (kb ??= loadKb(compileKbFromDisk()));
const linkOn = (day: string, text: string, name: string): string | undefined =>
  recognize(bundled(), text, { day }).find((mention) => mention.text === name)?.entityId;

describe('yearless names of recurring summits', () => {
  it('reads "the APEC summit" as the round of the article’s year', () => {
    const text = 'Xi and Biden met on the sidelines of the APEC summit on Wednesday.';
    expect(linkOn('2023-11-16', text, 'APEC summit')).toBe('apec-united-states-2023');
    expect(linkOn('2025-10-30', text, 'APEC summit')).toBe('apec-south-korea-2025');
  });

  it('tells the two Lima rounds apart by the date alone, and marks the city apart as the gold does', () => {
    const text = 'Leaders gathered for the APEC summit in Lima, Peru.';
    expect(linkOn('2016-11-19', text, 'APEC summit')).toBe('apec-peru-2016');
    expect(linkOn('2024-11-15', text, 'APEC summit')).toBe('apec-peru-2024');
    expect(linkOn('2024-11-15', text, 'Lima')).toBe('lima');
  });

  it('reads "the G20 summit" as the Johannesburg one when its host is named, though older editions share the cue "G20"', () => {
    const text =
      'JOHANNESBURG — Leaders of the G20 adopted a declaration at the G20 summit hosted by South Africa in Johannesburg on Sunday.';
    expect(linkOn('2025-11-23', text, 'G20 summit')).toBe('2025-g20-johannesburg-summit');
  });

  it('reads "the BRICS summit in Ufa" as the 2015 summit and leaves a bare "APEC summit" between rounds alone', () => {
    expect(linkOn('2015-07-09', 'Putin hosted the BRICS summit in Ufa.', 'BRICS summit')).toBe('7th-brics-summit');
    expect(linkOn('2019-08-01', 'Nobody mentioned the APEC summit that day.', 'APEC summit')).toBeUndefined();
  });
});

describe('formats and forums', () => {
  it('links the Bürgenstock peace summit and the coalition of the willing written in lower case', () => {
    const text =
      'Starmer said a coalition of the willing would defend a ceasefire in Ukraine, the largest gathering since the Summit on Peace in Ukraine at Bürgenstock.';
    expect(linkOn('2025-03-02', text, 'coalition of the willing')).toBe('coalition-of-the-willing-ukraine');
    expect(linkOn('2025-03-02', text, 'Summit on Peace in Ukraine')).toBe('june-2024-ukraine-peace-summit');
    expect(linkOn('2025-03-02', text, 'Bürgenstock')).toBe('burgenstock');
  });

  it('leaves a lower-case "coalition of the willing" alone in a story with no Ukraine cue', () => {
    expect(linkOn('2003-03-20', 'Bush led a coalition of the willing into Iraq.', 'coalition of the willing')).toBeUndefined();
  });
});
