/**
 * Publishing 100,000 and 1,000,000 synthetic observations through the publish use case, with an
 * in-memory state store, an ObservationStore that yields sorted synthetic rows lazily, and a
 * BlobStore that streams every file to a temp dir. Version 1 (everything added) and version 2
 * (1% revised, 0.1% removed, 0.5% added: the diff, delta and vintages paths) are timed apart
 * from the latest/ mirror, catalog and feeds. References on the same rows: DuckDB writing the
 * same CSV and Parquet, and bare gzip and sha256 over the CSV bytes.
 * Run: npm run bench -- publish
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { FLOWS, OBSERVATION_COLUMNS, type Observation } from '../functions/core/contract.js';
import type { BlobMeta, BlobStore, ObservationStore, UpsertSummary } from '../functions/core/ports.js';
import { ManualClock, MemoryDatasetStateStore, MemoryNotifier } from '../functions/core/publish/in-memory.js';
import { publishDataset } from '../functions/core/publish/publish-dataset.js';

const DATASET = 'bench-trade';
const SIZES = (process.env.PUBLISH_BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const AREAS = ['China', 'Xinjiang', 'Horgos Port', 'Alashankou', 'Guangdong', 'Zhejiang', 'Shanghai', 'Jiangsu', 'Shandong', 'Fujian'];
const PARTNERS = ['World', 'ASEAN', 'European Union', 'United States', 'Japan', 'Korea', 'Kazakhstan', 'Russia', 'Brazil', 'India', 'Australia', 'Germany'];
const COMMODITIES = Array.from({ length: 120 }, (_, i) => (i === 0 ? 'all goods' : `HS ${String(i).padStart(2, '0')} commodity group ${i}`));

/** A deterministic pseudo-random integer for row i and a salt. */
function mix(i: number, salt: number): number {
  let x = (i * 2654435761 + salt * 40503) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 2246822507) >>> 0;
  return (x ^ (x >>> 13)) >>> 0;
}

/** Row i of the synthetic dataset at a revision. */
function syntheticRow(i: number, revision: number): Observation {
  const month = 1 + (mix(i, 1) % 12);
  const period = `2025-${String(month).padStart(2, '0')}`;
  const release = mix(i, 2) % 100;
  const base = (mix(i, 3) % 10_000_000) * 1000;
  return {
    observation_id: i.toString(16).padStart(20, '0'),
    dataset: DATASET,
    area: AREAS[mix(i, 4) % AREAS.length],
    partner: PARTNERS[mix(i, 5) % PARTNERS.length],
    flow: FLOWS[mix(i, 6) % 3],
    commodity: COMMODITIES[mix(i, 7) % COMMODITIES.length],
    breakdown: i % 3 === 0 ? 'customs regime: Ordinary Trade' : '',
    measure: 'value',
    period_start: period,
    period_end: period,
    value: revision === 1 ? base : Math.round(base * 1.013),
    unit: 'CNY',
    qualifier: 'exact',
    yoy_pct: i % 7 === 0 ? null : ((mix(i, 8) % 400) - 200) / 10,
    status: revision > 1 ? 'revised' : 'preliminary',
    release_id: `bench-release-${release}`,
    source_url: `https://customs.example.test/releases/${release}.html`,
    source_quote: `In ${period}, exports of commodity group ${i % 120} to the partner reached ${base} yuan, "up" on the year.`,
    published: `2025-${String(Math.min(12, month + 1)).padStart(2, '0')}-07`,
    revision,
  };
}

/** Version 1 has `size` rows; version 2 revises every 100th, removes every 1000th (+1) and adds 0.5%. */
class SyntheticObservationStore implements ObservationStore {
  phase: 1 | 2 = 1;
  constructor(private readonly size: number) {}

  private revised = (i: number) => this.phase === 2 && i % 100 === 0;
  private removed = (i: number) => this.phase === 2 && i % 1000 === 1;
  private get last() {
    return this.phase === 2 ? this.size + Math.floor(this.size / 200) : this.size;
  }

  async applyRelease(): Promise<UpsertSummary> {
    throw new Error('not used by the bench');
  }

  async *scan(): AsyncIterable<Observation> {
    for (let i = 0; i < this.last; i++) if (!this.removed(i)) yield syntheticRow(i, this.revised(i) ? 2 : 1);
  }

  async *scanRevisions(): AsyncIterable<Observation> {
    for (let i = 0; i < this.last; i++) {
      yield syntheticRow(i, 1);
      if (this.revised(i)) yield syntheticRow(i, 2);
    }
  }
}

