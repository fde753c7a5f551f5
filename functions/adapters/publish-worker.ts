/**
 * Entry of the publish worker thread: a version's composed files hashed (publish-worker-hash.ts) and its
 * Parquet row groups written (publish-worker-parquet.ts) in one thread beside the publish thread, one
 * isolate instead of two (each costs its own heap and start). One thread per process, started once
 * and never ended (publish-worker-thread.ts): every message carries its channel (`ch`, a version's hash
 * group or a Parquet file), whose state is kept apart from the others' and dropped when the channel
 * ends. Messages are taken in the order sent; a hash batch carries `ops`, a Parquet request does not.
 * Bundled as publish-worker.mjs beside the publish handler.
 */
import { parentPort } from 'node:worker_threads';
import type { HashBatch } from './worker-sha256.js';
import type { ParquetRequest } from './worker-parquet.js';
import type { EndRequest } from './publish-worker-thread.js';
import { answerHashBatch, endHashChannel } from './publish-worker-hash.js';
import { answerParquet, endParquetChannel } from './publish-worker-parquet.js';

const port = parentPort!;
port.on('message', (message: HashBatch | ParquetRequest | EndRequest) => {
  if ('end' in message) {
    endHashChannel(message.ch);
    endParquetChannel(message.ch);
  } else if ('ops' in message) answerHashBatch(message, port);
  else answerParquet(message, port);
});
