/**
 * The quality gate's own record of a version: every entry of its report (every finding, where
 * quality.json lists only the first warnings), each tagged with its period, and what it was judged
 * against (the change_seq of the dataset and of each partner dataset, the configuration, the
 * review decisions). Kept next to the version's layout, not listed in its manifest.
 *
 * The next version judges again only what a change can reach and carries the rest. A check
 * compares a row with rows up to twelve months earlier; blame weighs the other rows a finding names,
 * themselves compared up to twelve months on; so a change to period C can change findings and
 * verdicts from C − 24 months on. Those periods are checked again, comparing with rows read from
 * C − 36 months on. A failure whose latest row is before C − 12 months is the one the record holds
 * (no row it compares changed, nor any comparison of those rows), and so is its blame, taken from
 * the record: blaming it again would need the checks of the year before C − 24 months, whose rows
 * it names. Everything before C − 24 months is carried as it was.
 */
import { createHash } from 'node:crypto';
import { pipeline, Readable } from 'node:stream';
import { createGunzip, gzipSync } from 'node:zlib';
import type { BlobStore, DatasetState } from '../ports.js';
import { periodsChangedSince } from '../publish/change-index.js';
import { lines } from '../publish/streams.js';
import type { QualityConfig } from './config.js';
import { isQualityTextIndex, type QualityTextIndex } from './list-text.js';
import type { QualityReport } from './report.js';
import type { ReviewDecision } from './review.js';
import { shiftMonth } from './rows.js';

/** Where the gate keeps its record of a version. */
export const gateLogKey = (dataset: string, version: number) => `datasets/${dataset}/_quality/v${version}.ndjson.gz`;

/** What a version was judged against. */
export interface GateBasis {
  /** The dataset's change_seq the version covers. */
  seq: number;
  /** Each other dataset's change_seq when the gate read it (its rows are partners). */
  partners: Record<string, number>;
  /** Digests of the configuration and of the review decisions: a change to either judges everything again. */
  config: string;
  decisions: string;
}

const FORMAT = 1;
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** The basis of the version being judged. */
export function gateBasis(seq: number, dataset: string, states: DatasetState[], config: QualityConfig, decisions: ReviewDecision[]): GateBasis {
  const partners = Object.fromEntries(states.filter((s) => s.dataset !== dataset).map((s) => [s.dataset, s.change_seq]));
  return { seq, partners, config: digest(config), decisions: digest(decisions) };
}

/**
 * The record of a version, as gzip members: a header line with its basis (and where the lists of
 * the version's quality.json lie, when it was written whole: list-text.ts) and the counts per
 * period, then the report's entries as it keeps them (gzipped lines: nothing is compressed twice,
 * nothing is held whole).
 */
export function* gateLogChunks(basis: GateBasis, report: QualityReport, qualityText?: QualityTextIndex): Generator<Uint8Array> {
  const head = [JSON.stringify({ format: FORMAT, ...basis, ...(qualityText ? { quality_text: qualityText } : {}) }), ...[...report.counts].map(([period, counts]) => JSON.stringify({ period, counts }))];
  yield gzipSync(`${head.join('\n')}\n`);
  yield* report.gzippedEntries();
}

/** A previous version's record: its basis, and its entries (each a line as recorded, with its period), read as they are consumed. */
export interface GateLog {
  basis: GateBasis;
  /** Where the lists of that version's quality.json lie (absent in records written before it was noted). */
  qualityText?: QualityTextIndex;
  entries: AsyncIterable<{ period: string; line: string }>;
}

/** The period an entry's line starts with (`{"period":"2024-05",...`: JSON.stringify writes it first). */
const PERIOD_AT = '{"period":"'.length;

/**
 * A previous version's record, or null when it has none or one in another format (the version is
 * then judged whole: a record only saves work). The entries are read (and gunzipped) as they are
 * consumed; a record that breaks off there makes the consumer throw.
 */
export async function readGateLog(blobs: Pick<BlobStore, 'getStream'>, dataset: string, version: number): Promise<GateLog | null> {
  const body = await blobs.getStream(gateLogKey(dataset, version));
  if (!body) return null;
  // pipeline: a body that fails (or is not gzip) fails the lines read from it.
  const text = lines(pipeline(Readable.from(body), createGunzip(), () => {}))[Symbol.asyncIterator]();
  let basis: GateBasis | null = null;
  let qualityText: QualityTextIndex | undefined;
  try {
    const { format, quality_text, ...rest } = JSON.parse((await text.next()).value ?? '') as GateBasis & { format: number; quality_text?: unknown };
    if (format === FORMAT) basis = rest;
    if (isQualityTextIndex(quality_text)) qualityText = quality_text;
  } catch {
    // Unreadable: judged whole.
  }
  if (basis === null) {
    await text.return?.(undefined);
    return null;
  }
  // Lines are not parsed here: most are carried as they are (QualityReport.carry).
  async function* entries() {
    for (let next = await text.next(); !next.done; next = await text.next()) {
      const line = next.value;
      if (line === '') continue;
      if (!line.startsWith('{"period":"')) throw new Error(`not an entry of a quality record: ${line.slice(0, 80)}`);
      yield { period: line.slice(PERIOD_AT, line.indexOf('"', PERIOD_AT)), line };
    }
  }
  return { basis, qualityText, entries: entries() };
}

/** Sorts after every YYYY-MM: nothing changed, everything is carried. */
const NEVER = '9999-12';

/**
 * What to judge again: entries of periods before `cut` are carried; rows are read from `readFrom`
 * on but checked only from `cut` on (the rows before are what those checks compare with); a
 * failure whose latest row is before `blameFrom` keeps the blame the record gives it.
 */
export interface CarryPlan { cut: string; readFrom: string; blameFrom: string }

/**
 * Which periods the version must judge again, given the previous version's basis and the change
 * index of the dataset and its partners; null (judge everything) when the index cannot tell, the
 * configuration or the decisions changed, a partner dataset went away, or rows without a period changed.
 */
export function carryPlan(previous: GateBasis, now: GateBasis, dataset: string, states: DatasetState[]): CarryPlan | null {
  if (previous.config !== now.config || previous.decisions !== now.decisions) return null;
  if (Object.keys(previous.partners).some((d) => !(d in now.partners))) return null;
  const changed: string[] = [];
  for (const state of states) {
    // A partner dataset new since the previous version changed in every period it has.
    const periods = periodsChangedSince(state, state.dataset === dataset ? previous.seq : (previous.partners[state.dataset] ?? 0));
    if (periods === null) return null;
    changed.push(...periods);
  }
  if (changed.includes('')) return null;
  if (changed.length === 0) return { cut: NEVER, readFrom: NEVER, blameFrom: NEVER };
  const first = changed.reduce((a, b) => (a < b ? a : b));
  return { cut: shiftMonth(first, -24), readFrom: shiftMonth(first, -36), blameFrom: shiftMonth(first, -12) };
}
