/**
 * What a percentage is: a growth rate (its direction, and whether it is year-on-year) or a share, by the
 * words around it; shares listed after partners and amounts; a rate that is the whole country's.
 */
import type { PlaceMention } from './geography.js';
import type { Figure } from './quantities.js';
import { keywords, mentions } from './keywords.js';
import { closesBracketAt, firstNonSpace, isSpace } from './chars.js';
import type { Reading } from './readings.js';
import { stripQualifier } from './clauses.js';
import { MONTH_NAMES, MONTH_WORDS } from './periods.js';
import { FALL_NOUN, FALL_PARTICIPLE, RISE_NOUN, RISE_PARTICIPLE } from './change-verbs.js';

/** True when a growth rate is the whole country's, quoted beside a province's or city's ("above the national growth of 3.8 percent"). */
export function isNationalRate(s: string, f: Figure): boolean {
  if (!mentions(s, NATIONAL_RATE_WORDS, Math.max(0, f.start - 60), Math.min(s.length, f.end + 40))) return false;
  return NATIONAL_RATE_BEFORE.test(s.slice(Math.max(0, f.start - 60), f.start)) || NATIONAL_RATE_AFTER.test(s.slice(f.end, f.end + 40));
}

// "(CVS-CJO)": French releases' mark of data corrected for seasonal variations and working days.
// "increased from September 2026 to October 2026 by R9.12 billion (4.8%)": a change between two different months.
// "After seasonal adjustment, ...": the noun says what "seasonally adjusted" does.
const SEQUENTIAL_BASIS = new RegExp(String.raw`\b(?:(?:preceding|previous|prior)\s+(?:three\s+months|quarter|month|period)|seasonally[- ]adjusted|seasonal\s+adjustment|month[- ]on[- ]month|quarter[- ]on[- ]quarter|CVS(?:-CJO)?|from\s+(${MONTH_NAMES})(?:\s+\d{4})?\s+to\s+(?!\1\b)(?:${MONTH_NAMES})(?:\s+\d{4})?\s+by)\b`, 'i');
export const SEQUENTIAL_WORDS = keywords(['preceding', 'previous', 'prior', 'seasonal', 'month-on', 'month on', 'quarter-on', 'quarter on', 'cvs', 'from'], SEQUENTIAL_BASIS);
// "on the same three months of 2022", "from the same two quarters of 2025", "the same half of 2024": the same span named with its
// count of months and a year is a year-on-year basis as "the same period" is.
export const YOY_MARKER = /\b(?:year[- ]on[- ]year|year[- ]over[- ]year|y\/y|yoy|on-year|on\s+the\s+year|on\s+(?:an\s+annual|a\s+yearly)\s+basis|(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?same\s+(?:period|month|quarter)|(?:the\s+)?same\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ])?(?:months|quarters|half)\s+(?:of|in)\s+(?:19|20)\d{2}|last\s+year|previous\s+year)\b/i;

// Cues before a percentage: share words, direction words, year-on-year markers, and rates that are not trade growth.
// "grew at an annual rate of 9.1 percent" (Philippine statistics): the annual rate is the year-on-year
// change, not a rate level.
// "imports progressed by 1.5%", "exports regressed by 2.0%": French-speaking offices' verbs of change (progresser, régresser).
// "imports from Brazil and the US changed by 71.5% and -32.8%": a change with no direction word takes the sign it is written with.
// "occupy export 16.7%": a translation's word for a share (Chinese 占, "occupies").
// "Taking the first ten months together, ...", "Taken as a whole, ...": taking a span together frames the period, it is
// no share word.
// "net exports rocketed 207.2%", "skyrocketed 150%", "ballooned 30 percent", "leapt", "rallied", "trade rebounded 5.2 percent to ...": rises, as soaring is;
// "nosedived", "sagged": falls, as plummeting is; so are "collapsed", "crashed" and "cratered" (a commentary's words).
// "with exports gaining 10.3 percent to ...": the participle of gaining is a rise, as rising is.
// "imports added 4.3 percent to 18.1 trillion yuan", "adding another 6 percent": adding a rate right before it is a rise.
// "The trade surplus was 370 billion yuan, enlarged by 39.6%" (translated official English for 扩大): a balance that enlarged rose.
// ("By make-up, ...", "the build-up of stocks", "a slow-down": "up" or "down" closing a hyphened noun is no direction.)
// "Italy remained the main buyer, receiving 41.2% of the oil exported", "China absorbed 71.4% of the value of copper sales
// abroad", "Japan bought 38 percent of the total": a buyer's verb of taking in goods right before a percentage (only a
// hedge between them) names the part of a whole that buyer took, a share; not where an amount stands between ("received
// 2 million tonnes (+12%)"), nor where a direction follows it ("bought 14% more cargoes").
// ("The weight of oil in overall exports dropped to 68.7 percent", "the portion of re-exports within non-oil trade", "the
// percentage of machinery among imports": a noun of a part followed by "of" the part "in" its whole names a share as "share"
// does; not "exports by weight", "in part", "percentage points".)
// ("Japan's slice of Thai exports shrank to 8.4 percent", "China's portion of what Vietnam buys abroad was 38.2%": a holder's
// slice or portion of a whole is its share, whatever follows "of"; "a portion of the cargo" held by no one is left alone.)
const PERCENT_CUE = /\b(?:(growth rate|rate of growth|rate of increase)|(account(?:s|ed|ing)?(?:\s+for)?|shares?|proportion|(?<=['’]s?\s+(?:market\s+)?)(?:slice|portion)(?=\s+of\b)|(?:weight|portion|percentage|part)(?=\s+of\s+(?:[\w'-]+\s+){1,4}?(?:in|within|among)\s)|constitut\w*|represent\w*|occup(?:y|ies|ied|ying)|made up|make up|makes up|making up|compris\w*|contribut\w*|tak(?:es|ing|en)(?![^,.;%]{0,60}\b(?:together|as\s+a\s+whole)\b)(?:\s+up)?|took(?:\s+up)?|suppl(?:ied|ying)|provid(?:ed|ing))|(negative growth|decrease[sd]?|decreasing|decline[sd]?|declining|fell|fall(?:s|en|ing)?(?!\s+(?:on|to)\b)|(?<!-)down|drop(?:s|ped|ping)?|dip(?:s|ped|ping)?|slid|slides?|sliding|slip(?:s|ped|ping)?|shr[aiu]nk|shrinking|shed|dived|dove|sank|plummet(?:s|ed)?|collaps(?:e[sd]?|ing)|crash(?:e[sd]|ing)|crater(?:s|ed|ing)|nosedive[sd]?|nosediving|sag(?:s|ged|ging)|contract(?:s|ed|ing|ion)?|lower|slump(?:s|ed)?|plunge[sd]?|plunging|tumble[sd]?|cut(?:s|ting)?|reduc(?:ed|tion)|narrow(?:ed|ing)?|eased?|retreat(?:ed)?|regress(?:es|ed|ing|ion)?|lost|los(?:es|ing)|(?<!\b(?:kick(?:ed|s|ing)?|set(?:s|ting)?|start(?:ed|s|ing)?|round(?:ed|s|ing)?|top(?:ped|s|ping)?|pa(?:y|ys|ying|id)|sign(?:ed|s|ing)?)\s)off(?=\s+(?:by\s+)?(?:(?:about|around|nearly|some|roughly|almost|just)\s+)?(?:[+-]?\d|$)))|(increase[sd]?|increasing|rise[sn]?|rising|rose|grow(?:s|th|ing|n)?|grew|(?<!-)up|gain(?:s|ed|ing)?|add(?:s|ed|ing)?(?=\s+(?:another\s+|a\s+further\s+)?$)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surge[sd]?|surging|soar(?:s|ed|ing)?|(?:sky)?rocket(?:s|ed|ing)?|balloon(?:s|ed|ing)?|lea(?:pt|ped|ps|ping)|rall(?:ied|ies|ying)|rebound(?:s|ed|ing)?|expand(?:s|ed|ing)?|expansion|advance[sd]?|progress(?:es|ed|ing|ion)?|higher|boost(?:ed)?|spike[sd]?|swell(?:s|ed|ing)?|swollen|accelerat\w*|widen(?:s|ed|ing)?|enlarg(?:e[sd]?|ing|ement))|(chang(?:es|ed|ing)?\s+by|year[- ]on[- ]year|year[- ]over[- ]year|y\/y|yoy|y-o-y|annual(?:\s+growth)?\s+rate|annual(?:ly)?)|(tariffs?|dut(?:y|ies)|interest|inflation|tax(?:es)?|rates?|GDP|unemployment|utili[sz]ation|discount|margin|probability|completion|capacity|occupancy|coverage|pass rate|efficiency)|((?:receiv(?:es|ed|ing)|absorb(?:s|ed|ing)?|bought|buy(?:s|ing)|purchas(?:es|ed|ing)|(?:snap(?:s|ped|ping)?|soak(?:s|ed|ing)?)\s+up)(?=\s+(?:(?:about|around|nearly|some|almost|roughly|over|more\s+than|close\s+to|just\s+(?:over|under))\s+)?$)))\b/gi;
// "$6.9 billion (14%) more than": the bracket around the percentage closes before the direction word. "6.0% ($450 million)
// more than 2024" (USTR): the same change in money, in brackets, may stand between the percentage and the direction word.
// "up 6.4 percent, down 12.3 percent and up 3.9 percent respectively": a direction word with its own rate after it leads the
// next item of a list; it is no direction of the rate before it.
// "off 16.7% year on year", "16.7% off last year's pace", "off by about 4 percent": "off" right before a percentage, or right
// after one and before the year compared with or a level, is a fall ("set off by a comma", "kicked off 2025", "off the coast"
// are no change).
// "18 percent behind last year's pace" (USDA's export sales): behind or ahead of the year before is a change; "with
// 23.1%, ahead of Brazil" ranks a partner.
// (A season's pace too: "37 percent behind last season's pace", "ahead of the previous season", "off last marketing year's pace".)
const YEAR_BEFORE_PACE = String.raw`(?:last\s+year|a\s+year\s+(?:earlier|ago)|the\s+(?:same|previous|prior|year[- ](?:earlier|ago|before))|last\s+(?:(?:crop|marketing)\s+year|season)(?:['’]s\s+(?:pace|level|total|volume|shipments))?(?!['’])\b|a\s+season\s+(?:earlier|ago))`;
const AFTER_DIRECTION = new RegExp(String.raw`^\s*\)?\s*(?:\((?:\s*or)?\s*[^()\d]{0,6}\d[^()]{0,24}\)\s*)?,?\s*(?:year[- ](?:on|over)[- ]year\s+|on-year\s+|y\/y\s+|yoy\s+|annual\s+)?(?:(${RISE_NOUN}|up|higher|more|above|expansion|larger|bigger|wider|ahead(?=\s+of\s+${YEAR_BEFORE_PACE}))|(${FALL_NOUN}|down|lower|less|fewer|below|smaller|narrower|behind(?=\s+${YEAR_BEFORE_PACE})|off(?=\s+(?:${YEAR_BEFORE_PACE}|(?:the|its|their)\s+(?:[\w-]+\s+)?(?:level|pace|total|figure|volume)\b))))\b(?!\s+(?:by\s+)?(?:(?:about|around|nearly)\s+)?[+-]?\d)`, 'i');

