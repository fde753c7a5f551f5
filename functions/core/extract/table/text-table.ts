/**
 * Text renderings: a table printed as lines. Two shapes occur: a row per line (label then
 * figures, year-on-year figures on the next line) and a cell per line (label, then each figure
 * on its own line). Empty cells may vanish from either, so this reader never places a figure:
 * it only groups lines into rows; alignment is decided later against the headings.
 */
import { isCellToken } from './cells.js';
import { FOOTER, SHADED_NOTE, continuesLabel, type ReadResult } from './model.js';
import { Captions, OF_WHICH_LINE, RowCollector } from './reader.js';
import { indentation, normalizeKeepingTabs, unpipeTable } from './text.js';
import { parseQuantityUnit } from './units.js';
import { lexHeading, type Phrase } from './vocabulary.js';

interface SplitLine {
  label: string;
  cells: string[];
  indent: number;
}

/** Splits a line into its label and the figure tokens at its end. */
function splitLine(line: string): SplitLine {
  const tokens: Array<{ text: string; start: number }> = [];
  for (const match of line.matchAll(/\S+/g)) tokens.push({ text: match[0], start: match.index ?? 0 });
  let first = tokens.length;
  while (first > 0 && isCellToken(tokens[first - 1].text)) first--;
  const label = first === 0 ? '' : line.slice(0, first < tokens.length ? tokens[first].start : line.length);
  return { label: label.trim(), cells: tokens.slice(first).map((t) => t.text), indent: indentation(line) };
}

const UNIT_PREFIX = /^(?:\d[\d,.]*[a-z]*|ten|hundreds?|thousands?|millions?|billions?|k|m|mn|bn)$/i;
const SPACE_GROUPED = /^[-\u2212\u2013]?\d{1,3}(?: \d{3})+(?:\.\d+)?%?$/;

/** One tab-separated field, with the spaces of a space-grouped figure removed ("1 234 567" → "1234567"). */
function joinSpaceGroups(field: string): string {
  const trimmed = field.trim().replace(/\s+/g, ' ');
  return SPACE_GROUPED.test(trimmed) ? trimmed.replace(/ /g, '') : field;
}

/** A tab-separated heading line as its cells' phrases, or null when the line has no tabs or a cell is not a heading. */
function tabCells(line: string): Phrase[][] | null {
  if (!line.includes('\t')) return null;
  const cells: Phrase[][] = [];
  for (const cell of line.split('\t')) {
    if (cell.trim() === '') continue;
    const phrases = lexHeading(cell.trim().replace(/\s+/g, ' '));
    if (!phrases) return null;
    cells.push(phrases);
  }
  return cells.length > 0 ? cells : null;
}

/** When the heading lines repeat from line `from` (blank lines aside), the line after them; else `from`. */
function repeatedBlock(lines: string[], from: number, headings: string[]): number {
  if (headings.length === 0) return from;
  let i = from;
  for (const heading of headings) {
    while (i < lines.length && lines[i].trim() === '') i++;
    if (i >= lines.length || lines[i].trim().replace(/\s+/g, ' ') !== heading) return from;
    i++;
  }
  return i;
}

/** Whether a heading line has a "Month" corner: the rows are then months (series tables). */
function hasMonthCorner(line: Phrase[]): boolean {
  return line.some((p) => p.cls === 'corner' && /^(?:(?:year\s*\/\s*)?months?(?:\s*\/\s*year)?|periods?)$/i.test(p.text));
}

/** Series tables label rows "2023.01", which reads as a number; the first of several tokens in that form is the label. */
function seriesLabel(cells: string[]): string | null {
  return cells.length > 1 && /^(?:19|20)\d{2}[.\-/](?:0?[1-9]|1[0-2])$/.test(cells[0]) ? cells[0] : null;
}

/** Lines that are figures only. */
function isFigureLine(line: string): boolean {
  const split = splitLine(line);
  return split.label === '' && split.cells.length > 0;
}

/**
 * Nothing after the rows, not even a note: the page may end inside the table (archives keep only
 * the first part of a page), and its last line may stop inside a figure ("28,500" of "28,500,618").
 * That is certain when the row lines all end the same way (a trailing space, a closing "|") and
 * the last line does not: it was cut before its end. `first` is the first row's "line N".
 */
