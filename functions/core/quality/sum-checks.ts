/**
 * Checks that add figures up: parts of a breakdown against their total, a single part against
 * its whole, a share against the part and the whole it relates (the flows' sums are in
 * flow-checks.ts, on the same engine). A sum names every row it used. When it fails, another
 * reading of the figures that makes it hold ("as if exports and imports were swapped") names the
 * suspects; otherwise they are the rows whose "needed" value (the one that would make the sum
 * right) is a figure the row could have, which drops rows that would have to turn negative.
 */
import type { CheckName } from './config.js';
import type { CheckContext, QualityCheck } from './model.js';
import { breakdownDimensions, cellNumber, gap, groupBy, isNonNegative, isTableCell, sameCell, seriesOf, statedPercentBounds, valueBounds, type QualityRow, type RowChange, type SeriesFields } from './rows.js';

const round = (n: number, digits = 4) => Number(n.toFixed(digits));
const summable = (row: QualityRow) => row.value !== null && row.period_start !== '' && (row.measure === 'value' || row.measure === 'quantity' || row.measure === 'count');

/** A term of an identity: total = Σ sign × row. */
export interface Term { row: QualityRow; sign: 1 | -1 }

/** How an identity reads a row: the interval its figure stands for (its printed rounding by default). */
export type Bounds = (row: QualityRow) => [number, number];

/** Another reading of the figures ("as if exports and imports were swapped"), and the rows it would make wrong. */
export interface Reading { words: string; suspects: QualityRow[]; bounds: Bounds }

/** A sum to check: total = Σ terms, or with `atMost` only Σ terms ≤ total (the parts listed need not be all of them). */
export interface Identity {
  check: CheckName;
  total: QualityRow;
  terms: Term[];
  /** What is added up, for the message ("exports plus imports"). */
  words: string;
  atMost?: boolean;
  bounds?: Bounds;
  /**
   * Readings tried when the sum fails: when exactly one makes it hold, its rows are the suspects.
   * A function is called only then: most sums hold, and their readings need not be built.
   */
  readings?: Reading[] | (() => Reading[]);
  /** What the figures are, for the message (default: the figures themselves). */
  about?: string;
  /** Fail only when a reading explains the failure (otherwise warn): for sums of derived figures, where a revised base or a loosely rounded rate also breaks them. */
  failOnlyWhenExplained?: boolean;
  /** Slack beyond printed rounding, percent of the total (default: `sum_slack_pct`). */
  slackPct?: number;
}

const mid = ([lo, hi]: [number, number]) => (lo + hi) / 2;

/** Whether the identity holds when its rows are read with `bounds`. */
function holds(identity: Identity, bounds: Bounds, slackPct: number): boolean {
  let lo = 0;
  let hi = 0;
  for (const { row, sign } of identity.terms) {
    const [a, b] = bounds(row);
    lo += sign > 0 ? a : -b;
    hi += sign > 0 ? b : -a;
  }
  const [tLo, tHi] = bounds(identity.total);
  const slack = (Math.abs(mid([tLo, tHi])) * slackPct) / 100;
  return identity.atMost ? lo - slack <= tHi : gap([lo, hi], [tLo - slack, tHi + slack]) === 0;
}

/**
 * Checks an identity within printed rounding plus slack. When it fails, a reading that makes it
 * hold names the suspects; otherwise they are the rows that could take the value the sum needs.
 */
export function checkIdentity(ctx: CheckContext, identity: Identity): void {
  const { check, total, terms, words } = identity;
  const bounds = identity.bounds ?? valueBounds;
  const all = [total, ...terms.map((t) => t.row)];
  const relation = identity.atMost ? 'bound' : 'equal';
  const slackPct = identity.slackPct ?? ctx.config.sum_slack_pct;
  if (holds(identity, bounds, slackPct)) {
    ctx.agree(check, all, relation);
    return;
  }
  const figure = (row: QualityRow) => (identity.bounds ? mid(bounds(row)) : row.value!);
  const sum = terms.reduce((s, { row, sign }) => s + sign * figure(row), 0);
  const readings = typeof identity.readings === 'function' ? identity.readings() : (identity.readings ?? []);
  const explaining = readings.filter((r) => holds(identity, r.bounds, slackPct));
  const reading = explaining.length === 1 ? explaining[0] : undefined;
  const about = identity.about ? `${identity.about}: ` : '';
  ctx.report({
    check,
    severity: reading || !identity.failOnlyWhenExplained ? 'fail' : 'warn',
    relation,
    rows: all,
    // A warning nothing explains suspects no one: it must not tip the blame of another failure.
    suspects: reading ? reading.suspects : identity.failOnlyWhenExplained ? [] : all.filter((row) => plausibleFix(row, total, terms, sum, figure)),
    message: `${words}: ${about}the parts add up to ${round(sum, 2)} but the total is ${round(figure(total), 2)} ${total.unit}${reading ? `; it would add up ${reading.words}` : ''}`,
    evidence: { total: round(figure(total), 2), sum_of_parts: round(sum, 2), difference: round(sum - figure(total), 2), parts: terms.length, reading: reading?.words ?? null },
  });
}

