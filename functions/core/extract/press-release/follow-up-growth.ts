/**
 * A growth in the sentence after a level, whose subject only points back at the level ("China imported
 * 5.84 million tons of nickel ore in October. Arrivals were up 14.7% from September and 22.3% higher
 * than a year earlier."; "That was still 22.6% below September 2025"): the growth names no goods, so it
 * does not share the level's series key, yet it is that level's year-on-year growth. Commodity wires
 * write their tonnages this way.
 */
import type { ObservationDraft } from '../../contract.js';
import { giveFreeGrowths, groupedBy, seriesOf } from './growth-links.js';

// A subject that only points back ("that", "the figure", "they", "it") with a verb of being or of change: "That was up",
// "It increased by 18.7 percent", "The figure grew 1.4 times", "This has risen by".
// "That return traffic was 11.2 percent larger", "this inbound flow grew", "those westbound runs were up": a demonstrative with
// a noun of traffic or amount (at most two words before it) points back the same way.
const DEMONSTRATIVE_AMOUNT = String.raw`(?:that|this|these|those)\s+(?:[\w-]+\s+){0,2}?(?:traffic|flows?|cargo|volume|figure|total|tally|number|count|haul|runs|services|shipments)`;
const POINTING_BACK = String.raw`(?:${DEMONSTRATIVE_AMOUNT}|that|this|it|the\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|monthly|quarterly)\s+)?(?:figure|total|volume|tally)|they)\s+(?:(?:has|have|had)\s+)?(?:was|were|is|are|marked|represented|(?:increased|rose|risen|grew|grown|decreased|fell|fallen|declined|dropped|climbed|jumped|surged|expanded|contracted|shrank|went\s+(?:up|down)|gone\s+(?:up|down)|edged\s+(?:up|down))(?=\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?(?:[$€£¥]\s?)?\d))\b`;

// A broadcast script says the change of the level just read out as a line of its own, often in another voice: "ANCHOR 2:
// That's up eleven point two percent on the same quarter last year.", "MAI: ... billion US dollars. Up sixteen point three
// percent.", "It's down four percent on the year." A speaker's label ("ANCHOR 2:", "REPORTER (V/O):", "TOM:") may open
// the line; "that's"/"it's" with a direction, or a bare "up"/"down" before a percentage (a verbless sentence), points back
// at the level before as "That was up" does. ("Up to 5 percent of ..." is a ceiling, not a change.)
const SPEAKER_LABEL = String.raw`(?:[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,2}(?:\s*\([^()]{1,12}\))?:\s+)?`;
const SPOKEN_FOLLOW_UP = String.raw`(?:(?:that|it)['’]s\s+(?:(?:still|only|just|also|well)\s+)?(?:up|down|higher|lower)\b|(?:and\s+)?(?:up|down)\s+(?!to\b)(?:by\s+)?(?=(?:[\w.,-]+\s+){0,4}?(?:percent|per\s+cent|pct)\b|\d[\d.,]*\s?%))`;

