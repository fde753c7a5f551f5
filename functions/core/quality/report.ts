/**
 * quality.json: what the quality stage checked in a version and what it found, in words a reader
 * understands, with the rows involved. Part of the version (listed in datapackage.json and the
 * manifest), so the decisions that let a held-back row through are part of its provenance.
 */
import { gunzipSync } from 'node:zlib';
import type { Observation } from '../contract.js';
import { QUALITY_CHECKS, type AssessmentSink, type JudgedFinding, type QualityAssessment, type ReplayedFinding, type RowVerdict, type WeighedState } from './assess.js';
import { CHECK_NAMES, type CheckName, type QualityConfig } from './config.js';
import { describeRow, detached, rowRef, shiftMonth, type QualityRow } from './rows.js';
import type { HeldRow, ReviewDecision } from './review.js';
import { jsonText, Listed, materialized, utf8Chunks, type StreamedDocument } from './json-text.js';
import { listItems, type QualityTextBase, type QualityTextIndex } from './list-text.js';
import { LineSpill, type SpillMember } from './spill.js';
import { HeldIds } from './held-ids.js';
import { STATES_LIST } from './replay.js';
import type { CopiedRange } from '../ports.js';

/** The counts a version's quality summary shows. */
export interface QualitySummary {
  rows_checked: number;
  /** Rows no check could compare with another figure: a pass says nothing about them. */
  without_partner: number;
  pass: number;
  warn: number;
  fail: number;
  held_back: number;
  accepted_by_review: number;
  rejected_by_review: number;
}

/** Counts of a quality assessment. */
export function qualitySummary(assessment: QualityAssessment): QualitySummary {
  return reportOf(assessment).summary;
}

/** An assessment's verdicts and findings gathered into a report. */
function reportOf(assessment: QualityAssessment): QualityReport {
  const report = new QualityReport(assessment.dataset, assessment.config);
  for (const v of assessment.verdicts) report.verdict(v);
  for (const f of assessment.findings) report.finding(f);
  return report;
}

/** A row named by a finding, as quality.json lists it. */
export interface RowEntry { dataset: string; observation_id: string; revision: number; row: string; release_id: string; suspected: boolean }

/** A finding as quality.json lists it. */
export interface FindingEntry { check: CheckName; outcome: 'fail' | 'warn'; message: string; evidence: Record<string, number | string | null>; rows: RowEntry[] }

/** A held-back row as the review lists it (the version that first held it is known only when the list is recorded), and the earlier revision published instead. */
export interface HeldEntry extends Omit<HeldRow, 'since_version'> { previous?: Observation }

/** Verdict counts of the rows of one period. */
export type RowCounts = Pick<QualitySummary, 'rows_checked' | 'without_partner' | 'pass' | 'warn' | 'fail'>;

/**
 * What a report is made of, each tagged with its period (a row's period_end; for a finding, that
 * of its latest row): the quality stage of the next version carries the entries of the periods
 * no change reaches (gate-log.ts) and judges only the rest.
 */
export type ReportEntry =
  | { period: string; counts: RowCounts }
  | { period: string; held: HeldEntry }
  | { period: string; decided: ReviewDecision; row: string }
  | { period: string; finding: FindingEntry; suspects?: number[]; at?: string[]; weighed?: WeighedState[] };

const rowEntry = (row: QualityRow, blamed: QualityRow[]): RowEntry => ({
  dataset: row.dataset,
  observation_id: row.observation_id,
  revision: row.revision,
  row: describeRow(row),
  release_id: row.release_id,
  suspected: blamed.includes(row),
});

/** The latest period_end among a finding's rows. */
const periodOf = (f: JudgedFinding) => f.rows.reduce((end, r) => (r.period_end > end ? r.period_end : end), '');

