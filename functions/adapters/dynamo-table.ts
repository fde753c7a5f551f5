/**
 * The single-table layout shared by every DynamoDB adapter, by infra/ (which creates the table)
 * and by the local runner (which creates the same shape on DynamoDB Local).
 *
 *   pk                      sk                         what
 *   REL#<release_id>        REL                        release ledger entry (gsi1: STATE#<state>)
 *   RELOBS#<release_id>     IDS#<chunk4>               observation ids a release currently owns, 1,000 per item
 *                                                      (an item is limited to 400 KB; a release may own tens of thousands)
 *   OBS#<dataset>           <observation_id>           current observation
 *   VIN#<dataset>           <observation_id>#<rev6>    every revision (vintages)
 *   ORD#<dataset>           <period_end>#<period_start>#<observation_id>        current observation in publish order
 *   ORDV#<dataset>          <period_end>#<period_start>#<observation_id>#<rev6> every revision in publish order
 *   ORDKEYS#<dataset>       STATE                      the dataset's ORD/ORDV items are complete (dynamo-publish-order.ts)
 *   DS#<dataset>            STATE                      publication bookkeeping and the change index (gsi1: DATASET)
 *   SRC#<source_id>         STATE                      source polling state (validators, freshness)
 *   QA#<dataset>            HELD#<observation_id>      row held back by the quality stage (gsi1: HELD)
 *   QA#<dataset>            DECISION#<id>#<rev6>#<at>  an operator's review decision
 */
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  type TransactWriteItem,
  type WriteRequest,
  type AttributeValue,
  type DynamoDBClient,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';

export const TABLE_SHAPE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  stateIndex: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
} as const;

export type Item = Record<string, AttributeValue>;

/** True for the error DynamoDB raises when a condition expression fails. */
export function isConditionFailed(error: unknown): boolean {
  return (error as { name?: string })?.name === 'ConditionalCheckFailedException' || (error as { name?: string })?.name === 'TransactionCanceledException';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** BatchGetItem in chunks of 100 with bounded, backed-off retries of UnprocessedKeys. */
export async function batchGet(client: DynamoDBClient, table: string, keys: Item[]): Promise<Item[]> {
  const found: Item[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    let pending: Item[] = keys.slice(i, i + 100);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 8) throw new Error(`BatchGetItem on ${table}: ${pending.length} keys still unprocessed after ${attempt} attempts`);
      if (attempt > 0) await sleep(Math.min(2000, 25 * 2 ** attempt) * (0.5 + Math.random() / 2));
      const out = await client.send(new BatchGetItemCommand({ RequestItems: { [table]: { Keys: pending, ConsistentRead: true } } }));
      found.push(...(out.Responses?.[table] ?? []));
      pending = (out.UnprocessedKeys?.[table]?.Keys as Item[] | undefined) ?? [];
    }
  }
  return found;
}

/** BatchWriteItem in chunks of 25 with bounded, backed-off retries of UnprocessedItems. */
export async function batchWrite(client: DynamoDBClient, table: string, requests: WriteRequest[]): Promise<void> {
  for (let i = 0; i < requests.length; i += 25) {
    let pending: WriteRequest[] = requests.slice(i, i + 25);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 8) throw new Error(`BatchWriteItem on ${table}: ${pending.length} writes still unprocessed after ${attempt} attempts`);
      if (attempt > 0) await sleep(Math.min(2000, 25 * 2 ** attempt) * (0.5 + Math.random() / 2));
      const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: pending } }));
      pending = out.UnprocessedItems?.[table] ?? [];
    }
  }
}

/** Largest TransactWriteItems DynamoDB accepts. */
export const TRANSACTION_LIMIT = 100;

/** TransactWriteItems in groups of 100: each group all or nothing (conditions hold for the whole group). */
export async function transactWriteGroups(client: DynamoDBClient, items: TransactWriteItem[]): Promise<void> {
  for (let i = 0; i < items.length; i += TRANSACTION_LIMIT) {
    await client.send(new TransactWriteItemsCommand({ TransactItems: items.slice(i, i + TRANSACTION_LIMIT) }));
  }
}

/** Every item of a query, page by page, in key order. */
export async function* queryAll(client: DynamoDBClient, input: QueryCommandInput): AsyncGenerator<Item> {
  let start: Item | undefined;
  do {
    const out = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    for (const item of out.Items ?? []) yield item;
    start = out.LastEvaluatedKey;
  } while (start);
}
