/**
 * HTML renderings: one table whose title and unit sit in full-width rows (or above the table),
 * one to three heading rows with rowspan/colspan, then rows of figures, each optionally followed
 * by a row of year-on-year percentages. Cells are exact here, so every figure has its column.
 */
import { findUnitText, parseTitle, type Title } from './caption.js';
import { classifyCell } from './cells.js';
import { parseHtmlTables, type Grid, type GridCell } from './html-grid.js';
import { SHADED_NOTE, cleanLabel, continuesLabel, type RawRow, type ReadResult } from './model.js';
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

/** Reads the one table of figures on an HTML page. */
export function readHtmlTable(html: string, options: HtmlReadOptions): ReadResult {
  const grids = parseHtmlTables(html);
  const candidates = grids.filter((grid) => figureRows(grid) > 0);
  if (candidates.length === 0) return { ok: false, reason: 'the page has no HTML table with figures' };
  if (candidates.length > 1) return { ok: false, reason: `the page has ${candidates.length} tables of figures; a page with more than one table is not understood` };
  const grid = candidates[0];
  if (grid.tooLarge) return { ok: false, reason: 'the table spans are too large to be a statistical table' };
  const width = grid.width;
  const cellAt = (r: number, c: number): GridCell | undefined => grid.rows[r]?.[c];

  const dataStart = grid.rows.findIndex((row) => row.some((cell, c) => c > 0 && cell && !cell.copy && isFigureCell(cell.text)));
  const captions: string[] = [];
  const isCaption = (cell: GridCell): boolean => {
    const text = collapse(cell.text);
    if (text === '') return false;
    if (findUnitText(text) !== null || parseTitle(text) !== null) return true;
    return cell.colspan >= Math.max(2, width - 1) && !lexHeading(text);
  };
  let title: Title | null = null;
  let unitText: string | null = null;
  const considerCaption = (text: string) => {
    for (const line of text.split('\n').map(collapse).filter(Boolean)) {
      captions.push(line);
      const unit = findUnitText(line);
      if (unit !== null) unitText ??= unit;
      else {
        const parsed = parseTitle(line);
        if (parsed) title = parsed;
      }
    }
  };
  for (const line of grid.before) considerCaption(line);
  const headingRows: number[] = [];
  for (let r = 0; r < dataStart; r++) {
    const fresh = grid.rows[r].filter((cell): cell is GridCell => !!cell && !cell.copy && collapse(cell.text) !== '');
    for (const cell of fresh) if (isCaption(cell)) considerCaption(cell.text);
    if (fresh.some((cell) => !isCaption(cell))) headingRows.push(r);
  }
  if (!title) return { ok: false, reason: 'no table title with a year was found' };

  // Column roles from the heading rows, then from the figures under them.
  const paths: Phrase[][] = [];
  const unknown: string[][] = [];
  for (let c = 0; c < width; c++) {
    const seen = new Set<number>();
    paths[c] = [];
    unknown[c] = [];
    for (const r of headingRows) {
      const cell = cellAt(r, c);
      if (!cell || seen.has(cell.id) || isCaption(cell)) continue;
      seen.add(cell.id);
      const text = collapse(cell.text);
      if (text === '') continue;
      const phrases = lexHeading(text);
      if (phrases) paths[c].push(...phrases);
      else unknown[c].push(text);
    }
  }
  const dataRows = grid.rows.slice(dataStart);
  const columnFigures = (c: number) => dataRows.filter((row) => row[c] && !row[c]!.copy && isFigureCell(row[c]!.text)).length;
  const columnText = (c: number) => dataRows.filter((row) => row[c] && !row[c]!.copy && collapse(row[c]!.text) !== '' && !isFigureCell(row[c]!.text)).length;
  const columnUnits = (c: number) => dataRows.filter((row) => row[c] && !row[c]!.copy && parseQuantityUnit(collapse(row[c]!.text)) !== null).length;
  type Role = 'label' | 'unit' | 'value' | 'empty';
  const roles: Role[] = [];
  for (let c = 0; c < width; c++) {
    const path = paths[c];
    if (path.some((p) => p.cls === 'rowunit')) roles[c] = 'unit';
    else if (path.some((p) => p.cls === 'corner') || (columnText(c) > 0 && columnFigures(c) === 0) || c === 0) {
      roles[c] = columnUnits(c) > 0 && columnUnits(c) === columnText(c) && c > 0 ? 'unit' : 'label';
    } else if (path.length > 0 || unknown[c].length > 0 || columnFigures(c) > 0) roles[c] = 'value';
    else roles[c] = 'empty';
  }
  const valueCols = roles.flatMap((role, c) => (role === 'value' ? [c] : []));
  const labelCols = roles.flatMap((role, c) => (role === 'label' ? [c] : []));
  const unitCol = roles.indexOf('unit');
  if (valueCols.length === 0) return { ok: false, reason: 'the table has no columns of figures' };
  if (labelCols.length === 0) return { ok: false, reason: 'the table has no column of row labels' };
  if (labelCols.some((c) => c > valueCols[0]) || (unitCol >= 0 && unitCol > valueCols[0])) {
    return { ok: false, reason: 'row labels or units sit to the right of figures; the layout is not understood' };
  }
  const unknownHeadings = options.lenientHeadings ? [] : valueCols.flatMap((c) => unknown[c]);
  const columnPaths = valueCols.map((c) => paths[c].filter((p) => p.cls !== 'corner'));

  // Long tables repeat their heading rows (page breaks, Word exports): the same texts again are not rows.
  const signature = (r: number) =>
    grid.rows[r]
      .filter((cell): cell is GridCell => !!cell && !cell.copy && cell.row === r)
      .map((cell) => collapse(cell.text))
      .filter(Boolean)
      .join('|');
  const headingSignatures = new Set(headingRows.map(signature).filter((sig) => sig !== ''));
  const rows: RawRow[] = [];
  let current: RawRow | null = null;
  let ofWhichLine = false;
  let afterOfWhich = false;
  const notes: string[] = [...grid.after];
  let end = grid.rows.length;
  for (let r = dataStart; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    const fresh = row.filter((cell): cell is GridCell => !!cell && !cell.copy && collapse(cell.text) !== '');
    if (fresh.length === 0) continue;
    if (headingSignatures.has(signature(r)) && fresh.every((cell) => lexHeading(collapse(cell.text)) !== null)) continue;
    // "of which:" alone on a row, in a wide cell or in the label cell with the figures left empty.
    const onlyLabel = fresh.length === 1 && labelCols.includes(fresh[0].col);
    if (onlyLabel && /^(?:of\s+which|including)\s*:?$/i.test(collapse(fresh[0].text))) {
      ofWhichLine = true;
      afterOfWhich = true;
      continue;
    }
    if (fresh.length === 1 && fresh[0].colspan >= Math.max(2, width - 1) && !isFigureCell(fresh[0].text)) {
      const text = collapse(fresh[0].text);
      if (/^(?:of\s+which|including)\s*:?$/i.test(text)) {
        ofWhichLine = true;
        afterOfWhich = true;
        continue;
      }
      end = r;
      break;
    }
    const values: string[] = [];
    for (const c of valueCols) {
      const cell = row[c];
      if (!cell || cell.row !== r) values.push('');
      else if (cell.col !== c) {
        if (collapse(cell.text) !== '') return { ok: false, reason: `table row ${r + 1}: the figure "${collapse(cell.text)}" spans several columns` };
        values.push('');
      } else values.push(collapse(cell.text));
    }
    const labelCells = labelCols.map((c) => row[c]).filter((cell): cell is GridCell => !!cell);
    const freshLabel = labelCells.filter((cell) => cell.row === r && cell.col === labelCols.find((c) => row[c] === cell));
    const labelText = collapse(freshLabel.map((cell) => cell.text).join(' '));
    const yoyLabel = labelText !== '' && (lexHeading(labelText)?.every((p) => p.cls === 'yoy') ?? false);
    if (labelText === '' || yoyLabel) {
      if (!current) return { ok: false, reason: `table row ${r + 1} has figures but no row label` };
      current.lines.push(values);
      continue;
    }
    // A label wrapped onto a row of its own: the row above had the label's first part and no figures.
    if (current && current.lines.length === 1 && current.lines[0].every((v) => v === '') && continuesLabel(current.label, labelText)) {
      current.label = cleanLabel(`${current.label} ${labelText}`).label;
      current.lines = [values];
      continue;
    }
    const cleaned = cleanLabel(labelText);
    const unitCell = unitCol >= 0 ? row[unitCol] : undefined;
    const rowUnit = unitCell && unitCell.row === r ? collapse(unitCell.text) : '';
    current = {
      label: cleaned.label,
      rowUnit: rowUnit === '' || classifyCell(rowUnit).kind === 'empty' ? null : rowUnit,
      unitPending: false,
      subRow: cleaned.ofWhich || afterOfWhich || (freshLabel[0]?.indent ?? 0) > 0,
      lines: [values],
      where: `table row ${r + 1}`,
    };
    rows.push(current);
  }
  // A page cut off inside the table: its last row may have lost cells or the end of a figure.
  if (grid.unclosed && end === grid.rows.length && rows.length > 0) rows[rows.length - 1].cut = true;
  for (let r = end + 1; r < grid.rows.length; r++) {
    if (grid.rows[r].some((cell, c) => c > 0 && cell && !cell.copy && classifyCell(collapse(cell.text)).kind === 'number')) {
      return { ok: false, reason: `table row ${end + 1} ("${collapse(grid.rows[end][0]?.text ?? '').slice(0, 60)}") interrupts the figures; the table is not understood` };
    }
  }
  for (let r = end; r < grid.rows.length; r++) notes.push(...grid.rows[r].filter((cell): cell is GridCell => !!cell && !cell.copy).map((cell) => collapse(cell.text)));
  const hintText = [...notes, ...captions].join(' ');
  return {
    ok: true,
    table: {
      rendering: 'html',
      title,
      unitText,
      columnPaths,
      headingLines: null,
      cornerText: labelCols.flatMap((c) => paths[c].filter((p) => p.cls === 'corner').map((p) => p.text)).join(' '),
      unknownHeadings,
      valueColumns: valueCols.length,
      rowUnitColumn: unitCol >= 0,
      yoyBelowHint: SHADED_NOTE.test(hintText) || columnPaths.some((path) => path.some((p) => p.cls === 'value-yoy')),
      rows,
      exactCells: true,
      ofWhichLine,
    },
  };
}
