/**
 * The quality stage: each named check with a figure it must accept and one it must flag, blame
 * within a failing sum, review decisions, and the bundled sample source (real extractors) clean.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Observation, ObservationDraft } from '../../functions/core/contract.js';
import { extractRelease } from '../../functions/core/extract/index.js';
import { observationFromDraft } from '../../functions/core/normalize/revisions.js';
import { assessQuality, type QualityAssessment } from '../../functions/core/quality/assess.js';
import { DEFAULT_QUALITY_CONFIG, QualityConfig } from '../../functions/core/quality/config.js';
import { qualityDocument } from '../../functions/core/quality/report.js';
import type { ReviewDecision } from '../../functions/core/quality/review.js';
import { printedPrecision, valueBounds } from '../../functions/core/quality/rows.js';

const DS = 'trade-tables';
const NEWS = 'trade-news';

/** A row through the real draft → observation path (ids and derived columns as normalize makes them). */
function obs(over: Partial<ObservationDraft> & { revision?: number }): Observation {
  const { revision = 1, ...fields } = over;
  const draft: ObservationDraft = {
    dataset: DS, area: 'China', partner: 'World', flow: 'export', commodity: 'all goods', breakdown: '', measure: 'value',
    period_start: '2025-10', period_end: '2025-10', value: 100_000_000_000, unit: 'USD', qualifier: 'exact', yoy_pct: null,
    release_id: 'rel-1', source_url: 'https://example.test/1', source_quote: 'TOTAL | Exports 10', published: '2025-11-20', quote_start: null, quote_end: null, ...fields,
  };
  return observationFromDraft(draft, revision);
}

function assess(rows: Observation[], options: { dataset?: string; config?: Partial<QualityConfig>; decisions?: ReviewDecision[]; previous?: Observation[] } = {}): QualityAssessment {
  return assessQuality({
    dataset: options.dataset ?? DS,
    rows,
    config: QualityConfig.parse(options.config ?? {}),
    decisions: options.decisions,
    previousRevisions: new Map((options.previous ?? []).map((r) => [`${r.dataset}/${r.observation_id}`, r])),
  });
}

const outcomeOf = (a: QualityAssessment, row: Observation) => a.verdicts.find((v) => v.row.observation_id === row.observation_id && v.row.dataset === row.dataset)!;
const heldIds = (a: QualityAssessment) => a.verdicts.filter((v) => v.held).map((v) => v.row.observation_id).sort();
const checksFound = (a: QualityAssessment) => [...new Set(a.findings.map((f) => `${f.check}:${f.outcome}`))].sort();

describe('printed rounding', () => {
  it('reads the precision of a figure from its trailing zeros, never coarser than a tenth of it', () => {
    expect(printedPrecision(217_530_114_000)).toBe(1000);
    expect(printedPrecision(2_170_000_000_000)).toBe(10_000_000_000);
    expect(printedPrecision(300_000)).toBe(10_000);
    expect(printedPrecision(12.4)).toBeCloseTo(0.1);
    expect(valueBounds({ value: 300_000, qualifier: 'more_than' })).toEqual([300_000, 325_000]);
    expect(valueBounds({ value: 600e9, qualifier: 'about' })).toEqual([565e9, 635e9]);
  });
});

describe('sign', () => {
  it('holds back a negative export and accepts a negative balance', () => {
    const exp = obs({ value: -5_000_000 });
    const balance = obs({ flow: 'balance', value: -5_000_000 });
    const a = assess([exp, balance]);
    expect(outcomeOf(a, exp)).toMatchObject({ outcome: 'fail', held: true });
    expect(outcomeOf(a, balance)).toMatchObject({ outcome: 'pass', held: false });
  });
});

