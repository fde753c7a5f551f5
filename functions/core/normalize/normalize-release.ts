/**
 * The normalize use case: one archived release content → validated observations in the store.
 * A release the extractor rejects, or whose rows fail the contract, is marked failed with the
 * reason; its raw bytes stay archived and it is retried on later runs until quarantined.
 */
import { ObservationDraft, type NormalizeRequest, type Release, type SourceConfig } from '../contract.js';
import { decodeDocument } from '../charset.js';
import { harmonizeDraft } from '../codes/harmonize.js';
import { observationId } from '../identity.js';
import { tableReleaseDate } from './release-date.js';
import { sameFigure } from './revisions.js';
import type { BlobStore, Logger, ObservationStore, ReleaseExtractor, ReleaseLedger, UpsertSummary } from '../ports.js';

/** Attempts allowed when the release's source is no longer configured. */
const DEFAULT_MAX_ATTEMPTS = 3;

/** Everything normalize needs from the outside. */
export interface NormalizeDeps {
  blobs: BlobStore;
  ledger: ReleaseLedger;
  observations: ObservationStore;
  logger: Logger;
  /** False once the invocation should stop writing rows and hand the rest to the next one (absent: no limit). */
  hasTime?: () => boolean;
  /**
   * Where extraction runs: the normalize Lambda uses a worker with a deadline; tests and tools may
   * pass `inProcessExtractor`. Required, so the handler's bundle does not carry the extractors its
   * worker runs.
   */
  extractor: ReleaseExtractor;
}

/**
 * Longest `source_quote` stored. A quote is one sentence or a `row | column` label; a longer one
 * is a runaway (a page without sentence breaks) and would make a single row approach DynamoDB's
 * 400 KB item limit, failing the whole release.
 */
export const MAX_SOURCE_QUOTE_CHARS = 2000;

/** Cuts an over-long quote at a character boundary and says so; figures are never touched. */
export function boundQuote(draft: ObservationDraft): { draft: ObservationDraft; warning?: string } {
  if (draft.source_quote.length <= MAX_SOURCE_QUOTE_CHARS) return { draft };
  // Never split a surrogate pair: a lone half is not valid text in any output format.
  const cut = draft.source_quote.slice(0, MAX_SOURCE_QUOTE_CHARS).replace(/[\uD800-\uDBFF]$/, '');
  return {
    draft: { ...draft, source_quote: `${cut}…` },
    warning: `quote of the figure ${draft.value ?? ''} ${draft.unit} was ${draft.source_quote.length} characters; kept the first ${MAX_SOURCE_QUOTE_CHARS}`,
  };
}

/** The outcome of normalizing one release content, as a value. */
export type NormalizeOutcome =
  | ({ status: 'normalized'; release_id: string; source_id: string; rows: number; warnings: string[] } & UpsertSummary)
  | { status: 'skipped'; release_id: string; source_id: string; reason: string }
  /** The time ran out after part of the rows were written; the same request resumes it. */
  | ({ status: 'continued'; release_id: string; source_id: string; rows: number } & UpsertSummary)
  | { status: 'failed'; release_id: string; source_id: string; reason: string; state: 'failed' | 'quarantined' };

/** The text of a release body, by its declared encoding (charset.ts); kept here for existing callers. */
export { decodeBody } from '../charset.js';

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
  const release = await deps.ledger.get(request.release_id);
  if (!release) return skipped(request, 'release is not in the ledger');
  const stale = staleRequest(request, release);
  if (stale) return skipped(request, stale);
  const attempt = new ReleaseAttempt(request, release, source?.politeness.max_attempts ?? DEFAULT_MAX_ATTEMPTS, deps);
  const refused = await attempt.start();
  if (refused) return refused;
  if (!source) return attempt.fail('its source is no longer configured');
  const raw = await deps.blobs.get(release.raw_key);
  if (!raw) return attempt.fail(`raw bytes missing at ${release.raw_key}`);
  return attempt.normalize(raw, source);
}

/** The outcome of a request left alone, and why. */
function skipped(request: NormalizeRequest, reason: string): NormalizeOutcome {
  return { status: 'skipped', release_id: request.release_id, source_id: request.source_id, reason };
}

/** Why a request is not worth normalizing any more (a newer content, a release done already); undefined when it is. */
function staleRequest(request: NormalizeRequest, release: Release): string | undefined {
  if (release.sha256 !== request.sha256) return 'a newer content revision superseded this one';
  if ((release.state === 'normalized' || release.state === 'quarantined') && !request.reprocess) return `release is already ${release.state}`;
  return undefined;
}

