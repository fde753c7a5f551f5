/**
 * Rules of issue 9, part a17: the fixing round for the blind batch b116 (press conferences, Q&A transcripts and officials'
 * remarks), fixtures b116-… in tests/corpus/press-release, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const periods = (text: string, published?: string) => releaseRows(text, published).filter((r) => r.value !== null).map((r) => [r.value, r.period_start, r.period_end]);

describe('a month compared only with the month before', () => {
  it('keeps the longer span in force after a sentence that only sets one month against the previous one', () => {
    const text = 'Xiamen\'s imports and exports totalled 690 billion yuan in the first half of 2026, up 5.1 percent. June trade was 4.3 percent higher than in May, an official said.\n\nExports of ships reached 31 billion yuan, up 22 percent.';
    expect(periods(text, '2026-07-15')).toEqual([
      [690000000000, '2026-01', '2026-06'],
      [31000000000, '2026-01', '2026-06'],
    ]);
  });

  it('keeps the year in force after "trade in December rose on November" in the same paragraph', () => {
    const text = 'Last year the province\'s foreign trade came to 1.02 trillion yuan, up 3 percent. Trade in December rose 7.5 percent from November. Private firms handled 640 billion yuan of it.';
    expect(periods(text, '2026-01-20')).toEqual([
      [1020000000000, '2025-01', '2025-12'],
      [640000000000, '2025-01', '2025-12'],
    ]);
  });

  it('still goes on with a month that opens its sentence as the frame', () => {
    const text = 'In January-October 2026, exports came to EUR 21.3 billion, up 2 percent. In October 2026, compared to September 2026, exports fell 1.4 percent. Exports of furniture reached EUR 0.4 billion.';
    expect(periods(text, '2026-12-10')).toContainEqual([400000000, '2026-10', '2026-10']);
  });

  it('still goes on with the month of a release on that month', () => {
    const text = 'Exports in March 2026 were 41.2 billion dollars, up 6 percent. March trade was 9 percent higher than in February. Imports came to 38.7 billion dollars.';
    expect(periods(text, '2026-04-14')).toEqual([
      [41200000000, '2026-03', '2026-03'],
      [38700000000, '2026-03', '2026-03'],
    ]);
  });
});

const areas = (text: string, published?: string) => releaseRows(text, published).map((r) => [r.value, r.area]);

describe('where a briefing or a visit took place', () => {
  it('reads no area from the city a press conference or briefing was held in', () => {
    const text = "Zhejiang's exports rose 6 percent to 1.9 trillion yuan in the first half of 2026, officials said on Monday.\n\nImports came to 700 billion yuan, up 2 percent, a customs official told a news briefing in Hangzhou.";
    expect(areas(text, '2026-07-20')).toEqual([
      [1900000000000, 'Zhejiang'],
      [700000000000, 'Zhejiang'],
    ]);
  });

  it('reads no area from the capital a foreign minister is visiting', () => {
    const text = 'Mongolian trade minister in Beijing: "we want to sell more than coal"\n\nTrade turnover with China came to 17.2 billion US dollars in 2025, up 4 percent, the minister said.';
    expect(areas(text, '2026-03-02')).toEqual([[17200000000, 'Mongolia']]);
    const visit = 'Mongolia plans to sell China more meat, its trade minister said during a visit to Beijing.\n\nTrade turnover with China came to 17.2 billion US dollars in 2025, up 4 percent, the minister said.';
    expect(areas(visit, '2026-03-02')).toEqual([[17200000000, 'Mongolia']]);
  });

  it('still reads the city whose trade a sentence reports', () => {
    const text = "Hangzhou's imports and exports reached 420 billion yuan in the first half of 2026, up 5 percent, the city's customs said at a briefing.";
    expect(areas(text, '2026-07-20')).toEqual([[420000000000, 'Hangzhou']]);
  });
});

describe('a port town the lexicon knows as a city', () => {
  it('reads the port where the release named it and then routes cargo "at" or "through" the town', () => {
    const text = 'New ore berth opens at Rizhao port\n\nRIZHAO, May 6 -- "Last year we handled 590 million tonnes of cargo at Rizhao, up 3 percent," the port\'s manager said. Imports through Rizhao reached 260 million tonnes.';
    expect(areas(text, '2026-05-06')).toEqual([
      [590000000, 'Rizhao Port'],
      [260000000, 'Rizhao Port'],
    ]);
  });

  it("still reads the city for the city's own trade", () => {
    const text = "New ore berth opens at Rizhao port\n\nRIZHAO, May 6 -- Rizhao's own imports and exports reached 120 billion yuan last year, up 4 percent.";
    expect(areas(text, '2026-05-06')).toEqual([[120000000000, 'Rizhao']]);
  });
});

const values = (text: string, published?: string) => releaseRows(text, published).map((r) => r.value);

describe('the provinces a rail service reaches', () => {
  it('reads no count of trains from the number of provinces sending trains', () => {
    const text = 'Freight trains through the Mohan railway port carried 1.9 million tonnes in the first four months of 2026. The number of provinces that send trains through the port has grown to 27.';
    expect(values(text, '2026-05-12')).toEqual([1900000]);
  });
});

describe('savings of traders under a trade agreement', () => {
  it('reads no export row from tariff savings for exporters', () => {
    const text = 'Fujian exported goods worth 640 billion yuan in the first half of 2026, up 4 percent. Tariff savings for Fujian exporters under the agreement came to 820 million yuan in the period.';
    expect(values(text, '2026-07-20')).toEqual([640000000000]);
  });
});

describe('what a speaker wants to happen', () => {
  it('reads no row from an amount a port official wants to reach', () => {
    const text = 'The railway port cleared 1.9 million tonnes of freight in January-April 2026, up 16 percent. "We want the port to handle more than 6 million tonnes this year," its director said.';
    expect(values(text, '2026-05-12')).toEqual([1900000]);
  });
});

describe('what a total would be', () => {
  it('reads no growth from the change a forecast total would make', () => {
    const text = "Japan's exports to China rose 4 percent in January-October 2025 to 14.2 trillion yen. The government expects full-year exports to reach 110 trillion yen, which would be 3.1 percent above last year's level.";
    expect(releaseRows(text, '2025-11-20').map((r) => [r.value, r.yoy_pct])).toEqual([[14200000000000, 4]]);
  });
});

describe('a share of tariff lines', () => {
  it('reads no share row from the part of a tariff schedule that is duty-free', () => {
    const text = "The zone's exports rose 12 percent to 8.4 billion yuan in the first quarter of 2026. The new list adds 640 tariff lines, raising the share of duty-free tariff lines to about 68 percent.";
    expect(values(text, '2026-04-16')).toEqual([8400000000]);
  });
});

describe('a percentage that some goods must reach', () => {
  it('reads no growth from "25 percent or more" of value gained', () => {
    const text = "Hainan's exports grew 9 percent to 5.2 billion yuan in the first quarter of 2026. Processed goods that gain 25 percent or more of value on the island can be sold to the mainland without import duty.";
    expect(releaseRows(text, '2026-04-16').map((r) => [r.value, r.yoy_pct])).toEqual([[5200000000, 9]]);
  });
});

describe('an office named by its field of trade', () => {
  it('reads no total-trade flow from "foreign trade secretariat" or "trade ministry"', () => {
    const text = "Chile's copper exports reached 1.2 million tonnes in March 2026, up 4 percent. By value they came to $11 billion, according to the country's foreign trade department.";
    expect(releaseRows(text, '2026-04-20').map((r) => [r.value, r.flow])).toEqual([
      [1200000, 'export'],
      [11000000000, 'export'],
    ]);
    const minister = "Chile's copper exports reached 1.2 million tonnes in March 2026, up 4 percent. By value they came to $11 billion, the trade minister said.";
    expect(releaseRows(minister, '2026-04-20').map((r) => r.flow)).toEqual(['export', 'export']);
  });
});

describe('a multiple of the subject\'s own earlier volume', () => {
  it('dates no figure by the year of "its volume" a multiple is taken of', () => {
    const text = 'Cargo through the port reached 2.4 million tonnes in 2025, up 5 percent. The new road bridge carried 800,000 tonnes of goods, nearly triple its volume in 2023.';
    expect(periods(text, '2026-01-27')).toEqual([
      [2400000, '2025-01', '2025-12'],
      [800000, '2025-01', '2025-12'],
    ]);
  });
});

describe('a launch named again without its date', () => {
  it('starts a running total at the launch month the release gave in an earlier paragraph', () => {
    const text = 'Hekou has grown into a busy gateway since the cross-border railway opened in October 2022.\n\nAs of the end of March, the railway port had handled 9.3 million tonnes of freight since the line opened.';
    expect(periods(text, '2026-04-20')).toEqual([[9300000, '2022-10', '2026-03']]);
  });

  it('still starts no running total from "so far"', () => {
    const text = 'Hekou has grown into a busy gateway since the cross-border railway opened in October 2022.\n\nSo far, more than 9,000 freight trains have run on the line.';
    expect(periods(text, '2026-04-20')).toEqual([[9000, '', '2026-04']]);
  });
});

describe('a border bridge named after a town the release calls a city', () => {
  it('reads the town\'s port for goods over "the Suifenhe-Pogranichny highway bridge"', () => {
    const text = "Suifenhe City's foreign trade rose 5 percent to 20 billion yuan in 2025.\n\nThe Suifenhe-Pogranichny highway bridge carried 900,000 tonnes of goods in 2025.";
    expect(areas(text, '2026-01-27')).toEqual([
      [20000000000, 'Suifenhe'],
      [900000, 'Suifenhe Port'],
    ]);
  });
});
