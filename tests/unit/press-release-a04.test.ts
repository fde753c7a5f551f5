/**
 * Rules of issue 9, part a04: older leftovers of the press-release corpus (helper fixold, 2026-12-04), each written here
 * in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import type { PressReleaseOptions } from '../../functions/core/extract/press-release/index.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string, options?: PressReleaseOptions) => releaseRows(text, published, options).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);

describe('a round scale named as the unit figures count in', () => {
  it('reads no row from "in units of 10,000 tonnes"', () => {
    const got = rows(`Grain imports climb

BEIJING, Dec. 9 -- China imported 142.6 million tonnes of grain in the first eleven months of 2026, customs data showed. The customs bulletin lists its quantities in units of 10,000 tonnes, which we have multiplied out.`, '2026-12-09');
    expect(got.map((r) => r[2])).toEqual([142_600_000]);
  });
});

describe('voyages of ships counted at a port', () => {
  const text = `River port busy

KUNMING, Nov. 12 -- Guanlei Port on the Mekong handled 260,000 tonnes of cargo in the first ten months. About 1,870 ship voyages were logged at the port over the period.`;

  it('reads the voyages as crossings, which are no rows, and keeps the cargo', () => {
    expect(rows(text, '2026-11-12').map((r) => [r[2], r[3]])).toEqual([[260_000, 'tonnes']]);
  });
});

describe('an undated headline naming where the goods went', () => {
  it('is the body\'s figure of all partners when it rounds it', () => {
    const got = rows(`Naushki crossing handles 4.2 million tonnes of cargo with Mongolia

ULAN-UDE, Nov 5 (Interfax) - The Naushki railway border crossing handled 4.23 million tonnes of freight in January–October, 5.1% more than a year earlier, the railway said.`, '2026-11-05');
    expect(got.map((r) => [r[0], r[1], r[2], r[4], r[6]])).toEqual([['2026-01', '2026-10', 4_230_000, 5.1, 'World']]);
  });
});

describe('goods said to arrive by a mode of transport from a partner', () => {
  it('reads them as imports', () => {
    const got = rows(`Rail terminal grows

WARSAW, Nov. 20 -- The Malaszewicze terminal handled 61,000 TEU in the first ten months of 2026. Freight arriving by truck from the Netherlands through the terminal was worth about 300 million zloty.`, '2026-11-20');
    expect(got.map((r) => [r[2], r[6], r[7]])).toContainEqual([300_000_000, 'Netherlands', 'import']);
  });
});

describe('a port town the release names as its province', () => {
  const text = `Border trade of Lao Cai grows

HANOI, Nov. 12 – Trade across the border gates of Lao Cai province reached 2.1 billion USD in the first ten months of 2026, up 11%, the provincial trade department said.

The Lao Cai railway station handled 0.9 million tonnes of goods.

The customs office of Lao Cai collected 2,800 billion VND in revenue in the period.`;

  it('reads the bare town as the province, and its station as the port', () => {
    const got = rows(text, '2026-11-12', { revenue: true });
    expect(got.map((r) => [r[2], r[5]])).toEqual([[2_100_000_000, 'Lao Cai'], [900_000, 'Lao Cai Port'], [2_800_000_000_000, 'Lao Cai']]);
  });
});

describe('a stock held in stores a trade word names', () => {
  it('is no trade row', () => {
    const got = rows(`China's zinc imports rise

BEIJING, Nov. 20 -- China imported 41,000 tonnes of refined zinc in October, up 12% from a year earlier, customs data showed. Zinc inventories held in bonded and general-trade warehouses around Shanghai stood at 84,000 tonnes, traders said.`, '2026-11-20');
    expect(got.map((r) => r[2])).toEqual([41_000]);
  });
});

describe('the trade data a figure is credited to', () => {
  it('names no flow: a dated base keeps the flow of its level', () => {
    const got = rows(`Pork shipments slump

WASHINGTON, Nov. 14 -- Canadian pork exports to Japan fell to 52,000 tonnes in January-September, according to Statistics Canada trade data, compared with 68,000 tonnes a year earlier.`, '2026-11-14');
    expect(got.map((r) => [r[0], r[2], r[7]])).toEqual([['2026-01', 52_000, 'export'], ['2025-01', 68_000, 'export']]);
  });
});
