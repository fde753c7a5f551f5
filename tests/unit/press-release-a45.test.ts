/**
 * Rules added in the fixing round for blind batches b145 and b148 (issue 9: real releases), with the lead's two conventions of
 * that round (a hedged "flat" on the year; the border trade modes). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a45', source_url: 'https://example.org/r/a45', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null, unit = '') =>
  rows.find((r) => r.value === value && (value !== null || r.unit === unit));

describe('a hedged "flat" on the year after the level is no change (yoy 0)', () => {
  it('reads "broadly flat on the year" as 0', () => {
    const rows = rowsOf('In the first four months, China imported 181.3 million tonnes of soybeans and other oilseeds, broadly flat on the year.');
    expect(row(rows, 181.3e6)).toMatchObject({ yoy_pct: 0 });
  });
  it('reads "roughly flat from a year earlier" as 0, as before', () => {
    const rows = rowsOf('Coal imports in April reached 62.4 million tonnes, roughly flat from a year earlier.');
    expect(row(rows, 62.4e6)).toMatchObject({ yoy_pct: 0 });
  });
  it('leaves "little changed" without a change', () => {
    const rows = rowsOf('Coal imports in April reached 62.4 million tonnes, little changed from a year earlier.');
    expect(row(rows, 62.4e6)?.yoy_pct ?? null).toBeNull();
  });
});

describe('a change leading into a price quoted per thing, with a bracketed conversion between, is the price\'s', () => {
  it('drops the change of a futures price written "to 784 yuan ($108.06) a ton"', () => {
    const rows = rowsOf('Benchmark May iron ore on the Dalian exchange climbed 2.6% to 812 yuan ($112.40) a ton on Tuesday.', '2026-05-12');
    expect(rows.filter((r) => r.yoy_pct === 2.6)).toEqual([]);
  });
  it('keeps the change of a trade level in the next sentence', () => {
    const rows = rowsOf('Soybean meal for July delivery on the Dalian exchange fell 2.4 percent to 3,120 yuan (434 dollars) per tonne. Soybean imports in April fell 2.4 percent to 8.1 million tonnes.');
    expect(row(rows, 8.1e6)).toMatchObject({ yoy_pct: -2.4, flow: 'import' });
    expect(rows).toHaveLength(1);
  });
});

describe('a share of the firms themselves is no trade share', () => {
  it('drops "N percent of the province\'s key foreign trade enterprises had resumed work"', () => {
    const rows = rowsOf('In the first quarter, the province\'s foreign trade reached 31.6 billion yuan. According to the customs office, 88 percent of the region\'s key foreign trade firms had reopened by mid-March.', '2020-04-20');
    expect(rows.find((r) => r.value === 88)).toBeUndefined();
    expect(row(rows, 31.6e9)).toBeDefined();
  });
  it('keeps a share of the firms\' own exports', () => {
    const rows = rowsOf('In the first quarter, the province\'s exports reached 12.4 billion yuan, and 64 percent of private firms\' exports went to ASEAN markets.', '2020-04-20');
    expect(rows.find((r) => r.value === 64)).toBeDefined();
  });
});

describe('the border trade modes each get their own breakdown', () => {
  const text = 'NANNING, May 12 -- In the first four months, the region\'s foreign trade reached 210.5 billion yuan, up 6.2 percent year on year. '
    + 'General trade came to 96.1 billion yuan, up 4.1 percent, while border small-volume trade reached 41.7 billion yuan, up 13.5 percent. '
    + 'Small-scale border trade with Myanmar totaled 8.3 billion yuan. Border residents\' mutual trade stood at 19.2 billion yuan, up 2.4 percent. '
    + 'Mutual trade of border residents through the Dongxing crossing came to 6.5 billion yuan.';
  it('reads the three translations of small-amount trade as one mode', () => {
    const rows = rowsOf(text);
    expect(row(rows, 41.7e9)?.breakdown).toBe('trade mode: border small-amount trade');
    expect(row(rows, 8.3e9)?.breakdown).toBe('trade mode: border small-amount trade');
    expect(row(rows, 96.1e9)?.breakdown).toBe('trade mode: general trade');
  });
  it('reads residents\' trade, mutual or not, as one mode', () => {
    const rows = rowsOf(text);
    expect(row(rows, 19.2e9)?.breakdown).toBe("trade mode: border residents' trade");
    expect(row(rows, 6.5e9)?.breakdown).toBe("trade mode: border residents' trade");
  });
  it('keeps plain border trade, and not a mode listed in its bracket', () => {
    const rows = rowsOf('In the first four months, border trade (border small-amount trade together with border residents\' trade) came to 52.8 billion yuan, up 9.9 percent year on year.');
    expect(row(rows, 52.8e9)?.breakdown).toBe('trade mode: border trade');
  });
});

describe('"the year through" a month after a fiscal year ending in that month is that fiscal year', () => {
  it('reads exports "in the year through March" after fiscal 2025 as April 2025 to March 2026', () => {
    const rows = rowsOf('TOKYO, April 22 -- Japan ran a trade deficit of 2.91 trillion yen in fiscal 2025, the Finance Ministry said. Exports in the year through March grew 3.1 percent to 108.4 trillion yen.', '2026-04-22');
    expect(row(rows, 108.4e12)).toMatchObject({ period_start: '2025-04', period_end: '2026-03', yoy_pct: 3.1 });
  });
  it('keeps "the year through September" with no fiscal year before as January to September', () => {
    const rows = rowsOf('For the year through September, China brought in 82.6 million tonnes of soybeans, up 2.2 percent.', '2026-10-14');
    expect(row(rows, 82.6e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-09' });
  });
});

describe('a verdict of pace against forecasts ("slower than expected") leaves the growth year-on-year', () => {
  it('keeps 12.4% as the year-on-year change of imports "weaker than expected"', () => {
    const rows = rowsOf('BEIJING, May 12 (Reuters) - Imports in April rose 12.4% to $201.3 billion, weaker than expected, customs data showed.', '2026-05-12');
    expect(row(rows, 201.3e9)).toMatchObject({ yoy_pct: 12.4 });
  });
  it('still reads "4.1% higher than expected" as no year-on-year change', () => {
    const rows = rowsOf('BEIJING, May 12 (Reuters) - Exports in April were 4.1% higher than expected at $288.6 billion.', '2026-05-12');
    expect(row(rows, 288.6e9)?.yoy_pct ?? null).toBeNull();
  });
});

describe('a facility of the port pointed back to, placed on a cross-border railway, is the port\'s', () => {
  const lead = 'MOHAN, July 9 -- Mohan Port in Yunnan cleared 3.4 million tonnes of goods in the first half of 2026. ';
  it('gives "the port\'s railway station on the China-Laos Railway" the port', () => {
    const rows = rowsOf(lead + 'The port\'s freight station on the China-Laos Railway handled 2,240 cross-border trains in the half.', '2026-07-09');
    expect(row(rows, 2240)).toMatchObject({ area: 'Mohan Port' });
  });
  it('keeps trains on the railway itself as the railway\'s', () => {
    const rows = rowsOf(lead + 'Trains on the China-Laos Railway made 2,240 cross-border trips in the half.', '2026-07-09');
    expect(row(rows, 2240)).toMatchObject({ area: 'China-Laos Railway' });
  });
});

describe('a share right after its level (", or N percent") is the level\'s place\'s', () => {
  it('keeps a town named in an aside before them off the share', () => {
    const rows = rowsOf('HEFEI, May 12 -- In the first four months, imports of east China\'s Anhui Province reached 41.3 billion yuan. Iron ore, shipped mainly to the steel mills of Ma\'anshan, stayed the province\'s biggest import at 9.8 billion yuan, or 23.7 percent of all imports.', '2026-05-12');
    const level = row(rows, 9.8e9);
    expect(level).toBeDefined();
    expect(row(rows, 23.7)).toMatchObject({ area: level?.area });
  });
});
