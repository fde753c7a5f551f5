/**
 * The hard extraction deadline (issue 14, item 4). Input caps keep every known input fast, but
 * before this an extractor that looped on some unforeseen input held normalize until Lambda killed
 * the invocation, taking the other releases of the batch with it. Extraction now runs in a worker
 * thread: past the deadline (or out of its heap) the thread is terminated, that release fails
 * with the reason and an attempt counted, its raw bytes stay, and the next release is extracted by
 * a fresh worker. The worker here serves the real extractors plus two deliberate misbehaviours.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { MessagePort } from 'node:worker_threads';
import { WorkerReleaseExtractor, serveExtraction } from '../../functions/adapters/worker-extractor.js';
import { SourceConfig, type ExtractionOutcome, type ObservationDraft } from '../../functions/core/contract.js';
import { EXTRACT_DEADLINE_MS } from '../../functions/core/extract/limits.js';
import { extractRelease } from '../../functions/core/extract/index.js';
import { sha256Hex } from '../../functions/core/identity.js';
import { normalizeRelease } from '../../functions/core/normalize/normalize-release.js';
import type { ObservationStore } from '../../functions/core/ports.js';
import { NORMALIZE_RESERVE_MS } from '../../functions/normalize/handler.js';
import { NORMALIZE_TIMEOUT } from '../../infra/publisher-stack.js';
import { memoryPorts } from '../support/memory-ports.js';

const RELEASE = "URUMQI, Nov. 20, 2025 -- Xinjiang's foreign trade reached 402.5 billion yuan in the first ten months of 2025, up 12.1 percent year on year.";
const ctx = { dataset: 'd', release_id: 'r1', source_url: 'https://example.org/r', published: '2025-11-20' };
const misbehaving = new URL('../support/misbehaving-extract-worker.ts', import.meta.url);
const extractors: WorkerReleaseExtractor[] = [];
const extractor = (deadlineMs: number, workerUrl?: URL, maxHeapMb?: number) => {
  const made = new WorkerReleaseExtractor({ deadlineMs, workerUrl, maxHeapMb });
  extractors.push(made);
  return made;
};
afterAll(async () => {
  await Promise.all(extractors.map((e) => e.close()));
});

describe('extraction in a worker thread', () => {
  it('gives the same outcome as extraction in this thread, from the real worker module', async () => {
    const worker = extractor(EXTRACT_DEADLINE_MS);
    expect(await worker.extract(RELEASE, ctx, { kind: 'auto' })).toEqual(extractRelease(RELEASE, ctx, { kind: 'auto' }));
    expect(await worker.extract('no figures here', ctx, { kind: 'press-release' })).toEqual(extractRelease('no figures here', ctx, { kind: 'press-release' }));
  });

  it('stops an extraction that never ends at the deadline, and the next one runs in a fresh worker', async () => {
    const worker = extractor(1500, misbehaving);
    await worker.extract(RELEASE, ctx, { kind: 'auto' }); // warm: the deadline counts from a ready worker
    const started = performance.now();
    expect(await worker.extract(`${RELEASE} spin forever`, ctx, { kind: 'auto' })).toEqual({ ok: false, reason: 'extraction did not finish within 1.5 s and was stopped' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(1400);
    expect(await worker.extract(RELEASE, ctx, { kind: 'auto' })).toMatchObject({ ok: true, rows: [expect.objectContaining({ value: 402.5e9 })] });
  });

  it('stops an extraction that exhausts the worker heap, without harm to this process', async () => {
    const worker = extractor(EXTRACT_DEADLINE_MS, misbehaving, 64);
    const outcome = await worker.extract(`${RELEASE} allocate forever`, ctx, { kind: 'auto' });
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/^extraction stopped: its worker (failed|exited)/) });
    expect(await worker.extract(RELEASE, ctx, { kind: 'auto' })).toMatchObject({ ok: true });
  });

  it('runs jobs one at a time: a queued job is not charged for the one before it', async () => {
    const worker = extractor(2000, misbehaving);
    await worker.extract(RELEASE, ctx, { kind: 'auto' });
    const [spinning, after] = await Promise.all([worker.extract('spin forever', ctx, { kind: 'auto' }), worker.extract(RELEASE, ctx, { kind: 'auto' })]);
    expect(spinning).toMatchObject({ ok: false });
    expect(after).toMatchObject({ ok: true });
  });

  it('reads a warm-up release through the real extractors before it says it is ready, so a deadline measures releases only', () => {
    const said: unknown[] = [];
    const port = { on: () => port, postMessage: (message: unknown) => said.push(message) } as unknown as MessagePort;
    const outcomes: ExtractionOutcome[] = [];
    serveExtraction((body, context, options) => {
      const outcome = extractRelease(body, context, options);
      outcomes.push(outcome);
      said.push('extracted');
      return outcome;
    }, port);
    expect(said).toEqual(['extracted', { ready: true }]);
    expect(outcomes[0]).toMatchObject({ ok: true });
    expect(outcomes[0].ok && outcomes[0].rows.length).toBeGreaterThanOrEqual(4);
  });

  it('the deadline and normalize\'s reserve fit in half the normalize timeout of the stack', () => {
    expect(EXTRACT_DEADLINE_MS + NORMALIZE_RESERVE_MS).toBeLessThanOrEqual(NORMALIZE_TIMEOUT.toMilliseconds() / 2);
  });
});

describe('normalize with the worker extractor', () => {
  it('fails a release whose extraction never ends, counts the attempt, keeps the raw bytes and goes on with the next', async () => {
    const ports = memoryPorts();
    const src = SourceConfig.parse({ id: 'news', kind: 'press-release', dataset: 'news-figures', discovery: { type: 'urls', urls: ['https://example.org/a.txt'] }, politeness: { max_attempts: 3 } });
    const archive = async (id: string, text: string) => {
      const body = new TextEncoder().encode(text);
      const sha256 = sha256Hex(body);
      const raw_key = `raw/news/2025/11/${id}/${sha256}.txt`;
      await ports.blobs.putImmutable(raw_key, body, { contentType: 'text/plain; charset=utf-8' });
      await ports.ledger.recordFetched({
        release_id: id, source_id: 'news', dataset: 'news-figures', kind: 'press-release', url: `https://example.org/${id}.txt`, sha256, content_revision: 1,
        content_type: 'text/plain; charset=utf-8', bytes: body.length, raw_key, title: id, published: '2025-11-20', fetched_at: '2025-11-20T06:00:00.000Z', state: 'fetched', attempts: 0, warnings: [],
      });
      return { source_id: 'news', release_id: id, sha256, raw_key, body };
    };
    const spinning = await archive('news-spin', `${RELEASE} spin forever`);
    const fine = await archive('news-fine', RELEASE);
    const applied: ObservationDraft[][] = [];
    const store: ObservationStore = { applyRelease: async (_d, _r, drafts) => (applied.push(drafts), { added: drafts.length, revised: 0, unchanged: 0, removed: 0 }), scan: async function* () {}, scanRevisions: async function* () {}, get: async () => [] };
    const deps = { blobs: ports.blobs, ledger: ports.ledger, observations: store, logger: { info: () => undefined, warn: () => undefined, error: () => undefined }, extractor: extractor(1500, misbehaving) };

    expect(await normalizeRelease(spinning, src, deps)).toEqual({
      status: 'failed', release_id: 'news-spin', source_id: 'news', state: 'failed',
      reason: 'source news: release news-spin (https://example.org/news-spin.txt): extraction did not finish within 1.5 s and was stopped',
    });
    expect(await ports.ledger.get('news-spin')).toMatchObject({ state: 'failed', attempts: 1 });
    expect(await ports.blobs.get(spinning.raw_key)).toEqual(spinning.body);
    expect(await normalizeRelease(fine, src, deps)).toMatchObject({ status: 'normalized', rows: 1 });
    expect(applied).toHaveLength(1);
  });
});
