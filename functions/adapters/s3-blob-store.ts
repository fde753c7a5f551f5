/** The BlobStore port on S3 (and S3-compatible local servers). */
import type { S3Client } from '@aws-sdk/client-s3';
import { s3Sdk, s3UploadSdk } from '../aws-clients/s3.js';
import { Readable } from 'node:stream';
import { isCopiedRange, MIN_COPY_PART, tailCopyPlan, type BlobMeta, type BlobStore, type CopiedRange } from '../core/ports.js';
import { inParallel } from '../core/in-parallel.js';

/** S3's largest part (5 GiB); a longer copied range is split. */
const MAX_PART = 5 * 1024 * 1024 * 1024;
/** The largest object one CopyObject copies (5 GiB); a larger one is copied in parts. */
const MAX_COPY_OBJECT = 5 * 1024 * 1024 * 1024;
/** Parts copied at once: each is a copy inside S3, so several in flight shorten the wait. */
const COPY_PART_CONCURRENCY = 4;

/** Where an object is copied whole and where in parts (tests lower both to exercise the parts on small objects). */
export interface S3CopyLimits {
  /** Objects up to this size are copied with one CopyObject. */
  copyObjectLimit: number;
  /** A larger object is copied in parts of this size (the last may be smaller); at least MIN_COPY_PART. */
  copyPartSize: number;
}

/** One part of a multipart upload copied from a byte range of an existing object. */
interface PartCopy {
  partNumber: number;
  fromKey: string;
  start: number;
  end: number;
}
/** The part copies of one copied range from part `first` on: equal pieces, so none of a range longer than 5 GiB falls below the minimum. */
function copyPieces(range: CopiedRange, first: number): PartCopy[] {
  const count = Math.ceil((range.end - range.start) / MAX_PART);
  const size = Math.ceil((range.end - range.start) / count);
  const pieces: PartCopy[] = [];
  for (let start = range.start; start < range.end; start += size) pieces.push({ partNumber: first + pieces.length, fromKey: range.fromKey, start, end: Math.min(range.end, start + size) });
  return pieces;
}

/** Size of the parts the streamed tail of a composed object is cut into. */
const TAIL_PART = 8 * 1024 * 1024;

/** Room a part keeps past TAIL_PART: the chunk that reaches TAIL_PART goes into the part whole. */
const PART_SLACK = 2 * 1024 * 1024;

/**
 * The parts of a composed upload in order: the bytes written are queued and sent in parts of
 * TAIL_PART bytes (only the last may be smaller, as S3 asks); copied parts are listed between them.
 * A part's bytes are copied into one buffer as they come, which is sent as it is: a copy of each
 * chunk kept until the part was full and then joined into a new buffer held two copies of a part
 * at once for every file a version streams (six composed files: up to about 100 MB of Lambda's memory).
 */
class UploadParts {
  /** The part being filled (allocated at its first byte), `pendingBytes` of it used. */
  private part: Buffer | null = null;
  pendingBytes = 0;

  constructor(
    readonly list: { PartNumber: number; ETag: string | undefined }[],
    private readonly upload: (partNumber: number, body: Buffer) => Promise<string | undefined>,
  ) {}

  async add(chunk: Uint8Array): Promise<void> {
    const used = this.pendingBytes + chunk.byteLength;
    if (this.part === null || used > this.part.byteLength) {
      // Grown only for a chunk longer than the slack (the bytes so far are copied over once).
      const grown = Buffer.allocUnsafeSlow(Math.max(TAIL_PART + PART_SLACK, used));
      this.part?.copy(grown, 0, 0, this.pendingBytes);
      this.part = grown;
    }
    this.part.set(chunk, this.pendingBytes);
    this.pendingBytes = used;
    if (this.pendingBytes >= TAIL_PART) await this.flush();
  }

  /** Sends the queued bytes as a part of their own (a short one: only before a copied part). */
  async flush(): Promise<void> {
    if (this.pendingBytes > 0) await this.send(this.part!.subarray(0, this.pendingBytes));
    // A new buffer for the next part: the sent one is the request's body, not to be written over.
    this.part = null;
    this.pendingBytes = 0;
  }

  /** Sends the last part (an empty one when there is no other: an upload needs one). */
  async end(): Promise<void> {
    if (this.pendingBytes > 0 || this.list.length === 0) await this.send(this.part ? this.part.subarray(0, this.pendingBytes) : Buffer.alloc(0));
  }

  private async send(body: Buffer): Promise<void> {
    const PartNumber = this.list.length + 1;
    this.list.push({ PartNumber, ETag: await this.upload(PartNumber, body) });
  }
}

function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  const { NoSuchKey, NotFound } = s3Sdk();
  return error instanceof NoSuchKey || error instanceof NotFound || e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

