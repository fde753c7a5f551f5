/**
 * Rules added in the fixing round for b175 (twenty-ninth session, issue 9): stories as news sites and portals republish them,
 * with intros that summarise, ports and railways named as subjects, and wire phrasing of commodity months. Texts are our own,
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a65', source_url: 'https://example.org/r/a65', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('"the value of goods passing through the port" is two-way trade', () => {
  it('keeps the worth of goods passing through a port total after a sentence split into flows', () => {
    const rows = rowsOf('HOHHOT, May 12 -- Zamyn-Uud port handled 9.4 million tonnes of freight in the first four months. Imports made up 7.9 million tonnes and exports 1.5 million tonnes. The value of goods passing through the port reached 16.2 billion yuan, up 4.1 percent.');
    expect(row(rows, 16.2e9)).toMatchObject({ flow: 'total', yoy_pct: 4.1 });
  });
  it('reads "going via" the crossing the same way', () => {
    const rows = rowsOf('HEIHE, May 12 -- The crossing cleared 610,000 tonnes of imports in the first four months. The value of goods going via the crossing came to 2.3 billion yuan.');
    expect(row(rows, 2.3e9)?.flow).toBe('total');
  });
  it('keeps the value of exports through the port an export (guard)', () => {
    const rows = rowsOf('HOHHOT, May 12 -- In the first four months, the value of exports passing through the port reached 3.1 billion yuan.');
    expect(row(rows, 3.1e9)?.flow).toBe('export');
  });
});

describe('"the May figure" points back at the month\'s level', () => {
  it('gives the growth of "The March figure was up" to the tonnage before, not to a later value', () => {
    const rows = rowsOf('BEIJING, April 14 - China shipped 3,120 tonnes of graphite electrodes abroad in March, down from 3,560 tonnes in February. The March figure was up 18.4 percent from 2,635 tonnes a year earlier. Exports in March were worth 9.7 million dollars.', '2026-04-14');
    expect(row(rows, 3120)?.yoy_pct).toBe(18.4);
    expect(row(rows, 9.7e6)?.yoy_pct).toBeNull();
  });
  it('reads "the monthly total was" the same way', () => {
    const rows = rowsOf('BEIJING, April 14 - China imported 812,000 tonnes of barley in March. The monthly total was 22.5 percent higher than a year earlier. Imports in March cost 240 million dollars.', '2026-04-14');
    expect(row(rows, 812000)?.yoy_pct).toBe(22.5);
  });
});

describe('"this year\'s accumulated" figure is the year so far, to the month the release reports', () => {
  it('ends a 20-day story\'s accumulated surplus in the month of those days', () => {
    const rows = rowsOf('SEOUL, June 22 -- Exports came to 31.2 billion dollars in the June 1-20 period, up 5.1 percent from a year earlier. This year\'s accumulated trade surplus stands at 18.4 billion dollars.', '2026-06-22');
    expect(row(rows, 18.4e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-06', flow: 'balance' });
  });
  it('ends it in the month reported when a story on May comes out late in July', () => {
    const rows = rowsOf('SEOUL, July 20 -- Exports rose 3.3 percent to 55.1 billion dollars in May. This year\'s cumulative exports reached 272.6 billion dollars.', '2026-07-20');
    expect(row(rows, 272.6e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-05' });
  });
  it('leaves "this year" alone read to the last full month (guard)', () => {
    const rows = rowsOf('SEOUL, June 22 -- Exports of ships reached 11.2 billion dollars this year.', '2026-06-22');
    expect(row(rows, 11.2e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-05' });
  });
});

describe('imports "into the province" are the province\'s own', () => {
  it('gives fruit imports into the province to the province, not to the port of the sentence before', () => {
    const rows = rowsOf('NANNING, May 12 -- Guangxi\'s foreign trade reached 198.4 billion yuan in the first four months. Dongxing Port handled goods worth 12.1 billion yuan in the period. Seafood imports into the region rose 17.3 percent to 86,000 tonnes.');
    expect(row(rows, 86000)?.area).toBe('Guangxi');
  });
  it('keeps exports to a country that partner\'s (guard)', () => {
    const rows = rowsOf('NANNING, May 12 -- Guangxi\'s foreign trade reached 198.4 billion yuan in the first four months. Dongxing Port handled goods worth 12.1 billion yuan in the period. Its exports into Vietnam rose 9.2 percent to 4.4 billion yuan.');
    expect(row(rows, 4.4e9)?.partner).toBe('Vietnam');
  });
});

describe('a span "from its opening" to a month is a running total from the launch', () => {
  it('dates a railway\'s cargo from the opening day to the end of the month named', () => {
    const rows = rowsOf('KUNMING, May 12 -- The line carried 9.6 million tonnes of cargo from its opening on Jan. 8, 2024 to the end of April this year.');
    expect(row(rows, 9.6e6)).toMatchObject({ period_start: '2024-01', period_end: '2026-04' });
  });
  it('reads "from the line\'s launch in ... through the end of" a month the same way', () => {
    const rows = rowsOf('XI\'AN, May 12 -- The service moved 410,000 TEU from the line\'s launch in April 2019 through the end of March.');
    expect(row(rows, 410000)).toMatchObject({ period_start: '2019-04', period_end: '2026-03' });
  });
  it('leaves a span between two months that names no launch alone (guard)', () => {
    const rows = rowsOf('KUNMING, May 12 -- From January to April, the line carried 3.2 million tonnes of cargo.');
    expect(row(rows, 3.2e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-04' });
  });
});

describe('"The railway carried ..." is the railway the release is on', () => {
  it('gives the figures of a sentence whose subject is the railway to the railway named before', () => {
    const rows = rowsOf('VIENTIANE, May 12 -- Three years on, the Laos-China Railway has changed how goods move between China and its southern neighbours, officials said. The railway carried 6.2 million tonnes of goods between China and Laos in the first four months, according to China Railway Kunming Group.');
    expect(row(rows, 6.2e6)?.area).toBe('China-Laos Railway');
  });
  it('keeps a port the sentence routes the goods through (guard)', () => {
    const rows = rowsOf('KUNMING, May 12 -- The China-Laos Railway keeps growing, officials said. The railway carried 1.4 million tonnes of goods through Mohan Port in the first four months.');
    expect(row(rows, 1.4e6)?.area).toBe('Mohan Port');
  });
});

describe('an intro\'s hedged growth is the body\'s exact one, counted once', () => {
  // A headline with a figure of its own ends the head at its line, so the intro below it is body text.
  const head = "Hainan's exports up 12.2% in two months\n\nHAIKOU, March 18 -- Hainan started the year with brisk trade, ";
  const body = "\n\nHainan's imports and exports reached 41.6 billion yuan in the first two months, up 33.8 percent year on year. Exports grew 12.2 percent to 14.1 billion yuan.";
  it('drops "up more than 30 percent" when the body gives 33.8 percent for the same trade and months', () => {
    const rows = rowsOf(`${head}its foreign trade up more than 30 percent in January and February, customs data showed.${body}`, '2026-03-18');
    expect(rows.filter((r) => r.value === null)).toHaveLength(0);
    expect(row(rows, 41.6e9)?.yoy_pct).toBe(33.8);
  });
  it('keeps a hedged growth the body does not reach (guard)', () => {
    const rows = rowsOf(`${head}its foreign trade up more than 40 percent in January and February, customs data showed.${body}`, '2026-03-18');
    expect(rows.some((r) => r.value === null && r.yoy_pct === 40)).toBe(true);
  });
  it('keeps a hedged growth of another partner, which goes to that partner\'s level (guard)', () => {
    const rows = rowsOf(`${head}its trade with ASEAN up more than 30 percent in January and February, customs data showed.${body} Trade with ASEAN reached 9.2 billion yuan.`, '2026-03-18');
    expect(row(rows, 9.2e9)).toMatchObject({ partner: 'ASEAN', yoy_pct: 30 });
  });
});
