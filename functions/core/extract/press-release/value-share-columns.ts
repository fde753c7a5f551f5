/**
 * A bulletin's small table of partners with two columns, an amount and a share of the whole, flattened by a PDF copy, whose
 * columns are said by a line next to it rather than a header:
 *
 * - a note under the rows names each column in turn ("China   21.9   20.9" over "Note: first column - US$ billion; second -
 *   share in total turnover, %"; "Column 1: EUR million; column 2: % of total"; "The first column gives US$ million, the
 *   second the share in total exports (%)") (`notedColumnTables`);
 * - a caption whose bracket names the amount's unit and then the share ("Largest export destinations in September 2025
 *   (US$ billion; share, %)"), over items each a place, its amount and its share, one a line or several on one line parted by
 *   single spaces as a PDF copy runs them together: "China 5.42 23.25 United States 2.51 10.77 India 1.73 7.42"
 *   (`captionedValueShareItems`).
 *
 * Each place gives two rows: its amount in the unit, its share in percent. The period is the one the caption or the note
 * names, else the prose's before the table (PROSE_PERIOD); the flow is the one the caption and the note name (none: total).
 * A line of items whose every label is not a known country or group, or whose numbers do not fall two to a label, is left.
 */
import type { Flow } from '../../contract.js';
import { namedPeriods, PROSE_PERIOD, SHARE_UNIT, unitIn, type FlatTable, type Line, type Period, type TableRow, type TableUnit } from './flat-table.js';
import { tokensOf, type Token } from './flat-table-cells.js';
import { findPlaces } from './geography.js';
import type { Anchor } from './periods.js';
import { flowsNamed, soleFlow } from './subjects.js';
import { BULLET } from './unit-caption-items.js';

// A column named as a share of the whole: "share in total turnover, %", "% of total", "share, %", "as % of total exports".
// ("percentage of the total", "the per cent of total turnover": a234.)
const SHARE_COLUMN = /^(?=.*(?:%|\bper\s?cent(?:age)?\b))(?:.*\bshare\b|\s*(?:as\s+)?(?:the\s+)?(?:%|per\s?cent(?:age)?)\s+of\s+(?:the\s+)?(?:total|whole|all)\b).*$/i;
// A note naming the columns in turn: "Note: first column - US$ billion; second - share in total turnover, %", "Notes: column 1:
// EUR million; column 2: % of total", "The first column gives US$ million, the second the share in total exports (%)".
const COLUMN_NOTE = /^(?:notes?\s*[:.-]\s*)?(?:the\s+)?(?:first\s+column|column\s+1|1st\s+column)\s*(?:[-–—:=]|\s(?:is|gives|shows|in))\s*(.{2,60}?)\s*[;,]\s*(?:and\s+)?(?:the\s+)?(?:second(?:\s+column)?|column\s+2|2nd(?:\s+column)?)\s*(?:[-–—:=]|\s(?:is|gives|shows|in)|\s+(?=the\b))\s*(?:the\s+)?(.{2,80}?)\s*\.?$/i;
// (a229) A note naming the amount's unit, then the share as what follows it: "Note: values in USD million, followed by the
// partner's share of total turnover (%)", "Figures in EUR million, then the share in total exports, %", "Amounts are in US$
// billion, with each partner's share of the total (%) after them". Such a note may stand under the caption, over the rows.
// The note may be a bracket under the caption, name the unit bare and the share with other words of order: "(million US
// dollars, and after them the per cent of total turnover)", "HK$ million, followed by the share of total exports (%)", "(EUR
// million; next to them, % of all exports)", "(US$ bn and, beside each, the percentage of the total)" (a234).
const FOLLOWED_BY_NOTE = /^\(?\s*(?:notes?\s*[:.-]\s*)?(?:(?:the\s+)?(?:values?|figures|amounts|data)\s+(?:are\s+|is\s+|given\s+|shown\s+)?)?(?:in\s+)?(.{2,30}?)\s*(?:[,;]\s*|\s(?=and\b))(?:and\s*,?\s*)?(?:(?:each\s+)?followed\s+by|then|with|(?:after|beside|next\s+to|alongside|behind)\s+(?:them|it|each(?:\s+one)?)\s*,?)\s+(?:the\s+|each\s+|its\s+)?(.{2,80}?)\s*\.?\s*\)?$/i;
// A caption's bracket of the amount's unit, then the share: "(US$ billion; share, %)", "(EUR million, share %)", "(US$ mn; % of total)".
const VALUE_SHARE_BRACKET = /\(\s*([^();]{2,30}?)\s*[;,]\s*([^()]{1,40}?)\s*\)\s*:?$/;
// A cell of a table that has no figure there: "...", "…", "-", "n.a.".
const NO_FIGURE = /^(?:\.{2,}|…|[-–—]|n\.?a\.?)$/i;
const NUMBER = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** The units of a value column and a share column named in turn, or null when they are not one of each in that order. */
function valueThenShare(value: string, share: string): TableUnit | null {
  const unit = unitIn(value);
  return unit && unit.measure !== 'share' && !/%/.test(value) && SHARE_COLUMN.test(share) ? unit : null;
}

