/**
 * Fixing round for older leftovers (b269-03, b260-14, b261, b195, b41, b232), fortieth session: each cause in several
 * frames of our own, and near misses. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const HUB = 'ZHENGZHOU, Jan. 8 -- The Zhengzhou hub ran 3,100 freight trains in 2025, up 8 percent, the operator said. ';
const areaOf = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value)?.area;

describe('a noun of runs "into", "to" or "for" a place names its own clause\'s far end, not a later clause\'s area', () => {
  it('reads a "while" clause of returning trains as the hub\'s', () => {
    const rows = releaseRows(`${HUB}Westbound services into Hamburg numbered 412, while 300 came back.`, '2026-01-08');
    expect(areaOf(rows, 300)).toBe('Zhengzhou');
  });
  it('reads a clause after a semicolon with its own owner ("the hub\'s yearly count")', () => {
    const rows = releaseRows(`${HUB}Trains running into Lodz came to 96 last year; the hub's yearly count climbed from 2,640 in 2023 to 2,870 in 2024.`, '2026-01-08');
    expect(areaOf(rows, 2640)).toBe('Zhengzhou');
    expect(areaOf(rows, 2870)).toBe('Zhengzhou');
  });
  it('reads a list of two far ends before "whereas"', () => {
    const rows = releaseRows(`${HUB}Westbound runs into Duisburg and Hamburg totalled 520, whereas 1,140 trains returned loaded.`, '2026-01-08');
    expect(areaOf(rows, 1140)).toBe('Zhengzhou');
  });
  it('reads the other way of running ("eastbound departures") and a later clause of the hub\'s own trains', () => {
    const rows = releaseRows(`${HUB}Eastbound departures into Lodz numbered 380 in the year; the hub's outbound trains meanwhile reached 1,020.`, '2026-01-08');
    expect(areaOf(rows, 1020)).toBe('Zhengzhou');
  });
  it('reads the later clause joined by "and" with a count word of its own', () => {
    const rows = releaseRows(`${HUB}Westbound trips into Lodz came to 210 in 2025, and the annual total of the hub rose from 2,640 in 2023 to 2,870 in 2024.`, '2026-01-08');
    expect(areaOf(rows, 2870)).toBe('Zhengzhou');
  });
  it('keeps the far end as the area of the figure in its own clause (near miss)', () => {
    const rows = releaseRows(`${HUB}Westbound services into Duisburg numbered 412, while 300 came back.`, '2026-01-08');
    expect(areaOf(rows, 412)).toBe('Duisburg');
  });
  it('keeps a place that owns the later clause\'s figure (near miss)', () => {
    const rows = releaseRows(`${HUB}Westbound services into Duisburg numbered 412, and Duisburg's terminal handled 52,000 TEUs.`, '2026-01-08');
    expect(areaOf(rows, 52000)).toBe('Duisburg');
  });
});

describe('north or south at a border port outside China goes out toward the neighbour traded with and comes in from it', () => {
  const flowOf = (text: string, value: number) => releaseRows(text, '2026-06-01').find((r) => r.value === value)?.flow;
  const LAREDO = 'LAREDO, Texas, Oct 3 -- Trade with Mexico through the port of Laredo reached 80.2 billion dollars in the first quarter, U.S. Census Bureau data showed. ';
  const NUEVO = 'NUEVO LAREDO, Mexico, Nov 4 -- Mexico\'s trade with the United States through Nuevo Laredo rose 5 percent to 150.3 billion dollars in January-September, INEGI said. ';
  it('reads trains that rolled south from a US port on the Mexican border as leaving', () => {
    expect(flowOf(`${LAREDO}Some 640 trains rolled south over the rail bridge in the quarter.`, 640)).toBe('export');
  });
  it('reads a northbound count at the same port as coming in', () => {
    expect(flowOf(`${LAREDO}Northbound trains numbered 700 in the quarter.`, 700)).toBe('import');
  });
  it('reads northbound at a US port on the Canadian border as leaving', () => {
    const text = 'DETROIT, April 9 -- Goods trade with Canada through the Port of Detroit came to 31.4 billion dollars in the first quarter of 2026, according to the U.S. Census Bureau. Northbound freight trains across the river numbered 410.';
    expect(flowOf(text, 410)).toBe('export');
  });
  it('reads "heading south" from the Canadian side as leaving', () => {
    const text = 'WINDSOR, Ontario, May 5 -- Canada\'s trade with the United States via Windsor totalled 98.6 billion dollars in 2025, Statistics Canada said. Trains heading south made 1,240 trips across the border.';
    expect(flowOf(text, 1240)).toBe('export');
  });
  it('reads the Mexican side the other way round: "bound south" comes in, "went north" leaves', () => {
    expect(flowOf(`${NUEVO}Trains bound south came to 950 in the period.`, 950)).toBe('import');
    expect(flowOf(`${NUEVO}Some 1,150 trains went north in the period.`, 1150)).toBe('export');
  });
  it('reads a compass word inside the count ("3,420 northbound trains") at a Malaysian crossing into Thailand', () => {
    const text = 'BUKIT KAYU HITAM, Malaysia, March 2 -- Malaysia\'s trade with Thailand at the Bukit Kayu Hitam crossing was worth 12.1 billion ringgit in 2025, the Department of Statistics Malaysia said. Southbound trucks were not counted, but 3,420 northbound trains crossed in the year.';
    expect(flowOf(text, 3420)).toBe('export');
  });
  it('leaves a Chinese port\'s northbound trains as they were read (near miss)', () => {
    const text = 'ERENHOT, Nov 4 -- Trade with Mongolia through Erenhot port rose 5 percent to 15.3 billion yuan in January-September, the customs said. Northbound trains numbered 1,200 in the period.';
    expect(flowOf(text, 1200)).toBe('total');
  });
  it('gives no way to a compass word when the partner lies across no north-south border (near miss)', () => {
    const text = 'LONG BEACH, California, Nov 4 -- Trade with China through the port of Long Beach rose 5 percent to 95.3 billion dollars in January-September, U.S. Census Bureau data showed. Southbound trains out of the yard numbered 1,200 in the period.';
    expect(flowOf(text, 1200)).toBe('total');
  });
});

const LAREDO_HEAD = 'LAREDO, Texas, Oct 3 -- Trade with Mexico through the port of Laredo reached 80.2 billion dollars in the first quarter, U.S. Census Bureau data showed. ';
const HAMBURG_HEAD = 'HAMBURG, Feb 20 -- The Port of Hamburg handled 7.8 million TEU of containers in 2025, up 2.1 percent, the port authority said. ';
const shareArea = (text: string, value: number) => releaseRows(text, '2026-06-01').find((r) => r.value === value && r.unit === 'percent-share')?.area;

describe('the two sides named after a share\'s "of" own the whole together; neither holds the share', () => {
  it('reads a hyphened pair before "trade"', () => {
    expect(shareArea(`${LAREDO_HEAD}The port clears about 40 percent of all US-Mexico trade.`, 40)).toBe('Laredo Port');
  });
  it('reads "a share of trade between A and B"', () => {
    expect(shareArea(`${LAREDO_HEAD}Freight rose, and the port handled a 31 percent share of trade between the United States and Mexico in 2025.`, 31)).toBe('Laredo Port');
  });
  it('reads the pair in the other order, after an aside on the subject', () => {
    expect(shareArea(`${LAREDO_HEAD}The port, the busiest on the border, cleared 44% of total Mexico-United States trade in 2025.`, 44)).toBe('Laredo Port');
  });
  it('reads "the overland trade between the US and Mexico"', () => {
    expect(shareArea(`${LAREDO_HEAD}The crossing took close to 40 percent of the overland trade between the US and Mexico.`, 40)).toBe('Laredo Port');
  });
  it('reads goods through the port as the part, "made up ... of trade between A and B"', () => {
    expect(shareArea(`${LAREDO_HEAD}Freight through the port made up 37 percent of trade between the United States and Mexico.`, 37)).toBe('Laredo Port');
  });
  it('keeps a kind of goods as the part of the pair\'s whole (near miss)', () => {
    expect(shareArea(`${LAREDO_HEAD}Machinery made up 40 percent of US-Mexico trade.`, 40)).toBe('United States');
  });
  it('keeps the pair as the area of a level of its own trade, no share before it (near miss)', () => {
    const rows = releaseRows(`${LAREDO_HEAD}Total US-Mexico trade rose 5 percent to 612 billion dollars in the quarter.`, '2026-06-01');
    expect(rows.find((r) => r.value === 612e9)?.area).toBe('United States');
  });
});

describe('a town of the port the release is on, clearing or handling a share of trade, is the port at work', () => {
  it('reads "the city of X clears"', () => {
    expect(shareArea(`${LAREDO_HEAD}The city of Laredo clears about 40 percent of all US-Mexico trade carried overland.`, 40)).toBe('Laredo Port');
  });
  it('reads the bare town with "handles"', () => {
    expect(shareArea(`${LAREDO_HEAD}Laredo handles about 40 percent of all US-Mexico trade carried overland.`, 40)).toBe('Laredo Port');
  });
  it('reads "processes close to" a share', () => {
    expect(shareArea(`${LAREDO_HEAD}Laredo processes close to 38 percent of the overland trade between the US and Mexico.`, 38)).toBe('Laredo Port');
  });
  it('reads "funnels" with a share of the country\'s trade', () => {
    expect(shareArea(`${LAREDO_HEAD}Laredo funnels some 17 percent of all US goods trade.`, 17)).toBe('Laredo Port');
  });
  it('reads a European port town moving a share', () => {
    expect(shareArea(`${HAMBURG_HEAD}Hamburg moved about 28 percent of Germany's seaborne container trade.`, 28)).toBe('Hamburg Port');
  });
  it('keeps the town\'s own share, "accounted for" (near miss)', () => {
    expect(shareArea(`${LAREDO_HEAD}The city of Laredo accounted for 40 percent of Texas exports.`, 40)).not.toBe('Laredo Port');
  });
  it('keeps a share the town only grew by (near miss)', () => {
    expect(shareArea(`${LAREDO_HEAD}Laredo's population grew 4 percent.`, 4)).toBeUndefined();
  });
});
