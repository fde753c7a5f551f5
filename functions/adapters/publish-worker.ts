/**
 * Entry of the publish worker thread: a version's composed files hashed (publish-worker-hash.ts) and its
 * Parquet row groups written (publish-worker-parquet.ts) in one thread beside the publish thread, one
 * isolate instead of two (each costs its own heap and start). Messages are taken in the order sent;
 * a hash batch carries `ops`, a Parquet request does not. Bundled as publish-worker.mjs beside the
 * publish handler.
 */
import { parentPort } from 'node:worker_threads';
import type { EndRequest, HashBatch } from './worker-sha256.js';
import type { ParquetRequest } from './worker-parquet.js';
import { answerHashBatch } from './publish-worker-hash.js';
import { answerParquet } from './publish-worker-parquet.js';

const port = parentPort!;
// Asked to end (worker-sha256.ts, endWorker): the port closed, the thread exits once nothing is left to run.
port.on('message', (message: HashBatch | ParquetRequest | EndRequest) => {
  if ('end' in message) port.close();
  else if ('ops' in message) answerHashBatch(message, port);
  else answerParquet(message, port);
});
