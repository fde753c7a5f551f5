/**
 * Rows kept in publish order in the table, so that publish streams them with a Query (strongly
 * consistent, page by page) instead of reading a dataset whole and sorting it, and reads only the
 * periods that changed: `sk >= <period_end>` (or BETWEEN two periods) is a key condition.
 *
 *   pk              sk                                                   what
 *   ORD#<dataset>   <period_end>#<period_start>#<observation_id>         current row (marked `removed` when removed)
 *   ORDV#<dataset>  <period_end>#<period_start>#<observation_id>#<rev6>  every revision
 *   ORDKEYS#<dataset> STATE                                              present once the two above hold every row
 *
 * The current item by id (OBS#) stays: releases and the quality gate look rows up by id. Periods
 * are YYYY-MM or empty and ids are hex, so '#' (below '-' and the digits) orders these keys exactly
 * as publish/row-order.ts does. A dataset whose rows were written before these keys existed is
 * read the old way (whole, sorted in memory) until `orderDataset` has copied its rows
 * (`customs-publisher order-keys`); a dataset's first release marks it ordered when it has no row yet.
 */
import { GetItemCommand, PutItemCommand, TransactWriteItemsCommand, type DynamoDBClient, type TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Observation } from '../core/contract.js';
import type { ScanRange } from '../core/ports.js';
import { batchWrite, isConditionFailed, queryAll, TRANSACTION_LIMIT, type Item } from './dynamo-table.js';

const SEP = '#';
export const orderedPk = (dataset: string) => `ORD#${dataset}`;
export const orderedVintagePk = (dataset: string) => `ORDV#${dataset}`;
const flagKey = (dataset: string) => ({ pk: { S: `ORDKEYS#${dataset}` }, sk: { S: 'STATE' } });

/** The sort key of a row in publish order. */
export function orderedSk(row: Pick<Observation, 'period_end' | 'period_start' | 'observation_id'>): string {
  return `${row.period_end ?? ''}${SEP}${row.period_start ?? ''}${SEP}${row.observation_id}`;
}

/** The sort key of one revision: publish order, then revision. */
export const orderedVintageSk = (row: Observation) => `${orderedSk(row)}${SEP}${String(row.revision).padStart(6, '0')}`;

/** Whether every row of the dataset has its ordered items (consistent read: a flag set a moment ago counts). */
export async function isOrdered(client: DynamoDBClient, table: string, dataset: string): Promise<boolean> {
  const out = await client.send(new GetItemCommand({ TableName: table, Key: flagKey(dataset), ConsistentRead: true }));
  return out.Item !== undefined;
}

/** Records that the dataset's ordered items are complete. */
export async function markOrdered(client: DynamoDBClient, table: string, dataset: string): Promise<void> {
  await client.send(new PutItemCommand({ TableName: table, Item: { ...flagKey(dataset), ordered_since: { S: new Date().toISOString() } } }));
}

/**
 * Items of an ordered partition in key order, from a period on (a key condition: earlier items
 * are not read); `skipRemoved` leaves out current rows marked removed.
 */
export function queryOrdered(client: DynamoDBClient, table: string, pk: string, range: ScanRange = {}, options: { skipRemoved?: boolean } = {}): AsyncGenerator<Item> {
  const from = range.fromPeriodEnd;
  // Every key of a period P is `P#...`, and '$' follows '#': keys up to `P$` are those through P.
  const to = range.throughPeriodEnd === undefined ? undefined : `${range.throughPeriodEnd}$`;
  const condition = from && to ? 'pk = :p AND sk BETWEEN :from AND :to' : from ? 'pk = :p AND sk >= :from' : to ? 'pk = :p AND sk <= :to' : 'pk = :p';
  return queryAll(client, {
    TableName: table,
    KeyConditionExpression: condition,
    FilterExpression: options.skipRemoved ? 'attribute_not_exists(removed) OR removed <> :removed' : undefined,
    ExpressionAttributeValues: { ':p': { S: pk }, ...(from ? { ':from': { S: from } } : {}), ...(to ? { ':to': { S: to } } : {}), ...(options.skipRemoved ? { ':removed': { BOOL: true } } : {}) },
  });
}

/** The ordered copy of a row (current or vintage): the row's attributes under the ordered key. */
export const orderedItem = (pk: string, sk: string, row: Observation): Item => marshall({ ...row, pk, sk }, { removeUndefinedValues: true });

/**
 * Gives a dataset written before the ordered keys its ordered items, then marks it ordered:
 * every revision is copied (immutable, so a plain put), and each current row under a condition
 * on its by-id item (same revision, not removed) so that a release applied meanwhile, which
 * writes the ordered items itself, is never overwritten with an older copy. Idempotent; returns
 * the rows and revisions copied.
 */
export async function orderDataset(client: DynamoDBClient, table: string, dataset: string): Promise<{ rows: number; revisions: number }> {
  let revisions = 0;
  let batch: Item[] = [];
  const flush = async () => {
    await batchWrite(client, table, batch.map((Item) => ({ PutRequest: { Item } })));
    revisions += batch.length;
    batch = [];
  };
  for await (const item of queryAll(client, { TableName: table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: `VIN#${dataset}` } } })) {
    const row = unmarshall(item) as Observation;
    batch.push(orderedItem(orderedVintagePk(dataset), orderedVintageSk(row), row));
    if (batch.length >= 500) await flush();
  }
  await flush();

  let rows = 0;
  let group: Array<{ row: Observation; raw: Record<string, unknown> }> = [];
  const copyGroup = async () => {
    rows += await copyCurrent(client, table, dataset, group);
    group = [];
  };
  for await (const item of queryAll(client, { TableName: table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: `OBS#${dataset}` } } })) {
    const raw = unmarshall(item);
    if (raw.removed === true) continue;
    const { pk: _pk, sk: _sk, removed: _removed, ...row } = raw;
    group.push({ row: row as Observation, raw });
    if (group.length >= TRANSACTION_LIMIT / 2) await copyGroup();
  }
  await copyGroup();
  await markOrdered(client, table, dataset);
  return { rows, revisions };
}

/** Copies current rows to their ordered keys, all in one transaction, or one by one when a condition fails. */
async function copyCurrent(client: DynamoDBClient, table: string, dataset: string, group: Array<{ row: Observation; raw: Record<string, unknown> }>): Promise<number> {
  const items = (entry: { row: Observation; raw: Record<string, unknown> }): TransactWriteItem[] => [
    {
      ConditionCheck: {
        TableName: table,
        Key: { pk: { S: `OBS#${dataset}` }, sk: { S: entry.row.observation_id } },
        ConditionExpression: 'revision = :r AND (attribute_not_exists(removed) OR removed = :f)',
        ExpressionAttributeValues: { ':r': { N: String(entry.raw.revision) }, ':f': { BOOL: false } },
      },
    },
    { Put: { TableName: table, Item: orderedItem(orderedPk(dataset), orderedSk(entry.row), entry.row), ConditionExpression: 'attribute_not_exists(pk)' } },
  ];
  if (group.length === 0) return 0;
  try {
    await client.send(new TransactWriteItemsCommand({ TransactItems: group.flatMap(items) }));
    return group.length;
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
  let copied = 0;
  for (const entry of group) {
    try {
      await client.send(new TransactWriteItemsCommand({ TransactItems: items(entry) }));
      copied++;
    } catch (error) {
      // Changed, removed or already copied since it was read: the release that did it wrote its ordered item.
      if (!isConditionFailed(error)) throw error;
    }
  }
  return copied;
}
