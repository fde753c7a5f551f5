/**
 * Rules of the fixing round for b213 and b214 (issue 9, thirty-fourth session): each cause read in several frames of our
 * own, with near misses that must not trigger it. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const valued = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const span = (r: ObservationDraft | undefined) => (r ? `${r.period_start}..${r.period_end}` : 'no row');
const growths = (rows: ObservationDraft[]) => rows.map((r) => r.yoy_pct);

describe('a definite span of a count of months made an adjective ("the ten-month period") is the year\'s first months', () => {
  it('reads "for the ten-month period" in a wire sentence', () => {
    const rows = releaseRows('SEOUL, Nov. 10 -- Exports for the ten-month period came to 512.6 billion dollars, up 3.1 percent, the ministry said.', '2026-11-10');
    expect(span(valued(rows, 512.6e9))).toBe('2026-01..2026-10');
  });
  it('reads "over this nine-month span" opening the sentence', () => {
    const rows = releaseRows('Over this nine-month span, rice shipped abroad totalled 6.1 million tonnes, the agency said.', '2026-10-12');
    expect(span(valued(rows, 6.1e6))).toBe('2026-01..2026-09');
  });
  it('reads "during the 11-month stretch" written in digits', () => {
    const rows = releaseRows('During the 11-month stretch, imports of copper ore reached 25.4 million tonnes, 4 percent more than a year earlier.', '2026-12-08');
    expect(span(valued(rows, 25.4e6))).toBe('2026-01..2026-11');
  });
  it('reads "in the eight-month period" after its flow noun', () => {
    const rows = releaseRows('Imports in the eight-month period reached 1.2 trillion yuan, up 2 percent year on year.', '2026-09-08');
    expect(span(valued(rows, 1.2e12))).toBe('2026-01..2026-08');
  });
  it('reads "throughout the seven-month period" after the amount', () => {
    const rows = releaseRows('The port handled 2.3 million TEU throughout the seven-month period, the operator said.', '2026-08-10');
    expect(span(valued(rows, 2.3e6))).toBe('2026-01..2026-07');
  });
  it('does not read "the three-month period to June" as January to March (guard)', () => {
    const rows = releaseRows('LONDON, Aug 12 -- Goods exports in the three-month period to June rose 2 percent to 212.5 billion pounds.', '2026-08-12');
    expect(valued(rows, 212.5e9)?.period_end).not.toBe('2026-03');
  });
  it('does not read "a six-month period" of a deferral as a span of the figures (guard)', () => {
    const rows = releaseRows('Exporters may defer duties over a six-month period. Exports reached 4.5 billion dollars in October, up 6 percent.', '2026-11-10');
    expect(span(valued(rows, 4.5e9))).toBe('2026-10..2026-10');
  });
});

describe('a sentence of non-figure numbers that names the release\'s own span brings the next sentences back to it', () => {
  const lead = 'BEIJING, Nov. 7 -- The country\'s foreign trade grew 3.6 percent to 37.3 trillion yuan in the first ten months of 2026, customs said. October trade alone came to 3.7 trillion yuan, up 0.1 percent.';
  it('reads a pace "for the ten-month period" slower by percentage points', () => {
    const rows = releaseRows(`${lead} The pace for the ten-month period was 0.4 percentage points slower than in January-September. Trade with ASEAN reached 6.2 trillion yuan, up 8.9 percent.`, '2026-11-07');
    expect(span(valued(rows, 6.2e12))).toBe('2026-01..2026-10');
  });
  it('reads a rate "in the first ten months" a number of points higher than the year before', () => {
    const rows = releaseRows(`${lead} In the first ten months, the growth rate stood 1.2 points higher than a year earlier. Trade with the European Union was 4.8 trillion yuan, up 4.9 percent.`, '2026-11-07');
    expect(span(valued(rows, 4.8e12))).toBe('2026-01..2026-10');
  });
  it('reads "January-October growth" set against an earlier reading', () => {
    const rows = releaseRows(`${lead} January-October growth was 0.3 point below the January-September reading. Private firms handled 21.3 trillion yuan, up 7.2 percent.`, '2026-11-07');
    expect(span(valued(rows, 21.3e12))).toBe('2026-01..2026-10');
  });
  it('reads a half-year lead named back after a paragraph on June', () => {
    const text = 'HANOI, July 6 -- Goods trade rose 9 percent to 380 billion dollars in the first half of 2026, the office said. June trade alone was 66 billion dollars, up 4 percent. For the first half, the pace was 2 percentage points faster than in the first quarter. Trade with Japan was 24 billion dollars, up 5 percent.';
    expect(span(valued(releaseRows(text, '2026-07-06'), 24e9))).toBe('2026-01..2026-06');
  });
  it('reads the first three quarters named with a count of points', () => {
    const text = 'ASTANA, Oct. 14 -- Foreign trade turnover rose 6 percent to 98 billion dollars in the first nine months of 2026, the bureau said. September turnover alone was 11 billion dollars, up 2 percent. Over the first nine months, the gain was 1.5 points smaller than in the first half. Trade with China was 31 billion dollars, up 12 percent.';
    expect(span(valued(releaseRows(text, '2026-10-14'), 31e9))).toBe('2026-01..2026-09');
  });
  it('stays with the month when the aside names only a part of the span (guard)', () => {
    const rows = releaseRows(`${lead} October's pace was 0.5 points slower than September's. Trade with Laos was 41 billion yuan, up 3 percent.`, '2026-11-07');
    expect(span(valued(rows, 41e9))).toBe('2026-10..2026-10');
  });
  it('stays with the month when the aside names an earlier year (guard)', () => {
    const rows = releaseRows(`${lead} In 2019 the growth rate had been 3 points higher. Trade with Laos was 41 billion yuan, up 3 percent.`, '2026-11-07');
    expect(span(valued(rows, 41e9))).toBe('2026-10..2026-10');
  });
});

describe('a capital city as the subject of a verb of a government\'s stance is that government, not the figures\' area', () => {
  it('reads "as Beijing braces for" closing a lead with no figure', () => {
    const rows = releaseRows('China\'s export growth lost pace in November, adding to pressure on policymakers as Beijing braces for higher U.S. tariffs next year. Outbound shipments rose 6.7% to $312.3 billion.', '2026-12-10');
    expect(valued(rows, 312.3e9)?.area).toBe('China');
  });
  it('reads "while Beijing weighs" in a trailing clause before the figures', () => {
    const rows = releaseRows('China\'s soybean buying slowed in October, while Beijing weighs new purchases from Brazil. Arrivals fell 8 percent to 7.1 million tonnes.', '2026-11-08');
    expect(valued(rows, 7.1e6)?.area).toBe('China');
  });
  it('reads "Hanoi has vowed to" with an auxiliary', () => {
    const rows = releaseRows('Vietnam\'s exporters had a strong October, and Hanoi has vowed to narrow its surplus with the United States. Shipments abroad rose 9 percent to 38 billion dollars.', '2026-11-06');
    expect(valued(rows, 38e9)?.area).toBe('Vietnam');
  });
  it('reads "after Moscow unveiled" a quota', () => {
    const rows = releaseRows('Russia\'s grain exports dropped 12 percent to 5.2 million tonnes in October after Moscow unveiled a new quota.', '2026-11-12');
    expect(valued(rows, 5.2e6)?.area).toBe('Russia');
  });
  it('reads "Beijing is negotiating" opening the sentence', () => {
    const rows = releaseRows('Beijing is negotiating with Canberra over barley, and the country\'s barley imports reached 1.1 million tonnes in October, customs said.', '2026-11-20');
    expect(valued(rows, 1.1e6)?.area).not.toBe('Beijing');
  });
  it('keeps Beijing as the area of its own trade (guard)', () => {
    const rows = releaseRows('Beijing\'s imports and exports rose 7 percent to 3.1 trillion yuan in the first ten months, Beijing Customs said.', '2026-11-20');
    expect(valued(rows, 3.1e12)?.area).toBe('Beijing');
  });
  it('keeps Beijing as the area when it records the figures (guard)', () => {
    const rows = releaseRows('Beijing recorded foreign trade of 3.1 trillion yuan in the first ten months, up 7 percent, the municipal customs said.', '2026-11-20');
    expect(valued(rows, 3.1e12)?.area).toBe('Beijing');
  });
});

describe('a period after the figure that dates a rate the figure is set against dates that rate only', () => {
  const lead = 'BEIJING, Dec 10 - China\'s exports rose 6.7% in November from a year earlier, customs data showed.';
  it('reads "a steeper fall than the 2.3% decline in October"', () => {
    const rows = releaseRows(`${lead} Imports dropped 3.9% to $214.87 billion, a steeper fall than the 2.3% decline in October.`, '2026-12-10');
    expect(span(valued(rows, 214.87e9))).toBe('2026-11..2026-11');
    expect(span(rows.find((r) => r.yoy_pct === -2.3))).toBe('2026-10..2026-10');
  });
  it('reads "well above the 4% gain in October" after a quantity', () => {
    const rows = releaseRows(`${lead} Coal shipments reached 41.2 million tonnes, up 9 percent, well above the 4% gain in October.`, '2026-12-10');
    expect(span(valued(rows, 41.2e6))).toBe('2026-11..2026-11');
  });
  it('reads "compared with a 20 percent widening in October"', () => {
    const rows = releaseRows(`${lead} The trade surplus stood at $97.4 billion, compared with a 20 percent widening in October.`, '2026-12-10');
    expect(span(valued(rows, 97.4e9))).toBe('2026-11..2026-11');
  });
  it('reads "outpacing the 3.1% rise in October"', () => {
    const rows = releaseRows(`${lead} Crude imports totalled 46.7 million tonnes, up 8 percent, outpacing the 3.1% rise in October.`, '2026-12-10');
    expect(span(valued(rows, 46.7e6))).toBe('2026-11..2026-11');
  });
  it('goes on with the release\'s month in the next sentence, not the compared rate\'s', () => {
    const rows = releaseRows(`${lead} Imports dropped 3.9% to $214.87 billion, a steeper fall than the 2.3% decline in October. Weak demand weighed on purchases. Exports to Japan were $13.1 billion.`, '2026-12-10');
    expect(span(valued(rows, 13.1e9))).toBe('2026-11..2026-11');
  });
  it('keeps a period that bounds an amount with "more than" (guard)', () => {
    const rows = releaseRows('Exports slid more than 12 percent on-year in the first 20 days of May. Outbound shipments came to 31.4 billion dollars in the period, down 13.8 percent.', '2026-05-21');
    expect(span(valued(rows, 31.4e9))).toBe('2026-05..2026-05');
  });
  it('keeps the figure\'s own month stated before the compared rate (guard)', () => {
    const rows = releaseRows('Imports dropped 2.3% in October to $200.5 billion, after a 1.1% rise in September.', '2026-11-07');
    expect(span(valued(rows, 200.5e9))).toBe('2026-10..2026-10');
  });
});

describe('a later clause that gives the figure\'s quantity an amount at another period is its dated base', () => {
  const lead = 'Hohhot Customs said on July 19 that in the first half of 2026 the region\'s trade was 98.5 billion yuan, up 8.9%.';
  it('reads ", while it was ... in the first half of 2025"', () => {
    const rows = releaseRows(`${lead} The export of farm goods was 2.36 billion yuan, up 19.2%, while it was 1.98 billion yuan in the first half of 2025.`, '2026-07-19');
    expect(span(valued(rows, 2.36e9))).toBe('2026-01..2026-06');
    expect(span(valued(rows, 1.98e9))).toBe('2025-01..2025-06');
  });
  it('reads ", whereas the figure was ... in" an earlier half', () => {
    const rows = releaseRows(`${lead} Timber imports totalled 3.1 million cubic metres, whereas the figure was 4.4 million cubic metres in the first half of 2019.`, '2026-07-19');
    expect(span(valued(rows, 3.1e6))).toBe('2026-01..2026-06');
  });
  it('reads "; they were ... in" after a semicolon', () => {
    const rows = releaseRows(`${lead} Car exports reached 41,000 units; they were 25,000 units in the first half of 2024.`, '2026-07-19');
    expect(span(valued(rows, 41000))).toBe('2026-01..2026-06');
  });
  it('reads ", but the total was ... in"', () => {
    const rows = releaseRows(`${lead} Seafood exports stood at 5.2 billion yuan, but the total was 6.0 billion yuan in the first half of 2023.`, '2026-07-19');
    expect(span(valued(rows, 5.2e9))).toBe('2026-01..2026-06');
  });
  it('reads ", against which the volume had been ... in"', () => {
    const rows = releaseRows(`${lead} Fertilizer imports amounted to 589,000 tonnes, against which the volume had been 402,000 tonnes in the first half of 2025.`, '2026-07-19');
    expect(span(valued(rows, 589000))).toBe('2026-01..2026-06');
  });
  it('leaves a later clause with a subject of its own to the period it ends on (guard)', () => {
    const rows = releaseRows('Soybean imports were 5.1 million tonnes, while corn arrivals were 2.2 million tonnes in June.', '2026-07-10');
    expect(span(valued(rows, 5.1e6))).toBe('2026-06..2026-06');
  });
  it('keeps a pronoun clause with no amount from dating the figure elsewhere (guard)', () => {
    const rows = releaseRows(`${lead} Wool exports were 310 million yuan in the first half of 2026, and it was the port's busiest half.`, '2026-07-19');
    expect(span(valued(rows, 310e6))).toBe('2026-01..2026-06');
  });
});

describe('a change opened by a bare verb right after a price is the price\'s change, no row', () => {
  const lead = 'In the first half of 2026, the region imported 41.8 million tonnes of coal, increased by 33.5%.';
  it('reads "the average import price was 630 yuan per ton, decreased 20.4%"', () => {
    const rows = releaseRows(`${lead} The value was 26.3 billion yuan, increased by 6.2%, the average import price was 630 yuan per ton, decreased 20.4%.`, '2026-07-19');
    expect(growths(rows)).not.toContain(-20.4);
  });
  it('reads "rose 3.2 percent" after a price a kilogram', () => {
    const rows = releaseRows(`${lead} The unit price of exported tea stood at 5.1 dollars a kilogram, rose 3.2 percent.`, '2026-07-19');
    expect(growths(rows)).not.toContain(3.2);
  });
  it('reads "increased by 8%" after a price per tonne', () => {
    const rows = releaseRows(`${lead} Beef sold abroad averaged 6,200 dollars per tonne, increased by 8%.`, '2026-07-19');
    expect(growths(rows)).not.toContain(8);
  });
  it('reads "fell 11 percent" after an average price', () => {
    const rows = releaseRows(`${lead} The average price of imported ore was 105 dollars per ton, fell 11 percent.`, '2026-07-19');
    expect(growths(rows)).not.toContain(-11);
  });
  it('reads "dropped 6.5 percent" after a price per kilogram in a later clause', () => {
    const rows = releaseRows(`${lead} Durian imports were 86,000 tonnes, and the import price was about 28 yuan per kilogram, dropped 6.5 percent.`, '2026-07-19');
    expect(growths(rows)).not.toContain(-6.5);
  });
  it('keeps the change a bare verb gives a quantity (guard)', () => {
    expect(valued(releaseRows(lead, '2026-07-19'), 41.8e6)?.yoy_pct).toBe(33.5);
  });
  it('keeps the change a bare verb gives a value (guard)', () => {
    const rows = releaseRows(`${lead} The value was 26.3 billion yuan, increased 6.2%.`, '2026-07-19');
    expect(valued(rows, 26.3e9)?.yoy_pct).toBe(6.2);
  });
});

describe('a table column headed by its base and then a change mark is the change on the year', () => {
  const table = (head: string) =>
    [
      'Yunnan Province foreign trade, January-May 2026',
      '',
      'Table: Yunnan Province import and export by trade mode, January-May 2026 (Unit: RMB 10,000)',
      `Item | January-May | ${head}`,
      'Total import and export | 6,428,315 | 12.6',
      'Export | 3,507,921 | 18.4',
      'Import | 2,920,394 | 6.3',
    ].join('\n');
  const yoys = (head: string) => releaseRows(table(head), '2026-06-22').map((r) => [r.value, r.yoy_pct]);
  const read = [
    [64283150000, 12.6],
    [35079210000, 18.4],
    [29203940000, 6.3],
  ];
  it('reads "Same period last year ±%"', () => expect(yoys('Same period last year ±%')).toEqual(read));
  it('reads "Previous year +/- (%)"', () => expect(yoys('Previous year +/- (%)')).toEqual(read));
  it('reads "Same period of the previous year ±(%)"', () => expect(yoys('Same period of the previous year ±(%)')).toEqual(read));
  it('reads "Year-ago ±%"', () => expect(yoys('Year-ago ±%')).toEqual(read));
  it('reads "A year earlier +/- %"', () => expect(yoys('A year earlier +/- %')).toEqual(read));
  it('does not read a column of the year before\'s levels as a change (guard)', () => {
    expect(growths(releaseRows(table('Same period last year'), '2026-06-22'))).not.toContain(12.6);
  });
  it('does not read a change on the month before as one on the year (guard)', () => {
    expect(growths(releaseRows(table('Previous month ±%'), '2026-06-22'))).not.toContain(12.6);
  });
});

describe('a country named after a measure it owns ("the export policy adjustment of Russia") is its government', () => {
  const lead = 'Manzhouli Customs said that in the first three quarters of 2026 the freight volume of Manzhouli Port was 12.4 million tonnes, down 3.8%.';
  it('reads "affected by the export policy adjustment of Russia"', () => {
    const rows = releaseRows(`${lead} The timber imported was 6.1 million cubic meters, decreased 11.5%, affected by the export policy adjustment of Russia.`, '2026-10-15');
    expect(valued(rows, 6.1e6)?.area).toBe('Manzhouli Port');
  });
  it('reads "after the log export ban of New Zealand"', () => {
    const rows = releaseRows(`${lead} Log imports fell 20 percent to 1.1 million cubic meters after the log export ban of New Zealand.`, '2026-10-15');
    expect(valued(rows, 1.1e6)?.area).toBe('Manzhouli Port');
  });
  it('reads "under the new export quotas of Kazakhstan"', () => {
    const rows = releaseRows(`${lead} Fertilizer arrivals dropped to 589,000 tonnes under the new export quotas of Kazakhstan.`, '2026-10-15');
    expect(valued(rows, 589000)?.area).toBe('Manzhouli Port');
  });
  it('reads "hit by the tariffs imposed by the United States"', () => {
    const rows = releaseRows(`${lead} Machinery exports slowed to 2.3 billion yuan, hit by the tariffs imposed by the United States.`, '2026-10-15');
    expect(valued(rows, 2.3e9)?.area).toBe('Manzhouli Port');
  });
  it('reads "owing to the trade restrictions of Mongolia"', () => {
    const rows = releaseRows(`${lead} Coal imports shrank to 3.3 million tonnes owing to the trade restrictions of Mongolia.`, '2026-10-15');
    expect(valued(rows, 3.3e6)?.area).toBe('Manzhouli Port');
  });
  it('keeps a country goods come from as the partner (guard)', () => {
    const rows = releaseRows(`${lead} Timber arrivals from Russia rose 5 percent to 2.2 million cubic meters.`, '2026-10-15');
    expect(valued(rows, 2.2e6)).toMatchObject({ area: 'Manzhouli Port', partner: 'Russia' });
  });
  it('keeps a country\'s own figures its own when no measure is named (guard)', () => {
    const rows = releaseRows('ASTANA, Oct. 15 -- Grain exports of Kazakhstan reached 8.1 million tonnes in the first nine months of 2026, the ministry said.', '2026-10-15');
    expect(valued(rows, 8.1e6)?.area).toBe('Kazakhstan');
  });
});

describe('the period a trend, streak or slide is of dates that trend, not the figures', () => {
  const lead = 'In the first three quarters of 2026, the freight volume through Suifenhe Port was 10.2 million tonnes, up 6.2%.';
  it('reads "continued the downward trend of last year"', () => {
    const rows = releaseRows(`${lead} The import of timber was 2.97 million cubic meters, decrease 14.1%, continued the downward trend of last year; the import of coal was 3.1 million tons.`, '2026-10-21');
    expect(span(valued(rows, 2.97e6))).toBe('2026-01..2026-09');
    expect(span(valued(rows, 3.1e6))).toBe('2026-01..2026-09');
  });
  it('reads "extending a slide seen since 2024"', () => {
    const rows = releaseRows(`${lead} Pulp imports fell to 420,000 tonnes, extending a slide seen since 2024.`, '2026-10-21');
    expect(span(valued(rows, 420000))).toBe('2026-01..2026-09');
  });
  it('reads "reversing last year\'s downward trend"', () => {
    const rows = releaseRows(`${lead} Coal imports climbed 12% to 3.0 million tonnes, reversing last year's downward trend.`, '2026-10-21');
    expect(span(valued(rows, 3.0e6))).toBe('2026-01..2026-09');
  });
  it('reads "in line with the tendency of 2025"', () => {
    const rows = releaseRows(`${lead} Vegetable exports dropped 7 percent to 410,000 tonnes, in line with the tendency of 2025.`, '2026-10-21');
    expect(span(valued(rows, 410000))).toBe('2026-01..2026-09');
  });
  it('reads "keeping the upward momentum of 2025"', () => {
    const rows = releaseRows(`${lead} Fruit exports rose to 180,000 tonnes, keeping the upward momentum of 2025.`, '2026-10-21');
    expect(span(valued(rows, 180000))).toBe('2026-01..2026-09');
  });
  it('keeps the period of momentum "in" the figures\' own months (guard)', () => {
    const rows = releaseRows('BEIJING, Dec. 7 -- China\'s foreign trade kept up robust momentum in the first 11 months of 2026, with imports and exports up 5 percent to 40.1 trillion yuan.', '2026-12-07');
    expect(span(valued(rows, 40.1e12))).toBe('2026-01..2026-11');
  });
  it('keeps a month that a trend is only said to show (guard)', () => {
    const rows = releaseRows('The trend in October was clear: exports rose 3 percent to 300.2 billion dollars.', '2026-11-07');
    expect(span(valued(rows, 300.2e9))).toBe('2026-10..2026-10');
  });
});

describe('a clause after a semicolon opened by the same period of a named year states that year\'s level', () => {
  it('reads "; in the same period of 2025, the city\'s trade was"', () => {
    const rows = releaseRows('In 2026, the trade of Dongxing City was 34.6 billion yuan, decreased by 8.7%; in the same period of 2025, the city\'s trade was 37.9 billion yuan.', '2027-01-28');
    expect(span(valued(rows, 37.9e9))).toBe('2025-01..2025-12');
  });
  it('reads "; in the same period of 2024, they were" after a half-year', () => {
    const rows = releaseRows('Exports in the first half of 2026 came to 12.3 billion dollars; in the same period of 2024, they were 9.4 billion dollars.', '2026-07-20');
    expect(span(valued(rows, 9.4e9))).toBe('2024-01..2024-06');
  });
  it('reads "; during the corresponding months of 2025 it stood at" with no comma', () => {
    const rows = releaseRows('Imports from January to May 2026 reached 2.9 billion dollars; during the corresponding months of 2025 it stood at 2.6 billion dollars.', '2026-06-20');
    expect(span(valued(rows, 2.6e9))).toBe('2025-01..2025-05');
  });
  it('reads "; for the same quarter of 2025, imports totalled"', () => {
    const rows = releaseRows('In the first quarter of 2026, coal imports were 3.4 million tonnes; for the same quarter of 2025, imports totalled 2.1 million tonnes.', '2026-04-20');
    expect(span(valued(rows, 2.1e6))).toBe('2025-01..2025-03');
  });
  it('reads "; over the same half of 2023, the port handled"', () => {
    const rows = releaseRows('In the first half of 2026, the port handled 950,000 TEU; over the same half of 2023, the port handled 800,000 TEU.', '2026-07-20');
    expect(span(valued(rows, 800000))).toBe('2023-01..2023-06');
  });
  it('leaves a semicolon clause opened by another period to that period (guard)', () => {
    const rows = releaseRows('In the first half of 2026, exports were 12.3 billion dollars; in June alone, exports were 2.2 billion dollars.', '2026-07-20');
    expect(span(valued(rows, 2.2e9))).toBe('2026-06..2026-06');
  });
  it('keeps a change on the same period of a year as the figure\'s change (guard)', () => {
    const rows = releaseRows('In the first half of 2026, exports were 12.3 billion dollars, up 4% compared with the same period of 2025.', '2026-07-20');
    expect(levelTuple(valued(rows, 12.3e9)!)).toEqual(['2026-01', '2026-06', 12.3e9, 'USD', 4]);
  });
});

describe('an effort to make a level reach an amount names what is aimed at, no row', () => {
  const lead = 'In 2026 the city\'s foreign trade was 34.6 billion yuan, up 8.7%.';
  const values = (text: string) => releaseRows(text, '2027-01-28').map((r) => r.value);
  it('reads "is trying to make the processing trade exceed"', () => {
    expect(values(`${lead} The city is trying to make the processing trade exceed 6 billion yuan.`)).not.toContain(6e9);
  });
  it('reads "is endeavouring to make border trade top"', () => {
    expect(values(`${lead} The county is endeavouring to make border trade top 2 billion yuan.`)).not.toContain(2e9);
  });
  it('reads "are straining to lift ... to"', () => {
    expect(values(`${lead} Firms are straining to lift the province's exports to 9 billion dollars.`)).not.toContain(9e9);
  });
  it('reads "are working to get annual turnover past"', () => {
    expect(values(`${lead} Officials are working to get annual turnover past 100 billion yuan.`)).not.toContain(100e9);
  });
  it('reads "seeks to help ... reach"', () => {
    expect(values(`${lead} The zone seeks to help its e-commerce exports reach 5 billion yuan.`)).not.toContain(5e9);
  });
  it('keeps an amount that something helped a flow reach (guard)', () => {
    expect(values('In 2026, new rail links helped exports reach 5.1 billion yuan, up 3%.')).toContain(5.1e9);
  });
  it('keeps an amount in a clause after an effort (guard)', () => {
    expect(values('In 2026, the city is trying new routes, and exports reached 3.2 billion yuan, up 4%.')).toContain(3.2e9);
  });
});

describe('a change someone strives, aims or works for is a goal, no row', () => {
  const lead = 'In 2025, Kashgar Prefecture\'s foreign trade was 25.6 billion yuan, up 9%.';
  const yoys = (text: string) => growths(releaseRows(text, '2026-02-10'));
  it('reads "will strive for the foreign trade growth of 10%"', () => {
    expect(yoys(`${lead} In 2026, the prefecture will strive for the foreign trade growth of 10%.`)).not.toContain(10);
  });
  it('reads "is pushing for 7 percent growth"', () => {
    expect(yoys(`${lead} The bureau is pushing for 7 percent growth in exports this year.`)).not.toContain(7);
  });
  it('reads "is seeking an increase of 15%"', () => {
    expect(yoys(`${lead} The port is seeking an increase of 15% in container throughput this year.`)).not.toContain(15);
  });
  it('reads "working towards a rise of 12 percent"', () => {
    expect(yoys(`${lead} Officials are working towards a rise of 12 percent in border trade this year.`)).not.toContain(12);
  });
  it('reads "works for an export increase of 11%"', () => {
    expect(yoys(`${lead} The city works for an export increase of 11% this year.`)).not.toContain(11);
  });
  it('keeps a change when the firms sought something else (guard)', () => {
    expect(yoys('In 2025, exports rose 10% to 5.5 billion yuan, as the firms sought new buyers.')).toContain(10);
  });
  it('keeps a change pushed by a cause (guard)', () => {
    expect(yoys('In 2025, new routes pushed border trade up 9 percent to 3.3 billion yuan.')).toContain(9);
  });
});

describe('an aside of where the goods mostly came from, opened by "which is", names no area', () => {
  const lead = 'Nanning Customs said Guangxi\'s foreign trade in 2026 was 660 billion yuan, up 10%.';
  it('reads ", which is mainly from the Qinzhou Bonded Port Area"', () => {
    const rows = releaseRows(`${lead} The import and export by the bonded logistics was 104.5 billion yuan, increased 30.8%, which is mainly from the Qinzhou Bonded Port Area and the comprehensive bonded zones.`, '2027-01-20');
    expect(valued(rows, 104.5e9)?.area).toBe('Guangxi');
  });
  it('reads ", which are mostly from" a border port', () => {
    const rows = releaseRows(`${lead} Fruit imports were 2.1 million tonnes, which are mostly from Dongxing Port.`, '2027-01-20');
    expect(valued(rows, 2.1e6)?.area).toBe('Guangxi');
  });
  it('reads ", which were mainly through Youyiguan Port"', () => {
    const rows = releaseRows(`${lead} Vehicle parts exports were 8.8 billion yuan, which were mainly through Youyiguan Port.`, '2027-01-20');
    expect(valued(rows, 8.8e9)?.area).toBe('Guangxi');
  });
  it('reads ", that is chiefly from Qinzhou Port"', () => {
    const rows = releaseRows(`${lead} Crude imports were 14.2 million tonnes, that is chiefly from Qinzhou Port.`, '2027-01-20');
    expect(valued(rows, 14.2e6)?.area).toBe('Guangxi');
  });
  it('reads ", which comes largely from Fangchenggang Port"', () => {
    const rows = releaseRows(`${lead} Iron ore imports were 31.5 million tonnes, which comes largely from Fangchenggang Port.`, '2027-01-20');
    expect(valued(rows, 31.5e6)?.area).toBe('Guangxi');
  });
  it('keeps a zone that is the subject of its own figure (guard)', () => {
    const rows = releaseRows(`${lead} The Qinzhou Bonded Port Area's trade was 40.2 billion yuan, which is mainly processing trade.`, '2027-01-20');
    expect(valued(rows, 40.2e9)?.area).toBe('Qinzhou Bonded Port Area');
  });
  it('keeps a port named as the subject after such an aside closes (guard)', () => {
    const rows = releaseRows(`${lead} Youyiguan Port handled fruit of 1.4 million tonnes, up 12%.`, '2027-01-20');
    expect(valued(rows, 1.4e6)?.area).toBe('Youyiguan Port');
  });
});
