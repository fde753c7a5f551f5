/**
 * The publish bench's synthetic dataset (publish.bench.ts): rows made from their number, month and revision, yielded
 * lazily in publish order.
 */
import { FLOWS, type Observation } from '../functions/core/contract.js';
import type { ObservationStore, ScanRange, UpsertSummary } from '../functions/core/ports.js';

export const DATASET = 'bench-trade';

const AREAS = ['China', 'Xinjiang', 'Horgos Port', 'Alashankou', 'Guangdong', 'Zhejiang', 'Shanghai', 'Jiangsu', 'Shandong', 'Fujian'];
const PARTNERS = ['World', 'ASEAN', 'European Union', 'United States', 'Japan', 'Korea', 'Kazakhstan', 'Russia', 'Brazil', 'India', 'Australia', 'Germany'];
const COMMODITIES = Array.from({ length: 120 }, (_, i) => (i === 0 ? 'all goods' : `HS ${String(i).padStart(2, '0')} commodity group ${i}`));

/** A deterministic pseudo-random integer for row i and a salt. */
function mix(i: number, salt: number): number {
  let x = (i * 2654435761 + salt * 40503) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 2246822507) >>> 0;
  return (x ^ (x >>> 13)) >>> 0;
}

/** Months the synthetic dataset spans (from 2009-01): a new month adds 1/MONTHS of the rows, like a monthly release. */
export const MONTHS = 200;
export const monthText = (m: number) => `${2009 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

/**
 * Row i of the random-figures dataset at a revision: a random cell, value and growth rate, so rows
 * collide (two rows of one cell in a month, a cell a year earlier with an unrelated figure) and the
 * quality gate holds about a tenth of them back. A stress case for the gate, not a customs dataset.
 * Rows come month by month, so the store yields them in publish order.
 */
function randomRow(i: number, revision: number, perMonth: number): Observation {
  const m = Math.floor(i / perMonth);
  const base = (mix(i, 3) % 10_000_000) * 1000;
  return monthRow(i, m, revision, {
    area: AREAS[mix(i, 4) % AREAS.length],
    partner: PARTNERS[mix(i, 5) % PARTNERS.length],
    flow: FLOWS[mix(i, 6) % 3],
    commodity: COMMODITIES[mix(i, 7) % COMMODITIES.length],
    breakdown: i % 3 === 0 ? 'customs regime: Ordinary Trade' : '',
    value: revision === 1 ? base : Math.round(base * 1.013),
    yoy_pct: i % 7 === 0 ? null : ((mix(i, 8) % 400) - 200) / 10,
    source_quote: `In ${monthText(m)}, exports of commodity group ${i % 120} to the partner reached ${base} yuan, "up" on the year.`,
    is_total: false,
  });
}

/** What a synthetic row's dataset says of its figure; the rest of the row follows from its number, month and revision. */
type RowFigure = Pick<Observation, 'area' | 'partner' | 'flow' | 'commodity' | 'breakdown' | 'value' | 'yoy_pct' | 'source_quote' | 'is_total'>;

/** Row i, of month m's release, at a revision: a monthly CNY value with the figure given. */
function monthRow(i: number, m: number, revision: number, figure: RowFigure): Observation {
  const period = monthText(m);
  return {
    observation_id: i.toString(16).padStart(20, '0'),
    dataset: DATASET,
    area: figure.area,
    partner: figure.partner,
    flow: figure.flow,
    commodity: figure.commodity,
    breakdown: figure.breakdown,
    measure: 'value',
    period_start: period,
    period_end: period,
    value: figure.value,
    unit: 'CNY',
    qualifier: 'exact',
    yoy_pct: figure.yoy_pct,
    status: revision > 1 ? 'revised' : 'preliminary',
    release_id: `bench-release-${m}`,
    source_url: `https://customs.example.test/releases/${m}.html`,
    source_quote: figure.source_quote,
    published: `${monthText(m + 1)}-07`,
    revision,
    period_type: 'month',
    partner_code: '',
    area_code: '',
    is_total: figure.is_total,
  };
}

/** How the synthetic figures are made: consistent series (what a customs dataset is) or random ones (a stress case for the gate). */
export type Figures = 'consistent' | 'random';

