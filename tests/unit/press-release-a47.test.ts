/**
 * Rules added in the eighth round of real releases under variation (issue 9): the registers of translated official English
 * (government, agency and ministry readouts, figures inside a spokesperson's quote). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a47', source_url: 'https://example.org/r/a47', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('"registered a decline of" is a change, not a registered stock', () => {
  it('dates a change registered "by" a month from January, as "fell" would be', () => {
    const rows = rowsOf('NANNING, May 12 -- Customs figures show that by April the region\'s trade with Laos registered a decline of 6.3 percent to 412 million U.S. dollars.');
    expect(row(rows, 412e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-04', yoy_pct: -6.3 });
  });
  it('reads "registered a growth of" the same way', () => {
    const rows = rowsOf('NANNING, May 12 -- By April, the region\'s trade with Cambodia registered a growth of 14.2 percent to reach 95 million U.S. dollars.');
    expect(row(rows, 95e6)).toMatchObject({ period_start: '2026-01', period_end: '2026-04' });
  });
  it('still reads registered firms counted "as of" a day as a stock (guard)', () => {
    const rows = rowsOf('NANNING, May 12 -- As of April 30, a total of 3,150 trading firms registered at the port had declared 2.4 billion yuan of goods.');
    expect(rows.every((r) => r.period_start !== '2026-04')).toBe(true);
  });
});

describe('a bloc after "with", "to" or "from" stays the partner before "registered a"', () => {
  it('keeps the EU the partner of trade "with the EU registered a growth of"', () => {
    const rows = rowsOf('HAIKOU, May 12 -- In the first four months, the province\'s trade with the United States grew 12.4 percent to 3.1 billion yuan, while its trade with the EU registered a growth of 8.8 percent to reach 2.6 billion yuan.');
    expect(row(rows, 2.6e9)).toMatchObject({ partner: 'European Union', yoy_pct: 8.8 });
    expect(row(rows, 2.6e9)?.area).not.toBe('European Union');
  });
  it('keeps exports "to ASEAN posted a" rise the partner\'s', () => {
    const rows = rowsOf('NANNING, May 12 -- The region\'s exports to ASEAN posted a rise of 9.1 percent to 41.7 billion yuan in the first four months.');
    expect(row(rows, 41.7e9)).toMatchObject({ partner: 'ASEAN', flow: 'export' });
  });
});

describe('a share "in" a place\'s total (agency English) is the share of the figure before it', () => {
  it('keeps the region the area of "its share in China\'s total ... made up N percent"', () => {
    const rows = rowsOf('URUMQI, May 12 -- Xinjiang\'s border trade came to 22.6 billion yuan in the first quarter. Its share in China\'s total border trade made up 38 percent.');
    expect(row(rows, 38)).toMatchObject({ unit: 'percent-share', area: 'Xinjiang' });
  });
  it('reads the share the same way after a comma ("with its share in ... making up")', () => {
    const rows = rowsOf('KUNMING, May 12 -- Yunnan\'s trade with Myanmar reached 9.8 billion yuan in the first quarter, with its share in China\'s trade with Myanmar making up 21 percent.');
    expect(row(rows, 21)?.area).toBe('Yunnan');
  });
  it('keeps a partner\'s share "in" the reporter\'s turnover the partner\'s (guard)', () => {
    const rows = rowsOf('ASTANA, May 12 -- Kazakhstan\'s foreign trade turnover amounted to 31.2 billion U.S. dollars in the first quarter. The share of China in Kazakhstan\'s foreign trade turnover made up 22.4 percent.');
    expect(row(rows, 22.4)).toMatchObject({ area: 'Kazakhstan', partner: 'China' });
  });
  it('keeps "Russia\'s share in Kazakhstan\'s trade" a partner\'s share of the named area (guard)', () => {
    const rows = rowsOf('ASTANA, May 12 -- In the first quarter, Russia\'s share in Kazakhstan\'s trade made up 17.9 percent.');
    expect(row(rows, 17.9)).toMatchObject({ area: 'Kazakhstan', partner: 'Russia' });
  });
});

describe('a quotation closed after its full stop at a line\'s end ends the sentence', () => {
  const lead = 'In March, the city\'s exports came to 4.12 billion U.S. dollars, up 9.6 percent year on year, the fastest pace since last autumn.';
  it('keeps the month of the sentence before for a quoted figure, whatever the next line says', () => {
    const rows = rowsOf(`QINGDAO, April 14 -- ${lead} A customs official told reporters: "Imports rose to 3.27 billion U.S. dollars, up 4.4 percent."\nIn the first quarter, the surplus amounted to 2.35 billion U.S. dollars, up 18 percent.\n`, '2026-04-14');
    expect(row(rows, 3.27e9)).toMatchObject({ period_start: '2026-03', period_end: '2026-03', yoy_pct: 4.4 });
    expect(row(rows, 2.35e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-03' });
  });
});
