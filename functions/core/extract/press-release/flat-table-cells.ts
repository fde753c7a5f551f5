/**
 * The numbers of a flattened table row: tokens of a line, the ways space-grouped thousands
 * ("1 692.3") can be grouped into a given number of columns, and the check that a growth column
 * agrees with the two levels it compares. Used by flat-table.ts.
 */

/** A whitespace-, bar- or semicolon-separated token of a line, with where it sits in the line. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** The separator before it is a bar, a tab, a semicolon or two spaces or more (a column break for sure). */
  strongBefore: boolean;
}

/** Splits a line into tokens; bars, tabs, semicolons and runs of spaces are column breaks. */
export function tokensOf(line: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of line.matchAll(/[^\s|;]+/g)) {
    const gap = line.slice(prevEnd, m.index);
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, strongBefore: /[|;\t]| {2}/.test(gap) });
    prevEnd = m.index + m[0].length;
  }
  return tokens;
}

/** A number as a table cell writes it: optional sign, digits with "," thousands or a "." decimal, optional "%". */
const NUMBER_TOKEN = /^[+\-–]?\d+(?:[.,]\d+)*%?$/;

/** True for a token that is a number cell (or part of one). */
export function isNumberToken(text: string): boolean {
  return NUMBER_TOKEN.test(text);
}

/** Count of digit runs in a line: the cheap gate (a table row has at least three numbers). */
export function digitRuns(line: string, cap: number): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < line.length && runs < cap; i++) {
    const c = line.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (digit && !inRun) runs++;
    inRun = digit || (inRun && (c === 46 || c === 44));
  }
  return runs;
}

/**
 * "1 692,3 1 741,9 2,9%": a row that writes no decimal point and ends numbers in a comma with one or
 * two digits uses decimal commas (its thousands are spaces); its tokens with points instead. A comma
 * followed by three digits ("1,692") could be either, so such a row stays as written.
 */
export function withDecimalPoints(tokens: Token[]): Token[] {
  const decimalComma = /,\d{1,2}%?$/;
  if (!tokens.some((t) => decimalComma.test(t.text)) || tokens.some((t) => t.text.includes('.') || /,\d{3}/.test(t.text))) return tokens;
  return tokens.map((t) => ({ ...t, text: t.text.replace(',', '.') }));
}

/** What a column holds: a level, a growth rate in percent, or an index (last year = 100). */
export type CellKind = 'level' | 'percent';

/** A cell read: its value as written (no scale), and whether it carried a "%". */
export interface Cell {
  value: number;
  /** The digits as written without grouping, for exact scaling ("16204.5"). */
  digits: string;
  percent: boolean;
}

// One space-grouped number: a lead of one to three digits (signed), then groups of exactly three,
// the last of which may carry the decimals ("1 692.3", "-12 345", "16 204.5").
const GROUP_LEAD = /^[+\-–]?\d{1,3}$/;
const GROUP_MIDDLE = /^\d{3}$/;
const GROUP_LAST = /^\d{3}(?:\.\d+)?$/;
// A single token: "1,692.3" (comma thousands), "692.3", "+2.9%"; "12,5" (a decimal comma) and "001.7"
// (the tail of a space-grouped number) are not read.
const SINGLE = /^([+\-–]?)(?!0\d)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(%?)$/;

/** Reads the tokens of one cell as one number, or null when they are not one number as tables write them. */
export function readCell(parts: string[], kind: CellKind): Cell | null {
  if (parts.length === 1) {
    const m = SINGLE.exec(parts[0]);
    if (!m) return null;
    if (kind === 'level' && m[3]) return null;
    const digits = `${m[1] === '' || m[1] === '+' ? '' : '-'}${m[2].replace(/,/g, '')}`;
    return { value: Number(digits), digits, percent: m[3] === '%' };
  }
  // Growth rates and indexes are never space-grouped: "1 2.9%" is two cells.
  if (kind !== 'level' || !GROUP_LEAD.test(parts[0]) || !GROUP_LAST.test(parts[parts.length - 1])) return null;
  if (!parts.slice(1, -1).every((p) => GROUP_MIDDLE.test(p))) return null;
  const digits = parts.join('').replace('–', '-').replace('+', '');
  return { value: Number(digits), digits, percent: false };
}

/** Longest run of tokens one space-grouped number takes ("1 234 567 890.5"). */
const MAX_GROUPS = 5;
/** Past this many readings of one row the row is ambiguous anyway. */
const MAX_READINGS = 8;

/**
 * Every way to read the tokens as exactly one cell per column, in order. Strong separators (bars,
 * tabs, wide gaps) are column breaks and single spaces are not when the row has any; otherwise a
 * single space may be either a column break or a thousands separator, and every reading is returned.
 */
export function groupings(tokens: Token[], kinds: CellKind[]): Cell[][] {
  const strong = tokens.slice(1).some((t) => t.strongBefore);
  // The cells that may start at token i in column `column`, each with the token after it.
  const cellsAt = (i: number, column: number): Array<[Cell, number]> => {
    const found: Array<[Cell, number]> = [];
    for (let n = 1; n <= MAX_GROUPS && i + n <= tokens.length; n++) {
      if (strong && n > 1 && tokens[i + n - 1].strongBefore) break;
      if (strong && i + n < tokens.length && !tokens[i + n].strongBefore) continue;
      const cell = readCell(tokens.slice(i, i + n).map((t) => t.text), kinds[column]);
      if (cell) found.push([cell, i + n]);
    }
    return found;
  };
  // Whether the row can be finished from (token, column), remembered: the walk below then only
  // follows paths that end, so its work is bounded by the readings it returns, not exponential.
  const finishes = new Map<number, boolean>();
  const canFinish = (i: number, column: number): boolean => {
    if (column === kinds.length) return i === tokens.length;
    const key = i * (kinds.length + 1) + column;
    let ok = finishes.get(key);
    if (ok === undefined) finishes.set(key, (ok = cellsAt(i, column).some(([, next]) => canFinish(next, column + 1))));
    return ok;
  };
  const out: Cell[][] = [];
  const walk = (i: number, column: number, cells: Cell[]) => {
    if (out.length > MAX_READINGS) return;
    if (column === kinds.length) {
      out.push(cells);
      return;
    }
    for (const [cell, next] of cellsAt(i, column)) if (canFinish(next, column + 1)) walk(next, column + 1, [...cells, cell]);
  };
  if (canFinish(0, 0)) walk(0, 0, []);
  return out;
}

const decimalsOf = (digits: string): number => (digits.split('.')[1] ?? '').length;

/**
 * True when a growth rate written as `growth` is what the two levels give: (current / base - 1) x 100,
 * within half a unit of its last written digit plus a little for the levels' own rounding.
 */
export function growthAgrees(growth: Cell, current: Cell, base: Cell): boolean {
  if (base.value === 0) return false;
  const computed = (current.value / base.value - 1) * 100;
  const tolerance = 0.5 * 10 ** -decimalsOf(growth.digits) + 0.1;
  return Math.abs(computed - growth.value) <= tolerance;
}
