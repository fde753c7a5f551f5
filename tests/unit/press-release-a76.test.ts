/**
 * Rules added in the fixing round for the blind batches b186 (other countries' agencies on their own trade) and b187 (goods
 * in China's trade as commodity desks report them). Texts are our own, written for these tests; each rule has phrasings in
 * several registers and a near miss that must not trigger.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2025-11-06'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a76', source_url: 'https://example.org/r/a76', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growth = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.yoy_pct === yoy);

describe('a forecaster\'s verb with the change it foresees as object is a forecast', () => {
  it('drops "projects export growth of about N per cent for the whole year"', () => {
    const rows = rowsOf('HANOI, Nov. 6 -- Exports in the first ten months reached $335.6 billion, up 14.9 per cent. The statistics office projects export growth of about 12 per cent for the whole year.');
    expect(growth(rows, 12)).toBeUndefined();
    expect(row(rows, 335.6e9)?.yoy_pct).toBe(14.9);
  });
  it('drops "the ministry anticipates an import decline of 3 percent" (agency English)', () => {
    const rows = rowsOf('BANGKOK, Nov 6 -- Imports fell 2.1 percent to 21.4 billion dollars in October. The ministry anticipates an import decline of 3 percent in the final quarter.');
    expect(growth(rows, -3)).toBeUndefined();
    expect(growth(rows, 3)).toBeUndefined();
  });
  it('drops "is projecting a rise of 8 per cent" and "predicts a 4.5 percent increase" (wire)', () => {
    const rows = rowsOf('OSLO, Nov 6 (Reuters) - Salmon exports rose 6 per cent to NOK 9.2 billion in October. The council is projecting a rise of 8 per cent for the year, and one bank predicts a 4.5 percent increase in 2026.');
    expect(growth(rows, 8)).toBeUndefined();
    expect(growth(rows, 4.5)).toBeUndefined();
    expect(growth(rows, 6)).toBeDefined();
  });
  it('keeps an office\'s estimate of a period already over (near miss)', () => {
    const rows = rowsOf('HANOI, Nov. 6 -- The statistics office estimates export growth of 14.9 per cent for the first ten months, to $335.6 billion.');
    expect(growth(rows, 14.9)).toBeDefined();
  });
});

describe('a first estimate named with its month or kind before the amount is superseded', () => {
  it('drops "had originally reported a July shortfall of C$4.90 billion" (wire)', () => {
    const rows = rowsOf('OTTAWA, Oct 7 - The deficit widened to C$6.32 billion in August from a revised C$4.94 billion in July. Statscan had originally reported a July shortfall of C$4.90 billion.', '2025-10-07');
    expect(row(rows, -4.9e9)).toBeUndefined();
    expect(row(rows, -4.94e9)).toMatchObject({ period_start: '2025-07' });
  });
  it('drops "initially published an August trade gap of $3.1 billion" (agency)', () => {
    const rows = rowsOf('MANILA, Oct. 10 -- The trade gap stood at $3.4 billion in September. The authority initially published an August trade gap of $3.1 billion, since revised to $3.3 billion.', '2025-10-10');
    expect(row(rows, -3.1e9)).toBeUndefined();
  });
  it('drops "had first estimated a June surplus of 2.1 billion" (translated English)', () => {
    const rows = rowsOf('JAKARTA, Aug 15 -- The trade surplus in July amounted to 4.2 billion US dollars. The statistics agency had first estimated a June surplus of 2.1 billion US dollars.', '2025-08-15');
    expect(row(rows, 2.1e9)).toBeUndefined();
    expect(row(rows, 4.2e9)).toBeDefined();
  });
  it('keeps a month\'s balance reported without a word of a first estimate (near miss)', () => {
    const rows = rowsOf('OTTAWA, Aug 6 - Statistics Canada reported a June shortfall of C$5.9 billion on Wednesday.', '2025-08-06');
    expect(row(rows, -5.9e9)).toMatchObject({ period_start: '2025-06', flow: 'balance' });
  });
});

describe('a day\'s best told as "a daily record / high / peak of" is a day\'s figure', () => {
  it('drops "flows set a daily record of N cubic metres on Feb. 3" (wire)', () => {
    const rows = rowsOf('MOSCOW, March 18 (Reuters) - Gas exports through the pipeline came to 6.1 billion cubic metres in January and February, and flows set a daily record of 104.2 million cubic metres on Feb. 5.', '2026-03-18');
    expect(row(rows, 104.2e6)).toBeUndefined();
    expect(row(rows, 6.1e9)).toBeDefined();
  });
  it('drops "handled a daily high of 52,000 tonnes" (local outlet)', () => {
    const rows = rowsOf('QINZHOU, May 9 -- Qinzhou Port handled 1.9 million tonnes of grain in April. Unloading hit a daily high of 52,000 tonnes during the harvest rush.', '2025-05-09');
    expect(row(rows, 52000)).toBeUndefined();
    expect(row(rows, 1.9e6)).toBeDefined();
  });
  it('drops "reached a new daily peak at 41,000 tonnes" (agency)', () => {
    const rows = rowsOf('ULAANBAATAR, June 3 -- Coal exports rose 12 percent to 7.4 million tonnes in May, and loadings at the border reached a new daily peak at 41,000 tonnes.', '2025-06-03');
    expect(row(rows, 41000)).toBeUndefined();
  });
  it('keeps a month\'s record level with no day in it (near miss)', () => {
    const rows = rowsOf('SINGAPORE, June 3 (Reuters) - LNG imports hit a record 7.9 million tonnes in May, up 9 percent from a year earlier.', '2025-06-03');
    expect(row(rows, 7.9e6)).toMatchObject({ period_start: '2025-05', yoy_pct: 9 });
  });
});

describe('a part introduced by "with" after a change is its own subject, however long its name', () => {
  it('keeps the change on the level before "with metal ores and minerals the largest component at"', () => {
    const rows = rowsOf('CANBERRA, Nov 6 - Goods exports to China were $13,210 million in September, down 8.5 per cent on September 2024, with metal ores and minerals the largest component at $8,044 million.');
    expect(row(rows, 13210e6)?.yoy_pct).toBe(-8.5);
    expect(row(rows, 8044e6)?.yoy_pct).toBeNull();
  });
  it('reads "with machinery and transport equipment, the biggest group, at" the same way (agency)', () => {
    const rows = rowsOf('SINGAPORE, Nov 6 -- Imports from China reached S$6.2 billion in October, up 4.1 per cent year on year, with machinery and transport equipment, the biggest group, at S$3.4 billion.');
    expect(row(rows, 6.2e9)?.yoy_pct).toBe(4.1);
    expect(row(rows, 3.4e9)?.yoy_pct).toBeNull();
  });
  it('reads "with the category of passenger cars, auto parts and accessories at" the same way (translated English)', () => {
    const rows = rowsOf('SEOUL, Nov. 6 -- Exports to the United States came to 10.1 billion U.S. dollars in October, a fall of 2.3 percent, with the category of passenger cars, auto parts and accessories at 3.2 billion U.S. dollars.');
    expect(row(rows, 10.1e9)?.yoy_pct).toBe(-2.3);
    expect(row(rows, 3.2e9)?.yoy_pct).toBeNull();
  });
  it('still leads a change into the level it rises to (near miss)', () => {
    const rows = rowsOf('CANBERRA, Nov 6 - Shipments of metal ores and minerals to China jumped 12 per cent to a record $8,044 million in September.');
    expect(row(rows, 8044e6)?.yoy_pct).toBe(12);
  });
});

describe('a span said right after an amount, with its own preposition, is that amount\'s period', () => {
  it('dates "7.46 million tonnes over the quarter" after "in March" as the quarter (commodity desk)', () => {
    const rows = rowsOf('BEIJING, April 14 -- First-quarter iron ore arrivals fell 8.4% to 285.3 million tonnes. Copper concentrate imports came to 2.53 million tonnes in March and 7.46 million tonnes over the quarter.', '2025-04-14');
    expect(row(rows, 2.53e6)).toMatchObject({ period_start: '2025-03', period_end: '2025-03' });
    expect(row(rows, 7.46e6)).toMatchObject({ period_start: '2025-01', period_end: '2025-03' });
  });
  it('dates "and to 2.61 million tonnes over the five months" as January-May (wire)', () => {
    const rows = rowsOf('BEIJING, June 8 -- Steel exports reached 49.8 million tonnes in the first five months. Steel imports fell to 498,000 tonnes in May and to 2.61 million tonnes over the five months.', '2026-06-08');
    expect(row(rows, 2.61e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-05' });
  });
  it('dates "230,000 tonnes during the half" as the half stated before (local outlet)', () => {
    const rows = rowsOf('QINGDAO, July 20 -- The port handled 1.2 million tonnes of soybeans in the first half of 2025. Imports through its grain terminal were 41,000 tonnes in June and 230,000 tonnes during the half.', '2025-07-20');
    expect(row(rows, 230000)).toMatchObject({ period_start: '2025-01', period_end: '2025-06' });
    expect(row(rows, 41000)).toMatchObject({ period_start: '2025-06', period_end: '2025-06' });
  });
  it('keeps the month on the amount before it when the span dates a later verb (near miss)', () => {
    const rows = rowsOf('BEIJING, April 14 -- First-quarter iron ore arrivals fell 8.4% to 285.3 million tonnes. Copper concentrate imports reached 2.53 million tonnes in March and grew 6.7% over the quarter.', '2025-04-14');
    expect(row(rows, 2.53e6)).toMatchObject({ period_start: '2025-03', period_end: '2025-03' });
  });
});

describe('"during / throughout / across the year" in a report out early in a year is the year just ended', () => {
  it('dates "shipped 1.05 million tons of beef to China during the year" as the calendar year', () => {
    const rows = rowsOf('BEIJING, Jan 13 -- China imported 2.87 million tons of beef in 2024. December arrivals were 259,000 tons. Brazil shipped 1.05 million tons of beef to China during the year.', '2025-01-13');
    expect(row(rows, 1.05e6)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('reads "throughout the year" the same way (agency)', () => {
    const rows = rowsOf('ASTANA, Feb 4 -- Grain exports to China were 310,000 tonnes in December. Throughout the year, the country sold 2.9 million tonnes of wheat abroad.', '2025-02-04');
    expect(row(rows, 2.9e6)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('reads "across the year" the same way (wire)', () => {
    const rows = rowsOf('SANTIAGO, Jan 20 (Reuters) - Copper exports were $4.1 billion in December and $49.6 billion across the year, the central bank said.', '2025-01-20');
    expect(row(rows, 49.6e9)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('leaves "during the year" in a story of mid-year to its sentence\'s month (near miss)', () => {
    const rows = rowsOf('SANTIAGO, June 20 (Reuters) - Copper exports were $4.1 billion in May, and buyers expect more during the year.', '2025-06-20');
    expect(row(rows, 4.1e9)).toMatchObject({ period_start: '2025-05', period_end: '2025-05' });
  });
});

describe('a calendar year named with "over", "across" or "the N calendar year" is the whole year', () => {
  it('dates "Over calendar 2023, ... totalled" as 2023 after a December figure (wire)', () => {
    const rows = rowsOf('CANBERRA, Feb 8 (AAP) - Iron ore exports to China were A$11.9 billion in December. Over calendar 2023, iron ore exports to China totalled A$104.6 billion.', '2024-02-08');
    expect(row(rows, 104.6e9)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
  it('dates "Across calendar 2023" the same way (agency)', () => {
    const rows = rowsOf('JAKARTA, Feb 8 -- Coal exports to China were 21.3 million tonnes in December. Across calendar 2023 the country shipped 221 million tonnes of coal to China.', '2024-02-08');
    expect(row(rows, 221e6)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
  it('dates "in the 2023 calendar year" the same way (local outlet)', () => {
    const rows = rowsOf('WELLINGTON, Feb 8 - Dairy exports to China were NZ$1.2 billion in December and NZ$9.8 billion in the 2023 calendar year.', '2024-02-08');
    expect(row(rows, 9.8e9)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
  it('does not read "up 12 per cent over 2022" as the figure\'s year (near miss)', () => {
    const rows = rowsOf('CANBERRA, Feb 8 (AAP) - Iron ore exports to China were A$11.9 billion in December, up 12 per cent over 2022 levels.', '2024-02-08');
    expect(row(rows, 11.9e9)).toMatchObject({ period_start: '2023-12', period_end: '2023-12' });
  });
});

describe('months named as a part of a fiscal year of one number are those months', () => {
  it('dates "the April-September half of fiscal 2025" as April-September 2025 (Kyodo)', () => {
    const rows = rowsOf('TOKYO, Oct. 20 (Kyodo) -- Japan\'s goods trade stayed in deficit in the April-September half of fiscal 2025, though the shortfall narrowed 25.3 percent from a year earlier to 2.61 trillion yen.', '2025-10-20');
    expect(row(rows, -2.61e12)).toMatchObject({ period_start: '2025-04', period_end: '2025-09' });
  });
  it('dates "the October-December quarter of fiscal 2024" as that quarter', () => {
    const rows = rowsOf('TOKYO, Jan. 23 -- Japan\'s goods trade deficit in the October-December quarter of fiscal 2024 came to 1.9 trillion yen, the Finance Ministry said.', '2025-01-23');
    expect(row(rows, -1.9e12)).toMatchObject({ period_start: '2024-10', period_end: '2024-12' });
  });
  it('dates "the July-September quarter of FY2026" in India\'s calendar (translated English)', () => {
    const rows = rowsOf('NEW DELHI, Oct 15 -- India\'s merchandise exports in the July-September quarter of FY2026 stood at 110.1 billion dollars, the commerce ministry said.', '2025-10-15');
    expect(row(rows, 110.1e9)).toMatchObject({ period_start: '2025-07', period_end: '2025-09' });
  });
  it('keeps "in fiscal 2024" alone the whole fiscal year (near miss)', () => {
    const rows = rowsOf('TOKYO, May 21 (Kyodo) -- Japan\'s exports reached 105.2 trillion yen in fiscal 2024, up 6.2 percent, the Finance Ministry said.', '2025-05-21');
    expect(row(rows, 105.2e12)).toMatchObject({ period_start: '2024-04', period_end: '2025-03' });
  });
});

describe('goods counted one by one under their own plural noun (phones, batteries, solar panels, televisions) are units', () => {
  it('reads "exported 1.84 billion lithium-ion batteries" as a count of units (wire)', () => {
    const rows = rowsOf('BEIJING, July 14 (Reuters) - China exported 1.84 billion lithium-ion batteries in the first half of 2024, up 8.2% from a year earlier.', '2024-07-14');
    expect(row(rows, 1.84e9)).toMatchObject({ unit: 'units', measure: 'count', yoy_pct: 8.2 });
  });
  it('reads "71.2 million phones were shipped abroad" as units (agency)', () => {
    const rows = rowsOf('BEIJING, Jan 14 (Xinhua) -- In December alone, 71.2 million phones were shipped abroad, up 2.3% from a year earlier.', '2026-01-14');
    expect(row(rows, 71.2e6)).toMatchObject({ unit: 'units', yoy_pct: 2.3 });
  });
  it('reads "9.6 million solar panels" and "4.2 million televisions" as units (local outlet)', () => {
    const rows = rowsOf('NINGBO, May 9 -- The port cleared 9.6 million solar panels and 4.2 million televisions for export in April.', '2025-05-09');
    expect(row(rows, 9.6e6)?.unit).toBe('units');
    expect(row(rows, 4.2e6)?.unit).toBe('units');
  });
  it('keeps tonnes of batteries in tonnes (near miss)', () => {
    const rows = rowsOf('BEIJING, July 14 -- Exports of used batteries for recycling came to 12,400 tonnes in June.', '2024-07-14');
    expect(row(rows, 12400)?.unit).toBe('tonnes');
  });
});

describe('a market\'s turnover set off by a comma is the flow of that market', () => {
  it('reads "the largest export market, with an estimated turnover of" as exports (translated English)', () => {
    const rows = rowsOf('HANOI, Nov. 6 -- In the first ten months, the US remained Viet Nam\'s largest export market, with an estimated turnover of $98.3 billion.', '2024-11-06');
    expect(row(rows, 98.3e9)).toMatchObject({ flow: 'export', partner: 'United States' });
  });
  it('reads "the biggest import source of Viet Nam, with a turnover of" as imports (agency)', () => {
    const rows = rowsOf('HANOI, Nov. 6 -- In the first ten months, China was the biggest import source of Viet Nam, with a turnover of $117.6 billion.', '2024-11-06');
    expect(row(rows, 117.6e9)?.flow).toBe('import');
  });
  it('reads "the third largest export market in the first ten months, with a turnover of" as exports (local outlet)', () => {
    const rows = rowsOf('HANOI, Nov. 6 -- The EU ranked as the third largest export market in the first ten months, with a turnover of $42.1 billion.', '2024-11-06');
    expect(row(rows, 42.1e9)?.flow).toBe('export');
  });
  it('keeps two-way turnover with a partner ranked as "its largest partner" total (near miss)', () => {
    const rows = rowsOf('HANOI, Nov. 6 -- Two-way turnover with the US, its largest partner, reached $110.2 billion in the first ten months.', '2024-11-06');
    expect(row(rows, 110.2e9)?.flow).toBe('total');
  });
});

describe('goods a port cleared, with no flow word, go on with the one way of the story just before', () => {
  it('keeps "In April alone, the port cleared 96,000 tonnes of the fruit" an import after imported fruit (local outlet)', () => {
    const rows = rowsOf('NANNING, May 12 -- Dongxing Port cleared 412,000 tonnes of imported fruit in the first four months. In April alone, the port cleared 96,000 tonnes of the fruit.', '2025-05-12');
    expect(row(rows, 96000)?.flow).toBe('import');
  });
  it('keeps three ports\' tonnes "cleared ... respectively" imports after the province\'s ore imports (agency)', () => {
    const rows = rowsOf('JINAN, Oct. 24 (Xinhua) -- Shandong imported 137.8 million tonnes of iron ore in the first three quarters. Qingdao, Rizhao and Yantai ports cleared 61.2 million, 48.5 million and 19.6 million tonnes respectively during the period.', '2024-10-24');
    for (const v of [61.2e6, 48.5e6, 19.6e6]) expect(row(rows, v)?.flow).toBe('import');
  });
  it('keeps what a port cleared after the city\'s exports an export (translated English)', () => {
    const rows = rowsOf('HEIHE, Nov. 3 -- Heihe exported 52,000 tonnes of vegetables to Russia in October, up 9 percent. Heihe Port cleared 31,000 tonnes of them by river ferry.', '2024-11-03');
    expect(row(rows, 31000)?.flow).toBe('export');
  });
  it('leaves a larger amount cleared, or cargo cleared, two-way (near misses)', () => {
    const larger = rowsOf('NANNING, May 12 -- Dongxing Port cleared 412,000 tonnes of imported fruit in the first four months. The port cleared 2.6 million tonnes in the first four months.', '2025-05-12');
    expect(row(larger, 2.6e6)?.flow).toBe('total');
    const cargo = rowsOf('NANNING, May 12 -- Dongxing Port cleared 412,000 tonnes of imported fruit in the first four months. In April alone, the port cleared 96,000 tonnes of cargo.', '2025-05-12');
    expect(row(cargo, 96000)?.flow).toBe('total');
  });
});

describe('a country\'s bare shipments after a supplier named as the subject of "supplied" are the reporter\'s imports', () => {
  it('reads "Mongolia supplied ..., and Russia\'s shipments fell" as China\'s imports from Russia (wire)', () => {
    const rows = rowsOf('BEIJING, Jan 13 -- China imported 542.7 million tonnes of coal in 2024, data from the General Administration of Customs showed. Mongolia supplied 83.8 million tonnes, and Russia\'s shipments fell 5.6% to 97.4 million tonnes.', '2025-01-13');
    expect(row(rows, 97.4e6)).toMatchObject({ area: 'China', partner: 'Russia', flow: 'import' });
    expect(row(rows, 83.8e6)).toMatchObject({ area: 'China', partner: 'Mongolia' });
  });
  it('reads "Australia supplied ..., while Indonesia\'s cargoes rose" the same way (commodity desk)', () => {
    const rows = rowsOf('BEIJING, Jan 13 -- China imported 542.7 million tonnes of coal in 2024, customs data showed. Australia supplied 110 million tonnes, while Indonesia\'s cargoes rose 4.1% to 238 million tonnes.', '2025-01-13');
    expect(row(rows, 238e6)).toMatchObject({ area: 'China', partner: 'Indonesia', flow: 'import' });
  });
  it('reads "Brazil provided ..., while Argentina\'s cargoes slid" the same way (agency)', () => {
    const rows = rowsOf('BEIJING, Nov 7 -- China\'s soybean imports reached 9.4 million tonnes in October, customs data showed. Brazil provided 6.8 million tonnes, while Argentina\'s cargoes slid 12% to 0.9 million tonnes.', '2025-11-07');
    expect(row(rows, 0.9e6)).toMatchObject({ area: 'China', partner: 'Argentina', flow: 'import' });
  });
  it('leaves shipments to a third country the shipper\'s own (near miss)', () => {
    const rows = rowsOf('BEIJING, Jan 13 -- China imported 542.7 million tonnes of coal in 2024, customs data showed. Mongolia supplied 83.8 million tonnes, while Russia\'s shipments to India rose 8% to 41 million tonnes.', '2025-01-13');
    expect(row(rows, 41e6)?.area).not.toBe('China');
  });
});

describe('a trade body named by its country\'s adjective and its trade ("the Norwegian Seafood Council") reports that country', () => {
  it('keeps the council\'s exports to China Norway\'s despite Chinese cities and "the China total" (agency)', () => {
    const rows = rowsOf("TROMSO, 7 January -- Norway exported seafood worth NOK 8.4 billion to China in 2024, the Norwegian Seafood Council said on Tuesday.\n\nSalmon made up NOK 5.9 billion of the China total, as new direct flights from Oslo to Shanghai and Guangzhou made fresh deliveries easier. In December alone, seafood exports to China were worth NOK 0.98 billion.\n", '2025-01-07');
    expect(row(rows, 8.4e9)).toMatchObject({ area: 'Norway', partner: 'China', flow: 'export' });
    expect(row(rows, 0.98e9)).toMatchObject({ area: 'Norway', flow: 'export' });
  });
  it('reads "the Chilean Fruit Exporters Association" as Chile\'s (wire)', () => {
    const rows = rowsOf("SANTIAGO, Feb 10 -- Cherry exports to China were worth 2.1 billion dollars in 2024, the Chilean Fruit Exporters Association said.\n\nCherries made up 1.6 billion dollars of the China total, with ships sailing straight to Shanghai and Guangzhou. In December alone, cherry exports to China came to 640 million dollars.\n", '2025-02-10');
    expect(row(rows, 2.1e9)).toMatchObject({ area: 'Chile', partner: 'China', flow: 'export' });
    expect(row(rows, 640e6)?.area).toBe('Chile');
  });
  it('reads "the Malaysian Palm Oil Council" as Malaysia\'s (local outlet)', () => {
    const rows = rowsOf("KUALA LUMPUR, Jan 15 -- Palm oil exports to China reached 1.9 million tonnes in 2024, the Malaysian Palm Oil Council said.\n\nRefined oil made up 1.2 million tonnes of the China total, most of it for refiners in Tianjin and Guangzhou. In December alone, palm oil exports to China were 210,000 tonnes.\n", '2025-01-15');
    expect(row(rows, 1.9e6)).toMatchObject({ area: 'Malaysia', partner: 'China', flow: 'export' });
  });
  it('keeps a two-word country before a body\'s name whole (near miss)', () => {
    const rows = rowsOf('WELLINGTON, Jan 15 - Dairy exports to China were NZ$1.1 billion in December, the New Zealand Dairy Council said.', '2025-01-15');
    expect(row(rows, 1.1e9)).toMatchObject({ area: 'New Zealand', partner: 'China', flow: 'export' });
  });
});

describe('a foreign country naming a total ("the China total") is the partner that total is of', () => {
  it('reads "NOK 5.9 billion of the China total" as Norway\'s figure with China (agency)', () => {
    const rows = rowsOf("TROMSO, 7 January -- Norway exported seafood worth NOK 8.4 billion to China in 2024, the Norwegian Seafood Council said on Tuesday.\n\nSalmon made up NOK 5.9 billion of the China total, as new direct flights from Oslo to Shanghai and Guangzhou made fresh deliveries easier. In December alone, seafood exports to China were worth NOK 0.98 billion.\n", '2025-01-07');
    expect(row(rows, 5.9e9)).toMatchObject({ area: 'Norway', partner: 'China' });
  });
  it('reads "A$61.2 billion of the Japan figure" the same way (wire)', () => {
    const rows = rowsOf('CANBERRA, Feb 8 (AAP) - Australia\'s goods exports to Japan were A$98.4 billion in 2023, the Australian Bureau of Statistics said. Coal and LNG made up A$61.2 billion of the Japan figure.', '2024-02-08');
    expect(row(rows, 61.2e9)).toMatchObject({ area: 'Australia', partner: 'Japan' });
  });
  it('reads "of the India tally" the same way (local outlet)', () => {
    const rows = rowsOf('WELLINGTON, Feb 8 - New Zealand exported goods worth NZ$1.9 billion to India in 2023, Stats NZ said. Wood and apples accounted for NZ$0.7 billion of the India tally.', '2024-02-08');
    expect(row(rows, 0.7e9)).toMatchObject({ area: 'New Zealand', partner: 'India' });
  });
  it('keeps the release\'s own country the area of "the Norway total" (near miss)', () => {
    const rows = rowsOf('TROMSO, 7 January -- Norway exported seafood worth NOK 175.4 billion in 2024, the Norwegian Seafood Council said. Salmon made up NOK 122.1 billion of the Norway total.', '2025-01-07');
    expect(row(rows, 122.1e9)?.area).toBe('Norway');
    expect(row(rows, 122.1e9)?.partner).not.toBe('Norway');
  });
});