// The next percentage, however written: "7%", "7 percent", "7pc" and "7pct" (the wires' "rose by 4pc on the year and by
// 7pc on the month": the month-on-month words after the second are not the first's).
const NEXT_PERCENT = /\d[\d.,]*\s*(?:%|percent|per\s?cent|percentage|pct\b|pc\b)/i;
// (a249) The wires' "on-year" stands where "year-on-year" does: "revised its July reading to a 10.1 percent on-year drop".
const CHANGE_NOUN_AFTER = new RegExp(String.raw`^\s*(?:(?:year[- ]on[- ]year|on-year)\s+)?(?:${RISE_NOUN}|${FALL_NOUN})\b`, 'i');
// A comparison opening the clause, up to its comma ("Compared with August,", "On a month-on-month basis,"); a participle of
// setting side by side may stand for "compared" ("Measured against the month before,", "Set against March,").
const OPENING_BASIS = /^\s*(?:(?:[Cc]ompared|[Mm]easured|[Ss]et|[Jj]udged|[Cc]ontrasted)\s+(?:with|to|against)|[Aa]gainst|[Vv]ersus|[Rr]elative\s+to|[Ff]rom|[Oo]n)\s[^,;]{1,50},/;
// "up 2.4% month-on-month and 17.5% against the same month last year": a year-on-year basis right after
// the percentage is its own, whatever basis came before it; so is one in brackets ("rocketed 207.2% (y-o-y) to"), and
// "on an annual basis" and "on a yearly basis" are one too.
const AFTER_YOY = /^\s*,?\s*\(?\s*(?:year[- ](?:on|over)[- ]year|y\/y|yoy|y-o-y|on[- ]year|on\s+(?:an\s+annual|a\s+yearly)\s+basis|(?:from|over|on|against|versus|compared (?:with|to)) (?:the same|the corresponding|a year|last year)|than (?:a year|the same|last year|in the same))/i;
// "of the total", "of all exports", "of its exports", "of the region's foreign trade", "of the volume": a part of a whole.
// "partner with a 15.5% share", "a 21 percent trade turnover share": the noun "share" right after the percentage.
// "up 8.1%, 15.5% of national exports" (a list item): a second percentage after a comma, of a whole, is a share too.
// "up 8.9%, 5.3 percentage points faster than the national growth, or 18.1% of the total": after the words of a change
// and ", or", a percentage of a whole is a share too; so after a noun of change ("an increase of 9.1 percent, or
// 66.9 percent of national exports"); and after "and" ("up 4.1% and 63.5% of the total": the change, then the part).
// ("an increase of 31.5 percent from a year earlier and 39.7 percent of all vehicle exports": the change's year-on-year words
// may stand between the two.)
const YOY_WORDS_AFTER_CHANGE = String.raw`(?:\s+(?:year[- ](?:on|over)[- ]year|y\/y|yoy|on\s+(?:the\s+)?year|(?:from|over|on|than|compared\s+(?:with|to))\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+(?:same|corresponding)\s+(?:period|month|quarter)(?:\s+(?:of\s+)?(?:a\s+year\s+(?:earlier|ago)|last\s+year|the\s+previous\s+year|(?:19|20)\d{2}))?)))?`;
// ("up 31.5 percent year on year and 39.7 percent of all ...": a bare marker of the basis is a cue of its own, so the words
// from the change's percentage to "and" are read before the figure.) "28% higher than a year earlier, or 21.1% of the total":
// after a comparative change, its basis and ", or", the part of a whole is a share too.
const CHANGE_YOY_THEN_OR = /\d\s*(?:%|percent|per\s+cent|pct|pc)\s+(?:year[- ](?:on|over)[- ]year|y\/y|yoy|on\s+(?:the\s+)?year)\s*\)?\s*(?:,?\s+(?:or|and)|,)\s+$/i;
// A change set in brackets after its amount ("totaled 201.4 billion dollars (up 41.3%), or 36.4% of the turnover") closes them first.
const SHARE_AFTER_CHANGE_OR = new RegExp(String.raw`^\s*(?:(?:by\s+|of\s+)?[+-]?\d[\d.,]*\s*(?:%|percent|per\s+cent|pct|pc)${YOY_WORDS_AFTER_CHANGE}\s*\)?\s*(?:,?\s+(?:or|and)|,)|,\s*or|than\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|in\s+(?:19|20)\d{2})\s*,\s*or)\s+$`, 'i');
// "..., which corresponds to 29.5% of all Austrian exports" (a part of all of them) is a share too; so is "which equates to
// 50.7% of total imports". The family of verbs that set an amount equal to a part of a whole, after a change in the same
// sentence: "and was worth 16 percent of the total", "amounting to 31% of all exports", "equalling 62% of the total", "the
// equivalent of 9 pct of national exports" ("worth 3 percent more" names no whole and stays a change).
const EQUAL_TO = /\b(?:(?:equal|equivalent)\s+to|the\s+equivalent\s+of|equall?(?:ed|ing|s)|correspond(?:s|ed|ing)?\s+to|equat(?:es|ed|ing)\s+to|amount(?:s|ed|ing)?\s+to|worth)\s+$/i;
const OF_ALL = /^\s*of\s+all\s+(?:[\w'-]+\s+){0,2}?(?:exports|imports|trade|shipments|purchases|sales)\b/i;
// "corresponding to 29.3% of everything Brazil exported", "equal to a fifth of what the province sold abroad": the whole as
// a free relative (everything, all that, what), a place and a verb of trade.
const OF_ALL_TRADED = /^\s*of\s+(?:everything|all|what)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}?(?:exported|imported|sold|shipped|bought|purchased|sent)\b/i;
const BRACKET_OPEN_BEFORE = /\(\s*$/;
const BRACKETED_PART_AFTER = /^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:total|overall|whole|all)\b[^()]{0,20}\)/i;
const MINUS_BEFORE = /\bminus\s+$/i;
const FRACTION_OF_WHOLE_BEFORE = /\b(?:half|(?:a|one|two)[- ](?:third|quarter|fifth|tenth)s?|three[- ](?:quarters|fifths|tenths)|four[- ]fifths)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+|(?:the\s+)?(?:country|nation|region|province|city)['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:total|exports|imports|trade|turnover|shipments|purchases|sales|volume|value|goods|cargo)\s*(?:[-–—:(]|,\s*(?:or|at|namely|some)?)\s*(?:or\s+|at\s+)?(?:(?:about|around|nearly|some|roughly|almost)\s+)?$/i;
// ", with 40% of ...", ", with about 73% of ...": a clause opened by "with" after a comma, a hedge at most before the percentage.
const WITH_PART_BEFORE = /,\s*(?:with|and)\s+(?:(?:about|around|nearly|almost|some|roughly|approximately|over|more\s+than|less\s+than|close\s+to|just\s+(?:over|under))\s+)?$/i;
const OF_THE_WHOLE = /^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:total|overall|national)\b/i;
// "equal to 7.6 percent of China-EU trade", "equivalent to 12% of Vietnam's exports": the whole named by a place's trade;
// "equal to 16.4 percent of the country's foreign trade", "of the province's exports": the place named by its kind.
const OF_PLACE_TRADE = /^\s*of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s)?(?:\s+[A-Z][\w-]*(?:['’]s)?)?|(?:country|nation|region|province|city|state|bloc|economy)['’]s)\s+(?:(?:foreign|total|overall)\s+)?(?:trade|exports|imports|turnover)\b/;
// "about 13.5% of those of Zhejiang province", "a fifth of that of the whole country", "9 percent of the nation's": the whole
// named by a pronoun that stands for the part's own flow ("those", "that") and the place it belongs to.
const OF_PLACE_PRONOUN = /^\s*of\s+(?:those|that)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*|(?:whole\s+|entire\s+)?(?:country|nation|region|province|city|state|bloc|economy)\b)/;
// "equal to 63.6 percent of the provincial figure", "equivalent to 40% of the city's tally", "the equivalent of a third of the
// regional sum": the whole named by a noun of an amount after the kind of place that owns it (an adjective or a possessive).
const OF_PLACE_FIGURE = /^\s*of\s+(?:the\s+)?(?:provincial|regional|municipal|prefectural|national|nationwide|city-?wide|province-?wide|region-?wide|(?:province|region|city|prefecture|municipality|country|nation|state|county|district)['’]s)\s+(?:(?:overall|whole|combined|total)\s+)?(?:figure|tally|sum|aggregate|amount|total)\b/i;
// (Round a226: "generated 1.24 trillion yuan of that trade, a 93.9 percent slice", "a 40 percent portion", "the 61 percent
// chunk going to ASEAN": the other nouns of a part name a share as "share" does.)
const SHARE_NOUN_AFTER = /^\s*(?:(?:trade|turnover|market|export|import)\s+){0,2}(?:share|slice|portion|chunk)\b/i;
// What may stand before a percentage that opens a list item: the item's number ("6. ", "2/5 "), a bullet, a hedge.
const ITEM_OPENING = /^\s*(?:\d{1,2}(?:[.)]|\/\d{1,2})\s+|[•·▪*➤►‣-]\s*)?(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?$/i;
// The words naming the percentage before them a share: "the share of", "ASEAN's slice of", "its portion of", after a dash,
// a colon, a bar or a space.
const SHARE_NAMED_AFTER = /^\s*(?:[-–—:|]\s*)?(?:the\s+|its\s+|their\s+|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s?\s+)?(?:[a-z-]+\s+){0,2}?(?:share|slice|portion|proportion|percentage)\s+of\b/;
// "handled 31.6 million tonnes, 72 percent of it at Manzhouli": a part of the amount just named; "with 91.2 percent of them
// going to China", "of it bound for Europe": the part a destination took; "reached 18.6 billion yuan, 61.8 percent of it
// with Russia", "USD 341.2 million, 84 percent of which went through Ereentsav" too; "with 73 percent of the beans shipped to
// China", "about 97 percent of the coal went to China": the goods named again, then where they went.
// ("or 85.8 percent, of the province's trade": a comma may close the "or" before the whole; "46.2 percent of the provincial
// figure": the figure is the whole's amount; "Suzhou's figure was 46.3 percent of the province's": the whole's noun left out
// after a place's kind.)
// ("about 65 per cent of everything Australia sold to China", "29.3% of all that Brazil exported", "of what the province
// shipped abroad": the whole written as a free relative, a place and a verb of trade.)
// ("64.2 percent of the crude oil exported by Angola": the goods named, then the participle with its agent after "by".)
// ("The China trains thus carried some 5.6 percent of it.": a pronoun that closes the clause stands for the whole just named.)
// (a222: a port's whole, "Transit cargo: 14.3 million tonnes, 32.1% of throughput", "of the port's throughput".)
// (a236: the whole named by the wires' nouns of goods coming in or going out, "almost 30% of the month's arrivals", "a third of
// deliveries", "28% of the country's intake", "of inbound cargoes"; not "sales": "62 percent of carmakers expect overseas sales to rise" is a survey.)
const AFTER_SHARE = /^\s*(?:,\s*)?of\s+(?:(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,4}?(?:total|overall|all|entire|whole|national|combined|exports|imports|import\s+bill|trade|turnover|shipments|purchases|supplies|volume|figure|throughput|arrivals|deliveries|intake|inflows|cargoes)|(?:it|them)(?=\s+(?:at|through|via|in|from|to|with|went|passed|was|were|came|going|bound|headed|destined|sold|shipped|sent)\b)|(?:it|them|that|this|those)(?=\s*(?:[.;,]|$))|the\s+(?:[\w'-]+\s+){1,2}?(?:shipped|exported|sold|sent|bound|headed|destined|going|went|goes|go)(?=\s+(?:to|for|by)\s)|which(?=\s+(?:went|passed|came|moved)\s+(?:through|via|across)\b)|the\s+(?:country|nation|province|region|city|state|bloc)['’]s(?=\s*(?:[.;,]|$))|(?:everything|all|what)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}?(?:exported|imported|sold|shipped|bought|purchased|sent)(?:\s+abroad)?)\b/i;
// "2.1 percent below July's 50.7 million tons": a change against a named month's level is month-on-month; so is one against
// the month's pace, tally or amount ("3% below August's pace", wires' words for the same level).
// "3.9 percent lower than in January to September 2025" compares spans of months, not one month.
// "Imports fell 9 percent over the month to SI$339 million" (central banks' bulletins) and "rose 2.0% over the quarter"
// are set against the month or quarter before ("over the month of October" is a period); so is "a decrease of 5.8% over one
// month" (French-speaking offices' "sur un mois"; "of 2.1% over one year" after it stays year-on-year).
// "up 8 percent from the previous week and 21 percent from the prior 4-week average" (USDA's export sales): weekly changes.
// So is one from an amount in or of a month ("down 6% from the 21.09 GW of September").
// "On a monthly basis, exports decreased by 1.2%" (ISTAT's "su base mensile"), "in monthly terms": against the month before.
// "from the preceding month", "over the prior month", "from the month before", "month-over-month": the month before,
// however named. Wire and broadcast English's "rising 12.1 percent on-month", "down 0.4% on-quarter" (Korean desks' 전월
// 대비) are against the month or quarter before, as "on the month" is (a234).
// ("1.5% lower than the 9.4mn mt in August": a scale glued to the base's number is read as one written apart.)
// A month may be abbreviated as wires write it ("2.2% lower than the 42.17 million tonnes in Aug", "fell 10.9% from Aug to ...");
// "from Oct. 1 to 20" names days of the figure's own month, as "from October 1 to 20" does.
// "up 4% from a weak September", "higher than a strong August", "3% up on a poor July": a month without its year, named
// with an article and a word of how it went, is the month before the figure's (periods.ts reads it as a base).
// "an increase of 21.7% compared with the last month", "a chain increase of 8.1%", "on a chain basis" (translated official
// English for the month before, 环比): the month before too. "imports gained 1.7 percent, slower than in July": a word of pace
// before "than" sets the rate beside an earlier rate; the rate itself keeps its year-on-year basis. So does a judgement
// set off by a comma after the rates: "exports rose 2.3 percent and imports fell 4 percent, both better than in November",
// "imports slipped 1.2%, a better showing than in August", "shipments fell 6 percent, again worse than in October" (a239;
// "were 4 percent better than in November", with no comma, is still the level set against the month).
export const NOT_YOY = /\b(?:from|than|on|against|versus|compared\s+(?:with|to))\s+an?\s+(?:[a-z]+(?:-[a-z]+)?\s+){1,2}(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*,?\s*\d)|\b(?:below|above|from|over|(?<!\b(?:slower|faster|quicker|weaker|stronger|softer|sharper|steeper|milder)(?:\s+(?:pace|rate|clip))?\s|,\s*(?:(?:both|each|all|also|still|much|far|slightly|somewhat|again|an?)\s+){0,2}(?:better|worse)(?:\s+(?:showing|result|outcome|performance|reading)s?)?\s)than|on|against|compared\s+(?:with|to)|versus)\s+(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)'s\s+(?:[\d$€¥£]|level|figure|total|volume|pace|tally|amount)|\b(?:month[- ](?:on|to|over)[- ]month|on(?:\s+(?:the\s+)?|-)(?:month|quarter)\b|on\s+a\s+monthly\s+basis|in\s+monthly\s+terms|over\s+(?:the|one|a)\s+(?:month|quarter)(?!\s+of\b)|m\/m|mom|mtm|m-o-m|from the previous month|over the previous month|from a month (?:earlier|ago)|from the (?:previous|prior) week|from a week (?:earlier|ago)|week[- ]on[- ]week|w\/w|from the (?:previous|prior) (?:\d|four|five|six|eight)[- ]week average|quarter[- ]on[- ]quarter|q\/q|sequential(?:ly)?|chain\s+(?:basis|growth|increase|decrease|decline|rise|drop|index|ratio)|on\s+a\s+chain\s+basis|(?<!\b(?:slower|faster|quicker|weaker|stronger|better|worse)\s)than (?:the )?(?:planned|plan|target|forecast|expected)|of the (?:annual )?(?:plan|target))\b|\b(?:from|than)\s+(?:the\s+)?[\d.,]+(?:mn|mln|bn|bln|mil|m|k)?\s(?:[\w/$]+\s){0,3}(?:in|of)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?!\.?\s*(?:\d|of\s+(?:the\s+)?(?:last|previous)|last\s+year|a\s+year))|\b(?:from|over|on|(?<!\b(?:slower|faster|quicker|weaker|stronger|softer|sharper|steeper|milder)(?:\s+(?:pace|rate|clip))?\s|,\s*(?:(?:both|each|all|also|still|much|far|slightly|somewhat|again|an?)\s+){0,2}(?:better|worse)(?:\s+(?:showing|result|outcome|performance|reading)s?)?\s)than(?: in| that of| those of)?|compared (?:with|to)(?: that of)?|in comparison (?:with|to)|relative to|versus|vs\.?|against)\s+(?:(?:the\s+)?(?:previous|preceding|prior) month|(?:the\s+)?last month(?!\s+of\b)|(?:a|the) month (?:earlier|ago|before)|the (?:previous|preceding|prior) quarter|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?!\.?\s*(?:-|–|to\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|to\b(?!\s+(?:[\w-]+\s+){0,2}?[\d$¥€£])|through\b|and\b|\d|(?:of\s+)?(?:last|the\s+previous|a)\s+year\b|of\s+(?:the\s+)?(?:previous|last|\d))))/i;
// ("rose 17.6% to $238.9 billion, slower than expected": a word of pace or verdict before "than expected" judges the growth
// against forecasts; the growth itself keeps its year-on-year basis. "3% higher than planned" is the gap to the plan.)
// (Any word of comparing brings the month before: "relative to February, they were 5 percent lower", "versus the previous
// month", "in comparison with May".)
// Words one of which every match of NOT_YOY contains: a figure with none of them around it is tested no further.
export const NOT_YOY_WORDS = keywords([...MONTH_WORDS.toLowerCase().split('|'), 'month', 'quarter', 'week', 'm/m', 'mom', 'mtm', 'm-o-m', 'w/w', 'q/q', 'sequential', 'chain', 'plan', 'target', 'forecast', 'expected'], NOT_YOY);

// "while the national total grew 1.9 percent": the country's total as the subject of a change.
// "well above the national growth of 3.8 percent", "3.6 percent growth nationwide": a province's release
// quoting the country's rate. The rate is the nation's, and qualifies no level of the province.
// "5.3 percentage points higher than the overall growth of 3.6 percent" in a release on a part of the country too.
// The country's whole as the subject of any verb of change, in any tense and however the whole is named: "the national
// total grew", "the whole country's exports rose", "the foreign trade of the whole country grew", "trade for the nation as a
// whole has increased", "the national total was down". (A bare "the country's exports rose" is the release's own country in a
// national release, no rate set beside a part of it; "national exports" are a country's own exports against re-exports.)
const NATIONAL_WHOLE_SUBJECT = String.raw`(?:national|nationwide)\s+(?:(?:foreign|overall|external|total)\s+)?(?:total|figure|trade|turnover)|(?:whole|entire)\s+(?:country|nation)['’]s\s+(?:(?:foreign|overall|external|total)\s+)?(?:total|figure|trade|exports|imports|turnover)|(?:(?:foreign|overall|external|total)\s+)?(?:trade|exports|imports|turnover|total)\s+(?:of|for|across)\s+the\s+(?:whole\s+|entire\s+)?(?:country|nation)(?:\s+as\s+a\s+whole)?`;
const NATIONAL_WHOLE_CHANGE = String.raw`(?:(?:has|have|had)\s+(?:grown|risen|increased|expanded|climbed|gained|fallen|declined|dropped)|grew|rose|increased|expanded|climbed|gained|fell|declined|dropped|slipped|edged\s+(?:up|down)|(?:was|were)\s+(?:up|down)|went\s+(?:up|down))`;
const NATIONAL_RATE_BEFORE = new RegExp(String.raw`\b(?:national|nationwide|(?:the\s+)?(?:country|nation)'s)\s+(?:(?:overall|average|total|foreign\s+trade|trade)\s+){0,2}(?:growth|rate|level|increase|average|figure)(?:\s+rate)?\s+(?:of\s+|was\s+|stood\s+at\s+)?$|\b(?:${NATIONAL_WHOLE_SUBJECT})\s+${NATIONAL_WHOLE_CHANGE}\s+(?:by\s+)?(?:only\s+|just\s+|a\s+mere\s+)?$|\b(?:than|above|below|outpacing)\s+the\s+overall\s+(?:growth|increase)(?:\s+rate)?\s+of\s+$`, 'i');
// "Nationwide, foreign trade grew 2.9 percent in the first half": a sentence about the whole country.
export const NATIONAL_OPENING = /^\s*(?:Nationwide|Nationally|Across\s+the\s+(?:country|nation)|For\s+the\s+(?:country|nation)\s+as\s+a\s+whole|At\s+the\s+national\s+level)\s*,/;
const NATIONAL_RATE_AFTER = /^\s*(?:growth\s+)?(?:nationwide|nationally|for\s+the\s+(?:country|nation)\s+as\s+a\s+whole|across\s+the\s+(?:country|nation))\b/i;
const NATIONAL_RATE_WORDS = keywords(['national', 'nation', 'country', 'overall'], NATIONAL_RATE_BEFORE, NATIONAL_RATE_AFTER);

// "up from 46.2 mil mt in April and 5.3% above ...", "rose 3% on month but 5% on year": a conjunction
// closes the comparison before it; the words after it lead into this percentage ("down 2.2 percent from June, while
// imports rose 39.9 percent": the month before "while" is the exports' base).
const LAST_CONJUNCTION = /^.*\b(?:and|but|though|although|yet|while|whereas)\s/is;

// "X, a 6.0% increase from March, up 5.6%": a comma closes the earlier change's own basis words; the words after it
// lead into this percentage (the month is the 6.0%'s base, not the 5.6%'s).
const EARLIER_CHANGE_CLAUSE = /^.*\d\s*(?:%|percent\b|per\s?cent\b|pct\b|pc\b)[^,;\d]*,\s/is;

/** The words right before a percentage that are its own: those after the last conjunction, if any. */
function ownLead(lead: string): string {
  const m = LAST_CONJUNCTION.exec(lead) ?? EARLIER_CHANGE_CLAUSE.exec(lead);
  return m ? lead.slice(m[0].length) : lead;
}

type PercentRole = 'growth' | 'share' | 'ignore' | null;

/** What the words before a percentage make it: the role and direction of the last cue, where it ends, and whether a share word came. */
interface PercentCue {
  role: PercentRole;
  direction: number;
  sawShare: boolean;
  cueEnd: number;
}

// "a 25 percent US tariff", "a 20 percent reciprocal tariff", "a 10% baseline tariff": the country levying it, or a word of the
// duty's kind, may come first, the country capitalised ("were down 17% after tariffs
// rose": a lowercase word before the duty is no country, and the percentage a change).
// "its standard 10 pct car tariff": one lowercase word naming the goods taxed may stand before it (not a word that opens a
// clause or a cause, as "after" does).
const DUTY_AFTER = /^\s*(?:(?:U\.S\.|US|EU|[A-Z][a-z]+)\s+)?(?:(?:[Ii]mport|[Ee]xport|[Rr]etaliatory|[Rr]eciprocal|[Bb]aseline|[Bb]lanket|[Ee]xtra|[Ss]pecial|[Tt]emporary|[Aa]dditional|[Pp]unitive|[Aa]nti-dumping|[Cc]ountervailing|[Ss]afeguard|[Aa]d\s+valorem)\s+)?(?:(?!(?:after|as|amid|despite|due|because|with|from|before|since|under|over|by|in|on|and|or|but|to|of|for|while|when|if|than|the|a|an|new|higher|lower)\b)[a-z]+\s+)?(?:[Tt]ariffs?|[Dd]ut(?:y|ies)|[Ll]evy|[Ll]evies|[Tt]ax(?:es)?)\b/;

// "the EU's countervailing duties, which range up to 35.3%": the rate of a duty named before it, in a clause on its level.
const DUTY_RANGE_BEFORE = /\b(?:tariffs?|dut(?:y|ies)|levy|levies|tax(?:es)?),?\s+(?:which|that)\s+(?:range|ranges|ranging|run|runs|stand|stands|go|goes|reach|reaches|are|is)\s+(?:(?:from\s+[\d.]+\s*(?:%|percent|per\s+cent)?\s+)?(?:up\s+)?to\s+|as\s+high\s+as\s+|at\s+)?(?:about\s+|around\s+)?$/i;

// "5 per cent economic growth", "a 6.8% GDP expansion", "the 3 percent growth of the economy": the economy's rate, not trade's.
const ECONOMY_GROWTH_AFTER = /^\s*(?:(?:real|annual|annualised|annualized|year-on-year)\s+)?(?:(?:economic|GDP|gross\s+domestic\s+product)\s+(?:growth|expansion|contraction)|(?:growth|expansion|contraction)\s+(?:of|in)\s+(?:the\s+)?(?:(?:national|country's|[\w'’]+)\s+)?(?:economy|GDP|gross\s+domestic\s+product))\b/i;
// "9 percent above the monthly average", "11% higher than the average for the year so far", "6 pct below the five-year
// average", "up 5 pct on the 2021-2025 average", "beat the monthly mean by 7 percent": a gap to an average is no change of the amount against any time, so no
// rate of it (the round-a81 yardstick rule of reported-figures.ts, widened to the percentage set against the average).
const AGAINST_AVERAGE_AFTER = /^\s*(?:(?:higher|lower|more|less|greater|smaller)\s+than|above|below|over|under|on|short\s+of|ahead\s+of|(?:compared\s+(?:with|to)|against|versus|relative\s+to))\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:average|mean)\b/i;
const AGAINST_AVERAGE_BEFORE = /\b(?:exceed(?:ed|ing|s)?|beat(?:ing|s)?|top(?:ped|ping|s)?|outpac(?:ed|ing|es)|trail(?:ed|ing|s)?|lagg?(?:ed|ing|s)?(?:\s+behind)?)\s+(?:the|its|their|an?)\s+(?:[\w-]+\s+){0,3}?(?:average|mean)\s+(?:for\s+[^,.;%\d]{0,30}?\s+)?by\s+(?:(?:about|around|nearly|some|roughly)\s+)?$/i;
const AVERAGE_WORDS = keywords(['average', 'mean'], AGAINST_AVERAGE_AFTER, AGAINST_AVERAGE_BEFORE);
const ECONOMY_GROWTH_WORDS = keywords(['growth', 'expansion', 'contraction'], ECONOMY_GROWTH_AFTER);
const DUTY_WORDS = keywords(['tariff', 'duty', 'duties', 'levy', 'levies', 'tax'], DUTY_AFTER, DUTY_RANGE_BEFORE);

