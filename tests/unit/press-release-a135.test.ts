/**
 * Rules widened in the fixing round for b259 (the Gulf and South Asia): each frame in several phrasings of our own, and
 * near misses that must not trigger. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const span = (r: ObservationDraft | undefined) => [r?.period_start, r?.period_end];

describe("a national wire's credit dates a story from a town outside the capital list in the wire's country", () => {
  it('reads "(BSS)" after a district town as Bangladesh, whose fiscal years run July to June', () => {
    const rows = releaseRows('Port volumes slip\n\nCHATTOGRAM, July 9, 2026 (BSS) - Imports through the seaport eased to 11.8 million tonnes in fiscal 2025-26, officials said.', '2026-07-09');
    expect(span(row(rows, 11.8e6))).toEqual(['2025-07', '2026-06']);
  });
  it('reads "(APP):" after a port town with an abbreviated month as Pakistan', () => {
    const rows = releaseRows('GWADAR, Aug 14 (APP): Cargo handled at the port climbed 18 percent to 2.3 million tonnes during 2025-26, the port authority said.', '2026-08-14');
    expect(span(row(rows, 2.3e6))).toEqual(['2025-07', '2026-06']);
  });
  it('reads "(RSS)" after a Nepali town as Nepal, whose months run from mid-month', () => {
    const rows = releaseRows('BIRATNAGAR, March 22 (RSS) - Goods worth Rs 41.2 billion were exported through the local customs office in the first eight months of the current fiscal year.', '2026-03-22');
    expect(span(row(rows, 41.2e9))).toEqual(['2025-07', '2026-03']);
  });
  it('reads "(WAM)" after an emirate\'s town with an ordinal date as the UAE', () => {
    const rows = releaseRows('KHOR FAKKAN, 3rd May, 2026 (WAM) -- Non-oil exports totalled AED 8.4 billion in the first quarter, up 6.1 percent.', '2026-05-03');
    expect(row(rows, 8.4e9)).toMatchObject({ area: 'United Arab Emirates', period_start: '2026-01', period_end: '2026-03' });
  });
  it('reads "(SPA)" after a Saudi port city with the day before the month as Saudi Arabia', () => {
    const rows = releaseRows('JUBAIL, 12 March 2026 (SPA) - Petrochemical exports reached SAR 14.6 billion in January, up 3.3 percent year on year.', '2026-03-12');
    expect(row(rows, 14.6e9)).toMatchObject({ area: 'Saudi Arabia' });
  });
  it('does not take a wire\'s credit over a capital dateline of another country (near miss)', () => {
    const rows = releaseRows('BEIJING, Aug 14 (APP): China\'s exports of steel rose 9 percent to 60.2 million tonnes in 2025-26 shipments season, customs said.', '2026-08-14');
    expect(row(rows, 60.2e6)?.area).toBe('China');
  });
  it('does not read a bracketed acronym after a town with no date as a wire\'s dateline (near miss)', () => {
    const rows = releaseRows('LAHORE traders (APP members) said exports of rice rose 7 percent to 5.9 million tonnes in 2025-26, the Rice Exporters said.\n\nThe exporters met in Dubai.', '2026-08-14');
    expect(span(row(rows, 5.9e6))).not.toEqual(['2025-07', '2026-06']);
  });
});

describe("a part of Nepal's fiscal year is labelled by the calendar months it touches (mid-July to mid-month)", () => {
  it('reads "the first eight months of the current fiscal year 2025-26"', () => {
    const rows = releaseRows("KATHMANDU, March 20 - Nepal's exports grew by 12.1 percent to Rs 98.4 billion in the first eight months of the current fiscal year 2025-26, the customs department said.", '2026-03-20');
    expect(span(row(rows, 98.4e9))).toEqual(['2025-07', '2026-03']);
  });
  it('reads "the first half of this fiscal year" with the verb after the span', () => {
    const rows = releaseRows('KATHMANDU, Feb 3 - In the first half of this fiscal year, Nepal imported goods worth Rs 861 billion, the department reported.', '2026-02-03');
    expect(span(row(rows, 861e9))).toEqual(['2025-07', '2026-01']);
  });
  it('reads "the first quarter of the current fiscal" as a noun', () => {
    const rows = releaseRows('KATHMANDU, Oct 25 - The trade deficit of Nepal stood at Rs 352 billion in the first quarter of the current fiscal, customs data show.', '2026-10-25');
    expect(span(row(rows, -352e9))).toEqual(['2026-07', '2026-10']);
  });
  it('reads "the first five months of the 2025/26 fiscal year" with its two years before it', () => {
    const rows = releaseRows('Nepal earned Rs 60.3 billion from exports in the first five months of the 2025/26 fiscal year, according to the Department of Customs.', '2026-01-10');
    expect(span(row(rows, 60.3e9))).toEqual(['2025-07', '2025-12']);
  });
  it('reads "the first ten months of Nepal\'s fiscal year" from a story of another place', () => {
    const rows = releaseRows("NEW DELHI, May 20 - India supplied goods worth Rs 1.1 trillion to its neighbour in the first ten months of Nepal's fiscal year.", '2026-05-20');
    expect(span(row(rows, 1.1e12))).toEqual(['2025-07', '2026-05']);
  });
  it('keeps a Pakistani fiscal part to whole months (near miss)', () => {
    const rows = releaseRows("ISLAMABAD, March 20 (APP): Pakistan's exports rose 9 percent to $21.3 billion in the first eight months of the current fiscal year.", '2026-03-20');
    expect(span(row(rows, 21.3e9))).toEqual(['2025-07', '2026-02']);
  });
  it("keeps India's first half of the fiscal year to April-September (near miss)", () => {
    const rows = releaseRows("NEW DELHI, Oct 16 - India's merchandise exports were $213 billion in the first half of the current fiscal year, the commerce ministry said.", '2026-10-16');
    expect(span(row(rows, 213e9))).toEqual(['2026-04', '2026-09']);
  });
});

describe('an emirate of the UAE is the area of its own trade', () => {
  it('reads "Dubai\'s non-oil foreign trade" with partners named after it', () => {
    const rows = releaseRows("Dubai's non-oil foreign trade rose 6.4 per cent to Dh1.1 trillion in the first half of 2026, the media office said.\n\nChina led the emirate's partners with Dh150 billion.", '2026-08-10');
    expect(row(rows, 1.1e12)?.area).toBe('Dubai');
    expect(row(rows, 150e9)?.area).toBe('Dubai');
  });
  it('reads "the Emirate of Sharjah" as the subject\'s owner', () => {
    const rows = releaseRows('Non-oil exports of the Emirate of Sharjah climbed 11 percent to AED 21.7 billion in 2025, the chamber said, while India remained the largest buyer.', '2026-02-10');
    expect(row(rows, 21.7e9)?.area).toBe('Sharjah');
  });
  it('reads "Ras Al Khaimah" written with a hyphenated article as a subject', () => {
    const rows = releaseRows("Ras al-Khaimah recorded non-oil trade of AED 19.2 billion in the nine months to September, up 4.2 percent, with Saudi Arabia its main partner.", '2026-10-20');
    expect(row(rows, 19.2e9)?.area).toBe('Ras Al Khaimah');
  });
  it('reads "Abu Dhabi emirate" with its kind word after the name', () => {
    const rows = releaseRows("Imports of Abu Dhabi emirate reached AED 98.1 billion in the first half of 2026, up 9 percent, as trade with China and Japan grew.", '2026-08-20');
    expect(row(rows, 98.1e9)?.area).toBe('Abu Dhabi');
  });
  it('reads "Ajman\'s exports" in a trailing clause', () => {
    const rows = releaseRows("Trade picked up across the northern emirates in 2025, and Ajman's exports to Oman alone rose 14 percent to AED 2.4 billion.", '2026-03-02');
    expect(row(rows, 2.4e9)?.area).toBe('Ajman');
  });
  it('keeps the country the area of a release that names an emirate as a destination (near miss)', () => {
    const rows = releaseRows("KARACHI, May 4 - Pakistan's exports to Dubai rose 8 percent to $1.9 billion in the first ten months of fiscal 2025-26.", '2026-05-04');
    expect(row(rows, 1.9e9)?.area).toBe('Pakistan');
  });
  it("keeps the UAE the area when an emirate only locates the ministry (near miss)", () => {
    const rows = releaseRows("The UAE's non-oil foreign trade reached AED 1.8 trillion in the first half of 2026, the economy ministry said at a briefing in Dubai.", '2026-08-04');
    expect(row(rows, 1.8e12)?.area).toBe('United Arab Emirates');
  });
});