/** Whether changing this row alone could make the identity hold with a figure it could have. */
function plausibleFix(row: QualityRow, total: QualityRow, terms: Term[], sum: number, figure: (row: QualityRow) => number): boolean {
  if (!isNonNegative(row)) return true;
  if (row === total) return sum >= 0;
  const term = terms.find((t) => t.row === row)!;
  const needed = figure(row) + term.sign * (figure(total) - sum);
  return needed >= 0;
}

/**
 * Parts that are themselves broken down in the same list: GACC's enterprise-type tables print the
 * three kinds of foreign-invested enterprise under "Foreign-invested". A nested part adds up to its
 * parent, and the parent (not its members) to the grand total.
 */
const NESTED_PARTS: Record<string, Record<string, string>> = {
  'enterprise type': {
    'Chinese-foreign contractual joint venture': 'Foreign-invested',
    'Chinese-foreign equity joint venture': 'Foreign-invested',
    'Wholly foreign-owned': 'Foreign-invested',
  },
};

/** A row's whole with the world as partner, and of all goods. */
const WITH_THE_WORLD: RowChange = { partner: 'World' };
const OF_ALL_GOODS: RowChange = { commodity: 'all goods' };

const joinDims = (dims: [string, string][]) => dims.map(([k, label]) => (k ? `${k}: ${label}` : label)).join('; ');

/**
 * The groups a part belongs to: one per breakdown dimension (taking it away, or replacing a nested
 * member by its parent, names the total), and for a single partner (not a total, so not the world
 * nor a group of countries) the world total.
 */
function partGroups(row: QualityRow): readonly PartOf[] {
  // A total with no breakdown is a part of nothing (most rows of a dataset): nothing to build.
  const breakdown = row.breakdown;
  if (breakdown === '' && (row.is_total || row.partner === 'World')) return NO_GROUPS;
  // What follows depends on the breakdown's text and whether the row is a single partner only: worked out once per pair.
  const single = !row.is_total && row.partner !== 'World';
  const known = (single ? singlePartGroups : otherPartGroups).get(breakdown);
  if (known) return known;
  const groups = Object.freeze(partGroupsOf(breakdown, single));
  const cache = single ? singlePartGroups : otherPartGroups;
  if (cache.size >= PART_GROUPS_MAX) cache.clear();
  cache.set(breakdown, groups);
  return groups;
}

/** A group a part belongs to: its kind, and what turns the part's cell into its total's. */
interface PartOf { kind: string; total: RowChange }
const NO_GROUPS: readonly PartOf[] = Object.freeze([]);
/** partGroups by breakdown text, of single partners and of the other rows (a dataset repeats a few breakdowns over every row). */
const singlePartGroups = new Map<string, readonly PartOf[]>();
const otherPartGroups = new Map<string, readonly PartOf[]>();
const PART_GROUPS_MAX = 10_000;

function partGroupsOf(breakdown: string, single: boolean): PartOf[] {
  const dims = breakdownDimensions(breakdown);
  const groups = dims.map(([kind, label], i): PartOf => {
    const parent = NESTED_PARTS[kind]?.[label];
    const rest = dims.flatMap((d, j): [string, string][] => (j !== i ? [d] : parent ? [[kind, parent]] : []));
    return { kind: parent ? `${kind} within ${parent}` : kind, total: { breakdown: joinDims(rest) } };
  });
  if (single && dims.length === 0) groups.push({ kind: 'partner', total: WITH_THE_WORLD });
  return groups;
}