/** The release's rows as the contract has them, harmonized and with bounded quotes; the first row that breaks the contract instead. */
function contractDrafts(rows: unknown[]): { drafts: ObservationDraft[]; quoteWarnings: string[] } | { broken: string } {
  const drafts: ObservationDraft[] = [];
  const quoteWarnings: string[] = [];
  for (const [index, row] of rows.entries()) {
    const parsed = ObservationDraft.safeParse(row);
    if (!parsed.success) return { broken: `row ${index + 1} breaks the contract: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
    // Harmonized before anything computes an id from it (conflicts below, the store's upsert).
    const bounded = boundQuote(harmonizeDraft(parsed.data));
    if (bounded.warning) quoteWarnings.push(`row ${index + 1}: ${bounded.warning}`);
    drafts.push(bounded.draft);
  }
  return { drafts, quoteWarnings };
}

/** One attempt at normalizing one content of a release, counted in the ledger. */
class ReleaseAttempt {
  private readonly where: string;
  private readonly release_id: string;
  private readonly source_id: string;

  constructor(
    private readonly request: NormalizeRequest,
    private readonly release: Release,
    private readonly maxAttempts: number,
    private readonly deps: NormalizeDeps,
  ) {
    ({ release_id: this.release_id, source_id: this.source_id } = request);
    this.where = `source ${request.source_id}: release ${request.release_id} (${release.url})`;
  }

  /**
   * Counts the attempt before the work starts: an attempt that crashes or times out still counts, so a
   * release that kills normalize is quarantined after max_attempts instead of looping forever.
   * Reprocessing (the extractors improved) starts a new count, whatever became of earlier attempts.
   * The outcome when the ledger refuses it.
   */
  async start(): Promise<NormalizeOutcome | undefined> {
    const { release, release_id, source_id, where } = this;
    const attempt = await this.deps.ledger.startAttempt(release_id, release.sha256, this.maxAttempts, `${where}: gave up after ${release.attempts} attempts; last: ${release.reason ?? 'normalize did not finish (crashed or timed out)'}`, Boolean(this.request.reprocess));
    if (attempt.proceed) return undefined;
    if (attempt.state !== 'quarantined') return skipped(this.request, `release is ${attempt.state ?? 'gone'}`);
    this.deps.logger.warn(`${where}: quarantined after ${release.attempts} attempts`, { source_id, release_id, state: 'quarantined' });
    return { status: 'failed', release_id, source_id, reason: `${where}: quarantined after ${release.attempts} attempts`, state: 'quarantined' };
  }

  async fail(reason: string): Promise<NormalizeOutcome> {
    const { release_id, source_id } = this;
    const full = `${this.where}: ${reason}`;
    const state = await this.deps.ledger.markFailed(release_id, this.release.sha256, full, this.maxAttempts);
    this.deps.logger.warn(full, { source_id, release_id, state });
    return { status: 'failed', release_id, source_id, reason: full, state: state === 'quarantined' ? 'quarantined' : 'failed' };
  }

  /** Extracts the rows of the archived bytes, checks them against the contract and stores them. */
  async normalize(raw: Uint8Array, source: SourceConfig): Promise<NormalizeOutcome> {
    const { release, release_id } = this;
    // Decoded here, on every read: the archive keeps the bytes exactly as the server sent them.
    const { text, warnings: encodingWarnings } = decodeDocument(raw, release.content_type);
    const outcome = await this.deps.extractor.extract(
      text,
      { dataset: release.dataset, release_id, source_url: release.url, published: release.published },
      { kind: release.kind, contentType: release.content_type, defaultUnit: source.default_unit, layout: source.table_layout },
    );
    if (!outcome.ok) return this.fail(outcome.reason);
    const read = contractDrafts(outcome.rows);
    if ('broken' in read) return this.fail(read.broken);
    const { drafts } = read;
    // A table's rows carry the day the table was released, which its page may print.
    const dating = release.kind === 'statistical-table' ? tableReleaseDate(text, latestPeriodEnd(drafts), release, source.calendar) : undefined;
    if (dating) for (const draft of drafts) draft.published = dating.published;
    const warnings = [...encodingWarnings, ...outcome.warnings, ...read.quoteWarnings, ...conflictingFigures(drafts)];
    return this.store(drafts, warnings, dating);
  }

  /** Applies the rows to the store; the release is normalized once every row is in, continued when time ran out first. */
  private async store(drafts: ObservationDraft[], warnings: string[], dating: ReturnType<typeof tableReleaseDate> | undefined): Promise<NormalizeOutcome> {
    const { deps, release, release_id, source_id, where } = this;
    const summary = await deps.observations.applyRelease(release.dataset, release_id, drafts, { hasTime: deps.hasTime });
    if (summary.incomplete) {
      await deps.ledger.markProgress(release_id, release.sha256);
      deps.logger.info(`${where}: time ran out after ${summary.added + summary.revised} rows written; continued in the next invocation`, { source_id, release_id });
      return { status: 'continued', release_id, source_id, rows: drafts.length, ...summary };
    }
    await deps.ledger.markNormalized(release_id, release.sha256, warnings, dating);
    for (const warning of warnings) deps.logger.warn(`source ${source_id}: release ${release_id}: ${warning}`, { source_id, release_id });
    return { status: 'normalized', release_id, source_id, rows: drafts.length, warnings, ...summary };
  }
}
