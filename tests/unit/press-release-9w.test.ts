/**
 * Rules of issue 9, part w (batch 23, commodity and market wire stories, third round), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published: string): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const brief = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.unit, r.yoy_pct, r.area, r.flow, r.period_start, r.period_end]);

describe('a growth in the next sentence whose subject points back at a tonnage', () => {
  it('is the growth of that tonnage, after a month-on-month change', () => {
    const rows = rowsOf('China bought 3.9 million tonnes of manganese ore from abroad in May, customs data showed. Arrivals were 8% lower than in April and up 17.5% from a year earlier.', '2026-06-20');
    expect(brief(rows)).toEqual([[3900000, 'tonnes', 17.5, 'China', 'import', '2026-05', '2026-05']]);
  });

  it('is the growth of a tonnage whose subject had a descriptive clause', () => {
    const rows = rowsOf("China's imports of aluminium scrap rose to 182,000 tonnes in August. Scrap arrivals, counted by gross weight, were up 9.1% on the year.", '2026-09-20');
    expect(brief(rows)).toEqual([[182000, 'tonnes', 9.1, 'China', 'import', '2026-08', '2026-08']]);
  });

  it('leaves a growth that names no pointing subject to the other rules', () => {
    const rows = rowsOf('China bought 3.9 million tonnes of manganese ore from abroad in May. Steel output was up 4% from a year earlier.', '2026-06-20');
    expect(rows.map((r) => r.yoy_pct)).toEqual([null]);
  });
});
