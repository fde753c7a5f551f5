/**
 * The QualityReviewStore port on DynamoDB: held-back rows and review decisions of a dataset in
 * one partition (QA#<dataset>); held rows are also indexed (gsi1: HELD) so a review can list
 * every dataset's at once. A row no longer held is overwritten by a marker outside the index.
 */
import { PutItemCommand, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { QualityReviewStore } from '../core/ports.js';
import { HeldRow, ReviewDecision } from '../core/quality/review.js';
import { batchWrite, queryAll, TABLE_SHAPE } from './dynamo-table.js';

const pk = (dataset: string) => `QA#${dataset}`;
const strip = (item: Record<string, unknown>) => {
  const { pk: _p, sk: _s, gsi1pk: _g1, gsi1sk: _g2, ...fields } = item;
  return fields;
};

/** A held row's fields as one text, in a fixed order of its keys: equal texts, equal items. */
const heldText = (row: HeldRow) => JSON.stringify(Object.keys(row).sort().map((key) => [key, row[key as keyof HeldRow]]));

export class DynamoQualityReviewStore implements QualityReviewStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
  ) {}

  /**
   * Writes only what differs from the list in the table (`listed`, or read now): a version's gate
   * holds back mostly the rows the previous one held (a hundred thousand on a large dataset with
   * bad figures), and writing each again cost a version far more than its change. The rows that
   * differ go 25 to a BatchWriteItem (unprocessed ones retried), not one PutItem each: a gate that
   * newly holds many rows (a first version, a changed configuration) writes them in minutes less.
   */
  async recordHeld(dataset: string, held: HeldRow[], listed?: HeldRow[]): Promise<void> {
    const before = new Map((listed ?? (await this.listHeld(dataset))).map((h) => [h.observation_id, heldText(h)]));
    const keep = new Set(held.map((h) => h.observation_id));
    const writes: WriteRequest[] = [];
    for (const id of before.keys()) {
      // Overwritten, not deleted (the functions' roles have no DeleteItem): a released row leaves the index.
      if (!keep.has(id)) writes.push({ PutRequest: { Item: marshall({ pk: pk(dataset), sk: `HELD#${id}`, released: true }) } });
    }
    for (const row of held) {
      const fields = HeldRow.parse(row);
      // The item would be written as it is (its keys follow from the dataset and the id).
      if (before.get(row.observation_id) === heldText(fields)) continue;
      const index = { [TABLE_SHAPE.stateIndex.partitionKey]: 'HELD', [TABLE_SHAPE.stateIndex.sortKey]: `${dataset}#${row.observation_id}` };
      writes.push({ PutRequest: { Item: marshall({ ...fields, pk: pk(dataset), sk: `HELD#${row.observation_id}`, ...index }) } });
    }
    await batchWrite(this.client, this.table, writes);
  }

  async listHeld(dataset?: string): Promise<HeldRow[]> {
    const items = dataset
      ? queryAll(this.client, { TableName: this.table, KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)', ExpressionAttributeValues: { ':p': { S: pk(dataset) }, ':s': { S: 'HELD#' } }, ConsistentRead: true })
      : queryAll(this.client, { TableName: this.table, IndexName: TABLE_SHAPE.stateIndex.name, KeyConditionExpression: '#p = :p', ExpressionAttributeNames: { '#p': TABLE_SHAPE.stateIndex.partitionKey }, ExpressionAttributeValues: { ':p': { S: 'HELD' } } });
    const rows: HeldRow[] = [];
    for await (const item of items) {
      const fields = strip(unmarshall(item));
      if (!fields.released) rows.push(HeldRow.parse(fields));
    }
    return rows;
  }

  async decide(decision: ReviewDecision): Promise<void> {
    const d = ReviewDecision.parse(decision);
    // One item per decision, keyed by time: the history of who decided what stays in the table.
    await this.client.send(new PutItemCommand({ TableName: this.table, Item: marshall({ ...d, pk: pk(d.dataset), sk: `DECISION#${d.observation_id}#${String(d.revision).padStart(6, '0')}#${d.at}` }) }));
  }

  async decisions(dataset: string): Promise<ReviewDecision[]> {
    const found: ReviewDecision[] = [];
    for await (const item of queryAll(this.client, { TableName: this.table, KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)', ExpressionAttributeValues: { ':p': { S: pk(dataset) }, ':s': { S: 'DECISION#' } }, ConsistentRead: true })) {
      found.push(ReviewDecision.parse(strip(unmarshall(item))));
    }
    return found;
  }
}
