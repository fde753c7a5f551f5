/**
 * Rules added in the fixing round for blind batch b115 (long releases full of numbers that are not rows, a third of
 * them from other countries' agencies). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2025-11-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a0e', source_url: 'https://example.org/r/a0e', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const areas = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.area]);

describe('places in a reason told after a verb of movement', () => {
  it('keeps a province where output halted out of the area of the figures that follow', () => {
    const rows = rowsOf(
      'Mongolia sold 3.1 million tonnes of fluorspar abroad in January-October 2025, the customs office said. ' +
        'Zinc shipments weakened as a smelter in Orkhon-Gol province shut for maintenance. ' +
        'Total exports came to USD 9.4 billion in the ten months.',
    );
    expect(areas(rows)).toEqual([
      [3.1e6, 'Mongolia'],
      [9.4e9, 'Mongolia'],
    ]);
  });
});

describe('hyphenated province names', () => {
  it('names a province written with a hyphen whole, never by its last part', () => {
    const rows = rowsOf('Bayan-Khongor province exported goods worth USD 310 million in the first half of 2025, up 4 percent, the provincial customs office said.');
    expect(areas(rows)).toEqual([[310e6, 'Bayan-Khongor']]);
  });
});

describe('one port named twice', () => {
  it('reads a port and its other name in an apposition as the one port, not a joint pair', () => {
    const rows = rowsOf('Trade through Youyiguan Port, the Friendship Pass on the border with Vietnam, came to 40.2 billion yuan in January-March 2025, up 6 percent, Nanning Customs said.');
    expect(areas(rows)).toEqual([[40.2e9, 'Youyiguan Port']]);
  });
});

describe('a closing phrase of cause', () => {
  it('does not carry the month of the event a cause names to the sentences after it', () => {
    const rows = rowsOf(
      'Uzbekistan exported goods worth USD 14.8 billion in January-June 2025, the statistics agency said. ' +
        'Gold sales abroad slipped 3% to USD 4.1 billion, partly because of a strike at the Muruntau mine in March. ' +
        'Trade with Russia reached USD 6.3 billion, up 9%.',
      '2025-07-20',
    );
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([
      [14.8e9, '2025-01', '2025-06'],
      [4.1e9, '2025-01', '2025-06'],
      [6.3e9, '2025-01', '2025-06'],
    ]);
  });
});

describe('a sentence on when a rule took effect', () => {
  it('dates the policy, not the figures after it', () => {
    const rows = rowsOf(
      'SEOUL, Nov. 1 -- South Korea posted exports of USD 59.7 billion in October, up 3 percent, the ministry said. ' +
        'The two governments agreed in June to cut the duty on steel pipes to 10 percent from 25 percent, and the lower duty came into force this month. ' +
        'Exports to Vietnam rose 7 percent.',
      '2025-11-01',
    );
    expect(rows.map((r) => [r.value, r.yoy_pct, r.period_start, r.period_end])).toEqual([
      [59.7e9, 3, '2025-10', '2025-10'],
      [null, 7, '2025-10', '2025-10'],
    ]);
  });
});

describe('rates and dates of a duty', () => {
  const text =
    'HANOI, July 5 (VNA) - Vietnam exported goods worth 212.4 billion USD in the first half of 2025, up 14.4 percent. ' +
    'Sales to the United States rose 22.1 percent to 71.6 billion USD, despite a 10 percent baseline tariff applied since April.';

  it('reads a duty rate described by its kind ("a 10 percent baseline tariff") as no growth', () => {
    const trailing = text.replace('rose 22.1 percent to 71.6 billion USD', 'reached 71.6 billion USD, up 22.1 percent');
    expect(rowsOf(trailing, '2025-07-05').map((r) => r.yoy_pct)).toEqual([14.4, 22.1]);
  });

  it('does not date a figure by the month a duty has applied since', () => {
    expect(rowsOf(text, '2025-07-05').map((r) => [r.value, r.period_start, r.period_end])).toEqual([
      [212.4e9, '2025-01', '2025-06'],
      [71.6e9, '2025-01', '2025-06'],
    ]);
  });
});

describe('a ratio of one in every few', () => {
  it('reads "one in every four" as no count, and leaves the place of the sentences after it alone', () => {
    const rows = rowsOf(
      'WUHAN, Jan. 20 -- Wuhan exported 64,000 automobiles in 2025, up 31 per cent, the city customs said. ' +
        'Roughly one in every four buses exported by China last year was built in the city, an industry group estimates. ' +
        "The city's foreign trade rose 4 per cent to 420.5 billion yuan.",
      '2026-01-20',
    );
    expect(rows.map((r) => [r.value, r.unit, r.area])).toEqual([
      [64000, 'vehicles', 'Wuhan'],
      [420.5e9, 'CNY', 'Wuhan'],
    ]);
  });
});

describe('what a place made, and its gross regional product', () => {
  const opening = 'WUHAN, Jan. 20 -- Wuhan exported 64,000 automobiles in 2025, up 31 per cent, the city customs said. ';

  it('reads an amount right after "produced" as output, not trade', () => {
    const rows = rowsOf(opening + 'The city produced 1.9 million vehicles in 2025, up 6 per cent, the statistics bureau said.', '2026-01-20');
    expect(rows.map((r) => r.value)).toEqual([64000]);
  });

  it('keeps goods produced somewhere that a trade noun heads', () => {
    const rows = rowsOf(opening + 'Exports of cars produced in the city rose 9 per cent to 52,000.', '2026-01-20');
    expect(rows.map((r) => r.value)).toEqual([64000, 52000]);
  });

  it('reads gross regional product as no trade figure', () => {
    const rows = rowsOf(opening + "The city's gross regional product topped 2.1 trillion yuan last year.", '2026-01-20');
    expect(rows.map((r) => r.value)).toEqual([64000]);
  });
});

describe('"this year" after "the period"', () => {
  it('marks the release period against last year, not the year so far', () => {
    const rows = rowsOf(
      "SEOUL, Dec. 11 (Yonhap) -- South Korea's exports rose 5.1 percent in the first 10 days of December from a year earlier to 17.4 billion dollars. " +
        'The number of working days in the period this year was 8, the same as a year ago. ' +
        'Exports of ships jumped 40.2 percent to 1.9 billion dollars.',
      '2025-12-11',
    );
    expect(rows.map((r) => [r.value, r.period_start, r.period_end])).toEqual([
      [17.4e9, '2025-12', '2025-12'],
      [1.9e9, '2025-12', '2025-12'],
    ]);
  });
});
