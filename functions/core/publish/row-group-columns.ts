/**
 * A Parquet row group's values while it fills (ParquetSink), kept outside the JavaScript heap:
 * unique texts (ids, quotes) as UTF-8 bytes in one buffer, unique figures in a Float64Array,
 * every other column as numbers into a dictionary of the row group's distinct values. A row
 * group is 16,384 rows; held as arrays of the rows' own values, its texts and boxed figures
 * outlived the young generation (two or three scavenges pass while it fills), so every row's
 * texts were copied into the old generation and collected there: most of what a version's files
 * promoted, and V8 sized the old generation to four times what was live for it.
 *
 * `values` gives each column back as the writer takes it: the same values (a unique text as a
 * Buffer of its UTF-8 bytes), so the file's bytes are the same.
 */

/** How a column's values wait: UTF-8 bytes, a number, or a code into the row group's dictionary. */
export type ColumnKind = 'bytes' | 'number' | 'coded';

/**
 * A row group's values taken out of the columns as they were (`RowGroupColumns.take`): typed
 * arrays and a byte buffer a worker thread can be sent (`transfer`), read there by `rowGroupValues`.
 */
export interface RowGroupData {
  rows: number;
  kinds: ColumnKind[];
  codes: Int32Array;
  numbers: Float64Array;
  ends: Int32Array;
  text: Uint8Array;
  dictionary: unknown[];
  others: Map<number, unknown>;
}

/** The buffers of a row group's data that move to a worker rather than being copied. */
export const transfer = (data: RowGroupData): ArrayBuffer[] => [data.codes, data.numbers, data.ends, data.text].map((a) => a.buffer as ArrayBuffer);

/** Column `column` of a row group's data, as the writer takes it (a unique text as a Buffer of its UTF-8 bytes). */
export function rowGroupValues(data: RowGroupData, column: number): unknown[] {
  const { kinds, rows, others } = data;
  const kind = kinds[column];
  // A row's cells of one kind sit side by side: `width` of them, this column's at `slot`.
  const width = kinds.filter((k) => k === kind).length;
  const slot = kinds.slice(0, column).filter((k) => k === kind).length;
  const text = Buffer.from(data.text.buffer, data.text.byteOffset, data.text.byteLength);
  const out = new Array<unknown>(rows);
  for (let row = 0, cell = slot; row < rows; row++, cell += width) {
    if (kind === 'coded') out[row] = data.dictionary[data.codes[cell]];
    else if (kind === 'number') out[row] = others.has(-1 - cell) ? others.get(-1 - cell) : data.numbers[cell];
    else out[row] = others.has(cell) ? others.get(cell) : text.subarray(cell === 0 ? 0 : data.ends[cell - 1], data.ends[cell]);
  }
  return out;
}

/** The dictionary's key for negative zero (a Map takes -0 for 0). */
const NEGATIVE_ZERO = Symbol('-0');

export class RowGroupColumns {
  private readonly slot: number[];
  private readonly width: Record<ColumnKind, number> = { bytes: 0, number: 0, coded: 0 };
  private capacity = 1024;
  private codes: Int32Array;
  private numbers: Float64Array;
  /** End of each bytes cell in `text` (its start is the end of the bytes cell before it). */
  private ends: Int32Array;
  private text = Buffer.allocUnsafeSlow(64 * 1024);
  private textUsed = 0;
  private readonly dictionary = new Map<unknown, number>();
  private dictionaryValues: unknown[] = [];
  /** Values not of their column's kind (a null figure, a text that is not a string), by cell. */
  private readonly others = new Map<number, unknown>();
  /** Rows added since the last `clear`. */
  rows = 0;

  constructor(private readonly kinds: ColumnKind[]) {
    this.slot = kinds.map((kind) => this.width[kind]++);
    this.codes = new Int32Array(this.capacity * this.width.coded);
    this.numbers = new Float64Array(this.capacity * this.width.number);
    this.ends = new Int32Array(this.capacity * this.width.bytes);
  }

  /** Sets column `column` of the row being added (every column, in order, then `next`). */
  set(column: number, value: unknown): void {
    const kind = this.kinds[column];
    const cell = this.rows * this.width[kind] + this.slot[column];
    if (kind === 'coded') this.codes[cell] = this.code(value);
    else if (kind === 'number') {
      if (typeof value === 'number') this.numbers[cell] = value;
      else this.others.set(-1 - cell, value);
    } else {
      if (typeof value === 'string') this.append(value);
      else this.others.set(cell, value);
      this.ends[cell] = this.textUsed;
    }
  }

  /** Ends the row being added. */
  next(): void {
    if (++this.rows === this.capacity) this.grow();
  }

  /** Column `column` of every row added, as the writer takes it. */
  values(column: number): unknown[] {
    return rowGroupValues(this.view(), column);
  }

  /**
   * Every row added, as data of its own (the used part of each array copied; the text buffer
   * itself, given up), and the columns cleared for the next row group.
   */
  take(): RowGroupData {
    const view = this.view();
    const data = { ...view, codes: view.codes.slice(), numbers: view.numbers.slice(), ends: view.ends.slice(), others: new Map(this.others) };
    this.clear();
    return data;
  }

  /** The rows added, over the columns' own arrays. */
  private view(): RowGroupData {
    const { rows, width } = this;
    return {
      rows,
      kinds: this.kinds,
      codes: this.codes.subarray(0, rows * width.coded),
      numbers: this.numbers.subarray(0, rows * width.number),
      ends: this.ends.subarray(0, rows * width.bytes),
      text: this.text,
      dictionary: this.dictionaryValues,
      others: this.others,
    };
  }

  /** Forgets every row: a new row group starts (its texts in a new buffer, as the writer may keep views of the last one's). */
  clear(): void {
    this.rows = 0;
    this.text = Buffer.allocUnsafeSlow(this.text.length);
    this.textUsed = 0;
    this.dictionary.clear();
    this.dictionaryValues = [];
    this.others.clear();
  }

  private code(value: unknown): number {
    const key = Object.is(value, -0) ? NEGATIVE_ZERO : value;
    let code = this.dictionary.get(key);
    if (code === undefined) {
      code = this.dictionaryValues.length;
      this.dictionary.set(key, code);
      this.dictionaryValues.push(value);
    }
    return code;
  }

  private append(value: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.textUsed + value.length * 3 > this.text.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(this.text.length * 2, this.textUsed + value.length * 3));
      this.text.copy(grown, 0, 0, this.textUsed);
      this.text = grown;
    }
    this.textUsed += this.text.write(value, this.textUsed, 'utf8');
  }

  private grow(): void {
    this.capacity *= 2;
    const grown = <T extends Int32Array | Float64Array>(from: T, to: T) => (to.set(from), to);
    this.codes = grown(this.codes, new Int32Array(this.capacity * this.width.coded));
    this.numbers = grown(this.numbers, new Float64Array(this.capacity * this.width.number));
    this.ends = grown(this.ends, new Int32Array(this.capacity * this.width.bytes));
  }
}
