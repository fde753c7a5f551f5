/**
 * Rules widened in the fixing round for b266 (East Asia's agencies): each frame in several sentences of our own, and near
 * misses that must keep their old reading. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const areas = (text: string, published: string) => [...new Set(releaseRows(text, published).map((r) => r.area))];

describe('a country named for its trade policy or its tariffs is no reporter of the figures', () => {
  it('reads a page in HK$ that ends on "US trade policy" as Hong Kong\'s', () => {
    expect(areas('Total exports of goods grew 6.1% to HK$398.2 billion in November, and imports of goods rose 5.0% to HK$421.7 billion. Traders said the coming months depend on US trade policy.', '2026-12-22')).toEqual(['Hong Kong']);
  });
  it('reads NT$ figures beside "American tariff policies" as Taiwan\'s', () => {
    expect(areas('Exports climbed 12.4 percent to NT$1.31 trillion in November. Officials warned that American tariff policies remain the largest risk for the first quarter.', '2026-12-08')).toEqual(['Taiwan']);
  });
  it('reads S$ figures whose shippers blame "shifting US trade policies" as Singapore\'s', () => {
    expect(areas('Domestic exports fell 3.2% to S$14.6 billion in October; shippers blamed shifting US trade policies.', '2026-11-17')).toEqual(['Singapore']);
  });
  it('reads HK$ figures with "Chinese export controls" named as a worry as Hong Kong\'s', () => {
    expect(areas('The value of re-exports rose 4.4% to HK$380.9 billion in October. Some traders pointed to Chinese export controls on rare earths as a drag.', '2026-11-26')).toEqual(['Hong Kong']);
  });
  it('reads NT$ amounts whose outlook "hinges on Japanese trade policy" as Taiwan\'s', () => {
    expect(areas('Imports reached NT$1.02 trillion in September, up 8.3 percent from a year earlier; the ministry said the outlook hinges on Japanese trade policy and chip demand.', '2026-10-09')).toEqual(['Taiwan']);
  });
  it('still reads a country named as the partner of the trade (near miss)', () => {
    const rows = releaseRows('Total exports of goods grew 6.1% to HK$398.2 billion in November. Exports to the United States rose 3.0% to HK$22.4 billion.', '2026-12-22');
    expect(rows.find((r) => r.value === 22.4e9)).toMatchObject({ partner: 'United States' });
  });
  it('still reads a country whose own trade the story reports beside its policy (near miss)', () => {
    const rows = releaseRows('US exports rose 2.1 percent to $182.3 billion in October, the Commerce Department said, despite shifts in US trade policy.', '2026-12-05');
    expect(rows.find((r) => r.value === 182.3e9)).toMatchObject({ area: 'United States' });
  });
});

describe('in a revision, the amount after "from" and a word of a first reading is the figure replaced', () => {
  it('drops "from a preliminary 379.4 billion yen" and keeps the revised deficit', () => {
    expect(tuples('Japan posted a trade surplus of 366.5 billion yen in March. The ministry also revised February\'s deficit to 383.0 billion yen from a preliminary 379.4 billion yen.', '2024-04-17')).toEqual([
      ['2024-03', '2024-03', 366.5e9, 'JPY', null],
      ['2024-02', '2024-02', -383.0e9, 'JPY', null],
    ]);
  });
  it('drops "from an initial" growth rate', () => {
    expect(tuples('Exports rose 9.1 percent to $58.2 billion in June. Statisticians cut May\'s export growth to 1.2 percent from an initial 1.9 percent.', '2026-07-01').map((t) => t[4])).toEqual([9.1, 1.2]);
  });
  it('drops "from the provisional estimate of" an amount', () => {
    const values = releaseRows('Imports came to $61.4 billion in August. July imports were revised up to $59.8 billion from the provisional estimate of $59.1 billion.', '2026-09-15').map((r) => r.value);
    expect(values).toEqual([61.4e9, 59.8e9]);
  });
  it('drops "from the ... estimated at the start of January" and keeps the confirmed total\'s year', () => {
    expect(tuples('Korea\'s exports rose 2.6 percent to $697.3 billion last year. Confirmed data revised the annual total up from the $696.9 billion estimated at the start of January. Imports were put at $628.1 billion.', '2026-01-15')).toEqual([
      ['2025-01', '2025-12', 697.3e9, 'USD', 2.6],
      ['2025-01', '2025-12', 628.1e9, 'USD', null],
    ]);
  });
  it('drops "from a flash" surplus', () => {
    const values = releaseRows('Taiwan\'s trade surplus reached US$9.3 billion in October. The ministry revised September\'s surplus to US$8.1 billion from a flash US$7.6 billion.', '2026-11-09').map((r) => r.value);
    expect(values).toEqual([9.3e9, 8.1e9]);
  });
  it('keeps "from an earlier peak of" a dated amount, a base and no first reading (near miss)', () => {
    expect(tuples('Exports rose to $58.2 billion in June from an earlier peak of $60.1 billion in March.', '2026-07-15')).toContainEqual(['2026-03', '2026-03', 60.1e9, 'USD', null]);
  });
  it('keeps "from a previous high of" a dated amount (near miss)', () => {
    expect(tuples('Exports were put at $58.2 billion in June, down from a previous high of $60.1 billion in March.', '2026-07-15')).toContainEqual(['2026-03', '2026-03', 60.1e9, 'USD', null]);
  });
});

describe('a growth rate a revision sets "to" a percentage is that growth', () => {
  const lead = "Taiwan's exports rose 5 percent in February, the Ministry of Finance said. ";
  const growthOfJanuary = (sentence: string) => tuples(lead + sentence, '2025-03-10').filter((t) => t[0] === '2025-01');
  it('reads "revised January\'s export growth to 4.4 percent from the 4.6 percent it reported"', () => {
    expect(growthOfJanuary("The ministry revised January's export growth to 4.4 percent from the 4.6 percent it reported a month ago.")).toEqual([['2025-01', '2025-01', null, '', 4.4]]);
  });
  it('reads the passive "Growth in January exports was revised up to"', () => {
    expect(growthOfJanuary('Growth in January exports was revised up to 4.4% from 4.6%.')).toEqual([['2025-01', '2025-01', null, '', 4.4]]);
  });
  it('reads "has been revised down to" with the period after the noun', () => {
    expect(growthOfJanuary('Export growth for January has been revised down to 4.4 per cent.')).toEqual([['2025-01', '2025-01', null, '', 4.4]]);
  });
  it('reads another verb of revising and the rise as the noun', () => {
    expect(growthOfJanuary('Officials also corrected the January rise in shipments to 4.4 percent.')).toEqual([['2025-01', '2025-01', null, '', 4.4]]);
  });
  it('reads "lowered the ... import growth to" a percentage', () => {
    expect(growthOfJanuary('Statisticians lowered the January import growth to 4.4%, from 4.6%.')).toEqual([['2025-01', '2025-01', null, '', 4.4]]);
  });
  it('does not read a forecast of growth raised to a percentage (near miss)', () => {
    expect(growthOfJanuary('The ministry raised its forecast for export growth to 4.4 percent this year.')).toEqual([]);
  });
  it('does not read a revision still to come (near miss)', () => {
    expect(growthOfJanuary('January export growth is expected to be revised to 4.4 percent.')).toEqual([]);
  });
});

describe('a "when" clause after "since YEAR" gives that year\'s level', () => {
  const lead = "Korea's exports to China rose 3 percent to $130 billion last year, customs data showed. ";
  const base = (sentence: string, value: number) => tuples(lead + sentence, '2026-01-15').find((t) => t[2] === value);
  it('reads "the first surplus since 2022, when it stood at"', () => {
    expect(base('It was the first surplus with China since 2022, when it stood at $1.2 billion.', 1.2e9)).toEqual(['2022-01', '2022-12', 1.2e9, 'USD', null]);
  });
  it('reads "the highest since 2021, when they totaled"', () => {
    expect(base('Imports from China were the highest since 2021, when they totaled $138.6 billion.', 138.6e9)).toEqual(['2021-01', '2021-12', 138.6e9, 'USD', null]);
  });
  it('reads "the largest since 2019, when the surplus was"', () => {
    expect(base('The surplus was the largest since 2019, when the surplus was $4.3 billion.', 4.3e9)).toEqual(['2019-01', '2019-12', 4.3e9, 'USD', null]);
  });
  it('reads a month and year after "since"', () => {
    expect(base('The deficit was the widest since March 2018, when it reached $5.7 billion.', -5.7e9)).toEqual(['2018-03', '2018-03', -5.7e9, 'USD', null]);
  });
  it('reads a negated comparison "not ... since 2020, when they amounted to"', () => {
    expect(base('Chip exports have not been this strong since 2020, when they amounted to $40.1 billion.', 40.1e9)).toEqual(['2020-01', '2020-12', 40.1e9, 'USD', null]);
  });
  it('does not date an amount after "since 2020" and "and" by that year (near miss)', () => {
    expect(base('Exports have risen since 2020, and the surplus stood at $1.2 billion.', 1.2e9)).toEqual(['2025-01', '2025-12', 1.2e9, 'USD', null]);
  });
  it('keeps the months the clause gives its own amount (near miss)', () => {
    expect(base('Exports have grown every year since 2021, when they stood at $61.5 billion in the first six months.', 61.5e9)).toEqual(['2021-01', '2021-06', 61.5e9, 'USD', null]);
  });
});

describe('a span in apposition to a fiscal year names that year again', () => {
  const span = (text: string, value: number) => tuples(text, '2024-04-17').find((t) => t[2] === value);
  it('reads "fiscal 2023, the year through March"', () => {
    expect(span("Japan's exports for fiscal 2023, the year through March, rose 2.1 percent to 101.02 trillion yen.", 101.02e12)).toEqual(['2023-04', '2024-03', 101.02e12, 'JPY', 2.1]);
  });
  // (An earlier fiscal year: "the year to March" alone would be the latest such year, not the one named.)
  it('reads an earlier "fiscal 2022, the year to March" opening the sentence', () => {
    expect(span("In fiscal 2022, the year to March, Japan's exports rose 5.5 percent to 99.2 trillion yen.", 99.2e12)).toEqual(['2022-04', '2023-03', 99.2e12, 'JPY', 5.5]);
  });
  it('reads "fiscal year 2022, the year ending March"', () => {
    expect(span("Over fiscal year 2022, the year ending March, Japan's imports reached 120.9 trillion yen.", 120.9e12)).toEqual(['2022-04', '2023-03', 120.9e12, 'JPY', null]);
  });
  it('reads a bracketed "(the twelve months to March)"', () => {
    expect(span("Japan's deficit in fiscal 2022 (the twelve months to March) was a record 21.7 trillion yen.", -21.7e12)).toEqual(['2022-04', '2023-03', -21.7e12, 'JPY', null]);
  });
  it('reads "FY2022, the 12 months through March"', () => {
    expect(span("Japan shipped goods worth 99.2 trillion yen abroad in FY2022, the 12 months through March, up 5.5 percent.", 99.2e12)).toEqual(['2022-04', '2023-03', 99.2e12, 'JPY', 5.5]);
  });
  it('still reads "the year through March" with no fiscal year before it as January to March (near miss)', () => {
    expect(span("For the year through March, Japan's exports rose 4.1 percent to 25.3 trillion yen.", 25.3e12)).toEqual(['2024-01', '2024-03', 25.3e12, 'JPY', 4.1]);
  });
  it('still reads a fiscal year and a later month in its own clause apart (near miss)', () => {
    expect(span("Japan's exports for fiscal 2023 rose 2.1 percent to 101.02 trillion yen, and in the year through March alone shipments of cars grew 3 percent to 17.3 trillion yen.", 101.02e12)).toEqual(['2023-04', '2024-03', 101.02e12, 'JPY', 2.1]);
  });
});

describe('a balance (or a flow) named with its period keeps its flow across an apposition of that period', () => {
  const flowOf = (text: string, value: number) => releaseRows(text, '2024-04-17').find((r) => Math.abs(r.value ?? 0) === value)?.flow;
  it('reads the deficit "for fiscal 2023, the year through March" as the balance over a later "import bill"', () => {
    expect(flowOf("Japan's trade deficit for fiscal 2023, the year through March, shrank 60.3 percent to 8.64 trillion yen as cheaper fuel cut the import bill.", 8.64e12)).toBe('balance');
  });
  it('reads a surplus "in fiscal 2023, the twelve months to March" as the balance', () => {
    expect(flowOf("Japan's trade surplus in fiscal 2023, the twelve months to March, widened 12 percent to 2.1 trillion yen as cheaper oil lowered the import bill.", 2.1e12)).toBe('balance');
  });
  it('reads a shortfall "over fiscal 2023, the year ending March" as the balance', () => {
    expect(flowOf("Japan's shortfall over fiscal 2023, the year ending March, narrowed 60 percent to 8.64 trillion yen as a softer yen cut import costs.", 8.64e12)).toBe('balance');
  });
  it('reads exports "for fiscal 2023, the year through March" as exports over a later "import bill"', () => {
    expect(flowOf("Japan's exports for fiscal 2023, the year through March, rose 2.1 percent to 101.02 trillion yen as cheaper fuel cut the import bill.", 101.02e12)).toBe('export');
  });
  it('reads a "trade gap in fiscal 2023, the year to March" as the balance', () => {
    expect(flowOf("Japan's trade gap in fiscal 2023, the year to March, fell 60.3 percent to 8.64 trillion yen as lower fuel prices shrank the import bill.", 8.64e12)).toBe('balance');
  });
  it('still reads an import amount in its own clause after the apposition as imports (near miss)', () => {
    expect(flowOf("Japan's trade deficit for fiscal 2023, the year through March, shrank, and imports fell 9.6 percent to 109.66 trillion yen.", 109.66e12)).toBe('import');
  });
  it('still reads a subject with no flow word across an apposition by the flow after it (near miss)', () => {
    expect(flowOf("Japan's purchases of crude, a third of its fuel bill, came to 11.2 trillion yen in fiscal 2023, the year through March.", 11.2e12)).not.toBe('balance');
  });
});

describe('a clause naming the month a span began or ends in is no period of the figures', () => {
  const lead = 'Japan ran a trade deficit of 412.7 billion yen in October, the Ministry of Finance said. ';
  const span = (sentence: string, value: number) => tuples(lead + sentence, '2026-11-19').find((t) => t[2] === value);
  it('reads "the first seven months of fiscal 2026, which began in April"', () => {
    expect(span('For the first seven months of fiscal 2026, which began in April, the deficit stood at 2.86 trillion yen.', -2.86e12)).toEqual(['2026-04', '2026-10', -2.86e12, 'JPY', null]);
  });
  it('reads "..., which ends in March" (the fiscal year\'s last month)', () => {
    expect(span('Exports in the first seven months of fiscal 2026, which ends in March, rose 2 percent to 60.1 trillion yen.', 60.1e12)).toEqual(['2026-04', '2026-10', 60.1e12, 'JPY', 2]);
  });
  it('reads a participle "beginning in April"', () => {
    expect(span('The deficit for the first half of fiscal 2026, beginning in April, came to 2.1 trillion yen.', -2.1e12)).toEqual(['2026-04', '2026-09', -2.1e12, 'JPY', null]);
  });
  it('reads "which commenced in April" after an import subject', () => {
    expect(span('Imports over the first seven months of fiscal 2026, which commenced in April, came to 62.9 trillion yen.', 62.9e12)).toEqual(['2026-04', '2026-10', 62.9e12, 'JPY', null]);
  });
  it('reads "fiscal 2026 through October, which began in April"', () => {
    expect(span('For fiscal 2026 through October, which began in April, the deficit stood at 2.86 trillion yen.', -2.86e12)).toEqual(['2026-04', '2026-10', -2.86e12, 'JPY', null]);
  });
  it('keeps a month a clause names for something else (near miss)', () => {
    expect(span('For the first seven months of fiscal 2026 the deficit stood at 2.86 trillion yen, and in October, which ended with a weaker yen, exports reached 9.48 trillion yen.', 9.48e12)).toEqual(['2026-10', '2026-10', 9.48e12, 'JPY', null]);
  });
  it('keeps a month that is not the span\'s edge (near miss)', () => {
    expect(span('Exports in the first seven months of fiscal 2026, which began in April, rose 2 percent to 60.1 trillion yen; in September exports came to 8.7 trillion yen.', 8.7e12)).toEqual(['2026-09', '2026-09', 8.7e12, 'JPY', null]);
  });
});
