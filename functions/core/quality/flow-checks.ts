/**
 * Checks on the flows of one series and period: exports plus imports make total trade, exports
 * minus imports make the balance, and the same holds for last year's figures each growth rate
 * implies. Figures in yuan and dollars are compared at the rate band of their period, so a press
 * release's yuan total checks a table's dollar exports and imports too.
 *
 * When a sum fails, two readings of the figures are tried, because they are the mistakes a flow
 * sum can point at: exports and imports the other way round, and one figure in the other currency.
 */
import type { QualityCheck } from './model.js';
import type { QualityConfig } from './config.js';
import { boundsIn, isTwinCurrency, rateBandsOf, type RateBand } from './rates.js';
import { gap, groupBy, seriesOf, statedPercentBounds, valueBounds, type QualityRow } from './rows.js';
import { checkIdentity, type Bounds, type Reading } from './sum-checks.js';

const flowFigure = (row: QualityRow) => row.value !== null && row.period_start !== '' && (row.measure === 'value' || row.measure === 'quantity' || row.measure === 'count');

const slotsByRows = new WeakMap<QualityRow[], QualityRow[][]>();
/** A row's series with the flow left out. */
const ANY_FLOW = { flow: 'other' } as const;

/**
 * Rows that must add up: one series but for the flow, one period, one unit (yuan and dollars
 * together); only slots with exports and imports, computed once per set of rows.
 */
function flowSlots(rows: QualityRow[]): QualityRow[][] {
  let slots = slotsByRows.get(rows);
  if (!slots) {
    const all = groupBy(rows.filter(flowFigure), (r) => `${seriesOf(r, ANY_FLOW)}|${isTwinCurrency(r.unit) ? 'money' : r.unit}|${r.period_start}|${r.period_end}`);
    slotsByRows.set(rows, (slots = [...all.values()].filter((slot) => hasFlow(slot, 'export') && hasFlow(slot, 'import'))));
  }
  return slots;
}

/** Whether a slot has a row of the flow. */
function hasFlow(slot: QualityRow[], flow: QualityRow['flow']): boolean {
  for (const r of slot) if (r.flow === flow) return true;
  return false;
}

/** The rows of a slot with one flow, in slot order (a loop: the checks ask for every slot of every period). */
function ofFlow(slot: QualityRow[], flow: QualityRow['flow']): QualityRow[] {
  const found: QualityRow[] = [];
  for (const r of slot) if (r.flow === flow) found.push(r);
  return found;
}

/** Every exports / imports / other-flow triple of a slot. */
function triples(slot: QualityRow[], other: 'total' | 'balance'): [QualityRow, QualityRow, QualityRow][] {
  const exports = ofFlow(slot, 'export');
  const imports = ofFlow(slot, 'import');
  const wholes = ofFlow(slot, other);
  const found: [QualityRow, QualityRow, QualityRow][] = [];
  for (const exp of exports) for (const imp of imports) for (const whole of wholes) found.push([exp, imp, whole]);
  return found;
}

/** Reading: the export and import figures exchanged. */
function swapped(exp: QualityRow, imp: QualityRow, bounds: (row: QualityRow, as: QualityRow) => [number, number]): Reading {
  return { words: 'if the export and import figures were the other way round', suspects: [exp, imp], bounds: (r) => (r === exp ? bounds(imp, exp) : r === imp ? bounds(exp, imp) : bounds(r, r)) };
}

/** Readings: each money figure taken in the other currency. */
function otherCurrency(rows: QualityRow[], read: (row: QualityRow, unit: string) => [number, number], convert: Bounds): Reading[] {
  return rows
    .filter((r) => isTwinCurrency(r.unit))
    .map((odd) => {
      const unit = odd.unit === 'CNY' ? 'USD' : 'CNY';
      return { words: `if ${odd.value} were in ${unit}, not ${odd.unit}`, suspects: [odd], bounds: (r: QualityRow) => (r === odd ? read(odd, unit) : convert(r)) };
    });
}

/** A row's bounds in `unit` at the rate bands of its period. */
function unitBounds(unit: string, bands: Map<string, RateBand>, config: QualityConfig): Bounds {
  return (r) => boundsIn(r, unit, bands, config);
}

/** The readings a failed flow sum tries: exports and imports exchanged, and each money figure in the other currency. */
function flowReadings(exp: QualityRow, imp: QualityRow, whole: QualityRow, convert: Bounds, bands: Map<string, RateBand>, config: QualityConfig): Reading[] {
  const unit = whole.unit;
  const read = (r: QualityRow, as: string) => boundsIn({ value: r.value, qualifier: r.qualifier, source_quote: r.source_quote, period_start: r.period_start, period_end: r.period_end, unit: as }, unit, bands, config);
  return [swapped(exp, imp, (value) => convert(value)), ...otherCurrency([exp, imp, whole], read, convert)];
}

