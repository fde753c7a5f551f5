/**
 * Layouts: what the rows of a table are and what its columns mean. Known GACC layouts are
 * recognised from the title and the headings (customs regime bulletin, trade mode, enterprise
 * type × customs regime, selected commodities by customs regime, country/region, commodity);
 * a source may instead declare a `TableLayout` for another publisher's tables.
 */
import type { TableLayout } from '../../contract.js';
import type { Title } from './caption.js';
import { interpretColumns, pathsFromHeadingLines, type ColumnSpec, type Result } from './columns.js';
import type { RawTable } from './model.js';
import { parseRowPeriod, parseSeriesTotal } from './caption.js';
import { FIE_MEMBERS, lexHeading, type Phrase } from './vocabulary.js';

/**
 * Where a row label goes in the observation. `period`: the rows are months (series tables);
 * `flow`: the rows are Export & Import / Exports / Imports / Balance.
 */
export type RowDimension = { field: 'commodity' | 'partner' | 'area' | 'period' | 'flow' } | { field: 'breakdown'; kind: string };

/** A table whose rows and columns are understood. */
export interface ResolvedLayout {
  name: string;
  rows: RowDimension;
  columns: ColumnSpec[];
  yoy: 'line-below' | 'columns' | 'none' | 'auto';
  /** Rows partition the total row (customs regimes): a Total row must equal their sum. */
  exhaustiveRows: boolean;
}

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

const ROW_KINDS: Array<{ kind: string; pattern: RegExp; dimension: RowDimension }> = [
  { kind: 'customs regime', pattern: /customs\s+regimes?|trade\s+modes?/i, dimension: { field: 'breakdown', kind: 'customs regime' } },
  { kind: 'enterprise type', pattern: /type\s+(?:of\s+)?enterprises?|enterprise\s+types?/i, dimension: { field: 'breakdown', kind: 'enterprise type' } },
  { kind: 'commodity', pattern: /commodit(?:y|ies)|\bgoods\b|\bproducts\b|\bHS\s+(?:sections?|chapters?|codes?)\b/i, dimension: { field: 'commodity' } },
  { kind: 'partner', pattern: /countr(?:y|ies)|continents?|\(\s*region\s*\)|\bregions?\s+of\s+(?:origin|destination)/i, dimension: { field: 'partner' } },
  { kind: 'area', pattern: /provinces?|location\s+of\s+(?:importers?|exporters?)|domestic\s+(?:regions?|destinations?|sources?)/i, dimension: { field: 'area' } },
];

/** Decides the row dimension: the dimension the title or corner names that the columns do not use. */
function rowDimension(title: Title, corner: string, paths: Phrase[][]): Result<{ kind: string; dimension: RowDimension }> {
  const columnKinds = new Set<string>();
  for (const path of paths) {
    for (const phrase of path) {
      if (phrase.cls === 'enterprise') columnKinds.add('enterprise type');
      if (phrase.cls === 'regime') columnKinds.add('customs regime');
    }
  }
  const text = `${title.text} ${corner}`;
  const named = ROW_KINDS.filter((k) => k.pattern.test(text) && !columnKinds.has(k.kind));
  // A commodity table by customs regime names both; the regimes are then the columns.
  if (named.length === 1) return { ok: true, value: { kind: named[0].kind, dimension: named[0].dimension } };
  if (named.length === 0) return fail(`what the rows are is not understood (title "${title.text}" names no customs regime, trade mode, commodity, country or province)`);
  return fail(`what the rows are is ambiguous: the title names ${named.map((k) => k.kind).join(' and ')}`);
}

const MONTH_CORNER = /^(?:(?:year\s*\/\s*)?months?(?:\s*\/\s*year)?|periods?|date)$/i;

/** A row label that names only a flow ("Exports", "Export & Import"). */
export function rowFlow(label: string): Extract<Phrase, { cls: 'flow' }> | null {
  const phrases = lexHeading(label.replace(/\s+/g, ' ').trim());
  return phrases && phrases.length === 1 && phrases[0].cls === 'flow' ? phrases[0] : null;
}

/**
 * Two row dimensions no title names: months (series tables: a "Month" corner or "Current Month"
 * / "January to Month" columns, and every row a month) and flows (every row label a flow, as in
 * enterprise-type tables whose columns are the enterprise types). Null when neither applies.
 */
