/**
 * Rules of issue 9, part cp: the fixing round of blind batch 67 (fixtures b67-… in tests/corpus/press-release), a mixed
 * check across the six kinds of release, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const dated = (r: Row) => [r.period_start, r.period_end, r.value];
const placed = (r: Row) => [r.value, r.area, r.flow];

describe('fiscal years and twelve-month spans', () => {
  it("Thailand's fiscal year runs October to September and is named by the year it ends in", () => {
    const text = "Thailand's exports to Cambodia reached 98.4 billion baht in fiscal 2026, the Customs Department said. In fiscal 2025 they were 91.7 billion baht.";
    expect(releaseRows(text, '2026-11-05').map(dated)).toEqual([
      ['2025-10', '2026-09', 98400000000],
      ['2024-10', '2025-09', 91700000000],
    ]);
  });

  it('", which ended in September" after a fiscal year restates its end: the next sentence carries the fiscal year, not the month', () => {
    const text = "Thailand's border trade with Myanmar came to 176.2 billion baht in fiscal 2026, which ended in September. Exports were 103.9 billion baht.";
    expect(releaseRows(text, '2026-11-05').map(dated)).toEqual([
      ['2025-10', '2026-09', 176200000000],
      ['2025-10', '2026-09', 103900000000],
    ]);
  });

  it('the month a fiscal year "ended in" dates it when the country has no fiscal calendar listed', () => {
    const text = "Singapore's exports of machinery to India rose to S$6.3 billion in fiscal 2026, which ended in March, the agency said.";
    expect(releaseRows(text, '2026-05-12').map(dated)).toEqual([['2025-04', '2026-03', 6300000000]]);
  });

  it('a monthly review "for" a month names the issue: the figures quoted from it keep the twelve months stated before', () => {
    const text = [
      "Uganda's exports of goods rose to $7.92 billion in the year ending October 2026, the central bank said.",
      "According to the bank's Monthly Economic Review for November, coffee exports reached $2.05 billion.",
    ].join(' ');
    expect(releaseRows(text, '2026-11-27').map(dated)).toEqual([
      ['2025-11', '2026-10', 7920000000],
      ['2025-11', '2026-10', 2050000000],
    ]);
  });

  it('"in the corresponding period a year earlier" dates the base a year before the twelve months', () => {
    const text = "Zambia's copper exports rose to $9.84 billion in the year ending September 2026 from $8.61 billion in the corresponding period a year earlier, the central bank said.";
    expect(releaseRows(text, '2026-10-21').map(dated)).toEqual([
      ['2025-10', '2026-09', 9840000000],
      ['2024-10', '2025-09', 8610000000],
    ]);
  });
});

describe('growths listed with their own words of change', () => {
  it('"an increase of A and a decrease of B" after "respectively" pairs in order, the decrease negative', () => {
    const text = "In the first half of 2026, Yunnan's trade with Japan and South Korea came to 3.18 billion yuan and 2.47 billion yuan respectively, an increase of 7.2% and a decrease of 5.6%.";
    expect(releaseRows(text, '2026-07-20').map((r) => [r.value, r.yoy_pct])).toEqual([
      [3180000000, 7.2],
      [2470000000, -5.6],
    ]);
  });
});

describe('growth stated apart from its level', () => {
  it("a headline growth the body states again with its level is that level's, not a later part's", () => {
    const text = [
      'Youyiguan freight up 18.3% in nine months as nut imports climb',
      '',
      'Goods moved through Youyiguan Port reached 2.41 million tonnes in the first nine months of 2026, up 18.3 percent year on year.',
      '',
      'Imports made up 1.57 million tonnes, mostly nuts, fruit and ore from Vietnam.',
    ].join('\n');
    expect(releaseRows(text, '2026-10-16').map(levelTuple)).toEqual([
      ['2026-01', '2026-09', 2410000, 'tonnes', 18.3],
      ['2026-01', '2026-09', 1570000, 'tonnes', null],
    ]);
  });

  it('a growth whose subject points back at the tonnage before it is the tonnage\'s, not the value\'s stated after it', () => {
    const text = [
      "BEIJING, Dec 8 - China's chrome ore imports fell 6.2% in November from the previous month to 1.84 million metric tons, customs data showed.",
      'Imports were still up 7.7% from the same month last year.',
      'The value of November imports was $412 million, the data showed.',
    ].join(' ');
    expect(releaseRows(text, '2026-12-08').map(levelTuple)).toEqual([
      ['2026-11', '2026-11', 1840000, 'tonnes', 7.7],
      ['2026-11', '2026-11', 412000000, 'USD', null],
    ]);
  });
});

describe('what is forecast or set against the month before', () => {
  it('a growth someone says "is likely to be" is a forecast, no row', () => {
    const text = "Exports of toys rose 4.4 percent to 61.2 billion yuan in January-September 2026, and an analyst said full-year growth is likely to be around 3 percent.";
    expect(releaseRows(text, '2026-10-20').map(levelTuple)).toEqual([['2026-01', '2026-09', 61200000000, 'CNY', 4.4]]);
  });

  it('changes "on a monthly basis" are against the month before, no year-on-year rows', () => {
    const text = "Spain's exports to non-EU countries rose 2.9% year on year to 12.35 billion euros in October 2026. On a monthly basis, exports fell by 0.8% and imports increased by 1.6%.";
    expect(releaseRows(text, '2026-11-25').map(levelTuple)).toEqual([['2026-10', '2026-10', 12350000000, 'EUR', 2.9]]);
  });
});

describe('places that only describe or lead elsewhere', () => {
  it("Nong Khai is a land-port town: its trade is Nong Khai Port's", () => {
    const text = 'Rail trade via Nong Khai reached 38.5 billion baht in January-October 2026, the Customs Department said.';
    expect(releaseRows(text, '2026-11-14').map(placed)).toEqual([[38500000000, 'Nong Khai Port', 'total']]);
  });

  it('the town a line or road leads to is its far end, not whose figure it is', () => {
    const text = 'The Houayxay dry port handled 412,000 tonnes of goods in January-October 2026. Of the total, 186,000 tonnes went by the road to Mohan.';
    expect(releaseRows(text, '2026-11-14').map(placed)).toEqual([
      [412000, 'Houayxay Port', 'total'],
      [186000, 'Houayxay Port', 'total'],
    ]);
  });

  it('what a city is "home to", in an aside after it, does not take the city\'s figure', () => {
    const text = "Zhanjiang, home to the province's oil refineries and the Baoman port area, ranked second with 41.6 billion yuan in trade in the first half of 2026.";
    expect(releaseRows(text, '2026-07-22').map(placed)).toEqual([[41600000000, 'Zhanjiang', 'total']]);
  });

  it('a headline calling a zone by its city leaves the lead to the zone the body names in full', () => {
    const text = [
      "Urumqi bonded zone's trade up 19.4% in ten months",
      '',
      'The import and export value of the Urumqi Comprehensive Bonded Zone reached 6.83 billion yuan in the first ten months of 2026, up 19.4 percent year on year.',
      '',
      'Exports were 4.12 billion yuan, up 22.5 percent.',
    ].join('\n');
    expect(releaseRows(text, '2026-11-18').map(placed)).toEqual([
      [6830000000, 'Urumqi Comprehensive Bonded Zone', 'total'],
      [4120000000, 'Urumqi Comprehensive Bonded Zone', 'export'],
    ]);
  });
});
