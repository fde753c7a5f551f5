/**
 * A figure with its meaning decided (a level, a growth rate or a share), and the links the pairing steps set.
 */
import type { Flow } from '../../contract.js';
import type { Figure } from './quantities.js';
import type { EarlierPeriod } from './comparisons.js';

/** A figure with its meaning decided. */
export interface Reading {
  figure: Figure;
  role: 'level' | 'growth' | 'share';
  /** Growth only: direction (+1/-1) and whether it is year-on-year (not month-on-month or vs plan). */
  direction: number;
  yoy: boolean;
  /** Level: the growth reading that qualifies it. */
  growth: Reading | null;
  /** Growth: the level it qualifies. */
  level: Reading | null;
  /** Level in a second currency: the primary level it restates. */
  twinOf: Reading | null;
  /** An earlier level (or growth) stated as a comparison base: its own period; a level has no growth. */
  earlier?: EarlierPeriod;
  /** An earlier growth: the figure it is compared with, whose place, flow and goods it shares. */
  comparedWith: Reading | null;
  /** Set by "respectively" lists. */
  partnerOverride?: string;
  flowOverride?: Flow;
  areaOverride?: string;
}

/** A new reading; every reading has every field (set later by the pairing steps), so readers see one object shape. */
export function reading(figure: Figure, role: Reading['role'], direction: number, yoy: boolean, earlier?: EarlierPeriod): Reading {
  return { figure, role, direction, yoy, growth: null, level: null, twinOf: null, earlier, comparedWith: null, partnerOverride: undefined, flowOverride: undefined, areaOverride: undefined };
}

/** Pairs a level with the growth rate that qualifies it. */
export function link(level: Reading, growth: Reading): void {
  level.growth = growth;
  growth.level = level;
}

/** The signed size of a growth reading, in percent. */
export function signedChange(g: Reading): number {
  return g.figure.sign ? g.figure.value : g.direction * Math.abs(g.figure.value);
}
