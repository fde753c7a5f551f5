/**
 * Rules widened in the fixing round for b255 (commentary and analysis: op-eds, think-tank and bank notes, editorials that
 * cite customs figures among GDP, PMI, CPI, exchange rates, stock indexes, forecasts and hypotheticals). Each frame is read
 * in several sentence frames of our own, with near misses that must stay trade. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

// A note dated 20 November 2026 opens on one trade figure of October; what follows must add no row.
const LEAD = 'Exports rose 4.0 percent to 310.2 billion dollars in October, customs data showed.';
const LEAD_ROW = ['2026-10', '2026-10', 310.2e9, 'USD', 4];
const tuplesAfterLead = (text: string) => releaseRows(`${LEAD} ${text}`).map(levelTuple);
const tuples = (text: string) => releaseRows(text).map(levelTuple);

describe('a stock benchmark named by its own name moves (nonfigures: stock index move)', () => {
  it.each([
    'Markets were calm: the CSI 300 index gained 1.2 percent on the day.',
    "Tokyo's Nikkei share average edged up 0.4% after the release.",
    'On the equity side, the FTSE 100 slipped 0.6 percent by the close.',
    'The MOEX index, meanwhile, lost roughly 3 percent over the month.',
    'Investors shrugged and the Shanghai Composite closed down 0.9 percent.',
    'In Mumbai the Sensex tumbled 2.1 percent.',
  ])('adds no row for "%s"', (text) => {
    expect(tuplesAfterLead(text)).toEqual([LEAD_ROW]);
  });
  it('keeps a partner named by capitals with no index noun (near miss)', () => {
    expect(tuplesAfterLead('Shipments to the ASEAN bloc rose 6.5 percent.')).toContainEqual(['2026-10', '2026-10', null, '', 6.5]);
  });
  it('keeps a trade change a benchmark\'s newspaper reports after it (near miss)', () => {
    expect(tuplesAfterLead('Imports climbed 3.1 percent, the Nikkei newspaper reported.')).toContainEqual(['2026-10', '2026-10', null, '', 3.1]);
  });
});

describe("the economy's price gauges as the subject (reported-figures: non-trade subject)", () => {
  it.each([
    'PPI deflation deepened to minus 1.8 percent.',
    'The CPI rose 0.4 percent over the same month.',
    'Consumer inflation eased to 1.9 percent, the statistics bureau said.',
    'Producer prices fell 2.2 percent year on year.',
    'In the euro area, the HICP climbed 2.1 percent.',
    'Wholesale prices were up 3 percent on the year.',
  ])('adds no row for "%s"', (text) => {
    expect(tuplesAfterLead(text)).toEqual([LEAD_ROW]);
  });
  it('keeps a change of trade after "adjusted for inflation" (near miss)', () => {
    expect(tuples('Adjusted for inflation, imports rose 2.5 percent in October.')).toEqual([['2026-10', '2026-10', null, '', 2.5]]);
  });
  it('keeps a change of trade named after consumer prices (near miss)', () => {
    expect(tuples('Despite higher consumer prices, imports climbed 3.4 percent in October.')).toEqual([['2026-10', '2026-10', null, '', 3.4]]);
  });
});

describe('a hypothetical opened by a condition, with a modal after it (nonfigures: hypothetical under a condition)', () => {
  it.each([
    '"If Brent stays near 75 dollars, full-year exports could end up 6 percent lower."',
    'Should Washington impose a 25 percent levy, shipments to the US would fall some 12 percent.',
    'Were the rupee to weaken to 90 per dollar, imports might drop 8 percent.',
    'Unless freight rates ease below 2,000 dollars, the surplus will narrow to about 60 billion dollars.',
    'Assuming copper holds at 9,000 dollars a tonne, concentrate earnings could reach 4 billion dollars.',
    'In the event of a 10 percent tariff, we think exports would slow to 2 percent growth.',
  ])('adds no row for "%s"', (text) => {
    expect(tuplesAfterLead(text)).toEqual([LEAD_ROW]);
  });
  it('keeps a fact stated under a condition with no modal (near miss)', () => {
    expect(tuples('If re-exports are excluded, exports rose 3.6 percent in October.')).toEqual([['2026-10', '2026-10', null, '', 3.6]]);
  });
  it('keeps "If anything" before a change (near miss)', () => {
    expect(tuples('If anything, imports grew faster, up 5.2 percent in October.')).toEqual([['2026-10', '2026-10', null, '', 5.2]]);
  });
});

describe('an imagined amount as the subject of would, could or might (nonfigures)', () => {
  it.each([
    'A further 15 percent tariff could shave half a point off growth.',
    'Another 5 percent drop in the yuan might lift margins for exporters.',
    'An extra 2 million tonnes of Brazilian beans would swamp the crushers.',
    'A return to 4,000 tonnes would need a political decision.',
    'A 20 percent cut in quotas might cost the province dearly.',
  ])('adds no row for "%s"', (text) => {
    expect(tuplesAfterLead(text)).toEqual([LEAD_ROW]);
  });
  it('keeps an amount that "could not" do something, a past fact (near miss)', () => {
    expect(tuples('A 12 percent rise in exports in October could not offset the slump in imports.')).toContainEqual(['2026-10', '2026-10', null, '', 12]);
  });
  it('keeps a change when a modal comes in another clause (near miss)', () => {
    expect(tuples('Exports rose 6 percent in October and analysts said growth could slow.')).toEqual([['2026-10', '2026-10', null, '', 6]]);
  });
});

describe('a modal verb before the amount it foresees (reported-figures: forecast)', () => {
  it.each([
    'Full-year exports could end up 3 percent lower.',
    'China will need roughly 95 million tonnes of soybeans this season, a broker said.',
    'The surplus would shrink to 70 billion dollars on those assumptions.',
    'Coal exports will slow to 60 million tonnes, the ministry believes.',
    'Car exports should hold at around 500,000 units.',
    'Shipments might settle near 4.5 billion dollars, the broker said.',
  ])('adds no row for "%s"', (text) => {
    expect(tuplesAfterLead(text)).toEqual([LEAD_ROW]);
  });
  it('keeps the same verb in the past tense (near miss)', () => {
    expect(tuples('Coal exports slowed to 60 million tonnes in October.')).toEqual([['2026-10', '2026-10', 60e6, 'tonnes', null]]);
  });
  it('keeps an amount a modal clause follows (near miss)', () => {
    expect(tuples('Imports held at 210 billion dollars in October, which will ease pressure on the yuan.')).toEqual([['2026-10', '2026-10', 210e9, 'USD', null]]);
  });
});

describe('a week that dates the publication, not the figure (nonfigures: figure of a day or a week)', () => {
  it.each([
    ['Figures released last week show exports fell 3.2 percent in October to 301.5 billion dollars.', ['2026-10', '2026-10', 301.5e9, 'USD', -3.2]],
    ['Data published in the past week showed imports rose 1.1 percent in October to 220.4 billion dollars.', ['2026-10', '2026-10', 220.4e9, 'USD', 1.1]],
    ["Last week's customs figures showed exports of 301.5 billion dollars in October.", ['2026-10', '2026-10', 301.5e9, 'USD', null]],
    ['The customs office said last week that imports climbed 12 percent in October to 230 billion dollars.', ['2026-10', '2026-10', 230e9, 'USD', 12]],
    ['Statistics put out last week show October exports of steel at 8.1 million tonnes.', ['2026-10', '2026-10', 8.1e6, 'tonnes', null]],
  ])('reads "%s"', (text, row) => {
    expect(tuples(text as string)).toEqual([row]);
  });
  it('still sets aside a count of the last week (near miss)', () => {
    expect(tuples('The port handled 120 freight trains last week.')).toEqual([]);
  });
  it('still sets aside an amount of the past week (near miss)', () => {
    expect(tuples('Exports over the past week came to 7 billion dollars.')).toEqual([]);
  });
});

describe("a count of crossings that takes its makers' unit (flow-choice: flowOfCrossings)", () => {
  it.each([
    'Daily truck crossings at the pass topped 1,200 on several days.',
    'Lorry crossings at the border post numbered 52,000.',
    'Bus and coach crossings reached 8,400.',
    'At Erenhot, truck crossings came to 31,000.',
    'Fuel tanker crossings, by contrast, were 2,300.',
  ])('adds no row for "%s"', (text) => {
    expect(tuplesAfterLead(text)).toEqual([LEAD_ROW]);
  });
  it('keeps trucks exported as goods (near miss)', () => {
    expect(tuples('Exports of trucks reached 4,000 in October.')).toEqual([['2026-10', '2026-10', 4000, 'vehicles', null]]);
  });
  it('keeps a count of trucks sold abroad (near miss)', () => {
    expect(tuples('Truck exports topped 3,500 units in October.')).toEqual([['2026-10', '2026-10', 3500, 'vehicles', null]]);
  });
});

describe('a price set off as an aside of its own noun (nonfigures: price as an aside)', () => {
  it.each([
    'The cost of shipping a container from Qinzhou to Singapore, at about 400 dollars, is still too high.',
    'Spot rates on the transpacific lane, at roughly 2,100 dollars, were flat.',
    "Brent's price, now at 84 dollars, is the swing factor.",
    'The fee for a rail slot to Duisburg, some 3,000 dollars, has doubled.',
    'Charter rates for a Panamax, at 14,000 dollars, remain low.',
  ])('adds no row for "%s"', (text) => {
    expect(tuplesAfterLead(text)).toEqual([LEAD_ROW]);
  });
  it('keeps the value of trade set off the same way (near miss)', () => {
    expect(tuples('The value of exports, at 310 billion dollars, set a record in October.')).toEqual([['2026-10', '2026-10', 310e9, 'USD', null]]);
  });
  it('keeps exports to a partner set off the same way (near miss)', () => {
    expect(tuples('Exports to the US, at 45 billion dollars, fell 5 percent in October.')).toEqual([['2026-10', '2026-10', 45e9, 'USD', -5]]);
  });
});

describe('a fall told by collapse, crash or crater (percent-roles: change cue; change-verbs)', () => {
  it.each([
    ['Shipments of magnets to Germany collapsed 60 percent in October to 212 tonnes.', ['2026-10', '2026-10', 212, 'tonnes', -60]],
    ['Exports to Russia crashed 35% to 4.1 billion dollars in October.', ['2026-10', '2026-10', 4.1e9, 'USD', -35]],
    ['In October, imports of iron ore cratered 41 percent to 52 million tonnes.', ['2026-10', '2026-10', 52e6, 'tonnes', -41]],
    ['Coal imports, which collapsed 22 percent, came to 30 million tonnes in October.', ['2026-10', '2026-10', 30e6, 'tonnes', -22]],
    ['Soybean purchases from the US have crashed by 80 percent, to 1.2 million tonnes in October.', ['2026-10', '2026-10', 1.2e6, 'tonnes', -80]],
  ])('reads "%s" as a fall', (text, row) => {
    expect(tuples(text as string)).toContainEqual(row);
  });
  it('keeps a rise after "the collapse of" another market (near miss)', () => {
    expect(tuples('Despite the collapse of the property market, exports rose 3 percent in October to 300 billion dollars.')).toContainEqual(['2026-10', '2026-10', 300e9, 'USD', 3]);
  });
  it('keeps a rise after a crash named as a noun (near miss)', () => {
    expect(tuples('After the crash in freight rates, imports grew 7 percent to 210 billion dollars in October.')).toContainEqual(['2026-10', '2026-10', 210e9, 'USD', 7]);
  });
});

describe('a period that dates a measure agreed, struck or threatened, not the figure (periods: EVENT_BEFORE)', () => {
  // After the lead's October, a change with no period of its own keeps October; the measure's period dates the measure.
  it.each([
    ['Shipments to the United States rose 2.4 percent despite the 15 percent tariff on cars agreed last year.', 2.4],
    ['Exports to Canada climbed 3.5 percent, even with the quotas negotiated in 2025.', 3.5],
    ['Car exports to Mexico, in the face of the curbs proposed last year, grew 7 percent.', 7],
    ['Steel exports to Europe gained 1.5 percent, undeterred by the levies threatened last year.', 1.5],
    ['Chip imports fell 4 percent under the controls struck in 2025 with Washington.', -4],
  ])('keeps October for "%s"', (text, yoy) => {
    expect(tuplesAfterLead(text as string)).toContainEqual(['2026-10', '2026-10', null, '', yoy]);
  });
  it('still dates a change by its own "last year" (near miss)', () => {
    expect(tuplesAfterLead('Exports to Canada, agreed by all to be robust, rose 3 percent last year.')).toContainEqual(['2025-01', '2025-12', null, '', 3]);
  });
  it('still dates a change by its own year after the measure (near miss)', () => {
    expect(tuplesAfterLead('Despite the tariff agreed in March, exports to Chile rose 5 percent in 2025.')).toContainEqual(['2025-01', '2025-12', null, '', 5]);
  });
});
