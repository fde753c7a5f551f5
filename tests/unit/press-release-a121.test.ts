/**
 * Fixing round for b245 (thirty-sixth session): a widening round. Each rule of an earlier round is widened to the family of
 * its frame (other verbs, other words for the whole, a name instead of an anaphor). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value);

describe('a total said to be set, poised, headed or on pace to or for a level is a forecast (a113 widened)', () => {
  const lead = 'HANOI, Dec. 6 -- Exports reached 410.5 billion USD in the first 11 months, up 12.1 percent year on year. ';
  it('reads "is set to pass"', () => {
    const rows = releaseRows(lead + 'Annual two-way trade is set to pass 880 billion USD once the December figures are in.', '2026-12-06');
    expect(row(rows, 880e9)).toBeUndefined();
  });
  it('reads "looks poised to top"', () => {
    const rows = releaseRows(lead + 'With orders still strong, the full-year export figure looks poised to top 450 billion USD.', '2026-12-06');
    expect(row(rows, 450e9)).toBeUndefined();
  });
  it('reads "are heading for" a record', () => {
    const rows = releaseRows(lead + 'Officials said shipments of farm produce are heading for a record 62 billion USD this year.', '2026-12-06');
    expect(row(rows, 62e9)).toBeUndefined();
  });
  it('reads "is on pace to exceed"', () => {
    const rows = releaseRows(lead + 'The yearly surplus is on pace to exceed 25 billion USD, the ministry said.', '2026-12-06');
    expect(row(rows, 25e9)).toBeUndefined();
  });
  it('reads "was already headed to" in the past', () => {
    const rows = releaseRows(lead + 'By October the electronics trade was already headed to 140 billion USD for the year, traders noted.', '2026-12-06');
    expect(row(rows, 140e9)).toBeUndefined();
  });
  it('keeps a record actually set ("set a new high of")', () => {
    const rows = releaseRows(lead + 'November imports set a new high of 39.8 billion USD.', '2026-12-06');
    expect(row(rows, 39.8e9)).toBeDefined();
  });
  it('keeps an amount after "heading into" a season', () => {
    const rows = releaseRows('HANOI, Dec. 6 -- Heading into the holiday season, the country exported 41.2 billion USD in November, up 9 percent year on year.', '2026-12-06');
    expect(row(rows, 41.2e9)).toBeDefined();
  });
});

describe('a whole named before the words that bring in its parts is no item of a "respectively" list without rates (a114 widened)', () => {
  const flowsOf = (rows: ObservationDraft[]) => [row(rows, 162.4e9)?.flow, row(rows, 28.7e9)?.flow, row(rows, 133.7e9)?.flow];
  it('reads ", of which exports and imports were A and B respectively"', () => {
    const rows = releaseRows('HARBIN, Oct. 24 -- In the first three quarters, trade with Russia came to 162.4 billion yuan, of which exports and imports were 28.7 billion yuan and 133.7 billion yuan respectively.', '2023-10-24');
    expect(flowsOf(rows)).toEqual(['total', 'export', 'import']);
  });
  it('reads ", with exports and imports at A and B, respectively"', () => {
    const rows = releaseRows('HARBIN, Oct. 24 -- The province traded goods worth 162.4 billion yuan in the first three quarters, with exports and imports at 28.7 billion yuan and 133.7 billion yuan, respectively.', '2023-10-24');
    expect(flowsOf(rows)).toEqual(['total', 'export', 'import']);
  });
  it('reads "; among them, imports and exports stood at B and A respectively"', () => {
    const rows = releaseRows('HARBIN, Oct. 24 -- Foreign trade in January-September reached 162.4 billion yuan; among them, imports and exports stood at 133.7 billion yuan and 28.7 billion yuan respectively.', '2023-10-24');
    expect(flowsOf(rows)).toEqual(['total', 'export', 'import']);
  });
  it('reads ", including exports and imports of A and B respectively"', () => {
    const rows = releaseRows('HARBIN, Oct. 24 -- The border trade of the first nine months totalled 162.4 billion yuan, including exports and imports of 28.7 billion yuan and 133.7 billion yuan respectively.', '2023-10-24');
    expect(flowsOf(rows)).toEqual(['total', 'export', 'import']);
  });
  it('reads ", comprising outbound and inbound shipments of A and B respectively"', () => {
    const rows = releaseRows('HARBIN, Oct. 24 -- Goods cleared by the customs district were valued at 162.4 billion yuan in the nine months, comprising outbound and inbound shipments of 28.7 billion yuan and 133.7 billion yuan respectively.', '2023-10-24');
    expect(flowsOf(rows)).toEqual(['total', 'export', 'import']);
  });
  it('keeps all three items of a list closed by ", and" (a bare ", and" does not cut the list)', () => {
    const rows = releaseRows('HOHHOT, July 22 -- In the first half, Hohhot, Baotou, and Ordos reported trade of 9.8 billion yuan, 8.6 billion yuan, and 7.3 billion yuan respectively.', '2020-07-22');
    expect([row(rows, 9.8e9)?.area, row(rows, 8.6e9)?.area, row(rows, 7.3e9)?.area]).toEqual(['Hohhot', 'Baotou', 'Ordos']);
  });
  it('leaves a whole named after the pair alone', () => {
    const rows = releaseRows('HARBIN, Oct. 24 -- In the first three quarters, exports and imports were 28.7 billion yuan and 133.7 billion yuan respectively, bringing the total to 162.4 billion yuan.', '2023-10-24');
    expect(flowsOf(rows)).toEqual(['total', 'export', 'import']);
  });
});

describe('after both directions, a share of a place\'s whole figure in the same paragraph is of all trade (a115 widened)', () => {
  const both = 'HARBIN, Oct. 24 -- In the first three quarters, trade with Russia came to 162.4 billion yuan. Exports were 28.7 billion yuan and imports 133.7 billion yuan. ';
  it('reads "was equal to ... of the provincial figure"', () => {
    const rows = releaseRows(both + 'The Russian business was equal to 73.8 percent of the provincial figure.', '2023-10-24');
    expect(row(rows, 73.8)?.flow).toBe('total');
  });
  it('reads a clause that places the share before "it was equal to"', () => {
    const rows = releaseRows(both + 'Seen against the province, it was equal to 73.8 percent of the regional sum.', '2023-10-24');
    expect(row(rows, 73.8)?.flow).toBe('total');
  });
  it('reads "It represented ... of the regional sum"', () => {
    const rows = releaseRows(both + 'It represented 73.8 percent of the regional sum.', '2023-10-24');
    expect(row(rows, 73.8)?.flow).toBe('total');
  });
  it('reads "making up ... of Heilongjiang\'s total" after the subject', () => {
    const rows = releaseRows(both + 'Russia thus remained the leading partner, making up 73.8 percent of Heilongjiang\'s total.', '2023-10-24');
    expect(row(rows, 73.8)?.flow).toBe('total');
  });
  it('reads "a share equivalent to ... of the provincial tally"', () => {
    const rows = releaseRows(both + 'That gave the partner a share equivalent to 73.8 percent of the provincial tally.', '2023-10-24');
    expect(row(rows, 73.8)?.flow).toBe('total');
  });
  it('keeps the one direction named before (no both directions)', () => {
    const rows = releaseRows('HARBIN, Oct. 24 -- In the first three quarters, imports from Russia came to 133.7 billion yuan. They were equal to 73.8 percent of the provincial figure.', '2023-10-24');
    expect(row(rows, 73.8)?.flow).toBe('import');
  });
  it('keeps a share whose own subject names its direction', () => {
    const rows = releaseRows(both + 'Imports from Russia alone were equal to 73.8 percent of the provincial figure.', '2023-10-24');
    expect(row(rows, 73.8)?.flow).toBe('import');
  });
});

describe('a corridor named by its name and said whole is the corridor (a117 widened)', () => {
  const lead = 'QINZHOU, July 9 -- Qinzhou Port handled 2.2 million TEU in the first half, up 9 percent, port authorities said.\n\n';
  it('reads "Across the New International Land-Sea Trade Corridor as a whole"', () => {
    const rows = releaseRows(lead + 'Across the New International Land-Sea Trade Corridor as a whole, freight carried rose 14 percent to 9.6 million tonnes in the half.', '2026-07-09');
    expect(row(rows, 9.6e6)?.area).toBe('New International Land-Sea Trade Corridor');
  });
  it('reads "the Trans-Caspian International Transport Route as a whole" after the subject\'s noun', () => {
    const rows = releaseRows(lead + 'Freight on the Trans-Caspian International Transport Route as a whole rose 20 percent to 4.1 million tonnes in the half.', '2026-07-09');
    expect(row(rows, 4.1e6)?.area).toBe('Trans-Caspian International Transport Route');
  });
  it('reads "Along the entire New International Land-Sea Trade Corridor" opening the sentence', () => {
    const rows = releaseRows(lead + 'Along the entire New International Land-Sea Trade Corridor, cargo reached 4.1 million tonnes in the half, up 20 percent.', '2026-07-09');
    expect(row(rows, 4.1e6)?.area).toBe('New International Land-Sea Trade Corridor');
  });
  it('reads "The whole of the Western Land-Sea Corridor" as the subject', () => {
    const rows = releaseRows(lead + 'The whole of the Western Land-Sea Corridor moved 4.1 million tonnes in the half, up 20 percent.', '2026-07-09');
    expect(row(rows, 4.1e6)?.area).toBe('New International Land-Sea Trade Corridor');
  });
  it('reads "in its entirety" after the corridor\'s name', () => {
    const rows = releaseRows(lead + 'The New International Land-Sea Trade Corridor in its entirety handled 4.1 million tonnes in the half, up 20 percent.', '2026-07-09');
    expect(row(rows, 4.1e6)?.area).toBe('New International Land-Sea Trade Corridor');
  });
  it('keeps the port when the corridor is only the route its goods took (not said whole)', () => {
    const rows = releaseRows(lead + 'Along the New International Land-Sea Trade Corridor, the port sent 4.1 million tonnes in the half, up 20 percent.', '2026-07-09');
    expect(row(rows, 4.1e6)?.area).toBe('Qinzhou Port');
  });
  it('keeps a port named between the whole corridor and the figure', () => {
    const rows = releaseRows(lead + 'Of all the ports on the New International Land-Sea Trade Corridor as a whole, Qinzhou Port handled the most, 4.1 million tonnes in the half.', '2026-07-09');
    expect(row(rows, 4.1e6)?.area).toBe('Qinzhou Port');
  });
});

describe('a border link named by the towns at its two ends, joined by a dash, is the port of the town on our side (a114 widened)', () => {
  const lead = 'HOHHOT, July 22 -- The province\'s foreign trade totalled 47.1 billion yuan in the first half of 2020. ';
  const areaOf = (sentence: string) => row(releaseRows(lead + sentence, '2020-07-22'), 7.4e6)?.area;
  it('reads "the Manzhouli-Zabaikalsk rail link"', () => {
    expect(areaOf('Freight over the Manzhouli-Zabaikalsk rail link grew 6.4 percent to 7.4 million tonnes.')).toBe('Manzhouli Port');
  });
  it('reads "the Heihe-Blagoveshchensk cableway" as the subject', () => {
    expect(areaOf('The Heihe-Blagoveshchensk cableway carried 7.4 million tonnes, up 6.4 percent.')).toBe('Heihe Port');
  });
  it('reads "the Suifenhe-Pogranichny road link" after "through"', () => {
    expect(areaOf('Goods moved through the Suifenhe-Pogranichny road link rose 6.4 percent to 7.4 million tonnes.')).toBe('Suifenhe Port');
  });
  it('reads "the Pingxiang-Dong Dang highway" with a two-word far end', () => {
    expect(areaOf('Traffic on the Pingxiang-Dong Dang highway rose 6.4 percent to 7.4 million tonnes.')).toBe('Pingxiang Port');
  });
  it('reads "The Mohan-Boten tunnel"', () => {
    expect(areaOf('The Mohan-Boten tunnel handled 7.4 million tonnes, up 6.4 percent.')).toBe('Mohan Port');
  });
  it('reads "the Hunchun-Kraskino road"', () => {
    expect(areaOf('The Hunchun-Kraskino road carried 7.4 million tonnes, up 6.4 percent.')).toBe('Hunchun Port');
  });
  it('leaves a pair before "road shows" alone (no link)', () => {
    const rows = releaseRows(lead + 'The Heihe-Blagoveshchensk road shows drew 7.4 million yuan of orders, up 6.4 percent.', '2020-07-22');
    expect(row(rows, 7.4e6)?.area).not.toBe('Heihe Port');
  });
  it('leaves a pair before "railway stations" alone (stations are no link)', () => {
    expect(areaOf('The Suifenhe-Pogranichny railway stations handled 7.4 million tonnes, up 6.4 percent.')).not.toBe('Suifenhe Port');
  });
});

describe('a port town closing a list of cities, set off as "a ... city", is the city (a115 widened)', () => {
  const lead = 'NANNING, July 22 -- The region\'s foreign trade totalled 47.1 billion yuan in the first half of 2020. ';
  const areaOf = (sentence: string) => row(releaseRows(lead + sentence, '2020-07-22'), 7.3e9)?.area;
  it('reads "Hohhot, Baotou and Erenhot, a border city facing Mongolia," before a respectively list', () => {
    expect(areaOf('Hohhot, Baotou and Erenhot, a border city facing Mongolia, reported trade of 9.8 billion yuan, 8.6 billion yuan and 7.3 billion yuan respectively.')).toBe('Erenhot');
  });
  it('reads "and Pingxiang, a frontier city on the Vietnamese border,"', () => {
    expect(areaOf('Nanning, Chongzuo and Pingxiang, a frontier city on the Vietnamese border, reported trade of 9.8 billion yuan, 8.6 billion yuan and 7.3 billion yuan respectively.')).toBe('Pingxiang');
  });
  it('reads a pair opened by "Among cities," with the verb "posted"', () => {
    expect(areaOf('Among cities, Hulunbuir and Manzhouli, a border city facing Russia, posted 9.8 billion yuan and 7.3 billion yuan respectively.')).toBe('Manzhouli');
  });
  it('reads "as well as Suifenhe, a small city near Russia," inside the subject', () => {
    expect(areaOf('Trade of Mudanjiang as well as Suifenhe, a small city near Russia, came to 9.8 billion yuan and 7.3 billion yuan respectively.')).toBe('Suifenhe');
  });
  it('reads "and Ruili, a bustling frontier city," with "saw trade of"', () => {
    expect(areaOf('Lincang and Ruili, a bustling frontier city, saw trade of 9.8 billion yuan and 7.3 billion yuan respectively.')).toBe('Ruili');
  });
  it('leaves a port town that opens the sentence as "a border city in ..." the port (no list)', () => {
    expect(areaOf('Pingxiang, a border city in Guangxi, handled 7.3 billion yuan of trade.')).toBe('Pingxiang Port');
  });
  it('leaves a town the apposition calls a port the port, after "and"', () => {
    expect(areaOf('The cities of Hohhot and Baotou traded 9.8 billion yuan, and Erenhot, a railway port facing Mongolia, handled 7.3 billion yuan.')).toBe('Erenhot Port');
  });
});

describe('"through", "throughout" and "across" before the month, quarter or half name that span, as they do the year (periods.ts widened)', () => {
  const spanOf = (text: string, published: string, value: number) => {
    const r = row(releaseRows(text, published), value);
    return [r?.period_start, r?.period_end];
  };
  it('reads "and through the quarter shipped" after a month "alone"', () => {
    expect(spanOf('BEIJING, April 18 -- Automobile exports climbed 33.3 percent to 1.32 million units in the first quarter. Carmakers in Chongqing dispatched 41,300 cars overseas in March alone, and through the quarter shipped 112,650 vehicles abroad.', '2024-04-18', 112650)).toEqual(['2024-01', '2024-03']);
  });
  it('reads "Across the half," opening a sentence after a month', () => {
    expect(spanOf('HANOI, July 5 -- Exports reached 32 billion USD in June, up 5 percent. Across the half, exports came to 180 billion USD.', '2024-07-05', 180e9)).toEqual(['2024-01', '2024-06']);
  });
  it('reads "throughout the month" after the figure, after a half', () => {
    expect(spanOf('HANOI, July 5 -- Exports rose 5 percent to 32 billion USD in June. In the first half, they reached 180 billion USD. Imports held at 30 billion USD throughout the month, the office said.', '2024-07-05', 30e9)).toEqual(['2024-06', '2024-06']);
  });
  it('reads "Throughout the quarter," with another subject', () => {
    expect(spanOf('SEOUL, April 2 -- Exports rose 3 percent to 56 billion USD in March. Throughout the quarter, chip exports earned 31 billion USD.', '2024-04-02', 31e9)).toEqual(['2024-01', '2024-03']);
  });
  it('reads "while across the whole quarter they totalled"', () => {
    expect(spanOf('SEOUL, April 2 -- Exports rose 3 percent to 56 billion USD in March, while across the whole quarter they totalled 160 billion USD.', '2024-04-02', 160e9)).toEqual(['2024-01', '2024-03']);
  });
  it('leaves "halfway through the quarter" (a moment, no span) to the month before', () => {
    expect(spanOf('SEOUL, April 2 -- Exports rose 3 percent to 56 billion USD in March. Halfway through the quarter, chip exports earned 31 billion USD.', '2024-04-02', 31e9)).toEqual(['2024-03', '2024-03']);
  });
  it('leaves "midway through the half" to the month before', () => {
    expect(spanOf('HANOI, July 5 -- Exports reached 32 billion USD in June, up 5 percent. Midway through the half, imports came to 29 billion USD.', '2024-07-05', 29e9)).toEqual(['2024-06', '2024-06']);
  });
});

describe('a paragraph that opens on the month after a frame of money is the month\'s aside (period-choice.ts widened)', () => {
  const spanOf = (text: string, value: number) => {
    const r = row(releaseRows(text, '2024-11-08'), value);
    return [r?.period_start, r?.period_end];
  };
  const lead = 'BEIJING, Nov. 8 -- Trade came to 36.02 trillion yuan in the first ten months, up 5.2 percent.\n\n';
  const asean = '\n\nTrade with ASEAN reached 5.67 trillion yuan.';
  it('reads "Counted in U.S. dollars, October exports ..."', () => {
    expect(spanOf(lead + 'Counted in U.S. dollars, October exports leapt 12.7 percent to 309.1 billion dollars.' + asean, 5.67e12)).toEqual(['2024-01', '2024-10']);
  });
  it('reads "In dollar terms, October\'s exports ..."', () => {
    expect(spanOf(lead + 'In dollar terms, October\'s exports rose 12.7 percent to 309.1 billion dollars.' + asean, 5.67e12)).toEqual(['2024-01', '2024-10']);
  });
  it('reads "Measured in U.S. dollars, exports in October ..." with a second clause', () => {
    expect(spanOf(lead + 'Measured in U.S. dollars, exports in October grew 12.7 percent to 309.1 billion dollars, and imports fell 2.3 percent.' + asean, 5.67e12)).toEqual(['2024-01', '2024-10']);
  });
  it('reads "Expressed in dollars, October shipments ..." in a release in won', () => {
    const text = 'SEOUL, Nov. 8 -- Exports came to 520.4 trillion won in the first ten months, up 5.2 percent.\n\nExpressed in dollars, October shipments rose 4.6 percent to 57.5 billion dollars.\n\nExports to China totalled 130.1 trillion won.';
    expect(spanOf(text, 130.1e12)).toEqual(['2024-01', '2024-10']);
  });
  it('reads "In U.S. dollar terms, October imports ..."', () => {
    expect(spanOf(lead + 'In U.S. dollar terms, October imports slid 2.3 percent to 213.4 billion dollars.' + asean, 5.67e12)).toEqual(['2024-01', '2024-10']);
  });
  it('goes on with the month when the next paragraph opens on "Monthly ..."', () => {
    expect(spanOf(lead + 'Counted in U.S. dollars, exports leapt 12.7 percent in October to 309.1 billion dollars.\n\nMonthly imports reached 213.4 billion dollars.', 213.4e9)).toEqual(['2024-10', '2024-10']);
  });
  it('goes on with the month when the next paragraph points back to it', () => {
    expect(spanOf(lead + 'Counted in U.S. dollars, October exports leapt 12.7 percent to 309.1 billion dollars.\n\nImports for the month slid 2.3 percent to 213.4 billion dollars.', 213.4e9)).toEqual(['2024-10', '2024-10']);
  });
});

describe('a whole\'s own rate before the words that bring in its parts is no item of their "respectively" list (a114 widened)', () => {
  const flowsOf = (text: string) => {
    const rows = releaseRows('BEIJING, Nov. 8 -- ' + text, '2024-11-08');
    return [row(rows, 5.67e12)?.yoy_pct, row(rows, 3.43e12)?.flow, row(rows, 2.24e12)?.flow];
  };
  it('reads ", up 8.8 percent, of which exports and imports were A and B respectively"', () => {
    expect(flowsOf('In the first ten months, trade with ASEAN reached 5.67 trillion yuan, up 8.8 percent, of which exports and imports were 3.43 trillion yuan and 2.24 trillion yuan respectively.')).toEqual([8.8, 'export', 'import']);
  });
  it('reads ", rising 8.8 percent, with exports and imports at A and B, respectively"', () => {
    expect(flowsOf('Trade with ASEAN totalled 5.67 trillion yuan in the first ten months, rising 8.8 percent, with exports and imports at 3.43 trillion yuan and 2.24 trillion yuan, respectively.')).toEqual([8.8, 'export', 'import']);
  });
  it('reads ", an increase of 8.8 percent, including exports and imports of A and B respectively"', () => {
    expect(flowsOf('Trade with ASEAN was 5.67 trillion yuan in January-October, an increase of 8.8 percent, including exports and imports of 3.43 trillion yuan and 2.24 trillion yuan respectively.')).toEqual([8.8, 'export', 'import']);
  });
  it('reads ", up 8.8 percent year on year, comprising outbound and inbound shipments of A and B respectively"', () => {
    expect(flowsOf('In the ten months, goods traded with ASEAN were worth 5.67 trillion yuan, up 8.8 percent year on year, comprising outbound and inbound shipments of 3.43 trillion yuan and 2.24 trillion yuan respectively.')).toEqual([8.8, 'export', 'import']);
  });
  it('reads "; of this, imports and exports came to B and A respectively" after a rate', () => {
    expect(flowsOf('Trade with ASEAN in the first ten months reached 5.67 trillion yuan, 8.8 percent more than a year before; of this, imports and exports came to 2.24 trillion yuan and 3.43 trillion yuan respectively.')).toEqual([8.8, 'export', 'import']);
  });
  it('still pairs rates listed right before the word with the levels', () => {
    const rows = releaseRows('BEIJING, Nov. 8 -- In the first ten months, exports and imports were 3.43 trillion yuan and 2.24 trillion yuan, up 5.1 percent and 6.2 percent respectively.', '2024-11-08');
    expect([row(rows, 3.43e12)?.yoy_pct, row(rows, 2.24e12)?.yoy_pct]).toEqual([5.1, 6.2]);
  });
  it('leaves a whole after the list with its own rate', () => {
    const rows = releaseRows('BEIJING, Nov. 8 -- In the first ten months, exports and imports were 3.43 trillion yuan and 2.24 trillion yuan, up 5.1 percent and 6.2 percent respectively, bringing trade to 5.67 trillion yuan, up 8.8 percent.', '2024-11-08');
    expect([row(rows, 3.43e12)?.yoy_pct, row(rows, 5.67e12)?.yoy_pct]).toEqual([5.1, 8.8]);
  });
});