/** Subjects that only point back: a bare flow noun (with at most one word before it), or "that"/"the figure". */
export const POINTING_SUBJECT = {
  // "Compared with August 2025, they were down 14.2%.": a base opening the sentence, then a pronoun or a flow noun.
  // ("Compared with 4,309 tonnes in May last year, shipments were down": the base may be an amount, its digits grouped;
  // "Set beside ...", "Measured against ...", "Next to ...", "Relative to ...", "Versus ..." open the same comparison.)
  // "On a yearly basis the November imports were still 12.7% lower.": the basis of the comparison may open it too.
  // "June's arrivals were 4 percent lower than a year before.": the month owning the flow only points back to it.
  // "The May figure was up 45.8 percent": the figure named by its month (or "the monthly total") points back the same way.
  // (a246) "December cherry imports were up 38.6 percent", "June's soybean arrivals were 4 percent lower", "The March copper
  // shipments fell 5%": the month before a goods word and the flow noun points back as the month alone does.
  pattern: new RegExp(String.raw`^\s*${SPEAKER_LABEL}(?:${SPOKEN_FOLLOW_UP}|(?:(?:compared\s+(?:with|to)|against|(?:set|measured|put|placed|seen)\s+(?:beside|against|next\s+to|alongside)|next\s+to|beside|relative\s+to|versus)\s+(?:[^,.;]|[,.](?=\d)){1,60},\s*|(?:on\s+an?\s+(?:yearly|annual|year-on-year|year-over-year)\s+basis|in\s+(?:yearly|annual|year-on-year)\s+terms|in\s+terms\s+of\s+(?:quantity|volume|value)|in\s+(?:quantity|volume|value)(?:\s+terms)?|by\s+(?:quantity|volume|value)),?\s+)?(?:(?:the\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|the\s+month|the\s+quarter)(?:['’]s)?\s+)?(?:[\w-]+\s+)?(?:arrivals|shipments|imports|exports|purchases|inflows|receipts|deliveries|intake|volumes?)\b|${POINTING_BACK}))`, 'i'),
  examples: ['Arrivals were up 14.7% from September and 22.3% higher than a year earlier.', 'In terms of quantity, exports grew 11.73 percent.', 'In value terms, the imports rose 40 percent.', 'Scrap arrivals, measured in physical weight, were up 26% year-on-year.', 'That was still 22.6% below September 2025.', 'The May figure was up 45.8 percent from a year earlier.', 'Compared with August 2025, they were down 14.2%.', 'On a yearly basis the November imports were still 12.7% lower.', "June's arrivals were 4 percent lower than a year before."],
};

/** A change on the month before, which leaves the year-on-year growth after it without a verb or level of its own. */
export const MONTH_ON_MONTH_FIRST = {
  pattern: /\b(?:(?:from|over|than\s+in|versus|against|on)\s+(?:the\s+previous\s+month|a\s+month\s+(?:earlier|before|ago)|the\s+month|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(?:19|20)\d\d))|month[- ]on[- ]month|m\/m|MoM|sequentially)\b/,
  examples: ['up 12.8% from June and 9.4% year on year', 'up 4.1% month on month and 9.0% y/y'],
};

// "Trade between Guangxi and ASEAN reached X ... That was up 13.2 percent": a demonstrative names no partner of its own,
// so the growth is of the level before whatever partner that level has.
// A pronoun ("they were down 14.2%" after exports to the United States) names none either.
const DEMONSTRATIVE_SUBJECT = new RegExp(String.raw`^\s*${SPEAKER_LABEL}(?:${SPOKEN_FOLLOW_UP}|(?:(?:compared\s+(?:with|to)|against|(?:set|measured|put|placed|seen)\s+(?:beside|against|next\s+to|alongside)|next\s+to|beside|relative\s+to|versus)\s+(?:[^,.;]|[,.](?=\d)){1,60},\s*)?${POINTING_BACK})`, 'i');
const seriesBesidesPartner = (r: ObservationDraft) => `${r.area}|${r.flow}|${r.breakdown}|${r.period_start}|${r.period_end}`;

