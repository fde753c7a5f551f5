/**
 * The ReleaseLedger port on DynamoDB: one item per release, indexed by state for listing.
 * Releases announced but never fetched are items with an empty sha256 (failed or quarantined).
 */
import { GetItemCommand, PutItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { Release, type ReleaseState } from '../core/contract.js';
import type { ReleaseLedger } from '../core/ports.js';
import { isConditionFailed, queryAll, TABLE_SHAPE } from './dynamo-table.js';

const key = (releaseId: string) => ({ pk: { S: `REL#${releaseId}` }, sk: { S: 'REL' } });
const stateIndexKeys = (state: ReleaseState, release: { source_id: string; release_id: string }) => ({
  [TABLE_SHAPE.stateIndex.partitionKey]: `STATE#${state}`,
  [TABLE_SHAPE.stateIndex.sortKey]: `${release.source_id}#${release.release_id}`,
});

function toRelease(item: Record<string, unknown>): Release {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, ...fields } = item;
  return Release.parse(fields);
}

export class DynamoReleaseLedger implements ReleaseLedger {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
  ) {}

  async get(releaseId: string): Promise<Release | null> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.table, Key: key(releaseId), ConsistentRead: true }));
    return out.Item ? toRelease(unmarshall(out.Item)) : null;
  }

  async recordFetched(release: Release): Promise<void> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.table,
          Item: marshall({ ...release, pk: `REL#${release.release_id}`, sk: 'REL', ...stateIndexKeys(release.state, release) }, { removeUndefinedValues: true }),
          // The same content recorded twice is one record: never reset a release that already moved on.
          ConditionExpression: 'attribute_not_exists(pk) OR sha256 <> :sha',
          ExpressionAttributeValues: { ':sha': { S: release.sha256 } },
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }

  async markNormalized(releaseId: string, sha256: string, warnings: string[], dating?: Pick<Release, 'published' | 'published_from'>): Promise<void> {
    const release = await this.get(releaseId);
    if (!release || release.sha256 !== sha256) return; // a newer content revision supersedes this one
    await this.update(release, 'normalized', { warnings, reason: undefined, ...dating });
  }

  async markFailed(releaseId: string, sha256: string, reason: string, maxAttempts: number): Promise<ReleaseState> {
    const release = await this.get(releaseId);
    if (!release || release.sha256 !== sha256) return release?.state ?? 'failed';
    const attempts = release.attempts + 1;
    const state: ReleaseState = attempts >= maxAttempts ? 'quarantined' : 'failed';
    await this.update(release, state, { attempts, reason });
    return state;
  }

  async recordFetchFailure(release: Release, reason: string, maxAttempts: number): Promise<ReleaseState> {
    const existing = await this.get(release.release_id);
    if (existing && existing.sha256 !== '') return existing.state; // content we hold is never replaced by a failure
    if (existing?.state === 'quarantined') return 'quarantined';
    const attempts = (existing?.attempts ?? 0) + 1;
    const state: ReleaseState = attempts >= maxAttempts ? 'quarantined' : 'failed';
    const next: Release = { ...release, sha256: '', content_revision: 0, raw_key: '', attempts, reason, state };
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.table,
          Item: marshall({ ...next, pk: `REL#${next.release_id}`, sk: 'REL', ...stateIndexKeys(state, next) }, { removeUndefinedValues: true }),
          // Only over nothing, or over the same content-less entry we read: a concurrent fetch that stored content wins.
          ConditionExpression: existing ? 'sha256 = :empty AND attempts = :prev' : 'attribute_not_exists(pk)',
          ExpressionAttributeValues: existing ? { ':empty': { S: '' }, ':prev': { N: String(existing.attempts) } } : undefined,
        }),
      );
      return state;
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      return (await this.get(release.release_id))?.state ?? state;
    }
  }

  async list(filter: { state?: ReleaseState; sourceId?: string }): Promise<Release[]> {
    const states = filter.state ? [filter.state] : (['fetched', 'normalized', 'failed', 'quarantined'] as const);
    const releases: Release[] = [];
    const index = TABLE_SHAPE.stateIndex;
    for (const state of states) {
      for await (const item of queryAll(this.client, {
        TableName: this.table,
        IndexName: index.name,
        KeyConditionExpression: filter.sourceId ? '#p = :p AND begins_with(#s, :s)' : '#p = :p',
        ExpressionAttributeNames: filter.sourceId ? { '#p': index.partitionKey, '#s': index.sortKey } : { '#p': index.partitionKey },
        ExpressionAttributeValues: filter.sourceId ? { ':p': { S: `STATE#${state}` }, ':s': { S: `${filter.sourceId}#` } } : { ':p': { S: `STATE#${state}` } },
      })) {
        releases.push(toRelease(unmarshall(item)));
      }
    }
    return releases;
  }

  async noteHeldBack(releaseId: string, notes: string[]): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: key(releaseId),
          UpdateExpression: 'SET held_back = :notes',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':notes': { L: notes.map((n) => ({ S: n })) } },
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error; // a release that is not in the ledger has nothing to note
    }
  }

  /** Moves a release its caller has just read to `state`; the write holds only if its content is still the same. */
  private async update(release: Release, state: ReleaseState, fields: { warnings?: string[]; attempts?: number; reason?: string } & Partial<Pick<Release, 'published' | 'published_from'>>) {
    const { release_id: releaseId, sha256 } = release;
    const next: Release = { ...release, ...fields, state };
    if (fields.reason === undefined) delete next.reason;
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.table,
          Item: marshall({ ...next, pk: `REL#${releaseId}`, sk: 'REL', ...stateIndexKeys(state, next) }, { removeUndefinedValues: true }),
          ConditionExpression: 'sha256 = :sha',
          ExpressionAttributeValues: { ':sha': { S: sha256 } },
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }
}
