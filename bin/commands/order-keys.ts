/**
 * `customs-publisher order-keys [--dataset ID] [--local]`
 *
 * Gives datasets written before rows were kept in publish order their ordered items (see
 * functions/adapters/dynamo-publish-order.ts), so that publish reads them with a Query from the
 * first changed period instead of reading them whole. Until then they are read whole, as before:
 * nothing breaks meanwhile. Safe to run while normalize and publish run, and to run again (a
 * dataset already ordered is skipped). With --local it works on the state `npm start` keeps in
 * .local/; without, on the deployed table named by the CP_* environment.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDatasetStateStore } from '../../functions/adapters/dynamo-dataset-state.js';
import { isOrdered, orderDataset } from '../../functions/adapters/dynamo-publish-order.js';
import { awsClients } from '../../functions/aws-clients.js';
import { readRuntimeConfig } from '../../functions/config/env.js';
import { startLocalServices } from '../local/services.js';

type Say = (line: string) => void;

/** Orders every dataset the state table lists (or the one named) that is not ordered yet. */
export async function orderKeys(client: DynamoDBClient, table: string, only: string | undefined, say: Say): Promise<number> {
  const names = only ? [only] : (await new DynamoDatasetStateStore(client, table).list()).map((s) => s.dataset).sort();
  let ordered = 0;
  for (const dataset of names) {
    if (await isOrdered(client, table, dataset)) {
      say(`${dataset}: already in publish order`);
      continue;
    }
    const copied = await orderDataset(client, table, dataset);
    say(`${dataset}: ${copied.rows} current row(s) and ${copied.revisions} revision(s) copied to their publish-order keys`);
    ordered++;
  }
  return ordered;
}

/** `customs-publisher order-keys …` from its arguments; returns the exit code (2 for a usage error). */
export async function orderKeysCli(argv: string[]): Promise<number> {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  let values: { dataset?: string; local?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { dataset: { type: 'string' }, local: { type: 'boolean', default: false } } }));
  } catch (error) {
    say(`customs-publisher order-keys: ${(error as Error).message}`);
    return 2;
  }
  if (!values.local) {
    const config = readRuntimeConfig();
    await orderKeys(awsClients(config).dynamodb, config.tableName, values.dataset, say);
    return 0;
  }
  const services = await startLocalServices({ dataDir: join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), '.local'), persistent: true });
  try {
    await orderKeys(services.clients.dynamodb, services.config.tableName, values.dataset, say);
    return 0;
  } finally {
    await services.stop();
  }
}
