/**
 * Rules of issue 9, part y: the language of statistics agencies of Europe, Russia and Central Asia, the
 * Middle East, Africa and Latin America found by blind batch 25 (fixtures b25-… in
 * tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const tuples = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);

describe('currency signs of Africa, Romania and Latin America', () => {
  it('reads a "K" glued to the number as the kwacha, and a spaced or word-glued K as none', () => {
    expect(tuples('Zambia recorded a trade surplus of K4.2 billion in October 2026.')).toEqual([['2026-10', '2026-10', 4200000000, 'ZMW', null]]);
    expect(tuples("Malawi's tobacco exports earned K310.2 billion in October 2026.")).toEqual([['2026-10', '2026-10', 310200000000, 'MWK', null]]);
    expect(rowsOf('Exports of the new K9 model reached 12,000 vehicles in October 2026.').map((r) => r.unit)).not.toContain('ZMW');
  });

  it('reads "Kshs", "Ksh" and "Shs" as the Kenyan shilling', () => {
    expect(tuples('Kenyan coffee exports grew to Kshs 31.2 billion in October 2026.')).toEqual([['2026-10', '2026-10', 31200000000, 'KES', null]]);
    expect(tuples('Kenyan tea exports fell to Ksh 40.8 billion in October 2026.')).toEqual([['2026-10', '2026-10', 40800000000, 'KES', null]]);
  });

  it('reads "lei", "leu" and "RON" as the Romanian leu', () => {
    expect(tuples('Romania exported goods worth 41,6 billion lei in October 2026.')).toEqual([['2026-10', '2026-10', 41600000000, 'RON', null]]);
    expect(tuples('Romanian imports reached RON 55.3 billion in October 2026.')).toEqual([['2026-10', '2026-10', 55300000000, 'RON', null]]);
  });

  it('reads "U$S" and "U$D" as US dollars', () => {
    expect(tuples("Uruguay's exports totalled U$S 912 million in October 2026.")).toEqual([['2026-10', '2026-10', 912000000, 'USD', null]]);
    expect(tuples("Paraguay's imports reached U$D 1.1 billion in October 2026.")).toEqual([['2026-10', '2026-10', 1100000000, 'USD', null]]);
  });
});

describe('the reporting country of agencies and adjectives of batch 25', () => {
  it('gives the agency\'s country to figures when only the agency is named', () => {
    const cases: [string, string][] = [
      ['Exports fell 2.9% in the three months to October 2026, HM Revenue and Customs said.', 'United Kingdom'],
      ['The trade surplus was NOK 51.2 billion in October 2026, according to Statistics Norway.', 'Norway'],
      ['Exports rose 1.4% in October 2026, the Federal Office for Customs and Border Security said.', 'Switzerland'],
      ['Exports rose 3.2% in October 2026, according to the Hungarian Central Statistical Office.', 'Hungary'],
      ['Exports rose 3.2% in October 2026, Geostat said.', 'Georgia'],
      ['The trade surplus was K3.1 billion in October 2026, the Zambia Statistics Agency said.', 'Zambia'],
      ['Exports reached US$ 912 million in October 2026, according to Uruguay XXI.', 'Uruguay'],
    ];
    for (const [text, area] of cases) expect(rowsOf(text).map((r) => r.area), text).toEqual([area]);
  });

  it('reads the adjective of a reporting country in a headline as the area', () => {
    expect(rowsOf('Hungarian trade surplus widens to EUR 1.3 billion in October 2026').map((r) => r.area)).toEqual(['Hungary']);
    expect(rowsOf('Romanian exports rose 2.2% to 7.9 billion euro in October 2026.').map((r) => r.area)).toEqual(['Romania']);
  });

  it('names the Democratic Republic of the Congo as a partner', () => {
    const rows = rowsOf("Zambia's exports to the Democratic Republic of Congo accounted for 11.5 percent of export earnings in October 2026.");
    expect(rows.map((r) => [r.partner, r.value, r.unit])).toEqual([['Democratic Republic of the Congo', 11.5, 'percent-share']]);
  });
});

describe('a share of a flow', () => {
  it('takes the flow named right after "of", not the one before the share', () => {
    const rows = rowsOf("Trade with EU member states made up 78.1% of Slovakia's exports in October 2026 and 64.5% of its imports.");
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[78.1, 'export'], [64.5, 'import']]);
    const supplied = rowsOf('China took 15.2% of total exports in October 2026 and supplied 24.8% of imports.');
    expect(supplied.map((r) => [r.value, r.flow])).toEqual([[15.2, 'export'], [24.8, 'import']]);
  });
});

describe('quarters of a fiscal year written with its two years', () => {
  it('reads "the first quarter of the 2026/27 fiscal year" of a July-June country as July-September', () => {
    const text = 'Ethiopia earned 1.04 billion USD from goods exports in the first quarter of the 2026/27 Ethiopian fiscal year. The earning was 9.5 percent higher than the 950 million USD obtained in the same quarter of the previous fiscal year.';
    expect(tuples(text, '2026-10-20')).toEqual([
      ['2026-07', '2026-09', 1040000000, 'USD', 9.5],
      ['2025-07', '2025-09', 950000000, 'USD', null],
    ]);
  });

  it('counts the third quarter from the fiscal year\'s start', () => {
    expect(tuples("Kenya's exports reached Sh 301.4 billion in the third quarter of the 2026/2027 fiscal year.", '2027-04-20')).toEqual([['2027-01', '2027-03', 301400000000, 'KES', null]]);
  });
});

describe('a marketing year to date', () => {
  it('runs from the month the marketing year started to the story\'s month, its base a year before', () => {
    const text = 'Since the start of the 2026/2027 marketing year on July 1, the country has exported 9.3 million tonnes of grain, compared with 8.1 million tonnes as of the same date last year.';
    expect(tuples(text, '2026-10-15')).toEqual([
      ['2026-07', '2026-10', 9300000, 'tonnes', null],
      ['2025-07', '2025-10', 8100000, 'tonnes', null],
    ]);
  });

  it('leaves a marketing year whose start month is not given without a period', () => {
    expect(tuples('Since the start of the 2026/27 season, the country has exported 9.3 million tonnes of grain.', '2026-10-15').map((t) => [t[0], t[1]])).toEqual([['', '']]);
  });
});

describe('sizes of a change', () => {
  it('reads "lower by", "deepened by", a bracketed "by" and "larger than" amounts as changes, not levels', () => {
    const text = 'The trade balance ended in a surplus of CZK 16.1 bn in September 2026, which was y/y lower by CZK 4.2 bn. The surplus in trade in cars fell (by CZK 2.9 bn) and the deficit in trade in chemicals deepened by CZK 0.8 bn.';
    expect(tuples(text)).toEqual([['2026-09', '2026-09', 16100000000, 'CZK', null]]);
    expect(tuples('The trade deficit stood at 3,12 billion euro in September 2026, 0,41 billion euro larger than in September 2025.')).toEqual([['2026-09', '2026-09', -3120000000, 'EUR', null]]);
  });

  it('sets aside the plan an amount is measured against', () => {
    expect(tuples("Exports earned 1.04 billion USD in October 2026, 92 percent of the month's plan of 1.13 billion USD.").map((t) => t[2])).toEqual([1040000000]);
  });
});

describe('an adjusted variant of a change in brackets', () => {
  it('keeps the reported change with its level and sets the working-day or calendar adjusted one aside', () => {
    expect(tuples('Compared with October 2025, exports grew by 3.6% in nominal terms (working-day adjusted: +1.9%) to CHF 24,118 million in October 2026.')).toEqual([['2026-10', '2026-10', 24118000000, 'CHF', 3.6]]);
    expect(tuples('Imports fell 2.0% year on year (calendar adjusted: -1.1%) to EUR 14.2 billion in October 2026.')).toEqual([['2026-10', '2026-10', 14200000000, 'EUR', -2]]);
  });
});

describe('periods a release points back to', () => {
  it('dates a change after a dated opening base a year after the base', () => {
    const text = 'In October 2026 alone, exports were 8.402,1 million euro and imports 11.015,7 million euro. Compared with October 2025, exports increased by 2,7% and imports by 4,9%.';
    expect(tuples(text)).toEqual([
      ['2026-10', '2026-10', 8402100000, 'EUR', 2.7],
      ['2026-10', '2026-10', 11015700000, 'EUR', 4.9],
    ]);
  });

  it('reads "in the latest three months" as the last three-month span stated', () => {
    const text = 'In the three months to October 2026, exports were £95.1 billion. In the 12 months to October 2026, exports were £391.2 billion. Chemicals were the second largest group exported, at £14.2 billion in the latest three months.';
    expect(tuples(text).map((t) => [t[0], t[1], t[2]])).toEqual([
      ['2026-08', '2026-10', 95100000000],
      ['2025-11', '2026-10', 391200000000],
      ['2026-08', '2026-10', 14200000000],
    ]);
  });

  it('reads a 12-month rolling total as the twelve months to the last full month', () => {
    expect(tuples('On a 12-month rolling basis, exports reached $268.9 billion.', '2026-11-03')).toEqual([['2025-11', '2026-10', 268900000000, 'USD', null]]);
  });
});

describe('the subject a growth or flow belongs to', () => {
  it('gives a pronoun subject the flow of the sentence before, not of a later clause', () => {
    const rows = rowsOf('Swiss exports decreased in October 2026. Seasonally adjusted, they fell by 1.9% compared with the previous month to CHF 22,904 million, while imports rose by 0.8% to CHF 19,412 million.');
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[22904000000, 'export'], [19412000000, 'import']]);
  });

  it('pairs a bracketed growth with the level right before it', () => {
    const rows = tuples('Beef was the main export product in October 2026, with sales of US$ 188 million (+7% y/y), followed by pulp at US$ 171 million, down 2%, and rice at US$ 64 million.');
    expect(rows.map((t) => [t[2], t[4]])).toEqual([[188000000, 7], [171000000, -2], [64000000, null]]);
  });

  it('does not take the flow of what an inclusion aside counts in', () => {
    const rows = rowsOf("Uruguay's exports of goods, including shipments from free zones, totalled U$S 987 million in October 2026.");
    expect(rows.map((r) => [r.value, r.flow])).toEqual([[987000000, 'export']]);
  });
});

describe('second round of batch 25', () => {
  it('reads "GH₵" as the cedi and names Jordan', () => {
    expect(tuples('Ghana recorded a trade surplus of GH₵21.4 billion in the first half of 2026.')).toEqual([['2026-01', '2026-06', 21400000000, 'GHS', null]]);
    expect(rowsOf("Jordan's national exports rose 5.1 percent to JD7.1 billion in the first ten months of 2026.").map((r) => r.area)).toEqual(['Jordan']);
  });

  it('reads "net trade in goods" as the balance', () => {
    expect(rowsOf('Net trade in goods was SEK 11.2 billion in October 2026.').map((r) => [r.value, r.flow])).toEqual([[11200000000, 'balance']]);
  });

  it('goes on with the period a year after an opening base in the sentences after it', () => {
    const text = 'Exports were SEK 171.2 billion in October 2026. In October 2025, net trade was SEK 6.1 billion. Compared with October 2025, exports increased by 3 percent. Exports to EU countries rose by 5 percent.';
    expect(tuples(text).map((t) => [t[0], t[2], t[4]])).toEqual([['2026-10', 171200000000, 3], ['2025-10', 6100000000, null], ['2026-10', null, 5]]);
  });
});
