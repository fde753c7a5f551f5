/**
 * `customs-publisher reprocess [--source ID] [--local] [--batch N] [--after RELEASE_ID]`
 *
 * Normalizes every archived release again (after the extractors or the code lists improved), in
 * bounded batches of normalize requests. With --local it runs against the state `npm start` keeps
 * in .local/: each batch is queued, drained through the normalize handler, and the changed
 * datasets are published at the end. Without --local it reads the deployed table and queue from
 * the CP_* environment (as the Lambdas do) and only queues the batches: the normalize Lambda works
 * through them in its own SQS batches, with retries and its dead-letter queue, and the next
 * scheduled publish turns the changes into versions. Each batch prints the cursor to resume from.
 */
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoReleaseLedger } from '../../functions/adapters/dynamo-release-ledger.js';
import { awsClients } from '../../functions/aws-clients.js';
import { readRuntimeConfig } from '../../functions/config/env.js';
import type { NormalizeRequest } from '../../functions/core/contract.js';
import { planReprocessBatch, type ReprocessScope } from '../../functions/core/normalize/reprocess.js';
import type { NormalizeOutcome } from '../../functions/core/normalize/normalize-release.js';
import type { PublishOutcome } from '../../functions/core/publish/publish-dataset.js';
import { drainNormalizeQueue, useLocalEnvironment } from '../local/pipeline.js';
import { startLocalServices, type LocalServices } from '../local/services.js';

/** What a reprocessing run did. */
export interface ReprocessRun {
  batches: number;
  queued: number;
  /** Normalize outcomes (local runs only; in AWS the Lambda reports them in its logs). */
  outcomes: NormalizeOutcome[];
  published: PublishOutcome[];
}

type Say = (line: string) => void;

/** Sends normalize requests to the queue, ten per SQS batch call. */
async function enqueue(sqs: SQSClient, queueUrl: string, requests: NormalizeRequest[]): Promise<void> {
  for (let i = 0; i < requests.length; i += 10) {
    const entries = requests.slice(i, i + 10).map((request, j) => ({ Id: String(j), MessageBody: JSON.stringify(request) }));
    const out = await sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }));
    if (out.Failed?.length) throw new Error(`queueing failed for ${out.Failed.map((f) => `${requests[i + Number(f.Id)].release_id} (${f.Message})`).join(', ')}`);
  }
}

/** One pass over the ledger in batches; `work` runs after each batch is queued (local: drain it). */
async function runBatches(ledger: DynamoReleaseLedger, sqs: SQSClient, queueUrl: string, scope: ReprocessScope, say: Say, work: () => Promise<void>): Promise<{ batches: number; queued: number }> {
  const releases = await ledger.list({ sourceId: scope.sourceId });
  let after = scope.after;
  let batches = 0;
  let queued = 0;
  for (;;) {
    const batch = planReprocessBatch(releases, { ...scope, after });
    if (batch.requests.length === 0) break;
    await enqueue(sqs, queueUrl, batch.requests);
    await work();
    batches++;
    queued += batch.requests.length;
    const last = batch.requests[batch.requests.length - 1].release_id;
    say(`batch ${batches}: ${batch.requests.length} release(s) up to ${last}${batch.next ? ` — to resume: --after ${last}` : ''}`);
    if (!batch.next) break;
    after = batch.next;
  }
  return { batches, queued };
}

/** Reprocesses on local services already started (npm start's state, or a test stack), then publishes. */
export async function reprocessLocally(services: LocalServices, scope: ReprocessScope, say: Say = () => {}): Promise<ReprocessRun> {
  useLocalEnvironment(services);
  const ledger = new DynamoReleaseLedger(services.clients.dynamodb, services.config.tableName);
  const outcomes: NormalizeOutcome[] = [];
  const counts = await runBatches(ledger, services.clients.sqs, services.normalizeQueueUrl, scope, say, async () => {
    outcomes.push(...(await drainNormalizeQueue(services)).outcomes);
  });
  const { handler: publish } = await import('../../functions/publish/handler.js');
  const { outcomes: published } = await publish({});
  return { ...counts, outcomes, published };
}

/** Queues the reprocessing of the deployed pipeline's releases (CP_* environment). */
export async function reprocessDeployed(scope: ReprocessScope, say: Say): Promise<ReprocessRun> {
  const config = readRuntimeConfig();
  if (!config.normalizeQueueUrl) throw new Error('CP_NORMALIZE_QUEUE_URL is not set: reprocess queues its batches for the normalize Lambda');
  const clients = awsClients(config);
  const counts = await runBatches(new DynamoReleaseLedger(clients.dynamodb, config.tableName), clients.sqs, config.normalizeQueueUrl, scope, say, async () => {});
  return { ...counts, outcomes: [], published: [] };
}

/** The command: parses nothing itself (the dispatcher did), runs locally or against AWS, reports on stderr. */
export async function reprocessCommand(options: { source?: string; local: boolean; batch: number; after?: string }, say: Say): Promise<ReprocessRun> {
  const scope: ReprocessScope = { sourceId: options.source, after: options.after, limit: options.batch };
  if (!options.local) return reprocessDeployed(scope, say);
  const dataDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), '.local');
  const services = await startLocalServices({ dataDir, persistent: true });
  try {
    return await reprocessLocally(services, scope, say);
  } finally {
    await services.stop();
  }
}

/** `customs-publisher reprocess …` from its arguments; returns the exit code (2 for a usage error). */
export async function reprocessCli(argv: string[]): Promise<number> {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const { parseArgs } = await import('node:util');
  let values: { source?: string; local?: boolean; batch?: string; after?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { source: { type: 'string' }, local: { type: 'boolean', default: false }, batch: { type: 'string', default: '50' }, after: { type: 'string' } } }));
  } catch (error) {
    say(`customs-publisher reprocess: ${(error as Error).message}`);
    return 2;
  }
  const batch = Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 1000) {
    say(`customs-publisher reprocess: --batch must be a whole number from 1 to 1000, not "${values.batch}"`);
    return 2;
  }
  const run = await reprocessCommand({ source: values.source, local: values.local ?? false, batch, after: values.after }, say);
  const failed = run.outcomes.filter((o) => o.status === 'failed');
  for (const outcome of failed) if (outcome.status === 'failed') say(`failed: ${outcome.reason}`);
  const changed = run.outcomes.reduce((n, o) => n + (o.status === 'normalized' ? o.added + o.revised + o.removed : 0), 0);
  say(values.local
    ? `${run.queued} release(s) normalized again in ${run.batches} batch(es): ${changed} observation(s) added, revised or removed, ${failed.length} release(s) failed`
    : `${run.queued} release(s) queued in ${run.batches} batch(es) for the normalize Lambda; the next publish run turns the changes into versions`);
  for (const p of run.published) if (p.status === 'published') say(`published ${p.dataset} v${p.version}: ${p.changes.added} added, ${p.changes.revised} revised, ${p.changes.removed} removed`);
  process.stdout.write(`${JSON.stringify({ batches: run.batches, queued: run.queued, changed, failed: failed.length, published: run.published.filter((p) => p.status === 'published').map((p) => ({ dataset: p.dataset, version: p.version })) })}\n`);
  return failed.length > 0 ? 1 : 0;
}
