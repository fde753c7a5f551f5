/**
 * Rules of issue 9, part bz: blind batch 59 (fixtures b59-… in tests/corpus/press-release): land ports, border
 * crossings, freight trains, dry ports and zones on both sides of China's borders, ninth round, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

type Row = ReturnType<typeof releaseRows>[number];
const placed = (r: Row) => [r.value, r.area, r.flow];
const dated = (r: Row) => [r.period_start, r.period_end, r.value];

describe('a fiscal year that places the months before it', () => {
  it('"between 2 April and 20 October of the 2026-2027 financial year" is carried as that span, not as the whole year', () => {
    const text = "Myanmar's exports to Thailand came to US$1.31 billion between 2 April and 20 October of the 2026-2027 financial year. Imports were worth $0.84 billion.";
    expect(releaseRows(text, '2026-10-28').map(dated)).toEqual([
      ['2026-04', '2026-10', 1310000000],
      ['2026-04', '2026-10', 840000000],
    ]);
  });
});

describe('crossings named by more words or other kinds', () => {
  it('a Vietnamese gate named by three words is one port', () => {
    const text = 'Trade through the Si Ma Cai border gate reached 96 million USD in the first ten months of 2026.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([[96000000, 'Si Ma Cai Port', 'total']]);
  });

  it('a province before a two-word port name only locates it', () => {
    const text = 'Guangxi Beibu Gulf Port handled 7.1 million TEUs in January-October 2026.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([[7100000, 'Beibu Gulf Port', 'total']]);
  });

  it('a Myanmar "border trade camp" is a crossing', () => {
    const text = 'Trade through the Chinshwehaw border trade camp stood at US$402 million in April-October 2026.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([[402000000, 'Chinshwehaw Port', 'total']]);
  });
});

describe('dates of events beside the figures', () => {
  it('"which opened for trade in June 2025" dates the opening, not the figures after it', () => {
    const text = 'Imports through the Lizhi customs point rose to Rs 300 million in the first four months of 2026. The Nechung border point, which opened for trade in June 2025, recorded imports worth Rs 95 million.';
    expect(releaseRows(text, '2026-05-10').map(dated)).toEqual([
      ['2026-01', '2026-04', 300000000],
      ['2026-01', '2026-04', 95000000],
    ]);
  });

  it('"was upgraded to an international gate in 2023" dates the upgrade only', () => {
    const text = 'Trade via the Tay Trang border gate was 88 million USD in January-October 2026; the gate was upgraded to an international gate in 2023. Across Dien Bien, border trade reached 97 million USD.';
    expect(releaseRows(text, '2026-11-10').map(dated)).toEqual([
      ['2026-01', '2026-10', 88000000],
      ['2026-01', '2026-10', 97000000],
    ]);
  });
});

describe('a flow word that leads the next amount', () => {
  it('"Exports, mostly X and Y, were A and imports B": A is exports', () => {
    const text = 'Trade through the Tay Trang border gate was 88 million USD in January-October 2026. Exports, mostly rubber and tea, were 51 million USD and imports 37 million USD.';
    expect(releaseRows(text, '2026-11-10').map((r) => [r.value, r.flow])).toEqual([
      [88000000, 'total'],
      [51000000, 'export'],
      [37000000, 'import'],
    ]);
  });
});

describe('a place that frames the sentence', () => {
  it('"In Gansu, the Mazongshan port handled ...": the region in the opening phrase is no list with the port', () => {
    const text = 'In Gansu, the Mazongshan port handled 2.3 million tonnes of coal in January-October 2026.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([[2300000, 'Mazongshan Port', 'total']]);
  });

  it('"Across Dien Bien as a whole": a province learned with its administrative word frames the sentence', () => {
    const text = 'Trade via the Tay Trang border gate in the northwestern province of Dien Bien was 88 million USD in January-October 2026.\n\nAcross Dien Bien as a whole, border trade reached 97 million USD.';
    expect(releaseRows(text, '2026-11-10').map(placed)).toEqual([
      [88000000, 'Tay Trang Port', 'total'],
      [97000000, 'Dien Bien', 'total'],
    ]);
  });
});
