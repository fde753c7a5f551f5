/** Renderers of the public row into file formats. Column order is always OBSERVATION_COLUMNS. */
import { OBSERVATION_COLUMNS, type Observation } from '../contract.js';

const CSV_SPECIAL = /[",\r\n]/;

/**
 * Text cells a spreadsheet would run as a formula: starting with =, +, -, @, tab or CR. Quotes
 * and labels come from third-party pages, so a hostile one ("=HYPERLINK(...)") must stay inert.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell inert in spreadsheets (CSV only; JSON, NDJSON and Parquet keep the exact text):
 * a leading apostrophe, which spreadsheets read as "this is text" and do not display. Numbers are
 * never text here, so no figure is ever touched: -12.5 stays -12.5.
 */
export function inertCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF; empty for null. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? inertCsvText(value) : typeof value === 'number' ? numberText(value) : String(value);
  return CSV_SPECIAL.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Numbers without exponent notation, so that 2.7e12 is written as 2717530000000. */
export function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(12).replace(/\.?0+$/, '') : text;
}

/** The CSV header line (CRLF-terminated, as RFC 4180 asks). */
export const CSV_HEADER = `${OBSERVATION_COLUMNS.join(',')}\r\n`;

/** Text columns whose values never repeat: looking them up would only fill the caches. */
const UNIQUE_TEXT = new Set<string>(['observation_id', 'source_quote']);
/** Distinct values remembered per column; past it, new values are rendered every time (prose must not grow memory). */
const CACHE_LIMIT = 4096;

/**
 * A column's rendered text cells by value. Labels, units, periods, releases and links repeat
 * across thousands of rows, so a lookup replaces the escaping checks of every cell (measured
 * about 2.5x cheaper than rendering them again).
 */
class CellCache {
  private readonly cells = new Map<string, string>();
  constructor(private readonly render: (value: string) => string) {}

  get(value: string): string {
    let cell = this.cells.get(value);
    if (cell === undefined) {
      cell = this.render(value);
      if (this.cells.size < CACHE_LIMIT) this.cells.set(value, cell);
    }
    return cell;
  }
}

/** Per column: a cache for repeating text columns, null for the rest. Module-wide: every publish in the process shares them. */
const cachesFor = (render: (value: string) => string) => OBSERVATION_COLUMNS.map((c) => (UNIQUE_TEXT.has(c) ? null : new CellCache(render)));
const CSV_CELLS = cachesFor(csvField);
const JSON_CELLS = cachesFor(jsonValue);

/** One cell of a column: looked up for repeating text, rendered otherwise. */
function cell(caches: (CellCache | null)[], render: (value: unknown) => string, column: number, value: unknown): string {
  const cache = caches[column];
  return cache !== null && typeof value === 'string' ? cache.get(value) : render(value);
}

/** One observation as one CSV record (CRLF-terminated), built by appending: no array per row. */
export function csvRecord(row: Observation): string {
  let out = cell(CSV_CELLS, csvField, 0, row[OBSERVATION_COLUMNS[0]]);
  for (let i = 1; i < OBSERVATION_COLUMNS.length; i++) out += `,${cell(CSV_CELLS, csvField, i, row[OBSERVATION_COLUMNS[i]])}`;
  return `${out}\r\n`;
}

/** What JSON.stringify escapes in a string: quote, backslash, control characters, (lone) surrogates. */
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A value as JSON.stringify writes it inside an object (strings, numbers, null); undefined is the caller's to omit. */
export function jsonValue(value: unknown): string {
  // Most strings need no escaping: quoting them directly is much cheaper than JSON.stringify.
  if (typeof value === 'string') return JSON_ESCAPED.test(value) ? JSON.stringify(value) : `"${value}"`;
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return JSON.stringify(value);
}

/** `{"observation_id":`, `,"dataset":`, ...: the key part of each member, built once. */
const JSON_KEYS = OBSERVATION_COLUMNS.map((column, i) => `${i === 0 ? '{' : ','}${JSON.stringify(column)}:`);

/**
 * One observation as a JSON object with the columns in order. Byte-identical to JSON.stringify of
 * the ordered object (a unit test holds it to that) but without building the object: this runs
 * several times per row per version.
 */
export function jsonRecord(row: Observation): string {
  let out = '';
  for (let i = 0; i < OBSERVATION_COLUMNS.length; i++) {
    const value = row[OBSERVATION_COLUMNS[i]];
    out += JSON_KEYS[i] + (value === undefined ? 'null' : cell(JSON_CELLS, jsonValue, i, value));
  }
  return `${out}}`;
}

/** The first key of every ndjson line we write is observation_id, so the id is read without parsing the line. */
const ID_PREFIX = '{"observation_id":"';

/** The observation_id of one observations.ndjson line. */
export function lineObservationId(line: string): string {
  if (line.startsWith(ID_PREFIX)) {
    const end = line.indexOf('"', ID_PREFIX.length);
    const id = line.slice(ID_PREFIX.length, end);
    if (!id.includes('\\')) return id;
  }
  return String((JSON.parse(line) as { observation_id: unknown }).observation_id);
}

/** delta.csv: a `change` column (added, revised or removed) before the contract's columns; a record is `<change>,` then the row's CSV record. */
export const DELTA_HEADER = `change,${OBSERVATION_COLUMNS.join(',')}\r\n`;

/** Which versions a revision is part of: introduced_in <= K and (superseded_in is null or K < superseded_in). */
export interface VintageInterval {
  introduced_in: number;
  superseded_in: number | null;
}

/** One vintages.ndjson line: the interval first (cheap to read back), then the row's columns in order. */
export function vintageRecord(interval: VintageInterval, row: Observation): string {
  return vintagePrefix(interval) + jsonRecord(row).slice(1);
}

/** The interval part of a vintage line, up to and including the comma before observation_id. */
export function vintagePrefix(interval: VintageInterval): string {
  return `{"introduced_in":${interval.introduced_in},"superseded_in":${interval.superseded_in ?? 'null'},`;
}

const VINTAGE_HEAD = /^\{"introduced_in":(\d+),"superseded_in":(null|\d+),"observation_id":"([^"\\]*)"/;
const REVISION_KEY = ',"revision":';

/** The id, revision and interval of one vintages.ndjson line (reads only its ends in the common case). */
export function parseVintageLine(line: string): VintageInterval & { observation_id: string; revision: number } {
  const head = VINTAGE_HEAD.exec(line);
  // A quote inside a JSON string is escaped, so `,"revision":` is the key itself, not text in a value.
  const at = line.lastIndexOf(REVISION_KEY);
  const from = at + REVISION_KEY.length;
  let to = from;
  while (to < line.length && line.charCodeAt(to) >= 48 && line.charCodeAt(to) <= 57) to++;
  const revision = at > 0 && to > from && (line[to] === ',' || line[to] === '}') ? Number(line.slice(from, to)) : NaN;
  if (head && Number.isInteger(revision)) return { introduced_in: Number(head[1]), superseded_in: head[2] === 'null' ? null : Number(head[2]), observation_id: head[3], revision };
  const parsed = JSON.parse(line) as VintageInterval & Observation;
  return { introduced_in: parsed.introduced_in, superseded_in: parsed.superseded_in, observation_id: parsed.observation_id, revision: parsed.revision };
}
