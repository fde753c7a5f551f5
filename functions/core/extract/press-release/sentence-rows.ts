/**
 * Step 5 of `readSentence`: the rows of a sentence, with the period, area, partner, flow, goods and
 * breakdown chosen for each; growths that belong to the sentence before; changes stated in words.
 */
import { inMoneyOfChange } from './currency-growths.js';
import type { ExtractionContext, Flow, Measure, ObservationDraft, Qualifier } from '../../contract.js';
import { currencyInContext } from './currency-context.js';
import { anyCharOf, firstNonSpace, isSpace } from './chars.js';
import { trainCommodity } from './unit-context.js';
import { findPeriods, FREE_RELATIVE, type PeriodMention, yearAfterOpening } from './periods.js';
import { type Figure, qualifierBefore } from './quantities.js';
import { baseSign, periodAfterOpeningBase, resolveEarlier } from './comparisons.js';
import { levelsInMoneyOf } from './second-currency.js';
import { type Reading, signedChange } from './readings.js';
import { bracketSpans, clauseOf, descriptiveAsides, inclusionAppositions, reasonClauses, reducedRelatives, relativeClauses, ROUTING_RELATIVE_BEFORE, stripQualifier } from './clauses.js';
import type { ReleaseMemory, RowFrame, SentenceScene } from './sentence-scene.js';
import { anaphoraKind, isLandPortTown, type PlaceMention } from './geography.js';
import { NOT_YOY, ownWordsAround, YOY_MARKER } from './percent-roles.js';
import { againstBenchmark, againstOtherBase, growthAgainstOtherBase } from './pairing.js';
import { growthPastRunningTotal, periodBeforeMonthBase, periodFor, periodOfWhenClause } from './period-choice.js';
import { areaFor, bracketedPartners, partnerFor, partnerPlacesOf } from './place-choice.js';
import { compassFromAreaSide, corridorWay, type FlowChoice, flowFor, plain } from './flow-choice.js';
import { breakdownOf, commodityFor, goodsName, rememberGoods, rememberServicesStory, storyGoods, storyTrade } from './commodity-choice.js';
import { keywords, mentions } from './keywords.js';
import { aggregateOfReporters } from './many-reporters.js';
import { FRACTION_WORDS_SOURCE, fractionPercent } from './fraction-words.js';
import { MULTIPLE_OF_YEAR_EARLIER } from './growth-index.js';

