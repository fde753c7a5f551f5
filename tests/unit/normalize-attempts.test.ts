/**
 * A release that makes normalize throw or time out (issue 14, item 2). Before, such a release
 * stayed `fetched` with no attempt counted, went to the dead-letter queue, and ingest handed it on
 * again every hour forever. Now every attempt is counted when it starts, the release is quarantined
 * after max_attempts, and operators can retry or quarantine a release and redrive the DLQ.
 */
import { CreateQueueCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { startFauxqs } from 'fauxqs';
import { describe, expect, it } from 'vitest';
import { redriveDeadLetters } from '../../functions/adapters/sqs-redrive.js';
import { SourceConfig, type Release } from '../../functions/core/contract.js';
import { sha256Hex } from '../../functions/core/identity.js';
import { ingestSources, REQUEUE_FETCHED_AFTER_MS } from '../../functions/core/ingest/ingest-sources.js';
import { normalizeRelease, type NormalizeDeps } from '../../functions/core/normalize/normalize-release.js';
import { inProcessExtractor } from '../../functions/core/normalize/in-process-extractor.js';
import { quarantineRelease, retryRelease } from '../../functions/core/operations/release-decisions.js';
import type { ObservationStore, SourceFetcher } from '../../functions/core/ports.js';
import { memoryPorts, recordingStore } from '../support/memory-ports.js';

const BODY = 'URUMQI, Nov. 20, 2025 -- Xinjiang\'s foreign trade reached 402.5 billion yuan in the first ten months of 2025, up 12.1 percent year on year, the regional customs said.\n';
const SRC = SourceConfig.parse({ id: 'crashy', kind: 'press-release', dataset: 'crashy-figures', discovery: { type: 'urls', urls: ['https://example.org/r.txt'] }, politeness: { max_attempts: 3 } });
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** An observation store whose writes behave like a Lambda that dies mid-release. */
function crashingStore(mode: 'throw' | 'hang'): ObservationStore & { calls: number } {
  return {
    calls: 0,
    async applyRelease(): Promise<never> {
      this.calls++;
      if (mode === 'throw') throw new Error('simulated crash while writing rows');
      return new Promise<never>(() => undefined); // the invocation is killed by its timeout
    },
    scan: async function* () {},
    scanRevisions: async function* () {},
    get: async () => [],
  };
}


async function fetchedRelease(ports: ReturnType<typeof memoryPorts>): Promise<Release> {
  const sha256 = sha256Hex(new TextEncoder().encode(BODY));
  const release: Release = {
    release_id: 'crashy-0001', source_id: 'crashy', dataset: 'crashy-figures', kind: 'press-release', url: 'https://example.org/r.txt', sha256,
    content_revision: 1, content_type: 'text/plain; charset=utf-8', bytes: BODY.length, raw_key: `raw/crashy/2025/11/crashy-0001/${sha256}.txt`,
    title: 'Ten months', published: '2025-11-20', fetched_at: '2025-11-20T06:00:00.000Z', state: 'fetched', attempts: 0, warnings: [],
  };
  await ports.blobs.putImmutable(release.raw_key, new TextEncoder().encode(BODY), { contentType: release.content_type });
  await ports.ledger.recordFetched(release);
  return release;
}

describe('a release that makes normalize crash', () => {
  it('counts every crash as an attempt and quarantines after max_attempts, with the reason', async () => {
    const ports = memoryPorts();
    const release = await fetchedRelease(ports);
    const store = crashingStore('throw');
    const deps: NormalizeDeps = { extractor: inProcessExtractor, blobs: ports.blobs, ledger: ports.ledger, observations: store, logger: quiet };
    const request = { source_id: 'crashy', release_id: release.release_id, sha256: release.sha256 };
    for (let attempt = 1; attempt <= 3; attempt++) {
      await expect(normalizeRelease(request, SRC, deps)).rejects.toThrow('simulated crash');
      expect(await ports.ledger.get(release.release_id)).toMatchObject({ state: 'fetched', attempts: attempt });
    }
    const outcome = await normalizeRelease(request, SRC, deps);
    expect(outcome).toMatchObject({ status: 'failed', state: 'quarantined', reason: expect.stringContaining('quarantined after 3 attempts') });
    expect(await ports.ledger.get(release.release_id)).toMatchObject({
      state: 'quarantined', attempts: 3,
      reason: 'source crashy: release crashy-0001 (https://example.org/r.txt): gave up after 3 attempts; last: normalize did not finish (crashed or timed out)',
    });
    expect(store.calls).toBe(3);
  });

  it('an attempt killed by the timeout counts too, and the hourly re-queue by ingest ends once it is quarantined', async () => {
    const ports = memoryPorts();
    const release = await fetchedRelease(ports);
    let now = new Date('2025-11-20T06:00:00Z');
    const fetcher: SourceFetcher = { fetch: async (r) => ({ status: 'not-modified', url: r.url }) };
    const ingestDeps = { ...ports, fetcher, clock: { now: () => now }, logger: quiet, wait: async () => undefined, random: () => 0.5 };
    const store = crashingStore('hang');
    const deps: NormalizeDeps = { extractor: inProcessExtractor, blobs: ports.blobs, ledger: ports.ledger, observations: store, logger: quiet };

    let hourlyRuns = 0;
    for (; hourlyRuns < 10; hourlyRuns++) {
      now = new Date(now.getTime() + REQUEUE_FETCHED_AFTER_MS + 60_000);
      await ingestSources([SRC], ingestDeps);
      const messages = ports.queue.drain();
      if (messages.length === 0) break;
      // Each message is tried and killed by the Lambda timeout (the promise never settles).
      for (const message of messages) void normalizeRelease(message, SRC, deps);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await ports.ledger.get(release.release_id)).toMatchObject({ state: 'quarantined', attempts: 3 });
    expect(store.calls).toBe(3);
    expect(hourlyRuns).toBe(4); // three killed attempts, the fourth message quarantines, then nothing more is queued
  });
});

describe('operator decisions', () => {
  it('releases retry clears the attempts and hands the release to normalize again; it then normalizes', async () => {
    const ports = memoryPorts();
    const release = await fetchedRelease(ports);
    await quarantineRelease(release.release_id, 'looks broken', { ledger: ports.ledger });
    expect(await ports.ledger.get(release.release_id)).toMatchObject({ state: 'quarantined', reason: 'quarantined by an operator: looks broken' });

    const outcome = await retryRelease(release.release_id, { ledger: ports.ledger, queue: ports.queue });
    expect(outcome).toMatchObject({ ok: true, message: 'release crashy-0001: attempts cleared and handed to normalize again' });
    expect(await ports.ledger.get(release.release_id)).toMatchObject({ state: 'fetched', attempts: 0 });
    const [message] = ports.queue.drain();
    expect(message).toEqual({ source_id: 'crashy', release_id: 'crashy-0001', sha256: release.sha256 });

    const store = recordingStore();
    const normalized = await normalizeRelease(message, SRC, { extractor: inProcessExtractor, blobs: ports.blobs, ledger: ports.ledger, observations: store, logger: quiet });
    expect(normalized).toMatchObject({ status: 'normalized', rows: store.applied[0].length });
    expect(store.applied[0].length).toBeGreaterThan(0);
    expect(await ports.ledger.get(release.release_id)).toMatchObject({ state: 'normalized', attempts: 1 });
  });

  it('a quarantined release is left alone by normalize, and an unknown id is reported', async () => {
    const ports = memoryPorts();
    const release = await fetchedRelease(ports);
    await quarantineRelease(release.release_id, 'operator says no', { ledger: ports.ledger });
    const store = recordingStore();
    const outcome = await normalizeRelease({ source_id: 'crashy', release_id: release.release_id, sha256: release.sha256 }, SRC, { extractor: inProcessExtractor, blobs: ports.blobs, ledger: ports.ledger, observations: store, logger: quiet });
    expect(outcome).toMatchObject({ status: 'skipped' });
    expect(store.applied).toEqual([]);
    expect(await retryRelease('nope', { ledger: ports.ledger })).toEqual({ ok: false, message: 'release nope is not in the ledger' });
  });
});

describe('reprocessing', () => {
  it('normalizes a quarantined or normalized release again with a fresh count of attempts', async () => {
    const ports = memoryPorts();
    const release = await fetchedRelease(ports);
    await quarantineRelease(release.release_id, 'was broken', { ledger: ports.ledger });
    const store = recordingStore();
    const request = { source_id: 'crashy', release_id: release.release_id, sha256: release.sha256, reprocess: true };
    expect(await normalizeRelease(request, SRC, { extractor: inProcessExtractor, blobs: ports.blobs, ledger: ports.ledger, observations: store, logger: quiet })).toMatchObject({ status: 'normalized' });
    expect(await ports.ledger.get(release.release_id)).toMatchObject({ state: 'normalized', attempts: 1 });
    expect(await normalizeRelease(request, SRC, { extractor: inProcessExtractor, blobs: ports.blobs, ledger: ports.ledger, observations: store, logger: quiet })).toMatchObject({ status: 'normalized' });
    expect(await ports.ledger.get(release.release_id)).toMatchObject({ state: 'normalized', attempts: 1 });
  });
});

describe('dead-letter redrive', () => {
  it('moves every message of the DLQ back to the normalize queue, bodies unchanged', async () => {
    const server = await startFauxqs({ port: 0, logger: false });
    try {
      const sqs = new SQSClient({ endpoint: `http://127.0.0.1:${server.port}`, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
      const { QueueUrl: dlq } = await sqs.send(new CreateQueueCommand({ QueueName: 'normalize-dlq' }));
      const { QueueUrl: queue } = await sqs.send(new CreateQueueCommand({ QueueName: 'normalize' }));
      const bodies = Array.from({ length: 13 }, (_, i) => JSON.stringify({ source_id: 'crashy', release_id: `crashy-${i}`, sha256: 'a'.repeat(64) }));
      for (const body of bodies) await sqs.send(new SendMessageCommand({ QueueUrl: dlq, MessageBody: body }));

      expect(await redriveDeadLetters(sqs, dlq!, queue!)).toBe(13);
      const received: string[] = [];
      for (;;) {
        const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queue, MaxNumberOfMessages: 10 }));
        if (Messages.length === 0) break;
        received.push(...Messages.map((m) => m.Body!));
      }
      expect(received.sort()).toEqual([...bodies].sort());
      expect((await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq, MaxNumberOfMessages: 10 }))).Messages ?? []).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
