/**
 * The vocabulary of the quality stage: a check is a named rule that looks at rows and reports
 * findings; the engine (assess.ts) turns findings into one outcome per row.
 */
import type { CheckName, QualityConfig } from './config.js';
import type { QualityRow, RowChange } from './rows.js';

/** What a check says about a group of rows it compared. */
export interface Finding {
  check: CheckName;
  /** fail: the rows cannot all be right; warn: worth a look, published anyway. */
  severity: 'fail' | 'warn';
  /** Every row the check compared. */
  rows: QualityRow[];
  /** The rows that may be the wrong one (defaults to all of `rows`); the engine narrows them down. */
  suspects: QualityRow[];
  /** One sentence a reader understands, with the figures. */
  message: string;
  /** The numbers behind the message. */
  evidence: Record<string, number | string | null>;
  /**
   * `equal` when the comparison says what the figure should be (a twin, a sum, last year's figure
   * with its growth), `bound` when it only says how large it may be (a month within its
   * year-to-date figure, a part within its whole, a sign): a bound cannot see a small error.
   */
  relation: Relation;
}

/** Whether a comparison pins a figure down or only bounds it. */
export type Relation = 'equal' | 'bound';

/**
 * The rows of one period_end (a stripe), with indexes built once per stripe and key function: how
 * a check finds the rows of an earlier period its rows are compared with.
 */
export interface PeriodRows {
  rows: QualityRow[];
  /** The stripe's rows grouped by `key` (rows it maps to undefined left out), built on first use. */
  index(key: (row: QualityRow) => string | undefined): Map<string, QualityRow[]>;
  /** The stripe's rows with a figure (hasFigure) in the cell of `row` changed by `change` (cellOf), in stripe order. */
  cell(row: QualityRow, change?: RowChange): QualityRow[];
}

/** What every check receives. */
export interface CheckContext {
  /**
   * The rows this pass checks: every finding a check reports involves one of them, and otherwise
   * only rows of earlier periods. The streaming gate passes one period_end at a time (its rows in
   * every dataset); a whole assessment passes every row at once.
   */
  rows: QualityRow[];
  /**
   * The rows with this period_end: the pass's own, or those of a period up to twelve months
   * earlier (last year's figure, the month before); an empty stripe when none is held.
   */
  period(periodEnd: string): PeriodRows;
  config: QualityConfig;
  /** The previous revision of rows at revision > 1, by dataset/observation_id. */
  previousRevisions: Map<string, QualityRow>;
  /** Reports a finding. */
  report(finding: Omit<Finding, 'suspects' | 'relation'> & { suspects?: QualityRow[]; relation?: Relation }): void;
  /** Records that rows were compared and agreed (a corroborating check's agreement also vouches for them); `equal` unless stated. */
  agree(check: CheckName, rows: QualityRow[], relation?: Relation): void;
}

/** A named check: what it compares, in words, and the rule itself. */
export interface QualityCheck {
  name: CheckName;
  /** What the check verifies, for quality.json and the README. */
  description: string;
  /** Whether it compares a row with an independent figure of the same thing (its agreement vouches for a row). */
  corroborates: boolean;
  run(context: CheckContext): void;
}
