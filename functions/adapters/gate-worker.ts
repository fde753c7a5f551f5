/**
 * Entry of the quality gate's worker thread (worker-gate.ts): opens the store the recipe names and judges the later
 * share of a whole judgement (gate-split.ts), then hands it over and ends. Bundled as gate-worker.mjs where it runs
 * from a bundle; from the repository it is bundled on the spot (worker-script.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ObservationStore, StoreRecipe } from '../core/ports.js';
import { judgeLaterShare, type SplitJob } from '../core/quality/gate-split.js';

/** What the thread is started with: the share to judge and how to open the store. */
export interface GateWorkerData { job: SplitJob; recipe: StoreRecipe }
/** Its one message: the share, or why it failed. */
export type GateWorkerReply = { part: Awaited<ReturnType<typeof judgeLaterShare>> } | { error: string };

const { job, recipe } = workerData as GateWorkerData;
try {
  const opened = (await import(recipe.module)) as Record<string, (...args: unknown[]) => ObservationStore | Promise<ObservationStore>>;
  const part = await judgeLaterShare(job, await opened[recipe.open](...recipe.args));
  parentPort!.postMessage({ part } satisfies GateWorkerReply);
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies GateWorkerReply);
}
