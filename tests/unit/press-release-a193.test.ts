/**
 * Fixing round a193 on b288-08 to b288-14 (bilateral economic-relations briefs and fact sheets): a table head naming the
 * country that trades, money lent or committed to a venture, captions of aid and investment lines, a bracket of the flows
 * that make up a total, and a list lead-in naming one way. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowOf = (rows: ObservationDraft[], value: number): ObservationDraft | undefined => rows.find((r) => Math.abs((r.value ?? NaN) - value) < 1e-6 * value);
const flowOf = (text: string, value: number, published = '2026-07-03'): string | undefined => rowOf(releaseRows(text, published), value)?.flow;
const has = (text: string, value: number, published = '2026-07-03'): boolean => rowOf(releaseRows(text, published), value) !== undefined;

const table = (caption: string, heads: string, note = '(Values in US$ million)'): string =>
  `Economic relations\n\nUpdated on 3 July 2026\n\n${caption}\n\n${heads}\n2023-24 | 6,387 | 21,067 | 27,454 |\n2024-25 | 5,821 | 21,380 | 27,201 |\n\n${note}\n`;

describe("a flow column headed by the country that trades (\"India's exports\", \"Imports of Kenya\") is that flow", () => {
  it('reads "India\'s exports | India\'s imports" beside the total', () => {
    const text = table('India-ROK trade over the last two financial years:', "Year | India's exports | India's imports | Total trade |");
    expect(flowOf(text, 5821e6)).toBe('export');
    expect(flowOf(text, 21380e6)).toBe('import');
  });
  it('reads "Kenya\'s exports" with its own unit in the head', () => {
    const text = table('Kenya-Uganda trade by fiscal year:', "Year | Kenya's exports (US$ million) | Kenya's imports (US$ million) | Total (US$ million) |", '');
    expect(flowOf(text, 6387e6, '2025-08-01')).toBe('export');
  });
  it('reads "Exports of India | Imports of India"', () => {
    const text = table('India-Japan trade, financial years:', 'Year | Exports of India | Imports of India | Total trade |');
    expect(flowOf(text, 21067e6)).toBe('import');
  });
  it('reads "Bangladesh\'s exports" in a Bangladesh table of fiscal years', () => {
    const text = table('Bangladesh-India trade, fiscal years (July-June):', "Year | Bangladesh's exports | Bangladesh's imports | Total trade |");
    expect(flowOf(text, 6387e6)).toBe('export');
  });
  it('reads "India\'s imports" under a caption on Kenya as imports with the area India', () => {
    const rows = releaseRows(table('India-Kenya trade over the last two financial years:', "Year | India's Exports | India's Imports | Total trade |"), '2026-07-03');
    expect(rowOf(rows, 21067e6)).toMatchObject({ flow: 'import', area: 'India' });
  });
  it('leaves a head naming the partner the caption names (near miss)', () => {
    const text = table('India-ROK trade over the last two financial years:', "Year | Korea's exports | Korea's imports | Total trade |");
    expect(has(text, 5821e6)).toBe(false);
  });
  it('leaves a head naming a firm, no country (near miss)', () => {
    const text = table('India-ROK trade over the last two financial years:', "Year | Samsung's exports | Samsung's imports | Total trade |");
    expect(has(text, 5821e6)).toBe(false);
  });
});

const brief = (sentence: string): string => `High Commission, New Delhi\nBackground note, January 2026\n\nBilateral trade reached US$ 10.8 billion in FY2024-25. ${sentence}\n`;

describe('credit lines or loans "to" or "for" someone, then their total, are money lent, no trade', () => {
  it('sets aside "three Lines of Credit to Bangladesh totalling"', () => {
    expect(has(brief('India has extended three Lines of Credit to Bangladesh totalling US$ 7.86 billion.'), 7.86e9, '2026-01-19')).toBe(false);
  });
  it('sets aside "loans for small exporters worth"', () => {
    expect(has(brief('The bank has approved loans for small exporters worth US$ 420 million.'), 420e6, '2026-01-19')).toBe(false);
  });
  it('sets aside "a credit line to Sri Lanka of"', () => {
    expect(has(brief('It also opened a credit line to Sri Lanka of US$ 1 billion.'), 1e9, '2026-01-19')).toBe(false);
  });
  it('sets aside "a credit facility for the port authority of"', () => {
    expect(has(brief('Exim Bank signed a credit facility for the port authority of US$ 95 million.'), 95e6, '2026-01-19')).toBe(false);
  });
  it('sets aside "funds for the corridor totalling"', () => {
    expect(has(brief('Both governments have announced funds for the economic corridor totalling US$ 2.2 billion.'), 2.2e9, '2026-01-19')).toBe(false);
  });
  it('keeps exports to a country totalling an amount (near miss)', () => {
    expect(has(brief('Exports to Bangladesh totalling US$ 1.76 billion were recorded.'), 1.76e9, '2026-01-19')).toBe(true);
  });
  it('keeps shipments to a partner worth an amount (near miss)', () => {
    expect(has(brief('Shipments of cotton to Bangladesh worth US$ 640 million left in the year.'), 640e6, '2026-01-19')).toBe(true);
  });
});

describe('money committed or pledged "to" or "for" a venture is money put in, no trade', () => {
  it('sets aside "funds have committed a further US$4 billion to Indian infrastructure"', () => {
    expect(has(brief('Australian superannuation funds have committed a further US$4 billion to Indian infrastructure platforms.'), 4e9, '2026-01-27')).toBe(false);
  });
  it('sets aside "the bank pledged $500 million towards the corridor"', () => {
    expect(has(brief('The development bank pledged $500 million towards the eastern freight corridor.'), 500e6, '2026-01-27')).toBe(false);
  });
  it('sets aside "Japan has promised 300 million dollars for the new port"', () => {
    expect(has(brief('Japan has promised 300 million dollars for the new deep-sea port at Matarbari.'), 300e6, '2026-01-27')).toBe(false);
  });
  it('sets aside "set aside an additional US$ 150 million for"', () => {
    expect(has(brief('The two sides set aside an additional US$ 150 million for joint research.'), 150e6, '2026-01-27')).toBe(false);
  });
  it('sets aside "commits about $1.2 billion into renewable parks"', () => {
    expect(has(brief('Under the plan, the consortium commits about $1.2 billion into renewable energy parks.'), 1.2e9, '2026-01-27')).toBe(false);
  });
  it('keeps goods promised to a buyer (near miss)', () => {
    expect(has(brief('Exports of rice to Nepal were US$ 210 million in FY2024-25.'), 210e6, '2026-01-27')).toBe(true);
  });
  it('keeps an amount committed to trade itself (near miss)', () => {
    expect(has(brief('Buyers committed $2 billion to purchases of Australian coal, and coal exports to India reached $11.2 billion in 2024-25.'), 11.2e9, '2026-01-27')).toBe(true);
  });
});

const page = (lines: string): string => `Embassy of the Republic of Korea in Mongolia\n5 August 2026\n\nTrade\n- Korea-Mongolia trade in 2025: USD 692 million.\n\nCooperation\n${lines}\n`;

describe('a line caption before a colon, with a bracketed aside, a year or after a semicolon, is the subject of the amount', () => {
  it('sets aside "Korean direct investment in Mongolia (cumulative, 1990-2025): USD 690 million"', () => {
    expect(has(page('- Korean direct investment in Mongolia (cumulative, 1990-2025): USD 690 million.'), 690e6, '2026-08-05')).toBe(false);
  });
  it('sets aside "Grants through KOICA since 1991: around USD 220 million"', () => {
    expect(has(page('- Grants through KOICA since 1991: around USD 220 million.'), 220e6, '2026-08-05')).toBe(false);
  });
  it('sets aside a second caption after a semicolon: "; EDCF concessional loans approved: USD 412 million"', () => {
    expect(has(page('- Grants through KOICA: USD 220 million; EDCF concessional loans approved: USD 412 million.'), 412e6, '2026-08-05')).toBe(false);
  });
  it('sets aside "Official development assistance (2016-2025): USD 95 million"', () => {
    expect(has(page('- Official development assistance (2016-2025): USD 95 million.'), 95e6, '2026-08-05')).toBe(false);
  });
  it('sets aside "Investment stock of Korean firms since 2010: USD 310 million"', () => {
    expect(has(page('- Korean investment in mining since 2010: USD 310 million.'), 310e6, '2026-08-05')).toBe(false);
  });
  it('keeps a caption of trade with a bracketed aside (near miss)', () => {
    expect(has(page('- Exports to Mongolia (customs basis, 2025): USD 571 million.'), 571e6, '2026-08-05')).toBe(true);
  });
  it('keeps "grants duty-free access" as a verb (near miss)', () => {
    expect(has(page('- Mongolia grants duty-free access to Korean cosmetics; cosmetics exports to Mongolia: USD 38 million in 2025.'), 38e6, '2026-08-05')).toBe(true);
  });
});

const mongolia = (line: string): string => `Embassy of the Republic of Korea in Mongolia\n5 August 2026\n\nTrade\n${line}\n`;

describe('a bracket opening on the flows that make up an amount names none of the amount\'s flow', () => {
  it('reads "trade in 2025: USD 692 million (Korea\'s exports USD 571 million, imports ...)" as the total', () => {
    expect(flowOf(mongolia("- Korea-Mongolia trade in 2025: USD 692 million (Korea's exports USD 571 million, imports USD 121 million)."), 692e6, '2026-08-05')).toBe('total');
  });
  it('reads a bracket with bare flows as the total', () => {
    expect(flowOf(mongolia('- Japan-Mongolia trade in 2025: USD 455 million (exports USD 402 million, imports USD 53 million).'), 455e6, '2026-08-05')).toBe('total');
  });
  it('reads the bracket\'s parts with their own flows', () => {
    const rows = releaseRows(mongolia("- Korea-Mongolia trade in 2025: USD 692 million (Korea's exports USD 571 million, imports USD 121 million)."), '2026-08-05');
    expect(rowOf(rows, 571e6)?.flow).toBe('export');
    expect(rowOf(rows, 121e6)?.flow).toBe('import');
  });
  it('reads a caption naming the trade of two countries with "the" before the owner', () => {
    expect(flowOf(mongolia("- Bilateral trade, 2025: USD 310 million (the ROK's imports USD 200 million, exports USD 110 million)."), 310e6, '2026-08-05')).toBe('total');
  });
  it('reads a bracket of a balance\'s parts as the whole trade', () => {
    expect(flowOf(mongolia('- Trade turnover in 2025: USD 820 million (imports USD 610 million, exports USD 210 million).'), 820e6, '2026-08-05')).toBe('total');
  });
  it('keeps "Exports: USD 571 million (up 8%)" as exports (near miss)', () => {
    expect(flowOf(mongolia('- Exports to Mongolia in 2025: USD 571 million (up 8 percent).'), 571e6, '2026-08-05')).toBe('export');
  });
  it('keeps a bracket naming the amount itself as exports (near miss)', () => {
    expect(flowOf(mongolia('- Korea in 2025: USD 571 million (exports).'), 571e6, '2026-08-05')).toBe('export');
  });
});

const canada = (leadIn: string): string =>
  `Embassy of Canada to the Philippines\nDate modified: 2026-06-10\n\nCanadian merchandise exports to the Philippines totalled $1.2 billion in 2025, and merchandise imports from the Philippines $1.9 billion.\n\n${leadIn}\n- wheat ($312 million)\n- pork ($190 million)\n- potash\n`;

describe('a line closed by a colon naming one way heads the list under it, though the paragraph before gave both ways', () => {
  it('reads the items of "Canada\'s top exports to the Philippines in 2025 included:" as exports', () => {
    expect(flowOf(canada("Canada's top exports to the Philippines in 2025 included:"), 190e6, '2026-06-10')).toBe('export');
  });
  it('reads the items of "Main exports in 2025 were:" as exports', () => {
    expect(flowOf(canada('Main exports in 2025 were:'), 312e6, '2026-06-10')).toBe('export');
  });
  it('reads the items of "Leading imports from the Philippines in 2025:" as imports', () => {
    expect(flowOf(canada('Leading imports from the Philippines in 2025:'), 190e6, '2026-06-10')).toBe('import');
  });
  it('reads the items of "Goods Canada shipped to the Philippines in 2025 included:" as exports', () => {
    expect(flowOf(canada('Canadian goods exported to the Philippines in 2025 included:'), 190e6, '2026-06-10')).toBe('export');
  });
  it('reads the items of "What Canada bought from the Philippines in 2025 (imports):" as imports', () => {
    expect(flowOf(canada('Top Canadian imports from the Philippines in 2025 were:'), 312e6, '2026-06-10')).toBe('import');
  });
  it('keeps a lead-in naming both ways as the whole trade (near miss)', () => {
    expect(flowOf(canada('Main goods traded both ways (exports and imports) in 2025:'), 190e6, '2026-06-10')).toBe('total');
  });
  it('keeps a one-way sentence that opens no list from ending both ways (near miss)', () => {
    const text = `Embassy of Canada to the Philippines\nDate modified: 2026-06-10\n\nCanadian merchandise exports to the Philippines totalled $1.2 billion in 2025, and merchandise imports from the Philippines $1.9 billion.\n\nCanadian exports have grown for five years.\n\nOntario stayed on top with $310 million.\n`;
    expect(flowOf(text, 310e6, '2026-06-10')).toBe('total');
  });
});