/** A held row's entry: why it is held, from the hard checks that blamed it (or the operator's rejection). */
function heldEntry(v: RowVerdict, previous?: Observation): HeldEntry {
  const failed = v.findings.filter((f) => f.outcome === 'fail' && f.blamesRow);
  return {
    dataset: v.row.dataset,
    observation_id: v.row.observation_id,
    revision: v.row.revision,
    release_id: v.row.release_id,
    source_url: v.row.source_url,
    published: v.row.published,
    label: describeRow(v.row),
    checks: [...new Set(failed.map((f) => f.check))],
    reasons: failed.length > 0 ? failed.map((f) => `${f.check}: ${f.message}`) : [`rejected by review: ${v.decision?.reason ?? ''}`],
    status: v.decision?.decision === 'reject' ? 'rejected' : 'held',
    ...(previous ? { previous } : {}),
  };
}

/** Counts a verdict in `counts`. */
function count(counts: RowCounts, v: RowVerdict): void {
  counts.rows_checked++;
  if (!v.compared) counts.without_partner++;
  if (v.outcome === 'pass') counts.pass++;
  else if (v.outcome === 'warn') counts.warn++;
  else counts.fail++;
}

/** One check's findings: counts, and its failures and warnings as JSON lines of their entries, in the order found. */
interface CheckFindings { failures: number; warnings: number; failed: LineSpill; warned: LineSpill }

/**
 * Lines by period, read back period by period (in the order pushed within one). Held rows and
 * decisions are listed so: the order rows are judged in puts a row named by no finding a year
 * before the rows of its period that findings name, so a version that judges only its last
 * periods again (and carries the rest) would list them in another order than a whole judgement.
 */
class PeriodLines {
  private readonly periods = new Map<string, LineSpill>();
  push(period: string, line: string): void {
    this.spillOf(period).push(line, period);
  }
  /** Adds a member of lines of one period, gzipped as they were in a previous version's record. */
  adopt(period: string, member: SpillMember): void {
    this.spillOf(period).adopt(member);
  }
  private spillOf(period: string): LineSpill {
    let spill = this.periods.get(period);
    if (!spill) {
      this.periods.set(period, (spill = new LineSpill()));
      // Rows are judged up to two years after their period: older periods get no more lines, and
      // their last lines are compressed rather than held as text (a few hundred periods).
      const before = period === '' ? '' : shiftMonth(period, -25);
      for (const [older, lines] of this.periods) if (older < before) lines.seal();
    }
    return spill;
  }
  private sorted(): LineSpill[] {
    return [...this.periods].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, spill]) => spill);
  }
  /** Every line from the `from`-th on. */
  *lines(from = 0): Generator<string> {
    let skip = from;
    for (const spill of this.sorted()) {
      if (skip >= spill.count) {
        skip -= spill.count;
        continue;
      }
      yield* spill.lines(skip);
      skip = 0;
    }
  }
  /** Lines pushed so far. */
  get count(): number {
    let total = 0;
    for (const spill of this.periods.values()) total += spill.count;
    return total;
  }
  *gzipped(): Generator<SpillMember> {
    for (const spill of this.sorted()) yield* spill.gzipped();
  }
}

/**
 * What quality.json needs of an assessment, gathered as verdicts and findings come (so the
 * streaming gate holds no more than this): the counts, the held and decided rows, every failure
 * and the first warnings of each check, rendered as they come (no row is kept) into gzipped JSON
 * lines (spill.ts), read back when quality.json is written. With `complete`, it also keeps every
 * warning, for the gate's record (the next version carries it).
 *
 * Held rows are also kept compact while the version is written: their ids with the revision held,
 * and the earlier revision standing in for each revised one.
 */
