/**
 * Rules of issue 9, part e6: the fixing round on blind batch 87 (currencies, units and sloppy text; helper b87,
 * 2026-12-04 night), each found on a phenomenon of the language and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published);
/** value, unit and yoy of every row. */
const amounts = (text: string, published: string) => rows(text, published).map((r) => [r.value, r.unit, r.yoy_pct]);
const release = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('scales glued to the amount', () => {
  it('reads the "bil" and "mil" of Malaysian papers glued to a ringgit amount', () => {
    const text = release(
      'Malaysian trade in March',
      'KUALA LUMPUR: Malaysia\'s imports rose 6.2pc year-on-year to RM64.8bil in March, while re-exports of palm kernel oil came to RM412.5mil, the statistics department said.',
    );
    expect(amounts(text, '2018-05-08')).toEqual([
      [64_800_000_000, 'MYR', 6.2],
      [412_500_000, 'MYR', null],
    ]);
  });
});
