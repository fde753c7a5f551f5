/**
 * SHA-256 whose running state can be saved and resumed (FIPS 180-4). Node's own hash cannot export
 * its state; this one can, so a version composed from an earlier version's unchanged prefix
 * resumes the checksum at the prefix's end instead of reading and hashing the prefix again.
 * The rounds run in WebAssembly (sha256-wasm.ts); this class keeps the state and the partial block.
 */
import { INPUT_BYTES, sha256Blocks } from './sha256-wasm.js';

const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** A saved hash state: the eight words, the bytes hashed so far, and the bytes of an unfinished block (base64). */
export interface Sha256State {
  h: number[];
  bytes: number;
  tail: string;
}

/** A resumable SHA-256. */
export class ResumableSha256 {
  private readonly h = new Int32Array(8);
  private readonly block = new Uint8Array(64);
  private pending = 0;
  /** Bytes hashed so far (the offset in the file). */
  bytes = 0;

  constructor(state?: Sha256State) {
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

  /** Adds bytes. */
  update(data: Uint8Array): this {
    let at = 0;
    this.bytes += data.length;
    if (this.pending > 0) {
      const take = Math.min(64 - this.pending, data.length);
      this.block.set(data.subarray(0, take), this.pending);
      this.pending += take;
      at = take;
      if (this.pending < 64) return this;
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
    return this;
  }

  /** The state now, to resume from later. */
  save(): Sha256State {
    return { h: Array.from(this.h, (x) => x >>> 0), bytes: this.bytes, tail: Buffer.from(this.block.subarray(0, this.pending)).toString('base64') };
  }

  /** Hex digest of everything added (the hasher can go on being used: the padding is applied to a copy). */
  hex(): string {
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