function endsMidLine(raw: string[], first: string): boolean {
  let lastIndex = raw.length - 1;
  while (lastIndex >= 0 && raw[lastIndex].trim() === '') lastIndex--;
  const start = Number(/\d+/.exec(first)?.[0] ?? '1') - 1;
  const ending = (line: string) => (/\|\s*$/.test(line) ? '|' : /[ \t]$/.test(line) ? ' ' : '');
  // Label lines and year-on-year lines may end differently; the last line is compared with its own kind.
  const labelled = (line: string) => {
    const first = /\S+/.exec(line.replace(/^\s*\|/, ''))?.[0];
    return first !== undefined && !isCellToken(first);
  };
  const kind = labelled(raw[lastIndex]);
  // A dozen lines of its kind just above the last one are evidence enough of how such lines end.
  const endings: string[] = [];
  for (let j = lastIndex - 1; j >= start && endings.length < 12; j--) {
    if (raw[j].trim() !== '' && labelled(raw[j]) === kind) endings.push(ending(raw[j]));
  }
  if (endings.length < 3) return false;
  for (const mark of ['|', ' ']) {
    if (endings.filter((e) => e === mark).length >= 0.8 * endings.length) return ending(raw[lastIndex]) !== mark;
  }
  return false;
}

/** Options for reading: `lenientHeadings` when a configured layout, not the headings, says what columns mean. */
export interface TextReadOptions {
  lenientHeadings: boolean;
}

/** The page as lines: `tabbed` keeps the tabs of a browser copy, `lines` has its fields joined by spaces. */
interface TextPage {
  normalized: string;
  tabbed: string[];
  lines: string[];
}

function pageLines(body: string): TextPage {
  const normalized = normalizeKeepingTabs(body);
  const tabbed = unpipeTable(normalized)
    .split('\n')
    // trimEnd, not /\s+$/: that regex re-scans a long run of spaces from every start position (quadratic).
    .map((line) => line.trimEnd());
  // In a tab-separated copy a cell is a field, so a figure grouped with spaces ("1 234 567") is one
  // figure there; without tabs the same spaces would be cell boundaries, and it is left to alignment.
  const lines = tabbed.map((line) => (line.includes('\t') ? line.split('\t').map(joinSpaceGroups).join(' ') : line));
  return { normalized, tabbed, lines };
}

function nextNonEmpty(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i].trim() !== '') return i;
  return -1;
}

/** The heading lines as read: their phrases, their cells (tab-separated copies) and their texts. */
interface Headings {
  lines: Phrase[][];
  cells: Array<Phrase[][] | null>;
  texts: string[];
}

/** Reads a text rendering into title, unit, heading lines and rows. */
export function readTextTable(body: string, options: TextReadOptions): ReadResult {
  const page = pageLines(body);
  const captions = new Captions();
  const headingsAt = readPreamble(page.lines, captions, options.lenientHeadings);
  if (!captions.title) return { ok: false, reason: 'no table title with a year was found' };
  const { headings, rowsAt } = readHeadings(page, headingsAt, captions, options.lenientHeadings);
  const reader = new TextRows(page.lines, headings);
  const failure = reader.read(rowsAt);
  if (failure) return { ok: false, reason: failure };
  const { rows } = reader.collector;
  const end = reader.end;
  if (end === page.lines.length && rows.length > 0 && endsMidLine(page.normalized.split('\n'), rows[0].where)) reader.collector.markLastCut();
  const stray = rowAfterEnd(page.lines, end);
  if (stray) return { ok: false, reason: stray };
  const notes = page.lines.slice(end).join(' ');
  return {
    ok: true,
    table: {
      rendering: 'text',
      title: captions.title,
      unitText: captions.unitText,
      columnPaths: null,
      headingLines: headings.lines,
      headingCells: headings.cells,
      unknownHeadings: [],
      valueColumns: null,
      rowUnitColumn: reader.hasUnitColumn,
      yoyBelowHint: SHADED_NOTE.test(notes),
      rows,
      exactCells: false,
      ofWhichLine: reader.collector.ofWhichLine,
    },
  };
}

/** Preamble: page furniture, the title (often twice) and the unit line. Returns where the headings start. */
function readPreamble(lines: string[], captions: Captions, lenientHeadings: boolean): number {
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '' || captions.takeUnit(line)) continue;
    if (!isFigureLine(line) && captions.takeTitle(line)) continue;
    if (captions.title && (lenientHeadings || lexHeading(line.trim()))) break;
  }
  return i;
}

