/**
 * The consumer CLI against real published output: three versions made by the pipeline on the local
 * services, read through the local site server (--base-url) and through --local. Every command
 * runs as a user runs it, as a child process of the `customs-publisher` binary.
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SnapshotManifest } from '../../functions/core/contract.js';
import { LOCAL_NAMES } from '../../bin/local/services.js';
import { DATASET, HOSTILE_LABEL, publishThreeVersions, REVISED, REVISED_TOTAL, type PublishedFixture } from '../support/published-fixture.js';

const bin = fileURLToPath(new URL('../../bin/customs-publisher.mjs', import.meta.url));
let fixture: PublishedFixture;
let out: string;

function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 20e6 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}
const remote = (...args: string[]) => cli(...args, '--base-url', fixture.site.url);
async function object(key: string): Promise<Buffer> {
  const body = await fixture.stack.services.clients.s3.send(new GetObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key: key }));
  return Buffer.from(await body.Body!.transformToByteArray());
}
const manifestOf = async (version: number) => SnapshotManifest.parse(JSON.parse((await object(`datasets/${DATASET}/v${version}/manifest.json`)).toString('utf8')));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  fixture = await publishThreeVersions();
  out = mkdtempSync(join(tmpdir(), 'consumer-cli-'));
}, 240_000);

afterAll(async () => {
  await fixture?.stop();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('datasets and versions', () => {
  it('datasets lists the catalog with the latest version and row count, as text and as JSON', async () => {
    const manifest = await manifestOf(3);
    const text = await remote('datasets');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^${DATASET}\\s+v3\\s+${manifest.row_count}\\s`, 'm'));
    const json = await remote('datasets', '--json');
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ dataset: DATASET, latest_version: 3, row_count: manifest.row_count })]);
  });

  it('versions lists every version newest first with its change counts', async () => {
    const result = await remote('versions', DATASET, '--json');
    expect(result.status).toBe(0);
    const versions = JSON.parse(result.stdout) as Array<{ version: number; changes: { added: number; revised: number; removed: number } }>;
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(versions[0].changes).toEqual({ added: 0, revised: 2, removed: 0 });
    expect(versions[2].changes.added).toBe((await manifestOf(1)).row_count);
  });

  it('--local reads what the local run published, with no base URL', async () => {
    const result = await cli('datasets', '--local', '--data-dir', fixture.stack.dataDir, '--json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ dataset: DATASET, latest_version: 3 });
  });
});

describe('download', () => {
  it('writes every file of a version byte for byte as published, verified against the manifest', async () => {
    const dir = join(out, 'all-v2');
    const result = await remote('download', DATASET, '--version', '2', '--format', 'all', '--out', dir, '--json');
    expect(result.status, result.stderr).toBe(0);
    const manifest = await manifestOf(2);
    expect(readdirSync(dir).sort()).toEqual([...manifest.files.map((f) => f.path), 'manifest.json'].sort());
    for (const file of manifest.files) {
      const local = readFileSync(join(dir, file.path));
      expect(sha256(local)).toBe(file.sha256);
      expect(local.equals(await object(`datasets/${DATASET}/v2/${file.path}`))).toBe(true);
    }
    expect(readFileSync(join(dir, 'manifest.json')).equals(await object(`datasets/${DATASET}/v2/manifest.json`))).toBe(true);
  });

  it('downloads the latest version by default and does not fetch a verified file again', async () => {
    const dir = join(out, 'latest');
    const first = await remote('download', DATASET, '--format', 'parquet', '--out', dir, '--json');
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ version: 3, files: [{ path: 'observations.parquet', status: 'downloaded' }] });
    const again = await remote('download', DATASET, '--format', 'parquet', '--out', dir, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ fetched_bytes: 0, files: [{ status: 'already-present' }] });
  });

  it('resumes an interrupted file from its .part with a range request', async () => {
    const dir = join(out, 'resume');
    const csv = await object(`datasets/${DATASET}/v3/observations.csv`);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    const half = Math.floor(csv.length / 2);
    writeFileSync(join(dir, 'observations.csv.part'), csv.subarray(0, half));
    const result = await remote('download', DATASET, '--version', '3', '--format', 'csv', '--out', dir, '--json');
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ files: [{ status: 'resumed', fetched_bytes: csv.length - half }] });
    expect(readFileSync(join(dir, 'observations.csv')).equals(csv)).toBe(true);
    expect(existsSync(join(dir, 'observations.csv.part'))).toBe(false);
  });

  it('refuses a file whose bytes do not match the manifest: exit 3, nothing left behind', async () => {
    const key = `datasets/${DATASET}/v1/observations.ndjson`;
    const original = await object(key);
    const tampered = Buffer.from(original.toString('utf8').replace('"USD"', '"EUR"'));
    expect(tampered.length).toBe(original.length);
    await fixture.stack.services.clients.s3.send(new PutObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key: key, Body: tampered, ContentType: 'application/x-ndjson' }));
    try {
      const dir = join(out, 'tampered');
      const result = await remote('download', DATASET, '--version', '1', '--format', 'ndjson', '--out', dir);
      expect(result.status).toBe(3);
      expect(result.stderr).toContain('observations.ndjson');
      expect(result.stderr).toContain((await manifestOf(1)).files.find((f) => f.path === 'observations.ndjson')!.sha256);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      await fixture.stack.services.clients.s3.send(new PutObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key: key, Body: original, ContentType: 'application/x-ndjson' }));
    }
  });
});

describe('diff and as-of', () => {
  it('diff shows the revised figure old → new between v2 and v3, and the rows v2 added', async () => {
    const result = await remote('diff', DATASET, '2', '3', '--json');
    expect(result.status, result.stderr).toBe(0);
    const diff = JSON.parse(result.stdout);
    expect(diff.counts).toEqual({ added: 0, revised: 2, removed: 0 });
    const pairs = diff.revised.map((r: { old: { value: number }; new: { value: number } }) => [r.old.value, r.new.value]).sort();
    expect(pairs).toEqual([[REVISED.before, REVISED.after], [REVISED_TOTAL.before, REVISED_TOTAL.after]].sort());
    const text = await remote('diff', DATASET, '1', 'latest');
    expect(text.stdout).toMatch(/^revised .* 140118203000 USD.* → 141002550000 USD/m);
    expect(text.stdout.split('\n').filter((l) => l.startsWith('added')).length).toBe((await manifestOf(2)).changes.added);
  });

  it('as-of rebuilds version K from the vintages: the rows and figures v1 had', async () => {
    const result = await remote('as-of', DATASET, '--version', '1', '--json');
    expect(result.status, result.stderr).toBe(0);
    const rows = JSON.parse(result.stdout) as Array<{ observation_id: string; value: number; breakdown: string }>;
    const v1 = (await object(`datasets/${DATASET}/v1/observations.ndjson`)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toEqual(v1);
    expect(rows.some((r) => r.value === REVISED.before)).toBe(true);
    expect(rows.some((r) => r.breakdown.includes(HOSTILE_LABEL))).toBe(true);
    const csv = await remote('as-of', DATASET, '--version', '1');
    expect(Buffer.from(csv.stdout).equals(await object(`datasets/${DATASET}/v1/observations.csv`))).toBe(true);
  });
});

describe('errors', () => {
  it('an unknown dataset, a version that does not exist and an unreachable URL exit 1 with the reason', async () => {
    const unknown = await remote('versions', 'no-such-dataset');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('"no-such-dataset" is not published');
    const missing = await remote('download', DATASET, '--version', '9', '--out', join(out, 'nine'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('has no version 9');
    const down = await cli('datasets', '--base-url', 'http://127.0.0.1:9');
    expect(down.status).toBe(1);
    expect(down.stderr).toContain('cannot reach http://127.0.0.1:9/catalog.json');
  });

  it('wrong arguments exit 2 with the usage', async () => {
    const badFormat = await remote('download', DATASET, '--format', 'xlsx');
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('--format must be one of csv, csv.gz, json, ndjson, parquet, all');
    expect((await cli('datasets')).status).toBe(2);
    expect((await remote('as-of', DATASET)).stderr).toContain('as-of needs --version K');
  });
});