// "Pakistan exported 3.62 million tonnes of rice worth $2.26 billion ... In terms of quantity, exports grew 11.73 percent":
// a growth said to be of the quantity points back at the tonnage only, not at its worth.
const OF_QUANTITY_OPENING = /^\s*(?:in\s+terms\s+of\s+(?:quantity|volume)|in\s+(?:quantity|volume)\s+terms|by\s+(?:quantity|volume))\b/i;
// "... 8.62 million tonnes of crude oil, worth 22.4 billion yuan. In value terms, the imports rose 1.5 times": a growth said
// to be of the value points back at the money only, not at the tonnage beside it.
const VALUE_WORDS = '(?:in\\s+terms\\s+of\\s+value|in\\s+value(?:\\s+terms)?|by\\s+value)\\b';
const OF_VALUE_OPENING = new RegExp(`^\\s*${VALUE_WORDS}`, 'i');
// "... crude oil, worth 22.4 billion yuan; in value the imports increased 1.5 times": the same said after a semicolon, in
// the clause that ends the level's own sentence.
// "... 6.4 million tonnes of soybeans, worth 3.1 billion dollars; the volume was up 4.2%": a last clause naming the
// volume (or the quantity, or the tonnage) as its subject points back at the tonnage only. "...; in physical terms, supplies
// decreased by 5.6%": the goods' physical volume, as translated releases name it, is the same measure.
const QUANTITY_WORDS = '(?:in\\s+terms\\s+of\\s+(?:quantity|volume)|in\\s+(?:quantity|volume|physical)(?:\\s+terms)?|by\\s+(?:quantity|volume)|the\\s+(?:volume|quantity|tonnage)\\s+(?:was|were|rose|grew|increased|fell|dropped|declined|edged))\\b';
const MEASURE_LAST_CLAUSE = [
  { measure: 'value', pattern: new RegExp(`;\\s*${VALUE_WORDS}[^;]*$`, 'i') },
  { measure: 'quantity', pattern: new RegExp(`;\\s*${QUANTITY_WORDS}[^;]*$`, 'i') },
];
// "Britain bought £404 billion of goods from the EU. In real terms, once price rises are stripped out, imports from the EU fell
// 3.1 percent", "At constant prices exports were up 2%", "Adjusted for inflation, shipments slipped 1.4%", "price-adjusted
// imports grew": a change taken out of prices is of no amount stated in money of the day (nor of a tonnage, which the
// release would call volume), so it points back at no level and stays a growth of its own (a238; index.ts attachLaterGrowth).
export const PRICES_TAKEN_OUT = /\b(?:in\s+real\s+terms|at\s+constant\s+(?:\d{4}\s+)?prices|in\s+constant\s+(?:\d{4}\s+)?(?:prices|dollars|euros|pounds|yuan)|(?:adjusted|corrected)\s+for\s+(?:inflation|prices|price\s+(?:changes|effects|rises))|(?:inflation|price)[- ]adjusted|once\s+(?:price\s+(?:rises|increases|changes|effects)|inflation)\s+(?:is|are)\s+(?:stripped|taken)\s+out)\b/i;
// (A count of trains or boxes, "That return traffic was 11.2 percent larger", is pointed back at as an amount is.)
const measuresPointedAt = (quote: string): string[] => (PRICES_TAKEN_OUT.test(quote) ? [] : OF_QUANTITY_OPENING.test(quote) ? ['quantity'] : OF_VALUE_OPENING.test(quote) ? ['value'] : ['value', 'quantity', 'count']);

/** A release's rows by the keys the growths look them up by, each list in order (grouped at the first look). */
interface RowGroups {
  ofSentence: (r: ObservationDraft) => readonly ObservationDraft[];
  ofSeries: (r: ObservationDraft) => readonly ObservationDraft[];
  ofSeriesBesidesPartner: (r: ObservationDraft) => readonly ObservationDraft[];
}

// "China imported 94.8 million tonnes of iron ore ... On a yearly basis, ore imports were 0.6% higher": a subject naming the
// goods by part of their name ("ore" for iron ore, "copper" for copper concentrate, "beans" for soya beans) points back at
// them as a bare flow noun would (a174); goods of another name ("steel exports") do not.
// (a246) A word is compared in its singular, so "cherry imports" names part of "fresh cherries", "soybean arrivals" of "soybeans".
const singular = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const wordsOf = (goods: string): string[] => goods.toLowerCase().split(/[\s-]+/).filter(Boolean).map(singular);
/** True when every word of `short` is a word of `goods` and `short` is not all of it (the same goods named again are a series
 * of their own, whose growth stays apart when two amounts could have grown: tests/unit/press-release.test.ts). */
const namesPartOf = (short: string, goods: string): boolean => {
  const whole = wordsOf(goods);
  const part = wordsOf(short);
  return part.join(' ') !== whole.join(' ') && part.every((w) => whole.includes(w));
};

