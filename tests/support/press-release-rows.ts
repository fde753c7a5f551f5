/**
 * The rows one press release gives, for the extractor's unit tests: the release is dated `published`,
 * and an outcome that is not ok throws its reason (so a test fails on the reason, not on a missing row).
 */
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease, type PressReleaseOptions } from '../../functions/core/extract/press-release/index.js';

export function releaseRows(text: string, published = '2026-11-20', options: PressReleaseOptions = {}): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, options);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}

/** A row's period, value, unit and year-on-year change: the tuple the corpus scores, for `toEqual` on a release's rows. */
export function levelTuple(r: Pick<ObservationDraft, 'period_start' | 'period_end' | 'value' | 'unit' | 'yoy_pct'>): unknown[] {
  return [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct];
}
