/**
 * What the checks said about each row an assessment holds (assess.ts), kept in columns: a row
 * has a slot, and its counts and flags are numbers in typed arrays at that slot. The assessment
 * holds about a year of rows, most of them compared with something, so a state object per row
 * was a year of small objects that each outlived the young generation; V8 then let the old
 * generation grow to about four times what was live between full collections (the peak memory of
 * a publish). Slots are reused once a row's verdict is out.
 */
import type { QualityRow } from './rows.js';
import type { JudgedFinding } from './assess.js';

/** Flag bits of a row's state. */
const VOUCHED = 1;
const BOUNDED = 2;
const PINNED = 4;

/** Rows' states by slot: agreements, flags, blame weight, findings naming the row, and the judged findings naming it. */
export class RowStates {
  private readonly slots = new Map<QualityRow, number>();
  private readonly free: number[] = [];
  private used = 0;
  private agreementsOf = new Int32Array(1024);
  private flagsOf = new Uint8Array(1024);
  private weightOf = new Float64Array(1024);
  private findingsOf = new Int32Array(1024);
  private judgedOf: (JudgedFinding[] | undefined)[] = [];

  /** The row's slot, given one (a fresh state: nothing said) if it has none. */
  slot(row: QualityRow): number {
    let slot = this.slots.get(row);
    if (slot === undefined) this.slots.set(row, (slot = this.fresh()));
    return slot;
  }

  /** The row's slot, or -1 when nothing was said about it. */
  find(row: QualityRow): number {
    return this.slots.get(row) ?? -1;
  }

  /** Forgets the row (its verdict is out): its slot is free again. */
  release(row: QualityRow): void {
    const slot = this.slots.get(row);
    if (slot === undefined) return;
    this.slots.delete(row);
    this.judgedOf[slot] = undefined;
    this.free.push(slot);
  }

  agreements = (slot: number) => (slot < 0 ? 0 : this.agreementsOf[slot]);
  weight = (slot: number) => (slot < 0 ? 0 : this.weightOf[slot]);
  findings = (slot: number) => (slot < 0 ? 0 : this.findingsOf[slot]);
  vouched = (slot: number) => slot >= 0 && (this.flagsOf[slot] & VOUCHED) !== 0;
  bounded = (slot: number) => slot >= 0 && (this.flagsOf[slot] & BOUNDED) !== 0;
  pinned = (slot: number) => slot >= 0 && (this.flagsOf[slot] & PINNED) !== 0;
  judged = (slot: number) => (slot < 0 ? undefined : this.judgedOf[slot]);

  /** Adds a change to the row's state (StateDelta: what one rule or a recorded pass gave it; the rules are assess.ts's). */
  add(slot: number, delta: { agreements: number; vouched: boolean; bounded: boolean; pinned: boolean; weight: number; findings: number }): void {
    this.agreementsOf[slot] += delta.agreements;
    this.flagsOf[slot] |= (delta.vouched ? VOUCHED : 0) | (delta.bounded ? BOUNDED : 0) | (delta.pinned ? PINNED : 0);
    this.weightOf[slot] += delta.weight;
    this.findingsOf[slot] += delta.findings;
  }

  /** Notes a judged finding naming the row. */
  judge(slot: number, finding: JudgedFinding): void {
    (this.judgedOf[slot] ??= []).push(finding);
  }

  /** A slot with nothing said: a freed one, or a new one (the columns doubled when full). */
  private fresh(): number {
    const slot = this.free.pop() ?? this.used++;
    if (slot >= this.agreementsOf.length) this.grow();
    this.agreementsOf[slot] = 0;
    this.flagsOf[slot] = 0;
    this.weightOf[slot] = 0;
    this.findingsOf[slot] = 0;
    return slot;
  }

  private grow(): void {
    const size = this.agreementsOf.length * 2;
    const grown = <T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T) => (to.set(from), to);
    this.agreementsOf = grown(this.agreementsOf, new Int32Array(size));
    this.flagsOf = grown(this.flagsOf, new Uint8Array(size));
    this.weightOf = grown(this.weightOf, new Float64Array(size));
    this.findingsOf = grown(this.findingsOf, new Int32Array(size));
  }
}
