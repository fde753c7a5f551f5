/**
 * A version composed from the previous one: rows in publish order (period first), so a new month
 * and revisions of recent months change only the ends of the files; each composed file is the
 * previous version's bytes up to the first changed stripe (copied in the store) plus the new
 * stripes. The composed version must be byte-for-byte the version a from-scratch render of the
 * same rows writes, and its manifest's checksums those of the bytes users download.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Observation } from '../../functions/core/contract.js';
import { MemoryDatasetStateStore } from '../../functions/core/publish/in-memory.js';
import { layoutKey, readLayout } from '../../functions/core/publish/layout.js';
import { shiftMonth } from '../../functions/core/quality/rows.js';
import { publishDataset } from '../../functions/core/publish/publish-dataset.js';
import { MIN_COPY_PART } from '../../functions/core/ports.js';
import { MemoryBlobStore, scanRecorder } from '../support/memory-ports.js';
import { composeRow, composeWorld, monthOf, sha256, versionPaths } from '../support/compose-world.js';

const DS = 'compose-trade';
const MONTHS = 12;
const PER_MONTH = 600;
/** Long quotes keep the row count small while the CSV prefix passes S3's 5 MiB minimum part. */
const FILLER = ' The figure was read from the monthly table of trade by partner and commodity group.'.repeat(8);

const row = (m: number, n: number, over: Partial<Observation> = {}) => composeRow(DS, { partners: 40, commodities: 97, quoteEnd: `"steady", officials said.${FILLER}` }, m, n, over);
const world = composeWorld;
const { prefixOf, manifestOf } = versionPaths(DS);

/** A copy of a bucket (objects are never changed in place, so bodies are shared). */
function cloneBucket(blobs: MemoryBlobStore): MemoryBlobStore {
  const copy = new MemoryBlobStore();
  for (const [key, blob] of blobs.objects) copy.objects.set(key, { ...blob });
  return copy;
}

