import { describe, expect, it } from 'vitest';
import type { EntityRecord } from './page';
import { groupEntities, matchesFilter, summarizeMentions } from './page';

const record = (id: string, type: EntityRecord['type'], label: string, kind?: string): EntityRecord => ({
  id,
  type,
  label,
  kind,
  description: `About ${label}.`,
  wikipedia: label.replace(/ /g, '_'),
  source: 'https://en.wikipedia.org/',
});

const records: Record<string, EntityRecord> = {
  tokayev: record('tokayev', 'person', 'Kassym-Jomart Tokayev', 'Kazakh politician'),
  putin: record('putin', 'person', 'Vladimir Putin', 'Russian politician'),
  kz: record('kz', 'place', 'Kazakhstan', 'country'),
  csto: record('csto', 'organization', 'Collective Security Treaty Organization', 'military alliance'),
  spief: record('spief', 'event', 'St. Petersburg International Economic Forum'),
};

describe('summarizeMentions', () => {
  it('counts mentions and distinct spellings per entity, most mentioned first', () => {
    const summary = summarizeMentions([
      { entityId: 'putin', text: 'Putin' },
      { entityId: 'tokayev', text: 'Tokayev' },
      { entityId: 'tokayev', text: 'Kassym-Jomart Tokayev' },
      { entityId: 'tokayev', text: 'Tokayev' },
    ]);
    expect(summary).toEqual([
      { id: 'tokayev', mentions: 3, surfaces: ['Tokayev', 'Kassym-Jomart Tokayev'] },
      { id: 'putin', mentions: 1, surfaces: ['Putin'] },
    ]);
  });
});

describe('groupEntities', () => {
  const entities = summarizeMentions([
    ...Array.from({ length: 2 }, () => ({ entityId: 'putin', text: 'Putin' })),
    ...Array.from({ length: 5 }, () => ({ entityId: 'tokayev', text: 'Tokaev' })),
    { entityId: 'kz', text: 'Kazakhstan' },
    { entityId: 'csto', text: 'CSTO' },
    { entityId: 'spief', text: 'SPIEF' },
  ]);

  it('groups by type in a fixed order, each sorted by mentions', () => {
    const groups = groupEntities(entities, records);
    expect(groups.map((group) => group.type)).toEqual(['person', 'organization', 'place', 'event']);
    expect(groups[0]!.entities.map((entity) => entity.id)).toEqual(['tokayev', 'putin']);
  });

  it('filters by label, kind, type or spelling on the page, ignoring case and accents', () => {
    expect(groupEntities(entities, records, 'russian').flatMap((g) => g.entities.map((e) => e.id))).toEqual(['putin']);
    expect(groupEntities(entities, records, 'TOKAEV').flatMap((g) => g.entities.map((e) => e.id))).toEqual(['tokayev']);
    expect(groupEntities(entities, records, 'alliance').flatMap((g) => g.entities.map((e) => e.id))).toEqual(['csto']);
    expect(groupEntities(entities, records, 'event').flatMap((g) => g.entities.map((e) => e.id))).toEqual(['spief']);
    expect(matchesFilter(entities[0]!, records.tokayev!, 'kazákh president')).toBe(false);
    expect(matchesFilter(entities[0]!, records.tokayev!, 'kazákh politician')).toBe(true);
    expect(groupEntities(entities, records, 'nothing like this')).toEqual([]);
  });
});
