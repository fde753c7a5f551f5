/**
 * Column meaning: turns the heading of every value column (its phrases from top to bottom) into
 * flow, period, measure and column breakdown, and pairs year-on-year columns with the value
 * columns they describe. Anything left unresolved is a rejection, never a default.
 */
import type { Flow } from '../../contract.js';
import type { Title } from './caption.js';
import { FIE_MEMBERS, type Phrase } from './vocabulary.js';

/** What one physical value column holds. */
export interface ColumnSpec {
  /** The heading as printed, for `row | column` quotes. */
  label: string;
  /** Index of the value column this year-on-year column describes; null for value columns. */
  yoyOf: number | null;
  flow: Flow;
  periodKind: 'month' | 'cumulative';
  /** Last month covered; 0 in series tables, where it is the month of each row. */
  month: number;
  measure: 'value' | 'quantity';
  /** The column's own breakdown as "kind: label"; '' for a total over that dimension (or none). */
  breakdown: string;
  /** Column dimension member code for sum checks (enterprise code, regime label, 'TOTAL'), or null. */
  member: string | null;
}

export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** Heading paths rebuilt from text lines, plus whether the headings said "Value/±%" (yoy on the line below). */
export interface HeadingPaths {
  paths: Phrase[][];
  valueYoy: boolean;
  rowUnitColumn: boolean;
}

type LevelClass = 'F' | 'P' | 'M' | 'E' | 'R' | 'A' | '*';

function levelClass(phrase: Phrase): LevelClass {
  switch (phrase.cls) {
    case 'flow':
      return 'F';
    case 'period':
    case 'yoy':
      return 'P';
    case 'measure':
      return 'M';
    case 'enterprise':
      return 'E';
    case 'regime':
      return 'R';
    case 'value-yoy':
      return 'A';
    default:
      return '*';
  }
}

/**
 * Rebuilds column paths from text heading lines. Text renderings flatten rowspan/colspan, so a
 * group heading's span is inferred only when it divides the line below evenly, or when the line
 * below restarts its run of sub-headings exactly once per group ("E&I Export Import Balance E&I
 * Export Import"); the FIE sub-columns are put back under FIE (GACC's one irregular nesting).
 * `cells` gives, per line, its cells when the rendering kept them (tab-separated copies): a
 * cell's phrases are then one heading ("Current Month ±%"). Without cells, a line whose headings
 * cannot nest is read again with each "±%" joined to the period before it, the one other way
 * GACC prints a yoy group heading in one cell.
 */
export function pathsFromHeadingLines(lines: Phrase[][], cells?: Array<Phrase[][] | null>): Result<HeadingPaths> {
  const plain = buildPaths(lines, cells, false);
  if ((plain.ok && plausible(plain.value.paths)) || cells?.some((c) => c !== null)) return plain;
  // Without cell boundaries "Quantity yoy (±%)" or "Exports 11" read as two headings each, which
  // then repeat columns or stack two flows; reading them as one heading is the other way to split.
  const joined = buildPaths(lines, cells, true);
  return joined.ok && plausible(joined.value.paths) ? joined : plain;
}

/** False when two columns have the same heading path or one names two flows, periods or measures. */
function plausible(paths: Phrase[][]): boolean {
  const keys = paths.map((path) => path.map((p) => p.text.toLowerCase()).join(' | '));
  if (new Set(keys).size !== keys.length) return false;
  const twice = (path: Phrase[], cls: Phrase['cls']) => path.filter((p) => p.cls === cls).length > 1;
  return !paths.some((path) => twice(path, 'flow') || twice(path, 'period') || twice(path, 'measure'));
}