// "This is 18.3% more than ...", "Which is 1.2 times ...", "That was up 4% ...", "The volume was 3.8 percent higher ...".
// "This figure represents ...", "The two figures represent ...".
// An opening connective or attribution may come first: "Additionally, as the agency notes, it also marks ...".
const POINTING_BACK_START = /^\s*(?:(?:additionally|also|moreover|furthermore|in addition|at the same time)\s*,\s*)?(?:(?:as|according to)\s+[^,.;]{1,60},\s*)?(?:this|that|it|which|(?:the|these|those)\s+(?:two\s+|three\s+|four\s+)?(?:figures?|numbers?)|(?:this|that|the)\s+(?:figure|number|amount|volume|value|total|tonnage|quantity|weight|earnings|proceeds))\s+(?:also\s+)?(?:is|was|are|were|represents?|represented|marks?|marked|means?|meant)\b/i;
// "The volume was 19.7 percent higher", "That tonnage represented", "The earnings were": a subject pointing back that names the
// measure (the goods' weight or their worth) points at the sentence before's level of that measure, not at its last level.
const MEASURE_POINTED_BACK = /^\s*(?:[^,.;]{1,60},\s*)?(?:this|that|the)\s+(?:(volume|tonnage|quantity|weight)|(value|earnings|proceeds))\b/i;
/** The levels a pointing subject that names a measure points at: those of that measure, when the sentence before gave any. */
function levelsOfMeasureNamed(s: string, levels: ObservationDraft[]): ObservationDraft[] {
  const m = MEASURE_POINTED_BACK.exec(s);
  const measure = m?.[1] ? 'quantity' : m?.[2] ? 'value' : null;
  const named = measure ? levels.filter((l) => l.measure === measure) : [];
  return named.length ? named : levels;
}
// "Compared with a year earlier, shipments were up 2.3%.", "On a year-on-year basis, arrivals rose 4%":
// a year-on-year opening before a subject that only repeats the quantity (never a flow or goods word of its own).
// "Year on year, the October figure was down by 38%": the figure named by its month repeats it too, and so do the month's
// exports or imports ("Year on year, October exports were 3.6 per cent lower": that flow's level only); "Compared with the
// same period last year, it increased 1.2 times": "it" as well. The opening may be "Year over year," / "On the year," / "On an
// annual basis,", and the repeated quantity its count, number, amount, sum or value ("Year on year, the count rose 15%").
// "These rose 7.7% and fell 2.5% respectively": a plural pronoun, a verb of change and a list closed by "respectively"
// give the changes of the levels the sentence before listed, in order.
const PLURAL_POINTING_BACK = /^\s*(?:these|those|they|the\s+two)\s+(?:(?:both|also)\s+)?(?:rose|fell|grew|increased|decreased|declined|climbed|dropped|jumped|slipped|gained|were\s+(?:up|down))\b.*\brespectively\b/i;
const YEAR_ON_YEAR_POINTING_BACK = /^\s*(?:(?:compared\s+(?:with|to)|against|versus|from|relative\s+to)\s+(?:a\s+year\s+(?:earlier|ago|before)|the\s+same\s+(?:month|period)\s+(?:a\s+year\s+(?:earlier|ago)|(?:of\s+)?last\s+year))|on\s+an?\s+(?:year[- ](?:on|over)[- ]year|annual|yearly)\s+basis|year[- ](?:on|over)[- ]year|on\s+the\s+year)\s*,\s*(?:(?:the\s+)?(?:shipments|arrivals|deliveries|volumes?|they|it)|(?:the|this|that)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|monthly)\s+)?(?:figure|total|volume|tally|tonnage|count|number|amount|sum|value)|(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:'s)?\s+(?:(exports|shipments)|(imports|arrivals)))\s+(?:were|was|rose|fell|grew|increased|decreased|declined|climbed|dropped|jumped|slipped|gained|edged\s+(?:up|down))\b/i;

// The letters (either case) the openings above can start with, after their spaces: a sentence opening with any other
// character is not scanned for them (most sentences open with a place or a flow word). A test checks the letters against
// the expressions.
const POINTING_BACK_LETTERS = 'aAfFiImMtTwW';
const YEAR_ON_YEAR_LETTERS = 'aAcCfFoOrRvVyY';
const PLURAL_LETTERS = 'tT';
export const OPENING_LETTERS: ReadonlyArray<[RegExp, string]> = [
  [POINTING_BACK_START, POINTING_BACK_LETTERS],
  [YEAR_ON_YEAR_POINTING_BACK, YEAR_ON_YEAR_LETTERS],
  [PLURAL_POINTING_BACK, PLURAL_LETTERS],
];
const opensWith = (s: string, letters: string) => anyCharOf(s, firstNonSpace(s, 0), 1, letters);

// "Li Qiang, deputy head of the port's customs, said the figure represents 15.9 percent growth": the words a speaker is
// reported to have said point back as they would standing alone. Only a sentence with a verb of saying near its start is
// searched for the speaker.
const SAYING_NEAR_START = /\s(?:said|says|noted|added)\s/;
const SPEAKER_SAID = /^\s*[A-Z][^.;!?"“”]{0,100}?\s(?:said|says|noted|added)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?(?:\s+that)?\s+(?=[a-z])/;
function pointsBackAfterSpeaker(s: string): boolean {
  if (!SAYING_NEAR_START.test(s.slice(0, 130))) return false;
  const m = SPEAKER_SAID.exec(s);
  return m !== null && POINTING_BACK_START.test(s.slice(m[0].length));
}

// The measure a growth says it is of: "in physical terms", "by volume" (the tonnage); "in value terms", "by
// value" (the amount of money), "in physical volume" (the tonnage). Right after the percentage, or in its clause before
// it ("export volumes in value terms increased by 1.3 times").
// "Coal exports in physical terms rose 8.1 percent, while their value declined 14.6 percent", "export value increased by
// 9.6%": "their value" and a flow's value too.
// "Volume was 4.2% lower than in October 2025 and value was down 7.9%": the measure the subject of the change's verb.
const TERMS = String.raw`in\s+(?:(physical|volume|quantity|quantitative|tonnage|real)|(value|monetary|money|dollar|cost))\s+terms|in\s+terms\s+of\s+(?:(volume|quantity|weight|tonnage)|(value))|(?:by|in)\s+(?:physical\s+)?(?:(volume|quantity|weight|tonnage)|(value))\b|\b(?:their|its|export|import)\s+value\b|\b(?:(volumes?|tonnage)|(value))\s+(?:was|were|rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|slipped|gained)\b`;
// "a 6.3 percent rise in value": the change's noun may stand between the percentage and the measure.
const TERMS_AFTER = new RegExp(String.raw`^\s*,?\s*(?:(?:rise|increase|growth|gain|jump|fall|drop|decline|decrease)\s+)?(?:${TERMS})`, 'i');
const TERMS_BEFORE = new RegExp(String.raw`(?:${TERMS})[^,;\d]*$`, 'i');

/** "value" or "physical" when the words around a growth say which measure it is of; null when they do not. */
function growthTerms(s: string, f: Figure): 'value' | 'physical' | null {
  const before = s.slice(Math.max(0, f.start - 80), f.start);
  const m = TERMS_AFTER.exec(s.slice(f.end, f.end + 40)) ?? TERMS_BEFORE.exec(before.slice(before.lastIndexOf(',') + 1));
  if (!m) return null;
  return m[1] || m[3] || m[5] || m[7] ? 'physical' : 'value';
}

/**
 * The level of the previous sentence a growth of stated measure belongs to: the one quantity (an amount
 * in several currencies is one) of that measure, with the growth's flow and period and no growth yet.
 */
function levelOfTerms(s: string, f: Figure, previous: ObservationDraft[], flow: Flow, period: { start: string; end: string }, goods: string): ObservationDraft[] | null {
  const terms = growthTerms(s, f);
  if (!terms) return null;
  const measure = terms === 'value' ? 'value' : 'quantity';
  const groups = quantityGroups(previous).filter((g) => g[0].measure === measure && g[0].flow === flow && g[0].period_start === period.start && g[0].period_end === period.end);
  // "... coal worth X, copper concentrate worth Y. Coal exports in physical terms rose ...": the goods the growth names pick one.
  const named = groups.length > 1 ? groups.filter((g) => g[0].commodity.toLowerCase() === goods.toLowerCase()) : groups;
  return named.length === 1 && named[0].every((l) => l.yoy_pct === null) ? named[0] : null;
}

/**
 * The quantities among a sentence's level rows, in order: one amount stated in two currencies is one
 * quantity (same period, flow, area and measure, consecutive rows).
 */
function quantityGroups(levels: ObservationDraft[]): ObservationDraft[][] {
  const groups: ObservationDraft[][] = [];
  for (const l of levels) {
    const last = groups[groups.length - 1]?.[0];
    const twin = last && l.measure === 'value' && last.measure === 'value' && l.unit !== last.unit && l.quote_start === last.quote_start && l.period_start === last.period_start && l.period_end === last.period_end && l.flow === last.flow && l.area === last.area;
    if (twin) groups[groups.length - 1].push(l);
    else groups.push([l]);
  }
  return groups;
}

// "imports were flat at 1.61 trillion yuan": no change, stated before the level; "unchanged from a year earlier at
// 1.71mn t", "flat on the year at" name the year before as the base first.
const FLAT_BEFORE = /\b(?:flat|unchanged)\s+(?:year[- ]on[- ]year\s+|y\/y\s+|yoy\s+|on\s+the\s+year\s+|(?:from|compared\s+with|on)\s+(?:a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?same\s+(?:period|month)\s+(?:of\s+)?last\s+year)\s+)?at\s+$/i;
// "1.9 million tonnes, flat from a year earlier", "…, up by half from a year earlier": a change in words after the level;
// "…, up by a quarter." with no base, like a percentage with none, is year-on-year too.
// "31.5 million tonnes of crude oil through the pipeline, roughly flat from 2024": the year before, by number (or
// "from the year before", "on the prior year"). The level may stand as the subject's apposition, its verb after it: "Their
// value, 2.6 billion dollars, was flat on the year", "Imports of 5 billion yuan remained unchanged from a year earlier".
// A phrase naming the level's month may stand between: "shipments of 80,000 tonnes in May, flat year on year".
// So may the level's own period named in words: "72 billion yuan last year, roughly flat on the previous year", "5.2 million
// tonnes over the year, basically unchanged from 2023". Any word of comparison may bring the base ("flat with the same period
// of last year", "unchanged against a year earlier", "the same as a year earlier"), and so may the family of words of
// equality with a base before it: "level with a year earlier", "on a par with the same month last year", "in line with the
// same period of 2025" (with a bare year, "roughly level with 2023", b134-01 labels no change, so a bare year does not
// follow them). A reporting clause may stand between the level and the words: "4,620 tonnes in November, customs data
// showed on Monday, level with the same month a year earlier".
// The base may be any word of the same span with a count of months or a half ("level with the same half of 2022", "on a par
// with the matching ten months"), or a measure of it ("in line with the level of a year earlier", "the same as the value of").
// Or the figures' span named in the year before ("on a par with the first half of 2021", "level with January-June 2025",
// "the same as in Q1 2025"): no change only when it starts twelve months before the figure (`yearBefore`). The level's own
// period may be named in short ("in Q1 2026") before the words.
const WORD_CHANGE_AFTER = /^(?:\s+(?:of|through|via|in)\s(?:[^,.;%\d]|(?:19|20)\d\d|\b[HQ][1-4]\b){0,60}?|\s+(?:(?:last|this)\s+year|(?:over|for|during|in)\s+the\s+(?:year|period|quarter|half))\b)?(?:\s*,\s*(?:[A-Za-z]+\s+){1,4}?(?:said|says|showed|shows|reported|announced)(?:\s+on\s+[A-Z][a-z]+)?(?=\s*,))?\s*,?\s*(?:(?:(?:was|were|is|are|remained|remains|stayed|held|stood|came\s+in)\s+)?(?:(?:largely|basically|virtually|roughly|broadly|nearly|almost)\s+)?(flat|unchanged|(?:the\s+same\s+as|level\s+with|(?:on\s+)?(?:a\s+)?par\s+with|in\s+line\s+with)(?=\s+(?:a|the|last|in)\b))|(up|down|(?:an?\s+)?(?:rise|increase|gain|jump|growth|fall|drop|decline|decrease|contraction|slide)(?=\s+of\b))\s+(?:by\s+|of\s+)?(?:a\s+|one[\s-])?(half|quarter|third|fifth|tenth|two[\s-]thirds|three[\s-]quarters))(?:(?=\s*(?:[.;]|$))|\s+(?:from\s+a\s+year\s+(?:earlier|ago|before)|(?:(?:on|with|from|against|versus|to|compared\s+(?:with|to))\s+)?(?:(?:in|during)\s+)?(?:the\s+)?(?:(?:level|figure|volume|value|total|amount)\s+(?:of|in)\s+)?(?:(?:same|corresponding|comparable|matching|equivalent|like)\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ])?(?:period|months?|quarter|half)|a\s+year|(?<span>(?:(?:first|second|third|fourth|last|final|opening|closing|initial)\s+(?:quarter|half)\s+of|(?:first|opening)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months\s+of|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s*[-–]\s*(?:January|February|March|April|May|June|July|August|September|October|November|December))?|[HQ][1-4])\s+(?:19|20)\d{2}))\b|year[- ]on[- ]year|y\/y|yoy|on\s+the\s+year|(?:from|on|with|against|versus|compared\s+(?:with|to))\s+(?:the\s+(?:previous|prior)\s+year|the\s+year\s+before|last\s+year|(?<year>(?:19|20)\d{2})\b)))/i;