export class QualityReport implements AssessmentSink {
  readonly summary: QualitySummary = { rows_checked: 0, without_partner: 0, pass: 0, warn: 0, fail: 0, held_back: 0, accepted_by_review: 0, rejected_by_review: 0 };
  /** Held rows by observation_id: the revision held back (later ones are held too), kept in flat buffers (held-ids.ts). */
  readonly heldFrom = new HeldIds();
  /** The earlier revision of each held revised row, by observation_id. */
  readonly previousOfHeld = new Map<string, Observation>();
  /** The period of each row held at a revision after the first, by observation_id: an earlier revision may stand in for it. */
  readonly revisedHeld = new Map<string, string>();
  /**
   * Held rows whose entries were carried from the previous version's record, their ids by period:
   * no change reached those periods since they were judged, so their rows are the ones judged.
   */
  readonly carriedHeld = new Map<string, string[]>();
  private readonly decidedRows: { period: string; decision: ReviewDecision; row: string }[] = [];
  findingsTotal = 0;
  readonly counts = new Map<string, RowCounts>();
  private readonly heldLines = new PeriodLines();
  /**
   * The held rows' index (heldIndexLine: period, id, revision, and the earlier revision where one
   * was kept), a list of the record next to the held lines: the next version rebuilds `heldFrom`
   * and the rest from it and adopts the held lines' members unread.
   */
  private readonly heldIndex = new PeriodLines();
  private readonly decidedLines = new PeriodLines();
  /** The check passes' state lines (replay.ts), by the period passed over: for the record only. */
  private readonly stateLines = new PeriodLines();
  /** Per check, in CHECK_NAMES order. */
  private readonly byCheck: Map<string, CheckFindings>;

  constructor(
    readonly dataset: string,
    readonly config: QualityConfig,
    private readonly complete = false,
  ) {
    this.byCheck = new Map(CHECK_NAMES.map((name) => [name, { failures: 0, warnings: 0, failed: new LineSpill(), warned: new LineSpill() }]));
  }

  /** Takes a row's verdict (with the earlier revision that stands in for it when it is held). */
  verdict(v: RowVerdict, previous?: Observation): void {
    const period = v.row.period_end;
    count(this.countsOf(period), v);
    count(this.summary, v);
    if (v.held) this.add({ period, held: heldEntry(v, previous) });
    if (v.decision) this.add({ period, decided: v.decision, row: rowRef(v.row) });
  }

  /**
   * Takes a judged finding. Its entry keeps, besides what quality.json lists, which of its rows the
   * check suspected (`suspects`, their indexes, when not all): what blame weighs, so that the next
   * version can judge it again from the record (replay.ts). One replayed with the blame the record
   * gives is its recorded line again.
   */
  finding(f: JudgedFinding): void {
    const { recorded, fixed } = f as ReplayedFinding;
    if (recorded) return this.carry(recorded.line);
    const all = f.suspects.length === f.rows.length && f.suspects.every((r, i) => r === f.rows[i]);
    const suspects = all ? {} : { suspects: f.suspects.map((r) => f.rows.indexOf(r)) };
    // A row of a carried period (not read) is listed as the record listed it, with the blame it has now.
    const entryOf = (r: QualityRow) => {
      const carried = fixed?.get(r);
      return carried ? ({ ...carried.entry, suspected: f.blamed.includes(r) } as unknown as RowEntry) : rowEntry(r, f.blamed);
    };
    // `at` and `weighed` are for the record (quality.json lists `finding` only): each row's period, and what blame weighed.
    const weighed = f.weighed ? { weighed: f.weighed } : {};
    this.add({ period: periodOf(f), finding: { check: f.check, outcome: f.outcome, message: f.message, evidence: f.evidence, rows: f.rows.map(entryOf) }, ...suspects, at: f.rows.map((r) => r.period_end), ...weighed });
  }

