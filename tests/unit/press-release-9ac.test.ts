/**
 * Rules of blind batch 29 (commodity and market wire stories, fourth round), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.unit, r.yoy_pct, r.area, r.flow, r.period_start, r.period_end]);

describe('a glued single-letter scale before a unit of goods', () => {
  it('scales tonnes as it scales a currency ("1.25m tonnes")', () => {
    const rows = rowsOf('China exported 1.25m tonnes of ammonium nitrate in May, customs figures showed.', '2026-06-20');
    expect(brief(rows)).toEqual([[1250000, 'tonnes', null, 'China', 'export', '2026-05', '2026-05']]);
  });

  it('scales thousands of tons ("640k tons")', () => {
    const rows = rowsOf("China's imports of sulphur were 640k tons in May, customs figures showed.", '2026-06-20');
    expect(rows.map((r) => r.value)).toEqual([640000]);
  });
});

describe('a lead on China with unnamed customs data, and another country\'s agency quoted later', () => {
  const story = [
    "China buys more Argentine barley",
    "BEIJING, May 20 (Reuters) - China imported 410,000 metric tons of barley from Argentina in April, up 35% from a year earlier, customs data showed on Wednesday.",
    "Imports from France were 96,000 tons.",
    "Buyers also booked cargoes for June.",
    "In the first four months, China took in 1.3 million tons of Argentine barley.",
    "Data from Argentina's statistics institute INDEC showed the country exported 880,000 tons of barley in April, worth $190 million. Argentine barley exports to Saudi Arabia were 210,000 tons.",
  ].join('\n\n');

  it('keeps China as the release country (INDEC named only after the lead)', () => {
    const rows = rowsOf(story, '2026-05-20');
    expect(rows.filter((r) => r.value === 96000).map((r) => [r.area, r.partner, r.flow])).toEqual([['China', 'France', 'import']]);
  });
});

describe('a country naming the goods after an amount', () => {
  it('is the origin of the goods, a partner of the release country', () => {
    const rows = rowsOf("BEIJING, May 20 (Reuters) - China's sorghum imports reached 1.1 million tons in April, customs data showed. In the first four months China took in 3.2 million tons of Australian sorghum and 2.4 million tons of U.S. sorghum.", '2026-05-20');
    expect(rows.filter((r) => r.value === 2400000).map((r) => [r.area, r.partner, r.flow])).toEqual([['China', 'United States', 'import']]);
  });
});

describe('a running total the clause goes on to ("bringing the year\'s total so far to ...")', () => {
  const text = "China exported 41,000 tons of zinc alloy in October, customs data showed. Exports of aluminium foil climbed 6.1% to 138,000 tons, bringing the year's total so far to 1.21 million tons.";

  it('is the year to date, not a running total since a launch', () => {
    const rows = rowsOf(text, '2026-11-20');
    expect(brief(rows.filter((r) => r.value === 1210000))).toEqual([[1210000, 'tonnes', null, 'China', 'export', '2026-01', '2026-10']]);
  });

  it('leaves the figure before it in the period in force', () => {
    const rows = rowsOf(text, '2026-11-20');
    expect(brief(rows.filter((r) => r.value === 138000))).toEqual([[138000, 'tonnes', 6.1, 'China', 'export', '2026-10', '2026-10']]);
  });

  it('does the same for a span written out ("taking the January-October tally to")', () => {
    const rows = rowsOf('China exported 41,000 tons of zinc alloy in October, customs data showed. Exports of aluminium foil climbed 6.1% to 138,000 tons, taking the January-October tally to 1.21 million tons.', '2026-11-20');
    expect(rows.filter((r) => r.value === 138000).map((r) => r.period_start)).toEqual(['2026-10']);
  });
});

describe('a year-before base after a verb of the goods moved', () => {
  it('is a row of the year before, and the change is the level\'s ("23% more than the X shipped a year earlier")', () => {
    const rows = rowsOf("China's imports of Omani crude rose to 4.02 million tons in October, customs data showed. That was 17% more than the 3.44 million tons shipped a year earlier.", '2026-11-20');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.period_start])).toEqual([[4020000, 17, '2026-10'], [3440000, null, '2025-10']]);
  });
});

describe("a month's amount measured against by a multiple", () => {
  it('is a row of that month that does not date the next sentence', () => {
    const rows = rowsOf('China exported 1.1 million tonnes of urea in October, twice the September volume of 550,000 tonnes, customs data showed. India took 400,000 tonnes.', '2026-11-20');
    expect(rows.map((r) => [r.value, r.period_start])).toEqual([[1100000, '2026-10'], [550000, '2026-09'], [400000, '2026-10']]);
  });

  it('keeps a year-before base after "just" ("compared with just 90,000 tonnes in the same period of 2025")', () => {
    const rows = rowsOf('China exported 2.2 million tonnes of urea in January-October, compared with just 90,000 tonnes in the same period of 2025, customs data showed.', '2026-11-20');
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([[2200000, '2026-01', '2026-10'], [90000, '2025-01', '2025-10']]);
  });
});

describe('a running total named by its count of months', () => {
  it('reads "the ten-month total" as January-October, and the growth before it as the month\'s', () => {
    const rows = rowsOf('Ammonium sulphate exports were 1.6 million tonnes in October, 12% lower year on year, taking the ten-month total to 14.9 million tonnes.', '2026-11-20');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.period_start, r.period_end])).toEqual([[1600000, -12, '2026-10', '2026-10'], [14900000, null, '2026-01', '2026-10']]);
  });
});

describe('a volume of one day', () => {
  it('is no row ("daily flows through the pipeline reached 98 million cu m")', () => {
    const rows = rowsOf("China's pipeline gas imports rose 9% to 5.8 million tonnes in October, customs data showed. Daily flows through the pipeline reached 98 million cu m on Nov 12.", '2026-11-20');
    expect(rows.map((r) => r.value)).toEqual([5800000]);
  });
});

describe("a sentence citing another country's own statistics", () => {
  const lead = "BEIJING, Nov 20 (Reuters) - China's barley imports rose 18% to 1.2 million tons in October, customs data showed on Friday.";

  it('is that country\'s, when it names the agency ("Australian Bureau of Statistics data showed Australia exported ...")', () => {
    const rows = rowsOf(`${lead}\n\nAustralian Bureau of Statistics data showed Australia exported 1.5 million tons of wheat in September, of which 90,000 tons went to China.`, '2026-11-20');
    expect(rows.filter((r) => r.value === 1500000 || r.value === 90000).map((r) => [r.value, r.area, r.partner, r.flow])).toEqual([[1500000, 'Australia', 'World', 'export'], [90000, 'Australia', 'China', 'export']]);
  });

  it('is that country\'s, when it opens "In Australia, official statistics showed ..."', () => {
    const rows = rowsOf(`${lead}\n\nIn Australia, official statistics showed barley export earnings of A$310 million in September.`, '2026-11-20');
    expect(rows.filter((r) => r.value === 310000000).map((r) => [r.area, r.flow])).toEqual([['Australia', 'export']]);
  });

  it('does not make the story compare with the month before when the agency comes after the lead', () => {
    const rows = rowsOf(`${lead}\n\nSorghum imports climbed to 900,000 tons.\n\nBuyers booked more for December.\n\nFor January-October, wheat imports fell 64% to 3.1 million tons.\n\nAustralian Bureau of Statistics data showed Australia exported 1.5 million tons of wheat in September.`, '2026-11-20');
    expect(rows.filter((r) => r.value === 3100000).map((r) => r.yoy_pct)).toEqual([-64]);
  });
});

describe("a country's adjective after \"imports of\"", () => {
  it("is the goods' origin, a partner, in that country's own release", () => {
    const rows = rowsOf("JAKARTA, Nov 16 (Reuters) - Indonesia's nickel exports rose 8% to 1.1 million tons in October, Statistics Indonesia data showed.\n\nChinese customs data showed China's imports of Indonesian ferronickel rose 12% to 820,000 tons in September.", '2026-11-16');
    expect(rows.filter((r) => r.value === 820000).map((r) => [r.area, r.partner, r.flow])).toEqual([['China', 'Indonesia', 'import']]);
  });
});

describe('a rate of duty after a change', () => {
  it('is no growth ("down 40% ... as a 25% tariff kept buyers away")', () => {
    const rows = rowsOf('China bought 52,000 tonnes of pea protein in October, down 40% from a year earlier, as a 25% tariff on Canadian supplies kept buyers away, customs figures show.', '2026-11-20');
    expect(rows.map((r) => [r.value, r.yoy_pct])).toEqual([[52000, -40]]);
  });
});

describe('a figureless lead whose subject is a country\'s own trade', () => {
  it('keeps that country as the area over a province named after "in"', () => {
    const rows = rowsOf("China's imports of antimony ore fell to a two-year low in October as output in Myanmar's Shan State slumped, hurting smelters in Hunan.\n\nArrivals totaled 3,100 tons last month, customs data showed on Friday.", '2026-11-20');
    expect(rows.map((r) => [r.value, r.area, r.flow])).toEqual([[3100, 'China', 'import']]);
  });
});

// Second round: a supplier's possessive in mirror phrasing in a story on China's imports.
const placed = (rows: ObservationDraft[]) => rows.map((r) => `${r.period_start}..${r.period_end} ${r.value} ${r.unit} ${r.area}/${r.partner}/${r.flow}`);

describe("a supplier's possessive in mirror phrasing", () => {
  it('reads "Canada\'s coal sales to China" as China\'s imports from Canada, and does not carry Canada on', () => {
    const rows = releaseRows(
      "China's coal imports from Canada slip\n\nBEIJING, Nov 20 - Canada's metallurgical coal sales to China dropped 8% in October from a year earlier to 2.4 million tonnes, Chinese customs figures showed.\n\nTotal coal imports came to 41.2 million tonnes.",
      '2026-11-20',
    );
    expect(placed(rows)).toEqual(['2026-10..2026-10 2400000 tonnes China/Canada/import', '2026-10..2026-10 41200000 tonnes China/World/import']);
  });

  it('reads "Norway\'s pipeline gas deliveries" in a story on China\'s imports as a supplier, not the area', () => {
    const rows = releaseRows(
      "China's gas imports edge up\n\nBEIJING, Nov 20 - China imported 9.1 million tonnes of gas in October, customs figures showed. Norway's pipeline gas deliveries climbed 12% to 650,000 tonnes.\n\nTotal gas imports for the ten months were 80.3 million tonnes.",
      '2026-11-20',
    );
    expect(placed(rows)).toEqual([
      '2026-10..2026-10 9100000 tonnes China/World/import',
      '2026-10..2026-10 650000 tonnes China/Norway/import',
      '2026-01..2026-10 80300000 tonnes China/World/import',
    ]);
  });
});

describe('a foreign region after "in" and a compass word', () => {
  it('reads "to crushers in Northern Europe" in an aside as scenery, not the area', () => {
    const rows = releaseRows(
      "China's rapeseed meal trade shifts\n\nBEIJING, Nov 20 - China's rapeseed meal exports, largely to crushers in Northern Europe, climbed to 44,800 tonnes in October, customs data showed.",
      '2026-11-20',
    );
    expect(placed(rows)).toEqual(['2026-10..2026-10 44800 tonnes China/World/export']);
  });
});
