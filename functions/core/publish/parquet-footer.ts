/**
 * The row groups a composed observations.parquet copies, kept as the previous file's own bytes.
 * A Parquet file ends with its page indexes and a footer (Thrift's compact protocol) that lists
 * every row group; a composed file copies the previous file's row groups and writes one new
 * footer. The copied row groups' entries are taken from the previous footer as bytes: copied
 * unchanged when the row group did not move and has no page index, rewritten field by field where
 * offsets move (a row group copied after a changed stripe; a page index, which moves with the
 * footer). Nothing is revived into objects, so a version does work for the row groups it renders
 * and moves, not for every row group of the file (the writer's objects, kept as JSON in the
 * layout, cost 0.3-0.4 s a version at a million rows: revived, serialized again and encoded).
 */
import { ByteWriter, type ParquetWriter } from 'hyparquet-writer';
import { writeIndexes } from 'hyparquet-writer/src/indexes.js';
import { writeMetadata } from 'hyparquet-writer/src/metadata.js';
import { writeBlooms } from 'hyparquet-writer/src/bloom.js';
import type { ParquetRowGroups } from './parquet-resume.js';

/** The metadata writeMetadata takes (its own hyparquet's type). */
type FileMetaData = Parameters<typeof writeMetadata>[1];

// Thrift compact protocol types.
const TRUE = 1, FALSE = 2, BYTE = 3, I16 = 4, I32 = 5, I64 = 6, DOUBLE = 7, BINARY = 8, LIST = 9, SET = 10, MAP = 11, STRUCT = 12;
const MAGIC = 0x31524150; // PAR1

/** Where a page index of one column chunk is: [file offset, length]. */
type IndexAt = [number, number];
interface ChunkIndexes { columnIndex?: IndexAt; offsetIndex?: IndexAt }

/** One row group's entry in a footer: its bytes [start, end) in the tail, its rows, its chunks' page indexes. */
export interface FooterGroup { start: number; end: number; rows: number; indexed: boolean; chunks: ChunkIndexes[] }

/** The end of a Parquet file from its first page index on (`at`: that offset in the file), with its footer's row groups found. */
export interface ParquetTail { at: number; bytes: Uint8Array; groups: FooterGroup[] }

/** Reads Thrift's compact protocol; skips what it is not asked about. */
class Cursor {
  constructor(readonly bytes: Uint8Array, public at: number) {}

  varint(): number {
    let value = 0;
    let scale = 1;
    let b: number;
    do {
      b = this.bytes[this.at++];
      value += (b & 0x7f) * scale;
      scale *= 128;
    } while (b & 0x80);
    return value;
  }

  zigzag(): number {
    const v = this.varint();
    return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
  }

  /** A struct field's header: its id and type (type 0 ends the struct). */
  field(last: number): { id: number; type: number } {
    const b = this.bytes[this.at++];
    const type = b & 0x0f;
    if (type === 0) return { id: 0, type };
    return { id: b >> 4 ? last + (b >> 4) : this.zigzag(), type };
  }

  list(): { size: number; type: number } {
    const b = this.bytes[this.at++];
    return { size: b >> 4 === 15 ? this.varint() : b >> 4, type: b & 0x0f };
  }

  skip(type: number): void {
    if (type === BYTE) this.at++;
    else if (type === I16 || type === I32 || type === I64) this.varint();
    else if (type === DOUBLE) this.at += 8;
    else if (type === BINARY) {
      // Not `this.at += this.varint()`: that reads `at` before the length moves it.
      const length = this.varint();
      this.at += length;
    }
    else if (type === LIST || type === SET) this.skipList();
    else if (type === MAP) this.skipMap();
    else if (type === STRUCT) this.struct(() => false);
    else if (type !== TRUE && type !== FALSE) throw new Error(`parquet footer: unknown Thrift type ${type}`);
  }

  /** Walks a struct: `visit` reads a field's value and says so, or the field is skipped. */
  struct(visit: (id: number, type: number) => boolean): void {
    for (let last = 0; ;) {
      const { id, type } = this.field(last);
      if (type === 0) return;
      if (!visit(id, type)) this.skip(type);
      last = id;
    }
  }

  private skipList(): void {
    const { size, type } = this.list();
    for (let i = 0; i < size; i++) {
      if (type === TRUE || type === FALSE) this.at++;
      else this.skip(type);
    }
  }

  private skipMap(): void {
    const size = this.varint();
    if (size === 0) return;
    const types = this.bytes[this.at++];
    for (let i = 0; i < size; i++) {
      this.skip(types >> 4);
      this.skip(types & 0x0f);
    }
  }
}

