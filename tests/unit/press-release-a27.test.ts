/**
 * Issue 9, fixing round for blind batch b127 (session 24): press conferences, Q&A transcripts, analysts' commentaries
 * and long monthly releases. Each test names the phrase family it covers; the texts are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

const rowsOf = (text: string, published = '2026-07-01') => {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
};
const tuplesOf = (text: string, published?: string) =>
  rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);

describe('a growth that leads into a record of a calendar span pairs with that level', () => {
  // "to a February record of $12.1 billion": the record named by its month, quarter or year is still the level.
  const lead = "South Korea's exports in 2026 grew 3 percent. ";
  const cases: [string, unknown[]][] = [
    ['Semiconductor exports jumped 28.5% on-year to a February record of $12.1 billion.', ['2026-02', '2026-02', 12_100_000_000, 'USD', 28.5]],
    ['Memory chip exports rose 31 percent from a year earlier to a March high of $9.4 billion.', ['2026-03', '2026-03', 9_400_000_000, 'USD', 31]],
    ['Shipments of cars climbed 12% year on year to a first-quarter record of 17.2 billion dollars.', ['2026-01', '2026-03', 17_200_000_000, 'USD', 12]],
    ['Steel exports fell 9.5% on the year to a June 2026 low of 6.1 million tonnes.', ['2026-06', '2026-06', 6_100_000, 'tonnes', -9.5]],
  ];
  for (const [sentence, row] of cases) {
    it(`reads one row from "${sentence.slice(0, 40)}..."`, () => {
      expect(tuplesOf(lead + sentence).slice(1)).toEqual([row]);
    });
  }
});

describe('a change measured from a peak or a trough is no year-on-year change', () => {
  // "down roughly 40 percent from their peak": the base is the top (or bottom) of a run, whenever it was.
  const lead = "China's exports in the first three quarters rose 7.1 percent. ";
  const sentences = [
    'A: Container spot rates from Shanghai are down roughly 40 percent from their peak, which has eased costs for exporters.',
    'Exports of solar panels are down 20 percent from their 2023 peak.',
    'Steel exports now sit 35% below the 2022 high.',
    "Shipments of coal are 18 percent off last year's record high.",
    'Car exports have rebounded 60% from the pandemic-era lows.',
  ];
  for (const sentence of sentences) {
    it(`reads no row from "${sentence.slice(0, 40)}..."`, () => {
      expect(tuplesOf(lead + sentence, '2025-10-15')).toEqual([['2025-01', '2025-09', null, '', 7.1]]);
    });
  }
  it('keeps a change told "from a low base", which is still against a year earlier', () => {
    expect(tuplesOf(`${lead}Car exports rose 60% from a low base.`, '2025-10-15').at(-1)).toEqual(['2025-01', '2025-09', null, '', 60]);
  });
});

describe('a trend told after a figure ("a share that has risen every year since 2022") does not undate it', () => {
  // The year after "since" is how far back the trend reaches, as with a streak; the figure keeps the release's period.
  const lead = 'HANOI, April 6 -- The country\'s goods trade reached 230.6 billion U.S. dollars in the first quarter, up 14.2 percent from a year earlier. ';
  const cases: [string, number][] = [
    ["The foreign-invested sector shipped 93.4 billion dollars' worth of goods, or 78.6 percent of export turnover, a proportion that has crept up every year since 2022.", 78.6],
    ['Electronics made up 41.2 percent of exports, a share that has risen steadily since 2020.', 41.2],
    ['Exports to the United States came to 36.2 billion dollars, which has grown year after year since 2019.', 36_200_000_000],
    ['Rice exports were 2.3 million tonnes, a figure that has fallen each year since 2021.', 2_300_000],
  ];
  for (const [sentence, value] of cases) {
    it(`dates ${value} by the first quarter in "${sentence.slice(0, 40)}..."`, () => {
      const row = rowsOf(lead + sentence, '2026-04-06').find((r) => r.value === value);
      expect([row?.period_start, row?.period_end]).toEqual(['2026-01', '2026-03']);
    });
  }
  it('still leaves a total counted since a year undated', () => {
    const row = rowsOf(`${lead}Trade with Laos has reached 9.1 billion dollars since 2020.`, '2026-04-06').find((r) => r.value === 9_100_000_000);
    expect(row?.period_start ?? '').toBe('');
  });
});

describe('a month set apart by "itself" or "on its own" is an aside, as "alone" is', () => {
  // A briefing on January-October that pauses on October: the answers after it go back to the ten months.
  const lead = "Guangxi's foreign trade came to 617.9 billion yuan from January to October, up 8.6 percent year on year. ";
  const answer = "\n\nCustoms official: Border residents' trade reached 41.5 billion yuan, up 14.8 percent.";
  const asides = [
    "October itself was a strong month: the region's trade rose 12.9 percent to 68.2 billion yuan.",
    "In October by itself, the region's trade rose 12.9 percent to 68.2 billion yuan.",
    "The region's trade in October on its own rose 12.9 percent to 68.2 billion yuan.",
    'September itself saw trade rise 12.9 percent to 68.2 billion yuan.',
  ];
  for (const aside of asides) {
    it(`dates the answer after "${aside.slice(0, 30)}..." by the ten months`, () => {
      const row = rowsOf(lead + aside + answer, '2026-11-18').find((r) => r.value === 41_500_000_000);
      expect([row?.period_start, row?.period_end]).toEqual(['2026-01', '2026-10']);
    });
  }
});

describe('numbers that are no trade figures', () => {
  const lead = "China's crude oil imports in October rose 8.2 percent year on year to 48.4 million tons, customs data showed. ";
  const only = (sentence: string, published = '2025-11-10') => tuplesOf(lead + sentence, published).slice(1);
  it('sets aside what a thing is designed or built to carry or handle (a capacity)', () => {
    for (const sentence of [
      'The canal is due to open to navigation next year and is designed to carry about 89 million tonnes of cargo a year.',
      'The new berth, built to handle some 2 million TEUs, opens in March.',
      'The pipeline was engineered to carry up to 30 million tonnes of crude.',
      'A second rail line planned to handle 15 million tonnes a year is under study.',
    ]) expect(only(sentence)).toEqual([]);
  });
  it("sets aside a share of one country's production or crop", () => {
    for (const sentence of [
      'The auto industry association said electric cars made up 38% of German car production in October.',
      'Imports met 12 percent of domestic steel output.',
      "Farmers sold about 30 percent of the country's soybean crop abroad.",
      "Crude from Russia covered a fifth of demand and 18 percent of the nation's refinery output.",
    ]) expect(only(sentence)).toEqual([]);
  });
  it('sets aside the number of places in a ranking', () => {
    for (const sentence of [
      "Ningbo handled 3.1 million TEUs, keeping it among the world's four busiest container ports.",
      "Russia stayed among the country's three largest suppliers.",
      'Its five biggest trading partners took most of the goods.',
    ]) expect(only(sentence).filter((r) => (r[2] as number) < 10)).toEqual([]);
  });
  it('sets aside a forecast of a flow set to an amount', () => {
    for (const sentence of [
      '"Quotas are running low," analysts at a bank wrote in a note, forecasting arrivals of around 44 million tons.',
      'The bank predicts imports of 560 million tonnes for the year.',
      'Traders see imports of about 11 million tonnes in November.',
      'One consultancy is projecting shipments at 9 million tonnes next month.',
    ]) expect(only(sentence)).toEqual([]);
  });
  it("sets aside the amount of production or processing at home", () => {
    for (const sentence of [
      'Separate statistics bureau data showed refinery throughput of 62 million tons in September, up 3% from August.',
      'Refinery runs rose to 63 million tonnes in October.',
      'Crude processing came to 61.2 million tonnes, the bureau said.',
      'Power output reached 790 billion kilowatt-hours.',
    ]) expect(only(sentence)).toEqual([]);
  });
  it('keeps exports of the same goods beside them', () => {
    expect(only('Steel exports reached 9 million tonnes, while steel output was 80 million tonnes.')).toEqual([['2025-10', '2025-10', 9_000_000, 'tonnes', null]]);
  });
});

describe('"equal to N percent of the country\'s trade" is a share, the place named by its kind', () => {
  const lead = "China's foreign trade in the first 11 months rose 3.6 percent year on year to 41.2 trillion yuan. ASEAN stayed China's largest trading partner. ";
  const cases: [string, number][] = [
    ["Trade with the bloc totalled 6.77 trillion yuan over the 11 months, up 8.5 percent and equal to 16.4 percent of the country's foreign trade.", 16.4],
    ["Exports to the EU reached 3.1 trillion yuan, up 2 percent and equivalent to 13 percent of the nation's exports.", 13],
    ['Imports from Australia were 0.9 trillion yuan, down 4 percent and equal to 5.2 percent of the country’s imports.', 5.2],
    ["Trade with Russia came to 2.1 trillion yuan, up 1 percent, corresponding to 5.1 percent of the country's total trade.", 5.1],
  ];
  for (const [sentence, share] of cases) {
    it(`reads ${share} as a share in "${sentence.slice(0, 40)}..."`, () => {
      const row = rowsOf(lead + sentence, '2025-12-08').find((r) => r.unit === 'percent-share');
      expect([row?.value, row?.yoy_pct]).toEqual([share, null]);
    });
  }
});

describe('"the number of X ... had passed N": a count read past "passed" or "crossed", as past "exceeded"', () => {
  // The count noun comes first, the bare number last; "passed" and "crossed" are verbs of the level (more than N).
  const lead = "Henan's foreign trade in the first half rose 5 percent year on year to 410 billion yuan. Henan's China-Europe freight trains made 1,612 trips in the half-year, an increase of 18.2 percent. ";
  const sentences = [
    'By the end of June, the number of trains the province had run since it launched the service in July 2013 had passed 16,000.',
    'By the end of June, the number of China-Europe trains run since the first one in July 2013 had crossed 16,000.',
    'By the end of June, the number of freight trains sent from the province since the service began in July 2013 had passed 16,000.',
  ];
  for (const sentence of sentences) {
    it(`reads 16,000 trains since July 2013 from "${sentence.slice(19, 60)}..."`, () => {
      const row = rowsOf(lead + sentence, '2026-07-20').find((r) => r.value === 16_000);
      expect([row?.period_start, row?.period_end, row?.unit]).toEqual(['2013-07', '2026-06', 'trains']);
    });
  }
});
