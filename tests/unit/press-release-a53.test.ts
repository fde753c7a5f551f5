/**
 * Rules of the fixing round for b155 and the round's leftovers (issue 9, twenty-seventh session): the scope of a partner
 * agency cited late in a wire, month-on-month bases opening a sentence, and ... Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = (text: string, published = '2026-05-12'): ObservationDraft[] => releaseRows(text, published);
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a partner agency cited after the lead governs only its own sentence', () => {
  const wire = (closing: string) => `Kazakhstan-China trade slips in first quarter

BEIJING, April 14. /Wire/. Trade between Kazakhstan and China fell 3.1% in January-March 2026 to $9.4 billion, the General Administration of Customs of China said on Tuesday.

Chinese shipments to Kazakhstan over the quarter rose 2.2% to $5.1 billion. Kazakh supplies to China went down 8.7% to $4.3 billion.

${closing}`;
  it('still mirrors the supplier\'s sales to the source country when a later paragraph cites the partner\'s own agency', () => {
    const rows = rowsOf(wire("Kazakhstan's Bureau of National Statistics said earlier that the country's exports in January-February totalled $12.6 billion."));
    expect(row(rows, 4.3e9)).toMatchObject({ area: 'China', partner: 'Kazakhstan', flow: 'import' });
  });
  it('reads the partner agency\'s own figure as the partner\'s (guard)', () => {
    const rows = rowsOf(wire("Kazakhstan's Bureau of National Statistics said earlier that the country's exports in January-February totalled $12.6 billion."));
    expect(row(rows, 12.6e9)).toMatchObject({ area: 'Kazakhstan', flow: 'export' });
  });
  it('mirrors nothing when the lead itself cites both sides\' agencies (guard)', () => {
    const text = `BEIJING, April 14. /Wire/. Trade between Kazakhstan and China fell 3.1% in January-March 2026 to $9.4 billion, the General Administration of Customs of China said, while Kazakhstan's Bureau of National Statistics put it lower.

Kazakh supplies to China went down 8.7% to $4.3 billion.`;
    expect(row(rowsOf(text), 4.3e9)?.flow).toBe('export');
  });
});

describe('an agency found by two of its names\' rules is one source', () => {
  it('keeps a partner\'s imports the partner\'s own when the sentence cites its statistics institute', () => {
    const text = `ANKARA, March 28 -- Trade between China and Turkey reached 41.7 billion US dollars in 2025, according to Chinese customs statistics.

In January-February 2026, trade between the two countries stood at 6.1 billion dollars.

Officials from both sides met in Ankara this week to discuss market access for farm goods.

According to the Turkish Statistical Institute, Turkey's imports from China came to 44.2 billion dollars last year.`;
    expect(row(rowsOf(text, '2026-03-28'), 44.2e9)).toMatchObject({ area: 'Turkey', partner: 'China', flow: 'import' });
  });
});

describe('a month set against the month before in a participle opening the sentence is no year-on-year change', () => {
  it('drops a growth "Measured against <month>," as it drops one "Compared with <month>,"', () => {
    const rows = rowsOf('BEIJING, May 12 -- In April alone, exports were worth 2.1 trillion yuan, up 4.4 percent. Measured against March, April exports were 6.8 percent higher.');
    expect(rows.some((r) => r.yoy_pct === 6.8)).toBe(false);
    expect(row(rows, 2.1e12)?.yoy_pct).toBe(4.4);
  });
  it('reads "Set against" the same way', () => {
    const rows = rowsOf('BEIJING, May 12 -- Imports came to 1.6 trillion yuan in April, up 2.9 percent. Set against March, April imports were 3.3 percent lower.');
    expect(rows.some((r) => r.yoy_pct === -3.3)).toBe(false);
  });
  it('keeps a growth measured against the same month a year before (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- Measured against April last year, exports rose 5.1 percent to 2.1 trillion yuan in April.');
    expect(row(rows, 2.1e12)?.yoy_pct).toBe(5.1);
  });
});

describe('"after seasonal adjustment" sets a sequential basis, as "seasonally adjusted" does', () => {
  it('drops a three-month change set against the three months before', () => {
    const rows = rowsOf('SINGAPORE, May 12 -- Exports fell 6.2% to $61.3 billion in April 2026.\n\nAfter seasonal adjustment, exports in February to April 2026 were 3.4% above their level in November to January.');
    expect(rows.some((r) => r.yoy_pct === 3.4)).toBe(false);
    expect(row(rows, 61.3e9)?.yoy_pct).toBe(-6.2);
  });
  it('keeps a change the same sentence marks as year-on-year (guard)', () => {
    const rows = rowsOf('SINGAPORE, May 12 -- After seasonal adjustment, exports in April 2026 rose 2.7% year on year to $60.8 billion.');
    expect(row(rows, 60.8e9)?.yoy_pct).toBe(2.7);
  });
});

describe('"Outbound and inbound services numbered A and B" after a count of trains counts trains', () => {
  const text = 'CHENGDU, July 12 -- The city\'s China-Europe freight train hub handled 3,120 trains in the first half of 2026, up 11.2 percent year on year.\n\nOutbound and inbound services numbered 1,840 and 1,280, up 9.6 percent and 13.5 percent respectively.';
  it('reads both numbers as trains, each with its direction and growth', () => {
    const rows = rowsOf(text, '2026-07-12');
    expect(row(rows, 1840)).toMatchObject({ unit: 'trains', flow: 'export', yoy_pct: 9.6 });
    expect(row(rows, 1280)).toMatchObject({ unit: 'trains', flow: 'import', yoy_pct: 13.5 });
  });
  it('leaves services of no train count before them alone (guard)', () => {
    const rows = rowsOf('CHENGDU, July 12 -- Outbound and inbound services numbered 1,840 and 1,280 in the first half of 2026.', '2026-07-12');
    expect(rows.some((r) => r.unit === 'trains')).toBe(false);
  });
});

describe('"in the country" after a share\'s whole places the whole, not whose share it is', () => {
  it('keeps the hub the area of its share of all trains "in the country" after a sentence naming a foreign country', () => {
    const text = 'CHENGDU, July 12 -- The city\'s China-Europe freight train hub handled 3,120 trains in the first half of 2026, up 11.2 percent year on year.\n\nTrains bound for Europe rose to 1,400, as orders picked up in Poland.\n\nThe hub\'s share of all China-Europe trains in the country rose to 18.4 percent.';
    expect(row(rowsOf(text, '2026-07-12'), 18.4)?.area).not.toBe('Poland');
  });
});

describe('a share of "all" of a thing in a new paragraph is of the whole, both ways', () => {
  const text = (share: string) => `CHENGDU, July 12 -- The city's China-Europe freight train hub handled 3,120 trains in the first half of 2026, up 11.2 percent year on year.\n\nTrains bound for Europe rose to 1,400.\n\n${share}`;
  it('gives the share the total flow, not the direction the paragraph before ended on', () => {
    expect(row(rowsOf(text("The hub's share of all China-Europe trains rose to 18.4 percent."), '2026-07-12'), 18.4)?.flow).toBe('total');
  });
  it('reads "N percent of all" the same way', () => {
    expect(row(rowsOf(text('The hub ran 18.4 percent of all China-Europe trains.'), '2026-07-12'), 18.4)?.flow).toBe('total');
  });
  it('keeps a share of all of one direction that direction (guard)', () => {
    expect(row(rowsOf(text("The hub's share of all outbound China-Europe trains rose to 18.4 percent."), '2026-07-12'), 18.4)?.flow).toBe('export');
  });
});
