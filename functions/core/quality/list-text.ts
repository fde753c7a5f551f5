/**
 * The long lists of quality.json (held rows, each check's failures) written from the report's
 * lines, optionally continuing the previous version's file: a new version's gate carries the
 * entries of the periods no change reaches from the previous record (gate-log.ts), and those come
 * first in each list, so the list's leading items are the previous quality.json's, byte for byte.
 * They are copied as one range of that file (inside the store); only the items judged again are
 * rendered. Where the items of a list lie is noted as the file is written (an index kept in the
 * gate's record): for each list, the byte offset where each run of items of one period begins.
 * Items come in period order (held rows are listed by period, findings as the periods are
 * checked), so an index has a few hundred marks per list; a list out of period order is still
 * written right, and copied only where the index shows that the carried items lead it.
 */
import type { CopiedRange } from '../ports.js';
import { CopiedItems } from './json-text.js';

/**
 * Where one list's items lie in a written quality.json: how many there are, where the last one
 * ends, and for each item whose period differs from the one before it: [item, period, offset of
 * its text just after its separator ('[' or ',')].
 */
export interface ListIndex {
  count: number;
  end: number;
  marks: [number, string, number][];
}

/** Where each list of a written quality.json lies, and the file's size (to tell it is the file described). */
export interface QualityTextIndex {
  bytes: number;
  lists: Record<string, ListIndex>;
}

/** What a quality.json copies of the previous version's: that file, its index, and how many leading items of each list. */
export interface QualityTextBase {
  fromKey: string;
  index: QualityTextIndex;
  copied: Map<string, number>;
}

/** Where an entry's line gives its period (`{"period":"2024-05",...`: JSON.stringify writes it first). */
const PERIOD_AT = '{"period":"'.length;
const periodOfLine = (line: string) => line.slice(PERIOD_AT, line.indexOf('"', PERIOD_AT));

/** A list with more marks than this is not indexed (far out of period order: the next version renders it whole). */
const MAX_MARKS = 20_000;

/**
 * How many leading items of the previous version's list the new one copies, when it carried
 * `carried` of them (its entries of the periods before `cut`, in the previous order): all of them
 * if they are the list's first items, which holds when the list's first item of a period from
 * `cut` on is item `carried` (every item after it is then of a later period too: none was
 * carried); else none.
 */
export function copyableItems(list: ListIndex | undefined, carried: number, cut: string): number {
  if (!list || carried === 0 || carried > list.count) return 0;
  const firstLater = list.marks.find(([, period]) => period >= cut)?.[0] ?? list.count;
  return firstLater === carried ? carried : 0;
}

/** Whether a value read from a record is an index this code wrote (else it is ignored and the file rendered whole). */
export function isQualityTextIndex(value: unknown): value is QualityTextIndex {
  const v = value as QualityTextIndex | undefined;
  return typeof v === 'object' && v !== null && typeof v.bytes === 'number' && typeof v.lists === 'object' && v.lists !== null
    && Object.values(v.lists).every((l) => typeof l?.count === 'number' && typeof l.end === 'number' && Array.isArray(l.marks));
}

/**
 * The items of one list, for jsonText: the leading items the base copies as one CopiedItems, then
 * the others rendered from their lines (`lines(from)`: the list's lines from the from-th on).
 * `written` counts the bytes the document has taken so far (utf8Chunks): when the next item is
 * asked for, every piece before it is counted, so its separator starts there. Notes the list in
 * `index` once written.
 */
export function* listItems(
  name: string,
  lines: (from: number) => Iterable<string>,
  render: (line: string) => unknown,
  written: { bytes: number },
  base?: QualityTextBase,
  index?: QualityTextIndex,
): Generator<unknown> {
  const marks: [number, string, number][] = [];
  let count = 0;
  let period: string | undefined;
  const copied = base?.copied.get(name) ?? 0;
  if (base && copied > 0) {
    const before = base.index.lists[name];
    const start = before.marks[0][2];
    // The copied items end where the first item not copied has its separator.
    const end = copied === before.count ? before.end : before.marks.find(([item]) => item === copied)![2] - 1;
    const shift = written.bytes + 1 - start;
    for (const [item, p, at] of before.marks) {
      if (item >= copied) break;
      marks.push([item, p, at + shift]);
      period = p;
    }
    count = copied;
    yield new CopiedItems({ fromKey: base.fromKey, start, end } satisfies CopiedRange);
  }
  for (const line of lines(count)) {
    const p = periodOfLine(line);
    if (p !== period) {
      marks.push([count, p, written.bytes + 1]);
      period = p;
    }
    yield render(line);
    count++;
  }
  if (index && marks.length <= MAX_MARKS) index.lists[name] = { count, end: written.bytes, marks };
}
