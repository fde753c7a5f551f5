/**
 * SHA-256 whose running state can be saved and resumed (FIPS 180-4). Node's own hash cannot export
 * its state; this one can, so a version composed from an earlier version's unchanged prefix
 * resumes the checksum at the prefix's end instead of reading and hashing the prefix again.
 * The rounds run in WebAssembly (sha256-wasm.ts); this class keeps the state and the partial block.
 * Hashers of one `Sha256Lanes` group keep their bytes until the group hashes them together,
 * four messages at a time in the module's SIMD lanes.
 */
import { INPUT_BYTES, LANE_BYTES, sha256Blocks } from './sha256-wasm.js';

const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** A saved hash state: the eight words, the bytes hashed so far, and the bytes of an unfinished block (base64). */
export interface Sha256State {
  h: number[];
  bytes: number;
  tail: string;
}

/**
 * A hasher of a group (a version's composed files, hashed together): bytes in, its state at any
 * point, its digest at the end. The state `save` returns is complete once the group has settled
 * (a group that hashes in another thread fills it in when the thread gets there), and `hex` is
 * asked for only then.
 */
export interface GroupHasher {
  /** Bytes given so far (the offset in the file). */
  readonly bytes: number;
  /** Adds bytes; they must not change afterwards (a group may hash them later, by reference). */
  update(data: Uint8Array): void;
  save(): Sha256State;
  hex(): string;
}

/** Hashers that hash together: in this thread (Sha256Lanes) or in a worker thread (adapters/worker-sha256.ts). */
export interface HashGroup {
  hasher(state?: Sha256State): GroupHasher;
  /** A promise while the group has as many bytes waiting as it takes: wait for it before giving more; undefined when there is room. */
  room(): Promise<void> | undefined;
  /** Resolves once every byte given is hashed and every saved state is complete. */
  settled(): Promise<void>;
  /** Stops hashing (the build is over or failed). */
  close(): void;
}

/** A resumable SHA-256. */
export class ResumableSha256 implements GroupHasher {
  /** The state words and the unfinished block (its first `pending` bytes); Sha256Lanes works on them too. */
  readonly h = new Int32Array(8);
  readonly block = new Uint8Array(64);
  pending = 0;
  /** Bytes given to the hasher so far (the offset in the file). */
  bytes = 0;
  /** In a group: bytes given since the group last hashed (not yet in the state). */
  readonly queued: Uint8Array[] = [];

  constructor(state?: Sha256State, private readonly lanes?: Sha256Lanes) {
    if (!state) {
      this.h.set(INITIAL.map((x) => x | 0));
      return;
    }
    this.h.set(state.h.map((x) => x | 0));
    const tail = Buffer.from(state.tail, 'base64');
    this.block.set(tail);
    this.pending = tail.length;
    this.bytes = state.bytes;
  }

  /** Adds bytes (in a group: keeps them, unchanged, until the group hashes; the caller must not reuse the buffer). */
  update(data: Uint8Array): this {
    if (this.lanes) {
      if (data.length === 0) return this;
      this.bytes += data.length;
      this.queued.push(data);
      this.lanes.queue(data.length);
      return this;
    }
    this.bytes += data.length;
    this.compressWhole(data);
    return this;
  }

  /** Hashes `data` straight away: whole blocks through the compression function, the rest kept as the unfinished block. */
  private compressWhole(data: Uint8Array): void {
    let at = 0;
    if (this.pending > 0) {
      const take = Math.min(64 - this.pending, data.length);
      this.block.set(data.subarray(0, take), this.pending);
      this.pending += take;
      at = take;
      if (this.pending < 64) return;
      this.compress(this.block);
      this.pending = 0;
    }
    // Whole blocks go to the compression function in slices as large as its input area.
    while (data.length - at >= 64) {
      const take = Math.min(INPUT_BYTES, (data.length - at) & ~63);
      this.compress(data.subarray(at, at + take));
      at += take;
    }
    if (at < data.length) {
      this.block.set(data.subarray(at), 0);
      this.pending = data.length - at;
    }
  }

  /** The state now, to resume from later. */
  save(): Sha256State {
    this.lanes?.flush();
    return { h: Array.from(this.h, (x) => x >>> 0), bytes: this.bytes, tail: Buffer.from(this.block.subarray(0, this.pending)).toString('base64') };
  }