// "EV exports doubled to 120,000 units", "tripled year on year to 3.2 billion yuan", "halved to 2.1
// million tonnes": a multiple verb leading into the level is its change (doubled +100, tripled +200,
// quadrupled +300, halved -50). Hedged ("more than doubled") it states no exact change: none.
// "Barley exports doubled year-on-year and reached 612 thousand tons", "doubled, reaching": the level may follow "and" with a
// verb of arriving at it, or a participle of one.
const MULTIPLE_VERB_BEFORE = /(?<!\b(?:than|nearly|almost|over|about|roughly|around|some)\s+)\b(doubled|tripled|trebled|quadrupled|halved)\s*,?\s+(?:(?:year[- ]on[- ]year|y\/y|(?:from|compared\s+with)\s+a\s+year\s+(?:earlier|ago|before)|on\s+the\s+year)\s*,?\s+)?(?:to|(?:and\s+)?(?:reached|reaching|hit|hitting|totall?ed|totall?ing|came\s+to|coming\s+to|amounted\s+to|amounting\s+to|stood\s+at|standing\s+at))\s+$/i;
export const MULTIPLE_CHANGE: Record<string, number> = { doubled: 100, tripled: 200, trebled: 200, quadrupled: 300, halved: -50 };
// The base may stand between the verb and the level (a210, a199's ruling on unhedged multiples of a dated base): "doubled
// from the 3.1 million tonnes shipped in January-September 2022, reaching 6.2 million tonnes", "tripled from $40 million in
// 2023 to", "have halved, from 2.2 million tons a year earlier, to": the change only when the base is the year before the
// level's period (`yearBefore`, or words of a year back).
const MULTIPLE_VERB_FROM_BASE_BEFORE = /(?<!\b(?:than|nearly|almost|over|about|roughly|around|some)\s+)\b(doubled|tripled|trebled|quadrupled|halved)\s*,?\s+from\s+((?:[^.;%]|\.(?=\d)){3,90}?)\s*,?\s+(?:to|(?:and\s+)?(?:reached|reaching|hit|hitting|totall?ed|totall?ing|came\s+to|coming\s+to|amounted\s+to|amounting\s+to|stood\s+at|standing\s+at))\s+$/i;
// "Iraqi crude arriving fell by a third to 3.9 million tonnes", "rice exports rose by a third to $2.9 billion", "the quota
// was cut by two-thirds, year on year, to 40,000 tonnes", "were up by a quarter to": a verb of change by an exact fraction
// in words leading into the level is its change, signed by the verb (fraction-words.ts for the sizes). A hedge between
// "by" and the fraction ("by nearly a third") states no exact change and does not match.
const FRACTION_RISE_VERB = String.raw`(?:rose|risen|rises?|grew|grown|grows|increased|increases|climbed|climbs|jumped|jumps|gained|gains|expanded|expands|up)`;
const FRACTION_FALL_VERB = String.raw`(?:fell|fallen|falls|dropped|drops|declined|declines|decreased|decreases|shrank|shrunk|shrinks|slid|slides|slumped|slumps|contracted|contracts|reduced|cut|down)`;
const FRACTION_VERB_BEFORE = new RegExp(String.raw`\b(?:(${FRACTION_RISE_VERB})|(${FRACTION_FALL_VERB}))\s+by\s+(${FRACTION_WORDS_SOURCE})\s*,?\s+(?:(?:year[- ]on[- ]year|y\/y|(?:from|compared\s+with)\s+a\s+year\s+(?:earlier|ago|before)|on\s+the\s+year)\s*,?\s+)?(?:to|(?:and\s+)?(?:reached|reaching|hit|hitting|totall?ed|totall?ing|came\s+to|coming\s+to|amounted\s+to|amounting\s+to|stood\s+at|standing\s+at))\s+$`, 'i');

// "X and Y respectively, the first flat from a year earlier and the second up 38.2%", "..., with the former up 5 percent and
// the latter unchanged": "flat" or "unchanged" said of one of a list of two by its place in the list is that level's change
// of 0. The first level has one more amount before "respectively", the second none; a month before as the base is no
// year-on-year change.
const ORDINAL_FLAT = String.raw`\bthe\s+(?:LIST)\s+(?:(?:was|were|is|are|remained|stayed|held)\s+)?(?:(?:largely|basically|virtually|roughly|broadly|nearly|almost)\s+)?(?:flat|unchanged)\b(?!\s+(?:(?:from|on|compared\s+with|against)\s+(?:the\s+)?(?:previous|prior|last|preceding)\s+)?(?:month|quarter)\b)`;
const FIRST_FLAT_AFTER = new RegExp(String.raw`^[^.;\d]{0,20}?\band\s+(?:(?:about|around|nearly|some)\s+)?\d[\d.,]*[^.;\d]{0,40}?\brespectively\b[^.;]{0,80}?${ORDINAL_FLAT.replace('LIST', 'first|former')}`, 'i');
const SECOND_FLAT_AFTER = new RegExp(String.raw`^[^.;\d]{0,40}?\brespectively\b[^.;]{0,120}?${ORDINAL_FLAT.replace('LIST', 'second|latter')}`, 'i');
const flatByOrdinal = (after: string) => after.includes('respectively') && (FIRST_FLAT_AFTER.test(after) || SECOND_FLAT_AFTER.test(after));

// "46,800 vehicles in January-September, twice as many as in January-September 2024", "1.2 million tonnes, twice the figure a
// year earlier", "thrice last year's level": a multiple said in one word after the level, of the year-earlier level, is its change
// (twice +100, thrice +200), as "three times as many as" is (growth-index.ts; the corpus's "twice last year's level", b102).
// So is the adjective: "258,000, double the level a year ago", "triple last year's figure", "quadruple the volume of the same
// period of 2024" (the lead's ruling of the forty-fourth session, a199: an unhedged multiple of a dated base is an exact change;
// b8-11 relabelled).
// The level's goods and period may stand between ("shipped 46,800 electric cars abroad in January-September, twice ...").
// A hedge before it ("nearly twice", "more than double", "almost triple") states no exact change and does not match.
// The multiple may be the predicate of the level's own clause: "1,257 returning trains is double the level of a year earlier",
// "the 412 trains were twice the number of the same months of 2023" (a form of "be" before it, no comma).
const MULTIPLE_WORD_AFTER = /^[^,.;%]{0,60}?(?:,|\s(?:is|was|are|were|stood\s+at|came\s+to))\s*(?:(?:exactly|just|some|about|roughly|around)\s+)?(twice|thrice|double|triple|treble|quadruple|half)(?=\s)/i;
// (a241: "half as much as" the year-earlier level is down 50 percent: "1.14 million tonnes, half as much as the 2.28 million
// tonnes that had come from American ports in the same month of 2022", "was half the level of a year earlier".)
const MULTIPLE_WORD_CHANGE: Record<string, number> = { twice: 100, thrice: 200, double: 100, triple: 200, treble: 200, quadruple: 300, half: -50 };
// (a201: the span's year named as "last year", "thrice as many as in January-September last year": the year before the level's.)
const SPAN_LAST_YEAR_AS_BASE = /^\s*(?:(?:that|those|the\s+(?:figure|level|value|amount|volume|total|number|quantity|count|tonnage|size))\s+(?:of|in|for|recorded\s+in|seen\s+in)|as\s+(?:much|many|large|big)\s+as\s+(?:in|during))\s+((?:the\s+)?[^,.;%\d]{3,40}?)\s+(?:of\s+)?last\s+year\b/i;
const SPAN_AS_BASE = /^\s*(?:(?:that|those|the\s+(?:figure|level|value|amount|volume|total|number|quantity|count|tonnage|size))\s+(?:of|in|for|recorded\s+in|seen\s+in)|as\s+(?:much|many|large|big)\s+as\s+(?:in|during))\s+((?:the\s+)?[^,.;%]{0,40}?(?:19|20)\d\d)\b/i;

/** The change a one-word multiple of the year-earlier level after a level states ("X, twice as many as a year earlier"), or null. */
function multipleWordChange(s: string, end: number, periodStart: string): number | null {
  const m = MULTIPLE_WORD_AFTER.exec(s.slice(end, end + 100));
  if (!m) return null;
  const base = s.slice(end + m[0].length, end + m[0].length + 120);
  const lastYear = SPAN_LAST_YEAR_AS_BASE.exec(base);
  const span = SPAN_AS_BASE.exec(base) ?? (lastYear && periodStart !== '' ? [lastYear[0], `${lastYear[1]} ${Number(periodStart.slice(0, 4)) - 1}`] : null);
  const named = MULTIPLE_OF_YEAR_EARLIER.exec(base);
  // "twice as many as in the same period of 2019": a same span dated by number is the year before only by that number.
  const year = named ? /\b(?:19|20)\d\d\b/.exec(named[0]) : null;
  const ofYearBefore = named ? !year || Number(year[0]) === Number(periodStart.slice(0, 4)) - 1 : span !== null && periodStart !== '' && yearBefore(span[1], periodStart);
  return ofYearBefore ? MULTIPLE_WORD_CHANGE[m[1].toLowerCase()] : null;
}

