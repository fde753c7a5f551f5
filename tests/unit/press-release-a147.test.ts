/**
 * Rules widened in the fixing round for the oldest batches' leftovers (b24, b28, b33, b49, b41, b87, b65, b27, b96, b51,
 * b59, b29; thirty-eighth session): each phenomenon in several frames of our own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (rows: ObservationDraft[]) => rows.map(levelTuple);

describe('a growth stated before a whole that its sentence splits into parts is the whole\'s growth', () => {
  it('reads "of which" with two sectors after the whole', () => {
    const rows = releaseRows('Hanoi, Nov 10 - Exports in the first ten months rose 11.4% from a year earlier, the statistics office said. Over the ten months, exports were estimated at US$301.2 billion, of which the domestic sector reached US$82.5 billion and the foreign-invested sector US$218.7 billion.');
    expect(tuples(rows)).toContainEqual(['2026-01', '2026-10', 301.2e9, 'USD', 11.4]);
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });
  it('reads "including" parts by kind of firm', () => {
    const rows = releaseRows('Oct 12 - Imports grew 7.3 percent year on year in September. September imports came to 48.2 billion yuan, including 31.6 billion yuan by private enterprises and 9.4 billion yuan by state-owned enterprises.');
    expect(tuples(rows)).toContainEqual(['2026-09', '2026-09', 48.2e9, 'CNY', 7.3]);
  });
  it('reads "among which" parts by sector, one of them with a growth of its own', () => {
    const rows = releaseRows("The province's exports climbed 9 percent in January-October. The value of exports in the period amounted to 612 billion yuan, among which the domestic economic sector contributed 402 billion yuan, up 12 percent, and the foreign-invested sector 210 billion yuan.");
    expect(tuples(rows)).toContainEqual(['2026-01', '2026-10', 612e9, 'CNY', 9]);
    expect(tuples(rows)).toContainEqual(['2026-01', '2026-10', 210e9, 'CNY', null]);
  });
  it('reads "of these" parts of a tonnage by mode of transport', () => {
    const rows = releaseRows('Coal exports were up 5.5% on the year in October. In October the country exported 7.9 million tonnes of coal, of these 5.1 million tonnes by rail and 2.8 million tonnes by road.');
    expect(tuples(rows)).toContainEqual(['2026-10', '2026-10', 7.9e6, 'tonnes', 5.5]);
  });
  it('reads "in which" after an amount named as goods worth it', () => {
    const rows = releaseRows('Imports into the zone fell 3.2 percent year-on-year over the first nine months. Over January to September, the zone imported goods worth 14.6 billion dollars, in which the FDI sector accounted for 9.9 billion dollars and domestic firms for 4.7 billion dollars.');
    expect(tuples(rows)).toContainEqual(['2026-01', '2026-09', 14.6e9, 'USD', -3.2]);
  });
  it('does not read two amounts side by side, with no word of parts, as a whole', () => {
    const rows = releaseRows('Exports rose 6.1% in October from a year earlier. In October, exports reached $12.4 billion through the northern ports and $15.3 billion through the southern ports.');
    expect(tuples(rows)).toContainEqual(['2026-10', '2026-10', null, '', 6.1]);
    expect(tuples(rows)).toContainEqual(['2026-10', '2026-10', 15.3e9, 'USD', null]);
  });
  it('does not give the earlier growth to a part when the whole states a growth of its own', () => {
    const rows = releaseRows('Exports rose 7% in October from a year earlier, the ministry said. October exports came to $40.2 billion, up 6.8% on the year by its final count, of which the foreign-invested sector shipped $12.6 billion and private firms $9.8 billion.');
    expect(tuples(rows)).toContainEqual(['2026-10', '2026-10', 12.6e9, 'USD', null]);
    expect(tuples(rows)).toContainEqual(['2026-10', '2026-10', 40.2e9, 'USD', 6.8]);
  });
});

describe('a part measured against a whole named back after it ("of that", "of it", "of the total") goes the way the whole went', () => {
  const flowOf = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value)?.flow;
  it('reads "made up ... of that" after goods that crossed both ways', () => {
    const rows = releaseRows('Across the bridge, goods worth US$ 1.98 billion crossed in both directions in January-October, up 8.2 percent; transit goods between Thailand and Vietnam made up 742 million dollars of that.');
    expect(flowOf(rows, 742e6)).toBe('total');
  });
  it('reads "represented about ... of it" after cargo handled both ways', () => {
    const rows = releaseRows('In the first ten months the bridge handled cargo worth $2.4 billion both ways, and farm produce represented about $0.8 billion of it.');
    expect(flowOf(rows, 0.8e9)).toBe('total');
  });
  it('reads "constituted ... of the whole" after a comma aside', () => {
    const rows = releaseRows('Goods worth 6.2 billion yuan moved through the port in both directions in January-October; of that, parts for assembly plants constituted 2.5 billion yuan of the whole.');
    expect(flowOf(rows, 2.5e9)).toBe('total');
  });
  it('reads the whole of its own sentence, not the exports of the sentence before', () => {
    const rows = releaseRows('Exports rose to 3.1 billion yuan in January-October. In the ten months, goods worth 8.4 billion yuan went through the crossing both ways, and electronics made up 2.2 billion yuan of that.');
    expect(flowOf(rows, 2.2e9)).toBe('total');
  });
  it('reads "with ... accounting for ... of it" after a whole carried in total', () => {
    const rows = releaseRows('Imports were $1.2 billion in January-October. The corridor carried goods worth $4.5 billion in total, with minerals accounting for $1.9 billion of it.');
    expect(flowOf(rows, 1.9e9)).toBe('total');
  });
  it('keeps the flow a part names itself', () => {
    const rows = releaseRows('Trade through the port was 3 billion yuan in January-October, and exports made up 1.2 billion yuan of that.');
    expect(flowOf(rows, 1.2e9)).toBe('export');
  });
  it('does not read a whole named with words of its own ("of the corridor\'s freight bill") as one named back', () => {
    const rows = releaseRows("Imports were $1.2 billion in January-October, and minerals accounted for $1.9 billion of the corridor's freight bill.");
    expect(flowOf(rows, 1.9e9)).toBe('import');
  });
});
