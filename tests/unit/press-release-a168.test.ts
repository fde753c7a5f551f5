/**
 * Rules of the fixing round for the leftovers of b275 and b277 (fortieth session): each frame in several sentences of
 * our own, with near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value);
const flowOf = (text: string, value: number, published = '2026-11-20') => row(releaseRows(text, published), value)?.flow;

describe('balance-of-payments receipts and payments of goods or services trade are exports and imports', () => {
  it('reads "receipts on trade in services" and "payments for imported services" in one sentence', () => {
    const text = 'SEOUL, Nov. 20 -- Receipts on trade in services came to 9.4 billion dollars in October, while payments for imported services reached 11.2 billion dollars, the central bank said.';
    expect(flowOf(text, 9.4e9)).toBe('export');
    expect(flowOf(text, 11.2e9)).toBe('import');
  });
  it('reads "merchandise receipts" and "merchandise payments" with a verb of change', () => {
    const text = 'MANILA, Nov 20 -- In October, merchandise receipts rose to 7.35 billion dollars and merchandise payments to 10.8 billion dollars, the central bank reported.';
    expect(flowOf(text, 7.35e9)).toBe('export');
    expect(flowOf(text, 10.8e9)).toBe('import');
  });
  it('reads "services trade receipts and payments ... respectively"', () => {
    const text = 'BEIJING, Nov 20 -- Services trade receipts and payments in October were 256.8 billion yuan and 390.2 billion yuan respectively.';
    expect(flowOf(text, 256.8e9)).toBe('export');
    expect(flowOf(text, 390.2e9)).toBe('import');
  });
  it('reads a bare "payments" later in a clause that named goods receipts', () => {
    const text = 'TOKYO, Nov 20 -- The bank said goods receipts stood at 8.1 trillion yen in October and payments at 8.6 trillion yen.';
    expect(flowOf(text, 8.1e12)).toBe('export');
    expect(flowOf(text, 8.6e12)).toBe('import');
  });
  it('reads "payments under goods trade" set against "receipts from goods exports"', () => {
    const text = 'MUMBAI, Nov 20 -- For October, payments under goods trade amounted to 61.3 billion dollars, against receipts from goods exports of 38.9 billion dollars.';
    expect(flowOf(text, 61.3e9)).toBe('import');
    expect(flowOf(text, 38.9e9)).toBe('export');
  });
  it('reads "receipts from goods and services trade totalled ... and payments ..."', () => {
    const text = 'BEIJING, Nov 20 -- Receipts from goods and services trade totalled 2,383.6 billion yuan in October and payments 2,058.1 billion yuan, the regulator said.';
    expect(flowOf(text, 2383.6e9)).toBe('export');
    expect(flowOf(text, 2058.1e9)).toBe('import');
  });
  it('does not read interest payments or payments of duties as imports (near miss)', () => {
    const rows = releaseRows('MUMBAI, Nov 20 -- Interest payments on external debt reached 4.2 billion dollars in October, and payments of customs duties came to 1.1 billion dollars.');
    expect(rows.filter((r) => r.flow === 'import' || r.flow === 'export')).toEqual([]);
  });
  it('does not read receipts from dividends or settlement payments as trade (near miss)', () => {
    const rows = releaseRows('SEOUL, Nov 20 -- Receipts from dividends were 3.3 billion dollars in October and settlement payments 2.1 billion dollars.');
    expect(rows.filter((r) => r.flow === 'import' || r.flow === 'export')).toEqual([]);
  });
});

describe("an erratum's misprinted figure is no row, and the corrected figure keeps its flow", () => {
  it('reads "was printed as X. The correct figure is Y" as Y alone, of the flow named', () => {
    const rows = releaseRows('JAKARTA, July 18 -- Statistics Indonesia corrects an error. The value of non-oil exports in June 2024 was printed as USD 19.93 billion. The correct figure is USD 19.39 billion.', '2024-07-18');
    expect(row(rows, 19.93e9)).toBeUndefined();
    expect(row(rows, 19.39e9)?.flow).toBe('export');
  });
  it('reads "had been misprinted as" in a correction note', () => {
    const rows = releaseRows('ANKARA, Aug 3 -- Correction: in the July bulletin, imports for June 2026 had been misprinted as 31.8 billion dollars; they were 28.1 billion dollars.', '2026-08-03');
    expect(row(rows, 31.8e9)).toBeUndefined();
    expect(row(rows, 28.1e9)?.flow).toBe('import');
  });
  it('reads "appeared in the table as" before the wrong amount', () => {
    const rows = releaseRows('HANOI, Sept 9 -- The August trade surplus appeared in the table as 4.6 billion dollars because of a typing slip, whereas exports in August 2026 stood at 41.2 billion dollars.', '2026-09-09');
    expect(row(rows, 4.6e9)).toBeUndefined();
    expect(row(rows, 41.2e9)?.flow).toBe('export');
  });
  it('reads the printers\' frame "for X read Y"', () => {
    const rows = releaseRows('ASTANA, Oct 2 -- Erratum to the September release, table 1, line 3 (exports in August 2026): for 6.41 billion dollars read 6.14 billion dollars.', '2026-10-02');
    expect(row(rows, 6.41e9)).toBeUndefined();
    expect(row(rows, 6.14e9)?.flow).toBe('export');
  });
  it('reads "was mistyped as" with the percent it carried', () => {
    const rows = releaseRows('DHAKA, May 4 -- In the April note, the rise in garment exports in March 2026 was mistyped as 14.2 percent; exports in March 2026 were 3.9 billion dollars, up 4.1 percent.', '2026-05-04');
    expect(rows.some((r) => r.yoy_pct === 14.2)).toBe(false);
    expect(row(rows, 3.9e9)?.yoy_pct).toBe(4.1);
  });
  it('keeps a figure "reported as" in an ordinary release (near miss)', () => {
    const rows = releaseRows('SEOUL, Nov. 1 -- Exports in October 2026 were reported as 58.2 billion dollars by the trade ministry.', '2026-11-01');
    expect(row(rows, 58.2e9)?.flow).toBe('export');
  });
  it('keeps a figure after "for" that no "read" follows (near miss)', () => {
    const rows = releaseRows('LIMA, Nov. 5 -- Copper shipments abroad came to 2.3 billion dollars in October 2026, for 2.3 billion dollars of exports in all.', '2026-11-05');
    expect(row(rows, 2.3e9)).toBeDefined();
  });
});

describe('"are unchanged" after a figure in an erratum says it was not revised, not that it was flat on the year', () => {
  const ERRATUM = 'ERRATUM - Foreign trade, June 2024\n\nThe statistics office corrects an error in the release of 15 July 2024.\n\n';
  const yoyOf = (line: string, value: number) => row(releaseRows(ERRATUM + line, '2024-07-18'), value)?.yoy_pct;
  it('reads "are unchanged" after a balance named beside another flow', () => {
    expect(yoyOf('Imports and the trade surplus of USD 2.39 billion in June 2024 are unchanged.', 2.39e9)).toBeNull();
  });
  it('reads "remains unchanged" after a balance', () => {
    expect(yoyOf('The trade surplus of USD 2.39 billion in June 2024 remains unchanged.', 2.39e9)).toBeNull();
  });
  it('reads "is unchanged" after an amount in apposition', () => {
    expect(yoyOf('The surplus in June 2024, USD 2.39 billion, is unchanged.', 2.39e9)).toBeNull();
  });
  it('reads a bare ", unchanged" closing a list item', () => {
    expect(yoyOf('* June 2024 imports: USD 18.45 billion, unchanged.', 18.45e9)).toBeNull();
  });
  it('reads "was unchanged" in the past tense of the notice', () => {
    expect(yoyOf('The value of exports in June 2024, USD 20.84 billion, was unchanged.', 20.84e9)).toBeNull();
  });
  it('keeps "unchanged from a year earlier" as no change on the year (near miss)', () => {
    expect(yoyOf('Imports in June 2024 were USD 18.45 billion, unchanged from a year earlier.', 18.45e9)).toBe(0);
  });
  it('keeps "were unchanged at" before the level as no change, even in an erratum (near miss)', () => {
    expect(yoyOf('Imports in June 2024 were unchanged at USD 18.45 billion.', 18.45e9)).toBe(0);
  });
});

describe("a list's caption saying once that the bare number after each amount is its percent change", () => {
  it('reads "(growth over the same period of last year, percent)" over bulleted items', () => {
    const rows = releaseRows('BEIJING, July 15 -- The bureau released these figures (growth over the same period of last year, percent):\n\n* Exports: 13.00 trillion yuan, 7.2\n* Imports: 8.79 trillion yuan, -2.7\n', '2025-07-15');
    expect(row(rows, 13e12)?.yoy_pct).toBe(7.2);
    expect(row(rows, 8.79e12)?.yoy_pct).toBe(-2.7);
  });
  it('reads "(percent change from a year earlier)" with the rates in brackets', () => {
    const rows = releaseRows('HANOI, Dec. 6 -- Main results for the first eleven months of 2026 (percent change from a year earlier):\n\n- Exports: 402.3 billion dollars (12.1)\n- Imports: 381.7 billion dollars (15.4)\n', '2026-12-06');
    expect(levelTuple(row(rows, 402.3e9)!)).toEqual(['2026-01', '2026-11', 402.3e9, 'USD', 12.1]);
    expect(row(rows, 381.7e9)?.yoy_pct).toBe(15.4);
  });
  it('reads "(% y/y)" over labelled lines with no bullets', () => {
    const rows = releaseRows('ASTANA, Oct 14 -- Foreign trade, January-September 2026 (% y/y):\n\nExports: 57.6 billion dollars, -4.3\nImports: 44.2 billion dollars, 6.8\n', '2026-10-14');
    expect(row(rows, 57.6e9)?.yoy_pct).toBe(-4.3);
    expect(row(rows, 44.2e9)?.yoy_pct).toBe(6.8);
  });
  it('reads "(year-on-year increase, per cent)" over items labelled with a dash', () => {
    const rows = releaseRows('ULAANBAATAR, Nov 12 -- Trade in the first ten months of 2026 (year-on-year increase, per cent):\n\n* Total trade turnover - 21.4 billion dollars, 9.6\n* Exports - 13.1 billion dollars, 11.2\n', '2026-11-12');
    expect(row(rows, 21.4e9)?.yoy_pct).toBe(9.6);
    expect(row(rows, 13.1e9)?.yoy_pct).toBe(11.2);
  });
  it('reads "(change on a year before, in %)" after a dateline', () => {
    const rows = releaseRows('TASHKENT, Aug 2 -- Key figures for the first half of 2026 follow (change on a year before, in %).\n\n- Exports: 13.5 billion dollars, 18.4\n- Imports: 19.9 billion dollars, 3.7\n', '2026-08-02');
    expect(row(rows, 13.5e9)?.yoy_pct).toBe(18.4);
    expect(row(rows, 19.9e9)?.yoy_pct).toBe(3.7);
  });
  it('does not read a bare number as a change with no such caption (near miss)', () => {
    const rows = releaseRows('BEIJING, July 15 -- The bureau released these figures (in trillion yuan):\n\n* Exports: 13.00 trillion yuan, 7.2\n* Imports: 8.79 trillion yuan, 2.7\n', '2025-07-15');
    expect(row(rows, 13e12)?.yoy_pct ?? null).toBeNull();
  });
  it('does not carry the caption past the list into prose (near miss)', () => {
    const rows = releaseRows('BEIJING, July 15 -- The bureau released these figures (growth over the same period of last year, percent):\n\n* Retail sales: 24.55 trillion yuan, 5.0\n\nIn June exports were 2.34 trillion yuan, 7 ports reporting.\n', '2025-07-15');
    expect(row(rows, 2.34e12)?.yoy_pct ?? null).toBeNull();
  });
});

describe('the base of a level set aside, far after the account it belongs to, is set aside too', () => {
  it('reads "posted a deficit of X in 2021, the central bank (CBRT) announced on Friday, down from Y"', () => {
    expect(releaseRows("ANKARA, Feb 11 -- Turkey's current account posted a deficit of 14.88 billion dollars in 2021, the Central Bank of the Republic of Turkey (CBRT) announced on Friday, down from 35.5 billion dollars a year before.", '2022-03-15').filter((r) => r.period_start === '2020-01')).toEqual([]);
  });
  it('reads "swung to a surplus of X, the bank said in its statement, up from Y"', () => {
    expect(releaseRows('SEOUL, Feb 8 -- The current account of the country swung to a surplus of 88.3 billion dollars in 2021, the Bank of Korea (BOK) said in its preliminary balance of payments statement, up from 75.9 billion dollars in 2020.', '2022-03-15').filter((r) => r.period_start === '2020-01')).toEqual([]);
  });
  it('reads "showed a deficit of X, the bank said in its bulletin, lower than Y"', () => {
    expect(releaseRows('HANOI, Feb 9 -- The current account balance of Vietnam showed a deficit of 3.8 billion dollars in 2021, the State Bank of Vietnam (SBV) said in its quarterly balance of payments bulletin, lower than 15.1 billion dollars in 2020.', '2022-03-15').filter((r) => r.period_start === '2020-01')).toEqual([]);
  });
  it('reads a primary income deficit with "stated in its annual report to parliament, down from Y"', () => {
    expect(releaseRows('JAKARTA, Feb 21 -- The primary income account recorded a deficit of 8.2 billion dollars in 2021, Bank Indonesia (BI) stated in its annual balance of payments report to parliament, down from 9.3 billion dollars in 2020.', '2022-03-15').filter((r) => r.period_start === '2020-01')).toEqual([]);
  });
  it('reads "was in deficit by X, the bank noted in its review, against Y"', () => {
    expect(releaseRows('MANILA, Feb 15 -- The current account of the Philippines was in deficit by 6.9 billion dollars in 2021, the Bangko Sentral ng Pilipinas (BSP) noted in its year-end review of external payments, against 11.6 billion dollars of surplus in 2020.', '2022-03-15').filter((r) => r.period_start === '2020-01')).toEqual([]);
  });
  it('keeps the base of a trade deficit in the same frame (near miss)', () => {
    const rows = releaseRows("ANKARA, Feb 11 -- Turkey's trade deficit was 46.2 billion dollars in 2021, the ministry announced on Friday, down from 49.9 billion dollars a year before.", '2022-03-15');
    expect(levelTuple(row(rows, -49.9e9)!)).toEqual(['2020-01', '2020-12', -49.9e9, 'USD', null]);
  });
  it('keeps the base of exports after a reporting clause (near miss)', () => {
    const rows = releaseRows('SEOUL, Feb 8 -- Exports stood at 644.4 billion dollars in 2021, the trade ministry said in a statement, up from 512.5 billion dollars in 2020.', '2022-03-15');
    expect(row(rows, 512.5e9)?.period_start).toBe('2020-01');
  });
});

describe('the same span counted in months a year before is the base of the figure\'s own months', () => {
  it('reads "in the same nine months a year before" in a fiscal year\'s release', () => {
    const rows = releaseRows('TRADE REVIEW\n\nExports in July-March 2023-24 came to US$ 22,987 million, compared with US$ 20,860 million in the same nine months a year before.', '2026-12-01');
    expect(row(rows, 20860e6)?.period_start).toBe('2022-07');
    expect(row(rows, 20860e6)?.period_end).toBe('2023-03');
  });
  it('reads "in the same six months a year earlier" after a fiscal half', () => {
    const rows = releaseRows('TRADE REVIEW\n\nImports over July-December 2025-26 reached US$ 28,410 million, against US$ 26,150 million in the same six months a year earlier.', '2026-12-01');
    expect(row(rows, 26150e6)?.period_start).toBe('2024-07');
    expect(row(rows, 26150e6)?.period_end).toBe('2024-12');
  });
  it('reads "the corresponding five-month period of the previous year"', () => {
    const rows = releaseRows('TRADE REVIEW\n\nExports in July-November 2025-26 were Rs 3,410 billion, up from Rs 3,020 billion in the corresponding five-month period of the previous year.', '2026-12-01');
    expect(row(rows, 3020e9)?.period_start).toBe('2024-07');
    expect(row(rows, 3020e9)?.period_end).toBe('2024-11');
  });
  it('reads "over the same ten months one year ago" in a calendar year', () => {
    const rows = releaseRows('TRADE REVIEW\n\nExports for January-October 2026 stood at 41.2 billion dollars, versus 38.7 billion dollars over the same ten months one year ago.', '2026-12-01');
    expect(row(rows, 38.7e9)?.period_start).toBe('2025-01');
    expect(row(rows, 38.7e9)?.period_end).toBe('2025-10');
  });
  it('reads "in the same months a year earlier" after a quarter named by its months', () => {
    const rows = releaseRows('TRADE REVIEW\n\nShipments abroad in April-June 2026 totalled 9.6 billion dollars, compared with 8.8 billion dollars in the same months a year earlier.', '2026-12-01');
    expect(row(rows, 8.8e9)?.period_start).toBe('2025-04');
    expect(row(rows, 8.8e9)?.period_end).toBe('2025-06');
  });
  it('does not read "the same nine months two years before" as a year before (near miss)', () => {
    const rows = releaseRows('TRADE REVIEW\n\nExports in July-March 2023-24 came to US$ 22,987 million, compared with US$ 19,120 million in the same nine months two years before.', '2026-12-01');
    expect(row(rows, 19120e6)?.period_start).not.toBe('2022-07');
  });
  it('does not read "the same nine months" with no year back as the year before (near miss)', () => {
    const rows = releaseRows('TRADE REVIEW\n\nExports in July-March 2023-24 came to US$ 22,987 million, of which US$ 9,120 million was earned in the same nine months by textile makers.', '2026-12-01');
    expect(row(rows, 9120e6)?.period_start).not.toBe('2022-07');
  });
});

describe('a line of items with two slash-separated period columns is a table', () => {
  it('reads "Major items (USD billion) - March 2020 / March 2019:" with a current account item left out', () => {
    const rows = releaseRows('SEOUL, May 8 -- The central bank released its monthly balance of payments.\n\nMajor items (USD billion) - March 2020 / March 2019: Current account 6.41 / 4.98; Exports 48.56 / 49.88; Imports 40.35 / 44.19.', '2020-05-08');
    expect(row(rows, 48560000000)?.period_start).toBe('2020-03');
    expect(row(rows, 49880000000)?.period_start).toBe('2019-03');
    expect(row(rows, 44190000000)?.period_start).toBe('2019-03');
  });
  it('reads "Key figures, Q3 2026 / Q3 2025 (EUR million):" with a trade balance', () => {
    const rows = releaseRows('PARIS, Nov 7 -- Customs published the quarterly trade figures.\n\nKey figures, Q3 2026 / Q3 2025 (EUR million): Exports 141,230 / 139,870; Imports 148,115 / 146,020; Trade balance -6,885 / -6,150.', '2026-11-07');
    expect(row(rows, 141230000000)?.period_start).toBe('2026-07');
    expect(row(rows, -6150000000)?.period_start).toBe('2025-07');
  });
  it('reads "In USD bn, 2025 / 2024 -" with bare years and a services balance', () => {
    const rows = releaseRows('ANKARA, Feb 3 -- The ministry summed up the year.\n\nIn USD bn, 2025 / 2024 - Exports 273.4 / 261.8; Imports 365.2 / 344.0; Services balance 61.0 / 58.3.', '2026-02-03');
    expect(row(rows, 273400000000)?.period_start).toBe('2025-01');
    expect(row(rows, 58300000000)?.period_start).toBe('2024-01');
    expect(row(rows, 58300000000)?.commodity).toBe('services');
  });
  it('reads "H1 2026 / H1 2025 (JPY billion):" with goods exports and imports', () => {
    const rows = releaseRows('TOKYO, Aug 8 -- The finance ministry released the half-year balance of payments.\n\nH1 2026 / H1 2025 (JPY billion): Goods exports 52,340 / 50,120; Goods imports 55,910 / 53,480; Primary income balance 21,300 / 19,800.', '2026-08-08');
    expect(row(rows, 52340000000000)?.period_start).toBe('2026-01');
    expect(row(rows, 53480000000000)?.period_start).toBe('2025-01');
  });
  it('reads "August 2026 / August 2025 (EUR million):" with a goods deficit written unsigned', () => {
    const rows = releaseRows('WARSAW, Oct 15 -- The central bank released the August balance of payments.\n\nBalance of payments, August 2026 / August 2025 (EUR million): Exports of goods 29,410 / 27,960; Imports of goods 29,880 / 28,100; Goods deficit 470 / 140.', '2026-10-15');
    expect(row(rows, 29410000000)?.period_start).toBe('2026-08');
    expect(row(rows, -140000000)?.period_start).toBe('2025-08');
  });
  it('does not read a line of partners under "Exports / imports" as two periods (near miss)', () => {
    const rows = releaseRows('SEOUL, May 8 -- The ministry listed its partners.\n\nExports / imports (USD billion): China 13.6 / 10.8; Japan 2.3 / 4.1; United States 7.8 / 5.3.', '2020-05-08');
    expect(rows.filter((r) => r.period_start === '2020-03' || r.period_start === '2019-03')).toEqual([]);
  });
  it('does not read exchange rates in slash columns as trade (near miss)', () => {
    const rows = releaseRows('SEOUL, May 8 -- The bank listed its rates.\n\nExchange rates, March 2020 / March 2019 (won per US dollar): Dollar 1,220.4 / 1,130.2; Yen 11.3 / 10.2.', '2020-05-08');
    expect(rows).toEqual([]);
  });
});
