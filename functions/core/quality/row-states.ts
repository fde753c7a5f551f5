/**
 * What the checks said about each row an assessment holds (assess.ts), kept in columns: a row
 * has a slot, and its counts and flags are numbers in typed arrays at that slot. The assessment
 * holds about a year of rows, most of them compared with something, so a state object per row
 * was a year of small objects that each outlived the young generation; V8 then let the old
 * generation grow to about four times what was live between full collections (the peak memory of
 * a publish). Slots are reused once a row's verdict is out.
 */
import type { QualityRow } from './rows.js';
import type { VerdictFinding } from './assess.js';
import { CHECK_NAMES, type CheckName } from './config.js';
import { BlockRow } from './row-block.js';

/** Flag bits of a row's state (the bits a state line of the gate's record writes too: replay.ts). */
export const VOUCHED = 1;
export const BOUNDED = 2;
export const PINNED = 4;

/**
 * Rows' states by slot: agreements, flags, blame weight, findings naming the row, and the judged
 * findings naming it. A row held in a block (row-block.ts) has its slot in the block's column of
 * numbers (slot + 1, 0 for none): a map from a year of row objects to their slots was itself a few
 * megabytes of long-lived heap. Other rows (a whole assessment's, or rows of a block another
 * RowStates uses) are found in a map.
 */
export class RowStates {
  private readonly slots = new Map<QualityRow, number>();
  private readonly free: number[] = [];
  private used = 0;
  private readonly of = new StateColumns();
  /** The judged findings naming each slot's row, as its verdict names them (JudgedNotes). */
  private readonly notes = new JudgedNotes();

  /** The row's slot, given one (a fresh state: nothing said) if it has none. */
  slot(row: QualityRow): number {
    const column = this.column(row);
    if (column !== null) {
      const at = (row as BlockRow).at;
      if (column[at] === 0) column[at] = this.fresh() + 1;
      return column[at] - 1;
    }
    let slot = this.slots.get(row);
    if (slot === undefined) this.slots.set(row, (slot = this.fresh()));
    return slot;
  }

  /** The row's slot, or -1 when nothing was said about it. */
  find(row: QualityRow): number {
    const column = this.column(row);
    if (column !== null) return column[(row as BlockRow).at] - 1;
    return this.slots.get(row) ?? -1;
  }

  /** Forgets the row (its verdict is out): its slot is free again. */
  release(row: QualityRow): void {
    const column = this.column(row);
    let slot: number | undefined;
    if (column !== null) {
      const at = (row as BlockRow).at;
      slot = column[at] - 1;
      if (slot < 0) return;
      column[at] = 0;
    } else {
      slot = this.slots.get(row);
      if (slot === undefined) return;
      this.slots.delete(row);
    }
    this.notes.clear(slot);
    this.free.push(slot);
  }

  /** The column of slots of the row's block, when the row is held in one whose column this RowStates uses; else null. */
  private column(row: QualityRow): Int32Array | null {
    return row instanceof BlockRow ? row.block.numbersFor(this) : null;
  }

  agreements = (slot: number) => (slot < 0 ? 0 : this.of.agreements[slot]);
  weight = (slot: number) => (slot < 0 ? 0 : this.of.weight[slot]);
  findings = (slot: number) => (slot < 0 ? 0 : this.of.findings[slot]);
  vouched = (slot: number) => slot >= 0 && (this.of.flags[slot] & VOUCHED) !== 0;
  bounded = (slot: number) => slot >= 0 && (this.of.flags[slot] & BOUNDED) !== 0;
  pinned = (slot: number) => slot >= 0 && (this.of.flags[slot] & PINNED) !== 0;
  /** The judged findings naming the row, in the order noted (undefined when none). */
  judged = (slot: number) => (slot < 0 ? undefined : this.notes.of(slot));

  /** Adds a change to the row's state (StateDelta: what one rule or a recorded pass gave it; the rules are assess.ts's). */
  add(slot: number, delta: { agreements: number; vouched: boolean; bounded: boolean; pinned: boolean; weight: number; findings: number }): void {
    this.addBits(slot, delta.agreements, (delta.vouched ? VOUCHED : 0) | (delta.bounded ? BOUNDED : 0) | (delta.pinned ? PINNED : 0), delta.weight, delta.findings);
  }

  /** Adds a change given as numbers: agreements, flag bits (VOUCHED, BOUNDED, PINNED), blame weight and findings (no object per change). */
  addBits(slot: number, agreements: number, flags: number, weight: number, findings: number): void {
    this.of.addAt(slot, agreements, flags, weight, findings);
  }

  /** Notes a judged finding naming the row, as the row's verdict names it. */
  judge(slot: number, finding: VerdictFinding): void {
    this.notes.add(slot, finding);
  }

  /** A slot with nothing said: a freed one, or a new one (the columns doubled when full). */
  private fresh(): number {
    const slot = this.free.pop() ?? this.used++;
    this.of.clearAt(slot);
    return slot;
  }
}

/**
 * The four numbers of a row's state (agreements, flag bits, blame weight, findings) in typed
 * columns by an index, doubled when full: RowStates' by slot, a pass's deltas by the order the
 * pass first touched the rows (PassDeltas).
 */
class StateColumns {
  agreements = new Int32Array(1024);
  flags = new Uint8Array(1024);
  weight = new Float64Array(1024);
  findings = new Int32Array(1024);

  /** Adds a change to the numbers at `at` (as RowStates.addBits). */
  addAt(at: number, agreements: number, flags: number, weight: number, findings: number): void {
    this.agreements[at] += agreements;
    this.flags[at] |= flags;
    this.weight[at] += weight;
    this.findings[at] += findings;
  }

