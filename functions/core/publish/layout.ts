/**
 * A version's layout: where each stripe (the rows of one period_end) starts in each file that is
 * composed from stripes, with the SHA-256 state at that point, and a digest of each stripe's rows.
 * The next version reads it to find the first stripe that changed, copies every file's bytes
 * before that stripe from this version (server-side), renders only the rest, and resumes each
 * checksum from the saved state. Kept next to the dataset's versions, outside the version folders:
 * it is bookkeeping for the publisher, not part of what users download.
 */
import { createHash } from 'node:crypto';
import { OBSERVATION_COLUMNS, OBSERVATION_SCHEMA_VERSION, type Observation } from '../contract.js';
import * as z from '../zod.js';
import type { BlobStore } from '../ports.js';
import { CSV_HEADER, csvRecord, jsonRecord, vintageRecord } from './render.js';
import { VERSION_FILES } from './documents.js';
import { HeldViewList } from './change-index.js';

/** The files built from stripes, each of which a version composes from the previous one. */
export const COMPOSED_FILES = [VERSION_FILES.csv, VERSION_FILES.csvGz, VERSION_FILES.json, VERSION_FILES.ndjson, VERSION_FILES.parquet, VERSION_FILES.vintages] as const;

const HashState = z.object({ h: z.array(z.int()).check(z.length(8)), bytes: z.int().check(z.nonnegative()), tail: z.string() });

const offsets = z.array(z.int().check(z.nonnegative()));
/** Where the Parquet footer lists each row group (parquet-footer.ts, FooterRecord). */
const FooterRecord = z.object({ at: offsets, rows: offsets, indexed: offsets });

/** Where a stripe starts in one composed file. */
const Boundary = z.object({ at: z.int().check(z.nonnegative()), state: HashState });

/** A held row's view as the layout keeps it: { observation_id, period_end, shown: a positive revision or null }. */
function isHeldView(value: unknown): boolean {
  const v = value as { observation_id?: unknown; period_end?: unknown; shown?: unknown } | null;
  return typeof v === 'object' && v !== null && typeof v.observation_id === 'string' && typeof v.period_end === 'string' && (v.shown === null || (Number.isInteger(v.shown) && (v.shown as number) > 0));
}

/**
 * The held rows' views, checked by one loop rather than a schema per item: a gate can hold a
 * hundred thousand rows back, and zod's object schema took 0.3-0.9 s per layout read for them
 * (three reads per composed version), several times the JSON.parse of the whole layout.
 */
const HeldViews = z.custom<{ observation_id: string; period_end: string; shown: number | null }[]>((value) => Array.isArray(value) && value.every(isHeldView), { error: 'held: a list of { observation_id, period_end, shown } expected' });

