/**
 * Rules added in the fixing round for the held-back batches b170, b174 and b176 (issue 9, twenty-ninth session):
 * language of real releases that those batches met. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-07-14'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a67', source_url: 'https://example.org/r/a67', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('"flat" after a level and the month it names is a change of zero', () => {
  it('reads "X tonnes in June, flat year on year" as yoy 0', () => {
    const rows = rowsOf('BEIJING, July 14 -- Imports of soybean meal came to 310,000 tonnes in June, flat year on year, customs data showed.');
    expect(row(rows, 310000)).toMatchObject({ period_start: '2026-06', yoy_pct: 0 });
  });
  it('reads "unchanged from a year earlier" after "in the first half" the same way', () => {
    const rows = rowsOf('BEIJING, July 14 -- Imports of iron ore reached 590 million tonnes in the first half, unchanged from a year earlier.');
    expect(row(rows, 590e6)).toMatchObject({ yoy_pct: 0 });
  });
  it('leaves a level with no change in words without one (guard)', () => {
    const rows = rowsOf('BEIJING, July 14 -- Imports of soybean meal came to 310,000 tonnes in June, customs data showed.');
    expect(row(rows, 310000)?.yoy_pct ?? null).toBeNull();
  });
});

describe('a month named as a base takes its year from the figure compared with it', () => {
  it('dates "down from May\'s X" in the year of the June figure before it, not of a later dated base', () => {
    const rows = rowsOf('BEIJING, July 14 -- Tungsten exports dropped 8.2% in June to 1,240 tonnes, down from May\'s 1,351 tonnes and under the 1,402 tonnes of June 2025.');
    expect(row(rows, 1351)).toMatchObject({ period_start: '2026-05', period_end: '2026-05' });
    expect(row(rows, 1402)).toMatchObject({ period_start: '2025-06' });
  });
  it('places a December base before a January figure in the year before (guard)', () => {
    const rows = rowsOf('BEIJING, Feb 14 -- Tungsten exports rose to 1,240 tonnes in January, up from December\'s 1,101 tonnes and above the 998 tonnes of January 2025.', '2026-02-14');
    expect(row(rows, 1101)).toMatchObject({ period_start: '2025-12' });
  });
});

describe('"the number of" goods as the subject of a change gives the change to the count', () => {
  it('pairs "the number of vehicles sold abroad was 14.5 percent higher" with the count, not the money', () => {
    const rows = rowsOf('JINAN, July 14 -- Shandong exported 41,000 vehicles worth 3.6 billion yuan in the first half, and the number of vehicles sold abroad was 14.5 percent higher than a year before.');
    expect(row(rows, 41000)).toMatchObject({ yoy_pct: 14.5 });
    expect(row(rows, 3.6e9)?.yoy_pct ?? null).toBeNull();
  });
  it('reads "the number of ... rose by" the same way', () => {
    const rows = rowsOf('JINAN, July 14 -- Shandong exported 41,000 cars worth 3.6 billion yuan in the first half, and the number of cars shipped rose by 9.2 percent.');
    expect(row(rows, 41000)).toMatchObject({ yoy_pct: 9.2 });
  });
});

describe('a count written with a group separator heading a list is no year', () => {
  it('gives "1,960 and 1,540 trains" both the trains', () => {
    const rows = rowsOf('URUMQI, July 14 -- Horgos and Alashankou handled 1,960 and 1,540 trains in the first half.');
    expect(row(rows, 1960)).toMatchObject({ unit: 'trains', area: 'Horgos Port' });
    expect(row(rows, 1540)).toMatchObject({ unit: 'trains', area: 'Alashankou Port' });
  });
  it('still reads a year before a listed count as a year (guard)', () => {
    const rows = rowsOf('URUMQI, July 14 -- Since 2016 and 1,540 trains later, the route keeps growing.');
    expect(row(rows, 2016)).toBeUndefined();
  });
});

describe('a period between "respectively" and the listed rates keeps the rates with the list', () => {
  it('pairs "X and Y trains respectively in the first half, up p and q" in order', () => {
    const rows = rowsOf('URUMQI, July 14 -- Horgos and Alashankou handled 3,960 and 3,540 trains respectively in the first half, up 5.2 percent and 2.7 percent.');
    expect(row(rows, 3960)).toMatchObject({ yoy_pct: 5.2, area: 'Horgos Port' });
    expect(row(rows, 3540)).toMatchObject({ yoy_pct: 2.7, area: 'Alashankou Port' });
  });
});

describe('"the former" and "the latter" after a list of two name whose change it is', () => {
  it('gives each change to its own level, sign included', () => {
    const rows = rowsOf('BEIJING, July 14 -- In the first half, trade with Japan and South Korea came to 1.12 trillion yuan and 1.05 trillion yuan respectively, the former rising 2.4 percent and the latter falling 6.1 percent.');
    expect(row(rows, 1.12e12)).toMatchObject({ yoy_pct: 2.4 });
    expect(row(rows, 1.05e12)).toMatchObject({ yoy_pct: -6.1 });
  });
  it('reads "the first ... and the second ..." the same way', () => {
    const rows = rowsOf('BEIJING, July 14 -- In the first half, trade with Japan and South Korea came to 1.12 trillion yuan and 1.05 trillion yuan respectively, the first up 2.4 percent and the second down 6.1 percent.');
    expect(row(rows, 1.12e12)).toMatchObject({ yoy_pct: 2.4 });
    expect(row(rows, 1.05e12)).toMatchObject({ yoy_pct: -6.1 });
  });
});
