/**
 * The dataset contract: the shapes every stage agrees on, as zod schemas with their types
 * (zod's functional `zod/mini` API, see ./zod.ts: checks are passed to `.check()`, wrappers such
 * as `z.optional` and `z._default` are functions).
 * The `Observation` is the public row of every dataset; its column names and order are a
 * promise to users and must not change without a new major version.
 */
import * as z from './zod.js';

export const FLOWS = ['export', 'import', 'total', 'balance', 'other'] as const;
export const MEASURES = ['value', 'quantity', 'count', 'share', 'growth'] as const;
export const QUALIFIERS = ['exact', 'more_than', 'about', 'less_than'] as const;
export const STATUSES = ['preliminary', 'revised'] as const;
export const SOURCE_KINDS = ['press-release', 'statistical-table'] as const;
/** What span a period covers, so users never add a month to the year-to-date figure that contains it. */
export const PERIOD_TYPES = ['month', 'year_to_date', 'quarter', 'half_year', 'year', 'to_date', 'other'] as const;

export type Flow = (typeof FLOWS)[number];
export type Measure = (typeof MEASURES)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type ObservationStatus = (typeof STATUSES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type PeriodType = (typeof PERIOD_TYPES)[number];

/**
 * Version of the public row's schema. Policy: columns are only ever appended (minor + 1); existing
 * names, order and meaning never change; a removal or rename would be a new dataset, not a new
 * schema version. 1.0.0 had the first twenty columns; 1.1.0 appended period_type, partner_code,
 * area_code and is_total.
 */
export const OBSERVATION_SCHEMA_VERSION = '1.1.0';

/** Lower-case slug used for dataset and source ids (safe in S3 keys, DynamoDB keys and URLs). */
export const Slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be 2-63 characters of a-z, 0-9 and "-", starting with a letter or digit'));

/** A calendar month, `YYYY-MM`. */
export const YearMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM'));
/** A calendar day, `YYYY-MM-DD`. */
export const IsoDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be YYYY-MM-DD'));

/*
 * Building blocks of the schemas below, each built once. A schema made only of these and of zod's
 * functions has no method call in it, so a bundle that never uses it leaves it out (ingest and
 * normalize never read a SnapshotManifest) and never builds it at import.
 */
const NonEmptyText = z.string().check(z.minLength(1));
/** A whole number >= 0. */
const Count = z.int().check(z.nonnegative());
const PositiveInt = z.int().check(z.positive());
const Sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/** One published figure. Exactly the public columns, in their public order. */
export const Observation = z.strictObject({
  observation_id: NonEmptyText,
  dataset: Slug,
  area: z.string(),
  partner: z.string(),
  flow: z.enum(FLOWS),
  commodity: z.string(),
  breakdown: z.string(),
  measure: z.enum(MEASURES),
  /** Empty when the text gave no period that could be resolved (never guessed). */
  period_start: z.union([YearMonth, z.literal('')]),
  period_end: z.union([YearMonth, z.literal('')]),
  value: z.nullable(z.number()),
  unit: z.string(),
  qualifier: z.enum(QUALIFIERS),
  yoy_pct: z.nullable(z.number()),
  status: z.enum(STATUSES),
  release_id: NonEmptyText,
  source_url: z.string(),
  source_quote: z.string(),
  published: IsoDate,
  revision: PositiveInt,
  // Appended in schema 1.1.0: derived in normalize from the columns above and the code lists.
  period_type: z.enum(PERIOD_TYPES),
  /** ISO 3166-1 alpha-3 or a documented group code (WLD, EU27, ASEAN…); empty when unknown. */
  partner_code: z.string(),
  /** ISO 3166-1 alpha-2 / ISO 3166-2, or a project code for ports, zones and cities; empty when unknown. */
  area_code: z.string(),
  /** The row is the total of other rows (World / a partner group, all goods, no breakdown). */
  is_total: z.boolean(),
});
export type Observation = z.infer<typeof Observation>;

// The public columns in order and their descriptions live in ./columns.ts (no schema library there, so the publish
// worker thread's bundle carries none); re-exported here. A unit test holds their order to Observation's shape.
export { OBSERVATION_COLUMNS, OBSERVATION_COLUMN_DOCS } from './columns.js';

/** The columns normalize derives from a draft (never set by an extractor). */
export const DERIVED_COLUMNS = ['period_type', 'partner_code', 'area_code', 'is_total'] as const;

/**
 * What an extractor yields: an observation before the store assigns its id, status and revision.
 * `quote_start`/`quote_end` are character offsets of `source_quote` in the release text
 * (null for tables, where the quote is `row | column`).
 */
export const ObservationDraft = z.extend(z.omit(Observation, { observation_id: true, status: true, revision: true, period_type: true, partner_code: true, area_code: true, is_total: true }), {
  quote_start: z.nullable(Count),
  quote_end: z.nullable(Count),
});
export type ObservationDraft = z.infer<typeof ObservationDraft>;

/** Where the figures of one release came from; extractors need nothing else. */
export interface ExtractionContext {
  dataset: string;
  release_id: string;
  source_url: string;
  /**
   * Publication date, YYYY-MM-DD: the anchor for relative periods ("this year", "in October").
   * '' when the caller does not know it: press releases then read it from their dateline or page.
   */
  published: string;
}

/** An extractor's answer: rows plus warnings, or a whole-release rejection with its reason. */
export type ExtractionOutcome =
  | { ok: true; rows: ObservationDraft[]; warnings: string[] }
  | { ok: false; reason: string };

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

const isRegExp = (pattern: string) => {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
};
/** Keeps only entries whose title matches (case-insensitive): for feeds and listings that mix trade figures with other news. */
const TitlePattern = z.optional(z.string().check(z.refine(isRegExp, 'must be a valid regular expression')));

/** How a source's releases are found. */
export const Discovery = z.discriminatedUnion('type', [
  /** An RSS 2.0 or Atom feed; each item's link is a release. */
  z.strictObject({ type: z.literal('feed'), url: z.url(), title_pattern: TitlePattern }),
  /** A JSON document listing releases: an array (or `items_path` to one) of {url, published?, title?}. */
  z.strictObject({ type: z.literal('json-index'), url: z.url(), items_path: z.optional(z.string()), title_pattern: TitlePattern }),
  /** An HTML listing page; links whose absolute URL matches `link_pattern` (a regular expression) are releases. */
  z.strictObject({ type: z.literal('html-listing'), url: z.url(), link_pattern: z.string(), title_pattern: TitlePattern }),
  /** A fixed list of release URLs (table pages revised in place). */
  z.strictObject({ type: z.literal('urls'), urls: z.array(z.url()).check(z.minLength(1)) }),
]);
export type Discovery = z.infer<typeof Discovery>;

/** Per-source politeness: how hard we may lean on someone else's server. */
export const Politeness = z.strictObject({
  min_interval_ms: z._default(Count, 1000),
  timeout_ms: z._default(PositiveInt, 15000),
  max_bytes: z._default(PositiveInt, 5 * 1024 * 1024),
  max_attempts: z._default(z.int().check(z.positive(), z.lte(10)), 3),
  /** Immediate re-tries of a retryable failure (timeout, 5xx, 429, dropped connection) within one run. */
  retries: z._default(z.int().check(z.nonnegative(), z.lte(5)), 2),
  /** First back-off before a re-try; doubled each time, with jitter. */
  backoff_ms: z._default(z.int().check(z.nonnegative(), z.lte(60_000)), 1000),
  user_agent: z._default(NonEmptyText, 'customs-publisher/0.1 (+https://github.com/customs-publisher)'),
});

/** Column meaning for a statistical table the built-in layouts do not know. */
export const TableLayout = z.strictObject({
  /** What the row labels are: commodity, partner, area or a breakdown kind such as "customs regime". */
  row_dimension: NonEmptyText,
  /** One entry per value column, left to right. */
  columns: z
    .array(
      z.strictObject({
        flow: z.enum(FLOWS),
        /** `month` (the title month) or `cumulative` (January to the title month). */
        period: z.enum(['month', 'cumulative']),
        measure: z._default(z.enum(['value', 'quantity']), 'value'),
        /** Extra breakdown for this column, as `kind: label`. */
        breakdown: z.optional(z.string()),
        /** When the column holds a year-on-year percentage for the value column with this index. */
        yoy_of: z.optional(Count),
      }),
    )
    .check(z.minLength(1)),
  /** Whether yoy percentages come on a separate line under each row. */
  yoy: z._default(z.enum(['line-below', 'columns', 'none']), 'none'),
});
export type TableLayout = z.infer<typeof TableLayout>;

/** Expected release rhythm, for freshness reporting. */
export const Cadence = z.strictObject({
  every: z._default(z.enum(['month', 'quarter', 'week', 'day']), 'month'),
  /** Window of the period in which a release is expected (day of month for monthly cadences). */
  day_from: z._default(z.int().check(z.gte(1), z.lte(31)), 1),
  day_to: z._default(z.int().check(z.gte(1), z.lte(31)), 28),
  grace_days: z._default(Count, 7),
});

/** Whether `zone` is an IANA time zone this runtime knows ("Asia/Shanghai", "America/New_York", "UTC"). */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** One family of releases on a publisher's announced calendar, and the days announced for it. */
export const CalendarRelease = z
  .strictObject({
    /** What is released: "preliminary", "monthly-bulletin", "online-query", "yearbook". */
    kind: Slug,
    title: z.optional(z.string()),
    /** Local time of day (in the calendar's time zone) from which the release is expected. */
    time: z._default(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)')), '09:00'),
    /** Announced days, YYYY-MM-DD in the calendar's time zone, ascending. */
    dates: z.array(IsoDate).check(z.minLength(1)),
  })
  .check(z.refine((r) => r.dates.every((d, i) => i === 0 || r.dates[i - 1] < d), { message: 'dates must be ascending and without repeats', path: ['dates'] }));

/** How often ingest asks a calendar source: often around a due time, rarely otherwise. */
export const CalendarPolling = z.strictObject({
  /** From the announced time on, ask every this many minutes (the ingest schedule is the floor)... */
  due_every_minutes: z._default(z.int().check(z.gte(1), z.lte(240)), 5),
  /** ...for this many hours. */
  due_for_hours: z._default(z.int().check(z.gte(1), z.lte(48)), 4),
  /** Past that window with the release still missing, ask every this many minutes. */
  late_every_minutes: z._default(z.int().check(z.gte(1), z.lte(1440)), 60),
  /** Otherwise ask every this many hours; 0 asks on every run (revisions between releases are then seen at once). */
  otherwise_every_hours: z._default(z.number().check(z.gte(0), z.lte(168)), 24),
});

/** A publisher's announced release calendar: due days per release kind, in the publisher's time zone. */
export const ReleaseCalendar = z.strictObject({
  /** IANA time zone of the announced days and times. */
  timezone: z.string().check(z.refine(isTimeZone, 'must be an IANA time zone such as "Asia/Shanghai"')),
  /** Where the calendar was announced, so a maintainer can renew it each year. */
  announced_at: z.optional(z.url()),
  releases: z.array(CalendarRelease).check(z.minLength(1)),
  /** Hours after an announced time before a missing release counts as delayed (alarmed on). */
  grace_hours: z._default(z.int().check(z.nonnegative(), z.lte(24 * 31)), 48),
  poll: z.prefault(CalendarPolling, {}),
});
export type ReleaseCalendar = z.infer<typeof ReleaseCalendar>;

/** One configured source of releases. */
export const SourceConfig = z.strictObject({
  id: Slug,
  title: z.optional(z.string()),
  kind: z.enum(SOURCE_KINDS),
  dataset: Slug,
  discovery: Discovery,
  politeness: z.prefault(Politeness, {}),
  /** Hosts that discovery, release links and redirects may reach; defaults to the discovery URL's host. */
  allowed_hosts: z.optional(z.array(NonEmptyText)),
  /** Allow loopback/private addresses (only for local sample sources). */
  local: z._default(z.boolean(), false),
  /** false: kept in the file and checked by `sources check`, but not ingested (e.g. until its pages are verified). */
  enabled: z._default(z.boolean(), true),
  cadence: z.optional(Cadence),
  /** The publisher's announced release days: drives polling and freshness (cadence is the fallback). */
  calendar: z.optional(ReleaseCalendar),
  /** What is known about the source's pages and what was assumed (for maintainers; not used by the code). */
  notes: z.optional(z.string()),
  /** Tables: the unit to assume when a table has no unit line (never guessed otherwise). */
  default_unit: z.optional(z.string()),
  /** Tables: an explicit layout for publishers whose tables are not built in. */
  table_layout: z.optional(TableLayout),
  /**
   * Licence of the figures as an Open Definition / SPDX id (CC-BY-4.0), carried into
   * datapackage.json. Without one the dataset states "terms of the publisher" and links them.
   */
  licence: z.optional(z.string().check(z.regex(/^[-a-zA-Z0-9._]+$/, 'must be an SPDX / Open Definition licence id such as CC-BY-4.0'))),
  /** Where the publisher states its terms of use (defaults to the publisher's URL). */
  terms_url: z.optional(z.url()),
  /** Who publishes the figures (defaults to the host of the discovery URL). */
  publisher: z.optional(z.strictObject({ name: NonEmptyText, url: z.url() })),
});
export type SourceConfig = z.infer<typeof SourceConfig>;
export type SourceConfigInput = z.input<typeof SourceConfig>;

/** The sources file: `{ "sources": [...] }` with unique ids. */
export const SourcesFile = z.strictObject({ sources: z.array(SourceConfig) }).check(
  z.superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.sources.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${s.id}"` });
      seen.add(s.id);
    });
  }),
);
export type SourcesFile = z.infer<typeof SourcesFile>;

