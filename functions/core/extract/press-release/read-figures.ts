/**
 * Step 1 of `readSentence`: what each figure of a sentence is (a level, a growth, a share, an earlier
 * period's figure, or no trade figure), and which growth rates are not year-on-year by the basis in force.
 */
import { firstNonSpace } from './chars.js';
import { reasonClauses } from './clauses.js';
import type { PeriodMention } from './periods.js';
import type { Figure } from './quantities.js';
import { earlierGrowth, earlierLevel, MEASURED_AGAINST_RULE, namedBaseVerdict, opensOnPeriodBefore, opensWithSamePeriodYearBefore, relativeBaseAfter, yearBeforeBase } from './comparisons.js';
import { DAILY_RULE, EARLIER_GROWTH_RULE, FOLLOWED_GROWTH_RULE, LEVY_RULE, notATradeFigure, PARCELS_RULE, TABLE_SCALE_RULE } from './nonfigures.js';
import { indexGrowth, multipleOfOtherFlow, multipleOfUndatedBase, multipleOfYearBefore, multipleOfYearsBack } from './growth-index.js';
import { gappedGrowth } from './gapped-growth.js';
import { keywords, mentions } from './keywords.js';
import { countryOfPlace } from './geography.js';
import { isCurrency } from './second-currency.js';
import { type Reading, reading } from './readings.js';
import type { FigureReadings, SentenceScene } from './sentence-scene.js';
import { changeOfNoTradeSubject, hasNonTradeSubject, isNotTradePercent, isForecastLevel, isReportedLevel, opensWithTrailingChange, trailsNonTradeLevel, trailsPriceLevel, trailsForecastLevel, baseOfPriceBefore } from './reported-figures.js';
import { gappedAfterSetAside, trailsUncountedAmount } from './bulletin-measures.js';
import { opensOnRawSeries } from './release-basis.js';
import { bulletListShare, changeListGrowth, comparesWithMonthBefore, pointsBackAtSameMonths, shareMonthOnMonthBasis, entryShare, governingSequentialBasis, isNationalRate, listedShare, marksYearOnYear, NATIONAL_OPENING, ownWordsAround, parentheticalShare, readPercent, SEQUENTIAL_WORDS, shareOfAmountBefore, siblingBracketChange, YOY_MARKER } from './percent-roles.js';
import { TRAILING_GROWTH_GAP } from './pairing.js';
import { isYearToDateSpan, monthsBetween, sentencePeriod } from './period-choice.js';

// What ends a set-aside level before its trailing change: "per auto", "a tonne", "b/d".
// "... 780 yuan per tonne in August, down 12 percent": the price's own period goes with it.
const SET_ASIDE_TAIL = /^\s*(?:(?:per|a|each)\s+[\w-]+|b\/d|bpd|barrels?\s+(?:per|a)\s+day)(?:\s+(?:in|for|during)\s+(?:the\s+)?[\w-]+(?:\s+\d{4})?)?/i;

/** Step 1 as it goes: the readings so far, and where the last level and the last set-aside level ended. */
interface FigureTally extends FigureReadings {
  lastLevelEnd: number;
  setAsideEnd: number;
  /** The end of a day's rate restating the level before it ("..., or 2.32 million barrels per day"), or -1. */
  restatingRateEnd: number;
  /** The unit of that rate, when the level it restates is only named back ("The September volume, equivalent to ..."). */
  restatingRateUnit?: string;
  /** The end of the last change set aside as the change of no trade measure, or -1 (a gapped list's next item is of it too). */
  nonTradeChangeEnd: number;
  /** The end of the last change a nonfigure rule set aside ("the price index rose 0.9 percent"), or -1. */
  setAsideChangeEnd: number;
}

/** 1. What each figure is: a level, a growth or a share of trade, an earlier period's figure, or not a trade figure. */
export function readFigures(scene: SentenceScene): FigureReadings {
  const { s, figures, anchor } = scene;
  const tally: FigureTally = { readings: [], nonTrade: 0, baseDates: new Set<PeriodMention>(), lastLevelEnd: 0, setAsideEnd: -1, restatingRateEnd: -1, nonTradeChangeEnd: -1, setAsideChangeEnd: -1 };
  const bases = scene.periods.filter((p) => p.kind === 'base');
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (readNextBase(scene, f, tally) || readWorthOfBase(scene, f, tally)) continue;
    const ruled = dailyChangeOfLevel(scene, f, tally) ? null : notATradeFigure(s, f, anchor);
    // An amount levied is customs revenue, which the `revenue` option keeps (read as flow other, as before this rule).
    const setAside = ruled === LEVY_RULE && scene.memory.keepsRevenue ? null : ruled;
    // "after a 15.2% increase in March", "followed a 12.8 per cent gain in July": likewise, the growth that came before; but
    // the step before a change of no trade ("raised its resale price by 19 percent, after a 5.5 percent increase in October"),
    // with no change of trade read before it in the sentence, is of the same price or measure. (After a forecast set aside,
    // "That beat the 11 per cent forecast and followed a 12.8 per cent gain in July", the step is the trade's.)
    const earlierStep = setAside === EARLIER_GROWTH_RULE || setAside === FOLLOWED_GROWTH_RULE;
    if (earlierStep && stepOfNoTrade(scene, tally, f)) {
      tally.nonTrade++;
      continue;
    }
    if (earlierStep && readEarlierGrowth(scene, f, tally)) continue;
    if (setAside) {
      setFigureAside(scene, f, setAside, tally);
      // "9.54 million tons, equivalent to about 2.32 million barrels per day, up 6.1%": a day's rate restating the level
      // before it has no change of its own; the change trailing it is the level's.
      tally.restatingRateEnd = setAside === DAILY_RULE && f.kind === 'level' && restatesLevelBefore(scene, f, tally) ? f.end : -1;
      continue;
    }
    // "average export price at 92,000 yuan per auto, down 8.8%": the change trailing a set-aside level is its own.
    if (tally.setAsideEnd >= 0 && tally.restatingRateEnd < 0 && f.start >= tally.setAsideEnd && trailsSetAsideLevel(s, f, tally.setAsideEnd)) {
      tally.nonTrade++;
      continue;
    }
    if (f.kind === 'level') readLevel(scene, f, bases, tally);
    else readPercentFigure(scene, f, figures[i + 1], tally);
  }
  shareOfAmountBefore(s, tally.readings);
  return tally;
}

