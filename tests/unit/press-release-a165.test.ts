/**
 * Rules of the fixing round for b276 (roundups and speeches citing several countries' trade): each frame in several
 * phrasings of our own, with near misses. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const areaOf = (rows: ObservationDraft[], value: number) => row(rows, value)?.area;

describe('a country heading each entry of a roundup is the reporter of its entry', () => {
  it('reads heads in capitals with a colon after a dateline of one of them', () => {
    const text = 'BANGKOK/JAKARTA, Dec 3 (Wire) - Southeast Asian exporters posted uneven results in November.\n\nTHAILAND: Exports climbed 6.2 percent to $27.4 billion, the commerce ministry said.\n\nINDONESIA: The statistics agency put outbound sales at $22.8 billion, a rise of 3.1 percent.';
    const rows = releaseRows(text, '2025-12-03');
    expect(areaOf(rows, 27.4e9)).toBe('Thailand');
    expect(areaOf(rows, 22.8e9)).toBe('Indonesia');
    expect(row(rows, 22.8e9)?.partner).toBe('World');
  });
  it('reads bulleted heads in title case with the entry period in brackets', () => {
    const text = 'Asian trade at a glance\n\n* Malaysia (October): Shipments abroad were worth 131.5 billion ringgit, up 4.4 percent.\n\n* Philippines (October): Customs figures showed imports of $11.9 billion.';
    const rows = releaseRows(text, '2025-11-20');
    expect(areaOf(rows, 131.5e9)).toBe('Malaysia');
    expect(areaOf(rows, 11.9e9)).toBe('Philippines');
  });
  it('reads heads closed by a dash in a bloc overview', () => {
    const text = 'MERCOSUR ROUNDUP, Feb 6 - Trade in the bloc cooled in January.\n\nBrazil - The trade secretariat said exports fell 2.1 percent to $22.6 billion.\n\nArgentina - Imports rose to $5.3 billion, official data showed.';
    const rows = releaseRows(text, '2026-02-06');
    expect(areaOf(rows, 22.6e9)).toBe('Brazil');
    expect(areaOf(rows, 5.3e9)).toBe('Argentina');
  });
  it('reads the first entry on the dateline country and the next on another in a BRICS digest', () => {
    const text = 'NEW DELHI, Oct 16 -- A digest of BRICS members\' September trade.\n\nIndia: Merchandise exports came to $36.4 billion in September, 6.7 percent more than a year before.\n\nSouth Africa: Its trade surplus narrowed to 8.1 billion rand, the revenue service reported.';
    const rows = releaseRows(text, '2025-10-16');
    expect(areaOf(rows, 36.4e9)).toBe('India');
    expect(areaOf(rows, 8.1e9)).toBe('South Africa');
  });
  it('reads territories with customs statistics of their own as heads, and gives each entry its own lead month', () => {
    const text = 'SINGAPORE, Dec 1 (Wire) - Regional trade data were mixed.\n\nHONG KONG: The census department said total exports grew 9.3 percent in October to HK$455.2 billion.\n\nTAIWAN: The finance ministry\'s September figures, out late last month, showed exports of US$41.2 billion, up 11.4 percent. Imports came to US$33.1 billion.';
    const rows = releaseRows(text, '2025-12-01');
    expect(areaOf(rows, 455.2e9)).toBe('Hong Kong');
    expect(row(rows, 41.2e9)).toMatchObject({ area: 'Taiwan', period_start: '2025-09' });
    expect(row(rows, 33.1e9)).toMatchObject({ area: 'Taiwan', period_start: '2025-09', period_end: '2025-09' });
  });
  it('keeps a partner list of one reporter, in small letters after the colon, as partners (near miss)', () => {
    const text = 'TOKYO, Nov 20 - Japan\'s exports rose 3.6 percent in October, the finance ministry said.\n\n- China: exports ¥1.62 trillion, imports ¥2.05 trillion\n\n- United States: exports ¥1.71 trillion, imports ¥0.98 trillion';
    const rows = releaseRows(text, '2025-11-20');
    expect(row(rows, 1.62e12)).toMatchObject({ area: 'Japan', partner: 'China' });
    expect(row(rows, 1.71e12)).toMatchObject({ area: 'Japan', partner: 'United States' });
  });
  it('keeps list items of partners whose amount follows the dash as partners (near miss)', () => {
    const text = 'External trade of Armenia, January-September 2026\n\nLargest partners:\n- Russia – USD 4,120.6 million (35.2 per cent);\n- China – USD 1,388.4 million (11.9 per cent).';
    const rows = releaseRows(text, '2026-10-20');
    expect(row(rows, 4120.6e6)).toMatchObject({ area: 'Armenia', partner: 'Russia' });
    expect(row(rows, 1388.4e6)).toMatchObject({ area: 'Armenia', partner: 'China' });
  });
  it('does not take one country heading a single paragraph of another country\'s release for a roundup (near miss)', () => {
    const text = 'SEOUL, Dec 2 - South Korea\'s exports rose 8.4 percent to $61.2 billion in November.\n\nJAPAN: Shipments to Japan fell 2.3 percent to $2.4 billion, the ministry said.';
    const rows = releaseRows(text, '2025-12-02');
    expect(row(rows, 2.4e9)).toMatchObject({ area: 'South Korea', partner: 'Japan' });
  });
});

describe('a participle of publication with a loose time dates the publishing, not the figures', () => {
  it('reads "published late last month" as an aside', () => {
    const rows = releaseRows("TOKYO, Dec 2 - The finance ministry's October figures, published late last month, showed exports of 9.41 trillion yen.", '2025-12-02');
    expect(levelTuple(row(rows, 9.41e12)!)).toEqual(['2025-10', '2025-10', 9.41e12, 'JPY', null]);
  });
  it('reads "released at the end of last month" as an aside', () => {
    const rows = releaseRows('Vietnam\'s August trade data, released at the end of last month, put imports at $34.8 billion.', '2025-10-03');
    expect(row(rows, 34.8e9)).toMatchObject({ period_start: '2025-08', period_end: '2025-08' });
  });
  it('reads "which came out in mid-September" as an aside', () => {
    const rows = releaseRows('The bureau\'s August numbers, which came out in mid-September, showed exports of 24.1 billion dollars.', '2025-10-02');
    expect(row(rows, 24.1e9)).toMatchObject({ period_start: '2025-08', period_end: '2025-08' });
  });
  it('reads "put out early this month" as an aside', () => {
    const rows = releaseRows('Canada\'s third-quarter tally, put out early this month, showed goods exports of C$187.6 billion.', '2025-11-20');
    expect(row(rows, 187.6e9)).toMatchObject({ period_start: '2025-07', period_end: '2025-09' });
  });
  it('reads "unveiled late in April" as an aside', () => {
    const rows = releaseRows("The agency's March report, unveiled late in April, put the trade surplus at 4.2 billion euros.", '2025-05-10');
    expect(row(rows, 4.2e9)).toMatchObject({ period_start: '2025-03', period_end: '2025-03' });
  });
  it('keeps a period after goods released from a warehouse (near miss)', () => {
    const rows = releaseRows('Copper cathode, released from bonded warehouses in late October, reached 12,000 tonnes, traders said.', '2025-11-20');
    expect(row(rows, 12000)).toMatchObject({ period_start: '2025-10', period_end: '2025-10' });
  });
  it('keeps a period the figures are given for after a colon (near miss)', () => {
    const rows = releaseRows('The customs office published its figures on Monday: in late October, exports rose 4.1 percent to $30.2 billion.', '2025-11-20');
    expect(row(rows, 30.2e9)).toMatchObject({ period_start: '2025-10', period_end: '2025-10' });
  });
});
