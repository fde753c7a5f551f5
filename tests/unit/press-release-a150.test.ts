/**
 * Rules widened in the fixing round for b251, b217, b208, b254, b220 and b187 leftovers (second pass, a150).
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a list of counts split over periods names its noun once: each later bare number counts the same things', () => {
  it('reads months listed with commas and "and"', () => {
    expect(tuples('ERENHOT, April 8 -- Erenhot port cleared 640 inbound coal trucks in January, 702 in February and 688 in March, the customs office said.', '2026-04-08')).toEqual(
      expect.arrayContaining([['2026-01', '2026-01', 640, 'vehicles', null], ['2026-02', '2026-02', 702, 'vehicles', null], ['2026-03', '2026-03', 688, 'vehicles', null]]),
    );
  });
  it('reads halves of a year in tonnes after a semicolon, "during" leading the second', () => {
    expect(tuples('MANZHOULI, Jan. 12 -- Timber arrivals came to 4,500 tonnes in the first half; 5,100 during the second half, the port authority said.', '2026-01-12')).toEqual(
      expect.arrayContaining([['2025-01', '2025-06', 4500, 'tonnes', null], ['2025-07', '2025-12', 5100, 'tonnes', null]]),
    );
  });
  it('reads quarter codes with a qualifier before the later number', () => {
    expect(tuples('QINZHOU, Jan. 20 -- The terminal berthed 96 vessels in Q1 2025 and about 110 in Q2 2025, according to the port group.', '2026-01-20')).toEqual(
      expect.arrayContaining([['2025-04', '2025-06', 110, 'vessels', null]]),
    );
  });
  it('reads elided ordinals with "while" and "for"', () => {
    expect(tuples('URUMQI, Oct. 9 -- Outbound services totalled 1,150 trains for the first quarter, while 1,230 for the second, the railway said.', '2026-10-09')).toEqual(
      expect.arrayContaining([['2026-04', '2026-06', 1230, 'trains', null]]),
    );
  });
  it('reads a remainder left for the final quarter after "leaving"', () => {
    expect(tuples('ALASHANKOU, Jan. 6 -- Some 1,400 trains left in the first quarter, 1,515 in the second and 1,602 in the third, leaving 1,590 for the final quarter.', '2026-01-06')).toEqual(
      expect.arrayContaining([['2025-04', '2025-06', 1515, 'trains', null], ['2025-07', '2025-09', 1602, 'trains', null], ['2025-10', '2025-12', 1590, 'trains', null]]),
    );
  });
  it('reads years listed with "then"', () => {
    expect(tuples('XIAMEN, Feb. 2 -- The route carried 212 trains in 2024, then 305 in 2025, the operator said.', '2026-02-02')).toEqual(
      expect.arrayContaining([['2024-01', '2024-12', 212, 'trains', null], ['2025-01', '2025-12', 305, 'trains', null]]),
    );
  });
  it('does not give the list noun to a number with a noun of its own (near miss)', () => {
    const rows = tuples('URUMQI, Dec. 3 -- The port handled 180 trains in October and 205 containers in November.', '2026-12-03');
    expect(rows).not.toContainEqual(['2026-11', '2026-11', 205, 'trains', null]);
  });
  it('does not read a number that no period follows as a count of the list (near miss)', () => {
    const rows = tuples('URUMQI, Dec. 3 -- The port handled 180 trains in October and ranked 3 among the region\'s crossings.', '2026-12-03');
    expect(rows.filter((r) => r[2] === 3)).toEqual([]);
  });
});

describe('a subject that is only a word for a count counts what the release counted before', () => {
  it('reads "the route\'s annual count climbed from ... to ..." after a sentence about worth', () => {
    const text = 'XI\'AN, July 3 -- Xi\'an ran 2,410 China-Europe freight trains in the first half. Cargo worth 40.2 billion yuan was carried, up 8 percent. The hub\'s annual count rose from 3,720 in 2023 to 4,480 in 2024 and 5,060 in 2025.';
    expect(tuples(text, '2026-07-03')).toEqual(expect.arrayContaining([['2023-01', '2023-12', 3720, 'trains', null], ['2024-01', '2024-12', 4480, 'trains', null], ['2025-01', '2025-12', 5060, 'trains', null]]));
  });
  it('reads "its yearly tally reached" after an amount of money', () => {
    const text = 'HEFEI, Jan. 9 -- Hefei dispatched 1,140 China-Europe freight trains in 2025. The goods aboard were valued at 19.6 billion yuan. Its yearly tally reached 980 in 2024, the operator said.';
    expect(tuples(text, '2026-01-09')).toContainEqual(['2024-01', '2024-12', 980, 'trains', null]);
  });
  it('reads "the monthly total stood at" for a month of its own', () => {
    const text = 'URUMQI, Dec. 4 -- Urumqi assembled 1,362 westbound trains in the January-November period. Their cargo was worth 22.5 billion yuan. The monthly total stood at 131 in November.';
    expect(tuples(text, '2026-12-04')).toContainEqual(['2026-11', '2026-11', 131, 'trains', null]);
  });
  it('reads "the number has grown to" with a qualifier', () => {
    const text = 'MANZHOULI, Jan. 15 -- Manzhouli handled 5,120 China-Europe freight trains in 2025. Exports aboard were worth 14.1 billion yuan. The number had grown to about 5,600 by the end of last year, the port said.';
    expect(tuples(text, '2026-01-15').some((r) => r[2] === 5600 && r[3] === 'trains')).toBe(true);
  });
  it('reads "Zhengzhou\'s overall count was" naming the owner by name', () => {
    const text = 'ZHENGZHOU, Feb. 6 -- Zhengzhou ran 3,300 China-Europe freight trains in 2025. Goods worth 52 billion yuan went aboard. Zhengzhou\'s overall count was 2,950 in 2024.';
    expect(tuples(text, '2026-02-06')).toContainEqual(['2024-01', '2024-12', 2950, 'trains', null]);
  });
  it('does not read "the number of containers" as the trains counted before (near miss)', () => {
    const text = 'XI\'AN, July 3 -- Xi\'an ran 2,410 China-Europe freight trains in the first half. Cargo worth 40.2 billion yuan was carried. The number of containers rose to 3,720 in June.';
    expect(tuples(text, '2026-07-03')).not.toContainEqual(['2026-06', '2026-06', 3720, 'trains', null]);
  });
  it('does not read a count-word subject with a noun after the number as trains (near miss)', () => {
    const text = 'HEFEI, Jan. 9 -- Hefei dispatched 1,140 China-Europe freight trains in 2025. The goods aboard were valued at 19.6 billion yuan. Its total reached 980 routes in 2024.';
    expect(tuples(text, '2026-01-09')).not.toContainEqual(['2024-01', '2024-12', 980, 'trains', null]);
  });
});

describe('a labelled cell whose amount opens with a word of about or of at least counts the noun of its label', () => {
  it('reads "over" after a bullet label of exported vehicles', () => {
    expect(tuples('Erenhot Port | Jan-Sep 2026 in numbers\n\n• Vehicles exported: over 38,000\n• Cargo handled: 21.4 million tonnes', '2026-10-12')).toContainEqual(['2026-01', '2026-09', 38000, 'vehicles', null]);
  });
  it('reads "more than" in a strip of cells split by bars', () => {
    expect(tuples('Alashankou Port | Jan-Jun 2026 at a glance\n\n🔹 China-Europe trains run: more than 3,100\n🔹 Cargo handled: 9.6 million tonnes, up 4.2%', '2026-07-08')).toContainEqual(['2026-01', '2026-06', 3100, 'trains', null]);
  });
  it('reads "about" in a plain list line', () => {
    expect(tuples('Pingxiang Port | Jan-Mar 2026\n\n* Trucks exported: about 41,200\n* Fruit imported: 310,000 tonnes', '2026-04-09')).toContainEqual(['2026-01', '2026-03', 41200, 'vehicles', null]);
  });
  it('reads "nearly" after a label with a direction', () => {
    expect(tuples('Manzhouli Port | Jan-Dec 2025\n\n- Inbound trains: nearly 2,600\n- Timber imported: 4.1 million tonnes', '2026-01-20')).toContainEqual(['2025-01', '2025-12', 2600, 'trains', null]);
  });
  it('reads "at least" after a label of rail-sea trains', () => {
    expect(tuples('Qinzhou Port | Jan-Nov 2026\n\n▪ Rail-sea trains: at least 9,800\n▪ Cargo throughput: 182 million tonnes', '2026-12-10')).toContainEqual(['2026-01', '2026-11', 9800, 'trains', null]);
  });
  it('does not read a time per train after "about" as a count of trains (near miss)', () => {
    const rows = tuples('Horgos Port | Jan-Oct 2026\n\n• Vehicles exported: 51,000\n• Average clearance time per train: about 2 hours', '2026-11-10');
    expect(rows.filter((r) => r[2] === 2)).toEqual([]);
  });
  it('does not read a qualified number whose label is no cell (no colon) as the label noun (near miss)', () => {
    const rows = tuples('Horgos Port | Jan-Oct 2026\n\n• Vehicles exported over 51,000 kilometres of road', '2026-11-10');
    expect(rows).not.toContainEqual(['2026-01', '2026-10', 51000, 'vehicles', null]);
  });
});
