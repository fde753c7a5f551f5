/**
 * Rules added in the fixing round for b204 (commodity stories on China's monthly customs data, thirty-third session):
 * each phenomenon named in general terms and tested in several frames of our own, with near misses that must not trigger.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a90', source_url: 'https://example.org/r/a90', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const span = (r: ObservationDraft | undefined) => r && `${r.period_start}..${r.period_end}`;

describe('a month in a time clause with its own subject and verb dates that clause, not the figures', () => {
  const lead = 'China imported 1.42 million tonnes of beef in the first four months of 2026, customs data showed. ';
  it('reads a trailing "after <who> lifted <what> in <month>" aside', () => {
    const rows = rowsOf(lead + 'Uruguay sold 95,000 tonnes of the meat, after Beijing lifted its halt on two Uruguayan abattoirs in February.');
    expect(span(row(rows, 95000))).toBe('2026-01..2026-04');
  });
  it('reads the clause opening the sentence, in the passive', () => {
    const rows = rowsOf(lead + 'After the dispute over export labels was settled in March, Ireland shipped about 12,500 tonnes.');
    expect(span(row(rows, 12500))).toBe('2026-01..2026-04');
  });
  it('reads "once ... had been issued in" and keeps the next sentence on the lead period', () => {
    const rows = rowsOf(lead + 'New Zealand supplied 61 thousand tonnes once the new health certificates had been issued in January. Chile sent 8,300 tonnes.');
    expect(span(row(rows, 61000))).toBe('2026-01..2026-04');
    expect(span(row(rows, 8300))).toBe('2026-01..2026-04');
  });
  it('reads a wire-style "when" clause with a part of the month', () => {
    const rows = rowsOf('China imported 398.6 mln t of iron ore in Jan-Apr, customs said. Australian cargoes totalled 241.3 mln t even when a strike at Port Hedland ended only in early March.');
    expect(span(row(rows, 241.3e6))).toBe('2026-01..2026-04');
  });
  it('reads "following <noun> that <verb> ... in <month>"', () => {
    const rows = rowsOf('China\'s coal imports came to 151.7 million tonnes in the first four months. Supplies from Australia were 28.4 million tonnes, following floods that shut mines in Queensland in January.');
    expect(span(row(rows, 28.4e6))).toBe('2026-01..2026-04');
  });
  it('reads an opening "As <subject> <irregular past> ... in <month>," in a translated register', () => {
    const rows = rowsOf('In the first four months, China\'s imports of soybeans reached 28.6 million tons. As Argentine farmers held back their beans in February, arrivals from Brazil made up 19.2 million tons.');
    expect(span(row(rows, 19.2e6))).toBe('2026-01..2026-04');
  });
  it('leaves a clause with its own figure to date that figure (near miss)', () => {
    const rows = rowsOf('China imported 1.42 million tonnes of beef in the first four months. Imports came to 380,000 tonnes in April alone, when shipments from Brazil reached 171,000 tonnes in April.');
    expect(span(row(rows, 171000))).toBe('2026-04..2026-04');
  });
  it('leaves a month right after the main verb the figure\'s own (near miss)', () => {
    const rows = rowsOf('China imported 1.42 million tonnes of beef in the first four months. After the holiday lull, imports climbed to 310,000 tonnes in March.');
    expect(span(row(rows, 310000))).toBe('2026-03..2026-03');
  });
  it('leaves a month whose clause goes on to its own figures to them (near miss)', () => {
    const rows = rowsOf('Steel exports fell 4 percent in the first four months, after the ministry reported earlier this month that shipments in April rose 2.5 percent to 9.1 million tonnes.');
    expect(span(row(rows, 9.1e6))).toBe('2026-04..2026-04');
  });
  it('leaves "since <it> reopened in <month>" a running total (near miss)', () => {
    const rows = rowsOf('Since the crossing reopened in March 2024, it has handled 1.3 million tonnes of freight in total.');
    expect(row(rows, 1.3e6)?.period_start).toBe('2024-03');
  });
});

describe('a count of months made an adjective before goods and a flow is the year so far', () => {
  it('reads "Ten-month <goods> exports were" in a wire sentence', () => {
    const rows = rowsOf('BEIJING, Nov 9 - Refined fuel exports fell 9.1% to 4.1 million tons in October. Ten-month fuel exports were 44.2 million tons, down 2.7%.', '2026-11-09');
    expect(span(row(rows, 44.2e6))).toBe('2026-01..2026-10');
  });
  it('reads a figure-first trailing clause with two words of goods', () => {
    const rows = rowsOf('Shipments eased in August, customs data showed, taking 3.6 million tonnes of steel abroad, while eight-month steel product exports reached 71.4 mln t.', '2026-09-08');
    expect(span(row(rows, 71.4e6))).toBe('2026-01..2026-08');
  });
  it('reads a digit count and "arrivals" in trade-press English', () => {
    const rows = rowsOf('China\'s 7-month crude oil arrivals totalled 322.5 million tonnes, up 1.4% on the year, the customs office said.', '2026-08-07');
    expect(span(row(rows, 322.5e6))).toBe('2026-01..2026-07');
  });
  it('reads "purchases" in a comma aside', () => {
    const rows = rowsOf('Beijing\'s buying slowed, with nine-month soybean purchases, at 79.8 million tonnes, trailing last year\'s pace.', '2026-10-13');
    expect(span(row(rows, 79.8e6))).toBe('2026-01..2026-09');
  });
  it('reads an "intake" in translated English', () => {
    const rows = rowsOf('According to the customs authority, the country\'s five-month iron ore intake amounted to 492 million tons.', '2026-06-09');
    expect(span(row(rows, 492e6))).toBe('2026-01..2026-05');
  });
  it('leaves "a six-month ban on coal imports" a measure\'s length (near miss)', () => {
    const rows = rowsOf('After a six-month ban on coal imports ended, arrivals rebounded to 21.3 million tonnes in September.', '2026-10-13');
    expect(span(row(rows, 21.3e6))).toBe('2026-09..2026-09');
  });
  it('leaves "a ten-month high in steel exports" a streak (near miss)', () => {
    const rows = rowsOf('Steel exports hit a ten-month high in September, rising to 10.2 million tonnes.', '2026-10-13');
    expect(span(row(rows, 10.2e6))).toBe('2026-09..2026-09');
  });
});

describe('a change in apposition to a base amount dated a month with no year is month on month', () => {
  const noYoy = (rows: ObservationDraft[], value: number, pct: number) => {
    expect(row(rows, value)?.yoy_pct ?? null).not.toBe(pct);
    expect(rows.some((r) => r.yoy_pct === pct)).toBe(false);
  };
  it('reads "That was above the <amount> that arrived in <month>, a gain of"', () => {
    const rows = rowsOf('China imported 9.6 million tonnes of soybeans in May, customs data showed. That was above the 8.1 million tonnes that arrived in April, a gain of 18.5%.', '2026-06-09');
    noYoy(rows, 9.6e6, 18.5);
  });
  it('reads a wire "against <amount> in <month>, a drop of" inside the level\'s sentence', () => {
    const rows = rowsOf('Steel product exports reached 9.9 mln t in May, against 10.4 mln t in April, a drop of 4.8 pct.', '2026-06-09');
    noYoy(rows, 9.9e6, -4.8);
  });
  it('reads "compared with <amount> in <month>, up"', () => {
    const rows = rowsOf('Copper concentrate arrivals came to 2.61 million tonnes in July, compared with 2.44 million tonnes in June, up 7 percent.', '2026-08-07');
    noYoy(rows, 2.61e6, 7);
  });
  it('reads translated English "higher than the <amount> recorded in <month>, an increase of"', () => {
    const rows = rowsOf('The import value of crude oil was 191.2 billion yuan in October, higher than the 183.6 billion yuan recorded in September, an increase of 4.1 percent.', '2026-11-07');
    noYoy(rows, 191.2e9, 4.1);
  });
  it('reads a base written "of <month>" with a hedge before the percentage', () => {
    const rows = rowsOf('Rare earth magnet shipments slipped to 4,120 t in August, below the 4,500 t of July, a decline of about 8.4%.', '2026-09-20');
    noYoy(rows, 4120, -8.4);
  });
  it('keeps a base dated a month and a year a year back (near miss)', () => {
    const rows = rowsOf('Arrivals were 47.3 million tonnes in October, above the 44.6 million tonnes in October 2025, a gain of 6.1%.', '2026-11-07');
    expect(rows.some((r) => r.yoy_pct === 6.1)).toBe(true);
  });
  it('keeps a partner before the amount and a year-on-year marker after the change (near miss)', () => {
    const rows = rowsOf('Customs figures show imports of cobalt from Congo at 52,300 tonnes in April, up 9% year on year.', '2026-05-20');
    expect(row(rows, 52300)?.yoy_pct).toBe(9);
  });
  it('keeps a base of a year earlier year-on-year (near miss)', () => {
    const rows = rowsOf('Exports rose to 6.2 million tonnes in May, above the 5.7 million tonnes of a year earlier, a gain of 8.8%.', '2026-06-09');
    expect(rows.some((r) => r.yoy_pct === 8.8)).toBe(true);
  });
});

describe('carriers of goods given only a direction of traffic are vehicles crossing, not goods', () => {
  const lead = 'HEIHE, Oct 20 -- ';
  it('drops "the number of inbound trucks exceeded N" after a trade clause', () => {
    const rows = rowsOf(lead + 'Imports of Russian timber through the port rose 6.2 percent to 714,000 tonnes in the first nine months, and the number of inbound trucks exceeded 39,000.', '2026-10-20');
    expect(row(rows, 39000)).toBeUndefined();
    expect(row(rows, 714000)).toBeDefined();
  });
  it('drops "Outbound lorries rose to N" in a sentence of its own', () => {
    const rows = rowsOf(lead + 'Erenhot Port handled 3.1 million tonnes of coal in the first nine months. Outbound lorries rose to 9,100 over the period.', '2026-10-20');
    expect(row(rows, 9100)).toBeUndefined();
  });
  it('drops incoming and outgoing cargo trucks after a semicolon', () => {
    const rows = rowsOf(lead + 'The port handled 2.1 million tonnes of goods in the first half; incoming cargo trucks numbered 21,500 and outgoing ones 19,800.', '2026-07-20');
    expect(row(rows, 21500)).toBeUndefined();
  });
  it('drops inbound freight vehicles with a growth, keeping trucks exported as goods in the same sentence', () => {
    const rows = rowsOf(lead + 'In the first half, inbound freight vehicles at the crossing reached 33,100, up 8 percent, while exports of trucks to Kazakhstan came to 6,200 units.', '2026-07-20');
    expect(row(rows, 33100)).toBeUndefined();
    expect(row(rows, 6200)).toMatchObject({ flow: 'export', partner: 'Kazakhstan' });
  });
  it('drops a translated "the number of outbound container trucks ... was N"', () => {
    const rows = rowsOf(lead + 'The port supervised 1.2 million tons of goods in the first three quarters. In the first three quarters, the number of outbound container trucks at the checkpoint was 27,600.', '2026-10-20');
    expect(row(rows, 27600)).toBeUndefined();
  });
  it('keeps heavy trucks exported as goods (near miss)', () => {
    const rows = rowsOf(lead + 'China exported 41,000 heavy trucks in the first nine months, up 12 percent.', '2026-10-20');
    expect(row(rows, 41000)).toMatchObject({ flow: 'export', yoy_pct: 12 });
  });
  it('keeps imported trucks goods (near miss)', () => {
    const rows = rowsOf(lead + 'Imports of second-hand trucks through the port reached 3,400 vehicles in the first nine months.', '2026-10-20');
    expect(row(rows, 3400)).toMatchObject({ flow: 'import' });
  });
});
