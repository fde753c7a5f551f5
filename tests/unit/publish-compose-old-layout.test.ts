/**
 * Layouts before format 2 kept the Parquet writer's row groups as tagged JSON; format 2 keeps where
 * the file's footer lists them and reads the footer back (parquet-footer.ts). A version composed
 * from a layout of the old form must still be the version a from-scratch render writes.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../functions/core/contract.js';
import { MemoryDatasetStateStore } from '../../functions/core/publish/in-memory.js';
import { layoutKey } from '../../functions/core/publish/layout.js';
import { ParquetSink } from '../../functions/core/publish/parquet.js';
import { saveRowGroups } from '../../functions/core/publish/parquet-resume.js';
import { publishDataset } from '../../functions/core/publish/publish-dataset.js';
import { comparePublishOrder } from '../../functions/core/publish/row-order.js';
import { MemoryBlobStore, scanRecorder } from '../support/memory-ports.js';
import { composeRow, composeWorld, monthOf, versionPaths } from '../support/compose-world.js';

const DS = 'old-layout';
const MONTHS = 6;
const PER_MONTH = 80;
const row = (m: number, n: number, over: Partial<Observation> = {}) => composeRow(DS, { partners: 9, commodities: 13, quoteEnd: '"steady", officials said.' }, m, n, over);
const { prefixOf, manifestOf } = versionPaths(DS);

/** Version 1's Parquet written again a stripe at a time, as the build does: its row groups as a layout before format 2 kept them, and the file's bytes. */
async function rowGroupsAsJson(rows: Observation[]): Promise<{ saved: string; bytes: Buffer }> {
  const chunks: Uint8Array[] = [];
  const sink = new ParquetSink({ write: async (chunk) => void chunks.push(chunk) });
  let stripe: string | undefined;
  for (const r of [...rows].sort(comparePublishOrder)) {
    if (r.period_end !== stripe) await sink.drain(true);
    stripe = r.period_end;
    sink.push(r);
  }
  await sink.drain(true);
  const writer = sink['writer'];
  const saved = saveRowGroups({ rowGroups: writer.row_groups, indexes: writer.pendingIndexes });
  await sink.end();
  return { saved, bytes: Buffer.concat(chunks) };
}

describe('a version composed from a layout before format 2', () => {
  it('reads the row groups kept as JSON and equals a from-scratch render byte for byte', async () => {
    const a = composeWorld();
    const v1Rows = Array.from({ length: MONTHS * PER_MONTH }, (_, i) => row(Math.floor(i / PER_MONTH), i % PER_MONTH));
    for (const r of v1Rows) await a.observations.upsert(r);
    expect(await publishDataset(DS, a.deps)).toMatchObject({ status: 'published', version: 1 });

    // Version 1's layout as the code before format 2 wrote it.
    const old = await rowGroupsAsJson(v1Rows);
    expect(old.bytes.equals(Buffer.from(a.blobs.objects.get(`${prefixOf(1)}observations.parquet`)!.body))).toBe(true);
    const key = layoutKey(DS, 1);
    const layout = JSON.parse(new TextDecoder().decode(a.blobs.objects.get(key)!.body));
    expect(layout).toMatchObject({ format: 2, parquet: { end: old.bytes.length, footer: { rows: Array(MONTHS).fill(PER_MONTH) } } });
    delete layout.format;
    layout.parquet = { row_group_size: layout.parquet.row_group_size, row_groups: layout.parquet.row_groups, saved: old.saved };
    a.blobs.objects.set(key, { ...a.blobs.objects.get(key)!, body: new TextEncoder().encode(JSON.stringify(layout)) });

    // A from-scratch render: the same bucket and state without version 1's layout.
    const scratch = new MemoryBlobStore();
    for (const [k, blob] of a.blobs.objects) if (k !== key) scratch.objects.set(k, { ...blob });
    const b = composeWorld(scratch, new MemoryDatasetStateStore(), a.observations);

    // Version 2: a revision in the second month (the row groups after it move) and a new month.
    for (let n = 0; n < PER_MONTH; n += 4) await a.observations.upsert(row(1, n, { value: 5, revision: 2, status: 'revised', release_id: 'rel-revision', source_quote: 'revised: a longer quote than the first one.' }));
    for (let n = 0; n < PER_MONTH; n++) await a.observations.upsert(row(MONTHS, n));
    b.datasets.states.set(DS, structuredClone(a.datasets.states.get(DS)!));
    a.clock.advance(86_400_000);
    b.clock.advance(86_400_000);
    const reads = scanRecorder(a.observations);
    expect(await publishDataset(DS, { ...a.deps, observations: reads })).toMatchObject({ status: 'published', version: 2 });
    // Composed: the files read only the changed months; the months between are copied unread (their row groups moved).
    expect(reads.scans.filter((r) => r.kind === 'scan').slice(-2).map((r) => r.range?.fromPeriodEnd)).toEqual([monthOf(1), monthOf(MONTHS)]);
    expect(await publishDataset(DS, b.deps)).toMatchObject({ status: 'published', version: 2 });

    const composed = manifestOf(a.blobs, 2);
    expect(composed).toEqual(manifestOf(b.blobs, 2));
    for (const file of composed.files) expect(Buffer.compare(a.blobs.objects.get(prefixOf(2) + file.path)!.body, b.blobs.objects.get(prefixOf(2) + file.path)!.body), file.path).toBe(0);
    // The new layout is of format 2, and says where version 2's footer lists its row groups.
    const next = JSON.parse(new TextDecoder().decode(a.blobs.objects.get(layoutKey(DS, 2))!.body));
    expect(next).toMatchObject({ format: 2, parquet: { end: a.blobs.objects.get(`${prefixOf(2)}observations.parquet`)!.body.byteLength, footer: { rows: Array(MONTHS + 1).fill(PER_MONTH) } } });
    expect(next.parquet.saved).toBeUndefined();
  }, 60_000);
});
