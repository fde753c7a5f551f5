/**
 * The hashing side of the publish worker thread (publish-worker.ts; the publish thread's side is
 * worker-sha256.ts): hashes a version's composed files with the same lanes as the publish thread
 * would (Sha256Lanes), from batches of bytes copied to it, and sends back the states asked for.
 * Each hash group is a channel of its own (its lanes, hashers and batches), dropped when it ends.
 */
import type { MessagePort } from 'node:worker_threads';
import { Sha256Lanes, type ResumableSha256 } from '../core/publish/sha256-state.js';
import { OP, type HashBatch, type HashReply } from './worker-sha256.js';

class HashChannel {
  readonly lanes = new Sha256Lanes();
  readonly hashers = new Map<number, ResumableSha256>();
  /** Batches some of whose bytes may still wait in the group, oldest first. */
  held: Uint8Array<ArrayBuffer>[] = [];

  /** The batches none of whose bytes wait any more: given back to be filled again. */
  done(): Uint8Array<ArrayBuffer>[] {
    const waiting = new Set<ArrayBufferLike>();
    for (const hasher of this.hashers.values()) for (const part of hasher.queued) waiting.add(part.buffer);
    const free = this.held.filter((batch) => !waiting.has(batch.buffer));
    this.held = this.held.filter((batch) => waiting.has(batch.buffer));
    return free;
  }
}

const channels = new Map<number, HashChannel>();

/** Hashes a batch of channel `ch` and answers it on `port`. */
export function answerHashBatch({ ch, seq, ops, bytes }: HashBatch, port: MessagePort): void {
  let channel = channels.get(ch);
  if (!channel) channels.set(ch, (channel = new HashChannel()));
  const { lanes, hashers } = channel;
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
  channel.held.push(bytes);
  const free = channel.done();
  port.postMessage({ ch, seq, states, free } satisfies HashReply, free.map((batch) => batch.buffer));
}

/** Drops channel `ch`'s hashers and batches (its group is closed). */
export function endHashChannel(ch: number): void {
  channels.delete(ch);
}
