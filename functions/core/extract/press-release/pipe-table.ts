/**
 * Tables written with bars between the cells, as releases paste them from a spreadsheet or write them in
 * markdown. These shapes are read into the same rows as the other flattened tables (flat-table.ts):
 *
 * - a head row over the cells, with separator rows of dashes: "| Market | USD million | share | y/y |" over
 *   "|---|---|---|---|" and "| Japan | 812.4 | 11.2% | -3.5% |";
 * - a caption that heads the columns in its bracket, the rows each a label and its first number, then the other
 *   cells: "Exports by main destination, October 2026 (RM billion | share | y-o-y):" over "Singapore 21.43 | 15.5% | +9.4%";
 * - no head row, the cells carrying their own unit: "Crude oils | QR 4,031 million | 16.3%" (`ownUnitCells`);
 * - periods for rows under flow columns: "Period | Exports (Rs million) | Imports (Rs million)" (`periodRowsTable`);
 * - any of these aligned by spaces instead of bars, as PDF copies write them: "Partner      Value      y/y" (`alignedTable`).
 *
 * The caption (the line above the table, in its paragraph or ending the one before) gives the period and the
 * flow; the heads give the unit (or a value column whose unit the caption brackets), a year-on-year column and a
 * share column (its cells are share rows); month-on-month columns are skipped. A label that is a place is the
 * partner (an area in a table by province or city), "Total" is the world, a flow word the row's flow, anything
 * else the goods. A strip of flows on one line whose unit closes it in a bracket ("Exports: 41.2 | Imports:
 * 8.3 | Total: 49.5 (billion yuan)") is read the same way (`flowStrip`).
 *
 * The contract. Each column is classified on its own (`pipeColumns`): the label (the first), a level with its flow, unit
 * and period, a change, an index, a share, a column passed over ("Rank", "Notes", month-on-month) or one set aside
 * (`unknown`). A head the reader does not know, a level with no one period or no unit anywhere (head, caption, unit line or
 * note, unit column, the labels' brackets), two levels that would be the same figure, and a change or share whose level
 * cannot be told are set aside, never guessed; the table is read when its label column and one level column are left. A
 * row with no figure in a level column (a sub-head, a note, a blank) is set aside and the others are read; a row with
 * a figure the reader cannot place (its label names a flow the table cannot take, a level holds words or a percentage)
 * means the heads were not understood, and the whole table is left to the other readers, as is a table aligned by spaces
 * with anything set aside (`strict`: PDF copies are read whole or not at all). The work is once per table and row.
 */
import type { Flow } from '../../contract.js';
import { findPlaces } from './geography.js';
import { findPeriods, type Anchor } from './periods.js';
import { breakdownIn, findFlowCues, flowsNamed, soleFlow } from './subjects.js';
import { labelExportKind, proseLeadIn, namedPeriods, PROSE_PERIOD, SHARE_UNIT, shortFlowWordsInFull, SKIPPED_COLUMN, unitIn, YOY_COLUMN, type FlatTable, type Line, type Period, type TableRow, type TableUnit } from './flat-table.js';
import { groupings, isNumberToken, tokensOf, type Cell, type CellKind } from './flat-table-cells.js';


/** What each cell after the label holds: an index column ("2026 in % to 2025") holds a year-on-year change as 100 + change. */
type Role = 'level' | 'yoy' | 'index' | 'share' | 'skip' | 'unit' | 'unknown';

interface PipeColumns {
  roles: Role[];
  /** The period of each level column: its head's, else the caption's (null in other columns). */
  periods: Array<Period | null>;
  /** The flow a level column's head names ("Exports (100 million yen)", "Import & export"), else null. */
  flows: Array<Flow | null>;
  /** The table's unit; null when a unit column or the labels give each row's. */
  unit: TableUnit | null;
  /** Each level column's own unit when every one names a different one ("Thousand tonnes | US$ million"), else null. */
  units: Array<TableUnit | null> | null;
  /** Each row's unit in its label's bracket ("Coal (mln T)"), the table having none of its own. */
  labelUnits: boolean;
  /** No level column's head nor a unit line names the unit (the caption's, if any): a row's label bracket may name its own. */
  rowsMayNameUnit?: boolean;
  flow: Flow | null;
  placeRole: 'partner' | 'area';
  /** The label column is headed by ports ("Port"): a city in it is named as its port. */
  ports?: boolean;
  /** The partner or area the caption names for every row ("Exports to China by product, ..."). */
  place: { partner: string; area: string };
}

const SEPARATOR_CELL = /^:?-{2,}:?$/;
// "1,698.4", "8.7", "89.0%", and thousands grouped by spaces as offices write them, with a decimal point ("7 041.0") or
// the decimal comma of statistics offices ("106 842,7", "97,6").
const NUMBER_CELL = /^([+\-–]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?: \d{3})+(?:[.,]\d+)?|\d+(?:\.\d+)?|\d+,\d{1,2})(%?)$/;
// A number written with a decimal comma: "106 842,7", "97,6".
const DECIMAL_COMMA = /^\d{1,3}(?: \d{3})+,\d+$|^\d+,\d{1,2}$|^\d{1,3}(?:\.\d{3})+,\d+$/;
// "Share, %", "% share", "Share of total (%)", "Share in total FTT, %" (up to three words naming the total).
// "Share in exports, %": a share of the flow the table is about.
const SHARE_HEAD = /^(?:%\s*)?share\b(?:\s+(?:of|in)\s+(?:the\s+)?(?:total(?:\s+[A-Za-z]+){0,3}|exports|imports|(?:foreign\s+)?trade(?:\s+turnover)?|turnover))?\s*,?\s*(?:%|\(%\))?$/i;
const VALUE_HEAD = /^(?:value|amount|level|volume|quantity)$/i;
// "January-October growth (%)", "Change (%)": a change column named by its word (a month-on-month one is skipped before).
// "Change of total (%)": the change of the column it names, which stands before it as every change column's level does.
const GROWTH_HEAD = /^(?:.*\s)?(?:growth|change|increase)(?:\s+(?:of|in)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s*,?\s*(?:%|\(%\))?$/i;
// "January-September 2026 in % to January-September 2025": the level of one period as a percentage of another's, and so
// "10 months 2026 compared with same period 2025 (%)" as statistics offices head it (its cells are 116.4, not 16.4).
const INDEX_HEAD = /\bin\s+%\s+(?:to|of)\b|\bcompared\s+(?:with|to)\s+(?:the\s+)?same\s+period\b.*\(%\)\s*$/i;
const UNIT_HEAD = /^units?$/i;
// A row label with its unit in a bracket: "Coal (mln T)", "Iron ore (mln T)".
const LABEL_UNIT = /^(.*?\S)\s*\(([^()]+)\)$/;
// "Singapore 21.43", "Manufactures: 896.7": a label of words, then (after a space or a colon) the first cell's number.
const LABEL_AND_NUMBER = /^(.*?[A-Za-z)'])(?:\s*:\s*|\s+)([+\-–]?\d[\d,]*(?:\.\d+)?)$/;
// A caption whose bracket heads the columns: "Exports by main destination, October 2026 (RM billion | share | y-o-y):".
const BRACKET_HEADS = /^(.*?)\s*\(([^()]*\|[^()]*)\)\s*:?$/;
const AREA_CAPTION = /\b(?:by\s+(?:region|province|state|city|port|prefecture)|regions|provinces|states|cities|ports|prefectures)\b/i;
// "Total, all countries" (HMRC), "Total of all countries", "World total": the row of all partners too.
const TOTAL_LABEL = /^(?:total|grand\s+total|all|world|(?:total\s*,?\s*(?:of\s+)?)?all\s+countries|world\s+total)$/i;
const TOTAL_HEAD = /^total$/i;
// What is left of "Total imports and exports" or "Foreign trade turnover" once the flow words are out: the whole trade.
const TOTAL_TRADE_LABEL = /^(?:total\s+and|(?:merchandise|goods)(?:\s+trade)?|(?:total\s+)?(?:foreign\s+)?trade(?:\s+turnover)?|(?:foreign\s+trade\s+)?turnover)$/i;
// "Of which: trade with ASEAN": a part of the total above, named by the partner after "trade with".
// "Turnover - total", "Exports, total": the whole of what the label names.
// A first row that is the whole trade: "Foreign trade turnover", "Total trade", "Imports and exports", "Turnover - total".
const WHOLE_TRADE_ROW = /^(?:(?:total|foreign|external)\s+)*(?:trade(?:\s+turnover)?|turnover|imports\s+and\s+exports|exports\s+and\s+imports)(?:\s*[-–,]\s*total)?$/i;
const TOTAL_TAIL = /\s*[-–,]\s*total$/i;
const PART_OPENING = /^(?:of\s+which|among\s+them|including)\s*:?\s*/i;
const TRADE_WITH = /^(?:total\s+)?trade\s+(?:with|between\s+\w+\s+and)\s+/i;

/** Cells of a line written with bars (outer bars dropped), or null for a line with none (or bars only in a caption's bracket). */
function cellsOf(text: string): string[] | null {
  if (!text.includes('|') || BRACKET_HEADS.test(text)) return null;
  return text.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => signedCell(c.trim()));
}

// "(2 874.1)", "(1,204)", "(3.5)": a number in brackets filling its cell is a negative one, as accounts and trade balances
// write deficits. Only a number with a decimal part or thousands groups: "(1)", "(2)" number a table's columns.
const BRACKETED_NEGATIVE = /^\((\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d+)?|\d+[.,]\d+)\)$/;

/** A cell with its number's sign written as the minus sign the reader knows. */
const signedCell = (cell: string): string => cell.replace(BRACKETED_NEGATIVE, '-$1');

/** A caption line naming the table's unit ("..., January-October 2026 (Unit: 100 million yuan; %)"), no sentence: the table's, not the prose's. */
const isUnitCaption = (caption: Line): boolean => caption.text.length <= 200 && !/[.!?]$/.test(caption.text) && !caption.text.includes('|') && unitIn(caption.text) !== null;

/** A line under a table's head that only names the unit ("million US dollars |"). */
const isUnitLine = (text: string): boolean => /^[^\d|]+\|?\s*$/.test(text) && text.includes('|') && unitIn(text) !== null;

const isSeparator = (cells: string[]): boolean => cells.every((c) => c === '' || SEPARATOR_CELL.test(c)) && cells.some((c) => c !== '');

/** The pipe tables of one paragraph; `before` is the last line of the paragraph before (a caption there heads a table opening this one). */
export function pipeTables(lines: Line[], before: Line | null, anchor: Anchor | null, after: Line | null = null): FlatTable[] {
  const tables: FlatTable[] = [];
  const note = after && unitNoteUnder(after.text);
  for (let k = 0; k < lines.length; ) {
    const aligned = alignedTable(lines, k, before, anchor);
    if (aligned) {
      tables.push(aligned.table);
      k = aligned.next;
      continue;
    }
    const single = singleSpacedTable(lines, k, before, anchor);
    if (single) {
      tables.push(single.table);
      k = single.next;
      continue;
    }
    const unbarred = rowsUnderBarredHead(lines, k);
    const read = unbarred && pipeTable(unbarred.run, unbarred.grid, k > 0 ? lines[k - 1] : before, anchor, { given: [], strict: true });
    if (unbarred && read) {
      const caption = k > 0 ? lines[k - 1] : before;
      tables.push(caption && isUnitCaption(caption) ? { ...read, start: Math.min(read.start, caption.start) } : read);
      k += unbarred.run.length;
      continue;
    }
    let end = k;
    while (end < lines.length && ((cellsOf(lines[end].text)?.length ?? 0) >= 2 || (end === k + 1 && isUnitLine(lines[end].text)) || (end > k && isSubHeadLine(lines, end)))) end++;
    const caption = k > 0 ? lines[k - 1] : before;
    const run = lines.slice(k, end);
    const grid = withDotThousands(run.map((l) => cellsOf(l.text) ?? [l.text.replace('|', '').trim()]));
    const table = end - k >= 2 ? pipeTable(run, grid, caption, anchor) ?? (caption && proseLeadIn(caption.text) ? pipeTable(run, grid, null, anchor) : null) ?? (end === lines.length && note ? notedTable(run, grid, caption, after!, note, anchor) : null) : end - k === 1 && anchor ? flowStrip(lines[k], caption, anchor) : null;
    if (table) tables.push(caption && isUnitCaption(caption) ? { ...table, start: Math.min(table.start, caption.start) } : table);
    k = Math.max(end, k + 1);
  }
  return tables;
}

// A head of percentages: a change, a share, a year-on-year column ("Change y/y", "YoY (%)", "Share, %").
const PERCENT_HEAD = /%|\b(?:y\/y|yoy|y-o-y|year[- ]on[- ]year|growth|change|increase|share)\b/i;
// A cell of a dash alone: the column left empty ("Balance -231.9 —").
const DASH_CELL = /^[-–—]$/;
// A line of a label and numbers: "Trade balance 10.5 11.8", "Balance -231.9 —".
const ROW_ENDING_IN_NUMBER = /^[A-Za-z][^\d|]*\s[+\-–]?\d[\d.,]*%?(?:\s+(?:[+\-–]?\d[\d.,]*%?|[-–—]))*$/;
/** Longest label of a row under a barred head. */
const MAX_UNBARRED_LABEL = 90;

/**
 * "Item | Tonnes | Change y/y" over "Total 6 842 100 +8.5%": a head written with bars over rows that have none (the scraper
 * kept the head's bars only, or the writer drew none in the rows). Each row is its label, then its numbers grouped into the
 * head's columns when they group one way only (a single space parts two cells or the thousands of one); the rows end at
 * the first line with no numbers. Null when the line at k is no such head, no row follows it, or a line of a label and
 * numbers under it fits the columns no one way (the table is then left to flat-table.ts, whole).
 */
function rowsUnderBarredHead(lines: Line[], k: number): { run: Line[]; grid: string[][] } | null {
  const head = cellsOf(lines[k].text);
  if (!head || head.length < 3 || k + 1 >= lines.length || !unitAndChangeHeads(head.slice(1))) return null;
  const kinds = head.slice(1).map((h): CellKind => (PERCENT_HEAD.test(h) ? 'percent' : 'level'));
  const run = [lines[k]];
  const grid = [head];
  for (let i = k + 1; i < lines.length && !lines[i].text.includes('|'); i++) {
    const cells = unbarredCells(lines[i].text, kinds);
    // A row whose numbers fit the columns no one way ("Trade balance 10.5 11.8 148.5 202.4" under growth columns it leaves
    // out) leaves the whole table to the other readers.
    if (!cells && ROW_ENDING_IN_NUMBER.test(lines[i].text)) return null;
    if (!cells) break;
    run.push(lines[i]);
    grid.push(cells);
  }
  return grid.length > 1 ? { run, grid } : null;
}

/**
 * Heads naming only a unit ("Tonnes", "USD million") or a change ("Change y/y"), one unit at least: the levels' period is the
 * caption's. Heads with a period or a value word ("Jan-Sep 2026", "Value") are flat-table.ts's, which reads them (or not) under
 * its own rules.
 */
function unitAndChangeHeads(heads: string[]): boolean {
  const unit = (h: string) => !NUMBER_CELL.test(h) && unitIn(h) !== null && !VALUE_HEAD.test(h) && !/\b(?:19|20)\d\d\b/.test(h);
  return heads.some(unit) && heads.every((h) => unit(h) || PERCENT_HEAD.test(h));
}

/** A change as tables write one: with a "%", decimals or a minus ("+8.5%", "6.1", "-2"). */
const writtenAsChange = (c: Cell): boolean => c.percent || c.digits.includes('.') || c.digits.startsWith('-');

/** A row without bars as its cells under heads of these kinds: the label, then one cell per column; null unless one grouping fits. */
function unbarredCells(text: string, kinds: CellKind[]): string[] | null {
  const tokens = tokensOf(text);
  const dash = tokens.length > 2 && DASH_CELL.test(tokens[tokens.length - 1].text);
  const numbers = dash ? tokens.slice(0, -1) : tokens;
  let first = numbers.length;
  while (first > 0 && isNumberToken(numbers[first - 1].text)) first--;
  const label = first > 0 && first < numbers.length ? text.slice(0, numbers[first].start).trim() : '';
  if (!/^[A-Za-z][^\d|]*$/.test(label) || label.length > MAX_UNBARRED_LABEL || /[.!?]$/.test(label)) return null;
  const columns = dash ? kinds.slice(0, -1) : kinds;
  // A bare "200" is no change but the tail of a level: "3 480 200" under "Tonnes | Change" is one level with its change
  // left out, not 3,480 up 200%.
  const readings = groupings(numbers.slice(first), columns).filter((cells) => cells.every((c, j) => columns[j] === 'level' || writtenAsChange(c)));
  const written = new Set(readings.map((cells) => cells.map((c) => `${c.digits}${c.percent ? '%' : ''}`).join('|')));
  if (written.size !== 1) return null;
  return [label, ...[...written][0].split('|'), ...(dash ? ['-'] : [])];
}