/** The parts of one breakdown of one total: the total is the cell of its first part changed by `total`. */
interface PartGroup { kind: string; total: RowChange; parts: QualityRow[] }

/** The groups of parts of the rows, in the order first met: parts of one kind whose totals have one cell. */
function groupsOfParts(rows: QualityRow[]): PartGroup[] {
  const groups: PartGroup[] = [];
  // By the number of the total's cell; parts of another cell or kind with the same number are told apart.
  const byCell = new Map<number, PartGroup[]>();
  for (const row of rows) {
    if (!summable(row)) continue;
    for (const { kind, total } of partGroups(row)) {
      const number = cellNumber(row, total);
      const same = byCell.get(number) ?? byCell.set(number, []).get(number)!;
      let group = same.find((g) => g.kind === kind && sameCell(g.parts[0], g.total, row, total));
      if (!group) {
        same.push((group = { kind, total, parts: [] }));
        groups.push(group);
      }
      group.parts.push(row);
    }
  }
  return groups;
}

/**
 * Whether a group's parts are all its parts: a table's breakdown of a configured kind, from the
 * total's own table, with as many parts as the fullest group of that kind in the table (a lost
 * cell leaves a column one part short: then the parts can only be checked not to exceed the total).
 */
function isComplete(kind: string, total: QualityRow, parts: QualityRow[], fullest: Map<string, number>, config: CheckContext['config']): boolean {
  if (!config.exhaustive_breakdowns.includes(kind.split(' within ')[0])) return false;
  if (![total, ...parts].every((r) => isTableCell(r) && r.release_id === total.release_id)) return false;
  return parts.length >= (fullest.get(`${total.release_id}|${kind}`) ?? 0);
}

/** Parts of a breakdown add up to their total (or stay below it when the parts are only selected ones). */
export const partsAndTotalsCheck: QualityCheck = {
  name: 'parts-and-totals',
  description: "The parts of a table's breakdown (customs regimes, trade modes, enterprise types) add up to their total within rounding; parts named in a press release, parts of other breakdowns and single partner countries, which may be only a selection, never add up to more than the total.",
  corroborates: false,
  run(ctx) {
    const summed = groupsOfParts(ctx.rows).filter((g) => g.parts.length >= 2);
    if (summed.length === 0) return;
    // A group's totals: the summable rows of its total's cell, in its period (parts and total share it).
    const totalsOf = (group: PartGroup) => ctx.period(group.parts[0].period_end).cell(group.parts[0], group.total).filter(summable);
    // The most parts of one group a release lists, per release and kind (a single part never decides: a sum has two).
    const fullest = new Map<string, number>();
    for (const g of summed) {
      for (const [release, parts] of groupBy(g.parts, (p) => p.release_id)) fullest.set(`${release}|${g.kind}`, Math.max(fullest.get(`${release}|${g.kind}`) ?? 0, parts.length));
    }
    for (const group of summed) {
      for (const total of totalsOf(group)) {
        // Parts from the dataset that stated the total: another source may cover other parts.
        const parts = group.parts.filter((p) => p.dataset === total.dataset);
        if (parts.length < 2) continue;
        const complete = isComplete(group.kind, total, parts, fullest, ctx.config);
        // Selected parts stay below their total only when none can be negative: partners' balances can.
        if (!complete && !isNonNegative(total)) continue;
        checkIdentity(ctx, { check: 'parts-and-totals', total, terms: parts.map((row) => ({ row, sign: 1 as const })), words: `${group.kind} parts of ${total.flow} ${total.period_start}..${total.period_end}`, atMost: !complete });
      }
    }
  },
};

/**
 * The wholes a single part is checked against that no sum of parts covers: a partner group
 * (ASEAN, the EU) or a partner within a breakdown against the world, a commodity against all
 * goods. Lists of either overlap (the EU and Germany, mechanical and electrical products and
 * mobile phones), so only each part alone is bounded.
 */
