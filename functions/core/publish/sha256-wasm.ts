/**
 * The SHA-256 block function (FIPS 180-4) as a small WebAssembly module, emitted here at first use.
 * Why: a version's files are hashed with a state that can be saved (sha256-state.ts), which
 * node:crypto cannot do, and the same rounds run about twice as fast compiled to WebAssembly
 * (native 32-bit rotations, the 64 rounds unrolled so the eight working variables and the
 * sixteen schedule words live in registers) as in JavaScript. No binary is shipped: the module is
 * written out below, instruction by instruction, from the standard's definitions.
 *
 * Memory: the eight state words at byte 0 (native little-endian Int32), the input blocks from
 * INPUT_AT. `blocks(from, to)` runs the compression function over the 64-byte blocks in [from, to).
 *
 * `lanes(from, to)` does the same for four independent messages at once with 128-bit SIMD, one
 * message per 32-bit lane (the multi-buffer technique): a version's four text files are hashed
 * side by side. Each lane has its own input area (LANE_AT + lane * LANE_BYTES); the four states
 * are interleaved word by word at LANES_STATE_AT (word i of lanes 0..3 in one 16-byte vector).
 */

/** Round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/** Where input blocks start in the module's memory, and how many bytes of blocks fit there. */
export const INPUT_AT = 64;
export const INPUT_BYTES = 256 * 1024;
/** The four lanes' states (8 words x 4 lanes), then each lane's input area. */
export const LANES_STATE_AT = INPUT_AT + INPUT_BYTES;
export const LANE_AT = LANES_STATE_AT + 8 * 16;
export const LANE_BYTES = 64 * 1024;
/** 64 KiB pages: the state, the input area, the lanes' states and input areas. */
const PAGES = Math.ceil((LANE_AT + 4 * LANE_BYTES) / 65536);

/** The compiled block function and views of its memory. */
export interface Sha256Blocks {
  /** The eight state words (read and written around each call). */
  state: Int32Array;
  /** The input area: copy whole blocks here, then call `run` with their byte length. */
  input: Uint8Array;
  /** Compresses `bytes` (a multiple of 64) of the input area into the state. */
  run(bytes: number): void;
  /** The four lanes' states, interleaved: word i of lane l at index 4 * i + l. */
  laneState: Int32Array;
  /** Each lane's input area. */
  laneInput: Uint8Array[];
  /** Compresses `bytes` (a multiple of 64) of every lane's input area into its state. */
  runLanes(bytes: number): void;
}

/** WebAssembly opcodes used below (the i32 subset). */
const OP = {
  block: 0x02, loop: 0x03, br: 0x0c, brIf: 0x0d, end: 0x0b, void: 0x40,
  get: 0x20, set: 0x21, const: 0x41, load: 0x28, store: 0x36,
  geU: 0x4f, add: 0x6a, and: 0x71, or: 0x72, xor: 0x73, shrU: 0x76, rotl: 0x77, rotr: 0x78,
};
/** SIMD opcodes (each follows the 0xfd prefix): the v128 and i32x4 subset. */
const SIMD = {
  load: 0x00, store: 0x0b, const: 0x0c, shuffle: 0x0d, splat: 0x11,
  xor: 0x51, or: 0x50, bitselect: 0x52, load32Lane: 0x56, shl: 0xab, shrU: 0xad, add: 0xae,
};
const V128 = 0x7b;

/** Signed and unsigned LEB128, the integer encodings of the binary format. */
function sleb(value: number): number[] {
  const out: number[] = [];
  for (let n = value | 0; ; ) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40)) return [...out, byte];
    out.push(byte | 0x80);
  }
}
function uleb(value: number): number[] {
  const out: number[] = [];
  let n = value >>> 0;
  do {
    const byte = n & 0x7f;
    n >>>= 7;
    out.push(n ? byte | 0x80 : byte);
  } while (n);
  return out;
}
const vector = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const name = (text: string) => [...uleb(text.length), ...Array.from(text, (c) => c.charCodeAt(0))];

/** Locals of the block function: the two parameters, the working variables a..h, the schedule words, t1. */
const FROM = 0, TO = 1, VAR = 2, WORD = 10, T1 = 26;
const LOCALS = 25;

