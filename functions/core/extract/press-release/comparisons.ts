/**
 * Earlier levels stated as comparison bases: "up from 4,659 tonnes a year earlier", "compared with
 * $3.1 billion in December", "from November's 2,949.6 tonnes", "against the year-before deficit of
 * ¥750.9 billion". Each is a figure of its own earlier period, with no year-on-year change
 * (tests/corpus/press-release/README.md). A base whose period the text does not give is no figure.
 */
import { MONTH_BEFORE, MONTH_WORDS, monthNumber, PASSED_AMOUNT_DOER, PASSED_AMOUNT_PARTICLE, PASSED_AMOUNT_VERB, ym, type PeriodMention } from './periods.js';
import { isDigitAt } from './chars.js';
import { keywords, mentions } from './keywords.js';
import { FALL_PARTICIPLE, RISE_PARTICIPLE } from './change-verbs.js';

/** Where the earlier level's period comes from. */
export type EarlierPeriod =
  | { kind: 'stated'; start: string; end: string }
  | { kind: 'year-before' }
  | { kind: 'month'; month: number }
  /** "a month earlier", "the previous month (491,3 billion)": the month before the figure's own month. */
  | { kind: 'month-before' }
  /** "last year's full-year total of 960,000 TEUs": the whole calendar year before the figure's. */
  | { kind: 'whole-year-before' }
  /** "the same period of 2024", "the same period of FY26": the figure's own months, in that (fiscal) year. */
  | { kind: 'same-period'; year: number; within?: { start: string; end: string } };

interface ComparisonRule {
  name: string;
  /** Phrases it reads (the amount is the base). */
  examples: string[];
  /** Tested on the text right before the amount. */
  before: RegExp;
  /** Tested on the text right after the amount; optional. */
  after?: RegExp;
  /** `gap`: the text between the amount and its stated period. */
  period: (m: { before: RegExpExecArray; after: RegExpExecArray | null; stated: PeriodMention | undefined; gap: string; text: string }) => EarlierPeriod | null;
}

// A comparison word right before the amount, with an optional noun phrase between ("a surplus of", "a shortfall of")
// and an optional sign ("compared with +€5.1 bn in June 2025"). "after" is Destatis's and French customs'
// word for the month before ("a surplus of €16.3 billion, after €18.6 billion in August").
// "5.3% above the 46.6 mil mt received in May 2025": a percentage past or short of the amount compares with it ("up 4.9% over
// USD 34.72 billion in October 2025": so does one taken over it).
// "compared with just 212,000 tonnes in the same period of 2025": a word belittling the base is no hedge.
// "Set beside 11.2 million tonnes in May last year", "next to ...", "alongside ...", "relative to ...": other words of
// setting an amount beside the figure compare with it as "compared with" does.
// "a surplus of $32.67 billion, far above the $5.4 billion recorded in February": a level set well past a dated amount compares with it.
// The base may be named as a balance with its sign or kind: "compared with a positive balance of", "against a trade surplus of",
// "versus a negative trade balance of".
// (a244) The base may be named as revised, and "following" compares as "after" does: "after a revised surplus of $0.51 billion
// in January", "following an upwardly revised deficit of", "compared with a revised level of": the month dates the base only,
// so a figure before it keeps the period its sentence gave it ("in February, posting a shortfall of $1.39 billion after ...").
// A noun naming the amount as the base does the same: "with a year-earlier comparison of", "against a base of".
// (a228) A peak the figure came down from, or a low it climbed from, is such an earlier level: "after peaking at 112.4 million
// tonnes in 2015", "having peaked at", "since hitting a record 9.8 million tonnes in May", "after reaching an all-time high of",
// "down from a peak of", "off the 2019 high", "following a record low of"; its date is the peak's, not the figure's.
// (a242: "three times as much as the one point one billion we shipped here in the same twelve months of 2022", "half as many
// as the 40,000 units sold a year earlier": the amount a multiple is "as much as" is a base as after "double the".)
const BASE_WORD = /(?:\b(?:from|(?:after|since|having|following)\s+(?:peak(?:ing|ed)|hitting|hit|reach(?:ing|ed)|touch(?:ing|ed)|bottom(?:ing|ed)\s+out)(?:\s+at)?|(?:following|off)(?=\s+(?:the|a|an|its|their)\s+(?:(?:all-time|record|previous|earlier)\s+)?(?:peak|high|low|record)\b)|(?:comparison|comparator|base|baseline|benchmark)(?:\s+(?:figure|level|total))?\s+of|(?:far|well|way|much|slightly|just|marginally|a\s+little|somewhat)\s+(?:above|below)(?=\s+the\s)|compar(?:ed|es?)\s+(?:with|to)|(?:improvement|deterioration|advance|gain|rise|increase|decrease|decline|drop|fall|reduction)\s+(?:on|over)|revers(?:ing|ed)|in\s+comparison\s+with|(?:set\s+|put\s+|placed\s+|measured\s+)?(?:beside|alongside|next\s+to)|relative\s+to|versus|vs\.?|against|than|after|following|previous\s+(?:record|high|peak)\s+of|(?:half|a\s+third|a\s+quarter|twice|double|triple)\s+of(?=\s+(?:its|their)\b)|(?:doubling|tripling|halving|double|twice|triple|as\s+(?:much|many)\s+as)(?=\s+the\s)|(?:half|twice|thrice|(?:\d+(?:\.\d+)?|two|three|four|five)\s+times)\s+as\s+(?:much|many)\s+as(?=\s+the\s))|(?:%|\bper\s?cent|\bpercent|\bpct|\bpc)\s+(?:above|below|under|over|short\s+of|ahead\s+of))\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:(?:positive|negative|favou?rable|unfavou?rable|adverse|trade|external|merchandise|(?:(?:upwardly|downwardly|slightly)\s+)?revised)\s+){0,2}(?:surplus|deficit|shortfall|gap|balance|level|total|figure|record|(?:(?:all-time|record|previous|earlier)\s+)?(?:peak|high|low)|(?:(?:upwardly|downwardly)\s+)?revised)\s+(?:of\s+)?)?(?:(?:about|around|roughly|approximately|almost|nearly|some|over|more\s+than|just|only|merely|a\s+mere)\s+)?[+-]?$/i;
// (a236) "is an improvement on the R61.64 billion deficit for the comparable period in 2014", "a deterioration on the surplus of
// $2.1 billion in March", "a 4% rise over the 3.1 million tonnes shipped in 2023": a noun of change with "on" or "over" measures
// from the amount after it, as "compared with" does ("from" is a base word already: "a decline from").
// "the year-before deficit of", "last year's", "a year-earlier".
const YEAR_BEFORE_BEFORE = /\b(?:(?:the\s+|a\s+)?year[- ](?:before|earlier|ago)|last\s+year's|the\s+previous\s+year's|(?:the\s+)?same\s+(?:month|period)\s+last\s+year's?)\s+(?:(?:surplus|deficit|level|total|figure)\s+(?:of\s+)?)?$/i;
// "last year's full-year total of", "the previous year's annual volume of": the whole year before, not its same months.
const WHOLE_YEAR_BEFORE_BEFORE = /\b(?:last\s+year's|the\s+previous\s+year's)\s+(?:full[- ]year|whole[- ]year|annual|entire)\s+(?:total|volume|level|figure|tally|throughput)\s+of\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?$/i;
// "a year earlier", "a year ago", "the previous year", "in the same month last year", "in the corresponding period a year
// earlier", "at the same point of last
// season" (a crop's season is a year long: its same point is a year before), "at the same point a year ago", "obtained in the
// same quarter of the previous fiscal year", "the high set a year earlier", "the 4.46 million tons shipped a year
// earlier" (the commodity desks' verb of the goods moved), "nearly doubling the 78 of the previous year"; "smaller than the
// $4.81-billion gap posted a year earlier": the balance's noun may follow its amount; "in the previous financial year" after
// a fiscal year's amount is the fiscal year before ("the preceding fiscal year", "the same month of the preceding year" too).
// The same span may be counted in months ("in the same nine months a year before", "the corresponding ten-month period of the
// previous year", "the same months a year earlier"), in a fiscal year's release as in a calendar one.
const YEAR_BEFORE_AFTER = /^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:in\s+)?(?:trade\s+)?(?:surplus|deficit|shortfall|gap)\s+|(?:market\s+)?share\s+)?(?:(?:obtained|recorded|registered|posted|reported|earned|logged|set|seen|reached|shipped|imported|exported|landed|delivered|received|bought|sold|purchased)\s+(?:in\s+(?=over\s))?)?(?:(?:in|during|at|by|of|over)\s+)?(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+(?:(?:fiscal|financial)\s+)?year|the\s+year\s+before|the\s+year[- ](?:earlier|ago|before)\s+(?:period|month|quarter|months)|(?:the\s+)?(?:same|corresponding|comparable)\s+(?:month|period|time|quarter|half|point|stage|(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]months?(?:[- ]period)?|months|weeks))\s+(?:of\s+|in\s+)?(?:last|the\s+(?:previous|preceding))\s+(?:(?:(?:fiscal|financial)\s+)?year|(?:marketing\s+)?season|campaign)|(?:the\s+)?(?:same|corresponding|comparable)\s+(?:month|period|time|quarter|half|point|stage|(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]months?(?:[- ]period)?|months|weeks))\s+(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:as\s+of|by)\s+the\s+same\s+date\s+(?:last\s+year|a\s+year\s+(?:earlier|ago))|last\s+year)\b/i;
// "slightly below the 971.5 million tonnes shipped in over the same period last year" (an amount a level stayed just
// under), "up from 3.66 million tonnes in the year-earlier period": the same span a year before.
// "a $0.52 billion shortfall in the same period last year": an amount dated a year before by the words
// after it, with no comparison word before it, is a level of that earlier period.
const LEVEL_OF_YEAR_BEFORE_AFTER = /^\s*(?:(?:trade\s+)?(?:surplus|deficit|shortfall|gap)\s+)?(?:in|during)\s+(?:the\s+)?same\s+(?:month|period|quarter|time)\s+(?:(?:of|in)\s+)?(?:last|the\s+previous|(?:a|one)\s+year\s+(?:earlier|ago|before))\b(?:\s+year)?(?=\s*(?:[.;,]|$))/i;
// "The service ran 1,925 trains in the same period of 2023.": an amount dated, by the words closing its clause, the same
// months of a named year is a level of those months in that year ("imported 3.1 billion yuan of fruit during the
// corresponding period of 2024": the goods the amount is "of" may come between). Any word of the same span and any count of
// its months: "in the same ten months of 2024", "in the matching half of 2021", "during the like 9-month period of 2023".
const LEVEL_OF_SAME_PERIOD_OF_YEAR_AFTER = /^\s*(?:(?:trade\s+)?(?:surplus|deficit|shortfall|gap)\s+|of\s+(?:[a-z][\w-]*\s+){1,3}?)?(?:in|during)\s+the\s+(?:same|corresponding|comparable|similar|matching|equivalent|like)\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ])?(?:months?|period|quarter|half|time)\s+(?:of|in)\s+((?:19|20)\d{2})(?=\s*(?:[.;,]|$))/i;
// "The deficit in the same month last year was $4.81 billion", "Exports a year earlier were ...", "the year-earlier surplus
// stood at ...", "imports in the corresponding period of 2025 totalled ...", "exports in the same period of the last fiscal
// year were ...": a subject dated a year before (or in the same months of a named year), then its verb: the amount is that
// period's level.
const SUBJECT_NOUN = String.raw`(?:trade\s+)?(?:deficit|surplus|balance|gap|shortfall|exports|imports|trade|turnover|figure|total)`;
const SUBJECT_VERB = String.raw`\s+(?:was|were|stood\s+at|came\s+to|amounted\s+to|totall?ed|reached)\s+(?:(?:about|around|nearly|some|just)\s+)?[+-]?(?:[A-Z]{0,3}\$\s?|[€£¥]\s?)?$`;
const SUBJECT_OF_YEAR_BEFORE = new RegExp(String.raw`(?:\b${SUBJECT_NOUN}\s+(?:(?:in|for|during)\s+the\s+(?:same|corresponding|comparable)\s+(?:month|months|period|quarter)\s+(?:(?:of|in)\s+)?(?:(?:last|the\s+(?:previous|prior|preceding|last))\s+(?:(?:fiscal|financial)\s+)?year|a\s+year\s+(?:earlier|ago|before)|((?:19|20)\d\d))|(?:a|one)\s+year\s+(?:earlier|ago|before))|\bthe\s+year[- ](?:earlier|ago|before)\s+${SUBJECT_NOUN})${SUBJECT_VERB}`, 'i');
// "in the same period of 2024": the period named is a year, the span is the figure's own.
// "as of the same date last year": a running total's base, the same span a year before.
// "in the same 20 days last year", "the same ten-day period": the part of a month a Korean or Japanese release reports on.
const RELATIVE_YEAR = /^(?:last|the\s+previous|the\s+prior|the\s+preceding|previous|prior|preceding)\s+(?:(?:fiscal|financial)\s+)?year$/i;
// Any word of the same span, any count of its months, a half too: "the same ten months of 2024", "the matching half of 2021".
const SAME_PERIOD = /\b(?:same|corresponding|comparable|similar|matching|equivalent|like)\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ])?(?:period|months?|quarter|half|time|date|(?:\d{1,2}|ten|twenty)[- ]days?)\b/i;
// "November's 2,949.60 tonnes", "from September's revised surplus of $5,974m", "from Nov's 2,949.60 tonnes" (wires abbreviate);
// "from September 2025's deficit of $4.81 billion": the month's year may stand before the possessive.
const MONTH_POSSESSIVE = new RegExp(String.raw`\b(${MONTH_WORDS})(?:\s+((?:19|20)\d\d))?['’]s\s+(?:(?:revised|preliminary|upwardly\s+revised|downwardly\s+revised)\s+)?(?:(?:surplus|deficit|gap|shortfall|level|total|figure)\s+(?:of\s+)?)?$`, 'i');
// "down 4.9% from July's all-time high of 51.29 million tonnes", "below March's record of 9.8 million tonnes": a month's record,
// high or low that a comparison word measures against is that month's level (the record words only after such a word:
// "July's record of ..." opening a sentence may be the figure itself).
const MONTH_PEAK_BASE = new RegExp(String.raw`\b(?:from|than|below|above|under|off|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:the\s+)?(${MONTH_WORDS})(?:\s+((?:19|20)\d\d))?['’]s\s+(?:(?:all-time|record|previous|multi-year|\d+-(?:month|year))\s+)?(?:record|high|peak|low)\s+(?:of\s+)?(?:(?:about|around|nearly|some)\s+)?$`, 'i');
// "more than double the September volume of 582,000 tonnes": a multiple or a passing word measured against a month's amount.
// "from 2024's $994.2 billion", "passed the 2010 full-year figure of", "nearly triple the 2020 figure of": a calendar year
// written before the base's amount (as its possessive, or before the noun the amount is "of") dates that base.
// ("21.1% above the 2020 surplus of USD50.4bn": a balance noun names the base's amount as well.)
const YEAR_NAMED_BASE = /\b(?:from|than|compared\s+(?:with|to)|against|versus|vs\.?|over|above|below|pass(?:ed|ing|es)?|surpass(?:ed|ing|es)?|exceed(?:ed|ing|s)?|top(?:ped|ping|s)?|beat(?:ing|s)?|double|doubling|triple|tripling|twice|half|halving)\s+(?:the\s+)?((?:19|20)\d{2})(?:['’]s\s+|\s+(?:(?:full[- ]year|whole[- ]year|annual|calendar[- ]year)\s+)?(?:figure|total|level|value|volume|amount|tally|throughput|surplus|deficit|shortfall)\s+of\s+)(?:(?:about|around|nearly|some|just|only)\s+)?[+-]?(?:(?:US|U\.S\.)?[$€£¥]\s?)?$/i;
// (a236) "$1.5 billion less than March exports of $152.0 billion", "down from February imports of $191.9 billion", "compared
// with the March 2010 deficit of $39.9 billion", "against May shipments of 2.1 million tonnes": a comparison word, then a
// month (its year or not) before a flow or balance noun the amount is "of", dates the amount to that month. (a241: a flow's
// noun of money or goods after its adjective, "compared with April export sales of $56.26 billion", "against March import
// bills of", "from February outbound shipments of", "above January export earnings of".)
const MONTH_MEASURED_AGAINST = new RegExp(String.raw`\b(?:double|doubled|triple|tripled|twice|thrice|half|halved|above|below|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|top(?:ped|ping|s)?|than|from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+)?(${MONTH_WORDS})(?:\s+((?:19|20)\d\d))?\s+(?:(?:export|import|outbound|inbound|overseas|foreign)\s+(?:sales|earnings|receipts|shipments|volumes?|values?|revenues?|purchases|bills?)|volume|level|figure|total|tally|tonnage|amount|exports|imports|shipments|arrivals|deliveries|purchases|sales|surplus|deficit|trade\s+(?:surplus|deficit|gap|balance)|turnover)\s+of\s+$`, 'i');

// "In the same period last year, exports stood at $10.37 billion", "During the same months of the previous
// FY, ...": a sentence opened by the same period a year before states that period's levels ("In the same eight months a
// year before, ...", "Over the corresponding two quarters of the previous year, ...": the span may be counted; a174).
// "A year ago, in the same quarter, imports were ...": the year before said first, the same span after it; "A year
// earlier the figure stood at $3,874.0 mln": the year before, then a subject pointing back at the figure; "A year earlier,
// China took 2.03 million cubic metres": the year before set apart by its comma, then any subject. "In the same period last
// year it had amounted to ...": with no comma, a pronoun or a trade noun right after the opening starts its clause.
// ("A year earlier the hub had handled 82,300 TEU", "Twelve months before, ...", "One year ago the port's yards cleared ...": with
// no comma, any subject of "the" or a possessive and its verb; a137.)
const OPENING_YEAR_BEFORE = /^\s*(?:(?:In|During|For|Over)\s+the\s+(?:same|corresponding|comparable|similar)\s+(?:period|(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ])?(?:months?|quarters?)|half|time)\s+(?:(?:of|in)\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding|last)\s+(?:(?:fiscal|financial)\s+year|year|FY))|A\s+year\s+(?:ago|earlier|before)\s*,\s*(?:in|during|for|over)\s+the\s+(?:same|corresponding|comparable|similar)\s+(?:period|months?|quarter|half|time))(?:\s*,|\s+(?=(?:it|they|the|exports|imports|trade|turnover)\b))|^\s*(?:(?:A|One)\s+year|Twelve\s+months)\s+(?:ago|earlier|before)\s*(?:,|(?=\s+(?:the\s+(?:figure|total|turnover|volume|amount)|it|they)\s)|(?=\s+(?:the|its|their)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s+(?:had|has|was|were|stood|handled|ran|sent|dispatched|shipped|carried|exported|imported|cleared|recorded|saw|came|reached|totall?ed|amounted)\b))/i;