  /** Hex digest of everything added (the hasher can go on being used: the padding is applied to a copy). */
  hex(): string {
    // A copy outside any group: the padding is hashed at once.
    const copy = new ResumableSha256(this.save());
    const bits = copy.bytes * 8;
    const padding = new Uint8Array(((copy.pending < 56 ? 56 : 120) - copy.pending) + 8);
    padding[0] = 0x80;
    const view = new DataView(padding.buffer);
    view.setUint32(padding.length - 8, Math.floor(bits / 2 ** 32));
    view.setUint32(padding.length - 4, bits >>> 0);
    copy.update(padding);
    return Array.from(copy.h, (x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
  }

  /** Runs whole 64-byte blocks through the compression function, from and back into this hasher's state. */
  private compress(blocks: Uint8Array): void {
    const wasm = sha256Blocks();
    wasm.state.set(this.h);
    wasm.input.set(blocks);
    wasm.run(blocks.length);
    this.h.set(wasm.state);
  }
}

/** A hasher's queued bytes (its unfinished block first), read front to back in whole blocks. */
class QueuedBytes {
  private readonly parts: Uint8Array[];
  private part = 0;
  private offset = 0;
  /** Bytes of whole blocks not yet copied out. */
  wholeLeft: number;

  constructor(readonly hasher: ResumableSha256) {
    this.parts = [hasher.block.slice(0, hasher.pending), ...hasher.queued];
    const total = this.parts.reduce((sum, p) => sum + p.length, 0);
    this.wholeLeft = total - (total % 64);
  }

  /** Copies the next `n` bytes (whole blocks) to `target`. */
  copyTo(target: Uint8Array, n: number): void {
    this.wholeLeft -= n;
    for (let at = 0; at < n; ) {
      const part = this.parts[this.part];
      const take = Math.min(n - at, part.length - this.offset);
      target.set(part.subarray(this.offset, this.offset + take), at);
      at += take;
      this.offset += take;
      if (this.offset === part.length) {
        this.part++;
        this.offset = 0;
      }
    }
  }

  /** What is left: the bytes not copied out (after a complete run, less than a block: the hasher's new unfinished block). */
  rest(): Uint8Array[] {
    const rest = this.parts.slice(this.part);
    if (rest.length > 0) rest[0] = rest[0].subarray(this.offset);
    return rest.filter((part) => part.length > 0);
  }
}

/**
 * Hashers that hash together: their bytes wait (by reference) until one of them is asked for its
 * state or digest, or until `maxQueued` bytes wait, and are then hashed four messages at a time
 * in the compression module's SIMD lanes, about 2.5 times the bytes per second of one message at
 * a time. A version's four text files grow together row by row, so their lanes stay full.
 */
export class Sha256Lanes implements HashGroup {
  private readonly hashers: ResumableSha256[] = [];
  private queuedBytes = 0;

  // A megabyte: the four text files queue about the same amount each, so runs stay four lanes wide
  // (each run takes 64 KB of every lane), and the queued chunks, kept alive until hashed, are few
  // enough to die young (CHANNEL_HIGH_WATER in build-version.ts).
  constructor(private readonly maxQueued = 1024 * 1024) {}

  /** A new hasher of the group (resumed from `state` if given). */
  hasher(state?: Sha256State): ResumableSha256 {
    const hasher = new ResumableSha256(state, this);
    this.hashers.push(hasher);
    return hasher;
  }

  /** Hashed in this thread as bytes come: there is always room. */
  room(): undefined {
    return undefined;
  }

  async settled(): Promise<void> {
    this.flush();
  }

  close(): void {}

  /** Counts bytes a hasher queued; past `maxQueued`, hashes what runs at least three lanes wide (flush(false)). */
  queue(bytes: number): void {
    this.queuedBytes += bytes;
    if (this.queuedBytes > this.maxQueued) this.flush(false);
  }

  /**
   * Hashes the queued bytes of the group's hashers: all of them (`complete`), or, while bytes are
   * still coming, only runs at least three lanes wide, the rest left queued (until more than twice
   * `maxQueued` waits). Three lanes hash more bytes per second than one message alone, two lanes
   * fewer; and files copied from the previous version arrive one read after another, not in
   * step, so a cap reached mostly by one file's bytes would otherwise hash them alone.
   */
  flush(complete = true): void {
    if (this.queuedBytes === 0) return;
    this.queuedBytes = 0;
    const readers = this.hashers.filter((h) => h.queued.length > 0).map((h) => new QueuedBytes(h));
    const wasm = sha256Blocks();
    for (;;) {
      // The (up to) four messages with the most blocks left share a run; a lone one runs alone.
      const lanes = readers.filter((r) => r.wholeLeft > 0).sort((a, b) => b.wholeLeft - a.wholeLeft).slice(0, 4);
      if (lanes.length === 0) break;
      if (!complete && lanes.length < MIN_LANES && readers.reduce((sum, r) => sum + r.wholeLeft, 0) <= 2 * this.maxQueued) break;
      if (lanes.length === 1) {
        const [only] = lanes;
        const n = Math.min(INPUT_BYTES, only.wholeLeft);
        only.copyTo(wasm.input, n);
        wasm.state.set(only.hasher.h);
        wasm.run(n);
        only.hasher.h.set(wasm.state);
        continue;
      }
      const n = Math.min(LANE_BYTES, ...lanes.map((r) => r.wholeLeft));
      lanes.forEach((reader, lane) => {
        reader.copyTo(wasm.laneInput[lane], n);
        for (let i = 0; i < 8; i++) wasm.laneState[4 * i + lane] = reader.hasher.h[i];
      });
      wasm.runLanes(n);
      lanes.forEach((reader, lane) => {
        for (let i = 0; i < 8; i++) reader.hasher.h[i] = wasm.laneState[4 * i + lane];
      });
    }
    for (const reader of readers) {
      const rest = reader.rest();
      const bytes = rest.reduce((sum, part) => sum + part.length, 0);
      const { hasher } = reader;
      if (bytes < 64) {
        hasher.block.set(Buffer.concat(rest), 0);
        hasher.pending = bytes;
        hasher.queued.length = 0;
      } else {
        // Left queued (by reference) for a later run: the unfinished block is among them.
        hasher.pending = 0;
        hasher.queued.splice(0, hasher.queued.length, ...rest);
        this.queuedBytes += bytes;
      }
    }
  }
}

/** Fewest messages a run hashes together while bytes are still coming (flush(false)). */
const MIN_LANES = 3;
