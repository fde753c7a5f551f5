/**
 * Rules of issue 9, part cj: the misses of the mixed blind checks (batches 52, 56, 57) and the same phenomena
 * elsewhere (fixmix), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { PressReleaseOptions } from '../../functions/core/extract/press-release/index.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string, options?: PressReleaseOptions) => releaseRows(text, published, options).map(levelTuple);
const placed = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.area, r.flow]);

describe('a briefing held early in the year', () => {
  it('does not date an answer by the year a question asks the outlook for', () => {
    const text = [
      'Zhou Min:',
      'Last year, our trade with the members of the partnership came to 9.12 trillion yuan, up 4.4 percent.',
      '',
      'Reporter:',
      'How much duty did customs collect last year, and what is the outlook for 2027?',
      '',
      'Zhou Min:',
      'Duties collected for the year came to 1.85 trillion yuan, down 0.7 percent.',
    ].join('\n');
    expect(tuples(text, '2027-01-20', { revenue: true })).toEqual([
      ['2026-01', '2026-12', 9_120_000_000_000, 'CNY', 4.4],
      ['2026-01', '2026-12', 1_850_000_000_000, 'CNY', -0.7],
    ]);
  });

  it('reads no row from a level the speaker expects trade to stay above', () => {
    const text = 'Imports rose 2.1 percent to 17.3 trillion yuan in 2026. Looking at this year, we expect foreign trade to keep growing at a steady pace and its overall scale to remain above 43 trillion yuan.';
    expect(tuples(text, '2027-01-20')).toEqual([['2026-01', '2026-12', 17_300_000_000_000, 'CNY', 2.1]]);
  });
});

describe('a change trailing a count of firms', () => {
  it('is the count\'s change, not a growth row of the province', () => {
    const text = 'Hunan\'s trade reached 152.3 billion yuan in the first half of 2026, up 7.7 percent. Some 8,930 companies in the province had import or export records in the half, up 3.9 percent, the customs office said.';
    expect(tuples(text, '2026-07-18')).toEqual([['2026-01', '2026-06', 152_300_000_000, 'CNY', 7.7]]);
  });
});

describe('a count of goods with two joined words before its noun', () => {
  it('counts "new and used vehicles" and takes the growth after it, the worth beside it none', () => {
    const text = 'Torugart Port cleared exports worth 12.6 billion yuan in the first seven months. The port exported 9,840 new and used vehicles in the period, up 21.4 percent, worth 1.73 billion yuan.';
    expect(tuples(text, '2026-08-12')).toEqual([
      ['2026-01', '2026-07', 12_600_000_000, 'CNY', null],
      ['2026-01', '2026-07', 9840, 'vehicles', 21.4],
      ['2026-01', '2026-07', 1_730_000_000, 'CNY', null],
    ]);
  });
});

describe('a tonnage restated as barrels a day', () => {
  it('keeps the dated base in tonnes after the rate as a row of the earlier month', () => {
    const text = 'Crude arrivals were 44.1 million tons last month, equivalent to 10.38 million barrels per day, the customs agency said, against 41.7 million tons in March 2025.';
    expect(tuples(text, '2026-04-14')).toEqual([
      ['2026-03', '2026-03', 44_100_000, 'tonnes', null],
      ['2025-03', '2025-03', 41_700_000, 'tonnes', null],
    ]);
  });
});

describe('a headline growth rounding the growth of the lead', () => {
  it('does not stop the lead\'s growth from going to the level stated after it', () => {
    const text = [
      'China\'s April soybean imports climb 8% on year',
      '',
      'BEIJING, May 9 (Reuters) - China\'s soybean imports rose 8.3% in April from a year earlier, customs data showed on Saturday.',
      '',
      'Arrivals came to 9.21 million metric tons last month.',
    ].join('\n');
    expect(tuples(text, '2026-05-09')).toEqual([['2026-04', '2026-04', 9_210_000, 'tonnes', 8.3]]);
  });
});

describe('an international port area named after a city', () => {
  it('is the city when "area" is written in lower case', () => {
    const text = 'The Rong-Ou express freight train service ran 4,020 trips in the first ten months, up 3.1 percent, the management committee of the Chengdu International Port area said.';
    expect(placed(text, '2026-11-06')).toEqual([[4020, 'Chengdu', 'total']]);
  });
});

describe('a level in a "when" clause after a dated base', () => {
  it('is of the base\'s period when the amount opens the clause, the base set "below" the figure', () => {
    const text = 'Shipments of the ore dropped to 3,410 tons in August, 45% below August 2025, when 6,200 tons were sent abroad ahead of the new licences.';
    expect(tuples(text, '2026-09-20')).toEqual([
      ['2026-08', '2026-08', 3410, 'tonnes', -45],
      ['2025-08', '2025-08', 6200, 'tonnes', null],
    ]);
  });

  it('is of the base\'s period when it is the "of" amount of a balance', () => {
    const text = 'Rwanda recorded a trade deficit of $212.4 million in September. Compared with September 2025, when a deficit of $236.9 million was posted, the gap narrowed.';
    expect(tuples(text, '2026-10-30').map((t) => t.slice(0, 2))).toEqual([
      ['2026-09', '2026-09'],
      ['2025-09', '2025-09'],
    ]);
  });
});

describe('a base listed after one a year earlier', () => {
  it('is dated by its own month and leaves the year-earlier base to the month of the figure', () => {
    const text = 'Imports of the concentrate came to 6,530 tons last month. That compares with 11,800 tons a year earlier and 7,040 tons in July.';
    expect(tuples(text, '2026-09-18')).toEqual([
      ['2026-08', '2026-08', 6530, 'tonnes', null],
      ['2025-08', '2025-08', 11_800, 'tonnes', null],
      ['2026-07', '2026-07', 7040, 'tonnes', null],
    ]);
  });
});

describe('two changes written with "pc"', () => {
  it('give the level the one on the year, the one on the month being the second\'s own', () => {
    const text = 'China\'s pork imports fell by 6pc on the year and by 3pc on the month to 91,000t in September, customs data show.';
    expect(tuples(text, '2026-10-20')).toEqual([['2026-09', '2026-09', 91_000, 'tonnes', -6]]);
  });
});

describe('a growth said to be in volume, in the sentence after a tonnage', () => {
  it('is the tonnage\'s growth, the value\'s change in its own sentence staying with the value', () => {
    const text = 'Kyrgyzstan exported 2.4 million tonnes of fluorspar in the first nine months of 2026. Exports of fluorspar rose by 11.2 percent in volume but fell by 3.5 percent in value, to 610 million US dollars.';
    expect(tuples(text, '2026-10-15')).toEqual([
      ['2026-01', '2026-09', 2_400_000, 'tonnes', 11.2],
      ['2026-01', '2026-09', 610_000_000, 'USD', -3.5],
    ]);
  });
});

describe('a change of "its shipments" after a level', () => {
  it('is the level\'s change, the possessive pointing back to the goods just named', () => {
    const text = 'Cardamom led the export list at Rs 4.12 billion in the first four months, though its shipments were down 9.4 percent.';
    expect(tuples(text, '2026-11-24').map((t) => [t[2], t[4]])).toEqual([[4_120_000_000, -9.4]]);
  });
});