// ---------------------------------------------------------------------------------------------
// Releases
// ---------------------------------------------------------------------------------------------

export const RELEASE_STATES = ['fetched', 'normalized', 'failed', 'quarantined'] as const;
/**
 * Where a release's `published` date came from: `page` (printed on the table page), `calendar`
 * (the day the source's release calendar announced for the page's release kind after its period), or `ingest`
 * (the feed or index entry's date, else the page's Last-Modified, else the day it was first seen).
 */
export const PUBLISHED_FROM = ['page', 'calendar', 'ingest'] as const;
export type PublishedFrom = (typeof PUBLISHED_FROM)[number];
export type ReleaseState = (typeof RELEASE_STATES)[number];

/**
 * One fetched release: its canonical URL (identity) plus the sha256 of the content we hold.
 * A known URL whose content changed is the same `release_id` with a new `sha256` and `content_revision`.
 * An announced release that could not be fetched yet holds no content: `sha256` and `raw_key` are
 * empty, `content_revision` is 0, and its state is failed (retried) or quarantined.
 */
export const Release = z.strictObject({
  release_id: NonEmptyText,
  source_id: Slug,
  dataset: Slug,
  kind: z.enum(SOURCE_KINDS),
  url: z.string(),
  sha256: z.union([Sha256Hex, z.literal('')]),
  content_revision: Count,
  content_type: z.string(),
  bytes: Count,
  raw_key: z.string(),
  title: z._default(z.string(), ''),
  published: IsoDate,
  /** Where `published` came from (absent: ingest's date). */
  published_from: z.optional(z.enum(PUBLISHED_FROM)),
  fetched_at: z.string(),
  etag: z.optional(z.string()),
  last_modified: z.optional(z.string()),
  state: z.enum(RELEASE_STATES),
  attempts: z._default(Count, 0),
  reason: z.optional(z.string()),
  warnings: z._default(z.array(z.string()), []),
  /** Rows of this release the quality stage holds back from publication, each with its reason. */
  held_back: z.optional(z.array(z.string())),
});
export type Release = z.infer<typeof Release>;

