/**
 * Fixing round for b285 leftovers (transfer test 14) and b283-03: rules of a173-a181 widened to other wordings.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe("a quarter's or a half's record passed, set in a year, is those months of that year", () => {
  it('reads "still below the first-quarter high of ... reached in 2021"', () => {
    expect(tuples('NANNING, April 21 -- Imports of fresh fruit reached 1.2 million tonnes in the first quarter, still below the first-quarter high of 1.45 million tonnes reached in 2021.', '2025-04-21')).toContainEqual(['2021-01', '2021-03', 1.45e6, 'tonnes', null]);
  });
  it('reads "below the Q1 record of ... set in 2023"', () => {
    expect(tuples('HANOI, April 21 -- Rice exports were 2.1 million tonnes in the first quarter, below the Q1 record of 2.4 million tonnes set in 2023.', '2025-04-21')).toContainEqual(['2023-01', '2023-03', 2.4e6, 'tonnes', null]);
  });
  it('reads "topping the first-half peak of ... recorded in 2019"', () => {
    expect(tuples('LIMA, July 21 -- Copper shipments rose to 1.3 million tonnes in the first half, topping the first-half peak of 1.25 million tonnes recorded in 2019.', '2025-07-21')).toContainEqual(['2019-01', '2019-06', 1.25e6, 'tonnes', null]);
  });
  it('reads "above the third quarter high of ... seen in 2023" written in two words', () => {
    expect(tuples('OSLO, Oct 21 -- Salmon exports reached 30 billion kroner in the third quarter, above the third quarter high of NOK 28 billion seen in 2023.', '2025-10-21')).toContainEqual(['2023-07', '2023-09', 28e9, 'NOK', null]);
  });
  it('reads "exceeding the H2 record of ... set in 2022"', () => {
    expect(tuples('SEOUL, Jan 21 -- Chip exports hit $40 billion in the second half, exceeding the H2 record of $38 billion set in 2022.', '2026-01-21')).toContainEqual(['2022-07', '2022-12', 38e9, 'USD', null]);
  });
  it('reads "below the fourth-quarter low of ... hit in 2020"', () => {
    expect(tuples('JAKARTA, Jan 21 -- Coal exports were 120 million tonnes in the fourth quarter, well above the fourth-quarter low of 95 million tonnes hit in 2020.', '2026-01-21')).toContainEqual(['2020-10', '2020-12', 95e6, 'tonnes', null]);
  });
  it('keeps a yearly high a year owns for the whole year (near miss)', () => {
    expect(tuples('NANNING, April 21 -- Imports of fresh fruit reached 1.2 million tonnes in the first quarter, still below the annual high of 4.5 million tonnes reached in 2021.', '2025-04-21')).toContainEqual(['2021-01', '2021-12', 4.5e6, 'tonnes', null]);
  });
  it('keeps a quarter\'s high dated by a quarter of its own (near miss)', () => {
    expect(tuples('NANNING, April 21 -- Imports of fresh fruit reached 1.2 million tonnes in the first quarter, still below the quarterly high of 1.45 million tonnes reached in the third quarter of 2021.', '2025-04-21')).toContainEqual(['2021-07', '2021-09', 1.45e6, 'tonnes', null]);
  });
});
