import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ResumableSha256 } from '../../functions/core/publish/sha256-state.js';

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
});
