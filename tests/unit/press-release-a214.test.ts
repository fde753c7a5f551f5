/**
 * Round a214: the leftovers of b290 (transfer test 16), read by widening rules of rounds a191-a198 to other wordings.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

/** The flow and area of the row of `value`, or undefined when no row has it. */
const rowOf = (text: string, value: number, published: string) => {
  const r = releaseRows(text, published).find((x) => x.value === value);
  return r && { area: r.area, flow: r.flow };
};

describe('a speaker\'s "we" selling or buying, or goods sold to "us", give the speaker\'s export or import', () => {
  it('reads "We sold them ..." as an export and "they sold us ... worth" as an import', () => {
    const text = 'ASTANA, March 3 -- Kazakhstan\'s trade minister answered questions on trade with Uzbekistan.\n\nQ: How did trade go last year?\n\nA: Very well. We sold them 2.8 billion dollars of grain and steel in 2024, and they sold us fruit, vegetables and cars worth 1.1 billion dollars.';
    expect(rowOf(text, 2.8e9, '2025-03-03')).toEqual({ area: 'Kazakhstan', flow: 'export' });
    expect(rowOf(text, 1.1e9, '2025-03-03')).toEqual({ area: 'Kazakhstan', flow: 'import' });
  });
  it('reads "Kenya, for its part, sold us ... worth" in a quote as an import', () => {
    const text = 'Islamabad, 12 May 2025 -- Pakistan\'s commerce secretary spoke to reporters about trade with Kenya.\n\n"Kenya, for its part, sold us tea and cut flowers worth US$ 420 million in 2024," he said.';
    expect(rowOf(text, 420e6, '2025-05-12')).toEqual({ area: 'Pakistan', flow: 'import' });
  });
  it('reads "we bought ... from them" as an import and "they bought from us ... worth" as an export', () => {
    const text = 'BELGRADE, April 2 -- Serbia\'s energy minister told parliament that gas links with Hungary were vital. "Last year we bought 1.9 billion euros of gas from them, and in return they bought from us electricity worth 640 million euros," she said.';
    expect(rowOf(text, 1.9e9, '2025-04-02')).toEqual({ area: 'Serbia', flow: 'import' });
    expect(rowOf(text, 640e6, '2025-04-02')).toEqual({ area: 'Serbia', flow: 'export' });
  });
  it('reads "We also supplied them with ... worth" as an export', () => {
    const text = 'ULAANBAATAR, Jan 20 -- Mongolia\'s finance minister said in an interview that coal trade with China set a record in 2024. "We also supplied them with copper concentrate worth 5.2 billion dollars," he added.';
    expect(rowOf(text, 5.2e9, '2025-01-20')).toEqual({ area: 'Mongolia', flow: 'export' });
  });
  it('reads "we shipped Egypt ..." as an export', () => {
    const text = 'MOSCOW, Feb 10 -- Russia\'s deputy agriculture minister said in an interview that grain trade with Egypt kept growing. "In 2024 we shipped Egypt 9.4 million tonnes of wheat," he said.';
    expect(rowOf(text, 9.4e6, '2025-02-10')).toEqual({ area: 'Russia', flow: 'export' });
  });
  it('reads "they have sold us ... this year" at the other end of a figure\'s sentence as an import', () => {
    const text = 'HANOI, Oct 8 -- Vietnam\'s industry minister met Lao officials. "Laos has been generous: in the first nine months they have sold us 3.1 million tonnes of coal," he told reporters.';
    expect(rowOf(text, 3.1e6, '2025-10-08')).toEqual({ area: 'Vietnam', flow: 'import' });
  });
  it('lets a flow word between the speaker\'s verb and the figure decide (near miss)', () => {
    const text = 'ASTANA, March 3 -- Kazakhstan\'s trade minister said trade with Uzbekistan grew. "We sold them more grain than ever, and imports of fertilizer came to 900 million dollars in 2024," he said.';
    expect(rowOf(text, 900e6, '2025-03-03')?.flow).toBe('import');
  });
  it('reads no buyer in "sold US$ ..." (near miss)', () => {
    const text = 'COLOMBO, June 2 -- Sri Lanka\'s exports of apparel rose in 2024. Sri Lanka sold US$ 1.3 billion of garments abroad in 2024, the export board said.';
    expect(rowOf(text, 1.3e9, '2025-06-02')).toEqual({ area: 'Sri Lanka', flow: 'export' });
  });
});

