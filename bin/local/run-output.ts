/**
 * What `npm start` shows: a short human summary on stdout, while the handlers' JSON log lines and
 * library warnings (they go to stderr) are kept in a log file unless --verbose; and the published
 * files copied out of the local S3 store into plain folders a user can open.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BlobStore } from '../../functions/core/ports.js';

/** Sends everything written to stderr to `file` until `restore` is called; returns the original writer for real errors. */
export function captureStderr(file: string): { restore: () => void; writeError: (text: string) => void } {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '');
  const original = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    appendFileSync(file, chunk);
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stderr.write;
  return { restore: () => void (process.stderr.write = original), writeError: (text) => void original(text) };
}

/** Copies every object under `prefix` into `folder` (same relative paths); returns how many files. */
export async function exportPrefix(blobs: BlobStore, prefix: string, folder: string): Promise<number> {
  const keys = await blobs.list(prefix);
  for (const key of keys) {
    const body = await blobs.get(key);
    if (!body) continue;
    const path = join(folder, key.slice(prefix.length));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
  }
  return keys.length;
}
