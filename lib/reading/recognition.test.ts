import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognizeForReading } from './recognition';
import { relatedEventIds } from './related';

const kb = testKb([
  {
    id: 'tokayev',
    type: 'person',
    label: 'Kassym-Jomart Tokayev',
    aliases: ['Kassym-Jomart Tokayev', { text: 'Tokayev', weak: true }],
    roles: [{ title: 'President of Kazakhstan', of: 'kazakhstan', start: '2019-03-20' }],
  },
  { id: 'kazakhstan', label: 'Kazakhstan', adjectives: ['Kazakh'] },
  { id: 'unrest', type: 'event', label: '2022 Kazakh unrest', start: '2022-01-02', end: '2022-01', participants: ['tokayev'] },
  { id: 'forum', type: 'event', label: 'Economic Forum', start: '1997', related: ['tokayev'] },
  { id: 'undated', type: 'event', label: 'Some meeting', related: ['tokayev'] },
  { id: 'almaty', label: 'Almaty', country: 'kazakhstan' },
]);

describe('recognizeForReading', () => {
  it('reports names, not adjectives, with the records cards need', () => {
    const text = 'The Kazakh leader Kassym-Jomart Tokayev spoke in Almaty. Tokayev left.';
    const reply = recognizeForReading(kb, text);
    expect(reply.mentions.map((mention) => mention.text)).toEqual(['Kassym-Jomart Tokayev', 'Almaty', 'Tokayev']);
    for (const mention of reply.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(Object.keys(reply.records).sort()).toEqual(['almaty', 'forum', 'tokayev', 'undated', 'unrest']);
    expect(reply.records.tokayev!.roles?.[0]?.title).toBe('President of Kazakhstan');
    expect(reply.relatedEvents.tokayev).toEqual(['forum', 'unrest', 'undated']);
    expect(reply.relatedEvents.almaty).toEqual([]);
  });

  it('uses text before `from` as context only, counting offsets from `from`', () => {
    const context = 'Kassym-Jomart Tokayev arrived.';
    const added = 'Later, Tokayev spoke.';
    const prefix = `${context}\n\n`;
    const reply = recognizeForReading(kb, prefix + added, prefix.length);
    expect(reply.mentions).toEqual([{ start: 7, end: 14, text: 'Tokayev', entityId: 'tokayev', kind: 'name' }]);
    // Without the context, the weak surname alone names nobody.
    expect(recognizeForReading(kb, added).mentions).toEqual([]);
  });
});

describe('relatedEventIds', () => {
  it('lists linked events in either direction, oldest first, undated last', () => {
    expect(relatedEventIds(kb, 'tokayev')).toEqual(['forum', 'unrest', 'undated']);
    expect(relatedEventIds(kb, 'unrest')).toEqual([]);
    expect(relatedEventIds(kb, 'nobody')).toEqual([]);
  });
});