// A decimal comma ("33,4", "1.204,7") and a decimal point ("12.5", "0.0375") in a cell of their own.
const COMMA_DECIMAL_CELL = /^[+\-–]?(?:\d+,\d{1,2}|\d{1,3}(?:\.\d{3})+,\d+)%?$/;
const POINT_DECIMAL_CELL = /^[+\-–]?(?:\d{1,3}(?:,\d{3})+|\d*\.\d{1,2}|\d*\.\d{4,}|\d{4,}\.\d+)%?$/;
const DOT_GROUPED_CELL = /^([+\-–]?)(\d{1,3}(?:\.\d{3})+)(%?)$/;

/**
 * "China | 43.187 | 33,4": a table whose decimals are written with a comma groups its thousands with a dot, so
 * "43.187" is 43,187 (written with a space, as the reader takes groups). Only when no cell writes a decimal point or a
 * comma grouping: a table of both notations is left as written.
 */
function withDotThousands(grid: string[][]): string[][] {
  const cells = grid.flat();
  if (!cells.some((c) => COMMA_DECIMAL_CELL.test(c)) || cells.some((c) => POINT_DECIMAL_CELL.test(c))) return grid;
  return grid.map((row) => row.map((c) => c.replace(DOT_GROUPED_CELL, (_, sign: string, digits: string, pc: string) => sign + digits.replace(/\./g, ' ') + pc)));
}

/**
 * "Europe |" between a page table's rows: a row of one cell (a sub-head the page wrote without spanning it), words only,
 * with rows of cells under it; it stays in the table (`joinedHeads` sets it aside, or reads the flow it names).
 */
function isSubHeadLine(lines: Line[], at: number): boolean {
  const text = lines[at].text;
  return text.endsWith('|') && !/\d/.test(text) && cellsOf(text)?.length === 1 && at + 1 < lines.length && (cellsOf(lines[at + 1].text)?.length ?? 0) >= 2;
}

/** A note under a table naming its unit ("Unit: 100 million yuan. * Preliminary.", "Note: unit 100 million yuan.", "thousand US dollars"): the unit's words, or null. */
function unitNoteUnder(text: string): string | null {
  if (text.length > 120) return null;
  if (!/^(?:note\s*:\s*)?units?\b|^[A-Za-z$€£¥ ]{2,30}$|^[*†]\s*in\s/i.test(text)) return shortUnitNote(text);
  const m = /^(?:note\s*:\s*)?(?:units?\s*[:：]?\s*)?(?:[*†]\s*in\s+)?([^.;:()\d]*?(?:\d+(?:,\d{3})*\s+)?[^.;:()\d]+?)\s*(?:[.;]|$)/i.exec(text);
  return m && unitIn(m[1]) ? m[1] : null;
}

// The first sentence of a note: "US$ million, FOB" of "US$ million, FOB. Source: ...", "quantities in tonnes" of "Note: ...".
const NOTE_FIRST_SENTENCE = /^(?:notes?\s*:\s*)?([^.;:]{2,40}?)\s*(?:[.;]|$)/i;

/**
 * A note under a table whose first sentence is a few words naming a unit and no figure ("US$ million, FOB. Source: the
 * ministry.", "Note: quantities in tonnes.", "Figures in 100 million yuan; totals may not add up."): the unit's words, or null.
 */
function shortUnitNote(text: string): string | null {
  const m = NOTE_FIRST_SENTENCE.exec(text);
  // A power of ten is the unit's scale ("100 million yuan", "10,000 tonnes"), no figure.
  const words = m ? m[1].replace(/\b10{1,3}(?:[, ]000)*\b/g, '') : '';
  if (!m || /\d/.test(words) || words.split(/\s+/).length > 5) return null;
  return unitIn(m[1]) ? m[1] : null;
}

/** A table whose heads and caption name no unit, read with the unit of the note under it; the note is the table's line (no figure of the prose). */
function notedTable(run: Line[], grid: string[][], caption: Line | null, note: Line, unit: string, anchor: Anchor | null): FlatTable | null {
  if (caption && unitIn(caption.text)) return null;
  const table = pipeTable(run, grid, caption, anchor, { ...PAGE_TABLE, noteUnit: unit });
  return table && { ...table, end: note.start + note.text.length };
}

// Columns of a table aligned by spaces (a PDF copy, a plain-text bulletin) are parted by two spaces or more.
const COLUMN_GAP = /\s{2,}/;
// Two gaps (`COLUMN_GAP`) in one line: the end of one, words, and the start of another; a line without is split in fewer than three.
const TWO_GAPS = /\s\s\S[^]*?\s\s/;
/** Most caption lines above an aligned table's head ("Table 2  Trade with major partners, January-November 2026" over "Unit: 100 million yuan, %"). */
const ALIGNED_CAPTION_LINES = 2;

/**
 * "Partner      Value      y/y" over "ASEAN      69 874      8.5": a table aligned by spaces, read as one with bars. The head
 * line has three cells or more and no number; every line under it has as many cells or fewer (its last columns empty), all
 * numbers after the label (words in a unit column). The caption is the paragraph's short lines above the head (the one
 * before's last line when the head opens it), joined, and those of its paragraph are claimed with the table.
 * Null when the lines are no such table or the table is not one the bar reader reads.
 */
function alignedTable(lines: Line[], k: number, before: Line | null, anchor: Anchor | null): { table: FlatTable; next: number } | null {
  // A head has three cells, so two gaps: a line with fewer (a line of prose) is not split.
  if (!TWO_GAPS.test(lines[k].text)) return null;
  const top = lines[k].text.split(COLUMN_GAP);
  if (top.some((c) => NUMBER_CELL.test(c))) return null;
  // A head stacked over lines: the lines of words under the first, down to the first row of numbers.
  let first = k + 1;
  while (first < lines.length && first - k < MAX_HEAD_LINES && isWordLine(lines[first].text)) first++;
  const rows = alignedRows(lines, first, top);
  if (!rows) return null;
  const { grid, run, sections, end } = rows;
  const head = first > k + 1 ? stackedHead(lines.slice(k, first), run[0], grid[0].length) : top;
  if (!head) return null;
  const above = lines.slice(Math.max(0, k - ALIGNED_CAPTION_LINES), k).filter((l) => l.text.length <= 200 && !/[.!?]$/.test(l.text));
  const captionLines = k === 0 ? (before ? [before] : []) : titledUnitLines(above, k, before);
  // Joined with ";" so that each line may name the unit ("Table 3.1  Foreign trade, January-October" over "million USD").
  const caption = captionLines.length ? { start: captionLines[0].start, text: captionLines.map((l) => l.text.replace(/\s+/g, ' ')).join('; ') } : null;
  const read = (over: Line | null) => pipeTable([lines[k], ...run], [head, ...grid], over, anchor, { given: [null, ...sections], strict: true });
  // "The bureau's table of main partners reads as follows:" over the head: a lead-in the table cannot be read under is left out.
  const table = read(caption) ?? (caption && proseLeadIn(caption.text) ? read(null) : null);
  // The caption lines of its own paragraph are the table's ("Unit: 100 million yuan" is no figure of the prose).
  const claimed = captionLines.find((l) => l !== before);
  return table ? { table: { ...table, start: k === 0 ? table.start : claimed?.start ?? table.start }, next: end } : null;
}

// A cell closed by its decimal part, as statistics offices' PDF copies write every figure of a table: "9 006,7", "326,1",
// "-1.6", "12 480.25" (no integer part opens with a zero, so "9 006,7" is one cell, never "9" and "006,7").
const DECIMAL_CLOSED = String.raw`[+\-–−]?(?:0|[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})*)[.,]\d{1,2}%?`;
// A row of them after its label, one space between cells: "Russia 9 006,7 2 531,2 6 475,5" (the label may be of words and
// brackets: "United States 3 102,4 ..."). Each cell ends where its decimal part does, so the row splits one way only.
const SINGLE_SPACED_ROW = new RegExp(String.raw`^([A-Za-z][A-Za-z .,'’&()-]*?) (${DECIMAL_CLOSED}(?: ${DECIMAL_CLOSED})+)$`);
const DECIMAL_CELL = new RegExp(DECIMAL_CLOSED, 'g');
// A head of one word to a column: "Country Turnover Export Import", "Partner Exports Imports Balance".
const ONE_WORD_HEADS = /^[A-Za-z][A-Za-z%/-]*(?: [A-Za-z%/-]+){2,7}$/;

/**
 * "Country Turnover Export Import" over "Russia 9 006,7 2 531,2 6 475,5": a PDF copy's table that lost its alignment, one
 * space left between cells. It is read as an aligned table when every cell under the head is closed by its decimal part
 * (so each row splits one way) and the head has one word for each column (with or without the label column's). The caption
 * is taken as an aligned table's.
 */
function singleSpacedTable(lines: Line[], k: number, before: Line | null, anchor: Anchor | null): { table: FlatTable; next: number } | null {
  const head = lines[k].text.trim();
  if (!ONE_WORD_HEADS.test(head) || k + 2 >= lines.length) return null;
  const run: Line[] = [];
  const grid: string[][] = [];
  for (let i = k + 1; i < lines.length; i++) {
    const row = SINGLE_SPACED_ROW.exec(lines[i].text.trim());
    if (!row) break;
    run.push(lines[i]);
    grid.push([row[1].trim(), ...row[2].match(DECIMAL_CELL)!]);
  }
  const width = grid[0]?.length ?? 0;
  const words = head.split(' ');
  const heads = words.length === width ? words : words.length === width - 1 ? ['', ...words] : null;
  if (grid.length < 2 || !heads || grid.some((cells) => cells.length !== width)) return null;
  const above = lines.slice(Math.max(0, k - ALIGNED_CAPTION_LINES), k).filter((l) => l.text.length <= 200 && !/[.!?]$/.test(l.text));
  const captionLines = k === 0 ? (before ? [before] : []) : titledUnitLines(above, k, before);
  const caption = captionLines.length ? { start: captionLines[0].start, text: captionLines.map((l) => l.text.replace(/\s+/g, ' ')).join('; ') } : null;
  const table = pipeTable([lines[k], ...run], [heads, ...grid], caption, anchor, { given: [], strict: true });
  const claimed = captionLines.find((l) => l !== before);
  return table ? { table: { ...table, start: claimed?.start ?? table.start }, next: k + 1 + run.length } : null;
}

// A caption line that names only the unit: "(US$ million)", "Unit: 100 million yuan".
const UNIT_ONLY_CAPTION = /^\(?\s*(?:unit\s*:\s*)?[^\d\s:()]{0,4}\s*[^\d:()]{1,40}\)?$/i;

/**
 * The caption lines above an aligned head: when the paragraph opens with lines naming only the unit ("(US$ million)"), the
 * title standing alone as the paragraph before ("3. Main exports in July-October 2026", no sentence) is the caption's first
 * line, so its flow and period head the table too. Only the paragraph's own lines are claimed with the table (`claim`).
 */
function titledUnitLines(above: Line[], k: number, before: Line | null): Line[] {
  const unitOnly = above.length === k && above.length > 0 && above.every((l) => UNIT_ONLY_CAPTION.test(l.text.trim()) && unitIn(l.text) !== null);
  return unitOnly && before && before.text.length <= 200 && !/[.!?]$/.test(before.text.trim()) ? [before, ...above] : above;
}

/**
 * "Foreign trade turnover with main partner countries" over "(thousand US dollars)", each a paragraph of its own above a
 * page's table (a caption broken by a line break, or a bold title over a unit line): the unit line is the caption's end,
 * and the title standing before it (no sentence) its words, so the table reads its flow and period there too.
 */
export function titledUnitCaption(title: Line | null, unitLine: Line | null): Line | null {
  if (!unitLine || !title || !unitLine.text.trim().startsWith('(') || !UNIT_ONLY_CAPTION.test(unitLine.text.trim()) || unitIn(unitLine.text) === null) return unitLine;
  if (title.text.length > 200 || /[.!?:]$/.test(title.text.trim()) || title.text.includes('|') || unitIn(title.text) !== null) return unitLine;
  return { start: title.start, text: `${title.text.trim()} ${unitLine.text.trim()}` };
}

/** Most lines a head aligned by spaces is stacked over ("January-" over "October 2025"). */
const MAX_HEAD_LINES = 4;
/** A line of a stacked head: words only, no cell a number. */
const isWordLine = (text: string): boolean => !text.split(COLUMN_GAP).some((c) => NUMBER_CELL.test(c)) && !PART_OPENING_LINE.test(text);
// "of which:", "Including:": a line opening the parts of the row above, standing between a table's rows.
const PART_OPENING_LINE = /^(?:of\s+which|among\s+them|including)\s*:?$/i;

/**
 * The rows of an aligned table from line `first` on: each a label and numbers (a unit column's words under a "Unit" head),
 * as many cells as the first row or fewer; "of which:" lines are skipped; an indented row with no flow word takes the flow
 * of the row it stands under ("Exports" over "  Oil and gas"). Null when there is no row, or a line under them with
 * numbers is none of them (the whole table is then left to the other readers).
 */
function alignedRows(lines: Line[], first: number, top: string[]): { grid: string[][]; run: Line[]; sections: Array<Flow | null>; end: number } | null {
  const grid: string[][] = [];
  const run: Line[] = [];
  const sections: Array<Flow | null> = [];
  const units = top.map((c) => UNIT_HEAD.test(c));
  let parent: { column: number; flow: Flow } | null = null;
  let end = first;
  for (; end < lines.length; end++) {
    if (grid.length && PART_OPENING_LINE.test(lines[end].text)) continue;
    const cells = lines[end].text.split(COLUMN_GAP);
    // A head whose label cell is left blank ("        2025 I-X    2026 I-X    Change, %") has one cell more in its rows (the
    // first row tells); "Trade balance     -3,707     -3,482" under "Item  Sep 2025  Sep 2026  % change" leaves its last
    // columns empty; a change left blank ("-") is a cell of its row.
    const width = grid.length ? grid[0].length : cells.length;
    const shift = width === top.length + 1 ? 1 : 0;
    const cellOk = (c: string, j: number) => NUMBER_CELL.test(c) || BLANK_MARK.test(c) || (units[j + 1 - shift] === true && unitIn(c) !== null);
    if (cells.length < 2 || cells.length > width || !cells.slice(1).every(cellOk)) break;
    grid.push([...cells, ...Array<string>(width - cells.length).fill('')]);
    run.push(lines[end]);
    const column = lines[end].column ?? 0;
    const own = flowsNamed(cells[0]);
    if (own.size === 1 && (!parent || column <= parent.column)) parent = { column, flow: [...own][0] };
    else if (parent && column <= parent.column) parent = null;
    sections.push(!own.size && parent && column > parent.column ? parent.flow : null);
  }
  // A row under it that is not one of its rows ("Crude oil (mln bpd)   11.21") leaves the whole table to the other readers.
  if (!grid.length || (end < lines.length && /\d/.test(lines[end].text) && lines[end].text.split(COLUMN_GAP).length >= 2)) return null;
  return { grid, run, sections, end };
}

/** A cell of a line aligned by spaces and the columns of the text it spans. */
interface PlacedCell {
  text: string;
  from: number;
  to: number;
}

function placedCells(line: Line): PlacedCell[] {
  return [...line.text.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], from: (line.column ?? 0) + m.index, to: (line.column ?? 0) + m.index + m[0].length }));
}

/**
 * A head stacked over lines, read by column: each head cell goes to the column of the first row it stands over (else the
 * nearest): "January-" over "October 2025" over "11 562 942.1", joined top to bottom ("January-October 2025"; a word broken
 * after its hyphen joins without a space). Null when the first row's cells cannot be placed.
 */
function stackedHead(headLines: Line[], firstRow: Line, width: number): string[] | null {
  const columns = placedCells(firstRow);
  if (columns.length !== width) return null;
  const parts: string[][] = columns.map(() => []);
  for (const line of headLines) {
    for (const cell of placedCells(line)) {
      const under = columns.findIndex((c) => c.from < cell.to && cell.from < c.to);
      const column = parts[under >= 0 ? under : nearestColumn(columns, cell)];
      column.push(column.length && isBareUnit(cell.text) ? `(${cell.text})` : cell.text);
    }
  }
  return parts.map((words) => words.reduce((head, w) => (head === '' ? w : head.endsWith('-') ? head + w : `${head} ${w}`), ''));
}

// "Exports" over "US$ mn", "Value" over "thousand tonnes", "Imports" over "mln USD": a unit alone under a head's words is that
// head's unit, as if in its bracket ("Exports (US$ mn)"); a175. (A period under them, "January-" over "October 2025", is none.)
const isBareUnit = (text: string): boolean => !text.startsWith('(') && !/\b(?:19|20)\d\d\b/.test(text) && unitIn(text) !== null;

/** The column whose middle is nearest a cell's. */
function nearestColumn(columns: PlacedCell[], cell: PlacedCell): number {
  const mid = (c: PlacedCell) => (c.from + c.to) / 2;
  return columns.reduce((best, c, j) => (Math.abs(mid(c) - mid(cell)) < Math.abs(mid(columns[best]) - mid(cell)) ? j : best), 0);
}

