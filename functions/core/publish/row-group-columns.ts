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
    const kind = this.kinds[column];
    const width = this.width[kind];
    const out = new Array<unknown>(this.rows);
    for (let row = 0, cell = this.slot[column]; row < this.rows; row++, cell += width) {
      if (kind === 'coded') out[row] = this.dictionaryValues[this.codes[cell]];
      else if (kind === 'number') out[row] = this.others.has(-1 - cell) ? this.others.get(-1 - cell) : this.numbers[cell];
      else out[row] = this.others.has(cell) ? this.others.get(cell) : this.bytesOf(cell);
    }
    return out;
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

  private bytesOf(cell: number): Buffer {
    const start = cell === 0 ? 0 : this.ends[cell - 1];
    return this.text.subarray(start, this.ends[cell]);
  }

  private grow(): void {
    this.capacity *= 2;
    const grown = <T extends Int32Array | Float64Array>(from: T, to: T) => (to.set(from), to);
    this.codes = grown(this.codes, new Int32Array(this.capacity * this.width.coded));
    this.numbers = grown(this.numbers, new Float64Array(this.capacity * this.width.number));
    this.ends = grown(this.ends, new Int32Array(this.capacity * this.width.bytes));
  }
}