/** The levels of the nearest earlier sentence of the growth's place, flow and period; none if any states a growth. */
function nearestLevels(groups: RowGroups, g: ObservationDraft): ObservationDraft[] {
  const anyPartner = g.partner === 'World' && DEMONSTRATIVE_SUBJECT.test(g.source_quote);
  const series = anyPartner ? groups.ofSeriesBesidesPartner : groups.ofSeries;
  const measures = measuresPointedAt(g.source_quote);
  const goods = (l: ObservationDraft) => g.commodity === 'all goods' || namesPartOf(g.commodity, l.commodity);
  const before = series(g).filter((l) => l.value !== null && measures.includes(l.measure) && goods(l) && (l.quote_start ?? 0) < (g.quote_start ?? 0));
  if (!before.length) return [];
  const nearest = Math.max(...before.map((l) => l.quote_start ?? 0));
  const levels = before.filter((l) => l.quote_start === nearest);
  const oneQuantity = levels.every((l) => l.yoy_pct === null) && new Set(levels.map((l) => l.unit)).size === levels.length;
  return oneQuantity ? levels : [];
}

/**
 * "rose to a record 3.37 million tonnes in July, up 12.8% from June and 9.4% year on year": the only level
 * of the growth's place, flow and period in its own sentence, which states no growth, is the one the year-on-year
 * growth left over after a month-on-month change belongs to; a growth naming other goods is not its.
 */
function levelsOfOwnSentence(sentence: readonly ObservationDraft[], g: ObservationDraft): ObservationDraft[] | null {
  if (!MONTH_ON_MONTH_FIRST.pattern.test(g.source_quote)) return null;
  const own = sentence.filter((l) => l.value !== null && (l.measure === 'value' || l.measure === 'quantity' || l.measure === 'count') && seriesOf(l) === seriesOf(g) && l.quote_start === g.quote_start);
  if (!own.length) return null;
  const goods = g.commodity === 'all goods' || own.every((l) => l.commodity === g.commodity);
  // (A level already given this growth by a headline that states it too: the growth restates it.)
  return goods && own.every((l) => l.yoy_pct === null || l.yoy_pct === g.yoy_pct) && new Set(own.map((l) => l.unit)).size === own.length ? own : [];
}

/** The levels of the growth's own sentence, stating no growth, when the growth ends it in a clause said to be of value or of volume. */
function measureLevelsBeforeClause(sentence: readonly ObservationDraft[], g: ObservationDraft): ObservationDraft[] | null {
  const measure = MEASURE_LAST_CLAUSE.find((m) => m.pattern.test(g.source_quote))?.measure;
  if (!measure) return null;
  const own = sentence.filter((l) => l !== g && l.quote_start === g.quote_start && l.value !== null && l.measure === measure && seriesOf(l) === seriesOf(g));
  const goods = own.every((l) => g.commodity === 'all goods' || l.commodity === g.commodity);
  return goods && own.every((l) => l.yoy_pct === null) && new Set(own.map((l) => l.unit)).size === own.length ? own : [];
}

// "Services exports were £38.6 billion. ... total exports of goods and services were 1.8% lower": a subject naming the whole
// of its flow ("total exports", "overall imports", "all shipments", "exports of all goods", "imports of goods and services")
// is wider than a level of named goods before it, so it does not point back at that level.
const WHOLE_OF_FLOW = /\b(?:(?:total|overall|all|aggregate|combined|entire)\s+(?:arrivals|shipments|imports|exports|purchases|inflows|receipts|deliveries|sales)\b|(?:arrivals|shipments|imports|exports|purchases|inflows|receipts|deliveries|sales)\s+of\s+(?:all\s+)?(?:goods|merchandise|products|commodities|wares)\b)/i;

