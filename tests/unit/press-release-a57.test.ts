/**
 * Rules added in the eleventh round of real releases under variation (issue 9): a story republished by another outlet, a
 * source cited before the subject, no publication date, a sentence on each line. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a57', source_url: 'https://example.org/r/a57', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a source cited before the subject ("According to ..., China imported") leaves the subject the reporter', () => {
  it('keeps China the area and the flow an import after "According to a report by" an outlet', () => {
    const rows = rowsOf('According to a report by a regional news agency, China imported 8.15 million tonnes of barley in April, up 12.6% from a year earlier.');
    expect(row(rows, 8.15e6)).toMatchObject({ area: 'China', flow: 'import', partner: 'World', yoy_pct: 12.6 });
  });
  it('reads an export the same way after "According to customs data,"', () => {
    const rows = rowsOf('According to customs data, China exported 2.36 million tonnes of steel pipes in April, down 4.1% from a year earlier.');
    expect(row(rows, 2.36e6)).toMatchObject({ area: 'China', flow: 'export', partner: 'World' });
  });
  it('still reads a country after "exports to" as the partner (guard)', () => {
    const rows = rowsOf('According to customs data, Vietnam\'s exports to China rose 9.2% to 4.1 billion U.S. dollars in April.');
    expect(row(rows, 4.1e9)).toMatchObject({ area: 'Vietnam', partner: 'China', flow: 'export' });
  });
});

describe('a heading run into the sentence before "Comparing X with Y" (paragraph breaks lost)', () => {
  const text = 'The statistics office released the merchandise trade figures for March 2026 today. Comparing the first quarter of 2026 with the fourth quarter of 2025 on a seasonally adjusted basis, total exports fell 2.4%. Meanwhile, imports rose 1.1%. Trade by main destination Comparing March 2026 with March 2025, total exports to Europe grew 18.3%. Exports to most major markets rose, notably Germany (+22.5%) and Italy (+9.8%).';
  it('reads the changes after the glued heading as year-on-year, against the year before its own opening names', () => {
    const rows = rowsOf(text, '2026-04-20');
    expect(rows.find((r) => r.yoy_pct === 18.3)).toMatchObject({ period_start: '2026-03', partner: 'Europe' });
    expect(rows.find((r) => r.yoy_pct === 22.5)).toBeDefined();
  });
  it('still reads the seasonally adjusted changes of the quarter as no year-on-year growth (guard)', () => {
    const rows = rowsOf(text, '2026-04-20');
    expect(rows.some((r) => r.yoy_pct === -2.4 || r.yoy_pct === 1.1)).toBe(false);
  });
});

describe('with no publication date, a fiscal year named by its year keeps the reporter\'s calendar', () => {
  it('dates "fiscal 2025" of a Japanese release April 2025 to March 2026 though no date is given', () => {
    const rows = rowsOf('Japan posted a trade deficit of 3.12 trillion yen in fiscal 2025, the Ministry of Finance said. Exports rose 4.4 percent to 104.6 trillion yen in fiscal 2025.', '');
    expect(row(rows, 104.6e12)).toMatchObject({ period_start: '2025-04', period_end: '2026-03', yoy_pct: 4.4 });
  });
  it('leaves "the fiscal year ended March" with no date undated (guard)', () => {
    const rows = rowsOf('Japan\'s exports rose 2.9 percent to 99.3 trillion yen in the fiscal year ended March, the Ministry of Finance said.', '');
    expect(row(rows, 99.3e12)?.period_start ?? '').toBe('');
  });
});

describe('a page\'s date or byline stamp above the lead opens no body', () => {
  const story = 'Exports climbed more than ten percent on-year in April on strong chip demand.\n\nOutbound shipments reached 58.3 billion U.S. dollars in April, up 12.4 percent from a year earlier, the customs office said.';
  for (const stamp of ['Posted on 3 May 2026', 'By Han Seo-yeon | May 3, 2026', '2026-05-03 09:40 | Source: Yonhap']) {
    it(`reads the lead under "${stamp}" as the body's figure restated, not a row of its own`, () => {
      const rows = rowsOf(`${stamp}\n${story}`, '');
      expect(rows.filter((r) => r.value === null)).toEqual([]);
    });
  }
  it('keeps a first line with a figure of its own in the headline block (guard)', () => {
    const rows = rowsOf(`Exports up 12.4% in April\n${story}`, '2026-05-03');
    expect(row(rows, 58.3e9)).toMatchObject({ period_start: '2026-04', yoy_pct: 12.4 });
  });
});

describe('with no publication date, a line under a figureless opening keeps its own relative period undated', () => {
  const text = 'Southwest China\'s Guangxi is seeing trade grow alongside new rail links to the south.\n\nThe region posted 412.6 billion yuan in foreign trade in the first five months of this year, up 12.2 percent year on year.\n\nIn 2025, cross-border trains carried 0.93 million TEUs of goods worth 7.8 billion U.S. dollars.';
  it('does not give "the first five months of this year" the year a later paragraph names', () => {
    const rows = rowsOf(text, '');
    expect(row(rows, 412.6e9)).toMatchObject({ period_start: '', yoy_pct: 12.2 });
    expect(row(rows, 7.8e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('still resolves the line with a publication date (guard)', () => {
    expect(row(rowsOf(text, '2026-06-20'), 412.6e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-05' });
  });
});

describe('"X said in <period>, <clause>": the period opens the words reported when no figure comes before the verb', () => {
  const lead = 'The island\'s foreign trade passed 300 billion yuan for the first time in 2025, officials said.\n';
  it('dates the reported figure by the period after "said in"', () => {
    const rows = rowsOf(`${lead}Wu Jing, deputy head of the provincial customs, said in the first quarter this year, the island's foreign trade reached 86.3 billion yuan, up 21.4 percent year-on-year.`, '2026-04-15');
    expect(row(rows, 86.3e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-03', yoy_pct: 21.4 });
  });
  it('still reads "..., Wu said in April." after the figure as when it was said (guard)', () => {
    const rows = rowsOf(`${lead}The island's foreign trade reached 86.3 billion yuan, up 21.4 percent year-on-year, Wu said in April.`, '2026-04-15');
    expect(row(rows, 86.3e9)?.period_start).not.toBe('2026-04');
  });
});

describe('a month-on-month aside after a level does not put the level on another basis', () => {
  it('gives the level the year-on-year growth the sentence before stated', () => {
    const rows = rowsOf('China\'s tungsten exports rose 14.6% year-on-year in April, customs data showed.\n\nExports came to 2,318.5 tonnes, down 1.2 percent month on month, last month, the customs administration said.');
    expect(row(rows, 2318.5)).toMatchObject({ period_start: '2026-04', yoy_pct: 14.6 });
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });
  it('reads a bracketed aside the same way', () => {
    const rows = rowsOf('China\'s tungsten exports rose 14.6% year-on-year in April, customs data showed.\n\nExports came to 2,318.5 tonnes (up 3.3% month-on-month) last month.');
    expect(row(rows, 2318.5)).toMatchObject({ yoy_pct: 14.6 });
  });
  it('keeps a level stated on a month-on-month basis apart from the year-on-year lead (guard)', () => {
    const rows = rowsOf('Non-oil domestic exports rose 6.1% year-on-year in April. On a seasonally adjusted month-on-month basis, they grew 2.2 per cent to S$15.2 billion.');
    expect(row(rows, 15.2e9)?.yoy_pct ?? null).toBeNull();
  });
});

describe('China\'s news agency datelined in another country\'s capital reports that country\'s figures', () => {
  it('reads a Tokyo story credited to Xinhua as Japan\'s, in yen', () => {
    const rows = rowsOf('TOKYO, May 12 (Xinhua) -- Japan posted a trade deficit of ¥612.4 billion in April, the Ministry of Finance said Wednesday. Exports rose 7.3 percent from a year earlier to ¥8,915.2 billion.');
    expect(row(rows, 8915.2e9)).toMatchObject({ area: 'Japan', unit: 'JPY', flow: 'export', yoy_pct: 7.3 });
  });
  it('still counts China\'s customs named in a Moscow story credited to Xinhua (guard)', () => {
    const rows = rowsOf('MOSCOW, May 12 (Xinhua) -- Trade between China and Russia rose 4.2 percent year on year to 81.6 billion U.S. dollars in the first four months, according to the General Administration of Customs.');
    expect(row(rows, 81.6e9)).toMatchObject({ area: 'China', partner: 'Russia' });
  });
  it('keeps a Xinhua story from a Chinese city China\'s (guard)', () => {
    const rows = rowsOf('NANNING, May 12 (Xinhua) -- The region\'s foreign trade reached 201.4 billion yuan in the first four months, up 9.1 percent year on year.');
    expect(row(rows, 201.4e9)).toMatchObject({ unit: 'CNY' });
  });
});
