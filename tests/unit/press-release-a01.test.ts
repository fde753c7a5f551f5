/**
 * Rules of issue 9, part a01: invariance to the surface noise of real text (helper robust, 2026-12-04). A release must
 * read the same whatever its spacing, line breaks, dashes or markup; each test states one release two ways, written
 * here in our own words, never a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { releaseDate } from '../../functions/core/extract/press-release/dateline.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.flow]);

describe('runs of spaces and line breaks inside a sentence', () => {
  const plain = `Ningxia trade climbs

YINCHUAN, May 12 -- Ningxia's exports rose 12.5 percent year on year to 4.2 billion yuan in the first four months of 2024, the local customs said. Imports fell 3.1 percent to 1.7 billion yuan.`;
  const expected = rows(plain, '2024-05-12');

  it('reads the plain release', () => {
    expect(expected.map((r) => [r[2], r[4], r[6]])).toEqual([[4_200_000_000, 12.5, 'export'], [1_700_000_000, -3.1, 'import']]);
  });

  it('reads a doubled space between words as one space', () => {
    expect(rows(plain.replace('12.5 percent', '12.5  percent').replace('rose 12.5', 'rose  12.5'), '2024-05-12')).toEqual(expected);
  });

  it('reads a line broken inside a sentence with a carriage return and trailing spaces as one space', () => {
    expect(rows(plain.replace('12.5 percent', '12.5 \r\npercent').replace('fell 3.1', 'fell\t3.1'), '2024-05-12')).toEqual(expected);
  });
});

describe('an en dash glued into a compound word', () => {
  const withDashes = (text: string) => text.replace(/-/g, '\u2013');
  const releases = [
    'Exports of rare earths grew seven-fold from a year earlier to 940 tonnes in April.',
    'The port handled 97,800 twenty-foot equivalent units (TEUs) of containers in April, up 19.8 percent.',
  ];

  it.each(releases)('reads "%s" the same with en dashes for its hyphens', (text) => {
    const expected = rows(text, '2024-05-12');
    expect(expected.every((r) => r[2] !== null && r[4] !== null)).toBe(true);
    expect(rows(withDashes(text), '2024-05-12')).toEqual(expected);
  });

  it('keeps a spaced dash and a dash before a number as they are', () => {
    expect(rows('Exports fell to 2.1 billion dollars in April \u2013 down 4.4 percent from a year earlier.', '2024-05-12').map((r) => r[4])).toEqual([-4.4]);
  });
});

describe('a line broken after an abbreviation inside a sentence', () => {
  it('reads "U.S." at the end of a line running on into "dollars" as one sentence', () => {
    const text = `Korea trade slips

SEOUL, May 2 -- Exports of the country reached 16.2 billion U.S.
dollars in April, down 6.6 percent from a year earlier, the customs agency said on Tuesday.`;
    expect(rows(text, '2024-05-02').map((r) => [r[2], r[3], r[4]])).toEqual([[16_200_000_000, 'USD', -6.6]]);
  });

  it('still ends a sentence at "U.S." when the next line opens a new one', () => {
    const text = `Exports to the region rose 4.1 percent in April to 3.3 billion dollars, while shipments fell 2.0 percent in the U.S.
Imports reached 2.9 billion dollars in April, up 1.2 percent.`;
    expect(rows(text, '2024-05-02').map((r) => [r[2], r[4], r[6]])).toContainEqual([2_900_000_000, 1.2, 'import']);
  });
});

describe('no-break and thin spaces in a plain text', () => {
  it('names the reporting agency\'s territory though every space is a no-break space', () => {
    const text = 'Merchandise exports rose 12.4 percent in April from a year earlier, the Census and Statistics Department said on Monday. Imports grew 9.8 percent.';
    const expected = rows(text, '2024-05-12');
    expect(expected.map((r) => r[5])).toEqual(['Hong Kong', 'Hong Kong']);
    expect(rows(text.replace(/ /g, '\u00a0'), '2024-05-12')).toEqual(expected);
    expect(rows(text.replace(/ /g, '\u202f'), '2024-05-12')).toEqual(expected);
  });
});

describe('datelines that carry the date when the caller gives none', () => {
  it('reads a dateline closed by a full stop and an agency between slashes', () => {
    expect(releaseDate('', 'SANYA, June 7. /TASS/. The island traded goods worth 35 billion yuan in the first five months of 2021.')).toEqual({ date: '2021-06-07', rule: 'wire dateline' });
  });

  it('reads a dateline closed by a full stop after a syndicator\'s credit', () => {
    expect(releaseDate('', '(SYNDICATED- Example Agency) TASHKENT, Uzbekistan, September 4. Trade with the neighbour grew in the first half of 2023.')?.date).toBe('2023-09-04');
  });

  it('reads a dateline that is a full date with its spaces lost', () => {
    expect(releaseDate('', 'Mar.3,2011(EXAMPLE)--Border trade of the region rose over the past two months.')).toEqual({ date: '2011-03-03', rule: 'dateline of a full date' });
  });

  it('dates a month named without its year from such a dateline when no publication date is given', () => {
    const text = 'SANYA, June 7. /TASS/. Exports of the island grew 9.7 percent to 12 billion yuan in the first five months of 2021. In May alone, imports rose 4.2 percent to 3.1 billion yuan.';
    const dated = rows(text, '2021-06-07');
    expect(dated.map((r) => [r[0], r[1], r[2]])).toEqual([['2021-01', '2021-05', 12_000_000_000], ['2021-05', '2021-05', 3_100_000_000]]);
    expect(rows(text, '')).toEqual(dated);
  });

  it('leaves a sentence that opens with capitals and a date but no dash or stop alone', () => {
    expect(releaseDate('', 'EXPORTS, May 3 figures show, rose in the first quarter of 2022.')).toBeNull();
  });
});

describe('a release hard-wrapped at a narrow width', () => {
  it('reads a short line the next word would not have fitted on as wrapped, though the next word is capitalised', () => {
    const wrapped = [
      'LANZHOU, May 12 -- Exports of Gansu',
      'to Kazakhstan rose 20.4 percent to',
      'RMB 0.9 billion in April, the local',
      'customs said. Imports from the',
      'neighbour fell 3.1 percent to RMB',
      '0.4 billion in April.',
    ].join('\n');
    const expected = rows(wrapped.replace(/\n/g, ' '), '2024-05-12');
    expect(expected.map((r) => [r[0], r[2], r[4]])).toEqual([['2024-04', 900_000_000, 20.4], ['2024-04', 400_000_000, -3.1]]);
    expect(rows(wrapped, '2024-05-12')).toEqual(expected);
  });
});

describe('an exchange rate for reference, its currency written out', () => {
  it('reads "(1 yen equals 0.0065 U.S. dollars)" as no figure, as it reads "0.0065 USD"', () => {
    const text = 'Imports declined 4.9 percent to 9.10 trillion yen in March (1 yen equals 0.0065 USD).';
    const expected = rows(text, '2024-04-18');
    expect(expected.map((r) => r[2])).toEqual([9_100_000_000_000]);
    expect(rows(text.replace('USD', 'U.S. dollars'), '2024-04-18')).toEqual(expected);
    expect(rows(text.replace('USD', 'US dollars'), '2024-04-18')).toEqual(expected);
  });
});