/** Headings: lines made only of known heading phrases, up to the first row label. */
function readHeadings(page: TextPage, from: number, captions: Captions, lenientHeadings: boolean): { headings: Headings; rowsAt: number } {
  const { lines } = page;
  const headings: Headings = { lines: [], cells: [], texts: [] };
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || captions.takeUnit(line)) continue;
    const phrases = lexHeading(line);
    const monthHeading = headings.lines.some(hasMonthCorner) || (phrases !== null && hasMonthCorner(phrases));
    const labelOfFigures = labelsFigureLine(lines, i, monthHeading);
    if (phrases && !labelOfFigures) {
      headings.lines.push(phrases);
      headings.cells.push(tabCells(page.tabbed[i]));
      headings.texts.push(line.replace(/\s+/g, ' '));
      continue;
    }
    if (lenientHeadings && !startsRows(lines[i], labelOfFigures)) continue;
    break;
  }
  return { headings, rowsAt: i };
}

/**
 * Whether line `i` is the label of a line of figures under it, and so not a heading even when its
 * words are heading phrases; in a series table a month figure line ("2023.01 ...") carries its own label.
 */
function labelsFigureLine(lines: string[], i: number, monthHeading: boolean): boolean {
  const next = nextNonEmpty(lines, i + 1);
  if (next < 0) return false;
  const seriesNext = monthHeading && seriesLabel(splitLine(lines[next]).cells) !== null;
  return isFigureLine(lines[next]) && !lexHeading(lines[next].trim()) && !seriesNext;
}

/** With lenient headings, the first line that is a label with figures (or a label over a figure line) starts the rows. */
function startsRows(line: string, labelOfFigures: boolean): boolean {
  const split = splitLine(line);
  return (split.label !== '' && split.cells.length > 0) || (split.cells.length === 0 && labelOfFigures);
}

/** What reading one line did: go on, stop (the rows ended), or fail with a reason. */
type LineStep = 'next' | 'stop' | { reason: string };

/** The rows of a text rendering, grouped from its lines after the headings. */
class TextRows {
  readonly collector = new RowCollector();
  /** The first line after the rows (a footer, or a label that starts nothing); the page's length when the rows run to its end. */
  end: number;
  readonly hasUnitColumn: boolean;
  private readonly monthCorner: boolean;
  /** The first parts of a label wrapped over lines of their own, and the line it started on. */
  private wrapped: { text: string; at: number } | null = null;

  constructor(
    private readonly lines: string[],
    private readonly headings: Headings,
  ) {
    this.end = lines.length;
    this.hasUnitColumn = headings.lines.some((line) => line.some((p) => p.cls === 'rowunit'));
    this.monthCorner = headings.lines.some(hasMonthCorner);
  }

  /** Reads the rows from line `from` on; the reason when they cannot be read. */
  read(from: number): string | null {
    for (let i = from; i < this.lines.length; i++) {
      const raw = this.lines[i];
      if (raw.trim() === '') continue;
      if (FOOTER.test(raw)) {
        this.end = i;
        return null;
      }
      // Long tables repeat their heading lines (page breaks, Word exports): the whole block again is not rows.
      const repeated = repeatedBlock(this.lines, i, this.headings.texts);
      if (repeated > i) {
        i = repeated - 1;
        continue;
      }
      const step = this.readLine(i);
      if (step === 'stop') return null;
      if (step !== 'next') return step.reason;
    }
    return null;
  }

  private readLine(i: number): LineStep {
    const split = splitLine(this.lines[i]);
    if (this.monthCorner && split.label === '' && seriesLabel(split.cells) !== null) split.label = split.cells.shift() as string;
    if (split.label === '') return this.collector.addFigures(split.cells) ? 'next' : { reason: `figures on line ${i + 1} come before any row label` };
    if (this.isUnitLine(split)) {
      this.collector.current!.rowUnit = split.label;
      return 'next';
    }
    if (split.cells.length === 0) {
      const role = this.labelOnly(i, split.label);
      if (role !== 'row') return role;
    }
    this.startRow(i, split);
    return 'next';
  }

  /** A cell-per-line row: its quantity unit comes on its own line after the label. */
  private isUnitLine(split: SplitLine): boolean {
    const current = this.collector.current;
    if (!current || !this.hasUnitColumn || split.cells.length > 0) return false;
    return current.lines.length === 1 && current.lines[0].length === 0 && current.rowUnit === null && parseQuantityUnit(split.label) !== null;
  }

