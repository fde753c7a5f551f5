/**
 * A logistics base, park or hub named with its town (issue 9, batch 50's and 55's notes): "the China-Kazakhstan (Lianyungang)
 * Logistics Cooperation Base" reports as the town's port, and "the base" after it points back to it. Texts are our own,
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a66', source_url: 'https://example.org/r/a66', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const TRAINS = ' Lianyungang Port sent 240 freight trains to Central Asia in the period.';

describe('a logistics base named with its town reports as the town\'s port', () => {
  it('reads the town in brackets as its port, not the province of the apposition', () => {
    const rows = rowsOf(`NANJING, May 12 -- The China-Kazakhstan (Lianyungang) Logistics Cooperation Base in east China's Jiangsu Province handled 86,000 TEUs in the first four months, up 5.2 percent year on year.${TRAINS}`);
    expect(row(rows, 86000)).toMatchObject({ area: 'Lianyungang Port', unit: 'TEU', yoy_pct: 5.2 });
  });
  it('reads a city named first ("the Lianyungang logistics base") as its port where the release names the port', () => {
    const rows = rowsOf(`NANJING, May 12 -- The Lianyungang logistics base handled 52,000 TEUs in the first four months, up 3.4 percent.${TRAINS}`);
    expect(row(rows, 52000)?.area).toBe('Lianyungang Port');
  });
  it('points "the base" of a later paragraph back to it, over a headline naming the town', () => {
    const rows = rowsOf([
      'China-Kazakhstan logistics base in Lianyungang passes 2 million TEUs',
      "NANJING, May 12 -- The China-Kazakhstan (Lianyungang) Logistics Cooperation Base in east China's Jiangsu Province has handled 2.1 million TEUs since it began operating in May 2014, as of the end of April, the port authority said.",
      'From January to April, the base handled 86,000 TEUs, up 6.1 percent year on year. In April alone, it handled 23,000 TEUs.',
      TRAINS.trim(),
    ].join('\n\n'));
    expect(row(rows, 86000)).toMatchObject({ area: 'Lianyungang Port', yoy_pct: 6.1 });
    expect(row(rows, 23000)).toMatchObject({ area: 'Lianyungang Port', period_start: '2026-04', period_end: '2026-04' });
  });
});

describe('what stays as it was (guards)', () => {
  it('keeps a city\'s logistics base the city where the release names no port of it', () => {
    const rows = rowsOf('NANJING, May 12 -- The Lianyungang logistics base handled 52,000 TEUs in the first four months, up 3.4 percent.');
    expect(row(rows, 52000)?.area).toBe('Lianyungang');
  });
  const base = "NANJING, May 12 -- Jiangsu's foreign trade rose 5 percent to 1.8 trillion yuan in the first four months. The China-Kazakhstan (Lianyungang) Logistics Cooperation Base handled 86,000 TEUs. ";
  it('keeps "the base of comparison" no place: the province\'s exports stay the province\'s', () => {
    const rows = rowsOf(`${base}Measured against the base of comparison, the province's exports rose 6.1 percent to 410 billion yuan in the period.${TRAINS}`);
    expect(row(rows, 410e9)?.area).toBe('Jiangsu');
  });
  it('keeps "the customer base" no place', () => {
    const rows = rowsOf(`${base}With the customer base widening, exports of the province rose 6.1 percent to 410 billion yuan in the period.${TRAINS}`);
    expect(row(rows, 410e9)?.area).toBe('Jiangsu');
  });
  it('keeps "the industrial base of the province" the province', () => {
    const rows = rowsOf(`${base}Drawing on the industrial base of the province, exports rose 6.1 percent to 410 billion yuan in the period.${TRAINS}`);
    expect(row(rows, 410e9)?.area).toBe('Jiangsu');
  });
});
