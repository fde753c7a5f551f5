/**
 * Layout by arithmetic: when the headings name fewer columns than the rows have figures (a
 * sub-heading line the rendering dropped, a group heading that spans unnamed sub-columns), the
 * columns they leave out are put back by named rules, and a candidate is kept only when the
 * figures prove it: sub-columns sum to their parent, parts to their total, E&I = E + I. The table
 * is read only when exactly one candidate is consistent on every row; the evidence that decided
 * it is returned for the release's diagnostics.
 */
import { alignRows, type AlignedRow } from './align.js';
import { term } from './checks.js';
import type { ColumnSpec } from './columns.js';
import type { ResolvedLayout } from './layouts.js';
import type { RawTable } from './model.js';

/** One arithmetic identity over a row's cells: `total` = Σ sign × part. */
interface Identity {
  text: string;
  total: number;
  parts: Array<{ index: number; sign: 1 | -1 }>;
}

/** A way headings name fewer columns than printed: the candidates it proposes and what proves them. */
interface ShortHeadingRule {
  name: string;
  /** What the rule reads, as printed. */
  example: string;
  candidates(columns: ColumnSpec[]): Array<{ columns: ColumnSpec[]; order: string }>;
}

const FIE_PARTS: Array<[string, string]> = [
  ['CJV', 'Chinese-foreign contractual joint venture'],
  ['EJV', 'Chinese-foreign equity joint venture'],
  ['FOE', 'Wholly foreign-owned'],
];

const sameCell = (a: ColumnSpec, b: ColumnSpec) => a.flow === b.flow && a.periodKind === b.periodKind && a.month === b.month && a.measure === b.measure;

/** The FIE sub-columns of an FIE column group (one per period or flow), member by member, in the order GACC prints them. */
function fieMembers(group: ColumnSpec[]): ColumnSpec[] {
  return FIE_PARTS.flatMap(([code, label]) => group.map((fie) => ({ ...fie, label: `${fie.label} ${code}`, breakdown: `enterprise type: ${label}`, member: code })));
}

const RULES: ShortHeadingRule[] = [
  {
    name: 'foreign-invested sub-columns',
    example: 'headings "Total SOE FIE POE Other" over rows of 8 figures: FIE is a sub-total with its CJV, EJV and FOE columns',
    candidates(columns) {
      if (columns.some((c) => c.member !== null && ['CJV', 'EJV', 'FOE'].includes(c.member))) return [];
      // The FIE columns (one per period or flow under "FIE"), which must sit side by side.
      const at = columns.findIndex((c) => c.member === 'FIE');
      if (at < 0 || columns.some((c) => c.yoyOf !== null)) return [];
      let end = at;
      while (end < columns.length && columns[end].member === 'FIE') end++;
      if (columns.slice(end).some((c) => c.member === 'FIE')) return [];
      const group = columns.slice(at, end);
      const fie = group.map((c) => ({ ...c, label: `${c.label} Sub.Tot` }));
      const members = fieMembers(group);
      const before = columns.slice(0, at);
      const after = columns.slice(end);
      return [
        { columns: [...before, ...fie, ...members, ...after], order: 'sub-total first, then its three members' },
        { columns: [...before, ...members, ...fie, ...after], order: 'the three members, then their sub-total' },
        { columns: [...before, ...fie, ...after, ...members], order: 'the three members after the last column' },
      ];
    },
  },
  {
    name: 'export & import column',
    example: 'headings "Exports Imports" over rows with a third figure per period: the E&I column before them',
    candidates(columns) {
      if (columns.some((c) => c.flow === 'total' || c.yoyOf !== null)) return [];
      const out: ColumnSpec[] = [];
      for (const c of columns) {
        const pair = columns.find((d) => d.flow === 'import' && d.breakdown === c.breakdown && d.periodKind === c.periodKind && d.month === c.month && d.measure === c.measure);
        if (c.flow === 'export' && pair) out.push({ ...c, flow: 'total', label: c.label.replace(/\bexports?\b/i, 'Export & Import') });
        out.push(c);
      }
      return out.length > columns.length ? [{ columns: out, order: 'an E&I column before each Exports column' }] : [];
    },
  },
];

