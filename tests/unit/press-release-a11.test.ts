/**
 * Rules of issue 9, part a11: the fixing round for the blind batches b113 (periods, stocks, physical units) and
 * b114 (the real development set's mix), fixtures b113-… and b114-… in tests/corpus/press-release, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const values = (text: string, published?: string) => releaseRows(text, published).map((r) => r.value);

describe('an aim to hold a level', () => {
  it('reads no row from a level a province means to keep or maintain', () => {
    const text = 'Hubei recorded exports of 410.2 billion yuan in 2025, up 6.1 percent. The customs office said the province aimed to keep its foreign trade above 700 billion yuan in 2026.';
    expect(values(text, '2026-01-22')).toEqual([410200000000]);
    const other = 'Exports reached $52.3 billion in 2025. The ministry plans to maintain exports at about $55 billion this year.';
    expect(values(other, '2026-01-22')).toEqual([52300000000]);
  });
});
