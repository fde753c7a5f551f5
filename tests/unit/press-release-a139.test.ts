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
