/**
 * Fixing round a252 on b323 (commodity and market wire stories): the frames behind its misses, each read in other wordings
 * than the batch's. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const areaOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.area;
const valuesOf = (text: string, published: string) => releaseRows(text, published).map((r) => r.value);

describe('a lead on China closed by "customs data show" names China\'s customs, whatever capital datelines the wire', () => {
  it('reads a London desk\'s "customs data show"', () => {
    expect(areaOf('London, 4 March (Argus) — China exported 2.31mn t of ammonium sulphate in January-February, up by 18pc on the year, customs data show.', '2021-03-04', 2.31e6)).toBe('China');
  });
  it('reads "customs figures show" under a Paris dateline in capitals', () => {
    expect(areaOf('PARIS, June 9 (Agence) — China imported 412,000 tonnes of French barley in May, up 26% from a year earlier, customs figures show.', '2023-06-09', 412000)).toBe('China');
  });
  it('reads "China exported ..., customs data show" under a London dateline with a one-word credit', () => {
    expect(areaOf('London, 10 August (Fastmarkets) — China exported 1.2mn t of steel billet in July, down by 22pc from a year earlier, customs data show.', '2022-08-10', 1.2e6)).toBe('China');
  });
  it('reads "China imported ..., customs figures show" under a Rome dateline', () => {
    expect(areaOf('Rome, 14 June (ANSA) — China imported 3,900 tonnes of olive oil in May, down 7% from a year earlier, customs figures show.', '2023-06-14', 3900)).toBe('China');
  });
  it('reads "China shipped ..., customs data show" under a London dateline', () => {
    expect(areaOf('London, 18 October (Argus) — China shipped 97,500 tonnes of ammonium nitrate in September, 12 percent less than a year earlier, customs data show.', '2022-10-18', 97500)).toBe('China');
  });
  it('keeps another country that opens the lead (near miss)', () => {
    expect(areaOf('London, 4 March (Argus) — India imported 1.92mn t of urea in February, up by 18pc on the year, customs data show.', '2021-03-04', 1.92e6)).toBe('India');
  });
  it('does not read "customs data showcased" as the verb (near miss)', () => {
    expect(areaOf('London, 4 March (Argus) — China exported 2.31mn t of ammonium sulphate in January-February, up by 18pc on the year, customs data showcased at a London conference suggest.', '2021-03-04', 2.31e6)).not.toBe('China');
  });
});

describe('a number glued to "Mt" (capital M, small t) is megatonnes, as the spaced "98.2 Mt" is', () => {
  it('reads "74.2Mt of iron ore"', () => {
    expect(tuples('Australia shipped 74.2Mt of iron ore to China in March, up 6% on the year.', '2023-04-20')).toContainEqual(['2023-03', '2023-03', 74.2e6, 'tonnes', 6]);
  });
  it('reads a whole number, "41Mt"', () => {
    expect(tuples("Indonesia's coal exports reached 41Mt in May, down 3.5% from a year earlier.", '2024-06-15')).toContainEqual(['2024-05', '2024-05', 41e6, 'tonnes', -3.5]);
  });
  it('reads a fraction below one, "0.62Mt"', () => {
    expect(tuples("India's steel imports came to 0.62Mt in August, up by 14% year on year.", '2022-09-10')).toContainEqual(['2022-08', '2022-08', 620000, 'tonnes', 14]);
  });
  it('reads "5.87Mt of copper concentrate" over a span of months', () => {
    expect(tuples('Over January-June, China imported 5.87Mt of copper concentrate, 2.1% more than a year earlier.', '2021-07-13')).toContainEqual(['2021-01', '2021-06', 5.87e6, 'tonnes', 2.1]);
  });
  it('reads "8.3Mt of soybeans" against a dated base', () => {
    expect(tuples('Brazil exported 8.3Mt of soybeans in April, up 9% from April 2022.', '2023-05-05')).toContainEqual(['2023-04', '2023-04', 8.3e6, 'tonnes', 9]);
  });
  it('leaves "3.4MT" in capitals unread (near miss)', () => {
    expect(valuesOf('Vietnam imported 3.4MT of clinker in June, up 6% from a year earlier.', '2023-07-05')).not.toContain(3.4e6);
  });
  it('leaves a glued small "mt" unread in a release with no glued tonnes (near miss)', () => {
    expect(valuesOf('Vietnam imported 3.4mt of clinker in June, up 6% from a year earlier.', '2023-07-05')).not.toContain(3.4e6);
  });
});

describe('a period after "more/less than" and a clause of its own (subject and verb) is a base without a level, not the figure\'s', () => {
  it('reads "more than it bought in the whole of 2021" and keeps the lead\'s span for the next sentence', () => {
    const t = tuples('Vietnam exported 2.9 million tonnes of rice in January-May 2024, up 11% from a year earlier. The Philippines bought 1.3 million tonnes, more than it bought in the whole of 2021. Indonesia took 0.6 million tonnes.', '2024-06-10');
    expect(t).toContainEqual(['2024-01', '2024-05', 1.3e6, 'tonnes', null]);
    expect(t).toContainEqual(['2024-01', '2024-05', 0.6e6, 'tonnes', null]);
  });
  it('reads "less than they bought in all of 2022"', () => {
    const t = tuples('Chile shipped 412,000 tonnes of cherries in the 2023/24 season so far. China took 380,000 tonnes, less than they bought in all of 2022.', '2024-02-10');
    expect(t.find((r) => r[2] === 380000)?.[0]).not.toBe('2022-01');
  });
  it('reads "more than the country imported from India during 2023"', () => {
    const t = tuples('India exported 8.1 million tonnes of steel in January-September 2025. Italy took 0.9 million tonnes, more than the country imported from India during 2023, and Belgium 0.7 million tonnes.', '2025-10-15');
    expect(t.find((r) => r[2] === 0.9e6)?.slice(0, 2)).toEqual(['2025-01', '2025-09']);
    expect(t.find((r) => r[2] === 0.7e6)?.slice(0, 2)).toEqual(['2025-01', '2025-09']);
  });
  it('reads "more than it shipped there in 2022"', () => {
    const t = tuples('Australia exported 61,000 tonnes of barley to China in March 2024, more than it shipped there in 2022. Japan bought 12,000 tonnes.', '2024-04-20');
    expect(t).toContainEqual(['2024-03', '2024-03', 12000, 'tonnes', null]);
  });
  it('reads "higher than it managed in 2020"', () => {
    const t = tuples('Brazil shipped 9.8 million tonnes of soybeans in April 2025. Spain bought 0.41 million tonnes, higher than it managed in 2020.', '2025-05-08');
    expect(t).toContainEqual(['2025-04', '2025-04', 0.41e6, 'tonnes', null]);
  });
  it('keeps "more than" before an amount and its period (near miss)', () => {
    expect(tuples("Thailand's rice exports were more than 7.1 million tonnes in 2022, the ministry said.", '2023-02-10')).toContainEqual(['2022-01', '2022-12', 7.1e6, 'tonnes', null]);
  });
  it('keeps a period opening the next sentence after a closed "than" clause (near miss)', () => {
    const t = tuples('Australia exported 61,000 tonnes of barley to China in March 2024, more than it expected. In the whole of 2022 it shipped 12,000 tonnes.', '2024-04-20');
    expect(t).toContainEqual(['2022-01', '2022-12', 12000, 'tonnes', null]);
  });
});

describe('tonnes written as a rate a year ("t/yr", "t/y", "tonnes/year", "Mtpa") are a capacity or quota, no tonnage of a period', () => {
  it('sets aside "about 20mn t/yr of urea capacity"', () => {
    expect(valuesOf('China exported 12.46mn t of urea in January-November. Producers have about 20mn t/yr of urea capacity idled.', '2014-12-22')).not.toContain(20e6);
  });
  it('sets aside "a new 4.5 Mtpa terminal"', () => {
    expect(valuesOf('Qatar shipped 7.9 million tonnes of LNG in 2023; a new 4.5 Mtpa terminal opened at Ras Laffan.', '2024-02-22')).not.toContain(4.5e6);
  });
  it('sets aside "a 850,000 t/year supply deal"', () => {
    expect(valuesOf('India imported 1.2 million tonnes of rock phosphate in 2023 under a 850,000 t/year supply deal.', '2024-02-22')).not.toContain(850000);
  });
  it('sets aside "run at 2.4mn t/y"', () => {
    expect(valuesOf('Indonesia exported 3.1mn t of nickel pig iron in 2023, and smelters now run at 2.4mn t/y.', '2024-02-22')).not.toContain(2.4e6);
  });
  it('sets aside "a quota of 1.1 million tonnes/year"', () => {
    expect(valuesOf("Peru exported 2.2mn t of copper concentrate in 2023 and Chile's quota stands at 1.1 million tonnes/year.", '2024-02-22')).not.toContain(1.1e6);
  });
  it('keeps a tonnage followed by a growth "per year" (near miss)', () => {
    expect(valuesOf('India imported 850,000 t of rock phosphate in 2023, up 4% per year.', '2024-02-22')).toContain(850000);
  });
  it('keeps the tonnage a year is named after ("in 2023") (near miss)', () => {
    expect(valuesOf('India imported 1.2 million tonnes of rock phosphate in 2023 under a supply deal for the year.', '2024-02-22')).toContain(1.2e6);
  });
});
