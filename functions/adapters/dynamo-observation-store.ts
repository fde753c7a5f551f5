/**
 * The ObservationStore port on DynamoDB. Writes are ordered so that a crash at any point is
 * repaired by replaying the same release: the dataset is marked changed first, each revision is
 * written to its deterministic vintage key before the current item moves, and the current item
 * moves only under a condition on the revision it replaces.
 */
import { PutItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { OBSERVATION_COLUMNS, type Observation, type ObservationDraft } from '../core/contract.js';
import { derivedColumns } from '../core/codes/harmonize.js';
import { observationFromDraft, sameFigure } from '../core/normalize/revisions.js';
import type { DatasetStateStore, ObservationStore, UpsertSummary } from '../core/ports.js';
import { batchGet, isConditionFailed, queryAll, type Item } from './dynamo-table.js';

const currentKey = (dataset: string, id: string) => ({ pk: { S: `OBS#${dataset}` }, sk: { S: id } });
const vintageSk = (id: string, revision: number) => `${id}#${String(revision).padStart(6, '0')}`;
const ownershipKey = (releaseId: string) => ({ pk: { S: `RELOBS#${releaseId}` }, sk: { S: 'IDS' } });

interface StoredObservation extends Observation {
  removed?: boolean;
}

/**
 * The public row of a stored item: exactly the contract's columns, in order. Items written before
 * schema 1.1.0 lack the derived columns; they are derived from the item itself until
 * `customs-publisher reprocess` rewrites it.
 */
function toObservation(raw: Record<string, unknown>): Observation {
  const derived = raw.period_type === undefined ? derivedColumns(raw as unknown as ObservationDraft) : undefined;
  const row: Record<string, unknown> = {};
  for (const column of OBSERVATION_COLUMNS) row[column] = raw[column] ?? (derived as Record<string, unknown> | undefined)?.[column] ?? null;
  return row as Observation;
}

/**
 * Whether the current figure comes from a release published after this one: an older report
 * normalized late (or again, by reprocessing) never overwrites a newer one, so preliminary figures
 * never replace the bulletin's.
 */
function supersededBy(existing: Observation, incoming: Observation, releaseId: string): boolean {
  return existing.release_id !== releaseId && existing.published > incoming.published;
}

export class DynamoObservationStore implements ObservationStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
    private readonly datasets: DatasetStateStore,
  ) {}

  async applyRelease(dataset: string, releaseId: string, drafts: ObservationDraft[]): Promise<UpsertSummary> {
    const incoming = new Map<string, Observation>();
    for (const draft of drafts) {
      const row = observationFromDraft(draft, 1);
      // The first statement of a figure in a release wins; a repeat (a summary restating it) is not a new row.
      if (!incoming.has(row.observation_id)) incoming.set(row.observation_id, row);
    }
    const [currentItems, ownership] = await Promise.all([
      batchGet(this.client, this.table, [...incoming.keys()].map((id) => currentKey(dataset, id))),
      batchGet(this.client, this.table, [ownershipKey(releaseId)]),
    ]);
    const current = new Map(currentItems.map((item) => { const raw = unmarshall(item) as StoredObservation; return [raw.observation_id, raw]; }));
    const previouslyOwned: string[] = ownership[0] ? ((unmarshall(ownership[0]).ids as string[]) ?? []) : [];

    const writes: Array<{ row: Observation; replaces: StoredObservation | undefined }> = [];
    let unchanged = 0;
    for (const [id, row] of incoming) {
      const existing = current.get(id);
      if (existing && !existing.removed && (sameFigure(existing, row) || supersededBy(existing, row, releaseId))) { unchanged++; continue; }
      const revision = existing ? existing.revision + 1 : 1;
      writes.push({ row: { ...row, revision, status: revision > 1 ? 'revised' : 'preliminary' }, replaces: existing });
    }
    const vanished = previouslyOwned.filter((id) => !incoming.has(id));

    if (writes.length > 0 || vanished.length > 0) await this.datasets.markChanged(dataset);

    let added = 0;
    let revised = 0;
    for (const { row, replaces } of writes) {
      await this.client.send(new PutItemCommand({ TableName: this.table, Item: marshall({ ...row, pk: `VIN#${dataset}`, sk: vintageSk(row.observation_id, row.revision) }, { removeUndefinedValues: true }) }));
      try {
        await this.client.send(
          new PutItemCommand({
            TableName: this.table,
            Item: marshall({ ...row, pk: `OBS#${dataset}`, sk: row.observation_id, removed: false }, { removeUndefinedValues: true }),
            ConditionExpression: replaces ? 'revision = :r' : 'attribute_not_exists(pk)',
            ExpressionAttributeValues: replaces ? { ':r': { N: String(replaces.revision) } } : undefined,
          }),
        );
        if (replaces && !replaces.removed) revised++; else added++;
      } catch (error) {
        // Another normalize moved this figure first; its write stands and this release's figure is
        // reconsidered when the release is replayed (the message is retried by the queue).
        if (!isConditionFailed(error)) throw error;
        throw new Error(`observation ${row.observation_id} changed concurrently; retry the release`);
      }
    }

    let removed = 0;
    for (const id of vanished) {
      try {
        await this.client.send(
          new UpdateItemCommand({
            TableName: this.table,
            Key: currentKey(dataset, id),
            UpdateExpression: 'SET removed = :t',
            ConditionExpression: 'release_id = :rel AND removed = :f',
            ExpressionAttributeValues: { ':t': { BOOL: true }, ':f': { BOOL: false }, ':rel': { S: releaseId } },
          }),
        );
        removed++;
      } catch (error) {
        // Owned by a later release, or already removed: nothing to do.
        if (!isConditionFailed(error)) throw error;
      }
    }

    await this.client.send(new PutItemCommand({ TableName: this.table, Item: marshall({ pk: `RELOBS#${releaseId}`, sk: 'IDS', ids: [...incoming.keys()] }) }));
    // Marked again once the rows are in: a publish that claimed the first mark while these writes
    // were under way may have read only part of them, and must see a change it has not covered.
    if (writes.length > 0 || vanished.length > 0) await this.datasets.markChanged(dataset);
    return { added, revised, unchanged, removed };
  }

  async *scan(dataset: string): AsyncIterable<Observation> {
    for await (const item of queryAll(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :p',
      FilterExpression: 'removed <> :t',
      ExpressionAttributeValues: { ':p': { S: `OBS#${dataset}` }, ':t': { BOOL: true } },
    })) {
      yield toObservation(unmarshall(item));
    }
  }

  async *scanRevisions(dataset: string): AsyncIterable<Observation> {
    for await (const item of queryAll(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': { S: `VIN#${dataset}` } },
    })) {
      yield toObservation(unmarshall(item as Item));
    }
  }
}