describe('a holder pointed back to ("it", "they", "which", "the country") taking a share of the goods shipped from a place gives that place\'s export', () => {
  const share = (text: string, value: number, published: string) => releaseRows(text, published).find((x) => x.unit === 'percent-share' && x.value === value);
  it('reads "...: it took 38 percent of all goods shipped from Brunei"', () => {
    const r = share('KUALA LUMPUR, May 5 -- Malaysia\'s trade with its neighbours grew in 2024. Malaysia remains Brunei\'s biggest customer: it took 38 percent of all goods shipped from Brunei in 2024, the statistics department said.', 38, '2025-05-05');
    expect([r?.area, r?.flow]).toEqual(['Brunei', 'export']);
  });
  it('reads "and it bought 41 percent of the rice exported from Vietnam"', () => {
    const r = share('MANILA, Feb 3 -- The Philippines imported 4.7 million tonnes of rice in 2024. The country remained the top buyer in the region, and it bought 41 percent of the rice exported from Vietnam in 2024.', 41, '2025-02-03');
    expect([r?.area, r?.flow]).toEqual(['Vietnam', 'export']);
  });
  it('reads "together they took 27 percent of all salmon shipped from Norway"', () => {
    const r = share('TOKYO, March 9 -- Japan\'s seafood imports rose in 2024. Japan and South Korea stay the main buyers of Norwegian salmon; together they took 27 percent of all salmon shipped from Norway in 2024.', 27, '2025-03-09');
    expect([r?.area, r?.flow]).toEqual(['Norway', 'export']);
  });
  it('reads "The country alone absorbed 58 percent of the coal sent abroad from Indonesia"', () => {
    const r = share('BEIJING, Feb 12 -- China\'s coal imports hit a record in 2024. The country alone absorbed 58 percent of the coal sent abroad from Indonesia last year, traders said.', 58, '2025-02-12');
    expect([r?.area, r?.flow]).toEqual(['Indonesia', 'export']);
  });
  it('reads "(it received 12 percent of the goods sent from Tanzania ...)" in a bracket', () => {
    const r = share('NAIROBI, April 4 -- Kenya\'s exports to Uganda rose in 2024. Uganda is also a buyer of Tanzanian goods (it received 12 percent of the goods sent from Tanzania in 2024).', 12, '2025-04-04');
    expect([r?.area, r?.flow]).toEqual(['Tanzania', 'export']);
  });
  it('leaves a share of the goods shipped to a place to the release (near miss)', () => {
    const r = share('KUALA LUMPUR, May 5 -- Malaysia\'s trade with its neighbours grew in 2024. Brunei remains a key market: it took 38 percent of all goods shipped to Brunei in 2024.', 38, '2025-05-05');
    expect(r?.area).toBe('Malaysia');
  });
  it('leaves a share a hub handled, no holder\'s, to the release (near miss)', () => {
    const r = share('KUALA LUMPUR, May 5 -- Malaysia\'s trade with its neighbours grew in 2024. Singapore stays the hub: it handled 38 percent of all goods shipped from Brunei in 2024.', 38, '2025-05-05');
    expect(r?.area).toBe('Malaysia');
  });
});