/** The message ingest hands to normalize: which stored release (and which content) to turn into rows. */
export const NormalizeRequest = z.strictObject({
  source_id: Slug,
  release_id: NonEmptyText,
  sha256: Sha256Hex,
  /** Normalize again even if already normalized or quarantined (`customs-publisher reprocess`). */
  reprocess: z.optional(z.boolean()),
});
export type NormalizeRequest = z.infer<typeof NormalizeRequest>;

/** The message that asks publish to consider datasets (all when omitted). */
export const PublishRequest = z.strictObject({ datasets: z.optional(z.array(Slug)) });
export type PublishRequest = z.infer<typeof PublishRequest>;

// ---------------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------------

export const ManifestFile = z.strictObject({
  path: z.string(),
  media_type: z.string(),
  bytes: Count,
  sha256: Sha256Hex,
});
export type ManifestFile = z.infer<typeof ManifestFile>;

/** What a version is: its files with checksums, its schema, and the releases it was built from. */
export const SnapshotManifest = z.strictObject({
  dataset: Slug,
  version: PositiveInt,
  previous_version: z.nullable(PositiveInt),
  created_at: z.string(),
  data_as_of: IsoDate,
  row_count: Count,
  period_start: z.union([YearMonth, z.literal('')]),
  period_end: z.union([YearMonth, z.literal('')]),
  changes: z.strictObject({ added: z.int(), revised: z.int(), removed: z.int() }),
  files: z.array(ManifestFile),
  schema: z.object({
    /** OBSERVATION_SCHEMA_VERSION of the rows (absent in manifests written before 1.1.0). */
    version: z.optional(z.string()),
    primary_key: z.literal('observation_id'),
    fields: z.array(z.strictObject({ name: z.string(), type: z.string(), description: z.string() })),
  }),
  sources: z.array(z.strictObject({ release_id: z.string(), url: z.string(), published: z.string() })),
  citation: z.string(),
  /** The dataset change sequence this version covers (publication bookkeeping). */
  change_seq: z.optional(Count),
  licence: z.optional(z.string()),
  /** Distinct areas, flows and commodities of the rows that changed (notification filters). */
  touched: z.optional(z.strictObject({ areas: z.array(z.string()), flows: z.array(z.string()), commodities: z.array(z.string()) })),
  /** The revisions with the largest relative change of value, largest first. */
  largest_changes: z.optional(
    z.array(
      z.strictObject({
        observation_id: z.string(),
        area: z.string(),
        flow: z.string(),
        commodity: z.string(),
        period_start: z.string(),
        period_end: z.string(),
        unit: z.string(),
        old_value: z.nullable(z.number()),
        new_value: z.nullable(z.number()),
        change_pct: z.nullable(z.number()),
        release_id: z.string(),
      }),
    ),
  ),
});
export type SnapshotManifest = z.infer<typeof SnapshotManifest>;