// "China's share was 22.3%, against 30.6% for the EU", "versus 12% in the case of Japan", "vs 8.1% for Russia": a percentage
// set against the first with another place named for it is that place's own, no old rate (not "against 8% for January", nor
// "fell to 5% from 8% for China", the place's own old rate).
const OTHER_PLACE_RATE_AFTER = new RegExp(String.raw`^\s*(?:%|percent|per\s?cent|pc|pct)?\s*(?:for|in\s+the\s+case\s+of)\s+(?:the\s+)?(?!(?:${MONTH_NAMES})\b)[A-Z]`);

// "The ministry revised January's export growth to 4.4 percent", "Growth in December exports was revised up to 7.2%", "the agency
// corrected the rise in November shipments to 3.1 percent": a rate of change that a revision sets "to" a percentage is that
// change, signed as written (the "up" or "down" says which way the revision went, not the trade). A forecast or a target
// revised is none.
const REVISING_VERB = String.raw`(?:revised|revising|revises|revise|corrected|restated|adjusted|amended|raised|lowered|lifted|cut|trimmed|upgraded|downgraded|marked\s+(?:up|down))`;
const CHANGE_NOUN = String.raw`(?:growth|rise|increase|gain|expansion)`;
const REVISED_CHANGE_TO_BEFORE = new RegExp(String.raw`(?:\b${REVISING_VERB}\b(?:(?!forecast|target|outlook|projection|goal|guidance|expect)[^.;,]){0,60}?\b${CHANGE_NOUN}(?:\s+(?:in|of|for)(?:\s+[\w'’-]+){1,3}?)?|\b${CHANGE_NOUN}(?:\s+(?:in|of|for)(?:\s+[\w'’-]+){1,3}?)?\s+(?:was|were|is|has\s+been|had\s+been)\s+${REVISING_VERB})\s+(?:(?:up|down|upward|downward|upwards|downwards|higher|lower|slightly)\s+)?to\s+$`, 'i');

/** A growth rate a revision sets to the percentage (REVISED_CHANGE_TO_BEFORE), or null. */
function revisedChangeTo(lookback: string, f: Figure): Pick<Reading, 'role' | 'direction' | 'yoy'> | null {
  if (!lookback.endsWith('to ') || !REVISED_CHANGE_TO_BEFORE.test(lookback)) return null;
  return { role: 'growth', direction: f.sign === '-' ? -1 : 1, yoy: true };
}

/** Decides what a percentage is: growth (with its direction), a share, or neither. */
export function readPercent(s: string, f: Figure, windowStart: number): Pick<Reading, 'role' | 'direction' | 'yoy'> | null {
  const lookback = s.slice(windowStart, f.start);
  const revised = revisedChangeTo(lookback, f);
  if (revised) return revised;
  const after = s.slice(f.end, f.end + 80);
  // "those to the euro area (54.1% of the total) by 3.3%": a bracket holding only a part of a whole describes
  // the noun before it, whatever change word came earlier in the sentence.
  if (BRACKET_OPEN_BEFORE.test(lookback) && BRACKETED_PART_AFTER.test(after)) return { role: 'share', direction: 0, yoy: false };
  // "59 percent: the share of exports made up of machinery", "15.6 percent — ASEAN's slice of China's trade", "21.3%   China's
  // share of turnover", "46% | the EU's portion of UK goods exports": a percentage that opens its item (a list's number or
  // mark at most before it) and is then named a share, after a dash, colon, bar or nothing, is that share.
  if (!f.sign && f.start <= 24 && ITEM_OPENING.test(s.slice(0, f.start)) && SHARE_NAMED_AFTER.test(after)) return { role: 'share', direction: 0, yoy: false };
  // "up 11.4%, with about 73% of the volume bound for China": a part of a whole that "with" opens after a comma is a share,
  // whatever change came before it; so is one that ", and" opens ("up 9 percent, and 64 percent of those shipments went to").
  if (WITH_PART_BEFORE.test(lookback) && AFTER_SHARE.test(after)) return { role: 'share', direction: 0, yoy: false };
  // "handled more than half of the total - 55.5 percent", "about a third of all exports, or 33.8 percent", "nearly a quarter of
  // imports (24.6%)", "two-thirds of the trade: 66.4 percent": a part of a whole said first as a fraction in words, then as its
  // exact percentage after a dash, colon, bracket or ", or", is that share, whatever change word came earlier.
  if (FRACTION_OF_WHOLE_BEFORE.test(s.slice(Math.max(0, f.start - 120), f.start))) return { role: 'share', direction: 0, yoy: false };
  // "were the main drag, at minus 7.5%": a percentage written with "minus" is a fall (no share is negative).
  if (!f.sign && MINUS_BEFORE.test(lookback)) return { role: 'growth', direction: -1, yoy: isYearOnYearChange(after, lookback, notYoyAround(s, f, windowStart)) };
  const balanceChange = f.sign || !mentions(s, IMPROVEMENT_WORDS, windowStart, f.start) ? 0 : balanceImprovement(lookback, s.slice(0, f.start));
  if (balanceChange) return { role: 'growth', direction: balanceChange, yoy: isYearOnYearChange(after, lookback, notYoyAround(s, f, windowStart)) };
  const cue = cueBeforePercent(lookback);
  cue.role = roleAfterToOrAt(s, f, windowStart, cue, after);
  // "to 5 percent from 8 percent": the second one is the old rate (not another place's own, OTHER_PLACE_RATE_AFTER).
  const setAgainst = /\b(?:from|than|versus|vs\.?|against)\s+$/i.exec(stripQualifier(s, windowStart, f.start));
  if (setAgainst && !(/^(?:versus|vs|against)/i.test(setAgainst[0]) && OTHER_PLACE_RATE_AFTER.test(after))) return null;
  // "as a 100% tariff on Canadian meal kept buyers away": a rate of duty named right after it, whatever change came before.
  if ((mentions(s, DUTY_WORDS, f.end, f.end + 80) && DUTY_AFTER.test(after)) || (mentions(s, DUTY_WORDS, windowStart, f.start) && DUTY_RANGE_BEFORE.test(lookback))) return null;
  if ((mentions(s, AVERAGE_WORDS, f.end, f.end + 80) && AGAINST_AVERAGE_AFTER.test(after)) || (mentions(s, AVERAGE_WORDS, windowStart, f.start) && AGAINST_AVERAGE_BEFORE.test(lookback))) return null;
  // "nearly a third of China's 5 per cent economic growth": a rate of the economy named right after it is no trade figure.
  if (mentions(s, ECONOMY_GROWTH_WORDS, f.end, f.end + 80) && ECONOMY_GROWTH_AFTER.test(after)) return null;
  const { role, direction } = roleByWordsAfter(f, after, cue);
  if (role === null || role === 'ignore') return null;
  // "2.4 times" is growth only after a word of rise ("grew 2.4 times", "a seven-fold increase"); "a
  // decrease of 2.6 times" has no agreed percentage, and a bare "6 times" may be a broken number.
  if (f.multiple && (role !== 'growth' || direction <= 0)) return null;
  if (role === 'share') return { role, direction: 0, yoy: false };
  return { role: 'growth', direction: direction || 1, yoy: isYearOnYearChange(after, lookback, notYoyAround(s, f, windowStart)) && !followsMonthBase(s, f) };
}

