/**
 * Fixing round a223 on b299-08 … b299-14 (transfer test 18, second half): rules of a209-a217 and older widened to other
 * wordings. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const areaOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.area;
const has = (text: string, published: string, value: number) => releaseRows(text, published).some((r) => r.value === value);

describe('a line ending in a word and a glued hyphen runs on into the next ("compared with January-\\nSeptember 2024")', () => {
  it('reads a span broken after "January-" in a statistics express', () => {
    expect(tuples('Foreign trade turnover in January-September 2025\namounted to 10 218,4 million US dollars and in comparison with January-\nSeptember 2024 decreased by 2,1%.', '2025-11-14')).toContainEqual(['2025-01', '2025-09', 10218.4e6, 'USD', -2.1]);
  });
  it('reads a span broken after an en dash', () => {
    expect(tuples('Exports of goods in January–June 2025\ncame to 3.4 billion dollars, against January–\nJune 2024 up 5.0 percent.', '2025-07-20')).toContainEqual(['2025-01', '2025-06', 3.4e9, 'USD', 5]);
  });
  it('reads a span broken in a comparison placed first', () => {
    expect(tuples('Monthly bulletin\nCompared with March-\nMay 2024, imports in March-May 2025 rose 6 percent\nto 800 million dollars.', '2025-06-20')).toContainEqual(['2025-03', '2025-05', 800e6, 'USD', 6]);
  });
  it('reads a turnover line broken after "January-"', () => {
    expect(tuples('Trade with the EAEU in January-October 2025\nwas 20.1 billion dollars, versus January-\nOctober 2024 an increase of 3.2%.', '2025-11-20')).toContainEqual(['2025-01', '2025-10', 20.1e9, 'USD', 3.2]);
  });
  it('reads a grain line broken after "July-"', () => {
    expect(tuples('Grain shipments in July-December 2024\nreached 5 million tonnes and, relative to July-\nDecember 2023, grew by 10%.', '2025-01-20')).toContainEqual(['2024-07', '2024-12', 5e6, 'tonnes', 10]);
  });
  it('keeps a line ending in a spaced dash apart (near miss)', () => {
    expect(tuples('TRADE UPDATE -\nSeptember exports fell 2% to 4 billion dollars.', '2025-10-20')).toContainEqual(['2025-09', '2025-09', 4e9, 'USD', -2]);
  });
  it('keeps a line ending in a year and a hyphen apart (near miss)', () => {
    expect(tuples('Fiscal year 2024-\nExports rose 3% to 9 billion dollars in March.', '2025-04-20')).toContainEqual(['2025-03', '2025-03', 9e9, 'USD', 3]);
  });
});

describe('officials or customs named by a country\'s adjective point "the country" to that state', () => {
  const lead = 'Uzbekistan exports rose 5 percent to 18.3 billion dollars in January-September.\n\n';
  it('reads "Kazakh officials in Astana said the country\'s turnover"', () => {
    expect(areaOf(`${lead}Kazakh officials in Astana said the country's trade turnover fell 2.1 percent to 105.2 billion dollars in January-September.`, '2025-11-20', 105.2e9)).toBe('Kazakhstan');
  });
  it('reads "Kyrgyz authorities reported that the country\'s imports"', () => {
    expect(areaOf(`${lead}Kyrgyz authorities reported that the country's imports fell 3.1 percent to 8.92 billion dollars over the nine months.`, '2025-11-20', 8.92e9)).toBe('Kyrgyzstan');
  });
  it('reads "according to Tajik statisticians, the nation\'s trade"', () => {
    expect(areaOf(`${lead}According to Tajik statisticians, the country's trade reached 6.1 billion dollars over the nine months.`, '2025-11-20', 6.1e9)).toBe('Tajikistan');
  });
  it('reads "the Turkmen government said the country\'s surplus"', () => {
    expect(areaOf(`${lead}The Turkmen government said the country's surplus came to 4.2 billion dollars in 2024.`, '2025-11-20', 4.2e9)).toBe('Turkmenistan');
  });
  it('reads "Chinese customs count the country\'s trade with"', () => {
    expect(areaOf(`${lead}Chinese customs count the country's trade with the five Central Asian states at 78.5 billion dollars in January-October.`, '2025-11-20', 78.5e9)).toBe('China');
  });
  it('reads "a Mongolian customs spokesman said the country\'s coal exports"', () => {
    expect(areaOf(`${lead}A Mongolian customs spokesman said the country's coal exports rose to 60 million tonnes in January-September.`, '2025-11-20', 60e6)).toBe('Mongolia');
  });
  it('keeps the release\'s country when the officials are its own (near miss)', () => {
    expect(areaOf(`${lead}Uzbek officials said the country's imports rose to 30 billion dollars in January-September.`, '2025-11-20', 30e9)).toBe('Uzbekistan');
  });
  it('keeps the release\'s country when the adjective names buyers, no speakers (near miss)', () => {
    expect(areaOf(`${lead}Kazakh wheat buyers said the country's imports rose to 30 billion dollars in January-September.`, '2025-11-20', 30e9)).toBe('Uzbekistan');
  });
});

describe('a flat table whose unit stands alone on a header line under the period heads ("NZ$(million)")', () => {
  it('reads a Stats NZ-style table', () => {
    expect(tuples('Goods trade, monthly (not seasonally adjusted)\n                  Sep 2024    Sep 2025    % change\n               NZ$(million)\nTotal exports     5,112       5,684       11.2\nTotal imports     6,590       6,871        4.3\n', '2025-10-21')).toContainEqual(['2025-09', '2025-09', 5684e6, 'NZD', 11.2]);
  });
  it('reads a unit in brackets with "US$ million"', () => {
    expect(tuples('Trade of Fiji, first half\n                  Jan-Jun 2024    Jan-Jun 2025    Change\n               (US$ million)\nExports           612.4           650.1           6.2\nImports           1,840.2         1,902.3         3.4\n', '2025-08-12')).toContainEqual(['2025-01', '2025-06', 650.1e6, 'USD', 6.2]);
  });
  it('reads "Unit: thousand US dollars" under quarter heads', () => {
    expect(tuples('Trade\n                  Q3 2024    Q3 2025    % change\n               Unit: thousand US dollars\nExports           1,210      1,331      10.0\n', '2025-10-15')).toContainEqual(['2025-07', '2025-09', 1331e3, 'USD', 10]);
  });
  it('reads "EUR million" under month heads', () => {
    expect(tuples('External trade\n                  Mar 2024    Mar 2025    Growth\n               EUR million\nExports           2,400       2,520       5.0\nImports           2,100       2,226       6.0\n', '2025-05-10')).toContainEqual(['2025-03', '2025-03', 2226e6, 'EUR', 6]);
  });
  it('reads "million US dollars" under year heads', () => {
    expect(tuples('Trade with China\n                  2023        2024        Change\n               million US dollars\nExports           1,500.0     1,650.0     10.0\n', '2025-03-10')).toContainEqual(['2024-01', '2024-12', 1650e6, 'USD', 10]);
  });
  it('keeps a line of words under the heads from being the unit (near miss)', () => {
    expect(tuples('Goods trade\n                  Sep 2024    Sep 2025    % change\n               provisional figures\nTotal exports     5,112       5,684       11.2\n', '2025-10-21')).not.toContainEqual(['2025-09', '2025-09', 5684e6, 'NZD', 11.2]);
  });
  it('keeps a share line under the heads from being the unit (near miss)', () => {
    expect(tuples('Goods trade\n                  Sep 2024    Sep 2025    % change\n               % of total\nTotal exports     5,112       5,684       11.2\n', '2025-10-21')).toEqual([]);
  });
});

describe('the base a growth head compares with ("% change on Sep 2024") is no column of its own', () => {
  const rows = '\nExports           2,400       2,520       5.0\nImports           2,100       2,226       6.0\n';
  it('reads "% change on Sep 2024"', () => {
    expect(tuples(`Trade, NZ$ million\n                  Sep 2024    Sep 2025    % change on Sep 2024${rows}`, '2025-10-21')).toContainEqual(['2025-09', '2025-09', 2520e6, 'NZD', 5]);
  });
  it('reads "change from Q3 2024 (%)"', () => {
    expect(tuples(`Trade, EUR million\n                  Q3 2024    Q3 2025    change from Q3 2024 (%)${rows}`, '2025-11-10')).toContainEqual(['2025-07', '2025-09', 2520e6, 'EUR', 5]);
  });
  it('reads "growth over 2023"', () => {
    expect(tuples(`Trade, US$ million\n                  2023        2024        growth over 2023${rows}`, '2025-03-10')).toContainEqual(['2024-01', '2024-12', 2520e6, 'USD', 5]);
  });
  it('reads "y/y change vs. Jan-Sep 2024"', () => {
    expect(tuples(`Trade, US$ million\n                  Jan-Sep 2024    Jan-Sep 2025    y/y change vs. Jan-Sep 2024${rows}`, '2025-10-20')).toContainEqual(['2025-01', '2025-09', 2520e6, 'USD', 5]);
  });
  it('reads "% change compared with September 2024"', () => {
    expect(tuples(`Trade, NZ$ million\n                  Sep 2024    Sep 2025    % change compared with September 2024${rows}`, '2025-10-21')).toContainEqual(['2025-09', '2025-09', 2226e6, 'NZD', 6]);
  });
  it('keeps a third period column that no growth word heads (near miss)', () => {
    expect(tuples(`Trade, NZ$ million\n                  Sep 2024    Sep 2025    Aug 2025${rows}`, '2025-10-21')).not.toContainEqual(['2025-09', '2025-09', 2520e6, 'NZD', 5]);
  });
  it('keeps a later period after a bare growth head as a column (near miss)', () => {
    expect(tuples('Trade, NZ$ million\n                  Sep 2025    % change    Jan-Sep 2025\nExports           2,520       5.0         21,000\n', '2025-10-21')).toContainEqual(['2025-01', '2025-09', 21000e6, 'NZD', null]);
  });
});

describe('a chart of bars under a caption of change in percent on a year earlier gives growth rows', () => {
  const growth = (text: string, published: string) => releaseRows(text, published).filter((r) => r.measure === 'growth').map(levelTuple);
  it('reads fiscal years under "(%, change on previous fiscal year)"', () => {
    expect(growth('Ministry of Finance, Japan\n\nChart 1  Export growth by fiscal year (%, change on previous fiscal year)\nFY2021  +23.6    FY2022  +15.5    FY2023  +3.4\n', '2025-04-17')).toEqual(expect.arrayContaining([['2021-04', '2022-03', null, '', 23.6], ['2023-04', '2024-03', null, '', 3.4]]));
  });
  it('reads years under "Imports, % change y/y"', () => {
    expect(growth('Trade review\n\nChart 2: Imports, % change y/y\n2022 8.1 | 2023 -4.0 | 2024 2.2\n', '2025-03-10')).toContainEqual(['2023-01', '2023-12', null, '', -4]);
  });
  it('reads months under "Exports: year-on-year growth (%)"', () => {
    expect(growth('Monthly trade\n\nChart 3: Exports: year-on-year growth (%)\nJul 4.1  Aug 5.6  Sep -1.2\n', '2025-10-15')).toContainEqual(['2025-09', '2025-09', null, '', -1.2]);
  });
  it('reads years under "Annual change in exports (%)"', () => {
    expect(growth('Trade review\n\nGraphic: Annual change in exports (%)\n2021 12.0 | 2022 6.5 | 2023 -2.5\n', '2024-03-10')).toContainEqual(['2022-01', '2022-12', null, '', 6.5]);
  });
  it('reads quarters under "Export growth, per cent, on a year earlier"', () => {
    expect(growth('Quarterly trade\n\nChart 1: Export growth, per cent, on a year earlier\nQ1 2024 3.0 | Q2 2024 4.5 | Q3 2024 5.1\n', '2024-11-10')).toContainEqual(['2024-04', '2024-06', null, '', 4.5]);
  });
  it('keeps changes on the month before out (near miss)', () => {
    expect(growth('Monthly trade\n\nChart 3: Exports: month-on-month change (%)\nJul 4.1  Aug 5.6  Sep -1.2\n', '2025-10-15')).toEqual([]);
  });
  it('keeps monthly bars whose caption names no year-on-year change out (near miss)', () => {
    expect(growth('Monthly trade\n\nChart 3: Export growth (%)\nJul 4.1  Aug 5.6  Sep -1.2\n', '2025-10-15')).toEqual([]);
  });
});

describe('share items of a chart set apart by runs of spaces', () => {
  const shares = (text: string, published: string) => releaseRows(text, published).filter((r) => r.measure === 'share').map((r) => [r.partner, r.value]);
  it('reads "Where the cars went (% of export value, 2024)"', () => {
    expect(shares('Car exports\n\nChart 3  Where the cars went (% of export value, 2024)\nUnited States 36.8    European Union 9.2    Australia 8.1    Others 45.9\n', '2025-02-17')).toEqual([['United States', 36.8], ['European Union', 9.2], ['Australia', 8.1]]);
  });
  it('reads "Share of exports by destination, 2025 (%)"', () => {
    expect(shares('Trade review\n\nShare of exports by destination, 2025 (%)\nChina 24.1   Japan 10.2   Others 65.7\n', '2026-02-10')).toEqual([['China', 24.1], ['Japan', 10.2]]);
  });
  it('reads "Who bought the rice, 2024 (% share)"', () => {
    expect(shares('Rice\n\nWho bought the rice, 2024 (% share)\nPhilippines 40.5  Indonesia 12.0  Malaysia 8.8  Others 38.7\n', '2025-02-10')).toContainEqual(['Indonesia', 12]);
  });
  it('reads "Where the LNG came from (% share)"', () => {
    expect(shares('LNG imports rose 3% to 70 million tonnes in 2024.\n\nWhere the LNG came from (% share)\nAustralia 41.0   Malaysia 15.6   Qatar 11.2\n', '2025-02-10')).toContainEqual(['Qatar', 11.2]);
  });
  it('reads "Import shares by origin, 2024 (%)" with tabs', () => {
    expect(shares('Trade review\n\nImport shares by origin, 2024 (%)\nChina 30.2\t\tUnited States 8.1\t\tOthers 61.7\n', '2025-02-10')).toContainEqual(['United States', 8.1]);
  });
  it('keeps names and numbers set apart by one space only out (near miss)', () => {
    expect(shares('Trade review\n\nShare of exports by destination, 2025 (%)\nChina 24.1 Japan 10.2 Others 65.7\n', '2026-02-10')).toEqual([]);
  });
  it('keeps items adding up to more than the whole out (near miss)', () => {
    expect(shares('Trade review\n\nShare of exports by destination, 2025 (%)\nChina 64.1   Japan 50.2   Others 15.7\n', '2026-02-10')).toEqual([]);
  });
});

describe('bars by partner under a caption, each "Name amount (change%)" on its line', () => {
  const bars = (text: string, published: string) => releaseRows(text, published).filter((r) => r.measure === 'value').map((r) => [r.partner, r.flow, r.value, r.unit, r.yoy_pct]);
  it('reads "Exports by destination, FY2024 (trillion yen, change, share)"', () => {
    expect(bars('Japan trade\n\nChart 2  Exports by destination, FY2024 (trillion yen, change, share)\nUnited States       21.3 (+4.8%), 19.6% of total\nEuropean Union      10.1 (-2.3%), 9.3% of total\n', '2025-04-17')).toEqual([['United States', 'export', 21.3e12, 'JPY', 4.8], ['European Union', 'export', 10.1e12, 'JPY', -2.3]]);
  });
  it('reads "Imports by origin, 2025 (US$ billion)"', () => {
    expect(bars('Trade review\n\nImports by origin, 2025 (US$ billion)\nChina   48.2 (+3.1%)\nJapan   20.5 (-1.0%)\n', '2026-02-10')).toContainEqual(['Japan', 'import', 20.5e9, 'USD', -1]);
  });
  it('reads bars with a colon after the name', () => {
    expect(bars('Trade review\n\nExports to main markets, 2024 (EUR billion)\nChina: 12.0 (+5.0%)\nUnited States: 9.5 (+2.0%)\nTurkey: 4.1 (-3.0%)\n', '2025-02-10')).toContainEqual(['Turkey', 'export', 4.1e9, 'EUR', -3]);
  });
  it('reads bars with shares in brackets', () => {
    expect(bars('Trade review\n\nExports by market, 2024 (A$ billion)\nChina  120.4 (-4.2%) (31.0% of total)\nJapan  45.1 (+1.1%) (11.6% of total)\n', '2025-02-10')).toContainEqual(['China', 'export', 120.4e9, 'AUD', -4.2]);
  });
  it('reads bars under a fiscal year\'s caption', () => {
    expect(bars('India trade\n\nExports by destination, FY2025 (US$ billion)\nUnited States  86.5 (+11.6%)\nUnited Arab Emirates  36.6 (+2.8%)\n', '2025-05-10')).toContainEqual(['United Arab Emirates', 'export', 36.6e9, 'USD', 2.8]);
  });
  it('keeps goods named before their bars out of the partners (near miss: they are goods, read as the caption\'s items)', () => {
    expect(bars('Trade review\n\nExports by product, 2025 (US$ billion)\nSoybeans   48.2 (+3.1%)\nIron ore   20.5 (-1.0%)\n', '2026-02-10')).toEqual([['World', 'export', 48.2e9, 'USD', 3.1], ['World', 'export', 20.5e9, 'USD', -1]]);
  });
  it('reads a single partner\'s bar once (near miss: one line is no chart of partners)', () => {
    expect(bars('Trade review\n\nImports by origin, 2025 (US$ billion)\nChina   48.2 (+3.1%)\n', '2026-02-10')).toEqual([['China', 'import', 48.2e9, 'USD', 3.1]]);
  });
});

describe('a country named right after a bare flow\'s figure is where it was counted ("... 8.92 billion dollars in Kyrgyzstan")', () => {
  const lead = 'Uzbekistan exports rose 5 percent to 18.3 billion dollars in January-September.\n\n';
  it('reads "over the nine months in Kyrgyzstan"', () => {
    expect(areaOf(`${lead}Imports, meanwhile, fell 3.1 percent to 8.92 billion dollars over the nine months in Kyrgyzstan, where car re-exports dried up.`, '2025-11-20', 8.92e9)).toBe('Kyrgyzstan');
  });
  it('reads "to $4.1 billion in Tajikistan"', () => {
    expect(areaOf(`${lead}Exports rose 12% to $4.1 billion in Tajikistan.`, '2025-11-20', 4.1e9)).toBe('Tajikistan');
  });
  it('reads "last year in Turkmenistan"', () => {
    expect(areaOf(`${lead}The surplus came to 4.2 billion dollars last year in Turkmenistan.`, '2025-11-20', 4.2e9)).toBe('Turkmenistan');
  });
  it('reads "in January-September in Armenia"', () => {
    expect(areaOf(`${lead}Turnover grew 6 percent to 3.3 billion dollars in January-September in Armenia.`, '2025-11-20', 3.3e9)).toBe('Armenia');
  });
  it('reads "so far in Mongolia"', () => {
    expect(areaOf(`${lead}Elsewhere, exports reached 12.5 billion dollars so far in Mongolia.`, '2025-11-20', 12.5e9)).toBe('Mongolia');
  });
  it('keeps demand in another country scenery (near miss)', () => {
    expect(areaOf(`${lead}Imports rose 5% to 2.5 billion dollars on strong demand in China.`, '2025-11-20', 2.5e9)).toBe('Uzbekistan');
  });
  it('keeps a country after a figure whose subject is the release\'s own flow to it scenery (near miss)', () => {
    expect(areaOf(`${lead}Uzbek gold sales rose to 2.5 billion dollars, most of it sold in Switzerland.`, '2025-11-20', 2.5e9)).toBe('Uzbekistan');
  });
});

describe('a country opening the sentence owns the surplus or deficit its pronoun points to', () => {
  const lead = 'Uzbekistan exports rose 5 percent to 18.3 billion dollars in January-September.\n\n';
  it('reads "Turkmenistan, which publishes few figures, has said its 2024 surplus"', () => {
    expect(areaOf(`${lead}Turkmenistan, which publishes few figures, has said its 2024 surplus came to 4.2 billion dollars.`, '2025-11-20', 4.2e9)).toBe('Turkmenistan');
  });
  it('reads "Tajikistan reported that its deficit"', () => {
    expect(areaOf(`${lead}Tajikistan reported that its deficit widened to 3.9 billion dollars in January-September.`, '2025-11-20', -3.9e9)).toBe('Tajikistan');
  });
  it('reads "Armenia stood out: its trade surplus"', () => {
    expect(areaOf(`${lead}Armenia stood out: its trade surplus reached 1.1 billion dollars in January-September.`, '2025-11-20', 1.1e9)).toBe('Armenia');
  });
  it('reads "Mongolia, by contrast, saw its surplus"', () => {
    expect(areaOf(`${lead}Mongolia, by contrast, saw its surplus shrink to 2.2 billion dollars in January-September.`, '2025-11-20', 2.2e9)).toBe('Mongolia');
  });
  it('reads "Georgia said its merchandise deficit"', () => {
    expect(areaOf(`${lead}Georgia said its merchandise deficit narrowed to 5.4 billion dollars in January-September.`, '2025-11-20', -5.4e9)).toBe('Georgia');
  });
  it('keeps a country after the pronoun\'s surplus its partner (near miss)', () => {
    expect(areaOf(`${lead}Its surplus with Turkmenistan, officials said, came to 4.2 billion dollars in January-September.`, '2025-11-20', 4.2e9)).toBe('Uzbekistan');
  });
  it('keeps a country inside the sentence, not opening it, scenery of the release\'s surplus (near miss)', () => {
    expect(areaOf(`${lead}Helped by sales to Turkmenistan, its surplus came to 4.2 billion dollars in January-September.`, '2025-11-20', 4.2e9)).toBe('Uzbekistan');
  });
});

describe('a rule of thumb whose step is spelled and glued to its currency ("every ten-won drop ... adds")', () => {
  const lead = 'SEOUL, Jan 1 - Exports reached 698.4 billion dollars last year, up 4.2 percent. ';
  it('sets aside "every ten-won drop against the dollar adds roughly one billion dollars"', () => {
    expect(has(`${lead}By one rule of thumb, every ten-won drop against the dollar adds roughly one billion dollars to annual exports.`, '2026-01-01', 1e9)).toBe(false);
  });
  it('sets aside "each one-rupee fall in the currency lifts exports by 300 million dollars"', () => {
    expect(has(`${lead}Each one-rupee fall in the currency lifts exports by 300 million dollars.`, '2026-01-01', 300e6)).toBe(false);
  });
  it('sets aside "every five-baht rise in the price cuts earnings by 40 million dollars"', () => {
    expect(has(`${lead}Every five-baht rise in the price cuts earnings by 40 million dollars.`, '2026-01-01', 40e6)).toBe(false);
  });
  it('sets aside "each ten-peso depreciation adds 2 billion dollars"', () => {
    expect(has(`${lead}Analysts reckon each ten-peso depreciation adds 2 billion dollars to sales abroad.`, '2026-01-01', 2e9)).toBe(false);
  });
  it('sets aside "every single-won move means about 90 million dollars"', () => {
    expect(has(`${lead}Every single-won move against the dollar means about 90 million dollars in export earnings.`, '2026-01-01', 90e6)).toBe(false);
  });
  it('keeps a figure after a step with no amount (near miss)', () => {
    expect(has(`${lead}Every steep rise in freight costs lifts prices, yet December shipments reached 60 billion dollars.`, '2026-01-01', 60e9)).toBe(true);
  });
  it('keeps a figure after a step with no amount or currency (near miss)', () => {
    expect(has(`${lead}Every big drop in chip prices cuts exports, and December shipments fell to 55 billion dollars.`, '2026-01-01', 55e9)).toBe(true);
  });
});

describe('a scheme of support named before its worth is no trade ("the export subsidy programme, worth ...")', () => {
  const lead = 'CAIRO, May 14 - Non-oil exports rose 9 percent to 3.1 billion dollars in April. ';
  it('sets aside "the new export subsidy programme, worth twenty-three billion pounds"', () => {
    expect(has(`${lead}Officials hope the new export subsidy programme, worth twenty-three billion pounds, will help.`, '2024-05-14', 23e9)).toBe(false);
  });
  it('sets aside "an incentive package of $2 billion"', () => {
    expect(has(`${lead}The cabinet approved an incentive package of $2 billion for exporters.`, '2024-05-14', 2e9)).toBe(false);
  });
  it('sets aside "a rebate scheme totalling 40 billion rupees"', () => {
    expect(has(`${lead}A rebate scheme totalling 40 billion rupees was renewed.`, '2024-05-14', 40e9)).toBe(false);
  });
  it('sets aside "a support fund worth 5 billion pounds"', () => {
    expect(has(`${lead}Exporters can draw on a support fund worth 5 billion pounds.`, '2024-05-14', 5e9)).toBe(false);
  });
  it('sets aside "the stimulus plan of 10 billion dollars"', () => {
    expect(has(`${lead}The stimulus plan of 10 billion dollars runs to 2026.`, '2024-05-14', 10e9)).toBe(false);
  });
  it('keeps goods worth an amount (near miss)', () => {
    expect(has(`${lead}Citrus shipments worth 1.2 billion dollars went to the Gulf.`, '2024-05-14', 1.2e9)).toBe(true);
  });
  it('keeps exports a programme helped (near miss)', () => {
    expect(has(`${lead}Under the subsidy programme, exports of textiles came to 800 million dollars.`, '2024-05-14', 800e6)).toBe(true);
  });
});

describe('an angled caption naming unit and changes in one piece ("NZ$(million) and % change on Sep 2024") over goods in columns', () => {
  const goods = (text: string, published: string) => releaseRows(text, published).filter((r) => r.commodity !== 'all goods').map((r) => [r.commodity, ...levelTuple(r)]);
  it('reads a Stats NZ-style list of main commodities', () => {
    expect(goods('Overseas merchandise trade\n\n<Exports by main commodity, September 2025, NZ$(million) and % change on Sep 2024>\nMilk powder, butter and cheese   1,402   +18.9\nMeat and edible offal            1,011    +9.7\n', '2025-10-21')).toEqual([['milk powder, butter and cheese', '2025-09', '2025-09', 1402e6, 'NZD', 18.9], ['meat and edible offal', '2025-09', '2025-09', 1011e6, 'NZD', 9.7]]);
  });
  it('reads "A$(million) and % change y/y"', () => {
    expect(goods('Trade update\n\n<Imports by main commodity, June 2025, A$(million) and % change y/y>\nCrude oil and petroleum   2,310   -4.1\nCars and trucks           1,905   +2.0\n', '2025-07-30')).toContainEqual(['crude oil and petroleum', '2025-06', '2025-06', 2310e6, 'AUD', -4.1]);
  });
  it('reads goods listed with commas under "US$ billion, YoY %"', () => {
    expect(goods('Trade update\n\n<Exports by major item, October 2025, US$ billion, YoY %>\nSemiconductors                 14.2   +25.1\nCars, parts and accessories     6.2    -3.4\n', '2025-11-01')).toContainEqual(['cars, parts and accessories', '2025-10', '2025-10', 6.2e9, 'USD', -3.4]);
  });
  it('reads "EUR(million) and % change on Mar 2024"', () => {
    expect(goods('Trade update\n\n<Exports by commodity, March 2025, EUR(million) and % change on Mar 2024>\nMachinery and transport equipment   4,120   +2.2\nFood and live animals               1,210   -0.8\n', '2025-05-10')).toContainEqual(['machinery and transport equipment', '2025-03', '2025-03', 4120e6, 'EUR', 2.2]);
  });
  it('reads "NZ$(million) and % growth over Dec 2023"', () => {
    expect(goods('Monthly trade\n\n<Imports by main commodity, December 2024, NZ$(million) and % growth over Dec 2023>\nVehicles, parts and accessories   6,702   -12.4\nMachinery and equipment           6,110    +1.5\n', '2025-02-20')).toContainEqual(['vehicles, parts and accessories', '2024-12', '2024-12', 6702e6, 'NZD', -12.4]);
  });
  it('keeps bare numbers unread when the caption says nothing of changes (near miss)', () => {
    expect(goods('Overseas merchandise trade\n\n<Exports by main commodity, September 2025, NZ$(million)>\nMeat and edible offal   1,011   9.7\nDairy products          1,402   18.9\n', '2025-10-21')).toEqual([]);
  });
  it('keeps a line of two items in columns unread (near miss)', () => {
    expect(goods('Overseas merchandise trade\n\n<Exports by main commodity, September 2025, NZ$(million) and % change on Sep 2024>\nDairy   1,402   +18.9   Meat   1,011   +9.7\n', '2025-10-21')).toEqual([]);
  });
});

describe('the other flow of a coordinated clause leaves out the unit and scale of the amount before ("..., and they sold us three point two")', () => {
  const lead = 'CAIRO, May 14 - Non-oil exports rose 9 percent to 3.1 billion dollars in April. ';
  it('reads a spoken "and they sold us three point two"', () => {
    expect(tuples(`${lead}"We sold them four point one billion dollars of goods in 2023, and they sold us three point two."`, '2024-05-14')).toContainEqual(['2023-01', '2023-12', 3.2e9, 'USD', null]);
  });
  it('reads "and imports 3.2"', () => {
    expect(tuples(`${lead}Exports to Italy were 4.1 billion dollars in 2023 and imports 3.2.`, '2024-05-14')).toContainEqual(['2023-01', '2023-12', 3.2e9, 'USD', null]);
  });
  it('reads "and imported 3.2"', () => {
    expect(tuples(`${lead}Egypt exported 4.1 billion dollars of goods to Italy in 2023 and imported 3.2.`, '2024-05-14')).toContainEqual(['2023-01', '2023-12', 3.2e9, 'USD', null]);
  });
  it('reads "while Italy sold Egypt 3.2"', () => {
    expect(tuples(`${lead}Egypt exported goods worth 4.1 billion dollars to Italy in 2023, while Italy sold Egypt 3.2.`, '2024-05-14')).toContainEqual(['2023-01', '2023-12', 3.2e9, 'USD', null]);
  });
  it('reads "but bought only 950" in millions', () => {
    expect(tuples(`${lead}Egypt shipped 1,800 million dollars of goods to Spain in 2023 but bought only 950.`, '2024-05-14')).toContainEqual(['2023-01', '2023-12', 950e6, 'USD', null]);
  });
  it('keeps a bare number that goes on with words of its own unread (near miss)', () => {
    expect(has(`${lead}Egypt exported 4.1 billion dollars of goods to Italy in 2023 and imported 32 cars.`, '2024-05-14', 32e9)).toBe(false);
  });
  it('keeps a bare number after a verb of change unread (near miss)', () => {
    expect(has(`${lead}Exports to Italy were 4.1 billion dollars in 2023 and imports fell 3.2.`, '2024-05-14', 3.2e9)).toBe(false);
  });
});