/** A column chunk's page indexes; a bloom filter (never written by ParquetSink) is refused. */
function readChunk(c: Cursor): ChunkIndexes {
  const found: Partial<Record<number, number>> = {};
  c.struct((id, type) => {
    if (id === 3 && type === STRUCT) {
      c.struct((metaId) => {
        if (metaId === 14) throw new Error('parquet footer: a copied column chunk has a bloom filter');
        return false;
      });
      return true;
    }
    if (id < 4 || id > 7) return false;
    found[id] = c.zigzag();
    return true;
  });
  const chunk: ChunkIndexes = {};
  if (found[4] !== undefined) chunk.offsetIndex = [found[4], found[5]!];
  if (found[6] !== undefined) chunk.columnIndex = [found[6], found[7]!];
  return chunk;
}

function readGroup(c: Cursor): FooterGroup {
  const group: FooterGroup = { start: c.at, end: 0, rows: 0, indexed: false, chunks: [] };
  c.struct((id, type) => {
    if (id === 3 && type === I64) group.rows = c.zigzag();
    else if (id === 1 && type === LIST) {
      const { size } = c.list();
      for (let i = 0; i < size; i++) group.chunks.push(readChunk(c));
    } else return false;
    return true;
  });
  group.end = c.at;
  group.indexed = group.chunks.some((chunk) => chunk.columnIndex || chunk.offsetIndex);
  return group;
}

/** Where the row group list of a footer starts (its list header), its entries as `read` reads them, and where it ends. */
function rowGroupList<T>(bytes: Uint8Array, footer: number, read: (c: Cursor) => T): { header: number; entries: T[]; end: number } {
  const c = new Cursor(bytes, footer);
  let found: { header: number; entries: T[]; end: number } | undefined;
  c.struct((id, type) => {
    if (id !== 4 || type !== LIST) return false;
    const header = c.at;
    const { size } = c.list();
    const entries = Array.from({ length: size }, () => read(c));
    found = { header, entries, end: c.at };
    return true;
  });
  if (!found) throw new Error('parquet footer: no row group list');
  return found;
}

/**
 * Where a file's footer lists its row groups, as the layout keeps it (format 2): the file offset of
 * each row group's entry and of the list's end, each row group's rows, and which row groups have a
 * page index (only theirs are read field by field).
 */
export interface FooterRecord { at: number[]; rows: number[]; indexed: number[] }

/** The row groups of a file's tail (the bytes from offset `at` of the file to its end), found by its footer's record. */
export function tailOf(bytes: Uint8Array, at: number, record: FooterRecord): ParquetTail {
  if (record.at.length !== record.rows.length + 1) throw new Error('parquet footer record: one offset per row group and the end expected');
  const groups = record.rows.map((rows, g): FooterGroup => ({ start: record.at[g] - at, end: record.at[g + 1] - at, rows, indexed: false, chunks: [] }));
  for (const g of record.indexed) groups[g] = readGroup(new Cursor(bytes, groups[g].start));
  return { at, bytes, groups };
}

/** The row groups of a file's tail, found by walking its whole footer. */
export function readTail(bytes: Uint8Array, at: number): ParquetTail {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || view.getUint32(bytes.length - 4, true) !== MAGIC) throw new Error('parquet tail: no PAR1 at its end');
  const footer = bytes.length - 8 - view.getUint32(bytes.length - 8, true);
  if (footer < 0) throw new Error('parquet tail: the footer is longer than the bytes read');
  return { at, bytes, groups: rowGroupList(bytes, footer, readGroup).entries };
}

/** How the writer was set up: the footer's schema and statistics are encoded by them. */
export interface FooterOptions { schema: ParquetWriter['schema']; statisticsTruncateLength?: number }

/**
 * The tail a file written by the writer's own objects has (a layout before format 2 kept them as
 * JSON, parquet-resume.ts): its page indexes written at `at` and its footer, as `finish` wrote them.
 */
export function tailOfRowGroups(groups: ParquetRowGroups, at: number, options: FooterOptions): ParquetTail {
  const w = new ByteWriter(1 << 16);
  w.offset = at;
  writeIndexes(w, groups.indexes);
  writeMetadata(w, { version: 2, schema: options.schema, num_rows: 0n, row_groups: groups.rowGroups, metadata_length: 0 } as FileMetaData, options.statisticsTruncateLength);
  w.appendUint32(MAGIC);
  return readTail(w.getBytes().slice(), at);
}

// Writing: a ByteWriter's varints are 32-bit; file offsets are not.

