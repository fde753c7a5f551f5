/**
 * Rules added in the fixing round for blind batches b149 and b154 (issue 9): multiples of a level's size, goods brought in by
 * a way of carriage, one flow exceeding the other, amounts "in the red", subjects said not to be trade, free trade names,
 * the worth of carried goods in a clause of its own, and closing reason clauses. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = (text: string, published = '2026-05-12'): ObservationDraft[] => releaseRows(text, published);
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('"N times the size of" a year-earlier level is a ratio of levels', () => {
  it('reads a surplus "1.6 times the size of the same period last year" as up 60', () => {
    const rows = rowsOf('GUANGZHOU, May 12 -- The province\'s trade surplus in the first four months, at 310 billion yuan, was 1.6 times the size of the same period last year.');
    expect(row(rows, 310e9)).toMatchObject({ flow: 'balance', yoy_pct: 60 });
  });
  it('keeps a hedged multiple of the size without a growth (guard)', () => {
    const rows = rowsOf('GUANGZHOU, May 12 -- The province\'s trade surplus in the first four months, at 310 billion yuan, was more than twice the size of the same period last year.');
    expect(row(rows, 310e9)?.yoy_pct).toBeNull();
  });
});

describe('goods "brought in by rail" came in', () => {
  it('reads fruit brought in by rail as imports', () => {
    const rows = rowsOf('KUNMING, May 12 -- In the first four months, fresh vegetables brought in by rail reached 54,000 tonnes, up 18.5 percent.');
    expect(row(rows, 54000)).toMatchObject({ flow: 'import', yoy_pct: 18.5 });
  });
  it('reads "brought in by road" the same way', () => {
    const rows = rowsOf('KUNMING, May 12 -- In the first four months, timber brought in by road totalled 31,000 tonnes.');
    expect(row(rows, 31000)?.flow).toBe('import');
  });
});

describe('one flow exceeding the other "by" an amount is the balance', () => {
  it('reads "exports exceeded imports by" as a surplus', () => {
    const rows = rowsOf('JINAN, May 12 -- In the first four months, the province\'s exports were 620 billion yuan and imports 410 billion yuan. Exports exceeded imports by 210 billion yuan.');
    expect(row(rows, 210e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads "imports exceeded exports by" as a deficit', () => {
    const rows = rowsOf('HAIKOU, May 12 -- In the first four months, the province\'s imports exceeded exports by 48 billion yuan.');
    expect(row(rows, -48e9)).toMatchObject({ flow: 'balance' });
  });
});

describe('an amount "in the red" is a deficit', () => {
  it('signs a balance put "N billion yen in the red" negative', () => {
    const rows = rowsOf('TOKYO, May 12 -- Exports rose 3.2% from a year earlier to 8.41 trillion yen in April, while imports grew 5.0% to 8.73 trillion yen, leaving the trade balance 320.5 billion yen in the red.');
    expect(row(rows, -320.5e9)).toMatchObject({ flow: 'balance' });
  });
  it('keeps a balance with no deficit word positive (guard)', () => {
    const rows = rowsOf('TOKYO, May 12 -- Exports rose 3.2% from a year earlier to 8.41 trillion yen in April, leaving a trade balance of 120.5 billion yen.');
    expect(row(rows, 120.5e9)).toMatchObject({ flow: 'balance' });
  });
});

describe('a subject the release says is not counted in trade is no figure', () => {
  it('drops duty-free shop sales "which are not counted in foreign trade", with their change', () => {
    const rows = rowsOf('HAIKOU, May 12 -- The island\'s foreign trade came to 98.2 billion yuan in the first four months. Airport duty-free sales, which are not counted in foreign trade, were 12.4 billion yuan, down 8.3 percent.');
    expect(row(rows, 12.4e9)).toBeUndefined();
    expect(rows.some((r) => r.yoy_pct === -8.3)).toBe(false);
    expect(row(rows, 98.2e9)).toBeDefined();
  });
  it('keeps a trade figure in a later clause of another subject (guard)', () => {
    const rows = rowsOf('HAIKOU, May 12 -- In the first four months, duty-free sales, which are not counted in foreign trade, fell 8.3 percent, while exports rose 11.2 percent to 30.5 billion yuan.');
    expect(row(rows, 30.5e9)).toMatchObject({ flow: 'export', yoy_pct: 11.2 });
  });
});

describe('"trade" in the name of a free trade port or zone is no flow word', () => {
  it('keeps goods imported under a free trade port\'s lists imports', () => {
    const rows = rowsOf('HAIKOU, May 12 -- In the first four months, goods imported under the tariff-exemption lists of the free trade port were valued at 5.6 billion yuan, up 14.0 percent.');
    expect(row(rows, 5.6e9)).toMatchObject({ flow: 'import', yoy_pct: 14 });
  });
  it('still reads "trade" of a place as total trade (guard)', () => {
    const rows = rowsOf('HAIKOU, May 12 -- In the first four months, the free trade zone\'s trade with ASEAN reached 5.6 billion yuan.');
    expect(row(rows, 5.6e9)?.flow).toBe('total');
  });
});

describe('the worth of carried goods "with a total value" is two-way', () => {
  it('reads the value after a carried tonnage as total, not the flow of the sentence before', () => {
    const rows = rowsOf('KUNMING, May 12 -- Fruit imported by rail reached 61,000 tonnes in the first four months.\n\nBy the end of April, the line had carried more than 9 million tonnes of goods since it opened in December 2021, with a total value exceeding 41 billion yuan.');
    expect(row(rows, 41e9)?.flow).toBe('total');
  });
});

describe('a closing reason clause names no area', () => {
  it('keeps the province after "as" the railway carried a list of goods', () => {
    const rows = rowsOf('KUNMING, May 12 -- Yunnan\'s foreign trade in the first four months totalled 98.1 billion yuan.\n\nBy partner: Myanmar, 15.2 billion yuan, up 4.2%; Laos, 6.2 billion yuan, up 35.1%, as the China-Laos Railway carried more fertiliser, rubber and fruit.');
    expect(row(rows, 6.2e9)?.area).toBe('Yunnan');
    expect(row(rows, 15.2e9)?.area).toBe('Yunnan');
  });
  it('reads a reason clause after a multiple, closing on a clause with no number', () => {
    const rows = rowsOf('HARBIN, May 12 -- Heilongjiang\'s trade with Russia reached 61.5 billion yuan in the first four months. Cross-border e-commerce parcels rose 2.5-fold as buyers returned to Heihe, and a new warehouse is due to open next year.');
    expect(rows.some((r) => r.area === 'Heihe Port' || r.area === 'Heihe')).toBe(false);
  });
  it('keeps a figure in a clause after the reason (guard: a number ends the reason clause)', () => {
    const rows = rowsOf('KUNMING, May 12 -- In the first four months, Yunnan\'s trade with Laos was 6.2 billion yuan, up 35.1 percent, as trains ran more often, and trade with Myanmar was 4.1 billion yuan.');
    expect(row(rows, 4.1e9)).toMatchObject({ area: 'Yunnan', partner: 'Myanmar' });
  });
});

describe('a year-on-year change past "but was" is the level\'s when the level has none', () => {
  it('gives the level before "but was still N percent lower than a year earlier" that change', () => {
    const rows = rowsOf('NANNING, May 12 -- In the first four months, the region\'s processing trade recovered to 21.6 billion yuan but was still 12.5 percent lower than a year earlier.');
    expect(row(rows, 21.6e9)?.yoy_pct).toBe(-12.5);
    expect(row(rows, null)).toBeUndefined();
  });
  it('leaves a change of a new subject after "but" alone (guard)', () => {
    const rows = rowsOf('NANNING, May 12 -- In the first four months, the region\'s exports recovered to 21.6 billion yuan but imports were 12.5 percent lower than a year earlier.');
    expect(row(rows, 21.6e9)?.yoy_pct).toBeNull();
  });
});

describe('a part at a port, in a sentence opening "Of the ...", is an aside', () => {
  it('goes back to the country after "Of the coal, N tonnes were exported through" a port', () => {
    const rows = rowsOf('ULAANBAATAR, May 12 /MONTSAME/. Mongolia exported 21.4 mln tons of coal in the first four months, up 9.1 percent. Of the coal, 8.2 mln tons were exported through the Shiveekhuren port. Iron ore exports reached 2.6 mln tons, down 4.0 percent.');
    expect(row(rows, 8.2e6)?.area).toBe('Shiveekhuren Port');
    expect(row(rows, 2.6e6)?.area).toBe('Mongolia');
  });
  it('keeps a port whose figure opens the paragraph with no whole before (guard)', () => {
    const rows = rowsOf('ULAANBAATAR, May 12 /MONTSAME/. The Shiveekhuren port handled 8.2 mln tons of coal in the first four months. Iron ore through it reached 2.6 mln tons, down 4.0 percent.');
    expect(row(rows, 2.6e6)?.area).toBe('Shiveekhuren Port');
  });
});

describe('a change in people or vehicles crossing is no figure', () => {
  const lead = 'HARBIN, May 12 -- Heilongjiang\'s foreign trade reached 88.1 billion yuan in the first four months, up 9.5 percent.\n\nBorder trade grew 21.3 percent to 6.4 billion yuan.\n\n';
  it('drops "Passenger crossings ... rose 2.5-fold" after a paragraph on trade', () => {
    const rows = rowsOf(`${lead}Passenger crossings at the province's land ports rose 2.5-fold.`);
    expect(rows.some((r) => r.yoy_pct === 250)).toBe(false);
  });
  it('drops "Vehicle crossings fell N percent" too', () => {
    const rows = rowsOf(`${lead}Vehicle crossings at the border fell 12.5 percent.`);
    expect(rows.some((r) => r.yoy_pct === -12.5)).toBe(false);
  });
  it('keeps a change in freight train crossings (guard)', () => {
    const rows = rowsOf(`${lead}Freight train crossings at the land ports rose 12.5 percent.`);
    expect(rows.some((r) => r.yoy_pct === 12.5)).toBe(true);
  });
});

describe('amounts that share the currency (and scale) of the amount after them', () => {
  const lead = 'ASTANA, May 12 -- Kazakhstan\'s foreign trade turnover reached 41.2 billion US dollars in January-April. ';
  it('gives "Exports were A billion and imports B billion dollars" both the dollar', () => {
    const rows = rowsOf(`${lead}Exports were 24.6 billion and imports 16.6 billion dollars.`);
    expect(row(rows, 24.6e9)).toMatchObject({ unit: 'USD', flow: 'export' });
    expect(row(rows, 16.6e9)).toMatchObject({ unit: 'USD', flow: 'import' });
  });
  it('gives "came to A and B billion dollars" the scale and the dollar', () => {
    const rows = rowsOf(`${lead}Trade with China and Russia came to 9.4 and 7.7 billion dollars.`);
    expect(row(rows, 9.4e9)?.unit).toBe('USD');
    expect(row(rows, 7.7e9)?.unit).toBe('USD');
  });
  it('leaves a range "between A and B billion dollars" alone (guard)', () => {
    const rows = rowsOf(`${lead}Analysts put the half-year surplus at between 7 and 9 billion dollars.`);
    expect(row(rows, 7e9)).toBeUndefined();
  });
});

describe('growth rates listed after a list of levels, closing a clause before a semicolon, pair in order', () => {
  it('pairs "A and B billion dollars, up X% and Y%;" in order', () => {
    const rows = rowsOf('ASTANA, May 12 -- In January-April, trade with China and Russia came to 9.4 billion and 7.7 billion dollars, up 12.1% and 3.4%; trade with Italy was 4.2 billion dollars, down 2.2%.');
    expect(row(rows, 9.4e9)?.yoy_pct).toBe(12.1);
    expect(row(rows, 7.7e9)?.yoy_pct).toBe(3.4);
    expect(row(rows, 4.2e9)?.yoy_pct).toBe(-2.2);
  });
});

describe('a ranked buyer in an apposition after "trade with" a partner names no flow', () => {
  it('keeps "trade with Italy, the main buyer of Kazakh crude, was" total trade after a semicolon', () => {
    const rows = rowsOf('ASTANA, May 12 -- In January-April, trade with China was 9.4 billion dollars; trade with Spain, the largest buyer of Kazakh grain, was 2.1 billion dollars, down 3.5%.');
    expect(row(rows, 2.1e9)).toMatchObject({ flow: 'total', partner: 'Spain' });
  });
  it('keeps exports read from "the main destination of" when the subject names no trade (guard)', () => {
    const rows = rowsOf('BRASILIA, May 12 -- Sales to China, the main destination of Brazilian products, came to US$ 31.2 billion in January-April, a drop of 4.1%.');
    expect(row(rows, 31.2e9)?.flow).toBe('export');
  });
});
