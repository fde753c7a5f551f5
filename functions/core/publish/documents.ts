/**
 * The small documents around a version: datapackage.json (a Frictionless Data Package),
 * the catalog, the latest pointer and the Atom feeds. Pure functions of manifests, so a resumed
 * publish rewrites them byte for byte.
 */
import { FLOWS, MEASURES, OBSERVATION_COLUMN_DOCS, OBSERVATION_COLUMNS, OBSERVATION_SCHEMA_VERSION, PERIOD_TYPES, QUALIFIERS, STATUSES, type ManifestFile, SnapshotManifest } from '../contract.js';
import type { BlobStore } from '../ports.js';

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

/** Reads and validates a version's manifest, or null when the version is not complete. */
export async function readManifest(blobs: Pick<BlobStore, 'get'>, dataset: string, version: number): Promise<SnapshotManifest | null> {
  const body = await blobs.get(`${versionPrefix(dataset, version)}manifest.json`);
  return body ? SnapshotManifest.parse(JSON.parse(new TextDecoder().decode(body))) : null;
}
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

type FieldType = 'string' | 'number' | 'integer' | 'date' | 'boolean' | 'yearmonth';
interface Field { name: string; type: FieldType; description: string; constraints?: Record<string, unknown> }

const ENUMS: Partial<Record<string, readonly string[]>> = { flow: FLOWS, measure: MEASURES, qualifier: QUALIFIERS, status: STATUSES, period_type: PERIOD_TYPES };
/** Columns the Frictionless schema types more precisely than the contract's JSON types. */
const FRICTIONLESS_TYPES: Partial<Record<string, FieldType>> = { period_start: 'yearmonth', period_end: 'yearmonth' };

/**
 * The contract's columns as Frictionless fields, with enum constraints. Uniqueness is left to each
 * resource's primaryKey: an observation_id is unique in observations.csv but legitimately repeats
 * (one line per revision) in vintages.
 */
export function observationFields(): Field[] {
  return OBSERVATION_COLUMNS.map((name) => {
    const field: Field = { name, ...OBSERVATION_COLUMN_DOCS[name], type: FRICTIONLESS_TYPES[name] ?? OBSERVATION_COLUMN_DOCS[name].type };
    const values = ENUMS[name];
    if (name === 'observation_id' || name === 'revision') field.constraints = { required: true };
    if (values) field.constraints = { enum: [...values] };
    return field;
  });
}

const DELTA_FIELD: Field = { name: 'change', type: 'string', description: 'added or revised (the row as it is now) or removed (the row as it was last published).', constraints: { required: true, enum: ['added', 'revised', 'removed'] } };

/** The CSV dialect of every CSV we write, stated in full (CSVDDF 1.2). */
export const CSV_DIALECT = { csvddfVersion: 1.2, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, skipInitialSpace: false, header: true, caseSensitiveHeader: false } as const;

/** A licence as datapackage.json states it: an Open Definition id (`name`) when there is one, else the publisher's terms. */
export interface LicenceEntry {
  name?: string;
  title: string;
  path: string;
}

/** Who published the figures a dataset is built from. */
export interface PublisherEntry {
  name: string;
  url: string;
}

/** What datapackage.json needs beyond the file list. */
export interface DataPackageInput {
  dataset: string;
  title?: string;
  version: number;
  created_at: string;
  data_as_of: string;
  /** The licences of the sources feeding the dataset (at least one). */
  licences: LicenceEntry[];
  /** The publishers of those sources. */
  publishers: PublisherEntry[];
  /** Public URL of this version's folder (its key when no public base URL is configured). */
  url: string;
  citation: string;
  row_count: number;
  period_start: string;
  period_end: string;
  sources: SnapshotManifest['sources'];
  /** The data files (everything but datapackage.json and manifest.json). */
  files: ManifestFile[];
  /** The code-list files among `files`, with their schemas. */
  codeLists?: Array<{ name: string; path: string; description: string; fields: Array<{ name: string; type: string; description: string; constraints?: Record<string, unknown> }> }>;
}

/**
 * The package version: `<schema major>.<schema minor>.<data version>`. Data versions only move the
 * last number; appending columns moves the middle one; the first moves only if the schema ever
 * broke, which our change policy forbids (that would be a new dataset).
 */
export function packageVersion(dataVersion: number): string {
  const [major, minor] = OBSERVATION_SCHEMA_VERSION.split('.');
  return `${major}.${minor}.${dataVersion}`;
}

interface ResourceAbout {
  name: string;
  format: string;
  description: string;
  /** Tabular resources are CSV files the Frictionless libraries read and type-check. */
  tabular: boolean;
  schema?: Record<string, unknown>;
  extra?: Record<string, unknown>;
}

