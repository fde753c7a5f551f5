/**
 * Rules of the fixing round for batch b172 (issue 9: other countries' agencies on their own trade and on their trade with
 * China, with China's count of the same trade beside it). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-03-20'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a64', source_url: 'https://example.org/r/a64', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe("China's customs named after the lead give the other side's count, not the release's country", () => {
  const story = [
    'Thai deficit with China widens in February',
    '',
    "BANGKOK, March 20 -- Thailand's trade gap with China grew wider in February, the commerce ministry said on Friday.",
    '',
    'The ministry put the deficit with China at $3.1 billion for the month.',
    '',
    'Exports to China were $2.4 billion and imports from China $5.5 billion.',
    '',
    "China's customs data, which record the same trade from Beijing's side, put China's exports to Thailand at $6.2 billion in February. China's imports from Thailand came to $2.8 billion, and China's surplus with Thailand to $3.4 billion.",
  ].join('\n');

  it('keeps the reporter the area of its own figures that name no place of their own', () => {
    const rows = rowsOf(story);
    expect(row(rows, -3.1e9)).toMatchObject({ area: 'Thailand', flow: 'balance', partner: 'China' });
    expect(row(rows, 2.4e9)).toMatchObject({ area: 'Thailand', flow: 'export' });
    expect(row(rows, 5.5e9)).toMatchObject({ area: 'Thailand', flow: 'import' });
  });
  it("still gives China's figures of that paragraph that name China to China (guard)", () => {
    const rows = rowsOf(story);
    expect(row(rows, 2.8e9)).toMatchObject({ area: 'China', flow: 'import', partner: 'Thailand' });
  });
  it("keeps a Chinese story that names its customs late China's (guard)", () => {
    const text = [
      "BEIJING, March 20 -- China's exports of solar cells rose 14.2 percent to 31.6 billion yuan in the first two months, while its imports of chips fell 3.1 percent.",
      '',
      'Shipments to Europe made up about a third of the cells sold abroad.',
      '',
      'Imports of wafers came to 8.4 billion yuan.',
      '',
      "China's customs data also showed exports of inverters at 12.3 billion yuan, up 6.7 percent, with Germany and the Netherlands the largest buyers.",
    ].join('\n');
    const rows = rowsOf(text);
    expect(row(rows, 8.4e9)?.area).toBe('China');
    expect(row(rows, 12.3e9)?.area).toBe('China');
  });
});

describe("a supplier's own customs, named by its possessive, keep its exports its own", () => {
  const story = [
    'Vietnam posts wider gap with China',
    '',
    "HANOI, March 20 -- Vietnam's trade deficit with China widened in February, the statistics office said on Friday.",
    '',
    'The deficit with China reached $8.6 billion in the month.',
    '',
    'Exports to China came to $4.9 billion.',
    '',
    "China's customs figures, compiled in Beijing, put China's exports to Vietnam at $14.1 billion in February.",
  ].join('\n');
  it("reads \"China's customs figures put China's exports to Vietnam at\" as China's export", () => {
    expect(row(rowsOf(story), 14.1e9)).toMatchObject({ area: 'China', flow: 'export', partner: 'Vietnam' });
  });
  it("still reads a supplier's sales to China seen by China's customs as China's import (guard)", () => {
    const rows = rowsOf("BEIJING, March 20 -- China's iron ore imports rose 5 percent to 98 million tonnes in February, customs data showed.\n\nAustralia's iron ore shipments to China rose 12 percent to 61 million tonnes, China's customs data showed.");
    expect(row(rows, 61e6)).toMatchObject({ area: 'China', flow: 'import', partner: 'Australia' });
  });
});

describe('an amount right after "per" is what a price is quoted for', () => {
  it('reads no cubic metres from a gas price per 1,000 cubic metres', () => {
    const rows = rowsOf('MOSCOW, March 20 - Pipeline gas sold to Europe fetched $352.4 per 1,000 cubic metres in February, the customs service said.');
    expect(rows.some((r) => r.value === 1000)).toBe(false);
  });
  it('reads no kilograms from a levy quoted per 100 kilograms', () => {
    const rows = rowsOf('ALMATY, March 20 - Exporters of grain paid a levy of 12 dollars per 100 kilograms shipped in February, while grain exports reached 410,000 tonnes.');
    expect(rows.some((r) => r.value === 100)).toBe(false);
    expect(row(rows, 410_000)).toMatchObject({ unit: 'tonnes', flow: 'export' });
  });
});

describe('a percentage right after a count of declarations, then "more", is the count\'s change', () => {
  it('gives no growth row to "N declarations, 9% more than a year earlier"', () => {
    const rows = rowsOf('VLADIVOSTOK, March 20 - In February the directorate\'s customs posts registered 21,460 export declarations, 11% more than a year earlier, and the region\'s exports reached 1.9 billion US dollars.');
    expect(rows.some((r) => r.yoy_pct === 11)).toBe(false);
    expect(row(rows, 1.9e9)).toMatchObject({ flow: 'export' });
  });
  it('keeps "N dollars, 9% more than a year earlier" a growth (guard)', () => {
    const rows = rowsOf('VLADIVOSTOK, March 20 - In February the region\'s exports reached 1.9 billion US dollars, 11% more than a year earlier.');
    expect(row(rows, 1.9e9)?.yoy_pct).toBe(11);
  });
});

describe('"; in physical terms, ..." ending a sentence gives its growth to the physical amount', () => {
  it('gives the change to the cubic metres, none to their worth', () => {
    const rows = rowsOf('KHABAROVSK, March 20 - In January-February 2026, exports of sawn timber came to 2.3 million cubic metres worth 410 million US dollars; in physical terms, supplies grew by 4.1%.');
    expect(row(rows, 2.3e6)).toMatchObject({ yoy_pct: 4.1 });
    expect(row(rows, 410e6)?.yoy_pct).toBeNull();
    expect(rows.some((r) => r.value === null)).toBe(false);
  });
});
