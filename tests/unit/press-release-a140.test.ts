/**
 * Rules widened in the fixing round for b250 and b262 (thirty-eighth session): each phenomenon in several frames of our own,
 * and near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null, yoy?: number) => rows.find((r) => r.value === value && (yoy === undefined || r.yoy_pct === yoy));
const growth = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.value === null && r.yoy_pct === yoy);

describe('a change set after another by a verb of reversing, extending or building on dates that other change earlier', () => {
  it('reads "reversing a 3.0% gain in the previous month" as the month before', () => {
    const rows = releaseRows('SEOUL, Dec 2 (wire) - Outbound shipments fell in November. They slid 1.8% to $55.1 billion, reversing a 3.0% gain in the previous month.', '2026-12-02');
    expect(growth(rows, 3)).toMatchObject({ period_start: '2026-10', period_end: '2026-10' });
  });
  it('reads "erased the 2.4 percent rise of a month earlier" in the past tense', () => {
    const rows = releaseRows('HANOI, Nov. 6 -- Rice exports dropped 5.1 percent in October and erased a 2.4 percent rise a month earlier, the office said.', '2026-11-06');
    expect(growth(rows, 2.4)).toMatchObject({ period_start: '2026-09', period_end: '2026-09' });
  });
  it('reads "wiping out a 1.2% dip a month earlier" after the amount', () => {
    const rows = releaseRows('TAIPEI, Aug 8 (wire) - Imports jumped 6.7% in July to $31.2 billion, wiping out a 1.2% dip a month earlier.', '2026-08-08');
    expect(growth(rows, -1.2)).toMatchObject({ period_start: '2026-06', period_end: '2026-06' });
    expect(row(rows, 31.2e9)).toMatchObject({ period_start: '2026-07', yoy_pct: 6.7 });
  });
  it('reads "extending a 4 percent advance in the preceding month" with the agency after it', () => {
    const rows = releaseRows('JAKARTA, Sept. 15 -- Coal shipments climbed 7.5 percent in August, extending a 4 percent advance in the preceding month, the statistics agency said.', '2026-09-15');
    expect(growth(rows, 4)).toMatchObject({ period_start: '2026-07', period_end: '2026-07' });
  });
  it('reads "building on a 2.2% increase the month before" after an amount', () => {
    const rows = releaseRows('MANILA, Oct 10 -- Electronics exports reached $3.4 billion in September, up 5.5%, building on a 2.2% increase the month before.', '2026-10-10');
    expect(growth(rows, 2.2)).toMatchObject({ period_start: '2026-08', period_end: '2026-08' });
  });
  it('reads "on the heels of a 9% drop in the prior month" as a trailing phrase', () => {
    const rows = releaseRows('SANTIAGO, Apr 7 -- Copper exports rose 3.3% in March to $4.2 billion, on the heels of a 9% drop in the previous month.', '2026-04-07');
    expect(growth(rows, -9)).toMatchObject({ period_start: '2026-02', period_end: '2026-02' });
  });
  it('keeps the figure\'s own change after "reversing course" (guard)', () => {
    const rows = releaseRows('SEOUL, Dec 2 (wire) - Imports, reversing course, rose 4.4% in November to $50.3 billion.', '2026-12-02');
    expect(row(rows, 50.3e9)).toMatchObject({ period_start: '2026-11', yoy_pct: 4.4 });
  });
  it('keeps "continued to grow 6.1% in November" as the month\'s own change (guard)', () => {
    const rows = releaseRows('SEOUL, Dec 2 (wire) - Chip exports continued to grow 6.1% in November, reaching $12.1 billion.', '2026-12-02');
    expect(row(rows, 12.1e9)).toMatchObject({ period_start: '2026-11', yoy_pct: 6.1 });
  });
});

describe('a hyphened year-long adjective with no year of its own dates its noun by the year stated', () => {
  it('reads "full-year soybean imports" after a December figure as the year', () => {
    const rows = releaseRows('BEIJING, Jan 14 -- Soybean imports fell 1.2% in 2025 to 90.1 million tonnes. Arrivals in December were 8.8 million tonnes. By value, full-year soybean imports came to about 34.5 billion US dollars.', '2026-01-14');
    expect(row(rows, 34.5e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('reads "The whole-year tally" as the subject', () => {
    const rows = releaseRows('ASTANA, Jan 20 -- Grain exports reached 11.3 million tonnes in 2025. Wheat exports in December were 1.4 million tonnes. The whole-year tally of flour exports stood at 2.6 million tonnes.', '2026-01-20');
    expect(row(rows, 2.6e6)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('reads "year-long" before a total in a trailing clause', () => {
    const rows = releaseRows('HANOI, Jan 8 -- Coffee exports in 2025 brought in 5.6 billion U.S. dollars. December shipments were 180,000 tonnes, lifting the year-long total to 1.46 million tonnes.', '2026-01-08');
    expect(row(rows, 1.46e6)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('reads "calendar-year" before the noun in a fiscal-year-free release', () => {
    const rows = releaseRows('WELLINGTON, Jan 30 -- Dairy exports for 2025 were NZ$24.1 billion. In December they were NZ$2.2 billion. Calendar-year meat exports came to NZ$10.7 billion.', '2026-01-30');
    expect(row(rows, 10.7e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('goes on with the year in the sentences after a full-year figure', () => {
    const rows = releaseRows('BEIJING, Jan 14 -- Pork imports fell 8% in 2025 to 1.1 million tonnes. December arrivals were 90,000 tonnes. Full-year beef imports rose 3% to 2.8 million tonnes. Brazil supplied 1.2 million tonnes of the beef.', '2026-01-14');
    expect(row(rows, 2.8e6)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
    expect(row(rows, 1.2e6)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('does not date a level passed "above the full-year record of" by the year (guard)', () => {
    const rows = releaseRows('BRASILIA, Dec 5 -- Over January-November, soybean exports reached 101.2 million tonnes, already above the full-year record of 98.1 million tonnes reached in 2024.', '2026-12-05');
    expect(row(rows, 98.1e6)?.period_start).not.toBe('2026-01');
  });
  it('does not read "the first full year of operation" as the year stated (guard)', () => {
    const rows = releaseRows('HEFEI, Jan 9 -- The hub ran 900 trains in 2025. In 2016, the first full year of operation, there were just 35.', '2026-01-09');
    expect(row(rows, 35)?.period_start ?? '').not.toBe('2025-01');
  });
});

describe('a total since the first run named with words between, or since a month of a year with a perfect of running, runs from that month', () => {
  it('reads "Since the first Chang\'an service in November 2013" with a name between', () => {
    const rows = releaseRows("XI'AN, Jan 6 -- Since the first Chang'an service in November 2013, the hub has run over 11,000 trains in total.", '2022-01-06');
    expect(levelTuple(row(rows, 11000)!)).toEqual(['2013-11', '2022-01', 11000, 'trains', null]);
  });
  it('reads "since its maiden China-Europe block train in" a month after the total', () => {
    const rows = releaseRows('CHENGDU, Mar 3 -- The yard has dispatched 8,200 trains since its maiden China-Europe block train in April 2013.', '2026-03-03');
    expect(row(rows, 8200)).toMatchObject({ period_start: '2013-04', period_end: '2026-03' });
  });
  it('reads a bare "Since May 2019," opening the sentence before a perfect', () => {
    const rows = releaseRows('VIENTIANE, Feb 2 -- Since May 2019, the terminal has handled 2.4 million tonnes of freight.', '2026-02-02');
    expect(row(rows, 2.4e6)).toMatchObject({ period_start: '2019-05', period_end: '2026-02' });
  });
  it('reads "since June 2021" closing the sentence after a perfect', () => {
    const rows = releaseRows('MINSK, Apr 14 -- The park\'s rail yard has received more than 3,100 container trains since June 2021.', '2026-04-14');
    expect(row(rows, 3100)).toMatchObject({ period_start: '2021-06', period_end: '2026-04' });
  });
  it('reads "Since late March 2016 the crossing had seen" in the pluperfect', () => {
    const rows = releaseRows('HORGOS, Dec 3 -- Since late March 2016 the crossing had seen 9,600 freight trains by the end of November.', '2026-12-03');
    expect(row(rows, 9600)?.period_start).toBe('2016-03');
  });
  it('does not make a change "since March 2020" a running total (guard)', () => {
    const rows = releaseRows('MINSK, Apr 14 -- Exports to China have grown 40% since March 2020, the ministry said, reaching 1.9 billion dollars in the first quarter.', '2026-04-14');
    expect(row(rows, 1.9e9)?.period_start).not.toBe('2020-03');
  });
  it('does not make a total with a change of its own "since June 2021" a running total (guard)', () => {
    const rows = releaseRows('MINSK, Apr 14 -- Since June 2021 the rail yard has handled 3,100 container trains, 12 percent more than in the same span a year before.', '2026-04-14');
    expect(row(rows, 3100)?.period_start).not.toBe('2021-06');
  });
  it('does not read "since the first half of 2025" as a first run (guard)', () => {
    const rows = releaseRows('HANOI, Jan 8 -- Rice exports reached 8.1 million tonnes in 2025, the most since the first half of 2019.', '2026-01-08');
    expect(row(rows, 8.1e6)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
});

describe("a place that says where a speaker or a firm sits is not the figures' area", () => {
  const lead = 'China\'s goods trade grew 5 percent in the first ten months, customs data showed.';
  it('reads "an economist at a Beijing think tank said" as China\'s figure', () => {
    const rows = releaseRows(`${lead} In October alone, exports rose 11.2 percent year-on-year, an economist at a Beijing think tank said.`, '2026-11-08');
    expect(growth(rows, 11.2)).toMatchObject({ area: 'China' });
  });
  it('reads "according to a researcher with a Shanghai university"', () => {
    const rows = releaseRows(`${lead} Imports of chips climbed 9.4 percent in October, according to a researcher with a Shanghai university.`, '2026-11-08');
    expect(growth(rows, 9.4)).toMatchObject({ area: 'China' });
  });
  it('reads "A Guangzhou trading house estimated" as the opening subject', () => {
    const rows = releaseRows(`${lead} A Guangzhou trading house estimated that furniture exports fell 3.1 percent in October.`, '2026-11-08');
    expect(growth(rows, -3.1)).toMatchObject({ area: 'China' });
  });
  it('reads "said an analyst in Shenzhen" after the figure', () => {
    const rows = releaseRows(`${lead} Shipments of solar panels rose 14.5 percent in October, said an analyst in Shenzhen.`, '2026-11-08');
    expect(growth(rows, 14.5)).toMatchObject({ area: 'China' });
  });
  it('reads "strategists based in Hangzhou" as a speaker\'s place', () => {
    const rows = releaseRows(`${lead} Car exports jumped 21.7 percent in October, strategists based in Hangzhou wrote in a note.`, '2026-11-08');
    expect(growth(rows, 21.7)).toMatchObject({ area: 'China' });
  });
  it('keeps "a Shenzhen port" as the place of its figure (guard)', () => {
    const rows = releaseRows(`${lead} In October, a Shenzhen port handled 3.1 million TEU.`, '2026-11-08');
    expect(row(rows, 3.1e6)?.area).not.toBe('China');
  });
  it('keeps "Shanghai\'s exports" as the city\'s figure beside an analyst elsewhere (guard)', () => {
    const rows = releaseRows(`${lead} Shanghai's exports rose 6.3 percent in October.`, '2026-11-08');
    expect(growth(rows, 6.3)).toMatchObject({ area: 'Shanghai' });
  });
});

describe('a city after "the port in" (a kind of port or none before it) names the city\'s own port', () => {
  it('reads "The international port in Xi\'an" with an apposition after it', () => {
    const rows = releaseRows("XI'AN, April 9 -- The international port in Xi'an, capital of northwest China's Shaanxi Province, dispatched 657 China-Europe freight trains in the first quarter of the year.", '2020-04-09');
    expect(row(rows, 657)).toMatchObject({ area: "Xi'an Port" });
  });
  it('reads "the inland port at Chengdu" after "from"', () => {
    const rows = releaseRows('CHENGDU, Jan 5 -- Trains from the inland port at Chengdu made 4,800 trips in 2025.', '2026-01-05');
    expect(row(rows, 4800)).toMatchObject({ area: 'Chengdu Port' });
  });
  it('reads "the dry port in Zhengzhou" after a passive participle', () => {
    const rows = releaseRows('ZHENGZHOU, Jan 5 -- Cargo moved by the dry port in Zhengzhou came to 210,000 TEU in 2025, up 9 percent.', '2026-01-05');
    expect(row(rows, 210000)).toMatchObject({ area: 'Zhengzhou Port' });
  });
  it('reads "the railway port in Chongqing" (a municipality) at the end of the clause', () => {
    const rows = releaseRows('CHONGQING, Jan 5 -- Last year, 5,200 trains left the railway port in Chongqing.', '2026-01-05');
    expect(row(rows, 5200)).toMatchObject({ area: 'Chongqing Port' });
  });
  it('reads "The port in Urumqi" with no kind before the noun', () => {
    const rows = releaseRows('URUMQI, Jan 5 -- The port in Urumqi, the regional capital, handled 1.3 million tonnes of freight in 2025.', '2026-01-05');
    expect(row(rows, 1.3e6)).toMatchObject({ area: 'Urumqi Port' });
  });
  it('does not make a province after "the land port in" a port (guard)', () => {
    const rows = releaseRows('HOHHOT, Jan 5 -- The land port in Inner Mongolia handled 1.3 million tonnes of freight in 2025.', '2026-01-05');
    expect(row(rows, 1.3e6)?.area).not.toBe('Inner Mongolia Port');
  });
  it('keeps the subject city when officials "at the port in" another city speak (guard)', () => {
    const rows = releaseRows("XI'AN, Jan 5 -- Xi'an exported goods worth 41 billion yuan in 2025, officials at the port in Qingdao said.", '2026-01-05');
    expect(row(rows, 41e9)).toMatchObject({ area: "Xi'an" });
  });
});

describe('how full the boxes, wagons or runs of a service were is an operating ratio, no share of trade', () => {
  const lead = "XI'AN, Jan 6 -- The hub ran 3,841 trains in 2021.";
  const shares = (rows: ObservationDraft[]) => rows.filter((r) => r.unit === 'percent-share');
  it('drops "the share of empty boxes on westbound runs is now below 2%" after a semicolon', () => {
    expect(shares(releaseRows(`${lead} Loading had improved; the share of empty boxes on westbound runs is now below 2%.`, '2022-01-06'))).toEqual([]);
  });
  it('drops "The proportion of empty wagons on return runs dropped to 5 percent"', () => {
    expect(shares(releaseRows(`${lead} The proportion of empty wagons on return runs dropped to 5 percent.`, '2022-01-06'))).toEqual([]);
  });
  it('drops "The share of unloaded slots on eastbound trains stood at 6%"', () => {
    expect(shares(releaseRows(`${lead} The share of unloaded slots on eastbound trains stood at 6%.`, '2022-01-06'))).toEqual([]);
  });
  it('drops "Empty containers made up 4% of eastbound boxes" with the boxes as the subject', () => {
    expect(shares(releaseRows(`${lead} Empty containers made up 4% of eastbound boxes.`, '2022-01-06'))).toEqual([]);
  });
  it('drops "Unloaded wagons represented 7% of the eastbound fleet" with another verb of a part', () => {
    expect(shares(releaseRows(`${lead} Unloaded wagons represented 7% of the eastbound fleet.`, '2022-01-06'))).toEqual([]);
  });
  it('keeps a change of exports of empty containers (guard)', () => {
    const rows = releaseRows(`${lead} Exports of empty containers rose 12 percent to 40,000 TEU.`, '2022-01-06');
    expect(row(rows, 40000)).toMatchObject({ yoy_pct: 12 });
  });
  it('keeps a share of the goods loaded on the trains (guard)', () => {
    const rows = releaseRows(`${lead} Electronics accounted for 32% of the goods loaded on westbound trains.`, '2022-01-06');
    expect(row(rows, 32)).toMatchObject({ unit: 'percent-share' });
  });
});