describe('a country taking a share of the goods "the country" (or "it") exported gives the exporter\'s share, the exporter its agency\'s country or the area in force', () => {
  const share = (text: string, value: number, published: string) => releaseRows(text, published).find((x) => x.unit === 'percent-share' && x.value === value);
  it('reads "China took 45 percent of the canola the country exported ..., Statistics Canada reported" after China\'s own figure', () => {
    const r = share('BEIJING, Sept 3 -- China bought 1.1 million tonnes of Canadian canola in August.\n\nOn the Canadian side, China took 45 percent of the canola the country exported in the first half, Statistics Canada reported.', 45, '2025-09-03');
    expect([r?.area, r?.flow]).toEqual(['Canada', 'export']);
  });
  it('reads "India absorbed 30 percent of the soybean oil that the country exported ..., according to INDEC"', () => {
    const r = share('NEW DELHI, Feb 14 -- India imported 3.4 million tonnes of soybean oil in 2024. India absorbed 30 percent of the soybean oil that the country exported in 2024, according to INDEC.', 30, '2025-02-14');
    expect([r?.area, r?.flow]).toEqual(['Argentina', 'export']);
  });
  it('reads "Turkey took 31 percent of the scrap the country exported, according to Japan Customs" in a release on Turkey', () => {
    const r = share('ANKARA, March 2 -- Turkey imported 20 million tonnes of scrap in 2024. Turkey took 31 percent of the scrap the country exported in 2024, according to Japan Customs.', 31, '2025-03-02');
    expect([r?.area, r?.flow]).toEqual(['Japan', 'export']);
  });
  it('reads "China purchased 73 percent of the soybeans which the country had shipped" with its export, Secex cited', () => {
    const r = share('BEIJING, Feb 5 -- China imported 105 million tonnes of soybeans in 2024. China purchased 73 percent of the soybeans which the country had shipped in 2024, Brazil\'s foreign trade secretariat Secex said.', 73, '2025-02-05');
    expect([r?.area, r?.flow]).toEqual(['Brazil', 'export']);
  });
  it('reads "China bought 38 percent of all the milk powder it sold abroad, Statistics New Zealand said"', () => {
    const r = share('SHANGHAI, March 4 -- China imported 1.6 million tonnes of dairy products in 2024. China bought 38 percent of all the milk powder it sold abroad in 2024, Statistics New Zealand said.', 38, '2025-03-04');
    expect([r?.area, r?.flow]).toEqual(['New Zealand', 'export']);
  });
  it('reads "Japan bought 22 percent of the beef the country shipped abroad" in a release on Australia (older rules hold it too)', () => {
    const r = share('SYDNEY, Aug 5 -- Australian beef exports rose in July. Japan bought 22 percent of the beef the country shipped abroad in July, and South Korea 18 percent.', 22, '2025-08-05');
    expect([r?.area, r?.flow]).toEqual(['Australia', 'export']);
  });
  it('leaves the goods the buyer itself imported to the buyer (near miss)', () => {
    const r = share('SYDNEY, Aug 5 -- Australian beef exports rose in July. Japan bought 22 percent of the beef it imported in July from the United States.', 22, '2025-08-05');
    expect([r?.area, r?.flow]).toEqual(['Japan', 'import']);
  });
  it('leaves a whole the buyer took in to the buyer\'s imports (near miss)', () => {
    const r = share('BEIJING, Sept 3 -- China bought 1.1 million tonnes of Canadian canola in August.\n\nChina took 45 percent of the canola the country imported in the first half.', 45, '2025-09-03');
    expect([r?.area, r?.flow]).toEqual(['China', 'import']);
  });
});

describe('cargo a port\'s books call landed, discharged, unloaded or offloaded came in; loaded cargo went out', () => {
  const port = (sentence: string) => releaseRows(`DURBAN, July 20 -- The port of Richards Bay reported its half-year figures on Monday. ${sentence}`, '2025-07-20').map((r) => [r.value, r.flow]);
  it('reads "Landed cargo, mostly fuel, ..., came to" as an import', () => {
    expect(port('Landed cargo, mostly fuel, wheat and cement, came to 1.2 million tonnes in the first half.')).toContainEqual([1.2e6, 'import']);
  });
  it('reads "Discharged cargo rose 8 percent to" as an import', () => {
    expect(port('Discharged cargo rose 8 percent to 840,000 tonnes in the first half.')).toContainEqual([840000, 'import']);
  });
  it('reads "Unloaded freight totalled" as an import', () => {
    expect(port('Unloaded freight totalled 2.4 million tonnes in the first half, most of it clinker and fertilizer.')).toContainEqual([2.4e6, 'import']);
  });
  it('reads "In the first half, offloaded cargo reached" as an import', () => {
    expect(port('In the first half, offloaded cargo reached 310,000 tonnes.')).toContainEqual([310000, 'import']);
  });
  it('reads "Loaded cargo amounted to" as an export', () => {
    expect(port('Loaded cargo amounted to 3.1 million tonnes in the first half, led by iron ore.')).toContainEqual([3.1e6, 'export']);
  });
  it('keeps cargo handled, with no word of its way, both ways (near miss)', () => {
    expect(port('Cargo handled at the port reached 4.3 million tonnes in the first half.')).toContainEqual([4.3e6, 'total']);
  });
  it('reads no way of goods in "loaded cargo trucks" (near miss)', () => {
    expect(port('Fully loaded cargo trucks carried 120,000 tonnes of goods to the port in the first half.')).toContainEqual([120000, 'total']);
  });
});

