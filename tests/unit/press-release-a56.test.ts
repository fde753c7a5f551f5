/**
 * Rules added in the fixing round for blind batches b163 (stocks, running totals, comparison figures) and b164 (sloppy scraped
 * and PDF-converted text), issue 9. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a56', source_url: 'https://example.org/r/a56', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a running total since a launch whose subject is named by its own name', () => {
  it("runs from the opening of a route named by its owner's name (\"since Kashgar's train route opened in ...\")", () => {
    const rows = rowsOf("KASHGAR, May 12 -- Since Kashgar's China-Europe freight train route opened in August 2019, trains assembled at the city's logistics park have made 3,420 trips, as of the end of April.");
    expect(row(rows, 3420)).toMatchObject({ period_start: '2019-08', period_end: '2026-04' });
  });
  it('runs from the reopening of a port named by its name and placed after it ("Zhangmu Port on the border")', () => {
    const rows = rowsOf('LHASA, May 12 -- Since Zhangmu Port on the China-Nepal border reopened to cargo traffic in May 2024, it has handled 52,600 tonnes of goods, as of the end of April, according to the customs.');
    expect(row(rows, 52600)).toMatchObject({ period_start: '2024-05', period_end: '2026-04' });
  });
  it('keeps a lower-case word before the noun no launch (guard: "since more trains opened" is no named subject)', () => {
    const rows = rowsOf('URUMQI, May 12 -- In the first four months, the port handled 1,860 trains, up 9.4 percent year on year.');
    expect(row(rows, 1860)).toMatchObject({ period_start: '2026-01', period_end: '2026-04' });
  });
});

describe('"in all" closing a clause marks a running total, as "in total" does', () => {
  it('reads "By the end of 2025, more than 52,000 such trains had crossed the country in all" as a stock with no start', () => {
    const rows = rowsOf('ASTANA, 20 January -- By the end of 2025, more than 52,000 such trains had crossed the country in all, the ministry said.', '2026-01-20');
    expect(row(rows, 52000)).toMatchObject({ period_start: '', period_end: '2025-12' });
  });
  it('keeps "in all provinces" no running total (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- By the end of April, exports rose 6.2 percent to 4.1 trillion yuan, with growth in all provinces.');
    expect(row(rows, 4.1e12)).toMatchObject({ period_start: '2026-01', period_end: '2026-04' });
  });
});

describe('a flat change after a level in apposition, its verb after it', () => {
  it('reads "Their value, 3.1 billion dollars, was flat on the year" as growth 0', () => {
    const rows = rowsOf('VLADIVOSTOK, May 12 -- Timber exports from the district totalled 2.4 million cubic metres in the first quarter, up 3.2% year on year. Their value, 3.1 billion dollars, was flat on the year.');
    expect(row(rows, 3.1e9)?.yoy_pct).toBe(0);
  });
  it('reads "remained unchanged from a year earlier" after the level the same way', () => {
    const rows = rowsOf('VLADIVOSTOK, May 12 -- In the first quarter, imports of machinery of 1.7 billion dollars remained unchanged from a year earlier.');
    expect(row(rows, 1.7e9)?.yoy_pct).toBe(0);
  });
  it('gives no growth to a level flat on the month (guard)', () => {
    const rows = rowsOf('VLADIVOSTOK, May 12 -- Their value in April, 1.2 billion dollars, was flat on the month.');
    expect(row(rows, 1.2e9)?.yoy_pct ?? null).toBeNull();
  });
});

describe('a fee said to be an amount is a price', () => {
  it('reads "Stand fees are 5,200 yuan for a standard stand" as no row', () => {
    const rows = rowsOf('HEIHE, May 12 -- The trade fair opens in August. Stand fees are 5,200 yuan for a standard 9-square-metre stand, and local firms get a discount.');
    expect(row(rows, 5200)).toBeUndefined();
  });
  it('keeps goods worth an amount beside fees a row (guard)', () => {
    const rows = rowsOf('HEIHE, May 12 -- After the port cut its handling fees in January, exports through it rose 12.1 percent to 860 million yuan in the first four months.');
    expect(row(rows, 860e6)).toBeDefined();
  });
});

describe('a foreign country before a flow word, named again in its clause as the other side, is the partner', () => {
  it('keeps the province the area of "Of the Mongolia trade, imports from Mongolia rose ..."', () => {
    const rows = rowsOf('HOHHOT, May 12 -- Inner Mongolia\'s foreign trade reached 64.2 billion yuan in the first four months, up 8.1 percent year on year.\n\nOf the Mongolia trade, imports from Mongolia rose 11.3 percent to 21.6 billion yuan, while exports to Mongolia were 5.2 billion yuan.');
    expect(row(rows, 21.6e9)).toMatchObject({ area: 'Inner Mongolia', partner: 'Mongolia', flow: 'import' });
    expect(row(rows, 5.2e9)).toMatchObject({ area: 'Inner Mongolia', partner: 'Mongolia', flow: 'export' });
  });
  it('keeps a bloc before its own flow the area when another place is the partner (guard)', () => {
    const rows = rowsOf('BRUSSELS, May 12 -- EU exports to China fell 4.1 percent to 61.3 billion euros in the first quarter, Eurostat said.');
    expect(row(rows, 61.3e9)).toMatchObject({ area: 'European Union', partner: 'China' });
  });
});

describe('an aligned table whose runs of spaces were collapsed to one', () => {
  const page = 'NANNING, May 12 -- The region\'s foreign trade rose 4.2 percent year on year to 162.5 billion yuan in the first four months, the customs said.\n\nRegional foreign trade, January-April 2026\nUnit: 100 million yuan; %\nItem Value Year-on-year\nTotal 1,625.0 4.2\nExports 902.7 9.8\nImports 722.3 -2.1\nSource: the customs\n';
  it('reads each row as its flow with its growth, and the unit line as no figure', () => {
    const rows = rowsOf(page);
    expect(row(rows, 90.27e9)).toMatchObject({ flow: 'export', yoy_pct: 9.8, period_start: '2026-01', period_end: '2026-04' });
    expect(row(rows, 72.23e9)).toMatchObject({ flow: 'import', yoy_pct: -2.1 });
    expect(row(rows, 1e8)).toBeUndefined();
  });
  it('quotes each row as written', () => {
    const rows = rowsOf(page);
    expect(row(rows, 90.27e9)?.source_quote).toBe('Exports 902.7 9.8');
  });
  it('reads no table from rows whose numbers differ in count (guard)', () => {
    const rows = rowsOf('NANNING, May 12 -- The region\'s trade in the first four months is shown below.\n\nItem Value Year-on-year\nTotal 1,625.0 4.2\nExports 902.7\n');
    expect(row(rows, 90.27e9)).toBeUndefined();
  });
});

describe('bold marks opening a sentence after a full stop', () => {
  it('do not glue a next sentence naming a far city to the figure before', () => {
    const rows = rowsOf('CHENGDU, May 12 -- Chengdu saw its foreign trade reach 250.1 billion yuan in the first four months, up 8.2 percent year on year.\n\nIn the first four months, 1,140 China-Europe freight trains were dispatched from Chengdu, up 12.6 percent. ** Each train now takes about 13 days to reach Lodz. **');
    expect(row(rows, 1140)).toMatchObject({ area: 'Chengdu' });
  });
});

describe('ships calling at a port and planned flows are no trade figures', () => {
  it('reads "Ships calling at the port: 8,412" as no row', () => {
    const rows = rowsOf('RIZHAO, May 12 -- The port handled 182.4 million tonnes of cargo in 2025, up 4.1 percent.\n\n- Ships calling at the port: 8,412.', '2026-01-12');
    expect(row(rows, 8412)).toBeUndefined();
  });
  it('reads "6,230 ships called at the terminal" as no row', () => {
    const rows = rowsOf('RIZHAO, May 12 -- In the first four months, 6,230 ships called at the terminal, and it handled 41.2 million tonnes of cargo.');
    expect(row(rows, 6230)).toBeUndefined();
    expect(row(rows, 41.2e6)).toBeDefined();
  });
  it('keeps vessels exported a row (guard)', () => {
    const rows = rowsOf('DALIAN, May 12 -- The province exported 146 ships in the first four months, up 18.2 percent year on year.');
    expect(row(rows, 146)).toBeDefined();
  });
  it('reads "Planned throughput for 2026: 190 million tonnes" as no row', () => {
    const rows = rowsOf('RIZHAO, January 12 -- The port handled 182.4 million tonnes of cargo in 2025, up 4.1 percent.\n\n- Planned throughput for 2026: 190 million tonnes.', '2026-01-12');
    expect(row(rows, 190e6)).toBeUndefined();
    expect(row(rows, 182.4e6)).toBeDefined();
  });
});
