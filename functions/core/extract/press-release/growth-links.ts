/**
 * Growth stated apart from its level. Wire stories lead with the change ("China's rare earth exports
 * rose 19.2% year-on-year in March") and give the level later ("Exports totalled 5,551.4 tonnes last
 * month"): one quantity, so the later level takes the lead's growth and the growth row goes.
 */
import type { ObservationDraft } from '../../contract.js';
import { keywords, mentions } from './keywords.js';
import { levelsInMoneyOf } from './second-currency.js';

const GENERIC = 'all goods';

/** Same commodity, or one side names none ("exports rose 5%" over "exports of X were ..."). */
function sameGoods(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x === GENERIC || y === GENERIC || x.startsWith(y) || y.startsWith(x);
}

// "On a seasonally adjusted month-on-month basis, NODX grew 2.2 per cent to S$15.2 billion": a level
// stated on another basis is another quantity than the one a year-on-year lead described.
const OTHER_BASIS = /\b(?:seasonally[- ]adjusted|month[- ]on[- ]month|m\/m)\b/i;
// "Exports totalled 5,551.4 tonnes, down 0.3 percent month on month, last month": a change on the month before set off after
// a level, as an aside, leaves the level as reported; only a basis the level is stated on makes it another quantity.
const MONTH_ON_MONTH_ASIDE = /(?:,\s*|\(\s*)(?:up|down)\s+\d[\d.]*\s*(?:%|percent|per\s+cent)\s+(?:month[- ]on[- ]month|m\/m)\s*(?=[,.;)]|$)/gi;

/** Whether a quote states its figures on another basis than the raw year-on-year one (month-on-month asides aside). */
export const onOtherBasis = (quote: string) => OTHER_BASIS.test(quote) && OTHER_BASIS.test(quote.replace(MONTH_ON_MONTH_ASIDE, ''));
// "In the cross-border concept, exports of goods amounted to CZK 412.6 bn" after changes of the national concept: a level
// of one statistical concept is not the level a change of another (or of none named) describes.
const CONCEPT = /\b(cross-border|national)\s+concept\b/i;
const conceptOf = (r: ObservationDraft): string => (r.source_quote.includes('concept') ? (CONCEPT.exec(r.source_quote)?.[1].toLowerCase() ?? '') : '');

// The last words on adjustment before a point of the release: the figures there are on that basis ("Non-adjusted
// figures:", "(calendar and seasonally adjusted)").
const ADJUSTMENT_WORDS = /\b(?:(non[- ]adjusted|unadjusted|not\s+(?:seasonally\s+)?adjusted|original\s+(?:figures|data|values)|raw\s+(?:figures|data))|seasonally[- ]adjusted)\b/gi;

/** True when the release's last words on adjustment up to the end of a row's sentence say seasonally adjusted. */
function adjustedInForce(text: string, r: ObservationDraft): boolean {
  let adjusted = false;
  for (const m of text.slice(0, r.quote_end ?? 0).matchAll(ADJUSTMENT_WORDS)) adjusted = m[1] === undefined;
  return adjusted;
}

/** A row's place, flow, breakdown and period: the series a growth and its level share (follow-up-growth.ts too). */
/** The levels among `rows` (a value, no share) by series (`seriesOf`), each list in order: a growth looks only at its own series. */
function levelsBySeries(rows: readonly ObservationDraft[]): Map<string, ObservationDraft[]> {
  const levels = new Map<string, ObservationDraft[]>();
  for (const l of rows) {
    if (l.value === null || l.measure === 'share') continue;
    const key = seriesOf(l);
    const list = levels.get(key);
    if (list) list.push(l);
    else levels.set(key, [l]);
  }
  return levels;
}

/**
 * The rows of `rows` sharing a row's key, in order, the groups made at the first question (a release of 10,000 rows
 * compares each with its few of a kind, not with every other). The keys must not change while it is asked.
 */
/** A growth stated apart from any level ("exports rose 4.6%"): a row with a change and a period but no value. */
export const isFreeGrowth = (g: ObservationDraft): boolean => g.value === null && g.yoy_pct !== null && g.period_start !== '';

