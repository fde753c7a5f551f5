/**
 * Checks that compare a row with one other statement of the same thing: its sign, its twin in the
 * other currency, last year's figure behind its growth rate, the cumulative figure of its month,
 * another source's figure, and its own previous revision.
 */
import type { CheckContext, QualityCheck } from './model.js';
import { currencyTwinsOf, rateBandsOf } from './rates.js';
import { checkIdentity } from './sum-checks.js';
import { cellOf, gap, groupBy, isNonNegative, periodKind, rowRef, seriesOf, shiftMonth, statedPercentBounds, valueBounds, type QualityRow } from './rows.js';

const round = (n: number, digits = 4) => Number(n.toFixed(digits));
const hasValue = (row: QualityRow) => row.value !== null && row.period_start !== '';

/** A figure that cannot be negative is not. */
export const signCheck: QualityCheck = {
  name: 'sign',
  description: 'Exports, imports, totals, quantities and counts are never negative; only a balance can be.',
  corroborates: false,
  run(ctx) {
    for (const row of ctx.rows) {
      if (row.value === null || row.value >= 0 || !isNonNegative(row)) continue;
      ctx.report({ check: 'sign', severity: 'fail', relation: 'bound', rows: [row], message: `a ${row.flow} ${row.measure} cannot be negative, yet it is ${row.value} ${row.unit}`, evidence: { value: row.value } });
    }
  },
};

/** The same series and period in CNY and USD imply a plausible exchange rate. */
export const currencyTwinCheck: QualityCheck = {
  name: 'currency-twins',
  description: 'A figure stated in both yuan and dollars implies a CNY/USD rate; it must lie within the band derived for its period from all such pairs (or the wide fallback band when there are too few).',
  corroborates: true,
  run(ctx) {
    const twins = currencyTwinsOf(ctx.rows);
    const bands = rateBandsOf(ctx.rows, ctx.config);
    for (const twin of twins) {
      const band = bands.get(`${twin.cny.period_start}..${twin.cny.period_end}`)!;
      const pair = [twin.cny, twin.usd];
      if (gap(twin.rate, band.band) === 0) {
        ctx.agree('currency-twins', pair);
        continue;
      }
      const implied = (twin.rate[0] + twin.rate[1]) / 2;
      ctx.report({
        check: 'currency-twins',
        severity: 'fail',
        rows: pair,
        message: `${twin.cny.value} CNY and ${twin.usd.value} USD imply ${round(implied, 3)} yuan per dollar, outside the ${band.basis} band ${round(band.band[0], 3)}-${round(band.band[1], 3)}`,
        evidence: { implied_rate: round(implied), band_low: round(band.band[0]), band_high: round(band.band[1]), basis: band.basis },
      });
    }
  },
};

/** The stated growth rate matches the figure a year earlier. */
export const impliedGrowthCheck: QualityCheck = {
  name: 'implied-growth',
  description: "A figure's year-on-year change must match the same series a year earlier, within the rounding of both printed figures.",
  corroborates: true,
  run(ctx) {
    const stated = ctx.rows.filter((row) => hasValue(row) && row.yoy_pct !== null && row.measure !== 'share');
    const earlierOf = yearEarlier(ctx, stated);
    for (const row of stated) {
      for (const before of earlierOf.get(row) ?? []) {
        const [lo, hi] = valueBounds(row);
        const [bLo, bHi] = valueBounds(before);
        if (bLo <= 0) continue;
        const implied: [number, number] = [(lo / bHi - 1) * 100, (hi / bLo - 1) * 100];
        const off = gap(implied, statedPercentBounds(row, row.yoy_pct!));
        const pair = [row, before];
        if (off <= ctx.config.growth_warn_pp) {
          ctx.agree('implied-growth', pair);
          continue;
        }
        const impliedPct = round(((row.value! / before.value!) - 1) * 100, 2);
        ctx.report({
          check: 'implied-growth',
          severity: off > ctx.config.growth_fail_pp ? 'fail' : 'warn',
          rows: pair,
          message: `stated growth ${row.yoy_pct}% but ${row.value} against ${before.value} a year earlier is ${impliedPct}%`,
          evidence: { stated_yoy_pct: row.yoy_pct, implied_yoy_pct: impliedPct, off_by_pp: round(off, 2) },
        });
      }
    }
  },
};