/** Heading items of one line: its cells, or one item per phrase (optionally "period ±%" as one). */
function lineItems(line: Phrase[], cells: Phrase[][] | null, joinYoy: boolean): Phrase[][] {
  if (cells) return cells;
  const items: Phrase[][] = [];
  for (const phrase of line) {
    const last = items[items.length - 1];
    if (joinYoy && phrase.cls === 'yoy' && last && last.length === 1 && (last[0].cls === 'period' || last[0].cls === 'measure')) last.push(phrase);
    else if (joinYoy && phrase.cls === 'period' && last && last.length === 1 && last[0].cls === 'flow') last.push(phrase);
    else items.push([phrase]);
  }
  return items;
}

/** One heading level: its class and its items, left to right. */
interface Level {
  cls: LevelClass;
  items: Phrase[][];
}

function buildPaths(lines: Phrase[][], cells: Array<Phrase[][] | null> | undefined, joinYoy: boolean): Result<HeadingPaths> {
  const { cleaned, rowUnitColumn } = headingItems(lines, cells, joinYoy);
  const levels = levelItems(mergeEnterpriseLevels(stackLevels(cleaned)));
  if (!levels.ok) return levels;
  const { items, valueYoy } = levels.value;
  if (items.length === 0) return { ok: true, value: { paths: [], valueYoy, rowUnitColumn } };
  const paths = nestLevels(items);
  return paths.ok ? { ok: true, value: { paths: paths.value, valueYoy, rowUnitColumn } } : paths;
}

/** Each line's heading items without corner and row-unit phrases, and whether a row-unit phrase was seen. */
function headingItems(lines: Phrase[][], cells: Array<Phrase[][] | null> | undefined, joinYoy: boolean): { cleaned: Phrase[][][]; rowUnitColumn: boolean } {
  let rowUnitColumn = false;
  const cleaned = lines
    .map((line, index) =>
      lineItems(line, cells?.[index] ?? null, joinYoy)
        .map((item) =>
          item.filter((phrase) => {
            if (phrase.cls === 'rowunit') rowUnitColumn = true;
            return phrase.cls !== 'corner' && phrase.cls !== 'rowunit';
          }),
        )
        .filter((item) => item.length > 0),
    )
    .filter((line) => line.length > 0);
  return { cleaned, rowUnitColumn };
}

/** Lines as levels; consecutive one-phrase lines of one kind are one heading row rendered a cell per line. */
function stackLevels(cleaned: Phrase[][][]): Level[] {
  const levels: Array<Level & { single: boolean }> = [];
  for (const line of cleaned) {
    const last = levels[levels.length - 1];
    if (line.length === 1 && line[0].length === 1 && last && last.items.length >= 1 && last.single) {
      const cls = levelClass(line[0][0]);
      if (cls === last.cls || cls === '*' || last.cls === '*') {
        last.items.push(line[0]);
        if (last.cls === '*') last.cls = cls;
        continue;
      }
    }
    const classes = new Set(line.flat().map(levelClass).filter((c) => c !== '*'));
    levels.push({ cls: classes.size === 1 ? [...classes][0] : classes.size === 0 ? '*' : 'P', items: [...line], single: line.length === 1 && line[0].length === 1 });
  }
  return levels;
}

/** Enterprise headings split over two rows (Total SOE FIE POE Other / Sub.Tot CJV EJV FOE) are one level. */
function mergeEnterpriseLevels(levels: Level[]): Level[] {
  const merged: Level[] = [];
  for (const level of levels) {
    const last = merged[merged.length - 1];
    if (last && last.cls === 'E' && level.cls === 'E') last.items.push(...level.items);
    else merged.push({ cls: level.cls, items: [...level.items] });
  }
  return merged;
}

