/**
 * The small documents around a version: datapackage.json (a Frictionless Tabular Data Package),
 * the catalog, the latest pointer and the Atom feeds. Pure functions of manifests, so a resumed
 * publish rewrites them byte for byte.
 */
import { FLOWS, MEASURES, OBSERVATION_COLUMN_DOCS, OBSERVATION_COLUMNS, QUALIFIERS, STATUSES, type ManifestFile, type SnapshotManifest } from '../contract.js';

/** Every file of a version, in manifest order, with what it holds. */
export const VERSION_FILES = {
  csv: { path: 'observations.csv', media_type: 'text/csv; charset=utf-8' },
  csvGz: { path: 'observations.csv.gz', media_type: 'application/gzip' },
  json: { path: 'observations.json', media_type: 'application/json' },
  ndjson: { path: 'observations.ndjson', media_type: 'application/x-ndjson' },
  parquet: { path: 'observations.parquet', media_type: 'application/vnd.apache.parquet' },
  changes: { path: 'changes.json', media_type: 'application/json' },
  delta: { path: 'delta.csv', media_type: 'text/csv; charset=utf-8' },
  vintages: { path: 'vintages.ndjson', media_type: 'application/x-ndjson' },
  datapackage: { path: 'datapackage.json', media_type: 'application/json' },
} as const;

/** S3 prefix of one dataset version. */
export const versionPrefix = (dataset: string, version: number) => `datasets/${dataset}/v${version}/`;
/** S3 prefix of the moving copy of the latest version. */
export const latestPrefix = (dataset: string) => `datasets/${dataset}/latest/`;
/** The small pointer to the latest version: the one object whose replacement switches versions atomically. */
export const latestPointerKey = (dataset: string) => `datasets/${dataset}/latest.json`;
export const CATALOG_KEY = 'catalog.json';
export const ROOT_FEED_KEY = 'feed.atom';
/** The Atom feed of one dataset. */
export const datasetFeedKey = (dataset: string) => `datasets/${dataset}/feed.atom`;

/** The citation line users paste into papers. */
export function citationLine(dataset: string, version: number, dataAsOf: string): string {
  return `${dataset}, version ${version}, data as of ${dataAsOf}`;
}

/** Joins a public base URL (if any) and a key; without a base the key itself is the link. */
export function publicLink(base: string | undefined, key: string): string {
  return base ? `${base.replace(/\/$/, '')}/${key}` : key;
}

type FieldType = 'string' | 'number' | 'integer' | 'date';
interface Field { name: string; type: FieldType; description: string; constraints?: Record<string, unknown> }

const ENUMS: Partial<Record<string, readonly string[]>> = { flow: FLOWS, measure: MEASURES, qualifier: QUALIFIERS, status: STATUSES };

/** The contract's columns as Frictionless fields, with enum and key constraints. */
export function observationFields(): Field[] {
  return OBSERVATION_COLUMNS.map((name) => {
    const field: Field = { name, ...OBSERVATION_COLUMN_DOCS[name] };
    if (name === 'observation_id') field.constraints = { required: true, unique: true };
    const values = ENUMS[name];
    if (values) field.constraints = { enum: [...values] };
    return field;
  });
}

const DELTA_FIELD: Field = { name: 'change', type: 'string', description: 'added or revised (the row as it is now) or removed (the row as it was last published).', constraints: { enum: ['added', 'revised', 'removed'] } };
const VINTAGE_FIELDS: Field[] = [
  { name: 'introduced_in', type: 'integer', description: 'First dataset version this revision is part of.' },
  { name: 'superseded_in', type: 'integer', description: 'First version it is no longer part of (a newer revision or a removal); empty while current.' },
];

/** What datapackage.json needs beyond the file list. */
export interface DataPackageInput {
  dataset: string;
  title?: string;
  version: number;
  created_at: string;
  data_as_of: string;
  licence: string;
  citation: string;
  row_count: number;
  period_start: string;
  period_end: string;
  sources: SnapshotManifest['sources'];
  /** The data files (everything but datapackage.json and manifest.json). */
  files: ManifestFile[];
}

