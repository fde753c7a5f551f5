/**
 * Rules of issue 9, part a18: the fixing round for the blind batch b121 (long releases whose background, quotes and
 * context carry many numbers that are not trade figures), fixtures b121-… in tests/corpus/press-release, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published?: string) => releaseRows(text, published).map(levelTuple);

describe('quotas summed so far', () => {
  it('gives no row for the running total that a new batch of quotas brings "for the year so far"', () => {
    const text = 'Exports of refined fuel fell 3 percent to 4.2 million tonnes in August. Officials handed out a third round of diesel export quotas of 8 million tonnes in July, taking the total for the year so far to 27 million tonnes, traders said.';
    expect(tuples(text, '2025-09-10')).toEqual([['2025-08', '2025-08', 4200000, 'tonnes', -3]]);
  });
});

describe('money lent, granted or invested', () => {
  const trade = 'Exports rose 4.5 percent to 61.2 billion dollars in May.';
  it('reads "trade financing" after an amount as money lent', () => {
    expect(tuples(`${trade} The finance ministry said it would provide 1.5 trillion won in trade financing to small shippers.`, '2025-06-01')).toEqual([['2025-05', '2025-05', 61200000000, 'USD', 4.5]]);
  });
  it('reads a credit line or a loan named before its amount as money lent', () => {
    expect(tuples(`${trade} About 900 firms have asked for the state bank's new credit line of $1.5 billion for exporters.`, '2025-06-01')).toEqual([['2025-05', '2025-05', 61200000000, 'USD', 4.5]]);
  });
  it('reads an amount that "is being invested" as money put in, not goods', () => {
    expect(tuples(`${trade} Near the border gate, where 900 million dollars is being invested in a logistics park, trucks queue for hours.`, '2025-06-01')).toEqual([['2025-05', '2025-05', 61200000000, 'USD', 4.5]]);
  });
});

describe('amount passed by a counted group of goods', () => {
  it('gives no row for "including 20 groups above 3 billion USD" after the groups that passed a first mark', () => {
    const text = 'In the first ten months, exports reached 390.5 billion USD, up 15 percent. Thirty-one product lines each earned more than 1 billion USD, including 20 groups above 3 billion USD, the ministry said.';
    expect(tuples(text, '2025-11-08')).toEqual([['2025-01', '2025-10', 390500000000, 'USD', 15]]);
  });
});

describe('an aim coordinated with a first one', () => {
  it('keeps "and to bring ... up to 40%" as part of what the speaker intends', () => {
    const text = 'In the first half, exports came to 38.2 billion dollars, up 2.1 percent. The minister said the government intended to lift yearly trade turnover to 200 billion dollars by 2032 and to bring the share of finished goods in exports up to 45%.';
    expect(tuples(text, '2025-07-20')).toEqual([['2025-01', '2025-06', 38200000000, 'USD', 2.1]]);
  });
});

describe('a total an agency is targeting', () => {
  it('gives no row for "is targeting total trade of about X for the full year"', () => {
    const text = 'Exports in the first eleven months rose 16 percent to 430 billion USD. The trade ministry is targeting total trade of about 880 billion USD for the whole year.';
    expect(tuples(text, '2025-12-06')).toEqual([['2025-01', '2025-11', 430000000000, 'USD', 16]]);
  });
});

describe('stock index move', () => {
  const trade = 'Exports climbed 6.8 percent from a year earlier to 58.3 billion dollars in November.';
  it('gives no growth for a benchmark named by its name that moved on the data', () => {
    expect(tuples(`${trade} The benchmark TAIEX gained 0.9 percent after the release.`, '2025-12-02')).toEqual([['2025-11', '2025-11', 58300000000, 'USD', 6.8]]);
  });
  it("gives no growth for a stock exchange's index", () => {
    expect(tuples(`${trade} The Dhaka Stock Exchange's broad index fell 2.2 per cent on the day.`, '2025-12-02')).toEqual([['2025-11', '2025-11', 58300000000, 'USD', 6.8]]);
  });
});

describe('ticket price', () => {
  it('reads "a ticket ... sells for about N yuan" as a fare, not trade', () => {
    const text = 'Cargo on the cross-border railway came to 4.1 million tonnes in the first half, up 9 percent. A one-way ticket from the terminus to the capital now sells for about 310 yuan.';
    expect(tuples(text, '2025-07-12')).toEqual([['2025-01', '2025-06', 4100000, 'tonnes', 9]]);
  });
});

describe('customs workload written as "N percent more declarations"', () => {
  it('gives no growth for the change named before the declarations it counts', () => {
    const text = 'Exports from the province reached 2.1 trillion yuan in the first three quarters, up 5.5 percent. The customs office said it had cleared 18 percent more export declarations than a year before.';
    expect(tuples(text, '2026-10-20')).toEqual([['2026-01', '2026-09', 2100000000000, 'CNY', 5.5]]);
  });
});

describe('count of firms followed by "about N percent more"', () => {
  it('gives no trade growth for the change of a count of firms', () => {
    const text = 'In the first eight months, imports and exports totalled 29.5 trillion yuan, up 3.5 percent. The number of firms with import and export records climbed to 651,000, about 4.4 percent more than a year earlier.';
    expect(tuples(text, '2026-09-08')).toEqual([['2026-01', '2026-08', 29500000000000, 'CNY', 3.5]]);
  });
});

describe('ships or trucks at work', () => {
  const trade = 'Imports of soybeans rose 12 percent to 8.2 million tonnes in September.';
  it('gives no row for vessels counted while loading', () => {
    expect(tuples(`${trade} Buyers have secured few Brazilian cargoes since, with 11 vessels reported loading at Santos this month.`, '2025-10-14')).toEqual([['2025-09', '2025-09', 8200000, 'tonnes', 12]]);
  });
  it('gives no row for the fleet a transport line runs on', () => {
    expect(tuples(`${trade} At the border, the conveyor route run by a fleet of 25 driverless trucks has made 40,000 trips.`, '2025-10-14')).toContainEqual(['2025-09', '2025-09', 8200000, 'tonnes', 12]);
    expect(tuples(`${trade} At the border, the conveyor route run by a fleet of 25 driverless trucks has made 40,000 trips.`, '2025-10-14').filter((r) => r[2] === 25)).toEqual([]);
  });
  it('gives no growth for ship transits through a sea lane', () => {
    expect(tuples(`${trade} Shipping has been rerouted as vessel transits through the canal remain roughly 45 percent below 2023 levels.`, '2025-10-14')).toEqual([['2025-09', '2025-09', 8200000, 'tonnes', 12]]);
  });
});

describe('the date of an event is no period of the next sentences', () => {
  it('keeps the release period after "which opened its first shops in 1995"', () => {
    const text = 'In the first three quarters, the province exported goods worth 1.9 trillion yuan, up 6 percent. The wholesale market, which opened its first shops in 1995, now has some 40,000 stalls.\n\nExports of bicycles totalled 2.3 million units, up 11 percent.';
    expect(tuples(text, '2026-10-22').filter((r) => r[2] === 2300000)).toEqual([['2026-01', '2026-09', 2300000, 'units', 11]]);
  });
});

describe("one named company's sales", () => {
  it('gives no row for what a company named by its kind "which sold" an amount', () => {
    const text = 'Coal exports reached 18.1 million tonnes in the first quarter, up 7 percent. The bourse rallied, led by shares of coal miner Khan Altai Resources, which sold 2.9 million tons of coal on the exchange in the quarter.';
    expect(tuples(text, '2026-04-12')).toEqual([['2026-01', '2026-03', 18100000, 'tonnes', 7]]);
  });
});

describe('what the cargoes cost', () => {
  it('reads "The June cargoes cost N" after an import quantity as the value of those imports', () => {
    const text = 'Imports of iron ore rose 4 percent to 98.6 million tonnes in June, customs data showed. The June cargoes cost 61.2 billion yuan.';
    expect(releaseRows(text, '2025-07-14').filter((r) => r.unit === 'CNY').map((r) => [r.period_start, r.value, r.flow])).toEqual([['2025-06', 61200000000, 'import']]);
  });
});
