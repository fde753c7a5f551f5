/**
 * A version composed from the previous one when the change is scattered: stripes between changed
 * ones are copied unread (stripe-copy.ts), not only those before the first change. Each composed
 * version must equal, byte for byte, what a from-scratch render of the same rows writes, including
 * the JSON array's separator before a copied stripe whose earlier rows all went (or came back),
 * a period new to the dataset between copied stripes, and the Parquet row groups moved in the file.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Observation } from '../../functions/core/contract.js';
import { MemoryDatasetStateStore } from '../../functions/core/publish/in-memory.js';
import { layoutKey, readLayout } from '../../functions/core/publish/layout.js';
import { publishDataset } from '../../functions/core/publish/publish-dataset.js';
import { MemoryBlobStore, scanRecorder } from '../support/memory-ports.js';
import { composeRow, composeWorld, monthOf, sha256, versionPaths } from '../support/compose-world.js';

const DS = 'gaps-trade';
const MONTHS = 12;
const PER_MONTH = 40;
/** Months left without rows in version 1: version 2 adds the first between stripes it copies, version 4 the second before them. */
const EMPTY_MONTH = 6;
const LATE_MONTH = 9;

const row = (m: number, n: number, over: Partial<Observation> = {}) => composeRow(DS, { partners: 7, commodities: 11, quoteEnd: '"steady".' }, m, n, over);
const world = composeWorld;
const { prefixOf, manifestOf } = versionPaths(DS);

/** Publishes the next version composed (a) and from scratch (b: its previous layout removed), and compares every file. */
async function publishBoth(a: ReturnType<typeof world>, b: ReturnType<typeof world>, version: number) {
  b.datasets.states.set(DS, structuredClone(a.datasets.states.get(DS)!));
  b.blobs.objects.delete(layoutKey(DS, version - 1));
  a.clock.advance(86_400_000);
  b.clock.advance(86_400_000);
  const reads = scanRecorder(a.observations);
  expect(await publishDataset(DS, { ...a.deps, observations: reads })).toMatchObject({ status: 'published', version });
  expect(await publishDataset(DS, b.deps)).toMatchObject({ status: 'published', version });
  const composed = manifestOf(a.blobs, version);

  expect(composed).toEqual(manifestOf(b.blobs, version));
  for (const file of composed.files) {
    const body = a.blobs.objects.get(prefixOf(version) + file.path)!.body;
    expect(Buffer.compare(body, b.blobs.objects.get(prefixOf(version) + file.path)!.body), file.path).toBe(0);
    expect(sha256(body), file.path).toBe(file.sha256);
  }
  // The next version composes from this layout: it must list where each stripe now starts.
  const layout = (await readLayout(a.blobs, DS, version))!;
  expect(layout).toEqual({ ...(await readLayout(b.blobs, DS, version))!, held: layout.held });
  return { composed, reads: reads.scans.slice(2) };
}

