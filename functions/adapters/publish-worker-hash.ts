/**
 * The hashing side of the publish worker thread (publish-worker.ts; the publish thread's side is
 * worker-sha256.ts): hashes a version's composed files with the same lanes as the publish thread
 * would (Sha256Lanes), from batches of bytes copied to it, and sends back the states asked for.
 */
import type { MessagePort } from 'node:worker_threads';
import { Sha256Lanes, type ResumableSha256 } from '../core/publish/sha256-state.js';
import { OP, type HashBatch, type HashReply } from './worker-sha256.js';

const lanes = new Sha256Lanes();
const hashers = new Map<number, ResumableSha256>();
/** Batches some of whose bytes may still wait in the group, oldest first. */
let held: Uint8Array<ArrayBuffer>[] = [];

/** The batches none of whose bytes wait any more: given back to be filled again. */
function done(): Uint8Array<ArrayBuffer>[] {
  const waiting = new Set<ArrayBufferLike>();
  for (const hasher of hashers.values()) for (const part of hasher.queued) waiting.add(part.buffer);
  const free = held.filter((batch) => !waiting.has(batch.buffer));
  held = held.filter((batch) => waiting.has(batch.buffer));
  return free;
}

/** Hashes a batch and answers it on `port`. */
export function answerHashBatch({ seq, ops, bytes }: HashBatch, port: MessagePort): void {
  const states: HashReply['states'] = [];
  for (const op of ops) {
    if (op[0] === OP.open) hashers.set(op[1], lanes.hasher(op[2] ?? undefined));
    // A view of the batch: the group keeps it by reference until it hashes it.
    else if (op[0] === OP.data) hashers.get(op[1])!.update(bytes.subarray(op[2], op[2] + op[3]));
    else states.push([op[2], hashers.get(op[1])!.save()]);
  }
  // Batches whose bytes are all hashed go back to be filled again: fresh buffers of a megabyte
  // cost a page fault every 4 KB. The group hashes as it does in one thread (runs three or four
  // lanes wide, the rest waiting for more), so a batch may come back with a later answer.
  held.push(bytes);
  const free = done();
  port.postMessage({ seq, states, free } satisfies HashReply, free.map((batch) => batch.buffer));
}
