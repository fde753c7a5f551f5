/**
 * Rules added in the fixing round for the blind batches b167 and b168 (issue 9): goals named after an amount, a last clause
 * on the volume, a growth trailing a price "a tonne", a deal's signing month, the bare apostrophe of names ending in "s",
 * goods moving through a gate of a long name, an apposition that calls bare goods an export, and partners that follow
 * in a ranking. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a61', source_url: 'https://example.org/r/a61', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('an amount naming a goal or a target right after it is no figure', () => {
  it('drops "the $150 billion goal" the two governments set', () => {
    const rows = rowsOf('MOSCOW, May 12 -- Trade between the two countries reached $131.6 billion last year, passing halfway to the $150 billion goal set by their leaders.');
    expect(row(rows, 131.6e9)).toBeDefined();
    expect(row(rows, 150e9)).toBeUndefined();
  });
  it('drops a target with its unit between ("the 2 million tonne target")', () => {
    const rows = rowsOf('ALMATY, May 12 -- Grain shipped to China came to 1.4 million tonnes in the first four months, well short of the 2 million tonne target for the half-year.');
    expect(row(rows, 1.4e6)).toBeDefined();
    expect(row(rows, 2e6)).toBeUndefined();
  });
  it('keeps an amount followed by "to target markets" (guard)', () => {
    const rows = rowsOf('HANOI, May 12 -- Rice exports reached 2.3 million tonnes in the first four months, with shipments of 1.1 million tonnes to target markets in Asia.');
    expect(row(rows, 1.1e6)).toBeDefined();
  });
});

describe('a last clause about the volume gives its growth to the tonnage', () => {
  it('reads "; the volume was up 3.4%" as the growth of the tonnes, not a row of its own', () => {
    const rows = rowsOf('BEIJING, May 12 -- China bought 31.6 million tonnes of iron ore from Brazil in January-April, worth $3.9 billion; the volume was up 3.4%, while the average price fell.');
    expect(row(rows, 31.6e6)).toMatchObject({ unit: 'tonnes', yoy_pct: 3.4 });
    expect(row(rows, 3.9e9)?.yoy_pct).toBeNull();
    expect(rows.some((r) => r.value === null)).toBe(false);
  });
  it('reads "; the quantity rose" the same way', () => {
    const rows = rowsOf('BEIJING, May 12 -- The country imported 2.2 million tonnes of barley in the first four months, valued at $640 million; the quantity rose 12.5% on the year.');
    expect(row(rows, 2.2e6)?.yoy_pct).toBe(12.5);
  });
});

describe('a growth trailing a price quoted "a tonne" is the price\'s', () => {
  it('drops the change of "about $612 a tonne, 9% lower than a year before"', () => {
    const rows = rowsOf('BEIJING, May 12 -- Aluminium exports rose to 520,000 tonnes in April. The average export price slipped to about $612 a tonne, 9% lower than a year before.');
    expect(row(rows, 520000)).toBeDefined();
    expect(rows.some((r) => r.yoy_pct === -9)).toBe(false);
  });
  it('keeps a growth after an amount of goods "a year" (guard: a yearly amount is no price)', () => {
    const rows = rowsOf('BEIJING, May 12 -- Exports of tyres reached $1.8 billion in April, up 7% from a year earlier.');
    expect(row(rows, 1.8e9)?.yoy_pct).toBe(7);
  });
});

describe('the month a deal was signed dates the signing, its object between', () => {
  it('keeps the quarter of a share whose aside names the month a trade deal was signed', () => {
    const rows = rowsOf('BEIJING, April 14 -- Corn imports in the first quarter totalled 5.1 million tonnes, up 8.4% from a year earlier. Cargoes from Ukraine, bought after the two governments signed a grain agreement in February, made up 36.5% of the quarter\'s corn imports.', '2026-04-14');
    expect(row(rows, 36.5)).toMatchObject({ unit: 'percent-share', period_start: '2026-01', period_end: '2026-03' });
  });
});

describe('a name ending in "s" takes the bare apostrophe as its possessive', () => {
  it('makes "Laos\' trade with China" the trade of Laos, after a sentence on a railway', () => {
    const rows = rowsOf('VIENTIANE, May 12 -- Freight on the Laos-China Railway reached 1.6 million tonnes in the first four months. Laos\' trade with China reached USD 2.2 billion in the period, up 9.5 percent.');
    expect(row(rows, 2.2e9)).toMatchObject({ area: 'Laos', partner: 'China' });
  });
  it('does the same for "the Netherlands\' exports" after a sentence on a port', () => {
    const rows = rowsOf('BRUSSELS, May 12 -- Cargo through the port of Antwerp reached 3.1 million tonnes in April. The Netherlands\' exports to China rose 6.2 percent to EUR 1.1 billion in April.');
    expect(row(rows, 1.1e9)?.area).toBe('Netherlands');
  });
});

describe('goods moving through a gate with a long name went both ways', () => {
  it('reads "Goods moving through the Mong Cai international border gate were worth" as total after an export sentence', () => {
    const rows = rowsOf('HANOI, May 12 -- Fruit exports to China fetched USD 1.2 billion in the first four months, up 4.1 percent. Goods moving through the Mong Cai international border gate were worth USD 2.9 billion in the four months, up 7.7 percent.');
    expect(row(rows, 2.9e9)?.flow).toBe('total');
  });
});

describe('an apposition calling bare goods an export makes the place inside it scenery', () => {
  it('keeps the city the area when "Tea, the city\'s oldest export grown by the farms of Yiwu county," names a county', () => {
    const rows = rowsOf('LISHUI, May 12 -- Lishui\'s imports and exports reached 32.1 billion yuan in the first four months, according to Lishui Customs. Tea, the city\'s oldest export grown by the farms of Songyang county, brought in 1.2 billion yuan, up 4.4%.');
    expect(row(rows, 1.2e9)?.area).toBe('Lishui');
  });
  it('does the same for a town of the lexicon', () => {
    const rows = rowsOf('HANGZHOU, May 12 -- Hangzhou\'s imports and exports reached 230.4 billion yuan in the first four months, according to Hangzhou Customs. Umbrellas, the city\'s best-known export led by the workshops of Yiwu, brought in 2.6 billion yuan, down 1.8%.');
    expect(row(rows, 2.6e9)?.area).toBe('Hangzhou');
  });
  it('keeps a place the subject of its own trade (guard)', () => {
    const rows = rowsOf('HANGZHOU, May 12 -- Exports from Yiwu rose 6.1% to 41.3 billion yuan in the first four months.');
    expect(row(rows, 41.3e9)?.area).toBe('Yiwu');
  });
});

describe('partners that follow in a ranking rank in the flow of the leader\'s first sentence', () => {
  const lead = 'ASTANA, May 12 -- Kazakhstan\'s foreign trade reached USD 29.2 billion in the first quarter. Trade with China came to USD 4.1 billion, up 12 percent. Exports to China were USD 2.3 billion and imports from China USD 1.8 billion.';
  it('reads "Russia followed with" as trade, not as the imports the sentence before ended on', () => {
    const rows = rowsOf(`${lead} Russia followed with USD 1.5 billion.`);
    expect(row(rows, 1.5e9)).toMatchObject({ partner: 'Russia', flow: 'total' });
  });
  it('reads two partners joined by "and", one named with "of", the same way', () => {
    const rows = rowsOf(`${lead} The Republic of Korea and Turkey followed with USD 0.9 billion and USD 0.6 billion respectively.`);
    expect(row(rows, 0.9e9)?.flow).toBe('total');
    expect(row(rows, 0.6e9)?.flow).toBe('total');
  });
  it('keeps a ranking by exports in exports (guard)', () => {
    const rows = rowsOf('ASTANA, May 12 -- Kazakhstan\'s exports to China reached USD 2.3 billion in the first quarter. Russia followed with USD 1.5 billion.');
    expect(row(rows, 1.5e9)?.flow).toBe('export');
  });
});

describe('"since the start of" a line dates a running total, not the year before it', () => {
  it('reads the gas supplied since the start of a pipeline as a total with no start, ending in the publication month', () => {
    const rows = rowsOf('Ashgabat, 12 May (TDH). In 2025, trade between the two countries amounted to 9.8 billion US dollars. Since the start of the Central Asia – China gas pipeline, more than 410 billion cubic metres of natural gas have been supplied to China.');
    expect(row(rows, 410e9)).toMatchObject({ period_start: '', period_end: '2026-05' });
  });
  it('keeps "since the start of the year" a span of this year (guard)', () => {
    const rows = rowsOf('ALMATY, May 12 -- Since the start of the year, grain exports to China have reached 1.3 million tonnes.');
    expect(row(rows, 1.3e6)?.period_start).toBe('2026-01');
  });
});

describe('"Of these trips," opens a split of the trips counted before', () => {
  it('reads "Of these trips, 4,210 were outbound to Europe and 3,905 inbound to China" as trains each way', () => {
    const rows = rowsOf('BEIJING, May 12 -- A total of 8,115 China-Europe freight train trips were made in the first four months, up 6 percent, the railway operator said. Of these trips, 4,210 were outbound to Europe and 3,905 inbound to China.');
    expect(row(rows, 4210)).toMatchObject({ unit: 'trains', flow: 'export' });
    expect(row(rows, 3905)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
});

describe('"the figure was" a bare number counts what the clause before counted', () => {
  it('reads "in April alone, the figure was 214" as trains of April', () => {
    const rows = rowsOf('HOHHOT, May 12 -- A total of 1,030 China-Europe freight trains passed through the port in the first four months, 2 percent more than a year earlier; in April alone, the figure was 214.');
    expect(row(rows, 214)).toMatchObject({ unit: 'trains', period_start: '2026-04', period_end: '2026-04' });
  });
  it('gives no unit to "the figure was" a number with words after it (guard)', () => {
    const rows = rowsOf('HOHHOT, May 12 -- A total of 1,030 China-Europe freight trains passed through the port in the first four months; the figure was 214 higher than planned.');
    expect(row(rows, 214)).toBeUndefined();
  });
});

describe('"since" inside a participle aside dates no figure', () => {
  it('keeps the period in force for "Exports of heat pumps, counted separately since last year, grew 1.8 times"', () => {
    const rows = rowsOf('URUMQI, May 12 -- In the first four months, the region\'s exports reached 98.3 billion yuan, up 11.2 percent. Exports of heat pumps, counted separately since last year, grew 1.8 times.');
    expect(rows.find((r) => r.yoy_pct === 180)).toMatchObject({ period_start: '2026-01', period_end: '2026-04' });
  });
  it('still reads a total "since 2019" outside an aside as a running total (guard)', () => {
    const rows = rowsOf('URUMQI, May 12 -- The crossing has handled 3.2 million tonnes of goods since 2019.');
    expect(row(rows, 3.2e6)?.period_start).not.toBe('2026-01');
  });
});
