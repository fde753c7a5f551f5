/** Reprocessing plans bounded, resumable batches over the archived releases. */
import { describe, expect, it } from 'vitest';
import type { Release } from '../../functions/core/contract.js';
import { planReprocessBatch } from '../../functions/core/normalize/reprocess.js';

const release = (id: string, source = 'src-a', sha = 'a'.repeat(64)): Release => ({
  release_id: id, source_id: source, dataset: 'ds', kind: 'statistical-table', url: `https://x/${id}`, sha256: sha, content_revision: sha ? 1 : 0, content_type: 'text/html',
  bytes: 1, raw_key: sha ? `raw/${id}` : '', title: '', published: '2025-11-20', fetched_at: '2025-11-21T00:00:00Z', state: 'normalized', attempts: 0, warnings: [],
});

describe('planReprocessBatch', () => {
  const releases = [release('r-3'), release('r-1'), release('r-2', 'src-b'), release('r-4', 'src-a', ''), release('r-5')];

  it('takes archived releases in release_id order, at most `limit`, and says where the next batch starts', () => {
    const first = planReprocessBatch(releases, { limit: 2 });
    expect(first.requests).toEqual([
      { source_id: 'src-a', release_id: 'r-1', sha256: 'a'.repeat(64), reprocess: true },
      { source_id: 'src-b', release_id: 'r-2', sha256: 'a'.repeat(64), reprocess: true },
    ]);
    expect(first.next).toBe('r-2');
    const second = planReprocessBatch(releases, { limit: 2, after: first.next! });
    expect(second.requests.map((r) => r.release_id)).toEqual(['r-3', 'r-5']); // r-4 was never fetched: nothing to re-read
    expect(second.next).toBeNull();
  });

  it('keeps to one source when asked, and a cursor past the end is an empty batch', () => {
    expect(planReprocessBatch(releases, { limit: 10, sourceId: 'src-b' }).requests.map((r) => r.release_id)).toEqual(['r-2']);
    expect(planReprocessBatch(releases, { limit: 10, after: 'r-9' })).toEqual({ requests: [], next: null });
  });
});
