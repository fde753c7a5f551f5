/**
 * Publishing 100,000 and 1,000,000 synthetic observations through the publish use case, with an
 * in-memory state store, an ObservationStore that yields synthetic rows lazily in publish order
 * (200 months), and a BlobStore that streams every file to a temp dir. The rows are consistent
 * series (`consistentRow`: what the quality gate sees in a customs dataset, about 0.1 % held back)
 * or, in the cases named "random figures", random ones (`randomRow`: about 11 % held back, a
 * stress case for the gate). Version 1 (everything added,
 * rendered whole) and version 2 (a monthly release: a new month, revisions of the last three
 * months, a few removals, ~1.5% of rows), composed from version 1 and, for comparison, rendered
 * whole, are timed apart from the latest/ mirror, catalog and feeds; `MB uploaded` counts the
 * bytes sent (copies inside the store are not). References on the same rows: DuckDB writing the
 * same CSV, CSV.gz, JSON, NDJSON and Parquet (`x duckdb same files` of a publish is its time
 * over DuckDB's for those five; of "CSV+Parquet only", over DuckDB's CSV+Parquet), and bare gzip
 * and sha256 over the CSV bytes.
 *
 * Every case runs in a child process of its own, so the memory figures are that case's alone:
 * the publish children never load DuckDB, and peak RSS is the kernel's high-water mark of the
 * child (getrusage), not a sample that a long synchronous stretch could miss. `base rss MB` is
 * what the child holds before it starts (Node and the modules). The children run the bundle Lambda would run
 * (CHILD_MODE; PUBLISH_BENCH_CHILD=tsx for the TypeScript sources through tsx, as before 2026-12-05).
 * Run: npm run bench -- publish (PUBLISH_BENCH_SIZES=100000 for one size, PUBLISH_BENCH_CASES=csv+parquet
 * for fewer cases, PUBLISH_BENCH_CPU_PROF=DIR to profile, PUBLISH_BENCH_HEAP_PROF=DIR for allocations,
 * PUBLISH_BENCH_THREADS=1 for each child's CPU by thread, PUBLISH_BENCH_V8_FLAGS="--flag ..." to try V8 flags in the children,
 * PUBLISH_BENCH_MEMORY_LOG=DIR for each case's memory over time). A publish case also reports the CPU of the threads beside
 * the publish thread (V8's helpers: collection and background compiling; libuv's pool; the rest), which a CPU profile leaves out
 */
