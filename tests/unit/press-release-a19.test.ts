/**
 * Rules added in the fixing round for blind batch b122 (short and medium wire items: flashes with forecasts,
 * correction notices, fiscal years, release dates in odd places). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2025-12-10'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a19', source_url: 'https://example.org/r/a19', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const brief = (rows: ObservationDraft[]) =>
  rows.map((r) => `${r.period_start}..${r.period_end} ${r.value ?? '-'} ${r.unit} yoy=${r.yoy_pct ?? '-'} ${r.area}/${r.flow}`);

describe('a fiscal year with the month it runs through', () => {
  it('reads "fiscal 2024 through March" as the whole Japanese fiscal year, not as March', () => {
    const rows = rowsOf(
      'TOKYO -- Japan ran a goods trade deficit of 4.9 trillion yen in fiscal 2024 through March, the Finance Ministry said. ' +
        'Exports climbed 5.8 percent to 107.1 trillion yen.',
      '2025-04-18',
    );
    expect(brief(rows)).toEqual(['2024-04..2025-03 -4900000000000 JPY yoy=- Japan/balance', '2024-04..2025-03 107100000000000 JPY yoy=5.8 Japan/export']);
  });

  it('reads "fiscal 2025 through October" as the Japanese fiscal year so far', () => {
    const rows = rowsOf('TOKYO -- Japanese exports in fiscal 2025 through October rose 1.7 percent to 64.2 trillion yen, Finance Ministry data showed.', '2025-11-20');
    expect(brief(rows)).toEqual(['2025-04..2025-10 64200000000000 JPY yoy=1.7 Japan/export']);
  });
});

describe('a correction notice', () => {
  it('publishes the corrected figure and not the one the notice retracts', () => {
    const rows = rowsOf(
      'CORRECTION: A previous version of this story gave the wrong value for Fujian exports in January-September. The correct figure is 541.7 billion yuan, not 514.7 billion yuan.\n\n' +
        'FUZHOU, Oct 20 -- Exports from Fujian province rose 3.3 percent to 541.7 billion yuan in January-September 2025, Fuzhou Customs said.',
      '2025-10-20',
    );
    expect(rows.map((r) => r.value)).not.toContain(514.7e9);
    expect(brief(rows)).toContain('2025-01..2025-09 541700000000 CNY yoy=3.3 Fujian/export');
  });

  it('drops the growth an earlier version wrongly stated', () => {
    const rows = rowsOf(
      'An earlier version of this article incorrectly said exports rose 8.4 percent in November 2025. ' +
        'Exports rose 4.8 percent to 42.3 billion dollars in November 2025, the statistics office said.',
    );
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[42.3e9, 4.8]]);
  });

  it('drops the rate after "not" where the notice says what the text should have read', () => {
    const rows = rowsOf('Imports in November 2025 rose 6.1 percent to 27.5 billion dollars. The growth rate in an earlier version should have read 6.1 percent, not 1.6 percent.');
    expect(rows.map((r) => r.yoy_pct)).not.toContain(1.6);
  });
});

describe('a balance beside the changes of its flows', () => {
  it('gives no import change to the surplus that a clause after the changes goes on to', () => {
    const rows = rowsOf('Over January-November 2025, exports rose 4.4% and imports fell 1.9% year on year, leaving the cumulative surplus at $1.02 trillion.');
    expect(rows.map((r) => [r.flow, r.value, r.yoy_pct])).toEqual([
      ['export', null, 4.4],
      ['import', null, -1.9],
      ['balance', 1.02e12, null],
    ]);
  });

  it('gives no export change to the surplus it is said to come "as"', () => {
    const rows = rowsOf('For November 2025 alone, Korea posted a trade surplus of 6.7 billion dollars as exports rose 8.4 percent from a year earlier.');
    expect(rows.map((r) => [r.flow, r.value, r.yoy_pct])).toEqual([
      ['balance', 6.7e9, null],
      ['export', null, 8.4],
    ]);
  });
});

describe('a month range joined by a hyphenated word', () => {
  it('reads "the January-to-October period" as ten months, not as October', () => {
    const rows = rowsOf('NINGBO, Nov. 10 -- Cargo throughput at Ningbo-Zhoushan Port for the January-to-October period totalled 33.9 million TEUs, up 8.2 percent year on year.', '2025-11-10');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct])).toEqual([['2025-01', '2025-10', 33.9e6, 8.2]]);
  });
});

describe('a headline change of "more" of something through a month', () => {
  it('reads "9% more trips through July" as the year to July, not as July alone', () => {
    const rows = rowsOf(
      "Xi'an freight trains make 9% more trips through July\n\nXI'AN, Aug. 8 -- Freight trains from Xi'an made 2,610 trips between January and July, up 9 percent year on year, the city's port office said.",
      '2025-08-08',
    );
    expect(rows.map((r) => `${r.period_start}..${r.period_end}`)).not.toContain('2025-07..2025-07');
  });
});
