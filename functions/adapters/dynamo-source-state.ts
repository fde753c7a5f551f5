/** The SourceStateStore port on DynamoDB: one item per source. */
import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { SourceState, SourceStateStore } from '../core/ports.js';

export class DynamoSourceStateStore implements SourceStateStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
  ) {}

  async get(sourceId: string): Promise<SourceState> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.table, Key: { pk: { S: `SRC#${sourceId}` }, sk: { S: 'STATE' } }, ConsistentRead: true }));
    if (!out.Item) return { source_id: sourceId, release_validators: {} };
    const { pk: _pk, sk: _sk, ...state } = unmarshall(out.Item);
    return { release_validators: {}, ...state, source_id: sourceId } as SourceState;
  }

  async put(state: SourceState): Promise<void> {
    await this.client.send(new PutItemCommand({ TableName: this.table, Item: marshall({ ...state, pk: `SRC#${state.source_id}`, sk: 'STATE' }, { removeUndefinedValues: true, convertClassInstanceToMap: true }) }));
  }
}
