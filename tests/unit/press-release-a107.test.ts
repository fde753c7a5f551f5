/**
 * Rules widened in the fixing round for b226 and b227 (scraped pages; how figures relate in a sentence): each cause read in
 * several frames of our own, with near misses it must leave alone. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const byValue = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growthRow = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.value === null && r.yoy_pct === yoy);

describe('"the former" and "the latter" told by any participle of change', () => {
  it('reads "expanding" and "edging down" after a list of two levels', () => {
    const rows = releaseRows('BEIJING, Dec 9 -- Exports and imports came to 21.3 trillion yuan and 15.2 trillion yuan respectively in the first 11 months, with the former expanding 5.4 percent and the latter edging down 0.6 percent.', '2026-12-09');
    expect(byValue(rows, 21.3e12)?.yoy_pct).toBe(5.4);
    expect(byValue(rows, 15.2e12)?.yoy_pct).toBe(-0.6);
  });
  it('reads "shrinking" for the second of two partners', () => {
    const rows = releaseRows('HANOI, Oct 6 -- Trade with Japan and South Korea stood at 31.2 billion dollars and 58.4 billion dollars respectively in the nine months, the former gaining 3.1 percent and the latter shrinking 2.7 percent.', '2026-10-06');
    expect(byValue(rows, 31.2e9)).toMatchObject({ partner: 'Japan', yoy_pct: 3.1 });
    expect(byValue(rows, 58.4e9)).toMatchObject({ partner: 'South Korea', yoy_pct: -2.7 });
  });
  it('reads finite verbs after "and the latter"', () => {
    const rows = releaseRows('SEOUL, Nov 1 -- Chip and car exports reached 11.4 billion dollars and 6.2 billion dollars respectively in October; the former jumped 18 percent and the latter slipped 4 percent.', '2026-11-01');
    expect(byValue(rows, 11.4e9)?.yoy_pct).toBe(18);
    expect(byValue(rows, 6.2e9)?.yoy_pct).toBe(-4);
  });
  it('reads a noun of change after "posting"', () => {
    const rows = releaseRows('JAKARTA, Sept 15 -- Coal and palm oil shipments earned 2.9 billion dollars and 1.8 billion dollars respectively in August, the first posting a decline of 12.5 percent and the second posting growth of 6.1 percent.', '2026-09-15');
    expect(byValue(rows, 2.9e9)?.yoy_pct).toBe(-12.5);
    expect(byValue(rows, 1.8e9)?.yoy_pct).toBe(6.1);
  });
  it('reads "inching up" and "slipping" with the list period before them', () => {
    const rows = releaseRows('MANILA, Aug 10 -- Electronics and garment exports were 3.6 billion dollars and 0.4 billion dollars respectively in June, while the former inching up 0.8 percent and the latter slipping 3.3 percent.', '2026-08-10');
    expect(byValue(rows, 3.6e9)?.yoy_pct).toBe(0.8);
    expect(byValue(rows, 0.4e9)?.yoy_pct).toBe(-3.3);
  });
  it('does not give a change of a later subject to the list (near miss)', () => {
    const rows = releaseRows('BEIJING, Dec 9 -- Exports and imports came to 21.3 trillion yuan and 15.2 trillion yuan respectively in the first 11 months, while the surplus expanded 8.2 percent.', '2026-12-09');
    expect(byValue(rows, 15.2e12)?.yoy_pct).not.toBe(8.2);
    expect(byValue(rows, 21.3e12)?.yoy_pct).not.toBe(8.2);
  });
  it('does not pair a change told of a third thing after the list (near miss)', () => {
    const rows = releaseRows('BEIJING, Dec 9 -- Exports and imports came to 21.3 trillion yuan and 15.2 trillion yuan respectively in the first 11 months, and the tally of trade firms expanding 4.4 percent.', '2026-12-09');
    expect(rows.some((r) => r.yoy_pct === 4.4 && r.value !== null)).toBe(false);
  });
});

describe('an earlier rate dated "a month earlier" after a participle or a noun of change', () => {
  it('reads "after edging up 0.3% a month earlier" as the month before', () => {
    const rows = releaseRows('BEIJING, Nov 7 - Imports slipped 2.3% to $213.36 billion in October, after edging up 0.3% a month earlier.', '2026-11-07');
    expect(growthRow(rows, 0.3)).toMatchObject({ period_start: '2026-09', period_end: '2026-09', flow: 'import' });
    expect(byValue(rows, 213.36e9)?.yoy_pct).toBe(-2.3);
  });
  it('reads "after a 1.1 percent rise the month before"', () => {
    const rows = releaseRows('SEOUL, Aug 1 -- Exports fell 4.4 percent to 52.1 billion dollars in July, after a 1.1 percent rise the month before.', '2026-08-01');
    expect(growthRow(rows, 1.1)).toMatchObject({ period_start: '2026-06', period_end: '2026-06' });
  });
  it('reads "following inching lower by 0.5 percent a month ago"', () => {
    const rows = releaseRows('TOKYO, May 21 -- Shipments abroad grew 2.6 percent to 8.9 trillion yen in April, following inching lower by 0.5 percent a month ago.', '2026-05-21');
    expect(growthRow(rows, -0.5)).toMatchObject({ period_start: '2026-03', period_end: '2026-03' });
  });
  it('reads "after sliding 3.9% a month before"', () => {
    const rows = releaseRows('TAIPEI, March 9 -- Imports rose 6.8% to $30.2 billion in February after sliding 3.9% a month before.', '2026-03-09');
    expect(growthRow(rows, -3.9)).toMatchObject({ period_start: '2026-01', period_end: '2026-01' });
  });
  it('reads "following a 0.2 percent gain a month ago"', () => {
    const rows = releaseRows('BANGKOK, Nov 20 -- Exports contracted 1.5 percent to 24.4 billion dollars in October, following a 0.2 percent gain a month ago.', '2026-11-20');
    expect(growthRow(rows, 0.2)).toMatchObject({ period_start: '2026-09', period_end: '2026-09' });
  });
  it('does not date a rate of the reporting month by "a month earlier" of another clause (near miss)', () => {
    const rows = releaseRows('BEIJING, Nov 7 - Imports slipped 2.3% to $213.36 billion in October, and were flat against a month earlier.', '2026-11-07');
    expect(byValue(rows, 213.36e9)).toMatchObject({ period_start: '2026-10', yoy_pct: -2.3 });
  });
  it('does not read a change of a quarter as a month before (near miss)', () => {
    const rows = releaseRows('SEOUL, Oct 1 -- Exports rose 3.2 percent to 170.4 billion dollars in the third quarter, after edging up 0.4 percent a month earlier.', '2026-10-01');
    expect(rows.some((r) => r.yoy_pct === 0.4 && r.period_start === '2026-06')).toBe(false);
  });
});

describe('the next base of a list dated by words, not by a named period', () => {
  it('reads "versus X in September and Y a year earlier"', () => {
    const rows = releaseRows('BEIJING, Nov 7 - That left a trade surplus of $95.70 billion in October, versus $81.71 billion in September and $56.53 billion a year earlier.', '2026-11-07');
    expect(rows.map(levelTuple)).toContainEqual(['2025-10', '2025-10', 56.53e9, 'USD', null]);
  });
  it('reads "against X a month earlier and Y a year ago"', () => {
    const rows = releaseRows('SEOUL, Dec 1 -- The surplus reached $6.8 billion in November, against $5.1 billion a month earlier and $2.2 billion a year ago.', '2026-12-01');
    expect(byValue(rows, 5.1e9)).toMatchObject({ period_start: '2026-10' });
    expect(byValue(rows, 2.2e9)).toMatchObject({ period_start: '2025-11' });
  });
  it('reads "against X a month earlier and Y a year ago" for tonnes', () => {
    const rows = releaseRows('SINGAPORE, Dec 2 -- Palm oil imports reached 412,000 tonnes in November, against 388,000 tonnes a month earlier and 351,000 tonnes a year ago.', '2026-12-02');
    expect(byValue(rows, 388000)).toMatchObject({ period_start: '2026-10' });
    expect(byValue(rows, 351000)).toMatchObject({ period_start: '2025-11' });
  });
  it('reads "from X in June and Y a year before" after a fall', () => {
    const rows = releaseRows('CANBERRA, Aug 5 -- Coal exports fell to A$4.2 billion in July from A$4.6 billion in June and A$5.0 billion a year before.', '2026-08-05');
    expect(byValue(rows, 5.0e9)).toMatchObject({ period_start: '2025-07' });
  });
  it('reads "than X a year earlier and Y the month before"', () => {
    const rows = releaseRows('OTTAWA, Oct 6 -- The deficit was larger in August than the C$1.1 billion recorded a year earlier and C$0.7 billion the month before, at C$1.9 billion.', '2026-10-06');
    expect(byValue(rows, -0.7e9) ?? byValue(rows, 0.7e9)).toMatchObject({ period_start: '2026-07' });
  });
  it('does not date a second level of the same period as a base (near miss)', () => {
    const rows = releaseRows('BEIJING, Nov 7 - Exports reached $309.1 billion in October and imports $213.4 billion.', '2026-11-07');
    expect(byValue(rows, 213.4e9)).toMatchObject({ period_start: '2026-10' });
  });
  it('does not take an amount after "and" with no base word before the list (near miss)', () => {
    const rows = releaseRows('BEIJING, Nov 7 - Exports reached $309.1 billion in October and $3.1 trillion a year earlier in the year to date.', '2026-11-07');
    expect(byValue(rows, 309.1e9)).toMatchObject({ period_start: '2026-10' });
  });
});

describe('a rounded multiple of the year-earlier level', () => {
  it('reads "some 2.4 times the figure for the same period last year"', () => {
    const rows = releaseRows('URUMQI, April 14 -- Freight trains through the port numbered 2,216 in the first quarter, some 2.4 times the figure for the same period last year.', '2026-04-14');
    expect(byValue(rows, 2216)?.yoy_pct).toBe(140);
  });
  it('reads "about 1.8 times the total recorded in the same period last year"', () => {
    const rows = releaseRows('NANNING, July 20 -- Durian imports came to 610,000 tonnes in the first half, about 1.8 times the total recorded in the same period last year.', '2026-07-20');
    expect(byValue(rows, 610000)?.yoy_pct).toBe(80);
  });
  it('reads "roughly 3 times the year-earlier volume"', () => {
    const rows = releaseRows('XIAMEN, Oct 12 -- Lithium battery exports reached 41,000 tonnes in September, roughly 3 times the year-earlier volume.', '2026-10-12');
    expect(byValue(rows, 41000)?.yoy_pct).toBe(200);
  });
  it('reads "2.1 times the number for the same period of last year"', () => {
    const rows = releaseRows('XI\'AN, June 3 -- The hub dispatched 1,512 trains in the first five months, 2.1 times the number for the same period of last year.', '2026-06-03');
    expect(byValue(rows, 1512)?.yoy_pct).toBe(110);
  });
  it('reads "around 1.5 times last year\'s tally" without dating the row last year', () => {
    const rows = releaseRows('HEIHE, Nov 2 -- Soybean imports across the bridge reached 92,000 tonnes in the first ten months, around 1.5 times last year\'s tally.', '2026-11-02');
    expect(byValue(rows, 92000)).toMatchObject({ period_start: '2026-01', period_end: '2026-10', yoy_pct: 50 });
  });
  it('does not read "more than 2.4 times the figure" as an exact change (near miss)', () => {
    const rows = releaseRows('URUMQI, April 14 -- Freight trains through the port numbered 2,216 in the first quarter, more than 2.4 times the figure for the same period last year.', '2026-04-14');
    expect(byValue(rows, 2216)?.yoy_pct).toBeNull();
  });
  it('does not read a multiple of a year two years back as year-on-year (near miss)', () => {
    const rows = releaseRows('ERENHOT, Sept 20 -- The port\'s trade reached 71.2 billion yuan in the first eight months, 1.8 times the figure for the same period of 2024.', '2026-09-20');
    expect(byValue(rows, 71.2e9)?.yoy_pct).toBeNull();
  });
});

describe('an amount "in the black" is a surplus', () => {
  it('reads "was X in the black" before a clause about a deficit of others', () => {
    const rows = releaseRows('HANOI, Dec 3 -- The foreign-invested sector was 43.9 billion USD in the black, while domestic firms remained in deficit.', '2026-12-03');
    expect(byValue(rows, 43.9e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads "ended the month X in the black"', () => {
    const rows = releaseRows('SEOUL, Dec 1 -- Chip trade ended November 4.1 billion dollars in the black.', '2026-12-01');
    expect(byValue(rows, 4.1e9)).toMatchObject({ flow: 'balance', period_start: '2026-11' });
  });
  it('reads "finished X in surplus" after a deficit word earlier', () => {
    const rows = releaseRows('TAIPEI, Oct 8 -- After last year\'s deficit, trade with Japan finished September 1.2 billion dollars in surplus.', '2026-10-08');
    expect(byValue(rows, 1.2e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads "stood X in the black" for a quarter', () => {
    const rows = releaseRows('HANOI, April 6 -- In the first quarter the country\'s goods trade stood 5.5 billion dollars in the black, the statistics office said.', '2026-04-06');
    expect(byValue(rows, 5.5e9)).toMatchObject({ flow: 'balance', period_start: '2026-01', period_end: '2026-03' });
  });
  it('reads "ended June X in the black" beside a deficit of another subject', () => {
    const rows = releaseRows('BANGKOK, July 20 -- The sector ended June 2.1 billion dollars in the black, though its deficit with China widened.', '2026-07-20');
    expect(byValue(rows, 2.1e9)).toMatchObject({ flow: 'balance' });
  });
  it('keeps "in the red" a deficit (near miss)', () => {
    const rows = releaseRows('SEOUL, Dec 1 -- The country\'s trade stood 4.1 billion dollars in the red in November.', '2026-12-01');
    expect(byValue(rows, -4.1e9)).toMatchObject({ flow: 'balance' });
  });
  it('does not make a surplus of an amount of exports before "black pepper" (near miss)', () => {
    const rows = releaseRows('HANOI, Dec 3 -- Exports of black pepper reached 1.3 billion dollars in the 11 months.', '2026-12-03');
    expect(byValue(rows, 1.3e9)?.flow).toBe('export');
  });
});

describe('commerce "between" two places is two-way trade', () => {
  const before = 'HARBIN, July 22 -- Crude oil imports from the neighbour totaled 13.8 million tonnes in the first half, up 3.2 percent. ';
  it('reads cross-border e-commerce between a province and a country', () => {
    const rows = releaseRows(`${before}Cross-border e-commerce between the province and Russia grew 2.4 times over the same period.`, '2026-07-22');
    expect(growthRow(rows, 240)).toMatchObject({ flow: 'total', partner: 'Russia' });
  });
  it('reads business between a province and its neighbour', () => {
    const rows = releaseRows(`${before}Business between Heilongjiang and Russia rose 12 percent to 3.1 billion yuan in the period.`, '2026-07-22');
    expect(byValue(rows, 3.1e9)?.flow).toBe('total');
  });
  it('reads dealings between two countries', () => {
    const rows = releaseRows(`${before}Dealings between China and Mongolia came to 9.4 billion yuan in the period, up 6 percent.`, '2026-07-22');
    expect(byValue(rows, 9.4e9)?.flow).toBe('total');
  });
  it('reads transactions between border towns', () => {
    const rows = releaseRows(`${before}Transactions between Suifenhe and Pogranichny were worth 2.2 billion yuan in the six months.`, '2026-07-22');
    expect(byValue(rows, 2.2e9)?.flow).toBe('total');
  });
  it('reads commerce between the two sides', () => {
    const rows = releaseRows(`${before}Commerce between the two sides expanded 9 percent to 4.4 billion yuan.`, '2026-07-22');
    expect(byValue(rows, 4.4e9)?.flow).toBe('total');
  });
  it('does not read "between January and June" as two-way trade (near miss)', () => {
    const rows = releaseRows('HARBIN, July 22 -- Crude oil imports from Russia totaled 13.8 million tonnes between January and June, up 3.2 percent.', '2026-07-22');
    expect(byValue(rows, 13.8e6)?.flow).toBe('import');
  });
  it('does not read "trains between" as a flow of trade (near miss)', () => {
    const rows = releaseRows('HARBIN, July 22 -- Exports by rail reached 1.1 billion yuan in the first half, as trains between Harbin and Moscow ran daily.', '2026-07-22');
    expect(byValue(rows, 1.1e9)?.flow).toBe('export');
  });
});

describe('a later clause naming a balance back by its kind dates only its own amount', () => {
  const lead = 'ASTANA, July 20 -- Turnover came to 43.8 billion dollars in January-June 2026. ';
  it('reads "whereas the positive balance had been Y in the first half of 2025"', () => {
    const rows = releaseRows(`${lead}Exports exceeded imports by 7.62 billion dollars, whereas the positive balance had been 10.77 billion dollars in the first half of 2025.`, '2026-07-20');
    expect(byValue(rows, 7.62e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-06' });
  });
  it('reads "while the surplus had been Y in January-June 2025"', () => {
    const rows = releaseRows(`${lead}The surplus came to 7.6 billion dollars, while the surplus had been 6.1 billion dollars in January-June 2025.`, '2026-07-20');
    expect(byValue(rows, 7.6e9)).toMatchObject({ period_start: '2026-01' });
  });
  it('reads "but the deficit was Y in ..."', () => {
    const rows = releaseRows(`${lead}Exports beat imports by 7.6 billion dollars, but the deficit was 0.4 billion dollars in the first half of 2024.`, '2026-07-20');
    expect(byValue(rows, 7.6e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-06' });
  });
  it('reads "and the trade balance was Y in ..."', () => {
    const rows = releaseRows(`${lead}Exports exceeded imports by 7.62 billion dollars, and the trade balance was 9.2 billion dollars in January-June 2024.`, '2026-07-20');
    expect(byValue(rows, 7.62e9)).toMatchObject({ period_start: '2026-01' });
  });
  it('reads "whereas the negative balance had been Y in ..."', () => {
    const rows = releaseRows(`${lead}The balance stood at 7.6 billion dollars, whereas the negative balance had been 1.3 billion dollars in the first half of 2023.`, '2026-07-20');
    expect(byValue(rows, 7.6e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-06' });
  });
  it('keeps a period of the figure\'s own clause (near miss)', () => {
    const rows = releaseRows('ASTANA, July 20 -- Exports exceeded imports by 7.62 billion dollars in the first half of 2026, and the surplus was the largest in years.', '2026-07-20');
    expect(byValue(rows, 7.62e9)).toMatchObject({ period_start: '2026-01' });
  });
  it('does not move a later clause about another flow (near miss)', () => {
    const rows = releaseRows('ASTANA, July 20 -- Exports reached 25.7 billion dollars in the first half of 2026, while imports were 18.1 billion dollars in the same period.', '2026-07-20');
    expect(byValue(rows, 18.1e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-06' });
  });
});

describe('bare numbers of a longer list share the scale and money of the last', () => {
  it('reads "9.76, 7.01 and 5.38 billion dollars"', () => {
    const rows = releaseRows('ASTANA, July 20 -- Turnover with Russia, China and Italy was 9.76, 7.01 and 5.38 billion dollars, respectively, in January-June 2026.', '2026-07-20');
    expect(byValue(rows, 9.76e9)).toMatchObject({ unit: 'USD', partner: 'Russia' });
  });
  it('reads four items before "million euros"', () => {
    const rows = releaseRows('VILNIUS, Aug 9 -- Exports to Latvia, Poland, Germany and Estonia were 812.4, 640.1, 511.9 and 402.3 million euros respectively in the first half of 2026.', '2026-08-09');
    expect(byValue(rows, 812.4e6)?.unit).toBe('EUR');
    expect(byValue(rows, 640.1e6)?.unit).toBe('EUR');
  });
  it('reads a list with a comma before "and"', () => {
    const rows = releaseRows('HANOI, Dec 3 -- Imports of machinery, fabrics, and plastics reached 42.1, 13.6, and 9.8 billion USD respectively in the 11 months.', '2026-12-03');
    expect(byValue(rows, 42.1e9)?.unit).toBe('USD');
  });
  it('reads whole numbers before "billion yuan"', () => {
    const rows = releaseRows('NANNING, Oct 20 -- Trade with Vietnam, Thailand and Malaysia came to 312, 98 and 71 billion yuan respectively in the first three quarters.', '2026-10-20');
    expect(byValue(rows, 312e9)?.unit).toBe('CNY');
  });
  it('reads the list in a clause of its own', () => {
    const rows = releaseRows('SEOUL, Nov 1 -- By market, shipments to China, the US and Vietnam stood at 11.2, 10.4 and 5.1 billion dollars in October.', '2026-11-01');
    expect(byValue(rows, 11.2e9)?.unit).toBe('USD');
  });
  it('does not read the day of a date as an amount (near miss)', () => {
    const rows = releaseRows('ASTANA, July 20 -- On July 3, 2026 and again later, exports were 5.38 billion dollars.', '2026-07-20');
    expect(rows.some((r) => r.value === 3e9)).toBe(false);
  });
  it('does not read a list of years as amounts (near miss)', () => {
    const rows = releaseRows('ASTANA, July 20 -- Exports in 2024, 2025 and 5.4 billion dollars of grain sales were cited.', '2026-07-20');
    expect(rows.some((r) => r.value === 2024e9 || r.value === 2025e9)).toBe(false);
  });
});

describe('a rate set "against" an earlier rate is that period\'s', () => {
  it('reads "against 6.0 percent in August"', () => {
    const rows = releaseRows('HANGZHOU, Oct 24 -- Growth slowed in September, when trade rose 1.8 percent year on year to 453.2 billion yuan, against 6.0 percent in August.', '2026-10-24');
    expect(growthRow(rows, 6)).toMatchObject({ period_start: '2026-08', period_end: '2026-08' });
    expect(byValue(rows, 453.2e9)?.yoy_pct).toBe(1.8);
  });
  it('reads "as against 4.4 percent in the first quarter"', () => {
    const rows = releaseRows('HANGZHOU, July 20 -- Exports grew 7.1 percent to 1.9 trillion yuan in the first half, as against 4.4 percent in the first quarter.', '2026-07-20');
    expect(growthRow(rows, 4.4)).toMatchObject({ period_start: '2026-01', period_end: '2026-03' });
  });
  it('reads "in contrast with 4.0 percent in June"', () => {
    const rows = releaseRows('HANGZHOU, Aug 8 -- Exports rose 1.8 percent to 453.2 billion yuan in July, in contrast with 4.0 percent in June.', '2026-08-08');
    expect(growthRow(rows, 4)).toMatchObject({ period_start: '2026-06' });
  });
  it('reads "set beside 9.3 percent in May"', () => {
    const rows = releaseRows('SEOUL, July 1 -- Exports grew 3.5 percent to 58.4 billion dollars in June, set beside 9.3 percent in May.', '2026-07-01');
    expect(growthRow(rows, 9.3)).toMatchObject({ period_start: '2026-05' });
  });
  it('reads "relative to 5 percent in July"', () => {
    const rows = releaseRows('TAIPEI, Sept 8 -- Imports rose 2.2 percent to 30.1 billion dollars in August, relative to 5 percent in July.', '2026-09-08');
    expect(growthRow(rows, 5)).toMatchObject({ period_start: '2026-07' });
  });
  it('keeps a share set against an earlier share a share (near miss)', () => {
    const rows = releaseRows('MOSCOW, Oct 20 -- Trade with China reached $19.7 billion in January-September, or 62.3% of the region\'s foreign trade turnover, against 58.9% a year earlier.', '2026-10-20');
    expect(byValue(rows, 58.9)).toMatchObject({ unit: 'percent-share', period_start: '2025-01' });
  });
  it('does not read a move against the dollar as an earlier rate (near miss)', () => {
    const rows = releaseRows('BEIJING, Nov 7 - Exports rose 12.7% to $309.06 billion in October, while the yuan fell 1.3% against the dollar in October.', '2026-11-07');
    expect(rows.some((r) => r.yoy_pct === -1.3 || r.yoy_pct === 1.3)).toBe(false);
  });
});

describe('parts of a count that left or entered a country', () => {
  const lead = 'URUMQI, April 14 -- Freight trains through the port numbered 2,216 in the first quarter. ';
  it('reads "1,302 left China and 914 entered it"', () => {
    const rows = releaseRows(`${lead}Of these, 1,302 left China and 914 entered it.`, '2026-04-14');
    expect(byValue(rows, 1302)).toMatchObject({ unit: 'trains', flow: 'export' });
    expect(byValue(rows, 914)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "left the country" and "entered China"', () => {
    const rows = releaseRows('MANZHOULI, April 14 -- The port handled 1,640 trains in the quarter. Of them, 902 left the country, while 738 entered China from Russia.', '2026-04-14');
    expect(byValue(rows, 902)).toMatchObject({ unit: 'trains', flow: 'export' });
    expect(byValue(rows, 738)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "entered the country" first', () => {
    const rows = releaseRows(`${lead}Of these, 1,100 entered the country and 1,116 left it.`, '2026-04-14');
    expect(byValue(rows, 1100)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "exited China"', () => {
    const rows = releaseRows(`${lead}Of these, 1,290 exited China loaded with machinery.`, '2026-04-14');
    expect(byValue(rows, 1290)).toMatchObject({ unit: 'trains' });
  });
  it('reads "left China" after "Among them"', () => {
    const rows = releaseRows(`${lead}Among them, 1,250 left China for Europe.`, '2026-04-14');
    expect(byValue(rows, 1250)).toMatchObject({ unit: 'trains', flow: 'export' });
  });
  it('does not read "left it at that" as a part (near miss)', () => {
    const rows = releaseRows(`${lead}Officials said 12 firms joined and left it at that.`, '2026-04-14');
    expect(rows.some((r) => r.value === 12)).toBe(false);
  });
  it('does not read a count of days as trains (near miss)', () => {
    const rows = releaseRows(`${lead}Of these days, 30 were busy.`, '2026-04-14');
    expect(rows.some((r) => r.value === 30)).toBe(false);
  });
});

describe('"that trade" after a sentence whose last amount was the whole trade', () => {
  it('keeps a partner\'s share of that trade two-way after a share of exports', () => {
    const rows = releaseRows('URUMQI, April 14 -- Horgos Port\'s foreign trade was worth 14.8 billion yuan in the first quarter, with exports making up 71.2 percent. Kazakhstan remained the port\'s leading partner, accounting for 63 percent of that trade.', '2026-04-14');
    expect(byValue(rows, 63)).toMatchObject({ flow: 'total', partner: 'Kazakhstan' });
  });
  it('keeps it two-way after a share of imports', () => {
    const rows = releaseRows('HEIHE, May 10 -- Trade through the bridge came to 6.2 billion yuan in April, with imports taking 80 percent. Russia accounted for 98 percent of that trade.', '2026-05-10');
    expect(byValue(rows, 98)?.flow).toBe('total');
  });
  it('keeps "this trade" two-way too', () => {
    const rows = releaseRows('URUMQI, April 14 -- The port\'s foreign trade was worth 14.8 billion yuan in the first quarter, with exports making up 71.2 percent. Kazakhstan accounted for 63 percent of that trade.', '2026-04-14');
    expect(byValue(rows, 63)?.flow).toBe('total');
  });
  it('keeps it two-way when the total is named as turnover', () => {
    const rows = releaseRows('ALMATY, May 4 -- Turnover at the crossing was 2.1 billion dollars in April, with exports making up 64 percent. China accounted for 55 percent of that trade.', '2026-05-04');
    expect(byValue(rows, 55)?.flow).toBe('total');
  });
  it('keeps it two-way after a share of exports given as a part', () => {
    const rows = releaseRows('NANNING, May 4 -- Border trade was 12.4 billion yuan in April, exports making up 58 percent of it. Vietnam took 91 percent of that trade.', '2026-05-04');
    expect(byValue(rows, 91)?.flow).toBe('total');
  });
  it('still gives "that trade" the flow of an export level before (near miss)', () => {
    const rows = releaseRows('URUMQI, April 14 -- The port\'s exports were worth 10.5 billion yuan in the first quarter. Kazakhstan accounted for 63 percent of that trade.', '2026-04-14');
    expect(byValue(rows, 63)?.flow).toBe('export');
  });
  it('still gives it the flow of an import level before (near miss)', () => {
    const rows = releaseRows('URUMQI, April 14 -- The port\'s imports were worth 3.9 billion yuan in the first quarter. Kazakhstan accounted for 70 percent of that trade.', '2026-04-14');
    expect(byValue(rows, 70)?.flow).toBe('import');
  });
});

describe('a table scraped onto one line, under a prose lead-in', () => {
  const lead = 'ASTANA, Nov 15 -- Kazakhstan\'s foreign trade turnover in January-September 2026 was US$104.3 billion, 2.1% more than a year earlier.\n\n';
  it('reads rows flattened with thin-space thousands', () => {
    const rows = releaseRows(`${lead}Main trading partners, mln USD   Jan–Sep 2026   share, %\nChina   19\u2009842.7   19.0   Russia   18\u2009115.4   17.4   Italy   13\u2009520.0   13.0\n`, '2026-11-15');
    expect(byValue(rows, 18115.4e6)).toMatchObject({ partner: 'Russia', unit: 'USD' });
    expect(byValue(rows, 17.4)).toMatchObject({ partner: 'Russia', unit: 'percent-share' });
  });
  it('reads rows under a lead-in "as follows:"', () => {
    const rows = releaseRows(`${lead}The bureau's table of main partners reads as follows:\nMain trading partners, mln USD   Jan–Sep 2026   share, %\nChina   19 842.7   19.0\nRussia   18 115.4   17.4\n`, '2026-11-15');
    expect(byValue(rows, 19.0)).toMatchObject({ partner: 'China', unit: 'percent-share' });
  });
  it('reads two flattened rows with comma thousands', () => {
    const rows = releaseRows(`${lead}Main trading partners, mln USD   Jan–Sep 2026   share, %\nChina   19,842.7   19.0   Russia   18,115.4   17.4\n`, '2026-11-15');
    expect(byValue(rows, 19842.7e6)).toMatchObject({ partner: 'China' });
  });
  it('reads a lead-in "given below:" over the table', () => {
    const rows = releaseRows(`${lead}Figures for the main partners are given below:\nTrade partners, mln USD   Jan–Sep 2026   share, %\nChina   19 842.7   19.0\nTurkey   4 101.2   3.9\n`, '2026-11-15');
    expect(byValue(rows, 4101.2e6)).toMatchObject({ partner: 'Turkey' });
  });
  it('reads flattened rows under a lead-in', () => {
    const rows = releaseRows(`${lead}The customs office released the following figures:\nMain trading partners, mln USD   Jan–Sep 2026   share, %\nChina   19 842.7   19.0   Russia   18 115.4   17.4\n`, '2026-11-15');
    expect(byValue(rows, 18115.4e6)).toMatchObject({ partner: 'Russia' });
  });
  it('does not split a self-describing row at its period heads (near miss)', () => {
    const rows = releaseRows('ULAANBAATAR, July 15 -- Trade figures followed.\n\nTrade balance, million US dollars: H1 2025 3 506.3 H1 2026 4 167.1\n', '2026-07-15');
    expect(byValue(rows, 4167.1e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-06' });
  });
  it('does not read a non-trade table under a lead-in (near miss)', () => {
    const rows = releaseRows(`${lead}Visitor numbers by country were as follows:\nTourists by country, thousand   Jan–Sep 2026   share, %\nChina   412.5   19.0   Russia   380.1   17.4\n`, '2026-11-15');
    expect(rows.some((r) => r.value === 412500 || r.value === 412.5e6)).toBe(false);
  });
});

describe('items of a table in a sentence that lost their semicolons', () => {
  const lead = 'HARBIN, July 22 — The province posted foreign trade of 162.83 billion yuan in the first half of 2026.\n\n';
  it('reads space-grouped items after a caption with heads', () => {
    const rows = releaseRows(`${lead}Import items, first half (tonnes, y/y): crude oil 14 330 000 −2.1% grain 1 180 000 +26.4%\n`, '2026-07-22');
    expect(byValue(rows, 1180000)).toMatchObject({ commodity: 'grain', flow: 'import', yoy_pct: 26.4 });
  });
  it('reads three items', () => {
    const rows = releaseRows(`${lead}Export items, first half (tonnes, y/y): steel 410 000 +12.0% tyres 95 300 -4.1% fertiliser 61 200 +8.8%\n`, '2026-07-22');
    expect(byValue(rows, 95300)).toMatchObject({ commodity: 'tyres', yoy_pct: -4.1 });
  });
  it('reads items with plain numbers and signed changes', () => {
    const rows = releaseRows(`${lead}Imports by type, first half (tonnes, y/y): timber 820 +3.1 coal 640 -9.5\n`, '2026-07-22');
    expect(byValue(rows, 640)).toMatchObject({ commodity: 'coal', yoy_pct: -9.5 });
  });
  it('reads items of a month with no year named', () => {
    const rows = releaseRows(`${lead}Import items, June (tonnes, y/y): crude oil 2 410 000 -0.7% grain 190 000 +12.2%\n`, '2026-07-22');
    expect(byValue(rows, 190000)).toMatchObject({ commodity: 'grain', period_start: '2026-06', yoy_pct: 12.2 });
  });
  it('still reads items apart by semicolons (guard)', () => {
    const rows = releaseRows(`${lead}Imports by type, first half (tonnes, y/y): timber 820, +3.1; coal 640, -9.5\n`, '2026-07-22');
    expect(byValue(rows, 820)).toMatchObject({ commodity: 'timber', yoy_pct: 3.1 });
  });
  it('reads a two-word label after the first item', () => {
    const rows = releaseRows(`${lead}Import items, first half (tonnes, y/y): iron ore 2 100 000 +1.5% natural rubber 88 000 -6.0%\n`, '2026-07-22');
    expect(byValue(rows, 88000)).toMatchObject({ commodity: 'natural rubber', yoy_pct: -6 });
  });
  it('does not read a sentence of prose after the colon as items (near miss)', () => {
    const rows = releaseRows(`${lead}Import items, first half (tonnes, y/y): officials said 3 new lines opened\n`, '2026-07-22');
    expect(rows.some((r) => r.value === 3)).toBe(false);
  });
  it('does not read a spaced number without a signed change as several cells (near miss)', () => {
    const rows = releaseRows(`${lead}Import items, first half (tonnes, y/y): crude oil 14 330 000 grain 1 180 000\n`, '2026-07-22');
    expect(rows.some((r) => r.value === 14)).toBe(false);
  });
});

describe('a rail of other stories\' links headed by how readers took them', () => {
  const story = 'BEIJING, April 12 -- China\'s exports jumped 14.2 percent year-on-year to 198.67 billion dollars in March, customs data showed.\n\n';
  it('drops a "Hot stories" rail of middot items', () => {
    const rows = releaseRows(`${story}Hot stories\n\n· March CPI up 2.3%\n\n· China's Feb exports plunge 20.7%\n`, '2026-04-12');
    expect(rows.some((r) => r.yoy_pct === -20.7 || r.yoy_pct === 2.3)).toBe(false);
  });
  it('drops a "Most Viewed" list of numbered headlines', () => {
    const rows = releaseRows(`${story}Most Viewed\n1. Samsung to invest in new chip line\n2. February exports fall 7.5%\n`, '2026-04-12');
    expect(rows.some((r) => r.yoy_pct === -7.5)).toBe(false);
  });
  it('drops a "Top news" rail', () => {
    const rows = releaseRows(`${story}Top news\n- Coal imports rise 9% in March\n- Steel exports slip 3%\n`, '2026-04-12');
    expect(rows.some((r) => r.yoy_pct === 9 || r.yoy_pct === -3)).toBe(false);
  });
  it('drops a "Trending now:" rail', () => {
    const rows = releaseRows(`${story}Trending now:\n• Soybean imports hit 8.1 million tonnes\n`, '2026-04-12');
    expect(rows.some((r) => r.value === 8.1e6)).toBe(false);
  });
  it('drops an "Editor\'s picks" rail', () => {
    const rows = releaseRows(`${story}Editor's picks\n· Rare earth exports up 12% in March\n`, '2026-04-12');
    expect(rows.some((r) => r.yoy_pct === 12)).toBe(false);
  });
  it('keeps the story\'s own figures (near miss)', () => {
    const rows = releaseRows(`${story}Hot stories\n\n· March CPI up 2.3%\n`, '2026-04-12');
    expect(byValue(rows, 198.67e9)?.yoy_pct).toBe(14.2);
  });
  it('keeps a paragraph that opens with "Top" but is the story (near miss)', () => {
    const rows = releaseRows('BEIJING, April 12 -- Customs data showed the figures on Friday.\n\nTop exporters shipped goods worth 21.4 billion dollars in March, up 8 percent.\n', '2026-04-12');
    expect(byValue(rows, 21.4e9)?.yoy_pct).toBe(8);
  });
});

describe('an amount a price moved from is a price', () => {
  it('drops "from a peak above $16" after a price a bushel', () => {
    const rows = releaseRows('CHICAGO, May 20 -- Soybean futures eased to around $15.20 a bushel from a peak above $16 in mid-May.', '2026-05-20');
    expect(rows.some((r) => r.value === 16)).toBe(false);
  });
  it('drops "down from a high of 700 yuan" after a price a tonne', () => {
    const rows = releaseRows('DALIAN, May 20 -- Iron ore traded at 610 yuan a tonne, down from a high of 700 yuan in April.', '2026-05-20');
    expect(rows.some((r) => r.value === 700)).toBe(false);
  });
  it('drops "against a low near $380" after a price per bag', () => {
    const rows = releaseRows('NAIROBI, June 4 -- Coffee fetched $412 per bag, against a low near $380 in March.', '2026-06-04');
    expect(rows.some((r) => r.value === 380)).toBe(false);
  });
  it('drops "from the record of $2,100" after a price a tonne', () => {
    const rows = releaseRows('KUALA LUMPUR, June 4 -- Palm oil slipped to $1,880 a tonne, off from the record of $2,100 set in April.', '2026-06-04');
    expect(rows.some((r) => r.value === 2100)).toBe(false);
  });
  it('drops "down from a peak near $9,800" after a price a tonne', () => {
    const rows = releaseRows('LIMA, June 4 -- Copper cathode sold at $9,100 a tonne, down from a peak near $9,800 in May.', '2026-06-04');
    expect(rows.some((r) => r.value === 9800)).toBe(false);
  });
  it('keeps a base of an amount of goods (near miss)', () => {
    const rows = releaseRows('DALIAN, May 20 -- Iron ore imports were 610,000 tonnes in May, down from 700,000 tonnes in April.', '2026-05-20');
    expect(byValue(rows, 700000)).toMatchObject({ period_start: '2026-04' });
  });
  it('keeps a base of a trade value after a price in another clause (near miss)', () => {
    const rows = releaseRows('SINGAPORE, May 20 -- Rubber fetched $1.70 a kilo. Exports came to $3.1 billion in April, down from $3.4 billion in March.', '2026-05-20');
    expect(byValue(rows, 3.4e9)).toMatchObject({ period_start: '2026-03' });
  });
});

describe('a composition list opened by a noun of how the whole is made up', () => {
  const lead = 'HANOI, April 6 -- In the first quarter exports reached 113.45 billion dollars. ';
  it('reads "structure of goods:" items with the whole named after a dash', () => {
    const rows = releaseRows(`${lead}The first-quarter structure of goods: processed industrial products 88.7%, fuels and minerals 1.4%, agro-forestry-fishery products 9.9% – these are percentages of the value of exports in the quarter.`, '2026-04-06');
    expect(byValue(rows, 1.4)).toMatchObject({ unit: 'percent-share', period_start: '2026-01', period_end: '2026-03' });
  });
  it('reads "Composition of exports -" items apart by semicolons', () => {
    const rows = releaseRows(`${lead}Composition of exports - machinery 41.2%; chemicals 12.6%; textiles 9.1%.`, '2026-04-06');
    expect(byValue(rows, 12.6)?.unit).toBe('percent-share');
  });
  it('reads "breakdown by product:" items with "and"', () => {
    const rows = releaseRows(`${lead}The breakdown by product: phones 31.5%, computers 18.2% and textiles 8.9%.`, '2026-04-06');
    expect(byValue(rows, 18.2)?.unit).toBe('percent-share');
  });
  it('reads "export mix:" items', () => {
    const rows = releaseRows(`${lead}The export mix: rice 3.3%, coffee 2.8%, seafood 4.4%.`, '2026-04-06');
    expect(byValue(rows, 2.8)?.unit).toBe('percent-share');
  });
  it('reads "composition of imports:" items', () => {
    const rows = releaseRows('HANOI, April 6 -- In the first quarter imports reached 107.9 billion dollars. The composition of imports: machinery 46.1%, raw materials 44.2%, consumer goods 9.7%.', '2026-04-06');
    expect(byValue(rows, 44.2)?.unit).toBe('percent-share');
  });
  it('does not read a signed change in such a list as a share (near miss)', () => {
    const rows = releaseRows(`${lead}The structure of goods: phones +3.5%, computers -2.1%.`, '2026-04-06');
    expect(rows.some((r) => r.value === 3.5 && r.unit === 'percent-share')).toBe(false);
  });
  it('does not read a growth in a sentence about the structure of the economy (near miss)', () => {
    const rows = releaseRows(`${lead}The economy's structure keeps changing as exports grew 13.2% in the quarter.`, '2026-04-06');
    expect(byValue(rows, 13.2)).toBeUndefined();
  });
});
