/**
 * What the process's one publish worker thread saves a warm Lambda invocation (functions/adapters/publish-worker-thread.ts):
 * a version's first hash batch answered by a thread started for it (the worker as it was until the fortieth session,
 * one thread per version) against one answered by the thread an earlier version started. Each case opens a hash group,
 * hashes 64 KB and waits for the answer; wall and CPU (all threads of the process) in milliseconds, the median and
 * the range of ROUNDS rounds. The started threads are left idle, as the function leaves its one.
 */
import { randomBytes } from 'node:crypto';
import { PublishWorkerThread, publishWorkerThread } from '../functions/adapters/publish-worker-thread.js';
import { WorkerHashGroup } from '../functions/adapters/worker-sha256.js';
import { workerScript } from '../functions/adapters/worker-script.js';

const ROUNDS = Number(process.env.PUBLISH_WORKER_START_ROUNDS ?? 12);

async function firstAnswer(thread: () => PublishWorkerThread): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const group = new WorkerHashGroup(thread());
  group.hasher().update(randomBytes(65_536));
  await group.settled();
  group.close();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}`;

export async function run(): Promise<Record<string, string | number>[]> {
  const script = await workerScript('publish-worker');
  // The shared thread started and used once, as by a cold invocation's version.
  await firstAnswer(() => publishWorkerThread(script));
  const cases = { 'a thread started for the version': () => new PublishWorkerThread(script), 'the process\'s running thread': () => publishWorkerThread(script) };
  const seen: Record<string, { wall: number; cpu: number }[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, thread] of Object.entries(cases)) (seen[name] ??= []).push(await firstAnswer(thread));
  }
  return Object.entries(seen).map(([name, runs]) => ({
    case: name,
    'wall ms': median(runs.map((r) => r.wall)),
    'wall range': range(runs.map((r) => r.wall)),
    'cpu ms': median(runs.map((r) => r.cpu)),
    'cpu range': range(runs.map((r) => r.cpu)),
  }));
}