describe('a version composed from scattered changes', () => {
  it('copies the stripes between changed ones unread and still equals a from-scratch render', async () => {
    const a = world();
    for (let m = 0; m < MONTHS; m++) if (m !== EMPTY_MONTH && m !== LATE_MONTH) for (let n = 0; n < PER_MONTH; n++) await a.observations.upsert(row(m, n));
    expect(await publishDataset(DS, a.deps)).toMatchObject({ status: 'published', version: 1 });
    const b = world(new MemoryBlobStore(), new MemoryDatasetStateStore(), a.observations);
    for (const [key, blob] of a.blobs.objects) b.blobs.objects.set(key, { ...blob });

    // Version 2: every row of the first month removed (the next stripe, copied, loses its JSON
    // separator), the empty month filled, a few rows of month 3 and of the last month revised.
    for (let n = 0; n < PER_MONTH; n++) await a.observations.remove(DS, row(0, n).observation_id);
    for (let n = 0; n < PER_MONTH; n++) await a.observations.upsert(row(EMPTY_MONTH, n));
    for (let n = 0; n < PER_MONTH; n += 4) await a.observations.upsert(row(3, n, { value: 5, revision: 2, status: 'revised', release_id: 'rel-revision' }));
    for (let n = 1; n < PER_MONTH; n += 4) await a.observations.upsert(row(MONTHS - 1, n, { value: 6, revision: 2, status: 'revised', release_id: 'rel-revision' }));
    const v2 = await publishBoth(a, b, 2);
    expect(v2.composed.changes).toMatchObject({ added: PER_MONTH, revised: 2 * (PER_MONTH / 4), removed: PER_MONTH });
    // The files read only the changed periods: month 0 (removals: its revisions only), 3, 6 and 11.
    const files = v2.reads.filter((r) => r.kind === 'scan');
    expect(files.map((r) => r.range)).toEqual([
      { fromPeriodEnd: monthOf(0), throughPeriodEnd: monthOf(0) },
      { fromPeriodEnd: monthOf(3), throughPeriodEnd: monthOf(3) },
      { fromPeriodEnd: monthOf(EMPTY_MONTH), throughPeriodEnd: monthOf(EMPTY_MONTH) },
      { fromPeriodEnd: monthOf(MONTHS - 1) },
    ]);
    expect(files.reduce((n, r) => n + r.rows, 0)).toBe(3 * PER_MONTH);

    // Version 3: month 0 comes back (the copied stripe after it gets its separator again) and one
    // row of month 8 is revised: months 1-7, 10 and 11 are copied, some after moving in the files.
    for (let n = 0; n < PER_MONTH; n += 2) await a.observations.upsert(row(0, n, { revision: 2, status: 'revised' }));
    await a.observations.upsert(row(8, 5, { value: 7, revision: 2, status: 'revised', release_id: 'rel-revision' }));
    const v3 = await publishBoth(a, b, 3);
    expect(v3.composed.changes).toMatchObject({ added: PER_MONTH / 2, revised: 1, removed: 0 });
    expect(v3.reads.filter((r) => r.kind === 'scan').reduce((n, r) => n + r.rows, 0)).toBe(PER_MONTH / 2 + PER_MONTH);

    // Version 4: the other empty month filled, the first change, before stripes no change touches
    // (they follow it, not precede it), and one row of the last month revised.
    for (let n = 0; n < PER_MONTH; n++) await a.observations.upsert(row(LATE_MONTH, n));
    await a.observations.upsert(row(MONTHS - 1, 2, { value: 8, revision: 2, status: 'revised', release_id: 'rel-revision' }));
    const v4 = await publishBoth(a, b, 4);
    expect(v4.composed.changes).toMatchObject({ added: PER_MONTH, revised: 1, removed: 0 });
    expect(v4.reads.filter((r) => r.kind === 'scan').map((r) => r.range)).toEqual([{ fromPeriodEnd: monthOf(LATE_MONTH), throughPeriodEnd: monthOf(LATE_MONTH) }, { fromPeriodEnd: monthOf(MONTHS - 1) }]);

    // What users read: DuckDB reads the multi-member CSV.gz and the Parquet (row groups moved) with the same rows.
    const dir = mkdtempSync(join(tmpdir(), 'compose-gaps-'));
    try {
      for (const path of ['observations.csv.gz', 'observations.parquet']) writeFileSync(join(dir, path), a.blobs.objects.get(prefixOf(3) + path)!.body);
      const db = await DuckDBInstance.create(':memory:');
      const c = await db.connect();
      const count = async (sql: string) => Number((await (await c.run(sql)).getRows())[0][0]);
      expect(await count(`SELECT count(*) FROM read_csv('${join(dir, 'observations.csv.gz')}', header = true)`)).toBe(v3.composed.row_count);
      expect(await count(`SELECT count(*) FROM '${join(dir, 'observations.parquet')}'`)).toBe(v3.composed.row_count);
      expect(await count(`SELECT count(*) FROM '${join(dir, 'observations.parquet')}' WHERE value = 6 AND period_end = '${monthOf(MONTHS - 1)}'`)).toBe(PER_MONTH / 4);
      c.closeSync();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('copies a changed month whose rows are written again unchanged (equal by digest, its revisions passed over), and still equals a from-scratch render', async () => {
    const a = world();
    for (let m = 0; m < MONTHS; m++) for (let n = 0; n < PER_MONTH; n++) await a.observations.upsert(row(m, n));
    expect(await publishDataset(DS, a.deps)).toMatchObject({ status: 'published', version: 1 });
    const b = world(new MemoryBlobStore(), new MemoryDatasetStateStore(), a.observations);
    for (const [key, blob] of a.blobs.objects) b.blobs.objects.set(key, { ...blob });
    // Version 2: half of month 4's rows revised (each then has two revisions), and one row of the last month.
    const revised = (n: number) => row(4, n, { value: 9, revision: 2, status: 'revised', release_id: 'rel-revision' });
    for (let n = 0; n < PER_MONTH; n += 2) await a.observations.upsert(revised(n));
    await a.observations.upsert(row(MONTHS - 1, 3, { value: 4, revision: 2, status: 'revised', release_id: 'rel-revision' }));
    await publishBoth(a, b, 2);
    // Version 3: month 4's revised rows written again as they are (the month is marked changed, its
    // stripe is the same), and a row of month 10 revised: the first stripe that differs comes after it.
    for (let n = 0; n < PER_MONTH; n += 2) await a.observations.upsert(revised(n));
    await a.observations.upsert(row(10, 1, { value: 5, revision: 2, status: 'revised', release_id: 'rel-revision' }));
    const v3 = await publishBoth(a, b, 3);
    expect(v3.composed.changes).toMatchObject({ added: 0, revised: 1, removed: 0 });
    expect(v3.reads.filter((r) => r.kind === 'scan').map((r) => r.range)).toEqual([{ fromPeriodEnd: monthOf(4), throughPeriodEnd: monthOf(4) }, { fromPeriodEnd: monthOf(10), throughPeriodEnd: monthOf(10) }]);
  }, 120_000);

  it('equals a from-scratch render over random releases (rows revised, removed, months emptied and filled)', async () => {
    // Seeded, so a failure names its case; seed 3 once placed a new first month after copied ones.
    for (const seed of [3, 1, 6, 8, 13]) {
      let state = seed;
      const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
      const a = world();
      const live = new Map<string, { m: number; n: number; revision: number }>();
      const add = async (m: number, n: number) => {
        await a.observations.upsert(row(m, n));
        live.set(`${m}/${n}`, { m, n, revision: 1 });
      };
      for (let m = 0; m < 10; m++) if (random() < 0.8) for (let n = 0; n < 20; n++) await add(m, n);
      expect(await publishDataset(DS, a.deps)).toMatchObject({ status: 'published', version: 1 });
      const b = world(new MemoryBlobStore(), new MemoryDatasetStateStore(), a.observations);
      for (const [key, blob] of a.blobs.objects) b.blobs.objects.set(key, { ...blob });
      let version = 1;
      for (let release = 0; release < 4; release++) {
        for (let op = Math.floor(random() * 4); op >= 0; op--) {
          const m = Math.floor(random() * 12);
          const kind = random();
          const rows = [...live.entries()].filter(([, r]) => r.m === m);
          if (kind < 0.4) {
            for (const [, r] of rows) if (random() < 0.3) await a.observations.upsert(row(r.m, r.n, { value: 7 + ++r.revision, revision: r.revision, status: 'revised' }));
          } else if (kind < 0.6) {
            for (const [key, r] of rows) if (kind < 0.5 || random() < 0.3) {
              await a.observations.remove(DS, row(r.m, r.n).observation_id);
              live.delete(key);
            }
          } else for (let n = 0; n < 20; n++) if (!live.has(`${m}/${n}`) && random() < 0.5) await add(m, n);
        }
        if (a.datasets.states.get(DS)!.change_seq === a.datasets.states.get(DS)!.published_seq) continue;
        version++;
        await publishBoth(a, b, version);
      }
    }
  }, 300_000);
});
