/**
 * Rules of issue 9, part aj: the second round of blind batch 28 (land ports, freight trains, corridors and
 * zones; fixtures b28-19…b28-24 in tests/corpus/press-release) and its leftovers, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;

describe('periods a release goes on with', () => {
  it('reads "the January-October period of 2026" as one range, so later paragraphs carry the ten months', () => {
    const text = 'A county on the border saw exports of 8.2 billion yuan in the January-October period of 2026, up 5 percent year on year.\n\nImports of timber grew 3 percent.';
    expect(rowsOf(text, '2026-11-15').map((r) => [r.period_start, r.period_end])).toEqual([['2026-01', '2026-10'], ['2026-01', '2026-10']]);
  });
});

describe('flows of a part of the total', () => {
  it('gives a share "of the total" after a sentence naming both exports and imports the whole trade', () => {
    const text = 'The port handled trade of 50 billion yuan in the first ten months.\n\nExports rose 4 percent to 30 billion yuan, while imports fell 2 percent to 20 billion yuan.\n\nThailand accounted for 41.5 percent of the total.';
    const share = rowsOf(text, '2026-11-15').find((r) => r.measure === 'share');
    expect([share?.partner, share?.flow]).toEqual(['Thailand', 'total']);
  });
});

describe('parts of a count of trains', () => {
  it('counts every part of a list after "Of the trains," in the things named once at its head', () => {
    const text = 'In the first ten months, 5,210 freight trains passed through the Erenhot Port. Of the trains, 2,800 were outbound and 2,410 were inbound.';
    const rows = rowsOf(text, '2026-11-15');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([[5210, 'trains', 'total'], [2800, 'trains', 'export'], [2410, 'trains', 'import']]);
  });

  it('divides the count of the sentence before after "Of these," when the part has a direction', () => {
    const text = 'The Xi\'an hub assembled 3,020 China-Europe freight trains in the first ten months. Of these, 2,150 were bound for European countries.';
    const rows = rowsOf(text, '2026-11-15');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([[3020, 'trains', 'total'], [2150, 'trains', 'export']]);
    // A part with no direction is composition, not a figure.
    expect(rowsOf('The hub assembled 3,020 freight trains in the first ten months. Of these, 2,150 carried electronics.', '2026-11-15').map((r) => r.value)).toEqual([3020]);
  });
});

describe('places a facility of a city names', () => {
  it('keeps the city whose land port area is placed by the region after it', () => {
    const text = "The Kashgar international land port area in northwest China's Xinjiang Uygur Autonomous Region assembled 820 freight trains in the first ten months.";
    expect(rowsOf(text, '2026-11-15').map((r) => r.area)).toEqual(['Kashgar']);
  });
});

describe('zones named after an airport', () => {
  it('keeps the whole name of a zone that starts with an airport', () => {
    expect(rowsOf('Exports from the Wuhan Airport Economy Zone reached 10.2 billion yuan in the first ten months.', '2026-11-15').map((r) => r.area)).toEqual(['Wuhan Airport Economy Zone']);
    expect(rowsOf('The Zhengzhou Airport Comprehensive Bonded Zone exported goods worth 10.2 billion yuan in the first ten months.', '2026-11-15').map((r) => r.area)).toEqual(['Zhengzhou Airport Comprehensive Bonded Zone']);
  });

  it('gives "the zone" the zone even after a sentence on the airport', () => {
    const text = 'Trade of the Wuhan Airport Economy Zone reached 50.1 billion yuan in the first ten months.\n\nWuhan Tianhe International Airport handled 310,000 tonnes of cargo in the period.\n\nCross-border e-commerce through the zone reached 4.2 billion yuan.';
    expect(rowsOf(text, '2026-11-15').map((r) => r.area)).toEqual(['Wuhan Airport Economy Zone', 'Wuhan Tianhe International Airport', 'Wuhan Airport Economy Zone']);
  });
});

describe('trips of trucks beside trips of trains', () => {
  it('reads the trips of a trucking service named after the trains as crossings, not trains', () => {
    const text = 'Main indicators (Jan-Oct 2026):\nSea-rail intermodal trains  2,640 trips  +8.0%\nCross-border road trucking  4,120 trips';
    expect(rowsOf(text, '2026-11-15').map((r) => [r.value, r.unit])).toEqual([[2640, 'trains']]);
    const prose = 'In the first ten months, trucks made 4,120 trips on the route and freight trains made 2,640 trips.';
    expect(rowsOf(prose, '2026-11-15').map((r) => [r.value, r.unit])).toEqual([[2640, 'trains']]);
  });
});