function seriesOrFlowRows(table: RawTable, corner: string, paths: Phrase[][]): Result<{ kind: string; dimension: RowDimension; closingTotal?: boolean } | null> {
  const relative = paths.some((path) => path.some((p) => p.cls === 'period' && p.relative));
  if (relative || MONTH_CORNER.test(corner.trim())) {
    const strays = table.rows.filter((row) => parseRowPeriod(row.label) === null);
    if (strays.length === 0) return { ok: true, value: { kind: 'month', dimension: { field: 'period' } } };
    // A closing Total row covers January to the last month, but only when the columns give no
    // period of their own ("Current Month" of a Total means nothing) and the months above it run
    // from January without a gap, so that the period it covers is certain.
    if (!relative && strays.length === 1 && strays[0] === table.rows[table.rows.length - 1] && closesSeries(table.rows)) {
      return { ok: true, value: { kind: 'month', dimension: { field: 'period' }, closingTotal: true } };
    }
    return fail(`the rows of this series table are months but row "${strays[0].label}" is not a month`);
  }
  if (table.rows.length > 0 && table.rows.every((row) => rowFlow(row.label) !== null)) {
    if (paths.some((path) => path.some((p) => p.cls === 'flow'))) return fail('both the rows and the columns name flows');
    return { ok: true, value: { kind: 'flow', dimension: { field: 'flow' } } };
  }
  return { ok: true, value: null };
}

/**
 * A group heading that spans sub-columns whose own headings are not printed ("Foreign-invested"
 * over four columns, no "Sub.Tot CJV EJV FOE" row) gives them the same path as the group's first
 * column ("FIE", or "FIE | 6" when periods sit below). The headings then name one column per
 * distinct path there; which sub-column is which is left to the arithmetic (evidence.ts).
 */
function collapseUnnamedSubColumns(paths: Phrase[][]): Phrase[][] {
  const key = (path: Phrase[]) => path.map((p) => p.text.toLowerCase()).join('|');
  const isMember = (p: Phrase) => p.cls === 'enterprise' && FIE_MEMBERS.includes(p.code);
  const seen = new Set<string>();
  return paths.filter((path) => {
    const underFie = path.some((p) => p.cls === 'enterprise' && p.code === 'FIE') && !path.some(isMember);
    if (!underFie) return true;
    if (seen.has(key(path))) return false;
    seen.add(key(path));
    return true;
  });
}

/** Whether the last row closes a series of months January, February, ... of one year with their total. */
function closesSeries(rows: RawTable['rows']): boolean {
  const months = rows.slice(0, -1).map((row) => parseRowPeriod(row.label));
  if (months.length === 0 || months.some((m, i) => m === null || m.month !== i + 1 || m.year !== months[0]!.year)) return false;
  const end = parseSeriesTotal(rows[rows.length - 1].label);
  return end === 0 || end === months.length;
}

/** Resolves a built-in layout from the table's title and headings. */
export function resolveKnownLayout(table: RawTable, title: Title): Result<ResolvedLayout> {
  const headings = valueColumnPaths(table);
  if (!headings.ok) return headings;
  const paths = collapseUnnamedSubColumns(headings.value.paths);
  const corner = [...(table.columnPaths ?? table.headingLines ?? []).flat().filter((p) => p.cls === 'corner').map((p) => p.text), table.cornerText ?? ''].join(' ').trim();
  const special = seriesOrFlowRows(table, corner, paths);
  if (!special.ok) return special;
  const rows = special.value ? { ok: true as const, value: special.value } : rowDimension(title, corner, paths);
  if (!rows.ok) return rows;
  const isCommodityByRegime = rows.value.kind === 'commodity' && paths.some((path) => path.some((p) => p.cls === 'regime'));
  // Verified on GACC's selected-commodities-by-regime tables: with no period column their figures are January to date.
  const columns = interpretColumns(paths, title, {
    kind: isCommodityByRegime ? 'cumulative' : null,
    series: rows.value.kind === 'month',
    flowFromRows: rows.value.kind === 'flow',
  });
  if (!columns.ok) return columns;
  const hasYoyColumns = columns.value.some((c) => c.yoyOf !== null);
  return {
    ok: true,
    value: {
      name: layoutName(rows.value.kind, isCommodityByRegime, paths),
      rows: rows.value.dimension,
      columns: columns.value,
      yoy: hasYoyColumns ? 'columns' : headings.value.valueYoy ? 'line-below' : 'auto',
      // Customs regimes partition the total, and so do the months of a series above its Total row.
      exhaustiveRows: rows.value.kind === 'customs regime' || (special.value?.closingTotal ?? false),
    },
  };
}

