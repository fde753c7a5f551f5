/**
 * `customs-publisher download DATASET [--version N|latest] [--format F] [--out DIR]`: fetches a
 * version's files, verifies each against the manifest (bytes and sha256) and refuses a mismatch.
 * An interrupted file stays as FILE.part and the next run resumes it with an HTTP Range request;
 * a file already present and verified is not fetched again. Progress on a terminal, quiet when piped.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ManifestFile } from '../../functions/core/contract.js';
import { versionPrefix, VERSION_FILES } from '../../functions/core/publish/documents.js';
import { CommandError, EXIT_CHECKSUM_MISMATCH, UsageError } from './errors.js';
import { openPublished, readVersionManifest, resolveVersion, SOURCE_OPTIONS, type Published } from './published.js';

/** --format values and the file each names (`all` is every file of the manifest plus the manifest). */
const FORMATS: Record<string, string> = {
  csv: VERSION_FILES.csv.path,
  'csv.gz': VERSION_FILES.csvGz.path,
  json: VERSION_FILES.json.path,
  ndjson: VERSION_FILES.ndjson.path,
  parquet: VERSION_FILES.parquet.path,
};

/** What became of one file. */
interface FileResult { path: string; bytes: number; sha256: string; status: 'downloaded' | 'resumed' | 'already-present'; fetched_bytes: number }

async function hashFile(path: string, hash: Hash): Promise<number> {
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return size;
}

/** Progress on stderr, redrawn at most ten times a second; nothing at all when stderr is not a terminal. */
function progress(enabled: boolean, name: string, total: number) {
  let last = 0;
  const started = Date.now();
  const draw = (done: number, final = false) => {
    if (!enabled || (!final && Date.now() - last < 100)) return;
    last = Date.now();
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
    const width = 24;
    const bar = '#'.repeat(Math.round((pct / 100) * width)).padEnd(width, '.');
    process.stderr.write(`\r  ${name.padEnd(22)} [${bar}] ${String(pct).padStart(3)}% ${(done / 1e6).toFixed(1)}/${(total / 1e6).toFixed(1)} MB ${(done / 1e6 / seconds).toFixed(1)} MB/s${final ? '\n' : ''}`);
  };
  return draw;
}

/** Downloads one file into dir, resuming a .part, and verifies it; throws CommandError 3 on a mismatch. */
async function downloadFile(published: Published, prefix: string, file: Pick<ManifestFile, 'path' | 'bytes' | 'sha256'>, dir: string, showProgress: boolean): Promise<FileResult> {
  const target = join(dir, file.path);
  const part = `${target}.part`;
  if (existsSync(target) && statSync(target).size === file.bytes) {
    const hash = createHash('sha256');
    await hashFile(target, hash);
    if (hash.digest('hex') === file.sha256) return { path: file.path, bytes: file.bytes, sha256: file.sha256, status: 'already-present', fetched_bytes: 0 };
  }
  let hash = createHash('sha256');
  let offset = existsSync(part) ? await hashFile(part, hash) : 0;
  if (offset > file.bytes) {
    rmSync(part);
    hash = createHash('sha256');
    offset = 0;
  }
  let fetched = 0;
  const resumedFrom = offset;
  if (offset < file.bytes || file.bytes === 0) {
    const response = await published.fetch(prefix + file.path, offset > 0 ? { headers: { range: `bytes=${offset}-` } } : undefined);
    if (response.status === 200 && offset > 0) {
      // The server ignored the range: start over rather than append the whole file to the part.
      hash = createHash('sha256');
      offset = 0;
    }
    if (response.status === 416) await response.body?.cancel();
    else {
      const out = createWriteStream(part, { flags: offset > 0 ? 'a' : 'w' });
      const draw = progress(showProgress, file.path, file.bytes);
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          hash.update(chunk);
          fetched += chunk.length;
          if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
          draw(offset + fetched);
        }
      } finally {
        await new Promise<void>((r, reject) => out.end((error?: Error | null) => (error ? reject(error) : r())));
      }
      draw(offset + fetched, true);
    }
  }
  const size = offset + fetched;
  const digest = hash.digest('hex');
  if (size !== file.bytes || digest !== file.sha256) {
    rmSync(part, { force: true });
    throw new CommandError(`${file.path}: got ${size} bytes with sha256 ${digest}, the manifest says ${file.bytes} bytes with sha256 ${file.sha256}; the file was refused and removed`, EXIT_CHECKSUM_MISMATCH);
  }
  renameSync(part, target);
  return { path: file.path, bytes: file.bytes, sha256: file.sha256, status: resumedFrom > 0 ? 'resumed' : 'downloaded', fetched_bytes: fetched };
}

/** Downloads the chosen files of a version into --out (default ./DATASET-vN). */
export async function downloadCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...SOURCE_OPTIONS, version: { type: 'string', default: 'latest' }, format: { type: 'string', default: 'csv' }, out: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('download takes exactly one DATASET');
  const format = values.format as string;
  if (format !== 'all' && !FORMATS[format]) throw new UsageError(`--format must be one of ${[...Object.keys(FORMATS), 'all'].join(', ')}, not "${format}"`);
  const [dataset] = positionals;
  const published = await openPublished(values);
  try {
    const version = await resolveVersion(published, dataset, values.version);
    const manifest = await readVersionManifest(published, dataset, version);
    const wanted = format === 'all' ? manifest.files : manifest.files.filter((f) => f.path === FORMATS[format]);
    if (wanted.length === 0) throw new CommandError(`${dataset} v${version} has no ${FORMATS[format]}`, 1);
    const dir = resolve(values.out ?? `${dataset}-v${version}`);
    mkdirSync(dir, { recursive: true });
    const showProgress = Boolean(process.stderr.isTTY) && !values.json;
    const started = process.hrtime.bigint();
    const results: FileResult[] = [];
    for (const file of wanted) results.push(await downloadFile(published, versionPrefix(dataset, version), file, dir, showProgress));
    if (format === 'all') {
      // The manifest itself, byte for byte as published, so `sha256sum -c` works offline.
      const body = Buffer.from(await (await published.fetch(`${versionPrefix(dataset, version)}manifest.json`)).arrayBuffer());
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(dir, 'manifest.json'), body);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const fetched = results.reduce((sum, r) => sum + r.fetched_bytes, 0);
    if (values.json) process.stdout.write(`${JSON.stringify({ dataset, version, out: dir, files: results, fetched_bytes: fetched, seconds: Number(seconds.toFixed(3)) }, null, 2)}\n`);
    else for (const r of results) process.stdout.write(`${join(dir, r.path)}\t${r.bytes}\tsha256:${r.sha256}\t${r.status}\n`);
    process.stderr.write(`${dataset} v${version}: ${results.length} file(s) verified against the manifest; ${(fetched / 1e6).toFixed(2)} MB fetched in ${seconds.toFixed(2)} s (${(fetched / 1e6 / Math.max(seconds, 1e-6)).toFixed(1)} MB/s)\n`);
    return 0;
  } finally {
    await published.close();
  }
}