/** The body of `blocks(from, to)`: a loop over the blocks, each one 64 unrolled rounds. */
function blocksBody(): number[] {
  const code: number[] = [];
  const get = (local: number) => code.push(OP.get, local);
  const set = (local: number) => code.push(OP.set, local);
  const i32 = (value: number) => code.push(OP.const, ...sleb(value));
  const op = (...ops: number[]) => code.push(...ops);
  const rotr = (local: number, by: number) => { get(local); i32(by); op(OP.rotr); };
  /** Σ and σ: three rotations (or two and a shift) xor-ed. */
  const sigma = (local: number, r1: number, r2: number, r3: number, shiftLast: boolean) => {
    rotr(local, r1);
    rotr(local, r2);
    op(OP.xor);
    if (shiftLast) { get(local); i32(r3); op(OP.shrU); } else rotr(local, r3);
    op(OP.xor);
  };

  op(OP.block, OP.void, OP.loop, OP.void);
  get(FROM); get(TO); op(OP.geU, OP.brIf, 1);
  // The block's sixteen big-endian words: load little-endian, swap bytes with two rotations.
  for (let i = 0; i < 16; i++) {
    get(FROM); op(OP.load, 2, ...uleb(INPUT_AT + 4 * i)); set(WORD + i);
    rotr(WORD + i, 8); i32(0xff00ff00); op(OP.and);
    get(WORD + i); i32(8); op(OP.rotl); i32(0x00ff00ff); op(OP.and, OP.or);
    set(WORD + i);
  }
  for (let i = 0; i < 8; i++) { i32(0); op(OP.load, 2, ...uleb(4 * i)); set(VAR + i); }
  for (let round = 0; round < 64; round++) {
    // Instead of moving a..h down every round, the locals change roles: role x is local (x - round) mod 8.
    const [a, b, c, d, e, f, g, h] = [0, 1, 2, 3, 4, 5, 6, 7].map((x) => VAR + ((x - (round % 8) + 8) % 8));
    const w = WORD + (round % 16);
    if (round >= 16) {
      // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], kept in a ring of sixteen.
      get(w);
      sigma(WORD + ((round + 1) % 16), 7, 18, 3, true); op(OP.add);
      get(WORD + ((round + 9) % 16)); op(OP.add);
      sigma(WORD + ((round + 14) % 16), 17, 19, 10, true); op(OP.add);
      set(w);
    }
    // T1 = h + Σ1(e) + Ch(e, f, g) + K[t] + W[t], with Ch = g ^ (e & (f ^ g)).
    get(h); sigma(e, 6, 11, 25, false); op(OP.add);
    get(g); get(e); get(f); get(g); op(OP.xor, OP.and, OP.xor, OP.add);
    i32(K[round]); op(OP.add); get(w); op(OP.add); set(T1);
    // d += T1; the new a = T1 + Σ0(a) + Maj(a, b, c), with Maj = (a & b) | (c & (a | b)), goes into h's local.
    get(d); get(T1); op(OP.add); set(d);
    get(T1); sigma(a, 2, 13, 22, false); op(OP.add);
    get(a); get(b); op(OP.and); get(c); get(a); get(b); op(OP.or, OP.and, OP.or, OP.add);
    set(h);
  }
  // After 64 rounds (a multiple of 8) every local has its first role again: add them into the state.
  for (let i = 0; i < 8; i++) { i32(0); i32(0); op(OP.load, 2, ...uleb(4 * i)); get(VAR + i); op(OP.add, OP.store, 2, ...uleb(4 * i)); }
  get(FROM); i32(64); op(OP.add); set(FROM);
  op(OP.br, 0, OP.end, OP.end, OP.end);
  return [...vector([[...uleb(LOCALS), 0x7f]]), ...code];
}

/**
 * The body of `lanes(from, to)`: the same rounds as `blocksBody` on 128-bit vectors, one message
 * per 32-bit lane. Vectors have no rotation, so a rotation is two shifts and an or; Ch and Maj
 * are single bit selects (Ch = e ? f : g; Maj = a ^ b ? c : b).
 */