function writeVarint(w: ByteWriter, value: number): void {
  while (value >= 128) {
    w.appendUint8((value % 128) | 0x80);
    value = Math.floor(value / 128);
  }
  w.appendUint8(value);
}

const writeZigzag = (w: ByteWriter, value: number) => writeVarint(w, value >= 0 ? value * 2 : -value * 2 - 1);

/** What a patch writes in place of a field's value (reading the old one off the cursor), or undefined: the field is copied. */
type Patch = (id: number, type: number) => (() => void) | undefined;

/** Copies a struct from `c` to `w`: the fields `patch` rewrites are written anew, every other byte copied as it was. */
function copyStruct(c: Cursor, w: ByteWriter, patch: Patch): void {
  let from = c.at;
  c.struct((id, type) => {
    const rewrite = patch(id, type);
    if (!rewrite) return false;
    // Everything up to and with this field's header, then its new value.
    w.appendBytes(c.bytes.subarray(from, c.at));
    rewrite();
    from = c.at;
    return true;
  });
  w.appendBytes(c.bytes.subarray(from, c.at));
}

function copyList(c: Cursor, w: ByteWriter, element: () => void): void {
  const start = c.at;
  const { size } = c.list();
  w.appendBytes(c.bytes.subarray(start, c.at));
  for (let i = 0; i < size; i++) element();
}

const shifted = (c: Cursor, w: ByteWriter, by: number) => () => writeZigzag(w, c.zigzag() + by);
const replaced = (c: Cursor, w: ByteWriter, value: number) => () => (c.zigzag(), writeZigzag(w, value));

/** A column chunk moved `shift` bytes, its page indexes now at `moved`. */
function copyChunk(c: Cursor, w: ByteWriter, shift: number, moved: ChunkIndexes): void {
  copyStruct(c, w, (id, type) => {
    if (id === 2) return shifted(c, w, shift);
    // ColumnMetaData: data, index and dictionary page offsets.
    if (id === 3 && type === STRUCT) return () => copyStruct(c, w, (metaId) => (metaId >= 9 && metaId <= 11 ? shifted(c, w, shift) : undefined));
    if (id === 4) return replaced(c, w, moved.offsetIndex![0]);
    if (id === 5) return replaced(c, w, moved.offsetIndex![1]);
    if (id === 6) return replaced(c, w, moved.columnIndex![0]);
    return undefined;
  });
}

/** A row group's footer entry moved `shift` bytes (copied as it is when nothing in it moves). */
function copyGroup(w: ByteWriter, tail: ParquetTail, group: FooterGroup, shift: number, moved: ChunkIndexes[] | undefined): void {
  if (shift === 0 && !group.indexed) return w.appendBytes(tail.bytes.subarray(group.start, group.end));
  const c = new Cursor(tail.bytes, group.start);
  let chunk = 0;
  copyStruct(c, w, (id, type) => {
    if (id === 5 && type === I64) return shifted(c, w, shift);
    if (id === 1 && type === LIST) return () => copyList(c, w, () => copyChunk(c, w, shift, moved?.[chunk++] ?? {}));
    return undefined;
  });
}

/** A copied column chunk's offset index, its page locations moved `shift` bytes. */
function copyOffsetIndex(w: ByteWriter, tail: ParquetTail, at: IndexAt, shift: number): void {
  const start = at[0] - tail.at;
  if (shift === 0) return w.appendBytes(tail.bytes.subarray(start, start + at[1]));
  const c = new Cursor(tail.bytes, start);
  const location = () => copyStruct(c, w, (id) => (id === 1 ? shifted(c, w, shift) : undefined));
  copyStruct(c, w, (id, type) => (id === 1 && type === LIST ? () => copyList(c, w, location) : undefined));
}

/** A row group of a composed file: one the writer wrote (its index in the writer's row groups), or one copied from a previous file, moved `shift` bytes. */
export type FooterEntry = number | { tail: ParquetTail; group: number; shift: number };
type Copied = Exclude<FooterEntry, number>;
type IndexKind = 'columnIndex' | 'offsetIndex';

/** The writer's page indexes of each row group it wrote (one per column chunk, in order). */
function pendingByGroup(writer: ParquetWriter): ParquetWriter['pendingIndexes'][] {
  let at = 0;
  return writer.row_groups.map((group) => writer.pendingIndexes.slice(at, (at += group.columns.length)));
}

