/**
 * Sentences → observation drafts. Decides what each figure is (a level, a growth rate, a share, or
 * not a statistic), pairs growth rates with the levels they qualify, and fills period, area,
 * partner, flow and commodity from the sentence or, when the sentence is silent, from the
 * sentences before it (the way a reader carries "the port" or "during the period" forward).
 */
import { isChangeVerb } from './change-verbs.js';
import type { ExtractionContext, Flow, Measure, ObservationDraft, Qualifier } from '../../contract.js';
import { currencyInContext } from './currency-context.js';
import { trainCommodity, unitInContext } from './unit-context.js';
import { EVENT_DATE_BEFORE } from './event-dates.js';
import { anaphoraKind, countryOf, findPlaces, isPlaceWord, TRADE_VERB_SUBJECT_AFTER, type PlaceKind, type PlaceMention } from './geography.js';
import { findPeriods, type Anchor, type PeriodMention } from './periods.js';
import { findFigures, qualifierBefore, QUALIFIER_WORD_LIST, type Figure } from './quantities.js';
import type { Sentence } from './sentences.js';
import { baseSign, earlierGrowth, earlierLevel, openingBaseIsYearBefore, resolveEarlier, shift, yearBeforeBase, type EarlierPeriod } from './comparisons.js';
import { EARLIER_GROWTH_RULE, FOLLOWED_GROWTH_RULE, notATradeFigure } from './nonfigures.js';
import { indexGrowth } from './growth-index.js';
import { gappedGrowth } from './gapped-growth.js';
import { runningTotals } from './stocks.js';
import { breakdownInSpan, commodityBefore, findFlowCues, type FlowCue } from './subjects.js';
import { anyCharOf, asciiLowerCase, firstNonSpace, isDigitAt, isSpace, isUpperAscii, isWordChars, spaceBefore } from './chars.js';
import { keywords, mentions } from './keywords.js';
import { anyOf } from './gates.js';

/** What the reader remembers from earlier sentences of the same release. */
export interface ReleaseMemory {
  /** `loose`: read from a bare "this year", which ends no other year to date. */
  period: { start: string; end: string; loose?: boolean; running?: boolean } | null;
  /** The period in force before a running total since a launch became the period: a growth rate after the total is of it. */
  beforeRunning?: { start: string; end: string } | null;
  /** A year-to-date aside's period and paragraph: the rest of that paragraph, or "during the period" right after it, goes on with it. */
  aside?: { period: { start: string; end: string }; paragraph: number };
  area: string;
  areaByKind: Partial<Record<PlaceKind, string>>;
  /** The country the release reports on (its default area). */
  country: string;
  partner: string;
  paragraph: number;
  /** Flow of the last figure: a sentence with no flow word continues the one before it. */
  lastFlow: Flow | null;
  /** The paragraph whose sentence set `lastFlow`. */
  lastFlowParagraph?: number;
  /** Commodity of the last physical quantity: "Imports for the period were 70 million tons" continues it. */
  quantityCommodity: string;
  /** Area of the release's first figure: a port named in passing is not carried into later paragraphs. */
  leadArea?: string;
  /** The last sentence with figures gave both exports and imports. */
  bothWays?: boolean;
  /** Paragraph of the release's first figure, and the last paragraph that named a city as an area. */
  leadParagraph?: number;
  cityParagraph?: number;
  /** Period of the release's first figure: a quarter inside it is an aside that ends with its paragraph, and
   * a one-month report makes a year-to-date sentence an aside. */
  leadPeriod?: { start: string; end: string };
  /** Last bloc named as a partner: "the bloc", "the grouping" point back to it. */
  groupPartner?: string;
  /** Paragraph whose changes are against the previous period (seasonally adjusted, preceding quarter). */
  sequentialParagraph?: number;
  /** Unit of the last count read: "units" after a sentence about autos are vehicles. */
  countedUnit?: string;
  /** Period of the last heading ("Exports by market in the first quarter:"): each paragraph under it starts from it. */
  sectionPeriod?: { start: string; end: string };
  /** Period and flow in force where the current bulleted list began: each item starts from them. */
  list?: { period: { start: string; end: string } | null; flow: Flow | null };
  /** Levels of the previous sentence: "This is 18.3% more than ..." gives the growth of its last one. */
  previousLevels?: ObservationDraft[];
  /** The release compares with the previous month throughout (release-basis.ts): unmarked changes are not yoy. */
  previousMonthRelease?: boolean;
  /** Warnings for numbers too long to keep exactly, in reading order (a number no rule read). */
  inexact: string[];
  /** Spans of several months stated so far, latest last (a few): "during the four months" points back to the last one four months long. */
  spans?: { start: string; end: string }[];
  /** Directions of trade the release has named so far (imports only of named goods): a story that names only imports of goods moves its bare "shipments" in. */
  namedFlows?: { import: boolean; export: boolean };
}

/**
 * "Zhengzhou's service, which began in 2013, has run over 15,000 trips to date. Changsha's trains grew the
 * fastest, up 28.6 percent": a year-on-year growth with no period of its own, right after a running total
 * since a launch, is not the total's (a total since 2013 has no year-on-year change); it is of the period
 * the release reported before the total.
 */
function growthPastRunningTotal(r: Reading, period: { start: string; end: string }, memory: ReleaseMemory): { start: string; end: string } {
  if (r.role !== 'growth' || !r.yoy || period !== memory.period || !memory.period.running || !memory.beforeRunning) return period;
  return memory.beforeRunning;
}

/** A figure with its meaning decided. */
interface Reading {
  figure: Figure;
  role: 'level' | 'growth' | 'share';
  /** Growth only: direction (+1/-1) and whether it is year-on-year (not month-on-month or vs plan). */
  direction: number;
  yoy: boolean;
  /** Level: the growth reading that qualifies it. */
  growth: Reading | null;
  /** Growth: the level it qualifies. */
  level: Reading | null;
  /** Level in a second currency: the primary level it restates. */
  twinOf: Reading | null;
  /** An earlier level (or growth) stated as a comparison base: its own period; a level has no growth. */
  earlier?: EarlierPeriod;
  /** An earlier growth: the figure it is compared with, whose place, flow and goods it shares. */
  comparedWith: Reading | null;
  /** Set by "respectively" lists. */
  partnerOverride?: string;
  flowOverride?: Flow;
  areaOverride?: string;
}

/** True when a growth rate is the whole country's, quoted beside a province's or city's ("above the national growth of 3.8 percent"). */
function isNationalRate(s: string, f: Figure): boolean {
  if (!mentions(s, NATIONAL_RATE_WORDS, Math.max(0, f.start - 60), Math.min(s.length, f.end + 40))) return false;
  return NATIONAL_RATE_BEFORE.test(s.slice(Math.max(0, f.start - 60), f.start)) || NATIONAL_RATE_AFTER.test(s.slice(f.end, f.end + 40));
}

/** A new reading; every reading has every field (set later by the pairing steps), so readers see one object shape. */
function reading(figure: Figure, role: Reading['role'], direction: number, yoy: boolean, earlier?: EarlierPeriod): Reading {
  return { figure, role, direction, yoy, growth: null, level: null, twinOf: null, earlier, comparedWith: null, partnerOverride: undefined, flowOverride: undefined, areaOverride: undefined };
}

const QUALIFIER_TAIL = /\b(?:no less than|no fewer than|no more than|more than|greater than|in excess of|upwards of|at least|just over|just above|just under|just below|less than|fewer than|close to|an estimated|estimated|approximately|approx\.?|nearly|near(?:s|ed|ing)?|almost|about|around|roughly|some|circa|over|above|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|top(?:ped|ping|s)?|beyond|under|below|at most)\s+(?:a\s+(?:combined|total\s+of|record(?:\s+high\s+of)?)\s+|the\s+)?$/i;
const QUALIFIER_WORDS = keywords(QUALIFIER_WORD_LIST, QUALIFIER_TAIL);