// "That was above the 10.5 million bpd shipped in September, a gain of 5.9%", "against 3.1 million tonnes in July, a rise of
// 4 percent", "compared with $2.2 billion in May, up 8%": a change set after a comma, in apposition to a base amount dated a
// month with no year, is measured from that month's amount (month on month), not from a year earlier. (With a year after the
// month, "in October 2025, a rise of 6%", the base is a year back and the change stays year-on-year; so does a change whose
// own words say it is year-on-year, "up 12% year on year".)
const MONTH_BASE_THEN_CHANGE = new RegExp(String.raw`\b(?:from|than|above|below|over|under|versus|against|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?(?:(?:about|around|some|nearly|almost|roughly)\s+)?(?:[$€£¥]|[A-Z]{2,3}\$?\s?)?\d[\d.,]*\s*(?:[^\s\d,;.]+\s+){0,4}?(?:in|of|for|during)\s+(?:${MONTH_NAMES})\.?\s*,\s*(?:(?:a|an|for\s+a|marking\s+a|or\s+a|representing\s+a)\s+)?(?:(?:[a-z-]+\s+)?(?:gain|rise|increase|jump|climb|advance|drop|fall|decline|decrease|slide|dip|loss)\s+of|up|down)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$`, 'i');
const MONTH_BASE_REACH = 110;
/** True when the percentage at `f` follows, after a comma, a base amount dated a month with no year (see MONTH_BASE_THEN_CHANGE). */
function followsMonthBase(s: string, f: Figure): boolean {
  const from = Math.max(0, f.start - MONTH_BASE_REACH);
  return s.charCodeAt(f.start - 1) === 32 && mentions(s, NOT_YOY_WORDS, from, f.start) && MONTH_BASE_THEN_CHANGE.test(s.slice(from, f.start)) && !AFTER_YOY.test(s.slice(f.end, f.end + 80));
}

// "registered a deficit of BD 148 million, against BD 185 million ..., an improvement of 20%": a balance that
// improves or worsens by a percentage changes its size that way, a deficit shrinking as it improves.
const IMPROVEMENT_BEFORE = /\b(?:an?\s+)?(?:(improvement|improved|improving)|(deterioration|deteriorated|deteriorating|worsening|worsened))\s+(?:of|by)\s+$/i;
const IMPROVEMENT_WORDS = keywords(['improv', 'deteriorat', 'worsen'], IMPROVEMENT_BEFORE);
const DEFICIT_WORD = /\b(?:deficits?|shortfall|negative)\b/i;
const SURPLUS_WORD = /\bsurplus(?:es)?\b/i;

/**
 * The direction of a balance's size that "an improvement of" / "a deterioration of" right before a percentage
 * gives, by the balance its sentence names before it; 0 when there is no such word, or no one balance.
 */
function balanceImprovement(lookback: string, sentenceBefore: string): number {
  const m = IMPROVEMENT_BEFORE.exec(lookback);
  if (!m) return 0;
  const before = sentenceBefore.slice(0, sentenceBefore.length - lookback.length + m.index);
  const deficit = DEFICIT_WORD.test(before);
  if (deficit === SURPLUS_WORD.test(before)) return 0;
  return (m[1] ? 1 : -1) * (deficit ? -1 : 1);
}

// "The largest share of turnover fell to China (18.6%)", "Most of the exports fell on Russia (41%)", "the bulk of imports fell
// upon the Republic of Korea (": what a part "fell to / on" is the holder it was allotted to (a translated "приходится на"), a
// named place rather than a level; the verb is no fall then (one falls to a level: "fell to 18.6%"). Present "falls to / on"
// and "fallen to" are no fall in PERCENT_CUE already; the past needs the holder's name (a capital, case-sensitive) after it.
const FELL_TO_NAMED_HOLDER = /^\s+(?:on|upon|to)\s+(?:the\s+)?(?:share\s+of\s+(?:the\s+)?)?[A-Z][a-z]/;
const fellToNamedHolder = (lookback: string, m: RegExpExecArray): boolean => (m[0] === 'fell' || m[0] === 'Fell') && FELL_TO_NAMED_HOLDER.test(lookback.slice(m.index + 4, m.index + 60));

// "their share has fallen below 60 percent", "its share dropped under 40%", "the proportion has risen above 30 percent", "slipped
// to below 20 percent": a share moved past a bound is a share no higher (or lower) than it, not a change by the percentage (a220).
// (a229: "has slipped beneath 18 percent", "sank to less than 15%", "edged to just under", "has climbed to more than 30 percent".)
const SHARE_PAST_BOUND_AFTER = /^\s+(?:to\s+)?(?:(?:just|well|now|slightly)\s+)?(?:below|under|beneath|above|over|beyond|past|less\s+than|more\s+than)\s+(?:(?:about|around|some|nearly|roughly|just|well)\s+)?$/i;

/** The cues before a percentage, read in order: share words, direction words, year-on-year markers, rates that are not trade growth. */
function cueBeforePercent(lookback: string): PercentCue {
  const cue: PercentCue = { role: null, direction: 0, sawShare: false, cueEnd: -1 };
  PERCENT_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERCENT_CUE.exec(lookback)) !== null) {
    if (m[3] && fellToNamedHolder(lookback, m)) continue;
    if ((m[3] || m[4]) && cue.sawShare && SHARE_PAST_BOUND_AFTER.test(lookback.slice(m.index + m[0].length))) continue;
    cue.cueEnd = m.index + m[0].length;
    if (m[1]) { cue.role = 'growth'; cue.direction = 1; }
    else if (m[2]) { cue.role = 'share'; cue.direction = 0; cue.sawShare = true; }
    else if (m[3]) { cue.role = 'growth'; cue.direction = -1; }
    else if (m[4]) { cue.role = 'growth'; cue.direction = 1; }
    else if (m[5]) { if (cue.role !== 'growth') { cue.role = 'growth'; cue.direction = cue.direction || 0; } }
    else if (m[6]) { cue.role = 'ignore'; cue.direction = 0; }
    // (A buyer's verb is no share word of its own: "bought 14% more cargoes" stays a change, `roleByWordsAfter`.)
    else if (m[7]) { cue.role = 'share'; cue.direction = 0; }
  }
  return cue;
}

// (a236) "Coconut oil registered the highest growth among the top ten commodities at 64.2 percent", "posted the fastest increase
// of all items, at 48 percent", "rice grew the fastest among farm goods, at 49.2 percent", "the sharpest decline in the group at
// 12 percent": a change named as the largest of a group, the group after it or not, and then "at" its size (with or without
// a comma) gives the change's size, not a rate the goods stood at.
// (a242) The change may be a jump, surge or slump, and whose it was may follow the group before "at": "the biggest jump among
// the top ten suppliers belonged to Taiwan, at 31.4%", "the steepest fall was in rubber, at 7.3%", "the strongest growth came
// from India, at 23%", "the fastest rise of all was posted by Japan, at 12 percent", "the largest gain went to Chile, at 9%".
// (a241: the group counted, "Semiconductors rose the most of the 15 main export items, at 54.5 percent", "grew the fastest among the 10 largest markets, at 31 percent".)
const SUPERLATIVE_CHANGE_AT = /\b(?:(?:highest|fastest|biggest|strongest|largest|sharpest|steepest|quickest)\s+(?:(?:annual|yearly|year-on-year)\s+)?(?:growth|increase|rise|gain|expansion|jump|surge|leap|decline|drop|fall|decrease|contraction|slump|slide|plunge)|(?:grew|rose|increased|expanded|climbed|gained|fell|declined|dropped|decreased)\s+(?:the\s+)?(?:fastest|most|quickest|strongest|sharpest|steepest))(?:\s+(?:among|of|in|for)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:\d{1,3}\s+)?[^,;.%\d]{1,60}?)?(?:\s+(?:belonged\s+to|went\s+to|came\s+from|(?:was|were)\s+(?:(?:posted|recorded|registered|seen|logged|reported)\s+(?:by|in|for)|in|for|that\s+of))\s+[^,;.%\d]{1,40}?)?\s*,?\s*at\s+(?:(?:about|around|nearly|some|roughly|almost)\s+)?$/i;

/**
 * "rose to 71.5%", "stood at 5%": the percentage is a level of some rate, unless it is a share.
 * "both recorded year-on-year increases, at 33.0% and 31.9% respectively": after a change noun and a
 * comma, "at" gives the size of the change.
 * "up 15.8 percent, or 35.1 percent of total exports": the word of change was the first percentage's.
 */
function roleAfterToOrAt(s: string, f: Figure, windowStart: number, cue: PercentCue, after: string): PercentRole {
  const gap = stripQualifier(s, windowStart + Math.max(0, cue.cueEnd), f.start);
  const afterChangeOr = cue.role === 'growth' && (SHARE_AFTER_CHANGE_OR.test(gap) || CHANGE_YOY_THEN_OR.test(s.slice(Math.max(0, f.start - 60), f.start)));
  if (afterChangeOr && AFTER_SHARE.test(after)) return 'share';
  // (No cue but ", or" since the window's start: the level read right before it, "fell 2 percent to 410 billion yuan, or".)
  if ((afterChangeOr || (cue.role === null && OR_AFTER_LEVEL.test(gap))) && elidedWhole(s, f, after)) return 'share';
  // "up 7.3%, equal to 57% of the total": a part of a whole, not a rate the amount rose to ("a deficit equivalent to
  // 6.8% of the value of imports" is a ratio, no share).
  if (EQUAL_TO.test(gap) && (OF_THE_WHOLE.test(after) || OF_ALL.test(after) || OF_ALL_TRADED.test(after) || OF_PLACE_TRADE.test(after) || OF_PLACE_PRONOUN.test(after) || OF_PLACE_FIGURE.test(after))) return 'share';
  // "Trains entering China grew faster, at 7.9 percent": a verb of change, how fast, then "at" the size.
  const sizeOfChange = cue.role === 'growth' && cue.direction !== 0 && (/^\s*(?:\w+\s+){0,2}?(?:increases?|decreases?|rises?|declines?|growth|gains?|drops?|falls?|faster|slower|more\s+(?:quickly|slowly|sharply|strongly))?\s*,\s*at\s+$/i.test(gap) || SUPERLATIVE_CHANGE_AT.test(s.slice(Math.max(0, windowStart + cue.cueEnd - 40), f.start)));
  // "but growth slowed to 1.9%", "growth picked up to 6 percent": the pace a growth came to is that growth.
  if (cue.role === 'growth' && cue.direction === 1 && GROWTH_PACE_TO.test(gap)) return 'growth';
  if (!sizeOfChange && (TO_OR_AT_END.test(gap) || /^\s*(?:to|at)\s+$/i.test(gap))) return cue.sawShare ? 'share' : 'ignore';
  return cue.role;
}

// "foreign-invested firms traded X, up 2.4 percent, or 28.3 percent of the total, while state-owned firms traded Y, down 3.8
// percent, or 14.4 percent": a bare percentage after a change and ", or", closing its clause, in a sentence that gave a part
// of a whole in that shape before it (", or N percent of", "accounting for N percent of"), is a share with its whole left out.
// ("up 7.1 percent in yuan terms, or 5.9 percent in dollar terms": words after it keep it a change.)
const OR_AFTER_LEVEL = /^\s*,\s*or\s+$/i;
const ELIDED_WHOLE_AFTER = /^\s*(?:[.;]|$|,\s*(?:while|whereas|and|but)\b|\s(?:while|whereas|but)\b)/i;
const SHARE_SHAPE_BEFORE = /(?:,\s*or|\baccounting\s+for|\bmaking\s+up|\brepresenting)\s+(?:about\s+|around\s+|nearly\s+)?\d[\d.]*\s*(?:%|percent|per\s+cent|pct)\s*,?\s+of\b/i;

/** Whether a bare percentage after a change and ", or" leaves out the whole an earlier share of its sentence named. */
function elidedWhole(s: string, f: Figure, after: string): boolean {
  return ELIDED_WHOLE_AFTER.test(after) && SHARE_SHAPE_BEFORE.test(s.slice(Math.max(0, f.start - 300), f.start));
}

// (past tense only: "sees export growth slowing to 2%" is a forecast.)
const GROWTH_PACE_TO = /^\s*(?:has\s+|had\s+)?(?:slowed|moderated|decelerated|cooled|quickened|picked\s+up)\s+to\s+$/i;
// "climbed to 71.5%", "climbs to record 57.9%", "rose to a new high of 60.2%": "to" or "at", then a word of a record.
const TO_OR_AT_END = /\b(?:to|at)\s+(?:(?:a|an)\s+)?(?:(?:new|fresh)\s+)?(?:(?:record|all-time|historic)(?:[\s-]+high)?\s+(?:of\s+)?|high\s+of\s+)?$/i;

// "0.9% and 2.3% less, respectively, than in September 2023", "4.1, 2.6 and 0.8 percent higher than a year earlier", "by 3%
// and 5% lower": the rates of a list share the direction written once after its last rate (a162).
const LATER_RATES_OF_LIST = /^(?:\s*,\s*[+-]?\d[\d.]*\s*(?:%|percent|per\s+cent|pct)?)*\s*,?\s*and\s+[+-]?\d[\d.]*\s*(?:%|percent|per\s+cent|pct)/i;
/** The direction written after a percentage, or after the later rates of the list it opens (LATER_RATES_OF_LIST). */
function directionAfter(after: string): RegExpExecArray | null {
  const own = AFTER_DIRECTION.exec(after);
  if (own || !/^\s*,?\s*(?:and|\d)/i.test(after)) return own;
  const list = LATER_RATES_OF_LIST.exec(after);
  return list ? AFTER_DIRECTION.exec(after.slice(list[0].length)) : null;
}