describe('amounts listed again "respectively" take the ways of the two sentences before, one way each, in order', () => {
  const flowsOf = (text: string, published: string, start: string) => releaseRows(text, published).filter((r) => r.period_start === start).map((r) => [r.value, r.flow]);
  it('reads "Shipments from the port ... Landed cargo ... the comparable figures were ... respectively"', () => {
    expect(flowsOf('DURBAN, July 20 -- Richards Bay, South Africa\'s largest coal port, reported its half-year figures. Shipments from the port amounted to 2.1 million tonnes. Landed cargo came to 1.4 million tonnes. In the first half of 2024 the comparable figures were 1.9 million tonnes and 1.5 million tonnes respectively.', '2025-07-20', '2024-01')).toEqual([[1.9e6, 'export'], [1.5e6, 'import']]);
  });
  it('reads "Exports reached ... Imports came to ... the corresponding amounts were ... respectively"', () => {
    expect(flowsOf('SANTIAGO, Oct 20 -- Chile\'s exports reached 24.2 billion dollars in the third quarter. Imports came to 19.1 billion dollars. In the third quarter of 2024 the corresponding amounts were 22.9 billion dollars and 18.8 billion dollars respectively.', '2025-10-20', '2024-07')).toEqual([[22.9e9, 'export'], [18.8e9, 'import']]);
  });
  it('reads imports first: "Imports ... fell ... Exports rose ... In 2024 they were ... respectively"', () => {
    expect(flowsOf('RIGA, Feb 10 -- Imports through the port of Riga fell to 820,000 tonnes in 2025. Exports rose to 1.3 million tonnes. In 2024 they were 900,000 tonnes and 1.1 million tonnes respectively.', '2026-02-10', '2024-01')).toEqual([[900000, 'import'], [1.1e6, 'export']]);
  });
  it('reads "shipped goods worth ... abroad ... Its imports totalled ... The figures for ... were ... respectively"', () => {
    expect(flowsOf('NANNING, July 18 -- Guangxi shipped goods worth 12 billion yuan abroad in the first half. Its imports totalled 7 billion yuan. The figures for the first half of 2024 were 10 billion yuan and 8 billion yuan respectively.', '2025-07-18', '2024-01')).toEqual([[10e9, 'export'], [8e9, 'import']]);
  });
  it('reads "Outbound cargo ... Inbound cargo ... the two had been ... respectively"', () => {
    expect(flowsOf('GDANSK, Jan 15 -- Outbound cargo at the port of Gdansk reached 640,000 tonnes in December. Inbound cargo was 410,000 tonnes. In December 2024 the two had been 600,000 tonnes and 380,000 tonnes respectively.', '2026-01-15', '2024-12')).toEqual([[600000, 'export'], [380000, 'import']]);
  });
  it('gives no ways across a paragraph break (near miss)', () => {
    expect(flowsOf('DURBAN, July 20 -- Richards Bay, South Africa\'s largest coal port, reported its half-year figures. Shipments from the port amounted to 2.1 million tonnes. Landed cargo came to 1.4 million tonnes.\n\nIn the first half of 2024 the comparable figures were 1.9 million tonnes and 1.5 million tonnes respectively.', '2025-07-20', '2024-01')).not.toEqual([[1.9e6, 'export'], [1.5e6, 'import']]);
  });
  it('gives no ways after two sentences of one way (near miss)', () => {
    expect(flowsOf('DURBAN, July 20 -- Richards Bay, South Africa\'s largest coal port, reported its half-year figures. Shipments from the port amounted to 2.1 million tonnes. Shipments of coal alone came to 1.4 million tonnes. In the first half of 2024 the comparable figures were 1.9 million tonnes and 1.2 million tonnes respectively.', '2025-07-20', '2024-01')).not.toEqual([[1.9e6, 'export'], [1.2e6, 'import']]);
  });
});

