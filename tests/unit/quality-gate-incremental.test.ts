/**
 * The quality gate of a new version judges again only the periods a change reaches and carries the
 * previous version's findings for the rest (gate-log.ts): on random releases (a new month,
 * revisions here and there, a removal, another source's figure changed) its quality.json and held
 * rows are those of a full run of the gate, and it reads only the rows the changed periods need:
 * from a year before the first change when the record keeps the check passes of those periods
 * (replay.ts: the latest three years), else from three years before it.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../functions/core/contract.js';
import type { ObservationStore } from '../../functions/core/ports.js';
import { MemoryBlobStore, type MemoryDatasetStateStore, type MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { runQualityGate } from '../../functions/core/quality/gate.js';
import { MemoryQualityReviewStore } from '../../functions/core/quality/in-memory.js';
import { gateLogKey } from '../../functions/core/quality/gate-log.js';
import { shiftMonth } from '../../functions/core/quality/rows.js';
import { NEWS, qualityJsonOf, random, row, storeOf, TABLES } from '../support/trade-world.js';

const CREATED = '2024-01-01T00:00:00Z';

/** A store that counts the dataset's rows it hands out. */
function counting(store: ObservationStore, reads: { rows: number }): ObservationStore {
  return {
    applyRelease: (d, r, drafts) => store.applyRelease(d, r, drafts),
    async *scan(d, range) {
      for await (const row of store.scan(d, range)) yield (reads.rows++, row);
    },
    scanRevisions: (d, range) => store.scanRevisions(d, range),
    get: (d, ids) => store.get(d, ids),
  };
}

async function current(observations: MemoryObservationStore, dataset: string): Promise<Observation[]> {
  const rows: Observation[] = [];
  for await (const r of observations.scan(dataset)) rows.push(r);
  return rows;
}

/** A release after version 1: the next month (2023-11 unless given), revisions of rows from `from` on, a removal, a news figure changed. */
async function release(observations: MemoryObservationStore, rest: Observation[], seed: number, from: string, month = '2023-11'): Promise<void> {
  const rand = random(seed * 104729);
  for (const r of rest.filter((r) => r.period_end === month)) await observations.upsert(r);
  const rows = (await current(observations, TABLES)).filter((r) => r.period_end >= from && r.value !== null);
  for (let n = 0; n < 12; n++) {
    const r = rows[Math.floor(rand() * rows.length)];
    await observations.upsert({ ...r, revision: r.revision + 1, status: 'revised', release_id: `${TABLES}-${month}`, published: `${shiftMonth(month, 1)}-20`, value: Math.round((r.value! * (rand() < 0.5 ? 1.5 : 1.001)) / 1000) * 1000 });
  }
  await observations.remove(TABLES, rows[Math.floor(rand() * rows.length)].observation_id);
  // A new series (a partner not listed before) from `from` on, above its world total now and then.
  for (const world of rows.filter((r) => r.partner === 'World' && r.commodity === 'all goods' && r.breakdown === '' && r.flow === 'export' && r.unit === 'USD' && r.period_type === 'month')) {
    await observations.upsert(row({ dataset: TABLES, partner: 'Atlantis', flow: 'export', unit: 'USD', period_start: world.period_start, period_end: world.period_end, value: Math.round((world.value! * (rand() < 0.3 ? 1.2 : 0.05)) / 1000) * 1000, release_id: `${TABLES}-2023-11` }));
  }
  const news = (await current(observations, NEWS)).filter((r) => r.period_end >= from);
  const changed = news[Math.floor(rand() * news.length)];
  if (changed) await observations.upsert({ ...changed, revision: changed.revision + 1, value: changed.value! * 3 });
}

async function gate(version: number, observations: ObservationStore, datasets: MemoryDatasetStateStore, blobs: MemoryBlobStore) {
  const seq = (await datasets.get(TABLES)).change_seq;
  const result = await runQualityGate({ dataset: TABLES, version, createdAt: CREATED, seq }, { observations, datasets, blobs });
  await result.keepRecord();
  return { document: await qualityJsonOf(result), held: [...result.heldRows()] };
}