/** A Frictionless Tabular Data Package describing one version's files. */
export function buildDataPackage(input: DataPackageInput): Record<string, unknown> {
  const schema = (fields: Field[], primaryKey: string | string[] = 'observation_id') => ({ fields, primaryKey, missingValues: [''] });
  const describe: Record<string, { name: string; format: string; description: string; schema?: ReturnType<typeof schema>; extra?: Record<string, unknown> }> = {
    [VERSION_FILES.csv.path]: { name: 'observations', format: 'csv', description: 'Every current observation, one row each, RFC 4180 with a header row.', schema: schema(observationFields()), extra: { dialect: { delimiter: ',', lineTerminator: '\r\n', header: true } } },
    [VERSION_FILES.csvGz.path]: { name: 'observations-csv-gz', format: 'csv', description: 'observations.csv, gzip-compressed.', schema: schema(observationFields()), extra: { compression: 'gz' } },
    [VERSION_FILES.json.path]: { name: 'observations-json', format: 'json', description: 'The same rows as a JSON array of objects.', schema: schema(observationFields()) },
    [VERSION_FILES.ndjson.path]: { name: 'observations-ndjson', format: 'ndjson', description: 'The same rows, one JSON object per line, sorted by observation_id.', schema: schema(observationFields()) },
    [VERSION_FILES.parquet.path]: { name: 'observations-parquet', format: 'parquet', description: 'The same rows as Parquet (snappy): doubles for value and yoy_pct, INT32 revision, DATE published.', schema: schema(observationFields()) },
    [VERSION_FILES.changes.path]: { name: 'changes', format: 'json', description: 'Diff to the previous version: every added, revised (old and new figure, revising release) and removed row, with counts per area and flow.' },
    [VERSION_FILES.delta.path]: { name: 'delta', format: 'csv', description: 'Only the rows that changed since the previous version. Apply by observation_id: upsert added and revised rows, delete removed ones.', schema: schema([DELTA_FIELD, ...observationFields()]), extra: { dialect: { delimiter: ',', lineTerminator: '\r\n', header: true } } },
    [VERSION_FILES.vintages.path]: { name: 'vintages', format: 'ndjson', description: 'Every revision of every observation with the versions it belongs to: the data as of version K are the lines with introduced_in <= K and (superseded_in empty or K < superseded_in).', schema: schema([...VINTAGE_FIELDS, ...observationFields()], ['observation_id', 'revision']) },
  };
  return {
    profile: 'tabular-data-package',
    name: input.dataset,
    title: input.title ?? input.dataset,
    id: `${input.dataset}/v${input.version}`,
    version: `${input.version}.0.0`,
    created: input.created_at,
    licenses: [{ name: input.licence, path: licenceUrl(input.licence) }],
    sources: input.sources.map((s) => ({ title: s.release_id, path: s.url, published: s.published })),
    citation: input.citation,
    data_as_of: input.data_as_of,
    row_count: input.row_count,
    temporal_coverage: { start: input.period_start, end: input.period_end },
    resources: input.files.map((file) => {
      const about = describe[file.path];
      return {
        name: about?.name ?? file.path,
        path: file.path,
        format: about?.format,
        mediatype: file.media_type.split(';')[0],
        encoding: 'utf-8',
        bytes: file.bytes,
        hash: `sha256:${file.sha256}`,
        description: about?.description,
        ...(about?.extra ?? {}),
        ...(about?.schema ? { schema: about.schema } : {}),
      };
    }),
  };
}

function licenceUrl(licence: string): string {
  return /^CC-BY-4\.0$/i.test(licence) ? 'https://creativecommons.org/licenses/by/4.0/' : `https://spdx.org/licenses/${encodeURIComponent(licence)}.html`;
}

/** latest.json: which version is current and where its manifest is. */
export function latestPointer(manifest: SnapshotManifest, base: string | undefined): Record<string, unknown> {
  return {
    dataset: manifest.dataset,
    version: manifest.version,
    created_at: manifest.created_at,
    data_as_of: manifest.data_as_of,
    row_count: manifest.row_count,
    citation: manifest.citation,
    manifest: publicLink(base, `${versionPrefix(manifest.dataset, manifest.version)}manifest.json`),
    prefix: publicLink(base, versionPrefix(manifest.dataset, manifest.version)),
  };
}

/**
 * catalog.json: every dataset with its latest version, rows, period covered and last update, and
 * the next release its sources' calendars announce after `generatedAt` (null when none announces one).
 */
export function buildCatalog(latest: SnapshotManifest[], base: string | undefined, generatedAt: string, nextRelease: (dataset: string) => unknown = () => undefined): Record<string, unknown> {
  return {
    generated_at: generatedAt,
    datasets: [...latest]
      .sort((a, b) => (a.dataset < b.dataset ? -1 : 1))
      .map((m) => ({
        dataset: m.dataset,
        latest_version: m.version,
        row_count: m.row_count,
        period_start: m.period_start,
        period_end: m.period_end,
        last_updated: m.created_at,
        data_as_of: m.data_as_of,
        licence: m.licence ?? null,
        citation: m.citation,
        latest: publicLink(base, latestPointerKey(m.dataset)),
        manifest: publicLink(base, `${versionPrefix(m.dataset, m.version)}manifest.json`),
        feed: publicLink(base, datasetFeedKey(m.dataset)),
        next_release: nextRelease(m.dataset) ?? null,
      })),
  };
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One Atom entry per version: what changed and where the files are. */
function atomEntry(m: SnapshotManifest, base: string | undefined): string {
  const prefix = versionPrefix(m.dataset, m.version);
  const { added, revised, removed } = m.changes;
  const summary = `${m.row_count} rows: ${added} added, ${revised} revised, ${removed} removed. ${m.citation}.`;
  const links = m.files.map((f) => `    <link rel="enclosure" type="${xml(f.media_type)}" length="${f.bytes}" title="${xml(f.path)}" href="${xml(publicLink(base, prefix + f.path))}"/>`).join('\n');
  return [
    '  <entry>',
    `    <id>urn:customs-publisher:${xml(m.dataset)}:v${m.version}</id>`,
    `    <title>${xml(m.dataset)} version ${m.version}</title>`,
    `    <updated>${xml(m.created_at)}</updated>`,
    `    <link rel="alternate" type="application/json" href="${xml(publicLink(base, `${prefix}manifest.json`))}"/>`,
    links,
    `    <summary>${xml(summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

/** An Atom feed of versions (newest first); `id` names the feed, `self` is its own key. */
export function buildAtomFeed(options: { id: string; title: string; self: string; manifests: SnapshotManifest[]; base: string | undefined; fallbackUpdated: string }): string {
  const entries = [...options.manifests].sort((a, b) => (a.created_at === b.created_at ? b.version - a.version : a.created_at < b.created_at ? 1 : -1));
  const updated = entries[0]?.created_at ?? options.fallbackUpdated;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(options.id)}</id>`,
    `  <title>${xml(options.title)}</title>`,
    `  <updated>${xml(updated)}</updated>`,
    '  <author><name>customs-publisher</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${xml(publicLink(options.base, options.self))}"/>`,
    ...entries.map((m) => atomEntry(m, options.base)),
    '</feed>',
    '',
  ].join('\n');
}