/** How each file of a version is described. */
function resourceDescriptions(input: DataPackageInput): Record<string, ResourceAbout> {
  const schema = (fields: Field[], primaryKey: string | string[] = 'observation_id', extra: Record<string, unknown> = {}) => ({ fields, primaryKey, missingValues: [''], ...extra });
  const codeListNames = new Set((input.codeLists ?? []).map((c) => c.name));
  const foreignKeys = [
    ...(codeListNames.has('partners') ? [{ fields: 'partner_code', reference: { resource: 'partners', fields: 'code' } }] : []),
    ...(codeListNames.has('areas') ? [{ fields: 'area_code', reference: { resource: 'areas', fields: 'code' } }] : []),
  ];
  const observations = schema(observationFields(), 'observation_id', foreignKeys.length > 0 ? { foreignKeys } : {});
  const about: Record<string, ResourceAbout> = {
    [VERSION_FILES.csv.path]: { name: 'observations', format: 'csv', tabular: true, description: 'Every current observation, one row each, RFC 4180 with a header row.', schema: observations, extra: { dialect: CSV_DIALECT } },
    // Format "gz": the Frictionless libraries would otherwise take it for a plain CSV they cannot read.
    [VERSION_FILES.csvGz.path]: { name: 'observations-csv-gz', format: 'gz', tabular: false, description: 'observations.csv, gzip-compressed (same rows and schema as the observations resource).', extra: { compression: 'gz' } },
    [VERSION_FILES.json.path]: { name: 'observations-json', format: 'json', tabular: false, description: 'The same rows as a JSON array of objects, keys as the observations resource columns.' },
    [VERSION_FILES.ndjson.path]: { name: 'observations-ndjson', format: 'ndjson', tabular: false, description: 'The same rows, one JSON object per line, in the order of every data file of a version: period_end, period_start, then observation_id.' },
    [VERSION_FILES.parquet.path]: { name: 'observations-parquet', format: 'parquet', tabular: false, description: 'The same rows as Parquet (snappy): doubles for value and yoy_pct, INT32 revision, DATE published, BOOLEAN is_total.' },
    [VERSION_FILES.changes.path]: { name: 'changes', format: 'json', tabular: false, description: 'Diff to the previous version: {dataset, version, previous_version, created_at, changes: [{change: added|revised|removed, observation_id, old and new figure, revising release}], counts, by_area, by_flow}.' },
    [VERSION_FILES.delta.path]: { name: 'delta', format: 'csv', tabular: true, description: 'Only the rows that changed since the previous version. Apply by observation_id: upsert added and revised rows, delete removed ones.', schema: schema([DELTA_FIELD, ...observationFields()]), extra: { dialect: CSV_DIALECT } },
    'quality.json': { name: 'quality', format: 'json', tabular: false, description: 'What the quality stage checked in this version and what it found: checks run, counts, every warning and failure with the rows involved, the rows held back and the review decisions that let rows through.' },
    [VERSION_FILES.vintages.path]: { name: 'vintages', format: 'ndjson', tabular: false, description: 'Every revision of every observation, one JSON object per line: introduced_in, superseded_in, then the observation columns. The data as of version K are the lines with introduced_in <= K and (superseded_in null or K < superseded_in); observation_id and revision together are unique.' },
  };
  for (const list of input.codeLists ?? []) {
    about[list.path] = { name: list.name, format: 'csv', tabular: true, description: list.description, schema: { fields: list.fields, primaryKey: 'code', missingValues: [''] }, extra: { dialect: CSV_DIALECT } };
  }
  return about;
}

/** A CITATION.cff-style citation of one version: publisher, dataset URL and version, ready for a DOI. */
export function citationFields(input: Pick<DataPackageInput, 'dataset' | 'title' | 'version' | 'data_as_of' | 'publishers' | 'url' | 'citation' | 'licences'>): Record<string, unknown> {
  return {
    'cff-version': '1.2.0',
    type: 'dataset',
    message: 'If you use this dataset, please cite this version as below.',
    title: input.title ?? input.dataset,
    version: packageVersion(input.version),
    'date-released': input.data_as_of,
    url: input.url,
    publisher: input.publishers.map((p) => ({ name: p.name, website: p.url })),
    authors: input.publishers.map((p) => ({ name: p.name, website: p.url })),
    license: input.licences.map((l) => l.name ?? l.title),
    identifiers: [],
    text: input.citation,
  };
}

/** A Frictionless Data Package describing one version's files. */
export function buildDataPackage(input: DataPackageInput): Record<string, unknown> {
  const describe = resourceDescriptions(input);
  return {
    profile: 'data-package',
    name: input.dataset,
    title: input.title ?? input.dataset,
    id: `${input.dataset}/v${input.version}`,
    version: packageVersion(input.version),
    schema_version: OBSERVATION_SCHEMA_VERSION,
    data_version: input.version,
    created: input.created_at,
    // Only a public URL is a homepage; without a public base URL the version is known by its key.
    ...(/^https?:\/\//.test(input.url) ? { homepage: input.url } : {}),
    licenses: input.licences.map((l) => ({ ...(l.name ? { name: l.name } : {}), title: l.title, path: l.path })),
    // The profile wants at least one source when the property is present.
    ...(input.sources.length > 0 ? { sources: input.sources.map((s) => ({ title: s.release_id, path: s.url, published: s.published })) } : {}),
    citation: citationFields(input),
    data_as_of: input.data_as_of,
    row_count: input.row_count,
    temporal_coverage: { start: input.period_start, end: input.period_end },
    resources: input.files.map((file) => packageResource(file, describe[file.path])),
  };
}

/** A file's resource in the Data Package: tabular with its schema where the version describes one. */
function packageResource(file: ManifestFile, about: ResourceAbout | undefined): Record<string, unknown> {
  const tabular = about?.tabular ?? false;
  return {
    profile: tabular ? 'tabular-data-resource' : 'data-resource',
    name: about?.name ?? file.path.replace(/[^-a-z0-9._]/g, '-'),
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
}

/** The URL of a licence given by its SPDX / Open Definition id. */
export function licenceUrl(licence: string): string {
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
