/**
 * Entry of the Parquet worker thread (see worker-parquet.ts): writes the row groups it is sent,
 * one after the other, with the writer the publish thread would use (RowGroupWriter), and sends
 * back each one's bytes (transferred), footer entry and page indexes. Bundled as
 * parquet-worker.mjs beside the publish handler.
 */
import { parentPort } from 'node:worker_threads';
import { RowGroupWriter } from '../core/publish/parquet.js';
import type { ParquetReply, ParquetRequest } from './worker-parquet.js';

let writer: RowGroupWriter | undefined;

parentPort!.on('message', (request: ParquetRequest) => {
  if ('start' in request) {
    writer = new RowGroupWriter(request.start);
    return;
  }
  try {
    const encoded = writer!.encode(request.data);
    parentPort!.postMessage({ seq: request.seq, encoded } satisfies ParquetReply, [encoded.bytes.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ seq: request.seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ParquetReply);
  }
});
