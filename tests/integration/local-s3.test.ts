/**
 * The local S3 (fauxqs, objects as files under dataDir/s3) does what our S3 adapter, the site
 * server and server-side composition need: exact bytes for streamed and multipart uploads, byte
 * ranges, copies with replaced metadata (whole, and in copied parts for objects above CopyObject's
 * limit), paginated listings, deletes, `UploadPartCopy`, and state
 * that survives a restart (what `npm start` relies on). No Java: this starts S3 alone.
 */
import {
  CompleteMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  UploadPartCommand,
  UploadPartCopyCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAwsClients } from '../../functions/aws-clients.js';
import { RuntimeConfig } from '../../functions/config/env.js';
import { S3BlobStore } from '../../functions/adapters/s3-blob-store.js';
import { LOCAL_NAMES, startLocalFauxqs, type LocalFauxqs } from '../../bin/local/services.js';

const bucket = LOCAL_NAMES.bucket;
const MiB = 1024 * 1024;
/** A body whose every byte depends on its offset, so a shifted or repeated part shows. */
function patterned(length: number): Buffer {
  const body = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) body[i] = (i * 31 + (i >> 8)) & 255;
  return body;
}

let dataDir: string;
let local: LocalFauxqs;
let s3: S3Client;
let blobs: S3BlobStore;

async function open(): Promise<void> {
  local = await startLocalFauxqs(dataDir, true);
  s3 = createAwsClients(RuntimeConfig.parse({ tableName: LOCAL_NAMES.table, bucketName: bucket, endpoints: { s3: local.endpoint } })).s3;
  blobs = new S3BlobStore(s3, bucket);
}

async function close(): Promise<void> {
  s3.destroy();
  await local.stop();
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'customs-publisher-local-s3-'));
  await open();
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
});

afterAll(async () => {
  await close();
  rmSync(dataDir, { recursive: true, force: true });
});

const text = (bytes: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : null);

