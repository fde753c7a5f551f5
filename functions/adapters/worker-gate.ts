/**
 * The quality gate's later share in a worker thread (gate-split.ts): while the publish thread judges the earlier
 * periods of a dataset, a thread of its own judges the later ones, reading them from the same store opened there
 * (the store's `thread` recipe). Only where a second CPU is there (workerHasCpu) and the store can be opened so;
 * else the gate judges in one thread. The thread ends by itself once it has handed its share over. Not yet used by
 * the function (the DynamoDB store has no recipe) nor by default in the bench: the thread costs the process 60-90 MB
 * of peak RSS at 1,000,000 rows (README, thirty-second session).
 */
import { Worker } from 'node:worker_threads';
import type { StoreRecipe } from '../core/ports.js';
import type { GateSplit, SplitJob, SplitPart } from '../core/quality/gate-split.js';
import type { GateWorkerData, GateWorkerReply } from './gate-worker.js';
import { workerHasCpu } from './worker-sha256.js';
import { workerScript } from './worker-script.js';

/**
 * The share holds about two years of rows in columns (row-block.ts, outside the heap) and its report's lists gzipped:
 * at 400,000 rows its heap used 15 MB at the end, of 42 MB committed (16 of them a young generation of 16 MB). A small
 * young generation and an old one capped at 64 MB keep what the thread adds to the process's peak down; a thread that
 * runs out of it ends, and the gate judges everything in the publish thread (gate-split.ts). Its script is plain JavaScript.
 */
const GATE_WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 }, execArgv: [] };

/** A GateSplit judging in a worker thread, or null without a second CPU. */
export function workerGateSplit(hasCpu = workerHasCpu()): GateSplit | null {
  if (!hasCpu) return null;
  return { start: (job, observations) => (observations.thread ? judgeInWorker(job, observations.thread) : null) };
}

/** The module a recipe names, as a worker loads it: TypeScript from the repository bundled first. */
export async function recipeModule(recipe: StoreRecipe): Promise<StoreRecipe> {
  if (!recipe.module.endsWith('.ts')) return recipe;
  const devBundler = new URL('./worker-source-bundle.ts', import.meta.url).href;
  const { bundleWorkerSource } = (await import(devBundler)) as typeof import('./worker-source-bundle.js');
  return { ...recipe, module: (await bundleWorkerSource(new URL(recipe.module))).href };
}

async function judgeInWorker(job: SplitJob, recipe: StoreRecipe): Promise<SplitPart> {
  const [script, opened] = await Promise.all([workerScript('gate-worker'), recipeModule(recipe)]);
  const worker = new Worker(script, { ...GATE_WORKER_OPTIONS, workerData: { job, recipe: opened } satisfies GateWorkerData });
  return new Promise<SplitPart>((resolve, reject) => {
    worker.once('message', (reply: GateWorkerReply) => ('part' in reply ? resolve(reply.part) : reject(new Error(reply.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the quality gate's worker exited with code ${code} before handing its share over`)));
  });
}