/** Each level's items, enterprise levels nested under FIE; a "Value/±%" level only sets `valueYoy`. */
function levelItems(merged: Level[]): Result<{ items: Phrase[][][]; valueYoy: boolean }> {
  let valueYoy = false;
  const items: Phrase[][][] = [];
  for (const level of merged) {
    const phrases = level.items.flat();
    if (phrases.every((p) => p.cls === 'value-yoy')) {
      valueYoy = true;
      continue;
    }
    if (phrases.some((p) => p.cls === 'value-yoy')) return fail(`heading row "${texts(phrases)}" mixes "Value/±%" with other headings`);
    if (level.cls === 'E' && level.items.every((item) => item.length === 1)) {
      const nested = nestEnterprises(phrases);
      if (!nested.ok) return nested;
      items.push(nested.value);
    } else items.push(level.items);
  }
  return { ok: true, value: { items, valueYoy } };
}

/** Column paths: each level's items divided among the paths of the levels above. */
function nestLevels(items: Phrase[][][]): Result<Phrase[][]> {
  let paths = items[0];
  for (const level of items.slice(1)) {
    const groups = spans(level, paths);
    if (!groups) {
      return fail(`heading row "${level.map((item) => texts(item)).join(' ')}" (${level.length} headings) does not divide evenly under "${paths.map((p) => texts(p)).join(' ')}" (${paths.length} headings)`);
    }
    paths = paths.flatMap((path, i) => groups[i].map((item) => [...path, ...item]));
  }
  return { ok: true, value: paths };
}

const itemKey = (item: Phrase[]) => item.map((p) => p.text.toLowerCase()).join(' ');

/**
 * Splits a heading row under the `upper` headings: evenly, or at each restart of its first
 * heading when only year-on-year groups are shorter and each is a prefix of the full run (the
 * year-on-year block of a series table has no Balance column).
 */
function spans(level: Phrase[][], upper: Phrase[][]): Phrase[][][] | null {
  const even = evenSpans(level, upper);
  if (even) return even;
  // Headings that span both rows (a "Month | Export | Import | Balance | Year-on-Year" row over
  // "Export & Import Export Import") take nothing from the row below; only the headings that do
  // not already name what the lower row names (here, the year-on-year group) are divided.
  const lower = new Set<LevelClass>(level.flat().map(levelClass).filter((c) => c !== '*'));
  const open = upper.flatMap((path, i) => (path.some((p) => lower.has(levelClass(p))) ? [] : [i]));
  if (open.length > 0 && open.length < upper.length) {
    const divided = evenSpans(level, open.map((i) => upper[i]));
    if (divided) return upper.map((_, i) => (open.includes(i) ? divided[open.indexOf(i)] : [[]]));
  }
  return sharedRuns(level, upper);
}

/**
 * Leading headings of one kind ("Exports | Imports") carry the same sub-headings ("11 | 1 to 11"),
 * which cannot name their kind again; the headings after them ("Year-on-Year") divide the rest
 * ("Exports 11 | Exports 1 to 11 | Imports 11 | Imports 1 to 11") evenly.
 */
function sharedRuns(level: Phrase[][], upper: Phrase[][]): Phrase[][][] | null {
  const kind = (path: Phrase[]) => path.map((p) => p.cls).join(',');
  let same = 1;
  while (same < upper.length && kind(upper[same]) === kind(upper[0])) same++;
  if (same < 2 || same === upper.length) return null;
  const runKey = (run: Phrase[][]) => run.map(itemKey).join(' | ');
  for (let size = 1; size * same < level.length; size++) {
    const runs = Array.from({ length: same }, (_, i) => level.slice(i * size, (i + 1) * size));
    if (runs.some((run) => runKey(run) !== runKey(runs[0]))) continue;
    if (runs[0].flat().some((p) => upper[0].some((q) => q.cls === p.cls))) continue;
    const rest = evenSpans(level.slice(size * same), upper.slice(same));
    if (rest) return [...runs, ...rest];
  }
  return null;
}

