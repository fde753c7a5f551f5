/**
 * Rules added in the fixing round for the blind batches b160 (the real set's mix) and b162 (other countries' agencies on
 * their own trade), twenty-eighth session. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a58', source_url: 'https://example.org/r/a58', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growth = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.yoy_pct === yoy);

describe('"gaining N percent" is a rise', () => {
  it('gives the level after "with imports gaining" its growth', () => {
    const rows = rowsOf('BEIJING, May 12 (Xinhua) -- In April alone, trade went up 6.2 percent to 3.41 trillion yuan, with imports gaining 8.4 percent to 1.52 trillion yuan.');
    expect(row(rows, 1.52e12)).toMatchObject({ flow: 'import', yoy_pct: 8.4 });
  });
  it('still reads a falling participle as a fall (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 (Xinhua) -- In April alone, trade went up 6.2 percent to 3.41 trillion yuan, with imports falling 2.3 percent to 1.52 trillion yuan.');
    expect(row(rows, 1.52e12)?.yoy_pct).toBe(-2.3);
  });
});

describe('a speaker who "sees" a change is forecasting', () => {
  it('drops the change a brokerage analyst "who sees" coming', () => {
    const rows = rowsOf('SEOUL, May 12 -- Exports rose 4.5% to $52.1 billion in April, the ministry said. "Chip demand should hold up," said an analyst at a Seoul brokerage, who sees exports climbing about 6% in the second quarter.');
    expect(growth(rows, 6)).toBeUndefined();
    expect(row(rows, 52.1e9)?.yoy_pct).toBe(4.5);
  });
});

describe('"Exports made up the bulk of the trade, at N": the direction that dominates owns the amount after a comma', () => {
  it('reads the amount after the comma as exports', () => {
    const rows = rowsOf('HOHHOT, May 12 -- The border town\'s foreign trade rose 18.2 percent to 4.4 billion yuan in the first four months. Exports made up the bulk of the town\'s trade, at 3.1 billion yuan, up 22.5 percent.');
    expect(row(rows, 3.1e9)).toMatchObject({ flow: 'export', yoy_pct: 22.5 });
  });
  it('reads imports the same way', () => {
    const rows = rowsOf('HOHHOT, May 12 -- The border town\'s foreign trade rose 18.2 percent to 4.4 billion yuan in the first four months. Imports made up the bulk of the town\'s trade, at 3.6 billion yuan.');
    expect(row(rows, 3.6e9)?.flow).toBe('import');
  });
});

describe('vehicle trips crossing a border are no trade figure, whatever an earlier clause named', () => {
  it('drops the trips after a clause about inbound trucks', () => {
    const rows = rowsOf('ERENHOT, May 12 -- The port imported 4.2 million tonnes of coal in the first four months, up 9.1 percent. It handled an average of 1,200 inbound trucks a day, and some 96,000 vehicle trips crossed the border in the period.');
    expect(row(rows, 96000)).toBeUndefined();
    expect(row(rows, 4.2e6)?.flow).toBe('import');
  });
});

describe('a balance measured as a part of "the month\'s imports" is a ratio, not a share', () => {
  it('drops the ratio after "which equals"', () => {
    const rows = rowsOf('HONG KONG, May 12 -- Imports of goods reached $402.6 billion in April 2026, leaving a visible trade deficit of $28.4 billion, which equals 7.1% of the month\'s imports.');
    expect(row(rows, 7.1)).toBeUndefined();
    expect(row(rows, -28.4e9)?.flow).toBe('balance');
  });
});

describe('a partner\'s "share of exports" is a part of the reporter\'s own exports', () => {
  it('keeps the share an export share with the partner', () => {
    const rows = rowsOf('SEOUL, May 12 -- Exports to Vietnam rose 8.2% y/y to USD5.4bn in April. Vietnam\'s share of exports was 9.6%.');
    expect(row(rows, 9.6)).toMatchObject({ unit: 'percent-share', flow: 'export', partner: 'Vietnam' });
  });
  it('still reads a partner\'s own exports as the reporter\'s imports (guard)', () => {
    const rows = rowsOf('SEOUL, May 12 -- Imports from the US fell 3% y/y, while Saudi Arabia\'s shipments slid 8% y/y to USD2.1bn in April.');
    expect(row(rows, 2.1e9)).toMatchObject({ flow: 'import', partner: 'Saudi Arabia' });
  });
});

describe('forecasts: where a level is expected "to come in", and what forecasters "looked for"', () => {
  it('drops a deficit expected "to come in below" an amount', () => {
    const rows = rowsOf('SEOUL, May 12 -- Exports rose 3.2% y/y to USD41.8bn in April. We expect full-year exports to grow 4% y/y, and the annual deficit to come in below USD15bn.');
    expect(rows.some((r) => r.value === -15e9 || r.value === 15e9)).toBe(false);
  });
  it('drops the rise economists "had looked for"', () => {
    const rows = rowsOf('TOKYO, May 12 -- Exports grew 5.6 percent from a year earlier to 8.74 trillion yen in April. Economists surveyed beforehand had looked for a 7.9 percent rise in exports.');
    expect(growth(rows, 7.9)).toBeUndefined();
    expect(row(rows, 8.74e12)?.yoy_pct).toBe(5.6);
  });
});

describe('a year\'s balance named before its amount dates that amount', () => {
  it('dates "the 2024 surplus of" to 2024', () => {
    const rows = rowsOf('BRASILIA, Jan. 6 -- The country posted a trade surplus of USD74.2bn in 2025, 12.4% above the 2024 surplus of USD66.0bn.', '2026-01-06');
    expect(row(rows, 66e9)).toMatchObject({ period_start: '2024-01', period_end: '2024-12', yoy_pct: null });
    expect(row(rows, 74.2e9)).toMatchObject({ period_start: '2025-01', yoy_pct: 12.4 });
  });
  it('dates "the 2024 deficit of" the same way', () => {
    const rows = rowsOf('ANKARA, Jan. 6 -- The foreign trade deficit narrowed to USD61.3bn in 2025 from the 2024 deficit of USD82.1bn.', '2026-01-06');
    expect(row(rows, -82.1e9)?.period_start).toBe('2024-01');
  });
});

describe('"in the previous fiscal year" after a fiscal year\'s figure is the fiscal year before it', () => {
  it('dates the base a year before the figure\'s fiscal year, and keeps the growth', () => {
    const rows = rowsOf('NEW DELHI -- The country\'s merchandise imports rose 4.8 per cent to USD702.1 billion in 2025-26 from USD670.0 billion in the previous fiscal year, data showed.', '2026-04-16');
    expect(row(rows, 670e9)).toMatchObject({ period_start: '2024-04', period_end: '2025-03', yoy_pct: null });
    expect(row(rows, 702.1e9)).toMatchObject({ period_start: '2025-04', period_end: '2026-03', yoy_pct: 4.8 });
  });
});

describe('a closing reason clause after an amount with its currency before it', () => {
  it('does not date the figure with the reason\'s quarter', () => {
    const rows = rowsOf('WELLINGTON -- The figures cover the year ended June 2026. Exports to China totalled NZ$19.6 billion over the twelve months to June. Imports from China rose 2.4 per cent to NZ$14.1 billion as port delays eased in the December quarter.', '2026-08-05');
    expect(row(rows, 14.1e9)).toMatchObject({ period_start: '2025-07', period_end: '2026-06' });
  });
  it('keeps the growth year-on-year in a release whose agency compares with the month before', () => {
    const rows = rowsOf('CANBERRA -- The Australian Bureau of Statistics said on Thursday the surplus on goods narrowed to A$5.1 billion in June in seasonally adjusted terms, and exports fell 2 per cent from May.\n\nThe figures close the 2025-26 financial year. Exports to Japan reached A$61.2 billion over the twelve months to June, up 4.4 per cent on 2024-25. Imports from Japan fell 5.2 per cent to A$22.7 billion as car shipments slowed in the March quarter.', '2026-08-06');
    expect(row(rows, 22.7e9)).toMatchObject({ period_start: '2025-07', period_end: '2026-06', yoy_pct: -5.2 });
  });
});

describe('an amount in brackets right after a change\'s percentage is the change in money', () => {
  it('drops "(£2.3 billion)" after "a rise of 3.1%"', () => {
    const rows = rowsOf('LONDON -- UK imports of goods were £131.5 billion in January to March 2026, a rise of 3.1% (£2.3 billion) compared with the same quarter of 2025.', '2026-05-12');
    expect(row(rows, 2.3e9)).toBeUndefined();
    expect(row(rows, 131.5e9)?.yoy_pct).toBe(3.1);
  });
  it('keeps a bracketed amount after a share (guard)', () => {
    const rows = rowsOf('LONDON -- UK exports of goods were £80.2 billion in January to March 2026. Exports to the EU, 46.1% (£37.0 billion) of the total, rose 2.2%.', '2026-05-12');
    expect(row(rows, 37e9)).toBeDefined();
  });
});

describe('"the first time" a figure passed a round amount: the round amount and its "since" are no figures', () => {
  it('drops the threshold and keeps the share dated with the year', () => {
    const rows = rowsOf('TAIPEI, Jan. 8 -- Exports to the United States rose 21.4 pc to USD111.2bn last year. The US share of exports climbed to 23.4 pc, the first time it has been above 20 pc since 1999.', '2026-01-08');
    expect(row(rows, 20)).toBeUndefined();
    expect(growth(rows, 20)).toBeUndefined();
    expect(row(rows, 23.4)).toMatchObject({ unit: 'percent-share', period_start: '2025-01', period_end: '2025-12' });
  });
  it('drops an amount a first time topped', () => {
    const rows = rowsOf('SEOUL, Jan. 2 -- Exports grew 8.2 pc to USD709.4bn in 2025, the first time they have topped USD700bn.', '2026-01-02');
    expect(rows.some((r) => r.value === 700e9)).toBe(false);
    expect(row(rows, 709.4e9)?.yoy_pct).toBe(8.2);
  });
});