/**
 * The one loop of the steps that join a growth stated apart to its level: each free growth, in order, is given to the levels
 * `levelsFor` finds for it (none or null: it stays a row of its own) and then dropped. A later growth's search sees the
 * changes the earlier ones gave.
 */
export function giveFreeGrowths(rows: ObservationDraft[], levelsFor: (g: ObservationDraft) => readonly ObservationDraft[] | null | undefined): ObservationDraft[] {
  const drop = new Set<ObservationDraft>();
  for (const g of rows) {
    if (!isFreeGrowth(g)) continue;
    const levels = levelsFor(g);
    if (!levels?.length) continue;
    for (const l of levels) l.yoy_pct = g.yoy_pct;
    drop.add(g);
  }
  return drop.size ? rows.filter((r) => !drop.has(r)) : rows;
}

export function groupedBy<K>(rows: readonly ObservationDraft[], key: (r: ObservationDraft) => K): (r: ObservationDraft) => readonly ObservationDraft[] {
  let groups: Map<K, ObservationDraft[]> | undefined;
  return (r) => {
    if (groups === undefined) {
      groups = new Map();
      for (const e of rows) {
        const k = key(e);
        const group = groups.get(k);
        if (group) group.push(e);
        else groups.set(k, [e]);
      }
    }
    return groups.get(key(r)) ?? [];
  };
}

export const seriesOf = (r: ObservationDraft) => `${r.area}|${r.partner}|${r.flow}|${r.breakdown}|${r.period_start}|${r.period_end}`;

const decimals = (x: number): number => (String(x).split('.')[1] ?? '').length;

/** True when a growth written with fewer decimals is the other one rounded or cut ("61%" for 61.3). */
export function roundsGrowth(rounded: number | null, exact: number | null): boolean {
  if (rounded === null || exact === null || rounded === 0 || Math.sign(rounded) !== Math.sign(exact)) return false;
  const places = decimals(rounded);
  return places < decimals(exact) && Math.abs(exact - rounded) < 10 ** -places;
}

/**
 * The growth rows of each series, and of each series and goods. "China's May crude oil imports rise 5% on year" over
 * "China's crude oil imports rose 5.2% in May": a headline's growth restates the body's, so it does not compete with
 * it for the level when it rounds a body growth of its series and goods (a growth it does not round is counted).
 * "China's car exports rise 28% in October as NEV shipments more than double" over the body's "712,000 units in October,
 * up 28.4 percent": a headline growth that rounds the growth a body level of its series already states is that level's
 * (whatever the two call the goods: "cars", "automobiles"), and is not handed to another level of the series that states
 * none (the NEVs' "more than doubled").
 * "Port freight up 23.4% as fruit imports surge" over the body's "cargo ... reached 1.86 million tonnes, up 23.4
 * percent": a headline growth a body level of the same place and period states again, digit for digit, is that
 * level's, whatever flow the headline's other words suggest; it is handed to no other level. So is one it rounds ("Shipments
 * via the crossing to China up 9%" over the body's freight traffic "up 9.1%").
 */
function countGrowths(rows: ObservationDraft[], headEnd: number): { counted: Map<string, number>; restating: Set<ObservationDraft> } {
  const growths = rows.filter((r) => r.value === null && r.yoy_pct !== null);
  const inBody = growths.filter((r) => (r.quote_start ?? 0) >= headEnd);
  const bodyLevels = rows.filter((r) => r.value !== null && r.yoy_pct !== null && (r.quote_start ?? 0) >= headEnd);
  const keys = (r: ObservationDraft) => [seriesOf(r), `${seriesOf(r)}|${r.commodity.toLowerCase()}`];
  const restatesLevel = (head: ObservationDraft) => bodyLevels.some((b) => seriesOf(b) === seriesOf(head) && roundsGrowth(head.yoy_pct, b.yoy_pct));
  const samePlaceAndPeriod = (a: ObservationDraft, b: ObservationDraft) => a.area === b.area && a.period_start === b.period_start && a.period_end === b.period_end;
  const restatesHere = (head: ObservationDraft) => bodyLevels.some((b) => (b.yoy_pct === head.yoy_pct || roundsGrowth(head.yoy_pct, b.yoy_pct)) && samePlaceAndPeriod(b, head));
  const restates = (head: ObservationDraft) =>
    inBody.some((b) => keys(b)[1] === keys(head)[1] && roundsGrowth(head.yoy_pct, b.yoy_pct)) || restatesLevel(head) || restatesHere(head);
  const counted = new Map<string, number>();
  const restating = new Set<ObservationDraft>();
  for (const r of growths) {
    if ((r.quote_start ?? 0) < headEnd && restates(r)) restating.add(r);
    else for (const k of keys(r)) counted.set(k, (counted.get(k) ?? 0) + 1);
  }
  return { counted, restating };
}

