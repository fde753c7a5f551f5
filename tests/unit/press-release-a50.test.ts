/**
 * Rules added in the fixing round for b150 (Central Asian, Russian and Mongolian agencies) and b152 (HTML pages as served):
 * a singular "set" after a plural noun, vessel calls, vehicles counted both ways, a semicolon ending a change's own words,
 * goods "handed over to" the other side, berth and ship size classes, cookie notices, "mutual trade" naming no partner,
 * and a gapped change with its partner and "by". Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = (text: string, published = '2026-05-12', contentType?: string): ObservationDraft[] => releaseRows(text, published, contentType ? { contentType } : {});
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a singular "set" after a plural noun is a verb, an adverb between them or not', () => {
  it('reads no count of units in "the two governments earlier set the aim"', () => {
    const rows = rowsOf('MOSCOW, May 12 -- In 2025 trade between the two neighbours reached 61.4 billion dollars. The two governments earlier set the aim of lifting it to 80 billion dollars.');
    expect(rows.some((r) => r.unit === 'units')).toBe(false);
    expect(row(rows, 61.4e9)).toBeDefined();
  });
  it('still counts "4,100 TV sets" shipped (guard)', () => {
    const rows = rowsOf('QINGDAO, May 12 -- The factory shipped 4,100 TV sets to Kazakhstan in April.');
    expect(row(rows, 4100)?.unit).toBe('units');
  });
});

describe('calls of ships at a port are trips, no goods', () => {
  it('reads no row from "received 1,310 vessel calls"', () => {
    const rows = rowsOf('AKTAU, May 12 -- The sea port handled 2.6 million tonnes of cargo in the first quarter of 2026, up 8.3 percent. It received 1,310 vessel calls over the quarter.');
    expect(row(rows, 1310)).toBeUndefined();
    expect(row(rows, 2.6e6)).toBeDefined();
  });
});

describe('vehicles counted in both directions are crossings, whatever flow word follows', () => {
  it('reads no row from "processed 286,000 inbound and outbound vehicles ... clearance for exports"', () => {
    const rows = rowsOf('URUMQI, May 12 -- The customs district processed 286,000 inbound and outbound vehicles at its road ports in the first quarter, and clearance for exports took 0.8 hours on average.');
    expect(row(rows, 286000)).toBeUndefined();
  });
  it('still reads vehicles exported as goods (guard)', () => {
    const rows = rowsOf('URUMQI, May 12 -- In the first quarter, 52,000 vehicles were exported through the highway port, up 31 percent.');
    expect(row(rows, 52000)).toMatchObject({ unit: 'vehicles', flow: 'export' });
  });
});

describe('a semicolon ends a change\'s own words', () => {
  it('keeps "up 6.4%" year-on-year when "against February" follows after a semicolon', () => {
    const rows = rowsOf('HAIKOU, April 20 -- In March alone, the province\'s imports and exports came to 31.2 billion yuan, up 6.4%; against February they rose 3.9%.', '2026-04-20');
    expect(row(rows, 31.2e9)?.yoy_pct).toBe(6.4);
  });
  it('still reads a change "from February" in its own words as no year-on-year one (guard)', () => {
    const rows = rowsOf('HAIKOU, April 20 -- In March alone, the province\'s imports and exports came to 31.2 billion yuan, up 3.9% from February.', '2026-04-20');
    expect(row(rows, 31.2e9)?.yoy_pct).toBeNull();
  });
});

describe('goods "handed over to" the other side\'s railway went out', () => {
  it('reads freight handed over to China at a crossing as exports', () => {
    const rows = rowsOf('CHITA, May 12. In January-April 2026, 6.1 million tonnes of freight were handed over to China through the Zabaikalsk crossing, 3.4% more than a year earlier, the railway said.');
    expect(row(rows, 6.1e6)).toMatchObject({ flow: 'export', partner: 'China', yoy_pct: 3.4 });
  });
});

describe('the size class of a berth or a ship is no cargo', () => {
  it('reads no tonnes from "berths of 50,000 tonnes class" or "a 200,000-ton-class carrier"', () => {
    const rows = rowsOf('LIANYUNGANG, May 12 -- The port handled 98.5 million tonnes of cargo in the first four months, up 4.2 percent. It now has six berths of 50,000 tonnes class, and a 200,000-ton-class ore carrier berthed there in April.');
    expect(row(rows, 50000)).toBeUndefined();
    expect(row(rows, 200000)).toBeUndefined();
    expect(row(rows, 98.5e6)).toBeDefined();
  });
});

describe('a cookie notice on a page is the site\'s, not the story\'s lead', () => {
  const page = (bar: string) => `<!DOCTYPE html><html><body>${bar}
<h1>Cargo throughput up 4.2% in four months</h1>
<p>Lianyungang Port handled 98.5 million tonnes of cargo from January to April 2026, up 4.2% year on year, the port group said.</p>
<p>Container throughput for the four months reached 2.9 million TEU, an increase of 6.6%.</p>
</body></html>`;
  it('keeps the port the area of the second paragraph under a cookie bar named by its class', () => {
    const rows = rowsOf(page('<div class="consent-bar">We place small files on your device. <button>OK</button></div>'), '2026-05-12', 'text/html');
    expect(row(rows, 2.9e6)?.area).toBe('Lianyungang Port');
  });
  it('does the same for a notice known by its words only', () => {
    const rows = rowsOf(page('<div class="strip">This site uses cookies to count visits. Continue to accept them.</div>'), '2026-05-12', 'text/html');
    expect(row(rows, 2.9e6)?.area).toBe('Lianyungang Port');
  });
});

describe('"mutual trade" naming no partner is trade with the last partner named', () => {
  it('gives the tenge restatement the partner and the change of the dollar level', () => {
    const rows = rowsOf('Astana, 12 May 2026. Kazakhstan-China trade turnover in January-March 2026 came to USD 9.1 billion, up 4.4%, the Bureau of National Statistics said.\n\nIn national currency, mutual trade totaled KZT 4.1trn.');
    expect(row(rows, 4.1e12)).toMatchObject({ unit: 'KZT', partner: 'China', yoy_pct: 4.4 });
  });
});

describe('a gapped change after a partner may keep its "by"', () => {
  it('reads "and imports from Russia by 7.3% to USD 4.0 billion" as a change of the imports', () => {
    const rows = rowsOf('Tashkent, 12 May 2026. In the first quarter, Uzbekistan\'s exports to Russia rose by 5.1% to USD 2.2 billion, and imports from Russia by 7.3% to USD 4.0 billion.');
    expect(row(rows, 4.0e9)).toMatchObject({ flow: 'import', yoy_pct: 7.3 });
  });
});

describe('as many votes for the partner as for the dateline\'s country leave the release to the dateline\'s country', () => {
  it('keeps a closing sentence naming no area the reporter\'s after a paragraph quoting China\'s customs', () => {
    const rows = rowsOf('China remains Uzbekistan\'s first partner\n\nTashkent, May 12 (UzDaily). Uzbekistan\'s trade turnover with China amounted to USD 4.2 billion in January-March 2026, up 11.2%, according to the statistics agency. China\'s share in the republic\'s turnover was 20.6%.\n\nExports to China fell by 4.1% to USD 0.7 billion.\n\nImports from China grew by 14.9% to USD 3.5 billion.\n\nChinese customs statistics show a larger figure: according to the GACC, China\'s exports to Uzbekistan in the quarter came to USD 3.9 billion.\n\nTrade with Russia, the second partner, was USD 3.1 billion.');
    expect(row(rows, 3.1e9)).toMatchObject({ area: 'Uzbekistan', partner: 'Russia' });
    expect(row(rows, 3.9e9)?.area).toBe('China');
  });
});

describe('two places paired by a spaced dash before a pipeline or railway name the line', () => {
  it('reads no area "Central Asia" from "through the Central Asia - China pipeline"', () => {
    const rows = rowsOf('BEIJING, Jan. 20 (Xinhua) -- Turkmenistan delivered 30.1 billion cubic metres of natural gas to China in 2025, 2.2 percent more than a year earlier, through the Central Asia - China pipeline, according to the General Administration of Customs.', '2026-01-20');
    expect(row(rows, 30.1e9)).toMatchObject({ area: 'China', partner: 'Turkmenistan', flow: 'import' });
  });
});