/** Whether the named span (`the first half of 2021`) starts twelve months before `periodStart` (YYYY-MM). */
function yearBefore(span: string, periodStart: string): boolean {
  const base = findPeriods(/^[a-z]/.test(span) ? `the ${span}` : span, null)[0]?.periodStart ?? '';
  return base !== '' && base === `${Number(periodStart.slice(0, 4)) - 1}${periodStart.slice(4)}`;
}

// "17.07 trillion yuan, level with what the country bought in the first eleven months of 2025", "was on a par with what
// importers paid a year earlier", "the same as the amount shipped in the same period of 2025": equality with a free relative
// standing for the base amount; no change when that base is the year before the level's (its year by number, or "a year
// earlier", "last year", a same-span word). The level's own period may stand between ("2.4 million tonnes in October, matching what").
const EQUAL_TO_WHAT_AFTER = new RegExp(String.raw`^(?:\s+(?:in|during|over|for)\s(?:[^,.;%\d]|(?:19|20)\d\d){0,40}?)?\s*,?\s*(?:(?:was|were|is|are|remained|stayed|held|stood|came\s+in)\s+)?(?:(?:largely|basically|virtually|roughly|broadly|nearly|almost|much)\s+)?(?:level\s+with|(?:on\s+)?(?:a\s+)?par\s+with|in\s+line\s+with|the\s+same\s+as|equal\s+to|matching)\s+${FREE_RELATIVE}([^.;]{0,80})`, 'i');
const YEAR_BEFORE_WORDS = /\b(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+(?:previous|prior)\s+year|the\s+year\s+before|(?:same|corresponding|comparable|matching|equivalent|like)\s+(?:[\w-]+\s+)?(?:period|months?|quarter|half)(?!\s+(?:of|in)\s+(?:19|20)\d\d))\b/i;

/** Whether a base's words name the year before the level's (`periodStart`, YYYY-MM): by number, or by words of a year back. */
function yearBeforeBase(words: string, periodStart: string): boolean {
  const year = /\b((?:19|20)\d\d)\b/.exec(words);
  return year ? Number(year[1]) === Number(periodStart.slice(0, 4)) - 1 : YEAR_BEFORE_WORDS.test(words);
}

// "X, down by a third from a year earlier", "X, a rise of two thirds year on year", "X, a drop of a quarter on the year": the
// change after the level may be a direction word or a noun of change "of" the fraction (a174).
const DOWN_WORD = /^(?:down|(?:an?\s+)?(?:fall|drop|decline|decrease|contraction|slide))$/i;

/**
 * A year-on-year change written in words around a level with no percentage of its own: "flat at X"
 * and "X, flat from a year earlier" are 0; "X, up by half from a year earlier" is +50 (a quarter: 25);
 * "doubled to X" is +100 ("tripled" +200, "halved" -50).
 * Null when the words are absent or the comparison is with another month, or with a year ("from 2024")
 * other than the one before the figure's (`periodStart`, YYYY-MM).
 */
export function wordChange(s: string, start: number, end: number, periodStart = ''): number | null {
  const after = WORD_CHANGE_AFTER.exec(s.slice(end, end + 120));
  // A base year by number is year-on-year only for a figure of the year after it.
  if (after?.groups?.year && Number(after.groups.year) !== Number(periodStart.slice(0, 4)) - 1) return null;
  // A named span of a year ("on a par with the first half of 2021", "level with January-June 2021") is year-on-year only
  // when it starts twelve months before the figure.
  if (after?.groups?.span && !yearBefore(after.groups.span, periodStart)) return null;
  if (after) {
    if (after[1]) return 0;
    const size = fractionPercent(after[3]) ?? 0;
    return DOWN_WORD.test(after[2]) ? -size : size;
  }
  if (flatByOrdinal(s.slice(end, end + 200))) return 0;
  const multipleWord = multipleWordChange(s, end, periodStart);
  if (multipleWord !== null) return multipleWord;
  const equalToWhat = EQUAL_TO_WHAT_AFTER.exec(s.slice(end, end + 160));
  if (equalToWhat) return yearBeforeBase(equalToWhat[1], periodStart) ? 0 : null;
  const before = stripQualifier(s, Math.max(0, start - 50), start);
  if (FLAT_BEFORE.test(before) && !NOT_YOY.test(s.slice(end, end + 50))) return 0;
  const multiple = MULTIPLE_VERB_BEFORE.exec(before);
  if (multiple && !NOT_YOY.test(s.slice(end, end + 50))) return MULTIPLE_CHANGE[multiple[1].toLowerCase()];
  const fromBase = /\bfrom\b/i.test(s.slice(Math.max(0, start - 140), start)) ? MULTIPLE_VERB_FROM_BASE_BEFORE.exec(stripQualifier(s, Math.max(0, start - 140), start)) : null;
  if (fromBase && periodStart !== '' && (yearBefore(fromBase[2], periodStart) || (!/\b(?:19|20)\d\d\b/.test(fromBase[2]) && YEAR_BEFORE_WORDS.test(fromBase[2])))) return MULTIPLE_CHANGE[fromBase[1].toLowerCase()];
  const fraction = before.includes('by') ? FRACTION_VERB_BEFORE.exec(before) : null;
  if (fraction && !NOT_YOY.test(s.slice(end, end + 50))) return (fraction[1] ? 1 : -1) * (fractionPercent(fraction[3]) ?? 0);
  return null;
}

// In an erratum, "the trade surplus of USD 2.39 billion are unchanged", "the surplus, 2.39 billion, remains unchanged", "imports:
// USD 18.45 billion, unchanged", "stay as published", "were not affected": the figure was not revised, which says nothing of its change on the year. Only
// words with no base after them: "unchanged from a year earlier" is still a change of 0.
const NOT_REVISED_AFTER = /^(?:[^.;]|\.(?=\d)){0,80}?(?:,\s*|\b(?:is|are|was|were|remains?|remained|stays?|stayed|stands?|stood|has\s+been|have\s+been)\s+)(?:(?:also|still|thus|therefore)\s+)?(?:unchanged|unaltered|unaffected|unrevised|not\s+(?:affected|revised|changed|altered)|as\s+(?:published|released|printed|reported|stated|given)(?:\s+(?:earlier|before|originally|previously))?|correct|valid)\s*(?:[.;)]|$)/i;

/**
 * `wordChange` in a release that compares with the month before throughout (release-basis.ts): "imports were
 * flat at $39.43 billion" is flat on the month, no year-on-year change, unless its own words say "year on year".
 */
function wordChangeOnReleaseBasis(s: string, f: Figure, periodStart: string, memory: ReleaseMemory): number | null {
  if (memory.correctionNotice && NOT_REVISED_AFTER.test(s.slice(f.end, f.end + 120))) return null;
  const change = wordChange(s, f.start, f.end, periodStart);
  return change !== null && memory.previousMonthRelease && !YOY_MARKER.test(ownWordsAround(s, f)) ? null : change;
}

/**
 * Brackets that hold figures or words of their own. A bracket holding nothing but a span ("in the first
 * four months of the fiscal year (mid-July to mid-November)", "in Kartik (mid-October to mid-November)")
 * dates the words before it, so its period is the sentence's.
 */
function asideBrackets(s: string, periods: PeriodMention[]): Array<[number, number]> {
  return bracketSpans(s).filter(([a, b]) => !periods.some((p) => p.kind === 'period' && p.start > a && p.end < b && !/\S/.test(s.slice(a + 1, p.start) + s.slice(p.end, b - 1))));
}

