/**
 * Quality configuration: the thresholds of every check and which checks hold a row back.
 * Defaults are documented in the README ("Quality checks"); a deployment overrides them in the
 * sources file's `quality` block (validated here, like everything else read from outside).
 */
import * as z from '../zod.js';

/** The named checks, in the order they run. */
export const CHECK_NAMES = [
  'sign',
  'currency-twins',
  'implied-growth',
  'month-within-cumulative',
  'cumulative-grows',
  'month-adds-to-cumulative',
  'january-month-equals-cumulative',
  'parts-and-totals',
  'part-within-whole',
  'flows-add-up',
  'growth-adds-up',
  'share-of-total',
  'same-figure-two-sources',
  'large-revision',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** Thresholds and hard checks; every field has a default, so `{}` is a complete configuration. */
export const QualityConfig = z.strictObject({
  /** Checks whose failure holds a row back; failures of the others are published as warnings. */
  hard_checks: z._default(z.array(z.enum(CHECK_NAMES)), ['sign', 'currency-twins', 'implied-growth', 'month-within-cumulative', 'cumulative-grows', 'month-adds-to-cumulative', 'january-month-equals-cumulative', 'parts-and-totals', 'part-within-whole', 'flows-add-up', 'growth-adds-up', 'share-of-total', 'same-figure-two-sources']),
  /** CNY per USD accepted when the store holds no twin figures of the period (covers 2005-2026 with room). */
  fallback_cny_per_usd: z._default(z.tuple([z.number().check(z.positive()), z.number().check(z.positive())]), [5.8, 8.4]),
  /** How far (percent) a twin's implied rate may stray from the rate derived for its period. */
  twin_band_pct: z._default(z.number().check(z.positive()), 2.5),
  /** Twin pairs needed before a derived rate replaces the fallback band. */
  twin_min_pairs: z._default(z.int().check(z.positive()), 3),
  /** Stated yoy vs the one implied by last year's figure: warn beyond this many points (after rounding). */
  growth_warn_pp: z._default(z.number().check(z.nonnegative()), 0.3),
  /** ... and fail beyond this many points (a wrong figure, not a revised base). */
  growth_fail_pp: z._default(z.number().check(z.nonnegative()), 3),
  /** Sums and cumulative comparisons may miss by this share of the total on top of printed rounding (GACC tables add up to the digit). */
  sum_slack_pct: z._default(z.number().check(z.nonnegative()), 0),
  /** Breakdown kinds whose parts are meant to cover the whole (others may list only selected parts). */
  exhaustive_breakdowns: z._default(z.array(z.string()), ['customs regime', 'trade mode', 'enterprise type']),
  /** A stated share this many times off the part ÷ whole fails (a smaller difference warns). */
  share_fail_factor: z._default(z.number().check(z.gte(1)), 2),
  /** Two sources' figures of one series may differ by this share beyond printed rounding. */
  two_sources_slack_pct: z._default(z.number().check(z.nonnegative()), 0.5),
  /** A revision changing a figure by more than this share of the old value is flagged. */
  revision_flag_pct: z._default(z.number().check(z.positive()), 20),
});
export type QualityConfig = z.infer<typeof QualityConfig>;

/** The defaults, for callers that have no configuration. */
export const DEFAULT_QUALITY_CONFIG: QualityConfig = QualityConfig.parse({});
