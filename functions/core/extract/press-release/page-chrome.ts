/**
 * Page chrome and page layout a scraper keeps in a release's text, tidied before any reader sees it (index.ts TIDYING).
 * Each pass writes over what it tidies with characters of the same length (spaces, or a bar for a line end), so offsets
 * into the text stay valid.
 */

// "*********", "=========", "---------", "_________" alone on a line: a rule a page draws under its heading or above its
// footnotes. It is no paragraph: left in, it counts as one and pushes the agency's lead paragraph out of the lead.
const RULE_LINE = /^[ \t]*(?:\*{3,}|={3,}|-{3,}|_{3,}|~{3,}|#{3,})[ \t]*$/gm;

/** Lines that are only a drawn rule, as spaces. */
export function blankRuleLines(text: string): string {
  if (!text.includes('***') && !text.includes('===') && !text.includes('---') && !text.includes('___') && !text.includes('~~~') && !text.includes('###')) return text;
  return text.replace(RULE_LINE, (line) => ' '.repeat(line.length));
}

// "(1 metric ton = 1,000 kilograms)", "1 US dollar = 7.10 yuan": a note that defines one of a unit by an amount of
// another. Its figures are a definition (or a rate), never a trade figure: the whole note is blanked, in brackets or alone
// on its line. The units are up to four words (letters, dots, "$"); the sign between them is "=".
const UNIT_WORDS = String.raw`(?:[A-Za-z$.]+[ \t]+){0,3}[A-Za-z$.]+`;
// (a245) The unit defined may be a round count of it, as Chinese tables' units are: "100 million yuan = 0.1 billion yuan",
// "10,000 tonnes = 10 kilotonnes", "1,000 TEU = 1 kTEU".
const DEFINED_COUNT = String.raw`(?:1|10|100|1[, ]?000|10[, ]?000)`;
const CONVERSION_NOTE = new RegExp(String.raw`\([ \t]*${DEFINED_COUNT}[ \t]+${UNIT_WORDS}[ \t]*=[ \t]*\d[\d.,]*[ \t]*${UNIT_WORDS}[ \t]*\)|^[ \t]*${DEFINED_COUNT}[ \t]+${UNIT_WORDS}[ \t]*=[ \t]*\d[\d.,]*[ \t]*${UNIT_WORDS}[ \t.]*$`, 'gm');

/** Notes defining one unit by another, as spaces. */
export function blankConversionNotes(text: string): string {
  if (!text.includes('=')) return text;
  return text.replace(CONVERSION_NOTE, (note) => ' '.repeat(note.length));
}

// One cell of a table alone on its line: a number as tables print it ("14.6", "-4.1", "+22.7", "1,234", "6.0%").
const NUMBER_CELL = /^[ \t]*[+\-−–]?\d[\d,]*(?:\.\d+)?%?[ \t]*$/;
// A row's label or a column's head alone on its line: short words with a letter and no stop at the end (a sentence's line
// ends with one).
const WORD_CELL = /^[ \t]*(?=[^\n]*\p{L})[^\n|]{1,60}?(?<![.!?:;,])[ \t]*$/u;
/** Rows (a label, then its numbers) a stacked table needs before it is read as one. */
const STACKED_MIN_ROWS = 2;

/**
 * "Port" / "Imports and exports (billion yuan)" / "Change (%)" / "Suifenhe" / "14.6" / "9.3" / "Heihe" / ...: a table a
 * scraper flattened to one cell a line. Each row is a label and the same count of numbers, the column heads the same count
 * of lines right above the first row; such a table's line ends inside a row become bars, so the table reader (pipe-table.ts)
 * reads "Port|Imports and exports (billion yuan)|Change (%)" over "Suifenhe|14.6|9.3". (A bar for a line end: offsets stay.)
 */
export function stackedTablesAsRows(text: string): string {
  const lines = text.split('\n');
  const bars = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    const table = stackedTableAt(lines, i);
    if (!table) { i++; continue; }
    for (let row = table.headAt; row < table.end; row += table.width) for (let k = row; k < row + table.width - 1; k++) bars.add(k);
    i = table.end;
  }
  if (!bars.size) return text;
  return lines.map((line, k) => line + (k === lines.length - 1 ? '' : bars.has(k) ? '|' : '\n')).join('');
}

/** The stacked table whose first row's label is line `at`: where its heads start, its width in cells, and its end. */
function stackedTableAt(lines: string[], at: number): { headAt: number; width: number; end: number } | null {
  if (!WORD_CELL.test(lines[at]) || NUMBER_CELL.test(lines[at])) return null;
  let width = 1;
  while (at + width < lines.length && NUMBER_CELL.test(lines[at + width])) width++;
  const headAt = at - width;
  if (width < 2 || headAt < 0) return null;
  for (let k = headAt; k < at; k++) if (!WORD_CELL.test(lines[k]) || NUMBER_CELL.test(lines[k])) return null;
  let end = at;
  while (end + width <= lines.length && isStackedRow(lines, end, width)) end += width;
  return (end - at) / width >= STACKED_MIN_ROWS ? { headAt, width, end } : null;
}

/** True when lines `at` .. `at + width - 1` are a label and then numbers only. */
function isStackedRow(lines: string[], at: number, width: number): boolean {
  if (!WORD_CELL.test(lines[at]) || NUMBER_CELL.test(lines[at])) return false;
  for (let k = at + 1; k < at + width; k++) if (!NUMBER_CELL.test(lines[k])) return false;
  return true;
}
