import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'cdu', type: 'organization', label: 'Christian Democratic Union of Germany', aliases: [{ text: 'CDU', case: 'exact' }] },
  { id: 'covid', type: 'event', label: 'COVID-19 pandemic', aliases: ['COVID-19'] },
  { id: 'engels', label: 'Engels' },
]);
const ids = (text: string): string[] => recognize(kb, text).map((mention) => mention.entityId);

describe('designations', () => {
  it('leave out an acronym followed by a hyphen and a number', () => {
    expect(ids('Drones stopped the CDU-1 unit. The CDU won.')).toEqual(['cdu']);
  });

  it('keep names the KB spells with their number, and names in lower case before one', () => {
    expect(ids('COVID-19 spread; the Engels-2 base.')).toEqual(['covid', 'engels']);
  });
});
