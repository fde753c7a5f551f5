/**
 * Rules widened in the fixing round for b270 and b272 (second round): each phenomenon in several frames of our own.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const flowOf = (text: string, value: number, published = '2026-03-01') => row(releaseRows(text, published), value)?.flow;

describe('a balance struck "of" or "in" trade named by both flows is a balance, not two-way trade', () => {
  it.each([
    ['NANNING, Feb 20 -- The surplus of import and export trade was 65.9 billion yuan in 2025.', 65.9e9],
    ['KUNMING, Jan 20 -- In 2025 the province\'s deficit in export and import trade came to 12.4 billion yuan.', -12.4e9],
    ['The balance of imports and exports trade stood at 3.2 billion dollars in 2025.', 3.2e9],
    ['A surplus of 8.1 billion yuan was recorded in import-export trade last year.', 8.1e9],
    ['For the whole of 2025, the shortfall on its exports and imports trade narrowed to 2.6 billion dollars.', -2.6e9],
  ])('reads %s as a balance', (text, value) => {
    expect(flowOf(text, value)).toBe('balance');
  });
  it('keeps two-way trade when the balance noun is not tied to it by a preposition (near miss)', () => {
    expect(flowOf('The surplus widened as import and export trade reached 88.1 billion yuan in 2025.', 88.1e9)).toBe('total');
  });
  it('keeps two-way trade as the subject before a balance named later (near miss)', () => {
    expect(flowOf('Import and export trade was 88.1 billion yuan in 2025, with a surplus of 4.2 billion yuan.', 88.1e9)).toBe('total');
  });
});

describe('an aside right after a flow that defines it does not set the flow', () => {
  it.each([
    ['AMSTERDAM, Oct 15 -- Re-exports, goods that are imported and leave the country again after little or no processing, grew faster, by 18.9 percent, to 31.2 billion euros.', 31.2e9, 'export'],
    ['BERLIN, Mar 2 -- Processing exports — materials brought in from abroad to be worked and sold on — rose 4.1 percent to 12.3 billion euros in February.', 12.3e9, 'export'],
    ['ROTTERDAM, Oct 15 -- Transit exports (that is, merchandise which enters from Germany and is shipped straight on) came to 5.5 billion euros in September.', 5.5e9, 'export'],
    ['SINGAPORE, Jan 17 -- Domestic exports, which are products made locally rather than imported and sent on, fell 3.2 percent to 14.1 billion dollars in December.', 14.1e9, 'export'],
    ['DUBLIN, Feb 14 -- Re-imports, i.e. Irish goods exported earlier and brought back home, reached 0.9 billion euros in January.', 0.9e9, 'import'],
  ])('reads %s with the defined flow', (text, value, flow) => {
    expect(flowOf(text, value)).toBe(flow);
  });
  it('keeps each flow of two asides that report figures, not definitions (near miss)', () => {
    const rows = releaseRows('AMSTERDAM, Oct 15 -- Re-exports, which grew 18.9 percent to 31.2 billion euros, and imports, which rose 5 percent to 29.4 billion euros, both set records.', '2026-03-01');
    expect(row(rows, 31.2e9)?.flow).toBe('export');
    expect(row(rows, 29.4e9)?.flow).toBe('import');
  });
  it('keeps the flow of a later clause after a comma that opens no definition (near miss)', () => {
    expect(flowOf('AMSTERDAM, Oct 15 -- Exports rose 4 percent to 31.2 billion euros, while imports grew 2 percent to 28.1 billion euros.', 28.1e9)).toBe('import');
  });
});

describe('a growth whose subject names the whole of its flow does not point back at a level of named goods', () => {
  const growthRow = (text: string, yoy: number) => releaseRows(text, '2026-11-01').find((r) => r.yoy_pct === yoy);
  it.each([
    ['London, 11 August 2023 (wire) - Services exports were estimated at £38.6 billion over the three months to June 2023. Compared with the three months to June 2022, total exports of goods and services were 1.8% lower in current prices.', -1.8],
    ['OTTAWA, March 5 -- Energy exports came to C$14.2 billion in January 2026. Against January 2025, overall exports were 3.4% higher.', 3.4],
    ['WELLINGTON, 20 February 2026 - Dairy exports reached NZ$2.1 billion in January 2026. Compared with January 2025, exports of all goods rose 6.2 percent.', 6.2],
    ['OSLO, 15 Oct 2026 - Imports of machinery totalled NOK 21.5 billion in September 2026. Compared with September 2025, imports of goods and services were down 2.7 percent.', -2.7],
    ['SEOUL, Nov. 1, 2026 -- Chip shipments came to 14.8 billion dollars in October 2026. Set against October 2025, all shipments were up 9.9 percent.', 9.9],
  ])('keeps the growth of %s as its own row', (text, yoy) => {
    expect(growthRow(text, yoy)?.value).toBeNull();
  });
  it('still gives a bare pointing subject to the named goods before it (near miss)', () => {
    expect(growthRow('SEOUL, Nov. 1, 2026 -- Chip shipments came to 14.8 billion dollars in October 2026. Set against October 2025, shipments were up 9.9 percent.', 9.9)?.value).toBe(14.8e9);
  });
  it('still gives "total exports" to a level of all goods before it (near miss)', () => {
    expect(growthRow('SEOUL, Nov. 1, 2026 -- Exports came to 58.1 billion dollars in October 2026. Compared with October 2025, total exports were up 4.4 percent.', 4.4)?.value).toBe(58.1e9);
  });
});

describe('a clause opened inside the sentence by the same period of a named year dates its amount', () => {
  const periodOf = (text: string, value: number) => {
    const r = row(releaseRows(text, '2020-08-15'), value);
    return r && [r.period_start, r.period_end];
  };
  it.each([
    ['WARSAW, 15 August 2020 - In January-June 2020 the positive balance reached PLN 20 529.4 million, whereas in the corresponding period of 2019 a negative balance of PLN 3 822.6 million was recorded.', -3822.6e6],
    ['WARSAW, 15 August 2020 - In January-June 2020 the positive balance reached PLN 20 529.4 million; during the same months of 2019, exports totalled PLN 400.1 billion.', 400.1e9],
    ['WARSAW, 15 August 2020 - In January-June 2020 the positive balance reached PLN 20 529.4 million, while for the comparable period of 2019 the surplus stood at PLN 1.2 billion.', 1.2e9],
    ['PRAGUE, 15 August 2020 - Imports came to CZK 1.41 trillion in January-June 2020, but in the same half of 2019 the country bought goods worth CZK 1.58 trillion.', 1.58e12],
    ['BUDAPEST, 15 August 2020 - Over January-June 2020 the trade surplus was EUR 3.1 billion; by contrast, in the similar period of 2019 there was a deficit of EUR 0.4 billion.', -0.4e9],
  ])('dates the amount of %s a year before', (text, value) => {
    expect(periodOf(text, value)).toEqual(['2019-01', '2019-06']);
  });
  it('keeps the own period of a change measured against the same period of a year (near miss)', () => {
    expect(periodOf('WARSAW, 15 August 2020 - Exports in January-June 2020 were PLN 492.1 billion, 3.1% less than in the corresponding period of 2019.', 492.1e9)).toEqual(['2020-01', '2020-06']);
  });
  it('keeps the own period of the level a base of the same period is set beside (near miss)', () => {
    expect(periodOf('WARSAW, 15 August 2020 - Exports in January-June 2020 were PLN 492.1 billion, compared with PLN 507.7 billion in the corresponding period of 2019.', 492.1e9)).toEqual(['2020-01', '2020-06']);
  });
});

describe("a bulletin's homes sold, post and telecoms, parcels, power capacity and firms' profits are no trade", () => {
  const LEAD = 'NANNING, Feb 20 -- In 2025 the region\'s foreign trade reached 759.3 billion yuan, up 5.8 percent. ';
  const growthRows = (text: string) => releaseRows(LEAD + text, '2026-02-20').filter((r) => r.yoy_pct !== 5.8);
  it.each([
    'Sales of commercial housing fell 8.2 percent.',
    'The total business volume of postal services was 41.2 billion yuan, up 12.4 percent.',
    'Express deliveries reached 1.82 billion pieces, up 15.1 percent.',
    'Generating capacity reached 78.5 million kilowatts, up 9.3 percent, and installed wind capacity hit 12.1 GW, an increase of 7.7 percent.',
    'Total profits of industrial enterprises above designated size were 98.7 billion yuan, up 3.3 percent, while telecom business volume rose 14.0 percent.',
  ])('reads no trade row in %s', (text) => {
    expect(growthRows(text)).toEqual([]);
  });
  it('still reads the parcels a border post cleared as exports when the flow is named (near miss)', () => {
    expect(growthRows('Exports of cross-border e-commerce parcels reached 2.4 billion yuan, up 21.0 percent.').map((r) => r.flow)).toEqual(['export']);
  });
  it('still reads the trips of a railway express service (near miss)', () => {
    expect(releaseRows('CHONGQING, Sept. 9 -- China-Europe Railway Express services from Chongqing completed 1,850 trips between January and August, up 11 percent.', '2026-09-09').length).toBeGreaterThan(0);
  });
});
