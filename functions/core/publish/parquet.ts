/**
 * observations.parquet, written one row group at a time into a channel so memory holds one row
 * group, not the dataset. Column types follow OBSERVATION_COLUMN_DOCS: strings are UTF8 byte
 * arrays, value and yoy_pct are nullable doubles, revision is INT32 and published is a DATE, which
 * DuckDB, Athena and Spark all read natively.
 */
import { ByteWriter, ParquetWriter, type ColumnSource, type SchemaElement } from 'hyparquet-writer';
import { OBSERVATION_COLUMN_DOCS, OBSERVATION_COLUMNS } from '../columns.js';
import type { Observation } from '../contract.js';
import type { ByteOutput } from './streams.js';
import { finishFile, type FooterEntry, type FooterRecord, type ParquetTail } from './parquet-footer.js';
import { RowGroupColumns, rowGroupValues, type ColumnKind, type RowGroupData } from './row-group-columns.js';

const DAY_MS = 86_400_000;
/** Columns whose values rarely repeat: a dictionary would only cost time, and min/max of prose helps no query. */
const UNIQUE_TEXT = new Set<string>(['observation_id', 'source_quote']);
/** Figures rarely repeat either; plain doubles skip the dictionary attempt but keep min/max for pruning. */
const UNIQUE_NUMBERS = new Set<string>(['value']);
/** Min/max of links prunes no query; the dictionary (one URL per release) is kept. */
const NO_STATISTICS = new Set<string>(['source_url']);
const PUBLISHED = OBSERVATION_COLUMNS.indexOf('published');
/** Longest min/max of a text column kept in the footer, in bytes. */
export const STATISTICS_LENGTH = 64;

