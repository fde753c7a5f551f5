/**
 * Rules of batch 69 (agencies of China's neighbours and partners on their own trade), in our own words:
 * translated English of statistics committees, customs services and the news agencies quoting them.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => ({ value: r.value, unit: r.unit, yoy: r.yoy_pct, flow: r.flow, start: r.period_start, end: r.period_end }));
const where = (rows: ObservationDraft[]) => rows.map((r) => `${r.value} ${r.area}/${r.partner}/${r.flow}`);

describe('a fiscal year restated by its two years in brackets', () => {
  it('keeps "the first five months of the current fiscal year (2026-27)" as July to November', () => {
    const text = "ISLAMABAD - Pakistan's imports during the first five months of the current fiscal year (2026-27) were recorded at $24,310 million, up 3.2 percent.";
    expect(brief(rowsOf(text, '2026-12-04'))).toEqual([{ value: 24310000000, unit: 'USD', yoy: 3.2, flow: 'import', start: '2026-07', end: '2026-11' }]);
  });
});

describe('a balance said to be negative in translated wording', () => {
  it('reads "minus" written before a balance amount as a deficit', () => {
    const text = 'BISHKEK - In January-June 2026 the foreign trade balance of Kyrgyzstan was formed at minus USD 2 410.7 million.';
    expect(brief(rowsOf(text, '2026-08-10'))).toEqual([{ value: -2410700000, unit: 'USD', yoy: null, flow: 'balance', start: '2026-01', end: '2026-06' }]);
  });

  it('reads a balance that "remains negative at" an amount as a deficit', () => {
    const text = "DUSHANBE - Tajikistan's trade balance in January-June 2026 remains negative at USD 1 804.2 million.";
    expect(brief(rowsOf(text, '2026-08-10'))).toEqual([{ value: -1804200000, unit: 'USD', yoy: null, flow: 'balance', start: '2026-01', end: '2026-06' }]);
  });
});

describe('who buys and where supplies go', () => {
  it('reads the largest "buyer" of the reporter\'s goods as an export market, after a sentence on imports', () => {
    const text = [
      "PHNOM PENH - Cambodia's imports rose 8 percent to US$21.4 billion in January-October 2026, the General Department of Customs and Excise said.",
      'The United States was the biggest buyer of Cambodian products at US$8.1 billion.',
    ].join('\n\n');
    expect(where(rowsOf(text, '2026-11-12'))).toEqual(['21400000000 Cambodia/World/import', '8100000000 Cambodia/United States/export']);
  });

  it('reads "supplies of <goods> to <a market>" as exports', () => {
    const text = 'MINSK - In January-June 2026, supplies of dairy products to the Russian market reached 512.4 thousand tonnes, Belstat said.';
    expect(rowsOf(text, '2026-08-14').map((r) => `${r.value} ${r.partner}/${r.flow}`)).toEqual(['512400 Russia/export']);
  });

  it("reads a partner's supplies of goods to the release's own country as that country's imports", () => {
    const text = "BEIJING - China's imports from Kazakhstan rose 6 percent in January-September 2026, customs data showed. Kazakh supplies of wheat to China amounted to 1.1 million tonnes.";
    expect(rowsOf(text, '2026-10-20').map((r) => `${r.value} ${r.area}/${r.flow}`).at(-1)).toEqual('1100000 China/import');
  });
});

describe('partner shares listed with the verb left out', () => {
  it('reads "Turkey\'s share was 7.2%, Iran\'s — 4.4%" as two partners of the reporter, a dash standing for the verb', () => {
    const text = "ASHGABAT - In January-June 2026 Turkmenistan's foreign trade turnover reached USD 9.1 billion. Turkey's share was 7.2%, Iran's — 4.4%.";
    expect(where(rowsOf(text, '2026-07-20')).slice(1)).toEqual(['7.2 Turkmenistan/Turkey/total', '4.4 Turkmenistan/Iran/total']);
  });
});

describe('partners a share is held by', () => {
  it('reads countries after "are held by" as the partners holding the shares, not as the area', () => {
    const text = "BISHKEK - Kyrgyzstan's foreign trade turnover in January-June 2026 amounted to USD 7.9 billion. The main shares are held by China (36.2%), Russia (21.5%) and Kazakhstan (8.4%).";
    expect(where(rowsOf(text, '2026-08-02')).slice(1)).toEqual(['36.2 Kyrgyzstan/China/total', '21.5 Kyrgyzstan/Russia/total', '8.4 Kyrgyzstan/Kazakhstan/total']);
  });
});

describe('"the share of X in the turnover", and the list it goes on with', () => {
  const lead = "MINSK - Belarus's foreign trade turnover in January-June 2026 amounted to USD 40.2 billion.";

  it('reads X as the partner holding the share, not as the whole the share is taken of', () => {
    const rows = rowsOf(`${lead} The share of Turkey in the turnover amounted to 4.2%.`, '2026-08-12');
    expect(where(rows).slice(1)).toEqual(['4.2 Belarus/Turkey/total']);
  });

  it('reads the items "of Y – N%" that follow as the next partners, not as areas', () => {
    const rows = rowsOf(`${lead} The share of Turkey in the turnover amounted to 4.2%, of Iran – 1.9%, of India – 1.1%. Exports of potash were 4.1 million tonnes.`, '2026-08-12');
    expect(where(rows).slice(1)).toEqual(['4.2 Belarus/Turkey/total', '1.9 Belarus/Iran/total', '1.1 Belarus/India/total', '4100000 Belarus/World/export']);
  });

  it('knows the Asia-Pacific region as a partner group', () => {
    const text = "MOSCOW - Russia's foreign trade turnover in January-June 2026 amounted to $330.5 bln; the share of the Asia-Pacific countries in it was 70.4%.";
    expect(where(rowsOf(text, '2026-08-12'))).toEqual(['330500000000 Russia/World/total', '70.4 Russia/Asia-Pacific/total']);
  });
});

describe('a dashed list of partners that writes the unit with its first amount only', () => {
  const values = (rows: ObservationDraft[]) => rows.filter((r) => r.unit === 'USD').map((r) => `${r.value} ${r.partner}`);

  it('gives the later bare amounts the unit and scale of the first', () => {
    const text = 'BISHKEK - The main partners of Kyrgyzstan in January-June 2026 were: China – 1 284.5 mln US dollars (31.2%), Russia – 902.3 (21.9%), Kazakhstan – 311.8 (7.6%).';
    expect(values(rowsOf(text, '2026-08-05'))).toEqual(['1284500000 China', '902300000 Russia', '311800000 Kazakhstan']);
  });

  it('reads a decimal comma after thousands grouped with spaces even with no scale after it', () => {
    const text = 'ASTANA - The main partners of Kazakhstan in January-June 2026 were: China – 14 012 118,4 thsd. US dollars (23.9%), Russia – 10 221 507,6 (17.4%).';
    expect(values(rowsOf(text, '2026-08-05'))).toEqual(['14012118400 China', '10221507600 Russia']);
  });
});

describe('"set" as a verb after a plural noun', () => {
  it('reads no count in "the leaders of the two countries set a target", and keeps real counts of sets', () => {
    const text = [
      'TASHKENT - Trade between Uzbekistan and Tajikistan in January-June 2026 reached USD 512.3 million.',
      'The leaders of the two countries set a target of USD 2 billion a year.',
      'Uzbekistan also exported 4,100 refrigerator sets to Tajikistan in the period.',
    ].join('\n\n');
    expect(rowsOf(text, '2026-07-25').map((r) => `${r.value} ${r.unit}`)).toEqual(['512300000 USD', '4100 units']);
  });
});

describe('a release that writes indices "compared to the level of" a period', () => {
  it('reads a later bare bracketed percentage after a level as an index too', () => {
    const text = "MOSCOW - In January-June 2026, Russia's exports of wheat were 21.4 mln tonnes, or 93.1% compared to the level of January-June 2025, and of barley 2.6 mln tonnes (108.4%).";
    expect(brief(rowsOf(text, '2026-08-10')).map((r) => [r.value, r.yoy])).toEqual([[21400000, -6.9], [2600000, 8.4]]);
  });
});

describe('Siberian regions written in lower case', () => {
  it('reads "the Tomsk region" and "Kuzbass" as regions reporting their own exports', () => {
    const text = [
      'NOVOSIBIRSK - The foreign trade turnover of the Siberian Federal District in January-June 2026 amounted to USD 15.2 billion.',
      'Exports of timber from the Tomsk region reached 1.21 million cubic meters. Kuzbass exported 48.6 mln tonnes of coal.',
    ].join('\n\n');
    expect(rowsOf(text, '2026-08-20').map((r) => `${r.value} ${r.area}`)).toEqual(['15200000000 Siberian Federal District', '1210000 Tomsk Region', '48600000 Kemerovo Region']);
  });
});

describe('Myanmar\'s crossings listed as "border posts"', () => {
  const lead = "YANGON - Myanmar's border trade was valued at US$2.41 billion from 1 April to 31 August of the current financial year 2026-2027, the Ministry of Commerce said.";

  it('routes the goods of a list of border posts after "through" to the reporter', () => {
    const rows = rowsOf(`${lead} Exports to China through the Lweje and Muse border posts reached US$0.92 billion.`, '2026-09-15');
    expect(rows.map((r) => `${r.value} ${r.area}`)).toEqual(['2410000000 Myanmar', '920000000 Myanmar']);
  });

  it('reads posts acting together as one joint area of ports', () => {
    const rows = rowsOf(`${lead} The Myawady and Kawthoung border posts together handled US$0.61 billion.`, '2026-09-15');
    expect(rows.map((r) => `${r.value} ${r.area}`)).toEqual(['2410000000 Myanmar', '610000000 Kawthoung and Myawady ports']);
  });
});

describe('"over" after a percentage', () => {
  it('sets a change against its base: the base is exact, not "more than"', () => {
    const text = "ISLAMABAD - On year-on-year basis, Pakistan's exports in October 2026 increased by 4.8 percent over $2,610 million in October 2025.";
    expect(rowsOf(text, '2026-11-03').map((r) => `${r.value} ${r.qualifier}`)).toEqual(['null exact', '2610000000 exact']);
  });
});

describe('a share set off from its partner by a dash, far from the word "share"', () => {
  it('reads the last item of a long CIS-style share list as that partner\'s share', () => {
    const text = "MINSK - Belarus's foreign trade turnover in January-June 2026 amounted to USD 40.2 billion. The share of the Commonwealth of Independent States countries in the turnover amounted to 63.5%, of the European Union member states – 14.2%, of the ASEAN countries – 3.1%.";
    expect(where(rowsOf(text, '2026-08-12')).slice(1)).toEqual(['63.5 Belarus/CIS/total', '14.2 Belarus/European Union/total', '3.1 Belarus/ASEAN/total']);
  });
});
