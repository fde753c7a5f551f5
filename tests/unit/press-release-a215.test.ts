/**
 * Fixing round a215 on b297: statistical releases as a PDF-to-text tool delivers them (column heads set in narrow cells,
 * letterheads, running lines, tables flattened into lines of numbers). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a currency sign with its scale in brackets after it ("NZ$(million)", "R (millions)") heads a column in that scale', () => {
  it('reads "NZ$(million)" over partners with a change column', () => {
    const text = 'Goods trade: March 2025\nIn March 2025 goods exports rose 6 percent from March 2024 to NZ$6.0 billion.\n\nTop export destinations, March 2025\nCountry        NZ$(million)    Change from Mar 2024 (%)\nChina          1,210           6.1\nAustralia      744             -1.5\nJapan          310             2.2\n';
    expect(tuples(text, '2025-04-20')).toContainEqual(['2025-03', '2025-03', 1.21e9, 'NZD', 6.1]);
  });
  it('reads "R (millions)" over regions', () => {
    const text = 'Monthly trade bulletin\nIn March 2025, South Africa exported goods worth R170.2 billion.\n\nExports by region, March 2025\nRegion         R (millions)     Change (%)\nAsia           58,120           4.4\nEurope         40,310           -2.0\n';
    expect(tuples(text, '2025-04-20')).toContainEqual(['2025-03', '2025-03', 58.12e9, 'ZAR', 4.4]);
  });
  it('reads "€ (bn)" over partners of the euro area', () => {
    const text = 'Euro area exports rose in March 2025.\n\nExtra-euro area exports by partner, March 2025\nPartner         € (bn)     Growth (%)\nUnited States   48.1       3.5\nChina           19.4       -6.2\nUnited Kingdom  26.0       1.1\n';
    expect(tuples(text, '2025-04-20')).toContainEqual(['2025-03', '2025-03', 26e9, 'EUR', 1.1]);
  });
  it('reads "(USD) (thousands)", the sign bracketed on its own', () => {
    const text = 'In March 2025 Kenya exported goods worth 80 billion shillings.\n\nExports by destination, March 2025\nDestination     (USD) (thousands)     Change (%)\nUganda          81,200                 5.5\nTanzania        44,900                 -3.1\n';
    expect(tuples(text, '2025-04-20')).toContainEqual(['2025-03', '2025-03', 44.9e6, 'USD', -3.1]);
  });
  it('reads "US$ (million)" over a quarter\'s destinations', () => {
    const text = 'In the first quarter of 2025 Chile exported goods worth 25 billion dollars.\n\nExports by destination, first quarter 2025\nDestination     US$ (million)     Change (%)\nChina           9,210             6.1\nUnited States   3,744             -1.5\n';
    expect(tuples(text, '2025-04-20')).toContainEqual(['2025-01', '2025-03', 3.744e9, 'USD', -1.5]);
  });
  it('reads no currency into a bracketed scale after a word (near miss)', () => {
    const text = 'Goods trade: March 2025\nIn March 2025 goods exports rose 6 percent from March 2024 to NZ$6.0 billion.\n\nTop export destinations, March 2025\nCountry        Exports (million)    Change from Mar 2024 (%)\nChina          1,210           6.1\nAustralia      744             -1.5\n';
    expect(releaseRows(text, '2025-04-20').some((r) => r.value === 1.21e9 || r.value === 1210)).toBe(false);
  });
  it('keeps a sign whose brackets hold no scale in units (near miss)', () => {
    const text = 'In March 2025 Chile exported goods worth 25 billion dollars.\n\nExports by destination, March 2025\nDestination     US$ (fob)     Change (%)\nChina           9,210,000     6.1\nUnited States   3,744,000     -1.5\n';
    expect(releaseRows(text, '2025-04-20').some((r) => r.value === 9.21e9)).toBe(false);
  });
});

describe("a letterhead's seat and full date alone on a line (\"Ulaanbaatar      2025.12.03\") is where the bulletin was issued, not the place of its figures", () => {
  const areas = (text: string, published: string) => releaseRows(text, published).map((r) => r.area);
  it('reads "Ulaanbaatar   2025.12.03" under the customs office\'s name', () => {
    expect(areas('GENERAL CUSTOMS ADMINISTRATION OF MONGOLIA\nUlaanbaatar                                    2025.12.03\n\nIn January-November 2025, Mongolia traded with 158 countries, and its foreign trade turnover came to US$23.9 billion, down 3.1 percent.', '2025-12-03')).toEqual(['Mongolia']);
  });
  it('reads a day-first date with dots ("Astana   14.11.2025")', () => {
    expect(areas('NATIONAL STATISTICS BUREAU\nAstana                                     14.11.2025\n\nIn January-September 2025, Kazakhstan traded with 140 partners, and its external trade turnover was US$104.6 billion, 3.8% less than a year before.', '2025-11-14')).toEqual(['Kazakhstan']);
  });
  it('reads a month written out ("Ulaanbaatar   November 5, 2025")', () => {
    expect(areas('STATISTICS BUREAU OF MONGOLIA\nUlaanbaatar   November 5, 2025\n\nIn October 2025, Mongolia traded with 80 countries and its turnover totalled US$2.4 billion, up 4 percent.', '2025-11-05')).toEqual(['Mongolia']);
  });
  it('reads slashes ("Hanoi   06/10/2025")', () => {
    expect(areas('GENERAL STATISTICS OFFICE\nHanoi                          06/10/2025\n\nDuring the first nine months of 2025, Vietnam did business with 200 markets, and its merchandise trade reached US$680 billion, up 17.3%.', '2025-10-06')).toEqual(['Vietnam']);
  });
  it('reads an ISO date ("Tashkent   2025-11-10") before a sentence that names the country first', () => {
    expect(areas('MINISTRY OF ECONOMY\nTashkent                       2025-11-10\n\nUzbekistan traded with 190 countries in January-October 2025; its foreign trade turnover rose 12% to US$55.1 billion.', '2025-11-10')).toEqual(['Uzbekistan']);
  });
  it('reads year first with slashes ("Bishkek   2025/11/20")', () => {
    expect(areas('CUSTOMS COMMITTEE\nBishkek                        2025/11/20\n\nIn January-October 2025, Kyrgyzstan traded with 120 countries, and its foreign trade turnover amounted to US$12.1 billion, up 9.5%.', '2025-11-20')).toEqual(['Kyrgyzstan']);
  });
  it('keeps a city the body makes the subject of its own trade (near miss)', () => {
    expect(areas('CUSTOMS COMMITTEE\nBishkek                        2025/11/20\n\nBishkek, the capital, traded with 80 countries in January-October 2025, and its foreign trade turnover amounted to US$6.1 billion, up 9.5%.', '2025-11-20')).toEqual(['Bishkek']);
  });
  it('keeps a city heading dated by a month, no day: a city\'s own bulletin (near miss)', () => {
    expect(areas('ULAANBAATAR CITY STATISTICS DEPARTMENT\nUlaanbaatar                 2025/11\n\nIn January-November 2025 the capital traded with 120 countries, and its foreign trade turnover came to US$9.9 billion, down 3.1 percent.', '2025-12-03')).toEqual(['Ulaanbaatar']);
  });
});

describe('a change column headed by its base ("% change on Sep 2025", "% growth over Oct 2024") is yoy only against the same period a year before', () => {
  const table = (caption: string, head: string, rows: string) => `Merchandise trade, October 2025.\n\n${caption}\n${head}\n${rows}`;
  it('reads "% change on Sep 2025" as a change on the month before: levels without yoy', () => {
    expect(tuples(table('Exports by region, October 2025 (R billion)', 'Region         Exports      % change on Sep 2025', 'Asia           62.1         8.4\nEurope         42.5         3.9\n'), '2025-11-28')).toContainEqual(['2025-10', '2025-10', 62.1e9, 'ZAR', null]);
  });
  it('reads "% growth over Oct 2024" as yoy', () => {
    expect(tuples(table('Exports by destination, October 2025 (US$ million)', 'Destination    Value       % growth over Oct 2024', 'China          1,210       6.1\nJapan          744         -1.5\n'), '2025-11-28')).toContainEqual(['2025-10', '2025-10', 744e6, 'USD', -1.5]);
  });
  it('reads "% change from September 2025" over imports by origin', () => {
    expect(tuples(table('Imports by origin, October 2025 (€ million)', 'Origin         Imports     % change from September 2025', 'Germany        3,120       2.2\nFrance         1,480       -0.4\n'), '2025-11-28')).toContainEqual(['2025-10', '2025-10', 1.48e9, 'EUR', null]);
  });
  it('reads "% change vs October 2024" as yoy', () => {
    expect(tuples(table('Exports by market, October 2025 (A$ million)', 'Market         Exports     % change vs October 2024', 'China          4,120       3.2\nJapan          2,480       -5.4\n'), '2025-11-28')).toContainEqual(['2025-10', '2025-10', 4.12e9, 'AUD', 3.2]);
  });
  it('reads "% increase on October 2024" as yoy', () => {
    expect(tuples(table('Exports by market, October 2025 (NZ$ million)', 'Market         Exports     % increase on October 2024', 'China          1,520       7.7\nAustralia      880         -2.4\n'), '2025-11-28')).toContainEqual(['2025-10', '2025-10', 880e6, 'NZD', -2.4]);
  });
  it('reads "Change (%) over October 2024", the percent sign before the base', () => {
    expect(tuples(table('Exports by market, October 2025 (A$ million)', 'Market         Exports     Change (%) over October 2024', 'China          4,120       3.2\nJapan          2,480       -5.4\n'), '2025-11-28')).toContainEqual(['2025-10', '2025-10', 2.48e9, 'AUD', -5.4]);
  });
  it('reads no change out of "% of October 2024", a percentage of the base (near miss)', () => {
    const rows = releaseRows(table('Exports by market, October 2025 (A$ million)', 'Market         Exports     % of October 2024', 'China          4,120       103.2\nJapan          2,480       94.6\n'), '2025-11-28');
    expect(rows.some((r) => r.yoy_pct === 103.2 || r.yoy_pct === 3.2)).toBe(false);
  });
  it('reads no yoy out of "% change on previous month" (near miss)', () => {
    const rows = releaseRows(table('Exports by market, October 2025 (A$ million)', 'Market         Exports     % change on previous month', 'China          4,120       3.2\nJapan          2,480       -5.4\n'), '2025-11-28');
    expect(rows.some((r) => r.yoy_pct === 3.2)).toBe(false);
  });
});

describe('a header of months or quarters with two-digit years ("Sep 24   Sep 25", "Jan-Sep 24", "Q3 24", "2H 24") heads columns of those years', () => {
  // A Eurostat-style table: a month or quarter, then the months of the year so far, each with its growth; the balance leaves its growth cells blank.
  const euro = (head: string, published = '2025-11-14') =>
    releaseRows(`Euro area trade rose in 2025.\n\nEuro area trade in goods, € bn, not seasonally adjusted\n               ${head}\nExtra-EA exp   238.2    245.6    3.1%     2 139.4      2 212.7      3.4%\nExtra-EA imp   228.1    227.8    -0.1%    2 018.5      2 069.1      2.5%\nTrade balance  10.1     17.8              120.9        143.6\n`, published).map(levelTuple);
  it('reads "Sep 24   Sep 25   Growth   Jan-Sep 24   Jan-Sep 25   Growth"', () => {
    expect(euro('Sep 24   Sep 25   Growth   Jan-Sep 24   Jan-Sep 25   Growth')).toContainEqual(['2024-01', '2024-09', 2139.4e9, 'EUR', null]);
  });
  it('reads quarters beside the months so far ("Q3 24    Q3 25 ... Jan-Sep 24")', () => {
    expect(euro('Q3 24    Q3 25    Growth   Jan-Sep 24   Jan-Sep 25   Growth')).toContainEqual(['2024-07', '2024-09', 238.2e9, 'EUR', null]);
  });
  it('reads a quarter beside a half ("Q2 24 ... H1 25")', () => {
    expect(euro('Q2 24    Q2 25    Growth   H1 24        H1 25        Growth', '2025-08-14')).toContainEqual(['2025-01', '2025-06', 2212.7e9, 'EUR', 3.4]);
  });
  it('reads the number before the quarter\'s letter ("3Q 24    3Q 25")', () => {
    expect(euro('3Q 24    3Q 25    Growth   Jan-Sep 24   Jan-Sep 25   Growth')).toContainEqual(['2025-07', '2025-09', 245.6e9, 'EUR', 3.1]);
  });
  it('reads a second half ("Q4 24 ... 2H 25") in a release of the next year', () => {
    expect(euro('Q4 24    Q4 25    Growth   2H 24        2H 25        Growth', '2026-02-14')).toContainEqual(['2024-07', '2024-12', 2018.5e9, 'EUR', null]);
  });
  it('leaves one "Sep 24" alone on its header: a day (near miss)', () => {
    const rows = releaseRows('Exports grew in September 2025.\n\nTrade in goods, € bn, not seasonally adjusted\n               Sep 24   Growth\nExtra-EA exp   238.2    3.1%\nExtra-EA imp   228.1    -0.1%\n', '2025-10-20');
    expect(rows.some((r) => r.period_start === '2024-09')).toBe(false);
  });
  it('reads no years after the release\'s ("Sep 26   Sep 27" in 2025) (near miss)', () => {
    expect(euro('Sep 26   Sep 27   Growth   Jan-Sep 26   Jan-Sep 27   Growth').some((t) => t[2] === 2139.4e9 || t[2] === 238.2e9)).toBe(false);
  });
});

describe('a table row labelled with the flow written short ("Extra-EA exp", "Total imp", "Exp.") is that flow', () => {
  const flows = (text: string) => releaseRows(text, '2025-11-14').map((r) => `${r.flow}:${r.value}`);
  it('reads "Extra-EA exp" and "Extra-EA imp" under a Eurostat caption', () => {
    expect(flows('Euro area trade rose in September 2025.\n\nEuro area trade in goods, € bn, not seasonally adjusted\n               Sep 2024   Sep 2025   Growth\nExtra-EA exp   238.2      245.6      3.1%\nExtra-EA imp   228.1      227.8      -0.1%\n')).toEqual(expect.arrayContaining(['export:245600000000', 'import:227800000000']));
  });
  it('reads "Total exp" and "Total imp"', () => {
    expect(flows('Trade rose in September 2025.\n\nTrade in goods, € million\n                    Sep 2024   Sep 2025   Growth\nTotal exp           12,100     12,705     5.0%\nTotal imp           13,200     13,464     2.0%\n')).toEqual(expect.arrayContaining(['export:12705000000', 'import:13464000000']));
  });
  it('reads "Exp." and "Imp." with their stops', () => {
    expect(flows('Trade rose in September 2025.\n\nTrade in goods, € million\n                    Sep 2024   Sep 2025   Growth\nExp.                12,100     12,705     5.0%\nImp.                13,200     13,464     2.0%\n')).toEqual(expect.arrayContaining(['export:12705000000', 'import:13464000000']));
  });
  it('reads "Extra-EU exp." in a table of the EU', () => {
    expect(flows('EU trade grew in September 2025.\n\nEU trade in goods, € bn, not seasonally adjusted\n                Sep 2024   Sep 2025   Growth\nExtra-EU exp.   215.5      221.3      2.7%\nExtra-EU imp.   205.1      209.2      2.0%\n')).toEqual(expect.arrayContaining(['export:221300000000', 'import:209200000000']));
  });
  it('reads "Goods exp" and "Goods imp"', () => {
    expect(flows('Trade rose in September 2025.\n\nTrade, € million\n                    Sep 2024   Sep 2025   Growth\nGoods exp           12,100     12,705     5.0%\nGoods imp           13,200     13,464     2.0%\n')).toEqual(expect.arrayContaining(['export:12705000000', 'import:13464000000']));
  });
  it('reads no imports out of "Imputed items" (near miss)', () => {
    expect(flows('Trade rose in September 2025.\n\nTrade in goods, € million\n                    Sep 2024   Sep 2025   Growth\nExports             12,100     12,705     5.0%\nImputed items       1,200      1,224      2.0%\n')).not.toContain('import:1224000000');
  });
  it('reads no exports out of "Expenses" (near miss)', () => {
    expect(flows('Trade rose in September 2025.\n\nTrade in goods, € million\n                    Sep 2024   Sep 2025   Growth\nImports             13,200     13,464     2.0%\nExpenses            1,200      1,224      2.0%\n')).not.toContain('export:1224000000');
  });
});

describe('a small table flattened one row a line ("Ships 2.6 41.7") under a caption of one flow naming its unit and changes, no period, is of the prose\'s period', () => {
  const has = (text: string, tuple: unknown[], published = '2025-11-01') => tuples(text, published).some((t) => JSON.stringify(t) === JSON.stringify(tuple));
  it('reads "<Exports by major item, US$ billion, YoY %>" over items with their changes after a space', () => {
    expect(has('Korea\'s exports rose 4.2% in October 2025.\n\n<Exports by major item, US$ billion, YoY %>\nSemiconductors 14.2 25.1\nShips 2.6 41.7\nPetroleum products 3.7 -12.8\n', ['2025-10', '2025-10', 3.7e9, 'USD', -12.8])).toBe(true);
  });
  it('reads "Imports by origin (€ million, y/y %)" over partners', () => {
    expect(has('Imports rose in October 2025.\n\nImports by origin (€ million, y/y %)\nGermany 3,120 2.2\nFrance 1,480 -0.4\n', ['2025-10', '2025-10', 1.48e9, 'EUR', -0.4])).toBe(true);
  });
  it('reads "< Exports by item, US$ million, year-on-year change % >" with spaces inside the angle brackets', () => {
    expect(has('Exports fell in the third quarter of 2025.\n\n< Exports by item, US$ million, year-on-year change % >\nSteel 2,410 -4.1\nChemicals 3,050 1.8\n', ['2025-07', '2025-09', 3.05e9, 'USD', 1.8], '2025-10-15')).toBe(true);
  });
  it('reads "Exports by commodity (NZ$ million, % change y/y)" in a monthly note', () => {
    expect(has('Goods exports rose in September 2025.\n\nExports by commodity (NZ$ million, % change y/y)\nDairy 2,100 22.0\nMeat 1,020 -3.5\n', ['2025-09', '2025-09', 2.1e9, 'NZD', 22], '2025-10-20')).toBe(true);
  });
  it('reads "<Major export items, US$ billion, YoY %>" after a first-half paragraph', () => {
    expect(has('In the first half of 2025, exports grew 2%.\n\n<Major export items, US$ billion, YoY %>\nAutos 36.2 -3.3\nShips 12.6 +15.0\n', ['2025-01', '2025-06', 12.6e9, 'USD', 15], '2025-07-01')).toBe(true);
  });
  it('takes no thousands group after a space for a change ("Coal 14 200") (near miss)', () => {
    expect(tuples('Exports rose in October 2025.\n\n<Exports by major item, thousand tonnes, YoY %>\nCoal 14 200\nCoke 3 150\n', '2025-11-01').some((t) => t[4] === 200 || t[4] === 150)).toBe(false);
  });
  it('dates no caption that names no flow by the prose (near miss)', () => {
    expect(tuples('Korea\'s exports rose 4.2% in October 2025.\n\n<Major items, US$ billion, YoY %>\nSemiconductors 14.2 25.1\nShips 2.6 41.7\n', '2025-11-01').some((t) => t[2] === 2.6e9)).toBe(false);
  });
});
