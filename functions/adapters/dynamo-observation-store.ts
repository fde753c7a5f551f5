/**
 * The ObservationStore port on DynamoDB. Writes are ordered so that a crash at any point is
 * repaired by replaying the same release: the dataset is marked changed first (with the periods
 * the release changes: the change index), each revision is written to its deterministic vintage
 * keys before the current item moves, and the current item moves only under a condition on the
 * revision it replaces, in one transaction with its copy in publish order.
 */
import { QueryCommand, UpdateItemCommand, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { OBSERVATION_COLUMNS, type Observation, type ObservationDraft } from '../core/contract.js';
import { derivedColumns } from '../core/codes/harmonize.js';
import { observationFromDraft, sameFigure } from '../core/normalize/revisions.js';
import { inRange, sortInPublishOrder } from '../core/publish/row-order.js';
import type { ApplyOptions, DatasetStateStore, ObservationStore, ScanRange, UpsertSummary } from '../core/ports.js';
import { batchGet, batchWrite, isConditionFailed, queryAll, TRANSACTION_LIMIT, transactWriteGroups, type Item } from './dynamo-table.js';
import { isOrdered, markOrdered, orderedItem, orderedPk, orderedSk, orderedVintagePk, orderedVintageSk, queryOrdered } from './dynamo-publish-order.js';
import { inParallel } from '../core/in-parallel.js';

const currentKey = (dataset: string, id: string) => ({ pk: { S: `OBS#${dataset}` }, sk: { S: id } });
const vintageSk = (id: string, revision: number) => `${id}#${String(revision).padStart(6, '0')}`;
const ownershipPk = (releaseId: string) => `RELOBS#${releaseId}`;
const ownershipSk = (chunk: number) => `IDS#${String(chunk).padStart(4, '0')}`;
/** Observation ids per ownership item: ~100 bytes each keeps an item far below DynamoDB's 400 KB. */
export const OWNERSHIP_CHUNK = 1000;
/** Rows moved per round (one transaction of current items by id and in publish order, batches of vintages). */
export const WRITE_GROUP = TRANSACTION_LIMIT / 2;
/** Removals in flight at once. */
const REMOVE_CONCURRENCY = 16;

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

/** The periods an application changes (the change index entries it marks): of the rows it writes or replaces, and of the rows it may remove. */
function changedPeriods(writes: RowWrite[], vanished: Observation[]): Set<string> {
  const periods = new Set<string>();
  for (const { row, replaces } of writes) {
    periods.add(row.period_end ?? '');
    if (replaces) periods.add(replaces.period_end ?? '');
  }
  for (const row of vanished) periods.add(row.period_end ?? '');
  return periods;
}

/**
 * Whether the current figure comes from a release published after this one: an older report
 * normalized late (or again, by reprocessing) never overwrites a newer one, so preliminary figures
 * never replace the bulletin's.
 */
function supersededBy(existing: Observation, incoming: Observation, releaseId: string): boolean {
  return existing.release_id !== releaseId && existing.published > incoming.published;
}

/** A row to write: new (nothing replaced), or the next revision of the current item it replaces. */
interface RowWrite {
  row: Observation;
  replaces: StoredObservation | undefined;
}

/** The release's rows by id: the first statement of a figure wins, a repeat (a summary restating it) is not a new row. */
function incomingRows(drafts: ObservationDraft[]): Map<string, Observation> {
  const incoming = new Map<string, Observation>();
  for (const draft of drafts) {
    const row = observationFromDraft(draft, 1);
    if (!incoming.has(row.observation_id)) incoming.set(row.observation_id, row);
  }
  return incoming;
}

/** The rows that differ from the current ones (numbered as their next revision) and how many are unchanged. */
function plannedWrites(incoming: Map<string, Observation>, current: Map<string, StoredObservation>, releaseId: string): { writes: RowWrite[]; unchanged: number } {
  const writes: RowWrite[] = [];
  let unchanged = 0;
  for (const [id, row] of incoming) {
    const existing = current.get(id);
    if (existing && !existing.removed && (sameFigure(existing, row) || supersededBy(existing, row, releaseId))) { unchanged++; continue; }
    const revision = existing ? existing.revision + 1 : 1;
    writes.push({ row: { ...row, revision, status: revision > 1 ? 'revised' : 'preliminary' }, replaces: existing });
  }
  return { writes, unchanged };
}

export class DynamoObservationStore implements ObservationStore {
  /** Datasets known to be in publish order (a dataset never goes back, so only this answer is kept). */
  private readonly orderedDatasets = new Set<string>();

  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
    private readonly datasets: DatasetStateStore,
  ) {}

  /** Whether the dataset's rows are all kept in publish order (asked of the table until it is). */
  private async isOrdered(dataset: string): Promise<boolean> {
    if (this.orderedDatasets.has(dataset)) return true;
    const ordered = await isOrdered(this.client, this.table, dataset);
    if (ordered) this.orderedDatasets.add(dataset);
    return ordered;
  }

  async applyRelease(dataset: string, releaseId: string, drafts: ObservationDraft[], options: ApplyOptions = {}): Promise<UpsertSummary> {
    const incoming = incomingRows(drafts);
    const [currentRows, previouslyOwned] = await Promise.all([this.rowsById(dataset, [...incoming.keys()]), this.ownedIds(releaseId)]);
    const { writes, unchanged } = plannedWrites(incoming, new Map(currentRows.map((row) => [row.observation_id, row])), releaseId);
    // The rows this release may remove, read before anything moves: their periods are marked and
    // their ordered items marked removed. Rows it removed already are kept, for an ordered item a crash left unmarked.
    const vanished = (await this.rowsById(dataset, [...previouslyOwned].filter((id) => !incoming.has(id)))).filter((row) => !row.removed || row.release_id === releaseId);
    const periods = changedPeriods(writes, vanished);
    if (writes.length > 0) await this.orderNewDataset(dataset);
    const changed = writes.length > 0 || vanished.length > 0;
    if (changed) await this.datasets.markChanged(dataset, periods);
    const moved = await this.writeRows(dataset, writes, options);
    if (moved.incomplete) return { added: moved.added, revised: moved.revised, unchanged, removed: 0, incomplete: true };
    const removed = await this.removeVanished(dataset, releaseId, vanished);
    await this.writeOwnership(releaseId, [...incoming.keys()], previouslyOwned.size);
    // Marked again once the rows are in: a publish that claimed the first mark while these writes
    // were under way may have read only part of them, and must see a change it has not covered.
    if (changed) await this.datasets.markChanged(dataset, periods);
    return { added: moved.added, revised: moved.revised, unchanged, removed };
  }

  /**
   * Writes the new and revised rows in groups: each group's revisions are written to their vintage
   * keys first, then its current items move in one transaction under a condition on the revision
   * each replaces. A run stopped between groups (time budget, crash) is resumed by applying the
   * release again: the rows already moved read as unchanged.
   */
  private async writeRows(dataset: string, writes: RowWrite[], options: ApplyOptions): Promise<{ added: number; revised: number; incomplete?: true }> {
    let added = 0;
    let revised = 0;
    for (let i = 0; i < writes.length; i += WRITE_GROUP) {
      if (i > 0 && options.hasTime && !options.hasTime()) return { added, revised, incomplete: true };
      const group = writes.slice(i, i + WRITE_GROUP);
      await this.writeGroup(dataset, group);
      for (const { replaces } of group) {
        if (replaces && !replaces.removed) revised++; else added++;
      }
    }
    return { added, revised };
  }

  private async writeGroup(dataset: string, group: RowWrite[]): Promise<void> {
    await batchWrite(this.client, this.table, group.flatMap(({ row }) => [
      { PutRequest: { Item: marshall({ ...row, pk: `VIN#${dataset}`, sk: vintageSk(row.observation_id, row.revision) }, { removeUndefinedValues: true }) } },
      { PutRequest: { Item: orderedItem(orderedVintagePk(dataset), orderedVintageSk(row), row) } },
    ]));
    try {
      // The row by id (under the condition) and in publish order move together.
      await transactWriteGroups(this.client, group.flatMap(({ row, replaces }) => [
        {
          Put: {
            TableName: this.table,
            Item: marshall({ ...row, pk: `OBS#${dataset}`, sk: row.observation_id, removed: false }, { removeUndefinedValues: true }),
            ConditionExpression: replaces ? 'revision = :r' : 'attribute_not_exists(pk)',
            ExpressionAttributeValues: replaces ? { ':r': { N: String(replaces.revision) } } : undefined,
          },
        },
        { Put: { TableName: this.table, Item: orderedItem(orderedPk(dataset), orderedSk(row), row) } },
      ]));
    } catch (error) {
      // Another normalize moved one of these figures first; its write stands and this release's
      // figures are reconsidered when the release is replayed (the message is retried by the queue).
      if (!isConditionFailed(error)) throw error;
      throw new Error(`observations of ${dataset} changed concurrently; retry the release`);
    }
  }

  /** Marks removed the rows the release no longer states; how many were still current. */
  private async removeVanished(dataset: string, releaseId: string, vanished: StoredObservation[]): Promise<number> {
    let removed = 0;
    await inParallel(vanished, REMOVE_CONCURRENCY, async (row) => {
      if (!row.removed && (await this.removeCurrent(dataset, releaseId, row))) removed++;
      // Then its copy in publish order, while it is still this release's row (a later release's copy stays).
      await this.removeOrdered(dataset, releaseId, row);
    });
    return removed;
  }

  /** The current items of these ids, removed ones included (by id: the release's ownership lists ids). */
  private async rowsById(dataset: string, ids: string[]): Promise<StoredObservation[]> {
    if (ids.length === 0) return [];
    const items = await batchGet(this.client, this.table, ids.map((id) => currentKey(dataset, id)));
    return items.map((item) => unmarshall(item) as StoredObservation);
  }

  /** Marks a row removed while it is this release's; false when a later release owns it or it is gone already. */
  private async removeCurrent(dataset: string, releaseId: string, row: Observation): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: currentKey(dataset, row.observation_id),
          UpdateExpression: 'SET removed = :t',
          ConditionExpression: 'release_id = :rel AND removed = :f',
          ExpressionAttributeValues: { ':t': { BOOL: true }, ':f': { BOOL: false }, ':rel': { S: releaseId } },
        }),
      );
      return true;
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      return false;
    }
  }

  /**
   * Marks a row's copy in publish order removed if it is still this release's (marked, not
   * deleted, like the row by id: the functions may not delete items).
   */
  private async removeOrdered(dataset: string, releaseId: string, row: Observation): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: { pk: { S: orderedPk(dataset) }, sk: { S: orderedSk(row) } },
          UpdateExpression: 'SET removed = :t',
          ConditionExpression: 'attribute_exists(pk) AND release_id = :rel',
          ExpressionAttributeValues: { ':rel': { S: releaseId }, ':t': { BOOL: true } },
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }

  /**
   * A dataset's first release marks it ordered before its first row is written: every row it will
   * ever have gets its ordered items. A dataset with rows but no mark predates the ordered keys.
   */
  private async orderNewDataset(dataset: string): Promise<void> {
    if (await this.isOrdered(dataset)) return;
    const out = await this.client.send(new QueryCommand({ TableName: this.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: `OBS#${dataset}` } }, Limit: 1 }));
    if ((out.Items ?? []).length === 0) await markOrdered(this.client, this.table, dataset);
  }

  /**
   * Every id any ownership item of the release lists (a superset after a crash between chunk
   * writes, which is safe: a removal holds only where the row is still this release's).
   */
  private async ownedIds(releaseId: string): Promise<Set<string>> {
    const ids = new Set<string>();
    for await (const item of queryAll(this.client, { TableName: this.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: ownershipPk(releaseId) } } })) {
      for (const id of (unmarshall(item).ids as string[] | undefined) ?? []) ids.add(id);
    }
    return ids;
  }

  /** Writes the ids in chunks, then deletes chunks (and the pre-chunk single item) the new list no longer fills. */
  private async writeOwnership(releaseId: string, ids: string[], previousCount: number): Promise<void> {
    const chunks = Math.ceil(ids.length / OWNERSHIP_CHUNK);
    const puts: WriteRequest[] = [];
    for (let c = 0; c < chunks; c++) {
      puts.push({ PutRequest: { Item: marshall({ pk: ownershipPk(releaseId), sk: ownershipSk(c), ids: ids.slice(c * OWNERSHIP_CHUNK, (c + 1) * OWNERSHIP_CHUNK) }) } });
    }
    await batchWrite(this.client, this.table, puts);
    const stale: WriteRequest[] = [{ DeleteRequest: { Key: { pk: { S: ownershipPk(releaseId) }, sk: { S: 'IDS' } } } }];
    for (let c = chunks; c < Math.ceil(previousCount / OWNERSHIP_CHUNK) + 1; c++) stale.push({ DeleteRequest: { Key: { pk: { S: ownershipPk(releaseId) }, sk: { S: ownershipSk(c) } } } });
    await batchWrite(this.client, this.table, stale);
  }

  /**
   * In publish order: a Query of the dataset's ordered items, page by page, from the range's
   * period on (dynamo-publish-order.ts). A dataset written before those items existed is read
   * whole by id and sorted here until `customs-publisher order-keys` gives it its ordered items.
   */
  async *scan(dataset: string, range: ScanRange = {}): AsyncIterable<Observation> {
    if (await this.isOrdered(dataset)) {
      for await (const item of queryOrdered(this.client, this.table, orderedPk(dataset), range, { skipRemoved: true })) yield toObservation(unmarshall(item));
      return;
    }
    const rows: Observation[] = [];
    const wanted = inRange(range);
    for await (const item of queryAll(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :p',
      FilterExpression: 'removed <> :t',
      ExpressionAttributeValues: { ':p': { S: `OBS#${dataset}` }, ':t': { BOOL: true } },
    })) {
      const row = toObservation(unmarshall(item));
      if (wanted(row)) rows.push(row);
    }
    yield* sortInPublishOrder(rows);
  }

  async get(dataset: string, ids: string[]): Promise<Observation[]> {
    const items = await batchGet(this.client, this.table, [...new Set(ids)].map((id) => currentKey(dataset, id)));
    return items.map((item) => unmarshall(item) as StoredObservation).filter((raw) => !raw.removed).map((raw) => toObservation(raw as unknown as Record<string, unknown>));
  }

  /** In publish order then by revision (a Query of the ordered vintage items, or read whole and sorted, like `scan`). */
  async *scanRevisions(dataset: string, range: ScanRange = {}): AsyncIterable<Observation> {
    if (await this.isOrdered(dataset)) {
      for await (const item of queryOrdered(this.client, this.table, orderedVintagePk(dataset), range)) yield toObservation(unmarshall(item));
      return;
    }
    const rows: Observation[] = [];
    const wanted = inRange(range);
    for await (const item of queryAll(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': { S: `VIN#${dataset}` } },
    })) {
      const row = toObservation(unmarshall(item as Item));
      if (wanted(row)) rows.push(row);
    }
    yield* sortInPublishOrder(rows);
  }
}
