/**
 * Issue 9, twenty-fifth session: real releases under variation, round six (surface variation: other copies of the same
 * release, as PDF and e-mail copies, other outlets and scrapes write it). Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

describe('a word hyphenated across a line end before "U.S. dollars" in the same clause', () => {
  it('keeps the dollar conversion in dollars when the yuan amount before it was split at a line end', () => {
    const rows = releaseRows('NANNING, July 14 -- Guangxi\'s imports and exports in the first half reached 351.2 bil-\nlion yuan (about 49.3 billion U.S. dollars), up 6.1 percent year on year.', '2026-07-14');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[351200000000, 'CNY', 6.1], [49300000000, 'USD', 6.1]]);
  });
  it('keeps a dated abbreviation whole after a split word ("Jan. 1 to Jan. 31")', () => {
    const rows = releaseRows('HOHHOT, Feb. 3 -- Erenhot port han-\ndled 1.42 million tonnes of freight from Jan. 1 to Jan. 31, up 9.5 percent year on year.', '2026-02-03');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[1420000, 'tonnes', 9.5]]);
  });
});

// A story wrapped at a fixed width, one line at a time (as an e-mail copy stores it).
const wrappedLines = [
  'MANZHOULI, April 2 -- Freight trains kept the land port busy',
  'in the first quarter of 2026, the local customs office said',
  'on Thursday. Since January the port has handled about 1,204',
  'China-Europe freight trains, up 6.3 percent year on year, and',
  'the trains carried goods worth 18.6 billion yuan.',
];

describe('a story wrapped at a fixed width with "\\r\\n" line ends', () => {
  it('joins a line ending in a number to the capitalised line after it, as with "\\n" line ends', () => {
    const rows = releaseRows(`${wrappedLines.join('\r\n')}\r\n`, '2026-04-02');
    expect(rows.filter((r) => r.unit === 'trains').map((r) => [r.value, r.yoy_pct])).toEqual([[1204, 6.3]]);
  });
  it('reads the same with "\\n" line ends (guard)', () => {
    const rows = releaseRows(`${wrappedLines.join('\n')}\n`, '2026-04-02');
    expect(rows.filter((r) => r.unit === 'trains').map((r) => [r.value, r.yoy_pct])).toEqual([[1204, 6.3]]);
  });
  it('reads the same when the wrapped lines keep a space before their line ends', () => {
    const rows = releaseRows(`${wrappedLines.join(' \n')}\n`, '2026-04-02');
    expect(rows.filter((r) => r.unit === 'trains').map((r) => [r.value, r.yoy_pct])).toEqual([[1204, 6.3]]);
  });
});

describe('a headline figure restated with a hedge in the next paragraph', () => {
  it('keeps the exact total of a lead that sums up the month when the paragraph after it gives "about" the same amount', () => {
    const rows = releaseRows('Vietnam\'s imports and exports in May reached US$69.7 billion, up 6.5% year on year. Exports hit US$38.6 billion, up 5.6%. Imports were US$31.1 billion, up 7.6%, the customs office said.\n\nVietnam\'s imports and exports in May reached about US$70 billion, up 6.5% year on year.\n\nIn the first five months, trade came to US$320.4 billion, up 7.1%.', '2026-06-04');
    expect(rows.filter((r) => r.flow === 'total' && r.period_start === '2026-05').map((r) => [r.value, r.qualifier, r.yoy_pct])).toEqual([[69700000000, 'exact', 6.5]]);
  });
  it('keeps one row when the hedged copy comes first (guard: the headline bound already went)', () => {
    const rows = releaseRows('Vietnam\'s exports in May reached about US$39 billion, up 9.2% year on year.\nExports in May reached US$38.6 billion, up 9.2% year on year, the customs office said.', '2026-06-04');
    expect(rows.filter((r) => r.flow === 'export').map((r) => [r.value, r.yoy_pct])).toEqual([[38600000000, 9.2]]);
  });
});

describe('the growth a hedged copy of an exact figure states', () => {
  it('goes to the exact figure, which states none, when the copy goes', () => {
    const rows = releaseRows('Macao\'s exports of goods rose 12.4% year on year in April to about MOP1.5 billion, the statistics service said.\nThe value of exports of goods totalled MOP1.48 billion.\nImports of goods totalled MOP14.2 billion.', '2026-05-28');
    expect(rows.filter((r) => r.flow === 'export').map((r) => [r.value, r.yoy_pct])).toEqual([[1480000000, 12.4]]);
  });
  it('leaves an exact figure that states its own growth as it is (guard)', () => {
    const rows = releaseRows('Macao\'s exports of goods rose 12.4% year on year in April to about MOP1.5 billion, the statistics service said.\nThe value of exports of goods totalled MOP1.48 billion, up 12.1%.', '2026-05-28');
    expect(rows.filter((r) => r.flow === 'export').map((r) => [r.value, r.yoy_pct])).toEqual([[1480000000, 12.1]]);
  });
});

describe('a headline line over an agency credit ("(Xinhua) --") that opens the first paragraph', () => {
  it('ends at the line break, so the headline\'s rounded figure is the body\'s figure again', () => {
    const rows = releaseRows('Border port handles over 3 mln tonnes of freight in first quarter\n(ECNS) -- The Erenhot port handled over 3.27 million tonnes of freight in the first quarter of 2026, up 11.4 percent year on year, according to local customs.', '2026-04-08');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[3270000, 'tonnes', 11.4]]);
  });
  it('reads a headline in capitals the same way', () => {
    const rows = releaseRows('BORDER PORT HANDLES OVER 3 MLN TONNES OF FREIGHT IN FIRST QUARTER\n(Xinhua) -- The Erenhot port handled over 3.27 million tonnes of freight in the first quarter of 2026, up 11.4 percent year on year, according to local customs.', '2026-04-08');
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[3270000, 'tonnes', 11.4]]);
  });
  it('still runs a wrapped line on into a bracket that is no credit (guard)', () => {
    const rows = releaseRows('The Erenhot port handled 3.27 million tonnes of freight in the first quarter of 2026\n(up 11.4 percent year on year), according to local customs.', '2026-04-08');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[3270000, 11.4]]);
  });
});

describe('a "Published" line with its date and no colon', () => {
  it('dates a release that has no dateline when it stands as the last line, after the opening lines', () => {
    const body = [
      'The Horgos port handled 1,420 China-Europe freight trains in the first five months of this year, up 8.6 percent year on year.',
      'Most of the trains ran west to Central Asia and Europe, carrying cars, household appliances, clothing and building materials.',
      'Eastbound trains brought back grain, edible oil, timber and copper concentrate from the countries along the route.',
      'The port has widened its railway yard and added two loading lines this spring to cut the time trains wait at the border.',
      'Customs officers now clear most trains within six hours of arrival, against a day or more three years ago, the port said.',
      'Local officials expect the summer months to bring more trains as new routes to the Caspian Sea and Turkey open.',
    ];
    const rows = releaseRows(`${body.join('\n')}\nPublished June 12, 2026\n`, '');
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[1420, '2026-01', '2026-05']]);
  });
  it('reads a day-first date with a clock time after it at the top (guard: a dated byline line already did)', () => {
    const rows = releaseRows('Published on 12 June 2026 10:45 GMT+8\nThe Horgos port handled 1,420 China-Europe freight trains in the first five months of this year, up 8.6 percent year on year.', '');
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[1420, '2026-01', '2026-05']]);
  });
  it('takes no date from a sentence that names when data were published (guard)', () => {
    const rows = releaseRows('The Horgos port handled 1,420 China-Europe freight trains in the first five months of this year, up 8.6 percent year on year, according to data published on March 3, 2021 by the operator.', '');
    expect(rows.map((r) => r.period_end)).not.toContain('2021-05');
  });
});

describe('a byline that places its reporters in two towns', () => {
  it('gives neither town to the national figures after it', () => {
    const rows = releaseRows('By Li Na in Harbin and Zhou Bo in Beijing | China Daily | Updated: 2026-07-14 09:30\nIn June, car exports reached 512,000 units, up 21.6 percent year on year, according to the China Association of Automobile Manufacturers.', '2026-07-14');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[512000, 'China']]);
  });
  it('still lets a byline of one town lead a story on that town (guard)', () => {
    const rows = releaseRows('By Sun Wei in Zhengzhou\nThe city\'s China-Europe freight trains made 1,204 trips in the first half of the year, up 9.3 percent year on year.', '2026-07-14');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[1204, 'Zhengzhou']]);
  });
});
