/**
 * Steps 2 to 4 of `readSentence`: a level restated in a second currency, and the level each growth rate
 * qualifies (the one it leads into, the one right before it, the year-on-year one of two side by side).
 */
import { resolveEarlier, shift } from './comparisons.js';
import { mentions } from './keywords.js';
import { link, signedChange, type Reading } from './readings.js';
import { moneyOfChangeIn } from './currency-growths.js';
import { stripQualifier } from './clauses.js';
import type { SentenceScene } from './sentence-scene.js';
import { MONTH_NAMES, type PeriodMention } from './periods.js';
import { growthsOfListedFlows, impliedRespectively, pairFormerAndLatter, pairNamedGrowthsAfterList, pairGrowthsBeforeLevels, pairOpeningClauseGrowths, pairLevelsWithPartners, pairListedAreasInOrder, pairRespectively, pairRespectivelyGrowths, pairRespectivelyShares, RESPECTIVELY, RESPECTIVELY_WORDS } from './respectively.js';

// A high or low the level is said to be, between "to" and the amount: "an all-time high of", "a new high of", "an all-time
// monthly high of", "a record monthly high of", "a three-year low of", "a 14-month peak of" (the amount is the level itself).
const SPAN_WORD = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multi)-(?:year|month|quarter)`;
// The record may be one of a calendar span: "a February record of", "a March 2026 high of", "a first-quarter record of"
// (the amount is still the level the growth leads into).
const CALENDAR_RECORD = String.raw`(?:${MONTH_NAMES})(?:\s+(?:19|20)\d\d)?|(?:first|second|third|fourth)[\s-]quarter|(?:first|second)[\s-]half|full[\s-]year`;
const HIGH_OR_LOW_OF = String.raw`(?:(?:new|fresh)\s+)?(?:(?:all-time|historic|record|${SPAN_WORD})\s+)?(?:(?:monthly|annual|yearly|quarterly|single-month|${CALENDAR_RECORD})\s+)?(?:high|low|peak)\s+of`;
// A growth rate before these words applies to the level that follows ("rose 5% to 3 trillion yuan", "widened 57 percent to an
// all-time high of $43.3 billion", "jumped 21.4 percent to an all-time monthly high of $14.2 billion").
// "decreased by 11.2% and made up $81.07 billion": Russian-style "and <verb>" leads into the level too; so do the level
// verbs of agencies and translators ("grew 20 percent and posted $13.6 billion", "and registered", "and logged").
export const FORWARD_CUE = new RegExp(String.raw`\b(?:to|reaching|reached|reach|hitting|hit|totaling|totalling|totaled|totalled|at|amounting to|amounted to|standing at|stood at|came to|coming in at|came in at|worth|(?:and\s+)(?:made up|makes up|make up|amounted to|totaled|totalled|reached|came to|stood at|hit|posted|registered|recorded|logged|(?:was|were)\s+valued\s+at))\s+(?:(?:a|an)\s+(?:(?:(?:new|monthly|annual|quarterly|all-time|(?:19|20)\d\d|${CALENDAR_RECORD})\s+)?record(?:[\s-]+(?:high|figure|level|value))?(?:\s+of)?|${HIGH_OR_LOW_OF}|total\s+of|combined)\s+)?$`, 'i');
// "245,000 tonnes in September, up 2.2% from a year earlier, worth $1.21 billion": a value named after a comma
// is what the quantity before the growth was worth; the growth does not lead into it. Said of the whole ("worth a combined
// 30.5 billion yuan", "valued at a total of", "worth an estimated") or as a noun ("with a combined value of", "at a value of")
// it is the same worth.
const WORTH_AFTER_COMMA = /,\s*(?:and\s+)?(?:worth|valued\s+at|(?:with|at|carrying|having)\s+(?:a|an)\s+(?:(?:combined|total|overall|estimated|declared|aggregate)\s+)?value\s+of)\s+(?:(?:a\s+(?:combined|total\s+of)|an?\s+(?:estimated|combined|aggregate)|about|around|nearly|some|over|more\s+than|roughly|almost|approximately|just\s+(?:over|under))\s+)?$/i;
// "1.72m tonnes in October, 19% lower year on year, taking the ten-month total to 15.8m tonnes": a growth
// does not lead into the running total a clause of its own goes on to; it trails the level before it.
// "reached US$7,312.6 million, 4.1 percent above the same period of 2025, with petroleum, fuels and lubricants at
// US$1,102.9 million": a part introduced by "with" after a comma is a subject of its own, not what the change leads into.
// A qualifier may stand before the part's amount ("with cargo throughput at some 1.13 billion tonnes").
// The part may be named at length ("with metal ores and minerals the largest component at", "with machinery and transport
// equipment, the biggest group, at"): up to ten words.
const WITH_PART_GAP = /,\s*with\s+(?:the\s+)?(?:[\w'’-]+,?\s+){1,10}?(?:at|of)\s+(?:(?:about|around|nearly|almost|some|roughly|approximately|over|more\s+than|just\s+(?:over|under))\s+)?$/i;
// "..., up 16.2% year on year, taking the ten-month value to $61.4 billion": a running value of money as well.
// "exports rose 5.3% and imports dropped 2.1%, lifting the cumulative surplus to $964.8 billion", "..., widening the
// deficit to": the balance the flows' changes left is a subject of its own; neither change is its change.
// The running total may be named by any noun of an amount: "bringing the January-June figure to", "taking the half-year volume
// to", "lifting the year's haul to", "pushing the cumulative amount to".
// Or by the trade or the flow it sums: "bringing two-way fruit trade to", "taking combined shipments to", "lifting overall
// turnover to", "pushing total imports to" (a whole the part before it went into, whose change is the part's).
// (a233) The clause may be a relative one in the past: "1.8 percent lower than in October last year, which left the monthly trade
// surplus at 690 billion yuan", "which brought the total to", "that took combined shipments to", "which widened the deficit to".
const TOTAL_CLAUSE_GAP = /,\s*(?:(?:bringing|taking|lifting|pushing|raising|putting|leaving|(?:which|that)\s+(?:brought|took|lifted|pushed|raised|put|left))\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w'’-]+\s+){0,3}(?:total|tally|tonnage|value|bill|surplus|deficit|balance|figure|volume|amount|haul|count|sum|trade|turnover|throughput|exports|imports|shipments|purchases|sales|arrivals|deliveries)|(?:widening|narrowing|shrinking|swelling|(?:which|that)\s+(?:widened|narrowed|shrank|swelled))\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}(?:surplus|deficit|balance))\b/i;
// Words between a level and a later growth rate that introduce a new subject ("..., while imports fell 2%").
// "exported goods worth X, 4.2% less than ..., and imported goods worth Y": a verb of a flow after "and" does too (not in "imported and exported").
// "Exports of lithium batteries climbed 41.2 percent, and those of electric vehicles more than doubled to X": "and those of"
// (that of, those to, ...) names the next subject by a pronoun.
// "goods worth $2.1 billion were sold abroad, 2.8 percent less than in March 2018, and goods worth $4.3 billion were brought in":
// goods valued anew after ", and" are the next subject too; so are goods said to be worth it, "..., up 18.9 percent, and the
// goods were worth 22.3 billion yuan": what a quantity's goods were worth is a level of its own, no level the change leads into
// (the goods may be said to be on the carriers: "and the goods aboard were worth", "and the cargo on them was worth", "and the
// freight they carried was valued at").
// "posted a surplus of 559.4 billion yen as exports rose 3.9 percent": a flow that moved "as" the level came about.
// "Guangzhou's trade stood at 1.09 trillion yuan, a 1.1 percent rise, and Dongguan's at 1.33 trillion yuan": a place's possessive
// after ", and", its noun and verb left out (or kept), opens the next subject of a list of places (a235).
// (Not a month's: "..., and November's growth was revised to 2.7 percent" is the same subject's change.)
// (a236) "Imports dropped 17.8 percent to 8.92 trillion yen, with purchases of crude oil down 36.2 percent in value", "..., with
// crude oil purchases down 36.2 percent", "..., with shipments to China up 11 percent": an absolute phrase after "with" whose
// flow noun names its own goods or partner (before it, or after it with "of", "to", "from") is a new subject ("with the
// value up", "with their trade up" name none and stay the level's).
const NEW_SUBJECT = /(?:,\s*and\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12])\b)(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?['’]s?\s|;|,\s*with\s+(?:(?!(?:the|its|their)\s)[\w'-]+\s+){1,3}?(?:exports|imports|shipments|purchases|sales|deliveries|arrivals)\b|,\s*with\s+(?:the\s+)?(?:exports|imports|shipments|purchases|sales|deliveries|arrivals)\s+(?:of|to|from)\s|,\s*and\s+(?:the\s+)?(?:goods|products|merchandise|cargo|freight)(?:\s+(?:aboard|on\s+board|on\s+(?:them|it|the\s+trains?)|in\s+them|(?:they|it)\s+(?:carried|moved|hauled)|carried|moved|hauled))?\s+(?:(?:were|was)\s+)?(?:worth|valued)\b|\bwhile\b|\bwhereas\b|\bbut\b|\bmeanwhile\b|\bof which\b|\bamong (?:them|which)\b|\band\s+(?:those|that)\s+(?:of|to|from|with|in|for)\b|,\s*(?:and\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}?(?:exports?|imports?|trade|turnover|surplus|deficit|shipments)\b|(?<!\b(?:imports?|exports?|imported|exported)\s)\band\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+)?(?:exports?|imports?|exported|imported)\b|\bas\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+)?(?:exports?|imports?|shipments)\s+(?:[\w-]+ly\s+)?(?:rose|fell|grew|climbed|jumped|dropped|declined|slipped|increased|decreased|gained|slid|surged|expanded|contracted)\b)/i;

// ", up ", ", down by ", ", an increase of ", " (+12% y/y)": a growth that trails the level before it.
// "Turkey at 96,300 t (down 22.1% y-o-y), Albania at 54,800 t": a bracket opening with a direction word trails its level too.
// "..., representing year-on-year growth of 105.9 percent", ", marking an increase of": a participle that names the change
// trails its level as ", up" does; so does a change set off by a dash ("997,000 tonnes — up 105.9 percent — and ...").
export const TRAILING_GROWTH_GAP = /^\s*\(\s*(?:[+-]|(?:up|down|rising|falling|growing|increasing|decreasing|declining|dropping)(?:\s+by)?\s+)?\s*$|^\s*(?:,|[—–]|--|-(?=\s))\s*(?:(?:up|down|rising|falling|growing|increasing|decreasing|declining|dropping)(?:\s+by)?|(?:(?:representing|marking|reflecting|indicating|registering)\s+)?(?:an?\s+)?(?:(?:year-on-year|year-over-year|annual)\s+)?(?:increase|decrease|rise|drop|decline|jump|surge|growth|gain|expansion|contraction)\s+of)\s+(?:(?:nearly|almost|about|around|over|more than|some|roughly)\s+)?$/i;
// "... to 460,000 tonnes in April but were ", "..., and were down ": the clause goes on with the same subject.
// Between a comparison base and the change after it: "in September but up", "in June, according to customs data, but remained down by",
// "in May, though they were still", "in April and": the same subject goes on (no new flow or goods subject after the conjunction).
const BUT_AFTER_BASE = /^[^.;\d]{0,80}\b(?:but|though|although|yet|and)\b(?![^.;\d]*\b(?:exports?|imports?|shipments|trade|turnover|arrivals|purchases|sales|deliveries|supplies)\b)[^.;\d]{0,40}$/i;
const SAME_SUBJECT_GOES_ON = /^[^.;\d]{0,40}\b(?:but|and|while)\s+(?:were|was|are|is|remained|stood)\b[^.;\d]{0,30}$/i;

// Words between two changes of one figure: "... from last month, and up ", "... year on year and fell ".
const SIDE_BY_SIDE = /^[^.;\d]{0,60}$/;
// "... up 2.4 percent from March, while truck exports rose 11.8 percent": a clause on another flow's goods is no second change of one figure.
const OTHER_FLOW_CLAUSE = /\b(?:while|whereas|but)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}?(?:exports?|imports?|shipments|sales|arrivals|deliveries)\b/i;
// "... up 38.5 percent from 4,426 tons in April and 12.3 percent higher year-on-year": the first change's dated base sits between.
const SIDE_BY_SIDE_PAST_BASE = /^\s*(?:%|percent|per\s?cent|pct|pc)?\s*(?:from|than|compared\s+(?:with|to)|against|over)\s+[^.;\d]{0,10}\d[\d.,]*[^.;\d]{0,50}$/i;

const TWIN_GAP = /^\s*(?:\(|,|\bor\b|\s)\s*(?:(?:or|i\.e\.|equivalent to|equal to|about|approximately|approx\.?|around|roughly|nearly|some|over|more than|almost|close to)\s+)*$/i;

// "to $71.2 billion in April from $67.7 billion in March": the level, then the base it changed from.
// "were 398,650 tonnes, up 12.1% from 355,620 tonnes shipped during Sept. 1-10": the change may stand between them.
const LEVEL_TO_BASE_GAP = /^\s*(?:in\s+[\w-]+(?:\s+\d{4})?\s*,?\s*)?(?:,?\s*(?:up|down|higher|lower)\s+(?:by\s+)?[+-]?\d[\d.,]*\s*(?:%|per\s?cent|percent|pct|pc)\s+)?(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:(?:a|the)\s+(?:(?:deficit|surplus|level|total|record)\s+)?(?:of\s+)?)?$/i;

// "decreased by 4.9 percent (P372.1 million) from the August 2026 value of ": a change, then the base it is measured from.
const GROWTH_TO_BASE_GAP = /^\s*(?:%|per\s?cent|percent|pct|pc)?\s*(?:\([^()]{0,30}\)\s*)?(?:from|compared\s+(?:with|to)|versus|vs\.?|against|than)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:[A-Z]{1,3}\$?\s?|[$€£¥]\s?)?$/i;

/**
 * True when a change with no level of its own is measured from an earlier level right after it that is not a year
 * before the change's period ("Total imports decreased by 4.9 percent from the August 2026 value of X" on September).
 */
// A change set against a benchmark rather than the same months a year before: "58 percent above its 2019 level", "9 percent
// over the monthly average", "12% higher than the five-year mean", "a fifth short of the pre-pandemic peak", "7 percent below
// the record set in 2021". The comparative comes right after the percentage; the benchmark's noun ends a short phrase.
const BENCHMARK_AFTER = /^\s*(?:%|percent|per\s?cent|pct|pc)?\s*(?:above|below|over|under|ahead\s+of|short\s+of|(?:higher|lower|more|less|greater|bigger|smaller)\s+than)\s+(?:(?:the|its|their|this|that)\s+|(?=(?:19|20)\d\d\b|pre-?[a-z]))((?:(?!(?:and|or|in|of|than|from|with|but|to)\b)[\w'’-]+\s+){0,5}?)(averages?|means?|norms?|records?|peaks?|highs?|lows?|levels?|figures?|totals?|volumes?|marks?)\b(\s+(?:of|in|for|set\s+in|seen\s+in)\s+(?:the\s+)?(?:19|20)\d\d\b)?/i;
// A benchmark of its own kind: an average or a record, whatever its span; a level before a crisis.
const BENCHMARK_OF_ITS_KIND = /^(?:average|mean|norm|record|peak|high|low)s?$/i;
const BEFORE_A_CRISIS = /\bpre-?(?:pandemic|covid|crisis|war)\b/i;

/**
 * True when a change is set against a benchmark that is not the same months a year earlier (BENCHMARK_AFTER): an average,
 * a record, a pre-crisis level, or the level of a named year other than the year before the period's.
 */
// "had grown more than fifty-fold since 1992", "up 240 percent since 2015", "have risen by half since the start of 2019": a
// change since a year before the last one (the figure's year less one; any year when the figure has no period) spans many
// years, no year-on-year change (the lead's ruling for the b274/b276 round). "since 2024" on a 2025 figure is left alone.
const SINCE_YEAR_AFTER = /^\s*(?:%|percent|per\s?cent|pct|times|-?fold)?(?:\s+[a-z][\w-]*){0,4}?\s+since\s+(?:(?:the\s+)?(?:start|end|beginning|middle|turn)\s+of\s+|(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+)?((?:19|20)\d\d)\b/i;

function sinceEarlierYear(s: string, after: string, period: { start: string; end: string }): boolean {
  if (!after.includes('since')) return false;
  const year = SINCE_YEAR_AFTER.exec(after)?.[1];
  if (year === undefined) return false;
  // (An open "since" span leaves the figure no period: the latest other year the sentence names stands for the figure's.)
  const own = period.end ? Number(period.end.slice(0, 4)) : latestOtherYear(s, year);
  return own === null || Number(year) < own - 1;
}

function latestOtherYear(s: string, except: string): number | null {
  let latest: number | null = null;
  for (const m of s.matchAll(/\b(?:19|20)\d\d\b/g)) if (m[0] !== except) latest = Math.max(latest ?? 0, Number(m[0]));
  return latest;
}

export function againstBenchmark(s: string, growth: Reading, period: { start: string; end: string }): boolean {
  if (sinceEarlierYear(s, s.slice(growth.figure.end, growth.figure.end + 60), period)) return true;
  const m = BENCHMARK_AFTER.exec(s.slice(growth.figure.end, growth.figure.end + 90));
  if (!m) return false;
  if (BENCHMARK_OF_ITS_KIND.test(m[2]) || BEFORE_A_CRISIS.test(m[1])) return true;
  const year = /\b(?:19|20)\d\d\b/.exec(`${m[1]} ${m[3] ?? ''}`)?.[0];
  return year !== undefined && period.end !== '' && Number(year) !== Number(period.end.slice(0, 4)) - 1;
}

export function growthAgainstOtherBase(s: string, growth: Reading, readings: Reading[], period: { start: string; end: string }): boolean {
  if (againstBenchmark(s, growth, period)) return true;
  if (!period.start) return false;
  const base = readings.find((o) => o.earlier && o.figure.start > growth.figure.end && o.figure.start - growth.figure.end <= 70);
  if (!base?.earlier || !GROWTH_TO_BASE_GAP.test(s.slice(growth.figure.end, base.figure.start))) return false;
  const earlier = resolveEarlier(base.earlier, period);
  return earlier.start !== '' && !(earlier.start === shift(period.start, -12) && earlier.end === shift(period.end, -12));
}

/**
 * True when a level is followed by the earlier level its change is measured from, and that base is
 * not a year before the level ("widened 5.1% to $71.2 billion in April from $67.7 billion in March"):
 * the change is month-on-month (or against another period), not year-on-year.
 */
export function againstOtherBase(s: string, level: Reading, readings: Reading[], period: { start: string; end: string }, growth: Reading): boolean {
  if (againstBenchmark(s, growth, period)) return true;
  if (!period.start) return false;
  // (A base is a level: "compared with a 15.5% increase in May" after the level names an earlier growth, no base of it.)
  const base = readings.find((o) => o.earlier && o.role !== 'growth' && o.figure.start > level.figure.end && o.figure.start - level.figure.end <= 50);
  if (!base?.earlier || !LEVEL_TO_BASE_GAP.test(s.slice(level.figure.end, base.figure.start))) return false;
  // "... from 5.88mn t in June, but were down 9pc from a year earlier": a change past "but" has a base of its own.
  if (growth.figure.start >= base.figure.end && BUT_AFTER_BASE.test(s.slice(base.figure.end, growth.figure.start))) return false;
  const earlier = resolveEarlier(base.earlier, period);
  return earlier.start !== '' && !(earlier.start === shift(period.start, -12) && earlier.end === shift(period.end, -12));
}

/** 2. The same amount in a second currency restates the level before it; the levels that restate none are the primaries. */
export function primaryLevels(s: string, readings: Reading[]): Reading[] {
  const levels = readings.filter((r) => r.role === 'level' && !r.earlier);
  for (let i = 1; i < levels.length; i++) {
    const a = levels[i - 1];
    const b = levels[i];
    const gap = s.slice(a.figure.end, b.figure.start);
    if (gap.length <= 40 && a.figure.measure === 'value' && b.figure.measure === 'value' && (a.figure.unit !== b.figure.unit || a.figure.bare !== b.figure.bare) && TWIN_GAP.test(gap)) {
      b.twinOf = a.twinOf ?? a;
    }
  }
  return levels.filter((r) => !r.twinOf);
}

/**
 * "US$61.84 billion (NT$1,897.4 billion), up 49.7% (42.1% in NT$ terms)", "HK$120 billion (US$15.4 billion), a rise of 8%, or
 * 7.6% when measured in US$": a level restated in a second currency takes the change its sentence says is measured in that
 * money, rather than the first level's (a177).
 */
function pairTwinsWithOwnMoneyGrowth(s: string, readings: Reading[], growths: Reading[]): void {
  if (!s.includes(' terms') && !/\b(?:measured|calculated|expressed|denominated|based)\b/.test(s)) return;
  for (const twin of readings) {
    if (twin.role !== 'level' || !twin.twinOf || twin.growth) continue;
    const own = growths.find((g) => !g.level && g.yoy && !g.earlier && moneyOfChangeIn(s, signedChange(g)) === twin.figure.unit);
    if (own) link(twin, own);
  }
}

/**
 * 3. Growth rates qualify a level: the one they lead into ("rose 5% to X"), else the one before them.
 * An earlier growth is its own row: it qualifies no level of this period.
 * The nation's rate quoted in a province's release (it names its own area) qualifies no level either.
 * 4. "X and Y rose 5% and 3%, respectively": list items pair up in order.
 */
export function pairGrowths(scene: SentenceScene, readings: Reading[], primaries: Reading[]): void {
  const { s, cues, places } = scene;
  const growths = readings.filter((r) => r.role === 'growth' && !r.earlier && !r.areaOverride);
  const respectively = mentions(s, RESPECTIVELY_WORDS) ? RESPECTIVELY.exec(s) : null;
  if (respectively) {
    pairRespectively(s, primaries, growths, cues, places, respectively.index);
    pairNamedGrowthsAfterList(s, primaries, growths, respectively.index);
    pairFormerAndLatter(s, primaries, growths, respectively.index);
    pairGrowthsBeforeLevels(s, primaries, growths, cues, respectively.index, places);
    pairLevelsWithPartners(s, primaries, growths, places, respectively.index);
  } else {
    const implied = impliedRespectively(s, growths);
    if (implied >= 0) pairRespectively(s, primaries, growths, cues, places, implied);
    else if (growths.length >= 2) pairOpeningClauseGrowths(s, primaries, growths, cues);
    pairListedAreasInOrder(s, primaries, places);
  }
  pairByMeasureWords(s, primaries, growths, scene.periods);
  const ofListedFlows = respectively ? growthsOfListedFlows(s, primaries, growths, cues, respectively.index) : undefined;
  for (const g of growths) {
    if (g.level || ofListedFlows?.has(g)) continue;
    const level = wholeBeforeWithPart(s, primaries, g) ?? levelTrailedBy(s, primaries, g, scene.periods) ?? levelLedInto(s, primaries, growths, g, scene.periods) ?? levelAfterOpeningGrowth(s, primaries, g, scene.periods) ?? levelBefore(s, primaries, growths, g);
    if (level) link(level, g);
  }
  preferYearOnYearSideBySide(s, growths);
  yearOnYearOfSameSubject(s, primaries, growths);
  pairTwinsWithOwnMoneyGrowth(s, readings, growths);
  yearOnYearPastBase(s, readings, primaries, growths);
  if (respectively) {
    pairRespectivelyGrowths(scene, primaries, growths, respectively.index);
    pairRespectivelyShares(scene, readings, respectively.index);
  }
}

// "down 3.1 per cent in volume and 19.5 per cent in value": the word after a change says which measure it is of;
// "an increase of 30.2 percent in physical volume" (a translated "in physical terms") says the volume too.
const MEASURE_WORD_AFTER = /^\s*(?:year[- ]on[- ]year\s+)?(?:in|by)\s+(?:terms\s+of\s+)?(?:physical\s+)?(volume|quantity|value)\b/i;
// "...; in value they fell 17.5%", "by volume, shipments rose 3%": the measure opens the change's clause.
const MEASURE_WORD_BEFORE = /(?:^|[;,]\s*|\.\s+)(?:in|by)\s+(?:terms\s+of\s+)?(volume|quantity|value)(?:\s+terms)?\s*,?\s+(?:they|it|these|those|shipments|sales)\s+(?:[a-z]+\s+){0,2}$/i;
// "an increase in volume of 36 per cent", "a drop in value of 4.2%": the measure between the change's noun and its size.
const MEASURE_WORD_IN_NOUN = /\b(?:increase|rise|growth|gain|jump|decrease|decline|drop|fall|contraction)\s+in\s+(?:physical\s+)?(volume|quantity|value)\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$/i;

// "3.12 million tonnes of goods worth 42.7 billion yuan, the tonnage up 79.5 percent": the measure named as the subject of an
// absolute phrase after a comma; ", with the volume down 7.9 percent and the value up 17.6 percent": the second measure of
// such a phrase after "and".
// "Private firms accounted for 48.2 percent of the total, or 2.03 trillion yuan, with their trade up 9.5 percent": the subject's
// own trade (after "its" or "their") is the money it traded, the amount before (tradeOfUndirected: an amount of trade, no way named).
// (a245) So is a measure after a semicolon, named by its flow, with a verb of change in the past: "worth US$745 million, the
// office reported; export value grew 6.2%", "...; the value rose 4 percent", "...; import tonnage fell by 3%".
const MEASURE_NOUN_BEFORE = /(?:[,;]\s*(?:with\s+)?|\s+and\s+)(?:the|its|their|(?:the\s+)?(?:export|import))\s+(tonnage|volume|quantity|value|worth|(?<=(?:its|their)\s+)trade)\s+(?:(?:was|were)\s+)?(?:up|down|rising|falling|growing|increasing|decreasing|declining|dropping|higher|lower|rose|grew|increased|fell|declined|dropped|decreased|climbed|gained)(?:\s+by)?\s+$/i;
// "..., and the number of vans shipped abroad was 12.4 percent higher": a count named as the subject of a change after a
// comma or "and" is the change of the sentence's quantity, not of the money beside it.
const COUNT_NOUN_BEFORE = /(?:,\s*|\s+and\s+)the\s+(number)\s+of\s+[a-z][^,.;:\d%]{0,50}?\s+(?:was|were|rose|grew|increased|fell|dropped|declined|decreased)\s+(?:by\s+)?$/i;
const MONEY_MEASURE = /^(?:value|worth|trade)$/i;
// The clause of an amount that "their trade" may be the change of names no one way ("exports of 1.2 trillion yuan, with their
// trade up" would give the exports the change of the whole); both ways ("imports and exports") are the trade itself.
const TWO_WAYS = /\b(?:imports\s+and\s+exports|exports\s+and\s+imports)\b/gi;
const ONE_WAY = /\b(?:exports?|imports?|exported|imported|shipments|purchases|sales)\b/i;

/** True unless the change's measure is "trade" and the clause before the amount names one way of it. */
function tradeOfUndirected(s: string, level: Reading, measure: string): boolean {
  if (!/^trade$/i.test(measure)) return true;
  const before = s.slice(Math.max(0, level.figure.start - 100), level.figure.start);
  return !ONE_WAY.test(before.slice(before.lastIndexOf(';') + 1).replace(TWO_WAYS, ''));
}
// "up 3.6 percent in volume but down 16.8 percent in value", "12% by volume, while 4% by value": a contrast between two
// changes that each name their measure goes on with the same goods; it opens no new subject (a subject named after the
// contrast word, "but pepper exports rose", still does).
const MEASURE_CONTRAST = /\b(?:in|by)\s+(?:terms\s+of\s+)?(?:physical\s+)?(?:volume|quantity|value)(?:\s+terms)?\s*,?\s+(?:but|while|whereas|and)(?=\s+(?:(?:was|were|by)\s+)?(?:up|down|higher|lower|rose|rising|rise|fell|falling|grew|growing|increas\w*|decreas\w*|declin\w*|dropp?\w*|jump\w*|gain\w*|climb\w*|slipp?\w*|\d))/gi;

/** The count named as a change's subject before it (COUNT_NOUN_BEFORE), read only where "number of" is near. */
function countNounBefore(s: string, g: Reading): RegExpExecArray | null {
  const from = Math.max(0, g.figure.start - 80);
  const at = s.indexOf('number of', from);
  return at >= 0 && at < g.figure.start ? COUNT_NOUN_BEFORE.exec(s.slice(from, g.figure.start)) : null;
}

/**
 * "7.62 million tonnes, worth $4.41 billion, down 3.1 per cent in volume and 19.5 per cent in value": a
 * change said to be in volume is the change of the sentence's quantity before it, one in value the change
 * of its amount of money before it; so is one whose clause opens with the measure ("...; in value they fell 17.5%") or
 * names it as its subject (", the tonnage up 79.5 percent").
 */
function pairByMeasureWords(s: string, primaries: Reading[], growths: Reading[], periods: PeriodMention[]): void {
  for (const g of growths) {
    const before = g.level ? null : (MEASURE_WORD_BEFORE.exec(s.slice(Math.max(0, g.figure.start - 40), g.figure.start)) ?? MEASURE_NOUN_BEFORE.exec(s.slice(Math.max(0, g.figure.start - 40), g.figure.start)) ?? countNounBefore(s, g));
    const m = g.level ? null : (MEASURE_WORD_AFTER.exec(s.slice(g.figure.end, g.figure.end + 30)) ?? MEASURE_WORD_IN_NOUN.exec(s.slice(Math.max(0, g.figure.start - 50), g.figure.start)) ?? before);
    // The clause the measure opens starts a new part of the sentence: the gap to the level ends where it starts.
    const clauseStart = before && m === before ? g.figure.start - before[0].length : g.figure.start;
    // "fell 6.4 pct in value to $3.2 billion": a change leading into its level keeps it.
    if (!m || levelLedInto(s, primaries, growths, g, periods)) continue;
    const ofMoney = MONEY_MEASURE.test(m[1]);
    const level = primaries.findLast((l) => l.figure.end <= g.figure.start && !l.growth && (l.figure.measure === 'value') === ofMoney);
    // "..., while solar cell exports slipped 4.3 percent in value": not the amount of another subject.
    if (level && level.figure.end <= clauseStart && !NEW_SUBJECT.test(s.slice(level.figure.end, clauseStart).replace(MEASURE_CONTRAST, '')) && tradeOfUndirected(s, level, m[1])) link(level, g);
  }
}

/**
 * "997,000 tonnes, up 105.9 percent year on year, and ... totaled 670,000 tonnes": a growth written right
 * after a level is that level's, whatever the words after it lead into.
 */
function levelTrailedBy(s: string, primaries: Reading[], g: Reading, periods: PeriodMention[]): Reading | null {
  const just = primaries.findLast((l) => l.figure.end <= g.figure.start);
  if (!just || just.growth) return null;
  const gap = withoutPeriods(s, just.figure.end, g.figure.start, periods).replace(PERIOD_POINTED_BACK, '').replace(SOURCE_ASIDE, '');
  return TRAILING_GROWTH_GAP.test(gap.replace(UNIT_ABBREVIATION_AFTER, '').replace(GOODS_NAMED_AFTER, '')) || semicolonInBracket(s, just, g, gap) ? just : null;
}

/** "by beef (US$702.8 million; +6.5 percent)": an amount and its change in one bracket, a semicolon between them. */
function semicolonInBracket(s: string, level: Reading, g: Reading, gap: string): boolean {
  return /^\s*;\s*$/.test(gap) && /\([^()]*$/.test(s.slice(Math.max(0, level.figure.start - 40), level.figure.start)) && /^[^()]{0,25}\)/.test(s.slice(g.figure.end, g.figure.end + 30));
}

// "1.06 million twenty-foot equivalent units (TEUs) of goods, an increase of 6 percent": the unit's short form in brackets.
const UNIT_ABBREVIATION_AFTER = /^\s*\([A-Z][A-Za-z]{1,7}\)/;
// "986,000 TEUs of cargo, up 12.1 percent, and the goods were worth ...": the goods a quantity is of stand between it and its growth.
const GOODS_NAMED_AFTER = /^\s*of\s+(?:[\w'-]+\s+){0,2}[\w'-]+(?=\s*,)/;
// "486,300 TEUs of goods in the period, an increase of 9.1 percent": the period the level is of stands there too,
// named ("from January to November") or pointed back to ("in the period", "in the year", "during the quarter").
const PERIOD_POINTED_BACK = /\s+(?:in|during|over)\s+(?:the|this)\s+(?:same\s+)?(?:period|year|half|quarter|month)(?=\s*,)/i;
// "a surplus of $7.14 billion in October, the trade ministry said on Friday, down 4.2% from a year earlier", "..., according to
// the statistics office, up 3%": who reported the level, in a comma aside, stands between it and its change (the level's
// period, left out before, may leave its preposition). (An aside
// naming a flow or a contrast, ", while imports fell, ...", is a new subject, not a source.)
const SOURCE_ASIDE = /^\s*(?:(?:in|during|for|over)\s+)?,\s*(?!(?:[^,]*,)*?[^,]*\b(?:while|whereas|but|exports?|imports?|shipments)\b)(?:according\s+to\s+[^.;\d]{1,100}?|[^.;\d]{1,100}?\b(?:said|reported|announced|showed)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?)(?=\s*,[^,]*$)/i;

// "Up 15.8 percent year on year, the country's exports in the first two months reached $352.6 billion": a sentence that
// opens with its growth, before a comma, qualifies the level its subject then reaches (the periods named on the way aside).
// The sentence may carry the dateline ("CITY, March 8 -- Up 15.8 percent, ...") or a roundup's caption ("TAIWAN: Up 0.4
// percent ..."), and the growth may be a comparative ("Higher by 17.3 percent than a year earlier, ...", a175).
// (Any participle of change opens it: "Climbing 5.5 percent ...", "Slipping 2 percent ...", "Gaining 4 percent ..."; a174.)
const OPENING_GROWTH_BEFORE = /(?:^|\s-{1,2}\s|[—–]\s|^[A-Z][A-Za-z .'-]{1,30}:\s)\s*(?:up|down|higher|lower|rising|falling|growing|increasing|decreasing|declining|climbing|gaining|jumping|surging|advancing|expanding|slipping|sliding|dropping|dipping|easing|shrinking|contracting)\s+(?:by\s+)?$/i;
// (Its base may be written any way a year-on-year base is (a162): "Up 1.5 percent on a year earlier, ...", "Rising 4 percent
// over the same period of last year, ...", "Down 2.2% compared with a year before, ...", "Up 3 percent on the year, ...".
// The year after "of" or "in" may be a period read, and so left out: "on the same period of last year, ...", "from the same
// period of the previous year, ...", "over the corresponding eleven months of 2024, ..."; a174.)
// (a175: a comparative's "than a year earlier", "than in 2025"; and a base that is a dated period, "on March 2021", "from
// the first quarter of 2025", "compared with the same period of last year", whose period the gap leaves out, so only its
// preposition (and "the same period of") is left before the comma.)
const OPENING_GROWTH_BASE = String.raw`(?:year[- ](?:on|over)[- ]year|y-o-y|y\/y|yoy|on\s+the\s+year|(?:from|on|over|against|versus|than(?:\s+(?:in|for))?|compared\s+(?:with|to))(?:\s+(?:the\s+)?(?:same|corresponding|like)\s+(?:period|months?)\s+(?:of|in))?(?=\s*,)|(?:from|on|over|against|versus|than(?:\s+(?:in|for))?|compared\s+(?:with|to))\s+(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:same|corresponding|comparable|like)\s+(?:period|(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ])?(?:months?|quarters?)|half)(?:\s+(?:of|in|a)\s+(?:last\s+year|the\s+previous\s+year|(?:19|20)\d{2}|year\s+(?:earlier|ago|before))|\s+(?:of|in)(?:\s+the)?(?=\s*,))?|(?:the\s+)?(?:previous|prior|preceding)\s+year|last\s+year))`;
// (The subject may join two goods by "and", "imports of fuels and lubricants amounted to" (a175); an "and" that opens a
// new subject, "and exports were", "and the trade of ...", still ends it.)
const OPENING_GROWTH_GAP = new RegExp(String.raw`^\s*(?:${OPENING_GROWTH_BASE}\s*)?,\s*(?:(?!\b(?:while|whereas|but)\b|\band\s+(?:the|its|their|exports?|imports?|trade|shipments|sales)\b)[^.;,\d])+?\b(?:reached|totall?ed|stood\s+at|came\s+to|amounted\s+to|hit|rose\s+to|fell\s+to|climbed\s+to|grew\s+to|were|was)\s+(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly)\s+)?$`, 'i');

/** The first level of a sentence that opens with its growth ("Up 15.8 percent, exports reached X"), or null. */
function levelAfterOpeningGrowth(s: string, primaries: Reading[], g: Reading, periods: PeriodMention[]): Reading | null {
  if (!OPENING_GROWTH_BEFORE.test(s.slice(0, g.figure.start))) return null;
  const next = primaries.find((l) => l.figure.start >= g.figure.end);
  if (!next || next.growth) return null;
  return OPENING_GROWTH_GAP.test(withoutPeriods(s, g.figure.end, next.figure.start, periods)) ? next : null;
}

/** The text of [from, to) with the periods named in it left out. */
function withoutPeriods(s: string, from: number, to: number, periods: PeriodMention[]): string {
  let out = '';
  let at = from;
  for (const p of periods.filter((q) => q.start >= from && q.end <= to).sort((a, b) => a.start - b.start)) {
    out += s.slice(at, Math.max(at, p.start));
    at = Math.max(at, p.end);
  }
  return out + s.slice(at, to);
}

/**
 * "rose 5% to X": the level a growth leads into, with no other growth, new subject or worth between them.
 * The periods between count for nothing in the gap's length: "declined by 4.6% in January–September 2026
 * compared with the same period of last year and amounted to X" leads into X as "declined by 4.6% and amounted to X".
 */
function levelLedInto(s: string, primaries: Reading[], growths: Reading[], g: Reading, periods: PeriodMention[]): Reading | null {
  const next = primaries.find((l) => l.figure.start >= g.figure.end);
  if (!next || next.growth) return null;
  const gap = s.slice(g.figure.end, next.figure.start);
  const between = growths.some((o) => o !== g && o.figure.start > g.figure.end && o.figure.start < next.figure.start);
  // "This was 27pc higher than a year earlier and lifted January-November imports to 12.61mn t, up by 9pc": a level its
  // own growth trails is not the one an earlier growth leads into.
  // (A month-on-month aside trailing the level does not take it from a year-on-year growth leading into it: "rose 70.5 percent
  // to X, up 6.1 percent on a monthly basis".)
  if (growths.some((o) => (o.yoy || !g.yoy) && o.figure.start >= next.figure.end && levelTrailedBy(s, primaries, o, periods) === next)) return null;
  return !between && lengthWithoutPeriods(g.figure.end, next.figure.start, periods) <= 80 && FORWARD_CUE.test(stripQualifier(s, g.figure.end, next.figure.start)) && !NEW_SUBJECT.test(gap) && !WORTH_AFTER_COMMA.test(gap) && !TOTAL_CLAUSE_GAP.test(gap) && !WITH_PART_GAP.test(gap) && !WHOLE_OF_SHARE_GAP.test(gap) ? next : null;
}

// "was 4.8 percent higher than in 2023 and made up 60.7 percent of Henan's foreign trade, which stood at 821.4 billion yuan":
// the level of a which-clause on the whole a share is taken of is that whole's; a growth before the share is not led into it.
const WHOLE_OF_SHARE_GAP = /(?:%|\bper\s?cent|\bpct)\s+of\s+[^,;.]{1,60},\s*which\s+(?:stood|was|were|reached|totall?ed|amounted|came|hit)\b[^,;.]{0,20}$/i;

/** The length of [from, to) less the periods named in it. */
function lengthWithoutPeriods(from: number, to: number, periods: PeriodMention[]): number {
  let length = to - from;
  for (const p of periods) length -= Math.max(0, Math.min(to, p.end) - Math.max(from, p.start));
  return length;
}

// "Soybean oil topped the export list at Rs 7.94 billion, though its shipments were down 22.5 percent": the goods' own
// shipments (or sales, deliveries), pointed back to by "its" or "their", are the subject of the level before, not a new one.
const POSSESSIVE_GOES_ON = /,\s*(?:(?:and|though|although|even\s+though)\s+)?(?:its|their)\s+(?:shipments|sales|deliveries|volumes?)\s+(?:were|was|had|have|has|rose|grew|fell|increased|decreased|declined|dropped|went)\b[^;]*$/i;
// "...; they were 5.0 per cent higher than a year before": after a semicolon, a pronoun goes on with the subject before.
const PRONOUN_GOES_ON = /;\s*(?:they|it)\s+(?:were|was|are|is|have|has|had|rose|grew|fell|increased|decreased|declined|went)\b[^;]*$/i;

// "Balance: -¥4,213.7 billion (5th year of deficit; the deficit narrowed by 52.3%)", "a surplus of $3.2 billion (revised; it
// widened 8%)": in a bracket opened after a level, the notes on it are set apart by semicolons; a note whose subject is the
// balance named again (the deficit, surplus, gap, shortfall), a pronoun, or no subject at all goes on with the level.
const BRACKET_NOTE_GOES_ON = /^\s*(?:(?:in|for|during|over)\s+[^();,.]{1,30}?)?\s*\([^();]{0,80}(?:;[^();]{0,80}){0,3};\s*((?:the|its|this|that)\s+(?:(?:trade|goods|merchandise|annual|monthly)\s+)?(?:deficit|surplus|gap|shortfall|balance)\s+|(?:it|this)\s+)?(?:(?:has|had|was|is)\s+)?(?:[a-z]+(?:ed|en|ank|unk)|rose|grew|fell|up|down)\s+(?:by\s+)?(?:(?:about|around|nearly|some|roughly|almost)\s+)?[+-]?$/i;
// The level a balance named again is the balance of: its own line names a balance (or the note before the semicolon does).
const BALANCE_NAMED = /\b(?:balance|deficits?|surplus(?:es)?|shortfall|gap)\b/i;

/** The gap with a bracketed note that goes on with the level (BRACKET_NOTE_GOES_ON) read as no new subject. */
function bracketNoteGoesOn(s: string, level: Reading, gap: string): string {
  if (!gap.includes(';') || !gap.includes('(')) return gap;
  const m = BRACKET_NOTE_GOES_ON.exec(gap);
  if (!m) return gap;
  const line = s.slice(Math.max(0, s.lastIndexOf('\n', level.figure.start) + 1, level.figure.start - 80), level.figure.start);
  return !/^(?:the|its|this|that)\s/i.test(m[1] ?? '') || BALANCE_NAMED.test(line) || BALANCE_NAMED.test(gap.slice(0, gap.lastIndexOf(';'))) ? ' ' : gap;
}

// "$58.3 bn    phones and parts exported, ↘ 1.2%", "$3.1 bn — coffee and tea exports, up 4%", "US$7.4 billion worth of iron and
// steel exported, up 12 percent": two goods joined by "and" before a flow word that closes the label right before the change
// name what the level was, no new subject (NEW_SUBJECT's "and exported"); a new clause would go on with a verb or an amount.
const GOODS_PAIR_LABEL = /\b[a-z][\w-]*\s+and\s+(?!(?:the|its|their)\b)[a-z][\w-]*\s+(?:exports|imports|exported|imported),[^\w]*(?:(?:up|down)(?:\s+by)?\s*)?$/;

/** The level before a growth, with no other growth and no new subject between them. */
// (a248) "soybean imports reached 57.2 million tonnes, with August cargoes of 9.5 million tonnes, and were down 8.9%": the
// subject's second verb, after a part told in a "with" phrase, goes on with the whole before the part (a verb of being with no
// subject of its own, then the change).
const WHOLE_VERB_AFTER_PART = /^[^.;\d]{0,30}?,\s*and\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:(?:also|still)\s+)?(?:(?:up|down)(?:\s+by)?\s*)?$/i;
function wholeBeforeWithPart(s: string, primaries: Reading[], g: Reading): Reading | null {
  const prev = primaries.findLast((l) => l.figure.end <= g.figure.start);
  if (!prev || !WHOLE_VERB_AFTER_PART.test(s.slice(prev.figure.end, g.figure.start))) return null;
  const whole = primaries.findLast((l) => l.figure.end <= prev.figure.start);
  return whole && !whole.growth && WITH_PART_GAP.test(s.slice(whole.figure.end, prev.figure.start)) ? whole : null;
}

function levelBefore(s: string, primaries: Reading[], growths: Reading[], g: Reading): Reading | null {
  const prev = primaries.findLast((l) => l.figure.end <= g.figure.start);
  if (!prev || prev.growth) return null;
  const gap = bracketNoteGoesOn(s, prev, s.slice(prev.figure.end, g.figure.start));
  const between = growths.some((o) => o !== g && o.figure.start > prev.figure.end && o.figure.start < g.figure.start);
  return !between && gap.length <= 200 && !NEW_SUBJECT.test(gap.replace(PRONOUN_GOES_ON, ' ').replace(POSSESSIVE_GOES_ON, ' ').replace(GOODS_PAIR_LABEL, ' ')) ? prev : null;
}

/**
 * "83,000 units, up 13% from last month and up 38.9% year on year", "dropped 49.5% year on year and
 * fell 10.9% from August to 874,000 mt": of two changes side by side, the level's is the year-on-year one.
 */
function preferYearOnYearSideBySide(s: string, growths: Reading[]): void {
  for (const g of growths) {
    if (g.level || !g.yoy) continue;
    const rival = growths.find((o) => {
      if (o === g || !o.level || o.yoy) return false;
      const gap = s.slice(Math.min(o.figure.end, g.figure.end), Math.max(o.figure.start, g.figure.start));
      return (SIDE_BY_SIDE.test(gap) && !OTHER_FLOW_CLAUSE.test(gap)) || (o.figure.end <= g.figure.start && SIDE_BY_SIDE_PAST_BASE.test(gap));
    });
    if (!rival?.level) continue;
    link(rival.level, g);
    rival.level = null;
  }
}

/**
 * "rose 3.3% month-on-month to 460,000 tonnes in April but were 2.8% lower than a year earlier": a
 * year-on-year change in a clause that goes on with the same subject ("but were", "and was") is the
 * level's, when the level's own change is against another base; "recovered to 33.2 billion yuan but was still 28.4 percent
 * lower than a year earlier": so is one after a level with no change of its own.
 */
function yearOnYearOfSameSubject(s: string, primaries: Reading[], growths: Reading[]): void {
  for (const g of growths) {
    if (g.level || !g.yoy) continue;
    let prev: Reading | undefined;
    for (let i = primaries.length - 1; i >= 0 && !prev; i--) if (primaries[i].figure.end <= g.figure.start) prev = primaries[i];
    if (!prev || prev.growth?.yoy || !SAME_SUBJECT_GOES_ON.test(s.slice(prev.figure.end, g.figure.start))) continue;
    if (prev.growth) prev.growth.level = null;
    link(prev, g);
  }
}

/**
 * "98.6 million tonnes in October, down from 104.1 million in September but up 3.4% from a year earlier",
 * "rose to 6.42mn t in July from 5.88mn t in June, but were down 9% from a year earlier": after the
 * level's comparison with another period's level, a year-on-year change past "but" is the level's.
 */
function yearOnYearPastBase(s: string, readings: Reading[], primaries: Reading[], growths: Reading[]): void {
  for (const g of growths) {
    if (g.level || !g.yoy) continue;
    const level = primaries.findLast((l) => l.figure.end <= g.figure.start);
    if (!level || level.growth) continue;
    const base = readings.findLast((r) => r.role === 'level' && r.earlier && r.figure.start >= level.figure.end && r.figure.end <= g.figure.start);
    if (!base || base.figure.unit !== level.figure.unit || !BUT_AFTER_BASE.test(s.slice(base.figure.end, g.figure.start))) continue;
    link(level, g);
  }
}