  /** Adds one entry: judged now, or carried from the previous version (`line`: the entry's JSON line as recorded). */
  add(entry: ReportEntry, line?: string): void {
    const s = this.summary;
    if ('counts' in entry) {
      const period = this.countsOf(entry.period);
      for (const key of Object.keys(entry.counts) as (keyof RowCounts)[]) {
        period[key] += entry.counts[key];
        s[key] += entry.counts[key];
      }
      return;
    }
    const text = () => line ?? JSON.stringify(entry);
    if ('held' in entry) this.addHeld(entry.period, entry.held.observation_id, entry.held.revision, entry.held.previous, text());
    else if ('decided' in entry) {
      s[entry.decided.decision === 'accept' ? 'accepted_by_review' : 'rejected_by_review']++;
      this.decidedRows.push({ period: entry.period, decision: entry.decided, row: entry.row });
      this.decidedLines.push(entry.period, text());
    } else this.addFinding(entry.finding.check, entry.finding.outcome, text, entry.period);
  }

  /**
   * Adds an entry carried from the previous version's record, its line as recorded. A finding's
   * check and outcome are read from the start of its line (findings are most of a large record,
   * and nothing else of them is needed until quality.json is written); other lines are parsed.
   */
  carry(line: string): void {
    const finding = RECORDED_FINDING.exec(line);
    if (finding && this.byCheck.has(finding[2])) return this.addFinding(finding[2], finding[3] as 'fail' | 'warn', () => line, finding[1]);
    if (RECORDED_HELD.test(line)) return this.carryHeld(line, true);
    // On this path (a record read line by line) held rows are read from their own lines.
    if (HELD_INDEX_ENTRY.test(line)) return;
    const entry = JSON.parse(line) as ReportEntry;
    if ('held' in entry) return this.addHeld(entry.period, entry.held.observation_id, entry.held.revision, entry.held.previous, line, true);
    this.add(entry, line);
  }

  /** Takes a held row's recorded line: counted and its id kept; the line listed too unless its member is adopted whole (`listed` false). */
  private carryHeld(line: string, listed: boolean): void {
    // A held row with no earlier revision standing in (most of them): its id and revision are all it needs.
    const held = RECORDED_HELD.exec(line);
    if (held && !line.includes('"previous":{')) return this.addHeld(held[1], detached(held[2]), Number(held[3]), undefined, listed ? line : undefined, true);
    const entry = JSON.parse(line) as Extract<ReportEntry, { held: HeldEntry }>;
    this.addHeld(entry.period, entry.held.observation_id, entry.held.revision, entry.held.previous, listed ? line : undefined, true);
  }

  private addHeld(period: string, observationId: string, revision: number, previous: Observation | undefined, line: string | undefined, carried = false, indexed = false): void {
    this.summary.held_back++;
    this.heldFrom.set(observationId, revision);
    if (previous) this.previousOfHeld.set(observationId, previous);
    if (revision > 1) this.revisedHeld.set(observationId, period);
    if (line !== undefined) this.heldLines.push(period, line);
    if (carried) (this.carriedHeld.get(period) ?? this.carriedHeld.set(period, []).get(period)!).push(observationId);
    if (!indexed) this.heldIndex.push(period, heldIndexLine(period, observationId, revision, previous));
  }

  /** Keeps the state line of a check pass over `period` (replay.ts) for the record. */
  passStates(period: string, line: string): void {
    this.stateLines.push(period, line);
  }

  /** Takes a line of the held rows' index (an adopted member's): the row counted and kept, its held line adopted with its own member. */
  private carryHeldIndex(line: string): void {
    const fast = HELD_INDEX_LINE.exec(line);
    if (fast) return this.addHeld(fast[1], detached(fast[2]), Number(fast[3]), undefined, undefined, true, true);
    const entry = JSON.parse(line) as { period: string; held_index: { id: string; revision: number; previous?: Observation } };
    this.addHeld(entry.period, entry.held_index.id, entry.held_index.revision, entry.held_index.previous, undefined, true, true);
  }

