/**
 * Rules added in the thirteenth round of real releases under variation (issue 9): datelines with the day before the month
 * or without an agency, "China's mainland", a unit price's change written as a noun, a semicolon before words pointing back,
 * and a present level beside a later clause's target year. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-06-18'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a69', source_url: 'https://example.org/r/a69', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growth = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.yoy_pct === yoy);

describe('a city before a day-first or agency-less date and a dash is a dateline, not the area', () => {
  it('keeps the figures of "Beijing, 9 June (Xinhua) -" national when the lead names no figure', () => {
    const rows = rowsOf('Beijing, 9 June (Xinhua) - Freight train services between China and Europe kept growing in May.\n\nThe trains made 1,604 trips last month, up 7 percent year on year.');
    expect(row(rows, 1604)?.area).toBe('China');
  });
  it('reads "Beijing, June 9 --" without an agency the same way', () => {
    const rows = rowsOf('Beijing, June 9 -- Soybean arrivals slowed in May, customs data showed on Monday.\n\nImports fell 6.6 percent year on year to 9.6 million tonnes last month.');
    expect(row(rows, 9.6e6)?.area).not.toBe('Beijing');
  });
  it('reads "Beijing, 9 June (Reuters) -" the same way', () => {
    const rows = rowsOf('Beijing, 9 June (Reuters) - Rare earth shipments picked up in May.\n\nExports rose 8.4 percent year on year to 5,210 tonnes last month, the customs administration said.');
    expect(row(rows, 5210)?.area).not.toBe('Beijing');
  });
  it('keeps a city described after its comma the area (guard)', () => {
    const rows = rowsOf('Zhengzhou, a rail hub in central China, sent off 1,420 China-Europe freight trains in the first five months, up 12 percent year on year.');
    expect(row(rows, 1420)?.area).toBe('Zhengzhou');
  });
});

describe('"China\'s mainland" is China as a partner', () => {
  it('reads "in trade with China\'s mainland" as China the partner', () => {
    const rows = rowsOf('TOKYO, June 18 -- In trade with China\'s mainland, Japan recorded a deficit of 512 billion yen in May.');
    expect(row(rows, -512e9)).toMatchObject({ partner: 'China', area: 'Japan' });
  });
  it('reads exports "to China\'s mainland" the same way', () => {
    const rows = rowsOf('SEOUL, June 18 -- South Korea\'s exports to China\'s mainland fell 4.1 percent to 10.6 billion U.S. dollars in May.');
    expect(row(rows, 10.6e9)).toMatchObject({ partner: 'China', area: 'South Korea' });
  });
  it('reads it with a curly apostrophe', () => {
    const rows = rowsOf('SEOUL, June 18 -- South Korea’s imports from China’s mainland rose 6.3 percent to 11.9 billion U.S. dollars in May.');
    expect(row(rows, 11.9e9)).toMatchObject({ partner: 'China', flow: 'import' });
  });
  it('still reads "the Chinese mainland" as China (guard)', () => {
    const rows = rowsOf('SEOUL, June 18 -- South Korea\'s exports to the Chinese mainland fell 4.1 percent to 10.6 billion U.S. dollars in May.');
    expect(row(rows, 10.6e9)?.partner).toBe('China');
  });
});

describe('a unit price\'s change written "a N percent decrease" is the price\'s, not trade', () => {
  const head = 'BEIJING, June 18 -- China exported 96,000 vehicles in May, up 21.5 percent year on year, at an average price of 118,000 yuan per vehicle, ';
  it('sets aside "a 6.2 percent decrease" after the price', () => {
    const rows = rowsOf(`${head}a 6.2 percent decrease.`);
    expect(growth(rows, -6.2)).toBeUndefined();
    expect(row(rows, 96000)?.yoy_pct).toBe(21.5);
  });
  it('sets aside "an 8.4 percent increase" after the price', () => {
    expect(growth(rowsOf(`${head}an 8.4 percent increase from a year earlier.`), 8.4)).toBeUndefined();
  });
  it('sets aside "a 3.1-percent decline" after the price', () => {
    expect(growth(rowsOf(`${head}a 3.1-percent decline.`), -3.1)).toBeUndefined();
  });
  it('keeps "a 9.4 percent increase" after a traded tonnage (guard)', () => {
    const rows = rowsOf('BEIJING, June 18 -- China\'s rice exports reached 212,000 tonnes in May, a 9.4 percent increase year on year.');
    expect(row(rows, 212000)?.yoy_pct).toBe(9.4);
  });
});

describe('a semicolon before "the two figures represent" ends the sentence the figures are in', () => {
  it('gives each level its change in order', () => {
    const rows = rowsOf('ERENHOT, June 18 -- Since the beginning of 2026, Erenhot has handled 1,024 China-Europe freight trains which carried 88,410 TEUs of cargo by June 14; the two figures represent a year-on-year increase of 6.2 percent and 12.8 percent respectively.');
    expect(row(rows, 1024)?.yoy_pct).toBe(6.2);
    expect(row(rows, 88410)?.yoy_pct).toBe(12.8);
  });
  it('reads "these figures represent" the same way', () => {
    const rows = rowsOf('MANZHOULI, June 18 -- So far this year, Manzhouli has sent off 1,132 freight trains which carried 104,560 TEUs of goods; these figures represent increases of 7.6 percent and 15.3 percent respectively from a year earlier.');
    expect(row(rows, 1132)?.yoy_pct).toBe(7.6);
    expect(row(rows, 104560)?.yoy_pct).toBe(15.3);
  });
  it('reads "the figures were up" the same way', () => {
    const rows = rowsOf('HORGOS, June 18 -- In the first five months, Horgos handled 3,020 freight trains which carried 301,400 TEUs of cargo; the figures were up 6.1 percent and 11.7 percent year on year respectively.');
    expect(row(rows, 3020)?.yoy_pct).toBe(6.1);
    expect(row(rows, 301400)?.yoy_pct).toBe(11.7);
  });
  it('keeps "; the volume was up" with its own tonnage (guard)', () => {
    const rows = rowsOf('BEIJING, June 18 -- China imported 8.1 million tonnes of iron ore from Brazil in May, worth 1.02 billion U.S. dollars; the volume was up 3.2% year on year, while prices fell.');
    expect(row(rows, 8.1e6)?.yoy_pct).toBe(3.2);
    expect(row(rows, 1.02e9)?.yoy_pct ?? null).toBeNull();
  });
});

describe('a present level stays undated when only a later clause names a year', () => {
  it('sets aside "currently stands at" before ", while ... by 2030"', () => {
    const rows = rowsOf('ASTANA, June 18 -- Transit freight via the corridor grew quickly in the first five months. Transit freight currently stands at 2.1 million tonnes, while the two governments aim for 5 million tonnes by 2030.');
    expect(row(rows, 2.1e6)).toBeUndefined();
  });
  it('sets aside "is currently" before "and ... by 2028"', () => {
    const rows = rowsOf('ALMATY, June 18 -- Trade through the crossing rose in the first five months. The crossing\'s throughput is currently 840,000 tonnes, and officials plan to double it by 2028.');
    expect(row(rows, 840000)).toBeUndefined();
  });
  it('sets aside "presently totals" before a clause dated 2027', () => {
    const rows = rowsOf('TASHKENT, June 18 -- Rail trade grew in the first five months. Rail cargo between the two countries presently totals 3.4 million tonnes, while a new line due in 2027 should add capacity.');
    expect(row(rows, 3.4e6)).toBeUndefined();
  });
  it('keeps a present level its own clause dates (guard)', () => {
    const rows = rowsOf('ASTANA, June 18 -- In the first quarter of 2026, transit freight via the corridor currently stands at 1.1 million tonnes.');
    expect(row(rows, 1.1e6)).toBeDefined();
  });
});

describe('a wire dateline with the day before the month dates a release given no date', () => {
  it('reads "Urumqi, 8 June (Xinhua) --"', () => {
    const rows = rowsOf('Urumqi, 8 June (Xinhua) -- Xinjiang\'s foreign trade reached 98.2 billion yuan from January to May 2026, up 21 percent year on year. In May alone, exports rose 18 percent year on year.', '');
    expect(growth(rows, 18)).toMatchObject({ period_start: '2026-05', period_end: '2026-05' });
  });
  it('reads "Beijing, 13 January (Reuters) -"', () => {
    const rows = rowsOf('Beijing, 13 January (Reuters) - China\'s soybean imports in 2025 reached 104 million tonnes. In December, imports fell 6 percent year on year.', '');
    expect(growth(rows, -6)).toMatchObject({ period_start: '2025-12', period_end: '2025-12' });
  });
  it('reads "NANNING, 16 June --" in capitals, with no agency', () => {
    const rows = rowsOf('NANNING, 16 June -- Guangxi\'s trade with ASEAN came to 180 billion yuan from January to May 2026. Exports rose 9 percent year on year in the first five months.', '');
    expect(growth(rows, 9)).toMatchObject({ period_start: '2026-01', period_end: '2026-05' });
  });
  it('still reads the month-first wire dateline (guard)', () => {
    const rows = rowsOf('URUMQI, June 8 (Xinhua) -- Xinjiang\'s foreign trade reached 98.2 billion yuan from January to May 2026. In May alone, exports rose 18 percent year on year.', '');
    expect(growth(rows, 18)).toMatchObject({ period_start: '2026-05' });
  });
});
