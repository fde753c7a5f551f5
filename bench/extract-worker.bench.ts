/**
 * What the extraction deadline costs (functions/adapters/worker-extractor.ts): the normalize
 * Lambda extracts each release in a worker thread it can terminate. Measured on the worker bundle
 * as Lambda runs it (esbuild, minified, ESM): the start of a worker (once per warm Lambda, and
 * after each release that had to be stopped), and the time per release through a warm worker
 * against extraction in the calling thread, in interleaved passes (best of each).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { WorkerReleaseExtractor } from '../functions/adapters/worker-extractor.js';
import type { extractRelease } from '../functions/core/extract/index.js';
import { EXTRACT_DEADLINE_MS } from '../functions/core/extract/limits.js';
import { lcg, syntheticRelease } from './extract-text.bench.js';

const context = { dataset: 'bench', release_id: 'bench-1', source_url: 'https://example.org/bench', published: '2025-10-25' };

/** A module bundled with the Lambda's settings (minified ESM). */
async function lambdaBundle(entry: string): Promise<URL> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'bench-worker-')), 'bundle.mjs');
  await build({
    entryPoints: [new URL(entry, import.meta.url).pathname], outfile, bundle: true, minify: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return pathToFileURL(outfile);
}

type Job = { body: string; contentType: string };

/** Seconds for all jobs, in this thread or through the extractor. */
async function pass(jobs: Job[], extract: typeof extractRelease, worker?: WorkerReleaseExtractor): Promise<{ seconds: number; rows: number }> {
  let rows = 0;
  const started = performance.now();
  for (const job of jobs) {
    const options = { kind: 'auto' as const, contentType: job.contentType };
    const outcome = worker ? await worker.extract(job.body, context, options) : extract(job.body, context, options);
    if (outcome.ok) rows += outcome.rows.length;
  }
  return { seconds: (performance.now() - started) / 1000, rows };
}

/** Measures worker start and per-release cost; returns the table rows. */
export async function run(): Promise<Array<Record<string, string | number>>> {
  const workerUrl = await lambdaBundle('../functions/adapters/extract-worker.ts');
  // The same bundled code in this thread, so the comparison measures the thread hop and nothing else.
  const inThread = (await import((await lambdaBundle('../functions/core/extract/index.ts')).href)) as { extractRelease: typeof extractRelease };
  const table: Array<Record<string, string | number>> = [];

  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const worker = new WorkerReleaseExtractor({ deadlineMs: EXTRACT_DEADLINE_MS, workerUrl });
    const started = performance.now();
    await worker.extract('In October 2025 exports rose 5.2 percent to 2.1 trillion yuan.', context, { kind: 'auto' });
    starts.push(performance.now() - started);
    await worker.close();
  }
  starts.sort((a, b) => a - b);
  table.push({ case: 'worker start + first tiny release (5 starts)', 'median ms': Number(starts[2].toFixed(1)), 'best ms': Number(starts[0].toFixed(1)) });

  const random = lcg(20251201);
  const press: Job[] = Array.from({ length: 600 }, (_, i) => ({ body: syntheticRelease(random, i % 2 === 1), contentType: i % 2 ? 'text/html' : 'text/plain' }));
  const tablePage = readFileSync(new URL('../tests/fixtures/tables/h02-country-bulletin.html', import.meta.url), 'utf8');
  const tables: Job[] = Array.from({ length: 100 }, () => ({ body: tablePage, contentType: 'text/html' }));
  const worker = new WorkerReleaseExtractor({ deadlineMs: EXTRACT_DEADLINE_MS, workerUrl });
  // A one-sentence release: almost no extraction, so what remains is the cost of the hop itself.
  const tiny: Job[] = Array.from({ length: 2000 }, (_, i) => ({ body: `In October 2025 exports rose ${i % 50}.5 percent.`, contentType: 'text/plain' }));
  for (const [name, jobs] of [['one-sentence releases', tiny], ['press releases (half HTML)', press], ['statistical tables (HTML)', tables]] as const) {
    await pass(jobs.slice(0, 50), inThread.extractRelease);
    await pass(jobs.slice(0, 50), inThread.extractRelease, worker);
    let threadSeconds = Infinity;
    let inWorker = Infinity;
    let rows = 0;
    // Interleaved, best of three each: the machine is shared and the fastest pass is the least disturbed.
    for (let round = 0; round < 3; round++) {
      const a = await pass(jobs, inThread.extractRelease);
      const b = await pass(jobs, inThread.extractRelease, worker);
      if (a.rows !== b.rows) throw new Error(`the worker read ${b.rows} rows where this thread read ${a.rows}`);
      rows = a.rows;
      threadSeconds = Math.min(threadSeconds, a.seconds);
      inWorker = Math.min(inWorker, b.seconds);
    }
    const perRelease = (s: number) => (s * 1000) / jobs.length;
    table.push({
      case: `${name}: ${jobs.length} releases, ${rows} rows`,
      'in thread ms/release': Number(perRelease(threadSeconds).toFixed(3)),
      'worker ms/release': Number(perRelease(inWorker).toFixed(3)),
      'overhead ms/release': Number((perRelease(inWorker) - perRelease(threadSeconds)).toFixed(3)),
      'worker/thread': Number((inWorker / threadSeconds).toFixed(2)),
    });
  }
  await worker.close();
  return table;
}