/**
 * How a run of rows is read: `given` the flows of sections an aligned table's indents give its rows; `strict` (a table
 * aligned by spaces, as a PDF copy or bulletin writes one) leaves the whole table to the other readers when a column or
 * a row would be set aside, as every table once did (a page's table sets them aside and reads the rest).
 */
interface ReadingMode {
  given: Array<Flow | null>;
  strict: boolean;
  /** The unit a note under the table names, read as the caption's (the caption may be a row spanning the table). */
  noteUnit?: string;
}

const PAGE_TABLE: ReadingMode = { given: [], strict: false };

function pipeTable(whole: Line[], cells: string[][], titled: Line | null, anchor: Anchor | null, mode: ReadingMode = PAGE_TABLE): FlatTable | null {
  const spanned = spannedTitle(whole, cells, titled);
  if (spanned) {
    const table = pipeTable(whole.slice(1), cells.slice(1), spanned, anchor, { ...mode, given: mode.given.slice(1) });
    return table && { ...table, start: whole[0].start };
  }
  const turned = mode.strict ? null : turnedTable(whole, cells);
  if (turned) return pipeTable(turned.whole, turned.cells, titled, anchor, { ...mode, given: [] });
  const captionLine = mode.noteUnit ? { start: titled?.start ?? whole[0].start, text: titled ? `${titled.text} (${mode.noteUnit})` : mode.noteUnit } : titled;
  const { run, written: numbered, sections: spannedFlows, places } = joinedHeads(whole, cells);
  const written = withoutRankColumn(numbered);
  const sections = spannedFlows.map((flow, k) => flow ?? mode.given[k] ?? null);
  const own = ownUnitCells(written);
  const grid = own?.grid ?? joinedLabels(written);
  const headed = !own && (!grid[0].some((c) => NUMBER_CELL.test(c)) || (!!anchor && isYearHeadRow(grid[0], anchor)));
  if (headed && PERIOD_HEAD.test(grid[0][0])) return anchor ? periodRowsTable(run, grid, captionLine, anchor, mode.strict) : null;
  // "2022 | Trains | y/y (%)" over "January-March | 1,046 | 15.3": the year heading the label column dates the rows.
  const year = !own && anchor && grid[0].length > 1 && !grid[0].slice(1).some((c) => NUMBER_CELL.test(c)) ? BARE_YEAR_LABEL.exec(grid[0][0]) : null;
  const ofYear = year && Number(year[1]) <= anchor!.year ? periodRowsTable(run, grid, captionLine, { ...anchor!, year: Number(year[1]), month: 12, day: undefined }, mode.strict) : null;
  if (ofYear) return ofYear;
  const bracket = captionLine ? BRACKET_HEADS.exec(captionLine.text) : null;
  const heads = own?.heads ?? (headed ? headCells(grid) : bracket ? bracket[2].split('|').map((h) => h.trim()) : null);
  if (!heads || !anchor) return null;
  const unitLine = headed && grid.length > 1 && grid[1].length === 1 ? grid[1][0] : '';
  const first = headed ? (unitLine ? 2 : 1) : 0;
  // Every row's unit in its label's bracket, or (a row indented under it: "  Imports") the one of the row above.
  const top = grid.slice(first).find((cells) => !isSeparator(cells));
  const labelUnits = unitIn(LABEL_UNIT.exec(top?.[0] ?? '')?.[2] ?? '') !== null;
  const read = pipeColumns(heads, bracket ? bracket[1] : captionLine?.text ?? '', anchor, unitLine, labelUnits, headed ? grid[0][0] : '');
  if (!read || (mode.strict && read.roles.includes('unknown'))) return null;
  // The whole trade opening the rows of a table whose caption names no flow ("Foreign trade turnover" over "China",
  // "Russia", ...): the rows under it are its parts, both ways.
  const rowsFlows = read.flow !== null && rowsNameFlows(grid.slice(first));
  const columns = read.flow === null && top && WHOLE_TRADE_ROW.test(withoutNoteMarks(top[0])) ? { ...read, flow: 'total' as Flow } : rowsFlows ? { ...read, flow: null } : read;
  const rows = tableRows(run, grid, first, changesForIndices(columns, grid.slice(first)), { flows: sections, places }, mode.strict);
  if (!rows?.length) return null;
  const last = run[run.length - 1];
  return { start: run[0].start, end: last.start + last.text.length, rows, lines: run.length };
}

// A triangle before a number, which Japanese and Korean statistics write for minus ("▲2.1"), and those for a fall.
const MINUS_TRIANGLE = /^[▲△]\s*(?=\d)/;
const DOWN_TRIANGLE = /[▼▽]/;

/**
 * A table turned over: partners (or "World") as columns, flows as rows, each flow's change in the row under it
 * ("| World | USA | China |" over "Exports | 65,261 | ...", "y/y | ▲2.1 | ...", ..., "Balance | 2,113 | ..."). It is turned
 * back (a row per partner, a column per flow and change) and read as any table; the rows' quotes are the whole table. A
 * triangle before a number is minus when a level (a flow's row) carries one and no cell has a falling triangle (levels are
 * never "up"). Null unless every head cell after a blank or worded corner is a place or the world, and every row a flow, or
 * a change under one.
 */
function turnedTable(whole: Line[], cells: string[][]): { whole: Line[]; cells: string[][] } | null {
  const width = cells[1]?.length ?? 0;
  const head = cells[0].length === width - 1 ? ['', ...cells[0]] : cells[0];
  const places = head.slice(1);
  if (whole.length < 3 || head.length !== width || width < 3 || !isHeadRow(cells[0]) || cells.slice(1).some((r) => r.length !== width)) return null;
  if (findPlaces(head[0], '').length || !places.every((c) => TOTAL_LABEL.test(c) || findPlaces(c, '').some((p) => p.start === 0 && p.end === c.length))) return null;
  const flowRow = cells.slice(1).map((r) => headFlow(withoutNoteMarks(r[0])) !== null);
  const rowsOk = cells.slice(1).every((r, k) => flowRow[k] || (k > 0 && flowRow[k - 1] && isChangeHead(withoutNoteMarks(r[0]))));
  if (!rowsOk || !flowRow.some((f) => f)) return null;
  const minus = !cells.some((r) => r.some((c) => DOWN_TRIANGLE.test(c))) && cells.slice(1).some((r, k) => flowRow[k] && r.slice(1).some((c) => MINUS_TRIANGLE.test(c)));
  const cell = (c: string) => (minus ? c.replace(MINUS_TRIANGLE, '-') : c);
  const turned = [['Partner', ...cells.slice(1).map((r) => r[0])], ...places.map((place, j) => [place, ...cells.slice(1).map((r) => cell(r[j + 1]))])];
  const last = whole[whole.length - 1];
  const span: Line = { ...whole[0], text: ' '.repeat(last.start + last.text.length - whole[0].start) };
  return { whole: turned.map(() => span), cells: turned };
}

/**
 * "Compared with same period 2025 (%)" over "24.1", "-12.6": an index is the level as a percentage of the other (never
 * below zero), so a column of them with a negative cell holds changes, as such heads also head them.
 */
function changesForIndices(columns: PipeColumns, rows: string[][]): PipeColumns {
  const lined = rows.filter((cells) => cells.length === columns.roles.length + 1);
  const negative = (j: number) => lined.some((cells) => /^[-–]\d/.test(cells[j + 1]) && NUMBER_CELL.test(cells[j + 1]));
  if (!columns.roles.some((role, j) => role === 'index' && negative(j))) return columns;
  return { ...columns, roles: columns.roles.map((role, j) => (role === 'index' && negative(j) ? 'yoy' : role)) };
}

/**
 * "Trade balance (R million)" over rows "Exports", "Imports", "Trade balance": rows whose labels name two flows or more are
 * the flows themselves, and the caption's flow names what the table is about, not each row's; so does a sentence of the
 * prose standing above them ("..., the euro area recorded a surplus of €164.7 bn." over "Extra-EA exports", "Extra-EA
 * imports", "Trade balance").
 */
function rowsNameFlows(rows: string[][]): boolean {
  const flows = new Set(rows.flatMap((cells) => findFlowCues(withoutNoteMarks(cells[0] ?? '')).map((c) => c.flow)));
  return flows.size >= 2;
}

/**
 * A first row the page spans over the table above its head row: a caption with a period in it ("Imports by origin,
 * January-May 2021 (10,000 tonnes)"), which stands for the line above; or the unit ("Unit: 100 million yuan"), which joins
 * the caption. Either is the table's line (no figure of the prose). Null when the first row is no such row.
 */
function spannedTitle(whole: Line[], cells: string[][], captionLine: Line | null): Line | null {
  if (whole.length <= 2 || !isHeadRow(cells[1])) return null;
  if (isSpannedCaption(cells[0])) return { ...whole[0], text: cells[0][0] };
  if (isSpannedUnit(cells[0])) return { start: captionLine?.start ?? whole[0].start, text: captionLine ? `${cells[0][0]}; ${captionLine.text}` : cells[0][0] };
  return null;
}

/**
 * The rows of a table under its head, from row `first`. A row that cannot be read and has no number in a level column (a
 * sub-head, a note, a blank) is set aside; one with a figure that cannot be read makes the whole table none (null: its
 * heads were not understood, and the other readers take it), as does any row set aside in a `strict` reading.
 */
function tableRows(run: Line[], grid: string[][], first: number, columns: PipeColumns, sections: { flows: Array<Flow | null>; places: Array<string | null> }, strict: boolean): TableRow[] | null {
  const rows: TableRow[] = [];
  let above: TableUnit | null = null;
  // The section whose rows named the bloc's own trade ("Extra-EU27 exports" under "EU27"): its other flow rows are the bloc's too.
  let ownSection: string | null = null;
  for (let k = first; k < run.length; k++) {
    if (isSeparator(grid[k])) continue;
    const cells = pipeRow(run[k], grid[k], columns, above, sections.flows[k], strict);
    if (!cells?.length && (strict || holdsLevel(grid[k], columns))) return null;
    if (!cells?.length) continue;
    above = cells[0].unit;
    const place = sections.places[k];
    if (place && EXTRA_AREA.test(grid[k][0])) ownSection = place;
    rows.push(...(place ? cells.map((row) => placedRow(row, place, grid[k][0], ownSection === place)) : cells));
  }
  return rows;
}

/** Whether a row has a number where the table reads levels (any cell after its label, when its cells do not line up with the heads). */
function holdsLevel(cells: string[], columns: PipeColumns): boolean {
  if (cells.length !== columns.roles.length + 1) return cells.slice(1).some((c) => NUMBER_CELL.test(c)) || LABEL_AND_NUMBER.test(cells[0]);
  return columns.roles.some((role, j) => role === 'level' && /\d/.test(cells[j + 1]));
}

/**
 * "Flow | 2011 | Year-on-year (%)", "Partner | 2025 | 2026 | Change (%)": a head row whose only numbers are bare years (each
 * once, none later than the release's) under a word heading the labels names the columns (a year is its level column's
 * period, or the caption's span in that year); one year alone needs a head of words beside it, as a row of figures has none.
 */
function isYearHeadRow(cells: string[], anchor: Anchor): boolean {
  const rest = cells.slice(1);
  const years = rest.filter((c) => BARE_YEAR_LABEL.test(c));
  if (NUMBER_CELL.test(cells[0]) || !years.length || new Set(years).size !== years.length || years.some((y) => Number(y) > anchor.year)) return false;
  return rest.every((c) => BARE_YEAR_LABEL.test(c) || !NUMBER_CELL.test(c)) && (years.length > 1 || rest.some((c) => /[a-z]/i.test(c)));
}