describe('currency twins', () => {
  it('accepts a yuan and dollar pair at a plausible rate and holds back one that implies 9.9 yuan per dollar', () => {
    const usd = obs({ value: 217_530_114_000 });
    expect(checksFound(assess([usd, obs({ dataset: NEWS, unit: 'CNY', value: 1_550_000_000_000 })]))).toEqual([]);
    const a = assess([usd, obs({ dataset: NEWS, unit: 'CNY', value: 2_170_000_000_000 })]);
    expect(checksFound(a)).toEqual(['currency-twins:fail']);
    expect(a.findings[0].message).toMatch(/9\.97\d? yuan per dollar, outside the fallback band 5\.8-8\.4/);
    expect(heldIds(a)).toEqual([usd.observation_id]);
  });

  it('derives the band of a period from the pairs the store holds, so a rate inside the fallback band but off the derived one fails', () => {
    const pair = (commodity: string, usd: number, rate: number) => [obs({ commodity, value: usd }), obs({ commodity, value: Math.round(usd * rate / 1e6) * 1e6, unit: 'CNY', dataset: NEWS })];
    const rows = [...pair('all goods', 300e9, 7.1), ...pair('steel', 10e9, 7.12), ...pair('textiles', 20e9, 7.09), ...pair('toys', 5e9, 7.6)];
    const a = assess(rows);
    expect(a.findings.map((f) => f.rows.map((r) => r.commodity)[0])).toEqual(['toys']);
    expect(a.findings[0].evidence.basis).toBe('derived from 4 pairs');
  });
});

describe('implied growth', () => {
  const before = obs({ period_start: '2024-10', period_end: '2024-10', value: 210_580_000_000 });
  it('accepts a growth rate that matches last year within the rounding of both figures', () => {
    const now = obs({ value: 217_530_114_000, yoy_pct: 3.3 });
    expect(checksFound(assess([before, now]))).toEqual([]);
  });
  it('fails a figure whose stated growth is far from the one last year implies', () => {
    const now = obs({ value: 2_175_301_140_000, yoy_pct: 3.3 });
    const a = assess([before, now]);
    expect(checksFound(a)).toEqual(['implied-growth:fail']);
    expect(a.findings[0].evidence).toMatchObject({ stated_yoy_pct: 3.3 });
  });
  it('only warns when the difference is small enough to be a revised base', () => {
    const now = obs({ value: 217_530_114_000, yoy_pct: 2.0 });
    expect(checksFound(assess([before, now]))).toEqual(['implied-growth:warn']);
  });
});

describe('month and cumulative', () => {
  const ytd = obs({ period_start: '2025-01', period_end: '2025-10', value: 3_125_770_402_000 });
  it('accepts a month below its year-to-date figure and fails one above it', () => {
    expect(checksFound(assess([ytd, obs({ value: 217_530_114_000 })]))).toEqual([]);
    const a = assess([ytd, obs({ value: 217_530_114_000_000 })]);
    expect(checksFound(a)).toEqual(['month-within-cumulative:fail']);
  });
  it('fails a year-to-date figure larger than a later one of the same year', () => {
    const september = obs({ period_start: '2025-01', period_end: '2025-09', value: 29_000_000_000_000 });
    expect(checksFound(assess([ytd, september]))).toEqual(['cumulative-grows:fail']);
    expect(checksFound(assess([ytd, obs({ period_start: '2025-01', period_end: '2025-09', value: 2_900_000_000_000 })]))).toEqual([]);
  });
});

