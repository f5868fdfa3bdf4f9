import { describe, expect, it } from 'vitest';
import { ids } from '../../scripts/bundled-kb-probe';

// Russian companies and regulators of kb/world/rubusiness-organizations.json whose short names are
// shared with other things ("Rossiya" is also the word for Russia and a TV channel, "Sistema" and
// "Polyus" are ordinary Russian words, "FAS" is many acronyms): they count only beside their cues.

describe('ambiguous Russian business names', () => {
  it('reads a bare "Rossiya" as the airline only beside airline cues', () => {
    expect(ids('Aeroflot and its St Petersburg-based sister carrier Rossiya cancelled flights.')).toContain(
      'rossiya-airlines',
    );
    expect(ids('The song "Rossiya" was played at the concert in the park.')).not.toContain('rossiya-airlines');
  });

  it('reads Sistema, Polyus and FAS only beside their cues', () => {
    expect(ids('Vladimir Yevtushenkov’s Sistema owns a stake in MTS.')).toContain('sistema');
    expect(ids('The band Sistema played a set of old songs.')).not.toContain('sistema');
    expect(ids('Gold miner Polyus raised output at Olimpiada.')).toContain('polyus-company');
    expect(ids('The Polyus spacecraft was launched in 1987.')).not.toContain('polyus-company');
    expect(ids('The FAS, the antimonopoly watchdog, fined the retailer.')).toContain('federal-antimonopoly-service');
    expect(ids('Patients with FAS need early diagnosis.')).not.toContain('federal-antimonopoly-service');
  });

  it('finds the regulators, chains and owners by their full names', () => {
    const found = ids(
      'Rosimushchestvo took the shares; the Federal Antimonopoly Service cleared the deal for X5 Group, owner of Pyaterochka, and Viktor Rashnikov of MMK.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'federal-agency-for-state-property-management',
        'federal-antimonopoly-service',
        'x5-retail-group',
        'pyaterochka',
        'viktor-rashnikov',
      ]),
    );
  });
});
