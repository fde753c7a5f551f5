/**
 * The choice of a figure's period: the nearest the sentence states, else the one the release goes on with;
 * spans pointing back ("the three months"), asides that end with their paragraph, and what the next sentence keeps.
 */
import type { ObservationDraft } from '../../contract.js';
import { BARE_TWO_YEAR_LABEL, MONTH_WORDS as MONTH_NAMES, PASSED_AMOUNT_BEFORE, type PeriodMention } from './periods.js';
import type { Sentence } from './sentences.js';
import { clauseBaseIsYearBefore, namedBaseVerdict, shift, yearBeforeBase } from './comparisons.js';
import { link, type Reading } from './readings.js';
import { shareMonthOnMonthBasis } from './percent-roles.js';
import { FALL_NOUN, RISE_NOUN } from './change-verbs.js';
import { nearest } from './clauses.js';
import type { ReleaseMemory, RowFrame } from './sentence-scene.js';
import { firstNonSpace, isDigitAt, isSpace } from './chars.js';
import { keywords, mentions } from './keywords.js';

/**
 * "Zhengzhou's service, which began in 2013, has run over 15,000 trips to date. Changsha's trains grew the
 * fastest, up 28.6 percent": a year-on-year growth with no period of its own, right after a running total
 * since a launch, is not the total's (a total since 2013 has no year-on-year change); it is of the period
 * the release reported before the total.
 */
export function growthPastRunningTotal(r: Reading, period: { start: string; end: string }, memory: ReleaseMemory): { start: string; end: string } {
  if (r.role !== 'growth' || !r.yoy || period !== memory.period || !memory.period.running || !memory.beforeRunning) return period;
  return memory.beforeRunning;
}

// A line that introduces what follows: "Main features of exports in the first half:".
const HEADING_END = /:\s*$/;
// "During the period, ...", "in the same period": pointing back to the period stated last (not "the same period last year").
const THE_PERIOD_BACK = /\b(?:during|in|over|for|within)\s+the\s+(?:same\s+)?period\b(?!\s+(?:of|in|last|a\s+year|the\s+previous))/i;
const PERIOD_WORDS = keywords(['period'], THE_PERIOD_BACK);

