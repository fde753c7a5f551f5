/**
 * Time and document structure of real releases: publication dates read from the release itself,
 * the release's reporting period, running totals, parts of a month, fiscal years, comparison bases,
 * numbers that are not trade figures, and bodies that are not text at all.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseDate } from '../../functions/core/extract/press-release/dateline.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';
import { findPeriods } from '../../functions/core/extract/press-release/periods.js';
import { notTextReason } from '../../functions/core/extract/press-release/readable.js';

const ctx = (published: string) => ({ dataset: 'customs-news', release_id: 'r9a', source_url: 'https://example.org/r9a', published });

function extract(text: string, published: string, contentType?: string) {
  const outcome = extractPressRelease(text, ctx(published), { contentType });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}
const rowsOf = (text: string, published: string): ObservationDraft[] => extract(text, published).rows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => `${r.value ?? 'growth'} ${r.unit} ${r.flow} ${r.period_start}..${r.period_end} yoy=${r.yoy_pct}`);

describe('publication date read from the release', () => {
  it('reads wire datelines, taking a missing year from the latest explicit period', () => {
    expect(releaseDate('', 'BEIJING, Jan. 13 (Xinhua) -- China\'s exports grew 5.9 percent in 2024.')).toEqual({ date: '2025-01-13', rule: 'wire dateline' });
    expect(releaseDate('', 'URUMQI, Oct. 25 (Xinhua) -- In the first three quarters of 2025, trade rose.')?.date).toBe('2025-10-25');
    expect(releaseDate('', 'TOKYO, Apr 18, 2024 (Kyodo) - Exports rose.')?.date).toBe('2024-04-18');
    // No explicit period anywhere: the year is unknown, so no date.
    expect(releaseDate('', 'URUMQI, Oct. 25 -- In the first three quarters of this year, trade rose.')).toBeNull();
  });

  it('reads bracketed datelines, dated bylines and page metadata, but not dates in the body', () => {
    expect(releaseDate('', 'ULAN BATOR, (Agency News - 21st May, 2024 ) : Mongolia exported coal.')?.date).toBe('2024-05-21');
    expect(releaseDate('', 'Coal exports climb\nUpdated : 2023-03-09\nMongolia exported 5 million tonnes.')).toEqual({ date: '2023-03-09', rule: 'dated byline' });
    const html = '<html><head><meta property="article:published_time" content="2024-06-11T08:00:00+08:00"></head><body><p>Trade grew.</p></body></html>';
    expect(releaseDate(html, 'Trade grew.')).toEqual({ date: '2024-06-11', rule: 'page metadata' });
    expect(releaseDate('', 'The railway, which opened on December 3, 2021, has carried 14 million tonnes of goods since then, officials said on Tuesday.')).toBeNull();
  });

  it('extracts explicit periods from a release with no date at all and leaves relative ones open', () => {
    const outcome = extract('For the first nine months of 2024, turnover with Kazakhstan reached 20.4 billion dollars. In June, exports rose 3 percent to 1.1 billion dollars.', '');
    expect(outcome.warnings).toContain('no publication date given or found: figures with a relative period ("this year", "in June") have none');
    expect(brief(outcome.rows)).toEqual(['20400000000 USD total 2024-01..2024-09 yoy=null', '1100000000 USD export .. yoy=3']);
  });

  it('dates the rows with the dateline date when the caller gives none', () => {
    const rows = rowsOf('HARBIN, Feb. 20 (Xinhua) -- Heilongjiang\'s trade in January 2025 reached 20 billion yuan. Exports last month rose 4 percent.', '');
    expect(rows.map((r) => [r.published, r.period_start])).toEqual([
      ['2025-02-20', '2025-01'],
      ['2025-02-20', '2025-01'],
    ]);
  });
});

describe('bodies that are not text', () => {
  it('rejects PDFs, images, archives and binary noise with a reason', () => {
    expect(notTextReason('%PDF-1.7\n%\uFFFD\uFFFD\n1 0 obj << /Type /Catalog >> 2024 exports 5.2')).toMatch(/a PDF document/);
    expect(notTextReason('\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')).toMatch(/a PNG image/);
    expect(notTextReason('PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml')).toMatch(/ZIP archive/);
    const noise = Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? '\uFFFD' : String.fromCharCode(48 + (i % 10)))).join('');
    expect(notTextReason(noise)).toMatch(/binary data/);
    expect(notTextReason('Exports rose 5 percent to 1.2 billion yuan in June.')).toBeNull();
  });

  it('never turns the digits of a binary body into figures', () => {
    const outcome = extractPressRelease('%PDF-1.4\n1 0 obj\n<< /Length 44 >>\nstream\nExports rose 5 percent to 1.2 billion yuan\nendstream', ctx('2025-01-01'), {});
    expect(outcome).toEqual({ ok: false, reason: 'the body is a PDF document, not release text' });
  });
});

describe('reporting period and parts of a month', () => {
  const periods = (s: string, published: string, country?: string) => {
    const [y, m] = published.split('-').map(Number);
    return findPeriods(s, { year: y, month: m, country }).filter((p) => p.kind === 'period').map((p) => `${p.periodStart}..${p.periodEnd}`);
  };

  it('reads days of a month, cut-off days and spans counted back from a month', () => {
    expect(periods('from Oct. 1 to 20', '2024-10-21')).toEqual(['2024-10..2024-10']);
    expect(periods('in the first 20 days of October', '2024-10-21')).toEqual(['2024-10..2024-10']);
    expect(periods('by March 14', '2023-03-23')).toEqual(['2023-01..2023-03']);
    expect(periods('in the six months to June 2024', '2024-08-02')).toEqual(['2024-01..2024-06']);
    expect(periods('in the year to March', '2024-05-02')).toEqual(['2023-04..2024-03']);
    expect(periods('from January to June in 2020', '2020-08-01')).toEqual(['2020-01..2020-06']);
  });

  it('reads fiscal years by the reporting country\'s calendar, and leaves them open for an unknown one', () => {
    expect(periods('in fiscal 2023', '2024-04-18', 'Japan')).toEqual(['2023-04..2024-03']);
    expect(periods('in fiscal 2023', '2024-04-18', 'United States')).toEqual(['2022-10..2023-09']);
    expect(periods('in the fiscal year ended March', '2024-04-18')).toEqual(['2023-04..2024-03']);
    expect(periods('in fiscal 2023', '2024-04-18')).toEqual([]);
  });

  it('ends "year to date" where the release\'s reporting period or its cut-off day ends', () => {
    expect(brief(rowsOf('Exports rose 4 percent to 8 billion yuan in June. Year to date, exports totaled 40 billion yuan.', '2025-08-04'))[1]).toBe('40000000000 CNY export 2025-01..2025-06 yoy=null');
    expect(brief(rowsOf('Since the beginning of 2023, the port has handled 924 freight trains by March 14.', '2023-03-23'))).toEqual(['924 trains total 2023-01..2023-03 yoy=null']);
    expect(brief(rowsOf('Mongolia has exported 5.2 million tonnes of coal so far this year.', '2020-05-19'))).toEqual(['5200000 tonnes export 2020-01..2020-05 yoy=null']);
  });
});

describe('running totals and stocks', () => {
  it('dates a total since a launch from the launch month to the publication month', () => {
    expect(brief(rowsOf('The railway has carried 1.2 million tonnes of goods since its opening eight months ago.', '2022-08-09'))).toEqual(['1200000 tonnes total 2021-12..2022-08 yoy=null']);
    expect(brief(rowsOf('Since its launch in March 2016, the route has carried 9,000 trains.', '2025-05-10'))).toEqual(['9000 trains total 2016-03..2025-05 yoy=null']);
    expect(brief(rowsOf('So far, more than 40,000 trains have used the port.', '2025-05-10'))).toEqual(['40000 trains total ..2025-05 yoy=null']);
  });

  it('ends a stock at its "as of" month, but keeps a year-to-date figure with a yoy change', () => {
    expect(brief(rowsOf('As of the end of June, the trains had made a total of 73,000 trips.', '2023-07-06'))).toEqual(['73000 trains total ..2023-06 yoy=null']);
    expect(brief(rowsOf('As of July 30, the port had handled 1,800 freight trains, a year-on-year rise of 27 percent.', '2023-08-12'))).toEqual(['1800 trains total 2023-01..2023-07 yoy=27']);
  });

  it('does not read a record "since" a year as a running total', () => {
    expect(brief(rowsOf('The port handled 10.9 million tonnes of cargo in 2025, the most since the port opened in 1899.', '2026-01-10'))).toEqual(['10900000 tonnes total 2025-01..2025-12 yoy=null']);
  });
});

describe('comparison bases', () => {
  it('makes an earlier level a row of its own period, without a yoy change', () => {
    expect(brief(rowsOf('Exports were 4,307 tonnes in December, up from 4,087.6 tonnes a year earlier.', '2023-01-13'))).toEqual(['4307 tonnes export 2022-12..2022-12 yoy=null', '4087.6 tonnes export 2021-12..2021-12 yoy=null']);
    expect(brief(rowsOf("Exports of the metal were 4,307 tonnes in December, up 46 percent from November's 2,949.6 tonnes.", '2023-01-13'))[1]).toBe('2949.6 tonnes export 2022-11..2022-11 yoy=null');
    expect(brief(rowsOf('Trade stood at 38.4 billion yuan in the first seven months, compared with 36.1 billion yuan in the same period of 2024.', '2025-08-15'))[1]).toBe('36100000000 CNY total 2024-01..2024-07 yoy=null');
  });

  it('signs an earlier balance by its own words and keeps its period out of the next sentences', () => {
    const rows = rowsOf('Japan posted a trade deficit of 1,436.8 billion yen in July, compared with 434.5 billion yen in surplus a year before. Exports rose 19 percent to 8,752.8 billion yen.', '2022-08-17');
    expect(rows.map((r) => [r.value, r.period_start])).toEqual([
      [-1436.8e9, '2022-07'],
      [434.5e9, '2021-07'],
      [8752.8e9, '2022-07'],
    ]);
  });
});

describe('numbers that are not trade figures', () => {
  const values = (text: string) => rowsOf(text, '2025-04-20').map((r) => r.value ?? r.yoy_pct);
  it('sets aside route counts, people, enforcement, daily averages, prices, thresholds, targets and exchange rates', () => {
    expect(values('The port now serves 69 freight train routes to 12 countries.')).toEqual([]);
    expect(values('The number of freight train routes via the port has reached 80 in the first quarter.')).toEqual([]);
    expect(values('The outbreak has killed more than 3,300 people in the first quarter.')).toEqual([]);
    expect(values('Customs seized 2,300 kilograms of smuggled beef in the first quarter.')).toEqual([]);
    expect(values('The number of exhibitor booths surpassed 2,200 at this year\'s fair, up 10 percent on last year.')).toEqual([]);
    expect(values('Average daily exports, however, rose 1 percent on-year to 2.62 billion dollars in March.')).toEqual([]);
    expect(values('Crude oil imports rose 10.8 percent year on year to 10.08 million b/d in March.')).toEqual([]);
    expect(values('The average export price was 92,000 yuan per auto in March.')).toEqual([]);
    expect(values('Parcels valued under 5,000 yuan enjoy simplified declaration.')).toEqual([]);
    expect(values('The two sides aim to bring bilateral trade to 35 billion dollars by 2030.')).toEqual([]);
    expect(values('In March, imports fell 4.9 percent to 9.10 trillion yen (1 yen equals 0.0065 USD).')).toEqual([9.1e12]);
  });

  it('keeps the trade figure of a sentence that also names a daily average of something else', () => {
    expect(values('Average daily exports rose 9 percent, while total exports fell 16.6 percent to 16.2 billion dollars in March.')).toEqual([16.2e9]);
  });
});