/** A copied row group's page indexes of one kind, written at the writer's offset: where each now is. */
function copyIndexes(w: ByteWriter, entry: Copied, kind: IndexKind, moved: Map<Copied, ChunkIndexes[]>): void {
  const group = entry.tail.groups[entry.group];
  if (!group.indexed) return;
  let list = moved.get(entry);
  if (!list) moved.set(entry, (list = group.chunks.map(() => ({}))));
  group.chunks.forEach((chunk, i) => {
    const at = chunk[kind];
    if (!at) return;
    const start = w.offset;
    if (kind === 'offsetIndex') copyOffsetIndex(w, entry.tail, at, entry.shift);
    else w.appendBytes(entry.tail.bytes.subarray(at[0] - entry.tail.at, at[0] - entry.tail.at + at[1]));
    list[i][kind] = [start, w.offset - start];
  });
}

/** A row group's entry in the footer: the writer's own (its bytes in the template) or a copied one. */
function writeEntry(w: ByteWriter, entry: FooterEntry, template: Uint8Array, own: [number, number][], moved: Map<Copied, ChunkIndexes[]>): void {
  if (typeof entry === 'number') w.appendBytes(template.subarray(...own[entry]));
  else copyGroup(w, entry.tail, entry.tail.groups[entry.group], entry.shift, moved.get(entry));
}

/** Whether a row group has a page index: a written one's chunks say so once the indexes are written. */
function hasIndex(writer: ParquetWriter, entry: FooterEntry): boolean {
  if (typeof entry !== 'number') return entry.tail.groups[entry.group].indexed;
  return writer.row_groups[entry].columns.some((c) => c.offset_index_offset !== undefined || c.column_index_offset !== undefined);
}

/**
 * The footer: the writer's own encoding of the file's metadata (the template, with the row groups
 * it wrote), its row group list holding every entry in order. Its record, for the next layout.
 */
function writeFooter(w: ByteWriter, writer: ParquetWriter, entries: FooterEntry[], moved: Map<Copied, ChunkIndexes[]>): FooterRecord {
  const scratch = new ByteWriter(1 << 16);
  const metadata = { version: 2, created_by: writer.createdBy, schema: writer.schema, num_rows: writer.num_rows, row_groups: writer.row_groups, metadata_length: 0, key_value_metadata: writer.kvMetadata };
  writeMetadata(scratch, metadata as FileMetaData, writer.statisticsTruncateLength);
  // Without the length writeMetadata appends.
  const template = scratch.getBytes().subarray(0, scratch.index - 4);
  const list = rowGroupList(template, 0, (c) => {
    const start = c.at;
    c.skip(STRUCT);
    return [start, c.at] as [number, number];
  });
  const start = w.offset;
  w.appendBytes(template.subarray(0, list.header));
  // The list's header (an empty list's is the writer's own: no element type).
  if (entries.length === 0) w.appendBytes(template.subarray(list.header, list.end));
  else if (entries.length > 14) {
    w.appendUint8(0xf0 | STRUCT);
    writeVarint(w, entries.length);
  } else w.appendUint8((entries.length << 4) | STRUCT);
  const record: FooterRecord = { at: [], rows: [], indexed: [] };
  entries.forEach((entry, g) => {
    record.at.push(w.offset);
    record.rows.push(typeof entry === 'number' ? Number(writer.row_groups[entry].num_rows) : entry.tail.groups[entry.group].rows);
    if (hasIndex(writer, entry)) record.indexed.push(g);
    writeEntry(w, entry, template, list.entries, moved);
  });
  record.at.push(w.offset);
  w.appendBytes(template.subarray(list.end));
  w.appendUint32(w.offset - start);
  return record;
}

/**
 * Ends a file as the writer's `finish` would end one of all its row groups: every column index,
 * every offset index, the bloom filters, the footer and PAR1. The writer holds only the row groups
 * it wrote (and every row's count); `entries` lists all of them in file order, some copied from a
 * previous file. The footer's record, for the next layout.
 */
export function finishFile(w: ByteWriter, writer: ParquetWriter, entries: FooterEntry[]): FooterRecord {
  const pending = pendingByGroup(writer);
  const moved = new Map<Copied, ChunkIndexes[]>();
  for (const kind of ['columnIndex', 'offsetIndex'] as const) {
    for (const entry of entries) {
      if (typeof entry === 'number') writeIndexes(w, pending[entry].map((p) => ({ chunk: p.chunk, [kind]: p[kind] })));
      else copyIndexes(w, entry, kind, moved);
    }
  }
  writeBlooms(w, writer.pendingIndexes);
  const record = writeFooter(w, writer, entries, moved);
  w.appendUint32(MAGIC);
  return record;
}