  /** The review decisions applied, with the row each applied to, by period (in the order applied within one). */
  get decided(): { decision: ReviewDecision; row: string }[] {
    return [...this.decidedRows].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)).map(({ decision, row }) => ({ decision, row }));
  }

  /** Counts a finding and keeps its line (`text`: worked out only when kept). */
  private addFinding(checkName: string, outcome: 'fail' | 'warn', text: () => string, period: string): void {
    this.findingsTotal++;
    const check = this.byCheck.get(checkName)!;
    if (outcome === 'fail') {
      check.failures++;
      check.failed.push(text(), period);
    } else if (check.warnings++ < MAX_LISTED_WARNINGS || this.complete) check.warned.push(text(), period);
  }

  /**
   * Carries a whole member of the previous version's record as it was gzipped (`list` as
   * recordMembers names it): a failure or warning list's member is only counted, never gunzipped;
   * a held row's member is read for the rows' ids (publish leaves them out) but not gzipped again.
   * False for a member it does not take so (the review decisions, warnings of a report that keeps
   * only the first ones): its lines are then carried one by one.
   */
  adopt(list: string, member: SpillMember, indexed = false): boolean {
    if (list === HELD_LIST) {
      // With the record's index, the rows are read from it and these lines are not gunzipped.
      if (!indexed) for (const line of gunzipSync(member.bytes).toString('utf8').split('\n')) if (line !== '') this.carryHeld(line, false);
      this.heldLines.adopt(member.last, member);
      return true;
    }
    if (list === STATES_LIST) {
      this.stateLines.adopt(member.last, member);
      return true;
    }
    if (list === HELD_INDEX_LIST) {
      if (!indexed) return false;
      for (const line of gunzipSync(member.bytes).toString('utf8').split('\n')) if (line !== '') this.carryHeldIndex(line);
      this.heldIndex.adopt(member.last, member);
      return true;
    }
    const [kind, checkName] = list.split(':');
    const check = this.byCheck.get(checkName);
    if (!check || (kind === 'warned' && !this.complete) || (kind !== 'failed' && kind !== 'warned')) return false;
    this.findingsTotal += member.lines;
    if (kind === 'failed') {
      check.failures += member.lines;
      check.failed.adopt(member);
    } else {
      check.warnings += member.lines;
      check.warned.adopt(member);
    }
    return true;
  }

  private countsOf(period: string): RowCounts {
    return this.counts.get(period) ?? this.counts.set(period, { rows_checked: 0, without_partner: 0, pass: 0, warn: 0, fail: 0 }).get(period)!;
  }

  /** Per check: what it verifies, whether it is hard, its failures and warnings. */
  get perCheck(): QualityAssessment['perCheck'] {
    const hard = new Set<string>(this.config.hard_checks);
    return QUALITY_CHECKS.map((c) => ({ name: c.name, description: c.description, hard: hard.has(c.name), failures: this.byCheck.get(c.name)!.failures, warnings: this.byCheck.get(c.name)!.warnings }));
  }

  /** The held rows' entries, in the order held. */
  *held(): Generator<HeldEntry> {
    for (const line of this.heldLines.lines()) yield (JSON.parse(line) as { held: HeldEntry }).held;
  }

  /** The findings quality.json lists: every failure, then warnings up to MAX_LISTED_WARNINGS, each by check in the order found. */
  *listed(): Generator<FindingEntry> {
    for (const name of this.failureLists()) for (const line of this.listLines(name)) yield findingOf(line);
    yield* this.listedWarnings();
  }

  /** The warnings quality.json lists: up to MAX_LISTED_WARNINGS, by check in the order found. */
  *listedWarnings(): Generator<FindingEntry> {
    let left = MAX_LISTED_WARNINGS;
    for (const check of this.byCheck.values()) {
      for (const line of check.warned.lines()) {
        if (left-- <= 0) return;
        yield findingOf(line);
      }
    }
  }

  /** The names of the lists of each check's failures, in the order quality.json lists them (list-text.ts). */
  failureLists(): string[] {
    return [...this.byCheck.keys()].map((check) => `failed:${check}`);
  }

  /** The lines of a list quality.json writes in full ('held' or a failure list), from the `from`-th on. */
  listLines(name: string, from = 0): Iterable<string> {
    return name === HELD_LIST ? this.heldLines.lines(from) : this.byCheck.get(name.slice('failed:'.length))!.failed.lines(from);
  }

  /** How many lines each list quality.json writes in full holds so far. */
  listCounts(): Map<string, number> {
    return new Map([[HELD_LIST, this.heldLines.count], ...[...this.byCheck].map(([check, c]) => [`failed:${check}`, c.failed.count] as [string, number])]);
  }

  /** Warnings quality.json leaves out. */
  get warningsNotListed(): number {
    const total = [...this.byCheck.values()].reduce((sum, c) => sum + c.warnings, 0);
    return total - Math.min(total, MAX_LISTED_WARNINGS);
  }

  /**
   * Every entry but the counts, as gzip members of JSON lines (held, decided, the passes' states,
   * then each check's failures and warnings), each with the list it belongs to (`adopt` takes it back by that name):
   * the body of the gate's record.
   */
  *recordMembers(): Generator<SpillMember & { list: string }> {
    for (const member of this.heldLines.gzipped()) yield { list: HELD_LIST, ...member };
    for (const member of this.heldIndex.gzipped()) yield { list: HELD_INDEX_LIST, ...member };
    for (const member of this.decidedLines.gzipped()) yield { list: 'decided', ...member };
    for (const member of this.stateLines.gzipped()) yield { list: STATES_LIST, ...member };
    for (const [name, check] of this.byCheck) {
      for (const member of check.failed.gzipped()) yield { list: `failed:${name}`, ...member };
      for (const member of check.warned.gzipped()) yield { list: `warned:${name}`, ...member };
    }
  }
}