/** The identities a column list allows: E&I = E + I, Balance = E − I, Total = its members, FIE = its members. */
function identities(columns: ColumnSpec[]): Identity[] {
  const found: Identity[] = [];
  const values = columns.map((c, i) => ({ c, i })).filter(({ c }) => c.yoyOf === null);
  const find = (pred: (c: ColumnSpec) => boolean) => values.find(({ c }) => pred(c))?.i;
  for (const { c, i } of values) {
    const exp = find((d) => d.flow === 'export' && d.breakdown === c.breakdown && d.periodKind === c.periodKind && d.month === c.month && d.measure === c.measure);
    const imp = find((d) => d.flow === 'import' && d.breakdown === c.breakdown && d.periodKind === c.periodKind && d.month === c.month && d.measure === c.measure);
    if (exp !== undefined && imp !== undefined && c.flow === 'total') found.push({ text: 'E&I = E + I', total: i, parts: [{ index: exp, sign: 1 }, { index: imp, sign: 1 }] });
    if (exp !== undefined && imp !== undefined && c.flow === 'balance') found.push({ text: 'Balance = E - I', total: i, parts: [{ index: exp, sign: 1 }, { index: imp, sign: -1 }] });
    const groups: Array<[string, string[]]> = [
      ['TOTAL', ['SOE', 'FIE', 'POE', 'Other']],
      ['FIE', ['CJV', 'EJV', 'FOE']],
    ];
    for (const [parent, codes] of groups) {
      if (c.member !== parent) continue;
      const parts = codes.map((code) => find((d) => d.member === code && sameCell(d, c)));
      if (parts.every((p) => p !== undefined)) found.push({ text: `${parent} = ${codes.join(' + ')}`, total: i, parts: parts.map((index) => ({ index: index as number, sign: 1 as const })) });
    }
  }
  return found;
}

/** How many rows test an identity with a non-zero total, and the first row that breaks it. */
function verify(rows: AlignedRow[], identity: Identity): { held: number; broken: string | null } {
  let held = 0;
  for (const { row, cells } of rows) {
    const total = term(cells[identity.total]);
    const parts = identity.parts.map((p) => term(cells[p.index]));
    if (!total || parts.some((p) => p === null)) continue;
    const sum = parts.reduce((acc, p, k) => acc + identity.parts[k].sign * p!.value, 0);
    const tolerance = total.half + parts.reduce((acc, p) => acc + p!.half, 0) + 1e-9 * Math.max(1, Math.abs(total.value));
    if (Math.abs(total.value - sum) > tolerance) return { held, broken: row.label };
    if (total.value !== 0) held++;
  }
  return { held, broken: null };
}

/** A layout the figures decided, with the evidence in words. */
export type Decided = { ok: true; layout: ResolvedLayout; aligned: Extract<ReturnType<typeof alignRows>, { ok: true }>; evidence: string } | { ok: false; reason: string };

/** Rows an identity must hold on before it counts as proof (one row could agree by chance). */
const MIN_PROVING_ROWS = 2;

/**
 * Tries every short-heading rule on a layout whose rows do not fit its headings, and keeps the one
 * candidate the arithmetic proves: it places the rows, every identity involving an added column
 * holds on at least two rows, and no identity fails on any row.
 */
export function decideByArithmetic(table: RawTable, layout: ResolvedLayout): Decided {
  const consistent: Array<{ layout: ResolvedLayout; aligned: Extract<ReturnType<typeof alignRows>, { ok: true }>; evidence: string }> = [];
  const tried: string[] = [];
  for (const rule of RULES) {
    for (const candidate of rule.candidates(layout.columns)) {
      const next: ResolvedLayout = { ...layout, columns: candidate.columns };
      const aligned = alignRows(table, next);
      if (!aligned.ok) continue;
      const added = new Set(candidate.columns.flatMap((c, i) => (layout.columns.includes(c) ? [] : [i])));
      const checks = identities(candidate.columns).map((identity) => ({ identity, ...verify(aligned.rows, identity) }));
      const broken = checks.find((c) => c.broken !== null);
      const proving = checks.filter((c) => added.has(c.identity.total) || c.identity.parts.some((p) => added.has(p.index)));
      tried.push(`${rule.name} (${candidate.order})${broken ? `: ${broken.identity.text} fails on row "${broken.broken}"` : ''}`);
      if (broken || proving.length === 0 || proving.some((c) => c.held < MIN_PROVING_ROWS)) continue;
      const proof = proving.map((c) => `${c.identity.text} on ${c.held} rows`).join(', ');
      consistent.push({
        layout: next,
        aligned,
        evidence: `layout decided by arithmetic (rule "${rule.name}"): the headings name ${layout.columns.length} columns but the rows print ${candidate.columns.length}; read as ${candidate.order}, proven by ${proof}`,
      });
    }
  }
  if (consistent.length === 1) return { ok: true, ...consistent[0] };
  if (consistent.length > 1) return { ok: false, reason: `more than one layout is consistent with the figures (${consistent.map((c) => c.evidence).join('; ')})` };
  return { ok: false, reason: tried.length === 0 ? 'no rule adds the columns the headings leave out' : `no layout is consistent with the figures (tried ${tried.join('; ')})` };
}
