import { describe, expect, it } from 'vitest';
import { ids } from '../../scripts/bundled-kb-probe';

// Names of kb/world/eastasia-*.json and kb/people/eastasia-people.json that other countries share:
// party names ("Democratic Party", "Greens", "Labour"), a parliament's short name ("Diet") and
// cities that are also people's names ("Darwin", "Kobe"). They count only beside their country's cues.

describe('East Asian and Australasian names shared with others', () => {
  it('reads a bare "Democratic Party" by the country around it', () => {
    const seoul = ids('SEOUL — The ruling Democratic Party passed the bill in the National Assembly as Lee Jae-myung looked on.');
    expect(seoul).toContain('democratic-party-of-korea');
    expect(seoul).not.toContain('democratic-party-united-states');
    const washington = ids('WASHINGTON — The Democratic Party opposed the bill in the Senate, Chuck Schumer said.');
    expect(washington).toContain('democratic-party-united-states');
    expect(washington).not.toContain('democratic-party-of-korea');
  });

  it('reads "Diet" as Japan’s parliament only beside Japanese cues', () => {
    expect(ids('TOKYO — Sanae Takaichi told the Diet that Japan would keep its Sakhalin stakes.')).toContain('national-diet');
    expect(ids('The Diet Coke Break campaign ran on British television.')).not.toContain('national-diet');
  });

  it('tells Australia’s and New Zealand’s parties from Britain’s', () => {
    expect(ids('CANBERRA — Anthony Albanese said the Greens had backed the package.')).toContain('australian-greens');
    expect(ids('WELLINGTON — Christopher Luxon said Labour had supported the move.')).toContain('new-zealand-labour-party');
    expect(ids('LONDON — Keir Starmer said Labour would win back Scotland.')).not.toContain('new-zealand-labour-party');
  });

  it('does not read a person’s name as a city', () => {
    expect(ids('Charles Darwin wrote On the Origin of Species.')).not.toContain('darwin-northern-territory');
    expect(ids('Kobe Bryant played for the Los Angeles Lakers.')).not.toContain('kobe');
    expect(ids('Penny Wong flew to Darwin, the capital of the Northern Territory of Australia.')).toContain(
      'darwin-northern-territory',
    );
  });
});
