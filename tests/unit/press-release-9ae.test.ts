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