/** A bucket in a directory: every stream goes to disk as it is produced. */
class FileBlobStore implements BlobStore {
  constructor(private readonly root: string) {}
  private path(key: string) {
    const path = join(this.root, key);
    mkdirSync(dirname(path), { recursive: true });
    return path;
  }
  async putImmutable(key: string, body: Uint8Array, _meta: BlobMeta): Promise<boolean> {
    try {
      await writeFile(this.path(key), body, { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }
  async put(key: string, body: Uint8Array): Promise<void> {
    await writeFile(this.path(key), body);
  }
  async putStream(key: string, body: AsyncIterable<Uint8Array>): Promise<void> {
    await pipeline(Readable.from(body, { highWaterMark: 2 }), createWriteStream(this.path(key)));
  }
  async get(key: string): Promise<Uint8Array | null> {
    return existsSync(join(this.root, key)) ? readFile(join(this.root, key)) : null;
  }
  async getStream(key: string): Promise<AsyncIterable<Uint8Array> | null> {
    return existsSync(join(this.root, key)) ? createReadStream(join(this.root, key), { highWaterMark: 1 << 20 }) : null;
  }
  async exists(key: string): Promise<boolean> {
    return existsSync(join(this.root, key));
  }
  async list(prefix: string): Promise<string[]> {
    const dir = join(this.root, dirname(`${prefix}x`));
    return existsSync(dir) ? readdirSync(dir).map((f) => join(dirname(`${prefix}x`), f)).filter((k) => k.startsWith(prefix)) : [];
  }
}

/** Samples RSS and heap every few milliseconds while `work` runs (timers fire between I/O turns). */
async function measure<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; rssMb: number; heapMb: number; externalMb: number }> {
  global.gc?.();
  let rss = 0;
  let heap = 0;
  let external = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
    external = Math.max(external, m.external + m.arrayBuffers);
  };
  const timer = setInterval(sample, 10);
  const started = performance.now();
  try {
    const result = await work();
    sample();
    return { result, seconds: (performance.now() - started) / 1000, rssMb: rss / 2 ** 20, heapMb: heap / 2 ** 20, externalMb: external / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** The bench rows: publish v1 and v2 per size, then the references. */
export async function run(): Promise<Array<Record<string, string | number>>> {
  const rows: Array<Record<string, string | number>> = [{ case: 'process before publishing', 'peak rss MB': Math.round(process.memoryUsage().rss / 2 ** 20), 'peak heap MB': Math.round(process.memoryUsage().heapUsed / 2 ** 20) }];
  const dirs: string[] = [];
  const references: Array<{ size: number; csv: string }> = [];
  try {
    for (const size of SIZES) {
      const dir = mkdtempSync(join(tmpdir(), `publish-bench-${size}-`));
      dirs.push(dir);
      const datasets = new MemoryDatasetStateStore();
      const observations = new SyntheticObservationStore(size);
      const blobs = new FileBlobStore(dir);
      const clock = new ManualClock(new Date('2025-12-01T00:00:00Z'));
      // Marks when the manifest is written: before it, the version's files; after it, latest/, catalog, feeds.
      let manifestAt = 0;
      const timed: BlobStore = Object.assign(Object.create(blobs) as BlobStore, {
        putImmutable: async (key: string, body: Uint8Array, meta: BlobMeta) => {
          if (key.endsWith('/manifest.json')) manifestAt = performance.now();
          return blobs.putImmutable(key, body, meta);
        },
      });
      const deps = { observations, datasets, blobs: timed, notifier: new MemoryNotifier(), clock, logger: { info() {}, warn() {}, error() {} }, owner: 'bench' };
      for (const phase of [1, 2] as const) {
        observations.phase = phase;
        await datasets.markChanged(DATASET);
        clock.advance(86_400_000);
        const started = performance.now();
        const m = await measure(() => publishDataset(DATASET, deps));
        const filesSeconds = (manifestAt - started) / 1000;
        if (m.result.status !== 'published') throw new Error(`bench publish did not publish: ${m.result.status}`);
        const prefix = join(dir, 'datasets', DATASET, `v${m.result.version}`);
        const files = readdirSync(prefix).map((f) => statSync(join(prefix, f)).size);
        rows.push({
          case: `publish v${phase} (${phase === 1 ? 'all added' : '+0.5% ~1% -0.1%'})`,
          rows: m.result.rows,
          'wall s': m.seconds,
          'rows/s': Math.round(m.result.rows / m.seconds),
          'vN files s': filesSeconds,
          'latest/+catalog+feeds s': m.seconds - filesSeconds,
          'peak rss MB': Math.round(m.rssMb),
          'peak heap MB': Math.round(m.heapMb),
          'peak buffers MB': Math.round(m.externalMb),
          'max rss so far MB': Math.round(process.resourceUsage().maxRSS / 1024),
          'MB written (vN)': mb(files.reduce((a, b) => a + b, 0)),
        });
      }
      references.push({ size, csv: join(dir, 'datasets', DATASET, 'v1', 'observations.csv') });
    }

    // References run after every publish, so their memory does not count against it.
    for (const { size, csv } of references) {
      const out = dirname(csv);
      const db = await DuckDBInstance.create(':memory:');
      const connection = await db.connect();
      const columns = OBSERVATION_COLUMNS.map((c) => `'${c}': '${c === 'value' || c === 'yoy_pct' ? 'DOUBLE' : c === 'revision' ? 'INTEGER' : c === 'published' ? 'DATE' : 'VARCHAR'}'`).join(', ');
      await connection.run(`CREATE TABLE t AS SELECT * FROM read_csv('${csv}', header = true, columns = {${columns}})`);
      for (const [label, sql] of [
        ['duckdb COPY csv', `COPY t TO '${out}/duck.csv' (HEADER)`],
        ['duckdb COPY parquet', `COPY t TO '${out}/duck.parquet' (FORMAT PARQUET, COMPRESSION SNAPPY)`],
      ] as const) {
        const m = await measure(() => connection.run(sql));
        rows.push({ case: label, rows: size, 'wall s': m.seconds, 'rows/s': Math.round(size / m.seconds) });
      }
      connection.closeSync();
      const bytes = statSync(csv).size;
      const gz = await measure(() => pipeline(createReadStream(csv, { highWaterMark: 1 << 20 }), createGzip({ level: 6 }), new Writable({ write: (_c, _e, cb) => cb() })));
      rows.push({ case: `gzip -6 of observations.csv (${mb(bytes)} MB)`, rows: size, 'wall s': gz.seconds, 'rows/s': Math.round(size / gz.seconds) });
      const hash = createHash('sha256');
      const sha = await measure(async () => { for await (const chunk of createReadStream(csv, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer); });
      rows.push({ case: `sha256 of observations.csv (${mb(bytes)} MB)`, rows: size, 'wall s': sha.seconds, 'rows/s': Math.round(size / sha.seconds) });
    }
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
