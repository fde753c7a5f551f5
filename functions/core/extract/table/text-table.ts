/**
 * Text renderings: a table printed as lines. Two shapes occur: a row per line (label then
 * figures, year-on-year figures on the next line) and a cell per line (label, then each figure
 * on its own line). Empty cells may vanish from either, so this reader never places a figure:
 * it only groups lines into rows; alignment is decided later against the headings.
 */
import { findUnitText, parseTitle, type Title } from './caption.js';
import { isCellToken } from './cells.js';
import { FOOTER, SHADED_NOTE, cleanLabel, continuesLabel, type RawRow, type ReadResult } from './model.js';
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

/** Reads a text rendering into title, unit, heading lines and rows. */
export function readTextTable(body: string, options: TextReadOptions): ReadResult {
  const normalized = normalizeKeepingTabs(body);
  const tabbed = unpipeTable(normalized)
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''));
  // In a tab-separated copy a cell is a field, so a figure grouped with spaces ("1 234 567") is one
  // figure there; without tabs the same spaces would be cell boundaries, and it is left to alignment.
  const lines = tabbed.map((line) => (line.includes('\t') ? line.split('\t').map(joinSpaceGroups).join(' ') : line));
  const nextNonEmpty = (from: number): number => {
    for (let i = from; i < lines.length; i++) if (lines[i].trim() !== '') return i;
    return -1;
  };

  let title: Title | null = null;
  let unitText: string | null = null;
  let i = 0;
  // Preamble: page furniture, the title (often twice) and the unit line.
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const unit = findUnitText(line);
    if (unit !== null) {
      unitText ??= unit;
      continue;
    }
    const parsed = parseTitle(line);
    if (parsed && !isFigureLine(line)) {
      title = parsed;
      continue;
    }
    if (title && lexHeading(line.trim())) break;
    if (title && options.lenientHeadings) break;
  }
  if (!title) return { ok: false, reason: 'no table title with a year was found' };

  // Headings: lines made only of known heading phrases, up to the first row label.
  const headingLines: Phrase[][] = [];
  const headingCells: Array<Phrase[][] | null> = [];
  const headingTexts: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const unit = findUnitText(line);
    if (unit !== null) {
      unitText ??= unit;
      continue;
    }
    const phrases = lexHeading(line);
    const next = nextNonEmpty(i + 1);
    const monthHeading = headingLines.some(hasMonthCorner) || (phrases !== null && hasMonthCorner(phrases));
    const seriesNext = next >= 0 && monthHeading && seriesLabel(splitLine(lines[next]).cells) !== null;
    const labelOfFigures = next >= 0 && isFigureLine(lines[next]) && !lexHeading(lines[next].trim()) && !seriesNext;
    if (phrases && !labelOfFigures) {
      headingLines.push(phrases);
      headingCells.push(tabCells(tabbed[i]));
      headingTexts.push(line.replace(/\s+/g, ' '));
      continue;
    }
    if (options.lenientHeadings) {
      const split = splitLine(lines[i]);
      const startsData = (split.label !== '' && split.cells.length > 0) || (split.cells.length === 0 && labelOfFigures);
      if (!startsData) continue;
    }
    break;
  }

  const rows: RawRow[] = [];
  let ofWhichLine = false;
  let afterOfWhich = false;
  let current: RawRow | null = null;
  let wrapped: { text: string; at: number } | null = null;
  let end = lines.length;
  const hasUnitColumn = headingLines.some((line) => line.some((p) => p.cls === 'rowunit'));
  const monthCorner = headingLines.some(hasMonthCorner);
  for (; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === '') continue;
    if (FOOTER.test(raw)) {
      end = i;
      break;
    }
    // Long tables repeat their heading lines (page breaks, Word exports): the whole block again is not rows.
    const repeated = repeatedBlock(lines, i, headingTexts);
    if (repeated > i) {
      i = repeated - 1;
      continue;
    }
    const split = splitLine(raw);
    if (monthCorner && split.label === '' && seriesLabel(split.cells) !== null) split.label = split.cells.shift() as string;
    if (split.label === '') {
      if (!current) return { ok: false, reason: `figures on line ${i + 1} come before any row label` };
      current.lines.push(split.cells);
      continue;
    }
    // A cell-per-line row: its quantity unit comes on its own line after the label.
    if (current && hasUnitColumn && split.cells.length === 0 && current.lines.length === 1 && current.lines[0].length === 0 && current.rowUnit === null && parseQuantityUnit(split.label)) {
      current.rowUnit = split.label;
      continue;
    }
    if (split.cells.length === 0) {
      if (/^(?:of\s+which|including)\s*:?$/i.test(split.label.trim())) {
        ofWhichLine = true;
        afterOfWhich = true;
        continue;
      }
      const next = nextNonEmpty(i + 1);
      const following = next >= 0 ? splitLine(lines[next]) : null;
      const figuresNext = following !== null && following.label === '' && following.cells.length > 0;
      const unitThenFigures = hasUnitColumn && next >= 0 && parseQuantityUnit(lines[next].trim()) !== null;
      if (!figuresNext && !unitThenFigures && following && following.label !== '' && !FOOTER.test(lines[next]) && continuesLabel(split.label, following.label)) {
        wrapped = wrapped === null ? { text: split.label, at: i } : { text: `${wrapped.text} ${split.label}`, at: wrapped.at };
        continue;
      }
      if (!figuresNext && !unitThenFigures) {
        // The body's last line, figures and all, but its last figure cut short ("3,093,488 8,"):
        // the page stops inside this row. It is named as cut, never read.
        const cutRow = next < 0 && rows.length > 0 && /\s[-\d][\d,.]*\s+\S/.test(split.label);
        if (cutRow) rows.push({ label: split.label.replace(/\s+[-\d][\d,.]*(?:\s.*)?$/, ''), rowUnit: null, unitPending: false, subRow: false, lines: [[]], where: `line ${i + 1}`, cut: true });
        end = cutRow ? lines.length : i;
        break;
      }
    }
    // A label wrapped over lines: its first parts came on lines of their own.
    let labelText = wrapped ? `${wrapped.text} ${split.label}` : split.label;
    const at = wrapped ? wrapped.at : i;
    wrapped = null;
    let rowUnit: string | null = null;
    if (hasUnitColumn) {
      // Units may be spelled out in words ("Ten thousand tons"): try the longest trailing run first,
      // always leaving at least one word of label.
      const words = labelText.split(/\s+/);
      for (let take = Math.min(3, words.length - 1); take >= 1; take -= 1) {
        const tail = words.slice(words.length - take).join(' ');
        if (parseQuantityUnit(tail)) {
          rowUnit = tail;
          labelText = words.slice(0, words.length - take).join(' ');
          // A number or a magnitude word just before the unit ("10 000 units", "10K units") is part
          // of the unit, not of the label: reading only "units" would be silently off by that factor.
          // The whole run then becomes the unit, which is not understood, and the table is rejected.
          const before = words[words.length - take - 1];
          if (before !== undefined && UNIT_PREFIX.test(before)) {
            rowUnit = `${before} ${tail}`;
            labelText = words.slice(0, words.length - take - 1).join(' ') || before;
          }
          break;
        }
      }
    }
    const cleaned = cleanLabel(labelText);
    current = {
      label: cleaned.label,
      rowUnit,
      unitPending: hasUnitColumn && rowUnit === null,
      subRow: cleaned.ofWhich || afterOfWhich || split.indent > 0,
      lines: [split.cells],
      where: `line ${at + 1}`,
    };
    rows.push(current);
  }
  if (end === lines.length && rows.length > 0 && endsMidLine(normalized.split('\n'), rows[0].where)) rows[rows.length - 1].cut = true;
  // Anything that still looks like a row after the end is a row this reader did not understand.
  for (let j = end + 1; j < lines.length; j++) {
    const raw = lines[j];
    if (raw.trim() === '' || FOOTER.test(raw)) continue;
    const split = splitLine(raw);
    if (split.label !== '' && split.cells.filter((c) => /\d/.test(c)).length >= 2) {
      return { ok: false, reason: `line ${end + 1} ("${lines[end].trim().slice(0, 60)}") ends the table but line ${j + 1} still looks like a row of figures; the table is not understood` };
    }
  }
  const notes = lines.slice(end).join(' ');
  return {
    ok: true,
    table: {
      rendering: 'text',
      title,
      unitText,
      columnPaths: null,
      headingLines,
      headingCells,
      unknownHeadings: [],
      valueColumns: null,
      rowUnitColumn: hasUnitColumn,
      yoyBelowHint: SHADED_NOTE.test(notes),
      rows,
      exactCells: false,
      ofWhichLine,
    },
  };
}
