/**
 * Rules of the fixing round for b231 (places named only as context: a lockdown's city, a fair, a forum, a railway's
 * opening). Each phenomenon in several frames of our own; texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null, yoy?: number) => rows.find((r) => r.value === value && (yoy === undefined || r.yoy_pct === yoy));

describe('a loose part of a month in a sentence with no figure dates an event, not the period in force', () => {
  const lead = 'CHENGDU, Nov. 16 -- Sichuan\'s foreign trade reached 812.4 billion yuan in the first 10 months of the year, up 3.2 percent.';
  const later = ' Chengdu, the provincial capital, posted trade of 560.1 billion yuan in the period, up 2.7 percent.';
  const cases: Array<[string, string]> = [
    ['a lockdown in "late October"', ' Outbreak controls slowed trucks to the rail port in late October.'],
    ['a typhoon in "mid-October"', ' A typhoon that reached the coast in mid-October delayed several sailings.'],
    ['a forum "later in October"', ' Later in October the city hosted a forum on air cargo.'],
    ['a flood "in early October"', ' Heavy rain flooded several rail yards in early October.'],
    ['a strike "in the closing days of October"', ' Dock workers in Rotterdam walked out in the closing days of October, the agency noted.'],
    ['a forum "at the start of October"', ' Delegates met at a regional forum at the start of October to talk about new air routes.'],
  ];
  for (const [name, aside] of cases) {
    it(`keeps January-October after ${name}`, () => {
      const rows = releaseRows(lead + aside + later, '2026-11-16');
      expect(row(rows, 560.1e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-10' });
    });
  }
  it('still goes on with days of a month that label data in a sentence with no figure (guard)', () => {
    const rows = releaseRows('SEOUL, Nov. 16 -- Exports rose 3.2 percent to 512.4 billion dollars in the first 10 months of the year. The service also released its count for Oct. 1-20. Exports came to 30.2 billion dollars, up 4.1 percent.', '2026-11-16');
    expect(row(rows, 30.2e9)).toMatchObject({ period_start: '2026-10', period_end: '2026-10' });
  });
  it('still dates a figure in its own sentence by a part of a month (guard)', () => {
    const rows = releaseRows('SEOUL, Nov. 21 -- Exports in early November rose 8.2 percent to 37.2 billion dollars, the customs service said.', '2026-11-21');
    expect(row(rows, 37.2e9)?.period_end).toBe('2026-11');
  });
});

describe('an aside of what sits in the subject ("where ... are based") names other places in passing', () => {
  const lead = 'SHANGHAI, May 20 -- Shanghai\'s imports and exports fell 36.2 percent to 207.1 billion yuan in April. ';
  const cases: Array<[string, string, string]> = [
    ['"where ... are based"', "Neighbouring Jiangsu province, where many suppliers of Shanghai's carmakers are based, saw its trade grow 2.8 percent in April.", 'Jiangsu'],
    ['"where ... operate"', "Zhejiang, where several of Shanghai's contract makers operate, reported exports up 2.8 percent in April.", 'Zhejiang'],
    ['"where ... were clustered"', "Anhui, where many workshops serving Shanghai's exporters were clustered, saw trade rise 2.8 percent in April.", 'Anhui'],
    ['"where ... were concentrated"', "Jiangsu, where the parts makers of Shanghai's car plants were concentrated, recorded trade growth of 2.8 percent in April.", 'Jiangsu'],
    ['"where ... are headquartered"', "Jiangsu province, where several logistics firms that serve Shanghai's port are headquartered, saw trade climb 2.8 percent in April.", 'Jiangsu'],
  ];
  for (const [name, text, area] of cases) {
    it(`gives the growth to the subject past ${name}`, () => {
      expect(row(releaseRows(lead + text, '2022-05-20'), null, 2.8)?.area).toBe(area);
    });
  }
  it('keeps a place that is the subject inside a where-clause with a figure (guard)', () => {
    const rows = releaseRows(lead + 'Trade slowed in the delta, where Suzhou\'s exports fell 6.4 percent to 80.2 billion yuan.', '2022-05-20');
    expect(row(rows, 80.2e9)?.area).toBe('Suzhou');
  });
  it('still gives a place named again after the aside its own figure (guard)', () => {
    const rows = releaseRows(lead + "Jiangsu, where Shanghai's suppliers are based, saw trade grow 2.8 percent, while Shanghai's own exports fell 42.4 percent.", '2022-05-20');
    expect(row(rows, null, -42.4)?.area).toBe('Shanghai');
  });
});

describe('a part of a customs workload is no share of trade', () => {
  const lead = 'NINGBO, Jan. 15 -- Ningbo Customs handled 1.2 million declarations last year. ';
  const cases: Array<[string, string]> = [
    ['"the share of declarations processed online had risen above"', 'An official said the share of declarations processed online had risen above 90 percent.'],
    ['"the proportion of export declarations filed without paper rose above"', 'The proportion of export declarations filed without paper rose above 98 percent.'],
    ['"the portion of import declarations processed in advance increased above"', 'The portion of import declarations processed in advance increased above 64 percent.'],
    ['"the rate of batches released on arrival climbed past"', 'The rate of batches released on arrival climbed past 87 percent, the customs said.'],
    ['"the percentage of all declarations checked by machine jumped above"', 'The percentage of all declarations checked by machine jumped above 64 percent.'],
  ];
  for (const [name, text] of cases) {
    it(`gives no row for ${name}`, () => {
      const rows = releaseRows(lead + text, '2026-01-15');
      expect(rows.filter((r) => r.unit === 'percent-share' || (r.value === null && r.yoy_pct !== null))).toEqual([]);
    });
  }
  it('keeps a share of trade in a sentence that names declarations elsewhere (guard)', () => {
    const rows = releaseRows('NINGBO, Jan. 15 -- Exports to the EU, which needed 40,000 declarations, came to 120.5 billion yuan, accounting for 18.2 percent of the city\'s exports.', '2026-01-15');
    expect(rows.some((r) => r.value === 18.2 && r.unit === 'percent-share')).toBe(true);
  });
  it('keeps a growth of exports after a workload sentence (guard)', () => {
    const rows = releaseRows(lead + 'The share of exports going to Africa rose 3.1 percent.', '2026-01-15');
    expect(rows.some((r) => r.yoy_pct === 3.1 || r.value === 3.1)).toBe(true);
  });
});

describe('a place glued to "Strait" names a sea lane; trade across it is with the far shore', () => {
  const lead = 'FUZHOU, July 18 -- Fujian\'s foreign trade reached 1.03 trillion yuan in the first half of 2026, up 2.4%. ';
  const cases: Array<[string, string]> = [
    ['"Trade across the Taiwan Strait fell"', 'Trade across the Taiwan Strait fell 6.1% to 54.7 billion yuan.'],
    ['"goods shipped over the Taiwan Strait were worth"', 'Goods shipped over the Taiwan Strait were worth 54.7 billion yuan, down 6.1%.'],
    ['"trade spanning the Taiwan Strait"', 'The province\'s trade spanning the Taiwan Strait came to 54.7 billion yuan, a drop of 6.1%.'],
    ['"across the Taiwan Straits" (plural)', 'Commerce across the Taiwan Straits slipped 6.1% to 54.7 billion yuan.'],
    ['an "over the ... Strait" clause after the amount', 'A total of 54.7 billion yuan of goods, down 6.1%, moved over the Taiwan Strait.'],
  ];
  for (const [name, text] of cases) {
    it(`keeps the province as the area of ${name}`, () => {
      expect(row(releaseRows(lead + text, '2026-07-18'), 54.7e9)?.area).toBe('Fujian');
    });
  }
  it('still gives Taiwan its own trade when Taiwan is the subject (guard)', () => {
    const rows = releaseRows('TAIPEI, July 8 -- Taiwan\'s exports rose 6.1% to 39.3 billion U.S. dollars in June.', '2026-07-08');
    expect(row(rows, 39.3e9)?.area).toBe('Taiwan');
  });
  it('still reads "trade with Taiwan" as a partner (guard)', () => {
    const rows = releaseRows(lead + 'Trade with Taiwan fell 6.1% to 54.7 billion yuan.', '2026-07-18');
    expect(row(rows, 54.7e9)).toMatchObject({ area: 'Fujian', partner: 'Taiwan' });
  });
});

describe('a share of "those of" a place is a share of the subject\'s own flow', () => {
  const lead = 'HANGZHOU, Dec. 20 -- Yiwu exported 531.6 billion yuan of goods in the first 11 months of 2026, up 17.4%. ';
  const cases: Array<[string, string]> = [
    ['"amounted to about 13.5% of those of Zhejiang province as a whole"', "The city's exports amounted to about 13.5% of those of Zhejiang province as a whole."],
    ['"were about 13.5% of those of Zhejiang"', "Its exports were about 13.5% of those of Zhejiang."],
    ['"equal to 13.5 percent of those of the province"', 'The exports were equal to 13.5 percent of those of the province, the bureau said.'],
    ['"equivalent to roughly 13.5% of that of Zhejiang"', "Yiwu's export value was equivalent to roughly 13.5% of that of Zhejiang."],
    ['"were some 13.5% of those of Zhejiang province"', "Its exports were some 13.5% of those of Zhejiang province."],
  ];
  for (const [name, text] of cases) {
    it(`reads ${name} as the city's share`, () => {
      const share = releaseRows(lead + text, '2026-12-20').find((r) => r.value === 13.5);
      expect(share).toMatchObject({ unit: 'percent-share', area: 'Yiwu' });
    });
  }
  it('does not read "13.5% of those polled" as a share of trade (guard)', () => {
    const rows = releaseRows(lead + 'About 13.5% of those polled in the market expected higher sales.', '2026-12-20');
    expect(rows.some((r) => r.value === 13.5 && r.unit === 'percent-share')).toBe(false);
  });
  it('keeps "13.5% of Zhejiang\'s exports" the city\'s share (guard, the older wording)', () => {
    const rows = releaseRows(lead + "The city's exports amounted to 13.5% of Zhejiang's exports.", '2026-12-20');
    expect(rows.find((r) => r.value === 13.5)).toMatchObject({ area: 'Yiwu' });
  });
});

describe('a "whose" clause of reporting after the whole of a share, past the place\'s kind, holds the whole\'s figures', () => {
  const lead = 'HANGZHOU, Dec. 20 -- Yiwu exported 531.6 billion yuan of goods in the first 11 months of 2026, up 17.4%. ';
  const cases: Array<[string, string, string]> = [
    ['"Zhejiang province as a whole, whose exports grew"', "The city's exports amounted to about 13.5% of those of Zhejiang province as a whole, whose exports grew 7.6% in the same period.", 'Zhejiang'],
    ['"Jinhua city, whose exports rose"', 'Its exports were equal to 13.5% of those of Jinhua city, whose exports rose 7.6 percent.', 'Jinhua'],
    ['"Zhejiang province, whose own exports grew"', 'Its exports were some 13.5% of those of Zhejiang province, whose own exports grew 7.6%.', 'Zhejiang'],
    ['"Zhejiang overall, whose exports were up"', "Yiwu's exports amounted to 13.5 percent of those of Zhejiang overall, whose exports were up 7.6 percent.", 'Zhejiang'],
    ['"Jinhua prefecture as a whole, whose foreign trade increased"', 'The exports came to the equivalent of 13.5% of those of Jinhua prefecture as a whole, whose foreign trade increased 7.6%.', 'Jinhua'],
  ];
  for (const [name, text, area] of cases) {
    it(`gives the growth of ${name} to the whole`, () => {
      expect(row(releaseRows(lead + text, '2026-12-20'), null, 7.6)?.area).toBe(area);
    });
  }
  it('does not give the whole a "whose" clause of its trade with a partner (guard)', () => {
    const rows = releaseRows(lead + 'Its exports were equal to 13.5% of those of Zhejiang province, whose trade with Africa rose 7.6 percent.', '2026-12-20');
    expect(row(rows, null, 7.6)?.area).not.toBe('Zhejiang');
  });
  it('does not reach a "whose" clause past another subject (guard)', () => {
    const rows = releaseRows(lead + 'Its exports were equal to 13.5% of those of Zhejiang province as a whole; the city, whose exports rose 7.6 percent, led the province.', '2026-12-20');
    expect(row(rows, null, 7.6)?.area).not.toBe('Zhejiang');
  });
});

describe('a sentence that states when a line began to run dates a later "since the opening"', () => {
  const lead = 'KUNMING, Dec. 22 -- Yunnan\'s foreign trade reached 280.9 billion yuan in the first 11 months of 2021, up 17.6 percent. ';
  const cases: Array<[string, string]> = [
    ['"began operation on Dec. 3"', 'The railway began operation on Dec. 3 after ceremonies at both ends. Mohan Port has cleared 48,000 tonnes of cargo since the opening.'],
    ['"was opened to freight traffic on 3 December"', 'The line was opened to freight traffic on 3 December. Mohan Port has handled 48,000 tonnes of goods since its opening.'],
    ['"went into service in December"', 'The cross-border line went into service in December. Since the opening, Mohan Port has cleared 48,000 tonnes of cargo.'],
    ['"started operations on December 3"', 'The new rail terminal started operations on December 3. It has loaded 48,000 tonnes since its launch.'],
    ['"entered commercial operation on Dec 3, 2021"', 'The railway entered commercial operation on Dec 3, 2021. Mohan Port has cleared 48,000 tonnes since the inauguration.'],
  ];
  for (const [name, text] of cases) {
    it(`reads a launch ${name}`, () => {
      expect(row(releaseRows(lead + text, '2021-12-22'), 48000)).toMatchObject({ period_start: '2021-12', period_end: '2021-12' });
    });
  }
  it('dates a running total in a later year from a stated launch', () => {
    const rows = releaseRows(lead + 'The railway began operation in December 2021. Mohan Port has cleared 48,000 tonnes since the opening.', '2022-03-10');
    expect(row(rows, 48000)).toMatchObject({ period_start: '2021-12', period_end: '2022-03' });
  });
  it('does not date a figure of its own month by a stated launch without "since" (guard)', () => {
    const rows = releaseRows(lead + 'The line began operation on Dec. 3. Mohan Port cleared 48,000 tonnes in November.', '2021-12-22');
    expect(row(rows, 48000)).toMatchObject({ period_start: '2021-11', period_end: '2021-11' });
  });
  it('does not take a fair\'s opening for a line\'s when no "since" follows (guard)', () => {
    const rows = releaseRows(lead + 'The fair opened on Dec. 3. Exports of vegetables rose 8.3 percent to 14.1 billion yuan.', '2021-12-22');
    expect(row(rows, 14.1e9)).toMatchObject({ period_start: '2021-01', period_end: '2021-11' });
  });
});

describe('a subject port past a relative aside keeps its clause over a railway named after the figure', () => {
  const lead = 'KUNMING, Dec. 22 -- The China-Laos Railway began operation on Dec. 3. ';
  const cases: Array<[string, string]> = [
    ['", where the line crosses the border,"', 'Mohan Port, where the line crosses the border, has cleared 48,000 tonnes of cargo carried by the railway since the opening.'],
    ['", which the railway serves,"', 'Mohan Port, which the railway serves, has handled 48,000 tonnes of goods moved on the railway since the opening.'],
    ['", through which the trains pass,"', 'Mohan Port, through which the trains pass, cleared 48,000 tonnes of freight carried by the railway since the opening.'],
    ['", at which trains change crews,"', 'Mohan Port, at which trains change crews, has inspected 48,000 tonnes of cargo hauled along the railway since the opening.'],
    ['", whose yard was enlarged,"', 'Mohan Port, whose yard was enlarged this year, had cleared 48,000 tonnes of goods carried by the railway since the opening.'],
  ];
  for (const [name, text] of cases) {
    it(`gives the port its tonnes past ${name}`, () => {
      expect(row(releaseRows(lead + text, '2021-12-22'), 48000)?.area).toBe('Mohan Port');
    });
  }
  it('still gives a separate clause on trains along the railway to the railway (guard)', () => {
    const rows = releaseRows(lead + 'Mohan Port cleared 2.18 million tonnes, and freight trains on the railway numbered 2,094.', '2021-12-22');
    expect(row(rows, 2094)?.area).toBe('China-Laos Railway');
  });
  it('does not take a port named in an earlier sentence as the subject (guard)', () => {
    const rows = releaseRows(lead + 'Mohan Port opened a new yard. Cargo carried by the railway reached 48,000 tonnes since the opening.', '2021-12-22');
    expect(row(rows, 48000)?.area).not.toBe('Mohan Port');
  });
});

describe('a place named as the scene of an event (a lockdown, a strike, a storm) is no area of the figures', () => {
  const lead = "BEIJING, June 9 -- China's exports rose 16.9 percent in May from a year earlier, the customs administration said.";
  const cases: Array<[string, string]> = [
    ['"The Shanghai lockdown ended"', ' The Shanghai lockdown ended on June 1.'],
    ['"A strike at the port of Santos"', ' A strike at the port of Santos delayed soybean cargoes.'],
    ['"Floods across Henan"', ' Floods across Henan disrupted rail freight.'],
    ['"A typhoon that hit Zhejiang"', ' A typhoon that hit Zhejiang shut several terminals.'],
    ['"Epidemic controls around Guangzhou"', ' Epidemic controls around Guangzhou slowed trucking.'],
    ['"Dongguan\'s outbreak"', " Dongguan's outbreak closed factories for a week."],
    ['"The Yantian port outbreak"', ' The Yantian port outbreak delayed sailings.'],
  ];
  for (const [name, aside] of cases) {
    it(`keeps the country's imports after ${name}`, () => {
      expect(row(releaseRows(lead + aside + ' Imports grew 4.1 percent.', '2022-06-09'), null, 4.1)?.area).toBe('China');
    });
  }
  it("still gives a city's own figure to the city in a sentence on its lockdown (guard)", () => {
    expect(row(releaseRows(lead + " Shanghai's exports fell 15 percent during the lockdown.", '2022-06-09'), null, -15)?.area).toBe('Shanghai');
  });
  it('still gives a figure framed by the city to the city (guard)', () => {
    expect(row(releaseRows(lead + ' In Shanghai, exports fell 15 percent despite the lockdown.', '2022-06-09'), null, -15)?.area).toBe('Shanghai');
  });
});
