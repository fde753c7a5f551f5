/**
 * SQL over every published version with Athena: a Glue database and an `observations` table over
 * the Parquet copies publish writes to tables/observations/dataset_id=<id>/version=<N>/
 * (functions/core/publish/query-layout.ts). Partition projection computes partitions from the
 * query (no crawler, no partition registration): `dataset_id` is injected, so queries name it, and
 * `version` is an integer range. A workgroup with its own results bucket and a scan limit per query.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import * as athena from 'aws-cdk-lib/aws-athena';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { OBSERVATION_COLUMN_DOCS, OBSERVATION_COLUMNS } from '../../functions/core/contract.js';
import { QUERY_TABLE_PREFIX } from '../../functions/core/publish/query-layout.js';
import { secureBucketDefaults } from './data-bucket.js';

/** Hive types of the Parquet columns (functions/core/publish/parquet.ts writes them). */
const HIVE_TYPES = { string: 'string', number: 'double', integer: 'int', date: 'date', boolean: 'boolean' } as const;

/** The table's columns, in the contract's order, with their meaning as the comment. */
export function observationColumns(): glue.CfnTable.ColumnProperty[] {
  return OBSERVATION_COLUMNS.map((name) => {
    const { type, description } = OBSERVATION_COLUMN_DOCS[name];
    return { name, type: HIVE_TYPES[type as keyof typeof HIVE_TYPES] ?? 'string', comment: description.slice(0, 255) };
  });
}

export interface QueryTablesProps {
  bucket: s3.IBucket;
  /** Keep the query results bucket on stack deletion. */
  retain: boolean;
  /** Access-log bucket for the results bucket. */
  logs?: s3.IBucket;
}

export class QueryTables extends Construct {
  readonly database: glue.CfnDatabase;
  readonly table: glue.CfnTable;
  readonly workGroup: athena.CfnWorkGroup;
  readonly databaseName = 'customs_publisher';

  constructor(scope: Construct, id: string, props: QueryTablesProps) {
    super(scope, id);
    const account = Stack.of(this).account;
    this.database = new glue.CfnDatabase(this, 'Database', { catalogId: account, databaseInput: { name: this.databaseName, description: 'customs-publisher published datasets' } });
    const location = `s3://${props.bucket.bucketName}/${QUERY_TABLE_PREFIX}`;
    this.table = new glue.CfnTable(this, 'Observations', {
      catalogId: account,
      databaseName: this.databaseName,
      tableInput: {
        name: 'observations',
        description: 'Every published version of every dataset; filter on dataset_id (required) and version.',
        tableType: 'EXTERNAL_TABLE',
        parameters: {
          classification: 'parquet',
          'projection.enabled': 'true',
          'projection.dataset_id.type': 'injected',
          'projection.version.type': 'integer',
          'projection.version.range': '1,1000000',
          'storage.location.template': `${location}dataset_id=\${dataset_id}/version=\${version}/`,
        },
        partitionKeys: [
          { name: 'dataset_id', type: 'string', comment: 'The dataset (the same as the dataset column).' },
          { name: 'version', type: 'int', comment: 'The dataset version.' },
        ],
        storageDescriptor: {
          location,
          columns: observationColumns(),
          inputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
          outputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
          serdeInfo: { serializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe' },
        },
      },
    });
    this.table.addResourceDependency(this.database);

    const results = new s3.Bucket(this, 'Results', {
      ...secureBucketDefaults(props.retain),
      // Query results are throwaway: keep a week.
      lifecycleRules: [{ expiration: Duration.days(7) }],
      ...(props.logs ? { serverAccessLogsBucket: props.logs, serverAccessLogsPrefix: 'athena-results/' } : {}),
    });
    this.workGroup = new athena.CfnWorkGroup(this, 'WorkGroup', {
      name: `${Stack.of(this).stackName}-datasets`,
      description: 'Queries over the published customs datasets',
      state: 'ENABLED',
      recursiveDeleteOption: true,
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        // 10 GB per query: a mistaken full scan costs cents, not dollars.
        bytesScannedCutoffPerQuery: 10 * 1024 ** 3,
        resultConfiguration: { outputLocation: `s3://${results.bucketName}/results/`, encryptionConfiguration: { encryptionOption: 'SSE_S3' } },
        engineVersion: { selectedEngineVersion: 'Athena engine version 3' },
      },
    });
  }
}
