/**
 * Statistical tables flattened into release text. These shapes are read:
 *
 * - a header of column heads with rows under it (Eurostat-style, or a table pasted from a
 *   statistics page): "EUR billion | Jan-Sep 2025 | Jan-Sep 2026 | growth" over
 *   "Extra-EU exports 1 692.3 1 741.9 2.9%";
 * - a header whose heads each carry a flow and a year, with months for rows: "Exports 2025 | Exports 2026 |
 *   Index | Imports 2025 | ..." over "July 1 248 1 231 98,6 ..." (`monthRowsTable`);
 * - one self-describing row with a period before each value: "Trade with China, million US
 *   dollars: Jan-Sep 2025 16 204.5 Jan-Sep 2026 18 112.0 change 11.8%";
 * - a table in one sentence, its column heads in brackets before a colon: "October coal imports by type
 *   (Mt, YoY%): bituminous 17.2, -3.1; lignite 13.8, -16.4" (`sentenceTables`), or the same caption alone on
 *   its line with one item a line below it: "Coke exports  612,000  -14.2%" (`captionedLineTables`).
 * Tables with bars are read in pipe-table.ts, lists of partners' shares on one line ("Main export partners, ...:
 * the United States – 9.8 per cent, Germany – 8.7") in share-list.ts, lines of items under a caption naming the unit
 * ("... (unit: 100 million yuan)" over "Exports 108,951.2 6.1%  Imports 89,294.1 0.7%") in unit-caption-items.ts.
 *
 * The prose reader would read such lines as fragments (a space-grouped "1 692.3" as 1 and 692.3),
 * so every line that looks like table residue is claimed here and blanked for it. Rows come out only
 * when the structure is certain: a unit from the header or caption, one period per column, a row
 * label naming its flow (and partner or area) in known words, one way to group the digits into the
 * columns, and every growth column agreeing with the two levels it compares when both are there.
 * Anything else is claimed and yields nothing: a missing figure is better than a wrong one.
 */
import { unitInContext } from './unit-context.js';
import type { ExtractionContext, Flow, Measure, ObservationDraft } from '../../contract.js';
import { currencyInContext, type BareSymbol } from './currency-context.js';
import { digitRuns, groupings, growthAgrees, isNumberToken, tokensOf, withDecimalPoints, type Cell, type CellKind, type Token } from './flat-table-cells.js';
import { findPlaces, type PlaceMention } from './geography.js';
import { scaledValue } from './numbers.js';
import { anchorOf, findPeriods, fiscalNamingOf, fiscalYearOfTwoYears, MONTH_NAMES, MONTH_WORDS, monthNumber, type Anchor, type PeriodMention } from './periods.js';
import { findFigures } from './quantities.js';
import { pipeTables, titledUnitCaption, withoutNoteMarks } from './pipe-table.js';
import { shareLists } from './share-list.js';
import { isUnitCaption, isUnitNote, unitCaptionItems, type SheetPeriod } from './unit-caption-items.js';
import { slashColumnItems } from './slash-columns.js';
import { captionedValueShareItems, notedColumnTables } from './value-share-columns.js';
import { chartLabelSeries, isChangeBar, isSingleBar } from './chart-labels.js';
import { foldForMatching } from './sentences.js';
import { blankKeepingLineEnds, endsWithStop } from './chars.js';
import { breakdownIn, findFlowCues, flowsNamed, soleFlow } from './subjects.js';

/** A table read from the text: the span it claims (blanked for the prose reader) and its rows. */
export interface FlatTable {
  start: number;
  end: number;
  rows: TableRow[];
  /** Row lines claimed: more than `rows` when some were left unread. */
  lines: number;
  /** A chart's data labels (chart-labels.ts): bar labels that round what the prose may state exactly. */
  chartLabels?: boolean;
}

/** One row of a table with everything but the release's own area decided. */
export interface TableRow {
  quoteStart: number;
  quoteEnd: number;
  flow: Flow;
  /** 'World' unless the label names a partner. */
  partner: string;
  /** '' when the label names no area: the release's current area applies. */
  area: string;
  unit: TableUnit;
  figures: Array<{ period: Period; cell: Cell; yoy: number | null }>;
  /** The goods a row of a table by commodity names ("crude oil"); absent in a table of totals. */
  commodity?: string;
  /** The kind of trade a label names ("Re-exports": `export type: re-exports`); absent when none. */
  breakdown?: string;
  /** A row of goods whose flow no word of the table names (`total`, the reader's default): the prose above may name it. */
  flowUnnamed?: boolean;
}

export interface Period {
  start: string;
  end: string;
  /**
   * A row labelled by a fiscal year's two calendar years ("2021-22", "FY 2023-24"), read before the release's country is
   * known: the first year. `start` and `end` are set from the country's fiscal calendar in flatTableRows (none: no row).
   */
  fiscalFrom?: number;
  /**
   * A chart's bar labelled by a fiscal year ("FY2020", "FY 2023-24", "2021-22"), read before the release's country is known:
   * the label, dated in flatTableRows by the country's fiscal calendar and how the release names its years (none: no row).
   */
  fiscalLabel?: string;
}

/** The period of a table that names none, in its caption or heads: the prose's period before it (flatTableRows). */
export const PROSE_PERIOD: Period = { start: '', end: '' };

/** The periods a caption or head names outright ("January-October 2026"), leaving out relative ones and bare years' parts. */
export function namedPeriods(text: string, anchor: Anchor): Period[] {
  return findPeriods(text, anchor)
    .filter((p) => p.kind === 'period' && p.periodStart !== '')
    .map((p) => ({ start: p.periodStart, end: p.periodEnd }));
}

export interface TableUnit {
  unit: string;
  exponent: number;
  bare: BareSymbol | '';
  measure: Measure;
}

/** Shares of a whole, in percent: a share column's cells, a list of partners' shares. */
export const SHARE_UNIT: TableUnit = { unit: 'percent-share', exponent: 0, bare: '', measure: 'share' };
/** Changes on a year earlier, in percent, with no level: a chart's bars of growth ("Export growth by fiscal year (%)"). */
export const GROWTH_UNIT: TableUnit = { unit: '', exponent: 0, bare: '', measure: 'growth' };

type Column =
  | { kind: 'level'; at: number; period: Period | null }
  | { kind: 'growth'; at: number; yoy: boolean }
  | { kind: 'index'; at: number; period: Period; base: Period }
  | { kind: 'skip'; at: number };

/** What the caption and header say about every row: unit, flow, area, period, and what bare place labels are. */
interface TableContext {
  unit: TableUnit | null;
  flow: Flow | null;
  area: string;
  period: Period | null;
  /** Bare place labels ("Russia", "Nanning") are partners in a table by partner, areas in one by city or region. */
  placeRole: 'partner' | 'area' | null;
  nonTrade: boolean;
  /**
   * Every word of the caption and header is a unit, a period, a flow, a place or a word about tables:
   * "Coal exports, USD million" names goods the rows do not, so such a table is read as nothing.
   */
  understood: boolean;
}

export interface Line {
  start: number;
  /** The trimmed line, folded for matching (same length as the text it came from). */
  text: string;
  /** Where the trimmed line starts in its line of the text (its indent), when known: columns aligned by spaces line up by it. */
  column?: number;
}

/** Longest line read as a table line; longer ones are prose. */
const MAX_LINE = 300;
/** Longest row label ("Exports of mechanical and electrical products to ASEAN"). */
const MAX_LABEL = 90;
/** Longest caption line above a header. */
const MAX_CAPTION = 200;
/** Month names and year parts as table heads write them. */
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const PART = '(?:Q[1-4]|[1-4]Q|H[12]|[12]H)';
/** A span of months in Roman numerals ("I. – IX.", "I–IX"), as Central European tables head their columns. */
const ROMAN_SPAN = '(?:[IVX]{1,4})\\.?\\s*[-–—]\\s*(?:[IVX]{1,4})\\.?';

/** A line of cells between bars with a number in it ("| Japan | 812.4 |"), or two numbers parted by a bar ("Manufactures: 896.7 | 6.2"). */
const PIPE_ROW = /\|[^|\n]*\d[^|\n]*\||\d\s*\|\s*[+\-–]?\d/;
// "Item | Tonnes | Change y/y": a head of three cells or more between bars, no number in it (rows without bars may follow).
const BARRED_HEAD = /^[^|\d]+\|[^|\d]+\|[^\d]+$/;
// "  Export                           164.3       24.6": a row aligned by spaces, a label then two numbers or more in columns
// (a level and its change), as a PDF copy or plain-text bulletin writes one (pipe-table.ts, `alignedTable`).
const ALIGNED_ROW = /[A-Za-z)]\s{2,}[+\-–]?\d[\d.,]*%?\s{2,}[+\-–]?\d[\d.,]*%?\s*$/;