/** Exports + imports = total trade; exports − imports = balance. */
export const flowsAddUpCheck: QualityCheck = {
  name: 'flows-add-up',
  description: 'Exports plus imports equal total trade, and exports minus imports equal the balance, for the same series and period, also across sources and currencies (yuan and dollars compared at the rate band of the period).',
  corroborates: false,
  run(ctx) {
    const bands = rateBandsOf(ctx.rows, ctx.config);
    for (const slot of flowSlots(ctx.rows)) {
      for (const other of ['total', 'balance'] as const) {
        for (const [exp, imp, whole] of triples(slot, other)) {
          const unit = whole.unit;
          const mixed = exp.unit !== unit || imp.unit !== unit;
          // Across currencies only where the slot has no exports and imports in the unit of the whole.
          if (mixed && slot.some((r) => r.flow === 'export' && r.unit === unit) && slot.some((r) => r.flow === 'import' && r.unit === unit)) continue;
          // Closures only where a mixed sum needs them: a sum in one unit reads printed rounding, and its readings are built when it fails.
          const convert: Bounds | undefined = mixed ? unitBounds(unit, bands, ctx.config) : undefined;
          checkIdentity(ctx, {
            check: 'flows-add-up',
            total: whole,
            terms: [{ row: exp, sign: 1 }, { row: imp, sign: other === 'total' ? 1 : -1 }],
            words: other === 'total' ? 'exports plus imports' : 'exports minus imports (balance)',
            bounds: mixed ? convert : undefined,
            about: mixed ? `in ${unit} at the rate band of ${whole.period_start}..${whole.period_end}` : undefined,
            readings: () => flowReadings(exp, imp, whole, convert ?? unitBounds(unit, bands, ctx.config), bands, ctx.config),
          });
        }
      }
    }
  },
};

/** Last year's figure a row implies: its figure ÷ (1 + its growth), over both intervals. */
function lastYear(row: QualityRow, value: QualityRow = row): [number, number] {
  const [lo, hi] = valueBounds(value);
  const [gLo, gHi] = statedPercentBounds(row, row.yoy_pct!);
  return [lo / (1 + gHi / 100), hi / (1 + gLo / 100)];
}

/** Last year's figure a row implies from its own figure (a Bounds made once, not per triple). */
const lastYearOf: Bounds = (row) => lastYear(row);

const withGrowth = (row: QualityRow) => row.yoy_pct !== null && row.yoy_pct > -100 && row.value !== null && row.value >= 0;

/** Last year's exports + imports = last year's total, each implied by its stated growth. */
export const growthAddsUpCheck: QualityCheck = {
  name: 'growth-adds-up',
  description: "Last year's figures that the stated growth rates imply add up as this year's do: exports ÷ (1 + their growth) plus imports ÷ (1 + theirs) equal total trade ÷ (1 + its growth), within the rounding of every printed figure. Exports and imports the other way round break it even when their sum is right: a failure that exchanging them explains holds both back, any other is a warning (a revised base or a loosely rounded rate breaks it too).",
  corroborates: false,
  run(ctx) {
    for (const slot of flowSlots(ctx.rows)) {
      for (const [exp, imp, total] of triples(slot, 'total')) {
        if (![exp, imp, total].every(withGrowth) || exp.unit !== total.unit || imp.unit !== total.unit) continue;
        // Only where this year's figures add up: otherwise flows-add-up has found the wrong one already.
        if (gap([valueBounds(exp)[0] + valueBounds(imp)[0], valueBounds(exp)[1] + valueBounds(imp)[1]], valueBounds(total)) > 0) continue;
        checkIdentity(ctx, {
          check: 'growth-adds-up',
          total,
          terms: [{ row: exp, sign: 1 }, { row: imp, sign: 1 }],
          words: `exports plus imports a year before ${total.period_start}..${total.period_end}`,
          bounds: lastYearOf,
          about: `last year's figures implied by growth of ${exp.yoy_pct}%, ${imp.yoy_pct}% and ${total.yoy_pct}%`,
          readings: () => [swapped(exp, imp, (value, as) => lastYear(as, value))],
          // A revised base or a loosely rounded rate breaks it too: only the swap it points at is held.
          failOnlyWhenExplained: true,
        });
      }
    }
  },
};