// "In the same period of 2025, it was X", "(in the same period of 2025 it was X)": a sentence or a bracket opened by
// the same period of a named year, then its subject (a comma, or a pronoun or noun right after the year).
const OPENING_SAME_PERIOD_OF_YEAR = /^\s*(?:in|during|for|over)\s+the\s+(?:same|corresponding|comparable|similar)\s+(?:period|months?|quarter|half)\s+(?:of|in)\s+((?:19|20)\d{2})(?:\s*,|\s+(?=(?:it|they|this|that|the|exports|imports|trade|turnover)\b))/i;
// Words every same-period expression has (OPENING_SAME_PERIOD_OF_YEAR, SAME_PERIOD): most windows have none and are not scanned.
const SAME_WORDS = keywords(['same', 'corresponding', 'comparable', 'similar', 'matching', 'equivalent', 'like'], OPENING_SAME_PERIOD_OF_YEAR, SAME_PERIOD);

// "(the same period last year recorded a trade surplus of US$22.03 billion)": a bracket opened by the same period a
// year before, then its verb or a comma, states that period's level.
const BRACKET_OPENING_YEAR_BEFORE = /^\s*(?:(?:in|during|for)\s+)?the\s+(?:same|corresponding|comparable)\s+(?:period|months?|quarter|half)\s+(?:(?:of|in)\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year)(?:\s*,|\s+(?:recorded|registered|posted|saw|showed|had|was|were)\b)/i;

/** True when `at` lies in an open bracket that the same period a year before opens. */
function bracketOpenedByYearBefore(s: string, periods: PeriodMention[], at: number): boolean {
  const bracket = s.lastIndexOf('(', at);
  if (bracket < 0 || s.slice(bracket, at).includes(')')) return false;
  const opening = BRACKET_OPENING_YEAR_BEFORE.exec(s.slice(bracket + 1, at));
  return opening !== null && !periods.some((p) => p.start >= bracket + 1 + opening[0].length && p.end <= at);
}

/**
 * The year of a same-period opening of the sentence, of the open bracket, or of the clause after a semicolon ("...,
 * decreased by 8.7%; in the same period of 2019, the city's foreign trade was 378.5 hundred million yuan"), that holds `at`;
 * null when there is none.
 */
