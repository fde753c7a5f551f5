/**
 * What the version before the one being written published of some rows, for the quality gate: an
 * earlier revision may stand in for a held one only if that version published it. The answer is
 * that version's: what its layout says it showed of the rows it held back, the row as it is now
 * where no change reached its period since (change index), and else the row's line in its
 * observations.ndjson (only the stripes of those periods are read).
 */
import type { BlobStore, DatasetStateStore } from '../ports.js';
import type { HeldRowRef, PublishedBefore } from '../quality/gate.js';
import { changedSincePrevious } from './change-index.js';
import { VERSION_FILES, versionPrefix } from './documents.js';
import type { LayoutMemo, VersionLayout } from './layout.js';
import { lineObservationId } from './render.js';
import { stripeStart } from './stripe-copy.js';
import { lines } from './streams.js';

/** PublishedBefore read from version `previousVersion` of the dataset (null: none, nothing was published). */
export function publishedBefore(dataset: string, previousVersion: number | null, deps: { blobs: BlobStore; datasets: DatasetStateStore; layouts: LayoutMemo }): PublishedBefore {
  return {
    async revisions(rows) {
      const found = new Map<string, number | null>();
      if (previousVersion === null || rows.length === 0) return found;
      const layout = await deps.layouts.read(dataset, previousVersion);
      // Read after the gate judged: a change it saw is in the index (marked before rows move).
      const changed = await changedSincePrevious(dataset, previousVersion, deps);
      const unread = knownFromLayout(rows, layout, changed && new Set(changed), found);
      if (unread.length > 0) await readFromLines(deps.blobs, dataset, previousVersion, layout, unread, found);
      return found;
    },
  };
}

/**
 * Answers from the layout alone, into `found`: a row it held shows what it showed; a row it did not
 * hold, of a period no change reached since, was published as it is now. The others are returned.
 */
function knownFromLayout(rows: HeldRowRef[], layout: VersionLayout | null, changed: Set<string> | null, found: Map<string, number | null>): HeldRowRef[] {
  if (!layout?.held) return rows;
  const wanted = new Set(rows.map((r) => r.observation_id));
  const held = layout.held;
  for (let i = 0; i < held.length; i++) if (wanted.has(held.id(i))) found.set(held.id(i), held.shown(i));
  const unread: HeldRowRef[] = [];
  for (const row of rows) {
    if (found.has(row.observation_id)) continue;
    if (changed && !changed.has(row.period_end)) found.set(row.observation_id, row.revision);
    else unread.push(row);
  }
  return unread;
}

/** The revisions of the rows in the version's observations.ndjson (absent: null), from their periods' stripes when the layout has them. */
async function readFromLines(blobs: BlobStore, dataset: string, version: number, layout: VersionLayout | null, rows: HeldRowRef[], found: Map<string, number | null>): Promise<void> {
  const key = versionPrefix(dataset, version) + VERSION_FILES.ndjson.path;
  const wanted = new Set(rows.map((r) => r.observation_id));
  for (const row of rows) found.set(row.observation_id, null);
  // One stripe (or the whole file, without a layout) opened at a time.
  const ranges: [number, number][] | null = layout ? [] : null;
  for (const period of layout ? new Set(rows.map((r) => r.period_end)) : []) {
    const index = layout!.stripes.findIndex((s) => s.key === period);
    if (index >= 0) ranges!.push([stripeStart(layout!, index, VERSION_FILES.ndjson.path), stripeStart(layout!, index + 1, VERSION_FILES.ndjson.path)]);
  }
  for (const range of ranges ?? [null]) {
    const body = range ? await blobs.getRange(key, range[0], range[1]) : await blobs.getStream(key);
    if (!body) throw new Error(`${dataset} v${version}: ${VERSION_FILES.ndjson.path} is missing; cannot tell what it published`);
    for await (const line of lines(body)) {
      if (line.length > 0 && wanted.has(lineObservationId(line))) {
        const row = JSON.parse(line) as { observation_id: string; revision: number };
        found.set(row.observation_id, row.revision);
      }
    }
  }
}
