/**
 * The DatasetStateStore port on DynamoDB: one item per dataset holding the change sequence and the
 * change index (changed_periods: period -> change_seq, a map in the same item, so one update sets
 * both), the latest committed version, the last notified version and at most one pending (claimed) version
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

/**
 * Map keys of changed_periods: a period_end, or NO_PERIOD for rows without one (a DynamoDB
 * attribute name cannot be empty).
 */
const NO_PERIOD = 'none';
/** Periods set per update: keeps the update expression far below DynamoDB's 4 KB. */
const PERIODS_PER_UPDATE = 50;

function toChangedPeriods(raw: unknown): Record<string, number> {
  const periods: Record<string, number> = {};
  for (const [name, seq] of Object.entries((raw as Record<string, unknown> | undefined) ?? {})) periods[name === NO_PERIOD ? '' : name] = Number(seq);
  return periods;
}

function toState(dataset: string, raw: Record<string, unknown> | undefined): DatasetState {
  const latest = Number(raw?.latest_version ?? 0);
  const changeSeq = Number(raw?.change_seq ?? 0);
  return {
    dataset,
    change_seq: changeSeq,
    changed_periods: toChangedPeriods(raw?.changed_periods),
    // A state item from before the index: the changes it has counted so far are not indexed.
    changed_periods_since: Number(raw?.changed_periods_since ?? (raw?.changed_periods === undefined ? changeSeq : 0)),
    published_seq: Number(raw?.published_seq ?? 0),
    latest_version: latest,
    // Versions published before notified_version existed were notified by the code of the time.
    notified_version: Number(raw?.notified_version ?? latest),
    pending: toPending(raw?.pending),
  };
}

/** The error DynamoDB raises when an update sets an entry of a map the item does not have yet. */
function isMissingMap(error: unknown): boolean {
  return (error as { name?: string })?.name === 'ValidationException' && /document path/i.test((error as Error).message);
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

/** The expression names of periods in a change index update (#p0, #p1, ...). */
function periodNames(periods: string[]): Record<string, string> {
  return Object.fromEntries(periods.map((p, i) => [`#p${i}`, p]));
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

  async markChanged(dataset: string, periods: Iterable<string> = []): Promise<void> {
    const names = [...new Set(periods)].sort().map((p) => (p === '' ? NO_PERIOD : p));
    // The first update bumps change_seq and sets the first periods to the new value (operands read
    // the item as it was before the update); the rest, if any, get the value it returned.
    const first = names.slice(0, PERIODS_PER_UPDATE);
    let seq: number;
    try {
      seq = await this.bumpChangeSeq(dataset, first);
    } catch (error) {
      if (!isMissingMap(error)) throw error;
      await this.startIndex(dataset);
      seq = await this.bumpChangeSeq(dataset, first);
    }
    for (let i = PERIODS_PER_UPDATE; i < names.length; i += PERIODS_PER_UPDATE) await this.markPeriods(dataset, names.slice(i, i + PERIODS_PER_UPDATE), seq);
  }

  /** Counts a change (change_seq + 1) and marks up to PERIODS_PER_UPDATE periods with it: the new change_seq. */
  private async bumpChangeSeq(dataset: string, periods: string[]): Promise<number> {
    const out = await this.client.send(
      new UpdateItemCommand({
        TableName: this.table,
        Key: key(dataset),
        UpdateExpression: `SET change_seq = if_not_exists(change_seq, :zero) + :one, dataset = :d, gsi1pk = :g, gsi1sk = :d${periods.map((_, i) => `, changed_periods.#p${i} = if_not_exists(change_seq, :zero) + :one`).join('')}`,
        ExpressionAttributeNames: periods.length > 0 ? periodNames(periods) : undefined,
        ExpressionAttributeValues: { ':zero': n(0), ':one': n(1), ':d': s(dataset), ':g': s('DATASET') },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(unmarshall(out.Attributes ?? {}).change_seq);
  }

  /** Marks more periods changed at `seq`. */
  private async markPeriods(dataset: string, periods: string[], seq: number): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.table,
        Key: key(dataset),
        UpdateExpression: `SET ${periods.map((_, j) => `changed_periods.#p${j} = :seq`).join(', ')}`,
        ExpressionAttributeNames: periodNames(periods),
        ExpressionAttributeValues: { ':seq': n(seq) },
      }),
    );
  }

  /**
   * Creates the dataset's empty change index (a nested map entry cannot be set before its map
   * exists), noting that the changes counted so far are not in it. Once per dataset.
   */
  private async startIndex(dataset: string): Promise<void> {
    await conditional(
      this.client,
      new UpdateItemCommand({
        TableName: this.table,
        Key: key(dataset),
        UpdateExpression: 'SET changed_periods = :empty, changed_periods_since = if_not_exists(change_seq, :zero)',
        ConditionExpression: 'attribute_not_exists(changed_periods)',
        ExpressionAttributeValues: { ':empty': { M: {} }, ':zero': n(0) },
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
