/**
 * Rules added in the fixing round for b196, b197 and b195 (issue 9, thirty-third session): each phenomenon named in general
 * terms and read in several frames, with near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a85', source_url: 'https://example.org/r/a85', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const LEAD = 'KUNMING, May 12 -- In the first four months the province exported 8.2 billion yuan of goods. ';

describe('a growth whose sentence states the earlier amount it is measured from is the growth of that amount\'s goods', () => {
  it('reads a base opening the sentence ("Against N tonnes ..., they were down")', () => {
    const rows = rowsOf(`${LEAD}Sales of fresh vegetables abroad came to 2.96 million tonnes. Against 3.15 million tonnes in the same months of 2025, they were down 6 percent.`);
    expect(row(rows, 2.96e6)).toMatchObject({ yoy_pct: -6, commodity: 'fresh vegetables' });
    expect(row(rows, 8.2e9)?.yoy_pct).toBeNull();
  });
  it('reads "Compared with" and a flow noun as the subject', () => {
    const rows = rowsOf(`${LEAD}Sales of cut flowers abroad came to 41,200 tonnes. Compared with 38,700 tonnes a year earlier, the shipments rose 6.5%.`);
    expect(row(rows, 41200)?.yoy_pct).toBe(6.5);
    expect(row(rows, 8.2e9)?.yoy_pct).toBeNull();
  });
  it('reads a demonstrative and a noun of change ("Set against ..., that was a gain of")', () => {
    const rows = rowsOf(`${LEAD}Sales of cut flowers abroad came to 41,200 tonnes. Set against 38,700 tonnes in January-April 2025, that was a gain of 6.5 percent.`);
    expect(row(rows, 41200)?.yoy_pct).toBe(6.5);
  });
  it('reads "From N ... a year before, they grew" with the unit spelled as thousand tons', () => {
    const rows = rowsOf(`${LEAD}Its exports of tea reached 12.4 thousand tons. From 11.6 thousand tons a year before, they grew 6.9 per cent.`);
    expect(row(rows, 12400)?.yoy_pct).toBe(6.9);
  });
  it('reads the base in a clause after a semicolon, in the level\'s own sentence', () => {
    const rows = rowsOf(`${LEAD}Its exports of tea reached 12.4 thousand tons; compared with 11.6 thousand tons in the same period last year, they grew 6.9 per cent.`);
    expect(row(rows, 12400)?.yoy_pct).toBe(6.9);
    expect(rows.some((r) => r.value === null)).toBe(false);
  });
  it('reads a trailing base and a noun of change ("That compared with ..., a drop of")', () => {
    const rows = rowsOf(`${LEAD}Tea exports totalled 12.4 thousand tons. That compared with 13.9 thousand tons a year earlier, a drop of 10.8 percent.`);
    expect(row(rows, 12400)?.yoy_pct).toBe(-10.8);
  });
  it('does not give the tonnage a growth the two amounts do not bear out (guard)', () => {
    const rows = rowsOf(`${LEAD}Tea exports totalled 12.4 thousand tons. Against 11.6 thousand tons a year earlier, they were up 15 percent.`);
    expect(row(rows, 12400)?.yoy_pct).not.toBe(15);
  });
  it('does not read a part of the same period as a base (guard)', () => {
    const rows = rowsOf(`${LEAD}Tea exports totalled 12.4 thousand tons, of which green tea made up 9.1 thousand tons, up 6.9 per cent.`);
    expect(row(rows, 12400)?.yoy_pct).not.toBe(6.9);
  });
});

describe('a change of prices set off after them, or stated per thing counted, is not a trade growth', () => {
  const noGrowth = (rows: ObservationDraft[], g: number) => expect(rows.some((r) => r.yoy_pct === g)).toBe(false);
  it('reads "fetched higher average prices, up N percent"', () => {
    noGrowth(rowsOf(`${LEAD}Coffee sold abroad fetched higher average prices, up 18 percent.`), 18);
  });
  it('reads a change in comparative form after a comma ("at steeper prices, N percent higher")', () => {
    noGrowth(rowsOf(`${LEAD}Rubber went abroad at steeper prices, 12.5 percent higher than a year before.`), 12.5);
  });
  it('reads "prices abroad, up by" after a semicolon', () => {
    noGrowth(rowsOf('KUNMING, May 12 -- Exports reached 8.2 billion yuan in the first four months; rubber sellers obtained better prices abroad, up by 11.5 percent from a year earlier.'), 11.5);
  });
  it('reads a change stated per tonne', () => {
    noGrowth(rowsOf(`${LEAD}Coffee sold for 18 percent more per tonne than a year earlier.`), 18);
  });
  it('reads a participle after prices abroad ("better prices overseas, rising N percent")', () => {
    noGrowth(rowsOf(`${LEAD}Exporters of tea got better prices overseas, rising 14 percent.`), 14);
  });
  it('keeps an export growth that prices only helped (guard)', () => {
    const rows = rowsOf(`${LEAD}Helped by higher prices, coffee exports rose 18 percent.`);
    expect(rows.some((r) => r.yoy_pct === 18 && r.flow === 'export')).toBe(true);
  });
  it('keeps a growth set off after a level and before prices are named (guard)', () => {
    const rows = rowsOf('KUNMING, May 12 -- Exports reached 8.2 billion yuan in the first four months, up 18 percent on higher prices.');
    expect(row(rows, 8.2e9)?.yoy_pct).toBe(18);
  });
});

describe('a change set against a benchmark (an average, a record, a pre-crisis level, another year\'s level) is not year-on-year', () => {
  const TRADE = 'KUNMING, May 12 -- Trade with Laos amounted to 6.17 billion yuan in the first four months';
  const noGrowth = (rows: ObservationDraft[], g: number) => expect(rows.some((r) => r.yoy_pct === g)).toBe(false);
  it('reads a trailing clause "and it now runs N percent above its 2019 level"', () => {
    const rows = rowsOf(`${TRADE}, up 9.1 percent, and it now runs 58 percent above its 2019 level.`);
    expect(row(rows, 6.17e9)?.yoy_pct).toBe(9.1);
    noGrowth(rows, 58);
  });
  it('reads a month set against "the monthly average for the year so far"', () => {
    noGrowth(rowsOf(`${TRADE}, up 9.1 percent. April's 520,000 tonnes of freight was 9 percent above the monthly average for the year so far.`), 9);
  });
  it('reads a figure pointed back at and "higher than the average for the past five years"', () => {
    expect(row(rowsOf(`${TRADE}. The figure is 12 percent higher than the average for the past five years.`), 6.17e9)?.yoy_pct).toBeNull();
  });
  it('reads "or N% above pre-pandemic levels" right after the level', () => {
    expect(row(rowsOf(`${TRADE}, or 40% above pre-pandemic levels.`), 6.17e9)?.yoy_pct).toBeNull();
  });
  it('reads "short of the 2021 peak" and "below the record set in 2021"', () => {
    expect(row(rowsOf(`${TRADE}, some 22 percent short of the 2021 peak.`), 6.17e9)?.yoy_pct).toBeNull();
    expect(row(rowsOf(`${TRADE}. It was 7 percent below the record set in 2021.`), 6.17e9)?.yoy_pct).toBeNull();
  });
  it('keeps a change against the level of the year before (guard)', () => {
    expect(row(rowsOf(`${TRADE}, 9.1 percent above the 2025 level.`), 6.17e9)?.yoy_pct).toBe(9.1);
  });
  it('keeps a change against the same period with "a new record" after it (guard)', () => {
    const rows = rowsOf('BEIJING, Jan 18 -- Last year the country\'s goods trade came to 45.47 trillion yuan, 3.8 percent more than in 2025 and a new record.', '2027-01-18');
    expect(row(rows, 45.47e12)?.yoy_pct).toBe(3.8);
  });
});

describe('an amount dated "a year later" (or "the next year", "a year on") after an amount of a named whole year is the next year\'s', () => {
  const LEAD2 = 'KUNMING, May 12 -- Exports reached 6.17 billion yuan in the first four months. ';
  const year = (rows: ObservationDraft[], v: number) => [row(rows, v)?.period_start, row(rows, v)?.period_end];
  it('reads "A in 2022 and B a year later" (an amount "a year" is no rate per year)', () => {
    expect(year(rowsOf(`${LEAD2}The railway moved 2.15 million tonnes of goods in 2022 and 4.21 million tonnes a year later.`), 4.21e6)).toEqual(['2023-01', '2023-12']);
  });
  it('reads "the next year" opening the clause after a semicolon, the amount after it', () => {
    expect(year(rowsOf(`${LEAD2}Imports were 1.18 billion tonnes in 2023; the next year they reached 1.24 billion tonnes.`), 1.24e9)).toEqual(['2024-01', '2024-12']);
  });
  it('reads "a year on" set off by a comma after a year opening the sentence', () => {
    expect(year(rowsOf(`${LEAD2}In 2022 the line carried 2.15 million tonnes; a year on, it carried 4.21 million tonnes.`), 4.21e6)).toEqual(['2023-01', '2023-12']);
  });
  it('reads "before climbing to B in the subsequent year"', () => {
    expect(year(rowsOf(`${LEAD2}Shipments stood at 2.15 million tonnes in 2022 before climbing to 4.21 million tonnes in the subsequent year.`), 4.21e6)).toEqual(['2023-01', '2023-12']);
  });
  it('reads "one year later" in dollars', () => {
    expect(year(rowsOf(`${LEAD2}Exports were worth 31.8 billion dollars in 2022 and 34.6 billion dollars one year later.`), 34.6e9)).toEqual(['2023-01', '2023-12']);
  });
  it('still sets aside an amount "a year" that is a rate (guard)', () => {
    expect(row(rowsOf(`${LEAD2}The new terminal can handle 4.2 million tonnes a year.`), 4.2e6)).toBeUndefined();
  });
  it('does not date a forecast "the next year" as a past year (guard)', () => {
    const r = row(rowsOf(`${LEAD2}Exports were 2.1 billion dollars in 2025, and officials expect 2.5 billion dollars the next year.`), 2.5e9);
    expect(r === undefined || r.period_start !== '2026-01').toBe(true);
  });
});

describe('a "since" inside an aside saying how long the subject has been in a state dates no figure', () => {
  const span = (rows: ObservationDraft[], v: number) => [row(rows, v)?.period_start, row(rows, v)?.period_end];
  it('reads "in service since December 2021" between the subject and a plain past verb', () => {
    const rows = rowsOf('KUNMING, May 12 -- Freight on the border railway reached 4.86 million tonnes in the first four months, up 8.4 percent. The line, in service since December 2021, carried goods worth 21.3 billion yuan across the border.');
    expect(span(rows, 21.3e9)).toEqual(['2026-01', '2026-04']);
  });
  it('reads a participle with a long phrase ("tied to the province by a cross-border railway since 2021")', () => {
    const rows = rowsOf('KUNMING, May 12 -- The province traded goods worth 152.6 billion yuan in the first four months. Trade with Laos, tied to the province by a cross-border railway since 2021, reached 9.84 billion yuan, up 21.3 percent.');
    expect(span(rows, 9.84e9)).toEqual(['2026-01', '2026-04']);
  });
  it('reads "open to trucks since 2019" with the period opening the sentence', () => {
    const rows = rowsOf('KUNMING, May 12 -- In the first four months, the crossing, open to trucks since 2019, handled 412,000 tonnes of cargo, up 6 percent.');
    expect(span(rows, 412000)).toEqual(['2026-01', '2026-04']);
  });
  it('reads "operating since May 2022" and a change against a year earlier', () => {
    const rows = rowsOf('KUNMING, May 12 -- In the first four months, the bridge, operating since May 2022, moved 1.2 million tonnes, 5.1 percent more than a year earlier.');
    expect(row(rows, 1.2e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-04', yoy_pct: 5.1 });
  });
  it('reads "in operation since" in a wire register, the period from the sentence before', () => {
    const rows = rowsOf('VIENTIANE, May 12 -- Border trade came to 2.2 billion dollars in the first four months. The freight line, in operation since 2021, moved 3.3 million tonnes of goods.');
    expect(span(rows, 3.3e6)).toEqual(['2026-01', '2026-04']);
  });
  it('keeps a total "has carried" after the aside a total since then (guard)', () => {
    const rows = rowsOf('KUNMING, May 12 -- The line, in operation since 2016, has carried 9,000 trains.');
    expect(row(rows, 9000)?.period_start).not.toBe('2026-01');
  });
  it('keeps a total with "in total" after the aside a total since then (guard)', () => {
    const rows = rowsOf('KUNMING, May 12 -- The line, in operation since 2016, carried 9,000 trains in total.');
    expect(row(rows, 9000)?.period_start).not.toBe('2026-01');
  });
});
