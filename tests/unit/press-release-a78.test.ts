/**
 * Rules added in the fixing round for the held-back batches b184 and b188 (and b187's leftovers), thirty-first session
 * (issue 9). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a78', source_url: 'https://example.org/r/a78', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('people counted with a verb of level take no currency the sentence names elsewhere', () => {
  it('drops travelers who "topped" a count after a price in yuan (wire)', () => {
    const rows = rowsOf('HOHHOT, May 12 -- Thermal coal traded at about 780 yuan per tonne at the yards in April, and inbound and outbound travelers topped 1.5 million.');
    expect(row(rows, 1.5e6)).toBeUndefined();
  });
  it('drops passengers who "reached" a count after "while" (local outlet)', () => {
    const rows = rowsOf('HOHHOT, May 12 -- Coal sold at 800 yuan a tonne in April, while passengers crossing the border reached 2.1 million.');
    expect(row(rows, 2.1e6)).toBeUndefined();
  });
  it('drops visitors who "numbered" a count beside a trade sum (agency)', () => {
    const rows = rowsOf('HOHHOT, May 12 -- Border trade came to 860 million yuan in April, while visitors at the crossing numbered 1.2 million.');
    expect(row(rows, 1.2e6)).toBeUndefined();
    expect(row(rows, 860e6)).toBeDefined();
  });
  it('drops passengers who "exceeded" a count after a price per kilogram', () => {
    const rows = rowsOf('HOHHOT, May 12 -- Fruit sold for 12 yuan a kilogram at the market in April, and passengers through the checkpoint exceeded 3.1 million.');
    expect(row(rows, 3.1e6)).toBeUndefined();
  });
  it('keeps money spent by travelers (guard)', () => {
    const rows = rowsOf('SANYA, May 12 -- Purchases by travelers at offshore duty-free shops reached 3.2 billion yuan in April.');
    expect(row(rows, 3.2e9)).toBeDefined();
  });
  it('keeps a sum in yuan after tourists named as spenders (guard)', () => {
    const rows = rowsOf('SANYA, May 12 -- Spending by tourists on imported goods came to 1.1 billion yuan in April.');
    expect(row(rows, 1.1e9)).toBeDefined();
  });
});

describe('a flow "seen", "pegged" or "tipped" at an amount is a forecast', () => {
  it('drops arrivals "seen at around" an amount (commodity wire)', () => {
    const rows = rowsOf('DALIAN, Dec 20 -- Crushers cut runs in the south, traders said. Total arrivals in December are seen at around 10 million tonnes.', '2025-12-20');
    expect(row(rows, 10e6)).toBeUndefined();
  });
  it('drops arrivals "pegged at" an amount by a consultancy', () => {
    const rows = rowsOf('BEIJING, May 12 -- Copper concentrate arrivals for May are pegged at 2.3 million tonnes by consultancy Mysteel.');
    expect(row(rows, 2.3e6)).toBeUndefined();
  });
  it('drops shipments "now seen rising to" an amount', () => {
    const rows = rowsOf('BEIJING, May 12 -- Iron ore shipments this month are now seen rising to 105 million tonnes, brokers said.');
    expect(row(rows, 105e6)).toBeUndefined();
  });
  it('drops cargoes "tipped to reach" an amount', () => {
    const rows = rowsOf('BEIJING, May 12 -- Soybean cargoes in May are tipped to reach 12 million tonnes.');
    expect(row(rows, 12e6)).toBeUndefined();
  });
  it('keeps a result after "is seen at" a place (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- Growth is seen at the border crossings, where imports reached 4 million tonnes in April.');
    expect(row(rows, 4e6)).toBeDefined();
  });
  it('keeps a result followed by "as seen at" (guard)', () => {
    const rows = rowsOf('BEIJING, May 12 -- Imports in April were 9.5 million tonnes, as seen at the ports.');
    expect(row(rows, 9.5e6)).toBeDefined();
  });
});

describe('an "import surplus" is a deficit of the reporter', () => {
  it('signs "the import surplus ... widened to" negative (statistics office)', () => {
    const rows = rowsOf('WIESBADEN, 20 February 2026 - Imports from China amounted to EUR 153.8 billion in 2025. As a result, the import surplus in trade with China widened to 66.3 billion euros.', '2026-02-20');
    expect(row(rows, -66.3e9)).toMatchObject({ flow: 'balance' });
  });
  it('signs "had an import surplus of" negative', () => {
    const rows = rowsOf('WIESBADEN, 20 February 2026 - In 2025, Germany had an import surplus of 12.1 billion euros with Japan.', '2026-02-20');
    expect(row(rows, -12.1e9)).toMatchObject({ flow: 'balance', partner: 'Japan' });
  });
  it('signs "posted an import surplus of EUR" negative (translated agency English)', () => {
    const rows = rowsOf('VIENNA, 20 February 2026 - Austria posted an import surplus of EUR 3.2 billion in 2025.', '2026-02-20');
    expect(row(rows, -3.2e9)).toMatchObject({ flow: 'balance' });
  });
  it('keeps an "export surplus" positive (guard)', () => {
    const rows = rowsOf('WIESBADEN, 20 February 2026 - In 2025, Germany recorded an export surplus of 12.1 billion euros with France.', '2026-02-20');
    expect(row(rows, 12.1e9)).toMatchObject({ flow: 'balance' });
  });
});

describe('a bracket opened by a year and a colon holds that year\'s level', () => {
  it('dates "(2024: €60.4 billion)" to 2024', () => {
    const rows = rowsOf('WIESBADEN, 20 February 2026 - Exports to Poland rose to 66.3 billion euros in 2025 (2024: €60.4 billion).', '2026-02-20');
    expect(row(rows, 60.4e9)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('dates "(previous year: EUR ...)" to the year before', () => {
    const rows = rowsOf('VIENNA, 20 February 2026 - Exports to Italy came to EUR 8.1 billion in 2025 (previous year: EUR 7.6 billion).', '2026-02-20');
    expect(row(rows, 7.6e9)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('keeps the same months of the named year for a half-year figure', () => {
    const rows = rowsOf('BERN, 20 February 2026 - In the first half of 2025, watch exports reached CHF 13.2 billion (2024: CHF 12.9 billion).', '2026-02-20');
    expect(row(rows, 12.9e9)).toMatchObject({ period_start: '2024-01', period_end: '2024-06' });
  });
  it('reads "(prior year: N tonnes)" after a quantity', () => {
    const rows = rowsOf('OSLO, 20 February 2026 - Salmon exports in 2025 totalled 1.3 million tonnes (prior year: 1.2 million tonnes), the council said.', '2026-02-20');
    expect(row(rows, 1.2e6)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
  });
  it('leaves a bracket of a part ("of which") in the figure\'s own year (guard)', () => {
    const rows = rowsOf('BERN, 20 February 2026 - Watch exports reached CHF 13.2 billion in 2025 (of which CHF 2.1 billion to China).', '2026-02-20');
    expect(row(rows, 2.1e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
});

describe('imports that "cost the country" an amount in a second predicate', () => {
  it('reads "came to ... and cost the country" a sum as the imports\' value (wire)', () => {
    const rows = rowsOf('BEIJING, Nov 20 -- Crude imports in October came to 48.4 million tons and cost the country 192.6 billion yuan.', '2025-11-20');
    expect(row(rows, 192.6e9)).toMatchObject({ flow: 'import', period_start: '2025-10' });
  });
  it('reads "totalled ... and cost the nation" the same way', () => {
    const rows = rowsOf('TOKYO, Nov 20 -- LNG arrivals in October totalled 5.1 million tonnes and cost the nation 480 billion yen.', '2025-11-20');
    expect(row(rows, 480e9)).toMatchObject({ flow: 'import', unit: 'JPY' });
  });
  it('reads "imported ..., and cost the economy" with a comma', () => {
    const rows = rowsOf('SEOUL, Nov 20 -- The country imported 9.2 million tonnes of coal in October, and cost the economy $1.1 billion.', '2025-11-20');
    expect(row(rows, 1.1e9)).toMatchObject({ flow: 'import' });
  });
  it('leaves what a building cost the city (guard)', () => {
    const rows = rowsOf('BEIJING, Nov 20 -- The new terminal, which handles imports, was built and cost the city 3 billion yuan.', '2025-11-20');
    expect(row(rows, 3e9)).toBeUndefined();
  });
});

describe('"the last twelve months up to" a month is the running year to that month', () => {
  it('dates "In the last twelve months up to February" (agency English)', () => {
    const rows = rowsOf('SANTIAGO, March 7 -- In the last twelve months up to February, the commercial balance of goods accumulated a surplus of US$15,120 million.', '2024-03-07');
    expect(row(rows, 15.12e9)).toMatchObject({ period_start: '2023-03', period_end: '2024-02', flow: 'balance' });
  });
  it('dates "the past 12 months until March"', () => {
    const rows = rowsOf('LIMA, May 12 -- Exports in the past 12 months until March totalled US$68.2 billion.');
    expect(row(rows, 68.2e9)).toMatchObject({ period_start: '2025-04', period_end: '2026-03' });
  });
  it('dates "the twelve months up to April" without "last"', () => {
    const rows = rowsOf('SANTIAGO, May 12 -- In the twelve months up to April, copper exports added up to US$51.3 billion.');
    expect(row(rows, 51.3e9)).toMatchObject({ period_start: '2025-05', period_end: '2026-04' });
  });
  it('keeps "Up to April" alone the year to date (guard)', () => {
    const rows = rowsOf('SANTIAGO, May 12 -- Up to April, the country exported copper worth US$18.1 billion in the last months.');
    expect(row(rows, 18.1e9)).toMatchObject({ period_start: '2026-01', period_end: '2026-04' });
  });
});

describe('goods that "entered" a place "from abroad" are imports', () => {
  it('reads "had entered the island from abroad" as imports', () => {
    const rows = rowsOf('HAIKOU, May 12 -- Goods worth 24.1 billion yuan had entered the island from abroad as of the end of April.');
    expect(row(rows, 24.1e9)).toMatchObject({ flow: 'import' });
  });
  it('reads "entered the province from overseas" as imports', () => {
    const rows = rowsOf('HAIKOU, May 12 -- In the first four months, 3.2 billion yuan of goods entered the province from overseas.');
    expect(row(rows, 3.2e9)).toMatchObject({ flow: 'import' });
  });
  it('reads "Goods entering from abroad" as imports', () => {
    const rows = rowsOf('HAIKOU, May 12 -- Goods entering from abroad through the zone were valued at 8.8 billion yuan in the first four months.');
    expect(row(rows, 8.8e9)).toMatchObject({ flow: 'import' });
  });
  it('does not read goods that entered from the mainland as imports (guard)', () => {
    const rows = rowsOf('HAIKOU, May 12 -- In the first four months, goods worth 5.1 billion yuan entered the island from the mainland.');
    expect(row(rows, 5.1e9)?.flow).not.toBe('import');
  });
});

describe('a foreign buyer with its own figures cited reports its own imports', () => {
  it('makes Japan the area of "Japan took in N tonnes, according to its finance ministry"', () => {
    const rows = rowsOf('BEIJING, Jan 14 -- China imported 78.93 million tonnes of LNG last year. Japan took in 74.32 million tonnes, according to its finance ministry.', '2026-01-14');
    expect(row(rows, 74.32e6)).toMatchObject({ area: 'Japan', flow: 'import' });
  });
  it('makes South Korea the area of "imported N tonnes, its customs service said"', () => {
    const rows = rowsOf('BEIJING, Jan 14 -- China imported 78.93 million tonnes of LNG last year. South Korea imported 46.1 million tonnes, its customs service said.', '2026-01-14');
    expect(row(rows, 46.1e6)).toMatchObject({ area: 'South Korea', flow: 'import' });
  });
  it('reads "according to the country\'s commerce ministry" the same way', () => {
    const rows = rowsOf("BEIJING, Jan 14 -- China bought 12.4 million tonnes of barley last year. India bought 2.3 million tonnes in 2025, according to the country's commerce ministry.", '2026-01-14');
    expect(row(rows, 2.3e6)).toMatchObject({ area: 'India', flow: 'import' });
  });
  it("keeps buyers of the reporter's goods partners when the reporter's data are cited (guard)", () => {
    const rows = rowsOf("BEIJING, Jan 14 -- China exported 2,900 tons of gallium last year. South Korea bought 604 tons and India 388 tons, according to China's customs data.", '2026-01-14');
    expect(row(rows, 604)).toMatchObject({ area: 'China', partner: 'South Korea' });
  });
});

describe('imports that "cost a combined" or "a total of" an amount, their period between', () => {
  it('reads "The year\'s imports cost a combined" a sum as their value', () => {
    const rows = rowsOf("BEIJING, Jan 20 -- China imported 542 million tonnes of coal in 2025. The year's imports cost a combined 399.9 billion yuan, 6.1% less than in 2024.", '2026-01-20');
    expect(row(rows, 399.9e9)).toMatchObject({ flow: 'import', yoy_pct: -6.1 });
  });
  it('reads "cost a total of" the same way', () => {
    const rows = rowsOf('BEIJING, Jan 20 -- Coal imports cost a total of 61.3 billion yuan in the fourth quarter.', '2026-01-20');
    expect(row(rows, 61.3e9)).toMatchObject({ flow: 'import' });
  });
  it('reads "LNG imports in 2025 cost a combined" with the year between', () => {
    const rows = rowsOf('TOKYO, Jan 20 -- LNG imports in 2025 cost a combined 6.2 trillion yen, down 9.4 percent.', '2026-01-20');
    expect(row(rows, 6.2e12)).toMatchObject({ flow: 'import', unit: 'JPY' });
  });
  it('reads "arrivals in December cost a combined"', () => {
    const rows = rowsOf('BEIJING, Jan 20 -- Iron ore arrivals in December cost a combined 78 billion yuan.', '2026-01-20');
    expect(row(rows, 78e9)).toMatchObject({ flow: 'import', period_start: '2025-12' });
  });
  it('leaves what a port cost to build (guard)', () => {
    const rows = rowsOf('BEIJING, Jan 20 -- The new port cost a combined 5 billion yuan and handles imports.', '2026-01-20');
    expect(row(rows, 5e9)).toBeUndefined();
  });
});
