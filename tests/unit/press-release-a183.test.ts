/**
 * Rules of the fixing round for b282-01 to b282-07 (reports of international bodies that quote many countries' trade).
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a report of a body gathering many reporters: the subject of a sentence owns its figures', () => {
  it('reads a subject with an apposition before its verb ("Brazil, the top farm exporter, shipped")', () => {
    const rows = releaseRows('GENEVA, May 3 - World merchandise trade grew 3 percent last year, the World Trade Organization said in its yearly review.\n\nBrazil, the top farm exporter in the region, shipped $340 billion of goods abroad in 2024, up 2.5 percent. Canada followed.', '2025-05-03');
    expect(row(rows, 340e9)).toMatchObject({ area: 'Brazil', flow: 'export' });
  });
  it('reads a subject "remained" something "with imports of" (a rank, then the figure)', () => {
    const rows = releaseRows('UNCTAD: first-quarter goods trade steady\n\nThe Republic of Korea remained a large buyer of energy, with imports of $142 billion in the first quarter of 2025, UNCTAD said in its quarterly update.', '2025-06-10');
    expect(row(rows, 142e9)).toMatchObject({ area: 'South Korea', flow: 'import' });
  });
  it('reads a subject after an adverb opening the sentence ("Elsewhere, Indonesia posted")', () => {
    const rows = releaseRows('The OECD published its quarterly review of G20 trade on Tuesday.\n\nGermany\'s exports were flat. Elsewhere, Indonesia posted a goods surplus of $9.4 billion in the first quarter of 2025.', '2025-05-20');
    expect(row(rows, 9.4e9)).toMatchObject({ area: 'Indonesia', flow: 'balance' });
  });
  it('reads a subject after "According to" a reporter\'s records in a partner database', () => {
    const rows = releaseRows('Mirror data from the IMF\'s Direction of Trade Statistics shed light on Central Asian trade in 2023.\n\nAccording to Kazakh statistics filed with the Fund, Kazakhstan recorded imports of $2.1 billion from Uzbekistan in 2023, up 14 percent.', '2024-06-01');
    expect(row(rows, 2.1e9)).toMatchObject({ area: 'Kazakhstan', flow: 'import' });
  });
  it('reads a subject of a plain past verb ("Peru earned") in a regional body\'s report', () => {
    const rows = releaseRows('APEC trade trends, 2024 edition\n\nThe Asia-Pacific Economic Cooperation secretariat released its regional trends report on Friday. In 2024, Peru earned $73 billion from exports of goods, 12 percent more than a year earlier.', '2025-04-11');
    expect(row(rows, 73e9)).toMatchObject({ area: 'Peru', flow: 'export' });
  });
  it('does not make a supplier the area in a national release (guard)', () => {
    const rows = releaseRows('BEIJING, March 7 (Xinhua) -- China\'s General Administration of Customs said beef imports rose in the first two months.\n\nBrazil, the top supplier, shipped 112,000 tonnes of beef to China in January-February, up 9 percent.', '2025-03-07');
    expect(row(rows, 112000)?.area).toBe('China');
  });
  it('does not make a buyer taking a share of another\'s exports the area (guard)', () => {
    const rows = releaseRows('UN Comtrade records cover the coal trade of 2023.\n\nAustralia\'s coal exports reached $91 billion in 2023, according to the database. Japan took 24 percent of Australia\'s coal exports by value.', '2024-05-02');
    expect(row(rows, 24)?.area).not.toBe('Japan');
  });
});
