/**
 * Fixing round a224 on b303 (numbers-first formats: key-figure boxes, threads, infographic alt texts, listicles).
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a heading\'s year set off by a comma after the trade it titles dates the figures under it', () => {
  it('reads "UK trade in goods, 2019: infographic"', () => {
    expect(tuples('UK trade in goods, 2019: infographic\n\nPublished 12 February 2020\n\nExports came to £372 billion.', '2020-02-12')).toContainEqual(['2019-01', '2019-12', 372e9, 'GBP', null]);
  });
  it('reads "EU trade in goods with China, 2023:" over a list', () => {
    expect(tuples('EU trade in goods with China, 2023:\nExports: €223.6 bn\nImports: €514.4 bn', '2024-02-21')).toContainEqual(['2023-01', '2023-12', 514.4e9, 'EUR', null]);
  });
  it('reads "Kenya\'s exports by destination, 2022" closing its line', () => {
    expect(tuples("Kenya's exports by destination, 2022\n\nShipments to Uganda were worth $1.1 billion.", '2023-03-01')).toContainEqual(['2022-01', '2022-12', 1.1e9, 'USD', null]);
  });
  it('reads "Foreign trade turnover, 2024 (preliminary)"', () => {
    expect(tuples('Foreign trade turnover, 2024 (preliminary)\n\nTurnover reached $12 billion, up 4%.', '2025-02-10')).toContainEqual(['2024-01', '2024-12', 12e9, 'USD', 4]);
  });
  it('reads "Trade with the United States, 2021 | key figures"', () => {
    expect(tuples('Trade with the United States, 2021 | key figures\n\nExports totalled $3 billion.', '2022-03-01')).toContainEqual(['2021-01', '2021-12', 3e9, 'USD', null]);
  });
  it('leaves a year that goes on as a possessive in prose (near miss)', () => {
    expect(tuples("Exports went mostly to China, 2023's biggest buyer, at $3 billion.", '2025-03-01')).toContainEqual(['', '', 3e9, 'USD', null]);
  });
  it('leaves a year that opens a span of years (near miss)', () => {
    expect(tuples('Exports by partner, 2019 to 2023\n\nExports were $3 billion.', '2025-03-01')).not.toContainEqual(['2019-01', '2019-12', 3e9, 'USD', null]);
  });
});

describe('a year a subject closes, ends or wraps up with a figure, in the present as in the past, is that whole year', () => {
  it('reads "Brazil closes 2023 with a record trade surplus"', () => {
    expect(tuples('Brazil closes 2023 with a record trade surplus of US$ 98.8 billion.', '2024-01-05')).toContainEqual(['2023-01', '2023-12', 98.8e9, 'USD', null]);
  });
  it('reads "exports end 2024 at"', () => {
    expect(tuples('Chilean copper exports end 2024 at $50 billion, up 8 percent.', '2025-01-09')).toContainEqual(['2024-01', '2024-12', 50e9, 'USD', 8]);
  });
  it('reads "the port wraps up 2022 with"', () => {
    expect(tuples('Santos port wraps up 2022 with 162 million tonnes of cargo handled.', '2023-01-20')).toContainEqual(['2022-01', '2022-12', 162e6, 'tonnes', null]);
  });
  it('reads "finishes 2021 with"', () => {
    expect(tuples('Mexico finishes 2021 with exports of $494 billion, a record.', '2022-01-27')).toContainEqual(['2021-01', '2021-12', 494e9, 'USD', null]);
  });
  it('reads "rounds off 2020 with"', () => {
    expect(tuples('Thailand rounds off 2020 with a trade surplus of $20 billion.', '2021-01-28')).toContainEqual(['2020-01', '2020-12', 20e9, 'USD', null]);
  });
  it('leaves "ends 2024" not followed by with, at or on (near miss)', () => {
    expect(tuples('The agreement ends 2024 tariffs. Exports were $5 billion.', '2025-03-01')).not.toContainEqual(['2024-01', '2024-12', 5e9, 'USD', null]);
  });
  it('leaves a year that begins, not closes (near miss)', () => {
    expect(tuples('Brazil opens 2024 with a trade surplus of US$ 6.5 billion.', '2024-02-06')).not.toContainEqual(['2024-01', '2024-12', 6.5e9, 'USD', null]);
  });
});

describe('a dateline line with a longer bracketed note on its source is the desk\'s town, not the area of the figures', () => {
  const areas = (text: string, published: string) => releaseRows(text, published).map((r) => r.area);
  it('reads "Hanoi, 16 February 2026 (customs data compiled by our business desk)" over a national list', () => {
    expect(areas("VIETNAM'S TRADE IN JANUARY 2026\n\nHanoi, 16 February 2026 (customs data compiled by our business desk)\n\n➤ $44.9 billion — exports (+19.1%)", '2026-02-16')).toEqual(['Vietnam']);
  });
  it('reads "Xiamen, 14 July 2025 (with figures from the customs administration)" over a figure-first item', () => {
    expect(areas("CHINA'S TRADE IN JUNE 2025\n\nXiamen, 14 July 2025 (with figures from the customs administration)\n\n- $216 billion: imports, down 2.3%", '2025-07-14')).toEqual(['China']);
  });
  it('reads "Ningbo, 10 June 2025 (a digest written for our readers in the port)"', () => {
    expect(areas("CHINA'S TRADE IN MAY 2025\n\nNingbo, 10 June 2025 (a digest written for our readers in the port)\n\nExports were $316 billion.", '2025-06-10')).toEqual(['China']);
  });
  it('reads "Shanghai, 10 May 2025 (by our markets team, with customs figures)"', () => {
    expect(areas("CHINA'S TRADE IN APRIL 2025\n\nShanghai, 10 May 2025 (by our markets team, with customs figures)\n\n• Exports: $315.7 billion, up 8.1%", '2025-05-10')).toEqual(['China']);
  });
  it('reads "Chengdu, July 14 (with figures from the customs administration)" over prose', () => {
    expect(areas("CHINA'S TRADE IN JUNE 2025\n\nChengdu, July 14 (with figures from the customs administration)\n\nImports fell 2.3% to $216 billion.", '2025-07-14')).toEqual(['China']);
  });
  it('keeps a bracket that holds the town\'s own figure as a sentence of the town (near miss)', () => {
    expect(releaseRows("Shanghai, 10 May 2025 (the city's exports came to $18 billion, up 3%)", '2025-05-10').map((r) => r.area)).toContain('Shanghai');
  });
  it('keeps a dated line that goes on into a sentence as the town\'s (near miss)', () => {
    expect(releaseRows('Shanghai, 10 May 2025 (Reuters) — The city\'s exports came to $18 billion in April, up 3%.', '2025-05-10').map((r) => r.area)).toContain('Shanghai');
  });
});
