/** The single table: release ledger, observations, revisions, dataset and source state. */
import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_SHAPE } from '../../functions/adapters/dynamo-table.js';

export interface PublisherTableProps {
  /** Keep the table when the stack is deleted. */
  retain: boolean;
}

export class PublisherTable extends Construct {
  readonly table: dynamodb.TableV2;

  constructor(scope: Construct, id: string, props: PublisherTableProps) {
    super(scope, id);
    const { partitionKey, sortKey, stateIndex } = TABLE_SHAPE;
    // The same key shape the local runner creates on DynamoDB Local (one source of truth: TABLE_SHAPE).
    this.table = new dynamodb.TableV2(this, 'Table', {
      partitionKey: { name: partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: sortKey, type: dynamodb.AttributeType.STRING },
      billing: dynamodb.Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.retain,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      globalSecondaryIndexes: [
        {
          indexName: stateIndex.name,
          partitionKey: { name: stateIndex.partitionKey, type: dynamodb.AttributeType.STRING },
          sortKey: { name: stateIndex.sortKey, type: dynamodb.AttributeType.STRING },
        },
      ],
    });
  }
}
