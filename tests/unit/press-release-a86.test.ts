/**
 * Rules added in the fixing round for b200 (issue 9): other countries' agencies on their trade with China, in their own
 * currencies. Each phenomenon is read in several frames; texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a86', source_url: 'https://example.org/r/a86', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('an exchange rate named as the subject of its amount is no trade figure', () => {
  const pub = '2026-07-12';
  it('sets aside "the average won-dollar exchange rate ... was N won" after a reporting verb', () => {
    const rows = rowsOf("SEOUL, July 12 -- Korea's imports from China in the first half came to 31.2 billion dollars. KITA noted that the average won-dollar exchange rate in the first half was 1,402.5 won, which made imports dearer.", pub);
    expect(row(rows, 31.2e9)).toBeDefined();
    expect(row(rows, 1402.5)).toBeUndefined();
  });
  it('sets aside a rate "standing at" an amount in a comma aside', () => {
    const rows = rowsOf("SEOUL, July 12 -- Korea's imports from China in the first half came to 44.1 trillion won, with the exchange rate standing at 1,380 won.", pub);
    expect(row(rows, 44.1e12)).toBeDefined();
    expect(row(rows, 1380)).toBeUndefined();
  });
  it('sets aside a currency-pair rate without the word "exchange" ("the average rupee-dollar rate ... was")', () => {
    const rows = rowsOf("NEW DELHI, July 12 -- India's exports to China in the first half reached Rs 14,200 crore. The average rupee-dollar rate in the first half was 88.4 rupees.", pub);
    expect(row(rows, 142e9)).toBeDefined();
    expect(row(rows, 88.4)).toBeUndefined();
  });
  it('sets aside "the rate of one money against another" in the statistical register', () => {
    const rows = rowsOf("HA NOI, July 12 -- Viet Nam's export turnover to China in the first half was 25.1 billion US dollars. The average rate of the Viet Nam dong against the US dollar in the first half was 26,140 dong.", pub);
    expect(row(rows, 25.1e9)).toBeDefined();
    expect(row(rows, 26140)).toBeUndefined();
  });
  it('sets aside an amount quoted by two currency codes with a slash ("RUB/USD") in a wire register', () => {
    const rows = rowsOf("MOSCOW, July 12 -- Russia's imports from China in the first half came to 5.2 trillion roubles. In the first half the rouble traded at 91.2 RUB/USD on average.", pub);
    expect(row(rows, 5.2e12)).toBeDefined();
    expect(row(rows, 91.2)).toBeUndefined();
  });
  it('keeps the amount of trade after "at current exchange rates," (near miss)', () => {
    const rows = rowsOf("SEOUL, July 12 -- At current exchange rates, Korea's imports from China were 88.6 trillion won in the first half.", pub);
    expect(row(rows, 88.6e12)).toMatchObject({ unit: 'KRW', flow: 'import' });
  });
  it('keeps trade "worth" an amount after a rate is named (near miss)', () => {
    const rows = rowsOf("MOSCOW, July 12 -- Despite a weaker exchange rate, Russia's exports to China were worth 1.9 trillion roubles in the first half.", pub);
    expect(row(rows, 1.9e12)).toMatchObject({ unit: 'RUB', flow: 'export' });
  });
});

describe('two kinds of levy joined before the noun open a levy, not goods', () => {
  it('sets aside "Customs and excise duties collected ... came to"', () => {
    const rows = rowsOf('PRETORIA, May 12 -- Imports from China were R34.6 billion in April. Customs and excise duties collected on imports during the month came to R9.3 billion.');
    expect(row(rows, 34.6e9)).toBeDefined();
    expect(row(rows, 9.3e9)).toBeUndefined();
  });
  it('sets aside "Import and export tariffs brought in" an amount', () => {
    const rows = rowsOf('NEW DELHI, May 12 -- Trade grew in April. Import and export tariffs brought in Rs 2,100 crore in the month.');
    expect(rows.some((r) => r.value === 21e9)).toBe(false);
  });
  it('sets aside hyphenated kinds in the passive ("Value-added and consumption taxes on imports totalled")', () => {
    const rows = rowsOf('SEOUL, May 12 -- Imports rose in April. Value-added and consumption taxes on imports totalled 4.4 trillion won in the month.');
    expect(row(rows, 4.4e12)).toBeUndefined();
  });
  it('sets aside "Total anti-dumping and countervailing duties ... raised"', () => {
    const rows = rowsOf('BRUSSELS, May 12 -- Imports of steel fell in April. Total anti-dumping and countervailing duties on steel raised 310 million euros in the month.');
    expect(row(rows, 310e6)).toBeUndefined();
  });
  it('sets aside "Excise and customs levies" in a wire register', () => {
    const rows = rowsOf('NAIROBI, May 12 -- Imports rose in April. Excise and customs levies on fuel imports hit KSh 12.4bn in the month.');
    expect(row(rows, 12.4e9)).toBeUndefined();
  });
  it('keeps goods named by two kinds ("Steel and aluminium exports") before an amount (near miss)', () => {
    const rows = rowsOf('BERLIN, May 12 -- Steel and aluminium exports to China rose to 2.3 billion euros in April.');
    expect(row(rows, 2.3e9)).toMatchObject({ flow: 'export' });
  });
  it('keeps "Exports and imports of dutiable goods" a trade figure (near miss)', () => {
    const rows = rowsOf('BRUSSELS, May 12 -- Exports and imports of goods subject to duties came to 5.1 billion euros in April.');
    expect(row(rows, 5.1e9)).toBeDefined();
  });
});

describe('a comparison base named as a balance with its sign or kind keeps its own year', () => {
  const pub = '2026-02-16';
  const balance = (rows: ObservationDraft[], value: number) => row(rows, value) ?? row(rows, -value);
  const cases: Array<[string, string, number, number]> = [
    ['"compared with a positive balance of" as a trailing clause', 'ASTANA, Feb 16 -- Exports to China amounted to 16.8 billion US dollars in 2025. Kazakhstan thus had a negative balance with China of 12.3 billion US dollars, compared with a positive balance of 1.6 billion US dollars in 2024.', 12.3e9, 1.6e9],
    ['"against a trade surplus of" (a synonym preposition and a kind)', 'ASTANA, Feb 16 -- Imports from China rose in 2025. The country ran a deficit with China of 4.1 billion dollars, against a trade surplus of 0.9 billion dollars in 2024.', 4.1e9, 0.9e9],
    ['"versus a negative trade balance of" (sign and kind together)', 'ASTANA, Feb 16 -- Imports from China rose in 2025. The negative trade balance with China reached 4.1 billion dollars, versus a negative trade balance of 2.2 billion dollars in 2024.', 4.1e9, 2.2e9],
    ['"Compared with a favourable balance of" as an opening phrase', 'ASTANA, Feb 16 -- Imports from China rose in 2025. Compared with a favourable balance of 0.7 billion dollars in 2024, the country posted a deficit with China of 4.1 billion dollars.', 4.1e9, 0.7e9],
    ['"from a positive balance of" after a turn', 'ASTANA, Feb 16 -- Imports from China rose in 2025. The balance with China turned negative at 4.1 billion dollars, from a positive balance of 0.7 billion dollars in 2024.', 4.1e9, 0.7e9],
    ['"compared to a merchandise surplus of" after the passive', 'ASTANA, Feb 16 -- Imports from China rose in 2025. A deficit with China of 4.1 billion dollars was recorded, compared to a merchandise surplus of 0.7 billion dollars in 2024.', 4.1e9, 0.7e9],
  ];
  for (const [frame, text, figure, base] of cases) {
    it(`dates the figure in the release's year and the base in its own, ${frame}`, () => {
      const rows = rowsOf(text, pub);
      expect(balance(rows, figure)).toMatchObject({ period_start: '2025-01', period_end: '2025-12', flow: 'balance' });
      expect(balance(rows, base)).toMatchObject({ period_start: '2024-01', period_end: '2024-12' });
    });
  }
  it('keeps a balance with a sign word and no comparison word in its own year (near miss)', () => {
    const rows = rowsOf('ASTANA, Feb 16 -- Imports from China rose in 2025. In 2025 the country recorded a positive balance with China of 1.6 billion dollars, up from 2024.', pub);
    expect(row(rows, 1.6e9)).toMatchObject({ period_start: '2025-01', period_end: '2025-12' });
  });
  it('keeps two balances joined by "and", each with its own year (near miss)', () => {
    const rows = rowsOf('ASTANA, Feb 16 -- Imports from China rose in 2025. The country had a positive balance with China of 1.6 billion dollars in 2024 and a negative balance of 4.1 billion dollars in 2025.', pub);
    expect(row(rows, 1.6e9)).toMatchObject({ period_start: '2024-01' });
    expect(row(rows, -4.1e9)).toMatchObject({ period_start: '2025-01' });
  });
});

describe("the month a crop season started, peaked or ended dates the season, not the figure beside it", () => {
  const lead = "SANTIAGO, March 10 -- Chile's exports to China rose 14.9% in February to US$3.52 billion. ";
  const pub = '2025-03-10';
  const cases: Array<[string, string, number]> = [
    ['"after an early start to the season in December and January" as a trailing clause', 'Cherry sales to China dropped 18.4% to US$710 million after an early start to the season in December and January.', 710e6],
    ['"as the harvest began late in November" in a comma aside', 'Avocado exports to China, which slowed as the harvest began late in November, came to US$95 million.', 95e6],
    ['"With the campaign having peaked in early January" as an opening phrase', 'With the campaign having peaked in early January, blueberry shipments to China fell 30% to US$120 million.', 120e6],
    ['"the height of the table-grape season in January having passed" as an absolute clause', 'Grape exports to China were US$180 million, the height of the table-grape season in January having passed.', 180e6],
    ['"helped by the opening of the season in January" in the passive', 'Plum shipments to China rose 8% to US$41 million, helped by the opening of the season in January.', 41e6],
    ['"the salmon harvest had wrapped up in January" with a pluperfect verb', 'Salmon sales to China eased to US$66 million because the harvest had wrapped up in January.', 66e6],
  ];
  for (const [frame, sentence, value] of cases) {
    it(`keeps the release's month for the figure, ${frame}`, () => {
      expect(row(rowsOf(lead + sentence, pub), value)).toMatchObject({ period_start: '2025-02', period_end: '2025-02' });
    });
  }
  it('keeps a month the figure itself is dated by, with the season named after it (near miss)', () => {
    const rows = rowsOf(lead + 'Cherry exports to China reached US$710 million in January, the peak month of the season.', pub);
    expect(row(rows, 710e6)).toMatchObject({ period_start: '2025-01', period_end: '2025-01' });
  });
  it('keeps "during the season ... in January" the figure\'s month when no start or end is said (near miss)', () => {
    const rows = rowsOf(lead + 'Fruit exports to China during the season rose 9% in January to US$500 million.', pub);
    expect(row(rows, 500e6)).toMatchObject({ period_start: '2025-01', period_end: '2025-01' });
  });
});

describe('a period naming an earlier publication, after a verb of making figures public, dates the publication', () => {
  const lead = 'Pretoria, 30 September 2026 - The agency released trade statistics for August 2026, which recorded a trade balance surplus of R21.4 billion. ';
  const pub = '2026-09-30';
  const cases: Array<[string, string, number]> = [
    ['"as published in last month\'s release" as a comma aside', "The July 2026 trade balance surplus has been revised up from R16.9 billion, as published in last month's release, to R17.6 billion.", 17.6e9],
    ['"first reported in the August bulletin" after the subject', 'The July 2026 deficit, first reported in the August bulletin as R2.1 billion, was revised to R2.4 billion.', -2.4e9],
    ['"estimated in last month\'s release at" in a statistical register', "In the revised data, imports for July 2026, estimated in last month's release at R160.2 billion, were R161.0 billion.", 161e9],
    ['"as released in last month\'s publication" with a synonym verb and noun', "The July 2026 surplus, as released in last month's publication, was revised to R17.6 billion.", 17.6e9],
    ['"stated in the August edition" in the passive', 'The July 2026 surplus, stated in the August edition, was revised to R17.6 billion.', 17.6e9],
  ];
  for (const [frame, sentence, value] of cases) {
    it(`keeps the revised month of the figure, ${frame}`, () => {
      expect(row(rowsOf(lead + sentence, pub), value)).toMatchObject({ period_start: '2026-07', period_end: '2026-07' });
    });
  }
  it('keeps the month of "as reported in August 2026 customs data" the figures\' own (near miss)', () => {
    const rows = rowsOf('Pretoria, 30 September 2026 - Imports, as reported in August 2026 customs data, were R161.0 billion.', pub);
    expect(row(rows, 161e9)).toMatchObject({ period_start: '2026-08', period_end: '2026-08' });
  });
  it('keeps the month of "the July 2026 trade report showed" the figures\' own (near miss)', () => {
    const rows = rowsOf(lead + 'The July 2026 trade report showed imports of R161.0 billion.', pub);
    expect(row(rows, 161e9)).toMatchObject({ period_start: '2026-07', period_end: '2026-07' });
  });
});
