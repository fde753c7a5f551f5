/**
 * Fixing round for the leftovers of b274 and b276 (fortieth session): a change by a third or two thirds in words.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a change by a third or two thirds in words is a growth of 33.3 or 66.7', () => {
  it('reads a fall by a third leading into the level ("fell by a third to")', () => {
    expect(tuples('MUMBAI, June 12 - Crude shipped in from Nigeria fell by a third to 1.2 million tonnes in May, port data showed.', '2026-06-12')).toContainEqual(['2026-05', '2026-05', 1.2e6, 'tonnes', -33.3]);
  });
  it('reads a rise by one-third with a year-on-year aside before the level', () => {
    expect(tuples('KARACHI, Oct 4 -- Textile exports grew by one-third, year on year, to $1.9 billion in September, the bureau said.', '2026-10-04')).toContainEqual(['2026-09', '2026-09', 1.9e9, 'USD', 33.3]);
  });
  it('reads "up by a third from the year before" after the level', () => {
    expect(tuples('XIAMEN, Jan. 20 -- Exports of tea through the port reached 48,000 tonnes in 2025, up by a third from the year before, the customs office said.', '2026-01-20')).toContainEqual(['2025-01', '2025-12', 48000, 'tonnes', 33.3]);
  });
  it('reads "down by two thirds on the year" after the level', () => {
    expect(tuples('HANOI, March 3 -- Coal purchases from Australia came to 410,000 tonnes in February, down by two thirds on the year.', '2026-03-03')).toContainEqual(['2026-02', '2026-02', 410000, 'tonnes', -66.7]);
  });
  it('reads a cut by two-thirds leading into the level ("were cut by two-thirds to")', () => {
    expect(tuples('SEOUL, Aug. 1 -- Shipments of steel plate to the bloc were cut by two-thirds to 85,000 tonnes in July, the association said.', '2026-08-01')).toContainEqual(['2026-07', '2026-07', 85000, 'tonnes', -66.7]);
  });
  it('reads a change by a third with no level as a growth row ("have risen by a third")', () => {
    expect(tuples('CANBERRA, April 9 - Barley exports to China in March have risen by a third compared with a year earlier, officials said.', '2026-04-09')).toContainEqual(['2026-03', '2026-03', null, '', 33.3]);
  });
  it('reads a noun of change by two-thirds with no level ("a drop of two-thirds")', () => {
    expect(tuples('OTTAWA, May 14 - Canola sales to Japan in April showed a drop of two-thirds from April last year.', '2026-05-14')).toContainEqual(['2026-04', '2026-04', null, '', -66.7]);
  });
  it('does not read a hedged third ("by nearly a third") (near miss)', () => {
    const rows = tuples('LAGOS, Feb 2 - Cocoa exports rose by nearly a third to 120,000 tonnes in January, traders said.', '2026-02-02');
    expect(rows).toContainEqual(['2026-01', '2026-01', 120000, 'tonnes', null]);
    expect(rows.some((r) => r[4] === 33.3)).toBe(false);
  });
  it('does not read "a third of" the total without a change verb (near miss)', () => {
    const rows = tuples('JAKARTA, July 8 - A third of the 2.4 million tonnes of palm oil shipped in June went to India, the ministry said.', '2026-07-08');
    expect(rows.some((r) => r[4] === 33.3)).toBe(false);
  });
  it('does not read a habitual rise by a third (near miss)', () => {
    const rows = tuples('ERENHOT, Nov. 2 -- The port will add night shifts for the winter, when truck traffic usually rises by a third.', '2026-11-02');
    expect(rows.some((r) => r[4] === 33.3)).toBe(false);
  });
});

const flowOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.flow;

describe('trains heading, running or travelling east or west go the way "bound east" or "westbound" says', () => {
  it('reads "trains were heading east" after the count as trains coming back into China', () => {
    expect(flowOf('XI\'AN, Jan. 9 -- The city\'s China-Europe service ran 4,800 trains in 2025. Of these, 1,950 trains were heading east, the operator said.', '2026-01-09', 1950)).toBe('import');
  });
  it('reads "trains running westward numbered" as trains going out', () => {
    expect(flowOf('CHENGDU, Jan. 8 -- Trains running westward numbered 1,300 in 2025, the logistics office said.', '2026-01-08', 1300)).toBe('export');
  });
  it('reads "the trains that travelled west came to" in a relative clause as going out', () => {
    expect(flowOf('ZHENGZHOU, July 6 -- In the first half, the trains that travelled west came to 640, the hub operator said.', '2026-07-06', 640)).toBe('export');
  });
  it('reads "trains which went east" as coming back', () => {
    expect(flowOf('WUHAN, April 3 -- Freight trains which went east in the first quarter totalled 212, the rail company said.', '2026-04-03', 212)).toBe('import');
  });
  it('reads "trains moving eastward" closing the sentence as coming back', () => {
    expect(flowOf('YIWU, Oct. 2 -- In January-September the city\'s rail port counted 388 trains moving eastward.', '2026-10-02', 388)).toBe('import');
  });
  it('does not give the goods heading west a flow of the tonnage before them (near miss)', () => {
    expect(flowOf('HORGOS, July 12 -- The trains moved 3.9 million tonnes of goods in the first half, with machinery and textiles heading west and grain and wood coming back.', '2026-07-12', 3.9e6)).not.toBe('export');
  });
  it('does not read trains heading west that did something else in a later clause (near miss)', () => {
    expect(flowOf('XI\'AN, Jan. 9 -- The service carried 610,000 TEU in 2025, and 95 percent of the trains heading west came back loaded.', '2026-01-09', 610000)).not.toBe('export');
  });
});

const areaOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.area;

describe('a waypoint a route is said to run by, in a restrictive clause, is no area of the route\'s goods', () => {
  it('reads "a rail-sea link that goes via the port of X" as the release\'s port\'s goods', () => {
    expect(areaOf('URUMQI, Aug. 4 -- A total of 3,100 freight trains passed through Horgos Port in the first seven months. Goods on a rail-sea link that goes via the port of Lianyungang reached 52,000 tonnes.', '2026-08-04', 52000)).toBe('Horgos Port');
  });
  it('reads "a land-sea route which passes through X Port" the same', () => {
    expect(areaOf('LANZHOU, Jan. 12 -- Freight through Lanzhou Port totalled 1.8 million tonnes in 2025. A land-sea route which passes through Qinzhou Port moved 64,000 TEU, up 9 percent.', '2026-01-12', 64000)).toBe('Lanzhou Port');
  });
  it('reads a participle with no relative word ("the lanes running via the port of X")', () => {
    expect(areaOf('HOHHOT, March 3 -- Manzhouli Port handled 2,400 trains in the first two months. Cargo on the lanes running via the port of Dalian came to 31,000 TEU.', '2026-03-03', 31000)).toBe('Manzhouli Port');
  });
  it('reads a passive relative ("a line that was routed through X Port")', () => {
    expect(areaOf('KUNMING, Oct. 8 -- Mohan Port handled 2.1 million tonnes of cargo in January-September. A rail-road line that was routed through Fangchenggang Port carried 40,000 tonnes.', '2026-10-08', 40000)).toBe('Mohan Port');
  });
  it('reads a route that calls at a port ("a connection that calls at the port of X")', () => {
    expect(areaOf('XINING, June 2 -- Goods through Caojiabao Airport reached 9,000 tonnes in May. A new air-sea connection that calls at the port of Tianjin moved 1,200 tonnes.', '2026-06-02', 1200)).toBe('Caojiabao Airport');
  });
  it('keeps the port a corridor runs through, set off by commas, as the area (near miss)', () => {
    expect(areaOf('BEIJING, April 9 -- Trains on the northern corridor, running through Erenhot Port, made 1,480 trips in the first quarter, up 4.2 percent.', '2026-04-09', 1480)).toBe('Erenhot Port');
    expect(areaOf('BEIJING, April 9 -- The western corridor, which runs through Alashankou Port, handled 2,110 trains in the first quarter, up 6.7 percent.', '2026-04-09', 2110)).toBe('Alashankou Port');
  });
  it('keeps the port trains (not a route) passed through as the area (near miss)', () => {
    expect(areaOf('HOHHOT, July 10 -- In the first half, 1,260 trains that ran through Erenhot Port carried 1.1 million tonnes of goods.', '2026-07-10', 1260)).toBe('Erenhot Port');
  });
});

const growths = (text: string, published: string) => releaseRows(text, published).map((r) => r.yoy_pct).filter((y) => y !== null);

describe('a change since a year before the last is no year-on-year change', () => {
  it('reads no growth from a multiple since 1992 in a speech', () => {
    expect(growths('SEOUL, March 24 -- The consul said trade between the two countries had grown fifty-fold since 1992.', '2026-03-24')).toEqual([]);
  });
  it('reads no growth from a word multiple since a year ("has risen sevenfold since 2003")', () => {
    expect(growths('BUSAN, Oct. 2 -- Trade between the two ports has risen sevenfold since 2003, the chamber said.', '2026-10-02')).toEqual([]);
  });
  it('reads no growth from a percentage since a year with the figure\'s own year named ("in 2025 rose 85 percent since 2019")', () => {
    expect(growths('HANOI, Jan. 9 -- Exports of rice in 2025 rose 85 percent since 2019, the ministry said.', '2026-01-09')).toEqual([]);
  });
  it('reads no growth since the start of a year ("up 140 percent since the start of 2020")', () => {
    expect(growths('ASTANA, Feb. 3 -- In 2025 grain exports were up 140 percent since the start of 2020.', '2026-02-03')).toEqual([]);
  });
  it('reads no growth from a change by a fraction since a year ("grown by a third since 1998")', () => {
    expect(growths('SEOUL, March 24 -- The consul said trade had grown by a third since 1998.', '2026-03-24')).toEqual([]);
  });
  it('reads no growth from a multiple in times since a year ("climbed 3.4 times since 2016")', () => {
    expect(growths('LIMA, Nov 3 - Shipments of blueberries in 2025 climbed 3.4 times since 2016, the exporters association said.', '2026-11-03')).toEqual([]);
  });
  it('keeps a change since the year before the figure\'s ("in 2025 rose 8 percent since 2024") (near miss)', () => {
    expect(growths('HANOI, Jan. 9 -- Exports of rice in 2025 rose 8 percent since 2024, the ministry said.', '2026-01-09')).toEqual([8]);
  });
  it('keeps a growth beside "the highest since 2019", which dates a record, not a base (near miss)', () => {
    expect(growths('HANOI, Jan. 9 -- Exports of rice in 2025 rose 12 percent, the highest growth since 2019, the ministry said.', '2026-01-09')).toEqual([12]);
  });
});
