/**
 * Taiwan's finance ministry counts trade in US dollars and writes its own dollar "NT$": a bare "$" in a Taiwan story is
 * the US dollar, while Hong Kong's, Singapore's and Australia's own statistics keep their dollar. Texts are our own.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const units = (text: string, published: string) => releaseRows(text, published).map((r) => `${r.value} ${r.unit}`);

describe('a bare "$" in a Taiwan story is the US dollar', () => {
  it.each([
    ["TAIPEI, Oct 8 - Taiwan's exports climbed 12.4% from a year earlier to $41.2 billion in September, the finance ministry said.", '2025-10-08', '41200000000 USD'],
    ["Taiwan shipped goods worth $38.7 billion abroad in May, up 9.1 percent, the Ministry of Finance reported on Tuesday.", '2024-06-11', '38700000000 USD'],
    ["In the first half, Taiwan's imports totalled $176.3 billion, a rise of 4.2 percent, ministry data show.", '2023-07-10', '176300000000 USD'],
    ["Outbound shipments from Taiwan hit a record $45.9 billion in November (up 20.3%), according to figures the finance ministry released.", '2026-12-09', '45900000000 USD'],
    ["The island's trade surplus widened to $9.4 billion in August, Taiwan's finance ministry said, as exports rose 7.7%.", '2022-09-08', '9400000000 USD'],
  ])('reads %s', (text, published, expected) => {
    expect(units(text, published)).toContain(expected);
  });

  it('keeps "NT$" as the Taiwan dollar', () => {
    expect(units("Taiwan's exports reached NT$1.31 trillion in July, up 18.6 percent, the finance ministry said.", '2025-08-08')).toContain('1310000000000 TWD');
  });

  it('keeps a bare "$" as the Hong Kong dollar in Hong Kong statistics', () => {
    expect(units("The value of Hong Kong's total exports of goods rose 6.2% to $402.1 billion in March, the Census and Statistics Department announced.", '2025-04-25')).toContain('402100000000 HKD');
  });
});