describe('parts and totals', () => {
  const regime = (label: string, value: number) => obs({ breakdown: `customs regime: ${label}`, value });
  const parts = [regime('Ordinary Trade', 140_118_203_000), regime('Processing with Imported Materials', 48_210_554_000), regime('Border Trade', 4_118_007_000), regime('Other', 25_083_350_000)];
  const total = obs({ value: 217_530_114_000 });

  it('accepts parts that add up to the total to the last printed digit', () => {
    expect(checksFound(assess([total, ...parts]))).toEqual([]);
  });

  it('fails a total with one changed digit beyond what the rounding of six printed figures allows', () => {
    expect(checksFound(assess([obs({ value: 217_530_116_000 }), ...parts]))).toEqual([]);
    const a = assess([obs({ value: 217_530_184_000 }), ...parts]);
    expect(checksFound(a)).toEqual(['parts-and-totals:fail']);
  });

  it('blames only the part that is ten times too large when its own year-to-date figure and the yuan twin of the total rule the others out', () => {
    const wrong = regime('Border Trade', 41_180_070_000);
    const borderYtd = obs({ breakdown: 'customs regime: Border Trade', period_start: '2025-01', period_end: '2025-10', value: 38_221_560_000 });
    const twin = obs({ dataset: NEWS, unit: 'CNY', value: 1_550_000_000_000 });
    const a = assess([total, twin, parts[0], parts[1], wrong, parts[3], borderYtd]);
    expect(heldIds(a)).toEqual([wrong.observation_id]);
    expect(outcomeOf(a, parts[0])).toMatchObject({ outcome: 'warn', held: false });
  });

  it('holds back every row that could be the wrong one when nothing tells them apart, but not a part that would have to be negative', () => {
    const wrong = regime('Border Trade', 41_180_070_000);
    const held = heldIds(assess([total, parts[0], parts[1], wrong, parts[3]]));
    expect(held).toEqual([total, parts[0], parts[1], wrong].map((r) => r.observation_id).sort());
    expect(held).not.toContain(parts[3].observation_id);
  });

  it('adds nested enterprise types to their parent and the parent to the total', () => {
    const type = (label: string, value: number) => obs({ breakdown: `enterprise type: ${label}`, value, period_start: '2022-01', period_end: '2022-03' });
    const all = obs({ value: 1_000_000_000, period_start: '2022-01', period_end: '2022-03' });
    const rows = [all, type('State-owned', 200e6), type('Foreign-invested', 350e6), type('Chinese-foreign contractual joint venture', 1e6), type('Chinese-foreign equity joint venture', 100e6), type('Wholly foreign-owned', 249e6), type('Private', 400e6), type('Other', 50e6)];
    expect(checksFound(assess(rows))).toEqual([]);
    const wrong = type('Wholly foreign-owned', 294e6);
    expect(checksFound(assess([...rows.slice(0, 5), wrong, ...rows.slice(6)]))).toEqual(['parts-and-totals:fail']);
  });

  it('does not fail a column one part short of the table (a lost cell) for adding up to less than its total', () => {
    const ytd = (label: string, value: number) => obs({ breakdown: `customs regime: ${label}`, value, period_start: '2025-01', period_end: '2025-10' });
    const ytdTotal = obs({ value: 3_125_770_402_000, period_start: '2025-01', period_end: '2025-10' });
    const column = [ytdTotal, ytd('Ordinary Trade', 2_019_441_730_000), ytd('Processing with Imported Materials', 702_118_390_000), ytd('Border Trade', 38_221_560_000)];
    expect(checksFound(assess([total, ...parts, ...column]))).toEqual([]);
    expect(checksFound(assess([total, ...parts, ...column.slice(0, 3), ytd('Border Trade', 738_221_560_000)]))).toEqual(['parts-and-totals:fail']);
  });

  it('lets the parts a press release names add up to less than the total, never more', () => {
    const sentence = { source_quote: 'Of the total, general trade reached 140 billion dollars.', release_id: 'news-1' };
    expect(checksFound(assess([{ ...total, ...sentence }, { ...parts[0], ...sentence }, { ...parts[1], ...sentence }]))).toEqual([]);
    expect(checksFound(assess([{ ...total, ...sentence }, { ...parts[0], ...sentence, value: 240e9 }, { ...parts[1], ...sentence }]))).toEqual(['parts-and-totals:fail']);
  });

  it('lets selected commodities add up to less than the total but not more', () => {
    const goods = (commodity: string, value: number) => obs({ breakdown: `commodity group: ${commodity}`, value });
    expect(checksFound(assess([total, goods('steel', 10e9), goods('toys', 5e9)]))).toEqual([]);
    expect(checksFound(assess([total, goods('steel', 200e9), goods('toys', 50e9)]))).toEqual(['parts-and-totals:fail']);
  });

  it('never lets single partner countries add up to more than the world total', () => {
    const country = (partner: string, value: number) => obs({ partner, value });
    expect(checksFound(assess([total, country('Kazakhstan', 2e9), country('Germany', 15e9)]))).toEqual([]);
    expect(checksFound(assess([total, country('Kazakhstan', 2e12), country('Germany', 15e9)]))).toEqual(['parts-and-totals:fail']);
  });
});