function evenSpans(level: Phrase[][], upper: Phrase[][]): Phrase[][][] | null {
  const count = upper.length;
  if (level.length % count === 0) {
    const span = level.length / count;
    return Array.from({ length: count }, (_, i) => level.slice(i * span, (i + 1) * span));
  }
  const first = itemKey(level[0]);
  const starts = level.flatMap((item, i) => (itemKey(item) === first ? [i] : []));
  if (starts.length !== count) return null;
  const groups = starts.map((start, i) => level.slice(start, starts[i + 1] ?? level.length));
  const full = groups.reduce((a, b) => (b.length > a.length ? b : a));
  const fits = groups.every((group, i) => {
    const prefix = group.every((item, j) => itemKey(item) === itemKey(full[j]));
    return prefix && (group.length === full.length || upper[i].some((p) => p.cls === 'yoy'));
  });
  return fits ? groups : null;
}

/** Puts "Sub.Tot CJV EJV FOE" back under FIE, in the order the data columns have them. */
function nestEnterprises(phrases: Phrase[]): Result<Phrase[][]> {
  const isMember = (p: Phrase) => p.cls === 'enterprise' && FIE_MEMBERS.includes(p.code);
  const tops = phrases.filter((p) => !isMember(p));
  const members = phrases.filter(isMember);
  if (members.length === 0) return { ok: true, value: tops.map((p) => [p]) };
  const firstMember = phrases.findIndex(isMember);
  if (phrases.slice(firstMember).some((p) => !isMember(p))) return fail(`enterprise headings "${texts(phrases)}" are not in the order tops then FIE sub-types`);
  const fie = tops.filter((p) => p.cls === 'enterprise' && p.code === 'FIE');
  if (fie.length !== 1) return fail(`enterprise sub-types "${texts(members)}" without exactly one FIE heading to sit under`);
  return { ok: true, value: tops.flatMap((p) => (p === fie[0] ? members.map((m) => [p, m]) : [[p]])) };
}

function texts(phrases: Phrase[]): string {
  return phrases.map((p) => p.text).join(' ');
}

/**
 * Period and flow rules from the layout: the default period kind when neither the column nor the
 * title says; `series` when each row is a month (columns say "Current Month" / "January to
 * Month"); `flowFromRows` when each row is a flow (columns must then name none).
 */
export interface PeriodDefaults {
  kind: 'month' | 'cumulative' | null;
  series?: boolean;
  flowFromRows?: boolean;
}

/** A column as its heading says, before its flow and period are settled against the title. */
interface Draft {
  label: string;
  yoy: boolean;
  flow: Flow | null;
  period: Extract<Phrase, { cls: 'period' }> | null;
  measure: 'value' | 'quantity';
  breakdown: string;
  member: string | null;
}

/** Interprets every column path; `paths` excludes label and unit columns. */
export function interpretColumns(paths: Phrase[][], title: Title, defaults: PeriodDefaults): Result<ColumnSpec[]> {
  const enterpriseDim = paths.some((path) => path.some((p) => p.cls === 'enterprise'));
  const regimeDim = paths.some((path) => path.some((p) => p.cls === 'regime'));
  if (enterpriseDim && regimeDim) return fail('columns mix enterprise types and customs regimes');
  const dimension = enterpriseDim ? 'enterprise type' : regimeDim ? 'customs regime' : null;
  const drafts: Draft[] = [];
  for (const path of paths) {
    const draft = draftColumn(path, dimension);
    if (!draft.ok) return draft;
    drafts.push(draft.value);
  }
  const specs: ColumnSpec[] = [];
  const values = resolveValueColumns(drafts, title, defaults, specs);
  if (!values.ok) return values;
  const paired = pairYoyColumns(drafts, specs, values.value, title);
  return paired ?? { ok: true, value: specs };
}

