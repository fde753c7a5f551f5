/**
 * HTML renderings: one table whose title and unit sit in full-width rows (or above the table),
 * one to three heading rows with rowspan/colspan, then rows of figures, each optionally followed
 * by a row of year-on-year percentages. Cells are exact here, so every figure has its column.
 */
import { findUnitText, parseTitle } from './caption.js';
import { classifyCell } from './cells.js';
import { parseHtmlTables, type Grid, type GridCell } from './html-grid.js';
import { SHADED_NOTE, cleanLabel, continuesLabel, type ReadResult } from './model.js';
import { Captions, OF_WHICH_LINE, RowCollector } from './reader.js';
import { collapse } from './text.js';
import { parseQuantityUnit } from './units.js';
import { lexHeading, type Phrase } from './vocabulary.js';

/** A cell that holds a figure (or an explicit "no figure"), as opposed to a heading or label. */
function isFigureCell(text: string): boolean {
  const t = collapse(text);
  if (t === '') return false;
  const kind = classifyCell(t).kind;
  return kind !== 'other' && !lexHeading(t);
}

function figureRows(grid: Grid): number {
  return grid.rows.filter((row) => row.some((cell, c) => c > 0 && cell && !cell.copy && classifyCell(collapse(cell.text)).kind === 'number' && !lexHeading(collapse(cell.text)))).length;
}

/** Options for reading: `lenientHeadings` when a configured layout says what the columns mean. */
export interface HtmlReadOptions {
  lenientHeadings: boolean;
}


/** A grid's positions that start a cell and print something (not the positions a span covers). */
function freshCells(row: Array<GridCell | undefined>): GridCell[] {
  return row.filter((cell): cell is GridCell => !!cell && !cell.copy && collapse(cell.text) !== '');
}

/** What each column of the grid is, from its headings and the cells under them. */
interface HtmlColumns {
  /** Heading phrases per grid column, and the heading texts that are not known phrases. */
  paths: Phrase[][];
  unknown: string[][];
  valueCols: number[];
  labelCols: number[];
  /** The column of quantity units, or -1. */
  unitCol: number;
}

/** Reads the one table of figures on an HTML page. */
export function readHtmlTable(html: string, options: HtmlReadOptions): ReadResult {
  const picked = pickGrid(html);
  if ('reason' in picked) return { ok: false, reason: picked.reason };
  const { grid } = picked;
  const dataStart = grid.rows.findIndex((row) => row.some((cell, c) => c > 0 && cell && !cell.copy && isFigureCell(cell.text)));
  const captions = new Captions();
  const captionLines: string[] = [];
  const headingRows = readCaptionRows(grid, dataStart, captions, captionLines);
  if (!captions.title) return { ok: false, reason: 'no table title with a year was found' };
  const columns = readColumns(grid, headingRows, dataStart);
  if ('reason' in columns) return { ok: false, reason: columns.reason };
  const unknownHeadings = options.lenientHeadings ? [] : columns.valueCols.flatMap((c) => columns.unknown[c]);
  const columnPaths = columns.valueCols.map((c) => columns.paths[c].filter((p) => p.cls !== 'corner'));
  const reader = new HtmlRows(grid, columns, headingRows);
  const failure = reader.read(dataStart);
  if (failure) return { ok: false, reason: failure };
  const { end, collector } = reader;
  // A page cut off inside the table: its last row may have lost cells or the end of a figure.
  if (grid.unclosed && end === grid.rows.length) collector.markLastCut();
  const stray = rowAfterEnd(grid, end);
  if (stray) return { ok: false, reason: stray };
  return {
    ok: true,
    table: {
      rendering: 'html',
      title: captions.title,
      unitText: captions.unitText,
      columnPaths,
      headingLines: null,
      cornerText: columns.labelCols.flatMap((c) => columns.paths[c].filter((p) => p.cls === 'corner').map((p) => p.text)).join(' '),
      unknownHeadings,
      valueColumns: columns.valueCols.length,
      rowUnitColumn: columns.unitCol >= 0,
      yoyBelowHint: SHADED_NOTE.test(notesAndCaptions(grid, end, captionLines)) || columnPaths.some((path) => path.some((p) => p.cls === 'value-yoy')),
      rows: collector.rows,
      exactCells: true,
      ofWhichLine: collector.ofWhichLine,
    },
  };
}

/** The text after the rows (notes below and inside the grid) and the captions, where a note may say year-on-year figures sit below. */
function notesAndCaptions(grid: Grid, end: number, captionLines: string[]): string {
  const inGrid = grid.rows.slice(end).flatMap((row) => row.filter((cell): cell is GridCell => !!cell && !cell.copy).map((cell) => collapse(cell.text)));
  return [...grid.after, ...inGrid, ...captionLines].join(' ');
}

