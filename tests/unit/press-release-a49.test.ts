/**
 * Rules added in the fixing round for blind batches b151 (periods in every spelling, fiscal years, the release's own
 * reporting period) and b153 (non-figures around a few figures). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = (text: string, published = '2026-11-16'): ObservationDraft[] => releaseRows(text, published);
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a base of the same month in a stated year keeps the release year-on-year', () => {
  const text =
    'NEW DELHI, Nov 16: The country\'s merchandise exports slipped 4.2 per cent in October to USD 30.7 billion, against USD 32.05 billion in October 2025, the ministry said.\n\n' +
    'Imports climbed 9.1 per cent to USD 63.4 billion in the month, and the trade deficit widened to USD 32.7 billion from USD 24.8 billion in September.';
  it('reads the unmarked changes as year-on-year though the deficit is set beside the month before', () => {
    const rows = rowsOf(text);
    expect(row(rows, 30.7e9)).toMatchObject({ period_start: '2026-10', yoy_pct: -4.2, flow: 'export' });
    expect(row(rows, 63.4e9)).toMatchObject({ yoy_pct: 9.1, flow: 'import' });
  });
  it('still reads a release that sets only months side by side as month-on-month (guard)', () => {
    const rows = rowsOf('The agency said exports rose 2.1 per cent in October to $30.2 billion from $29.6 billion in September. Imports fell 1.4 per cent to $41.0 billion.');
    expect(row(rows, 30.2e9)?.yoy_pct).toBeNull();
    expect(row(rows, 41e9)?.yoy_pct).toBeNull();
  });
  it('does not take the verb "may" for the month of a base in May of a year (guard)', () => {
    const rows = rowsOf('The agency said exports rose 2.1 per cent in October to $30.2 billion from $29.6 billion in September. Imports fell 1.4 per cent to $41.0 billion. The gap may narrow again, set against $3.1 billion in May 2025.');
    expect(row(rows, 41e9)?.yoy_pct).toBeNull();
  });
});

describe('an amount closed by "in the same period of" a named year is that year\'s level', () => {
  it('dates a count of trains to the same months of the year named', () => {
    const rows = rowsOf('CHONGQING, Oct. 14 -- The city\'s China-Europe trains made 1,860 trips in the first three quarters of this year, up 6.2 percent year on year. The line ran 1,544 trains in the same period of 2023.', '2026-10-14');
    expect(row(rows, 1860)).toMatchObject({ period_start: '2026-01', period_end: '2026-09' });
    expect(row(rows, 1544)).toMatchObject({ period_start: '2023-01', period_end: '2023-09', yoy_pct: null });
  });
  it('reads "during the corresponding period of" a year the same way', () => {
    const rows = rowsOf('KUNMING, Aug. 3 -- In the first half of 2026, the province imported 4.7 billion yuan of fruit, up 11 percent. It imported 3.1 billion yuan of fruit during the corresponding period of 2024.', '2026-08-03');
    expect(row(rows, 3.1e9)).toMatchObject({ period_start: '2024-01', period_end: '2024-06' });
  });
});

describe('a sentence opened by the same period a year before needs no comma before its subject', () => {
  it('dates "In the same period last year it had amounted to" a year before the figure\'s months', () => {
    const rows = rowsOf('MOSCOW, December 8. China\'s total foreign trade in January-November grew by 3.1% to $5.7 trln, the customs said. In the same period last year it had amounted to $5.5 trln.', '2026-12-08');
    expect(row(rows, 5.5e12)).toMatchObject({ period_start: '2025-01', period_end: '2025-11', yoy_pct: null });
  });
  it('reads a noun subject right after the opening the same way', () => {
    const rows = rowsOf('HANOI, July 6 -- Exports in the first half reached $201 billion, up 12 percent. In the same period last year the surplus stood at $11.2 billion.', '2026-07-06');
    expect(row(rows, 11.2e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-06' });
  });
});

describe('a trade word hyphened to the next word names no new trade subject after a levy', () => {
  it('sets aside the change of duties and "import-stage taxes" collected', () => {
    const rows = rowsOf('BEIJING, Oct. 18 (Xinhua) -- China\'s imports grew 3.9 percent to 13.2 trillion yuan in the first three quarters. Customs collected 1.52 trillion yuan in duties and import-stage taxes over the nine months, down 2.7 percent.', '2026-10-18');
    expect(rows.some((r) => r.yoy_pct === -2.7)).toBe(false);
  });
  it('keeps the imports of a clause after the levy (guard)', () => {
    const rows = rowsOf('BEIJING, Oct. 18 (Xinhua) -- In the first three quarters, customs collected 1.52 trillion yuan in duties, and imports of crude oil rose 3.1 percent.', '2026-10-18');
    expect(rows.find((r) => r.yoy_pct === 3.1)).toMatchObject({ flow: 'import' });
  });
});

describe('one country\'s share of another country\'s trade is the other\'s figure', () => {
  it('gives "X accounted for N% of China\'s trade with ..." to China, with X the partner', () => {
    const rows = rowsOf('ASTANA, August 14 -- Kazakhstan\'s foreign trade turnover came to 61.8 billion US dollars in January-June 2026. According to China\'s customs, Kazakhstan accounted for 41.3% of China\'s trade with the five Central Asian states in the first half of the year.', '2026-08-14');
    expect(row(rows, 41.3)).toMatchObject({ unit: 'percent-share', area: 'China', partner: 'Kazakhstan' });
  });
  it('keeps the reporter the area of a partner\'s share of the reporter\'s trade (guard)', () => {
    const rows = rowsOf('ASTANA, August 14 -- Kazakhstan\'s foreign trade turnover came to 61.8 billion US dollars in January-June 2026. China accounted for 22.6% of Kazakhstan\'s trade.', '2026-08-14');
    expect(row(rows, 22.6)).toMatchObject({ area: 'Kazakhstan', partner: 'China' });
  });
});

describe('"and goods worth" after the cargo the trains carried is the cargo\'s worth, both ways', () => {
  it('does not give the worth the inbound flow of the last count before it', () => {
    const rows = rowsOf('XI\'AN, Jan. 5 -- China-Europe freight trains from the city made 4,390 trips in 2025, up 9.4 percent year on year. Of these, 2,410 were outbound trains and 1,980 inbound. The trains carried 356,000 TEUs of cargo, up 12.4 percent, and goods worth 71.2 billion yuan, up 19.6 percent.', '2026-01-05');
    expect(row(rows, 71.2e9)).toMatchObject({ flow: 'total', yoy_pct: 19.6 });
    expect(row(rows, 1980)).toMatchObject({ flow: 'import' });
  });
});

describe('"trade between the two countries" is trade with the partner named before, as "bilateral" is', () => {
  it('gives a month\'s trade "between the two countries" the partner of the sentence before', () => {
    const rows = rowsOf('BEIJING, December 8. /TASS/. Trade between Russia and China in January-November 2026 rose by 1.8% to $219.4 bln. Chinese exports to Russia over 11 months grew by 3.2% to $103.9 bln. In November, trade between the two countries amounted to $19.7 bln.', '2026-12-08');
    expect(row(rows, 19.7e9)).toMatchObject({ period_start: '2026-11', partner: 'Russia' });
  });
  it('leaves the world the partner when no partner was named before (guard)', () => {
    const rows = rowsOf('BEIJING, December 8. China\'s exports in January-November 2026 rose by 4.1% to $3.3 trln. In November, trade between the two countries amounted to $19.7 bln.', '2026-12-08');
    expect(row(rows, 19.7e9)?.partner).toBe('World');
  });
  it('does not read people travelling "between the two countries" as their trade (guard)', () => {
    const rows = rowsOf('VIENTIANE, Nov 20 -- Trade between Laos and China reached 6.1 billion dollars in the first ten months. Since the railway opened in December 2021, it has carried 13.2 million tonnes of cross-border freight and 3.1 million passengers have travelled between the two countries.', '2026-11-20');
    expect(row(rows, 13.2e6)?.partner).not.toBe('China');
  });
});
