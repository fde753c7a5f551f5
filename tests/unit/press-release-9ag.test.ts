/**
 * Rules of issue 9, part ag: the language of seaports, land ports, corridors and air-cargo hubs found by
 * blind batch 33 (fixtures b33-… in tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const tuples = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);

describe('counts compared with a bare number', () => {
  it('reads the bare number a count is compared with as a count of the same things, of its own period', () => {
    const text = 'Last month, 233 block trains left the Dongfang rail hub, compared with 198 in October 2025.';
    expect(tuples(text, '2026-11-20')).toEqual([['2026-10', '2026-10', 233, 'trains', null], ['2025-10', '2025-10', 198, 'trains', null]]);
    const span = 'Freight trains on the route numbered 512 in the first ten months, against 431 in January-October 2025.';
    expect(tuples(span, '2026-11-20')).toEqual([['2026-01', '2026-10', 512, 'trains', null], ['2025-01', '2025-10', 431, 'trains', null]]);
  });

  it('leaves a bare number that is no comparison base alone', () => {
    const text = 'In October, 233 block trains left the Dongfang rail hub, and 14 new routes opened.';
    expect(tuples(text, '2026-11-20')).toEqual([['2026-10', '2026-10', 233, 'trains', null]]);
  });
});

describe('flows of port cargo and counted goods', () => {
  const flows = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.flow]);

  it('keeps a flow word of a part named after the whole for the part', () => {
    const text = 'In the first ten months, rail-sea containers at Lianyungang Port reached 640,000 TEUs, up 9.2 percent; of them, 410,000 TEUs were import boxes sent on to inland cities.';
    expect(flows(text, '2026-11-20')).toEqual([[640000, 'total'], [410000, 'import']]);
  });

  it('reads the flow word inside what a count counts ("imported vehicles")', () => {
    const text = 'Vehicle exports through the ro-ro terminal reached 52,300 units in January-October. Another 8,100 imported vehicles were driven off ships there, 3.5 percent fewer than a year earlier.';
    expect(flows(text, '2026-11-20')).toEqual([[52300, 'export'], [8100, 'import']]);
  });

  it('reads container or freight traffic with no flow word as moving both ways', () => {
    const text = 'In October, 1.2 million tonnes were exported through the crossing.\n\nContainer traffic over the crossing rose by 11% to 96,000 TEU in January-October.';
    expect(flows(text, '2026-11-20')).toEqual([[1200000, 'export'], [96000, 'total']]);
  });
});
