/**
 * `customs-publisher releases retry ID` / `releases quarantine ID --reason TEXT` /
 * `releases redrive --from DLQ_URL`: an operator's decisions on releases, against the deployed
 * table and queue (CP_* environment, as the Lambdas read it) or, with --local, the state `npm start` keeps.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DynamoReleaseLedger } from '../../functions/adapters/dynamo-release-ledger.js';
import { SqsNormalizeQueue } from '../../functions/adapters/sqs-normalize-queue.js';
import { redriveDeadLetters } from '../../functions/adapters/sqs-redrive.js';
import { awsClients } from '../../functions/aws-clients.js';
import { readRuntimeConfig, type RuntimeConfig } from '../../functions/config/env.js';
import { quarantineRelease, retryRelease } from '../../functions/core/operations/release-decisions.js';
import { startLocalServices } from '../local/services.js';

type Clients = ReturnType<typeof awsClients>;

/** Runs `use` against the deployed services, or the local ones kept in .local/. */
async function withServices<T>(local: boolean, use: (clients: Clients, config: RuntimeConfig) => Promise<T>): Promise<T> {
  if (!local) {
    const config = readRuntimeConfig();
    return use(awsClients(config), config);
  }
  const dataDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), '.local');
  const services = await startLocalServices({ dataDir, persistent: true });
  try {
    return await use(services.clients, services.config);
  } finally {
    await services.stop();
  }
}

/** Thrown for a wrong command line; the CLI prints it with the usage and exits 2. */
export class DecisionUsageError extends Error {}

/** Runs one decision subcommand; returns the exit code (0 done, 1 the release is unknown). */
export async function releaseDecisionCommand(sub: 'retry' | 'quarantine' | 'redrive', argv: string[], print: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { local: { type: 'boolean', default: false }, reason: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } } });
  if (sub === 'redrive') {
    if (!values.from) throw new DecisionUsageError('releases redrive needs --from DEAD_LETTER_QUEUE_URL');
    return withServices(values.local, async (clients, config) => {
      const to = values.to ?? config.normalizeQueueUrl;
      if (!to) throw new DecisionUsageError('releases redrive needs --to QUEUE_URL (or CP_NORMALIZE_QUEUE_URL)');
      const moved = await redriveDeadLetters(clients.sqs, values.from!, to);
      print(`${moved} message(s) moved from ${values.from} to ${to}`);
      return 0;
    });
  }
  if (positionals.length !== 1) throw new DecisionUsageError(`releases ${sub} takes exactly one RELEASE_ID`);
  if (sub === 'quarantine' && !values.reason) throw new DecisionUsageError('releases quarantine needs --reason TEXT (it is kept in the ledger)');
  const [releaseId] = positionals;
  return withServices(values.local, async (clients, config) => {
    const ledger = new DynamoReleaseLedger(clients.dynamodb, config.tableName);
    const outcome =
      sub === 'retry'
        ? await retryRelease(releaseId, { ledger, queue: config.normalizeQueueUrl ? new SqsNormalizeQueue(clients.sqs, config.normalizeQueueUrl) : undefined })
        : await quarantineRelease(releaseId, values.reason!, { ledger });
    print(outcome.message);
    return outcome.ok ? 0 : 1;
  });
}
