/**
 * Rules of issue 9, part fc: the mixed batch b104 (helper fix104, 2026-12-04), each written here in our own words on the
 * phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a running total told at an anniversary of the opening', () => {
  it('runs from the launch month to the cut-off day, not only over the launch month', () => {
    const got = rows(`Border bridge turns five

HEIHE, June 14 (Xinhua) -- By Friday, the fifth anniversary of its opening in June 2021, the Heihe cross-river road bridge had handled more than 3.2 million tonnes of freight, Heihe Customs said.`, '2026-06-14');
    expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([['2021-06', '2026-06', 3_200_000]]);
  });

  it('leaves an anniversary with no total built up as a date only', () => {
    const got = rows(`Port trade grows

MANZHOULI, Oct. 9 (Xinhua) -- Manzhouli Port handled 1.4 million tonnes of freight in September, up 6 percent year on year, a month after the tenth anniversary of its opening in August 2016.`, '2026-10-09');
    expect(got.map((r) => [r[0], r[1]])).toEqual([['2026-09', '2026-09']]);
  });
});

describe('a reason clause with no comma right after a change', () => {
  it('gives the figure and the sentences after it to the port reported on, not the crossing the reason names', () => {
    const got = rows(`Altanbulag freight slips

ULAANBAATAR, July 9 (MONTSAME). Altanbulag port handled 1.8 million tonnes of cargo in the first half of 2025, the port's customs office said.

Coal exports through the port fell 12 percent as more lorries moved to the Sukhbaatar railway crossing. Goods worth USD 900 million passed the port in the period.`, '2025-07-09');
    expect(got.filter((r) => r[5] !== 'Altanbulag Port')).toEqual([]);
    expect(got.map((r) => r[2])).toContain(900_000_000);
  });

  it('keeps "as" that compares after a change, with no comma, inside the sentence', () => {
    const got = rows(`Port trade

ERENHOT, July 9 (Xinhua) -- Erenhot Port handled 9.1 million tonnes of freight in the first half of 2025, up 4 percent as against the same period last year.`, '2025-07-09');
    expect(got.map((r) => [r[2], r[4], r[5]])).toEqual([[9_100_000, 4, 'Erenhot Port']]);
  });
});

describe('the worth of goods passing through a port, after a sentence on one way', () => {
  it('is the trade of both ways, not the way the sentence before ended on', () => {
    const got = rows(`Manzhouli trade up

HOHHOT, Jan. 12 (Xinhua) -- Manzhouli Port handled 31.5 million tonnes of freight in 2025, up 3 percent year on year, Manzhouli Customs said.

Imports rose 2 percent to 26 million tonnes, and exports grew 8 percent to 5.5 million tonnes. Goods moving through the port were worth 72.4 billion yuan.`, '2026-01-12');
    expect(got.filter((r) => r[2] === 72_400_000_000).map((r) => r[7])).toEqual(['total']);
  });
});

describe('a quoted answer that opens with a base two years back', () => {
  it('reads no year-on-year row from a change against the same period of an earlier year', () => {
    const got = rows(`Exports climb in first half

BEIJING, July 13 (Xinhua) -- China's exports rose 15.2 percent year on year to 10.4 trillion yuan in the first half of 2022, a customs spokesperson told reporters.

"Against the same period of 2020, our exports were up 31 percent," the spokesperson said.`, '2022-07-13');
    expect(got.map((r) => r[4])).toEqual([15.2]);
  });
});
