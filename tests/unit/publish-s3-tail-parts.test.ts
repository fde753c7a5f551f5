/**
 * The tail of a composed object goes to S3 in parts (s3-blob-store.ts, UploadParts): each part is
 * the chunks written since the last one, sent once they reach 8 MiB, the last one whatever is left.
 * The parts are filled in one buffer each as the chunks come; a part already sent (the request's
 * body, which a client may still hold) is never written over, and a chunk larger than the room
 * left past 8 MiB still goes whole into its part.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { S3BlobStore } from '../../functions/adapters/s3-blob-store.js';

const MiB = 1024 * 1024;

/** An S3 client that answers a multipart upload and keeps each part's body as given (not copied). */
function recordingClient() {
  const parts: { PartNumber: number; Body: Buffer }[] = [];
  const client = {
    async send(command: { constructor: { name: string }; input: Record<string, unknown> }) {
      switch (command.constructor.name) {
        case 'CreateMultipartUploadCommand':
          return { UploadId: 'u1' };
        case 'UploadPartCommand':
          parts.push({ PartNumber: command.input.PartNumber as number, Body: command.input.Body as Buffer });
          return { ETag: `"e${command.input.PartNumber}"` };
        case 'CompleteMultipartUploadCommand':
          return {};
        default:
          throw new Error(`unexpected ${command.constructor.name}`);
      }
    },
  };
  return { client: client as unknown as S3Client, parts };
}

/** Random chunks, so a shifted, repeated or overwritten byte shows. */
const chunks = (sizes: number[]) => sizes.map((size) => randomBytes(size));

describe('the tail of a composed object in parts', () => {
  it('sends each part once 8 MiB are written, whole chunks in it, and keeps the parts sent unchanged', async () => {
    // 64 KB chunks, a chunk of 3.5 MiB that crosses 8 MiB past the room kept, then more small ones.
    const sizes = [...Array(120).fill(64 * 1024), 3.5 * MiB, ...Array(200).fill(64 * 1024 + 7), 1234];
    const body = chunks(sizes);
    const { client, parts } = recordingClient();
    await new S3BlobStore(client, 'bucket').compose('k', [], (async function* () { yield* body; })(), { contentType: 'application/octet-stream' });
    // Expected parts: chunks summed until they reach 8 MiB.
    const expected: number[] = [];
    let pending = 0;
    for (const size of sizes) {
      pending += size;
      if (pending >= 8 * MiB) {
        expected.push(pending);
        pending = 0;
      }
    }
    if (pending > 0) expected.push(pending);
    expect(parts.map((p) => p.Body.byteLength)).toEqual(expected);
    expect(parts.map((p) => p.PartNumber)).toEqual(expected.map((_, i) => i + 1));
    expect(Buffer.concat(parts.map((p) => p.Body)).equals(Buffer.concat(body))).toBe(true);
  });

  it('sends one empty part for an empty tail', async () => {
    const { client, parts } = recordingClient();
    await new S3BlobStore(client, 'bucket').compose('k', [], (async function* () {})(), { contentType: 'text/plain' });
    expect(parts.map((p) => p.Body.byteLength)).toEqual([0]);
  });
});
