/**
 * Growth written as an index of the year-earlier level, the way statistics offices of Russia and
 * Central Asia state it: turnover "amounted to $41.2 billion, or 103.5% compared to January-April
 * 2025" is up 3.5 percent; "96.2% of the level of the same period last year" is down 3.8 percent.
 * Only a bare percentage with no word of change before it, a verb or "or" right before it and a
 * year-earlier base right after it is such an index.
 */
import { PASSED_AMOUNT_DOER, PASSED_AMOUNT_VERB, type PeriodMention } from './periods.js';
import type { Figure } from './quantities.js';
import { shift } from './comparisons.js';

interface IndexRule {
  name: string;
  /** Phrases it reads, with the growth they give. */
  examples: Array<[string, number]>;
  before: RegExp;
  after: RegExp;
}

// Plausible index values: a level that halved to one that quadrupled.
const MIN_INDEX = 20;
const MAX_INDEX = 400;

// A word of change before the percentage makes it a change, not an index ("increased by 3.5%").
const CHANGE_WORD_BEFORE = /\b(?:increas\w*|decreas\w*|grow\w*|grew|rose|rise[sn]?|fell|fall\w*|declin\w*|drop\w*|jump\w*|surg\w*|up|down|higher|lower|more|less|account\w*|share)\b(?:[^.;]|\.(?=\d)){0,60}$/i;

