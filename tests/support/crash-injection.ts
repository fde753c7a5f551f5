/**
 * Fault injection for publish tests: decorators that let a port's writes happen and then throw
 * right after the k-th one, the way a Lambda timeout or crash would interrupt a run.
 * Several decorators can share one counter, so "the k-th write of any port" can be targeted.
 */
import type { BlobStore, DatasetStateStore, Notifier } from '../../functions/core/ports.js';

/** A shared count of writes seen so far. */
export interface WriteCounter {
  n: number;
}

function afterWrite(k: number, counter: WriteCounter, what: string) {
  return async <T>(write: Promise<T>): Promise<T> => {
    const result = await write;
    if (++counter.n === k) throw new Error(`injected crash after ${what} write ${k}`);
    return result;
  };
}

/** A BlobStore whose k-th write (put, putImmutable, putStream, copy, compose) throws after completing. */
export function failingBlobs(inner: BlobStore, k: number, counter: WriteCounter = { n: 0 }, what = 'blob'): BlobStore {
  const after = afterWrite(k, counter, what);
  return {
    putImmutable: (key, body, meta) => after(inner.putImmutable(key, body, meta)),
    put: (key, body, meta) => after(inner.put(key, body, meta)),
    putStream: (key, body, meta) => after(inner.putStream(key, body, meta)),
    copy: (from, to, meta) => after(inner.copy(from, to, meta)),
    compose: (key, copies, tail, meta) => after(inner.compose(key, copies, tail, meta)),
    get: (key) => inner.get(key),
    getRange: (key, start, end) => inner.getRange(key, start, end),
    getStream: (key) => inner.getStream(key),
    exists: (key) => inner.exists(key),
    list: (prefix) => inner.list(prefix),
  };
}

/** A DatasetStateStore whose k-th state write (claim, take over, renew, commit, abandon, notified) throws after completing. */
export function failingState(inner: DatasetStateStore, k: number, counter: WriteCounter = { n: 0 }, what = 'state'): DatasetStateStore {
  const after = afterWrite(k, counter, what);
  return {
    get: (d) => inner.get(d),
    list: () => inner.list(),
    markChanged: (d) => inner.markChanged(d),
    claimVersion: (d, c) => after(inner.claimVersion(d, c)),
    takeOverVersion: (d, v, o, l, n) => after(inner.takeOverVersion(d, v, o, l, n)),
    renewLease: (d, v, o, l) => after(inner.renewLease(d, v, o, l)),
    commitVersion: (d, v, s) => after(inner.commitVersion(d, v, s)),
    abandonVersion: (d, v, s) => after(inner.abandonVersion(d, v, s)),
    markNotified: (d, v) => after(inner.markNotified(d, v)),
  };
}

/** A Notifier whose k-th notification throws after it was sent (k = 1 by default). */
export function failingNotifier(inner: Notifier, k = 1, counter: WriteCounter = { n: 0 }, what = 'notify'): Notifier {
  const after = afterWrite(k, counter, what);
  return { notify: (message) => after(inner.notify(message)) };
}
