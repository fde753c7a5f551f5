import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ResumableSha256 } from '../../functions/core/publish/sha256-state.js';
import { workerHasCpu } from '../../functions/adapters/worker-sha256.js';
import { workerPublishThreads } from '../../functions/adapters/worker-parquet.js';

const nodeSha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('hashing a version\'s files in a worker thread', () => {
  it('gives the saved states and digests of hashing in this thread, with resumed hashers, chunks larger than a batch and waits for room', async () => {
    const groups = (await workerPublishThreads(true))?.hashGroup;
    expect(groups).not.toBeNull();
    const group = groups!();
    // One message resumed from a saved state (a composed file), one chunk of 3 MB (past a batch).
    const resumedFrom = randomBytes(100_003);
    const messages = [300_007, 0, 63, 1_500_000, 7_200_000].map((n) => randomBytes(n));
    const base = new ResumableSha256().update(resumedFrom).save();
    const grouped = messages.map((_, i) => group.hasher(i === 0 ? JSON.parse(JSON.stringify(base)) : undefined));
    const single = messages.map((_, i) => new ResumableSha256(i === 0 ? base : undefined));
    const saved: { remote: ReturnType<ResumableSha256['save']>; local: ReturnType<ResumableSha256['save']> }[] = [];
    const at = messages.map(() => 0);
    let waited = 0;
    for (let step = 0; at.some((a, i) => a < messages[i].length); step++) {
      for (const [i, m] of messages.entries()) {
        const size = i === 4 && step === 0 ? 3_000_000 : ((step * 7919 + i * 104_729) % 70_000) + 1;
        const chunk = m.subarray(at[i], at[i] + size);
        at[i] += chunk.length;
        grouped[i].update(chunk);
        single[i].update(chunk);
        const room = group.room();
        if (room) {
          waited++;
          await room;
        }
      }
      if (step % 7 === 3) grouped.forEach((h, i) => saved.push({ remote: h.save(), local: single[i].save() }));
    }
    await group.settled();
    group.close();
    expect(waited).toBeGreaterThan(0);
    expect(saved.map((s) => s.remote)).toEqual(saved.map((s) => s.local));
    expect(grouped.map((h) => h.bytes)).toEqual(messages.map((m, i) => m.length + (i === 0 ? resumedFrom.length : 0)));
    expect(grouped.map((h) => h.hex())).toEqual(messages.map((m, i) => nodeSha(i === 0 ? Buffer.concat([resumedFrom, m]) : m)));
  });

  it('fails what waits on it once closed, instead of leaving it waiting', async () => {
    const group = ((await workerPublishThreads(true))?.hashGroup)!();
    group.hasher().update(randomBytes(10));
    group.close();
    await expect(group.settled()).rejects.toThrow(/closed/);
  });
});

describe('whether the files are hashed in a worker', () => {
  it('uses one on a machine of two processors or more, outside Lambda', () => {
    expect(workerHasCpu({}, 2)).toBe(true);
    expect(workerHasCpu({}, 1)).toBe(false);
  });

  it('uses one in Lambda only with the memory that buys two vCPUs of time', () => {
    expect(workerHasCpu({ AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024' }, 2)).toBe(false);
    expect(workerHasCpu({ AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '3008' }, 2)).toBe(false);
    expect(workerHasCpu({ AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '3538' }, 2)).toBe(true);
  });

  it('gives no worker when none would have a CPU of its own', async () => {
    expect(await workerPublishThreads(false)).toBeNull();
  });
});