/** The list of held rows (list-text.ts names the lists quality.json writes in full). */
export const HELD_LIST = 'held';

/** The record's list of the held rows' index (QualityReport.heldIndex). */
export const HELD_INDEX_LIST = 'held-index';

/** A line of the held rows' index: an entry of its own kind, so the record stays period-tagged JSON lines. */
const HELD_INDEX_ENTRY = /^\{"period":"[^"\\]*","held_index":/;

/** A held row in the index: its period, id and revision, and the earlier revision where the held line keeps one. */
function heldIndexLine(period: string, id: string, revision: number, previous: Observation | undefined): string {
  return JSON.stringify({ period, held_index: { id, revision, ...(previous ? { previous } : {}) } });
}

/** An index line without an earlier revision (most of them), as heldIndexLine writes it. */
const HELD_INDEX_LINE = /^\{"period":"([^"\\]*)","held_index":\{"id":"([^"\\]*)","revision":(\d+)\}\}$/;

/** A held row's line as quality.json lists it. */
function heldItem(line: string): Record<string, unknown> {
  const h = (JSON.parse(line) as { held: HeldEntry }).held;
  return { observation_id: h.observation_id, revision: h.revision, row: h.label, release_id: h.release_id, source_url: h.source_url, status: h.status, reasons: h.reasons };
}

/** The start of a finding's line as `finding` writes it (JSON.stringify keeps the fields in order): its period, check and outcome. */
const RECORDED_FINDING = /^\{"period":"([^"]*)","finding":\{"check":"([a-z-]+)","outcome":"(fail|warn)",/;

/** The start of a held row's line as `verdict` writes it (heldEntry's fields in order): its observation_id and revision. */
const RECORDED_HELD = /^\{"period":"([^"]*)","held":\{"dataset":"[^"\\]*","observation_id":"([^"\\]*)","revision":(\d+),/;

const findingOf = (line: string) => (JSON.parse(line) as { finding: FindingEntry }).finding;

/**
 * The rows held back from a version, as the review lists them (`heldBefore`: the list before by
 * observation_id, which knows since when each row is held; `standIns`: the earlier revision the
 * version shows in place of a held one, by observation_id).
 */
