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

describe('a firm that leads or comes first "with" its amount, in a clause opened on its peers, gives its own shipments', () => {
  const has = (text: string, value: number, published = '2025-11-11') => releaseRows(text, published).some((r) => r.value === value);
  it('sets aside "Among manufacturers, BYD led with"', () => {
    expect(has('BEIJING, Nov 11 - Vehicle exports reached 4.8 million in the first ten months. Among manufacturers, BYD led with 349,000 vehicles sold abroad, followed by Chery and SAIC Motor.', 349000)).toBe(false);
  });
  it('sets aside "Of the carmakers, Geely came first with"', () => {
    expect(has('BEIJING, Nov 11 - Vehicle exports reached 4.8 million in the first ten months. Of the carmakers, Geely came first with 280,000 units.', 280000)).toBe(false);
  });
  it('sets aside "Among the miners, Vale again topped with"', () => {
    expect(has('RIO DE JANEIRO, Nov 4 - Iron ore exports were 38 million tonnes in October. Among the miners, Vale again topped with 25 million tonnes.', 25e6)).toBe(false);
  });
  it('sets aside "Among buyers, Cargill ranked first with ..., ahead of"', () => {
    expect(has('ABIDJAN, Oct 1 - Cocoa exports were 1.8 million tonnes in the season. Among buyers, Cargill ranked first with 310,000 tonnes, ahead of Barry Callebaut.', 310000)).toBe(false);
  });
  it('sets aside "Among all automakers, Hyundai Motor was in first place with"', () => {
    expect(has('SEOUL, Dec. 1 -- Car exports reached 250,000 units in November. Among all automakers, Hyundai Motor was in first place with 98,000 units.', 98000, '2025-12-01')).toBe(false);
  });
  it('keeps a country leading the suppliers (near miss)', () => {
    expect(has('BEIJING, Nov 11 - Imports of crude oil were 45 million tonnes in October. Among suppliers, Russia led with 9.1 million tonnes.', 9.1e6)).toBe(true);
  });
  it('keeps a province leading the exporters (near miss)', () => {
    expect(has('BEIJING, Nov 11 - Exports rose 5 percent in October. Among exporters, Guangdong led with 620 billion yuan.', 620e9)).toBe(true);
  });
});

describe('figures given again "respectively" in a sentence naming no direction follow the directions listed before in the paragraph', () => {
  const ways = (text: string, values: number[]) => {
    const rows = releaseRows(text, '2024-03-12');
    return values.map((v) => rows.find((r) => r.value === v)?.flow);
  };
  it('reads "the comparable figures were A and B respectively" past a deficit sentence', () => {
    expect(ways('LONDON, March 12 -- Exports of goods to India were £11 billion in 2023 and imports £20 billion. This left a deficit of £9 billion. In 2015, the comparable figures were £5 billion and £8 billion respectively.', [5e9, 8e9])).toEqual(['export', 'import']);
  });
  it('reads "A year earlier the corresponding amounts stood at" with imports named first', () => {
    expect(ways('OTTAWA, March 12 -- Imports from Mexico came to C$48 billion in 2023 and exports to Mexico to C$9 billion. The deficit was C$39 billion. A year earlier the corresponding amounts stood at C$44 billion and C$8 billion respectively.', [44e9, 8e9])).toEqual(['import', 'export']);
  });
  it('reads "In 2019 they were A and B respectively"', () => {
    expect(ways('CANBERRA, March 12 -- Exports to Japan were A$80 billion in 2023, while imports from Japan reached A$30 billion. In 2019 they were A$60 billion and A$25 billion respectively.', [60e9, 25e9])).toEqual(['export', 'import']);
  });
  it('reads "The equivalent totals for 2020 came to" after a clause of surplus', () => {
    expect(ways('WELLINGTON, March 12 -- Exports to China totalled NZ$20 billion in 2023 and imports from China NZ$13 billion, leaving a surplus of NZ$7 billion. The equivalent totals for 2020 came to NZ$18 billion and NZ$11 billion respectively.', [18e9, 11e9])).toEqual(['export', 'import']);
  });
  it('reads "The figures for 2018 were A and B respectively"', () => {
    expect(ways('DUBLIN, March 12 -- Irish exports of goods to the US were worth 54 billion euros in 2023; imports of goods from the US amounted to 24 billion euros. The figures for 2018 were 39 billion euros and 16 billion euros respectively.', [39e9, 16e9])).toEqual(['export', 'import']);
  });
  it('reads "Back in 2015, the two had been A and B respectively"', () => {
    expect(ways('LONDON, March 12 -- Exports of goods to India were £11 billion in 2023 and imports £20 billion. This left a deficit of £9 billion. Back in 2015, the two had been £5 billion and £8 billion respectively.', [5e9, 8e9])).toEqual(['export', 'import']);
  });
  it('keeps a flow word of the sentence itself (near miss)', () => {
    expect(ways('LONDON, March 12 -- Exports of goods to India were £11 billion in 2023 and imports £20 billion. In 2015, the comparable figures for exports of cars were £5 billion and £8 billion respectively.', [5e9, 8e9])).toEqual(['export', 'export']);
  });
  it('does not reach into a new paragraph (near miss)', () => {
    expect(ways('LONDON, March 12 -- Exports of goods to India were £11 billion in 2023 and imports £20 billion.\n\nIn 2015, the comparable figures were £5 billion and £8 billion respectively.', [5e9, 8e9])).not.toEqual(['export', 'import']);
  });
});