/**
 * "Exports rose 2.4% in September, after an 8.7% increase in August": a growth its sentence sets beside a figure of the
 * same place, flow and goods for another period is that quantity's earlier growth; its goods are the sentence's, so no
 * later level naming other goods ("from 5,288 tonnes of rare earths in August") takes it.
 */
function comparedInItsSentence(rows: ObservationDraft[], g: ObservationDraft): boolean {
  return rows.some((r) => r !== g && r.quote_start === g.quote_start && r.area === g.area && r.flow === g.flow && r.commodity === g.commodity && (r.period_start !== g.period_start || r.period_end !== g.period_end));
}

/**
 * "Trade through the port was 29.7 billion yuan, with its exports and imports growing 8.7 and 1.9 percent respectively. Seafood
 * imports reached 86,000 tonnes": a growth of all goods whose sentence states the whole of another flow for the same place and
 * period is a growth of one direction of that whole (all its goods), not of goods a later sentence names.
 */
function partOfWholeInItsSentence(rows: ObservationDraft[], g: ObservationDraft): boolean {
  return g.commodity.toLowerCase() === GENERIC && rows.some((r) => r !== g && r.quote_start === g.quote_start && r.value !== null && r.flow !== g.flow && r.area === g.area && r.commodity.toLowerCase() === GENERIC && r.period_start === g.period_start && r.period_end === g.period_end);
}

/**
 * "Rice exports rose 2.56 percent ... Pakistan exported 3.62 million tonnes of rice worth $2.26 billion ... In terms of
 * quantity, exports grew 11.73 percent": once the tonnage has a growth of its own, the growth named before the levels is
 * the worth's. The money levels with no growth, when every level with one is a physical quantity; else none.
 */
function worthBesideGrownTonnage(quantity: ObservationDraft[]): ObservationDraft[] {
  const grown = quantity.filter((l) => l.yoy_pct !== null);
  const open = quantity.filter((l) => l.yoy_pct === null);
  return grown.every((l) => l.measure === 'quantity') && open.every((l) => l.measure === 'value') ? open : [];
}

// "of which", "in which", "among which", "among them", "of these", "of this", "including", "within which": words that open the
// parts of a whole stated before them.
const PARTS_OPENING = /\b(?:(?:of|in|among|within)\s+(?:which|them|these|this|that)|including)\b/i;
const PARTS_WORDS = keywords(['which', 'them', 'these', 'this', 'that', 'including'], PARTS_OPENING);

/**
 * "In the ten months, exports were estimated at US$361.5 billion, of which the domestic sector reached US$83.8 billion, down
 * 1.2%, and the foreign-invested sector US$277.7 billion, up 20.1%": a sentence that states a whole and then its parts, each
 * part with or without a growth of its own, gives several levels in one unit. The whole is the largest of them; when it
 * states no growth, a growth stated before for the series is the whole's. Else none (a list of equals names no one level).
 */
function wholeBeforeItsParts(levels: ObservationDraft[]): ObservationDraft[] {
  const quote = levels[0].source_quote;
  if (!mentions(quote, PARTS_WORDS, 0, quote.length) || !PARTS_OPENING.test(quote)) return [];
  if (levels.some((l) => l.unit !== levels[0].unit)) return [];
  const size = (l: ObservationDraft) => Math.abs(l.value ?? 0);
  const largest = levels.reduce((a, b) => (size(b) > size(a) ? b : a));
  const parts = levels.filter((l) => l !== largest && l.unit === largest.unit);
  return largest.yoy_pct === null && parts.length && parts.every((p) => size(p) < size(largest)) ? [largest] : [];
}