/** The role and direction once the words right after the percentage are read: a direction, a share of a whole, a year-on-year marker. */
function roleByWordsAfter(f: Figure, after: string, cue: PercentCue): { role: PercentRole; direction: number } {
  let { role, direction } = cue;
  const afterDirection = directionAfter(after);
  // "representing a 39.4% jump": a noun of change right after the percentage makes it a change, not a share.
  if (afterDirection && role === 'share' && CHANGE_NOUN_AFTER.test(after)) role = 'growth';
  if (afterDirection && role !== 'share') {
    role = 'growth';
    direction = afterDirection[1] ? 1 : -1;
  } else if (role === null && f.sign) {
    role = 'growth';
  } else if (role === null && (AFTER_SHARE.test(after) || SHARE_NOUN_AFTER.test(after) || OF_PLACE_PRONOUN.test(after))) {
    role = 'share';
  } else if (role === null && AFTER_YOY.test(after)) {
    role = 'growth';
  }
  if (role === 'share' && AFTER_DIRECTION.test(after) && !AFTER_SHARE.test(after) && !cue.sawShare) role = 'growth';
  // "up 8.4 percent, giving it a 31.5 percent share of the country's trade": the noun "share" right after a percentage
  // makes it a share, whatever change word came before it in the sentence.
  if (role === 'growth' && !afterDirection && SHARE_NOUN_AFTER.test(after)) role = 'share';
  return { role, direction };
}

// "Exports increased from September 2026 to October 2026 by R9.12 billion (4.8%)", "rose by 2.4% from August to September
// 2026": a change from one month to the next compares the two months (periods.ts reads the first as the base).
const NEXT_MONTH_PAIRS = MONTH_NAMES.split('|').map((m, i, all) => String.raw`${m}(?:\s+(?:19|20)\d\d)?\s+to\s+${all[(i + 1) % 12]}`).join('|');
const FROM_MONTH_TO_NEXT = new RegExp(String.raw`\bfrom\s+(?:${NEXT_MONTH_PAIRS})\b`, 'i');
/** True when the sentence sets a change from one month against the next: its changes are month-on-month. */
export const comparesWithMonthBefore = (s: string): boolean => mentions(s, FROM_WORDS) && FROM_MONTH_TO_NEXT.test(s);
const FROM_WORDS = keywords(['from'], FROM_MONTH_TO_NEXT);
// "..., and imports increased by R3.06 billion (1.8%) over the same period": after a change from one month to the next,
// "the same period" with no year after it is those two months again, no year-on-year marker.
// So it is in the sentences after one that compares with the month before, in its paragraph (`monthBefore`, read-figures.ts
// settleBases; a162): "Exports fell 1.7% in September compared with August. Imports slipped by 0.2% over the same period",
// "... Re-exports were up 0.4 percent in the same month", "... during the same period, imports edged down".
const SAME_MONTHS_AGAIN = /\b(?:over|in|during|for|across)\s+the\s+same\s+(?:period|month)\b(?!\s+(?:of|in|last|a|one|previous|the)\b)/gi;
/** True when the sentence speaks of "the same period" or "the same month" with no year after it. */
export const pointsBackAtSameMonths = (s: string): boolean => s.search(SAME_MONTHS_AGAIN) >= 0;
/** True when the sentence marks a change as year-on-year (YOY_MARKER), "the same period" of a month-to-month change aside. */
export const marksYearOnYear = (s: string, monthBefore = comparesWithMonthBefore(s)): boolean => YOY_MARKER.test(monthBefore ? s.replace(SAME_MONTHS_AGAIN, '') : s);

/** Whether a growth percentage is year-on-year, by its own words after it, the words leading into it, and a basis opening its clause. */
function isYearOnYearChange(after: string, lookback: string, notYoyAround: boolean): boolean {
  if (AFTER_YOY.test(after)) return true;
  // Every text the rest tests with NOT_YOY lies in `after` or `lookback`: without one of its words there, it is year-on-year.
  if (!notYoyAround) return true;
  // "dropped 49.5% year on year and fell 10.9% from August": a year-on-year marker right after the
  // percentage is its own; a month-on-month one further on belongs to the next change.
  // "up 25.5 percent or 9.4 percentage points higher than September": words after the next percentage are its own.
  const next = NEXT_PERCENT.exec(after);
  // "increase 25.1%, month-on-month increase 31.6%": words after the last comma before the next
  // percentage open the next change and are its own.
  // (A comma between digits groups thousands: "from 4,426 tons in April and 12.3 percent ..." is one clause.)
  const nextClause = next ? clauseCommaBefore(after, next.index) : -1;
  // "up 9.1%; compared with April they rose 2.7%": a semicolon before the next percentage ends this change's words too.
  const semicolon = next ? after.indexOf(';') : -1;
  const clauseEnd = next && semicolon >= 0 && semicolon < next.index ? semicolon : nextClause;
  const cut = Math.min(50, next ? (clauseEnd >= 0 ? clauseEnd : next.index) : 50);
  // "(11 percent) to $4.1 billion in July 2013 compared with July 2012": a cut at the fiftieth character keeps the word
  // it falls in and a year right after it, so a dated base is not read as a bare month.
  const own = (cut === 50 ? after.slice(0, cut) + (WORD_AND_YEAR_ON.exec(after.slice(cut))?.[0] ?? '') : after.slice(0, cut)).replace(LEVEL_THEN_SPAN, '');
  // "Compared with August, exports fell 6.73 percent": a basis opening the clause is the change's basis.
  const opening = OPENING_BASIS.exec(lookback);
  // (The lead is cut at its clause before the last 30 characters are kept, so an earlier change's basis that reaches
  // further back, "6.2 percent lower than the previous month, up", is still seen as that change's.)
  const lead = LEVEL_OVER_SPAN_BEFORE.test(lookback) ? '' : ownLead(lookback).slice(-30);
  return !NOT_YOY.test(own) && !NOT_YOY.test(lead) && !(opening && NOT_YOY.test(opening[0]));
}

// "Tianjin Port exported 186,000 vehicles over the quarter, a 27.4% jump": "over the quarter" right after an amount (the words
// a change reads start where the last level ended, read-figures.ts) is the span the amount was reached in, not a basis; the
// change set off by a comma after it is year-on-year ("imports fell 9 percent over the month" keeps its month-on-month basis:
// there the words follow a percentage, not a level).
const LEVEL_OVER_SPAN_BEFORE = /^\s*over\s+(?:the|a|one)\s+(?:month|quarter)\s*,\s*(?:(?:an?|up|down|rising|falling)\s+)?$/i;

const WORD_AND_YEAR_ON = /^\w*(?:\s+(?:19|20)\d\d\b)?/;
// "jumped 9.3 percent to 2.67 trillion yuan over the quarter", "grew 6 percent to 41,200 tonnes over the month": the span
// after the level the change led to is the span the level was reached in (as LEVEL_OVER_SPAN_BEFORE reads it), no basis.
const LEVEL_THEN_SPAN = /^\s*to\s+(?:(?:about|around|nearly|some|roughly|over|more\s+than)\s+)?(?:[^\s\d]{1,4}\s?)?\d[\d.,]*(?:\s+[A-Za-z$]+){0,3}?\s+over\s+(?:the|a|one)\s+(?:month|quarter)\b(?!\s+of\b)/i;

/** True when a word of NOT_YOY stands in the words a percentage's year-on-year test reads (`lookback` and `after` of readPercent). */
function notYoyAround(s: string, f: Figure, windowStart: number): boolean {
  return mentions(s, NOT_YOY_WORDS, windowStart, f.start) || mentions(s, NOT_YOY_WORDS, f.end, f.end + 80);
}

/** The last comma before `at` that is not a thousands separator ("4,426"), or -1. */
function clauseCommaBefore(text: string, at: number): number {
  let i = text.lastIndexOf(',', at);
  while (i >= 0 && /\d/.test(text.charAt(i - 1)) && /\d/.test(text.charAt(i + 1))) i = i > 0 ? text.lastIndexOf(',', i - 1) : -1;
  return i;
}

// "increase 25.1%, month-on-month increase 31.6%": a basis opening its own clause right before a change
// and its percentage is that percentage's basis only (translated Chinese customs releases).
const SEQUENTIAL_LEADING_ONE = /^\s*(?:(?:increase|increased|decrease|decreased|rise|rose|growth|grew|decline|declined|drop|dropped|fell|up|down)\s+)?(?:by\s+)?[+-]?\d[\d.,]*\s*(?:%|percent\b|per cent\b|pc\b)/i;
const SEQUENTIAL_BASIS_ALL = new RegExp(SEQUENTIAL_BASIS.source, 'gi');
// "following the 8.1 per cent contraction in the previous month": the marker dates an earlier rate (a row of that month,
// as "in September" would), it is no basis of the sentence's changes.
// ("after a 2.2 percent decline the previous month", "the 6 percent rise of the prior month": with "of" or no preposition; a
// change "on" or "compared with" the previous month is measured against it, no rate of it.)
const DATED_EARLIER_RATE_BEFORE = /\d\s*(?:%|percent|per\s?cent|pct|pc)\s+(?:(?!(?:on|over|from|than|against|versus|compared|with|to|and|as)\s)[a-z-]+\s+){1,2}?(?:(?:in|during|for|of)\s+)?the\s+$/i;

// "... to $2.24 billion (up 3.8% month-on-month), while ...", "reached 1.85 billion yuan, 6.2 percent lower than the previous
// month, up 16.6 percent": a change on the month before set off right after an amount, beside that amount's own change
// (before it in the clause, or right after the aside), is an aside on the amount: its basis is its own, not the sentence's.
const ASIDE_CHANGE_BEFORE = /\d[^\d%;]{0,40}[,(]\s*(?:(?:up|down|or|an?)\s+)?[+-]?\d[\d.]*\s*(?:%|percent|per\s?cent|pct|pc)\s+(?:(?:lower|higher|more|less|up|down|increase|decrease|rise|fall|drop|gain)\s+)?(?:(?:than|from|on|over)\s+)?(?:the\s+)?$/i;
const LEVEL_CHANGE_BEFORE = /\d\s*(?:%|percent|per\s?cent|pct|pc)(?![a-z])[^;%]*$/i;
const LEVEL_CHANGE_AFTER = /^\)?\s*,\s*(?:(?:up|down)\s+(?:by\s+)?|an?\s+(?:increase|rise|decrease|decline|drop|fall)\s+of\s+)\d/i;

/** True when the sequential marker at `at`..`end` closes a change set off as an aside on an amount that has its own change. */
function asideOfLevel(s: string, at: number, end: number): boolean {
  const m = ASIDE_CHANGE_BEFORE.exec(s.slice(Math.max(0, at - 100), at));
  if (!m) return false;
  const levelStart = Math.max(0, at - 100) + m.index;
  return LEVEL_CHANGE_BEFORE.test(s.slice(Math.max(0, levelStart - 120), levelStart).split('. ').pop()!) || LEVEL_CHANGE_AFTER.test(s.slice(end, end + 40));
}

// "Exports rose 4.1 per cent to KSh 236.5 billion, lifted by tea, which sold 7 per cent up on the previous quarter", "..., with
// coffee prices 5 percent higher than the month before": a change in a relative clause (which, whose, where) or an absolute
// "with" clause opened after the sentence's first change is another subject's; its basis is its own, not the sentence's.
const OWN_PERCENT_BEFORE_MARKER = /\d\s*(?:%|percent|per\s?cent|pct|pc)(?![a-z])[^.;%\d]{0,40}$/i;
const PERCENT_MARK = /\d\s*(?:%|percent|per\s?cent|pct|pc)(?![a-z])/gi;
const SUBORDINATE_OPENER = /,\s*(?:which|whose|where|with)\b/i;

/** True when the sequential marker at `at` closes a change in a subordinate clause opened after an earlier change. */
function basisOfSubordinateChange(s: string, at: number): boolean {
  const from = Math.max(0, at - 60);
  const own = OWN_PERCENT_BEFORE_MARKER.exec(s.slice(from, at));
  if (!own) return false;
  const ownStart = from + own.index;
  let earlierEnd = -1;
  PERCENT_MARK.lastIndex = 0;
  for (let p = PERCENT_MARK.exec(s); p !== null && p.index + p[0].length <= ownStart; p = PERCENT_MARK.exec(s)) earlierEnd = p.index + p[0].length;
  return earlierEnd >= 0 && SUBORDINATE_OPENER.test(s.slice(earlierEnd, ownStart));
}

// "the import and export of Guangxi was 38.2 billion yuan, increased by 11.5%, and rose by 6.7% month on month", "up 11.5
// percent, and a month-on-month increase of 6.7 percent", "grew 11.5% to $3.1 billion, and were 6.7% higher than in the
// previous month", "up 11.5%; month on month, they rose 6.7%": a sequential basis closing (or opening) a second change of the
// same flow, set after a first change with only a connective and words of change between (no other flow or subject named),
// is that second change's own basis; the first change, unmarked, keeps the release's year-on-year reading (translated
// Chinese customs English, 同比 left out, 环比 said).
const CHANGE_WORD_BETWEEN = String.raw`(?:up|down|higher|lower|rose|fell|grew|increased|decreased|declined|dropped|climbed|gained|jumped|slipped|edged\s+(?:up|down)|${RISE_PARTICIPLE}|${FALL_PARTICIPLE}|${RISE_NOUN}|${FALL_NOUN})`;
const SECOND_CHANGE_GAP = new RegExp(String.raw`^(?:\s+to\s+[^\d,;]{0,6}\d[\d.,]*(?:\s+[A-Za-z$]+){0,3})?\s*(?:[,;]\s*(?:(?:and|but)\s+)?|\s(?:and|but)\s+)(?:(?:it|they)\s+)?(?:(?:was|were|is|are|has|have|had)\s+)?(?:(?:with\s+)?an?\s+)?(?:${CHANGE_WORD_BETWEEN}\s+)?(?:(?:by|of)\s+)?$`, 'i');
const OWN_PERCENT_THEN_BASIS = /[+-]?\d[\d.,]*\s*(?:%|percent|per\s?cent|pct|pc)\s+(?:(?:higher|lower|more|less|up|down)\s+)?(?:(?:compared\s+(?:with|to)|from|over|on|than(?:\s+in)?|against)\s+)?(?:the\s+|a\s+)?$/i;
const BASIS_THEN_OWN_PERCENT = new RegExp(String.raw`^(?:\s+|\s*,\s*(?:(?:it|they)\s+)?)${CHANGE_WORD_BETWEEN}\s+(?:(?:by|of)\s+)?[+-]?\d[\d.,]*\s*(?:%|percent|per\s?cent|pct|pc)(?![a-z])`, 'i');

