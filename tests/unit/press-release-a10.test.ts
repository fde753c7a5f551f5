/**
 * Rules added in the fixing round for blind batches b110 and b115 (long releases full of numbers that are not rows:
 * herds, budgets, thresholds, plans, crossings of people). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2025-12-10'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a10', source_url: 'https://example.org/r/a10', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const values = (rows: ObservationDraft[]) => rows.map((r) => [r.value, r.unit]);

describe('a herd named before an aside', () => {
  it('reads no row from a herd whose size follows an apposition', () => {
    const rows = rowsOf(
      'Brazil shipped 5.2 million tonnes of soybeans to China in November 2025, customs data showed. ' +
        "Argentina's cattle herd, the largest in the region, stood at 51 million head at the end of September.",
    );
    expect(values(rows)).toEqual([[5.2e6, 'tonnes']]);
  });
});

describe('money for liquidity', () => {
  it('reads no row from liquidity a government supplies', () => {
    const rows = rowsOf(
      'Exports in November 2025 rose 4.1 percent to 58.3 billion dollars, the ministry said. ' +
        'The ministry said it would supply 900 billion won in emergency liquidity to shipbuilders.',
    );
    expect(values(rows)).toEqual([[58.3e9, 'USD']]);
  });
});

describe('money set aside', () => {
  it('reads no row from money a city earmarks or allocates for a project', () => {
    const rows = rowsOf(
      "The city's foreign trade reached 64.1 billion yuan in January-November 2025. " +
        'The municipal government has earmarked 3 billion yuan to build a bonded logistics park, and allocated RMB 400 million for new inspection lanes.',
    );
    expect(values(rows)).toEqual([[64.1e9, 'CNY']]);
  });
});

describe('an amount each member of a counted group reached', () => {
  it('reads no row from thresholds that products each passed', () => {
    const rows = rowsOf(
      'Exports in January-November 2025 rose 12 percent to 402.6 billion USD. ' +
        'Twenty-nine product groups each earned more than 2 billion USD, and six of them topped 15 billion USD.',
    );
    expect(values(rows)).toEqual([[402.6e9, 'USD']]);
  });
});

describe('forecasts with "could approach" and plans made', () => {
  it('reads no row from what a total could approach or what was planned', () => {
    const rows = rowsOf(
      'Coal exports in January-October 2025 came to 61.4 million tonnes. ' +
        'The ministry had planned coal exports of 90 million tonnes for the whole year, and an official said full-year trade could approach 25 billion USD.',
    );
    expect(values(rows)).toEqual([[61.4e6, 'tonnes']]);
  });
});

describe('the worth of a thing built', () => {
  it('reads no row from what a center under construction is worth', () => {
    const rows = rowsOf(
      'Suifenhe port handled 2.4 million tonnes of goods in January-November 2025. ' +
        'A cold-chain center worth 450 million yuan is being built next to the railway station.',
    );
    expect(values(rows)).toEqual([[2.4e6, 'tonnes']]);
  });
});

describe('trips both ways through a port', () => {
  it('keeps entry and exit trips of people apart from the trains counted before them', () => {
    const rows = rowsOf(
      'Erenhot port handled 2,350 China-Europe freight trains in January-November 2025. ' +
        'More than 1.6 million entry and exit trips were made through the port in the period.',
    );
    expect(values(rows)).toEqual([[2350, 'trains']]);
  });
});

describe('crossings counted bare', () => {
  it('keeps crossings by vehicles and travellers apart from the trains counted before them', () => {
    const rows = rowsOf(
      'Some 1,940 China-Europe freight trains ran through Manzhouli in January-September 2025. ' +
        'The highway port logged 95,000 crossings by cargo trucks and 820,000 crossings by travellers in the period.',
    );
    expect(values(rows)).toEqual([[1940, 'trains']]);
  });
});

describe('a pair of changes after one "by"', () => {
  it('reads the second amount of "higher by X and Y respectively" as a change, not a level', () => {
    const rows = rowsOf(
      'Total exports reached HK$412.3 billion in September 2025. ' +
        'Exports to Thailand and Malaysia were higher by HK$3.2 billion and HK$1.8 billion respectively.',
    );
    expect(rows.filter((r) => r.value !== null).map((r) => r.value)).toEqual([412.3e9]);
  });
});

describe('the base of a price, hedged and in a currency code', () => {
  it('reads no row from the earlier price a per-tonne price is compared with', () => {
    const rows = rowsOf(
      'Iron ore exports fell 12 percent to USD 1.9 billion in January-October 2025, as the price of the ore delivered to the ' +
        'border slid to around USD 58 per tonne in October from over USD 80 a year earlier.',
    );
    expect(values(rows)).toEqual([[1.9e9, 'USD']]);
  });
});

describe('import duties and taxes collected', () => {
  it('reads money collected as "import duties and taxes" as customs revenue, which is no row', () => {
    const rows = rowsOf(
      "The province's exports rose 6 percent to 2.9 trillion yuan in January-November 2025. " +
        'The customs collected 98.4 billion yuan of import duties and taxes in the 11 months, down 3.4 per cent.',
    );
    expect(values(rows)).toEqual([[2.9e12, 'CNY']]);
  });
});

describe('a forecast range written with "to"', () => {
  it('reads neither end of a forecast range "X to Y" as a row', () => {
    const rows = rowsOf(
      'Corn imports rose 9 percent to 2.3 million tons in November 2025. ' +
        'Traders said December arrivals were likely to reach 2.5 million to 2.8 million tons.',
    );
    expect(values(rows)).toEqual([[2.3e6, 'tonnes']]);
  });
});
