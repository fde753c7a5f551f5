/**
 * quality.json of a new version copies the previous version's bytes for the entries the gate
 * carried (quality/list-text.ts): on generated trade worlds with many findings and held rows, a
 * version published after a release (a new month, revisions from some month on) writes the same
 * bytes as a version whose gate judged everything and rendered quality.json whole, and it copies
 * most of the file rather than rendering it.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../functions/core/contract.js';
import { isCopiedRange, type BlobMeta, type CopiedRange } from '../../functions/core/ports.js';
import { ManualClock, MemoryDatasetStateStore, MemoryNotifier, type MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { layoutKey } from '../../functions/core/publish/layout.js';
import { publishDataset, type PublishDeps } from '../../functions/core/publish/publish-dataset.js';
import { gateLogKey } from '../../functions/core/quality/gate-log.js';
import { MemoryBlobStore } from '../support/memory-ports.js';
import { sha256, silent, versionPaths } from '../support/compose-world.js';
import { random, storeOf, TABLES } from '../support/trade-world.js';

const { prefixOf, manifestOf } = versionPaths(TABLES);

/** A bucket that notes the ranges each composed object copies in its tail. */
class RecordingBlobStore extends MemoryBlobStore {
  readonly copied = new Map<string, CopiedRange[]>();
  override async compose(key: string, copies: CopiedRange[], tail: AsyncIterable<Uint8Array | CopiedRange>, meta: BlobMeta): Promise<void> {
    const ranges: CopiedRange[] = [...copies];
    this.copied.set(key, ranges);
    const noted = (async function* () {
      for await (const item of tail) {
        if (isCopiedRange(item)) ranges.push(item);
        yield item;
      }
    })();
    return super.compose(key, copies, noted, meta);
  }
}

function cloneBucket(blobs: MemoryBlobStore): RecordingBlobStore {
  const copy = new RecordingBlobStore();
  for (const [key, blob] of blobs.objects) copy.objects.set(key, { ...blob });
  return copy;
}

/** Every dataset's state (the other datasets are the gate's partners). */
function cloneStates(datasets: MemoryDatasetStateStore): MemoryDatasetStateStore {
  const copy = new MemoryDatasetStateStore();
  for (const [name, state] of datasets.states) copy.states.set(name, structuredClone(state));
  return copy;
}

async function current(observations: MemoryObservationStore): Promise<Observation[]> {
  const rows: Observation[] = [];
  for await (const r of observations.scan(TABLES)) rows.push(r);
  return rows;
}

/** A release: the next month, and revisions (some large) of rows from `from` on. */
async function release(observations: MemoryObservationStore, rest: Observation[], seed: number, from: string): Promise<void> {
  const rand = random(seed * 7919);
  for (const r of rest.filter((r) => r.period_end === '2023-11')) await observations.upsert(r);
  const rows = (await current(observations)).filter((r) => r.period_end >= from && r.value !== null);
  for (let n = 0; n < 15; n++) {
    const r = rows[Math.floor(rand() * rows.length)];
    await observations.upsert({ ...r, revision: r.revision + 1, status: 'revised', release_id: `${TABLES}-2023-11`, published: '2023-12-20', value: Math.round((r.value! * (rand() < 0.5 ? 1.6 : 1.001)) / 1000) * 1000 });
  }
}

describe('quality.json of a composed version', () => {
  for (const [seed, from] of [[4, '2023-06'], [8, '2023-02']] as const) {
    it(`copies the previous version's carried entries and equals a whole render byte for byte (seed ${seed}, revisions from ${from})`, async () => {
      const { datasets, observations, rest } = await storeOf(seed, '2023-10');
      const blobs = new RecordingBlobStore();
      const clock = new ManualClock(new Date('2023-11-21T08:00:00Z'));
      const deps = (bucket: MemoryBlobStore, states = datasets): PublishDeps => ({ observations, datasets: states, blobs: bucket, notifier: new MemoryNotifier(), clock, logger: silent, owner: 'run' });
      expect(await publishDataset(TABLES, deps(blobs))).toMatchObject({ status: 'published', version: 1 });
      await release(observations, rest, seed, from);

      // The from-scratch version 2: the same bucket without version 1's layout and gate record (every file rendered whole, every row judged).
      const scratch = cloneBucket(blobs);
      scratch.objects.delete(layoutKey(TABLES, 1));
      scratch.objects.delete(gateLogKey(TABLES, 1));
      const scratchStates = cloneStates(datasets);
      clock.advance(86_400_000);
      expect(await publishDataset(TABLES, deps(blobs))).toMatchObject({ status: 'published', version: 2 });
      expect(await publishDataset(TABLES, deps(scratch, scratchStates))).toMatchObject({ status: 'published', version: 2 });

      const composed = manifestOf(blobs, 2);
      expect(composed).toEqual(manifestOf(scratch, 2));
      for (const file of composed.files) {
        const body = blobs.objects.get(prefixOf(2) + file.path)!.body;
        expect(Buffer.compare(body, scratch.objects.get(prefixOf(2) + file.path)!.body), file.path).toBe(0);
        expect(sha256(body), file.path).toBe(file.sha256);
      }
      // Not vacuous: rows are held and failures listed, and a good part of quality.json was copied
      // from version 1's (the world spans five years, and the gate judges again from a year before the change).
      const quality = JSON.parse(new TextDecoder().decode(blobs.objects.get(prefixOf(2) + 'quality.json')!.body)) as { held_back: unknown[]; findings: unknown[] };
      expect(quality.held_back.length).toBeGreaterThan(10);
      expect(quality.findings.length).toBeGreaterThan(10);
      const ranges = blobs.copied.get(prefixOf(2) + 'quality.json') ?? [];
      expect(ranges.length).toBeGreaterThan(1);
      expect(ranges.every((r) => r.fromKey === prefixOf(1) + 'quality.json')).toBe(true);
      const size = composed.files.find((f) => f.path === 'quality.json')!.bytes;
      expect(ranges.reduce((sum, r) => sum + r.end - r.start, 0)).toBeGreaterThan(size / 5);
      expect(scratch.copied.get(prefixOf(2) + 'quality.json')).toBeUndefined();

      // Version 3 composes from version 2's composed file just as well.
      await release(observations, rest, seed + 1, '2023-09');
      clock.advance(86_400_000);
      const scratch3 = cloneBucket(blobs);
      scratch3.objects.delete(layoutKey(TABLES, 2));
      scratch3.objects.delete(gateLogKey(TABLES, 2));
      const states3 = cloneStates(datasets);
      expect(await publishDataset(TABLES, deps(blobs))).toMatchObject({ status: 'published', version: 3 });
      expect(await publishDataset(TABLES, deps(scratch3, states3))).toMatchObject({ status: 'published', version: 3 });
      const key3 = prefixOf(3) + 'quality.json';
      expect(Buffer.compare(blobs.objects.get(key3)!.body, scratch3.objects.get(key3)!.body)).toBe(0);
      expect((blobs.copied.get(key3) ?? []).length).toBeGreaterThan(1);
    }, 120_000);
  }
});
