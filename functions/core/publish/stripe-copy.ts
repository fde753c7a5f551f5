/**
 * Stripes a version copies from the previous one anywhere in its files, not only before the first
 * change. The change index (change-index.ts) names the periods whose rows may differ; every other
 * stripe of the previous layout holds the same rows, so its bytes in every composed file are the
 * previous version's, copied unread: only the stripes in between are read from the store and
 * rendered. A stripe's bytes depend on that stripe alone (layout.ts), with one exception handled
 * here: a JSON array's separator before the stripe's first row, present when any row precedes it.
 */
import type { ScanRange } from '../ports.js';
import type { StripeBoundary, VersionLayout } from './layout.js';

type Stripe = VersionLayout['stripes'][number];

/** Which stripes of the previous layout are copied unread (by index), from the periods that may have changed (null: unknown, none is). */
export function copyableStripes(layout: VersionLayout, changed: Set<string> | null): boolean[] {
  const countable = layout.sources !== undefined && layout.rendering !== undefined;
  return layout.stripes.map((s) => changed !== null && countable && !changed.has(s.key) && s.rows !== undefined && s.releases !== undefined);
}

/**
 * The ranges of periods to read from the store, from the stripe at `start` on: each run of stripes
 * that are not copied, and the changed periods the previous version had no stripe for. The last
 * range is open-ended when nothing is copied after it.
 */
export function readRanges(layout: VersionLayout, copyable: boolean[], start: number, changed: Set<string> | null, from: string | undefined): ScanRange[] {
  const everything: ScanRange = from === undefined ? {} : { fromPeriodEnd: from };
  if (!changed || !copyable.some(Boolean)) return [everything];
  const keys = layout.stripes.slice(start).map((s, i) => ({ key: s.key, copy: copyable[start + i] }));
  const known = new Set(keys.map((k) => k.key));
  for (const period of changed) if ((from === undefined || period >= from) && !known.has(period)) keys.push({ key: period, copy: false });
  keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const ranges: ScanRange[] = [];
  let open = null as { first: string; last: string } | null;
  // The first range starts where the scan would, unless a stripe before it is copied.
  let copiedBefore = false;
  const begin = (range: { first: string }): ScanRange => (ranges.length === 0 && !copiedBefore ? everything : { fromPeriodEnd: range.first });
  for (const { key, copy } of keys) {
    if (!copy) open = { first: open?.first ?? key, last: key };
    else if (!open) copiedBefore = true;
    else {
      ranges.push({ ...begin(open), throughPeriodEnd: open.last });
      open = null;
    }
  }
  if (open) ranges.push(begin(open));
  return ranges;
}

/** Boundary before stripe `index` in a file of the previous version (its end of data for the index after the last). */
export function stripeBoundary(layout: VersionLayout, index: number, path: string): StripeBoundary {
  return index < layout.stripes.length ? layout.stripes[index].starts[path] : layout.ends[path];
}

/** Start of stripe `index` in a file of the previous version (its end of data for the index after the last). */
export function stripeStart(layout: VersionLayout, index: number, path: string): number {
  return stripeBoundary(layout, index, path).at;
}

/**
 * Byte ranges of a previous version's file holding the stripes from `start` on that are read
 * again (the runs of stripes not copied): the previous lines the new version is compared with.
 */
export function previousRanges(layout: VersionLayout, copyable: boolean[], start: number, path: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = start; i < layout.stripes.length; i++) {
    if (copyable[i]) continue;
    let j = i;
    while (j + 1 < layout.stripes.length && !copyable[j + 1]) j++;
    ranges.push([stripeStart(layout, i, path), stripeStart(layout, j + 1, path)]);
    i = j;
  }
  return ranges;
}

/** Rows before each stripe of the previous layout (its JSON array had a separator before the stripe when above 0). */
export function rowsBefore(stripes: Stripe[]): number[] {
  const before: number[] = [];
  let rows = 0;
  for (const s of stripes) {
    before.push(rows);
    rows += s.rows ?? 0;
  }
  return before;
}

/** The separator a JSON array puts before every row but the first. */
export const JSON_SEPARATOR = ',\n';
