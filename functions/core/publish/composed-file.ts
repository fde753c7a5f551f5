/**
 * One file of a version built as the previous version's bytes up to a stripe boundary plus newly
 * rendered stripes. The new bytes stream to the store as the tail of a composed object; the
 * checksum resumes from the SHA-256 state saved at the boundary, so the copied bytes are neither
 * read nor hashed again, yet the manifest's sha256 is that of the complete file.
 */
import { createGzip, type Gzip, type ZlibOptions } from 'node:zlib';
import { MIN_COPY_PART, type BlobMeta, type BlobStore, type CopiedRange } from '../ports.js';
import type { StripeBoundary } from './layout.js';
import { ResumableSha256, type GroupHasher, type HashGroup } from './sha256-state.js';
import { ByteChannel, type ByteOutput } from './streams.js';

/** Where a file's new bytes start: the previous version's object and the offset copied up to. */
export interface ComposeBase {
  fromKey: string;
  boundary: StripeBoundary;
}

/**
 * The new bytes of one composed file: counted and hashed on the way to their upload. Besides
 * rendered bytes, the tail may copy further ranges of the previous version (stripes no change
 * touched): they are hashed here from the bytes read back, but the store copies them itself.
 */
export class ComposedFile implements ByteOutput {
  private readonly hasher: GroupHasher;
  /** The tail in order: channels of bytes sent, and ranges the store copies between them. */
  private readonly segments: (ByteChannel | CopiedRange)[];

  /** `lanes`: the group whose hashers hash together (the version's other composed files). */
  constructor(private readonly highWater: number, readonly base: ComposeBase | null, private readonly lanes?: HashGroup) {
    this.segments = [new ByteChannel(highWater, false)];
    this.hasher = lanes ? lanes.hasher(base?.boundary.state) : new ResumableSha256(base?.boundary.state);
  }

  /** The channel new bytes go to (fail or end it to stop or finish the upload). */
  get channel(): ByteChannel {
    return this.segments[this.segments.length - 1] as ByteChannel;
  }

  /** Writes a chunk on; the chunk must not change afterwards (in a group its bytes are hashed later, by reference). */
  async write(chunk: Uint8Array): Promise<void> {
    this.hasher.update(chunk);
    await this.channel.write(chunk);
    const room = this.lanes?.room();
    if (room) await room;
  }

  /**
   * Copies `range` of another object into the file here, inside the store. Its bytes must then
   * be passed to `hashCopied`, in order: the file's checksum goes on through them.
   */
  copyInStore(range: CopiedRange): void {
    const before = this.channel;
    this.segments.push(range, new ByteChannel(this.highWater, false));
    before.end();
  }

  /** Hashes bytes the store copies (read back for the checksum only; they are not sent). */
  async hashCopied(chunk: Uint8Array): Promise<void> {
    this.hasher.update(chunk);
    const room = this.lanes?.room();
    if (room) await room;
  }

  /** The tail the store writes after the copied prefix: each channel's bytes, and the ranges between them. */
  private async *tail(): AsyncGenerator<Uint8Array | CopiedRange> {
    for (let i = 0; i < this.segments.length; i++) {
      const segment = this.segments[i];
      if (segment instanceof ByteChannel) yield* segment;
      else yield segment;
    }
  }

  /** Offset and hash state here (every byte so far must have been written; the state is complete once the hash group has settled). */
  boundary(): StripeBoundary {
    return { at: this.hasher.bytes, state: this.hasher.save() };
  }

  /** Size of the complete file. */
  get bytes(): number {
    return this.hasher.bytes;
  }

  /** Hex sha256 of the complete file (once the hash group has settled). */
  sha256(): string {
    return this.hasher.hex();
  }

