/**
 * Rules of the fixing round for b232 (freight trains, hubs, dry and rail ports, railways and corridors): each frame in several
 * phrasings of our own, with near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const H1 = '2025-07-04';

describe('a direction\'s part of the runs, named by a verb of being a part ("made up 3,210 of the trips")', () => {
  const lead = 'WUHAN, July 3 -- The Wuhan freight train hub handled 5,106 train trips in the first half of 2025, up 4.8 percent.';
  it('reads "Outbound services made up N of the trips" as the outbound trains', () => {
    const rows = releaseRows(`${lead} Outbound services made up 3,210 of the trips, the operator said.`, H1);
    expect(row(rows, 3210)).toMatchObject({ unit: 'trains', flow: 'export', period_start: '2025-01', period_end: '2025-06' });
  });
  it('reads "represented N of the runs"', () => {
    const rows = releaseRows(`${lead}\n\nWestbound trains represented 2,870 of the runs over the half.`, H1);
    expect(row(rows, 2870)).toMatchObject({ unit: 'trains', flow: 'export' });
  });
  it('reads "comprised N of the runs" with an inbound subject', () => {
    const rows = releaseRows(`${lead} Inbound trains comprised 1,640 of the runs, a larger part than a year before.`, H1);
    expect(row(rows, 1640)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "made up N of the journeys" with an eastbound subject', () => {
    const rows = releaseRows(`${lead}\n\nEastbound services made up 1,896 of the journeys.`, H1);
    expect(row(rows, 1896)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "constituted N of the trips" with a westbound subject', () => {
    const rows = releaseRows(`${lead} Westbound trains constituted 905 of the trips, the hub said.`, H1);
    expect(row(rows, 905)).toMatchObject({ unit: 'trains', flow: 'export' });
  });
  it('does not read a percentage of the trips as a count of trains (near miss)', () => {
    const rows = releaseRows(`${lead} Outbound services made up 62 percent of the trips.`, H1);
    expect(rows.some((r) => r.value === 62 && r.unit === 'trains')).toBe(false);
  });
  it('does not read "made up" with no number of the trips as a count (near miss)', () => {
    const rows = releaseRows(`${lead} Electronics made up most of the cargo on the outbound trips.`, H1);
    expect(rows.filter((r) => r.unit === 'trains').map(levelTuple)).toEqual([['2025-01', '2025-06', 5106, 'trains', 4.8]]);
  });
});

describe('trains running back, any verb of motion with "back" ("1,896 ran back into China")', () => {
  const lead = "XI'AN, July 3 -- The Xi'an freight train hub handled 5,106 train trips in the first half of 2025, up 4.8 percent.";
  it('reads "while N ran back into China" as inbound', () => {
    const rows = releaseRows(`${lead} Outbound services made up 3,210 of the trips, while 1,896 ran back into China.`, H1);
    expect(row(rows, 1896)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "and N went back to Xi\'an" as inbound', () => {
    const rows = releaseRows(`${lead} Of the trips, 3,210 were outbound and 1,896 went back to Xi'an.`, H1);
    expect(row(rows, 1896)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "N travelled back into China" as inbound', () => {
    const rows = releaseRows(`${lead}\n\nOf these, 3,210 left for Europe and Central Asia, and 1,896 travelled back into China loaded with wine and timber.`, H1);
    expect(row(rows, 1896)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "N rolled back into China" as inbound', () => {
    const rows = releaseRows(`${lead} Westbound trains accounted for 3,210 of them, while 1,896 rolled back into China.`, H1);
    expect(row(rows, 1896)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "N moved back into China" after a count of the same sentence as inbound', () => {
    const rows = releaseRows("XI'AN, July 3 -- The hub in Xi'an handled 5,106 trains in the first half of 2025, of which 3,210 were outbound and 1,896 moved back into China.", H1);
    expect(row(rows, 1896)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('does not read trains running back to the far end as inbound (near miss)', () => {
    const rows = releaseRows(`${lead} Of the trips, 3,210 were outbound, and 1,896 ran back to Duisburg after unloading in China.`, H1);
    expect(row(rows, 1896)?.flow).not.toBe('import');
  });
  it('does not read a count that runs "back and forth" as inbound (near miss)', () => {
    const rows = releaseRows("XI'AN, July 3 -- Shuttle trains between Xi'an and Qingdao Port made 1,896 runs back and forth in the first half of 2025.", H1);
    expect(row(rows, 1896)?.flow).not.toBe('import');
  });
});

describe('the next part with its verb left out, after a part of a whole named by its noun ("and eastbound trains for the other 3,680")', () => {
  const lead = 'BEIJING, July 2 -- China-Europe freight trains made 8,310 trips in the first half of 2025, up 3 percent year on year, the railway group said.';
  it('reads "for the other N" after "N of the trips"', () => {
    const rows = releaseRows(`${lead} Westbound trains accounted for 4,630 of the trips and eastbound trains for the other 3,680.`, H1);
    expect(row(rows, 3680)).toMatchObject({ unit: 'trains', flow: 'import', period_start: '2025-01', period_end: '2025-06' });
  });
  it('reads "for the remaining N" after "N of the runs", joined by "while"', () => {
    const rows = releaseRows(`${lead}\n\nOutbound services accounted for 4,630 of the runs, while inbound services for the remaining 3,680.`, H1);
    expect(row(rows, 3680)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "for the remaining N" after "N of the total trips"', () => {
    const rows = releaseRows(`${lead} Eastbound trains accounted for 3,680 of the total trips and westbound trains for the remaining 4,630.`, H1);
    expect(row(rows, 4630)).toMatchObject({ unit: 'trains', flow: 'export' });
  });
  it('reads "for the other N" after "N of the services", joined by "whereas"', () => {
    const rows = releaseRows(`${lead} Westbound trains accounted for 4,630 of the services, whereas return trains for the other 3,680.`, H1);
    expect(row(rows, 3680)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads the next part after "N of all the journeys"', () => {
    const rows = releaseRows(`${lead} Northbound trains accounted for 4,630 of all the journeys and southbound trains for the remaining 3,680.`, H1);
    expect(row(rows, 3680)).toMatchObject({ unit: 'trains' });
  });
  it('does not read a share of the other part as a count of trains (near miss)', () => {
    const rows = releaseRows(`${lead} Westbound trains accounted for 4,630 of the trips and eastbound trains for the other 44 percent.`, H1);
    expect(rows.some((r) => r.value === 44 && r.unit === 'trains')).toBe(false);
  });
  it('does not read a year after the elided verb as a count (near miss)', () => {
    const rows = releaseRows(`${lead} Westbound trains accounted for 4,630 of the trips, and eastbound trains for most of the growth since 2024.`, H1);
    expect(rows.some((r) => r.value === 2024)).toBe(false);
  });
});

describe('a perfect tense of a verb of change before "since" tells a trend, and dates no figure', () => {
  const lead = 'BEIJING, July 2 -- China-Europe freight trains made 8,310 trips in the first half of 2025, up 3 percent year on year.';
  const halfOf = (rows: ObservationDraft[], v: number) => expect(row(rows, v)).toMatchObject({ period_start: '2025-01', period_end: '2025-06' });
  it('reads "had narrowed since last year" after a reporting verb', () => {
    halfOf(releaseRows(`${lead} Westbound trains numbered 4,630, the company said, adding that the gap between the two directions had narrowed since last year.`, H1), 4630);
  });
  it('reads "noting that transit times have shortened since 2023"', () => {
    halfOf(releaseRows(`${lead} Westbound trains numbered 4,630, the group said, noting that transit times have shortened since 2023.`, H1), 4630);
  });
  it('reads "have improved since last year" in an opening clause', () => {
    halfOf(releaseRows(`${lead} Loading rates have improved since last year, and westbound trains numbered 4,630.`, H1), 4630);
  });
  it('reads "has widened since 2022" in a clause of "as"', () => {
    halfOf(releaseRows(`${lead} Westbound trains numbered 4,630 as the lead of that direction has widened since 2022.`, H1), 4630);
  });
  it('reads "has eased since early 2024" with the change verb of congestion', () => {
    halfOf(releaseRows(`${lead} Eastbound trains numbered 3,680, officials said, noting that congestion at the border has eased since 2024.`, H1), 3680);
  });
  it('keeps "has risen to N since 2013" a running total (near miss)', () => {
    const rows = releaseRows('BEIJING, July 2 -- The number of trains has risen to 9,000 trips since 2013, the group said.', H1);
    expect(row(rows, 9000)?.period_start).not.toBe('2025-01');
  });
  it('keeps "has carried N trains since 2016" a running total (near miss)', () => {
    const rows = releaseRows(`${lead} The line has carried 12,000 trains since 2016.`, H1);
    expect(row(rows, 12000)?.period_start).not.toBe('2025-01');
  });
});

describe('the far end of a link in a relative clause on the subject is no area of its figures', () => {
  it('reads trains "which link inland cities such as A, B and C with Qinzhou Port" as the corridor\'s', () => {
    const rows = releaseRows('NANNING, July 3 -- Sea-rail trains on the New International Land-Sea Trade Corridor made 4,870 trips in the first half of 2024. The trains, which link inland cities such as Chongqing, Chengdu and Guiyang with Qinzhou Port on the Beibu Gulf, carried 486,000 TEUs in the period, up 11.2 percent. The goods they moved were worth 58.9 billion yuan.', '2024-07-04');
    expect(row(rows, 486000)?.area).toBe('New International Land-Sea Trade Corridor');
    expect(row(rows, 58.9e9)?.area).toBe('New International Land-Sea Trade Corridor');
  });
  it('reads services "which join Xi\'an to Qingdao Port" as Xi\'an\'s', () => {
    const rows = releaseRows("XI'AN, July 3 -- Xi'an ran 1,200 trains in the first half of 2025. The services, which join Xi'an to Qingdao Port, carried 35,000 TEUs.", H1);
    expect(row(rows, 35000)?.area).toBe("Xi'an");
  });
  it('reads trains "which connect Zhengzhou with Lianyungang Port" as Zhengzhou\'s', () => {
    const rows = releaseRows('ZHENGZHOU, July 3 -- Zhengzhou ran 1,200 trains in the first half of 2025. Its sea-rail trains, which connect Zhengzhou with Lianyungang Port, moved 28,000 TEUs in the half.', H1);
    expect(row(rows, 28000)?.area).toBe('Zhengzhou');
  });
  it('reads trains "which run from Chongqing to Qinzhou Port" with the far end after "to"', () => {
    const rows = releaseRows('CHONGQING, Oct. 9 -- The New International Land-Sea Trade Corridor handled 1,020 sea-rail trips in the first nine months of 2025. Its trains, which run from Chongqing to Qinzhou Port, carried 98,000 TEUs in the period.', '2025-10-10');
    expect(row(rows, 98000)?.area).not.toBe('Qinzhou Port');
  });
  it('reads shuttles "which link the city with Tianjin Port" as not the far port\'s', () => {
    const rows = releaseRows('ERENHOT, July 3 -- Erenhot handled 1,200 trains in the first half of 2025. The shuttles, which link the city with Tianjin Port, carried 41,000 TEUs in the half.', H1);
    expect(row(rows, 41000)?.area).not.toBe('Tianjin Port');
  });
  it('keeps the near end of the link, "which links Yiwu with Europe" (near miss)', () => {
    const rows = releaseRows('HANGZHOU, Dec. 9 -- The Yiwu-Xinjiang-Europe freight train service, which links the small-commodity hub of Yiwu with Central Asia and Europe, made 2,800 trips from January to November, up 13 percent year on year.', '2024-12-10');
    expect(row(rows, 2800)?.area).toBe('Yiwu');
  });
  it('keeps a crossing the link goes through, "through the Pogranichny checkpoint" (near miss)', () => {
    const rows = releaseRows('VLADIVOSTOK, Nov. 12 -- Along the corridor, which links Heilongjiang with the ports of Primorye through the Pogranichny checkpoint, 27,400 TEU of transit containers moved in ten months.', '2026-11-12');
    expect(row(rows, 27400)?.area).toBe('Pogranichny Port');
  });
});

describe('a railway or corridor the subject\'s goods went by is the means of their trade, not their area', () => {
  it('reads "Laos exported ... by the Laos-China Railway ..., worth ..." as Laos\'s', () => {
    const rows = releaseRows('VIENTIANE, Aug 9 -- Laos exported 1.21 million tonnes of goods to China by the Laos-China Railway in the first seven months of 2023, worth about 412 million US dollars, the ministry said.', '2023-08-10');
    expect(row(rows, 412e6)?.area).toBe('Laos');
  });
  it('reads "Chongqing shipped ... along the corridor, worth ..." as Chongqing\'s', () => {
    const rows = releaseRows('CHONGQING, Oct. 9 -- Chongqing shipped 86,000 TEUs along the New International Land-Sea Trade Corridor in the first nine months of 2025, with the goods valued at 9.1 billion yuan.', '2025-10-10');
    expect(row(rows, 9.1e9)?.area).toBe('Chongqing');
  });
  it('reads "Yunnan sent ... via the China-Laos Railway" as the province\'s', () => {
    const rows = releaseRows('KUNMING, May 6 -- Yunnan sent 640,000 tonnes of goods to Laos via the China-Laos Railway in the first four months of 2025, and the shipments were valued at 3.2 billion yuan.', '2025-05-07');
    expect(row(rows, 3.2e9)?.area).toBe('Yunnan');
  });
  it('reads "Kazakhstan moved ... over the Trans-Caspian International Transport Route" as the country\'s', () => {
    const rows = releaseRows('ASTANA, Feb. 12 -- Kazakhstan moved 2.1 million tonnes of exports over the Trans-Caspian International Transport Route in 2023, goods worth 1.4 billion U.S. dollars.', '2024-02-12');
    expect(row(rows, 1.4e9)?.area).toBe('Kazakhstan');
  });
  it('reads "Laos imported ... on the Laos-China Railway" as Laos\'s', () => {
    const rows = releaseRows('VIENTIANE, Aug 9 -- Laos imported 640,000 tonnes of goods from China on the Laos-China Railway in the first seven months of 2023, valued at 538 million dollars.', '2023-08-10');
    expect(row(rows, 538e6)?.area).toBe('Laos');
  });
  it('keeps the railway\'s figures when the railway is the subject (near miss)', () => {
    const rows = releaseRows('KUNMING, Dec. 4 -- Trains on the China-Laos Railway carried 5.1 million tonnes of freight from January to November, up 12.4 percent year on year.', '2025-12-05');
    expect(row(rows, 5.1e6)?.area).toBe('China-Laos Railway');
  });
  it('keeps a port the goods went through as the area (near miss)', () => {
    const rows = releaseRows('VIENTIANE, Aug 9 -- Laos exported goods worth 412 million US dollars to China through Boten Port in the first seven months of 2023.', '2023-08-10');
    expect(row(rows, 412e6)?.area).not.toBe('Laos');
  });
});

describe('a figure in a "when" clause right after a period is that period\'s', () => {
  const lead = 'SHIJIAZHUANG, March 9 -- The dry port moved 52,400 TEUs in January and February, up 17.3 percent.';
  it('reads "Compared with the first two months of 2025, when the port handled N"', () => {
    const rows = releaseRows(`${lead} Compared with the first two months of 2025, when the port handled 44,700 TEUs on the same line, the gain came from new customers.`, '2026-03-10');
    expect(row(rows, 44700)).toMatchObject({ period_start: '2025-01', period_end: '2025-02', yoy_pct: null });
  });
  it('reads "well above the level of the first two months of 2025, when volumes stood at N"', () => {
    const rows = releaseRows('SHIJIAZHUANG, March 9 -- The dry port moved 52,400 TEUs in January and February, well above the level of the first two months of 2025, when volumes stood at 44,700 TEUs.', '2026-03-10');
    expect(row(rows, 44700)).toMatchObject({ period_start: '2025-01', period_end: '2025-02' });
  });
  it('reads "Set against January and February of 2025, when the port moved N" opening a sentence', () => {
    const rows = releaseRows(`${lead} Set against January and February of 2025, when the port moved 44,700 TEUs, the rise was steep.`, '2026-03-10');
    expect(row(rows, 44700)).toMatchObject({ period_start: '2025-01', period_end: '2025-02' });
  });
  it('reads "versus the first two months of 2025, when it moved N" after the figure', () => {
    const rows = releaseRows('SHIJIAZHUANG, March 9 -- The dry port moved 52,400 TEUs in January and February, versus the first two months of 2025, when it moved 44,700 TEUs.', '2026-03-10');
    expect(row(rows, 44700)).toMatchObject({ period_start: '2025-01', period_end: '2025-02' });
  });
  it('reads "as against January-February 2025, when it moved N" with a dashed span', () => {
    const rows = releaseRows('SHIJIAZHUANG, March 9 -- The dry port moved 52,400 TEUs in January and February, as against January-February 2025, when it moved 44,700 TEUs.', '2026-03-10');
    expect(row(rows, 44700)).toMatchObject({ period_start: '2025-01', period_end: '2025-02' });
  });
  it('does not date a running total after a closed "when" clause by its launch (near miss)', () => {
    const rows = releaseRows(`${lead} Since March 2018, when the first train left, the dry port has run 5,000 trips in total.`, '2026-03-10');
    expect(row(rows, 5000)?.period_end).not.toBe('2018-03');
  });
  it('does not date a figure after a "when" clause with a number of its own (near miss)', () => {
    const rows = releaseRows('SHIJIAZHUANG, March 9 -- In 2018, when 26 routes opened, the dry port ran 118 freight trains in January and February of 2026.', '2026-03-10');
    expect(row(rows, 118)?.period_start).not.toBe('2018-01');
  });
});