// "after December 2025's 112.3 million tons": a period owning an amount (at most two words between). A percentage there is
// the change of the month's flow, not an amount the month owns ("November's exports fell 37.2% to $41.3 million": the
// month dates the whole clause).
// Nor is a month's flow with its verb: "December's exports were 3,731 tons, versus 3,092 tons a year earlier", "March's
// shipments reached 2.1 million tonnes, against ...", "Last month's imports totalled ...": the month is the subject's and
// dates its clause, a base after it too (a239).
const OWNED_AMOUNT_AFTER = /^['’]s\s+(?:(?!(?:was|were|is|are|stood|reached|hit|came|rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased|totall?ed|amounted|remained|stayed)\b)[a-z][\w-]*\s+){0,2}?(?:[$€£¥]\s?|[A-Z]{2,3}\$?\s?)?\d[\d.,]*(?!\d|[.,]\d|\s*(?:%|per\s?cent\b|percent\b|pct\b))/;

/**
 * "The figure was 4.1% higher than in October last year and the second-highest on record after December 2025's
 * 112.3 million tons": a period owning an amount dates that amount alone, as a period in brackets dates what the
 * brackets hold; it is the span from the period to the amount's number.
 */
function ownedAmountSpans(s: string, periods: PeriodMention[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const p of periods) {
    const m = p.kind === 'period' ? OWNED_AMOUNT_AFTER.exec(s.slice(p.end, p.end + 40)) : null;
    if (m) spans.push([p.start, p.end + m[0].length]);
  }
  return spans;
}

// "Container trains crossing the border through ...", "goods were moved through ...": a verb of moving across, then the list.
const KIND_OF_LIST_BEFORE = /\b(?:the\s+)?(?:(?:two|three|four|twin)\s+)?(?:(?:land|railway|rail|border|road)\s+)?(?:ports|hubs|gateways|crossings|checkpoints|stations)\s+of\s+$/i;
const OPENING_ROUTE = /^\s*(?:Through|Via)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$/;
const CROSSED_AFTER = /^[^.;]{0,20},[^.;]{0,80}?\b(?:entered|left|crossed|passed|exited)\b/;
const MOVED_THROUGH_BEFORE = /\b(?:cross(?:ing|ed|es)|mov(?:ed|ing)|pass(?:ed|ing)|transported)\s+(?:[^,.;\d]{0,40}?\s)?(?:through|via)\s+(?:the\s+)?$/i;

/**
 * Goods routed through a list of ports are another place's ("Fruit imports through the Mohan and Ruili ports" in a
 * province's release, "Guangxi's exports through ...", "The port dispatched 356 trains ... via the Manzhouli and Erenhot
 * land ports", "trade with China through the Muse, Lweje ... border posts" in a country's release) unless what the sentence
 * says is the ports' own: things it says crossed or moved through them ("Container trains crossing the border through the
 * Dostyk and Altynkol railway stations made 9,640 trips"), or a flow through them after a paragraph on one of the listed
 * ports ("Exports of vehicles through Irkeshtam and Torugart ... reached 38,650" after Torugart's own freight). A place or
 * an anaphor ("the port") before the list in the sentence is the owner either way.
 */
function routedJointOwned({ s, places, memory }: SentenceScene, joint: PlaceMention): boolean {
  // ("Through the two railway hubs of Alashankou and Horgos, ...": the list's own kind word before it points at no other place.)
  // "The western corridor, which leaves the country through the Alashankou and Horgos ports, handled ...": the ports the
  // subject's traffic crosses at are its own (clauses.ts, ROUTING_RELATIVE).
  if (ROUTING_RELATIVE_BEFORE.test(s.slice(Math.max(0, joint.start - 60), joint.start))) return false;
  const upto = joint.start - (KIND_OF_LIST_BEFORE.exec(s.slice(Math.max(0, joint.start - 60), joint.start))?.[0].length ?? 0);
  if (places.some((p) => p !== joint && p.role === 'area' && !p.inList && p.end <= joint.start) || anaphoraKind(s, 0, upto) !== null) return true;
  const member = places.some((p) => p.inList && p.start >= joint.start && p.end <= joint.end && p.name === memory.area);
  // "Through the two railway hubs of Alashankou and Horgos, 6,118 trains entered or left the country": ports the sentence
  // opens by routing through, then traffic crossing there, are the area of that traffic.
  if (!member && OPENING_ROUTE.test(s.slice(0, joint.start)) && CROSSED_AFTER.test(s.slice(joint.end, joint.end + 120))) return false;
  return !member && !MOVED_THROUGH_BEFORE.test(s.slice(Math.max(0, joint.start - 80), joint.start));
}

// "Guangxi's imports through Nanning Wuxu International Airport rose ...": a province's or city's own flow of goods, named by
// its possessive, routed through one port or airport, is the province's (as through a list of ports, above).
const OWNED_FLOW_ROUTED_GAP = /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:imports|exports|imports\s+and\s+exports|exports\s+and\s+imports|trade)\s+(?:through|via)\s+(?:the\s+)?$/i;

// (a243) Not one crossing of a land border: "Jilin's trade through Hunchun was $590 million", "Inner Mongolia's exports via Erenhot
// came to", "Xinjiang's imports through the Horgos port rose" are the figures the crossing's customs counts, the port's (port
// towns are "X Port", the corpus conventions); an airport, a seaport or a list of crossings stays the province's.

/** Whether a port or zone is where a province's or city's goods, named by its possessive right before, were routed. */
function routedForOwner({ s, places }: SentenceScene, p: PlaceMention): boolean {
  if ((p.kind !== 'port' && p.kind !== 'zone') || !s.includes('s ') || (p.kind === 'port' && !p.inList && isLandPortTown(p.name))) return false;
  const before = s.slice(Math.max(0, p.start - 60), p.start);
  if (!before.includes('through') && !before.includes('via')) return false;
  return places.some((q) => q.role === 'area' && (q.kind === 'region' || q.kind === 'city') && q.end <= p.start && OWNED_FLOW_ROUTED_GAP.test(s.slice(q.end, p.start)));
}