function lanesBody(): number[] {
  const code: number[] = [];
  const get = (local: number) => code.push(OP.get, local);
  const set = (local: number) => code.push(OP.set, local);
  const i32 = (value: number) => code.push(OP.const, ...sleb(value));
  const simd = (op: number, ...immediates: number[]) => code.push(0xfd, ...uleb(op), ...immediates);
  const rotr = (local: number, by: number) => {
    get(local); i32(32 - by); simd(SIMD.shl);
    get(local); i32(by); simd(SIMD.shrU);
    simd(SIMD.or);
  };
  const sigma = (local: number, r1: number, r2: number, r3: number, shiftLast: boolean) => {
    rotr(local, r1);
    rotr(local, r2);
    simd(SIMD.xor);
    if (shiftLast) { get(local); i32(r3); simd(SIMD.shrU); } else rotr(local, r3);
    simd(SIMD.xor);
  };
  // Big-endian words: reverse the bytes of each 32-bit lane.
  const byteSwap = [3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12];

  code.push(OP.block, OP.void, OP.loop, OP.void);
  get(FROM); get(TO); code.push(OP.geU, OP.brIf, 1);
  for (let i = 0; i < 16; i++) {
    // Word i of each lane's block into that lane of one vector.
    for (let lane = 0; lane < 4; lane++) {
      get(FROM);
      if (lane === 0) simd(SIMD.const, ...new Array(16).fill(0));
      else get(WORD + i);
      simd(SIMD.load32Lane, 2, ...uleb(LANE_AT + lane * LANE_BYTES + 4 * i), lane);
      set(WORD + i);
    }
    get(WORD + i); get(WORD + i); simd(SIMD.shuffle, ...byteSwap); set(WORD + i);
  }
  for (let i = 0; i < 8; i++) { i32(0); simd(SIMD.load, 4, ...uleb(LANES_STATE_AT + 16 * i)); set(VAR + i); }
  for (let round = 0; round < 64; round++) {
    const [a, b, c, d, e, f, g, h] = [0, 1, 2, 3, 4, 5, 6, 7].map((x) => VAR + ((x - (round % 8) + 8) % 8));
    const w = WORD + (round % 16);
    if (round >= 16) {
      get(w);
      sigma(WORD + ((round + 1) % 16), 7, 18, 3, true); simd(SIMD.add);
      get(WORD + ((round + 9) % 16)); simd(SIMD.add);
      sigma(WORD + ((round + 14) % 16), 17, 19, 10, true); simd(SIMD.add);
      set(w);
    }
    get(h); sigma(e, 6, 11, 25, false); simd(SIMD.add);
    get(f); get(g); get(e); simd(SIMD.bitselect); simd(SIMD.add);
    i32(K[round]); simd(SIMD.splat); simd(SIMD.add); get(w); simd(SIMD.add); set(T1);
    get(d); get(T1); simd(SIMD.add); set(d);
    get(T1); sigma(a, 2, 13, 22, false); simd(SIMD.add);
    get(c); get(b); get(a); get(b); simd(SIMD.xor); simd(SIMD.bitselect); simd(SIMD.add);
    set(h);
  }
  for (let i = 0; i < 8; i++) {
    i32(0); i32(0); simd(SIMD.load, 4, ...uleb(LANES_STATE_AT + 16 * i)); get(VAR + i); simd(SIMD.add);
    simd(SIMD.store, 4, ...uleb(LANES_STATE_AT + 16 * i));
  }
  get(FROM); i32(64); code.push(OP.add); set(FROM);
  code.push(OP.br, 0, OP.end, OP.end, OP.end);
  return [...vector([[...uleb(LOCALS), V128]]), ...code];
}

/** The module's bytes: one memory and two functions `blocks(from: i32, to: i32)` and `lanes(from: i32, to: i32)`, all exported. */
function moduleBytes(): Uint8Array {
  const functions = [blocksBody(), lanesBody()];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector([[0x60, 2, 0x7f, 0x7f, 0]])),
    ...section(3, vector([[0], [0]])),
    ...section(5, vector([[0, ...uleb(PAGES)]])),
    ...section(7, vector([[...name('memory'), 2, 0], [...name('blocks'), 0, 0], [...name('lanes'), 0, 1]])),
    ...section(10, vector(functions.map((body) => [...uleb(body.length), ...body]))),
  ]);
}

/** The part of the WebAssembly API used here (the project's TypeScript lib, ES2023 without DOM, does not declare it). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: { memory: { buffer: ArrayBuffer }; blocks: (from: number, to: number) => void; lanes: (from: number, to: number) => void } };
}
const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

let compiled: Sha256Blocks | undefined;

/** The block functions, compiled on first use (about 20 KB of WebAssembly, a few milliseconds to compile). */
export function sha256Blocks(): Sha256Blocks {
  if (compiled) return compiled;
  const { exports } = new wasm.Instance(new wasm.Module(moduleBytes()));
  // The memory never grows, so these views stay valid.
  const buffer = exports.memory.buffer;
  compiled = {
    state: new Int32Array(buffer, 0, 8),
    input: new Uint8Array(buffer, INPUT_AT, INPUT_BYTES),
    run: (bytes) => exports.blocks(0, bytes),
    laneState: new Int32Array(buffer, LANES_STATE_AT, 32),
    laneInput: [0, 1, 2, 3].map((lane) => new Uint8Array(buffer, LANE_AT + lane * LANE_BYTES, LANE_BYTES)),
    runLanes: (bytes) => exports.lanes(0, bytes),
  };
  return compiled;
}