/** Whether a growth's subject names the whole of its flow while the levels it would point back at name goods of their own. */
const wholeOfNamedGoods = (quote: string, levels: readonly ObservationDraft[]): boolean => levels.every((l) => l.commodity !== 'all goods') && WHOLE_OF_FLOW.test(quote);

// "Another 1,731 trains reached the city from Duisburg ...; that return traffic was 11.2 percent larger than a year earlier":
// a last clause after a semicolon whose subject only points back ("that", "this inbound flow", "the figure") is of the levels
// its own sentence gave before it, whichever flow or partner the clause alone would read.
const POINTING_LAST_CLAUSE = new RegExp(String.raw`;\s*${POINTING_BACK}[^;]*$`, 'i');

/** The levels before the semicolon of a growth's own sentence, stating no growth, that a pointing last clause points back at, or null. */
function levelsBeforePointingClause(sentence: readonly ObservationDraft[], g: ObservationDraft): ObservationDraft[] | null {
  if (!g.source_quote.includes(';') || !POINTING_LAST_CLAUSE.test(g.source_quote)) return null;
  const own = sentence.filter((l) => l !== g && l.value !== null && (l.measure === 'value' || l.measure === 'quantity' || l.measure === 'count') && l.area === g.area && l.period_start === g.period_start && l.period_end === g.period_end);
  return own.length && own.every((l) => l.yoy_pct === null) && new Set(own.map((l) => l.unit)).size === own.length ? own : null;
}

/** Gives each growth with no level of its own to the level of its sentence, or to the level a pointing subject points back at. */
export function attachPointingGrowth(rows: ObservationDraft[]): ObservationDraft[] {
  const groups: RowGroups = { ofSentence: groupedBy(rows, (r) => r.quote_start), ofSeries: groupedBy(rows, seriesOf), ofSeriesBesidesPartner: groupedBy(rows, seriesBesidesPartner) };
  return giveFreeGrowths(rows, (g) => {
    const own = levelsOfOwnSentence(groups.ofSentence(g), g) ?? measureLevelsBeforeClause(groups.ofSentence(g), g) ?? levelsBeforePointingClause(groups.ofSentence(g), g);
    const pointing = own === null && POINTING_SUBJECT.pattern.test(g.source_quote);
    if (own === null && !pointing) return null;
    const levels = own ?? nearestLevels(groups, g);
    return pointing && levels.length && wholeOfNamedGoods(g.source_quote, levels) ? null : levels;
  });
}

/**
 * A growth whose own sentence also states the earlier amount it is measured from, the level itself stated before ("Tea
 * shipments reached 12.4 thousand tons. Set against 11.6 thousand tons a year before, they rose 6.9%."; "...; compared
 * with 11.6 thousand tons in the same months of last year, they grew 6.9 per cent"): the growth is of the level of the
 * base's own goods and unit in the growth's period, not of whatever level of its flow comes first. The two amounts must
 * bear the growth out (their ratio, within the rounding of three printed figures), so no other level is given it.
 */
function levelOfComparedBase(groups: RowGroups, g: ObservationDraft): ObservationDraft | undefined {
  const sameSeries = (a: ObservationDraft, b: ObservationDraft) => a.area === b.area && a.partner === b.partner && a.flow === b.flow && a.breakdown === b.breakdown;
  const bases = groups.ofSentence(g).filter((b) => b !== g && b.value !== null && b.value > 0 && b.yoy_pct === null && b.measure !== 'share' && sameSeries(b, g) && (g.commodity === 'all goods' || g.commodity === b.commodity) && b.period_end !== '' && b.period_end < g.period_start);
  for (const b of bases) {
    const level = groups.ofSeries(g).findLast((l) => l.value !== null && l.unit === b.unit && l.commodity === b.commodity && (l.quote_start ?? 0) <= (g.quote_start ?? 0) && l !== b);
    if (level && level.yoy_pct === null && bearsOut(level.value!, b.value!, g.yoy_pct!)) return level;
  }
  return undefined;
}

