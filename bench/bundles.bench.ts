/**
 * Lambda bundles: each handler (functions/<stage>/handler.ts) and worker-thread entry bundled with esbuild exactly as the
 * function construct does (infra/bundling.ts: ESM, node24, minified, the AWS SDK left to the
 * runtime), then its size, its largest inputs, and its cold import time: a fresh Node.js process
 * importing the bundle, SDK packages included, median of a few runs (wall and CPU time). A second row per handler
 * bundles the pinned SDK too, the alternative weighed in infra/bundling.ts.
 * Run: npm run bench -- bundles
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { handlerBuildOptions } from '../infra/bundling.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT_RUNS = Number(process.env.BUNDLE_BENCH_RUNS ?? 5);

/** The bundles a deploy ships: each stage's handler (functions/<stage>/handler.ts) and each worker-thread entry (functions/adapters/*-worker.ts, bundled beside its handler). */
function entries(): { name: string; path: string; worker?: boolean }[] {
  const handlers = readdirSync(join(repoRoot, 'functions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(repoRoot, 'functions', d.name)).includes('handler.ts'))
    .map((d) => ({ name: `${d.name} handler`, path: join('functions', d.name, 'handler.ts') }));
  const workers = readdirSync(join(repoRoot, 'functions', 'adapters'))
    .filter((f) => f.endsWith('-worker.ts'))
    .map((f) => ({ name: `${f.replace(/\.ts$/, '')} (worker thread)`, path: join('functions', 'adapters', f), worker: true }));
  // Handlers first: the table's columns follow the first row's.
  return [...handlers, ...workers];
}

/** Bundles one handler into `outfile`; returns the bundle's bytes and its inputs' share. */
async function bundle(entry: string, outfile: string, sdk: 'external' | 'bundled'): Promise<{ bytes: number; inputs: Metafile['outputs'][string]['inputs']; packages: string[] }> {
  const result = await build({
    ...handlerBuildOptions(sdk === 'external'),
    entryPoints: [join(repoRoot, entry)],
    outfile,
  });
  const output = result.metafile.outputs[Object.keys(result.metafile.outputs).find((k) => k.endsWith('.mjs'))!];
  const packages = [...new Set(output.imports.filter((i) => i.external && !i.path.startsWith('node:')).map((i) => i.path))];
  return { bytes: output.bytes, inputs: output.inputs, packages };
}

/** The three largest contributors, by package (or source folder for our code). */
function largest(inputs: Metafile['outputs'][string]['inputs']): string {
  const byOwner = new Map<string, number>();
  for (const [path, input] of Object.entries(inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    const owner = pkg ?? path.split('/').slice(0, 3).join('/');
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + input.bytesInOutput);
  }
  return [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([owner, bytes]) => `${owner} ${Math.round(bytes / 1024)}`).join(', ');
}

/**
 * Median wall and CPU milliseconds a fresh Node.js process takes to import the bundle (not
 * counting Node's own start). CPU time is printed too: on a shared machine it is the steadier figure.
 */
function coldImport(file: string): { wallMs: number; cpuMs: number } {
  return medianImport(`await import(${JSON.stringify(pathToFileURL(file).href)});`);
}

/** The same for the packages a bundle leaves to the runtime, alone: the part of the import that is the SDK's. */
function packagesImport(packages: string[]): { wallMs: number; cpuMs: number } {
  return medianImport(`await Promise.all(${JSON.stringify(packages)}.map((p) => import(p)));`);
}

function medianImport(load: string): { wallMs: number; cpuMs: number } {
  const script = `const c = process.cpuUsage(); const t = performance.now(); ${load} const u = process.cpuUsage(c); process.stdout.write(JSON.stringify([performance.now() - t, (u.user + u.system) / 1000]));`;
  const runs: number[][] = [];
  for (let run = 0; run < IMPORT_RUNS; run++) {
    runs.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '--no-warnings', '-e', script], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, AWS_REGION: 'us-east-1' } })) as number[]);
  }
  const median = (i: number) => runs.map((r) => r[i]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return { wallMs: median(0), cpuMs: median(1) };
}

/** One row per handler and SDK choice. */
export async function run(): Promise<Array<Record<string, string | number>>> {
  // Inside the repo, so the bundles resolve the SDK from node_modules as Lambda resolves it from the runtime.
  const dir = mkdtempSync(join(repoRoot, '.bundle-bench-'));
  const rows: Array<Record<string, string | number>> = [];
  try {
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    // BUNDLE_BENCH_SDK=external skips the bundled-SDK alternative.
    for (const sdk of (['external', 'bundled'] as const).filter((k) => !process.env.BUNDLE_BENCH_SDK || k === process.env.BUNDLE_BENCH_SDK)) {
      for (const [i, entry] of entries().entries()) {
        const outfile = join(dir, `${i}-${sdk}.mjs`);
        const { bytes, inputs, packages } = await bundle(entry.path, outfile, sdk);
        // A worker entry starts serving on import and refuses to outside a worker thread: size only.
        const timing = entry.worker ? undefined : coldImport(outfile);
        // Of the import, what the SDK packages left to the runtime cost by themselves.
        const sdkOnly = timing && packages.length > 0 ? packagesImport(packages) : undefined;
        rows.push({
          case: entry.name,
          'aws sdk': sdk === 'external' ? 'from the runtime (deployed)' : 'bundled (pinned)',
          'bundle KB': Math.round(bytes / 1024),
          ...(timing ? { 'cold import ms': Math.round(timing.wallMs), 'import cpu ms': Math.round(timing.cpuMs) } : {}),
          ...(sdkOnly ? { 'of which sdk alone: ms': Math.round(sdkOnly.wallMs), 'sdk alone: cpu ms': Math.round(sdkOnly.cpuMs) } : {}),
          'largest inputs (KB)': largest(inputs),
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
