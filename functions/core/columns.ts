/**
 * The public columns of an Observation (contract.ts), in their public order, with their descriptions, written
 * without the schema library: the Parquet writer (publish/parquet.ts) needs only these, and so the publish worker
 * thread's bundle carries no zod (README, "Lambda bundles and cold start"). contract.ts re-exports both; the
 * descriptions' type makes their keys exactly Observation's, and tests/unit/contract-columns.test.ts holds both
 * orders to the schema's shape (the CSV header, the Parquet schema and JSON key order all follow it).
 */
import type { Observation } from './contract.js';

/** Human descriptions of the public columns (datapackage.json, README, catalog). */
export const OBSERVATION_COLUMN_DOCS: Record<keyof Observation, { type: 'string' | 'number' | 'integer' | 'date' | 'boolean'; description: string }> = {
  observation_id: { type: 'string', description: 'Stable id of the series and period: the same figure reported again gets the same id.' },
  dataset: { type: 'string', description: 'Dataset id from the source configuration.' },
  area: { type: 'string', description: 'Reporting geography (China, Xinjiang, Horgos Port).' },
  partner: { type: 'string', description: 'Partner country or group; World when none.' },
  flow: { type: 'string', description: 'export, import, total (exports plus imports), balance or other.' },
  commodity: { type: 'string', description: 'What is counted; "all goods" for totals.' },
  breakdown: { type: 'string', description: 'Other row dimensions as "kind: label", joined by "; "; empty when none.' },
  measure: { type: 'string', description: 'value, quantity, count, share or growth.' },
  period_start: { type: 'string', description: 'First month covered, YYYY-MM.' },
  period_end: { type: 'string', description: 'Last month covered, YYYY-MM (same as start for one month).' },
  value: { type: 'number', description: 'The figure in base units (yuan, dollars, vehicles); empty for growth-only rows.' },
  unit: { type: 'string', description: 'ISO currency code, plural count unit, or percent-share.' },
  qualifier: { type: 'string', description: 'exact, more_than, about or less_than.' },
  yoy_pct: { type: 'number', description: 'Signed year-on-year change in percent; empty when not reported.' },
  status: { type: 'string', description: 'preliminary on first report, revised once a later release changed it.' },
  release_id: { type: 'string', description: 'The release the figure came from.' },
  source_url: { type: 'string', description: 'Where the release was fetched.' },
  source_quote: { type: 'string', description: 'The exact sentence (text releases) or "row | column" (tables).' },
  published: { type: 'date', description: "The release's publication date, YYYY-MM-DD." },
  revision: { type: 'integer', description: '1 for the first report of this observation_id, +1 each time its value changes.' },
  period_type: { type: 'string', description: 'month, year_to_date (January to period_end, January-March included), quarter, half_year, year, to_date (longer than a year, up to period_end) or other (no period, or another span).' },
  partner_code: { type: 'string', description: 'ISO 3166-1 alpha-3 of the partner, or a group code from the partners code list (WLD, EU27, ASEAN, BELT-AND-ROAD…); empty when unknown.' },
  area_code: { type: 'string', description: 'ISO 3166-1 alpha-2 / ISO 3166-2 of the area (CN, CN-XJ), or a port, zone or city code from the areas code list; empty when unknown.' },
  is_total: { type: 'boolean', description: 'true when the row is the total that other rows of the same area, flow, period and unit break down (World or a partner group, all goods, no breakdown): filter on it to avoid double counting.' },
};

/**
 * The public columns in order: CSV header, Parquet schema and JSON key order all follow it. Written out rather than
 * taken from the descriptions' keys, so that a bundle reading the columns but not their descriptions (normalize)
 * leaves the descriptions out.
 */
export const OBSERVATION_COLUMNS: (keyof Observation)[] = [
  'observation_id', 'dataset', 'area', 'partner', 'flow', 'commodity', 'breakdown', 'measure', 'period_start', 'period_end',
  'value', 'unit', 'qualifier', 'yoy_pct', 'status', 'release_id', 'source_url', 'source_quote', 'published', 'revision',
  'period_type', 'partner_code', 'area_code', 'is_total',
];