/** True when the sequential marker at `at`..`end` is the own basis of a second change of the flow a first change was given for. */
export function basisOfSecondChange(s: string, at: number, end: number): boolean {
  const from = Math.max(0, at - 60);
  const trailing = OWN_PERCENT_THEN_BASIS.exec(s.slice(from, at));
  if (!trailing && !BASIS_THEN_OWN_PERCENT.test(s.slice(end, end + 50))) return false;
  const ownStart = trailing ? from + trailing.index : at;
  let earlierEnd = -1;
  PERCENT_MARK.lastIndex = 0;
  for (let p = PERCENT_MARK.exec(s); p !== null && p.index + p[0].length <= ownStart; p = PERCENT_MARK.exec(s)) earlierEnd = p.index + p[0].length;
  return earlierEnd >= 0 && SECOND_CHANGE_GAP.test(s.slice(earlierEnd, ownStart));
}

/** True when a sequential basis in the sentence governs it: some marker is not the opening words of one percentage's own clause. */
export function governingSequentialBasis(s: string): boolean {
  SEQUENTIAL_BASIS_ALL.lastIndex = 0;
  for (let m = SEQUENTIAL_BASIS_ALL.exec(s); m !== null; m = SEQUENTIAL_BASIS_ALL.exec(s)) {
    const opensClause = /(?:^|[,;])\s*$/.test(s.slice(Math.max(0, m.index - 3), m.index));
    if (DATED_EARLIER_RATE_BEFORE.test(s.slice(Math.max(0, m.index - 60), m.index))) continue;
    if (asideOfLevel(s, m.index, m.index + m[0].length)) continue;
    if (basisOfSubordinateChange(s, m.index)) continue;
    if (basisOfSecondChange(s, m.index, m.index + m[0].length)) continue;
    if (!(opensClause && SEQUENTIAL_LEADING_ONE.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40)))) return true;
  }
  return false;
}

/**
 * The words around a percentage that are its own: before it back to the previous number or semicolon
 * ("Compared with a year earlier, exports were up 3.1 per cent"), after it up to the next percentage or
 * the end of the clause ("or 6.4 percent, from the same period in 2025").
 */
export function ownWordsAround(s: string, f: Figure): string {
  const before = s.slice(Math.max(0, f.start - 80), f.start);
  const cut = Math.max(before.lastIndexOf(';'), before.search(/\d[^\d]*$/));
  const after = s.slice(f.end, f.end + 60);
  const next = NEXT_PERCENT.exec(after);
  return `${before.slice(cut + 1)} ${after.slice(0, next ? next.index : after.length).split(/[.;]/)[0]}`;
}

