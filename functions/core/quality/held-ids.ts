/**
 * The rows a quality gate holds back, by observation_id, with the revision held (later ones are
 * held too): a map kept in flat buffers. A large dataset of random figures holds a hundred thousand
 * rows back, and their ids as strings in a Map were most of what the gate kept to the end of a
 * version (some 7 MB of long-lived heap at a million rows, which V8 grows by its factor of up to
 * four). Here an id is its UTF-8 bytes in one growing buffer (a dataset's ids are of one width:
 * 20 bytes each), found through an open-addressing table of entry numbers; the revisions are a
 * column. Read like a ReadonlyMap, in the order ids were first set (an id set again keeps its place
 * and takes the new revision); ids come back as new strings.
 */

import { numberOf } from './rows.js';

/** The rows' FNV-1a number of a text (rows.ts), unsigned as the table keeps it. */
const hashOf = (text: string): number => numberOf(text) >>> 0;

export class HeldIds implements ReadonlyMap<string, number> {
  /** Every id's UTF-8 bytes, one after the other; entry i's are bytes [starts[i], starts[i + 1]). */
  private bytes = Buffer.allocUnsafeSlow(16 * 1024);
  private starts = new Uint32Array(1025);
  private revisions = new Float64Array(1024);
  private hashes = new Uint32Array(1024);
  /** Entry number + 1 by hash (0: empty), linear probing; never more than half full. */
  private table = new Int32Array(2048);
  private entries_ = 0;

  get size(): number {
    return this.entries_;
  }

  get(id: string): number | undefined {
    const entry = this.find(id, hashOf(id));
    return entry < 0 ? undefined : this.revisions[entry];
  }

  has(id: string): boolean {
    return this.find(id, hashOf(id)) >= 0;
  }

  /** Sets the revision held of a row (an id already here keeps its place). */
  set(id: string, revision: number): this {
    const hash = hashOf(id);
    const found = this.find(id, hash);
    if (found >= 0) {
      this.revisions[found] = revision;
      return this;
    }
    const entry = this.entries_++;
    if (entry + 1 >= this.revisions.length) this.growEntries();
    const start = this.starts[entry];
    if (start + id.length * 3 > this.bytes.byteLength) this.growBytes(start + id.length * 3);
    this.starts[entry + 1] = start + this.bytes.write(id, start, 'utf8');
    this.revisions[entry] = revision;
    this.hashes[entry] = hash;
    if (this.entries_ * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.place(entry, hash);
    return this;
  }

  /** The id of entry i, as a new string. */
  private idOf(entry: number): string {
    return this.bytes.toString('utf8', this.starts[entry], this.starts[entry + 1]);
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.entries_; i++) yield this.idOf(i);
  }

  *values(): MapIterator<number> {
    for (let i = 0; i < this.entries_; i++) yield this.revisions[i];
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.entries_; i++) yield [this.idOf(i), this.revisions[i]];
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.entries_; i++) callback.call(thisArg, this.revisions[i], this.idOf(i), this);
  }

  /** The entry holding `id` (whose hash is `hash`), or -1. */
  private find(id: string, hash: number): number {
    const mask = this.table.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const held = this.table[i];
      if (held === 0) return -1;
      if (this.hashes[held - 1] === hash && this.holds(held - 1, id)) return held - 1;
    }
  }

  /** Whether entry i's bytes are `id`'s UTF-8 (compared unit by unit while the id is ASCII). */
  private holds(entry: number, id: string): boolean {
    const start = this.starts[entry];
    const end = this.starts[entry + 1];
    if (end - start < id.length) return false;
    for (let i = 0; i < id.length; i++) {
      const unit = id.charCodeAt(i);
      if (unit >= 0x80) return Buffer.from(id, 'utf8').equals(this.bytes.subarray(start, end));
      if (this.bytes[start + i] !== unit) return false;
    }
    return end - start === id.length;
  }

  private place(entry: number, hash: number): void {
    const mask = this.table.length - 1;
    let i = hash & mask;
    while (this.table[i] !== 0) i = (i + 1) & mask;
    this.table[i] = entry + 1;
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size);
    for (let entry = 0; entry < this.entries_; entry++) this.place(entry, this.hashes[entry]);
  }

  private growEntries(): void {
    const size = this.revisions.length * 2;
    const starts = new Uint32Array(size + 1);
    starts.set(this.starts);
    this.starts = starts;
    const revisions = new Float64Array(size);
    revisions.set(this.revisions);
    this.revisions = revisions;
    const hashes = new Uint32Array(size);
    hashes.set(this.hashes);
    this.hashes = hashes;
  }

  private growBytes(least: number): void {
    const bytes = Buffer.allocUnsafeSlow(Math.max(least, this.bytes.byteLength * 2));
    this.bytes.copy(bytes, 0, 0, this.starts[this.entries_ - 1]);
    this.bytes = bytes;
  }
}
