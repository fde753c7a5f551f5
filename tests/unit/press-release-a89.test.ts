/**
 * Rules added in the fixing round for b203 (issue 9): wire and news-agency English from China's neighbours and partners
 * (a dollar sign spaced off "US", levies named as customs payments, ...). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-07-20'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a89', source_url: 'https://example.org/r/a89', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('"US $" with a space is the dollar, not the United States', () => {
  it('keeps the reporter the area of an opening "US $" amount', () => {
    const rows = rowsOf('KARACHI, Jul 20 (APP): Pakistan\'s exports to China in the fiscal year 2025-26 (July-June) rose 11.4 percent to US $3.06 billion, the bureau said.');
    expect(row(rows, 3.06e9)).toMatchObject({ unit: 'USD', area: 'Pakistan', partner: 'China', flow: 'export' });
  });
  it('reads "US $" in a trailing clause after a comma', () => {
    const rows = rowsOf('COLOMBO, Jul 20 -- Sri Lanka\'s imports from China in June were up 6 percent, totalling US $412 million.');
    expect(row(rows, 412e6)).toMatchObject({ unit: 'USD', area: 'Sri Lanka', partner: 'China', flow: 'import' });
  });
  it('reads "US $" inside brackets after a national-currency amount', () => {
    const rows = rowsOf('DHAKA, Jul 20 -- Bangladesh\'s exports to China in June reached Tk 48.6 billion (US $414 million), the bureau said.');
    expect(row(rows, 414e6)).toMatchObject({ unit: 'USD', area: 'Bangladesh', partner: 'China' });
  });
  it('reads "U.S. $" spaced the same way, in the passive', () => {
    const rows = rowsOf('KATHMANDU, Jul 20 -- Goods worth U.S. $96.5 million were imported from China by Nepal in June, customs said.');
    expect(row(rows, 96.5e6)).toMatchObject({ unit: 'USD', area: 'Nepal', partner: 'China' });
  });
  it('reads "US $" before a spelled scale in a wire headline-style sentence', () => {
    const rows = rowsOf('ISLAMABAD, Jul 20 (APP): Pakistan\'s copper shipments to China were worth US $ 640 million in June, up 18 percent year on year.');
    expect(row(rows, 640e6)).toMatchObject({ unit: 'USD', area: 'Pakistan', partner: 'China', yoy_pct: 18 });
  });
  it('still reads the US as the partner after "from", with its "US $" amount in dollars (guard)', () => {
    const rows = rowsOf('ISLAMABAD, Jul 20 (APP): In June, exports to China stood at US $260 million, while imports from the US were US $410 million.');
    expect(row(rows, 410e6)).toMatchObject({ unit: 'USD', area: 'Pakistan', partner: 'United States', flow: 'import' });
    expect(row(rows, 260e6)).toMatchObject({ unit: 'USD', partner: 'China' });
  });
  it('still reads the United States named before a dollar amount with a comma (guard)', () => {
    const rows = rowsOf('ISLAMABAD, Jul 20 (APP): Pakistan\'s exports to the US, at $5.1 billion in June, were higher than its exports to China.');
    expect(rows.every((r) => r.area !== 'United States')).toBe(true);
    expect(row(rows, 5.1e9)?.partner).toBe('United States');
  });
  it('still reads "US" as the country when no dollar sign follows (guard)', () => {
    const rows = rowsOf('WASHINGTON, Jul 20 -- US imports from China fell 9.2 percent to 38.4 billion dollars in June.');
    expect(row(rows, 38.4e9)).toMatchObject({ area: 'United States', partner: 'China', flow: 'import' });
  });
});

describe('customs payments, charges, fees and receipts are money levied, not goods traded', () => {
  it('drops "customs payments" opening the sentence, and their share of revenue', () => {
    const rows = rowsOf('BISHKEK, Jul 20 (Kabar) - Trade rose. Customs payments collected on goods imported from China reached 21.6 billion soms, or 38 percent of all customs revenue.');
    expect(rows.some((r) => r.value === 21.6e9 || r.value === 38)).toBe(false);
  });
  it('drops "customs charges" after an opening phrase, with their change', () => {
    const rows = rowsOf('ASTANA, Jul 20 - Trade rose. In the first half, customs charges levied on imports from China amounted to 310 billion tenge, up 9 percent.');
    expect(rows.some((r) => r.value === 310e9 || r.yoy_pct === 9)).toBe(false);
  });
  it('drops an amount collected "in customs payments"', () => {
    const rows = rowsOf('TASHKENT, Jul 20 (UzA). Trade with China rose. Importers paid 740 million dollars in customs payments on goods from China in the first half, up 12 percent.');
    expect(row(rows, 740e6)).toBeUndefined();
  });
  it('drops "customs fees" in a "while" clause but keeps the goods before it', () => {
    const rows = rowsOf('TASHKENT, Jul 20 (UzA). Uzbekistan\'s imports from China amounted to 4.8 billion dollars in the first half, while customs fees paid on them came to 410 million dollars.');
    expect(row(rows, 410e6)).toBeUndefined();
    expect(row(rows, 4.8e9)).toMatchObject({ flow: 'import', partner: 'China' });
  });
  it('drops "customs receipts" from a trade', () => {
    const rows = rowsOf('BAKU, Jul 20. Trade rose. Customs receipts from Azerbaijan\'s trade with China totalled 880 million manats in the first half.');
    expect(row(rows, 880e6)).toBeUndefined();
  });
  it('keeps goods after a clause on customs payments that were cut (guard)', () => {
    const rows = rowsOf('BISHKEK, Jul 20 (Kabar) - After customs payments were cut, Kyrgyzstan\'s imports from China rose 9 percent to 1.2 billion dollars in the first half.');
    expect(row(rows, 1.2e9)).toMatchObject({ flow: 'import', yoy_pct: 9 });
  });
  it('keeps goods described as free of customs payments, and trade after "and" (guard)', () => {
    const free = rowsOf('ASTANA, Jul 20 - Kazakhstan\'s exports to China, which are free of customs payments under the deal, reached 7.4 billion dollars in the first half.');
    expect(row(free, 7.4e9)?.flow).toBe('export');
    const after = rowsOf('ASTANA, Jul 20 - Trade rose. Customs receipts from China trade were 12 billion tenge, and exports to China rose 8 percent to 7.4 billion dollars in the first half.');
    expect(row(after, 7.4e9)).toMatchObject({ flow: 'export', yoy_pct: 8 });
    expect(row(after, 12e9)).toBeUndefined();
  });
});

describe('a growth in the next sentence whose subject is "it" or "the figure" with a verb of change is the level\'s', () => {
  const level = 'TASHKENT, Oct 24 (UzA). In January-September 2025 the trade turnover of Uzbekistan with China amounted to 10.3 billion US dollars.';
  const growthOf = (next: string) => row(rowsOf(`${level} ${next}`, '2025-10-24'), 10.3e9)?.yoy_pct;
  it('after an opening base dated by its year ("Compared to the same period of 2024, it increased by")', () => {
    expect(growthOf('Compared to the same period of 2024, it increased by 18.7 percent.')).toBe(18.7);
  });
  it('with the base after the change ("It grew 18.7% year on year")', () => {
    expect(growthOf('It grew 18.7% year on year.')).toBe(18.7);
  });
  it('with "the figure" and an absolute change before the multiple', () => {
    expect(growthOf('The figure increased by $2.1 billion, or 1.4 times, compared to the same period last year.')).toBe(140);
  });
  it('in the perfect tense ("This has risen by")', () => {
    expect(growthOf('This has risen by 18.7 percent from a year earlier.')).toBe(18.7);
  });
  it('after an opening "Against" and a dated period, with "went up by"', () => {
    expect(growthOf('Against January-September 2024, it went up by 18.7%.')).toBe(18.7);
  });
  it('leaves "it said" a report, not a pointing subject (guard)', () => {
    const rows = rowsOf(`${level} It said exports rose 5 percent in September.`, '2025-10-24');
    expect(row(rows, 10.3e9)?.yoy_pct).toBeNull();
  });
  it('leaves a level of its own after "it" alone (guard)', () => {
    const rows = rowsOf(`${level} It reached 8.7 billion dollars in the same period of 2024.`, '2025-10-24');
    expect(row(rows, 10.3e9)?.yoy_pct).toBeNull();
  });
});

describe('goods said only to cross a border point are two-way, whatever flow the sentence before named', () => {
  const before = 'CHITA, Apr 12 (Interfax) - Imports from China through the checkpoint amounted to 710,000 tonnes in the quarter, up 14%.';
  const flowOf = (next: string, value: number) => row(rowsOf(`${before} ${next}`, '2024-04-12'), value)?.flow;
  it('reads "were transported across the border" in the passive', () => {
    expect(flowOf('In March, 1.79 million tonnes were transported across the border, the railway said.', 1.79e6)).toBe('total');
  });
  it('reads an active "crossed the border at"', () => {
    expect(flowOf('Some 2.4 million tonnes crossed the border at Zabaikalsk in March.', 2.4e6)).toBe('total');
  });
  it('reads a "Through the ... checkpoint," opening with goods "were cleared"', () => {
    expect(flowOf('Through the Zabaikalsk border checkpoint, goods worth 3.2 billion dollars were cleared in March.', 3.2e9)).toBe('total');
  });
  it('reads a worth "trucked across the border", with a synonym verb', () => {
    expect(flowOf('In March, goods worth 1.1 billion dollars were trucked across the border.', 1.1e9)).toBe('total');
  });
  it('reads "was moved across the border crossing" after "A further"', () => {
    expect(flowOf('A further 1.6 million tonnes was moved across the border crossing in March.', 1.6e6)).toBe('total');
  });
  it('keeps a flow word of the clause: "exported across the border" (guard)', () => {
    expect(flowOf('In March, 1.2 million tonnes of coal were exported across the border.', 1.2e6)).toBe('export');
  });
  it('makes no row of vehicles that crossed the border (guard)', () => {
    const rows = rowsOf(`${before} In March, about 41,000 vehicles crossed the border at the checkpoint.`, '2024-04-12');
    expect(row(rows, 41000)).toBeUndefined();
  });
  it('keeps "cleared for export through the checkpoint" an export (guard)', () => {
    expect(flowOf('In March, goods worth 2 billion dollars were cleared for export through the checkpoint.', 2e9)).toBe('export');
  });
});

describe('a participle of trade with its agent after "by" is the agent\'s, and "N percent of the goods exported by X" is a share', () => {
  const share = (text: string, value: number) => row(rowsOf(text, '2023-07-20'), value);
  it('reads a buyer\'s share of the goods "exported by" the reporter, with a trailing participle clause', () => {
    const rows = rowsOf('LUANDA, Jul 20 - China bought 64.2 percent of the crude oil exported by Angola in the first half, absorbing 128.4 million barrels.', '2023-07-20');
    expect(row(rows, 64.2)).toMatchObject({ unit: 'percent-share', area: 'Angola', partner: 'China', flow: 'export' });
    expect(row(rows, 128.4e6)).toMatchObject({ area: 'Angola', partner: 'China', flow: 'export' });
  });
  it('reads the share with a synonym verb ("absorbed") and a trailing attribution', () => {
    expect(share('LUSAKA, Jul 20 - China absorbed 58 percent of the copper exported by Zambia in the first half, the ministry said.', 58)).toMatchObject({ area: 'Zambia', partner: 'China', flow: 'export' });
  });
  it('reads "all oil exported by" after an opening period', () => {
    expect(share('BAKU, Jul 20 - In the first half, Italy bought 44.1 percent of all oil exported by Azerbaijan.', 44.1)).toMatchObject({ area: 'Azerbaijan', partner: 'Italy', flow: 'export' });
  });
  it('reads a supplier\'s share of the goods "imported by" the reporter as an import', () => {
    expect(share('NAIROBI, Jul 20 - Saudi Arabia supplied 27 percent of the fertiliser imported by Kenya in the first half.', 27)).toMatchObject({ area: 'Kenya', partner: 'Saudi Arabia', flow: 'import' });
  });
  it('reads "received" in the passive-agent frame the same way', () => {
    expect(share('BAKU, Jul 20 - Italy received 44.1 percent of the crude oil exported by Azerbaijan in the first half.', 44.1)).toMatchObject({ area: 'Azerbaijan', partner: 'Italy', flow: 'export' });
  });
  it('still turns goods "exported by" a partner into the reporter\'s import (guard)', () => {
    const rows = rowsOf('LUANDA, Jul 20 - Angola\'s imports rose. Machinery exported by China to Angola reached 2.1 billion dollars in the first half.', '2023-07-20');
    expect(row(rows, 2.1e9)).not.toMatchObject({ area: 'Angola', flow: 'export' });
  });
  it('keeps the reporter\'s own "exported" with no agent its export (guard)', () => {
    expect(share('LUANDA, Jul 20 - Angola exported 200 million barrels of crude oil in the first half.', 200e6)?.flow).toBe('export');
  });
});
