/**
 * Rules of issue 9, part q (leftovers of the earlier parts), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { findWordNumbers } from '../../functions/core/extract/press-release/numbers.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published: string): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const brief = (rows: ObservationDraft[]) =>
  rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, area: r.area, start: r.period_start, end: r.period_end }));

describe('number words', () => {
  it('knows only its own number words, not names every object inherits', () => {
    // "constructor" is a key of every plain object; a number word before it must still be read.
    expect(findWordNumbers('Seven constructor firms bid for the terminal.').map((t) => t.digits)).toEqual(['7']);
    expect(findWordNumbers('The yard hired a constructor, a welder and a clerk.')).toEqual([]);
    expect(findWordNumbers('Nearly a, constructor said.')).toEqual([]);
    expect(findWordNumbers('Two hundred and forty trucks crossed.').map((t) => t.digits)).toEqual(['240']);
  });
});