/** Whether a change set aside for its subject (not as a forecast), and no figure of trade, comes before an earlier step `f`. */
function stepOfNoTrade(scene: SentenceScene, tally: FigureTally, f: Figure): boolean {
  const end = Math.max(tally.nonTradeChangeEnd, tally.setAsideChangeEnd);
  if (end < 0 || end > f.start || tally.readings.some((r) => !r.earlier)) return false;
  const change = scene.figures.find((g) => g.kind !== 'level' && g.end === end);
  return change !== undefined && changeOfNoTradeSubject(scene.s, change, scene.bounds, scene.cues);
}

/**
 * "compared with 4.8 percent growth a year earlier": a growth of its own earlier period, where the text pins
 * it down (true: read). "compared with 6 percent growth last year": that period dates the base only, even
 * where it makes no row.
 */
function readEarlierGrowth(scene: SentenceScene, f: Figure, tally: FigureTally): boolean {
  const earlierRate = earlierGrowth(scene.s, f.start, f.end, scene.periods);
  if (earlierRate.stated) tally.baseDates.add(earlierRate.stated);
  if (!earlierRate.period) return false;
  const compared = tally.readings.findLast((r) => !r.earlier);
  const r = reading(f, 'growth', earlierRate.direction || compared?.direction || 1, true, earlierRate.period);
  r.comparedWith = compared && compared.role !== 'share' ? compared : null;
  tally.readings.push(r);
  return true;
}

