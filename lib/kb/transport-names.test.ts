import { describe, expect, it } from 'vitest';
import { linkOf, links } from '../../scripts/bundled-kb-probe';

// Names of the bundled KB's aviation and railway files (kb/world/transport-*.json,
// kb/places/transport-places.json) that are also words, surnames or parts of other names.

describe('airline and railway names that are also words or short codes', () => {
  it('leaves a bare "S7", "Azimuth" or "Koltsovo" alone without an aviation cue', () => {
    expect(links('The S7 model sold well. The azimuth was measured again. Azimuth is a hard word. Koltsovo is a small science town.')).toEqual([]);
  });

  it('links them in a story about airlines', () => {
    expect(linkOf('Aeroflot and S7 cancelled flights after the drone attack.', 'S7')).toBe('s7-airlines');
    expect(linkOf('Azimuth, the Rostov airline, cut flights to Sochi.', 'Azimuth')).toBe('azimuth-airline');
    expect(linkOf('Flights to Yekaterinburg were diverted from Koltsovo.', 'Koltsovo')).toBe('koltsovo-international-airport');
  });

  it('reads a bare "Transport Ministry" as Russia’s only with a Russian aviation or rail cue', () => {
    expect(links('The Transport Ministry said the bridge would reopen.')).toEqual([]);
    expect(linkOf('Rosaviatsia and the Transport Ministry closed the airspace over Kaluga.', 'Transport Ministry')).toBe(
      'ministry-of-transport-russia',
    );
  });
});

describe('short names of railways and airlines that are also words or team names', () => {
  it('leaves "BAM" and "Red Wings" alone outside a transport story', () => {
    expect(links('BAM! The door slammed. The Red Wings won again on Saturday.')).toEqual([]);
  });

  it('links them next to railway or airline cues', () => {
    expect(linkOf('Russian Railways wants more coal on the BAM this winter.', 'BAM')).toBe('baikal-amur-mainline');
    expect(linkOf('Aeroflot and Red Wings cut flights to Sochi.', 'Red Wings')).toBe('red-wings-airlines');
  });
});

describe('airports named after their city', () => {
  it('takes "Manas airport" and "Tashkent airport" as the airports, not the epic hero or the city', () => {
    expect(links('Flights left Manas airport and Tashkent airport on time.')).toEqual([
      'Manas airport=manas-international-airport',
      'Tashkent airport=islam-karimov-tashkent-international-airport',
    ]);
  });

  it('takes "Moscow metro" and "Kyiv Metro" as the metro systems', () => {
    expect(linkOf('People sheltered in the Kyiv Metro overnight.', 'Kyiv Metro')).toBe('kyiv-metro');
    expect(linkOf('The Moscow metro carried record numbers.', 'Moscow metro')).toBe('moscow-metro');
  });
});
