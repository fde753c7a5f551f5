/**
 * Rules of the fixing round for b246 and b243 (thirty-sixth session): periods of several years (a plan's span, a decade's
 * total), earlier years set beside the figures with their own levels, records, a year or a month set apart, and briefings'
 * full year with a last month or quarter. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growth = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.value === null && r.yoy_pct === yoy);
const span = (r: ObservationDraft | undefined) => (r ? `${r.period_start}..${r.period_end}` : 'none');

describe('a total over several years around the release\'s own year looks back; the next sentences keep the year', () => {
  it('reads "Over the four years from 2021 to 2024" then a partner figure of 2024', () => {
    const rows = releaseRows('HANOI, Jan. 9 -- Exports reached 402.1 billion USD in 2024, up 14 percent. Over the four years from 2021 to 2024, the surplus added up to 71 billion USD.\n\nJapan bought 24.6 billion USD of goods, up 5.2 percent.', '2025-01-09');
    expect(span(row(rows, 71e9))).toBe('2021-01..2024-12');
    expect(span(row(rows, 24.6e9))).toBe('2024-01..2024-12');
  });
  it('reads "In the ten years from 2015 to 2024" in the middle of a paragraph', () => {
    const rows = releaseRows('NANNING, March 2 -- Trade through the port came to 182.4 billion yuan in 2024, up 9.1 percent. In the ten years from 2015 to 2024, goods worth 1.1 trillion yuan crossed there. Imports rose 12.2 percent to 80.3 billion yuan.', '2025-03-02');
    expect(span(row(rows, 1.1e12))).toBe('2015-01..2024-12');
    expect(span(row(rows, 80.3e9))).toBe('2024-01..2024-12');
  });
  it('reads a five-year total given "between 2020 and 2024" with the verb first', () => {
    const rows = releaseRows('ALMATY, Feb. 4 -- Grain exports totalled 11.2 million tonnes in 2024, a rise of 6 percent. The country shipped 47.5 million tonnes of grain between 2020 and 2024, the ministry said.\n\nFlour exports were 2.1 million tonnes.', '2025-02-04');
    expect(span(row(rows, 47.5e6))).toBe('2020-01..2024-12');
    expect(span(row(rows, 2.1e6))).toBe('2024-01..2024-12');
  });
  it('reads a cumulative figure "over 2022-2024" closing its sentence', () => {
    const rows = releaseRows('DHAKA, Jan. 20 -- Garment exports earned 38.5 billion dollars in 2024, up 3 percent. Earnings added up to 113 billion dollars over 2022-2024. Knitwear earned 21.4 billion dollars.', '2025-01-20');
    expect(span(row(rows, 113e9))).toBe('2022-01..2024-12');
    expect(span(row(rows, 21.4e9))).toBe('2024-01..2024-12');
  });
  it('reads "from 2019 through 2024" opening a sentence of its own', () => {
    const rows = releaseRows('SEOUL, Jan. 3 -- Chip exports rose 43 percent to 141.9 billion dollars in 2024. From 2019 through 2024 the sector sold 620 billion dollars abroad. Display exports fell 1.2 percent to 19.6 billion dollars.', '2025-01-03');
    expect(span(row(rows, 620e9))).toBe('2019-01..2024-12');
    expect(span(row(rows, 19.6e9))).toBe('2024-01..2024-12');
  });
  it('goes on with a several-year span that is the release\'s own lead (guard)', () => {
    const rows = releaseRows('ASTANA, Feb. 15 -- Trade turnover for 2019-2023 amounted to 480.2 billion dollars. Exports came to 296.3 billion dollars.', '2024-02-15');
    expect(span(row(rows, 296.3e9))).toBe('2019-01..2023-12');
  });
  it('does not take a span of several years stated before any figure as a look back (guard)', () => {
    const rows = releaseRows('HAIKOU, June 3 -- Five years after the plan was unveiled in June 2020, trade has grown.\n\nFrom 2020 to 2024, the island\'s trade totalled 1.18 trillion yuan. Imports made up 742.5 billion yuan of it.', '2025-06-03');
    expect(span(row(rows, 742.5e9))).toBe('2020-01..2024-12');
  });
});

describe('the span a plan runs over is the figures\' period, not an outlook', () => {
  it('carries "over the 14th Five-Year Plan period (2021-2025)" to the next paragraph', () => {
    const rows = releaseRows('BEIJING, Jan. 14 -- Goods trade added up to 218.6 trillion yuan over the 14th Five-Year Plan period (2021-2025), the customs said.\n\nExports over the period came to 123.7 trillion yuan.', '2026-01-14');
    expect(span(row(rows, 123.7e12))).toBe('2021-01..2025-12');
  });
  it('carries "over the plan period (2016-2020)" to a sentence with no period', () => {
    const rows = releaseRows('HANOI, Jan. 9 -- Trade reached 2,300 billion USD over the plan period (2016-2020), the office said. Exports were 1,180 billion USD.', '2021-01-09');
    expect(span(row(rows, 1180e9))).toBe('2016-01..2020-12');
  });
  it('carries "during the plan years (2021-2023)"', () => {
    const rows = releaseRows('NAIROBI, Jan. 9 -- Tea exports earned 3.6 billion dollars during the plan years (2021-2023). Coffee earned 0.7 billion dollars.', '2024-01-09');
    expect(span(row(rows, 0.7e9))).toBe('2021-01..2023-12');
  });
  it('carries "over the strategy\'s span (2020-2024)" with a possessive noun', () => {
    const rows = releaseRows('ACCRA, Feb. 2 -- Cocoa exports came to 9.8 billion dollars under the national export plan span (2020-2024). Gold exports totalled 28.2 billion dollars.', '2025-02-02');
    expect(span(row(rows, 28.2e9))).toBe('2020-01..2024-12');
  });
  it('carries "under the 12th Five-Year Plan term (2011-2015)"', () => {
    const rows = releaseRows('BEIJING, Jan. 14 -- Goods trade came to 129 trillion yuan under the 12th Five-Year Plan term (2011-2015). Imports were 59 trillion yuan.', '2016-01-14');
    expect(span(row(rows, 59e12))).toBe('2011-01..2015-12');
  });
  it('still sets aside the year a target is for (guard)', () => {
    const rows = releaseRows('HANOI, Jan. 9 -- Exports rose 14 percent to 405.5 billion USD in 2024. The ministry set a target for 2025. Imports rose 16.7 percent to 380.8 billion USD.', '2025-01-09');
    expect(span(row(rows, 380.8e9))).toBe('2024-01..2024-12');
  });
});

describe('a year set apart opening a paragraph frames it', () => {
  const lead = 'BEIJING, Jan. 14 -- Goods trade added up to 218.6 trillion yuan in 2021-2025, the customs said.\n\n';
  it('reads "For 2025 alone," then a sentence with no period', () => {
    const rows = releaseRows(`${lead}For 2025 alone, trade amounted to 45.5 trillion yuan, up 3.8 percent. Exports climbed 6.1 percent to 26.99 trillion yuan.`, '2026-01-14');
    expect(span(row(rows, 26.99e12))).toBe('2025-01..2025-12');
  });
  it('reads "In 2025 by itself," then imports', () => {
    const rows = releaseRows(`${lead}In 2025 by itself, exports came to 26.9 trillion yuan. Imports were 18.4 trillion yuan.`, '2026-01-14');
    expect(span(row(rows, 18.4e12))).toBe('2025-01..2025-12');
  });
  it('reads "Last year alone," with the relative year', () => {
    const rows = releaseRows(`${lead}Last year alone, the surplus reached 8.5 trillion yuan. Exports rose 6.1 percent.`, '2026-01-14');
    expect(growth(rows, 6.1)?.period_start).toBe('2025-01');
    expect(growth(rows, 6.1)?.period_end).toBe('2025-12');
  });
  it('reads "During 2024 on its own" in a report on a four-year span', () => {
    const rows = releaseRows('SEOUL, Jan. 5 -- Exports totalled 2.6 trillion dollars in 2021-2024.\n\nDuring 2024 on its own, exports were 683.8 billion dollars. Imports were 632 billion dollars.', '2025-01-05');
    expect(span(row(rows, 632e9))).toBe('2024-01..2024-12');
  });
  it('reads "For the single year of 2024 alone"', () => {
    const rows = releaseRows('ASTANA, Feb. 5 -- Turnover came to 480 billion dollars in 2020-2024.\n\nFor the single year of 2024 alone, turnover was 141.4 billion dollars. Exports were 81.6 billion dollars.', '2025-02-05');
    expect(span(row(rows, 81.6e9))).toBe('2024-01..2024-12');
  });
  it('does not frame a paragraph by a year inside the sentence (guard)', () => {
    const rows = releaseRows(`${lead}Trade grew in 2025 alone by 3.8 percent to 45.5 trillion yuan, the office said. Exports over the period came to 123.7 trillion yuan.`, '2026-01-14');
    expect(span(row(rows, 123.7e12))).toBe('2021-01..2025-12');
  });
  it('does not read a year with no word setting it apart as framing (guard)', () => {
    const rows = releaseRows('HANOI, Jan. 9 -- Exports reached 405.5 billion USD in 2024.\n\nIn December alone, exports were 35.6 billion USD. Imports for the year were 380.8 billion USD.', '2025-01-09');
    expect(span(row(rows, 35.6e9))).toBe('2024-12..2024-12');
  });
});

describe('an earlier year\'s level set beside the figures for comparison dates its own sentence', () => {
  it('reads "By way of comparison," inside a five-year total, then a partner figure of the year in force', () => {
    const rows = releaseRows('BEIJING, Jan. 14 -- Trade came to 218.6 trillion yuan in 2021-2025. In 2025, trade amounted to 45.47 trillion yuan, up 3.8 percent. By way of comparison, trade stood at 39.1 trillion yuan in 2021. Trade with ASEAN came to 7.5 trillion yuan.', '2026-01-14');
    expect(span(row(rows, 39.1e12))).toBe('2021-01..2021-12');
    expect(span(row(rows, 7.5e12))).toBe('2025-01..2025-12');
  });
  it('reads "For reference:" in a statistics office\'s note', () => {
    const rows = releaseRows('The turnover for 2019-2023 combined amounted to 480.2 billion US dollars. In 2023 the turnover amounted to 139.8 billion US dollars and grew by 3.7% compared with 2022. For reference: in 2019 the turnover was 97.8 billion US dollars. Turnover with China reached 31.5 billion US dollars.', '2024-02-15');
    expect(span(row(rows, 97.8e9))).toBe('2019-01..2019-12');
    expect(span(row(rows, 31.5e9))).toBe('2023-01..2023-12');
  });
  it('reads "In contrast," with the year after the amount', () => {
    const rows = releaseRows('LIMA, Jan. 20 -- Copper exports earned 101 billion dollars over 2020-2024. In 2024, they earned 23.1 billion dollars. In contrast, they brought in 13.9 billion dollars in 2020. Gold exports earned 11.4 billion dollars.', '2025-01-20');
    expect(span(row(rows, 13.9e9))).toBe('2020-01..2020-12');
    expect(span(row(rows, 11.4e9))).toBe('2024-01..2024-12');
  });
  it('reads "To put this in perspective," with the year first', () => {
    const rows = releaseRows('SANTIAGO, Jan. 22 -- Cherry exports totalled 9.1 billion dollars in 2020-2024. In 2024 the fruit earned 2.5 billion dollars. To put this in perspective, in 2020 it earned 1.1 billion dollars. Grapes earned 0.9 billion dollars.', '2025-01-22');
    expect(span(row(rows, 1.1e9))).toBe('2020-01..2020-12');
    expect(span(row(rows, 0.9e9))).toBe('2024-01..2024-12');
  });
  it('reads "As recently as 2020" before the amount, and a sentence of no row', () => {
    const rows = releaseRows('BEIJING, Jan. 15 -- Vehicle exports came to 13.9 million units in 2020-2023. In 2023, they rose 57 percent to 5.2 million units. As recently as 2020 the trade earned 15.7 billion dollars. Parts exports grew 8.4 percent to 87.7 billion dollars.', '2024-01-15');
    expect(span(row(rows, 15.7e9))).toBe('2020-01..2020-12');
    expect(span(row(rows, 87.7e9))).toBe('2023-01..2023-12');
    const noRow = releaseRows('BEIJING, Jan. 15 -- Car exports rose 57 percent to 5.2 million units in 2023. As recently as 2020, the country was a small player. Parts exports grew 8.4 percent to 87.7 billion dollars.', '2024-01-15');
    expect(span(row(noRow, 87.7e9))).toBe('2023-01..2023-12');
  });
  it('reads "Looking back," as an opening', () => {
    const rows = releaseRows('HANGZHOU, Jan. 20 -- Trade came to 21.3 trillion yuan in 2020-2024. In 2024 it reached 5.21 trillion yuan, up 7.5 percent. Looking back, trade was 3.35 trillion yuan in 2020. Exports to the EU came to 512.3 billion yuan.', '2025-01-20');
    expect(span(row(rows, 512.3e9))).toBe('2024-01..2024-12');
  });
  it('does not take a base named inside the sentence as an aside (guard)', () => {
    const rows = releaseRows('In 2024 the volume of mutual trade amounted to 28.4 billion US dollars, having increased by 3.2% in comparison with 2023. Export made up 9.3 billion US dollars.', '2025-03-20');
    expect(span(row(rows, 9.3e9))).toBe('2024-01..2024-12');
  });
  it('goes on with an earlier year named with no words of comparison (guard)', () => {
    const rows = releaseRows('ASTANA, Feb. 15 -- Turnover for 2019-2023 came to 480 billion dollars. In 2023, turnover amounted to 139.8 billion dollars. In 2019, turnover was 97.8 billion dollars. Exports were 58.1 billion dollars.', '2024-02-15');
    expect(span(row(rows, 58.1e9))).toBe('2019-01..2019-12');
  });
});

describe('a year named as what a year was dates the figures given with it', () => {
  it('reads "The busiest year so far was 2023, when 901 trains ran"', () => {
    const rows = releaseRows('HEFEI, Sept. 20 -- In the first eight months of 2024, 612 trains ran, up 11.3 percent. The busiest year so far was 2023, when 901 trains ran.', '2024-09-20');
    expect(span(row(rows, 901))).toBe('2023-01..2023-12');
  });
  it('reads "2021 was the record year, with 1.2 million tonnes"', () => {
    const rows = releaseRows('ODESA, Nov. 20 -- Sunflower oil exports fell 4 percent to 610,000 tonnes in October. 2021 was the record year, with 6.4 million tonnes shipped.', '2026-11-20');
    expect(span(row(rows, 6.4e6))).toBe('2021-01..2021-12');
  });
  it('reads "the peak year remains 2019, when"', () => {
    const rows = releaseRows('MANZHOULI, Nov. 20 -- Timber imports were 3.1 million cubic meters in the first ten months. For the port, the peak year remains 2019, when 11.2 million cubic meters came in.', '2026-11-20');
    expect(span(row(rows, 11.2e6))).toBe('2019-01..2019-12');
  });
  it('reads "2022 remained its strongest year" with the figure after a comma', () => {
    const rows = releaseRows('PERTH, Nov. 20 -- Iron ore exports earned 9.8 billion dollars in October. 2022 remained the strongest year on record, with earnings of 132 billion dollars.', '2026-11-20');
    expect(span(row(rows, 132e9))).toBe('2022-01..2022-12');
  });
  it('reads "Its best year was 2018, with" in the past tense', () => {
    const rows = releaseRows('GDANSK, Nov. 20 -- The terminal handled 1.9 million TEU in the first ten months. Its best year was 2018, with 2.1 million TEU handled.', '2026-11-20');
    expect(span(row(rows, 2.1e6))).toBe('2018-01..2018-12');
  });
  it('does not read "the year before was" as a year named (guard)', () => {
    const rows = releaseRows('HEFEI, Sept. 20 -- In 2023, 901 trains ran. The year before was 2022, and 780 trains ran then.', '2024-09-20');
    expect(row(rows, 780)?.period_start).not.toBe('2022-01');
  });
  it('does not read a year the copula does not close (guard)', () => {
    const rows = releaseRows('HEFEI, Sept. 20 -- In the first eight months of 2024, 612 trains ran. The target year is 2030 for 1,500 trains.', '2024-09-20');
    expect(row(rows, 1500)?.period_start).not.toBe('2030-01');
  });
});

describe('a running total since "that first departure" runs from the first run stated before', () => {
  it('reads the first train "pulled out of Hefei in August 2014"', () => {
    const rows = releaseRows('HEFEI, Sept. 20 -- When the first freight train pulled out of Hefei in August 2014, it carried laptops.\n\nAs of the end of August this year, the hub had dispatched 5,812 trains since that first departure.', '2024-09-20');
    expect(span(row(rows, 5812))).toBe('2014-08..2024-08');
  });
  it('reads "the maiden service left for Duisburg in March 2011"', () => {
    const rows = releaseRows('CHONGQING, Nov. 20 -- The maiden service left for Duisburg in March 2011. The platform has run 16,200 trains since that maiden run.', '2026-11-20');
    expect(span(row(rows, 16200))).toBe('2011-03..2026-11');
  });
  it('reads "its inaugural train departed from Xi\'an on Nov. 28, 2013"', () => {
    const rows = releaseRows('XI\'AN, Nov. 20 -- The hub\'s inaugural train departed from Xi\'an on Nov. 28, 2013. Some 25,000 trains have run since that first train.', '2026-11-20');
    expect(span(row(rows, 25000))).toBe('2013-11..2026-11');
  });
  it('reads "the first shipment set off in May 2019" and "since this first shipment"', () => {
    const rows = releaseRows('QINZHOU, Nov. 20 -- The first sea-rail shipment set off in May 2019. Since this first shipment, the corridor has carried 1.8 million TEU.', '2026-11-20');
    expect(span(row(rows, 1.8e6))).toBe('2019-05..2026-11');
  });
  it('reads "the first China-Europe freight train rolled out of Yiwu in November 2014"', () => {
    const rows = releaseRows('YIWU, Nov. 20 -- The first China-Europe freight train rolled out of Yiwu in November 2014. The line has dispatched 9,600 trains since that first departure.', '2026-11-20');
    expect(span(row(rows, 9600))).toBe('2014-11..2026-11');
  });
  it('does not read a first train of a year as a launch (guard)', () => {
    const rows = releaseRows('XI\'AN, Nov. 20 -- The first train of the year left on Jan. 2. In the first ten months, 4,100 trains ran.', '2026-11-20');
    expect(span(row(rows, 4100))).toBe('2026-01..2026-10');
  });
  it('does not read "since the year\'s first departure" as a launch (guard)', () => {
    const rows = releaseRows('XI\'AN, Nov. 20 -- Since the beginning of the year, 4,100 trains have run.', '2026-11-20');
    expect(row(rows, 4100)?.period_start).toBe('2026-01');
  });
});

describe('a month as the subject of a verb of being frames its paragraph; the next paragraph has the year again', () => {
  const lead = 'GUANGZHOU, Jan. 19 -- Trade totalled 8.30 trillion yuan in 2023, up 0.3 percent.\n\n';
  const next = '\n\nTrade with ASEAN grew 4.1 percent to 1.38 trillion yuan.';
  it('reads "December turned out to be the strongest month"', () => {
    const rows = releaseRows(`${lead}Exports rose 2.5 percent. December turned out to be the strongest month of the year: trade in the month reached 780.2 billion yuan.${next}`, '2024-01-19');
    expect(span(row(rows, 1.38e12))).toBe('2023-01..2023-12');
  });
  it('reads "December ended up as the busiest month"', () => {
    const rows = releaseRows(`${lead}December ended up as the busiest month, with trade of 780.2 billion yuan.${next}`, '2024-01-19');
    expect(span(row(rows, 780.2e9))).toBe('2023-12..2023-12');
    expect(span(row(rows, 1.38e12))).toBe('2023-01..2023-12');
  });
  it('reads "December emerged as the peak"', () => {
    const rows = releaseRows(`${lead}Imports fell 3.6 percent. December emerged as the peak, at 780.2 billion yuan.${next}`, '2024-01-19');
    expect(span(row(rows, 1.38e12))).toBe('2023-01..2023-12');
  });
  it('reads "December again was the high point"', () => {
    const rows = releaseRows(`${lead}December again was the high point, when trade reached 780.2 billion yuan.${next}`, '2024-01-19');
    expect(span(row(rows, 1.38e12))).toBe('2023-01..2023-12');
  });
  it('reads "December stood out" and "December became"', () => {
    const rows = releaseRows(`${lead}December stood out, with trade of 780.2 billion yuan.${next}`, '2024-01-19');
    expect(span(row(rows, 1.38e12))).toBe('2023-01..2023-12');
    const other = releaseRows(`${lead}December became the year's best month, as trade reached 780.2 billion yuan.${next}`, '2024-01-19');
    expect(span(row(other, 1.38e12))).toBe('2023-01..2023-12');
  });
  it('keeps the month for a next paragraph that points back to it (guard)', () => {
    const rows = releaseRows(`${lead}December turned out to be the strongest month, with trade of 780.2 billion yuan.\n\nExports in the month rose 9.2 percent to 501.1 billion yuan.`, '2024-01-19');
    expect(span(row(rows, 501.1e9))).toBe('2023-12..2023-12');
  });
  it('does not take a span that opens on a month as the month (guard)', () => {
    const rows = releaseRows(`${lead}December 2023 to February 2024 became the busiest stretch, with 2.1 trillion yuan.`, '2024-03-19');
    expect(span(row(rows, 2.1e12))).toBe('2023-12..2024-02');
  });
});

describe('a list of quarters that names the noun once runs on past its first items', () => {
  const said = (text: string) => releaseRows(`BEIJING, Jan. 15 -- ${text}`, '2021-01-15');
  it('reads the fourth after the second and the third', () => {
    const rows = said('Trade fell 6.4 percent in the first quarter and 0.2 percent in the second, then grew 7.5 percent in the third and 8.3 percent in the fourth.');
    expect(span(growth(rows, 8.3))).toBe('2020-10..2020-12');
  });
  it('reads a long list with commas', () => {
    const rows = said('Exports of the province shrank 11.2 percent in the first quarter of the year, recovered by 3.4 percent in the second, rose 9.9 percent in the third, and jumped 14.6 percent in the fourth.');
    expect(span(growth(rows, 14.6))).toBe('2020-10..2020-12');
  });
  it('reads "for the final" after "for the third"', () => {
    const rows = said('Imports declined 2.1 percent for the first quarter of 2020 as factories shut, edged down 0.9 percent for the third, and climbed 4.4 percent for the final.');
    expect(span(growth(rows, 4.4))).toBe('2020-10..2020-12');
  });
  it('reads the ordinals with "while" joining the items', () => {
    const rows = said('Machinery exports dropped 8.8 percent in the first quarter amid the outbreak, rose 1.1 percent in the second while shipments recovered, and gained 9.3 percent in the third.');
    expect(span(growth(rows, 9.3))).toBe('2020-07..2020-09');
  });
  it('reads "during the fourth" at the end of a sentence', () => {
    const rows = said('Textile exports surged 31 percent in the second quarter on mask orders and rose a further 17 percent in the third, before easing to 6 percent growth during the fourth.');
    expect(span(growth(rows, 6))).toBe('2020-10..2020-12');
  });
  it('does not read an ordinal with no quarter in the sentence (guard)', () => {
    const rows = said('Exports rose 4 percent in 2020. The spokesman said it was the second time in a decade that growth beat forecasts, and 3.2 percent in the third.');
    expect(span(growth(rows, 3.2))).not.toBe('2020-07..2020-09');
  });
  it('does not read "the second" of a half as a quarter (guard)', () => {
    const rows = said('Exports fell 3 percent in the first half of 2020 and rose 11 percent in the second.');
    expect(span(growth(rows, 11))).not.toBe('2020-04..2020-06');
  });
});

describe('a compound annual growth rate over several years is no year-on-year change', () => {
  it('sets aside "a compound annual growth rate of roughly 11 percent over five years"', () => {
    const rows = releaseRows('HANGZHOU, Jan. 20 -- Trade first passed 4 trillion yuan in 2021, giving a compound annual growth rate of roughly 11 percent over five years.', '2025-01-20');
    expect(rows.some((r) => r.yoy_pct === 11)).toBe(false);
  });
  it('sets aside "grew at a compound annual rate of 9 percent to"', () => {
    const rows = releaseRows('SEOUL, Jan. 3 -- Battery exports grew at a compound annual rate of 9 percent to 9.8 billion dollars in 2024.', '2025-01-03');
    expect(row(rows, 9.8e9)?.yoy_pct).toBeNull();
  });
  it('sets aside "compounded annual growth of 7.2 per cent"', () => {
    const rows = releaseRows('MUMBAI, Jan. 5 -- Pharmaceutical exports have shown compounded annual growth of 7.2 per cent over the decade, reaching 27.9 billion dollars in 2024.', '2025-01-05');
    expect(rows.some((r) => r.yoy_pct === 7.2)).toBe(false);
  });
  it('sets aside "rose at a compound annual pace of 6.5%"', () => {
    const rows = releaseRows('HANOI, Jan. 9 -- Imports rose at a compound annual pace of 6.5% to 380.8 billion USD in 2024.', '2025-01-09');
    expect(row(rows, 380.8e9)?.yoy_pct).toBeNull();
  });
  it('sets aside "expanded at a CAGR of 12 percent to" and "growing at a compounded annual 9 percent"', () => {
    const rows = releaseRows('JAKARTA, Jan. 15 -- Nickel exports expanded at a CAGR of 12 percent to 33.9 billion dollars in 2024.', '2025-01-15');
    expect(row(rows, 33.9e9)?.yoy_pct).toBeNull();
    const other = releaseRows('SEOUL, Jan. 3 -- Battery exports, growing at a compounded annual 9 percent, reached 9.8 billion dollars in 2024.', '2025-01-03');
    expect(row(other, 9.8e9)?.yoy_pct).toBeNull();
  });
  it('keeps a yearly change beside a compound word of goods (guard)', () => {
    const rows = releaseRows('ZURICH, Jan. 9 -- Exports of chemical compounds rose 4.1 percent to 12.2 billion francs in 2024.', '2025-01-09');
    expect(row(rows, 12.2e9)?.yoy_pct).toBe(4.1);
  });
  it('keeps an annual change with no average or compounding (guard)', () => {
    const rows = releaseRows('HANOI, Jan. 9 -- Annual exports grew 14.3 percent to 405.5 billion USD in 2024.', '2025-01-09');
    expect(row(rows, 405.5e9)?.yoy_pct).toBe(14.3);
  });
});

describe('orders named in a clause of cause say why the trade moved; the figure is the trade\'s', () => {
  const lead = 'HA NOI, Jan. 10 -- Exports in 2022 reached 371.85 billion USD, up 10.6 per cent.';
  it('reads "were weaker as orders from Western markets slowed, at"', () => {
    const rows = releaseRows(`${lead} December exports were weaker as orders from Western markets slowed, at 29.2 billion USD, down 14 per cent year on year.`, '2023-01-10');
    expect(row(rows, 29.2e9)).toMatchObject({ period_start: '2022-12', yoy_pct: -14 });
  });
  it('reads "because new orders for chips picked up" before the amount', () => {
    const rows = releaseRows('SEOUL, Nov. 1 -- Exports rose because new orders for chips picked up, reaching 58.1 billion dollars in October, up 4.6 percent.', '2026-11-01');
    expect(row(rows, 58.1e9)).toMatchObject({ period_start: '2026-10', yoy_pct: 4.6 });
  });
  it('reads "amid slowing orders from Europe" opening the sentence', () => {
    const rows = releaseRows('HANOI, Nov. 6 -- Amid slowing orders from Europe, garment shipments came to 3.1 billion USD in October, down 6 percent.', '2026-11-06');
    expect(row(rows, 3.1e9)).toMatchObject({ period_start: '2026-10', yoy_pct: -6 });
  });
  it('reads "on the back of stronger orders" with the imports named', () => {
    const rows = releaseRows('TAIPEI, Nov. 8 -- On the back of stronger orders from Apple, imports of components climbed to 12.4 billion dollars in October.', '2026-11-08');
    expect(row(rows, 12.4e9)?.period_start).toBe('2026-10');
  });
  it('reads "as foreign orders dried up" in the past', () => {
    const rows = releaseRows('DHAKA, Nov. 9 -- Knitwear exports, which slid as foreign orders dried up, totalled 1.9 billion dollars in October.', '2026-11-09');
    expect(row(rows, 1.9e9)?.period_start).toBe('2026-10');
  });
  it('still sets aside export orders themselves (guard)', () => {
    const rows = releaseRows('TAIPEI, Dec. 20 -- Export orders rose 16.7 percent to 71.5 billion dollars in November as orders from the United States grew.', '2026-12-20');
    expect(row(rows, 71.5e9)).toBeUndefined();
  });
  it('still sets aside orders that are a second subject after "while" (guard)', () => {
    const rows = releaseRows('TAIPEI, Dec. 20 -- Orders for ICT products grew 38.2 percent to 27.9 billion dollars, while orders for electronic products rose 12.5 percent to 24.6 billion dollars.', '2026-12-20');
    expect(row(rows, 24.6e9)).toBeUndefined();
  });
});

describe('a levy opening a clause anywhere in the sentence, as the subject of taking money in, is no trade figure', () => {
  it('sets aside "said this week that import-linked taxes brought in about 1.9 trillion yuan"', () => {
    const rows = releaseRows('BEIJING, Jan. 14 -- Exports rose 6.2 percent to 26.41 trillion yuan in 2025. He referred reporters to the finance ministry, which said this week that import-linked taxes brought in about 1.9 trillion yuan last year.', '2026-01-14');
    expect(row(rows, 1.9e12)).toBeUndefined();
    expect(row(rows, 26.41e12)).toBeDefined();
  });
  it('sets aside "the treasury says export levies fetched 82 million dollars"', () => {
    const rows = releaseRows('NAIROBI, Nov. 20 -- Exports came to 1.1 billion dollars in October, and the treasury says export levies fetched 82 million dollars.', '2026-11-20');
    expect(row(rows, 82e6)).toBeUndefined();
  });
  it('sets aside ", as import-linked duties raked in 95 million dollars"', () => {
    const rows = releaseRows('QUITO, Nov. 20 -- Banana exports earned 310 million dollars in October, as import-linked duties raked in 95 million dollars.', '2026-11-20');
    expect(row(rows, 95e6)).toBeUndefined();
  });
  it('sets aside "where fuel taxes netted 2.3 billion rand" in a relative clause', () => {
    const rows = releaseRows('PRETORIA, Nov. 20 -- Imports rose 4 percent to 98 billion rand in October, a month where fuel taxes netted 2.3 billion rand.', '2026-11-20');
    expect(row(rows, 2.3e9)).toBeUndefined();
  });
  it('sets aside "(duties took in 640 million dollars)" in brackets', () => {
    const rows = releaseRows('LAGOS, Nov. 20 -- Imports fell 2 percent to 5.4 billion dollars in October (duties took in 640 million dollars).', '2026-11-20');
    expect(row(rows, 640e6)).toBeUndefined();
  });
  it('keeps goods subject to tariffs (guard)', () => {
    const rows = releaseRows('BEIJING, Jan. 14 -- Exports of goods subject to tariffs reached 5 billion yuan in 2025.', '2026-01-14');
    expect(row(rows, 5e9)).toBeDefined();
  });
  it('keeps exports that brought in money (guard)', () => {
    const rows = releaseRows('ACCRA, Nov. 20 -- Cocoa exports brought in 1.2 billion dollars in October, while taxes on them are due next year.', '2026-11-20');
    expect(row(rows, 1.2e9)).toBeDefined();
  });
});

describe('a change over several years, or a multiple of a level several years old, is no year-on-year change', () => {
  it('sets aside "up nearly 2.5 times in a decade" in a headline', () => {
    const rows = releaseRows('Youyiguan Port trade up nearly 2.5 times in a decade\n\nNANNING, March 12 -- Trade through the port reached 253.8 billion yuan in 2024, up 15.6 percent.', '2025-03-12');
    expect(rows.some((r) => r.yoy_pct === 250)).toBe(false);
    expect(row(rows, 253.8e9)?.yoy_pct).toBe(15.6);
  });
  it('sets aside "grown 80 percent over the past five years" before the level', () => {
    const rows = releaseRows('HANOI, Jan. 9 -- Electronics exports have grown 80 percent over the past five years, reaching 126 billion USD in 2024.', '2025-01-09');
    expect(row(rows, 126e9)?.yoy_pct).toBeNull();
  });
  it('sets aside "jumped threefold within ten years"', () => {
    const rows = releaseRows('ASTANA, Feb. 5 -- Grain exports jumped threefold within ten years to 11.2 million tonnes in 2024.', '2025-02-05');
    expect(row(rows, 11.2e6)?.yoy_pct).toBeNull();
  });
  it('sets aside "rose 43 percent across the last two decades"', () => {
    const rows = releaseRows('SEOUL, Jan. 3 -- Chip exports rose 43 percent across the last two decades.', '2025-01-03');
    expect(growth(rows, 43)).toBeUndefined();
  });
  it('sets aside "about 2.7 times the 102.8 billion yuan recorded in 2019" after a yearly change', () => {
    const rows = releaseRows('HAIKOU, June 3 -- Last year alone trade reached 277.6 billion yuan, up 14.1 percent year on year and about 2.7 times the 102.8 billion yuan recorded in 2019.', '2025-06-03');
    expect(rows.some((r) => r.yoy_pct === 270)).toBe(false);
    expect(span(row(rows, 102.8e9))).toBe('2019-01..2019-12');
  });
  it('sets aside "four times the 0.6 billion dollars of 2014"', () => {
    const rows = releaseRows('SANTIAGO, Jan. 22 -- Cherry exports reached 2.5 billion dollars in 2024, up 20 percent, and four times the 0.6 billion dollars of 2014.', '2025-01-22');
    expect(rows.some((r) => r.yoy_pct === 400)).toBe(false);
    expect(row(rows, 2.5e9)?.yoy_pct).toBe(20);
  });
  it('keeps a change over months (guard)', () => {
    const rows = releaseRows('HANOI, June 9 -- Exports rose 9 percent to 160 billion USD over the five months to May.', '2026-06-09');
    expect(row(rows, 160e9)?.yoy_pct).toBe(9);
  });
  it('keeps a yearly change beside "the fastest pace in five years" (guard)', () => {
    const rows = releaseRows('HANOI, Jan. 9 -- Exports grew 5.1 percent in 2024 to 405.5 billion USD, the fastest pace in five years.', '2025-01-09');
    expect(row(rows, 405.5e9)?.yoy_pct).toBe(5.1);
  });
});

describe('a mark broken, crossed or gone past is a bound (more than)', () => {
  it('reads "broke 3.5 trillion yuan"', () => {
    const rows = releaseRows('HANGZHOU, Jan. 20 -- Exports broke 3.5 trillion yuan in 2024.', '2025-01-20');
    expect(row(rows, 3.5e12)?.qualifier).toBe('more_than');
  });
  it('reads "crossed 200 billion yuan" with the place before', () => {
    const rows = releaseRows('NANNING, Jan. 20 -- Trade through the port crossed 200 billion yuan in 2024, customs said.', '2025-01-20');
    expect(row(rows, 200e9)?.qualifier).toBe('more_than');
  });
  it('reads "went past 1,000 runs" of a count', () => {
    const rows = releaseRows('HEFEI, Jan. 20 -- The hub\'s trains went past 1,000 runs in 2024.', '2025-01-20');
    expect(row(rows, 1000)?.qualifier).toBe('more_than');
  });
  it('reads "is breaking 1 trillion yuan for the first time" in the present', () => {
    const rows = releaseRows('XIAMEN, Jan. 20 -- Trade with ASEAN is breaking 1 trillion yuan for the first time this year.', '2025-01-20');
    expect(row(rows, 1e12)?.qualifier).toBe('more_than');
  });
  it('reads "have gone past 60 million units" in the perfect', () => {
    const rows = releaseRows('CHONGQING, Jan. 20 -- Exports of laptops have gone past 60 million units in 2024.', '2025-01-20');
    expect(row(rows, 60e6)?.qualifier).toBe('more_than');
  });
  it('keeps the headline mark as the body\'s figure, not a row of its own', () => {
    const rows = releaseRows('Zhejiang foreign trade breaks 5 trillion yuan for the first time\n\nHANGZHOU, Jan. 20 -- Zhejiang\'s imports and exports reached 5.21 trillion yuan in 2024, up 7.5 percent.', '2025-01-20');
    expect(row(rows, 5e12)).toBeUndefined();
  });
  it('does not read "cross-border" as crossing a mark (guard)', () => {
    const rows = releaseRows('SHENZHEN, Jan. 20 -- Cross-border e-commerce trade reached 2.6 trillion yuan in 2024.', '2025-01-20');
    expect(row(rows, 2.6e12)?.qualifier).toBe('exact');
  });
  it('does not read "broke a record with" as a bound (guard)', () => {
    const rows = releaseRows('QINGDAO, Jan. 20 -- Iron ore imports broke a record with 5.2 million tonnes in December 2024.', '2025-01-20');
    expect(row(rows, 5.2e6)?.qualifier).toBe('exact');
  });
});

describe('a span of several years named with a noun of span, or counted back from a year, is read as those years', () => {
  it('reads "Across the decade 2015-2024"', () => {
    const rows = releaseRows('NANNING, March 2 -- Across the decade 2015-2024, goods worth 1.1 trillion yuan crossed the port.', '2025-03-02');
    expect(span(row(rows, 1.1e12))).toBe('2015-01..2024-12');
  });
  it('reads "In the period 2019-2023" and "During the years 2021-2024"', () => {
    const rows = releaseRows('ASTANA, Feb. 5 -- In the period 2019-2023, turnover was 480 billion dollars.', '2025-02-05');
    expect(span(row(rows, 480e9))).toBe('2019-01..2023-12');
    const other = releaseRows('HANOI, Jan. 9 -- During the years 2021-2024, the surplus came to 74 billion dollars.', '2025-01-09');
    expect(span(row(other, 74e9))).toBe('2021-01..2024-12');
  });
  it('reads "over the five years to 2024" closing the sentence', () => {
    const rows = releaseRows('LIMA, Jan. 20 -- Copper exports earned 101 billion dollars over the five years to 2024.', '2025-01-20');
    expect(span(row(rows, 101e9))).toBe('2020-01..2024-12');
  });
  it('reads "Over the decade to 2024" opening the sentence', () => {
    const rows = releaseRows('SEOUL, Jan. 3 -- Over the decade to 2024, chip exports totalled 1.1 trillion dollars.', '2025-01-03');
    expect(span(row(rows, 1.1e12))).toBe('2015-01..2024-12');
  });
  it('reads "during the four years ending in 2024"', () => {
    const rows = releaseRows('DHAKA, Jan. 20 -- Garment exports came to 160 billion dollars during the four years ending in 2024.', '2025-01-20');
    expect(span(row(rows, 160e9))).toBe('2021-01..2024-12');
  });
  it('keeps twelve months counted to a month a rolling year (guard)', () => {
    const rows = releaseRows('CANBERRA, Aug. 4 -- Exports came to 480 billion dollars in the 12 months to June.', '2026-08-04');
    expect(span(row(rows, 480e9))).toBe('2025-07..2026-06');
  });
  it('does not read years counted to a year ahead as a period (guard)', () => {
    const rows = releaseRows('HANOI, Jan. 9 -- Exports rose 14 percent to 405.5 billion USD in 2024. The plan sees exports of 600 billion USD a year over the five years to 2030.', '2025-01-09');
    expect(row(rows, 600e9)?.period_start ?? '').not.toBe('2026-01');
  });
});

describe('a total over several years before the release\'s period looks back as well', () => {
  it('goes on with the year after "From 2019 to 2021, exports totalled"', () => {
    const rows = releaseRows('XIAMEN, Jan. 20 -- Exports rose 4 percent to 120 billion dollars in 2024. From 2019 to 2021, exports totalled 285 billion dollars.\n\nImports were 88 billion dollars.', '2025-01-20');
    expect(span(row(rows, 285e9))).toBe('2019-01..2021-12');
    expect(span(row(rows, 88e9))).toBe('2024-01..2024-12');
  });
  it('goes on with the year after "Between 2016 and 2019 they brought in"', () => {
    const rows = releaseRows('LIMA, Jan. 20 -- Copper exports earned 23.1 billion dollars in 2024. Between 2016 and 2019 they brought in 98 billion dollars. Gold exports earned 11.4 billion dollars.', '2025-01-20');
    expect(span(row(rows, 11.4e9))).toBe('2024-01..2024-12');
  });
  it('goes on with the year after a total "in 2017-2020" closing a sentence', () => {
    const rows = releaseRows('SEOUL, Jan. 3 -- Chip exports rose 43 percent to 141.9 billion dollars in 2024. The industry sold 450 billion dollars abroad in 2017-2020. Display exports were 19.6 billion dollars.', '2025-01-03');
    expect(span(row(rows, 19.6e9))).toBe('2024-01..2024-12');
  });
});
