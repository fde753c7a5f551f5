/**
 * The Parquet side of the publish worker thread (publish-worker.ts; the publish thread's side is
 * worker-parquet.ts): writes the row groups it is sent, one after the other, with the writer the
 * publish thread would use (RowGroupWriter), and sends back each one's bytes (transferred), footer
 * entry and page indexes.
 */
import type { MessagePort } from 'node:worker_threads';
import { RowGroupWriter } from '../core/publish/parquet.js';
import type { ParquetReply, ParquetRequest } from './worker-parquet.js';

let writer: RowGroupWriter | undefined;

/** Starts a file (its row groups' first offset) or writes one of its row groups, answered on `port`. */
export function answerParquet(request: ParquetRequest, port: MessagePort): void {
  if ('start' in request) {
    writer = new RowGroupWriter(request.start);
    return;
  }
  try {
    const encoded = writer!.encode(request.data);
    port.postMessage({ seq: request.seq, encoded } satisfies ParquetReply, [encoded.bytes.buffer as ArrayBuffer]);
  } catch (error) {
    port.postMessage({ seq: request.seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ParquetReply);
  }
}
