/**
 * `customs-publisher review`: rows the quality stage held back, and the operator's decisions.
 *
 *   review [--dataset D] [--local] [--format table|json]     list held-back rows with their evidence
 *   review accept ID --reason "..." [--by NAME] [--local]     publish it in the next version
 *   review reject ID --reason "..." [--by NAME] [--local]     keep it out, recorded as rejected
 *
 * Reads the deployed table (CP_* environment, as the Lambdas do) or, with --local, the state
 * `npm start` keeps in .local/.
 */
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DynamoDatasetStateStore } from '../../functions/adapters/dynamo-dataset-state.js';
import { DynamoQualityReviewStore } from '../../functions/adapters/dynamo-quality-review.js';
import { awsClients } from '../../functions/aws-clients.js';
import { readRuntimeConfig } from '../../functions/config/env.js';
import { decideHeldRow } from '../../functions/core/quality/decide.js';
import type { HeldRow } from '../../functions/core/quality/review.js';
import { startLocalServices } from '../local/services.js';

type Out = { out: (text: string) => void; err: (text: string) => void };

/** Runs `fn` with the review store and dataset states of the deployed table or of .local/. */
async function withStores<T>(local: boolean, fn: (stores: { reviews: DynamoQualityReviewStore; datasets: DynamoDatasetStateStore }) => Promise<T>): Promise<T> {
  if (!local) {
    const config = readRuntimeConfig();
    const { dynamodb } = awsClients(config);
    return fn({ reviews: new DynamoQualityReviewStore(dynamodb, config.tableName), datasets: new DynamoDatasetStateStore(dynamodb, config.tableName) });
  }
  const dataDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), '.local');
  const services = await startLocalServices({ dataDir, persistent: true });
  try {
    const { dynamodb } = services.clients;
    return await fn({ reviews: new DynamoQualityReviewStore(dynamodb, services.config.tableName), datasets: new DynamoDatasetStateStore(dynamodb, services.config.tableName) });
  } finally {
    await services.stop();
  }
}

function printHeld(rows: HeldRow[], io: Out): void {
  for (const h of rows) {
    io.out(`${h.status.padEnd(8)} ${h.dataset}/${h.observation_id} rev ${h.revision} (held since v${h.since_version})\n`);
    io.out(`         ${h.label}\n         from ${h.release_id} (${h.published}) ${h.source_url}\n`);
    for (const reason of h.reasons) io.out(`         why: ${reason}\n`);
  }
  io.err(`${rows.length} held-back row(s)${rows.length ? '; decide with `review accept ID --reason "..."` or `review reject ID --reason "..."`' : ''}`);
}

/** The `review` command; returns the exit code (usage errors are thrown as `usage`). */
export async function reviewCommand(argv: string[], io: Out, usage: (message: string) => Error): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { dataset: { type: 'string' }, local: { type: 'boolean', default: false }, format: { type: 'string', default: 'table' }, reason: { type: 'string' }, by: { type: 'string' } },
  });
  const [action, id, ...extra] = positionals;
  if (!action) {
    const rows = await withStores(values.local, ({ reviews }) => reviews.listHeld(values.dataset));
    if (values.format === 'json') io.out(`${JSON.stringify(rows, null, 2)}\n`);
    else printHeld(rows, io);
    return 0;
  }
  if (action !== 'accept' && action !== 'reject') throw usage(`review takes accept or reject, not "${action}"`);
  if (!id || extra.length > 0) throw usage(`review ${action} takes exactly one ID`);
  if (!values.reason?.trim()) throw usage(`review ${action} needs --reason "..." (it is published with the next version)`);
  const by = values.by ?? process.env.USER ?? userInfo().username;
  const { decision, row } = await withStores(values.local, ({ reviews, datasets }) =>
    decideHeldRow({ id, decision: action, reason: values.reason!, by, dataset: values.dataset }, { reviews, datasets, clock: { now: () => new Date() } }),
  );
  io.out(`${decision.decision}ed ${row.dataset}/${row.observation_id} rev ${row.revision} by ${decision.by} at ${decision.at}: ${decision.reason}\n`);
  io.err(action === 'accept' ? 'the next publish includes it (run `npm start` locally)' : 'it stays out of the published data');
  return 0;
}
