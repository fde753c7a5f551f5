/** The DatasetStateStore port on DynamoDB: change sequence and version claims per dataset. */
import { GetItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DatasetState, DatasetStateStore } from '../core/ports.js';
import { isConditionFailed, queryAll, TABLE_SHAPE } from './dynamo-table.js';

const key = (dataset: string) => ({ pk: { S: `DS#${dataset}` }, sk: { S: 'STATE' } });

function toState(dataset: string, raw: Record<string, unknown> | undefined): DatasetState {
  return {
    dataset,
    change_seq: Number(raw?.change_seq ?? 0),
    published_seq: Number(raw?.published_seq ?? 0),
    latest_version: Number(raw?.latest_version ?? 0),
  };
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
        ExpressionAttributeValues: { ':one': { N: '1' }, ':d': { S: dataset }, ':g': { S: 'DATASET' } },
      }),
    );
  }

  async commitVersion(dataset: string, from: number, seq: number): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: key(dataset),
          UpdateExpression: 'SET latest_version = :to, published_seq = :seq, dataset = :d, gsi1pk = :g, gsi1sk = :d',
          ConditionExpression: from === 0 ? 'attribute_not_exists(latest_version) OR latest_version = :from' : 'latest_version = :from',
          ExpressionAttributeValues: { ':to': { N: String(from + 1) }, ':from': { N: String(from) }, ':seq': { N: String(seq) }, ':d': { S: dataset }, ':g': { S: 'DATASET' } },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw error;
    }
  }

  async markChecked(dataset: string, seq: number): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.table,
        Key: key(dataset),
        UpdateExpression: 'SET published_seq = :seq',
        ConditionExpression: 'attribute_not_exists(published_seq) OR published_seq < :seq',
        ExpressionAttributeValues: { ':seq': { N: String(seq) } },
      }),
    ).catch((error) => {
      if (!isConditionFailed(error)) throw error;
    });
  }
}
