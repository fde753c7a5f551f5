/**
 * Whether a level or a percentage is a reported trade figure: not a change or a comparison base, a rate or
 * a price, a forecast, or a figure of a subject that is not trade (the economy, investment, stocks, output).
 */
import { MONTH_NAMES, type PeriodMention } from './periods.js';
import type { Figure } from './quantities.js';
import type { FlowCue } from './subjects.js';
import { anyCharOf, firstNonSpace, isSpace } from './chars.js';
import { keywords, mentions } from './keywords.js';
import { anyOf } from './gates.js';
import { clauseOf, pastLineCaption, stripQualifier } from './clauses.js';
import { FORWARD_CUE } from './pairing.js';
import { ECONOMY_MEASURE, ECONOMY_MEASURE_WORDS } from './bulletin-measures.js';

// A number right after these words is a change or a comparison base, not a level.
// (Round a226: a balance's move told by a participle or a noun of its own, "narrowing by £1.3 billion from May", "a
// widening of $2 billion", "shrinking by NZ$200 million", "an improvement of £0.9 billion on May", is a change in money too.)
// (a229: "had clocked up 33,600 trains", "ran up 2,100 trips": a verb of running up a count, as "racked up", is no change.)
const DELTA_BEFORE = /(?:\b(?:increase[sd]?|rise|rose|risen|grown|grew|(?<!\b(?:made|make|makes|making|add|adds|added|sum|summed|notch|notched|notching|chalk|chalked|rack|racked|ring|rang|rung|clock|clocks|clocked|clocking|ran)\s)up|down|decrease[sd]?|decline[sd]?|fell|fallen|drop(?:ped)?|gain(?:ed)?|jump(?:ed)?|surge[sd]?|climb(?:ed)?|add(?:ed|ing)?|expanded|shrank|narrowed|widened|dipped|slipped|slid|slumped|plunged|plummeted|tumbled|soared|sank|contracted|(?:ris|fall|increas|decreas|declin|dropp|gain|climb|grow|narrow|widen|shrink|deepen)ing)\s+(?:by\s+)?|\b(?:an?\s+)?(?:increase|decrease|rise|drop|decline|growth|gain|reduction|expansion|addition|narrowing|widening|deepening|improvement|deterioration)\s+(?:in\s+(?:(?:the|its|their|total)\s+)?(?:[\w-]+\s+)?(?:exports?|imports?|re-exports?|trade|turnover|shipments|sales)\s+)?of\s+|(?:increase[sd]?|rose|risen|grew|up|down|decrease[sd]?|decline[sd]?|fell|fallen|drop(?:ped)?|gain(?:ed)?|jump(?:ed)?|climb(?:ed)?|dipped|slipped|slid|slumped|plunged|plummeted|tumbled|soared|sank|contracted)\s+(?:by\s+)?[+-]?\d[\d.,]*\s*(?:%|percent|per\s+cent|pc|pct)\s*,?\s+or\s+(?:by\s+)?(?:[A-Z]{0,3}\$|[€£¥])?|\b(?:increased|decreased|rose|fell|grew|declined|dropped|climbed|revised)\s+(?:(?:up|down)(?:wards?)?\s+|from\s+[^.;,]{1,40}?\s+(?:to\s+[^.;,]{1,40}?\s+)?)by\s+|\b(?:and|while|whereas|but)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:exports?|imports?|re-exports?)\s+by\s+)$/i;
// "Exports increased from September 2026 to October 2026 by R9.12 billion", "Imports decreased from October by N$0.62
// billion" (the month compared with alone), "revised downward by R1.43 billion": the
// verb of change, then the months compared or a direction, then "by" and the change (the fourth alternative of DELTA_BEFORE).
// "... by R9.15 billion (4.8%) and imports by R3.60 billion (2.0%)": a second flow joined to a change with its verb left out
// ("and imports by", "while exports by") takes "by" and a change too (the last alternative).
// "fell 1.1 per cent, or $512 million, to $45,602 million": the amount after the percentage and "or" is
// the same change in money (the third alternative of DELTA_BEFORE). "recorded an increase in total exports of HK$9.6
// billion (4.8%)": the noun of change may name the flow changed before "of" and the amount (the second alternative).
// A signed base ("compared with +€19.3 bn") is still a base.
const BASE_BEFORE = /\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against|than)\s+[+-]?$/i;
// "a fall of 1.8% (£1.4 billion) compared with the same quarter", "up 4.2% (USD 310 million)": an amount in brackets right
// after a change's percentage is the same change in money, not a level. So is one after "or" when a noun tells the change ("an
// increase of 5.3% or £80 million from the four quarters", the verbs' "rose 3% or $2 billion" is DELTA_BEFORE's), and one after
// a percentage the noun follows ("a 12.7% increase ($1.6 billion) over 2024", "a 4% drop, or €310 million, on the year").
// (a201: a bracket holding the change's percentage, then its amount, "(up 3.1%, GBP 24 million)", "(down 2 percent; $40 million)";
// any noun of change, "an advance of 32.6 percent or US$126.0 billion over January-October 2024", "a jump of 8% or".)
// (a214: a hedged amount after the change's comma, "growing by 3.5%, about GBP 620 million", "up 4%, roughly $90 million": a
// rounded amount set after the percentage is the change in money; a level comes with "to" or a verb of reaching. Read on the
// words before the amount with its hedge, HEDGED_DELTA_BEFORE.)
const PERCENT_OF_CHANGE = String.raw`[+-]?\d[\d.,]*\s*(?:%|percent|per\s+cent|pc|pct)`;
const BRACKETED_DELTA_BEFORE = new RegExp(String.raw`(?:\b(?:up|down|rose|fell|grew|increased|decreased|declined|dropped)\s+(?:by\s+)?${PERCENT_OF_CHANGE}\s*\(|\(\s*(?:up|down)\s+(?:by\s+)?${PERCENT_OF_CHANGE}\s*[,;]\s*(?:or\s+)?|\b(?:an?\s+)?(?:increase|decrease|rise|fall|drop|decline|growth|gain|reduction|advance|jump|climb|surge|expansion|contraction|slide|dip)\s+of\s+${PERCENT_OF_CHANGE}\s*(?:\(|,?\s+or\s+)|(?<![\d.,])${PERCENT_OF_CHANGE}\s+(?:increase|decrease|rise|fall|drop|decline|growth|gain|reduction)\s*(?:\(|,?\s+or\s+))\s*(?:[A-Z]{0,3}\$|[€£¥])?$`, 'i');
// (a222: the change's base, with its period, may stand between the percentage and the comma, "rose 3.5% in February compared
// with February 2023, about 620 million pounds", "fell 2% on the year, roughly $90 million", "up 6 percent from a year earlier,
// some €1.2 billion"; a period alone, "fell 2.5 percent in 2025, about C$ 48 billion in all", leaves a level; more verbs of
// change, "jumped", "slipped", "expanded", "advanced".)
// (a229: the percentage may be set against its base by a comparative instead of a verb, any unit after the hedge: "6.6% more
// than in May 2023, roughly 760,000 tonnes", "3 percent higher than a year earlier, about $90 million", "4% below 2024's level,
// some 40,000 tonnes".)
const HEDGED_DELTA_BEFORE = new RegExp(String.raw`(?:\b(?:up|down|rose|fell|grew|increased|decreased|declined|dropped|gained|climbed|jumped|slipped|expanded|advanced|shrank|rising|growing|falling|increasing|decreasing|declining|dropping|gaining|climbing|jumping|expanding)\s+(?:by\s+)?${PERCENT_OF_CHANGE}(?:\s+(?:[^,.;\d%]|(?:19|20)\d\d){0,40}?\b(?:compared\s+(?:with|to)|from|on|against|over|versus|year[- ]on[- ]year)\b(?:[^,.;\d%]|(?:19|20)\d\d){0,40}?)?|${PERCENT_OF_CHANGE}\s+(?:(?:more|less|higher|lower|greater|smaller)\s+than|above|below)\b(?:[^,.;\d%]|(?:19|20)\d\d){0,40}?)\s*,\s*(?:about|around|roughly|some|nearly|almost|approximately)\s+(?:[A-Z]{0,3}\$|[€£¥])?$`, 'i');
// "6.0% ($450 million) more than 2024", "3.1 percent (€210 million) below the year before": the amount in brackets between a
// percentage and the comparative it and the percentage share is the same change in money.
const PERCENT_THEN_BRACKET_BEFORE = new RegExp(String.raw`(?<![\d.,])${PERCENT_OF_CHANGE}\s*\(\s*(?:[A-Z]{0,3}\$|[€£¥])?\s?$`, 'i');
const BRACKET_CLOSED_THEN_COMPARATIVE = /^\s*(?:[a-z]+\s+)?\)\s*(?:more|less|higher|lower|larger|smaller|greater|above|below|up|down)\b/i;
// "2,800 trucks crossed the gate daily": a frequency later in the clause makes the level a rate ("38,200 TEUs of daily
// goods", "daily necessities", "daily-use products": "daily" naming a kind of goods is no frequency).
const CLAUSE_RATE_AFTER = /^[^,;:()]*?\b(?:daily(?![\s-]+(?:goods|necessit|commodit|consumer|use\b|products|chemical|items|articles))|[Aa] day|per day|each day|every day|[Aa] week|per week|weekly)\b/;
// "Every day now, roughly seven trains leave our yard": a frequency opening the clause before the level.
const RATE_OPENING_BEFORE = /\b(?:every|each)\s+(?:single\s+)?(?:day|week)\b[^.;]{0,40}$/i;
// Subjects whose percentage changes are prices, not trade ("iron ore futures rose 1.3%").
// (a248, a249) A unit value index is a price measure too ("the unit value index of total exports rose 2.3%", "unit values of
// imports climbed 4%"); so is a spot rate, or the rate for a box or a tonne carried ("the spot rate for a 40-foot container
// ... had risen more than fourfold", "rates per TEU on the Asia-Europe lane fell 12%").
const PRICE_SUBJECT = /\b(?:prices?|priced|futures|price index|exchange rate|freight rates?|spot\s+rates?|unit[- ]values?|rates?\s+(?:for|per|on)\s+(?:an?\s+|each\s+|one\s+)?(?:[\w-]+\s+)?(?:containers?|boxes|box|TEUs?|FEUs?|tonnes?|tons?|wagons?))\b/i;
// Each X_WORDS names words one of which every match of X contains: X runs only where one is (keywords.ts).
const PRICE_SUBJECT_WORDS = keywords(['price', 'futures', 'rate', 'unit value', 'unit-value'], PRICE_SUBJECT);
// "though lower prices cut the value by 11.5 percent", "higher prices lifted their value by 20%": prices as the cause of a
// change in the value of the goods; the percentage is that value's change, not a price's.
// ("lower prices on the Chinese market cut the value of coal exports by 18.5 percent", "prices abroad have cut ...": where
// the prices were may be named between, in a short phrase, and the verb may take "have".)
const PRICES_MOVED_VALUE = /\bprices\s+(?:(?:on|in|at|for|of|abroad|overseas)\s+(?:(?:the|world|global)\s+)?(?:[\w'’-]+\s+){0,3}?(?=(?:\w+\s+)?(?:(?:have|has|had)\s+)?(?:cut|trimmed|lowered|reduced|dragged|pushed|pulled|lifted|raised|boosted|drove|sent)\b))?(?:\w+\s+)?(?:(?:have|has|had)\s+)?(?:cut|trimmed|lowered|reduced|dragged|pushed|pulled|lifted|raised|boosted|drove|sent)\s+(?:down\s+|up\s+)?(?:the|its|their)\s+(?:total\s+)?value\b(?!\s+of\s+(?:the\s+)?(?:yuan|dollar|currency))/i;
// "Lower global prices meant the import bill fell 12 per cent", "cheaper prices saw imports drop", "higher prices made export
// earnings climb", "firmer prices helped shipments' value rise": prices as the subject of a verb of causing, whose object is a
// trade amount with a change of its own; the change is that amount's, not the prices'.
const PRICES_CAUSE_VERB = String.raw`(?:meant|means|mean|caused|causes|made|makes|saw|sees|left|leaves|kept|keeps|helped|helps|pushed|dragged|drove|sent|led)`;
const PRICES_CAUSED_TRADE = new RegExp(String.raw`\bprices?\b[^.;,]{0,40}?\s${PRICES_CAUSE_VERB}\s+(?:that\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:imports?|exports?|import\s+bill|shipments|trade|turnover|purchases|sales|value|earnings|receipts|proceeds|revenues?)\b`, 'i');
// "jumped 10.8% year on year to hit about 10.08 million b/d": a change leading into a daily rate, hedged or not, is the rate's.
const DAILY_RATE_AHEAD = /^[^.;\d]{0,60}?\b(?:to|at|of|reach|reaching|hitting|hit)\s+(?:a\s+record\s+(?:high\s+of\s+)?)?(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than)\s+)?[\d.,]+\s*(?:million|mln|mil|mn|m|thousand|k|bn|billion)?\s*(?:b\/d|bpd|barrels?\s+(?:a|per)\s+day)/i;
const DAILY_RATE_WORDS = keywords(['b/d', 'bpd', 'barrel'], DAILY_RATE_AHEAD);

// "2.38 billion euro larger than in the same period", "which is 5.8 billion dollars or 21.3% more than", "EUR 1.2
// billion, or 4.1%, higher than": an amount a balance grew or shrank by. A percentage set off by a comma before "or"
// and none after it is the change alone ("imports were 18 915 million KM, or 3.4% more than in the same period"):
// the amount is a level. "the province's annual trade was 1.33 trillion yuan larger.", "exports were 0.5 trillion yuan higher
// year on year": a comparative closing the clause after the amount (its base said before it or not at all) is a change too.
const DELTA_AFTER = /^\s*(?:\([^)]{0,30}\)\s*)?(?:\s*or\s+[+-]?[\d.,]+\s*(?:%|percent|per cent)\s*,?\s*|,\s*or\s+[+-]?[\d.,]+\s*(?:%|percent|per cent)\s*,\s*)?(?:(?:more|less|higher|lower|fewer|larger|smaller|bigger|greater|wider|narrower|deeper)(?:\s+than\b|\s*(?=[.;,)]|$)|\s+(?:year[- ]on[- ]year|y\/y|on\s+the\s+year)\b)|more\b)/i;
// "grew by $11.9 billion or 27.4%", "and that of machinery by $7.3 billion or 6.8%" (its verb left out), "were up by about HK$2
// billion, or 3.1 percent,", "by 450 million yuan (5.2%)": an amount after "by" that the same change in percent follows is the
// size of the change, whatever verb (if any) stands before "by" (a177).
const BY_AMOUNT_BEFORE = /\bby\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|close\s+to)\s+)?(?:[A-Z]{2,3}\s?|[A-Z]{0,3}\$\s?|[€£¥₽₸₴]\s?)?[+-]?$/;
const PERCENT_OF_CHANGE_AFTER = /^\s*(?:,\s*)?(?:or\s+(?:by\s+)?|\(\s*)[+-]?\d[\d.,]*\s*(?:%|percent|per\s?cent|pct)/i;
const DELTA_AFTER_WORDS = keywords(['more', 'less', 'higher', 'lower', 'fewer', 'larger', 'smaller', 'bigger', 'greater', 'wider', 'narrower', 'deeper'], DELTA_AFTER);
// "around $18 below a year ago", "some 40 yuan above last month", "2 million tonnes short of the same month of 2023", "$3
// cheaper than in March": an amount set right after it below or above an earlier time is how far something moved since
// then, not a level (with a comma before the comparison, "imports came to $18 billion, below a year earlier", it stays one).
const DELTA_FROM_TIME_AFTER = new RegExp(String.raw`^\s*(?:below|above|under|short\s+of|(?:cheaper|dearer)\s+than(?:\s+in)?)\s+(?:(?:the|its|their)\s+)?(?:a\s+(?:year|month|week|quarter)\s+(?:ago|earlier|before)|(?:last|(?:the\s+)?(?:previous|prior|preceding))\s+(?:year|month|week|quarter)|year[- ]ago|(?:the\s+)?same\s+(?:period|month|quarter|week|time)\b|(?:${MONTH_NAMES})\b|(?:19|20)\d{2}\b)`, 'i');
const DELTA_FROM_TIME_WORDS = keywords(['below', 'above', 'under', 'short', 'cheaper', 'dearer'], DELTA_FROM_TIME_AFTER);
// "y/y lower by CZK 6.3 bn", "the deficit deepened by CZK 1.2 bn", "a lower surplus (by CZK 4.8 bn)": a
// comparative or a verb of change with "by", or a bracketed "by", names the size of a change, not a level.
// "were higher by $2.1 billion and $1.4 billion respectively": the second of a pair of changes after one "by" is a change too.
const COMPARATIVE_DELTA_BEFORE = /(?:\b(?:higher|lower|larger|smaller|bigger|greater|deeper|wider|narrower|deepened|improved|worsened|deteriorated)\s+by|\(\s*by)\s+(?:(?:[A-Z]{2,3}\s?|[A-Z]{0,3}\$\s?|[€£¥₽₸₴]\s?)?[+-]?\d[\d.,]*\s*(?:billion|million|thousand|trillion|bn|mn|m|b)?\s*(?:,\s*(?:and\s+)?|and\s+))?(?:[A-Z]{2,3}\s?|[A-Z]{0,3}\$\s?|[€£¥₽₸₴]\s?)?[+-]?$/;
// "We have cut the deficit by around 60 billion euros", "trimmed its trade gap by $4 billion", "the measures lifted exports to
// Asia by 2.1 billion dollars", "the surplus was reduced by EUR 3 billion", "boosting shipments by 40,000 tonnes": a verb that
// moves a measure, with the measure as its object (or its subject in the passive) and then "by", names the size of the change,
// not a level (a162; the intransitive "narrowed by" is in DELTA_BEFORE). "cut the deficit to 40 billion" keeps its level.
const MOVED_MEASURE_VERB = String.raw`(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|trimm?(?:ed|ing|s)?|slash(?:ed|es|ing)?|lower(?:ed|ing|s)?|par(?:ed|ing)|shav(?:ed|ing)|halv(?:ed|ing)|narrow(?:ed|ing|s)?|widen(?:ed|ing|s)?|deepen(?:ed|ing|s)?|lift(?:ed|ing|s)?|rais(?:e|ed|es|ing)|boost(?:ed|ing|s)?|increas(?:e|ed|es|ing)|expand(?:ed|ing|s)?|push(?:ed|es|ing)\s+up|br(?:ought|ing|ings|inging)\s+down)`;
const MOVED_MEASURE_NOUN = String.raw`(?:deficits?|surplus(?:es)?|gaps?|shortfalls?|balances?|bills?|exports?|imports?|shipments|sales|trade|turnover|purchases|deliveries|intake)`;
// The object may point back at the measure ("lifted it by roughly 930 billion yuan", "trimmed them by some $2 billion",
// "pushed the figure up by"), and the amount may be hedged ("by about", "by nearly", "by more than"); a174.
const MOVED_MEASURE_POINTER = String.raw`(?:it|them|this|that|the\s+(?:figure|total|amount|tally|sum))`;
const DELTA_HEDGE = String.raw`(?:(?:roughly|about|around|nearly|some|almost|approximately|close\s+to|more\s+than|over|just\s+(?:over|under))\s+)`;
const TRANSITIVE_DELTA_BEFORE = new RegExp(String.raw`(?:\b${MOVED_MEASURE_VERB}\s+(?:(?:[\w'’-]+\s+){0,3}?${MOVED_MEASURE_NOUN}(?:\s+(?:to|with|from|of|in)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?|${MOVED_MEASURE_POINTER})|\b${MOVED_MEASURE_NOUN}\s+(?:was|were|has\s+been|had\s+been|have\s+been|being)\s+${MOVED_MEASURE_VERB})\s+by\s+${DELTA_HEDGE}?(?:[A-Z]{2,3}\s?|[A-Z]{0,3}\$\s?|[€£¥₽₸₴]\s?)?$`, 'i');
// ("4.21 million tonnes a year later": "a year" that dates the amount, later or earlier, is no rate per year.)
// ("$25 an ounce", "$21.40 per lb", "$3.10 a bushel", "$406 per MT": the commodity desks' price units; gas is priced per
// million British thermal units or per thousand cubic metres, written out: "$37 per million British thermal units".)
const RATE_AFTER = /^\s*(?!an?\s+(?:day|week|month|year)\s+(?:later|on|after(?:wards)?|earlier|before|ago|back)\b)(?:(?:a|an|per|each|every)\s+(?:day|week|month|year|tonne|ton|unit|vehicle|person|capita|enterprise|company|head|kilo(?:gram)?|kg|barrel|TEU|container|train|trip|(?:troy\s+)?ounce|oz|lb|pound|bag|bale|box|bushel|gallon|litre|liter|carat|mmbtu|mn\s+btu|mt|dmt|bdmt|metric\s+ton(?:ne)?|(?:million|thousand)\s+(?:British\s+thermal\s+units?|btu|cubic\s+met(?:re|er)s))\b|(?:daily|on average|apiece|each)\b|\/\s*(?:t|ton|tonne|day|kg|bl|bbl|lb|oz|mt|mmbtu)\b)/i;
// "capital" is money ("registered capital of"), not the capital city ("the capital's trade", "Hefei, the provincial capital, contributed");
// a capital in an apposition closes with its comma ("Kunming, the provincial capital, recorded ..." when "provincial" is out of sight),
// also past a closing quote (Chenghai District, known as the "toy capital", shipped ...);
// "capital goods" (machinery and equipment, a class of imports) are goods.
// "Ningxia's capital dispatched 318 trains": a place's capital is its capital city, as "the regional capital" is; so is a
// capital "of" a named place with no article ("Hefei, capital of east China's Anhui Province, ran 568 trips").
// A capital followed by a name, or by "is" and a name, is the city ("Shaanxi, whose capital is Xi'an, recorded", "the
// region, with its capital Urumqi, handled"); money takes an amount or a currency there ("capital of", "capital RMB").
// "amounted to EUR 3.08 billion at current prices – exports accounted for": a clause break and a new flow
// subject after the word leave it to the clause before; so does a volume after it ("fell 18% on lower prices, although
// volumes rose to 45.7 million tonnes": the amount is how much went, not a price). A conjunction may open the new clause and
// its verb of trade or earning may carry it ("on higher bullion prices, while crude oil brought in US$1.88 billion", "at lower
// prices, but timber shipped 2.1 million tonnes", "on firm prices, and the country's coffee fetched $1.2 billion").
// "the freight rate per 40-foot container had dropped to about 6,000 U.S. dollars": a rate per box or tonne is a price.
// An average that a growth is measured against ("grew faster than the average:", "outpacing the national average,", "which
// beat the provincial average,"), closed by a clause break, is the yardstick, not what the amount after it is; "lower than
// the average US$30 billion", "above the monthly average exports of ..." still name one.
// "At the month's average exchange rate, that was equivalent to R$46.8 billion", "Converted at the quarter's average conversion
// rate for the won, the surplus came to ...": an average exchange rate closed off by a comma is what an amount was converted at,
// and the amount after it the converted level (a rate's own amount has no comma between, "average exchange rate of 5.7 reais", or
// follows it as its predicate, "the average exchange rate for March, at R$5.71, was ...").
// ("exports of goods in current prices amounted to PLN 492 billion", "at current market prices, imports came to", "in nominal
// prices", "in current price terms": the prices the figures are valued at, no price of their own.)
const RATE_BEFORE = /\b(?:(?:rates?|fees?|charges?)\s+per\s+(?:[\w-]+\s+){0,2}?(?:containers?|boxes|box|TEUs?|FEUs?|tonnes?|tons?|wagons?|units?)|average(?!(?<=\b(?:than|above|below|over|outpac(?:e|es|ed|ing)|beat(?:s|ing)?|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}average)(?=\s*[,:;–—]))(?!\s+(?:[\w'’-]+\s+){0,2}?(?:exchange|conversion)\s+rates?\b[^.;,]{0,40},(?!\s*(?:at|of|was|is|stood|averaging|averaged)\b))|averaged|averaging|per capita|(?<!\b(?:in|at)\s+(?:the\s+)?(?:current|nominal)(?:\s+market)?\s)(?:price|prices)(?!\s+terms\b)|priced at|costs?|salary|wages?|(?<!\b(?:the|provincial|regional|national)\s|\b[A-Z][\w-]*['’]s\s)capital(?!'s|\s+city|\s+goods|\s+(?:(?:is|was)\s+)?(?-i:[A-Z][a-z])|["”’']?\s*,|\s+of\s+(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(?-i:[A-Z][a-z])))\b(?![^.;]{0,40}?(?:[,–—]\s*(?:(?:while|whereas|but|and|although|though)\s+)?|\s(?:meant|means|mean|caused|causes|made|makes|saw|sees|left|leaves|kept|keeps|helped|helps|pushed|dragged|drove|sent|led)\s+(?:that\s+)?)(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:exports?|imports?|import\s+bill|trade|turnover|volumes?|shipments|sales|brought\s+in|earned|fetched|generated|netted|yielded|exported|imported|shipped|sold)\b)[^.;]{0,40}$/i;
// "... had expected corn imports of around 400,000 tons, and see full-year purchases of under 2.5 million tons": "see" after
// its forecasters (or "and" joining it to an expectation) is a forecast too, as is one forecaster's "... expects X in November,
// and sees full-year shipments of about 111 million tons"; an amount hedged as possible ("quotas to be issued for the window,
// possibly totalling 1mn t") is one nobody has reported yet.
// "Economists had expected a deficit of $2.5 billion", "analysts polled had forecast", "adding that he expected
// full-year growth of around 4 percent", "the full-year figure could top $150 billion", "a researcher who expected
// full-year growth of around 3 percent", "Some institutions estimate that exports dropped 20 percent", "versus an expected 4.5% rise",
// "ICRA had estimated the deficit at USD 29 billion", "the surplus is shaping up at around $16 billion": what others expected
// Wire bullets shorten the word: "April exports +8.0 pct y/y vs f'cast +10.4 pct".
// ("may" is left out: "from January to May hit 287.5 billion yuan" is no forecast);
// "which would put the full-year total at more than 320 million tonnes", "December imports would come in at about 8
// million tons": what a total would come to is a forecast;
// "adding that full-year export growth is likely to be around 5 percent": what is likely to happen is a forecast;
// "a production quota of 735 million tonnes", "export quotas totalling 4mn t": a limit set, not an amount traded;
// "92 percent of the quarter's plan of 1.28 billion USD": a plan, not an amount traded.
// "full-year trade could approach 920 billion USD": what a total could come close to; "the ministry had planned coal
// exports of 83 million tonnes for the year": what was planned, in the active voice.
// "expects exports to reach a record 700 billion dollars, which would be 2.6 percent above last year's level": what a total
// would be is a forecast too.
// "We want the railway port to handle more than 7 million tonnes this year": what a speaker wants to happen is an aim.
// "the government aimed for a record USD600bn in annual exports", "the bureau was aiming for NZ$80 billion": an aim in the past
// or in progress is an aim all the same ("aimed at" is left out: goods "aimed at" a market are sent there).
// "The department's latest outlook has iron ore earnings easing to $102 billion", "the bank's outlook puts shipments at", "In its
// December outlook, the agency sees ...": an outlook that holds, sees or puts a level, or frames the clause, is a forecast (an
// outlook merely mentioned, "despite a weaker outlook, exports rose", is not).
// "Market economists had anticipated a deficit of about $4.0 billion": what forecasters anticipated is a forecast too.
// A live page's quoted analyst and the bank's call before the data: "She still sees exports growing about 20% for the full
// year" (a forecaster's "sees", "still" or "also" between), "CommSec had tipped a surplus of $10.8 billion", "Westpac tips a
// deficit of" (a forecaster's "tipped", in the perfect or the pluperfect, or "tips a" in the present).
// "Economists polled in advance had looked for an 11.1 percent rise": what forecasters looked for is what they expected.
// The forecasters may be described at length before their verb ("Economists surveyed before the data came out had looked
// for", "Strategists at the two state banks polled last week had expected"): up to eight words between.
// "The office projects export growth of about 14 per cent", "officials anticipate an import decline of 3%", "the council is
// projecting a rise of 8 per cent": a forecaster's verb with the change it foresees as its object (an estimate of a past
// period, "estimates export growth of", is a result and stays).
// "annual turnover is set to pass 130 billion dollars", "two-way trade looks poised to top", "exports are heading for a
// record", "the surplus is on pace to exceed": a total said to be set, poised, headed or on track, course or pace to or for a
// level is a forecast, in any tense, as "is on track to" already was.
// "said an economist at a brokerage, who sees exports falling about 5% next quarter": a speaker named just before
// "who sees" is foreseeing, as "they see" is.
const FORECAST_BEFORE = /\b(?:expect(?:s|ations?)?|(?:an?|the)\s+(?:expected|anticipated|predicted|projected)|had\s+estimated|(?:is|are|was|were)\s+shaping\s+up|consensus|median\s+estimate|(?:had|have|has|was|were)\s+(?:been\s+)?(?:expected|forecast|predicted|projected)|(?:economists|analysts|forecasters|strategists)\s+(?:[\w'’-]+\s+){0,8}?(?:expected|forecast|predicted|estimated|anticipated)|(?:economists|analysts|forecasters|strategists)\s+(?:[\w'’-]+\s+){0,8}?look(?:ed|ing)\s+for|(?:he|she|they|we|who|analysts?|economists?|experts?|observers?)\s+(?:also\s+|still\s+)?(?:expected|anticipated|predicted|projected)|estimates?\s+that|estimates?\s+(?:for|of)\s+an?\b|expected\s+to|expected\s+(?:[\w'-]+\s+){1,4}?to\s+(?:hold|stay|remain|keep|reach|exceed|top|hit|rise|fall|climb|drop|ease|slow|grow|increase|decrease|decline|rebound|recover|average)|is\s+expected|are\s+expected|forecasts?|f'?casts?|projected|projects\s+(?:an?|that|the|its|their)|(?:project(?:s|ed|ing)|predict(?:s|ed|ing)|anticipat(?:es?|ed|ing)|(?<!\b(?:than|as)\s+(?:\w+\s+)?)expected|forecast(?:s|ing)?|foresaw|foresees?|foreseeing)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:growth|increase|rise|gain|expansion|decline|drop|fall|contraction)\s+(?:(?:of|in|for)\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:exports?|imports?|trade|shipments|sales|turnover|purchases)\s+)?(?:of|at|by)|predict(?:s|ing)\s+(?:an?|the)\b|projection|will\s+(?:reach|exceed|hit|be|top|surpass|pass|cross|break|grow|rise|push|lift|bring|drive|take|need|require|see|fall|drop|decline|climb|increase|expand|slow|ease|stay|remain|hold|double|shrink|contract|recover|rebound|average|end\s+up|settle|come\s+in|total|amount\s+to|narrow|widen|deepen|swell|balloon)|(?:would|could|might|should)\s+(?:reach|exceed|hit|top|surpass|pass|cross|break|grow|rise|increase|expand|fall|drop|decline|push|put|lift|bring|drive|take|come\s+in|total|amount\s+to|approach|near|be|end\s+up|settle|slow|ease|shrink|contract|climb|jump|surge|double|halve|stay|remain|hold|average|need|require|recover|rebound|slip|slide|dip|narrow|widen|deepen|swell|balloon)|(?:had|has|have)\s+planned|predict(?:s|ing)?\s+that|(?:is|are|was|were|remains?|looks?|looked|seems?|seemed|appears?|appeared)\s+(?:now\s+|still\s+|also\s+|well\s+|already\s+)?(?:on\s+(?:track|course|pace)|set|poised|headed|heading)\s+(?:to|for)|pencil(?:s|l?ed|l?ing)?\s+in|plans?\s+to|plan\s+(?:of|was|is|stood\s+at)|aims?\s+(?:to|at|for)|aim(?:ed|ing)\s+(?:to|for)|outlooks?\s+(?:(?:for|of)\s+(?:[\w'’-]+\s+){1,4}?)?(?:now\s+|also\s+|still\s+)?(?:has|have|had|sees?|saw|puts?|pegs?|pegged|shows?|showed|tips?|tipped)|(?:in|under|according\s+to)\s+(?:the|its|their|[\w'’-]+['’]s?)\s+(?:[\w'’-]+\s+){0,3}?outlooks?(?=\s*,)|wants?\s+(?:[\w'-]+\s+){0,4}?to|targets?|(?:is|are|was|were)\s+targeting|(?:its|their|\d{4}|full[- ]year|annual|production|output|shipments?|sales|exports?|volume)\s+guidance|estimated\s+to\s+reach|goal|quotas?|(?:he|she|they|we|who|analysts?|economists?|traders?|and|also|now)\s+(?:(?:still|also|now)\s+)?sees?|(?:had|has|have)\s+tipped|tips\s+an?\s|(?:possibly|potentially|perhaps|probably)\s+(?:totall?ing|reaching|amounting|hitting|exceeding|topping)|(?:un)?likely\s+to)\b[^.;]{0,60}$/i;
// A company's guidance is its forecast: "Vale kept its 2027 guidance at 325-335 million tonnes" (a qualifier before the
// word, so "under the guidance of the customs" stays no forecast).
// "exports fell 1.4 percent to 1.5 trillion yuan, beating forecasts, while imports decreased 4 percent to 1.1
// trillion yuan", "missing expectations, imports ...": a result measured against forecasts (the comparison closed
// by a comma) names no forecast; the figures after it are results too. The forecast may say what it was ("missing
// forecasts for a modest gain,", "beating expectations of a 5% rise,"), closed by the comma all the same.
const AGAINST_FORECAST = /\b(?:beat(?:s|ing)?|miss(?:ed|es|ing)?|against|top(?:s|ped|ping)|exceed(?:s|ed|ing)|outpac(?:ed|es|ing)|above|below|ahead\s+of|short\s+of)\s+(?:(?:the|market|analysts'?|economists'?)\s+)?(?:forecasts?|expectations?|estimates?)(?:\s+(?:for|of)\s+(?:(?:an?|the)\s+)?(?:[\w.%-]+\s+){0,3}?(?:gain|rise|increase|growth|decline|drop|fall|contraction|rebound|recovery))?\s*,/gi;
// "compared with a 7.0 percent increase forecast in a Reuters poll and a 5.1 percent rise in September": a forecast
// participle after its own figure, with the poll or the forecasters named, is that figure's; a figure after it is not forecast.
const POLLED_FIGURE = /\d[\d.,]*\s*(?:%|percent|per\s+cent|pct|pc)\s+(?:[\w-]+\s+){0,2}?(?:forecast|expected|predicted|projected|anticipated)\s+(?:by|in)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:economists|analysts|forecasters|poll|survey|consensus)\b/gi;
// "a deeper drop than the 0.9% fall forecast, leaving a surplus of ...", "beside the 5% rise expected, ...": a forecast
// percentage whose participle closes its clause with a comma is the forecast's; what follows the comma is a result.
const FORECAST_FIGURE_CLOSED = /\d[\d.,]*\s*(?:%|percent|per\s+cent|pct|pc)\s+(?:[\w-]+\s+){0,2}?(?:forecast|expected|predicted|projected|anticipated)\s*,/gi;
// "Imports of syrups, which Beijing has curbed to stop them being used to skirt quotas, dropped to 18,300 tons": a
// relative clause closed by its comma describes the subject; a forecast or quota word inside it is not the figure's.
const CLOSED_RELATIVE_ASIDE = /,\s*(?:which|who)\b[^,.;]{1,120},/gi;
// "June exports climbed 17.9 percent, well ahead of the 12 percent rise economists had expected, and the month's surplus hit
// 97.94 billion dollars": the forecasters and their verb, closed by a comma, end the amount they expected; what follows is a result.
// Who forecasts (economists, analysts and the like, the market, or its watchers and participants), and how their poll is
// named: by whom ("polled by Yonhap Infomax") or when ("surveyed beforehand", "polled in advance", "canvassed ahead of the
// data", "questioned last week"). FORECAST_AFTER and FORECASTERS_CLOSED read the same family.
// ("the 0.2% contraction the City had expected": London's markets, named by their district.) Houses that sell forecasts are
// forecasters too ("the 13 percent decline several brokerages had been predicting", "a few banks had pencilled in"; a234).
const FORECASTERS = String.raw`(?:(?-i:the\s+City)|economists|analysts|forecasters|strategists|markets|traders|investors|dealers|observers|experts|pollsters|respondents|brokerages|brokers|bankers|banks|fund\s+managers|(?:research|securities|forecasting)\s+(?:houses|firms)|think\s+tanks|(?:the\s+)?market(?:\s+(?:watchers|observers|participants|analysts|economists|players))?|industry\s+(?:watchers|observers|analysts|experts)|(?:the\s+)?consensus)`;
const POLLED = String.raw`(?:polled|surveyed|questioned|canvassed)\s+(?:by\s+(?:[\w-]+\s+){1,3}?|(?:in\s+advance|beforehand|earlier|ahead\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:data|release|figures|report|announcement)|(?:last|this)\s+(?:week|month))\s+)`;
const FORECASTERS_CLOSED = new RegExp(String.raw`\b${FORECASTERS}\s+(?:${POLLED})?(?:had\s+|have\s+)?(?:expected|forecast|predicted|projected|anticipated|estimated|pencil(?:l)?ed\s+in)\s*,`, 'gi');
// A flow said in the present passive to be "seen", "pegged" or "tipped" at an amount, right before it ("arrivals this month
// are seen at around", "is pegged at", "are now seen rising to", "are tipped to reach") is a forecast, as "is expected at" is.
const SEEN_AT_BEFORE = /\b(?:is|are)\s+(?:(?:now|currently|widely|generally)\s+)?(?:seen|pegged|tipped)\s+(?:at|around|near|(?:to\s+)?(?:rise|fall|climb|ease|drop|reach|total|hit|rising|falling|climbing|easing|dropping|reaching|totall?ing|hitting)(?:\s+(?:to|at))?)\s+(?:(?:about|around|some|nearly|roughly|almost|close\s+to|over|more\s+than|just\s+(?:over|under))\s+)?(?:(?:US|U\.S\.)?[$€£¥]\s?)?$/i;
// "We hope the port will handle more than 16 million tonnes", "the city is hoping to lift exports to", "officials hope that
// trade with Laos can reach", "he said he hoped exports would top": what a speaker hopes a level will come to is an aim.
const HOPED_BEFORE = /\b(?:hopes?|hoped|hoping|wish(?:es|ed)?|trusts?)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,5}?(?:will|would|can|could|to)\s+(?:(?:be\s+able\s+to|further|still|again|soon)\s+)?(?:reach|exceed|hit|top|surpass|handle|grow|rise|increase|expand|lift|bring|push|keep|achieve|see|ship|export|import|carry|process|move|clear|double|pass|break|raise)\b[^.;]{0,60}$/i;
/** Whether the text before a figure (from `from` to `to`) names a forecast it belongs to. */
function forecastBefore(s: string, from: number, to: number): boolean {
  if (!mentions(s, FORECAST_BEFORE_WORDS, from, to)) return false;
  const blank = (m: string) => ' '.repeat(m.length);
  // The aside is blanked in a wider window (its "which" may stand before `from`), then the window is cut back.
  const wide = Math.max(0, from - 120);
  const window = s.slice(wide, to).replace(AGAINST_FORECAST, blank).replace(CLOSED_RELATIVE_ASIDE, blank).replace(POLLED_FIGURE, blank).replace(FORECAST_FIGURE_CLOSED, blank).replace(FORECASTERS_CLOSED, blank);
  const cut = window.slice(Math.max(0, from) - wide);
  return FORECAST_BEFORE.test(cut) || SEEN_AT_BEFORE.test(cut) || HOPED_BEFORE.test(cut);
}
// "Post forecasts Chile's MY 2026/27 cherry exports at 640,000 MT", "the group sees 2026 exports at about 5.2
// million tons": a forecaster's verb, what it forecasts (however long), then "at" and the amount.
const FORECAST_AT_BEFORE = /\b(?:forecasts?|sees|projects)\s+[^.;]{1,110}?\bat\s+(?:(?:about|around|some|nearly|roughly|close\s+to)\s+)?(?:(?:US|U\.S\.)?\$\s?)?$/i;
const FORECAST_AT_WORDS = keywords(['forecast', 'sees', 'projects'], FORECAST_AT_BEFORE);
// "... at 330,000 MT, up 6 percent": the change of a forecast amount is forecast too.
const FORECAST_AT_CHANGE = /\b(?:forecasts?|sees|projects)\s+[^.;]{1,110}?\bat\s+[^.;]{1,40}$/i;
const FORECAST_AT_CHANGE_WORDS = keywords(['forecast', 'sees', 'projects'], FORECAST_AT_CHANGE);
const FORECAST_BEFORE_WORDS = keywords(['expect', 'anticipat', 'consensus', 'median', 'forecast', "f'cast", 'fcast', 'predict', 'project', 'economists', 'analysts', 'strategists', 'shaping', 'will', 'would', 'could', 'might', 'should', 'foresaw', 'foresee', 'plan', 'aim', 'want', 'target', 'estimate', 'guidance', 'goal', 'quota', 'track', 'course', 'pace', 'set', 'poised', 'headed', 'heading', 'pencil', 'see', 'possibly', 'potentially', 'perhaps', 'probably', 'likely', 'pegged', 'tipped', 'tips', 'hope', 'hoping', 'wish', 'trust', 'outlook'], FORECAST_BEFORE, SEEN_AT_BEFORE, HOPED_BEFORE);
// "we expect foreign trade to keep steady growth and the scale to stay above 45 trillion yuan": the one expecting, what is
// expected (however long, within the clause: not past "but" or "while"), then the verb of the level it is to reach right before the amount.
// ("we expect ... and the year's deficit to come in below USD20bn": where a level is to come in is its reach too.)
// ("expects spending on the tools to ease to around", "anticipate arrivals to climb back to", "predicts the surplus to
// narrow to": a verb of change and "to" before the amount is where the expected level is to end up.)
// (Any verb of reaching a mark: "expected total exports, goods and services combined, to pass $850 billion", "expects shipments to
// cross 10 million tonnes", "to break", "to clear", "to approach": a210.)
const EXPECTED_TO_REACH_BEFORE = /\b(?:expects?|expected|anticipates?|predicts?)\s+(?:(?!\b(?:but|while|whereas|although|though)\b)[^.;?!]){1,120}?\bto\s+(?:stay|remain|hold|keep|reach|exceed|top|hit|surpass|pass|cross|break|breach|clear|touch|near|approach|attain|be|come\s+in|(?:ease|fall|drop|slip|dip|decline|shrink|narrow|slow|rise|climb|grow|increase|jump|widen|expand|rebound|recover|edge\s+(?:up|down|higher|lower))\s+(?:back\s+)?to)\s+(?:(?:above|below|over|under|around|about|near|nearly|some|roughly|beyond|at(?:\s+least)?|more\s+than)\s+)?(?:(?:US|U\.S\.)?\$\s?)?$/i;
const EXPECTED_TO_REACH_WORDS = keywords(['expect', 'anticipate', 'predict'], EXPECTED_TO_REACH_BEFORE);
// "exports are likely to grow only about 1.5 percent this year to roughly $694 billion", "shipments are set to reach 9 million
// tonnes", "the surplus is poised to top $50 billion", "imports could climb to", "sales will probably hit", "trade is on track
// to exceed": a subject said to be likely, set or bound to move to an amount (or reach it), or a modal of the future before the
// verb of moving, gives a forecast, whatever year it is of. ("the deficit could narrow to around £170 billion", "the gap will widen to", "the
// shortfall may deepen to": a balance's verbs of changing size are verbs of moving too, a238.) ("meat trade is anticipated to edge down to", "imports are foreseen
// to climb to", "shipments are envisaged to reach": the other participles of foreseeing say the same.)
// (a244) Any verb of arriving at a mark after the modal: "the full-year export figure should land at around US$400 billion",
// "exports could still touch $312 billion", "the surplus may come to", "shipments would be worth", "imports might near".
const LIKELY_TO_REACH_BEFORE = /\b(?:(?:is|are|was|were|seems?|looks?|appears?)\s+(?:(?:also|now|still|thus)\s+)?(?:likely|unlikely|set|poised|projected|forecast|expected|anticipated|foreseen|envisaged|seen|tipped|predicted|on\s+(?:course|track)|bound|due)\s+to|(?-i:will|would|should|could|might|may))\s+(?:(?:probably|likely|only|still|also|easily|comfortably|even|well|now|eventually|just)\s+)?(?:(?:grow|rise|increase|climb|expand|jump|rebound|recover|fall|drop|decline|shrink|slip|ease|dip|slow|narrow|widen|deepen|swell|edge\s+(?:up|down|higher|lower))\b(?:(?!\b(?:but|while|whereas|although|though)\b)(?:[^.;?!]|\.(?=\d))){0,80}?\bto|reach|hit|top|exceed|surpass|total|touch|near|approach|pass|cross|breach|amount\s+to|be(?:\s+worth)?|come\s+(?:in\s+)?(?:at|to|near|around|close\s+to)|(?:land|settle|stand|end|finish)\s+(?:the\s+year\s+)?(?:at|near|around|close\s+to))\s+(?:(?:above|below|over|under|around|about|near|nearly|some|roughly|approximately|beyond|at(?:\s+least)?|more\s+than|close\s+to)\s+)?(?:(?:US|U\.S\.)?\$\s?)?$/i;
// "car exports would likely climb 4.5 percent", "imports seem likely to slip 3.5 percent", "shipments are on course to expand by
// about 6 percent": the change such a subject is said to be bound for is a forecast too. (a248) An adverb of repetition or
// degree, a coming year and a comma may stand between the verb and its change: "imports may edge up again this year, by
// perhaps 1% to 2%", "exports could slip further next year, by about 3 percent", "sales will grow in 2027 by some 4%".
const LIKELY_TO_MOVE_BEFORE = /\b(?:(?:is|are|was|were|seems?|looks?|appears?)\s+(?:(?:also|now|still|thus)\s+)?(?:likely|unlikely|set|poised|projected|forecast|expected|anticipated|foreseen|envisaged|seen|tipped|predicted|on\s+(?:course|track)|bound|due)\s+to|(?-i:will|would|should|could|might|may))\s+(?:(?:probably|likely|only|still|also|easily|comfortably|even)\s+)?(?:grow|rise|increase|climb|expand|jump|rebound|recover|fall|drop|decline|shrink|slip|ease|dip|slow|narrow|widen|deepen|swell|edge\s+(?:up|down|higher|lower))(?:\s+(?:again|further|slightly|modestly|somewhat))?(?:\s+(?:this|next)\s+(?:year|month|quarter)|\s+in\s+(?:19|20)\d\d)?(?:\s*,)?\s+(?:by\s+)?(?:(?:perhaps|maybe|possibly|probably)\s+)?(?:(?:about|around|roughly|some|nearly|almost|approximately|only|just|more\s+than|at\s+least|up\s+to)\s+)?[+-]?$/i;
const LIKELY_TO_REACH_WORDS = keywords(['likely', 'set', 'poised', 'projected', 'forecast', 'expected', 'anticipated', 'foreseen', 'envisaged', 'seen', 'tipped', 'predicted', 'course', 'track', 'bound', 'due', 'will', 'would', 'should', 'could', 'might', 'may'], LIKELY_TO_REACH_BEFORE, LIKELY_TO_MOVE_BEFORE);
// "will ... try to make the processing trade exceed 60 hundred million yuan", "strives to push exports above 2 million tonnes",
// "aims to bring trade with Russia to $30 billion": an effort to make a level reach an amount names what is aimed at, not
// what was traded (an effort verb, "to", a verb of making or bringing, what is to reach it, then the verb or preposition of
// the reach right before the amount).
const EFFORT_TO_REACH_BEFORE = /\b(?:tr(?:y|ies|ying)|striv(?:e|es|ing)|aim(?:s|ing)?|seek(?:s|ing)?|endeavou?r(?:s|ing)?|work(?:s|ing)?|strain(?:s|ing)?)\s+(?:hard\s+)?to\s+(?:make|get|push|bring|drive|lift|help)\s+(?:(?!\b(?:but|while|whereas)\b)[^.;?!,]){1,80}?\s(?:exceed|reach|top|surpass|hit|above|over|beyond|past|to)\s+(?:(?:about|around|more\s+than|at\s+least)\s+)?(?:(?:US|U\.S\.)?\$\s?|RMB\s?|¥\s?)?$/i;
const EFFORT_WORDS = keywords(['try', 'tries', 'trying', 'striv', 'aim', 'seek', 'endeavo', 'work', 'strain'], EFFORT_TO_REACH_BEFORE);
// "will strive for the foreign trade growth of 10%", "aims for 8 percent export growth", "is seeking an increase of 5% in
// shipments", "working towards a rise of 12 percent": a change someone strives, aims or works for is a goal, not a result.
// ("strive for growth of foreign trade of more than 5%", "aim at an increase in exports of 8%": the trade that is to grow
// may stand between the change's noun and its number.)
const EFFORT_FOR_CHANGE_BEFORE = /\b(?:striv(?:e|es|ing)\s+for|aim(?:s|ing)?\s+(?:for|at)|seek(?:s|ing)?|work(?:s|ing)?\s+(?:for|towards?)|push(?:es|ing)?\s+for|target(?:s|ing)?)\s+(?:an?\s+|the\s+)?(?:(?:[\w-]+\s+){0,4}?(?:growth|increase|rise|expansion)\s+(?:rate\s+)?(?:(?:of|in)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:trade|exports?|imports?|turnover|shipments)\s+)?(?:of\s+)?)?(?:(?:about|around|at\s+least|more\s+than|over)\s+)?$/i;
const EFFORT_FOR_WORDS = keywords(['striv', 'aim', 'seek', 'work', 'push', 'target'], EFFORT_FOR_CHANGE_BEFORE);
// "4,000 trips are planned for 2021", "another 1,200 trains are scheduled for next year": an amount planned in the passive;
// "Around 7,000 trains are expected to run on the corridor this year": an amount expected, its verb after it.
// "above the $6.4 billion expected by economists", "the 3.1% forecast in a Reuters poll": an amount others expected.
// "a steeper drop than the 3.5 per cent fall economists had projected": the forecasters named after the figure.
// "the 9.3 percent growth that economists polled by Yonhap Infomax had projected": the poll named between them, or
// after them ("the 12% rise analysts in a Reuters poll had expected"); a bound may follow the amount ("the 8 million tonnes
// or more that traders had expected").
// Who forecasts, named after the figure in a relative clause with no "that" ("the 10.5 percent decline market watchers had
// anticipated", "the deficit of about $23 billion economists at a rating agency had projected"): economists, analysts and
// the like, the market, or its watchers and participants, described by a short phrase of where they work or who polled them.
// The poll may be dated rather than named: "the 3.1% rise that analysts surveyed beforehand had expected", "economists polled
// in advance", "strategists canvassed ahead of the data", "experts questioned last week".
// (Round a226: only some of them may have forecast it, "a smaller decline than the 9 percent fall some analysts had
// predicted", "the 5 percent rise many economists had expected", "the 3% gain a few analysts had pencilled in".)
// (Round a233: also "a handful of", "a couple of", "a minority of", and up to two capitalised words or a trade's word naming
// where or in what they work: "the 7% jump a handful of Singapore brokers had forecast", "the rise a couple of London commodity
// traders had pencilled in", "the fall some Wall Street banks had predicted".)
// (a241: a group of them named by its size, "a clutch of Shanghai securities firms had pencilled in", "a small group of
// Dalian-based analysts had predicted", "a panel of economists", "a dozen brokerages".)
const SOME_OF_THEM = String.raw`(?:(?:some|many|most|several|a\s+few|few|a\s+number\s+of|a\s+handful\s+of|a\s+couple\s+of|a\s+minority\s+of|a\s+(?:small\s+|large\s+)?(?:clutch|group|panel|string|dozen|majority)\s+of|a\s+dozen|other|private(?:-sector)?|independent|bank|leading)\s+)?(?:(?:(?-i:[A-Z][\w.'’-]*)|commodity|industry|shipping|steel|metals?|grain|oil)\s+){0,2}?`;
const FORECAST_AFTER = new RegExp(String.raw`^[^.;]{0,30}\bnext\s+(?:month|year|quarter|week)\b|^[^.;,]{0,50}?\b(?:is|are|will\s+be)\s+(?:expected|forecast|projected|predicted|likely|set|due)\s+to\b|^[^.;]{0,30}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:planned|scheduled|slated|targeted|envisaged|budgeted)\s+(?:for|in|by)\b|^\s*(?:(?:metric\s+)?(?:tons|tonnes|t)\s+)?of\s+(?:(?!(?:in|under|within|with|for|by|at|on|to|from|after|as)\b)[\w-]+\s+){0,5}?quotas?\b|^\s*(?:[a-z]+\s+)?(?:or\s+(?:more|less|so|higher|lower)\s+)?(?:(?:that|which)\s+)?${SOME_OF_THEM}${FORECASTERS}\s+(?:${POLLED}|in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:poll|survey)\s+|(?:at|from|with|of)\s+(?:(?!(?:had|have|has|were|are|was|is)\b)[\w'’-]+\s+){1,4}?)?(?:had\s+(?:been\s+)?|have\s+(?:been\s+)?|were\s+|are\s+)?(?:expect(?:ed|ing)?|forecast(?:ing)?|predict(?:ed|ing)?|project(?:ed|ing)?|anticipat(?:ed|ing|e)|estimated|pencil(?:l)?ed\s+in|look(?:ed|ing)\s+for|call(?:ed|ing)\s+for)\b|^\s*(?:(?!as\b)[a-z]+\s+)?(?:expected|forecast|predicted|projected|anticipated)\s+(?:by|in)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:economists|analysts|forecasters|markets?|consensus|poll|survey)\b`, 'i');
/** How far after a figure its forecasters may be named ("growth that economists polled by Yonhap Infomax had projected"). */
const FORECAST_AFTER_REACH = 90;
// "beating the 4.0 percent growth forecast": a percentage that names a forecast or a poll, not a result; "short of the
// 10 percent annual goal": a yearly or official goal too.
// "a deeper drop than the 0.9% fall forecast", "the 5% rise expected", "a 2% contraction that had been predicted": a change
// noun after the percentage with a forecaster's participle after it is the change forecast, its forecasters named or not.
const FORECAST_CHANGE_NOUN = '(?:growth|increase|rise|gain|jump|expansion|decline|drop|fall|dip|decrease|contraction|slide)';
// (a245) A poll's word may stand before the noun, as before a level's (FORECAST_LEVEL_NOUN_AFTER): "the 14.1 percent median
// forecast of economists", "a 3% consensus estimate", "the 5.2% market expectation".
const FORECAST_NOUN_AFTER = new RegExp(String.raw`^\s*(?:(?:annual|yearly|full-year|official|median|consensus|average|mean|market|poll|polled|analysts['’]?|economists['’]?)\s+)?(?:${FORECAST_CHANGE_NOUN}\s+)?(?:forecasts?|estimates?|expectations?|consensus|projections?|targets?|goals?)\b|^\s*${FORECAST_CHANGE_NOUN}\s+(?:(?:that|which)\s+)?(?:(?:had|has|was)\s+(?:been\s+)?)?(?:forecast|expected|predicted|projected|anticipated|pencil(?:l)?ed\s+in)\b`, 'i');
// Subjects of figures that are not trade: the economy, investment, tourism, budgets, deals, people.
// A state reserve's sales at auction in any form of the verb ("after auctioning about 1 million tonnes") are no trade.
// What a market eats or uses, at home or in the world, is no trade either: "consumption estimated at 177.0 million bags",
// "world consumption of coffee rose 2%" (goods named for consumption, "consumption goods", are traded goods).
// "foreign-invested enterprises" and "customs revenue" are trade; "investment goods" are goods.
// The commodity desks' stocks and output: "port stockpiles of the ore climbed to 151 million tons",
// "potash inventories stood at 2.8 million tons", "Stock of edible oils at ports ... is estimated at 1.82 million tons", "copper output rose 3.2%", "Sinograin has auctioned
// 2 million tons of reserve corn", "the sow herd cut to 39 million head", "Domestic sales were 7,920 units",
// "Cattle slaughter in November was 198,400 head" (animals killed at home, not shipped).
// "a bumper Xinjiang crop of about 6.9 million tons", "the wheat harvest came to": what a country grew (a "crop year"
// is a period, and names no subject).
// What a place made, and its gross regional product: "The city produced 2.7 million vehicles in 2025" (a verb of making
// right before its amount; so are the verbs of winning raw goods: "China mined about 270,000 tonnes of rare earth oxide",
// "the country pumped 9.4 million barrels", "smelters refined 12 million tonnes", "farmers harvested some 5 million tonnes";
// a222: a word of the amount between, "the estates harvested a record 598 million kilograms", "mined an estimated 5.2 million
// tonnes", "pumped a total of 3.1 million barrels", "refined close to 4 million tonnes"), "the municipality's gross regional product topped 3.2 trillion yuan".
// Markets for a company's equity: "Shares of jeweller Titan Co (TITN.NS) rose 1.2%" (its ticker in brackets), "share
// prices", "the stock index" (a wire story's market line, not trade).
// Sales a promotion is said to bring, not goods that moved: "29 trade missions generating potential sales of RM1.2 billion",
// "prospective export orders worth $40 million", "on-the-spot sales at the fair", "sales leads of", "letters of intent".
// A fair's or expo's own money is no trade either: "agreements worth 12 billion yuan were expected to be signed", "memorandums
// of 3.5 billion dollars", "intended purchase agreements", "MoUs worth", "sales at the show's retail pavilion reached", "turnover
// during the four-day fair", "the expo's on-site transactions". (a145's fair money widened: "on-site export turnover of 12.8
// billion dollars", "on-the-spot import deals", "potential trade takings": a flow word may stand inside, any noun of money after.)
// The economy's price gauges in a commentary's macro paragraph: "PPI deflation deepened to minus 2.1 percent", "the CPI rose
// 0.3 percent", "consumer inflation eased to 1.8 percent", "producer prices fell 2.1 percent", "the HICP", "wholesale prices".
// ("tariff savings for Shandong exporters under the agreement were estimated at 1.05 billion yuan": the traders who saved are
// whom the savings were for, no flow of the amount.)
// A firm's own income: "Revenue of the listed port authority increased to 58.2 million euros", "the operator's turnover rose",
// "sales at the terminal company reached", "the group's revenues came to": one company's books, no trade of a place.
// (One firm, singular: "companies' export sales" and "sales of the province's exporting companies" stay trade; so does a trade
// word between the owner and the income, "the company's export sales".)
const FIRM = String.raw`(?:authority|operator|company|firm|group|corporation|concessionaire|carrier|holding|shipping\s+line)\b`;
const FIRM_INCOME = String.raw`(?:revenues?|turnover|sales|earnings|income)\s+(?:of|at|for)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?${FIRM}(?!['’])|(?:the\s+|its\s+)?(?:[\w-]+\s+)?${FIRM}['’]s\s+(?:(?!(?:exports?|imports?|export|overseas|foreign|external)\b)[\w-]+\s+)?(?:revenues?|turnover|sales|earnings|income)`;
// "A separate Economy Ministry tally put them at", "the Ministry of Economy said", "the economy minister", "the Board of
// Investment's figures": the economy or investment naming a body (a ministry, department, secretariat, board) is who reports
// the figures, not their subject.
const BODY_NOUN = String.raw`(?:ministry|ministries|minister|department|secretariat|secretary|board|council|committee|agency|office)`;
const BODY_NAMED_FOR = (noun: string): string => String.raw`(?<!\b${BODY_NOUN}\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:and|&)\s+)?)${noun}(?!\s+(?:and\s+(?:[A-Z][\w-]*\s+)?)?${BODY_NOUN}\b)`;
// An agreement of a deal, not a treaty: one named by its kind ("purchase agreements", "cooperation agreements"), or one
// whose worth follows ("agreements worth about 12 billion yuan", "agreements of 3 billion dollars"); "tariff savings under
// the agreement" keeps the savings as its subject. Memorandums and MoUs are always the deals of a meeting, and so are
// intentions to trade ("on-site export intentions of 25.7 billion dollars", "purchase intentions worth").
const SIGNED_DEAL = String.raw`(?:(?:export|import|purchas(?:e|ing)|buying|sales|trade|investment|cooperation)\s+intentions?|(?:purchas(?:e|ing)|sales|supply|cooperation|co-operation|investment|framework|intended|tentative|signed)\s+agreements?|agreements?(?=\s+(?:worth|valued|totall?ing|amounting|(?:were|was|had\s+been|have\s+been)\s+signed|of\s+(?:(?:about|around|some|nearly|over|more\s+than)\s+)?(?:US|U\.S\.|RMB|\$|¥|\d)))|memorand(?:um|a|ums)|MoUs?)`;
// Money a territory's casinos and lotteries take in: "Gaming revenue for the month reached MOP14.7 billion", "gross gaming
// receipts", "casino takings", "lottery sales", "betting turnover", "GGR" (a177; no goods move).
const GAMING_MONEY = String.raw`(?:gaming|gambling|casino|betting|lottery|wagering)\s+(?:[\w-]+\s+)?(?:revenues?|receipts|takings|turnover|sales|win|income|proceeds|handle)|GGR`;
// Offshore trade, whose goods never pass the reporter's customs border: "goods sold in merchanting", "merchandising for
// offshore transactions", "offshore trade was worth", "offshore trading", "gross earnings from merchanting", "commissions earned
// on offshore deals" (a177; the release sets it beside its merchandise trade, never in it).
// The traders' income from it is named with it, so a trade noun it follows ("earnings") is no head of the subject.
const OFFSHORE_DEAL = String.raw`(?:merchanting|merchandising\s+for\s+offshore\s+(?:transactions|trade|trading|sales)|offshore\s+(?:trade|trading|transactions|sales|deals))`;
const OFFSHORE_TRADE = String.raw`(?:(?:gross\s+)?(?:earnings|income|commissions|profits?|margins?|fees)\s+(?:(?:earned|received|made|generated)\s+)?(?:from|on|in|through)\s+(?:the\s+)?)?${OFFSHORE_DEAL}`;
// Aid a government gives, which is no trade though an embassy's page lists it beside trade in the same money: "Grant aid:
// 168.3 billion yen", "technical cooperation worth 95.7 billion yen", "official development assistance (ODA) of $2 billion",
// "humanitarian aid came to", "EU grants totalling" (b288-05), "Grants through KOICA since 1991: around USD 220 million"
// (a193); "grants duty-free access" is the verb, no subject.
const AID = String.raw`(?:grant\s+aid|grants?(?!\s+(?:of\s+)?(?:duty|tariff|zero|preferential|market|access|approval|licen[cs]es?|permits?|quotas?)\b)|(?:official\s+)?development\s+(?:assistance|aid|cooperation)|(?-i:ODA)|technical\s+(?:cooperation|co-operation|assistance)|(?:foreign|humanitarian|emergency|food|budget|economic)\s+(?:aid|assistance))`;
// A market page's line on listed firms: "Shares of the big three shipbuilders rose between 2% and 5%", "shares in Asian
// chipmakers slid 3%", "stocks of steelmakers gained": shares of firms (named by what they make or do) are equity, not a
// share of trade ("the share of private firms in total trade" is singular and stays trade).
const LISTED_FIRMS_SHARES = String.raw`(?:shares|stocks)\s+(?:of|in)\s+(?=(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:ship(?:builder|yard)s?|(?:car|auto|chip|steel|drug|phone)makers?|miners?|carriers?|airlines?|banks?|lenders?|insurers?|brokers?|brokerages?|refiners?|developers?|(?:listed\s+)?(?:companies|firms|groups))\b)`;
// (A country's firms abroad are no trade by either name: "sales by majority U.S.-owned affiliates", "the Kazakh subsidiaries
// operating in Uzbekistan had sales of" (a202).)
const NON_TRADE_SUBJECT = new RegExp(String.raw`\b(?:${GAMING_MONEY}|${OFFSHORE_TRADE}|domestic\s+(?:sales|deliveries|consumption|demand)|consumption(?![\s-]+(?:goods|items|products|articles))|stockpiles?|stocks|stock(?=\s+of\b)|inventor(?:y|ies)|output|production|crops?(?![\s-]+(?:years?|seasons?|marketing))|harvests?(?!\s+seasons?)|auction(?:s|ed|ing)?|herds?|slaughter(?:ings|ed)?|GDP|gross\s+(?:domestic|regional)\s+product|CPI|PPI|HICP|WPI|(?:consumer|producer|factory[- ]gate|wholesale)\s+prices?|(?:dis)?inflation|deflation|${BODY_NAMED_FOR('economy')}|economic output|${BODY_NAMED_FOR('(?<!-)invest(?:ments?(?!\\s+goods)|ed|ing|s)?')}|fixed[- ]assets?|retail sales|tourism|tourists?|duty-free\s+(?:shops?|stores?|sales|shopping|spending)|(?:sav(?:ed|ing|ings)\s+(?:for\s+(?:[\w-]+\s+){0,3}?(?:exporters|importers|traders|companies|firms|enterprises|businesses)\s+|(?:[\w-]+\s+){0,2}?))|remittances?|(?<!customs\s)budget revenues?|tax (?:exemptions?|breaks|cuts|relief|reductions?)|deals?|contracts?|contracting\s+(?:firms?|companies|projects?|works|services|sector|industry)|contractors?|${SIGNED_DEAL}|(?:sales|turnover|transactions|takings)\s+(?:(?:at|during|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?|of\s+the\s+)(?:fairs?|expos?|shows?|exhibitions?|pavilions?|booths?|stands?)\b|(?:fair|expo|show|exhibition|pavilion)s?['’]s?\s+(?:[\w-]+\s+)?(?:sales|turnover|transactions|takings)|(?:potential|prospective|projected|anticipated|intended|possible|future|on-the-spot|on-site)\s+(?:export\s+|import\s+|trade\s+)?(?:sales|orders|purchases|business|transactions|turnover|takings|deals)|(?:sales|business|trade|export)\s+leads|letters?\s+of\s+intent|(?:purchase|purchasing|buying)\s+commitments?|cost(?:s|ing)?|population|home to|residents|inhabitants|employ(?:s|ed|ing|ment)?|jobs|salar(?:y|ies)|wages?|industrial (?:output|production)|(?:industrial|corporate|company|companies'|net|operating|pre-tax)\s+profits?|${FIRM_INCOME}|(?:produced|manufactured|mined|smelted|refined|harvested|extracted|pumped|quarried)(?=\s+(?:(?:a|an)\s+(?:record|estimated|total\s+of|combined|further|bumper|all-time\s+high\s+of)\s+)?(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|close\s+to|just\s+(?:over|under))\s+)?(?:\d|$))|value[- ]added|${ECONOMY_MEASURE}|loans?|${AID}|(?:majority[- ]|foreign[- ]|[\w.-]+-owned\s+)?(?:affiliates|subsidiaries)|deposits?|exhibitors|participants|attended by|registered capital|financing|subsid(?:y|ies)|share\s+prices?|stock\s+(?:prices?|index|indices|market)|shares\s+(?:of|in)\s+(?=[^;]{0,60}\(\s*[A-Z0-9]{1,6}\.[A-Z]{1,3}\s*\))|${LISTED_FIRMS_SHARES})\b`, 'gi');
const NON_TRADE_WORDS = keywords(['gaming', 'gambling', 'casino', 'betting', 'lottery', 'wagering', 'ggr', 'merchanting', 'merchandising', 'offshore', 'profit', 'domestic', 'consumption', 'stock', 'inventor', 'output', 'production', 'crop', 'harvest', 'auction', 'herd', 'slaughter', 'gdp', 'gross', 'cpi', 'ppi', 'hicp', 'wpi', 'consumer price', 'producer price', 'factory', 'wholesale price', 'inflation', 'deflation', 'econom', 'produced', 'manufactured', 'mined', 'smelted', 'refined', 'harvested', 'extracted', 'pumped', 'quarried', 'invest', 'fixed', 'retail sales', 'touris', 'duty-free', 'sav', 'remittance', 'budget revenue', 'tax', 'deal', 'contract', 'agreement', 'memorand', 'mou', 'intention', 'fair', 'expo', 'show', 'exhibition', 'pavilion', 'booth', 'stand', 'potential', 'prospective', 'projected', 'anticipated', 'intended', 'possible', 'future', 'on-the-spot', 'on-site', 'leads', 'letter', 'commitment', 'cost', 'population', 'home to', 'residents', 'inhabitants', 'employ', 'jobs', 'salar', 'wage', 'industrial', 'value', ...ECONOMY_MEASURE_WORDS, 'loan', 'affiliates', 'grant', 'oda', 'development', 'technical', 'aid', 'assistance', 'deposit', 'exhibitors', 'participants', 'attended by', 'registered capital', 'financing', 'subsid', 'share', 'authorit', 'operator', 'compan', 'firm', 'group', 'corporation', 'concessionaire', 'carrier', 'holding', 'shipping line'], NON_TRADE_SUBJECT);

// Patterns tested on the same window one after the other, joined into one scan each (same answers:
// in the pipeline each separate expression costs about as much as the scan itself).
const RATE_AFTER_ANY = anyOf([RATE_AFTER, CLAUSE_RATE_AFTER]);
const RATE_BEFORE_ANY = anyOf([RATE_BEFORE, RATE_OPENING_BEFORE]);
const DELTA_OR_BASE_BEFORE = anyOf([DELTA_BEFORE, BASE_BEFORE, COMPARATIVE_DELTA_BEFORE, BRACKETED_DELTA_BEFORE, TRANSITIVE_DELTA_BEFORE]);
const FORECAST_AFTER_ANY = anyOf([FORECAST_AFTER, FORECAST_NOUN_AFTER]);
// RATE_AFTER starts (after spaces) with one of these characters; CLAUSE_RATE_AFTER names a day or a week.
const RATE_AFTER_FIRST = 'aApPeEdDoO/';
const DAY_OR_WEEK_WORDS = keywords(['daily', 'day', 'week'], CLAUSE_RATE_AFTER);
const RATE_BEFORE_WORDS = keywords(['averag', 'capita', 'price', 'cost', 'salary', 'wage', 'capital', 'every', 'each', 'rate', 'fee', 'charge'], RATE_BEFORE_ANY);
const DELTA_OR_BASE_WORDS = keywords(['by', 'increase', 'decrease', 'increasing', 'decreasing', 'rising', 'declining', 'rise', 'rose', 'risen', 'grow', 'grew', 'up', 'down', 'decline', 'fell', 'fall', 'drop', 'gain', 'jump', 'surge', 'climb', 'add', 'expan', 'shrank', 'narrowed', 'widened', 'narrowing', 'widening', 'shrinking', 'deepen', 'improvement', 'deterioration', 'dipped', 'slipped', 'slid', 'slumped', 'plunged', 'plummeted', 'tumbled', 'soared', 'sank', 'contracted', 'reduction', 'advance', 'contraction', 'dip', 'from', 'compared', 'versus', 'vs', 'against', 'than', 'above', 'below'], DELTA_OR_BASE_BEFORE);
const FORECAST_AFTER_WORDS = keywords(['next', 'quota', 'expect', 'forecast', 'predict', 'project', 'anticipat', 'estimated', 'looked for', 'looking for', 'called for', 'calling for', 'pencil', 'planned', 'scheduled', 'slated', 'targeted', 'envisaged', 'budgeted', 'likely', 'set', 'due'], FORECAST_AFTER);
const FORECAST_AFTER_ANY_WORDS = keywords(['next', 'expect', 'forecast', 'predict', 'project', 'anticipat', 'estimate', 'looked for', 'looking for', 'called for', 'calling for', 'consensus', 'target', 'goal', 'pencil', 'planned', 'scheduled', 'slated', 'envisaged', 'budgeted', 'likely', 'set', 'due', 'quota'], FORECAST_AFTER_ANY);

// "Oil imports (petroleum products) cost US$412.5 million", "fuel purchases cost the country $2 billion": "cost"
// as the verb of imports says what they were worth (a price is "cost $5 per kg", read after the figure).
// "China imported 138.2 million tonnes of crude oil, ..., at a cost of 0.61 trillion yuan": what the goods a verb of
// buying names cost is their value too (a port "built at a cost of" stays no trade figure, even one "which handles imports"), and so is what imports a
// noun names cost ("crude imports totalled 145.6 million tonnes, up 2.8%, at a cost of $78.3 billion"), and so is what such
// imports "and cost" in a second predicate ("crude imports came to 98.1 million kilolitres and cost 5.4 trillion yen", "... and cost the
// country 192 billion yuan": the payer named after the verb, as the first form allows).
// ("The year's imports cost a combined 399.9 billion yuan", "cost a total of": a sum of the imports named; "LNG imports in
// 2025 cost", "arrivals last month cost": their period may stand between.)
const IMPORTS_COST_BEFORE = /(?:\b(?:imports?|purchases|cargoes|arrivals)(?:\s*\([^()]{0,60}\))?(?:\s+(?:(?:in|during|for|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+|last\s+(?:year|month|quarter)))?\s+(?:(?:have|has|had|also)\s+)?cost\s+(?:(?:the\s+)?(?:country|nation|economy)\s+)?|\b(?:imported|bought|purchased|imports|arrivals|purchases)\s(?:(?!(?:built|constructed|developed|upgraded|expanded|completed)\b)[^.;]|\.(?=\d)){0,100}?\b(?:at\s+a\s+(?:total\s+)?cost\s+of|,?\s*and\s+cost(?:\s+(?:the\s+)?(?:country|nation|economy|state))?)\s+)(?:(?:about|around|some|nearly|roughly|almost|over|more\s+than|an\s+estimated|a\s+combined|a\s+total\s+of)\s+)?$/i;

// "Petroleum products cost WST 29.8 million, 24.5 percent of the import bill": goods whose cost is a part of the
// imports named right after it are imports too, and the cost is what they were worth.
const GOODS_COST_BEFORE = /\bcost\s+(?:(?:about|around|some|nearly|roughly|almost|over|more\s+than)\s+)?$/i;
const PART_OF_IMPORTS_AFTER = /^(?:[^.;,]|[.,](?=\d)){1,40},\s*(?:or\s+)?[\d.,]+\s*(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?(?:(?:total|overall|country's|nation's)\s+)?(?:import\s+bill|imports)\b/i;

// "The ore cost 61.3 billion yuan, up 12 percent": goods named again with "the" as the sentence's subject, costing an amount in
// millions or more (no price of one thing runs to millions), cost what they were worth.
const THE_GOODS_COST_OPENING = /^\s*The\s+(?:[\w-]+\s+){1,3}?(?:also\s+)?cost\s+(?:(?:about|around|some|nearly|roughly|almost|over|more\s+than)\s+)?(?:(?:US|U\.S\.)?\$\s?|[€£¥]\s?|(?:[A-Z]{3}|RMB)\s?)?$/;
const MILLIONS_AFTER = /^(?:(?:US|U\.S\.)?\$\s?|[€£¥]\s?)?[\d.,]+\s*(?:million|billion|trillion|mln|bln|bn|mn|tn)\b/i;

/** True for an amount imports "cost" (see IMPORTS_COST_BEFORE, GOODS_COST_BEFORE): the cost is their value, not a price. */
export function isCostOfImports(s: string, at: number): boolean {
  if (!mentions(s, COST_WORDS, at - 30, at)) return false;
  const before = s.slice(Math.max(0, at - 120), at);
  return IMPORTS_COST_BEFORE.test(before) || (GOODS_COST_BEFORE.test(before) && PART_OF_IMPORTS_AFTER.test(s.slice(at, at + 100))) || (at < 60 && THE_GOODS_COST_OPENING.test(s.slice(0, at)) && MILLIONS_AFTER.test(s.slice(at, at + 20)));
}
const COST_WORDS = keywords(['cost'], IMPORTS_COST_BEFORE);

/** True for a level that is a price or a rate ("795 yuan a ton", "900 vehicles a day"), not an amount. */
// "rose 1.3% to 784 yuan ($108.06) a ton": a bracketed conversion may stand between a price and what it is quoted per.
const CONVERSION_AFTER = /^\s*\([^()]{1,25}\)/;
function isRateLevel(s: string, f: Figure): boolean {
  const end = f.end + (CONVERSION_AFTER.exec(s.slice(f.end, f.end + 30))?.[0].length ?? 0);
  const after = (anyCharOf(s, firstNonSpace(s, end), 1, RATE_AFTER_FIRST) || mentions(s, DAY_OR_WEEK_WORDS, end, end + 60)) && RATE_AFTER_ANY.test(s.slice(end, end + 60));
  return after || (mentions(s, RATE_BEFORE_WORDS, f.start - 50, f.start) && RATE_BEFORE_ANY.test(s.slice(wholeWordsFrom(s, Math.max(0, f.start - 50)), f.start)) && !isCostOfImports(s, f.start));
}

/**
 * `at` moved back to the start of the word it cuts, and past the word before it: "The provincial capital Harbin reported
 * foreign trade of 38.2 billion yuan" cut at "ovincial capital" hid the "provincial" that makes "capital" a city, not money.
 */
function wholeWordsFrom(s: string, at: number): number {
  let i = at;
  while (i > 0 && /[\w'’-]/.test(s[i - 1])) i--;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  while (i > 0 && /[\w'’-]/.test(s[i - 1])) i--;
  return i;
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
/**
 * "goods sold in merchanting (離岸貿易: 轉手商貿) amounted to", "re-exports (Portuguese: reexportações; Chinese: 轉口) were": a
 * clause break inside brackets closed before the figure (a gloss in another language, a note) does not end the subject's clause;
 * the clause starts where the bracket's does (a177).
 */
function outsideGloss(s: string, bounds: number[], lo: number, at: number): number {
  const close = s.indexOf(')', lo);
  if (close < 0 || close >= at || s.lastIndexOf('(', close) >= lo) return lo;
  const open = s.lastIndexOf('(', lo);
  return open < 0 ? lo : clauseOf(bounds, open)[0];
}

// "Turkish investments in Azerbaijan have reached 16 billion USD, of which around 13 billion USD is in the energy sector",
// "contracts signed in 2025 came to US$2.3 billion, with a completed turnover of US$1.9 billion", "undertook 900 projects, with a
// total value of about 19 billion USD": a clause of a part ("of which") or of an attribute ("with a value of") is about the
// subject of the clause before it.
const OWNED_CLAUSE_OPENING = /^[,;]?\s*(?:of\s+which|with\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:value|turnover|worth|total)\s+of)\b/i;
// "Azerbaijani investments in our country, mainly in the petrochemical, refining and energy sectors, exceed 20 billion USD":
// an aside of where the subject went, its own list's commas inside, stands between the subject and its verb.
const WHERE_ASIDE_BEFORE = /,\s*(?:mainly|mostly|chiefly|largely|primarily|predominantly|especially|particularly)\s+(?:in|into|across)\s+(?:the\s+)?[^;.\d()]{1,100}?\b(?:sectors?|industr(?:y|ies)|fields?|areas?|projects)\s*$/i;

/** Where the clause whose subject a figure's clause (starting at `lo`) is about ends: before `lo`, or -1 when it has its own. */
function ownerClauseEnd(s: string, lo: number): number {
  if (lo > 0 && OWNED_CLAUSE_OPENING.test(s.slice(lo, lo + 60))) return lo;
  const aside = lo > 0 ? WHERE_ASIDE_BEFORE.exec(s.slice(Math.max(0, lo - 140), lo)) : null;
  return aside ? Math.max(0, lo - 140) + aside.index : -1;
}

export function hasNonTradeSubject(s: string, f: Figure, bounds: number[], cues: FlowCue[]): boolean {
  if (!mayHaveNonTradeSubject(s) || isCostOfImports(s, f.start)) return false;
  const lo = pastLineCaption(s, pastAdverbAside(s, bounds, outsideGloss(s, bounds, clauseOf(bounds, f.start)[0], f.start)));
  const owner = ownerClauseEnd(s, lo);
  if (owner >= 0 && owner < f.start && hasNonTradeSubject(s, { ...f, start: Math.max(0, owner - 1) }, bounds, cues)) return true;
  // "Port stocks of chrome ore at Tianjin, Shanghai and Qinzhou stood at ...", "Stock of edible oils ... as on 1st
  // November, 2026 is estimated at ...": a sentence opening with a stock is about it past the commas of its names and dates.
  const from = (STOCK_OPENING.test(s) || HERD_OPENING.test(s)) && f.start < 160 ? 0 : Math.max(lo, f.start - 100, s.lastIndexOf('. ', f.start) + 1);
  // "re-exports after processing (mainly under processing contracts) accounted for ... (23.4%)": a noun in a
  // closed bracket is an aside, not the subject of the figures after it.
  // A ticker in brackets ("Shares of Titan Co (TITN.NS) rose") is kept: it tells a company's shares from shares of trade.
  const window = s.slice(from, f.start).replace(CLOSED_BRACKET, (aside) => (TICKER.test(aside) ? aside : ' '.repeat(aside.length)));
  let last = -1;
  let lastStart = -1;
  NON_TRADE_SUBJECT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NON_TRADE_SUBJECT.exec(window)) !== null; ) [lastStart, last] = [from + m.index, from + m.index + m[0].length];
  if (last < 0) return false;
  // "Port stockpiles of imported ore stood at ...": a flow word inside the stock's own "of" phrase names the stock's goods.
  const ofStock = STOCK_NOUN.test(s.slice(lastStart, last));
  // "stocks in bonded and general-trade warehouses stood at ...": a trade word naming the kind of store they are held in neither.
  if (cues.some((c) => c.start >= last && c.end <= f.start && c.flow !== 'other' && !(ofStock && (STOCK_OF_GAP.test(s.slice(last, c.start)) || STORE_AFTER.test(s.slice(c.end, c.end + 20)))))) return false;
  // "Exports of equipment for investment projects", "imports under leasing contracts": the noun sits in
  // a modifier of the trade noun before it, which stays the subject.
  const head = cues.find((c) => c.start >= from && c.end <= lastStart && c.flow !== 'other');
  return !(head && MODIFIER_LINK.test(s.slice(head.end, lastStart)));
}

// "Duty-free shops on the island, meanwhile, sold ...", "Investment in the zone, for its part, came to ...": a sentence adverb
// set off by commas between a subject and its verb leaves the subject in the clause before it.
// (a187: so does an aside saying who compiled or reported the figure, "Gross gaming revenue in July, compiled by another
// department, reached ...", "Casino takings, as reported by the regulator, came to ...", "Offshore trade, according to the
// bureau, was ...".)
const ADVERB_ASIDE = /^[\s,]*(?:meanwhile|however|though|too|also|likewise|moreover|furthermore|besides|in\s+turn|in\s+addition|in\s+contrast|by\s+contrast|by\s+comparison|on\s+the\s+other\s+hand|for\s+(?:its|their|his|her)\s+part|at\s+the\s+same\s+time|(?:as\s+)?(?:compiled|published|released|reported|issued|calculated|collected|measured|tallied|counted|estimated|announced|provided)\s+by\s+[^,;.\d]{1,60}|according\s+to\s+[^,;.\d]{1,60})\s*$/i;

/** The start of the clause of a figure, moved back past a clause that is only a sentence adverb (", meanwhile,"). */
function pastAdverbAside(s: string, bounds: number[], lo: number): number {
  if (lo === 0 || s[lo] !== ',') return lo;
  const [from] = clauseOf(bounds, lo - 1);
  return s[from] !== ';' && ADVERB_ASIDE.test(s.slice(from, lo)) ? clauseOf(bounds, Math.max(0, from - 1))[0] : lo;
}

// The store a stock is held in, right after a trade word that names its kind ("general-trade warehouses", "import tanks").
const STORE_AFTER = /^\s*(?:warehouses?|depots?|tanks?|storage|yards?)\b/i;
// "China's pig herd, the main consumer of soymeal, stood at 424 million head": a sentence opening with a herd and an
// aside after it is about the herd past the aside's commas (animals kept at home, not shipped).
const HERD_OPENING = /^\s*(?:[\w'’-]+\s+){0,3}?(?:herds?|(?:hog|pig|swine|cattle|sow|sheep|livestock)\s+(?:inventor(?:y|ies)|stocks?|numbers|population))\s*,/i;
const STOCK_OPENING = /^\s*(?:[\w-]+\s+){0,3}?(?:stockpiles?|stocks?|inventor(?:y|ies))\s+(?:of|at|in|held)\b/i;
// "7.2 million tons in November and ": an amount of a named month, then "and" before the next amount.
const NEXT_MONTH_AMOUNT = new RegExp(String.raw`\d[\d.,]*\s*(?:[A-Za-z]+\s+){0,3}?(?:in|for)\s+(?:${MONTH_NAMES})(?:\s+\d{4})?\s*,?\s+and\s+(?:(?:about|around|some|nearly|roughly)\s+)?$`);
const NEXT_MONTH_WORDS = keywords(MONTH_NAMES.toLowerCase().split('|'), NEXT_MONTH_AMOUNT);
const RANGE_FIRST_END = /\d[\d.,]*\s*(?:m|mn|mln|million|bn|billion|k|thousand)?\s*[-–]\s*$/;
// "likely to reach 8.5 million to 9 million tons": a range written with "to" between its two ends.
const RANGE_TO_FIRST_END = /\d[\d.,]*\s*(?:m|mn|mln|million|bn|billion|k|thousand)?\s+to\s+$/;
const CLOSED_BRACKET = /\([^()]*\)/g;
// An exchange ticker in brackets: "(TITN.NS)", "(601857.SS)", "(2899.HK)", "(VALE3.SA)".
const TICKER = /^\(\s*[A-Z0-9]{1,6}\.[A-Z]{1,3}\s*\)$/;
const MODIFIER_LINK = /\b(?:of|for|under|with|from|to|into|by|at|in)\b/i;

const STOCK_NOUN = /^(?:stockpiles?|stocks?|inventor(?:y|ies))$/i;
const STOCK_OF_GAP = /^\s+of\s+(?:the\s+)?$/i;

/** Decides whether a level is a reported quantity (not a change, base, price, forecast). */
// "13.05 million tonnes entered the country through the port, against 3.37 million tonnes that left it", "imports of 9.1
// billion yuan versus 2.3 billion yuan of exports": an amount set against the other one with its own way named right after it
// (a clause of going out or coming in, or "of exports") is the other flow of the same months, no comparison base.
const OWN_WAY_AFTER = /^\s*(?:[a-z]+\s+){0,2}?(?:(?:that|which)\s+(?:had\s+|have\s+)?(?:left|exited|went\s+out|entered|came\s+in|arrived)|(?:leaving|exiting|going\s+out|heading\s+out|coming\s+in|arriving)\b|(?:of|in)\s+(?:exports|imports|outbound|inbound))\b/i;
const CONTRAST_BEFORE = /\b(?:against|versus|vs\.?)\s+$/i;

/** "6.0% ($450 million) more than 2024": an amount bracketed between a percentage and a comparative (the same change in money). */
function closesBracketThenCompares(s: string, f: Figure): boolean {
  return BRACKET_CLOSED_THEN_COMPARATIVE.test(s.slice(f.end, f.end + 30)) && PERCENT_THEN_BRACKET_BEFORE.test(s.slice(Math.max(0, f.start - 30), f.start));
}

export function isReportedLevel(s: string, f: Figure, bases: PeriodMention[]): boolean {
  if (mentions(s, DELTA_OR_BASE_WORDS, f.start - 60, f.start) && DELTA_OR_BASE_BEFORE.test(stripQualifier(s, Math.max(0, f.start - 60), f.start)) && !otherWayAgainst(s, f)) return false;
  if (mentions(s, DELTA_OR_BASE_WORDS, f.start - 130, f.start) && HEDGED_DELTA_BEFORE.test(s.slice(Math.max(0, f.start - 130), f.start))) return false;
  if (mentions(s, DELTA_AFTER_WORDS, f.end, f.end + 60) && DELTA_AFTER.test(s.slice(f.end, f.end + 60))) return false;
  if (closesBracketThenCompares(s, f)) return false;
  if (BY_AMOUNT_BEFORE.test(s.slice(Math.max(0, f.start - 30), f.start)) && PERCENT_OF_CHANGE_AFTER.test(s.slice(f.end, f.end + 30))) return false;
  if (mentions(s, DELTA_FROM_TIME_WORDS, f.end, f.end + 16) && DELTA_FROM_TIME_AFTER.test(s.slice(f.end, f.end + 60))) return false;
  if (isRateLevel(s, f)) return false;
  // "compared with July 2024 (€217.5 bn)": an amount right after a comparison period is that period's base.
  if (bases.some((p) => p.end <= f.start && /^\s*[(:]?\s*$/.test(s.slice(p.end, f.start)))) return false;
  return !isForecastLevel(s, f);
}

/** True when an amount after "against" names its own way right after it (OWN_WAY_AFTER): the other flow, not a base. */
function otherWayAgainst(s: string, f: Figure): boolean {
  return CONTRAST_BEFORE.test(s.slice(Math.max(0, f.start - 12), f.start)) && OWN_WAY_AFTER.test(s.slice(f.end, f.end + 50));
}

/**
 * The code of the last character before `at` (not before `from`) ahead of the spaces ending there, -1 when there is
 * none, and whether any space ends there.
 */
function codeBeforeSpaces(s: string, at: number, from: number): { code: number; spaces: boolean } {
  let j = at;
  while (j > from && isSpace(s.charCodeAt(j - 1))) j--;
  return { code: j > from ? s.charCodeAt(j - 1) : -1, spaces: j < at };
}

// "far smaller than the 610 billion yen median forecast", "against a $5.2 billion consensus estimate", "the 1.1 trillion won
// forecast": an amount with an article before it and a noun of forecasting right after it (a poll's median or consensus, or
// bare) names the forecast, not a result ("exports of $5 billion, forecasts show" has no article before the amount).
const FORECAST_LEVEL_NOUN_AFTER = /^\s*(?:(?:median|consensus|average|mean|market|poll|polled|analysts['’]?|economists['’]?)\s+)?(?:forecasts?|estimates?|expectations?|consensus|projections?)\b/i;
const FORECAST_NOUN_WORDS = keywords(['forecast', 'estimate', 'expectation', 'consensus', 'projection'], FORECAST_LEVEL_NOUN_AFTER);
const ARTICLE_BEFORE_AMOUNT = /\b(?:the|a|an)\s+(?:(?:US|U\.S\.|[A-Z]{1,2})?[$€£¥₩]\s?|[A-Z]{3}\s)?$/i;

/** Whether a level is what someone expects, plans or forecasts rather than a result. */
export function isForecastLevel(s: string, f: Figure): boolean {
  // "expect imports to recover to 1.3m-1.4m tonnes", "likely to reach 8.5 million to 9 million tons": the second end of
  // a range is read from where the range starts.
  // Each of the two expressions before the level needs a character at the end of its window: a dash (spaces after
  // it), or the last letter of "and", "about", "around", "some", "nearly", "roughly" before spaces.
  const last = codeBeforeSpaces(s, f.start, Math.max(0, f.start - 24));
  const range = last.code === 45 || last.code === 0x2013 ? RANGE_FIRST_END.exec(s.slice(Math.max(0, f.start - 24), f.start)) : last.code === 111 ? RANGE_TO_FIRST_END.exec(s.slice(Math.max(0, f.start - 30), f.start)) : null;
  const at = range ? f.start - range[0].length : f.start;
  if (forecastBefore(s, at - 80, at)) return true;
  // "expect imports of about 7.2 million tons in November and 8 million tons in December": the next month's amount
  // joined to a forecast one is forecast too, however far the forecast's verb now stands.
  const lastBeforeAt = codeBeforeSpaces(s, at, Math.max(0, at - 60));
  const listed = lastBeforeAt.spaces && 'dtey'.includes(String.fromCharCode(lastBeforeAt.code | 32)) && mentions(s, NEXT_MONTH_WORDS, at - 60, at) ? NEXT_MONTH_AMOUNT.exec(s.slice(Math.max(0, at - 60), at)) : null;
  if (listed && forecastBefore(s, at - listed[0].length - 80, at - listed[0].length)) return true;
  if (withForecastAmount(s, at)) return true;
  // ("missing forecasts of a small rise, and the surplus stood at $96.5 billion": a comparison closed by its comma is no forecaster's "at".)
  if (mentions(s, FORECAST_AT_WORDS, f.start - 140, f.start) && FORECAST_AT_BEFORE.test(s.slice(Math.max(0, f.start - 140), f.start).replace(AGAINST_FORECAST, (m) => ' '.repeat(m.length)))) return true;
  if (mentions(s, EXPECTED_TO_REACH_WORDS, at - 160, at) && EXPECTED_TO_REACH_BEFORE.test(s.slice(Math.max(0, at - 160), at))) return true;
  // (A year before "to" is no range's first end: "jump 20.5 percent in 2026 to 30 billion dollars".)
  if (mentions(s, LIKELY_TO_REACH_WORDS, at - 160, f.start) && (LIKELY_TO_REACH_BEFORE.test(s.slice(Math.max(0, at - 160), at)) || LIKELY_TO_REACH_BEFORE.test(s.slice(Math.max(0, f.start - 160), f.start)))) return true;
  if (mentions(s, EFFORT_WORDS, at - 160, at) && EFFORT_TO_REACH_BEFORE.test(s.slice(Math.max(0, at - 160), at))) return true;
  if (mentions(s, AIM_WORDS, at - 200, at) && AIM_SECOND_OBJECT_BEFORE.test(s.slice(Math.max(0, at - 200), at))) return true;
  if (mentions(s, GOAL_WORDS, f.end, f.end + 40) && GOAL_NOUN_AFTER.test(s.slice(f.end, f.end + 40))) return true;
  if (TARGETS_HEADING.test(s) && s.indexOf(':') < f.start) return true;
  if (mentions(s, FORECAST_NOUN_WORDS, f.end, f.end + 40) && FORECAST_LEVEL_NOUN_AFTER.test(s.slice(f.end, f.end + 40)) && ARTICLE_BEFORE_AMOUNT.test(s.slice(Math.max(0, f.start - 12), f.start))) return true;
  return mentions(s, FORECAST_AFTER_WORDS, f.end, f.end + FORECAST_AFTER_REACH) && FORECAST_AFTER.test(s.slice(f.end, f.end + FORECAST_AFTER_REACH));
}
// "We maintain our projection of a surplus of around US$70 billion for 2026, with exports of US$345 billion", "forecasts a
// deficit of 12 billion dollars next year, with imports of 95 billion", "the outlook sees the surplus at 8 billion pounds,
// with exports at 410 billion": an amount hung on a forecast one by "with" (or "and") and its own noun is part of the same
// forecast. The amount before is the last number in the gap's reach that is no bare year.
const WITH_SECOND_AMOUNT_BEFORE = /(?:,\s*|\s)(?:with|and)\s+(?:(?:the|its|their)\s+)?(?:(?!(?:stood|stands|was|were|is|are|came|reached|rose|fell|totall?ed)\b)[\w'’-]+\s+){0,3}?(?:of|at|worth|reaching|totall?ing|amounting\s+to|coming\s+to)\s+(?:(?:about|around|some|nearly|roughly|over|more\s+than|close\s+to)\s+)?(?:(?:US|U\.S\.|R|A|C|NZ|HK)?[$€£¥]\s?|[A-Z]{3}\s?)?$/i;
const LAST_NUMBER = /\d[\d.,]*/g;
function withForecastAmount(s: string, at: number): boolean {
  const gap = WITH_SECOND_AMOUNT_BEFORE.exec(s.slice(Math.max(0, at - 60), at));
  if (!gap) return false;
  const gapStart = at - gap[0].length;
  const reach = Math.max(0, gapStart - 60);
  let before = -1;
  // (A percentage is no amount: "against forecasts of a 1% rise, and imports stood at" hangs nothing on it.)
  for (const m of s.slice(reach, gapStart).matchAll(LAST_NUMBER)) if (!/^(?:19|20)\d\d$/.test(m[0])) before = /^\s*(?:%|per\s?cent)/i.test(s.slice(reach + m.index + m[0].length)) ? -1 : reach + m.index;
  return before >= 0 && forecastBefore(s, before - 80, before);
}

// "the government aims at GDP growth of around 4 percent and at non-resource exports of 41 billion dollars", "plans to lift
// output by 3% and to raise exports to $41bn", "targets a 5% expansion and for shipments worth $90 billion", "set goals of 4
// percent growth and of exports of 41 billion": the second object of an aim, joined by "and" and its own "at", "for", "to" or
// "of", is aimed at too, however long the first object was ("..., and exports rose to" has a verb of its own: a result).
const AIM_SECOND_OBJECT_BEFORE = /\b(?:aim(?:s|ed|ing)?|target(?:s|ed|ing)?|plan(?:s|ned|ning)?|goals?)\s+(?:at|for|to|of|an?|the)\s+(?:(?!\b(?:but|while|whereas|although|though)\b)[^.;?!]|\.(?=\d)){1,120}?,?\s+and\s+(?:at|for|to|of)\s+(?:[\w'’-]+\s+){0,5}?(?:of|worth|to|at)\s+(?:(?:about|around|some|at\s+least|(?:no\s+)?(?:more|less)\s+than|over|under|up\s+to|nearly)\s+)?(?:(?:US|U\.S\.)?\$\s?)?$/i;
const AIM_WORDS = keywords(['aim', 'target', 'plan', 'goal'], AIM_SECOND_OBJECT_BEFORE);
// "Targets for 2025: cargo throughput of 350 million tonnes and container volume above 7 million TEU", "2026 goals: exports of
// $12 billion", "Plan for next year: 1,000 trains", "Objectives: ...": a sentence headed by targets, goals or plans and a colon
// lists what is aimed at, every amount after the colon (a210, as a205's forecasts; "Results for 2024:" heads results).
const TARGETS_HEADING = /^\s*(?:(?:the\s+)?(?:(?:19|20)\d\d|next\s+year['’]s|this\s+year['’]s|(?:main|key|annual|new)(?:\s+(?:annual|trade|export))?)\s+)?(?:targets?|goals?|plans?|objectives?)(?:\s+for\s+(?:(?:19|20)\d\d|next\s+year|this\s+year|the\s+(?:coming|new|next)\s+year))?\s*:/i;
// "passing the 50 billion dollar goal the two governments set", "short of its 2 million tonne target": an amount that
// names a goal or a target right after it (its unit between them) is what was aimed at, not what was traded.
const GOAL_NOUN_AFTER = /^\s*(?:(?:U\.?S\.?\s+)?(?:dollars?|yuan|rubles?|roubles?|euros?|yen|won|tonnes?|tons?|TEU|trips?)[\s-]+)?(?:(?:annual|yearly|full-year|official|trade|export|import|turnover)\s+)?(?:targets?|goals?)\b/i;
const GOAL_WORDS = keywords(['target', 'goal'], GOAL_NOUN_AFTER);

// ", rose 1.2%": a clause that opens with its verb has its subject in a clause before it.
const VERB_FIRST = /^[\s,]*(?:(?:also|then)\s+)?(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|slipped|gained|advanced|eased|(?:were|was)\s+(?:up|down))\b/i;
// ", approximated by unit value indices,", ", measured in euros,", ", which ...,": an aside between a subject and its verb.
const ASIDE_CLAUSE = /^[\s,]*(?:approximated|measured|calculated|expressed|estimated|adjusted|excluding|including|which|based)\b/i;

/**
 * The clause holding the subject of a clause that opens with its verb after an aside ("as export prices,
 * approximated by unit value indices, rose 1.2%": "as export prices"); '' when no known aside stands between
 * ("Coffee exports, boosted by higher prices, rose 21%" is left to the other rules).
 */
function subjectPastAside(s: string, bounds: number[], lo: number): string {
  const [from, to] = clauseOf(bounds, lo - 1);
  if (from === 0 || !ASIDE_CLAUSE.test(s.slice(from, to))) return '';
  const [subjectFrom, subjectTo] = clauseOf(bounds, from - 1);
  return s.slice(subjectFrom, subjectTo);
}

// ", 4% more than a year earlier", ", up 3%", ", up from 11.16 million tons": a change or a base opening the clause
// after a level, with no words of its own before it.
// ("up nearly 40%": a hedge may stand before the number.) A bare verb of change may open it as well, the way translated
// releases and terse wires write it (", decreased 20.4%", ", increased by 3%", ", fell 2 percent").
// So may a comparative, a participle or the perfect participle in any tense (", lower by 27.4 percent", ", having decreased
// 11.6 percent", ", dropping 3 percent", ", marking a fall of"), and a change on top of an earlier one (", down a further 6
// percent", ", up another 2%").
const TRAILING_CHANGE_OPENING = /^[\s,;(]*(?:(?:up|down|rising|falling|or|(?:higher|lower|more|less)\s+by|(?:having\s+)?(?:increased|decreased|rose|risen|fell|fallen|grew|grown|dropped|declined|climbed|slid|jumped|surged|added|gained|lost|shed|eased|slipped)(?:\s+by)?|(?:increasing|decreasing|dropping|declining|climbing|sliding|jumping|gaining|losing|easing|slipping|growing|adding|shedding)(?:\s+by)?)\s+)?(?:(?:from|compared\s+(?:with|to)|against|versus|(?:(?:marking|representing|reflecting|showing)\s+)?an?\s+(?:(?:year-on-year|year-over-year|annual)\s+)?(?:increase|decrease|rise|drop|fall|gain|decline|slide|dip|jump)\s+of)\s+)?(?:(?:a\s+further|another|nearly|almost|about|around|roughly|some|more\s+than|over)\s+)?$/i;

/** Whether a clause opens with a change or a base that trails the level before it (TRAILING_CHANGE_OPENING). */
export const opensWithTrailingChange = (clause: string): boolean => TRAILING_CHANGE_OPENING.test(clause);

/**
 * "Cattle slaughter in November was 198,400 head, 4% more than a year earlier", "put domestic output at 11.6 million
 * tons, up from 11.16 million tons in 2025": a change or a base trailing a level has the level's subject.
 */
export function trailsNonTradeLevel(s: string, f: Figure, before: Figure | undefined, bounds: number[], cues: FlowCue[]): boolean {
  const [lo] = clauseOf(bounds, f.start);
  if (!before || lo === 0 || before.end > lo || !TRAILING_CHANGE_OPENING.test(s.slice(lo, f.start))) return false;
  return hasNonTradeSubject(s, before, bounds, cues);
}

/** "put the average export price at US$412 per bag, against US$298 a year earlier": a base trailing a price is a price's. */
export function trailsPriceLevel(s: string, f: Figure, before: Figure | undefined, bounds: number[]): boolean {
  const [lo] = clauseOf(bounds, f.start);
  if (!before || lo === 0 || before.end > lo || !TRAILING_CHANGE_OPENING.test(s.slice(lo, f.start))) return false;
  return isRateLevel(s, before);
}

/**
 * "bovine meat trade is forecast at 12.6 million tonnes, up 1.7 percent", "Post forecasts 2023 imports at 630,000 MT, down a
 * further 6 percent", "trade is projected at 425m t, down 3% y/y": a change opening the clause after a forecast level is the
 * forecast's change, no more a result than the level.
 */
export function trailsForecastLevel(s: string, f: Figure, before: Figure | undefined, periods: readonly PeriodMention[]): boolean {
  if (!before || before.end > f.start || f.start - before.end > 60) return false;
  // (The unit's abbreviation in brackets may stand between, "630,000 metric tons (MT), down 6 percent", and the level's
  // period: "to reach 2.4 million tonnes next season, an increase of 8%".)
  let gap = s.slice(before.end, f.start).replace(UNIT_ABBREVIATION_OPENING, '');
  for (const p of periods) if (p.start >= before.end && p.end <= f.start) gap = gap.replace(s.slice(p.start, p.end), '');
  gap = gap.replace(FORECAST_PERIOD_OPENING, '');
  return gap.includes(',') && TRAILING_CHANGE_OPENING.test(gap) && isForecastLevel(s, before);
}
const UNIT_ABBREVIATION_OPENING = /^\s*\([A-Za-z]{1,5}\)/;
// The forecast's own period, left over or not read as a period: " in 2025", " next season", " for the coming year", " by 2026/27".
const FORECAST_PERIOD_OPENING = /^\s*(?:(?:in|during|for|over|by)\s+(?:(?:the\s+)?(?:(?:next|coming|current|new)\s+)?(?:(?:marketing|crop|calendar|fiscal)\s+)?(?:year|season|campaign)|(?:19|20)\d\d(?:[/-]\d\d)?)?|(?:next|this)\s+(?:year|season|campaign))\s*(?=,)/i;

// "eased to around $15.20 a bushel from a peak above $16 in mid-May", "at 610 yuan a tonne, down from a high of 700 yuan",
// "a price of $412 per bag, against a low near $380": the amount a price moved from (its peak, high, low or average, hedged or
// not) is a price too, though its own unit leaves out the "a bushel".
const PRICE_BASE_GAP = /^(?:\s*(?:\([^()]{1,25}\)\s*)?(?:a|an|per)\s+[a-z]+)?\s*,?\s*(?:(?:down|up|off|rising|falling|climbing|easing|slipping)\s+)?(?:from|against|versus|compared\s+(?:with|to))\s+(?:(?:a|an|the|its|their|this\s+year's|last\s+year's)\s+)?(?:(?:recent|record|seasonal|previous|year-earlier|all-time|multi-year|\d+-year)\s+)?(?:peak|high|low|level|record|average|top|bottom)?\s*(?:of\s+)?(?:(?:above|below|around|about|near|over|under|nearly|almost|some|roughly|just)\s+)?(?:US)?[$€£¥]?\s?$/i;

/** True for an amount that a price right before it in the clause moved from ("$15.20 a bushel from a peak above $16"). */
export function baseOfPriceBefore(s: string, f: Figure, before: Figure | undefined): boolean {
  return before !== undefined && before.end <= f.start && f.start - before.end <= 60 && PRICE_BASE_GAP.test(s.slice(before.end, f.start)) && isRateLevel(s, before);
}

/**
 * Percentages that are not trade statistics: forecasts ("beating a forecast of 4 percent growth"),
 * and price changes, either by subject ("futures rose 1.3%") or because the change leads into a
 * price ("rose 1.3% to 795 yuan a ton").
 */
// ", as the average price ...", ", while its price ...": a conjunction and a determiner open a clause with its own subject.
const NEW_SUBJECT_CLAUSE = /,\s*(?:as|while|whereas|but)\s+(?:the|its|their)\s/i;

// "had expected exports to grow 5.5 percent and imports to rise 2 percent": a second subject with its own "to" and verb
// continues what the clause before expected.
const FORECAST_VERB = '(?:grow|rise|fall|climb|drop|increase|decrease|decline|expand|shrink|contract|reach|hit|top|slow|ease|edge\\s+(?:up|down)|gain|slip|dip|jump|rebound|recover)';
const FORECAST_CONTINUED = new RegExp(`\\b(?:expected|forecast|predicted|projected|expects?|forecasts?|predicts?|projects?)\\s+(?:[\\w'’-]+\\s+){1,4}?to\\s+${FORECAST_VERB}\\s+(?:by\\s+)?(?:(?:about|around|nearly|some|roughly)\\s+)?[\\d.,]+\\s*(?:%|percent|per\\s+cent|pct)\\s*,?\\s*(?:and|while|with|but)\\s+(?:(?:the|its|their)\\s+)?(?:[\\w'’-]+\\s+){0,3}?to\\s+${FORECAST_VERB}\\s+(?:by\\s+)?(?:(?:about|around|nearly|some|roughly)\\s+)?$`, 'i');
// "expects exports to return to growth in the first quarter and to rise about 3 percent for the full year", "forecast shipments
// to stabilise, and then to grow 2%": a second infinitive joined by "and" to the expected one is expected too, whatever the
// first one said (no percentage needed there).
const FORECAST_SECOND_INFINITIVE = new RegExp(`\\b(?:expect(?:s|ed|ing)?|anticipat(?:es|ed|ing)|forecasts?|forecasting|predict(?:s|ed|ing)?|project(?:s|ed|ing)?)\\s+(?:[\\w'’-]+\\s+){1,4}?to\\s+(?:(?!\\b(?:but|while|whereas|although|though)\\b)[^.;?!]|\\.(?=\\d)){1,120}?,?\\s+and\\s+(?:(?:also|then|even|eventually)\\s+)?to\\s+${FORECAST_VERB}\\s+(?:by\\s+)?(?:(?:about|around|nearly|some|roughly|almost|approximately|more\\s+than|over)\\s+)?$`, 'i');
// "Economists polled by Reuters had forecast a 3.2% rise in exports and a 1.5% fall in imports", "had expected export growth of
// 4.0% and a 0.5% rise in imports": a second percentage joined by "and" to the forecast one, with no verb of its own, is forecast
// too (the first one's decimal point ends the window FORECAST_BEFORE reads back over).
const FORECAST_NOUN_CONTINUED = /\b(?:expected|forecast|predicted|projected|anticipated|expecting|forecasting|predicting|projecting)\s+(?:[\w'’-]+\s+){0,4}?[+-]?\d[\d.,]*\s*(?:%|percent|per\s+cent|pct)(?:\s+[\w'’-]+){0,5}?\s*,?\s+and\s+(?:an?\s+)?(?:(?:export|import|trade)\s+)?(?:(?:growth|rise|increase|gain|fall|drop|decline|contraction)\s+(?:of\s+)?)?(?:(?:about|around|nearly|some|roughly)\s+)?$/i;
// "expects exports to change by between minus 2 percent and plus 1 percent", "sees growth of between 3% and 5%": the second
// end of a range of percentages is read from where the range starts (its "between"), as the first end is.
const PERCENT_RANGE_FIRST_END = /\bbetween\s+(?:(?:minus|plus|negative|positive)\s+|[-+−]\s?)?\d[\d.,]*\s*(?:%|percent|per\s+cent|pct)?\s+and\s+(?:(?:minus|plus|negative|positive)\s+|[-+−]\s?)?$/i;
/** Where the range a percentage closes starts ("between" and its first end), or the percentage's own start. */
function percentRangeStart(s: string, start: number): number {
  const window = s.slice(Math.max(0, start - 50), start);
  if (!window.includes('between')) return start;
  const m = PERCENT_RANGE_FIRST_END.exec(window);
  return m ? start - m[0].length : start;
}
// "fetched higher average prices, up 18 percent", "paid dearer prices for soybeans (a rise of 9%)": a change set off after a
// clause that ends on prices (or on the prices of some goods) is the prices' change, not the goods' trade. (The prices a
// level is valued at are not such a subject: "totalled 720.4 billion yuan at current prices, up 3.9 percent", "in nominal
// prices, a rise of 2%", "at prevailing market prices, down 1.2 percent" leave the change to the level.)
const PRICES_ENDING = /\b(?<!\b(?:at|in)\s+(?:the\s+)?(?:current|nominal|prevailing|market)(?:\s+market)?\s)prices?(?:\s+(?:abroad|overseas)|\s+(?:of|for|on)(?:\s+[\w'’-]+){1,4})?\s*$/i;
// "sold for 18 percent more per tonne", "were 7% cheaper a kilogram": a change stated per thing counted is a unit price's.
const PER_THING_AFTER = /^\s*(?:more|less|higher|lower|dearer|cheaper|above|below)\s+(?:per|a|an|each)\s+(?:tonne|ton|kilogram|kg|unit|head|piece|barrel|container|bag|carton|box|litre|liter|pound|vehicle|car)s?\b/i;
const PRICE_CHANGE_OPENING = /^[\s,;(–—-]*(?:(?:up|down|rising|falling|climbing|sliding|higher|lower)\s+(?:by\s+)?|an?\s+(?:increase|decrease|rise|drop|fall|gain|decline|jump)\s+of\s+)?(?:(?:nearly|almost|about|around|roughly|some|more\s+than|over)\s+)?$/i;
// "exported goods were on average 8.3 percent more expensive", "imports were 4% pricier", "7% dearer", "5 percent less
// expensive", "2.1% costlier than a year before": a change the goods' price made (what they cost), not their trade.
const PRICIER_AFTER = /^\s*(?:(?:more|less)\s+expensive|cheaper|dearer|pricier|costlier)\b/i;
/** A change set off after prices, stated per thing counted, or one that made the goods dearer (PRICES_ENDING, PER_THING_AFTER, PRICIER_AFTER). */
function isPriceChangeAside(s: string, f: Figure, lo: number): boolean {
  const after = s.slice(f.end, f.end + 30);
  if (PER_THING_AFTER.test(after) || PRICIER_AFTER.test(after)) return true;
  return lo > 0 && PRICE_CHANGE_OPENING.test(s.slice(lo, f.start)) && PRICES_ENDING.test(s.slice(Math.max(0, lo - 60), lo));
}
/**
 * Whether a percentage is set aside for its subject (a price, an index, output, stocks), not for being a forecast: the step
 * before such a change ("after a 5.5 percent increase in October") is of the same measure.
 */
export function changeOfNoTradeSubject(s: string, f: Figure, bounds: number[], cues: FlowCue[]): boolean {
  if (hasNonTradeSubject(s, f, bounds, cues)) return true;
  const [lo] = clauseOf(bounds, f.start);
  const before = s.slice(Math.max(lo, f.start - 160), f.start);
  return mentions(s, PRICE_SUBJECT_WORDS, f.start - before.length, f.start) && PRICE_SUBJECT.test(before) && !PRICES_MOVED_VALUE.test(before) && !PRICES_CAUSED_TRADE.test(before);
}

// "the WTO estimates that in real terms, at constant prices, they rose about 5 percent", "the bureau reckons that, on a volume
// basis, shipments grew 3%": a reporting verb's "that" may be parted from its clause by one or two short asides set off with
// commas (no figure in them); what the verb says of the clause (an estimate, a forecast) reaches over them.
const THAT_ASIDES_BEFORE = /\bthat\s*,?\s*(?:[^,;.\d]{1,40},\s*)?[^,;.\d]{1,40}$/i;
/** The start of the clause a figure's clause belongs to: the clause of a "that" whose asides end at `lo`, else `lo`. */
function reportedClauseStart(s: string, bounds: number[], lo: number): number {
  const before = s.slice(Math.max(0, lo - 100), lo);
  const m = THAT_ASIDES_BEFORE.exec(before);
  return m === null ? lo : clauseOf(bounds, lo - before.length + m.index)[0];
}

// (a249) "the average import price of iron ore had gone up by about three quarters, and that of crude oil by around 40%",
// "export prices of steel fell 6 percent and those of aluminium 9 percent": a clause whose subject is "that of" or "those of"
// with its verb left out stands for the noun of the clause before; when that clause's subject is a price, so is this one's.
const ELLIPTIC_PRONOUN_BEFORE = /(?:,\s*|\s)(?:and|while|whereas|but)\s+(?:that|those)\s+(?:of|for)\s+[^,;.\d%]{1,50}?\s+(?:by\s+)?(?:(?:about|around|nearly|some|roughly|almost|over|more\s+than|just\s+(?:over|under))\s+)?$/i;
/** True for a change of an elliptic "and that of X by N%" clause whose clause before has a price as its subject. */
function priceOfEllipticClause(s: string, f: Figure): boolean {
  const window = s.slice(Math.max(0, f.start - 90), f.start);
  if (!/\b(?:that|those)\s/i.test(window)) return false;
  const m = ELLIPTIC_PRONOUN_BEFORE.exec(window);
  if (!m) return false;
  const at = f.start - window.length + m.index;
  const clause = s.slice(Math.max(0, at - 160), at).split(/[;:]|\.\s/).at(-1)!;
  // The price must be the subject of the clause before: named ahead of its verb of change ("despite lower prices" is not).
  const verb = ELLIPSIS_LEAD_VERB.exec(clause);
  const subject = verb ? clause.slice(0, verb.index) : '';
  return PRICE_SUBJECT.test(subject) && !PRICES_MOVED_VALUE.test(clause) && !PRICES_CAUSED_TRADE.test(clause);
}
const ELLIPSIS_LEAD_VERB = /\b(?:rose|fell|grew|(?:gone|went|moved|edged)\s+(?:up|down)|climbed|dropped|declined|increased|decreased|jumped|slipped|eased|surged|soared|plunged|slid|gained|were\s+(?:up|down)|was\s+(?:up|down))\b/i;

export function isNotTradePercent(s: string, f: Figure, next: Figure | undefined, bounds: number[], cues: FlowCue[]): boolean {
  const [lo] = clauseOf(bounds, f.start);
  if (isPriceChangeAside(s, f, lo)) return true;
  // Bounded: a clause's subject sits near its figure, and long sentences stay linear.
  const from = Math.max(reportedClauseStart(s, bounds, lo), f.start - 160);
  if (forecastBefore(s, from, percentRangeStart(s, f.start))) return true;
  if (mentions(s, EFFORT_FOR_WORDS, f.start - 100, f.start) && EFFORT_FOR_CHANGE_BEFORE.test(s.slice(Math.max(0, f.start - 100), f.start))) return true;
  if (mentions(s, FORECAST_BEFORE_WORDS, f.start - 200, f.start) && (FORECAST_CONTINUED.test(s.slice(Math.max(0, f.start - 200), f.start)) || FORECAST_SECOND_INFINITIVE.test(s.slice(Math.max(0, f.start - 200), f.start)))) return true;
  if (mentions(s, FORECAST_BEFORE_WORDS, f.start - 160, f.start) && FORECAST_NOUN_CONTINUED.test(s.slice(Math.max(0, f.start - 160), f.start))) return true;
  if (mentions(s, FORECAST_AFTER_ANY_WORDS, f.end, f.end + FORECAST_AFTER_REACH) && FORECAST_AFTER_ANY.test(s.slice(f.end, f.end + FORECAST_AFTER_REACH))) return true;
  if (mentions(s, FORECAST_AT_CHANGE_WORDS, f.start - 200, f.start) && FORECAST_AT_CHANGE.test(s.slice(Math.max(0, f.start - 200), f.start))) return true;
  if (mentions(s, LIKELY_TO_REACH_WORDS, f.start - 100, f.start) && LIKELY_TO_MOVE_BEFORE.test(s.slice(Math.max(0, f.start - 100), f.start))) return true;
  if (hasNonTradeSubject(s, f, bounds, cues)) return true;
  if (mentions(s, PRICE_SUBJECT_WORDS, from, f.start) && PRICE_SUBJECT.test(s.slice(from, f.start)) && !PRICES_MOVED_VALUE.test(s.slice(from, f.start)) && !PRICES_CAUSED_TRADE.test(s.slice(from, f.start))) return true;
  if (lo > 0 && VERB_FIRST.test(s.slice(lo, f.start)) && PRICE_SUBJECT.test(subjectPastAside(s, bounds, lo))) return true;
  if (priceOfEllipticClause(s, f)) return true;
  // "jumped 10.8% year on year to hit 10.08 million b/d": the change of a daily rate, not of a trade total (its basis may be
  // spelled out at length: "jumped 10.8% compared with the same period of last year to hit 10.08 million b/d").
  if (mentions(s, DAILY_RATE_WORDS, f.end, f.end + 80) && DAILY_RATE_AHEAD.test(s.slice(f.end, f.end + 80))) return true;
  // "up 29.4% YOY; and average export price at 92,000 yuan per auto": a clause break between them
  // makes the price another item of the list, not the change's level.
  // A new clause with a subject of its own in between ("down 20.6 percent, as the average price slid to USD 89 per
  // tonne") leaves the change to the level before it.
  if (next && next.kind === 'level' && next.start - f.end <= 40 && !s.slice(f.end, next.start).includes(';') && FORWARD_CUE.test(stripQualifier(s, f.end, next.start)) && !NEW_SUBJECT_CLAUSE.test(s.slice(f.end, next.start)) && isRateLevel(s, next)) return true;
  return false;
}
