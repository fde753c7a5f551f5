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
 *
 * A record of format 2 also keeps what the check passes of its latest three years gave (replay.ts,
 * from the period its header names on): a version whose C − 24 months is among them replays the
 * passes of C − 24 to C from it, reading rows from C − 24 months on and checking only from C on.
 * A record of format 1 has none: the version checks from C − 24 months on, as before.
 */
import { createHash } from 'node:crypto';
import { pipeline, Readable } from 'node:stream';
import { createGunzip, gunzipSync, gzipSync } from 'node:zlib';
import type { BlobStore, DatasetState } from '../ports.js';
import { periodsChangedSince } from '../publish/change-index.js';
import { lines } from '../publish/streams.js';
import type { QualityConfig } from './config.js';
import { isQualityTextIndex, type QualityTextIndex } from './list-text.js';
import type { QualityReport } from './report.js';
import type { SpillMember } from './spill.js';
import type { ReviewDecision } from './review.js';
import { shiftMonth } from './rows.js';
import { STATES_ENTRY } from './replay.js';

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

/** The format written: 2 keeps the check passes' states (replay.ts); 1 (read still) does not. */
const FORMAT = 2;
const FORMATS_READ = [1, 2];
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
 * nothing is held whole). The header lists those members (their list, bytes, lines and latest
 * period) with a digest of their bytes, and the first member says its own length in a gzip extra
 * field: the next version adopts the members of periods it carries as they are, without
 * gunzipping and gzipping them again (any gzip reader still reads the record as one stream).
 */
export function* gateLogChunks(basis: GateBasis, report: QualityReport, qualityText?: QualityTextIndex, statesFrom?: string): Generator<Uint8Array> {
  const members = [...report.recordMembers()];
  const digest = createHash('sha256');
  for (const member of members) digest.update(member.bytes);
  const table: MemberRow[] = members.map((m) => [m.list, m.bytes.byteLength, m.lines, m.last]);
  // held_index: the held rows' index is among the members (QualityReport.heldIndex).
  // check_states_from: the record holds the state line of every check pass from that period on.
  const states = statesFrom !== undefined && statesFrom !== NEVER ? { check_states_from: statesFrom } : {};
  const header = { format: FORMAT, ...basis, ...(qualityText ? { quality_text: qualityText } : {}), held_index: true, ...states, members: table, members_sha256: digest.digest('hex') };
  const head = [JSON.stringify(header), ...[...report.counts].map(([period, counts]) => JSON.stringify({ period, counts }))];
  yield withOwnLength(gzipSync(`${head.join('\n')}\n`));
  for (const member of members) yield member.bytes;
}

/** A member as the record's header lists it: its list (QualityReport.recordMembers), bytes, lines and latest period. */
type MemberRow = [list: string, bytes: number, lines: number, last: string];

const isMemberTable = (value: unknown): value is MemberRow[] =>
  Array.isArray(value) && value.every((m) => Array.isArray(m) && m.length === 4 && typeof m[0] === 'string' && Number.isInteger(m[1]) && m[1] > 0 && Number.isInteger(m[2]) && m[2] >= 0 && typeof m[3] === 'string');

/**
 * The record's first member marks its own length as BGZF marks its blocks: gzip's extra field
 * (RFC 1952 FEXTRA, ignored by every gzip reader) with one subfield, 'Q' 'R', of four bytes.
 */
const HEAD_FIELD = { id: [0x51, 0x52], bytes: 20 } as const;

/** A gzip member from zlib (a 10-byte header with no flags) with HEAD_FIELD holding its own length. */
function withOwnLength(member: Uint8Array): Uint8Array {
  if (member[3] !== 0) throw new Error('a gzip member with header flags set cannot take the record\'s extra field');
  const out = new Uint8Array(member.byteLength + HEAD_FIELD.bytes - 10);
  out.set(member.subarray(0, 10));
  out[3] = 0x04;
  const view = new DataView(out.buffer);
  view.setUint16(10, 8, true);
  out.set(HEAD_FIELD.id, 12);
  view.setUint16(14, 4, true);
  view.setUint32(16, out.byteLength, true);
  out.set(member.subarray(10), HEAD_FIELD.bytes);
  return out;
}