/**
 * The rows of the same cell a year before each row, in the order of their period. Found from the
 * earlier side: each row of the period a year before, keyed by its cell a year on, is looked up in
 * the period's own index (which the sum checks build anyway), so no index of the earlier period is
 * built (a streaming gate would build it again for every period, a year after its first).
 */
function yearEarlier(ctx: CheckContext, rows: QualityRow[]): Map<QualityRow, QualityRow[]> {
  const earlierOf = new Map<QualityRow, QualityRow[]>();
  for (const end of new Set(rows.map((r) => r.period_end))) {
    const now = ctx.period(end);
    for (const before of ctx.period(shiftMonth(end, -12)).rows) {
      if (!hasValue(before)) continue;
      for (const row of now.cell(before, { period_start: shiftMonth(before.period_start, 12), period_end: end })) {
        (earlierOf.get(row) ?? earlierOf.set(row, []).get(row)!).push(before);
      }
    }
  }
  return earlierOf;
}

/** Month-and-cumulative pairs: key of the cumulative figure that contains a month. */
function cumulativeCellOf(row: QualityRow, end: string): string {
  return cellOf(row, { period_start: `${end.slice(0, 4)}-01`, period_end: end });
}

/** A month's figure is no larger than the year-to-date figure that contains it. */
export const monthWithinCumulativeCheck: QualityCheck = {
  name: 'month-within-cumulative',
  description: "A month's figure cannot exceed the year-to-date figure of the same series that ends with that month.",
  corroborates: false,
  run(ctx) {
    const cumulative = groupBy(ctx.rows.filter((r) => hasValue(r) && periodKind(r) === 'cumulative'), cellOf);
    if (cumulative.size === 0) return;
    for (const month of ctx.rows) {
      if (!hasValue(month) || periodKind(month) !== 'month' || !isNonNegative(month) || month.period_end.endsWith('-01')) continue;
      for (const total of cumulative.get(cumulativeCellOf(month, month.period_end)) ?? []) {
        const slack = ctx.config.sum_slack_pct / 100;
        if (valueBounds(month)[0] <= valueBounds(total)[1] * (1 + slack)) {
          ctx.agree('month-within-cumulative', [month, total], 'bound');
          continue;
        }
        ctx.report({
          check: 'month-within-cumulative',
          severity: 'fail',
          relation: 'bound',
          rows: [month, total],
          message: `the month's ${month.value} ${month.unit} is larger than the ${total.value} of ${month.period_end.slice(0, 4)}-01..${month.period_end} that contains it`,
          evidence: { month: month.value, cumulative: total.value },
        });
      }
    }
  },
};

/** Year-to-date figures that cannot fall, by series, unit and start of the year. */
function yearToDateKey(row: QualityRow): string | undefined {
  return hasValue(row) && periodKind(row) === 'cumulative' && isNonNegative(row) ? `${seriesOf(row)}|${row.unit}|${row.period_start}` : undefined;
}

