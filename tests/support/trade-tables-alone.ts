/**
 * The trade world's tables alone (trade-world.ts without its second source): a dataset with no partner dataset, whose
 * whole judgement the quality gate may split over two threads (gate-split.ts). `openTablesAlone` is what a worker
 * thread opens the same store with (ObservationStore.thread).
 */
import type { StoreRecipe } from '../../functions/core/ports.js';
import { MemoryDatasetStateStore, MemoryObservationStore } from '../../functions/core/publish/in-memory.js';
import { storeOf, TABLES } from './trade-world.js';

/** The tables of the world of `seed` (every revision) in a store of their own, which a worker thread can open too. */
export async function openTablesAlone(seed: number): Promise<MemoryObservationStore & { thread: StoreRecipe; states: MemoryDatasetStateStore }> {
  const world = await storeOf(seed);
  const datasets = new MemoryDatasetStateStore();
  const observations = new MemoryObservationStore(datasets);
  for await (const row of world.observations.scanRevisions(TABLES)) await observations.upsert(row);
  return Object.assign(observations, { thread: { module: import.meta.url, open: 'openTablesAlone', args: [seed] }, states: datasets });
}
