/**
 * Rules widened in the fixing round for b228 (releases 01-07, thirty-fifth session): each phenomenon in several frames of our
 * own, with near misses the rule must leave alone. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null, yoy?: number) => rows.find((r) => r.value === value && (yoy === undefined || r.yoy_pct === yoy));

describe('towns or provinces listed as the subject of one act done together are one joint area', () => {
  it('reads "X and Y together traded"', () => {
    const rows = releaseRows('NANNING, May 20 -- Guangxi and Yunnan together traded 168.3 billion yuan with Vietnam in the first four months, up 14 percent.', '2026-05-20');
    expect(row(rows, 168.3e9)).toMatchObject({ area: 'Guangxi and Yunnan', partner: 'Vietnam', yoy_pct: 14 });
  });
  it('reads a counted "the two provinces of X and Y" with an aside before the verb', () => {
    const rows = releaseRows('WUHAN, Nov 20 -- The two provinces of Hunan and Hubei, both on the middle Yangtze, together imported and exported 737.1 billion yuan in the first ten months, up 9.6%.', '2026-11-20');
    expect(row(rows, 737.1e9)).toMatchObject({ area: 'Hubei and Hunan', yoy_pct: 9.6 });
  });
  it('reads "Together, X and Y shipped" with the adverb first', () => {
    const rows = releaseRows('CHENGDU, May 20 -- Together, Sichuan and Chongqing shipped goods worth 300 billion yuan abroad in the first four months.', '2026-05-20');
    expect(row(rows, 300e9)).toMatchObject({ area: 'Chongqing and Sichuan', flow: 'export' });
  });
  it('reads three provinces that "jointly exported"', () => {
    const rows = releaseRows('WUHAN, May 20 -- Hunan, Hubei and Jiangxi jointly exported 410 billion yuan in the first four months.', '2026-05-20');
    expect(row(rows, 410e9)).toMatchObject({ area: 'Hubei, Hunan and Jiangxi', flow: 'export' });
  });
  it('reads "X and Y combined" before the verb', () => {
    const rows = releaseRows('GUANGZHOU, May 20 -- Guangdong and Fujian combined exported 2.1 trillion yuan in the first four months, up 5 percent.', '2026-05-20');
    expect(row(rows, 2.1e12)).toMatchObject({ area: 'Fujian and Guangdong', yoy_pct: 5 });
  });
  it('reads "both provinces, X and Y," counted in an apposition', () => {
    const rows = releaseRows('HARBIN, May 20 -- The two provinces, Heilongjiang and Jilin, traded 180 billion yuan with Russia in the first four months.', '2026-05-20');
    expect(row(rows, 180e9)).toMatchObject({ area: 'Heilongjiang and Jilin', partner: 'Russia' });
  });
  it('keeps each province its own figure when listed "respectively" (near miss)', () => {
    const rows = releaseRows('NANNING, May 20 -- Guangxi and Yunnan traded 100 billion yuan and 60 billion yuan with Vietnam respectively in the first four months.', '2026-05-20');
    expect(row(rows, 60e9)).toMatchObject({ area: 'Yunnan' });
  });
  it('does not join places when "together with" names a partner after them (near miss)', () => {
    const rows = releaseRows('NANNING, May 20 -- Trade between Guangxi and Yunnan together with Vietnam rose 5 percent to 100 billion yuan in the first four months.', '2026-05-20');
    expect(row(rows, 100e9)?.area).not.toBe('Guangxi and Yunnan');
  });
});

describe('the whole country named as the subject of a change is the national rate beside a province', () => {
  it('reads "the foreign trade of the whole country grew"', () => {
    const rows = releaseRows("CHANGSHA, Nov 20 -- Hunan's trade rose 15.7% in the first ten months, while the foreign trade of the whole country grew 1.3%.", '2026-11-20');
    expect(row(rows, null, 1.3)).toMatchObject({ area: 'China' });
    expect(row(rows, null, 15.7)).toMatchObject({ area: 'Hunan' });
  });
  it('reads "national turnover slipped" with another noun and verb', () => {
    const rows = releaseRows("CHANGSHA, Nov 20 -- Hunan's trade fell 4.7% in the first ten months, and national turnover slipped 2.1%.", '2026-11-20');
    expect(row(rows, null, -2.1)).toMatchObject({ area: 'China' });
  });
  it('keeps a country\'s "national exports rose ... to" its level\'s rate (near miss)', () => {
    const rows = releaseRows("AMMAN, Nov 12 -- National exports rose 3.1% to JD 640.2 million in October 2026.", '2026-11-12');
    expect(row(rows, 640.2e6)).toMatchObject({ yoy_pct: 3.1 });
  });
  it('reads "imports of the entire nation fell" after a semicolon', () => {
    const rows = releaseRows("NANCHANG, Nov 20 -- Jiangxi's imports rose 8.4% in the first ten months; imports of the entire nation fell 2.2% over the same months.", '2026-11-20');
    expect(row(rows, null, -2.2)).toMatchObject({ area: 'China' });
  });
  it('reads "the whole country\'s exports had risen by just"', () => {
    const rows = releaseRows("HEFEI, Nov 20 -- Anhui's exports jumped 12.2% in the first ten months; the whole country's exports had risen by just 3.2%.", '2026-11-20');
    expect(row(rows, null, 3.2)).toMatchObject({ area: 'China' });
  });
  it('reads "exports across the entire country edged up"', () => {
    const rows = releaseRows("NANCHANG, Nov 20 -- Jiangxi's exports slid 6.4% in the first ten months, while exports across the entire country edged up 0.8%.", '2026-11-20');
    expect(row(rows, null, 0.8)).toMatchObject({ area: 'China' });
  });
  it('keeps "the country\'s trade grew ... to" a level in a national release its level\'s rate (near miss)', () => {
    const rows = releaseRows("BEIJING, Jan 13 -- China's trade hit a record in 2025. In December alone, the country's foreign trade expanded 5.5 percent to 4.12 trillion yuan.", '2026-01-13');
    expect(row(rows, 4.12e12)).toMatchObject({ yoy_pct: 5.5 });
  });
  it('keeps a province\'s own "trade of the province grew" its own (near miss)', () => {
    const rows = releaseRows("CHANGSHA, Nov 20 -- The foreign trade of the province grew 15.7% in the first ten months.", '2026-11-20');
    expect(row(rows, null, 15.7)?.area).not.toBe('China');
  });
});

describe('one flow exceeding the other by an amount is the balance, however the exceeding is worded', () => {
  it('reads an adverb before the verb ("imports thus exceeded exports by")', () => {
    const rows = releaseRows('NEW DELHI, Apr 14 -- Merchandise imports during April-March 2022-23 were USD 709.82 billion. Imports thus exceeded exports by USD 258.75 billion in 2022-23.', '2023-04-14');
    expect(row(rows, -258.75e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads the present perfect ("have exceeded")', () => {
    const rows = releaseRows('ANKARA, May 12 -- In the first four months, imports have exceeded exports by 30.1 billion dollars.', '2026-05-12');
    expect(row(rows, -30.1e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads a comparative ("exports were greater than imports by")', () => {
    const rows = releaseRows('BERLIN, May 12 -- In March, exports were greater than imports by 21.4 billion euros.', '2026-05-12');
    expect(row(rows, 21.4e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads "ran ahead of"', () => {
    const rows = releaseRows('MANILA, May 12 -- Imports ran ahead of exports by 4.2 billion dollars in March.', '2026-05-12');
    expect(row(rows, -4.2e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads "again topped" with the adverb between', () => {
    const rows = releaseRows('TOKYO, May 12 -- In April exports again topped imports by 120 billion yen.', '2026-05-12');
    expect(row(rows, 120e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads the present "outweigh"', () => {
    const rows = releaseRows('LIMA, May 12 -- Exports outweigh imports by 1.9 billion dollars in the first quarter of 2026.', '2026-05-12');
    expect(row(rows, 1.9e9)).toMatchObject({ flow: 'balance' });
  });
  it('keeps a flow that topped a mark its own flow (near miss)', () => {
    const rows = releaseRows('TOKYO, May 12 -- In April exports topped 8 trillion yen for the first time.', '2026-05-12');
    expect(row(rows, 8e12)).toMatchObject({ flow: 'export' });
  });
  it('keeps a flow that exceeded a mark by a margin its own flow (near miss)', () => {
    const rows = releaseRows('HANOI, May 12 -- Imports reached 30 billion dollars in April and exceeded the plan by a wide margin.', '2026-05-12');
    expect(row(rows, 30e9)).toMatchObject({ flow: 'import' });
  });
});

describe('a table in one sentence whose bracketed heads are flows, with the unit and period in the caption', () => {
  const lead = 'BRUSSELS, Nov 17 -- In September 2025, the EU\'s exports of goods reached €219.5 bn.\n\n';
  it('reads cells apart by slashes with space-grouped thousands', () => {
    const rows = releaseRows(`${lead}EU trade by main partner, January to September 2025, € million (exports / imports): United States 412 380 / 251 906; China 158 744 / 389 215.\n`, '2025-11-17');
    expect(row(rows, 389215e6)).toMatchObject({ partner: 'China', flow: 'import', period_start: '2025-01', period_end: '2025-09' });
    expect(row(rows, 412380e6)).toMatchObject({ partner: 'United States', flow: 'export' });
  });
  it('reads cells apart by commas with comma thousands', () => {
    const rows = releaseRows(`${lead}EU trade by main partner, January to September 2025, € million (exports, imports): United States 412,380, 251,906; China 158,744, 389,215.\n`, '2025-11-17');
    expect(row(rows, 251906e6)).toMatchObject({ partner: 'United States', flow: 'import' });
  });
  it('reads three flow heads with a balance', () => {
    const rows = releaseRows('SEOUL, Jan 15 -- Korea\'s trade hit a record in 2025.\n\nTrade with the main partners, January to December 2025, US$ billion (exports / imports / balance): Japan 41.2 / 38.9 / 2.3; Vietnam 58.1 / 26.4 / 31.7.\n', '2026-01-15');
    expect(row(rows, 31.7e9)).toMatchObject({ partner: 'Vietnam', flow: 'balance', period_start: '2025-01', period_end: '2025-12' });
  });
  it('reads imports as the first head', () => {
    const rows = releaseRows('ASTANA, Nov 15 -- Kazakhstan\'s trade grew in 2026.\n\nMain partners, January-September 2026, million US dollars (imports / exports): China 9 120.4 / 10 722.3; Russia 11 204.8 / 6 910.6.\n', '2026-11-15');
    expect(row(rows, 11204.8e6)).toMatchObject({ partner: 'Russia', flow: 'import' });
  });
  it('reads a turnover head beside exports', () => {
    const rows = releaseRows('TASHKENT, Nov 15 -- Uzbekistan\'s trade grew in 2026.\n\nTop partners, January-September 2026, million US dollars (turnover / exports): China 10 410.2 / 3 105.9; Russia 9 880.0 / 4 020.4.\n', '2026-11-15');
    expect(row(rows, 9880e6)).toMatchObject({ partner: 'Russia', flow: 'total' });
  });
  it('reads no table when an item is no place (near miss)', () => {
    const rows = releaseRows(`${lead}EU trade by product, January to September 2025, € million (exports / imports): machinery 412 380 / 251 906; chemicals 158 744 / 389 215.\n`, '2025-11-17');
    expect(row(rows, 412380e6)).toBeUndefined();
  });
  it('reads no table when a head is no flow (near miss)', () => {
    const rows = releaseRows(`${lead}EU trade by main partner, January to September 2025, € million (2024 / 2025): United States 412 380 / 251 906; China 158 744 / 389 215.\n`, '2025-11-17');
    expect(row(rows, 412380e6)).toBeUndefined();
  });
});

describe('"respectively" leading the list of levels it governs', () => {
  it('reads "respectively X and Y" in an apposition, then the rates', () => {
    const rows = releaseRows('NANNING, May 20 -- In the first four months, exports and imports through the port, respectively 8.47 billion yuan and 6.45 billion yuan, rose 22.6 percent and 9.1 percent.', '2026-05-20');
    expect(row(rows, 8.47e9)).toMatchObject({ flow: 'export', yoy_pct: 22.6 });
    expect(row(rows, 6.45e9)).toMatchObject({ flow: 'import', yoy_pct: 9.1 });
  });
  it('reads "were respectively X and Y, up p and q"', () => {
    const rows = releaseRows('NANNING, May 20 -- In the first four months, exports and imports through the port were respectively 8.47 billion yuan and 6.45 billion yuan, up 22.6 percent and 9.1 percent.', '2026-05-20');
    expect(row(rows, 6.45e9)).toMatchObject({ flow: 'import', yoy_pct: 9.1 });
  });
  it('reads "stood respectively at X and Y" with no rates', () => {
    const rows = releaseRows('NANNING, May 20 -- In the first four months, imports and exports stood respectively at 6.45 billion yuan and 8.47 billion yuan.', '2026-05-20');
    expect(row(rows, 6.45e9)).toMatchObject({ flow: 'import' });
    expect(row(rows, 8.47e9)).toMatchObject({ flow: 'export' });
  });
  it('reads "respectively reached X and Y, growing p and q"', () => {
    const rows = releaseRows("NANNING, May 20 -- In the first four months, the port's exports and imports respectively reached 8.47 billion yuan and 6.45 billion yuan, growing 22.6% and 9.1%.", '2026-05-20');
    expect(row(rows, 8.47e9)).toMatchObject({ flow: 'export', yoy_pct: 22.6 });
  });
  it('reads three levels after the word', () => {
    const rows = releaseRows('HANOI, May 20 -- In the first four months, rice, coffee and rubber exports were respectively 3.1 million tonnes, 0.9 million tonnes and 0.6 million tonnes, up 8 percent, 4 percent and 2 percent.', '2026-05-20');
    expect(row(rows, 0.9e6)).toMatchObject({ yoy_pct: 4 });
    expect(row(rows, 0.6e6)).toMatchObject({ yoy_pct: 2 });
  });
  it('still reads the word closing the list (near miss)', () => {
    const rows = releaseRows('NANNING, May 20 -- In the first four months, exports and imports were 8.47 billion yuan and 6.45 billion yuan, up 22.6 percent and 9.1 percent respectively.', '2026-05-20');
    expect(row(rows, 6.45e9)).toMatchObject({ flow: 'import', yoy_pct: 9.1 });
  });
  it('does not lead a list from a single level after the word (near miss)', () => {
    const rows = releaseRows('NANNING, May 20 -- In the first four months, exports and imports rose 22.6 percent and 9.1 percent respectively, and the total was 14.92 billion yuan.', '2026-05-20');
    expect(row(rows, 14.92e9)).toMatchObject({ yoy_pct: null });
  });
});

describe('a kind of trade holding a share of the whole a place owns is a share of that place', () => {
  const guangxi = 'NANNING, May 20 -- The foreign trade of Dongxing City reached 21.36 billion yuan in the first four months. Guangxi as a whole did well.\n\n';
  it('reads "Trade in the border trade mode accounted for p of X\'s total"', () => {
    const rows = releaseRows(`${guangxi}Trade in the border trade mode accounted for 62.3 percent of Dongxing's total.`, '2026-05-20');
    expect(row(rows, 62.3)).toMatchObject({ area: 'Dongxing', unit: 'percent-share' });
  });
  it('reads "Border trade accounted for p of X\'s total" after a sentence on the province', () => {
    const rows = releaseRows("NANNING, May 20 -- Guangxi's trade reached 229.4 billion yuan in the first four months. The region as a whole did well. Border trade accounted for 48 percent of Pingxiang's total.", '2026-05-20');
    expect(row(rows, 48)).toMatchObject({ area: 'Pingxiang Port' });
  });
  it('reads "Fruit made up a p share of X\'s imports"', () => {
    const rows = releaseRows("KUNMING, May 20 -- Yunnan's trade reached 80 billion yuan in the first four months. The province as a whole did well. Fruit made up a 35 percent share of Ruili's imports.", '2026-05-20');
    expect(row(rows, 35)).toMatchObject({ area: 'Ruili Port' });
  });
  it('reads "General trade comprised p of the foreign trade of X"', () => {
    const rows = releaseRows("KUNMING, May 20 -- Yunnan's trade reached 80 billion yuan in the first four months. General trade comprised 20 percent of the foreign trade of Hekou.", '2026-05-20');
    expect(row(rows, 20)).toMatchObject({ area: 'Hekou Port' });
  });
  it('reads "Processing trade took a p share of X\'s trade"', () => {
    const rows = releaseRows("HARBIN, May 20 -- Heilongjiang's trade reached 80 billion yuan in the first four months. Processing trade took a 30 percent share of Suifenhe's trade.", '2026-05-20');
    expect(row(rows, 30)).toMatchObject({ area: 'Suifenhe Port' });
  });
  it('keeps "The city\'s exports accounted for p of X\'s total" the city\'s (near miss)', () => {
    const rows = releaseRows("HANGZHOU, May 20 -- Yiwu's trade reached 300 billion yuan in the first four months. The city's exports accounted for 12 percent of Zhejiang's total.", '2026-05-20');
    expect(row(rows, 12)).toMatchObject({ area: 'Yiwu' });
  });
  it('keeps a participle after a place\'s level the place\'s (near miss)', () => {
    const rows = releaseRows("HANGZHOU, May 20 -- Yiwu's trade reached 300 billion yuan in the first four months, accounting for 12 percent of Zhejiang's total.", '2026-05-20');
    expect(row(rows, 12)).toMatchObject({ area: 'Yiwu' });
  });
  it('keeps "The figure made up p of X\'s total" the figure\'s owner\'s (near miss)', () => {
    const rows = releaseRows("CHENGDU, May 20 -- Chengdu's trade reached 600 billion yuan in the first four months. The figure made up 80 percent of Sichuan's total.", '2026-05-20');
    expect(row(rows, 80)).toMatchObject({ area: 'Chengdu' });
  });
});

describe('the next in a ranking "with" a percentage is its share, whatever clause follows the percentage', () => {
  const lead = 'NEW DELHI, Apr 14 -- Engineering goods remained the largest group, making up 24.6 per cent of merchandise exports in 2022-23. ';
  const share = (rows: ObservationDraft[], v: number) => rows.find((r) => r.value === v && r.unit === 'percent-share');
  it('reads "followed with p, helped by ..." (a participle aside after it)', () => {
    expect(share(releaseRows(`${lead}Petroleum products followed with 21.3 per cent, helped by refining margins.`, '2023-04-14'), 21.3)).toMatchObject({ flow: 'export' });
  });
  it('reads "followed with p, while ..." (another clause after it)', () => {
    expect(share(releaseRows(`${lead}Petroleum products followed with 21.3 per cent, while gems and jewellery made up 8.1 per cent.`, '2023-04-14'), 21.3)).toBeDefined();
  });
  it('reads "came next with p but ..."', () => {
    expect(share(releaseRows(`${lead}Petroleum products came next with 21.3 per cent but lost ground over the year.`, '2023-04-14'), 21.3)).toBeDefined();
  });
  it('reads "ranked next with p, thanks to ..."', () => {
    expect(share(releaseRows(`${lead}Chemicals ranked next with 11.2 per cent, thanks to strong orders from Europe.`, '2023-04-14'), 11.2)).toBeDefined();
  });
  it('reads "followed with p, whereas ..."', () => {
    expect(share(releaseRows(`${lead}Textiles followed with 9.8 per cent, whereas rice made up 2.9 per cent.`, '2023-04-14'), 9.8)).toBeDefined();
  });
  it('does not read "followed with p growth" as a share (near miss)', () => {
    expect(share(releaseRows(`${lead}Petroleum products followed with 21.3 per cent growth, while gems and jewellery made up 8.1 per cent.`, '2023-04-14'), 21.3)).toBeUndefined();
  });
  it('does not read "followed with p, up q" as a share of a ranking with its change (near miss)', () => {
    expect(share(releaseRows(`${lead}Petroleum products followed with 21.3 per cent, up 4 per cent.`, '2023-04-14'), 4)).toBeUndefined();
  });
});

describe('trains that set out, pulled out or rolled off to a far end went out', () => {
  const flowOf = (text: string, v: number) => row(releaseRows(text, '2026-07-08'), v)?.flow;
  it('reads "set out for"', () => {
    expect(flowOf('CHONGQING, July 8 -- From the Tuanjiecun hub, 1,208 trains set out for Duisburg, Lodz and other European cities in the first half.', 1208)).toBe('export');
  });
  it('reads the perfect "have set off for"', () => {
    expect(flowOf('XI\'AN, July 8 -- In the first half, 366 trains have set off for Hamburg and Duisburg from the port.', 366)).toBe('export');
  });
  it('reads "pulled out for"', () => {
    expect(flowOf('ZHENGZHOU, July 8 -- In the first half, 912 freight trains pulled out for Europe from the station.', 912)).toBe('export');
  });
  it('reads "rolled out to" with a hedge', () => {
    expect(flowOf('HEFEI, July 8 -- Some 604 container trains rolled out to Central Asia in the first half.', 604)).toBe('export');
  });
  it('reads "steamed off to"', () => {
    expect(flowOf('URUMQI, July 8 -- In the first half, 1,450 block trains steamed off to Kazakhstan and beyond.', 1450)).toBe('export');
  });
  it('does not read trains that "rolled in from" a far end as leaving (near miss)', () => {
    expect(flowOf('HEFEI, July 8 -- In the first half, 388 return trains rolled in from Duisburg.', 388)).not.toBe('export');
  });
  it('does not read trains that "pulled into" the hub as leaving (near miss)', () => {
    expect(flowOf('ZHENGZHOU, July 8 -- In the first half, 512 return trains pulled into the station from Europe.', 512)).not.toBe('export');
  });
});

describe('a running total of "N of them" since a launch, with a time or place adjunct after the pronoun', () => {
  const lead = 'CHONGQING, July 8 -- The hub sent 1,208 China-Europe trains to Europe in the first half. ';
  const spanOf = (text: string, v: number) => {
    const r = row(releaseRows(`${lead}${text}`, '2021-07-08'), v);
    return r ? `${r.period_start}..${r.period_end}` : undefined;
  };
  it('reads "has run more than N of them by the end of June"', () => {
    expect(spanOf('Since the first train to Europe left the hub in March 2011, Chongqing has run more than 14,000 of them by the end of June.', 14000)).toBe('2011-03..2021-06');
  });
  it('reads "had run N of them by the end of June" in the pluperfect', () => {
    expect(spanOf('Since the first train left the hub in March 2011, Chongqing had run 14,000 of them by the end of June.', 14000)).toBe('2011-03..2021-06');
  });
  it('reads "N of them in all"', () => {
    expect(spanOf('Since the first train left the hub in March 2011, Chongqing has run 14,000 of them in all.', 14000)).toBe('2011-03..2021-07');
  });
  it('reads "N of them to date"', () => {
    expect(spanOf('Since the first train left the hub in March 2011, Chongqing has run 14,000 of them to date.', 14000)).toBe('2011-03..2021-07');
  });
  it('reads "N of them over the decade"', () => {
    expect(spanOf('Since the first train left the hub in March 2011, Chongqing has run 14,000 of them over the decade.', 14000)).toBe('2011-03..2021-07');
  });
  it('does not read "N of them" followed by a verb of their own as a total (near miss)', () => {
    expect(row(releaseRows(`${lead}Since the first train left the hub in March 2011, 350 of them carried auto parts.`, '2021-07-08'), 350)).toBeUndefined();
  });
  it('does not read "N of them" with no launch and no verb of running as a running total (near miss)', () => {
    expect(spanOf('Exporters filled 900 of them by the end of June.', 900)?.startsWith('2011')).not.toBe(true);
  });
});

describe('the b228 cases read whole', () => {
  it('reads the Eurostat partner line', () => {
    const rows = releaseRows('BRUSSELS, Nov 17 -- In September 2025, the EU\'s exports of goods reached €219.5 bn.\n\nEU trade by main partner, January to September 2025, € million (exports / imports): Switzerland 165 020 / 128 433.\n', '2025-11-17');
    expect(rows.filter((r) => r.partner === 'Switzerland').map(levelTuple)).toEqual([
      ['2025-01', '2025-09', 165020e6, 'EUR', null],
      ['2025-01', '2025-09', 128433e6, 'EUR', null],
    ]);
  });
});