/**
 * A year-on-year growth row followed, in a later sentence, by a level of the same series (area,
 * partner, flow, breakdown, period; compatible goods) that states no growth: the level is the quantity
 * the growth described. The nearest sentence with such levels holds the quantity ("NODX rose 7.3pc in
 * October. In value terms, NODX reached $16.4 billion ... NODX increased 3.4pc to $15.9 billion" on
 * a seasonally adjusted basis: the first); levels in two currencies of one sentence count as one.
 * Other growths of the series naming other goods ("electronics NODX grew 18.6pc") do not compete for it.
 */
export function attachEarlierGrowth(rows: ObservationDraft[], text = '', headEnd = 0): ObservationDraft[] {
  const drop = new Set<ObservationDraft>();
  const { counted: growthCount, restating } = countGrowths(rows, headEnd);
  let levelsOf: Map<string, ObservationDraft[]> | undefined;
  for (const g of rows) {
    if (g.value !== null || g.yoy_pct === null || g.period_start === '' || restating.has(g) || growthCount.get(`${seriesOf(g)}|${g.commodity.toLowerCase()}`) !== 1) continue;
    levelsOf ??= levelsBySeries(rows);
    // A growth stated on an adjusted basis ("(seasonally adjusted)") is of a level on that basis: one its own sentence
    // names, or one the release is still on ("Compared with October 2025, exports were up 1.9% (calendar and seasonally
    // adjusted)." then, in the next paragraph, "In October 2026, goods worth €132.1 billion were exported").
    const sameBasis = onOtherBasis(g.source_quote);
    const onBasis = (l: ObservationDraft) => (onOtherBasis(l.source_quote) === sameBasis || (sameBasis && adjustedInForce(text, l))) && conceptOf(l) === conceptOf(g);
    const series = (levelsOf.get(seriesOf(g)) ?? []).filter(onBasis);
    // The same goods first; a growth naming none ("exports rose 4.6%") falls back to goods of any name,
    // when it is the series' only growth.
    const same = series.filter((l) => l.commodity.toLowerCase() === g.commodity.toLowerCase());
    // ("Iron ore imports fell to 86.9 million tonnes in April, from 94.8 million tonnes in March": named goods set against
    // another month in their own sentence state their change that way; an earlier "imports +11.9%" of all goods is not theirs.)
    const ofAllGoods = g.commodity.toLowerCase() === GENERIC;
    const levels = same.length ? same : growthCount.get(seriesOf(g)) === 1 && !comparedInItsSentence(rows, g) && !partOfWholeInItsSentence(rows, g) ? series.filter((l) => sameGoods(l.commodity, g.commodity) && !(ofAllGoods && l.commodity.toLowerCase() !== GENERIC && comparedInItsSentence(rows, l))) : [];
    // "China imported 2.57 million tonnes of manganese ore, down 13.2% from September and 8.0% lower year on year. The
    // import value came to $536 million.": a level of the series in the growth's own sentence, whatever goods it names,
    // is the one it was stated for.
    if (!levels.length || series.some((l) => l.quote_start === g.quote_start) || levels.some((l) => (l.quote_start ?? 0) < (g.quote_start ?? 0))) continue;
    const nearest = Math.min(...levels.map((l) => l.quote_start ?? 0));
    const quantity = levels.filter((l) => l.quote_start === nearest);
    // One quantity: one level per unit (an amount and its conversion), none stating a growth of its own; or a whole its
    // sentence splits into parts.
    const whole = new Set(quantity.map((l) => l.unit)).size === quantity.length ? quantity : wholeBeforeItsParts(quantity);
    if (!whole.length) continue;
    const open = whole.some((l) => l.yoy_pct !== null) ? worthBesideGrownTonnage(whole) : whole;
    if (!open.length) continue;
    for (const l of levelsInMoneyOf(g.source_quote, open)) l.yoy_pct = g.yoy_pct;
    drop.add(g);
  }
  return drop.size ? rows.filter((r) => !drop.has(r)) : rows;
}