/** The page's one grid with figures, or why there is none to read. */
function pickGrid(html: string): { grid: Grid } | { reason: string } {
  const candidates = parseHtmlTables(html).filter((grid) => figureRows(grid) > 0);
  if (candidates.length === 0) return { reason: 'the page has no HTML table with figures' };
  if (candidates.length > 1) return { reason: `the page has ${candidates.length} tables of figures; a page with more than one table is not understood` };
  if (candidates[0].tooLarge) return { reason: 'the table spans are too large to be a statistical table' };
  return { grid: candidates[0] };
}

/** A title or unit cell (or a full-width text cell that is no heading) among the rows above the figures. */
function isCaption(cell: GridCell, width: number): boolean {
  const text = collapse(cell.text);
  if (text === '') return false;
  if (findUnitText(text) !== null || parseTitle(text) !== null) return true;
  return cell.colspan >= Math.max(2, width - 1) && !lexHeading(text);
}

/** Takes the title and unit from the text above the grid and from the caption cells of its top rows; returns the heading rows. */
function readCaptionRows(grid: Grid, dataStart: number, captions: Captions, lines: string[]): number[] {
  const consider = (text: string) => {
    for (const line of text.split('\n').map(collapse).filter(Boolean)) {
      lines.push(line);
      if (!captions.takeUnit(line)) captions.takeTitle(line);
    }
  };
  for (const line of grid.before) consider(line);
  const headingRows: number[] = [];
  for (let r = 0; r < dataStart; r++) {
    const fresh = freshCells(grid.rows[r]);
    for (const cell of fresh) if (isCaption(cell, grid.width)) consider(cell.text);
    if (fresh.some((cell) => !isCaption(cell, grid.width))) headingRows.push(r);
  }
  return headingRows;
}

/** Column roles from the heading rows, then from the figures under them. */
function readColumns(grid: Grid, headingRows: number[], dataStart: number): HtmlColumns | { reason: string } {
  const { paths, unknown } = columnHeadings(grid, headingRows);
  const dataRows = grid.rows.slice(dataStart);
  const roles = paths.map((path, c) => columnRole(c, path, unknown[c], dataRows));
  const valueCols = roles.flatMap((role, c) => (role === 'value' ? [c] : []));
  const labelCols = roles.flatMap((role, c) => (role === 'label' ? [c] : []));
  const unitCol = roles.indexOf('unit');
  if (valueCols.length === 0) return { reason: 'the table has no columns of figures' };
  if (labelCols.length === 0) return { reason: 'the table has no column of row labels' };
  if (labelCols.some((c) => c > valueCols[0]) || (unitCol >= 0 && unitCol > valueCols[0])) {
    return { reason: 'row labels or units sit to the right of figures; the layout is not understood' };
  }
  return { paths, unknown, valueCols, labelCols, unitCol };
}

/** Each column's heading phrases from top to bottom (a spanning cell counted once), and the texts that are no known heading. */
function columnHeadings(grid: Grid, headingRows: number[]): { paths: Phrase[][]; unknown: string[][] } {
  const paths: Phrase[][] = [];
  const unknown: string[][] = [];
  for (let c = 0; c < grid.width; c++) {
    const seen = new Set<number>();
    paths[c] = [];
    unknown[c] = [];
    for (const r of headingRows) {
      const cell = grid.rows[r]?.[c];
      if (!cell || seen.has(cell.id) || isCaption(cell, grid.width)) continue;
      seen.add(cell.id);
      const text = collapse(cell.text);
      if (text === '') continue;
      const phrases = lexHeading(text);
      if (phrases) paths[c].push(...phrases);
      else unknown[c].push(text);
    }
  }
  return { paths, unknown };
}

type Role = 'label' | 'unit' | 'value' | 'empty';

/** A column is its heading's role, else what its cells print: text only (labels, or units), figures, or nothing. */
function columnRole(c: number, path: Phrase[], unknown: string[], dataRows: Grid['rows']): Role {
  const count = (test: (text: string) => boolean) => dataRows.filter((row) => row[c] && !row[c]!.copy && test(row[c]!.text)).length;
  const figures = () => count(isFigureCell);
  const texts = () => count((text) => collapse(text) !== '' && !isFigureCell(text));
  const units = () => count((text) => parseQuantityUnit(collapse(text)) !== null);
  if (path.some((p) => p.cls === 'rowunit')) return 'unit';
  if (path.some((p) => p.cls === 'corner') || (texts() > 0 && figures() === 0) || c === 0) return units() > 0 && units() === texts() && c > 0 ? 'unit' : 'label';
  if (path.length > 0 || unknown.length > 0 || figures() > 0) return 'value';
  return 'empty';
}

/** A row's printed texts joined ("Export|Import"), to recognise heading rows repeated lower down. */
function signature(grid: Grid, r: number): string {
  return grid.rows[r]
    .filter((cell): cell is GridCell => !!cell && !cell.copy && cell.row === r)
    .map((cell) => collapse(cell.text))
    .filter(Boolean)
    .join('|');
}