/** The length HEAD_FIELD gives the first member, or null when it has none (a record written before it). */
function ownLength(start: Uint8Array): number | null {
  if (start.byteLength < HEAD_FIELD.bytes || start[0] !== 0x1f || start[1] !== 0x8b || start[3] !== 0x04) return null;
  const view = new DataView(start.buffer, start.byteOffset, start.byteLength);
  if (view.getUint16(10, true) !== 8 || start[12] !== HEAD_FIELD.id[0] || start[13] !== HEAD_FIELD.id[1] || view.getUint16(14, true) !== 4) return null;
  return view.getUint32(16, true);
}

/** Exact numbers of bytes from a stream of chunks, each in a buffer of its own. */
class ByteReader {
  private readonly chunks: AsyncIterator<Uint8Array>;
  private held: Uint8Array = new Uint8Array(0);
  constructor(body: AsyncIterable<Uint8Array>) {
    this.chunks = body[Symbol.asyncIterator]();
  }
  /** The next `n` bytes, fewer only at the end of the stream. */
  async take(n: number): Promise<Uint8Array> {
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < n) {
      if (this.held.byteLength === 0) {
        const next = await this.chunks.next();
        if (next.done) return out.subarray(0, filled);
        this.held = next.value;
      }
      const taken = Math.min(n - filled, this.held.byteLength);
      out.set(this.held.subarray(0, taken), filled);
      filled += taken;
      this.held = this.held.subarray(taken);
    }
    return out;
  }
  /** `first`, then the bytes not taken yet. */
  async *rest(first: Uint8Array): AsyncGenerator<Uint8Array> {
    yield first;
    if (this.held.byteLength > 0) yield this.held;
    for (let next = await this.chunks.next(); !next.done; next = await this.chunks.next()) yield next.value;
  }
}

/** An entry of a record: its line as recorded, with its period. */
export interface RecordEntry { period: string; line: string }

/**
 * A run of a record's entries: one gzip member, with the list it belongs to, its lines and their
 * latest period, as the header lists it; or (`member` absent) the counts of the first member, or
 * every line of a record written without a table of its members.
 */
export interface RecordPart {
  member?: SpillMember & { list: string };
  entries(): Iterable<RecordEntry> | AsyncIterable<RecordEntry>;
}

/** A previous version's record: its basis, and its entries in parts, read as they are consumed. */
export interface GateLog {
  basis: GateBasis;
  /** Where the lists of that version's quality.json lie (absent in records written before it was noted). */
  qualityText?: QualityTextIndex;
  /** Whether the record holds the held rows' index (records written before it was kept do not: their held lines are read). */
  heldIndex: boolean;
  /** The first period whose check pass the record keeps, and every one after (replay.ts); absent in a record of format 1. */
  statesFrom?: string;
  parts: AsyncIterable<RecordPart>;
}

/** The period an entry's line starts with (`{"period":"2024-05",...`: JSON.stringify writes it first). */
const PERIOD_AT = '{"period":"'.length;

/** A line of a record as an entry (its period read from its start); lines are not parsed here: most are carried as they are (QualityReport.carry). */
function entryOf(line: string): RecordEntry {
  if (!line.startsWith('{"period":"')) throw new Error(`not an entry of a quality record: ${line.slice(0, 80)}`);
  return { period: line.slice(PERIOD_AT, line.indexOf('"', PERIOD_AT)), line };
}

/** The entries of gunzipped lines. */
function* entriesOf(text: string): Generator<RecordEntry> {
  for (const line of text.split('\n')) if (line !== '') yield entryOf(line);
}

/** What a record's header line says, or null when it is not one this code reads (the version is then judged whole). */
function headerOf(line: string | undefined): { basis: GateBasis; qualityText?: QualityTextIndex; heldIndex: boolean; statesFrom?: string; members?: MemberRow[]; digest?: string } | null {
  try {
    const { format, quality_text, held_index, check_states_from, members, members_sha256, ...basis } = JSON.parse(line ?? '') as GateBasis & { format: number; quality_text?: unknown; held_index?: unknown; check_states_from?: unknown; members?: unknown; members_sha256?: unknown };
    if (!FORMATS_READ.includes(format)) return null;
    const statesFrom = format === 2 && typeof check_states_from === 'string' ? { statesFrom: check_states_from } : {};
    return { basis, qualityText: isQualityTextIndex(quality_text) ? quality_text : undefined, heldIndex: held_index === true, ...statesFrom, ...(isMemberTable(members) && typeof members_sha256 === 'string' ? { members, digest: members_sha256 } : {}) };
  } catch {
    return null;
  }
}

