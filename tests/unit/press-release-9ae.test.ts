/**
 * Rules of issue 9, part ae: the language of statistics agencies of Europe, Russia and Central Asia, the
 * Middle East, Africa and the Americas found by blind batch 31 (fixtures b31-… in
 * tests/corpus/press-release), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const tuples = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.period_start, r.period_end, r.value, r.unit, r.yoy_pct]);
const areas = (text: string, published?: string) => rowsOf(text, published).map((r) => r.area);

describe('whose statistics a release reports', () => {
  it('knows Namibia and Botswana, and reads "N$" as the Namibian dollar', () => {
    const rows = rowsOf('Windhoek – Namibia posted a trade deficit of N$2.3 billion in September 2026. Exports to Botswana rose 4.1%.', '2026-10-28');
    expect(rows.map((r) => [r.value, r.unit, r.area])).toEqual([[-2300000000, 'NAD', 'Namibia'], [null, '', 'Namibia']]);
    expect(rows[1].partner).toBe('Botswana');
  });

  it('takes the country of the capital datelining a release that never names its own country', () => {
    const text = 'Foreign trade, October 2026\n\nAnkara, 30 November 2026 – Exports rose by 4.2% to $22 810 million in October. Germany was the largest buyer, with $1 805 million.';
    expect(areas(text, '2026-11-30')).toEqual(['Turkey', 'Turkey']);
    const wire = 'MINSK, Nov 20 (BelTA) – Exports of goods reached $2.4 billion in October 2026. Russia was the main export market.';
    expect(areas(wire, '2026-11-20')).toEqual(['Belarus']);
  });

  it('lets the country the release names outweigh the capital it is datelined in', () => {
    const text = "London, 12 November 2026 – China's exports rose 5.1% in October, China's customs said. China's imports fell 1.2%.";
    expect(areas(text, '2026-11-12')).toEqual(['China', 'China']);
    const other = 'MOSCOW, November 10. Trade between Russia and China in January-October 2026 reached 181.2 billion dollars, according to the General Administration of Customs of China.';
    expect(areas(other, '2026-11-10')).toEqual(['China']);
  });
});

describe('periods a release goes on with', () => {
  it('does not carry an earlier period given in brackets to the next sentences', () => {
    const text = 'Exports of goods reached €250.0 billion in January-September 2026, up 2.0% year on year. The energy deficit widened to €15.2 billion (€13.1 billion in January-September 2025).\n\nExports to France rose 4.0%.';
    const france = rowsOf(text, '2026-11-20').find((r) => r.partner === 'France');
    expect([france?.period_start, france?.period_end, france?.yoy_pct]).toEqual(['2026-01', '2026-09', 4]);
    const ukraine = 'In January-September 2026, exports were USD 29.1 bn. The balance was negative, USD 24.8 bn (in January-September 2025 it was also negative, at USD 18.7 bn). Imports of fuel rose by 11.0%.';
    expect(tuples(ukraine, '2026-11-17').at(-1)).toEqual(['2026-01', '2026-09', null, '', 11]);
  });
});

describe('dinars and numbers grouped with spaces', () => {
  it('reads plain "dinars" as the reporter\'s dinar, and "MD" as million Tunisian dinars', () => {
    expect(tuples("Tunisia's exports reached 5 120,4 million dinars in October 2026.", '2026-11-12')).toEqual([['2026-10', '2026-10', 5120400000, 'TND', null]]);
    expect(tuples("Tunisia's imports rose by 3,1% to 7 044,9 MD in October 2026.", '2026-11-12')).toEqual([['2026-10', '2026-10', 7044900000, 'TND', 3.1]]);
    expect(tuples("Jordan's national exports reached 612 million dinars in October 2026.", '2026-11-12')).toEqual([['2026-10', '2026-10', 612000000, 'JOD', null]]);
    expect(tuples('Algerian exports totalled 310 billion Algerian dinars in October 2026.', '2026-11-12')).toEqual([['2026-10', '2026-10', 310000000000, 'DZD', null]]);
  });

  it('reads a decimal comma after thousands grouped with spaces', () => {
    expect(tuples("Tunisia's trade deficit stood at 16 412,7 million dinars in January-October 2026.", '2026-11-12')).toEqual([['2026-01', '2026-10', -16412700000, 'TND', null]]);
    expect(tuples('Exports were EUR 10 000 million in October 2026.', '2026-11-12')).toEqual([['2026-10', '2026-10', 10000000000, 'EUR', null]]);
  });
});

describe('growth written as an index of the year-earlier level', () => {
  it('reads "N% of last year\'s level" after a comma, dated by the sentence and not by "last year"', () => {
    expect(tuples('In January-October 2026, exports to India reached $1.4 billion, 92.5% of last year\'s level.', '2026-11-25')).toEqual([['2026-01', '2026-10', 1400000000, 'USD', -7.5]]);
  });

  it('reads an index right after a level that rose to it, but not a change stated with its verb', () => {
    expect(tuples('In January-October 2026, timber exports rose to 3.2 million tonnes, 106.1% compared with January-October 2025.', '2026-11-25')).toEqual([['2026-01', '2026-10', 3200000, 'tonnes', 6.1]]);
    expect(tuples('In January-October 2026, timber exports rose by 106.1% compared with January-October 2025.', '2026-11-25')).toEqual([['2026-01', '2026-10', null, '', 106.1]]);
  });

  it('reads a bare bracketed percentage after a level as an index in a release that states indices', () => {
    const text = 'Foreign trade in January-October 2026 totalled $64.1 billion, or 98.2% of the level of January-October 2025. Exports came to $30.5 billion (96.4%), imports to $33.6 billion (99.9%).';
    expect(tuples(text, '2026-11-25').slice(1)).toEqual([['2026-01', '2026-10', 30500000000, 'USD', -3.6], ['2026-01', '2026-10', 33600000000, 'USD', -0.1]]);
    const shares = 'In January-October 2026, exports to Germany were $3.1 billion (24.2%) and to France $2.2 billion (17.5%).';
    expect(rowsOf(shares, '2026-11-25').filter((r) => r.measure === 'growth' || r.yoy_pct !== null)).toEqual([]);
  });
});

describe('the EU and the euro area in one release', () => {
  const text = 'Euro area exports of goods to the rest of the world were €230.0 bn in October 2026, up 1.0% on October 2025.\n\nEU: extra-EU exports were €205.0 bn in October 2026, up 0.8%. The EU recorded a €4.2 bn surplus. Intra-EU trade came to €330.5 bn.\n\nSeasonally adjusted extra-euro area exports fell by 0.4% from September 2026. The seasonally adjusted balance was +€6.3 bn.';

  it('reads a bloc after "extra-" or "intra-", a bloc labelling its paragraph and a bloc posting a balance as the area', () => {
    expect(rowsOf(text, '2026-12-15').map((r) => [r.value, r.area])).toEqual([
      [230000000000, 'Euro area'], [205000000000, 'European Union'], [4200000000, 'European Union'], [330500000000, 'European Union'], [6300000000, 'Euro area'],
    ]);
  });

  it('keeps a member state the area of its "intra-EU" trade', () => {
    expect(areas("Romania's exports rose 2.1% in January-October 2026. Intra-EU trade accounted for 70.4% of exports.", '2026-12-10')).toEqual(['Romania', 'Romania']);
  });

  it('still reads "non-EU" as no EU of its own', () => {
    const rows = rowsOf('Italian exports to non-EU countries rose 3.2% in October 2026.', '2026-11-25');
    expect(rows.map((r) => r.area)).toEqual(['Italy']);
    expect(rows.map((r) => r.partner)).not.toContain('European Union');
  });
});

describe('signed balances', () => {
  it('reads a minus written with the amount of a balance as a deficit', () => {
    expect(tuples('The trade balance was negative at EUR -2.41 bn in January to September 2026.', '2026-11-20')).toEqual([['2026-01', '2026-09', -2410000000, 'EUR', null]]);
    expect(tuples('The trade balance stood at -€1.9 bn in September 2026.', '2026-11-20')).toEqual([['2026-09', '2026-09', -1900000000, 'EUR', null]]);
    expect(tuples('The trade balance stood at €1.9 bn in September 2026.', '2026-11-20')).toEqual([['2026-09', '2026-09', 1900000000, 'EUR', null]]);
    expect(tuples('The trade balance was negative at EUR -2.41 bn in January to September 2026, after EUR -3.02 bn in the same period of the previous year.', '2026-11-20')).toEqual([
      ['2026-01', '2026-09', -2410000000, 'EUR', null], ['2025-01', '2025-09', -3020000000, 'EUR', null],
    ]);
  });
});

describe('a running year in a release on an earlier month', () => {
  it('ends "in the last twelve months" in the month the release reports on, not the month before publication', () => {
    const text = 'The merchandise trade surplus was $820 million in August 2026. Over the last twelve months the surplus came to $9.4 billion.';
    expect(tuples(text, '2026-10-22')).toEqual([['2026-08', '2026-08', 820000000, 'USD', null], ['2025-09', '2026-08', 9400000000, 'USD', null]]);
  });

  it('keeps counting from publication when the release reports on the month just before it', () => {
    const text = 'The merchandise trade surplus was $820 million in September 2026. Over the last twelve months the surplus came to $9.4 billion.';
    expect(tuples(text, '2026-10-22')[1]).toEqual(['2025-10', '2026-09', 9400000000, 'USD', null]);
  });

  it('reads a figure compared with "the same month of" the year before as the running year\'s final month, and goes on with it', () => {
    const text = 'The trade surplus was $500 million in August 2026. In the past 12 months, the surplus summed $9.4 billion.\n\nExports were $3.1 billion, 2.2 percent more than in the same month of 2025.\n\nImports were $2.6 billion, up 5.0 percent.';
    expect(tuples(text, '2026-10-22').slice(2)).toEqual([['2026-08', '2026-08', 3100000000, 'USD', 2.2], ['2026-08', '2026-08', 2600000000, 'USD', 5]]);
  });
});

describe('a bracketed "respectively" pair after the levels', () => {
  it('pairs the bracketed changes with the flows listed before the levels, in order', () => {
    const text = 'In October 2026, exports came to $4,210 million (+2.5%) and imports to $5,030 million (-0.8%), the office said today (-1.1% and +3.3% in September 2026, respectively).';
    const rows = releaseRows(text, '2026-11-12');
    expect(rows.map((r) => [r.period_start, r.yoy_pct, r.flow])).toEqual([['2026-10', 2.5, 'export'], ['2026-10', -0.8, 'import'], ['2026-09', -1.1, 'export'], ['2026-09', 3.3, 'import']]);
  });
});

describe('an agency that names its country only by a formal adjective', () => {
  it('reads a release of the Hellenic Statistical Authority, datelined outside the capital, as Greece\'s', () => {
    const text = 'HELLENIC STATISTICAL AUTHORITY\nPiraeus, 9 November 2026\n\nThe total value of exports in September 2026 amounted to 4,105.2 million euro, up 3.4% compared with September 2025.';
    expect(areas(text, '2026-11-09')).toEqual(['Greece']);
  });
});
