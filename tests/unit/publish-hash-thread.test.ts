/**
 * Which thread hashes a version's composed files: the group the publish function offers (a worker
 * thread) for a version rendered whole, or one that renders or reads back much; this thread's own
 * group (Sha256Lanes) for a composed version that hashes little, so no worker is started for it.
 * Either way the files and their checksums are the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { type Observation } from '../../functions/core/contract.js';
import { hashesInThread } from '../../functions/core/publish/build-version.js';
import { COMPOSED_FILES, type VersionLayout } from '../../functions/core/publish/layout.js';
import { Sha256Lanes } from '../../functions/core/publish/sha256-state.js';
import { publishDataset } from '../../functions/core/publish/publish-dataset.js';
import { MemoryBlobStore } from '../support/memory-ports.js';
import { composeRow, composeWorld, monthOf } from '../support/compose-world.js';

const DS = 'hash-thread';
const MONTHS = 6;
const PER_MONTH = 80;
const row = (m: number, n: number, over: Partial<Observation> = {}) => composeRow(DS, { partners: 7, commodities: 11, quoteEnd: 'as reported.' }, m, n, over);

/** A layout of `stripes` months whose every stripe takes `bytes` in each composed file (only what hashesInThread reads). */
function layoutOf(stripes: number, bytes: number): VersionLayout {
  const boundary = (k: number) => Object.fromEntries(COMPOSED_FILES.map((f) => [f.path, { at: k * bytes, state: { h: [0, 0, 0, 0, 0, 0, 0, 0], bytes: k * bytes, tail: '' } }]));
  return { stripes: Array.from({ length: stripes }, (_, k) => ({ key: monthOf(k), digest: '', starts: boundary(k), row_groups_before: k })), ends: boundary(stripes) } as unknown as VersionLayout;
}

/** A hash group that counts the groups made (as the publish function's worker would be started). */
function countingGroups() {
  const made = { count: 0 };
  return { made, hashGroup: () => (made.count++, new Sha256Lanes()) };
}

describe('the thread that hashes a version', () => {
  it('is this one for a composed version whose renders and read-backs are small, the offered group otherwise', () => {
    const files = COMPOSED_FILES.length;
    const layout = layoutOf(100, 2 ** 20);
    // From stripe 97 on: 3 stripes of 1 MB in each of the six files, and one new month like them.
    expect(hashesInThread({ changedPeriods: [monthOf(97), monthOf(99), monthOf(100)] }, layout, 97)).toBe(true);
    // From stripe 70 on: 30 MB a file, 180 MB in all.
    expect(hashesInThread({ changedPeriods: [monthOf(70)] }, layout, 70)).toBe(false);
    // Twenty new months (a backfill): 21 MB a file, 126 MB in all, under the bar; twenty-one more pass it.
    const months = (n: number) => Array.from({ length: n }, (_, k) => monthOf(100 + k));
    expect(hashesInThread({ changedPeriods: months(20) }, layout, 100)).toBe(20 * files * 2 ** 20 < 128 * 2 ** 20);
    expect(hashesInThread({ changedPeriods: months(41) }, layout, 100)).toBe(false);
    // The change index cannot tell what changed: any number of new months may come.
    expect(hashesInThread({ changedPeriods: null }, layout, 99)).toBe(false);
    expect(hashesInThread({}, layout, 99)).toBe(false);
  });

  it('starts no offered group for a small composed version, and the files are those hashed in the offered group', async () => {
    const a = composeWorld();
    const b = composeWorld(new MemoryBlobStore());
    const groups = { a: countingGroups(), b: countingGroups() };
    for (let m = 0; m < MONTHS; m++) {
      for (let n = 0; n < PER_MONTH; n++) {
        await a.observations.upsert(row(m, n));
        await b.observations.upsert(row(m, n));
      }
    }
    expect(await publishDataset(DS, { ...a.deps, build: { hashGroup: groups.a.hashGroup } })).toMatchObject({ status: 'published', version: 1 });
    // Version 1 is rendered whole: the offered group hashes it.
    expect(groups.a.made.count).toBe(1);
    expect(await publishDataset(DS, { ...b.deps, build: { hashGroup: groups.b.hashGroup } })).toMatchObject({ status: 'published', version: 1 });
    // B's version 2 is rendered whole (its version 1's layout taken away), and hashed in the offered group.
    b.blobs.objects.delete(`datasets/${DS}/_layout/v1.json`);
    for (const w of [a, b]) {
      for (let n = 0; n < PER_MONTH; n++) await w.observations.upsert(row(MONTHS, n));
      for (let n = 0; n < PER_MONTH; n += 4) await w.observations.upsert(row(MONTHS - 1, n, { value: 9, revision: 2, status: 'revised', release_id: 'rel-revision' }));
      w.clock.advance(86_400_000);
    }
    expect(await publishDataset(DS, { ...a.deps, build: { hashGroup: groups.a.hashGroup } })).toMatchObject({ status: 'published', version: 2 });
    expect(await publishDataset(DS, { ...b.deps, build: { hashGroup: groups.b.hashGroup } })).toMatchObject({ status: 'published', version: 2 });
    expect(groups.a.made.count).toBe(1);
    expect(groups.b.made.count).toBe(2);
    const prefix = `datasets/${DS}/v2/`;
    const keys = [...a.blobs.objects.keys()].filter((k) => k.startsWith(prefix)).sort();
    expect(keys.length).toBeGreaterThan(10);
    expect([...b.blobs.objects.keys()].filter((k) => k.startsWith(prefix)).sort()).toEqual(keys);
    for (const key of keys) expect(Buffer.from(a.blobs.objects.get(key)!.body).equals(Buffer.from(b.blobs.objects.get(key)!.body)), key).toBe(true);
  });
});
