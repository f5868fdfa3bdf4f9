import { describe, expect, it } from 'vitest';
import { linkOf, links } from '../../scripts/bundled-kb-probe';

// Climate and environment names of the bundled KB (kb/world/climate-*.json, kb/places/climate-places.json)
// that share a word with other entities or need the words around them.

describe('climate and environment names', () => {
  it('tells the river, the rainforest and the company called Amazon apart', () => {
    expect(linkOf('Deforestation in the Amazon rose again, officials said.', 'Amazon')).toBe('amazon-rainforest');
    expect(linkOf('The summit in Belem, at the mouth of the Amazon, opened on Monday.', 'Amazon')).toBe('amazon-river');
    expect(linkOf('Amazon shares fell after the online retailer warned on sales.', 'Amazon')).toBe('amazon-company');
  });

  it('reads a bare "Copenhagen summit" as COP15 only in a climate story', () => {
    expect(linkOf('Delegates recalled the Copenhagen summit, where climate talks collapsed.', 'Copenhagen summit')).toBe(
      '2009-united-nations-climate-change-conference',
    );
    expect(links('EU leaders met at the Copenhagen summit to discuss enlargement.')).not.toContain(
      'Copenhagen summit=2009-united-nations-climate-change-conference',
    );
  });

  it('keeps the country and the city out of the names of treaties and outcomes', () => {
    expect(links('The UAE Consensus agreed at COP28 called for a transition away from fossil fuels.')).toEqual([
      'UAE Consensus=2023-united-nations-climate-change-conference',
      'COP28=2023-united-nations-climate-change-conference',
    ]);
    expect(links('The Kyoto Protocol was adopted in Kyoto.')).toEqual(['Kyoto Protocol=kyoto-protocol', 'Kyoto=kyoto']);
  });

  it('links the UN climate bodies by their acronyms', () => {
    expect(links('The IPCC and the WMO warned; UNEP and IRENA agreed, the UNFCCC said.').map((l) => l.split('=')[1])).toEqual([
      'intergovernmental-panel-on-climate-change',
      'world-meteorological-organization',
      'united-nations-environment-programme',
      'international-renewable-energy-agency',
      'united-nations-framework-convention-on-climate-change',
    ]);
  });
});
