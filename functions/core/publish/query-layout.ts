/**
 * The layout SQL engines read: each version's Parquet file is also copied (server-side) to
 * tables/observations/dataset_id=<id>/version=<N>/observations.parquet. A version folder holds CSV,
 * JSON and other files next to the Parquet, and Athena reads every object under a table location,
 * so the table needs a prefix holding Parquet only. The Hive-style names let Athena's partition
 * projection (infra/constructs/query-tables.ts) and DuckDB's hive_partitioning read it as is.
 */

/** Prefix of the observations table (Athena LOCATION, DuckDB glob root). */
export const QUERY_TABLE_PREFIX = 'tables/observations/';

/** Key of one version's Parquet copy in the query layout. */
export const queryParquetKey = (dataset: string, version: number) => `${QUERY_TABLE_PREFIX}dataset_id=${dataset}/version=${version}/observations.parquet`;
