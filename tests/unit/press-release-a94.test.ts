/**
 * Rules widened in the fixing round for the leftovers of b206, b201, b200, b199, b197, b196 and b195 (a94): each cause
 * in several sentence frames of our own, and near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a word of leaving or arriving before a noun of goods names their way', () => {
  it('reads "outgoing goods" and "incoming goods" after "Of that," as exports and imports', () => {
    const rows = releaseRows('Goods worth 52.4 billion yuan crossed the border at the port in the first ten months of 2026, up 6.1 percent. Of that, outgoing goods came to 20.3 billion yuan, up 4.2 percent, and incoming goods to 32.1 billion yuan, 7.4 percent more.');
    expect(row(rows, 20.3e9)?.flow).toBe('export');
    expect(row(rows, 32.1e9)?.flow).toBe('import');
  });
  it('reads "departing cargo" as the subject of "was worth"', () => {
    const rows = releaseRows('The dry port handled freight worth 9.8 billion yuan in January-October 2026. Departing cargo was worth 6.2 billion yuan, up 11 percent.');
    expect(row(rows, 6.2e9)?.flow).toBe('export');
  });
  it('reads "inward shipments" with a goods word between as imports', () => {
    const rows = releaseRows('In the first half of 2026 the crossing cleared goods worth 3.3 billion dollars. Inward grain shipments totalled 1.4 billion dollars, 9 percent more than a year earlier.');
    expect(row(rows, 1.4e9)?.flow).toBe('import');
  });
  it('reads "arriving freight" in a passive frame with the amount first', () => {
    const rows = releaseRows('At the rail port, 2.7 million tonnes of arriving freight were recorded in the third quarter of 2026, up 5 percent.');
    expect(row(rows, 2.7e6)?.flow).toBe('import');
  });
  it('reads "the outward-bound consignments" after a verb of counting as exports', () => {
    const rows = releaseRows('The customs office said that in the first nine months of 2026 the outward-bound consignments at the border came to 4.6 billion dollars, up 3.5 percent.');
    expect(row(rows, 4.6e9)?.flow).toBe('export');
  });
  it('reads "exiting merchandise" against "entering merchandise" in one sentence', () => {
    const rows = releaseRows('In the first quarter of 2026 exiting merchandise at the frontier post was valued at 1.9 billion dollars and entering merchandise at 2.6 billion dollars.');
    expect(row(rows, 1.9e9)?.flow).toBe('export');
    expect(row(rows, 2.6e9)?.flow).toBe('import');
  });
  it('does not read "incoming orders" of a factory as imports (guard)', () => {
    const rows = releaseRows('Foreign trade of the province reached 88.2 billion yuan in the first ten months of 2026, up 5.5 percent; the makers reported incoming orders of 3.1 billion yuan.');
    expect(row(rows, 3.1e9)?.flow).not.toBe('import');
  });
  it('does not read "the outgoing director" before a trade total as exports (guard)', () => {
    const rows = releaseRows('Foreign trade of the city came to 41.7 billion yuan in the first half of 2026, up 3.9 percent, the outgoing director of the customs office said.');
    expect(row(rows, 41.7e9)?.flow).toBe('total');
  });
});
