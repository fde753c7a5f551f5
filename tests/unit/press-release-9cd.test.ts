/**
 * Rules of issue 9, part cd: leftovers of earlier batches (fixleft), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const counts = (text: string) => releaseRows(text, '2026-11-10').map((r) => [r.value, r.unit, r.flow]);

describe('parts of a count given after "of which"', () => {
  it('are read when a dated period stands between the whole and "of which"', () => {
    expect(counts('The crossing handled 1,944 freight trains between 1 January and 31 October 2026, of which 1,201 were outbound.')).toEqual([
      [1944, 'trains', 'total'],
      [1201, 'trains', 'export'],
    ]);
  });

  it('include the later parts joined by "and", their noun left out', () => {
    expect(counts('In January-October 2026 the yard saw 3,115 trains, of which 1,760 were outbound and 1,355 were inbound.')).toEqual([
      [3115, 'trains', 'total'],
      [1760, 'trains', 'export'],
      [1355, 'trains', 'import'],
    ]);
  });
});