  /** Nothing said at `at`, the columns grown to hold it. */
  clearAt(at: number): void {
    if (at >= this.agreements.length) this.grow();
    this.agreements[at] = 0;
    this.flags[at] = 0;
    this.weight[at] = 0;
    this.findings[at] = 0;
  }

  private grow(): void {
    const size = this.agreements.length * 2;
    this.agreements = grown(this.agreements, new Int32Array(size));
    this.flags = grown(this.flags, new Uint8Array(size));
    this.weight = grown(this.weight, new Float64Array(size));
    this.findings = grown(this.findings, new Int32Array(size));
  }
}

/**
 * What one check pass added to the state of each row it touched (the record's state line of the
 * pass, replay.ts), in the order the pass first touched them: numbers by the row's slot in the
 * RowStates the pass adds to (a slot stays a row's through the pass: no verdict is out during
 * it). A map of rows to a delta object each was an object per row per pass, and a map entry.
 */
export class PassDeltas extends StateColumns {
  /** The rows touched, in order; each one's delta at its place in the columns below. */
  readonly rows: QualityRow[] = [];
  /** Per slot of the RowStates: the row's place among `rows` + 1 (0: not touched in this pass). */
  private placeOf = new Int32Array(1024);

  /** Adds a change (as RowStates.addBits) to the delta of the row in `slot`. */
  add(row: QualityRow, slot: number, agreements: number, flags: number, weight: number, findings: number): void {
    if (slot >= this.placeOf.length) this.placeOf = grown(this.placeOf, new Int32Array(Math.max(slot + 1, 2 * this.placeOf.length)));
    let at = this.placeOf[slot] - 1;
    if (at < 0) {
      at = this.rows.length;
      this.rows.push(row);
      this.placeOf[slot] = at + 1;
      this.clearAt(at);
    }
    this.addAt(at, agreements, flags, weight, findings);
  }
}

/** Flag bits of a note. */
const FAILED = 1;
const BLAMES = 2;

/**
 * The judged findings naming each slot's row, as its verdict names them (VerdictFinding), in
 * typed columns: a list of notes per slot (check, outcome, whether it blames the row), chained in
 * the order noted, and the message only where the row's verdict reads it (a failure that blames
 * it: the reason it is held). A row waits up to a year after its findings are judged for its
 * verdict, and a copy of every judged finding per row was a few megabytes of long-lived heap.
 */
class JudgedNotes {
  /** Per slot: its first and last note (note + 1; 0 for none). */
  private first = new Int32Array(1024);
  private last = new Int32Array(1024);
  /** Per note: the next note of its slot (note + 1; 0 for none; the free notes are chained too), check, flags and message. */
  private next = new Int32Array(1024);
  private check = new Uint8Array(1024);
  private flags = new Uint8Array(1024);
  private readonly message: (string | undefined)[] = [];
  private used = 0;
  /** The first free note + 1 (0: none). */
  private freeNotes = 0;

  add(slot: number, finding: VerdictFinding): void {
    if (slot >= this.first.length) this.growSlots(slot + 1);
    const note = this.fresh();
    this.check[note] = CHECK_NAMES.indexOf(finding.check);
    const failed = finding.outcome === 'fail';
    this.flags[note] = (failed ? FAILED : 0) | (finding.blamesRow ? BLAMES : 0);
    this.message[note] = failed && finding.blamesRow ? finding.message : undefined;
    this.next[note] = 0;
    if (this.last[slot] === 0) this.first[slot] = note + 1;
    else this.next[this.last[slot] - 1] = note + 1;
    this.last[slot] = note + 1;
  }

  /** The slot's notes as the verdict names them, in the order noted; undefined when none. */
  of(slot: number): VerdictFinding[] | undefined {
    if (slot >= this.first.length || this.first[slot] === 0) return undefined;
    const found: VerdictFinding[] = [];
    for (let note = this.first[slot]; note !== 0; note = this.next[note - 1]) {
      const flags = this.flags[note - 1];
      const finding: VerdictFinding = { check: CHECK_NAMES[this.check[note - 1]] as CheckName, outcome: flags & FAILED ? 'fail' : 'warn', blamesRow: (flags & BLAMES) !== 0 };
      const message = this.message[note - 1];
      if (message !== undefined) finding.message = message;
      found.push(finding);
    }
    return found;
  }

  /** Frees the slot's notes (its row's verdict is out). */
  clear(slot: number): void {
    if (slot >= this.first.length || this.first[slot] === 0) return;
    for (let note = this.first[slot]; note !== 0; note = this.next[note - 1]) this.message[note - 1] = undefined;
    this.next[this.last[slot] - 1] = this.freeNotes;
    this.freeNotes = this.first[slot];
    this.first[slot] = 0;
    this.last[slot] = 0;
  }

  private fresh(): number {
    if (this.freeNotes !== 0) {
      const note = this.freeNotes - 1;
      this.freeNotes = this.next[note];
      return note;
    }
    if (this.used === this.next.length) {
      const size = this.next.length * 2;
      this.next = grown(this.next, new Int32Array(size));
      this.check = grown(this.check, new Uint8Array(size));
      this.flags = grown(this.flags, new Uint8Array(size));
    }
    return this.used++;
  }

  private growSlots(least: number): void {
    let size = this.first.length;
    while (size < least) size *= 2;
    this.first = grown(this.first, new Int32Array(size));
    this.last = grown(this.last, new Int32Array(size));
  }
}

/** `to` with `from` copied into its start. */
const grown = <T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T): T => (to.set(from), to);