describe('flows add up', () => {
  const exp = obs({ value: 1_550_000_000_000, unit: 'CNY' });
  const imp = obs({ flow: 'import', value: 1_290_000_000_000, unit: 'CNY' });
  it('accepts exports plus imports equal to total trade and exports minus imports equal to the balance', () => {
    expect(checksFound(assess([exp, imp, obs({ flow: 'total', value: 2_840_000_000_000, unit: 'CNY' }), obs({ flow: 'balance', value: 260_000_000_000, unit: 'CNY' })]))).toEqual([]);
  });
  it('fails a balance with the wrong sign (swapped flows)', () => {
    expect(checksFound(assess([exp, imp, obs({ flow: 'balance', value: -260_000_000_000, unit: 'CNY' })]))).toEqual(['flows-add-up:fail']);
  });
});

describe('share of total', () => {
  const total = obs({ value: 100e9 });
  const part = obs({ partner: 'Kazakhstan', value: 16.4e9 });
  it('accepts a share that matches part over whole and warns (not holds) on one a little off', () => {
    expect(checksFound(assess([total, part, obs({ partner: 'Kazakhstan', measure: 'share', unit: 'percent-share', value: 16.4 })]))).toEqual([]);
    const a = assess([total, part, obs({ partner: 'Kazakhstan', measure: 'share', unit: 'percent-share', value: 19.4 })]);
    expect(checksFound(a)).toEqual(['share-of-total:warn']);
    expect(heldIds(a)).toEqual([]);
  });
  it('holds back a share more than twice off the part over the whole', () => {
    const share = obs({ partner: 'Kazakhstan', measure: 'share', unit: 'percent-share', value: 61.4 });
    const a = assess([total, part, share]);
    expect(checksFound(a)).toEqual(['share-of-total:fail']);
    expect(a.findings[0].message).toMatch(/is 16\.4%, more than 2 times off/);
    expect(heldIds(a).length).toBeGreaterThan(0);
  });
});

describe('same figure from two sources', () => {
  const table = obs({ value: 2_173_000_000_000, unit: 'CNY' });
  it('accepts a press release figure that is the table figure rounded', () => {
    expect(checksFound(assess([table, obs({ dataset: NEWS, value: 2_170_000_000_000, unit: 'CNY', published: '2025-11-07' })]))).toEqual([]);
  });
  it('warns when a later source revises the figure a little, fails when the two cannot both be right', () => {
    expect(checksFound(assess([table, obs({ dataset: NEWS, value: 2_250_000_000_000, unit: 'CNY', published: '2025-11-07' })]))).toEqual(['same-figure-two-sources:warn']);
    expect(checksFound(assess([table, obs({ dataset: NEWS, value: 217_000_000_000, unit: 'CNY', published: '2025-11-07' })]))).toEqual(['same-figure-two-sources:fail']);
  });
});