// A number right after these words is a change or a comparison base, not a level.
const DELTA_BEFORE = /(?:\b(?:increase[sd]?|rise|rose|risen|grown|grew|(?<!\b(?:made|make|makes|making|add|adds|added|sum|summed|notch|notched|notching|chalk|chalked|rack|racked|ring|rang|rung)\s)up|down|decrease[sd]?|decline[sd]?|fell|fallen|drop(?:ped)?|gain(?:ed)?|jump(?:ed)?|surge[sd]?|climb(?:ed)?|add(?:ed|ing)?|expanded|shrank|narrowed|widened|(?:ris|fall|increas|decreas|declin|dropp|gain|climb|grow)ing)\s+(?:by\s+)?|\b(?:an?\s+)?(?:increase|decrease|rise|drop|decline|growth|gain|reduction|expansion|addition)\s+of\s+|(?:increase[sd]?|rose|risen|grew|up|down|decrease[sd]?|decline[sd]?|fell|fallen|drop(?:ped)?|gain(?:ed)?|jump(?:ed)?|climb(?:ed)?)\s+(?:by\s+)?[+-]?\d[\d.,]*\s*(?:%|percent|per\s+cent|pc|pct)\s*,?\s+or\s+(?:by\s+)?(?:[A-Z]{0,3}\$|[€£¥])?)$/i;
// "fell 1.1 per cent, or $512 million, to $45,602 million": the amount after the percentage and "or" is
// the same change in money (the last alternative of DELTA_BEFORE).
// A signed base ("compared with +€19.3 bn") is still a base.
const BASE_BEFORE = /\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against|than)\s+[+-]?$/i;
// "2,800 trucks crossed the gate daily": a frequency later in the clause makes the level a rate.
const CLAUSE_RATE_AFTER = /^[^,;:()]*?\b(?:daily|[Aa] day|per day|each day|every day|[Aa] week|per week|weekly)\b/;
// "Every day now, roughly seven trains leave our yard": a frequency opening the clause before the level.
const RATE_OPENING_BEFORE = /\b(?:every|each)\s+(?:single\s+)?(?:day|week)\b[^.;]{0,40}$/i;
// Subjects whose percentage changes are prices, not trade ("iron ore futures rose 1.3%").
const PRICE_SUBJECT = /\b(?:prices?|priced|futures|price index|exchange rate|freight rates?)\b/i;
// Each X_WORDS names words one of which every match of X contains: X runs only where one is (keywords.ts).
const PRICE_SUBJECT_WORDS = keywords(['price', 'futures', 'exchange rate', 'freight rate'], PRICE_SUBJECT);
const DAILY_RATE_AHEAD = /^[^.;\d]{0,40}?\b(?:to|at|of|reaching|hitting|hit)\s+(?:a\s+record\s+(?:high\s+of\s+)?)?[\d.,]+\s*(?:million|mln|thousand|bn|billion)?\s*(?:b\/d|bpd|barrels?\s+(?:a|per)\s+day)/i;
const DAILY_RATE_WORDS = keywords(['b/d', 'bpd', 'barrel'], DAILY_RATE_AHEAD);
const SEQUENTIAL_BASIS = /\b(?:(?:preceding|previous|prior)\s+(?:three\s+months|quarter|month|period)|seasonally[- ]adjusted|month[- ]on[- ]month|quarter[- ]on[- ]quarter)\b/i;
const SEQUENTIAL_WORDS = keywords(['preceding', 'previous', 'prior', 'seasonally', 'month-on', 'month on', 'quarter-on', 'quarter on'], SEQUENTIAL_BASIS);
const YOY_MARKER = /\b(?:year[- ]on[- ]year|year[- ]over[- ]year|y\/y|yoy|on-year|on\s+the\s+year|(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?same\s+(?:period|month|quarter)|last\s+year|previous\s+year)\b/i;
const DELTA_AFTER = /^\s*(?:\([^)]{0,30}\)\s*)?(?:,?\s*or\s+[+-]?[\d.,]+\s*(?:%|percent|per cent)\s*,?\s*)?(?:(?:more|less|higher|lower|fewer)\s+than\b|more\b)/i;
const DELTA_AFTER_WORDS = keywords(['more', 'less', 'higher', 'lower', 'fewer'], DELTA_AFTER);
const RATE_AFTER = /^\s*(?:(?:a|per|each|every)\s+(?:day|week|month|year|tonne|ton|unit|vehicle|person|capita|enterprise|company|head|kilogram|kg|barrel|TEU|container|train|trip)\b|(?:daily|on average|apiece|each)\b|\/\s*(?:t|ton|tonne|day|kg)\b)/i;
// "capital" is money ("registered capital of"), not the capital city ("the capital's trade", "Hefei, the provincial capital, contributed").
const RATE_BEFORE = /\b(?:average|averaged|averaging|per capita|price|prices|priced at|costs?|salary|wages?|(?<!\b(?:the|provincial|regional|national)\s)capital(?!'s|\s+city))\b[^.;]{0,40}$/i;
// "Economists had expected a deficit of $2.5 billion", "analysts polled had forecast", "adding that he expected
// full-year growth of around 4 percent", "the full-year figure could top $150 billion": what others expected
// ("may" is left out: "from January to May hit 287.5 billion yuan" is no forecast);
// "a production quota of 735 million tonnes", "export quotas totalling 4mn t": a limit set, not an amount traded.
const FORECAST_BEFORE = /\b(?:expect(?:s|ations?)?|consensus|median\s+estimate|(?:had|have|has|was|were)\s+(?:been\s+)?(?:expected|forecast|predicted|projected)|(?:economists|analysts)\s+(?:\w+\s+){0,2}?(?:expected|forecast|predicted|estimated)|(?:he|she|they|we|analysts?|economists?|experts?|observers?)\s+(?:also\s+|still\s+)?(?:expected|anticipated|predicted|projected)|expected\s+to|expected\s+(?:[\w'-]+\s+){1,4}?to\s+(?:hold|stay|remain|keep|reach|exceed|top|hit|rise|fall|climb|drop|ease|slow|grow|increase|decrease|decline|rebound|recover|average)|is\s+expected|are\s+expected|forecasts?|projected|projection|will\s+(?:reach|exceed|hit|be|top|surpass|grow|rise)|(?:would|could|might)\s+(?:reach|exceed|hit|top|surpass|grow|rise|increase|expand|fall|drop|decline)|predict(?:s|ing)?\s+that|plans?\s+to|aims?\s+to|targets?|estimated\s+to\s+reach|goal|quotas?)\b[^.;]{0,60}$/i;
const FORECAST_BEFORE_WORDS = keywords(['expect', 'anticipat', 'consensus', 'median', 'forecast', 'predict', 'project', 'economists', 'analysts', 'will', 'would', 'could', 'might', 'plan', 'aim', 'target', 'estimated', 'goal', 'quota'], FORECAST_BEFORE);
// "above the $6.4 billion expected by economists", "the 3.1% forecast in a Reuters poll": an amount others expected.
const FORECAST_AFTER = /^[^.;]{0,30}\bnext\s+(?:month|year|quarter|week)\b|^\s*(?:(?!as\b)[a-z]+\s+)?(?:expected|forecast|predicted|projected|anticipated)\s+(?:by|in)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:economists|analysts|forecasters|markets?|consensus|poll|survey)\b/i;
// "beating the 4.0 percent growth forecast": a percentage that names a forecast or a poll, not a result.
const FORECAST_NOUN_AFTER = /^\s*(?:(?:growth|increase|rise|gain|decline|drop)\s+)?(?:forecasts?|estimates?|expectations?|consensus|projections?|targets?|goals?)\b/i;
// Subjects of figures that are not trade: the economy, investment, tourism, budgets, deals, people.
// "foreign-invested enterprises" and "customs revenue" are trade; "investment goods" are goods.
// The commodity desks' stocks and output: "port stockpiles of the ore climbed to 151 million tons",
// "potash inventories stood at 2.8 million tons", "copper output rose 3.2%", "Sinograin has auctioned
// 2 million tons of reserve corn", "the sow herd cut to 39 million head".
const NON_TRADE_SUBJECT = /\b(?:stockpiles?|stocks|inventor(?:y|ies)|output|production|auction(?:s|ed)?|herds?|GDP|gross domestic product|economy|economic output|(?<!-)invest(?:ments?(?!\s+goods)|ed|ing|s)?|fixed[- ]assets?|retail sales|tourism|tourists?|duty-free\s+(?:shops?|stores?|sales|shopping|spending)|(?:sav(?:ed|ing|ings)\s+(?:[\w-]+\s+){0,2}?)|remittances?|(?<!customs\s)budget revenues?|tax (?:exemptions?|breaks|cuts|relief|reductions?)|deals?|contracts?|cost(?:s|ing)?|population|home to|residents|inhabitants|employ(?:s|ed|ing|ment)?|jobs|salar(?:y|ies)|wages?|industrial (?:output|production)|value[- ]added|loans?|deposits?|exhibitors|participants|attended by|registered capital|financing|subsid(?:y|ies))\b/gi;
const NON_TRADE_WORDS = keywords(['stock', 'inventor', 'output', 'production', 'auction', 'herd', 'gdp', 'gross domestic product', 'econom', 'invest', 'fixed', 'retail sales', 'touris', 'duty-free', 'sav', 'remittance', 'budget revenue', 'tax', 'deal', 'contract', 'cost', 'population', 'home to', 'residents', 'inhabitants', 'employ', 'jobs', 'salar', 'wage', 'industrial', 'value', 'loan', 'deposit', 'exhibitors', 'participants', 'attended by', 'registered capital', 'financing', 'subsid'], NON_TRADE_SUBJECT);

// Cues before a percentage: share words, direction words, year-on-year markers, and rates that are not trade growth.
// "grew at an annual rate of 9.1 percent" (Philippine statistics): the annual rate is the year-on-year
// change, not a rate level.
const PERCENT_CUE = /\b(?:(growth rate|rate of growth|rate of increase)|(account(?:s|ed|ing)?(?:\s+for)?|shares?|proportion|constitut\w*|represent\w*|made up|make up|makes up|making up|compris\w*|contribut\w*|tak(?:es|ing|en)(?:\s+up)?|took(?:\s+up)?|suppl(?:ied|ying)|provid(?:ed|ing))|(negative growth|decrease[sd]?|decreasing|decline[sd]?|declining|fell|fall(?:s|en|ing)?(?!\s+(?:on|to)\b)|down|drop(?:s|ped|ping)?|dip(?:s|ped)?|slid|slides?|slip(?:s|ped)?|shr[aiu]nk|shrinking|shed|dived|dove|sank|plummet(?:s|ed)?|contract(?:s|ed|ing|ion)?|lower|slump(?:s|ed)?|plunge[sd]?|plunging|tumble[sd]?|reduc(?:ed|tion)|narrow(?:ed|ing)?|eased?|retreat(?:ed)?|lost|los(?:es|ing))|(increase[sd]?|increasing|rise[sn]?|rising|rose|grow(?:s|th|ing|n)?|grew|up|gain(?:s|ed)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surge[sd]?|surging|soar(?:s|ed|ing)?|expand(?:s|ed|ing)?|expansion|advance[sd]?|higher|boost(?:ed)?|spike[sd]?|accelerat\w*|widen(?:s|ed|ing)?)|(year[- ]on[- ]year|year[- ]over[- ]year|y\/y|yoy|y-o-y|annual(?:\s+growth)?\s+rate|annual(?:ly)?)|(tariffs?|dut(?:y|ies)|interest|inflation|tax(?:es)?|rates?|GDP|unemployment|utili[sz]ation|discount|margin|probability|completion|capacity|occupancy|coverage|pass rate|efficiency))\b/gi;
// "$6.9 billion (14%) more than": the bracket around the percentage closes before the direction word.
const AFTER_DIRECTION = /^\s*\)?\s*,?\s*(?:year[- ](?:on|over)[- ]year\s+|y\/y\s+|yoy\s+|annual\s+)?(?:(increase|growth|rise|gain|jump|surge|up|higher|more|above|expansion|larger|bigger|wider)|(decrease|decline|drop|fall|down|lower|less|fewer|contraction|reduction|below|smaller|narrower))\b/i;
const SUPPLIER_VERB_AFTER = /^\s+(?:also\s+|alone\s+)?(?:supplied|provided)\b/;
const PART_OF_THE_TOTAL = /^\s*(?:of\s+(?:the|its|their)\s+(?:(?:combined|overall|whole|province's|region's|city's|provincial|regional|municipal)\s+)?total|of\s+the\s+whole)\b/i;
// "Pudong New Area contributed 1.31 trillion yuan, or 61.2 percent of Shanghai's total": a place's part of the
// whole of a named place, the share right after the amount or the share itself.
// ("612,000 tons of the total" points back to the total of the sentence before.)
const PART_OF_A_PLACE_TOTAL = /^\s*(?:,?\s*or\s+[\d.]+\s*(?:%|percent|per\s+cent)\s+)?of\s+(?:[A-Z][\w-]*'s?|the\s+(?:province|city|region|municipality|country|nation)'s)\s+(?:(?:combined|overall|whole)\s+)?total\b/;
const NEXT_PERCENT = /\d[\d.,]*\s*(?:%|percent|per cent|percentage)/i;
const CHANGE_NOUN_AFTER = /^\s*(?:year[- ]on[- ]year\s+)?(?:increase|growth|rise|gain|jump|surge|decrease|decline|drop|fall|contraction|reduction)\b/i;
// A comparison opening the clause, up to its comma ("Compared with August,", "On a month-on-month basis,").
const OPENING_BASIS = /^\s*(?:[Cc]ompared\s+(?:with|to)|[Aa]gainst|[Vv]ersus|[Rr]elative\s+to|[Ff]rom|[Oo]n)\s[^,;]{1,50},/;
// "up 2.4% month-on-month and 17.5% against the same month last year": a year-on-year basis right after
// the percentage is its own, whatever basis came before it.
const AFTER_YOY = /^\s*,?\s*(?:year[- ](?:on|over)[- ]year|y\/y|yoy|y-o-y|on[- ]year|(?:from|over|on|against|versus|compared (?:with|to)) (?:the same|the corresponding|a year|last year)|than (?:a year|the same|last year|in the same))/i;
// "of the total", "of all exports", "of its exports", "of the region's foreign trade": a part of a whole.
// "partner with a 15.5% share", "a 21 percent trade turnover share": the noun "share" right after the percentage.
const SHARE_NOUN_AFTER = /^\s*(?:(?:trade|turnover|market|export|import)\s+){0,2}share\b/i;
const AFTER_SHARE = /^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,4}?(?:total|overall|all|entire|whole|national|combined|exports|imports|trade|turnover|shipments|purchases|supplies)\b/i;
// "2.1 percent below July's 50.7 million tons": a change against a named month's level is month-on-month.
const NOT_YOY = /\b(?:below|above|from|over|than|on|against|compared\s+(?:with|to)|versus)\s+(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)'s\s+(?:[\d$€¥£]|level|figure|total|volume)|\b(?:month[- ](?:on|to)[- ]month|on\s+(?:the\s+)?month|m\/m|mom|mtm|m-o-m|from the previous month|over the previous month|from a month (?:earlier|ago)|quarter[- ]on[- ]quarter|q\/q|sequential(?:ly)?|than (?:the )?(?:planned|plan|target|forecast|expected)|of the (?:annual )?(?:plan|target))\b|\b(?:from|than)\s+(?:the\s+)?[\d.,]+\s(?:[\w/$]+\s){0,3}in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*(?:\d|of\s+(?:the\s+)?(?:last|previous)|last\s+year|a\s+year))|\b(?:from|over|than(?: in| that of| those of)?|compared (?:with|to)(?: that of)?|against)\s+(?:(?:the\s+)?previous month|last month|a month (?:earlier|ago|before)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*(?:-|–|to\b(?!\s+(?:[\w-]+\s+){0,2}?[\d$¥€£])|through\b|and\b|\d|(?:of\s+)?(?:last|the\s+previous|a)\s+year\b|of\s+(?:the\s+)?(?:previous|last|\d))))/i;

// A growth rate before these words applies to the level that follows ("rose 5% to 3 trillion yuan").
// "decreased by 11.2% and made up $81.07 billion": Russian-style "and <verb>" leads into the level too.
const FORWARD_CUE = /\b(?:to|reaching|reached|reach|hitting|hit|totaling|totalling|totaled|totalled|at|amounting to|amounted to|standing at|stood at|came to|coming in at|worth|(?:and\s+)(?:made up|makes up|make up|amounted to|totaled|totalled|reached|came to|stood at))\s+(?:a\s+(?:(?:new\s+)?record(?:\s+(?:high|figure|level|value))?(?:\s+of)?|total\s+of|combined)\s+)?$/i;
// "245,000 tonnes in September, up 2.2% from a year earlier, worth $1.21 billion": a value named after a comma
// is what the quantity before the growth was worth; the growth does not lead into it.
const WORTH_AFTER_COMMA = /,\s*(?:and\s+)?(?:worth|valued\s+at)\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?$/i;
// Words between a level and a later growth rate that introduce a new subject ("..., while imports fell 2%").
const NEW_SUBJECT = /(?:;|\bwhile\b|\bwhereas\b|\bbut\b|\bmeanwhile\b|\bof which\b|\bamong (?:them|which)\b|,\s*(?:and\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}?(?:exports?|imports?|trade|turnover|surplus|deficit|shipments)\b|(?<!\b(?:imports?|exports?)\s)\band\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+)?(?:exports?|imports?)\b)/i;
// ", up ", ", down by ", ", an increase of ": a growth that trails the level before it.
// "well above the national growth of 3.8 percent", "3.6 percent growth nationwide": a province's release
// quoting the country's rate. The rate is the nation's, and qualifies no level of the province.
const NATIONAL_RATE_BEFORE = /\b(?:national|nationwide|(?:the\s+)?(?:country|nation)'s)\s+(?:(?:overall|average|total|foreign\s+trade|trade)\s+){0,2}(?:growth|rate|level|increase|average|figure)(?:\s+rate)?\s+(?:of\s+|was\s+|stood\s+at\s+)?$/i;
const NATIONAL_RATE_AFTER = /^\s*(?:growth\s+)?(?:nationwide|nationally|for\s+the\s+(?:country|nation)\s+as\s+a\s+whole|across\s+the\s+(?:country|nation))\b/i;
const NATIONAL_RATE_WORDS = keywords(['national', 'nation', 'country'], NATIONAL_RATE_BEFORE, NATIONAL_RATE_AFTER);
const TRAILING_GROWTH_GAP = /^\s*,\s*(?:(?:up|down|rising|falling|growing|increasing|decreasing|declining|dropping)(?:\s+by)?|an?\s+(?:year-on-year\s+)?(?:increase|decrease|rise|drop|decline|jump|surge|growth|gain)\s+of)\s+(?:(?:nearly|almost|about|around|over|more than|some|roughly)\s+)?$/i;
// "... to 460,000 tonnes in April but were ", "..., and were down ": the clause goes on with the same subject.
// Between a comparison base and the change after it: "in September but up", "in June, according to customs data, but remained down by",
// "in May, though they were still", "in April and": the same subject goes on (no new flow or goods subject after the conjunction).
const BUT_AFTER_BASE = /^[^.;\d]{0,80}\b(?:but|though|although|yet|and)\b(?![^.;\d]*\b(?:exports?|imports?|shipments|trade|turnover|arrivals|purchases|sales|deliveries|supplies)\b)[^.;\d]{0,40}$/i;
const SAME_SUBJECT_GOES_ON = /^[^.;\d]{0,40}\b(?:but|and|while)\s+(?:were|was|are|is|remained|stood)\b[^.;\d]{0,30}$/i;
// A figure carried "along the railway" / "via the line": the cross-border railway the release named before.
const RESPECTIVELY = /\brespectively\b/i;
const RESPECTIVELY_WORDS = keywords(['respectively'], RESPECTIVELY);
const BILATERAL = /\bbilateral\b/i;
const BILATERAL_WORDS = keywords(['bilateral'], BILATERAL);
const ALONG_THE_RAILWAY = /\b(?:along|via|on|through|by)\s+the\s+(?:railway|rail\s+line|line)\b/i;
const PHOTO_CAPTION = /\b(?:in\s+this\s+(?:[\w-]+\s+){0,2}photo|(?:this|the)\s+(?:[\w-]+\s+){0,2}photo\s+(?:shows|taken)|photo\s+taken\s+on|\(photo\s+by)\b/i;
const PHOTO_WORDS = keywords(['photo'], PHOTO_CAPTION);
// A line that introduces what follows: "Main features of exports in the first half:".
const HEADING_END = /:\s*$/;
// "During the period, ...", "in the same period": pointing back to the period stated last (not "the same period last year").
const THE_PERIOD_BACK = /\b(?:during|in|over|for|within)\s+the\s+(?:same\s+)?period\b(?!\s+(?:of|in|last|a\s+year|the\s+previous))/i;
// A wire dateline standing as a sentence of its own: "Ulaanbaatar, November 12 (MONTSAME).", "SEOUL, Nov. 11 (Yonhap) --".
const DATELINE_ONLY = /^\s*[A-Z][A-Za-z .'-]{1,40},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*(?:\([^()]{1,40}\))?\s*[.:–—-]*\s*$/;
// The month of an earlier growth, compared with: "after a year-on-year gain of 11.9% in September",
// "reversing the 5.6 per cent expansion in August", "following the 2.1pc decline in September".
const EARLIER_GROWTH_DATE = /\b(?:after|following|reversing|versus|compared\s+(?:with|to))\s+(?:[\w-]+\s+){0,5}?[+-]?\d[\d.,]*\s*(?:%|percent|per\s+cent|pc|pct)(?:\s+[\w-]+){0,3}?\s+(?:in|for|during)\s+(?:the\s+)?$/i;
// What ends a set-aside level before its trailing change: "per auto", "a tonne", "b/d".
// "... 780 yuan per tonne in August, down 12 percent": the price's own period goes with it.
const SET_ASIDE_TAIL = /^\s*(?:(?:per|a|each)\s+[\w-]+|b\/d|bpd|barrels?\s+(?:per|a)\s+day)(?:\s+(?:in|for|during)\s+(?:the\s+)?[\w-]+(?:\s+\d{4})?)?/i;
// Words between two changes of one figure: "... from last month, and up ", "... year on year and fell ".
const SIDE_BY_SIDE = /^[^.;\d]{0,60}$/;
// A month-on-month basis named in a change's own words, and the clause of a second flow after it ("..., while imports dropped").
const MONTH_ON_MONTH = /\b(?:month[- ](?:on|to)[- ]month|on\s+(?:the\s+)?month|m\/m|from\s+the\s+previous\s+month|over\s+the\s+previous\s+month)\b/i;
const PAIRED_FLOW_CLAUSE = /^(?:[^.;]|\.(?=\d)){0,80}?,?\s+(?:while|whereas|and)\s+(?:[\w-]+\s+){0,3}?(?:imports?|exports?|shipments|purchases)\b(?:[^.;]|\.(?=\d)){0,40}$/i;
// "€114.9 billion were imported", "worth $2.1 billion was exported to": an amount, then a passive trade verb.
const PASSIVE_FLOW_GAP = /^(?:\s+[A-Za-z]+){0,2}?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+$/i;
const PASSIVE_FLOW_VERB = /^(?:exported|imported|shipped|sold|sent|supplied|delivered|bought|purchased|sourced|procured)$/i;
const TWIN_GAP = /^\s*(?:\(|,|\bor\b|\s)\s*(?:(?:or|i\.e\.|equivalent to|equal to|about|approximately|approx\.?|around|roughly|nearly|some|over|more than|almost|close to)\s+)*$/i;

// Anaphora for a partner: "to the 27-member bloc", "from the country".
const PARTNER_ANAPHOR = /\b(?:to|with|from|into)\s+(?:the|that|this)\s+(?:[\w-]+\s+)?(bloc|grouping|country|nation)\b/gi;
const PARTNER_ANAPHOR_WORDS = keywords(['bloc', 'grouping', 'country', 'nation'], PARTNER_ANAPHOR);
const BORDER_CROSSING = /\b(?:cross(?:ed|es|ing)?|passed\s+through|pass(?:es)?\s+through|clearances?|cleared\s+customs)\b/i;

// "This is 18.3% more than ...", "Which is 1.2 times ...", "That was up 4% ...", "The volume was 3.8 percent higher ...".
// "This figure represents ...", "The two figures represent ...".
// An opening connective or attribution may come first: "Additionally, as the agency notes, it also marks ...".
const POINTING_BACK_START = /^\s*(?:(?:additionally|also|moreover|furthermore|in addition|at the same time)\s*,\s*)?(?:(?:as|according to)\s+[^,.;]{1,60},\s*)?(?:this|that|it|which|(?:the|these|those)\s+(?:two\s+|three\s+|four\s+)?(?:figures?|numbers?)|(?:this|that|the)\s+(?:figure|number|amount|volume|value|total|tonnage))\s+(?:also\s+)?(?:is|was|are|were|represents?|represented|marks?|marked|means?|meant)\b/i;
// "Compared with a year earlier, shipments were up 2.3%.", "On a year-on-year basis, arrivals rose 4%":
// a year-on-year opening before a subject that only repeats the quantity (never a flow or goods word of its own).
const YEAR_ON_YEAR_POINTING_BACK = /^\s*(?:(?:compared\s+(?:with|to)|against|versus|from|relative\s+to)\s+(?:a\s+year\s+(?:earlier|ago|before)|the\s+same\s+(?:month|period)\s+(?:a\s+year\s+(?:earlier|ago)|(?:of\s+)?last\s+year))|on\s+a\s+year[- ]on[- ]year\s+basis|year[- ]on[- ]year)\s*,\s*(?:the\s+)?(?:shipments|arrivals|deliveries|volumes?|they)\s+(?:were|was|rose|fell|grew|increased|decreased|declined|climbed|dropped|jumped|slipped|gained|edged\s+(?:up|down))\b/i;

// The measure a growth says it is of: "in physical terms", "by volume" (the tonnage); "in value terms", "by
// value" (the amount of money). Right after the percentage, or in its clause before it ("export volumes in
// value terms increased by 1.3 times").
const TERMS = String.raw`in\s+(?:(physical|volume|quantity|quantitative|tonnage|real)|(value|monetary|money|dollar|cost))\s+terms|in\s+terms\s+of\s+(?:(volume|quantity|weight|tonnage)|(value))|(?:by|in)\s+(?:(volume|quantity|weight|tonnage)|(value))\b`;
const TERMS_AFTER = new RegExp(String.raw`^\s*,?\s*(?:${TERMS})`, 'i');
const TERMS_BEFORE = new RegExp(String.raw`(?:${TERMS})[^,;\d]*$`, 'i');

/** "value" or "physical" when the words around a growth say which measure it is of; null when they do not. */
function growthTerms(s: string, f: Figure): 'value' | 'physical' | null {
  const before = s.slice(Math.max(0, f.start - 80), f.start);
  const m = TERMS_AFTER.exec(s.slice(f.end, f.end + 40)) ?? TERMS_BEFORE.exec(before.slice(before.lastIndexOf(',') + 1));
  if (!m) return null;
  return m[1] || m[3] || m[5] ? 'physical' : 'value';
}

/**
 * The level of the previous sentence a growth of stated measure belongs to: the one quantity (an amount
 * in several currencies is one) of that measure, with the growth's flow and period and no growth yet.
 */
function levelOfTerms(s: string, f: Figure, previous: ObservationDraft[], flow: Flow, period: { start: string; end: string }): ObservationDraft[] | null {
  const terms = growthTerms(s, f);
  if (!terms) return null;
  const measure = terms === 'value' ? 'value' : 'quantity';
  const groups = quantityGroups(previous).filter((g) => g[0].measure === measure && g[0].flow === flow && g[0].period_start === period.start && g[0].period_end === period.end);
  return groups.length === 1 && groups[0].every((l) => l.yoy_pct === null) ? groups[0] : null;
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

// Clause breaks: punctuation, "while"/"whereas", and a causal "as" clause ("trade up 3.8% as 3Q
// accelerates", "exports fell as demand weakened"), whose period and places are its own.
const CLAUSE_BREAK = /[,;:]|\bwhile\b|\bwhereas\b|(?<!\b(?:such|well|just|same)\s)\bas\b(?!\s+(?:well|much|many|of|at|a|an|part|per|to|for|in|if|far|long|soon|high|low|large|little)\b)(?=\s+(?:[\w'-]+\s+){1,3}?(?:accelerat|slow|pick|rebound|recover|surg|grow|grew|ris|rose|fall|fell|eas|jump|climb|slump|weaken|strengthen|cool|soften)\w*\b)/g;

function clauseBounds(s: string): number[] {
  const bounds = [0];
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(s)) !== null) {
    // Commas inside numbers ("300,000") are not clause breaks.
    if (m[0] === ',' && isDigitAt(s, m.index - 1) && isDigitAt(s, m.index + 1)) continue;
    bounds.push(m.index);
  }
  bounds.push(s.length);
  return bounds;
}

function clauseOf(bounds: number[], pos: number): [number, number] {
  let lo = 0;
  for (let i = 0; i < bounds.length - 1; i++) {
    if (bounds[i] <= pos && pos < bounds[i + 1]) {
      lo = i;
      break;
    }
  }
  return [bounds[lo], bounds[lo + 1]];
}

/** Picks the mention a figure refers to: same clause first, then the nearest before, then after. */
function nearest<T extends { start: number; end: number }>(items: T[], bounds: number[], at: number, prefer?: (t: T) => boolean): T | null {
  if (!items.length) return null;
  const [lo, hi] = clauseOf(bounds, at);
  const inClause = items.filter((t) => t.start >= lo && t.end <= hi);
  const pool = inClause.length ? inClause : null;
  if (pool) {
    const preferred = prefer ? pool.filter(prefer) : [];
    const candidates = preferred.length ? preferred : pool;
    return candidates.reduce((best, t) => (Math.abs(t.start - at) < Math.abs(best.start - at) ? t : best));
  }
  const before = items.filter((t) => t.end <= at);
  if (before.length) {
    const preferred = prefer ? before.filter(prefer) : [];
    return (preferred.length ? preferred : before)[(preferred.length ? preferred : before).length - 1];
  }
  const after = items.filter((t) => t.start >= at);
  return after.length ? after[0] : null;
}

// Words that cannot be part of a commodity name: verbs of the clause ("contribut..." in any form),
// months, place nouns. Looked up per lower-cased word (the whole word, any case, as a /^...$/i test would).
const COMMODITY_VERBS = new Set(['saw', 'sees', 'posts', 'rises', 'hit', 'handled', 'accounted', 'made', 'came', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'shipped', 'remained']);
const COMMODITY_VERB_STEM = 'contribut';
const COMMODITY_NOISE = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'port', 'ports', 'province', 'region', 'city', 'country', 'county', 'prefecture', 'municipality', 'zone']);

function isCommodityVerb(lower: string | null): boolean {
  return lower !== null && (COMMODITY_VERBS.has(lower) || isChangeVerb(lower) || (lower.startsWith(COMMODITY_VERB_STEM) && isWordChars(lower, COMMODITY_VERB_STEM.length)));
}

/** Cleans a commodity phrase: cuts it at a verb or at "of <Place>", drops months and place nouns; "" if nothing is left. */
export function tidyCommodity(phrase: string): string {
  if (phrase === '') return '';
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = asciiLowerCase(w);
    if (isCommodityVerb(lower)) {
      if (kept.length) break;
      continue;
    }
    // "agricultural products of Shandong Province": the place owns the goods, it does not name them.
    if (lower === 'of' && kept.length && isUpperAscii((words[i + 1] ?? '').charCodeAt(0))) break;
    if ((lower !== null && COMMODITY_NOISE.has(lower)) || isPlaceWord(w)) continue;
    kept.push(w);
  }
  return kept.join(' ');
}

/** The stretch [from, to) of sentence `s` without the qualifier it may end with ("more than ", "about the "). */
function stripQualifier(s: string, from: number, to: number): string {
  const text = s.slice(from, to);
  // The tail ends in a space and has one of the qualifier words: other texts are returned without a scan.
  if (!spaceBefore(text, text.length) || !mentions(s, QUALIFIER_WORDS, from, to)) return text;
  return text.replace(QUALIFIER_TAIL, '');
}

// Patterns tested on the same window one after the other, joined into one scan each (same answers:
// in the pipeline each separate expression costs about as much as the scan itself).
const RATE_AFTER_ANY = anyOf([RATE_AFTER, CLAUSE_RATE_AFTER]);
const RATE_BEFORE_ANY = anyOf([RATE_BEFORE, RATE_OPENING_BEFORE]);
const DELTA_OR_BASE_BEFORE = anyOf([DELTA_BEFORE, BASE_BEFORE]);
const FORECAST_AFTER_ANY = anyOf([FORECAST_AFTER, FORECAST_NOUN_AFTER]);
// RATE_AFTER starts (after spaces) with one of these characters; CLAUSE_RATE_AFTER names a day or a week.
const RATE_AFTER_FIRST = 'aApPeEdDoO/';
const DAY_OR_WEEK_WORDS = keywords(['daily', 'day', 'week'], CLAUSE_RATE_AFTER);
const RATE_BEFORE_WORDS = keywords(['averag', 'capita', 'price', 'cost', 'salary', 'wage', 'capital', 'every', 'each'], RATE_BEFORE_ANY);
const DELTA_OR_BASE_WORDS = keywords(['increase', 'decrease', 'increasing', 'decreasing', 'rising', 'declining', 'rise', 'rose', 'risen', 'grow', 'grew', 'up', 'down', 'decline', 'fell', 'fall', 'drop', 'gain', 'jump', 'surge', 'climb', 'add', 'expan', 'shrank', 'narrowed', 'widened', 'reduction', 'from', 'compared', 'versus', 'vs', 'against', 'than'], DELTA_OR_BASE_BEFORE);
const FORECAST_AFTER_WORDS = keywords(['next', 'expect', 'forecast', 'predicted', 'project', 'anticipated'], FORECAST_AFTER);
const FORECAST_AFTER_ANY_WORDS = keywords(['next', 'expect', 'forecast', 'predicted', 'project', 'anticipated', 'estimate', 'consensus', 'target', 'goal'], FORECAST_AFTER_ANY);

/** True for a level that is a price or a rate ("795 yuan a ton", "900 vehicles a day"), not an amount. */
function isRateLevel(s: string, f: Figure): boolean {
  const after = (anyCharOf(s, firstNonSpace(s, f.end), 1, RATE_AFTER_FIRST) || mentions(s, DAY_OR_WEEK_WORDS, f.end, f.end + 60)) && RATE_AFTER_ANY.test(s.slice(f.end, f.end + 60));
  return after || (mentions(s, RATE_BEFORE_WORDS, f.start - 50, f.start) && RATE_BEFORE_ANY.test(s.slice(Math.max(0, f.start - 50), f.start)));
}

// One test per sentence before any per-figure window: most sentences name no non-trade subject.
let lastSentence = '';
let lastSentenceHasSubject = false;
function mayHaveNonTradeSubject(s: string): boolean {
  if (s !== lastSentence) {
    NON_TRADE_SUBJECT.lastIndex = 0;
    lastSentenceHasSubject = mentions(s, NON_TRADE_WORDS) && NON_TRADE_SUBJECT.test(s);
    lastSentence = s;
  }
  return lastSentenceHasSubject;
}

/**
 * True when the subject of a figure is not trade ("investments in fixed assets amounted to 13.1
 * trillion tenge", "the island's GDP grew 4.3 percent"): a non-trade noun in the figure's clause with
 * no flow word between it and the figure.
 */
function hasNonTradeSubject(s: string, f: Figure, bounds: number[], cues: FlowCue[]): boolean {
  if (!mayHaveNonTradeSubject(s)) return false;
  const [lo] = clauseOf(bounds, f.start);
  const from = Math.max(lo, f.start - 100, s.lastIndexOf('. ', f.start) + 1);
  const window = s.slice(from, f.start);
  let last = -1;
  let lastStart = -1;
  NON_TRADE_SUBJECT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NON_TRADE_SUBJECT.exec(window)) !== null; ) [lastStart, last] = [from + m.index, from + m.index + m[0].length];
  if (last < 0) return false;
  // "Port stockpiles of imported ore stood at ...": a flow word inside the stock's own "of" phrase names the stock's goods.
  const ofStock = STOCK_NOUN.test(s.slice(lastStart, last));
  if (cues.some((c) => c.start >= last && c.end <= f.start && c.flow !== 'other' && !(ofStock && STOCK_OF_GAP.test(s.slice(last, c.start))))) return false;
  // "Exports of equipment for investment projects", "imports under leasing contracts": the noun sits in
  // a modifier of the trade noun before it, which stays the subject.
  const head = cues.find((c) => c.start >= from && c.end <= lastStart && c.flow !== 'other');
  return !(head && MODIFIER_LINK.test(s.slice(head.end, lastStart)));
}
// "... move more goods this year" (a headline): the year so far, stated loosely.
const BARE_THIS_YEAR = /^(?:(?:in|for|during|throughout)\s+)?this\s+year$/i;
const ENTERED_OR_LEFT = /\b(?:entered|entering|enter)\s+(?:and|or)\s+(?:left|leaving|leave|exited|exiting)\b|\b(?:left|leaving|exited|exiting)\s+(?:and|or)\s+(?:entered|entering)\b/i;
const PASSED_THROUGH = /\b(?:pass(?:ed|es|ing)?|went|moved|transited)\s+through\b/i;
// "carrying goods worth 600 billion yuan", "the value of their cargo rose 9.4 percent": the worth of the
// goods a train, route or port moved, with no flow word, is two-way trade like the cargo itself.
const CARRIED_GOODS_VALUE = /\b(?:carr(?:y|ies|ied|ying)|transport(?:s|ed|ing)?|mov(?:es|ed|ing))\s+(?:[\w-]+\s+){0,2}?(?:goods|cargo|freight)\s+(?:worth|valued)\b|\bvalue\s+of\s+(?:the\s+|their\s+|its\s+)?(?:cargo|freight|goods\s+(?:carried|transported|moved))\b/i;
const HANDLED_CARGO = /\b(?:handl(?:e|es|ed|ing)|throughput|cargo|freight(?!\s+trains?))\b/i;
const MODIFIER_LINK = /\b(?:of|for|under|with|from|to|into|by|at|in)\b/i;
// Words before "shipments" that name no goods: "That brought shipments ...", "taking total shipments to ...".
const NOT_GOODS_BEFORE_SHIPMENTS = /^(?:that|this|the|its|their|these|those|total|overall|all|such|and|or|with|in|of|to|as|while|brought|brings|bringing|took|takes|taking|put|puts|putting|pushed|lifted|left|kept|[a-z]+ed)$/i;

/** True when "shipments" at [start, end) names its goods ("soybean shipments", "shipments of coal"). */
function shipmentsNameGoods(s: string, start: number, end: number): boolean {
  if (/^\s+of\s+(?!the\s+(?:first|second|year|month|period)\b)[a-z]/i.test(s.slice(end, end + 30))) return true;
  const before = /([A-Za-z][\w-]*)\s+$/.exec(s.slice(Math.max(0, start - 30), start));
  return before !== null && !NOT_GOODS_BEFORE_SHIPMENTS.test(before[1]);
}
const SIDE_OPENING = /^\s*(?:On|From)\s+the\s+([A-Z][A-Za-z]+)\s+side\s*,/;
// "India's oil ministry", "Brazil's trade secretariat data", "Japan's finance ministry": the country's own source.
const SOURCE_OF_COUNTRY_AFTER = /^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:ministry|secretariat|department|bureau|office|agency|customs|statistics|administration)\b/i;
const STOCK_NOUN = /^(?:stockpiles?|stocks|inventor(?:y|ies))$/i;
const STOCK_OF_GAP = /^\s+of\s+(?:the\s+)?$/i;

/** Decides whether a level is a reported quantity (not a change, base, price, forecast). */
function isReportedLevel(s: string, f: Figure, bases: PeriodMention[]): boolean {
  if (mentions(s, DELTA_OR_BASE_WORDS, f.start - 60, f.start) && DELTA_OR_BASE_BEFORE.test(stripQualifier(s, Math.max(0, f.start - 60), f.start))) return false;
  if (mentions(s, DELTA_AFTER_WORDS, f.end, f.end + 60) && DELTA_AFTER.test(s.slice(f.end, f.end + 60))) return false;
  if (isRateLevel(s, f)) return false;
  // "compared with July 2024 (€217.5 bn)": an amount right after a comparison period is that period's base.
  if (bases.some((p) => p.end <= f.start && /^\s*[(:]?\s*$/.test(s.slice(p.end, f.start)))) return false;
  if (mentions(s, FORECAST_BEFORE_WORDS, f.start - 80, f.start) && FORECAST_BEFORE.test(s.slice(Math.max(0, f.start - 80), f.start))) return false;
  if (mentions(s, FORECAST_AFTER_WORDS, f.end, f.end + 60) && FORECAST_AFTER.test(s.slice(f.end, f.end + 60))) return false;
  return true;
}

// "up from 46.2 mil mt in April and 5.3% above ...", "rose 3% on month but 5% on year": a conjunction
// closes the comparison before it; the words after it lead into this percentage.
const LAST_CONJUNCTION = /^.*\b(?:and|but|though|although|yet)\s/is;

/** The words right before a percentage that are its own: those after the last conjunction, if any. */
function ownLead(lead: string): string {
  const m = LAST_CONJUNCTION.exec(lead);
  return m ? lead.slice(m[0].length) : lead;
}

/** Decides what a percentage is: growth (with its direction), a share, or neither. */
function readPercent(s: string, f: Figure, windowStart: number): Pick<Reading, 'role' | 'direction' | 'yoy'> | null {
  const lookback = s.slice(windowStart, f.start);
  const after = s.slice(f.end, f.end + 80);
  let role: 'growth' | 'share' | 'ignore' | null = null;
  let direction = 0;
  let sawShare = false;
  let cueEnd = -1;
  PERCENT_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERCENT_CUE.exec(lookback)) !== null) {
    cueEnd = m.index + m[0].length;
    if (m[1]) { role = 'growth'; direction = 1; }
    else if (m[2]) { role = 'share'; direction = 0; sawShare = true; }
    else if (m[3]) { role = 'growth'; direction = -1; }
    else if (m[4]) { role = 'growth'; direction = 1; }
    else if (m[5]) { if (role !== 'growth') { role = 'growth'; direction = direction || 0; } }
    else if (m[6]) { role = 'ignore'; direction = 0; }
  }
  const gap = stripQualifier(s, windowStart + Math.max(0, cueEnd), f.start);
  // "rose to 71.5%", "stood at 5%": the percentage is a level of some rate, unless it is a share.
  // "both recorded year-on-year increases, at 33.0% and 31.9% respectively": after a change noun and a
  // comma, "at" gives the size of the change.
  const sizeOfChange = role === 'growth' && direction !== 0 && /^\s*(?:\w+\s+){0,2}?(?:increases?|decreases?|rises?|declines?|growth|gains?|drops?|falls?)?\s*,\s*at\s+$/i.test(gap);
  if (!sizeOfChange && (/\b(?:to|at)\s+$/i.test(gap) || /^\s*(?:to|at)\s+$/i.test(gap))) role = sawShare ? 'share' : 'ignore';
  // "to 5 percent from 8 percent": the second one is the old rate.
  if (/\b(?:from|than|versus|vs\.?|against)\s+$/i.test(stripQualifier(s, windowStart, f.start))) return null;
  const afterDirection = AFTER_DIRECTION.exec(after);
  // "representing a 39.4% jump": a noun of change right after the percentage makes it a change, not a share.
  if (afterDirection && role === 'share' && CHANGE_NOUN_AFTER.test(after)) role = 'growth';
  if (afterDirection && role !== 'share') {
    role = 'growth';
    direction = afterDirection[1] ? 1 : -1;
  } else if (role === null && f.sign) {
    role = 'growth';
  } else if (role === null && (AFTER_SHARE.test(after) || SHARE_NOUN_AFTER.test(after))) {
    role = 'share';
  } else if (role === null && AFTER_YOY.test(after)) {
    role = 'growth';
  }
  if (role === 'share' && AFTER_DIRECTION.test(after) && !AFTER_SHARE.test(after) && !sawShare) role = 'growth';
  if (role === null || role === 'ignore') return null;
  // "2.4 times" is growth only after a word of rise ("grew 2.4 times", "a seven-fold increase"); "a
  // decrease of 2.6 times" has no agreed percentage, and a bare "6 times" may be a broken number.
  if (f.multiple && (role !== 'growth' || direction <= 0)) return null;
  if (role === 'share') return { role, direction: 0, yoy: false };
  // "dropped 49.5% year on year and fell 10.9% from August": a year-on-year marker right after the
  // percentage is its own; a month-on-month one further on belongs to the next change.
  // "up 25.5 percent or 9.4 percentage points higher than September": words after the next percentage are its own.
  const next = NEXT_PERCENT.exec(after);
  // "increase 25.1%, month-on-month increase 31.6%": words after the last comma before the next
  // percentage open the next change and are its own.
  const nextClause = next ? after.lastIndexOf(',', next.index) : -1;
  const own = after.slice(0, Math.min(50, next ? (nextClause >= 0 ? nextClause : next.index) : 50));
  // "Compared with August, exports fell 6.73 percent": a basis opening the clause is the change's basis.
  const opening = OPENING_BASIS.exec(lookback);
  const yoy = AFTER_YOY.test(after) || (!NOT_YOY.test(own) && !NOT_YOY.test(ownLead(lookback.slice(-30))) && !(opening && NOT_YOY.test(opening[0])));
  return { role: 'growth', direction: direction || 1, yoy };
}

// "increase 25.1%, month-on-month increase 31.6%": a basis opening its own clause right before a change
// and its percentage is that percentage's basis only (translated Chinese customs releases).
const SEQUENTIAL_LEADING_ONE = /^\s*(?:(?:increase|increased|decrease|decreased|rise|rose|growth|grew|decline|declined|drop|dropped|fell|up|down)\s+)?(?:by\s+)?[+-]?\d[\d.,]*\s*(?:%|percent\b|per cent\b|pc\b)/i;
const SEQUENTIAL_BASIS_ALL = new RegExp(SEQUENTIAL_BASIS.source, 'gi');

/** True when a sequential basis in the sentence governs it: some marker is not the opening words of one percentage's own clause. */
function governingSequentialBasis(s: string): boolean {
  SEQUENTIAL_BASIS_ALL.lastIndex = 0;
  for (let m = SEQUENTIAL_BASIS_ALL.exec(s); m !== null; m = SEQUENTIAL_BASIS_ALL.exec(s)) {
    const opensClause = /(?:^|[,;])\s*$/.test(s.slice(Math.max(0, m.index - 3), m.index));
    if (!(opensClause && SEQUENTIAL_LEADING_ONE.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40)))) return true;
  }
  return false;
}

/**
 * The words around a percentage that are its own: before it back to the previous number or semicolon
 * ("Compared with a year earlier, exports were up 3.1 per cent"), after it up to the next percentage or
 * the end of the clause ("or 6.4 percent, from the same period in 2025").
 */
function ownWordsAround(s: string, f: Figure): string {
  const before = s.slice(Math.max(0, f.start - 80), f.start);
  const cut = Math.max(before.lastIndexOf(';'), before.search(/\d[^\d]*$/));
  const after = s.slice(f.end, f.end + 60);
  const next = NEXT_PERCENT.exec(after);
  return `${before.slice(cut + 1)} ${after.slice(0, next ? next.index : after.length).split(/[.;]/)[0]}`;
}

/**
 * Percentages that are not trade statistics: forecasts ("beating a forecast of 4 percent growth"),
 * and price changes, either by subject ("futures rose 1.3%") or because the change leads into a
 * price ("rose 1.3% to 795 yuan a ton").
 */
function isNotTradePercent(s: string, f: Figure, next: Figure | undefined, bounds: number[], cues: FlowCue[]): boolean {
  const [lo] = clauseOf(bounds, f.start);
  // Bounded: a clause's subject sits near its figure, and long sentences stay linear.
  const from = Math.max(lo, f.start - 160);
  if (mentions(s, FORECAST_BEFORE_WORDS, from, f.start) && FORECAST_BEFORE.test(s.slice(from, f.start))) return true;
  if (mentions(s, FORECAST_AFTER_ANY_WORDS, f.end, f.end + 60) && FORECAST_AFTER_ANY.test(s.slice(f.end, f.end + 60))) return true;
  if (hasNonTradeSubject(s, f, bounds, cues)) return true;
  if (mentions(s, PRICE_SUBJECT_WORDS, from, f.start) && PRICE_SUBJECT.test(s.slice(from, f.start))) return true;
  // "jumped 10.8% year on year to hit 10.08 million b/d": the change of a daily rate, not of a trade total.
  if (mentions(s, DAILY_RATE_WORDS, f.end, f.end + 80) && DAILY_RATE_AHEAD.test(s.slice(f.end, f.end + 80))) return true;
  // "up 29.4% YOY; and average export price at 92,000 yuan per auto": a clause break between them
  // makes the price another item of the list, not the change's level.
  if (next && next.kind === 'level' && next.start - f.end <= 40 && !s.slice(f.end, next.start).includes(';') && FORWARD_CUE.test(stripQualifier(s, f.end, next.start)) && isRateLevel(s, next)) return true;
  return false;
}

// Between a count and its direction: " columns were ", " were ", " trains are ".
const DIRECTION_PREDICATE_GAP = /^[^,.;\d]{0,25}\b(?:were|was|are|is)\s+$/i;
const TWO_WAY_NOUN_AFTER = /^\s+(?:freight|cargo|volume|value|trade|goods|throughput|turnover)\b/i;

/**
 * Export and import flows listed in order between `from` and `to` ("exports and imports", "imports
 * and exports", "exports ... while imports"): the flows a "respectively" list pairs its figures with.
 */
export function listedFlows(s: string, cues: FlowCue[], from: number, to: number): Flow[] {
  const flows: Flow[] = [];
  for (const c of cues) {
    if (c.start < from || c.end > to) continue;
    if (c.flow === 'export' || c.flow === 'import') flows.push(c.flow);
    else if (c.flow === 'total') {
      // "Exports and imports reached X and Y ... respectively": the pair names two flows in order.
      const pair = /^(export|import)(?:s|ed)?\s+and\s+(export|import)(?:s|ed)?$/i.exec(s.slice(c.start, c.end));
      // "an import and export freight volume of X, and the highway port Y": a compound noun of two-way trade.
      if (pair && TWO_WAY_NOUN_AFTER.test(s.slice(c.end, c.end + 20))) continue;
      if (pair) flows.push(`${pair[1].toLowerCase()}` as Flow, `${pair[2].toLowerCase()}` as Flow);
    }
  }
  return flows;
}

/** The growth rates listed right after "respectively" ("respectively an increase of 4.2% and 11.7%"). */
function growthsRightAfter(s: string, growths: Reading[], at: number): Reading[] {
  const run: Reading[] = [];
  let from = at + 'respectively'.length;
  for (const g of growths) {
    if (g.figure.start < from) continue;
    if (!(run.length ? /^\s*(?:,|and|,\s*and)\s*$/ : RESPECTIVELY_THEN_GROWTH).test(s.slice(from, g.figure.start))) break;
    run.push(g);
    from = g.figure.end;
  }
  return run;
}
// "respectively an increase of", "respectively up", ", respectively, growing by".
const RESPECTIVELY_THEN_GROWTH = /^\s*,?\s*(?:(?:an?\s+)?(?:year-on-year\s+)?(?:increase|decrease|rise|drop|decline|growth|gain|fall)s?\s+(?:of|by)|(?:up|down|rising|falling|growing|increasing|decreasing|declining)(?:\s+by)?|(?:increased|decreased|rose|fell|grew|declined)(?:\s+by)?)\s*$/i;

/**
 * "Exports and imports reached X and Y, up 4.4 percent and 1.3 percent respectively": the levels
 * listed before "respectively" pair in order with the growth rates listed after them, and with the
 * flows listed before the levels when there are as many.
 */
function pairRespectively(s: string, primaries: Reading[], growths: Reading[], cues: FlowCue[], places: PlaceMention[], at: number): void {
  // The growth rates right before "respectively", with no level between them.
  const run: Reading[] = [];
  for (const g of [...growths].reverse()) {
    if (g.figure.end > at) continue;
    if (run.length && primaries.some((l) => l.figure.start > g.figure.end && l.figure.end <= run[0].figure.start)) break;
    run.unshift(g);
  }
  const end = run.length ? run[0].figure.start : at;
  // "9.86 million tons and 1.92 million tons, respectively an increase of 4.2% and 11.7%": the word
  // order of a translation puts the growth rates right after "respectively".
  if (!run.length) run.push(...growthsRightAfter(s, growths, at));
  // The levels right before them, with no growth rate between them.
  const levels: Reading[] = [];
  for (const l of [...primaries].reverse()) {
    if (l.figure.end > end) continue;
    if (levels.length && growths.some((g) => g.figure.start > l.figure.end && g.figure.end <= levels[0].figure.start)) break;
    levels.unshift(l);
  }
  if (levels.length < 2 || (run.length && run.length !== levels.length)) return;
  // The list must be one stretch of text: "X and Y" / "X, Y and Z", not levels of separate clauses.
  for (let i = 1; i < levels.length; i++) if (!/^[^.;]{0,40}$/.test(s.slice(levels[i - 1].figure.end, levels[i].figure.start)) || !/\band\b|,/.test(s.slice(levels[i - 1].figure.end, levels[i].figure.start))) return;
  run.forEach((g, i) => {
    levels[i].growth = g;
    g.level = levels[i];
  });
  const before = primaries.filter((l) => l.figure.end <= levels[0].figure.start && !levels.includes(l));
  const from = Math.max(0, ...before.map((l) => l.figure.end), ...growths.filter((g) => g.figure.end <= levels[0].figure.start).map((g) => g.figure.end));
  // "Hekou and Mohan handled imports and exports worth A and B respectively": the listed places take
  // the list; "imports and exports" is then their two-way trade, not two flows.
  if (pairListedAreas(levels, places, from)) return;
  const flows = listedFlows(s, cues, from, levels[0].figure.start);
  if (flows.length === levels.length) levels.forEach((l, i) => (l.flowOverride = flows[i]));
}

/** The levels listed right before "respectively" ("61.2 billion, 55.3 billion and 13.1 billion dollars, respectively"). */
function levelsListedBefore(s: string, primaries: Reading[], at: number): Reading[] {
  const levels: Reading[] = [];
  for (const l of [...primaries].reverse()) {
    if (l.figure.end > at) continue;
    if (levels.length ? !LIST_ITEM_GAP.test(s.slice(l.figure.end, levels[0].figure.start)) : !/^[\s,]*$/.test(s.slice(l.figure.end, at))) break;
    levels.unshift(l);
  }
  return levels;
}

/** "exports to the EU, ASEAN and Japan were 61.2 billion, 55.3 billion and 13.1 billion dollars, respectively": partners pair with levels in order. */
function pairLevelsWithPartners(s: string, primaries: Reading[], places: PlaceMention[], at: number): void {
  const levels = levelsListedBefore(s, primaries, at);
  if (levels.length < 2) return;
  const from = Math.max(0, ...primaries.filter((l) => l.figure.end <= levels[0].figure.start).map((l) => l.figure.end));
  const partners = places.filter((p) => p.role === 'partner' && p.start >= from && p.end <= levels[0].figure.start);
  if (partners.length === levels.length) levels.forEach((l, i) => (l.partnerOverride = partners[i].name));
  pairListedAreas(levels, places, from);
}

/** "Qingdao, Yantai and Weifang reported trade of A, B and C, respectively": one listed place per level, in order. */
function pairListedAreas(levels: Reading[], places: PlaceMention[], from: number): boolean {
  const areas = places.filter((p) => p.role === 'area' && p.inList && p.start >= from && p.end <= levels[0].figure.start);
  if (areas.length !== levels.length) return false;
  levels.forEach((l, i) => (l.areaOverride = areas[i].name));
  return true;
}

// "to $71.2 billion in April from $67.7 billion in March": the level, then the base it changed from.
const LEVEL_TO_BASE_GAP = /^\s*(?:in\s+[\w-]+(?:\s+\d{4})?\s*,?\s*)?(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:(?:a|the)\s+(?:(?:deficit|surplus|level|total|record)\s+)?(?:of\s+)?)?$/i;

/**
 * True when a level is followed by the earlier level its change is measured from, and that base is
 * not a year before the level ("widened 5.1% to $71.2 billion in April from $67.7 billion in March"):
 * the change is month-on-month (or against another period), not year-on-year.
 */
function againstOtherBase(s: string, level: Reading, readings: Reading[], period: { start: string; end: string }, growth: Reading): boolean {
  if (!period.start) return false;
  const base = readings.find((o) => o.earlier && o.figure.start > level.figure.end && o.figure.start - level.figure.end <= 50);
  if (!base?.earlier || !LEVEL_TO_BASE_GAP.test(s.slice(level.figure.end, base.figure.start))) return false;
  // "... from 5.88mn t in June, but were down 9pc from a year earlier": a change past "but" has a base of its own.
  if (growth.figure.start >= base.figure.end && BUT_AFTER_BASE.test(s.slice(base.figure.end, growth.figure.start))) return false;
  const earlier = resolveEarlier(base.earlier, period);
  return earlier.start !== '' && !(earlier.start === shift(period.start, -12) && earlier.end === shift(period.end, -12));
}

const LIST_ITEM_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/i;
const GROWTHS_TO_LEVELS_GAP = /^\s*(?:(?:year[- ]on[- ]year|y\/y|yoy)\s+)?(?:to|reaching|at)\s+(?:(?:about|around|nearly|over|more\s+than)\s+)?$/i;

/**
 * "Exports and imports rose 5.1% and 2.2% to 2.3 trillion yuan and 1.6 trillion yuan respectively":
 * growth rates listed before as many levels pair with them in order, and with the flows listed
 * before the growth rates when there are as many.
 */
function pairGrowthsBeforeLevels(s: string, primaries: Reading[], growths: Reading[], cues: FlowCue[], at: number): void {
  const levels = levelsListedBefore(s, primaries, at);
  if (levels.length < 2 || levels.some((l) => l.growth)) return;
  const run: Reading[] = [];
  for (const g of [...growths].reverse()) {
    if (g.figure.end > levels[0].figure.start) continue;
    if (run.length ? !LIST_ITEM_GAP.test(s.slice(g.figure.end, run[0].figure.start)) : !GROWTHS_TO_LEVELS_GAP.test(s.slice(g.figure.end, levels[0].figure.start))) break;
    run.unshift(g);
  }
  if (run.length !== levels.length || run.some((g) => g.level)) return;
  run.forEach((g, i) => {
    levels[i].growth = g;
    g.level = levels[i];
  });
  const from = Math.max(0, ...primaries.filter((l) => l.figure.end <= run[0].figure.start).map((l) => l.figure.end));
  const flows = listedFlows(s, cues, from, run[0].figure.start);
  if (flows.length === levels.length) levels.forEach((l, i) => (l.flowOverride = flows[i]));
}

/** "China (19.8%), Russia (16.4%)": an unsigned percentage in brackets after a place is that place's share. */
function parentheticalShare(s: string, f: Figure, places: PlaceMention[]): Pick<Reading, 'role' | 'direction' | 'yoy'> | null {
  if (f.sign || !/^\s*\)/.test(s.slice(f.end, f.end + 3))) return null;
  const owner = places.find((p) => p.end <= f.start && f.start - p.end <= 4 && /^\s*\(\s*$/.test(s.slice(p.end, f.start)));
  return owner ? { role: 'share', direction: 0, yoy: false } : null;
}

const SHARE_WORD = /\b(?:shares?|account(?:s|ed|ing)?\s+for|proportion)\b/i;
// After a bracketed share: its close, or "of the total/turnover/FTT" first.
const PARTNER_AMOUNT_SHARE_AFTER = /^\s*(?:of\s+(?:the\s+|its\s+)?[\w'’ -]{1,30})?\)/;
// Between a partner and its bracketed share: a few words ("remained the largest trading partner with"), the amount, "(".
const PARTNER_AMOUNT_GAP = /^(?:\s+[\w'’-]+){0,6}?[\s,:–—-]*(?:with\s+|at\s+)?(?:US)?[$€£¥]?\s*\d[\d.,]*\s*[\w. ]{0,20}\(\s*$/i;
// "7.4 billion dollars of exports, or ": an amount (not a change) right before ", or".
const AMOUNT_THEN_SHARE_BEFORE = /\d[\d.,]*\s*(?:[A-Za-z.$]+\s+){0,3}?(?:of\s+(?:the\s+|its\s+)?[\w-]+\s*)?,\s*or\s+$/;

// "contributed 1.98 trillion yuan of the total, or 81.8 percent": an amount said to be part of the total, then
// ", or" and a percentage: the share that amount is, whatever verb comes before it.
// "of the provincial total, or", "of Liaoning's total, or": up to two words before "total".
const AMOUNT_OF_TOTAL_THEN_SHARE_BEFORE = /\d[\d.,]*\s*(?:[A-Za-z.$]+\s+){0,3}?of\s+(?:(?:the|its|their)\s+|[A-Z][\w-]*'s?\s+)(?:[\w'-]+\s+){0,2}?total\s*,\s*or\s+$/i;

/**
 * "contributed 1.98 trillion yuan of the total, or 81.8 percent": the share after ", or" is the amount's
 * share, of the amount's place, flow and goods (read as the amount's twin).
 */
function shareOfAmountBefore(s: string, readings: Reading[]): void {
  for (const [i, r] of readings.entries()) {
    if (r.role !== 'share' || i === 0) continue;
    const before = s.slice(Math.max(0, r.figure.start - 60), r.figure.start);
    const amount = readings[i - 1];
    if (amount.role === 'level' && amount.figure.end <= r.figure.start && (AMOUNT_OF_TOTAL_THEN_SHARE_BEFORE.test(before) || AMOUNT_THEN_SHARE_BEFORE.test(before))) r.twinOf = amount.twinOf ?? amount;
  }
}

/**
 * Shares listed after a first one in a sentence that speaks of shares: "accounting for 24.1% of total
 * turnover; with Russia – $17.2 billion (18.2%)", "a share of 21.4%, followed by Russia with 17.9%".
 * An unsigned percentage right after a partner's amount in brackets, or after "<partner> with", is
 * that partner's share.
 */
export function listedShare(s: string, f: Figure, places: PlaceMention[]): Pick<Reading, 'role' | 'direction' | 'yoy'> | null {
  if (f.sign) return null;
  const before = s.slice(Math.max(0, f.start - 60), f.start);
  const partnerBefore = (gap: RegExp) => places.some((p) => p.role === 'partner' && p.end <= f.start && f.start - p.end <= 90 && gap.test(s.slice(p.end, f.start)));
  // "China remained the largest trading partner with 10.9 billion dollars (20.1% of the FTT), followed by
  // Russia with 9.2 billion dollars (16.9%)": a bare percentage in brackets after a partner's amount is its share.
  if (PARTNER_AMOUNT_SHARE_AFTER.test(s.slice(f.end, f.end + 40)) && partnerBefore(PARTNER_AMOUNT_GAP)) return { role: 'share', direction: 0, yoy: false };
  // "Dalian contributed 184.6 billion yuan of the provincial total, or 59.3 percent": an amount of a whole, then its share.
  if (AMOUNT_OF_TOTAL_THEN_SHARE_BEFORE.test(before)) return { role: 'share', direction: 0, yoy: false };
  if (!SHARE_WORD.test(s.slice(Math.max(0, f.start - 300), f.start))) return null;
  // "Gold accounted for 7.4 billion dollars of exports, or 32.0 percent": the amount, then its share.
  if (AMOUNT_THEN_SHARE_BEFORE.test(before)) return { role: 'share', direction: 0, yoy: false };
  // "with Russia – $17.2 billion (18.2%)": the amount then its share.
  if (/\)/.test(s.slice(f.end, f.end + 3)) && /\d[^()\d]{0,20}\(\s*$/.test(before) && partnerBefore(/^[\s,:–—-]*(?:US)?[$€£¥]?\s*[\d.,]+\s*[\w. ]{0,20}\(\s*$/)) return { role: 'share', direction: 0, yoy: false };
  // "followed by Russia with 17.9%".
  if (partnerBefore(/^\s+with\s+$/)) return { role: 'share', direction: 0, yoy: false };
  // "South Korea and Japan followed with 9.8% and 4.1%, respectively": partners listed, then their shares in order.
  if (/\brespectively\b/i.test(s.slice(f.end)) && partnerBefore(/^\s+(?:followed|came\s+next|ranked\s+next)\s+with\s+(?:[\d.]+\s?(?:%|percent)(?:,\s*|\s+and\s+))*$/i)) return { role: 'share', direction: 0, yoy: false };
  return null;
}

const MONTH_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
// "over the three months", "in the two months": a definite span with no "first"/"past" and no year.
const DEFINITE_MONTHS = /^(?:in|for|during|over|within)\s+the\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months$/i;
const THE_MONTH = /\bthe\s+month\b/i;
const THE_MONTH_SPAN = /^(?:in|for|during|over)\s+the\s+month$/i;

/** Months from `start` to `end` (YYYY-MM), both included. */
function monthsSpanned(p: { start: string; end: string }): number {
  const [ys, ms] = p.start.split('-').map(Number);
  const [ye, me] = p.end.split('-').map(Number);
  return (ye - ys) * 12 + (me - ms) + 1;
}

/**
 * "Imports were flat over the three months" after a second-quarter figure: a definite span of as
 * many months as the period stated before points back to that period, not to the year's first months;
 * "in the month" points back to the last month of that period. When the period before is shorter
 * ("Imports stood at $5.3 billion in October. Exports during the four months ..."), the span points
 * back to the last of `spans` (periods stated earlier) as long as it.
 */
export function referBack(periods: PeriodMention[], s: string, previous: { start: string; end: string } | null, spans: readonly { start: string; end: string }[] = []): PeriodMention[] {
  // The literal first: a word scan over the sentence costs ten times what finding "months" does.
  if (!previous || previous.start === '' || !periods.length || !/month/i.test(s)) return periods;
  const definite = /months/i.test(s) && /\bthe\s+\w+\s+months\b/i.test(s);
  if (!definite && !THE_MONTH.test(s)) return periods;
  const span = monthsSpanned(previous);
  return periods.map((p) => {
    // "Soybean shipments totaled 8.1 million tonnes in the month": the last month of the period before.
    if (p.kind === 'period' && THE_MONTH_SPAN.test(s.slice(p.start, p.end))) return { ...p, periodStart: previous.end, periodEnd: previous.end };
    const m = p.kind === 'period' && definite ? DEFINITE_MONTHS.exec(s.slice(p.start, p.end)) : null;
    if (!m) return p;
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : MONTH_WORDS[m[1].toLowerCase()];
    if (n === span) return { ...p, periodStart: previous.start, periodEnd: previous.end };
    const earlier = spans.findLast((e) => e.start !== '' && monthsSpanned(e) === n);
    return earlier ? { ...p, periodStart: earlier.start, periodEnd: earlier.end } : p;
  });
}

/** Keeps the last few spans of several months the release stated, for `referBack`. */
function rememberSpans(memory: ReleaseMemory, stated: PeriodMention[]): void {
  if (!stated.length) return;
  const spans = memory.spans ?? (memory.spans = []);
  for (const p of stated) spans.push({ start: p.periodStart, end: p.periodEnd });
  if (spans.length > 6) spans.splice(0, spans.length - 6);
}

// "imports were flat at 1.61 trillion yuan": no change, stated before the level.
const FLAT_BEFORE = /\b(?:flat|unchanged)\s+(?:year[- ]on[- ]year\s+|y\/y\s+|yoy\s+)?at\s+$/i;
// "1.9 million tonnes, flat from a year earlier", "…, up by half from a year earlier": a change in words after the level.
// "31.5 million tonnes of crude oil through the pipeline, roughly flat from 2024": the year before, by number.
const WORD_CHANGE_AFTER = /^(?:\s+(?:of|through|via)\s(?:[^,.;%\d]|(?:19|20)\d\d){0,60}?)?\s*,?\s*(?:(?:(?:largely|basically|virtually|roughly|nearly|almost)\s+)?(flat|unchanged)|(up|down)\s+(?:by\s+)?(?:a\s+|one\s+)?(half|quarter))\s+(?:from\s+a\s+year\s+(?:earlier|ago|before)|(?:on\s+|compared\s+with\s+|from\s+)?(?:the\s+)?(?:same\s+period|a\s+year)\b|year[- ]on[- ]year|y\/y|yoy|on\s+the\s+year|(?:from|on|compared\s+with)\s+(?:the\s+previous\s+year|last\s+year|((?:19|20)\d{2})\b))/i;

// "EV exports doubled to 120,000 units", "tripled year on year to 3.2 billion yuan", "halved to 2.1
// million tonnes": a multiple verb leading into the level is its change (doubled +100, tripled +200,
// quadrupled +300, halved -50). Hedged ("more than doubled") it states no exact change: none.
const MULTIPLE_VERB_BEFORE = /(?<!\b(?:than|nearly|almost|over|about|roughly|around|some)\s+)\b(doubled|tripled|trebled|quadrupled|halved)\s+(?:year[- ]on[- ]year\s+|y\/y\s+|(?:from|compared\s+with)\s+a\s+year\s+(?:earlier|ago|before)\s+|on\s+the\s+year\s+)?to\s+$/i;
const MULTIPLE_CHANGE: Record<string, number> = { doubled: 100, tripled: 200, trebled: 200, quadrupled: 300, halved: -50 };

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
  if (after && after[4] && Number(after[4]) !== Number(periodStart.slice(0, 4)) - 1) return null;
  if (after) {
    if (after[1]) return 0;
    const size = after[3].toLowerCase() === 'half' ? 50 : 25;
    return after[2].toLowerCase() === 'down' ? -size : size;
  }
  const before = stripQualifier(s, Math.max(0, start - 50), start);
  if (FLAT_BEFORE.test(before) && !NOT_YOY.test(s.slice(end, end + 50))) return 0;
  const multiple = MULTIPLE_VERB_BEFORE.exec(before);
  if (multiple && !NOT_YOY.test(s.slice(end, end + 50))) return MULTIPLE_CHANGE[multiple[1].toLowerCase()];
  return null;
}

/**
 * `wordChange` in a release that compares with the month before throughout (release-basis.ts): "imports were
 * flat at $39.43 billion" is flat on the month, no year-on-year change, unless its own words say "year on year".
 */
function wordChangeOnReleaseBasis(s: string, f: Figure, periodStart: string, memory: ReleaseMemory): number | null {
  const change = wordChange(s, f.start, f.end, periodStart);
  return change !== null && memory.previousMonthRelease && !YOY_MARKER.test(ownWordsAround(s, f)) ? null : change;
}

// "With a total trade value of 3.35 billion yuan, the cross-border e-commerce sector accounted for ...".
/** True for a sentence that opens with the word "With" (`/^\s*With\s/`), tested without a scan. */
function startsWithWith(s: string): boolean {
  let i = 0;
  while (isSpace(s.charCodeAt(i))) i++;
  return s.startsWith('With', i) && isSpace(s.charCodeAt(i + 4));
}
const WITH_OPENING = /^\s*With\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?:of|at|worth|reaching)\s+/i;

/**
 * A sentence opening "With <amount>, <subject> ..." names the amount's subject after it: the trade
 * mode or regime of the clause that follows is the amount's breakdown.
 */
export function openingWithBreakdown(s: string, bounds: number[], f: Figure): string {
  if (!startsWithWith(s)) return '';
  const [lo, hi] = clauseOf(bounds, f.start);
  if (lo !== 0 || !WITH_OPENING.test(s.slice(0, f.start))) return '';
  return breakdownInSpan(s, hi, clauseOf(bounds, hi)[1]);
}

const BRACKET = /\([^()]{1,80}\)/g;

/** Spans of short bracketed asides ("(March: +6.2%)", "(H1 2024: 29,095 tonnes)"). */
export function bracketSpans(s: string): Array<[number, number]> {
  if (!s.includes('(')) return [];
  const spans: Array<[number, number]> = [];
  BRACKET.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = BRACKET.exec(s)) !== null; ) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

const RELATIVE_CLAUSE_START = /,\s*(?:which|who|whose)\s/i;
const RELATIVE_WORDS = keywords(['which', 'who'], RELATIVE_CLAUSE_START);
/**
 * "• Third quarter: 11.29 trillion yuan" then "• Africa: 1.62 trillion yuan": the items of a bulleted list
 * are parallel, so each starts from the flow in force where the list began ("• Imports: ..." does not
 * make the next item imports), and a part of the list's period one item names ("• October: ...") is
 * that item's only. A longer period an item names ("• Jan-Oct trade: ...") becomes the list's.
 */
function startListItem(sentence: Sentence, memory: ReleaseMemory): void {
  if (!sentence.listItem) {
    memory.list = undefined;
    return;
  }
  if (!memory.list) {
    memory.list = { period: memory.period, flow: memory.lastFlow };
    return;
  }
  const listPeriod = memory.list.period;
  const now = memory.period;
  const partOfList = listPeriod && now && (now.start !== listPeriod.start || now.end !== listPeriod.end) && now.start >= listPeriod.start && now.end <= listPeriod.end;
  if (partOfList) memory.period = listPeriod;
  else memory.list.period = now;
  memory.lastFlow = memory.list.flow;
}

const RELATIVE_CLAUSE = /,\s*(?:which|who|whose)\s[^,;.]{0,160},/gi;
// ", as Beijing kept export quotas tight.", ", as trucks queued at the Ganqimaodu crossing": a clause giving
// the reason closes the sentence; a place in it is scenery, not the area of the figures before it.
const REASON_CLAUSE = /,\s*as\s+(?!(?:of|well|much|many|part|such|per|a\s+result|shown|reported|stated|noted|expected|mentioned|compared|against)\b)[^,;]{0,160}[.]?$/gi;
const REASON_WORDS = keywords([', as'], REASON_CLAUSE);

/** Spans of a closing reason clause (", as mills cut output in Hebei."), at most one per sentence. */
export function reasonClauses(s: string): Array<[number, number]> {
  if (!mentions(s, REASON_WORDS)) return [];
  REASON_CLAUSE.lastIndex = 0;
  const m = REASON_CLAUSE.exec(s);
  return m ? [[m.index, m.index + m[0].length]] : [];
}

/** Spans of non-restrictive relative clauses (", which accounts for half of X's trade,"). */
export function relativeClauses(s: string): Array<[number, number]> {
  if (!mentions(s, RELATIVE_WORDS) || !RELATIVE_CLAUSE_START.test(s)) return [];
  const spans: Array<[number, number]> = [];
  RELATIVE_CLAUSE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = RELATIVE_CLAUSE.exec(s)) !== null; ) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * Whether `inner` is a calendar quarter lying inside `outer`, a longer span of one year (a half-year or the
 * year to date: "2026-04".."2026-06" in January–June). A running total since a launch is no such span.
 */
function quarterInside(inner: { start: string; end: string }, outer: { start: string; end: string }): boolean {
  if (!inner.start || inner.end !== shift(inner.start, 2) || (Number(inner.start.slice(5)) - 1) % 3 !== 0) return false;
  if (!outer.start || outer.start.slice(0, 4) !== outer.end.slice(0, 4)) return false;
  return outer.start <= inner.start && inner.end <= outer.end && (outer.start !== inner.start || outer.end !== inner.end);
}

/** True for January to a later month of one year, other than a first quarter (which agencies compare with the quarter before). */
function isYearToDateSpan(period: { start: string; end: string } | null): boolean {
  if (!period || !period.start.endsWith('-01') || period.start.slice(0, 4) !== period.end.slice(0, 4)) return false;
  const months = Number(period.end.slice(5, 7));
  return months >= 2 && months !== 3;
}

// "Of these, ...", "Among them, ...", "Of the total, ...": a sentence that points back into the figure before it.
const INTO_THE_TOTAL = /^\s*(?:Of\s+(?:these|them|this|which|the\s+total|that)|Among\s+(?:them|these|which)|In\s+total|Altogether|Cumulatively)\b/i;

/** What one sentence offers the steps that read it: its text, what it mentions, and the release memory. */
interface SentenceScene {
  sentence: Sentence;
  s: string;
  anchor: Anchor | null;
  memory: ReleaseMemory;
  periods: PeriodMention[];
  figures: Figure[];
  places: PlaceMention[];
  cues: FlowCue[];
  bounds: number[];
}

/** The sentence's figures read (step 1): the readings, how many figures were set aside as not trade, and periods that only date a base. */
interface FigureReadings {
  readings: Reading[];
  nonTrade: number;
  baseDates: Set<PeriodMention>;
}

/**
 * One sentence's rows, updating the release memory as a reader would. The steps, in order: the
 * paragraph and the asides the sentence leaves or returns to; what each figure is (1); restatements
 * in a second currency (2); which level each growth qualifies, and "respectively" lists (3, 4); the
 * rows, with period, area, partner, flow and goods chosen for each (5); what the next sentences may
 * leave implicit (6).
 */
export function readSentence(sentence: Sentence, anchor: Anchor | null, ctx: ExtractionContext, memory: ReleaseMemory): ObservationDraft[] {
  startListItem(sentence, memory);
  const flowOfParagraph = sentence.paragraph === memory.paragraph && (memory.lastFlow === 'import' || memory.lastFlow === 'export') ? memory.lastFlow : null;
  if (sentence.paragraph !== memory.paragraph) enterParagraph(sentence.paragraph, sentence.norm, memory);
  resumeAside(sentence, memory);
  const scene = findMentions(sentence, anchor, memory);
  const { readings, nonTrade, baseDates } = readFigures(scene);
  settleBases(scene, readings);
  const primaries = primaryLevels(scene.s, readings);
  pairGrowths(scene, readings, primaries);
  const frame = rowFrame(scene, readings, baseDates, flowOfParagraph);
  settleBasesByPeriod(frame);
  const rows = buildRows(frame, ctx);
  rememberSentence(frame, rows, nonTrade, baseDates);
  return rows;
}

/** A new paragraph: the balance, a quarter or a running total aside, and a port or city aside end with the paragraph before. */
function enterParagraph(paragraph: number, s: string, memory: ReleaseMemory): void {
  memory.paragraph = paragraph;
  // A sentence with no flow word continues the flow of its own paragraph only; a balance in particular
  // does not carry into the next paragraph's partner figures.
  if (memory.lastFlow === 'balance') memory.lastFlow = null;
  periodOfNewParagraph(s, memory);
  areaOfNewParagraph(memory);
}

/** The period a new paragraph starts from: its section's, or the release's after a quarter or running-total aside. */
function periodOfNewParagraph(s: string, memory: ReleaseMemory): void {
  // "(2) By trade mode, ..." under a heading dated the first quarter: a month one item named ("This
  // March, ...") does not carry into the next item.
  if (memory.sectionPeriod) memory.period = memory.sectionPeriod;
  // "In the second quarter, trade grew 8.2 percent ..." in a half-year or year-to-date release: the
  // quarter is an aside; the next paragraph is the release's period again. A month is not (a monthly
  // release leads with the year to date and then reports the month).
  else if (memory.period && memory.leadPeriod && quarterInside(memory.period, memory.leadPeriod)) memory.period = memory.leadPeriod;
  // "Since its launch in November 2014, the service has run 11,800 trips." then a paragraph on the city's
  // trade: a running total since a launch is an aside too, unless the paragraph points back into it ("Of these, ...").
  else if (memory.period?.running && memory.leadPeriod && memory.leadPeriod.start !== memory.period.start && !INTO_THE_TOTAL.test(s)) memory.period = memory.leadPeriod;
}

/** The area a new paragraph starts from: the release's own after a port, zone or city named in passing. */
function areaOfNewParagraph(memory: ReleaseMemory): void {
  // "Through Mohan Port, imports and exports reached ..." then a new paragraph: unless the release
  // is about that port (its first figure), a new paragraph returns to the release's own area.
  // A city or province named in a national release ("Shanghai remained the largest EV exporter, shipping
  // ...") is an aside the same way: the next paragraph is the country's again. Only places of the lexicon: a
  // foreign unit read by its suffix ("Primorsky Krai") is the subject of a story that first names China.
  // A city named in a province's release ("Yiwu saw its trade climb ...") is an aside too.
  // Only a city named after the province's own lead: a release on the city that locates it in its province goes on with the city.
  const cityInProvince = memory.areaByKind.city === memory.area && memory.areaByKind.region === memory.leadArea && (memory.cityParagraph ?? -1) > (memory.leadParagraph ?? Infinity);
  if (memory.leadArea && memory.area !== memory.leadArea && (memory.areaByKind.port === memory.area || memory.areaByKind.zone === memory.area || cityInProvince || ((memory.areaByKind.city === memory.area || memory.areaByKind.region === memory.area) && memory.leadArea === memory.country && isPlaceWord(memory.area)))) memory.area = memory.leadArea;
}

/**
 * "Year to date, imports and exports totaled 41.9 billion yuan. During the period, exports ... grew 9.1
 * percent": the period the sentence points back to is the aside's; so is the rest of the aside's paragraph.
 */
function resumeAside(sentence: Sentence, memory: ReleaseMemory): void {
  if (memory.aside && (memory.aside.paragraph === sentence.paragraph || THE_PERIOD_BACK.test(sentence.norm))) memory.period = memory.aside.period;
  memory.aside = undefined;
}

/** The sentence's periods, figures (counts with their unit in context), places, flow words and clause bounds. */
function findMentions(sentence: Sentence, anchor: Anchor | null, memory: ReleaseMemory): SentenceScene {
  const s = sentence.norm;
  const periods = runningTotals(referBack(findPeriods(s, anchor), s, memory.period, memory.spans), s, anchor, memory.period);
  const figures = findFigures(
    s,
    periods.map((p) => [p.start, p.end] as [number, number]),
    (_written, reason) => memory.inexact.push(`${reason}; not read ("${sentence.text.slice(0, 120)}")`),
  );
  for (const f of figures) {
    if (f.kind !== 'level' || f.measure !== 'count') continue;
    // Up to 200 characters back: "Sea-rail trains departing from and arriving in Chongqing on the ... Corridor ran 1,020 trips".
    f.unit = unitInContext(f.unit, `${s.slice(Math.max(0, f.start - 200), f.end)} ${f.ofWhat}`, memory.countedUnit ?? '');
  }
  const places = findPlaces(s, memory.area || memory.country, memory.country);
  const cues = findFlowCues(s);
  const bounds = clauseBounds(s);
  return { sentence, s, anchor, memory, periods, figures, places, cues, bounds };
}

/** Step 1 as it goes: the readings so far, and where the last level and the last set-aside level ended. */
interface FigureTally extends FigureReadings {
  lastLevelEnd: number;
  setAsideEnd: number;
}

/** 1. What each figure is: a level, a growth or a share of trade, an earlier period's figure, or not a trade figure. */
function readFigures(scene: SentenceScene): FigureReadings {
  const { s, figures, anchor } = scene;
  const tally: FigureTally = { readings: [], nonTrade: 0, baseDates: new Set<PeriodMention>(), lastLevelEnd: 0, setAsideEnd: -1 };
  const bases = scene.periods.filter((p) => p.kind === 'base');
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    const setAside = notATradeFigure(s, f, anchor);
    if (setAside === EARLIER_GROWTH_RULE && readEarlierGrowth(scene, f, tally)) continue;
    if (setAside) {
      setFigureAside(scene, f, setAside, tally);
      continue;
    }
    // "average export price at 92,000 yuan per auto, down 8.8%": the change trailing a set-aside level is its own.
    if (f.kind !== 'level' && tally.setAsideEnd >= 0 && f.start >= tally.setAsideEnd && TRAILING_GROWTH_GAP.test(s.slice(tally.setAsideEnd, f.start).replace(SET_ASIDE_TAIL, ''))) {
      tally.nonTrade++;
      continue;
    }
    if (f.kind === 'level') readLevel(scene, f, bases, tally);
    else readPercentFigure(scene, f, figures[i + 1], tally);
  }
  shareOfAmountBefore(s, tally.readings);
  return tally;
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

/** A figure a nonfigure rule set aside: counted as not trade; the period after an earlier growth dates it only. */
function setFigureAside(scene: SentenceScene, f: Figure, rule: string, tally: FigureTally): void {
  tally.nonTrade++;
  // "rose 8.8 percent, after a 2.3 percent drop in 2024": the period after an earlier growth dates it only.
  if (rule === FOLLOWED_GROWTH_RULE) for (const p of scene.periods) if (p.start >= f.end && p.start - f.end <= 60 && !scene.figures.some((g) => g.start >= f.end && g.start < p.start)) tally.baseDates.add(p);
  if (f.kind === 'level') tally.setAsideEnd = f.end;
}

/** A level: an earlier period's (a comparison base), a reported trade amount, or nothing of trade. */
function readLevel(scene: SentenceScene, f: Figure, bases: PeriodMention[], tally: FigureTally): void {
  const { s } = scene;
  const base = earlierLevel(s, f.start, f.end, scene.periods);
  if (base) {
    tally.readings.push(reading(f, 'level', 0, false, base.period));
    // "eclipsing the record of X in fiscal 2007": that period dates the base only.
    if (base.stated) tally.baseDates.add(base.stated);
    return;
  }
  if (!isReportedLevel(s, f, bases)) return;
  if (hasNonTradeSubject(s, f, scene.bounds, scene.cues)) {
    tally.nonTrade++;
    return;
  }
  tally.readings.push(reading(f, 'level', 0, false));
  tally.lastLevelEnd = f.end;
}

/** A percentage: an index of the year-earlier level, a growth or a share (by the words around it), or nothing of trade. */
function readPercentFigure(scene: SentenceScene, f: Figure, next: Figure | undefined, tally: FigureTally): void {
  const { s, places, memory } = scene;
  if (isNotTradePercent(s, f, next, scene.bounds, scene.cues)) {
    tally.nonTrade++;
    return;
  }
  // "or 103.5% compared to January-April 2025": an index of the year-earlier level, up 3.5 percent.
  const index = indexGrowth(s, f);
  if (index) {
    tally.readings.push(reading({ ...f, value: index.growth, sign: index.growth < 0 ? '-' : '+' }, 'growth', Math.sign(index.growth) || 1, true));
    return;
  }
  const windowStart = Math.max(tally.lastLevelEnd, s.lastIndexOf(';', f.start) + 1, f.start - 120, 0);
  const read = readPercent(s, f, windowStart) ?? gappedGrowth(s, f, windowStart) ?? parentheticalShare(s, f, places) ?? listedShare(s, f, places);
  if (!read) return;
  const r = reading(f, read.role, read.direction, read.yoy);
  if (read.role === 'growth' && memory.country && isNationalRate(s, f)) r.areaOverride = memory.country;
  tally.readings.push(r);
}

/** Which changes are not year-on-year by the release's or the paragraph's basis, or by the basis of the change they pair with. */
function settleBases(scene: SentenceScene, readings: Reading[]): void {
  const { s, memory, sentence } = scene;
  // "Comparing the three months ending in February with the preceding three months on a seasonally
  // adjusted basis, exports increased 4%. Within this total, re-exports increased 4.1%": a sequential
  // comparison governs its sentence and the rest of its paragraph, until a year-on-year marker.
  const sequential = mentions(s, SEQUENTIAL_WORDS) && governingSequentialBasis(s);
  // A release that compares with the month before (or an agency that always does): its unmarked
  // changes ("exports fell 2.1 per cent in January") are month-on-month; a change its own clause marks
  // as year-on-year ("or 6.4 percent, from the same period in 2025") stays one.
  // A change of a year-to-date span the sentence goes on with ("Year-to-date, the deficit increased 7.8
  // percent from the same period in 2025. Exports increased 4.1 percent") has no previous month: it stays year-on-year.
  const goesOnWithYearToDate = !scene.periods.some((p) => p.kind === 'period') && isYearToDateSpan(memory.period);
  if (memory.previousMonthRelease && !goesOnWithYearToDate) for (const r of readings) if (r.role === 'growth' && !YOY_MARKER.test(ownWordsAround(s, r.figure))) r.yoy = false;
  if (sequential || memory.sequentialParagraph === sentence.paragraph) {
    const yoyMarked = YOY_MARKER.test(s);
    if (sequential && !yoyMarked) memory.sequentialParagraph = sentence.paragraph;
    if (memory.sequentialParagraph === sentence.paragraph && !yoyMarked) for (const r of readings) if (r.role === 'growth') r.yoy = false;
  }
  shareMonthOnMonthBasis(s, readings);
}

/**
 * "Goods exports rose 2.4% on the month to £31.6 billion, while imports dropped 3.1% to £50.9 billion":
 * the second change of a pair shares the month-on-month basis the first one names, unless it names its own.
 */
function shareMonthOnMonthBasis(s: string, readings: Reading[]): void {
  const changes = readings.filter((r) => r.role === 'growth');
  for (let i = 1; i < changes.length; i++) {
    const [first, second] = [changes[i - 1], changes[i]];
    if (first.yoy || !second.yoy || !MONTH_ON_MONTH.test(ownWordsAround(s, first.figure))) continue;
    if (PAIRED_FLOW_CLAUSE.test(s.slice(first.figure.end, second.figure.start)) && !YOY_MARKER.test(ownWordsAround(s, second.figure))) second.yoy = false;
  }
}

/** 2. The same amount in a second currency restates the level before it; the levels that restate none are the primaries. */
function primaryLevels(s: string, readings: Reading[]): Reading[] {
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

/** Pairs a level with the growth rate that qualifies it. */
function link(level: Reading, growth: Reading): void {
  level.growth = growth;
  growth.level = level;
}

/**
 * 3. Growth rates qualify a level: the one they lead into ("rose 5% to X"), else the one before them.
 * An earlier growth is its own row: it qualifies no level of this period.
 * The nation's rate quoted in a province's release (it names its own area) qualifies no level either.
 * 4. "X and Y rose 5% and 3%, respectively": list items pair up in order.
 */
function pairGrowths(scene: SentenceScene, readings: Reading[], primaries: Reading[]): void {
  const { s, cues, places } = scene;
  const growths = readings.filter((r) => r.role === 'growth' && !r.earlier && !r.areaOverride);
  const respectively = mentions(s, RESPECTIVELY_WORDS) ? RESPECTIVELY.exec(s) : null;
  if (respectively) {
    pairRespectively(s, primaries, growths, cues, places, respectively.index);
    pairGrowthsBeforeLevels(s, primaries, growths, cues, respectively.index);
    pairLevelsWithPartners(s, primaries, places, respectively.index);
  }
  for (const g of growths) {
    if (g.level) continue;
    const level = levelTrailedBy(s, primaries, g) ?? levelLedInto(s, primaries, growths, g) ?? levelBefore(s, primaries, growths, g);
    if (level) link(level, g);
  }
  preferYearOnYearSideBySide(s, growths);
  yearOnYearOfSameSubject(s, primaries, growths);
  yearOnYearPastBase(s, readings, primaries, growths);
  if (respectively) {
    pairRespectivelyGrowths(scene, primaries, growths, respectively.index);
    pairRespectivelyShares(scene, readings, respectively.index);
  }
}

/**
 * "997,000 tonnes, up 105.9 percent year on year, and ... totaled 670,000 tonnes": a growth written right
 * after a level is that level's, whatever the words after it lead into.
 */
function levelTrailedBy(s: string, primaries: Reading[], g: Reading): Reading | null {
  const just = primaries.findLast((l) => l.figure.end <= g.figure.start);
  return just && !just.growth && TRAILING_GROWTH_GAP.test(s.slice(just.figure.end, g.figure.start)) ? just : null;
}

/** "rose 5% to X": the level a growth leads into, with no other growth, new subject or worth between them. */
function levelLedInto(s: string, primaries: Reading[], growths: Reading[], g: Reading): Reading | null {
  const next = primaries.find((l) => l.figure.start >= g.figure.end);
  if (!next || next.growth) return null;
  const gap = s.slice(g.figure.end, next.figure.start);
  const between = growths.some((o) => o !== g && o.figure.start > g.figure.end && o.figure.start < next.figure.start);
  return !between && gap.length <= 80 && FORWARD_CUE.test(stripQualifier(s, g.figure.end, next.figure.start)) && !NEW_SUBJECT.test(gap) && !WORTH_AFTER_COMMA.test(gap) ? next : null;
}

/** The level before a growth, with no other growth and no new subject between them. */
function levelBefore(s: string, primaries: Reading[], growths: Reading[], g: Reading): Reading | null {
  const prev = primaries.findLast((l) => l.figure.end <= g.figure.start);
  if (!prev || prev.growth) return null;
  const gap = s.slice(prev.figure.end, g.figure.start);
  const between = growths.some((o) => o !== g && o.figure.start > prev.figure.end && o.figure.start < g.figure.start);
  return !between && gap.length <= 200 && !NEW_SUBJECT.test(gap) ? prev : null;
}

/**
 * "83,000 units, up 13% from last month and up 38.9% year on year", "dropped 49.5% year on year and
 * fell 10.9% from August to 874,000 mt": of two changes side by side, the level's is the year-on-year one.
 */
function preferYearOnYearSideBySide(s: string, growths: Reading[]): void {
  for (const g of growths) {
    if (g.level || !g.yoy) continue;
    const rival = growths.find((o) => o !== g && o.level && !o.yoy && SIDE_BY_SIDE.test(s.slice(Math.min(o.figure.end, g.figure.end), Math.max(o.figure.start, g.figure.start))));
    if (!rival?.level) continue;
    link(rival.level, g);
    rival.level = null;
  }
}

/**
 * "rose 3.3% month-on-month to 460,000 tonnes in April but were 2.8% lower than a year earlier": a
 * year-on-year change in a clause that goes on with the same subject ("but were", "and was") is the
 * level's, when the level's own change is against another base.
 */
function yearOnYearOfSameSubject(s: string, primaries: Reading[], growths: Reading[]): void {
  for (const g of growths) {
    if (g.level || !g.yoy) continue;
    let prev: Reading | undefined;
    for (let i = primaries.length - 1; i >= 0 && !prev; i--) if (primaries[i].figure.end <= g.figure.start) prev = primaries[i];
    if (!prev?.growth || prev.growth.yoy || !SAME_SUBJECT_GOES_ON.test(s.slice(prev.figure.end, g.figure.start))) continue;
    prev.growth.level = null;
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

/** "Russia and Kazakhstan rose 5% and 3%, respectively": unpaired growths listed before "respectively" take the partners and flows listed before them. */
function pairRespectivelyGrowths(scene: SentenceScene, primaries: Reading[], growths: Reading[], at: number): void {
  const { s, places, cues } = scene;
  const run = growths.filter((g) => !g.level && g.figure.end <= at);
  if (run.length < 2) return;
  const from = Math.max(0, ...primaries.filter((l) => l.figure.end <= run[0].figure.start).map((l) => l.figure.end));
  const partners = places.filter((p) => p.role === 'partner' && p.start >= from && p.end <= run[0].figure.start);
  if (partners.length === run.length) run.forEach((g, i) => (g.partnerOverride = partners[i].name));
  const flows = listedFlows(s, cues, from, run[0].figure.start);
  if (flows.length === run.length) run.forEach((g, i) => (g.flowOverride = flows[i]));
}

/** "South Korea and Japan followed with 9.8% and 4.1%, respectively": shares pair with the partners listed before them. */
function pairRespectivelyShares(scene: SentenceScene, readings: Reading[], at: number): void {
  const { s, places } = scene;
  const shares = readings.filter((r) => r.role === 'share' && r.figure.end <= at);
  const list: Reading[] = [];
  for (const r of [...shares].reverse()) {
    if (list.length && !/^(?:,\s*|\s+and\s+)$/.test(s.slice(r.figure.end, list[0].figure.start))) break;
    list.unshift(r);
  }
  if (list.length < 2 || !/^[\s,]*$/.test(s.slice(list[list.length - 1].figure.end, at))) return;
  const from = Math.max(0, ...readings.filter((r) => r.figure.end <= list[0].figure.start).map((r) => r.figure.end));
  const partners = places.filter((p) => p.role === 'partner' && p.start >= from && p.end <= list[0].figure.start);
  if (partners.length === list.length) list.forEach((r, i) => (r.partnerOverride = partners[i].name));
}

/** What the choice of a row's period, area, partner, flow and goods looks at (step 5). */
interface RowFrame extends SentenceScene {
  readings: Reading[];
  /** The flow of the sentence before, in the same paragraph, when it was exports or imports. */
  flowOfParagraph: Flow | null;
  /** Periods that date figures (not a base's only). */
  usablePeriods: PeriodMention[];
  areaPlaces: PlaceMention[];
  /** Partners named, and those pointed back to ("the bloc", "the country"), in order. */
  partnerPlaces: PlaceMention[];
  /** Areas outside a closing reason clause: those the next sentences may go on with. */
  framePlaces: PlaceMention[];
  brackets: Array<[number, number]>;
  /** Relative and reason clauses: their places and flows describe, they do not name a figure's. */
  asides: Array<[number, number]>;
  withoutAsides: string;
  /** The area the sentence named for its figures, once a row chose one (kept for the next sentences). */
  sentenceArea: string;
}

/** 5. What the rows are chosen from. */
function rowFrame(scene: SentenceScene, readings: Reading[], baseDates: Set<PeriodMention>, flowOfParagraph: Flow | null): RowFrame {
  const { s, places } = scene;
  const areaPlaces = places.filter((p) => p.role === 'area' && !p.inList);
  // "Suzhou, which accounts for half of Jiangsu's trade, reported ...": a place inside a relative
  // clause describes the subject; it is not the area of figures outside that clause.
  // Places in a closing reason clause name the area of no figure outside it, nor of the sentences after it.
  const reasons = reasonClauses(s);
  const asides = reasons.length ? [...relativeClauses(s), ...reasons] : relativeClauses(s);
  const frame: RowFrame = {
    ...scene,
    readings,
    flowOfParagraph,
    usablePeriods: scene.periods.filter((p) => (p.kind === 'period' || p.kind === 'unresolved') && !baseDates.has(p)),
    areaPlaces,
    partnerPlaces: partnerPlacesOf(scene),
    framePlaces: reasons.length ? areaPlaces.filter((x) => !reasons.some(([a, b]) => x.start >= a && x.end <= b)) : areaPlaces,
    // "Exports grew 8.1% in April (March: +6.2%), while imports fell 1.1%": a period in brackets dates
    // only what the brackets hold.
    brackets: bracketSpans(s),
    asides,
    withoutAsides: asides.reduce((text, [a, b]) => text.slice(0, a) + ' '.repeat(b - a) + text.slice(b), s),
    sentenceArea: '',
  };
  bracketedPartners(frame);
  return frame;
}

/** The partners named, and "exports to the 27-member bloc", "imports from the country": anaphora for the partner named before. */
function partnerPlacesOf(scene: SentenceScene): PlaceMention[] {
  const { s, places, memory } = scene;
  const partnerPlaces = places.filter((p) => p.role === 'partner' && !p.inList);
  PARTNER_ANAPHOR.lastIndex = 0;
  for (let m: RegExpExecArray | null; mentions(s, PARTNER_ANAPHOR_WORDS) && (m = PARTNER_ANAPHOR.exec(s)) !== null; ) {
    const bloc = /bloc|grouping/i.test(m[1]);
    const at = m.index;
    // "exports from the country" is the reporting country's own trade.
    if (!bloc && /^from\b/i.test(m[0]) && /\b(?:exports?|exported|shipments|goods|products)\s+(?:[\w-]+\s+){0,3}$/i.test(s.slice(Math.max(0, at - 60), at))) continue;
    const earlier = places.findLast((p) => p.role === 'partner' && p.end <= at && (bloc ? p.kind === 'group' : p.kind === 'country'));
    const name = earlier?.name ?? (bloc ? memory.groupPartner : memory.partner);
    if (name && name !== memory.country && !places.some((p) => p.role === 'partner' && p.start < at + m![0].length && p.end > at)) {
      partnerPlaces.push({ start: at + m[0].length - m[1].length, end: at + m[0].length, name, kind: bloc ? 'group' : 'country', role: 'partner' });
    }
  }
  partnerPlaces.sort((a, b) => a.start - b.start);
  return partnerPlaces;
}

/** "China (19.2%), Russia (17.6%)", "to the mainland (+18.6%), Taiwan (+57.4%)": a bracketed figure belongs to the place before it. */
function bracketedPartners(frame: RowFrame): void {
  const { s, places } = frame;
  for (const r of frame.readings) {
    if (r.role === 'level') continue;
    const owner = places.find((p) => p.role === 'partner' && p.end <= r.figure.start && r.figure.start - p.end <= 6 && /^\s*\(\s*[+\-−]?\s*$/.test(s.slice(p.end, r.figure.start)));
    if (owner && !r.partnerOverride) r.partnerOverride = owner.name;
  }
}

/** The period of a figure at `at`: the nearest usable one the sentence states (outside other brackets), else the release's. */
function periodFor(frame: RowFrame, at: number): { start: string; end: string } {
  const { brackets, usablePeriods } = frame;
  const visible = brackets.length ? usablePeriods.filter((p) => !brackets.some(([a, b]) => p.start >= a && p.end <= b && (at < a || at >= b))) : usablePeriods;
  const p: PeriodMention | null = nearest(visible, frame.bounds, at);
  if (p) return { start: p.periodStart, end: p.periodEnd };
  return frame.memory.period ?? { start: '', end: '' };
}

/** The bases of changes that only the figure's period can settle: a year before it, or another period. */
function settleBasesByPeriod(frame: RowFrame): void {
  const { s, periods, readings } = frame;
  // "a 32% increase from May 2025" in a June report is month-on-month; "60% from June 2024" is year-on-year;
  // so is a base opening the sentence ("Compared with September 2026, exports increased 3.1 per cent").
  for (const r of readings) {
    if (r.role !== 'growth' || !r.yoy || r.earlier) continue;
    if (yearBeforeBase(s, r.figure.end, periods, periodFor(frame, r.figure.start)) === false || openingBaseIsYearBefore(s, periods, periodFor(frame, r.figure.start)) === false) r.yoy = false;
  }
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

/** The area of a figure at `at`; a place the sentence names for it is remembered as the sentence's area. */
function areaFor(frame: RowFrame, at: number): string {
  const { s, bounds, asides, areaPlaces, memory } = frame;
  // A place in the figure's clause or before it names the area; "the port's ..." outranks a place
  // that only comes later in another clause.
  const [clo, chi] = clauseOf(bounds, at);
  const visible = asides.length ? areaPlaces.filter((x) => !asides.some(([a, b]) => x.start >= a && x.end <= b && (at < a || at >= b))) : areaPlaces;
  const p = nearest(visible.filter((x) => x.end <= at || (x.start >= clo && x.end <= chi)), bounds, at, (x) => x.kind === 'port');
  if (p?.kind === 'port') return (frame.sentenceArea = p.name);
  // "handled 1,996 freight trains along the railway": the corridor named before, over a city or province
  // the sentence names ("trains on the railway made 2,630 trips through the port" stays the port's).
  const corridor = memory.areaByKind.zone;
  if (corridor?.endsWith(' Railway') && ALONG_THE_RAILWAY.test(s.slice(clo, chi)) && anaphoraKind(s, clo, chi) !== 'port') return (frame.sentenceArea = corridor);
  if (p) return (frame.sentenceArea = p.name);
  return areaNamedElsewhere(frame, at, chi);
}

/** The area of a figure whose clause names no place: the side opening the sentence, an anaphor, a later place, or memory. */
function areaNamedElsewhere(frame: RowFrame, at: number, chi: number): string {
  const { s, bounds, places, memory } = frame;
  // "On the Chinese side, customs data showed ...": the side named opening the sentence is whose figures follow.
  const side = SIDE_OPENING.exec(s);
  const sideCountry = side ? countryOf(side[1]) : null;
  if (sideCountry) return (frame.sentenceArea = sideCountry);
  const anaphor = anaphoraKind(s, 0, chi);
  // "India's oil ministry data showed the country's crude imports rose ...": the country whose source
  // the sentence names before the anaphor is the one it points to, not the release's.
  const sourceCountry = anaphor === 'country' ? places.find((x) => x.kind === 'country' && x.role === 'locator' && x.end <= at && SOURCE_OF_COUNTRY_AFTER.test(s.slice(x.end, x.end + 40))) : undefined;
  if (sourceCountry) return sourceCountry.name;
  if (anaphor === 'country') return memory.country || memory.area;
  // "The province's imports ...": later sentences go on with the province.
  if (anaphor && memory.areaByKind[anaphor]) return (frame.sentenceArea = memory.areaByKind[anaphor]!);
  const later = nearest(frame.framePlaces, bounds, at, (x) => x.kind === 'port');
  if (later) return (frame.sentenceArea = later.name);
  return memory.area || memory.country;
}

/** The partner of a figure at `at`: the nearest named up to its clause's end, the one before for "bilateral", else the world. */
function partnerFor(frame: RowFrame, at: number): string {
  const { s, bounds, memory } = frame;
  // A partner named in a later clause is another figure's ("..., and purchases of beef from Brazil rose").
  const [, chi] = clauseOf(bounds, at);
  const p: PlaceMention | null = nearest(frame.partnerPlaces.filter((x) => x.end <= chi), bounds, at);
  if (p) return p.name;
  if (mentions(s, BILATERAL_WORDS) && BILATERAL.test(s) && memory.partner) return memory.partner;
  return 'World';
}

/**
 * "Mongolia sold 8.2 million tonnes of coal to China" in a release on China: the seller is the partner,
 * and what it sold is the release country's import.
 */
function verbOfPartner(frame: RowFrame, cue: FlowCue): boolean {
  const subject = frame.places.findLast((p) => p.end <= cue.start);
  // The release's own country selling or buying is its own export or import ("Mongolia shipped 71.2 million tons of coal abroad").
  return subject !== undefined && subject.role === 'partner' && subject.name !== frame.memory.country && TRADE_VERB_SUBJECT_AFTER.test(frame.s.slice(subject.end, cue.end));
}

/**
 * "China's copper concentrate imports hit a record ... Shipments climbed 11.6%": bare shipments go the way
 * the sentence goes, or in a story that has named imports of goods and no exports, in; else a country's
 * shipments are its exports ("Brazil's imports fell 2%. Soybean shipments reached 8.3 million tonnes").
 */
function weakShipmentsFlow(frame: RowFrame, cue: FlowCue): Flow {
  const { memory } = frame;
  const named = frame.cues.findLast((c) => c.end <= cue.start && !c.weak && (c.flow === 'import' || c.flow === 'export'));
  if (named) return named.flow;
  // "Imports fell 6.2% to 88.1 million tons in June. That brought shipments in the first half to ...":
  // shipments naming no goods go on with the flow of the sentence before them in their paragraph
  // ("Soybean shipments", "shipments of coal" name goods: a country's own, its exports).
  if (frame.flowOfParagraph && !shipmentsNameGoods(frame.s, cue.start, cue.end)) return frame.flowOfParagraph;
  return memory.namedFlows?.import && !memory.namedFlows.export ? 'import' : 'export';
}

/** True when the flow words between `a` and `b` name both imports and exports. */
function bothWaysIn(cues: FlowCue[], a: number, b: number): boolean {
  return cues.some((c) => c.start >= a && c.end <= b && c.flow === 'import') && cues.some((c) => c.start >= a && c.end <= b && c.flow === 'export');
}

/** A row's flow, and whether the words make a balance negative (a deficit). */
interface FlowChoice {
  flow: Flow;
  negative: boolean;
}

/** A flow with no sign of its own. */
function plain(flow: Flow): FlowChoice {
  return { flow, negative: false };
}

/**
 * The flow of a reading: a flow word of its clause; else goods that moved both ways or a supplier's part;
 * else a flow word elsewhere; with the rules of counted crossings and traffic first, then the cue's flow,
 * then what the sentence and the release say when no word names one.
 */
function flowFor(frame: RowFrame, r: Reading): FlowChoice {
  const f = r.figure;
  const [lo, hi] = clauseOf(frame.bounds, f.start);
  const inClause = frame.cues.filter((c) => c.start >= lo && c.end <= hi);
  const clauseCue = cueOfClause(frame.s, f, inClause);
  const uncued = clauseCue ? null : flowOfUncuedGoods(frame, r, inClause, lo, hi);
  if (uncued) return plain(uncued);
  const cue = clauseCue ?? cueOutsideClause(frame, f);
  const counted = flowOfCrossings(frame.s, f.unit, inClause, lo, hi) ?? flowOfTraffic(frame, r, inClause, hi);
  if (counted) return plain(counted);
  if (cue) return flowOfCue(frame, f, cue);
  return plain(flowWithoutCue(frame, r, lo, hi));
}

/** The flow word of a figure's own clause: the last before it, else the first after it, unless a passive trade verb right after the amount names it. */
function cueOfClause(s: string, f: Figure, inClause: FlowCue[]): FlowCue | null {
  const beforeInClause = inClause.filter((c) => c.end <= f.start);
  const afterInClause = inClause.filter((c) => c.start >= f.end);
  let cue = beforeInClause[beforeInClause.length - 1] ?? afterInClause[0] ?? null;
  // "goods worth €131.2 billion were exported and goods worth €114.9 billion were imported": a passive
  // trade verb right after the amount names its flow, whatever verb came before it.
  const passive = afterInClause[0];
  if (passive && PASSIVE_FLOW_GAP.test(s.slice(f.end, passive.start)) && PASSIVE_FLOW_VERB.test(s.slice(passive.start, passive.end))) cue = passive;
  return cue;
}

/** The flow of goods whose clause has no flow word: cargo handled, passing through or carried by trains (total), a foreign supplier's part (import). */
function flowOfUncuedGoods(frame: RowFrame, r: Reading, inClause: FlowCue[], lo: number, hi: number): Flow | null {
  const { s, cues, places } = frame;
  const f = r.figure;
  // "Qingdao Port handles 2.1 million TEUs; soybean imports slump": cargo a port handled, with no
  // flow word in its own clause or before it, moved both ways; a later clause's flow is another subject's.
  if (f.measure === 'quantity' && HANDLED_CARGO.test(s.slice(lo, hi)) && !cues.some((c) => c.end <= f.start && c.flow !== 'other')) return 'total';
  // "The port exported 3,408 vehicles, while 2,870 TEUs passed through it": goods passing through a
  // port in a clause of their own, with no flow word, moved both ways whatever an earlier clause exported.
  if (!inClause.length && f.measure === 'quantity' && PASSED_THROUGH.test(s.slice(lo, hi))) return 'total';
  // "The train service made 2,146 trips, of which 1,102 were return trains, and transported 176,000 TEUs": the
  // goods of the trains counted, with no flow word in their own clause, moved both ways whatever flow or
  // direction another clause or the paragraph before named.
  if (f.measure === 'quantity' && frame.readings.some((o) => o !== r && o.role === 'level' && o.figure.unit === 'trains' && o.figure.end <= f.start)) return 'total';
  // "Brazil supplied 71.3 percent of the soybeans, and the United States 19.6 percent": a foreign supplier's
  // part of the goods is the reporting country's import.
  if (places.some((p) => p.role === 'partner' && p.end <= f.start && SUPPLIER_VERB_AFTER.test(s.slice(p.end, p.end + 20)) && !cues.some((c) => c.start >= p.end && c.end <= f.start))) return 'import';
  return null;
}

/** Outside its clause a figure only borrows trade flows; "in both directions" and the like stay local. */
function cueOutsideClause(frame: RowFrame, f: Figure): FlowCue | null {
  const { cues, asides } = frame;
  // "Processing trade, which relies on imported parts assembled for re-export, came in at ...": a
  // relative clause that names both ways describes what the subject is, not which way the figure goes
  // ("Electronic products, which made up half of total exports, rose 18.4%" keeps its exports).
  const describing = (c: FlowCue) => asides.some(([a, b]) => c.start >= a && c.end <= b && (f.start < a || f.start >= b) && bothWaysIn(cues, a, b));
  const before = cues.filter((c) => c.end <= f.start && c.flow !== 'other' && !(asides.length && describing(c)));
  return before[before.length - 1] ?? cues.find((c) => c.start >= f.end && c.flow !== 'other') ?? null;
}

/** Firms counted, and vehicles or people crossing with no direction of their own or both ways: neither flow. */
function flowOfCrossings(s: string, unit: string, inClause: FlowCue[], lo: number, hi: number): Flow | null {
  if (unit === 'enterprises') return 'other';
  // "41,200 trucks crossed the border": vehicles crossing with no direction word of their own.
  if (unit === 'vehicles' && !inClause.length && BORDER_CROSSING.test(s.slice(lo, hi))) return 'other';
  // "96,400 vehicles entered or left China": vehicles crossing both ways are neither flow.
  if (unit === 'vehicles' && ENTERED_OR_LEFT.test(s.slice(lo, hi))) return 'other';
  // "2.46 million person-times of passengers entered and left the country": people crossing both ways.
  if ((unit === 'trips' || unit === 'passengers') && ENTERED_OR_LEFT.test(s.slice(lo, hi))) return 'other';
  return null;
}

/** Trains, trips, flights and passengers: the direction word that governs them, else two-way freight traffic (total) or neither. */
function flowOfTraffic(frame: RowFrame, r: Reading, inClause: FlowCue[], hi: number): Flow | null {
  const { s, cues, bounds } = frame;
  const f = r.figure;
  const unit = f.unit;
  if (unit !== 'trains' && unit !== 'trips' && unit !== 'flights' && unit !== 'passengers') return null;
  // "Inbound trains were 1,190, outbound trains 1,246": a direction word governs its own clause.
  const local = inClause.filter((c) => c.directional);
  // "1,612 columns were outbound and 1,414 columns were inbound": the direction the count is said to be.
  const predicate = local.find((c) => c.start >= f.end && DIRECTION_PREDICATE_GAP.test(s.slice(f.end, c.start)));
  if (predicate) return predicate.flow;
  if (local.length) return (local.filter((c) => c.end <= f.start).pop() ?? local[0]).flow;
  // Freight trains with no direction of their own ran both ways: two-way traffic, like total trade.
  const undirected: Flow = unit === 'trains' ? 'total' : 'other';
  const claimed = frame.readings.some((o) => o !== r && o.role === 'level' && cues.some((c) => c.directional && c.start >= clauseOf(bounds, o.figure.start)[0] && c.end <= clauseOf(bounds, o.figure.start)[1]));
  if (claimed) return undirected;
  // A direction word in a later clause ("..., and inbound trains made up a quarter of them") is another subject's.
  const directional = cues.filter((c) => c.directional && c.start < hi);
  const flows = new Set(directional.map((c) => c.flow));
  if (flows.size === 1 && !cues.some((c) => c.flow === 'other')) return [...flows][0];
  return undirected;
}

/** The flow a flow word gives a figure: goods moved both ways are total, bare shipments go their story's way, a partner's verb turns. */
function flowOfCue(frame: RowFrame, f: Figure, cue: FlowCue): FlowChoice {
  // "10.9 million tonnes of inbound and outbound cargo": goods moved both ways are total trade.
  if (cue.bothWays && f.measure === 'quantity') return plain('total');
  if (cue.weak) return plain(weakShipmentsFlow(frame, cue));
  return { flow: cue.verb && verbOfPartner(frame, cue) ? (cue.flow === 'export' ? 'import' : 'export') : cue.flow, negative: cue.negative };
}

/** The flow of a figure no flow word names: cargo, counts, carried goods, a part of a total, the flow before, a partner's trade. */
function flowWithoutCue(frame: RowFrame, r: Reading, lo: number, hi: number): Flow {
  const { s, cues, memory, sentence } = frame;
  const f = r.figure;
  // Tonnes of cargo a port handled moved both ways; vehicles "crossing in both directions" are neither.
  const cargo = /\b(?:cargo|freight(?!\s+trains?)|goods|throughput|handled|cleared)\b/i;
  if (f.measure === 'quantity' && (cargo.test(s.slice(lo, hi)) || (!cues.some((c) => c.flow !== 'other') && cargo.test(s)))) return 'total';
  if (f.measure === 'count' && cues.some((c) => c.flow === 'other')) return 'other';
  if (f.measure === 'value' && CARRIED_GOODS_VALUE.test(s.slice(lo, hi))) return 'total';
  // "Exports rose 3.0 percent, while imports were flat." then "Qingdao handled 886.3 billion yuan of the
  // total": after both directions, a part of "the total" with no flow word is a part of the whole trade.
  if (memory.bothWays && f.kind === 'level' && PART_OF_THE_TOTAL.test(s.slice(f.end, f.end + 30))) return 'total';
  // A flow named only in an earlier paragraph ("Exports of 'new three' products ...") does not reach a
  // place's part of a whole total in a new one: the whole is all trade.
  if (memory.lastFlowParagraph !== sentence.paragraph && (f.kind === 'level' || r.role === 'share') && PART_OF_A_PLACE_TOTAL.test(s.slice(f.end, f.end + 60))) return 'total';
  if (memory.lastFlow) return memory.lastFlow;
  // "China was the main partner with a share of 21.4% ($7.4 billion)": an amount with a trading partner is trade.
  if (f.measure !== 'count' && frame.partnerPlaces.length) return 'total';
  return f.measure === 'quantity' ? 'total' : 'other';
}

/** The goods of a figure: what it is "of", the goods named before it in its clause or sentence, its own noun, or the goods before. */
function commodityFor(frame: RowFrame, r: Reading): string {
  const { s, bounds, memory } = frame;
  const f = r.figure;
  const ofWhat = f.ofWhat === '' ? '' : tidyCommodity(f.ofWhat.split(/\s+/).filter((w, i) => !(i === 0 && (isPlaceWord(w) || /^(?:that|this|the|such)$/i.test(w)))).join(' '));
  if (ofWhat && !/^(?:goods|cargo|freight|imports?|exports?|import and export|containers)\b/i.test(ofWhat)) return ofWhat.replace(/\s*\(.*$/, '');
  // "4,377 foreign trade enterprises": firms counted are "enterprises" (their kind goes to the breakdown),
  // unless a nationality says whose they are ("1,500 Chinese companies").
  if (f.unit === 'enterprises') return countryOf(f.phrase.split(/\s+/)[0] ?? '') ? f.phrase : 'enterprises';
  const [lo] = clauseOf(bounds, f.start);
  // In the first clause the whole sentence before the figure is the clause: one reading serves both.
  const named = tidyCommodity(commodityBefore(s, lo, f.start)) || (lo > 0 ? tidyCommodity(commodityBefore(s, 0, f.start)) : '');
  if (named) return named;
  // "481,000 units" read as vehicles: the word "units" names no goods.
  const phrase = /^units?$/i.test(f.phrase.trim()) ? '' : tidyCommodity(f.phrase);
  // "262.4 billion integrated circuits": goods counted one by one are their own noun ("120 sets" names none).
  if (phrase && f.unit !== 'TEU' && f.unit !== 'tonnes' && f.unit !== 'cubic meters' && f.unit !== 'barrels' && (f.unit !== 'units' || !/\b(?:units?|sets?|pieces?)$/i.test(phrase))) return phrase;
  if (f.measure === 'quantity' && memory.quantityCommodity) return memory.quantityCommodity;
  return 'all goods';
}

/** The signed size of a growth reading, in percent. */
function signedChange(g: Reading): number {
  return g.figure.sign ? g.figure.value : g.direction * Math.abs(g.figure.value);
}

/** 5. Rows: one per level and share, and per growth that qualifies no level of the sentence (or one of the sentence before). */
function buildRows(frame: RowFrame, ctx: ExtractionContext): ObservationDraft[] {
  const rows: ObservationDraft[] = [];
  // A dated base in the same sentence ("... but 2.1 percent below July's 50.7 million tons") does not stop it pointing back.
  const pointingBack = (POINTING_BACK_START.test(frame.s) || YEAR_ON_YEAR_POINTING_BACK.test(frame.s)) && frame.readings.every((x) => x.role === 'growth' || x.earlier);
  for (const r of frame.readings) {
    if (r.role === 'growth' && (r.level || !r.yoy)) continue;
    if (r.role === 'growth' && growthOfSentenceBefore(frame, r, pointingBack)) continue;
    const row = rowOf(frame, r, ctx);
    if (!row) continue;
    rows.push(row);
    if (row.measure === 'quantity' && row.commodity !== 'all goods') frame.memory.quantityCommodity = row.commodity;
  }
  return rows;
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
    const here = readings.filter((x) => x.role === 'growth' && x.yoy && !x.earlier);
    const groups = quantityGroups(memory.previousLevels).slice(-here.length);
    const target = groups.length === here.length ? groups[here.indexOf(r)] : undefined;
    if (target && target.every((l) => l.yoy_pct === null)) {
      const yoy = signedChange(r);
      for (const l of target) l.yoy_pct = yoy;
      return true;
    }
  }
  // "..., coal exports increased by 21.1 percent in physical terms, but decreased by 4.2 percent in value
  // terms": a growth that says which measure it is of, in a sentence with no level, is the growth of the
  // one level of that measure the sentence before gave for the same flow and period.
  if (!readings.some((x) => x.role === 'level') && memory.previousLevels?.length) {
    const target = levelOfTerms(s, f, memory.previousLevels, flowFor(frame, r).flow, periodFor(frame, f.start));
    if (target) {
      const yoy = signedChange(r);
      for (const l of target) l.yoy_pct = yoy;
      return true;
    }
  }
  return false;
}

/** A row's value, unit, measure, year-on-year change and qualifier. */
interface Measured {
  value: number | null;
  unit: string;
  measure: Measure;
  yoy: number | null;
  qualifier: Qualifier;
}

/** The row of one reading, with its period, area, partner, flow, goods and breakdown chosen; null when it makes none. */
function rowOf(frame: RowFrame, r: Reading, ctx: ExtractionContext): ObservationDraft | null {
  const { s, sentence, memory } = frame;
  // An earlier growth shares the place, flow and goods of the figure it is compared with (its level, when paired).
  const owner = r.twinOf ?? (r.comparedWith ? (r.comparedWith.level ?? r.comparedWith) : r);
  const at = owner.figure.start;
  const period = r.earlier ? resolveEarlier(r.earlier, periodFor(frame, at)) : growthPastRunningTotal(r, periodFor(frame, at), memory);
  if (r.earlier && !period.end) return null;
  // "Trade between the bloc's members exceeds 60 percent of its total": a share standing alone that no
  // period dates is a fact about a market, not a figure of the release (a share of an amount beside it stays).
  if (r.role === 'share' && !period.end && !frame.readings.some((x) => x.role === 'level')) return null;
  const area = owner.areaOverride ?? areaFor(frame, at);
  const partner = r.partnerOverride ?? partnerFor(frame, r.role === 'level' || r.comparedWith ? owner.figure.start : r.figure.start);
  const override = r.flowOverride ?? owner.flowOverride;
  const flowInfo = override ? plain(override) : flowFor(frame, owner);
  const commodity = trainCommodity(commodityFor(frame, owner), owner.figure.unit, s);
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

/** The trade mode or regime of a figure; a relative clause describing the subject ("which relies on imported parts assembled for re-export") names none. */
function breakdownOf(frame: RowFrame, owner: Reading, at: number): string {
  const { s, bounds, asides } = frame;
  const [lo] = clauseOf(bounds, at);
  const breakdownText = asides.length && !asides.some(([a, b]) => at >= a && at < b) ? frame.withoutAsides : s;
  return breakdownInSpan(breakdownText, Math.max(0, lo - 80), owner.figure.end) || openingWithBreakdown(s, bounds, owner.figure);
}

/** What a reading measures: a level's amount (with its growth or a change in words), a share, or a growth. */
function measuredOf(frame: RowFrame, r: Reading, owner: Reading, period: { start: string; end: string }, area: string, flowInfo: FlowChoice): Measured {
  const f = r.figure;
  let measured: Measured;
  if (r.role === 'level') measured = levelMeasured(frame, r, owner, period, area, flowInfo);
  else if (r.role === 'share') measured = { value: Math.abs(f.value), unit: 'percent-share', measure: 'share', yoy: null, qualifier: f.qualifier };
  else measured = { value: null, unit: '', measure: 'growth', yoy: signedChange(r), qualifier: qualifierBefore(frame.s, f.start) };
  const yoy = measured.yoy;
  if (yoy !== null) measured.yoy = yoy === 0 ? 0 : Math.round(yoy * 1e6) / 1e6;
  return measured;
}

/** A level's amount (a deficit negative), its unit in context, and its year-on-year change. */
function levelMeasured(frame: RowFrame, r: Reading, owner: Reading, period: { start: string; end: string }, area: string, flowInfo: FlowChoice): Measured {
  const { s, memory } = frame;
  const f = r.figure;
  const growth = owner.growth;
  let yoy: number | null = null;
  if (growth && growth.yoy && !againstOtherBase(s, owner, frame.readings, period, growth)) yoy = signedChange(growth);
  else if (!growth && !r.earlier) yoy = wordChangeOnReleaseBasis(s, owner.figure, period.start, memory);
  const sign = r.earlier ? baseSign(s, f.end) : 0;
  const value = flowInfo.flow === 'balance' && (sign ? sign < 0 : flowInfo.negative) ? -Math.abs(f.value) : f.value;
  const unit = currencyInContext(f.unit, f.bare ?? '', area, memory.country);
  return { value, unit, measure: unit === 'vehicles' ? 'count' : f.measure, yoy, qualifier: f.qualifier };
}

/** 6. Remember what the next sentences may leave implicit. */
function rememberSentence(frame: RowFrame, rows: ObservationDraft[], nonTrade: number, baseDates: Set<PeriodMention>): void {
  const { s, memory } = frame;
  // A sentence without any number ("This is according to customs data.") does not stand between a
  // level and the sentence pointing back to it.
  if (frame.figures.length) memory.previousLevels = rows.filter((r) => r.value !== null && r.measure !== 'share');
  const lastCount = rows.findLast((r) => r.measure === 'count');
  if (lastCount) memory.countedUnit = lastCount.unit;
  if (!rows.length && isScenery(s, nonTrade)) return;
  rememberPeriod(frame, rows, baseDates);
  rememberPlaces(frame, rows);
  rememberNamedFlows(frame);
  rememberFlow(frame, rows);
}

/** True for a sentence with no rows whose period and places are not carried to the next sentence. */
function isScenery(s: string, nonTrade: number): boolean {
  // A sentence whose only figures are not trade ("the economy grew 5.3 percent in the first half ...
  // in Shanghai") is scenery: its period and places are not carried to the next sentence.
  if (nonTrade > 0) return true;
  // "In this aerial photo, a freight train pulls out of Lianyungang Port, ...": a photo caption shows
  // a place and a day; the figures after it are not that place's.
  if (mentions(s, PHOTO_WORDS) && PHOTO_CAPTION.test(s)) return true;
  // "Ulaanbaatar, November 12 (MONTSAME)." on a line of its own: the city a story was filed from is not its area.
  return DATELINE_ONLY.test(s);
}

/** The period the next sentences go on with (an aside's is kept apart), the spans stated, a heading's period, the lead period. */
function rememberPeriod(frame: RowFrame, rows: ObservationDraft[], baseDates: Set<PeriodMention>): void {
  const { s, memory, sentence, periods } = frame;
  // "In December alone, ..." is an aside: the article's running period stays what it was; so is the
  // month of an earlier growth ("..., after a year-on-year gain of 11.9% in September").
  // Nor is the date of an event ("a tariff that took effect in March", event-dates.ts).
  const lastPeriod = periods.findLast((p) => p.kind === 'period' && !baseDates.has(p) && !/^\s*alone\b/i.test(s.slice(p.end, p.end + 8)) && !EARLIER_GROWTH_DATE.test(s.slice(Math.max(0, p.start - 90), p.start)) && !EVENT_DATE_BEFORE.pattern.test(s.slice(Math.max(0, p.start - 60), p.start)));
  // "Year-to-date, the trade surplus stands at $48.6 billion." in a report on one month is an aside too:
  // the sentences after it go on with the month.
  const lead = memory.leadPeriod;
  const yearToDateAside = lastPeriod?.yearToDate === true && lead !== undefined && lead.start === lead.end && lead.end === lastPeriod.periodEnd && memory.period !== null && memory.period.end === lead.end && memory.period.start === lead.start;
  if (lastPeriod && !yearToDateAside) {
    if (lastPeriod.running && !memory.period?.running) memory.beforeRunning = memory.period;
    memory.period = { start: lastPeriod.periodStart, end: lastPeriod.periodEnd, loose: BARE_THIS_YEAR.test(s.slice(lastPeriod.start, lastPeriod.end)), running: lastPeriod.running };
  }
  if (lastPeriod && yearToDateAside) memory.aside = { period: { start: lastPeriod.periodStart, end: lastPeriod.periodEnd }, paragraph: sentence.paragraph };
  rememberSpans(memory, periods.filter((p) => p.kind === 'period' && !baseDates.has(p) && p.periodStart !== p.periodEnd));
  if (lastPeriod && !rows.length && HEADING_END.test(s)) memory.sectionPeriod = memory.period!;
  if (memory.leadPeriod === undefined && rows.length && rows[0].period_start) memory.leadPeriod = { start: rows[0].period_start, end: rows[0].period_end };
}

/** The area, the places by kind, the partner and bloc the next sentences may point back to; the lead area. */
function rememberPlaces(frame: RowFrame, rows: ObservationDraft[]): void {
  const { memory, sentence, framePlaces, partnerPlaces } = frame;
  const lastArea = frame.sentenceArea || framePlaces[framePlaces.length - 1]?.name || '';
  for (const p of framePlaces) memory.areaByKind[p.kind] = p.name;
  if (framePlaces.some((p) => p.kind === 'city')) memory.cityParagraph = sentence.paragraph;
  if (lastArea) memory.area = lastArea;
  const lastPartner = partnerPlaces[partnerPlaces.length - 1];
  if (lastPartner) memory.partner = lastPartner.name;
  const lastGroup = partnerPlaces.findLast((p) => p.kind === 'group');
  if (lastGroup) memory.groupPartner = lastGroup.name;
  if (memory.leadArea === undefined && rows.length) {
    memory.leadArea = rows[0].area;
    memory.leadParagraph = sentence.paragraph;
  }
}

/** The directions of trade in goods the release has named so far. */
function rememberNamedFlows(frame: RowFrame): void {
  const { s, memory } = frame;
  for (const c of frame.cues) {
    if (c.weak || (c.flow !== 'import' && c.flow !== 'export')) continue;
    // Imports count only with their goods named ("imports of copper ore", "LNG imports"): a country's
    // total imports say nothing of which way its commodity shipments go.
    if (c.flow === 'import' && !commodityBefore(s, Math.max(0, c.start - 40), Math.min(s.length, c.end + 60))) continue;
    memory.namedFlows ??= { import: false, export: false };
    memory.namedFlows[c.flow] = true;
  }
}

/** The flow a sentence with no flow word continues, and whether the sentence gave both exports and imports. */
function rememberFlow(frame: RowFrame, rows: ObservationDraft[]): void {
  const { memory, sentence, cues } = frame;
  const lastRow = rows[rows.length - 1];
  memory.bothWays = rows.length ? rows.some((r) => r.flow === 'export') && rows.some((r) => r.flow === 'import') : memory.bothWays;
  if (lastRow && lastRow.flow !== 'other') [memory.lastFlow, memory.lastFlowParagraph] = [lastRow.flow, sentence.paragraph];
  else if (!rows.length && cues.length) {
    const lastCue = cues[cues.length - 1];
    if (lastCue.flow !== 'other') [memory.lastFlow, memory.lastFlowParagraph] = [lastCue.flow, sentence.paragraph];
  }
}
