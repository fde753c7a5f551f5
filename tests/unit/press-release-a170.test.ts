/**
 * Fixing round for the commodity of services rows (b277, b270, b274): a figure of trade in services is 'services', a figure of
 * goods and services together is 'goods and services'; a goods word after those frames takes the figure back to goods.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const commodityOf = (text: string, value: number) => releaseRows(text).find((r) => r.value !== null && Math.abs(r.value) === value)?.commodity;

describe('a figure of trade in services is services', () => {
  it('reads "services exports reached" as the subject', () => {
    expect(commodityOf('SEOUL, Nov 20 -- Services exports reached 9.4 billion dollars in October, the central bank said.', 9.4e9)).toBe('services');
  });
  it('reads "exports of services" with the amount after a verb of change', () => {
    expect(commodityOf('NEW DELHI, Nov 20 -- Exports of services climbed 11.2 percent to 38.6 billion dollars in October, the ministry said.', 38.6e9)).toBe('services');
  });
  it('reads "net services receipts" in a balance-of-payments sentence', () => {
    expect(commodityOf('MUMBAI, Nov 20 -- Net services receipts rose to 51.3 billion dollars in the July-September quarter, the bank said.', 51.3e9)).toBe('services');
  });
  it('reads "the services deficit" after a comma, left by a respectively clause', () => {
    expect(commodityOf('BEIJING, Nov 20 -- Receipts and payments were both lower in October, leaving a services deficit of 142.7 billion yuan, the regulator said.', 142.7e9)).toBe('services');
  });
  it('reads "trade in services" with "showed a shortfall of"', () => {
    expect(commodityOf('ANKARA, Nov 20 -- Trade in services showed a surplus of 5.2 billion dollars in September, the central bank said.', 5.2e9)).toBe('services');
  });
  it('reads "services imports" in a later clause after "while"', () => {
    expect(commodityOf('JAKARTA, Nov 20 -- The current account was close to balance in the third quarter, while services imports totalled 9.9 billion dollars, the bank said.', 9.9e9)).toBe('services');
  });
  it('keeps "rail services" carrying goods as goods (near miss)', () => {
    expect(commodityOf('CHONGQING, Nov 20 -- Goods carried by freight rail services were worth 61.8 billion yuan in October, the customs said.', 61.8e9)).not.toBe('services');
  });
  it('keeps "goods exports" after a services clause as goods (near miss)', () => {
    expect(commodityOf('LONDON, Nov 20 -- Services exports held steady in September, while goods exports fell to 29.3 billion pounds, the office said.', 29.3e9)).toBe('all goods');
  });
});

describe('a figure of goods and services together is goods and services', () => {
  it('reads "the goods and services deficit"', () => {
    expect(commodityOf('WASHINGTON, Nov 20 -- The goods and services deficit narrowed to 68.2 billion dollars in September, the department said.', 68.2e9)).toBe('goods and services');
  });
  it('reads "exports of goods and services" with the amount after the change', () => {
    expect(commodityOf('CANBERRA, Nov 20 -- Exports of goods and services fell 2 per cent to 44.1 billion dollars in October, the bureau said.', 44.1e9)).toBe('goods and services');
  });
  it('reads "total exports of goods and services" as a subject with "were estimated at"', () => {
    expect(commodityOf('NEW DELHI, Nov 20 -- Total exports of goods and services were estimated at 71.5 billion dollars in October, the ministry said.', 71.5e9)).toBe('goods and services');
  });
  it('reads "trade in goods and services" before "generated a surplus"', () => {
    expect(commodityOf('BEIJING, Nov 20 -- China\'s trade in goods and services generated a surplus of 301.2 billion yuan in October, the regulator said.', 301.2e9)).toBe('goods and services');
  });
  it('reads a total "including services" set off by commas', () => {
    expect(commodityOf('LONDON, Nov 20 -- The total trade deficit, including services, widened to 6.1 billion pounds in August, the office said.', 6.1e9)).toBe('goods and services');
  });
  it('reads "goods & services credits" with an ampersand', () => {
    expect(commodityOf('CANBERRA, Nov 20 -- Seasonally adjusted goods & services credits rose to 45.2 billion dollars in October, the bureau said.', 45.2e9)).toBe('goods and services');
  });
  it('keeps "merchandise exports" after a services figure as goods (near miss)', () => {
    expect(commodityOf('NEW DELHI, Nov 20 -- Services exports were put at 35.1 billion dollars, while merchandise exports came to 36.4 billion dollars in October, the ministry said.', 36.4e9)).toBe('all goods');
  });
  it('keeps a goods deficit with no services word as goods (near miss)', () => {
    expect(commodityOf('WASHINGTON, Nov 20 -- The goods deficit widened to 92.3 billion dollars in September, the bureau said.', 92.3e9)).toBe('all goods');
  });
});

describe('a services account, a services bullet and a balance "on trade in services" after its amount are services', () => {
  it('reads "the services account ran a deficit of"', () => {
    expect(commodityOf('SEOUL, Nov 20 -- The services account ran a deficit of 1.32 billion dollars in September, the bank said.', 1.32e9)).toBe('services');
  });
  it('reads "the services account showed a net inflow of" in a later clause', () => {
    expect(commodityOf('ANKARA, Nov 20 -- The goods balance was a deficit of 4.1 billion dollars and the services account showed a net inflow of 2.06 billion dollars, the bank said.', 2.06e9)).toBe('services');
  });
  it('reads a bulleted "Services:" label', () => {
    expect(commodityOf('JAKARTA, Nov 20 -- The bank gave the quarter\'s balance of payments.\n\n- Services: deficit of USD 5.3 billion, on higher travel payments.', 5.3e9)).toBe('services');
  });
  it('reads "net services inflows came to"', () => {
    expect(commodityOf('ANKARA, Nov 20 -- Net services inflows came to 27.4 billion dollars in the year, the bank said.', 27.4e9)).toBe('services');
  });
  it('reads "a surplus on trade in services" after its amount', () => {
    expect(commodityOf('LONDON, Nov 20 -- The goods gap was partly offset by a 29.9 billion pounds surplus on trade in services, the office said.', 29.9e9)).toBe('services');
  });
  it('reads "a deficit in goods and services" after its amount', () => {
    expect(commodityOf('OTTAWA, Nov 20 -- The country posted a 3.4 billion dollars deficit in goods and services in September, the agency said.', 3.4e9)).toBe('goods and services');
  });
  it('keeps exports after "services firms" (no trade frame) as goods (near miss)', () => {
    expect(commodityOf('HANOI, Nov 20 -- Logistics services firms reported busier months, and exports rose to 36.6 billion dollars in October, the office said.', 36.6e9)).toBe('all goods');
  });
  it('keeps a surplus "on trade in goods" after its amount as goods (near miss)', () => {
    expect(commodityOf('LONDON, Nov 20 -- Exports rose, giving a 2.2 billion pounds surplus on trade in goods with the bloc, the office said.', 2.2e9)).not.toMatch(/services/);
  });
});