  /** A label with no figures: "of which:", part of a label wrapped onto the next line, a row whose figures follow, or the end of the rows. */
  private labelOnly(i: number, label: string): 'next' | 'stop' | 'row' {
    if (OF_WHICH_LINE.test(label.trim())) {
      this.collector.markOfWhich();
      return 'next';
    }
    const next = nextNonEmpty(this.lines, i + 1);
    const following = next >= 0 ? splitLine(this.lines[next]) : null;
    const figuresNext = following !== null && following.label === '' && following.cells.length > 0;
    const unitThenFigures = this.hasUnitColumn && next >= 0 && parseQuantityUnit(this.lines[next].trim()) !== null;
    if (figuresNext || unitThenFigures) return 'row';
    if (following && following.label !== '' && !FOOTER.test(this.lines[next]) && continuesLabel(label, following.label)) {
      this.wrapped = this.wrapped === null ? { text: label, at: i } : { text: `${this.wrapped.text} ${label}`, at: this.wrapped.at };
      return 'next';
    }
    this.stopAt(i, label, next < 0);
    return 'stop';
  }

  /**
   * The rows end at line `i`. When that is the body's last line, figures and all, but its last
   * figure cut short ("3,093,488 8,"), the page stops inside this row: it is named as cut, never read.
   */
  private stopAt(i: number, label: string, lastLine: boolean): void {
    const cutRow = lastLine && this.collector.rows.length > 0 && /\s[-\d][\d,.]*\s+\S/.test(label);
    if (cutRow) this.collector.rows.push({ label: label.replace(/\s+[-\d][\d,.]*(?:\s.*)?$/, ''), rowUnit: null, unitPending: false, subRow: false, lines: [[]], where: `line ${i + 1}`, cut: true });
    this.end = cutRow ? this.lines.length : i;
  }

  private startRow(i: number, split: SplitLine): void {
    // A label wrapped over lines: its first parts came on lines of their own.
    const labelText = this.wrapped ? `${this.wrapped.text} ${split.label}` : split.label;
    const at = this.wrapped ? this.wrapped.at : i;
    this.wrapped = null;
    const { label, rowUnit } = this.hasUnitColumn ? splitRowUnit(labelText) : { label: labelText, rowUnit: null };
    this.collector.start(label, { rowUnit, unitPending: this.hasUnitColumn && rowUnit === null, indent: split.indent, cells: split.cells, where: `line ${at + 1}` });
  }
}

/**
 * The quantity unit at the end of a label, in a table with a unit column. Units may be spelled out
 * in words ("Ten thousand tons"): the longest trailing run is tried first, always leaving at least
 * one word of label.
 */
function splitRowUnit(labelText: string): { label: string; rowUnit: string | null } {
  const words = labelText.split(/\s+/);
  for (let take = Math.min(3, words.length - 1); take >= 1; take -= 1) {
    const tail = words.slice(words.length - take).join(' ');
    if (!parseQuantityUnit(tail)) continue;
    // A number or a magnitude word just before the unit ("10 000 units", "10K units") is part
    // of the unit, not of the label: reading only "units" would be silently off by that factor.
    // The whole run then becomes the unit, which is not understood, and the table is rejected.
    const before = words[words.length - take - 1];
    if (before !== undefined && UNIT_PREFIX.test(before)) return { label: words.slice(0, words.length - take - 1).join(' ') || before, rowUnit: `${before} ${tail}` };
    return { label: words.slice(0, words.length - take).join(' '), rowUnit: tail };
  }
  return { label: labelText, rowUnit: null };
}

/** Anything that still looks like a row after the end is a row this reader did not understand: the reason, or null. */
function rowAfterEnd(lines: string[], end: number): string | null {
  for (let j = end + 1; j < lines.length; j++) {
    const raw = lines[j];
    if (raw.trim() === '' || FOOTER.test(raw)) continue;
    const split = splitLine(raw);
    if (split.label !== '' && split.cells.filter((c) => /\d/.test(c)).length >= 2) {
      return `line ${end + 1} ("${lines[end].trim().slice(0, 60)}") ends the table but line ${j + 1} still looks like a row of figures; the table is not understood`;
    }
  }
  return null;
}
