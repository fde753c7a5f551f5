/**
 * A version written whole writes its Parquet row groups in a worker thread where one has a CPU of
 * its own (adapters/worker-parquet.ts; the version's hashing thread, publish-worker.ts), and its gzip members compress while the next stripe
 * renders: the files, their checksums and the layout's boundaries must be those the publish
 * thread alone writes, byte for byte, and the single-thread path stays the default.
 */
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../functions/core/contract.js';
import { ParquetSink, RowGroupWriter, type RowGroupEncoder } from '../../functions/core/publish/parquet.js';
import { publishDataset } from '../../functions/core/publish/publish-dataset.js';
import { workerPublishThreads, type WorkerRowGroupEncoder } from '../../functions/adapters/worker-parquet.js';
import type { WorkerHashGroup } from '../../functions/adapters/worker-sha256.js';
import type { HashGroup } from '../../functions/core/publish/sha256-state.js';
import type { ByteOutput } from '../../functions/core/publish/streams.js';
import { composeRow, composeWorld } from '../support/compose-world.js';

class Bytes implements ByteOutput {
  readonly chunks: Uint8Array[] = [];
  length = 0;
  async write(chunk: Uint8Array): Promise<void> {
    this.chunks.push(chunk);
    this.length += chunk.byteLength;
  }
  all(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** Rows of month m: some with long quotes (two pages a chunk: page indexes), non-ASCII and emoji, a null figure, -0. */
function month(m: number, rows: number, long = true): Observation[] {
  return Array.from({ length: rows }, (_, n) => {
    const quoteEnd = long && n % 13 === 0 ? `${'said the office, 海关总署 📦. '.repeat(1200)}${m}` : `said the office (${n % 5 ? 'é' : '\u0000'}).`;
    const over: Partial<Observation> = n % 41 === 0 ? { value: null } : n % 43 === 0 ? { value: -0, yoy_pct: -0 } : {};
    return composeRow('worker-parquet', { partners: 9, commodities: 31, quoteEnd }, m, n, over);
  });
}

/** A file written month by month (a forced drain after each, as a stripe boundary), row groups of 700 rows: its bytes, footer and where each month's rows end. */
async function writeFile(encoder?: (start: number) => RowGroupEncoder) {
  const out = new Bytes();
  const sink = new ParquetSink(out, 700, undefined, undefined, encoder);
  const ends: Promise<number>[] = [];
  for (let m = 0; m < 4; m++) {
    for (const row of month(m, 1_600 + m * 111)) {
      sink.push(row);
      if (sink.full) await sink.drain();
    }
    await sink.drain(true);
    ends.push(sink.afterSent(() => out.length));
  }
  await sink.end();
  return { bytes: out.all(), footer: sink.footer, ends: await Promise.all(ends), groups: sink.rowGroupCount };
}

/** The worker's side run in this thread: row groups written one after another, answered later. */
const inThread = (start: number): RowGroupEncoder => {
  const writer = new RowGroupWriter(start);
  return { encode: async (data) => writer.encode(data), close() {} };
};

describe('Parquet row groups written elsewhere', () => {
  it('gives the file, footer and stripe boundaries written in this thread, from a worker and from the worker\'s side run here', async () => {
    const here = await writeFile();
    const encoders = (await workerPublishThreads(true))?.parquetEncoder;
    expect(encoders).not.toBeNull();
    for (const encoder of [inThread, encoders!]) {
      const file = await writeFile(encoder);
      expect(Buffer.compare(file.bytes, here.bytes)).toBe(0);
      expect(file.footer).toEqual(here.footer);
      expect(file.ends).toEqual(here.ends);
      expect(file.groups).toBe(here.groups);
    }
    expect(here.footer!.indexed.length).toBeGreaterThan(0);
  }, 60_000);

  it('fails the file when the worker is closed, instead of leaving it waiting', async () => {
    const sink = new ParquetSink(new Bytes(), 100, undefined, undefined, ((await workerPublishThreads(true))?.parquetEncoder)!);
    for (const row of month(0, 150)) sink.push(row);
    sink.close();
    await expect(sink.end()).rejects.toThrow(/closed/);
  });

  it('gives no worker when none would have a CPU of its own', async () => {
    expect(await workerPublishThreads(false)).toBeNull();
  });
});

describe('the row groups and the hashing in one worker thread', () => {
  it('writes a file in the hash group\'s thread while it hashes, leaves the group running, and writes the next file in the same thread once the group is closed', async () => {
    const here = await writeFile();
    const threads = (await workerPublishThreads(true))!;
    const group = threads.hashGroup();
    const data = randomBytes(5_000_000);
    const hasher = group.hasher();
    const made: RowGroupEncoder[] = [];
    const encoder = (start: number) => {
      made.push(threads.parquetEncoder(start));
      return made.at(-1)!;
    };
    // Hash batches and row groups sent to the thread between one another.
    const hashing = (async () => {
      for (let at = 0; at < data.length; at += 65_536) {
        hasher.update(data.subarray(at, at + 65_536));
        await group.room();
      }
    })();
    const [file] = await Promise.all([writeFile(encoder), hashing]);
    expect(Buffer.compare(file.bytes, here.bytes)).toBe(0);
    expect(file.footer).toEqual(here.footer);
    expect(file.ends).toEqual(here.ends);
    // The file's end closed its encoder, not the group's thread: the group still settles.
    await group.settled();
    expect(hasher.hex()).toBe(createHash('sha256').update(data).digest('hex'));
    const thread = (e: RowGroupEncoder | HashGroup) => (e as WorkerRowGroupEncoder | WorkerHashGroup).thread;
    expect(thread(made[0])).toBe(thread(group));
    group.close();
    const after = await writeFile(encoder);
    expect(Buffer.compare(after.bytes, here.bytes)).toBe(0);
    // The process's one publish worker thread: the group's close ended its channel, not the thread.
    expect(thread(made[1])).toBe(thread(made[0]));
    expect(thread(group).isLost).toBe(false);
    expect(thread(group).openChannels).toBe(0);
  }, 60_000);
});

describe('a version written whole with its row groups in a worker', () => {
  it('is byte for byte the version the publish thread alone writes, and the next version composed from either is too', async () => {
    const encoders = ((await workerPublishThreads(true))?.parquetEncoder)!;
    const worlds = [composeWorld(), composeWorld(), composeWorld()];
    // Alone; the row groups in the worker; and the hashing in it too (the function's).
    const build = [{}, { parquetEncoder: encoders }, (await workerPublishThreads(true))!];
    for (let v = 1; v <= 2; v++) {
      for (const [i, w] of worlds.entries()) {
        for (let m = v === 1 ? 0 : 6; m < (v === 1 ? 6 : 7); m++) for (const row of month(m, 500, false)) await w.observations.upsert({ ...row, dataset: 'wp' });
        if (v === 2) for (const row of month(4, 500, false).filter((_, n) => n % 7 === 0)) await w.observations.upsert({ ...row, dataset: 'wp', value: 3, revision: 2, status: 'revised' });
        w.clock.advance(86_400_000);
        expect(await publishDataset('wp', { ...w.deps, build: build[i] }), `world ${i}`).toMatchObject({ status: 'published', version: v });
      }
      const [alone, ...workers] = worlds.map((w) => w.blobs.objects);
      const keys = [...alone.keys()].filter((k) => !k.includes('/_site/')).sort();
      for (const worker of workers) {
        expect([...worker.keys()].filter((k) => !k.includes('/_site/')).sort()).toEqual(keys);
        for (const key of keys) expect(Buffer.compare(worker.get(key)!.body, alone.get(key)!.body), key).toBe(0);
      }
      expect(keys).toEqual(expect.arrayContaining([`datasets/wp/v${v}/observations.parquet`, `datasets/wp/_layout/v${v}.json`]));
    }
  }, 120_000);
});