describe('a version composed from the previous one', () => {
  it('equals a from-scratch render byte for byte, copies the unchanged prefix, and its checksums are those of the bytes', async () => {
    const a = world();
    for (let m = 0; m < MONTHS; m++) for (let n = 0; n < PER_MONTH; n++) await a.observations.upsert(row(m, n));
    expect(await publishDataset(DS, a.deps)).toMatchObject({ status: 'published', version: 1 });
    expect(await readLayout(a.blobs, DS, 1)).toMatchObject({ version: 1, stripes: expect.any(Array) });

    // What a from-scratch render of version 2 starts from: the same bucket and state without version 1's layout.
    const scratchBlobs = cloneBucket(a.blobs);
    scratchBlobs.objects.delete(layoutKey(DS, 1));
    const b = world(scratchBlobs, new MemoryDatasetStateStore(), a.observations);

    // Version 2: a new month, revisions in the last two months, one row of the last month removed.
    for (let n = 0; n < PER_MONTH; n++) await a.observations.upsert(row(MONTHS, n));
    for (let n = 0; n < PER_MONTH; n += 3) await a.observations.upsert(row(MONTHS - 1, n, { value: 5, revision: 2, status: 'revised', release_id: 'rel-revision' }));
    for (let n = 1; n < PER_MONTH; n += 5) await a.observations.upsert(row(MONTHS - 2, n, { value: 6, revision: 2, status: 'revised', release_id: 'rel-revision' }));
    await a.observations.remove(DS, row(MONTHS - 1, 2).observation_id);
    b.datasets.states.set(DS, structuredClone(a.datasets.states.get(DS)!));
    a.clock.advance(86_400_000);
    b.clock.advance(86_400_000);

    const logStart = a.blobs.log.length;
    const reads = scanRecorder(a.observations);
    expect(await publishDataset(DS, { ...a.deps, observations: reads })).toMatchObject({ status: 'published', version: 2, changes: { added: PER_MONTH, revised: 200 + 120, removed: 1 } });
    // The files read the store only from the first changed period on (the change index); the
    // quality gate before them reads from a year before it (it replays the checks of that year
    // from version 1's record: quality/replay.ts) the months its checks of the three months from
    // the first change reach (a year before each, then from the month before the first change on),
    // and the previous revisions from the first revised period.
    const firstChanged = monthOf(MONTHS - 2);
    const ranged = reads.scans.filter((r) => r.range?.fromPeriodEnd !== undefined);
    expect(ranged.map((r) => [r.kind, r.range!.fromPeriodEnd, r.range!.throughPeriodEnd])).toEqual([['scan', shiftMonth(firstChanged, -12), shiftMonth(firstChanged, -10)], ['scan', shiftMonth(firstChanged, -1), undefined], ['scanRevisions', firstChanged, undefined], ['scan', firstChanged, undefined], ['scanRevisions', firstChanged, undefined]]);
    const files = ranged.slice(3);
    for (const r of files) expect(r.earliest, r.kind).toBe(firstChanged);
    expect(files[0].rows).toBe(3 * PER_MONTH - 1);
    expect(await publishDataset(DS, b.deps)).toMatchObject({ status: 'published', version: 2 });

    // The big files were composed with a copied prefix, not uploaded whole.
    const composedKeys = a.blobs.log.slice(logStart).filter((l) => l.startsWith('compose ')).map((l) => l.slice('compose '.length));
    expect(composedKeys).toEqual(expect.arrayContaining([`${prefixOf(2)}observations.csv`, `${prefixOf(2)}observations.ndjson`, `${prefixOf(2)}observations.json`, `${prefixOf(2)}vintages.ndjson`]));
    const layout = (await readLayout(a.blobs, DS, 2))!;
    expect(layout.stripes.map((s) => s.key)).toEqual(Array.from({ length: MONTHS + 1 }, (_, m) => monthOf(m)));
    expect(layout.stripes[MONTHS - 2].starts['observations.csv'].at).toBeGreaterThan(MIN_COPY_PART);

    // Byte for byte what the from-scratch render wrote, every file of the version.
    const composed = manifestOf(a.blobs, 2);
    const scratch = manifestOf(b.blobs, 2);
    expect(composed).toEqual(scratch);
    for (const file of composed.files) {
      const body = a.blobs.objects.get(prefixOf(2) + file.path)!.body;
      expect(Buffer.compare(body, b.blobs.objects.get(prefixOf(2) + file.path)!.body), file.path).toBe(0);
      expect(sha256(body), file.path).toBe(file.sha256);
      expect(body.byteLength, file.path).toBe(file.bytes);
    }
    expect(composed.row_count).toBe(MONTHS * PER_MONTH + PER_MONTH - 1);

    // What users read: DuckDB reads the multi-member CSV.gz and the Parquet with the same rows.
    const dir = mkdtempSync(join(tmpdir(), 'compose-'));
    try {
      for (const path of ['observations.csv.gz', 'observations.parquet']) writeFileSync(join(dir, path), a.blobs.objects.get(prefixOf(2) + path)!.body);
      const db = await DuckDBInstance.create(':memory:');
      const c = await db.connect();
      const count = async (sql: string) => Number((await (await c.run(sql)).getRows())[0][0]);
      expect(await count(`SELECT count(*) FROM read_csv('${join(dir, 'observations.csv.gz')}', header = true)`)).toBe(composed.row_count);
      expect(await count(`SELECT count(*) FROM '${join(dir, 'observations.parquet')}'`)).toBe(composed.row_count);
      expect(await count(`SELECT count(*) FROM read_csv('${join(dir, 'observations.csv.gz')}', header = true) WHERE value = 5`)).toBe(200);
      expect(await count(`SELECT count(*) FROM '${join(dir, 'observations.parquet')}' WHERE value = 5 AND period_end = '${monthOf(MONTHS - 1)}'`)).toBe(200);
      c.closeSync();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