describe('revisions', () => {
  it('flags a revision that moves a figure by more than the configured share, as a warning by default', () => {
    const old = obs({ value: 100e9 });
    const revised = obs({ value: 160e9, revision: 2, release_id: 'rel-2' });
    const a = assess([revised], { previous: [old] });
    expect(checksFound(a)).toEqual(['large-revision:warn']);
    expect(a.findings[0].evidence).toMatchObject({ old_value: 100e9, new_value: 160e9, change_pct: 60 });
    const strict = assess([revised], { previous: [old], config: { hard_checks: ['large-revision'] } });
    expect(heldIds(strict)).toEqual([revised.observation_id]);
    expect(checksFound(assess([obs({ value: 110e9, revision: 2 })], { previous: [old] }))).toEqual([]);
  });
});

describe('review decisions', () => {
  const bad = obs({ value: -5_000_000 });
  const decision = (d: 'accept' | 'reject', revision = 1): ReviewDecision => ({ dataset: DS, observation_id: bad.observation_id, revision, decision: d, reason: 'checked the bulletin', by: 'ops', at: '2025-11-21T10:00:00Z' });
  it('publishes an accepted row, still reporting its failure; a decision on another revision does not apply', () => {
    expect(outcomeOf(assess([bad], { decisions: [decision('accept')] }), bad)).toMatchObject({ outcome: 'fail', held: false });
    expect(outcomeOf(assess([bad], { decisions: [decision('accept', 2)] }), bad)).toMatchObject({ held: true });
  });
  it('keeps a rejected row out even when it passes every check', () => {
    const fine = obs({ value: 5_000_000 });
    const a = assess([fine], { decisions: [{ ...decision('reject'), observation_id: fine.observation_id }] });
    expect(outcomeOf(a, fine)).toMatchObject({ outcome: 'pass', held: true });
  });
});

describe('quality.json', () => {
  it('says in words what was checked, what was held back and why', () => {
    const doc = qualityDocument(assess([obs({ value: -5_000_000 }), obs({ flow: 'import', value: 4e9 })]), { version: 3, created_at: '2025-11-21T10:00:00Z' }) as Record<string, any>;
    expect(doc.summary).toEqual({ rows_checked: 2, without_partner: 1, pass: 1, warn: 0, fail: 1, held_back: 1, accepted_by_review: 0, rejected_by_review: 0 });
    expect(doc.checks.map((c: { name: string }) => c.name)).toContain('currency-twins');
    expect(doc.held_back[0].reasons[0]).toMatch(/^sign: a export value cannot be negative/);
    expect(doc.configuration).toEqual(DEFAULT_QUALITY_CONFIG);
  });
});

describe('the bundled sample source', () => {
  const dir = fileURLToPath(new URL('../../bin/sample-source/', import.meta.url));
  const load = (file: string, dataset: string, published: string, kind: 'press-release' | 'statistical-table') => {
    const out = extractRelease(readFileSync(dir + file, 'utf8'), { dataset, release_id: file, source_url: file, published }, { kind, contentType: file.endsWith('.html') ? 'text/html' : 'text/plain' });
    if (!out.ok) throw new Error(out.reason);
    return out.rows.map((d) => observationFromDraft(d, 1));
  };
  const rows = () => [
    ...load('tables/customs-regime-2025-10.html', DS, '2025-11-20', 'statistical-table'),
    ...load('releases/national-october.txt', NEWS, '2025-11-07', 'press-release'),
    ...load('releases/xinjiang-q3-trade.html', NEWS, '2025-10-25', 'press-release'),
    ...load('releases/alashankou-trains.txt', NEWS, '2025-11-12', 'press-release'),
  ];

  it('passes every check: its yuan release, dollar table and regime parts agree', () => {
    const all = rows();
    for (const dataset of [DS, NEWS]) expect(assess(all, { dataset }).findings).toEqual([]);
    expect(assess(all).verdicts).toHaveLength(24);
  });

  it('holds back exactly the regime figure printed with a misplaced separator (ten times too large)', () => {
    const all = rows();
    const ordinary = all.find((r) => r.source_quote === 'Ordinary Trade | Exports 10')!;
    ordinary.value = ordinary.value! * 10;
    expect(heldIds(assess(all))).toEqual([ordinary.observation_id]);
  });
});
