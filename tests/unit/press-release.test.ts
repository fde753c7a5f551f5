/**
 * Unit tests of the press-release extractor's pieces: numbers and scales, units, qualifiers,
 * growth signs, periods, places, HTML article extraction, and whole seed-style sentences.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractionContext, ObservationDraft } from '../../functions/core/contract.js';
import { articleText, looksLikeHtml } from '../../functions/core/extract/press-release/article.js';
import { findPlaces } from '../../functions/core/extract/press-release/geography.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';
import { anchorOf, findPeriods } from '../../functions/core/extract/press-release/periods.js';
import { findFigures, qualifierBefore } from '../../functions/core/extract/press-release/quantities.js';
import { splitSentences } from '../../functions/core/extract/press-release/sentences.js';
import { findFlowCues } from '../../functions/core/extract/press-release/subjects.js';

const ctx = (published: string): ExtractionContext => ({ dataset: 'customs-news', release_id: 'rel-1', source_url: 'https://example.org/r/1', published });

function rowsOf(text: string, published = '2025-10-25', contentType?: string): ObservationDraft[] {
  // Crossing counts kept: tests here read the rules that recognise them (the extractor drops them by default).
  const outcome = extractPressRelease(text, ctx(published), { contentType, crossings: true });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}

function levelsIn(sentence: string) {
  return findFigures(sentence, []).filter((f) => f.kind === 'level').map((f) => ({ value: f.value, unit: f.unit, measure: f.measure }));
}

function periodsIn(sentence: string, published: string) {
  return findPeriods(sentence, anchorOf(published)!).map((p) => ({ text: sentence.slice(p.start, p.end), kind: p.kind, start: p.periodStart, end: p.periodEnd }));
}

describe('numbers and scales', () => {
  it('reads separators, decimals and scale words into exact base units', () => {
    expect(levelsIn('reached 393.14 billion yuan')).toEqual([{ value: 393_140_000_000, unit: 'CNY', measure: 'value' }]);
    expect(levelsIn('totaled 10,000 yuan')[0].value).toBe(10_000);
    expect(levelsIn('some 1.2 trillion yuan')[0].value).toBe(1.2e12);
    expect(levelsIn('exports of 12 000 tonnes')[0].value).toBe(12_000);
    expect(levelsIn('amounted to 401.3 bln US dollars')[0].value).toBe(401.3e9);
    expect(levelsIn('was 2,5 bln rubles')[0]).toEqual({ value: 2.5e9, unit: 'RUB', measure: 'value' });
  });

  it('reads Chinese-style magnitudes as their products', () => {
    expect(levelsIn('reached 100 million yuan')[0].value).toBe(1e8);
    expect(levelsIn('totaled 35.6 hundred million yuan')[0].value).toBe(3.56e9);
    expect(levelsIn('were 12.5 ten thousand tons')[0]).toEqual({ value: 125_000, unit: 'tonnes', measure: 'quantity' });
    expect(levelsIn('reached 17,562 million yuan')[0].value).toBe(17_562_000_000);
  });

  it('reads numbers written as words', () => {
    expect(levelsIn('nearly two million tonnes of coal')[0].value).toBe(2e6);
    expect(levelsIn('some three hundred thousand tonnes')[0].value).toBe(300_000);
    expect(levelsIn('more than a thousand freight trains')[0]).toEqual({ value: 1000, unit: 'trains', measure: 'count' });
    expect(levelsIn('Forty-two enterprises took part')[0].value).toBe(42);
  });

  it('does not take dates, years, ids, phone numbers or ordinals for figures', () => {
    const s = 'On Oct. 25, 2025 at 3 p.m. in Room 1203, the 14th plan, document No. 2025-17, tel 0991-2345678, aged 52';
    const mask = findPeriods(s, anchorOf('2025-10-25')!).map((p) => [p.start, p.end] as [number, number]);
    expect(findFigures(s, mask)).toEqual([]);
  });
});

describe('units', () => {
  it('maps currencies to ISO codes, before or after the number', () => {
    const units = (s: string) => levelsIn(s).map((l) => l.unit);
    expect(units('$1.2 billion, US$3 billion, USD 4 billion, 5 billion U.S. dollars')).toEqual(['USD', 'USD', 'USD', 'USD']);
    expect(units('RMB 3 trillion and 2 billion yuan')).toEqual(['CNY', 'CNY']);
    expect(units('EUR 640 million, 300 million euros, 33.5 trln rubles, 1.2 trillion tenge, 8.9 trillion tugriks')).toEqual(['EUR', 'EUR', 'RUB', 'KZT', 'MNT']);
  });

  it('maps counted and physical things to plural units with their measure', () => {
    expect(levelsIn('300,000 commercial vehicles')[0]).toEqual({ value: 300_000, unit: 'vehicles', measure: 'count' });
    expect(levelsIn('680,000 TEUs')[0]).toEqual({ value: 680_000, unit: 'TEU', measure: 'quantity' });
    expect(levelsIn('1.16 million twenty-foot equivalent units')[0].unit).toBe('TEU');
    expect(levelsIn('4,785.2 metric tons')[0]).toEqual({ value: 4785.2, unit: 'tonnes', measure: 'quantity' });
    expect(levelsIn('made 11,400 trips')[0].unit).toBe('trips');
    expect(levelsIn('3.1 million cubic meters')[0].unit).toBe('cubic meters');
  });

  it('takes the unit of a bare number from the sentence subject', () => {
    expect(levelsIn('the number of such companies in the province has climbed to 3,629')[0]).toEqual({ value: 3629, unit: 'enterprises', measure: 'count' });
    expect(levelsIn('reached 227 cities in 25 countries')).toEqual([]);
  });
});

describe('qualifiers', () => {
  it.each([
    ['More than 300,000', 'more_than'],
    ['over 4,800', 'more_than'],
    ['exceeding 1 trillion', 'more_than'],
    ['nearly two million', 'about'],
    ['approximately 55.4 billion', 'about'],
    ['about 13 billion', 'about'],
    ['less than 1,000', 'less_than'],
    ['reached 3,629', 'exact'],
  ])('"%s" → %s', (text, qualifier) => {
    const at = text.search(/\d|two/);
    expect(qualifierBefore(text, at)).toBe(qualifier);
  });
});

describe('growth rates', () => {
  const yoyOf = (text: string) => rowsOf(text, '2025-10-25').map((r) => r.yoy_pct);
  it('signs growth by its direction word', () => {
    expect(yoyOf('In September, exports increased by 22.1 percent year-on-year to 393.14 billion yuan.')).toEqual([22.1]);
    expect(yoyOf('In September, exports reached 393.14 billion yuan, down 3.2 percent.')).toEqual([-3.2]);
    expect(yoyOf('In September, imports decreased by 4.5% to 239.3 billion yuan.')).toEqual([-4.5]);
    expect(yoyOf('In September, imports fell 0.6 percent to 390,000 vehicles.')).toEqual([-0.6]);
    expect(yoyOf('In September, turnover was $61.5 billion, which is 4.2% less than a year earlier.')).toEqual([-4.2]);
    expect(yoyOf('In September, exports amounted to $16.1 billion (+38.2%).')).toEqual([38.2]);
  });

  it('makes a growth-only row with null value and empty unit', () => {
    const [row] = rowsOf("China's exports grew 5 percent in September.");
    expect(row).toMatchObject({ value: null, unit: '', measure: 'growth', yoy_pct: 5, flow: 'export', period_start: '2025-09', area: 'China' });
  });

  it('ignores month-on-month changes, percentage points and tariff or interest rates', () => {
    const rows = rowsOf('In September, exports fell 22.9% month-on-month to 4,785.2 tonnes. The tariff rate drops to 5 percent from 8 percent, and the lending rate was cut by 0.5 percentage points to 3.1 percent.');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 4785.2, yoy_pct: null });
  });

  it('reads shares as percent-share rows', () => {
    const rows = rowsOf('In September, trade with ASEAN reached 6.1 trillion yuan, accounting for 16.4 percent of the total.');
    expect(rows.map((r) => [r.value, r.unit, r.measure, r.partner])).toEqual([
      [6.1e12, 'CNY', 'value', 'ASEAN'],
      [16.4, 'percent-share', 'share', 'ASEAN'],
    ]);
  });

  it('does not report absolute changes, prices or forecasts; a dated comparison base is a row of its own period', () => {
    const rows = rowsOf('In April, the surplus narrowed to 96.18 billion dollars from 102.64 billion dollars in March, up 2 billion dollars. The price was 3,750 yuan per tonne. Officials expect 5 million tonnes next month.', '2025-05-09');
    expect(rows.map((r) => [r.value, r.period_start, r.yoy_pct])).toEqual([
      [96.18e9, '2025-04', null],
      [102.64e9, '2025-03', null],
    ]);
  });
});

describe('periods', () => {
  it('resolves release language against the publication date', () => {
    const p = (s: string, published = '2025-10-25') => periodsIn(s, published).filter((x) => x.kind === 'period').map((x) => `${x.start}..${x.end}`);
    expect(p('in October')).toEqual(['2025-10..2025-10']);
    expect(p('in the first three quarters of this year')).toEqual(['2025-01..2025-09']);
    expect(p('in January-September')).toEqual(['2025-01..2025-09']);
    expect(p('in the first 10 months')).toEqual(['2025-01..2025-10']);
    expect(p('since the beginning of this year')).toEqual(['2025-01..2025-09']);
    expect(p('last year')).toEqual(['2024-01..2024-12']);
    expect(p('in the first half')).toEqual(['2025-01..2025-06']);
    expect(p('in Q3')).toEqual(['2025-07..2025-09']);
    expect(p('in 2023')).toEqual(['2023-01..2023-12']);
    expect(p('for 8 months of 2025')).toEqual(['2025-01..2025-08']);
    expect(p('from January to May')).toEqual(['2025-01..2025-05']);
  });

  it('puts a month later than the publication month in the previous year', () => {
    expect(periodsIn('in December', '2025-01-14')[0]).toMatchObject({ start: '2024-12', end: '2024-12' });
    expect(periodsIn('in the fourth quarter', '2025-01-14')[0]).toMatchObject({ start: '2024-10', end: '2024-12' });
  });

  it('recognises comparison bases, dates and cumulative totals', () => {
    expect(periodsIn('up 6.1% over the same period last year', '2025-10-25')[0].kind).toBe('base');
    expect(periodsIn('compared with January-March 2024', '2025-05-20')[0].kind).toBe('base');
    expect(periodsIn('on Oct. 25', '2025-10-25')[0].kind).toBe('date');
    expect(periodsIn('since the route opened in 2011', '2025-10-25')[0].kind).toBe('unresolved');
  });

  it('gives a running total since a launch no start and the publication month as its end', () => {
    expect(rowsOf('The port has handled more than 38,000 trains since the route opened in 2011.')[0]).toMatchObject({ period_start: '', period_end: '2025-10' });
  });
});

describe('places', () => {
  const roles = (s: string, current = 'China') => findPlaces(s, current).map((p) => `${p.name}:${p.role}`);
  it('normalises names and tells areas from partners and locators', () => {
    expect(roles("shipped out via Horgos Port in northwest China's Xinjiang Uygur Autonomous Region")).toEqual(['Horgos Port:area', 'China:locator', 'Xinjiang:locator']);
    expect(roles("Xinjiang's trade with Central Asian countries")).toEqual(['Xinjiang:area', 'Central Asia:partner']);
    expect(roles('via the Khorgos port')).toEqual(['Horgos Port:area']);
    expect(roles("Kazakhstan's exports to China")).toEqual(['Kazakhstan:area', 'China:partner']);
    expect(roles("China's share in Kazakhstan's total turnover")).toEqual(['China:partner', 'Kazakhstan:area']);
    expect(roles('Manzhouli, on the border with Russia')).toEqual(['Manzhouli Port:area', 'Russia:locator']);
  });
});

describe('flows', () => {
  it('reads the flow words, longest first', () => {
    const flows = (s: string) => findFlowCues(s).map((c) => c.flow);
    expect(flows('imports and exports')).toEqual(['total']);
    expect(flows('foreign trade turnover')).toEqual(['total', 'total']);
    expect(flows('the trade surplus')).toEqual(['balance']);
    expect(findFlowCues('the trade deficit')[0].negative).toBe(true);
    expect(flows('exports rose while imports fell')).toEqual(['export', 'import']);
  });
});

describe('sentences', () => {
  it('does not split at abbreviations and decimals, and keeps exact offsets', () => {
    const text = 'URUMQI, Oct. 25 (Xinhua) -- Trade rose 22.1 percent in U.S. dollar terms. Exports grew.\n\nNew paragraph here.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['URUMQI, Oct. 25 (Xinhua) -- Trade rose 22.1 percent in U.S. dollar terms.', 'Exports grew.', 'New paragraph here.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[2].paragraph).toBeGreaterThan(sentences[1].paragraph);
  });
});

describe('HTML article extraction', () => {
  const page = `<!doctype html><html><head><title>Exports up 9 percent</title><script>var x = "5 billion yuan";</script></head><body>
    <div class="nav"><a href="/">Home</a> <a href="/n">News 2024</a></div>
    <div class="article"><h1>Trade report</h1><p>In September, exports rose 5 percent to 1.2 trillion yuan.</p><p>Imports&nbsp;reached 800 billion yuan.</p></div>
    <div class="related"><ul><li><a href="/x">Exports rose 12 percent to 3 trillion yuan</a></li></ul></div>
    <div class="footer">Copyright 2025. Tel 010-12345678</div></body></html>`;

  it('keeps the article body and drops navigation, scripts, related links and footers', () => {
    expect(looksLikeHtml(page)).toBe(true);
    expect(looksLikeHtml('Plain text release.', 'text/plain')).toBe(false);
    expect(articleText(page)).toBe('Trade report\n\nIn September, exports rose 5 percent to 1.2 trillion yuan.\n\nImports reached 800 billion yuan.');
  });

  it('quotes offsets into the extracted article text', () => {
    const outcome = extractPressRelease(page, ctx('2025-10-25'), { contentType: 'text/html' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const article = articleText(page);
    expect(outcome.rows.map((r) => r.value)).toEqual([1.2e12, 800e9]);
    for (const r of outcome.rows) expect(article.slice(r.quote_start!, r.quote_end!)).toBe(r.source_quote);
  });
});

describe('whole releases', () => {
  it('reads the seed-style Horgos sentence', () => {
    const text = 'URUMQI, Oct. 25 (Xinhua) -- Since the beginning of this year, more than 300,000 commercial vehicles have left the country through Horgos Port in the Xinjiang Uygur Autonomous Region, local customs said on Friday.';
    const [row] = rowsOf(text, '2025-10-25');
    expect(row).toMatchObject({
      value: 300_000, unit: 'vehicles', measure: 'count', qualifier: 'more_than', period_start: '2025-01', period_end: '2025-09',
      area: 'Horgos Port', partner: 'World', flow: 'export', commodity: 'commercial vehicles', yoy_pct: null,
      dataset: 'customs-news', release_id: 'rel-1', source_url: 'https://example.org/r/1', published: '2025-10-25',
    });
    expect(text.slice(row.quote_start!, row.quote_end!)).toBe(row.source_quote);
  });

  it('gives a figure stated in two currencies two rows with the same period and growth', () => {
    const rows = rowsOf("In the first three quarters of this year, Xinjiang's foreign trade grew by 22.1 percent year-on-year, reaching 393.14 billion yuan (approximately 55.4 billion US dollars).");
    expect(rows.map((r) => [r.value, r.unit, r.qualifier, r.yoy_pct, r.period_start, r.period_end, r.area, r.flow])).toEqual([
      [393.14e9, 'CNY', 'exact', 22.1, '2025-01', '2025-09', 'Xinjiang', 'total'],
      [55.4e9, 'USD', 'about', 22.1, '2025-01', '2025-09', 'Xinjiang', 'total'],
    ]);
  });

  it('carries the period and area into later sentences and reads deficits as negative balances', () => {
    const rows = rowsOf("In January-March 2025 the foreign trade turnover of Kyrgyzstan made up 3.86 billion US dollars. The negative trade balance amounted to 2.28 billion dollars.", '2025-05-20');
    expect(rows[1]).toMatchObject({ value: -2.28e9, flow: 'balance', period_start: '2025-01', period_end: '2025-03', area: 'Kyrgyzstan' });
  });

  it('defaults national GACC releases to China and partners to World', () => {
    const rows = rowsOf('Exports rose 6.2 percent to 22.12 trillion yuan in the first 10 months, the General Administration of Customs said.', '2025-11-07');
    expect(rows[0]).toMatchObject({ area: 'China', partner: 'World', commodity: 'all goods', breakdown: '' });
  });

  it('rejects an empty release and accepts one without figures', () => {
    expect(extractPressRelease('  \n ', ctx('2025-10-25'), {})).toMatchObject({ ok: false });
    const outcome = extractPressRelease('Officers held a training session this week.', ctx('2025-10-25'), {});
    expect(outcome).toMatchObject({ ok: true, rows: [] });
    if (outcome.ok) expect(outcome.warnings.length).toBeGreaterThan(0);
  });
});

describe('rules added for generalization (held-out corpus)', () => {
  const brief = (rows: ObservationDraft[]) => rows.map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct, r.area, r.partner, r.flow]);

  it('reads quarter ranges as cumulative periods', () => {
    expect(periodsIn('In Q1-Q3, trade reached 1 trillion yuan', '2025-10-28')[0]).toMatchObject({ text: 'Q1-Q3', kind: 'period', start: '2025-01', end: '2025-09' });
    expect(periodsIn('in the first to third quarters of 2024', '2025-10-28')[0]).toMatchObject({ kind: 'period', start: '2024-01', end: '2024-09' });
  });

  it('reads headline shorthand periods: "in 10 months" and a year modifying a flow noun', () => {
    expect(periodsIn('Kazakhstan exported 7.9 mln tons of grain in 10 months', '2025-11-12')[0]).toMatchObject({ start: '2025-01', end: '2025-10' });
    expect(periodsIn("China's 2024 trade hits record", '2025-01-13')[0]).toMatchObject({ start: '2024-01', end: '2024-12' });
    expect(periodsIn('prices fell three months ago', '2025-11-12')).toEqual([]);
  });

  it('takes a year after a founding verb for a date, not a period', () => {
    expect(periodsIn('the centre, set up in 2012, where visitors made 7.2 million trips', '2025-12-03')[0]).toMatchObject({ kind: 'date' });
  });

  it('takes the period of an amount compared against for a base', () => {
    const mentions = periodsIn('came in at 105.2 million tonnes last month, compared with 102.8 million tonnes in July', '2025-09-08');
    expect(mentions.map((m) => m.kind)).toEqual(['period', 'base']);
    expect(periodsIn('more than 300,000 vehicles in the first 10 months', '2025-11-07')[0].kind).toBe('period');
  });

  it('does not take forecasts or price changes for trade growth', () => {
    expect(rowsOf("Exports rose 5.9 percent y-o-y in November to 330.3 billion dollars, beating analysts' forecast of 4 percent growth.", '2025-12-08').map((r) => r.yoy_pct)).toEqual([5.9]);
    expect(rowsOf('Benchmark iron ore futures on the Dalian exchange rose 1.3% to 795 yuan a ton.', '2025-09-08')).toEqual([]);
    expect(rowsOf('The average export price of coal dropped 12 percent in March.', '2025-04-12')).toEqual([]);
  });

  it('reads a frequency later in the clause as a rate ("crossed the gate daily")', () => {
    expect(rowsOf('Some 2,800 trucks crossed the border gate daily in March.', '2025-04-18')).toEqual([]);
  });

  it('reads dated comparison bases, bracketed or signed, as rows of their own period (real-release convention)', () => {
    const rows = rowsOf('EU exports in July 2025 were €218.4 billion, an increase of 0.4% compared with July 2024 (€217.5 bn). The EU recorded a €14.8 bn surplus in July 2025, compared with +€21.0 bn in July 2024.', '2025-09-16');
    expect(brief(rows)).toEqual([
      ['2025-07', '2025-07', 218.4e9, 'EUR', 0.4, 'European Union', 'World', 'export'],
      ['2024-07', '2024-07', 217.5e9, 'EUR', null, 'European Union', 'World', 'export'],
      ['2025-07', '2025-07', 14.8e9, 'EUR', null, 'European Union', 'World', 'balance'],
      ['2024-07', '2024-07', 21.0e9, 'EUR', null, 'European Union', 'World', 'balance'],
    ]);
  });

  it('gives each clause its own train direction and reads a gapped clause ("outbound trains 1,246")', () => {
    const rows = rowsOf('Inbound trains via Erenhot port were 1,190, outbound trains 1,246.', '2025-10-22');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([[1190, 'trains', 'import'], [1246, 'trains', 'export']]);
    const horgos = rowsOf('In the first 11 months, freight trains through Horgos port totaled 8,013, including 4,620 outbound trains.', '2025-12-03');
    // A train count with no direction runs both ways (real-release convention): total.
    expect(horgos.map((r) => [r.value, r.flow])).toEqual([[8013, 'total'], [4620, 'export']]);
  });

  it('reads cargo moved "inbound and outbound" as total trade', () => {
    expect(rowsOf('Suifenhe port handled 10.9 million tonnes of inbound and outbound cargo in 2025.', '2026-01-20')[0]).toMatchObject({ flow: 'total', area: 'Suifenhe Port', period_start: '2025-01' });
  });

  it('reads bracketed partner percentages and "percent of its exports" as shares', () => {
    const rows = rowsOf('In January-September 2025 the largest trading partners of Uzbekistan were China (19.8%), Russia (16.4%) and Kazakhstan (6.1%).', '2025-10-20');
    expect(rows.map((r) => [r.value, r.unit, r.partner])).toEqual([[19.8, 'percent-share', 'China'], [16.4, 'percent-share', 'Russia'], [6.1, 'percent-share', 'Kazakhstan']]);
    const mongolia = rowsOf("In the first half, China remained the biggest buyer of Mongolia's goods, taking about 92 percent of its exports.", '2025-07-09');
    expect(mongolia[0]).toMatchObject({ value: 92, unit: 'percent-share', qualifier: 'about', partner: 'China', flow: 'export' });
    expect(rowsOf('Exports to the EU rose 3.0% (+3.0%).', '2025-09-16').every((r) => r.unit !== 'percent-share')).toBe(true);
  });

  it('keeps "the port\'s" figures on the port when the share is of a region named later', () => {
    const rows = rowsOf("Horgos port handled 41 million tonnes in the first 11 months. The port's import and export value reached 182.4 billion yuan, accounting for 30.1 percent of Xinjiang's total.", '2025-12-03');
    expect(rows.slice(1).map((r) => [r.value, r.area])).toEqual([[182.4e9, 'Horgos Port'], [30.1, 'Horgos Port']]);
  });

  it('reads a longer port name over a city inside it', () => {
    expect(findPlaces('Ningbo-Zhoushan Port completed a container throughput of 30.18 million TEUs', '').map((p) => p.name)).toEqual(['Ningbo-Zhoushan Port']);
  });

  it('takes a bloc or country right before a flow noun as the area', () => {
    expect(rowsOf('EU trade with China: exports €17.0 bn (-8.5%), imports €45.2 bn (+3.0%) in July 2025.', '2025-09-16').map((r) => [r.area, r.partner, r.flow, r.yoy_pct])).toEqual([
      ['European Union', 'China', 'export', -8.5],
      ['European Union', 'China', 'import', 3],
    ]);
  });

  it('puts the reporting country first in "trade between A and B"', () => {
    const rows = rowsOf('The trade turnover between Russia and China in January-November 2025 amounted to 203.4 billion dollars, according to the General Administration of Customs of the PRC. Chinese exports to Russia decreased by 10.3%, to 93.6 billion dollars.', '2025-12-09');
    expect(rows.map((r) => [r.area, r.partner])).toEqual([['China', 'Russia'], ['China', 'Russia']]);
  });

  it('treats a foreign country after "in" as scenery in another country\'s release', () => {
    const rows = rowsOf("Mongolia's exports of coal rose 14 percent to 19.1 million tonnes in the first quarter. The export value of coal fell 24.6 percent to 1.6 billion U.S. dollars due to weaker prices in China.", '2025-04-12');
    expect(rows.map((r) => r.area)).toEqual(['Mongolia', 'Mongolia']);
  });

  it('counts a rounded headline figure and a headline without a period as restatements of the body', () => {
    const text = "Zhejiang's foreign trade tops 2.6 trillion yuan\n\nZhejiang's imports and exports totaled 2.6543 trillion yuan in the first half of the year, up 6.5 percent.";
    expect(rowsOf(text, '2025-07-18').map((r) => r.value)).toEqual([2.6543e12]);
    const exact = "Kazakhstan exported 7.9 mln tons of grain\n\nIn January-October 2025, Kazakhstan exported 7.9 mln tons of grain.";
    expect(rowsOf(exact, '2025-11-12').map((r) => r.period_end)).toEqual(['2025-10']);
    const different = "Exports top 3 trillion yuan\n\nIn the first half, exports were 2.1 trillion yuan.";
    expect(rowsOf(different, '2025-07-18')).toHaveLength(2);
  });
});

describe('rules added in the third held-out round (partners, areas, flows, commodities)', () => {
  const partnerOf = (text: string, published = '2025-10-25') => rowsOf(text, published).map((r) => r.partner);

  it('reads paraphrases of partner groups', () => {
    const cases: Array<[string, string]> = [
      ['Xinjiang trade with countries taking part in the Belt and Road Initiative reached 30.1 billion yuan in September.', 'Belt and Road countries'],
      ['Xinjiang trade with countries involved in the Belt and Road reached 30.1 billion yuan in September.', 'Belt and Road countries'],
      ['Xinjiang trade with BRI partner countries reached 30.1 billion yuan in September.', 'Belt and Road countries'],
      ['Xinjiang trade with Belt and Road partners reached 30.1 billion yuan in September.', 'Belt and Road countries'],
      ['Guangxi trade with RCEP partners reached 30.1 billion yuan in September.', 'RCEP'],
      ['Guangxi trade with ASEAN member states reached 30.1 billion yuan in September.', 'ASEAN'],
      ['Xinjiang trade with Central Asian states reached 30.1 billion yuan in September.', 'Central Asia'],
      ['China trade with BRICS countries reached 30.1 billion yuan in September.', 'BRICS'],
      ['China trade with the Shanghai Cooperation Organization members reached 30.1 billion yuan in September.', 'SCO'],
      ['China trade with GCC states reached 30.1 billion yuan in September.', 'Gulf Cooperation Council'],
      ['Fujian trade with Latin American nations reached 30.1 billion yuan in September.', 'Latin America'],
      ['Russia trade with the countries of Asia reached 30.1 billion dollars in September.', 'Asia'],
    ];
    for (const [text, partner] of cases) expect(partnerOf(text), text).toEqual([partner]);
  });

  it('reads adjectival partners and Sino- compounds', () => {
    expect(partnerOf('Jilin trade with Russian partners rose 4.4 percent to 9.2 billion yuan in September.')).toEqual(['Russia']);
    expect(partnerOf('Heihe Port saw its Sino-Russian trade climb 8 percent in September.')).toEqual(['Russia']);
    // The reporting country's own adjective is not a partner.
    const [row] = rowsOf('In September, shipments of Chinese tractors to Kazakhstan reached 1,200 vehicles.');
    expect(row).toMatchObject({ area: 'China', partner: 'Kazakhstan', flow: 'export' });
  });

  it('keeps a partner named in a later clause or as composition off the figure', () => {
    const rows = rowsOf('In September, Jiangsu imported 120,000 tonnes of pork, and purchases of beef from Argentina rose 3 percent to 41,000 tonnes.');
    expect(rows.map((r) => [r.value, r.partner])).toEqual([[120000, 'World'], [41000, 'Argentina']]);
    expect(partnerOf('In September, the city imported 300,000 tonnes of grain, mostly corn from Ukraine.')).toEqual(['World']);
  });

  it('resolves "the bloc" and "from the country" to the partner named before', () => {
    const rows = rowsOf('China\'s trade with the EU reached 400 billion dollars in September. Exports to the 27-member bloc rose 2 percent to 250 billion dollars.');
    expect(rows.map((r) => r.partner)).toEqual(['European Union', 'European Union']);
    const oil = rowsOf('BEIJING, Oct. 10 (Xinhua) -- In September, exports of trucks to Mongolia surged 12 percent, and China imported 3.1 million tonnes of coal from the country.');
    expect(oil.map((r) => r.partner)).toEqual(['Mongolia', 'Mongolia']);
  });

  it('gives a bracketed figure to the place before it', () => {
    const rows = rowsOf('In September, exports to Japan (+4.1%), Thailand (+9.5%) and India (-2.0%) changed.');
    expect(rows.map((r) => [r.partner, r.yoy_pct])).toEqual([['Japan', 4.1], ['Thailand', 9.5], ['India', -2]]);
  });

  it('recognises free trade zones, municipalities and scenery blocs', () => {
    expect(rowsOf('Imports and exports of the China (Tianjin) Pilot Free Trade Zone reached 210 billion yuan in September.')[0].area).toBe('Tianjin FTZ');
    expect(rowsOf('The Hainan Free Trade Port saw foreign trade of 20 billion yuan in September.')[0].area).toBe('Hainan');
    expect(rowsOf('Tianjin, a municipality in north China, recorded foreign trade of 70 billion yuan in September.')[0].area).toBe('Tianjin');
    const [row] = rowsOf('France remained China\'s third largest trading partner in Europe, with bilateral trade of 6 billion dollars in September.');
    expect(row).toMatchObject({ area: 'China', partner: 'France' });
  });

  it('carries "the province" forward and drops a passing port at a new paragraph', () => {
    const text = [
      'Gansu foreign trade reached 50 billion yuan in the first three quarters.',
      'Through Lanzhou Port, imports and exports reached 8 billion yuan.',
      'Imports from Chile fell 4 percent.',
    ].join('\n\n');
    expect(rowsOf(text).map((r) => r.area)).toEqual(['Gansu', 'Lanzhou Port', 'Gansu']);
  });

  it('reads flow wording: "imported and exported", "supplies abroad", crossings', () => {
    expect(rowsOf('Private enterprises imported and exported 3 trillion yuan in September.')[0]).toMatchObject({ flow: 'total', breakdown: 'enterprise type: private' });
    expect(rowsOf('Supplies of metals abroad fell 3% to 2.1 billion dollars in September.')[0].flow).toBe('export');
    expect(rowsOf('In September, 9,100 trucks crossed the border at Baketu Port.')[0].flow).toBe('other');
  });

  it('takes the breakdown named closest before the figure', () => {
    const rows = rowsOf('In September, private enterprises traded 90 billion yuan, and foreign-invested enterprises traded 40 billion yuan.');
    expect(rows.map((r) => r.breakdown)).toEqual(['enterprise type: private', 'enterprise type: foreign-invested']);
    expect(rowsOf('Re-exports rose 5% to HK$300 billion in September.')[0].breakdown).toBe('export type: re-exports');
  });

  it('keeps commodity names clean', () => {
    expect(rowsOf('The port handled 2 million tonnes of imported copper ore in September.')[0].commodity).toBe('copper ore');
    expect(rowsOf('The port handled 2 million tonnes of liquefied petroleum gas imports in September.')[0].commodity).toBe('liquefied petroleum gas');
    expect(rowsOf('Erenhot, the largest land port for timber imports, handled 2 million tonnes in September.')[0].commodity).toBe('timber');
    expect(rowsOf('Cross-border e-commerce exports rose 9% to 5 billion yuan in September.')[0]).toMatchObject({ commodity: 'all goods', breakdown: 'trade mode: cross-border e-commerce' });
  });

  it('does not read a personal name as a month, and treats "Comparing A with B" as a base', () => {
    expect(periodsIn('Li Jun, a customs official, said exports grew.', '2025-10-25')).toEqual([]);
    const periods = periodsIn('Comparing May 2025 with May 2024, exports rose 3%.', '2025-06-20');
    expect(periods.map((p) => p.kind)).toEqual(['period', 'base']);
  });
});

describe('rules added in the fourth held-out round (aggregator republications, translated wording)', () => {
  it('blanks aggregator boilerplate without moving quote offsets', () => {
    const text = [
      'Border trade grows',
      '',
      'Translation. Region: Russian Federation –',
      '',
      'Source: People\'s Republic of China in Russian –',
      '',
      'A disclaimer follows at the end of this article.',
      '',
      'Yunnan\'s imports and exports reached 210.5 billion yuan in January-August, up 6.2 percent.',
      '',
      'Please note: this is unedited material passed on as received. It represents 1 account.',
    ].join('\n');
    const rows = rowsOf(text, '2025-09-20');
    expect(rows.map((r) => [r.area, r.value, r.yoy_pct])).toEqual([['Yunnan', 210_500_000_000, 6.2]]);
    expect(text.slice(rows[0].quote_start!, rows[0].quote_end!)).toBe(rows[0].source_quote);
  });

  it('drops figures whose subject is not trade, and keeps foreign-invested firms\' trade', () => {
    expect(rowsOf('Investment in fixed assets reached 2.1 trillion yuan in September, and the city\'s GDP grew 5.1 percent.')).toEqual([]);
    expect(rowsOf('Remittances amounted to $900 million in September, while tourism revenue hit 3 billion dollars.')).toEqual([]);
    expect(rowsOf('The population of the city exceeded 2.4 million people in September.')).toEqual([]);
    expect(rowsOf('Foreign-invested enterprises exported goods worth 30 billion yuan in September.')).toHaveLength(1);
    // A non-trade noun inside a modifier of the trade noun does not take over the subject.
    expect(rowsOf('Imports of equipment for investment projects amounted to 1.4 billion dollars in September.')).toHaveLength(1);
    expect(rowsOf('Exports under leasing contracts reached 300 million dollars in September.')).toHaveLength(1);
  });

  it('does not carry the period or place of a sentence that only has non-trade figures', () => {
    const rows = rowsOf('Exports reached 5 billion dollars in January-June. The economy grew 4 percent in the first quarter in Guangxi. Imports came to 3 billion dollars.', '2025-07-15');
    expect(rows.map((r) => [r.flow, r.period_start, r.period_end])).toEqual([
      ['export', '2025-01', '2025-06'],
      ['import', '2025-01', '2025-06'],
    ]);
  });

  it('does not read a forecast named after the percentage as growth', () => {
    const rows = rowsOf('Exports rose 3.1 percent in October, below a 5 percent growth forecast.');
    expect(rows.map((r) => r.yoy_pct)).toEqual([3.1]);
  });

  it('reads "balance of foreign trade" as a balance, negative when it says so', () => {
    expect(rowsOf('The negative balance of foreign trade amounted to $1.2 billion in January-May.')[0]).toMatchObject({ flow: 'balance', value: -1_200_000_000 });
    expect(rowsOf('The positive balance of foreign trade came to $0.8 billion in January-May.')[0]).toMatchObject({ flow: 'balance', value: 800_000_000 });
  });

  it('ends a sentence at "mln." unless a currency follows', () => {
    expect(splitSentences('Exports reached $1,204.5 mln. Imports rose.').map((s) => s.text)).toEqual(['Exports reached $1,204.5 mln.', 'Imports rose.']);
    expect(splitSentences('Exports reached 5 mln. US dollars in May.')).toHaveLength(1);
  });

  it('ends a sentence at a full stop that lost its space, but not inside abbreviations, decimals or initials', () => {
    const glued = 'Exports rose 6.2 percent in 2025.The port handled 1.4 million tonnes.Imports from Kazakhstan fell.';
    expect(splitSentences(glued).map((s) => s.text)).toEqual(['Exports rose 6.2 percent in 2025.', 'The port handled 1.4 million tonnes.', 'Imports from Kazakhstan fell.']);
    expect(splitSentences('Trade grew 8%.Cargo grew 3%).Trains ran daily?Yes.').map((s) => s.text)).toEqual(['Trade grew 8%.', 'Cargo grew 3%).', 'Trains ran daily?', 'Yes.']);
    for (const kept of ['Shipped by Lanzhou Logistics Co.Ltd in March.', 'Its No.Three line opened in 2020.', 'A U.S.Customs note said so.', 'Sales of e.g.Toyota cars grew.', 'Trade rose 3.5 percent.'])
      expect(splitSentences(kept), kept).toHaveLength(1);
    const rows = rowsOf('In September, exports of the region rose 4.1 percent to 3.2 billion yuan.Imports fell 2.5 percent to 1.1 billion yuan.', '2025-10-25');
    expect(rows.map((r) => [r.flow, r.value, r.yoy_pct])).toEqual([['export', 3_200_000_000, 4.1], ['import', 1_100_000_000, -2.5]]);
  });

  it('gives a later sentence\'s year-on-year growth to the one earlier level of its series', () => {
    const rows = rowsOf('Exports amounted to $4.2 billion in January-May. Compared to the same period of last year, exports grew by 7.5%.', '2025-06-20');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[4_200_000_000, 7.5]]);
    // Two amounts of the series (tonnes and dollars): which one grew is not said, so the growth stays apart.
    const ambiguous = rowsOf('Exports of cotton made up 120,000 tonnes worth $210 million in January-May. Compared to the same period of last year, exports of cotton grew by 3%.', '2025-06-20');
    expect(ambiguous.filter((r) => r.value !== null).every((r) => r.yoy_pct === null)).toBe(true);
    expect(ambiguous.some((r) => r.measure === 'growth' && r.yoy_pct === 3)).toBe(true);
  });

  it('gives "This is N% more/less than ..." to the level of the sentence before', () => {
    const rows = rowsOf('Trade with Georgia amounted to $95.3 million in January-April. This is 12.1% less than a year earlier.', '2025-05-20');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[95_300_000, -12.1]]);
  });

  it('pairs "increased by N% and amounted to X"', () => {
    expect(rowsOf('Imports from Turkey increased by 4.4% and amounted to $2.3 billion in January-March.', '2025-04-20').map((r) => [r.value, r.yoy_pct])).toEqual([[2_300_000_000, 4.4]]);
  });

  it('gives a scaled amount without a unit the currency of the amount before it', () => {
    const rows = rowsOf('Trade with the CIS made up 12.5 billion US dollars in January-March, including 9.1 billion with Russia.', '2025-04-20');
    expect(rows.map((r) => [r.value, r.unit, r.partner])).toEqual([
      [12_500_000_000, 'USD', 'CIS'],
      [9_100_000_000, 'USD', 'Russia'],
    ]);
  });

  it('reads "of which N were <count noun>" and direction pairs before a count noun', () => {
    expect(levelsIn('In September, 412 trains passed through the port, of which 230 were outbound trains.')).toEqual([
      { value: 412, unit: 'trains', measure: 'count' },
      { value: 230, unit: 'trains', measure: 'count' },
    ]);
    expect(levelsIn('The port recorded 640,000 inbound and outbound passenger trips.')).toEqual([{ value: 640_000, unit: 'trips', measure: 'count' }]);
  });

  it('drops a headline figure that rounds the body figure to fewer digits', () => {
    const rows = rowsOf('Cotton exports reach $412 mln in Q1\n\nIn January-March, exports of cotton yarn amounted to 411.8 million US dollars.', '2025-04-20');
    expect(rows.map((r) => r.value)).toEqual([411_800_000]);
  });

  it('keeps the places of a route, a foreign ranking and importing countries off the figure', () => {
    const route = findPlaces('The number of freight trains between China and Europe reached 1,200.', 'Kazakhstan', 'Kazakhstan');
    expect(route.map((p) => p.role)).toEqual(['locator', 'locator']);
    const rank = findPlaces("China has remained Russia's largest trading partner.", 'China', 'China');
    expect(rank.find((p) => p.name === 'Russia')?.role).toBe('locator');
    expect(findPlaces("France remained China's third largest trading partner.", 'China', 'China').find((p) => p.name === 'China')?.role).toBe('area');
    expect(findFlowCues('The main importing countries were Russia and Kazakhstan.')).toEqual([]);
  });

  it('recognises Russian administrative units as areas', () => {
    expect(rowsOf("Amur Oblast's foreign trade turnover reached $1.1 billion in January-June.", '2025-07-20')[0].area).toBe('Amur Oblast');
  });
});
