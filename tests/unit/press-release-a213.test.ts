/**
 * Fixing round a213 on b294's leftovers (broadcast scripts and transcripts: numbers said in words, screen lines, scripts
 * quoting another country's count). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const values = (text: string, published: string) => releaseRows(text, published).map((r) => r.value);

describe('"a hundred and ..." said before the rest of a number is a hundred and that number', () => {
  it('reads "slipped to a hundred and twenty-nine point three billion dollars"', () => {
    expect(values('MOSCOW, Jan 14 - Russian exports to China slipped two percent in twenty twenty-four, to a hundred and twenty-nine point three billion dollars.', '2025-01-14')).toContain(129.3e9);
  });
  it('reads "came to a hundred and five billion yuan" in a bulletin', () => {
    expect(values('NEWSREADER: Guangxi\'s trade with ASEAN came to a hundred and five billion yuan in the first half of this year.', '2025-07-20')).toContain(105e9);
  });
  it('reads "a hundred thousand tonnes" of grain', () => {
    expect(values('ANCHOR: Grain shipments through the port reached a hundred thousand tonnes in March, up eight percent.', '2025-04-10')).toContain(1e5);
  });
  it('reads "a hundred twenty-two point five million tonnes" said without "and"', () => {
    expect(values('HOST: China imported a hundred twenty-two point five million tonnes of iron ore in the quarter, Chinese customs said.', '2025-04-15')).toContain(122.5e6);
  });
  it('reads "a hundred and forty thousand TEU" handled by a port', () => {
    expect(values('REPORTER: The port handled a hundred and forty thousand TEU in May, ten percent more than a year earlier.', '2025-06-12')).toContain(1.4e5);
  });
  it('reads "one hundred and fifteen point five billion" as before', () => {
    expect(values('HOST: Chinese goods sold to Russia rose four point one percent to one hundred and fifteen point five billion dollars last year.', '2025-01-14')).toContain(115.5e9);
  });
  it('reads no amount from "a hundred" said alone (near miss)', () => {
    expect(values('REPORTER: A hundred trucks crossed the bridge on Monday, the port said, and trade rose 5 percent in May.', '2025-06-12')).not.toContain(100);
  });
  it('reads "a hundred" in "a hundred years" as no part of the next amount (near miss)', () => {
    expect(values('ANCHOR: The ferry is a hundred years old. Exports rose to twenty-nine point three billion yuan in May.', '2025-06-12')).toContain(29.3e9);
  });
});

describe("another country's customs, with an aside on how it counts, puts a figure: that country's figure", () => {
  const lead = "ASTANA, Feb 18 - Kazakhstan's trade with China reached 44.2 billion dollars in 2025, the Bureau of National Statistics said.\n\n";
  const areaOf = (sentence: string, value: number) => releaseRows(lead + sentence + ' Officials say the gap comes from transit goods.', '2026-02-18').find((r) => r.value === value)?.area;
  it('reads "Chinese customs, which counts differently, puts the same trade at about ..."', () => {
    expect(areaOf('Chinese customs, which counts differently, puts the same trade at about forty-eight billion dollars.', 48e9)).toBe('China');
  });
  it('reads "Chinese customs, using its own method, counted the same turnover at ..."', () => {
    expect(areaOf('Chinese customs, using its own method, counted the same turnover at 48 billion dollars.', 48e9)).toBe('China');
  });
  it('reads "Chinese customs, as it often does, reported a higher figure of ..."', () => {
    expect(areaOf('Chinese customs, as it often does, reported a higher figure of 48 billion dollars.', 48e9)).toBe('China');
  });
  it('reads "Chinese customs, counting re-exports, valued the trade at ..."', () => {
    expect(areaOf('Chinese customs, counting re-exports, valued the trade at 48.1 billion dollars.', 48.1e9)).toBe('China');
  });
  it('reads "Chinese customs, in its January release, put the figure at ..."', () => {
    expect(areaOf('Chinese customs, in its January release, put the figure at 47.9 billion dollars.', 47.9e9)).toBe('China');
  });
  it('keeps the release\'s country where the aside follows customs officers, not the customs (near miss)', () => {
    expect(areaOf('Chinese customs officers, who check every wagon, said turnover reached 20 billion dollars.', 20e9)).toBe('Kazakhstan');
  });
  it('keeps the release\'s country where a Kazakh source puts the figure (near miss)', () => {
    expect(areaOf('The ministry, which counts differently, puts the same trade at 45 billion dollars.', 45e9)).toBe('Kazakhstan');
  });
});

describe('a change said in words with its decimals, right after a change word and closing its clause, is a percent', () => {
  it('reads "fifty-two point eight billion, up only three point one." in a podcast', () => {
    expect(tuples('MAI: Exports going the other way, fifty-two point eight billion dollars in the first nine months, up only three point one.', '2025-10-20')).toContainEqual(['2025-01', '2025-09', 52.8e9, 'USD', 3.1]);
  });
  it('reads "down just two point four on the year" in a bulletin', () => {
    expect(tuples('ANCHOR: Imports came to forty-one point two billion yuan in May, down just two point four on the year.', '2025-06-10')).toContainEqual(['2025-05', '2025-05', 41.2e9, 'CNY', -2.4]);
  });
  it('reads "rose four point six, to twelve point one million tonnes"', () => {
    expect(tuples('HOST: Coal shipments in May rose four point six, to twelve point one million tonnes.', '2025-06-10')).toContainEqual(['2025-05', '2025-05', 12.1e6, 'tonnes', 4.6]);
  });
  it('reads "slipped by one point eight, while ..." as a growth of its own', () => {
    expect(tuples('REPORTER: Exports to Japan in May slipped by one point eight, while imports rose six percent to two billion yuan.', '2025-06-10')).toContainEqual(['2025-05', '2025-05', null, '', -1.8]);
  });
  it('reads "edged up point seven - the slowest pace" said without its zero', () => {
    expect(tuples('ANCHOR: Textile exports reached nine point two billion dollars in May and edged up point seven - the slowest pace this year.', '2025-06-10')).toContainEqual(['2025-05', '2025-05', 9.2e9, 'USD', 0.7]);
  });
  it('reads no percent from "rose four point six billion yuan", an amount (near miss)', () => {
    expect(tuples('ANCHOR: Exports rose four point six billion yuan to twelve billion yuan in May.', '2025-06-10').some((t) => t[4] === 4.6)).toBe(false);
  });
  it('reads no percent from a whole number said alone, "up three" (near miss)', () => {
    expect(tuples('ANCHOR: Exports reached twelve billion yuan in May, up three, officials said.', '2025-06-10').some((t) => t[4] === 3)).toBe(false);
  });
});

describe('"this year" cut off at a month ("this year to the end of October") is January to that month', () => {
  const period = (sentence: string, value: number, published = '2023-11-06') => {
    const r = releaseRows(sentence, published).find((x) => x.value === value);
    return r ? [r.period_start, r.period_end] : null;
  };
  it('reads "this year to the end of October we imported" in an interview', () => {
    expect(period('GUEST: For soybeans, this year to the end of October we imported 312,000 tonnes of Russian soybeans through Heihe, up 28 percent.', 312000)).toEqual(['2023-01', '2023-10']);
  });
  it('reads "This year to the end of October," opening the sentence', () => {
    expect(period('HEIHE, Nov 6 - This year to the end of October, Heihe port imported 312,000 tonnes of soybeans, up 28 percent.', 312000)).toEqual(['2023-01', '2023-10']);
  });
  it('reads "so far this year to the end of October" after the figure', () => {
    expect(period('HEIHE, Nov 6 - Heihe port imported 312,000 tonnes of soybeans so far this year to the end of October, up 28 percent.', 312000)).toEqual(['2023-01', '2023-10']);
  });
  it('reads "this year up to September"', () => {
    expect(period('ANCHOR: Exports of the province reached 41 billion yuan this year up to September, up 6 percent.', 41e9)).toEqual(['2023-01', '2023-09']);
  });
  it('reads "This year until the end of May" in a report of the summer', () => {
    expect(period('REPORTER: This year until the end of May, the port handled 1.2 million TEU, up 9 percent.', 1.2e6, '2023-06-20')).toEqual(['2023-01', '2023-05']);
  });
  it('keeps "in the year to October" the twelve months to October (near miss)', () => {
    expect(period('HEIHE, Nov 6 - Heihe port imported 312,000 tonnes of soybeans in the year to October, up 28 percent.', 312000)).toEqual(['2022-11', '2023-10']);
  });
  it('keeps "this year" with no cut-off the year so far (near miss)', () => {
    expect(period('HEIHE, Nov 6 - Heihe port imported 312,000 tonnes of soybeans this year, up 28 percent, and hopes for 400,000 tonnes next year.', 312000)).toEqual(['2023-01', '2023-10']);
  });
});

describe('a figure said rounded and given exactly elsewhere, same period, place, flow, goods and growth, is one figure', () => {
  const rowsOf = (text: string, published: string) => tuples(text, published);
  it('keeps the screen line\'s 38.62 billion over the spoken thirty-eight point six', () => {
    expect(rowsOf('EVENING NEWS - TRANSCRIPT\nBroadcast: 15 July 2024\n\nREPORTER: By value, goods passing through Erenhot in the first half were worth thirty-eight point six billion yuan, a rise of seventeen and a half percent.\n[GRAPHIC: ERENHOT PORT H1 VALUE 38.62 BN YUAN / +17.5%]', '2024-07-15')).toEqual([['2024-01', '2024-06', 38.62e9, 'CNY', 17.5]]);
  });
  it('gives the exact screen figure and its growth for a spoken figure said without one', () => {
    expect(rowsOf("QAZAQ NEWS - TRANSCRIPT\nEvening bulletin, 18 February 2026\n\nNEWSREADER: Kazakhstan's trade with China reached forty-four point two billion dollars in twenty twenty-five.\n[ON SCREEN: KAZAKHSTAN - CHINA TRADE 2025 | $44.18 BN | +5.1%]", '2026-02-18')).toEqual([['2025-01', '2025-12', 44.18e9, 'USD', 5.1]]);
  });
  it('reads a question\'s rounded figure and the answer\'s exact one as one (interview)', () => {
    expect(rowsOf("INTERVIEW WITH THE DEPUTY MINISTER OF ECONOMY\n10 February 2025\n\nQ: Last year Georgia exported 6.1 billion dollars' worth of goods. Was that a record?\nA: It was, and the exact figure is 6.08 billion dollars in 2024, up 9.2 percent.", '2025-02-10')).toEqual([['2024-01', '2024-12', 6.08e9, 'USD', 9.2]]);
  });
  it('takes a growth said rounded ("nearly two percent") with the rounded level as the exact one\'s', () => {
    expect(rowsOf('MINING HOUR - TRANSCRIPT\n20 January 2025\n\nHOST: The country\'s exports slipped nearly two percent in 2024, to twelve point three billion dollars.\n[GRAPHIC: EXPORTS 2024: $12.34 BN (-1.8%)]', '2025-01-20')).toEqual([['2024-01', '2024-12', 12.34e9, 'USD', -1.8]]);
  });
  it('reads a screen line with no partner under a spoken figure to a partner as the same figure', () => {
    expect(rowsOf("QAZAQ NEWS - TRANSCRIPT\nEvening bulletin, 18 February 2026\n\nCORRESPONDENT: Kazakh exports to China came to seventeen point nine billion dollars in twenty twenty-five, up two point four percent.\n[ON SCREEN: EXPORTS $17.9 BN (+2.4%)]", '2026-02-18')).toEqual([['2025-01', '2025-12', 17.9e9, 'USD', 2.4]]);
  });
  it('keeps two goods whose values round to each other apart (near miss)', () => {
    expect(rowsOf('OSLO, Dec 4 - Exports of fresh salmon to the United States were NOK 1.05 billion in November. Exports of all seafood to the United States amounted to NOK 1.1 billion in November.', '2024-12-04')).toHaveLength(2);
  });
  it('keeps two counts written out in full apart, 1,100 beside 1,116 (near miss)', () => {
    expect(releaseRows('URUMQI, April 14 -- Freight trains through the port numbered 2,216 in the first quarter. Of these, 1,100 entered the country and 1,116 left it.', '2026-04-14').map((r) => r.value)).toEqual(expect.arrayContaining([1100, 1116]));
  });
  it('keeps two figures with different growths apart (near miss)', () => {
    expect(rowsOf('BUSINESS HOUR - TRANSCRIPT\n20 January 2025\n\nHOST: Exports came to twelve point three billion dollars in 2024, up four percent.\n[GRAPHIC: EXPORTS 2024: $12.34 BN (+9.5%)]', '2025-01-20')).toHaveLength(2);
  });
});

describe('a launch month said with "last year" after it ("opened in June last year") is that month of the year before', () => {
  const startOf = (sentence: string, value: number) => releaseRows(`HEIHE, Nov 6 - ${sentence}`, '2023-11-06').find((r) => r.value === value)?.period_start;
  it('reads "Since the highway bridge opened in June last year, more than ... have crossed it"', () => {
    expect(startOf('Since the highway bridge opened in June last year, more than 1.6 million tonnes of goods have crossed it.', 1.6e6)).toBe('2022-06');
  });
  it('reads "since the bridge opened in March of last year"', () => {
    expect(startOf('Since the bridge opened in March of last year, it has carried 2.1 million tonnes of goods.', 2.1e6)).toBe('2022-03');
  });
  it('reads "since the line was launched in September the year before"', () => {
    expect(startOf('Since the line was launched in September the year before, it has carried 900,000 tonnes of goods.', 9e5)).toBe('2022-09');
  });
  it('reads "since it opened in May last year" with the total first', () => {
    expect(startOf('The terminal has handled 310,000 TEU since it opened in May last year.', 3.1e5)).toBe('2022-05');
  });
  it('reads "since the service was put into operation in January last year"', () => {
    expect(startOf('Since the service was put into operation in January last year, it has carried 45,000 tonnes of goods.', 45000)).toBe('2022-01');
  });
  it('keeps a launch month with no year said in this year when it has passed (near miss)', () => {
    expect(startOf('Since the crossing opened in June, it has carried 120,000 tonnes of goods.', 120000)).toBe('2023-06');
  });
  it('keeps a launch month with its year in digits (near miss)', () => {
    expect(startOf('Since the bridge opened in June 2021, it has carried 3.4 million tonnes of goods.', 3.4e6)).toBe('2021-06');
  });
});
