/**
 * `customs-publisher releases`: the release ledger. Reads the deployed table (from the CP_*
 * environment, as the Lambdas do) or, with --local, the state `npm start` keeps in .local/.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Release, ReleaseState } from '../functions/core/contract.js';
import { DynamoReleaseLedger } from '../functions/adapters/dynamo-release-ledger.js';
import { readRuntimeConfig } from '../functions/config/env.js';
import { awsClients } from '../functions/aws-clients.js';
import { startLocalServices } from './local/services.js';

/** Releases in the ledger, filtered by state and source. */
export async function listReleases(filter: { state?: ReleaseState; sourceId?: string; local: boolean }): Promise<Release[]> {
  if (!filter.local) {
    const config = readRuntimeConfig();
    return new DynamoReleaseLedger(awsClients(config).dynamodb, config.tableName).list(filter);
  }
  const dataDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), '.local');
  const services = await startLocalServices({ dataDir, persistent: true });
  try {
    return await new DynamoReleaseLedger(services.clients.dynamodb, services.config.tableName).list(filter);
  } finally {
    await services.stop();
  }
}
