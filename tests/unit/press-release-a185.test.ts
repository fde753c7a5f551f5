/**
 * Rules widened in the fixing round for b283 (parliamentary and government written answers): each phenomenon in several
 * frames of our own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growthRow = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.value === null && r.yoy_pct === yoy);

describe('a letterhead in capitals naming a government, state or chamber gives the release its country', () => {
  it('reads "GOVERNMENT OF INDIA" over a written answer on its fiscal year', () => {
    const rows = releaseRows('GOVERNMENT OF INDIA\nMINISTRY OF TEXTILES\n\nANSWER\n\nShipments of cotton yarn in 2023-24 came to US$ 4.1 billion.', '2024-08-01');
    expect(row(rows, 4.1e9)).toMatchObject({ area: 'India', period_start: '2023-04', period_end: '2024-03' });
  });
  it('reads the government after a ministry on one line ("MINISTRY OF COMMERCE, GOVERNMENT OF PAKISTAN")', () => {
    const rows = releaseRows('MINISTRY OF COMMERCE, GOVERNMENT OF PAKISTAN\n\nReply\n\nExports of rice during 2023-24 were worth US$ 3.9 billion.', '2024-09-10');
    expect(row(rows, 3.9e9)).toMatchObject({ area: 'Pakistan', period_start: '2023-07', period_end: '2024-06' });
  });
  it('reads "REPUBLIC OF THE PHILIPPINES" with the article before the name', () => {
    const rows = releaseRows('REPUBLIC OF THE PHILIPPINES\nSENATE\n\nCommittee report\n\nCopra exports in 2024 totalled 310,000 tonnes.', '2025-03-01');
    expect(row(rows, 310000)?.area).toBe('Philippines');
  });
  it('reads a chamber of a state ("NATIONAL ASSEMBLY OF KENYA") standing alone as the header', () => {
    const rows = releaseRows('NATIONAL ASSEMBLY OF KENYA\n\nStatement\n\nTea sold abroad in 2024 earned KSh 180 billion.', '2025-02-11');
    expect(row(rows, 180e9)?.area).toBe('Kenya');
  });
  it('reads a federal republic in a letterhead of two lines ("FEDERAL REPUBLIC OF NIGERIA")', () => {
    const rows = releaseRows('FEDERAL REPUBLIC OF NIGERIA\nOFFICE OF THE MINISTER\n\nBriefing\n\nCocoa exports reached 1.2 trillion naira in 2024.', '2025-02-20');
    expect(row(rows, 1.2e12)?.area).toBe('Nigeria');
  });
  it('does not take a heading on a partner ("IMPORTS OF CHINA") as the letterhead (near miss)', () => {
    const rows = releaseRows('GERMAN FOREIGN TRADE\nIMPORTS OF CHINA\n\nGermany imported goods worth 157 billion euros from China in 2024, the statistics office said.', '2025-03-01');
    expect(row(rows, 157e9)?.area).toBe('Germany');
  });
  it('does not read a ministry named of a subject ("MINISTRY OF TRADE") as a country (near miss)', () => {
    const rows = releaseRows('MINISTRY OF TRADE AND INDUSTRY\n\nStatement\n\nExports rose 4 percent to 12 billion dollars in 2024.', '2025-02-01');
    expect(row(rows, 12e9)?.area ?? '').not.toBe('Trade');
  });
});

describe('a part of a fiscal year written by its two years, its months in a bracket or before the part', () => {
  const india = (sentence: string) => releaseRows(`NEW DELHI -- India's trade in figures. ${sentence}`, '2025-11-20');
  it('reads "the first quarter (April-June) of 2025-26"', () => {
    expect(growthRow(india('Imports from Japan in the first quarter (April-June) of 2025-26 grew 7.4 per cent.'), 7.4)).toMatchObject({ period_start: '2025-04', period_end: '2025-06' });
  });
  it('reads "the first half (April to September) of 2025/26" with "to" and a slash', () => {
    expect(row(india('Exports of engineering goods in the first half (April to September) of 2025/26 were US$ 59.2 billion.'), 59.2e9)).toMatchObject({ period_start: '2025-04', period_end: '2025-09' });
  });
  it('reads "the April-June quarter of 2025-26" with the months before the part', () => {
    expect(growthRow(india('Imports from Korea in the April-June quarter of 2025-26 grew 6.1 per cent.'), 6.1)).toMatchObject({ period_start: '2025-04', period_end: '2025-06' });
  });
  it('reads "the July to September period of 2025-26" later in the sentence', () => {
    expect(row(india('The trade deficit widened, and imports touched US$ 190.3 billion during the July to September period of 2025-26.'), 190.3e9)).toMatchObject({ period_start: '2025-07', period_end: '2025-09' });
  });
  it('reads "the second quarter (Oct.-Dec.) of 2024-25" in an Australian July-June year', () => {
    const rows = releaseRows('CANBERRA -- Australia traded more. Coal exports in the second quarter (Oct.-Dec.) of 2024-25 were A$14.6 billion.', '2025-05-02');
    expect(row(rows, 14.6e9)).toMatchObject({ period_start: '2024-10', period_end: '2024-12' });
  });
  it('does not read a bracket of other words before "of 2025-26" as the months of a part (near miss)', () => {
    expect(row(india('Exports of gems in the first quarter (provisional figures) of 2025-26 were US$ 7.3 billion.'), 7.3e9)?.period_end).not.toBe('2025-06');
  });
  it('keeps the whole fiscal year when no part is named ("in 2024-25") (near miss)', () => {
    expect(row(india('Exports of spices in 2024-25 were US$ 4.5 billion.'), 4.5e9)).toMatchObject({ period_start: '2024-04', period_end: '2025-03' });
  });
});

describe('a table whose rows are fiscal years written by their two years', () => {
  const table = (head: string, rows: string[], lead = "The details of India's trade with Japan are as under:") => `NEW DELHI -- Written answer.\n\n${lead}\n\n(Values in US$ billion)\n${head}\n${rows.join('\n')}\n\nSource: DGCI&S`;
  it('reads "2022-23" rows under "Year  Exports  Imports" as India\'s April-March years', () => {
    const rows = releaseRows(table('Year       Exports   Imports', ['2022-23      5.46     16.49', '2023-24      5.15     17.70']), '2025-01-10');
    expect(rows.map(levelTuple)).toEqual(expect.arrayContaining([['2022-04', '2023-03', 5.46e9, 'USD', null], ['2023-04', '2024-03', 17.7e9, 'USD', null]]));
  });
  it('reads rows written with a slash ("2023/24") under a "Period" head', () => {
    const rows = releaseRows(table('Period     Exports   Imports', ['2022/23      5.46     16.49', '2023/24      5.15     17.70']), '2025-01-10');
    expect(row(rows, 5.15e9)).toMatchObject({ period_start: '2023-04', period_end: '2024-03', flow: 'export' });
  });
  it('reads rows with "FY" before the years in a table with bars', () => {
    const text = "ISLAMABAD -- Pakistan's trade with China.\n\nValues in US$ million\n\n| Year | Exports | Imports |\n| FY2022-23 | 2,525 | 12,050 |\n| FY2023-24 | 2,780 | 13,240 |";
    const rows = releaseRows(text, '2025-01-10');
    expect(row(rows, 2780e6)).toMatchObject({ period_start: '2023-07', period_end: '2024-06' });
  });
  it('reads rows with the full second year ("2023-2024") in an Australian table', () => {
    const text = "CANBERRA -- Australia's trade in wine with China.\n\n(A$ million)\nYear        Exports    Imports\n2022-2023     12.1       20.4\n2023-2024    931.5       18.2\n";
    const rows = releaseRows(text, '2025-01-10');
    expect(row(rows, 931.5e6)).toMatchObject({ period_start: '2023-07', period_end: '2024-06', flow: 'export' });
  });
  it('reads a provisional mark after the last year ("2024-25 (P)")', () => {
    const rows = releaseRows(table('Year       Exports   Imports', ['2023-24      5.15     17.70', '2024-25 (P)  6.01     18.40']), '2025-06-10');
    expect(row(rows, 6.01e9)).toMatchObject({ period_start: '2024-04', period_end: '2025-03' });
  });
  it('gives no rows for such years in a country that names no fiscal year by two years (near miss)', () => {
    const text = 'BRASILIA -- Soy shipments by season.\n\n(million tonnes)\nSeason       Exports\n2022-23        95.5\n2023-24       101.9\n';
    const rows = releaseRows(text, '2025-01-10');
    expect(row(rows, 101.9e6)?.period_end).not.toBe('2024-03');
  });
  it('does not read years that do not follow each other ("2021-23") as a fiscal year (near miss)', () => {
    const rows = releaseRows(table('Year       Exports   Imports', ['2019-21      5.46     16.49', '2021-23      5.15     17.70']), '2025-01-10');
    expect(row(rows, 5.15e9)).toBeUndefined();
  });
});

describe('a column headed by a deficit holds balances below zero', () => {
  const table = (head: string, cells: string[]) => `NEW DELHI -- India's trade with China.\n\n(Values in US$ billion)\n${head}\n${cells.join('\n')}\n`;
  it('reads "Trade Deficit" figures written without a sign as negative balances', () => {
    const rows = releaseRows(table('Year       Exports   Imports   Trade Deficit', ['2022-23     15.32     98.51     83.19', '2023-24     16.66    101.74     85.08']), '2025-01-10');
    expect(row(rows, -85.08e9)).toMatchObject({ flow: 'balance', period_start: '2023-04' });
  });
  it('reads a bare "Deficit" head under calendar years', () => {
    const rows = releaseRows(table('Year     Exports   Imports   Deficit', ['2023     16.66    101.74    85.08', '2024     14.25    113.45    99.20']), '2025-01-10');
    expect(row(rows, -99.2e9)).toMatchObject({ flow: 'balance', period_start: '2024-01' });
  });
  it('reads a "Trade gap" head', () => {
    const rows = releaseRows(table('Year     Exports   Imports   Trade gap', ['2023     16.66    101.74    85.08', '2024     14.25    113.45    99.20']), '2025-01-10');
    expect(row(rows, -85.08e9)?.flow).toBe('balance');
  });
  it('reads a "Trade shortfall" head', () => {
    const rows = releaseRows(table('Year     Exports   Imports   Trade shortfall', ['2023     16.66    101.74    85.08', '2024     14.25    113.45    99.20']), '2025-01-10');
    expect(row(rows, -99.2e9)?.flow).toBe('balance');
  });
  it('keeps a sign already written in a deficit column', () => {
    const rows = releaseRows(table('Year     Exports   Imports   Trade deficit', ['2023     16.66    101.74    -85.08', '2024     14.25    113.45    -99.20']), '2025-01-10');
    expect(row(rows, -99.2e9)?.flow).toBe('balance');
  });
  it('reads a deficit column in a table with bars', () => {
    const text = 'NEW DELHI -- Trade with China.\n\nValues in US$ billion\n\n| Year | Exports | Imports | Deficit |\n| 2023 | 16.66 | 101.74 | 85.08 |\n| 2024 | 14.25 | 113.45 | 99.20 |';
    expect(row(releaseRows(text, '2025-01-10'), -99.2e9)?.flow).toBe('balance');
  });
  it('keeps a "Trade Balance" column as written (near miss)', () => {
    const rows = releaseRows(table('Year     Exports   Imports   Trade Balance', ['2023     16.66    10.74    5.92', '2024     14.25    11.45    2.80']), '2025-01-10');
    expect(row(rows, 5.92e9)?.flow).toBe('balance');
  });
  it('keeps a "Surplus" column positive (near miss)', () => {
    const rows = releaseRows(table('Year     Exports   Imports   Surplus', ['2023     16.66    10.74    5.92', '2024     14.25    11.45    2.80']), '2025-01-10');
    expect(row(rows, 2.8e9)?.flow).toBe('balance');
  });
});

describe('money a programme is given, or a body asks for, is no trade figure', () => {
  const amounts = (text: string) => releaseRows(text, '2025-09-10').map((r) => r.value);
  it('sets aside "with an outlay of Rs. 25,060 crore"', () => {
    expect(amounts('NEW DELHI -- India\'s exports rose 5 per cent in 2024-25. A scheme for exporters with an outlay of Rs. 18,200 crore over five years was approved.')).not.toContain(182e9);
  });
  it('sets aside "is seeking P7.2 billion for its programs"', () => {
    expect(amounts('DUBLIN -- Irish food exports climbed 4 percent to 17 billion euros in 2024. The DTI is seeking P7.2 billion for its export programs.')).not.toContain(7.2e9);
  });
  it('sets aside "requested an additional $40 million"', () => {
    expect(amounts('WASHINGTON -- U.S. exports of grain rose 3 percent in 2024. The agency requested an additional $40 million for overseas market development.')).not.toContain(40e6);
  });
  it('sets aside "asked Parliament for KSh 3 billion"', () => {
    expect(amounts('NAIROBI -- Kenya\'s tea exports rose 6 percent in 2024. The ministry asked Parliament for KSh 3 billion to build export hubs.')).not.toContain(3e9);
  });
  it('sets aside "sought Rs. 2,500 crore for the scheme"', () => {
    expect(amounts('DUBLIN -- Irish food exports climbed 4 percent to 17 billion euros in 2024. The ministry sought Rs. 2,500 crore for the scheme.')).not.toContain(25e9);
  });
  it('keeps exports "worth" an amount after a budget word elsewhere (near miss)', () => {
    expect(amounts('MANILA -- Despite budget cuts, Philippine exports reached US$ 40.1 billion in 2024.')).toContain(40.1e9);
  });
  it('keeps exports that "sought" markets with their amount later (near miss)', () => {
    expect(amounts('NAIROBI -- Exporters sought new markets, and Kenya\'s exports rose to KSh 1.1 trillion in 2024.')).toContain(1.1e12);
  });
});

describe('a rate a duty is cut, raised or set to is no change of trade', () => {
  const yoys = (sentence: string) => releaseRows(`MANILA -- Philippine rice imports. ${sentence}`, '2025-10-10').map((r) => r.yoy_pct);
  it('sets aside "The tariff on imported rice was cut to 15 percent from 35 percent"', () => {
    expect(yoys('The tariff on imported rice was cut to 15 percent from 35 percent in July 2024.')).not.toContain(35);
  });
  it('sets aside the old rate alone ("was cut from 35 percent in July 2024")', () => {
    expect(yoys('The tariff on imported rice was cut from 35 percent in July 2024.')).not.toContain(35);
  });
  it('sets aside a rate the government set in the active voice ("cut the rice tariff to 15 percent from 35 percent")', () => {
    expect(yoys('The government cut the rice tariff to 15 percent from 35 percent in July 2024.')).not.toContain(35);
  });
  it('sets aside the rate of an export levy ("was lowered to 7.5 percent from 10 percent")', () => {
    expect(yoys('The export levy on copra was lowered to 7.5 percent from 10 percent in June 2024.')).not.toContain(10);
  });
  it('sets aside a duty hiked in a clause after the imports ("after the duty on Thai rice was hiked to 50 percent from 35 percent")', () => {
    expect(yoys('Rice imports slowed after the duty on Thai rice was hiked to 50 percent from 35 percent in July 2024.')).not.toContain(35);
  });
  it('keeps imports that rose after the tariff was cut (near miss)', () => {
    expect(yoys('Rice imports rose 12 percent in July 2024 after the tariff was cut.')).toContain(12);
  });
  it('keeps imports that fell by a rate when a duty is named later (near miss)', () => {
    expect(yoys('Imports of rice fell 8 percent in July 2024, before the duty was raised.')).toContain(-8);
  });
});

describe('an amount said of every single day or hour is no figure of the period', () => {
  const amounts = (text: string) => releaseRows(text, '2025-03-10').map((r) => r.value);
  it('sets aside "roughly $3.6 billion in goods crossing the border every single day"', () => {
    expect(amounts('OTTAWA -- Canada shipped $600 billion of goods to the United States in 2024. That is roughly $1.6 billion in goods crossing the border every single day, she said.')).not.toContain(1.6e9);
  });
  it('sets aside "each working day"', () => {
    expect(amounts('ROTTERDAM -- The port handled 440 million tonnes in 2024, some 1.7 million tonnes moving through its quays each working day.')).not.toContain(1.7e6);
  });
  it('sets aside "every hour"', () => {
    expect(amounts('SINGAPORE -- Exports rose 4 percent to S$ 650 billion in 2024, about S$ 74 million of goods leaving every hour.')).not.toContain(74e6);
  });
  it('sets aside "each business day" after the goods', () => {
    expect(amounts('MEXICO CITY -- Mexico exported 617 billion dollars of goods in 2024, with 2.4 billion dollars going north each business day.')).not.toContain(2.4e9);
  });
  it('sets aside "every single day" closing a quotation', () => {
    expect(amounts('WASHINGTON -- U.S. imports rose to $3.3 trillion in 2024. "We buy $9 billion of goods every single day," he said.')).not.toContain(9e9);
  });
  it('keeps the year\'s amount before a day named as a date (near miss)', () => {
    expect(amounts('OTTAWA -- Canada shipped $600 billion of goods to the United States in 2024, officials said on the day the report came out.')).toContain(600e9);
  });
  it('keeps an amount followed by "every year" (near miss)', () => {
    expect(amounts('OTTAWA -- Canada shipped $600 billion of goods to the United States in 2024, as it does nearly every year.')).toContain(600e9);
  });
});

describe("a share of a country's flow is of that flow", () => {
  const flowOf = (sentence: string, share: number) => releaseRows(`LONDON -- Trade in goods. ${sentence}`, '2024-03-12').find((r) => r.value === share)?.flow;
  it('reads "10.2% of total UK goods imports" after a share of exports', () => {
    expect(flowOf('China accounted for 4.9% of total UK goods exports and 10.2% of total UK goods imports in 2023.', 10.2)).toBe('import');
  });
  it('reads "6.2% of U.S. imports" with the country abbreviated', () => {
    expect(flowOf('Japan took 3.1% of U.S. exports and supplied 6.2% of U.S. imports in 2023.', 6.2)).toBe('import');
  });
  it('reads a country adjective after a share of exports ("of Australian imports")', () => {
    expect(flowOf('China took 7.5 percent of Australian exports and supplied 25.1 percent of Australian imports in 2023.', 25.1)).toBe('import');
  });
  it('reads a country adjective ("of Chinese exports")', () => {
    expect(flowOf('Britain supplied 1.2 percent of German imports in 2023 and took 3.4 percent of Chinese exports.', 3.4)).toBe('export');
  });
  it('reads "of total U.S. goods imports" after a verb of buying', () => {
    expect(flowOf('Mexico bought 15.8% of total U.S. goods exports and supplied 15.4% of total U.S. goods imports in 2023.', 15.4)).toBe('import');
  });
  it('keeps a share of trade named by a partner\'s purchases of another country (near miss)', () => {
    expect(flowOf('China accounted for 4.9% of total UK goods exports in 2023.', 4.9)).toBe('export');
  });
  it('does not read a share of a country\'s output as a flow (near miss)', () => {
    expect(flowOf('Exports rose 4% in 2023 and made up 30% of UK output.', 30)).not.toBe('import');
  });
});
