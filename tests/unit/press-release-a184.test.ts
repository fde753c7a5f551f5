/**
 * Rules of the fixing round for b282-08 to b282-14 (international organisations' reports, forty-second session): each frame
 * read in several phrasings of our own, with near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null, yoy?: number) => rows.find((r) => r.value === value && (yoy === undefined || r.yoy_pct === yoy));

describe('a country opening the sentence, pointed back to by "its" before a noun of trade, owns that trade', () => {
  it('reads "X was an exception: its exports reached"', () => {
    const rows = releaseRows("GENEVA, June 10 - Chile's exports fell 3 percent in 2023. Peru was an exception: its exports reached 75.0 billion dollars, 15.1 percent more than in 2022.", '2024-06-10');
    expect(row(rows, 75e9)).toMatchObject({ area: 'Peru', partner: 'World', flow: 'export' });
  });
  it('reads "X stood out, as its trade with the union grew"', () => {
    const rows = releaseRows('MOSCOW, Feb 20 - Armenia stood out, as its trade with the union grew 12 percent to 15.9 billion dollars in 2023.', '2024-02-20');
    expect(row(rows, 15.9e9)).toMatchObject({ area: 'Armenia' });
  });
  it('reads "X weathered the slump better; its total exports declined"', () => {
    const rows = releaseRows('SANTIAGO, June 10 - Brazil weathered the slump better; its total exports declined 6.9 percent in 2023.', '2024-06-10');
    expect(row(rows, null, -6.9)).toMatchObject({ area: 'Brazil', partner: 'World' });
  });
  it('reads an opening adverb, then "X bucked the trend and saw its exports rise"', () => {
    const rows = releaseRows('ACCRA, June 10 - Over the year, Kenya bucked the regional trend and saw its tea exports rise 8 percent to 1.4 billion dollars in 2023.', '2024-06-10');
    expect(row(rows, 1.4e9)).toMatchObject({ area: 'Kenya', flow: 'export' });
  });
  it('reads "X did well, with its shipments to a partner up"', () => {
    const rows = releaseRows("GENEVA, June 10 - Japan's exports slipped 4 percent to 717 billion dollars in 2023. Indonesia did well with its shipments to the United States up 14 percent at 27 billion dollars.", '2024-06-10');
    expect(row(rows, 27e9)).toMatchObject({ area: 'Indonesia', partner: 'United States', flow: 'export' });
  });
  it('reads "X, a copper producer, fared worse: its sales abroad fell"', () => {
    const rows = releaseRows("GENEVA, June 10 - South Africa's exports fell 8 percent in 2023. Zambia, a copper producer, fared worse: its sales abroad fell 11 percent to 9.8 billion dollars.", '2024-06-10');
    expect(row(rows, 9.8e9)).toMatchObject({ area: 'Zambia', partner: 'World' });
  });
  it('does not read a country after "to" as the owner of the "its" that follows (near miss)', () => {
    const rows = releaseRows('GENEVA, June 10 - Sales to Peru were an exception: its exports reached 75.0 billion dollars in 2023.', '2024-06-10');
    expect(row(rows, 75e9)?.area).not.toBe('Peru');
  });
  it("does not take a partner's trade with the release's own province from it (near miss)", () => {
    const rows = releaseRows("CHANGCHUN, Sept. 20 -- Jilin's foreign trade reached 102.6 billion yuan in the first eight months. Germany, the province's largest trading partner, saw its trade with Jilin fall 2.1 percent to 24.9 billion yuan.", '2021-09-20');
    expect(row(rows, 24.9e9)).toMatchObject({ area: 'Jilin' });
  });
});

describe('a dash-joined span after "from" and a change is the base of the change, not the figures\' period', () => {
  it('reads "plunged 26.3 percent from January-May 2019"', () => {
    const rows = releaseRows('SANTIAGO, July 15 - In the first five months of the year, exports plunged 26.3 percent from January-May 2019, the commission said.', '2020-07-15');
    expect(rows.map(levelTuple)).toContainEqual(['2020-01', '2020-05', null, '', -26.3]);
  });
  it('reads "were down 33.5 percent from Jan.-May 2019"', () => {
    const rows = releaseRows('LIMA, July 15 - Shipments of copper in January-May were down 33.5 percent from Jan.-May 2019.', '2020-07-15');
    expect(rows.map(levelTuple)).toContainEqual(['2020-01', '2020-05', null, '', -33.5]);
  });
  it('does not date the amount by "a 12 per cent drop from January–June 2025" (a noun of change)', () => {
    const rows = releaseRows('OTTAWA, Aug 5 - Lumber exports came to 4.1 billion dollars, a 12 per cent drop from January–June 2025.', '2026-08-05');
    expect(row(rows, 4.1e9)?.yoy_pct).toBe(-12);
    expect(row(rows, 4.1e9)?.period_start).not.toBe('2025-01');
  });
  it('does not date the amount by "up 8 percent from March-April 2025" after it', () => {
    const rows = releaseRows('SEOUL, Aug 5 - Chip exports totalled 27.9 billion dollars, up 8 percent from March-April 2025.', '2026-08-05');
    expect(row(rows, 27.9e9)?.period_start).not.toBe('2025-03');
  });
  it('reads "higher from the year before" wording: "climbed 4% from Jan-Sept 2025"', () => {
    const rows = releaseRows('HANOI, Oct 6 - Rice exports in the first nine months climbed 4% from Jan-Sept 2025 to 6.8 million tonnes.', '2026-10-06');
    expect(row(rows, 6.8e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-09' });
  });
  it('keeps "fell 5% from January to May" as the span (near miss)', () => {
    const rows = releaseRows('SANTIAGO, July 15 - Exports fell 5% from January to May.', '2020-07-15');
    expect(rows.map(levelTuple)).toContainEqual(['2020-01', '2020-05', null, '', -5]);
  });
  it('keeps "from January-March" opening a sentence with no change before it as the span (near miss)', () => {
    const rows = releaseRows('MANILA, Apr 20 - From January-March 2026, exports reached 18.2 billion dollars, up 3 percent.', '2026-04-20');
    expect(row(rows, 18.2e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-03' });
  });
});

describe('an earlier figure said not to have been seen since a year dates that figure only', () => {
  const lead = "SEOUL, May 10 - Korea's exports rose 8.2 percent to 683.8 billion dollars in 2024. ";
  it('reads "a share not seen since 2018" after a share', () => {
    const rows = releaseRows(`${lead}Semiconductors alone made up 20.8 percent of Korean exports, a share not seen since 2018.`, '2025-05-10');
    expect(row(rows, 20.8)).toMatchObject({ period_start: '2024-01', period_end: '2024-12', area: 'South Korea' });
  });
  it('reads "a level last seen in 2018"', () => {
    const rows = releaseRows(`${lead}Chips made up 20.8 percent of Korean exports, a level last seen in 2018.`, '2025-05-10');
    expect(row(rows, 20.8)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('reads "unmatched since" in a clause that opens the sentence', () => {
    const rows = releaseRows(`${lead}With a share unmatched since 2015, ships accounted for 6.1 percent of Korean exports.`, '2025-05-10');
    expect(row(rows, 6.1)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('reads "had not been reached since" in a relative clause', () => {
    const rows = releaseRows(`${lead}Cars took 10.4 percent of Korean exports, a proportion that had not been reached since 2016.`, '2025-05-10');
    expect(row(rows, 10.4)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('reads "never recorded since" with a noun of a low', () => {
    const rows = releaseRows(`${lead}Steel made up 4.2 percent of Korean exports, a low never recorded since 2012.`, '2025-05-10');
    expect(row(rows, 4.2)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('keeps "have risen 9 percent since 2019" a change over a span, not the figures of 2024 (near miss)', () => {
    const rows = releaseRows('CANBERRA, May 10 - Exports of coal have risen 9 percent since 2019 to 75 billion dollars.', '2025-05-10');
    expect(row(rows, 75e9)?.period_start).not.toBe('2024-01');
  });
  it('keeps a share "in 2018" the share of 2018 when nothing says it was last seen then (near miss)', () => {
    const rows = releaseRows(`${lead}Chips had made up 20.8 percent of Korean exports in 2018.`, '2025-05-10');
    expect(row(rows, 20.8)?.period_start).not.toBe('2024-01');
  });
});

describe('the names international bodies list Taiwan under are Taiwan', () => {
  const opening = 'SINGAPORE, May 10 - The report covers the 21 member economies. ';
  it('reads "Chinese Taipei\'s exports"', () => {
    const rows = releaseRows(`${opening}Chinese Taipei's exports surged 9.9 percent to a record 475 billion dollars in 2024.`, '2025-05-10');
    expect(row(rows, 475e9)).toMatchObject({ area: 'Taiwan', flow: 'export' });
  });
  it('reads "exports of Chinese Taipei"', () => {
    const rows = releaseRows(`${opening}In 2024 exports of Chinese Taipei rose 9.9 percent to 475 billion dollars.`, '2025-05-10');
    expect(row(rows, 475e9)).toMatchObject({ area: 'Taiwan' });
  });
  it('reads Chinese Taipei as the subject of a trade verb', () => {
    const rows = releaseRows(`${opening}Chinese Taipei shipped goods worth 475 billion dollars abroad in 2024, up 9.9 percent.`, '2025-05-10');
    expect(row(rows, 475e9)).toMatchObject({ area: 'Taiwan' });
  });
  it('reads Chinese Taipei as a partner after "to"', () => {
    const rows = releaseRows("SEOUL, May 10 - Korea's exports to Chinese Taipei rose 12 percent to 36 billion dollars in 2024.", '2025-05-10');
    expect(row(rows, 36e9)).toMatchObject({ area: 'South Korea', partner: 'Taiwan' });
  });
  it('reads the WTO\'s full name, "the Separate Customs Territory of Taiwan, Penghu, Kinmen and Matsu"', () => {
    const rows = releaseRows(`GENEVA, May 10 - Imports of the Separate Customs Territory of Taiwan, Penghu, Kinmen and Matsu rose 6 percent to 360 billion dollars in 2024.`, '2025-05-10');
    expect(row(rows, 360e9)).toMatchObject({ area: 'Taiwan', flow: 'import' });
  });
  it('keeps "Chinese exports" China\'s (near miss)', () => {
    const rows = releaseRows('BEIJING, May 10 - Chinese exports to the United States fell 5 percent to 500 billion dollars in 2024.', '2025-05-10');
    expect(row(rows, 500e9)?.area).toBe('China');
  });
  it('keeps "Chinese firms in Taipei" no name of Taiwan glued together (near miss)', () => {
    const rows = releaseRows('BEIJING, May 10 - Chinese exports rose 5 percent to 3.5 trillion dollars in 2024, a trade fair in Taipei heard.', '2025-05-10');
    expect(row(rows, 3.5e12)?.area).toBe('China');
  });
});

describe('the period a change is foreseen for dates the forecast, not the figures of the sentences after it', () => {
  const next = " China's merchandise exports dropped 4.6 percent to 3.38 trillion dollars.";
  const exportsOf = (rows: ObservationDraft[]) => row(rows, 3.38e12);
  it('reads "declined in 2023 and should grow 2.6 percent in 2024"', () => {
    const rows = releaseRows(`GENEVA, April 10 - World trade volume declined 1.2 percent in 2023 and should grow 2.6 percent in 2024, the body said.${next}`, '2024-04-10');
    expect(exportsOf(rows)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
  it('reads "is expected to rise about 3% in 2024" after the year\'s own figure', () => {
    const rows = releaseRows(`GENEVA, April 10 - Trade in goods fell 5 percent to 24.01 trillion dollars in 2023 and is expected to rise about 3% in 2024.${next}`, '2024-04-10');
    expect(exportsOf(rows)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
  it('reads "will probably slow to 1.5 percent during 2024"', () => {
    const rows = releaseRows(`GENEVA, April 10 - Services exports grew 8 percent to 7.54 trillion dollars in 2023 but will probably slow to 1.5 percent during 2024.${next}`, '2024-04-10');
    expect(exportsOf(rows)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
  it('reads "they would weaken again in 2024" reported after a semicolon', () => {
    const rows = releaseRows(`GENEVA, April 10 - Imports rose 2 percent to 25 trillion dollars in 2023; the body said they would weaken again in 2024.${next}`, '2024-04-10');
    expect(exportsOf(rows)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
  it('reads "could recover 4 percent in 2024" in a clause after a comma', () => {
    const rows = releaseRows(`GENEVA, April 10 - Asian exports slipped 3 percent to 8.7 trillion dollars in 2023, and could recover 4 percent in 2024.${next}`, '2024-04-10');
    expect(exportsOf(rows)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
  it('keeps a reported change "grew 2.6 percent in 2024" the period of the next sentence (near miss)', () => {
    const rows = releaseRows(`GENEVA, April 10 - World trade volume declined 1.2 percent in 2023 and grew 2.6 percent in 2024, the body said.${next}`, '2025-04-10');
    expect(exportsOf(rows)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('keeps a year after "may" that is no change verb the period (near miss)', () => {
    const rows = releaseRows(`GENEVA, April 10 - Figures for 2024, which may be revised, were released on Monday.${next}`, '2025-04-10');
    expect(exportsOf(rows)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
});

describe("the trade of a group's many members taken together is no reporter's figure", () => {
  it('sets aside "trade across the 21 APEC member economies rose"', () => {
    const rows = releaseRows('SINGAPORE, May 10 - Merchandise trade across the 21 APEC member economies rose 4.4 percent in 2024, the unit said.', '2025-05-10');
    expect(row(rows, null, 4.4)).toBeUndefined();
  });
  it('sets aside "Trade among the five members of the union reached"', () => {
    const rows = releaseRows('MOSCOW, Feb 20 - Trade among the five members of the Eurasian Economic Union reached 95.1 billion dollars in 2024.', '2025-02-20');
    expect(row(rows, 95.1e9)).toBeUndefined();
  });
  it('sets aside "Total trade of the ten ASEAN Member States amounted to"', () => {
    const rows = releaseRows('JAKARTA, Sept 12 - Total merchandise trade of the ten ASEAN Member States amounted to 3.53 trillion dollars in 2023.', '2024-09-12');
    expect(row(rows, 3.53e12)).toBeUndefined();
  });
  it('sets aside "exports by the 27 member states combined" with the amount later', () => {
    const rows = releaseRows('BRUSSELS, Feb 15 - Goods exports by the 27 member states combined came to 2.58 trillion euros in 2024.', '2025-02-15');
    expect(row(rows, 2.58e12)).toBeUndefined();
  });
  it('sets aside "imports within the twelve countries of the bloc"', () => {
    const rows = releaseRows('LIMA, March 3 - Imports within the twelve countries of the bloc slipped 2 percent to 410 billion dollars last year.', '2025-03-03');
    expect(row(rows, 410e9)).toBeUndefined();
  });
  it('keeps "trade between the two countries" a row (near miss)', () => {
    const rows = releaseRows("ASTANA, Feb 20 - Kazakhstan's trade with China grew again last year. Trade between the two countries reached 43.8 billion dollars in 2024.", '2025-02-20');
    expect(row(rows, 43.8e9)).toBeDefined();
  });
  it('keeps one member\'s trade "with the other four members" a row (near miss)', () => {
    const rows = releaseRows("MOSCOW, Feb 20 - Kazakhstan's trade with the other four members of the union rose 4.2 percent to 29.9 billion dollars in 2024.", '2025-02-20');
    expect(row(rows, 29.9e9)).toMatchObject({ area: 'Kazakhstan' });
  });
});
