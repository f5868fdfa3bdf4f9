import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { person, resolvedOn } from './test-people';


const kb = testKb([
  { id: 'rheinmetall', type: 'organization', label: 'Rheinmetall', aliases: ['Rheinmetall'] },
  { id: 'apple-inc', type: 'organization', label: 'Apple Inc.', aliases: ['Apple Inc.', 'Apple'] },
  person('armin-papperger', 'Armin Papperger', [{ title: 'Chief Executive Officer of Rheinmetall', of: 'rheinmetall', start: '2013-01-01' }]),
  person('tim-cook', 'Tim Cook', [{ title: 'Chief Executive Officer of Apple', of: 'apple-inc', start: '2011-08' }]),
]);

const resolved = resolvedOn(kb);

describe('a company head as business news names the office ("chief executive", "CEO")', () => {
  it('resolves to the holder of "Chief Executive Officer of" the company on the day', () => {
    expect(resolved('Rheinmetall chief executive said output would double.', '2024-02-12')).toEqual([['Rheinmetall chief executive', 'armin-papperger']]);
    expect(resolved("Apple's CEO met investors.", '2024-02-12')).toEqual([["Apple's CEO", 'tim-cook']]);
  });

  it('is nobody before the holder took office', () => {
    expect(resolved('Rheinmetall chief executive said output would double.', '2010-02-12')).toEqual([]);
  });
});
