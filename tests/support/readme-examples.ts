/**
 * Runs the README's examples as written, so the documentation cannot drift from what works: the
 * SQL block under "How to use this data" is read from README.md and run by DuckDB in the folder
 * of a downloaded version.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';

const README = new URL('../../README.md', import.meta.url);

/** The first ```sql block after the "How to use this data" heading. */
export function readmeDuckDbExample(): string {
  const readme = readFileSync(README, 'utf8');
  const section = readme.slice(readme.indexOf('## How to use this data'));
  const block = /```sql\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md has no ```sql block under "## How to use this data"');
  return block[1];
}

/** Runs the README's DuckDB example with `folder` as the working directory of its relative file names. */
export async function runReadmeDuckDbExample(folder: string): Promise<Array<Record<string, unknown>>> {
  const sql = readmeDuckDbExample().replaceAll("'observations.parquet'", `'${folder}/observations.parquet'`);
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  try {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRowObjectsJson().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v])));
  } finally {
    connection.closeSync();
  }
}
