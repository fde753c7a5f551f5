/**
 * Rules widened in the fixing round for b228, releases 08-14 (sixth transfer test): each phenomenon in several frames of our
 * own, and near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null, yoy?: number) => rows.find((r) => r.value === value && (yoy === undefined || r.yoy_pct === yoy));

describe('a customs house "whose district" takes in towns names its district, and "the district" points back to it', () => {
  it('reads "X Customs, whose district takes in the three cities of ..., said the district\'s trade"', () => {
    const rows = releaseRows('Zhanjiang Customs, whose district takes in the three cities of Zhanjiang, Maoming and Yangjiang, said on Monday that the district\'s foreign trade came to 41.2 billion yuan in the first quarter, up 6.3 percent.', '2026-04-20');
    expect(row(rows, 41.2e9)).toMatchObject({ area: 'Zhanjiang Customs district', yoy_pct: 6.3 });
  });
  it('reads "whose jurisdiction covers" with the figure in a later sentence', () => {
    const rows = releaseRows('Jiangmen Customs, whose jurisdiction covers Jiangmen and Yangjiang, released its half-year figures on Friday. Imports and exports in the district reached 88.4 billion yuan in the first half, up 3.1 percent.', '2026-07-24');
    expect(row(rows, 88.4e9)).toMatchObject({ area: 'Jiangmen Customs district' });
  });
  it('reads "whose district spans" with a list of towns and no count', () => {
    const rows = releaseRows('Foreign trade handled by Shantou Customs, whose district spans Shantou, Chaozhou and Jieyang, was 52.7 billion yuan in the first four months, up 8.8 percent.', '2026-05-18');
    expect(row(rows, 52.7e9)).toMatchObject({ area: 'Shantou Customs district' });
  });
  it('reads a later paragraph on "the district\'s exports" as the district', () => {
    const rows = releaseRows('Huangpu Customs, whose district comprises Dongguan and parts of Guangzhou, said trade rose 4.4 percent to 210.5 billion yuan in the first half.\n\nThe district\'s exports of furniture climbed 12.9 percent to 8.3 billion yuan.', '2026-07-20');
    expect(row(rows, 8.3e9)).toMatchObject({ area: 'Huangpu Customs district', flow: 'export' });
  });
  it('reads "whose district embraces the four prefectures of ..." in a past-tense frame', () => {
    const rows = releaseRows('Kashi Customs, whose district embraces the four prefectures of Kashgar, Hotan, Aksu and Kizilsu, reported that trade in the district grew 15.2 percent to 33.6 billion yuan last year.', '2026-01-22');
    expect(row(rows, 33.6e9)).toMatchObject({ area: 'Kashi Customs district' });
  });
  it('does not make a district of a customs house without "whose" (near miss)', () => {
    const rows = releaseRows('Shantou Customs said on Monday that exports of toys from Shantou rose 9.1 percent to 6.2 billion yuan in the first quarter.', '2026-04-20');
    expect(row(rows, 6.2e9)?.area).not.toBe('Shantou Customs district');
  });
  it('does not read "whose" about something other than a district as one (near miss)', () => {
    const rows = releaseRows('Shantou Customs, whose officers inspected 4,000 toy consignments, said Shantou\'s exports rose 9.1 percent to 6.2 billion yuan in the first quarter.', '2026-04-20');
    expect(row(rows, 6.2e9)?.area).not.toBe('Shantou Customs district');
  });
});

describe('a headline naming the province the body locates its district in does not make the province the lead', () => {
  const body = (headline: string, located: string) => `${headline}\n\nSource: provincial portal   Published: 2026-03-18\n\nShantou Customs, whose district takes in the four cities of Shantou, Chaozhou, Jieyang and Shanwei ${located}, said the district's foreign trade came to 31.8 billion yuan in January and February, up 9.7 percent.\n\nTrade with ASEAN rose 21.5 percent to 5.9 billion yuan.`;
  it('reads "Eastern Guangdong trade up 9.7%" over a district in eastern Guangdong', () => {
    expect(row(releaseRows(body('Eastern Guangdong trade up 9.7% in first two months', 'in eastern Guangdong'), '2026-03-18'), 5.9e9)).toMatchObject({ area: 'Shantou Customs district' });
  });
  it('reads a headline naming the province bare', () => {
    expect(row(releaseRows(body('Guangdong coast sees trade climb 9.7 percent', 'in Guangdong province'), '2026-03-18'), 5.9e9)).toMatchObject({ area: 'Shantou Customs district' });
  });
  it('reads a headline on trade "in eastern Guangdong" with the compass word after', () => {
    expect(row(releaseRows(body('Trade in eastern Guangdong climbs 9.7%', 'in the east of Guangdong'), '2026-03-18'), 5.9e9)).toMatchObject({ area: 'Shantou Customs district' });
  });
  it('reads a headline on "west Fujian" over a district placed "in western Fujian"', () => {
    const text = 'West Fujian trade rises 7.2% in first half\n\nLongyan Customs, whose district takes in the two cities of Longyan and Sanming in western Fujian, said the district\'s foreign trade reached 24.6 billion yuan in the first half, up 7.2 percent.\n\nExports of machinery rose 11.4 percent to 6.3 billion yuan.';
    expect(row(releaseRows(text, '2026-07-20'), 6.3e9)).toMatchObject({ area: 'Longyan Customs district' });
  });
  it('reads the headline when the body locates the district in a later clause', () => {
    const text = 'Northern Jiangsu trade up 5.5%\n\nLianyungang Customs, whose district covers Lianyungang, Suqian and Xuzhou, all in northern Jiangsu, said the district\'s trade grew 5.5 percent to 61.2 billion yuan in the first quarter.\n\nImports of ores rose 8.1 percent to 9.9 billion yuan.';
    expect(row(releaseRows(text, '2026-04-20'), 9.9e9)).toMatchObject({ area: 'Lianyungang Customs district' });
  });
  it('keeps a province the lead when the body reports the province itself (near miss)', () => {
    const text = 'Guangdong trade up 6.1%\n\nGuangdong province reported foreign trade of 2.1 trillion yuan in the first quarter, up 6.1 percent, as its southern ports gained.\n\nExports of ships rose 30.2 percent to 12.4 billion yuan.';
    expect(row(releaseRows(text, '2026-04-20'), 12.4e9)).toMatchObject({ area: 'Guangdong' });
  });
  it('keeps a city the lead when its headline names its province and the body a city (near miss)', () => {
    const text = 'Guangdong city lifts trade 9%\n\nShantou, a city in eastern Guangdong, said its foreign trade came to 15.1 billion yuan in January and February, up 9.0 percent.\n\nToy exports rose 18.6 percent to 5.1 billion yuan.';
    expect(row(releaseRows(text, '2026-03-18'), 5.1e9)?.area).not.toBe('Shantou Customs district');
  });
});

describe('shares listed with the verb and the whole left out after a share of the whole', () => {
  it('reads goods items after "were N percent of the district\'s exports"', () => {
    const rows = releaseRows('In the first quarter, furniture was 38.2 percent of the city\'s exports, ceramics 21.5 percent and toys 9.4 percent.', '2026-04-20');
    expect([21.5, 9.4].map((v) => row(rows, v)?.unit)).toEqual(['percent-share', 'percent-share']);
  });
  it('reads goods items after "stood for N% of total imports" with "and" before the last', () => {
    const rows = releaseRows('In the first half, crude oil stood for 41.0% of total imports, iron ore 12.3% and natural gas 7.7%.', '2026-07-20');
    expect([12.3, 7.7].map((v) => row(rows, v)?.unit)).toEqual(['percent-share', 'percent-share']);
  });
  it('reads partners that "followed on" a share in the next sentence', () => {
    const rows = releaseRows('In 2025 China held 31.2 per cent of the country\'s goods trade. Japan followed on 8.9 per cent, the United States on 6.4 per cent and India on 4.1 per cent.', '2026-02-10');
    expect([8.9, 6.4, 4.1].map((v) => row(rows, v)?.unit)).toEqual(['percent-share', 'percent-share', 'percent-share']);
  });
  it('reads a partner that "came next at" a share', () => {
    const rows = releaseRows('Germany took 22.4 per cent of the country\'s exports in 2025. France came next at 11.8 per cent, Italy at 7.5 per cent.', '2026-02-10');
    expect([11.8, 7.5].map((v) => row(rows, v)?.unit)).toEqual(['percent-share', 'percent-share']);
  });
  it('reads a share opened by "By make-up," as a share, not a rise', () => {
    const rows = releaseRows('By make-up, machinery was 47.3 percent of the province\'s exports in the first half.', '2026-07-20');
    expect(row(rows, 47.3)).toMatchObject({ unit: 'percent-share' });
  });
  it('reads "a build-up of stocks" before a share as no rise', () => {
    const rows = releaseRows('Despite a build-up of stocks, soybeans were 62.1 percent of the port\'s imports in the first half, rapeseed 8.8 percent.', '2026-07-20');
    expect([62.1, 8.8].map((v) => row(rows, v)?.unit)).toEqual(['percent-share', 'percent-share']);
  });
  it('does not read a bare growth after a change as a share (near miss)', () => {
    const rows = releaseRows('In the first quarter, furniture exports rose 8.2 percent to 3.1 billion yuan, ceramics 4.5 percent and toys 9.4 percent.', '2026-04-20');
    expect(row(rows, 9.4)?.unit).not.toBe('percent-share');
  });
  it('does not read items with no share of a whole before them as shares (near miss)', () => {
    const rows = releaseRows('In the first quarter, exports were up 5.2 percent, furniture 8.2 percent and toys 9.4 percent.', '2026-04-20');
    expect(row(rows, 9.4)?.unit).not.toBe('percent-share');
  });
  it('still reads "picked up 5.1 percent" as a rise (near miss)', () => {
    const rows = releaseRows('In the first half, soybean imports picked up 5.1 percent to 48.2 million tonnes.', '2026-07-20');
    expect(row(rows, 48.2e6)).toMatchObject({ yoy_pct: 5.1 });
  });
});

describe('growth rates listed in an opening clause of change pair in order with the levels of the main clause', () => {
  it('reads "Rising respectively A% and B%, imports of X and of Y reached L1 and L2"', () => {
    const rows = releaseRows('Rising respectively 3.4% and 12.1%, imports of logs and of coal through the port reached 2.1 million tonnes and 840,000 tonnes in the first half.', '2026-07-20');
    expect([row(rows, 2.1e6)?.yoy_pct, row(rows, 840000)?.yoy_pct]).toEqual([3.4, 12.1]);
  });
  it('reads "Up A% and B% respectively, exports and imports came to L1 and L2" with the flows', () => {
    const rows = releaseRows('Up 4.2% and 9.1% respectively, exports and imports came to 120.5 billion yuan and 80.2 billion yuan in the first half.', '2026-07-20');
    expect([row(rows, 120.5e9), row(rows, 80.2e9)].map((r) => [r?.yoy_pct, r?.flow])).toEqual([[4.2, 'export'], [9.1, 'import']]);
  });
  it('reads "Having grown by A percent and B percent, ..." in the perfect', () => {
    const rows = releaseRows('Having grown by 6.5 percent and 2.3 percent, the province\'s exports and imports reached 96.1 billion yuan and 44.7 billion yuan in the first quarter.', '2026-04-20');
    expect([row(rows, 96.1e9)?.yoy_pct, row(rows, 44.7e9)?.yoy_pct]).toEqual([6.5, 2.3]);
  });
  it('reads falls with the base named before the comma', () => {
    const rows = releaseRows('Falling 3.5% and 7.2% respectively from a year earlier, coal and iron ore imports through the port totalled 2.1 million tonnes and 850,000 tonnes in the first half.', '2026-07-20');
    expect([row(rows, 2.1e6)?.yoy_pct, row(rows, 850000)?.yoy_pct]).toEqual([-3.5, -7.2]);
  });
  it('reads an opening clause after a period phrase, with no "respectively"', () => {
    const rows = releaseRows('In the first half, up 4.2% and 9.1%, exports and imports came to 120.5 billion yuan and 80.2 billion yuan.', '2026-07-20');
    expect([row(rows, 120.5e9)?.yoy_pct, row(rows, 80.2e9)?.yoy_pct]).toEqual([4.2, 9.1]);
  });
  it('does not pair when the main clause lists fewer levels (near miss)', () => {
    const rows = releaseRows('Rising 3.4% and 12.1% respectively, imports of logs and coal lifted the port\'s throughput to 2.1 million tonnes in the first half.', '2026-07-20');
    expect(row(rows, 2.1e6)?.yoy_pct).not.toBe(3.4);
  });
  it('does not pair growths that follow their levels (near miss)', () => {
    const rows = releaseRows('Exports and imports came to 120.5 billion yuan and 80.2 billion yuan in the first half, up 4.2% and 9.1% respectively.', '2026-07-20');
    expect([row(rows, 120.5e9)?.yoy_pct, row(rows, 80.2e9)?.yoy_pct]).toEqual([4.2, 9.1]);
  });
});

describe('a growth set against a noun of change "the month before" is the month before\'s', () => {
  it('reads "slowing from an 8.1 percent gain the month before"', () => {
    const rows = releaseRows('BEIJING, Nov 9 -- Exports rose 4.6 percent year on year in October, slowing from an 8.1 percent gain the month before, customs data showed.', '2026-11-09');
    expect(row(rows, null, 8.1)).toMatchObject({ period_start: '2026-09', period_end: '2026-09' });
  });
  it('reads "compared with a 1.4 percent dip a month earlier"', () => {
    const rows = releaseRows('HANOI, Nov 9 -- Imports grew 2.2 percent in October, compared with a 1.4 percent dip a month earlier.', '2026-11-09');
    expect(row(rows, null, -1.4)).toMatchObject({ period_start: '2026-09' });
  });
  it('reads "against a 3% decline one month before"', () => {
    const rows = releaseRows('SEOUL, Nov 2 -- Chip exports jumped 11% in October, against a 3% decline one month before.', '2026-11-02');
    expect(row(rows, null, -3)).toMatchObject({ period_start: '2026-09' });
  });
  it('reads "faster than the 2.5 percent year-on-year rise the month prior"', () => {
    const rows = releaseRows('TAIPEI, Dec 7 -- Exports expanded 6.9 percent in November, faster than the 2.5 percent year-on-year rise the month prior.', '2026-12-07');
    expect(row(rows, null, 2.5)).toMatchObject({ period_start: '2026-10' });
  });
  it('reads "versus a 5.2 percent surge a month ago" in a clause after the level', () => {
    const rows = releaseRows('JAKARTA, Sept 15 -- August exports reached 22.1 billion dollars, up 1.2 percent, versus a 5.2 percent surge a month ago.', '2026-09-15');
    expect(row(rows, null, 5.2)).toMatchObject({ period_start: '2026-07' });
  });
  it('does not date a rate level "from 46.8% a month earlier" as a growth (near miss)', () => {
    const rows = releaseRows('LONDON, Aug 5 -- The run rate at the coastal refineries rose to 52.4% in July from 46.8% a month earlier, a data provider said.', '2026-08-05');
    expect(row(rows, null, 46.8)).toBeUndefined();
  });
  it('keeps a change with no base word its own month (near miss)', () => {
    const rows = releaseRows('BEIJING, Nov 9 -- Exports rose 4.6 percent in October, and an 8.1 percent gain is forecast for the month ahead.', '2026-11-09');
    expect(row(rows, null, 4.6)).toMatchObject({ period_start: '2026-10' });
  });
});

describe('a "since" clause telling an event in a month dates the event, not the figure', () => {
  const lead = 'BEIJING, Nov 9 -- China\'s exports rose 4.6 percent in October. ';
  it('reads "the eighth straight monthly decline since Washington raised tariffs again in February"', () => {
    const rows = releaseRows(`${lead}Exports to the United States fell 14.7 percent, the eighth straight monthly decline since Washington raised tariffs on machinery again in February.`, '2026-11-09');
    expect(row(rows, null, -14.7)).toMatchObject({ period_start: '2026-10', period_end: '2026-10' });
  });
  it('reads "the fifth consecutive rise since the new rail line opened in May"', () => {
    const rows = releaseRows(`${lead}Shipments to Laos grew 22.3 percent, the fifth consecutive rise since the new rail line opened in May.`, '2026-11-09');
    expect(row(rows, null, 22.3)).toMatchObject({ period_start: '2026-10', period_end: '2026-10' });
  });
  it('reads "a sixth successive monthly fall since the duties took effect on June 1"', () => {
    const rows = releaseRows(`${lead}Steel exports dropped 9.8 percent, a sixth successive monthly fall since the duties took effect on June 1.`, '2026-11-09');
    expect(row(rows, null, -9.8)?.period_start).toBe('2026-10');
  });
  it('reads "declines in a row since the port was closed for repairs in March"', () => {
    const rows = releaseRows(`${lead}Coal imports slid 3.3 percent, their seventh decline in a row since the port was closed for repairs in March.`, '2026-11-09');
    expect(row(rows, null, -3.3)?.period_start).toBe('2026-10');
  });
  it('reads a streak told after the level, "since talks stalled at the end of April"', () => {
    const rows = releaseRows(`${lead}Soybean imports were 6.1 million tonnes, down 2.4 percent, the sixth straight drop since talks stalled at the end of April.`, '2026-11-09');
    expect(row(rows, 6.1e6)).toMatchObject({ period_start: '2026-10', yoy_pct: -2.4 });
  });
  it('keeps a month stated for the figure itself (near miss)', () => {
    const rows = releaseRows(`${lead}Exports to the United States fell 14.7 percent in September, since tariffs were raised.`, '2026-11-09');
    expect(row(rows, null, -14.7)?.period_start).toBe('2026-09');
  });
  it('keeps "in March" after a figure with no "since" before it (near miss)', () => {
    const rows = releaseRows('BEIJING, Nov 9 -- Exports to Laos grew 22.3 percent in March, the ministry said.', '2026-11-09');
    expect(row(rows, null, 22.3)?.period_start).toBe('2026-03');
  });
});

describe('one flow exceeding the other by an amount, in any tense and with an owner, is the balance', () => {
  it('reads "imports exceeded its exports by $23.1 billion" as a deficit', () => {
    const rows = releaseRows("ISLAMABAD: Pakistan's imports exceeded its exports by $23.1 billion in fiscal year 2023-24, the bureau said.", '2024-07-03');
    expect(row(rows, -23.1e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads "exports exceed imports by" in the present', () => {
    const rows = releaseRows('In the first half, the province\'s exports exceed imports by 41.2 billion yuan, the office said.', '2026-07-20');
    expect(row(rows, 41.2e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads "imports outweighed the country\'s exports by"', () => {
    const rows = releaseRows("COLOMBO, Aug 3 -- In June imports outweighed the country's exports by 512 million dollars, the central bank said.", '2026-08-03');
    expect(row(rows, -512e6)).toMatchObject({ flow: 'balance' });
  });
  it('reads "exports outstripped their imports by"', () => {
    const rows = releaseRows('In the first quarter, Kazakhstan\'s exports outstripped their imports by 4.6 billion dollars.', '2026-04-20');
    expect(row(rows, 4.6e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads "imports surpassed Kenya\'s exports by"', () => {
    const rows = releaseRows("NAIROBI, May 5 -- In March imports surpassed Kenya's exports by 96.3 billion shillings.", '2026-05-05');
    expect(row(rows, -96.3e9)).toMatchObject({ flow: 'balance' });
  });
  it('does not read "imports exceeded 5 billion dollars" as a balance (near miss)', () => {
    const rows = releaseRows('In the first quarter, imports exceeded 5.1 billion dollars, the office said.', '2026-04-20');
    expect(row(rows, 5.1e9)?.flow).toBe('import');
  });
  it('does not read "exports exceeded the target by" as a balance (near miss)', () => {
    const rows = releaseRows('In the first quarter, exports of 9.2 billion dollars exceeded the plan, rising 4.1 percent.', '2026-04-20');
    expect(row(rows, 9.2e9)?.flow).toBe('export');
  });
});

describe('money a flow "brought in" or "fetched" after any qualifier word is export earnings', () => {
  it('reads "brought in close to $4bn"', () => {
    const rows = releaseRows('KARACHI: In fiscal year 2023-24 rice shipments alone brought in close to $4bn on demand from the Gulf.', '2024-07-03');
    expect(row(rows, 4e9)).toMatchObject({ flow: 'export' });
  });
  it('reads "brought in roughly 2.6 billion dollars"', () => {
    const rows = releaseRows('In the first half, seafood brought in roughly 2.6 billion dollars for the province.', '2026-07-20');
    expect(row(rows, 2.6e9)).toMatchObject({ flow: 'export' });
  });
  it('reads "fetched around $850 million"', () => {
    const rows = releaseRows('In 2025 cashew kernels fetched around $850 million, the council said.', '2026-02-10');
    expect(row(rows, 850e6)).toMatchObject({ flow: 'export' });
  });
  it('reads "brought in just over Rs 120 billion"', () => {
    const rows = releaseRows('In the first quarter, tea brought in just over Rs 120 billion, the board said.', '2026-04-20');
    expect(row(rows, 120e9)).toMatchObject({ flow: 'export' });
  });
  it('reads "fetched approximately 310 million euros"', () => {
    const rows = releaseRows('In 2025 olive oil fetched approximately 310 million euros on foreign markets.', '2026-02-10');
    expect(row(rows, 310e6)).toMatchObject({ flow: 'export' });
  });
  it('does not read goods "brought in" with no amount of money as earnings (near miss)', () => {
    const rows = releaseRows('In the first half, traders brought in close to 2.1 million tonnes of wheat.', '2026-07-20');
    expect(row(rows, 2.1e6)?.flow).not.toBe('export');
  });
  it('does not read "brought in" money worth of goods as earnings (near miss)', () => {
    const rows = releaseRows('In the first half, buyers brought in close to $2.1 billion worth of machinery.', '2026-07-20');
    expect(row(rows, 2.1e9)?.flow).not.toBe('export');
  });
});

describe('a part "of the district\'s total" in a new paragraph is of total trade, whatever flow the paragraph before had', () => {
  const opening = 'Shantou Customs, whose district takes in Shantou, Chaozhou and Jieyang, said the district\'s trade came to 31.8 billion yuan in January and February, up 9.7 percent. Exports were 24.5 billion yuan.\n\n';
  it('reads "contributed X of the district\'s total"', () => {
    expect(row(releaseRows(`${opening}Shantou alone contributed 15.1 billion yuan of the district's total, up 11.2 percent.`, '2026-03-18'), 15.1e9)).toMatchObject({ flow: 'total' });
  });
  it('reads "of the prefecture\'s total" in a prefecture\'s release', () => {
    const text = 'Yili Prefecture said its exports came to 41.2 billion yuan in the first half.\n\nHorgos accounted for 22.6 billion yuan of the prefecture\'s total, up 5.5 percent.';
    expect(row(releaseRows(text, '2026-07-20'), 22.6e9)).toMatchObject({ flow: 'total' });
  });
  it('reads "of the county\'s total"', () => {
    const text = 'Fusong County said its exports reached 2.4 billion yuan in the first half.\n\nGinseng firms made 1.1 billion yuan of the county\'s total, up 4.2 percent.';
    expect(row(releaseRows(text, '2026-07-20'), 1.1e9)).toMatchObject({ flow: 'total' });
  });
  it('reads "of the zone\'s total"', () => {
    const text = 'The Qianhai zone said its imports came to 61.5 billion yuan in the first half.\n\nBonded logistics firms made 18.9 billion yuan of the zone\'s total, up 3.2 percent.';
    expect(row(releaseRows(text, '2026-07-20'), 18.9e9)).toMatchObject({ flow: 'total' });
  });
  it('reads "of the district total" with the adjective', () => {
    expect(row(releaseRows(`${opening}Chaozhou made up 7.7 billion yuan of the district total in the two months.`, '2026-03-18'), 7.7e9)).toMatchObject({ flow: 'total' });
  });
  it('keeps the flow of "of the district\'s total exports" (near miss)', () => {
    expect(row(releaseRows(`${opening}Shantou alone shipped 15.1 billion yuan of the district's total exports, up 11.2 percent.`, '2026-03-18'), 15.1e9)).toMatchObject({ flow: 'export' });
  });
  it('keeps a month\'s total no place\'s (near miss)', () => {
    expect(row(releaseRows(`${opening}Exports of toys were 5.1 billion yuan of the February total, up 18.6 percent.`, '2026-03-18'), 5.1e9)).toMatchObject({ flow: 'export' });
  });
});
