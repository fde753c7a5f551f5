/**
 * Download throughput of the consumer CLI: `customs-publisher download` (a child process, as users
 * run it) fetching a synthetic version from the local site server in front of the local S3, verifying
 * sha256 against the manifest and writing to disk. curl of the same URL is the reference for what
 * the local server and disk allow.
 */
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { RuntimeConfig } from '../functions/config/env.js';
import { createAwsClients } from '../functions/aws-clients.js';
import { S3BlobStore } from '../functions/adapters/s3-blob-store.js';
import { LOCAL_NAMES, startLocalFauxqs } from '../bin/local/services.js';
import { startSiteServer } from '../bin/local/site-server.js';

const bin = fileURLToPath(new URL('../bin/customs-publisher.mjs', import.meta.url));

/** CSV-like bytes of about `mb` MB (varied lines, so nothing compresses or caches trivially). */
function syntheticCsv(mb: number): Buffer {
  const lines: string[] = ['observation_id,value\r\n'];
  let size = 0;
  for (let i = 0; size < mb * 1e6; i++) {
    const line = `${createHash('sha1').update(String(i)).digest('hex').slice(0, 20)},${(i * 7919) % 1e9}\r\n`;
    lines.push(line);
    size += line.length;
  }
  return Buffer.from(lines.join(''));
}

const cli = (args: string[]) =>
  new Promise<{ wall: number; report: { seconds: number; fetched_bytes: number } }>((resolve, reject) => {
    const started = performance.now();
    execFile(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 10e6 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve({ wall: (performance.now() - started) / 1000, report: JSON.parse(stdout) });
    });
  });

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'download-bench-'));
  const local = await startLocalFauxqs(dir, false);
  const { s3 } = createAwsClients(RuntimeConfig.parse({ tableName: 'bench', bucketName: LOCAL_NAMES.bucket, endpoints: { s3: local.endpoint } }));
  await s3.send(new CreateBucketCommand({ Bucket: LOCAL_NAMES.bucket }));
  const site = await startSiteServer({ s3 });
  const rows: Array<Record<string, string | number>> = [];
  try {
    for (const [version, mb] of [[1, 20], [2, 100]] as const) {
      const body = syntheticCsv(mb);
      const prefix = `datasets/bench/v${version}/`;
      // Multipart, as publish writes large files (the local S3 takes at most 11 MiB in one request).
      await new S3BlobStore(s3, LOCAL_NAMES.bucket).putStream(`${prefix}observations.csv`, Readable.from([body]), { contentType: 'text/csv' });
      const manifest = {
        dataset: 'bench', version, previous_version: null, created_at: '2025-11-10T08:00:00.000Z', data_as_of: '2025-11-10', row_count: 0, period_start: '', period_end: '',
        changes: { added: 0, revised: 0, removed: 0 }, files: [{ path: 'observations.csv', media_type: 'text/csv', bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') }],
        schema: { primary_key: 'observation_id', fields: [] }, sources: [], citation: 'bench',
      };
      await s3.send(new PutObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key: `${prefix}manifest.json`, Body: JSON.stringify(manifest), ContentType: 'application/json' }));
      const out = join(dir, `out-${version}`);
      const { wall, report } = await cli(['download', 'bench', '--version', String(version), '--format', 'csv', '--out', out, '--base-url', site.url, '--json']);
      rows.push({ case: `customs-publisher download (verify sha256, write)`, MB: +(body.length / 1e6).toFixed(1), 'transfer s': report.seconds, 'MB/s': +(body.length / 1e6 / report.seconds).toFixed(1), 'wall s (incl. start-up)': +wall.toFixed(2) });
      // Asynchronously: the site server runs in this process, so a blocking spawn would starve it.
      const curl = await new Promise<string | null>((resolve) => execFile('curl', ['-s', '-o', join(dir, 'curl.out'), '-w', '%{time_total}', `${site.url}/${prefix}observations.csv`], { encoding: 'utf8' }, (error, stdout) => resolve(error ? null : stdout)));
      if (curl) rows.push({ case: 'curl -o (reference)', MB: +(body.length / 1e6).toFixed(1), 'transfer s': Number(curl), 'MB/s': +(body.length / 1e6 / Number(curl)).toFixed(1) });
    }
  } finally {
    await site.close();
    s3.destroy();
    await local.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
