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