/** True when going from `base` to `level` is the stated growth, give or take the rounding of the three figures. */
const bearsOut = (level: number, base: number, growth: number) => Math.abs((level / base - 1) * 100 - growth) <= 0.5 + 0.02 * Math.abs(growth);

/** Gives each growth with no level of its own whose sentence states its base amount to the level of the base's goods (see `levelOfComparedBase`). */
export function attachGrowthOfComparedBase(rows: ObservationDraft[]): ObservationDraft[] {
  const groups: RowGroups = { ofSentence: groupedBy(rows, (r) => r.quote_start), ofSeries: groupedBy(rows, seriesOf), ofSeriesBesidesPartner: groupedBy(rows, seriesBesidesPartner) };
  return giveFreeGrowths(rows, (g) => {
    const level = levelOfComparedBase(groups, g);
    return level ? [level] : null;
  });
}

// (a236) "Exports were up $24.3 billion, or 19.3 percent.", "imports fell by 2.1 billion dollars (-8.4%)", "exports rose 1.2
// trillion yen, or 13%, from a year earlier", "the surplus widened by R3.2 bn (+24%)": a change stated by its size in money
// and then in percent. Both are of one level: the one whose change at that rate is that size, so a growth stated apart
// goes to that level among several earlier ones of its flow (the goods-and-services total, not the goods-only figure).
const SIZE_THEN_PERCENT = /\b(?:up|down|rose|fell|grew|increased|decreased|declined|dropped|climbed|gained|jumped|slipped|widened|narrowed|expanded|shrank|by|of)\s+(?:by\s+)?(?:[A-Z]{0,3}\$|[€£¥R]|[A-Z]{3}\s)?\s?(\d[\d,]*(?:\.\d+)?)\s*(trillion|billion|bn|million|mn|mln|thousand)?(?:\s+(?:dollars|yuan|yen|euros?|won|baht|rand|pesos|rupees))?\s*(?:,\s*or\s+|\(\s*)[+-]?(\d+(?:\.\d+)?)\s*(?:%|percent|per\s?cent)/gi;
const SCALES: Readonly<Record<string, number>> = { trillion: 1e12, billion: 1e9, bn: 1e9, million: 1e6, mn: 1e6, mln: 1e6, thousand: 1e3 };

/** The sizes in money a growth's sentence states beside its percentage (`SIZE_THEN_PERCENT`), for that percentage only. */
function sizesOfChange(quote: string, growth: number): number[] {
  const sizes: number[] = [];
  if (!quote.includes(',') && !quote.includes('(')) return sizes;
  for (const m of quote.matchAll(SIZE_THEN_PERCENT)) {
    if (Math.abs(Number(m[3]) - Math.abs(growth)) > 1e-9) continue;
    sizes.push(Number(m[1].replace(/,/g, '')) * (m[2] ? SCALES[m[2].toLowerCase()] : 1));
  }
  return sizes;
}

/** True when a level's change at `growth` percent is `size`, give or take the rounding of the three printed figures. */
const changeOfSize = (level: number, growth: number, size: number) => Math.abs(Math.abs(level - level / (1 + growth / 100)) - size) <= 0.025 * size;

/** Gives each growth with no level of its own whose sentence states the change's size to the one earlier level of its series the size bears out. */
export function attachGrowthOfStatedSize(rows: ObservationDraft[]): ObservationDraft[] {
  let ofSeries: ((r: ObservationDraft) => readonly ObservationDraft[]) | undefined;
  return giveFreeGrowths(rows, (g) => {
    const sizes = g.yoy_pct! <= -100 ? [] : sizesOfChange(g.source_quote, g.yoy_pct!);
    if (!sizes.length) return null;
    ofSeries ??= groupedBy(rows, seriesOf);
    const earlier = ofSeries(g).filter((l) => l.value !== null && l.measure === 'value' && (l.quote_start ?? 0) < (g.quote_start ?? 0));
    const borne = earlier.filter((l) => sizes.some((size) => changeOfSize(l.value!, g.yoy_pct!, size)));
    // One level (or one amount in several currencies, in one sentence), stating no growth of its own.
    return borne.some((l) => l.yoy_pct !== null || l.quote_start !== borne[0].quote_start) || new Set(borne.map((l) => l.unit)).size !== borne.length ? null : borne;
  });
}

// "Trade with the first two grew by 8.7 percent and 2.5 percent", "The latter two fell 3% and 1%", "Shipments to both rose
// 4% and 6%", "the former edged up 0.8%": growths whose subject points at items of a list by their place in it. The list is
// the levels of the sentence before; the words say which end of it and how many. ("In the first two months" is a period.)
const LIST_COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, 2: 2, 3: 3, 4: 4, 5: 5 };
const PLACE_IN_LIST = /\b(?:the\s+(first|top|leading|biggest|largest|former|latter|last|final|remaining|other)\s+(two|three|four|five|[2-5])\b(?!\s+(?:months?|quarters?|weeks?|years?|days?|halves|decades?|ten-day)\b)|the\s+(two|three|four|five|[2-5])\s+(?:largest|biggest|leading|top|first|last|latter|former|remaining|other)\b(?!\s+(?:months?|quarters?|weeks?|years?|days?|halves|decades?)\b)|the\s+(former|latter)\b(?!\s+(?:two|three|four|five|[2-5])\b)|\b(both)\b(?!\s+(?:ways|directions|sides|years|periods|months|months')\b))/i;
const FROM_THE_END = /\b(?:latter|last|final|remaining|other)\b/i;

/** Which levels of a list of `size` one pointer reads by place ("the first two": 0 and 1), or null. */
function placesOfPointer(m: RegExpMatchArray, size: number): number[] | null {
  const count = m[5] ? size : m[4] ? 1 : LIST_COUNT[(m[2] ?? m[3]).toLowerCase()];
  if (count > size || (m[5] && size !== 2)) return null;
  const start = FROM_THE_END.test(m[0]) ? size - count : 0;
  return Array.from({ length: count }, (_, i) => start + i);
}

/** Which levels of a list of `size` a growth's subject points at by place ("the first two": 0 and 1), or null. */
function placesPointedAt(quote: string, size: number): number[] | null {
  const m = PLACE_IN_LIST.exec(quote);
  return (m && placesOfPointer(m, size)) ?? null;
}

// "The first two grew A and B, while the latter shrank C", "the former rose A and the other two fell B and C", "the top two
// gained A and B; the third lost C", "the first rose A, the second B and the rest C and D": one sentence splits a list
// among several pointers, each followed by its own growths. A lone ordinal ("the third", "the last", "the second") or
// "the rest"/"the other(s)"/"the remaining one(s)" points only beside another pointer of the sentence; "the rest" takes
// the places no other pointer took. Each pointer must be followed by as many percentages as the places it names.
const LONE_ORDINAL = /\bthe\s+(first|second|third|fourth|fifth|last|final)\b(?!\s+(?:two|three|four|five|[2-5]|months?|quarters?|weeks?|years?|days?|half|halves|time|decades?|ten-day|place|round|batch)\b)/gi;
const THE_REST = /\bthe\s+(?:rest|others|other(?!\s+(?:two|three|four|five|[2-5])\b)|remaining\s+ones?)\b/gi;
const LONE_POINTER_WORD = /\bthe\s+(?:first|second|third|fourth|fifth|last|final|rest|others?|remaining)\b/i;
const ORDINAL_PLACE: Readonly<Record<string, number>> = { first: 0, second: 1, third: 2, fourth: 3, fifth: 4 };
const PERCENT_FIGURE = /\d[\d.]*\s*(?:%|percent\b|per\s+cent\b)/gi;

interface Pointer { at: number; end: number; places: number[] | 'rest' }

function pointersIn(quote: string, size: number): Pointer[] | null {
  const pointers: Pointer[] = [];
  for (const m of quote.matchAll(new RegExp(PLACE_IN_LIST.source, 'gi'))) {
    const places = placesOfPointer(m, size);
    if (!places) return null;
    pointers.push({ at: m.index, end: m.index + m[0].length, places });
  }
  const taken = (i: number) => pointers.some((p) => i >= p.at && i < p.end);
  for (const m of quote.matchAll(LONE_ORDINAL)) {
    if (taken(m.index)) continue;
    const word = m[1].toLowerCase();
    const place = word === 'last' || word === 'final' ? size - 1 : ORDINAL_PLACE[word];
    if (place >= size) return null;
    pointers.push({ at: m.index, end: m.index + m[0].length, places: [place] });
  }
  for (const m of quote.matchAll(THE_REST)) if (!taken(m.index)) pointers.push({ at: m.index, end: m.index + m[0].length, places: 'rest' });
  return pointers.sort((a, b) => a.at - b.at);
}

/** The places several pointers of one sentence read, in the order of their growths, or null when they do not split the list. */
function placesOfSeveralPointers(quote: string, size: number): number[] | null {
  const pointers = pointersIn(quote, size);
  if (!pointers || pointers.length < 2 || pointers.filter((p) => p.places === 'rest').length > 1) return null;
  const named = pointers.flatMap((p) => (p.places === 'rest' ? [] : p.places));
  const rest = Array.from({ length: size }, (_, i) => i).filter((i) => !named.includes(i));
  const places: number[] = [];
  for (const [k, p] of pointers.entries()) {
    const own = p.places === 'rest' ? rest : p.places;
    const percents = quote.slice(p.end, pointers[k + 1]?.at ?? quote.length).match(PERCENT_FIGURE)?.length ?? 0;
    if (!own.length || percents !== own.length) return null;
    places.push(...own);
  }
  return new Set(places).size === places.length ? places : null;
}

/** The levels of the nearest earlier sentence of the growth's place, flow and period (any partner or goods), in order. */
function listBefore(ofSeriesBesidesPartner: RowGroups['ofSeriesBesidesPartner'], g: ObservationDraft): ObservationDraft[] {
  const before = ofSeriesBesidesPartner(g).filter((l) => l.value !== null && l.measure !== 'share' && (l.quote_start ?? 0) < (g.quote_start ?? 0));
  if (!before.length) return [];
  const nearest = Math.max(...before.map((l) => l.quote_start ?? 0));
  return before.filter((l) => l.quote_start === nearest);
}

/** Gives the growths of a sentence pointing at a list by place ("the first two grew A and B") to those items of the list before, in order. */
export function attachGrowthByPlaceInList(rows: ObservationDraft[]): ObservationDraft[] {
  const drop = new Set<ObservationDraft>();
  const growths = rows.filter((g) => g.value === null && g.yoy_pct !== null && g.period_start !== '' && g.partner === 'World' && g.commodity === 'all goods' && (PLACE_IN_LIST.test(g.source_quote) || LONE_POINTER_WORD.test(g.source_quote)));
  const bySentence = groupedBy(growths, (r) => r.quote_start);
  const ofSeriesBesidesPartner = groupedBy(rows, seriesBesidesPartner);
  for (const g of growths) {
    const sentence = bySentence(g);
    if (g !== sentence[0] || sentence.some((s) => seriesOf(s) !== seriesOf(g))) continue;
    const list = listBefore(ofSeriesBesidesPartner, g);
    const oneMeasure = list.every((l) => l.unit === list[0].unit && l.measure === list[0].measure);
    const places = list.length >= 2 && oneMeasure ? placesOfSeveralPointers(g.source_quote, list.length) ?? placesPointedAt(g.source_quote, list.length) : null;
    if (!places || places.length !== sentence.length || places.some((p) => list[p].yoy_pct !== null)) continue;
    places.forEach((p, i) => {
      list[p].yoy_pct = sentence[i].yoy_pct;
      drop.add(sentence[i]);
    });
  }
  return drop.size ? rows.filter((r) => !drop.has(r)) : rows;
}
