/**
 * Streaming plumbing for publish: one producer (the merge over the sorted row streams) feeds
 * several uploads at once. Each output is a bounded channel that counts and hashes bytes as they
 * pass, so memory stays flat whatever the dataset size and the manifest's checksums describe
 * exactly the bytes that were uploaded.
 */
import { createHash, type Hash } from 'node:crypto';
import { createGzip, type Gzip } from 'node:zlib';

/** Anything bytes can be written to with backpressure. */
export interface ByteOutput {
  write(chunk: Uint8Array): Promise<void>;
}

/**
 * A bounded, single-consumer byte queue that is also an AsyncIterable (the body of a putStream).
 * The producer waits when more than `highWater` bytes are queued; a consumer that fails or stops
 * early fails the producer instead of leaving it blocked.
 */
export class ByteChannel implements ByteOutput, AsyncIterable<Uint8Array> {
  private readonly queue: Uint8Array[] = [];
  private queued = 0;
  private ended = false;
  private error: unknown;
  private wakeConsumer: (() => void) | undefined;
  private wakeProducer: (() => void) | undefined;
  private readonly hash: Hash | null;
  /** Bytes written so far. */
  bytes = 0;

  /** `hashed` false: the caller hashes the bytes itself (a composed file resumes a saved hash state). */
  constructor(private readonly highWater = 1 << 20, hashed = true) {
    this.hash = hashed ? createHash('sha256') : null;
  }

  /** Queues a chunk; resolves once the queue is below its high-water mark again. */
  async write(chunk: Uint8Array): Promise<void> {
    if (this.error) throw this.error;
    if (chunk.byteLength === 0) return;
    this.hash?.update(chunk);
    this.bytes += chunk.byteLength;
    this.queue.push(chunk);
    this.queued += chunk.byteLength;
    this.wake('consumer');
    while (this.queued > this.highWater && !this.error) await new Promise<void>((resolve) => (this.wakeProducer = resolve));
    if (this.error) throw this.error;
  }

  /** No more chunks; the consumer finishes after draining the queue. */
  end(): void {
    this.ended = true;
    this.wake('consumer');
  }

  /** Aborts both sides with `error` (an upload failed, or the producer did). */
  fail(error: unknown): void {
    this.error ??= error;
    this.wake('consumer');
    this.wake('producer');
  }

  /** Hex sha256 of everything written (call after end). */
  sha256(): string {
    if (!this.hash) throw new Error('this channel is not hashed');
    return this.hash.digest('hex');
  }

  private wake(side: 'consumer' | 'producer'): void {
    const wake = side === 'consumer' ? this.wakeConsumer : this.wakeProducer;
    if (side === 'consumer') this.wakeConsumer = undefined;
    else this.wakeProducer = undefined;
    wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    let finished = false;
    try {
      for (;;) {
        const chunk = this.queue.shift();
        if (chunk) {
          this.queued -= chunk.byteLength;
          if (this.queued <= this.highWater) this.wake('producer');
          yield chunk;
          continue;
        }
        if (this.error) throw this.error;
        if (this.ended) {
          finished = true;
          return;
        }
        await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
      }
    } finally {
      // A consumer that stops before the end must not leave the producer waiting forever.
      if (!finished) this.fail(this.error ?? new Error('the upload stopped reading before the end of the stream'));
    }
  }
}

/**
 * SHA-256 of the bytes written since the last `take`. On the NDJSON sink it gives each stripe's
 * digest for the layout from the bytes already encoded for the file, instead of encoding every
 * line a second time.
 */
export class DigestOutput implements ByteOutput {
  private hash = createHash('sha256');

  async write(chunk: Uint8Array): Promise<void> {
    this.hash.update(chunk);
  }

  /** Hex digest of the bytes since the last take; the next bytes start a new digest. */
  take(): string {
    const digest = this.hash.digest('hex');
    this.hash = createHash('sha256');
    return digest;
  }
}

/** Gzip between a text sink and a channel; compression runs on libuv's thread pool, off the main thread. */
export class GzipOutput implements ByteOutput {
  private readonly gzip: Gzip;
  private readonly pumped: Promise<void>;

  constructor(target: ByteChannel, level = 6) {
    // mtime stays 0 in Node's gzip header, so the same text always compresses to the same bytes.
    const gzip = createGzip({ level });
    this.gzip = gzip;
    this.pumped = (async () => {
      for await (const chunk of gzip) await target.write(chunk as Buffer);
    })();
    this.pumped.catch((error) => target.fail(error));
  }

  async write(chunk: Uint8Array): Promise<void> {
    if (!this.gzip.write(chunk)) await new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      this.gzip.once('error', onError);
      this.gzip.once('drain', () => { this.gzip.off('error', onError); resolve(); });
    });
  }

  /** Flushes the gzip trailer into the channel. */
  async end(): Promise<void> {
    this.gzip.end();
    await this.pumped;
  }
}

