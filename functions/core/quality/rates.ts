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
