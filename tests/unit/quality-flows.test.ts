/**
 * The quality stage on the flows of one series: last year's figures implied by the growth rates
 * add up (and point at exports and imports the other way round), yuan and dollars are compared
 * at the rate band, prose figures may be cut rather than rounded, partners' balances are no
 * parts of a total, and a total many comparisons confirm is not the one blamed.
 */
import { describe, expect, it } from 'vitest';
import type { Observation, ObservationDraft } from '../../functions/core/contract.js';
import { observationFromDraft } from '../../functions/core/normalize/revisions.js';
import { assessQuality, type QualityAssessment } from '../../functions/core/quality/assess.js';
import { DEFAULT_QUALITY_CONFIG } from '../../functions/core/quality/config.js';

const PROSE = 'Exports rose to 1.35 trillion yuan, while imports fell slightly.';

/** A row through the real draft → observation path. */
function obs(over: Partial<ObservationDraft>): Observation {
  const draft: ObservationDraft = {
    dataset: 'trade-news', area: 'Shanghai', partner: 'World', flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value',
    period_start: '2026-01', period_end: '2026-09', value: 1, unit: 'CNY', qualifier: 'exact', yoy_pct: null,
    release_id: 'rel-1', source_url: 'https://example.test/1', source_quote: PROSE, published: '2026-10-20', quote_start: null, quote_end: null, ...over,
  };
  return observationFromDraft(draft, 1);
}

const assess = (rows: Observation[]): QualityAssessment => assessQuality({ dataset: rows[0].dataset, rows, config: DEFAULT_QUALITY_CONFIG });
const checksFound = (a: QualityAssessment) => [...new Set(a.findings.map((f) => `${f.check}:${f.outcome}`))].sort();
const held = (a: QualityAssessment) => a.verdicts.filter((v) => v.held).map((v) => `${v.row.flow} ${v.row.value} ${v.row.unit}`).sort();

describe('growth adds up', () => {
  // Last year: 1.35/1.069 + 1.86/0.994 = 3.134 trillion, and 3.21/1.024 = 3.135 trillion.
  const exp = obs({ value: 1_350_000_000_000, yoy_pct: 6.9 });
  const imp = obs({ flow: 'import', value: 1_860_000_000_000, yoy_pct: -0.6 });
  const total = obs({ flow: 'total', value: 3_210_000_000_000, yoy_pct: 2.4 });

  it("accepts growth rates whose implied last-year figures add up like this year's", () => {
    expect(checksFound(assess([exp, imp, total]))).toEqual([]);
  });

  it('holds back exports and imports the other way round, though their sum still makes the total', () => {
    const a = assess([{ ...exp, value: imp.value }, { ...imp, value: exp.value }, total]);
    expect(checksFound(a)).toEqual(['growth-adds-up:fail']);
    expect(a.findings[0].message).toMatch(/it would add up if the export and import figures were the other way round/);
    expect(held(a)).toEqual(['export 1860000000000 CNY', 'import 1350000000000 CNY']);
  });

  it('only warns when no exchange explains the difference (a revised base or a loosely rounded rate)', () => {
    const a = assess([exp, imp, { ...total, yoy_pct: 5.0 }]);
    expect(checksFound(a)).toEqual(['growth-adds-up:warn']);
    expect(held(a)).toEqual([]);
  });
});

describe('flows across currencies', () => {
  const imp = obs({ flow: 'import', value: 1_290_000_000_000 });
  const total = obs({ flow: 'total', value: 2_840_000_000_000 });

  it('accepts dollar exports with yuan imports and total at a plausible rate', () => {
    expect(checksFound(assess([obs({ value: 218_300_000_000, unit: 'USD' }), imp, total]))).toEqual([]);
  });

  it('holds back only the figure that adds up once it is read in the other currency', () => {
    const relabelled = obs({ value: 1_550_000_000_000, unit: 'USD' });
    const a = assess([relabelled, imp, total]);
    expect(checksFound(a)).toEqual(['flows-add-up:fail']);
    expect(a.findings[0].message).toMatch(/in CNY at the rate band .* it would add up if 1550000000000 were in CNY, not USD/);
    expect(held(a)).toEqual(['export 1550000000000 USD']);
  });
});

