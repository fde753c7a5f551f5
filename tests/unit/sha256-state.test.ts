import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ResumableSha256, Sha256Lanes } from '../../functions/core/publish/sha256-state.js';

const nodeSha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('resumable SHA-256', () => {
  it('equals node:crypto for lengths around every block and padding edge', () => {
    const data = randomBytes(300);
    for (let n = 0; n <= 300; n++) expect(new ResumableSha256().update(data.subarray(0, n)).hex()).toBe(nodeSha(data.subarray(0, n)));
  });

  it('gives the same digest when resumed from a saved state, at any split and in any chunking', () => {
    const data = randomBytes(5000);
    for (const split of [0, 1, 63, 64, 65, 127, 128, 1000, 4999, 5000]) {
      const first = new ResumableSha256().update(data.subarray(0, split));
      // The state goes through JSON, as it does in a version's layout.
      const resumed = new ResumableSha256(JSON.parse(JSON.stringify(first.save())));
      for (let at = split; at < data.length; at += 777) resumed.update(data.subarray(at, Math.min(data.length, at + 777)));
      expect(resumed.bytes).toBe(data.length);
      expect(resumed.hex()).toBe(nodeSha(data));
    }
  });

  it('equals node:crypto over megabytes given in chunks larger than the compression input area and of odd sizes', () => {
    const data = randomBytes(3 * 256 * 1024 + 12345);
    const whole = new ResumableSha256().update(data);
    const odd = new ResumableSha256();
    for (let at = 0, size = 1; at < data.length; at += size, size = (size * 7 + 13) % 400_000) odd.update(data.subarray(at, at + size));
    expect(whole.hex()).toBe(nodeSha(data));
    expect(odd.hex()).toBe(nodeSha(data));
  });

  it('keeps the state of each hasher apart when several hash at once (they share one compression module)', () => {
    const a = randomBytes(100_000);
    const b = randomBytes(70_001);
    const ha = new ResumableSha256();
    const hb = new ResumableSha256();
    for (let at = 0; at < a.length; at += 1000) {
      ha.update(a.subarray(at, at + 1000));
      hb.update(b.subarray(at, at + 1000));
    }
    expect([ha.hex(), hb.hex()]).toEqual([nodeSha(a), nodeSha(b)]);
  });

  it('can go on hashing after a digest was taken', () => {
    const hasher = new ResumableSha256().update(Buffer.from('abc'));
    expect(hasher.hex()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hasher.update(Buffer.from('def')).hex()).toBe(nodeSha(Buffer.from('abcdef')));
  });

  it('hashes the messages of a group together (SIMD lanes) to the same digests and saved states as one at a time, whatever the sizes and chunking', () => {
    // Six messages of unequal lengths (one shorter than a block, one empty), given in odd chunks
    // interleaved as a version's files are; states saved now and then, as at stripe boundaries.
    const messages = [200_003, 100_000, 350_017, 63, 0, 1_000_000].map((n) => randomBytes(n));
    const lanes = new Sha256Lanes();
    const grouped = messages.map(() => lanes.hasher());
    const single = messages.map(() => new ResumableSha256());
    const at = messages.map(() => 0);
    for (let step = 0; at.some((a, i) => a < messages[i].length); step++) {
      messages.forEach((m, i) => {
        const size = ((step * 7919 + i * 104_729) % 40_000) + 1;
        const chunk = m.subarray(at[i], at[i] + size);
        at[i] += chunk.length;
        grouped[i].update(chunk);
        single[i].update(chunk);
      });
      if (step % 5 === 4) expect(grouped.map((h) => h.save())).toEqual(single.map((h) => h.save()));
    }
    expect(grouped.map((h) => h.bytes)).toEqual(messages.map((m) => m.length));
    expect(grouped.map((h) => h.hex())).toEqual(messages.map(nodeSha));
  });

  it('gives the same digests when the files of a group come one after another, and keeps what waits bounded', () => {
    // As stripes copied from the previous version are read back: each file's bytes of a stripe in
    // turn, so the cap is often reached by one file alone; states saved at each stripe's end.
    const cap = 256 * 1024;
    const sizes = [140_001, 9_000, 260_013, 259_999, 12_345, 900_000];
    const lanes = new Sha256Lanes(cap);
    const grouped = sizes.map(() => lanes.hasher());
    const single = sizes.map(() => new ResumableSha256());
    const whole = sizes.map(() => [] as Buffer[]);
    for (let stripe = 0; stripe < 4; stripe++) {
      sizes.forEach((size, i) => {
        for (let at = 0; at < size; at += 65_536) {
          const chunk = randomBytes(Math.min(65_536, size - at));
          grouped[i].update(chunk);
          single[i].update(chunk);
          whole[i].push(chunk);
          const waiting = grouped.reduce((sum, h) => sum + h.queued.reduce((n, q) => n + q.length, 0), 0);
          expect(waiting).toBeLessThanOrEqual(2 * cap + 65_536 + 64 * sizes.length);
        }
      });
      expect(grouped.map((h) => h.save())).toEqual(single.map((h) => h.save()));
    }
    expect(grouped.map((h) => h.hex())).toEqual(whole.map((parts) => nodeSha(Buffer.concat(parts))));
  });

  it('resumes group hashers from saved states, and hashes what waits once more than the cap waits', () => {
    const a = randomBytes(300_000);
    const b = randomBytes(250_000);
    const first = [new ResumableSha256().update(a.subarray(0, 100_001)), new ResumableSha256().update(b.subarray(0, 5))];
    // A small cap: the group hashes while bytes are still coming, not only when asked for a state.
    const lanes = new Sha256Lanes(64 * 1024);
    const [ha, hb] = first.map((h) => lanes.hasher(JSON.parse(JSON.stringify(h.save()))));
    for (let i = 100_001, j = 5; i < a.length || j < b.length; i += 9_999, j += 7_777) {
      ha.update(a.subarray(i, Math.min(a.length, i + 9_999)));
      hb.update(b.subarray(j, Math.min(b.length, j + 7_777)));
    }
    expect([ha.hex(), hb.hex()]).toEqual([nodeSha(a), nodeSha(b)]);
    // Hashing goes on after a digest.
    expect(ha.update(Buffer.from('more')).hex()).toBe(nodeSha(Buffer.concat([a, Buffer.from('more')])));
  });
});
