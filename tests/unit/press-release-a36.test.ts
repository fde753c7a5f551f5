/**
 * Issue 9, twenty-fifth session: causes found on blind batch 138 (English as translated agency pages publish it:
 * Central Asian, Russian, Caucasian and Chinese local pages). Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

describe('"X fell to the share of export and Y to import": the direction an amount is put down to', () => {
  it('gives the second amount the flow named right after it, not the first amount\'s', () => {
    const rows = releaseRows('Foreign trade of Georgia in January-May 2026\n\nIn January-May 2026 the external trade turnover of Georgia made up 9 812.4 mln. USD, of which 2 604.7 mln. USD fell to the share of export and 7 207.7 mln. USD to import.', '2026-06-19');
    expect(rows.filter((r) => r.unit === 'USD').map((r) => [r.value, r.flow])).toEqual([[9812400000, 'total'], [2604700000, 'export'], [7207700000, 'import']]);
  });
  it('reads "went to exports ... to imports" the same way', () => {
    const rows = releaseRows('In the first quarter of 2026 the trade turnover of Armenia amounted to 4.1 billion US dollars, of which 1.6 billion US dollars went to exports and 2.5 billion US dollars to imports.', '2026-04-20');
    expect(rows.filter((r) => r.unit === 'USD').map((r) => [r.value, r.flow])).toEqual([[4100000000, 'total'], [1600000000, 'export'], [2500000000, 'import']]);
  });
  it('leaves "rose to N" followed by its own flow word alone (guard)', () => {
    const rows = releaseRows('In the first quarter of 2026 exports of Armenia rose to 1.6 billion US dollars, while imports came to 2.5 billion US dollars.', '2026-04-20');
    expect(rows.filter((r) => r.unit === 'USD').map((r) => [r.value, r.flow])).toEqual([[1600000000, 'export'], [2500000000, 'import']]);
  });
});

describe('"including export N, import M": "including" names no goods', () => {
  it('leaves the directions of all goods, so a growth in the next sentence joins them', () => {
    const rows = releaseRows('Foreign trade of Moldova in January-April 2026\n\nThe foreign trade in goods of Moldova in January-April 2026 amounted to 3 402.6 million US dollars, including export 1 120.4 million US dollars, import 2 282.2 million US dollars. Export increased by 3.3 percent, import by 5.1 percent.', '2026-06-10');
    expect(rows.filter((r) => r.flow !== 'total').map((r) => [r.value, r.flow, r.commodity, r.yoy_pct])).toEqual([[1120400000, 'export', 'all goods', 3.3], [2282200000, 'import', 'all goods', 5.1]]);
  });
  it('names goods written between "including" and the flow noun without the word', () => {
    const rows = releaseRows('In January-April 2026 Moldova exported goods worth 1 120.4 million US dollars, including wine exports of 61.2 million US dollars.', '2026-06-10');
    expect(rows.map((r) => r.commodity)).toContain('wine');
  });
});

describe('"In the trade turnover the share of X is N%, of Y M%": the whole named before "the share of"', () => {
  it('makes each listed country a partner of the release country, the last one after "and of" with its bound', () => {
    const rows = releaseRows('Foreign trade of Tajikistan in January-June 2026\n\nIn January-June 2026 the foreign trade turnover of Tajikistan amounted to 3.9 billion US dollars. In the trade turnover the share of Kazakhstan is 24.3%, of China 21.7%, of Uzbekistan 9.1%, and of Turkey less than 5%.', '2026-07-20');
    expect(rows.filter((r) => r.unit === 'percent-share').map((r) => [r.value, r.area, r.partner, r.qualifier])).toEqual([[24.3, 'Tajikistan', 'Kazakhstan', 'exact'], [21.7, 'Tajikistan', 'China', 'exact'], [9.1, 'Tajikistan', 'Uzbekistan', 'exact'], [5, 'Tajikistan', 'Turkey', 'less_than']]);
  });
  it('reads blocs named by their members, the forum written out in full', () => {
    const rows = releaseRows('About the foreign trade of Russia in January-March 2019\n\nThe foreign trade turnover of the Russian Federation in January-March 2019 made up 160.5 bln. USD. In the structure of the foreign trade turnover of Russia the share of the European Union countries made up 42.4%, of the countries of the Asia-Pacific Economic Cooperation 30.9%, of the CIS countries 12.0%.', '2019-05-15');
    expect(rows.filter((r) => r.unit === 'percent-share').map((r) => [r.value, r.area, r.partner])).toEqual([[42.4, 'Russia', 'European Union'], [30.9, 'Russia', 'APEC'], [12, 'Russia', 'CIS']]);
  });
  it('keeps the release country\'s own share of a wider trade its own (guard)', () => {
    const rows = releaseRows('Foreign trade of Tajikistan in January-June 2026\n\nIn January-June 2026 the foreign trade turnover of Tajikistan amounted to 3.9 billion US dollars. In the world trade in aluminium the share of Tajikistan was 0.6%.', '2026-07-20');
    expect(rows.filter((r) => r.unit === 'percent-share').map((r) => [r.value, r.area, r.partner])).toEqual([[0.6, 'Tajikistan', 'World']]);
  });
});

describe('"the Far Eastern region" of Russia\'s Far Eastern customs', () => {
  it('is the Far Eastern Federal District, not the eastern region of China', () => {
    const rows = releaseRows('Foreign trade of the Far Eastern region in January-June 2026\n\nAccording to the Far Eastern Customs Administration, in January-June 2026 the foreign trade turnover of the Far Eastern region made up 17.3 bln. USD, which is 4.2% more than in January-June 2025.', '2026-08-05');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[17300000000, 'Far Eastern Federal District']]);
  });
  it('leaves "the Russian Far East" a Chinese province names as a market to the province (guard)', () => {
    const rows = releaseRows('HARBIN, Oct. 21 -- Heilongjiang\'s exports of machinery reached 12.4 billion yuan in the first three quarters, up 9.5 percent, with strong demand in the Russian Far East.', '2026-10-21');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[12400000000, 'Heilongjiang']]);
  });
});

describe('"with the goods value of N" after what trains carried', () => {
  it('reads the translated "goods value" as the worth of cargo moved both ways, not the flow of the paragraph before', () => {
    const rows = releaseRows('Xi\'an foreign trade in 2026\n\nExports of the city reached 250.3 billion yuan, up 4.1 percent.\n\nIn 2026, the China-Europe Railway Express (Xi\'an) ran 5,200 trains, transported about 540,000 TEU of goods, with the goods value of 120.5 billion yuan.', '2027-01-20');
    expect(rows.filter((r) => r.value === 120500000000).map((r) => r.flow)).toEqual(['total']);
  });
  it('keeps the flow of exported goods whose value it gives (guard)', () => {
    const rows = releaseRows('Xi\'an foreign trade in 2026\n\nIn 2026 the city exported 120,000 vehicles, with the goods value of 20.4 billion yuan.', '2027-01-20');
    expect(rows.filter((r) => r.value === 20400000000).map((r) => r.flow)).toEqual(['export']);
  });
});

describe('"The China-Europe Railway Express (Chengdu-Chongqing) ran N trains in and out of Chongqing"', () => {
  it('gives the count to the town the trains came and went through, the pair only naming the service', () => {
    const rows = releaseRows('Chengdu foreign trade in the first half\n\nIn January-June 2026, the China-Europe Railway Express (Chengdu-Chongqing) ran 1,420 trains to and from Chengdu, up 3.2% over the same period of last year.', '2026-07-18');
    expect(rows.filter((r) => r.unit === 'trains').map((r) => [r.value, r.area])).toEqual([[1420, 'Chengdu']]);
  });
  it('reads the second town of the pair the same way', () => {
    const rows = releaseRows('Chongqing foreign trade in the first half\n\nIn January-June 2026, the China-Europe Railway Express (Chengdu-Chongqing) ran 1,380 trains in and out of Chongqing, up 2.9% over the same period of last year.', '2026-07-18');
    expect(rows.filter((r) => r.unit === 'trains').map((r) => [r.value, r.area])).toEqual([[1380, 'Chongqing']]);
  });
  it('keeps the pair as the joint area of a count it runs together (guard)', () => {
    const rows = releaseRows('In January-June 2026, the China-Europe Railway Express (Chengdu-Chongqing) ran 2,700 trains, up 3.2% over the same period of last year.', '2026-07-18');
    expect(rows.filter((r) => r.unit === 'trains').map((r) => [r.value, r.area])).toEqual([[2700, 'Chengdu and Chongqing']]);
  });
});
