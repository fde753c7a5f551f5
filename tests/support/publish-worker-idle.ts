/**
 * Run in a process of its own by tests/unit/publish-worker-thread.test.ts: two hash groups in turn in the process's
 * publish worker thread, each awaited with nothing but the worker's answer to wait for (the thread holds the process
 * while a group is open), then nothing more: the process must end by itself, the thread still running and idle.
 * Prints one line of JSON as it exits.
 */
import { createHash } from 'node:crypto';
import { workerPublishThreads } from '../../functions/adapters/worker-parquet.js';
import type { WorkerHashGroup } from '../../functions/adapters/worker-sha256.js';
import type { PublishWorkerThread } from '../../functions/adapters/publish-worker-thread.js';

const threads = (await workerPublishThreads(true))!;
const used = new Set<PublishWorkerThread>();
const digests: boolean[] = [];
for (let i = 0; i < 2; i++) {
  const group = threads.hashGroup() as WorkerHashGroup;
  used.add(group.thread);
  const data = Buffer.alloc(3_000_000 + i, i + 1);
  const hasher = group.hasher();
  hasher.update(data);
  await group.settled();
  group.close();
  digests.push(hasher.hex() === createHash('sha256').update(data).digest('hex'));
}
const [thread] = used;
let exited = false;
thread.worker.once('exit', () => (exited = true));
process.once('exit', (code) => {
  process.stdout.write(`${JSON.stringify({ code, digests, threads: used.size, lost: thread.isLost, exited, open: thread.openChannels })}\n`);
});
