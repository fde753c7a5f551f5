/**
 * Fixing round for older leftovers (b24, b28, b37, b33): each frame in several phrasings of our own, and near misses.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowOf = (text: string, value: number, published = '2026-12-01') => releaseRows(text, published).find((r) => r.value === value);

describe('a crossing in the clause that dates a running total from a first run names that run, not the flow', () => {
  it('reads "Since the first ... train left China through X" opening the sentence as two-way traffic', () => {
    const r = rowOf('Rail gateway busy\n\nSince the first China-Europe freight train left China through Alashankou in October 2011, the port has handled 62,400 such trains.', 62400);
    expect(r?.flow).toBe('total');
  });
  it('reads "its maiden train left the country via" as two-way traffic', () => {
    const r = rowOf('Rail gateway busy\n\nSince its maiden train left the country via Erenhot in 2013, the port has seen 21,300 such trips.', 21300);
    expect(r?.flow).toBe('total');
  });
  it('reads the since-clause after the count ("since the first service left China")', () => {
    const r = rowOf('Rail gateway busy\n\nThe port has handled 36,500 trains since the first service left China in March 2013.', 36500);
    expect(r?.flow).toBe('total');
  });
  it('reads "ever since the railway\'s inaugural freight run entered China" as two-way traffic', () => {
    const r = rowOf('Rail gateway busy\n\nEver since the railway\'s inaugural freight run entered China in 2021, Mohan has handled 11,200 trains.', 11200);
    expect(r?.flow).toBe('total');
  });
  it('reads "since they first entered the country" as two-way traffic', () => {
    const r = rowOf('Rail gateway busy\n\nSince they first entered the country in 2016, the block trains have made 9,800 runs through Khorgos.', 9800);
    expect(r?.flow).toBe('total');
  });
  it('keeps trains that left China after "since the first quarter," as going out (near miss)', () => {
    const r = rowOf('Rail gateway busy\n\nSince the first quarter, 1,240 trains have left China through Erenhot.', 1240);
    expect(r?.flow).toBe('export');
  });
  it('keeps trains that left the country since the line opened as going out (near miss)', () => {
    const r = rowOf('Rail gateway busy\n\nSince the line opened in 2021, 4,100 trains have left the country for Europe through Khorgos.', 4100);
    expect(r?.flow).toBe('export');
  });
});
