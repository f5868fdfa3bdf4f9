import { describe, expect, it } from 'vitest';
import { entityFromHash, entityOptions } from './memory-entities';

const labels: Record<string, string> = { tokayev: 'Kassym-Jomart Tokayev', putin: 'Vladimir Putin' };
const labelOf = (id: string) => labels[id] ?? id;

describe('entityOptions', () => {
  it('merges highlight and memory entities under their names, sorted by name, with both counts', () => {
    const options = entityOptions(
      [
        { value: 'putin', count: 2 },
        { value: 'tokayev', count: 1 },
      ],
      [
        { id: 'tokayev', label: 'Kassym-Jomart Tokayev', articles: 4 },
        { id: 'csto', label: 'Collective Security Treaty Organization', articles: 1 },
      ],
      labelOf,
    );
    expect(options).toEqual([
      { value: 'csto', label: 'Collective Security Treaty Organization (1 article)' },
      { value: 'tokayev', label: 'Kassym-Jomart Tokayev (1 highlight, 4 articles)' },
      { value: 'putin', label: 'Vladimir Putin (2 highlights)' },
    ]);
  });

  it('keeps the selected entity even when neither list has it', () => {
    expect(entityOptions([], [], labelOf, 'putin')).toEqual([{ value: 'putin', label: 'Vladimir Putin' }]);
  });
});

describe('entityFromHash', () => {
  it('reads the entity a card link names', () => {
    expect(entityFromHash('#entity=kassym-jomart-tokayev')).toBe('kassym-jomart-tokayev');
    expect(entityFromHash('#entity=caf%C3%A9')).toBe('café');
    expect(entityFromHash('#other')).toBeNull();
    expect(entityFromHash('#entity=%E0%A4')).toBeNull();
  });
});
