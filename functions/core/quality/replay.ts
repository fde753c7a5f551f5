/**
 * Check passes replayed from the gate's record instead of run again. A version's record keeps,
 * for each period the checks passed over (its latest three years), what the pass added to the
 * state of every row it touched (the comparisons each row agreed with, the findings naming it,
 * its blame weight), and next to each finding naming the dataset's rows, which rows the check
 * suspected. A pass over period p compares rows of p, p − 1 and p − 12 only, so the passes of the
 * periods before the first changed one (C) are the same in the next version: it replays those of
 * C − 24 to C (whose rows' verdicts and whose findings' blame it works out again) and runs the
 * checks only from C on. Rows are named as dataset/observation_id#revision and found among the
 * rows the gate holds; a row it does not hold is one of a period before C − 24, which only the
 * findings whose blame the record gives name (those keep their recorded line).
 */
import type { FindingEntry } from './report.js';
import { monthOf, type DeltaItem, type FixedRow, type ReplayedFinding, type ReplayedPass, type WeighedState } from './assess.js';
import type { PassDeltas } from './row-states.js';
import { detached, shiftMonth, type QualityRow } from './rows.js';

/** The record's list of the passes' state lines. */
export const STATES_LIST = 'states';

/** The start of a state line (stateLine). */
export const STATES_ENTRY = /^\{"period":"[^"\\]*","states":/;

/** A row as a state line and a recorded finding name it (and as a finding's key names its rows, gate.ts). */
export const rowKey = (row: Pick<QualityRow, 'dataset' | 'observation_id' | 'revision'>) => `${row.dataset}/${row.observation_id}#${row.revision}`;

/**
 * The state line of a pass over `period`: the delta of each row it touched, in the order touched
 * (DeltaItem: its flag bits are RowStates' own, as the record has always written them).
 */
export function stateLine(period: string, deltas: PassDeltas): string {
  const items: DeltaItem[] = [];
  const { rows, agreements, flags, weight, findings } = deltas;
  for (let i = 0; i < rows.length; i++) items.push([rowKey(rows[i]), agreements[i], flags[i], weight[i], findings[i]]);
  return JSON.stringify({ period, states: items });
}

/**
 * Adds the items of a state line (stateLine) whose rows `held` holds to `states`, read in place:
 * each `["<key>",agreements,flags,weight,findings]` item's key found among the held rows and its
 * four numbers read where they stand. JSON.parse made an array and a key per item, some ten
 * thousand per line; a line with an escape in it (a key with a quote or a backslash) is parsed
 * as JSON all the same.
 */
export function readStates(line: string, held: HeldRows, states: ReplayedPass['states']): void {
  const [rows, kept] = [states.rows.length, states.deltas.length];
  if (!line.includes('\\') && readInPlace(line, held, states)) return;
  // Anything else than the items stateLine writes: read as JSON, from the first item again.
  states.rows.length = rows;
  states.deltas.length = kept;
  for (const [key, ...numbers] of (JSON.parse(line) as { states: DeltaItem[] }).states) {
    const row = held.getKey(key);
    if (row) add(states, row, numbers[0], numbers[1], numbers[2], numbers[3]);
  }
}

/** Adds a row's delta to a replayed pass's states. */
function add(states: ReplayedPass['states'], row: QualityRow, agreements: number, flags: number, weight: number, findings: number): void {
  states.rows.push(row);
  states.deltas.push(agreements, flags, weight, findings);
}

/** readStates in place: false (some items added already) when the line is not items as stateLine writes them, up to its closing `]}`. */
function readInPlace(line: string, held: HeldRows, states: ReplayedPass['states']): boolean {
  const start = line.indexOf(STATES_ITEMS);
  if (start < 0) return false;
  const numbers = [0, 0, 0, 0];
  // After `"states":[`, items follow one another, each `["key",n,n,n,n]` and a comma, up to the closing `]`.
  let at = start + STATES_ITEMS.length;
  while (line.charCodeAt(at) === OPEN && line.charCodeAt(at + 1) === QUOTE) {
    const keyEnd = line.indexOf('"', at + 2);
    let from = keyEnd + 2;
    for (let n = 0; n < 4; n++) {
      const to = line.indexOf(n < 3 ? ',' : ']', from);
      if (keyEnd < 0 || to < 0) return false;
      numbers[n] = numberAt(line, from, to);
      from = to + 1;
    }
    const row = held.getKey(line, at + 2, keyEnd);
    if (row) add(states, row, numbers[0], numbers[1], numbers[2], numbers[3]);
    at = line.charCodeAt(from) === COMMA ? from + 1 : from;
  }
  return line.length === at + 2 && line.endsWith(']}');
}

