/**
 * Rules of the fixing round for b261 and b260 leftovers (the far ends of the China routes; transfer test 9): each phenomenon
 * in several frames of our own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('cargo a port handles "between" it and a place at the other end is the port\'s, the other end its partner', () => {
  const cases: [string, string, number, string, string][] = [
    ['the Port of X, container traffic', 'Bremen, 4 March 2026. Container traffic between the Port of Hamburg and China slipped to 2.05 million TEU in 2025, the marketing body said.', 2.05e6, 'Hamburg Port', 'China'],
    ['X Port, containers shipped', 'ROTTERDAM, Jan 9 -- Containers shipped between Duisburg Port and China rose to 240,000 TEU last year.', 240000, 'Duisburg Port', 'China'],
    ['a town the lexicon lacks, rail freight', 'Rail freight moved between the port of Koper and Hungary reached 1.2 million tonnes in 2025, up 4 percent, according to the operator.', 1.2e6, 'Koper Port', 'Hungary'],
    ['volumes, a verb between', 'In 2025 volumes carried between the Port of Gdansk and China grew to 410,000 TEU, port data showed.', 410000, 'Gdansk Port', 'China'],
    ['container freight after an opening clause', 'According to the port authority, container freight between Aktau Port and Azerbaijan came to 1.4 million tonnes in 2025.', 1.4e6, 'Aktau Port', 'Azerbaijan'],
  ];
  for (const [name, text, value, area, partner] of cases) {
    it(`reads ${name}`, () => {
      const r = row(releaseRows(text, '2026-03-04'), value);
      expect(r?.area).toBe(area);
      if (partner) expect(r?.partner).toBe(partner);
    });
  }
  it('leaves trains between two countries a route (no port first)', () => {
    const rows = releaseRows('BERLIN, Jan 9 -- Container traffic between China and Europe on the rail corridor reached 380,000 TEU in 2025, the association said.', '2026-01-09');
    expect(row(rows, 380000)?.area).not.toBe('China');
  });
  it('leaves a leg between two ports a route (no port is the other end\'s partner)', () => {
    const rows = releaseRows('BERLIN, Jan 9 -- Container traffic between Duisburg Port and Rotterdam Port reached 90,000 TEU in 2025, the operator said.', '2026-01-09');
    expect(row(rows, 90000)?.area).not.toBe('Duisburg Port');
  });
});

describe('a town the lexicon lacks, named as where a hub or terminal lies, is a town (the hub\'s figures are its own)', () => {
  const cases: [string, string, number, string][] = [
    ['"the X terminal in Town" opening the sentence', 'The BILK terminal in Budapest received 480 trains from China in 2025, up 12 percent, the operator said.', 480, 'Budapest'],
    ['"the intermodal hub at Town" after the amount', 'Some 52,000 TEU passed through the intermodal hub at Sopron in 2025, the operator said. Trains from China numbered 310.', 310, 'Sopron'],
    ['"the freight village in Town" inside a participle', 'Trains from China arriving at the freight village in Verona totalled 260 in 2025, the operator said.', 260, 'Verona'],
    ['"a logistics centre in Town" as the subject after an opening', 'In 2025 a logistics centre in Brno handled 38,000 TEU of Chinese cargo, its owner said.', 38000, 'Brno'],
    ['"the new rail yard at Town" after a dateline of another town', 'PRAGUE, Feb 2 -- China trains unloaded at the new rail yard at Ostrava numbered 140 last year.', 140, 'Ostrava'],
  ];
  for (const [name, text, value, area] of cases) {
    it(`reads ${name}`, () => {
      expect(row(releaseRows(text, '2026-02-02'), value)?.area).toBe(area);
    });
  }
  it('takes no wider place of a hub named by its own town for a town ("the Mortara terminal in Lombardy")', () => {
    expect(row(releaseRows('The Mortara intermodal terminal in Lombardy received 58 trains from China in 2025.', '2026-02-02'), 58)?.area).not.toBe('Lombardy');
  });
  it('takes no town whose name heads a newspaper of the release ("The Budapest Times reported ...")', () => {
    expect(row(releaseRows('The Budapest Times reported that the terminal in Budapest received 480 trains from China in 2025.', '2026-02-02'), 480)?.area).not.toBe('Budapest');
  });
});
