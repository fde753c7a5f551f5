/**
 * The README's Athena queries give the right answers: run with DuckDB over the query layout that
 * publish wrote (tables/observations/dataset_id=<id>/version=<N>/observations.parquet, copied out of
 * the local bucket as a user would sync it), through a view named like the Glue table.
 */
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_TABLE_PREFIX } from '../../functions/core/publish/query-layout.js';
import { LOCAL_NAMES } from '../../bin/local/services.js';
import { DATASET, publishThreeVersions, REVISED, REVISED_TOTAL, type PublishedFixture } from '../support/published-fixture.js';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
/** The ```sql blocks between the README's athena-queries markers, with the sample dataset renamed to the fixture's. */
const queries = readme
  .split('<!-- athena-queries -->')[1]
  .split('<!-- /athena-queries -->')[0]
  .split('```sql')
  .slice(1)
  .map((block) => block.split('```')[0].replaceAll("'china-trade-by-customs-regime'", `'${DATASET}'`));

let fixture: PublishedFixture;
let dir: string;

async function run(sql: string): Promise<Array<Record<string, unknown>>> {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  try {
    await connection.run('CREATE SCHEMA customs_publisher');
    await connection.run(`CREATE VIEW customs_publisher.observations AS SELECT * FROM read_parquet('${dir}/${QUERY_TABLE_PREFIX}*/*/*.parquet', hive_partitioning = true, hive_types = {'dataset_id': VARCHAR, 'version': INTEGER})`);
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Array<Record<string, unknown>>;
  } finally {
    connection.closeSync();
  }
}

beforeAll(async () => {
  fixture = await publishThreeVersions();
  dir = mkdtempSync(join(tmpdir(), 'athena-layout-'));
  const { s3 } = fixture.stack.services.clients;
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: LOCAL_NAMES.bucket, Prefix: QUERY_TABLE_PREFIX }));
  for (const { Key } of listed.Contents ?? []) {
    const body = await (await s3.send(new GetObjectCommand({ Bucket: LOCAL_NAMES.bucket, Key }))).Body!.transformToByteArray();
    mkdirSync(dirname(join(dir, Key!)), { recursive: true });
    writeFileSync(join(dir, Key!), body);
  }
}, 240_000);

afterAll(async () => {
  await fixture?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('README Athena queries, run with DuckDB on the local data', () => {
  it('publish wrote one Parquet copy per version in the query layout', async () => {
    const rows = await run('SELECT dataset_id, version, COUNT(*) AS n FROM customs_publisher.observations GROUP BY ALL ORDER BY version');
    expect(rows).toEqual([
      { dataset_id: DATASET, version: 1, n: '24' },
      { dataset_id: DATASET, version: 2, n: '48' },
      { dataset_id: DATASET, version: 3, n: '48' },
    ]);
    expect(queries).toHaveLength(2);
  });

  it('monthly totals by flow: the table totals of September and October, with the revision of v3', async () => {
    const rows = await run(queries[0]);
    expect(rows.map((r) => [r.month, r.flow])).toEqual([['2025-09', 'export'], ['2025-09', 'import'], ['2025-10', 'export'], ['2025-10', 'import']]);
    // The TOTAL row of the October table (US$1,000 → dollars) as revised in v3.
    expect(rows[2].value_usd).toBe(REVISED_TOTAL.after);
  });

  it('one figure across versions: unchanged in v2, revised in v3', async () => {
    const rows = await run(queries[1]);
    expect(rows).toEqual([
      { version: 1, value: REVISED.before, revision: 1, status: 'preliminary' },
      { version: 2, value: REVISED.before, revision: 1, status: 'preliminary' },
      { version: 3, value: REVISED.after, revision: 2, status: 'revised' },
    ]);
  });
});
