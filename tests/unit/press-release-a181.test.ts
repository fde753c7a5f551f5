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

describe('a bare "this year" set beside a since-launch total in a sentence cut off at a day is the year\'s own span', () => {
  const yearOf = (text: string, value: number) => {
    const r = rowOf(text, value);
    return r && [r.period_start, r.period_end];
  };
  it('reads "reached 4,108 this year, and totalled 36,500 since the first train ran"', () => {
    const text = 'Port news\n\nAs of October 31, the trains through Manzhouli port reached 4,108 this year, and totalled 36,500 since the first train ran in March 2013.';
    expect(yearOf(text, 4108)).toEqual(['2026-01', '2026-10']);
    expect(yearOf(text, 36500)).toEqual(['2013-03', '2026-10']);
  });
  it('reads "handled 3,210 trains this year, bringing the total since ... to"', () => {
    const text = 'Port news\n\nBy November 20, Erenhot had handled 3,210 trains this year, bringing the total since the first service in April 2013 to 21,400.';
    expect(yearOf(text, 3210)).toEqual(['2026-01', '2026-11']);
    expect(yearOf(text, 21400)).toEqual(['2013-04', '2026-11']);
  });
  it('reads "cleared 6,050 freight trains this year, with 48,700 trains passing since"', () => {
    const text = 'Port news\n\nBy Oct. 31, the Horgos port had cleared 6,050 freight trains this year, with 48,700 trains passing since the railway port opened in December 2012.';
    expect(yearOf(text, 6050)).toEqual(['2026-01', '2026-10']);
  });
  it('reads "had seen 7,816 trains this year and 62,400 in all since its first service"', () => {
    expect(yearOf('Port news\n\nAs of Nov. 25, Alashankou had seen 7,816 trains this year and 62,400 in all since its first service in October 2011.', 7816)).toEqual(['2026-01', '2026-11']);
  });
  it('reads "received 880 trains this year, and it has received 5,100 since it opened"', () => {
    expect(yearOf('Port news\n\nUp to October 31, the terminal had received 880 trains this year, and it has received 5,100 since it opened in July 2018.', 880)).toEqual(['2026-01', '2026-10']);
  });
  it('keeps "as of November 8 this year" the cut-off\'s year words before a since-launch total (near miss)', () => {
    expect(yearOf('Port news\n\nAs of November 8 this year, 2,415 trains have run since the first service in March 2016.', 2415)).toEqual(['2016-03', '2026-11']);
  });
  it('keeps a since-launch total with no "this year" of its own running from the launch (near miss)', () => {
    expect(yearOf('Port news\n\nAs of October 31, the trains through Manzhouli port had reached 36,500 since the first train ran in March 2013.', 36500)).toEqual(['2013-03', '2026-10']);
  });
});

describe('goods "shipped" by a route (through or via a port) before the verb of their amount went out', () => {
  const flowOf = (text: string, value: number) => rowOf(text, value)?.flow;
  it('reads "The motorcycles shipped through Ruili were worth" after a sentence on imports', () => {
    expect(flowOf('Border news\n\nAt Hekou, imports of fresh fruit from Vietnam came to 158,000 tonnes. The motorcycles shipped through Ruili were worth 1.34 billion yuan.', 1.34e9)).toBe('export');
  });
  it('reads "Vegetables shipped via Hekou station amounted to"', () => {
    expect(flowOf('Border news\n\nImports of fresh fruit came to 158,000 tonnes. Vegetables shipped via Hekou station amounted to 612,000 tonnes.', 612000)).toBe('export');
  });
  it('reads "Cars shipped by sea through Tianjin port came to"', () => {
    expect(flowOf('Border news\n\nImports of timber came to 158,000 tonnes. Cars shipped by sea through Tianjin port came to 41,000 units.', 41000)).toBe('export');
  });
  it('reads "Apples shipped via the Khorgos land port reached ..., up 5 percent"', () => {
    expect(flowOf('Border news\n\nImports of fruit rose 8 percent. Apples shipped via the Khorgos land port reached 12,400 tonnes, up 5 percent.', 12400)).toBe('export');
  });
  it('reads "The tea shipped through the border crossing was valued at"', () => {
    expect(flowOf('Border news\n\nImports rose 3 percent. The tea shipped through the border crossing was valued at 86 million yuan.', 86e6)).toBe('export');
  });
  it('keeps goods "shipped from" a foreign country as coming in (near miss)', () => {
    expect(flowOf('Border news\n\nImports rose 3 percent. Crude oil shipped from Kazakhstan reached 4.1 million tonnes.', 4.1e6)).toBe('import');
  });
  it('keeps goods "shipped in through" a port as coming in (near miss)', () => {
    expect(flowOf('Border news\n\nImports rose 3 percent. Grain shipped in through Manzhouli came to 1.2 million tonnes.', 1.2e6)).toBe('import');
  });
});

describe('a bare count after the year so far and before a since-launch phrase is the running total of the same things', () => {
  const spanOf = (text: string, value: number) => {
    const r = rowOf(text, value);
    return r && [r.period_start, r.period_end, r.unit];
  };
  it('reads "reached 4,108 this year, and 36,500 in total since the first train ran"', () => {
    expect(spanOf('Port news\n\nAs of October 31, the China-Europe trains through Manzhouli port reached 4,108 this year, and 36,500 in total since the first train ran in March 2013.', 36500)).toEqual(['2013-03', '2026-10', 'trains']);
  });
  it('reads "handled 212 trains so far this year and 1,940 since the line opened"', () => {
    expect(spanOf('Port news\n\nAs of November 20, the hub had handled 212 trains so far this year and 1,940 since the line opened in May 2019.', 1940)).toEqual(['2019-05', '2026-11', 'trains']);
  });
  it('reads "saw 880 trains in 2026 and 5,100 altogether since it opened"', () => {
    expect(spanOf('Port news\n\nThe crossing saw 880 trains in 2026 and 5,100 altogether since it opened in July 2018.', 5100)).toEqual(['2018-07', '2026-12', 'trains']);
  });
  it('reads "had seen 7,816 trains this year and 62,400 in all since its first service"', () => {
    expect(spanOf('Port news\n\nAs of Nov. 25, Alashankou had seen 7,816 trains this year and 62,400 in all since its first service in October 2011.', 62400)).toEqual(['2011-10', '2026-11', 'trains']);
  });
  it('reads "received 1,120 trains in 2026, and 6,300 all told since its opening"', () => {
    expect(spanOf('Port news\n\nBy the end of November the terminal had received 1,120 trains in 2026, and 6,300 all told since its opening in April 2017.', 6300)).toEqual(['2017-04', '2026-11', 'trains']);
  });
  it('reads no count in "7,816 trains this year, 1,200 more than a year earlier" (near miss)', () => {
    expect(rowOf('Port news\n\nAs of Nov. 25, Alashankou had seen 7,816 trains this year, 1,200 more than a year earlier.', 1200)?.unit).not.toBe('trains');
  });
  it('reads no count in "this year, and 12 percent of them since July" (near miss)', () => {
    expect(rowOf('Port news\n\nAs of Nov. 25, Alashankou had seen 7,816 trains this year, and 12 percent of them since July carried cars.', 12)?.unit).not.toBe('trains');
  });
});