/** The rows of an HTML grid, read from the first row of figures. */
class HtmlRows {
  readonly collector = new RowCollector();
  /** The first grid row after the rows (a full-width note), or the grid's length. */
  end: number;
  private readonly headingSignatures: Set<string>;

  constructor(
    private readonly grid: Grid,
    private readonly columns: HtmlColumns,
    headingRows: number[],
  ) {
    this.end = grid.rows.length;
    this.headingSignatures = new Set(headingRows.map((r) => signature(grid, r)).filter((sig) => sig !== ''));
  }

  /** Reads the rows from grid row `from` on; the reason when they cannot be read. */
  read(from: number): string | null {
    for (let r = from; r < this.grid.rows.length; r++) {
      const fresh = freshCells(this.grid.rows[r]);
      if (fresh.length === 0 || this.repeatsHeadings(r, fresh)) continue;
      // "of which:" alone on a row, in a wide cell or in the label cell with the figures left empty.
      const onlyLabel = fresh.length === 1 && this.columns.labelCols.includes(fresh[0].col);
      const wide = fresh.length === 1 && fresh[0].colspan >= Math.max(2, this.grid.width - 1) && !isFigureCell(fresh[0].text);
      if ((onlyLabel || wide) && OF_WHICH_LINE.test(collapse(fresh[0].text))) {
        this.collector.markOfWhich();
        continue;
      }
      if (wide) {
        this.end = r;
        return null;
      }
      const failure = this.readRow(r);
      if (failure) return failure;
    }
    return null;
  }

  /** Long tables repeat their heading rows (page breaks, Word exports): the same texts again are not rows. */
  private repeatsHeadings(r: number, fresh: GridCell[]): boolean {
    return this.headingSignatures.has(signature(this.grid, r)) && fresh.every((cell) => lexHeading(collapse(cell.text)) !== null);
  }

  private readRow(r: number): string | null {
    const values = rowValues(this.grid.rows[r], r, this.columns.valueCols);
    if (typeof values === 'string') return values;
    const label = rowLabel(this.grid.rows[r], r, this.columns.labelCols);
    const yoyLabel = label.text !== '' && (lexHeading(label.text)?.every((p) => p.cls === 'yoy') ?? false);
    if (label.text === '' || yoyLabel) return this.collector.addFigures(values) ? null : `table row ${r + 1} has figures but no row label`;
    // A label wrapped onto a row of its own: the row above had the label's first part and no figures.
    const current = this.collector.current;
    if (current && current.lines.length === 1 && current.lines[0].every((v) => v === '') && continuesLabel(current.label, label.text)) {
      current.label = cleanLabel(`${current.label} ${label.text}`).label;
      current.lines = [values];
      return null;
    }
    this.collector.start(label.text, { rowUnit: this.rowUnit(r), unitPending: false, indent: label.indent, cells: values, where: `table row ${r + 1}` });
    return null;
  }

  private rowUnit(r: number): string | null {
    const unitCell = this.columns.unitCol >= 0 ? this.grid.rows[r][this.columns.unitCol] : undefined;
    const rowUnit = unitCell && unitCell.row === r ? collapse(unitCell.text) : '';
    return rowUnit === '' || classifyCell(rowUnit).kind === 'empty' ? null : rowUnit;
  }
}

/** The row's figure per value column ('' where none starts), or the reason when a figure spans several columns. */
function rowValues(row: Array<GridCell | undefined>, r: number, valueCols: number[]): string[] | string {
  const values: string[] = [];
  for (const c of valueCols) {
    const cell = row[c];
    if (!cell || cell.row !== r) values.push('');
    else if (cell.col !== c) {
      if (collapse(cell.text) !== '') return `table row ${r + 1}: the figure "${collapse(cell.text)}" spans several columns`;
      values.push('');
    } else values.push(collapse(cell.text));
  }
  return values;
}

/** The label the row's own label cells print (not a label spanning down from above), and its indentation. */
function rowLabel(row: Array<GridCell | undefined>, r: number, labelCols: number[]): { text: string; indent: number } {
  const labelCells = labelCols.map((c) => row[c]).filter((cell): cell is GridCell => !!cell);
  const fresh = labelCells.filter((cell) => cell.row === r && cell.col === labelCols.find((c) => row[c] === cell));
  return { text: collapse(fresh.map((cell) => cell.text).join(' ')), indent: fresh[0]?.indent ?? 0 };
}

/** A row of figures after the end of the rows is one this reader did not understand: the reason, or null. */
function rowAfterEnd(grid: Grid, end: number): string | null {
  for (let r = end + 1; r < grid.rows.length; r++) {
    if (grid.rows[r].some((cell, c) => c > 0 && cell && !cell.copy && classifyCell(collapse(cell.text)).kind === 'number')) {
      return `table row ${end + 1} ("${collapse(grid.rows[end][0]?.text ?? '').slice(0, 60)}") interrupts the figures; the table is not understood`;
    }
  }
  return null;
}