function wholesOf(row: QualityRow): readonly RowChange[] {
  const ofWorld = row.partner !== 'World' && (row.is_total || row.breakdown !== '');
  const ofAllGoods = row.commodity !== 'all goods';
  return ofWorld ? (ofAllGoods ? BOTH_WHOLES : WORLD_ONLY) : ofAllGoods ? ALL_GOODS_ONLY : NO_WHOLES;
}
/** The four lists wholesOf gives (in this order: the world, then all goods), shared. */
const BOTH_WHOLES: readonly RowChange[] = Object.freeze([WITH_THE_WORLD, OF_ALL_GOODS]);
const WORLD_ONLY: readonly RowChange[] = Object.freeze([WITH_THE_WORLD]);
const ALL_GOODS_ONLY: readonly RowChange[] = Object.freeze([OF_ALL_GOODS]);
const NO_WHOLES: readonly RowChange[] = Object.freeze([]);

/** Figures a part or a whole can be: summable, not a count, never negative. */
const boundable = (r: QualityRow) => summable(r) && r.measure !== 'count' && isNonNegative(r);

/** A part is never larger than its whole. */
export const partWithinWholeCheck: QualityCheck = {
  name: 'part-within-whole',
  description: "A partner group's or a commodity's figure is never larger than the same flow with the world or of all goods (same period and unit).",
  corroborates: false,
  run(ctx) {
    for (const part of ctx.rows) {
      if (!boundable(part)) continue;
      const period = ctx.period(part.period_end);
      for (const whole of wholesOf(part)) {
        for (const total of period.cell(part, whole)) {
          if (!boundable(total)) continue;
          checkIdentity(ctx, { check: 'part-within-whole', total, terms: [{ row: part, sign: 1 }], words: `${part.partner !== total.partner ? part.partner : part.commodity} within ${total.partner !== part.partner ? total.partner : total.commodity}`, atMost: true });
        }
      }
    }
  },
};

/** Where a share's whole is found: the same row with one dimension widened to "everything". */
const WHOLES: { field: 'partner' | 'commodity' | 'breakdown'; everything: string }[] = [
  { field: 'partner', everything: 'World' },
  { field: 'commodity', everything: 'all goods' },
  { field: 'breakdown', everything: '' },
];

/** A stated share times the total is the part. */
export const shareOfTotalCheck: QualityCheck = {
  name: 'share-of-total',
  description: 'A stated share ("accounting for 16.4 percent") matches the part divided by its whole when both are known, within rounding: a small difference is a warning (the whole a writer meant may differ), a share off by more than the configured factor fails.',
  corroborates: true,
  run(ctx) {
    const shares = ctx.rows.filter((r) => r.measure === 'share' && r.value !== null && r.period_start !== '');
    if (shares.length === 0) return;
    const values = groupBy(ctx.rows.filter((r) => r.measure === 'value' && r.value !== null && r.value > 0), (r) => `${seriesOf(r)}|${r.period_start}|${r.period_end}`);
    for (const share of shares) {
      const key = (change: Partial<SeriesFields>) => `${seriesOf(share, { ...change, measure: 'value' })}|${share.period_start}|${share.period_end}`;
      const whole = WHOLES.find((w) => share[w.field] !== w.everything);
      if (!whole) continue;
      for (const part of values.get(key({})) ?? []) {
        for (const total of (values.get(key({ [whole.field]: whole.everything })) ?? []).filter((t) => t.unit === part.unit)) {
          const [pLo, pHi] = valueBounds(part);
          const [tLo, tHi] = valueBounds(total);
          const implied: [number, number] = [(pLo / tHi) * 100, (pHi / tLo) * 100];
          const stated = statedPercentBounds(share, share.value!);
          if (gap(implied, stated) <= ctx.config.growth_warn_pp) {
            ctx.agree('share-of-total', [share, part, total]);
            continue;
          }
          // Off by more than the configured factor: no rounding nor another reading of the whole explains it.
          const factor = ctx.config.share_fail_factor;
          const gross = implied[0] > stated[1] * factor || implied[1] * factor < stated[0];
          const impliedPct = round((part.value! / total.value!) * 100, 2);
          ctx.report({ check: 'share-of-total', severity: gross ? 'fail' : 'warn', rows: [share, part, total], message: `a share of ${share.value}% is stated, but ${part.value} of ${total.value} ${total.unit} is ${impliedPct}%${gross ? `, more than ${factor} times off` : ''}`, evidence: { stated_pct: share.value, implied_pct: impliedPct } });
        }
      }
    }
  },
};