describe('a country recording "imports of" (or purchases, arrivals of) an amount of goods named by another country\'s adjective has them from that country', () => {
  const row = (text: string, value: number, published: string) => {
    const r = releaseRows(text, published).find((x) => x.value === value);
    return r && [r.area, r.partner, r.flow];
  };
  it('reads "Uzbekistan\'s customs reported purchases of 2.4 million tonnes of Kazakh wheat" in a release on Kazakhstan', () => {
    expect(row('ASTANA, Feb 3 -- Kazakhstan exported 11 million tonnes of wheat in 2024. Uzbekistan\'s customs reported purchases of 2.4 million tonnes of Kazakh wheat in 2024.', 2.4e6, '2025-02-03')).toEqual(['Uzbekistan', 'Kazakhstan', 'import']);
  });
  it('reads "The Netherlands logged imports of 240,000 tonnes of Ghanaian cocoa beans" in a release on Ghana', () => {
    expect(row('ACCRA, March 9 -- Ghana exported 500,000 tonnes of cocoa beans in 2024. The Netherlands logged imports of 240,000 tonnes of Ghanaian cocoa beans in 2024, Dutch data show.', 240000, '2025-03-09')).toEqual(['Netherlands', 'Ghana', 'import']);
  });
  it('reads "Italy\'s statistics office recorded imports of 95,000 tonnes of Vietnamese robusta" in a release on Vietnam', () => {
    expect(row('HANOI, July 9 -- Vietnam exported 900,000 tonnes of coffee in the first half. Italy\'s statistics office recorded imports of 95,000 tonnes of Vietnamese robusta in the half, up 12 percent.', 95000, '2025-07-09')).toEqual(['Italy', 'Vietnam', 'import']);
  });
  it('reads "China booked arrivals of 1.9 million tonnes of Chilean copper concentrate" in a release on Chile (older rules hold it too)', () => {
    expect(row('SANTIAGO, Aug 4 -- Chile exported 5 million tonnes of copper concentrate in the first half. China booked arrivals of 1.9 million tonnes of Chilean copper concentrate in the first half, according to Chinese customs.', 1.9e6, '2025-08-04')).toEqual(['China', 'Chile', 'import']);
  });
  it('reads "Japan\'s customs showed imports of 61,000 tonnes of Australian beef" in a release on Australia (older rules hold it too)', () => {
    expect(row('SYDNEY, Aug 5 -- Australia exported 1.3 million tonnes of beef in the first half. Japan\'s customs showed imports of 61,000 tonnes of Australian beef in June.', 61000, '2025-08-05')).toEqual(['Japan', 'Australia', 'import']);
  });
  it('keeps the release country\'s own imports of another country\'s goods its own (near miss)', () => {
    expect(row('HANOI, Jan 15 -- Vietnam exported 9 million tonnes of rice in 2024. Vietnam recorded imports of 1.2 million tonnes of Cambodian cashew nuts in 2024.', 1.2e6, '2025-01-15')?.[0]).toBe('Vietnam');
  });
  it('reads no importer in "exports of" the release country\'s goods (near miss)', () => {
    expect(row('HANOI, Jan 15 -- Vietnam exported 9 million tonnes of rice in 2024. The Philippines recorded exports of 3.1 million tonnes of Vietnamese rice in 2024.', 3.1e6, '2025-01-15')?.[0]).toBe('Vietnam');
  });
});

