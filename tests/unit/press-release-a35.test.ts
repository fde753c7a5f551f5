/**
 * Rules of issue 9, part a35: short formats of real releases (helper fix136, 2026-12-05), each written here on texts of
 * our own: wire tickers set in capitals, key-figure boxes and posts that name their port only in the heading or a
 * hashtag, terse period spellings and the like.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

/** A row as "area partner flow start..end value unit yoy", for short assertions. */
const line = (r: { area: string; partner: string; flow: string; period_start: string; period_end: string; value: number | null; unit: string; yoy_pct: number | null }) =>
  `${r.area} ${r.partner} ${r.flow} ${r.period_start}..${r.period_end} ${r.value} ${r.unit} ${r.yoy_pct}`;
const lines = (text: string, published: string) => releaseRows(text, published).map(line);

describe('a wire ticker set wholly in capitals', () => {
  const TICKER = `MALAYSIA AUGUST EXPORTS +6.1% Y/Y, IMPORTS -2.4% Y/Y -- STATISTICS DEPARTMENT
MALAYSIA AUGUST TRADE SURPLUS 14.20 BLN RINGGIT
MALAYSIA AUGUST EXPORTS TO U.S. +11.9% Y/Y`;

  it('reads the country, the month and the partner of each line as prose would give them', () => {
    const got = lines(TICKER, '2025-09-19');
    expect(got).toContain('Malaysia World export 2025-08..2025-08 null  6.1');
    expect(got).toContain('Malaysia World import 2025-08..2025-08 null  -2.4');
    expect(got).toContain('Malaysia World balance 2025-08..2025-08 14200000000 MYR null');
    expect(got).toContain('Malaysia United States export 2025-08..2025-08 null  11.9');
  });

  it('keeps a bloc written in capitals as the bloc', () => {
    const got = lines('THAILAND Q2 EXPORTS TO ASEAN $18.4 BLN, +7.2% Y/Y -- COMMERCE MINISTRY', '2025-07-25');
    expect(got).toEqual(['Thailand ASEAN export 2025-04..2025-06 18400000000 USD 7.2']);
  });

  it('leaves a line in capitals without a figure (a masthead) as written', () => {
    const got = lines('GENERAL DEPARTMENT OF CUSTOMS\nExports of Vietnam reached US$40.1 billion in May 2025, up 17% year on year.', '2025-06-10');
    expect(got).toEqual(['Vietnam World export 2025-05..2025-05 40100000000 USD 17']);
  });
});

describe('a key-figure box headed by a port before a dash', () => {
  it('gives the port named "... Port" before the dash to every figure, not the country', () => {
    const box = 'Qingdao Port – Q3 2025 in numbers\n\n• Container throughput: 8.1 million TEU (+9.2%)\n• Cargo throughput: 180.4 million tonnes (+3.1%)';
    const got = lines(box, '2025-10-15');
    expect(got).toEqual(['Qingdao Port World total 2025-07..2025-09 8100000 TEU 9.2', 'Qingdao Port World total 2025-07..2025-09 180400000 tonnes 3.1']);
  });
});

describe('a post that names its port only in a hashtag', () => {
  it('reads a hashtag of two capitalised words as the port it spells', () => {
    const got = lines('🚚 #ErlianPort had a busy March! Freight through the crossing reached 1.2 million tonnes, up 8.4% YoY. #customs', '2025-04-10');
    expect(got).toEqual(['Erenhot Port World total 2025-03..2025-03 1200000 tonnes 8.4']);
  });
});

describe('a month abbreviated and set apart with "alone"', () => {
  it('reads "Dec alone" as that month, not as the year so far stated before it', () => {
    const note = 'Quick note: Vietnam customs, Jan-Dec 2024\n- Exports up 14.3% to US$405.5 billion.\n- Dec alone: exports +12.8% to US$35.6 billion.';
    const got = lines(note, '2025-01-06');
    expect(got).toContain('Vietnam World export 2024-12..2024-12 35600000000 USD 12.8');
    expect(got).not.toContain('Vietnam World export 2024-01..2024-12 35600000000 USD 12.8');
  });
});