// The head of a column that numbers the rows: "No.", "#", "Rank", "S/N".
const RANK_HEAD = /^(?:no\.?|#|№|n[°º]|rank|s\/n|s\.\s*no\.?|sr\.?\s*no\.?|nr\.?)$/i;
// The head of a column of words beside the figures: "Notes", "Remarks", "Source", "Comment".
const NOTE_HEAD = /^(?:notes?|remarks?|comments?|sources?|footnotes?|explanations?)$/i;

/**
 * "No. | Commodity group | Value (USD million) | Change (%)" over "1 | Telephones and parts | 23,580 | 23.4": a first column
 * numbering the rows 1, 2, 3 … is no figure; the rows are read from their labels on.
 */
function withoutRankColumn(grid: string[][]): string[][] {
  if (grid.length < 2 || !RANK_HEAD.test(grid[0][0] ?? '') || grid[0].length < 3) return grid;
  // A totals row leaves its rank blank (the bar splitter drops a blank first cell: one cell fewer); a sub-head row of one
  // cell stands as it is.
  const width = grid[0].length;
  const numbered = (cells: string[]) => cells.length === width;
  const rows = grid.slice(1).filter((cells) => cells.length > 1);
  const ranked = rows.every((cells) => (numbered(cells) && /^(?:\d{1,3}\.?)?$/.test(cells[0])) || cells.length === width - 1) && rows.filter((cells) => numbered(cells) && cells[0] !== '').length >= 2;
  return ranked ? grid.map((cells) => (numbered(cells) ? cells.slice(1) : cells)) : grid;
}

/** A row whose every cell is the same words with a period in them ("Imports by origin, January-May 2021 (10,000 tonnes)"). */
const isSpannedCaption = (cells: string[]): boolean => cells.length > 1 && new Set(cells).size === 1 && !NUMBER_CELL.test(cells[0]) && /\d{4}/.test(cells[0]);

/** A row the page spans over the whole table that names a unit and nothing countable ("Unit: 100 million yuan"). */
const isSpannedUnit = (cells: string[]): boolean => cells.length > 1 && cells[0] !== '' && new Set(cells).size === 1 && !/\d{4}/.test(cells[0]) && unitIn(cells[0]) !== null;

/** A head row: cells with no number in them, more than one of them written. */
const isHeadRow = (cells: string[]): boolean => !cells.some((c) => NUMBER_CELL.test(c)) && cells.filter((c) => c !== '').length >= 2 && !isSeparator(cells);

/**
 * A head of two rows as one: "Partner | January-October | January-October | October | October" over "Partner | 100 million
 * yuan | y/y (%) | 100 million yuan | y/y (%)" heads its columns "January-October 100 million yuan", "January-October y/y
 * (%)", ... (a page's cell spanning columns stands in each, article.ts); a cell the two rows share ("Partner") is one head.
 * Rows a single cell spans (a note or section across the table: every cell the same) are left out.
 */
function joinedHeads(whole: Line[], cells: string[][]): { run: Line[]; written: string[][]; sections: Array<Flow | null>; places: Array<string | null> } {
  const spanned = cells.map((row, k) => new Set(row.filter((c) => c !== '')).size === 1 && (row.length > 1 || k >= 2) && !isSeparator(row));
  const section = cells.map((row, k) => k >= 1 && spanned[k] && headFlow(row.find((c) => c !== '')!) !== null);
  // A unit row under a head of two rows ("(Million US$)" in every column) is kept as the unit line too.
  const unitUnder = (k: number) => k === 2 && spanned[k] && !section[k] && isHeadRow(cells[0]) && isHeadRow(cells[1]) && isSpannedUnit(cells[k]);
  // A place spanning the table right under a head of one row ("EURO AREA (EA16)") heads a section too, not the unit line.
  const placed = cells.map((row, k) => k >= 1 && spanned[k] && !section[k] && sectionPlace(row.find((c) => c !== '')!) !== null);
  const kept = whole.map((_, k) => k).filter((k) => (k < 2 && !section[k] && !placed[k]) || !spanned[k] || unitUnder(k));
  const run = kept.map((k) => whole[k]);
  // A unit row under the head ("million US dollars" across the table) is that one cell.
  const written = kept.map((k) => (spanned[k] ? [cells[k].find((c) => c !== '')!] : cells[k]));
  const sections = sectionsInForce(cells, section, kept, headFlow);
  const places = sectionsInForce(cells, spanned.map((s, k) => s && k >= 1 && !section[k]), kept, sectionPlace);
  // A blank corner the page left out of the upper row only ("| Exports | Exports |" over "Partner | Value | y/y (%)").
  if (written.length >= 3 && run[0].text.startsWith('|') && written[0].length === written[1].length - 1 && isHeadRow(written[1])) written[0] = ['', ...written[0]];
  const twoRows = written.length >= 3 && written[0].length === written[1].length && ((isHeadRow(written[0]) && (isHeadRow(written[1]) || isYearsUnder(written[0], written[1]))) || isYearsOver(written[0], written[1]));
  if (!twoRows) return { run, written, sections, places };
  const head = written[0].map((above, j) => joinedHead(withoutNoteMarks(above), withoutNoteMarks(written[1][j])));
  return { run: [run[0], ...run.slice(2)], written: [head, ...written.slice(2)], sections: [sections[0], ...sections.slice(2)], places: [places[0], ...places.slice(2)] };
}

// A year heading a column, or a fiscal year ("2026-27", "2025/26"): one row of a head of two rows that dates the other.
const HEAD_YEAR = /^(?:19|20)\d{2}(?:[-–/](?:\d{2}|\d{4}))?$/;

/**
 * The two cells of a column's head of two rows as one head: one cell spanning both is one head; a year under months or
 * over them ("Jan-Sep" over "2025", "2026" over "Jan-Sep") is that span of the year ("Jan-Sep 2025"); any other pair is
 * the upper and the lower cell parted by ";" ("Exports; y/y (%)").
 */
function joinedHead(upper: string, lower: string): string {
  if (upper === lower || !lower) return upper;
  if (!upper) return lower;
  if (HEAD_YEAR.test(lower) && !/\d/.test(upper)) return `${upper} ${lower}`;
  return HEAD_YEAR.test(upper) && !/\d/.test(lower) ? `${lower} ${upper}` : `${upper}; ${lower}`;
}

/**
 * "Sep | Sep | Sep" over "2025 | 2026 | growth": a lower head row of years under spanning heads of words, its label cell the
 * upper row's (a cell spanning both rows) or blank. Its years are no figures: every cell is a year or words, one at least
 * a year, each under a cell of words, and the years under one upper cell differ.
 */
function isYearsUnder(upper: string[], lower: string[]): boolean {
  // A blank corner the page left out: the first upper cell spans the second ("| Sep | Sep |" over "| 2025 | 2026 |").
  const corner = lower[0] === upper[0] || lower[0] === '' || (HEAD_YEAR.test(lower[0]) && upper[0] === upper[1]);
  if (lower.length !== upper.length || !corner || !isHeadRow(upper)) return false;
  const years = lower.map((c, j) => (HEAD_YEAR.test(c) ? `${upper[j]} ${c}` : null)).filter((y) => y !== null);
  const wordsOrYears = lower.slice(1).every((c) => HEAD_YEAR.test(c) || !/\d/.test(c));
  return years.length > 0 && wordsOrYears && new Set(years).size === years.length && lower.every((c, j) => !HEAD_YEAR.test(c) || (upper[j] !== '' && !/\d/.test(upper[j])));
}

/**
 * "2025 | 2025 | 2026 | 2026" over "Sep | Jan-Sep | Sep | Jan-Sep": an upper head row of years over a lower one of words, the
 * label cell the same in both rows (or blank); each year stands over words and spans more than one column.
 */
function isYearsOver(upper: string[], lower: string[]): boolean {
  if (upper.length !== lower.length || upper[0] !== lower[0] || !isHeadRow(lower)) return false;
  const spans = (j: number) => upper[j - 1] === upper[j] || upper[j + 1] === upper[j];
  const years = upper.slice(1).map((c, k) => (HEAD_YEAR.test(c) ? k + 1 : -1)).filter((j) => j > 0);
  return years.length > 0 && upper.slice(1).every((c) => HEAD_YEAR.test(c) || !/\d/.test(c)) && years.every((j) => spans(j) && lower[j] !== '' && !/\d/.test(lower[j]));
}

/**
 * Rows a single cell spans head sections: "Exports" spanning the table over the rows of partners it sells to, then
 * "Imports" over the others (a section of a flow); "Total of all countries" over the rows "Exports", "Imports", "Balance",
 * then "United States" over the same rows (a section of a place). Each kept row gets what the head of the section it
 * stands in names (`read` of the head's cell; null before the first head, or under a head naming none).
 */
function sectionsInForce<T>(cells: string[][], heads: boolean[], kept: number[], read: (cell: string) => T | null): Array<T | null> {
  const inForce: Array<T | null> = [];
  let current: T | null = null;
  cells.forEach((row, k) => {
    if (heads[k]) current = read(row.find((c) => c !== '')!);
    inForce.push(current);
  });
  return kept.map((k) => inForce[k]);
}

// "Total of all countries", "All countries", "World": a section of the trade with the whole world.
const WORLD_SECTION = /^(?:total\s+(?:of\s+)?all\s+countries|all\s+countries|world|total)$/i;
// "United States1": a note's digit glued to the name. "EU27", "EA16": a bloc's count of members.
const GLUED_NOTE_DIGIT = /(?<=[a-z]{2})[1-9]$/;
const MEMBER_COUNT = /(?<=\b[A-Z]{2})\d{1,2}$/;

/** The place a section row names ("United States1", "EU27", "EURO AREA (EA16)"), "World" for all countries, else null. */
function sectionPlace(cell: string): string | null {
  const text = withoutNoteMarks(cell.replace(/\s*\([^()]*\)$/, '')).replace(GLUED_NOTE_DIGIT, '').replace(MEMBER_COUNT, '').trim();
  if (WORLD_SECTION.test(text)) return 'World';
  // A name in capitals ("EURO AREA") is read as written in a sentence.
  const written = /[a-z]/.test(text) || text.length <= 3 ? text : text.charAt(0) + text.slice(1).toLowerCase();
  return findPlaces(written, '').find((p) => p.start === 0 && p.end === written.length)?.name ?? null;
}

/**
 * A row of a section of a place, when its label is a flow: "Extra-EU27 exports" under "EU27" is the bloc's own trade with
 * the world (the place is the area); "Exports" under "United States" the trade with that place (the partner). Rows naming
 * no flow (countries under a region, a totals row) are left as they are.
 */
function placedRow(row: TableRow, place: string, label: string, ownTrade = false): TableRow {
  if (!findFlowCues(withoutNoteMarks(label)).length) return row;
  // "Trade balance" under "EU27" after the section's "Extra-EU27 exports" and "Extra-EU27 imports": the balance of the same trade.
  const own = EXTRA_AREA.test(label) || (ownTrade && !findPlaces(withoutNoteMarks(label), '').length);
  if (own) return place === 'World' ? row : { ...row, area: place, partner: 'World' };
  return findPlaces(withoutNoteMarks(label), '').length ? row : { ...row, partner: place };
}

/**
 * Two label columns as one: "Category | Item | Value (100 million yuan) | ..." over "By trade mode | General trade | 41,026 |
 * ..." (the category a page's cell spanning rows wrote in each row, article.ts): the rows' second cells are words, no
 * number (and not all units, as a unit column's are), so each row's label is the two together ("By trade mode General trade").
 */
function joinedLabels(grid: string[][]): string[][] {
  const words = (c: string) => c !== '' && !NUMBER_CELL.test(c) && !/^[-–—]+$/.test(c);
  const kinds = kindsOverFlows(grid, words);
  if (kinds) return kinds;
  if (grid.length < 2 || !isHeadRow(grid[0]) || UNIT_HEAD.test(grid[0][1] ?? '') || NOTE_HEAD.test(grid[0][1] ?? '') || !grid.every((cells) => cells.length === grid[0].length && cells.length >= 3 && words(cells[0]) && words(cells[1]))) return grid;
  // A second column of units under the label's own head (one head cell spanning both: "Item | Item") is a unit column.
  if (grid.slice(1).every((cells) => unitIn(cells[1]) !== null)) return grid[0][1] === grid[0][0] ? [[grid[0][0], 'Unit', ...grid[0].slice(2)], ...grid.slice(1)] : grid;
  // "Type | Port" over "Railway | Alashankou": a column of kinds (a page's cell spanning rows) before a column of places
  // groups the places; each row is its place.
  if (PLACE_HEAD.test(grid[0][1]) && !grid.slice(1).some((cells) => findPlaces(cells[0], '').length)) return grid.map((cells) => cells.slice(1));
  return grid.map(([a, b, ...rest]) => [`${a} ${b}`, ...rest]);
}

/**
 * "| | May 2023 (USD Billion) | ..." over "Merchandise | Exports | 34.98 | ...", "Merchandise | Imports | ...": a blank corner
 * over two label columns (the bar splitter keeps one blank of the two, so the head is a cell short), the first a kind the
 * page spans over several rows, the second a flow in every row. Each row's label is the two together ("Merchandise Exports").
 */
function kindsOverFlows(grid: string[][], words: (c: string) => boolean): string[][] | null {
  const rows = grid.slice(1);
  const width = rows[0]?.length ?? 0;
  if (rows.length < 2 || width < 4 || grid[0].length !== width - 1 || grid[0][0] !== '' || !isHeadRow(grid[0])) return null;
  const labelled = rows.every((cells) => cells.length === width && words(cells[0]) && flowsNamed(withoutNoteMarks(cells[1])).size === 1);
  if (!labelled || new Set(rows.map((cells) => cells[0])).size === rows.length) return null;
  return [grid[0], ...rows.map(([kind, flow, ...rest]) => [`${kind} ${flow}`, ...rest])];
}

// The head of a label column of places: "Port", "Land port", "City", "Country", "Partner", "Destination".
const PLACE_HEAD = /^(?:(?:land|sea|border|river)\s+)?(?:ports?|cit(?:y|ies)|provinces?|countr(?:y|ies)|partners?|destinations?)(?:\s+of\s+entry)?$/i;
// A label column headed by ports: a city in it is its port ("Qingdao" under "Port" is Qingdao Port).
const PORT_HEAD = /^(?:(?:land|sea|border|river)\s+)?ports?(?:\s+of\s+entry)?$/i;
// "Province | Imports and exports (bn yuan) | y/y %", "City", "Region / municipality", "Customs district": a label column
// headed by a kind of place inside a country holds areas, each row one's own trade (a country or bloc in it stays a partner).
const AREA_HEAD = /^(?:provinces?|regions?|cit(?:y|ies)|prefectures?|municipalit(?:y|ies)|states?|customs\s+districts?|(?:province|region|city)\s*(?:\/|or|and)\s*(?:municipality|region|city|autonomous\s+region))(?:\s*\([^()]*\))?$/i;

/** The heads of a head row; a head whose label cell was left out has one cell fewer than the rows ("| 2025 | 2026 |" over "Exports | 61 905,1 | 57 822,0 |"). */
function headCells(grid: string[][]): string[] {
  return grid.some((cells) => cells.length === grid[0].length + 1) ? grid[0] : grid[0].slice(1);
}

/** What a head names: a change, an index, a share, a skipped or unit column, else a level (with its unit or period). */
function headRole(written: string, anchor: Anchor): { role: Role; unit: TableUnit | null; period: Period | null; flow: Flow | null } | null {
  const head = withoutNoteMarks(written).replace(REVISION_MARK, '');
  if (YEAR_AGO_CHANGE.test(head)) return { role: 'yoy', unit: null, period: null, flow: null };
  const fromTo = monthToMonthRole(head, anchor);
  if (fromTo) return { role: fromTo, unit: null, period: null, flow: null };
  const periods = namedPeriods(head, anchor);
  // "2011" alone over a column of levels is that whole year (when not later than the release's).
  const period = periods.length === 1 ? periods[0] : periods.length === 0 && BARE_YEAR_LABEL.test(head) ? wholePeriod(head, anchor) : null;
  // "Oct 2026 to Oct 2025" under "Change (%)": a later month compared with an earlier one, no span; a change on the year
  // is year-on-year, any other (on the month before) is skipped.
  if (period && period.end < period.start) return { role: yearBefore(period.start) === period.end ? 'yoy' : 'skip', unit: null, period: null, flow: null };
  // "Change from April 2025 (%)": a change on the base it names, year-on-year only when that base is a year before the
  // level column's period (pipeColumns checks; `period` carries the base).
  const base = CHANGE_FROM.test(head) ? namedPeriods(head.replace(CHANGE_FROM, ''), anchor) : [];
  if (base.length === 1) return { role: 'yoy', unit: null, period: base[0], flow: null };
  if (periods.length === 2 && isYearOnYearIndex(head, periods[0], periods[1])) return { role: 'index', unit: null, period: null, flow: null };
  const flowIndex = flowIndexRole(head, anchor);
  if (flowIndex) return flowIndex;
  const indexBase = baseEquals100(head, periods, anchor);
  if (indexBase) return { role: 'index', unit: null, period: indexBase === 'year before' ? null : indexBase, flow: null };
  // "Nov 2018 to Dec 2018 % change": a change from one month to the next, not on the year (skipped).
  if (period && monthAfter(period.start) === period.end && MONTH_TO_MONTH_CHANGE.test(head)) return { role: 'skip', unit: null, period: null, flow: null };
  // A joined head's period is the column's, its other words the role and unit: "January-October; y/y (%)" is a change.
  const left = periodsLeftOut(head, anchor);
  const unit = headUnit(head) ?? unitIn(left);
  const bare = left.replace(/^[;\s]+|[;\s]+$/g, '').replace(/\s*;\s*/g, ' ') || head;
  // A joined head whose upper row names a flow ("Exports; y/y (%)" under "Exports" spanning a value and a change column)
  // takes its role from the lower row; one whose lower row is the unit ("Imports and exports; 100 million yuan") its flow
  // from the upper row.
  const lower = left.includes(';') ? left.slice(left.lastIndexOf(';') + 1).trim() : '';
  const upper = lower && unitIn(lower) ? left.slice(0, left.lastIndexOf(';')).trim() : '';
  // "Exports | Imports | Total": a level headed "Total" alone is the whole trade (both ways).
  const flow = headFlow(bare) ?? (upper ? headFlow(upper) : null) ?? rowsFlow(left) ?? (TOTAL_HEAD.test(unitBracketsOut(upper || bare).trim()) ? 'total' : null);
  // The lower row names the column's own role: "Exports (€ bn); Growth" is a change, whatever unit the upper row brackets.
  const role: Role | null = (lower && !unitIn(lower) ? wordRole(lower) : null) ?? wordRole(bare) ?? (unit || period || flow || VALUE_HEAD.test(bare) || MEASURE_WORDS.test(bare) ? 'level' : null);
  return role ? { role, unit: role === 'level' ? unit : null, period: role === 'level' ? period : null, flow: role === 'level' ? flow : null } : null;
}

// "March 2014r", "2025p": a revised or preliminary mark glued to the year of a head.
const REVISION_MARK = /(?<=\b(?:19|20)\d{2})[rpe]\b/g;
// "March to April 2014; % change", "April 2013 to April 2014 (% change)", "Aug-21 to Aug-22 (%)": a change from one month to
// a later one (a percentage alone, from the earlier month to the later, is the change; the other way round an index).
const MONTH_TO_MONTH = /^([A-Z][a-z]{2,8}\.?)(?:(?:\s+|\s*[-–]\s*)((?:19|20)?\d{2}))?\s+to\s+([A-Z][a-z]{2,8}\.?)(?:\s+|\s*[-–]\s*)((?:19|20)?\d{2})\b/;
const PERCENT_TAIL = /(?:\(%\)|,\s*%)$/;

/** A year of a head in full: "21" in a release of 2022 is 2021, "98" is 1998. */
const fullYear = (written: string, anchor: Anchor): string => (written.length === 4 ? written : String((Number(written) + 2000 <= anchor.year ? 2000 : 1900) + Number(written)));

/** A change from one month to a later one: on the year when the first is the same month a year before, else skipped; null for other heads. */
function monthToMonthRole(head: string, anchor: Anchor): Role | null {
  const m = CHANGE_WORD.test(head) || PERCENT_TAIL.test(head) ? MONTH_TO_MONTH.exec(head) : null;
  const [from, to] = m ? [wholePeriod(`${m[1]} ${fullYear(m[2] ?? m[4], anchor)}`, anchor), wholePeriod(`${m[3]} ${fullYear(m[4], anchor)}`, anchor)] : [null, null];
  if (!from || !to || from.start !== from.end || to.start !== to.end) return null;
  if (to.start <= from.start) return null;
  return yearBefore(to.start) === from.start ? 'yoy' : 'skip';
}

/**
 * The flow a head of two rows joined names in one row when the other names only what is counted and its unit, in either
 * order: "Trains (trips); Outbound", "Outbound; Containers (TEU)". Null when no row, or more than one, names a flow.
 */
function rowsFlow(joined: string): Flow | null {
  const parts = joined.split(';').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return null;
  const flows = parts.map(headFlow);
  const counted = (part: string) => findFlowCues(part).length === 0 && partUnit(part) !== null;
  const named = flows.filter((f) => f);
  return named.length === 1 && parts.every((p, k) => flows[k] || counted(p)) ? named[0] : null;
}

// "Quantity; Amount", "Value; Volume": a head of two rows whose both rows name what is measured (a level).
const MEASURE_WORDS = /^(?:value|amount|volume|quantity)\s+(?:value|amount|volume|quantity)$/i;

/** The role a head's words name: a change, an index, a share, a skipped or unit column; null for a level (or none). */
const MONTH_TO_MONTH_CHANGE = /\d{4}\s+to\s+\S+\s+\d{4}\b.*\b(?:change|growth|movement)\b/i;
// "Jan-Dec 2012 to Jan-Dec 2011, %": a period's level as a percentage of the same span a year before (cells 103.0, 93.6).
const PERIOD_TO_PERIOD_PERCENT = /^[^%]*\d{4}\s+to\s+[^%]*\d{4}\s*(?:,\s*%|\(%\))$/i;

// "Jan-Jun 2019=100", "2025 = 100", "previous year = 100", "corresponding period of the previous year=100": each cell is the level
// before it as a percentage of the base the head sets to 100; an index column (pipeColumns keeps a named base only when it is
// the level's span a year before: "2015=100" is no change on the year).
const BASE_EQUALS_100 = /^([^=]{1,60}?)\s*=\s*100(?:[.,]0)?\s*(?:,\s*%|\(%\))?$/;
const YEAR_BEFORE_BASE = /^(?:(?:the\s+)?(?:same|corresponding)\s+(?:period|month|quarter)\s+(?:of\s+)?(?:the\s+)?)?(?:previous|last|prior|preceding)\s+year$/i;
/** The base period of a head "<base>=100", 'year before' for a base named as last year, or null for any other head. */
function baseEquals100(head: string, periods: Period[], anchor: Anchor): Period | 'year before' | null {
  const m = head.includes('=') ? BASE_EQUALS_100.exec(head) : null;
  if (!m) return null;
  const base = m[1].trim();
  if (YEAR_BEFORE_BASE.test(base)) return 'year before';
  return periods.length === 1 ? periods[0] : BARE_YEAR_LABEL.test(base) ? wholePeriod(base, anchor) : null;
}

// "Exports index (previous year = 100)", "Index of imports (same period of the previous year = 100)", "Exports, index,
// previous year=100", "Import volume index (2025 = 100)": an index column that names the flow it is of, its base after it
// in a bracket or after a comma. It is that flow's column's change, wherever it stands among the level columns (`rowFigures`).
const FLOW_INDEX_HEAD = /^(?:(.{1,40}?)\s*,?\s+ind(?:ex|ices)|ind(?:ex|ices)\s+of\s+(.{1,40}?))\s*(?:\(([^()]{1,60})\)|,\s*([^(),]{1,60}))\s*$/i;

/** The index role of a head naming its flow and a base set to 100 (FLOW_INDEX_HEAD), or null. */
function flowIndexRole(head: string, anchor: Anchor): { role: Role; unit: null; period: Period | null; flow: Flow } | null {
  const m = head.includes('=') ? FLOW_INDEX_HEAD.exec(head) : null;
  const flow = m ? headFlow((m[1] ?? m[2]).replace(/\b(?:value|volume|unit\s+value)\s*$/i, '')) : null;
  if (!m || !flow) return null;
  const baseWords = (m[3] ?? m[4]).trim();
  const base = baseEquals100(baseWords, namedPeriods(baseWords, anchor), anchor);
  return base ? { role: 'index', unit: null, period: base === 'year before' ? null : base, flow } : null;
}

/** A head naming a period "to" the same span a year earlier, in percent, with no change word: an index column. */
function isYearOnYearIndex(head: string, later: Period, earlier: Period): boolean {
  return PERIOD_TO_PERIOD_PERCENT.test(head) && !/\b(?:change|growth|increase)\b/i.test(head) && yearBefore(later.start) === earlier.start && yearBefore(later.end) === earlier.end;
}

function wordRole(head: string): Role | null {
  if (YEAR_AGO_CHANGE.test(head) || NAMED_YOY.test(head) || VARIATION_HEAD.test(head)) return 'yoy';
  if (SHARE_OF_TOTAL.test(head) || SHARE_OF_WHOLE.test(head)) return 'share';
  // "Change ($ million)": a change in money or goods beside the levels is no level and no rate: passed over.
  if (CHANGE_WORD.test(head) && !head.includes('%') && unitIn(head)) return 'skip';
  return INDEX_HEAD.test(head) ? 'index' : YOY_COLUMN.test(head) ? 'yoy' : SHARE_HEAD.test(head) ? 'share' : SKIPPED_COLUMN.test(head) || RANK_HEAD.test(head) || NOTE_HEAD.test(head) ? 'skip' : GROWTH_HEAD.test(head) ? 'yoy' : UNIT_HEAD.test(head) ? 'unit' : null;
}

// "Extra-euro area exports", "Extra-EU imports": the trade of a bloc with the world outside it, the bloc being the
// reporter; the words name no partner and no goods. (Intra-bloc trade is not so: its partner is the bloc.)
const EXTRA_AREA = /^\s*extra[-\s](?:euro[-\s]area|eurozone|EU|EA|[A-Z]{2,5})(?:\s*\d{1,2})?\b\s*/i;

/**
 * The one flow a level column's head names and nothing else but its unit: "Exports (100 million yen)", "Import & export",
 * "Balance". Null for any other head.
 */
function headFlow(head: string): Flow | null {
  // ("of which exports (bn yuan)", "including imports": the part of the total column before it, a level of its own flow.)
  const words = unitBracketsOut(head.replace(/\s+&\s+/g, ' and ').replace(EXTRA_AREA, '').replace(PART_OPENING, ''));
  const cues = findFlowCues(words);
  const flows = new Set(cues.map((c) => c.flow));
  const rest = cues.reduce((t, c) => t.slice(0, c.start) + ' '.repeat(c.end - c.start) + t.slice(c.end), words).replace(/\b(?:value|total)\b/gi, ' ');
  return flows.size === 1 && rest.trim() === '' && !flows.has('other') ? [...flows][0] : null;
}

/**
 * The unit a head names: "Exports (100 million yuan)"; "Trains (trips)", "Containers (TEU)": a thing counted, then the
 * unit it is counted in, in a bracket closing the head (the bracket's unit where the two would clash, the thing's when both
 * are counts). A head of two rows joined ("Trains (trips); Outbound") names it in either row.
 */
function headUnit(head: string): TableUnit | null {
  return unitIn(head) ?? head.split(';').reduce<TableUnit | null>((found, part) => found ?? partUnit(part.trim()), null);
}

function partUnit(head: string): TableUnit | null {
  const bracket = /\(([^()]+)\)\s*$/.exec(head);
  const thing = bracket ? unitIn(head.slice(0, bracket.index)) : null;
  const counted = thing && unitIn(bracket![1]);
  // Trains counted in trips are trains (the count's own noun), as the prose reader counts them.
  return unitIn(head) ?? (counted && thing.measure === 'count' && counted.measure === 'count' ? thing : counted);
}

/** A head with its brackets that name a unit blanked ("Total (100 million yuan)" → "Total" and spaces). */
const unitBracketsOut = (head: string): string => head.replace(/\([^()]*\)/g, (m) => (unitIn(m) ? ' '.repeat(m.length) : m));

/** The same month a year earlier ("2026-10" → "2025-10"). */
const yearBefore = (month: string): string => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;

/** A head with the periods it names left out, trimmed ("January-October y/y (%)" → "y/y (%)"). */
function periodsLeftOut(head: string, anchor: Anchor): string {
  const spans = findPeriods(head, anchor).filter((p) => p.kind === 'period' && p.periodStart !== '');
  return spans.reduceRight((t, p) => t.slice(0, p.start) + t.slice(p.end), head).trim();
}

// A cell holding an amount with its unit around the number: "QR 14,395 million", "USD 212.0 mn".
const AMOUNT_CELL = /^([^\d%|]*?)\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*([^\d%|]*)$/;
// A cell holding a share: "58.2% of total exports" (the first row says of what), then "16.3%".
const SHARE_CELL = /^(\d+(?:\.\d+)?)\s*%(\s+of\s+(?:the\s+)?total\b[A-Za-z ]*)?$/i;

/**
 * "Petroleum gases | QR 14,395 million | 58.2% of total exports" over "Crude oils | QR 4,031 million | 16.3%": a
 * table with no head row whose cells carry their own unit. The first row's cells name the columns (an amount's unit,
 * a share "of total"); every row must write its amounts in that unit. Returns the heads and the cells as bare numbers,
 * or null when the run is not such a table.
 */
function ownUnitCells(grid: string[][]): { heads: string[]; grid: string[][] } | null {
  const heads = grid[0].slice(1).map((cell) => {
    const amount = AMOUNT_CELL.exec(cell);
    const unit = amount ? `${amount[1]} ${amount[3]}`.trim() : '';
    if (amount && unitIn(unit)?.measure === 'value') return unit;
    return SHARE_CELL.exec(cell)?.[2] ? 'share' : null;
  });
  if (!heads.length || heads.some((h) => h === null) || grid.some((cells) => cells.length !== grid[0].length)) return null;
  const bare = grid.map((cells) => [cells[0], ...cells.slice(1).map((cell, j) => ownUnitNumber(cell, heads[j]!))]);
  return bare.some((cells) => cells.includes(null)) ? null : { heads: heads as string[], grid: bare as string[][] };
}

/** The number of a cell in its column's unit ("QR 4,031 million" under "QR million" → "4,031"; "16.3%" under a share), or null. */
function ownUnitNumber(cell: string, head: string): string | null {
  if (head === 'share') return SHARE_CELL.exec(cell)?.[1] ?? null;
  const amount = AMOUNT_CELL.exec(cell);
  return amount && `${amount[1]} ${amount[3]}`.trim() === head ? amount[2] : null;
}

// A span of months with a year of two digits closing it, "Jan-Jun 16", "January-September 25", or one month with the year
// after a hyphen or an apostrophe, "Sep-16", "Sep '16" ("Sep 16" alone may be a day, and is left as it is).
const SHORT_YEAR = /\b([A-Z][a-z]{2,8}\.?\s*[-–]\s*[A-Z][a-z]{2,8}\.?\s+|[A-Z][a-z]{2,8}\.?(?:\s*[-–]\s*|\s*['’]\s*|\s+['’]))(\d{2})(?=\s*(?:;|$|\())/g;

/**
 * A head whose period closes with a year of two digits, written in full: "Jan-Jun 16" → "Jan-Jun 2016" (the century the
 * release's date puts it in: no later than its year). Only month names are taken before the year.
 */
function withFullYears(head: string, anchor: Anchor): string {
  return head.replace(SHORT_YEAR, (whole, written: string, yy: string) => {
    const months = written.replace(/[-–'’\s]+$/, '');
    const full = `${months} ${2000 + Number(yy) <= anchor.year ? 2000 + Number(yy) : 1900 + Number(yy)}`;
    return namedPeriods(full, anchor).length === 1 ? full : whole;
  });
}

// One month with a year of two digits after a space, the whole head: "Jan 09".
const SPACED_SHORT_YEAR = /^([A-Z][a-z]{2,8}\.?)\s+(\d{2})$/;
// The head of a change column beside them: "Growth", "Change (%)", "% change", "y/y".
const CHANGE_BESIDE = /\b(?:growth|change|y\/y|yoy)\b|%/i;
/** How many years before the release's a head's year of two digits may be. */
const SHORT_YEAR_REACH = 5;

/**
 * "| Jan 09 | Jan 10 | Growth |" (Eurostat): the same month in two or more heads, each with a different number of two digits
 * after a space, is that month of those years (one month's days would not stand beside a growth, and "Sep 16" alone stays a
 * possible day), when every such year is one of the last few before the release's.
 */
function sameMonthOfYears(heads: string[], anchor: Anchor): string[] {
  const found = heads.map((h) => SPACED_SHORT_YEAR.exec(h.trim()));
  const months = found.filter((m) => m !== null);
  if (months.length < 2 || !heads.some((h) => CHANGE_BESIDE.test(h))) return heads;
  if (new Set(months.map((m) => m[1])).size !== 1 || new Set(months.map((m) => m[2])).size !== months.length) return heads;
  const yearOf = (yy: string) => 2000 + Number(yy);
  if (!months.every((m) => yearOf(m[2]) <= anchor.year && yearOf(m[2]) >= anchor.year - SHORT_YEAR_REACH)) return heads;
  return heads.map((h, k) => (found[k] ? `${found[k][1]} ${yearOf(found[k][2])}` : h));
}

/** A head the reader does not know ("Remarks", "Source"): its column is set aside, not read. */
const UNKNOWN_COLUMN = { role: 'unknown' as Role, unit: null, period: null, flow: null };

/**
 * The columns the heads name, with the caption's period and flow. Each column is classified on its own: a head the reader
 * does not know, a level column with no one period (its head's or the caption's) or sharing one with another, and a change
 * or share whose level cannot be told (none before it, or a column set aside between) are set aside (`unknown`), not read.
 * Null when no level column is left or no unit is known (head, caption, unit line, unit column or the labels' brackets).
 * A change or index column is the change of the level column before it.
 */
function pipeColumns(heads: string[], caption: string, anchor: Anchor, unitLine: string, labelUnits: boolean, labelHead = ''): PipeColumns | null {
  // The corner cell may name the unit of the whole table ("Euro area, € bn" over the rows of flows).
  const tableUnit = unitIn(unitLine) ?? unitIn(caption) ?? (labelHead ? unitIn(labelHead) : null);
  // (a221: a caption naming no period leaves it to the label column's head: "Destination (March)".)
  const captionPeriods = namedPeriods(caption, anchor).length || !labelHead ? namedPeriods(caption, anchor) : namedPeriods(labelHead, anchor);
  const classified = sameMonthOfYears(heads, anchor).map((written) => {
    const h = withFullYears(written, anchor);
    // ("previous year = 100" is an index, not a level of the year before the caption's.)
    return (h.includes('=') ? null : relativeYearColumn(h, captionPeriods)) ?? headRole(h, anchor) ?? UNKNOWN_COLUMN;
  });
  const cols = withoutUnitlessLevels(classified, tableUnit !== null || labelUnits);
  const roles = cols.map((c) => c.role);
  const unit = cols.find((c) => c.unit)?.unit ?? tableUnit;
  const levels = cols.filter((c) => c.role === 'level');
  if ((!unit && !roles.includes('unit') && !labelUnits) || !levels.length) return null;
  // Columns of levels each of its own flow ("Exports | y/y | Imports | y/y") may share one period, the caption's.
  const ownFlows = levels.every((c) => c.flow) && new Set(levels.map((c) => c.flow)).size === levels.length;
  const perUnit = levelsPerUnit(levels, roles.includes('unit'));
  // One column of levels with no period in its head or caption: the period of the prose before the table.
  const fallback = captionPeriods.length === 1 ? captionPeriods[0] : (levels.length === 1 || ownFlows || perUnit) && !captionPeriods.length ? PROSE_PERIOD : null;
  // A change from a named base that is not the same span a year before the level's (a month earlier) is skipped.
  const year = captionYear(caption, anchor);
  for (const [k, c] of cols.entries()) if ((c.role === 'yoy' || c.role === 'index') && c.period) roles[k] = baseYearBefore(c.period, cols, k, fallback) || yearBeforeCaption(c.period, year, fallback) ? c.role : 'skip';
  for (const k of roles.keys()) if (roles[k] === 'yoy' && !changeOfMeasure(heads[k], cols.slice(0, k))) roles[k] = 'unknown';
  const shared = levels.length > 1 && !ownFlows && !perUnit;
  const periods = cols.map((c, k) => (c.role === 'level' ? yearOfSpan(heads[k], captionPeriods) ?? (shared ? c.period : c.period ?? fallback) : null));
  const keys = cols.map((c, k) => (periods[k] ? `${periods[k]!.start}..${periods[k]!.end} ${c.flow ?? ''} ${perUnit ? c.unit?.unit ?? 'row' : ''}` : ''));
  setAsideUnclearLevels(roles, periods, keys);
  setAsideOrphanChanges(roles);
  if (!roles.includes('level')) return null;
  const flow = labelHeadFlow(labelHead) ?? soleFlow(flowsNamed(caption)) ?? placeHeadFlow(labelHead);
  return { roles, periods, flows: cols.map((c) => c.flow), unit, units: perUnit ? cols.map((c) => (c.role === 'level' ? c.unit : null)) : null, labelUnits: !unit && labelUnits, rowsMayNameUnit: !cols.some((c) => c.unit) && !unitIn(unitLine), flow, placeRole: AREA_CAPTION.test(caption) || PORT_HEAD.test(labelHead) || AREA_HEAD.test(labelHead.trim()) ? 'area' : 'partner', ports: PORT_HEAD.test(labelHead), place: captionPlace(caption) };
}

// "Change in value, %", "Growth of quantity (%)": a change naming the measure it is of.
const MEASURE_CHANGE = /\b(?:in|of)\s+(value|quantity|volume)\b/i;

/** Whether a change column that names its measure stands after a level of that measure (worth for "value", else an amount). */
function changeOfMeasure(head: string, before: Array<{ role: Role; unit: TableUnit | null }>): boolean {
  const named = MEASURE_CHANGE.exec(head)?.[1].toLowerCase();
  const level = [...before].reverse().find((c) => c.role === 'level');
  if (!named || !level) return true;
  return named === 'value' ? level.unit?.measure === 'value' : level.unit?.measure !== 'value';
}

/**
 * Whether the level columns are each in its own unit, read as a row each: "Thousand tonnes | US$ million" (the goods' amount
 * and their worth), "Unit | Quantity | y/y | Value, mln USD | y/y" (one level in the unit column's unit, each row's), and
 * the same under periods spanning them ("2025.I-X" over "Quantity | Value, mln USD", then "2026.I-X" over the same): no
 * level names a flow, every one has its unit (or the unit column's), and no two share a unit and a period.
 */
function levelsPerUnit(levels: Array<{ unit: TableUnit | null; period: Period | null; flow: Flow | null }>, unitColumn: boolean): boolean {
  const unitOf = (c: (typeof levels)[number]) => c.unit?.unit ?? 'row';
  const units = new Set(levels.map(unitOf));
  if (levels.length < 2 || units.size < 2 || levels.some((c) => c.flow || (!c.unit && !unitColumn))) return false;
  // Either one unit a column (periods or none), or each period over the same units.
  const dated = levels.every((c) => c.period) && new Set(levels.map((c) => `${c.period!.start}..${c.period!.end} ${unitOf(c)}`)).size === levels.length;
  return units.size === levels.length || dated;
}

// Heads naming the year of the caption's span, or the one before, in words: "This year", "Same period last year".
const THIS_YEAR_HEAD = /^(?:this\s+(?:year|period)|current\s+(?:year|period)|reporting\s+period)$/i;
const YEAR_BEFORE_HEAD = /^(?:(?:the\s+)?same\s+period\s+(?:of\s+)?(?:last|the\s+previous|previous)\s+year|(?:last|previous|prior)\s+year|a\s+year\s+(?:ago|earlier)|year\s+earlier)$/i;

/**
 * "This year | Same period last year | Change (%)" under a caption naming one span ("January-September 2026"): levels of that
 * span and of the same span a year before (a head's unit kept). With no one span in the caption such a head is set aside:
 * "last year" alone would be the whole year before, not the span the table compares. Null for any other head.
 */
function relativeYearColumn(written: string, captionPeriods: Period[]): ReturnType<typeof headRole> {
  const head = unitBracketsOut(withoutNoteMarks(written)).trim();
  const before = YEAR_BEFORE_HEAD.test(head);
  if (!before && !THIS_YEAR_HEAD.test(head)) return null;
  const span = captionPeriods.length === 1 ? captionPeriods[0] : null;
  if (!span) return UNKNOWN_COLUMN;
  const period = before ? { start: yearBefore(span.start), end: yearBefore(span.end) } : span;
  return { role: 'level', unit: unitIn(written), period, flow: null };
}

/**
 * "Exports (100 million yuan) | Volume": a level column naming no unit beside one whose head names its own, in a table whose
 * caption, unit line, unit column and labels name none, has no unit anywhere: it is set aside, not given its neighbour's.
 */
function withoutUnitlessLevels<C extends { role: Role; unit: TableUnit | null }>(cols: C[], tableUnit: boolean): C[] {
  if (tableUnit || cols.some((c) => c.role === 'unit') || !cols.some((c) => c.role === 'level' && c.unit)) return cols;
  return cols.map((c) => (c.role === 'level' && !c.unit ? { ...c, role: 'unknown' } : c));
}

/** A level column with no period, or one whose period, flow and unit another level column has too, could be either: set aside. */
function setAsideUnclearLevels(roles: Role[], periods: Array<Period | null>, keys: string[]): void {
  roles.forEach((role, k) => {
    if (role !== 'level' || (periods[k] && keys.indexOf(keys[k]) === keys.lastIndexOf(keys[k]))) return;
    roles[k] = 'unknown';
    periods[k] = null;
  });
}

/**
 * A change, index or share column is of the level before it: with no level before it, or a column set aside standing
 * between ("Value | Remarks | y/y": the change may be of the column set aside), it is set aside too.
 */
function setAsideOrphanChanges(roles: Role[]): void {
  let level = false;
  roles.forEach((role, k) => {
    if (role === 'level') level = true;
    else if (role === 'unknown') level = false;
    else if ((role === 'yoy' || role === 'index' || role === 'share') && !level) roles[k] = 'unknown';
  });
}

// "Change from April 2025 (%)", "% change on Sep 2025", "Change (%) over October 2024": a change on the period the head names.
const CHANGE_FROM = /^(?:%\s*)?(?:change|growth|increase)\s+(?:\(%\)\s+)?(?:from|on|over|compared\s+(?:with|to)|vs\.?|versus|against)\s/i;
// "±%", "+/- (%)", "Change on the same period last year (%)", "Growth over previous year, %": a change on the year before.
// The base may come first and the change mark after it, as Chinese tables head it (比去年同期±%): "Same period last year ±%",
// "Compared with previous year, change %", "Year-ago +/- (%)".
const YEAR_AGO_CHANGE = /^(?:(?:±|\+\/\s?[-−–])\s*(?:%|\(%\))|(?:(?:compared\s+(?:with|to)|vs\.?|over|on|against)\s+)?(?:the\s+)?(?:same\s+period\s+(?:of\s+)?(?:last|the\s+previous|previous|a)\s+year|(?:previous|last|prior)\s+year|a\s+year\s+(?:ago|earlier)|year[-\s](?:earlier|ago))\s*,?\s*(?:±|\+\/\s?[-−–]|change|growth)\s*,?\s*(?:%|\(%\))|(?:change|growth|increase)\s+(?:on|over|from|compared\s+(?:with|to)|against|vs\.?)\s+(?:the\s+)?(?:same\s+period\s+(?:of\s+)?(?:last|the\s+previous|previous|a)\s+year|(?:previous|last|prior)\s+year|a\s+year\s+(?:ago|earlier)|year\s+earlier)\s*,?\s*(?:%|\(%\))?)$/i;
// "Value y/y (%)", "Change y/y (%)", "Exports yoy, %": the change on the year of the column the head names.
const NAMED_YOY = /^(?:[a-z]+\s+){1,2}(?:y\/y|yoy|y-o-y|year[- ]on[- ]year)\s*,?\s*(?:%|\(%\))?$/i;
// "Var. %", "Var. (%)", "Variation (%)": the change on the year, as statistics offices head it.
const VARIATION_HEAD = /^var(?:\.|iation)?\s*,?\s*(?:%|\(%\))$/i;
// "Share of province (%)", "Share of Henan, %": a share of the whole the caption is about, named.
const SHARE_OF_WHOLE = /^share\s+(?:of|in)\s+(?:the\s+)?[A-Za-z][A-Za-z' -]{1,30}?\s*(?:,\s*%|\(%\)|%)$/i;
const CHANGE_WORD = /\b(?:change|growth|increase|decrease|difference)\b/i;
// "% of total", "Proportion (%)", "Percentage of total": a share of the whole.
const SHARE_OF_TOTAL = /^(?:%\s+of\s+(?:the\s+)?total|(?:proportion|percentage)(?:\s+of\s+(?:the\s+)?total)?\s*,?\s*(?:%|\(%\))?)$/i;

/**
 * Whether a change column's base is the same span a year before the period of the level it is of: the latest of the level
 * columns since the last change column ("May 2023 | May 2022 | Growth vs. May 2022 (%)": May 2023's), as rows read it.
 */
function baseYearBefore(base: Period, cols: Array<{ role: Role; period: Period | null }>, k: number, fallback: Period | null): boolean {
  // (The levels since the last change or index column: "Sep 2026 | Sep 2025=100 | Jan-Sep 2026 | Jan-Sep 2025=100".)
  const since = cols.slice(0, k).findLastIndex((c) => c.role === 'yoy' || c.role === 'index') + 1;
  const levels = cols.slice(since, k).filter((c) => c.role === 'level');
  const latest = levels.reduce<Period | null>((p, c) => (c.period && (!p || c.period.end > p.end) ? c.period : p), null);
  const period = (levels.length ? latest : null) ?? (fallback && fallback !== PROSE_PERIOD ? fallback : null);
  return !!period && yearBefore(period.start) === base.start && yearBefore(period.end) === base.end;
}

/**
 * "Commodity structure of exports, 2020" over "billion US dollars | change vs 2019, %": levels of the prose's period in the
 * caption's year, changed on the whole year before it, which is a change on the year whatever part of it the prose reads.
 */
function yearBeforeCaption(base: Period, year: number | null, fallback: Period | null): boolean {
  return fallback === PROSE_PERIOD && year !== null && base.start === `${year - 1}-01` && base.end === `${year - 1}-12`;
}

/**
 * A bare year heading a column under a caption naming one span within a year: that span in the head's year ("January-
 * September 2026" over "2025 | 2026": January-September of each), up to five years before the caption's.
 */
function yearOfSpan(head: string, captionPeriods: Period[]): Period | null {
  const year = head.trim();
  const span = captionPeriods.length === 1 && BARE_YEAR_LABEL.test(year) ? captionPeriods[0] : null;
  const from = span ? Number(span.start.slice(0, 4)) : NaN;
  if (!span || span.end.slice(0, 4) !== span.start.slice(0, 4) || Number(year) > from || Number(year) < from - 5) return null;
  return { start: year + span.start.slice(4), end: year + span.end.slice(4) };
}

// "Main trading partners, mln USD", "Trade partners", "Partner countries of foreign trade": a label column of the partners traded
// with, both ways (a partner of exports or imports names its way: "Export partners" stays one direction).
const TRADING_PARTNERS_HEAD = /^(?:(?:main|major|top|leading|largest|key)\s+)?(?:(?:trading|trade)\s+partners?|partners?(?:\s+countries)?\s+(?:in|of)\s+(?:foreign\s+)?trade)\b/i;

// A label column of the places goods went to or came from, under a caption naming no direction (a221: "Major markets" over
// "Destination (March) | US$ billion | YoY % | Share %"): destinations, markets and buyers are where exports went; origins,
// sources and suppliers where imports came from.
const DESTINATION_HEAD = /^(?:(?:main|major|top|leading|largest|key)\s+)?(?:(?:export\s+)?(?:destinations?|markets?|buyers?|customers?)|(?:countr(?:y|ies)|regions?|markets?)\s+of\s+destination)\b/i;
const ORIGIN_HEAD = /^(?:(?:main|major|top|leading|largest|key)\s+)?(?:(?:import\s+)?(?:origins?|sources?|suppliers?)|(?:countr(?:y|ies)|regions?)\s+of\s+origin)\b/i;

/** The direction a head of places gone to or come from names ("Destination", "Main suppliers"), or null. */
function placeHeadFlow(head: string): Flow | null {
  return DESTINATION_HEAD.test(head.trim()) ? 'export' : ORIGIN_HEAD.test(head.trim()) ? 'import' : null;
}

/** The one direction the head of the label column names ("Main export products", "Import items"), or null. */
function labelHeadFlow(head: string): Flow | null {
  if (head && TRADING_PARTNERS_HEAD.test(head.trim())) return 'total';
  if (!head || !/port/i.test(head)) return null;
  const flow = soleFlow(flowsNamed(head));
  return flow === 'export' || flow === 'import' ? flow : null;
}

/**
 * One row's levels (each with its period and year-on-year change) and its share, or null when the row is not one of the
 * table (its cells do not line up with the heads, its label names no flow the table can take, a level cell holds words or
 * a percentage): such a row is set aside and the table's other rows are read. A level left blank ("", "-", "n.a.") is no
 * figure, and the change beside it is of nothing; a change cell of words ("new") is no change.
 */
function pipeRow(line: Line, written: string[], columns: PipeColumns, above: TableUnit | null, section: Flow | null, strict: boolean): TableRow[] | null {
  const cells = [...written];
  // "Singapore 21.43 | 15.5% | +9.4%": the first number shares its cell with the label.
  const glued = cells.length === columns.roles.length ? LABEL_AND_NUMBER.exec(cells[0]) : null;
  if (glued) cells.splice(0, 1, glued[1], glued[2]);
  if (cells.length !== columns.roles.length + 1) return null;
  const { unit, meaning } = rowUnitAndMeaning(cells, columns, above, section);
  if (!meaning || !unit) return null;
  const quote = { quoteStart: line.start, quoteEnd: line.start + line.text.length };
  const read = rowFigures(cells, columns, unit, strict);
  if (!read) return null;
  const { figures, flows, units, shareCell } = read;
  // A share is of the level column before it ("2025 | 2026 | Share, %": 2026's).
  const share: TableRow[] = shareCell ? [{ ...quote, ...meaning, unit: SHARE_UNIT, figures: [{ period: shareCell.period, cell: { value: Number(shareCell.digits), digits: shareCell.digits, percent: true }, yoy: null }] }] : [];
  if (columns.units) return [...figures.map((f, k) => ({ ...quote, ...meaning, unit: units[k], figures: [f] })), ...share];
  return [...flowRows({ ...quote, ...meaning, unit, figures }, flows), ...share];
}

/** The figures of a row's cells by their columns' roles (set-aside and unit columns passed over), or null when a cell is none of its column's. */
function rowFigures(cells: string[], columns: PipeColumns, unit: TableUnit, strict: boolean): { figures: TableRow['figures']; flows: Array<Flow | null>; units: TableUnit[]; shareCell: { digits: string; period: Period } | null } | null {
  const figures: TableRow['figures'] = [];
  const flows: Array<Flow | null> = [];
  const units: TableUnit[] = [];
  let shareCell: { digits: string; period: Period } | null = null;
  let changed = 0;
  for (let k = 0; k < columns.roles.length; k++) {
    const role = columns.roles[k];
    if (role === 'unit' || role === 'skip' || role === 'unknown') continue;
    const digits = cellDigits(cells[k + 1], role);
    if (digits === undefined && (role === 'level' || strict)) return null;
    // (A cell marked as having no figure, "..", "x", "n.a.", is a stated gap: the row's other cells still read.)
    if (digits === null && role === 'level' && strict && !BLANK_MARK.test(cells[k + 1])) return null;
    const period = columns.periods[k];
    if (role === 'level' && period && digits) {
      figures.push({ period, cell: { value: Number(digits), digits, percent: false }, yoy: null });
      flows.push(columns.flows[k]);
      units.push(columns.units?.[k] ?? unit);
    } else if (role === 'level') changed = figures.length;
    else if (!digits) continue;
    else if (role === 'index' && columns.flows[k] && flows.includes(columns.flows[k])) {
      // An index naming its flow is that flow's change, wherever it stands ("Exports | Imports | Exports index (...)").
      figures[flows.lastIndexOf(columns.flows[k])].yoy = Math.round((Number(digits) - 100) * 1e6) / 1e6;
    } else if ((role === 'yoy' || role === 'index') && figures.length > changed) {
      changedFigure(figures.slice(changed)).yoy = role === 'index' ? Math.round((Number(digits) - 100) * 1e6) / 1e6 : Number(digits);
      changed = figures.length;
    } else if (role === 'share' && !digits.startsWith('-')) shareCell = { digits, period: figures[figures.length - 1]?.period ?? columns.periods.find((p) => p)! };
  }
  return { figures, flows, units, shareCell };
}

/** A row's figures under columns of their own flows ("Exports | y/y | Imports | y/y"), one row of each flow. */
function flowRows(row: TableRow, flows: Array<Flow | null>): TableRow[] {
  if (!flows.some((f) => f)) return [row];
  return [...new Set(flows)].map((flow) => ({ ...row, flow: flow ?? row.flow, figures: row.figures.filter((_, k) => flows[k] === flow) }));
}

/**
 * A row's unit (its unit cell's, its label's bracket's, the row above's, else the table's) and what its label names.
 * "Coal (mln T)": a table with no unit of its own has each row's in the label's bracket, or the row above's.
 */
function rowUnitAndMeaning(cells: string[], columns: PipeColumns, above: TableUnit | null, section: Flow | null): { unit: TableUnit | null; meaning: ReturnType<typeof labelMeaning> } {
  const labelled = columns.labelUnits ? LABEL_UNIT.exec(cells[0]) : ownBracketUnit(cells[0], columns);
  const unitCell = columns.roles.indexOf('unit');
  const unit = unitCell >= 0 ? unitIn(cells[unitCell + 1]) ?? blankUnitCell(cells, columns) : labelled ? unitIn(labelled[2]) : columns.labelUnits ? above : columns.unit;
  return { unit, meaning: unit && labelMeaning(labelled ? labelled[1] : cells[0], columns, unit, section) };
}

/**
 * "Chang'an trains, January-June" over "Item | Volume | YoY" and the rows "Trips | 2,705", "Cargo (10,000 tonnes) | 295",
 * "Containers (TEU) | 286,400": a row whose label brackets a unit of its own is counted in it, not in the unit the caption
 * gives the table, when no column head or unit line names one. Null when the bracket names no unit ("Russia (Far East)").
 */
function ownBracketUnit(label: string, columns: PipeColumns): RegExpExecArray | null {
  if (!columns.rowsMayNameUnit || !label.endsWith(')')) return null;
  const labelled = LABEL_UNIT.exec(label);
  return labelled && unitIn(labelled[2]) ? labelled : null;
}

/**
 * A unit cell left blank ("-") in a row whose levels in the row's unit are blank too (goods counted by value only, the
 * quantity columns "-"): the row's levels in their own units are read, under the table's unit; null otherwise.
 */
function blankUnitCell(cells: string[], columns: PipeColumns): TableUnit | null {
  const unitCell = columns.roles.indexOf('unit');
  if (!columns.units || cellDigits(cells[unitCell + 1], 'unit') !== null) return null;
  const rowUnitLevels = columns.roles.map((role, k) => role === 'level' && !columns.units![k]);
  return rowUnitLevels.every((own, k) => !own || cellDigits(cells[k + 1], 'level') === null) ? columns.unit : null;
}

/**
 * The level a change column gives the change of: the level column before it, or of the levels since the last change
 * column the one of the latest period ("Oct 2026 | Oct 2025 | y/y %": the change is October 2026's).
 */
function changedFigure(levels: TableRow['figures']): TableRow['figures'][number] {
  return levels.reduce((latest, f) => (f.period.end > latest.period.end ? f : latest), levels[levels.length - 1]);
}

// How statistics offices write a cell with no figure: a dash ("-", "--"), "n.a.", "x" (not applicable, as for a balance's
// change), an ellipsis, one to three dots ("." not available, ".." confidential) or Eurostat's colon.
const BLANK_MARK = /^(?:[-–—]{1,2}|n\.?a\.?|x|…|\.{1,3}|:)$/i;

/**
 * A cell's number as digits ("-11.6", "106842.7"); null for a cell left blank ("-", "–", "…", or the statistics offices'
 * "x", not applicable, as for a balance's change); undefined when the cell is no number of its column.
 */
function cellDigits(cell: string, role: Role): string | null | undefined {
  if (cell === '' || BLANK_MARK.test(cell)) return null;
  const m = NUMBER_CELL.exec(cell.replace(NUMBER_MARK, ''));
  return !m || (role === 'level' && m[3] === '%') ? undefined : numberDigits(m);
}

// A note's mark closing a figure: "17.6*", "9.9 (p)" (preliminary), "12.0 r" (revised), "4.2¹".
const NUMBER_MARK = /(?<=\d%?)\s*(?:\*+|\((?:p|r|e|\d)\)|(?<=\s)[pre]|[¹²³⁴⁵⁶⁷⁸⁹])$/i;

/** The digits of a NUMBER_CELL match, signed, its grouping dropped and a decimal comma made a point ("106 842,7" → "106842.7"). */
function numberDigits(m: RegExpExecArray): string {
  const digits = DECIMAL_COMMA.test(m[2]) ? m[2].replace(/[ .]/g, '').replace(',', '.') : m[2].replace(/[, ]/g, '');
  return `${m[1] === '-' || m[1] === '–' ? '-' : ''}${digits}`;
}

// "Net trade", "Net exports", "Net balance", "Trade, net", "Goods, net trade", "Net trade in goods": a row that nets the flows
// of a table's goods is their balance, of all goods.
const NET_TRADE_LABEL = /^(?:(?:goods|merchandise)\s*,\s*)?(?:net\s+(?:trade|exports|balance)|(?:trade|exports)\s*,\s*net|(?:trade|net)\s+balance)(?:\s+(?:of|in)\s+(?:goods|merchandise))?$/i;

/** Flow, partner, area and goods (or kind of trade) a row's label names, or null when its flow is not known. */
function labelMeaning(written: string, columns: PipeColumns, unit: TableUnit, section: Flow | null = null): { flow: Flow; partner: string; area: string; commodity?: string; breakdown?: string; flowUnnamed?: boolean } | null {
  const label = shortFlowWordsInFull(withoutNoteMarks(written));
  // A label that is a number ("3", a rank left in the label column) names nothing.
  if (!/\p{L}/u.test(label)) return null;
  if (NET_TRADE_LABEL.test(label) && !columns.flows.some((f) => f) && (!columns.flow || columns.flow === 'total' || columns.flow === 'balance')) return { flow: 'balance', ...columns.place };
  const cues = flowsNamed(label);
  if (cues.size > 1) return null;
  // A caption on trade in general ("Merchandise trade, third quarter 2026") leaves each row its own flow; one on exports does not.
  // "General trade", "Processing trade" under columns of flows: the word "trade" in a trade mode's name names no flow of the row.
  const own = cues.size && !(columns.flows.some((f) => f) && breakdownIn(label)) ? [...cues][0] : null;
  if (own && columns.flow && columns.flow !== 'total' && own !== columns.flow) return null;
  // Columns of their own flows give the flow; a row naming one of its own is not such a table's.
  const columnFlows = columns.flows.some((f) => f);
  if (own && columnFlows) return null;
  const rest = label.replace(PART_OPENING, '').replace(TRADE_WITH, '').replace(EXTRA_AREA, '').replace(TOTAL_TAIL, '').replace(/\b(?:exports?|imports?|total\s+trade|trade\s+balance|balance(?:\s+of\s+trade)?)\b/gi, ' ').replace(/\s*\((?:incl|excl|including|excluding)\b[^()]*\)$/i, '').trim();
  // "National exports", "Re-exports": a kind of the exports, as the other table readers take it.
  const kind = own === 'export' ? labelExportKind(label) : null;
  const whole = !kind && (rest === '' || TOTAL_LABEL.test(rest) || TOTAL_TRADE_LABEL.test(rest));
  // "Total" over "Exports" and "Imports", "General trade" or "Private enterprises" under no flow word: the whole trade.
  const breakdown = whole ? '' : breakdownIn(rest);
  // Tonnes or TEU with no flow word: cargo moved both ways; so are trains or their trips ("Trips" by region), as in prose.
  const flow = own ?? section ?? columns.flow ?? ((whole && rest !== '') || breakdown || columnFlows || unit.measure === 'quantity' || TRAIN_COUNT_UNIT.test(unit.unit) ? 'total' : null);
  if (!flow) return null;
  if (kind) return { flow, ...columns.place, ...kind };
  if (whole) return { flow, ...columns.place };
  if (breakdown) return { flow, ...columns.place, breakdown };
  const place = findPlaces(rest, '').find((p) => p.start === 0 && p.end === rest.length);
  // "Crude oil", "Liquefied natural gas": a capital opening the label is the line's, not the goods' (acronyms stay).
  const commodity = rest.replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase());
  const named = own != null || section != null || columns.flow != null || columnFlows;
  if (!place) return named ? { flow, ...columns.place, commodity } : { flow, ...columns.place, commodity, flowUnnamed: true };
  // A country or a group of countries in a table "by region" is a partner; provinces, cities and ports are areas.
  const area = columns.placeRole === 'area' && place.kind !== 'country' && place.kind !== 'group';
  return area ? { flow, partner: 'World', area: columns.ports && !/\bport$/i.test(place.name) ? `${place.name} Port` : place.name } : { flow, partner: place.name, area: '' };
}

// A note's mark closing a label or head: "China1)", "EU*", "Trade balance*", "January-October 2026*", "Re-exports²", and
// "countries )" where the PDF repair blanked the mark's digit.
const NOTE_MARK = /(?:\*+|(?<=[A-Za-z%])\d{1,2}\)|\s+\)|\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹]+)$/;

/** A label or head without the note marks closing it. */
export function withoutNoteMarks(text: string): string {
  let out = text.trim();
  for (let m = NOTE_MARK.exec(out); m && m.index > 0; m = NOTE_MARK.exec(out)) out = out.slice(0, m.index).trim();
  return out;
}

const TRAIN_COUNT_UNIT = /^(?:trains|trips)$/;

// A line ending as a sentence does: a full stop (a question or exclamation mark), perhaps inside a closing quote or bracket.
const PROSE_SENTENCE_END = /[.!?]["”’)]?\s*$/;

// The label column's head of a table whose rows are periods: "Period | Exports (Rs million) | Imports (Rs million)".
const PERIOD_HEAD = /^(?:periods?|months?|quarters?|years?)$/i;

/**
 * A column of a table whose rows are periods: a flow's levels, their change (of the column before, or of the flow its head
 * names: `changeOf`), a column set aside (`skip`), or one not known (null).
 */
/** A column of one flow's levels; `owner` is the country its head names as the trader ("India's exports"). */
type LevelColumn = { flow: Flow; unit: TableUnit; year?: number; negative?: boolean; owner?: string };
type PeriodColumn = LevelColumn | 'change' | { changeOf: Flow } | 'skip' | null;
const isLevelColumn = (c: PeriodColumn): c is LevelColumn => c !== null && typeof c === 'object' && 'unit' in c;

/**
 * "Period | Exports (Rs million) | Imports (Rs million)" over "November 2026 | 808 731 | 1 435 703": rows that are
 * periods under columns that are flows. Each head names one flow and a unit (its own, else the caption's); each
 * label is one period and nothing else; each cell is a level of its column's flow in its row's period. A column not
 * known, and a row with no number in a flow column (a sub-head, a note), are set aside; a row with one that is not a
 * period makes it no such table, as does anything set aside in a `strict` reading.
 */
function periodRowsTable(run: Line[], grid: string[][], captionLine: Line | null, anchor: Anchor, strict: boolean): FlatTable | null {
  const caption = captionLine?.text ?? '';
  const columns = periodColumns(grid[0].slice(1), caption, anchor);
  const yearColumns = columns.some((c) => isLevelColumn(c) && c.year);
  if (!columns.some(isLevelColumn) || (strict && (columns.includes(null) || columns.includes('skip') || grid.some((cells) => cells.length !== grid[0].length)))) return null;
  const place = captionPlace(caption);
  // "Imports and exports of Sichuan Province, 2021 (100 million yuan)" over "Q4", "December", "Year": the caption's year dates them.
  const year = captionYear(caption, anchor);
  const dating = year === null ? anchor : { ...anchor, year, month: 12, day: undefined };
  const rows: TableRow[] = [];
  // A change row is of the periods above it since the last change row ("Dec 2014", "Dec 2015", "Change (%)", then the years).
  let sinceChange = 0;
  for (let k = 1; k < run.length; k++) {
    if (isSeparator(grid[k])) continue;
    // Under year columns a row is months with no year of their own ("October", "January-November").
    const period = yearColumns && /\d{4}/.test(grid[k][0]) ? null : (year !== null && YEAR_ROW_LABEL.test(withoutNoteMarks(grid[k][0])) ? { start: `${year}-01`, end: `${year}-12` } : wholePeriod(grid[k][0], dating) ?? twoYearLabel(grid[k][0])) ?? (k === run.length - 1 ? periodsSpanned(grid[k][0], rows) : null);
    if (!period && !strict && namedChangeRow(grid[k], columns, rows, anchor)) continue;
    if (!period && !strict && isChangeHead(withoutNoteMarks(grid[k][0])) && changeRow(grid[k], columns, rows.slice(sinceChange))) {
      sinceChange = rows.length;
      continue;
    }
    const read = period && grid[k].length === grid[0].length ? periodRow(run[k], grid[k], columns, period, place, strict) : null;
    if (!read && (strict || grid[k].slice(1).some((c, j) => NUMBER_CELL.test(c) && isLevelColumn(columns[j])))) return null;
    rows.push(...(read ?? []));
  }
  const last = run[run.length - 1];
  return rows.length ? { start: run[0].start, end: last.start + last.text.length, rows, lines: run.length - 1 } : null;
}

/**
 * "Change (%) | 6.3 | -0.8 | -" under the rows "2026.11.1~20" and "2025.11.1~20": a row of changes below periods gives each
 * flow column's latest level its change, when the column has the level of the same period a year before (else false: the
 * row cannot be placed). A blank cell gives none.
 */
function changeRow(cells: string[], columns: PeriodColumn[], rows: TableRow[]): boolean {
  const changes: Array<[TableRow, number]> = [];
  for (const [j, column] of columns.entries()) {
    const m = NUMBER_CELL.exec(cells[j + 1] ?? '');
    if (!m || !isLevelColumn(column)) continue;
    const own = rows.filter((r) => r.flow === column.flow && r.unit === column.unit);
    const latest = own.reduce<TableRow | null>((a, r) => (!a || r.figures[0].period.end > a.figures[0].period.end ? r : a), null);
    const p = latest?.figures[0].period;
    if (!latest || !own.some((r) => r.figures[0].period.start === yearBefore(p!.start) && r.figures[0].period.end === yearBefore(p!.end))) return false;
    changes.push([latest, Number(numberDigits(m))]);
  }
  for (const [row, change] of changes) row.figures[0].yoy = change;
  return changes.length > 0;
}

// "% change Jan-20 over Jan-19", "Change January 2020 vs January 2019 (%)": a row of changes naming its period and the base.
const NAMED_CHANGE_ROW = /^(?:%\s*)?(?:change|growth)\s*(?:\(%\)|%)?\s*,?\s*(.+?)\s+(?:over|vs\.?|versus|against|compared\s+(?:with|to))\s+(.+?)\s*(?:\(%\)|%)?$/i;
// "Growth 2024-25 (%)", "% change in 2025", "Change, FY2024/25 (%)": a row of changes naming its period only.
const PERIOD_CHANGE_ROW = /^(?:%\s*)?(?:change|growth|increase)\s*(?:\(%\)|%)?\s*,?\s*(?:in\s+|of\s+)?([^()%]+?)\s*(?:\(%\)|%)?$/i;

/** The period a row label names, a fiscal year by its two years ("2024-25") included. */
const labelPeriod = (written: string, anchor: Anchor): Period | null => wholePeriod(withFullYears(written, anchor), anchor) ?? twoYearLabel(written);

/** Whether two periods of rows are the same (a fiscal year not yet placed by the fiscal year it starts in). */
const samePeriod = (a: Period, b: Period): boolean => (a.fiscalFrom !== undefined || b.fiscalFrom !== undefined ? a.fiscalFrom === b.fiscalFrom : a.start === b.start && a.end === b.end);

/** The same period a year before (a fiscal year: the one before it). */
const periodYearBefore = (p: Period): Period => (p.fiscalFrom !== undefined ? { start: '', end: '', fiscalFrom: p.fiscalFrom - 1 } : { start: yearBefore(p.start), end: yearBefore(p.end) });

/**
 * "% change Jan-20 over Jan-19" under the rows of both months: each column's change of the row of the later period, when the
 * base is the same period a year before; a change on another base ("% change Jan-20 over Dec-19", on the month before) is
 * set aside. A row naming its period only ("Growth 2024-25 (%)" under the rows "2023-24" and "2024-25") is the change on
 * the same period a year before, when each column holds that earlier row (else the row cannot be placed: false). False for
 * any other label (the row is then read as any other).
 */
function namedChangeRow(cells: string[], columns: PeriodColumn[], rows: TableRow[], anchor: Anchor): boolean {
  const label = withoutNoteMarks(cells[0]);
  const m = NAMED_CHANGE_ROW.exec(label);
  const only = m ? null : PERIOD_CHANGE_ROW.exec(label);
  const later = m ? labelPeriod(m[1], anchor) : only ? labelPeriod(only[1], anchor) : null;
  const base = m ? labelPeriod(m[2], anchor) : later && periodYearBefore(later);
  if (!later || !base) return false;
  if (!samePeriod(periodYearBefore(later), base)) return true;
  const found: Array<[TableRow, number]> = [];
  for (const [j, column] of columns.entries()) {
    const n = NUMBER_CELL.exec(cells[j + 1] ?? '');
    if (!n || !isLevelColumn(column)) continue;
    const own = rows.filter((r) => r.flow === column.flow && r.unit === column.unit);
    const row = own.find((r) => samePeriod(r.figures[0].period, later));
    if (row && (m || own.some((r) => samePeriod(r.figures[0].period, base)))) found.push([row, Number(numberDigits(n))]);
    else if (only) return false;
  }
  for (const [row, change] of found) row.figures[0].yoy = change;
  return m !== null || found.length > 0;
}

/**
 * The columns of a table of periods by their heads; a change column whose level is not the column before it is not known,
 * unless its head names the flow of one level column ("Total y/y (%)" after "Total | Exports | Imports").
 */
function periodColumns(heads: string[], caption: string, anchor: Anchor): PeriodColumn[] {
  const flowHeads = heads.some((h) => findFlowCues(h).length > 0);
  const columns: PeriodColumn[] = heads.map((head, j) => {
    // A head of two rows joined: the lower row's change or measure word under the flow the upper row names
    // ("Exports (US$ million); y/y (%)", "Exports (US$ million); Value").
    const [upper, lower] = head.includes(';') ? [head.slice(0, head.lastIndexOf(';')).trim(), withoutNoteMarks(head.slice(head.lastIndexOf(';') + 1))] : ['', ''];
    const bare = withoutNoteMarks(upper && MEASURE_HEAD.test(lower) ? upper : head);
    if (SKIPPED_COLUMN.test(bare) || RANK_HEAD.test(bare) || NOTE_HEAD.test(bare)) return 'skip';
    if (j > 0 && upper && isChangeHead(lower)) return 'change';
    const named = j > 0 ? flowOfChangeHead(bare, flowHeads) : null;
    if (named) return { changeOf: named };
    return j > 0 && isChangeHead(bare) ? 'change' : yearColumn(bare, caption, anchor, flowHeads) ?? flowColumn(bare, caption, flowHeads);
  });
  const levels = columns.filter(isLevelColumn);
  return columns.map((c, j) => (c === 'change' && !isLevelColumn(columns[j - 1]) ? null : c !== null && typeof c === 'object' && 'changeOf' in c && levels.filter((l) => l.flow === c.changeOf).length !== 1 ? null : c));
}

// "Total y/y (%)", "Exports growth, %": a change head naming the flow whose levels it compares.
const FLOW_CHANGE_HEAD = /^(.+?)\s+((?:y\/y|yoy|y-o-y|year[- ]on[- ]year|growth|change|increase)\b.*)$/i;

/** The flow a change head names before its change words ("Total y/y (%)" → total), or null when it names none or more. */
function flowOfChangeHead(head: string, flowHeads: boolean): Flow | null {
  const m = FLOW_CHANGE_HEAD.exec(head);
  if (!m || !isChangeHead(m[2])) return null;
  if (TOTAL_HEAD.test(m[1].trim())) return flowHeads ? 'total' : null;
  const cues = findFlowCues(m[1]);
  const rest = cues.reduce((t, c) => t.slice(0, c.start) + ' '.repeat(c.end - c.start) + t.slice(c.end), m[1]);
  const flows = new Set(cues.map((c) => c.flow));
  return flows.size === 1 && rest.trim() === '' && !flows.has('other') ? [...flows][0] : null;
}

// A row for the whole year a caption names: "Year", "Full year", "Whole year".
const YEAR_ROW_LABEL = /^(?:(?:full|whole|entire)[- ])?year$/i;

/**
 * The one year a table's caption names as a bare year ("Imports and exports of Sichuan Province, 2021 (100 million yuan)"),
 * not later than the release's; null when it names none, more, or a period of its own ("January-November 2021").
 */
function captionYear(caption: string, anchor: Anchor): number | null {
  const years = caption.match(/(?<![\d.,-])(?:19|20)\d\d(?![\d.,-])/g) ?? [];
  if (years.length !== 1 || Number(years[0]) > anchor.year) return null;
  return findPeriods(caption, anchor).some((p) => p.kind === 'period' && (p.periodStart !== `${years[0]}-01` || p.periodEnd !== `${years[0]}-12`)) ? null : Number(years[0]);
}

// A year opening a column's head over rows of months: "2023", "2023 (trains dispatched)", "2023, exports (US$ million)".
const YEAR_OPENING = /^((?:19|20)\d{2})(?:\s*[,:]?\s+(.*))?$/;

/**
 * "Month | 2022 (trains dispatched) | 2023 (trains dispatched) | Change (%)": a year heading a column of a table whose rows
 * are months, the rest of the head (else the caption) naming its flow and unit as any flow column's does. Each cell is the
 * row's months in the column's year. Null for a head opening with no year, or a year later than the release's.
 */
function yearColumn(head: string, caption: string, anchor: Anchor, flowHeads: boolean): PeriodColumn {
  const m = YEAR_OPENING.exec(head);
  if (!m || Number(m[1]) > anchor.year) return null;
  const unit = m[2] ? null : unitIn(caption);
  const column = m[2] ? flowColumn(m[2], caption, flowHeads) : unit && measuredColumn(caption, unit);
  return column ? { ...column, year: Number(m[1]) } : null;
}

/** A period of months within one year moved to another year; null for a period across two years. */
function inYear(period: Period, year: number): Period | null {
  if (period.start.slice(0, 4) !== period.end.slice(0, 4)) return null;
  return { start: `${year}${period.start.slice(4)}`, end: `${year}${period.end.slice(4)}` };
}

/** One period's levels under the flow columns, each with the change beside it; null when a flow cell holds no level. */
function periodRow(line: Line, cells: string[], columns: PeriodColumn[], period: Period, place: { partner: string; area: string }, strict: boolean): TableRow[] | null {
  const quote = { quoteStart: line.start, quoteEnd: line.start + line.text.length };
  const rows: TableRow[] = [];
  // The levels since the last change column; a change is of the one before it, or under year columns of the latest year.
  let levels: TableRow[] = [];
  for (const [j, column] of columns.entries()) {
    const cell = cells[j + 1];
    if (column === 'change') {
      const m = /^[-–—]?$/.test(cell) ? null : NUMBER_CELL.exec(cell);
      const level = levels.reduce<TableRow | null>((latest, r) => (!latest || r.figures[0].period.end > latest.figures[0].period.end ? r : latest), null);
      if (m && level) level.figures[0].yoy = Number(numberDigits(m));
      levels = [];
      continue;
    }
    if (!isLevelColumn(column)) continue;
    const m = NUMBER_CELL.exec(cell);
    const dated = column.year ? inYear(period, column.year) : period;
    if (!m || m[3] === '%' || !dated) {
      if (strict || !dated || cellDigits(cell, 'level') !== null) return null;
      continue;
    }
    const written = numberDigits(m);
    const digits = column.negative && Number(written) > 0 ? `-${written}` : written;
    const level: TableRow = { ...quote, ...columnPlace(column, place), flow: column.flow, unit: column.unit, figures: [{ period: dated, cell: { value: Number(digits), digits, percent: false }, yoy: null }] };
    levels = column.year ? [...levels, level] : [level];
    rows.push(level);
  }
  columns.forEach((column, j) => {
    const m = column !== null && typeof column === 'object' && 'changeOf' in column && !/^[-–—]?$/.test(cells[j + 1]) ? NUMBER_CELL.exec(cells[j + 1]) : null;
    const target = m ? rows.find((r) => r.flow === (column as { changeOf: Flow }).changeOf) : undefined;
    if (m && target) target.figures[0].yoy = Number(numberDigits(m));
  });
  return rows;
}

/** The row's places under a column whose head names the trader ("India's exports"): that country is the area. */
const columnPlace = (column: LevelColumn, place: { partner: string; area: string }): { partner: string; area: string } => (column.owner ? { ...place, area: column.owner } : place);

// A change column after a level column: "Change (%)", "y/y", "Change y/y".
const CHANGE_YOY_HEAD = /^(?:change|growth)[,\s]+(?:y\/y|yoy|y-o-y|year[- ]on[- ]year)\s*(?:%|\(%\))?$/i;
const isChangeHead = (head: string): boolean => GROWTH_HEAD.test(head) || YOY_COLUMN.test(head) || CHANGE_YOY_HEAD.test(head);

/**
 * "Total" closing rows of months ("January" ... "May", then "Total | 102.0 | 31.6"): the months' whole span, from the first
 * row's start to the last one's end, when the rows above run on month after month.
 */
function periodsSpanned(label: string, rows: TableRow[]): Period | null {
  if (!TOTAL_LABEL.test(withoutNoteMarks(label)) || rows.length < 2) return null;
  const periods = [...new Map(rows.map((r) => [r.figures[0].period.start, r.figures[0].period])).values()];
  const onward = periods.every((p, k) => k === 0 || monthAfter(periods[k - 1].end) === p.start);
  return onward ? { start: periods[0].start, end: periods[periods.length - 1].end } : null;
}

/** The month after a "YYYY-MM" month. */
function monthAfter(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

// A column of levels named by what they measure ("Volume", "Freight volume", "Trade value"): the caption gives unit and flow.
const MEASURE_HEAD = /^(?:(?:freight|cargo|container|trade|import|export)\s+)?(?:value|amount|volume|quantity|throughput)$/i;

/**
 * A head naming one flow and a unit ("Exports (Rs million)", "Exports (t)"), the unit else the caption's; or a unit of
 * goods or trains alone ("Trains", "TEU"), which moved both ways (as in prose); "Volume" under a caption of soybean
 * imports in million tonnes, the caption's unit and flow (both ways for goods in tonnes or TEU with none); "Total" beside
 * columns of flows, the whole trade. Null otherwise.
 */
function flowColumn(head: string, caption: string, flowHeads = false): LevelColumn | null {
  const counted = COUNTED_DIRECTION.exec(withoutNoteMarks(head));
  const countUnit = counted && unitIn(counted[1]);
  if (countUnit) return { flow: /^(?:dispatched|departed|sent)$/i.test(counted![2]) ? 'export' : 'import', unit: countUnit };
  const cues = findFlowCues(head);
  const flows = new Set(cues.map((c) => c.flow));
  const unit = headUnit(head) ?? unitIn(caption);
  const bare = withoutNoteMarks(head).replace(/\([^()]*\)/g, (m) => (unitIn(m) ? '' : m)).trim();
  if (unit && !flows.size && flowHeads && TOTAL_LABEL.test(bare)) return { flow: 'total', unit };
  if (unit && !flows.size && MEASURE_HEAD.test(bare)) return measuredColumn(caption, unit);
  const rest = cues.reduce((t, c) => t.slice(0, c.start) + ' '.repeat(c.end - c.start) + t.slice(c.end), head).replace(/\([^()]*\)/g, ' ');
  const owner = flows.size === 1 ? headOwner(rest, caption) : null;
  if (!unit || (rest.trim() !== '' && !unitIn(rest) && !owner)) return null;
  if (!flows.size) return unit.measure !== 'value' && headUnit(head) ? { flow: 'total', unit } : null;
  const flow = [...flows][0];
  if (flows.size !== 1 || flow === 'other') return null;
  // "Trade Deficit", "Deficit", "Trade gap" heading a column of balances: its figures are deficits, below zero however written.
  const column: LevelColumn = flow === 'balance' && cues.some((c) => c.negative) ? { flow, unit, negative: true } : { flow, unit };
  return owner ? { ...column, owner } : column;
}

// What is left of "India's exports" or "Exports of Kenya" once the flow word is out: the country that trades ("India's", "of Kenya").
const OWNER_REST = /^\s*((?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s|of\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s*$/;

/**
 * The country a flow head names as the trader ("India's exports", "Imports of Korea"), its name as geography knows it: one
 * place read as an area, not the partner the caption names (whose exports are the other side's imports, left unread).
 */
function headOwner(rest: string, caption: string): string | null {
  const m = OWNER_REST.exec(rest);
  if (!m) return null;
  const places = findPlaces(m[1], '');
  if (places.length !== 1 || places[0].role !== 'area') return null;
  return captionPlace(caption).partner === places[0].name ? null : places[0].name;
}

// "Trains dispatched", "(trains received)": trains or their trips counted as they leave (exports) or arrive (imports).
const COUNTED_DIRECTION = /^\(?\s*((?:freight\s+)?(?:trains?|trips?))\s+(dispatched|departed|sent|received|arrived)\s*\)?$/i;

/** The flow of a column of levels the caption names ("China's soybean imports in 2021 (million tonnes)"), else both ways for goods. */
function measuredColumn(caption: string, unit: TableUnit): { flow: Flow; unit: TableUnit } | null {
  const flows = flowsNamed(caption);
  if (flows.size === 1 && !flows.has('other')) return { flow: [...flows][0], unit };
  return !flows.size && unit.measure !== 'value' ? { flow: 'total', unit } : null;
}

// "July-November 2026-27": the second year of a fiscal year closing the label, which the period before it includes.
const FISCAL_YEAR_END = /^[-–/](?:\d{2}|\d{4})$/;

const BARE_YEAR_LABEL = /^((?:19|20)\d{2})$/;
// "2021-22", "2023/24", "2024–2025", "FY2022-23", "FY 2024-25", "FY 2024/25 (P)": a fiscal year written by its two calendar years.
const TWO_YEAR_ROW_LABEL = /^(?:FY\s?)?((?:19|20)\d{2})\s?[-–/]\s?(\d{2}|(?:19|20)\d{2})$/;

/**
 * A row label that is a fiscal year by its two consecutive years ("2021-22"): the period it is depends on the reporting
 * country's calendar, known only after the tables are read, so it is left to flatTableRows (`fiscalFrom`).
 */
function twoYearLabel(written: string): Period | null {
  const m = TWO_YEAR_ROW_LABEL.exec(withoutNoteMarks(written).replace(/\s*\((?:P|Prov\.?|provisional|prov)\)$/i, ''));
  const first = m ? Number(m[1]) : 0;
  return m && Number(m[2]) % 100 === (first + 1) % 100 ? { start: '', end: '', fiscalFrom: first } : null;
}
const WHOLE_YEAR_LABEL = /^(?:(?:whole|full|entire)[- ])?year\s+((?:19|20)\d{2})$/i;

// "2026.11.1~20", "2026.11.01-11.20", "2026/11/1-20": days of one month written with numbers, as Korean and Japanese
// tables date a part of a month (read as the month, as a part-month figure in prose is).
const DOTTED_DAYS = /^((?:19|20)\d{2})([./])(\d{1,2})\2\d{1,2}\s*[~～\-–]\s*(?:(\d{1,2})\2)?\d{1,2}\.?$/;

/** The month of a label of dotted days, when it is one month (1 to 12, the same at both ends) not later than the release's. */
function dottedMonth(days: RegExpExecArray, anchor: Anchor): Period | null {
  const [year, month] = [Number(days[1]), Number(days[3])];
  if (month < 1 || month > 12 || (days[4] !== undefined && Number(days[4]) !== month) || year > anchor.year) return null;
  const ym = `${days[1]}-${String(month).padStart(2, '0')}`;
  return { start: ym, end: ym };
}

/** The one period a row label is, written whole ("November 2026", "July-November 2026-27"); null for any other label. */
function wholePeriod(written: string, anchor: Anchor): Period | null {
  // "September*" (a mark for preliminary figures) is September.
  const label = withoutNoteMarks(written);
  // A bare year under a "Year" head ("2024 | 19,392") is that whole year, when it is not later than the release's; so is
  // "Whole year 2008" closing rows of months.
  const year = BARE_YEAR_LABEL.exec(label) ?? WHOLE_YEAR_LABEL.exec(label);
  if (year) return Number(year[1]) <= anchor.year ? { start: `${year[1]}-01`, end: `${year[1]}-12` } : null;
  const days = DOTTED_DAYS.exec(label);
  if (days) return dottedMonth(days, anchor);
  const periods = findPeriods(label, anchor);
  const p = periods.length === 1 ? periods[0] : null;
  const rest = p ? label.slice(p.end) : '';
  if (!p || p.kind !== 'period' || p.periodStart === '' || p.start !== 0 || (rest !== '' && !FISCAL_YEAR_END.test(rest))) return null;
  return { start: p.periodStart, end: p.periodEnd };
}

// One cell of a strip of flows: "Exports: 41.2", "Imports: 8.3 (down 2.0%)", "Total: 49.5 (+8.1%)".
const STRIP_CELL = /^\s*([A-Z][A-Za-z' -]{1,40}?)\s*:\s*([+\-–]?\d[\d,]*(?:\.\d+)?)\s*(?:\((up|down|\+|-|–)?\s*(\d+(?:\.\d+)?)\s*%\))?\s*$/;
// The strip's unit in a bracket closing its last cell: "Total: 49.5 (billion yuan)".
const STRIP_UNIT = /\s*\(([^()\d]{2,40})\)\s*$/;

/**
 * "Exports: 41.2 | Imports: 8.3 | Total: 49.5 (billion yuan)": a strip of flows whose one unit closes it in a bracket.
 * Each cell is a flow its label names (exports, imports, total trade, balance) and a bare number in that unit, with
 * its change in a bracket if any; the caption above gives the one period. Any other cell makes it no such strip.
 */
function flowStrip(line: Line, captionLine: Line | null, anchor: Anchor): FlatTable | null {
  const tail = STRIP_UNIT.exec(line.text);
  const unit = tail ? unitIn(tail[1]) : null;
  if (!tail || !unit || unit.measure !== 'value' || !captionLine) return null;
  const periods = namedPeriods(captionLine.text, anchor);
  if (periods.length !== 1) return null;
  const period = periods[0];
  const place = captionPlace(captionLine.text);
  const rows: TableRow[] = [];
  let at = 0;
  for (const cell of line.text.slice(0, tail.index).split('|')) {
    const m = STRIP_CELL.exec(cell);
    const flows = m ? flowsNamed(m[1]) : new Set<Flow>();
    const flow: Flow | null = m && TOTAL_LABEL.test(m[1].trim()) ? 'total' : soleFlow(flows);
    if (!m || !flow || flow === 'other') return null;
    const digits = m[2].replace(/,/g, '').replace('–', '-');
    const change = m[4] === undefined ? null : Number(m[4]) * (m[3] === 'down' || m[3] === '-' || m[3] === '–' ? -1 : 1);
    const quoteStart = line.start + at + cell.indexOf(m[1]);
    rows.push({ quoteStart, quoteEnd: line.start + at + cell.trimEnd().length, flow, ...place, unit, figures: [{ period, cell: { value: Number(digits), digits, percent: false }, yoy: change }] });
    at += cell.length + 1;
  }
  return rows.length >= 2 ? { start: line.start, end: line.start + line.text.length, rows, lines: 1 } : null;
}

/**
 * The one partner ("Trade with Kazakhstan, ...") or area ("Yiwu's foreign trade, ...") a caption names for all its rows.
 * A sentence of the prose standing above the table ("... Mongolia traded with 157 countries. Total trade turnover
 * reached ...") is no title: the places it names are its own, not the rows'.
 */
function captionPlace(caption: string): { partner: string; area: string } {
  if (PROSE_SENTENCE_END.test(caption)) return { partner: 'World', area: '' };
  const places = findPlaces(caption, '');
  const one = (role: string) => {
    const named = new Set(places.filter((p) => p.role === role).map((p) => p.name));
    return named.size === 1 ? [...named][0] : '';
  };
  return { partner: one('partner') || 'World', area: one('area') };
}
