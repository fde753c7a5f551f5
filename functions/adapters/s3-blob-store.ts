/** The BlobStore port on S3 (and S3-compatible local servers). */
import {
  CopyObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import type { BlobMeta, BlobStore } from '../core/ports.js';

function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return error instanceof NoSuchKey || error instanceof NotFound || e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

function isPreconditionFailed(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'PreconditionFailed' || e?.$metadata?.httpStatusCode === 412;
}

export class S3BlobStore implements BlobStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async putImmutable(key: string, body: Uint8Array, meta: BlobMeta): Promise<boolean> {
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
    await this.s3.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: meta.contentType, Metadata: meta.metadata, CacheControl: meta.cacheControl ?? 'no-cache' }),
    );
  }

  async putStream(key: string, body: AsyncIterable<Uint8Array>, meta: BlobMeta): Promise<void> {
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
    // CopyObject copies inside S3 (up to 5 GB in one call): the bytes never pass through Lambda.
    // REPLACE, because the copy's Cache-Control and metadata differ from the source's.
    const source = `${this.bucket}/${fromKey.split('/').map(encodeURIComponent).join('/')}`;
    try {
      await this.s3.send(
        new CopyObjectCommand({ Bucket: this.bucket, Key: toKey, CopySource: source, MetadataDirective: 'REPLACE', ContentType: meta.contentType, Metadata: meta.metadata, CacheControl: meta.cacheControl ?? 'no-cache' }),
      );
    } catch (error) {
      if (isMissing(error)) throw new Error(`cannot copy ${fromKey} to ${toKey}: the source does not exist`);
      throw error;
    }
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async getStream(key: string): Promise<AsyncIterable<Uint8Array> | null> {
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return (out.Body as Readable | undefined) ?? Readable.from([]);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async list(prefix: string): Promise<string[]> {
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
