/**
 * Rules added in the fixing round for b194 (neighbours and partners in their own dollars): a release that sets its month
 * beside the month before and marks its year-on-year changes apart, and a territory with its own customs statistics ranked
 * next in another reporter's list of partners. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-06'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a80', source_url: 'https://example.org/r/a80', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a release that compares with the month before and sets its year-on-year changes apart', () => {
  it('reads an agency daily whose note says its values are seasonally adjusted as month-on-month', () => {
    const rows = rowsOf(
      "Canada's merchandise trade, March 2026\n\nIn March, the merchandise trade deficit with the world widened to $2.1 billion, from $1.4 billion in February. Exports fell 1.2% to $50.3 billion, while imports rose 0.2% to $52.4 billion. Exports were still 3.0% higher than a year earlier.\n\nNote to readers\n\nAll values in this release are seasonally adjusted unless otherwise stated.",
    );
    expect(row(rows, 52.4e9)).toMatchObject({ period_start: '2026-03', yoy_pct: null });
    expect(row(rows, 50.3e9)?.yoy_pct).not.toBe(-1.2);
  });
  it('reads a wire story whose year-on-year sentence opens "Year over year," as month-on-month before it', () => {
    const rows = rowsOf(
      "OTTAWA, May 6 -- Canada's trade deficit widened to C$2.1 billion in March from C$1.4 billion in February. Exports fell 1.2 percent to C$50.3 billion and imports edged up 0.2 percent to C$52.4 billion.\n\nYear over year, exports were up 3.0 percent and imports rose 1.1 percent.",
    );
    expect(row(rows, 50.3e9)).toMatchObject({ period_start: '2026-03', yoy_pct: 3 });
    expect(row(rows, 52.4e9)).toMatchObject({ yoy_pct: 1.1 });
  });
  it('reads a local outlet whose year-on-year sentence opens "Compared with the same month a year earlier,"', () => {
    const rows = rowsOf(
      "WELLINGTON -- New Zealand's goods trade balance swung to a deficit of $0.8 billion in June, from a surplus of $0.3 billion in May. Exports slipped 0.5 per cent to $5.6 billion, while imports climbed 3.9 per cent to $6.4 billion.\n\nCompared with the same month a year earlier, exports rose 4.2 per cent.",
      '2026-07-29',
    );
    expect(row(rows, 6.4e9)).toMatchObject({ period_start: '2026-06', yoy_pct: null });
    expect(row(rows, 5.6e9)?.yoy_pct).not.toBe(-0.5);
  });
  it('reads translated agency English with "less than in" the month before and "On a year-on-year basis," later', () => {
    const rows = rowsOf(
      'The value of exports in September amounted to 4.1 billion US dollars, which is 3.4% less than in August. Imports decreased by 2.2% and amounted to 5.3 billion US dollars. On a year-on-year basis, exports increased by 6.1%.',
      '2026-10-20',
    );
    expect(row(rows, 5.3e9)).toMatchObject({ period_start: '2026-09', yoy_pct: null });
  });
  it('reads "On the year," opening the year-on-year sentence as a frame for each of its flows', () => {
    const rows = rowsOf(
      "VIENNA, Oct 9 -- Austria's exports fell 1.5% in August to 16.2 billion euros, while imports rose 0.9% to 17.0 billion euros, widening the trade deficit to 0.8 billion euros from 0.4 billion euros in July.\n\nOn the year, exports were 1.1% lower and imports 2.2% higher.",
      '2026-10-09',
    );
    expect(row(rows, 16.2e9)).toMatchObject({ yoy_pct: -1.1 });
    expect(row(rows, 17e9)).toMatchObject({ yoy_pct: 2.2 });
  });
  it('reads a note opening "Unless otherwise noted, data are seasonally adjusted" the same way', () => {
    const rows = rowsOf(
      "Australia's goods balance narrowed to $4.9 billion in March from $5.6 billion in February. Goods credits fell 2.3% to $41.2 billion and goods debits rose 0.8% to $36.3 billion, though credits were 5.1% above their level a year ago. Unless otherwise noted, data are seasonally adjusted.",
    );
    expect(row(rows, 36.3e9)).toMatchObject({ yoy_pct: null });
  });
  it('reads a flow given again with its own year-earlier base ("Exports were 5.5 per cent higher than in February last year")', () => {
    const rows = rowsOf(
      'The goods trade deficit narrowed to $3.4 billion in February from $4.0 billion in January, official figures showed. Exports increased 2.9 per cent to $28.1 billion and imports were steady at $31.5 billion. Exports were 5.5 per cent higher than in February last year.',
      '2026-03-20',
    );
    expect(row(rows, 28.1e9)).toMatchObject({ period_start: '2026-02', yoy_pct: 5.5 });
  });
  it('reads "Imports were down 2 percent from a year earlier" after an unmarked fall of imports the same way', () => {
    const rows = rowsOf(
      'LONDON, April 10 (Reuters) - The goods trade gap widened to £19.3 billion in February from £18.6 billion in January. Imports fell 1.4 percent to £48.2 billion, and exports slipped 3.1 percent to £28.9 billion.\n\nImports were down 2 percent from a year earlier, the statistics office said.',
      '2026-04-10',
    );
    expect(row(rows, 28.9e9)).toMatchObject({ yoy_pct: null });
    expect(row(rows, 48.2e9)).toMatchObject({ yoy_pct: -2 });
  });
  it('reads translated English ("Total exports were 4.0% above the level of a year ago") the same way', () => {
    const rows = rowsOf(
      'The value of goods exported in February reached 7.8 billion US dollars, compared to 8.3 billion dollars in January. Exports decreased by 6.0% and imports decreased by 1.7% to 9.1 billion dollars.\n\nTotal exports were 4.0% above the level of a year ago.',
      '2026-03-25',
    );
    expect(row(rows, 9.1e9)).toMatchObject({ yoy_pct: null });
    expect(row(rows, 7.8e9)?.yoy_pct).not.toBe(-6);
  });
  it('keeps a partner\'s unmarked change year-on-year when only the total is given again with a year-earlier base (guard)', () => {
    const rows = rowsOf('SEOUL, April 1 -- The trade surplus narrowed to $3.4 billion in March from $4.0 billion in February. Exports to China rose 12 percent to $10.2 billion. Exports were 5.5 percent higher than a year earlier.', '2026-04-01');
    expect(row(rows, 10.2e9)).toMatchObject({ partner: 'China', yoy_pct: 12 });
  });
  it('keeps unmarked changes year-on-year when the first year-earlier base is inside a sentence (guard)', () => {
    const rows = rowsOf('Exports fell to $4.1 billion in March from $4.6 billion in February, and were up 6.2 percent from a year earlier. Imports rose 3.1 percent to $3.9 billion.');
    expect(row(rows, 3.9e9)).toMatchObject({ yoy_pct: 3.1 });
  });
  it('keeps a story on customs data year-on-year though its lead compares with the month before (guard)', () => {
    const rows = rowsOf(
      "SINGAPORE, Nov 20 -- China's imports of refined copper fell to 281,000 tonnes in October from 305,000 tonnes in September, customs data showed.\n\nYear on year, imports were down 8 percent. Imports from Chile rose 12 percent to 96,000 tonnes.",
      '2026-11-20',
    );
    expect(row(rows, 96000)).toMatchObject({ yoy_pct: 12 });
  });
  it('does not take "the figures are not seasonally adjusted" for a note that they are (guard)', () => {
    const rows = rowsOf('The deficit widened to $2.1 billion in March from $1.4 billion in February. Exports rose 2.4 percent on the year to $7.5 billion, and imports climbed 4.4 percent to $9.6 billion. The figures are not seasonally adjusted.');
    expect(row(rows, 9.6e9)).toMatchObject({ yoy_pct: 4.4 });
  });
});

describe('a territory with its own customs statistics ranked next in another reporter\'s partners is a partner', () => {
  it('reads "followed by Hong Kong at US$0.93 billion, or 14.0 percent" in the Philippines\' release', () => {
    const rows = rowsOf(
      "Highlights of the Philippine International Merchandise Trade Statistics: March 2026\n\nChina was the largest market for the country's exports in March 2026, at US$1.07 billion, or 16.1 percent of total export sales, followed by Hong Kong at US$0.93 billion, or 14.0 percent.",
    );
    expect(row(rows, 0.93e9)).toMatchObject({ area: 'Philippines', partner: 'Hong Kong', flow: 'export' });
    expect(row(rows, 14)).toMatchObject({ partner: 'Hong Kong', unit: 'percent-share' });
  });
  it('reads "followed by Taiwan with" in a wire story on Thailand\'s exports', () => {
    const rows = rowsOf("BANGKOK, May 6 (Reuters) - Thailand's exports to the United States were US$4.2 billion in March, followed by Taiwan with US$1.9 billion.");
    expect(row(rows, 1.9e9)).toMatchObject({ area: 'Thailand', partner: 'Taiwan' });
  });
  it('reads "ahead of Macao" in a ranking of buyers the same way', () => {
    const rows = rowsOf("Indonesia's exports of coffee to Japan reached US$96 million in March, ahead of Macao with US$41 million, Statistics Indonesia said.");
    expect(row(rows, 41e6)).toMatchObject({ area: 'Indonesia', partner: 'Macao' });
  });
  it('reads "followed by Taiwan" in Hong Kong\'s own release as its partner, Hong Kong keeping its own figures', () => {
    const rows = rowsOf("Hong Kong's total exports rose 8.2% to HK$412.5 billion in March. The mainland was the largest market, followed by Taiwan with HK$25.1 billion.");
    expect(row(rows, 412.5e9)).toMatchObject({ area: 'Hong Kong' });
    expect(row(rows, 25.1e9)).toMatchObject({ area: 'Hong Kong', partner: 'Taiwan' });
  });
  it('keeps a province ranked next in a release on China the area of its own figure (guard: only the three territories)', () => {
    const rows = rowsOf('BEIJING, May 6 (Xinhua) -- Guangdong remained the largest exporting province in the first quarter with 1.35 trillion yuan, followed by Jiangsu with 0.88 trillion yuan, customs data showed.');
    expect(row(rows, 0.88e12)).toMatchObject({ area: 'Jiangsu', partner: 'World' });
  });
});
