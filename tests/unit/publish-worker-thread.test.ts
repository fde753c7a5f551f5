/**
 * The process's one publish worker thread (functions/adapters/publish-worker-thread.ts): started on first need,
 * reused by every later publish in the process (their messages kept apart, each answer to its own channel), never
 * ended while the process lives, and replaced only when it dies, the publish that lost it failing with the reason.
 * A worker thread that ended as a publish ended took a test fork down by SIGSEGV now and then (README, Tests).
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../functions/core/contract.js';
import { publishDataset } from '../../functions/core/publish/publish-dataset.js';
import type { HashGroup } from '../../functions/core/publish/sha256-state.js';
import type { RowGroupEncoder } from '../../functions/core/publish/parquet.js';
import { workerPublishThreads, type PublishThreads, type WorkerRowGroupEncoder } from '../../functions/adapters/worker-parquet.js';
import { OP, type HashBatch, type WorkerHashGroup } from '../../functions/adapters/worker-sha256.js';
import type { PublishWorkerThread } from '../../functions/adapters/publish-worker-thread.js';
import { composeRow, composeWorld } from '../support/compose-world.js';

const IDLE_SCRIPT = new URL('../support/publish-worker-idle.ts', import.meta.url).pathname;

const rows = (ds: string, months: number, perMonth: number): Observation[] =>
  Array.from({ length: months * perMonth }, (_, i) => composeRow(ds, { partners: 7, commodities: 23, quoteEnd: `the office said (${i % 3 ? 'é' : '📦'}).` }, Math.floor(i / perMonth), i % perMonth));

/** The build of `threads`, noting the thread of every hash group and Parquet file it makes. */
function noted(threads: PublishThreads, seen: PublishWorkerThread[]): PublishThreads {
  return {
    hashGroup: () => {
      const group = threads.hashGroup();
      seen.push((group as WorkerHashGroup).thread);
      return group;
    },
    parquetEncoder: (start) => {
      const encoder = threads.parquetEncoder(start);
      seen.push((encoder as WorkerRowGroupEncoder).thread);
      return encoder;
    },
  };
}

/** Makes the thread fail as a fault in it would: a batch for hashers nobody opened (an uncaught TypeError there). */
function breakThread(thread: PublishWorkerThread): void {
  thread.worker.postMessage({ ch: -1, seq: 1, ops: [[OP.data, 0, 0, 1]], bytes: new Uint8Array(1) } satisfies HashBatch);
}

/** The objects of a world but its site pages, by key. */
const published = (world: ReturnType<typeof composeWorld>) =>
  new Map([...world.blobs.objects].filter(([key]) => !key.includes('/_site/')).map(([key, object]) => [key, createHash('sha256').update(object.body).digest('hex')]));

describe('the process\'s one publish worker thread', () => {
  it('serves successive and overlapping publishes from one thread, each byte for byte what the publish thread writes alone', async () => {
    const threads = (await workerPublishThreads(true))!;
    const seen: PublishWorkerThread[] = [];
    const worlds = [composeWorld(), composeWorld(), composeWorld()];
    for (const w of worlds) for (const ds of ['alpha', 'beta']) for (const row of rows(ds, 5, 700)) await w.observations.upsert(row);
    for (const w of worlds) w.clock.advance(86_400_000);
    const [alone, successive, overlapping] = worlds;
    for (const ds of ['alpha', 'beta']) expect(await publishDataset(ds, alone.deps)).toMatchObject({ status: 'published', version: 1 });
    // Two datasets one after the other, then two at once in two worlds (their channels open together).
    for (const ds of ['alpha', 'beta']) expect(await publishDataset(ds, { ...successive.deps, build: noted(threads, seen) })).toMatchObject({ status: 'published' });
    const together = await Promise.all(['alpha', 'beta'].map((ds) => publishDataset(ds, { ...overlapping.deps, build: noted(threads, seen) })));
    expect(together.map((o) => o.status)).toEqual(['published', 'published']);
    // A hash group and a Parquet file per publish, all in one thread, idle and running after.
    expect(seen.length).toBe(8);
    expect(new Set(seen).size).toBe(1);
    expect(seen[0].isLost).toBe(false);
    expect(seen[0].openChannels).toBe(0);
    const expected = published(alone);
    expect(expected.size).toBeGreaterThan(10);
    expect(published(successive)).toEqual(expected);
    expect(published(overlapping)).toEqual(expected);
  }, 120_000);

  it('fails the groups and files open on a thread that dies with the reason, and gives the next publish a new thread', async () => {
    const threads = (await workerPublishThreads(true))!;
    const group = threads.hashGroup() as WorkerHashGroup;
    const encoder = threads.parquetEncoder(4) as WorkerRowGroupEncoder;
    const dying = group.thread;
    expect(encoder.thread).toBe(dying);
    const lost = new Promise<number>((resolve) => dying.worker.once('exit', resolve));
    group.hasher().update(randomBytes(100_000));
    breakThread(dying);
    await expect(group.settled()).rejects.toThrow(/the publish worker thread failed: TypeError/);
    await expect(encoder.encode({} as never)).rejects.toThrow(/the publish worker thread failed: TypeError/);
    expect(await lost).toBe(1);
    expect(dying.isLost).toBe(true);
    group.close();
    encoder.close();
    // The next group is in a new thread, and hashes.
    const next = threads.hashGroup() as WorkerHashGroup;
    expect(next.thread).not.toBe(dying);
    const data = randomBytes(2_000_000);
    const hasher = next.hasher();
    hasher.update(data);
    await next.settled();
    next.close();
    expect(hasher.hex()).toBe(createHash('sha256').update(data).digest('hex'));
  }, 60_000);

  it('fails a publish whose thread dies under it with the reason; the next publish in the process succeeds', async () => {
    const threads = (await workerPublishThreads(true))!;
    const world = composeWorld();
    for (const row of rows('gamma', 3, 600)) await world.observations.upsert(row);
    world.clock.advance(86_400_000);
    // The thread dies as soon as the version's hash group is made, before its bytes are hashed.
    const breaking: PublishThreads = {
      hashGroup: () => {
        const group: HashGroup = threads.hashGroup();
        breakThread((group as WorkerHashGroup).thread);
        return group;
      },
      parquetEncoder: (start): RowGroupEncoder => threads.parquetEncoder(start),
    };
    await expect(publishDataset('gamma', { ...world.deps, build: breaking })).rejects.toThrow(/the publish worker thread failed: TypeError/);
    const seen: PublishWorkerThread[] = [];
    expect(await publishDataset('gamma', { ...world.deps, build: noted(threads, seen) })).toMatchObject({ status: 'published', version: 1 });
    expect(seen.every((thread) => !thread.isLost)).toBe(true);
  }, 60_000);

  it('lets the process exit by itself while it is idle, and holds it while a group waits on it', async () => {
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, ['--import', 'tsx', IDLE_SCRIPT], { encoding: 'utf8', timeout: 50_000 }, (_error, out, err) => resolve({ code: child.exitCode, stdout: out, stderr: err }));
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // Both groups hashed in one thread (the process waited for them), which was still running, idle, as the process ended.
    expect(JSON.parse(stdout)).toEqual({ code: 0, digests: [true, true], threads: 1, lost: false, exited: false, open: 0 });
  }, 60_000);
});
