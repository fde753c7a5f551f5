/**
 * What the two readers (text lines, HTML grid) share: the captions around a table (its title and
 * unit line) and the rows they collect, with "of which:" lines and figures that continue a row.
 */
import { findUnitText, parseTitle, type Title } from './caption.js';
import { cleanLabel, type RawRow } from './model.js';

/** A line or cell that only says "of which:": the rows after it are parts, not a partition. */
export const OF_WHICH_LINE = /^(?:of\s+which|including)\s*:?$/i;

/** The title and the unit a page prints around its table: the first unit line counts, and the last title. */
export class Captions {
  title: Title | null = null;
  unitText: string | null = null;

  /** Takes `line` when it is a unit line; true when it was one. */
  takeUnit(line: string): boolean {
    const unit = findUnitText(line);
    if (unit === null) return false;
    this.unitText ??= unit;
    return true;
  }

  /** Takes `line` as the title when it names a table with a year; true when it did. */
  takeTitle(line: string): boolean {
    const parsed = parseTitle(line);
    if (parsed) this.title = parsed;
    return parsed !== null;
  }
}

/** What a new row knows besides its label. */
export interface RowStart {
  rowUnit: string | null;
  unitPending: boolean;
  /** Indentation of the label (spaces, or no-break spaces in HTML): an indented row is a sub-row. */
  indent: number;
  cells: string[];
  where: string;
}

/** The rows of a table in reading order, and whether an "of which:" line was seen among them. */
export class RowCollector {
  readonly rows: RawRow[] = [];
  /** The row that figures without a label belong to. */
  current: RawRow | null = null;
  ofWhichLine = false;

  /** An "of which:" line: every row after it is a sub-row. */
  markOfWhich(): void {
    this.ofWhichLine = true;
  }

  /** A line of figures with no label continues the current row; false when no row has started. */
  addFigures(cells: string[]): boolean {
    if (!this.current) return false;
    this.current.lines.push(cells);
    return true;
  }

  /** Starts a row under a label as printed (cleaned of markers here). */
  start(labelText: string, start: RowStart): RawRow {
    const cleaned = cleanLabel(labelText);
    this.current = {
      label: cleaned.label,
      rowUnit: start.rowUnit,
      unitPending: start.unitPending,
      subRow: cleaned.ofWhich || this.ofWhichLine || start.indent > 0,
      lines: [start.cells],
      where: start.where,
    };
    this.rows.push(this.current);
    return this.current;
  }

  /** The page ends inside the last row: none of its figures is read. */
  markLastCut(): void {
    if (this.rows.length > 0) this.rows[this.rows.length - 1].cut = true;
  }
}