/** Year-to-date figures of a flow never fall as the year goes on. */
export const cumulativeGrowsCheck: QualityCheck = {
  name: 'cumulative-grows',
  description: 'Year-to-date figures of one series do not fall within a year: January to September is at most January to October.',
  corroborates: false,
  run(ctx) {
    const checked = new Set(ctx.rows);
    // Each row of this pass and the figure before it in its series' year (period by period, so in period_end order).
    const before = new Map<QualityRow, QualityRow>();
    for (const [key, rows] of groupBy(ctx.rows, yearToDateKey)) {
      const last = rows.reduce((end, r) => (r.period_end > end ? r.period_end : end), '');
      const sorted: QualityRow[] = [];
      for (let end = rows[0].period_start; end <= last; end = shiftMonth(end, 1)) sorted.push(...(ctx.period(end).index(yearToDateKey).get(key) ?? []));
      for (let i = 1; i < sorted.length; i++) if (sorted[i - 1].period_end !== sorted[i].period_end && checked.has(sorted[i])) before.set(sorted[i], sorted[i - 1]);
    }
    for (const later of ctx.rows) {
      const earlier = before.get(later);
      if (!earlier) continue;
      if (valueBounds(earlier)[0] <= valueBounds(later)[1] * (1 + ctx.config.sum_slack_pct / 100)) {
        ctx.agree('cumulative-grows', [earlier, later], 'bound');
        continue;
      }
      ctx.report({
        check: 'cumulative-grows',
        severity: 'fail',
        relation: 'bound',
        rows: [earlier, later],
        message: `${earlier.period_start}..${earlier.period_end} is ${earlier.value} ${earlier.unit}, more than the ${later.value} of ${later.period_start}..${later.period_end}`,
        evidence: { earlier: earlier.value, later: later.value },
      });
    }
  },
};

/** January's month figure and January's year-to-date figure are the same thing. */
export const januaryCheck: QualityCheck = {
  name: 'january-month-equals-cumulative',
  description: "January's monthly figure equals January's year-to-date figure.",
  corroborates: true,
  run(ctx) {
    const januaries = ctx.rows.filter((r) => hasValue(r) && r.period_start === r.period_end && r.period_end.endsWith('-01'));
    for (const rows of groupBy(januaries, cellOf).values()) {
      // Two statements of the same January only meet here once rows carry their period type (issue 11).
      const kinds = groupBy(rows, (r) => periodKind(r));
      if (kinds.size < 2) continue;
      const [a, b] = [...kinds.values()].map((g) => g[0]);
      if (gap(valueBounds(a), valueBounds(b)) === 0) ctx.agree('january-month-equals-cumulative', [a, b]);
      else ctx.report({ check: 'january-month-equals-cumulative', severity: 'fail', rows: [a, b], message: `January is ${a.value} as a month but ${b.value} as year-to-date`, evidence: { month: a.value, cumulative: b.value } });
    }
  },
};

/** Two sources stating the same series and period agree within rounding. */
export const twoSourcesCheck: QualityCheck = {
  name: 'same-figure-two-sources',
  description: 'The same series and period reported by two sources (a press release and a table, or two datasets) agrees within the rounding of both; a later figure that differs a little is treated as a revision of the earlier one (warning).',
  corroborates: true,
  run(ctx) {
    // One dataset holds one row per series and period: a dataset alone has no second source.
    if (ctx.rows.every((r) => r.dataset === ctx.rows[0].dataset)) return;
    for (const rows of groupBy(ctx.rows.filter(hasValue), cellOf).values()) {
      for (let i = 0; i < rows.length; i++) {
        // One dataset holds one row per series and period (the observation id): a second row is another source's.
        for (let j = i + 1; j < rows.length; j++) if (rows[i].dataset !== rows[j].dataset) compareSources(ctx, rows[i], rows[j]);
      }
    }
  },
};

