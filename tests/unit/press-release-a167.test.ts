/**
 * Fixing round for the leftovers of b274 and b276 (fortieth session): a change by a third or two thirds in words.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a change by a third or two thirds in words is a growth of 33.3 or 66.7', () => {
  it('reads a fall by a third leading into the level ("fell by a third to")', () => {
    expect(tuples('MUMBAI, June 12 - Crude shipped in from Nigeria fell by a third to 1.2 million tonnes in May, port data showed.', '2026-06-12')).toContainEqual(['2026-05', '2026-05', 1.2e6, 'tonnes', -33.3]);
  });
  it('reads a rise by one-third with a year-on-year aside before the level', () => {
    expect(tuples('KARACHI, Oct 4 -- Textile exports grew by one-third, year on year, to $1.9 billion in September, the bureau said.', '2026-10-04')).toContainEqual(['2026-09', '2026-09', 1.9e9, 'USD', 33.3]);
  });
  it('reads "up by a third from the year before" after the level', () => {
    expect(tuples('XIAMEN, Jan. 20 -- Exports of tea through the port reached 48,000 tonnes in 2025, up by a third from the year before, the customs office said.', '2026-01-20')).toContainEqual(['2025-01', '2025-12', 48000, 'tonnes', 33.3]);
  });
  it('reads "down by two thirds on the year" after the level', () => {
    expect(tuples('HANOI, March 3 -- Coal purchases from Australia came to 410,000 tonnes in February, down by two thirds on the year.', '2026-03-03')).toContainEqual(['2026-02', '2026-02', 410000, 'tonnes', -66.7]);
  });
  it('reads a cut by two-thirds leading into the level ("were cut by two-thirds to")', () => {
    expect(tuples('SEOUL, Aug. 1 -- Shipments of steel plate to the bloc were cut by two-thirds to 85,000 tonnes in July, the association said.', '2026-08-01')).toContainEqual(['2026-07', '2026-07', 85000, 'tonnes', -66.7]);
  });
  it('reads a change by a third with no level as a growth row ("have risen by a third")', () => {
    expect(tuples('CANBERRA, April 9 - Barley exports to China in March have risen by a third compared with a year earlier, officials said.', '2026-04-09')).toContainEqual(['2026-03', '2026-03', null, '', 33.3]);
  });
  it('reads a noun of change by two-thirds with no level ("a drop of two-thirds")', () => {
    expect(tuples('OTTAWA, May 14 - Canola sales to Japan in April showed a drop of two-thirds from April last year.', '2026-05-14')).toContainEqual(['2026-04', '2026-04', null, '', -66.7]);
  });
  it('does not read a hedged third ("by nearly a third") (near miss)', () => {
    const rows = tuples('LAGOS, Feb 2 - Cocoa exports rose by nearly a third to 120,000 tonnes in January, traders said.', '2026-02-02');
    expect(rows).toContainEqual(['2026-01', '2026-01', 120000, 'tonnes', null]);
    expect(rows.some((r) => r[4] === 33.3)).toBe(false);
  });
  it('does not read "a third of" the total without a change verb (near miss)', () => {
    const rows = tuples('JAKARTA, July 8 - A third of the 2.4 million tonnes of palm oil shipped in June went to India, the ministry said.', '2026-07-08');
    expect(rows.some((r) => r[4] === 33.3)).toBe(false);
  });
  it('does not read a habitual rise by a third (near miss)', () => {
    const rows = tuples('ERENHOT, Nov. 2 -- The port will add night shifts for the winter, when truck traffic usually rises by a third.', '2026-11-02');
    expect(rows.some((r) => r[4] === 33.3)).toBe(false);
  });
});
