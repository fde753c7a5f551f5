/**
 * Rules of issue 9, part ar: a fixing round on the open misses of batches 28, 32 and 33 (ports, trains,
 * China-side releases), mostly areas, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const areas = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.area]);

describe('the Lao side of the Mohan crossing', () => {
  it('reads Boten as a port of its own, not as Mohan', () => {
    const text = 'VIENTIANE, Nov 18 - The Boten checkpoint cleared 640 cross-border freight trains in October 2026, the railway company said.';
    expect(areas(text, '2026-11-18')).toEqual([[640, 'Boten Port']]);
  });
});

describe('Caspian seaports', () => {
  it('reads "the port of Aktau" in lower case as Aktau Port', () => {
    const text = 'The port of Aktau handled 3.1 million tons of cargo in January-September 2026, the port authority said.';
    expect(areas(text, '2026-10-12')).toEqual([[3100000, 'Aktau Port']]);
  });

  it('reads a seaport named with words of its kind before "Port" as the city\'s port', () => {
    const text = 'The Baku International Sea Trade Port handled 1.7 million tons of cargo in January-September 2026.';
    expect(areas(text, '2026-10-12')).toEqual([[1700000, 'Baku Port']]);
  });
});

describe('parts of a count by direction, the noun left out', () => {
  it('reads "accounted for N of them" and "and <direction> ones for M" as parts of the count before', () => {
    const text = 'The hub dispatched 2,410 container trains in January-October 2026, up 12 percent. Outbound services accounted for 1,530 of them, up 18 percent, and inbound services for 880.';
    const rows = releaseRows(text, '2026-11-15').map((r) => [r.value, r.unit, r.flow, r.yoy_pct]);
    expect(rows).toEqual([[2410, 'trains', 'total', 12], [1530, 'trains', 'export', 18], [880, 'trains', 'import', null]]);
  });
});
