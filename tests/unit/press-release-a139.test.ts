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

describe('a cut-off month after the words of a figure ("handled through September") is the year to date', () => {
  const cases: [string, string, number, string][] = [
    ['a participle of handling then "through"', 'LODZ, 8 October 2025 -- Containers handled through September totalled 171,000 TEU, the terminal said.', 171000, '2025-09'],
    ['a passive verb and a place, then "through"', 'Some 38,000 TEU were unloaded at the yard through April, the operator said on 8 October 2025.', 38000, '2025-04'],
    ['"until the end of" a month', 'On 8 October 2025 the operator said trains dispatched until the end of May numbered 610.', 610, '2025-05'],
    ['a possessive subject, then "through" and a change', 'The hub\'s boxes through July rose 8 percent to 91,000 TEU, figures released on 8 October 2025 show.', 91000, '2025-07'],
    ['"till" a month with its year', 'Grain shipped till June 2025 came to 640,000 tonnes, the port said on 8 October 2025.', 640000, '2025-06'],
  ];
  for (const [name, text, value, end] of cases) {
    it(`reads ${name}`, () => {
      const r = row(releaseRows(text, '2025-10-08'), value);
      expect([r?.period_start, r?.period_end]).toEqual(['2025-01', end]);
    });
  }
  it('leaves a count of months through a month to the count ("the four-month count through June")', () => {
    const r = row(releaseRows('The four-month count through June stood at 880 trains, the operator said on 8 July 2025.', '2025-07-08'), 880);
    expect(r?.period_start).not.toBe('2025-01');
  });
  it('leaves a run of months "in a row through October" to the month it names', () => {
    const r = row(releaseRows('Exports had risen for five months in a row through October, when they came to 59.57 billion dollars, up 3.6 percent.', '2025-11-21'), 59.57e9);
    expect(r?.period_start).not.toBe('2025-01');
  });
});

describe('goods said in the passive to be carried, transported or hauled to a place abroad went out (exports)', () => {
  const opening = 'ASTANA, July 20 -- Imports reached 2.1 billion dollars in January-June 2025. ';
  const cases: [string, string, number][] = [
    ['"was carried to" a country, then its amount after a colon', 'Wheat was carried to Afghanistan by rail: 800,000 tonnes, up 12 percent.', 800000],
    ['"were transported to" after the amount', 'Some 640,000 tonnes of flour were transported to Tajikistan in the half, 9 percent more.', 640000],
    ['"had been hauled by truck to" in a clause after "while"', 'Imports came to 2.1 billion dollars in January-June 2025, while 310,000 tonnes of coal had been hauled by truck to Kyrgyzstan, up 5 percent.', 310000],
    ['"being railed out to" in a participle', 'In the same months cotton being railed out to Turkey amounted to 95,000 tonnes.', 95000],
    ['"that was trucked to" in a relative clause', 'Fertiliser that was trucked to Afghanistan totalled 52,000 tonnes, a rise of 4 percent.', 52000],
  ];
  for (const [name, text, value] of cases) {
    it(`reads ${name}`, () => {
      const full = text.startsWith('Imports came') ? `ASTANA, July 20 -- ${text}` : opening + text;
      expect(row(releaseRows(full, '2025-07-20'), value)?.flow).toBe('export');
    });
  }
  it('leaves goods carried from a country into the release\'s own one an import', () => {
    expect(row(releaseRows(`${opening}Wheat carried from Russia into the country came to 800,000 tonnes.`, '2025-07-20'), 800000)?.flow).toBe('import');
  });
  it('leaves coal "transported to China" through a port, in a release on China, an import', () => {
    expect(row(releaseRows('BEIJING, July 20 -- Imports reached 2.1 billion dollars in January-June 2025. Coal was transported to China through Ganqimaodu: 800,000 tonnes, up 3 percent.', '2025-07-20'), 800000)?.flow).toBe('import');
  });
});

describe('a clause framed in a named money ("In tenge, ...") gives that money to a scaled bare amount after it', () => {
  const lead = 'ASTANA, Feb 20 -- Trade with China in January 2026 amounted to 3.9 billion dollars. ';
  const cases: [string, string, number, string][] = [
    ['"In tenge," opening the sentence', 'In tenge, the turnover was about 1.95 trillion.', 1.95e12, 'KZT'],
    ['"Expressed in rubles," before a pronoun subject', 'Expressed in rubles, it came to 350 billion.', 350e9, 'RUB'],
    ['"In euro terms," with the verb "amounted to"', 'In euro terms, imports from China amounted to 3.4 billion.', 3.4e9, 'EUR'],
    ['"Measured in yen," before a noun subject', 'Measured in yen, the exports reached 61 billion.', 61e9, 'JPY'],
    ['"Valued in zlotys," before "totalled"', 'Valued in zlotys, machinery shipments totalled 1.2 billion.', 1.2e9, 'PLN'],
  ];
  for (const [name, text, value, unit] of cases) {
    it(`reads ${name}`, () => {
      expect(row(releaseRows(lead + text, '2026-02-20'), value)?.unit).toBe(unit);
    });
  }
  it('takes no money from a month opening the clause ("In January, exports came to 2.1 billion")', () => {
    expect(row(releaseRows(`${lead}In January, exports came to 2.1 billion.`, '2026-02-20'), 2.1e9)?.unit).toBe('USD');
  });
  it('takes no money from "In total," opening the clause', () => {
    expect(row(releaseRows(`${lead}In total, exports came to 2.1 billion.`, '2026-02-20'), 2.1e9)?.unit).toBe('USD');
  });
});