/** A column's flow, period, measure and, under a column dimension, its member and breakdown. */
function draftColumn(path: Phrase[], dimension: string | null): Result<Draft> {
  const label = texts(path);
  if (path.length === 0) return fail('a value column has no heading');
  const flows = path.filter((p) => p.cls === 'flow');
  const periods = path.filter((p) => p.cls === 'period') as Array<Extract<Phrase, { cls: 'period' }>>;
  const measures = path.filter((p) => p.cls === 'measure') as Array<Extract<Phrase, { cls: 'measure' }>>;
  const yoy = path.some((p) => p.cls === 'yoy');
  if (flows.length > 1 || periods.length > 1 || measures.length > 1) return fail(`column "${label}" names more than one flow, period or measure`);
  let flow: Flow | null = flows.length === 1 ? (flows[0] as Extract<Phrase, { cls: 'flow' }>).flow : null;
  let member = { member: null as string | null, breakdown: '' };
  const dimensional = path.filter((p) => p.cls === 'enterprise' || p.cls === 'regime' || p.cls === 'other' || p.cls === 'total');
  if (dimension) {
    const last = dimensional[dimensional.length - 1];
    if (!last) return fail(`column "${label}" has no ${dimension}`);
    member = memberOf(last, dimension);
  } else if (dimensional.length > 0) {
    // Without a column dimension, "Total" can only be the two-way flow; "Other" means nothing.
    if (dimensional.some((p) => p.cls !== 'total') || flow !== null) return fail(`column "${label}" is not understood`);
    flow = 'total';
  }
  return { ok: true, value: { label, yoy, flow, period: periods[0] ?? null, measure: measures[0]?.measure ?? 'value', breakdown: member.breakdown, member: member.member } };
}

/** The column dimension member its last dimensional heading names: the sum-check code and the breakdown. */
function memberOf(last: Phrase, dimension: string): { member: string | null; breakdown: string } {
  if (last.cls === 'total') return { member: 'TOTAL', breakdown: '' };
  if (last.cls === 'other') return { member: 'Other', breakdown: `${dimension}: Other` };
  if (last.cls === 'enterprise') return { member: last.code === 'SUB' ? 'FIE' : last.code, breakdown: `${dimension}: ${last.label}` };
  if (last.cls === 'regime') return { member: last.label, breakdown: `${dimension}: ${last.label}` };
  return { member: null, breakdown: '' };
}

/** Settles each value column's flow and period into `specs`; returns their indexes, in order, or why one cannot be settled. */
function resolveValueColumns(drafts: Draft[], title: Title, defaults: PeriodDefaults, specs: ColumnSpec[]): Result<number[]> {
  // A series whose columns name no period at all ("Month | Export | Import | Balance") gives each
  // row's own month in every column; one that names periods must name them in every column.
  const periodless = drafts.every((draft) => draft.period === null);
  const valueIndex: number[] = [];
  for (const [index, draft] of drafts.entries()) {
    if (draft.yoy) continue;
    const flow = columnFlow(draft, title, defaults);
    if (!flow.ok) return flow;
    const period = columnPeriod(draft, title, defaults, periodless);
    if (!period.ok) return period;
    specs[index] = { label: draft.label, yoyOf: null, flow: flow.value, ...period.value, measure: draft.measure, breakdown: draft.breakdown, member: draft.member };
    valueIndex.push(index);
  }
  const seen = new Set<string>();
  for (const index of valueIndex) {
    const s = specs[index];
    const key = [s.flow, s.periodKind, s.month, s.measure, s.breakdown].join('|');
    if (seen.has(key)) return fail(`two columns mean the same figure ("${s.label}")`);
    seen.add(key);
  }
  return { ok: true, value: valueIndex };
}

/** The column's flow: its own, else the title's one flow; with flows as rows, a placeholder. */
function columnFlow(draft: Draft, title: Title, defaults: PeriodDefaults): Result<Flow> {
  if (defaults.flowFromRows) {
    if (draft.flow !== null) return fail(`column "${draft.label}" names a flow but so do the rows`);
    // Placeholder: each row's own flow replaces it when the rows are assembled.
    return { ok: true, value: 'total' };
  }
  if (draft.flow !== null) return { ok: true, value: draft.flow };
  if (title.flows.length !== 1) return fail(`column "${draft.label}" does not say export or import and neither does the title`);
  return { ok: true, value: title.flows[0] };
}

