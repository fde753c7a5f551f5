/**
 * Rules of the fixing round for b275 (national statistics offices' economy releases and government work reports): trade
 * is one paragraph among output, prices and targets; the release's country is its office's, not its seat's city.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows, levelTuple } from '../support/press-release-rows.js';

const areas = (text: string, published = '2026-11-20') => [...new Set(releaseRows(text, published).map((r) => r.area))];
const values = (text: string, published = '2026-11-20') => releaseRows(text, published).map((r) => r.value);

describe("a capital opening the release before a spaced hyphen is its dateline: the release is that country's", () => {
  it('reads "Hanoi - The statistics office reported ..." as Vietnam, not the city', () => {
    expect(areas('Hanoi - The statistics office reported that exports reached USD 33.7 billion in October 2026, up 8.2% year on year. The United States remained the biggest buyer.')).toEqual(['Vietnam']);
  });
  it('reads "Islamabad - According to ..." with the source after the figures', () => {
    expect(areas('Islamabad - According to provisional figures, imports in October 2026 came to US$ 4,355 million, 2.0% lower than a year before.')).toEqual(['Pakistan']);
  });
  it('reads "Jakarta - Exports ..." with a partner named in the same sentence', () => {
    expect(areas('Jakarta - Exports of goods climbed 3.1 percent to $24.5 billion in October 2026, with China the main destination, the agency said.')).toEqual(['Indonesia']);
  });
  it('reads "Ulaanbaatar - In the first ten months ..." opening with a period', () => {
    expect(areas('Ulaanbaatar - In the first ten months of 2026, the country shipped 64.2 million tonnes of coal abroad, 9 percent more than a year earlier, most of it to China.')).toEqual(['Mongolia']);
  });
  it('reads "Astana - Total trade ..." set over a heading line', () => {
    expect(areas('Nine-month figures\n\nAstana - Total foreign trade for January-September 2026 was $103.4 billion, up 6.1% on the same period of 2025, the bureau said; Russia and China led the partners.')).toEqual(['Kazakhstan']);
  });
  it('does not read a capital joined by the hyphen to another place before a route word (guard)', () => {
    expect(areas('Hanoi - Nanning trains carried 1,240 containers of goods in October 2026, up 12% on the year, the operator said.')).not.toContain('Vietnam');
  });
  it('does not read a capital inside a sentence before a hyphen (guard)', () => {
    expect(areas('Guangzhou customs said exports from Guangzhou to Hanoi - a fast-growing route - reached 3.2 billion dollars in October 2026, up 12 percent.')).not.toContain('Vietnam');
  });
});

describe("a statistics office's acronym heading the title names the release's country", () => {
  it('reads "PBS Monthly Review: ..." as Pakistan, and its rupees as Pakistani', () => {
    const rows = releaseRows('PBS Monthly Review: External Trade, October 2026\n\nExports in October 2026 were US$ 2,554 million, up 15.5%. Measured in rupees, exports were Rs 710 billion.');
    expect(rows.map((r) => r.area)).toEqual(['Pakistan', 'Pakistan']);
    expect(rows.map((r) => r.unit)).toEqual(['USD', 'PKR']);
  });
  it('reads "GSO: ..." with a colon right after the acronym', () => {
    expect(areas('GSO: October and ten-month data, 2026\n\nExports reached USD 33.1 billion in October 2026, up 9.2% year on year, while imports were USD 31.0 billion.')).toEqual(['Vietnam']);
  });
  it('reads "BPS - Monthly Digest ..." with a dash after the acronym', () => {
    expect(areas('BPS - Monthly Digest, October 2026\n\nThe trade balance posted a surplus of US$4.3 billion in October 2026; shipments to China made up a quarter of exports.')).toEqual(['Indonesia']);
  });
  it('reads "BBS Statistical Bulletin ..." with a title word after the acronym', () => {
    expect(areas('BBS Statistical Bulletin, October 2026\n\nMerchandise exports were US$ 4.1 billion in October 2026, up 2.2 percent from a year earlier, led by sales to Germany.')).toEqual(['Bangladesh']);
  });
  it('reads "PSA Press Release | ..." with the office followed by a release noun', () => {
    expect(areas('PSA Press Release | Foreign trade in goods, October 2026\n\nImports totalled $11.2 billion in October 2026, down 1.5 percent, with Japan the top supplier.')).toEqual(['Philippines']);
  });
  it('does not read the letters as the office before another word (guard)', () => {
    expect(areas('PBS NewsHour reported that exports from China rose 5 percent to $300 billion in October 2026.')).not.toContain('Pakistan');
  });
  it('does not read the acronym inside a sentence (guard)', () => {
    expect(areas('Analysts at BPS Capital said: exports from China rose 5 percent to $300 billion in October 2026.')).not.toContain('Indonesia');
  });
});

describe("a line's caption before its colon is the subject of the figures after it: non-trade indicators give no rows", () => {
  const trade = '\n- Exports: 23.77 trillion yuan, up 0.6 percent.';
  const head = 'Main indicators, 2025\n\n';
  const only = (line: string) => values(head + line + trade, '2026-02-28');
  it('drops "- Gross domestic product: ..." and keeps the exports line', () => {
    expect(only('- Gross domestic product: 126.06 trillion yuan, up 5.2 percent over 2024.')).toEqual([23.77e12]);
  });
  it('drops "* Retail sales of consumer goods: ..." with a bare change after the amount', () => {
    expect(only('* Retail sales of consumer goods: 48.79 trillion yuan, up 3.5%')).toEqual([23.77e12]);
  });
  it('drops "Fixed-asset investment: ..." with no bullet', () => {
    expect(only('Fixed-asset investment: 50.3 trillion yuan, down 3.8 percent')).toEqual([23.77e12]);
  });
  it('drops "• Grain output: ..." in tonnes', () => {
    expect(only('• Grain output: 706.5 million tonnes, 11.1 million tonnes more than the year before')).toEqual([23.77e12]);
  });
  it('drops "- Industrial production: ..." in another money', () => {
    expect(values('Main indicators, 2025\n\n- Industrial production: 48.2 trillion tenge, up 4.0 percent.\n- Exports: 79.4 billion US dollars, down 1.2 percent.', '2026-02-28')).toEqual([79.4e9]);
  });
  it('keeps a trade caption whose goods are for a non-trade use (guard)', () => {
    const rows = releaseRows(head + '- Imports of crude oil for domestic production: 2.3 trillion yuan, up 1.2 percent.', '2026-02-28');
    expect(rows.map((r) => levelTuple(r).slice(2))).toEqual([[2.3e12, 'CNY', 1.2]]);
  });
  it('keeps the figure after a colon closing a clause with a comma (guard)', () => {
    expect(values(head + 'Output rose sharply in 2025, the bureau said: exports reached 3.1 trillion yuan, up 5 percent.', '2026-02-28')).toContain(3.1e12);
  });
});

describe("the country's own activity listed beside foreign trade gives no rows", () => {
  const withExports = (sentence: string) => values(`${sentence} Exports came to 41.2 billion dollars in October 2026, up 3.0 percent.`, '2026-11-14');
  it('drops "the volume of retail trade was ..."', () => {
    expect(withExports('In October 2026 the volume of retail trade was 2.9 trillion tenge, up 6.4 percent.')).toEqual([41.2e9]);
  });
  it('drops "Wholesale and retail trade rose ..." with the verb first', () => {
    expect(withExports('Wholesale and retail trade rose 4.4 percent to 3.1 trillion rubles in October 2026.')).toEqual([41.2e9]);
  });
  it('drops "construction works increased by ..." as one item of a list', () => {
    expect(withExports('Industry grew in October 2026, construction works increased by 12.9 percent, and catering turnover reached 210 billion tenge.')).toEqual([41.2e9]);
  });
  it('drops a sector named alone before its verb ("Manufacturing rose ...", "mining activity grew ...")', () => {
    expect(withExports('Manufacturing rose 5.1 percent in October 2026, while mining activity grew 2.2 percent.')).toEqual([41.2e9]);
  });
  it('drops "online retail sales ..." and "the number of livestock ..."', () => {
    expect(withExports('Online retail sales of physical goods gained 6.3 percent in January-October 2026, and the number of livestock counted was 64.7 million head.')).toEqual([41.2e9]);
  });
  it('drops "retail sales of goods and consumer service revenue reached ..." and "revenue from consumer services ..."', () => {
    expect(withExports('Total retail sales of goods and consumer service revenue reached 576.1 trillion dong in October 2026, up 9.4%, and revenue from consumer services alone was 98.2 trillion dong.')).toEqual([41.2e9]);
  });
  it('drops travel within the country ("Domestic air passengers fell ... to 5.6 million", "domestic travellers numbered ...")', () => {
    expect(values('Exports came to US$23.4 billion in October 2026, up 11 percent. Domestic air passengers fell 3.1 percent to 5.6 million, and domestic travellers numbered 71.2 million.', '2026-11-14')).toEqual([23.4e9]);
  });
  it('keeps exports of a sector named before them (guard)', () => {
    expect(values('Manufacturing exports rose 5.1 percent to 12.4 billion dollars in October 2026.', '2026-11-14')).toEqual([12.4e9]);
  });
  it('keeps cross-border online sales, which are trade (guard)', () => {
    expect(values('Cross-border online sales to buyers abroad reached 2.3 billion dollars in October 2026, up 9 percent.', '2026-11-14')).toContain(2.3e9);
  });
});

describe('the second object of an aim, joined by "and" and its own preposition, is aimed at too', () => {
  const got = (text: string) => values(text, '2026-11-14');
  it('drops "aims at GDP growth of ... and at non-resource exports of ..."', () => {
    expect(got('For 2027 the government aims at GDP growth of around 4 percent and at non-resource exports of 41 billion dollars.')).toEqual([]);
  });
  it('drops "plans for a rail link ... and for exports of ..." after a long first object', () => {
    expect(got('The programme plans for a rebuilt rail link between the northern border and the Caspian ports by 2028 and for exports of 41 billion dollars.')).toEqual([]);
  });
  it('drops "is targeting a rise in ... and for shipments worth ..." in the present progressive', () => {
    expect(got('The cabinet is targeting a rise in household incomes next year and for shipments abroad worth $92 billion.')).toEqual([]);
  });
  it('drops "set goals of ... and of exports of ..." with a goal noun', () => {
    expect(got('The five-year programme set goals of 5 percent annual growth in farm output and of grain exports of 12 million tonnes.')).not.toContain(12e6);
  });
  it('drops "aimed for ... and for imports of ..." in the past', () => {
    expect(got('Last year the agency aimed for a smaller deficit in the budget and for oil imports of no more than 9 billion dollars.')).toEqual([]);
  });
  it('keeps a result joined by "and" after a plan, with a verb of its own (guard)', () => {
    expect(got('The plan to cut tariffs took effect in 2026, and exports of steel rose to $4.1 billion in October.')).toEqual([4.1e9]);
  });
  it('keeps an amount after "and" with a verb of its own even where a preposition follows (guard)', () => {
    expect(got('The government plans new rules for 2027, and to date exports have reached $6.2 billion in October 2026.')).toEqual([6.2e9]);
  });
});
