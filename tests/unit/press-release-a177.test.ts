/**
 * Rules widened in the fixing round for b280 (Hong Kong, Macao and Taiwan agencies): each phenomenon in several frames of
 * our own, with near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null, yoy?: number) => rows.find((r) => r.value === value && (yoy === undefined || r.yoy_pct === yoy));
const values = (rows: ObservationDraft[]) => rows.map((r) => r.value);

describe('a numbered section after a year-to-date aside reports the release month again', () => {
  const head = 'Trade release: May 2026\n\n1. Summary\nExports in May 2026 were US$40.2 billion, up 12.0%.\n\n';
  it('reads commodity bullets under "2. Exports by product" as May, after a January-May sentence', () => {
    const rows = releaseRows(`${head}For January-May 2026, exports came to US$190.5 billion, up 9.0%.\n\n2. Exports by product\n- Machinery: US$12.1 billion, +15.2%.`, '2026-06-09');
    expect(row(rows, 12.1e9)).toMatchObject({ period_start: '2026-05', period_end: '2026-05' });
  });
  it('reads a destination paragraph under "3) Main markets" as May, after "the first five months"', () => {
    const rows = releaseRows(`${head}In the first five months, imports totalled US$150.3 billion.\n\n3) Main markets\nShipments to Japan reached US$4.4 billion, a rise of 6.1%.`, '2026-06-09');
    expect(row(rows, 4.4e9)).toMatchObject({ period_start: '2026-05', period_end: '2026-05' });
  });
  it('reads a Roman-numbered section as the month after a cumulative sentence', () => {
    const rows = releaseRows(`${head}Cumulative exports from January to May rose 8.8% to US$188.0 billion.\n\nII. Exports by region\nThe United States bought US$9.9 billion of goods, 20.4% more than a year earlier.`, '2026-06-09');
    expect(row(rows, 9.9e9)).toMatchObject({ period_start: '2026-05', period_end: '2026-05' });
  });
  it('reads a shares bullet in the new section as the month', () => {
    const rows = releaseRows(`${head}Year-to-date (January-May) exports stood at US$191.0 billion.\n\n4. Structure\n- Chips: US$15.0 billion, 37.3% of total exports.`, '2026-06-09');
    expect(row(rows, 37.3)).toMatchObject({ period_start: '2026-05', period_end: '2026-05' });
  });
  it('reads an import section as the month after an eleven-month aside in a November release', () => {
    const rows = releaseRows('Monthly trade: November 2025\n\n1. Overview\nImports in November 2025 rose 3.1% to US$30.5 billion. For January-November, imports were US$320.8 billion.\n\n2. Imports by source\n- Australia: US$2.6 billion, -4.0%.', '2025-12-08');
    expect(row(rows, 2.6e9)).toMatchObject({ period_start: '2025-11', period_end: '2025-11' });
  });
  it('keeps the year to date when the sentence after it is in the same section (near miss)', () => {
    const rows = releaseRows(`${head}For January-May 2026, exports came to US$190.5 billion, up 9.0%. Machinery accounted for US$60.2 billion of them.`, '2026-06-09');
    expect(row(rows, 60.2e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-05' });
  });
  it('keeps the year to date under an unnumbered line that is no section heading (near miss)', () => {
    const rows = releaseRows(`${head}For January-May 2026, exports came to US$190.5 billion, up 9.0%.\n\nMachinery made up US$60.2 billion of that.`, '2026-06-09');
    expect(row(rows, 60.2e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-05' });
  });
});

describe('a change said to be in the second money is that money\'s level\'s change', () => {
  it('reads "(42.1% in NT$ terms)" after the US$ change', () => {
    const rows = releaseRows('Exports in May 2026 amounted to US$40.20 billion (NT$1,290.4 billion), an increase of 12.0% over a year earlier (9.8% in NT$ terms).', '2026-06-09');
    expect(rows.map(levelTuple)).toEqual([['2026-05', '2026-05', 40.2e9, 'USD', 12], ['2026-05', '2026-05', 1290.4e9, 'TWD', 9.8]]);
  });
  it('reads "or 7.6% when measured in HK$" trailing a US$ level first', () => {
    const rows = releaseRows('Hong Kong\'s exports in May 2026 were US$51.3 billion (HK$400.1 billion), a rise of 8.0%, or 7.6% when measured in HK$.', '2026-06-20');
    expect(row(rows, 400.1e9)?.yoy_pct).toBe(7.6);
    expect(row(rows, 51.3e9)?.yoy_pct).toBe(8);
  });
  it('reads "in HK$ terms" opening the second change of a clause of its own', () => {
    const rows = releaseRows('Imports for May 2026 reached US$55.0 billion (HK$429.0 billion), up 5.5% in US$ terms and 5.2% in HK$ terms.', '2026-06-20');
    expect(row(rows, 429e9)?.yoy_pct).toBe(5.2);
    expect(row(rows, 55e9)?.yoy_pct).toBe(5.5);
  });
  it('reads a Macao MOP level with its own change "in MOP terms"', () => {
    const rows = releaseRows('Macao\'s imports in May 2026 totalled US$1.30 billion (MOP10.5 billion), 14.0% higher year on year (13.1% in MOP terms).', '2026-06-25');
    expect(row(rows, 10.5e9)?.yoy_pct).toBe(13.1);
  });
  it('reads "NT$-based" growth given to the NT$ level', () => {
    const rows = releaseRows('Taiwan\'s imports in May 2026 were US$30.1 billion (NT$966.0 billion), up 20.2%; NT$-based growth was 17.9%.', '2026-06-09');
    expect(row(rows, 966e9)?.yoy_pct).toBe(17.9);
  });
  it('lets the second money share the change when no money is named for another (near miss)', () => {
    const rows = releaseRows('Exports in May 2026 amounted to US$40.20 billion (NT$1,290.4 billion), an increase of 12.0% over a year earlier.', '2026-06-09');
    expect(row(rows, 1290.4e9)?.yoy_pct).toBe(12);
  });
  it('does not give a change "in volume terms" to the second money (near miss)', () => {
    const rows = releaseRows('Exports in May 2026 amounted to US$40.20 billion (NT$1,290.4 billion), up 12.0% (3.1% in volume terms).', '2026-06-09');
    expect(row(rows, 1290.4e9)?.yoy_pct).not.toBe(3.1);
  });
});

describe('an exchange rate written with a country\'s dollar sign is no row', () => {
  const lead = 'Exports in May 2026 were US$40.2 billion, up 12.0%. ';
  it('drops "US$1 = NT$30.68"', () => {
    expect(values(releaseRows(`${lead}Exchange rate used: US$1 = NT$30.68.`, '2026-06-09'))).toEqual([40.2e9]);
  });
  it('drops "J$155.2 = US$1" the other way round', () => {
    expect(values(releaseRows(`${lead}Rate used: J$155.2 = US$1.`, '2026-06-09'))).toEqual([40.2e9]);
  });
  it('drops "(FJ$2.25 = US$1)" in brackets', () => {
    expect(values(releaseRows(`${lead}(FJ$2.25 = US$1)`, '2026-06-09'))).toEqual([40.2e9]);
  });
  it('drops "RD$58.9 = US$1.00" after "converted at"', () => {
    expect(values(releaseRows(`${lead}Converted at RD$58.9 = US$1.00.`, '2026-06-09'))).toEqual([40.2e9]);
  });
  it('drops "TT$6.78 = US$1.00" in a note', () => {
    expect(values(releaseRows(`${lead}Note: TT$6.78 = US$1.00.`, '2026-06-09'))).toEqual([40.2e9]);
  });
  it('keeps an amount of 1 billion in a second money (near miss)', () => {
    expect(values(releaseRows('Exports in May 2026 were US$1 billion (NT$32.0 billion), up 12.0%.', '2026-06-09'))).toEqual([1e9, 32e9]);
  });
  it('keeps an amount written after "US$1" with no equals sign (near miss)', () => {
    expect(values(releaseRows('Exports of rice in May 2026 rose to US$1.2 billion, up 12.0%.', '2026-06-09'))).toEqual([1.2e9]);
  });
});

describe('orders stay the subject past an aside on them and past "those" pointing back', () => {
  const tail = ' Exports in October rose 8.4 percent to US$41.2 billion.';
  it('drops the level after a long aside calling orders a leading indicator', () => {
    const rows = releaseRows(`Taiwan's export orders, a leading indicator of the country's shipments over the coming one to three months, rose 3.3 percent from a year earlier to US$51.2 billion in October.${tail}`, '2024-11-20');
    expect(values(rows)).toEqual([41.2e9]);
  });
  it('drops "while those for electronic products rose ... to"', () => {
    const rows = releaseRows(`Orders for ICT products grew 20.6 percent to US$18.3 billion in October, while those for electronic products climbed 7.8 percent to US$16.4 billion.${tail}`, '2024-11-20');
    expect(values(rows)).toEqual([41.2e9]);
  });
  it('drops "and the ones from Europe" after orders from the US', () => {
    const rows = releaseRows(`Orders from the United States rose 11.4 percent to US$17.9 billion in October, and the ones from Europe fell 2.2 percent to US$5.8 billion.${tail}`, '2024-11-20');
    expect(values(rows)).toEqual([41.2e9]);
  });
  it('drops "whereas those placed by Japanese buyers" in a third clause', () => {
    const rows = releaseRows(`New orders from China slipped 4.0 percent in October, to US$10.8 billion, whereas those placed by Japanese buyers added 1.5 percent to US$3.1 billion.${tail}`, '2024-11-20');
    expect(values(rows)).toEqual([41.2e9]);
  });
  it('drops orders after an aside "which are seen as a gauge of future exports"', () => {
    const rows = releaseRows(`Export orders, which are widely seen by economists and by the island's chipmakers as a gauge of future exports and imports over the next quarter, totaled US$48.0 billion in October, up 2 percent.${tail}`, '2024-11-20');
    expect(values(rows)).toEqual([41.2e9]);
  });
  it('keeps exports that take over after orders in the same sentence (near miss)', () => {
    const rows = releaseRows('Export orders rose 3 percent in October, while exports grew 8.4 percent to US$41.2 billion.', '2024-11-20');
    expect(values(rows)).toContain(41.2e9);
  });
  it('drops "Orders for chips rose while those for phones fell ... to" with no comma before "while"', () => {
    const rows = releaseRows(`Orders for chips rose 9 percent in October while those for phones fell 2 percent to US$3.1 billion.${tail}`, '2024-11-20');
    expect(values(rows)).toEqual([41.2e9]);
  });
  it('keeps exports whose rise orders only explain (near miss)', () => {
    const rows = releaseRows('Exports rose 8.4 percent to US$41.2 billion in October as orders from the United States picked up.', '2024-11-20');
    expect(values(rows)).toContain(41.2e9);
  });
});

describe('an amount after "by" that a percentage of the same change follows is the size of the change', () => {
  const lead = 'Total exports in March 2024 were HK$381.7 billion. ';
  it('drops "$7.3 billion" in a gapped "and that of machinery by $7.3 billion or 6.8%"', () => {
    const rows = releaseRows(`${lead}Exports of telecom equipment grew by $11.9 billion or 27.4%, and that of machinery by $7.3 billion or 6.8%.`, '2024-04-25');
    expect(values(rows)).toEqual([381.7e9, null, null]);
  });
  it('drops "and to India by $0.9 billion or 31.7%" with the verb and the flow left out', () => {
    const rows = releaseRows(`${lead}Exports to Vietnam went up by $2.1 billion or 48.2%, and to India by $0.9 billion or 31.7%.`, '2024-04-25');
    expect(values(rows)).toEqual([381.7e9, null, null]);
  });
  it('drops "advanced by HK$1.2 billion, or 12%," after a verb of its own', () => {
    const rows = releaseRows(`${lead}Imports of fuel advanced by HK$1.2 billion, or 12%, in March.`, '2024-04-25');
    expect(values(rows)).toEqual([381.7e9, null]);
  });
  it('drops "rebounded by HK$3.3 billion (9.9%)" with the percentage in brackets', () => {
    const rows = releaseRows(`${lead}Re-exports to Japan rebounded by HK$3.3 billion (9.9%) in March.`, '2024-04-25');
    expect(values(rows)).toEqual([381.7e9, null]);
  });
  it('drops "those of toys by MOP12 million or 9%"', () => {
    const rows = releaseRows('Macao\'s exports in March 2024 totalled MOP1.1 billion. Exports of garments rose by MOP30 million or 11%, and those of toys by MOP12 million or 9%.', '2024-04-25');
    expect(values(rows)).not.toContain(12e6);
    expect(values(rows)).not.toContain(30e6);
  });
  it('keeps a level reached "to" after a change (near miss)', () => {
    const rows = releaseRows(`${lead}Exports of telecom equipment grew by 27.4% to $55.3 billion.`, '2024-04-25');
    expect(values(rows)).toContain(55.3e9);
  });
  it('keeps an amount after "by" with no percentage after it as what the words make of it, not a change of this rule (near miss)', () => {
    const rows = releaseRows(`${lead}Goods worth $3.2 billion were shipped by air in March, or 0.8% of the total.`, '2024-04-25');
    expect(values(rows)).toContain(3.2e9);
  });
});

describe('a base period set off by a comma after the changes is no period of the figures', () => {
  it('dates "..., over March 2023" changes in March 2024', () => {
    const rows = releaseRows('Total exports in March 2024 were $381.7 billion. Exports of phones grew by $11.9 billion or 27.4%, and that of machinery by $7.3 billion or 6.8%, over March 2023.', '2024-04-25');
    expect(row(rows, null, 27.4)).toMatchObject({ period_start: '2024-03', period_end: '2024-03' });
    expect(row(rows, null, 6.8)).toMatchObject({ period_start: '2024-03', period_end: '2024-03' });
  });
  it('dates "rose 4.1% and 2.2% respectively, over May 2025" in May 2026', () => {
    const rows = releaseRows('Exports in May 2026 were HK$400 billion. Re-exports and domestic exports rose 4.1% and 2.2% respectively, over May 2025.', '2026-06-20');
    expect(row(rows, null, 4.1)).toMatchObject({ period_end: '2026-05' });
  });
  it('dates "were 4 per cent higher, over March 2023" in March 2024', () => {
    const rows = releaseRows('Total exports in March 2024 were HK$381.7 billion. Shipments of toys were 4 per cent higher, over March 2023.', '2024-04-25');
    expect(row(rows, null, 4)).toMatchObject({ period_start: '2024-03', period_end: '2024-03' });
  });
  it('dates "fell 9.7%, over March 2023" in March 2024', () => {
    const rows = releaseRows('Total exports in March 2024 were HK$381.7 billion. Domestic exports fell 9.7%, over March 2023.', '2024-04-25');
    expect(row(rows, null, -9.7)).toMatchObject({ period_start: '2024-03', period_end: '2024-03' });
  });
  it('dates "up 9%, over April 2025" of a growth alone in April 2026', () => {
    const rows = releaseRows('Hong Kong\'s exports in April 2026 were $380 billion. Exports to India went up 9%, over April 2025.', '2026-05-25');
    expect(row(rows, null, 9)).toMatchObject({ period_start: '2026-04', period_end: '2026-04' });
  });
  it('keeps "over January and February" the figures\' own span (near miss)', () => {
    const rows = releaseRows('Exports rose 6.0% to $700 billion over January and February.', '2026-03-20');
    expect(row(rows, 700e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-02' });
  });
  it('keeps a span after "over the" following a comma (near miss)', () => {
    const rows = releaseRows('Exports rose 6.0% to $700 billion, over the first quarter of 2026.', '2026-04-20');
    expect(row(rows, 700e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-03' });
  });
});

describe('money casinos and lotteries take in is no trade', () => {
  const lead = 'Macao\'s exports rose 18.4 per cent to MOP1.05 billion in April. ';
  it('drops "Gaming revenue for the month reached"', () => {
    expect(values(releaseRows(`${lead}Gaming revenue for the month reached MOP14.7 billion.`, '2023-05-30'))).toEqual([1.05e9]);
  });
  it('drops "gross gaming receipts" as the subject of a comparison', () => {
    expect(values(releaseRows(`${lead}Gross gaming receipts were MOP14.7 billion, up 310 per cent.`, '2023-05-30'))).toEqual([1.05e9]);
  });
  it('drops "casino takings" in a clause after "while"', () => {
    expect(values(releaseRows(`${lead}Visitors returned, while casino takings climbed to MOP13.1 billion.`, '2023-05-30'))).toEqual([1.05e9]);
  });
  it('drops "lottery sales" and "betting turnover"', () => {
    expect(values(releaseRows(`${lead}Lottery sales amounted to MOP0.9 billion and betting turnover to MOP2.2 billion.`, '2023-05-30'))).toEqual([1.05e9]);
  });
  it('drops "GGR" named by its abbreviation', () => {
    expect(values(releaseRows(`${lead}GGR stood at MOP14.7 billion in April.`, '2023-05-30'))).toEqual([1.05e9]);
  });
  it('keeps exports of gaming consoles (near miss)', () => {
    expect(values(releaseRows('Exports of gaming consoles rose 12 per cent to HK$3.4 billion in April.', '2023-05-30'))).toEqual([3.4e9]);
  });
  it('keeps gaming machine imports (near miss)', () => {
    expect(values(releaseRows('Gaming machine imports reached MOP120 million in April, up 40 per cent.', '2023-05-30'))).toEqual([120e6]);
  });
});

describe('offshore trade, whose goods never cross the border, is no trade of the reporter', () => {
  const tail = ' Total exports of goods were HK$4,961 billion in 2021, up 26.3%.';
  it('drops goods sold in merchanting with a gloss in brackets holding a colon', () => {
    const rows = releaseRows(`In 2021, goods sold in merchanting (離岸貿易: 轉手商貿) amounted to HK$4,402 billion, 21.5% more than in 2020.${tail}`, '2022-12-30');
    expect(values(rows)).toEqual([4961e9]);
  });
  it('drops merchandising for offshore transactions after "while"', () => {
    const rows = releaseRows(`Merchanting grew in 2021, while goods involved in merchandising for offshore transactions were worth HK$1,071 billion.${tail}`, '2022-12-30');
    expect(values(rows)).toEqual([4961e9]);
  });
  it('drops gross earnings from merchanting and commissions earned on offshore deals', () => {
    const rows = releaseRows(`Gross earnings from merchanting reached HK$318 billion in 2021, and commissions earned on offshore deals came to HK$41 billion.${tail}`, '2022-12-30');
    expect(values(rows)).toEqual([4961e9]);
  });
  it('drops "offshore trade was worth" with the year after', () => {
    const rows = releaseRows(`Singapore-based firms said their offshore trade was worth S$1.2 trillion in 2021, 15% above 2020.${tail}`, '2022-12-30');
    expect(values(rows)).not.toContain(1.2e12);
  });
  it('drops income from offshore trading', () => {
    const rows = releaseRows(`Income from offshore trading rose 9% to HK$52 billion in 2021.${tail}`, '2022-12-30');
    expect(values(rows)).toEqual([4961e9]);
  });
  it('keeps re-exports glossed in brackets with a colon (near miss)', () => {
    const rows = releaseRows('In 2021, re-exports (Chinese: 轉口) amounted to HK$4,900 billion, up 26.5%.', '2022-12-30');
    expect(values(rows)).toEqual([4900e9]);
  });
  it('keeps exports to offshore wind projects (near miss)', () => {
    const rows = releaseRows('Exports of cables for offshore wind farms reached HK$2.1 billion in 2021, up 30%.', '2022-12-30');
    expect(values(rows)).toEqual([2.1e9]);
  });
});

describe('a charge per packing or carrying unit is a price', () => {
  const lead = 'Hong Kong\'s exports grew 16.3 percent in September to HK$462.8 billion. ';
  it('drops "about HK$2,300 per 20-foot box"', () => {
    expect(values(releaseRows(`${lead}She put terminal handling charges at about HK$2,300 per 20-foot box.`, '2026-10-27'))).toEqual([462.8e9]);
  });
  it('drops "US$45 a pallet"', () => {
    expect(values(releaseRows(`${lead}Cold stores bill traders US$45 a pallet.`, '2026-10-27'))).toEqual([462.8e9]);
  });
  it('drops "HK$1,250 per truckload"', () => {
    expect(values(releaseRows(`${lead}Hauliers were paid HK$1,250 per truckload in September.`, '2026-10-27'))).toEqual([462.8e9]);
  });
  it('drops "$410 per drum"', () => {
    expect(values(releaseRows(`${lead}Palm oil sold at $410 per drum.`, '2026-10-27'))).toEqual([462.8e9]);
  });
  it('drops "$900 per 40-foot crate" and "$60 per bale"', () => {
    expect(values(releaseRows(`${lead}Freight was quoted at $900 per 40-foot crate and $60 per bale of cotton.`, '2026-10-27'))).toEqual([462.8e9]);
  });
  it('keeps exports of boxes as goods (near miss)', () => {
    expect(values(releaseRows('Exports of cartons and boxes reached HK$2.3 billion in September, down 3.4 percent.', '2026-10-27'))).toContain(2.3e9);
  });
  it('keeps an amount followed by "a year earlier" (near miss)', () => {
    expect(values(releaseRows('Exports reached HK$462.8 billion in September, against HK$398.0 billion a year earlier.', '2026-10-27'))).toContain(462.8e9);
  });
});

describe('"the port" with no port named is the port of the city in force', () => {
  const lead = (place: string) => `${place}'s exports grew 16.3 percent in September. `;
  it('reads "the container terminals ... in the port" in a Hong Kong release as Hong Kong Port', () => {
    const rows = releaseRows(`${lead('Hong Kong')}Separately, the container terminals at Kwai Tsing and elsewhere in the port handled 1.12 million TEUs in September, down 3.4 percent.`, '2026-10-27');
    expect(row(rows, 1.12e6)?.area).toBe('Hong Kong Port');
  });
  it('reads "The port handled" in a Singapore release as Singapore Port', () => {
    const rows = releaseRows(`${lead('Singapore')}The port handled 3.5 million TEUs in September, up 2 percent.`, '2026-10-27');
    expect(row(rows, 3.5e6)?.area).toBe('Singapore Port');
  });
  it('reads "throughput at the port" in a Macao release', () => {
    const rows = releaseRows(`${lead('Macao')}Container throughput at the port fell 8 percent to 12,000 TEUs in September.`, '2026-10-27');
    expect(row(rows, 12000)?.area).toBe('Macao Port');
  });
  it('reads "the port moved" in a release on a city', () => {
    const rows = releaseRows(`${lead('Xiamen')}In September the port moved 1.05 million TEUs, 4 percent more than a year earlier.`, '2026-10-27');
    expect(row(rows, 1.05e6)?.area).toBe('Xiamen Port');
  });
  it('reads "cargo through the port" in tonnes in a Hong Kong release', () => {
    const rows = releaseRows(`${lead('Hong Kong')}Cargo through the port totalled 15.2 million tonnes in September.`, '2026-10-27');
    expect(row(rows, 15.2e6)?.area).toBe('Hong Kong Port');
  });
  it('keeps the port named before as the port (near miss)', () => {
    const rows = releaseRows(`${lead('Guangdong')}Shekou Port handled 0.9 million TEUs. The port also handled 2.0 million tonnes of grain in September.`, '2026-10-27');
    expect(row(rows, 2.0e6)?.area).not.toBe('Guangdong Port');
  });
  it('keeps a city\'s goods moved "through the port area" the city\'s (near miss)', () => {
    const rows = releaseRows(`${lead('Xiamen')}Goods worth 5.2 billion yuan moved through the port area in September.`, '2026-10-27');
    expect(row(rows, 5.2e9)?.area).toBe('Xiamen');
  });
  it('keeps a country\'s own figures when the release is on a country (near miss)', () => {
    const rows = releaseRows(`${lead('Vietnam')}The port handled 2.0 million TEUs in September.`, '2026-10-27');
    expect(row(rows, 2.0e6)?.area).not.toBe('Vietnam Port');
  });
});

describe('a territory with its own customs statistics is a partner in another territory\'s release', () => {
  const head = 'Trade Statistics Release: October 2025\n\nDepartment of Statistics, Ministry of Finance (Taiwan)\n\nExports in October 2025 amounted to US$61.84 billion.\n\n';
  it('reads "- Mainland China and Hong Kong:" in a Taiwan list of destinations as Taiwan\'s figure', () => {
    const rows = releaseRows(`${head}Exports by main destination\n- United States: US$21.30 billion, +93.0%.\n- Mainland China and Hong Kong: US$15.80 billion, +12.4%.\n- ASEAN: US$11.10 billion, +45.6%.`, '2025-11-07');
    expect(row(rows, 15.8e9)?.area).toBe('Taiwan');
    expect(row(rows, 11.1e9)?.area).toBe('Taiwan');
  });
  it('reads "- Hong Kong:" alone as Taiwan\'s partner', () => {
    const rows = releaseRows(`${head}Exports by main destination\n- Hong Kong: US$5.10 billion, +3.0%.`, '2025-11-07');
    expect(row(rows, 5.1e9)).toMatchObject({ area: 'Taiwan', partner: 'Hong Kong' });
  });
  it('reads "- Macao:" in a Taiwan list of sources as the partner', () => {
    const rows = releaseRows(`${head}Imports by main source\n- Macao: US$0.10 billion, +3.0%.`, '2025-11-07');
    expect(row(rows, 0.1e9)).toMatchObject({ area: 'Taiwan', partner: 'Macao' });
  });
  it('reads "Of the markets, Hong Kong took" in a Taiwan release as the partner', () => {
    const rows = releaseRows(`${head}Of the markets, Hong Kong took US$5.10 billion.`, '2025-11-07');
    expect(row(rows, 5.1e9)).toMatchObject({ area: 'Taiwan', partner: 'Hong Kong' });
  });
  it('reads "Macao bought" goods in a Taiwan release as the partner', () => {
    const rows = releaseRows(`${head}Macao bought US$0.2 billion of goods, up 4.0%.`, '2025-11-07');
    expect(row(rows, 0.2e9)).toMatchObject({ area: 'Taiwan', partner: 'Macao' });
  });
  it('keeps Hong Kong whose own exports a Taiwan release quotes (near miss)', () => {
    const rows = releaseRows(`${head}Hong Kong's exports rose 5.0% to HK$400.0 billion in October.`, '2025-11-07');
    expect(row(rows, 400e9)?.area).toBe('Hong Kong');
  });
  it('keeps Hong Kong as the area of a Hong Kong release (near miss)', () => {
    const rows = releaseRows('Hong Kong: exports in May 2026 were HK$400.0 billion, up 8.0%.', '2026-06-20');
    expect(row(rows, 400e9)?.area).toBe('Hong Kong');
  });
});