/** One stripe of a layout (checked by `isStripe`). */
export interface LayoutStripe {
  /** The stripe's period_end. */
  key: string;
  /** sha256 of the stripe's lines in observations.ndjson: equal digests, equal rows. */
  digest: string;
  /** Start of the stripe in each composed file, by path. */
  starts: Record<string, z.infer<typeof Boundary>>;
  /** Parquet row groups before the stripe (a row group never spans two stripes). */
  row_groups_before: number;
  /**
   * What the manifest counts of the stripe's rows, so that a version that copies the stripe
   * without reading it still counts them: rows, earliest non-empty period_start, releases.
   */
  rows?: number;
  first_start?: string;
  releases?: string[];
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** What `Boundary` accepts, by hand. */
function isBoundary(value: unknown): boolean {
  if (!isObject(value) || !isCount(value.at) || !isObject(value.state)) return false;
  const { h, bytes, tail } = value.state;
  return Array.isArray(h) && h.length === 8 && h.every(Number.isSafeInteger) && isCount(bytes) && typeof tail === 'string';
}

function isStripe(value: unknown): boolean {
  if (!isObject(value) || typeof value.key !== 'string' || typeof value.digest !== 'string' || !isCount(value.row_groups_before)) return false;
  if (!isObject(value.starts) || !Object.values(value.starts).every(isBoundary)) return false;
  const { rows, first_start, releases } = value;
  return (rows === undefined || isCount(rows)) && (first_start === undefined || typeof first_start === 'string') && (releases === undefined || (Array.isArray(releases) && releases.every((r) => typeof r === 'string')));
}

/**
 * The stripes, checked by one loop like the held views: zod's schemas for a stripe's six
 * boundaries took 60-70 ms per read of a cold process at 201 stripes (JSON.parse of the layout: 7).
 */
const Stripes = z.custom<LayoutStripe[]>((value) => Array.isArray(value) && value.every(isStripe), { error: 'stripes: a list of { key, digest, starts, row_groups_before, rows?, first_start?, releases? } expected' });

/** The layout format this code writes; a layout of a later format is not read (the version is rendered whole). */
export const LAYOUT_FORMAT = 2;

export const VersionLayout = z.object({
  /** 2 since the Parquet row groups are read from the file (absent before); a later format is not read. */
  format: z.optional(z.literal(LAYOUT_FORMAT)),
  dataset: z.string(),
  version: z.int().check(z.positive()),
  /** The row order the files follow; a layout of another order is not reused. */
  order: z.literal('period_end,period_start,observation_id'),
  stripes: Stripes,
  /** Each release's link and date as the version lists it (from its first row in publish order). */
  sources: z.optional(z.record(z.string(), z.object({ url: z.string(), published: z.string() }))),
  /**
   * Rows the quality gate held back from this version, with what it showed instead (an earlier
   * revision, or null: nothing): a row whose showing changes is a change the store's index misses.
   */
  held: z.optional(HeldViews),
  /** Fingerprint of how rows are rendered (renderingFingerprint): a version rendered otherwise is not composed from this one. */
  rendering: z.optional(z.string()),
  /**
   * The Parquet file's row groups, for the footer of a composed file. Format 2: `end`, the file's
   * length, and `footer`, where its footer lists each row group; the page indexes (from `ends`)
   * and footer are read back from the file, each row group's entry taken as bytes (parquet-footer.ts). Before: `saved`, the writer's metadata and page
   * indexes of every row group as tagged JSON (parquet-resume.ts), still read.
   */
  parquet: z.object({ row_group_size: z.nullable(z.int().check(z.positive())), row_groups: z.int().check(z.nonnegative()), saved: z.optional(z.string()), end: z.optional(z.int().check(z.positive())), footer: z.optional(FooterRecord) }),
  /** End of the last stripe in each composed file (before any closing bytes), by path. */
  ends: z.record(z.string(), Boundary),
});
/** A layout as publish holds it: the held rows' views in a HeldViewList (written as the list of views). */
export type VersionLayout = Omit<z.infer<typeof VersionLayout>, 'held'> & { held?: HeldViewList };
export type StripeBoundary = z.infer<typeof Boundary>;

/**
 * A fingerprint of how rows are rendered: a sample row (with text that needs escaping, a large and
 * a fractional number, nulls) in every text format plus the schema version. A layout written by
 * code that renders otherwise is not composed from, since its bytes would differ from a new render.
 */
export function renderingFingerprint(): string {
  const sample = Object.fromEntries(OBSERVATION_COLUMNS.map((c, i) => [c, i % 5 === 0 ? null : `"${c}", =line\n ${i} ü`])) as unknown as Observation;
  Object.assign(sample, { value: 2.71753e12, yoy_pct: -0.125, revision: 3, is_total: true, observation_id: 'f00d' });
  const text = [OBSERVATION_SCHEMA_VERSION, CSV_HEADER, csvRecord(sample), jsonRecord(sample), vintageRecord({ introduced_in: 2, superseded_in: null }, sample)].join('\n');
  return createHash('sha256').update(text).digest('hex');
}

/** Key of a version's layout. */
export const layoutKey = (dataset: string, version: number) => `datasets/${dataset}/_layout/v${version}.json`;

/**
 * The layouts one publish run reads or writes, each parsed at most once: the files step reads the
 * previous version's layout and the dataset page reads it again with the new one's. A gate that
 * holds many rows back makes a layout megabytes of JSON (12 MB at a million rows in the bench, about
 * a quarter of a second of CPU per parse). Kept for one run only: a layout is taken as written only
 * by the run that wrote it.
 */
export class LayoutMemo {
  private readonly layouts = new Map<string, Promise<VersionLayout | null>>();
  constructor(private readonly blobs: BlobStore) {}

  /** A version's layout as readLayout gives it, read and parsed once. */
  read(dataset: string, version: number): Promise<VersionLayout | null> {
    const key = layoutKey(dataset, version);
    let layout = this.layouts.get(key);
    if (!layout) this.layouts.set(key, (layout = readLayout(this.blobs, dataset, version)));
    return layout;
  }

  /** The layout this run has just written, for its later readers (nothing it holds is changed after). */
  wrote(layout: VersionLayout): void {
    this.layouts.set(layoutKey(layout.dataset, layout.version), Promise.resolve(layout));
  }
}

/** The layout of a version, or null when it has none (a version written before layouts, or in another order). */
export async function readLayout(blobs: BlobStore, dataset: string, version: number): Promise<VersionLayout | null> {
  const body = await blobs.get(layoutKey(dataset, version));
  if (!body) return null;
  const parsed = VersionLayout.safeParse(JSON.parse(new TextDecoder().decode(body)));
  if (!parsed.success) return null;
  // In place: the fields keep their order.
  const layout: Omit<typeof parsed.data, 'held'> & { held?: unknown } = parsed.data;
  if (parsed.data.held) layout.held = HeldViewList.of(parsed.data.held);
  return layout as VersionLayout;
}