describe('local S3: what the adapter uses', () => {
  it('stores a streamed multipart upload (three 5 MiB parts) byte for byte, with its metadata', async () => {
    const body = patterned(12 * MiB + 123);
    async function* chunks() {
      for (let offset = 0; offset < body.length; offset += 64 * 1024) yield body.subarray(offset, offset + 64 * 1024);
    }
    await blobs.putStream('datasets/x/v1/observations.csv', chunks(), { contentType: 'text/csv', metadata: { sha256: 'abc' } });
    expect(Buffer.from((await blobs.get('datasets/x/v1/observations.csv'))!).equals(body)).toBe(true);
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'datasets/x/v1/observations.csv' }));
    expect(head.ContentType).toBe('text/csv');
    expect(head.Metadata).toEqual({ sha256: 'abc' });
    expect(head.ETag).toMatch(/-3"$/);
  });

  it('copies with replaced content type, metadata and cache control, and names a missing source', async () => {
    await blobs.put('datasets/x/v1/a b+é.json', new TextEncoder().encode('{"a":1}'), { contentType: 'application/json', metadata: { from: 'v1' } });
    await blobs.copy('datasets/x/v1/a b+é.json', 'datasets/x/latest/a b+é.json', { contentType: 'application/json; charset=utf-8', metadata: { version: '1' }, cacheControl: 'no-cache' });
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'datasets/x/latest/a b+é.json' }));
    expect([head.ContentType, head.Metadata, head.CacheControl]).toEqual(['application/json; charset=utf-8', { version: '1' }, 'no-cache']);
    expect(text(await blobs.get('datasets/x/latest/a b+é.json'))).toBe('{"a":1}');
    await expect(blobs.copy('datasets/x/v9/none.json', 'datasets/x/latest/none.json', { contentType: 'application/json' })).rejects.toThrow(/datasets\/x\/v9\/none.json .*does not exist/);
  });

  it('copies an object above the CopyObject limit as parts copied inside the server (UploadPartCopy), with replaced metadata', async () => {
    // S3 copies at most 5 GiB with one CopyObject; limits lowered here so a 12 MiB object goes the larger objects' way.
    const inParts = new S3BlobStore(s3, bucket, { copyObjectLimit: 5 * MiB, copyPartSize: 5 * MiB });
    const body = patterned(12 * MiB + 123);
    await blobs.putStream('datasets/x/v1/big.ndjson', Readable.from([body.subarray(0, 6 * MiB), body.subarray(6 * MiB)]), { contentType: 'application/x-ndjson' });
    await inParts.copy('datasets/x/v1/big.ndjson', 'datasets/x/latest/big.ndjson', { contentType: 'application/x-ndjson', metadata: { 'dataset-version': '1' }, cacheControl: 'no-cache' });
    expect(Buffer.from((await blobs.get('datasets/x/latest/big.ndjson'))!).equals(body)).toBe(true);
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'datasets/x/latest/big.ndjson' }));
    expect([head.ContentType, head.Metadata, head.CacheControl]).toEqual(['application/x-ndjson', { 'dataset-version': '1' }, 'no-cache']);
    expect(head.ETag).toMatch(/-3"$/);
    await expect(inParts.copy('datasets/x/v9/none.ndjson', 'datasets/x/latest/none.ndjson', { contentType: 'application/x-ndjson' })).rejects.toThrow(/datasets\/x\/v9\/none.ndjson .*does not exist/);
  });

  it('serves byte ranges (as the site server passes them on) and refuses one past the end', async () => {
    const body = patterned(1000);
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'ranges.bin', Body: Readable.from([body]), ContentLength: body.length }));
    const part = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'ranges.bin', Range: 'bytes=100-199' }));
    expect(part.ContentRange).toBe('bytes 100-199/1000');
    expect(Buffer.from(await part.Body!.transformToByteArray()).equals(body.subarray(100, 200))).toBe(true);
    const tail = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'ranges.bin', Range: 'bytes=990-' }));
    expect(Buffer.from(await tail.Body!.transformToByteArray()).equals(body.subarray(990))).toBe(true);
    await expect(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'ranges.bin', Range: 'bytes=5000-' }))).rejects.toMatchObject({ $metadata: { httpStatusCode: 416 } });
  });

  it('lists past one page of 1,000 keys, and forgets deleted objects', async () => {
    for (let batch = 0; batch < 1010; batch += 50) {
      await Promise.all(Array.from({ length: Math.min(50, 1010 - batch) }, (_, i) => blobs.put(`many/k${String(batch + i).padStart(4, '0')}`, new Uint8Array([i & 255]), { contentType: 'application/octet-stream' })));
    }
    const keys = await blobs.list('many/');
    expect(keys).toHaveLength(1010);
    expect(new Set(keys).size).toBe(1010);
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'many/k0000' }));
    expect(await blobs.exists('many/k0000')).toBe(false);
    expect(await blobs.get('many/k0000')).toBeNull();
    expect(await blobs.list('many/')).toHaveLength(1009);
  });

  it('keeps an immutable object (the adapter looks first: the emulator does not enforce If-None-Match)', async () => {
    expect(await blobs.putImmutable('raw/once.txt', new TextEncoder().encode('first'), { contentType: 'text/plain' })).toBe(true);
    expect(await blobs.putImmutable('raw/once.txt', new TextEncoder().encode('second'), { contentType: 'text/plain' })).toBe(false);
    expect(text(await blobs.get('raw/once.txt'))).toBe('first');
  });

  it('composes an object server-side: a part copied from a byte range of another object (UploadPartCopy) plus a new part', async () => {
    const source = patterned(6 * MiB);
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'compose/source.bin', Body: source }));
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'compose/out.bin' }));
    const copied = await s3.send(new UploadPartCopyCommand({ Bucket: bucket, Key: 'compose/out.bin', UploadId, PartNumber: 1, CopySource: `${bucket}/compose/source.bin`, CopySourceRange: `bytes=0-${5 * MiB - 1}` }));
    const added = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: 'compose/out.bin', UploadId, PartNumber: 2, Body: Buffer.from('new tail') }));
    await s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: 'compose/out.bin', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: copied.CopyPartResult!.ETag }, { PartNumber: 2, ETag: added.ETag }] } }));
    const out = Buffer.from((await blobs.get('compose/out.bin'))!);
    expect(out.length).toBe(5 * MiB + 8);
    expect(out.subarray(0, 5 * MiB).equals(source.subarray(0, 5 * MiB))).toBe(true);
    expect(out.subarray(5 * MiB).toString()).toBe('new tail');
  });
});

describe('local S3: state on disk', () => {
  it('keeps objects as plain files and finds them again after a restart', async () => {
    await blobs.put('datasets/x/latest.json', new TextEncoder().encode('{"version":1}'), { contentType: 'application/json', metadata: { version: '1' } });
    expect(existsSync(join(dataDir, 's3', 'buckets', bucket, 'objects', 'datasets', 'x', 'latest.json.data'))).toBe(true);
    await close();
    await open();
    expect(text(await blobs.get('datasets/x/latest.json'))).toBe('{"version":1}');
    expect((await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'datasets/x/latest.json' }))).Metadata).toEqual({ version: '1' });
    expect(await blobs.list('many/')).toHaveLength(1009);
  });

  it('removes the objects on stop when not persistent', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'customs-publisher-local-s3-scratch-'));
    const server = await startLocalFauxqs(scratch, false);
    await server.stop();
    expect(existsSync(join(scratch, 's3'))).toBe(false);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('refuses a data folder in the old s3rver layout with the way out, instead of starting empty', async () => {
    const old = mkdtempSync(join(tmpdir(), 'customs-publisher-local-s3-old-'));
    mkdirSync(join(old, 's3', bucket), { recursive: true });
    writeFileSync(join(old, 's3', bucket, 'catalog.json._S3rver_object'), '{}');
    await expect(startLocalFauxqs(old, true)).rejects.toThrow(/older local S3 server.*npm start -- --reset/);
    rmSync(old, { recursive: true, force: true });
  });
});
