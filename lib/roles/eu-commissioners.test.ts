import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { person, resolvedOn } from './test-people';

const kb = testKb([
  { id: 'european-union', type: 'organization', label: 'European Union', aliases: ['European Union', 'EU'] },
  { id: 'european-commission', type: 'organization', label: 'European Commission', aliases: ['European Commission'] },
  person('thierry-breton', 'Thierry Breton', [{ title: 'European Commissioner for the Internal Market', of: 'european-commission', start: '2019-12-01', end: '2024-09' }]),
  person('valdis-dombrovskis', 'Valdis Dombrovskis', [{ title: 'European Commissioner for Trade', of: 'european-commission', start: '2020-08-26', end: '2024-11-30' }]),
  person('maros-sefcovic', 'Maroš Šefčovič', [{ title: 'European Commissioner for Trade and Economic Security', of: 'european-commission', start: '2024-12-01' }]),
  person('kadri-simson', 'Kadri Simson', [{ title: 'European Commissioner for Energy', of: 'european-commission', start: '2019-12-01', end: '2024-11-30' }]),
  person('dan-jorgensen', 'Dan Jørgensen', [{ title: 'European Commissioner for Energy and Housing', of: 'european-commission', start: '2024-12-01' }]),
]);

const resolved = resolvedOn(kb);

describe('EU commissioners by the portfolio the news names', () => {
  it('read "the EU trade commissioner" as whoever held trade in the Commission on the day', () => {
    expect(resolved('The EU trade commissioner flew to Washington.', '2023-05-01')).toEqual([['EU trade commissioner', 'valdis-dombrovskis']]);
    expect(resolved('The EU trade commissioner flew to Washington.', '2025-06-12')).toEqual([['EU trade commissioner', 'maros-sefcovic']]);
  });

  it('read the industry commissioner as the internal market portfolio, and energy across its renamings', () => {
    expect(resolved("The EU industry commissioner toured the plant.", '2024-02-12')).toEqual([['EU industry commissioner', 'thierry-breton']]);
    expect(resolved("The European Union's energy commissioner spoke.", '2022-03-01')).toEqual([["European Union's energy commissioner", 'kadri-simson']]);
    expect(resolved("The European Union's energy commissioner spoke.", '2025-03-01')).toEqual([["European Union's energy commissioner", 'dan-jorgensen']]);
  });

  it('leave a portfolio nobody held on the day, and a bare "commissioner", alone', () => {
    expect(resolved('The EU industry commissioner toured the plant.', '2025-02-12')).toEqual([]);
    expect(resolved('An EU commissioner toured the plant.', '2024-02-12')).toEqual([]);
  });
});
