/**
 * A version's layout: where each stripe (the rows of one period_end) starts in each file that is
 * composed from stripes, with the SHA-256 state at that point, and a digest of each stripe's rows.
 * The next version reads it to find the first stripe that changed, copies every file's bytes
 * before that stripe from this version (server-side), renders only the rest, and resumes each
 * checksum from the saved state. Kept next to the dataset's versions, outside the version folders:
 * it is bookkeeping for the publisher, not part of what users download.
 */
import { z } from 'zod';
import type { BlobStore } from '../ports.js';
import { VERSION_FILES } from './documents.js';

/** The files built from stripes, each of which a version composes from the previous one. */
export const COMPOSED_FILES = [VERSION_FILES.csv, VERSION_FILES.csvGz, VERSION_FILES.json, VERSION_FILES.ndjson, VERSION_FILES.parquet, VERSION_FILES.vintages] as const;

const HashState = z.object({ h: z.array(z.number().int()).length(8), bytes: z.number().int().nonnegative(), tail: z.string() });

/** Where a stripe starts in one composed file. */
const Boundary = z.object({ at: z.number().int().nonnegative(), state: HashState });

export const VersionLayout = z.object({
  dataset: z.string(),
  version: z.number().int().positive(),
  /** The row order the files follow; a layout of another order is not reused. */
  order: z.literal('period_end,period_start,observation_id'),
  stripes: z.array(
    z.object({
      /** The stripe's period_end. */
      key: z.string(),
      /** sha256 of the stripe's lines in observations.ndjson: equal digests, equal rows. */
      digest: z.string(),
      /** Start of the stripe in each composed file, by path. */
      starts: z.record(z.string(), Boundary),
      /** Parquet row groups before the stripe (a row group never spans two stripes). */
      row_groups_before: z.number().int().nonnegative(),
    }),
  ),
  /** The Parquet writer's metadata and page indexes of every row group, for the footer of a composed file. */
  parquet: z.object({ row_group_size: z.number().int().positive().nullable(), row_groups: z.number().int().nonnegative(), saved: z.string() }),
  /** End of the last stripe in each composed file (before any closing bytes), by path. */
  ends: z.record(z.string(), Boundary),
});
export type VersionLayout = z.infer<typeof VersionLayout>;
export type StripeBoundary = z.infer<typeof Boundary>;

/** Key of a version's layout. */
export const layoutKey = (dataset: string, version: number) => `datasets/${dataset}/_layout/v${version}.json`;

/** The layout of a version, or null when it has none (a version written before layouts, or in another order). */
export async function readLayout(blobs: BlobStore, dataset: string, version: number): Promise<VersionLayout | null> {
  const body = await blobs.get(layoutKey(dataset, version));
  if (!body) return null;
  const parsed = VersionLayout.safeParse(JSON.parse(new TextDecoder().decode(body)));
  return parsed.success ? parsed.data : null;
}
