/**
 * Rules of the fixing round for b277 (balance-of-payments releases and revision notices): each frame in several
 * phrasings of our own, with near misses the rule must leave alone. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const values = (text: string, published = '2026-11-20') => releaseRows(text, published).map((r) => r.value);

describe('the balance or flow of an account other than goods and services is no row', () => {
  it('sets aside a current account deficit named as the subject before a verb of showing', () => {
    const v = values('MANILA, Nov. 20 -- In the third quarter the current account of the Philippines recorded a deficit of 4.1 billion dollars, the central bank said. Goods exports reached 19.2 billion dollars in the quarter.');
    expect(v).not.toContain(-4.1e9);
    expect(v).not.toContain(4.1e9);
    expect(v).toContain(19.2e9);
  });
  it('sets aside a hyphenated current-account surplus as a noun phrase before the amount', () => {
    const v = values('WELLINGTON, Nov. 20 -- A current-account surplus of NZ$2.3 billion was booked for September, while merchandise imports fell to NZ$6.8 billion.');
    expect(v).not.toContain(2.3e9);
    expect(v).toContain(6.8e9);
  });
  it('sets aside a primary income label in a bulleted list', () => {
    const v = values('Bank of Thailand, 20 November 2026 -- External balance for October:\n\n- Goods: exports USD 24.5 billion, imports USD 22.0 billion.\n- Primary income: deficit of USD 1.9 billion, mostly profits sent home by foreign firms.\n- Secondary income: surplus of USD 0.6 billion.');
    expect(v).not.toContain(-1.9e9);
    expect(v).not.toContain(0.6e9);
    expect(v).toContain(24.5e9);
  });
  it('sets aside an amount whose account comes after it, on or in the account', () => {
    const v = values('OSLO, Nov. 20 -- Norway ran a surplus of 61 billion crowns on the current account in the third quarter, statistics office data showed.');
    expect(v).not.toContain(61e9);
  });
  it('sets aside a change of the financial account and of reserve assets', () => {
    const v = values('SANTIAGO, Nov. 20 -- Under the capital and financial account, net inflows came to 3.2 billion dollars in October, and reserve assets rose by 0.8 billion dollars.');
    expect(v).not.toContain(3.2e9);
    expect(v).not.toContain(0.8e9);
  });
  it('sets aside an accretion to foreign exchange reserves and a comparison in the same clause', () => {
    const v = values('Dhaka, 20 November 2026 -- There was an addition of USD 1.2 billion to the foreign exchange reserves during the quarter. The current account ended the quarter in deficit at USD 0.9 billion, against a deficit of USD 1.4 billion a year before.');
    expect(v).not.toContain(1.2e9);
    expect(v).not.toContain(-0.9e9);
    expect(v).not.toContain(-1.4e9);
  });
  it('keeps a goods balance named after the current account in the same sentence (guard)', () => {
    const v = values('SEOUL, Nov. 20 -- For the first ten months the current account surplus came to 80.1 billion dollars and the goods balance to 75.3 billion dollars.');
    expect(v).toContain(75.3e9);
    expect(v).not.toContain(80.1e9);
  });
  it('keeps exports whose sentence only mentions the current account afterwards (guard)', () => {
    const v = values('ANKARA, Nov. 20 -- Exports rose 4 percent to 22.6 billion dollars in October, helping to narrow the current account gap.');
    expect(v).toContain(22.6e9);
  });
});

describe('an earlier reading named beside its revision is no row', () => {
  it('sets aside "(previously N)" after a revised amount', () => {
    const v = values('ASTANA, Nov. 20 -- The bureau revised its data for January-September: imports now total 41.3 billion dollars (previously 40.9 billion).');
    expect(v).toContain(41.3e9);
    expect(v).not.toContain(40.9e9);
  });
  it('sets aside a bracketed preliminary estimate with a colon', () => {
    const v = values('Foreign trade, September 2026 (final data)\n\n- Imports: 27.12 billion dollars, up 2.0% (preliminary estimate: 26.98 billion dollars).');
    expect(v).toContain(27.12e9);
    expect(v).not.toContain(26.98e9);
  });
  it('sets aside a bracketed flash figure and a bracketed "formerly"', () => {
    const v = values('VIENNA, Nov. 20 -- Final figures put August exports at EUR 14.8 billion (flash: EUR 14.5 billion) and imports at EUR 15.6 billion (formerly EUR 15.9 billion).');
    expect(v).toEqual(expect.arrayContaining([14.8e9, 15.6e9]));
    expect(v).not.toContain(14.5e9);
    expect(v).not.toContain(15.9e9);
  });
  it('sets aside the earlier reading a final figure is compared with', () => {
    const v = values('BEIJING, Nov. 20 -- After the annual benchmark the goods surplus for 2025 stands at 790.4 billion dollars, a little below the initial estimate of 795.2 billion.');
    expect(v).toContain(790.4e9);
    expect(v).not.toContain(795.2e9);
  });
  it('sets aside the first figure a revised one replaces, after "instead of" or "compared with"', () => {
    const v = values('HANOI, Nov. 20 -- Exports for October were revised to 34.1 billion dollars, compared with the advance figure of 33.6 billion dollars.');
    expect(v).toContain(34.1e9);
    expect(v).not.toContain(33.6e9);
  });
  it('keeps a preliminary estimate that is the release\'s own figure (guard)', () => {
    const v = values('JAKARTA, Nov. 20 -- According to a preliminary estimate, exports in October reached 23.4 billion dollars.');
    expect(v).toContain(23.4e9);
  });
  it('keeps a bracketed figure of the previous year, which is a base and not an earlier reading (guard)', () => {
    const rows = releaseRows('RIGA, Nov. 20 -- Exports came to EUR 1.32 billion in October (previous year: EUR 1.25 billion).');
    expect(rows.map((r) => r.value)).toContain(1.32e9);
  });
});

describe('services on net: receipts and inflows are a surplus, outgo and payments a deficit; "balance-of-payments" is no balance', () => {
  const rowOf = (text: string, magnitude: number) => releaseRows(text).find((r) => r.value !== null && Math.abs(r.value) === magnitude);
  it('reads "net services receipts increased to" as a services surplus', () => {
    expect(rowOf('MUMBAI, Nov. 20 -- Net services receipts increased to US$ 45.2 billion in the quarter, the central bank said.', 45.2e9)).toMatchObject({ flow: 'balance', value: 45.2e9 });
  });
  it('reads "net inflows from services came to" as a surplus', () => {
    expect(rowOf('ANKARA, Nov. 20 -- Net inflows from services came to 5.3 billion dollars in October, led by tourism.', 5.3e9)).toMatchObject({ flow: 'balance', value: 5.3e9 });
  });
  it('reads "the services account showed a net inflow of" after a goods deficit as a positive balance', () => {
    expect(rowOf('ANKARA, Nov. 20 -- The goods balance in October was a deficit of 6.1 billion dollars and the services account showed a net inflow of 2.2 billion dollars.', 2.2e9)).toMatchObject({ flow: 'balance', value: 2.2e9 });
  });
  it('reads "booked net receipts of N on services" as a surplus', () => {
    expect(rowOf('MANILA, Nov. 20 -- The country booked net receipts of 3.9 billion dollars on services in October, as outsourcing firms added contracts.', 3.9e9)).toMatchObject({ flow: 'balance', value: 3.9e9 });
  });
  it('reads "net payments for transport services" as a deficit', () => {
    expect(rowOf('SEOUL, Nov. 20 -- Net payments for transport services widened to 0.7 billion dollars in October.', 0.7e9)).toMatchObject({ flow: 'balance', value: -0.7e9 });
  });
  it('reads exports compiled "on a balance-of-payments basis" as exports', () => {
    expect(rowOf('BEIJING, Nov. 20 -- Exports of goods on a balance-of-payments basis were 310.4 billion dollars in October, the regulator said.', 310.4e9)).toMatchObject({ flow: 'export' });
  });
  it('reads imports "measured on a balance of payments basis" as imports', () => {
    expect(rowOf('TOKYO, Nov. 20 -- Imports, measured on a balance of payments basis, totalled 8.4 trillion yen in October.', 8.4e12)).toMatchObject({ flow: 'import' });
  });
  it('reads exports "in balance-of-payments terms" as exports', () => {
    expect(rowOf('SEOUL, Nov. 20 -- In balance-of-payments terms, exports rose to 57.2 billion dollars in October.', 57.2e9)).toMatchObject({ flow: 'export' });
  });
  it('reads goods sold abroad "as recorded in the balance of payments" as exports', () => {
    expect(rowOf('MOSCOW, Nov. 20 -- Exports of goods, as recorded in the balance of payments, fell to 33.1 billion dollars in October.', 33.1e9)).toMatchObject({ flow: 'export' });
  });
  it('keeps a "balance of trade" a balance (guard)', () => {
    expect(rowOf('OTTAWA, Nov. 20 -- The balance of trade came to C$2.6 billion in October.', 2.6e9)).toMatchObject({ flow: 'balance' });
  });
  it('keeps "receipts" without "net" in its own flow (guard)', () => {
    expect(rowOf('MUMBAI, Nov. 20 -- Merchandise exports rose to US$ 38.1 billion in October, and services receipts followed.', 38.1e9)).toMatchObject({ flow: 'export' });
  });
  it('keeps a trade surplus named with "net exports" a surplus, not read as a net payment (guard)', () => {
    expect(rowOf('OTTAWA, Nov. 20 -- Net exports of goods came to C$1.4 billion in October.', 1.4e9)).toMatchObject({ flow: 'balance', value: 1.4e9 });
  });
});

describe('a quarter or half code before two consecutive years is a part of the fiscal year so named', () => {
  const periodOf = (text: string, value: number, published: string) => {
    const r = releaseRows(text, published).find((x) => x.value !== null && Math.abs(x.value) === value);
    return r && [r.period_start, r.period_end];
  };
  it('reads "in Q1:2025-26" of India as April to June 2025', () => {
    expect(periodOf('MUMBAI, Sept. 1 -- India\'s merchandise exports amounted to US$ 110.4 billion in Q1:2025-26.', 110.4e9, '2025-09-01')).toEqual(['2025-04', '2025-06']);
  });
  it('reads "from ... in Q2 2024-25" of India as the base July to September 2024', () => {
    expect(periodOf('MUMBAI, Dec. 2 -- India\'s merchandise imports rose to US$ 190.2 billion in Q2 2025-26 from US$ 181.5 billion in Q2 2024-25.', 181.5e9, '2025-12-02')).toEqual(['2024-07', '2024-09']);
  });
  it('reads "H1 of 2025/26" of Pakistan as July to December 2025', () => {
    expect(periodOf('KARACHI, Feb. 3 -- Pakistan\'s exports of goods reached US$ 16.2 billion in H1 of 2025/26, the central bank said.', 16.2e9, '2026-02-03')).toEqual(['2025-07', '2025-12']);
  });
  it('reads "Q3, 2025-26" of Australia as January to March 2026', () => {
    expect(periodOf('CANBERRA, May 5 -- Australia\'s exports of goods were A$ 118.3 billion in Q3, 2025-26, the bureau said.', 118.3e9, '2026-05-05')).toEqual(['2026-01', '2026-03']);
  });
  it('reads "Q4:2024-25" of Bangladesh as April to June 2025', () => {
    expect(periodOf('DHAKA, Aug. 20 -- Bangladesh\'s import payments came to US$ 16.9 billion in Q4:2024-25, the central bank said.', 16.9e9, '2025-08-20')).toEqual(['2025-04', '2025-06']);
  });
  it('does not read "Q1 2025-26" of a country with calendar years as a fiscal quarter (guard)', () => {
    expect(periodOf('BERLIN, June 2 -- German exports of goods were EUR 402.1 billion in Q1 2025, the office said, against forecasts for 2025-26 of slow growth.', 402.1e9, '2025-06-02')).toEqual(['2025-01', '2025-03']);
  });
  it('does not read a code before years that are not consecutive (guard)', () => {
    expect(periodOf('MUMBAI, Sept. 1 -- India\'s merchandise exports amounted to US$ 110.4 billion in Q1:2025-27.', 110.4e9, '2025-09-01')).not.toEqual(['2025-04', '2025-06']);
  });
});