describe('commerce or e-commerce "with" a partner named after it is trade both ways', () => {
  const flows = (text: string) => releaseRows(text, '2025-07-22').map((r) => [r.yoy_pct ?? r.value, r.flow]);
  it('reads "Cross-border e-commerce with Laos expanded" after a sentence on imports as total', () => {
    expect(flows('KUNMING, July 22 -- Yunnan\'s imports from Laos rose 27 percent in the first half. Cross-border e-commerce with Laos expanded 40 percent.')).toContainEqual([40, 'total']);
  });
  it('reads "E-commerce with Russia jumped" after a sentence on exports as total', () => {
    expect(flows('HARBIN, July 22 -- Heilongjiang\'s exports to Russia grew 10 percent in the first half. E-commerce with Russia jumped 55 percent in the half.')).toContainEqual([55, 'total']);
  });
  it('reads "Commerce with Kazakhstan as a whole came to" as total', () => {
    expect(flows('URUMQI, July 22 -- Xinjiang\'s imports from Kazakhstan were 3 billion yuan in the first half. Commerce with Kazakhstan as a whole came to 8 billion yuan.')).toContainEqual([8e9, 'total']);
  });
  it('reads ", while cross-border e-commerce with the EU climbed" as total', () => {
    expect(flows('NINGBO, July 22 -- In the first half, Ningbo\'s exports to the EU slipped 2 percent, while cross-border e-commerce with the EU climbed 18 percent.')).toContainEqual([18, 'total']);
  });
  it('reads "The region\'s e-commerce with Vietnam reached" as total', () => {
    expect(flows('NANNING, July 22 -- Guangxi\'s imports from Vietnam were 40 billion yuan in the first half. The region\'s e-commerce with Vietnam reached 6.1 billion yuan.')).toContainEqual([6.1e9, 'total']);
  });
  it('keeps "e-commerce exports to Laos" an export (near miss)', () => {
    expect(flows('KUNMING, July 22 -- Yunnan\'s imports from Laos rose 27 percent in the first half. Cross-border e-commerce exports to Laos rose 30 percent.')).toContainEqual([30, 'export']);
  });
  it('reads no partner\'s trade in "e-commerce with local platforms" (near miss)', () => {
    expect(flows('KUNMING, July 22 -- Yunnan\'s imports from Laos rose 27 percent in the first half. Cross-border e-commerce with local platforms grew 40 percent.')).toContainEqual([40, 'import']);
  });
});

describe('a hedged amount after a change\'s percentage and a comma ("growing by 3.5%, about GBP 620 million") is the change in money, no row', () => {
  const values = (text: string, published: string) => releaseRows(text, published).map((r) => r.value);
  it('sets aside "growing by 3.5%, about GBP 620 million"', () => {
    expect(values('LONDON, 24 July 2026 -- UK imports from the GCC were GBP 18.2 billion in the four quarters to Q1 2026, growing by 3.5%, about GBP 620 million.', '2026-07-24')).toEqual([18.2e9]);
  });
  it('sets aside "up 4%, roughly GBP 590 million"', () => {
    expect(values('LONDON, 24 July 2026 -- UK exports to Japan were GBP 15.2 billion in 2025, up 4%, roughly GBP 590 million.', '2026-07-24')).toEqual([15.2e9]);
  });
  it('sets aside "rose 6.2%, around A$ 1.1 billion, to" before the level', () => {
    expect(values('CANBERRA, 3 March 2026 -- Australia\'s exports to India rose 6.2%, around A$ 1.1 billion, to A$ 19.4 billion in 2025.', '2026-03-03')).toEqual([19.4e9]);
  });
  it('sets aside "falling 2.5 percent, some C$ 1.2 billion"', () => {
    expect(values('OTTAWA, Feb 5, 2026 -- Canada\'s imports from Mexico were C$ 48 billion in 2025, falling 2.5 percent, some C$ 1.2 billion.', '2026-02-05')).toEqual([48e9]);
  });
  it('sets aside "climbing 8%, nearly NZ$ 1.8 billion"', () => {
    expect(values('WELLINGTON, 4 Feb 2026 -- Dairy exports reached NZ$ 24 billion in 2025, climbing 8%, nearly NZ$ 1.8 billion.', '2026-02-04')).toEqual([24e9]);
  });
  it('keeps the level "to about" after the change (near miss)', () => {
    expect(values('OTTAWA, Feb 5, 2026 -- Canada\'s imports from Mexico fell 2.5 percent, to about C$ 48 billion in 2025.', '2026-02-05')).toEqual([48e9]);
  });
  it('keeps a hedged level after the change\'s period (near miss)', () => {
    expect(values('OTTAWA, Feb 5, 2026 -- Canada\'s imports from Mexico fell 2.5 percent in 2025, about C$ 48 billion in all.', '2026-02-05')).toContain(48e9);
  });
});
