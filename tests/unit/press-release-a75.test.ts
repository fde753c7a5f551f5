/**
 * Rules added in the fixing round for batches b182, b183 and b185 (issue 9, thirty-first session): seasonal spans closed at a
 * month's end, month-on-month and pace wording in translated English, balances that "enlarged", people crossing a port,
 * duty-free spending and visits, parts named after "including", asides of what goods mostly were or placing a city, a place's
 * service to a far end, and trains on a railway after a port's clause. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a75', source_url: 'https://example.org/r/a75', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growth = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.value === null && r.yoy_pct === yoy);

describe('a span opened on a day and closed at a later month\'s end covers those months', () => {
  it('reads "between its reopening on April 1 and the end of November"', () => {
    const rows = rowsOf('URUMQI, Dec. 6 -- Between its reopening on April 1 and the end of November, the mountain pass cleared goods worth 1.94 billion yuan.', '2025-12-06');
    expect(row(rows, 1.94e9)).toMatchObject({ period_start: '2025-04', period_end: '2025-11' });
  });
  it('reads "from 3 April to end-November" with the day first', () => {
    const rows = rowsOf('KASHGAR, Dec. 6 -- The crossing handled 52,300 tonnes of freight from 3 April to end-November, the customs office said.', '2025-12-06');
    expect(row(rows, 52300)).toMatchObject({ period_start: '2025-04', period_end: '2025-11' });
  });
  it('reads "from the resumption of traffic on May 2 until late October"', () => {
    const rows = rowsOf('LHASA, Nov. 9 -- From the resumption of traffic on May 2 until late October, trade through the pass totalled 612 million yuan.', '2025-11-09');
    expect(row(rows, 612e6)).toMatchObject({ period_start: '2025-05', period_end: '2025-10' });
  });
  it('reads "between June 1 and the end of September" after the amount', () => {
    const rows = rowsOf('GILGIT, Oct. 8 -- The dry port received 18,700 tonnes of goods between June 1 and the end of September.', '2025-10-08');
    expect(row(rows, 18700)).toMatchObject({ period_start: '2025-06', period_end: '2025-09' });
  });
  it('keeps a launch written with its own year a total since the launch (guard)', () => {
    const rows = rowsOf('KUNMING, Dec. 6 -- From its opening on Dec. 3, 2021 to the end of November, the railway carried 3.4 million tonnes of goods.', '2025-12-06');
    expect(row(rows, 3.4e6)?.period_start).toBe('2021-12');
  });
});

describe('month-on-month in translated English and a pace beside an earlier rate', () => {
  it('reads "compared with the last month" as against the month before', () => {
    const rows = rowsOf('NANNING, April 20 -- In March, the region\'s exports were 30.2 billion yuan, an increase of 9.4% year-on-year, and an increase of 18.3% compared with the last month.', '2026-04-20');
    expect(growth(rows, 18.3)).toBeUndefined();
    expect(row(rows, 30.2e9)?.yoy_pct).toBe(9.4);
  });
  it('reads "a chain increase of" as against the month before', () => {
    const rows = rowsOf('HEFEI, April 20 -- In March, the province\'s imports came to 21.7 billion yuan, a chain increase of 6.2%.', '2026-04-20');
    expect(row(rows, 21.7e9)?.yoy_pct).toBeNull();
  });
  it('reads "over the last month" the same way', () => {
    const rows = rowsOf('JINAN, April 20 -- In March, the city\'s exports reached 14.1 billion yuan, up 5.6% over the last month.', '2026-04-20');
    expect(row(rows, 14.1e9)?.yoy_pct).toBeNull();
  });
  it('keeps a change against the same month last year year-on-year (guard)', () => {
    const rows = rowsOf('JINAN, April 20 -- In March, the city\'s exports reached 14.1 billion yuan, up 5.6% compared with the same month last year.', '2026-04-20');
    expect(row(rows, 14.1e9)?.yoy_pct).toBe(5.6);
  });
  it('keeps a rate "both slower than in July" year-on-year', () => {
    const rows = rowsOf('BEIJING, Sept. 8 -- In August alone, exports rose 4.1 percent from a year earlier and imports gained 2.2 percent, both slower than in July.', '2025-09-08');
    expect(growth(rows, 2.2)).toMatchObject({ period_start: '2025-08', flow: 'import' });
  });
  it('keeps a rate "a weaker pace than in August" year-on-year', () => {
    const rows = rowsOf('BEIJING, Oct. 9 -- In September, exports climbed 5.2 percent on the year, while imports edged up 0.9 percent, a weaker pace than in August.', '2025-10-09');
    expect(growth(rows, 0.9)).toMatchObject({ period_start: '2025-09', flow: 'import' });
  });
  it('keeps a rate "faster than in August" after a year-on-year one year-on-year', () => {
    const rows = rowsOf('BEIJING, Oct. 9 -- Exports in September increased 5.2 percent from a year before, and imports added 1.3 percent, faster than in August.', '2025-10-09');
    expect(growth(rows, 1.3)).toMatchObject({ flow: 'import' });
  });
});

describe('a balance that "enlarged" rose', () => {
  it('reads "enlarged by" after the surplus', () => {
    const rows = rowsOf('XIAMEN, Jan. 21 -- In 2025, the city\'s trade surplus was 96 billion yuan, enlarged by 14.8%.', '2026-01-21');
    expect(row(rows, 96e9)).toMatchObject({ flow: 'balance', yoy_pct: 14.8 });
  });
  it('reads "enlarged" before the level', () => {
    const rows = rowsOf('XIAMEN, Jan. 21 -- In 2025, the trade surplus of the city enlarged 12.5% to 80 billion yuan.', '2026-01-21');
    expect(row(rows, 80e9)).toMatchObject({ flow: 'balance', yoy_pct: 12.5 });
  });
  it('reads "an enlargement of" as a rise', () => {
    const rows = rowsOf('XIAMEN, Jan. 21 -- In 2025, the province\'s trade surplus reached 310 billion yuan, an enlargement of 7.7%.', '2026-01-21');
    expect(row(rows, 310e9)).toMatchObject({ flow: 'balance', yoy_pct: 7.7 });
  });
});

describe('people crossing a port, duty-free spending and visits are no trade rows', () => {
  it('drops people who passed through a port, whatever way an earlier clause went', () => {
    const rows = rowsOf('HOHHOT, July 8 -- Officers said an inbound train now clears in under four hours, and that 1.16 million people and 198,000 vehicles passed through the road port in the first half.', '2025-07-08');
    expect(row(rows, 1.16e6)).toBeUndefined();
  });
  it('drops travellers who crossed at a checkpoint after an outbound truck', () => {
    const rows = rowsOf('HEIHE, July 8 -- Officials said an outbound truck now clears in 20 minutes, and that 420,000 travellers crossed at the checkpoint in the first half.', '2025-07-09');
    expect(row(rows, 420000)).toBeUndefined();
  });
  it('drops money visitors spent on duty-free shopping', () => {
    const rows = rowsOf('URUMQI, April 9 -- Horgos Port handled 9.8 million tonnes in the first quarter. At the Horgos International Border Cooperation Center, visitors spent 1.7 billion yuan on duty-free shopping in the quarter.', '2026-04-09');
    expect(row(rows, 1.7e9)).toBeUndefined();
  });
  it('drops a count of visits, not reading it in yuan', () => {
    const rows = rowsOf('URUMQI, April 9 -- In the first quarter the zone\'s shops sold goods worth 1.2 billion yuan to traders, and 2.4 million visits were made to the zone.', '2026-04-09');
    expect(row(rows, 2.4e6)).toBeUndefined();
  });
  it('drops money shoppers spent on duty-free goods', () => {
    const rows = rowsOf('URUMQI, April 9 -- Horgos Port handled 9.8 million tonnes in the first quarter. Inside the China-Kazakhstan Horgos International Border Cooperation Center, shoppers spent 1.7 billion yuan on duty-free goods over the quarter.', '2026-04-09');
    expect(row(rows, 1.7e9)).toBeUndefined();
  });
});

describe('a part named after "including" keeps its flow word to itself', () => {
  it('keeps goods that crossed a port two-way when an imported part follows', () => {
    const rows = rowsOf('KUNMING, Jan. 17 -- Some 1.41 million tons of goods crossed the port in 2025, including 386,000 tons of fruit imported from Myanmar.', '2026-01-17');
    expect(row(rows, 1.41e6)?.flow).toBe('total');
    expect(row(rows, 386000)?.flow).toBe('import');
  });
  it('does so with an exported part', () => {
    const rows = rowsOf('KUNMING, Jan. 17 -- Last year 940,000 tonnes of goods crossed the Friendship Bridge, including 210,000 tonnes of fertiliser exported to Nepal.', '2026-01-17');
    expect(row(rows, 940000)?.flow).toBe('total');
  });
  it('does so for goods cleared at a port', () => {
    const rows = rowsOf('KUNMING, Jan. 17 -- Some 2.2 million tons of goods were cleared at the port last year, including 600,000 tons of rubber imported from Laos.', '2026-01-17');
    expect(row(rows, 2.2e6)?.flow).toBe('total');
  });
  it('keeps the flow of a whole that names its own (guard)', () => {
    const rows = rowsOf('KUNMING, Jan. 17 -- Imports through the port reached 1.41 million tonnes in 2025, including 386,000 tonnes of fruit.', '2026-01-17');
    expect(row(rows, 1.41e6)?.flow).toBe('import');
  });
});

describe('an aside of what the goods mostly were names no area of them', () => {
  const lead = "KUNMING, April 22 -- Yunnan's foreign trade reached 68.4 billion yuan in the first quarter, up 9.6 percent.";
  it('keeps the province for fruit "mostly ... arriving by" a railway', () => {
    const rows = rowsOf(`${lead} The imports of fruit were 418,000 tonnes, up 15.6%, mostly durians and longans arriving by the China-Laos Railway and the highway ports.`, '2026-04-22');
    expect(row(rows, 418000)?.area).toBe('Yunnan');
  });
  it('does so for "most of them ... carried on" a railway', () => {
    const rows = rowsOf(`${lead} Fruit imports were 418,000 tonnes, most of them durians carried on the China-Laos Railway.`, '2026-04-22');
    expect(row(rows, 418000)?.area).toBe('Yunnan');
  });
  it('does so for "largely hauled in by" a railway', () => {
    const rows = rowsOf(`${lead} Log imports stood at 2.1 million cubic meters, largely hauled in by the China-Laos Railway.`, '2026-04-22');
    expect(row(rows, 2.1e6)?.area).toBe('Yunnan');
  });
  it('does so for an aside between subject and verb naming a country\'s waters', () => {
    const rows = rowsOf("CHANGCHUN, Aug. 6 -- Imports through Hunchun Port rose in the first seven months of 2024. The catch, largely crab and pollock from Russia's Far East, was valued at 3.9 billion yuan.", '2024-08-06');
    expect(row(rows, 3.9e9)?.area).toBe('Hunchun Port');
  });
  it('keeps the area a port of the subject names (guard)', () => {
    const rows = rowsOf(`${lead} Rubber imports through Mohan Port, mostly from Laos, came to 2.2 billion yuan.`, '2026-04-22');
    expect(row(rows, 2.2e9)?.area).toBe('Mohan Port');
  });
  it('ends the aside before a clause joined by "while" (guard)', () => {
    const rows = rowsOf('ERENHOT, Sept. 4 -- Inbound cargo came to 7.2 million tonnes in the eight months, mainly coal and copper concentrate, while outbound cargo, led by machinery and fruit, totalled 2.6 million tonnes.', '2025-09-04');
    expect(row(rows, 2.6e6)?.flow).toBe('export');
  });
});

describe('an aside placing a city inside the subject names no area', () => {
  const lead = 'ZHENGZHOU, Jan. 8 -- The Zhengzhou hub ran 1,126 trains in 2025.';
  it('reads "of which Zhengzhou is the capital"', () => {
    const rows = rowsOf(`${lead} Henan province, of which Zhengzhou is the capital, saw its foreign trade reach 812.4 billion yuan in 2025, up 6.2 percent.`, '2026-01-08');
    expect(row(rows, 812.4e9)?.area).toBe('Henan');
  });
  it('reads "where Zhengzhou is located"', () => {
    const rows = rowsOf(`${lead} Henan province, where Zhengzhou is located, saw its foreign trade reach 812.4 billion yuan in 2025.`, '2026-01-08');
    expect(row(rows, 812.4e9)?.area).toBe('Henan');
  });
  it('reads "in which Zhengzhou lies"', () => {
    const rows = rowsOf(`${lead} Henan province, in which Zhengzhou lies, posted foreign trade of 812.4 billion yuan in 2025.`, '2026-01-08');
    expect(row(rows, 812.4e9)?.area).toBe('Henan');
  });
  it('keeps the parts after "of which" with a number of their own (guard)', () => {
    const rows = rowsOf('ZHENGZHOU, Jan. 8 -- Henan\'s foreign trade reached 812.4 billion yuan in 2025, of which Zhengzhou accounted for 612.1 billion yuan.', '2026-01-08');
    expect(row(rows, 612.1e9)?.area).toBe('Zhengzhou');
  });
});

describe('a place\'s service to a far end is the owner\'s', () => {
  const lead = 'ERENHOT, Oct. 15 -- Erenhot port handled 18.42 million tonnes of cargo from January to September, up 12.7 percent.';
  it('keeps the owner for "Erenhot\'s sea-rail service with Tianjin Port"', () => {
    const rows = rowsOf(`${lead} Erenhot's sea-rail intermodal service with Tianjin Port ran 412 trains over the nine months.`, '2024-10-15');
    expect(row(rows, 412)?.area).toBe('Erenhot Port');
  });
  it('does so for a link "to" a seaport carrying boxes', () => {
    const rows = rowsOf(`${lead} Erenhot's rail-sea link to Tianjin Port carried 35,000 TEUs in the period.`, '2024-10-15');
    expect(row(rows, 35000)?.area).toBe('Erenhot Port');
  });
  it('does so for a route "with" a port', () => {
    const rows = rowsOf(`${lead} Erenhot's container route with Tianjin Port moved 35,000 TEUs in the period.`, '2024-10-15');
    expect(row(rows, 35000)?.area).toBe('Erenhot Port');
  });
  it('keeps a seaport owning the service its own', () => {
    const rows = rowsOf(`${lead} Tianjin Port's sea-rail service with Erenhot ran 412 trains over the nine months.`, '2024-10-15');
    expect(row(rows, 412)?.area).toBe('Tianjin Port');
  });
  it('keeps the port of a service no place owns (guard)', () => {
    const rows = rowsOf(`${lead} The operator's sea-rail service with Tianjin Port ran 412 trains over the nine months.`, '2024-10-15');
    expect(row(rows, 412)?.area).toBe('Tianjin Port');
  });
});

describe('trains on the railway in a clause after a port\'s are the railway\'s', () => {
  const lead = 'KUNMING, June 4 -- Cross-border cargo carried on the China-Laos Railway reached 20.4 million tonnes by the end of May since the line opened in December 2021.';
  it('reads ", and freight trains on the railway numbered"', () => {
    const rows = rowsOf(`${lead} In the first five months, the Mohan railway port handled 2.18 million tonnes of freight, and freight trains on the railway numbered 2,094.`, '2026-06-04');
    expect(row(rows, 2094)?.area).toBe('China-Laos Railway');
  });
  it('reads ", while freight trains on the line totalled"', () => {
    const rows = rowsOf(`${lead} In the first five months, Mohan Port cleared 2.18 million tonnes of freight, while freight trains on the line totalled 2,094.`, '2026-06-04');
    expect(row(rows, 2094)?.area).toBe('China-Laos Railway');
  });
  it('reads a clause after a semicolon', () => {
    const rows = rowsOf(`${lead} In the first five months, the Mohan railway port handled 2.18 million tonnes of cargo; cross-border trains running on the railway numbered 2,094.`, '2026-06-04');
    expect(row(rows, 2094)?.area).toBe('China-Laos Railway');
  });
  it('keeps trains making trips through the port the port\'s (guard)', () => {
    const rows = rowsOf(`${lead} In the first five months, Mohan Port handled 2.18 million tonnes, and trains on the railway made 2,094 trips through the port.`, '2026-06-04');
    expect(row(rows, 2094)?.area).toBe('Mohan Port');
  });
});