describe('the incremental quality gate', () => {
  // Months before the first change whose rows it reads: 12 when the record keeps the passes from 12 months before it on, else 36.
  for (const [seed, from, back] of [[4, '2023-06', 12], [5, '2023-09', 12], [6, '2021-03', 36]] as const) {
    it(`gives version 2 the findings of a full run after a release changing ${from} on (seed ${seed})`, async () => {
      const { datasets, observations, rest } = await storeOf(seed, '2023-10');
      const blobs = new MemoryBlobStore();
      await gate(1, observations, datasets, blobs);
      expect(await blobs.get(gateLogKey(TABLES, 1))).not.toBeNull();
      await release(observations, rest, seed, from);

      const reads = { rows: 0 };
      const incremental = await gate(2, counting(observations, reads), datasets, blobs);
      const full = await gate(2, observations, datasets, new MemoryBlobStore());
      expect(incremental).toEqual(full);
      // Not vacuous: the release changed what the gate finds and holds.
      expect(full.document.summary.held_back).toBeGreaterThan(10);
      expect(full.document.findings.some((f: { rows: { revision: number }[] }) => f.rows.some((r) => r.revision > 1))).toBe(true);
      expect(full.held.some((h) => h.label.includes('Atlantis'))).toBe(true);
      // It read the dataset only from one (or three) years before the first changed period.
      const all = await current(observations, TABLES);
      expect(reads.rows).toBe(all.filter((r) => r.period_end >= shiftMonth(from, -back)).length);
      if (from >= '2023-01') expect(reads.rows).toBeLessThan(all.length);
    });
  }

  for (const seed of [8, 9]) {
    it(`gives each version of a sequence of random releases the findings of a full run, replaying the passes its record keeps (seed ${seed})`, async () => {
      const { datasets, observations, rest } = await storeOf(seed, '2023-04');
      const blobs = new MemoryBlobStore();
      await gate(1, observations, datasets, blobs);
      const rand = random(seed * 31);
      const reads: number[] = [];
      for (const [i, month] of ['2023-05', '2023-06', '2023-07', '2023-08', '2023-09'].entries()) {
        // Revisions of the last months mostly, once of a month four years back (its passes are not kept: checked again).
        const from = i === 2 ? '2019-06' : shiftMonth(month, -1 - Math.floor(rand() * 4));
        await release(observations, rest, seed * 10 + i, from, month);
        const read = { rows: 0 };
        const incremental = await gate(i + 2, counting(observations, read), datasets, blobs);
        expect(incremental).toEqual(await gate(i + 2, observations, datasets, new MemoryBlobStore()));
        reads.push(read.rows);
      }
      // Not vacuous: the versions after a recent change replayed (rows read from 12 or 24 months before it), the one after the old change did not.
      const all = (await current(observations, TABLES)).length;
      expect(reads[2]).toBeGreaterThan(all * 0.9);
      expect(Math.max(...reads.filter((_, i) => i !== 2))).toBeLessThan(all * 0.6);
    });
  }

  it('lists held rows and decisions in the order of a full run when an operator rejected a row no finding names', async () => {
    const { datasets, observations } = await storeOf(4, '2023-10');
    const seq = async () => (await datasets.get(TABLES)).change_seq;
    const named = new Set((await gate(1, observations, datasets, new MemoryBlobStore())).document.findings.flatMap((f: { rows: { observation_id: string }[] }) => f.rows.map((r) => r.observation_id)));
    // A row of the first period judged again (12 months before the change below) that no finding names.
    const rows = await current(observations, TABLES);
    const plain = rows.find((r) => r.period_end === '2022-06' && !named.has(r.observation_id))!;
    const reviews = new MemoryQualityReviewStore();
    await reviews.decide({ dataset: TABLES, observation_id: plain.observation_id, revision: plain.revision, decision: 'reject', reason: 'the source restated it', by: 'ops', at: '2024-01-01T00:00:00Z' });
    const blobs = new MemoryBlobStore();
    await (await runQualityGate({ dataset: TABLES, version: 1, createdAt: CREATED, seq: await seq() }, { observations, datasets, blobs, reviews })).keepRecord();
    const changed = rows.find((r) => r.period_end === '2023-06' && r.value !== null)!;
    await observations.upsert({ ...changed, revision: changed.revision + 1, value: changed.value! * 1.5 });

    const v2 = async (store: MemoryBlobStore) => qualityJsonOf(await runQualityGate({ dataset: TABLES, version: 2, createdAt: CREATED, seq: await seq() }, { observations, datasets, blobs: store, reviews }));
    const incremental = await v2(blobs);
    const full = await v2(new MemoryBlobStore());
    expect(incremental).toEqual(full);
    // Not vacuous: rows of earlier periods, carried, are held too, and the rejected row is listed after them.
    const at = full.held_back.findIndex((h: { observation_id: string }) => h.observation_id === plain.observation_id);
    expect(at).toBeGreaterThan(0);
    expect(full.review_decisions).toHaveLength(1);
  });

  it('judges everything again when the record lacks a failure whose blame it should give', async () => {
    const { datasets, observations, rest } = await storeOf(4, '2023-10');
    const blobs = new MemoryBlobStore();
    await gate(1, observations, datasets, blobs);
    await release(observations, rest, 4, '2023-06');
    // The record without the failures whose blame it gives (latest row from 24 to 12 months before the first change).
    const record = gunzipSync((await blobs.get(gateLogKey(TABLES, 1)))!).toString('utf8').split('\n');
    const kept = record.filter((line) => !(line.includes('"outcome":"fail"') && /^\{"period":"(2021-0[6-9]|2021-1|2022-0[1-5])/.test(line)));
    expect(kept.length).toBeLessThan(record.length);
    await blobs.put(gateLogKey(TABLES, 1), gzipSync(kept.join('\n')), { contentType: 'application/x-ndjson' });

    const reads = { rows: 0 };
    const incremental = await gate(2, counting(observations, reads), datasets, blobs);
    expect(incremental).toEqual(await gate(2, observations, datasets, new MemoryBlobStore()));
    // It began from the record (rows from 36 months before the change), found a failure missing, and read every row again.
    expect(reads.rows).toBeGreaterThan((await current(observations, TABLES)).length);
  });

  it('reads a record of the format before the passes were kept: judged again from 24 months before the change, rows read from 36', async () => {
    const { datasets, observations, rest } = await storeOf(4, '2023-10');
    const blobs = new MemoryBlobStore();
    await gate(1, observations, datasets, blobs);
    await release(observations, rest, 4, '2023-06');
    const record = gunzipSync((await blobs.get(gateLogKey(TABLES, 1)))!).toString('utf8').split('\n');
    const { check_states_from: kept, ...header } = JSON.parse(record[0]);
    expect(kept).toBe('2020-10');
    const older = [JSON.stringify({ ...header, format: 1 }), ...record.slice(1).filter((line) => !line.includes('"states":'))];
    await blobs.put(gateLogKey(TABLES, 1), gzipSync(older.join('\n')), { contentType: 'application/x-ndjson' });

    const reads = { rows: 0 };
    expect(await gate(2, counting(observations, reads), datasets, blobs)).toEqual(await gate(2, observations, datasets, new MemoryBlobStore()));
    const all = await current(observations, TABLES);
    expect(reads.rows).toBe(all.filter((r) => r.period_end >= '2020-06').length);
  });

  it('carries everything when nothing changed, and judges everything again when the configuration changed or the record cannot be read', async () => {
    const { datasets, observations } = await storeOf(7);
    const blobs = new MemoryBlobStore();
    const first = await gate(1, observations, datasets, blobs);
    const reads = { rows: 0 };
    expect(await gate(2, counting(observations, reads), datasets, blobs)).toEqual(await gate(2, observations, datasets, new MemoryBlobStore()));
    expect(reads.rows).toBe(0);
    const seq = (await datasets.get(TABLES)).change_seq;
    const strict = { ...(await import('../../functions/core/quality/config.js')).DEFAULT_QUALITY_CONFIG, growth_fail_pp: 1 };
    const again = await runQualityGate({ dataset: TABLES, version: 3, createdAt: CREATED, seq }, { observations: counting(observations, reads), datasets, blobs, quality: strict });
    expect(reads.rows).toBe((await current(observations, TABLES)).length);
    expect(again.summary.fail).toBeGreaterThanOrEqual(first.document.summary.fail);

    // A record that cannot be read only costs the work it would have saved.
    await blobs.put(gateLogKey(TABLES, 2), new TextEncoder().encode('not a gzip record'), { contentType: 'application/x-ndjson' });
    const afterBroken = { rows: 0 };
    expect(await gate(3, counting(observations, afterBroken), datasets, blobs)).toEqual(await gate(3, observations, datasets, new MemoryBlobStore()));
    expect(afterBroken.rows).toBe((await current(observations, TABLES)).length);
  });
});