// "despite a 20 percent tariff applied since August", "a quota in place since August 2023": the date a duty or rule has
// applied from dates the policy, not a figure of the sentence.
const POLICY_SINCE_BEFORE = /\b(?:applied|imposed|levied|in\s+(?:place|effect|force)|effective)\s+(?:(?:since|from|as\s+of|starting)\s+)?$/i;
// "amid Canadian levies on American steel that Ottawa agreed in mid-May to lift", "tariffs that took effect in March", "the
// duties, which Brussels imposed in 2024," "quotas Moscow set in early June": a date in the relative clause of a trade measure
// (a levy, tariff, duty, quota, ban, curb, sanction) dates the measure, not a figure (a135's policy date, widened from "applied
// since" to the clause that tells the measure's story). No figure may stand between the measure and the date.
const POLICY_CLAUSE_BEFORE = /\b(?:levy|levies|tariffs?|duty|duties|quotas?|bans?|curbs?|sanctions|embargo(?:es)?|restrictions)\b(?:\s+(?:on|against)\s+[^,;.\d%]{1,40}?)?(?:,?\s+(?:that|which)\s|\s+(?=[A-Z]))[^,;.\d%]{1,50}?\s(?:in|on|from|since|until|by)\s+(?:(?:early|mid|late)[- ]?\s*)?$/;
// (a244) "after the government raised import duty on the metals to 10 per cent last year", "since Beijing imposed a 25% tariff on
// the beans in July 2018", "when Delhi lifted its export ban on rice in September", "after Jakarta banned nickel ore exports in
// January 2020": a date closing the clause in which someone sets, changes or ends a measure (its rate may be named, "to 10 per
// cent", no other number) dates that act, not a figure; the figures keep the period in force.
const POLICY_ACT_BEFORE = /\b(?:(?:raised|raising|hiked|hiking|increased|cut|cutting|lowered|lowering|reduced|slashed|imposed|imposing|introduced|introducing|lifted|lifting|scrapped|removed|eased|tightened|doubled|halved|extended|suspended|announced|adopted|levied|abolished|reinstated|relaxed)\s+(?:[\w'’%.-]+\s+){0,4}?(?:levy|levies|tariffs?|duty|duties|quotas?|bans?|curbs?|sanctions|embargo(?:es)?|restrictions|tax(?:es)?)|banned\s+(?:[\w'’-]+\s+){0,4}?(?:exports?|imports?|shipments|sales|purchases))\b(?:[^,;:.\d]|(?<=\b(?:to|of|at)\s+)\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)){0,60}?\s(?:(?:in|on|from|since|until|by|during)\s+(?:(?:early|mid|late)[- ]?\s*)?)?$/i;
const POLICY_WORDS = keywords(['levy', 'levies', 'tariff', 'duty', 'duties', 'quota', 'ban', 'curb', 'sanctions', 'embargo', 'restrictions', 'tax'], POLICY_CLAUSE_BEFORE, POLICY_ACT_BEFORE);
const datesPolicy = (s: string, p: PeriodMention): boolean => POLICY_SINCE_BEFORE.test(s.slice(Math.max(0, p.start - 30), p.start)) || (mentions(s, POLICY_WORDS, Math.max(0, p.start - 120), p.start) && (POLICY_CLAUSE_BEFORE.test(s.slice(Math.max(0, p.start - 120), p.start)) || POLICY_ACT_BEFORE.test(s.slice(Math.max(0, p.start - 120), p.start))));
// "decrease 14.1%, continued the downward trend of last year", "extending a slide seen since 2023", "reversing last year's
// downward trend": the period a trend, streak or slide is of dates that trend, not a figure of the sentence or the next.
// (a244) "extending a run of monthly surpluses that began in May 2020", "a streak stretching back to June 2019", "its 39th
// surplus in a row, a run which started in 2020", "a string of deficits dating back to March 2021", "the losing spell, which
// began in 2022,": a run, string, series or spell said to have begun then (or to reach back to then), its "of" phrase and a
// relative pronoun between, dates the run's start too (bare "of" or "from" after these nouns may name a span of figures:
// "in the stretch from January to September").
const TREND_OF_BEFORE = /\b(?:(?:trends?|tendency|momentum|streak|slide|slump)\s+(?:of|since|from|(?:seen|set|started|begun|observed|recorded)\s+(?:in|during|since|from))|(?:trends?|tendency|momentum|streak|slide|slump|run|string|series|sequence|stretch|spell|succession)(?:\s+of(?:\s+[\w'’-]+){1,4}?)?(?:\s*,)?\s+(?:(?:that|which)\s+)?(?:(?:has|had)\s+)?(?:(?:first\s+)?(?:began|begun|begins|started|starts|starting|beginning)\s+(?:in|on|at|during)|(?:dating|dates|dated|going|goes|went|stretching|stretches|stretched|reaching|reaches|reached)\s+back\s+to)(?:\s+the\s+(?:start|beginning|end)\s+of)?)\s+(?:the\s+)?$/i;
const TREND_OF_AFTER = /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:trends?|tendency|momentum|streak|slide|slump)\b/i;
const TREND_WORDS = keywords(['trend', 'tendency', 'momentum', 'streak', 'slide', 'slump', 'run', 'string', 'series', 'sequence', 'stretch', 'spell', 'succession'], TREND_OF_BEFORE, TREND_OF_AFTER);
// (A period's mention may hold its own preposition: "of 2025", "since 2024".)
const LEADING_PREPOSITION = /^(?:of|since|from|in|during)\s+/i;
function datesTrend(s: string, p: PeriodMention): boolean {
  if (!mentions(s, TREND_WORDS, p.start - 100, p.end + 40)) return false;
  const before = s.slice(Math.max(0, p.start - 100), p.start) + (LEADING_PREPOSITION.exec(s.slice(p.start, p.end))?.[0] ?? '');
  return TREND_OF_BEFORE.test(before) || TREND_OF_AFTER.test(s.slice(p.end, p.end + 40));
}

/** 5. What the rows are chosen from. */
export function rowFrame(scene: SentenceScene, readings: Reading[], baseDates: Set<PeriodMention>, flowOfParagraph: Flow | null): RowFrame {
  const { s, places } = scene;
  const areaPlaces = places.filter((p) => p.role === 'area' && !p.inList && !(p.routed && routedJointOwned(scene, p)) && !routedForOwner(scene, p));
  // "Suzhou, which accounts for half of Jiangsu's trade, reported ...": a place inside a relative
  // clause describes the subject; it is not the area of figures outside that clause.
  // Places in a closing reason clause name the area of no figure outside it, nor of the sentences after it.
  // So are places given as examples between commas (", including Yangshan and Pudong International Airport,").
  // So are places in a relative clause without its "which is" (", the model built around the markets of Yiwu,").
  const reasons = [...reasonClauses(s), ...inclusionAppositions(s), ...reducedRelatives(s)];
  // So are places in an aside of what the goods mostly were, or placing a city inside the subject (descriptiveAsides).
  const asides = [...relativeClauses(s), ...reasons, ...descriptiveAsides(s)];
  // "LNG purchases cost 234.0 billion yuan, up 71.4 percent, as spot prices hit records in the fourth quarter.": a period in a
  // closing reason clause with no figure of its own dates the reason, not the figures before it.
  const idleReasons = reasons.length ? reasons.filter(([a, b]) => !readings.some((r) => r.figure.start >= a && r.figure.end <= b)) : reasons;
  const usablePeriods = scene.periods.filter((p) => (p.kind === 'period' || p.kind === 'unresolved') && !baseDates.has(p) && !idleReasons.some(([a, b]) => p.start >= a && p.end <= b) && !datesPolicy(s, p) && !datesTrend(s, p));
  const frame: RowFrame = {
    ...scene,
    readings,
    flowOfParagraph,
    usablePeriods,
    periodAfterBase: usablePeriods.length ? null : (periodAfterOpeningBase(s, scene.periods, scene.anchor ? `${scene.anchor.year}-${String(scene.anchor.month).padStart(2, '0')}` : '', scene.memory.period) ?? yearAfterOpening(s, scene.memory.period)),
    areaPlaces,
    partnerPlaces: partnerPlacesOf(scene),
    framePlaces: reasons.length ? areaPlaces.filter((x) => !reasons.some(([a, b]) => x.start >= a && x.end <= b)) : areaPlaces,
    // "Exports grew 8.1% in April (March: +6.2%), while imports fell 1.1%": a period in brackets dates
    // only what the brackets hold.
    // So does a period owning an amount ("after December 2025's 112.3 million tons").
    brackets: [...asideBrackets(s, scene.periods), ...ownedAmountSpans(s, scene.periods)],
    asides,
    withoutAsides: asides.reduce((text, [a, b]) => text.slice(0, a) + ' '.repeat(b - a) + text.slice(b), s),
    sentenceArea: '',
  };
  bracketedPartners(frame);
  return frame;
}

/** 5. Rows: one per level and share, and per growth that qualifies no level of the sentence (or one of the sentence before). */
export function buildRows(frame: RowFrame, ctx: ExtractionContext): ObservationDraft[] {
  const rows: ObservationDraft[] = [];
  // A dated base in the same sentence ("... but 2.1 percent below July's 50.7 million tons") does not stop it pointing back.
  const s = frame.s;
  const opensPointingBack = (opensWith(s, POINTING_BACK_LETTERS) && POINTING_BACK_START.test(s)) || (opensWith(s, YEAR_ON_YEAR_LETTERS) && YEAR_ON_YEAR_POINTING_BACK.test(s)) || pointsBackAfterSpeaker(s);
  const pointingBack = (opensPointingBack || (opensWith(s, PLURAL_LETTERS) && PLURAL_POINTING_BACK.test(s))) && frame.readings.every((x) => x.role === 'growth' || x.earlier);
  let lastLevel: { reading: Reading; breakdown: string; area: string } | undefined;
  for (const r of frame.readings) {
    if (r.role === 'growth' && (r.level || !r.yoy)) continue;
    // "This was 27pc higher than a year earlier and lifted January-November imports to 12.61mn t, up by 9pc": an unpaired
    // growth opening the sentence, before any level of it, points back as well.
    const opening = opensPointingBack && frame.readings.every((x) => x.role !== 'level' || x.earlier || x.figure.start > r.figure.end);
    // ("The figure was 12 percent above the five-year average": a change against a benchmark is no one's year-on-year change.)
    if (r.role === 'growth' && againstBenchmark(s, r, periodFor(frame, r.figure.start))) continue;
    if (r.role === 'growth' && growthOfSentenceBefore(frame, r, pointingBack || opening)) continue;
    const row = rowOf(frame, r, ctx);
    // A change measured from a base that is not the year before gives no row (measuredOf).
    if (!row || (row.measure === 'growth' && row.yoy_pct === null)) continue;
    // A report of many reporters: a whole of them (the world's, a region's, a bloc's trade) is no one's row.
    if (frame.memory.manyReporters && aggregateOfReporters(s, frame.places, clauseOf(frame.bounds, r.figure.start)[0], r.figure.start, r.figure.end, row.area)) {
      forgetCarriedArea(frame, row.area);
      continue;
    }
    row.commodity = storyTrade(frame, r, storyGoods(frame, row, rows), row);
    if (row.measure === 'share' && lastLevel) row.breakdown ||= appendedShareBreakdown(s, lastLevel, r);
    if (row.measure === 'share' && lastLevel && SHARE_RIGHT_AFTER_LEVEL.test(s.slice(lastLevel.reading.figure.end, r.figure.start))) row.area = lastLevel.area;
    rows.push(row);
    if (row.measure !== 'share' && row.measure !== 'growth') lastLevel = { reading: r, breakdown: row.breakdown, area: row.area };
    if (row.measure === 'quantity' && row.commodity !== 'all goods') frame.memory.quantityCommodity = row.commodity;
  }
  rememberGoods(frame.memory, rows, frame.sentence.paragraph);
  rememberServicesStory(frame.memory, rows, s);
  return rows;
}

/**
 * "World exports of green coffee totalled 11.2 million bags in April. Shipments of Robusta fell 2.4% ...": a whole of many
 * reporters whose area was only carried from an earlier sentence (no place of its own sentence) makes the world the story's
 * subject again: the parts that follow are the world's, not those of the country named before it.
 */
function forgetCarriedArea(frame: RowFrame, area: string): void {
  if (area !== '' && frame.memory.area === area && !frame.places.some((p) => p.name === area)) frame.memory.area = '';
}

/**
 * True when a growth was given to a level of the sentence before (which then needs no row of its own):
 * one pointing back with "this"/"which", or one that says which measure it is of.
 */
function growthOfSentenceBefore(frame: RowFrame, r: Reading, pointingBack: boolean): boolean {
  const { s, readings, memory } = frame;
  const f = r.figure;
  // "... amounted to $312.42 million. This is 18.3% more than in the same period of 2024.": the
  // growth that opens a sentence pointing back with "this"/"which" belongs to the level just before.
  // "The two figures represent a year-on-year increase of 8.2 percent and 19.8 percent respectively":
  // several growths pointing back pair in order with the last as many quantities of the sentence before.
  if (pointingBack && memory.previousLevels?.length) {
    const here = readings.filter((x) => x.role === 'growth' && x.yoy && !x.earlier && !x.level);
    // "... fell to 2,914 tonnes in October from 4,276 tonnes in September. Year on year, the October figure was down
    // by 38%": a base of an earlier period is not what the growth points back at.
    const named = namedFlowPointedBack(s);
    const levels = levelsOfMeasureNamed(s, named ? memory.previousLevels.filter((l) => l.flow === named) : memory.previousLevels);
    const latest = levels.reduce((m, l) => (l.period_end > m ? l.period_end : m), '');
    const groups = quantityGroups(levels.filter((l) => l.period_end === latest)).slice(-here.length);
    const target = groups.length === here.length ? groups[here.indexOf(r)] : undefined;
    if (target && target.every((l) => l.yoy_pct === null)) return giveGrowth(target, r, s);
  }
  // "..., coal exports increased by 21.1 percent in physical terms, but decreased by 4.2 percent in value
  // terms": a growth that says which measure it is of, in a sentence with no level, is the growth of the
  // one level of that measure the sentence before gave for the same flow and period.
  if (!readings.some((x) => x.role === 'level') && memory.previousLevels?.length) {
    const target = levelOfTerms(s, f, memory.previousLevels, flowFor(frame, r).flow, periodFor(frame, f.start), commodityFor(frame, r));
    if (target) return giveGrowth(target, r, s);
  }
  return false;
}

/** The flow a year-on-year opening names with its month ("Year on year, October exports were ..."), else null. */
function namedFlowPointedBack(s: string): 'export' | 'import' | null {
  const m = opensWith(s, YEAR_ON_YEAR_LETTERS) ? YEAR_ON_YEAR_POINTING_BACK.exec(s) : null;
  return m?.[1] ? 'export' : m?.[2] ? 'import' : null;
}

/**
 * Gives a growth to rows of the sentence before (one quantity, in each currency it was stated in). "11.74 trillion yuan, or
 * 1.71 trillion US dollars. In yuan terms imports edged down 0.3 percent, and in dollar terms they fell 5.0 percent": a
 * growth whose own clause names its money is the growth of the level in that money only.
 */
function giveGrowth(levels: ObservationDraft[], r: Reading, s: string): true {
  const yoy = signedChange(r);
  for (const l of inMoneyOfChange(s, yoy, levelsInMoneyOf(s, levels))) l.yoy_pct = yoy;
  return true;
}

/** A row's value, unit, measure, year-on-year change and qualifier. */
interface Measured {
  value: number | null;
  unit: string;
  measure: Measure;
  yoy: number | null;
  qualifier: Qualifier;
}

/**
 * "China's trade with Africa hit a record ... Citrus exports to China jumped 28%": an area carried from the sentences
 * before cannot be the partner the figure's own sentence names, and only names as a partner; the figure is the
 * release's own (its lead area, else its country). A sentence that names the place as a subject or source too keeps it.
 */
const GOODS_DESTINATION_BEFORE = /\b(?:to|from)\s+(?:the\s+)?$/;

function notCarriedToItsPartner(frame: RowFrame, area: string, partner: string): string {
  // Only a country after "to" or "from": a city or port the sentence routes trains from, or trade "with" a province, stays.
  const destination = (x: PlaceMention) => x.role === 'partner' && x.kind === 'country' && GOODS_DESTINATION_BEFORE.test(frame.s.slice(Math.max(0, x.start - 6), x.start));
  if (area !== partner || frame.places.some((x) => x.name === area && !destination(x))) return area;
  const own = [frame.memory.leadArea, frame.memory.country].find((x) => x && x !== partner);
  return own ?? area;
}

/** The row of one reading, with its period, area, partner, flow, goods and breakdown chosen; null when it makes none. */
function rowOf(frame: RowFrame, r: Reading, ctx: ExtractionContext): ObservationDraft | null {
  const { s, sentence, memory } = frame;
  // An earlier growth shares the place, flow and goods of the figure it is compared with (its level, when paired).
  const owner = r.twinOf ?? (r.comparedWith ? (r.comparedWith.level ?? r.comparedWith) : r);
  const at = owner.figure.start;
  const period = r.earlier ? resolveEarlier(r.earlier, r.earlier.kind === 'month' ? periodBeforeMonthBase(frame, at) : periodFor(frame, at)) : growthPastRunningTotal(r, periodOfWhenClause(frame, at) ?? periodFor(frame, at), memory);
  if (r.earlier && !period.end) return null;
  // "Trade between the bloc's members exceeds 60 percent of its total": a share standing alone that no
  // period dates is a fact about a market, not a figure of the release (a share of an amount beside it stays).
  if (r.role === 'share' && !period.end && !frame.readings.some((x) => x.role === 'level')) return null;
  const named = r.partnerOverride ?? partnerFor(frame, r.role === 'level' || r.comparedWith ? owner.figure.start : r.figure.start);
  const area = owner.areaOverride ?? notCarriedToItsPartner(frame, areaFor(frame, at), named);
  // "Peruvian customs data show Peru exported ...": the country whose figures they are is not its own partner.
  const partner = named === area ? 'World' : named;
  const override = r.flowOverride ?? owner.flowOverride;
  const flowInfo = override ? plain(override) : (corridorWay(frame, owner, area) ?? flowFor(compassFromAreaSide(frame, area), owner));
  const commodity = trainCommodity(goodsName(commodityFor(frame, owner)), owner.figure.unit, s);
  const breakdown = breakdownOf(frame, owner, at);
  const { value, unit, measure, yoy, qualifier } = measuredOf(frame, r, owner, period, area, flowInfo);
  if (value !== null && !Number.isFinite(value)) return null;
  return {
    dataset: ctx.dataset,
    area,
    partner,
    flow: flowInfo.flow,
    commodity,
    breakdown,
    measure,
    period_start: period.start,
    period_end: period.end,
    value,
    unit,
    qualifier,
    yoy_pct: yoy,
    release_id: ctx.release_id,
    source_url: ctx.source_url,
    source_quote: sentence.text,
    published: ctx.published,
    quote_start: sentence.start,
    quote_end: sentence.end,
  };
}

// "Private companies ... grew 11.2 percent to 3.98 trillion yuan, or 41.9 percent of the total": a share appended to a level
// (", or", ", accounting for", ", making up", ", representing") is a share of the same kind of trade.
const APPENDED_SHARE_GAP = /^[^.;]{0,60}?,\s*(?:or|accounting\s+for|making\s+up|representing)\s+(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?$/i;

// "Metal ores, mostly ... for the smelters of Jinchang, remained the province's largest import at 14.7 billion yuan, or 57.5
// percent of all imports": a share right after its level, nothing but ", or" between, is the same place's as the level
// (a place named in an aside before them is no more the share's than the level's).
const SHARE_RIGHT_AFTER_LEVEL = /^\s*,\s*(?:or|accounting\s+for|making\s+up|representing)\s+(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?$/i;

/** The breakdown of the level a share is appended to, or "" when the share stands apart from it. */
function appendedShareBreakdown(s: string, level: { reading: Reading; breakdown: string }, share: Reading): string {
  return level.breakdown && APPENDED_SHARE_GAP.test(s.slice(level.reading.figure.end, share.figure.start)) ? level.breakdown : '';
}

/** What a reading measures: a level's amount (with its growth or a change in words), a share, or a growth. */
function measuredOf(frame: RowFrame, r: Reading, owner: Reading, period: { start: string; end: string }, area: string, flowInfo: FlowChoice): Measured {
  const f = r.figure;
  let measured: Measured;
  if (r.role === 'level') measured = levelMeasured(frame, r, owner, period, area, flowInfo);
  else if (r.role === 'share') measured = { value: Math.abs(f.value), unit: 'percent-share', measure: 'share', yoy: null, qualifier: f.qualifier };
  else measured = { value: null, unit: '', measure: 'growth', yoy: growthAgainstOtherBase(frame.s, r, frame.readings, period) ? null : signedChange(r), qualifier: qualifierBefore(frame.s, f.start) };
  const yoy = measured.yoy;
  if (yoy !== null) measured.yoy = wholeYears(period) ? null : yoy === 0 ? 0 : Math.round(yoy * 1e6) / 1e6;
  return measured;
}

/**
 * A span of two or more whole calendar years ("from 2021 to 2025", "(2016-2020)"): a change over it ("grew 40 percent from
 * 2021 to 2025", "up 12 percent on the previous five years") is no year-on-year change, so a total over it has none and a
 * change alone gives no row.
 */
function wholeYears(period: { start: string; end: string }): boolean {
  return period.start.endsWith('-01') && period.end.endsWith('-12') && period.start.slice(0, 4) < period.end.slice(0, 4);
}

// "remains negative – minus USD 3 015.6 million": the word "minus" right before an amount (or its currency).
const MINUS_WORD_BEFORE = /\bminus\s+$/i;

/** "negative at EUR -3.57 bn", "a balance of -€2.1 bn", "minus USD 3 015.6 million": a minus written before the amount or between its currency and number. */
function writtenMinus(s: string, f: Reading['figure']): boolean {
  // Each expression needs a dash (or the "s" of "minus" before spaces) right before the amount: most amounts have none.
  if (f.numStart > f.start && isDash(s.charCodeAt(f.numStart - 1))) return true;
  const dashNear = isDash(s.charCodeAt(f.start - 1)) || isDash(s.charCodeAt(f.start - 2));
  const before = dashNear || minusWordMayEnd(s, f.start) ? s.slice(Math.max(0, f.start - 8), f.start) : '';
  return (dashNear && /(?:^|[\s(])[-−]\s?$/.test(before.slice(-3))) || (before !== '' && MINUS_WORD_BEFORE.test(before));
}

/**
 * "a 3.7 billion euro deficit, compared with -9.2 bn in January 2009 and +4.6 bn in December 2009": a plus written right
 * before the amount (or between its currency and number, "+€20.0 bn") makes it a surplus, whatever the sentence's balance was.
 */
function writtenPlus(s: string, f: Reading['figure']): boolean {
  return s.charCodeAt(f.start) === 43 || s.charCodeAt(f.start - 1) === 43 || (f.numStart > f.start && s.charCodeAt(f.numStart - 1) === 43);
}

/** "-" or "−" (the dashes the minus expressions take). */
function isDash(c: number): boolean {
  return c === 45 || c === 0x2212;
}

/** True when spaces end at `at` after an "s" (of "minus"), within the 8 characters `MINUS_WORD_BEFORE` is tested on. */
function minusWordMayEnd(s: string, at: number): boolean {
  const from = Math.max(0, at - 8);
  let j = at;
  while (j > from && isSpace(s.charCodeAt(j - 1))) j--;
  return j < at && (s.charCodeAt(j - 1) | 32) === 115;
}

// "The trade balance was negative and amounted to 1 906.5 Mill. Euro", "was therefore negative by ISK 23.3
// billion", "was also negative, at 2 323.6": a balance said to be negative just before its amount is a deficit.
const NEGATIVE_PREDICATE_BEFORE = /\b(?:was|is|remained|remains|stood|turned|came\s+out)\s+(?:(?:also|therefore|thus|again|still)\s+)?negative\b(?:,?\s+(?:and\s+)?(?:amounted\s+to|totall?ed|reached|at|by|with|of))?[,\s]*(?:\S{1,4}\s?)?$/i;

// "Bahrain's trade balance records BD 148 million deficit", "a $2.1 billion shortfall": the amount of a deficit named right after it.
// "putting the trade balance 294.3 billion yen in the red": an amount said to be "in the red" right after it is a deficit too.
const DEFICIT_NOUN_AFTER = /^\s*(?:(?:trade\s+)?(?:deficit|shortfall)\b|in\s+(?:the\s+red|deficit)\b)/i;
// "The sector was 43.9 billion USD in the black, while domestic firms remained in deficit", "a $2.1 billion surplus, though ...
// deficits": an amount named a surplus right after it is one, whatever balance of another subject the clause goes on to.
const SURPLUS_NOUN_AFTER = /^\s*(?:(?:trade\s+)?surplus\b|in\s+(?:the\s+black|surplus)\b)/i;

/** True when a balance's amount is a deficit: a minus written, a deficit as its base, or a negative said of it. */
function negativeBalance(s: string, r: Reading, flowInfo: FlowChoice): boolean {
  const f = r.figure;
  const sign = writtenMinus(s, f) ? -1 : writtenPlus(s, f) ? 1 : r.earlier ? baseSign(s, f.end) : 0;
  if (sign) return sign < 0;
  if (SURPLUS_NOUN_AFTER.test(s.slice(f.end, f.end + 20))) return false;
  return flowInfo.negative || NEGATIVE_PREDICATE_BEFORE.test(s.slice(Math.max(0, f.start - 80), f.start)) || DEFICIT_NOUN_AFTER.test(s.slice(f.end, f.end + 20));
}

/** A level's amount (a deficit negative), its unit in context, and its year-on-year change. */
function levelMeasured(frame: RowFrame, r: Reading, owner: Reading, period: { start: string; end: string }, area: string, flowInfo: FlowChoice): Measured {
  const { s, memory } = frame;
  const f = r.figure;
  // A level in a second currency with a change of its own money (pairing.ts) keeps it; else it shares the first level's.
  const growth = r.growth ?? owner.growth;
  let yoy: number | null = null;
  if (growth && growth.yoy && !againstOtherBase(s, owner, frame.readings, period, growth)) yoy = signedChange(growth);
  else if (!growth && !r.earlier) yoy = wordChangeOnReleaseBasis(s, owner.figure, period.start, memory);
  const value = flowInfo.flow === 'balance' && negativeBalance(s, r, flowInfo) ? -Math.abs(f.value) : f.value;
  const unit = currencyInContext(f.unit, f.bare ?? '', area, memory.country);
  // A sign read as tonnes that the reporter's money takes ("141.5 billion MT" in Mozambique) is a value.
  const measure = unit === 'vehicles' ? 'count' : unit !== f.unit && f.measure === 'quantity' ? 'value' : f.measure;
  return { value, unit, measure, yoy, qualifier: f.qualifier };
}
