import { describe, expect, it } from 'vitest';
import { ids } from '../../scripts/bundled-kb-probe';

// Funds, payment systems and banks of kb/world/economy-organizations.json whose short names are
// shared with other bodies ("National Wealth Fund" is also a British fund, "CIPS" and "NSD" are
// other acronyms): they count only beside Russian or Chinese finance cues.

describe('ambiguous finance names', () => {
  it('reads the National Wealth Fund as Russia’s only in a Russian context', () => {
    expect(ids('Siluanov said the Finance Ministry would sell yuan from the National Wealth Fund.')).toContain(
      'russian-national-wealth-fund',
    );
    expect(ids('The National Wealth Fund will invest in green steel in Port Talbot, the chancellor said.')).not.toContain(
      'russian-national-wealth-fund',
    );
  });

  it('reads CIPS and NSD as the payment system and the depository only beside their cues', () => {
    expect(ids('Russian importers turned to China’s CIPS system to pay in yuan.')).toContain(
      'cross-border-interbank-payment-system',
    );
    expect(ids('The CIPS exam is taken by procurement managers.')).not.toContain('cross-border-interbank-payment-system');
    expect(ids('The Moscow Exchange and the NSD halted dollar trading.')).toContain('national-settlement-depository-russia');
    expect(ids('The NSD report covered drug use among teenagers.')).not.toContain('national-settlement-depository-russia');
  });

  it('keeps the bank and its founder apart', () => {
    const found = ids('Oleg Tinkov founded Tinkoff Bank, which was renamed T-Bank in 2024.');
    expect(found).toContain('oleg-tinkov');
    expect(found).toContain('t-bank');
  });
});
