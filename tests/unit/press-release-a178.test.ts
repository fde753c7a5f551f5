/**
 * Rules widened in the fixing round for b281 (trade associations' and chambers' reports): each frame in several phrasings of
 * our own, and near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const span = (rows: ObservationDraft[], value: number | null) => {
  const r = row(rows, value);
  return r && [r.period_start, r.period_end];
};

describe('a cut-off month opening a sentence or a clause is the year to date', () => {
  it('reads "Through August," opening the sentence', () => {
    const rows = releaseRows('DENVER, Oct 8 - Lamb exports were 2,100 tonnes in August. Through August, lamb exports were 17,400 tonnes, down 3 percent.', '2026-10-08');
    expect(span(rows, 17400)).toEqual(['2026-01', '2026-08']);
  });
  it('reads "through September," after a colon', () => {
    const rows = releaseRows('KUALA LUMPUR, Oct 20 - Glove shipments slowed: through September, they came to 1.9 billion dollars.', '2026-10-20');
    expect(span(rows, 1.9e9)).toEqual(['2026-01', '2026-09']);
  });
  it('reads "until the end of May" set off by commas', () => {
    const rows = releaseRows('OSLO, June 12 - Salmon exports, until the end of May, reached 480,000 tonnes, the council said.', '2026-06-12');
    expect(span(rows, 480000)).toEqual(['2026-01', '2026-05']);
  });
  it('reads "(through July)" in brackets', () => {
    const rows = releaseRows('SANTIAGO, Aug 20 - The industry sold 1.2 million tonnes of copper cathodes abroad (through July), 4 percent more than a year before.', '2026-08-20');
    expect(span(rows, 1.2e6)).toEqual(['2026-01', '2026-07']);
  });
  it('reads "till October" after a dash', () => {
    const rows = releaseRows('ACCRA, Nov 14 - Cocoa bean exports were strong again - till October, the board shipped 410,000 tonnes.', '2026-11-14');
    expect(span(rows, 410000)).toEqual(['2026-01', '2026-10']);
  });
  it('does not read "from March, through August" as January to August (near miss)', () => {
    const rows = releaseRows('DENVER, Oct 8 - From March, through August, beef exports were 600,000 tonnes.', '2026-10-08');
    expect(row(rows, 600000)?.period_start).not.toBe('2026-01');
  });
  it('does not read a month with its day opening the sentence as a month-long span (near miss)', () => {
    const rows = releaseRows('SEOUL, Nov 21 - Through November 20, exports rose 8.1 percent to 38.4 billion dollars.', '2026-11-21');
    expect(span(rows, 38.4e9)).not.toEqual(['2026-11', '2026-11']);
  });
});

describe('a hedged amount after a word of comparing is a base, dated by its own period', () => {
  it('reads "compared with more than $1.2 billion in 2019"', () => {
    const rows = releaseRows('ADELAIDE, 20 July 2026 - Wine exports to Japan were worth $40 million in the year, compared with more than $60 million in 2019.', '2026-07-20');
    expect(levelTuple(row(rows, 60e6)!)).toEqual(['2019-01', '2019-12', 60e6, 'USD', null]);
  });
  it('reads "down from less than ... a year earlier"', () => {
    const rows = releaseRows('LIMA, May 4 - Avocado exports climbed to 84,000 tonnes in April, up from less than 70,000 tonnes in April 2025.', '2026-05-04');
    expect(span(rows, 70000)).toEqual(['2025-04', '2025-04']);
  });
  it('reads "against fewer than ... in May 2025"', () => {
    const rows = releaseRows('MINSK, June 9 - The terminal sent 1,150 containers abroad in May, against fewer than 900 containers in May 2025.', '2026-06-09');
    expect(span(rows, 900)).toEqual(['2025-05', '2025-05']);
  });
  it('reads "versus more than ... in the first half of 2024"', () => {
    const rows = releaseRows('NAIROBI, Aug 2 - Tea earnings came to 61 billion shillings in the first half, versus more than 70 billion shillings in the first half of 2024.', '2026-08-02');
    expect(span(rows, 70e9)).toEqual(['2024-01', '2024-06']);
  });
  it('reads "set against less than ... in 2023"', () => {
    const rows = releaseRows('CANBERRA, 3 March 2026 - Barley shipments to Saudi Arabia were 1.1 million tonnes in 2025, set against less than 0.9 million tonnes in 2023.', '2026-03-03');
    expect(span(rows, 0.9e6)).toEqual(['2023-01', '2023-12']);
  });
  it('keeps "more than" with no word of comparing as the level\'s own hedge (near miss)', () => {
    const rows = releaseRows('ADELAIDE, 20 July 2026 - Wine exports to Japan came to more than $60 million in 2025.', '2026-07-20');
    expect(row(rows, 60e6)).toMatchObject({ qualifier: 'more_than', period_start: '2025-01', period_end: '2025-12' });
  });
  it('keeps "3 percent more than" a base as a change, not the amount\'s hedge (near miss)', () => {
    const rows = releaseRows('LIMA, May 4 - Exports of grapes were 12 percent more than 50,000 tonnes shipped in April 2025.', '2026-05-04');
    expect(rows.some((r) => r.value === 50000 && r.qualifier === 'more_than')).toBe(false);
  });
});

describe('a share of survey respondents holding a view is no share of trade', () => {
  const opening = 'SEOUL, Jan. 13 -- Exports rose 8.2 percent to 683.8 billion dollars in 2025.';
  const surveyRows = (text: string) => releaseRows(`${opening} ${text}`, '2026-01-13').filter((r) => r.value !== 683.8e9);
  it('sets aside "30.4 percent saw a decline" after a poll', () => {
    expect(surveyRows('In a poll of 900 member exporters, 41.2 percent expected higher sales this year, while 30.4 percent saw a decline.')).toEqual([]);
  });
  it('sets aside "22 percent of members expect ..., and 41 percent expect a decline"', () => {
    expect(surveyRows('In the chamber\'s survey, 22 percent of members expect exports to grow in 2026, and 41 percent expect a decline.')).toEqual([]);
  });
  it('sets aside "19 percent of those surveyed said"', () => {
    expect(surveyRows('In the poll, 19 percent of those surveyed said exports to the US would shrink in 2026.')).toEqual([]);
  });
  it('sets aside "35 percent of respondents plan to"', () => {
    expect(surveyRows('The questionnaire found that 35 percent of respondents plan to cut shipments to Russia in 2026.')).toEqual([]);
  });
  it('sets aside "33 per cent of members were pessimistic"', () => {
    expect(surveyRows('In the survey, 33 per cent of members were pessimistic about exports to Europe in 2026.')).toEqual([]);
  });
  it('keeps a trade growth in a sentence that cites a survey (near miss)', () => {
    const rows = releaseRows('SEOUL, Jan. 13 -- Exports rose 8.2 percent to 683.8 billion dollars in 2025, the association said in a survey of customs data.', '2026-01-13');
    expect(levelTuple(row(rows, 683.8e9)!)).toEqual(['2025-01', '2025-12', 683.8e9, 'USD', 8.2]);
  });
  it('keeps a share of trade followed by "saw" outside any survey (near miss)', () => {
    const rows = releaseRows('SEOUL, Jan. 13 -- Chips made up 20.8 percent of exports in 2025, and the country saw its surplus widen to 51.8 billion dollars.', '2026-01-13');
    expect(row(rows, 20.8)).toMatchObject({ unit: 'percent-share' });
  });
});

describe('the orders an industry books, under any of its nouns, are no shipments', () => {
  it('sets aside "Order intake at the members fell 12 percent"', () => {
    const rows = releaseRows('FRANKFURT, 29 Feb 2026 - Order intake at member firms fell 12 percent in real terms in 2025.', '2026-02-29');
    expect(rows).toEqual([]);
  });
  it('sets aside "incoming orders dropped"', () => {
    const rows = releaseRows('VIENNA, 3 March 2026 - Incoming orders dropped 7 percent in 2025, the association said.', '2026-03-03');
    expect(rows).toEqual([]);
  });
  it('sets aside "order bookings rose to" an amount', () => {
    const rows = releaseRows('ZURICH, 5 Feb 2026 - The industry\'s order bookings rose 4.5 percent to 18.2 billion francs in 2025.', '2026-02-05');
    expect(rows).toEqual([]);
  });
  it('sets aside "the order backlog shrank"', () => {
    const rows = releaseRows('STOCKHOLM, 5 Feb 2026 - For shipbuilders, the order backlog shrank by 9 percent over 2025.', '2026-02-05');
    expect(rows).toEqual([]);
  });
  it('sets aside "orders received by machine builders grew"', () => {
    const rows = releaseRows('TURIN, 5 Feb 2026 - Orders received by machine builders grew 3 percent in the fourth quarter of 2025.', '2026-02-05');
    expect(rows).toEqual([]);
  });
  it('keeps exports that rose on the back of stronger order intake (near miss)', () => {
    const rows = releaseRows('FRANKFURT, 29 Feb 2026 - Machinery exports rose 3.9 percent to 208.3 billion euros in 2025 on the back of stronger order intake.', '2026-02-29');
    expect(levelTuple(row(rows, 208.3e9)!)).toEqual(['2025-01', '2025-12', 208.3e9, 'EUR', 3.9]);
  });
  it('keeps a figure of goods shipped "in order to" meet demand (near miss)', () => {
    const rows = releaseRows('FRANKFURT, 29 Feb 2026 - Exports of pumps climbed 6 percent to 4.1 billion euros in 2025 in order to meet demand in Asia.', '2026-02-29');
    expect(levelTuple(row(rows, 4.1e9)!)).toEqual(['2025-01', '2025-12', 4.1e9, 'EUR', 6]);
  });
});

describe('a crop or an output estimated at an amount is no trade', () => {
  const opening = 'MUMBAI, Nov 15: Cotton exports were 15.5 lakh bales in the 2025-26 season (October-September).';
  const cropRows = (text: string) => releaseRows(`${opening} ${text}`, '2026-11-15').filter((r) => r.value !== 1.55e6);
  it('sets aside "pegged the crop at" after a forecast of exports', () => {
    expect(cropRows('The association put exports for the 2026-27 season at 14 lakh bales and pegged the crop at 295 lakh bales.')).toEqual([]);
  });
  it('sets aside "pegged output at" after imports put at an amount', () => {
    expect(cropRows('USDA put India\'s imports at 30 lakh bales and pegged output at 290 lakh bales.').some((r) => r.value === 29e6)).toBe(false);
  });
  it('sets aside "a crop of" joined to exports', () => {
    expect(cropRows('Analysts project exports of 12 lakh bales and a crop of 305 lakh bales next season.').some((r) => r.value === 30.5e6)).toBe(false);
  });
  it('sets aside "revised its crop estimate to"', () => {
    expect(cropRows('Mills bought 8 lakh bales from abroad as the Cotton Corporation revised its crop estimate to 298 lakh bales.').some((r) => r.value === 29.8e6)).toBe(false);
  });
  it('sets aside "production was seen at"', () => {
    expect(cropRows('Exports to China were 3 lakh bales as production was seen at 301 lakh bales.').some((r) => r.value === 30.1e6)).toBe(false);
  });
  it('keeps exports put at an amount by an agency (near miss)', () => {
    const rows = releaseRows('KARACHI, Dec 2: Cotton exports reached 1.1 million bales in November, the ginners said.', '2026-12-02');
    expect(span(rows, 1.1e6)).toEqual(['2026-11', '2026-11']);
  });
  it('keeps a trade amount after "production" names the goods (near miss)', () => {
    const rows = releaseRows('TAIPEI, Dec 8 - Imports of production equipment rose 11 percent to 4.2 billion dollars in November.', '2026-12-08');
    expect(levelTuple(row(rows, 4.2e9)!)).toEqual(['2026-11', '2026-11', 4.2e9, 'USD', 11]);
  });
});

describe('a bare two-year label after a season spelled by its months is that season\'s year', () => {
  const opening = 'MUMBAI, Nov 15: India imported 16.5 million tonnes of vegetable oils in the oil year ended October 2026 (November-October), the association said.';
  it('reads "brought in during 2024-25" as the oil year before', () => {
    const rows = releaseRows(`${opening} That compared with 14.1 million tonnes brought in during 2024-25.`, '2026-11-15');
    expect(span(rows, 14.1e6)).toEqual(['2024-11', '2025-10']);
  });
  it('reads "the import bill for 2025-26" as the oil year', () => {
    const rows = releaseRows(`${opening} The import bill for 2025-26 fell 12 per cent to Rs 1.38 lakh crore.`, '2026-11-15');
    expect(span(rows, 1.38e12)).toEqual(['2025-11', '2026-10']);
  });
  it('reads "In 2025-26, palm oil made up" as the oil year', () => {
    const rows = releaseRows(`${opening} In 2025-26, palm oil imports were 9.8 million tonnes.`, '2026-11-15');
    expect(span(rows, 9.8e6)).toEqual(['2025-11', '2026-10']);
  });
  it('reads a season spelled by a crop year running October-September', () => {
    const rows = releaseRows('COLOMBO, Oct 20 - Exports came to 250,000 tonnes in the crop year ended September 2026 (October-September). Shipments in 2024-25 had been 231,000 tonnes.', '2026-10-20');
    expect(span(rows, 231000)).toEqual(['2024-10', '2025-09']);
  });
  it('reads "for 2025/26" after a marketing year to June', () => {
    const rows = releaseRows('KARACHI, July 20 - Rice exports were 5.9 million tonnes in the marketing year ended June 2026 (July-June). Earnings for 2025/26 reached 3.9 billion dollars.', '2026-07-20');
    expect(span(rows, 3.9e9)).toEqual(['2025-07', '2026-06']);
  });
  it('keeps the fiscal year for a bare two-year label when no season was spelled (near miss)', () => {
    const rows = releaseRows('NEW DELHI, May 15: Merchandise exports in 2025-26 rose 3 per cent to 450 billion dollars.', '2026-05-15');
    expect(span(rows, 450e9)).toEqual(['2025-04', '2026-03']);
  });
  it('keeps a season word of its own read as before (near miss)', () => {
    const rows = releaseRows('NEW DELHI, Nov 10 (wire) - India exported 812,000 tons of sugar in the 2025-26 marketing year that ended in September. In October, the first month of the new 2026-27 season, exports were 46,500 tons.', '2026-11-10');
    expect(span(rows, 46500)).toEqual(['2026-10', '2026-10']);
  });
});

describe('prices causing a change in a trade amount leave the change to the amount', () => {
  it('reads "Lower global prices meant imports fell 12 per cent to"', () => {
    const rows = releaseRows('MUMBAI, Nov 15: Lower global prices meant imports fell 12 per cent to Rs 1.38 lakh crore in October.', '2026-11-15');
    expect(levelTuple(row(rows, 1.38e12)!)).toEqual(['2026-10', '2026-10', 1.38e12, 'INR', -12]);
  });
  it('reads "higher prices made export earnings climb"', () => {
    const rows = releaseRows('ACCRA, Nov 14 - Higher cocoa prices made export earnings climb 35 percent to 3.2 billion dollars in the third quarter.', '2026-11-14');
    expect(levelTuple(row(rows, 3.2e9)!)).toEqual(['2026-07', '2026-09', 3.2e9, 'USD', 35]);
  });
  it('reads "cheaper prices saw the import bill drop"', () => {
    const rows = releaseRows('MANILA, Aug 12 - Cheaper fuel prices saw the import bill drop 9 percent to 6.1 billion dollars in July.', '2026-08-12');
    expect(levelTuple(row(rows, 6.1e9)!)).toEqual(['2026-07', '2026-07', 6.1e9, 'USD', -9]);
  });
  it('reads "firmer prices helped shipments rise"', () => {
    const rows = releaseRows('SANTIAGO, Aug 20 - Firmer copper prices helped shipments rise 14 percent to 4.8 billion dollars in July.', '2026-08-20');
    expect(levelTuple(row(rows, 4.8e9)!)).toEqual(['2026-07', '2026-07', 4.8e9, 'USD', 14]);
  });
  it('reads "weaker prices caused export receipts to fall"', () => {
    const rows = releaseRows('JAKARTA, Oct 15 - Weaker coal prices caused export receipts to fall 18 percent to 2.2 billion dollars in September.', '2026-10-15');
    expect(levelTuple(row(rows, 2.2e9)!)).toEqual(['2026-09', '2026-09', 2.2e9, 'USD', -18]);
  });
  it('still sets aside a change of the prices themselves (near miss)', () => {
    const rows = releaseRows('MUMBAI, Nov 15: Palm oil prices fell 12 per cent in October, while imports rose to 1.5 million tonnes.', '2026-11-15');
    expect(rows.some((r) => r.yoy_pct === -12)).toBe(false);
  });
  it('still sets aside a price level after prices (near miss)', () => {
    const rows = releaseRows('MUMBAI, Nov 15: Lower prices meant the average price fell to 950 dollars in October.', '2026-11-15');
    expect(rows.some((r) => r.value === 950)).toBe(false);
  });
});

describe('a turnover attached to a flow by a preposition is that flow\'s money', () => {
  it('reads "shipped ... for a turnover of" as exports', () => {
    const rows = releaseRows('HANOI, Oct 9 -- The country shipped 7.05 million tonnes of rice in January-September, for a turnover of 4.37 billion USD.', '2026-10-09');
    expect(row(rows, 4.37e9)?.flow).toBe('export');
  });
  it('reads "imported ..., with a combined turnover of" as imports', () => {
    const rows = releaseRows('HANOI, Oct 9 -- Firms imported 2.1 million tonnes of cotton in the nine months, with a combined turnover of 3.6 billion USD.', '2026-10-09');
    expect(row(rows, 3.6e9)?.flow).toBe('import');
  });
  it('reads "exports of pepper ... earning a turnover of" as exports', () => {
    const rows = releaseRows('HANOI, Oct 9 -- Exports of pepper reached 190,000 tonnes in the nine months, earning a turnover of 1.1 billion USD.', '2026-10-09');
    expect(row(rows, 1.1e9)?.flow).toBe('export');
  });
  it('reads "sold abroad ... at a total turnover of" as exports', () => {
    const rows = releaseRows('HANOI, Oct 9 -- Cashew processors sold abroad 520,000 tonnes in the nine months at a total turnover of 3.2 billion USD.', '2026-10-09');
    expect(row(rows, 3.2e9)?.flow).toBe('export');
  });
  it('reads "purchases ... worth a turnover of" as imports', () => {
    const rows = releaseRows('HANOI, Oct 9 -- Purchases of wheat from abroad came to 3.3 million tonnes in the nine months, yielding a turnover of 1.0 billion USD.', '2026-10-09');
    expect(row(rows, 1.0e9)?.flow).toBe('import');
  });
  it('keeps a two-way turnover named with a partner as total (near miss)', () => {
    const rows = releaseRows('HANOI, Oct 9 -- Exports rose 9 percent in the nine months; trade turnover with Japan reached 35.2 billion USD.', '2026-10-09');
    expect(row(rows, 35.2e9)?.flow).toBe('total');
  });
  it('keeps "export-import turnover" after a flow as total (near miss)', () => {
    const rows = releaseRows('HANOI, Oct 9 -- The country shipped 7.05 million tonnes of rice in the nine months, and its export-import turnover reached 590 billion USD.', '2026-10-09');
    expect(row(rows, 590e9)?.flow).toBe('total');
  });
});

describe('a crop or harvest year dates a whole, it is no crop', () => {
  it('keeps "9.3 percent of the crop year\'s volume" as a share of trade', () => {
    const rows = releaseRows('HANOI, Oct 9 -- Coffee exports reached 1.46 million tonnes in the 2025-26 crop year (October-September). Germany and Italy took 15.2 percent and 9.3 percent of the crop year\'s volume respectively.', '2026-10-09');
    expect(row(rows, 9.3)).toMatchObject({ unit: 'percent-share' });
  });
  it('keeps "of the harvest season\'s shipments" as a share', () => {
    const rows = releaseRows('ABIDJAN, Oct 1 - Cocoa exports were 1.8 million tonnes over the 2025-26 season (October-September); the Netherlands took 24 percent of the harvest season\'s shipments.', '2026-10-01');
    expect(row(rows, 24)).toMatchObject({ unit: 'percent-share' });
  });
  it('keeps "a fifth of the crop-year total" as a share', () => {
    const rows = releaseRows('HANOI, Oct 9 -- Coffee exports reached 1.46 million tonnes in the 2025-26 crop year (October-September), and Germany bought 20 percent of the crop-year total.', '2026-10-09');
    expect(row(rows, 20)).toMatchObject({ unit: 'percent-share' });
  });
  it('keeps "of the production year\'s exports" as a share', () => {
    const rows = releaseRows('HANOI, Oct 9 -- Coffee exports reached 1.46 million tonnes in the 2025-26 crop year (October-September), and Italy took 9 percent of the production year\'s exports.', '2026-10-09');
    expect(row(rows, 9)).toMatchObject({ unit: 'percent-share' });
  });
  it('keeps "of the output season\'s sales" as a share', () => {
    const rows = releaseRows('HANOI, Oct 9 -- Coffee exports reached 1.46 million tonnes in the 2025-26 crop year (October-September), and Spain took 6 percent of the harvest-year sales abroad.', '2026-10-09');
    expect(row(rows, 6)).toMatchObject({ unit: 'percent-share' });
  });
  it('still sets aside a share of the domestic crop (near miss)', () => {
    const rows = releaseRows('HANOI, Oct 9 -- Exports took 80 percent of the domestic crop in the crop year.', '2026-10-09');
    expect(rows.some((r) => r.value === 80)).toBe(false);
  });
  it('still sets aside a share of the country\'s harvest (near miss)', () => {
    const rows = releaseRows('ABIDJAN, Oct 1 - Exporters shipped 70 percent of the country\'s harvest.', '2026-10-01');
    expect(rows.some((r) => r.value === 70)).toBe(false);
  });
});

describe('a year-long adjective inside an aim or a forecast dates no figure beside it', () => {
  const opening = 'HANOI, Oct 9 -- Coffee exports earned 5.4 billion USD in the 2025-26 crop year (October-September). Rice exports reached 7.05 million tonnes in January-September.';
  const share = (text: string) => span(releaseRows(`${opening} ${text}`, '2026-10-09'), 82);
  it('keeps the nine months for a share beside "adding that it aims for full-year exports"', () => {
    expect(share('Member firms handled 82 percent of the volume, the association said, adding that it aims for full-year exports of about 8 million tonnes.')).toEqual(['2026-01', '2026-09']);
  });
  it('keeps them beside "which targets full-year exports"', () => {
    expect(share('Member firms handled 82 percent of the volume, said the association, which targets full-year exports of 8 million tonnes.')).toEqual(['2026-01', '2026-09']);
  });
  it('keeps them beside "are eyeing full-year sales"', () => {
    expect(share('Member firms, which handled 82 percent of the volume, are eyeing full-year sales of 8 million tonnes.')).toEqual(['2026-01', '2026-09']);
  });
  it('keeps them after "With a goal of full-year exports"', () => {
    expect(share('With a goal of full-year exports of 8 million tonnes, member firms handled 82 percent of the volume.')).toEqual(['2026-01', '2026-09']);
  });
  it('keeps them beside "as the association forecast full-year earnings"', () => {
    expect(share('Member firms handled 82 percent of the volume as the association forecast full-year earnings of 5.6 billion USD.')).toEqual(['2026-01', '2026-09']);
  });
  it('keeps them beside "expecting full-year shipments to reach"', () => {
    expect(share('Member firms handled 82 percent of the volume, the ministry said, expecting full-year shipments to reach 8 million tonnes.')).toEqual(['2026-01', '2026-09']);
  });
  it('still reads "full-year shipments came to" as the year pointed back to (near miss)', () => {
    const rows = releaseRows('CANBERRA, 3 March 2026 - Exports were 41 million tonnes in 2025. By value, full-year shipments came to 12.4 billion dollars.', '2026-03-03');
    expect(span(rows, 12.4e9)).toEqual(['2025-01', '2025-12']);
  });
  it('still reads "the full-year tally stood at" as the year pointed back to (near miss)', () => {
    const rows = releaseRows('OTTAWA, Feb 5 - Canola exports were 9.1 million tonnes in 2025. The full-year tally stood at 7.2 billion dollars in value.', '2026-02-05');
    expect(span(rows, 7.2e9)).toEqual(['2025-01', '2025-12']);
  });
});

describe('a firm leading the field of its peers gives its own shipments, no trade of a place', () => {
  it('sets aside "Chery again led the exporters with"', () => {
    const rows = releaseRows('BEIJING, Nov 11 - Exports reached 650,000 vehicles in October. Chery again led the exporters with 118,000 vehicles.', '2026-11-11');
    expect(rows.some((r) => r.value === 118000)).toBe(false);
  });
  it('sets aside "Vale topped the list of shippers with"', () => {
    const rows = releaseRows('RIO DE JANEIRO, Nov 4 - Iron ore exports were 38 million tonnes in October; Vale topped the list of shippers with 25 million tonnes.', '2026-11-04');
    expect(rows.some((r) => r.value === 25e6)).toBe(false);
  });
  it('sets aside "BYD heads the ranking of carmakers with"', () => {
    const rows = releaseRows('SHENZHEN, Nov 11 - Exports of new energy vehicles rose to 240,000 in October. BYD heads the ranking of carmakers with 84,000 units.', '2026-11-11');
    expect(rows.some((r) => r.value === 84000)).toBe(false);
  });
  it('sets aside "Olam once again tops the buyers with"', () => {
    const rows = releaseRows('ABIDJAN, Oct 1 - Cocoa exports were 1.8 million tonnes in the season; Olam once again tops the buyers with 310,000 tonnes.', '2026-10-01');
    expect(rows.some((r) => r.value === 310000)).toBe(false);
  });
  it('sets aside "Hyundai Motor led the field of automakers with"', () => {
    const rows = releaseRows('SEOUL, Dec. 1 -- Car exports reached 250,000 units in November. Hyundai Motor led the field of automakers with 98,000 units.', '2026-12-01');
    expect(rows.some((r) => r.value === 98000)).toBe(false);
  });
  it('keeps a country leading the suppliers (near miss)', () => {
    const rows = releaseRows('BEIJING, Nov 11 - Imports of crude oil were 45 million tonnes in October. Russia again led the suppliers with 9.1 million tonnes.', '2026-11-11');
    expect(rows.some((r) => r.value === 9.1e6)).toBe(true);
  });
  it('keeps a province leading the exporters (near miss)', () => {
    const rows = releaseRows('BEIJING, Nov 11 - Exports rose 5 percent in October. Guangdong again led the exporters with 620 billion yuan.', '2026-11-11');
    expect(rows.some((r) => r.value === 620e9)).toBe(true);
  });
});

describe('a subject said to be likely, set or bound to move to an amount gives a forecast', () => {
  const opening = 'SEOUL, Jan. 13 -- Exports rose 8.2 percent to 683.8 billion dollars in 2025.';
  const later = (text: string) => releaseRows(`${opening} ${text}`, '2026-01-13').filter((r) => r.value !== 683.8e9);
  it('sets aside "are likely to grow only about 1.5 percent this year to roughly"', () => {
    expect(later('Exports are likely to grow only about 1.5 percent this year to roughly 694 billion dollars, the institute said.')).toEqual([]);
  });
  it('sets aside "will probably ease 2 percent to"', () => {
    expect(later('The association said imports will probably ease 2 percent to 620 billion dollars.')).toEqual([]);
  });
  it('sets aside "seem likely to slip 3.5 percent in January to"', () => {
    expect(later('Imports of crude seem likely to slip 3.5 percent in January to 8 billion dollars, traders said.')).toEqual([]);
  });
  it('sets aside "are on course to expand 6.2 percent to"', () => {
    expect(later('Shipments to China are on course to expand 6.2 percent to 140 billion dollars.')).toEqual([]);
  });
  it('sets aside "appear poised to jump 20.5 percent in 2026 to"', () => {
    expect(later('Ship exports appear poised to jump 20.5 percent in 2026 to 30 billion dollars.')).toEqual([]);
  });
  it('sets aside "would likely climb 4.5 percent to" with its change', () => {
    expect(later('The group said car exports would likely climb 4.5 percent to 75 billion dollars.')).toEqual([]);
  });
  it('keeps a past level beside a clause of what will be (near miss)', () => {
    const rows = later('Exports rose to 61.4 billion dollars in December, and they will remain strong.');
    expect(span(rows, 61.4e9)).toEqual(['2025-12', '2025-12']);
  });
  it('keeps the month May before "hit" as no modal (near miss)', () => {
    const rows = releaseRows('HANOI, June 16 -- The province\'s trade from January to May hit 31.2 billion dollars, up 12 percent year on year.', '2026-06-16');
    expect(levelTuple(row(rows, 31.2e9)!)).toEqual(['2026-01', '2026-05', 31.2e9, 'USD', 12]);
  });
  it('keeps what "may have risen" to an amount (near miss)', () => {
    const rows = later('Imports may have risen to 52 billion dollars in December, officials said.');
    expect(span(rows, 52e9)).toEqual(['2025-12', '2025-12']);
  });
});