// Between a level and the same quantity restated: ", or", ", equivalent to about", " (". The goods the level measures may
// come first ("45.6 million tonnes of crude oil, equal to about 11.1 million barrels per day", "of crude from Russia, or").
const RESTATING_GAP = /^(?:\s+(?:of|from)\s+[^,;()\d]{1,50}?)?\s*[,(]\s*(?:(?:or|i\.e\.|equivalent\s+to|equal\s+to|the\s+equivalent\s+of)\s+)?(?:(?:about|around|roughly|some|nearly|approximately|almost|close\s+to)\s+)?$/i;

// "The September volume, equivalent to about 11.4 million bpd, compared with 47.1 million tons in September 2025", "Last
// month's intake, or roughly 2.3 million barrels a day, ...", "That figure, the equivalent of 9.9 million bpd, ...": a sentence
// whose subject names back the level of the sentence before, restated as a day's rate.
const NAMED_BACK_LEVEL = /^\s*(?:(?:The|That|This)\s+(?:[\w'’-]+\s+){0,2}?|(?:Last|This)\s+month['’]s\s+(?:[\w'’-]+\s+){0,1}?)(?:volume|figure|total|tally|amount|level|intake|imports|exports|shipments|purchases|arrivals)\s*[,(]\s*(?:(?:or|i\.e\.|equivalent\s+to|equal\s+to|the\s+equivalent\s+of)\s+)?(?:(?:about|around|roughly|some|nearly|approximately|almost|close\s+to)\s+)?$/i;

/** True when a set-aside figure restates the level read right before it (its period named between them left out). */
function restatesLevelBefore(scene: SentenceScene, f: Figure, tally: FigureTally): boolean {
  const level = tally.readings.findLast((r) => r.role === 'level' && !r.earlier);
  if (!level && tally.readings.length === 0 && NAMED_BACK_LEVEL.test(scene.s.slice(0, f.start))) {
    tally.restatingRateUnit = f.unit;
    return true;
  }
  if (!level || level.figure.end > f.start) return false;
  let gap = scene.s.slice(level.figure.end, f.start);
  for (const p of scene.periods) if (p.start >= level.figure.end && p.end <= f.start) gap = gap.replace(scene.s.slice(p.start, p.end), '');
  return RESTATING_GAP.test(gap.replace(/^\s*(?:in|during|for|over)\s+(?=,)/i, ''));
}

// "was about 4,100 yuan a tonne, 6 percent lower than a year before": a change written as a comparative right after the level.
const COMPARATIVE_GAP = /^\s*,\s*(?:(?:about|around|nearly|almost|roughly|some)\s+)?$/i;
const COMPARATIVE_AFTER = /^\s*(?:lower|higher|less|more|cheaper|dearer)\s+than\b/i;
// "rose to 0.81 dollars from 0.74 dollars", "at 610 yuan a tonne, against 655 yuan": the base right after the level.
const BASE_GAP = /^\s*,?\s*(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:about|around|nearly|almost|roughly|some|over|under)\s+)?(?:(?:US|U\.S\.|HK|A|C|S)?[$€£¥]\s?)?$/i;

// "92,000 yuan per auto, an 8.8 percent decrease": the change as a noun after its rate, the article before it.
const ARTICLE_GAP = /^\s*,\s*(?:(?:representing|marking|reflecting|registering)\s+)?an?\s+$/i;
const CHANGE_NOUN_AFTER = /^(?:\s*-?\s*(?:percent|per\s*cent|pc|%))?[\s-]*(?:(?:year-on-year|on-year|annual)\s+)?(?:increase|decrease|rise|drop|decline|fall|growth|gain|jump|surge)\b/i;

// "posted a deficit of 14.88 billion dollars in 2021, the central bank announced on Friday, down from 35.5 billion dollars a
// year before": the level's own period and a clause saying who reported it (and where: "said in its annual report") may stand
// before its base, and the base may come with the direction of the change ("down from", "up from", "lower than"). The base of a level set aside is set aside too.
const FAR_BASE_GAP = /^(?:\s+(?:in|for|during|over)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:(?:19|20)\d\d|year|quarter|half|month))?\s*,\s*(?:[^,.;\d]|\([A-Z]{2,10}\)){1,120}?\b(?:said|says|announced|announces|reported|reports|showed|shows|stated|states|noted|notes|published|publishes)(?:\s+(?:on|in|to|at)\s+[^,.;\d]{1,80}?)?\s*,\s*(?:(?:down|up)\s+from|(?:lower|higher|narrower|wider|smaller|bigger|larger|less|more)\s+than|from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:about|around|nearly|almost|roughly|some|over|under)\s+)?(?:(?:US|U\.S\.|HK|A|C|S)?[$€£¥]\s?)?$/i;

/** A figure trailing a set-aside level (ending at `end`) in a way that makes it that level's change or base. */
function trailsSetAsideLevel(s: string, f: Figure, end: number): boolean {
  const gap = s.slice(end, f.start).replace(SET_ASIDE_TAIL, '');
  if (f.kind === 'level') return BASE_GAP.test(gap) || (gap.length < 200 && FAR_BASE_GAP.test(gap));
  const after = s.slice(f.end, f.end + 40);
  return TRAILING_GROWTH_GAP.test(gap) || (COMPARATIVE_GAP.test(gap) && COMPARATIVE_AFTER.test(after)) || (ARTICLE_GAP.test(gap) && CHANGE_NOUN_AFTER.test(after));
}

/** A change trailing a day's rate that restated the level before it ("..., or 2.32 million barrels per day, up 6.1%"). */
function dailyChangeOfLevel(scene: SentenceScene, f: Figure, tally: FigureTally): boolean {
  const end = tally.restatingRateEnd;
  return f.kind !== 'level' && end >= 0 && f.start >= end && TRAILING_GROWTH_GAP.test(scene.s.slice(end, f.start).replace(SET_ASIDE_TAIL, ''));
}

/** A figure a nonfigure rule set aside: counted as not trade; the period after an earlier growth dates it only. */
function setFigureAside(scene: SentenceScene, f: Figure, rule: string, tally: FigureTally): void {
  // A caption's scale ("October (10kt; MoM; YoY):") does not make its sentence scenery: its period goes on. Nor do
  // parcels counted ("318 million parcels in Henan in the first three quarters"): the trade they carry is the next sentence's.
  if (rule !== TABLE_SCALE_RULE && rule !== PARCELS_RULE) tally.nonTrade++;
  // "rose 8.8 percent, after a 2.3 percent drop in 2024": the period after an earlier growth dates it only.
  if (rule === FOLLOWED_GROWTH_RULE) for (const p of scene.periods) if (p.start >= f.end && p.start - f.end <= 60 && !scene.figures.some((g) => g.start >= f.end && g.start < p.start)) tally.baseDates.add(p);
  if (f.kind === 'level') tally.setAsideEnd = f.end;
  else if (rule !== EARLIER_GROWTH_RULE && rule !== FOLLOWED_GROWTH_RULE) tally.setAsideChangeEnd = f.end;
}

/** The sentence's last level figure before `f`. */
const levelBefore = (scene: SentenceScene, f: Figure): Figure | undefined => scene.figures.findLast((g) => g.kind === 'level' && g.end <= f.start);

// "854 million dollars from 264,000 tonnes shipped abroad", "generated $442 million from some 60,000 tonnes", "at 563 million
// dollars from 12.4 tonnes": the goods money was earned from, named right after the money, are no base of it ("from" compares
// only amounts of one measure); the quantity is the goods' own level.
const EARNED_FROM_GAP = /^\s*from\s+(?:(?:about|around|nearly|some|roughly|almost|over|more\s+than|just\s+over)\s+)?$/i;

/** A quantity right after money with "from" between ("854 million dollars from 264,000 tonnes"): the goods the money came from. */
function goodsEarnedFrom(scene: SentenceScene, f: Figure): boolean {
  const money = f.measure === 'quantity' ? levelBefore(scene, f) : undefined;
  return money?.measure === 'value' && EARNED_FROM_GAP.test(scene.s.slice(money.end, f.start)) && !isForecastLevel(scene.s, f);
}

/**
 * "47.36 million tons last month, equivalent to about 11.15 million bpd, ..., compared with 45.02 million tons in May
 * 2025": after a day's rate restating the level before it, a base in that level's unit is the level's, not the rate's.
 */
function baseOfRestatedLevel(f: Figure, tally: FigureTally): boolean {
  if (tally.restatingRateEnd < 0 || f.start < tally.restatingRateEnd) return false;
  if (tally.restatingRateUnit !== undefined) return f.unit !== '' && f.unit !== tally.restatingRateUnit;
  const level = tally.readings.findLast((r) => r.role === 'level' && !r.earlier);
  return level !== undefined && level.figure.unit === f.unit && f.unit !== '';
}

// "compared with ¥434.5 billion (about US$3.22 billion) in surplus a year before": an amount in another money in brackets
// right after a comparison base is that base converted, of the base's period.
const CONVERSION_BRACKET_GAP = /^\s*\(\s*(?:(?:about|around|roughly|approximately|approx\.|some|nearly|or|equivalent\s+to)\s+)?(?:(?:US|HK|C|A|S)?\$|USD|RMB|CNY|[€£¥])?\s*$/i;

/** The comparison base a money amount in brackets converts, when it stands right after one in another money. */
function convertedBase(s: string, f: Figure, tally: FigureTally): Reading | undefined {
  const prev = tally.readings.at(-1);
  if (!prev?.earlier || prev.role !== 'level' || prev.figure.measure !== 'value' || f.measure !== 'value') return undefined;
  if (prev.figure.unit === f.unit && prev.figure.bare === f.bare) return undefined;
  const gap = s.slice(prev.figure.end, f.start);
  return gap.includes('(') && CONVERSION_BRACKET_GAP.test(gap) ? prev : undefined;
}

/** A level: an earlier period's (a comparison base), a reported trade amount, or nothing of trade. */
function readLevel(scene: SentenceScene, f: Figure, bases: PeriodMention[], tally: FigureTally): void {
  const { s } = scene;
  const converted = convertedBase(s, f, tally);
  const base = converted?.earlier ? { period: converted.earlier, rule: 'conversion of a base in brackets', stated: undefined } : earlierLevel(s, f.start, f.end, scene.periods);
  if (base) {
    const before = levelBefore(scene, f);
    if (!baseOfRestatedLevel(f, tally) && (trailsNonTradeLevel(s, f, before, scene.bounds, scene.cues) || trailsPriceLevel(s, f, before, scene.bounds) || baseOfPriceBefore(s, f, before))) return;
    // "topping the $7.41 billion of July": the verb that measures the figure against the base bounds no amount of the base.
    tally.readings.push(reading(base.rule === MEASURED_AGAINST_RULE ? { ...f, qualifier: 'exact' } : f, 'level', 0, false, base.period));
    // "eclipsing the record of X in fiscal 2007": that period dates the base only.
    if (base.stated) tally.baseDates.add(base.stated);
    return;
  }
  // "The ministry said annual trade was expected to surpass $1 trillion this month.": a forecast is no trade
  // figure, and a sentence holding only forecasts dates nothing after it.
  if (isForecastLevel(s, f)) {
    tally.nonTrade++;
    return;
  }
  if (!(isReportedLevel(s, f, bases) || goodsEarnedFrom(scene, f) || restatedPastItsChange(s, f, tally)) || baseOfPriceBefore(s, f, levelBefore(scene, f))) return;
  if (hasNonTradeSubject(s, f, scene.bounds, scene.cues)) {
    tally.nonTrade++;
    return;
  }
  const r = reading(f, 'level', 0, false);
  const nation = scene.memory.country || areaCountry(scene.places);
  if (nation && nationwideScope(scene, f)) r.areaOverride = nation;
  tally.readings.push(r);
  tally.lastLevelEnd = f.end;
}

// "came to US$185.1 billion for the year, down 1.3 percent, or NT$5.51 trillion", "reached 5.6 trillion yuan, an increase of 4.1%
// year on year, or 780 billion dollars": after a change's percentage and ", or", an amount in the money of the change's own
// level is the change in money; in another money it is the level restated (no change stated in one money is told in another).
const CHANGE_THEN_OR_GAP = /^[^;()]{0,40}?\b(?:up|down|higher|lower|rising|falling|(?:an?\s+)?(?:increase|decrease|rise|fall|drop|decline|growth|gain)\s+of|(?:increas|decreas|declin|drop|ris|gain|climb|slipp|dipp)(?:ed|ing|e|s)?|rose|fell|grew|shrank|slid|sank)\s+(?:by\s+)?[+-]?\d[\d.]*\s*(?:%|percent|per\s+cent|pct)(?:\s+[a-z-]+){0,4}?\s*,\s*or\s+(?:(?:about|around|roughly|some|nearly|approximately|almost)\s+)?$/i;

/** True for an amount in another money than the level before it, after that level's change and ", or": the level restated. */
function restatedPastItsChange(s: string, f: Figure, tally: FigureTally): boolean {
  const level = tally.readings.findLast((r) => r.role === 'level' && !r.earlier);
  if (!level || !isCurrency(f.unit) || !isCurrency(level.figure.unit) || level.figure.unit === f.unit || level.figure.end > f.start) return false;
  return CHANGE_THEN_OR_GAP.test(s.slice(level.figure.end, f.start)) && !isForecastLevel(s, f);
}

// "Officials said that nationwide, the trains now reach 229 cities, and that more than 117,000 trains have run since 2011": a
// "nationwide" (or "across the country") opening a clause and set off by a comma scopes the clauses after it; a level there
// with no place named between is the country's, not the port's the release is on. A word that ends a phrase ("ranked first
// nationally, with 9.1 trillion yuan", "the largest nationwide,") scopes nothing.
// "and nationwide 8,225 trains ran", "while across the country some 8,225 ran": the word may lead the level with no comma
// (only a hedge between); "8,225 trains ran nationwide during the year", "a total of 8,225 were run across the whole country":
// or close the level's own clause after it (no comma, number or ranking word between: "the most of any city nationwide",
// "ranked first nationwide" rank a place).
const NATIONWIDE_SCOPE = /(?:^\s*|[,;:]\s*|\b(?:that|and|but|while|whereas)\s+)(?:nationwide|nationally|countrywide|across\s+the\s+(?:whole\s+|entire\s+)?(?:country|nation)|in\s+the\s+(?:whole|entire)\s+country)\s*(?:,|(?=(?:(?:about|around|nearly|some|almost|roughly|more\s+than|over|a\s+total\s+of)\s+)?(?:US\$|\$|€|£|¥)?\d))/gi;
const NATIONWIDE_AFTER = /^[^,;.\d]{0,60}?\b(?:nationwide|countrywide|across\s+the\s+(?:whole\s+|entire\s+)?(?:country|nation)|in\s+the\s+(?:whole|entire)\s+country)\b/i;
const RANKING_WORDS = /\b(?:most|largest|biggest|highest|first|second|third|ranked|ranking|ranks|among|top|of\s+(?:any|all))\b/i;
const NATIONWIDE_WORDS = keywords(['nation', 'country'], NATIONWIDE_SCOPE, NATIONWIDE_AFTER);

/** Whether a "nationwide," before the level at `f` in its sentence scopes it, with no place of an area named between. */
function nationwideScope({ s, places }: SentenceScene, f: Figure): boolean {
  if (!mentions(s, NATIONWIDE_WORDS)) return false;
  if (nationwideAfter(s, f, places)) return true;
  const scope = [...s.slice(0, f.end).matchAll(NATIONWIDE_SCOPE)].filter((m) => m.index < f.start).at(-1);
  if (!scope || s.slice(scope.index + 1, f.start).includes(';')) return false;
  return !places.some((p) => p.role === 'area' && p.start >= scope.index && p.end <= f.start);
}

/** "Neighboring Chengdu said ..., and nationwide 8,225 trains ran": a release with no country of its own is of the country of the areas it names. */
function areaCountry(places: SentenceScene['places']): string | null {
  for (const p of places) {
    const country = p.role === 'area' ? countryOfPlace(p) : null;
    if (country) return country;
  }
  return null;
}

/** "8,225 trains ran nationwide": the word closing the level's own clause, no place of an area or ranking word between. */
function nationwideAfter(s: string, f: Figure, places: SentenceScene['places']): boolean {
  const m = NATIONWIDE_AFTER.exec(s.slice(f.end, f.end + 90));
  if (!m || RANKING_WORDS.test(m[0])) return false;
  return !places.some((p) => p.role === 'area' && p.start >= f.end && p.end <= f.end + m[0].length);
}

// "$640 per tonne", "$2.10/kg", "about $714 a tonne": money quoted per unit of goods is a price.
const PRICE_UNIT_AFTER = /^\s*(?:per\s|\/|an?\s+(?:metric\s+)?(?:tonnes?|tons?|kilo(?:gram)?s?|kg|barrels?|pounds?|units?|head|pieces?|litres?|liters?|bushels?|bags?)\b)/i;

// "DCE soymeal 2,987 yuan/t +0.6% | CBOT soybeans 1,052 cents/bu -0.3%", "Brent $82.10/bbl, +1.2%", "gold 2,350 dollars an
// ounce (-0.4%)": a signed percentage right after a price quoted per unit of goods, nothing but a comma or a bracket between
// (a market ticker's change), is the price's change, whatever unit the number has (cents are no currency figure).
const PRICE_QUOTE_THEN_CHANGE = /\d\s*(?:[A-Za-z$€£¥]{1,8}\s*)?(?:\/\s*|\s(?:per|an?)\s+(?:metric\s+)?)(?:t|mt|tonnes?|tons?|kg|kilo(?:gram)?s?|bu|bushels?|bbl|barrels?|oz|ounces?|lbs?|pounds?|units?|head|pieces?|litres?|liters?|bags?|mmbtu|mwh|cwt|dmtu)\.?\s*[,(]?\s*$/i;
const quotesPriceChange = (s: string, f: Figure): boolean => f.sign !== '' && PRICE_QUOTE_THEN_CHANGE.test(s.slice(Math.max(0, f.start - 40), f.start));

/** Whether a multiple compares its subject's flow with the other flow named before it (in its sentence, else the one before). */
function multipleOfFlowBefore({ s, cues, memory }: SentenceScene, f: Figure): boolean {
  const k = cues.findLastIndex((c) => c.end <= f.start);
  const earlier = cues.slice(0, Math.max(0, k)).findLast((c) => c.flow === 'export' || c.flow === 'import')?.flow;
  return k >= 0 && multipleOfOtherFlow(s, f, cues[k].flow, earlier ?? memory.lastFlow);
}

/** A percentage: an index of the year-earlier level, a growth or a share (by the words around it), or nothing of trade. */
function readPercentFigure(scene: SentenceScene, f: Figure, next: Figure | undefined, tally: FigureTally): void {
  const { s, places, memory } = scene;
  if (readEarlierShare(scene, f, tally)) return;
  // "stood at about 560,000 yuan per ton ..., up nearly 40% since the start of the year": a change trailing a price in money is
  // the price's (not one trailing a day's rate that restates a quantity: "47.1 million tonnes, or 0.95 million b/d, up 6.8%").
  const before = levelBefore(scene, f);
  const priceBefore = before !== undefined && /^[A-Z]{3}$/.test(before.unit) && before.unit !== 'TEU' && PRICE_UNIT_AFTER.test(s.slice(before.end, before.end + 20)) && trailsPriceLevel(s, f, before, scene.bounds);
  if (isNotTradePercent(s, f, next, scene.bounds, scene.cues) || trailsNonTradeLevel(s, f, before, scene.bounds, scene.cues) || priceBefore || trailsForecastLevel(s, f, before, scene.periods) || isNonTradeMeasureChange(scene, f, before, tally) || quotesPriceChange(s, f)) {
    tally.nonTrade++;
    tally.nonTradeChangeEnd = f.end;
    return;
  }
  // "1.8 times that of 2015" in a sentence on 2025: growth over several years, no row (growth-index.ts).
  // "four times the 7.2 million tonne quota": a multiple of a base named with no time compares, no row (growth-index.ts).
  // "Imports from China were about five times higher." after a sentence on exports: the two flows compared, no row.
  if (multipleOfYearsBack(s, f, scene.periods, memory.period) || multipleOfUndatedBase(s, f) || (f.multiple && multipleOfFlowBefore(scene, f))) {
    tally.nonTrade++;
    return;
  }
  // "or 103.5% compared to January-April 2025": an index of the year-earlier level, up 3.5 percent.
  const dated = multipleOfYearBefore(s, f, scene.periods, memory.period);
  const index = dated === null ? indexGrowth(s, f, memory.indexRelease) : { growth: dated, rule: 'multiple of a level dated the year before' };
  if (index) {
    tally.readings.push(reading({ ...f, value: index.growth, sign: index.growth < 0 ? '-' : '+' }, 'growth', Math.sign(index.growth) || 1, true));
    return;
  }
  const windowStart = Math.max(tally.lastLevelEnd, s.lastIndexOf(';', f.start) + 1, f.start - 120, 0);
  // "The growth outpaced the national rate of 3.8 percent": the country's growth, though "rate" alone names no trade.
  const read = changeListGrowth(s, f) ?? readPercent(s, f, windowStart) ?? gappedGrowth(s, f, windowStart) ?? parentheticalShare(s, f, places) ?? entryShare(s, f, places) ?? listedShare(s, f, places) ?? siblingBracketChange(s, f) ?? bulletListShare(s, f, memory.bulletShareList === true) ?? (memory.country && isNationalRate(s, f) ? { role: 'growth' as const, direction: f.sign === '-' ? -1 : 1, yoy: true } : null);
  if (!read) return;
  // "In the same period last year, the region's trade had fallen 6.2 percent": a growth with no level of that
  // sentence is of the year before (a level there is read as a base and keeps its own growth apart).
  const yearBefore = read.role === 'growth' && read.yoy && !scene.figures.some((g) => g.kind === 'level') && opensWithSamePeriodYearBefore(s, scene.periods, f.start);
  const r = reading(f, read.role, read.direction, read.yoy, yearBefore ? { kind: 'year-before' } : undefined);
  // "Nationwide, foreign trade grew 2.9 percent": with no level in the sentence, its growth is the country's
  // (a level there names its own place: "Nationally, China's e-commerce trade was 2.21 trillion yuan, up 10.8 percent").
  if (read.role === 'growth' && memory.country && (nationwide(scene) || isNationalRate(s, f))) r.areaOverride = memory.country;
  tally.readings.push(r);
}

/**
 * A change of a measure a statistical bulletin reports beside trade (bulletin-measures.ts): trailing an amount in a unit no
 * trade is counted in, or a later item of a gapped list after such a change.
 */
function isNonTradeMeasureChange(scene: SentenceScene, f: Figure, before: Figure | undefined, tally: FigureTally): boolean {
  const tradeCueBetween = (from: number, to: number): boolean => scene.cues.some((c) => c.flow !== 'other' && c.start >= from && c.end <= to);
  // A level set aside (a count of people, tonne kilometres) is the uncounted amount itself; one read is a trade figure.
  const readBefore = before && tally.readings.some((r) => r.figure.start === before.start) ? before : undefined;
  return trailsUncountedAmount(scene.s, f, readBefore, scene.bounds, opensWithTrailingChange) || gappedAfterSetAside(scene.s, f, tally.nonTradeChangeEnd, tradeCueBetween);
}

// The capitals NATIONAL_OPENING's words start with ("Nationwide", "Across the country", "For the nation as a whole").
const NATIONAL_INITIALS = 'NAF';

/** A sentence opening with the whole nation and naming no level: its growth is the country's (a function, not a closure made per figure). */
function nationwide({ s, figures }: SentenceScene): boolean {
  return NATIONAL_INITIALS.includes(s[firstNonSpace(s, 0)]) && NATIONAL_OPENING.test(s) && !figures.some((g) => g.kind === 'level');
}

/**
 * "now represents 6 percent of total trade, up from 5.7 percent in 2025": a share compared with a dated
 * earlier share is that period's share (as a dated earlier level is, comparisons.ts).
 */
function readEarlierShare(scene: SentenceScene, f: Figure, tally: FigureTally): boolean {
  if (!tally.readings.some((r) => r.role === 'share' && !r.earlier)) return false;
  const base = earlierLevel(scene.s, f.start, f.end, scene.periods);
  if (!base) return false;
  tally.readings.push(reading(f, 'share', 0, false, base.period));
  if (base.stated) tally.baseDates.add(base.stated);
  return true;
}

// Between a dated base and the next one: "... in the same period of 2025 and around ", "... in 2024, and ".
const NEXT_BASE_GAP = /^\s*,?\s*and\s+(?:(?:about|around|nearly|some|roughly|almost|approximately)\s+)?[+-]?$/i;
// Between a base a year (or a month) earlier and the next base: " tons a year earlier and ", " the previous month and ".
const YEAR_BEFORE_THEN_NEXT_GAP = /^\s*(?:[\w-]+\s+){0,3}?(?:a\s+(?:year|month)\s+(?:earlier|ago|before)|(?:in\s+)?the\s+same\s+(?:month|period)\s+(?:of\s+)?last\s+year|(?:in\s+)?the\s+(?:previous|preceding|prior)\s+(?:month|year))\s*,?\s*and\s+(?:(?:about|around|nearly|some|roughly|almost|approximately)\s+)?[+-]?$/i;
// Between the next base and its own period: "in 2018", "during 2019".
const NEXT_BASE_PERIOD_GAP = /^\s*(?:[\w$€£¥.-]+\s+){0,3}?(?:(?:in|during|for)\s+(?:the\s+)?)?$/i;
const LISTED_BASES_PERIOD_GAP = /^\s*(?:[\w$€£¥.-]+\s+){0,2}?,?\s*respectively,?\s+(?:(?:in|during|for)\s+(?:the\s+)?)?$/i;

// A day's rate written by its unit after the number: "10.5 million bpd", "2.1 mln b/d", "9 million barrels a day".
const DAY_RATE_UNIT_AFTER = /^\s*(?:million\s+|mln\s+|thousand\s+)?(?:bpd|b\/d|barrels\s+(?:per|a)\s+day)\b/i;

/**
 * "down from 14.7 per cent in the same period of 2025 and around 19 per cent in 2018": a figure joined by
 * "and" to the dated base before it, with a period of its own right after it, is a base of that period too
 * (a level or a share, as the base before it is).
 */
function readNextBase(scene: SentenceScene, f: Figure, tally: FigureTally): boolean {
  const before = tally.readings.at(-1);
  if (!before?.earlier || (before.role === 'share') !== (f.kind !== 'level')) return false;
  // ("compared with 47.1 million tons in September 2025 and 10.5 million bpd in August": a base in the unit of a day's rate
  // restating a level named back is that rate's, set aside with it.)
  const { s, periods } = scene;
  if (tally.restatingRateUnit !== undefined && (f.unit === tally.restatingRateUnit || DAY_RATE_UNIT_AFTER.test(s.slice(f.numEnd, f.numEnd + 24)))) return false;
  const dating = periods.find((p) => p.start >= before.figure.end && p.end <= f.start && !/[\d;]/.test(s.slice(before.figure.end, p.start)) && NEXT_BASE_GAP.test(s.slice(p.end, f.start)));
  const own = periods.find((p) => p.start >= f.end && p.start - f.end <= 40 && NEXT_BASE_PERIOD_GAP.test(s.slice(f.end, p.start)));
  // "against €8.745,2 mn and €3.380,1 mn respectively in January - September 2025": two bases listed before the one period of both.
  const listed = own !== undefined && NEXT_BASE_GAP.test(s.slice(before.figure.end, f.start)) && LISTED_BASES_PERIOD_GAP.test(s.slice(f.end, own.start));
  // "That compares with 15,400 tons a year earlier and 9,120 tons in September": a base after one a year earlier.
  const afterYearBefore = (before.earlier.kind === 'year-before' || before.earlier.kind === 'month-before') && YEAR_BEFORE_THEN_NEXT_GAP.test(s.slice(before.figure.end, f.start));
  // "versus $81.71 billion in September and $56.53 billion a year earlier": the next base dated by words, not a named period.
  const relative = dating || afterYearBefore ? relativeBaseAfter(s.slice(f.end, f.end + 60)) : null;
  if (relative) {
    tally.readings.push(reading(f, before.role, 0, false, relative));
    return true;
  }
  if ((!dating && !listed && !afterYearBefore) || !own?.periodStart || own.kind === 'unresolved' || own.kind === 'date') return false;
  tally.readings.push(reading(f, before.role, 0, false, { kind: 'stated', start: own.periodStart, end: own.periodEnd }));
  tally.baseDates.add(own);
  return true;
}

// Between a base quantity and what it was worth: " tonnes valued at ", " tons of rice worth about ".
const BASE_WORTH_GAP = /^\s*(?:[\w-]+\s+){0,4}?(?:worth|valued\s+at)\s+(?:(?:about|around|nearly|some|roughly|almost|approximately)\s+)?$/i;

/**
 * "against 3.24 million tonnes valued at $2.203 billion during July-January 2023-24": the money a base quantity was worth,
 * right after it, is a base of the same earlier period.
 */
function readWorthOfBase(scene: SentenceScene, f: Figure, tally: FigureTally): boolean {
  const before = tally.readings.at(-1);
  if (!before?.earlier || before.role !== 'level' || f.kind !== 'level' || before.figure.measure === 'value' || f.measure !== 'value') return false;
  if (!BASE_WORTH_GAP.test(scene.s.slice(before.figure.end, f.start))) return false;
  tally.readings.push(reading(f, 'level', 0, false, before.earlier));
  return true;
}

// A sentence opened by its year-ago basis sets every change in it against the year before, whichever word of comparing
// opens it: "On the year,", "Year on year,", "In annual terms,", "From a year earlier,", "Relative to twelve months before,",
// "Against the same month last year,".
const YEAR_BASE = String.raw`(?:(?:a|one)\s+year|twelve\s+months|12\s+months)\s+(?:earlier|ago|before|previously)|the\s+same\s+(?:month|period|quarter)\s+(?:of\s+)?(?:a\s+year\s+(?:earlier|ago)|last\s+year|the\s+previous\s+year)|(?:the\s+)?(?:previous|prior|preceding)\s+year`;
const YEAR_ON_YEAR_OPENING = new RegExp(String.raw`^\s*(?:on\s+an?\s+(?:year[- ](?:on|over)[- ]year|annual|yearly)\s+basis|in\s+(?:year[- ](?:on|over)[- ]year|annual|yearly)\s+terms|year[- ](?:on|over)[- ]year|on\s+the\s+year|(?:compared\s+(?:with|to)|in\s+comparison\s+with|against|from|relative\s+to|versus|vs\.?|on|over)\s+(?:${YEAR_BASE}))\s*,`, 'i');

/** Which changes are not year-on-year by the release's or the paragraph's basis, or by the basis of the change they pair with. */
/** True when the sentence names a flow before the figure read (module level: no closure made per call). */
function flowBefore(scene: SentenceScene, r: Reading): boolean {
  return scene.cues.some((c) => c.end <= r.figure.start);
}

/** The period mentions of a sentence outside its closing reason clause (", as ... in the March quarter."). */
function periodsOutsideReason(s: string, periods: PeriodMention[]): PeriodMention[] {
  const [reason] = reasonClauses(s);
  return reason ? periods.filter((p) => p.start < reason[0] || p.end > reason[1]) : periods;
}

/** A year to date, or twelve months in a row (a fiscal year): a span whose changes cannot be against the month before. */
function noMonthBefore(period: { start: string; end: string } | null): boolean {
  if (isYearToDateSpan(period)) return true;
  if (!period || !/^\d{4}-\d{2}$/.test(period.start) || !/^\d{4}-\d{2}$/.test(period.end)) return false;
  return monthsBetween(period.start, period.end) === 12;
}

export function settleBases(scene: SentenceScene, readings: Reading[]): void {
  const { s, memory, sentence } = scene;
  // "Comparing the three months ending in February with the preceding three months on a seasonally
  // adjusted basis, exports increased 4%. Within this total, re-exports increased 4.1%": a sequential
  // comparison governs its sentence and the rest of its paragraph, until a year-on-year marker.
  // "Exports increased from September 2026 to October 2026 by R9.12 billion (4.8%) and imports ... (2.5%)" too.
  const raw = opensOnRawSeries(s);
  const sequential = !raw && ((mentions(s, SEQUENTIAL_WORDS) && governingSequentialBasis(s)) || comparesWithMonthBefore(s) || opensOnPeriodBefore(s, scene.periods, sentencePeriod(scene.periods, memory)));
  // A release that compares with the month before (or an agency that always does): its unmarked
  // changes ("exports fell 2.1 per cent in January") are month-on-month; a change its own clause marks
  // as year-on-year ("or 6.4 percent, from the same period in 2025") stays one.
  // A change of a year-to-date span the sentence goes on with ("Year-to-date, the deficit increased 7.8
  // percent from the same period in 2025. Exports increased 4.1 percent") has no previous month: it stays year-on-year.
  // "On a year-over-year basis, total exports were up 4.4% in September, while total imports rose 1.3%": a
  // year-on-year basis opening the sentence is the basis of every change in it.
  // "So far this year the goods deficit with China is down 27.4% at $163.2 billion": a sentence dated only by
  // a year-to-date span compares with the same months a year before, as there is no month before it.
  // "Exports over the financial year were $486.3 billion, down 9.8 per cent": a change of a whole (fiscal) year has
  // no month before it either, whatever month the year starts in.
  // ("Imports fell 3.1 per cent to A$79.6 billion as the pandemic disrupted supply chains in the March quarter": the period
  // of a closing reason clause dates the reason, so the sentence still goes on with the year.)
  const own = memory.previousMonthRelease ? periodsOutsideReason(s, scene.periods) : scene.periods;
  const goesOnWithYearToDate = !own.some((p) => p.kind === 'period') && noMonthBefore(memory.period);
  // (Only a change of a flow the sentence names before it: "Gold has risen about 28% so far this year" is a price.)
  const ownYearToDate = own.some((p) => p.kind === 'period') && own.every((p) => p.kind !== 'period' || noMonthBefore({ start: p.periodStart, end: p.periodEnd }));
  // "... 17.9 percent from the same period in 2021. Imports of goods increased 23.4 percent to $812.6 billion.": a sentence of
  // the same paragraph with no period of its own goes on with the base the sentence before marked (the base left unsaid).
  const goesOnWithYearBefore = memory.yearBeforeParagraph === sentence.paragraph && !own.some((p) => p.kind === 'period');
  const marked = memory.previousMonthRelease ? markedYearBefore(s, readings) : false;
  if (memory.previousMonthRelease && !goesOnWithYearToDate && !goesOnWithYearBefore && !YEAR_ON_YEAR_OPENING.test(s) && !(raw && memory.releaseBasisMonthly === false)) for (const r of readings) if (r.role === 'growth' && !YOY_MARKER.test(ownWordsAround(s, r.figure)) && !(ownYearToDate && flowBefore(scene, r))) r.yoy = false;
  memory.yearBeforeParagraph = marked || (goesOnWithYearBefore && !readings.some((r) => r.role === 'growth' && !r.yoy)) ? sentence.paragraph : undefined;
  if (memory.sequentialBefore && SEQUENTIAL_GOES_ON.test(s) && !scene.periods.some((p) => p.kind === 'period')) memory.sequentialParagraph = sentence.paragraph;
  if (sequential || memory.sequentialParagraph === sentence.paragraph) {
    // "Compared with September 2025, exports were 2.1% higher (calendar and seasonally adjusted)": a base one
    // year before the sentence's period opening the sentence makes its changes year-on-year, however adjusted.
    const period = sentencePeriod(scene.periods, memory);
    const yoyMarked = marksYearOnYear(s, comparesWithMonthBefore(s) || (!sequential && memory.sequentialParagraph === sentence.paragraph)) || namedBaseVerdict(s, scene.periods, period) === true || namesYearBeforeBase(s, scene.periods, period, readings);
    if (sequential && !yoyMarked) memory.sequentialParagraph = sentence.paragraph;
    // "... on a seasonally adjusted basis, exports fell 1.9%. Comparing June 2021 with June 2020, exports to Asia grew
    // 35.6%. Exports to Korea rose 64.1%": a sentence of its own back on the year before ends the sequential run.
    if (!sequential && yoyMarked) memory.sequentialParagraph = undefined;
    if (memory.sequentialParagraph === sentence.paragraph && !yoyMarked) for (const r of readings) if (r.role === 'growth' && !turnsToTheYear(s, r.figure.start)) r.yoy = false;
  }
  memory.sequentialBefore = memory.sequentialParagraph === sentence.paragraph;
  // "..., up 6.2% from July. Coal arrivals rose 4.5% over the same period", "Compared with October, November's exports were
  // 4.4 percent higher. Imports gained 2.1 percent in the same month": "the same period" after a change against the month
  // just before is those months again (a174).
  if (memory.namedMonthBeforeParagraph === sentence.paragraph && pointsBackAtSameMonths(s) && !marksYearOnYear(s, true)) for (const r of readings) if (r.role === 'growth') r.yoy = false;
  shareMonthOnMonthBasis(s, readings);
}

// "grew by point three percent... sorry, that's the month-on-month figure... for the year, they rose seventeen and a half
// percent", "up 0.4% on November, but for the full year shipments climbed 12%", "Over the year as a whole, they rose 9.3
// percent" after a month-on-month sentence: a clause turned to the whole year after the month's basis was named compares the
// year with the year before; the month's basis stops at the turn.
const TURN_TO_THE_YEAR = /(?:^|[,;:.…]|\b(?:but|while|whereas|and|yet))\s*(?:(?:for|over|across|in)\s+the\s+(?:(?:whole|full|entire|calendar)\s+)?year(?:\s+as\s+a\s+whole)?|(?:for|over|across)\s+(?:19|20)\d\d\s+as\s+a\s+whole)\s*,?\s/gi;
function turnsToTheYear(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 160), at);
  TURN_TO_THE_YEAR.lastIndex = 0;
  let turn = -1;
  for (let m = TURN_TO_THE_YEAR.exec(before); m !== null; m = TURN_TO_THE_YEAR.exec(before)) turn = m.index + m[0].length;
  return turn >= 0 && !SEQUENTIAL_BASIS_AFTER_TURN.test(before.slice(turn)) && !/\d\s*(?:%|percent|per\s?cent)/i.test(before.slice(turn));
}
const SEQUENTIAL_BASIS_AFTER_TURN = /\b(?:month[- ]on[- ]month|on\s+the\s+month|from\s+the\s+(?:previous|prior)\s+month|seasonally\s+adjusted)\b/i;

/** True when the sentence's last change marks its base as the year before in its own words. */
function markedYearBefore(s: string, readings: Reading[]): boolean {
  const growths = readings.filter((r) => r.role === 'growth');
  const last = growths[growths.length - 1];
  return last !== undefined && last.yoy && YOY_MARKER.test(ownWordsAround(s, last.figure));
}

/**
 * "17.8 percent higher than in October 2025" (an October 2026 figure), "up 3.9% from the third quarter of 2025": a change
 * whose own dated base is its period a year before marks the sentence year-on-year, as "from a year earlier" would, even
 * beside a change against the previous month ("4.2 percent higher than the previous month and 17.8 percent higher than in
 * October 2025").
 */
function namesYearBeforeBase(s: string, periods: PeriodMention[], period: { start: string; end: string } | null, readings: Reading[]): boolean {
  return period !== null && readings.some((r) => r.role === 'growth' && r.yoy && yearBeforeBase(s, r.figure.end, periods, period) === true);
}

// "... on a seasonally adjusted basis, exports rose 4%." then "Within this total, re-exports rose 4.1%": a sentence that
// opens by pointing back into the one before goes on with its basis, even as a paragraph of its own.
const SEQUENTIAL_GOES_ON = /^\s*(?:(?:Within|Of)\s+(?:this|that|the)\s+total|Meanwhile|Concurrently)\s*,/;
