/**
 * Rules of issue 9, part a46: a wire's source named once and carried through its later sentences, written in the partner's
 * words (batch 134), and two rows left in batch 147 (helper mirror26, 2026-12-05). Each is written here in our own words on
 * the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);
const byValue = (got: unknown[][], value: number) => got.find((r) => r[2] === value);

// A wire on Mongolia's trade with China whose one source, named in its lead, is China's customs.
const wireOnChinasFigures = (source: string) => `Mongolia-China trade up 4% in first quarter

ULAANBAATAR, April 14 -- Trade between China and Mongolia rose 4.1% year on year to $3.9 bln in the first quarter of 2026, according to figures released on Sunday by ${source}.

Mongolian exports to China grew by 6.3% to $2.8 bln over the three months. Mongolian copper concentrate shipments to China climbed 12% to 410,000 tonnes.

Mongolia's imports from China slipped 2.2% to $1.1 bln.

Mongolia's surplus in trade with China came to $1.7 bln for the quarter.
`;

describe("a wire's one source carried to figures written in the partner's words", () => {
  it("reads a partner's exports to the source country, named by its adjective, as the source country's imports from it", () => {
    const got = rows(wireOnChinasFigures("China's General Administration of Customs"), '2026-04-14');
    expect(byValue(got, 2_800_000_000)?.slice(5)).toEqual(['China', 'Mongolia', 'import']);
    expect(byValue(got, 410_000)?.slice(5)).toEqual(['China', 'Mongolia', 'import']);
  });

  it("reads the partner's imports from the source country as the source country's exports", () => {
    const got = rows(wireOnChinasFigures("China's General Administration of Customs"), '2026-04-14');
    expect(byValue(got, 1_100_000_000)?.slice(5)).toEqual(['China', 'Mongolia', 'export']);
  });

  it("turns the partner's surplus with the source country into the source country's deficit", () => {
    const got = rows(wireOnChinasFigures("China's General Administration of Customs"), '2026-04-14');
    expect(byValue(got, -1_700_000_000)?.slice(5)).toEqual(['China', 'Mongolia', 'balance']);
    expect(byValue(got, 1_700_000_000)).toBeUndefined();
  });

  it("leaves the figures the partner's own where the partner's statistics office is the source", () => {
    const got = rows(wireOnChinasFigures('the National Statistics Office of Mongolia'), '2026-04-14');
    expect(byValue(got, 2_800_000_000)?.slice(5)).toEqual(['Mongolia', 'China', 'export']);
    expect(byValue(got, 1_700_000_000)?.slice(5)).toEqual(['Mongolia', 'China', 'balance']);
  });

  it('leaves them where the release cites both sides\' figures, so that no one source speaks for it', () => {
    const text = `${wireOnChinasFigures("China's General Administration of Customs")}
The National Statistics Office of Mongolia put the quarter's trade at a similar level.
`;
    const got = rows(text, '2026-04-14');
    expect(byValue(got, 2_800_000_000)?.slice(5)).toEqual(['Mongolia', 'China', 'export']);
  });

  it('leaves a sentence that cites customs figures of its own to its own source', () => {
    const text = `Kazakh grain to China

ASTANA, June 3 -- Trade between China and Kazakhstan grew 9% to $12.4 bln in January-April 2026, China's General Administration of Customs said.

On the Kazakh side, customs data show Kazakh wheat exports to China rose 15% to 420,000 tonnes.
`;
    const got = rows(text, '2026-06-03');
    expect(byValue(got, 420_000)?.slice(5)).toEqual(['Kazakhstan', 'China', 'export']);
  });
});

describe("a count's noun phrase ends where a clause opens", () => {
  const provincial = (sentence: string) => `Provincial trade, first four months

HEFEI, May 12 -- The province's foreign trade came to 310.5 billion yuan in the first four months of 2026, up 6.0 percent.

${sentence}
`;

  it('keeps "rose 12 percent to 8,300 units while machinery makers found new buyers" as a count of units with its growth', () => {
    const got = rows(provincial('Tractor exports rose 12 percent to 8,300 units while machinery makers found new buyers in Africa.'), '2026-05-12');
    expect(byValue(got, 8_300)?.slice(0, 5)).toEqual(['2026-01', '2026-04', 8_300, 'units', 12]);
  });

  it('keeps a vehicle count followed by "as carmakers ..." and the firms counted by "had shipped" apart', () => {
    const got = rows(provincial('Car exports grew 20.5 percent to 61,000 vehicles as carmakers opened dealerships abroad.'), '2026-05-12');
    expect(byValue(got, 61_000)?.slice(0, 5)).toEqual(['2026-01', '2026-04', 61_000, 'vehicles', 20.5]);
    const firms = rows(provincial('More than 40 local carmakers had shipped vehicles abroad by April.'), '2026-05-12');
    expect(byValue(firms, 40)).toBeUndefined();
  });
});

describe('a place named after a contrasting clause opens stays in that clause', () => {
  const provincial = (sentence: string) => `Provincial trade, first ten months

HANGZHOU, Nov 18 -- Zhejiang's trade reached 4.1 trillion yuan in the first ten months of 2026, up 4.4 percent, the provincial customs said.

${sentence}
`;

  it('keeps "fell 9.3 percent amid weak demand, while Ningbo\'s trade reached ..." the province\'s, and gives Ningbo its own figure', () => {
    const got = rows(provincial("Exports of solar panels fell 9.3 percent in January-October amid weak demand, while Ningbo's imports and exports reached 1.2 trillion yuan, up 2.5 percent."), '2026-11-18');
    expect(got.find((r) => r[4] === -9.3)?.slice(5)).toEqual(['Zhejiang', 'World', 'export']);
    expect(byValue(got, 1_200_000_000_000)?.[5]).toBe('Ningbo');
  });

  it('still gives a figure the place its own clause names after it', () => {
    const got = rows(provincial('Exports climbed 6.1 percent to 2.6 trillion yuan in January-October through Ningbo Zhoushan Port.'), '2026-11-18');
    expect(byValue(got, 2_600_000_000_000)?.[5]).toBe('Ningbo-Zhoushan Port');
  });
});

describe("a place's whole trade in a later clause names no goods of the clause before", () => {
  it('gives "while Ningbo\'s imports and exports reached ..." all goods, not the solar panels named before it', () => {
    const text = `Provincial trade\n\nHANGZHOU, Nov 18 -- Zhejiang's trade reached 4.1 trillion yuan in the first ten months of 2026, up 4.4 percent.\n\nExports of solar panels fell 9.3 percent in January-October, while Ningbo's imports and exports reached 1.2 trillion yuan, up 2.5 percent.`;
    const got = releaseRows(text, '2026-11-18');
    expect(got.find((r) => r.value === 1_200_000_000_000)?.commodity).toBe('all goods');
    expect(got.find((r) => r.yoy_pct === -9.3)?.commodity).toBe('solar panels');
  });
});
