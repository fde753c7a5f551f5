/**
 * Rules added in the fixing round for the blind batches b186 (other countries' agencies on their own trade) and b187 (goods
 * in China's trade as commodity desks report them). Texts are our own, written for these tests; each rule has phrasings in
 * several registers and a near miss that must not trigger.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2025-11-06'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a76', source_url: 'https://example.org/r/a76', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growth = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.yoy_pct === yoy);

describe('a forecaster\'s verb with the change it foresees as object is a forecast', () => {
  it('drops "projects export growth of about N per cent for the whole year"', () => {
    const rows = rowsOf('HANOI, Nov. 6 -- Exports in the first ten months reached $335.6 billion, up 14.9 per cent. The statistics office projects export growth of about 12 per cent for the whole year.');
    expect(growth(rows, 12)).toBeUndefined();
    expect(row(rows, 335.6e9)?.yoy_pct).toBe(14.9);
  });
  it('drops "the ministry anticipates an import decline of 3 percent" (agency English)', () => {
    const rows = rowsOf('BANGKOK, Nov 6 -- Imports fell 2.1 percent to 21.4 billion dollars in October. The ministry anticipates an import decline of 3 percent in the final quarter.');
    expect(growth(rows, -3)).toBeUndefined();
    expect(growth(rows, 3)).toBeUndefined();
  });
  it('drops "is projecting a rise of 8 per cent" and "predicts a 4.5 percent increase" (wire)', () => {
    const rows = rowsOf('OSLO, Nov 6 (Reuters) - Salmon exports rose 6 per cent to NOK 9.2 billion in October. The council is projecting a rise of 8 per cent for the year, and one bank predicts a 4.5 percent increase in 2026.');
    expect(growth(rows, 8)).toBeUndefined();
    expect(growth(rows, 4.5)).toBeUndefined();
    expect(growth(rows, 6)).toBeDefined();
  });
  it('keeps an office\'s estimate of a period already over (near miss)', () => {
    const rows = rowsOf('HANOI, Nov. 6 -- The statistics office estimates export growth of 14.9 per cent for the first ten months, to $335.6 billion.');
    expect(growth(rows, 14.9)).toBeDefined();
  });
});

describe('a first estimate named with its month or kind before the amount is superseded', () => {
  it('drops "had originally reported a July shortfall of C$4.90 billion" (wire)', () => {
    const rows = rowsOf('OTTAWA, Oct 7 - The deficit widened to C$6.32 billion in August from a revised C$4.94 billion in July. Statscan had originally reported a July shortfall of C$4.90 billion.', '2025-10-07');
    expect(row(rows, -4.9e9)).toBeUndefined();
    expect(row(rows, -4.94e9)).toMatchObject({ period_start: '2025-07' });
  });
  it('drops "initially published an August trade gap of $3.1 billion" (agency)', () => {
    const rows = rowsOf('MANILA, Oct. 10 -- The trade gap stood at $3.4 billion in September. The authority initially published an August trade gap of $3.1 billion, since revised to $3.3 billion.', '2025-10-10');
    expect(row(rows, -3.1e9)).toBeUndefined();
  });
  it('drops "had first estimated a June surplus of 2.1 billion" (translated English)', () => {
    const rows = rowsOf('JAKARTA, Aug 15 -- The trade surplus in July amounted to 4.2 billion US dollars. The statistics agency had first estimated a June surplus of 2.1 billion US dollars.', '2025-08-15');
    expect(row(rows, 2.1e9)).toBeUndefined();
    expect(row(rows, 4.2e9)).toBeDefined();
  });
  it('keeps a month\'s balance reported without a word of a first estimate (near miss)', () => {
    const rows = rowsOf('OTTAWA, Aug 6 - Statistics Canada reported a June shortfall of C$5.9 billion on Wednesday.', '2025-08-06');
    expect(row(rows, -5.9e9)).toMatchObject({ period_start: '2025-06', flow: 'balance' });
  });
});

describe('a day\'s best told as "a daily record / high / peak of" is a day\'s figure', () => {
  it('drops "flows set a daily record of N cubic metres on Feb. 3" (wire)', () => {
    const rows = rowsOf('MOSCOW, March 18 (Reuters) - Gas exports through the pipeline came to 6.1 billion cubic metres in January and February, and flows set a daily record of 104.2 million cubic metres on Feb. 5.', '2026-03-18');
    expect(row(rows, 104.2e6)).toBeUndefined();
    expect(row(rows, 6.1e9)).toBeDefined();
  });
  it('drops "handled a daily high of 52,000 tonnes" (local outlet)', () => {
    const rows = rowsOf('QINZHOU, May 9 -- Qinzhou Port handled 1.9 million tonnes of grain in April. Unloading hit a daily high of 52,000 tonnes during the harvest rush.', '2025-05-09');
    expect(row(rows, 52000)).toBeUndefined();
    expect(row(rows, 1.9e6)).toBeDefined();
  });
  it('drops "reached a new daily peak at 41,000 tonnes" (agency)', () => {
    const rows = rowsOf('ULAANBAATAR, June 3 -- Coal exports rose 12 percent to 7.4 million tonnes in May, and loadings at the border reached a new daily peak at 41,000 tonnes.', '2025-06-03');
    expect(row(rows, 41000)).toBeUndefined();
  });
  it('keeps a month\'s record level with no day in it (near miss)', () => {
    const rows = rowsOf('SINGAPORE, June 3 (Reuters) - LNG imports hit a record 7.9 million tonnes in May, up 9 percent from a year earlier.', '2025-06-03');
    expect(row(rows, 7.9e6)).toMatchObject({ period_start: '2025-05', yoy_pct: 9 });
  });
});

describe('a part introduced by "with" after a change is its own subject, however long its name', () => {
  it('keeps the change on the level before "with metal ores and minerals the largest component at"', () => {
    const rows = rowsOf('CANBERRA, Nov 6 - Goods exports to China were $13,210 million in September, down 8.5 per cent on September 2024, with metal ores and minerals the largest component at $8,044 million.');
    expect(row(rows, 13210e6)?.yoy_pct).toBe(-8.5);
    expect(row(rows, 8044e6)?.yoy_pct).toBeNull();
  });
  it('reads "with machinery and transport equipment, the biggest group, at" the same way (agency)', () => {
    const rows = rowsOf('SINGAPORE, Nov 6 -- Imports from China reached S$6.2 billion in October, up 4.1 per cent year on year, with machinery and transport equipment, the biggest group, at S$3.4 billion.');
    expect(row(rows, 6.2e9)?.yoy_pct).toBe(4.1);
    expect(row(rows, 3.4e9)?.yoy_pct).toBeNull();
  });
  it('reads "with the category of passenger cars, auto parts and accessories at" the same way (translated English)', () => {
    const rows = rowsOf('SEOUL, Nov. 6 -- Exports to the United States came to 10.1 billion U.S. dollars in October, a fall of 2.3 percent, with the category of passenger cars, auto parts and accessories at 3.2 billion U.S. dollars.');
    expect(row(rows, 10.1e9)?.yoy_pct).toBe(-2.3);
    expect(row(rows, 3.2e9)?.yoy_pct).toBeNull();
  });
  it('still leads a change into the level it rises to (near miss)', () => {
    const rows = rowsOf('CANBERRA, Nov 6 - Shipments of metal ores and minerals to China jumped 12 per cent to a record $8,044 million in September.');
    expect(row(rows, 8044e6)?.yoy_pct).toBe(12);
  });
});