/** The flow named in these words, when they name one (none: total). */
function flowOf(words: string): Flow {
  const flows = flowsNamed(words);
  flows.delete('other');
  return soleFlow(flows) ?? 'total';
}

/** The one period named in these words, else the prose's. */
function periodOf(words: string, anchor: Anchor): Period {
  const named = namedPeriods(words, anchor);
  return named.length === 1 ? named[0] : PROSE_PERIOD;
}

/** A known country or group named by the whole label, or null. */
function placeOf(label: string): string | null {
  const place = findPlaces(label, '').find((p) => p.start === 0 && p.end === label.length);
  return place && (place.kind === 'country' || place.kind === 'group') ? place.name : null;
}

/** The two rows of one place: its amount in `unit` and its share. */
function placeRows(partner: string, cells: Token[], line: Line, flow: Flow, unit: TableUnit, period: Period, quote: [number, number]): TableRow[] {
  const [quoteStart, quoteEnd] = [line.start + quote[0], line.start + quote[1]];
  return [unit, SHARE_UNIT].map((u, k) => {
    const digits = cells[k].text.replace(/,/g, '');
    return { quoteStart, quoteEnd, flow, partner, area: '', unit: u, figures: [{ period, cell: { value: Number(digits), digits, percent: k === 1 }, yoy: null }] };
  });
}

/**
 * The items of a line, each a label of words and then two cells ("China 5.42 23.25 United States 2.51 10.77"), or null when
 * the line is not such items whole. `blanks` lets a cell have no figure ("Italy ... ..."): that item is claimed, no row.
 */