/** The heading path of every value column (HTML: as read; text: rebuilt from the heading lines), and whether the headings say "Value/±%". */
function valueColumnPaths(table: RawTable): Result<{ paths: Phrase[][]; valueYoy: boolean }> {
  if (table.unknownHeadings.length > 0) return fail(`column heading "${table.unknownHeadings[0]}" is not understood`);
  let paths: Phrase[][];
  let valueYoy = table.yoyBelowHint;
  if (table.columnPaths) {
    if (table.columnPaths.some((path) => path.some((p) => p.cls === 'value-yoy'))) valueYoy = true;
    paths = table.columnPaths.map((path) => path.filter((p) => p.cls !== 'value-yoy' && p.cls !== 'rowunit' && p.cls !== 'corner'));
  } else {
    if (!table.headingLines || table.headingLines.length === 0) return fail('the table has no column headings that are understood');
    const rebuilt = pathsFromHeadingLines(table.headingLines, table.headingCells);
    if (!rebuilt.ok) return rebuilt;
    paths = rebuilt.value.paths;
    if (rebuilt.value.valueYoy) valueYoy = true;
  }
  if (paths.length === 0) return fail('the table has no column headings that are understood');
  return { ok: true, value: { paths, valueYoy } };
}

/** The layout's name: what its rows are, or the two GACC layouts whose columns name a dimension too. */
function layoutName(rowKind: string, isCommodityByRegime: boolean, paths: Phrase[][]): string {
  if (isCommodityByRegime) return 'commodities by customs regime';
  if (paths.some((path) => path.some((p) => p.cls === 'enterprise'))) return 'enterprise type by customs regime';
  return rowKind;
}

const FLOW_WORDS: Record<string, string> = { export: 'Exports', import: 'Imports', total: 'Export & Import', balance: 'Balance', other: 'Other' };

/** Resolves a layout a source configuration declared. */
export function resolveDeclaredLayout(layout: TableLayout, title: Title): Result<ResolvedLayout> {
  if (title.period.month === null) return fail(`the title "${title.text}" names no month, which a declared layout needs`);
  const month = title.period.month;
  const columns: ColumnSpec[] = [];
  for (const [index, column] of layout.columns.entries()) {
    if (column.yoy_of !== undefined) {
      const target = layout.columns[column.yoy_of];
      if (!target || target.yoy_of !== undefined || column.yoy_of === index) return fail(`declared column ${index + 1} is the year-on-year change of column ${column.yoy_of + 1}, which is not a value column`);
    }
    const breakdown = column.breakdown ?? '';
    if (breakdown !== '' && !/^[^:;]+:\s*[^;]+$/.test(breakdown)) return fail(`declared breakdown "${breakdown}" is not "kind: label"`);
    const periodWord = column.period === 'month' ? String(month) : `1 to ${month}`;
    columns.push({
      label: [FLOW_WORDS[column.flow], periodWord, column.measure === 'quantity' ? 'Quantity' : '', breakdown].filter(Boolean).join(' ') + (column.yoy_of !== undefined ? ' (yoy)' : ''),
      yoyOf: column.yoy_of ?? null,
      flow: column.flow,
      periodKind: column.period,
      month,
      measure: column.measure ?? 'value',
      breakdown,
      member: null,
    });
  }
  const hasYoyColumns = columns.some((c) => c.yoyOf !== null);
  if (hasYoyColumns !== (layout.yoy === 'columns')) return fail('the declared layout must say yoy "columns" exactly when some column is a yoy_of column');
  const kind = layout.row_dimension.trim().toLowerCase();
  const rows: RowDimension = kind === 'commodity' || kind === 'partner' || kind === 'area' ? { field: kind } : { field: 'breakdown', kind: layout.row_dimension.trim() };
  return { ok: true, value: { name: 'declared layout', rows, columns, yoy: layout.yoy ?? 'none', exhaustiveRows: false } };
}
