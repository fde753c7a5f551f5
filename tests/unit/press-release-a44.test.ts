/**
 * Rules added in the seventh round of real releases under variation (issue 9): the words another outlet would use for the same
 * facts. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a44', source_url: 'https://example.org/r/a44', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null, unit = '') =>
  rows.find((r) => r.value === value && (value !== null || r.unit === unit));

describe('"inbound and outbound shipments" (either order) name two-way trade', () => {
  it('reads a value of inbound and outbound shipments as total trade', () => {
    const rows = rowsOf('JINAN, May 12 -- The province\'s inbound and outbound shipments came to 712.4 billion yuan in the first four months, up 4.8 percent year on year.');
    expect(row(rows, 712.4e9)).toMatchObject({ flow: 'total', yoy_pct: 4.8 });
  });
  it('reads outbound and inbound shipments the same way', () => {
    const rows = rowsOf('Outbound and inbound shipments through the port totaled 38.6 billion yuan in April, up 11 percent from a year earlier.');
    expect(row(rows, 38.6e9)).toMatchObject({ flow: 'total' });
  });
  it('keeps the pair two-way when its shipments go "to" a partner', () => {
    const rows = rowsOf('The value of the province\'s inbound and outbound shipments to Mongolia came in at 18.9 billion yuan in the first four months, up 9.6 percent year on year.');
    expect(row(rows, 18.9e9)).toMatchObject({ flow: 'total', partner: 'Mongolia' });
  });
  it('keeps the pair two-way before a span of months opened by "from"', () => {
    const rows = rowsOf('Yunnan\'s total outbound and inbound shipments from January to April hit 96.2 billion yuan (about 13.4 billion U.S. dollars), up 8.1 percent year on year.');
    expect(row(rows, 96.2e9)).toMatchObject({ flow: 'total', yoy_pct: 8.1 });
  });
  it('still reads outbound shipments alone as exports', () => {
    const rows = rowsOf('The province\'s outbound shipments came to 455.1 billion yuan in the first four months, up 6.2 percent year on year.');
    expect(row(rows, 455.1e9)).toMatchObject({ flow: 'export' });
  });
});

describe('a growth named by a participle after its level (", representing year-on-year growth of ...")', () => {
  it('gives each of two levels its own growth', () => {
    const rows = rowsOf(
      'In the first four months, coal exported through the border crossings came to 2.46 million tonnes, representing year-on-year growth of 31.2 percent, and grain brought in by rail totaled 815,000 tonnes, representing growth of 12.7 percent.',
    );
    expect(row(rows, 2.46e6)).toMatchObject({ yoy_pct: 31.2 });
    expect(row(rows, 815000)).toMatchObject({ yoy_pct: 12.7 });
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });
  it('does the same with "marking an increase of"', () => {
    const rows = rowsOf(
      'Exports reached 64.1 billion yuan in April, marking an increase of 7.3 percent from a year earlier, and imports were 39.5 billion yuan, marking an increase of 2.2 percent.',
    );
    expect(row(rows, 64.1e9)).toMatchObject({ flow: 'export', yoy_pct: 7.3 });
    expect(row(rows, 39.5e9)).toMatchObject({ flow: 'import', yoy_pct: 2.2 });
  });
});

describe('a wire\'s sign-off at the end of a line ("... showed – KPN-TV") closes the paragraph', () => {
  it('keeps the next line\'s foreign agency and town out of the figures before it', () => {
    const rows = rowsOf(
      "TOKYO -- Japan's exports rose 5.1 percent in April from a year earlier to 8.92 trillion yen, the finance ministry said.\nIn April, imports fell 2.3 percent from a year earlier to 8.40 trillion yen, the preliminary figures released on the day showed – KPN-TV\nStatistics Korea said in Daejeon that its own price figures would follow.",
      '2026-05-20',
    );
    expect(row(rows, 8.4e12)).toMatchObject({ area: 'Japan', flow: 'import', yoy_pct: -2.3 });
  });
});

describe('"H1 of 2025" as "Q3 of 2025" is written', () => {
  it('reads the half with "of" and its year as January to June of that year', () => {
    const rows = rowsOf('The country\'s exports in H1 of 2025 declined by 4.2 percent to 31.6 billion U.S. dollars.', '2025-08-20');
    expect(row(rows, 31.6e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-06', yoy_pct: -4.2 });
  });
  it('does the same for the second half written the other way round ("2H of 2024")', () => {
    const rows = rowsOf('Imports in 2H of 2024 rose 3.5 percent to 12.8 billion U.S. dollars.', '2025-02-14');
    expect(row(rows, 12.8e9)).toMatchObject({ period_start: '2024-07', period_end: '2024-12' });
  });
});
