/**
 * Fixing round a206: corrected, updated and revised stories (b293) and live blogs (b291-01..07). Texts are our own, written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const has = (text: string, published: string, value: number) => releaseRows(text, published).some((r) => r.value === value);
const hasGrowth = (text: string, published: string, yoy: number) => releaseRows(text, published).some((r) => r.yoy_pct === yoy);

describe('a correction sets the right amount against the wrong one: "X, not Y", "rather than the Y shown in ..."', () => {
  it('retracts "..., not $15.2 billion" after the right amount', () => {
    const text = 'SEOUL, Dec 2 -- Clarifying our earlier report: chip exports were $12.5 billion in November, not $15.2 billion.';
    expect(has(text, '2025-12-02', 15.2e9)).toBe(false);
    expect(has(text, '2025-12-02', 12.5e9)).toBe(true);
  });
  it('retracts a rate: "rose 4.2 percent in April, not 2.4 percent"', () => {
    const text = 'ANKARA, May 2 -- Exports rose 4.2 percent in April, not 2.4 percent, the ministry said in a second statement.';
    expect(hasGrowth(text, '2025-05-02', 2.4)).toBe(false);
    expect(hasGrowth(text, '2025-05-02', 4.2)).toBe(true);
  });
  it('retracts "rather than the ... given in Monday\'s bulletin"', () => {
    const text = "SANTIAGO, Feb 3 -- Copper shipments in January totalled 1.12 million tonnes, rather than the 1.21 million tonnes given in Monday's bulletin.";
    expect(has(text, '2026-02-03', 1.21e6)).toBe(false);
    expect(has(text, '2026-02-03', 1.12e6)).toBe(true);
  });
  it('retracts "instead of the ... published earlier"', () => {
    const text = 'OTTAWA, March 5 -- Canada posted a trade surplus of C$1.4 billion in January, instead of the C$4.1 billion published earlier by the agency.';
    expect(has(text, '2026-03-05', 4.1e9)).toBe(false);
    expect(has(text, '2026-03-05', 1.4e9)).toBe(true);
  });
  it('retracts "rather than the ... shown in the table released on Tuesday"', () => {
    const text = 'BEIJING, Nov 9 -- The customs agency said soybean imports in January-October were 84.69 million tonnes, rather than the 84.96 million tonnes shown in the table released on Tuesday.';
    expect(has(text, '2023-11-09', 84.96e6)).toBe(false);
    expect(has(text, '2023-11-09', 84.69e6)).toBe(true);
  });
  it('keeps the amount after "not" that no amount stands before (near miss)', () => {
    const text = 'LIMA, Aug 4 -- Exports of fishmeal, not a large trade, reached 210,000 tonnes in July.';
    expect(has(text, '2025-08-04', 210000)).toBe(true);
  });
  it('keeps an amount "rather than" one of a month before, not shown or published (near miss)', () => {
    const text = 'HANOI, Aug 4 -- Coffee exports were 120,000 tonnes in July, rather than the 150,000 tonnes of a normal July, as the harvest ran late. Imports reached 9,000 tonnes.';
    expect(has(text, '2025-08-04', 120000)).toBe(true);
    expect(has(text, '2025-08-04', 9000)).toBe(true);
  });
});

describe('what an earlier post or version said, in a correction of a live blog or a story, is retracted', () => {
  const lead = "BEIJING, Dec 8 -- China's exports rose 5.9% in November from a year earlier, customs data showed.\n\n";
  it('retracts "an earlier post said imports rose 1.2%"', () => {
    expect(hasGrowth(`${lead}A quick correction: an earlier post said Chinese imports rose 1.2% last month. The customs figure is 1.9%.`, '2025-12-08', 1.2)).toBe(false);
  });
  it('retracts "In our 08:14 post we put ... at"', () => {
    expect(has("BERLIN, April 8 -- German exports rose 1.8% in February.\n\nIn our 08:14 post we put Germany's February trade surplus at 16.0 billion euros. The surplus was 17.7 billion euros.", '2025-04-08', 16e9)).toBe(false);
  });
  it('retracts "A previous version of this story gave the surplus as"', () => {
    expect(has('JAKARTA, July 15 -- Indonesia posted a trade surplus in June. A previous version of this story gave the surplus as $4.9 billion; it was $3.9 billion.', '2025-07-15', 4.9e9)).toBe(false);
  });
  it('retracts "The original version of this article said exports fell"', () => {
    expect(hasGrowth('BANGKOK, Aug 20 -- Thai exports grew in July. The original version of this article said exports fell 3.1 percent.', '2025-08-20', -3.1)).toBe(false);
  });
  it('retracts "In the earlier update, it reported ..."', () => {
    expect(has('SANTIAGO, May 7 -- Copper exports rose in April. In the earlier update, it reported shipments of 2.2 million tonnes; the right figure is 2.02 million tonnes.', '2025-05-07', 2.2e6)).toBe(false);
  });
  it('keeps what "an earlier report showed" (near miss)', () => {
    expect(hasGrowth('MANILA, May 9 -- Data in an earlier report showed exports rose 5 percent in March.', '2025-05-09', 5)).toBe(true);
  });
  it('keeps what "As an earlier post said" repeats (near miss)', () => {
    expect(hasGrowth(`${lead}As an earlier post said, imports rose 1.9% last month.`, '2025-12-08', 1.9)).toBe(true);
  });
});

describe('a story corrected after it ran is a correction notice: "unchanged" there is no change of a year', () => {
  const yoyOf = (text: string, value: number) => releaseRows(text, '2023-11-09').find((r) => r.value === value)?.yoy_pct;
  it('reads "has corrected a figure in its table"', () => {
    expect(yoyOf("BEIJING, Nov 9 - China's customs administration has corrected a figure in its table of imports. The value of soybean imports, 369.1 billion yuan, was unchanged.", 369.1e9)).toBeNull();
  });
  it('reads "because of a typing error"', () => {
    expect(yoyOf('BEIJING, Nov 9 - The bureau reissued its table because of a typing error in one line. The value of iron ore imports, 512.4 billion yuan, was unchanged.', 512.4e9)).toBeNull();
  });
  it('reads "An earlier version of this article misstated"', () => {
    expect(yoyOf('Correction: An earlier version of this article misstated the volume of copper imports.\n\nBEIJING, Nov 9 - The value of copper imports, 288.5 billion yuan, was unchanged.', 288.5e9)).toBeNull();
  });
  it('reads "This story has been corrected to show"', () => {
    expect(yoyOf('This story has been corrected to show the tonnage of coal imports.\n\nBEIJING, Nov 9 - The value of coal imports, 201.7 billion yuan, was unchanged.', 201.7e9)).toBeNull();
  });
  it('reads "a previous version of this report"', () => {
    expect(yoyOf('BEIJING, Nov 9 - A previous version of this report gave the wrong tonnage. The value of crude oil imports, 1.98 trillion yuan, was unchanged.', 1.98e12)).toBeNull();
  });
  it('keeps "unchanged" from a year earlier in a release of working-day corrected figures (near miss)', () => {
    expect(releaseRows('BERLIN, Nov 9 - Working-day corrected figures show exports were 131.2 billion euros in September, unchanged from a year earlier.', '2023-11-09').find((r) => r.value === 131.2e9)?.yoy_pct).toBe(0);
  });
  it('keeps "unchanged" in a release that corrects nothing (near miss)', () => {
    expect(yoyOf('BEIJING, Nov 9 - Soybean imports were 5.41 million tonnes in October. The value of those imports, 23.1 billion yuan, was unchanged from a year earlier.', 23.1e9)).toBe(0);
  });
});

describe("a month owning the gap names that month's trade deficit", () => {
  const flowOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => Math.abs(r.value ?? 0) === value)?.flow;
  it('reads "April\'s gap narrowed to"', () => {
    expect(flowOf("WASHINGTON, June 6 - The U.S. trade deficit widened in May, the Commerce Department said. April's gap narrowed to $61.2 billion after imports from refiners slowed.", '2025-06-06', 61.2e9)).toBe('balance');
  });
  it('reads "March\'s gap was"', () => {
    expect(flowOf("LONDON, May 12 - Britain's goods deficit eased. March's gap was GBP 19.1 billion, as importers held back.", '2025-05-12', 19.1e9)).toBe('balance');
  });
  it('reads "June\'s gap came in at"', () => {
    expect(flowOf("CANBERRA, Aug 7 - The trade balance swung back. June's gap came in at A$1.3 billion once exporters' late returns were added.", '2025-08-07', 1.3e9)).toBe('balance');
  });
  it('reads "October\'s gap stood at"', () => {
    expect(flowOf("NEW DELHI, Nov 15 - India's trade deficit narrowed in November. October's gap stood at $27.1 billion, with importers of gold busy before the festivals.", '2025-11-15', 27.1e9)).toBe('balance');
  });
  it('reads "Sept\'s gap widened to" with the month cut short', () => {
    expect(flowOf("OTTAWA, Nov 5 - Canada's trade deficit narrowed in October. Sept's gap widened to C$4.4 billion as exporters of energy shipped less.", '2025-11-05', 4.4e9)).toBe('balance');
  });
  it('keeps a price gap no month owns out of the balance (near miss)', () => {
    expect(flowOf('SINGAPORE, June 6 - Crude imports rose in May. The price gap widened to $4.5 billion for importers of fuel oil.', '2025-06-06', 4.5e9)).not.toBe('balance');
  });
  it("keeps a month's exports its own (near miss)", () => {
    expect(flowOf("LONDON, May 12 - Britain's goods deficit eased. March's exports were GBP 29.1 billion.", '2025-05-12', 29.1e9)).toBe('export');
  });
});

describe('an aside of the first reading ("first published as X") stands between a subject and its revised amount', () => {
  const flowOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => Math.abs(r.value ?? 0) === value)?.flow;
  it('reads "Exports, initially reported at ..., were revised up to ... after late returns from importers"', () => {
    expect(flowOf('OTTAWA, Nov 5 - Canada posted a deficit in September. Exports, initially reported at C$63.1 billion, were revised up to C$63.9 billion after late returns from importers.', '2025-11-05', 63.9e9)).toBe('export');
  });
  it('reads "Imports, first published as ..., were revised to ... as exporters"', () => {
    expect(flowOf('LONDON, Aug 12 - The goods deficit eased in June. Imports, first published as GBP 55.1 billion, were revised to GBP 56.0 billion as exporters of metals refiled.', '2022-08-12', 56e9)).toBe('import');
  });
  it('reads "Shipments, originally put at ..., now stand at ..., importers said"', () => {
    expect(flowOf('SANTIAGO, March 4 - Copper shipments fell in February. Shipments abroad, originally put at 1.31 million tonnes, now stand at 1.28 million tonnes, after buyers and importers in China cancelled cargoes.', '2025-03-04', 1.28e6)).toBe('export');
  });
  it('reads "The surplus, previously estimated at ..., was revised to ... on importers\' data"', () => {
    expect(flowOf('JAKARTA, Aug 15 - Indonesia posted a surplus in July. The surplus, previously estimated at $4.1 billion, was revised to $4.4 billion on data from importers.', '2025-08-15', 4.4e9)).toBe('balance');
  });
  it('reads "Purchases, earlier given as ..., came to ... for exporters"', () => {
    expect(flowOf('MANILA, June 10 - Rice imports slowed in May. Purchases from Vietnam, earlier given as 310,000 tonnes, came to 295,000 tonnes, a blow for exporters there.', '2025-06-10', 295000)).toBe('import');
  });
  it('keeps an aside that names no first reading out of it (near miss)', () => {
    expect(flowOf('OTTAWA, Nov 5 - Canada posted a deficit in September. Exports, helped by gold, were revised up to C$63.9 billion, while importers paid C$64.2 billion.', '2025-11-05', 64.2e9)).toBe('import');
  });
  it('keeps an aside with its own verb of trade (near miss)', () => {
    expect(flowOf('OTTAWA, Nov 5 - Canada posted a deficit in September. Its imports rose, and exports, first estimated at C$63.1 billion by the agency; were C$63.9 billion.', '2025-11-05', 63.1e9)).toBeUndefined();
  });
});

const LIVE_PAGE = (container: string, inner = '') => `<!doctype html><html><head><title>Trade data day</title></head><body>
<div class="site-head"><a href="/">Markets Desk</a></div>
<div class="${container}">
<h1>Japan trade data: live</h1>
<div class="pinned"><strong>Pinned</strong><p>Japan ran a trade deficit of 432.4 billion yen in April, the finance ministry said.</p></div>
${inner}
<div class="entry"><span class="ts">09:12</span><p>Exports to China dropped 2.9% in April.</p></div>
</div></body></html>`;

describe('a live blog wraps its headline, pinned summary and posts in one container, which is the article', () => {
  const deficit = (html: string) => releaseRows(html, '2023-05-18', { contentType: 'text/html' }).some((r) => r.value === -432.4e9);
  it('reads the pinned summary in a "liveblog" container', () => {
    expect(deficit(LIVE_PAGE('liveblog'))).toBe(true);
  });
  it('reads it in a "live-blog" container', () => {
    expect(deficit(LIVE_PAGE('live-blog'))).toBe(true);
  });
  it('reads it in a "live-story" container', () => {
    expect(deficit(LIVE_PAGE('live-story'))).toBe(true);
  });
  it('reads it in a "live-container" container', () => {
    expect(deficit(LIVE_PAGE('live-container'))).toBe(true);
  });
  it('reads a "pinned" summary outside any live container', () => {
    expect(deficit(LIVE_PAGE('wrap'))).toBe(true);
  });
  it('drops a market ticker outside the article (near miss)', () => {
    const html = '<html><body><div class="live-ticker"><p>Japan exports rose 9.9% in April.</p></div><article><p>TOKYO, May 18 - Japan ran a trade deficit of 432.4 billion yen in April.</p></article></body></html>';
    expect(releaseRows(html, '2023-05-18', { contentType: 'text/html' }).some((r) => r.yoy_pct === 9.9)).toBe(false);
  });
  it('drops a "live-scores" box outside the article (near miss)', () => {
    const html = '<html><body><div class="live-scores"><p>Japan exports rose 8.8% in April.</p></div><div class="story"><p>TOKYO, May 18 - Japan ran a trade deficit of 432.4 billion yen in April.</p></div></body></html>';
    expect(releaseRows(html, '2023-05-18', { contentType: 'text/html' }).some((r) => r.yoy_pct === 8.8)).toBe(false);
  });
});

describe("a timestamped post of a live blog starts from the blog's lead period, not a span the post before named", () => {
  const summary = "Taiwan's exports surged 31.4% from a year earlier to US$43.6 billion in February, the ministry said. For the first two months, exports were up 28.7% at US$91.3 billion.";
  const periodOf = (stamp: string) => releaseRows(`Taiwan export data: live\n\nTaipei, March 9, 2026\n\n${summary}\n\n${stamp}\n\nElectronic components rose 18.4% to US$14.1 billion.`, '2026-03-09').find((r) => r.value === 14.1e9)?.period_start;
  it('reads a bare "16:20"', () => {
    expect(periodOf('16:20')).toBe('2026-02');
  });
  it('reads "10.17 GMT" with a stop', () => {
    expect(periodOf('10.17 GMT')).toBe('2026-02');
  });
  it('reads "11:52 CEST"', () => {
    expect(periodOf('11:52 CEST')).toBe('2026-02');
  });
  it('reads "Mar 9, 2026 / 17:58 IST" with its date', () => {
    expect(periodOf('Mar 9, 2026 / 17:58 IST')).toBe('2026-02');
  });
  it('reads "Updated 9:05am ET"', () => {
    expect(periodOf('Updated 9:05am ET')).toBe('2026-02');
  });
  it('keeps the span over a paragraph with no time (near miss)', () => {
    expect(periodOf('Detail by product follows.')).toBe('2026-01');
  });
  it('keeps the span over a bare "12.50", a number, not a time (near miss)', () => {
    expect(periodOf('12.50')).toBe('2026-01');
  });
});

describe('an amount with an article before it and a noun of forecasting after it is the forecast', () => {
  it('sets aside "far smaller than the 610 billion yen median forecast"', () => {
    expect(has('TOKYO, May 18 - Japan ran a trade deficit of 432.4 billion yen in April, far smaller than the 610 billion yen median forecast.', '2023-05-18', -610e9)).toBe(false);
  });
  it('sets aside "against a $5.2 billion consensus estimate"', () => {
    expect(has('JAKARTA, Aug 15 - Indonesia posted a trade surplus of $4.2 billion in July, against a $5.2 billion consensus estimate.', '2025-08-15', 5.2e9)).toBe(false);
  });
  it('sets aside "the 1.1 trillion won forecast"', () => {
    expect(has('SEOUL, Sept 1 - The trade surplus came to 900 billion won in August, short of the 1.1 trillion won forecast.', '2025-09-01', 1.1e12)).toBe(false);
  });
  it('sets aside "the EUR 18.5 billion economists\' estimate"', () => {
    expect(has('BERLIN, April 8 - The surplus was EUR 17.7 billion in February, below the EUR 18.5 billion economists\' estimate.', '2025-04-08', 18.5e9)).toBe(false);
  });
  it('sets aside "a $21 billion poll forecast"', () => {
    expect(has('NEW DELHI, Sept 15 - The trade deficit widened to $24.2 billion in August, above a $21 billion poll forecast.', '2023-09-15', -21e9)).toBe(false);
  });
  it('keeps an amount whose noun comes between (near miss)', () => {
    expect(has('JAKARTA, Aug 15 - The $4.2 billion surplus in July beat forecasts.', '2025-08-15', 4.2e9)).toBe(true);
  });
  it('keeps an amount with no article, estimates named after a comma (near miss)', () => {
    expect(has('HANOI, Aug 6 - Exports reached $38.1 billion in July, estimates from the statistics office show.', '2025-08-06', 38.1e9)).toBe(true);
  });
});

describe('a stock index moving in the present tense, as a live blog tells it, is no trade', () => {
  it('sets aside "the Nikkei 225 ends up 1.6%"', () => {
    expect(hasGrowth('TOKYO, May 18 - Japan posted a deficit in April. Closing bell: the Nikkei 225 ends up 1.6% at 30,573.93.', '2023-05-18', 1.6)).toBe(false);
  });
  it('sets aside "The Stoxx 600 is up 0.3%"', () => {
    expect(hasGrowth("BEIJING, Dec 8 - China's exports rose 5.9% in November. The Stoxx 600 is up 0.3%, with miners leading.", '2025-12-08', 0.3)).toBe(false);
  });
  it('sets aside "KOSPI opens 0.4 percent lower"', () => {
    expect(hasGrowth('SEOUL, Nov 1 - Exports rose 4.6 percent in October. KOSPI opens 0.4 percent lower.', '2024-11-01', -0.4)).toBe(false);
  });
  it('sets aside "the FTSE 100 slips 0.2%"', () => {
    expect(hasGrowth('LONDON, Aug 12 - Goods exports rose 2.6% in the second quarter. Meanwhile the FTSE 100 slips 0.2%.', '2022-08-12', -0.2)).toBe(false);
  });
  it('sets aside "The Sensex gains 0.7 percent"', () => {
    expect(hasGrowth('NEW DELHI, Sept 15 - Exports fell 6.9 percent in August. The Sensex gains 0.7 percent.', '2023-09-15', 0.7)).toBe(false);
  });
  it('keeps exports that "are up" (near miss)', () => {
    expect(hasGrowth('SEOUL, Nov 1 - Chip exports are up 5.1% on a year ago in October.', '2024-11-01', 5.1)).toBe(true);
  });
  it('keeps shipments that "rise" in a headline (near miss)', () => {
    expect(hasGrowth('Car exports rise 4.4% in May\n\nSEOUL, June 1 - Car exports rose 4.4% in May from a year earlier.', '2025-06-01', 4.4)).toBe(true);
  });
});

describe('a forecaster who "sees" or expects a flow "landing", "ending" or "coming in" at an amount gives a forecast', () => {
  it('sets aside "He sees full-year exports landing near $683 billion"', () => {
    expect(has('SEOUL, Nov 1 - Exports rose 4.6 percent in October. He sees full-year exports landing near $683 billion.', '2024-11-01', 683e9)).toBe(false);
  });
  it('sets aside "expects shipments ending the year around"', () => {
    expect(has('JAKARTA, Nov 1 - Coal exports fell in October. The association expects shipments ending the year around 520 million tonnes.', '2024-11-01', 520e6)).toBe(false);
  });
  it('sets aside "Analysts see imports coming in at about"', () => {
    expect(has('BEIJING, Nov 7 - Soybean imports rose in October. Analysts see imports coming in at about 105 million tonnes for the year.', '2024-11-07', 105e6)).toBe(false);
  });
  it('sets aside "The bank sees the surplus topping"', () => {
    expect(has('TAIPEI, Nov 7 - Exports rose in October. The bank sees the annual surplus topping $100 billion.', '2024-11-07', 100e9)).toBe(false);
  });
  it('sets aside "Traders expect arrivals reaching"', () => {
    expect(has('BEIJING, Nov 7 - Iron ore imports fell in October. Traders expect November arrivals reaching 102 million tonnes.', '2024-11-07', 102e6)).toBe(false);
  });
  it('keeps what data "showed" reaching an amount (near miss)', () => {
    expect(has('SEOUL, Nov 1 - Customs data showed October exports reaching $57.5 billion.', '2024-11-01', 57.5e9)).toBe(true);
  });
  it('keeps what the ministry "saw" come in (near miss)', () => {
    expect(has('SEOUL, Nov 1 - Exports came to $57.5 billion in October, the ministry said.', '2024-11-01', 57.5e9)).toBe(true);
  });
});

describe('a currency that "slips", "dips" or "drops" to a quote is an exchange rate', () => {
  it('sets aside "Pound slips to $1.2165"', () => {
    expect(has('LONDON, Aug 12 - The trade deficit widened to GBP 27.9 billion in the second quarter. Pound slips to $1.2165.', '2022-08-12', 1.2165)).toBe(false);
  });
  it('sets aside "the euro drops to $1.0512"', () => {
    expect(has('BERLIN, April 8 - Exports rose 1.8% in February. In currency markets, the euro drops to $1.0512.', '2025-04-08', 1.0512)).toBe(false);
  });
  it('sets aside "the Canadian dollar dips to US$0.7312"', () => {
    expect(has('OTTAWA, March 5 - Canada posted a surplus in January. The Canadian dollar dips to US$0.7312.', '2025-03-05', 0.7312)).toBe(false);
  });
  it('sets aside "the kiwi slip to US$0.58"', () => {
    expect(has('WELLINGTON, May 20 - Dairy exports rose in April, yet sellers saw the kiwi slip to US$0.5810.', '2025-05-20', 0.581)).toBe(false);
  });
  it('sets aside "Sterling drops to $1.27"', () => {
    expect(has('LONDON, Aug 12 - Goods imports rose 4.4% in the quarter. Sterling drops to $1.2701.', '2022-08-12', 1.2701)).toBe(false);
  });
  it('keeps exports that slip to an amount (near miss)', () => {
    expect(has('LONDON, Aug 12 - Goods exports slip to $41.3 billion in June.', '2022-08-12', 41.3e9)).toBe(true);
  });
  it('keeps imports that drop to an amount in dollars (near miss)', () => {
    expect(has('SEOUL, Nov 1 - Crude oil imports drop to $6.1 billion in October.', '2024-11-01', 6.1e9)).toBe(true);
  });
});

describe('"the City", London\'s markets, is a forecaster', () => {
  it('sets aside "the 0.2% contraction the City had expected"', () => {
    expect(hasGrowth('LONDON, Aug 12 - Exports fell 0.1% in the quarter, a little better than the 0.2% fall the City had expected.', '2022-08-12', -0.2)).toBe(false);
  });
  it('sets aside "the 1.5% rise the City had forecast"', () => {
    expect(hasGrowth('LONDON, Aug 12 - Exports rose 2.6% in the quarter, above the 1.5% rise the City had forecast.', '2022-08-12', 1.5)).toBe(false);
  });
  it('sets aside "the 3% gain the City was expecting"', () => {
    expect(hasGrowth('LONDON, Aug 12 - Imports rose 4.4% in the quarter, ahead of the 3% gain the City were expecting.', '2022-08-12', 3)).toBe(false);
  });
  it('sets aside "the 2.1% drop the City had pencilled in"', () => {
    expect(hasGrowth('LONDON, Nov 11 - Exports fell 1.2% in the quarter, less than the 2.1% drop the City had pencilled in.', '2022-11-11', -2.1)).toBe(false);
  });
  it('sets aside "the 0.8% increase the City had predicted"', () => {
    expect(hasGrowth('LONDON, Feb 10 - Imports rose 1.1% in the quarter, against the 0.8% increase the City had predicted.', '2023-02-10', 0.8)).toBe(false);
  });
  it('keeps a city\'s own trade, in lower case (near miss)', () => {
    expect(hasGrowth('SHENZHEN, Jan 20 - Exports rose 3.1% in 2024, more than the 2.5% gain the city recorded in 2023.', '2025-01-20', 2.5)).toBe(true);
  });
  it('keeps "the City of London" exporting (near miss)', () => {
    expect(hasGrowth('LONDON, Aug 12 - Financial services exports from the City rose 4.2% in the quarter.', '2022-08-12', 4.2)).toBe(true);
  });
});

describe("an index's closing level between its verb and its move ('ends at 20,192, up 0.45%') is no trade", () => {
  it('sets aside "Nifty ends at record 20,192, up 0.45%"', () => {
    expect(hasGrowth('NEW DELHI, Sept 15 - Exports fell 6.9 percent in August. Nifty ends at record 20,192, up 0.45%.', '2023-09-15', 0.45)).toBe(false);
  });
  it('sets aside "the Kospi closed at 2,601.4 points, down 0.8%"', () => {
    expect(hasGrowth('SEOUL, Nov 1 - Exports rose 4.6 percent in October, while the Kospi closed at 2,601.4 points, down 0.8%.', '2024-11-01', -0.8)).toBe(false);
  });
  it('sets aside "the FTSE 100 rose to a record high of 8,400, up 1.1%"', () => {
    expect(hasGrowth('LONDON, May 13 - Goods exports rose 2.1% in March. The FTSE 100 rose to a record high of 8,400, up 1.1%.', '2024-05-13', 1.1)).toBe(false);
  });
  it('sets aside "The Sensex finished at 65,402, down 0.3 percent"', () => {
    expect(hasGrowth('NEW DELHI, Oct 16 - Imports rose 12.3 percent in September. The Sensex finished at 65,402, down 0.3 percent.', '2023-10-16', -0.3)).toBe(false);
  });
  it('sets aside "the DAX ends at 20,420 points, down 1.8%"', () => {
    expect(hasGrowth('BERLIN, April 8 - Exports rose 1.8% in February. In Frankfurt the DAX ends at 20,420 points, down 1.8%.', '2025-04-08', -1.8)).toBe(false);
  });
  it('keeps exports that ended at a level, up a rate (near miss)', () => {
    expect(hasGrowth('NEW DELHI, Sept 15 - Exports ended at $34.5 billion in August, up 2.4%.', '2023-09-15', 2.4)).toBe(true);
  });
  it('keeps shipments that rose to a record, up a rate (near miss)', () => {
    expect(hasGrowth('SEOUL, Nov 1 - Chip shipments rose to a record $12.5 billion in October, up 40.3%.', '2024-11-01', 40.3)).toBe(true);
  });
});