const CONSISTENT_FLOWS = ['export', 'import', 'total'] as const;
/** Partners that are totals (the world and groups of countries), as `is_total` marks them with all goods and no breakdown. */
const PARTNER_TOTALS = new Set(['World', 'ASEAN', 'European Union']);
/** Each partner's share of the world's figure: together 0.46, so however the seasons and a revision move them the parts stay below the whole. */
const PARTNER_SHARE = PARTNERS.map((_, k) => (k === 0 ? 1 : 0.02 + (0.04 * k) / (PARTNERS.length - 1)));
/** Each commodity group's share of all goods' figure (at most 0.65: below the whole as well). */
const COMMODITY_SHARE = COMMODITIES.map((_, c) => (c === 0 ? 1 : 0.05 + (0.6 * (mix(c, 12) % 1000)) / 1000));
const AREA_SCALE = AREAS.map((_, a) => 0.3 + (mix(a, 13) % 1000) / 1000);
/** The share of "customs regime: Ordinary Trade" in its cell without a breakdown. */
const ORDINARY_TRADE_SHARE = 0.6;
/** A revision moves both flows of a cell by this factor (the total follows: it is their sum). */
const REVISED = 1.013;
/** One row in this many (by id) states a growth rate off by WRONG_YOY_PP points: inconsistencies the gate must find. */
const WRONG_YOY_EVERY = 1000;
const WRONG_YOY_PP = 12.5;

/**
 * The cell of series s of a month: three flows (export, import, total) per base cell, and base
 * cells run through partners, areas, breakdowns and commodities, so the rows of a month are
 * distinct cells (up to 86,400 series a month) and a partner's, a commodity's and a flow's whole
 * is in the dataset wherever the series reach it.
 */
function seriesCell(s: number) {
  const b = Math.floor(s / 3);
  return { b, flow: s % 3, partner: b % PARTNERS.length, area: Math.floor(b / 12) % AREAS.length, breakdown: Math.floor(b / 120) % 2, commodity: Math.floor(b / 240) % COMMODITIES.length };
}

/**
 * The export (flow 0) or import (1) figure of series s in month m, in yuan (whole thousands): its
 * cell's level (the product of its partner's, commodity's, area's and breakdown's shares), a trend
 * all series share (+4.9 % a year) and a season of its own within ±12 % of it.
 */
function flowFigure(s: number, flow: 0 | 1, m: number, revision: number): number {
  const cell = seriesCell(s);
  const level = 1e6 * AREA_SCALE[cell.area] * PARTNER_SHARE[cell.partner] * COMMODITY_SHARE[cell.commodity] * (cell.breakdown ? ORDINARY_TRADE_SHARE : 1) * (flow === 0 ? 1.1 : 0.9);
  const own = cell.b * 2 + flow;
  const season = 1 + 0.08 * Math.sin((2 * Math.PI * (m + (mix(own, 14) % 12))) / 12) + 0.04 * Math.sin((2 * Math.PI * m) / (30 + (mix(own, 15) % 17)));
  return 1000 * Math.round(level * 1.004 ** m * season * (revision > 1 ? REVISED : 1));
}

/** Series s's figure in month m: exports, imports, or their sum. */
function seriesFigure(s: number, m: number, revision: number): number {
  const base = s - (s % 3);
  const flow = s % 3;
  return flow === 2 ? flowFigure(base, 0, m, revision) + flowFigure(base, 1, m, revision) : flowFigure(base, flow as 0 | 1, m, revision);
}

/**
 * Row i of the consistent dataset at a revision: series i mod perMonth in month i / perMonth. Its
 * growth rate is worked out from the figure twelve months before and rounded to 0.1 as releases
 * print it (a revision recomputes it; only the last months are revised, never a year before them),
 * totals are exports plus imports, and parts stay below their wholes; one row in WRONG_YOY_EVERY
 * states a wrong growth rate.
 */
function consistentRow(i: number, revision: number, perMonth: number): Observation {
  const m = Math.floor(i / perMonth);
  const s = i % perMonth;
  const cell = seriesCell(s);
  const period = monthText(m);
  const value = seriesFigure(s, m, revision);
  const partner = PARTNERS[cell.partner];
  const commodity = COMMODITIES[cell.commodity];
  const breakdown = cell.breakdown ? 'customs regime: Ordinary Trade' : '';
  const flow = CONSISTENT_FLOWS[cell.flow];
  const yearBefore = m >= 12 ? seriesFigure(s, m - 12, 1) : 0;
  const yoy = yearBefore > 0 ? Math.round((value / yearBefore - 1) * 1000) / 10 : null;
  return monthRow(i, m, revision, {
    area: AREAS[cell.area],
    partner,
    flow,
    commodity,
    breakdown,
    value,
    yoy_pct: yoy === null ? null : mix(i, 16) % WRONG_YOY_EVERY === 0 ? Math.round((yoy + WRONG_YOY_PP) * 10) / 10 : yoy,
    source_quote: `In ${period}, ${flow} of ${commodity} with ${partner} reached ${value} yuan.`,
    is_total: PARTNER_TOTALS.has(partner) && cell.commodity === 0 && breakdown === '',
  });
}

