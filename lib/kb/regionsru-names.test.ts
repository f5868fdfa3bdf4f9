import { describe, expect, it } from 'vitest';
import { linkOf, links } from '../../scripts/bundled-kb-probe';

// Names of the bundled KB's Russian regions files (kb/places/regionsru-places.json,
// kb/people/regionsru-people.json, kb/world/regionsru-*.json): regional centres whose names are
// also first names, surnames or words, and regional heads whose surnames name places elsewhere.

describe('regional centres named like people', () => {
  it('leaves a bare "Kirov", "Vladimir", "Kurgan" or "Volzhsky" alone without a cue', () => {
    expect(links('Kirov was shot in 1934. Vladimir nodded. Kurgan is a word for a burial mound. Volzhsky smiled.')).toEqual([]);
  });

  it('links them in a story about their region', () => {
    expect(linkOf('A drone fell on a warehouse in Kirov, the governor of the Kirov region said.', 'Kirov')).toBe('kirov-kirov-oblast');
    expect(linkOf('Officials of the Vladimir region said the plant in Vladimir was hit.', 'Vladimir')).toBe('vladimir-russia');
    expect(linkOf('Floods reached Kurgan as the Tobol rose in the Kurgan region.', 'Kurgan')).toBe('kurgan-kurgan-oblast');
    expect(linkOf('Sirens sounded in Volgograd and Volzhsky on the Volga.', 'Volzhsky')).toBe('volzhsky-volgograd-oblast');
  });

  it('needs a Russian cue for towns that share a name abroad or with a family', () => {
    expect(links('Armavir voted early. Dzerzhinsk founded the secret police.')).toEqual([]);
    expect(linkOf('A drone hit the radar station at Armavir in Krasnodar Krai.', 'Armavir')).toBe('armavir-russia');
    expect(linkOf('A blast at a plant in Dzerzhinsk, in the Nizhny Novgorod region, killed two.', 'Dzerzhinsk')).toBe(
      'dzerzhinsk-russia',
    );
  });

  it('keeps "Vladimir" in a full name as the person', () => {
    expect(linkOf('Vladimir Putin visited the Vladimir region.', 'Vladimir Putin')).toBe('vladimir-putin');
  });

  it('reads a bare "Rostov" as Rostov-on-Don, and in a list of regions as the oblast', () => {
    expect(linkOf('Wagner fighters took the army headquarters in Rostov.', 'Rostov')).toBe('rostov-on-don');
    expect(links('Drones were downed over the Volgograd, Saratov, Rostov and Voronezh regions.')).toEqual([
      'Volgograd=volgograd-oblast',
      'Saratov=saratov-oblast',
      'Rostov=rostov-oblast',
      'Voronezh=voronezh-oblast',
    ]);
  });
});

describe('regional heads whose surnames name places', () => {
  it('reads "Nikolaev" in a full name as the regional head, not Mykolaiv', () => {
    expect(linkOf('Aisen Nikolaev, the head of Yakutia, promised to fix errors.', 'Aisen Nikolaev')).toBe('aysen-nikolayev');
    expect(linkOf('Oleg Nikolaev, the head of Chuvashia, spoke in Cheboksary.', 'Oleg Nikolaev')).toBe('oleg-nikolayev-politician');
  });

  it('tells the Voronezh governor Gusev from the Kaliningrad town', () => {
    expect(linkOf('Voronezh region governor Alexander Gusev said debris fell on a house. Gusev urged calm.', 'Gusev')).toBe(
      'aleksandr-gusev-politician',
    );
  });
});