const STATES_ITEMS = '"states":[';
const OPEN = '['.charCodeAt(0);
const QUOTE = '"'.charCodeAt(0);
const COMMA = ','.charCodeAt(0);

/** The number written from `from` to `to` of `text`: up to 15 digits read in place, anything else (a sign, a fraction, null) as JSON reads it. */
function numberAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9 || to - from > 15) return JSON.parse(text.slice(from, to)) as number;
    n = n * 10 + digit;
  }
  return to > from ? n : (JSON.parse('') as number);
}

/** A record whose passes cannot be replayed (a finding to blame again names a row the gate does not hold). */
export class UnreplayablePass extends Error {}

/**
 * The rows the gate holds while it replays, found by rowKey (the first row of a key stays). Kept
 * by observation_id, a text the row already has (a key built per row cost more than the replay
 * saved); a row whose id another dataset or revision holds already is kept by its whole key.
 */
export class HeldRows {
  private readonly byId = new Map<string, QualityRow>();
  private readonly others = new Map<string, QualityRow>();
  /** The rows noted, by period_end: a period a pass no longer reaches is forgotten (forgetBefore). */
  private readonly byPeriod = new Map<string, QualityRow[]>();
  note(rows: Iterable<QualityRow>): void {
    for (const row of rows) {
      const first = this.byId.get(row.observation_id);
      if (first === undefined) this.byId.set(row.observation_id, row);
      else if ((first.dataset !== row.dataset || first.revision !== row.revision) && !this.others.has(rowKey(row))) this.others.set(rowKey(row), row);
      else continue;
      const period = this.byPeriod.get(row.period_end);
      if (period) period.push(row);
      else this.byPeriod.set(row.period_end, [row]);
    }
  }
  /**
   * Forgets the rows of the periods before `end` (rows without a period stay): a pass over a
   * period p names rows of p, p − 1 and p − 12 only, so replaying from p on never asks for them,
   * and the gate holds about a year of rows while it replays instead of the two years it replays.
   */
  forgetBefore(end: string): void {
    for (const [period, rows] of this.byPeriod) {
      if (period === '' || period >= end) continue;
      for (const row of rows) {
        if (this.byId.get(row.observation_id) === row) this.byId.delete(row.observation_id);
        else if (this.others.get(rowKey(row)) === row) this.others.delete(rowKey(row));
      }
      this.byPeriod.delete(period);
    }
  }
  get(row: Pick<QualityRow, 'dataset' | 'observation_id' | 'revision'>): QualityRow | undefined {
    const first = this.byId.get(row.observation_id);
    if (first !== undefined && first.dataset === row.dataset && first.revision === row.revision) return first;
    return this.others.size === 0 ? undefined : this.others.get(rowKey(row));
  }
  /**
   * The row the rowKey at `from` to `to` of `text` names (ids and revisions have no "/" or "#"; a
   * dataset name may have a "/"), read in place: a state line names some ten thousand rows, and
   * an object per key (the key and its three fields cut out) was most of what replaying it allocated.
   */
  getKey(text: string, from = 0, to = text.length): QualityRow | undefined {
    const hash = text.lastIndexOf('#', to - 1);
    const slash = hash < from ? -1 : text.lastIndexOf('/', hash);
    const first = slash < from ? undefined : this.byId.get(text.slice(slash + 1, hash));
    if (first !== undefined && slash - from === first.dataset.length && text.startsWith(first.dataset, from) && numberAt(text, hash + 1, to) === first.revision) return first;
    return this.others.size === 0 ? undefined : this.others.get(text.slice(from, to));
  }
  clear(): void {
    this.byId.clear();
    this.others.clear();
    this.byPeriod.clear();
  }
}

/** A recorded finding's entry (report.ts): with each row's period (`at`) and, for a failure, what its blame weighed, in records that keep them. */
interface RecordedFinding { period: string; finding: FindingEntry; suspects?: number[]; at?: string[]; weighed?: WeighedState[] }

/**
 * The recorded passes of the periods from `from` up to `until` (the first changed period): their
 * state lines and the lines of their findings, noted as the record is read, in record order.
 * Findings whose latest row is before `blameFrom` keep the record's blame.
 */
