/**
 * The normalize use case: one archived release content → validated observations in the store.
 * A release the extractor rejects, or whose rows fail the contract, is marked failed with the
 * reason; its raw bytes stay archived and it is retried on later runs until quarantined.
 */
import { ObservationDraft, type NormalizeRequest, type SourceConfig } from '../contract.js';
import { harmonizeDraft } from '../codes/harmonize.js';
import { extractRelease } from '../extract/index.js';
import { observationId } from '../identity.js';
import { tableReleaseDate } from './release-date.js';
import { sameFigure } from './revisions.js';
import type { BlobStore, Logger, ObservationStore, ReleaseLedger, UpsertSummary } from '../ports.js';

/** Everything normalize needs from the outside. */
export interface NormalizeDeps {
  blobs: BlobStore;
  ledger: ReleaseLedger;
  observations: ObservationStore;
  logger: Logger;
}

/** The outcome of normalizing one release content, as a value. */
export type NormalizeOutcome =
  | ({ status: 'normalized'; release_id: string; source_id: string; rows: number; warnings: string[] } & UpsertSummary)
  | { status: 'skipped'; release_id: string; source_id: string; reason: string }
  | { status: 'failed'; release_id: string; source_id: string; reason: string; state: 'failed' | 'quarantined' };

/** Decodes a release body using the charset its media type declares (UTF-8 otherwise). */
export function decodeBody(body: Uint8Array, contentType: string): string {
  const charset = /charset=([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/**
 * Warnings for rows of one release that name the same series and period but state different
 * figures: the store keeps the first, and a reader of the ledger should know the release disagreed.
 */
export function conflictingFigures(drafts: ObservationDraft[]): string[] {
  const first = new Map<string, ObservationDraft>();
  const warnings: string[] = [];
  for (const draft of drafts) {
    const id = observationId(draft);
    const earlier = first.get(id);
    if (!earlier) first.set(id, draft);
    else if (!sameFigure(earlier, draft)) {
      warnings.push(`two figures for one series (${draft.area}, ${draft.partner}, ${draft.flow}, ${draft.commodity}, ${draft.unit}, ${draft.period_start}..${draft.period_end}): kept ${earlier.value} from "${earlier.source_quote.slice(0, 80)}", left out ${draft.value} from "${draft.source_quote.slice(0, 80)}"`);
    }
  }
  return warnings;
}

/** The last month any row covers ('' when no row has a period). */
function latestPeriodEnd(drafts: ObservationDraft[]): string {
  return drafts.reduce((latest, d) => (d.period_end > latest ? d.period_end : latest), '');
}

/** Normalizes one archived release content; infrastructure errors are thrown so the queue retries. */
export async function normalizeRelease(request: NormalizeRequest, source: SourceConfig | undefined, deps: NormalizeDeps): Promise<NormalizeOutcome> {
  const { release_id, source_id } = request;
  const release = await deps.ledger.get(release_id);
  if (!release) return { status: 'skipped', release_id, source_id, reason: 'release is not in the ledger' };
  if (release.sha256 !== request.sha256) return { status: 'skipped', release_id, source_id, reason: 'a newer content revision superseded this one' };
  if ((release.state === 'normalized' || release.state === 'quarantined') && !request.reprocess) return { status: 'skipped', release_id, source_id, reason: `release is already ${release.state}` };

  const fail = async (reason: string): Promise<NormalizeOutcome> => {
    const full = `source ${source_id}: release ${release_id} (${release.url}): ${reason}`;
    const state = await deps.ledger.markFailed(release_id, release.sha256, full, source?.politeness.max_attempts ?? 3);
    deps.logger.warn(full, { source_id, release_id, state });
    return { status: 'failed', release_id, source_id, reason: full, state: state === 'quarantined' ? 'quarantined' : 'failed' };
  };

  if (!source) return fail('its source is no longer configured');
  const raw = await deps.blobs.get(release.raw_key);
  if (!raw) return fail(`raw bytes missing at ${release.raw_key}`);

  const text = decodeBody(raw, release.content_type);
  const outcome = extractRelease(
    text,
    { dataset: release.dataset, release_id, source_url: release.url, published: release.published },
    { kind: release.kind, contentType: release.content_type, defaultUnit: source.default_unit, layout: source.table_layout },
  );
  if (!outcome.ok) return fail(outcome.reason);

  const drafts: ObservationDraft[] = [];
  for (const [index, row] of outcome.rows.entries()) {
    const parsed = ObservationDraft.safeParse(row);
    if (!parsed.success) {
      return fail(`row ${index + 1} breaks the contract: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    // Harmonized before anything computes an id from it (conflicts below, the store's upsert).
    drafts.push(harmonizeDraft(parsed.data));
  }
  // A table's rows carry the day the table was released, which its page may print.
  const dating = release.kind === 'statistical-table' ? tableReleaseDate(text, latestPeriodEnd(drafts), release, source.calendar) : undefined;
  if (dating) for (const draft of drafts) draft.published = dating.published;
  const warnings = [...outcome.warnings, ...conflictingFigures(drafts)];
  const summary = await deps.observations.applyRelease(release.dataset, release_id, drafts);
  await deps.ledger.markNormalized(release_id, release.sha256, warnings, dating);
  for (const warning of warnings) deps.logger.warn(`source ${source_id}: release ${release_id}: ${warning}`, { source_id, release_id });
  return { status: 'normalized', release_id, source_id, rows: drafts.length, warnings, ...summary };
}
