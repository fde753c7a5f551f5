/**
 * Rules widened in the fixing round for b241 (thirty-sixth session): stories on monthly trade figures full of numbers
 * that are not trade figures (forecasts, exchange rates, ratios to GDP, policy rates). Each phenomenon in several frames
 * of our own; texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const values = (rows: ObservationDraft[]) => rows.map((r) => r.value);
const yoys = (rows: ObservationDraft[]) => rows.map((r) => r.yoy_pct);

describe('forecasters named after the figure, with no "that", are a forecast', () => {
  it('reads "the 10.5 percent decline market watchers had anticipated"', () => {
    const rows = releaseRows('SEOUL, Dec. 1 -- Exports sank 12.0 percent on-year in November to 48.2 billion dollars, a deeper fall than the 8.5 percent decline market watchers had anticipated.', '2026-12-01');
    expect(yoys(rows)).toEqual([-12]);
  });
  it('reads "the deficit of about $23 billion economists at a rating agency had projected"', () => {
    const rows = releaseRows('NEW DELHI, Nov 15 - The merchandise trade deficit widened to $29.4 billion in October, well above the deficit of about $23 billion economists at a rating agency had projected.', '2026-11-15');
    expect(values(rows)).toEqual([-29.4e9]);
  });
  it('reads "the surplus industry watchers were expecting" in the progressive', () => {
    const rows = releaseRows('TOKYO, Nov 19 - The surplus came to 310 billion yen in October, half the 620 billion yen industry watchers were expecting.', '2026-11-19');
    expect(values(rows)).toEqual([310e9]);
  });
  it('reads "the 4% gain investors from big funds had looked for"', () => {
    const rows = releaseRows('TAIPEI, Nov 7 - Exports grew 1.5% on the year in October to US$44.1 billion, short of the 4% gain investors from big funds had looked for.', '2026-11-07');
    expect(yoys(rows)).toEqual([1.5]);
  });
  it('reads "the 3 per cent rise the market had called for"', () => {
    const rows = releaseRows('CANBERRA, Nov 6 - Imports of goods slipped 0.8 per cent from a year earlier to A$41.2 billion in September, against the 3 per cent rise the market had called for.', '2026-11-06');
    expect(yoys(rows)).toEqual([-0.8]);
  });
  it('keeps a figure that matched the forecasters, "just as analysts had predicted" (guard)', () => {
    const rows = releaseRows('SEOUL, Dec. 1 -- Imports fell 4.0 percent on-year in November to 52.0 billion dollars, just as analysts had predicted.', '2026-12-01');
    expect(values(rows)).toEqual([52e9]);
  });
  it('keeps a figure whose clause closes before the forecasters (guard)', () => {
    const rows = releaseRows('SEOUL, Dec. 1 -- Exports rose 6.0 percent on-year in November to 55.3 billion dollars; analysts at brokerages had expected a slowdown.', '2026-12-01');
    expect(values(rows)).toEqual([55.3e9]);
  });
});

describe('a currency quoted in another is no trade figure', () => {
  it('reads "The euro traded at $1.097"', () => {
    const rows = releaseRows('BERLIN, Oct 8 - German exports fell 1.2% in August to 127.1 billion euros, the statistics office said. The euro traded at $1.097.', '2026-10-08');
    expect(values(rows)).toEqual([127.1e9]);
  });
  it('reads "the Australian dollar was fetching US$0.6960"', () => {
    const rows = releaseRows('SYDNEY, Aug 4 - Exports rose 5.1% on the month to A$61.5 billion in June, and the Australian dollar was fetching US$0.6960.', '2026-08-04');
    expect(values(rows)).toEqual([61.5e9]);
  });
  it('reads "a pound bought $1.27" and "sterling closed at $1.26"', () => {
    const rows = releaseRows('LONDON, Nov 12 - Goods exports were 31.4 billion pounds in September. A pound bought $1.27 at the start of the week, and sterling closed at $1.26 on Tuesday.', '2026-11-12');
    expect(values(rows)).toEqual([31.4e9]);
  });
  it('reads "the single currency changed hands at $1.08" and a rate that weakened to an amount', () => {
    const rows = releaseRows('PARIS, Nov 7 - French imports came to 57.9 billion euros in September. The single currency changed hands at $1.08, and the local currency in Poland has weakened to 4.32.', '2026-11-07');
    expect(values(rows)).toEqual([57.9e9]);
  });
  it('reads the quote told the other way, "$1.097 per euro" and "US$0.65 to the Aussie"', () => {
    const rows = releaseRows('WELLINGTON, Nov 20 - Exports reached NZ$6.1 billion in October. Traders quoted the rate at $1.097 per euro and at US$0.65 to the Aussie.', '2026-11-20');
    expect(values(rows)).toEqual([6.1e9]);
  });
  it('keeps trade told in a currency, "sales in dollars rose to $5.2 billion" (guard)', () => {
    const rows = releaseRows('MANILA, Nov 10 - Electronics exports measured in dollars rose to $5.2 billion in September, the statistics authority said.', '2026-11-10');
    expect(values(rows)).toEqual([5.2e9]);
  });
  it('keeps a flow whose amount follows its "worth" (guard)', () => {
    const rows = releaseRows('SEOUL, Dec. 1 -- The won weakened, and the country shipped chips worth 9.8 billion dollars in November.', '2026-12-01');
    expect(values(rows)).toEqual([9.8e9]);
  });
});

describe('a change a forecaster expected of a flow is a forecast', () => {
  it('reads "the Government expected growth of goods exports of around 5%"', () => {
    const rows = releaseRows('Total exports of goods rose 2.2% over a year earlier to HK$407.2 billion in October 2026. A spokesman said the Government expected growth of goods exports of around 5% for the whole year.', '2026-11-26');
    expect(yoys(rows)).toEqual([2.2]);
  });
  it('reads "the chamber expected an increase in shipments of 3 percent"', () => {
    const rows = releaseRows('JAKARTA, Nov 15 - Exports rose 4.1 percent to $22.3 billion in October. The chamber of commerce expected an increase in shipments of 3 percent for next year.', '2026-11-15');
    expect(yoys(rows)).toEqual([4.1]);
  });
  it('reads "planners foresee export growth of 6%" in the present', () => {
    const rows = releaseRows('HANOI, Dec 6 - Exports climbed 8.0% to $35.6 billion in November. Planners foresee export growth of 6% for the coming year.', '2026-12-06');
    expect(yoys(rows)).toEqual([8]);
  });
  it('reads "officials foresaw a decline of about 2 percent"', () => {
    const rows = releaseRows('BANGKOK, Nov 20 - Exports dropped 1.1 percent to $24.0 billion in October, and officials foresaw a decline of about 2 percent in December.', '2026-11-20');
    expect(yoys(rows)).toEqual([-1.1]);
  });
  it('reads "the council anticipated a contraction in trade of 1.5%"', () => {
    const rows = releaseRows('SANTIAGO, Nov 7 - Copper exports rose 3.4% to $4.2 billion in October, though the council anticipated a contraction in trade of 1.5% over the winter.', '2026-11-07');
    expect(yoys(rows)).toEqual([3.4]);
  });
  it('reads "the institute predicted a fall in purchases of 2%"', () => {
    const rows = releaseRows('MANILA, Nov 10 - Imports grew 3.3% to $11.9 billion in September, though the institute predicted a fall in purchases of 2% in the fourth quarter.', '2026-11-10');
    expect(yoys(rows)).toEqual([3.3]);
  });
  it('keeps a result that beat "the expected growth" (guard)', () => {
    const rows = releaseRows('BANGKOK, Nov 20 - Exports grew 7.5 percent to $25.0 billion in October, faster than expected growth of 4 percent.', '2026-11-20');
    expect(yoys(rows)).toContain(7.5);
  });
  it('keeps a growth that was reported, "recorded growth of exports of 6%" (guard)', () => {
    const rows = releaseRows('HANOI, Dec 6 - The province recorded growth of exports of 6% in November, to $1.2 billion.', '2026-12-06');
    expect(yoys(rows)).toEqual([6]);
  });
});

describe('what a total should or will pass is a forecast', () => {
  it('reads "the full-year figure should pass 4.9 trillion yuan"', () => {
    const rows = releaseRows('Zhejiang\'s imports and exports reached 4.08 trillion yuan in January-October. "If the last two months hold up, the full-year figure should pass 4.9 trillion yuan," a professor said.', '2026-11-20');
    expect(values(rows)).toEqual([4.08e12]);
  });
  it('reads "annual exports will cross $60 billion"', () => {
    const rows = releaseRows('DHAKA, Nov 5 - Garment exports were $3.9 billion in October, and the association said annual exports will cross $60 billion.', '2026-11-05');
    expect(values(rows)).toEqual([3.9e9]);
  });
  it('reads "the yearly total should cross 100 billion dollars"', () => {
    const rows = releaseRows('ALMATY, Nov 11 - Turnover came to 8.1 billion dollars in October; the minister said the yearly total should cross 100 billion dollars.', '2026-11-11');
    expect(values(rows)).toEqual([8.1e9]);
  });
  it('reads "shipments should top 1.2 million tonnes"', () => {
    const rows = releaseRows('PERTH, Nov 11 - Barley exports were 510,000 tonnes in October, and a broker said shipments should top 1.2 million tonnes in the quarter.', '2026-11-11');
    expect(values(rows)).toEqual([510000]);
  });
  it('reads "the surplus would pass 2 trillion yen"', () => {
    const rows = releaseRows('TOKYO, Nov 19 - The surplus was 310 billion yen in October; economists said the annual surplus would pass 2 trillion yen.', '2026-11-19');
    expect(values(rows)).toEqual([310e9]);
  });
  it('keeps "trade passed 4 trillion yuan" told as done (guard)', () => {
    const rows = releaseRows('The province\'s trade passed 4.08 trillion yuan in January-October, customs said.', '2026-11-20');
    expect(values(rows)).toEqual([4.08e12]);
  });
  it('keeps a figure after "should" that asks nothing of the future (guard)', () => {
    const rows = releaseRows('Officials said exporters should note that trade reached 512.3 billion yuan in October.', '2026-11-20');
    expect(values(rows)).toEqual([512.3e9]);
  });
});

describe('a percentage of an economy\'s output is no share of trade', () => {
  const published = '2026-11-15';
  it('reads "a current account deficit of about 1.8% of GDP"', () => {
    const rows = releaseRows('NEW DELHI, Nov 15 - Exports grew 6.2% to $33.6 billion in October. "A current account deficit of about 1.8% of GDP looks likely," an economist said.', published);
    expect(rows.filter((r) => r.unit === 'percent-share')).toEqual([]);
  });
  it('reads "some 2.4 per cent of GNI"', () => {
    const rows = releaseRows('HANOI, Nov 15 - Exports reached $35.6 billion in October, while the shortfall on services came to some 2.4 per cent of GNI.', published);
    expect(rows.filter((r) => r.unit === 'percent-share')).toEqual([]);
  });
  it('reads "equal to 3 percent of national income"', () => {
    const rows = releaseRows('COLOMBO, Nov 15 - Imports rose to $1.7 billion in October, leaving a shortfall equal to 3 percent of national income over the year.', published);
    expect(rows.filter((r) => r.unit === 'percent-share')).toEqual([]);
  });
  it('reads "of the nation\'s annual GDP" in a trailing clause', () => {
    const rows = releaseRows('TOKYO, Nov 15 - Exports were 9.2 trillion yen in October, and the deficit on the current account ran at about 1.1 percent of the nation\'s annual GDP.', published);
    expect(rows.filter((r) => r.unit === 'percent-share')).toEqual([]);
  });
  it('reads "of gross national product" after a deficit', () => {
    const rows = releaseRows('MANILA, Nov 15 - Imports rose to $11.4 billion in October, and the deficit reached 4.5% of gross national product.', published);
    expect(rows.filter((r) => r.unit === 'percent-share')).toEqual([]);
  });
  it('reads "making up 9.5 per cent of the country\'s GDP" after a flow', () => {
    const rows = releaseRows('LIMA, Nov 15 - Mineral exports rose to $4.4 billion in October, making up 9.5 per cent of the country\'s GDP.', published);
    expect(rows.filter((r) => r.unit === 'percent-share')).toEqual([]);
  });
  it('keeps a share of the country\'s exports (guard)', () => {
    const rows = releaseRows('NEW DELHI, Nov 15 - Gold imports were $7.2 billion in October, making up 11.1% of the country\'s imports.', published);
    expect(rows.filter((r) => r.unit === 'percent-share').map((r) => r.value)).toEqual([11.1]);
  });
  it('keeps a share of total trade named after "gross" words elsewhere (guard)', () => {
    const rows = releaseRows('HANOI, Nov 15 - Gross exports of phones reached $5.1 billion in October, or 14.3% of total exports.', published);
    expect(rows.filter((r) => r.unit === 'percent-share').map((r) => r.value)).toEqual([14.3]);
  });
});

describe('a place naming its money or its policy rate votes for no reporter; a release naming none is the place of its own dollars', () => {
  const hk = (extra: string) => `The value of total exports of goods increased by 2.2% over a year earlier to HK$407.2 billion in October 2026. Concurrently, the value of imports of goods rose by 1.6% to HK$435.3 billion. ${extra}`;
  it('reads "the US policy rate" as no vote for the United States', () => {
    const rows = releaseRows(hk('A spokesman noted that the US policy rate had been lowered.'), '2026-11-26');
    expect(rows.map((r) => r.area)).toEqual(['Hong Kong', 'Hong Kong']);
  });
  it('reads "the Hong Kong dollar" and "US interest rates" as no votes', () => {
    const rows = releaseRows(hk('The Hong Kong dollar traded at 7.78, and US interest rates stayed high.'), '2026-11-26');
    expect(rows.map((r) => r.area)).toEqual(['Hong Kong', 'Hong Kong']);
  });
  it('reads "the Federal Reserve" after "US" and "Japanese bond yields" as no votes', () => {
    const rows = releaseRows(hk('Markets watched the US Federal Reserve and Japanese bond yields.'), '2026-11-26');
    expect(rows.map((r) => r.area)).toEqual(['Hong Kong', 'Hong Kong']);
  });
  it('reads "NT$" amounts in a story naming no place as Taiwan\'s', () => {
    const rows = releaseRows('Exports rose 12.5% on the year to NT$1.41 trillion in October, while imports grew 9.0% to NT$1.12 trillion; the US central bank held rates.', '2026-11-09');
    expect(rows.map((r) => r.area)).toEqual(['Taiwan', 'Taiwan']);
  });
  it('reads "S$" amounts with "the Singapore dollar" as Singapore\'s', () => {
    const rows = releaseRows('Non-oil domestic exports rose 4.1% to S$15.2 billion in October. The Singapore dollar was steady.', '2026-11-17');
    expect(rows.map((r) => r.area)).toEqual(['Singapore']);
  });
  it('reads "A$" amounts beside "the US central bank" as Australia\'s', () => {
    const rows = releaseRows('Merchandise exports rose 2% to A$45.1 billion in May; the US central bank kept its rates on hold.', '2026-07-03');
    expect(rows.map((r) => r.area)).toEqual(['Australia']);
  });
  it('keeps a country named as the subject of its trade over its dollars (guard)', () => {
    const rows = releaseRows("Malaysia's palm oil exports to Australia rose 3% to A$0.9 billion in October.", '2026-11-20');
    expect(rows.map((r) => r.area)).toEqual(['Malaysia']);
  });
  it('keeps "Hong Kong dollars" after an amount as no reason to drop the place from partners (guard)', () => {
    const rows = releaseRows('SHENZHEN, Nov 20 -- Exports from Shenzhen to Hong Kong rose 6 percent to 42.1 billion yuan in October.', '2026-11-20');
    expect(rows.map((r) => r.partner)).toEqual(['Hong Kong']);
  });
});

describe('a running balance whose span qualifies the opening subject is a year-to-date aside in a story on one month', () => {
  const story = (aside: string) => `SEOUL, Dec. 1 -- Exports dropped 14.0 percent on-year in November to 51.9 billion dollars, government data showed. Imports declined 2.7 percent to 58.0 billion dollars. ${aside}\n\nCar exports rose 30.0 percent to 5.4 billion dollars.`;
  const car = (rows: ObservationDraft[]) => rows.find((r) => r.value === 5.4e9);
  it('reads "The accumulated deficit for the January-November period"', () => {
    expect(car(releaseRows(story('The accumulated deficit for the January-November period reached 42.6 billion dollars.'), '2026-12-01'))).toMatchObject({ period_start: '2026-11', period_end: '2026-11' });
  });
  it('reads "Its trade surplus over the first 11 months"', () => {
    expect(car(releaseRows(story('Its trade surplus over the first 11 months stood at 12.1 billion dollars.'), '2026-12-01'))).toMatchObject({ period_start: '2026-11', period_end: '2026-11' });
  });
  it('reads "South Korea\'s cumulative shortfall through November"', () => {
    expect(car(releaseRows(story("South Korea's cumulative shortfall through November came to 40.2 billion dollars."), '2026-12-01'))).toMatchObject({ period_start: '2026-11', period_end: '2026-11' });
  });
  it('reads "The balance in January-November"', () => {
    expect(car(releaseRows(story('The balance in January-November was a deficit of 39.9 billion dollars.'), '2026-12-01'))).toMatchObject({ period_start: '2026-11', period_end: '2026-11' });
  });
  it('reads "The running deficit during January-November"', () => {
    expect(car(releaseRows(story('The running deficit during January-November widened to 41.0 billion dollars.'), '2026-12-01'))).toMatchObject({ period_start: '2026-11', period_end: '2026-11' });
  });
  it('reads "The surplus across the first eleven months"', () => {
    expect(car(releaseRows(story('The surplus across the first eleven months was 9.4 billion dollars.'), '2026-12-01'))).toMatchObject({ period_start: '2026-11', period_end: '2026-11' });
  });
  it('keeps a running flow opening a passage on the span, "Cumulative exports in January-November" (guard)', () => {
    expect(car(releaseRows(story('Cumulative exports in January-November totalled 620.1 billion dollars.'), '2026-12-01'))).toMatchObject({ period_start: '2026-01', period_end: '2026-11' });
  });
  it('keeps a span framing the sentence, "For January-November, the deficit ..." (guard)', () => {
    expect(car(releaseRows(story('For January-November, the deficit reached 42.6 billion dollars.'), '2026-12-01'))).toMatchObject({ period_start: '2026-01', period_end: '2026-11' });
  });
});

describe('forecasters of the whole family close the amount they expected with a comma', () => {
  it.each([
    "June exports climbed 17.9 percent to $307.8 billion, well ahead of the 12 percent rise market watchers had expected, and the month's surplus hit $97.94 billion.",
    "June exports climbed 17.9 percent to $307.8 billion, well ahead of the 12 percent rise strategists surveyed beforehand had pencilled in, and the month's surplus hit $97.94 billion.",
  ])('keeps the result after the comma: %s', (text) => {
    expect(releaseRows(text, '2026-07-13').map((r) => r.value)).toContain(97_940_000_000);
  });
});
