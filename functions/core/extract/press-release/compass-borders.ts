/**
 * North and south at a land border: "southbound trains" at a US port on the Mexican border leave the country, at a
 * Canadian port on the US border they leave it too, and "northbound" ones come in. Which way is out follows from the
 * country whose port it is and the neighbour across that border (the release's partner), by the side each lies on.
 */
import type { Flow } from '../../contract.js';

type Side = 'north' | 'south';

// The side of the border the neighbour lies on, seen from the country: [country, neighbour, side].
const NEIGHBOUR_SIDES: ReadonlyArray<readonly [string, string, Side]> = [
  ['United States', 'Mexico', 'south'],
  ['United States', 'Canada', 'north'],
  ['Mexico', 'Guatemala', 'south'],
  ['Mexico', 'Belize', 'south'],
  ['Thailand', 'Malaysia', 'south'],
  ['Thailand', 'Laos', 'north'],
  ['Kazakhstan', 'Russia', 'north'],
  ['Kazakhstan', 'Uzbekistan', 'south'],
  ['Kazakhstan', 'Kyrgyzstan', 'south'],
  ['Finland', 'Estonia', 'south'],
  ['Spain', 'France', 'north'],
  ['Austria', 'Germany', 'north'],
  ['Austria', 'Italy', 'south'],
  ['Switzerland', 'Italy', 'south'],
  ['Switzerland', 'Germany', 'north'],
  ['Germany', 'Denmark', 'north'],
  ['India', 'Nepal', 'north'],
  ['South Africa', 'Zimbabwe', 'north'],
  ['South Africa', 'Botswana', 'north'],
  ['Zambia', 'Zimbabwe', 'south'],
  ['Mozambique', 'South Africa', 'south'],
  // (a250) China's land borders: Russia and Mongolia lie north of its ports there, Vietnam, Laos, Myanmar and Nepal south
  // (flow-choice.ts `chinaBorderWay` reads goods at China's own ports by them).
  ['China', 'Russia', 'north'],
  ['China', 'Mongolia', 'north'],
  ['China', 'Vietnam', 'south'],
  ['China', 'Laos', 'south'],
  ['China', 'Myanmar', 'south'],
  ['China', 'Nepal', 'south'],
];

const OTHER: Record<Side, Side> = { north: 'south', south: 'north' };

/** The side `neighbour` lies on from `country`, read both ways of the table. */
function sideOf(country: string, neighbour: string): Side | undefined {
  for (const [a, b, side] of NEIGHBOUR_SIDES) {
    if (a === country && b === neighbour) return side;
    if (b === country && a === neighbour) return OTHER[side];
  }
  return undefined;
}

// "southbound", "south-bound", "bound south", "heading north", "ran northward", "crossed south": a way north or south.
const NORTH_SOUTH = /\b(?:(north|south)(?:wards?)?-?bound|bound\s+(north|south)(?:wards?)?|(?:head|go|went|travel|run|ran|mov|roll|cross)\w*\s+(north|south)(?:wards?)?)\b/gi;

/** The ways north or south written in `text`, with their offsets. */
function waysIn(text: string): Array<{ start: number; end: number; side: Side }> {
  NORTH_SOUTH.lastIndex = 0;
  return [...text.matchAll(NORTH_SOUTH)].map((m) => ({ start: m.index, end: m.index + m[0].length, side: (m[1] ?? m[2] ?? m[3]).toLowerCase() as Side }));
}

// What may stand between a count and a way said right after it: "870 northbound", "870 of them heading south", and (a250) a
// verb of going before a way written as one word: "2.68 million tonnes crossed southbound", "410,000 tonnes moved northbound".
const WAY_AFTER_GAP = /^\s+(?:(?:trains?|runs|trips|services|of\s+them|of\s+these|of\s+[a-z-]+|were|was|ran|went|crossed|moved|passed|travell?ed|headed|rolled)\s+){0,3}$/i;

/**
 * The flow of a count of trains or trips in [lo, hi) at a border port of `country` with `neighbour`: the way north or
 * south written last before the count's end in its clause (else right after it), toward the neighbour out, away from it in.
 */
export function northSouthFlow(s: string, lo: number, hi: number, countStart: number, countEnd: number, country: string, neighbour: string): Flow | null {
  if (!/north|south/i.test(s.slice(lo, hi))) return null;
  const out = sideOf(country, neighbour);
  if (!out) return null;
  // (The count's own words are read with what stands before it: "3,420 northbound trains".)
  const before = waysIn(s.slice(lo, countEnd)).pop();
  const after = before ? undefined : waysIn(s.slice(countEnd, hi)).find((w) => WAY_AFTER_GAP.test(s.slice(countEnd, countEnd + w.start)));
  const way = before ?? after;
  return way ? (way.side === out ? 'export' : 'import') : null;
}
