/**
 * Trains a hub received came in, whether the verb comes before the count with its noun ("received 986 freight trains")
 * or after it in the passive ("1,140 were received"); a count's own verb after it stops at a conjunction, so the verb of
 * the next count ("dispatched 1,204 trains and received 986") is not taken for the first count's. A hub that "received
 * 310 trains" with no verb of the other way keeps them two-way (press-release-9bf). Our own words.
 */
import { describe, expect, it } from 'vitest';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

const ctx = { dataset: 'test', release_id: 'r', source_url: 'https://example.org/r', published: '2026-11-20' };
const flows = (text: string) => {
  const o = extractPressRelease(text, ctx, {});
  if (!o.ok) throw new Error(o.reason);
  return o.rows.map((r) => `${r.value} ${r.unit} ${r.flow}`);
};

describe('trains a hub received', () => {
  it('reads "received N freight trains" after "dispatched N freight trains" as the inbound count', () => {
    expect(flows('ERENHOT, Nov. 19 -- The Erenhot railway port dispatched 1,204 freight trains and received 986 freight trains in the first ten months of this year.')).toEqual([
      '1204 trains export',
      '986 trains import',
    ]);
  });

  it('reads "of which N were dispatched and M were received" as one count each way', () => {
    expect(flows('ERENHOT, Nov. 19 -- Freight trains through the Erenhot port reached 2,310 in the first ten months, of which 1,170 were dispatched and 1,140 were received.')).toEqual([
      '2310 trains total',
      '1170 trains export',
      '1140 trains import',
    ]);
  });
});
