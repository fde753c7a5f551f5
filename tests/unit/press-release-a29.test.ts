/**
 * Issue 9, twenty-fourth session: causes found on blind batches 129 and 130 (real releases' mix, long releases).
 * Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

describe('a partner named as the source of imports, "with purchases of"', () => {
  it('reads the purchases as the release country\'s imports from that partner', () => {
    const rows = releaseRows('JAKARTA, March 9 -- Indonesia\'s exports reached 38.2 billion USD in the first two months of 2026, up 4.1 percent, while imports came to 33.5 billion USD. Japan was the largest source of imports, with purchases of 6.7 billion USD, up 3 percent.', '2026-03-09');
    expect(rows.filter((r) => r.partner === 'Japan').map((r) => [r.value, r.flow])).toEqual([[6700000000, 'import']]);
  });
  it('reads a top supplier the same way', () => {
    const rows = releaseRows('MANILA, May 12 -- The Philippines imported goods worth 11.4 billion USD in March, up 2 percent. South Korea remained the top supplier, with purchases of 1.9 billion USD.', '2026-05-12');
    expect(rows.filter((r) => r.partner === 'South Korea').map((r) => [r.value, r.flow])).toEqual([[1900000000, 'import']]);
  });
  it('still reads a destination\'s purchases as exports to it (guard)', () => {
    const rows = releaseRows('JAKARTA, March 9 -- Indonesia\'s exports reached 38.2 billion USD in the first two months of 2026, up 4.1 percent. India was the second largest market, with purchases of 4.4 billion USD.', '2026-03-09');
    expect(rows.filter((r) => r.partner === 'India').map((r) => [r.value, r.flow])).toEqual([[4400000000, 'export']]);
  });
});

describe('what economists or analysts "had anticipated" is a forecast', () => {
  it('drops the balance economists had anticipated and keeps the reported one', () => {
    const rows = releaseRows('Statistics Canada said on Thursday that the merchandise trade deficit narrowed to $2.2 billion in April from $3.0 billion in March. Bay Street economists had anticipated a deficit of about $2.8 billion.', '2026-06-04');
    const balances = rows.filter((r) => r.flow === 'balance').map((r) => r.value);
    expect(balances).toContain(-2200000000);
    expect(balances).not.toContain(-2800000000);
  });
  it('drops the surplus analysts had projected (guard: already read as a forecast)', () => {
    const rows = releaseRows('Statistics Canada said on Thursday that the merchandise trade surplus widened to $1.1 billion in April. Analysts had projected a surplus of $0.6 billion.', '2026-06-04');
    expect(rows.filter((r) => r.flow === 'balance').map((r) => r.value)).toEqual([1100000000]);
  });
});

describe('"rebounded N percent to" is a rise, as "rose" is', () => {
  it('reads the month\'s rebound as its year-on-year growth', () => {
    const rows = releaseRows('CHANGCHUN, Aug. 18 -- In July, Jilin\'s foreign trade rebounded 7.4 percent to 16.2 billion yuan, Changchun Customs said.', '2026-08-18');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[16200000000, 7.4]]);
  });
  it('reads a rebound with no level as a growth row', () => {
    const rows = releaseRows('CHANGCHUN, Aug. 18 -- In July, Jilin\'s exports rebounded 3.1 percent, Changchun Customs said.', '2026-08-18');
    expect(rows.map((r) => [r.measure, r.yoy_pct, r.flow])).toEqual([['growth', 3.1, 'export']]);
  });
});

describe('"..., and made up N percent of the region\'s trade" after one direction\'s amount', () => {
  it('keeps the share in the direction of the amount it sizes', () => {
    const rows = releaseRows('XINING, Oct. 20 (Xinhua) -- Foreign trade of Qinghai Province reached 3.6 billion yuan in the first three quarters, up 12 percent. Exports reached 2.1 billion yuan, up 20 percent, and made up 58.3 percent of the province\'s foreign trade.', '2026-10-20');
    expect(rows.filter((r) => r.unit === 'percent-share').map((r) => [r.value, r.flow])).toEqual([[58.3, 'export']]);
  });
  it('keeps "came to ... and accounted for" in one clause with its direction (guard)', () => {
    const rows = releaseRows('XINING, Oct. 20 (Xinhua) -- Foreign trade of Qinghai Province reached 3.6 billion yuan in the first three quarters, up 12 percent. Imports came to 1.5 billion yuan and accounted for 41.7 percent of the province\'s total trade.', '2026-10-20');
    expect(rows.filter((r) => r.unit === 'percent-share').map((r) => [r.value, r.flow])).toEqual([[41.7, 'import']]);
  });
});

describe('a service name with its city in brackets before "trains"', () => {
  it('counts the trains of "China-Europe Railway Express (Xi\'an)"', () => {
    const rows = releaseRows('XI\'AN, Jan. 6 -- Some 4,900 China-Europe Railway Express (Xi\'an) trains set off in 2025, up 8.8 percent from a year earlier, the city said.', '2026-01-06');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[4900, 'trains', 8.8]]);
  });
  it('still counts a route with a short bracket after the number (guard)', () => {
    const rows = releaseRows('XI\'AN, Jan. 6 -- Some 4,900 China-Europe (Central Asia) trains set off in 2025, up 8.8 percent from a year earlier, the city said.', '2026-01-06');
    expect(rows.map((r) => [r.value, r.unit])).toEqual([[4900, 'trains']]);
  });
});
