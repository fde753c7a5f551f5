/**
 * Rules added in the fixing round for b193 and b190 (thirty-second session, issue 9): each cause is read in several
 * phrasings of our own (wire, agency, local outlet, translated English), with near misses that must not trigger.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a81', source_url: 'https://example.org/r/a81', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('an average a growth is measured against is no average of the amount after it', () => {
  it('reads the amount after "grew faster than the average:" (a colon, then a new subject)', () => {
    const rows = rowsOf('NANNING, May 12 -- In the first four months, trade with the RCEP partners grew faster than the average: exports to them came to 31.4 billion yuan, up 12.6 percent.');
    expect(row(rows, 31.4e9)).toMatchObject({ flow: 'export', yoy_pct: 12.6 });
  });
  it('reads the amount after an aside "growing well above the national average,"', () => {
    const rows = rowsOf('HEFEI, May 12 -- In April, shipments of electric cars, growing well above the national average, reached 2.7 billion yuan, up 41 percent.');
    expect(row(rows, 2.7e9)).toMatchObject({ yoy_pct: 41 });
  });
  it('reads the amount after a relative clause "which beat the provincial average,"', () => {
    const rows = rowsOf('WUHU, May 12 -- The city\'s foreign trade, which beat the provincial average, totalled 16.2 billion yuan in the first four months.');
    expect(row(rows, 16.2e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-04' });
  });
  it('reads the amount after "outpacing the regional average" set off by a dash', () => {
    const rows = rowsOf('LANZHOU, May 12 -- In the first four months the province\'s imports rose faster than the regional average — to 8.8 billion yuan.');
    expect(row(rows, 8.8e9)).toMatchObject({ flow: 'import' });
  });
  it('still sets aside an amount that is the average itself ("lower than the monthly average US$30.6 billion") (near miss)', () => {
    const rows = rowsOf('BEIJING, May 12 -- The April surplus came in lower than the monthly average US$30.6 billion seen last year.');
    expect(row(rows, 30.6e9)).toBeUndefined();
  });
  it('still sets aside "the monthly average exports of" an amount (near miss)', () => {
    const rows = rowsOf('HEFEI, May 12 -- April\'s exports were higher than the city\'s monthly average exports of 2.4 billion dollars.');
    expect(row(rows, 2.4e9)).toBeUndefined();
  });
});

describe('a sentence adverb set off by commas leaves the subject before it', () => {
  const lead = 'HAIKOU, Dec. 20 -- In the first 11 months, the island\'s exports rose 8 percent to 90 billion yuan.';
  it('keeps duty-free shop sales out past ", meanwhile,"', () => {
    const rows = rowsOf(`${lead} Offshore duty-free shops on the island, meanwhile, sold 28.5 billion yuan worth of goods.`, '2024-12-20');
    expect(row(rows, 28.5e9)).toBeUndefined();
  });
  it('keeps investment out past ", for its part,"', () => {
    const rows = rowsOf(`${lead} Fixed-asset investment in the zone, for its part, came to 12.3 billion yuan.`, '2024-12-20');
    expect(row(rows, 12.3e9)).toBeUndefined();
  });
  it('keeps domestic sales out past ", in turn,"', () => {
    const rows = rowsOf(`${lead} Domestic sales of the carmakers, in turn, reached 31.4 billion yuan.`, '2024-12-20');
    expect(row(rows, 31.4e9)).toBeUndefined();
  });
  it('keeps an industrial output figure out past ", by contrast,"', () => {
    const rows = rowsOf(`${lead} Industrial output of the free trade port, by contrast, edged up to 41.9 billion yuan.`, '2024-12-20');
    expect(row(rows, 41.9e9)).toBeUndefined();
  });
  it('keeps imports after ", meanwhile," a row (near miss)', () => {
    const rows = rowsOf(`${lead} Imports, meanwhile, rose to 12.4 billion yuan.`, '2024-12-20');
    expect(row(rows, 12.4e9)).toMatchObject({ flow: 'import' });
  });
  it('keeps a trade subject after a semicolon and ", meanwhile," a row (near miss)', () => {
    const rows = rowsOf(`${lead} Retail sales slowed; imports, meanwhile, rose to 12.4 billion yuan.`, '2024-12-20');
    expect(row(rows, 12.4e9)).toMatchObject({ flow: 'import' });
  });
});

describe('the month a scheme was started or widened, in a time clause, dates that event, not the figures after it', () => {
  const lead = 'HAIKOU, Jan. 20 -- The province\'s trade reached 305.2 billion yuan in 2025, up 9.4 percent,';
  const fullYear = { period_start: '2025-01', period_end: '2025-12' };
  it('keeps the year for the next sentence after "since ... operations were extended across the whole island in December"', () => {
    const rows = rowsOf(`${lead} the first full-year figures since special customs operations were extended across the whole island in December. Exports rose 18.6 percent to 112.8 billion yuan.`, '2026-01-20');
    expect(row(rows, 112.8e9)).toMatchObject(fullYear);
  });
  it('reads "after the list was rolled out to every port on the island in March" the same way', () => {
    const rows = rowsOf(`${lead} customs said, after the zero-tariff list was rolled out to every port on the island in March. Imports grew 4.6 percent to 192.4 billion yuan.`, '2026-01-20');
    expect(row(rows, 192.4e9)).toMatchObject(fullYear);
  });
  it('reads "a year in which the pilot began at the zone in June" the same way', () => {
    const rows = rowsOf(`${lead} a year in which the bonded-repair pilot began at the Yangpu zone in June. Exports rose 18.6 percent to 112.8 billion yuan.`, '2026-01-20');
    expect(row(rows, 112.8e9)).toMatchObject(fullYear);
  });
  it('reads "when the e-commerce rules were expanded to inland cities in July" the same way', () => {
    const rows = rowsOf(`${lead} with a lift when the cross-border e-commerce rules were expanded to inland cities in July. Exports rose 18.6 percent to 112.8 billion yuan.`, '2026-01-20');
    expect(row(rows, 112.8e9)).toMatchObject(fullYear);
  });
  it('keeps a month that a figure\'s own clause names after the scheme clause is closed (near miss)', () => {
    const rows = rowsOf(`${lead} and since the rules were extended, exports in December rose 3.1 percent to 9.2 billion yuan.`, '2026-01-20');
    expect(row(rows, 9.2e9)).toMatchObject({ period_start: '2025-12', period_end: '2025-12' });
  });
});

describe('a bare percentage after a change and ", or", in a sentence that gave a share in that shape, is a share', () => {
  const lead = 'BEIJING, Sept 8 -- In the first eight months,';
  it('reads "down 3.8 percent, or 14.4 percent." after "or 28.3 percent of the total, while"', () => {
    const rows = rowsOf(`${lead} foreign-funded firms traded 8.51 trillion yuan, up 2.4 percent, or 28.3 percent of the total, while state firms traded 4.33 trillion yuan, down 3.8 percent, or 14.4 percent.`, '2025-09-08');
    expect(row(rows, 14.4)).toMatchObject({ unit: 'percent-share', yoy_pct: null });
    expect(rows.some((r) => r.yoy_pct === -14.4)).toBe(false);
  });
  it('reads the second share after "accounting for N percent of" earlier in the sentence', () => {
    const rows = rowsOf(`${lead} the city's exports grew 7 percent to 9.1 billion yuan, accounting for 58 percent of its trade, and its imports eased 1.5 percent to 6.6 billion yuan, or 42 percent.`, '2025-09-08');
    expect(row(rows, 42)).toMatchObject({ unit: 'percent-share', flow: 'import' });
  });
  it('reads the translated shape "increase 9%, or 55% of total; ... decrease 2%, or 21%."', () => {
    const rows = rowsOf(`${lead} private enterprises import and export 3.1 trillion yuan, increase 9%, or 55% of total; state-owned enterprises 1.2 trillion yuan, decrease 2%, or 21%.`, '2025-09-08');
    expect(row(rows, 21)).toMatchObject({ unit: 'percent-share' });
  });
  it('reads "fell 2 percent to 410 billion yuan, or 22 percent." after a semicolon (local outlet)', () => {
    const rows = rowsOf('NINGBO, Sept 8 -- In the first eight months, general trade rose 6 percent to 1.2 trillion yuan, or 64 percent of the total; processing trade fell 2 percent to 410 billion yuan, or 22 percent.', '2025-09-08');
    expect(row(rows, 22)).toMatchObject({ unit: 'percent-share', breakdown: 'trade mode: processing trade' });
  });
  it('keeps "or 5.9 percent in dollar terms" a change (words after it) (near miss)', () => {
    const rows = rowsOf(`${lead} exports accounted for 58 percent of the total and rose 7.1 percent in yuan terms, or 5.9 percent in dollar terms.`, '2025-09-08');
    expect(rows.some((r) => r.yoy_pct === 5.9)).toBe(true);
    expect(rows.some((r) => r.value === 5.9)).toBe(false);
  });
  it('keeps a bare "or N percent" a change when no share in that shape came before it (near miss)', () => {
    const rows = rowsOf(`${lead} exports rose 7.1 percent to 1.3 trillion yuan, or 5.9 percent.`, '2025-09-08');
    expect(rows.some((r) => r.unit === 'percent-share')).toBe(false);
  });
});