function compareSources(ctx: Parameters<QualityCheck['run']>[0], a: QualityRow, b: QualityRow): void {
  const [ba, bb] = [valueBounds(a), valueBounds(b)];
  const scale = Math.max(Math.abs(a.value!), Math.abs(b.value!));
  const off = gap(ba, bb);
  if (off <= (scale * ctx.config.two_sources_slack_pct) / 100) {
    ctx.agree('same-figure-two-sources', [a, b]);
    return;
  }
  const [earlier, later] = a.published <= b.published ? [a, b] : [b, a];
  const changePct = earlier.value === 0 ? null : round((later.value! / earlier.value! - 1) * 100, 2);
  const revision = earlier.published < later.published && changePct !== null && Math.abs(changePct) <= ctx.config.revision_flag_pct && Math.sign(later.value!) === Math.sign(earlier.value!);
  ctx.report({
    check: 'same-figure-two-sources',
    severity: revision ? 'warn' : 'fail',
    rows: [a, b],
    message: revision
      ? `${later.dataset} (published ${later.published}) states ${later.value} where ${earlier.dataset} (published ${earlier.published}) stated ${earlier.value}: taken as a revision of ${changePct}%`
      : `${a.dataset} states ${a.value} and ${b.dataset} states ${b.value} ${a.unit} for the same series and period`,
    evidence: { [rowRef(a)]: a.value, [rowRef(b)]: b.value, change_pct: changePct },
  });
}

/** A revision that moves a figure a long way is flagged for a look. */
export const largeRevisionCheck: QualityCheck = {
  name: 'large-revision',
  description: 'A revision that changes a figure by more than the configured share of its old value is flagged for a look.',
  corroborates: false,
  run(ctx) {
    for (const row of ctx.rows) {
      const before = row.revision > 1 ? ctx.previousRevisions.get(rowRef(row)) : undefined;
      if (!before || row.value === null || before.value === null || before.value === 0) continue;
      const changePct = (row.value / before.value - 1) * 100;
      if (Math.abs(changePct) <= ctx.config.revision_flag_pct) continue;
      ctx.report({
        check: 'large-revision',
        severity: 'fail',
        relation: 'bound',
        rows: [row],
        message: `revision ${row.revision} moved the figure from ${before.value} to ${row.value} ${row.unit} (${round(changePct, 1)}%)`,
        evidence: { old_value: before.value, new_value: row.value, change_pct: round(changePct, 2), old_release: before.release_id },
      });
    }
  },
};

/** Figures that add up (not shares, not balances), by cell. */
const addable = (row: QualityRow) => hasValue(row) && isNonNegative(row) && row.measure !== 'share';

/**
 * Year-to-date figures grow by their month: January to October is January to September plus
 * October (January to February is January plus February). From one release the three agree to the
 * rounding; from different releases the earlier months may have been revised since, so they may
 * differ by `two_sources_slack_pct` of the year-to-date figure.
 */
export const monthAddsToCumulativeCheck: QualityCheck = {
  name: 'month-adds-to-cumulative',
  description: "A year-to-date figure equals the one a month shorter plus that month's figure, within the rounding of the three (and the configured slack when they come from different releases, whose earlier months may have been revised).",
  corroborates: false,
  run(ctx) {
    for (const total of ctx.rows) {
      if (!hasValue(total) || periodKind(total) !== 'cumulative' || !isNonNegative(total) || total.measure === 'share') continue;
      const year = total.period_end.slice(0, 4);
      const previous = shiftMonth(total.period_end, -1);
      if (total.period_start !== `${year}-01` || !previous.startsWith(year)) continue;
      const at = (start: string, end: string) => ctx.period(end).cell(total, { period_start: start, period_end: end }).filter(addable);
      const before = [...at(`${year}-01`, previous), ...(previous.endsWith('-01') ? at(previous, previous).filter((r) => periodKind(r) === 'month') : [])];
      for (const month of at(total.period_end, total.period_end).filter((r) => periodKind(r) === 'month')) {
        for (const earlier of before.filter((r) => r !== month)) {
          const oneRelease = total.release_id === month.release_id && month.release_id === earlier.release_id;
          checkIdentity(ctx, {
            check: 'month-adds-to-cumulative',
            total,
            terms: [{ row: earlier, sign: 1 }, { row: month, sign: 1 }],
            words: `${earlier.period_start}..${earlier.period_end} plus ${month.period_end}`,
            slackPct: oneRelease ? ctx.config.sum_slack_pct : ctx.config.two_sources_slack_pct,
          });
        }
      }
    }
  },
};
