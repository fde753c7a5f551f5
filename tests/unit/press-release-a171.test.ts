/**
 * Rules widened in the fixing round for the leftovers of b276 and b274 (fortieth session): each frame in several
 * sentences of our own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a growth owned by an earlier year or month is that period\'s, not the level\'s', () => {
  it('reads "building on 2024\'s ... increase" after a change of its own', () => {
    const t = tuples('WUHAN, Feb. 3 -- The city\'s freight trains made 1,240 trips in 2025, up 20 percent, building on 2024\'s 6.5 percent increase, the operator said.', '2026-02-03');
    expect(t).toContainEqual(['2025-01', '2025-12', 1240, 'trains', 20]);
    expect(t).toContainEqual(['2024-01', '2024-12', null, '', 6.5]);
  });
  it('reads "after last year\'s ... rise" at the end of a sentence', () => {
    const t = tuples('HEFEI, Jan. 20 -- Exports from the province reached 310 billion yuan in 2025, up 4.2 percent, after last year\'s 9.1 percent rise.', '2026-01-20');
    expect(t).toContainEqual(['2025-01', '2025-12', 310e9, 'CNY', 4.2]);
    expect(t).toContainEqual(['2024-01', '2024-12', null, '', 9.1]);
  });
  it('reads "on top of the previous year\'s ... gain" with the owner spelled as the year before', () => {
    const t = tuples('NANNING, Jan. 15 -- On top of the previous year\'s 12 percent gain, fruit imports climbed 7 percent to 4.4 million tonnes in 2025.', '2026-01-15');
    expect(t).toContainEqual(['2025-01', '2025-12', 4.4e6, 'tonnes', 7]);
    expect(t).toContainEqual(['2024-01', '2024-12', null, '', 12]);
  });
  it('reads "slower than 2023\'s ... growth" as the earlier year\'s', () => {
    const t = tuples('KUNMING, Mar. 2 -- Border trade grew 3.5 percent to 88 billion yuan in 2024, slower than 2023\'s 11.2 percent growth.', '2025-03-02');
    expect(t).toContainEqual(['2024-01', '2024-12', 88e9, 'CNY', 3.5]);
    expect(t).toContainEqual(['2023-01', '2023-12', null, '', 11.2]);
  });
  it('reads "reversing last month\'s ... drop" as the month before', () => {
    const t = tuples('SEOUL, Nov. 1 -- Exports rose 5.1 percent to 57 billion dollars in October, reversing last month\'s 2.3 percent drop.', '2026-11-01');
    expect(t).toContainEqual(['2026-10', '2026-10', 57e9, 'USD', 5.1]);
    expect(t).toContainEqual(['2026-09', '2026-09', null, '', -2.3]);
  });
  it('reads "extending 2025\'s ... expansion" with the level\'s own change written before it', () => {
    const t = tuples('XIAMEN, Feb. 8 -- Container throughput rose by a quarter to 15 million TEU in 2026, extending 2025\'s 4 percent expansion.', '2027-02-08');
    expect(t).toContainEqual(['2026-01', '2026-12', 15e6, 'TEU', 25]);
    expect(t).toContainEqual(['2025-01', '2025-12', null, '', 4]);
  });
  it('near miss: "2024\'s share of 8.5 percent" is no earlier growth', () => {
    const t = tuples('HARBIN, Feb. 4 -- Trade with Russia rose 6 percent to 220 billion yuan in 2025, above 2024\'s 8.5 percent share of the total.', '2026-02-04');
    expect(t.some((r) => r[0] === '2024-01' && r[4] === 8.5)).toBe(false);
  });
  it('near miss: a year with no possessive before the rate keeps the rate the level\'s', () => {
    const t = tuples('JINAN, Feb. 6 -- Exports in 2025 rose 8.5 percent to 1.9 trillion yuan, building on gains in 2024.', '2026-02-06');
    expect(t).toContainEqual(['2025-01', '2025-12', 1.9e12, 'CNY', 8.5]);
  });
});

const rowOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value);

describe('goods the subject says came in or went out take that way', () => {
  it('reads "crude arriving by rail through the port" as imports', () => {
    const text = 'HAILAR, Oct. 19 -- Imports were 31.8 billion yuan and exports 7.8 billion yuan. Russian crude arriving by rail through the port reached 2.45 million tonnes.';
    expect(rowOf(text, '2020-10-19', 2.45e6)).toMatchObject({ flow: 'import' });
  });
  it('reads "coal entering via the crossing totalled" after a sentence on exports', () => {
    const text = 'ERENHOT, Jan. 9 -- Exports from the port grew 6 percent to 12 billion yuan in 2025. Coal entering via the crossing totalled 18.6 million tonnes.';
    expect(rowOf(text, '2026-01-09', 18.6e6)).toMatchObject({ flow: 'import' });
  });
  it('reads "timber which entered through the checkpoint" as imports', () => {
    const text = 'SUIFENHE, Mar. 4 -- Exports climbed to 3.1 billion yuan in 2025. Timber which entered through the checkpoint amounted to 4.2 million cubic meters.';
    expect(rowOf(text, '2026-03-04', 4.2e6)?.flow).toBe('import');
  });
  it('reads "steel exiting through the port" as exports after a sentence on imports', () => {
    const text = 'FANGCHENG, Apr. 2 -- Imports through the port fell 3 percent to 40 billion yuan in the first quarter. Steel exiting through the port came to 820,000 tonnes.';
    expect(rowOf(text, '2026-04-02', 820000)).toMatchObject({ flow: 'export' });
  });
  it('reads "grain that departed by rail" as exports', () => {
    const text = 'KOSTANAY, May 6 -- Imports of machinery rose 9 percent in April. Grain that departed by rail over the month stood at 610,000 tonnes.';
    expect(rowOf(text, '2026-05-06', 610000)).toMatchObject({ flow: 'export' });
  });
  it('reads "logs coming into the country by rail" as imports', () => {
    const text = 'SUIFENHE, Mar. 4 -- Exports climbed to 3.1 billion yuan in 2025. Logs coming into the country by rail amounted to 4.2 million cubic meters.';
    expect(rowOf(text, '2026-03-04', 4.2e6)?.flow).toBe('import');
  });
  it('near miss: "Coal brought in 4.3 billion dollars" is what exports earned', () => {
    const text = 'ULAANBAATAR, Sept. 14 -- Exports of minerals slowed. Coal brought in 4.3 billion U.S. dollars over the eight months.';
    expect(rowOf(text, '2025-09-14', 4.3e9)?.flow).not.toBe('import');
  });
  it('near miss: trains arriving are no goods and keep the way the trains rule gives', () => {
    const text = 'DUISBURG, Feb. 2 -- Trains leaving for China numbered 900 in January, and trains arriving from China numbered 1,200.';
    expect(rowOf(text, '2026-02-02', 1200)?.flow).toBe('import');
    expect(rowOf(text, '2026-02-02', 900)?.flow).toBe('export');
  });
});

describe('"the port" in a release on a customs district named after its town is that town\'s port', () => {
  it('reads "through the port" after the Manzhouli customs district', () => {
    const text = 'HAILAR, Oct. 19 -- Goods cleared by the Manzhouli customs district in the first three quarters of 2020 were worth 39.6 billion yuan. Exports of vegetables through the port fell by a quarter.';
    const rows = releaseRows(text, '2020-10-19');
    expect(rows.find((r) => r.value === 39.6e9)?.area).toBe('Manzhouli Customs district');
    expect(rows.find((r) => r.yoy_pct === -25)?.area).toBe('Manzhouli Port');
  });
  it('reads "at the port" for another district and another verb', () => {
    const text = 'NANNING, Jan. 12 -- Trade handled by the Pingxiang customs district reached 120 billion yuan in 2025. Fruit imports at the port rose 14 percent to 2.1 million tonnes.';
    expect(rowOf(text, '2026-01-12', 2.1e6)?.area).toBe('Pingxiang Port');
  });
  it('reads "via the port" opening the sentence', () => {
    const text = 'XIAMEN, Feb. 1 -- Foreign trade in the Xiamen customs district came to 960 billion yuan in 2025. Via the port, exports of shoes reached 41 billion yuan.';
    expect(rowOf(text, '2026-02-01', 41e9)?.area).toBe('Xiamen Port');
  });
  it('reads "the port handled" as the port\'s own cargo', () => {
    const text = 'HUNCHUN, Jan. 8 -- The Hunchun customs district cleared goods worth 23 billion yuan in 2025. The port handled 3.4 million tonnes of cargo, up 9 percent.';
    expect(rowOf(text, '2026-01-08', 3.4e6)?.area).toBe('Hunchun Port');
  });
  it('reads "through the port" in a later paragraph', () => {
    const text = 'HEIHE, Nov. 3 -- Trade in the Heihe customs district in the first ten months was worth 15 billion yuan, up 12 percent.\n\nSoybean imports through the port reached 410,000 tonnes.';
    expect(rowOf(text, '2026-11-03', 410000)?.area).toBe('Heihe Port');
  });
  it('near miss: a port the release named is the one "the port" points to', () => {
    const text = 'HAILAR, Oct. 19 -- Goods cleared by the Manzhouli customs district were worth 39.6 billion yuan in the first three quarters. Erlian Port handled 8 million tonnes, and imports through the port rose 3 percent to 5 million tonnes.';
    expect(rowOf(text, '2020-10-19', 5e6)?.area).not.toBe('Manzhouli Port');
  });
  it('near miss: the district\'s own figures stay the district\'s', () => {
    const text = 'HAILAR, Oct. 19 -- Goods cleared by the Manzhouli customs district were worth 39.6 billion yuan in the first three quarters. Imports in the district were 31.8 billion yuan.';
    expect(rowOf(text, '2020-10-19', 31.8e9)?.area).toBe('Manzhouli Customs district');
  });
});

describe('carriers counted before the network they serve are a count of the carriers, not of routes', () => {
  const counted = (text: string, published: string, value: number, unit: string) => releaseRows(text, published).some((r) => r.value === value && r.unit === unit);
  it('reads "trains served Central Asian destinations"', () => {
    expect(counted('XI\'AN, Jan. 19 -- Trade with the region grew 27 percent in 2023. Over 1,700 freight trains served Central Asian destinations from the city in 2023.', '2024-01-19', 1700, 'trains')).toBe(true);
  });
  it('reads "trains reached European cities" with another verb and noun', () => {
    expect(counted('CHENGDU, Jan. 6 -- Some 2,400 freight trains reached European cities in 2025, up 10 percent.', '2026-01-06', 2400, 'trains')).toBe(true);
  });
  it('reads "trains linked inland stations" in the past tense', () => {
    expect(counted('ZHENGZHOU, Feb. 2 -- Some 3,100 freight trains linked inland stations with seaports in 2025, the operator said.', '2026-02-02', 3100, 'trains')).toBe(true);
  });
  it('reads "trains connected Southeast Asian countries" with the place after', () => {
    expect(counted('KUNMING, Mar. 1 -- In 2025, 960 cross-border freight trains connected Southeast Asian countries with Yunnan, up 8 percent.', '2026-03-01', 960, 'trains')).toBe(true);
  });
  it('reads "trains served Caspian countries and Turkish stations" with a list', () => {
    expect(counted('URUMQI, Apr. 4 -- In the first quarter, 1,150 freight trains served Caspian countries and Turkish stations, up 12 percent.', '2026-04-04', 1150, 'trains')).toBe(true);
  });
  it('near miss: "the port now serves 69 China-Europe freight train routes" counts routes', () => {
    expect(counted('MANZHOULI, May 3 -- The port now serves 69 China-Europe freight train routes, the station said.', '2026-05-03', 69, 'trains')).toBe(false);
  });
  it('near miss: "a network of 120 destinations in 25 countries" counts places', () => {
    expect(releaseRows('XI\'AN, May 3 -- The service has grown into a network of 120 destinations in 25 countries.', '2026-05-03').some((r) => r.value === 120)).toBe(false);
  });
});
