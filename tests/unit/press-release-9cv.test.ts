/**
 * Rules of issue 9, part cv: the fixing round on the corpus's remaining misses (batches 70, 65, 62, 64, 66, 63 and older
 * leftovers), each found there and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

describe('a paste whose paragraphs lost their blank lines', () => {
  it('starts a paragraph at each long line ending a sentence, so a port aside ends with its line', () => {
    const text = [
      'Kazakh wheat exports climb in ten months',
      'Astana, November 9 (Kazinform). Kazakhstan exported 7.42 million tonnes of wheat in January-October 2026, up 12.6 percent year on year, the ministry of agriculture reported. Through the Altynkol crossing alone, 1.18 million tonnes of grain were exported, up 20.4 percent.',
      'Flour exports totalled 1.64 million tonnes, up 3.1 percent, worth USD 402 million, the ministry said in its monthly review of the grain market.',
    ].join('\n');
    const rows = releaseRows(text, '2026-11-09');
    const flour = rows.filter((r) => r.value === 1640000 || r.value === 402000000).map((r) => [...levelTuple(r), r.area, r.flow]);
    expect(flour).toEqual([
      ['2026-01', '2026-10', 1640000, 'tonnes', 3.1, 'Kazakhstan', 'export'],
      ['2026-01', '2026-10', 402000000, 'USD', null, 'Kazakhstan', 'export'],
    ]);
  });
});
