/**
 * Rules of issue 9, part cx: the fixing round of blind batch 77 (fixtures b77-… in tests/corpus/press-release), China's
 * monthly national trade figures as wires, papers and the customs administration report them, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const placed = (r: Row) => [r.value, r.yoy_pct, r.area, r.partner, r.flow];
const dated = (r: Row) => [r.period_start, r.period_end, r.value, r.yoy_pct];

describe('places in a national monthly story', () => {
  it('"its imports of U.S. goods" names where the goods came from: a partner, and the next sentence stays China\'s', () => {
    const text = "China's shipments to the United States sank 14% in March from a year earlier, while its imports of U.S. goods rose 2.6%. The surplus with the United States shrank to $19.8 billion.";
    expect(releaseRows(text, '2026-04-14').map(placed)).toEqual([
      [null, -14, 'China', 'United States', 'export'],
      [null, 2.6, 'China', 'United States', 'import'],
      [19800000000, null, 'China', 'United States', 'balance'],
    ]);
  });

  it('"Asean", as some papers write the bloc, is the partner ASEAN', () => {
    const text = "China's exports grew 6.3 per cent year on year in July, customs data showed. Shipments to Asean climbed 14.8 per cent.";
    expect(releaseRows(text, '2026-08-07').map(placed)).toEqual([
      [null, 6.3, 'China', 'World', 'export'],
      [null, 14.8, 'China', 'ASEAN', 'export'],
    ]);
  });

  it('a capital paired with another by "between ... and" stands for its government, not for whose trade it is', () => {
    const text = [
      "China's exports rose 3.1 per cent in May to US$310.2 billion, customs said.",
      'Exports to the United States fell 21.4 per cent to US$28.3 billion even as talks between Washington and Beijing went on.',
      'Shipments to the European Union grew 8.8 per cent despite a trade row between Beijing and Brussels.',
    ].join(' ');
    expect(releaseRows(text, '2026-06-09').map(placed)).toEqual([
      [310200000000, 3.1, 'China', 'World', 'export'],
      [28300000000, -21.4, 'China', 'United States', 'export'],
      [null, 8.8, 'China', 'European Union', 'export'],
    ]);
  });
});

describe('periods that date something else than the figures', () => {
  it('the period of an exchange-rate move ("which has firmed against the dollar this year") dates the rate only', () => {
    const text = "China's exports fell 4.1% in dollar terms in September. In yuan, which has firmed against the dollar this year, exports dropped 5.6% and imports edged up 0.4%.";
    expect(releaseRows(text, '2026-10-13').map(dated)).toEqual([
      ['2026-09', '2026-09', null, -4.1],
      ['2026-09', '2026-09', null, -5.6],
      ['2026-09', '2026-09', null, 0.4],
    ]);
  });

  it('"after a strong first half" looks back on a span judged by how it went: the month stated before goes on', () => {
    const text = "China's import growth slowed in August, a sign of softer demand at home after a robust first half. Imports rose 1.8% from a year earlier. Exports climbed 6.2%.";
    expect(releaseRows(text, '2026-09-08').map(dated)).toEqual([
      ['2026-08', '2026-08', null, 1.8],
      ['2026-08', '2026-08', null, 6.2],
    ]);
  });

  it('"for the year" in a release out in January is the calendar year just ended', () => {
    const text = "China's trade grew 4.4 percent in 2025 to $6.31 trillion. Exports to Vietnam surged 19.2 percent for the year, though they slipped 3.5 percent in December.";
    expect(releaseRows(text, '2026-01-14').map(dated)).toEqual([
      ['2025-01', '2025-12', 6310000000000, 4.4],
      ['2025-01', '2025-12', null, 19.2],
      ['2025-12', '2025-12', null, -3.5],
    ]);
  });
});

describe('earlier growths beside the month reported', () => {
  it('a growth with its month as the later item of a comparison list is that month\'s; the sentence keeps the month before', () => {
    const text = [
      "China's export growth eased in April.",
      'Shipments rose 4.9% in dollar terms from a year earlier, versus a median forecast of 6.5% in a survey of economists and 8.1% growth in March.',
      'Imports fell 2.2%.',
    ].join(' ');
    expect(releaseRows(text, '2026-05-09').map(dated)).toEqual([
      ['2026-04', '2026-04', null, 4.9],
      ['2026-03', '2026-03', null, 8.1],
      ['2026-04', '2026-04', null, -2.2],
    ]);
  });

  it('a growth set against the month reported is no growth of a later level naming other goods in that earlier month', () => {
    const text = "China's exports rose 5.3% year on year in October to US$312.4 billion, after a 6.9% increase in September. Steel exports fell to 9.1 million tonnes in October from 10.4 million tonnes in September.";
    expect(releaseRows(text, '2026-11-07').map(levelTuple)).toEqual([
      ['2026-10', '2026-10', 312400000000, 'USD', 5.3],
      ['2026-09', '2026-09', null, '', 6.9],
      ['2026-10', '2026-10', 9100000, 'tonnes', null],
      ['2026-09', '2026-09', 10400000, 'tonnes', null],
    ]);
  });

  it('the forecasters and their verb closed by a comma end the forecast: the surplus after them is reported', () => {
    const text = "In May, exports grew 7.4 percent in dollar terms, above the 5 percent gain analysts had forecast, and the month's trade surplus reached 88.6 billion dollars.";
    expect(releaseRows(text, '2026-06-09').map(dated)).toEqual([
      ['2026-05', '2026-05', null, 7.4],
      ['2026-05', '2026-05', 88600000000, null],
    ]);
  });
});

describe('a growth whose verb is left out', () => {
  it('"and that with the U.S. 2.9 percent to ..." carries the verb of the clause before to a partner written with points', () => {
    const text = "In the first ten months, China's trade with Japan rose 1.7 percent to 1.81 trillion yuan and that with the U.S. 2.9 percent to 3.96 trillion yuan.";
    expect(releaseRows(text, '2026-11-07').map(placed)).toEqual([
      [1810000000000, 1.7, 'China', 'Japan', 'total'],
      [3960000000000, 2.9, 'China', 'United States', 'total'],
    ]);
  });
});
