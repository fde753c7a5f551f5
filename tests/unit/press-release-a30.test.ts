/**
 * Rules added in the fixing round for blind batches b131 (the real set's mix) and b134 (bilateral trade seen from both
 * sides). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-03-10'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a30', source_url: 'https://example.org/r/a30', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null, unit = '') =>
  rows.find((r) => r.value === value && (value !== null || r.unit === unit));

describe('a word of degree before a bound ("a little under", "slightly over")', () => {
  it('keeps the growth with the hedged level it rose or fell to', () => {
    const rows = rowsOf(
      'DALIAN, March 10 -- Imports of barley through the port climbed 14 percent to a little under 410,000 tonnes in February. ' +
        'Cotton imports slipped 6 percent to slightly over 52,000 tonnes in the same month.',
    );
    expect(row(rows, 410000)).toMatchObject({ qualifier: 'less_than', yoy_pct: 14 });
    expect(row(rows, 52000)).toMatchObject({ qualifier: 'more_than', yoy_pct: -6 });
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });
});

describe('a two-word country after a dash ("China-South Africa trade")', () => {
  it('reads the whole name as the partner, not its last word as the area', () => {
    const rows = rowsOf('Customs data put China-South Africa trade at 48.3 billion US dollars last year, down 2.1 percent.');
    expect(row(rows, 48.3e9)).toMatchObject({ area: 'China', partner: 'South Africa', flow: 'total' });
  });
  it('does the same for New Zealand and Saudi Arabia', () => {
    expect(row(rowsOf('China-New Zealand trade reached 21.7 billion US dollars in 2025.'), 21.7e9)).toMatchObject({ area: 'China', partner: 'New Zealand' });
    expect(row(rowsOf('China-Saudi Arabia trade reached 102.4 billion US dollars in 2025.'), 102.4e9)).toMatchObject({ area: 'China', partner: 'Saudi Arabia' });
  });
});

describe('a source that "said in" a month at the end of its clause', () => {
  it('dates the saying, so the next sentence keeps the figures\' year', () => {
    const rows = rowsOf(
      "Chile's trade with Asia reached 96.4 billion US dollars in 2025, up 3.3 percent, the central bank said in February. " +
        'Cherry exports to Asia climbed 17 percent in volume.',
      '2026-03-10',
    );
    expect(row(rows, null)).toMatchObject({ period_start: '2025-01', period_end: '2025-12', yoy_pct: 17 });
  });
  it('leaves a month that a figure reports, said before it, as the period', () => {
    const rows = rowsOf('Customs said exports rose 4 percent to 3.1 billion US dollars in February.', '2026-03-10');
    expect(row(rows, 3.1e9)).toMatchObject({ period_start: '2026-02', period_end: '2026-02' });
  });
});

describe('an amount a source "reported earlier", after a comma', () => {
  it('is the source\'s figure made public before, not a superseded estimate', () => {
    const rows = rowsOf('Last year, trade between the two neighbours hit a record $61.3 bln, Kazakh statistics reported earlier.', '2026-03-10');
    expect(row(rows, 61.3e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12', flow: 'total' });
  });
  it('still sets aside the first estimate that a revision replaces', () => {
    const rows = rowsOf('March exports were revised to 512,400 tons from 508,100 tons reported earlier.', '2026-05-10');
    expect(row(rows, 508100)).toBeUndefined();
    expect(row(rows, 512400)).toBeDefined();
  });
});

describe('trade with a place described in an apposition ("a major supplier of ...")', () => {
  it('stays two-way trade: the description gives it no direction', () => {
    const rows = rowsOf(
      "Qinghai's foreign trade rose 6 percent in 2025. Trade with Chile, a leading supplier of lithium ore, grew 9.4 percent to 2.07 billion yuan.",
      '2026-01-20',
    );
    expect(row(rows, 2.07e9)).toMatchObject({ partner: 'Chile', flow: 'total', yoy_pct: 9.4 });
  });
  it('does the same after "the", and leaves a flow subject before an apposition its flow', () => {
    const rows = rowsOf(
      "Hainan's foreign trade rose 6 percent in 2025. Trade with Thailand, the top buyer of its seafood, rose 3.1 percent to 1.84 billion yuan. " +
        'Exports, a small share of the total, reached 0.52 billion yuan.',
      '2026-01-20',
    );
    expect(row(rows, 1.84e9)).toMatchObject({ partner: 'Thailand', flow: 'total' });
    expect(row(rows, 0.52e9)).toMatchObject({ flow: 'export' });
  });
});

describe('a direction that "accounted for most of the trade and rose" N percent', () => {
  it('gives the growth of its second verb the subject\'s direction, not the whole\'s', () => {
    const rows = rowsOf(
      'Trade through the Torugart crossing reached 3.9 billion yuan in 2025, up 22.5 percent. Exports made up the bulk of the trade and rose 27 percent.',
      '2026-01-20',
    );
    expect(row(rows, null)).toMatchObject({ flow: 'export', yoy_pct: 27 });
  });
  it('keeps the total for a growth of the trade itself', () => {
    const rows = rowsOf('Trade through the Torugart crossing reached 3.9 billion yuan in 2025. Overall trade rose 22.5 percent.', '2026-01-20');
    expect(row(rows, 3.9e9)).toMatchObject({ flow: 'total', yoy_pct: 22.5 });
  });
});

describe('a place the figures "make" someone\'s largest partner', () => {
  it('is the partner of the share, and the area stays whose partner it is', () => {
    const rows = rowsOf(
      "BEIJING, March 10 -- China's trade with Central Asia rose 8 percent in January-February. Figures from the other side agree: " +
        "Kyrgyzstan's National Statistics Committee said the country's trade with China rose 11.2% to $2.3 billion in January, " +
        "making China its largest partner with 37.5% of the country's foreign trade turnover.",
      '2026-03-10',
    );
    expect(row(rows, 37.5)).toMatchObject({ area: 'Kyrgyzstan', partner: 'China', flow: 'total' });
  });
});

describe('a pair "between" two countries in a sentence citing one side\'s customs', () => {
  const lead = "TASHKENT, March 10 -- Uzbekistan's trade with China came to 2.9 billion US dollars in January-February, the Statistics Agency said. ";
  it("gives the pair's figure to the side whose customs are cited, in the other side's release", () => {
    const rows = rowsOf(lead + 'According to the General Administration of Customs of China, trade between Uzbekistan and China reached 3.4 billion dollars in the same months.');
    expect(row(rows, 3.4e9)).toMatchObject({ area: 'China', partner: 'Uzbekistan' });
  });
  it('leaves the pair to the release\'s country when no customs are cited', () => {
    const rows = rowsOf(lead + 'Trade between China and Uzbekistan reached 3.4 billion dollars in the same months.');
    expect(row(rows, 3.4e9)).toMatchObject({ area: 'Uzbekistan', partner: 'China' });
  });
});
