/**
 * The DatasetStateStore port on DynamoDB: one item per dataset holding the change sequence, the
 * latest committed version, the last notified version and at most one pending (claimed) version
 * with its lease. Every transition is a conditional update, so racing publishers serialize here.
 */
import { GetItemCommand, UpdateItemCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { DatasetState, DatasetStateStore, PendingVersion } from '../core/ports.js';
import { isConditionFailed, queryAll, TABLE_SHAPE } from './dynamo-table.js';

const key = (dataset: string) => ({ pk: { S: `DS#${dataset}` }, sk: { S: 'STATE' } });
const n = (value: number): AttributeValue => ({ N: String(value) });
const s = (value: string): AttributeValue => ({ S: value });

function toPending(raw: unknown): PendingVersion | null {
  if (!raw || typeof raw !== 'object') return null;
  const p = raw as Record<string, unknown>;
  return { version: Number(p.version), seq: Number(p.seq), created_at: String(p.created_at), owner: String(p.owner), lease_until: String(p.lease_until) };
}

function toState(dataset: string, raw: Record<string, unknown> | undefined): DatasetState {
  const latest = Number(raw?.latest_version ?? 0);
  return {
    dataset,
    change_seq: Number(raw?.change_seq ?? 0),
    published_seq: Number(raw?.published_seq ?? 0),
    latest_version: latest,
    // Versions published before notified_version existed were notified by the code of the time.
    notified_version: Number(raw?.notified_version ?? latest),
    pending: toPending(raw?.pending),
  };
}

/** Runs a conditional update; false when the condition did not hold. */
async function conditional(client: DynamoDBClient, command: UpdateItemCommand): Promise<boolean> {
  try {
    await client.send(command);
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

export class DynamoDatasetStateStore implements DatasetStateStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
  ) {}

  async get(dataset: string): Promise<DatasetState> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.table, Key: key(dataset), ConsistentRead: true }));
    return toState(dataset, out.Item ? unmarshall(out.Item) : undefined);
  }

  async list(): Promise<DatasetState[]> {
    const states: DatasetState[] = [];
    const index = TABLE_SHAPE.stateIndex;
    for await (const item of queryAll(this.client, {
      TableName: this.table,
      IndexName: index.name,
      KeyConditionExpression: '#p = :p',
      ExpressionAttributeNames: { '#p': index.partitionKey },
      ExpressionAttributeValues: { ':p': { S: 'DATASET' } },
    })) {
      const raw = unmarshall(item);
      states.push(toState(String(raw.dataset), raw));
    }
    return states;
  }

  async markChanged(dataset: string): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.table,
        Key: key(dataset),
        UpdateExpression: 'ADD change_seq :one SET dataset = :d, gsi1pk = :g, gsi1sk = :d',
        ExpressionAttributeValues: { ':one': n(1), ':d': s(dataset), ':g': s('DATASET') },
      }),
    );
  }

  async claimVersion(dataset: string, claim: PendingVersion): Promise<boolean> {
    const from = claim.version - 1;
    return conditional(
      this.client,
      new UpdateItemCommand({
        TableName: this.table,
        Key: key(dataset),
        UpdateExpression: 'SET pending = :p, dataset = :d, gsi1pk = :g, gsi1sk = :d',
        ConditionExpression: `attribute_not_exists(pending) AND ${from === 0 ? '(attribute_not_exists(latest_version) OR latest_version = :from)' : 'latest_version = :from'}`,
        ExpressionAttributeValues: { ':p': { M: marshall(claim) }, ':from': n(from), ':d': s(dataset), ':g': s('DATASET') },
      }),
    );
  }

  async takeOverVersion(dataset: string, version: number, owner: string, leaseUntil: string, now: string): Promise<PendingVersion | null> {
    try {
      const out = await this.client.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: key(dataset),
          UpdateExpression: 'SET pending.#owner = :o, pending.lease_until = :l',
          // ISO timestamps in UTC compare correctly as strings.
          ConditionExpression: 'pending.version = :v AND (pending.lease_until < :now OR pending.#owner = :o)',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':o': s(owner), ':l': s(leaseUntil), ':v': n(version), ':now': s(now) },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toPending(out.Attributes ? unmarshall(out.Attributes).pending : null);
    } catch (error) {
      if (isConditionFailed(error)) return null;
      throw error;
    }
  }

  async renewLease(dataset: string, version: number, owner: string, leaseUntil: string): Promise<boolean> {
    return conditional(
      this.client,
      new UpdateItemCommand({
        TableName: this.table,
        Key: key(dataset),
        UpdateExpression: 'SET pending.lease_until = :l',
        ConditionExpression: 'pending.version = :v AND pending.#owner = :o',
        ExpressionAttributeNames: { '#owner': 'owner' },
        ExpressionAttributeValues: { ':o': s(owner), ':l': s(leaseUntil), ':v': n(version) },
      }),
    );
  }

  async commitVersion(dataset: string, version: number, seq: number): Promise<boolean> {
    const committed = await conditional(
      this.client,
      new UpdateItemCommand({
        TableName: this.table,
        Key: key(dataset),
        UpdateExpression: 'SET latest_version = :v, published_seq = :seq, notified_version = if_not_exists(notified_version, :from) REMOVE pending',
        ConditionExpression: 'pending.version = :v',
        ExpressionAttributeValues: { ':v': n(version), ':seq': n(seq), ':from': n(version - 1) },
      }),
    );
    if (committed) return true;
    // A resumed attempt whose earlier self already committed: the version stands.
    return (await this.get(dataset)).latest_version >= version;
  }

  async abandonVersion(dataset: string, version: number, seq: number): Promise<void> {
    await conditional(
      this.client,
      new UpdateItemCommand({
        TableName: this.table,
        Key: key(dataset),
        UpdateExpression: 'SET published_seq = :seq REMOVE pending',
        ConditionExpression: 'pending.version = :v',
        ExpressionAttributeValues: { ':v': n(version), ':seq': n(seq) },
      }),
    );
  }

  async markNotified(dataset: string, version: number): Promise<void> {
    await conditional(
      this.client,
      new UpdateItemCommand({
        TableName: this.table,
        Key: key(dataset),
        UpdateExpression: 'SET notified_version = :v',
        ConditionExpression: 'attribute_not_exists(notified_version) OR notified_version < :v',
        ExpressionAttributeValues: { ':v': n(version) },
      }),
    );
  }
}
