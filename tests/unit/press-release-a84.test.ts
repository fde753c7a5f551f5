/**
 * Rules of the fixing round for b197 (thirty-second session): rules of this session's rounds widened from the wording they
 * were written from to the family of wordings (issue 9). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a84', source_url: 'https://example.org/r/a84', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a year-on-year opening before a subject that only repeats the count, number, amount or value', () => {
  it('gives "Year on year, the count rose" to the train count before', () => {
    const rows = rowsOf('CHENGDU, Jan. 9 -- The city\'s rail port handled 4,120 freight trains in 2025. Year on year, the count rose 11.4 percent. The trains carried 3.1 million tonnes of goods.', '2026-01-09');
    expect(row(rows, 4120)).toMatchObject({ yoy_pct: 11.4 });
    expect(row(rows, 3.1e6)?.yoy_pct ?? null).toBeNull();
  });
  it('reads "On the year, the number was up"', () => {
    const rows = rowsOf('ZHENGZHOU, Jan. 9 -- Zhengzhou sent 2,015 cargo trains to Europe and Central Asia in 2025. On the year, the number was up 6.8 percent. They carried 180,000 TEU.', '2026-01-09');
    expect(row(rows, 2015)).toMatchObject({ yoy_pct: 6.8 });
  });
  it('reads "Year over year, the value climbed" in a wire register', () => {
    const rows = rowsOf('HEFEI, May 12 -- Anhui\'s exports of solar cells reached 21.4 billion yuan in the first four months. Year over year, the value climbed 9.3 percent. Lithium batteries sold abroad came to 9.9 billion yuan.');
    expect(row(rows, 21.4e9)).toMatchObject({ yoy_pct: 9.3 });
    expect(row(rows, 9.9e9)?.yoy_pct ?? null).toBeNull();
  });
  it('reads "On an annual basis, the amount fell" in translated English', () => {
    const rows = rowsOf('ALMATY, May 12 -- The republic shipped grain worth 1.26 billion US dollars abroad in January-April 2026. On an annual basis, the amount fell by 4.1 percent. Flour exports came to 212 million US dollars.');
    expect(row(rows, 1.26e9)).toMatchObject({ yoy_pct: -4.1 });
  });
  it('leaves a year-on-year opening before a new flow of its own alone (guard)', () => {
    const rows = rowsOf('CHENGDU, Jan. 9 -- The city\'s rail port handled 4,120 freight trains in 2025. Year on year, inbound trains rose 11.4 percent to 1,830.', '2026-01-09');
    expect(row(rows, 4120)?.yoy_pct ?? null).toBeNull();
  });
});

describe('a place owning an unnamed hub or port that reports is the figure\'s place', () => {
  it('keeps the city of "Xi\'an\'s international freight train hub dispatched"', () => {
    const rows = rowsOf('Xi\'an\'s international freight train hub dispatched 2,410 trains in the first four months, up 8 percent, local authorities said.');
    expect(row(rows, 2410)).toMatchObject({ area: "Xi'an" });
  });
  it('keeps the city of "Urumqi\'s inland port handled"', () => {
    const rows = rowsOf('URUMQI, May 12 -- Urumqi\'s inland port handled 1.9 million tonnes of cargo in the first four months, 12 percent more than a year earlier.');
    expect(row(rows, 1.9e6)).toMatchObject({ area: 'Urumqi' });
  });
  it('keeps the city of "Chengdu\'s rail freight gateway saw" in a local outlet\'s words', () => {
    const rows = rowsOf('Chengdu\'s rail freight gateway saw 1,204 China-Europe trains come and go between January and April, a rise of 5.5 percent.');
    expect(row(rows, 1204)).toMatchObject({ area: 'Chengdu' });
  });
  it('still reads a province\'s port named after it as the port (guard)', () => {
    const rows = rowsOf('HARBIN, May 12 -- Heilongjiang\'s border port of Suifenhe handled 3.2 million tonnes of freight in the first four months, up 7 percent.');
    expect(row(rows, 3.2e6)?.area).not.toBe('Heilongjiang');
  });
});

describe('an amount set beside the figure in an opening ("Set beside", "Measured against", "Next to", "Relative to") is its dated base', () => {
  it('gives "Set beside X in May last year, arrivals rose" to the level before, the base its own month', () => {
    const rows = rowsOf('BEIJING, June 7 -- China imported 9.8 million tonnes of iron ore in May, customs data showed. Set beside 9.1 million tonnes in May last year, arrivals rose 7.7 percent.', '2026-06-07');
    expect(row(rows, 9.8e6)).toMatchObject({ yoy_pct: 7.7 });
    expect(row(rows, 9.1e6)).toMatchObject({ period_start: '2025-05', yoy_pct: null });
  });
  it('reads "Measured against X in March 2025, shipments were up"', () => {
    const rows = rowsOf('HANOI, April 9 -- Vietnam exported 712,000 tonnes of rice in March. Measured against 655,000 tonnes in March 2025, shipments were up 8.7 percent.', '2026-04-09');
    expect(row(rows, 712000)).toMatchObject({ yoy_pct: 8.7 });
    expect(row(rows, 655000)).toMatchObject({ period_start: '2025-03', yoy_pct: null });
  });
  it('reads "Next to X in the same quarter of 2025, they were down"', () => {
    const rows = rowsOf('JAKARTA, April 9 -- Indonesia shipped 4.2 million tonnes of palm oil in the first quarter. Next to 4.6 million tonnes in the same quarter of 2025, they were down 8.7 percent.', '2026-04-09');
    expect(row(rows, 4.2e6)).toMatchObject({ yoy_pct: -8.7 });
    expect(row(rows, 4.6e6)).toMatchObject({ period_start: '2025-01', yoy_pct: null });
  });
  it('leaves "Beside the ore, the country bought" a level of its own (guard)', () => {
    const rows = rowsOf('BEIJING, June 7 -- China imported 9.8 million tonnes of iron ore in May. Beside the ore, the country bought 2.1 million tonnes of coal, up 4 percent.', '2026-06-07');
    expect(row(rows, 2.1e6)).toMatchObject({ period_start: '2026-05', yoy_pct: 4 });
    expect(row(rows, 9.8e6)?.yoy_pct ?? null).toBeNull();
  });
});

describe('an amount "the following year" / "one year later" after a listed year is of the year after it', () => {
  it('dates "and to 9.3 million tonnes the following year" a year after 2021', () => {
    const rows = rowsOf('ALMATY, Jan. 20 -- Wheat exports came to 8.1 million tonnes in 2021, and to 9.3 million tonnes the following year.', '2025-01-20');
    expect(row(rows, 9.3e6)).toMatchObject({ period_start: '2022-01', period_end: '2022-12', yoy_pct: null });
    expect(row(rows, 8.1e6)).toMatchObject({ period_start: '2021-01' });
  });
  it('reads "one year later" in an agency register', () => {
    const rows = rowsOf('HANOI, Jan. 20 -- Coffee shipments earned 3.9 billion US dollars in 2022 and 4.2 billion US dollars one year later, the ministry said.', '2025-01-20');
    expect(row(rows, 4.2e9)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
  it('reads "one year on" after a count of trains', () => {
    const rows = rowsOf('URUMQI, Jan. 20 -- The port handled 5,120 trains in 2024. It had handled 3,980 trains in 2022 and 4,410 trains one year on.', '2025-01-20');
    expect(row(rows, 4410)).toMatchObject({ period_start: '2023-01', period_end: '2023-12' });
  });
  it('gives no year to a forecast "the following year" (guard)', () => {
    const rows = rowsOf('URUMQI, Jan. 20 -- The port handled 5,120 trains in 2024, and its operator expects to run 6,000 the following year.', '2025-01-20');
    expect(row(rows, 6000)).toBeUndefined();
  });
});

describe('a partner that sent, shipped or sold goods sent them to the reporter: an import', () => {
  it('reads "China sent goods worth" after paragraphs on exports as the reporter\'s import', () => {
    const rows = rowsOf("OTTAWA, Sept. 5 -- Canada's merchandise exports rose 0.4 percent to 65.1 billion dollars in July, Statistics Canada said.\n\nExports of metal ores fell 1.2 percent to 3.9 billion dollars.\n\nAmong Asian partners, China sent goods worth 7.4 billion dollars, followed by South Korea at 1.1 billion dollars.", '2026-09-05');
    expect(row(rows, 7.4e9)).toMatchObject({ flow: 'import' });
    expect(row(rows, 1.1e9)).toMatchObject({ flow: 'import' });
  });
  it('reads "Japan shipped goods worth" in a wire register', () => {
    const rows = rowsOf("CANBERRA, May 12 -- Australia's exports of goods rose 2 percent to 42.1 billion dollars in March.\n\nCoal exports slipped to 5.2 billion dollars.\n\nJapan shipped goods worth 1.8 billion dollars, the bureau said.");
    expect(row(rows, 1.8e9)).toMatchObject({ flow: 'import', partner: 'Japan' });
  });
  it('reads "Japan sold goods worth" in a local outlet\'s words', () => {
    const rows = rowsOf("WELLINGTON, May 12 -- New Zealand's goods exports were 6.2 billion dollars in April.\n\nDairy exports made up 1.9 billion dollars.\n\nIn Asia, Japan sold goods worth 0.6 billion dollars.");
    expect(row(rows, 0.6e9)).toMatchObject({ flow: 'import', partner: 'Japan' });
  });
  it('still reads what the reporting country itself shipped as its export (guard)', () => {
    const rows = rowsOf('CANBERRA, May 12 -- Australia shipped 3.2 million tonnes of wheat in April, the bureau said.');
    expect(row(rows, 3.2e6)).toMatchObject({ flow: 'export' });
  });
});
