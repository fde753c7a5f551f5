/**
 * Rules added in the fixing round for the held-back batches b191 and b195 (issue 9): comparison frames reaching two or more
 * years back, in every wording. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a83', source_url: 'https://example.org/r/a83', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

// A level stated for April, with its year-on-year change, then a change against a base two years or more back.
const LEAD = 'SHANGHAI, May 12 -- Exports rose 9.4% in April from a year earlier, to $301.5 billion. ';

describe('a change against a month or year two or more years back is not year-on-year', () => {
  it('reads an opening "Set against April 2024," as a base', () => {
    const rows = rowsOf(LEAD + 'Set against April 2024, a month untouched by the tariff fight, exports were 14.8% higher.');
    expect(row(rows, 301.5e9)).toMatchObject({ yoy_pct: 9.4 });
    expect(rows.some((r) => r.yoy_pct === 14.8)).toBe(false);
  });
  it('reads "Measured against the same month of 2023," the same way', () => {
    const rows = rowsOf(LEAD + 'Measured against the same month of 2023, outbound shipments were up 22 per cent.');
    expect(row(rows, 301.5e9)).toMatchObject({ yoy_pct: 9.4 });
    expect(rows.some((r) => r.yoy_pct === 22)).toBe(false);
  });
  it('reads "When set against 2023," with a bare year', () => {
    const rows = rowsOf(LEAD + 'When set against 2023, the value of goods sent abroad grew 17.5 percent.');
    expect(rows.some((r) => r.yoy_pct === 17.5)).toBe(false);
  });
  it('reads a bare year after "versus" or "vs" right after the change', () => {
    for (const s of ['Exports were up 12.2% versus 2024.', 'Shipments abroad climbed 12.2 pct vs. 2023 levels.']) {
      const rows = rowsOf(LEAD + s);
      expect(row(rows, 301.5e9)).toMatchObject({ yoy_pct: 9.4 });
      expect(rows.some((r) => r.yoy_pct === 12.2)).toBe(false);
    }
  });
  it('reads "on 2023 levels" and "above 2024 levels" after a change', () => {
    for (const s of ['Exports were up 12.2 percent on 2023 levels.', 'Exports stood 12.2% above 2024 levels.']) {
      const rows = rowsOf(LEAD + s);
      expect(rows.some((r) => r.yoy_pct === 12.2)).toBe(false);
    }
  });
  it('reads a month after "versus" right after the change', () => {
    const rows = rowsOf(LEAD + 'Exports were up 12.2% versus April 2024.');
    expect(rows.some((r) => r.yoy_pct === 12.2)).toBe(false);
  });
  it('keeps a change against the year just before year-on-year (guard)', () => {
    const rows = rowsOf('SHANGHAI, May 12 -- Exports were worth $301.5 billion in 2025, up 9.4% versus 2024.');
    expect(row(rows, 301.5e9)).toMatchObject({ yoy_pct: 9.4 });
  });
  it('keeps "Against a backdrop of ..." no base (guard)', () => {
    const rows = rowsOf('SHANGHAI, May 12 -- Set against a weak global backdrop, exports rose 9.4% in April from a year earlier to $301.5 billion.');
    expect(row(rows, 301.5e9)).toMatchObject({ yoy_pct: 9.4, period_start: '2026-04' });
  });
});

describe('"over the 2024 calendar year": a year written between "the" and "calendar year"', () => {
  it('reads "Over the 2025 calendar year" as the whole year in a monthly report', () => {
    const rows = rowsOf('CANBERRA, 5 February 2026 -- Goods exports were $38.1 billion in December 2025. Over the 2025 calendar year, goods exports to Japan were $71.4 billion, down 3.2% on 2024.', '2026-02-05');
    expect(row(rows, 71.4e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12', yoy_pct: -3.2 });
  });
  it('reads "across the 2025 calendar year" the same way', () => {
    const rows = rowsOf('WELLINGTON, 6 February 2026 -- Dairy exports were NZ$2.2 billion in December. Across the 2025 calendar year, dairy exports totalled NZ$24.6 billion.', '2026-02-06');
    expect(row(rows, 24.6e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('still reads "up 5% over 2024" as a base, not the period (guard)', () => {
    const rows = rowsOf('CANBERRA, 5 February 2026 -- In 2025, coal exports reached $60.2 billion, up 5% over 2024.', '2026-02-05');
    expect(row(rows, 60.2e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12', yoy_pct: 5 });
  });
});

describe('a running total from a dated launch "by the end of the year" ends in the launch year', () => {
  it('ends a total from a November launch in December of that year, in a January release', () => {
    const rows = rowsOf('HARBIN, Jan. 25 -- The river bridge, which opened to freight in November 2025, had carried 142,000 tons of cargo by the end of the year.', '2026-01-25');
    expect(row(rows, 142000)).toMatchObject({ period_start: '2025-11', period_end: '2025-12' });
  });
  it('reads "since it opened in ..., ... by the end of that year" the same way', () => {
    const rows = rowsOf('KASHGAR, Feb. 3 -- Since the dry port opened in October 2025, it had handled 96,000 TEU by the end of that year.', '2026-02-03');
    expect(row(rows, 96000)).toMatchObject({ period_start: '2025-10', period_end: '2025-12' });
  });
  it('reads "through the close of the year" too', () => {
    const rows = rowsOf('MANZHOULI, Jan. 20 -- Since the new grain terminal was launched in August 2025, it had moved 410,000 tonnes of grain through the close of the year.', '2026-01-20');
    expect(row(rows, 410000)).toMatchObject({ period_start: '2025-08', period_end: '2025-12' });
  });
  it('leaves a goal "by the end of the year" to the year in force (guard)', () => {
    const rows = rowsOf('KASHGAR, Feb. 3 -- Since the dry port opened in October 2023, it has handled 330,000 TEU so far and aims for 400,000 TEU by the end of the year.', '2026-02-03');
    expect(row(rows, 330000)?.period_end).toBe('2026-02');
  });
});

describe('"flat" or "unchanged" with any word of comparison before a year-before base is a change of 0', () => {
  const at = (s: string) => rowsOf(`NANNING, July 20 -- In the first half of this year, ${s}`, '2026-07-20');
  it('reads "flat with the same period of last year"', () => {
    expect(row(at('imports of mangosteen reached 41,000 tons, flat with the same period of last year.'), 41000)).toMatchObject({ yoy_pct: 0 });
  });
  it('reads "the same as a year earlier"', () => {
    expect(row(at('the port imported 41,000 tons of longan, the same as a year earlier.'), 41000)).toMatchObject({ yoy_pct: 0 });
  });
  it('reads "unchanged against" and "compared to" a base one year back', () => {
    expect(row(at('exports of vegetables were 41,000 tons, unchanged against a year earlier.'), 41000)).toMatchObject({ yoy_pct: 0 });
    expect(row(at('exports of vegetables were 41,000 tons, basically unchanged compared to the same period in 2025.'), 41000)).toMatchObject({ yoy_pct: 0 });
  });
  it('leaves "flat with the previous month" and "the same as in May" without a year-on-year change (guard)', () => {
    expect(row(at('exports of vegetables were 41,000 tons, flat with the previous month.'), 41000)?.yoy_pct).toBeNull();
    expect(row(at('exports of vegetables were 41,000 tons, the same as in May.'), 41000)?.yoy_pct).toBeNull();
  });
});

describe('a flow word in the subject of a later clause is not the flow of a change before it', () => {
  const at = (s: string) => rowsOf(`HARBIN, Jan. 20 -- In 2025, the province's foreign trade was 153.7 billion yuan. ${s}`, '2026-01-20');
  it('keeps "e-commerce grew 1.4 times, and soybean imports rose ..." apart', () => {
    const rows = at('Cross-border e-commerce, by contrast, grew 1.4 times, and soybean imports from Russia rose nearly 30 percent.');
    expect(rows.find((r) => r.yoy_pct === 140)).toMatchObject({ flow: 'total' });
    expect(rows.find((r) => r.yoy_pct === 30)).toMatchObject({ flow: 'import' });
  });
  it('reads "while" and "but" clauses the same way', () => {
    expect(at('Market procurement trade rose 12.5 percent, but imports of crude oil fell 4 percent.').find((r) => r.yoy_pct === 12.5)).toMatchObject({ flow: 'total' });
    expect(at('Bonded logistics grew 6.1 percent, while exports to ASEAN climbed 9 percent.').find((r) => r.yoy_pct === 6.1)).toMatchObject({ flow: 'total' });
  });
  it('still takes a later flow word that is no clause of its own (guard)', () => {
    const rows = at('Shipments rose 9 percent to 41 billion yuan of exports.');
    expect(rows.find((r) => r.yoy_pct === 9)?.flow).toBe('export');
  });
});

describe('shares of payments by currency are no share of a flow of goods', () => {
  const at = (s: string) => rowsOf(`MOSCOW, Aug. 10 -- Trade between Russia and China in January-July reached $137.5 billion, up 3.1%, customs data showed. ${s}`, '2026-08-10');
  it('drops "the share of rubles and yuan in settlements ... exceeded 95%"', () => {
    expect(at('Earlier, officials said the share of rubles and yuan in settlements between the two countries exceeded 95%.').some((r) => r.value === 95)).toBe(false);
  });
  it('drops "over 90 percent of mutual settlements" and "80% of payments are made in"', () => {
    expect(at('National currencies now make up over 90 percent of mutual settlements.').some((r) => r.value === 90)).toBe(false);
    expect(at('Some 80% of payments are now made in local currencies.').some((r) => r.value === 80)).toBe(false);
  });
  it('keeps a share of the turnover (guard)', () => {
    expect(at('Exports accounted for 55% of the turnover.').find((r) => r.value === 55)).toMatchObject({ unit: 'percent-share' });
  });
});

describe('a base after a day\'s rate restating a level named back belongs to that level', () => {
  const at = (s: string) => rowsOf(`BEIJING, Oct 14 -- China's crude oil imports in September fell 0.6% from a year earlier to 46.8 million metric tons, customs data showed. ${s}`, '2026-10-14');
  it('reads "The September volume, equivalent to about ... bpd, compared with X tons in September 2025"', () => {
    const rows = at('The September volume, equivalent to about 11.4 million barrels per day (bpd), compared with 47.1 million tons in September 2025 and 10.5 million bpd in August.');
    expect(row(rows, 47.1e6)).toMatchObject({ period_start: '2025-09', period_end: '2025-09', unit: 'tonnes' });
    expect(row(rows, 10.5e6)).toBeUndefined();
  });
  it('reads "Last month\'s intake, or roughly ... barrels a day, compared with ..."', () => {
    const rows = at("Last month's intake, or roughly 11.4 million barrels a day, compared with 47.1 million tons a year earlier.");
    expect(row(rows, 47.1e6)).toMatchObject({ period_start: '2025-09', unit: 'tonnes' });
  });
  it('reads "The arrivals, the equivalent of ... bpd, were up from ..." (passes without the rule too: kept as coverage)', () => {
    const rows = at("The arrivals, the equivalent of 11.4 million bpd, were up from 44.3 million tons in September 2025.");
    expect(row(rows, 44.3e6)).toMatchObject({ period_start: '2025-09', unit: 'tonnes' });
  });
  it('still sets aside a day\'s rate with no level named back (guard)', () => {
    const rows = at('Refiners ran at about 14.2 million barrels per day, compared with 14.9 million bpd in August.');
    expect(rows.some((r) => r.value === 14.9e6 || r.value === 14.2e6)).toBe(false);
  });
});