const INDEX_RULES: IndexRule[] = [
  {
    name: 'index of the year-earlier level',
    examples: [
      ['foreign trade turnover totaled 41.2 billion US dollars, or 103.5% compared to January-April 2025', 3.5],
      ['exports amounted to 96.2% of the level of the same period last year', -3.8],
      ['exports to China reached $2.6 billion, 91.5% of last year\'s level', -8.5],
      ['potash exports rose to 8.92 million tonnes, 104.6% compared with January-September 2025', 4.6],
      ['exports amounted to 52.3 bn US dollars (97.2% to January-June 2025)', -2.8],
      ['turnover came to 9 410.2 mln US dollars, which is 106.3% of the level of January-June 2025', 6.3],
    ],
    // "52.3 bn US dollars (97.2% to January-June 2025)": the index in a bracket right after the level, its base after "to".
    before: /(?:\b(?:or|amount(?:ed|s)\s+to|made\s+up|makes|made|is|was|were|constitut(?:ed|es)|c(?:a|o)me\s+to|comes\s+to|stood\s+at|equal(?:l?ed|s)?\s+to)\s+|\d[\d.,]*\s*(?:[A-Za-z]+\s+){0,3}?[A-Za-z]*,\s*|\d[\d.,]*\s*(?:[A-Za-z]+\.?\s+){0,3}\(\s*)$/i,
    after: /^\s*(?:compared\s+(?:to|with)|of|against|to|relative\s+to|in\s+relation\s+to)\s+(?:the\s+)?(?:level\s+of\s+)?(?:the\s+)?(?:(?:same|corresponding)\s+(?:period|month|months|quarter)|(?:last|previous|prior)\s+year(?:['’]s\s+(?:level|figure))?|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)\s+(?:of\s+)?(?:19|20)\d{2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s*[-–]\s*(?:January|February|March|April|May|June|July|August|September|October|November|December))?\s+(?:of\s+)?(?:19|20)\d{2}|(?:19|20)\d{2})\b/i,
  },
];

// The Russian "в % к" frame: the base named before the percentage, after "in %", and a verb of level between ("the turnover in %
// to January-September 2023 amounted to 97.8%", "which as a percentage of the same period of 2025 made 108.4%", "exports, in
// percent of the previous year, were 96.1%"). The base ends in a year or "year"; a share names no such base ("in % of GDP").
const BASE_BEFORE_INDEX = /\b(?:in|as\s+an?)\s+(?:%|percent|per\s+cent|percentage)\s+(?:to|of|against|compared\s+(?:to|with)|relative\s+to)\s+(?:the\s+)?(?:level\s+of\s+(?:the\s+)?)?(?:[A-Za-z]+(?:\s*[-–]\s*|\s+)){0,5}?(?:(?:19|20)\d{2}|year)\s*,?\s+(?:(?:it|they)\s+)?(?:made|makes|amount(?:ed|s)\s+to|was|were|is|constitut(?:ed|es)|c(?:a|o)me\s+to|stood\s+at|equal(?:l?ed|s)?(?:\s+to)?|reached)\s+$/i;
// "58.3 million tonnes of cargo passed, 87.9% of the last year's volume", "(92.6% to the level of the first quarter of 2024)":
// a base no share ever has (a level of a year before, named as such), after a comma, a bracket or "or": an index whatever
// stands between it and its amount.
const NAMED_EARLIER_LEVEL = {
  before: /(?:[,(]|\bor|\bwhich\s+(?:is|was|makes|made))\s*$/i,
  after: /^\s*(?:of|to|compared\s+(?:to|with)|against)\s+(?:the\s+)?(?:level\s+of\b|(?:last|previous|prior)\s+year['’]s\s+(?:level|figure|volume|value|amount|total|tonnage|result)\b|year-(?:earlier|ago)\s+(?:level|figure|volume|value|amount|total)\b)/i,
};

// "168,000 units, 2.1 times those of a year earlier", "2.7 times the figure a year earlier", "8,460 vehicles, 2.1 times
// the number of the same period last year": a multiple of the
// year-earlier level (Chinese 是去年的N倍), up (N - 1) x 100 percent; "grew 2.1 times" (增长N倍) is read elsewhere.
// "61,500 TEU, 2.3 times as many as in the same period of 2025": the same multiple said with "as many as"; "156,000
// units, 2.4 times the same period last year": with the base period named right after "times"; "16.54 million tonnes,
// 2.1 times the year-earlier volume" and "twice last year's level": the year-earlier level named by an adjective;
// "340 million yuan, 1.8 times that of the same month in 2021": a month's (or quarter's) base named as such; "a surplus
// of 770 billion yuan, 1.4 times the size of the same period last year": the base named by its size.
// ("2.6 times as many as in the same months of 2024", "twice the corresponding quarter of last year": the year's same span
// named by any word for it.)
// (a222: with the span's count, "the same four months of 2022", "the corresponding nine months".)
const SAME_SPAN = String.raw`(?:same|corresponding|comparable|like|equivalent)\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:period|months?|quarters?|weeks?)`;
// (a222: the base named by its own amount and a verb of trading it, its doer first: "double the 193,000 tonnes the port handled
// in the same four months of 2022", "twice the $3.1 billion shipped in the same period of 2024", "triple the 40,000 units we
// sold a year earlier".)
// (a231: "twice as much as the US$ 4,05 bi that went to China in the same twelve months of 2024", "double the $3.1 billion which
// was shipped to Japan in the same period of 2024", "three times as many as the 40,000 units that were sold abroad a year
// earlier": "as much as" before the amount, a relative pronoun before its verb, "went" as goods go, a place the goods went to.)
// (a242: the amount spelt as a speaker says it, "three times as much as the one point one billion we shipped here in the same
// twelve months of 2022", and "here" or "there" for the place the goods went: "twice the two million tonnes they sent there".)
// (a241: goods coming in as well as going out, "half as much as the 2.28 million tonnes that had come from American ports in the
// same month of 2022", "the 40,000 units which arrived from Japan a year earlier": come, came, arrived, and the place's
// ports, growers or suppliers after it.)
const SPOKEN_AMOUNT = String.raw`(?:[a-z]+(?:-[a-z]+)?\s+){1,4}?(?:hundred|thousand|million|billion|trillion)\b`;
const AMOUNT_TRADED = String.raw`(?:as\s+(?:many|much)\s+as\s+)?the\s+(?:[^\s\d]{0,4}\s?\d[\d.,]*|${SPOKEN_AMOUNT})\s*(?:[A-Za-z-]+\s+){0,3}?(?:(?:that|which)\s+(?:(?:was|were)\s+)?)?${PASSED_AMOUNT_DOER}(?:${PASSED_AMOUNT_VERB}|(?:went|gone|came|come|arrived)(?:\s+(?:abroad|overseas|out|in))?|sent)(?:\s+(?:here|there))?(?:\s+(?:to|from)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s+(?:ports?|growers|farms|mines|suppliers|shippers|sellers|buyers|terminals))?)?`;
// ("four times as many as the same period a year earlier", "twice the same months a year before": the same span dated by
// "a year earlier" after it.)
export const MULTIPLE_OF_YEAR_EARLIER = new RegExp(String.raw`^\s*(?:(?:the\s+year-(?:earlier|ago)|last\s+year['’]s|the\s+previous\s+year['’]s)\s+(?:figure|level|value|amount|volume|total|number|quantity|count|tonnage|size)\b|(?:(?:that|those|the\s+(?:figure|level|value|amount|volume|total|number|quantity|count|size|tonnage|tally)|${AMOUNT_TRADED}|as\s+(?:many|much)\s+as)\s+(?:(?:of|in|for|during|over|(?:recorded|registered|posted|seen|reported)\s+(?:in|during|for))\s+)?)?(?:the\s+${SAME_SPAN}\s+(?:of|in)\s+(?:19|20)\d{2}\b|a\s+year\s+(?:earlier|ago|before)|the\s+(?:${SAME_SPAN}\s+(?:(?:of\s+|in\s+)?(?:last|the\s+previous)\s+year|a\s+year\s+(?:earlier|ago|before))|previous\s+year|year\s+before)|last\s+year)\b)`, 'i');

// In a release that states growth as indices (INDEX_RELEASE), a bare percentage in brackets right after a
// level is one too: "Exports totalled $27.9 billion (95.8%), imports $30.7 billion (98.9%)".
const BRACKETED_AFTER_LEVEL = { before: /\d[\d.,]*\s*(?:[A-Za-z]+\.?\s+){0,3}\(\s*$/, after: /^\s*\)/, min: 50, max: 250 };
// So is a bare "or N percent" closing the clause of a level: "Exports amounted to 3 021.9 million US dollars, or 114.6
// percent of the level of ..., and imports to 9 396.7 million US dollars, or 105.3 percent." (the base left out the second
// time). Not after a change ("increased by $6.2 billion, or 13.2%").
const OR_AFTER_LEVEL = { before: /\d[\d.,]*\s*(?:[A-Za-z]+\.?\s+){0,3}[A-Za-z]*,\s*or\s+$/, after: /^\s*(?:[.;]|,\s*(?:and|while|whereas)\b|$)/, change: /\bby\s+\S{0,4}\d[\d.,\s]*(?:[A-Za-z]+\.?\s+){0,3}[A-Za-z]*,\s*or\s+$/i };
// So is each bare percentage of a list closed by "respectively", opened by a verb of level, "at", "or" or a bracket: "Exports
// made $7.2 billion and imports $9.7 billion, at 109.4% and 115.3% respectively", "or 96.1, 100.9 and 98.0 percent,
// respectively". Not after a change ("up 9.4% and 15.3% respectively" are changes).
const LISTED_INDEX = {
  before: /(?:\b(?:at|or|is|was|were|made|make|amounted\s+to|constituted|came\s+to|stood\s+at)\s+|\(\s*)(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$/i,
  after: /^\s*(?:(?:,\s*(?:and\s+)?|\s+and\s+)\d[\d.,]*\s*(?:%|percent|per\s+cent)\s*)*,?\s*respectively\b/i,
};
// An index phrase that no change rate shares: "97.4% of the level of January-September 2025", "91.5% of last year's level"
// (or, set after a level by a comma or "or", of its volume, value, figure, total: ", or 87.9% of last year's volume", ", 95% of
// the year-earlier value"; "made up 40% of last year's value" is a share),
// "or 96.8% compared to the level of January-September 2025" (an amount's index, the way Russian customs write it), and a
// bracket that opens with a percentage "to" a base period ("(96.1% to January-August 2025)", "(102.4% to 2025)"): a change
// is never written so ("imports — 166.5 bn US dollars (99.8%)" after it is an index with its base left out).
const INDEX_RELEASE = /\d\s*(?:%|percent|per\s+cent)\s+(?:(?:of|to)\s+(?:the\s+)?level\s+of|of\s+(?:last|the\s+previous)\s+year['’]s\s+level|(?:compared\s+(?:to|with)|relative\s+to)\s+the\s+level\s+of)\b|\(\s*\d{2,3}(?:[.,]\d+)?\s*%\s+to\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s*[-–]\s*(?:January|February|March|April|May|June|July|August|September|October|November|December))?\s+)?(?:19|20)\d{2}\s*\)|(?:,|\bor)\s+\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+of\s+(?:(?:last|the\s+(?:previous|prior))\s+year['’]s|the\s+year-(?:earlier|ago))\s+(?:level|volume|value|figure|amount|total|tonnage|turnover)\b/i;

// "handled 1.24 million tonnes of cargo last year, 2.6 times the amount in 2022": a multiple of the level of a year named by
// its number is of the year-earlier level when that year is the one before the whole calendar year the sentence reports.
// A multiple bounded by a hedge ("more than three times the volume of 2021", "nearly twice", "at least 2.5 times") states no
// change exact enough to be one; a rounded one ("some 2.4 times the figure for ...", "about 1.8 times", "roughly 3 times") still
// states its change, as a rounded amount states its level.
const HEDGE_BEFORE = /\b(?:more\s+than|over|nearly|almost|close\s+to|at\s+least|up\s+to)\s+$/i;
const MULTIPLE_OF_DATED_YEAR = /^\s*(?:that|those|the\s+(?:figure|level|value|amount|volume|total|number|quantity|count|tonnage))\s+(?:(?:of|in|for|recorded\s+in)\s+)((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)/i;

// (a194: "46,800 vehicles, three times as many as in January-September 2024", "2.5 times as much as in the first quarter of
// 2024", "twice the volume of January-June 2024": a multiple of a span named with its year is of the year-earlier level when
// the span is the same months, one year before, of the period the sentence reports or the one in force.)
const MULTIPLE_BASE_OPENING = /^\s*(?:(?:that|those|the\s+(?:figure|level|value|amount|volume|total|number|quantity|count|tonnage|size))\s+(?:of|in|for|recorded\s+in|seen\s+in)|(?:what\s+(?:it|they)\s+(?:was|were)|as\s+(?:much|many|large|big)\s+as)\s+(?:in|during))\s+(?:the\s+)?/i;

/** Whether a multiple ending at `end` is taken of a span mentioned right after it that is the same months of the year before `own`. */
function multipleOfSpanYearBefore(s: string, end: number, periods: readonly PeriodMention[], own: { start: string; end: string } | null): boolean {
  const m = own ? MULTIPLE_BASE_OPENING.exec(s.slice(end, end + 60)) : null;
  if (!m || !own) return false;
  const at = end + m[0].length;
  const base = periods.find((p) => p.start >= at - 4 && p.start <= at && p.periodStart !== '');
  return base !== undefined && base.periodStart === shift(own.start, -12) && base.periodEnd === shift(own.end, -12);
}

/** The growth a multiple of a level dated by the year before the sentence's own calendar year (or own months) states, or null. */
export function multipleOfYearBefore(s: string, f: Figure, periods: readonly PeriodMention[], inForce: { start: string; end: string } | null = null): number | null {
  if (f.kind !== 'percent' || !f.multiple || f.sign || HEDGE_BEFORE.test(s.slice(Math.max(0, f.start - 16), f.start))) return null;
  const ownSpan = periods.findLast((p) => p.kind === 'period' && p.end <= f.start && p.periodEnd !== '');
  if (multipleOfSpanYearBefore(s, f.end, periods, ownSpan ? { start: ownSpan.periodStart, end: ownSpan.periodEnd } : inForce)) return Math.round((f.value - 100) * 1e6) / 1e6;
  const m = MULTIPLE_OF_DATED_YEAR.exec(s.slice(f.end, f.end + 60));
  const own = m ? periods.findLast((p) => p.kind === 'period' && p.end <= f.start) : undefined;
  const year = Number(m?.[1]) + 1;
  return own && own.periodStart === `${year}-01` && own.periodEnd === `${year}-12` ? Math.round((f.value - 100) * 1e6) / 1e6 : null;
}

// "last year's figure was 1.8 times that of 2015", "2.1 times the level of 2017", "1.6 times the 2019 figure", "3.6 times as
// much as in 2020", "2.8 times what it was in 2015", "twice 2016's level": a multiple of the level of a year named by its
// number. When that year lies two or more years before the year the sentence (or the period in force) reports, the
// multiple measures growth over several years, against a base years back: no year-on-year change, no row.
const MEASURE_NOUN = String.raw`(?:figure|level|value|amount|volume|total|number|quantity|count|tonnage|size|scale)`;
// ("1.8 times the figure for the same period of 2023": the year's same months named so are as far back.)
const MULTIPLE_OF_NAMED_YEAR = new RegExp(String.raw`^\s*(?:(?:that|those|the\s+${MEASURE_NOUN})\s+(?:of|in|for|recorded\s+in|seen\s+in)|(?:what\s+(?:it|they)\s+(?:was|were)|as\s+(?:much|many|large|big)\s+as)\s+in)\s+(?:the\s+(?:same|corresponding)\s+(?:period|months?|quarter)\s+(?:of|in)\s+)?((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)`, 'i');
const MULTIPLE_OF_YEARS_NOUN = new RegExp(String.raw`^\s*(?:the\s+)?((?:19|20)\d{2})(?:['’]s)?\s+${MEASURE_NOUN}\b`, 'i');

/** True for a multiple of a level dated two or more years before the year the sentence's period (or the one in force) ends in. */
export function multipleOfYearsBack(s: string, f: Figure, periods: readonly PeriodMention[], inForce: { end: string } | null): boolean {
  if (f.kind !== 'percent' || !f.multiple || f.sign) return false;
  const after = s.slice(f.end, f.end + 60);
  const m = MULTIPLE_OF_NAMED_YEAR.exec(after) ?? MULTIPLE_OF_YEARS_NOUN.exec(after);
  if (!m) return false;
  const own = periods.findLast((p) => p.kind === 'period' && p.end <= f.start && p.periodEnd !== '')?.periodEnd ?? inForce?.end ?? '';
  return own !== '' && Number(m[1]) <= Number(own.slice(0, 4)) - 2;
}

// "almost four times the 7.2 million tonne tariff-rate quota", "three times the volume allowed under its quota", "twice its
// own harvest", "2.5 times the capacity of the line": a multiple of a base its clause names with no time in it (no year, no
// earlier period) compares the level with a quota, an output or a capacity, not with a year before: no change, no row.
// ("2.6 times the amount in 2022", "twice that of last year", "1.8 times the level of the same period" name their time.)
const MULTIPLE_OF_BASE_AFTER = /^\s*(?:the|its|their|a|an|this|that\s+of|those\s+of|what)\s[^,;.()]{0,70}/i;
const TIME_IN_BASE = /\b(?:(?:19|20)\d{2}|year|years|month|months|quarter|period|same|corresponding|previous|prior|preceding|last|earlier|ago|before|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber)\b/i;

/** True for a multiple of a base named with no time ("four times the quota"): a comparison, no year-on-year change. */
export function multipleOfUndatedBase(s: string, f: Figure): boolean {
  if (f.kind !== 'percent' || !f.multiple || f.sign) return false;
  const m = MULTIPLE_OF_BASE_AFTER.exec(s.slice(f.end, f.end + 80));
  return m !== null && !TIME_IN_BASE.test(m[0]);
}
// "The city's exports to China rose to 412 million zlotys ... Imports from China were about five times higher.", "Purchases from
// it were roughly three times as large": a multiple after a copula, with a bare comparative and no base after it, whose subject
// is the other flow than the one the sentence before named compares the two flows, not the year: no change, no row. ("Imports
// rose five times", "were five times higher than a year earlier" keep their change; so does the same flow again.)
const COPULA_BEFORE_MULTIPLE = /\b(?:was|were|is|are|stood|came\s+in|ran)\s+(?:(?:about|around|roughly|some|nearly|almost|just|well|over|under|more\s+than|close\s+to|at\s+least|still)\s+){0,2}$/i;
const BARE_COMPARATIVE_AFTER = /^\s*(?:times\s+)?(?:higher|larger|greater|bigger|more|as\s+(?:high|large|big|much|great))\s*(?:[.;]|$|,\s*(?:while|whereas|but|and|according|officials?|customs|data)\b)/i;

/** True for a copular multiple with no base ("were five times higher.") said of the other flow than the sentence before named. */
export function multipleOfOtherFlow(s: string, f: Figure, subjectFlow: string | undefined, flowBefore: string | null): boolean {
  if (f.kind !== 'percent' || !f.multiple || f.sign) return false;
  if ((subjectFlow !== 'export' && subjectFlow !== 'import') || (flowBefore !== 'export' && flowBefore !== 'import') || subjectFlow === flowBefore) return false;
  return BARE_COMPARATIVE_AFTER.test(s.slice(f.end, f.end + 40)) && COPULA_BEFORE_MULTIPLE.test(s.slice(Math.max(0, f.start - 40), f.start));
}
// So does a release with the "в % к" frame ("in % to January-June 2024", "as a percentage of the same period"), or one that
// states a bare index of 50 to 299 percent against a dated base after "which is" ("which is 103.5% compared to January-June
// 2024", "which was 92.6% of 2024"): a change is said with a word of change ("which is 3.5% more than").
const BASE_BEFORE_RELEASE = /\b(?:in|as\s+an?)\s+(?:%|percent|per\s+cent|percentage)\s+(?:to|of|against|compared\s+(?:to|with))\s+(?:the\s+)?(?:(?:same|corresponding|previous|last)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d{2})\b)/i;
const WHICH_IS_INDEX = /\bwhich\s+(?:is|was|makes|made|amounts\s+to|amounted\s+to|constitutes|constituted)\s+(?:[5-9]\d|[12]\d\d)(?:[.,]\d+)?\s*(?:%|percent|per\s+cent)\s+(?:compared\s+(?:to|with)|of|to|against|relative\s+to)\s+(?:the\s+)?(?:(?:same|corresponding)\s+period|(?:last|previous)\s+year|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:19|20)\d{2}\b)/i;

/** True for a release that states growth as indices of the year-earlier level. */
export function isIndexRelease(text: string): boolean {
  return INDEX_RELEASE.test(text) || (text.includes('which') && WHICH_IS_INDEX.test(text)) || (/%|per\s?cent|percentage/i.test(text) && BASE_BEFORE_RELEASE.test(text));
}

/** The year-on-year growth a percentage states as an index (103.5 → 3.5), or null when it is none. */
export function indexGrowth(s: string, f: Figure, indexRelease = false): { growth: number; rule: string } | null {
  if (f.kind === 'percent' && f.multiple && !f.sign && MULTIPLE_OF_YEAR_EARLIER.test(s.slice(f.end, f.end + 120)) && !HEDGE_BEFORE.test(s.slice(Math.max(0, f.start - 16), f.start))) return { growth: Math.round((f.value - 100) * 1e6) / 1e6, rule: 'multiple of the year-earlier level' };
  if (f.kind !== 'percent' || f.sign || f.multiple || f.value < MIN_INDEX || f.value > MAX_INDEX) return null;
  const before = s.slice(Math.max(0, f.start - 40), f.start);
  const after = s.slice(f.end, f.end + 80);
  const growth = Math.round((f.value - 100) * 1e6) / 1e6;
  // A word of change before the percentage, after the level it may follow ("rose to 8.92 million tonnes, 104.6%"
  // is a level's verb; "increased by 3.5%" makes the percentage a change).
  const lead = s.slice(Math.max(0, f.start - 80), f.start);
  const ownLead = lead.slice(lead.search(/\d[\d.,]*\s*(?:[A-Za-z]+\s+){0,3}?[A-Za-z]*[,(]\s*$/) + 1 || 0);
  for (const rule of INDEX_RULES) {
    if (!rule.before.test(before) || !rule.after.test(after)) continue;
    if (CHANGE_WORD_BEFORE.test(ownLead)) return null;
    return { growth, rule: rule.name };
  }
  if (NAMED_EARLIER_LEVEL.before.test(before) && NAMED_EARLIER_LEVEL.after.test(after) && !CHANGE_WORD_BEFORE.test(ownLead)) return { growth, rule: 'index of a named year-earlier level' };
  if (lead.includes('%') || /per\s?cent|percentage/i.test(lead)) {
    if (BASE_BEFORE_INDEX.test(s.slice(Math.max(0, f.start - 110), f.start))) return { growth, rule: 'index with its base named before it' };
  }
  const b = BRACKETED_AFTER_LEVEL;
  // Above 100 percent the bracket can hold no share, and a change would carry its sign or word: an index in any release
  // ("Export amounted to 21 702.9 million US dollars (129.8%)").
  const anyRelease = f.value > 100;
  if ((indexRelease || anyRelease) && f.value >= b.min && f.value <= b.max && b.before.test(before) && b.after.test(after)) return { growth, rule: 'bracketed index after a level' };
  if (indexRelease && f.value >= b.min && f.value <= b.max && LISTED_INDEX.after.test(after) && LISTED_INDEX.before.test(lead)) return { growth, rule: 'listed index before "respectively"' };
  const o = OR_AFTER_LEVEL;
  if (indexRelease && f.value >= b.min && f.value <= b.max && o.before.test(before) && o.after.test(after) && !o.change.test(lead)) return { growth, rule: 'index after a level and "or"' };
  return null;
}
