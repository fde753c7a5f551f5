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

/** Tags whose text is no content of the page. */
const SKIPPED = new Set(['script', 'style', 'noscript']);

interface FinishedTable {
  rows: RawCell[][];
  beforeCount: number;
  afterStart: number;
  unclosed: boolean;
}

/** Builds the tables of a page from the parser's events; tables may nest, text outside them is kept as lines. */
class TableBuilder {
  readonly outside: string[] = [''];
  readonly finished: FinishedTable[] = [];
  private readonly stack: OpenTable[] = [];
  private skip = 0;

  private get top(): OpenTable | undefined {
    return this.stack[this.stack.length - 1];
  }

  openTag(name: string, attribs: Record<string, string>): void {
    if (SKIPPED.has(name)) this.skip++;
    else if (name === 'table') {
      this.newLine();
      this.stack.push({ rows: [], row: null, cell: null, beforeCount: this.outside.length });
    } else if (this.top && name === 'tr') this.startRow(this.top);
    else if (this.top && (name === 'td' || name === 'th')) this.startCell(this.top, attribs);
    else if (BLOCK.has(name)) this.newLine();
  }

  /** `implied`: the parser closed the tag itself (the page ended, or an outer element closed, before it). */
  closeTag(name: string, implied: boolean): void {
    const top = this.top;
    if (SKIPPED.has(name)) this.skip = Math.max(0, this.skip - 1);
    else if (name === 'table' && top) {
      this.stack.pop();
      this.finish(top, implied);
      this.newLine();
    } else if (top && (name === 'td' || name === 'th')) closeCell(top);
    else if (top && name === 'tr') {
      closeCell(top);
      top.row = null;
    } else if (BLOCK.has(name)) this.newLine();
  }

  text(text: string): void {
    if (this.skip > 0) return;
    const top = this.top;
    if (top?.cell) top.cell.text += text;
    else if (!top) this.outside[this.outside.length - 1] += text;
  }

  /** The page ended: tables still open are finished as they stand. */
  end(): void {
    for (let top = this.stack.pop(); top; top = this.stack.pop()) this.finish(top, true);
  }

  private finish(table: OpenTable, unclosed: boolean): void {
    closeCell(table);
    this.finished.push({ rows: table.rows, beforeCount: table.beforeCount, afterStart: this.outside.length, unclosed });
  }

  private startRow(table: OpenTable): void {
    closeCell(table);
    table.row = [];
    table.rows.push(table.row);
  }

  private startCell(table: OpenTable, attribs: Record<string, string>): void {
    closeCell(table);
    if (!table.row) {
      table.row = [];
      table.rows.push(table.row);
    }
    table.cell = { text: '', colspan: span(attribs.colspan), rowspan: span(attribs.rowspan) };
  }

  private newLine(): void {
    const top = this.top;
    if (top?.cell) top.cell.text += '\n';
    else if (!top && this.outside[this.outside.length - 1].trim() !== '') this.outside.push('');
  }
}

/** Ends the open cell of a table, starting a row for it when none is open. */
function closeCell(table: OpenTable): void {
  if (!table.cell) return;
  if (!table.row) {
    table.row = [];
    table.rows.push(table.row);
  }
  table.row.push({ text: table.cell.text, colspan: table.cell.colspan, rowspan: table.cell.rowspan });
  table.cell = null;
}

/** Parses every table of a page into grids, with the text around them. */
export function parseHtmlTables(html: string): Grid[] {
  const builder = new TableBuilder();
  const parser = new Parser(
    {
      onopentag: (name, attribs) => builder.openTag(name, attribs),
      onclosetag: (name, implied) => builder.closeTag(name, implied),
      ontext: (text) => builder.text(text),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  builder.end();
  const lines = builder.outside.map((line) => normalizeText(line).replace(/\s+/g, ' ').trim());
  return builder.finished.map((table) => ({
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
