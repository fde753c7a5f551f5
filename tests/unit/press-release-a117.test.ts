/**
 * Fixing round for b228, b232, b229, b230 (thirty-sixth session): freight-train hubs and corridors. Each rule reads a frame
 * of the language in several phrasings of our own, and leaves its near misses alone. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value);

describe('a launch told in an apposition or an opening participle, then a perfect of running, starts the running total', () => {
  it('reads "first launched in" set off by commas before "had completed"', () => {
    const rows = releaseRows('BEIJING, Aug. 5 -- The trains made 1,100 trips in July. As of the end of July, the service, first launched in March 2011, had completed more than 95,000 trips.', '2024-08-05');
    expect(row(rows, 95000)).toMatchObject({ period_start: '2011-03', period_end: '2024-07' });
  });
  it('reads a participle opening the sentence, its subject after the comma', () => {
    const rows = releaseRows('XI\'AN, Jan. 6 -- Launched in November 2013, the Chang\'an service has now run 26,000 trains, its operator said.', '2024-01-06');
    expect(row(rows, 26000)).toMatchObject({ period_start: '2013-11', period_end: '2024-01' });
  });
  it('reads "which originally started in" before "has operated"', () => {
    const rows = releaseRows('URUMQI, May 2 -- The sea-rail route, which originally started in June 2016, has operated 8,000 trains, the railway bureau said.', '2025-05-02');
    expect(row(rows, 8000)).toMatchObject({ period_start: '2016-06', period_end: '2025-05' });
  });
  it('reads "initially opened to freight in" before "has handled"', () => {
    const rows = releaseRows('HEIHE, Sept. 3 -- The bridge, initially opened to freight in June 2022, has handled 4.2 million tonnes of goods, the port office said.', '2025-09-03');
    expect(row(rows, 4.2e6)).toMatchObject({ period_start: '2022-06', period_end: '2025-09' });
  });
  it('reads "First opened in" opening the sentence before "had dispatched"', () => {
    const rows = releaseRows('ZHENGZHOU, Jan. 8 -- First opened in July 2013, the hub had dispatched 9,700 trains by the end of December.', '2024-01-08');
    expect(row(rows, 9700)).toMatchObject({ period_start: '2013-07', period_end: '2023-12' });
  });
  it('reads "debuted in" as a launch too', () => {
    const rows = releaseRows('WUHAN, Feb. 10 -- The Wuhan-Europe link, which debuted in October 2012, has sent 5,400 trains, the city said.', '2025-02-10');
    expect(row(rows, 5400)).toMatchObject({ period_start: '2012-10', period_end: '2025-02' });
  });
  it('does not make a running total of a year\'s figure after "opened in" (guard: no perfect)', () => {
    const rows = releaseRows('HUAIHUA, Aug. 5 -- The terminal, opened in May 2019, handled 2,000 trains this year.', '2026-08-05');
    expect(row(rows, 2000)?.period_start).not.toBe('2019-05');
  });
  it('does not read a launch whose clause is a sentence away from the total (guard: no comma before the perfect)', () => {
    const rows = releaseRows('CHENGDU, Aug. 5 -- The route was launched in March 2015, and its trains made 2,100 trips in the first half.', '2026-08-05');
    expect(row(rows, 2100)).toMatchObject({ period_start: '2026-01', period_end: '2026-06' });
  });
});

describe('a service said to start in the sentence before dates the runs piled up by a day', () => {
  it('reads "The service started in" before "By the end of ... it had run"', () => {
    const rows = releaseRows('YIWU, Jan. 4 -- The trains made 1,900 trips last year. The service started in November 2014, when a first train left for Madrid. By the end of 2021 it had run more than 5,000 trips in total.', '2022-01-04');
    expect(row(rows, 5000)).toMatchObject({ period_start: '2014-11', period_end: '2021-12' });
  });
  it('reads "the route first began in" before "As of June, the trains had made"', () => {
    const rows = releaseRows('SUZHOU, July 9 -- The Suzhou-Warsaw route first began in September 2012. As of the end of June, its trains had made 3,250 trips.', '2024-07-09');
    expect(row(rows, 3250)).toMatchObject({ period_start: '2012-09', period_end: '2024-06' });
  });
  it('reads "was originally launched in" before "had completed"', () => {
    const rows = releaseRows('HEFEI, March 3 -- Freight trains to Europe made 610 trips last year. The line was originally launched in May 2014. By the end of February, it had completed 4,100 trips.', '2025-03-03');
    expect(row(rows, 4100)).toMatchObject({ period_start: '2014-05', period_end: '2025-02' });
  });
  it('reads "the corridor debuted in" before "had operated"', () => {
    const rows = releaseRows('NANNING, Oct. 2 -- Rail-sea trains made 900 trips in September. The rail-sea corridor debuted in April 2017, linking the city with Qinzhou. By the end of September, it had operated about 12,000 trips.', '2025-10-02');
    expect(row(rows, 12000)).toMatchObject({ period_start: '2017-04', period_end: '2025-09' });
  });
  it('reads "Trains on the link opened in" before "had run"', () => {
    const rows = releaseRows('LANZHOU, Dec. 1 -- The link opened in August 2016 with a train of machinery. By the end of November, trains on it had run 2,300 runs.', '2025-12-01');
    expect(row(rows, 2300)).toMatchObject({ period_start: '2016-08', period_end: '2025-11' });
  });
  it('keeps goods "had been carried" by a day a stock (guard: no runs)', () => {
    const rows = releaseRows('KUNMING, Oct. 9 -- The line was opened in December 2021. As of Sept 30, goods worth 86.5 billion yuan had been carried across the border.', '2026-10-09');
    expect(row(rows, 86.5e9)?.period_start).toBe('');
  });
  it('does not read goods that "started in" a month as a launch (guard: no service noun)', () => {
    const rows = releaseRows('HEFEI, March 3 -- Exports started in January 2020 to climb. By the end of February, the trains had completed 4,100 journeys.', '2025-03-03');
    expect(row(rows, 4100)?.period_start).not.toBe('2020-01');
  });
});

describe('a worth said of the whole after a comma is the quantity\'s, not led into by the growth between', () => {
  const cases: [string, string, string, number, number, number][] = [
    ['"worth a combined" after "more than a year earlier"', 'YIWU, Jan. 4 -- The trains carried 156,000 TEUs of goods in 2021, 40 percent more than a year earlier, worth a combined 30.5 billion yuan.', '2022-01-04', 156000, 30.5e9, 40],
    ['"valued at an estimated" after "year on year"', 'ERENHOT, Jan. 4 -- Trucks hauled 2.3 million tonnes of coal across the border in 2021, up 18 percent year on year, valued at an estimated 4.1 billion yuan.', '2022-01-04', 2.3e6, 4.1e9, 18],
    ['"valued at a combined" after "above the 2020 level"', 'KUNMING, Jan. 4 -- Southbound freight came to 2.9 million tonnes in 2021, 12 percent above the 2020 level, valued at a combined 21.5 billion yuan.', '2022-01-04', 2.9e6, 21.5e9, 12],
    ['"valued at a total of" after a fall "less than in 2020"', 'SUIFENHE, Jan. 4 -- The port cleared 8.4 million tonnes of freight in 2021, 9 percent less than in 2020, valued at a total of 30 billion yuan.', '2022-01-04', 8.4e6, 30e9, -9],
    ['"worth an estimated" after "more than in 2020"', "XIAMEN, Jan. 4 -- Xiamen's trains carried 62,000 TEU in 2021, 30 percent more than in 2020, worth an estimated 9 billion yuan.", '2022-01-04', 62000, 9e9, 30],
  ];
  for (const [what, text, published, quantity, worth, growth] of cases) {
    it(`gives the growth to the quantity before ${what}`, () => {
      const rows = releaseRows(text, published);
      expect(row(rows, quantity)?.yoy_pct).toBe(growth);
      expect(row(rows, worth)?.yoy_pct ?? null).toBeNull();
    });
  }
  it('still leads a growth into a value "to a combined" (guard: no comma before the worth)', () => {
    const rows = releaseRows('MANZHOULI, Jan. 4 -- Trade through the port rose 31 percent to a combined 6.2 billion yuan in 2021.', '2022-01-04');
    expect(levelTuple(row(rows, 6.2e9)!)).toEqual(['2021-01', '2021-12', 6.2e9, 'CNY', 31]);
  });
  it('still leads a growth into a level after "to" with "worth" inside the goods (guard)', () => {
    const rows = releaseRows('MANZHOULI, Jan. 4 -- Imports of timber grew 31 percent to a value worth 6.2 billion yuan in 2021.', '2022-01-04');
    expect(row(rows, 6.2e9)?.yoy_pct).toBe(31);
  });
});

describe('a corridor, route or railway said whole is the corridor named before, even in a city\'s release', () => {
  it('reads "trains on the whole corridor"', () => {
    const rows = releaseRows('CHONGQING, July 8 -- Chongqing trains made 1,162 trips in the first half on the western land-sea corridor. Trains on the whole corridor made 2,946 trips in the half-year, up 47.3 percent.', '2021-07-08');
    expect(row(rows, 2946)?.area).toBe('New International Land-Sea Trade Corridor');
    expect(row(rows, 1162)?.area).toBe('Chongqing');
  });
  it('reads "the corridor as a whole" as the subject', () => {
    const rows = releaseRows('CHONGQING, July 8 -- Chongqing trains made 1,162 trips in the first half on the New Western Land-Sea Corridor. The corridor as a whole saw 2,946 trips in the half-year.', '2021-07-08');
    expect(row(rows, 2946)?.area).toBe('New International Land-Sea Trade Corridor');
  });
  it('reads "Along the full length of the railway" opening the sentence', () => {
    const rows = releaseRows('KUNMING, Dec. 4 -- Kunming shipped 1.2 million tonnes of fruit on the China-Laos Railway this year. Along the full length of the railway, freight reached 4.3 million tonnes, up 12 percent.', '2025-12-04');
    expect(row(rows, 4.3e6)?.area).toBe('China-Laos Railway');
  });
  it('reads "the entire route" after a city\'s own trains on it', () => {
    const rows = releaseRows('XI\'AN, Jan. 9 -- Xi\'an sent 480 trains west along the Trans-Caspian International Transport Route in 2023. Across the entire route, 33,500 TEU were carried in the year.', '2024-01-09');
    expect(row(rows, 33500)?.area).toBe('Trans-Caspian International Transport Route');
  });
  it('reads "the route in its entirety" after a relative clause', () => {
    const rows = releaseRows('ALMATY, Feb. 2 -- Almaty sent 9,000 TEU along the Middle Corridor in 2024. Counted over the route in its entirety, which links China with Europe, traffic totalled 56,000 TEU.', '2025-02-02');
    expect(row(rows, 56000)?.area).toBe('Trans-Caspian International Transport Route');
  });
  it('keeps "the city\'s trains on the corridor" the city\'s (guard: not the whole)', () => {
    const rows = releaseRows('CHONGQING, July 8 -- Chongqing trains made 1,162 trips in the first half on the western land-sea corridor. The city\'s trains on the corridor made 2,946 trips in the half-year.', '2021-07-08');
    expect(row(rows, 2946)?.area).toBe('Chongqing');
  });
  it('keeps "the whole city" the city\'s (guard: no corridor word)', () => {
    const rows = releaseRows('CHONGQING, July 8 -- Chongqing trains made 1,162 trips in the first half on the western land-sea corridor. The whole city exported 2,946 containers of motorcycles in the half-year.', '2021-07-08');
    expect(row(rows, 2946)?.area).toBe('Chongqing');
  });
});

describe('towns an earlier clause sent trains to are no area of a later clause\'s figure', () => {
  it('reads a list after "southbound to", then "while ... reached the city"', () => {
    const rows = releaseRows('HUAIHUA, Oct. 10 -- Huaihua ran 1,486 freight trains in the first three quarters. Huaihua dispatched 912 trains southbound to Vientiane, Hanoi and Bangkok, while 574 trains reached the city from the south.', '2025-10-10');
    expect(row(rows, 574)?.area).toBe('Huaihua');
  });
  it('reads "pulled into the city" after a list of two after "to"', () => {
    const rows = releaseRows('XI\'AN, July 5 -- Xi\'an ran 2,100 trains in the first half. Xi\'an dispatched 1,500 trains to Hamburg and Lodz, while 600 trains pulled into the city.', '2025-07-05');
    expect(row(rows, 600)?.area).toBe('Xi\'an');
  });
  it('reads "bound for" two cities, then "came into the city"', () => {
    const rows = releaseRows('HEFEI, Jan. 5 -- Hefei ran 900 trains in 2024. Hefei sent 600 trains bound for Moscow and Minsk, while 300 trains came into the city from Europe.', '2025-01-05');
    expect(row(rows, 300)?.area).toBe('Hefei');
  });
  it('reads "toward" a pair, then "reached the city"', () => {
    const rows = releaseRows('WUHAN, Jan. 5 -- Wuhan ran 1,100 trains in 2024. Wuhan dispatched 700 trains toward Hamburg and Prague, while 250 trains reached the city from Europe.', '2025-01-05');
    expect(row(rows, 250)?.area).toBe('Wuhan');
  });
  it('reads "westbound to" a list, then "entered the city"', () => {
    const rows = releaseRows('CHANGSHA, Jan. 5 -- Changsha ran 1,400 trains in 2024. Changsha sent 900 trains westbound to Moscow, Minsk and Warsaw, while another 500 trains entered the city.', '2025-01-05');
    expect(row(rows, 500)?.area).toBe('Changsha');
  });
  it('keeps a city that opens its own clause its own (guard: not sent to)', () => {
    const rows = releaseRows('HUAIHUA, Oct. 10 -- Huaihua ran 1,486 freight trains in the first three quarters, while Changsha ran 2,100 trains.', '2025-10-10');
    expect(row(rows, 2100)?.area).toBe('Changsha');
  });
  it('keeps a city the goods came from in the earlier clause out of the rule (guard: "from" is no destination)', () => {
    const rows = releaseRows('ALASHANKOU, Jan. 5 -- Goods arrived from Almaty on 900 trains in 2024, and Almaty shipped another 300 trains of wheat.', '2025-01-05');
    expect(row(rows, 300)?.area).toBe('Almaty');
  });
});
