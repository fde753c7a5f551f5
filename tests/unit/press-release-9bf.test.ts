/**
 * Rules of issue 9, part bf: leftovers of earlier blind batches, each a general wording, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published = '2026-07-20') => releaseRows(text, published);
const flowsOf = (text: string) => rows(text).map((r) => [r.value, r.flow]);

describe('trains counted by the way they went (one reader of the verbs of coming and going)', () => {
  it('reads a verb after the count as that count\'s own way', () => {
    const text = 'The Brno rail hub handled 530 container trains in the first half of 2026. Of these, 290 arrived from China and 240 departed for it.';
    expect(flowsOf(text)).toEqual([[530, 'total'], [290, 'import'], [240, 'export']]);
  });

  it('reads a verb before the count when the clause goes one way only', () => {
    expect(flowsOf('The Ostrava terminal received 74 trains from China in the first half of 2026.')).toEqual([[74, 'import']]);
    expect(flowsOf('In the first half of 2026, 58 trains were dispatched from Ostrava to China.')).toEqual([[58, 'export']]);
  });

  it('gives a gapped count the way of the count listed before it', () => {
    const text = 'The Lviv hub handled 900 trains in the first half of 2026. Of these, 610 trains went to Central Asia, mainly Kazakhstan, and 290 to Europe.';
    expect(flowsOf(text)).toEqual([[900, 'total'], [610, 'export'], [290, 'export']]);
  });

  it('leaves a month after "from" or "to" no place to come from or go to', () => {
    expect(flowsOf('The Brno hub received 310 trains from January to June 2026.')).toEqual([[310, 'total']]);
  });
});
