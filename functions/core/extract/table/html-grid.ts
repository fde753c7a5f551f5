/**
 * HTML tables as cell matrices: every <td>/<th> placed on the grid its rowspan and colspan
 * cover, so a heading that spans columns sits above each of them. Text outside tables is kept
 * as lines (titles and unit lines are often printed above the table).
 */
import { Parser } from 'htmlparser2';
import { normalizeText } from './text.js';

/** One position of the grid. `copy` marks positions covered by a span of a cell that starts elsewhere. */
export interface GridCell {
  text: string;
  /** Identity of the source cell (shared by all positions it spans). */
  id: number;
  row: number;
  col: number;
  colspan: number;
  rowspan: number;
  copy: boolean;
  /** Leading no-break or ideographic spaces: how HTML tables indent sub-rows. */
  indent: number;
}

/** A table as a matrix (rows may be ragged; missing positions are undefined). */
export interface Grid {
  rows: Array<Array<GridCell | undefined>>;
  width: number;
  /** The spans cover more positions than any real table: the grid was cut short. */
  tooLarge: boolean;
  /** Outside text lines seen before this table started (page title, headings, unit line). */
  before: string[];
  /** Outside text lines after this table ended (notes). */
  after: string[];
  /** The page ended before the table was closed: its last row may be cut off mid-row. */
  unclosed: boolean;
}

interface RawCell {
  text: string;
  colspan: number;
  rowspan: number;
}

interface OpenTable {
  rows: RawCell[][];
  row: RawCell[] | null;
  cell: { text: string; colspan: number; rowspan: number } | null;
  beforeCount: number;
}

const BLOCK = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'title', 'section', 'article', 'header', 'footer', 'tr', 'table', 'hr', 'ul', 'ol', 'dt', 'dd', 'caption']);
const MAX_SPAN = 200;
const MAX_WIDTH = 400;
/** Grid positions a page may fill: far above any real table, low enough that hostile spans stay cheap. */
const MAX_POSITIONS = 2_000_000;

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** Parses every table of a page into grids, with the text around them. */
export function parseHtmlTables(html: string): Grid[] {
  const outside: string[] = [''];
  const finished: Array<{ rows: RawCell[][]; beforeCount: number; afterStart: number; unclosed: boolean }> = [];
  const stack: OpenTable[] = [];
  let skip = 0;

  const appendText = (text: string) => {
    const top = stack[stack.length - 1];
    if (top?.cell) top.cell.text += text;
    else if (!top) outside[outside.length - 1] += text;
  };
  const newLine = () => {
    const top = stack[stack.length - 1];
    if (top?.cell) top.cell.text += '\n';
    else if (!top && outside[outside.length - 1].trim() !== '') outside.push('');
  };
  const closeCell = (table: OpenTable) => {
    if (table.cell) {
      if (!table.row) {
        table.row = [];
        table.rows.push(table.row);
      }
      table.row.push({ text: table.cell.text, colspan: table.cell.colspan, rowspan: table.cell.rowspan });
      table.cell = null;
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'script' || name === 'style' || name === 'noscript') {
          skip++;
          return;
        }
        if (name === 'table') {
          newLine();
          stack.push({ rows: [], row: null, cell: null, beforeCount: outside.length });
          return;
        }
        const top = stack[stack.length - 1];
        if (top && name === 'tr') {
          closeCell(top);
          top.row = [];
          top.rows.push(top.row);
          return;
        }
        if (top && (name === 'td' || name === 'th')) {
          closeCell(top);
          if (!top.row) {
            top.row = [];
            top.rows.push(top.row);
          }
          top.cell = { text: '', colspan: span(attribs.colspan), rowspan: span(attribs.rowspan) };
          return;
        }
        if (BLOCK.has(name)) newLine();
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style' || name === 'noscript') {
          skip = Math.max(0, skip - 1);
          return;
        }
        const top = stack[stack.length - 1];
        if (name === 'table' && top) {
          closeCell(top);
          stack.pop();
          finished.push({ rows: top.rows, beforeCount: top.beforeCount, afterStart: outside.length, unclosed: false });
          newLine();
          return;
        }
        if (top && (name === 'td' || name === 'th')) {
          closeCell(top);
          return;
        }
        if (top && name === 'tr') {
          closeCell(top);
          top.row = null;
          return;
        }
        if (BLOCK.has(name)) newLine();
      },
      ontext(text) {
        if (skip === 0) appendText(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  while (stack.length > 0) {
    const top = stack.pop() as OpenTable;
    closeCell(top);
    finished.push({ rows: top.rows, beforeCount: top.beforeCount, afterStart: outside.length, unclosed: true });
  }
  const lines = outside.map((line) => normalizeText(line).replace(/\s+/g, ' ').trim());
  return finished.map((table) => ({
    ...placeCells(table.rows),
    before: lines.slice(0, table.beforeCount).filter((line) => line !== ''),
    after: lines.slice(table.afterStart).filter((line) => line !== ''),
    unclosed: table.unclosed,
  }));
}

/** Places cells on the grid, honouring rowspan and colspan. */
function placeCells(rows: RawCell[][]): { rows: Array<Array<GridCell | undefined>>; width: number; tooLarge: boolean } {
  const grid: Array<Array<GridCell | undefined>> = [];
  let id = 0;
  let width = 0;
  let budget = MAX_POSITIONS;
  for (const [r, row] of rows.entries()) {
    if (budget <= 0) break;
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r][c] !== undefined) c++;
      if (c >= MAX_WIDTH) break;
      const text = normalizeText(cell.text);
      const lead = /^[ \n\t\r]*([\u00a0\u3000 \n\t\r]*)/.exec(cell.text)?.[1] ?? '';
      const indent = (lead.match(/[\u00a0\u3000]/g) ?? []).length;
      const cellId = id++;
      const rowspan = Math.min(cell.rowspan, rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cell.colspan && c + dc < MAX_WIDTH; dc++) {
          budget--;
          grid[r + dr][c + dc] = { text, id: cellId, row: r, col: c, colspan: cell.colspan, rowspan, copy: dr > 0 || dc > 0, indent };
        }
      }
      c += cell.colspan;
      width = Math.max(width, Math.min(c, MAX_WIDTH));
    }
  }
  for (let r = 0; r < rows.length; r++) grid[r] ??= [];
  return { rows: grid, width, tooLarge: budget <= 0 };
}