export function* heldRows(assessment: QualityAssessment | QualityReport, version: number, heldBefore: ReadonlyMap<string, HeldRow> = new Map(), standIns?: ReadonlyMap<string, Observation>): Generator<HeldRow> {
  const report = assessment instanceof QualityReport ? assessment : reportOf(assessment);
  for (const { previous, ...h } of report.held()) {
    const b = heldBefore.get(h.observation_id);
    const standIn = standIns?.get(h.observation_id);
    const shown = (previous || standIn) && { shown_revision: standIn?.revision ?? null };
    yield { ...h, since_version: b?.revision === h.revision ? b.since_version : version, ...shown };
  }
}

/**
 * Warnings listed in quality.json, at most. Every failure is listed (it holds a row back), but a
 * large dataset can carry hundreds of thousands of warnings: listing them all made the document
 * of a million-row version too large to build (over 4 GB, a RangeError). The counts per check stay
 * complete, and the document says how many warnings it leaves out.
 */
export const MAX_LISTED_WARNINGS = 2_000;

/**
 * quality.json's fields in order, the long lists (held rows, findings) read from the report as
 * the document is written: `qualityText` streams it, `qualityDocument` is the same as one object.
 */
function qualityFields(assessment: QualityAssessment | QualityReport, meta: { version: number; created_at: string }, text: ComposedText = { written: { bytes: 0 } }): StreamedDocument {
  const report = assessment instanceof QualityReport ? assessment : reportOf(assessment);
  const list = (name: string, render: (line: string) => unknown) => listItems(name, (from) => report.listLines(name, from), render, text.written, text.base, text.index);
  return {
    dataset: report.dataset,
    version: meta.version,
    created_at: meta.created_at,
    summary: report.summary,
    about: 'Every figure is compared with the others the publisher holds (other currencies, last year, cumulative totals, parts and totals, other sources). A row that fails a hard check is held back from this version until an operator reviews it; warnings are published.',
    checks: report.perCheck,
    configuration: report.config,
    held_back: new Listed(() => list(HELD_LIST, heldItem)),
    findings_total: report.findingsTotal,
    warnings_not_listed: report.warningsNotListed,
    findings: new Listed(function* () {
      for (const name of report.failureLists()) yield* list(name, findingOf);
      yield* report.listedWarnings();
    }),
    review_decisions: report.decided.map((d) => d.decision),
    accepted_rows: report.decided.filter((d) => d.decision.decision === 'accept').map((d) => d.row),
  };
}

/** The quality.json document of a version. */
export function qualityDocument(assessment: QualityAssessment | QualityReport, meta: { version: number; created_at: string }): Record<string, unknown> {
  return materialized(qualityFields(assessment, meta));
}

/** How quality.json is being written: the bytes taken so far, the previous version's file it copies from, where its lists go. */
interface ComposedText {
  written: { bytes: number };
  base?: QualityTextBase;
  index?: QualityTextIndex;
}

/** quality.json's bytes in chunks, as written: `${JSON.stringify(qualityDocument(...), null, 2)}\n`, never whole in memory. */
export function qualityText(assessment: QualityAssessment | QualityReport, meta: { version: number; created_at: string }): Generator<Uint8Array> {
  // Without a base nothing is copied: every chunk is bytes.
  return composedQualityText(assessment, meta) as Generator<Uint8Array>;
}

/**
 * quality.json's bytes in chunks, the leading items of its lists copied from the previous
 * version's file as `base` says (ranges of it among the chunks), noting in `index` where its lists
 * lie, for the next version (its `bytes` is set once the whole file is written).
 */
export function* composedQualityText(assessment: QualityAssessment | QualityReport, meta: { version: number; created_at: string }, base?: QualityTextBase, index?: QualityTextIndex): Generator<Uint8Array | CopiedRange> {
  const text: ComposedText = { written: { bytes: 0 }, base, index };
  yield* utf8Chunks((function* () {
    yield* jsonText(qualityFields(assessment, meta, text));
    yield '\n';
  })(), undefined, text.written);
  if (index) index.bytes = text.written.bytes;
}