// The month of an earlier growth, compared with: "after a year-on-year gain of 11.9% in September",
// "reversing the 5.6 per cent expansion in August", "following the 2.1pc decline in September"; the earlier growth may
// come second in a list of what is compared ("compared with a 6.0 percent gain expected in a Reuters poll and an 8.4
// percent rise in October"); so is the rate a growth picked up or slowed from ("picking up from a year-on-year rise of
// 0.1 percent in October", "down from 3.2% in the third quarter"), but not goods from a place ("from Japan rose 12% in").
// A rate set beside the figure's to be outrun or matched: "outpacing the 10.3% increase in January", "beating a 2% gain in
// May", "against a 4.4% rise in March"; the month dates that rate alone. ("with growth topping 20% in March", "exceeding",
// "surpassing": a rate passing a mark in the figure's own month; not here.)
const OUTRUN = String.raw`outpacing|outstripping|beating|against`;
// A rate the figure carries on or repeats: "extending the 17.6 per cent expansion recorded in January", "continuing a
// 4% rise in May", "which prolonged the 2.3pc gain for March", "building on an 8 percent increase in", "echoing the 5% drop in":
// the month dates that earlier rate alone, in any tense. The rate carried on is a noun with its determiner: "continued to rise
// 5.1% in March" is the figure's own month.
const CARRIED_ON = String.raw`(?:extend(?:s|ed|ing)?|continu(?:es?|ed|ing)|prolong(?:s|ed|ing)?|sustain(?:s|ed|ing)?|repeat(?:s|ed|ing)?|mirror(?:s|ed|ing)?|echo(?:es|ed|ing)?|(?:build(?:s|ing)?|built)\s+on|add(?:s|ed|ing)?\s+to)(?=\s+(?:the|a|an|its|their|this|that|[\w-]+['’]s)\s)`;
// A rate the figure turns back or cancels: "undoing a 7.5 percent slide in March", "erased the 4% gain of May", "wiping out a 2pc
// rise in", "offsetting the 3% fall in", "recouping a 1.2% loss in", "made up for a 5% drop in", in any tense (a140's reversal,
// widened from "reversing" to the family of verbs that undo a change).
// The earlier change's month may follow it ("the 3 percent drop seen in April") or own it ("wiping out June's 2.4% fall").
const UNDONE_VERB = String.raw`(?:revers(?:e|es|ed|ing)|eras(?:e|es|ed|ing)|und(?:o|oes|id|one|oing)|(?:wip(?:e|es|ed|ing)|cancel(?:s|led|ling|ed|ing)?)\s+out|offset(?:s|ting)?|recoup(?:s|ed|ing)?|claw(?:s|ed|ing)?\s+back|(?:mak(?:e|es|ing)|made)\s+up\s+for)`;
const UNDONE = String.raw`${UNDONE_VERB}(?=\s+(?:the|a|an|its|their|this|that|[\w-]+['’]s)\s)`;
const UNDONE_POSSESSIVE_BEFORE = new RegExp(String.raw`\b${UNDONE_VERB}\s+$`, 'i');
const POSSESSIVE_RATE_AFTER = /^['’]s\s+(?:[\w-]+\s+){0,2}?[+-]?\d/;
/** True when period `p` owns the rate a verb of undoing governs ("wiping out June's 2.4% fall"): the date of that rate alone. */
const ownsUndoneRate = (s: string, p: PeriodMention): boolean => POSSESSIVE_RATE_AFTER.test(s.slice(p.end, p.end + 30)) && UNDONE_POSSESSIVE_BEFORE.test(s.slice(Math.max(0, p.start - 30), p.start));
const EARLIER_GROWTH_DATE = new RegExp(String.raw`\b(?:(?:after|following|reversing|versus|compared\s+(?:with|to)|${OUTRUN}|${CARRIED_ON}|${UNDONE})\s+(?:(?:[^.;]|\.(?=\d)){1,80}?\band\s+)?(?:[\w-]+\s+){0,5}?|from\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:rise|gain|growth|increase|decline|drop|fall|decrease|contraction|expansion)\s+of\s+|from\s+)[+-]?\d[\d.,]*\s*(?:%|percent|per\s+cent|pc|pct)(?:\s+[\w-]+){0,3}?\s+(?:in|for|during)\s+(?:the\s+)?$`, 'i');

// "... move more goods this year" (a headline): the year so far, stated loosely.
const BARE_THIS_YEAR = /^(?:(?:in|for|during|throughout)\s+)?this\s+year$/i;

const MONTH_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
// "over the three months", "in the two months": a definite span with no "first"/"past" and no year.
// "in the latest three months" (HMRC): the last span of that length the release stated.
const DEFINITE_MONTHS = /^(?:in|for|during|over|within)\s+the\s+(?:latest\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months$/i;
// "the ten-month period", "this nine-month span": the same definite span, its count of months made an adjective.
const DEFINITE_MONTH_SPAN = /^(?:the|this)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-month\s+(?:period|span|stretch|spell)$/i;
const THE_MONTH = /\bthe\s+month\b/i;
const THE_MONTH_SPAN = /^(?:in|for|during|over|of)\s+the\s+month$/i;
const THE_QUARTER = /\bthe\s+quarter\b/i;
const THE_QUARTER_SPAN = /^(?:in|for|during|over)\s+the\s+(?:(?:whole|full|entire)\s+)?quarter$/i;
const THE_HALF = /\bthe\s+half\b/i;
const THE_HALF_SPAN = /^(?:in|for|during|over)\s+the\s+half(?:[- ]year)?$/i;
// "First-half exports rose ..." after "the April-September first half of fiscal 2026": a half named with no year.
const YEARLESS_HALF = /\b(?:first|second)(?:\s+|-)half\b(?!\s+of\b)/i;
const YEARLESS_HALF_SPAN = /^(?:the\s+)?(?:first|second)(?:\s+|-)half(?:[- ]year)?$/i;

/** Months from `start` to `end` (YYYY-MM), both included. */
function monthsSpanned(p: { start: string; end: string }): number {
  const [ys, ms] = p.start.split('-').map(Number);
  const [ye, me] = p.end.split('-').map(Number);
  return (ye - ys) * 12 + (me - ms) + 1;
}

// "Iron ore exports in the year were A$ 102.9 billion" after the 2019-20 financial year and a June figure, "Imports during the
// fiscal year rose ...", "over the whole year", "for the financial year", "across the year": the year with "the" and no number
// points back to the last span of twelve months the release stated (a fiscal or calendar year), as "in the quarter" and "in
// the half" point back to theirs; not "the year earlier / ago / before / to date / so far / to June / ended ..." nor "the year
// that followed" (a year later, periods.ts).
const THE_YEAR_SPAN = /\b(?:in|during|over|for|throughout|across)\s+the\s+(?:(?:whole|full|entire)[- ])?(?:(?:fiscal|financial)\s+)?year\b(?![-'’]|\s+(?:of|to|ended|ending|ahead|so|earlier|ago|before|through|on|that|which|when|after|following|\d))/gi;
// "By value, full-year soybean imports came to", "whole-year shipments of coal", "The full-year tally stood at", "the year-long
// total", "calendar-year volumes": a year-long span written as a hyphened adjective before the noun it dates, with no year of
// its own, points back to the same twelve months ("last year's full-year total", "the 2010 full-year figure" name their own
// year and are bases, comparisons.ts; "full-year 2025" is read as that year, periods.ts). A mark set or aimed at is not dated
// by it ("above the full-year record of", "the full-year target"), nor is "the first full year of operation" (a noun), nor what is
// aimed at or foreseen ("aims for full-year exports of about 8 million tonnes", "expects full-year shipments to reach").
// (a246) "Annual exports of germanium products fell by 36.2%", "annual corn imports reached", "its annual purchases of soybeans":
// "annual" right before a flow noun (a goods word may stand between) is the same adjective of the year stated before, in a
// story on that year's last month; "average annual" growth is a rate, no span.
const YEAR_LONG_ADJECTIVE = /(?<!\b(?:year|(?:19|20)\d\d)['’]?s?\s+)(?<!\b(?:aim(?:s|ed|ing)?\s+(?:for|at)|target(?:s|ed|ing)?|expect(?:s|ed|ing)?|forecast(?:s|ing)?|project(?:s|ed|ing)?|predict(?:s|ed|ing)?|see(?:s|ing)?|eye(?:s|ing)?|(?:plan|hope|push|aim)(?:s|ed|ing)?\s+for|(?:goal|target|aim|forecast|estimate|projection)s?\s+(?:of|for))\s+(?:(?:its|their|the|a|an)\s+)?)\b(?:(?:full|whole|entire|calendar)-year|year-long|(?<!\baverage\s+)annual(?=\s+(?:[a-z][\w-]*\s+)?(?:exports|imports|shipments|arrivals|purchases|deliveries|sales|trade|volumes)\b))\b(?![-'’]|\s+(?:of\s+)?(?:19|20)\d\d|\s+(?:ago|earlier|before|to|ended|ending)\b|\s+(?:[\w-]+\s+)?(?:record|high|low|peak|forecast|target|outlook|estimate|projection|guidance|plan|goal|quota|average)s?\b)/gi;

// "... in the 2023/24 fiscal year. Revenue improved on the 1.33 billion dollars secured in 2022/23. ... exports for the year
// reached": a year stated later as a base is earlier than the year the release is on, and "the year" is the release's (the
// latest twelve-month span stated, not the last one named).
function latestYear(spans: readonly { start: string; end: string }[]): { start: string; end: string } | undefined {
  let latest: { start: string; end: string } | undefined;
  for (const e of spans) if (e.start !== '' && monthsSpanned(e) === 12 && (!latest || e.end > latest.end)) latest = e;
  return latest;
}

/** "in the year" with no period read there: the latest twelve-month span stated before, if any. */
function theYearPointedBack(periods: PeriodMention[], s: string, spans: readonly { start: string; end: string }[]): PeriodMention[] {
  const patterns = [...(s.includes(' year') && s.includes('the ') ? [THE_YEAR_SPAN] : []), ...(/-year|year-|annual/i.test(s) ? [YEAR_LONG_ADJECTIVE] : [])];
  if (!patterns.length) return periods;
  const year = latestYear(spans);
  if (!year) return periods;
  const added: PeriodMention[] = [];
  for (const pattern of patterns) {
    for (const m of s.matchAll(pattern)) {
      const end = m.index + m[0].length;
      // ("In 2014, the port's annual trade was ...": "annual" in a sentence dated by its own period names no span of its own.)
      if (/^annual/i.test(m[0]) && periods.some((p) => p.kind === 'period')) continue;
      if (!periods.some((p) => p.start < end && m.index < p.end)) added.push({ start: m.index, end, kind: 'period', periodStart: year.start, periodEnd: year.end });
    }
  }
  return added.length ? [...periods, ...added].sort((a, b) => a.start - b.start) : periods;
}

// "In March 2025, apparel exports had stood at $412 million. This year they rose 7.3% to $442 million": a bare "this year" right
// after a part of the year before (a month, a quarter, a half) sets this year's same part against it, not the year so far.

/** A bare "this year" (the sentence's only period) after a level of a part of last year (`previous`, the last level of the
 * sentence before) that this year has already passed: that part this year. */
export function thisYearAfterEarlierPart(periods: PeriodMention[], s: string, previous: { period_start: string; period_end: string } | undefined): PeriodMention[] {
  if (!previous?.period_start || periods.length !== 1 || !s.includes('his year')) return periods;
  const [p] = periods;
  const months = monthsSpanned({ start: previous.period_start, end: previous.period_end });
  if (p.kind !== 'period' || !BARE_THIS_YEAR.test(s.slice(p.start, p.end)) || months >= 12) return periods;
  const start = shift(previous.period_start, 12);
  const end = shift(previous.period_end, 12);
  const sameYear = start.slice(0, 4) === p.periodStart.slice(0, 4) && end.slice(0, 4) === start.slice(0, 4);
  return sameYear && end <= p.periodEnd ? [{ ...p, periodStart: start, periodEnd: end }] : periods;
}

/**
 * "Imports were flat over the three months" after a second-quarter figure: a definite span of as
 * many months as the period stated before points back to that period, not to the year's first months;
 * "in the month" points back to the last month of that period. When the period before is shorter
 * ("Imports stood at $5.3 billion in October. Exports during the four months ..."), the span points
 * back to the last of `spans` (periods stated earlier) as long as it.
 */
export function referBack(periods: PeriodMention[], s: string, previous: { start: string; end: string } | null, spans: readonly { start: string; end: string }[] = []): PeriodMention[] {
  periods = theYearPointedBack(periods, s, spans);
  // The literal first: a word scan over the sentence costs ten times what finding "months" does.
  if (!previous || previous.start === '' || !periods.length || !/month|quarter|half/i.test(s)) return periods;
  const definite = (/months/i.test(s) && /\bthe\s+(?:latest\s+)?\w+\s+months\b/i.test(s)) || /-month\s+(?:period|span|stretch|spell)\b/i.test(s);
  if (!definite && !THE_MONTH.test(s) && !THE_QUARTER.test(s) && !THE_HALF.test(s) && !YEARLESS_HALF.test(s)) return periods;
  const span = monthsSpanned(previous);
  return periods.map((p) => {
    // "Soybean shipments totaled 8.1 million tonnes in the month": the last month of the period before.
    if (p.kind === 'period' && THE_MONTH_SPAN.test(s.slice(p.start, p.end))) return { ...p, periodStart: previous.end, periodEnd: previous.end };
    // "The surplus for the quarter reached ..." after a first-quarter figure and then a month of it: the quarter stated before.
    if (p.kind === 'period' && THE_QUARTER_SPAN.test(s.slice(p.start, p.end))) {
      const quarter = span === 3 ? previous : spans.findLast((e) => e.start !== '' && monthsSpanned(e) === 3);
      return quarter ? { ...p, periodStart: quarter.start, periodEnd: quarter.end } : p;
    }
    // "shipped 2,800 TEUs to Laos in the half year" after a first-half figure: the six months stated before.
    if (p.kind === 'period' && THE_HALF_SPAN.test(s.slice(p.start, p.end))) {
      const half = span === 6 ? previous : spans.findLast((e) => e.start !== '' && monthsSpanned(e) === 6);
      return half ? { ...p, periodStart: half.start, periodEnd: half.end } : p;
    }
    // "First-half exports" after a fiscal half (April-September) the release stated: that half, not January-June.
    if (p.kind === 'period' && YEARLESS_HALF_SPAN.test(s.slice(p.start, p.end).trim())) {
      const half = spans.findLast((e) => e.start !== '' && monthsSpanned(e) === 6);
      return half && !/-0[17]$/.test(half.start) ? { ...p, periodStart: half.start, periodEnd: half.end } : p;
    }
    const said = s.slice(p.start, p.end);
    const m = p.kind === 'period' && definite ? DEFINITE_MONTHS.exec(said) ?? DEFINITE_MONTH_SPAN.exec(said) : null;
    if (!m) return p;
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : MONTH_WORDS[m[1].toLowerCase()];
    // "during the four months" after "the first four months of the fiscal year (mid-July to mid-November)": a span counted
    // from the middle of a month (never from January 1) touches one calendar month more than it counts.
    if (n === span || (span === n + 1 && !previous.start.endsWith('-01'))) return { ...p, periodStart: previous.start, periodEnd: previous.end };
    const earlier = spans.findLast((e) => e.start !== '' && monthsSpanned(e) === n);
    return earlier ? { ...p, periodStart: earlier.start, periodEnd: earlier.end } : p;
  });
}

// "Exports in the year through March rose 4.4 percent" after "a deficit of 3.86 trillion yen in fiscal 2025" (April 2025 to March
// 2026): "the year through" a month points back to a fiscal year stated before that ends in that month. With none, it
// stays the American wire's year to date, January to that month.
const YEAR_THROUGH = /\bthe\s+year\s+through\b/i;

/** "the year through March" after a fiscal year ending in March the release stated (`spans`): that fiscal year. */
export function fiscalYearThrough(periods: PeriodMention[], s: string, spans: readonly { start: string; end: string }[] = []): PeriodMention[] {
  if (!YEAR_THROUGH.test(s)) return periods;
  return periods.map((p) => {
    if (p.kind !== 'period' || !YEAR_THROUGH.test(s.slice(p.start, p.end))) return p;
    const fiscal = spans.findLast((e) => e.end === p.periodEnd && monthsSpanned(e) === 12 && !e.start.endsWith('-01'));
    return fiscal ? { ...p, periodStart: fiscal.start } : p;
  });
}

// "The nine-month volume reached ..." after "in fiscal year 2025-26, which began in April", "of the five-month volume" after
// "the first five months of the fiscal year, July to November": a count of months made an adjective (periods.ts reads it
// as the calendar year's first months) points back to a span of that many months stated before, else counts from the
// start of a fiscal year stated before (twelve months not from January) that the calendar months overlap.
const MONTH_COUNT_ADJECTIVE = /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)-month\b/i;

// "posted a seven-month outbound total of 304.6 billion yuan in 2023", "its nine-month tally for 2024 reached": a whole year
// named after the count in its clause (no comma between) only says which year's first months they are.
const YEAR_OF_COUNT_GAP = /^(?:[^.;,]|[.,](?=\d)){0,80}$/;
const YEAR_OF_COUNT = /^(?:in|for|of|during)\s+\d{4}$/i;

/** The count's months in the year its clause names after it: both mentions become that year's first months. */
function monthCountInYearAfter(periods: PeriodMention[], s: string): PeriodMention[] {
  const i = periods.findIndex((p) => p.kind === 'period' && p.periodStart.endsWith('-01') && MONTH_COUNT_ADJECTIVE.test(s.slice(p.start, p.end)));
  const count = periods[i];
  const year = periods[i + 1];
  if (!count || !year || year.kind !== 'period' || !/^\d{4}-01$/.test(year.periodStart) || year.periodEnd !== `${year.periodStart.slice(0, 4)}-12` || !YEAR_OF_COUNT_GAP.test(s.slice(count.end, year.start)) || !YEAR_OF_COUNT.test((s.slice(count.end, year.start).match(/\b(?:in|for|of|during)\s+$/i)?.[0] ?? '') + s.slice(year.start, year.end).trim())) return periods;
  const months = { periodStart: year.periodStart, periodEnd: shift(year.periodStart, monthsSpanned({ start: count.periodStart, end: count.periodEnd }) - 1) };
  return periods.map((p) => (p === count || p === year ? { ...p, ...months } : p));
}

/** A count-of-months adjective's period after a stated span of as many months, or the first months of a stated fiscal year. */
export function monthCountInForce(periods: PeriodMention[], s: string, spans: readonly { start: string; end: string }[] = []): PeriodMention[] {
  if (!s.includes('-month') || !MONTH_COUNT_ADJECTIVE.test(s)) return periods;
  const inYear = monthCountInYearAfter(periods, s);
  if (inYear !== periods || !spans.length) return inYear;
  return periods.map((p) => {
    if (p.kind !== 'period' || !p.periodStart.endsWith('-01') || !MONTH_COUNT_ADJECTIVE.test(s.slice(p.start, p.end))) return p;
    const n = monthsSpanned({ start: p.periodStart, end: p.periodEnd });
    const same = spans.findLast((e) => e.start !== '' && monthsSpanned(e) === n && e.end >= p.periodEnd);
    if (same) return { ...p, periodStart: same.start, periodEnd: same.end };
    const fiscal = spans.findLast((e) => e.start !== '' && monthsSpanned(e) === 12 && !e.start.endsWith('-01') && e.start <= p.periodEnd && e.end >= p.periodEnd);
    return fiscal ? { ...p, periodStart: fiscal.start, periodEnd: shift(fiscal.start, n - 1) } : p;
  });
}

/**
 * "in the last twelve months" is counted back from publication; a release on an earlier month (a September
 * report published in November) means the twelve months that end in the month it reports on (its lead
 * period's end), when that month falls inside the span counted from publication.
 */
export function rollingYearToReport(periods: PeriodMention[], lead: { start: string; end: string } | undefined): PeriodMention[] {
  if (!lead?.end || !periods.some((p) => p.rollingYear)) return periods;
  const start = shift(lead.end, -11);
  return periods.map((p) => (p.rollingYear && p.kind === 'period' && lead.end >= p.periodStart && lead.end < p.periodEnd ? { ...p, periodStart: start, periodEnd: lead.end } : p));
}

/**
 * Seasons (periods.ts `season`): one spelled out ("oil year 2025-26 (November-October)", "MY 2025/26 (October 2025 -
 * March 2026)") is remembered; a later one named by its years only ("in oil year 2024-25", "the MY 2026/27 campaign")
 * has the same months shifted by whole years, and "the oil year" has those months. A cut-off in the same sentence
 * ("... campaign reached 21,400 MT by November 15") runs from the season's first month; a season the release never
 * spelled out is no period (dropped).
 */
export function seasonSpans(periods: PeriodMention[], memory: ReleaseMemory, s: string): PeriodMention[] {
  if (!periods.some((p) => p.season)) return seasonYearsOfSplitLabels(periods, memory, s);
  const out: PeriodMention[] = [];
  for (const p of periods) {
    if (!p.season) out.push(p);
    else if (p.periodStart) {
      if (p.season.year !== null) memory.season = { year: p.season.year, start: p.periodStart, end: p.periodEnd };
      out.push(p);
    } else if (memory.season) {
      const years = p.season.year === null ? 0 : p.season.year - memory.season.year;
      out.push({ ...p, kind: p.kind === 'unresolved' ? 'period' : p.kind, periodStart: shift(memory.season.start, 12 * years), periodEnd: shift(memory.season.end, 12 * years) });
    }
  }
  return seasonToCutoff(out);
}

// "in the oil year ended October 2023 (November-October)", "over the crop year that ran from October to September", "the
// marketing year to June 2024": a season named by its kind and dated by twelve months not from January.
const SEASON_NAMED = /(?:oil|marketing|crop|harvest|cotton|sugar|coffee|cocoa|agricultural|grain)\s+years?\b|\bseasons?\b|\bcampaigns?\b/i;
const SEASON_NAMED_WORDS = keywords(['year', 'season', 'campaign'], SEASON_NAMED);

/**
 * A season spelled out by its months without a two-year label ("the oil year ended October 2023 (November-October)") is
 * remembered for the bare two-year labels after it (a season's own word still needs a season spelled with its label). After
 * it, or after a season so spelled, a bare two-year label ("the 14.12 million tonnes brought in during 2021-22", "the import
 * bill for 2022-23", "Shipments in 2024-25") is that season's year, whatever the country's fiscal calendar would make of it:
 * the release counts in seasons, and a fiscal year it means it names as one ("fiscal 2022-23").
 */
function seasonYearsOfSplitLabels(periods: PeriodMention[], memory: ReleaseMemory, s: string): PeriodMention[] {
  if (mentions(s, SEASON_NAMED_WORDS)) {
    const spelled = periods.find((p) => p.kind === 'period' && !p.periodStart.endsWith('-01') && monthsSpanned({ start: p.periodStart, end: p.periodEnd }) === 12 && !BARE_TWO_YEAR_AT.test(s.slice(p.start, p.end)));
    if (spelled && SEASON_NAMED.test(s)) memory.monthsOfSeason = { year: Number(spelled.periodStart.slice(0, 4)), start: spelled.periodStart, end: spelled.periodEnd };
  }
  const season = memory.season ?? memory.monthsOfSeason;
  if (!season || !TWO_YEAR_DIGITS.test(s)) return periods;
  let out = periods;
  for (const m of s.matchAll(BARE_TWO_YEAR_LABEL)) {
    const first = Number(m[1]);
    if (Number(m[2]) !== (first + 1) % 100) continue;
    const start = m.index;
    const end = start + m[0].length;
    // A longer mention holding the label ("April-October 2025-26") is read as it was.
    if (out.some((p) => p.start <= start && p.end >= end && (p.start < start || p.end > end))) continue;
    const years = 12 * (first - season.year);
    // What a rule read of the label (the fiscal year, or "for 2025" of "for 2025/26") gives way to the season.
    const read = out.find((p) => p.start < end && p.end > start);
    const label: PeriodMention = { ...(read ?? { kind: 'period' }), start: Math.min(start, read?.start ?? start), end, kind: read?.kind === 'base' ? 'base' : 'period', periodStart: shift(season.start, years), periodEnd: shift(season.end, years) };
    out = [...out.filter((p) => p.start >= end || p.end <= start), label].sort((a, b) => a.start - b.start);
  }
  return out;
}
const TWO_YEAR_DIGITS = /(?:19|20)\d\d\s?[-–/]\s?\d\d/;
const BARE_TWO_YEAR_AT = /^(?:19|20)\d\d\s?[-–/]\s?\d\d$/;

/** "The MY 2026/27 campaign reached 21,400 MT by November 15": the cut-off's span starts with the season, which it replaces. */
function seasonToCutoff(periods: PeriodMention[]): PeriodMention[] {
  const season = periods.find((p) => p.season && p.kind === 'period');
  const cutoff = season && periods.find((p) => p.cutoff && p.kind === 'period' && p.periodEnd >= season.periodStart && p.periodEnd <= season.periodEnd);
  if (!season || !cutoff) return periods;
  return periods.flatMap((p) => (p === season ? [] : p === cutoff ? [{ ...p, periodStart: season.periodStart }] : [p]));
}

/** Keeps the last few spans of several months the release stated, for `referBack`. */
function rememberSpans(memory: ReleaseMemory, stated: PeriodMention[]): void {
  if (!stated.length) return;
  const spans = memory.spans ?? (memory.spans = []);
  for (const p of stated) spans.push({ start: p.periodStart, end: p.periodEnd });
  if (spans.length > 6) spans.splice(0, spans.length - 6);
}

/**
 * Whether `inner` is a calendar quarter or half lying inside `outer`, a longer span of one year (a half-year, the
 * year to date or the year: "2026-04".."2026-06" in January–June, "2024-07".."2024-12" in 2024). A running total
 * since a launch is no such span.
 */
function quarterInside(inner: { start: string; end: string }, outer: { start: string; end: string }): boolean {
  if (!inner.start || !(isCalendarPart(inner, 3) || isCalendarPart(inner, 6))) return false;
  if (!outer.start || outer.start.slice(0, 4) !== outer.end.slice(0, 4)) return false;
  return outer.start <= inner.start && inner.end <= outer.end && (outer.start !== inner.start || outer.end !== inner.end);
}

/** Whether a span is one calendar quarter (`months` 3) or half (6) of a year. */
const isCalendarPart = (span: { start: string; end: string }, months: number): boolean => span.end === shift(span.start, months - 1) && (Number(span.start.slice(5)) - 1) % months === 0;

/** True for January to a later month of one year, other than a first quarter (which agencies compare with the quarter before). */
export function isYearToDateSpan(period: { start: string; end: string } | null): boolean {
  if (!period || !period.start.endsWith('-01') || period.start.slice(0, 4) !== period.end.slice(0, 4)) return false;
  const months = Number(period.end.slice(5, 7));
  return months >= 2 && months !== 3;
}

// "Of these, ...", "Among them, ...", "Of the total, ...": a sentence that points back into the figure before it.
const INTO_THE_TOTAL = /^\s*(?:Of\s+(?:these|them|this|which|the\s+total|that)|Among\s+(?:them|these|which)|In\s+total|Altogether|Cumulatively)\b/i;
// "Annual goods exports ...", "In annual terms, ...": a paragraph that opens on the year's figures.
// "the fiscal-year volume", "in the same fiscal year", "the financial year's total": the fiscal year stated before, pointed back to.
const THE_FISCAL_YEAR_BACK = /\bthe\s+(?:same\s+)?(?:fiscal|financial)[\s-]year\b(?!\s+(?:19|20)\d\d|\s+(?:before|earlier|ago)\b)/i;
const ANNUAL_OPENING = /^\s*(?:The\s+)?(?:Annual|In\s+annual\s+terms)\b/i;
// "Monthly goods imports fell ...", "The monthly trade balance was ...", "In monthly terms, ...": a paragraph that opens on the
// month's figures, after a paragraph framed by that month in a release led by a longer span (the year ended that month).
// So does a paragraph that names its figures monthly anywhere in it ("giving a monthly trade deficit of ...") or names the
// month back (THE_MONTH_BACK: "Imports for the month decreased ...").
const MONTHLY_OPENING = /^\s*(?:The\s+)?(?:Monthly|In\s+monthly\s+terms)\b|\bmonthly\s+(?:[\w-]+\s+){0,2}?(?:deficit|surplus|balance|gap|exports?|imports?|shipments|trade|total|value|level)\b/i;

// "16:20", "09:12 GMT", "Updated 17:45 (GMT+8)", "10:40am ET", "11:52 CEST", "Sep 15, 2023 / 17:58 IST": a paragraph of only a
// clock time (a date may stand before it) opens a post of a live blog. The British "10.17 GMT" writes a stop for the colon: with
// a stop, the zone or "am"/"pm" must follow (a bare "12.50" is a number).
const CLOCK_ZONE = String.raw`(?:\s*\(?(?:[A-Z]{2,4})(?:\s?[+-]\s?\d{1,2}(?::\d{2})?)?\)?)`;
const CLOCK_HALF = String.raw`(?:\s*(?:am|pm|a\.m\.|p\.m\.))`;
const POST_STAMP = new RegExp(String.raw`^\s*(?:(?:(?:Last\s+)?[Uu]pdated?|Posted)\s+(?:at\s+)?)?(?:(?:${MONTH_NAMES})\.?\s+\d{1,2},?\s+(?:19|20)\d\d\s*[/|,·–-]\s*)?(?:\d{1,2}:\d{2}${CLOCK_HALF}?${CLOCK_ZONE}?|\d{1,2}\.\d{2}(?:${CLOCK_HALF}${CLOCK_ZONE}?|${CLOCK_ZONE}))\s*$`);

/** The period a new paragraph starts from: its section's, or the release's after a quarter or running-total aside. */
export function periodOfNewParagraph(s: string, memory: ReleaseMemory): void {
  // "(2) By trade mode, ..." under a heading dated the first quarter: a month one item named ("This
  // March, ...") does not carry into the next item.
  if (memory.sectionPeriod) memory.period = memory.sectionPeriod;
  // "For the first two months, exports were up 28.7%" closing a live blog's summary, then "16:20" and "Electronic components
  // rose 18.4%": each timestamped post of a live blog is written to be read on its own, of the period the blog reports on
  // (the release's lead), unless it names its own; a span a post or the summary named does not carry into the next post.
  else if (memory.period && memory.leadPeriod && POST_STAMP.test(s)) memory.period = memory.leadPeriod;
  // "In the second quarter, trade grew 8.2 percent ..." in a half-year or year-to-date release, or "growth slowed in the
  // second half" in a release on the year: the quarter or half is an aside; the next paragraph is the release's period again. A month is not (a monthly
  // release leads with the year to date and then reports the month), unless a paragraph is framed by it (below).
  else if (memory.period && memory.leadPeriod && quarterInside(memory.period, memory.leadPeriod)) memory.period = memory.leadPeriod;
  // "Since its launch in November 2014, the service has run 11,800 trips." then a paragraph on the city's
  // trade: a running total since a launch is an aside too, unless the paragraph points back into it ("Of these, ...").
  else if (memory.period?.running && memory.leadPeriod && memory.leadPeriod.start !== memory.period.start && !INTO_THE_TOTAL.test(s)) memory.period = memory.leadPeriod;
  // "III. Main trading partners" after a paragraph on November in a January-November release: a numbered
  // section of the release reports on the release's period; a month one section named does not carry into the next.
  // Nor does the year to date a monthly release's overview adds ("For January-October, exports reached ..." before "2. Exports
  // by main commodity" in a report on October): the next numbered section is the month's again (a177).
  else if (memory.period && memory.leadPeriod && NUMBERED_HEADING.test(s) && (spanInside(memory.period, memory.leadPeriod) || spanInside(memory.leadPeriod, memory.period))) memory.period = memory.leadPeriod;
  // "In October, fruit imports through the port were ..." as a paragraph of its own in a release on the first ten
  // months: the last month, opened as the paragraph's frame, is an aside; the next paragraph is the lead's span again.
  // (Not when the next paragraph opens on "Monthly ..." or points back to the month: it goes on with the month.)
  else if ((memory.monthParagraph || memory.monthSentence) && memory.period && memory.leadPeriod && memory.period.start === memory.period.end && memory.period.end === memory.leadPeriod.end && spanInside(memory.period, memory.leadPeriod) && !MONTHLY_OPENING.test(s) && !pointsBackToMonth(s)) memory.period = memory.leadPeriod;
  // "Exports in the January-November period totaled ..." as a paragraph of its own in a report on November: the
  // span that ends with the reported month is an aside; the next paragraph is the month's again.
  // ("Annual goods exports were $60.1 billion" as the next paragraph goes on with the year ended that month; so does one
  // that points back to the fiscal year, "providing 41.2 percent of the fiscal-year volume", "in the same fiscal year".)
  else if (memory.period && memory.leadPeriod && endsWithLeadMonth(memory.period, memory.leadPeriod) && !INTO_THE_TOTAL.test(s) && !ANNUAL_OPENING.test(s) && !THE_FISCAL_YEAR_BACK.test(s)) memory.period = memory.leadPeriod;
  // "In April, phone exports picked up 4.8 percent month on month." or "trucks queued at the gate for days in October" with no
  // row, in a report on January-April or January-November: the month is a scene of its paragraph; the next paragraph is the
  // lead's span again (a paragraph opening "Monthly ..." or pointing back to the month goes on with it).
  else if (memory.monthScene && memory.period && memory.leadPeriod && monthInsideSpan(memory.period, memory.leadPeriod) && !MONTHLY_OPENING.test(s) && !pointsBackToMonth(s)) memory.period = memory.leadPeriod;
  // "Exports of rare earths in the first ten months rose 6.5% to 45,780 tons." as a paragraph or bullet of a story on October: one
  // good's running tally is an aside of that good; the next paragraph is the month's again (commodityToDate).
  else if (memory.period && memory.leadPeriod && memory.commodityToDate === memory.period && !INTO_THE_TOTAL.test(s)) memory.period = memory.leadPeriod;
  memory.monthParagraph = opensFramed(s);
  memory.monthSentence = false;
  memory.monthScene = false;
  voiceAfterGraphic(s, memory);
}

// "[FULL SCREEN GRAPHIC]" / "IMPORTS & EXPORTS | DECEMBER 2024" / "EXPORTS 2.44 TRILLION YUAN ▲ 10.9%", then "REPORTER (V/O):
// Exports made up 25.45 trillion yuan of the total": a screen graphic in a broadcast script ("[GRAPHIC]", "GFX:", "SUPER:",
// "[LOWER THIRD: ...]", "ON SCREEN:") is dated by its own heading; the next speaker's label ("REPORTER (V/O):", "ANCHOR:",
// "SOT - SPOKESMAN:") goes back to the voice, which goes on with the period said before the graphic.
const SCREEN_GRAPHIC_CUE = /^\s*(?:\[\s*(?:(?:FULL[- ]SCREEN|OTS|ON[- ]SCREEN)\s+)?(?:GRAPHICS?|GFX|SUPER|LOWER[- ]THIRDS?|CHYRON|FULL[- ]SCREEN|ON[- ]SCREEN|STRAP|ASTON)\b|(?:(?:FULL[- ]SCREEN)\s+)?(?:GRAPHICS?|GFX|SUPER|LOWER[- ]THIRDS?|CHYRON|ON[- ]SCREEN|STRAP)\s*:)/i;
const SPEAKER_LABEL_LINE = /^\s*[A-Z][A-Z\d .'’\/&-]{0,30}(?:\s*\([^()\n]{1,20}\))?\s*:\s*$/;
function voiceAfterGraphic(s: string, memory: ReleaseMemory): void {
  if (SCREEN_GRAPHIC_CUE.test(s)) memory.beforeGraphic = { period: memory.period, section: memory.sectionPeriod };
  else if (memory.beforeGraphic && SPEAKER_LABEL_LINE.test(s)) {
    if (memory.beforeGraphic.period) memory.period = memory.beforeGraphic.period;
    memory.sectionPeriod = memory.beforeGraphic.section;
    memory.beforeGraphic = undefined;
  }
}

/** True when `period` is one month of the longer span `lead`. */
const monthInsideSpan = (period: { start: string; end: string }, lead: { start: string; end: string }): boolean =>
  period.start !== '' && period.start === period.end && lead.start !== lead.end && spanInside(period, lead);

// "June shipments were 512,000 units, ..." or "In June, ..." opening a later sentence of a paragraph on the first half: the
// lead span's last month, opened as that sentence's frame, is an aside that ends with its paragraph, as a paragraph framed by it is.
// So does "Imports in December reached ..." opening a paragraph of a release on the year: the flow noun first, then the month.
// The month may follow an opening that only says what money the figures are counted in ("Counted in U.S. dollars, October
// exports leapt ...", "In dollar terms, June shipments ...", "Measured in yuan, exports in May ..."): a frame of the money, not
// of the time, so the month still opens the sentence.
// (a246) The goods may stand between the month and the flow noun, or before "in" and the month, in one or two words: "December
// corn imports were 1.85 million mt", "June's crude oil arrivals", "Iron ore imports in December reached ..." in a story on the
// year are the same aside of the year's last month.
const MONEY_FRAME_OPENING = String.raw`(?:(?:(?:Expressed|Measured|Calculated|Counted|Valued|Reckoned|Denominated|Converted)\s+in|In)\s+(?:[\w.]+\s+){0,2}?(?:dollars?|yuan|renminbi|RMB|euros?|yen|won|rupees?|ringgit|baht|rubles?|roubles?|pounds?|sterling|terms)\s*,\s*)?`;
const MONTH_NOUN_OPENING = new RegExp(`^\\s*${MONEY_FRAME_OPENING}(?:(?:${MONTH_NAMES})\\.?(?:['’]s)?\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:exports?|imports?|shipments?|sales|arrivals|deliveries|purchases|trade|volumes?)\\b|(?:[A-Z][a-z]+(?:\\s+[a-z]+)?\\s+)?(?:[Ee]xports|[Ii]mports|[Ss]hipments|[Aa]rrivals|[Dd]eliveries|[Pp]urchases)\\s+in\\s+(?:${MONTH_NAMES})\\b(?!\\s*(?:[-–]|to\\b|through\\b|and\\b|till\\b|until\\b)))`);

// "sent 406 trains over the six months, including 48 in June", "with 1.2 million tonnes of it in December alone", "of which
// 310 ran in March": a part of the span's figure dated by its last month is an aside of its sentence, as a sentence opened by
// that month is; the next paragraph is the span's again.
const PART_IN_MONTH = new RegExp(String.raw`\b(?:including|of\s+which|with)\s+(?:(?:about|around|some|nearly|roughly|approximately|over|more\s+than|almost)\s+)?\d[\d.,]*(?:\s+(?:[\w-]+\s+){0,4}?|\s+)(?:(?:came|ran|were|was)\s+)?(?:in|during)\s+(?:${MONTH_NAMES})\b(?!\s*(?:[-–]|to\b|through\b|and\b|till\b|until\b))`, 'i');

// A paragraph framed by one month: "In October, ...", "In November 2026 alone, ...", "For September alone, ...", "For the
// month of March alone, ...", "During the single month of May, ...", "Over June by itself, ...", or
// with no comma when the sentence's own words follow ("In September 2026 exports amounted to ..."), not a longer span's.
// An answer in a transcript may open with its speaker's label ("A: In March, ...", "Lyu Daliang: In March, ...").
// The month as the subject of the paragraph's opening sentence frames it as well ("June was the busiest month.",
// "December saw the sharpest rise.").
// Words that set one month apart from the span around it, as an aside: "October alone", "October itself", "October by
// itself", "October on its own".
const ASIDE_WORD = String.raw`(?:alone|itself|by\s+itself|on\s+its\s+own)`;
// The month as the subject of a verb of being, proving or standing out ("December turned out to be the strongest month",
// "March ended up as the weakest", "May emerged as the busiest", "June stood out", "April became", "October remained", "July
// proved to be", "August again was"), or of seeing and bringing ("December saw", "March brought", "May marked"), or of setting
// and recording a level ("July set a monthly record", "March hit a high", "May recorded 281 trains", "June logged", "April posted").
const MONTH_AS_SUBJECT = String.raw`(?:again\s+|also\s+)?(?:was|saw|brought|proved|marked|turned\s+out|ended\s+up|emerged|stood\s+out|became|remained|set|hit|recorded|registered|logged|posted|witnessed|clocked(?:\s+up)?|chalked\s+up)`;
const MONTH_OPENING = new RegExp(`^\\s*(?:(?:A|Answer|[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){1,2})\\s*:\\s*)?(?:(?:In|For|During|Over)\\s+(?:the\\s+(?:single\\s+)?month\\s+of\\s+)?(?:${MONTH_NAMES})\\.?(?:\\s+\\d{4})?(?:\\s+${ASIDE_WORD})?(?:\\s*,|\\s+(?!(?:and|to|through|till|until|of|or)\\b)(?=[a-z]))|(?:${MONTH_NAMES})(?:\\s+\\d{4})?(?:\\s+${ASIDE_WORD})?\\s+(?:${MONTH_AS_SUBJECT})\\b)`);

// "For 2025 alone, goods trade amounted to ..." after a total over the five years 2021-2025, "In 2024 by itself, ...", "Last year
// on its own saw ...": a year set apart from a longer span opening a paragraph frames it, as a month set apart does; the
// paragraph's next sentences go on with that year.
const YEAR_ALONE_OPENING = new RegExp(String.raw`^\s*(?:(?:In|For|During|Over)\s+)?(?:the\s+(?:single\s+)?year\s+(?:of\s+)?)?(?:(?:19|20)\d\d|[Ll]ast\s+year|[Tt]his\s+year)\s+${ASIDE_WORD}\b`);

/** True when the sentence opens on a month, or a year set apart, that frames its paragraph. */
const opensFramed = (s: string): boolean => MONTH_OPENING.test(s) || YEAR_ALONE_OPENING.test(s);

// A numbered heading on a line of its own, with no figure: "III. Main trading partners", "2) Trade modes".
// The sentence splitter may leave the numeral alone ("II.") when the heading's words start a sentence.
const NUMBERED_HEADING = /^\s*(?:[IVX]{1,5}|\d{1,2})[.)](?:\s+[A-Z][A-Za-z ,'’&-]{2,60})?$/;

/** True when the lead is one month and `span` is a longer span ending with it (the year to date, twelve months). */
function endsWithLeadMonth(span: { start: string; end: string }, lead: { start: string; end: string }): boolean {
  return lead.start !== '' && lead.start === lead.end && span.end === lead.end && span.start !== '' && span.start < lead.start && !span.start.endsWith('-01') && monthsBetween(span.start, span.end) === 12;
}

/** The number of months from `start` to `end` (YYYY-MM), both counted. */
export function monthsBetween(start: string, end: string): number {
  return (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(start.slice(5, 7)) + 1;
}

// "The accumulated deficit for the January-November period reached $42.6 billion.", "Its trade surplus over the first 11 months
// stood at", "South Korea's cumulative shortfall through November came to", "The balance in January-October was": a running
// balance whose span only qualifies the noun opening the sentence (its subject) is an aside in a story on one month, as
// "Year-to-date, the trade surplus stands at ..." is: the next paragraph goes on with the month. (A running flow, "Cumulative
// imports in January-October totalled ...", opens a passage on the span, as does a span framing the sentence, "For the first
// ten months, ...": neither is read here.)
const SUBJECT_NOUN_OF_SPAN = /^\s*(?:(?:The|Its|Their|This\s+year['’]s|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?['’]s?)\s+)?(?:[\w'’-]+\s+){0,3}?(?:deficits?|surplus(?:es)?|balance|gap|shortfall)\s+(?:for|in|over|during|through|across)\s+(?:the\s+)?$/;
/** Whether period `p` only qualifies the noun that opens sentence `s` (SUBJECT_NOUN_OF_SPAN). */
function spanOfOpeningSubject(s: string, p: { start: number }): boolean {
  return p.start < 100 && SUBJECT_NOUN_OF_SPAN.test(s.slice(0, p.start));
}

/** True when `inner` lies inside `outer` and is shorter. */
function spanInside(inner: { start: string; end: string }, outer: { start: string; end: string }): boolean {
  return inner.start !== '' && outer.start <= inner.start && inner.end <= outer.end && (outer.start !== inner.start || outer.end !== inner.end);
}

// "the accumulated deficit", "the cumulative trade surplus", "a combined shortfall", "the running balance", "the shortfall for
// January-October combined", "the surplus, taken together for the ten months": a balance summed over the year to date as a tally
// kept beside the month being reported (a monthly release of a country with a deficit). Tallies of exports or imports ("From
// January to October, cumulative imports were ...") lead on to the year to date's own details, and stay in force.
const BALANCE_NOUN = String.raw`(?:deficits?|surplus(?:es)?|shortfalls?|gaps?|balances?)`;
const BALANCE_TALLY = new RegExp(String.raw`\b(?:accumulated|cumulative|combined|running|aggregate)\s+(?:(?:trade|external|merchandise|goods)\s+)?${BALANCE_NOUN}\b|\b${BALANCE_NOUN}\b[^.;]{0,60}?\b(?:combined|cumulatively|taken\s+together|all\s+told)\b`, 'i');
const BALANCE_TALLY_WORDS = keywords(['accumulated', 'cumulative', 'combined', 'running', 'aggregate', 'together', 'all told'], BALANCE_TALLY);

/** True when `p` is a year to date (January to a later month) whose balance the sentence names as a tally (BALANCE_TALLY). */
function talliedYearToDate(s: string, p: PeriodMention): boolean {
  return isYearToDateSpan({ start: p.periodStart, end: p.periodEnd }) && mentions(s, BALANCE_TALLY_WORDS) && BALANCE_TALLY.test(s);
}

/** A running balance told beside the month a release reports: its span qualifies the subject, or it is summed as a tally. */
function balanceToDateAside(s: string, p: PeriodMention): boolean {
  return spanOfOpeningSubject(s, p) || talliedYearToDate(s, p);
}

/**
 * "Year to date, imports and exports totaled 41.9 billion yuan. During the period, exports ... grew 9.1
 * percent": the period the sentence points back to is the aside's; so is the rest of the aside's paragraph.
 */
export function resumeAside(sentence: Sentence, memory: ReleaseMemory): void {
  if (memory.aside && (memory.aside.paragraph === sentence.paragraph || THE_PERIOD_BACK.test(sentence.norm))) memory.period = memory.aside.period;
  memory.aside = undefined;
  monthPointedBack(sentence.norm, memory);
}

// "46.8 percent of the month's total", "exports in the month rose", "Imports for the month decreased", "over that month": the month the
// report is on, named back.
const THE_MONTH_BACK = /\b(?:the|that)\s+month['’]s\b|\b(?:in|during|for|over|within)\s+(?:the|that)\s+(?:same\s+)?month\b(?!\s+(?:of|in|last|before|earlier|prior|ago|a\s+year))/i;
// "Milk powder led the rise in exports", "Vehicles drove the fall in imports", "Dairy made up most of that increase in goods
// exports": a definite change in a flow, with no period of its own, is the change just reported, so a paragraph opening on it
// goes on with the month that change was of.
const THE_CHANGE_BACK = new RegExp(String.raw`\b(?:the|that|this)\s+(?:${RISE_NOUN}|${FALL_NOUN})s?\s+in\s+(?:[a-z][\w-]*\s+){0,2}?(?:exports|imports|shipments|sales|purchases|trade|deficit|surplus)\b(?!\s+(?:in|during|for|over|since)\s)`, 'i');
/** True when a new paragraph's opening points back to the month reported before it (its name, or the change reported). */
const pointsBackToMonth = (s: string): boolean => THE_MONTH_BACK.test(s) || THE_CHANGE_BACK.test(s);

/**
 * "For the first ten months, exports totalled ..." then "..., 46.8 percent of the month's total" in a report on October:
 * a sentence that names "the month" back after a longer span ending with the report's month is the month's again.
 */
function monthPointedBack(s: string, memory: ReleaseMemory): void {
  const lead = memory.leadPeriod;
  const now = memory.period;
  if (!lead || !now || lead.start !== lead.end || now.end !== lead.end || !(now.start < lead.start) || !s.includes('month')) return;
  if (THE_MONTH_BACK.test(s)) memory.period = { start: lead.start, end: lead.end };
}

/**
 * "rose 2.4% to 512,000 tons, bringing the year's total so far to 5.03 million tons", "totalled 96 tons,
 * taking the January-October tally to 841 tons": the period names the running total the clause goes on to,
 * not the figure before it, which keeps the period in force.
 */
// "The trade city, which opened its first stalls in 1982, now houses ...", "the port, set up in 2013, ...": the date of an event
// (a founding, an opening, a launch) dates that event, not the figures of the next sentences. A running span ("since it
// opened in 2011") is no such date.
// So is when an estimate came out: "from the $696.9 billion estimated at the start of January", "the total first published at the
// end of March".
const EVENT_DATE_BEFORE = /\b(?:opened|founded|established|set\s+up|launched|inaugurated|created|built|completed)\b(?:\s+(?!(?:in|on|at)\b)[\w'’-]+){0,4}?(?:\s+(?:in|on))?\s*$|\b(?:estimated|published|released|announced|reported)\s+(?:at|around|near)\s+the\s+(?:start|beginning|end|turn)\s+of\s*$/i;

// "as lockdowns slowed trucking in late October", "a typhoon shut the ports in mid-September", "by the turn of March the plant
// had reopened", "in the closing days of May the strike ended", "earlier in June the fair drew 30,000 buyers": in a sentence
// with no figure, a loose part of one month (its early, middle or late days) dates an event; no statistics are counted over
// such a part, so the next sentences keep the period in force (a ten-month report stays on its ten months after a paragraph on
// a fair or a lockdown). (A part with exact days, "Nov. 1-20", "the first ten days of", "week ending", can label data.)
const PART_OF_MONTH_BEFORE = /\b(?:early|mid|late)[- ]?\s*$|\b(?:earlier|later)\s+in\s+$|\b(?:start|beginning|middle|turn|(?:closing|final|dying)\s+(?:days|weeks?))\s+of\s+$/i;

// "Hapag-Lloyd added a second weekly service to Asia in October", "the authority opened a new berth in May", "the carrier
// launched a direct route to Rotterdam in March": in a sentence with no figure, a month after an action that creates a service,
// a route or a facility dates that one event; the next sentences keep the period in force (a port's year stays its year).
const NEW_FACILITY_BEFORE = /\b(?:added|launched|opened|inaugurated|introduced|commissioned|unveiled|started|began)\s+(?:(?:a|an|the|its|their|one|two|three|second|third|new|weekly|daily|direct|regular|fortnightly)\s+){1,4}(?:[\w-]+\s+)?(?:services?|routes?|lines?|loops?|berths?|terminals?|links?|calls?|connections?|warehouses?|yards?|facilit(?:y|ies))\b(?:\s+(?!(?:in|on|during)\b)[\w'’-]+){0,4}?\s+in\s*$/i;

// "A bonded logistics zone near Zamyn-Uud began operating in August", "the new terminal went into operation in June", "a second
// bridge was opened to traffic in May", "the cargo lane came into service in September": the same event said with the facility
// as the subject of a verb of starting to work (a238).
const FACILITY_STARTED_BEFORE = /\b(?:services?|routes?|lines?|berths?|terminals?|zones?|parks?|warehouses?|yards?|facilit(?:y|ies)|crossings?|checkpoints?|bridges?|railways?|hubs?|cent(?:re|er)s?|lanes?|corridors?|links?|depots?)\b(?:\s+(?!(?:in|on|during)\b)[\w'’-]+){0,4}?\s+(?:(?:began|started|commenced)\s+(?:operating|operations|work(?:ing)?|running|service)|(?:went|came|was\s+put|were\s+put)\s+into\s+(?:operation|service|use)|entered\s+(?:operation|service)|(?:was|were)\s+(?:opened|commissioned|launched|inaugurated))(?:\s+(?:for\s+business|to\s+(?:traffic|trade)))?\s+in\s*$/i;

/** True when period `p` of a sentence with no figure is a loose part of one month, or the month a service or facility was
 * created (NEW_FACILITY_BEFORE, FACILITY_STARTED_BEFORE): the date of an event, not a period of figures. */
function datesEventInMonth(s: string, p: PeriodMention): boolean {
  if (p.periodStart === '' || p.periodStart !== p.periodEnd) return false;
  const before = s.slice(Math.max(0, p.start - 120), p.start);
  return PART_OF_MONTH_BEFORE.test(before.slice(-30)) || NEW_FACILITY_BEFORE.test(before) || FACILITY_STARTED_BEFORE.test(before);
}

const TOTAL_AFTER_FIGURE = {
  before: /,\s*(?:bringing|taking|lifting|pushing|raising|putting)\s+(?:(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2})?$/i,
  after: /^[^,;.]*?\b(?:total|tally|tonnage)\b/i,
};

// "Chips from Brazil, which started arriving in volume this year, reached 64,000 tonnes": a relative clause set off by commas
// tells about the subject, and a year it names loosely ("this year", "last year") is not the period of a figure outside it.
// (Spans such asides state are the figures' own: "the 2025-26 season, which ran from October to March", "Horgos, which
// opened its railway port in December 2012, has seen ...".)
// "imports, which had risen 1.9% in the first half, were up 1.6% at $1.89 trillion", "Coal, whose shipments fell 8 percent in
// March, still rose 2 percent": an aside with a figure of its own (a number besides its period) states that figure's period,
// not the period of the figures outside it. (A decimal point does not close the aside.)
const RELATIVE_ASIDE = /,\s*(?:which|whose)\b(?:[^,.;()]|(?<=\d)\.(?=\d)){1,100},/g;
const LOOSE_YEAR = /^(?:(?:in|during|for|over)\s+)?(?:this|last)\s+year$/i;

/** The periods but the loose years of ", which ...," asides that the figure at `at` stands outside of, and the periods of their own figures. */
function outsideRelativeAsides(s: string, periods: PeriodMention[], at: number): PeriodMention[] {
  if (!periods.length || !(s.includes('which') || s.includes('whose'))) return periods;
  const asides = [...s.matchAll(RELATIVE_ASIDE)].map((m) => [m.index, m.index + m[0].length] as const).filter(([a, b]) => at < a || at >= b);
  if (!asides.length) return periods;
  const inside = (p: PeriodMention, [a, b]: readonly [number, number]) => p.start >= a && p.end <= b;
  // A figure's own period in an aside is set aside only when a period outside the asides precedes the figure: alone, it is
  // the scene's ("E&E exports, which made up 42.1 per cent of exports in July, were valued at RM58.7 billion").
  const outsideBefore = periods.some((p) => p.end <= at && !asides.some((aside) => inside(p, aside)));
  const owned = (p: PeriodMention, aside: readonly [number, number]) => inside(p, aside) && (LOOSE_YEAR.test(s.slice(p.start, p.end)) || (outsideBefore && /\d/.test(s.slice(aside[0], p.start) + s.slice(p.end, aside[1]))));
  return periods.filter((p) => !asides.some((aside) => owned(p, aside)));
}

/**
 * The period a month named as a base ("down from October's 4,318 tonnes") is placed against: the figure compared with it is
 * stated before the base, so the last usable period before it in the sentence, not a later year the sentence goes on to
 * name ("... and below the 3,993 tonnes of November 2022"); else the figure's own period (`periodFor`).
 */
export function periodBeforeMonthBase(frame: RowFrame, at: number): { start: string; end: string } {
  const before = frame.usablePeriods.findLast((p) => p.end <= at && p.periodEnd !== '' && !frame.brackets.some(([a, b]) => p.start >= a && p.end <= b));
  return before ? { start: before.periodStart, end: before.periodEnd } : periodFor(frame, at);
}

/** The period of a figure at `at`: the nearest usable one the sentence states (outside other brackets), else the release's. */
export function periodFor(frame: RowFrame, at: number): { start: string; end: string } {
  const { brackets, usablePeriods } = frame;
  const bracketed = brackets.length ? usablePeriods.filter((p) => !brackets.some(([a, b]) => p.start >= a && p.end <= b && (at < a || at >= b))) : usablePeriods;
  const visible = outsideRelativeAsides(frame.s, bracketed, at).filter((p) => !(p.start > at && TOTAL_AFTER_FIGURE.before.test(frame.s.slice(at, p.start)) && TOTAL_AFTER_FIGURE.after.test(frame.s.slice(p.start, p.end + 40))));
  const near: PeriodMention | null = nearest(visible, frame.bounds, at);
  const p = near && ((near.end <= at && datesComparedRate(frame.s, near)) || datesRateComparedAfter(frame.s, near, at)) ? nearest(visible.filter((q) => q !== near), frame.bounds, at) : near && near.end <= at ? (ownPeriodAfter(frame.s, visible, at) ?? near) : near;
  // "In the same month, China imported 487,000 t ...; imports over January-October ...": the opening dates
  // the figures before the sentence's own period.
  const opening = p === null || p.start > at ? sameMonthOpening(frame.s, frame.memory.period) : null;
  if (opening) return opening;
  if (p && (pointsBackPastOtherPeriods(frame, at) || pointsBackInOwnClause(frame, at))) return frame.memory.period!;
  if (p && !opensLaterClause(frame.s, p, at) && !datesPartAfter(frame, p, at)) return { start: p.periodStart, end: p.periodEnd };
  return frame.periodAfterBase ?? monthAfterBase(frame) ?? sameMonthOfYearBefore(frame.s, frame.periods, frame.memory.period) ?? annualInForce(frame, at) ?? monthlyInForce(frame, at) ?? valuePointedBack(frame) ?? frame.memory.period ?? frame.memory.reviewPeriod ?? { start: '', end: '' };
}

// "Soybean imports reached 83.91 million tonnes, up 2.7 percent, with December shipments of 9.12 million tonnes", "..., including
// 9.12 million tonnes in December", "..., with 9.12 million tonnes arriving in December", "..., of which 1.1 million tonnes came in
// the month of December": a month of the span in force told after "with", "including" or "of which" dates the part that clause
// gives; the figure before it goes on with the span, and so do the next sentences.
const PART_CLAUSE_BEFORE_MONTH = /,\s*(?:with|including|of\s+which)\s+(?:(?:the|its|their)\s+)?(?:[^\s\d,;]{0,4}\s?\d[\d.,]*\s*(?:[A-Za-z'’-]+\s+){0,4}?(?:in|during)\s+(?:the\s+(?:month\s+of\s+)?)?)?$/i;

/** True when month `p`, inside the span in force `now`, opens or ends a part clause (PART_CLAUSE_BEFORE_MONTH) after `from`. */
function datesPartClause(s: string, p: PeriodMention, from: number, now: ReleaseMemory['period']): boolean {
  return p.periodStart !== '' && p.periodStart === p.periodEnd && !!now && spanInside({ start: p.periodStart, end: p.periodEnd }, now) && PART_CLAUSE_BEFORE_MONTH.test(s.slice(from, p.start));
}

/** True when month `p`, after the figure at `at`, dates only a part clause told after it (datesPartClause). */
const datesPartAfter = ({ s, memory }: RowFrame, p: PeriodMention, at: number): boolean => p.start > at && datesPartClause(s, p, at, memory.period);

// "Compared with the first two months of 2025, when the port handled 44,700 TEUs, ...", "In 2019, when exports came to ...",
// "against the same period last year, when it moved ...": a figure in a "when" clause right after a period (a base of comparison
// too) is that period's; the clause holds no comma and no other number before the figure ("Since March 2013, when the line
// opened, the hub has run 5,000 trips": a figure after the clause is not in it; a111).
const WHEN_AFTER_PERIOD = /^\s*,?\s+when\s+[^.;,\d]{1,80}$/;

/** The period a "when" clause opens right after, for a figure at `at` inside that clause; null when none. */
export function periodOfWhenClause({ s, periods }: RowFrame, at: number): { start: string; end: string } | null {
  if (!s.includes(' when ')) return null;
  const p = periods.findLast((x) => x.end <= at && at - x.end <= 100);
  return p && (p.kind === 'period' || p.kind === 'base') && p.periodStart !== '' && WHEN_AFTER_PERIOD.test(s.slice(p.end, at)) ? { start: p.periodStart, end: p.periodEnd } : null;
}

// "Their value was ...", "Its value rose 4% to ...", "They were worth ...": a sentence that opens on the worth of what the
// sentence before counted.
const VALUE_POINTED_BACK = /^\s*(?:(?:Their|Its)\s+(?:combined\s+|total\s+)?value\s|(?:They|These|Those)\s+(?:[a-z]+\s+)?were\s+worth\s)/;

/**
 * "Shipments in October alone were 8.26 million tonnes. Their value was $812 million.": a sentence with no period of its own
 * that gives the worth of the quantity just reported is of that quantity's period, though a month set apart with "alone" is
 * not carried on to other sentences.
 */
function valuePointedBack({ s, memory }: RowFrame): { start: string; end: string } | null {
  const last = memory.previousLevels?.at(-1);
  return last && last.period_start !== '' && last.measure === 'quantity' && VALUE_POINTED_BACK.test(s) ? { start: last.period_start, end: last.period_end } : null;
}

// "Annual exports $143.8 billion" (a subhead), "annual goods exports were $71 billion": a flow said to be annual, right before
// its amount.
const ANNUAL_FLOW_BEFORE = /\bannual\s+(?:[\w-]+\s+)?(?:exports|imports|trade|deficit|surplus|balance)\s+(?:(?:was|were|reached|totall?ed|amounted\s+to|stood\s+at|of|at)\s+)?(?:[^\s\d]{0,4}\s?)?$/i;

/**
 * "Exports decreased by 7.9% in December ..." then the subhead "Annual exports $143.8 billion": an annual figure with no period
 * of its own is of the twelve months that end where the period in force ends (the calendar year after a December, the year
 * ended in that month after another month).
 */
function annualInForce({ s, memory }: RowFrame, at: number): { start: string; end: string } | null {
  const last = memory.period;
  if (!last || last.end === '' || !ANNUAL_FLOW_BEFORE.test(s.slice(Math.max(0, at - 60), at))) return null;
  return { start: shift(last.end, -11), end: last.end };
}

// "Soybean imports climbed to 11.2 million tonnes, the second-highest monthly figure on record", "..., a monthly record", "...,
// the biggest monthly volume since 2021", "..., the most for any single month": an amount set beside the months' records is
// one month's.
const MONTHLY_AFTER = /^\s*,\s*(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?monthly\s+(?:figure|total|level|volume|record|tally|amount|intake|haul|high|low|reading|value)\b|(?:the\s+)?(?:most|highest|largest|biggest|lowest|smallest|least)\s+(?:for|in)\s+(?:any|a)\s+(?:single\s+)?month\b)/i;

// "The monthly trade surplus came in at $111.7 billion", "Monthly exports reached ...", "its monthly deficit narrowed to": a
// figure whose subject is named monthly, with no period of its own, while a span of months is in force, is of the month that
// span ends in (the one month a monthly figure can be). An average over months ("average monthly exports of") is no month's.
const MONTHLY_SUBJECT_BEFORE = /(?<!\b(?:average|mean|typical)\s+)\bmonthly\s+(?:[\w-]+\s+){0,2}?(?:deficit|surplus|balance|gap|exports?|imports?|shipments|arrivals|total)\b[^.;]*$/i;

/**
 * A monthly figure with no period of its own ("..., the second-highest monthly figure on record") after a span of months in
 * force is of the month that span ends in, the release's month.
 */
function monthlyInForce({ s, memory }: RowFrame, at: number): { start: string; end: string } | null {
  const last = memory.period;
  if (!last || last.end === '' || last.start === last.end) return null;
  if (MONTHLY_SUBJECT_BEFORE.test(s.slice(Math.max(0, at - 120), at))) return { start: last.end, end: last.end };
  if (!s.includes('month', at)) return null;
  const end = s.indexOf(', ', at);
  return end >= 0 && end - at <= 40 && MONTHLY_AFTER.test(s.slice(end, end + 90)) ? { start: last.end, end: last.end } : null;
}

// "Copper concentrate imports also grew, to 820,000 tonnes, and in November alone 3.6 million tonnes of coal arrived": a
// period opening the clause after the figure's ("..., and in November alone ...") dates that clause's figures, not the one
// before it, which goes on with the release's period. So does one after the later clause's subject ("Beef imports were
// 243,000 tonnes, down 6.8 percent, while grain imports in the January-October period totaled ...").
const LATER_CLAUSE_OPENING = /(?:,\s*(?:and|while|but|whereas)|;)\s+(?:[A-Za-z'’-]+\s+){0,4}?(?:(?:in|during|for|over)\s+)?(?:the\s+)?$/i;

// "Durian imports reached 86,000 tonnes, while wholesale prices of the fruit fell to about 28 yuan per kilogram in July": a
// later clause about prices, which are no rows, takes the period it ends on with it; the figure before it goes on with the
// release's period.
// (a239: premiums and freight costs are prices too: "China has taken 80 percent of Brazil's soybean shipments, and premiums
// paid for Brazilian cargoes at the port of Paranagua have climbed", "..., while freight rates from Qinzhou rose"; a place such
// a clause names is no place of the figure before it either, place-choice.ts.)
const PRICE_CLAUSE_OPENING = /(?:,\s*(?:and|while|but|whereas)|;)\s+(?:[A-Za-z'’-]+\s+){0,3}?(?:prices?|premiums?|(?:freight|shipping|transport)\s+(?:rates?|costs?|charges))\b/i;
const LATER_PRICE_CLAUSE = new RegExp(String.raw`${PRICE_CLAUSE_OPENING.source}[^;,]*$`, 'i');
const PRICE_WORD = /price|premium|rate|cost|charge/i;

/** Where a later clause about prices opens in `s` between `from` and `to` (PRICE_CLAUSE_OPENING), else `to`. */
export function priceClauseCut(s: string, from: number, to: number): number {
  const gap = s.slice(from, to);
  const m = PRICE_WORD.test(gap) ? PRICE_CLAUSE_OPENING.exec(gap) : null;
  return m ? from + m.index : to;
}

/** True when the words before period `p` (from `from` on) are a later clause about prices that `p` ends. */
function endsPriceClause(s: string, p: PeriodMention, from: number): boolean {
  const gap = s.slice(from, p.start);
  return PRICE_WORD.test(gap) && LATER_PRICE_CLAUSE.test(gap);
}

// "The export of farm goods was 23.6 hundred million yuan, up 19.2%, while it was 19.8 hundred million yuan in the first half
// of 2023", "imports came to $4.1 billion, against which they had been $3.6 billion in 2024": a later clause whose subject
// points back to the figure's quantity ("it", "they", "the figure") and gives it an amount at a period is that quantity's
// base, dated; the period is the base's, not the figure's. (Checked only when a pronoun of the kind is in the gap.)
// "Exports exceeded imports by X, whereas the positive balance had been Y in the first half of 2020": the subject may name the
// quantity back by its kind (a balance, surplus or deficit, a turnover), with a word of its sign or trade.
const POINTED_BACK = String.raw`(?:it|they|this|that|the\s+(?:(?:positive|negative|trade|foreign|external)\s+){0,2}(?:figure|value|amount|total|number|volume|balance|surplus|deficit|shortfall|gap|turnover|tally))`;
const RESTATED_AT_ANOTHER_PERIOD = new RegExp(String.raw`(?:,\s*(?:and|while|but|whereas|against\s+which|compared\s+with\s+which)|;)\s+${POINTED_BACK}\s+(?:(?:had\s+been|has\s+been|was|were|is|are|stood\s+at|came\s+to|amounted\s+to|totall?ed|reached)\s+){1,2}(?:(?:about|around|nearly|some|only|just)\s+)?(?:[A-Z]{0,3}\$|[€£¥]|RMB|US\$)?\s?\d[\d.,]*\s*(?:[A-Za-z%'’-]+\s+){0,5}?(?:in|during|for|over)\s+(?:the\s+)?$`, 'i');
const POINTING_SUBJECT = new RegExp(String.raw`\b${POINTED_BACK}\s+(?:had|has|was|were|is|are|stood|came|amounted|totall?ed|reached)\b`, 'i');

// "The section ran 2,576 trains, while the cumulative count since its start in March 2011 passed 15,000", "... 850 trains, with
// the total since the line opened in 2019 reaching 6,400": a running total since a launch told in a later clause of its
// own (a subject after the joining word, not a figure of a list) is that clause's; the figure before goes on with its period.
// So is an undated span there (", and officials said 11 new routes had been opened since 2020").
const LATER_CLAUSE_AT = /(?:,\s*(?:and|but|with)|;|(?:,\s*|\s)(?:while|whilst|whereas))\s+(?![\d$€£¥])/i;

// "Sichuan reported trade of 951.4 billion yuan, up 17.6%, and officials said the province is on course to pass one trillion yuan
// this year", "..., and the city aims to top 1 trillion yuan in 2022", "...; officials expect growth to slow next year", "...,
// while exporters hope orders will pick up this year": a later clause of what someone expects, aims at or plans holds its own
// time; the period it ends on dates that intention, not the figure before it (a235).
// (a242) The later clause may be a dash's aside or a noun of the figure with a relative clause, and the intention a thing
// "going to", "bound to" or "likely to" happen: "was $104.6 bn — a number that is going to get a lot of attention in Washington
// this year", "$104.6 bn, a figure that will draw scrutiny this year", "– a gap Washington is bound to target in 2025".
const LATER_CLAUSE_JOINT = /(?:,\s*(?:and|but|while|whereas)|;|\s[—–-]{1,2}|,\s*(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:number|figure|sum|amount|level|gap|total|surplus|deficit)\s+(?:that|which))\s+/gi;
const AIM_WORDS = /\b(?:on\s+(?:course|track|target)|set\s+to|expects?|expected|aims?|aiming|plans?|planning|hopes?|hoping|targets?|targeting|will|would|(?:is|are)\s+likely|likely\s+to|(?:going|bound)\s+to|forecasts?|projects?|projected|predicts?|intends?)\b/i;

/** True when the text from a figure to a period after it ends in a later clause of intention (LATER_CLAUSE_JOINT, then AIM_WORDS). */
function endsAimClause(gap: string): boolean {
  let rest: string | null = null;
  LATER_CLAUSE_JOINT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LATER_CLAUSE_JOINT.exec(gap)) !== null; ) rest = gap.slice(m.index + m[0].length);
  return rest !== null && AIM_WORDS.test(rest);
}

/** True when period `p`, after the figure at `at`, opens a later clause of the sentence, ends one about prices or intentions, or dates a base restated in one. */
function opensLaterClause(s: string, p: PeriodMention, at: number): boolean {
  if (p.start <= at) return false;
  const gap = s.slice(at, p.start);
  if ((p.running === true || (p.periodStart === '' && p.periodEnd === '')) && LATER_CLAUSE_AT.test(gap)) return true;
  return LATER_CLAUSE_OPENING.test(gap) || endsPriceClause(s, p, at) || endsAimClause(gap) || (POINTING_SUBJECT.test(gap) && RESTATED_AT_ANOTHER_PERIOD.test(gap));
}

// "178,000 TEUs of goods in November and about 1.87 million TEUs in the January-November period": the amount, its unit
// and goods, then "in" a period: that period is the amount's own, though another one before it is nearer.
// So is "2.53 million tonnes in March and 7.46 million tonnes over the quarter", "... and to 2.61 million tonnes over the five
// months": a span whose mention holds its own preposition; the amount may carry its currency sign ("NZ$9.8 billion in the
// 2023 calendar year").
const OWN_PERIOD_GAP = /^(?:[A-Z]{0,3}\$|[€£¥])?\s?[\d.,]+\s*(?:(?!(?:and|or|from|than|against|versus|since|after|before|to|compared|up|down)\b)[A-Za-z%'’-]+\s+){0,5}?(?:in|during|for|over|across|throughout)\s+(?:the\s+)?$/;

// A span read with its own preposition and "the" ("over the quarter", "during the five months", "for the year") starts at
// that word (a bare year, "in 2023", is left: "the high of 3.41 million tons set in 2023" is no amount of that year).
const SPAN_PREPOSITION = /^(?:in|during|for|over|across|throughout)\s+the\s+/i;

// "17.8 million tonnes in 2021, ... 18.6 million tonnes in 2023 and 20.4 million tonnes in 2024", "climbed to 43.7 trillion
// yuan in 2024 and to 45.2 trillion yuan last year": in a list of years each amount keeps the year written right after it
// (its unit and goods words between, no participle: "the high of 3.41 million tons set in 2023" dates the high only).
const OWN_YEAR_AFTER = {
  mention: /^(?:(?:in|during|for|over|throughout)\s+)?(?:(?:19|20)\d\d|(?:last|this)\s+year)$|^(?:(?:a|one)\s+year\s+(?:later|on)|the\s+following\s+year)$/i,
  gap: /^(?:[A-Z]{0,3}\$|[€£¥])?\s?[\d.,]+\s*(?:(?!(?:and|or|from|than|against|versus|since|after|before|to|compared|up|down|set|hit|seen|made|[a-z]+ed)\b)[A-Za-z%'’-]+\s+){0,5}?$/,
};

// "... this year, and 62,400 in all since its first service in 2011", "5,100 altogether since it opened": a bare count right
// before a since-launch phrase ("in total", "in all", "altogether", "all told" between) is that running total.
const RUNNING_TOTAL_GAP = /^[\d.,]+\s+(?:(?:in\s+total|in\s+all|altogether|all\s+told|cumulatively)\s+)?$/i;

/** A period right after the amount at `at`, past only its unit and goods words and "in", as its own period; null when none. */
function ownPeriodAfter(s: string, periods: PeriodMention[], at: number): PeriodMention | null {
  const q = periods.find((x) => x.start > at && x.start - at <= 60);
  if (!q) return null;
  if (OWN_PERIOD_GAP.test(s.slice(at, q.start) + (SPAN_PREPOSITION.exec(s.slice(q.start, q.end))?.[0] ?? ''))) return q;
  if (q.running === true && RUNNING_TOTAL_GAP.test(s.slice(at, q.start))) return q;
  return OWN_YEAR_AFTER.mention.test(s.slice(q.start, q.end)) && OWN_YEAR_AFTER.gap.test(s.slice(at, q.start)) ? q : null;
}

// "well below the 11.6 percent rise in October", "above the 3.1% gain in May", "after a 2.4 percent fall in March": the
// month dates the rate the figure before it is set against.
// ("more than 12 percent in the first 20 days": "than" of an amount's bound compares no rate.)
const COMPARED_RATE_BEFORE = new RegExp(String.raw`\b(?:below|above|short\s+of|under|over|after|following|reversing|versus|compared\s+(?:with|to)|(?<!\b(?:more|less|fewer|better|worse|other|rather)\s)than|${OUTRUN})\s+(?:the\s+|a\s+|an\s+)?(?:revised\s+)?[+-]?\d[\d.,]*\s*(?:%|percent|per\s+cent|pc|pct)(?:\s+[\w-]+){0,3}?\s+(?:in|for|during)\s+(?:the\s+)?$`, 'i');

/**
 * "exports edged up 2.9 percent in November to 179.4 billion dollars, well below the 11.6 percent rise in October, while
 * imports were flat at 159.8 billion dollars": a period that dates a compared rate dates that rate only, not the figures
 * after it (they go on with the sentence's period before it, else the release's).
 */
function datesComparedRate(s: string, p: PeriodMention): boolean {
  const before = s.slice(Math.max(0, p.start - 90), p.start);
  return (before.includes('%') || before.includes('per')) && COMPARED_RATE_BEFORE.test(before);
}

/**
 * "Imports dropped 3.9% to $214.87 billion, a steeper fall than the 2.3% decline in October", "shipments reached 1.2 million
 * tonnes, well above the 4% gain in May": a period after the figure that dates a rate the figure is set against, the whole
 * comparison written after the figure, dates that rate only (the rate itself keeps it: nothing compares it after its start).
 */
function datesRateComparedAfter(s: string, p: PeriodMention, at: number): boolean {
  return p.start > at && datesComparedRate(s, p) && COMPARED_RATE_BEFORE.test(s.slice(Math.max(at, p.start - 90), p.start));
}

/**
 * "since 2025 part of the pollock has been reprocessed in South Korea; exports to South Korea over the period rose 17%":
 * a figure whose part of the sentence (up to its semicolons) points back with "over the period", and names no period of
 * its own, goes on with the period stated last, not with a period of another part.
 */
function pointsBackPastOtherPeriods(frame: RowFrame, at: number): boolean {
  const { s, usablePeriods, memory } = frame;
  if (!memory.period || memory.period.start === '') return false;
  const lo = s.lastIndexOf(';', at) + 1;
  const hi = s.indexOf(';', at) < 0 ? s.length : s.indexOf(';', at);
  return mentions(s, PERIOD_WORDS, lo, hi) && THE_PERIOD_BACK.test(s.slice(lo, hi)) && !usablePeriods.some((q) => q.start >= lo && q.end <= hi);
}

// "made 3,910 trips in the period, ... and 452 ran in September", "Over those months the line carried 1.2 million tonnes, while
// June alone saw ...", "handled 880 trains during that span; in May it ran 160": "the period", "that span", "those months" in
// the figure's own clause (up to a comma or semicolon) point back to the period stated last, even when a later clause of the
// sentence names a month of its own ("the period of the survey", "in the same period last year" are not).
const OWN_CLAUSE_PERIOD_BACK = /\b(?:during|in|over|for|within|across|throughout)\s+(?:the\s+same|the|that|this|those|these)\s+(?:period|months|span|stretch)\b(?!\s+(?:of|in|last|a\s+year|the\s+previous|a\s+year\s+earlier))/i;
const OWN_CLAUSE_PERIOD_WORDS = keywords(['period', 'months', 'span', 'stretch'], OWN_CLAUSE_PERIOD_BACK);

/** A comma or semicolon that ends a clause (not the comma inside "3,910"). */
const clauseStop = (s: string, i: number): boolean => s[i] === ';' || (s[i] === ',' && !(isDigitAt(s, i - 1) && isDigitAt(s, i + 1)));

const OPENING_PERIOD_BACK = new RegExp(String.raw`^\s*${OWN_CLAUSE_PERIOD_BACK.source}\s*$`, 'i');
const clauseStart = (s: string, at: number): number => {
  let lo = at;
  while (lo > 0 && !clauseStop(s, lo - 1)) lo--;
  return lo;
};

/** A figure whose own clause points back to "the period" and that no period of the sentence precedes. */
function pointsBackInOwnClause(frame: RowFrame, at: number): boolean {
  const { s, usablePeriods, memory } = frame;
  if (!memory.period || memory.period.start === '' || usablePeriods.some((q) => q.start < at)) return false;
  let lo = clauseStart(s, at);
  // "Across the same period, the line carried ...": an opening phrase set off by its comma is the next clause's.
  if (lo > 0 && OPENING_PERIOD_BACK.test(s.slice(clauseStart(s, lo - 1), lo - 1))) lo = clauseStart(s, lo - 1);
  let hi = at;
  while (hi < s.length && !clauseStop(s, hi)) hi++;
  return mentions(s, OWN_CLAUSE_PERIOD_WORDS, lo, hi) && OWN_CLAUSE_PERIOD_BACK.test(s.slice(lo, hi)) && !usablePeriods.some((q) => q.start >= lo && q.end <= hi);
}

// "than in the same month of 2025": the base is one month of that year.
const SAME_MONTH_BEFORE = /\b(?:same|corresponding)\s+month\s+$/i;

/**
 * "Exports amounted to $6.3 billion, 3.5 percent higher than in the same month of 2025": a sentence with no
 * period of its own, compared with the same month a year before the last span's final month, reports on that
 * final month alone (a span of twelve months is not compared with one month).
 */
export function sameMonthOfYearBefore(s: string, periods: PeriodMention[], last: ReleaseMemory['period']): { start: string; end: string } | null {
  if (!last || last.start === last.end || periods.some((p) => p.kind === 'period')) return null;
  const year = String(Number(last.end.slice(0, 4)) - 1);
  const base = periods.some((p) => p.kind === 'base' && p.periodStart.startsWith(year) && SAME_MONTH_BEFORE.test(s.slice(Math.max(0, p.start - 30), p.start)));
  return base || namedMonthOfYearBefore(s, periods, last.end) ? { start: last.end, end: last.end } : null;
}

// "14.5 percent more than in August 2018", "higher than during July last year", "below the level of March 2025": a comparative's base.
const THAN_BASE_BEFORE = /\b(?:than|below|above)\s+(?:(?:in|during|for|at)\s+)?(?:(?:the\s+)?(?:level|figure|volume|total|amount)\s+(?:of|in|for)\s+)?(?:the\s+month\s+of\s+)?$/i;

/** A comparative whose base names the span's final month a year before, after a January–August span: the figure is that month's, one month alone. */
function namedMonthOfYearBefore(s: string, periods: PeriodMention[], end: string): boolean {
  const month = shift(end, -12);
  return periods.some((p) => p.kind === 'base' && p.periodStart === month && p.periodEnd === month && THAN_BASE_BEFORE.test(s.slice(Math.max(0, p.start - 50), p.start)));
}

/**
 * "In January to September, exports rose ... Seasonally adjusted, exports fell 1.3% compared with August":
 * ("... swung to a deficit of 402.3 billion yen from a surplus of 52.8 billion yen in September" after a
 * January–October paragraph: the deficit is October's.)
 * a sentence with no period of its own that compares with the month before the last span's final month
 * reports on that final month alone (a span is not compared with one month).
 */
function monthAfterBase(frame: RowFrame): { start: string; end: string } | null {
  const { periods, usablePeriods, memory } = frame;
  const last = memory.period;
  if (!last || last.start === last.end || periods.some((p) => p.kind === 'period' && usablePeriods.includes(p))) return null;
  const previous = shift(last.end, -1);
  // "swung to a deficit of X from a surplus of Y in September": a month that only dates the base amount is the base too.
  const monthBase = periods.some((p) => (p.kind === 'base' || p.kind === 'period') && p.periodStart === previous && p.periodEnd === previous);
  return monthBase ? { start: last.end, end: last.end } : null;
}

// "In the same month, China imported ...": the month just reported on, not a base (no year follows).
const SAME_MONTH_OPENING = /^\s*(?:In|During|For)\s+the\s+same\s+month\s*,/;

/**
 * A sentence opening "In the same month," goes on with the month last reported on: the last period stated,
 * or the final month of that span ("From January to October ... In the same month, ..." is October).
 */
function sameMonthOpening(s: string, last: ReleaseMemory['period']): { start: string; end: string } | null {
  // (Case-sensitive: the sentence's first character past spaces is the "I", "D" or "F" of its opening word.)
  if (!last || !'IDF'.includes(s[firstNonSpace(s, 0)] ?? '\n') || !SAME_MONTH_OPENING.test(s)) return null;
  return { start: last.end, end: last.end };
}

/** The sentence's own period (its first one stated), else the one the release goes on with. */
export function sentencePeriod(periods: PeriodMention[], memory: ReleaseMemory): { start: string; end: string } | null {
  const own = periods.find((p) => p.kind === 'period' && p.periodStart !== '');
  return own ? { start: own.periodStart, end: own.periodEnd } : memory.period;
}

/** The bases of changes that only the figure's period can settle: a year before it, or another period. */
export function settleBasesByPeriod(frame: RowFrame): void {
  const { s, periods, readings } = frame;
  // "a 32% increase from May 2025" in a June report is month-on-month; "60% from June 2024" is year-on-year;
  // so is a base opening the sentence ("Compared with September 2026, exports increased 3.1 per cent").
  // "Compared with October 2025, exports were down 2.4 per cent" in a release that compares with the month
  // before: a base the year before the figure's month makes the change year-on-year after all.
  let againstPeriodBefore = false;
  const otherBase = new Set<Reading>();
  for (const r of readings) {
    if (r.role !== 'growth' || r.earlier) continue;
    // "down 3.2 percent from the previous month but up 15.1 percent from November 2024": a change set apart from the
    // month-on-month one before it whose own dated base is the year before is year-on-year after all.
    if (!r.yoy && !frame.memory.previousMonthRelease) {
      const own = periodFor(frame, r.figure.start);
      // ("Compared with September, that is up 3.1 percent, and compared with October last year, up 5.87 percent": so is one
      // after a later clause's own base, comparisons.ts clauseBaseIsYearBefore.)
      if (yearBeforeBase(s, r.figure.end, periods, own ?? { start: '', end: '' }) === true || clauseBaseIsYearBefore(s, r.figure.end, periods, own) === true) r.yoy = true;
      // "up 6.2% from July", "Compared with October, November's exports were 4.4 percent higher": a change the words
      // already made sequential against the period just before, named, is what "the same month" after it points back at
      // (read-figures.ts settleBases; a174).
      else if (own !== null && namedBaseVerdict(s, periods, own, r.figure.end) === false && namesPeriodJustBefore(periods, own)) frame.memory.namedMonthBeforeParagraph = frame.sentence.paragraph;
      continue;
    }
    const period = periodFor(frame, r.figure.start);
    const verdict = namedBaseVerdict(s, periods, period, r.figure.end);
    if (verdict !== null) r.yoy = verdict;
    if (verdict === false) otherBase.add(r);
    againstPeriodBefore ||= verdict === false && period !== null && namesPeriodJustBefore(periods, period);
  }
  // "Exports to the United States declined by 5.2% to €11.9 billion compared with September 2026. Exports to China fell
  // 3.4% ...": a sentence whose changes are all against the period just before, named, sets the basis of the rest of its
  // paragraph, as a month-on-month or seasonally adjusted comparison does (read-figures.ts `settleBases`).
  if (againstPeriodBefore && !readings.some((r) => r.role === 'growth' && r.yoy)) frame.memory.sequentialParagraph = frame.sentence.paragraph;
  // "..., while imports were 1.2% lower": the second flow's change shares the other base.
  shareMonthOnMonthBasis(s, readings, otherBase);
  // "₦39.12 trillion in the third quarter, 8.4 per cent higher than the ₦36.09 trillion recorded in the second
  // quarter and 27.3 per cent above the value in the corresponding quarter of 2025": when the level's change
  // proves to be against another period, the change after it against the year before is the level's.
  for (const g of readings) {
    if (g.role !== 'growth' || g.yoy || !g.level) continue;
    const o = readings.find((r) => r.role === 'growth' && r.yoy && !r.level && r.figure.start > g.figure.end && r.figure.start - g.figure.end <= 120 && !/;|\.\s/.test(s.slice(g.figure.end, r.figure.start)));
    if (!o || yearBeforeBase(s, o.figure.end, periods, periodFor(frame, o.figure.start)) !== true) continue;
    link(g.level, o);
    g.level = null;
  }
}

/** True when the sentence names the period of the same length that ends just before `period` starts (September before October). */
function namesPeriodJustBefore(periods: PeriodMention[], period: { start: string; end: string }): boolean {
  const months = monthsSpanned(period);
  return periods.some((p) => p.periodStart !== '' && p.periodEnd === shift(period.start, -1) && monthsSpanned({ start: p.periodStart, end: p.periodEnd }) === months);
}

/**
 * A period in round brackets that ends before the release's lead period begins: an earlier level given in passing.
 * Before the release has a lead period (its first figures, a summary's bullets), a bracket that holds an amount with its
 * period right after a figure ("Imports: US$ 71.9 million (October 2025: US$ 66.2 million)") is such a level too.
 */
function bracketedEarlier(frame: RowFrame, p: PeriodMention, lead: { start: string; end: string } | undefined): boolean {
  if (p.periodEnd === '' || (lead && p.periodEnd >= lead.start)) return false;
  const bracket = frame.brackets.find(([a, b]) => p.start >= a && p.end <= b);
  if (!bracket || lead) return bracket !== undefined;
  const [a, b] = bracket;
  return /\d/.test(frame.s.slice(a, p.start) + frame.s.slice(p.end, b)) && frame.readings.some((r) => r.figure.kind === 'level' && r.figure.end <= a && !/[.;]/.test(frame.s.slice(r.figure.end, a)));
}

// '"In 2019, the port handled only 3.2 million tonnes," said the director.', 'Li recalled that trade was worth just 45 million
// dollars in 2005.': an earlier period a speaker names inside quotation marks, or in a recollection, dates the speaker's
// figure only; the reporter's next sentences go on with the release's own period.
const RECALLED = /\b(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|back\s+in|(?:years|decades)\s+ago)\b/i;

/** True when the period lies inside a quotation in the sentence, or the sentence recalls the past. */
function quotedOrRecalled(s: string, p: PeriodMention): boolean {
  if (RECALLED.test(s)) return true;
  const opens = [...s.slice(0, p.start).matchAll(/["“”]/g)].length;
  return opens % 2 === 1 && /["“”]/.test(s.slice(p.end));
}

// "The previous record was set in 2019, when 15.8 million tonnes came in": the year of a record the figures beat is an aside too.
// A revision in any of its wordings: "revised", "raised / lowered / cut / lifted / trimmed / marked up its reading for August
// exports", "upgraded its estimate", "the corrected figure", "now stands at" (after a verb of changing the data).
const REVISED_READING = String.raw`(?:raised|lowered|lifted|cut|trimmed|marked\s+(?:up|down)|nudged\s+(?:up|down)|bumped\s+up|pared|upgraded|downgraded|adjusted|corrected|amended|restated|updated)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:reading|estimate|figure|tally|number|count|data|print)s?|\b(?:corrected|amended|restated|upgraded|downgraded)\s+(?:[\w-]+\s+)?(?:figure|reading|estimate|value|data)`;
const EARLIER_ASIDE = new RegExp(String.raw`\b(?:${REVISED_READING}|revised|revision|last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|(?:initially|originally|previously)\s+reported|(?:previous|prior|former|old)\s+(?:annual\s+)?(?:record|high|peak))\b`, 'i');
// (a241) "That deficit is less than half that of 2022, when it reached $15.6 billion.", "roughly double 2016, when the shortfall
// stood at", "well below the level of 2019, when exports came to", "compared with 2021, when the port handled": a year set
// beside the figures and given its own amount in a "when" clause is an aside too; the next sentences (a table of partners
// under its heading) go on with the release's period.
const WHEN_CLAUSE_BASE_ASIDE = /(?:\bthan|\b(?:that|those|the\s+level|the\s+figure|the\s+total)\s+of|\bdouble|\btwice|\btriple|\bhalf|\bcompar(?:ed|es?)\s+(?:with|to)|\bagainst|\bversus|\bfrom|\b(?:above|below))\s+(?:(?:in|during)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:19|20)\d\d\s*,\s+when\b/i;

// "The August turnover, first published on 15 September, has been revised to US$ 11.6 billion", "June's exports were revised
// down to", "a revision put the first quarter at": a level revised (a verb or noun of revising) dated by a shorter part of
// the release's own span is an aside of the report on that span, as an earlier period's revised level is: the sentences after
// it go on with the span in force.
const REVISED_LEVEL = /\b(?:revised|revising|revision|restated|corrected)\b/i;
const revisedPart = (s: string, p: PeriodMention, lead: { start: string; end: string }): boolean =>
  spanInside({ start: p.periodStart, end: p.periodEnd }, lead) && REVISED_LEVEL.test(s);

/**
 * True when a period is the same months as the lead period in an earlier year: one year before, or more
 * ("still below the US$5.12 billion recorded in the first seven months of 2008" in a report on January-July 2010).
 */
function sameMonthsEarlier(p: PeriodMention, lead: { start: string; end: string }): boolean {
  const years = Number(lead.start.slice(0, 4)) - Number(p.periodStart.slice(0, 4));
  const back = (ym: string) => `${Number(ym.slice(0, 4)) - years}${ym.slice(4)}`;
  return years >= 1 && p.periodStart === back(lead.start) && p.periodEnd === back(lead.end);
}

// "By way of comparison, total trade stood at 32.16 trillion yuan in 2020", "For reference: in 2019 the turnover was 97.8 billion",
// "In comparison, exports were ... in 2018", "For context, the port handled ... in 2015", "By contrast, in 2016 ...", "Looking
// back, ...", "As recently as 2020, ...", "To put that in perspective, ...": an earlier period's level set beside the figures
// for comparison, the sentence opening on the words that say so, dates its own sentence; the next sentences go on with the
// period in force. (Not a comparison's base inside the sentence: "increased by 3.2% in comparison with 2023".)
const FOR_COMPARISON = /^\s*(?:(?:For\s+(?:reference|comparison|context)|By\s+(?:way\s+of\s+)?(?:comparison|contrast)|In\s+(?:comparison|contrast)|As\s+a\s+(?:point\s+of\s+)?(?:comparison|reference)|Looking\s+back|(?:To\s+)?put\s+(?:it|this|that|these|those)\s+in(?:to)?\s+(?:perspective|context))\s*[,:;—–-]|As\s+recently\s+as\s)/i;
const FOR_COMPARISON_WORDS = keywords(['reference', 'comparison', 'context', 'contrast', 'looking back', 'recently', 'perspective'], FOR_COMPARISON);

/** True when `p` ends before the period in force begins and the sentence sets it beside the figures for comparison. */
function setBesideForComparison(s: string, p: PeriodMention, inForce: ReleaseMemory['period']): boolean {
  return !!inForce && inForce.start !== '' && p.periodEnd < inForce.start && mentions(s, FOR_COMPARISON_WORDS) && FOR_COMPARISON.test(s);
}

/**
 * "Over the four years from 2021 to 2024, the trade surplus added up to around 74 billion USD" in a release on 2024, "Across the
 * decade 2015-2024, goods worth 1.42 trillion yuan passed through the port", "over the five years to 2022 that freight grew at
 * an average of 7.4 percent a year" in a release on 2023's first half: a span of several years around or before the release's
 * own period (its lead, a year or shorter, still in force) looks back over a longer run; the next sentences go on with the
 * release's period. (Only once the release has given figures: a date before them, "five years after the plan was unveiled in
 * June 2020", is no period in force; nor is a month or part the release reported in passing.)
 */
function severalYearsAround(p: PeriodMention, inForce: ReleaseMemory['period'], lead: { start: string; end: string }): boolean {
  return !!inForce && inForce.start === lead.start && inForce.end === lead.end && inForce.start !== '' && p.periodStart !== '' && monthsSpanned(inForce) <= 12 && monthsSpanned({ start: p.periodStart, end: p.periodEnd }) >= 24 && ((p.periodStart <= inForce.start && inForce.end <= p.periodEnd) || p.periodEnd < inForce.start);
}

// A heading on a line of its own, in any case and markup: "MAIN INDICATORS, JANUARY-OCTOBER 2026", "October 2026 alone",
// "## Third quarter 2026", "**Ten months:**". No sentence punctuation ends it (a colon may), and it is short.
export const HEADING_LINE = /^\s*(?:#{1,6}\s*)?[*_]{0,2}[A-Z0-9](?:[^.!?;\n]|\.(?=\d)){2,78}?[^.!?;,\n]\s*[*_]{0,2}\s*$/;

/**
 * HEADING_LINE, not run on a line whose last mark (before spaces, "*" and "_") is ".", "!", "?" or ";": no match can end
 * so (most sentences do), as no part of the expression there takes one.
 */
export function isHeadingLine(s: string): boolean {
  let j = s.length;
  while (j > 0 && (isSpace(s.charCodeAt(j - 1)) || s.charCodeAt(j - 1) === 42 || s.charCodeAt(j - 1) === 95)) j--;
  const c = s.charCodeAt(j - 1);
  return c !== 46 && c !== 33 && c !== 63 && c !== 59 && HEADING_LINE.test(s);
}

/**
 * "Revisions to August", "Final figures for October", "December 2025 revised" in a release on a later month: a section
 * headed by an earlier period than the release's reports a revision or an aside, and ends at the next heading, even one
 * that names no period ("Trade with the United States and other countries"): the sections after it report the release's
 * period again. (A section on the release's last month, "OCTOBER 2026 ALONE" in a release on ten months, goes on.)
 * So does a section headed by a quarter or half inside the release's span, ending with it or not ("STRONGER SECOND QUARTER",
 * "Q2 picks up", "The second quarter" in a release on the first half; "A weaker second half" in one on the year), as a
 * paragraph on such a quarter does (periodOfNewParagraph): the next heading ("HIGH-TECH DRIVE", "Partners") is the span's again.
 */
function endEarlierSection(memory: ReleaseMemory): void {
  const section = memory.sectionPeriod;
  const lead = memory.leadPeriod;
  if (!section || !lead || (section.end >= lead.end && !quarterInside(section, lead))) return;
  memory.sectionPeriod = undefined;
  memory.period = { start: lead.start, end: lead.end };
}

/**
 * "OCTOBER 2026 ALONE" over bullets: a heading's period dates the lines under it, paragraph after paragraph, until
 * the next heading that names one ("alone" in a heading names the section's period, not an aside). Only a line
 * after the body's first figures is a section's heading: the title, a deck and a dateline above them are not (a
 * headline's figure does not start the body).
 */
function headingSection(periods: PeriodMention[], baseDates: Set<PeriodMention>, memory: ReleaseMemory): void {
  const named = periods.findLast((p) => p.kind === 'period' && !baseDates.has(p) && p.periodStart !== '');
  if (!named) return endEarlierSection(memory);
  memory.period = { start: named.periodStart, end: named.periodEnd, loose: false, running: named.running };
  memory.sectionPeriod = memory.period;
}

/**
 * "December trade was 6.4 percent higher than in November." in a release on the year, "September trade rose 3.2 percent on
 * the previous month" at a briefing on the first three quarters: a sentence with no row whose only figures are changes
 * against the month or quarter before names parts of the span in force only to compare them; no figure is theirs, so the
 * next sentences go on with the span in force. (A release on one month names no shorter part: its months go on.)
 */
function comparesPartsOnly(frame: RowFrame, rows: ObservationDraft[]): boolean {
  const now = frame.memory.period;
  // A month opening the sentence as its frame ("In September 2026, compared to August 2026, exports ...") dates what follows.
  if (rows.length || !now || !frame.readings.length || !frame.readings.every((r) => r.role === 'growth' && !r.yoy) || MONTH_OPENING.test(frame.s)) return false;
  const named = frame.periods.filter((p) => p.periodStart !== '');
  return named.length > 0 && (named.every((p) => spanInside({ start: p.periodStart, end: p.periodEnd }, now)) || ROLLING_COMPARISON.test(frame.s));
}

// "In seasonally adjusted terms, the trade value for the latest three months rose 4.8 percent over the preceding three
// months.": a rolling span set against the span before it is the adjusted series' own comparison, no period of the release's
// figures, whether or not it lies inside the span in force.
const ROLLING_COMPARISON = /\b(?:seasonally[- ]adjusted|(?:previous|preceding|prior)\s+(?:two|three|six)[- ]months?)\b/i;

/** The period the next sentences go on with (an aside's is kept apart), the spans stated, a heading's period, the lead period. */
// "What was the customs revenue last year, and what is your outlook for 2026?": the period a forecast or plan is for
// dates no figure; the answer after it goes on with the period the figures were given for.
const OUTLOOK_FOR_BEFORE = /\b(?:outlook|forecasts?|projections?|prospects|expectations?|targets?|goals?|plans?|guidance)\s+(?:(?:for|of)\s+)?$/i;
// "over the 14th Five-Year Plan period (2021-2025)", "during the plan years 2016-2020", "across the programme's term": the span a
// plan runs over, said with a noun of duration after the plan, is the period of the figures given for it, no outlook.
const PLAN_SPAN_SAID = /^(?:period|years|span|cycle|term)\b/i;
// ("The bank expects African trade to recover in 2024", "the agency forecasts exports to grow in 2026": an expectation of
// something, its object before "to", is one too.)
// "Chengdu plans to draw 30 new projects in 2023," an official said; "the port aims to open five more routes by 2027"; "the
// operator will add weekly sailings next year"; "The city hopes to host the fair again in 2024": in a sentence with no row, a
// period after the release's own that dates what someone intends, plans or will do is no period of the next sentences.
const INTENTION_BEFORE_PERIOD = /\b(?:will|shall|(?:plan|aim|intend|hope|expect|seek|want|vow|pledge|promise|strive)(?:s|ing)?\s+to|(?:expect|forecast|project|predict|anticipate)(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){1,4}?to\s+[a-z]+|(?:is|are)\s+(?:set|due|scheduled|slated|expected|poised|planning|aiming|going)\s+to|(?:is|are)\s+(?:also\s+)?(?:targeting|eyeing)|targets?)\b(?:(?!\b(?:said|says|told|added|noted|but|while|although|whereas)\b)[^.;!?"“”])*$/i;
const INTENTION_WORDS = keywords(['will', 'shall', 'plan', 'aim', 'intend', 'hope', 'expect', 'forecast', 'project', 'predict', 'anticipate', 'seek', 'want', 'vow', 'pledge', 'promise', 'strive', 'set', 'due', 'scheduled', 'slated', 'poised', 'going', 'target', 'eyeing'], INTENTION_BEFORE_PERIOD);
function datesIntention(s: string, p: PeriodMention, lead: { end: string } | undefined): boolean {
  if (!lead?.end || p.periodStart === '' || p.periodStart <= lead.end) return false;
  const from = Math.max(0, p.start - 120);
  return mentions(s, INTENTION_WORDS, from, p.start) && INTENTION_BEFORE_PERIOD.test(s.slice(from, p.start));
}
// (a243) "Her company's order book is now full until August", "Plants are booked up till October", "The crossing will stay
// closed until March", "Durian imports remain suspended until the end of June", "the quota is in force until December": in a
// sentence with no row, the month a state lasts until is a deadline, no period of data (a month after the publication month
// is not even past); the next sentences keep the period in force.
const STATE_UNTIL_BEFORE = /\b(?:full|booked(?:\s+up)?|sold\s+out|closed|shut|suspended|halted|paused|frozen|postponed|delayed|valid|open|busy|in\s+(?:force|effect|place))\s+(?:(?:again|now|only)\s+)?(?:until|till)\s+(?:the\s+end\s+of\s+|mid-?\s*|late\s+|early\s+)?$/i;
const UNTIL_OPENING = /^(?:until|till)\s+(?:the\s+end\s+of\s+)?/i;
function datesDeadline(s: string, p: PeriodMention): boolean {
  const at = p.start + (UNTIL_OPENING.exec(s.slice(p.start, p.end))?.[0].length ?? 0);
  return (s.includes('until') || s.includes('till')) && STATE_UNTIL_BEFORE.test(s.slice(Math.max(0, at - 60), at));
}
// "declined 1.2 percent in 2023 and should grow 2.6 percent in 2024", "are expected to rise about 3% in 2025", "will likely slow to
// 1.5 percent next year", "is forecast to contract in the second half": the period a change is foreseen for dates the forecast (no
// row), not the figures of the sentences after it.
const FORECAST_CHANGE_BEFORE_PERIOD = /\b(?:will|shall|should|could|may|might|would|(?:expected|forecast|projected|predicted|seen|likely|set|poised|tipped)\s+to)\s+(?:(?:only|still|then|probably|likely|again|further|also)\s+)?(?:grow|rise|increase|expand|climb|fall|decline|drop|shrink|contract|slow|recover|rebound|reach|hit|top|ease|edge\s+(?:up|down)|pick\s+up|accelerate|decelerate|improve|weaken|strengthen)\b(?:[^.;,()]|[.,](?=\d)){0,40}?(?:\b(?:in|for|during|over|by|through)\s+(?:the\s+(?:whole\s+of\s+|full\s+year\s+)?)?)?$/i;
const FORECAST_CHANGE_WORDS = keywords(['will', 'shall', 'should', 'could', 'may', 'might', 'would', 'to '], FORECAST_CHANGE_BEFORE_PERIOD);
const datesForecastChange = (s: string, p: PeriodMention): boolean => {
  const from = Math.max(0, p.start - 100);
  return mentions(s, FORECAST_CHANGE_WORDS, from, p.start) && FORECAST_CHANGE_BEFORE_PERIOD.test(s.slice(from, p.start));
};
// "the second half looks weaker", "next year is expected to bring ...", "the fourth quarter could see ...", "2027 promises
// more": a period as the subject of a verb of outlook is the time of a forecast, no period of the next sentences.
const OUTLOOK_AFTER_PERIOD = /^\s+(?:(?:also|still|now)\s+)?(?:looks?|seems?|appears?|promises?|(?:is|are)\s+(?:(?:also|now)\s+)?(?:expected|likely|set|forecast|projected|seen|poised|unlikely)\s+to|will|could|may|might|should|would)\b/i;
const datesOutlook = (s: string, p: PeriodMention): boolean => (OUTLOOK_FOR_BEFORE.test(s.slice(Math.max(0, p.start - 24), p.start)) && !PLAN_SPAN_SAID.test(s.slice(p.start, p.end))) || OUTLOOK_AFTER_PERIOD.test(s.slice(p.end, p.end + 40));
// "There were 15.5 working days in the period this year, compared with 15 a year ago": "this year" after "the period" (or the
// month, the same days) marks the release's own period against last year's, not the year so far.
const PERIOD_THIS_YEAR = /\b(?:the|this)\s+(?:same\s+)?(?:period|month|quarter|days|weeks?)\s+(?:of\s+)?this\s+year$/i;
const COMPARED_THAN_BEFORE = /\bthan\s+(?:in\s+|for\s+|during\s+|over\s+)?(?:(?:all|the\s+whole|the\s+entirety)\s+of\s+)?(?:the\s+)?$/i;

// "now has 38 international cargo routes, up from 21 at the end of 2025": the date of the amount a figure rose from (a row
// or not) is no period of the next sentences.
const BASE_FROM_BEFORE = /\bfrom\s+(?:(?:about|around|nearly|some|just|only)\s+)?[^\s\d]{0,4}\s?\d[\d.,]*\s*(?:[A-Za-z]+\s+){0,3}?(?:(?:at|by)\s+the\s+end\s+of|at\s+the\s+start\s+of|in|during|at)?\s*(?:the\s+)?$/i;

/**
 * "July was the busiest month: the port moved 2.96 million TEUs in that month alone. Over the full year, the terminals worked at
 * about 88,000 TEUs a day.": a sentence with no row (scenery, its period otherwise not carried) that names the release's own
 * period in full brings the next sentences back to it from a month or part reported before.
 */
export function backToLeadPeriod(frame: RowFrame): void {
  const { memory, periods } = frame;
  const lead = memory.leadPeriod;
  if (lead && periods.some((p) => p.kind === 'period' && frame.usablePeriods.includes(p) && p.periodStart === lead.start && p.periodEnd === lead.end)) memory.period = { start: lead.start, end: lead.end };
}

/**
 * "Fujian's economy held steady in the first half of the year, with output up 5.0%." then "Foreign trade came to 1.02 trillion
 * yuan": a review that opens on the economy at large (figures that are not trade, before any trade figure) states the period
 * the whole review is of; trade figures that no sentence dates otherwise are of it. (It is not the period in force: a trade
 * sentence's own period, or one carried from an earlier trade sentence, still comes first.)
 */
export function rememberReviewPeriod({ memory, usablePeriods }: RowFrame, baseDates: Set<PeriodMention>): void {
  if (memory.leadPeriod || memory.period || memory.reviewPeriod) return;
  const own = usablePeriods.find((p) => p.kind === 'period' && p.periodStart !== '' && !baseDates.has(p));
  if (own) memory.reviewPeriod = { start: own.periodStart, end: own.periodEnd };
}

const ASIDE_AFTER_PERIOD = new RegExp(`^\\s*${ASIDE_WORD}\\b`, 'i');

// "...; in March 2026 they had grown 9.8% year on year.", "exports had risen 4 percent in February", "A month earlier, in
// May, imports had fallen 3%": a change told in the pluperfect for a period before the one in force looks back from the
// figures' own period; its date is no period of the next sentences ("By October the port had handled 5 million tonnes",
// a level and no verb of change, still is).
const PLUPERFECT_CHANGE = String.raw`had\s+(?:(?:already|also|only|still|even)\s+)?(?:grown|risen|fallen|dropped|declined|increased|decreased|climbed|jumped|expanded|contracted|slipped|gained|shrunk|shrank|slumped|surged|eased|edged\s+(?:up|down)|been\s+(?:up|down))`;
const PLUPERFECT_CHANGE_AFTER = new RegExp(String.raw`^\s*,?\s*(?:[\w'’-]+\s+){0,3}?${PLUPERFECT_CHANGE}\b`, 'i');
const PLUPERFECT_CHANGE_BEFORE = new RegExp(String.raw`\b${PLUPERFECT_CHANGE}\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?[\d.]+\s*(?:%|percent|per\s?cent|pct)(?:\s+[\w-]+){0,3}?\s+(?:in|during|for)\s+(?:the\s+)?$`, 'i');

/** A period before the one in force that dates a change told in the pluperfect (PLUPERFECT_CHANGE_AFTER): a look back. */
function pluperfectLookBack(s: string, p: PeriodMention, now: { start: string } | null): boolean {
  if (!now?.start || !p.periodEnd || p.periodEnd >= now.start || !s.includes('had')) return false;
  return PLUPERFECT_CHANGE_AFTER.test(s.slice(p.end, p.end + 60)) || PLUPERFECT_CHANGE_BEFORE.test(s.slice(Math.max(0, p.start - 80), p.start));
}

// "..., reversing the gains of the first two months", "after the slump seen in the fourth quarter", "extending the rebound of
// the spring": a change named by a noun, with no figure, dates that earlier change; the next sentences do not go on with it.
const NAMED_CHANGE_OF_PERIOD_BEFORE = /\b(?:after|following|reversing|extending|continuing|erasing|undoing|wiping\s+out|unlike|versus|compared\s+(?:with|to))\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:gains?|growth|rises?|increases?|declines?|drops?|falls?|decreases?|loss(?:es)?|contraction|expansion|slump|rebound|recovery|momentum|surge|slide|upturn|downturn)\s+(?:(?:seen|recorded|posted|logged)\s+)?(?:(?:of|in|during|over)\s+)?(?:the\s+)?$/i;
const NAMED_CHANGE_WORDS = keywords(['after', 'following', 'reversing', 'extending', 'continuing', 'erasing', 'undoing', 'wiping', 'unlike', 'versus', 'compared'], NAMED_CHANGE_OF_PERIOD_BEFORE);

/** True when period `p` dates a change named before it without a figure ("reversing the gains of the first two months"). */
function datesNamedChange(s: string, p: PeriodMention): boolean {
  const from = Math.max(0, p.start - 80);
  return mentions(s, NAMED_CHANGE_WORDS, from, p.start) && NAMED_CHANGE_OF_PERIOD_BEFORE.test(s.slice(from, p.start));
}

/**
 * "Exports of rare earths in the first ten months rose 6.5% to 45,780 tons", "Soybean imports for January-October were 90 million
 * tonnes", "Year to date, steel shipments total 92.16 million tons" in a story on October's trade: figures all of named goods
 * (none of all goods), dated by their own sentence (`own`) the year to date that ends with the month the story leads on, give that good's tally beside the
 * month's; the period does not carry into the next paragraph, which reports the month again. (A story whose first level is of
 * goods, leadGoods, reports their year to date as its own.)
 * (a246) Nor does the tally of other goods than the lead's (no word of theirs shared), told outside the lead's paragraph, in a
 * commodity story: "From January to November, intermediate imports
 * were 522,600 tonnes" in a story led by November's lithium carbonate, then "Exports of cobalt tetroxide were 1,020 tonnes".
 * The tally's dated base ("compared with 451,900 tonnes in the first 11 months of 2022") leaves it a tally.
 */
function goodsToDateInMonthStory(memory: ReleaseMemory, rows: ObservationDraft[], own: PeriodMention | undefined, paragraph: number): boolean {
  const now = memory.period;
  const lead = memory.leadPeriod;
  return (memory.leadGoods === 'all goods' || otherGoodsElsewhere(memory, rows, paragraph)) && !!own && !!now && now.start === own.periodStart && now.end === own.periodEnd && !!lead && isYearToDateSpan(now) && monthInsideSpan(lead, now) && rows.every((r) => r.commodity !== 'all goods' && (ofPeriod(now)(r) || ofPeriod({ start: shift(now.start, -12), end: shift(now.end, -12) })(r)));
}

/** Rows of goods sharing no word with the lead goods, told outside the lead's paragraph (a246). */
function otherGoodsElsewhere(memory: ReleaseMemory, rows: ObservationDraft[], paragraph: number): boolean {
  const lead = new Set((memory.leadGoods ?? '').toLowerCase().split(/[\s-]+/).filter(Boolean));
  return memory.leadGoodsParagraph !== undefined && memory.leadGoodsParagraph !== paragraph && rows.every((r) => !r.commodity.toLowerCase().split(/[\s-]+/).some((w) => lead.has(w)));
}

/** A test of whether a row is dated `p`. */
const ofPeriod = (p: { start: string; end: string }) => (r: ObservationDraft): boolean => r.period_start === p.start && r.period_end === p.end;

export function rememberPeriod(frame: RowFrame, rows: ObservationDraft[], baseDates: Set<PeriodMention>): void {
  const { s, memory, sentence, periods } = frame;
  if (comparesPartsOnly(frame, rows)) return;
  const lead = memory.leadPeriod;
  // "In December alone, ..." is an aside: the article's running period stays what it was; so is the
  // month of an earlier growth ("..., after a year-on-year gain of 11.9% in September"), and an earlier
  // period in brackets ("widened to €14.2 billion (€12.0 billion in January-September 2025)").
  // A paragraph that opens "In October alone," is framed by the month: its own next sentences go on with it.
  const framedByMonth = memory.monthParagraph === true && opensFramed(s);
  // "a steeper fall than the 2.3% decline in October": nor is the date of a rate the figures are set against.
  // "made 1,046 trips between January and Nov 25, already more than in all of last year": a period only compared with is no
  // period of the next sentences either; nor is the date of a level passed ("above the full-year record of 104.5 million
  // tons reached in 2025").
  // (A period of a closing reason clause with no figure, left out of the usable ones, is no period of the next sentences either.)
  const lastPeriod = periods.findLast((p) => p.kind === 'period' && !baseDates.has(p) && frame.usablePeriods.includes(p) && (framedByMonth || !ASIDE_AFTER_PERIOD.test(s.slice(p.end, p.end + 16))) && !EARLIER_GROWTH_DATE.test(s.slice(Math.max(0, p.start - 180), p.start)) && !ownsUndoneRate(s, p) && !datesComparedRate(s, p) && !datesNamedChange(s, p) && !pluperfectLookBack(s, p, memory.period?.start ? memory.period : rows[0]?.period_start ? { start: rows[0].period_start } : null) && !bracketedEarlier(frame, p, lead) && !COMPARED_THAN_BEFORE.test(s.slice(Math.max(0, p.start - 40), p.start)) && !datesOutlook(s, p) && !datesForecastChange(s, p) && !PERIOD_THIS_YEAR.test(s.slice(Math.max(0, p.start - 30), p.end)) && !PASSED_AMOUNT_BEFORE.test(s.slice(Math.max(0, p.start - 140), p.start)) && !BASE_FROM_BEFORE.test(s.slice(Math.max(0, p.start - 60), p.start)) && !(!p.running && EVENT_DATE_BEFORE.test(s.slice(Math.max(0, p.start - 60), p.start))) && !(rows.length === 0 && !p.running && datesEventInMonth(s, p)) && !(rows.length === 0 && datesIntention(s, p, lead ?? memory.period ?? undefined)) && !(rows.length === 0 && datesDeadline(s, p)) && !(rows.length > 0 && endsPriceClause(s, p, Math.max(0, p.start - 140))) && !(rows.length > 0 && datesPartClause(s, p, Math.max(0, p.start - 100), memory.period)));
  // "Year-to-date, the trade surplus stands at $48.6 billion." in a report on one month is an aside too:
  // the sentences after it go on with the month. So is a running balance whose span only qualifies the sentence's subject, or
  // which the sentence sums as a tally (balanceToDateAside).
  const yearToDateAside = (lastPeriod?.yearToDate === true || (lastPeriod !== undefined && balanceToDateAside(s, lastPeriod))) && lead !== undefined && lead.start === lead.end && lead.end === lastPeriod.periodEnd && memory.period !== null && memory.period.end === lead.end && memory.period.start === lead.start;
  // "September's deficit was revised to $64.9 billion", "In October last year, the country logged a deficit
  // of ...": a revised or year-before level dated before the release's lead period is an aside too. A
  // sentence that states no figure ("The ministry also revised its October data.") opens a passage on
  // that month instead: the sentences after it report the revised month.
  // So is a level dated the lead period's same months a year or more before ("In October 2025, the trade deficit
  // was ISK 31.9 billion." in a report on October 2026): the next sentences go on with the report's own period.
  // In the release's first sentence with figures the lead period is that sentence's first row's ("a surplus of $8,036m in
  // June 2019, ... on the revised surplus of $5,745m in May 2019": the next sentences go on with June).
  const leadOrFirst = lead ?? (rows[0]?.period_start ? { start: rows[0].period_start, end: rows[0].period_end } : undefined);
  const earlierAside = (lastPeriod !== undefined && leadOrFirst !== undefined && lastPeriod.periodEnd !== '' && rows.length > 0 && ((lastPeriod.periodEnd < leadOrFirst.start && (EARLIER_ASIDE.test(s) || WHEN_CLAUSE_BASE_ASIDE.test(s) || sameMonthsEarlier(lastPeriod, leadOrFirst) || quotedOrRecalled(s, lastPeriod))) || revisedPart(s, lastPeriod, leadOrFirst))) || (lastPeriod !== undefined && setBesideForComparison(s, lastPeriod, memory.period));
  if (lastPeriod && !yearToDateAside && !earlierAside && !(lead && severalYearsAround(lastPeriod, memory.period, lead))) {
    if (lastPeriod.running && !memory.period?.running) memory.beforeRunning = memory.period;
    memory.period = { start: lastPeriod.periodStart, end: lastPeriod.periodEnd, loose: BARE_THIS_YEAR.test(s.slice(lastPeriod.start, lastPeriod.end)), running: lastPeriod.running };
  }
  // "China exported 498,000 mt in October, ..., after the export tax rebate was cancelled last year": the year of
  // an event is no period of the figures; the sentences after it go on with the period the figures were given.
  if (earlierAside && leadOrFirst) {
    const ofFigures = periods.findLast((p) => p !== lastPeriod && p.kind === 'period' && !baseDates.has(p) && p.periodEnd >= leadOrFirst.end && rows.some((r) => r.period_start === p.periodStart && r.period_end === p.periodEnd));
    if (ofFigures) memory.period = { start: ofFigures.periodStart, end: ofFigures.periodEnd, loose: false, running: ofFigures.running };
  }
  if (lastPeriod && yearToDateAside) memory.aside = { period: { start: lastPeriod.periodStart, end: lastPeriod.periodEnd }, paragraph: sentence.paragraph };
  // "Compared with October 2025, exports increased by 4 percent.": the sentences after it go on with the period a year after the base.
  if (!lastPeriod && frame.periodAfterBase && rows.length) memory.period = { ...frame.periodAfterBase };
  // "For calendar 2025, ... exports fell 1.8% from November to $41.7 billion, and the surplus came to $4.6 billion, compared
  // with $5.1 billion in December 2024. Earnings from LNG rose 5.3%": a sentence whose figures are set both against the month
  // before the span's last month and against that month a year before reports that month, and so do the next ones. (Against
  // the month before alone, "climbed to 5.2 million tons from 4.6 million tons in October", it is an aside of the month.)
  const monthAfter = !lastPeriod && !frame.periodAfterBase && rows.length ? monthAfterBase(frame) : null;
  if (monthAfter && periods.some((p) => p.periodStart === shift(monthAfter.end, -12) && p.periodEnd === p.periodStart)) memory.period = monthAfter;
  // The sentences after one on "the same month of 2025" go on with that month.
  const sameMonth = !lastPeriod && rows.length ? sameMonthOfYearBefore(s, periods, memory.period) : null;
  if (sameMonth) memory.period = sameMonth;
  rememberSpans(memory, periods.filter((p) => p.kind === 'period' && !baseDates.has(p) && p.periodStart !== p.periodEnd && !datesOutlook(s, p)));
  if (lastPeriod && !rows.length && HEADING_END.test(s)) memory.sectionPeriod = memory.period!;
  else if (!rows.length && memory.bodyFigures && isHeadingLine(s)) headingSection(periods, baseDates, memory);
  const bodyStarts = rows.length > 0 && !memory.bodyFigures && !isHeadingLine(s);
  if (bodyStarts) memory.bodyFigures = true;
  if (rows.length && (MONTH_OPENING.test(s) || MONTH_NOUN_OPENING.test(s) || PART_IN_MONTH.test(s))) memory.monthSentence = true;
  // (A question naming the month, "How did trade with Japan do in March?", asks what the next paragraph answers: no scene.)
  // ("Exports came to US$ 3.3 billion in the period, ..., even though December shipments sagged": a month that dates none of
  // the sentence's figures, all of the span, is a scene too.)
  if (lastPeriod && memory.period && lead && monthInsideSpan(memory.period, lead) && (!rows.length || memory.period.end < lead.end || !rows.some(ofPeriod(memory.period))) && !s.trimEnd().endsWith('?')) memory.monthScene = true;
  // A headline's figure does not start the body: "Japan's imports top 9.1 trillion yen in March" over a body that opens on the
  // fiscal year; the body's first dated figure gives the lead period in place of one taken from a heading line.
  if (rows.length) memory.commodityToDate = goodsToDateInMonthStory(memory, rows, lastPeriod, sentence.paragraph) ? memory.period! : undefined;
  if ((memory.leadPeriod === undefined || bodyStarts) && rows.length && rows[0].period_start) memory.leadPeriod = { start: rows[0].period_start, end: rows[0].period_end };
  if (memory.leadGoods === undefined) {
    memory.leadGoods = rows.find((r) => r.measure === 'value' || r.measure === 'quantity')?.commodity;
    if (memory.leadGoods !== undefined) memory.leadGoodsParagraph = sentence.paragraph;
  }
}