describe('printed rounding of prose', () => {
  const parts = (source_quote: string) => [obs({ value: 8_980_000_000, source_quote }), obs({ flow: 'import', value: 17_590_000_000, source_quote })];

  it('lets a total in prose be cut rather than rounded (26.5 billion for 26.57), not a table cell', () => {
    expect(checksFound(assess([...parts(PROSE), obs({ flow: 'total', value: 26_500_000_000 })]))).toEqual([]);
    const cell = 'Total | Exports 1 to 9';
    expect(checksFound(assess([...parts(cell), obs({ flow: 'total', value: 26_500_000_000, source_quote: cell })]))).toEqual(['flows-add-up:fail']);
  });
});

describe('partners of a total', () => {
  it("does not bound the balance with a country by the total balance: partners' balances can be negative", () => {
    const balance = (partner: string, value: number) => obs({ flow: 'balance', partner, value });
    expect(checksFound(assess([balance('World', -1_436_800_000_000), balance('United States', 512_800_000_000), balance('Germany', -20_000_000_000)]))).toEqual([]);
  });

  it('blames the country that exceeds the world total, not the total that exports plus imports confirm', () => {
    const world = obs({ value: 100_000_000_000 });
    const rows = [world, obs({ flow: 'import', value: 80_000_000_000 }), obs({ flow: 'total', value: 180_000_000_000 }), obs({ partner: 'Kazakhstan', value: 2_000_000_000 }), obs({ partner: 'Germany', value: 150_000_000_000 })];
    const a = assess(rows);
    expect(checksFound(a)).toEqual(['parts-and-totals:fail']);
    expect(a.verdicts.filter((v) => v.held).map((v) => v.row.partner)).toEqual(['Germany']);
  });
});

describe('a part within its whole', () => {
  const world = obs({ value: 500_000_000_000, partner: 'World' });
  it('accepts a partner group and a commodity below the world and all-goods figures, and fails one above', () => {
    const asean = obs({ partner: 'ASEAN', value: 80_000_000_000 });
    const durians = obs({ commodity: 'durians', value: 3_240_000_000 });
    expect(checksFound(assess([world, asean, durians]))).toEqual([]);
    const a = assess([world, { ...asean, value: 800_000_000_000 }]);
    expect(checksFound(a)).toEqual(['part-within-whole:fail']);
    expect(a.findings[0].message).toMatch(/^ASEAN within World/);
  });
});

describe('growth adds up only where this year adds up', () => {
  it('leaves a wrong total to flows-add-up rather than reading it as exports and imports swapped', () => {
    const rows = [obs({ value: 1_350_000_000_000, yoy_pct: 6.9 }), obs({ flow: 'import', value: 1_860_000_000_000, yoy_pct: -0.6 }), obs({ flow: 'total', value: 3_910_000_000_000, yoy_pct: 2.4 })];
    const a = assess(rows);
    expect(checksFound(a)).toEqual(['flows-add-up:fail']);
  });
});

describe('month adds to the year-to-date figure', () => {
  const ytd = (end: string, value: number, release = 'rel-1') => obs({ period_start: '2026-01', period_end: end, value, release_id: release, source_quote: 'Total | Exports 1 to 9' });
  const month = (m: string, value: number, release = 'rel-1') => obs({ period_start: m, period_end: m, value, release_id: release, source_quote: 'Total | Exports 9' });

  it('accepts January to September as January to August plus September, and fails a changed digit', () => {
    expect(checksFound(assess([ytd('2026-08', 2_172_411_000), month('2026-09', 302_118_000), ytd('2026-09', 2_474_529_000)]))).toEqual([]);
    const a = assess([ytd('2026-08', 2_172_411_000), month('2026-09', 302_118_000), ytd('2026-09', 2_474_569_000)]);
    expect(checksFound(a)).toEqual(['month-adds-to-cumulative:fail']);
    expect(a.findings[0].message).toMatch(/^2026-01\.\.2026-08 plus 2026-09: the parts add up to 2474529000 but the total is 2474569000/);
  });

  it('lets the earlier months of another release differ by the revision slack', () => {
    expect(checksFound(assess([ytd('2026-08', 2_170_411_000, 'rel-0'), month('2026-09', 302_118_000), ytd('2026-09', 2_474_529_000)]))).toEqual([]);
  });
});