// "Exports 915.2 12.6" under "Item Value Year-on-year": the same row with its runs of spaces collapsed to one by a scraper (the
// header readers below split it by its tokens).
const COLLAPSED_ROW = /^[A-Za-z][A-Za-z &'’-]* [+\-–]?\d[\d.,]*%? [+\-–]?\d[\d.,]*%?$/;

/**
 * The caption right over a note that ends the paragraph above a table ("Table 2  Total exports to major destinations, March
 * 2018" over "Value in HK$ million, with each destination's percentage share ... beside it"): the line before the note in
 * that paragraph, when it is short enough to be one (a242; before, the paragraph two blocks up stood for it).
 */
function noteCaptionAbove(block: Line[] | undefined, note: Line | null): Line | null {
  const caption = note && block && block.length > 1 ? block[block.length - 2] : null;
  return caption && caption.text.length <= MAX_CAPTION ? caption : null;
}

/** Finds the flattened tables of a release (offsets into `text`), in text order. */
export function findFlatTables(text: string, anchor: Anchor | null): FlatTable[] {
  const tables: FlatTable[] = [];
  let carried: GoodsHeader | null = null;
  let before: Line | null = null;
  let title: Line | null = null;
  const sheet: SheetPeriod = {};
  // The tables of the paragraph before, when it had any: a row of changes alone under them may give their last column's changes.
  let tablesBefore: FlatTable[] = [];
  // The text folded once (foldForMatching is one character for one): each line read is its slice, not folded again.
  const folded = withMinusMarks(foldForMatching(text));
  const blocks = blocksOf(text);
  for (const [b, block] of blocks.entries()) {
    const last = block[block.length - 1];
    // The caption over the block, read only for a block that may hold a table (most blocks of a release hold none).
    const [titleAbove, lineAbove] = [title, before];
    title = before;
    before = last.text.length <= MAX_CAPTION ? last : null;
    const changes = block.length === 1 ? changesRowUnder(tablesBefore[tablesBefore.length - 1], foldedLine(block[0], folded), anchor) : null;
    tablesBefore = [];
    if (changes) tables.push(changes);
    if (changes || !block.some(mayBeTableLine)) {
      carried = null;
      continue;
    }
    const above = lineAbove && titledUnitCaption(titleAbove && foldedLine(titleAbove, folded), { start: lineAbove.start, text: foldedLine(lineAbove, folded).text });
    const lines = block.map((l) => foldedLine(l, folded));
    // The readers of rows under a header take a table's rows scraped onto one line as the lines they were; the readers of
    // items in a line take the line as it is.
    const rowLines = lines.flatMap(unflattenedRows);
    const charts = chartLabelSeries(lines, anchor, [titleAbove, lineAbove].flatMap((l) => (l ? [foldedLine(l, folded)] : [])));
    const inSentences = [...charts, ...[...lines.flatMap((l) => sentenceTables(l, anchor)), ...lines.flatMap((l) => flowColumnSentenceTables(l, anchor)), ...captionedLineTables(lines, anchor), ...pipeTables(rowLines, above, anchor, blocks[b + 1]?.[0] ?? null), ...shareLists(lines, anchor), ...unitCaptionItems(lines, anchor, sheet), ...slashColumnItems(lines, anchor), ...captionedValueShareItems(lines, anchor), ...notedColumnTables(lines, anchor, [noteCaptionAbove(blocks[b - 1], lineAbove) ?? titleAbove, lineAbove].flatMap((l) => (l ? [foldedLine(l, folded)] : [])))].filter((t) => !charts.some((c) => c.start < t.end && t.start < c.end))];
    const unclaimedRows = rowLines.filter((l) => !inSentences.some((t) => t.start < l.start + l.text.length && l.start < t.end));
    const found = tablesInBlock(unclaimedRows, anchor, carried, lineAbove && unclaimedRows[0] === rowLines[0] ? foldedLine(lineAbove, folded) : null);
    tables.push(...[...inSentences, ...found.tables].sort((a, b) => a.start - b.start));
    tablesBefore = found.tables;
    carried = found.carry;
  }
  return tables;
}

// 'Note: "▲" denotes minus.', "△ indicates a negative figure": a release that says a triangle is its minus sign (as
// Japanese statistics write one); elsewhere a triangle may be a rise ("▲0.9%" in a market quote) and is left alone.
const MINUS_MARK_NOTE = /([▲△])["”’']?\s*(?:denotes|indicates|means|shows|represents|stands\s+for|is|=|:)\s*(?:a\s+)?(?:minus|negative|decrease|decline)/i;

/** The folded text with the triangle the release names as its minus sign written as a minus, before a digit (one character for one). */
function withMinusMarks(folded: string): string {
  const note = MINUS_MARK_NOTE.exec(folded);
  return note ? folded.replace(new RegExp(`${note[1]}(?=\\s?\\d)`, 'g'), '-') : folded;
}

// "Growth 2024-25 (%)   -10.2   -2.4   -7.9", "% change 2025   3.1   -0.4", "Change on a year (%)  4.2  1.0", "y/y, %  2.2  -1.5  0.9":
// a line alone under a table whose label is a change word (with the table's last column's head, or none) and whose cells are one
// change for each of the table's rows, in order: each is the change of that row's last column on the column before it. Read only
// when that column is the year before's and every change agrees with the two levels it compares (no guess at whose change it is).
const CHANGES_ROW_LABEL = /^(?:%\s*)?(?:growth|change|increase|y\/y|yoy|y-o-y|year[- ]on[- ]year(?:\s+(?:growth|change))?)\b(?:\s+(?:on|over)\s+(?:a|the)\s+year(?:\s+(?:before|earlier))?)?\s*,?\s*(.*?)\s*,?\s*(?:\(?%\)?)?$/i;

/** The claim of a row of changes under `table` (CHANGES_ROW_LABEL), its changes set on the table's rows; null when it is none. */
function changesRowUnder(table: FlatTable | undefined, line: Line, anchor: Anchor | null): FlatTable | null {
  if (!table || !table.rows.length || table.rows.length !== table.lines || line.text.length > MAX_LINE) return null;
  // (The last cells, one for each row: a year before them, "% change 2025  5.2  5.9", heads no cell.)
  const tokens = tokensOf(line.text);
  const first = tokens.length - table.rows.length;
  const label = first > 0 && tokens.slice(first).every((t) => isNumberToken(t.text)) ? CHANGES_ROW_LABEL.exec(line.text.slice(0, tokens[first].start).trim()) : null;
  if (!label) return null;
  const cells = groupings(tokens.slice(first), table.rows.map(() => 'percent' as const));
  const pairs = table.rows.map((row) => row.figures.slice(-2));
  const last = pairs[0][1]?.period;
  if (cells.length !== 1 || !last || !pairs.every((pair) => pair.length === 2 && samePeriod(pair[1].period, last) && samePeriod(pair[0].period, yearBefore(last)))) return null;
  if (label[1] !== '' && !headNames(label[1], last, anchor)) return null;
  if (!pairs.every((pair, k) => pair[1].yoy === null && growthAgrees(cells[0][k], pair[1].cell, pair[0].cell))) return null;
  pairs.forEach((pair, k) => (pair[1].yoy = cells[0][k].value));
  return { start: line.start, end: line.start + line.text.length, rows: [], lines: 0 };
}

/** True when `head` is written as the column of `period` would be headed: a fiscal year by its two years, a year, a period. */
function headNames(head: string, period: Period, anchor: Anchor | null): boolean {
  const fiscal = fiscalYearHeads(head, head.split(''));
  if (fiscal.length) return fiscal.length === 1 && samePeriod((fiscal[0] as { period: Period }).period, period);
  const stated = anchor ? namedPeriods(head, anchor) : [];
  const named = stated.length ? stated : yearHeads(head).map((p) => ({ start: p.periodStart, end: p.periodEnd }));
  return named.length > 0 && named.every((p) => samePeriod(p, period));
}

/** A line of the text as its folded copy writes it (the same offsets). */
function foldedLine(l: Line, folded: string): Line {
  return { start: l.start, text: folded.slice(l.start, l.start + l.text.length), column: l.column };
}

/**
 * The gate of a paragraph: only one with a line of three numbers or more, a caption ending its line, cells between bars or a
 * row aligned by spaces is looked at (and folded). Each pattern runs only on lines with what it needs (a bar, two numbers).
 */
// "Goods exports ........ 11,420 (+9.8%)": a fact sheet's row, its label led to its amount by dots.
const DOT_LEADER_ROW = /[A-Za-z)]\s*\.{3,}\s*\d/;

function mayBeTableLine(l: Line): boolean {
  if (l.text.length > MAX_LINE) return false;
  const runs = digitRuns(l.text, 3);
  return runs >= 3 || (runs > 0 && l.text.includes('...') && DOT_LEADER_ROW.test(l.text)) || ((l.text.endsWith(')') || /\d\d$/.test(l.text)) && isUnitCaption(l.text)) || isUnitNote(l.text) || (l.text.endsWith('):') && CAPTION_LINE.test(l.text)) || (l.text.includes('|') && (PIPE_ROW.test(l.text) || BARRED_HEAD.test(l.text))) || (runs === 2 && (ALIGNED_ROW.test(l.text) || COLLAPSED_ROW.test(l.text) || isSingleBar(l.text))) || (runs === 1 && isChangeBar(l.text));
}

/** Replaces each table's span with spaces (offsets stay valid), so the prose reader does not read it again. */
export function blankFlatTables(text: string, tables: FlatTable[]): string {
  if (!tables.length) return text;
  let out = '';
  let at = 0;
  for (const t of tables) {
    const from = Math.max(at, t.start);
    out += text.slice(at, from) + blankKeepingLineEnds(text.slice(from, t.end));
    at = Math.max(at, t.end);
  }
  return out + text.slice(at);
}

/** A warning for each table with lines left unread (ambiguous, not trade, or no unit or period), quoting its first line. */
export function unreadTableWarnings(tables: FlatTable[], text: string): string[] {
  return tables
    .filter((t) => t.rows.length < t.lines)
    .map((t) => `${t.lines - t.rows.length} line(s) of a table flattened into the text not read (structure ambiguous, or not trade): "${text.slice(t.start, t.end).split('\n')[0].slice(0, 100)}"`);
}

/** The observation drafts of one table; `area` is the release's area where the row label names none. */
export function flatTableRows(table: FlatTable, text: string, ctx: ExtractionContext, area: string, country: string, prosePeriod: Period | null = null, countedUnit = '', proseFlow: Flow | null = null): ObservationDraft[] {
  const rows: ObservationDraft[] = [];
  // "Pingxiang Port imported 312,000 tonnes of fruit ..." over a table of varieties whose heads name no flow: the table breaks
  // down the goods the prose moved one way (not when another row names its flow: "Imports" over "Freight volume").
  const oneWay = (proseFlow === 'import' || proseFlow === 'export') && table.rows.every((row) => row.flowUnnamed) ? proseFlow : null;
  for (const row of table.rows) {
    const rowArea = row.area || area;
    // "Trips" heading a column under prose that counted trains: the trips are those trains' (unit-context.ts, as in prose).
    const unit = unitInContext(currencyInContext(row.unit.unit, row.unit.bare, rowArea, country), text.slice(row.quoteStart, row.quoteEnd), countedUnit);
    for (const stated of row.figures) {
      const value = scaledValue(stated.cell.digits, row.unit.exponent);
      const f = stated.period === PROSE_PERIOD && prosePeriod ? { ...stated, period: { start: prosePeriod.start, end: prosePeriod.end } } : stated.period.fiscalLabel !== undefined ? { ...stated, period: labelledFiscalYear(stated.period.fiscalLabel, text, ctx.published, country) } : stated.period.fiscalFrom === undefined ? stated : { ...stated, period: fiscalPeriod(stated.period.fiscalFrom, ctx.published, country) };
      if (!Number.isFinite(value) || f.period === PROSE_PERIOD || f.period === null) continue;
      const growth = row.unit === GROWTH_UNIT;
      rows.push({
        dataset: ctx.dataset,
        area: rowArea,
        partner: row.partner,
        flow: row.flowUnnamed && oneWay ? oneWay : row.flow,
        commodity: row.commodity ?? 'all goods',
        breakdown: row.breakdown ?? '',
        measure: row.unit.measure,
        period_start: f.period.start,
        period_end: f.period.end,
        value: growth ? null : value,
        unit: growth ? '' : unit,
        qualifier: 'exact',
        yoy_pct: growth ? value : f.yoy,
        release_id: ctx.release_id,
        source_url: ctx.source_url,
        source_quote: text.slice(row.quoteStart, row.quoteEnd),
        published: ctx.published,
        quote_start: row.quoteStart,
        quote_end: row.quoteEnd,
      });
    }
  }
  return rows;
}

/** The fiscal year starting in `first` in the country's calendar (a table's row "2021-22"), or null where it has none. */
function fiscalPeriod(first: number, published: string, country: string): Period | null {
  const date = anchorOf(published);
  return date && fiscalYearOfTwoYears(first, { ...date, country });
}

/** The fiscal year a bar's label names ("FY2020") in the country's calendar, named as the release names its years, or null. */
function labelledFiscalYear(label: string, text: string, published: string, country: string): Period | null {
  const date = anchorOf(published);
  const found = date ? findPeriods(label, { ...date, country, fiscalNamed: fiscalNamingOf(text, country) }, country).find((p) => p.kind === 'period' && p.periodStart !== '') : undefined;
  return found ? { start: found.periodStart, end: found.periodEnd } : null;
}

/** Paragraphs as lists of non-blank lines, each trimmed. */
function blocksOf(text: string): Line[][] {
  const blocks: Line[][] = [];
  let block: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const raw = text.slice(at, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') {
      if (block.length) blocks.push(block);
      block = [];
    } else {
      block.push({ start: at + lead, text: trimmed, column: lead });
    }
    at = end + 1;
  }
  if (block.length) blocks.push(block);
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Lines: rows, headers, captions
// ---------------------------------------------------------------------------------------------

/** A row line: a label, then only numbers ("Extra-EU exports 1 692.3 1 741.9 2.9%"). */
interface RowLine {
  line: Line;
  label: string;
  numbers: Token[];
  /** The row's last cell is a dash, no figure ("Balance 6 582 8 305 -": no change given): `numbers` leave it out. */
  blankLast?: boolean;
}

/** A label is words (digits only glued to letters, as in "EA20"), short, and no sentence. */
const LABEL_DIGIT = /(?<![A-Za-z0-9-])\d/;
/** A cell of a dash alone: a table's way of writing that it has no figure there. */
const BLANK_CELL = /^[-–—]$/;

/** The row of a line; `blankLast` lets its last cell be a dash (rows under a header, whose columns say what is left out). */
function rowLine(line: Line, minNumbers = 2, blankLast = false): RowLine | null {
  if (line.text.length > MAX_LINE || endsWithStop(line.text)) return null;
  const all = tokensOf(line.text);
  const blank = blankLast && all.length > 2 && BLANK_CELL.test(all[all.length - 1].text) && isNumberToken(all[all.length - 2].text);
  const tokens = blank ? all.slice(0, -1) : all;
  let first = tokens.length;
  while (first > 0 && isNumberToken(tokens[first - 1].text)) first--;
  // "Balance -231.9 —": the dash is a cell of its own (its column left empty), so it counts among the row's cells.
  if (tokens.length - first + (blank ? 1 : 0) < minNumbers || first === 0) return null;
  const label = line.text.slice(0, tokens[first].start).replace(/[\s|:;,=-]+$/, '');
  if (label.length > MAX_LABEL || !/[A-Za-z]/.test(label) || LABEL_DIGIT.test(label) || /[.!?]\s/.test(label)) return null;
  return { line, label, numbers: tokens.slice(first), ...(blank ? { blankLast: true } : {}) };
}

// Where a flattened table line goes on with its next row: after a cell, spaces, then the next row's label.
const NEXT_ROW_LABEL = /(?<=\d%?)\s+(?=[A-Za-z])/g;
const PLAIN_LABEL = /^[A-Za-z][A-Za-z .,'’&-]*$/;

/**
 * "China   19 842.7   19.0   Russia   18 115.4   17.4   Italy   13 520.0   13.0": the rows of a table scraped onto one line,
 * each a label and its cells, are read as the lines they were (a line that is a row as it stands, or whose pieces are not
 * all rows, is left whole).
 */
function unflattenedRows(line: Line): Line[] {
  const cuts = [0, ...[...line.text.matchAll(NEXT_ROW_LABEL)].map((m) => m.index + m[0].length)];
  if (cuts.length < 2 || rowLine(line, 2, true)) return [line];
  const pieces = cuts.map((at, k) => ({ start: line.start + at, text: line.text.slice(at, cuts[k + 1] ?? line.text.length).trim(), column: line.column }));
  // (A label with a digit, "H1 2026 4 167.1", is a period heading the next cells, not the next row; one with a colon or a bracket,
  // "Import items (tonnes, y/y): crude oil", holds a caption: the line is a table in a sentence.)
  return pieces.length >= 2 && pieces.every((piece) => PLAIN_LABEL.test(rowLine(piece, 2)?.label ?? '1')) ? pieces : [line];
}

/**
 * The tables of one paragraph, and the header of a table by commodity that runs to its end (the next
 * paragraph may go on with it under a section line). `carried` is such a header from the paragraph before.
 */
function tablesInBlock(block: Line[], anchor: Anchor | null, carried: GoodsHeader | null, captionAbove: Line | null = null): { tables: FlatTable[]; carry: GoodsHeader | null } {
  const rows = block.map((line) => rowLine(line, 2, true));
  // `unclaimed`: lines before this one belong to a table already, no caption is taken from them.
  const walk: BlockWalk = { tables: [], carry: null, unclaimed: 0, i: 0 };
  if (carried && sectionFlow(block[0].text)) goodsFrom(walk, goodsRows(block, 0, carried, block[0].start), block.length);
  while (walk.i < block.length) {
    const i = walk.i;
    const goods = rows[i] ? null : goodsTable(block, i, anchor, walk.unclaimed);
    if (goods) {
      goodsFrom(walk, goods, block.length);
      continue;
    }
    const self = rows[i] ? null : selfDescribingRow(block, i, anchor);
    if (self) {
      walk.tables.push(self);
      walk.unclaimed = walk.i = i + 1;
      continue;
    }
    if (!rows[i]) {
      walk.i++;
      continue;
    }
    let j = i;
    while (j < block.length && rows[j]) j++;
    const table = headerTable(block, i, j, rows.slice(i, j) as RowLine[], anchor, walk.unclaimed, captionAbove);
    // Without a header, only lines of three numbers or more are surely residue ("Exports: 1,234.5
    // 5.6%" may be a bullet the prose reader reads).
    if (table || rows.slice(i, j).some((r) => r!.numbers.length >= 3)) walk.tables.push(table ?? { start: block[i].start, end: block[j - 1].start + block[j - 1].text.length, rows: [], lines: j - i });
    walk.unclaimed = walk.i = j;
  }
  return { tables: walk.tables, carry: walk.carry };
}

/** A paragraph's lines being read for tables: the tables so far, the goods header carried on, the first unclaimed line, the line at. */
interface BlockWalk {
  tables: FlatTable[];
  carry: GoodsHeader | null;
  unclaimed: number;
  i: number;
}

/** A table by commodity taken: the walk goes on after it, carrying its header when it runs to the paragraph's end. */
function goodsFrom(walk: BlockWalk, goods: GoodsWalk, lines: number): void {
  walk.tables.push(goods.table);
  walk.carry = goods.next === lines ? goods.header : null;
  walk.unclaimed = walk.i = goods.next;
}

/**
 * The table of the rows block[from..to) with the header (and caption) above them, rows claimed even
 * when unread; null without a header. Lines before `unclaimed` belong to an earlier table.
 */
function headerTable(block: Line[], from: number, to: number, rows: RowLine[], anchor: Anchor | null, unclaimed: number, captionAbove: Line | null = null): FlatTable | null {
  const byMonth = monthRowsTable(block, from, to, rows, unclaimed);
  if (byMonth) return byMonth;
  const last = block[to - 1];
  const end = last.start + last.text.length;
  // The unit may stand alone on a second line of the header, under the heads: the heads are the line above it.
  const unitUnder = from - 2 >= unclaimed && unitOnlyLine(block[from - 1].text) ? block[from - 1] : null;
  const headAt = unitUnder ? from - 2 : from - 1;
  const parsed = headAt >= unclaimed ? parseHeader(block[headAt].text, anchor) : null;
  if (!parsed) return null;
  // ("NZ$(million)" is read as "NZ$ million": the brackets would split the sign from its scale.)
  const header = unitUnder ? { ...parsed, context: [parsed.context, unitUnder.text.replace(/[()]/g, ' ').trim()].filter(Boolean).join(' | ') } : parsed;
  // A header opening its paragraph takes the caption a blank line above it ("Goods trade with Japan, A$ million" over a blank
  // line, then "2022-23   2023-24   2024-25"), as a bulletin's PDF copy parts a table's title from its body; not over heads whose
  // years are two digits ("Sep 15   Sep 16" may be days: the caption does not make them months), nor a row of a table above.
  const above = headAt - 1 >= unclaimed ? (isCaption(block[headAt - 1].text) ? block[headAt - 1] : null) : headAt === 0 && captionAbove && isCaption(captionAbove.text) && !rowLine(captionAbove, 2) && parseHeader(block[0].text, null) ? captionAbove : null;
  const captionLine = above && proseLeadIn(above.text) && !tableContext(header.context, above.text, anchor).understood ? null : above;
  const months = header.annual ? yearlessMonths(captionLine?.text ?? '') : null;
  const caption = months?.rest ?? captionLine?.text ?? '';
  const context = tableContext(header.context, caption, anchor);
  const start = (captionLine && captionLine !== captionAbove ? captionLine : block[headAt]).start;
  // "Exports, first half (USD million)" over "2025 | 2026": the years are not whole years, nor months the caption names.
  if (context.nonTrade || !context.understood || (header.annual && PART_OF_YEAR.test(caption))) return { start, end, rows: [], lines: rows.length };
  // One column of levels whose period neither heads nor caption name is of the period the prose before it reports.
  const sole = header.columns.filter((c) => c.kind === 'level').length === 1;
  const columns = header.columns.map((c) => (c.kind === 'level' && !c.period ? { ...c, period: context.period ?? (sole ? PROSE_PERIOD : null) } : c.kind === 'level' && months ? { ...c, period: monthsOf(c.period!, months) } : c));
  if (columns.some((c) => c.kind === 'level' && !c.period)) return { start, end, rows: [], lines: rows.length };
  const read = rows.map((r) => readRow(r, columns, context)).filter((r): r is TableRow => r !== null);
  return { start, end, rows: read, lines: rows.length };
}

// "Sep 24   Sep 25   % change on Sep 2024" over "NZ$(million)", "2024   2025   Change" over "(US$ million)", "Q3 2025  Q3 2026"
// over "Unit: thousand tonnes": a statistics office's PDF sets the unit on a header line of its own, under the period heads.
// The line is the unit and nothing else: a few words with no period, the unit read from them.
const UNIT_ONLY_LINE = /^\s*\(?\s*(?:unit\s*:\s*)?(?:(?:100|10,000)\s+)?[^\s\d]+(?:\s+[^\s\d]+){0,3}\s*$/i;
function unitOnlyLine(text: string): boolean {
  const unit = text.length <= 60 && UNIT_ONLY_LINE.test(text) ? unitIn(text) : null;
  return unit !== null && unit.measure !== 'share';
}

/**
 * "EXTERNAL TRADE, JANUARY – SEPTEMBER (JD million)" over "Item | 2025 | 2026 | Change %": a caption naming one span of
 * months (or one month) with no year, over columns that are years: each column is those months of its year.
 */
const YEARLESS_MONTHS = new RegExp(`\\b(?:(${MONTH_WORDS})\\.?\\s*[-–—]\\s*(${MONTH_WORDS})|(?<![-–—]\\s*)(${MONTH_NAMES})(?!\\s*[-–—]))\\b(?!\\.?\\s*,?\\s*(?:19|20)\\d\\d)`, 'gi');

/** The months of the one yearless span a caption names, and the caption without it; null when it names none or more. */
function yearlessMonths(caption: string): { from: number; to: number; rest: string } | null {
  const found = [...caption.matchAll(YEARLESS_MONTHS)];
  if (found.length !== 1) return null;
  const [m] = found;
  const from = monthNumber(m[1] ?? m[3]);
  const to = monthNumber(m[2] ?? m[3]);
  if (!from || !to || to < from) return null;
  return { from, to, rest: caption.slice(0, m.index) + ' '.repeat(m[0].length) + caption.slice(m.index + m[0].length) };
}

/** A whole year's column as the caption's months of that year. */
function monthsOf(year: Period, months: { from: number; to: number }): Period {
  const y = year.start.slice(0, 4);
  return { start: `${y}-${String(months.from).padStart(2, '0')}`, end: `${y}-${String(months.to).padStart(2, '0')}` };
}

/** Words that make a year's columns part of the year. */
const PART_OF_YEAR = new RegExp(`\\b(?:${MONTH.replace('\\.?', '')}|${PART}|months?|quarters?|half|year[- ]to[- ]date|YTD|so far)\\b`, 'i');

// "The bureau's table of main partners reads as follows:", "Figures for the main partners are given below:", "The customs office
// released the following data:": a line of prose leading into a table, no caption of it (the header says what the table holds).
const LEAD_IN_LINE = /\b(?:as\s+follows|below|the\s+following(?:\s+[\w-]+){0,3})\s*:\s*$/i;

/**
 * True for a line of prose leading into a table that says nothing against its being trade: a reader that cannot read the table
 * under it as a caption reads it without ("The largest shares of the FTT fell to the following countries:" still names the
 * trade when it can).
 */
export function proseLeadIn(text: string): boolean {
  return LEAD_IN_LINE.test(text) && !NON_TRADE.test(text);
}

/** A caption above a header: a short line that is no sentence ("Foreign trade of Guangdong (100 million yuan)"). */
function isCaption(text: string): boolean {
  return text.length <= MAX_CAPTION && !endsWithStop(text) && !/[a-z]\.\s+[A-Z]/.test(text);
}

/**
 * The period heads a table writes, each with its year: "Jan-Sep 2025", "January-June 2026",
 * "Sep 2026", "Q1-Q3 2025", "H1 2026", "2026 Q3". Other wording ("9 months of 2026") is left alone:
 * a column head is a short label, and a guessed period would be a wrong figure.
 */
const TABLE_PERIOD = new RegExp(`^(?:(?:${MONTH}(?:\\s*[-–]\\s*${MONTH})?|${PART}(?:\\s*[-–]\\s*${PART})?|${ROMAN_SPAN})\\s*,?\\s*(?:19|20)\\d\\d|(?:19|20)\\d\\d\\s*${PART})$`, 'i');

/**
 * Periods of a table line, each stating its year ("Jan-Sep 2025", "H1 2026"): a column head
 * without one, or with a year the period reader did not take ("2025 H1" read as this year's H1),
 * makes the line unreadable (null).
 */
function statedPeriods(text: string, anchor: Anchor | null): PeriodMention[] | null {
  const periods = findPeriods(text, anchor);
  for (const p of periods) {
    if (p.kind !== 'period' && p.kind !== 'base') return null;
    if (!TABLE_PERIOD.test(text.slice(p.start, p.end).trim())) return null;
    const years = text.slice(p.start, p.end).match(/\b(?:19|20)\d\d\b/g) ?? [];
    if (!years.length || !years.every((y) => p.periodStart.startsWith(y) || p.periodEnd.startsWith(y))) return null;
  }
  return periods;
}

// ---------------------------------------------------------------------------------------------
// Headers
// ---------------------------------------------------------------------------------------------

/**
 * Column words of a header, as named rules: the pattern, the column it makes, example heads.
 * Periods are found by periods.ts; an index ("Jan-Jun 2026 in % to Jan-Jun 2025") joins two of them.
 */
const COLUMN_WORDS: Array<{ pattern: RegExp; column: 'yoy' | 'growth' | 'share' | 'level'; examples: string }> = [
  {
    pattern: /(?:\b(?:growth|change|increase)\s*,?\s*)?\(?\b(?:y\/y|yoy|y-o-y|year[- ]on[- ]year)\b\)?(?:\s+(?:growth|change|increase)\b)?(?:\s*,?\s*\(?%\)?)?/gi,
    column: 'yoy',
    examples: 'y/y (%), YoY change, %, growth y/y, year-on-year growth (%)',
  },
  { pattern: /\bshare\b(?:\s+in\s+total)?(?:\s*,?\s*\(?%\)?)?/gi, column: 'share', examples: 'share, %, share in total (%)' },
  { pattern: /(?:%\s*)?\b(?:growth|change|increase)\b(?:\s*,?\s*\(?%\)?)?|\+\/-|\(?%\)?/gi, column: 'growth', examples: 'growth, % change, change (%), %' },
  { pattern: /\b(?:value|amount)\b/gi, column: 'level', examples: 'Value (the period from the caption)' },
];

/** A year-on-year column head ("Y/Y %", "yoy"), the first of the column words. */
const YOY_HEAD = COLUMN_WORDS[0].pattern;
/** Between two periods of a header: the first as a percentage of the second (an index, last year = 100). */
const INDEX_BETWEEN = /^\s*(?:(?:in|as)\s+)?%\s+(?:to|of)\s*$/i;
/** Before two periods parted by a slash ("Indices I. – IX. 2026 / I. – IX. 2025", "Index 2026/2025"): the first as a percentage of the second. */
const INDEX_WORD_BEFORE = /\bind(?:ex|exes|ices)\s*,?\s*$/i;
const SLASH_BETWEEN = /^\s*\/\s*$/;

/** Where an index head word right before `to` starts (after `from`), or null. */
function indexWordBefore(text: string, from: number, to: number): number | null {
  const m = INDEX_WORD_BEFORE.exec(text.slice(from, to));
  return m ? from + m.index : null;
}
/** Between two periods of a header: a comparison the columns cannot say ("change Jan-Sep 2026 vs Jan-Sep 2025"). */
const COMPARISON_BETWEEN = /\b(?:vs\.?|versus|against|compared|over|to|from|on)\b|\//i;
/** Words heading the label column ("Item", "Indicator"): they say nothing about the rows. */
const LABEL_HEAD = /^(?:items?|indicators?|flows?|partners?|countries|country|regions?|markets?|trade\s+partners?|description|category)$/i;
/** Words heading the label column of a table by commodity: each row names goods and its own unit ("Crude oil (mln T)"). */
const COMMODITY_HEAD = /^(?:commodit(?:y|ies)|products?|goods)$/i;

// "Indicator (2025) | Value (billion yuan) | Year on year", "Item (Jan-Jun 2026)  Amount  Change": a period in brackets
// after the label column's head dates the table's one undated value column; it heads no column of its own.
const LABEL_HEAD_DATED = /^\s*(?:items?|indicators?|flows?|description|category)\s*\([^()|]{4,40}\)/i;

/** Moves the period of a dated label head (LABEL_HEAD_DATED) onto the one value column without a period, in place. */
function datedByLabelHead(text: string, columns: Column[]): void {
  const head = LABEL_HEAD_DATED.exec(text);
  if (!head) return;
  const dated = columns.findIndex((c) => c.kind === 'level' && c.period !== null && c.at < head[0].length);
  const undated = columns.filter((c) => c.kind === 'level' && c.period === null);
  const levels = columns.filter((c) => c.kind === 'level' || c.kind === 'index');
  if (dated < 0 || undated.length !== 1 || levels.length !== 2) return;
  (undated[0] as { period: Period | null }).period = (columns[dated] as { period: Period }).period;
  columns.splice(dated, 1);
}

/** "OCT 2026", "JAN-OCT 2026": month names in capitals as "Oct", "Jan" (same length), which the period reader knows. */
function monthsTitleCased(text: string): string {
  return text.replace(/\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\b/g, (m) => m[0] + m.slice(1).toLowerCase());
}

// "Sep 24   Sep 25   Growth   Jan-Sep 24   Jan-Sep 25", "Q3 24 | Q3 25", "Oct-24  Oct-25": heads of months (or a quarter, a
// span of months) with a year of two digits, as a bulletin's narrow columns print them; read alone, "Sep 24" is a day.
// Two such heads or more on the header line, each ending its cell, are years of this century up to the release's.
const TWO_DIGIT_YEAR_HEAD = new RegExp(`(?<![\\w-])((?:${MONTH}[ \\t]*[-–][ \\t]*)?(?:${MONTH}|${PART}))(?:[ \\t]+|[ \\t]*[-–'’][ \\t]*)(\\d{2})(?=[ \\t]{2,}|[ \\t]*(?:\\||$))`, 'g');

/** A header's heads of two-digit years written with four ("Jan-Sep 24" → "Jan-Sep 2024"), when two or more stand on it. */
function fullYearHeads(text: string, anchor: Anchor | null): string {
  if (!anchor || !/\d\d\s*(?:\||$)|\d\d\s{2}/.test(text)) return text;
  const heads = [...text.matchAll(TWO_DIGIT_YEAR_HEAD)];
  if (heads.length < 2 || heads.some((m) => 2000 + Number(m[2]) > anchor.year)) return text;
  return text.replace(TWO_DIGIT_YEAR_HEAD, (_m, head: string, year: string) => `${head} 20${year}`);
}

interface Header {
  columns: Column[];
  /** Header text that is neither a period nor a column word: the unit, a flow or a place ("EUR billion", "Exports"). */
  context: string;
  /** The columns are bare years: whole years unless a caption names months ("January-September"). */
  annual: boolean;
  /** The label column is headed "Commodity" or "Products": each row names its goods (see `goodsTable`). */
  byCommodity: boolean;
}

// "% change on Sep 2024", "change from Q3 2024 (%)", "growth over 2024", "y/y change vs. Jan-Sep 2024", "% change compared with
// September 2024": the period a growth head compares with is its base, no column of its own; it is blanked, the head read as
// "% change".
const GROWTH_BASE = new RegExp(String.raw`(?<=\b(?:change|growth|increase|decrease|y\/y|yoy)\s*(?:\(\s*%\s*\)\s*)?)(?:on|from|over|vs\.?|versus|against|compared\s+(?:with|to))\s+(?:the\s+)?(?:same\s+(?:month|period|quarter)\s+(?:of|in)\s+)?(?:(?:${MONTH}|Q[1-4]|H[12])(?:\s*[-–]\s*(?:${MONTH}|Q[1-4]|H[12]))?\.?\s+)?(?:19|20)\d\d\b`, 'gi');

/** The header with the base of a growth head (GROWTH_BASE) blanked in place. */
export function withoutGrowthBase(text: string): string {
  return /\b(?:on|from|over|vs|versus|against|compared)\b/i.test(text) ? text.replace(GROWTH_BASE, (m) => ' '.repeat(m.length)) : text;
}

function parseHeader(written: string, anchor: Anchor | null): Header | null {
  if (written.length > MAX_LINE || endsWithStop(written)) return null;
  const full = withoutGrowthBase(fullYearHeads(monthsTitleCased(written), anchor));
  const masked = full.split('');
  // Heads of fiscal years first: the period reader takes "FY2023/24" for a period it cannot date, "2023–2024" for two years.
  const fiscal = fiscalYearHeads(full, masked);
  const text = masked.join('');
  const stated = statedPeriods(text, anchor);
  if (!stated) return null;
  // "EUR billion | 2024 | 2025 | growth": bare years are whole years, only in a header with no other period.
  const years = stated.length ? [] : yearHeads(text);
  const columns = periodColumns(text, [...stated, ...years], masked);
  if (!columns) return null;
  columns.push(...fiscal);
  columns.push(...wordColumns(masked));
  datedByLabelHead(text, columns);
  if (!columns.some((c) => c.kind === 'level' || c.kind === 'index')) return null;
  // What is left must be the unit, the label column's head, or words about all rows.
  const pieces = masked.join('').split(/[|;\t]|\s{2,}/).map((piece) => piece.trim());
  const context = pieces.filter((piece) => piece !== '' && !LABEL_HEAD.test(piece) && !COMMODITY_HEAD.test(piece));
  if (context.some((piece) => /\d/.test(piece) && !unitIn(piece))) return null;
  return { columns: columns.sort((a, b) => a.at - b.at), context: context.join(' | '), annual: years.length > 0, byCommodity: pieces.some((piece) => COMMODITY_HEAD.test(piece)) };
}

/**
 * The header's period columns, an index over two periods ("2026/2025") as one column; blanks what
 * they take in `masked`. Null when a growth column sits between two periods.
 */
function periodColumns(text: string, periods: PeriodMention[], masked: string[]): Column[] | null {
  const columns: Column[] = [];
  const mask = (from: number, to: number) => masked.fill(' ', from, to);
  for (let k = 0; k < periods.length; k++) {
    const p = periods[k];
    const next = periods[k + 1];
    const between = next ? text.slice(p.end, next.start) : '';
    const indexWord = next ? indexWordBefore(text, k > 0 ? periods[k - 1].end : 0, p.start) : null;
    if (next && (INDEX_BETWEEN.test(between) || (indexWord !== null && SLASH_BETWEEN.test(between)))) {
      columns.push({ kind: 'index', at: p.start, period: { start: p.periodStart, end: p.periodEnd }, base: { start: next.periodStart, end: next.periodEnd } });
      mask(indexWord ?? p.start, next.end);
      k++;
      continue;
    }
    // "OCT 2026 | Y/Y % | JAN-OCT 2026": a growth column between two periods compares nothing across them.
    if (next && COMPARISON_BETWEEN.test(between.replace(YOY_HEAD, ' '))) return null;
    columns.push({ kind: 'level', at: p.start, period: { start: p.periodStart, end: p.periodEnd } });
    mask(p.start, p.end);
  }
  return columns;
}

/** Columns named by a word (growth, share, value) in what the periods left; blanks them in `masked`. */
function wordColumns(masked: string[]): Column[] {
  const columns: Column[] = [];
  for (const rule of COLUMN_WORDS) {
    for (const m of masked.join('').matchAll(rule.pattern)) {
      if (m[0].trim() === '') continue;
      const at = m.index;
      if (rule.column === 'yoy' || rule.column === 'growth') columns.push({ kind: 'growth', at, yoy: rule.column === 'yoy' });
      else if (rule.column === 'share') columns.push({ kind: 'skip', at });
      else columns.push({ kind: 'level', at, period: null });
      masked.fill(' ', at, at + m[0].length);
    }
  }
  return columns;
}

// "2022-23    2023-24    2024-25", "FY2023/24 | FY2024/25", "2023–2024": heads of fiscal years, each written by its two
// consecutive calendar years, as bulletins of countries counting July to June or April to March head their columns. Which
// months each is depends on the reporting country's calendar, known only after the tables are read (`fiscalFrom`; none: no row).
const FISCAL_YEAR_HEAD = /(?<![\w.,/-])(?:FY\s?)?((?:19|20)\d\d)\s?[-–/]\s?(\d\d|(?:19|20)\d\d)(?![\w.,/-])/g;

/** The fiscal-year heads of a header (FISCAL_YEAR_HEAD) as columns of levels; blanks them in `masked`. */
function fiscalYearHeads(text: string, masked: string[]): Column[] {
  const heads = [...text.matchAll(FISCAL_YEAR_HEAD)].filter((m) => Number(m[2]) % 100 === (Number(m[1]) + 1) % 100);
  for (const m of heads) masked.fill(' ', m.index, m.index + m[0].length);
  return heads.map((m) => ({ kind: 'level', at: m.index, period: { start: '', end: '', fiscalFrom: Number(m[1]) } }));
}

/** Bare years in a header ("2024", "2025") as whole-year periods. */
function yearHeads(text: string): PeriodMention[] {
  return [...text.matchAll(/(?<![\w.,-])(?:19|20)\d\d(?![\w.,-])/g)].map((m) => ({ start: m.index, end: m.index + 4, kind: 'period' as const, periodStart: `${m[0]}-01`, periodEnd: `${m[0]}-12` }));
}

// ---------------------------------------------------------------------------------------------
// Context: unit, flow, place, period
// ---------------------------------------------------------------------------------------------

/** A table of these is not trade (prices, indexes, counts of firms or people): read nothing from it. */
const NON_TRADE = /\b(?:per|prices?|index|indices|average|GDP|tourists?|visitors|passengers|enterprises|companies|firms|population|phone|tel|fax|employees|jobs)\b|\//i;
/** The rows of a table by partner are partners, those of a table by city or region are areas. */
const PARTNER_TABLE = /\b(?:partners?|countries|markets|destinations?|origins?|by country|with)\b/i;
const AREA_TABLE = /\b(?:by (?:region|province|city|port|prefecture)|regions|provinces|cities|ports|prefectures)\b/i;

// "1. Value of exports and imports (Unit: billion yen)", "(2) ...", "II. ...": the number of a section or table opening its caption.
// Its space may be lost in a copy ("1.Value of ...") before a capitalised word.
const CAPTION_NUMBER = /^\s*(?:\(?(?:\d{1,2}|[IVX]{1,4})[.)]|\((?:\d{1,2}|[IVX]{1,4})\))(?:\s+|(?=[A-Z][a-z]))/;

function tableContext(header: string, written: string, anchor: Anchor | null): TableContext {
  const caption = written.replace(CAPTION_NUMBER, (m) => ' '.repeat(m.length));
  const text = [caption, header].filter(Boolean).join(' | ');
  const flows = flowsNamed(text);
  const areas = findPlaces(text, '').filter((p) => p.role === 'area');
  const periods = findPeriods(caption, anchor).filter((p) => p.kind === 'period');
  return {
    unit: unitIn(text),
    flow: soleFlow(flows),
    area: areas.length === 1 ? areas[0].name : '',
    period: periods.length === 1 ? { start: periods[0].periodStart, end: periods[0].periodEnd } : null,
    placeRole: PARTNER_TABLE.test(text) ? 'partner' : AREA_TABLE.test(text) ? 'area' : null,
    nonTrade: NON_TRADE.test(text),
    understood: allWordsKnown(text, anchor),
  };
}

/** Words a caption or header may hold besides units, periods, flows and places. */
// ("<Monthly trade> (Unit: US$ million, %)": how often the figures come names no goods, and the title's angle brackets and
// the change column's "%" after the unit are marks, no words.)
const CAPTION_FILLER = /^(?:table|tab|main|major|key|selected|leading|top|partners?|countries|country|economies|rest|world|by|summary|statistics|data|trading|region|regions|province|provinces|city|cities|port|ports|first|estimate|preliminary|figures|unit|items?|indicators?|flows?|values?|amount|current|prices|structure|details?|overview|breakdown|monthly|quarterly|annual)$/i;

// "Euro area trade, not seasonally adjusted (EUR bn)", "unadjusted", "non-seasonally adjusted", "raw data", "NSA": figures as
// counted, the basis of every row the extractor reads, named as a phrase ("seasonally adjusted" alone stays unknown).
const UNADJUSTED = /\b(?:(?:not|non)[\s-]+(?:seasonally[\s-]+)?adjusted|unadjusted|(?:raw|original|unadjusted)\s+(?:data|figures|values|series)|NSA)\b/gi;

/** True when every word of a caption or header is understood (see `TableContext.understood`). */
function allWordsKnown(text: string, anchor: Anchor | null): boolean {
  const pieces = text.split(/[|,;:()]/).filter((piece) => piece.trim() !== '' && !unitIn(piece));
  // "Extra-euro area trade, € bn": the bloc's trade with the rest of the world, as a row label says it (EXTRA_BLOC).
  const rest = pieces.join(' | ').replace(/\btab(?:le)?\.?\s*\d+\.?/gi, ' ').replace(FISCAL_YEAR_HEAD, (m) => ' '.repeat(m.length)).replace(EXTRA_BLOC, (m) => ' '.repeat(m.length)).replace(UNADJUSTED, (m) => ' '.repeat(m.length));
  const covered = rest.split('');
  for (const span of [...findPeriods(rest, anchor), ...findFlowCues(rest), ...findPlaces(rest, '')]) covered.fill(' ', span.start, span.end);
  return covered
    .join('')
    .split(/[\s|,()/.<>%-]+/)
    .every((w) => w === '' || LABEL_FILLER.test(w) || CAPTION_FILLER.test(w));
}

// Chinese statistics count in units of 10^8 and 10^4 ("100 million yuan", 亿元; "10,000 tonnes", 万吨).
const CHINESE_SCALES: Array<[RegExp, string]> = [
  [/\b100\s+million\b/gi, 'hundred million'],
  [/\b(?:10,000|10\s000|10\s+thousand)\b/gi, 'ten thousand'],
  // "(10kt; MoM; YoY)": the desks' English for 万吨, ten kilotonnes.
  [/\b10\s?kt\b/gi, 'ten thousand tonnes'],
];
// "US$ million", "HK$ million", "NT$ billion": a dollar sign with its country's letters reads as that dollar; any other
// currency sign ("₦ billion", "₹ crore", "₩ billion") reads as its currency.
const SIGN_FIRST = /^([A-Z]{1,3}\$|\p{Sc}|[A-Z]{3})\s*(.*)$/u;

// "(million $)": the scale written before a bare sign is the sign's scale ("$ million").
const SCALE_THEN_SIGN = /^(thousand|million|billion)\s+(\p{Sc})$/iu;
const PLURAL_SCALE_OF = /^(thousand|million|billion)s\s+of\s+/i;

// "NZ$(million)", "US$ (billion)", "€ (mn)", "R (millions)", "(USD) (thousands)": a sign with its scale in brackets after it, as a column head
// set in a narrow cell writes "NZ$ million"; the brackets would split the sign from its scale.
const SIGN_THEN_BRACKETED_SCALE = /([A-Z]{0,3}\$|\p{Sc}|\b[A-Z]{1,3})\)?[ \t]*\([ \t]*(thousands?|millions?|billions?|mn|bn)[ \t]*\)/gu;

// "$ millions": a scale word in the plural closing a unit after its sign.
const PLURAL_SCALE_END = /(?<=\S\s*)\b(thousand|million|billion|trillion)s$/i;

// "thous.tn", "mln tn": tonnes written "tn" after a scale, as Mongolian and Central Asian tables write them ("$ tn" stays a trillion).
const SCALED_TN = /^((?:thous|thousand|mln|million)\.?)\s*tn$/i;

// A scale written short after a sign: "$m", "€bn", "£mn".
const SHORT_SCALE = /^(?:m|mn|bn|b|k)$/;

// A sign of two letters before the scale ("RM billion", "Rs crore"), tried when the piece read after a number is no unit;
// a longer one written in mixed case only before a scale word ("KSh million", "Kshs billion", "Shs million").
const SHORT_SIGN_FIRST = /^([A-Z][A-Za-z]?|[A-Z][A-Za-z]{2,3}\.?(?=\s+(?:thousand|million|billion|trillion|mn|bn)\b))\s+(\S.*)$/;

/** The one figure "1 <piece>" (or "<sign> 1 <scale>") reads as, when it is a level with a unit and nothing else. */
function unitProbe(piece: string): ReturnType<typeof findFigures> | null {
  const sign = SIGN_FIRST.exec(piece);
  const short = sign ? null : SHORT_SIGN_FIRST.exec(piece);
  // A sign of one letter is written glued to its number ("R1 million" for "R million").
  // Three capitals alone may be a unit written after the number rather than a currency's code ("TEU").
  // A sign before a short scale is read glued to its number ("$m" as in "$41,320m", "€bn").
  const probes = sign ? [`${sign[1]} 1 ${sign[2]}`.trim(), ...(sign[2] === '' ? [`1 ${piece}`] : SHORT_SCALE.test(sign[2]) ? [`${sign[1]}1${sign[2]}`] : [])] : short ? [`1 ${piece}`, `${short[1]} 1 ${short[2]}`, `${short[1]}1 ${short[2]}`] : [`1 ${piece}`];
  for (const probe of probes) {
    const figures = findFigures(probe, []);
    if (figures.length === 1 && figures[0].kind === 'level' && figures[0].end === probe.length && figures[0].unit !== '') return figures;
  }
  return null;
}

/**
 * The unit a caption or header states ("EUR billion", "million US dollars", "100 million yuan",
 * "thousand tonnes"), read by the release's own number reader on "1 <unit>"; null when there is
 * none or two different ones.
 */
export function unitIn(text: string): TableUnit | null {
  let found: TableUnit | null = null;
  const words = CHINESE_SCALES.reduce((t, [pattern, scale]) => t.replace(pattern, scale), text).replace(SIGN_THEN_BRACKETED_SCALE, '$1 $2');
  for (const raw of words.split(/[|,;:()]|\bunit:?|\bin\b/i)) {
    // "mln T", "(T)": tables write tonnes as a bare capital T.
    // "US$ million FOB": the valuation basis after the unit does not change it.
    // "Exports (t)": a lone small t is tonnes too.
    // "millions of dollars": a scale in the plural with "of" is that scale ("million dollars"); so is one closing the piece
    // after its sign ("$ millions", "US$ millions").
    const piece = raw.trim().replace(/(^|\s)T$|^t$/, '$1tonnes').replace(/\s+(?:FOB|CIF)$/, '').replace(PLURAL_SCALE_OF, '$1 ').replace(SCALE_THEN_SIGN, '$2 $1').replace(PLURAL_SCALE_END, '$1').replace(SCALED_TN, '$1 tonnes');
    if (piece === '' || piece.length > 40) continue;
    const figures = unitProbe(piece);
    if (!figures) continue;
    const exponent = Math.round(Math.log10(figures[0].value));
    if (10 ** exponent !== figures[0].value) continue;
    const unit = { unit: figures[0].unit, exponent, bare: figures[0].bare ?? '', measure: figures[0].measure } as TableUnit;
    if (found && (found.unit !== unit.unit || found.exponent !== unit.exponent)) return null;
    found = unit;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Row labels
// ---------------------------------------------------------------------------------------------

/** "Extra-EU exports": trade of the bloc with the rest of the world. "Intra-EU" trade is not read. */
const EXTRA_BLOC = /\bextra[- ]?(?:EU|EA|euro[- ]area)\d*\b/gi;
const INTRA_BLOC = /\bintra[- ]/i;
/** Words a label may hold besides flows, places and the unit. */
const LABEL_FILLER = /^(?:of|with|to|from|the|and|total|goods|merchandise|foreign|external|overall|all|countries|value|including|in|which|s|'s)$/i;
const TOTAL_LABEL = /^\s*(?:total|grand total|all)\b/i;

interface LabelMeaning {
  flow: Flow;
  partner: string;
  area: string;
  negative: boolean;
  /** "National exports": a country's own goods without re-exports (the label's goods). */
  commodity?: string;
  breakdown?: string;
}

const PART_OPENING = /^(?:of\s+which|among\s+them|including)\s*:\s*/i;

/** Words naming a kind of exports in a label: "National exports", "Domestic exports", "Re-exports". */
const EXPORT_KIND = /\b(?:national|domestic)(?=\s+exports\b)|\bre-(?=exports?\b)/gi;

/** The kind of exports a label names ("National exports", "Re-exports*"), or null when it names none (pipe tables' labels too). */
export function labelExportKind(label: string): { commodity?: string; breakdown?: string } | null {
  return [...label.matchAll(EXPORT_KIND)].length ? exportKind(label) : null;
}

/** What the label's kind of exports makes the row: national exports are their own goods, the rest a breakdown. */
function exportKind(label: string): { commodity?: string; breakdown?: string } {
  if (/\bnational\s+exports\b/i.test(label)) return { commodity: 'national exports' };
  const breakdown = breakdownIn(label);
  return breakdown ? { breakdown } : {};
}

// "Extra-EA exp", "Exp. to China", "Imp. from Russia": a row label in a narrow column writes the flow short ("exp", "imp").
const SHORT_FLOW_WORD = /\b([Ee]xp|[Ii]mp)\b\.?(?![\w-])/g;
const SHORT_FLOW_IN_FULL = (_m: string, head: string) => `${head}orts`;

/** A row label with its flow words written in full ("Exp. to China" → "Exports to China"), for the table readers' labels. */
export function shortFlowWordsInFull(label: string): string {
  return label.includes('xp') || label.includes('mp') ? label.replace(SHORT_FLOW_WORD, SHORT_FLOW_IN_FULL) : label;
}

/** What a row label says: its flow (from the label or the table), partner and area; null when any word is not understood. */
function labelMeaning(written: string, context: TableContext): LabelMeaning | null {
  // "of which: Re-exports*": a part opening its label and a note's mark closing it name nothing (as in pipe tables).
  const label = withoutNoteMarks(written).replace(PART_OPENING, '');
  if (INTRA_BLOC.test(label) || NON_TRADE.test(label)) return null;
  let partner = '';
  const rest = shortFlowWordsInFull(label.replace(EXTRA_BLOC, (m) => {
    partner = 'World';
    return ' '.repeat(m.length);
  }));
  const cues = findFlowCues(rest);
  const places = findPlaces(rest, '');
  const covered = rest.split('');
  const kinds = [...rest.matchAll(EXPORT_KIND)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const span of [...cues, ...places, ...kinds]) covered.fill(' ', span.start, span.end);
  const leftover = covered.join('').split(/[\s,()/-]+/).filter((w) => w !== '' && !LABEL_FILLER.test(w));
  if (leftover.length) return null;
  const flows = new Set(cues.map((c) => c.flow));
  if (flows.size > 1) return null;
  const flow = soleFlow(flows) ?? context.flow ?? (TOTAL_LABEL.test(label) ? 'total' : null);
  if (!flow || flow === 'other') return null;
  const placed = placesOf(places, label, context);
  if (!placed) return null;
  return { flow, partner: placed.partner || partner || 'World', area: placed.area, negative: cues.some((c) => c.negative), ...(kinds.length ? exportKind(label) : {}) };
}

/** Partner and area of a label's places; a bare place ("Russia") takes the table's role, none when the table gives none. */
function placesOf(places: PlaceMention[], label: string, context: TableContext): { partner: string; area: string } | null {
  if (places.length > 1) return null;
  if (!places.length) return { partner: '', area: context.area };
  const place = places[0];
  const bare = !/\b(?:with|to|from|of|in)\b/i.test(label);
  const role = bare ? context.placeRole : place.role === 'partner' ? 'partner' : place.role === 'area' ? 'area' : null;
  if (role === 'partner' && (place.kind === 'country' || place.kind === 'group')) return { partner: place.name, area: context.area };
  if (role === 'area') return { partner: '', area: place.name };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

// (A fiscal year's column, dated only once the country is known, is the same as another by its first year: `fiscalFrom`.)
const yearBefore = (p: Period): Period => (p.fiscalFrom !== undefined ? { start: '', end: '', fiscalFrom: p.fiscalFrom - 1 } : { start: shiftYear(p.start), end: shiftYear(p.end) });
const shiftYear = (ym: string): string => `${String(Number(ym.slice(0, 4)) - 1).padStart(4, '0')}${ym.slice(4)}`;
const samePeriod = (a: Period | null, b: Period | null): boolean => !!a && !!b && a.fiscalFrom === b.fiscalFrom && a.start === b.start && a.end === b.end;
const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Reads one row under a header; null when its label or its numbers cannot be read one way only. */
function readRow(row: RowLine, columns: Column[], context: TableContext): TableRow | null {
  const meaning = labelMeaning(labelWithoutUnit(row.label), context);
  const unit = rowUnit(row.label, context.unit);
  // Tonnes, vehicles or TEU count goods a label names, which rows are not read for: values in a currency only.
  if (!meaning || !unit || unit.measure !== 'value') return null;
  // A balance row may leave the growth cells out ("Trade balance 10.5 11.8" under "... | growth"):
  // its levels only (other rows never: "Exports 229.0 3.4" would make 3.4 a level).
  const levelColumns = columns.filter((c) => c.kind === 'level');
  // A dash in the last cell is that column left empty: a growth column's only (a level's would be a missing figure).
  if (row.blankLast && columns[columns.length - 1]?.kind !== 'growth') return null;
  const written = row.blankLast ? columns.slice(0, -1) : columns;
  const read = onlyReading(row.numbers, [written, levelColumns].filter((cols, k) => k === 0 || (meaning.flow === 'balance' && cols.length < written.length)));
  if (!read) return null;
  const figures = read.map((f) => (meaning.flow === 'balance' && meaning.negative ? { ...f, cell: negated(f.cell) } : f));
  const { flow, partner, area, commodity, breakdown } = meaning;
  return { quoteStart: row.line.start, quoteEnd: row.line.start + row.line.text.length, flow, partner, area, unit, figures, commodity, breakdown };
}

type Figures = Array<{ period: Period; cell: Cell; yoy: number | null }>;

/** The figures of a row's numbers under one of the column sets, when every way to read them gives the same; else null. */
function onlyReading(tokens: Token[], columnSets: Column[][]): Figures | null {
  const numbers = withDecimalPoints(tokens);
  const readings = columnSets
    .flatMap((cols) => groupings(numbers, cols.map((c): CellKind => (c.kind === 'level' ? 'level' : 'percent'))).map((cells) => figuresOf(cols, cells)))
    .filter((f): f is Figures => f !== null);
  const distinct = new Set(readings.map((f) => f.map((x) => `${x.cell.digits}:${x.yoy}`).join('|')));
  return readings.length > 0 && distinct.size === 1 ? readings[0] : null;
}

/** The unit of a row: the table's, or the one its label states ("Exports (USD mn)"); null when none or when they differ. */
function rowUnit(label: string, tableUnit: TableUnit | null): TableUnit | null {
  const own = label === labelWithoutUnit(label) ? null : unitIn(label);
  if (own && tableUnit && (own.unit !== tableUnit.unit || own.exponent !== tableUnit.exponent)) return null;
  return own ?? tableUnit;
}

const negated = (cell: Cell): Cell => (cell.value <= 0 ? cell : { ...cell, value: -cell.value, digits: `-${cell.digits}` });

/**
 * The levels of a row with the growth each growth or index column gives it; null when a growth
 * column disagrees with the two levels it compares (the digits were grouped wrongly, or the column
 * is not what it seems).
 */
function figuresOf(columns: Column[], cells: Cell[]): Array<{ period: Period; cell: Cell; yoy: number | null }> | null {
  const levels: Array<{ period: Period; cell: Cell; yoy: number | null }> = [];
  columns.forEach((c, k) => {
    if (c.kind === 'level' && c.period) levels.push({ period: c.period, cell: cells[k], yoy: null });
  });
  for (const [k, c] of columns.entries()) {
    if (c.kind !== 'growth' && c.kind !== 'index') continue;
    const cell = cells[k];
    const growth: Cell = c.kind === 'index' ? { ...cell, value: round(cell.value - 100) } : cell;
    const target = c.kind === 'index' ? levels.find((l) => samePeriod(l.period, c.period)) : comparedLevel(columns, k, levels);
    if (!target) continue;
    const base = levels.find((l) => samePeriod(l.period, yearBefore(target.period)));
    if (c.kind === 'index' && !samePeriod(c.base, yearBefore(target.period))) continue;
    if (base) {
      if (!growthAgrees(growth, target.cell, base.cell)) return null;
    } else if (c.kind === 'growth' && !c.yoy) continue;
    target.yoy = growth.value;
  }
  return levels;
}

/**
 * The level a growth column at k measures: the nearest level left of it, or, when that one is the base of a level a year
 * later ("Jan-Jun 2024 | Jan-Jun 2023 | Change": this year first, then last year, then the change), the later level.
 */
function comparedLevel(columns: Column[], k: number, levels: Array<{ period: Period; cell: Cell; yoy: number | null }>) {
  const near = levelBefore(columns, k, levels);
  return (near && levels.find((l) => samePeriod(yearBefore(l.period), near.period))) ?? near;
}

/** The level of the nearest level column left of column k. */
function levelBefore(columns: Column[], k: number, levels: Array<{ period: Period; cell: Cell; yoy: number | null }>) {
  for (let j = k - 1; j >= 0; j--) {
    const c = columns[j];
    if (c.kind === 'level') return levels.find((l) => samePeriod(l.period, c.period));
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Tables by month whose column heads name a flow and a year
// ---------------------------------------------------------------------------------------------

/** A column head naming a flow and a year ("Exports 2026", "Imports 2025", "Trade balance 2026"). */
const FLOW_YEAR_HEAD = /^((?:exports?|imports?|(?:trade\s+)?balance))\s+((?:19|20)\d\d)$/i;
/** A head of the later of the two years before it as a percentage of the earlier (last year = 100). */
const INDEX_HEAD = /^ind(?:ex|ices)$/i;
const MONTH_LABEL = new RegExp(`^${MONTH}$`, 'i');
const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

type FlowYearColumn = { kind: 'level'; flow: Flow; year: number } | { kind: 'index' };

/**
 * "Exports 2025 | Exports 2026 | Index | Imports 2025 | Imports 2026 | Index": every head one flow and
 * one year, an index right after two years of one flow; null for any other head.
 */
function flowYearHeads(text: string): FlowYearColumn[] | null {
  const columns: FlowYearColumn[] = [];
  for (const head of text.split(/[|;\t]|\s{2,}/).map((h) => h.trim()).filter(Boolean)) {
    const m = FLOW_YEAR_HEAD.exec(head);
    const flows = m ? flowsNamed(m[1]) : new Set<Flow>();
    if (m && flows.size === 1) {
      columns.push({ kind: 'level', flow: [...flows][0], year: Number(m[2]) });
      continue;
    }
    const [a, b] = columns.slice(-2);
    if (!INDEX_HEAD.test(head) || a?.kind !== 'level' || b?.kind !== 'level' || a.flow !== b.flow || b.year !== a.year + 1) return null;
    columns.push({ kind: 'index' });
  }
  return columns.filter((c) => c.kind === 'level').length >= 2 ? columns : null;
}

/**
 * A table whose heads carry the flows and years and whose rows are months ("Table 1. Exports and imports by
 * months, million KM" over "Exports 2025 Exports 2026 Index ..." over "July 1 248 1 231 98,6 ..."): one row
 * per month and flow. Null when block[from - 1] is no such header; rows claimed even when unread.
 */
function monthRowsTable(block: Line[], from: number, to: number, rows: RowLine[], unclaimed: number): FlatTable | null {
  const heads = from - 1 >= unclaimed ? flowYearHeads(block[from - 1].text) : null;
  if (!heads) return null;
  const caption = from - 2 >= unclaimed && isCaption(block[from - 2].text) ? block[from - 2].text.replace(/\bby\s+months?\b/i, ' ') : '';
  const unit = unitIn(caption);
  const last = block[to - 1];
  const table = { start: block[from - (caption ? 2 : 1)].start, end: last.start + last.text.length, rows: [] as TableRow[], lines: rows.length };
  if (!unit || unit.measure !== 'value' || !allWordsKnown(caption, null)) return table;
  table.rows = rows.flatMap((row) => monthRow(row, heads, unit));
  return table;
}

/** The rows of one month line, one per flow, each level with the growth its index gives; none when the line reads more than one way. */
function monthRow(row: RowLine, heads: FlowYearColumn[], unit: TableUnit): TableRow[] {
  const month = MONTH_KEYS.indexOf(row.label.slice(0, 3).toLowerCase()) + 1;
  if (!MONTH_LABEL.test(row.label) || month === 0) return [];
  const readings = groupings(withDecimalPoints(row.numbers), heads.map((h): CellKind => (h.kind === 'level' ? 'level' : 'percent')));
  if (readings.length !== 1) return [];
  const byFlow = new Map<Flow, Figures>();
  for (const [k, head] of heads.entries()) {
    const cell = readings[0][k];
    if (head.kind === 'level') {
      const ym = `${head.year}-${String(month).padStart(2, '0')}`;
      byFlow.set(head.flow, [...(byFlow.get(head.flow) ?? []), { period: { start: ym, end: ym }, cell, yoy: null }]);
      continue;
    }
    const figures = byFlow.get((heads[k - 1] as { flow: Flow }).flow)!;
    const [base, current] = figures.slice(-2);
    const growth = { ...cell, value: round(cell.value - 100) };
    if (!growthAgrees(growth, current.cell, base.cell)) return [];
    current.yoy = growth.value;
  }
  const quote = { quoteStart: row.line.start, quoteEnd: row.line.start + row.line.text.length };
  return [...byFlow].map(([flow, figures]) => ({ ...quote, flow, partner: 'World', area: '', unit, figures }));
}

// ---------------------------------------------------------------------------------------------
// Tables by commodity
// ---------------------------------------------------------------------------------------------

/**
 * The header of a table by commodity ("COMMODITY | OCT 2026 | Y/Y % | JAN-OCT 2026 | Y/Y %"), with the
 * flow its caption or last section line ("IMPORTS", "EXPORTS") gives; `columns` is null when the header
 * cannot be read (its caption is not understood, or a level column has no period): rows are claimed, not read.
 */
interface GoodsHeader {
  columns: Column[] | null;
  flow: Flow | null;
}

interface GoodsWalk {
  table: FlatTable;
  /** Index of the first line after the table. */
  next: number;
  /** The header with the flow of the last section, for a next paragraph going on with the table. */
  header: GoodsHeader;
}

/** The table by commodity whose header is block[i], with the caption or section line above; null when block[i] is no such header. */
function goodsTable(block: Line[], i: number, anchor: Anchor | null, unclaimed: number): GoodsWalk | null {
  const header = parseHeader(block[i].text, anchor);
  if (!header?.byCommodity) return null;
  const captionLine = i - 1 >= unclaimed && isCaption(block[i - 1].text) ? block[i - 1] : null;
  const context = tableContext(header.context, captionLine?.text ?? '', anchor);
  const columns = header.columns.map((c) => (c.kind === 'level' && !c.period ? { ...c, period: context.period } : c));
  const readable = !context.nonTrade && context.understood && !columns.some((c) => c.kind === 'level' && !c.period);
  return goodsRows(block, i + 1, { columns: readable ? columns : null, flow: context.flow }, (captionLine ?? block[i]).start);
}

/**
 * The rows of a table by commodity from block[from] on: section lines set the flow of the rows under
 * them, and every line of a label and numbers is claimed (read when its label names goods with a unit
 * and its numbers fill the columns one way only: "Crude oil (mln bpd) 11.21" is claimed, not read).
 */
function goodsRows(block: Line[], from: number, header: GoodsHeader, start: number): GoodsWalk {
  let flow = header.flow;
  const rows: TableRow[] = [];
  let lines = 0;
  let k = from;
  for (; k < block.length; k++) {
    const section = sectionFlow(block[k].text);
    if (section) {
      flow = section;
      continue;
    }
    const row = rowLine(block[k], 1);
    if (!row) break;
    lines++;
    const read = flow && header.columns ? readGoodsRow(row, header.columns, flow) : null;
    if (read) rows.push(read);
  }
  const last = block[Math.max(k - 1, from - 1, 0)];
  return { table: { start, end: last.start + last.text.length, rows, lines }, next: k, header: { ...header, flow } };
}

/** A line naming only a flow ("IMPORTS", "Exports:"): the rows under it are that flow's. */
function sectionFlow(text: string): Flow | null {
  if (text.length > 40 || !/^[A-Za-z][A-Za-z ]*:?$/.test(text)) return null;
  const cues = findFlowCues(text);
  const covered = text.split('');
  for (const c of cues) covered.fill(' ', c.start, c.end);
  if (covered.join('').split(/[\s:]+/).some((w) => w !== '' && !LABEL_FILLER.test(w))) return null;
  const flows = new Set(cues.map((c) => c.flow));
  const flow = soleFlow(flows);
  return flow === 'other' ? null : flow;
}

/** Goods as a row label names them: words only ("Coal and lignite", "Steel products", "LNG"). */
const GOODS_LABEL = /^[A-Za-z][A-Za-z ,&'-]*$/;

/** One row of a table by commodity: its goods, the unit its label states, the flow of its section. */
function readGoodsRow(row: RowLine, columns: Column[], flow: Flow): TableRow | null {
  const name = labelWithoutUnit(row.label).trim();
  const unit = name === row.label.trim() ? null : rowUnit(row.label, null);
  if (!unit || !GOODS_LABEL.test(name) || findFlowCues(name).length > 0 || findPlaces(name, '').length > 0) return null;
  const figures = onlyReading(row.numbers, [columns]);
  if (!figures) return null;
  const commodity = name.replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase());
  return { quoteStart: row.line.start, quoteEnd: row.line.start + row.line.text.length, flow, partner: 'World', area: '', unit, figures, commodity };
}

// ---------------------------------------------------------------------------------------------
// Self-describing rows
// ---------------------------------------------------------------------------------------------

/** After the last value of a self-describing row: its growth ("change 11.8%", "y/y +4.2%"). */
const TRAILING_GROWTH = /^\s*[,;|]?\s*(?:(y\/y|yoy|year[- ]on[- ]year)|change|growth|increase)\s*[:,]?\s*([+\-–]?\d+(?:\.\d+)?)\s*%\s*$/i;

/**
 * "Trade with China, million US dollars: Jan-Sep 2025 16 204.5 Jan-Sep 2026 18 112.0 change 11.8%":
 * a label, then two or more periods each followed by one value, then perhaps a growth. The unit is
 * in the label or in a caption right above.
 */
function selfDescribingRow(block: Line[], i: number, anchor: Anchor | null): FlatTable | null {
  const line = block[i];
  const text = line.text;
  if (text.length > MAX_LINE || endsWithStop(text) || digitRuns(text, 4) < 4) return null;
  const periods = statedPeriods(withoutValues(text), anchor);
  if (!periods || periods.length < 2) return null;
  const label = text.slice(0, periods[0].start).replace(/[\s|:;,=-]+$/, '');
  if (label.length > MAX_LABEL || LABEL_DIGIT.test(label.replace(/\b(?:100 million|10,000)\b/g, ''))) return null;
  const read = periodValues(text, periods);
  if (!read) return null;
  const growth = TRAILING_GROWTH.exec(read.tail);
  if (!growth && read.tail.trim() !== '') return null;
  const caption = i > 0 && isCaption(block[i - 1].text) && digitRuns(block[i - 1].text, 1) === 0 ? block[i - 1] : null;
  const start = (caption ?? line).start;
  const end = line.start + text.length;
  const unread: FlatTable = { start, end, rows: [], lines: 1 };
  const context = tableContext(label, caption?.text ?? '', anchor);
  const meaning = labelMeaning(labelWithoutUnit(label), { ...context, placeRole: null });
  if (!meaning || !context.unit || context.unit.measure !== 'value' || context.nonTrade || !context.understood) return unread;
  if (growth && !setTrailingGrowth(read.values, growth)) return unread;
  const figures = read.values.map((f) => (meaning.flow === 'balance' && meaning.negative ? { ...f, cell: negated(f.cell) } : f));
  return { start, end, lines: 1, rows: [{ quoteStart: line.start, quoteEnd: end, flow: meaning.flow, partner: meaning.partner, area: meaning.area, unit: context.unit, figures }] };
}

type PeriodValue = { period: Period; cell: Cell; yoy: number | null };

/**
 * Each period's value, read from the text right after it, and the text after the last value;
 * null unless every period is followed by exactly one value.
 */
function periodValues(text: string, periods: PeriodMention[]): { values: PeriodValue[]; tail: string } | null {
  const values: PeriodValue[] = [];
  let tail = '';
  for (const [k, p] of periods.entries()) {
    const upTo = periods[k + 1]?.start ?? text.length;
    const after = text.slice(p.end, upTo);
    const m = /^\s*[:=]?\s*((?:[+\-–]?\d[\d.,]*)(?:\s\d{3}(?:[.,]\d+)?)*)/.exec(after);
    if (!m) return null;
    const cell = readCellText(m[1]);
    if (!cell) return null;
    values.push({ period: { start: p.periodStart, end: p.periodEnd }, cell, yoy: null });
    const rest = after.slice(m[0].length);
    if (k + 1 < periods.length && !/^[\s|;,]*$/.test(rest)) return null;
    if (k + 1 === periods.length) tail = rest;
  }
  return { values, tail };
}

/**
 * The trailing growth as the last value's year-on-year: taken when the row has the year-before
 * value (and the growth agrees with the two) or calls it year-on-year; false when the growth
 * cannot be read or disagrees.
 */
function setTrailingGrowth(values: PeriodValue[], growth: RegExpExecArray): boolean {
  const target = values[values.length - 1];
  const base = values.find((v) => samePeriod(v.period, yearBefore(target.period)));
  const cell = readCellText(growth[2]);
  if (!cell) return false;
  if (base && !growthAgrees(cell, target.cell, base.cell)) return false;
  if (base || growth[1]) target.yoy = cell.value;
  return true;
}

/**
 * The row with every number but a year blanked: "16 204.5 Jan-Sep 2026" must not read as the date
 * "5 Jan" (offsets stay valid).
 */
function withoutValues(text: string): string {
  return text.replace(/(?<![\w.])[+\-–]?\d[\d.,]*%?/g, (n) => (/^(?:19|20)\d\d$/.test(n) ? n : ' '.repeat(n.length)));
}

/** One value as written in a self-describing row ("16 204.5", "1,692.3"). */
function readCellText(written: string): Cell | null {
  const readings = groupings(withDecimalPoints(tokensOf(written.trim())), ['level']);
  return readings.length === 1 ? readings[0][0] : null;
}

/** The label without the unit piece ("Trade with China, million US dollars" → "Trade with China"). */
function labelWithoutUnit(label: string): string {
  return label
    .split(/[,(]/)
    .filter((piece, k) => k === 0 || !unitIn(piece.replace(/\)/g, '')))
    .join(',');
}

// ---------------------------------------------------------------------------------------------
// A table in one sentence
// ---------------------------------------------------------------------------------------------

// "<caption> (<unit>, <column>, ...): <item>; <item>; ...": the caption opens a sentence and names no number.
const SENTENCE_TABLE = /(?:^|(?<=[.!?]\s+))([A-Z][^\d.;:()]{2,120}?)\s*\(([^()\d]{1,40})\)\s*:\s*((?:[^.]|\.(?=\d))+?)(?:\.(?=\s|$)|$)/g;
// One item: a label of words, then as many numbers as the brackets name columns ("coking coal 9.1, +8.6").
const SENTENCE_ITEM = /^\s*(?:and\s+)?([A-Za-z][A-Za-z &'-]*?)\s+([+\-–]?\d[\d,]*(?:\.\d+)?(?:\s*,\s*[+\-–]?\d+(?:\.\d+)?%?)*)\s*$/;
// Column heads after the unit: year-on-year is read, month-on-month and quarter-on-quarter are skipped.
// "y/y, %" as statistics offices head it; "annual variation %" (Latin American offices' "variación anual") is the change on the same period a year before.
export const YOY_COLUMN = /^(?:%\s*)?(?:y\/y|yoy|y-o-y|year[- ]on[- ]year|annual\s+(?:variation|change|growth))\s*,?\s*(?:%|\(%\))?$/i;
// "Monthly change (%)", "Quarterly growth, %": a change on the month (or quarter) before, not on the year.
export const SKIPPED_COLUMN = /^(?:%\s*)?(?:m\/m|mom|m-o-m|month[- ]on[- ]month|q\/q|qoq|q-o-q|quarter[- ]on[- ]quarter|(?:monthly|quarterly)\s+(?:change|growth|variation))\s*,?\s*(?:%|\(%\))?$/i;

/**
 * "October coal imports by type (Mt, YoY%): bituminous 17.2, -3.1; lignite 13.8, -16.4; coking coal 9.1,
 * +8.6.": the brackets name the unit and then the columns; each item is a label and one number per column.
 * The caption must give one period and one flow; an item whose label is a place is that partner's, else it
 * names goods. Anything else is no table (the prose reader keeps the sentence).
 */
function sentenceTables(line: Line, anchor: Anchor | null): FlatTable[] {
  if (!line.text.includes('):') && !line.text.includes(') :')) return [];
  const tables: FlatTable[] = [];
  for (const m of line.text.matchAll(SENTENCE_TABLE)) {
    const table = sentenceTable(m, line.start, anchor);
    if (table) tables.push(table);
  }
  return tables;
}

function sentenceTable(m: RegExpMatchArray, lineStart: number, anchor: Anchor | null): FlatTable | null {
  const [, caption, head, items] = m;
  const columns = captionColumns(caption, head, anchor);
  if (!columns?.flow) return null;
  const table = { ...columns, flow: columns.flow };
  const start = lineStart + (m.index ?? 0);
  const itemsAt = start + m[0].indexOf(items, caption.length + head.length);
  const rows: TableRow[] = [];
  let at = 0;
  for (const item of itemsOf(items)) {
    const row = sentenceItem(spacedItem(item), { ...table, quoteStart: itemsAt + at });
    if (!row) return null;
    // (The quote ends where the item as written ends, not the comma form read.)
    rows.push({ ...row, quoteEnd: itemsAt + at + item.trimEnd().length });
    at += item.length + 1;
  }
  return { start, end: start + m[0].length, rows, lines: rows.length };
}

/**
 * The items of a table in a sentence: apart by semicolons, or (a scraped copy that lost them) each label right after the cells
 * before it ("crude oil 14 330 000 −2.1% grain 1 180 000 +26.4%"). Each item keeps its length plus one, as a semicolon would.
 */
function itemsOf(items: string): string[] {
  if (items.includes(';')) return items.split(';');
  const cuts = [0, ...[...items.matchAll(NEXT_ROW_LABEL)].map((m) => m.index + m[0].length)];
  return cuts.map((at, k) => items.slice(at, (cuts[k + 1] ?? items.length + 1) - 1));
}

// An item written with space-grouped thousands and cells apart by spaces, each later cell signed or in percent:
// "crude oil 14 330 000 −2.1%", "grain 1 180 000 +26.4%".
const SPACED_ITEM = /^(\s*[A-Za-z][A-Za-z &'-]*?)\s+(\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)((?:\s+[+\-–−]\d+(?:\.\d+)?%?|\s+\d+(?:\.\d+)?%)+)\s*$/;

/** An item of space-grouped cells as the comma form reads it ("grain 1 180 000 +26.4%" as "grain 1,180,000, +26.4%"); others as they are. */
function spacedItem(item: string): string {
  const m = SPACED_ITEM.exec(item);
  if (!m) return item;
  const cells = m[3].trim().split(/\s+/).map((c) => c.replace('−', '-'));
  return `${m[1]} ${m[2].replace(/[ \u2009\u202f\u00a0]/g, ',')}, ${cells.join(', ')}`;
}

/** What a caption and its bracketed heads say: the unit, the growth column, the one period, the caption's flow (imports or exports, if it names one). */
interface CaptionColumns {
  unit: TableUnit;
  columns: number;
  yoyColumn: number;
  period: Period;
  flow: Flow | null;
}

function captionColumns(caption: string, head: string, anchor: Anchor | null): CaptionColumns | null {
  // Heads are separated by commas or, where the unit has a comma of its own, semicolons ("10kt; MoM; YoY").
  const heads = head.split(head.includes(';') ? ';' : ',').map((h) => h.trim());
  const unit = unitIn(heads[0]);
  const yoyColumn = heads.findIndex((h, k) => k > 0 && YOY_COLUMN.test(h));
  if (!unit || heads.some((h, k) => k > 0 && k !== yoyColumn && !SKIPPED_COLUMN.test(h))) return null;
  const periods = anchor ? findPeriods(caption, anchor).filter((p) => p.kind === 'period') : [];
  const flows = flowsNamed(caption);
  if (periods.length !== 1 || flows.size > 1) return null;
  const period = { start: periods[0].periodStart, end: periods[0].periodEnd };
  const flow = [...flows][0];
  return { unit, columns: heads.length, yoyColumn, period, flow: flow === 'import' || flow === 'export' ? flow : null };
}

// A table in one sentence whose bracketed heads are flows, the unit and period in the caption before them: "EU trade by
// main partner, January to September 2025, € million (exports / imports): United States 412 380 / 251 906; China 158 744 /
// 389 215", "Trade with the main partners in 2025, US$ billion (exports, imports, balance): Japan 41.2, 38.9, 2.3; Korea ...".
// Heads and cells are apart by slashes, or by commas with a space after them; thousands may be grouped by commas or spaces.
const FLOW_HEAD = String.raw`(?:exports?|imports?|(?:trade\s+)?balance|total(?:\s+trade)?|turnover)`;
const FLOW_COLUMN_TABLE = new RegExp(String.raw`(?:^|(?<=[.!?]\s+))([A-Z][^.;:()]{2,160}?)\s*\(\s*(${FLOW_HEAD}(?:\s*[\/,]\s*${FLOW_HEAD}){1,3})\s*\)\s*:\s*((?:[^.]|\.(?=\d))+?)(?:\.(?=\s|$)|$)`, 'gi');
const FLOW_OF_HEAD: Array<[RegExp, Flow]> = [[/^export/i, 'export'], [/^import/i, 'import'], [/balance$/i, 'balance'], [/^(?:total|turnover)/i, 'total']];
// One item: a place's name, then its cells ("United States 412 380 / 251 906", "Japan 41.2, 38.9, 2.3").
const FLOW_COLUMN_ITEM = /^\s*(?:and\s+)?([A-Za-z][A-Za-z .&'’-]*?)\s+(-?\d[\d,.\s\u2009\u202f\u00a0\/-]*?)\s*$/;
const GROUPED_CELL = /^-?(?:\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

function flowColumnSentenceTables(line: Line, anchor: Anchor | null): FlatTable[] {
  if (!anchor || (!line.text.includes('):') && !line.text.includes(') :'))) return [];
  const tables: FlatTable[] = [];
  for (const m of line.text.matchAll(FLOW_COLUMN_TABLE)) {
    const table = flowColumnSentenceTable(m, line.start, anchor);
    if (table) tables.push(table);
  }
  return tables;
}

/** The rows of a one-sentence table with a column per flow: every item a partner with one cell per flow, else no table. */
function flowColumnSentenceTable(m: RegExpMatchArray, lineStart: number, anchor: Anchor): FlatTable | null {
  const [, caption, head, items] = m;
  const flows = head.split(/\s*[\/,]\s*/).map((h) => FLOW_OF_HEAD.find(([re]) => re.test(h.trim()))?.[1]);
  const unit = unitIn(caption.slice(caption.lastIndexOf(',') + 1)) ?? unitIn(caption);
  const periods = findPeriods(caption, anchor).filter((p) => p.kind === 'period');
  if (!unit || periods.length !== 1 || flows.some((f) => !f) || new Set(flows).size !== flows.length) return null;
  const period = { start: periods[0].periodStart, end: periods[0].periodEnd };
  const start = lineStart + (m.index ?? 0);
  const itemsAt = start + m[0].indexOf(items, caption.length + head.length);
  const rows: TableRow[] = [];
  let at = 0;
  for (const item of items.split(';')) {
    const cells = flowColumnItem(item, flows.length);
    if (!cells) return null;
    const quoteStart = itemsAt + at + item.indexOf(cells.label);
    for (const [k, digits] of cells.digits.entries()) {
      rows.push({ quoteStart, quoteEnd: itemsAt + at + item.trimEnd().length, flow: flows[k]!, partner: cells.partner, area: '', unit, figures: [{ period, cell: { value: Number(digits), digits, percent: false }, yoy: null }] });
    }
    at += item.length + 1;
  }
  return rows.length ? { start, end: start + m[0].length, rows, lines: rows.length } : null;
}

/** A partner's cells in a flow-column item, one a column, or null when the label is no place or the cells do not fit. */
function flowColumnItem(item: string, columns: number): { label: string; partner: string; digits: string[] } | null {
  const m = FLOW_COLUMN_ITEM.exec(item);
  if (!m) return null;
  const label = m[1].trim();
  const place = findPlaces(label, '').find((p) => p.start === 0 && p.end === label.length);
  const cells = m[2].split(m[2].includes('/') ? /\s*\/\s*/ : /,\s+/).map((c) => c.trim());
  if (!place || cells.length !== columns || cells.some((c) => !GROUPED_CELL.test(c))) return null;
  return { label, partner: place.name, digits: cells.map((c) => c.replace(/[ ,\u2009\u202f\u00a0]/g, '')) };
}

// "The main trade flows in July (tonnes, y-o-y):" alone on its line: the caption of the item lines below it.
// Its unit may open with the scale it counts in ("(10kt; MoM; YoY):", "(10,000 tonnes, y-o-y):").
const CAPTION_LINE = /^([A-Z][^\d.;:()]{2,120}?)\s*\(((?:10(?:,000)?\s?(?=[a-z]))?[^()\d]{1,40})\)\s*:$/;
// One item a line: "Coke exports  612,000  -14.2%", "Wire rod 94.1; -9.4%; +22.5%" (a label of words, then one
// number per column, apart by spaces or semicolons).
const LINE_ITEM = /^([A-Za-z][A-Za-z &'-]*?)\s+(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)((?:(?:\s*;\s*|\s+)[+\-–]?\d+(?:\.\d+)?%?)*)$/;

/**
 * The line form of a table in one sentence: a caption with its heads in brackets ends its line, and every
 * line after it in the paragraph is an item ("Coke exports  612,000  -14.2%"). The flow is the caption's, or
 * else each label names its own ("Silicomanganese imports"); the label's other words name the goods. A line
 * that is not such an item makes it no table (the prose reader keeps the lines).
 */
function captionedLineTables(lines: Line[], anchor: Anchor | null): FlatTable[] {
  const tables: FlatTable[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    // A caption line ends in its colon: no other line is matched.
    const m = lines[k].text.endsWith(':') ? CAPTION_LINE.exec(lines[k].text) : null;
    const columns = m ? captionColumns(m[1], m[2], anchor) : null;
    const table = columns ? captionedLineTable(columns, lines.slice(k + 1)) : null;
    if (!table) continue;
    tables.push(table);
    break;
  }
  return tables;
}

function captionedLineTable(columns: CaptionColumns, items: Line[]): FlatTable | null {
  const rows: TableRow[] = [];
  for (const line of items) {
    const m = LINE_ITEM.exec(line.text);
    if (!m) return null;
    const cues = flowsNamed(m[1]);
    const flow = columns.flow ?? soleFlow(cues);
    if ((flow !== 'import' && flow !== 'export') || (columns.flow && cues.size)) return null;
    const label = columns.flow ? m[1] : m[1].replace(/\s*\b(?:exports?|imports?|shipments|arrivals)\b\s*/gi, ' ').trim();
    const item = `${label} ${[m[2], ...m[3].split(/[\s;]+/).filter(Boolean)].join(', ')}`;
    const row = sentenceItem(item, { ...columns, flow, quoteStart: line.start });
    if (!row) return null;
    rows.push({ ...row, quoteStart: line.start, quoteEnd: line.start + line.text.length });
  }
  // The caption stays with the prose: its period is the one the next paragraph goes on with.
  const last = items[items.length - 1];
  return { start: items[0].start, end: last.start + last.text.length, rows, lines: rows.length };
}

/** One item of a table in a sentence ("coking coal 9.1, +8.6"), or null when it is not one. */
function sentenceItem(item: string, table: { flow: Flow; unit: TableUnit; period: Period; quoteStart: number; columns: number; yoyColumn: number }): TableRow | null {
  const { columns, yoyColumn } = table;
  const m = SENTENCE_ITEM.exec(item);
  if (!m) return null;
  const numbers = m[2].split(',').map((n) => n.trim());
  // A number grouped in thousands ("1,370") splits into pieces of three digits: read it whole.
  const cells = numbers.length === columns ? numbers : [numbers.slice(0, numbers.length - columns + 1).join(','), ...numbers.slice(numbers.length - columns + 1)];
  if (cells.length !== columns || !/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(cells[0])) return null;
  const digits = cells[0].replace(/,/g, '');
  const yoy = yoyColumn > 0 ? Number(cells[yoyColumn].replace(/[–]/, '-').replace('%', '')) : null;
  const label = m[1].trim();
  const place = findPlaces(label, '').find((p) => p.start === 0 && p.end === label.length);
  const quoteStart = table.quoteStart + item.indexOf(m[1]);
  return {
    quoteStart, quoteEnd: table.quoteStart + item.trimEnd().length, flow: table.flow, partner: place ? place.name : 'World', area: '', unit: table.unit,
    figures: [{ period: table.period, cell: { value: Number(digits), digits, percent: false }, yoy: yoy !== null && Number.isFinite(yoy) ? yoy : null }],
    commodity: place ? undefined : label,
  };
}