/** The column's period: each row's own month (series), the column's period, or the title's. */
function columnPeriod(draft: Draft, title: Title, defaults: PeriodDefaults, periodless: boolean): Result<{ periodKind: 'month' | 'cumulative'; month: number }> {
  if (defaults.series || draft.period?.relative) {
    if (!defaults.series) return fail(`column "${draft.label}" is for the month of each row but the rows are not months`);
    if (!draft.period?.relative && !(periodless && draft.period === null)) return fail(`column "${draft.label}" of a series table does not say "month" or "January to month"`);
    // Month 0: the row's own month.
    return { ok: true, value: { periodKind: draft.period?.kind ?? 'month', month: 0 } };
  }
  if (draft.period) {
    const month = draft.period.month;
    if (title.period.month !== null && title.period.month !== month) {
      return fail(`column "${draft.label}" is for month ${month} but the title is for month ${title.period.month}`);
    }
    return { ok: true, value: { periodKind: draft.period.kind, month } };
  }
  if (title.period.month === null) return fail(`column "${draft.label}" has no period and the title names no month`);
  const month = title.period.month;
  // In January the month and January-to-date are one period: nothing is left to decide.
  const kind = title.period.kind ?? defaults.kind ?? (month === 1 ? 'month' : null);
  if (kind === null) return fail(`neither column "${draft.label}" nor the title says whether figures are for the month or cumulative`);
  return { ok: true, value: { periodKind: kind, month } };
}

/** Pairs each year-on-year column with the one value column it describes, into `specs`; the failure, or null. */
function pairYoyColumns(drafts: Draft[], specs: ColumnSpec[], valueIndex: number[], title: Title): { ok: false; reason: string } | null {
  const yoyIndex = [...drafts.keys()].filter((index) => drafts[index].yoy);
  const candidatesOf = yoyIndex.map((index) => valueIndex.filter((v) => describes(drafts[index], specs[v], title)));
  // A block of year-on-year columns that names no period ("Year-on-Year: Quantity Value Quantity
  // Value" under two periods) follows the value columns one for one, in order. That reading is
  // taken only when it is the sole consistent one: as many year-on-year columns as value columns,
  // none naming a period, and each one's k-th position compatible with the k-th value column.
  const positional =
    candidatesOf.some((c) => c.length > 1) &&
    yoyIndex.length === valueIndex.length &&
    yoyIndex.every((index) => drafts[index].period === null) &&
    candidatesOf.every((c, k) => c.includes(valueIndex[k]));
  for (const [k, index] of yoyIndex.entries()) {
    const draft = drafts[index];
    const candidates = positional ? [valueIndex[k]] : candidatesOf[k];
    if (candidates.length !== 1) {
      return fail(`year-on-year column "${draft.label}" matches ${candidates.length === 0 ? 'no' : 'more than one'} value column`);
    }
    specs[index] = { ...specs[candidates[0]], label: draft.label, yoyOf: candidates[0] };
  }
  const pairedTwice = new Set<number>();
  for (const spec of specs) {
    if (spec.yoyOf === null) continue;
    if (pairedTwice.has(spec.yoyOf)) return fail(`two year-on-year columns describe "${specs[spec.yoyOf].label}"`);
    pairedTwice.add(spec.yoyOf);
  }
  return null;
}

/** Whether a year-on-year column can describe a value column: same flow (its own or the title's), period, measure and breakdown. */
function describes(draft: Draft, s: ColumnSpec, title: Title): boolean {
  const yoyFlow = draft.flow ?? (title.flows.length === 1 ? title.flows[0] : null);
  if (yoyFlow !== null && s.flow !== yoyFlow) return false;
  if (draft.period && (s.periodKind !== draft.period.kind || s.month !== draft.period.month)) return false;
  return s.measure === draft.measure && s.breakdown === draft.breakdown;
}