export class RecordedPasses {
  private readonly states = new Map<string, string>();
  private readonly findings = new Map<string, string[]>();
  constructor(
    readonly from: string,
    readonly until: string,
    private readonly blameFrom: string,
    /** Periods from `from` on whose rows the gate does not read (no pass it runs reaches them): a finding's row of one is carried as one before `from` is. */
    private readonly unread: ReadonlySet<string> = new Set(),
  ) {}

  covers(period: string): boolean {
    return period >= this.from && period < this.until;
  }
  /** Notes a pass's state line ('' for one whose rows the gate does not hold: touchesNothingRead). */
  noteStates(period: string, line: string): void {
    this.states.set(period, line);
  }
  /**
   * Whether the pass over `period` touches no row the gate reads: it names rows of its period, the
   * month before and a year before (before `from`, never read), and the first two are not read.
   */
  touchesNothingRead(period: string): boolean {
    return period !== '' && this.unread.has(period) && this.unread.has(shiftMonth(period, -1));
  }
  /** Notes a finding's line, copied (detached): a line cut from a record member's text would keep the whole text alive until its pass is replayed. */
  noteFinding(period: string, line: string): void {
    (this.findings.get(period) ?? this.findings.set(period, []).get(period)!).push(detached(line));
  }

  /** The periods before `end` (null: any) whose recorded pass is not replayed yet, in order. */
  left(end: string | null): string[] {
    const periods = new Set([...this.states.keys(), ...this.findings.keys()]);
    return [...periods].filter((p) => end === null || p < end).sort();
  }

  /** The pass over `period`, its rows found among `held` (and forgotten here). */
  pass(period: string, held: HeldRows): ReplayedPass {
    const states: ReplayedPass['states'] = { rows: [], deltas: [] };
    const line = this.states.get(period);
    // A row not held is one of a period before the first replayed, whose state no verdict or blame judged again uses.
    if (line !== undefined && line !== '') readStates(line, held, states);
    const month = monthOf(period);
    const findings = (this.findings.get(period) ?? []).map((text) => ({ finding: this.finding(text, held), month }));
    this.states.delete(period);
    this.findings.delete(period);
    return { states, findings };
  }

  /**
   * A recorded finding as its check reported it, its rows found among `held`. A row of a period
   * before the first replayed one is carried, not judged again: it stands for itself with the state
   * the record gives it (FixedRow), whether the gate holds a row of that key or not (a partner's
   * row it holds has only the states of the passes replayed, not its final one).
   */
  private finding(line: string, held: HeldRows): ReplayedFinding {
    const { period, finding: f, suspects, at, weighed } = JSON.parse(line) as RecordedFinding;
    const keeps = period < this.blameFrom;
    const fixed = new Map<QualityRow, FixedRow>();
    const rows = f.rows.map((entry, i) => {
      const row = held.get(entry);
      if (keeps) return row ?? stub(entry, '');
      const end = row?.period_end ?? at?.[i];
      const unread = end !== undefined && this.unread.has(end);
      if (end === undefined || (end >= this.from && !unread)) return row;
      const state = weighed?.[i];
      // A failure's blame weighs every row: without the state it weighed, this one cannot be carried.
      if (f.outcome === 'fail' && state === undefined) return undefined;
      const carried = stub(entry, end);
      fixed.set(carried, { entry, ...(state ? { state } : {}), ...(unread ? { unread: true as const } : {}) });
      return carried;
    });
    const suspected = suspects ? suspects.map((i) => rows[i]) : rows;
    if (rows.includes(undefined) || suspected.includes(undefined)) throw new UnreplayablePass(`a ${f.check} finding of ${period} names a row not held: ${f.message}`);
    const found = rows as QualityRow[];
    const recorded = keeps ? { recorded: { line, blamed: found.filter((_, i) => f.rows[i].suspected) } } : {};
    return { check: f.check, severity: f.outcome, message: f.message, evidence: f.evidence, rows: found, suspects: suspected as QualityRow[], relation: 'equal', ...recorded, ...(fixed.size > 0 ? { fixed } : {}) };
  }
}

/** A row of a period not judged again, as a finding names it: only told apart (and weighed from the record), never read. */
const stub = (entry: FindingEntry['rows'][number], periodEnd: string): QualityRow => ({ dataset: entry.dataset, observation_id: entry.observation_id, revision: entry.revision, period_end: periodEnd }) as QualityRow;
