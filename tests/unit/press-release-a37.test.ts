/**
 * Issue 9, twenty-fifth session: causes found on blind batch 137 (real releases: national customs, provinces, land ports
 * and trains, commodities, other countries' agencies). Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

describe('"expects X to change by between minus A percent and plus B percent": both ends of a forecast range', () => {
  const head = "Korea's May exports rise 4%\n\nSEOUL, June 1 -- South Korea's exports rose 4.0 percent from a year earlier to US$58.1 billion in May, the trade ministry said. ";
  it('reads no row from the far end of a forecast range of growth, however far the forecast verb stands', () => {
    const rows = releaseRows(head + 'The ministry expects exports in June to change by between minus 3 percent and plus 2 percent from a year earlier.', '2026-06-01');
    expect(rows.map((r) => [r.period_start, r.yoy_pct])).toEqual([['2026-05', 4]]);
  });
  it('leaves a result growth after "trade between A and B" alone (guard)', () => {
    const rows = releaseRows('Trade between China and Russia rose 2.5 percent to 1.1 trillion yuan in the first five months, customs data showed.', '2026-06-09');
    expect(rows.map((r) => r.yoy_pct)).toEqual([2.5]);
  });
});

describe('"Imports, which dominate the province\'s trade, fell": the whole trade an aside sets the subject against', () => {
  it('keeps the subject\'s own flow when the aside names the total it is part of', () => {
    const rows = releaseRows('Hebei trade slips\n\nShijiazhuang Customs said on Tuesday that the province\'s foreign trade fell 4.1 percent to 402.3 billion yuan in 2025. Exports, which account for about two thirds of the province\'s total trade, rose 1.2 percent to 268.9 billion yuan.', '2026-01-20');
    expect(rows.filter((r) => r.value === 268900000000).map((r) => r.flow)).toEqual(['export']);
  });
  it('still reads an aside naming both ways as describing only (guard)', () => {
    const rows = releaseRows('Processing trade, which relies on imported parts assembled for export, came in at 61.2 billion yuan in 2025, down 3 percent.', '2026-01-20');
    expect(rows.filter((r) => r.value === 61200000000).map((r) => r.flow)).toEqual(['total']);
  });
});

describe('"N TEUs of goods in the year, an increase of X percent, with the cargo worth M": a period pointed back to', () => {
  it('gives the growth to the quantity it trails when "in the year" stands between them', () => {
    const rows = releaseRows('Chongqing freight trains\n\nCHONGQING, Jan. 8 -- Freight trains from Chongqing to Europe made 2,460 trips in 2025, up 2.1 percent year on year, according to the city\'s port office. The trains carried 205,000 twenty-foot equivalent units (TEUs) of goods in the year, an increase of 5.4 percent, with the cargo worth around 48 billion yuan.', '2026-01-08');
    expect(rows.filter((r) => r.unit === 'TEU' || r.unit === 'CNY').map((r) => [r.unit, r.yoy_pct])).toEqual([['TEU', 5.4], ['CNY', null]]);
  });
  it('keeps a growth trailing its quantity before "during the quarter" (guard)', () => {
    const rows = releaseRows('The port handled 1.2 million tonnes of cargo during the quarter, up 8 percent, while its container throughput was 96,000 TEUs in the first quarter of 2026.', '2026-04-08');
    expect(rows.filter((r) => r.unit === 'tonnes').map((r) => r.yoy_pct)).toEqual([8]);
  });
});

describe('"Russia\'s share was N% and Kazakhstan\'s M%": a partner\'s possessive with its noun and verb left out', () => {
  const head = 'Kyrgyzstan\'s foreign trade turnover reached $9.2 billion in January-June 2026, the National Statistical Committee reported. ';
  it('keeps the reporter as the area and makes each possessive the partner of its own share', () => {
    const rows = releaseRows(head + 'Russia\'s share was 27.4% and Kazakhstan\'s 11.2%.', '2026-07-25');
    expect(rows.filter((r) => r.unit === 'percent-share').map((r) => [r.value, r.area, r.partner])).toEqual([[27.4, 'Kyrgyzstan', 'Russia'], [11.2, 'Kyrgyzstan', 'Kazakhstan']]);
  });
  it('leaves a possessive percentage that goes on to a noun ("Kazakhstan\'s 12.4% growth") no partner\'s share', () => {
    const rows = releaseRows('Kazakhstan\'s foreign trade turnover reached $60.2 billion in January-September 2026, the Bureau of National Statistics reported. China took 22.1% of the turnover and Kazakhstan\'s 12.4% growth in imports came mostly from Russia.', '2026-10-21');
    expect(rows.filter((r) => r.value === 60200000000).map((r) => r.yoy_pct)).toEqual([null]);
  });
  it('still reads the dash form of translated lists (guard)', () => {
    const rows = releaseRows(head + 'Russia\'s share was 27.4%, Kazakhstan\'s — 11.2%.', '2026-07-25');
    expect(rows.filter((r) => r.unit === 'percent-share').map((r) => [r.value, r.area, r.partner])).toEqual([[27.4, 'Kyrgyzstan', 'Russia'], [11.2, 'Kyrgyzstan', 'Kazakhstan']]);
  });
});

describe('"up X percent from the June 2022 year": a year or quarter named by the month it ended in', () => {
  it('reads the growth against the year ended in that month as year on year', () => {
    const rows = releaseRows('Annual exports rise\n\nWELLINGTON, 26 March 2026 - New Zealand\'s annual goods exports were $75.1 billion in the year ended February 2026, up 4.2 percent from the February 2025 year, Stats NZ said today.', '2026-03-26');
    expect(rows.map((r) => [r.period_start, r.period_end, r.yoy_pct])).toEqual([['2025-03', '2026-02', 4.2]]);
  });
  it('takes "the May 2026 year-on-year comparison" for the month, not a year ended in May', () => {
    const rows = releaseRows('In the May 2026 year-on-year comparison, exports rose 4.4 percent to $6.1 billion.', '2026-07-20');
    expect(rows.map((r) => [r.period_start, r.period_end])).toEqual([['2026-05', '2026-05']]);
  });
  it('reads "the March 2026 quarter" as the three months to March (guard: read so before too)', () => {
    const rows = releaseRows('Quarterly exports\n\nWELLINGTON, 15 May 2026 - Goods exports rose 3.1 percent to $19.8 billion in the March 2026 quarter, compared with the March 2025 quarter, Stats NZ said.', '2026-05-15');
    expect(rows.map((r) => [r.period_start, r.period_end, r.yoy_pct])).toEqual([['2026-01', '2026-03', 3.1]]);
  });
});