function samePeriodOfYearOpening(s: string, periods: PeriodMention[], at: number): number | null {
  const bracket = s.lastIndexOf('(', at);
  const from = Math.max(bracket >= 0 && !s.slice(bracket, at).includes(')') ? bracket + 1 : 0, s.lastIndexOf(';', at) + 1);
  const opening = mentions(s, SAME_WORDS, from, at) ? OPENING_SAME_PERIOD_OF_YEAR.exec(s.slice(from, at)) : null;
  if (!opening || periods.some((p) => p.start >= from + opening[0].length && p.end <= at)) return null;
  return Number(opening[1]);
}

// "..., whereas in the corresponding period of 2019 a negative balance of PLN 3.8 billion was recorded", "; during the
// same months of 2024, exports totalled", ", while for the comparable quarter of 2025 the surplus stood at": a clause after
// a comma, a semicolon or a contrast word, opened by the same period of a named year, then the words that lead to its
// amount (no figure, no comparison between): the amount is that period's level.
const CLAUSE_SAME_PERIOD_OF_YEAR = /(?:[,;:]\s*|\b(?:whereas|while|whilst|but|meanwhile|by\s+contrast|in\s+contrast|by\s+comparison),?\s+)(?:in|during|for)\s+the\s+(?:same|corresponding|comparable|similar|matching|equivalent|like)\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ])?(?:period|months?|quarter|half)\s+(?:of|in)\s+((?:19|20)\d{2}),?\s+((?:[^\d.;:%()]|\.(?=\d)){1,70})$/i;
const COMPARISON_IN_LEAD = /\b(?:than|from|compared|comparison|against|versus|vs|over|above|below|up|down|rose|fell|grew|increased|decreased|declined)\b/i;

/** The year of a same-period clause opened after a comma or contrast word inside the sentence, leading to the amount at `at`; null when none. */
function samePeriodOfYearClause(s: string, periods: PeriodMention[], at: number): number | null {
  const from = Math.max(0, at - 160);
  if (!mentions(s, SAME_WORDS, from, at)) return null;
  const clause = CLAUSE_SAME_PERIOD_OF_YEAR.exec(s.slice(from, at));
  if (!clause || COMPARISON_IN_LEAD.test(clause[2])) return null;
  const leadStart = at - clause[2].length;
  return periods.some((p) => p.start >= leadStart && p.end <= at) ? null : Number(clause[1]);
}

// "..., 6.3% more than in the same period of 2025, when they totalled ", "Compared to September 2025, when the
// deficit was ": a "when" clause right after a dated base gives that period's level.
// "..., 4.2% more than in the same period a year earlier, whose total was itself revised to ": a "whose" clause likewise.
// "60% below September 2025, when 12,740 tons were shipped", "Compared with October 2025, when a surplus of K4.1 billion
// was recorded": the amount may open the clause, alone or as the balance's "of" amount.
const WHEN_CLAUSE_BEFORE = /,\s*(?:when(?:\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:deficit|surplus|balance|total|value|volume|figure)\s+of)?|when\s+(?:it|they|(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:deficit|surplus|balance|exports|imports|trade|turnover|value|figure|total))\s+(?:had\s+)?(?:totall?ed|amounted\s+to|was|were|stood\s+at|reached|came\s+to|recorded|registered)|whose\s+(?:total|figure|level|value|volume|tally)\s+(?:(?:was|is|has\s+been|had\s+been)\s+(?:(?:itself|since|later|also)\s+)?(?:(?:revised|adjusted)\s+(?:(?:up|down|upward|downward)\s+)?to|put\s+at)|was|stood\s+at|came\s+to|reached))\s+(?:(?:about|around|nearly|some|only|just)\s+)?[+-]?(?:(?:US|U\.S\.)?[$€£¥]\s?|[A-Z]{3}\s)?$/i;
const WHEN_WORDS = keywords(['when', 'whose'], WHEN_CLAUSE_BEFORE);

// The comparison that makes the period a base: "than in the same period of", "Compared to", "from".
const COMPARED_WITH_BEFORE = /\b(?:than|compared\s+(?:with|to)|in\s+comparison\s+with|from|against|versus|vs\.?|over|relative\s+to|below|above|under|behind|ahead\s+of|short\s+of)\s+(?:(?:in|during)\s+)?(?:the\s+)?(?:(?:same|corresponding|comparable|similar)\s+(?:period|months?|quarter|half)\s+)?(?:of\s+|in\s+)?$/i;

// "... 4.2% more than in the same period a year earlier": a base a year before, named without a date.
const YEAR_BEFORE_BASE_BEFORE_COMMA = /\b(?:than|compared\s+(?:with|to)|from|against|over)\s+(?:(?:in|during)\s+)?(?:(?:the\s+)?same\s+(?:period|month|quarter|months)\s+(?:(?:of|in)\s+)?(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+previous\s+year)|a\s+year\s+(?:earlier|ago|before))\s*$/i;

// "the first surplus since 2022, when it stood at $1.2 billion", "the highest level since 2019, when exports reached ...", "a
// gap last seen back in 2015, when the deficit was ...": a date the sentence looks back to, then a "when" clause, gives that
// period's level as a base does.
// ("since 2022" alone is an open span, no period: with the clause it is the year itself.)
const LOOKED_BACK_TO_BEFORE = new RegExp(String.raw`\b(?:since|back\s+in)\s+(?:(${MONTH_WORDS})\.?\s+)?((?:19|20)\d\d)\s*$`, 'i');

/** Whether the amount at `at` has a period of its own right after it in its clause ("..., when it stood at 68.6 billion yuan in the first six months"). */
function datedAfter(s: string, periods: PeriodMention[], at: number): boolean {
  return periods.some((p) => p.periodStart !== '' && p.start > at && p.start - at <= 60 && !/[,;]/.test(s.slice(at, p.start)));
}

/** The year (or month) a "since" or "back in" right before a "when" clause looks back to (LOOKED_BACK_TO_BEFORE), or null. */
function lookedBackTo(before: string): EarlierPeriod | null {
  const m = LOOKED_BACK_TO_BEFORE.exec(before);
  if (!m) return null;
  const month = m[1] ? String(monthNumber(m[1])).padStart(2, '0') : '';
  return { kind: 'stated', start: `${m[2]}-${month || '01'}`, end: `${m[2]}-${month || '12'}` };
}

/** The period of the dated base a "when" clause right before `at` follows; null when there is none. */
function whenClauseBase(s: string, periods: PeriodMention[], at: number): EarlierPeriod | null {
  const when = mentions(s, WHEN_WORDS, at - 90, at) ? WHEN_CLAUSE_BEFORE.exec(s.slice(Math.max(0, at - 90), at)) : null;
  if (!when) return null;
  const comma = at - (when[0].length);
  if (YEAR_BEFORE_BASE_BEFORE_COMMA.test(s.slice(Math.max(0, comma - 80), comma))) return { kind: 'year-before' };
  const base = periods.find((p) => p.periodStart && p.end <= comma && /^\s*$/.test(s.slice(p.end, comma)));
  if (!base) return datedAfter(s, periods, at) ? null : lookedBackTo(s.slice(Math.max(0, comma - 40), comma));
  if (!COMPARED_WITH_BEFORE.test(s.slice(Math.max(0, base.start - 40), base.start))) return null;
  if (SAME_PERIOD.test(s.slice(Math.max(0, base.start - 30), base.start))) return { kind: 'same-period', year: Number(base.periodEnd.slice(0, 4)) };
  return { kind: 'stated', start: base.periodStart, end: base.periodEnd };
}