function itemsOf(line: Line, blanks: boolean): Array<{ label: string; cells: Token[]; from: number; to: number }> | null {
  const tokens = joinedSpaceGroups(tokensOf(line.text.replace(BULLET, (m) => ' '.repeat(m.length))), line.text);
  const items: Array<{ label: string; cells: Token[]; from: number; to: number }> = [];
  let i = 0;
  while (i < tokens.length) {
    const from = tokens[i].start;
    while (i < tokens.length && /^[\p{L}(][\p{L}().'’&-]*$/u.test(tokens[i].text)) i++;
    const cells = tokens.slice(i, i + 2);
    if (tokens[i]?.start === from || cells.length < 2 || !cells.every((c) => NUMBER.test(c.text) || (blanks && NO_FIGURE.test(c.text)))) return null;
    items.push({ label: line.text.slice(from, cells[0].start).trim(), cells, from, to: cells[1].end });
    i += 2;
  }
  return items.length ? items : null;
}

/**
 * Tokens with an amount's thousands grouped by a single space joined into one cell ("Russia    1 851.9   10.8": a bulletin's
 * "1 851.9" is 1,851.9), where the columns stand apart by wider gaps (a229).
 */
function joinedSpaceGroups(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i];
    // (Every group of three after the first: "1 907 620" is 1,907,620; a234.)
    while (/^\d{1,3}(?:\d{3})*$/.test(t.text) && tokens[i + 1] && /^\d{3}(?:\.\d+)?$/.test(tokens[i + 1].text) && text.slice(t.end, tokens[i + 1].start) === ' ') {
      t = { ...t, text: t.text + tokens[i + 1].text, end: tokens[i + 1].end };
      i++;
    }
    out.push(t);
  }
  return out;
}

/** The rows of a line's items, or null when a label is no known place. Items without figures give none. */
function lineRows(line: Line, blanks: boolean, flow: Flow, unit: TableUnit, period: Period): TableRow[] | null {
  const items = itemsOf(line, blanks);
  if (!items) return null;
  const rows: TableRow[] = [];
  for (const item of items) {
    const partner = placeOf(item.label);
    if (!partner) return null;
    if (item.cells.every((c) => NUMBER.test(c.text))) rows.push(...placeRows(partner, item.cells, line, flow, unit, period, [item.from, item.to]));
  }
  return rows;
}

/** Rows of places over a note naming their two columns (see the file's head); `above` is the caption over the paragraph, if any. */
export function notedColumnTables(lines: Line[], anchor: Anchor | null, above: Line[] = []): FlatTable[] {
  if (!anchor) return [];
  const tables: FlatTable[] = [];
  for (let k = 1; k < lines.length; k++) {
    const note = COLUMN_NOTE.exec(lines[k].text);
    const unit = note ? valueThenShare(note[1], note[2]) : null;
    if (!note || !unit) continue;
    const words = [...above.map((l) => l.text), lines[k].text].join(' | ');
    const [flow, period] = [flowOf(words), periodOf(words, anchor)];
    const rows: TableRow[] = [];
    let first = k;
    for (let j = k - 1; j >= 0; j--) {
      const read = lineRows(lines[j], true, flow, unit, period);
      if (!read) break;
      rows.unshift(...read);
      first = j;
    }
    if (first === k || !rows.length) continue;
    tables.push({ start: lines[first].start, end: lines[k].start + lines[k].text.length, rows, lines: rows.length });
  }
  return [...tables, ...notedRowsBelow(lines, anchor, above), ...bracketedChangeFlowRows(lines, anchor, above)];
}

// The line of all places closing the rows, its amount and its change in a bracket (no share: it is the whole): "All
// destinations   3 462 714   (+9.2 over Jan-Oct 2017)", "Total  62 814.5  (+10.9%)", "All countries 14 020 (-3.1)" (a234).
const ALL_PLACES_LINE = /^(?:all\s+(?:destinations|countries|partners|markets|origins|sources|economies)|total|world(?:\s+total)?|grand\s+total)\s+([+\-–−]?\d{1,3}(?:[ ,]\d{3})*(?:\.\d+)?)\s+\(\s*([+\-–−]\d{1,3}(?:\.\d+)?)\s*%?(?:\s+(?:over|on|from|against|vs\.?|versus|compared\s+with)\s[^()]{1,40})?\)\s*$/i;

/** The world's row of a closing line of all places (ALL_PLACES_LINE), or null. */
function allPlacesRow(line: Line, flow: Flow, unit: TableUnit, period: Period): TableRow | null {
  const m = ALL_PLACES_LINE.exec(line.text);
  if (!m) return null;
  const digits = m[1].replace(/[ ,]/g, '').replace(/[–−]/, '-');
  const yoy = Number(m[2].replace(/[–−]/, '-'));
  return { quoteStart: line.start, quoteEnd: line.start + line.text.length, flow, partner: 'World', area: '', unit, figures: [{ period, cell: { value: Number(digits), digits, percent: false }, yoy }] };
}

/** The rows of the lines right below line k that are such items, up to the first that is not, and the last line read. */
function rowsBelow(lines: Line[], k: number, blanks: boolean, flow: Flow, unit: TableUnit, period: Period): { rows: TableRow[]; last: number } {
  const rows: TableRow[] = [];
  let last = k;
  for (let j = k + 1; j < lines.length; j++) {
    const read = lineRows(lines[j], blanks, flow, unit, period);
    if (!read) break;
    rows.push(...read);
    last = j;
  }
  const all = last > k && last + 1 < lines.length ? allPlacesRow(lines[last + 1], flow, unit, period) : null;
  if (all) rows.push(all);
  return { rows, last: all ? last + 1 : last };
}

/** Rows of places under a note that follows a caption and names the amount, then the share (FOLLOWED_BY_NOTE; a229). */
function notedRowsBelow(lines: Line[], anchor: Anchor, above: Line[]): FlatTable[] {
  const tables: FlatTable[] = [...rowsUnderNoteAbove(lines, anchor, above)];
  for (let k = tables.length ? tables[0].lines : 0; k + 1 < lines.length; k++) {
    const note = FOLLOWED_BY_NOTE.exec(lines[k].text);
    const unit = note ? valueThenShare(note[1], note[2]) : null;
    if (!note || !unit) continue;
    const caption = k > 0 ? [lines[k - 1]] : above;
    const words = [...caption.map((l) => l.text), lines[k].text].join(' | ');
    const [flow, period] = [flowOf(words), periodOf(words, anchor)];
    const { rows, last } = rowsBelow(lines, k, true, flow, unit, period);
    if (last === k || !rows.length) continue;
    tables.push({ start: lines[k].start, end: lines[last].start + lines[last].text.length, rows, lines: rows.length });
    k = last;
  }
  return tables;
}

/**
 * Rows of places opening a paragraph whose caption ends the paragraph before with such a note ("Table 3. Turnover with the
 * main partner countries, January-June 2023" over "(million US dollars, and after them the per cent of total turnover)", then
 * a blank line and the rows; a234): the caption's lines give the flow and period.
 */
function rowsUnderNoteAbove(lines: Line[], anchor: Anchor, above: Line[]): FlatTable[] {
  const note = above.length ? FOLLOWED_BY_NOTE.exec(above[above.length - 1].text) : null;
  const unit = note ? valueThenShare(note[1], note[2]) : null;
  if (!note || !unit) return [];
  const words = above.map((l) => l.text).join(' | ');
  const [flow, period] = [flowOf(words), periodOf(words, anchor)];
  const { rows, last } = rowsBelow(lines, -1, true, flow, unit, period);
  return last < 0 || !rows.length ? [] : [{ start: lines[0].start, end: lines[last].start + lines[last].text.length, rows, lines: last + 1 }];
}

// A note naming the amount's unit, then the change as what the brackets hold: "(HK$ million; in brackets, % change over
// October 2017)", "US$ million, with the year-on-year change (%) in brackets", "(RM billion; percentage change on a year
// earlier in parentheses)" (a234). The brackets' figures may be the subject of a verb of showing: "(HK$ million; the figures
// within brackets show the % change over March 2017)", "bracketed figures are year-on-year changes", "numbers in parentheses
// denote the percentage change", "the % changes are shown in brackets" (a242).
const BRACKETED_CHANGE_NOTE = /^\(?\s*(?:(?:values?|figures|amounts)\s+(?:are\s+)?)?(?:in\s+)?([^();,]{2,30}?)\s*[;,]\s*(?:and\s+|with\s+)?(?:(?:(?:the\s+)?(?:figures|numbers|values|entries|percentages)\s+)?(?:(?:with)?in\s+(?:the\s+)?(?:brackets|parentheses)|bracketed(?:\s+(?:figures|numbers|values|entries|percentages))?)\s*,?\s*(?:(?:show|give|are|denote|indicate|represent)s?\s+)?(?:the\s+)?(?:%|per\s?cent(?:age)?|year-on-year|y\/y)\s+changes?\b[^()]{0,40}|(?:the\s+)?(?:%|per\s?cent(?:age)?|year-on-year|y\/y)\s+changes?\b(?:[^()]|\(%\)){0,40}?\s+in\s+(?:brackets|parentheses))\s*\)?$/i;
// A row of one flow: its label, its amount (thousands by spaces, commas or none) and its change in a bracket or none.
const FLOW_CHANGE_ROW = /^([A-Za-z][A-Za-z &'’-]{1,40}?)\s{2,}([+\-–−]?\d{1,3}(?:[ ,]\d{3})*(?:\.\d+)?)(?:\s+\(\s*([+\-–−]?\d{1,3}(?:\.\d+)?)\s*%?\s*\))?\s*$/;

/** A flow's row (FLOW_CHANGE_ROW) whose label names one flow, or null. */
function flowChangeRow(line: Line, unit: TableUnit, period: Period): TableRow | null {
  const m = FLOW_CHANGE_ROW.exec(line.text);
  const flows = m ? flowsNamed(m[1]) : null;
  if (!m || !flows || flows.size !== 1 || flows.has('other')) return null;
  const digits = m[2].replace(/[ ,]/g, '').replace(/[–−]/, '-');
  const yoy = m[3] === undefined ? null : Number(m[3].replace(/[–−]/, '-'));
  return { quoteStart: line.start, quoteEnd: line.start + line.text.length, flow: [...flows][0], partner: 'World', area: '', unit, figures: [{ period, cell: { value: Number(digits), digits, percent: false }, yoy }] };
}

/**
 * Rows of flows under a note whose unit comes first and whose brackets hold the change (BRACKETED_CHANGE_NOTE): "Total exports
 * 398 542  (+14.6)" over "Imports  450 214  (+15.4)" and "Trade balance  -51 672" (a balance has no change). The caption
 * over the note gives the period. Two rows at least.
 */
function bracketedChangeFlowRows(lines: Line[], anchor: Anchor, above: Line[]): FlatTable[] {
  const tables: FlatTable[] = [];
  // (The note may end the paragraph above, a blank line before the rows, as a PDF copy parts them; a242.)
  for (let k = above.length ? -1 : 0; k + 2 < lines.length; k++) {
    const noteLine = k < 0 ? above[above.length - 1] : lines[k];
    const note = BRACKETED_CHANGE_NOTE.exec(noteLine.text);
    const unit = note ? unitIn(note[1]) : null;
    if (!note || !unit || unit.measure === 'share') continue;
    const caption = k > 0 ? [lines[k - 1]] : k === 0 ? above : above.slice(0, -1);
    const period = periodOf(caption.map((l) => l.text).join(' | '), anchor);
    const rows: TableRow[] = [];
    for (let j = k + 1; j < lines.length; j++) {
      const row = flowChangeRow(lines[j], unit, period);
      if (!row) break;
      rows.push(row);
    }
    if (rows.length < 2) continue;
    const last = lines[k + rows.length];
    tables.push({ start: k < 0 ? lines[0].start : lines[k].start, end: last.start + last.text.length, rows, lines: rows.length });
    k += rows.length;
  }
  return tables;
}

/** Items of places, each an amount and a share, under a caption whose bracket names the two (see the file's head). */
export function captionedValueShareItems(lines: Line[], anchor: Anchor | null): FlatTable[] {
  if (!anchor) return [];
  const tables: FlatTable[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const bracket = lines[k].text.endsWith(')') || lines[k].text.endsWith('):') ? VALUE_SHARE_BRACKET.exec(lines[k].text) : null;
    const unit = bracket ? valueThenShare(bracket[1], bracket[2]) : null;
    if (!bracket || !unit) continue;
    const words = lines[k].text.slice(0, bracket.index);
    const [flow, period] = [flowOf(words), periodOf(words, anchor)];
    const { rows, last } = rowsBelow(lines, k, false, flow, unit, period);
    if (last === k) continue;
    tables.push({ start: lines[k].start, end: lines[last].start + lines[last].text.length, rows, lines: rows.length });
    k = last;
  }
  return tables;
}
