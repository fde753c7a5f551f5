/**
 * Rules widened in the fixing round for b265 (transfer test 10: fresh wordings of the phenomena of rounds a133-a139),
 * thirty-eighth session: each cause in several frames of our own, with near misses. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null, unit?: string) => rows.find((r) => r.value === value && (unit === undefined || r.unit === unit));

describe('a partner said to be the top buyer (any noun of buying), with purchases of an amount, buys the release\'s goods (widens a134)', () => {
  const cases: [string, string, string, number][] = [
    ['"continued to be the top buyer of ... exports, with purchases of", the emirate between', 'DUBAI, 3 March 2026 (WAM) -- Dubai\'s non-oil trade reached AED 610 billion in the fourth quarter of 2025. India continued to be the top buyer of Dubai\'s non-oil exports, with purchases of AED 14.2 billion.', '2026-03-03', 14.2e9],
    ['"remained the biggest customer ... with purchases of", no comma', 'SANTIAGO, March 3, 2026 - Chile\'s exports reached US$ 8.1 billion in February 2026. The United States remained the biggest customer of Chilean fruit with purchases of US$ 410 million.', '2026-03-03', 410e6],
    ['"was the leading purchaser of ..., with purchases worth"', 'LIMA, March 3, 2026 - Peru\'s exports reached US$ 6.2 billion in February 2026. Japan was the leading purchaser of Peruvian fishmeal, with purchases of US$ 95 million.', '2026-03-03', 95e6],
    ['"has been the main buyer, with total purchases of"', 'ACCRA, March 3, 2026 - Ghana\'s exports reached US$ 1.8 billion in February 2026. Switzerland has been the main buyer of the country\'s gold, with total purchases of US$ 640 million.', '2026-03-03', 640e6],
    ['"stayed the largest client ... with purchases of"', 'MONTEVIDEO, March 3, 2026 - Uruguay\'s exports reached US$ 0.9 billion in February 2026. China stayed the largest client for Uruguayan beef, with purchases of US$ 180 million.', '2026-03-03', 180e6],
  ];
  for (const [name, text, published, value] of cases) {
    it(`reads ${name} as an export`, () => {
      expect(row(releaseRows(text, published), value)?.flow).toBe('export');
    });
  }
  it('keeps a partner said to be the top seller, with purchases of, an import (near miss)', () => {
    const text = 'SANTIAGO, March 3, 2026 - Chile\'s exports reached US$ 8.1 billion in February 2026. China remained the top seller of machinery to Chile, with purchases of US$ 520 million.';
    expect(row(releaseRows(text, '2026-03-03'), 520e6)?.flow).toBe('import');
  });
  it('keeps the top supplier, with purchases of, an import (near miss)', () => {
    const text = 'LIMA, March 3, 2026 - Peru\'s exports reached US$ 6.2 billion in February 2026. The United States was the top supplier of fuel to Peru with purchases of US$ 300 million.';
    expect(row(releaseRows(text, '2026-03-03'), 300e6)?.flow).toBe('import');
  });
});

describe('money a central bank deals in the interbank or currency exchange market, or sells to buy another money, is no goods (widens a134)', () => {
  const opening = 'KARACHI, Feb 18 (APP): Pakistan\'s exports reached US$ 2.9 b in January 2026, up 6 percent. ';
  const cases: [string, string, number][] = [
    ['"bought ... from the interbank market"', 'The State Bank bought US$ 310 m from the interbank market in January to add to reserves.', 310e6],
    ['"sold ... on the domestic currency exchange market"', 'In January the central bank sold US$ 120 m on the domestic currency exchange market, dealers said.', 120e6],
    ['"sold ... to buy Indian currency"', 'The central bank sold US$ 420 m in the month to buy Indian currency for importers.', 420e6],
    ['"purchased ... in exchange for rupees"', 'The monetary authority purchased US$ 75 m from banks in exchange for rupees in January.', 75e6],
    ['"acquired ... in the inter-bank foreign exchange market"', 'In January the bank acquired US$ 260 m in the inter-bank foreign exchange market.', 260e6],
  ];
  for (const [name, sentence, value] of cases) {
    it(`drops ${name}`, () => {
      expect(row(releaseRows(opening + sentence, '2026-02-18'), value)).toBeUndefined();
    });
  }
  it('keeps goods bought from a market abroad (near miss)', () => {
    expect(row(releaseRows(`${opening}Traders bought US$ 310 m of palm oil from the Malaysian market in January.`, '2026-02-18'), 310e6)).toBeDefined();
  });
  it('keeps exports sold to buy machinery (near miss)', () => {
    expect(row(releaseRows(`${opening}Exporters sold rice worth US$ 420 m in January, and used the proceeds to buy machinery.`, '2026-02-18'), 420e6)).toBeDefined();
  });
});

describe('goods carried to a place abroad, in a participle with no auxiliary after the goods, went out (widens a139)', () => {
  const opening = 'TASHKENT, Oct. 20 -- Uzbekistan\'s foreign trade reached 47.4 billion dollars in January-September 2026. ';
  const cases: [string, string, number][] = [
    ['"Textile products railed to Russia came to"', 'Textile products railed to Russia came to 1.12 billion dollars.', 1.12e9],
    ['"Goods railed to Central Asia were worth"', 'Goods railed to Central Asia were worth 2.9 billion dollars, the bureau said.', 2.9e9],
    ['"coal trucked to Kyrgyzstan totalled", after "while"', 'Imports were 27.6 billion dollars, while coal trucked to Kyrgyzstan totalled 0.3 billion dollars.', 0.3e9],
    ['"Gas piped to Turkey reached"', 'Gas piped to Turkey reached 1.4 billion dollars in the nine months.', 1.4e9],
    ['"Fertiliser hauled by rail to Afghanistan amounted to"', 'Fertiliser hauled by rail to Afghanistan amounted to 0.52 billion dollars.', 0.52e9],
  ];
  for (const [name, sentence, value] of cases) {
    it(`reads ${name} as an export`, () => {
      expect(row(releaseRows(opening + sentence, '2026-10-20'), value)?.flow).toBe('export');
    });
  }
  it('leaves goods railed in from a place an import (near miss)', () => {
    expect(row(releaseRows(`${opening}Grain railed in from Kazakhstan came to 0.8 billion dollars.`, '2026-10-20'), 0.8e9)?.flow).toBe('import');
  });
  it('leaves goods trucked to China in a release on China an import (near miss)', () => {
    expect(row(releaseRows('BEIJING, Oct. 20 -- China\'s imports reached 1.9 trillion yuan in January-September 2026. Coal trucked to China totalled 41 billion yuan.', '2026-10-20'), 41e9)?.flow).toBe('import');
  });
});

describe('goods of any kind said to pass through a port, with no way of their own, are its cargo both ways (widens a133)', () => {
  const opening = 'VLADIVOSTOK, April 24. Exports of the region in the first quarter of 2026 amounted to 5.9 billion US dollars. Fish exports were 1.15 billion dollars. ';
  const cases: [string, string, number][] = [
    ['"Timber travelling through Nakhodka port totalled"', 'Timber travelling through Nakhodka port totalled 410 thousand tonnes.', 410000],
    ['"Coal passing via the Grodekovo crossing came to"', 'Coal passing via the Grodekovo crossing came to 1.2 million tonnes.', 1.2e6],
    ['"Ore that moved through the Zarubino terminal reached"', 'Ore that moved through the Zarubino terminal reached 300 thousand tonnes.', 300000],
    ['"Metals flowing through the port of Vanino amounted to"', 'Metals flowing through the port of Vanino amounted to 95 thousand tonnes.', 95000],
    ['"Grain which travelled via the Pogranichny checkpoint was"', 'Grain which travelled via the Pogranichny checkpoint was 64 thousand tonnes.', 64000],
  ];
  for (const [name, sentence, value] of cases) {
    it(`reads ${name} as two-way cargo`, () => {
      expect(row(releaseRows(opening + sentence, '2026-04-24'), value)?.flow).toBe('total');
    });
  }
  it('keeps goods exported through a port exports (near miss)', () => {
    expect(row(releaseRows(`${opening}Timber exported through Nakhodka port totalled 410 thousand tonnes.`, '2026-04-24'), 410000)?.flow).toBe('export');
  });
  it('keeps a passage with no port noun after it to the story\'s way (near miss)', () => {
    expect(row(releaseRows(`${opening}Timber travelling through the region totalled 410 thousand tonnes.`, '2026-04-24'), 410000)?.flow).not.toBe('total');
  });
});
