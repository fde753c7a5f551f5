/**
 * Fixing round a199 on b286 and b289 (leftovers) plus the lead's ruling on unhedged multiples of a dated base.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const areaOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.area;

describe('a headline on the trade in a region, named again in the lead, heads a report of many reporters: each subject country owns its figures', () => {
  it('reads "Trade in Africa" with "Merchandise trade in Africa" in the lead', () => {
    expect(areaOf("Trade in Africa: Quarterly monitor\n\nNairobi, 20 June 2025 -- Merchandise trade in Africa recovered in the first quarter, the secretariat said in its note.\n\nNigeria's exports rose 8 percent to US$ 14 billion in the quarter. Kenya, helped by tea and cut flowers, posted the fastest growth: shipments jumped 12.5 percent to US$ 2.1 billion.", '2025-06-20', 2.1e9)).toBe('Kenya');
  });
  it('reads "Goods trade across Latin America" with the lead saying it again', () => {
    expect(areaOf("Goods trade across Latin America: August bulletin\n\nSantiago, 2 September 2025. Goods trade across Latin America slowed in the second quarter, the bulletin shows.\n\nBrazil's imports fell 3 percent to US$ 62 billion. Chile, riding on copper prices, recorded the strongest rise: exports climbed 9.4 percent to US$ 26 billion.", '2025-09-02', 26e9)).toBe('Chile');
  });
  it('reads "Exports in Southeast Asia" with a subject closed off by an aside', () => {
    expect(areaOf("Exports in Southeast Asia: a monthly tracker\n\nSingapore, 15 May 2025 -- Exports in Southeast Asia stayed firm in April, the tracker finds.\n\nThailand's exports grew 4 percent to US$ 25 billion. Malaysia, on chip orders, led the region: shipments rose 11 percent to US$ 28 billion.", '2025-05-15', 28e9)).toBe('Malaysia');
  });
  it('reads "Merchandise trade in Europe" in a half-year review', () => {
    expect(areaOf("Merchandise trade in Europe: half-year review\n\nBrussels, 10 July 2025 -- Merchandise trade in Europe was flat in the first half, the review says.\n\nGermany's exports slipped 1 percent to EUR 790 billion. Poland, thanks to car parts, stood out: sales abroad rose 6 percent to EUR 190 billion.", '2025-07-10', 190e9)).toBe('Poland');
  });
  it('reads "Trade throughout Africa" with a later subject after an earlier one', () => {
    expect(areaOf("Trade throughout Africa: first-quarter brief\n\nAddis Ababa, 22 April 2025. Trade throughout Africa picked up in the first quarter, the brief says.\n\nEgypt's imports rose 5 percent to US$ 21 billion. Morocco, on the back of car sales, registered the biggest gain: exports rose 7 percent to US$ 11 billion.", '2025-04-22', 11e9)).toBe('Morocco');
  });
  it("keeps a country's own release whose lead mentions the region (near miss)", () => {
    expect(areaOf("Nigeria's trade in the first quarter\n\nAbuja, 20 June 2025 -- Merchandise trade in Africa recovered in the first quarter.\n\nNigeria's exports rose 8 percent to US$ 14 billion in the quarter. Kenya, helped by tea and cut flowers, posted the fastest growth: shipments jumped 12.5 percent to US$ 2.1 billion.", '2025-06-20', 2.1e9)).toBe('Nigeria');
  });
  it('keeps a region headline whose lead turns to one country (near miss)', () => {
    expect(areaOf("Trade in Latin America: a note\n\nSantiago, 2 September 2025. Brazil's imports fell 3 percent to US$ 62 billion in the second quarter.\n\nChile, riding on copper prices, recorded the strongest rise: exports climbed 9.4 percent to US$ 26 billion.", '2025-09-02', 26e9)).toBe('Brazil');
  });
});

describe("a department of commerce under another country's ministry or government in the masthead is not the US Commerce Department", () => {
  const yoyOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.yoy_pct;
  it('reads India\'s Department of Commerce under its ministry', () => {
    expect(yoyOf('GOVERNMENT OF INDIA\nMINISTRY OF COMMERCE & INDUSTRY\nDepartment of Commerce\n\nNew Delhi, 15 May 2025. Merchandise imports in April 2025 were USD 64.9 billion, up 19.1 per cent.', '2025-05-15', 64.9e9)).toBe(19.1);
  });
  it('reads a Department of Commerce under a government line in capitals', () => {
    expect(yoyOf('GOVERNMENT OF SRI LANKA\nMINISTRY OF TRADE\nDepartment of Commerce\n\nColombo, 20 March 2025. Exports of goods in February stood at USD 1.05 billion, up 4.2 per cent.', '2025-03-20', 1.05e9)).toBe(4.2);
  });
  it('reads a ministry with the department two lines below', () => {
    expect(yoyOf('MINISTRY OF COMMERCE AND INDUSTRY\nPRESS RELEASE\nDepartment of Commerce\n\nNew Delhi, 15 August 2025. Merchandise exports in July were USD 37.2 billion, growing 7.3 per cent.', '2025-08-15', 37.2e9)).toBe(7.3);
  });
  it('reads the department in a release on jute goods', () => {
    expect(yoyOf('GOVERNMENT OF BANGLADESH\nMINISTRY OF COMMERCE\nDepartment of Commerce\n\nDhaka, 12 June 2025. Jute goods exports in May totalled USD 81 million, rising 9 per cent.', '2025-06-12', 81e6)).toBe(9);
  });
  it('reads a department line after "Government of the Republic of ..."', () => {
    expect(yoyOf('GOVERNMENT OF THE REPUBLIC OF FIJI\nDepartment of Commerce\n\nSuva, 10 April 2025. Sugar exports in March came to FJD 22 million, down 6 per cent.', '2025-04-10', 22e6)).toBe(-6);
  });
  it('keeps the Department of Commerce quoted in the lead as comparing with the month before (near miss)', () => {
    expect(yoyOf('Washington, 5 June 2025. Exports of goods in April were $180.2 billion, down 2.1 percent, the Department of Commerce said.', '2025-06-05', 180.2e9)).toBe(null);
  });
  it('keeps the Department of Commerce under "Government of the United States" (near miss)', () => {
    expect(yoyOf('Government of the United States\nDepartment of Commerce\n\nWashington, 5 June 2025. Exports of goods in April were $180.2 billion, down 2.1 percent, the Department of Commerce said.', '2025-06-05', 180.2e9)).toBe(null);
  });
});

describe('an unhedged multiple in one word ("double", "triple") after a level, of a dated year-earlier base, is an exact change (the lead\'s ruling)', () => {
  const yoyOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.yoy_pct;
  it('reads "double the level a year ago" of a count of vehicles', () => {
    expect(tuples('BEIJING, Oct 14 -- Car exports reached 642,000 in September. Of these, new energy vehicles numbered 258,000, double the level a year ago.', '2026-10-14')).toContainEqual(['2026-09', '2026-09', 258000, 'vehicles', 100]);
  });
  it('reads "double last year\'s figure" of a value in dollars', () => {
    expect(yoyOf("SEOUL, Oct 20 -- Battery exports came to $1.9 billion in September, double last year's figure.", '2025-10-20', 1.9e9)).toBe(100);
  });
  it('reads "triple the volume of a year earlier" of a tonnage', () => {
    expect(yoyOf('JAKARTA, Aug 5 -- Nickel matte shipments reached 410,000 tonnes in the first half, triple the volume of a year earlier.', '2025-08-05', 410000)).toBe(200);
  });
  it('reads "treble the same period last year" of a count of trains', () => {
    expect(yoyOf('ALASHANKOU, Jul 3 -- Trains to Central Asia numbered 1,830 in the first half, treble the same period last year.', '2025-07-03', 1830)).toBe(200);
  });
  it('reads "quadruple the previous year\'s level" after a verb of level', () => {
    expect(yoyOf("LIMA, Jan 20 -- Blueberry exports to India rose to 12,400 tonnes in 2025, quadruple the previous year's level.", '2026-01-20', 12400)).toBe(300);
  });
  it('reads "double the figure for the same months of 2024" dated by its number', () => {
    expect(yoyOf('HANOI, Oct 2 -- Durian sales abroad came to $3.1 billion in January-September, double the figure for the same months of 2024.', '2025-10-02', 3.1e9)).toBe(100);
  });
  it('reads the multiple as the predicate of the level\'s clause ("is double", "were twice")', () => {
    expect(yoyOf('CHONGQING, Dec 9 -- Inbound loads recovered: 1,257 returning trains is double the level of a year earlier, the operator said.', '2024-12-09', 1257)).toBe(100);
    expect(yoyOf("HEFEI, Jan 12 -- Solar module exports of 31,600 tonnes in 2025 were twice last year's volume.", '2026-01-12', 31600)).toBe(100);
  });
  it('keeps a hedged predicate "was nearly double" no change (near miss)', () => {
    expect(yoyOf('CHONGQING, Dec 9 -- Inbound loads recovered: 1,257 returning trains was nearly double the level of a year earlier.', '2024-12-09', 1257)).toBeNull();
  });
  it('keeps a hedged "nearly double" no change (near miss)', () => {
    expect(yoyOf("SEOUL, Oct 20 -- Battery exports came to $1.9 billion in September, nearly double last year's figure.", '2025-10-20', 1.9e9)).toBeNull();
  });
  it('keeps "double the capacity" of an undated base no change (near miss)', () => {
    expect(yoyOf('JAKARTA, Aug 5 -- Nickel matte shipments reached 410,000 tonnes in the first half, double the capacity the smelter was built for.', '2025-08-05', 410000)).toBeNull();
  });
  it('keeps "more than triple" a year earlier no change (near miss)', () => {
    expect(yoyOf('JAKARTA, Aug 5 -- Nickel matte shipments reached 410,000 tonnes in the first half, more than triple the volume of a year earlier.', '2025-08-05', 410000)).toBeNull();
  });
});

describe('what "the port of X" moved, named after "of", is cargo it handled: total, whatever flow the sentence before had', () => {
  const flowOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.flow;
  it('reads "the Chinese-built port of Chancay moved" after a sentence of exports', () => {
    expect(flowOf('LIMA, July 24 -- Copper concentrate loaded at the mineral quay of Callao totalled 1.9 million tonnes in January-June. Further north, the Chinese-built port of Chancay moved 210,000 TEU in the half.', '2025-07-24', 210000)).toBe('total');
  });
  it('reads "the port of Gwadar moved" after a sentence of imports', () => {
    expect(flowOf('KARACHI, Aug 2 -- Wheat unloaded at Karachi came to 640,000 tonnes in July. The port of Gwadar moved 38,000 TEU in the same month.', '2025-08-02', 38000)).toBe('total');
  });
  it('reads "the terminals of Jebel Ali moved"', () => {
    expect(flowOf('DUBAI, Oct 9 -- Re-exports of phones shipped from Dubai reached 4.1 million units in the third quarter. The terminals of Jebel Ali moved 3.6 million TEU.', '2025-10-09', 3.6e6)).toBe('total');
  });
  it('reads "the port of Lázaro Cárdenas has moved" in two words of a name', () => {
    expect(flowOf('MEXICO CITY, Jul 14 -- Car exports loaded at Veracruz reached 210,000 units in the first half. The port of Lazaro Cardenas has moved 1.1 million TEU so far this year.', '2025-07-14', 1.1e6)).toBe('total');
  });
  it('reads "the harbour of Piraeus moved"', () => {
    expect(flowOf('ATHENS, Feb 3 -- Olive oil shipped abroad from Greece reached 290,000 tonnes in 2025. The harbour of Piraeus moved 5.2 million TEU over the year.', '2026-02-03', 5.2e6)).toBe('total');
  });
  it('keeps goods "the port of X" shipped abroad as exports (near miss)', () => {
    expect(flowOf('LIMA, July 24 -- The port of Chancay exported 210,000 TEU of fruit and minerals in the half.', '2025-07-24', 210000)).toBe('export');
  });
  it('keeps goods a port of X received from abroad as imports (near miss)', () => {
    expect(flowOf('KARACHI, Aug 2 -- The port of Gwadar imported 38,000 tonnes of fertiliser in July.', '2025-08-02', 38000)).toBe('import');
  });
});

describe('a firm leading "with" its amount after "Among <peers> <described>," gives its own shipments, no row', () => {
  const has = (text: string, value: number, published = '2025-08-08') => releaseRows(text, published).some((r) => r.value === value);
  it('sets aside "Among shippers loading soybeans in Brazil for China last month, Cargill led with"', () => {
    expect(has('BEIJING, Aug 8 -- China imported 11.67 million tonnes of soybeans in July. Among shippers loading soybeans in Brazil for China last month, Cargill led with 1.9m t, ahead of COFCO International and Bunge.', 1.9e6)).toBe(false);
  });
  it('sets aside "Of the miners supplying Chinese mills, Vale came first with"', () => {
    expect(has('BEIJING, Aug 8 -- Iron ore imports were 105 million tonnes in July. Of the miners supplying Chinese mills, Vale came first with 24 million tonnes.', 24e6)).toBe(false);
  });
  it('sets aside "Among carmakers selling in Russia, Chery led with"', () => {
    expect(has('MOSCOW, Aug 8 -- Car imports from China reached 61,000 units in July. Among carmakers selling in Russia, Chery led with 14,200 units.', 14200)).toBe(false);
  });
  it('sets aside "Among exporters based in the province, Trina ranked first with"', () => {
    expect(has('NANJING, Aug 8 -- Solar panel exports from Jiangsu came to 3.2 billion dollars in July. Among exporters based in the province, Trina ranked first with 610 million dollars.', 610e6)).toBe(false);
  });
  it('sets aside "Among the buyers of Australian coal in July, Baowu topped with"', () => {
    expect(has('SYDNEY, Aug 8 -- Coal exports to China were 8.1 million tonnes in July. Among the buyers of Australian coal in July, Baowu topped with 2.2 million tonnes.', 2.2e6)).toBe(false);
  });
  it('keeps a country leading described suppliers (near miss)', () => {
    expect(has('BEIJING, Aug 8 -- China imported 11.67 million tonnes of soybeans in July. Among suppliers shipping beans to China last month, Brazil led with 10.4 million tonnes.', 10.4e6)).toBe(true);
  });
  it('keeps a province leading described exporters (near miss)', () => {
    expect(has('BEIJING, Aug 8 -- Exports rose 5 percent in July. Among exporters on the coast, Guangdong led with 620 billion yuan.', 620e9)).toBe(true);
  });
});

describe("what a country's processors took into their plants (crushers processed, mills ground) is use at home, no row", () => {
  const has = (text: string, value: number, published = '2025-08-08') => releaseRows(text, published).some((r) => r.value === value);
  it('sets aside "Crushers processed about 9.8m t"', () => {
    expect(has('BEIJING, Aug 8 -- China imported 11.67 million tonnes of soybeans in July. Crushers processed about 9.8m t in July.', 9.8e6)).toBe(false);
  });
  it('sets aside "the mills ground 310,000 tonnes"', () => {
    expect(has('JAKARTA, Aug 8 -- Wheat imports reached 1.1 million tonnes in July, while the mills ground 310,000 tonnes in the same month.', 310000)).toBe(false);
  });
  it('sets aside "smelters in Yunnan consumed 1.1 million tonnes"', () => {
    expect(has('KUNMING, Aug 8 -- Imports of alumina rose to 1.4 million tonnes in July; smelters in Yunnan consumed 1.1 million tonnes.', 1.1e6)).toBe(false);
  });
  it('sets aside "refiners ran 14.2 million barrels"', () => {
    expect(has('NEW DELHI, Aug 8 -- Crude imports were 4.6 million barrels a day in July. Indian refiners ran 14.2 million barrels over the holiday week.', 14.2e6)).toBe(false);
  });
  it('sets aside "cocoa grinders together ground 180,000 tonnes"', () => {
    expect(has('ABIDJAN, Aug 8 -- Cocoa exports were 95,000 tonnes in July, and local grinders together ground 180,000 tonnes in the quarter.', 180000)).toBe(false);
  });
  it('keeps what crushers imported (near miss)', () => {
    expect(has('BEIJING, Aug 8 -- Crushers imported about 9.8 million tonnes of soybeans in July.', 9.8e6)).toBe(true);
  });
  it('keeps what mills shipped abroad (near miss)', () => {
    expect(has('JAKARTA, Aug 8 -- Flour exports: the mills shipped 310,000 tonnes abroad in July.', 310000)).toBe(true);
  });
});

describe('grain a state reserve sells at home, at auction or out of its stocks, is no trade, no row', () => {
  const has = (text: string, value: number, published = '2025-08-08') => releaseRows(text, published).some((r) => r.value === value);
  it('sets aside "sold 450k t of imported soybeans at auction from reserves"', () => {
    expect(has('BEIJING, Aug 8 -- China imported 11.67 million tonnes of soybeans in July. State reserve manager Sinograin sold 450k t of imported soybeans at auction from reserves.', 450000)).toBe(false);
  });
  it('sets aside "auctioned 1.2 million tonnes of corn from state stockpiles"', () => {
    expect(has('BEIJING, Aug 8 -- Corn imports fell to 0.2 million tonnes in July. The agency auctioned 1.2 million tonnes of corn from state stockpiles.', 1.2e6)).toBe(false);
  });
  it('sets aside "released 300,000 tonnes of pork from central reserves"', () => {
    expect(has('BEIJING, Aug 8 -- Pork imports were 90,000 tonnes in July. The government released 300,000 tonnes of pork from central reserves.', 300000)).toBe(false);
  });
  it('sets aside "sold 2 million tonnes of wheat through weekly auctions"', () => {
    expect(has('NEW DELHI, Aug 8 -- Wheat imports were nil in July. The Food Corporation sold 2 million tonnes of wheat through weekly auctions.', 2e6)).toBe(false);
  });
  it('sets aside "offered 500,000 tonnes of rice at an online auction"', () => {
    expect(has('BANGKOK, Aug 8 -- Rice exports rose to 820,000 tonnes in July. The state offered 500,000 tonnes of rice at an online auction.', 500000)).toBe(false);
  });
  it('keeps grain sold abroad (near miss)', () => {
    expect(has('NEW DELHI, Aug 8 -- The Food Corporation sold 2 million tonnes of wheat to Bangladesh in July.', 2e6)).toBe(true);
  });
  it('keeps rice exporters sold abroad (near miss)', () => {
    expect(has('BANGKOK, Aug 8 -- Exporters sold 820,000 tonnes of rice abroad in July.', 820000)).toBe(true);
  });
});

describe('a quarter\'s record "beaten" (any form of the verb of passing), set in a year, is those months of that year', () => {
  it('reads "had already beaten the first-quarter record of 52,400 set in 2021"', () => {
    expect(tuples('HANGZHOU, June 20 -- First-quarter shipments of 61,200 electric cars had already beaten the first-quarter record of 52,400 set in 2021.', '2025-06-20')).toContainEqual(['2021-01', '2021-03', 52400, 'vehicles', null]);
  });
  it('reads "has beaten the Q3 record of ... reached in 2022"', () => {
    expect(tuples('SEOUL, Oct 21 -- Chip exports hit $40 billion in the third quarter and have beaten the Q3 record of $38 billion reached in 2022.', '2025-10-21')).toContainEqual(['2022-07', '2022-09', 38e9, 'USD', null]);
  });
  it('reads "beat the first-half peak of ... hit in 2019" (the plain past, read before too)', () => {
    expect(tuples('LIMA, July 21 -- Copper shipments of 1.3 million tonnes in the first half beat the first-half peak of 1.25 million tonnes hit in 2019.', '2025-07-21')).toContainEqual(['2019-01', '2019-06', 1.25e6, 'tonnes', null]);
  });
  it('reads "beats the second-quarter high of ... set in 2021"', () => {
    expect(tuples('OSLO, July 21 -- Salmon exports of NOK 30 billion in the second quarter beats the second-quarter high of NOK 28 billion set in 2021.', '2025-07-21')).toContainEqual(['2021-04', '2021-06', 28e9, 'NOK', null]);
  });
  it('reads "had beaten the fourth-quarter record of ... recorded in 2023"', () => {
    expect(tuples('JAKARTA, Jan 21 -- Coal exports of 140 million tonnes in the fourth quarter had beaten the fourth-quarter record of 131 million tonnes recorded in 2023.', '2026-01-21')).toContainEqual(['2023-10', '2023-12', 131e6, 'tonnes', null]);
  });
  it('keeps a yearly record beaten for the whole year (near miss)', () => {
    expect(tuples('HANGZHOU, June 20 -- Shipments of 61,200 electric cars in the first quarter had already beaten the annual record of 52,400 set in 2021.', '2025-06-20')).toContainEqual(['2021-01', '2021-12', 52400, 'vehicles', null]);
  });
  it('keeps a record dated by a quarter of its own (near miss)', () => {
    expect(tuples('HANGZHOU, June 20 -- Shipments of 61,200 electric cars in the first quarter had already beaten the quarterly record of 52,400 set in the third quarter of 2021.', '2025-06-20')).toContainEqual(['2021-07', '2021-09', 52400, 'vehicles', null]);
  });
});

describe('a change "from" a dash-joined span of a year further back (from January-May 2019) is no year-on-year change', () => {
  const yoyOf = (text: string, value: number, published = '2025-06-20') => releaseRows(text, published).find((r) => r.value === value)?.yoy_pct;
  it('reads "has grown 86 percent from January-May 2019"', () => {
    expect(yoyOf('HANGZHOU, June 20 -- Trade with Belt and Road partner countries, at 1.18 trillion yuan in January-May, has grown 86 percent from January-May 2019.', 1.18e12)).toBeNull();
  });
  it('reads "up 40% from Jan.-May 2021"', () => {
    expect(yoyOf('HANOI, June 20 -- Exports to the EU reached $21 billion in January-May, up 40% from Jan.-May 2021.', 21e9)).toBeNull();
  });
  it('reads "a 12 per cent drop from January-June 2022"', () => {
    expect(yoyOf('CANBERRA, July 20 -- Coal exports were A$30 billion in January-June, a 12 per cent drop from January-June 2022.', 30e9, '2025-07-20')).toBeNull();
  });
  it('reads "fell 9 percent from January–March 2023" with an en dash', () => {
    expect(yoyOf('SANTIAGO, Apr 20 -- Copper exports came to $11 billion in January–March, and fell 9 percent from January–March 2023.', 11e9, '2025-04-20')).toBeNull();
  });
  it('reads "rose 25 percent from January-September 2019" in a later sentence', () => {
    expect(yoyOf('MANILA, Oct 20 -- Electronics exports were $33 billion in January-September. They rose 25 percent from January-September 2019.', 33e9, '2025-10-20')).toBeNull();
  });
  it('keeps a change from the same span a year back (near miss)', () => {
    expect(yoyOf('HANGZHOU, June 20 -- Trade with Russia reached 118 billion yuan in January-May, up 8.6 percent from January-May 2024.', 118e9)).toBe(8.6);
  });
  it('keeps a change "from January to May" as the span it ran over (near miss)', () => {
    expect(yoyOf('HANGZHOU, June 20 -- Trade with Russia reached 118 billion yuan in January-May, up 8.6 percent year on year.', 118e9)).toBe(8.6);
  });
});

describe('"Here in <host>, our bilateral trade ...": in a speech abroad, the host is the partner of the speaker\'s country', () => {
  const rowOf = (text: string, value: number, published = '2026-10-22') => releaseRows(text, published).find((r) => r.value === value);
  it('reads "Here in Indonesia, our bilateral trade was about 20 billion dollars" in a Korean minister\'s remarks', () => {
    const r = rowOf('Remarks by the Minister for Trade at the Korea-ASEAN Business Dialogue\n\nJakarta, October 22, 2026\n\nASEAN matters to Korea more than ever. Last year, trade between Korea and ASEAN reached 196 billion dollars. Here in Indonesia, our bilateral trade was about 20 billion dollars.', 20e9);
    expect([r?.area, r?.partner]).toEqual(['South Korea', 'Indonesia']);
  });
  it('reads "Here in Kazakhstan our two-way trade" without a comma', () => {
    const r = rowOf('Speech by the Minister of Commerce of Uzbekistan at the Astana business forum\n\nAstana, October 22, 2026\n\nLast year Uzbekistan traded 62 billion dollars with the world. Here in Kazakhstan our two-way trade reached 4.4 billion dollars.', 4.4e9);
    expect(r?.partner).toBe('Kazakhstan');
  });
  it('reads "Here in Vietnam, our trade" in a Japanese envoy\'s address', () => {
    const r = rowOf("Address by Japan's Ambassador at the Japan-Vietnam Economic Forum\n\nHanoi, October 22, 2026\n\nJapan's exports to Asia rose last year, by 3 percent. Here in Vietnam, our trade came to about 50 billion dollars in 2025.", 50e9);
    expect(r?.partner).toBe('Vietnam');
  });
  it('reads "Here in Brazil, our total trade" in a Chinese official\'s speech', () => {
    const r = rowOf("Remarks by China's Vice Minister of Commerce at the China-Brazil Business Council\n\nSao Paulo, October 22, 2026\n\nChina's trade with Latin America was 520 billion dollars last year. Here in Brazil, our total trade stood at 188 billion dollars in 2025.", 188e9);
    expect(r?.partner).toBe('Brazil');
  });
  it('reads "here in Germany, our bilateral turnover" mid-sentence', () => {
    const r = rowOf("Speech by India's Commerce Minister at the Indo-German Chamber\n\nBerlin, October 22, 2026\n\nIndia's exports to the EU grew last year, and here in Germany, our bilateral turnover was 30 billion dollars in 2025.", 30e9);
    expect(r?.partner).toBe('Germany');
  });
  it('keeps a place after "here in" with no "our" trade no partner (near miss)', () => {
    const r = rowOf('Remarks by the Minister for Trade at the Korea-ASEAN Business Dialogue\n\nJakarta, October 22, 2026\n\nHere in Indonesia, Korean firms exported 9 billion dollars of goods last year.', 9e9);
    expect(r?.partner).not.toBe('Indonesia');
  });
  it('keeps a country owning its trade when named as the subject (near miss)', () => {
    const r = rowOf('Remarks by the Minister for Trade\n\nJakarta, October 22, 2026\n\nIndonesia, our neighbour, saw its trade reach 500 billion dollars last year.', 500e9);
    expect(r?.area).toBe('Indonesia');
  });
});

describe('what has been shipped "since the season began on 1 July" runs from that month to the publication month', () => {
  it('reads "Since the new season began on 1 July, more than 11 million tonnes of wheat have been exported"', () => {
    expect(tuples('Moscow, 29 September 2026. Since the new season began on 1 July, more than 11 million tonnes of wheat have been exported.', '2026-09-29')).toContainEqual(['2026-07', '2026-09', 11e6, 'tonnes', null]);
  });
  it('reads "since the marketing year started on September 1"', () => {
    expect(tuples('WASHINGTON, Nov 20 -- Soybean exports have reached 14.2 million tonnes since the marketing year started on September 1.', '2026-11-20')).toContainEqual(['2026-09', '2026-11', 14.2e6, 'tonnes', null]);
  });
  it('reads "since the cocoa campaign opened in October"', () => {
    expect(tuples('ABIDJAN, Jan 12 -- Farmers have shipped 1.1 million tonnes of beans to the ports since the cocoa campaign opened in October.', '2027-01-12')).toContainEqual(['2026-10', '2027-01', 1.1e6, 'tonnes', null]);
  });
  it('reads "Since the current crop year started on 1 April" before a perfect of export', () => {
    expect(tuples('NEW DELHI, June 10 -- Since the current crop year started on 1 April, sugar mills have exported 900,000 tonnes.', '2026-06-10')).toContainEqual(['2026-04', '2026-06', 900000, 'tonnes', null]);
  });
  it('reads "since this season got under way in August"', () => {
    expect(tuples('KYIV, Oct 5 -- Grain exports have totalled 9.4 million tonnes since this season got under way in August.', '2026-10-05')).toContainEqual(['2026-08', '2026-10', 9.4e6, 'tonnes', null]);
  });
  it('keeps a season\'s exports over its named months (near miss)', () => {
    expect(tuples('KYIV, Oct 5 -- Grain exports totalled 9.4 million tonnes in August-September.', '2026-10-05')).toContainEqual(['2026-08', '2026-09', 9.4e6, 'tonnes', null]);
  });
  it('keeps "since the start of the year" a year to date (near miss)', () => {
    expect(tuples('KYIV, Oct 5 -- Grain exports have totalled 29.4 million tonnes since the start of the year.', '2026-10-05').some((t) => t[0] === '2026-01')).toBe(true);
  });
});
