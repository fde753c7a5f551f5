/**
 * Fixing round a247 on the leftovers of b314 (transfer test 21) and b316 (other countries' offices): the frames behind their
 * misses, each read in other wordings than the batches'. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published);
const rowOf = (text: string, published: string, value: number) => rows(text, published).find((r) => r.value === value);
const growthOf = (text: string, published: string, yoy: number) => rows(text, published).find((r) => r.value === null && r.yoy_pct === yoy);

describe("an aside on the runs' load right before their verb leaves a directed count of the trains counted before", () => {
  it('reads "Services heading west out of the city, loaded mainly with laptops, printers and car parts, numbered"', () => {
    const r = rowOf("Chongqing's rail hub ran 4,800 China-Europe freight trains in 2023. Services heading west out of the city, loaded mainly with laptops, printers and car parts, numbered 2,950.", '2024-01-12', 2950);
    expect(r?.unit).toBe('trains');
  });
  it('reads "Trains running east into Zhengzhou, packed with wine, timber and milk powder, totalled" with its change', () => {
    const r = rowOf('Zhengzhou dispatched 3,100 freight trains to Europe in 2022. Trains running east into Zhengzhou, packed with wine, timber and milk powder, totalled 1,040, up 9 percent.', '2023-01-15', 1040);
    expect([r?.unit, r?.yoy_pct, r?.flow]).toEqual(['trains', 9, 'import']);
  });
  it('reads "Inbound services, laden with auto parts and machinery, numbered"', () => {
    const r = rowOf("Wuhan's rail port handled 1,200 China-Europe trains in 2024. Inbound services, laden with auto parts, machinery and beer, numbered 410.", '2025-01-10', 410);
    expect([r?.unit, r?.flow]).toEqual(['trains', 'import']);
  });
  it('reads "Return trains from Duisburg, filled largely with furniture, cheese and beer, came to"', () => {
    const r = rowOf('Hefei ran 900 cross-border freight trains in 2021. Return trains from Duisburg, filled largely with furniture, cheese and beer, came to 310.', '2022-01-14', 310);
    expect(r?.unit).toBe('trains');
  });
  it('reads "Westbound services, carrying small commodities, clothing and toys, reached"', () => {
    const r = rowOf('Yiwu sent off 1,600 freight trains in 2023. Westbound services, carrying small commodities, clothing and toys, reached 1,150.', '2024-01-09', 1150);
    expect([r?.unit, r?.flow]).toEqual(['trains', 'export']);
  });
  it('reads "Services heading east into Xi\'an from Europe, stacked with wine and dairy goods, were"', () => {
    const r = rowOf("Xi'an's dry port assembled 4,900 trains in 2024. Services heading east into Xi'an from Europe, stacked with wine, dairy goods and machinery, were 576, a rise of 11 percent.", '2025-01-08', 576);
    expect([r?.unit, r?.yoy_pct]).toEqual(['trains', 11]);
  });
  it('keeps containers the count of a subject that is no run (near miss)', () => {
    const r = rowOf('Chongqing ran 4,800 freight trains in 2023. Containers, packed with laptops, printers and car parts, numbered 310,000.', '2024-01-12', 310000);
    expect(r?.unit).not.toBe('trains');
  });
  it('gives no count to a load aside ending on another verb than the count\'s (near miss)', () => {
    const t = rows('Chengdu ran 5,000 freight trains in 2022. Westbound services, loaded mainly with laptops and car parts, left for Lodz, and about 60 percent returned full.', '2023-01-12');
    expect(t.filter((r) => r.unit === 'trains').map((r) => r.value)).toEqual([5000]);
  });
});

describe('a level stated on another basis takes a later change only when that change says it is on the year before', () => {
  const levelAndChange = (text: string, published: string, level: number, yoy: number) => [rowOf(text, published, level)?.yoy_pct, growthOf(text, published, yoy) !== undefined];
  it('leaves "Oil domestic exports rose" off the seasonally adjusted NODX level', () => {
    const text = 'NODX grew 6.2 per cent in April from a year earlier, the agency said. On a seasonally adjusted basis, NODX fell 2.4 per cent from March to S$14.8 billion.\n\nOil domestic exports rose 20.1 per cent on higher prices.';
    expect(levelAndChange(text, '2023-05-17', 14.8e9, 20.1)).toEqual([null, true]);
  });
  it('leaves a later change off a level "on a seasonally adjusted month-on-month basis"', () => {
    const text = 'Non-oil domestic exports declined 4.1 per cent in February from a year ago. On a seasonally adjusted month-on-month basis, non-oil domestic exports rose 3.5 per cent to S$13.9 billion.\n\nOil domestic exports jumped 15.2 per cent.';
    expect(levelAndChange(text, '2024-03-18', 13.9e9, 15.2)).toEqual([null, true]);
  });
  it('leaves a later change off a level "In seasonally adjusted terms ... from September"', () => {
    const text = 'NODX slipped 1.9% year on year in October. In seasonally adjusted terms, NODX rose 2.1 percent from September to S$14.1 billion.\n\nOil domestic exports climbed 33.6 percent, and non-oil re-exports grew 4.4 percent.';
    expect(levelAndChange(text, '2024-11-17', 14.1e9, 33.6)).toEqual([null, true]);
  });
  it('leaves a later change off an adjusted level of domestic exports "eased ... from June"', () => {
    const text = 'Domestic exports grew 3.3 per cent in July from a year earlier. On a seasonally adjusted basis, domestic exports eased 0.8 per cent from June to S$16.2 billion.\n\nOil domestic exports increased 11.7 per cent, on higher prices.';
    expect(levelAndChange(text, '2024-08-17', 16.2e9, 11.7)).toEqual([null, true]);
  });
  it('leaves a change beside another one off a level "dipped" month on month', () => {
    const text = 'NODX rose 9.1% year on year in January, led by electronics. On a seasonally adjusted month-on-month basis, NODX dipped 1.5% to S$15.0 billion.\n\nOil domestic exports surged 42.0%, while electronic NODX grew 21.3%.';
    expect(levelAndChange(text, '2022-02-17', 15e9, 42)).toEqual([null, true]);
  });
  it('leaves a later change off a level "grew 0.9 per cent month-on-month"', () => {
    const text = 'NODX declined 3.0 per cent in March from a year ago. Seasonally adjusted, NODX grew 0.9 per cent month-on-month to S$13.2 billion.\n\nOil domestic exports expanded by 8.8 per cent.';
    expect(levelAndChange(text, '2023-04-17', 13.2e9, 8.8)).toEqual([null, true]);
  });
  it('gives the level a later change said to be "Year on year" (near miss)', () => {
    const text = "China's exports increased 2.6 percent quarter on quarter, seasonally adjusted, reaching US$880 billion in the third quarter. Year on year, Chinese exports were up 4.9 percent.";
    expect(rowOf(text, '2024-11-20', 880e9)?.yoy_pct).toBe(4.9);
  });
  it('gives the level a later change "On the year" (near miss)', () => {
    const text = 'Exports dropped 1.2% on the month in calendar and seasonally adjusted terms to 126.3 billion euros in August, the statistics office said.\n\nOn the year, exports were 1.4% lower.';
    expect(rowOf(text, '2024-10-08', 126.3e9)?.yoy_pct).toBe(-1.4);
  });
});

describe("a possessive apposition holding a list, after a flow or bill subject, gives the figure no flow of its own", () => {
  it('reads "The energy bill, France\'s net spending on oil, gas and power bought abroad," as the balance', () => {
    const text = "The energy bill, France's net spending on oil, gas and power bought abroad, fell to 27.4 billion euros in 2023 from 43.1 billion euros in 2022.";
    expect([rowOf(text, '2024-02-07', -27.4e9)?.flow, rowOf(text, '2024-02-07', -43.1e9)?.flow]).toEqual(['balance', 'balance']);
  });
  it('reads "Imports, Brazil\'s spending on fertiliser, fuel and parts sold to it by suppliers abroad," as imports', () => {
    expect(rowOf("Imports, Brazil's spending on fertiliser, fuel and parts sold to it by suppliers abroad, rose 5 percent to 240 billion dollars in 2023.", '2024-01-08', 240e9)?.flow).toBe('import');
  });
  it('reads "Imports, Egypt\'s outlay on wheat, gas and cars sold to it from abroad," as imports', () => {
    expect(rowOf("Imports, Egypt's outlay on wheat, gas and cars sold to it from abroad, fell 9 percent to 72 billion dollars in 2023.", '2024-02-20', 72e9)?.flow).toBe('import');
  });
  it('reads "Exports, Vietnam\'s earnings from phones, textiles and shoes bought by foreign buyers," as exports', () => {
    expect(rowOf("Exports, Vietnam's earnings from phones, textiles and shoes bought by foreign buyers, rose 8 percent to 355 billion dollars in 2023.", '2024-01-06', 355e9)?.flow).toBe('export');
  });
  it('reads "Exports, Indonesia\'s earnings on coal, palm oil and nickel bought by Chinese and Indian mills," as exports', () => {
    expect(rowOf("Exports, Indonesia's earnings on coal, palm oil and nickel bought by Chinese and Indian mills, slipped 11 percent to 258 billion dollars in 2023.", '2024-01-15', 258e9)?.flow).toBe('export');
  });
  it("keeps a bill in a release on another country than France an import (near miss)", () => {
    expect(rowOf("The oil bill, Spain's cost of crude, diesel and jet fuel bought from other countries, reached 38 billion euros in 2023.", '2024-02-10', 38e9)?.flow).toBe('import');
  });
  it('keeps the sold goods of a clause after "while" exports (near miss)', () => {
    expect(rowOf("Imports rose 4 percent to 70 billion dollars in 2023, Chile's customs said, while copper, wine and fruit sold abroad fetched 94 billion dollars.", '2024-01-10', 94e9)?.flow).toBe('export');
  });
});