/** The Parquet schema of the public row. */
export function observationParquetSchema(): SchemaElement[] {
  const fields: SchemaElement[] = OBSERVATION_COLUMNS.map((name) => {
    const { type } = OBSERVATION_COLUMN_DOCS[name];
    const repetition_type = name === 'observation_id' || name === 'revision' ? 'REQUIRED' : 'OPTIONAL';
    if (type === 'number') return { name, type: 'DOUBLE', repetition_type };
    if (type === 'integer') return { name, type: 'INT32', repetition_type };
    if (type === 'date') return { name, type: 'INT32', converted_type: 'DATE', repetition_type };
    if (type === 'boolean') return { name, type: 'BOOLEAN', repetition_type };
    return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type };
  });
  return [{ name: 'root', num_children: fields.length }, ...fields];
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (Parquet DATE). */
function epochDay(date: string): number | null {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

/** Per-column write options: encoding and statistics chosen by what the column holds. */
function columnOptions(name: string): Partial<ColumnSource> {
  if (UNIQUE_TEXT.has(name)) return { encoding: 'PLAIN', statistics: false };
  if (UNIQUE_NUMBERS.has(name)) return { encoding: 'PLAIN' };
  if (NO_STATISTICS.has(name)) return { statistics: false };
  return {};
}
const COLUMN_OPTIONS = OBSERVATION_COLUMNS.map(columnOptions);
/** Text columns written as plain byte arrays: the writer would encode each value with a TextEncoder. */
/** How each column's values wait for the writer (row-group-columns.ts): unique texts go to it as UTF-8 bytes. */
const KINDS: ColumnKind[] = OBSERVATION_COLUMNS.map((name) => (UNIQUE_TEXT.has(name) ? 'bytes' : UNIQUE_NUMBERS.has(name) ? 'number' : 'coded'));

/** The writer of observations.parquet (its header written into `bytes`). */
function observationWriter(bytes: ByteWriter, createdBy: string): ParquetWriter {
  return new ParquetWriter({ writer: bytes, schema: observationParquetSchema(), codec: 'SNAPPY', createdBy, statisticsTruncateLength: STATISTICS_LENGTH });
}

/** Writes one row group of `data` (every row) with `writer`: its entry and page indexes join the writer's lists. */
function writeRowGroup(writer: ParquetWriter, data: RowGroupData): void | Promise<void> {
  const columnData: ColumnSource[] = OBSERVATION_COLUMNS.map((name, i) => ({ name, data: rowGroupValues(data, i) as ColumnSource['data'], ...COLUMN_OPTIONS[i] }));
  return writer.write({ columnData, rowGroupSize: data.rows });
}

/** One row group written: its bytes, its entry in the footer and its chunks' page indexes (the writer's `pendingIndexes`). */
export interface EncodedRowGroup {
  bytes: Uint8Array;
  group: ParquetWriter['row_groups'][number];
  indexes: ParquetWriter['pendingIndexes'];
}

/**
 * Writes a file's row groups elsewhere, one after the other from the offset it was made for
 * (a worker thread: adapters/worker-parquet.ts), while the rows are rendered.
 */
export interface RowGroupEncoder {
  encode(data: RowGroupData): Promise<EncodedRowGroup>;
  close(): void;
}

/**
 * What a RowGroupEncoder runs: row groups written as the sink's own writer would write them,
 * the first at file offset `start`, each after the one before.
 */
export class RowGroupWriter {
  private readonly bytes = new ByteWriter(1 << 20);
  private readonly writer: ParquetWriter;

  constructor(start: number) {
    this.writer = observationWriter(this.bytes, '');
    // The file's header is the sink's: only offsets count here.
    this.bytes.index = 0;
    this.bytes.offset = start;
  }

  /** Synchronous, so that row groups sent one after another are written in that order (a ByteWriter has no flush to wait for). */
  encode(data: RowGroupData): EncodedRowGroup {
    if (writeRowGroup(this.writer, data)) throw new Error('the row group writer waited for a flush');
    const bytes = new Uint8Array(this.bytes.buffer, 0, this.bytes.index).slice();
    this.bytes.index = 0;
    // One object, so that the entry's chunks and their page indexes stay the same objects when sent.
    return { bytes, group: this.writer.row_groups.pop()!, indexes: this.writer.pendingIndexes.splice(0) };
  }
}

/** Row groups an encoder may hold (encoding, or written and waiting for the output) before the rows wait. */
const ENCODING_AHEAD = 2;

/** Buffers rows into column arrays and writes a row group whenever `rowGroupSize` rows are buffered. */
export class ParquetSink {
  private readonly bytes = new ByteWriter(1 << 20);
  private readonly writer: ParquetWriter;
  private readonly columns = new RowGroupColumns(KINDS);
  private lastDate: string | undefined;
  private lastDay: number | null = null;

  /** Every row group of the file in order: written here (an index into the writer's) or copied (parquet-footer.ts). */
  private readonly groups: FooterEntry[] = [];
  /** Where the footer lists the row groups, once the file is ended (the next layout keeps it). */
  footer: FooterRecord | undefined;

  /** Row groups given to the encoder: each settles once its bytes have reached the output (`ENCODING_AHEAD` at most). */
  private readonly sent: Promise<void>[] = [];
  /** Settles once every row group given to the encoder, and every mark after them, is done (`afterSent`). */
  private chain: Promise<void> = Promise.resolve();
  private readonly encoder: RowGroupEncoder | null;
  private sentGroups = 0;

  constructor(
    private readonly output: ByteOutput,
    private readonly rowGroupSize = 16_384,
    createdBy = 'customs-publisher',
    /** Go on after row groups already written (a composed file): their byte length, and the previous file's tail that lists them. */
    resume?: { offset: number; tail: ParquetTail; groups: number },
    /** Where row groups are written (a new file only): by default here, as rows are drained. */
    encoder?: (start: number) => RowGroupEncoder,
  ) {
    this.writer = observationWriter(this.bytes, createdBy);
    this.encoder = encoder && !resume ? encoder(this.bytes.offset) : null;
    // Nothing copied (offset 0): a new file, whose header the writer has just written.
    if (resume && resume.offset > 0) {
      // The copied bytes already hold the header: new row groups start at the copied length.
      this.bytes.index = 0;
      this.bytes.offset = resume.offset;
      this.appendCopied({ tail: resume.tail, from: 0, to: resume.groups, shift: 0 }, 0);
    }
  }

  /** How many row groups the file has so far (call after a forced drain). */
  get rowGroupCount(): number {
    return this.groups.length;
  }

  /**
   * Counts row groups [from, to) of a previous file's tail, copied into the output after those
   * written so far (their bytes are `bytes` long, already written to the output, `shift` bytes
   * after where they were): the footer lists them, and later row groups start after them.
   */
  appendCopied(copied: { tail: ParquetTail; from: number; to: number; shift: number }, bytes: number): void {
    if (this.columns.rows !== 0 || this.bytes.index !== 0 || this.encoder) throw new Error('row groups are copied only between drained row groups, written here');
    for (let group = copied.from; group < copied.to; group++) {
      this.groups.push({ tail: copied.tail, group, shift: copied.shift });
      this.writer.num_rows += BigInt(copied.tail.groups[group].rows);
    }
    this.bytes.offset += bytes;
  }

  /** Where the next row group starts in the file. */
  get offset(): number {
    return this.bytes.offset;
  }

  /** Adds one row (synchronously); `drain` writes full row groups. */
  push(row: Observation): void {
    // Publication dates repeat across thousands of rows: parse each distinct one once.
    const published = row.published;
    if (published !== this.lastDate) {
      this.lastDate = published;
      this.lastDay = published == null ? null : epochDay(published);
    }
    for (let i = 0; i < OBSERVATION_COLUMNS.length; i++) this.columns.set(i, i === PUBLISHED ? this.lastDay : (row[OBSERVATION_COLUMNS[i]] ?? null));
    this.columns.next();
  }

  /** Whether a full row group is buffered: `drain` would write it. */
  get full(): boolean {
    return this.columns.rows >= this.rowGroupSize;
  }

  /** Writes a row group once enough rows are buffered (or whatever is buffered, with `force`). */
  async drain(force = false): Promise<void> {
    // Forced with nothing buffered, the bytes still go out: the file's header before the first
    // row group belongs before the first stripe boundary.
    if (this.columns.rows === 0) return force ? this.afterSent(() => this.flushBytes()) : undefined;
    if (!force && this.columns.rows < this.rowGroupSize) return;
    if (this.encoder) return this.send(this.encoder);
    const before = this.writer.row_groups.length;
    await writeRowGroup(this.writer, this.columns.take());
    for (let group = before; group < this.writer.row_groups.length; group++) this.groups.push(group);
    await this.flushBytes();
  }

  /**
   * Runs `then` once every row group drained so far has reached the output, before any drained
   * later does (at once when they are written here): a stripe boundary's offset and hash state.
   */
  afterSent<T>(then: () => T | Promise<T>): Promise<T> {
    const done = this.chain.then(then);
    this.chain = done.then(() => {});
    // A failure reaches the caller through `done`, and `end` through the chain.
    done.catch(() => {});
    this.chain.catch(() => {});
    return done;
  }

  /** Writes the last row group, the page indexes and the footer. */
  async end(): Promise<void> {
    await this.drain(true);
    await this.chain;
    this.encoder?.close();
    // Ended here, not by the writer's `finish`: the footer lists copied row groups too (the same bytes either way).
    this.footer = finishFile(this.bytes, this.writer, this.groups);
    await this.flushBytes();
  }

  /** Stops the encoder, if any (the file is abandoned). */
  close(): void {
    this.encoder?.close();
  }

  /** Gives the buffered rows to the encoder; their bytes follow the row groups before them. Waits while `ENCODING_AHEAD` are in flight. */
  private async send(encoder: RowGroupEncoder): Promise<void> {
    this.groups.push(this.sentGroups++);
    const encoded = encoder.encode(this.columns.take());
    encoded.catch(() => {});
    this.sent.push(this.afterSent(async () => {
      const { bytes, group, indexes } = await encoded;
      this.writer.row_groups.push(group);
      this.writer.pendingIndexes.push(...indexes);
      this.writer.num_rows += group.num_rows;
      // The file's header first, if it has not gone yet.
      await this.flushBytes();
      this.bytes.offset += bytes.byteLength;
      await this.output.write(bytes);
    }));
    if (this.sent.length > ENCODING_AHEAD) await this.sent.shift();
  }

  private async flushBytes(): Promise<void> {
    if (this.bytes.index === 0) return;
    // Copy out and rewind: the writer's offsets keep counting, its buffer is reused.
    const chunk = new Uint8Array(this.bytes.buffer, 0, this.bytes.index).slice();
    this.bytes.index = 0;
    await this.output.write(chunk);
  }
}