/**
 * A previous version's record, or null when it has none or one in another format (the version is
 * then judged whole: a record only saves work). Its members are read as they are consumed; a
 * record that breaks off there (or whose members are not those its header lists) makes the
 * consumer throw.
 */
export async function readGateLog(blobs: Pick<BlobStore, 'getStream'>, dataset: string, version: number): Promise<GateLog | null> {
  const body = await blobs.getStream(gateLogKey(dataset, version));
  if (!body) return null;
  const bytes = new ByteReader(body);
  const start = await bytes.take(HEAD_FIELD.bytes);
  const headLength = ownLength(start);
  if (headLength === null || headLength < HEAD_FIELD.bytes) return wholeRecord(bytes.rest(start));
  let headText: string[];
  try {
    headText = gunzipSync(Buffer.concat([start, await bytes.take(headLength - HEAD_FIELD.bytes)])).toString('utf8').split('\n');
  } catch {
    return null;
  }
  const header = headerOf(headText[0]);
  if (!header?.members) return null;
  const { members, digest } = header;
  async function* parts(): AsyncGenerator<RecordPart> {
    yield { entries: () => entriesOf(headText.slice(1).join('\n')) };
    const hash = createHash('sha256');
    for (const [list, length, count, last] of members) {
      const member = await bytes.take(length);
      if (member.byteLength < length) throw new Error(`the record breaks off in a member of ${list}`);
      hash.update(member);
      yield { member: { list, bytes: member, lines: count, last }, entries: () => entriesOf(gunzipSync(member).toString('utf8')) };
    }
    if (hash.digest('hex') !== digest || (await bytes.take(1)).byteLength > 0) throw new Error('the record\'s members are not those its header lists');
  }
  return { basis: header.basis, qualityText: header.qualityText, heldIndex: header.heldIndex, statesFrom: header.statesFrom, parts: parts() };
}

/** A record without a table of its members (written before it had one): every line, gunzipped as read. */
async function wholeRecord(body: AsyncIterable<Uint8Array>): Promise<GateLog | null> {
  // pipeline: a body that fails (or is not gzip) fails the lines read from it.
  const text = lines(pipeline(Readable.from(body), createGunzip(), () => {}))[Symbol.asyncIterator]();
  const header = headerOf((await text.next().catch(() => ({ value: undefined }))).value);
  if (!header) {
    await text.return?.(undefined);
    return null;
  }
  // Read line by line: the held rows come from their own lines. The passes' state lines (of a
  // record rewritten without its table of members) are left out: without the table nothing is replayed.
  async function* entries() {
    for (let next = await text.next(); !next.done; next = await text.next()) if (next.value !== '' && !STATES_ENTRY.test(next.value)) yield entryOf(next.value);
  }
  return { basis: header.basis, qualityText: header.qualityText, heldIndex: false, parts: (async function* () {
    yield { entries };
  })() };
}

/** Sorts after every YYYY-MM: nothing changed, everything is carried. */
export const NEVER = '9999-12';

/**
 * What to judge again: entries of periods before `cut` are carried; rows are read from `readFrom`
 * on but checked only from `cut` on (the rows before are what those checks compare with); a
 * failure whose latest row is before `blameFrom` keeps the blame the record gives it. `first` is
 * the first changed period.
 */
export interface CarryPlan { cut: string; readFrom: string; blameFrom: string; first: string }

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
  if (changed.length === 0) return { cut: NEVER, readFrom: NEVER, blameFrom: NEVER, first: NEVER };
  const first = changed.reduce((a, b) => (a < b ? a : b));
  return { cut: shiftMonth(first, -24), readFrom: shiftMonth(first, -36), blameFrom: shiftMonth(first, -12), first };
}