import { execFileSync, fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { copyFile, link, open, readFile, rename, truncate, writeFile, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { OBSERVATION_COLUMNS } from '../functions/core/contract.js';
import { isCopiedRange, tailCopyPlan, type BlobMeta, type BlobStore, type CopiedRange } from '../functions/core/ports.js';
import { CATALOG_KEY, latestPrefix, VERSION_FILES, versionPrefix } from '../functions/core/publish/documents.js';
import { QUERY_TABLE_PREFIX, queryParquetKey } from '../functions/core/publish/query-layout.js';
import { COMPOSED_FILES, layoutKey } from '../functions/core/publish/layout.js';
import { QUALITY_FILE, type GateScope } from '../functions/core/quality/gate.js';
import { seriesSummaryKey } from '../functions/core/site/series-summary.js';
import { ManualClock, MemoryDatasetStateStore, MemoryNotifier } from '../functions/core/publish/in-memory.js';
import { ParquetSink } from '../functions/core/publish/parquet.js';
import { writeVersionFiles } from '../functions/core/publish/build-version.js';
import { publishDataset } from '../functions/core/publish/publish-dataset.js';
import { CSV_HEADER, csvRecord } from '../functions/core/publish/render.js';
import { ByteChannel, TextSink } from '../functions/core/publish/streams.js';
import { PUBLISH_ENVIRONMENT, PUBLISH_NODE_OPTIONS } from '../infra/node-options.js';
import { FUNCTION_NODE_OPTIONS, handlerBuildOptions, splitHandlerOptions } from '../infra/bundling.js';
import { workerPublishThreads } from '../functions/adapters/worker-parquet.js';
import { DATASET, SyntheticRowStore, type Figures } from './synthetic-rows.js';

export { SyntheticRowStore, type Figures };

/** DuckDB's COPY of the five row files every version offers. */
const DUCKDB_FIVE = ['duckdb COPY csv', 'duckdb COPY csv.gz', 'duckdb COPY json', 'duckdb COPY ndjson', 'duckdb COPY parquet'];
const SIZES = (process.env.PUBLISH_BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
/**
 * PUBLISH_BENCH_CASES=publish,random,csv+parquet (the default) or a part of it; `composed` instead
 * of `publish` runs v1 and the composed v2 only; `random` runs v1 and the composed v2 of the
 * random-figures dataset; `warm` adds the composed v2 in a warm process (after the same publish in
 * a copy of the store, so the code is compiled). The files-only case and the references always run.
 */
const CASES = (process.env.PUBLISH_BENCH_CASES ?? 'publish,random,csv+parquet').split(',');
const wanted = (name: string) => CASES.includes(name);
/** The synthetic rows, measured as the bench reads them: when each scan started, and memory sampled as rows are read. */
export class SyntheticObservationStore extends SyntheticRowStore {
  /** When each scan started (wall ms, CPU s, rows read before it): the quality gate scans first, the version's files after it. */
  readonly scans: number[] = [];
  readonly scanCpu: number[] = [];
  readonly readBefore: number[] = [];
  /** The kernel's peak RSS when each scan started: at the second, the quality gate's own peak. */
  readonly scanPeakRss: number[] = [];

  protected override scanStarted(): void {
    this.scans.push(performance.now());
    this.scanCpu.push(cpuSeconds());
    this.readBefore.push(this.rowsRead);
    this.scanPeakRss.push(maxRssMb());
    memoryLog?.mark(this.scans.length === 1 ? 'scan 1' : `scan ${this.scans.length}`);
  }

  protected override rowRead(i: number): void {
    // The quality gate's loop awaits only settled promises, so no timer fires in it: memory is sampled here too.
    if ((i & 1023) === 0) sampleMemory?.();
  }
}

/** Appends all of `bytes` (a write may take fewer). */
async function writeAll(out: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.byteLength; ) at += (await out.write(bytes, at, bytes.byteLength - at)).bytesWritten;
}

/** Bytes [start, end) of a file on disk. */
interface FileSegment { path: string; start: number; end: number }

/** Part of a composed object: bytes [start, end) of another object (a copy S3 makes), or of the object's own file (fromKey null: bytes sent). */
interface Piece { fromKey: string | null; start: number; end: number }

/**
 * A bucket in a directory: every stream goes to disk as it is produced. As in S3, an object is
 * never changed in place (a write goes to a new file renamed over the key), so a copy can be a
 * hard link: like a server-side copy, no byte passes through the publisher, and here none is
 * copied at all (S3 copies them inside the service, which the publisher only waits for).
 *
 * A composed object's part copies are S3's work too (UploadPartCopy): its copied prefix and the
 * ranges of its tail that S3BlobStore would copy as parts wait for `materialize`, which the bench
 * calls after the timed publish. Until then the key's file holds only the bytes the publisher
 * sent, and the object is a list of pieces: ranges of that file and ranges of other objects,
 * read through to their sources.
 */
export class FileBlobStore implements BlobStore {
  constructor(private readonly root: string) {}
  /** Composed objects not yet written out whole: their pieces in order, by key. */
  private readonly deferred = new Map<string, Piece[]>();
  private path(key: string) {
    const path = join(this.root, key);
    mkdirSync(dirname(path), { recursive: true });
    return path;
  }
  /** Writes a new file next to the key's and renames it over the key: a file another key links to is never touched. */
  private async replace(key: string, write: (path: string) => Promise<Piece[] | void>, pieces?: Piece[]): Promise<void> {
    const path = this.path(key);
    const fresh = `${path}.${process.pid}.${++this.fresh}.part`;
    const written = (await write(fresh)) ?? pieces;
    await rename(fresh, path);
    // Re-inserted, so a key comes after the keys its pieces are read from (materialize's order).
    this.deferred.delete(key);
    if (written?.some((p) => p.fromKey !== null)) this.deferred.set(key, written);
  }
  private fresh = 0;
  /** Where bytes [start, end) of an object are on disk, in order. */
  private segments(key: string, start: number, end: number): FileSegment[] {
    const path = join(this.root, key);
    const pieces = this.deferred.get(key);
    if (!pieces) return end > start ? [{ path, start, end }] : [];
    const found: FileSegment[] = [];
    let at = 0;
    for (const piece of pieces) {
      const length = piece.end - piece.start;
      const from = Math.max(start, at) - at;
      const to = Math.min(end, at + length) - at;
      if (from < to) {
        if (piece.fromKey === null) found.push({ path, start: piece.start + from, end: piece.start + to });
        else found.push(...this.segments(piece.fromKey, piece.start + from, piece.start + to));
      }
      at += length;
    }
    return found;
  }
  private size(key: string): number {
    const pieces = this.deferred.get(key);
    return pieces ? pieces.reduce((n, p) => n + p.end - p.start, 0) : statSync(join(this.root, key)).size;
  }
  private async *read(key: string, start: number, end: number): AsyncGenerator<Uint8Array> {
    for (const s of this.segments(key, start, end)) yield* createReadStream(s.path, { start: s.start, end: s.end - 1, highWaterMark: 1 << 20 });
  }
  /** Bytes that reached the store from the publisher (server-side copies excluded), as an S3 bill would count uploads. */
  readonly sent = { bytes: 0, summaryBytes: 0, summaryPieces: 0 };
  /** Counts a body sent whole, and apart the page's series summary (its index and the pieces written). */
  private sentWhole(key: string, body: Uint8Array): void {
    this.sent.bytes += body.byteLength;
    if (!key.includes('/_site/')) return;
    this.sent.summaryBytes += body.byteLength;
    if (key.includes('/_site/pieces/')) this.sent.summaryPieces++;
  }
  async putImmutable(key: string, body: Uint8Array, _meta: BlobMeta): Promise<boolean> {
    this.sentWhole(key, body);
    try {
      await writeFile(this.path(key), body, { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }
  async put(key: string, body: Uint8Array): Promise<void> {
    this.sentWhole(key, body);
    await this.replace(key, (path) => writeFile(path, body));
  }
  async putStream(key: string, body: AsyncIterable<Uint8Array>): Promise<void> {
    await this.replace(key, (path) => pipeline(Readable.from(this.counted(body), { highWaterMark: 2 }), createWriteStream(path)));
  }
  async copy(fromKey: string, toKey: string): Promise<void> {
    await this.replace(toKey, (path) => link(join(this.root, fromKey), path), this.deferred.get(fromKey));
  }
  async get(key: string): Promise<Uint8Array | null> {
    if (!existsSync(join(this.root, key))) return null;
    if (!this.deferred.has(key)) return readFile(join(this.root, key));
    const chunks: Uint8Array[] = [];
    for await (const chunk of this.read(key, 0, this.size(key))) chunks.push(chunk);
    return Buffer.concat(chunks);
  }
  async getStream(key: string): Promise<AsyncIterable<Uint8Array> | null> {
    return existsSync(join(this.root, key)) ? this.read(key, 0, this.size(key)) : null;
  }
  async exists(key: string): Promise<boolean> {
    return existsSync(join(this.root, key));
  }
  async getRange(key: string, start: number, end: number): Promise<AsyncIterable<Uint8Array> | null> {
    if (!existsSync(join(this.root, key))) return null;
    return this.read(key, start, end);
  }
  /** Each composed object's copies: the prefix's end, and the ranges its tail copies (every one read back for a checksum). */
  readonly composedCopies = new Map<string, { prefixEnd: number; tail: CopiedRange[] }>();
  async compose(key: string, copies: CopiedRange[], tail: AsyncIterable<Uint8Array | CopiedRange>): Promise<void> {
    this.composedCopies.set(key, { prefixEnd: copies[0]?.end ?? 0, tail: [] });
    await this.replace(key, async (path) => {
      const out = await open(path, 'w');
      try {
        return await this.writeTail(out, copies.map((c) => ({ fromKey: c.fromKey, start: c.start, end: c.end })), tail, this.composedCopies.get(key)!.tail);
      } finally {
        await out.close();
      }
    });
  }
  /**
   * Writes every composed object out whole, as S3 would have stored it: its pieces copied from
   * their sources (the file system's work: no byte is the publisher's), in order. Called after the timing.
   */
  async materialize(): Promise<void> {
    // Keys sharing a file (copies of one composed object) share the object written out, as links.
    const written = new Map<number, string>();
    // A snapshot: writing a key out takes it off the map. Sources come before the keys composed from them.
    for (const [key, pieces] of [...this.deferred]) {
      const own = join(this.root, key);
      const inode = statSync(own).ino;
      const whole = written.get(inode);
      written.set(inode, own);
      await this.replace(key, async (path) => { await (whole ? link(whole, path) : this.writeOut(path, pieces, own)); });
    }
  }
  /** A composed object written whole at `path`: a copied prefix by the file system, then every other piece appended. */
  private async writeOut(path: string, pieces: Piece[], own: string): Promise<void> {
    const [first] = pieces;
    const prefix = first.fromKey !== null && first.start === 0 ? first : null;
    if (prefix) {
      await copyFile(join(this.root, prefix.fromKey!), path);
      await truncate(path, prefix.end);
    }
    const out = await open(path, prefix ? 'a' : 'w');
    try {
      for (const piece of prefix ? pieces.slice(1) : pieces) {
        await this.copySegments(out, piece.fromKey === null ? [{ path: own, start: piece.start, end: piece.end }] : this.segments(piece.fromKey, piece.start, piece.end));
      }
    } finally {
      await out.close();
    }
  }
  /**
   * Appends what the publisher sends of a composed object's tail, and lists the object's pieces.
   * A copied range is read and sent where S3BlobStore would send it (its first bytes topping up
   * a part, or all of it when what is left is too short for a part), and else left a piece to copy
   * later, like S3's part copy, counting sent bytes as S3BlobStore would send them.
   */
  private async writeTail(out: FileHandle, pieces: Piece[], tail: AsyncIterable<Uint8Array | CopiedRange>, copied: CopiedRange[]): Promise<Piece[]> {
    const TAIL_PART = 8 * 1024 * 1024;
    let pending = 0;
    let written = 0;
    const sent = (bytes: number) => {
      this.sent.bytes += bytes;
      pending += bytes;
      if (pending >= TAIL_PART) pending = 0;
      const last = pieces[pieces.length - 1];
      if (last?.fromKey === null && last.end === written) last.end += bytes;
      else pieces.push({ fromKey: null, start: written, end: written + bytes });
      written += bytes;
    };
    for await (const item of tail) {
      if (!isCopiedRange(item)) {
        await writeAll(out, item);
        sent(item.byteLength);
        continue;
      }
      copied.push({ fromKey: item.fromKey, start: item.start, end: item.end });
      const { start } = tailCopyPlan(item, pending);
      if (start > item.start) {
        await this.copySegments(out, this.segments(item.fromKey, item.start, start));
        sent(start - item.start);
      }
      if (start < item.end) {
        pending = 0;
        pieces.push({ fromKey: item.fromKey, start, end: item.end });
      }
    }
    return pieces;
  }
  /**
   * Appends file segments through one buffer: the store's work, like S3's copy is S3's, so the
   * publisher's heap does not collect a new Buffer for every megabyte of it.
   */
  private async copySegments(out: FileHandle, segments: FileSegment[]): Promise<void> {
    const length = segments.reduce((n, s) => Math.max(n, s.end - s.start), 0);
    if (length === 0) return;
    const buffer = Buffer.allocUnsafeSlow(Math.min(1 << 20, length));
    for (const s of segments) {
      const source = await open(s.path, 'r');
      try {
        for (let at = s.start; at < s.end; ) {
          const { bytesRead } = await source.read(buffer, 0, Math.min(buffer.byteLength, s.end - at), at);
          if (bytesRead === 0) throw new Error(`${s.path} ends before ${s.end}`);
          await writeAll(out, buffer.subarray(0, bytesRead));
          at += bytesRead;
        }
      } finally {
        await source.close();
      }
    }
  }
  private async *counted(body: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const chunk of body) {
      this.sent.bytes += chunk.byteLength;
      yield chunk;
    }
  }
  async list(prefix: string): Promise<string[]> {
    const dir = join(this.root, dirname(`${prefix}x`));
    return existsSync(dir) ? readdirSync(dir).map((f) => join(dirname(`${prefix}x`), f)).filter((k) => k.startsWith(prefix)) : [];
  }
}


/** What a child reports about its case. */
export interface CaseResult {
  seconds: number;
  /** CPU time of the whole child (all threads: gzip runs on the libuv pool), less noisy than wall time on a shared machine. */
  cpuSeconds: number;
  /** CPU seconds of the publish thread alone (the rest: the worker thread, libuv's pool, V8's compiler and collector threads). */
  threadCpuSeconds?: number;
  /** Of the rest, by kind of thread (Linux only). */
  helperCpu?: HelperCpu;
  rows: number;
  /** Seconds until the manifest write (publish only): the version's files. */
  filesSeconds?: number;
  /** Seconds before the files start (publish only): the claim and the quality gate over every row. */
  gateSeconds?: number;
  /** CPU seconds (all threads) before the files start (publish only). */
  gateCpuSeconds?: number;
  /** CPU seconds (all threads) of the version's files, from the files' first scan to the manifest write (publish only). */
  filesCpuSeconds?: number;
  /** Current rows the version's files read from the store (publish only; the gate's scan excluded). */
  filesRowsRead?: number;
  bytesWritten?: number;
  /** Of those, the page's series summary: its index and the pieces it wrote (publish only). */
  summaryUploaded?: { bytes: number; piecesWritten: number; piecesNamed: number };
  /** Bytes the publisher sent to the store (publish only): composed files count only their new stripes. */
  bytesUploaded?: number;
  /** CPU the bench store spent after the timing writing composed objects' copied prefixes out (S3's own work: UploadPartCopy). */
  storeCopyCpuSeconds?: number;
  /** Rows the quality gate held back from the version (publish only). */
  heldBack?: number;
  /** What the quality gate read, replayed and checked (publish only, as publish logs it). */
  gateScope?: GateScope;
  /** A composed version's stripes (publish v2 only): rendered, copied before the first rendered one, copied after it (read back and hashed). */
  stripes?: StripeCounts;
  /** Each step after the files (publish only): latest/, catalog, feeds, query copy, site, notify. */
  afterFiles?: Record<string, StepSpan>;
  peakRssMb: number;
  /** The kernel's peak RSS when the version's files started (publish only): the quality gate's peak, and what the files start on. */
  gatePeakRssMb?: number;
  /** The kernel's peak RSS when the manifest was written (publish only): the peak of the gate and the files, before latest/, catalog, feeds and site. */
  filesPeakRssMb?: number;
  baseRssMb: number;
  /** CPU seconds (all threads) of the child before the case: Node's start and loading the modules (bundled or through tsx: CHILD_MODE). */
  startCpuSeconds?: number;
  peakHeapMb: number;
  peakBuffersMb: number;
}

/** One case to run in a child process. */
export type ChildCase =
  | { kind: 'publish'; size: number; phase: 1 | 2; dir: string; whole?: boolean; figures?: Figures; warmUp?: string }
  | { kind: 'csv+parquet'; size: number; dir: string }
  | { kind: 'files'; size: number; dir: string }
  | { kind: 'references'; size: number; dir: string };

interface Timing<T> { result: T; seconds: number; cpuSeconds: number; threadCpuSeconds: number; heapMb: number; buffersMb: number; helpers?: HelperCpu }

/**
 * CPU seconds of the threads beside the publish thread while a case ran (Linux /proc, 10 ms ticks): V8's helper
 * threads (`V8Worker`: concurrent and parallel garbage collection, optimizing compilation in the background), libuv's
 * pool (gzip, file system calls) and the rest (the publish worker's thread when it runs, and any other). A CPU
 * profile (`--cpu-prof`) shows none of them.
 */
export interface HelperCpu { v8: number; libuv: number; other: number }

/**
 * The sampler of the case being measured, also called by the synthetic store every 1,024 rows it
 * yields: a timer alone never fires during the quality gate (its loop over the rows awaits only
 * settled promises), so `peak heap MB` and `peak buffers MB` missed the gate.
 */
let sampleMemory: (() => void) | null = null;

/**
 * PUBLISH_BENCH_MEMORY_LOG=DIR: each case's memory over time, one line per sample (at most every 10 ms): ms since
 * the case started, the kernel's RSS, V8's heap committed and used, external and arrayBuffers (MB), and marks where
 * each scan starts and the manifest is written, so a peak can be put in its step (gate, files, the steps after).
 */
class MemoryLog {
  private readonly lines: string[] = ['ms rss heapTotal heapUsed external arrayBuffers'];
  private readonly started = performance.now();
  private last = -Infinity;
  sample(m: NodeJS.MemoryUsage): void {
    const at = performance.now();
    if (at - this.last < 10) return;
    this.last = at;
    this.lines.push([at - this.started, m.rss, m.heapTotal, m.heapUsed, m.external, m.arrayBuffers].map((v, i) => (i === 0 ? v.toFixed(0) : (v / 2 ** 20).toFixed(1))).join(' '));
  }
  mark(name: string): void {
    this.lines.push(`# ${(performance.now() - this.started).toFixed(0)} ${name} (peak rss ${maxRssMb().toFixed(0)})`);
  }
  write(name: string): void {
    const dir = process.env.PUBLISH_BENCH_MEMORY_LOG!;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}-${process.pid}.txt`), `${this.lines.join('\n')}\n`);
  }
}
let memoryLog: MemoryLog | null = null;

/** Times `work` and samples the heap and buffer memory every few milliseconds while it runs (and as the store yields rows). */
async function measure<T>(work: () => Promise<T>): Promise<Timing<T>> {
  let heap = 0;
  let buffers = 0;
  const sample = () => {
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    // Buffers and other ArrayBuffers alone (`external` already counts them, so adding the two counted them twice).
    buffers = Math.max(buffers, m.arrayBuffers);
    memoryLog?.sample(m);
  };
  const timer = setInterval(sample, 5);
  sampleMemory = sample;
  const started = performance.now();
  const before = cpuByThread();
  const cpu = process.cpuUsage();
  const thread = process.threadCpuUsage();
  try {
    const result = await work();
    sample();
    const used = process.cpuUsage(cpu);
    const own = process.threadCpuUsage(thread);
    const helpers = helperCpu(before, cpuByThread());
    return { result, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, threadCpuSeconds: (own.user + own.system) / 1e6, heapMb: heap / 2 ** 20, buffersMb: buffers / 2 ** 20, ...(helpers ? { helpers } : {}) };
  } finally {
    clearInterval(timer);
    sampleMemory = null;
  }
}

const mb = (bytes: number) => bytes / 2 ** 20;
/** CPU seconds of this process so far, all threads (gzip runs on the libuv pool). */
const cpuSeconds = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};
/** The kernel's peak RSS of this process so far. */
const maxRssMb = () => process.resourceUsage().maxRSS / 1024;
const dirBytes = (dir: string) => readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);

/** The steps after a version's files, in the order publish runs them, told apart by the key each one writes last. */
const AFTER_FILES_STEPS: Array<{ step: string; writes: (key: string) => boolean }> = [
  { step: 'latest/', writes: (key) => key.includes('/latest/') || key.endsWith('/latest.json') },
  { step: 'catalog', writes: (key) => key === CATALOG_KEY },
  { step: 'feeds', writes: (key) => key.endsWith('feed.atom') },
  { step: 'query copy', writes: (key) => key.startsWith(QUERY_TABLE_PREFIX) },
  { step: 'site', writes: (key) => key.startsWith('site/') || key.endsWith('index.html') },
];

/** Wall and CPU seconds of one step after the files. */
interface StepSpan { seconds: number; cpuSeconds: number }

/**
 * Marks when each write of the steps after the files completes; a step ends at its last write and
 * starts where the one before it ended (the files' manifest write for the first), so reads a step
 * does before writing (manifests for the feeds, the NDJSON for the site) count in it.
 * `notify` is what follows the site's last write: the notification and its record.
 */
class StepClock {
  private readonly ends = new Map<string, { at: number; cpu: number }>();
  async after<T>(key: string, work: Promise<T>): Promise<T> {
    const result = await work;
    const step = AFTER_FILES_STEPS.find((s) => s.writes(key))?.step;
    if (step) this.ends.set(step, { at: performance.now(), cpu: cpuSeconds() });
    return result;
  }
  end(): void {
    this.ends.set('notify', { at: performance.now(), cpu: cpuSeconds() });
  }
  spans(filesAt: number, filesCpu: number): Record<string, StepSpan> {
    const out: Record<string, StepSpan> = {};
    let previous = { at: filesAt, cpu: filesCpu };
    for (const step of [...AFTER_FILES_STEPS.map((s) => s.step), 'notify']) {
      const end = this.ends.get(step);
      if (!end) continue;
      out[step] = { seconds: (end.at - previous.at) / 1000, cpuSeconds: end.cpu - previous.cpu };
      previous = end;
    }
    return out;
  }
}

/** How a version 2 was built, stripe by stripe (from observations.ndjson's pieces and version 1's layout). */
interface StripeCounts {
  /** Stripes of version 2. */
  all: number;
  /** Stripes rendered (read from the store and the previous version, written anew). */
  rendered: number;
  /** Stripes after the first rendered one copied from version 1: read back and hashed, since a SHA-256 state depends on every byte before it. */
  readBack: number;
  /** MB the data files read back for their checksums (every composed file's copied stripes after its first rendered one). */
  readBackMb: number;
  /** MB of quality.json copied from version 1's (read back whole for its checksum). */
  qualityCopiedMb: number;
}

/** Counts version 2's stripes: those before its composed files' copied prefix ends and those its tails copy were not rendered. */
function stripeCounts(dir: string, blobs: FileBlobStore): StripeCounts | undefined {
  const read = (version: number) => JSON.parse(readFileSync(join(dir, layoutKey(DATASET, version)), 'utf8')) as { stripes: Array<{ starts: Record<string, { at: number }> }>; ends: Record<string, { at: number }> };
  // A version 2 rendered whole runs with version 1's layout set aside: it has no stripes of version 1 to count.
  if (!existsSync(join(dir, layoutKey(DATASET, 1)))) return undefined;
  const [v1, v2] = [read(1), read(2)];
  const path = VERSION_FILES.ndjson.path;
  const ndjson = blobs.composedCopies.get(`${versionPrefix(DATASET, 2)}${path}`);
  if (!ndjson) return undefined;
  const starts = v1.stripes.map((s) => s.starts[path].at);
  const ends = [...starts.slice(1), v1.ends[path].at];
  const inPrefix = starts.filter((_, k) => ends[k] <= ndjson.prefixEnd).length;
  const readBack = starts.filter((start, k) => ndjson.tail.some((c) => c.start <= start && ends[k] <= c.end)).length;
  const copiedBytes = (key: string) => (blobs.composedCopies.get(key)?.tail ?? []).reduce((n, c) => n + c.end - c.start, 0);
  const dataBytes = COMPOSED_FILES.reduce((n, f) => n + copiedBytes(`${versionPrefix(DATASET, 2)}${f.path}`), 0);
  return { all: v2.stripes.length, rendered: v2.stripes.length - inPrefix - readBack, readBack, readBackMb: mb(dataBytes), qualityCopiedMb: mb(copiedBytes(`${versionPrefix(DATASET, 2)}${QUALITY_FILE.path}`)) };
}

/** How many pieces a version's series summary names (written by it or kept from the version before). */
function summaryPieces(dir: string, version: number): number {
  const index = JSON.parse(readFileSync(join(dir, seriesSummaryKey(DATASET, version)), 'utf8')) as { pieces?: unknown[] };
  return index.pieces?.length ?? 0;
}

/** Publishes version 1 (fresh state) or version 2 (state as left by version 1) of the synthetic dataset. */
async function publishCase(size: number, phase: 1 | 2, dir: string, whole = false, figures: Figures = 'consistent'): Promise<Omit<CaseResult, 'peakRssMb' | 'baseRssMb'>> {
  // Version 2 rendered whole, for comparison: version 1's layout is set aside, as if it had none.
  // Its latest/ mirror is set aside too and put back after, so the composed v2 finds v1's there.
  const layout = join(dir, layoutKey(DATASET, 1));
  const latest = join(dir, latestPrefix(DATASET));
  if (whole) {
    renameSync(layout, `${layout}.aside`);
    renameSync(latest, `${latest.replace(/\/$/, '')}.aside`);
  }
  try {
    return await publishVersion(size, phase, dir, figures);
  } finally {
    if (whole) {
      rmSync(join(dir, 'datasets', DATASET, 'v2'), { recursive: true, force: true });
      rmSync(join(dir, layoutKey(DATASET, 2)), { force: true });
      rmSync(join(dir, queryParquetKey(DATASET, 2)), { force: true });
      renameSync(`${layout}.aside`, layout);
      rmSync(latest, { recursive: true, force: true });
      renameSync(`${latest.replace(/\/$/, '')}.aside`, latest);
    }
  }
}

async function publishVersion(size: number, phase: 1 | 2, dir: string, figures: Figures): Promise<Omit<CaseResult, 'peakRssMb' | 'baseRssMb'>> {
  const datasets = new MemoryDatasetStateStore();
  const observations = new SyntheticObservationStore(size, figures);
  observations.phase = phase;
  if (phase === 2) datasets.states.set(DATASET, { dataset: DATASET, change_seq: 1, changed_periods: {}, changed_periods_since: 0, published_seq: 1, latest_version: 1, notified_version: 1, pending: null });
  // As normalize marks them: version 1's release added every month, version 2's changed the last ones.
  await datasets.markChanged(DATASET, observations.changedPeriods());
  const blobs = new FileBlobStore(dir);
  // Marks when the manifest is written: before it, the version's files; after it, latest/, catalog, feeds.
  let manifestAt = 0;
  let manifestCpu = 0;
  let manifestRowsRead = 0;
  let manifestPeakRss = 0;
  const steps = new StepClock();
  const timed: BlobStore = Object.assign(Object.create(blobs) as BlobStore, {
    putImmutable: async (key: string, body: Uint8Array, meta: BlobMeta) => {
      if (key.endsWith('/manifest.json')) {
        manifestAt = performance.now();
        manifestCpu = cpuSeconds();
        manifestRowsRead = observations.rowsRead;
        manifestPeakRss = maxRssMb();
        memoryLog?.mark('manifest');
      }
      return steps.after(key, blobs.putImmutable(key, body, meta));
    },
    put: (key: string, body: Uint8Array, _meta: BlobMeta) => steps.after(key, blobs.put(key, body)),
    copy: (fromKey: string, toKey: string, _meta: BlobMeta) => steps.after(toKey, blobs.copy(fromKey, toKey)),
  });
  const clock = new ManualClock(new Date(Date.UTC(2025, 11, 1 + phase)));
  // As the publish function does: the files are hashed, and the Parquet row groups written, in one worker thread whose script is found before the timed publish (the function's start).
  const build = (await workerPublishThreads()) ?? {};
  // The quality gate's scope, as publish logs it: months read, passes replayed and checked, its scans, fallbacks.
  let scope: GateScope | undefined;
  const logger = { info: (message: string, fields?: Record<string, unknown>) => void (message.startsWith('quality gate') && (scope = fields as unknown as GateScope)), warn() {}, error() {} };
  const deps = { observations, datasets, blobs: timed, notifier: new MemoryNotifier(), clock, logger, owner: 'bench', build };
  const started = performance.now();
  const startedCpu = cpuSeconds();
  const m = await measure(() => publishDataset(DATASET, deps));
  if (m.result.status !== 'published') throw new Error(`bench publish did not publish: ${m.result.status}`);
  steps.end();
  // The files' first scan follows the gate's (two when its replay from a year before the change fell back).
  const files = scope?.scans ?? 1;
  const storeCopyCpu = cpuSeconds();
  await blobs.materialize();
  return {
    storeCopyCpuSeconds: cpuSeconds() - storeCopyCpu,
    seconds: m.seconds,
    cpuSeconds: m.cpuSeconds,
    threadCpuSeconds: m.threadCpuSeconds,
    helperCpu: m.helpers,
    rows: m.result.rows,
    filesSeconds: (manifestAt - started) / 1000,
    gateSeconds: ((observations.scans[files] ?? manifestAt) - started) / 1000,
    gateCpuSeconds: (observations.scanCpu[files] ?? manifestCpu) - startedCpu,
    filesCpuSeconds: manifestCpu - (observations.scanCpu[files] ?? manifestCpu),
    filesRowsRead: manifestRowsRead - (observations.readBefore[files] ?? manifestRowsRead),
    gateScope: scope,
    bytesWritten: dirBytes(join(dir, 'datasets', DATASET, `v${phase}`)),
    bytesUploaded: blobs.sent.bytes,
    summaryUploaded: { bytes: blobs.sent.summaryBytes, piecesWritten: blobs.sent.summaryPieces, piecesNamed: summaryPieces(dir, phase) },
    afterFiles: steps.spans(manifestAt, manifestCpu),
    gatePeakRssMb: observations.scanPeakRss[files],
    filesPeakRssMb: manifestPeakRss,
    heldBack: m.result.quality?.held_back,
    stripes: phase === 2 ? stripeCounts(dir, blobs) : undefined,
    peakHeapMb: m.heapMb,
    peakBuffersMb: m.buffersMb,
  };
}

/**
 * The files of version 1 alone (writeVersionFiles: the eight streamed files, the code lists and
 * datapackage.json), without the quality gate before it and latest/, catalog, feeds and site after.
 */
async function filesCase(size: number, dir: string): Promise<Omit<CaseResult, 'peakRssMb' | 'baseRssMb'>> {
  const blobs = new FileBlobStore(dir);
  const plan = { dataset: DATASET, version: 1, previousVersion: null, createdAt: '2025-12-02T00:00:00.000Z', seq: 1, licences: [], publishers: [], url: 'files/' };
  const build = (await workerPublishThreads()) ?? {};
  const m = await measure(() => writeVersionFiles(plan, { observations: new SyntheticObservationStore(size), blobs }, build));
  if (typeof m.result === 'string') throw new Error(`bench files case wrote nothing: ${m.result}`);
  return { seconds: m.seconds, cpuSeconds: m.cpuSeconds, rows: m.result.row_count, bytesWritten: dirBytes(join(dir, 'datasets', DATASET, 'v1')), peakHeapMb: m.heapMb, peakBuffersMb: m.buffersMb };
}

/**
 * Only observations.csv and observations.parquet, written with the publisher's own renderer,
 * sinks and channels: the part of a publish that does what DuckDB does in the reference.
 */
async function csvParquetCase(size: number, dir: string): Promise<Omit<CaseResult, 'peakRssMb' | 'baseRssMb'>> {
  const blobs = new FileBlobStore(dir);
  const m = await measure(async () => {
    const csvChannel = new ByteChannel(512 * 1024);
    const parquetChannel = new ByteChannel(512 * 1024);
    const uploads = [
      blobs.putStream('csv-parquet/observations.csv', csvChannel),
      blobs.putStream('csv-parquet/observations.parquet', parquetChannel),
    ];
    const csv = new TextSink([csvChannel]);
    const parquet = new ParquetSink(parquetChannel);
    csv.push(CSV_HEADER);
    const observations = new SyntheticObservationStore(size);
    let n = 0;
    for await (const row of observations.scan()) {
      csv.push(csvRecord(row));
      parquet.push(row);
      if (++n % 512 === 0) {
        await csv.drain();
        await parquet.drain();
      }
    }
    await csv.drain(true);
    await parquet.end();
    csvChannel.end();
    parquetChannel.end();
    await Promise.all(uploads);
    return n;
  });
  return { seconds: m.seconds, cpuSeconds: m.cpuSeconds, rows: m.result, bytesWritten: dirBytes(join(dir, 'csv-parquet')), peakHeapMb: m.heapMb, peakBuffersMb: m.buffersMb };
}

/** One reference timing. */
interface Reference { label: string; seconds: number; cpuSeconds: number }

async function timeReference(label: string, work: () => Promise<unknown>): Promise<Reference> {
  const m = await measure(work);
  return { label, seconds: m.seconds, cpuSeconds: m.cpuSeconds };
}

/** DuckDB writing the same CSV and Parquet, then bare gzip and sha256 over the same CSV bytes. */
async function referenceCases(size: number, dir: string): Promise<Reference[]> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const csv = join(dir, 'datasets', DATASET, 'v1', VERSION_FILES.csv.path);
  const out = join(dir, 'duckdb');
  mkdirSync(out, { recursive: true });
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const columns = OBSERVATION_COLUMNS.map((c) => `'${c}': '${c === 'value' || c === 'yoy_pct' ? 'DOUBLE' : c === 'revision' ? 'INTEGER' : c === 'published' ? 'DATE' : 'VARCHAR'}'`).join(', ');
  await connection.run(`CREATE TABLE t AS SELECT * FROM read_csv('${csv}', header = true, columns = {${columns}})`);
  const timings: Reference[] = [];
  // The five files a version offers of its rows, written by DuckDB: the yardstick of a full publish.
  for (const [label, sql] of [
    ['duckdb COPY csv', `COPY t TO '${out}/duck.csv' (HEADER)`],
    ['duckdb COPY parquet', `COPY t TO '${out}/duck.parquet' (FORMAT PARQUET, COMPRESSION SNAPPY)`],
    ['duckdb COPY csv.gz', `COPY t TO '${out}/duck.csv.gz' (HEADER, COMPRESSION GZIP)`],
    ['duckdb COPY json', `COPY t TO '${out}/duck.json' (FORMAT JSON, ARRAY true)`],
    ['duckdb COPY ndjson', `COPY t TO '${out}/duck.ndjson' (FORMAT JSON)`],
  ] as const) {
    timings.push(await timeReference(label, () => connection.run(sql)));
  }
  connection.closeSync();
  const bytes = statSync(csv).size;
  timings.push(await timeReference(`gzip -6 of observations.csv (${Math.round(mb(bytes))} MB)`, () =>
    pipeline(createReadStream(csv, { highWaterMark: 1 << 20 }), createGzip({ level: 6 }), new Writable({ write: (_c, _e, cb) => cb() }))));
  const hash = createHash('sha256');
  timings.push(await timeReference(`sha256 of observations.csv (${Math.round(mb(bytes))} MB)`, async () => {
    for await (const chunk of createReadStream(csv, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  }));
  return timings;
}

/** The child side: runs one case and sends its result to the parent. */
async function runChild(job: ChildCase): Promise<unknown> {
  const baseRssMb = mb(process.memoryUsage().rss);
  // The process's start: Node's own and loading this file's modules (a function's init, before its first invocation).
  const startCpuSeconds = cpuSeconds();
  if (job.kind === 'references') return referenceCases(job.size, job.dir);
  // A warm process: the same version published first in a copy of the store, so the timed one runs compiled code.
  if (job.kind === 'publish' && job.warmUp) await publishCase(job.size, job.phase, job.warmUp, job.whole, job.figures);
  const allocations = await sampleAllocations();
  if (process.env.PUBLISH_BENCH_MEMORY_LOG) memoryLog = new MemoryLog();
  const result = job.kind === 'publish' ? await publishCase(job.size, job.phase, job.dir, job.whole, job.figures) : job.kind === 'files' ? await filesCase(job.size, job.dir) : await csvParquetCase(job.size, job.dir);
  await allocations?.(`${job.kind}-${job.size}-${'phase' in job ? job.phase : 0}`);
  memoryLog?.write(`${job.kind}-${job.size}-${'phase' in job ? job.phase : 0}`);
  if (process.env.PUBLISH_BENCH_THREADS) console.error(`${job.kind} ${'phase' in job ? job.phase : ''} CPU s by thread: ${threadCpu()}`);
  return { ...result, baseRssMb, startCpuSeconds, peakRssMb: maxRssMb() } satisfies CaseResult;
}

/** The process's CPU seconds so far by thread id and name (Linux /proc), or null where there is no /proc. */
function cpuByThread(): Map<string, { name: string; seconds: number }> | null {
  if (!existsSync('/proc/self/task')) return null;
  const byTask = new Map<string, { name: string; seconds: number }>();
  for (const task of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byTask.set(task, { name, seconds: (Number(fields[11]) + Number(fields[12])) / 100 });
    } catch {
      // A thread gone since the listing.
    }
  }
  return byTask;
}

/** The CPU of the threads other than the publish thread between two listings (a thread that ended between them is not counted). */
function helperCpu(before: ReturnType<typeof cpuByThread>, after: ReturnType<typeof cpuByThread>): HelperCpu | undefined {
  if (!before || !after) return undefined;
  const helpers: HelperCpu = { v8: 0, libuv: 0, other: 0 };
  for (const [task, { name, seconds }] of after) {
    if (task === String(process.pid)) continue;
    const used = seconds - (before.get(task)?.seconds ?? 0);
    if (name.startsWith('V8Worker')) helpers.v8 += used;
    else if (name.startsWith('libuv-worker')) helpers.libuv += used;
    else helpers.other += used;
  }
  return helpers;
}

/** PUBLISH_BENCH_THREADS=1: the process's CPU seconds so far by thread name, where the CPU off the publish thread goes. */
function threadCpu(): string {
  const byName = new Map<string, number>();
  for (const { name, seconds } of cpuByThread()?.values() ?? []) byName.set(name, (byName.get(name) ?? 0) + seconds);
  return [...byName].sort((a, b) => b[1] - a[1]).map(([name, s]) => `${name} ${s.toFixed(2)}`).join(', ');
}

/**
 * PUBLISH_BENCH_HEAP_PROF=DIR: a sampling heap profile of each case (its timed part, with the setup and the store's
 * part copies around it), counting what the collector took too (what `--heap-prof` leaves out), so it shows where the
 * garbage is made; open it in Chrome DevTools. Returns what writes it, or undefined.
 */
async function sampleAllocations(): Promise<((name: string) => Promise<void>) | undefined> {
  const dir = process.env.PUBLISH_BENCH_HEAP_PROF;
  if (!dir) return undefined;
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  return async (name) => {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    mkdirSync(dir, { recursive: true });
    await writeFile(join(dir, `${name}-${process.pid}.heapprofile`), JSON.stringify(profile));
    session.disconnect();
  };
}

const CHILD_ENV = 'PUBLISH_BENCH_CASE';
if (process.env[CHILD_ENV] && process.send) {
  const job = JSON.parse(process.env[CHILD_ENV]) as ChildCase;
  runChild(job).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (error: Error) => process.send!({ ok: false, error: error.stack ?? String(error) }, () => process.exit(1)),
  );
}

/** The old generation of the "v2 rendered whole" case (a later flag overrides the function's cap). */
const WHOLE_RENDER_OLD_SPACE = '--max-old-space-size=4096';

/**
 * How the children run: by default one esbuild bundle of this file, built with the publish handler's options
 * (infra/bundling.ts splitHandlerOptions) and the function's NODE_OPTIONS, with the publish worker's entry beside it
 * as publish-worker.mjs, as infra ships it: the code Lambda runs, so what a fresh child pays to
 * start is what a cold function pays. PUBLISH_BENCH_CHILD=tsx runs the TypeScript sources through the bench's own
 * loader (tsx), as the bench did before 2026-12-05: each module transpiled as it loads.
 */
const CHILD_MODE = process.env.PUBLISH_BENCH_CHILD === 'tsx' ? 'tsx' : 'bundled';

let childBundle: Promise<string> | undefined;
/** The bundled child's script (built once per bench run, removed when it ends). */
function benchBundle(): Promise<string> {
  childBundle ??= (async () => {
    const cache = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));
    mkdirSync(cache, { recursive: true });
    // Inside node_modules, so that what the bundle leaves out (the AWS SDK) resolves as from the repository.
    // PUBLISH_BENCH_BUNDLE_DIR=NAME keeps it at one path across runs (Node's compile cache keys a module by its path).
    const fixed = process.env.PUBLISH_BENCH_BUNDLE_DIR;
    const dir = fixed ? join(cache, fixed) : mkdtempSync(join(cache, 'publish-bench-'));
    if (fixed) mkdirSync(dir, { recursive: true });
    else process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const { build } = await import('esbuild');
    const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url));
    // DuckDB (the references) is a native module: loaded from node_modules, as the AWS SDK.
    const options = handlerBuildOptions();
    const external = [...options.external, '@duckdb/*'];
    // Split as the handler is deployed (splitHandlerOptions: the version steps a chunk loaded on first use); the worker one file.
    await build({ ...splitHandlerOptions(entry('./publish.bench.ts'), join(dir, 'publish.bench.mjs')), external });
    await build({ ...options, external, entryPoints: { 'publish-worker': entry('../functions/adapters/publish-worker.ts') }, outdir: dir, outExtension: { '.js': '.mjs' } });
    return join(dir, 'publish.bench.mjs');
  })();
  return childBundle;
}

/** Runs one case in a fresh child process (CHILD_MODE: the bundle, or this file through the same loader flags as this process). */
export async function inChild<T>(job: ChildCase): Promise<T> {
  const script = CHILD_MODE === 'tsx' ? fileURLToPath(import.meta.url) : await benchBundle();
  return new Promise((resolve, reject) => {
    // PUBLISH_BENCH_CPU_PROF=DIR writes a V8 CPU profile of each case there (open it in Chrome DevTools).
    const profile = process.env.PUBLISH_BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PUBLISH_BENCH_CPU_PROF}`] : [];
    // The children run with the publish function's V8 flags (its NODE_OPTIONS), so peak RSS is the one Lambda would see.
    // A whole re-render of a version that reads the last one's files whole holds far more heap than the function's
    // 1,024 MB (1.7 GB at 1,000,000 rows): it runs with the old generation a function sized for it would need.
    const flags = [...(job.kind === 'publish' && job.whole ? [...PUBLISH_NODE_OPTIONS, WHOLE_RENDER_OLD_SPACE] : PUBLISH_NODE_OPTIONS), ...(process.env.PUBLISH_BENCH_V8_FLAGS?.split(' ').filter(Boolean) ?? [])];
    const loader = CHILD_MODE === 'tsx' ? process.execArgv : FUNCTION_NODE_OPTIONS;
    // And with its environment (two malloc arenas): every case but DuckDB's references, which run as DuckDB would.
    const environment = job.kind === 'references' ? {} : PUBLISH_ENVIRONMENT;
    const child = fork(script, [], { execArgv: [...loader, ...flags, ...profile], env: { ...process.env, ...environment, [CHILD_ENV]: JSON.stringify(job) }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    child.on('message', (message: { ok: boolean; result?: T; error?: string }) => {
      answered = true;
      if (message.ok) resolve(message.result as T);
      else reject(new Error(`bench case ${job.kind} ${job.size} failed in its child: ${message.error}`));
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!answered) reject(new Error(`bench case ${job.kind} ${job.size} exited with ${code} before reporting`));
    });
  });
}

/** One column per step after the files: wall seconds (CPU seconds in brackets). */
function stepColumns(spans: Record<string, StepSpan> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(spans ?? {}).map(([step, s]) => [`${step} s (cpu)`, `${s.seconds.toFixed(2)} (${s.cpuSeconds.toFixed(2)})`]));
}

/** The bench rows: per size, publish v1 and v2, CSV+Parquet only, then the references, each in its own process. */
export async function run(): Promise<Array<Record<string, string | number>>> {
  const rows: Array<Record<string, string | number>> = [];
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), `publish-bench-${size}-`));
    try {
      const publishes: Array<{ label: string; result: CaseResult }> = [];
      if (wanted('publish') || wanted('composed')) {
        publishes.push({ label: 'publish v1 (all added)', result: await inChild<CaseResult>({ kind: 'publish', size, phase: 1, dir }) });
        if (wanted('publish')) publishes.push({ label: 'publish v2 rendered whole (v1 layout set aside, v1 files read whole)', result: await inChild<CaseResult>({ kind: 'publish', size, phase: 2, dir, whole: true }) });
        if (wanted('warm')) {
          // Both on hard-link copies of version 1 (the store never changes a file in place), so the composed v2 below still starts from it.
          const [warmUp, warm] = [`${dir}-warm-up`, `${dir}-warm`];
          try {
            for (const copy of [warmUp, warm]) execFileSync('cp', ['-al', dir, copy]);
            publishes.push({ label: 'publish v2 composed, warm process (the same publish first, in a copy)', result: await inChild<CaseResult>({ kind: 'publish', size, phase: 2, dir: warm, warmUp }) });
          } finally {
            for (const copy of [warmUp, warm]) rmSync(copy, { recursive: true, force: true });
          }
        }
        publishes.push({ label: 'publish v2 composed (new month +0.5%, ~1% of the last 3 months revised, -0.06%)', result: await inChild<CaseResult>({ kind: 'publish', size, phase: 2, dir }) });
      }
      // The random figures' stress case: the gate holds about a tenth of the rows, and its verdicts move in the months a year and two before the revised ones.
      if (wanted('random')) {
        const randomDir = join(dir, 'random-figures');
        publishes.push({ label: 'publish v1, random figures', result: await inChild<CaseResult>({ kind: 'publish', size, phase: 1, dir: randomDir, figures: 'random' }) });
        publishes.push({ label: 'publish v2 composed, random figures', result: await inChild<CaseResult>({ kind: 'publish', size, phase: 2, dir: randomDir, figures: 'random' }) });
        rmSync(randomDir, { recursive: true, force: true });
      }
      // Its own folder; the references read its observations.csv (every row: no gate holds any back).
      const filesDir = join(dir, 'files-only');
      publishes.push({ label: 'v1 files only (no quality gate, latest/, site)', result: await inChild<CaseResult>({ kind: 'files', size, dir: filesDir }) });
      if (wanted('csv+parquet')) publishes.push({ label: 'publish: CSV+Parquet only', result: await inChild<CaseResult>({ kind: 'csv+parquet', size, dir }) });
      const references = await inChild<Reference[]>({ kind: 'references', size, dir: filesDir });
      const duckdbSum = (labels: string[]) => references.filter((r) => labels.includes(r.label)).reduce((sum, r) => ({ seconds: sum.seconds + r.seconds, cpuSeconds: sum.cpuSeconds + r.cpuSeconds }), { seconds: 0, cpuSeconds: 0 });
      const duckdbCsvParquet = duckdbSum(['duckdb COPY csv', 'duckdb COPY parquet']);
      const duckdb = duckdbCsvParquet.seconds;
      const duckdbAll = duckdbSum(DUCKDB_FIVE);
      for (const { label, result: r } of publishes) {
        rows.push({
          case: label,
          rows: r.rows,
          'wall s': r.seconds,
          'rows/s': Math.round(r.rows / r.seconds),
          // A publish writes the five files (and more); CSV+Parquet only is held to DuckDB's CSV+Parquet.
          'x duckdb same files': r.seconds / (label.includes('CSV+Parquet only') ? duckdb : duckdbAll.seconds),
          'x duckdb csv+parquet': r.seconds / duckdb,
          // CPU time over DuckDB's (all threads on both sides): steadier than wall time on a shared machine.
          'x duckdb same files, cpu': r.cpuSeconds / (label.includes('CSV+Parquet only') ? duckdbCsvParquet.cpuSeconds : duckdbAll.cpuSeconds),
          'x duckdb csv+parquet, cpu': r.cpuSeconds / duckdbCsvParquet.cpuSeconds,
          'cpu s': r.cpuSeconds,
          ...(r.threadCpuSeconds !== undefined ? { 'publish thread cpu s': r.threadCpuSeconds } : {}),
          ...(r.helperCpu ? { 'V8 helpers / libuv / other threads, cpu s': `${r.helperCpu.v8.toFixed(2)} / ${r.helperCpu.libuv.toFixed(2)} / ${r.helperCpu.other.toFixed(2)}` } : {}),
          ...(r.storeCopyCpuSeconds !== undefined ? { "store's part copies, cpu s (not timed)": r.storeCopyCpuSeconds } : {}),
          ...(r.filesSeconds !== undefined ? { 'quality gate s': r.gateSeconds ?? 0, 'quality gate cpu s': r.gateCpuSeconds ?? 0, 'vN files s': r.filesSeconds - (r.gateSeconds ?? 0), 'x duckdb same files (files only)': (r.filesSeconds - (r.gateSeconds ?? 0)) / duckdbAll.seconds, 'vN files cpu s': r.filesCpuSeconds ?? 0, 'x duckdb same files, cpu (files only)': (r.filesCpuSeconds ?? 0) / duckdbAll.cpuSeconds, 'rows read by files': r.filesRowsRead ?? 0, 'after files s': r.seconds - r.filesSeconds, ...stepColumns(r.afterFiles) } : {}),
          'peak rss MB': Math.round(r.peakRssMb),
          ...(r.gatePeakRssMb !== undefined ? { 'gate peak rss MB': Math.round(r.gatePeakRssMb), 'files peak rss MB': Math.round(r.filesPeakRssMb ?? 0) } : {}),
          ...(r.heldBack !== undefined ? { 'rows held': r.heldBack } : {}),
          ...(r.gateScope ? { 'gate months read / passes replayed / checked / fallbacks': `${r.gateScope.months_read} / ${r.gateScope.passes_replayed} / ${r.gateScope.passes_checked} / ${r.gateScope.fallbacks}` } : {}),
          ...(r.stripes ? { 'v2 stripes: rendered / read back / all': `${r.stripes.rendered} / ${r.stripes.readBack} / ${r.stripes.all}`, 'MB read back: data files / quality.json': `${Math.round(r.stripes.readBackMb)} / ${Math.round(r.stripes.qualityCopiedMb)}` } : {}),
          'base rss MB': Math.round(r.baseRssMb),
          'peak heap MB': Math.round(r.peakHeapMb),
          'peak buffers MB': Math.round(r.peakBuffersMb),
          'MB written': Math.round(mb(r.bytesWritten ?? 0)),
          ...(r.bytesUploaded !== undefined ? { 'MB uploaded': Math.round(mb(r.bytesUploaded)) } : {}),
          ...(r.summaryUploaded ? { 'page summary: MB uploaded, pieces written / named': `${mb(r.summaryUploaded.bytes).toFixed(1)}, ${r.summaryUploaded.piecesWritten} / ${r.summaryUploaded.piecesNamed}` } : {}),
        });
      }
      // Fifty versions a year, each changing about as much as version 2: what they upload, and what S3 stores (every version's files are complete objects).
      const first = publishes[0].result;
      const second = publishes.find((p) => p.label.startsWith('publish v2 composed'))?.result;
      const fifty = (one: number | undefined, each: number | undefined) => Math.round(mb((one ?? 0) + 49 * (each ?? 0)));
      if (second) rows.push({ case: '50 versions: v1 + 49 like v2 (extrapolated)', rows: size, 'MB written': fifty(first.bytesWritten, second.bytesWritten), 'MB uploaded': fifty(first.bytesUploaded, second.bytesUploaded) });
      for (const r of references) rows.push({ case: r.label, rows: size, 'wall s': r.seconds, 'rows/s': Math.round(size / r.seconds), 'cpu s': r.cpuSeconds });
      rows.push({ case: 'duckdb csv+parquet (1x of x duckdb csv+parquet)', rows: size, 'wall s': duckdb, 'rows/s': Math.round(size / duckdb), 'cpu s': duckdbCsvParquet.cpuSeconds });
      rows.push({ case: 'duckdb csv, csv.gz, json, ndjson, parquet (1x of publish v1/v2)', rows: size, 'wall s': duckdbAll.seconds, 'rows/s': Math.round(size / duckdbAll.seconds), 'cpu s': duckdbAll.cpuSeconds });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