// "from the August 2026 value of P7,656.7 million": a base's period written before the noun of its amount.
const DATED_BASE_NOUN_GAP = /^\s*(?:value|level|figure|total|amount|volume)\s+of\s+(?:(?:about|around|nearly|some)\s+)?(?:[A-Z]{1,3}\$?\s?|[$€£¥]\s?)?$/;
const BASE_WORD_BEFORE_PERIOD = /\b(?:from|than|against|versus|vs\.?|compared\s+(?:with|to)|in\s+comparison\s+with)\s+(?:the\s+)?$/i;
// A peak, a high, a low or a record a bare year owns, after a word of comparison: "lower than the 2022 peak of 396 billion
// euros", "still below their 2021 high of 250.1 billion euros", "surpassing 2019's record of 4.1 million tonnes", "up from the
// 2020 low of ...", "short of the record 2021 level of": that year's level (a bare year before a noun is no period mention).
const YEAR_OWNED_BASE_BEFORE = /\b(?:from|than|against|versus|vs\.?|compared\s+(?:with|to)|below|above|under|beyond|short\s+of|close\s+to|near(?:ing)?|approach(?:ing|ed|es)?|(?:edg|inch)(?:e|es|ed|ing)\s+towards?|(?:exceed|surpass|eclips|pass|overtak|topp|beat)(?:ed|ing|es|s)?|top|tops)\s+(?:(?:the|its|their|a)\s+)?(?:(?:record|all-time|previous|earlier)\s+)?((?:19|20)\d\d)(?:['’]s)?\s+(?:(?:record|all-time|annual|full-year|trade|goods)\s+)?(?:peak|high|low|record|level|value|figure|total|surplus|deficit|shortfall|balance|exports|imports|shipments|turnover)\s+of\s+(?:(?:about|around|nearly|some|almost)\s+)?(?:[A-Z]{1,3}\$?\s?|[$€£¥]\s?)?$/i;
const YEAR_OWNED_WORDS = keywords(['peak', 'high', 'low', 'record', 'level', 'value', 'figure', 'total', 'surplus', 'deficit', 'shortfall', 'balance', 'exports', 'imports', 'shipments', 'turnover'], YEAR_OWNED_BASE_BEFORE);

/** The period of a base named before its amount's noun ("from the August 2026 value of X"); null when there is none. */
function datedBaseNoun(s: string, periods: PeriodMention[], at: number): EarlierPeriod | null {
  const owned = mentions(s, YEAR_OWNED_WORDS, at - 90, at) ? YEAR_OWNED_BASE_BEFORE.exec(s.slice(Math.max(0, at - 90), at)) : null;
  if (owned) return { kind: 'stated', start: `${owned[1]}-01`, end: `${owned[1]}-12` };
  const base = periods.findLast((p) => p.periodStart && p.end <= at && at - p.end <= 30 && DATED_BASE_NOUN_GAP.test(s.slice(p.end, at)));
  if (!base || !BASE_WORD_BEFORE_PERIOD.test(s.slice(Math.max(0, base.start - 30), base.start))) return null;
  return { kind: 'stated', start: base.periodStart, end: base.periodEnd };
}

/**
 * "In the same period last year, the region's foreign trade had fallen 6.2 percent": a sentence opened by the
 * same period a year before, with no period of its own before `at`, reports on that earlier period.
 */
export function opensWithSamePeriodYearBefore(s: string, periods: PeriodMention[], at: number): boolean {
  const opening = OPENING_YEAR_BEFORE.exec(s);
  return opening !== null && !periods.some((p) => p.start >= opening[0].length && p.end <= at);
}

// "against 96,2 billion FCFA a month earlier", "from $2.1 billion the previous month": an amount dated the month
// before by the words after it ("last month" is the month before publication, not before the figure).
const MONTH_BEFORE_AFTER = new RegExp(String.raw`^\s*(?:(?:obtained|recorded|registered|posted|reported|seen)\s+)?(?:(?:in|during)\s+)?${MONTH_BEFORE}\b`, 'i');
/**
 * The earlier period the words right after a base give without naming it: "a year earlier", "in the same month last year"
 * (the year before), "a month earlier", "the previous month" (the month before); null when they give none.
 */
export function relativeBaseAfter(afterText: string): EarlierPeriod | null {
  if (YEAR_BEFORE_AFTER.test(afterText)) return { kind: 'year-before' };
  if (MONTH_BEFORE_AFTER.test(afterText)) return { kind: 'month-before' };
  return null;
}

// "down 3,8% from the previous month (491,3 billion FCFA)": the amount in brackets after that base is its level.
const MONTH_BEFORE_BRACKETED = /\b(?:from|compared\s+(?:with|to)|than|against|versus|over|on)\s+(?:the\s+)?(?:previous|preceding|prior)\s+month\s*\(\s*$/i;
// "2.7% more than a year earlier (111.6 billion dollars)", "down 4% from the previous year (US$4.2 billion)", "from the same
// period of last year (4.2 billion dollars)": the amount in brackets right after a base a year before is that base's level.
const YEAR_BEFORE_BRACKETED = /\b(?:from|compared\s+(?:with|to)|than|against|versus|over|on)\s+(?:(?:in|during)\s+)?(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|preceding|prior)\s+year|(?:the\s+)?(?:same|corresponding|comparable)\s+(?:month|period|quarter|half)\s+(?:(?:of|in)\s+)?(?:last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|ago|before)))\s*\(\s*(?:(?:about|around|nearly|some)\s+)?[+-]?(?:(?:US|U\.S\.)?[$€£¥]\s?|[A-Z]{3}\s)?$/i;

// "9.4% more than in the corresponding period of 2025 (11.7 billion dollars)", "down from the same months of 2024 (US$3.2
// billion)", "against the comparable quarter of 2023 (€5.1 bn)": the amount in brackets right after the same span of a named
// year is that span's level in that year (not the whole year the year alone would name); "(US$ 653 million more)" is a change.
const SAME_PERIOD_OF_YEAR_BRACKETED = /\b(?:same|corresponding|comparable|similar|matching|equivalent|like)\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ])?(?:period|months?|quarter|half|time)\s+(?:of|in)\s+((?:19|20)\d{2})\s*\(\s*(?:(?:about|around|nearly|some)\s+)?[+-]?(?:(?:US|U\.S\.)?[$€£¥]\s?|[A-Z]{3}\s)?$/i;

// "widened to 66.3 billion euros (2024: €60.4 billion)", "(previous year: EUR 12.1 billion)", "(prior year: 4.2
// million tonnes)": a bracket opened by a year, or by the year before, and a colon (statistics offices' house style) holds
// that year's level of the same months.
const BRACKET_YEAR_COLON = /\(\s*(?:((?:19|20)\d{2})|(?:the\s+)?(?:previous|prior|preceding|last)\s+year)\s*:\s*(?:(?:about|around|nearly|some)\s+)?[+-]?(?:(?:US|U\.S\.)?[$€£¥]\s?|[A-Z]{3}\s?)?$/i;

/** The earlier period of an amount in a bracket opened by "2024:" or "previous year:"; null when there is none. */
function bracketYearColon(s: string, start: number): EarlierPeriod | null {
  const m = BRACKET_YEAR_COLON.exec(s.slice(Math.max(0, start - 30), start));
  if (!m) return null;
  return m[1] ? { kind: 'same-period', year: Number(m[1]) } : { kind: 'year-before' };
}

export const MEASURED_AGAINST_RULE = 'amount measured against, dated by "of" after it';
// "a record, topping the $7.41 billion of July": an amount a figure tops or falls short of, dated by "of" right after it.
// "above the 1.25 million tonnes of 2024", "outstripping the record $4.9 billion set in 2021", "beating the $90.2 billion
// recorded in 2023", "below the all-time high of 108.1 million tons reached in 2024": any verb or preposition of passing, a
// word of record before the amount, a participle setting it in its period after it. (A month's record, "the previous November
// high of 3.41 million tons set in 2023", is that month of the year set after it.)
// A quarter's or a half's record is those months of the year set after it: "below the first-quarter high of 1.45 million
// tonnes reached in 2021", "above the Q3 peak of $4 billion set in 2022", "short of the first-half record of ... in 2019".
// (Any form of the verb of passing: "had already beaten the first-quarter record of 52,400 set in 2021", round a199.)
const PART_OF_YEAR = String.raw`(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:quarter|half)|Q[1-4]|H[12]`;
// A level drawn near to is measured against the same way (a202, as a197's "close to last year's total"): "fell to 214,000
// tons, close to the 208,000 tons seen in June", "nearing the 1.4 million tonnes recorded in May", "just short of the $2.1
// billion posted in March" (the article makes it an amount of its own; "close to 250,000 tonnes in 2025" hedges the figure).
const MEASURED_AGAINST_THE = new RegExp(String.raw`\b(?:top(?:ping|ped|s)?|exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?|beat(?:ing|en|s)?|eclips(?:ing|ed|es)|outstrip(?:ping|ped|s)?|overtak(?:ing|es|en)|overtook|dwarf(?:ing|ed|s)?|pass(?:ing|ed|es)?|above|below|(?:close|closer|near|nearer)\s+to|nearing|approach(?:ing|ed|es)?|(?:edg|inch|creep)(?:e|es|ed|ing)\s+(?:closer\s+|up\s+)?towards?|clos(?:e|es|ed|ing)\s+in\s+on|far\s+from|short\s+of|within\s+(?:reach|sight)\s+of)\s+the\s+(?:(?:(?!(?:${MONTH_WORDS}|${PART_OF_YEAR})\b)[\w-]+\s+){0,2}?(?:(${MONTH_WORDS})\s+|(${PART_OF_YEAR})\s+)?(?:record|high|peak|best|low|level|total)\s+(?:of\s+)?)?(?:(?:US|U\.S\.)?[$€£¥]\s?)?$`, 'i');
// The words from the passed amount to its period: "of", or a participle of setting it and a preposition ("set in", "recorded
// during"); the mention may bring its own preposition ("of 2021").
// (Any verb of trading the goods with its particle, as periods.ts reads it: "brought in during", "sold abroad in", a210.)
// (a222: with the verb's doer and tense, "the 191.5 billion yuan the province had bought in during 2019", and a whole year,
// "recorded for the whole of 2024".)
const PASSED_AMOUNT_DATE = new RegExp(String.raw`^\s*(?:${PASSED_AMOUNT_DOER}${PASSED_AMOUNT_VERB}\s+(?:${PASSED_AMOUNT_PARTICLE})?|of\s+)(?:the\s+)?$`, 'i');
const passedAmountDated = (gap: string, text: string): boolean => PASSED_AMOUNT_DATE.test(gap + (/^(?:of|in|during)\s+/i.exec(text)?.[0] ?? ''));
const FISCAL_YEAR_BEFORE = /^(?:the\s+)?(?:previous|prior|preceding)\s+(?:fiscal|financial)\s+year$/i;
const BASE_HINT = /from|compar|improv|deterior|\bon\s|base|clos|near|approach|toward|pass|within|benchmark|beside|alongside|next\s+to|relative|revers|versus|vs|against|than|after|off|since|having|following|previous|year|same|corresponding|comparable|above|below|under|over|short|ahead|double|doubling|twice|triple|tripling|thrice|half|halving|exceed|surpass|top|beat|eclips|outstrip|overt|dwarf|'s\s*$/i;

/** The first and last month (1-12) of a part of the year: "first-quarter", "Q3", "second half", "H1". */
function monthsOfPart(part: string): [number, number] {
  const p = part.toLowerCase();
  const ordinal = Number(/\d/.exec(p)?.[0] ?? ['first', 'second', 'third', 'fourth'].findIndex((w) => p.startsWith(w)) + 1);
  const size = /half|^h/.test(p) ? 6 : 3;
  const first = (ordinal - 1) * size + 1;
  return [first, first + size - 1];
}

/** The period of a passed amount: the mention after it, or the month, quarter or half its record is of in that mention's year. */
function monthOfPassedRecord(month: string | undefined, part: string | undefined, stated: PeriodMention): EarlierPeriod {
  const year = stated.periodStart.slice(0, 4);
  if ((!month && !part) || stated.periodStart !== `${year}-01` || stated.periodEnd !== `${year}-12`) return { kind: 'stated', start: stated.periodStart, end: stated.periodEnd };
  const [first, last] = month ? [monthNumber(month)!, monthNumber(month)!] : monthsOfPart(part!);
  return { kind: 'stated', start: ym(Number(year), first), end: ym(Number(year), last) };
}

/** Ordered: the first rule that reads a base decides its period. */
const COMPARISON_RULES: ComparisonRule[] = [
  {
    name: 'base with its own stated period',
    examples: ['compared with $3.1 billion in December', 'after €18.6 billion in August 2026', 'up from 29,095 tonnes in H1 2024', '5.3% above the 46.6 mil mt received in May 2025', 'compared with 36.1 billion yuan in the same period of 2024', 'the $770 million surplus during the 20 days of September', 'the previous record of 14.67 trillion yen in fiscal 2007'],
    before: BASE_WORD,
    period: ({ stated, gap, text }) => {
      // "from Rs 1.32 billion a year earlier in the first four months of ...": the year before dates the base, and the
      // period after it is the clause's own (the level's), which the base is a year before.
      // "from USD437.07 billion in the previous fiscal year" after a fiscal year's figure: the period's own words count back
      // from the figure's year, not from the publication's.
      if (!stated || !stated.periodStart || YEAR_BEFORE_AFTER.test(gap) || FISCAL_YEAR_BEFORE.test(text)) return null;
      // "against $15.92 billion in the same period of last year" for July-December 2023 published in January 2024: the same
      // months a year before the figure's, not of the year before publication.
      if (SAME_PERIOD.test(gap) && RELATIVE_YEAR.test(text)) return { kind: 'year-before' };
      if (SAME_PERIOD.test(gap)) return { kind: 'same-period', year: Number(stated.periodEnd.slice(0, 4)), within: { start: stated.periodStart, end: stated.periodEnd } };
      return { kind: 'stated', start: stated.periodStart, end: stated.periodEnd };
    },
  },
  {
    name: 'base a year earlier',
    examples: ['up from 4,659 tonnes a year earlier', 'compared with ¥434.5 billion in surplus a year before', 'from $33.74 billion a year earlier'],
    before: BASE_WORD,
    after: YEAR_BEFORE_AFTER,
    period: ({ after }) => (after ? { kind: 'year-before' } : null),
  },
  {
    // "ISK 193.8 billion, compared with ISK 241.5 billion in the previous twelve months": the twelve months
    // before a twelve-month figure's.
    name: 'base of the previous twelve months',
    examples: ['compared with ISK 241.5 billion in the previous twelve months', 'compared with US$7.25 billion in the preceding 12 months'],
    before: BASE_WORD,
    after: /^\s*(?:in|during|over)\s+the\s+(?:previous|preceding|prior)\s+(?:twelve|12)[- ]months?\b/i,
    period: ({ after }) => (after ? { kind: 'year-before' } : null),
  },
  {
    name: 'base a month earlier',
    examples: ['against 96,2 billion FCFA a month earlier', 'from $2.1 billion the previous month'],
    before: BASE_WORD,
    after: MONTH_BEFORE_AFTER,
    period: ({ after }) => (after ? { kind: 'month-before' } : null),
  },
  {
    name: 'bracketed level of the month before',
    examples: ['down 3,8% from the previous month (491,3 billion FCFA)'],
    before: MONTH_BEFORE_BRACKETED,
    period: () => ({ kind: 'month-before' }),
  },
  {
    name: 'subject dated a year before',
    examples: ['The deficit in the same month last year was $4.81 billion', 'exports in the same period of 2025 were 9.2 billion', 'The year-earlier surplus was $1.9 billion'],
    before: SUBJECT_OF_YEAR_BEFORE,
    period: ({ before }) => (before[1] ? { kind: 'same-period', year: Number(before[1]) } : { kind: 'year-before' }),
  },
  {
    name: 'level of the same period a year before',
    examples: ['had logged a $0.52 billion shortfall in the same period last year', 'posted a surplus of $3 billion in the same month a year earlier'],
    before: /(?:)$/,
    after: LEVEL_OF_YEAR_BEFORE_AFTER,
    period: ({ after }) => (after ? { kind: 'year-before' } : null),
  },
  {
    name: 'level of the same period of a named year',
    examples: ['The service ran 1,925 trains in the same period of 2023', 'imports came to 3.2 million tonnes during the corresponding period of 2024'],
    before: /(?:)$/,
    after: LEVEL_OF_SAME_PERIOD_OF_YEAR_AFTER,
    period: ({ after }) => (after ? { kind: 'same-period', year: Number(after[1]) } : null),
  },
  {
    name: 'whole year before, named before the amount',
    examples: ["already exceeded last year's full-year total of 960,000 TEUs", "above the previous year's annual volume of 8.1 million tonnes"],
    before: WHOLE_YEAR_BEFORE_BEFORE,
    period: () => ({ kind: 'whole-year-before' }),
  },
  {
    name: 'year-before base named before the amount',
    examples: ['against the year-before deficit of 750.9 billion yen', "compared with last year's 1.2 million tonnes"],
    before: YEAR_BEFORE_BEFORE,
    period: () => ({ kind: 'year-before' }),
  },
  {
    name: "a year's base named before the amount",
    examples: ["up 22.1% from 2024's $994.2 billion", 'passed the 2010 full-year figure of 57.1 billion dollars', 'more than double the 2015 figure of 2.4 million tonnes'],
    before: YEAR_NAMED_BASE,
    period: ({ before }) => ({ kind: 'stated', start: `${before[1]}-01`, end: `${before[1]}-12` }),
  },
  {
    name: "a month's base",
    examples: ["from November's 2,949.60 tonnes", "down from September 2025's deficit of $4.81 billion"],
    before: MONTH_POSSESSIVE,
    period: ({ before }) => monthOfPossessive(before[1], before[2]),
  },
  {
    name: "a month's record measured against",
    examples: ["down 4.9% from July's all-time high of 51.29 million tonnes", "below March's record of 9.8 million tonnes"],
    before: MONTH_PEAK_BASE,
    period: ({ before }) => monthOfPossessive(before[1], before[2]),
  },
  {
    name: "a month's amount measured against",
    examples: ['more than double the September volume of 582,000 tonnes', 'twice the May level of 1.2 million tons', '$1.5 billion less than March exports of $152.0 billion'],
    before: MONTH_MEASURED_AGAINST,
    period: ({ before }) => monthOfPossessive(before[1], before[2]),
  },
  {
    name: MEASURED_AGAINST_RULE,
    examples: ['topping the $7.41 billion of July', 'above the 1.2 million tonnes of March 2025'],
    before: MEASURED_AGAINST_THE,
    period: ({ before, stated, gap, text }) => (stated?.periodStart && stated.kind !== 'unresolved' && passedAmountDated(gap, text) ? monthOfPassedRecord(before[1], before[2], stated) : null),
  },
];

/** The month a possessive names: of the year written with it ("September 2025's"), else that month as the figure's period places it. */
function monthOfPossessive(name: string, year: string | undefined): EarlierPeriod {
  const month = monthNumber(name)!;
  if (!year) return { kind: 'month', month };
  const at = `${year}-${String(month).padStart(2, '0')}`;
  return { kind: 'stated', start: at, end: at };
}

// Between a dated base and its amount: "compared with June 2025 (€234.0 bn)", "against July 2024: +€21 bn", "compared with
// the second quarter of 2026 (a deficit of 331.0 billion FCFA)".
/** How far after a dated base its bracketed amount may begin ("(a deficit of "). */
const BRACKETED_BASE_REACH = 24;
// "compared with the same month of 2025 (US$ 653 million more)": a bracket that says by how much the figure is more or less
// holds the change in money, not the base's level.
const CHANGE_IN_BRACKET_AFTER = /^\s*(?:more|less|fewer|higher|lower)\s*\)/i;
const BRACKETED_AFTER_BASE = /^\s*[(:]\s*(?:(?:a|the)\s+(?:deficit|surplus|level|value|total)\s+of\s+)?[+-]?$/;

const CLAUSE_BREAK = /;|,(?!\d)/;
const ownPeriodGap = (gap: string) => !/[,;]/.test(gap) || (!CLAUSE_BREAK.test(gap) && /\brespectively\b/i.test(gap));

// (a242: "here" or "there" after the verb: "the one point one billion we shipped here in the same twelve months of 2022".)
// (a241: goods that came or went, and the place they came from or went to: "the 2.28 million tonnes that had come from American
// ports in the same month of 2022", "the $3.1 billion which went to Japan in the same period of 2024".)
const DOER_AND_VERB_GAP = new RegExp(String.raw`^\s*(?:[A-Za-z-]+\s+){0,3}?${PASSED_AMOUNT_DOER}(?:${PASSED_AMOUNT_VERB}|(?:went|gone|came|come|arrived)(?:\s+(?:to|from)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s+(?:ports?|growers|farms|mines|suppliers|shippers|sellers|buyers|terminals))?)?)(?:\s+(?:here|there))?\s+(?:in|during|over|of|for)\s`, 'i');

/** How far after the amount its own period may sit ("¥434.5 billion in surplus a year before"). */
const PERIOD_REACH = 40;

// "had transported more than 5.1 million tonnes ... this year": "more than" with no amount before it
// hedges the figure; "3% more than 4.1 million" and "2 million tonnes more than" compare.
const THAN_AS_QUALIFIER = /\b(?:more|less|fewer)\s+than\s+$/i;
const AMOUNT_BEFORE_COMPARATIVE = /(?:\d|%|percent|per\s?cent|times|fold)\s*(?:[\w-]+\s+){0,3}(?:more|less|fewer)\s+than\s+$/i;
// "compared with more than $1.2 billion in 2019", "down from less than 900 tonnes a year earlier", "against fewer than 40 trains
// in May": the qualifier hedges an amount a word of comparing has made the base (BASE_WORD reads the pair).
const BASE_WORD_BEFORE_QUALIFIER = /\b(?:from|compared\s+(?:with|to)|in\s+comparison\s+with|against|versus|vs\.?|relative\s+to|set\s+against)\s+(?:more|less|fewer)\s+than\s+$/i;

/** True when the "than" right before an amount is the qualifier "more than", not a comparison. */
function qualifyingThan(beforeText: string): boolean {
  return THAN_AS_QUALIFIER.test(beforeText) && !AMOUNT_BEFORE_COMPARATIVE.test(beforeText) && !BASE_WORD_BEFORE_QUALIFIER.test(beforeText);
}

/**
 * The earlier period of an amount stated as a comparison base, or null when the amount is no base
 * or the text does not date it. `periods` are the sentence's period mentions (bases included);
 * `stated` is the mention that dates the base, which dates no other figure.
 */
export function earlierLevel(s: string, start: number, end: number, periods: PeriodMention[]): { period: EarlierPeriod; rule: string; stated?: PeriodMention } | null {
  // "compared with June 2025 (€234.0 bn)": the amount in brackets right after a dated base is that period's level.
  // "2.7% more than a year earlier (111.6 billion dollars)", "from the same period last year (US$4.2 billion)": the year
  // before, read before "last year" could date the bracket as a whole year.
  const bracket = s.lastIndexOf('(', start);
  if (bracket >= 0 && start - bracket <= 30 && YEAR_BEFORE_BRACKETED.test(s.slice(Math.max(0, start - 90), start))) return { period: { kind: 'year-before' }, rule: 'bracketed level of the year before' };
  const samePeriodYear = bracket >= 0 && start - bracket <= 30 && !CHANGE_IN_BRACKET_AFTER.test(s.slice(end, end + 16)) ? SAME_PERIOD_OF_YEAR_BRACKETED.exec(s.slice(Math.max(0, start - 90), start)) : null;
  if (samePeriodYear) return { period: { kind: 'same-period', year: Number(samePeriodYear[1]) }, rule: 'bracketed level of the same period of a named year' };
  const dating = periods.find((p) => p.kind === 'base' && p.periodStart && p.end <= start && start - p.end <= BRACKETED_BASE_REACH && BRACKETED_AFTER_BASE.test(s.slice(p.end, start)) && !CHANGE_IN_BRACKET_AFTER.test(s.slice(end, end + 16)));
  if (dating) return { period: { kind: 'stated', start: dating.periodStart, end: dating.periodEnd }, rule: 'bracketed level of a dated base', stated: dating };
  const yearColon = bracket >= 0 && start - bracket <= 30 ? bracketYearColon(s, start) : null;
  if (yearColon) return { period: yearColon, rule: 'bracket opened by a year and a colon' };
  const beforeText = s.slice(Math.max(0, start - 60), start);
  const opening = s.charCodeAt(0) <= 32 || s[0] === 'I' || s[0] === 'D' || s[0] === 'F' || s[0] === 'O' || s[0] === 'A' || s[0] === 'T' ? OPENING_YEAR_BEFORE.exec(s) : null;
  if (opening && !periods.some((p) => p.start >= opening[0].length && p.end <= start)) return { period: { kind: 'year-before' }, rule: 'sentence opened by the same period a year before' };
  if (s.includes('(') && bracketOpenedByYearBefore(s, periods, start)) return { period: { kind: 'year-before' }, rule: 'bracket opened by the same period a year before' };
  const datedNoun = datedBaseNoun(s, periods, start);
  if (datedNoun) return { period: datedNoun, rule: 'base dated before its noun' };
  const whenBase = whenClauseBase(s, periods, start);
  if (whenBase) return { period: whenBase, rule: 'level in a when-clause after a dated base' };
  const openingYear = samePeriodOfYearOpening(s, periods, start) ?? samePeriodOfYearClause(s, periods, start);
  if (openingYear !== null) return { period: { kind: 'same-period', year: openingYear }, rule: 'clause opened by the same period of a named year' };
  const afterText = s.slice(end, end + 60);
  // Every rule needs one of these words right before the amount, or a same-period date right after it; most amounts have neither.
  if (!BASE_HINT.test(beforeText) && !(mentions(s, SAME_WORDS, end, end + 60) && SAME_PERIOD.test(afterText))) return null;
  // The base's own period: the first period mention right after it, in the same clause, past no other amount but in a
  // list of bases "respectively" dated together ("against €8.745,2 mn and €3.380,1 mn respectively in January - September 2025").
  // (a222: farther when a doer and a verb of trading the amount stand between, "the 193,000 tonnes the port handled in the same
  // four months of 2022".)
  const stated = periods.find((p) => p.start >= end && p.start - end <= (DOER_AND_VERB_GAP.test(s.slice(end, p.start)) ? 2 * PERIOD_REACH : PERIOD_REACH) && ownPeriodGap(s.slice(end, p.start)));
  if (qualifyingThan(beforeText)) return null;
  // Consecutive rules share their words before the amount (four read BASE_WORD): its match is read once for them.
  let lastBefore: RegExp | null = null;
  let before: RegExpExecArray | null = null;
  for (const rule of COMPARISON_RULES) {
    if (rule.before !== lastBefore) before = rule.before.exec(beforeText);
    lastBefore = rule.before;
    if (!before) continue;
    const after = rule.after ? rule.after.exec(afterText) : null;
    if (rule.after && !after) continue;
    const period = rule.period({ before, after, stated, gap: stated ? s.slice(end, stated.start) : '', text: stated ? s.slice(stated.start, stated.end) : '' });
    if (period) return { period, rule: rule.name, stated: period.kind === 'stated' ? stated : undefined };
  }
  return null;
}

// After a growth rate stated as a base: its change noun, then its period ("4.8 percent growth a year
// earlier", "the 5.2 percent rise in May", "a 0.8 percent decline in the first quarter").
// (The noun may be left out, "well above April's 3.9%.": then only the spaces match.)
const GROWTH_NOUN_AFTER = /^\s*(?:(?:(?:year[- ]on[- ]year|annual)\s+)?(?:(growth|rise|increase|gain|expansion|jump|surge|climb|advance)|(decline|drop|fall|contraction|decrease|dip|slump|plunge))\b)?/i;
const FALL_NOUN_BEFORE = new RegExp(String.raw`\b(?:(?:decline|drop|fall|contraction|decrease)\s+(?:rate\s+)?of|${FALL_PARTICIPLE}\s+(?:by\s+)?)\s*[+-]?$`, 'i');
// "after rising 2.1 percent in May": a verb of rise before the earlier growth; "compared with a gain of 5.9 percent in May",
// "after an increase of 3 percent": a noun of rise with "of", as FALL_NOUN_BEFORE reads "a decline of".
const RISE_VERB_BEFORE = new RegExp(String.raw`\b(?:${RISE_PARTICIPLE}\s+(?:by\s+)?|(?:growth|rise|increase|gain|expansion|jump|surge|climb|advance)\s+(?:rate\s+)?of\s*)[+-]?$`, 'i');
// "from July's 7.2% gain": the month named by its possessive before the growth.
const POSSESSIVE_BEFORE = /^['’]s\s+(?:revised\s+)?[+-]?$/;
// "after last year's 8.5 percent rise", "on top of the previous month's 2% gain": the period before the figure's, owning the
// growth (a171; a quarter before has no kind of its own and is left unresolved).
// "building on 2024's 8.5 percent increase": a calendar year owning the growth (no period mention is made of "2024's").
const EARLIER_YEAR_OWNER_BEFORE = /(?<![\d.,])((?:19|20)\d\d)['’]s\s+(?:revised\s+)?[+-]?$/;
const EARLIER_OWNER_BEFORE = /\b(?:last|the\s+(?:previous|prior|preceding))\s+(year|month)['’]s\s+(?:revised\s+)?[+-]?$/i;
const GROWTH_YEAR_BEFORE = /^\s*(?:(?:in|during)\s+)?(?:a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?same\s+(?:month|period|quarter)\s+(?:of\s+|in\s+)?(?:last|the\s+(?:previous|preceding))\s+year)\b/i;
// "following the 8.1 per cent contraction in the previous month": the month before a month's figure.
// "following a 12.4% contraction the month before", "after a 3% gain a month earlier", "the 5 percent rise of the prior
// month", "a 2.1% fall one month before": the same month before, with or without a preposition, the noun of the month first
// or last.
const GROWTH_MONTH_BEFORE = new RegExp(String.raw`^\s*(?:(?:in|during|for|of)\s+)?${MONTH_BEFORE}\b`, 'i');
// The words between the change noun and its stated period.
// "the 3.6 percent growth recorded in the January-October period": a verb of record may sit between.
const GROWTH_TO_PERIOD = /^\s*(?:(?:recorded|registered|posted|seen|reported)\s+)?(?:(?:in|during|for)\s+)?(?:the\s+)?$/i;
// Periods counted back from an unknown point ("last year" may be the whole year or its same months): no row.
const LOOSE_PERIOD = /\b(?:last|previous|prior|preceding|same|corresponding)\b/i;

/**
 * The earlier period of a growth rate stated as a comparison base, with the direction its words
 * give (+1, -1, or 0 when they give none); `period` is null when the text does not pin it down.
 * `stated` is the mention that dates the base (loose or not), which dates no other figure.
 * Read: "compared with 4.8 percent growth a year earlier" (a year before the figure compared with),
 * "faster than the 5.2 percent rise in May", "picked up from 3.1 percent in the first quarter" (the period named).
 * "following the 8.1 per cent contraction in the previous month" (the month before a month's figure).
 * Not read: "compared with 6 percent growth last year", "from 2 percent in the previous quarter".
 */
export function earlierGrowth(s: string, start: number, end: number, periods: PeriodMention[]): { period: EarlierPeriod | null; direction: number; stated?: PeriodMention } {
  // (" year-on-year contraction" is 24 characters: the window holds the longest noun with its qualifier.)
  const noun = GROWTH_NOUN_AFTER.exec(s.slice(end, end + 32))!;
  const before = s.slice(Math.max(0, start - 30), start);
  const direction = noun[2] || FALL_NOUN_BEFORE.test(before) ? -1 : noun[1] || RISE_VERB_BEFORE.test(before) ? 1 : 0;
  const rest = s.slice(end + noun[0].length, end + noun[0].length + 60);
  if (GROWTH_YEAR_BEFORE.test(rest)) return { period: { kind: 'year-before' }, direction };
  if (GROWTH_MONTH_BEFORE.test(rest)) return { period: { kind: 'month-before' }, direction };
  const owner = EARLIER_OWNER_BEFORE.exec(before);
  if (owner) return { period: { kind: /^y/i.test(owner[1]) ? 'whole-year-before' : 'month-before' }, direction };
  const ownerYear = EARLIER_YEAR_OWNER_BEFORE.exec(before);
  if (ownerYear) return { period: { kind: 'stated', start: `${ownerYear[1]}-01`, end: `${ownerYear[1]}-12` }, direction };
  const from = end + noun[0].length;
  const stated =
    periods.find((p) => p.start >= from && p.start - from <= 20 && GROWTH_TO_PERIOD.test(s.slice(from, p.start))) ??
    periods.find((p) => p.end <= start && start - p.end <= 14 && POSSESSIVE_BEFORE.test(s.slice(p.end, start)));
  if (!stated || !stated.periodStart || stated.kind === 'unresolved' || LOOSE_PERIOD.test(s.slice(stated.start, stated.end))) return { period: null, direction, stated };
  return { period: { kind: 'stated', start: stated.periodStart, end: stated.periodEnd }, direction, stated };
}

/** Year and month of "YYYY-MM" as `split('-').map(Number)` reads them, without the arrays for the usual form. */
function yearAndMonth(yyyymm: string): number[] {
  if (yyyymm.length === 7 && yyyymm[4] === '-' && isDigitAt(yyyymm, 0) && isDigitAt(yyyymm, 1) && isDigitAt(yyyymm, 2) && isDigitAt(yyyymm, 3) && isDigitAt(yyyymm, 5) && isDigitAt(yyyymm, 6)) {
    return [digitAt(yyyymm, 0) * 1000 + digitAt(yyyymm, 1) * 100 + digitAt(yyyymm, 2) * 10 + digitAt(yyyymm, 3), digitAt(yyyymm, 5) * 10 + digitAt(yyyymm, 6)];
  }
  return yyyymm.split('-').map(Number);
}

/** The value of the digit at `at` (module level, not a closure made at every call). */
function digitAt(s: string, at: number): number {
  return s.charCodeAt(at) - 48;
}

/** The month `months` after (or before, when negative) a YYYY-MM month. */
export function shift(yyyymm: string, months: number): string {
  const [y, m] = yearAndMonth(yyyymm);
  const index = y * 12 + m - 1 + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The earlier level's period given the period of the figure it is compared with: a year before
 * it, a period the text states, or a named month (the latest one not after the figure's period).
 * Empty when it cannot be known.
 */
export function resolveEarlier(earlier: EarlierPeriod, current: { start: string; end: string }): { start: string; end: string } {
  if (earlier.kind === 'year-before') return current.start && current.end ? { start: shift(current.start, -12), end: shift(current.end, -12) } : { start: '', end: '' };
  if (earlier.kind === 'stated') return { start: earlier.start, end: earlier.end };
  if (earlier.kind === 'whole-year-before') {
    const year = Number(current.end.slice(0, 4)) - 1;
    return current.end ? { start: `${year}-01`, end: `${year}-12` } : { start: '', end: '' };
  }
  if (earlier.kind === 'month-before') return current.start && current.start === current.end ? { start: shift(current.start, -1), end: shift(current.end, -1) } : { start: '', end: '' };
  if (earlier.kind === 'same-period') {
    if (!current.start || !current.end) return { start: '', end: '' };
    const fiscal = earlier.within && sameMonthsWithin(current, earlier.within);
    if (fiscal) return fiscal;
    const years = earlier.year - Number(current.end.slice(0, 4));
    return { start: shift(current.start, 12 * years), end: shift(current.end, 12 * years) };
  }
  if (!current.end) return { start: '', end: '' };
  const [y, m] = current.end.split('-').map(Number);
  const n = earlier.month;
  const ym = `${n <= m ? y : y - 1}-${String(n).padStart(2, '0')}`;
  return { start: ym, end: ym };
}

/**
 * The figure's months moved back by whole years into a year-long span that does not start in January
 * ("from $20.80 billion in the same period of FY26" for July-November 2026: July-November 2025); null
 * when the span is a calendar year or the months do not fit in it.
 */
function sameMonthsWithin(current: { start: string; end: string }, span: { start: string; end: string }): { start: string; end: string } | null {
  if (span.start.endsWith('-01')) return null;
  for (let years = 1; years <= 5; years++) {
    const start = shift(current.start, -12 * years);
    const end = shift(current.end, -12 * years);
    if (start >= span.start && end <= span.end) return { start, end };
  }
  return null;
}

/** Sign of a base stated "in surplus" or "in deficit" ("¥434.5 billion in surplus a year before"); 0 when unstated. */
export function baseSign(s: string, end: number): number {
  const m = /^\s*(?:in\s+)?(surplus|deficit)\b/i.exec(s.slice(end, end + 20));
  return m ? (m[1].toLowerCase() === 'surplus' ? 1 : -1) : 0;
}

// "a 32% increase from May 2025", "down 4% against the first quarter of 2025", "up 36% versus May 2019", "9.7% higher than in
// the same period of 2019", "down 4% from a record level in December": a change with its base period named right after it;
// "rose by 0.8% in October 2026 compared with September 2026", "declined by 5.2% to €11.9 billion compared with September
// 2026": "compared with" may come after the change's own period or level.
// Also with the base's amount or noun between ("9.6 per cent higher than the ₦38.07 trillion recorded in the
// second quarter", "31.5 per cent above the value in the corresponding quarter of 2025").
// "than the value recorded in Q1 2021": the noun may be said to be recorded in the base period.
// "40% above its 2019 level", "below their pre-pandemic 2019 level": the base year inside the owner's level.
const BASE_LEVEL_NOUN = String.raw`(?:(?:a|its|the)\s+(?:(?:record|all-time|revised|previous|peak)\s+)?(?:level|high|peak|figure|total|value)\s+(?:(?:recorded|registered|posted|reported|logged)\s+)?(?:in|of)\s+)`;
const BASE_AMOUNT_RECORDED = String.raw`(?:(?:the\s+)?[^\s\d]{0,4}\s?\d[\d.,]*\s*(?:[A-Za-z]+\s+){0,3}?(?:recorded|registered|posted|reported|logged)\s+in\s+)`;
const CHANGE_TO_BASE_GAP = new RegExp(
  String.raw`^(?:[^.;\d%]{0,40}?|(?:[^.;%]|\.(?=\d)){0,60}?\s(?=compar(?:ed|ing)\s))\b(?:from|over|on|against|versus|vs\.?|compar(?:ed|ing)\s+(?:with|to)|in\s+comparison\s+(?:with|to)|than|above|below)\s+(?:in\s+|that\s+of\s+|those\s+of\s+)?(?:${BASE_LEVEL_NOUN}|${BASE_AMOUNT_RECORDED})?(?:(?:the|its|their)\s+(?:[a-z]+-[a-z]+\s+)?)?(?:(?:same|corresponding|similar)\s+(?:period|months?|quarter|time)\s+(?:(?:of|in)\s+)?)?${BASE_LEVEL_NOUN}?$`,
  'i',
);

const RATE_OF_POSSESSIVE_BASE = /^['’]s\s+(?:revised\s+)?[+-]?\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b|pct\b|pc\b)/i;
// So does a judgement on the rates set off by a comma: "imports fell 4 percent, both better than in November", "a better
// showing than in August", "again worse than in October" (a239; "were 4 percent better than in November" stays against it).
const PACE_BEFORE_BASE = /\b(?:quicken(?:ed|ing|s)?|accelerat(?:ed|ing|es)|decelerat(?:ed|ing|es)|slow(?:ed|ing|s)?|faster|slower|(?:pick(?:ed|ing|s)|speed(?:ed|ing|s)?)\s+up)\b|,\s*(?:(?:both|each|all|also|still|much|far|slightly|somewhat|again|an?)\s+){0,2}(?:better|worse)\b/i;
const OWN_YOY_LEAD = /^\s*(?:%|per\s?cent|percent|pct|pc)?\s*(?:year[- ]on[- ]year|y\/y|yoy|on\s+the\s+year|(?:from|on|over)\s+a\s+year\s+(?:earlier|ago|before))\s*(?:,\s*)?(?:and|but|while)\b/i;

/**
 * For a change whose base period is named right after it, whether that base lies exactly one year
 * before the figure's own period: true (year-on-year), false (another base: a month, a quarter or two
 * years back), or null when no dated base is named or the figure's period is unknown.
 * Examples: "up 60% from June 2024" in a June 2025 report -> true; "up 32% from May 2025" -> false;
 * "9.7% higher than in the same period of 2019" for January-May 2021 -> false.
 */
export function yearBeforeBase(s: string, changeEnd: number, periods: PeriodMention[], current: { start: string; end: string }): boolean | null {
  if (!current.start || !current.end) return null;
  // "up from 97.2 billion CFA francs in August 2026 (+22.0%)": a change in brackets right after a dated base is against it.
  const bracketed = periods.find((p) => p.kind === 'base' && p.end <= changeEnd && p.periodStart !== '' && BRACKETED_CHANGE_AFTER_BASE.test(s.slice(p.end, changeEnd)));
  if (bracketed) return SAME_MONTHS_BEFORE_BASE.test(s.slice(Math.max(0, bracketed.start - 40), bracketed.start)) ? Number(bracketed.periodEnd.slice(0, 4)) === Number(current.end.slice(0, 4)) - 1 : bracketed.periodStart === shift(current.start, -12) && bracketed.periodEnd === shift(current.end, -12);
  const base = periods.find((p) => p.kind === 'base' && p.start >= changeEnd && p.start - changeEnd <= 80 && p.periodStart !== '');
  // ("plunged 26.3 percent from January-May 2019": a dash-joined span's mention opens on its own "from"; round a199.)
  const lead = base ? (BASE_OWN_PREPOSITION.exec(s.slice(base.start, base.end))?.[0] ?? '') : '';
  if (!base || !CHANGE_TO_BASE_GAP.test(s.slice(changeEnd, base.start) + lead)) return null;
  // ("up 3.1 percent, and compared with October last year, up 5.87 percent": a base opening a later clause of its own is that clause's.)
  if (opensLaterClause(s, base)) return null;
  // "up 5.0%, quickening from the first quarter", "faster than in the first quarter": a word of pace compares the rate
  // with the earlier period's rate; the change itself keeps its year-on-year basis.
  if (PACE_BEFORE_BASE.test(s.slice(changeEnd, base.start))) return null;
  // "up 2 per cent on the year, compared with January's 6 per cent", "5.1% in July, short of June's 7.3%": the base's own rate
  // after its possessive sets one rate beside another; the change keeps its own basis.
  if (RATE_OF_POSSESSIVE_BASE.test(s.slice(base.end, base.end + 24))) return null;
  // "up 5.8% year on year and already more than the full-year 2025 volume": a change that names its year-on-year basis
  // first is measured against that; the base after it is compared with the level.
  if (OWN_YOY_LEAD.test(s.slice(changeEnd, base.start))) return null;
  const text = s.slice(base.start + lead.length, base.end);
  // "up 5.2 percent compared with 2024" in a report on a half-year: a bare year is weighed by its year alone, as "the same period of 2024" is.
  if (BARE_YEAR.test(text)) return Number(text) === Number(current.end.slice(0, 4)) - 1;
  // "the same period of 2019": the figure's own months in the year named.
  const sameYear = /\b(?:same|corresponding|similar)\b/i.test(s.slice(changeEnd, base.end)) ? /\b((?:19|20)\d{2})\b/.exec(text) : null;
  if (sameYear) return Number(sameYear[1]) === Number(current.end.slice(0, 4)) - 1;
  // "from the same period last year", "from last year": relative bases are left to the year-on-year markers.
  if (/\b(?:last|previous|prior|same|corresponding|similar|ago|earlier)\b/i.test(s.slice(changeEnd, base.end))) return null;
  return base.periodStart === shift(current.start, -12) && base.periodEnd === shift(current.end, -12);
}

// "..., as goods imports rose 1.6% to GBP150.2bn and goods exports fell 0.8% to GBP93.9bn, compared with the three months to
// June 2026.": a dated base closing the sentence after a comma is the base of every change before it.
const CLOSING_BASE_BEFORE = /,\s*(?:(?:as\s+)?compar(?:ed|ing)\s+(?:with|to)|in\s+comparison\s+(?:with|to)|against|relative\s+to|versus)\s+(?:the\s+)?$/i;
const OWN_YEAR_BEFORE_WORDS = /\b(?:year[- ](?:on|over)[- ]year|y\/y|yoy|y-o-y|on\s+the\s+year|(?:a|one)\s+year\s+(?:earlier|ago|before)|same\s+(?:period|month|quarter))\b|;/i;

/**
 * For a change with no base right after it, whether the dated base that closes its sentence after a comma (", compared with
 * the three months to June 2026.") lies one year before the figure's period: true, false, or null when no such base closes
 * the sentence or the change names its own year-on-year basis (or a semicolon parts them).
 */
function closingBaseIsYearBefore(s: string, changeEnd: number, periods: PeriodMention[], current: { start: string; end: string }): boolean | null {
  const base = periods.findLast((p) => p.kind === 'base' && p.periodStart !== '' && p.start > changeEnd);
  if (!base || !/^\s*\.?\s*$/.test(s.slice(base.end)) || !CLOSING_BASE_BEFORE.test(s.slice(Math.max(0, base.start - 40), base.start))) return null;
  if (OWN_YEAR_BEFORE_WORDS.test(s.slice(changeEnd, base.start))) return null;
  return base.periodStart === shift(current.start, -12) && base.periodEnd === shift(current.end, -12);
}

const BARE_YEAR = /^(?:19|20)\d\d$/;
const BASE_OWN_PREPOSITION = /^from\s+/i;
const BRACKETED_CHANGE_AFTER_BASE = /^\s*\(\s*[+-]?\d[\d.,]*\s*(?:%|per\s?cent|percent)$/i;
// "up 3.8 percent from the same month last year (6.9 percent in NT$ terms)": a base that says the figure's own months ("the same
// month", "the corresponding period") of a year is weighed by its year alone, as "the same period of 2024" is after a change.
const SAME_MONTHS_BEFORE_BASE = /\b(?:same|corresponding|like)\s+(?:month|period|quarter|months|time|half)\s*(?:of\s+|in\s+)?$/i;

// "Compared with September 2026, ...", "Against the previous quarter, ...", "Set against May 2019, ...", "Measured against the
// same quarter of 2023, ...", "When compared with 2022, ...": a dated base opening the sentence, perhaps
// after the sentence's own period ("In September 2026, compared to August 2026, exports increased by 5.7 per cent").
// "Compared with the same period of 2019, total trade grew 41.3 percent": the base may be the figures' own months of a named year.
// So may "the same three months of 2025" (ONS), "the same 6-month period of 2025".
// A quoted answer may open with it: “Compared with the same period of 2019, our exports were up 18 percent,” he said.
// Translated bulletins open it with the gerund or "as": "Comparing with December 2019, export decreased by 14.2%", "As compared
// to the previous quarter, ...", "In comparison to March, ...".
const OPENING_BASE_BEFORE = /^\s*["\u201c\u2018']?\s*(?:(?:In|For|During)\s+[^,;.]{3,30},\s*)?(?:(?:[Ww]hen\s+|[Aa]s\s+)?[Cc]ompared\s+(?:with|to)|[Cc]omparing\s+(?:with|to|against)|[Cc]omparing\s+[^,;.]{3,40}?\s+(?:with|to)|(?:(?:[Ww]hen\s+)?(?:[Ss]et|[Mm]easured|[Ww]eighed|[Ss]tacked\s+up|[Bb]enchmarked)\s+)?[Aa]gainst|[Vv]ersus|[Rr]elative\s+to|[Ii]n\s+comparison\s+(?:with|to))\s+(?:the\s+)?((?:same|corresponding|comparable|similar)\s+(?:period|(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ])?months?|quarter|half)\s+(?:(?:of|in)\s+)?)?$/;

const OPENING_BASE_AFTER = /^\s*(?:\([^()]{1,70}\)\s*)?,/;

// "Analysis by country/territory Comparing June 2021 with June 2020, ...": a heading run into the sentence (its paragraph
// break lost), a capitalised word and a few lower-case ones before the capital of "Comparing", opens no clause of its own.
const GLUED_HEADING = /^\s*[A-Z][\w\/&'’-]*(?:\s+[a-z][\w\/&'’-]*){0,5}\s+(?=Compar(?:ing|ed)\s)/;

/** The dated base opening the sentence ("Compared with September 2025, ..."), or null; `samePeriod` when it names only a year of the figures' own months. */
function openingBase(s: string, periods: PeriodMention[]): (PeriodMention & { samePeriod: boolean }) | null {
  const head = s.includes('Compar') ? (GLUED_HEADING.exec(s)?.[0].length ?? 0) : 0;
  const base = periods.find((p) => p.kind === 'base' && p.periodStart !== '' && p.start <= 40 + head);
  const before = base ? OPENING_BASE_BEFORE.exec(s.slice(head, base.start)) : null;
  // (Its level may follow in brackets before the comma: "Compared with the second quarter of 2026 (a deficit of X), ...".)
  // ("Compared with 2021, ...": a bare year names only the year of the figures' own months, as "the same period of 2021" does.)
  return base && before && OPENING_BASE_AFTER.test(s.slice(base.end, base.end + 80)) ? { ...base, samePeriod: before[1] !== undefined || BARE_YEAR.test(s.slice(base.start, base.end)) } : null;
}

/**
 * For a sentence opening with a dated base ("Compared with September 2026, exports increased 3.1 per
 * cent and imports were up 1.7 per cent"), whether that base lies one year before the figures' period:
 * true, false (another base: the month before), or null when the sentence opens with no dated base.
 */
function openingBaseIsYearBefore(s: string, periods: PeriodMention[], current: { start: string; end: string }): boolean | null {
  if (!current.start || !current.end) return null;
  const base = openingBase(s, periods);
  if (!base) return null;
  // "Compared with the same period of 2019": the year named is the year before the figures' or not.
  if (base.samePeriod) return Number(base.periodEnd.slice(0, 4)) === Number(current.end.slice(0, 4)) - 1;
  return base.periodStart === shift(current.start, -12) && base.periodEnd === shift(current.end, -12);
}

/**
 * "Against June, exports rose 2.3 percent" in a story on July, "Compared with the first quarter, imports were 4% higher" in
 * one on the second: a sentence opening with the span right before the figures' own (as long, ending the month before they
 * start) as its base compares with the period before, a sequential basis that the paragraph goes on with (a175).
 */
export function opensOnPeriodBefore(s: string, periods: PeriodMention[], current: { start: string; end: string } | null): boolean {
  if (!current?.start || !current.end) return false;
  const base = openingBase(s, periods);
  return base !== null && !base.samePeriod && base.periodEnd === shift(current.start, -1) && shift(base.periodStart, monthsSpanned(current)) === current.start;
}

/** The number of months a span covers ("2026-04".."2026-06": 3). */
function monthsSpanned(p: { start: string; end: string }): number {
  return (Number(p.end.slice(0, 4)) - Number(p.start.slice(0, 4))) * 12 + Number(p.end.slice(5, 7)) - Number(p.start.slice(5, 7)) + 1;
}

// "Compared with September, that is up 3.1 percent, and compared with October last year, up 5.87 percent": a later clause
// may open on a base of its own after a comma; the change that follows it (nothing but words between) is measured against
// that base, not against the one opening the sentence.
const CLAUSE_BASE_BEFORE = /[,;]\s*(?:(?:and|but|while|whereas)\s+)?(?:(?:when|as)\s+)?(?:compared\s+(?:with|to)|against|relative\s+to|in\s+comparison\s+(?:with|to)|versus)\s+(?:the\s+)?$/i;
const CLAUSE_BASE_TO_CHANGE = /^\s*,[^\d;.,]{0,40}\d[^;,]{0,24}$/;

/** True when the base opens a later clause on a change of its own (", and compared with October 2025, up 5.87 percent"). */
const opensLaterClause = (s: string, base: PeriodMention): boolean => CLAUSE_BASE_BEFORE.test(s.slice(Math.max(0, base.start - 40), base.start)) && LATER_CLAUSE_CHANGE.test(s.slice(base.end, base.end + 50));
const LATER_CLAUSE_CHANGE = /^\s*,[^\d;.,]{0,40}\d/;

/**
 * For a change ending at `at`, whether the base of the clause it closes (", and compared with October last year, up 5.87 percent")
 * lies one year before the figure's period: true, false, or null when no such clause base leads to it.
 */
export function clauseBaseIsYearBefore(s: string, at: number, periods: PeriodMention[], current: { start: string; end: string } | null): boolean | null {
  if (!current?.start || !current.end) return null;
  const base = periods.findLast((p) => p.kind === 'base' && p.periodStart !== '' && p.end <= at);
  if (!base || !CLAUSE_BASE_TO_CHANGE.test(s.slice(base.end, at)) || !opensLaterClause(s, base)) return null;
  return base.periodStart === shift(current.start, -12) && base.periodEnd === shift(current.end, -12);
}

/**
 * The one rule on the dated bases a change names, against its `period`: true when they make it
 * year-on-year (a base one year before the period), false when a base is another period (a month or a
 * quarter back, two years back: that outweighs a year-before base), null when no dated base is named or
 * the period is unknown. The base opening the sentence ("Compared with September 2025, exports ...")
 * speaks for each change in it; given `changeEnd`, so does the base right after the change ("up 60%
 * from June 2024"), else the base closing the sentence after a comma (", compared with the three months to June 2026.").
 */
export function namedBaseVerdict(s: string, periods: PeriodMention[], period: { start: string; end: string } | null, changeEnd?: number): boolean | null {
  if (period === null) return null;
  const clause = changeEnd === undefined ? null : clauseBaseIsYearBefore(s, changeEnd, periods, period);
  const bases = [changeEnd === undefined ? null : (yearBeforeBase(s, changeEnd, periods, period) ?? closingBaseIsYearBefore(s, changeEnd, periods, period)), clause ?? openingBaseIsYearBefore(s, periods, period)];
  return bases.includes(false) ? false : bases.includes(true) ? true : null;
}

/**
 * "In September 2026 alone, exports were ... . Compared with September 2025, exports increased by 3.1%":
 * a sentence that names no period of its own but opens with a dated base speaks of the period a year
 * after that base (unless that is later than the publication month, `latest`, as "YYYY-MM"). When the
 * period in force (`inForce`) has the base's months two or more years after it ("Compared with the first
 * quarter of 2024, the city's trade was 3.1% higher" in a release on the first quarter of 2026), the
 * sentence speaks of that period, against a base two years back (no year-on-year change).
 */
export function periodAfterOpeningBase(s: string, periods: PeriodMention[], latest: string, inForce: { start: string; end: string } | null = null): { start: string; end: string } | null {
  const base = openingBase(s, periods);
  // "Compared with the same period of 2019, ...": the sentence keeps the months in force; the year names only the base.
  if (!base || base.samePeriod) return null;
  const end = shift(base.periodEnd, 12);
  if (inForce && sameMonthsYearsLater(inForce, base) && inForce.end > end) return null;
  // "Against the first quarter of 2019, exports were 29 percent higher" in a release of April 2021: the year after the base ended
  // a year or more before the release came out, so the base is two years back from the release's own period, no year before.
  return latest && (end > latest || end <= shift(latest, -12)) ? null : { start: shift(base.periodStart, 12), end };
}

/** True when `later` covers the months of `base` (same length, same calendar months) in some later year. */
function sameMonthsYearsLater(later: { start: string; end: string }, base: PeriodMention): boolean {
  if (!later.start || !later.end || later.end <= base.periodEnd) return false;
  const years = Number(later.end.slice(0, 4)) - Number(base.periodEnd.slice(0, 4));
  return shift(base.periodStart, 12 * years) === later.start && shift(base.periodEnd, 12 * years) === later.end;
}