/**
 * Version 1 has `size` rows over MONTHS months. Version 2 is a monthly release: a new month is
 * appended (+0.5%), two thirds of the last three months' rows are revised (~1%) and a few rows of
 * the last month removed (~0.06%), about 1.5% of the rows in all. With consistent figures a
 * revision takes a whole cell (its exports, imports and total), so the sums still hold.
 */
export class SyntheticRowStore implements ObservationStore {
  phase: 1 | 2 = 1;
  private readonly perMonth: number;
  private readonly row: (i: number, revision: number) => Observation;
  private readonly revisedSeries: (i: number) => boolean;
  constructor(private readonly size: number, figures: Figures = 'consistent') {
    const perMonth = Math.max(1, Math.floor(size / MONTHS));
    this.perMonth = perMonth;
    if (figures === 'consistent' && perMonth > 3 * 12 * 10 * 2 * 120) throw new Error(`${perMonth} series a month: more than the consistent dataset's distinct cells`);
    this.row = figures === 'consistent' ? (i, revision) => consistentRow(i, revision, perMonth) : (i, revision) => randomRow(i, revision, perMonth);
    this.revisedSeries = figures === 'consistent' ? (i) => seriesCell(i % perMonth).b % 3 !== 0 : (i) => i % 3 !== 0;
  }

  private month = (i: number) => Math.floor(i / this.perMonth);
  private revised = (i: number) => this.phase === 2 && this.month(i) >= MONTHS - 3 && this.month(i) < MONTHS && this.revisedSeries(i);
  private removed = (i: number) => this.phase === 2 && this.month(i) === MONTHS - 1 && i % 9 === 0;
  private get last() {
    return this.phase === 2 ? this.size + this.perMonth : this.size;
  }

  async applyRelease(): Promise<UpsertSummary> {
    throw new Error('not used by the bench');
  }

  /** Rows read by every scan (a scan from a period reads only the rows from that period on). */
  rowsRead = 0;

  /** The first row of a range: rows come month by month, so a range starts at a month's first row. */
  private firstRow(range: ScanRange): number {
    const from = range.fromPeriodEnd;
    if (!from) return 0;
    let m = 0;
    while (monthText(m) < from && m * this.perMonth < this.last) m++;
    return m * this.perMonth;
  }

  /** The row after the last of a range (its last month's end). */
  private endRow(range: ScanRange): number {
    const through = range.throughPeriodEnd;
    if (through === undefined) return this.last;
    let m = 0;
    while (monthText(m) <= through && m * this.perMonth < this.last) m++;
    return Math.min(this.last, m * this.perMonth);
  }

  async *scan(_dataset?: string, range: ScanRange = {}): AsyncIterable<Observation> {
    this.scanStarted();
    for (let i = this.firstRow(range), end = this.endRow(range); i < end; i++) {
      this.rowsRead++;
      this.rowRead(i);
      if (!this.removed(i)) yield this.row(i, this.revised(i) ? 2 : 1);
    }
  }

  /** Told when a scan starts, and of each row it reads (the bench measures there). */
  protected scanStarted(): void {}
  protected rowRead(_i: number): void {}

  /** The periods the release of this version changes, as normalize marks them: every month for version 1; for version 2 a new month, revisions and removals in the last three. */
  changedPeriods(): string[] {
    if (this.phase === 1) return Array.from({ length: MONTHS }, (_, m) => monthText(m));
    return Array.from({ length: 4 }, (_, k) => monthText(MONTHS - 3 + k));
  }

  /** Rows by id (ids are row numbers in hex): publish looks up the rows the quality gate holds back. */
  async get(_dataset: string, ids: string[]): Promise<Observation[]> {
    const rows = ids.map((id) => parseInt(id, 16)).filter((i) => i < this.last && !this.removed(i));
    return rows.map((i) => this.row(i, this.revised(i) ? 2 : 1));
  }

  async *scanRevisions(_dataset?: string, range: ScanRange = {}): AsyncIterable<Observation> {
    for (let i = this.firstRow(range), end = this.endRow(range); i < end; i++) {
      yield this.row(i, 1);
      if (this.revised(i)) yield this.row(i, 2);
    }
  }
}
