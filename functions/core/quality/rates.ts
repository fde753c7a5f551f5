/**
 * CNY per USD, derived from the store itself: wherever the same series and period is stated in
 * both currencies (GACC publishes its totals in both), the pair implies a rate. The rate of a
 * period is the median of its pairs, so one wrong figure cannot move it; with too few pairs the
 * wide fallback band of the configuration applies.
 */
import type { QualityConfig } from './config.js';
import { groupBy, slotOf, valueBounds, type QualityRow } from './rows.js';

/** A CNY row and a USD row of the same series and period. */
export interface CurrencyTwin {
  cny: QualityRow;
  usd: QualityRow;
  /** The rate interval the two printed figures allow. */
  rate: [number, number];
}

const usable = (row: QualityRow) => row.measure === 'value' && row.value !== null && row.value > 0 && row.period_start !== '';

/** Every CNY/USD pair of the same series and period. */
export function currencyTwins(rows: QualityRow[]): CurrencyTwin[] {
  const twins: CurrencyTwin[] = [];
  // A twin needs both currencies: rows in only one of them have none.
  if (!rows.some((r) => r.unit === 'CNY') || !rows.some((r) => r.unit === 'USD')) return twins;
  for (const slot of groupBy(rows.filter(usable), slotOf).values()) {
    const cny = slot.filter((r) => r.unit === 'CNY');
    const usd = slot.filter((r) => r.unit === 'USD');
    for (const c of cny) {
      for (const u of usd) {
        const [cLo, cHi] = valueBounds(c);
        const [uLo, uHi] = valueBounds(u);
        twins.push({ cny: c, usd: u, rate: [cLo / uHi, cHi / uLo] });
      }
    }
  }
  return twins;
}

/** The accepted band of one period: derived from its twins, or the fallback. */
export interface RateBand {
  band: [number, number];
  /** 'derived' from this many pairs, or 'fallback'. */
  basis: string;
  median: number | null;
}

/** The band for each period (`start..end`) that has twins. */
export function rateBands(twins: CurrencyTwin[], config: QualityConfig): Map<string, RateBand> {
  const bands = new Map<string, RateBand>();
  for (const [period, pairs] of groupBy(twins, (t) => `${t.cny.period_start}..${t.cny.period_end}`)) {
    if (pairs.length < config.twin_min_pairs) {
      bands.set(period, { band: config.fallback_cny_per_usd, basis: 'fallback', median: null });
      continue;
    }
    const mids = pairs.map((t) => (t.rate[0] + t.rate[1]) / 2).sort((a, b) => a - b);
    const median = mids.length % 2 ? mids[(mids.length - 1) / 2] : (mids[mids.length / 2 - 1] + mids[mids.length / 2]) / 2;
    const slack = config.twin_band_pct / 100;
    bands.set(period, { band: [median * (1 - slack), median * (1 + slack)], basis: `derived from ${pairs.length} pairs`, median });
  }
  return bands;
}

const twinsByRows = new WeakMap<QualityRow[], CurrencyTwin[]>();
const bandsByRows = new WeakMap<QualityRow[], Map<string, RateBand>>();

/** The currency twins among `rows`, found once per set of rows. */
export function currencyTwinsOf(rows: QualityRow[]): CurrencyTwin[] {
  let twins = twinsByRows.get(rows);
  if (!twins) twinsByRows.set(rows, (twins = currencyTwins(rows)));
  return twins;
}

/** The rate band of every period with twins among `rows`, computed once per set of rows. */
export function rateBandsOf(rows: QualityRow[], config: QualityConfig): Map<string, RateBand> {
  let bands = bandsByRows.get(rows);
  if (!bands) bandsByRows.set(rows, (bands = rateBands(currencyTwinsOf(rows), config)));
  return bands;
}

/** Whether a unit is one of the two currencies whose rate the store can derive. */
export const isTwinCurrency = (unit: string): unit is 'CNY' | 'USD' => unit === 'CNY' || unit === 'USD';

/**
 * The interval a money figure stands for in another currency, at the band of its period (the
 * fallback band when the store holds too few twins of it); its own interval when the unit is the same.
 */
export function boundsIn(row: Pick<QualityRow, 'value' | 'qualifier' | 'source_quote' | 'period_start' | 'period_end' | 'unit'>, unit: string, bands: Map<string, RateBand>, config: QualityConfig): [number, number] {
  const [lo, hi] = valueBounds(row);
  if (row.unit === unit) return [lo, hi];
  const [rLo, rHi] = bands.get(`${row.period_start}..${row.period_end}`)?.band ?? config.fallback_cny_per_usd;
  if (row.unit === 'USD' && unit === 'CNY') return [Math.min(lo * rLo, lo * rHi), Math.max(hi * rHi, hi * rLo)];
  if (row.unit === 'CNY' && unit === 'USD') return [Math.min(lo / rHi, lo / rLo), Math.max(hi / rLo, hi / rHi)];
  throw new Error(`cannot convert ${row.unit} to ${unit}`);
}