function isPreconditionFailed(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'PreconditionFailed' || e?.$metadata?.httpStatusCode === 412;
}

export class S3BlobStore implements BlobStore {
  private built: S3Client | undefined;

  /**
   * `client` may be a function that builds it, called on the store's first request: the Lambda
   * runtime passes one, so an invocation that touches no object never loads the S3 SDK.
   */
  constructor(
    private readonly client: S3Client | (() => S3Client),
    private readonly bucket: string,
    private readonly limits: S3CopyLimits = { copyObjectLimit: MAX_COPY_OBJECT, copyPartSize: 512 * 1024 * 1024 },
  ) {}

  private get s3(): S3Client {
    this.built ??= typeof this.client === 'function' ? this.client() : this.client;
    return this.built;
  }

  async putImmutable(key: string, body: Uint8Array, meta: BlobMeta): Promise<boolean> {
    const { PutObjectCommand } = s3Sdk();
    // If-None-Match makes the write conditional in S3; some emulators ignore it, so look first too.
    if (await this.exists(key)) return false;
    try {
      await this.s3.send(
        new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: meta.contentType, Metadata: meta.metadata, CacheControl: meta.cacheControl ?? 'public, max-age=31536000, immutable', IfNoneMatch: '*' }),
      );
      return true;
    } catch (error) {
      if (isPreconditionFailed(error)) return false;
      throw error;
    }
  }

  async put(key: string, body: Uint8Array, meta: BlobMeta): Promise<void> {
    const { PutObjectCommand } = s3Sdk();
    await this.s3.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: meta.contentType, Metadata: meta.metadata, CacheControl: meta.cacheControl ?? 'no-cache' }),
    );
  }

  async putStream(key: string, body: AsyncIterable<Uint8Array>, meta: BlobMeta): Promise<void> {
    const { Upload } = s3UploadSdk();
    const upload = new Upload({
      client: this.s3,
      params: { Bucket: this.bucket, Key: key, Body: Readable.from(body, { highWaterMark: 2 }), ContentType: meta.contentType, Metadata: meta.metadata, CacheControl: meta.cacheControl ?? 'public, max-age=31536000, immutable' },
      // A version streams several files at once: small parts keep each upload's buffers to ~10 MB.
      queueSize: 2,
      partSize: 5 * 1024 * 1024,
    });
    await upload.done();
  }

  async copy(fromKey: string, toKey: string, meta: BlobMeta): Promise<void> {
    const { CopyObjectCommand } = s3Sdk();
    // Copies stay inside S3 (the bytes never pass through Lambda): CopyObject up to 5 GiB, a
    // larger object as a multipart upload of parts copied from it (UploadPartCopy).
    const size = await this.sizeOf(fromKey);
    if (size === null) throw new Error(`cannot copy ${fromKey} to ${toKey}: the source does not exist`);
    if (size > this.limits.copyObjectLimit) return this.copyInParts(fromKey, toKey, size, meta);
    // REPLACE, because the copy's Cache-Control and metadata differ from the source's.
    try {
      await this.s3.send(
        new CopyObjectCommand({ Bucket: this.bucket, Key: toKey, CopySource: this.copySource(fromKey), MetadataDirective: 'REPLACE', ContentType: meta.contentType, Metadata: meta.metadata, CacheControl: meta.cacheControl ?? 'no-cache' }),
      );
    } catch (error) {
      if (isMissing(error)) throw new Error(`cannot copy ${fromKey} to ${toKey}: the source does not exist`);
      throw error;
    }
  }

  /** A copy of a large object: a multipart upload whose parts are copied from it inside S3, several at a time. */
  private async copyInParts(fromKey: string, toKey: string, size: number, meta: BlobMeta): Promise<void> {
    const pieces: PartCopy[] = [];
    for (let start = 0; start < size; start += this.limits.copyPartSize) pieces.push({ partNumber: pieces.length + 1, fromKey, start, end: Math.min(size, start + this.limits.copyPartSize) });
    await this.multipart(toKey, { contentType: meta.contentType, metadata: meta.metadata, cacheControl: meta.cacheControl ?? 'no-cache' }, async (uploadId) => this.copyParts(toKey, uploadId, pieces));
  }

  /** The object's size, or null when it does not exist. */
  private async sizeOf(key: string): Promise<number | null> {
    const { HeadObjectCommand } = s3Sdk();
    try {
      return (await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }))).ContentLength ?? 0;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** Copies byte ranges of existing objects into parts of a multipart upload, several at a time; their ETags by part. */
  private async copyParts(key: string, uploadId: string | undefined, pieces: PartCopy[]): Promise<{ PartNumber: number; ETag: string | undefined }[]> {
    const { UploadPartCopyCommand } = s3Sdk();
    const parts: { PartNumber: number; ETag: string | undefined }[] = [];
    await inParallel(pieces, COPY_PART_CONCURRENCY, async ({ partNumber, fromKey, start, end }) => {
      const out = await this.s3.send(
        new UploadPartCopyCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId, PartNumber: partNumber, CopySource: this.copySource(fromKey), CopySourceRange: `bytes=${start}-${end - 1}` }),
      );
      parts.push({ PartNumber: partNumber, ETag: out.CopyPartResult?.ETag });
    });
    return parts.sort((a, b) => a.PartNumber - b.PartNumber);
  }

  /**
   * One multipart upload: `write` adds the parts and returns them; completed when it returns,
   * aborted when it throws (a missing source named in the error).
   */
  private async multipart(key: string, meta: BlobMeta, write: (uploadId: string | undefined) => Promise<{ PartNumber: number; ETag: string | undefined }[]>): Promise<void> {
    const { AbortMultipartUploadCommand, CompleteMultipartUploadCommand, CreateMultipartUploadCommand } = s3Sdk();
    const { UploadId } = await this.s3.send(
      new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key, ContentType: meta.contentType, Metadata: meta.metadata, CacheControl: meta.cacheControl ?? 'public, max-age=31536000, immutable' }),
    );
    try {
      const parts = await write(UploadId);
      await this.s3.send(new CompleteMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId, MultipartUpload: { Parts: parts } }));
    } catch (error) {
      await this.s3.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId })).catch(() => undefined);
      if (isMissing(error)) throw new Error(`cannot write ${key}: a copied source does not exist`, { cause: error });
      throw error;
    }
  }

  async getRange(key: string, start: number, end: number): Promise<AsyncIterable<Uint8Array> | null> {
    if (end <= start) return (async function* () {})();
    const { GetObjectCommand } = s3Sdk();
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=${start}-${end - 1}` }));
      return (out.Body as Readable | undefined) ?? Readable.from([]);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async compose(key: string, copies: CopiedRange[], tail: AsyncIterable<Uint8Array | CopiedRange>, meta: BlobMeta): Promise<void> {
    await this.multipart(key, meta, async (UploadId) => {
      const pieces: PartCopy[] = [];
      for (const range of copies) {
        if (range.end - range.start < MIN_COPY_PART) throw new Error(`a copied part of ${key} is smaller than S3's minimum part size`);
        pieces.push(...copyPieces(range, pieces.length + 1));
      }
      const parts = new UploadParts(await this.copyParts(key, UploadId, pieces), (PartNumber, body) => this.uploadPart(key, UploadId, PartNumber, body));
      for await (const item of tail) {
        if (isCopiedRange(item)) await this.composeRange(key, UploadId, parts, item);
        else await parts.add(item);
      }
      await parts.end();
      return parts.list;
    });
  }

  /**
   * A range in the tail is a part copy where S3's part sizes allow: bytes queued before it but too
   * few for a part are topped up with the range's first bytes, read and sent; what is left is
   * copied if it makes a part, else read and sent too.
   */
  private async composeRange(key: string, uploadId: string | undefined, parts: UploadParts, range: CopiedRange): Promise<void> {
    const { start } = tailCopyPlan(range, parts.pendingBytes);
    const body = await this.getRange(range.fromKey, range.start, start);
    if (!body) throw new Error(`cannot write ${key}: a copied source does not exist`);
    for await (const chunk of body) await parts.add(chunk);
    if (start === range.end) return;
    await parts.flush();
    parts.list.push(...(await this.copyParts(key, uploadId, copyPieces({ ...range, start }, parts.list.length + 1))));
  }

  /** Uploads one part of a multipart upload: its ETag. */
  private async uploadPart(key: string, uploadId: string | undefined, partNumber: number, body: Buffer): Promise<string | undefined> {
    const { UploadPartCommand } = s3Sdk();
    const out = await this.s3.send(new UploadPartCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId, PartNumber: partNumber, Body: body, ContentLength: body.byteLength }));
    return out.ETag;
  }

  private copySource(key: string): string {
    return `${this.bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
  }

  async get(key: string): Promise<Uint8Array | null> {
    const { GetObjectCommand } = s3Sdk();
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async getStream(key: string): Promise<AsyncIterable<Uint8Array> | null> {
    const { GetObjectCommand } = s3Sdk();
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return (out.Body as Readable | undefined) ?? Readable.from([]);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    const { HeadObjectCommand } = s3Sdk();
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async list(prefix: string): Promise<string[]> {
    const { ListObjectsV2Command } = s3Sdk();
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const out = await this.s3.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }));
      for (const o of out.Contents ?? []) if (o.Key) keys.push(o.Key);
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }
}
