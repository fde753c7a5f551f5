/**
 * Fixing round a231 on b304-09 … b304-16 (transfer test 19, second half, leftovers of round a230): rules of rounds a223 and
 * a224 widened to other wordings. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const rowOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value);

describe('the other flow of a coordinated clause, named by a noun and a verb of amounting or after a change, leaves out the unit of the amount before', () => {
  it('reads a spoken "while our purchases from them came to eleven point two"', () => {
    expect(tuples('WELLINGTON, 3 March 2025 - "Japan bought four point six billion dollars\' worth from us last year, while our purchases from them came to five point one."', '2025-03-03')).toContainEqual(['2024-01', '2024-12', 5.1e9, 'NZD', null]);
  });
  it('reads "and imports from Italy were 3.2"', () => {
    expect(tuples('CAIRO, May 14 - Exports to Italy were 4.1 billion dollars in 2023, and imports from Italy were 3.2.', '2024-05-14')).toContainEqual(['2023-01', '2023-12', 3.2e9, 'USD', null]);
  });
  it('reads "whereas sales to Japan totalled 870" in millions', () => {
    expect(tuples('SANTIAGO, Feb 2 - Shipments of copper to China reached 1,940 million dollars in January, whereas sales to Japan totalled 870.', '2025-02-02')).toContainEqual(['2025-01', '2025-01', 870e6, 'USD', null]);
  });
  it('reads "and bought 14.1" after the first amount\'s change in digits', () => {
    expect(tuples('SEOUL, June 2 -- Korea sold China 13 billion dollars of goods in May, 1.3 percent less than a year earlier, and bought 14.1.', '2022-06-02')).toContainEqual(['2022-05', '2022-05', 14.1e9, 'USD', null]);
  });
  it('reads "but what we bought from them amounted to 2.6" after a change in per cent', () => {
    expect(tuples('NAIROBI, 9 April 2025 - Kenya exported 3.4 billion shillings of tea to Pakistan in March, up 8 per cent, but what we bought from them amounted to 2.6.', '2025-04-09')).toContainEqual(['2025-03', '2025-03', 2.6e9, 'KES', null]);
  });
  it('keeps a bare number with a noun of its own after it ("stood at 640 vessels") no amount of money (near miss)', () => {
    expect(tuples('MANILA, Feb 2 - Rice imports from Thailand were 1.2 billion dollars in 2024, while shipments from Vietnam stood at 640 vessels.', '2025-02-02').some((t) => t[2] === 640e9)).toBe(false);
  });
  it('keeps a bare number after a noun and a verb of change unread (near miss)', () => {
    expect(tuples('CAIRO, May 14 - Exports to Italy were 4.1 billion dollars in 2023, and imports from Italy fell 3.2.', '2024-05-14').some((t) => t[2] === 3.2e9)).toBe(false);
  });
});

describe('a verb of buying right before a bare number closing its clause is the subject\'s imports ("..., and bought fourteen point one")', () => {
  it('reads a spoken "and bought fourteen point one" as Korea\'s imports from China', () => {
    expect(rowOf('SEOUL, June 2 -- Trade with China was weak: Korea sold China thirteen billion dollars of goods in May, one point three percent less than a year earlier, and bought fourteen point one.', '2022-06-02', 14.1e9)?.flow).toBe('import');
  });
  it('reads "but bought only 3.2" as imports', () => {
    expect(rowOf('CAIRO, May 14 - Egypt sold Italy 4.1 billion dollars of goods in 2023, 6 percent more than a year before, but bought only 3.2.', '2024-05-14', 3.2e9)?.flow).toBe('import');
  });
  it('reads "and purchased some 950" in millions as imports', () => {
    expect(rowOf('LIMA, Jan 20 - Peru sold Brazil 1,800 million dollars of goods in 2024 and purchased some 950.', '2025-01-20', 950e6)?.flow).toBe('import');
  });
  it('reads "while it bought two point five" as imports', () => {
    expect(rowOf('HANOI, Jan 8 - Vietnam sold the United States thirty-one billion dollars of goods in the fourth quarter, while it bought two point five.', '2025-01-08', 2.5e9)?.flow).toBe('import');
  });
  it('reads "and bought 27.9;" closing its clause before a semicolon as imports', () => {
    expect(rowOf('ANKARA, Feb 3 - Turkey sold Germany 21.6 billion dollars of goods in 2024 and bought 27.9; the gap widened.', '2025-02-03', 27.9e9)?.flow).toBe('import');
  });
  it('keeps goods bought with their own noun after the number no bare import of the amount before (near miss)', () => {
    expect(tuples('CAIRO, May 14 - Egypt sold Italy 4.1 billion dollars of goods in 2023 and bought 32 ships.', '2024-05-14').some((t) => t[2] === 32e9)).toBe(false);
  });
  it('keeps a partner that "bought" before an amount with its unit the release country\'s exports (near miss)', () => {
    expect(rowOf('CANBERRA, 3 March 2025 - Australia\'s exports rose in 2024. China bought 4.6 billion dollars of Australian goods.', '2025-03-03', 4.6e9)?.flow).toBe('export');
  });
});

describe('two goods joined by "and" before a flow word that closes an item\'s label name what its figure was, no new subject ("$58.3 bn    phones and parts exported, ↘ 1.2%")', () => {
  const thread = (line: string) => `Ho Chi Minh City, 8 January 2026 (our tally of customs figures)\n\nVietnam's goods trade, 2025 — a thread\n\n➤ $475.0 bn    exports, ↗ 17.1%\n${line}\n`;
  it('reads "phones and parts exported, ↘ 1.2%" under an arrow bullet', () => {
    expect(tuples(thread('➤ $58.3 bn    phones and parts exported, ↘ 1.2%'), '2026-01-08')).toContainEqual(['2025-01', '2025-12', 58.3e9, 'USD', -1.2]);
  });
  it('reads "coffee and tea exports, up 4%" after a dash', () => {
    expect(tuples(thread('• $3.1 bn — coffee and tea exports, up 4%'), '2026-01-08')).toContainEqual(['2025-01', '2025-12', 3.1e9, 'USD', 4]);
  });
  it('reads "fruit and vegetables imported, +9.8%"', () => {
    expect(tuples(thread('➤ $2.2 bn    fruit and vegetables imported, +9.8%'), '2026-01-08')).toContainEqual(['2025-01', '2025-12', 2.2e9, 'USD', 9.8]);
  });
  it('reads "textiles and garments exported, down 3%" after a colon', () => {
    expect(tuples(thread('$44.0 bn: textiles and garments exported, down 3%'), '2026-01-08')).toContainEqual(['2025-01', '2025-12', 44e9, 'USD', -3]);
  });
  it('reads prose "worth of iron and steel exported, up 12 percent"', () => {
    expect(tuples('JAKARTA, Feb 2 - Indonesia sent abroad US$7.4 billion worth of iron and steel exported, up 12 percent, in 2025.', '2026-02-02')).toContainEqual(['2025-01', '2025-12', 7.4e9, 'USD', 12]);
  });
  it('keeps imports named anew after "and", their change set off by commas, off the exports before (near miss)', () => {
    expect(tuples('JAKARTA, Feb 2 - Exports were US$5 billion in January and imports, down 3 percent, came to US$4.2 billion.', '2026-02-02')).toContainEqual(['2026-01', '2026-01', 5e9, 'USD', null]);
  });
  it('keeps a new clause whose flow goes on with a verb its own subject (near miss)', () => {
    expect(tuples('JAKARTA, Feb 2 - Exports were US$5 billion in January, and coal and gas imports fell 3 percent.', '2026-02-02')).toContainEqual(['2026-01', '2026-01', 5e9, 'USD', null]);
  });
});

describe('a chart of bars by partner that gives only each partner\'s change, under a caption of change on a year earlier, gives growth rows', () => {
  const growth = (text: string, published: string) => releaseRows(text, published).filter((r) => r.measure === 'growth').map((r) => [r.partner, r.flow, ...levelTuple(r)]);
  it('reads "China   +2.8" under "Exports by destination (change on 2024, %)" in the prose\'s year', () => {
    expect(growth('BRASILIA, 6 Jan 2026 - Brazil ended 2025 with exports of US$ 348,7 bi (+3.5%).\n\n[Chart] Exports by destination (change on 2024, %)\nChina           +2.8\nUnited States   -6.1\nArgentina      +27.5\n', '2026-01-06')).toEqual(expect.arrayContaining([['China', 'export', '2025-01', '2025-12', null, '', 2.8], ['Argentina', 'export', '2025-01', '2025-12', null, '', 27.5]]));
  });
  it('reads "Japan: -4.1%" under "Imports by origin, % change y/y"', () => {
    expect(growth('SEOUL, Feb 1 - Imports fell 3 percent in January.\n\nChart 3: Imports by origin, % change y/y\nJapan: -4.1%\nGermany: +6.0%\nAustralia: -12.3%\n', '2025-02-01')).toContainEqual(['Japan', 'import', '2025-01', '2025-01', null, '', -4.1]);
  });
  it('reads partners in a caption dated by its own period ("Jan-Sep 2025 (% change on a year earlier)")', () => {
    expect(growth('WELLINGTON, 20 October 2025 - Goods exports rose in the nine months.\n\nExports to main markets, Jan-Sep 2025 (% change on a year earlier)\nChina       -3.4\nAustralia   +5.2\nJapan       +1.9\n', '2025-10-20')).toContainEqual(['Australia', 'export', '2025-01', '2025-09', null, '', 5.2]);
  });
  it('reads groups under "Export growth by market, 2024 (%, year-on-year)"', () => {
    expect(growth('HANOI, 10 January 2025 - Exports grew in 2024, customs said.\n\nFigure 2 — Export growth by market, 2024 (%, year-on-year)\nASEAN          +9.1\nEuropean Union  +4.4\nUnited States  +23.3\n', '2025-01-10')).toContainEqual(['ASEAN', 'export', '2024-01', '2024-12', null, '', 9.1]);
  });
  it('reads a destinations caption without a flow word as exports ("Where the beef went (change on 2024, %)")', () => {
    expect(growth('MONTEVIDEO, 8 Jan 2026 - Beef exports rose 4 percent in 2025.\n\nWhere the beef went (change on 2024, %)\nChina     -8.0\nBrazil    +14.2\nMexico    +3.3\n', '2026-01-08')).toContainEqual(['Brazil', 'export', '2025-01', '2025-12', null, '', 14.2]);
  });
  it('keeps bars under a caption of change on the month before out (near miss)', () => {
    expect(growth('SEOUL, Feb 1 - Imports fell 3 percent in January.\n\nChart 3: Imports by origin, % change m/m\nJapan: -4.1%\nGermany: +6.0%\n', '2025-02-01').filter((r) => r[0] !== 'World')).toEqual([]);
  });
  it('keeps bars under a caption of levels in money no growth rows (near miss)', () => {
    expect(growth('BRASILIA, 6 Jan 2026 - Brazil ended 2025 with exports of US$ 348,7 bi (+3.5%).\n\n[Chart] Exports by destination (US$ bi)\nChina           +2.8\nUnited States   -6.1\n', '2026-01-06').filter((r) => r[0] !== 'World')).toEqual([]);
  });
});

describe('a one-word multiple "as much as" an amount that went, or was traded, in the same N months of the year before is the change', () => {
  it('reads "twice as much as the US$ 4,05 bi that went to China in the same twelve months of 2024"', () => {
    expect(tuples('BRASILIA, 6 Jan 2026 - Beef exports to China reached US$ 8,1 bi in 2025, twice as much as the US$ 4,05 bi that went to China in the same twelve months of 2024.', '2026-01-06')).toContainEqual(['2025-01', '2025-12', 8.1e9, 'USD', 100]);
  });
  it('reads "double the $3.1 billion which was shipped to Japan in the same period of 2024"', () => {
    expect(tuples('SANTIAGO, July 8 -- Cherry exports reached $6.2 billion in January-June, double the $3.1 billion which was shipped to Japan in the same period of 2024.', '2025-07-08')).toContainEqual(['2025-01', '2025-06', 6.2e9, 'USD', 100]);
  });
  it('reads "three times as many as the 40,000 units that were sold abroad in the same nine months of 2024"', () => {
    expect(tuples('SEOUL, Oct. 3 -- Electric car exports were 120,000 units in January-September, three times as many as the 40,000 units that were sold abroad in the same nine months of 2024.', '2025-10-03')).toContainEqual(['2025-01', '2025-09', 120000, 'vehicles', 200]);
  });
  it('reads "twice as much as the 1.2 million tonnes imported in the same twelve months of 2023"', () => {
    expect(tuples('DHAKA, Jan. 9 -- Wheat imports came to 2.4 million tonnes in 2024, twice as much as the 1.2 million tonnes imported in the same twelve months of 2023.', '2025-01-09')).toContainEqual(['2024-01', '2024-12', 2.4e6, 'tonnes', 100]);
  });
  it('reads "double the 5,000 TEU that went out in the same quarter of 2024"', () => {
    expect(tuples('LAEM CHABANG, Apr. 10 -- The service carried 10,000 TEU in the first quarter, double the 5,000 TEU that went out in the same quarter of 2024.', '2025-04-10')).toContainEqual(['2025-01', '2025-03', 10000, 'TEU', 100]);
  });
  it('gives no change for a base two years back (near miss)', () => {
    expect(tuples('BRASILIA, 6 Jan 2026 - Beef exports to China reached US$ 8,1 bi in 2025, twice as much as the US$ 4,05 bi that went to China in the same twelve months of 2023.', '2026-01-06')).toContainEqual(['2025-01', '2025-12', 8.1e9, 'USD', null]);
  });
  it('gives no change for a hedged multiple (near miss)', () => {
    expect(tuples('BRASILIA, 6 Jan 2026 - Beef exports to China reached US$ 8,1 bi in 2025, nearly twice as much as the US$ 4,2 bi that went to China in the same twelve months of 2024.', '2026-01-06')).toContainEqual(['2025-01', '2025-12', 8.1e9, 'USD', null]);
  });
});