/**
 * Encodes rendered text straight into a chunk buffer and hands full chunks on, so a row costs a
 * native UTF-8 write rather than an await or a string join; `drain` is called every few hundred rows.
 * (Appending rows to one string and encoding it per chunk was measured: flattening such long
 * ropes costs several times more than these small writes.)
 */
export class TextSink {
  private buffer: Buffer;
  private used = 0;
  private readonly pending: Buffer[] = [];

  constructor(
    private readonly outputs: ByteOutput[],
    /** Small, so that chunks leave soon enough to die young (CHANNEL_HIGH_WATER in build-version.ts). */
    private readonly chunkBytes = 64 * 1024,
  ) {
    this.buffer = Buffer.allocUnsafe(chunkBytes);
  }

  /** Appends text (synchronously). */
  push(text: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    if (this.used + text.length * 3 > this.buffer.length) {
      this.cut();
      if (text.length * 3 > this.buffer.length) {
        this.pending.push(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** Writes full chunks on (and the partial one too, with `force`). */
  async drain(force = false): Promise<void> {
    if (force) this.cut();
    while (this.pending.length > 0) {
      const chunk = this.pending.shift()!;
      for (const output of this.outputs) await output.write(chunk);
    }
  }

  private cut(): void {
    if (this.used === 0) return;
    // The filled part goes on as is; a fresh buffer takes the next rows (consumers keep the old one).
    this.pending.push(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(this.chunkBytes);
    this.used = 0;
  }
}

/**
 * Splits one chunk of a UTF-8 byte stream at its newlines: each whole line goes to `emit` (the
 * `rest` left by the chunks before joined to the first), and the bytes after the last newline come
 * back as the new rest. Newlines are found in the bytes and each line decoded on its own, so no
 * chunk-sized strings are built and split (a multi-byte character never contains the byte 0x0A).
 */
function splitChunk(raw: Uint8Array, rest: Buffer | null, emit: (line: string) => void): Buffer | null {
  const chunk: Buffer = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  let start = 0;
  let end = chunk.indexOf(10);
  if (end < 0) return rest ? Buffer.concat([rest, chunk]) : Buffer.from(chunk);
  if (rest) {
    emit(Buffer.concat([rest, chunk.subarray(0, end)]).toString('utf8'));
    start = end + 1;
    end = chunk.indexOf(10, start);
  }
  while (end >= 0) {
    emit(chunk.toString('utf8', start, end));
    start = end + 1;
    end = chunk.indexOf(10, start);
  }
  // Copied, so the next chunk's buffer (possibly reused by the source) cannot change it.
  return start < chunk.length ? Buffer.from(chunk.subarray(start)) : null;
}

/**
 * The non-empty lines of `body`, each passed through `parse`: the same lines as `lines` (a line's
 * bytes decoded as UTF-8 once it is whole), found a chunk at a time but decoded and parsed one at a
 * time as they are asked for, so a line costs one settled promise instead of the generator's own
 * for every line (the merge reads the previous version's lines of every changed stripe this way).
 * Parsed as the merge takes them, no parsed line waits in a list for the merge to reach it (a
 * megabyte chunk's 1,600 lines were parsed up front, and outlived the young collections before
 * the merge got to the last; `forEachLine` found the same for the page).
 */
export function parsedLines<T>(body: AsyncIterable<Uint8Array>, parse: (line: string) => T): AsyncIterable<T> {
  let source: AsyncIterator<Uint8Array> | null = null;
  let rest: Buffer | null = null;
  let ended = false;
  /** The chunk whose lines are being handed out, from `at` on (null: the next chunk is read). */
  let chunk: Buffer | null = null;
  let at = 0;
  /** A line made of the bytes left by the chunks before and the current chunk's first line (or the last line without "\n"). */
  let joined: string | null = null;
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        if (joined !== null) {
          const line = joined;
          joined = null;
          if (line.length > 0) return { done: false, value: parse(line) };
        }
        if (chunk) {
          const start = at;
          const end = chunk.indexOf(10, start);
          if (end >= 0) {
            at = end + 1;
            if (end > start) return { done: false, value: parse(chunk.toString('utf8', start, end)) };
            continue;
          }
          // Copied, so the next chunk's buffer (possibly reused by the source) cannot change it.
          rest = start < chunk.length ? Buffer.from(chunk.subarray(start)) : null;
          chunk = null;
        }
        if (ended) return { done: true, value: undefined };
        source ??= body[Symbol.asyncIterator]();
        const step = await source.next();
        if (step.done) {
          ended = true;
          if (rest && rest.length > 0) joined = rest.toString('utf8');
          rest = null;
          continue;
        }
        const raw = step.value;
        const next: Buffer = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
        const end = next.indexOf(10);
        if (end < 0) {
          rest = rest ? Buffer.concat([rest, next]) : Buffer.from(next);
          continue;
        }
        at = 0;
        if (rest) {
          joined = Buffer.concat([rest, next.subarray(0, end)]).toString('utf8');
          rest = null;
          at = end + 1;
        }
        chunk = next;
      }
    },
    async return(): Promise<IteratorResult<T>> {
      ended = true;
      chunk = null;
      joined = null;
      rest = null;
      await source?.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/** Lines of a UTF-8 byte stream (without their "\n"), empty ones included; a final line without "\n" is yielded too. */
export async function* lines(body: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let rest: Buffer | null = null;
  const whole: string[] = [];
  for await (const raw of body) {
    rest = splitChunk(raw, rest, (line) => whole.push(line));
    yield* whole.splice(0);
  }
  if (rest && rest.length > 0) yield rest.toString('utf8');
}

/**
 * Calls `visit` with each line of a UTF-8 byte stream, the same lines as `lines` yields, as soon
 * as its chunk is split: no line waits in a list for the ones before it to be taken, so when
 * `visit` keeps nothing, no line outlives the young generation (the lines of a megabyte chunk
 * waiting their turn were promoted and made a first version's page run a full collection every
 * few megabytes of observations.ndjson).
 */
export async function forEachLine(body: AsyncIterable<Uint8Array>, visit: (line: string) => void): Promise<void> {
  let rest: Buffer | null = null;
  for await (const raw of body) rest = splitChunk(raw, rest, visit);
  if (rest && rest.length > 0) visit(rest.toString('utf8'));
}

/**
 * An async iterator with a one-item look-ahead, for merge-joins of sorted streams. An optional
 * `map` turns each item into the head as it is read: a synchronous step, where wrapping the source
 * in another async generator would cost a promise per item.
 */
export class Peekable<T> {
  private readonly iterator: AsyncIterator<unknown>;
  head: T | undefined;
  done = false;

  private constructor(
    source: AsyncIterable<unknown>,
    private readonly map: (item: unknown) => T,
  ) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Opens the stream and reads its first item. */
  static async open<T>(source: AsyncIterable<T>): Promise<Peekable<T>>;
  static async open<S, T>(source: AsyncIterable<S>, map: (item: S) => T): Promise<Peekable<T>>;
  static async open<T>(source: AsyncIterable<unknown>, map: (item: unknown) => T = (item) => item as T): Promise<Peekable<T>> {
    const peekable = new Peekable(source, map);
    await peekable.next();
    return peekable;
  }

  /** Items given back before the rest of the stream (`giveBack`), from `aheadAt` on. */
  private ahead: T[] = [];
  private aheadAt = 0;

  /**
   * Puts items read off this stream back in front of it, in order (a stripe taken to compare it,
   * then rendered after all), without wrapping the stream in another generator: every item of
   * the rest would pay for that layer.
   */
  giveBack(items: T[]): void {
    if (items.length === 0) return;
    const rest = this.ahead.slice(this.aheadAt);
    this.ahead = this.head === undefined ? [...items.slice(1), ...rest] : [...items.slice(1), this.head, ...rest];
    this.aheadAt = 0;
    this.head = items[0];
  }

  /** Returns the head and reads the next item. */
  async next(): Promise<T | undefined> {
    const current = this.head;
    if (this.aheadAt < this.ahead.length) {
      this.head = this.ahead[this.aheadAt++];
      if (this.aheadAt === this.ahead.length) {
        this.ahead = [];
        this.aheadAt = 0;
      }
      return current;
    }
    if (this.done) {
      this.head = undefined;
      return current;
    }
    const step = await this.iterator.next();
    if (step.done) {
      this.done = true;
      this.head = undefined;
    } else this.head = this.map(step.value);
    return current;
  }

  /** Releases the underlying stream early (a short-circuited merge). */
  async close(): Promise<void> {
    if (!this.done) await this.iterator.return?.();
    this.done = true;
  }
}

/** An empty async stream (a first version has no previous files). */
export async function* none<T>(): AsyncGenerator<T> {}

/**
 * The items of `source` passed through `map`, leaving out those it maps to undefined. A plain
 * iterator rather than an async generator (`for await` and `yield`), whose own promises every item
 * would pay for: this sits on the rows of every scan.
 */
export function filterMapped<S, T>(source: AsyncIterable<S>, map: (item: S) => T | undefined): AsyncIterable<T> {
  let inner: AsyncIterator<S> | null = null;
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      inner ??= source[Symbol.asyncIterator]();
      for (;;) {
        const step = await inner.next();
        if (step.done) return { done: true, value: undefined };
        const out = map(step.value);
        if (out !== undefined) return { done: false, value: out };
      }
    },
    async return(): Promise<IteratorResult<T>> {
      await inner?.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