// The bracket's close after its percentage, or a comma and a few words of aside first ("(22.6%, essentially gold)").
const BRACKET_CLOSE_AFTER = /^\s*(?:,\s*[a-z][a-z\s-]{0,40})?\)/;
// Between a place and its bracket: nothing, or a rank whose verb and noun the list left out ("and India third (").
const PLACE_BRACKET_GAP = /^\s*(?:(?:second|third|fourth|fifth|next)\s*)?\(\s*$/i;

/**
 * "China (19.8%), Russia (16.4%)": an unsigned percentage in brackets after a place is that place's share; so after a bare
 * rank ("ranked second with 24.6%, and India third (5.1%)") and before an aside ("Switzerland (22.6%, essentially gold)").
 */
export function parentheticalShare(s: string, f: Figure, places: PlaceMention[]): Pick<Reading, 'role' | 'direction' | 'yoy'> | null {
  if (f.sign || !BRACKET_CLOSE_AFTER.test(s.slice(f.end, f.end + 50))) return null;
  const owner = places.find((p) => p.end <= f.start && f.start - p.end <= 12 && PLACE_BRACKET_GAP.test(s.slice(p.end, f.start)));
  return owner || shareNounBracket(s, f) ? { role: 'share', direction: 0, yoy: false } : null;
}

// "the largest slice of exports went there (23.3%)", "the lion's share of imports came from it (40.2%)", "the bulk of
// shipments were bound for that market (61%)": a clause whose subject is a part of a flow names what the bracketed
// percentage closing it is: a share (no number, comma or bracket between).
const SHARE_NOUN_BRACKET_BEFORE = /\b(?:share|slice|portion|part|proportion|bulk|chunk)\s+of\s+(?:(?:the|its|their|all|total)\s+)?(?:[\w'’-]+\s+)?(?:exports|imports|shipments|purchases|sales|trade)\b[^\d,;()%]{0,40}\(\s*$/i;
const SHARE_NOUN_WORDS = keywords(['share', 'slice', 'portion', 'part', 'proportion', 'bulk', 'chunk'], SHARE_NOUN_BRACKET_BEFORE);

/** True for a bracketed percentage closing a clause whose subject is a part of a flow (SHARE_NOUN_BRACKET_BEFORE). */
function shareNounBracket(s: string, f: Figure): boolean {
  return mentions(s, SHARE_NOUN_WORDS, f.start - 90, f.start) && SHARE_NOUN_BRACKET_BEFORE.test(s.slice(Math.max(0, f.start - 90), f.start));
}

// A list whose bracketed percentages the sentence says are changes: "in terms of change in value", "drivers of export growth".
const LIST_OF_CHANGES_BEFORE = /\b(?:in\s+terms\s+of\s+(?:the\s+)?(?:change|growth|increase)|drivers?\s+of\s+(?:[\w-]+\s+){0,3}?growth|(?:largest|biggest)\s+(?:changes|increases|gains))\b/i;

/**
 * "Top export destinations, in terms of change in value, were the UAE (24.3%), the Netherlands (31.8%)", "Major
 * drivers of export growth include Electronic Goods (39.24%), Rice (18.05%)": bracketed percentages of a list that
 * the sentence ranks by their changes are the items' growth, not their shares; so are signed ones in any list ("The largest
 * contributors were Taiwan (+55.7%) and the United States (+14.3%)").
 */
export function changeListGrowth(s: string, f: Figure): Pick<Reading, 'role' | 'direction' | 'yoy'> | null {
  if (!closesBracketAt(s, f.end, 3) || !/\(\s*[+\-−]?\s*$/.test(s.slice(Math.max(0, f.start - 4), f.start))) return null;
  const before = s.slice(0, f.start);
  // (Round a226: a percentage written with its sign in the bracket, "Taiwan (+55.7%)", "Germany (-3.2%)", is a change in any
  // list: no share is signed.)
  if ((!f.sign && !LIST_OF_CHANGES_BEFORE.test(before)) || SHARE_WORD.test(before)) return null;
  return { role: 'growth', direction: f.sign === '-' ? -1 : 1, yoy: true };
}

// "Exports came to 26.95 billion dollars (an increase of 10.6%), imports to 38.93 billion dollars (2.7%)": an earlier amount of
// the sentence whose bracket names its change ("(an increase of", "(up", "(a decline of"), then an amount with a bare bracket.
const NAMED_CHANGE_BRACKET = /\d\s*(?:[A-Za-z$€£¥.]+\s+){0,3}?[A-Za-z$€£¥.]*\s*\(\s*(?:an?\s+)?(?:increase|rise|growth|gain|decrease|decline|drop|fall|up|down)\s+(?:of\s+|by\s+)?[+\-−]?\d[\d.,]*\s*(?:%|percent|per\s?cent)\s*\)/i;
const AMOUNT_WORDS_THEN_BRACKET = /\d[\d.,]*\s*(?:[A-Za-z$€£¥.]+\s+){0,3}?[A-Za-z$€£¥.]*\s*\(\s*[+\-−]?$/;

/**
 * A bare percentage in brackets right after an amount, in a sentence where an amount before it had its change named in
 * its own bracket, is that amount's change too (a list of flows written alike, the words of change left out after the first).
 */
export function siblingBracketChange(s: string, f: Figure): Pick<Reading, 'role' | 'direction' | 'yoy'> | null {
  if (!closesBracketAt(s, f.end, 3) || !AMOUNT_WORDS_THEN_BRACKET.test(s.slice(Math.max(0, f.start - 50), f.start))) return null;
  const before = s.slice(0, f.start);
  // (Reached only for a bare bracket right after an amount: the sentence is scanned for the sibling then.)
  if (!NAMED_CHANGE_BRACKET.test(before) || SHARE_WORD.test(before)) return null;
  return { role: 'growth', direction: f.sign === '-' ? -1 : 1, yoy: true };
}

// "Asia: exports 32.5%, imports 44.1%": a line headed by a partner, each flow noun followed by a bare percentage.
const ENTRY_FLOW_BEFORE = /(?:^|[:,;]\s*)(?:exports?|imports?|trade)\s+$/i;
const ENTRY_HEAD_GAP = /^\s*(?:[*•·▪\-–—]\s*)?$/;

/**
 * "Trade by world zone, October 2026 / Asia: exports 32.5%, imports 44.1%": an unsigned percentage right after a flow
 * noun, on a line headed by a partner and a colon, is the partner's share of that flow (a roundup's changes are signed).
 */
export function entryShare(s: string, f: Figure, places: PlaceMention[]): Pick<Reading, 'role' | 'direction' | 'yoy'> | null {
  if (f.sign || !ENTRY_FLOW_BEFORE.test(s.slice(Math.max(0, f.start - 12), f.start)) || !/^\s*(?:[,;.]|$)/.test(s.slice(f.end, f.end + 3))) return null;
  const head = places.find((p) => p.role === 'partner' && ENTRY_HEAD_GAP.test(s.slice(s.lastIndexOf('\n', p.start - 1) + 1, p.start)) && p.start > s.lastIndexOf('\n', f.start) - 1 && /^\s*:/.test(s.slice(p.end, p.end + 3)));
  return head ? { role: 'share', direction: 0, yoy: false } : null;
}

const SHARE_WORD = /\b(?:shares?|account(?:s|ed|ing)?\s+for|proportion)\b/i;
// After a bracketed share: its close, or "of the total/turnover/FTT" first.
const PARTNER_AMOUNT_SHARE_AFTER = /^\s*(?:of\s+(?:the\s+|its\s+)?[\w'’ -]{1,30})?\)/;
// Between a partner and its bracketed share: a few words ("remained the largest trading partner with"), the amount, "(".
const PARTNER_AMOUNT_GAP = /^(?:\s+[\w'’-]+){0,6}?[\s,:–—-]*(?:with\s+|at\s+)?(?:US)?[$€£¥]?\s*\d[\d.,]*\s*[\w. ]{0,20}\(\s*$/i;
// Between a partner and its share in the bracket that also holds its amount: "Japan (USD 0.98 billion, ", "China (Kz 3 560.6
// billion, " (a currency sign of a capital and a small letter, digits grouped by spaces); "the Netherlands (Afl. 271.0
// million or " (a sign of a capital and small letters with its full stop, and "or" joining the amount to its share).
export const PARTNER_BRACKET_AMOUNT_GAP = /^\s*\(\s*(?:[A-Z]{2,3}\s?|[A-Z][a-z]{1,2}\.?\s?|(?:US)?\p{Sc}\s?)?\d(?:[\d.,]|\s(?=\d{3}\b))*\s*(?:[A-Za-z]+\s+){0,2}?(?:[A-Za-z]+)?(?:\s*,|\s+or)\s*$/u;
// "7.4 billion dollars of exports, or ": an amount (not a change) right before ", or".
// "2.19 trillion yuan of the municipality's trade, or ": the whole may be a place's.
const AMOUNT_THEN_SHARE_BEFORE = /\d[\d.,]*\s*(?:[A-Za-z.$]+\s+){0,3}?(?:of\s+(?:the\s+|its\s+)?(?:[\w-]+['’]s?\s+)?[\w-]+\s*)?,\s*or\s+$/;

// "contributed 1.98 trillion yuan of the total, or 81.8 percent": an amount said to be part of the total, then
// ", or" and a percentage: the share that amount is, whatever verb comes before it.
// "of the provincial total, or", "of Liaoning's total, or": up to two words before "total"; the share may follow in brackets
// ("Fresh bananas represented B/. 161.5 million of the total (21.7%)").
// ("The bonded zone handled 412.6 billion yuan of it, or 55.2 percent": "it" is the total the sentence before gave.)
// ("58.0 billion yuan of the total, a share of 41.8 percent", "..., or a share of", "..., giving it a share of", "..., for a
// proportion of", "..., equal to a share of": the share named by its noun in apposition to the amount is the amount's too.)
const AMOUNT_OF_TOTAL_THEN_SHARE_BEFORE = /\d[\d.,]*\s*(?:[A-Za-z.$]+\s+){0,3}?of\s+(?:(?:(?:the|its|their)\s+|[A-Z][\w-]*'s?\s+)(?:[\w'-]+\s+){0,2}?total|it)\s*(?:,\s*or\s+|\(\s*|,\s*(?:or\s+|for\s+|giving\s+(?:it|them)\s+|equal\s+to\s+|equivalent\s+to\s+)?an?\s+(?:share|proportion|portion)\s+of\s+(?:(?:about|around|nearly|some|roughly|almost|over|more\s+than)\s+)?)$/i;

/**
 * "contributed 1.98 trillion yuan of the total, or 81.8 percent": the share after ", or" is the amount's
 * share, of the amount's place, flow and goods (read as the amount's twin).
 */
export function shareOfAmountBefore(s: string, readings: Reading[]): void {
  for (const [i, r] of readings.entries()) {
    if (r.role !== 'share' || i === 0) continue;
    const before = s.slice(Math.max(0, r.figure.start - 80), r.figure.start);
    const amount = readings[i - 1];
    if (amount.role === 'level' && amount.figure.end <= r.figure.start && (AMOUNT_OF_TOTAL_THEN_SHARE_BEFORE.test(before) || AMOUNT_THEN_SHARE_BEFORE.test(before) || ofAllSuch(s, amount, r))) r.twinOf = amount.twinOf ?? amount;
  }
}

// "handled 4,470 China–Europe trains in both directions, 92 per cent of all such trains crossing into the EU": a share set
// after an amount, of a whole that "such" points back to the amount's goods with, is that amount's share.
const OF_ALL_SUCH_AFTER = /^\s*(?:(?:%|per\s?cent|percent)\s+)?of\s+all\s+such\b/i;
const ofAllSuch = (s: string, amount: Reading, r: Reading) => OF_ALL_SUCH_AFTER.test(s.slice(r.figure.end, r.figure.end + 30)) && /^[^.;]{0,80},\s*$/.test(s.slice(amount.figure.end, r.figure.start));

// "the second market at 18.7%": an ordinal alone ranks as "second-largest" does.
const RANK_AT_BEFORE = /\b(?:largest|biggest|main|leading|top|principal|(?:second|third|fourth|fifth)(?:[- ](?:largest|biggest))?)\s+(?:source|supplier|destination|market|buyer|customer|partner|origin)(?:\s+of\s+(?:[\w'-]+\s+){0,3}?(?:imports|(?:re-?)?exports|purchases|sales|supplies))?\s*,?\s+(?:at|with)\s+$/i;
const BRACKETED_SHARE = /\(\s*\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:total|overall|whole|all)\b[^()]{0,20}\)/i;
// "- Türkiye – USD 2,431.8 million (13.4 per cent of total turnover);": a bullet of a list whose shares the first item named.
const AMOUNT_THEN_BARE_BRACKET = /\d[\d.,]*\s*(?:thousand|million|billion|trillion|mln|bln|bn|mn)?\s*(?:[A-Za-z$€£¥]{1,4}\s*)?\(\s*$/i;

/** True for a bulleted line ("- Russia – USD 1,998.2 million (11.0 per cent);"): `/^\s*[-•*–·]\s/`, read by its characters (asked of every sentence). */
export function isBulletLine(s: string): boolean {
  const i = firstNonSpace(s, 0);
  return '-•*–·'.includes(s[i] ?? '\n') && isSpace(s.charCodeAt(i + 1));
}

/** True when the bullet line states a share of the whole in brackets: the next bullets' bare bracketed percentages are shares. */
export function startsBulletShareList(s: string): boolean {
  return isBulletLine(s) && BRACKETED_SHARE.test(s);
}

/** "- Russia – USD 1,998.2 million (11.0 per cent);" after a bullet that named its bracket a share of the total: a share. */
export function bulletListShare(s: string, f: Figure, inShareList: boolean): Pick<Reading, 'role' | 'direction' | 'yoy'> | null {
  if (!inShareList || f.sign || !isBulletLine(s) || !closesBracketAt(s, f.end, 3)) return null;
  return AMOUNT_THEN_BARE_BRACKET.test(s.slice(Math.max(0, f.start - 40), f.start)) ? { role: 'share', direction: 0, yoy: false } : null;
}
const FOLLOWED_BY_BEFORE = /\bfollowed\s+by\s+(?:the\s+)?[^.;,()]{1,50}$/i;
// "Copper followed with 9.4 percent.", "followed with EUR 179.0 million (", "followed by electrical machinery (":
// the next in a ranking, whose size is its share (an amount, if any, stands before the bracket).
// ("Japan followed on 9.8 per cent, ...", "came next at 7.6%": the size may follow "on" or "at".)
const FOLLOWED_WITH_BEFORE = /\b(?:followed|came\s+next|ranked\s+next)\s+(?:with|on|at)\s+$/i;
const RANKED_SIZE_THEN_CLAUSE = /^\s*(?:,(?!\s*(?:up|down|rising|falling|growing|increasing|decreasing|declining|a\s+(?:rise|fall|drop|gain|decline|increase|decrease))\b)|\s+(?:while|whereas|but)\b)/i;
const FOLLOWED_THEN_BRACKET_BEFORE = /\b(?:followed|came\s+next|ranked\s+next)\s+(?:by|with)\s+(?:[^.;()]|\.(?=\d)){1,60}\(\s*$/i;
// "Of that amount, free zone exports contributed US$7,213.8 million (": a part of the whole named before, then its bracket.
// "weighed GNF 3,911.7 billion (", "weigh 41.2 billion CFA francs (": an amount right after a verb of weight, then its bracket
// ("weighed on exports", a drag, has no amount right after the verb).
const WEIGHED_THEN_BRACKET_BEFORE = /\bweigh(?:s|ed|ing)?\s+(?:[A-Z]{2,3}\s?|(?:US)?[$€£¥]\s?)?\d[\d.,]*\s*(?:[A-Za-z.]+\s*){0,3}\(\s*$/;
const PART_OF_WHOLE_OPENING = /^\s*(?:Of\s+(?:that|this|the)\s+(?:amount|total|sum|value|figure)|Of\s+(?:these|them|which|the\s+total))\b(?:[^.;()]|\.(?=\d))*\d(?:[^.;()]|\.(?=\d))*\(\s*$/i;
// "The DRC took US$ 120.8 million of re-exports, or ": an amount of a flow, then its share of that flow;
// "contributed 24.57 billion yuan of the province's trade, or ": the flow may be a place's.
const AMOUNT_OF_FLOW_THEN_SHARE_BEFORE = /(?<!\bby\s+(?:US)?[$€£¥]?\s*)\d[\d.,]*\s*(?:[A-Za-z.$]+\s+){0,3}?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+(?:['’]s?)?\s+)?(?:re-?exports|exports|imports|trade|turnover|shipments|purchases)\s*,\s*or\s+$/i;
// "with Russia supplying 118,700 tons, or ", "of which 1.86 million cubic metres, or ", "China took 3.97 million tons of that,
// or about ": a part's amount (its partner named before it, or "of which" opening it), then ", or" and a hedge at most.
const PART_AMOUNT_THEN_SHARE_BEFORE = /\d[\d.,]*(?:\s*[A-Za-z.$]+){0,3}\s*(?:of\s+(?:that|this|it|them)\s*)?,\s*or\s+(?:(?:about|around|nearly|some|roughly|almost|approximately|close\s+to)\s+)?$/i;
const OF_WHICH_BEFORE = /\bof\s+(?:which|whom|that|this)\s+(?:[^.;,]|,(?=\d{3}))*$/i;
// A percentage that is a change, not a share: "or 12% more", "or 4% on the year".
const CHANGE_AFTER = /^\s*(?:more|less|higher|lower|up|down|above|below|year|y\/y|yoy|on\s+the\s+(?:year|month)|from|over|against|compared)\b/i;

/**
 * "with Russia supplying 118,700 tons, or 40.7%", "of which 1.86 million cubic metres, or 86.9 percent, went to China": a
 * part's amount then ", or" and an unsigned percentage is the part's share of the whole, with no share word needed.
 */
function partAmountShare(s: string, f: Figure, places: PlaceMention[], before: string): boolean {
  const part = PART_AMOUNT_THEN_SHARE_BEFORE.exec(before);
  if (!part || CHANGE_AFTER.test(s.slice(f.end, f.end + 20))) return false;
  const amountStart = f.start - before.length + part.index;
  const clause = s.slice(Math.max(0, s.lastIndexOf(';', amountStart) + 1, amountStart - 70), amountStart);
  if (OF_WHICH_BEFORE.test(clause)) return true;
  return places.some((p) => p.role === 'partner' && p.end <= amountStart && amountStart - p.end <= 40 && !/[.;]/.test(s.slice(p.end, amountStart)));
}

const AMOUNT_COMMA_BEFORE = /\d[\d.,]*\s*(?:thousand|million|billion|trillion|mln|bln|bn|mn)\s*(?:[A-Za-z$€£¥]{1,6}\s*)?,\s*$/i;
const CLAUSE_END_AFTER = /^\s*(?:[.;]|$|,?\s+and\b)/;
// ", of the CIS states – 11.3%": the next item of a list of shares "of" partners.
const NEXT_OF_ITEM_AFTER = /^\s*,\s*of\s/;

/** True when a percentage before `at` in the sentence is a share of a whole ("26.4% of imports"). */
function shareOfWholeBefore(s: string, at: number): boolean {
  for (const m of s.slice(0, at).matchAll(/\d\s*(?:%|percent|per\s+cent)/gi)) if (AFTER_SHARE.test(s.slice(m.index + m[0].length, at))) return true;
  return false;
}

/** True when a percentage before `at` in the sentence is the next in a ranking ("Japan followed on 9.8 per cent"). */
function followedShareBefore(s: string, at: number): boolean {
  if (!s.includes('followed') && !s.includes(' next ')) return false;
  for (const m of s.slice(0, at).matchAll(/\d[\d.,]*\s*(?:%|percent|per\s+cent)/gi)) if (FOLLOWED_WITH_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}

// ", mechanical and electrical products 31.2 percent", "and high-tech goods 4.8%": an item of a list, a noun phrase of up to
// five words (no figure, no verb of change: readPercent found no cue) right before its bare percentage.
const ELIDED_SHARE_ITEM_BEFORE = /(?:,|\band)\s+(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}\s+$/;

/** A bare percentage closing an item listed after a share of the whole in its sentence (see ELIDED_SHARE_ITEM_BEFORE). */
function elidedShareItem(s: string, f: Figure, before: string): boolean {
  return ELIDED_SHARE_ITEM_BEFORE.test(before) && CLAUSE_END_AFTER.test(s.slice(f.end, f.end + 8)) && shareOfWholeBefore(s, f.start);
}

const WITH_PARTNER_AT_BEFORE = /\bwith\s+(?:the\s+)?[^\d,;()]{2,40}\s+at\s+$/i;

/** True when a percentage before `at` in the sentence is a partner's rank and size ("the second market at 18.7%"). */
function rankedShareBefore(s: string, at: number): boolean {
  for (const m of s.slice(0, at).matchAll(/\d[\d.,]*\s*(?:%|percent|per\s+cent)/gi)) if (RANK_AT_BEFORE.test(s.slice(Math.max(0, m.index - 60), m.index))) return true;
  return false;
}

/** The next in a ranking, or a part of a whole named before, with its percentage (no share word needed). */
function rankedOrPartShare(s: string, f: Figure, before: string, bare: boolean): boolean {
  const clauseEnds = CLAUSE_END_AFTER.test(s.slice(f.end, f.end + 8));
  // "Copper followed with 9.4 percent.": the next in a ranking, the percentage ending its clause; the next item, an aside or another clause
  // may follow it ("followed with 21.3 per cent, helped by refining margins, while ...", "came next with 9 percent but ..."), a
  // word of change may not ("followed with 9.4 percent growth").
  if (FOLLOWED_WITH_BEFORE.test(before) && (clauseEnds || RANKED_SIZE_THEN_CLAUSE.test(s.slice(f.end, f.end + 24)))) return true;
  // "followed by electrical machinery (12.1 %)", "Of that amount, free zone exports contributed US$7,213.8 million (60.4%)".
  if (bare && (FOLLOWED_THEN_BRACKET_BEFORE.test(before) || PART_OF_WHOLE_OPENING.test(s.slice(0, f.start)))) return true;
  // "petroleum products weighed GNF 3,911.7 billion (27.8%)": what goods weigh is their weight in the whole, the bracket its share.
  if (bare && before.includes('weigh') && WEIGHED_THEN_BRACKET_BEFORE.test(before)) return true;
  // "The DRC took US$ 120.8 million of re-exports, or 67.0 percent.": the amount's share of its flow.
  return AMOUNT_OF_FLOW_THEN_SHARE_BEFORE.test(before) && clauseEnds;
}

// "58.3 pct. came from Denmark", "45% of which went to the European Union": a percentage as the subject of goods coming from
// or going to a place (a part of the flow, "of them" / "of which" at most between).
// "23.7 per cent of the goods imported by Kenya came from China", "a third of all merchandise the country exported went to the
// EU": the whole may be the goods of a flow, named by the participle of its verb (its trader after "by", or before the verb).
const GOODS_OF_A_FLOW = String.raw`of\s+(?:the\s+|all\s+)?(?:goods|merchandise|products|commodities|cargo)\s+(?:(?:the\s+)?[\w'’-]+\s+)?(?:imported|exported|bought|purchased|shipped|sold|brought\s+in)(?:\s+(?:abroad|overseas|(?:by|into|from)\s+(?:the\s+)?[A-Za-z][\w'’-]*))?`;
export const MOVED_TO_PLACE_AFTER = new RegExp(String.raw`^\s*(?:of\s+(?:which|them|it|these|this|that)\s+|${GOODS_OF_A_FLOW}\s+)?(?:came|come|comes|went|go|goes|was|were)\s+(?:(?:shipped|sent|sold|exported|imported|bought|destined)\s+)?(?:from|to|for)\s+(?:the\s+)?$`, 'i');
// "and 13.5 pct. from Sweden": the next part, its verb left out.
export const ELIDED_MOVE_AFTER = /^\s*(?:from|to)\s+(?:the\s+)?$/i;
// "Most exports go to Denmark for onward sale: 86.9 pct.": a flow said to go to (come from) a place, then its part after a colon.
const FLOW_MOVES_THEN_COLON = /\b(?:exports|imports|shipments|purchases|sales|re-?exports)\s+(?:go|goes|went|come|comes|came)\s+(?:to|from)\s+[^:.;\d]{2,60}:\s*$/i;

/**
 * Parts of a flow sized by where they went or came from, with no share word: "Of imports, 58.3 pct. came from Denmark and
 * 13.5 pct. from Sweden", "45% of which went to the European Union", "Most exports go to Denmark for onward sale: 86.9 pct.".
 */
function movedPartShare(s: string, f: Figure, places: PlaceMention[]): boolean {
  const placeAt = (at: number, gap: RegExp) => places.some((p) => p.role !== 'locator' && p.start >= at && p.start - at <= 80 && gap.test(s.slice(at, p.start)));
  if (placeAt(f.end, MOVED_TO_PLACE_AFTER)) return true;
  if (placeAt(f.end, ELIDED_MOVE_AFTER) && /\band\s+$/i.test(s.slice(Math.max(0, f.start - 6), f.start))) {
    return [...s.slice(0, f.start).matchAll(/\d\s*(?:%|percent|per\s+cent|pct\.?)/gi)].some((m) => placeAt(m.index + m[0].length, MOVED_TO_PLACE_AFTER));
  }
  return FLOW_MOVES_THEN_COLON.test(s.slice(Math.max(0, f.start - 90), f.start)) && places.some((p) => p.role !== 'locator' && p.end <= f.start && f.start - p.end <= 60) && CLAUSE_END_AFTER.test(s.slice(f.end, f.end + 8));
}

// "Main trading partners (exports): Switzerland 47.9%, ...": a line headed by the partners it lists, before a colon.
// (a245) A graphic's description heads it the same way: "On the left, a donut chart of trading partners: RCEP members 38.2%, ...",
// "A pie chart showing main export markets: ...", "The bar graph of top suppliers: ...".
const PARTNER_LIST_HEAD = /^\s*(?:(?:On|At|In)\s+the\s+(?:left|right|top|bottom|cent(?:re|er)|middle)\s*,\s*)?(?:(?:an?|the)\s+)?(?:(?:donut|doughnut|pie|bar|ring|column)\s+)?(?:chart|graph|graphic|diagram)\s+(?:of|showing|shows|with)\s+(?:(?:the|its)\s+)?(?:[\w'’-]+\s+){0,3}?(?:partners|destinations|markets|suppliers|origins|sources|buyers|customers)\b[^:\n]{0,30}:|^\s*(?:[\w'’-]+\s+){0,3}?(?:partners|destinations|markets|suppliers|origins|sources|buyers|customers)\b[^:\n]{0,30}:/i;
// "Imports: United States 38.2%, the Netherlands 18.9%" (under a heading "Main trading partners"): a line headed by a flow
// alone whose colon leads straight into a place; its unsigned percentages after places are their shares.
const FLOW_PARTNER_LIST_HEAD = /^\s*(?:imports|exports)\s*:\s*(?:the\s+)?[A-Z]/i;
// "Belgium is the first supplier (31.4%)", "New Zealand was the main source of imports (30.2%)": a rank, then the size in brackets.
const RANK_BRACKET_BEFORE = /\b(?:first|largest|biggest|main|leading|top|principal|(?:second|third)(?:[- ](?:largest|biggest))?)\s+(?:source|supplier|destination|market|buyer|customer|partner|origin)(?:\s+of\s+(?:[\w'-]+\s+){0,3}?(?:imports|exports|purchases|sales|supplies))?\s*\(\s*$/i;
// "The largest export group was "Base metals and articles thereof" with 26.3%": goods ranked first, then their size.
const RANKED_GOODS_WITH_BEFORE = /\b(?:largest|biggest|main|leading|top|principal)\s+(?:(?:export|import)\s+)?(?:group|product|item|section|category|commodity|chapter)\s+(?:was|were|is|are)\s+(?:[^.;()]|\.(?=\d)){1,80}?\s+with\s+$/i;
// "followed by "Plastics and rubber" with 14.8%": the next in that ranking.
const FOLLOWED_BY_WITH_BEFORE = /\bfollowed\s+by\s+(?:[^.;()]|\.(?=\d)){1,60}?\s+with\s+$/i;

/**
 * Shares named with no share word after the partner or goods they size: "Main trading partners (exports): Switzerland
 * 47.9%, United Arab Emirates 18.3%"; "Europe absorbed 41,7% of exports, the ECOWAS zone 24,2% and Asia 15,8%" (after a
 * share of the whole); "of which 26.1% for Germany" (a share of the whole before); "Belgium is the first supplier
 * (31.4%)"; "The largest export group was X with 26.3%, followed by Y with 14.8%".
 */
function namedShareList(s: string, f: Figure, places: PlaceMention[], before: string, bare: boolean): boolean {
  if (bare && RANK_BRACKET_BEFORE.test(before)) return true;
  const wider = s.slice(Math.max(0, f.start - 140), f.start);
  if (RANKED_GOODS_WITH_BEFORE.test(wider)) return true;
  if (FOLLOWED_BY_WITH_BEFORE.test(wider) && [...s.slice(0, f.start).matchAll(/\d(?=\s*%)/g)].some((m) => RANKED_GOODS_WITH_BEFORE.test(s.slice(Math.max(0, m.index - 140), m.index)))) return true;
  const itemEnds = /^\s*(?:[,;.]|$|and\b)/.test(s.slice(f.end, f.end + 6));
  const placeRightBefore = places.some((p) => p.role !== 'locator' && p.end <= f.start && /^\s+(?:(?:zone|region|area|bloc|countries)\s+)?$/i.test(s.slice(p.end, f.start)));
  if (placeRightBefore && itemEnds && (PARTNER_LIST_HEAD.test(s) || (!f.sign && FLOW_PARTNER_LIST_HEAD.test(s)) || shareOfWholeBefore(s, f.start))) return true;
  const placeAfter = places.some((p) => p.role !== 'locator' && p.start >= f.end && /^\s+(?:for|to|from)\s+(?:the\s+)?$/i.test(s.slice(f.end, p.start)));
  return placeAfter && shareOfWholeBefore(s, f.start);
}

// "The first-quarter structure of goods: processed industrial products 88.7%, fuels and minerals 1.4%, ...", "Composition of
// imports - machinery 41.2%; chemicals 12.6%", "Export mix by product: ...": a list opened by a noun of how a whole is made up
// sizes each item as its part of that whole (the percentage closes its item).
const COMPOSITION_HEAD = /\b(?:structure|composition|breakdown|make-?up|mix)\b[^:.;\d]{0,60}(?::|\s[-–—])\s/i;
const COMPOSITION_WORDS = keywords(['structure', 'composition', 'breakdown', 'makeup', 'make', 'mix'], COMPOSITION_HEAD);
const ITEM_CLOSES = /^\s*(?:[,;.]|[-–—]\s|$|and\b)/;

/** An unsigned percentage closing an item of a composition list after its head ("... structure of goods: fuels 1.4%, ..."). */
function compositionItem(s: string, f: Figure): boolean {
  if (f.sign || !mentions(s, COMPOSITION_WORDS, 0, f.start) || !ITEM_CLOSES.test(s.slice(f.end, f.end + 4))) return false;
  const head = [...s.slice(0, f.start).matchAll(new RegExp(COMPOSITION_HEAD.source, 'gi'))].at(-1);
  return head !== undefined && /^(?:\s*[A-Za-z][A-Za-z\s'’&-]{0,60}?\s+\d[\d.,]*\s*%\s*[,;]?\s*(?:and\s+)?)*[A-Za-z][A-Za-z\s'’&-]{0,60}?\s*$/.test(s.slice(head.index + head[0].length, f.start));
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
  // "South Africa was the largest source of imports at 38.9%": a rank among partners, then its size.
  if (RANK_AT_BEFORE.test(before)) return { role: 'share', direction: 0, yoy: false };
  // "capital goods (20.4% of the total), food, beverages and tobacco (18.7%) and chemical products (16.2%)": bare
  // percentages in brackets listed after a bracketed share of the total are shares too.
  const bare = closesBracketAt(s, f.end, 3) && /\(\s*$/.test(before);
  if (bare && BRACKETED_SHARE.test(s.slice(0, f.start))) return { role: 'share', direction: 0, yoy: false };
  // "China was the origin of 26.4% of imports, the United States of 24.1%": the list goes on with its verb left out.
  // ("Japan followed on 9.8 per cent, the United States on 7.6 per cent": so after the next in a ranking.)
  if (partnerBefore(/^\s+(?:of|with|at|on)\s+$/) && CLAUSE_END_AFTER.test(s.slice(f.end, f.end + 8)) && (shareOfWholeBefore(s, f.start) || followedShareBefore(s, f.start))) return { role: 'share', direction: 0, yoy: false };
  // "toys were 54.5 percent of the district's exports, machinery 31.2 percent and textiles 4.8 percent": goods listed after
  // a share of the whole, each with a bare percentage closing its item, are its parts with the verb and the whole left out.
  if (elidedShareItem(s, f, before)) return { role: 'share', direction: 0, yoy: false };
  // "Central America was the second market at 18.7%, followed by the European Union with 16.2%": after a ranked
  // share, the partner that follows with a percentage follows with its share.
  if (partnerBefore(/^\s+with\s+$/) && FOLLOWED_BY_BEFORE.test(before) && rankedShareBefore(s, f.start)) return { role: 'share', direction: 0, yoy: false };
  if (rankedOrPartShare(s, f, before, bare) || namedShareList(s, f, places, before, bare)) return { role: 'share', direction: 0, yoy: false };
  if (compositionItem(s, f)) return { role: 'share', direction: 0, yoy: false };
  if (partAmountShare(s, f, places, before)) return { role: 'share', direction: 0, yoy: false };
  if (movedPartShare(s, f, places)) return { role: 'share', direction: 0, yoy: false };
  // "exported goods mainly to Spain (₦2.87trn, 11.72 percent)": a partner's amount and an unsigned percentage closing
  // one bracket are its amount and its share, with no share word needed.
  if (closesBracketAt(s, f.end, 3) && partnerBefore(PARTNER_BRACKET_AMOUNT_GAP)) return { role: 'share', direction: 0, yoy: false };
  // "The UAE and India followed as export destinations, with 10.8 percent and 9.6 percent, respectively": partners ranked
  // after the one before, as destinations or sources, with their percentages in order.
  if (s.includes('respectively', f.end) && partnerBefore(FOLLOWED_AS_RANK_GAP)) return { role: 'share', direction: 0, yoy: false };
  // A sentence that speaks of shares: a share word, or a percentage of a whole stated before ("44.3 percent of total exports").
  if (!SHARE_WORD.test(s.slice(Math.max(0, f.start - 300), f.start)) && !shareOfWholeBefore(s, f.start)) return null;
  // "Gold accounted for 7.4 billion dollars of exports, or 32.0 percent": the amount, then its share.
  if (AMOUNT_THEN_SHARE_BEFORE.test(before)) return { role: 'share', direction: 0, yoy: false };
  // "the share of China in the turnover amounted to 31.6%, of the European Union – 9.6%, of the CIS states – 11.3%": in a
  // sentence of shares, an unsigned percentage set off by a dash from the partner before it is that partner's share.
  if (partnerBefore(/^\s*[–—-]\s*$/) && (CLAUSE_END_AFTER.test(s.slice(f.end, f.end + 8)) || NEXT_OF_ITEM_AFTER.test(s.slice(f.end, f.end + 8)))) return { role: 'share', direction: 0, yoy: false };
  // "..., accounting for 87.9%; the group of agro-forestry products at US$33.6 billion, 7.5%": a list of shares going
  // on with an item's amount, a comma and its bare percentage closing the item.
  if (AMOUNT_COMMA_BEFORE.test(before) && /^\s*(?:[;.]|$|,?\s+and\b)/.test(s.slice(f.end, f.end + 8))) return { role: 'share', direction: 0, yoy: false };
  // "with Russia – $17.2 billion (18.2%)": the amount then its share.
  if (/\)/.test(s.slice(f.end, f.end + 3)) && /\d[^()\d]{0,20}\(\s*$/.test(before) && partnerBefore(/^[\s,:–—-]*(?:US)?[$€£¥]?\s*[\d.,]+\s*[\w. ]{0,20}\(\s*$/)) return { role: 'share', direction: 0, yoy: false };
  // "followed by Russia with 17.9%"; "Brazil's share ... was 71.4%, with the United States at 19.6%": the next partner's share.
  if (partnerBefore(/^\s+with\s+$/) || (partnerBefore(/^\s+(?:alone\s+)?at\s+$/) && WITH_PARTNER_AT_BEFORE.test(before) && CLAUSE_END_AFTER.test(s.slice(f.end, f.end + 8)))) return { role: 'share', direction: 0, yoy: false };
  // "South Korea and Japan followed with 9.8% and 4.1%, respectively": partners listed, then their shares in order.
  if (/\brespectively\b/i.test(s.slice(f.end)) && partnerBefore(/^\s+(?:followed|came\s+next|ranked\s+next)\s+with\s+(?:[\d.]+\s?(?:%|percent)(?:,\s*|\s+and\s+))*$/i)) return { role: 'share', direction: 0, yoy: false };
  return null;
}

const FOLLOWED_AS_RANK_GAP = /^\s+(?:followed|came\s+next|ranked\s+next)\s+as\s+(?:[\w-]+\s+){0,2}(?:destinations?|markets?|suppliers?|sources?|partners?|buyers?|customers?)\s*,?\s+with\s+(?:[\d.]+\s?(?:%|percent|per\s?cent)(?:,\s*|\s+and\s+))*$/i;

// A month-on-month basis named in a change's own words, and the clause of a second flow after it ("..., while imports dropped").
// "fell 3.4% from August" (a month with no year, not opening a span "from January to October") is the month before too.
const MONTH_ON_MONTH = /\b(?:month[- ](?:on|to|over)[- ]month|on\s+(?:the\s+)?month|over\s+the\s+(?:month|quarter)(?!\s+of\b)|m\/m|(?:from|over)\s+the\s+(?:previous|preceding|prior)\s+month|from\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*(?:,?\s*(?:19|20)\d\d|(?:to|through|until|[-–])\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)))/i;
// Between a change and a month-on-month aside on the amount it leads into: "% from a year earlier to ¥8,752.8 billion, a ".
const ASIDE_AFTER_LEVEL = /^[^.;%]{0,60}?\bto\s+(?:[^\s\d]{0,4}\s?)?\d[\d.,]*(?:\s*[A-Za-z$]+){0,3}\s*[,(]\s*(?:(?:up|down|or|an?)\s+)?$/i;
// Between two changes of one flow: "percent year on year but down ".
const SIDE_BY_SIDE_CHANGES = /^[^.;\d]{0,60}$/;
const PAIRED_FLOW_CLAUSE = /^(?:[^.;]|\.(?=\d)){0,80}?,?\s+(?:while|whereas|and)\s+(?:[\w-]+\s+){0,3}?(?:imports?|exports?|shipments|purchases)\b(?:[^.;]|\.(?=\d)){0,40}$/i;
// "fell 2.9% on the month to £29.8 billion, led by a 9.6% drop in exports to the United States": the part that led the
// change is measured on the same basis (and so is the clause of a second flow after it).
const PART_LEADING_CLAUSE = /^(?:[^.;]|\.(?=\d)){0,60}?,\s+(?:led|driven|dragged(?:\s+down)?|pulled(?:\s+down)?|weighed\s+down)\s+by\s+(?:an?\s+)?$/i;

/**
 * "Goods exports rose 2.4% on the month to £31.6 billion, while imports dropped 3.1% to £50.9 billion":
 * the second change of a pair shares the month-on-month basis the first one names (or shares), unless it names its own.
 * So does the second change after one set against another period that is not the year before (`otherBase`: "exports
 * were 3.1% higher than in April–June 2026, while imports were 1.2% lower"; period-choice.ts settles those).
 */
export function shareMonthOnMonthBasis(s: string, readings: Reading[], otherBase: ReadonlySet<Reading> = new Set()): void {
  const changes = readings.filter((r) => r.role === 'growth');
  const shared = new Set<Reading>();
  for (let i = 1; i < changes.length; i++) {
    const [first, second] = [changes[i - 1], changes[i]];
    if (first.yoy || !second.yoy || !(shared.has(first) || otherBase.has(first) || MONTH_ON_MONTH.test(ownWordsAround(s, first.figure)))) continue;
    // "up 32.0 percent year on year but down 2.2 percent from June, while imports rose 39.9 percent": a first flow given
    // both bases, the year-on-year one first, sets no month-on-month basis for the second.
    const prior = changes[i - 2];
    // So does a first flow whose month-on-month change is an aside on the amount its year-on-year change leads into ("rose 19%
    // from a year earlier to ¥8.75 trillion, a 4.6% increase from June, and imports climbed 47.2%").
    if (prior?.yoy && !shared.has(prior) && (SIDE_BY_SIDE_CHANGES.test(s.slice(prior.figure.end, first.figure.start)) || ASIDE_AFTER_LEVEL.test(s.slice(prior.figure.end, first.figure.start)))) continue;
    const gap = s.slice(first.figure.end, second.figure.start);
    if ((PAIRED_FLOW_CLAUSE.test(gap) || PART_LEADING_CLAUSE.test(gap)) && !YOY_MARKER.test(ownWordsAround(s, second.figure))) (second.yoy = false), shared.add(second);
  }
}
