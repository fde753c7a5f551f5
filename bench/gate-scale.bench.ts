/**
 * The quality gate alone at scale: version 1 of the publish bench's synthetic dataset (random
 * figures, so the gate finds and holds back a great deal), judged by runQualityGate with its
 * record kept, quality.json read to the end. Each size runs in a child process of its own with
 * the publish function's V8 flags, so peak RSS (the kernel's high-water mark) is the gate's alone.
 * Printed: CPU and wall seconds, peak RSS, rows held back, findings, the sizes of quality.json and
 * of the gate's record, and the first hex digits of quality.json's sha256 (equal digits, same bytes).
 * Run: npm run bench -- gate-scale (GATE_BENCH_SIZES=100000,1000000; GATE_BENCH_CPU_PROF=DIR to profile)
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { MemoryDatasetStateStore } from '../functions/core/publish/in-memory.js';
import { gateLogKey } from '../functions/core/quality/gate-log.js';
import { runQualityGate } from '../functions/core/quality/gate.js';
import { PUBLISH_NODE_OPTIONS } from '../infra/node-options.js';
import { FileBlobStore, SyntheticObservationStore } from './publish.bench.js';

const DATASET = 'bench-trade';
const SIZES = (process.env.GATE_BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const CHILD_ENV = 'GATE_BENCH_CASE';

/** What a child reports. */
interface GateResult { cpuSeconds: number; seconds: number; peakRssMb: number; baseRssMb: number; held: number; findings: number; qualityMb: number; recordMb: number; sha256: string }

const mb = (bytes: number) => bytes / 2 ** 20;

/** The bytes of a file body, whole or streamed. */
async function* chunksOf(body: Uint8Array | AsyncIterable<Uint8Array> | (() => AsyncIterable<Uint8Array>)): AsyncGenerator<Uint8Array> {
  if (body instanceof Uint8Array) yield body;
  else yield* typeof body === 'function' ? body() : body;
}

/** Version 1 of `size` synthetic rows through the gate, its record written to a temp dir. */
async function gateCase(size: number, dir: string): Promise<GateResult> {
  const baseRssMb = mb(process.memoryUsage().rss);
  const datasets = new MemoryDatasetStateStore();
  await datasets.markChanged(DATASET, []);
  const blobs = new FileBlobStore(dir);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const gate = await runQualityGate({ dataset: DATASET, version: 1, createdAt: '2025-12-02T00:00:00.000Z', seq: 1 }, { observations: new SyntheticObservationStore(size), datasets, blobs });
  const hash = createHash('sha256');
  let bytes = 0;
  // A first version copies nothing from an earlier quality.json: its body is bytes only.
  for await (const chunk of chunksOf(gate.file.body as () => AsyncIterable<Uint8Array>)) {
    hash.update(chunk);
    bytes += chunk.byteLength;
  }
  await gate.keepRecord();
  const used = process.cpuUsage(cpu);
  return {
    cpuSeconds: (used.user + used.system) / 1e6,
    seconds: (performance.now() - started) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    baseRssMb,
    held: gate.summary.held_back,
    findings: gate.summary.warn + gate.summary.fail,
    qualityMb: mb(bytes),
    recordMb: mb(statSync(join(dir, gateLogKey(DATASET, 1))).size),
    sha256: hash.digest('hex').slice(0, 12),
  };
}

if (process.env[CHILD_ENV] && process.send) {
  const { size, dir } = JSON.parse(process.env[CHILD_ENV]) as { size: number; dir: string };
  gateCase(size, dir).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (error: Error) => process.send!({ ok: false, error: error.stack ?? String(error) }, () => process.exit(1)),
  );
}

/** Runs one size in a fresh child (same loader flags as this process, plus the publish function's). */
function inChild(size: number, dir: string): Promise<GateResult> {
  return new Promise((resolve, reject) => {
    const profile = process.env.GATE_BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.GATE_BENCH_CPU_PROF}`] : [];
    const child = fork(fileURLToPath(import.meta.url), [], { execArgv: [...process.execArgv, ...PUBLISH_NODE_OPTIONS, ...profile], env: { ...process.env, [CHILD_ENV]: JSON.stringify({ size, dir }) }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    child.on('message', (message: { ok: boolean; result?: GateResult; error?: string }) => {
      answered = true;
      if (message.ok) resolve(message.result!);
      else reject(new Error(`gate bench ${size} failed in its child: ${message.error}`));
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!answered) reject(new Error(`gate bench ${size} exited with ${code} before reporting`));
    });
  });
}

export async function run(): Promise<Array<Record<string, string | number>>> {
  const rows: Array<Record<string, string | number>> = [];
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), `gate-bench-${size}-`));
    try {
      const r = await inChild(size, dir);
      rows.push({
        case: 'quality gate, v1 of the publish bench rows',
        rows: size,
        'cpu s': r.cpuSeconds,
        'wall s': r.seconds,
        'peak rss MB': Math.round(r.peakRssMb),
        'base rss MB': Math.round(r.baseRssMb),
        'held back': r.held,
        findings: r.findings,
        'quality.json MB': r.qualityMb,
        'record MB': r.recordMb,
        'quality.json sha256': r.sha256,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
