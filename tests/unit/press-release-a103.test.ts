/**
 * Rules widened in the fixing round for b212, b219, b202, b217, b218, b208 (thirty-fifth session): each phenomenon in several
 * frames of our own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const span = (rows: ObservationDraft[], value: number) => {
  const r = row(rows, value);
  return r ? `${r.period_start}..${r.period_end}` : 'none';
};

describe('a running total counted from a launch the text dates under other words', () => {
  it('reads a route named by the place it runs through ("the route through X opened in")', () => {
    const rows = releaseRows('HOHHOT, Sept. 6 -- Since the route through Erenhot opened in September 2013, the number of freight trains handled there had exceeded 14,000 by the end of August.', '2023-09-06');
    expect(span(rows, 14000)).toBe('2013-09..2023-08');
  });
  it('reads a line named by its two ends ("the line between X and Y was launched in")', () => {
    const rows = releaseRows('ZHENGZHOU, May 12 -- The freight trains have made 9,420 trips since the line between Zhengzhou and Hamburg was launched in July 2013.', '2025-05-12');
    expect(span(rows, 9420)).toBe('2013-07..2025-05');
  });
  it('reads "its maiden departure" as the first run', () => {
    const rows = releaseRows("XI'AN, March 3 -- The freight train service has completed 21,580 trips since its maiden departure in November 2013.", '2025-03-03');
    expect(span(rows, 21580)).toBe('2013-11..2025-03');
  });
  it('reads "the inaugural run" as the first run', () => {
    const rows = releaseRows('KUNMING, June 18 -- Some 4,300 freight trains have crossed the border since the inaugural run of the service in April 2019, the railway said.', '2025-06-18');
    expect(span(rows, 4300)).toBe('2019-04..2025-06');
  });
  it('reads the first train "used" the crossing', () => {
    const rows = releaseRows('HOHHOT, Aug. 14 -- Since the first such train used the crossing in October 2013, the number of freight trains has reached 2,480.', '2018-08-14');
    expect(span(rows, 2480)).toBe('2013-10..2018-08');
  });
  it('reads the first train that "reached" a city', () => {
    const rows = releaseRows('YIWU, Oct. 2 -- Since the first block train reached Madrid in November 2014, the route has carried 312,000 TEU of goods.', '2024-10-02');
    expect(span(rows, 312000)).toBe('2014-11..2024-10');
  });
  it('reads "since its start in March 2011"', () => {
    const rows = releaseRows('CHONGQING, Jan. 25 -- The cumulative number of freight trains on the route since its start in March 2011 passed 15,000 by the end of December.', '2024-01-25');
    expect(span(rows, 15000)).toBe('2011-03..2023-12');
  });
  it('does not read "since the beginning of this year" as a launch (near miss)', () => {
    const rows = releaseRows('CHONGQING, May 25 -- Since the beginning of this year the route has carried 1,520 freight trains, up 9 percent year on year.', '2024-05-25');
    expect(row(rows, 1520)?.period_start).toBe('2024-01');
  });
  it('does not read "since the start of 2024" as a launch (near miss)', () => {
    const rows = releaseRows('CHONGQING, May 25 -- The route has carried 1,520 freight trains since the start of 2024, up 9 percent year on year.', '2024-05-25');
    expect(row(rows, 1520)?.period_start).toBe('2024-01');
  });
});

describe('a named year told ending as the time of a running total closes it in that December', () => {
  const lead = "XI'AN, Jan. 9 -- The freight train service ran 5,351 trains in 2023, up 15 percent year on year. ";
  it('reads "As 2023 drew to an end"', () => {
    const rows = releaseRows(`${lead}As 2023 drew to an end, the service had completed 21,580 trips since its launch in November 2013.`, '2024-01-09');
    expect(span(rows, 21580)).toBe('2013-11..2023-12');
  });
  it('reads "When 2023 came to a close"', () => {
    const rows = releaseRows(`${lead}When 2023 came to a close, the trains had moved 1.9 million TEU since the route opened in November 2013.`, '2024-01-09');
    expect(span(rows, 1.9e6)).toBe('2013-11..2023-12');
  });
  it('reads "With 2023 drawing to a close" in an opening clause', () => {
    const rows = releaseRows(`${lead}With 2023 drawing to a close, runs since the first train left for Almaty in November 2013 had reached 21,580.`, '2024-01-09');
    expect(span(rows, 21580)).toBe('2013-11..2023-12');
  });
  it('reads "as 2023 ended" after the count\'s subject', () => {
    const rows = releaseRows(`${lead}The corridor, as 2023 ended, had handled 21,580 trips since its launch in November 2013.`, '2024-01-09');
    expect(span(rows, 21580)).toBe('2013-11..2023-12');
  });
  it('reads "by the time 2023 had come to an end"', () => {
    const rows = releaseRows(`${lead}By the time 2023 had come to an end, the line had made 21,580 trips since its opening in November 2013.`, '2024-01-09');
    expect(span(rows, 21580)).toBe('2013-11..2023-12');
  });
  it('does not close the total at a year told beginning (near miss)', () => {
    const rows = releaseRows(`${lead}As 2024 began, the service had completed 21,580 trips since its launch in November 2013.`, '2024-01-09');
    expect(span(rows, 21580)).toBe('2013-11..2024-01');
  });
  it('does not close the total at a year merely named before it (near miss)', () => {
    const rows = releaseRows(`${lead}Plans for 2023 ended in a record, and the service has completed 21,580 trips since its launch in November 2013.`, '2024-01-09');
    expect(row(rows, 21580)?.period_end).toBe('2024-01');
  });
});

describe('a running total since a launch in a later clause of its own is not the period of the figure before it', () => {
  const lead = 'CHONGQING, Jan. 25 -- The city\'s trade fell in 2023, customs said. ';
  it('reads ", while the cumulative number ... since its launch"', () => {
    const rows = releaseRows(`${lead}The corridor ran 2,576 freight trains, while the cumulative number of trains since its launch in March 2011 passed 15,000.`, '2024-01-25');
    expect(span(rows, 2576)).toBe('2023-01..2023-12');
    expect(row(rows, 15000)?.period_start).toBe('2011-03');
  });
  it('reads ", and the total since the line opened"', () => {
    const rows = releaseRows(`${lead}The route handled 1,430 freight trains, and the total number of trains since the line opened in April 2016 reached 9,800.`, '2024-01-25');
    expect(span(rows, 1430)).toBe('2023-01..2023-12');
    expect(row(rows, 9800)?.period_start).toBe('2016-04');
  });
  it('reads ", with ... since ... reaching" (an absolute clause)', () => {
    const rows = releaseRows(`${lead}Freight trains on the line numbered 880, with the number of trains since the first train left for Duisburg in March 2011 reaching 16,000.`, '2024-01-25');
    expect(span(rows, 880)).toBe('2023-01..2023-12');
    expect(row(rows, 16000)?.period_start).toBe('2011-03');
  });
  it('reads "while" with no comma before it', () => {
    const rows = releaseRows(`${lead}The hub dispatched and received 2,010 freight trains while its tally of trains since its inauguration in June 2017 passed 11,000.`, '2024-01-25');
    expect(span(rows, 2010)).toBe('2023-01..2023-12');
    expect(row(rows, 11000)?.period_start).toBe('2017-06');
  });
  it('reads ", whilst" before trains counted since the port opened', () => {
    const rows = releaseRows(`${lead}The port cleared 1,120 freight trains, whilst the number of trains cleared since the port opened in May 2014 has passed 7,500.`, '2024-01-25');
    expect(span(rows, 1120)).toBe('2023-01..2023-12');
    expect(row(rows, 7500)?.period_start).toBe('2014-05');
  });
  it('keeps a figure in the same clause as the launch phrase a running total (near miss)', () => {
    const rows = releaseRows(`${lead}The corridor has run 15,600 freight trains since its launch in March 2011.`, '2024-01-25');
    expect(row(rows, 15600)?.period_start).toBe('2011-03');
  });
  it('keeps a figure after the launch phrase in the same clause a running total, with a list of amounts (near miss)', () => {
    const rows = releaseRows(`${lead}Since its launch in March 2011, the corridor has run 15,600 freight trains, and 1.3 million TEU of goods have been carried.`, '2024-01-25');
    expect(row(rows, 15600)?.period_start).toBe('2011-03');
  });
});

describe('a change in brackets after an amount, then ", or" a percentage of a whole, is a share', () => {
  const share = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value && r.unit === 'percent-share');
  it('reads "(up 41.3%), or 36.4% of the country\'s turnover"', () => {
    const rows = releaseRows("MOSCOW, Nov. 10 -- In January-September, trade with EU countries totaled 201.4 billion US dollars (up 41.3%), or 36.4% of Russia's turnover.", '2021-11-10');
    expect(share(rows, 36.4)).toMatchObject({ measure: 'share', yoy_pct: null });
    expect(row(rows, 201.4e9)?.yoy_pct).toBe(41.3);
  });
  it('reads "(+12 percent year on year), or 20 percent of national exports"', () => {
    const rows = releaseRows('NANNING, Oct. 18 -- Exports of the region reached 310.5 billion yuan in the first nine months (+12 percent year on year), or 20 percent of national exports to ASEAN.', '2026-10-18');
    expect(share(rows, 20)).toMatchObject({ measure: 'share', yoy_pct: null });
  });
  it('reads "(down 3.2 per cent) and 15 per cent of all imports"', () => {
    const rows = releaseRows('JAKARTA, Aug 15 - Coal purchases from the island came to 4.1 billion dollars in July (down 3.2 per cent) and 15 per cent of all imports of the country.', '2026-08-15');
    expect(share(rows, 15)).toMatchObject({ measure: 'share', yoy_pct: null });
  });
  it('reads "(rising 5.6 percent on the year), or about 40.2 percent of its total"', () => {
    const rows = releaseRows('HANOI, Dec. 9 -- Electronics shipments hit 98.3 billion dollars in the 11 months (rising 5.6 percent on the year), or about 40.2 percent of its total exports.', '2026-12-09');
    expect(share(rows, 40.2)).toMatchObject({ measure: 'share', yoy_pct: null });
  });
  it('reads "(up 9%), or 31% of the province\'s trade" after a partner', () => {
    const rows = releaseRows("HARBIN, July 20 -- In the first half, Heilongjiang's trade with Russia stood at 61.2 billion yuan (up 9%), or 31% of the province's foreign trade.", '2026-07-20');
    expect(share(rows, 31)).toMatchObject({ measure: 'share', yoy_pct: null });
  });
  it('does not read a second growth in brackets, then ", or" a growth in dollars, as a share (near miss)', () => {
    const rows = releaseRows('BEIJING, Nov. 7 -- Exports rose to 2.1 trillion yuan in October (up 7.4%), or 6.9% in dollar terms.', '2026-11-07');
    expect(rows.some((r) => r.unit === 'percent-share')).toBe(false);
  });
  it('does not read a bracketed change followed by an amount as a share (near miss)', () => {
    const rows = releaseRows('BEIJING, Nov. 7 -- Exports rose to 2.1 trillion yuan in October (up 7.4%), or 295.6 billion dollars.', '2026-11-07');
    expect(rows.some((r) => r.unit === 'percent-share')).toBe(false);
  });
});

describe('parts of a train count told by leaving or entering the country are its directions', () => {
  const lead = 'URUMQI, Nov. 12 -- The border port handled 7,103 freight trains from January to October, up 2.4 percent year on year.';
  const flowOf = (rows: ObservationDraft[], value: number) => row(rows, value)?.flow;
  it('reads "Of the trains, N left China and M entered the country"', () => {
    const rows = releaseRows(`${lead} Of the trains, 4,021 left China and 3,082 entered the country.`, '2026-11-12');
    expect([flowOf(rows, 4021), flowOf(rows, 3082)]).toEqual(['export', 'import']);
  });
  it('reads "N left the country and M came into China"', () => {
    const rows = releaseRows(`${lead} Of the trains, 4,021 left the country and 3,082 came into China.`, '2026-11-12');
    expect([flowOf(rows, 4021), flowOf(rows, 3082)]).toEqual(['export', 'import']);
  });
  it('reads "exited China, while M crossed into the country"', () => {
    const rows = releaseRows(`${lead} Of them, 4,021 exited China, while 3,082 crossed into the country.`, '2026-11-12');
    expect([flowOf(rows, 4021), flowOf(rows, 3082)]).toEqual(['export', 'import']);
  });
  it('reads a part with "of them" after the number', () => {
    const rows = releaseRows(`${lead} Some 4,021 of them left the nation, loaded mostly with machinery.`, '2026-11-12');
    expect(flowOf(rows, 4021)).toBe('export');
  });
  it('reads the entering part first, each with its far end', () => {
    const rows = releaseRows(`${lead} Of these trains, 3,082 entered China from Kazakhstan and 4,021 left the country for Europe.`, '2026-11-12');
    expect([flowOf(rows, 3082), flowOf(rows, 4021)]).toEqual(['import', 'export']);
  });
  it('does not read trains that "entered or exited China" as one direction (near miss)', () => {
    const rows = releaseRows('URUMQI, Dec. 3 -- In November, 712 freight trains entered or exited China through the pass.', '2026-12-03');
    expect(flowOf(rows, 712)).toBe('total');
  });
  it('does not read parts that leave a city or enter a yard as figures of a direction (near miss)', () => {
    const rows = releaseRows(`${lead} Of them, 4,021 left on time and 3,082 entered the yard late.`, '2026-11-12');
    expect(row(rows, 4021)).toBeUndefined();
    expect(row(rows, 3082)).toBeUndefined();
  });
});

describe('a period dating a change named by a noun, with no figure, is not the period of the next sentences', () => {
  const next = ' Imports declined 1.9 percent to 221.1 billion dollars.';
  const importsSpan = (rows: ObservationDraft[]) => span(rows, 221.1e9);
  it('reads "reversing the gains of the first two months"', () => {
    const rows = releaseRows(`BEIJING, April 12 -- Exports fell 7.5 percent year on year in March to 279.7 billion dollars, reversing the gains of the first two months.${next}`, '2024-04-12');
    expect(importsSpan(rows)).toBe('2024-03..2024-03');
  });
  it('reads "after the slump in January and February"', () => {
    const rows = releaseRows(`SEOUL, April 1 -- Shipments abroad climbed 4.2 percent in March to 55.3 billion dollars, after the slump in January and February.${next}`, '2024-04-01');
    expect(importsSpan(rows)).toBe('2024-03..2024-03');
  });
  it('reads "wiping out the gains recorded in the first two months of the year"', () => {
    const rows = releaseRows(`KUALA LUMPUR, April 18 -- Shipments abroad fell 2.2 percent in March to 25.3 billion dollars, wiping out the gains recorded in the first two months of the year.${next}`, '2024-04-18');
    expect(importsSpan(rows)).toBe('2024-03..2024-03');
  });
  it('reads "undoing the recovery seen over the first half"', () => {
    const rows = releaseRows(`MANILA, Aug. 8 -- July exports were 6.4 billion dollars, down 3 percent year on year, undoing the recovery seen over the first half.${next}`, '2024-08-08');
    expect(importsSpan(rows)).toBe('2024-07..2024-07');
  });
  it('reads "unlike the contraction during the first quarter"', () => {
    const rows = releaseRows(`TAIPEI, May 8 -- April exports grew 3 percent year on year to 36.4 billion dollars, unlike the contraction during the first quarter.${next}`, '2024-05-08');
    expect(importsSpan(rows)).toBe('2024-04..2024-04');
  });
  it('reads "following a decline in" a year', () => {
    const rows = releaseRows(`JAKARTA, Feb. 15 -- January exports were 20.5 billion dollars, up 1.2 percent on the year, following a decline in 2023.${next}`, '2024-02-15');
    expect(importsSpan(rows)).toBe('2024-01..2024-01');
  });
  it('goes on with a period that opens a sentence of its own figures (near miss)', () => {
    const rows = releaseRows(`BEIJING, April 12 -- Exports fell 7.5 percent year on year in March to 279.7 billion dollars. For the first quarter, exports grew 1.5 percent to 807.1 billion dollars.${next}`, '2024-04-12');
    expect(importsSpan(rows)).toBe('2024-01..2024-03');
  });
  it('goes on with a period that dates a change with a figure in the sentence\'s own clause (near miss)', () => {
    const rows = releaseRows(`BEIJING, April 12 -- Exports came to 279.7 billion dollars in March, and the gains in the first quarter reached 1.5 percent.${next}`, '2024-04-12');
    expect(importsSpan(rows)).toBe('2024-01..2024-03');
  });
});

describe('a bare "so far" beside a change is January to the end of the release\'s own reporting period', () => {
  const growth = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.value === null && r.yoy_pct === yoy);
  const growthSpan = (rows: ObservationDraft[], yoy: number) => {
    const r = growth(rows, yoy);
    return r ? `${r.period_start}..${r.period_end}` : 'none';
  };
  it('reads "up 4.3 percent so far" after a quarter and an earlier quarter\'s aside', () => {
    const rows = releaseRows('BEIJING, Oct. 14 -- Exports rose 6.0 percent year on year to 925.8 billion dollars in the third quarter. Imports had grown 1.8 percent in the second quarter. Exports are now up 4.3 percent so far, the agency said.', '2024-10-14');
    expect(growthSpan(rows, 4.3)).toBe('2024-01..2024-09');
  });
  it('reads "So far, ... have risen" opening the sentence after a month and the month before', () => {
    const rows = releaseRows('SEOUL, Nov. 1 -- Exports grew 4.6 percent from a year earlier to 57.5 billion dollars in October. In September they had slipped 1.2 percent. So far, exports have risen 8.1 percent.', '2024-11-01');
    expect(growthSpan(rows, 8.1)).toBe('2024-01..2024-10');
  });
  it('reads "so far" between subject and verb', () => {
    const rows = releaseRows('HANOI, Aug. 5 -- Shipments abroad reached 36.4 billion dollars in July, up 19 percent on the year. June had seen a 10 percent rise. Shipments so far are 15.2 percent higher than a year earlier.', '2024-08-05');
    expect(growthSpan(rows, 15.2)).toBe('2024-01..2024-07');
  });
  it('reads "has so far grown" after a half-year lead and an aside on its second quarter', () => {
    const rows = releaseRows('ASTANA, July 20 -- Foreign trade came to 66.1 billion dollars in the first half, up 3 percent year on year. The second quarter alone saw a 4.4 percent gain. Trade with China has so far grown 9.7 percent.', '2024-07-20');
    expect(growthSpan(rows, 9.7)).toBe('2024-01..2024-06');
  });
  it('reads "so far" closing a clause with a fall', () => {
    const rows = releaseRows('JAKARTA, Dec. 16 -- November exports were 24.0 billion dollars, up 9.1 percent year on year. October had brought a 10.3 percent gain. Coal exports are down 6.6 percent so far.', '2024-12-16');
    expect(growthSpan(rows, -6.6)).toBe('2024-01..2024-11');
  });
  it('does not make a count "so far" with no change a year to date (near miss)', () => {
    const rows = releaseRows('URUMQI, Oct. 14 -- The port handled 1,120 freight trains in the third quarter, up 6 percent year on year. Trains had risen 3 percent in the second quarter. The port has so far handled 12,400 freight trains.', '2024-10-14');
    expect(row(rows, 12400)?.period_start).not.toBe('2024-01');
  });
  it('does not read a change with no "so far" as the year to date (near miss)', () => {
    const rows = releaseRows('BEIJING, Oct. 14 -- Exports rose 6.0 percent year on year to 925.8 billion dollars in the third quarter. Imports had grown 1.8 percent in the second quarter. Exports are now up 4.3 percent, the agency said.', '2024-10-14');
    expect(growthSpan(rows, 4.3)).not.toBe('2024-01..2024-09');
  });
});

describe('an undated span told in a later clause of its own is not the period of the figure before it', () => {
  const lead = "CHENGDU, Jan. 20 -- The city's trade reached 841.3 billion yuan in 2022, up 2.7 percent from the previous year.";
  it('reads ", and officials said ... had been opened since 2020"', () => {
    const rows = releaseRows(`${lead} The freight train service ran more than 4,800 trains in the year, and officials said 11 new routes had been opened since 2020.`, '2023-01-20');
    expect(span(rows, 4800)).toBe('2022-01..2022-12');
  });
  it('reads ", but ... has tripled since 2018"', () => {
    const rows = releaseRows(`${lead} Exports of cars reached 61,000 vehicles, but the plant's output has tripled since 2018.`, '2023-01-20');
    expect(span(rows, 61000)).toBe('2022-01..2022-12');
  });
  it('reads a semicolon before "has been expanded twice since 2017"', () => {
    const rows = releaseRows(`${lead} The port handled 1,020 freight trains; its rail yard has been expanded twice since 2017.`, '2023-01-20');
    expect(span(rows, 1020)).toBe('2022-01..2022-12');
  });
  it('reads ", whilst ... has grown since 2021"', () => {
    const rows = releaseRows(`${lead} Sea-rail trains carried 180,000 TEU in the year, whilst the list of goods carried has grown since 2021.`, '2023-01-20');
    expect(span(rows, 180000)).toBe('2022-01..2022-12');
  });
  it('reads ", and ... have spread since 2015" after tonnes shipped abroad', () => {
    const rows = releaseRows(`${lead} The city shipped 9,300 tonnes of tea abroad, and tea gardens in the hills have spread since 2015.`, '2023-01-20');
    expect(span(rows, 9300)).toBe('2022-01..2022-12');
  });
  it('keeps a total since a past year in its own clause undated (near miss)', () => {
    const rows = releaseRows(`${lead} Since 2020 the service has run 12,000 freight trains.`, '2023-01-20');
    expect(row(rows, 12000)?.period_start).toBe('');
  });
  it('keeps a total before "since" a past year, a list following, undated (near miss)', () => {
    const rows = releaseRows(`${lead} The service has run 12,000 freight trains since 2020, and 4,800 in the year.`, '2023-01-20');
    expect(row(rows, 12000)?.period_start).toBe('');
  });
});
