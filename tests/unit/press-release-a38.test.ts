/**
 * Issue 9, twenty-fifth session: causes found on the rows left in blind batches 132, 134 and 135 (real releases;
 * bilateral trade seen from both sides). Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

describe('Eurostat named as the source reports the European Union, unless the euro area is named', () => {
  const release = 'BRUSSELS, 3 April - The EU bought goods worth €41.2 billion from Japan in 2026, down 2.0%, Eurostat reported.\n\n'
    + 'Japan accounted for 3.4% of the goods the union imported from outside the bloc.\n\n'
    + 'Purchases of machinery from Japan rose 5% to €12.5 billion.';
  it('gives the union as the area of figures whose sentence names no reporter', () => {
    const rows = releaseRows(release, '2027-04-03');
    expect(rows.filter((r) => r.commodity === 'machinery').map((r) => [r.area, r.partner, r.flow, r.value])).toEqual([
      ['European Union', 'Japan', 'import', 12500000000],
    ]);
  });
  it('does not make the union the reporter of a release on the euro area (guard)', () => {
    const rows = releaseRows('LUXEMBOURG, 17 March - The euro area recorded a €20.1 billion surplus in trade in goods with the rest of the world in January 2027, Eurostat said.', '2027-03-17');
    expect([...new Set(rows.map((r) => r.area))]).toEqual(['Euro area']);
  });
});

describe('an area carried from the sentences before is not the country the figure\'s goods went to', () => {
  const release = 'PRETORIA - South Africa\'s exports to China grew to R190.4 billion in 2026, according to the South African Revenue Service.\n\n'
    + 'Chinese customs data put China-South Africa trade at 54.1 billion US dollars last year, down 2.0 percent.\n\n'
    + 'China\'s trade with Africa as a whole reached 300.2 billion dollars in 2026, Beijing said in January.\n\n';
  it('gives the release\'s own country to "Wine exports to China climbed 12%" after a paragraph on China\'s own trade', () => {
    const rows = releaseRows(`${release}Wine makers had a good year. Wine exports to China climbed 12% in volume, their association said.`, '2027-02-10');
    expect(rows.filter((r) => r.commodity === 'wine').map((r) => [r.area, r.partner, r.flow, r.yoy_pct])).toEqual([['South Africa', 'China', 'export', 12]]);
  });
  it('keeps a country the sentence names as its subject as well (guard)', () => {
    const rows = releaseRows(`${release}China\'s wine imports from South Africa fell 4% to 120 million dollars.`, '2027-02-10');
    expect(rows.filter((r) => r.commodity === 'wine').map((r) => [r.area, r.partner, r.flow])).toEqual([['China', 'South Africa', 'import']]);
  });
});

describe('an opening told in a "which" clause of the subject, with a total in the perfect right after it', () => {
  it('runs "The tunnel, which opened to freight in March 2023, has handled ..." from the opening month to the month stated', () => {
    const rows = releaseRows('HUNCHUN, July 9 -- The new cross-border road tunnel, which opened to freight in March 2023, has handled more than 2.5 million tonnes of cargo as of the end of June, the port authority said.', '2026-07-09');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value, r.unit])).toEqual([['2023-03', '2026-06', 2500000, 'tonnes']]);
  });
  it('leaves a "which" clause followed by a plain past tense as the date of the opening only (guard)', () => {
    const rows = releaseRows('HUNCHUN, July 9 -- The new cross-border road tunnel, which opened to freight in March 2023, handled 310,000 tonnes of cargo in June 2026, the port authority said.', '2026-07-09');
    expect(rows.map((r) => [r.period_start, r.period_end, r.value])).toEqual([['2026-06', '2026-06', 310000]]);
  });
});

describe('a bare count "of them" whose base later in the clause names the count noun', () => {
  const lead = 'HEFEI, Jan 22 -- Anhui\'s exports grew 6.0% in 2026. New energy trucks sold well abroad. ';
  it('counts the noun of "up from 41,200 trucks" for "Anhui shipped 88,500 of them, a gain of 114.8 percent, ..."', () => {
    const rows = releaseRows(`${lead}Anhui shipped 88,500 of them, a gain of 114.8 percent, up from 41,200 trucks in 2025.`, '2027-01-22');
    expect(rows.filter((r) => r.value === 88500).map((r) => [r.value, r.unit, r.yoy_pct])).toEqual([[88500, 'vehicles', 114.8]]);
  });
  it('reads no count of a bare "of them" whose base names no count noun (guard)', () => {
    const rows = releaseRows(`${lead}Anhui shipped 88,500 of them, up from 41,200 in 2025.`, '2027-01-22');
    expect(rows.filter((r) => r.value === 88500)).toEqual([]);
  });
});