  /**
   * Uploads the file: the copied prefix inside the store and this channel as the tail. A prefix
   * below S3's minimum part size is read and sent again instead (at most 5 MiB).
   */
  async upload(blobs: BlobStore, key: string, meta: BlobMeta): Promise<void> {
    const base = this.base;
    if (!base || base.boundary.at === 0) return blobs.compose(key, [], this.tail(), meta);
    if (base.boundary.at >= MIN_COPY_PART) return blobs.compose(key, [{ fromKey: base.fromKey, start: 0, end: base.boundary.at }], this.tail(), meta);
    const prefix = await blobs.getRange(base.fromKey, 0, base.boundary.at);
    if (!prefix) throw new Error(`previous version file ${base.fromKey} is missing; cannot compose ${key} from it`);
    const tail = this.tail();
    return blobs.compose(key, [], (async function* () { yield* prefix; yield* tail; })(), meta);
  }
}

/** The bytes of a copied range, read back from its source (for a checksum, or to read the object it becomes part of). */
export async function* copiedBytes(blobs: Pick<BlobStore, 'getRange'>, range: CopiedRange): AsyncGenerator<Uint8Array> {
  const body = await blobs.getRange(range.fromKey, range.start, range.end);
  if (!body) throw new Error(`${range.fromKey} is missing; its bytes ${range.start}-${range.end} cannot be copied`);
  yield* body;
}

/** Text a member's gzip stream takes before a write waits: the publish thread renders on while libuv's pool compresses. */
const GZIP_INPUT_HIGH_WATER = 1 << 20;

/**
 * observations.csv.gz as a gzip multi-member file: the header is one member and each stripe
 * another, so a stripe's compressed bytes depend on that stripe alone and a later version can
 * copy them. Readers (gzip, zcat, Python, pandas, DuckDB) read the members as one stream.
 *
 * Compression runs on libuv's thread pool. A write waits only once a megabyte of text is queued,
 * and a member's end does not wait for its bytes: the file's boundary after it is taken when they
 * have reached the file (`endMember`), while the next member is written. At most two members are
 * in flight: ending one waits until the one before it has reached the file.
 */
export class GzipMembers implements ByteOutput {
  private gzip: Gzip | null = null;
  /** Settles once every member so far has reached the file (the open one too). */
  private pumped: Promise<void> = Promise.resolve();
  /** Settles once the members before the open one have reached the file. */
  private before: Promise<void> = Promise.resolve();

  constructor(private readonly target: ComposedFile, private readonly level: number) {}

  async write(chunk: Uint8Array): Promise<void> {
    if (!this.gzip) this.open();
    const gzip = this.gzip!;
    if (!gzip.write(chunk)) await new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      gzip.once('error', onError);
      gzip.once('drain', () => { gzip.off('error', onError); resolve(); });
    });
  }

  /**
   * Ends the current member (if any bytes went into it), once the member before it has reached
   * the file: `boundary` gives the file's offset and hash state after this member's bytes.
   */
  async endMember(): Promise<{ boundary: Promise<StripeBoundary> }> {
    const open = this.gzip !== null;
    this.gzip?.end();
    this.gzip = null;
    // Taken before the next member's bytes: its pump waits on the same promise, registered later.
    const boundary = this.pumped.then(() => this.target.boundary());
    // Failures reach the caller through `boundary` and the file's channel.
    boundary.catch(() => {});
    if (open) await this.before.catch(() => {});
    return { boundary };
  }

  private open(): void {
    // mtime stays 0 in Node's gzip header, so the same text always compresses to the same bytes.
    const gzip = createGzip({ level: this.level, writableHighWaterMark: GZIP_INPUT_HIGH_WATER } as ZlibOptions);
    this.gzip = gzip;
    const target = this.target;
    // A member's bytes follow the member before it: its compression runs meanwhile, its output waits.
    const after = this.pumped;
    this.before = after;
    this.pumped = (async () => {
      await after;
      for await (const chunk of gzip) await target.write(chunk as Buffer);
    })();
    this.pumped.catch((error) => target.channel.fail(error));
  }
}