describe('months one to N written "1-NM"', () => {
  it('reads "1-8M" as January to August of the year the brief is in', () => {
    const got = lines('Suifenhe trade, 1-8M: exports 21.3 bn yuan (+4.2%), imports 30.1 bn yuan (-2.7%).', '2025-09-20');
    expect(got).toEqual(['Suifenhe Port World export 2025-01..2025-08 21300000000 CNY 4.2', 'Suifenhe Port World import 2025-01..2025-08 30100000000 CNY -2.7']);
  });

  it('takes a year written after it', () => {
    const got = lines('Suifenhe trade, 1-8M 2024: exports 21.3 bn yuan (+4.2%).', '2025-09-20');
    expect(got).toEqual(['Suifenhe Port World export 2024-01..2024-08 21300000000 CNY 4.2']);
  });

  it('leaves a range of millions before a unit alone', () => {
    const got = lines('In August 2025 the port handled 1-5M tonnes a day, and exports of 2.1 bn yuan rose 4.2%.', '2025-09-20');
    expect(got.every((l) => l.includes('2025-08..2025-08'))).toBe(true);
  });
});

describe('a flash line of figure cells between bars', () => {
  const FLASH = `QUICK TAKE | Korea trade, July (KCS, preliminary)
Exports US$60.8 bn, +5.9% y/y | Imports US$54.3 bn, +0.7% y/y | Balance US$6.5 bn (surplus)
Exports by destination: China -3.0% y/y; EU +11.2%; ASEAN +4.4% | Imports from Japan -6.1%`;

  it('ends its sentence at the line break, so the next line keeps its own changes', () => {
    const got = lines(FLASH, '2025-08-02');
    expect(got).toContain('South Korea World balance 2025-07..2025-07 6500000000 USD null');
    expect(got).toContain('South Korea China export 2025-07..2025-07 null  -3');
  });

  it('reads each cell on its own, so a flow word in the next cell does not reach back', () => {
    const got = lines(FLASH, '2025-08-02');
    expect(got).toContain('South Korea ASEAN export 2025-07..2025-07 null  4.4');
    expect(got).toContain('South Korea Japan import 2025-07..2025-07 null  -6.1');
  });
});

describe('a bare scaled amount after a semicolon and the other flow', () => {
  it('takes the money of the amount before the semicolon', () => {
    const got = lines('Exports came to 3.12 trillion yuan in May 2025, up 4.8%; imports reached 2.05 trillion, down 2.1%.', '2025-06-09');
    expect(got).toContain('China World import 2025-05..2025-05 2050000000000 CNY -2.1');
  });

  it('does not give that money to a clause about something else', () => {
    const got = lines('Exports came to 3.12 billion yuan in May 2025, up 4.8%; cargo throughput reached 1.13 billion, up 2.1%.', '2025-06-09');
    expect(got.some((l) => l.includes('1130000000 CNY'))).toBe(false);
  });
});

describe('a post whose sentences end in emoji', () => {
  it('ends a sentence at a run of emoji before a capital, so a count after it keeps its own label', () => {
    const post = '🚆 #ErlianPort in March: freight reached 1.2 million tonnes, up 8.4% YoY 📦📈 China-Europe trains passing through: 610, a rise of 5.2%. #customs';
    const got = lines(post, '2025-04-10');
    expect(got).toContain('Erenhot Port World total 2025-03..2025-03 610 trains 5.2');
  });
});

describe('a part introduced by "with ... at" and a qualifier', () => {
  it('keeps the change before it on the level it trails, not on the part\'s amount', () => {
    const brief = 'Qingdao Port handled 25.1 million TEU in January-October 2025, +7.9%, with cargo throughput at about 590 million tonnes, 2.6% above the same ten months of 2024.';
    const got = lines(brief, '2025-11-08');
    expect(got).toContain('Qingdao Port World total 2025-01..2025-10 25100000 TEU 7.9');
    expect(got).toContain('Qingdao Port World total 2025-01..2025-10 590000000 tonnes 2.6');
  });
});
