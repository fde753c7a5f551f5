/**
 * Rules widened in the fixing round for b209 (agencies with their own dollars): each phenomenon in several frames of our own,
 * with near misses that must stay as they were. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const withValue = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value);
const withYoy = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.yoy_pct === yoy);

describe('a first estimate in the passive, its adverb before "been", is superseded', () => {
  it('drops "had initially been estimated at" and keeps the next paragraph on the reported month', () => {
    const rows = releaseRows('OTTAWA, Nov 5 (wire) - Canada posted a merchandise trade deficit of C$1.1 billion in September, down from a revised C$1.6 billion in August. The August shortfall had initially been estimated at C$1.2 billion.\n\nExports rose 0.8 per cent to C$64.1 billion.', '2026-11-05');
    expect(rows.some((r) => Math.abs(r.value ?? 0) === 1.2e9)).toBe(false);
    expect(withValue(rows, 64.1e9)).toMatchObject({ period_start: '2026-09', period_end: '2026-09' });
  });
  it('drops "had originally been reported as" inside a relative clause', () => {
    const rows = releaseRows('WELLINGTON, 12 October - The June deficit, which had originally been reported as NZ$963 million, was revised to NZ$1,041 million.', '2026-10-12');
    expect(rows.some((r) => Math.abs(r.value ?? 0) === 963e6)).toBe(false);
    expect(rows.some((r) => Math.abs(r.value ?? 0) === 1041e6)).toBe(true);
  });
  it('drops "had earlier been put at" before "but now stand at"', () => {
    const rows = releaseRows('SINGAPORE, 17 Sept - Exports for July had earlier been put at S$49.3 billion but now stand at S$49.8 billion.', '2026-09-17');
    expect(withValue(rows, 49.3e9)).toBeUndefined();
    expect(withValue(rows, 49.8e9)).toBeDefined();
  });
  it('drops "had previously been given as" after a semicolon, with a pronoun subject', () => {
    const rows = releaseRows('CANBERRA, Oct 3 - Imports in August were lowered to A$36.2 billion; they had previously been given as A$36.8 billion.', '2026-10-03');
    expect(withValue(rows, 36.8e9)).toBeUndefined();
    expect(withValue(rows, 36.2e9)).toBeDefined();
  });
  it('drops "had first been placed at" with a glued ringgit amount', () => {
    const rows = releaseRows('KUALA LUMPUR, Aug 20 - The first-half surplus, which had first been placed at RM68.4bil, now reads RM67.9bil.', '2026-08-20');
    expect(withValue(rows, 68.4e9)).toBeUndefined();
    expect(withValue(rows, 67.9e9)).toBeDefined();
  });
  it('keeps an estimate with no word of earliness (guard)', () => {
    const rows = releaseRows('CANBERRA, Nov 6 - Goods exports were estimated at A$42.8 billion in October, the bureau said.', '2026-11-06');
    expect(withValue(rows, 42.8e9)).toMatchObject({ period_start: '2026-10', flow: 'export' });
  });
  it('keeps "for the first time ... were put at" (guard)', () => {
    const rows = releaseRows('SYDNEY, Nov 6 - For the first time, monthly exports were put at over A$45 billion in October.', '2026-11-06');
    expect(withValue(rows, 45e9)).toBeDefined();
  });
});

describe('a change that "came from" a territory with its own statistics is of trade with it', () => {
  it('reads "The largest gains came from Taiwan (+38.1 per cent)"', () => {
    const rows = releaseRows("SINGAPORE, 18 Aug - Singapore's non-oil domestic exports rose 5.9 per cent in July. The largest gains came from Taiwan (+38.1 per cent).", '2026-08-18');
    expect(withYoy(rows, 38.1)).toMatchObject({ partner: 'Taiwan', value: null });
  });
  it('reads "Much of the increase in shipments came from Hong Kong, up 30.2 percent"', () => {
    const rows = releaseRows('SEOUL, Oct 1 - Exports rose 16.9 percent in September. Much of the increase in shipments came from Hong Kong, up 30.2 percent.', '2026-10-01');
    expect(withYoy(rows, 30.2)).toMatchObject({ partner: 'Hong Kong', area: 'South Korea' });
  });
  it('reads "The biggest contribution came from Taiwan, where shipments were up 12.4 percent"', () => {
    const rows = releaseRows('TOKYO, Nov 19 - Exports grew 3.1 percent in October. The biggest contribution came from Taiwan, where shipments were up 12.4 percent.', '2026-11-19');
    expect(withYoy(rows, 12.4)).toMatchObject({ partner: 'Taiwan', area: 'Japan' });
  });
  it('reads "The steepest decline came from Hong Kong (-19.5 percent)"', () => {
    const rows = releaseRows('MANILA, Dec 10 - Exports fell 2.0 percent in October. The steepest decline came from Hong Kong (-19.5 percent).', '2026-12-10');
    expect(withYoy(rows, -19.5)).toMatchObject({ partner: 'Hong Kong', area: 'Philippines' });
  });
  it('reads "A further boost came from Macao, with sales up 41.0 percent"', () => {
    const rows = releaseRows('BANGKOK, Nov 21 - Exports rose 7.4 percent in October. A further boost came from Macao, with sales up 41.0 percent.', '2026-11-21');
    expect(withYoy(rows, 41)).toMatchObject({ partner: 'Macao', area: 'Thailand' });
  });
  it('keeps trains that came from a border station as the other end of their run (guard)', () => {
    const rows = releaseRows('HORGOS, Dec 3 - In November, 412 trains came from Altynkol carrying 380,000 tonnes of goods.', '2026-12-03');
    expect(rows.every((r) => r.partner !== 'Altynkol' && r.area !== 'Altynkol')).toBe(true);
  });
  it('does not give the growth of an earlier level to a territory the change did not come from (guard)', () => {
    const rows = releaseRows("SINGAPORE, 18 Aug - Singapore's total exports came to S$54.8 billion in July. Exports to Taiwan came to S$5.1 billion.", '2026-08-18');
    expect(withValue(rows, 54.8e9)).toMatchObject({ partner: 'World', yoy_pct: null });
  });
});

describe('a plural name of goods as the subject of a change in percent names the goods that changed', () => {
  const lead = "SINGAPORE, 18 Aug - Singapore's total exports came to S$54.8 billion in July.\n\n";
  it('reads "Within non-electronics, pharmaceuticals dropped 22.6 per cent" apart from the earlier level', () => {
    const rows = releaseRows(`${lead}Within non-electronics, pharmaceuticals dropped 22.6 per cent.`, '2026-08-18');
    expect(withValue(rows, 54.8e9)?.yoy_pct).toBeNull();
    expect(withYoy(rows, -22.6)).toMatchObject({ value: null, commodity: 'pharmaceuticals' });
  });
  it('reads two-word goods in a clause after "while"', () => {
    const rows = releaseRows(`${lead}Mobile phones rose 9.1 per cent, while personal computers fell 3.3 per cent.`, '2026-08-18');
    expect(withYoy(rows, 9.1)).toMatchObject({ value: null, commodity: 'mobile phones' });
    expect(withYoy(rows, -3.3)).toMatchObject({ value: null, commodity: 'personal computers' });
  });
  it('reads "were down" after an opening "Among farm goods,"', () => {
    const rows = releaseRows(`${lead}Among farm goods, soybeans were down 4.4 per cent.`, '2026-08-18');
    expect(withYoy(rows, -4.4)).toMatchObject({ value: null, commodity: 'soybeans' });
  });
  it('reads goods opening the sentence with no frame', () => {
    const rows = releaseRows(`${lead}Cut flowers jumped 15.0 per cent.`, '2026-08-18');
    expect(withYoy(rows, 15)).toMatchObject({ value: null, commodity: 'cut flowers' });
    expect(withValue(rows, 54.8e9)?.yoy_pct).toBeNull();
  });
  it('reads goods in a clause after ", and"', () => {
    const rows = releaseRows(`${lead}Of the rest, frozen prawns slumped 11.2 per cent, and canned sardines advanced 2.5 per cent.`, '2026-08-18');
    expect(withYoy(rows, -11.2)).toMatchObject({ commodity: 'frozen prawns' });
    expect(withYoy(rows, 2.5)).toMatchObject({ commodity: 'canned sardines' });
  });
  it('gives a bare flow subject\'s change to the level before (guard)', () => {
    const rows = releaseRows(`${lead}Exports dropped 4.0 per cent.`, '2026-08-18');
    expect(withValue(rows, 54.8e9)?.yoy_pct).toBe(-4);
  });
  it('reads no goods in a measure word such as "volumes" (guard)', () => {
    const rows = releaseRows(`${lead}Volumes dropped 4.0 per cent.`, '2026-08-18');
    expect(rows.some((r) => r.commodity === 'volumes')).toBe(false);
  });
});

describe('an amount after an average exchange rate closed by a comma is the converted level, not a price', () => {
  const brazil = 'BRASILIA, Apr 6 - Brazil posted a trade surplus of US$8.21 billion in March, 14.7% more than a year earlier. ';
  it('reads "At the month\'s average exchange rate, that was equivalent to R$..."', () => {
    const rows = releaseRows(`${brazil}At the month's average exchange rate, that was equivalent to R$46.8 billion.`, '2026-04-06');
    expect(withValue(rows, 46.8e9)).toMatchObject({ unit: 'BRL', flow: 'balance', yoy_pct: 14.7 });
  });
  it('reads a participle opening, "Converted at the average exchange rate,"', () => {
    const rows = releaseRows(`${brazil}Converted at the average exchange rate, it comes to R$46.8 billion.`, '2026-04-06');
    expect(withValue(rows, 46.8e9)).toMatchObject({ unit: 'BRL', flow: 'balance' });
  });
  it('reads "At an average exchange rate of the month, this is"', () => {
    const rows = releaseRows(`${brazil}At an average exchange rate of the month, this is R$46.8 billion.`, '2026-04-06');
    expect(withValue(rows, 46.8e9)).toMatchObject({ unit: 'BRL' });
  });
  it('reads "At the won\'s average conversion rate, the figure was KRW..."', () => {
    const rows = releaseRows("SEOUL, Oct 1 - South Korea's exports rose 16.9% to USD55.8bn in September. At the won's average conversion rate, the figure was KRW65.4trillion.", '2026-10-01');
    expect(withValue(rows, 65.4e12)).toMatchObject({ unit: 'KRW', flow: 'export', yoy_pct: 16.9 });
  });
  it('reads "At the average rupiah exchange rate, this was around Rp..."', () => {
    const rows = releaseRows("JAKARTA, Nov 16 - Indonesia's trade surplus was US$3.6 billion in October, up 12.0 percent on the year. At the average rupiah exchange rate, this was around Rp56.1 trillion.", '2026-11-16');
    expect(withValue(rows, 56.1e12)).toMatchObject({ unit: 'IDR', flow: 'balance' });
  });
  it('reads no row in the rate itself given as the predicate after the comma (guard)', () => {
    const rows = releaseRows('BRASILIA, Apr 6 - Brazil posted a trade surplus of US$8.21 billion in March. The average exchange rate for March, at R$5.71, was the lowest of the year.', '2026-04-06');
    expect(withValue(rows, 5.71)).toBeUndefined();
  });
  it('reads no row in a rate with no comma before its amount (guard)', () => {
    const rows = releaseRows('BRASILIA, Apr 6 - Brazil posted a trade surplus of US$8.21 billion in March. In March the average dollar exchange rate stood at R$5.71.', '2026-04-06');
    expect(withValue(rows, 5.71)).toBeUndefined();
  });
});

describe('an aim in the past or in progress ("aimed for", "was aiming for") is no result', () => {
  it('drops "Officials had aimed for annual shipments of USD640bn"', () => {
    const rows = releaseRows("SEOUL, Oct 1 - South Korea's exports rose 16.9% to USD55.8bn in September. Officials had aimed for annual shipments of USD640bn.", '2026-10-01');
    expect(withValue(rows, 640e9)).toBeUndefined();
  });
  it('drops "The ministry was aiming for exports of NZ$80 billion"', () => {
    const rows = releaseRows('WELLINGTON, 15 July - Exports were NZ$6.1 billion in June. The ministry was aiming for exports of NZ$80 billion in the year to June.', '2026-07-15');
    expect(withValue(rows, 80e9)).toBeUndefined();
  });
  it('drops "Planners aimed for a surplus of A$120 billion"', () => {
    const rows = releaseRows('CANBERRA, July 15 - The goods surplus was A$5.9 billion in June. Planners aimed for a surplus of A$120 billion over the financial year.', '2026-07-15');
    expect(withValue(rows, 120e9)).toBeUndefined();
  });
  it('drops "Exporters were aiming for a full-year haul of RM1.5 trillion"', () => {
    const rows = releaseRows("KUALA LUMPUR, March 10 - Malaysia's exports rose 4.1 per cent to RM121.9bil in February. Exporters were aiming for a full-year haul of RM1.5 trillion, the association said.", '2026-03-10');
    expect(withValue(rows, 1.5e12)).toBeUndefined();
  });
  it('drops "the government aimed for a record" with a glued code', () => {
    const rows = releaseRows('SEOUL, Oct 1 - Exports rose 16.9% to USD55.8bn in September, and the government aimed for a record USD600bn in annual exports.', '2026-10-01');
    expect(withValue(rows, 600e9)).toBeUndefined();
    expect(withValue(rows, 55.8e9)).toBeDefined();
  });
  it('keeps goods "aimed at" a market (guard)', () => {
    const rows = releaseRows("KUALA LUMPUR, March 10 - Malaysia's exports rose 4.1 per cent in February. Shipments aimed at the US market totalled RM18.2bil.", '2026-03-10');
    expect(withValue(rows, 18.2e9)).toBeDefined();
  });
  it('keeps a level stated before firms "aimed for" new markets (guard)', () => {
    const rows = releaseRows("KUALA LUMPUR, March 10 - Malaysia's exports rose 4.1 per cent to RM121.9bil in February, as firms aimed for new markets.", '2026-03-10');
    expect(withValue(rows, 121.9e9)).toMatchObject({ yoy_pct: 4.1 });
  });
});

describe('an outlook that holds, sees or puts a level, or frames its clause, is a forecast', () => {
  const lead = "PERTH, Feb 6 - Australia's goods exports were A$41.7 billion in December. ";
  it('drops "The department\'s latest quarterly outlook has coal export earnings easing to"', () => {
    const rows = releaseRows(`${lead}The department's latest quarterly outlook has coal export earnings easing to A$70 billion in 2026.`, '2026-02-06');
    expect(withValue(rows, 70e9)).toBeUndefined();
  });
  it('drops "The bank\'s outlook puts wheat shipments at"', () => {
    const rows = releaseRows(`${lead}The bank's outlook puts wheat shipments at 26 million tonnes for the season.`, '2026-02-06');
    expect(withValue(rows, 26e6)).toBeUndefined();
  });
  it('drops a figure after "In its December outlook,"', () => {
    const rows = releaseRows(`${lead}In its December outlook, the agency sees LNG earnings of A$45 billion this year.`, '2026-02-06');
    expect(withValue(rows, 45e9)).toBeUndefined();
  });
  it('drops a figure after "According to the ministry\'s outlook,"', () => {
    const rows = releaseRows("WELLINGTON, 6 Feb - New Zealand's goods exports were NZ$6.2 billion in December. According to the ministry's outlook, dairy exports total NZ$26 billion in the year to June 2026.", '2026-02-06');
    expect(withValue(rows, 26e9)).toBeUndefined();
  });
  it('drops "The outlook for iron ore now shows earnings of"', () => {
    const rows = releaseRows(`${lead}The outlook for iron ore now shows earnings of A$102 billion in 2026.`, '2026-02-06');
    expect(withValue(rows, 102e9)).toBeUndefined();
  });
  it('keeps a result beside an outlook only mentioned (guard)', () => {
    const rows = releaseRows("PERTH, Feb 6 - Despite a weaker outlook, Australia's goods exports rose 3.1% to A$42.8 billion in December.", '2026-02-06');
    expect(withValue(rows, 42.8e9)).toMatchObject({ yoy_pct: 3.1 });
  });
  it('keeps a result after a clause on the outlook closed by a semicolon (guard)', () => {
    const rows = releaseRows("PERTH, Feb 6 - The outlook remains uncertain; Australia's goods exports reached A$41.7 billion in December.", '2026-02-06');
    expect(withValue(rows, 41.7e9)).toBeDefined();
  });
});

describe('"trade" after a demonstrative names back the flow of the figure before it', () => {
  it('reads "the value of that trade" in the same sentence as the tonnage shipped', () => {
    const rows = releaseRows('PERTH, Feb 6 - Australia shipped 81.6 million tonnes of iron ore in December, yet the value of that trade fell 7.9% to A$10.4 billion.', '2026-02-06');
    expect(withValue(rows, 10.4e9)).toMatchObject({ flow: 'export' });
  });
  it('reads "The value of that trade" opening the next sentence', () => {
    const rows = releaseRows('CANBERRA, Feb 6 - Australia exported 81.6 million tonnes of iron ore in December. The value of that trade fell 7.9% to A$10.4 billion.', '2026-02-06');
    expect(withValue(rows, 10.4e9)).toMatchObject({ flow: 'export' });
  });
  it('reads "that trade came to" after a semicolon, after purchases', () => {
    const rows = releaseRows('HANOI, Feb 6 - Vietnam bought 1.2 million tonnes of cotton in 2025; that trade came to US$2.1 billion.', '2026-02-06');
    expect(withValue(rows, 2.1e9)).toMatchObject({ flow: 'import' });
  });
  it('reads "Such trade was worth"', () => {
    const rows = releaseRows('LIMA, Feb 6 - Peru shipped 230,000 tonnes of copper in December. Such trade was worth US$2.4 billion, up 11.0% on the year.', '2026-02-06');
    expect(withValue(rows, 2.4e9)).toMatchObject({ flow: 'export' });
  });
  it('reads "this trade" after imports', () => {
    const rows = releaseRows("SANTIAGO, Feb 6 - Chile imported 2.1 million tonnes of wheat in 2025; this trade was worth US$610 million.", '2026-02-06');
    expect(withValue(rows, 610e6)).toMatchObject({ flow: 'import' });
  });
  it('keeps two-way trade total (guard)', () => {
    const rows = releaseRows('PERTH, Feb 6 - Two-way trade rose 5% to A$60 billion in December.', '2026-02-06');
    expect(withValue(rows, 60e9)).toMatchObject({ flow: 'total' });
  });
  it('keeps trade with a partner total after an export sentence (guard)', () => {
    const rows = releaseRows('PERTH, Feb 6 - Australia exported A$41.7 billion of goods in December. Trade with Japan totalled A$9 billion.', '2026-02-06');
    expect(withValue(rows, 9e9)).toMatchObject({ flow: 'total', partner: 'Japan' });
  });
});

describe('"trade" naming a publication, a gathering or a dispute is no flow', () => {
  const ore = 'Australia shipped 81.6 million tonnes of iron ore in December';
  it('reads a dateline tag "(trade paper)"', () => {
    expect(withValue(releaseRows(`PERTH (trade paper) - ${ore}.`, '2026-02-06'), 81.6e6)).toMatchObject({ flow: 'export' });
  });
  it('reads "A trade newsletter said" before the clause', () => {
    expect(withValue(releaseRows(`SYDNEY, Feb 6 - A trade newsletter said ${ore}.`, '2026-02-06'), 81.6e6)).toMatchObject({ flow: 'export' });
  });
  it('reads "The trade press reported that"', () => {
    expect(withValue(releaseRows(`SYDNEY, Feb 6 - The trade press reported that ${ore}.`, '2026-02-06'), 81.6e6)).toMatchObject({ flow: 'export' });
  });
  it('reads "Trade negotiators noted that"', () => {
    expect(withValue(releaseRows(`SYDNEY, Feb 6 - Trade negotiators noted that ${ore}.`, '2026-02-06'), 81.6e6)).toMatchObject({ flow: 'export' });
  });
  it('reads "At a trade fair in Perth officials said" and a closing "as reported by a trade journal"', () => {
    expect(withValue(releaseRows(`SYDNEY, Feb 6 - At a trade fair in Perth officials said ${ore}.`, '2026-02-06'), 81.6e6)).toMatchObject({ flow: 'export' });
    expect(withValue(releaseRows(`SYDNEY, Feb 6 - ${ore} as reported by a trade journal.`, '2026-02-06'), 81.6e6)).toMatchObject({ flow: 'export' });
  });
  it('keeps "trade" before a figure as total trade (guard)', () => {
    expect(withValue(releaseRows('SYDNEY, Feb 6 - Trade with India rose to A$4.2 billion in December.', '2026-02-06'), 4.2e9)).toMatchObject({ flow: 'total' });
  });
  it('keeps "trade data" naming no publication as before (guard)', () => {
    expect(withValue(releaseRows('SYDNEY, Feb 6 - Trade figures showed two-way trade of A$61.3 billion in December.', '2026-02-06'), 61.3e9)).toMatchObject({ flow: 'total' });
  });
});

describe('a sentence set against both the month before and that month a year earlier reports that month, and so do the next ones', () => {
  it('dates the next sentence December after "from November ... compared with ... December 2024"', () => {
    const rows = releaseRows("CANBERRA, Feb 6 - For calendar 2025, Australia's goods exports totalled A$480 billion. In seasonally adjusted terms, exports fell 1.8% from November to A$41.7 billion, and the surplus came to A$4.6 billion, compared with A$5.1 billion in December 2024. Coal earnings rose 5.3% year on year to A$6.2 billion.", '2026-02-06');
    expect(withValue(rows, 6.2e9)).toMatchObject({ period_start: '2025-12', period_end: '2025-12' });
  });
  it('reads "from November ..., against ... in December 2024"', () => {
    const rows = releaseRows("OTTAWA, Feb 6 - In 2025 as a whole, Canada's exports reached C$780 billion. Exports edged up 0.6% from November to C$64.9 billion, against C$61.2 billion in December 2024. Energy exports grew 3.0% on the year to C$14.1 billion.", '2026-02-06');
    expect(withValue(rows, 14.1e9)).toMatchObject({ period_start: '2025-12', period_end: '2025-12' });
  });
  it('reads two bases as amounts "up from ... in November and from ... in December 2024"', () => {
    const rows = releaseRows("WELLINGTON, 6 Feb - New Zealand's exports for 2025 were NZ$72 billion. Monthly exports were NZ$6.4 billion, up from NZ$6.1 billion in November and from NZ$6.0 billion in December 2024. Dairy exports rose 8.2% to NZ$2.1 billion.", '2026-02-06');
    expect(withValue(rows, 2.1e9)).toMatchObject({ period_start: '2025-12', period_end: '2025-12' });
  });
  it('reads imports set against November and December 2024 in a report on the year', () => {
    const rows = releaseRows("SEOUL, Jan 2 - South Korea's exports for 2025 came to USD690bn. Imports rose 2.1% from November to USD52.3bn, compared with USD50.8bn in December 2024. Crude imports fell 6.5% to USD7.1bn.", '2026-01-02');
    expect(withValue(rows, 7.1e9)).toMatchObject({ period_start: '2025-12', period_end: '2025-12' });
  });
  it('reads a balance that widened "from ... in November, and from ... in December 2024"', () => {
    const rows = releaseRows("SINGAPORE, 6 Feb - Singapore's total trade in 2025 reached S$1.3 trillion. The surplus widened to S$6.8 billion from S$5.9 billion in November, and from S$6.1 billion in December 2024. Electronics exports rose 12.0% to S$5.2 billion.", '2026-02-06');
    expect(withValue(rows, 5.2e9)).toMatchObject({ period_start: '2025-12', period_end: '2025-12' });
  });
  it('keeps the year to date after a sentence set against the month before only (guard)', () => {
    const rows = releaseRows("BEIJING, Dec 8 - Over the first 11 months, China's crude imports totalled 511.6 million tons. Exports of refined fuel climbed to 5.2 million tons from 4.6 million tons in October. Coal imports slid 13.2% to 42.1 million tons.", '2025-12-08');
    expect(withValue(rows, 42.1e6)).toMatchObject({ period_start: '2025-01', period_end: '2025-11' });
  });
  it('keeps the year after a base of the year before (guard)', () => {
    const rows = releaseRows("CANBERRA, Feb 6 - For calendar 2025, Australia's goods exports totalled A$480 billion, compared with A$470 billion in 2024. Coal earnings rose 5.3% to A$62 billion.", '2026-02-06');
    expect(withValue(rows, 62e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
});

describe('"that trade" with the level it names back in its own clause', () => {
  // The level's flow is chosen from its own clause, whose cue is the same "that trade": the lookup must not go round.
  it('reads a city\'s part "of that trade" after the province\'s total, without failing the release', () => {
    const rows = releaseRows("XI'AN, April 20 - Shaanxi's imports and exports reached 150.2 billion yuan in the first quarter. Xi'an, the provincial capital, handled 120.4 billion yuan of that trade, up 8.1 percent.", '2026-04-20');
    expect(withValue(rows, 120.4e9)).toMatchObject({ flow: 'total', yoy_pct: 8.1, period_start: '2026-01', period_end: '2026-03' });
  });
  it('reads "this trade" after an amount in the same clause', () => {
    const rows = releaseRows('NANNING, May 9 - The port cleared 8.3 billion yuan of this trade in April, 5.2 percent more than a year earlier.', '2026-05-09');
    expect(withValue(rows, 8.3e9)).toBeDefined();
  });
  it('keeps "of that trade" total after a sentence that gave both ways', () => {
    const rows = releaseRows('HEFEI, May 18 - Anhui\'s foreign trade came to 310.5 billion yuan in the first four months. Exports grew 9.2 percent to 190.1 billion yuan, while imports slipped 1.4 percent to 120.4 billion yuan. Hefei accounted for 180.2 billion yuan of that trade, up 6.6 percent.', '2026-05-18');
    expect(withValue(rows, 180.2e9)).toMatchObject({ flow: 'total', yoy_pct: 6.6 });
  });
  it('still takes the one way of the sentence before', () => {
    const rows = releaseRows('PERTH, Feb 6 - Australia exported 81.6 million tonnes of iron ore in December. Port Hedland handled 40.2 million tonnes of that trade.', '2026-02-06');
    expect(withValue(rows, 40.2e6)).toMatchObject({ flow: 'export' });
  });
});
