/**
 * Numbers in a release that are not trade figures although they look like them: counts of routes
 * and lines, firms, people, enforcement cases, daily averages and barrels per day, unit prices, value
 * thresholds and targets for a future year. Each rule names the phrase family and shows examples;
 * `notATradeFigure` says which rule set a number aside (for diagnostics and tests).
 */
import { MONTH_BEFORE, MONTH_WORDS, type Anchor } from './periods.js';
import type { Figure } from './quantities.js';
import { keywords, mentions, someMention, type Keywords } from './keywords.js';
import { closesBracketAt, isSpace } from './chars.js';
import { isCostOfImports } from './reported-figures.js';
import { DELIVERY_NOUN, isPlaceWord } from './geography.js';
import { isCurrency } from './second-currency.js';
import { FALL_PARTICIPLE, RISE_PARTICIPLE } from './change-verbs.js';

interface NonFigureRule {
  name: string;
  /** Phrases it sets aside (the number is not a row). */
  examples: string[];
  /** A word the sentence must contain for the rule to apply at all: tested once per sentence. */
  gate: RegExp;
  /** Words one of which every match of `gate` contains (keywords.ts), or null when there are none to name. */
  gateWords: string[] | null;
  /** The gate's answer computed from where its words are, without scanning (must equal `gate.test`). */
  gateFromWords?: (s: string) => boolean;
  /** True when the number at [start, end) of sentence `s` is of this family. */
  test: (s: string, f: Figure, anchor: Anchor | null) => boolean;
}

// The clause around a number: back to the last clause break, forward to the next one.
/** True when `pattern`, looked for from `reach` characters before the figure, covers the whole figure. */
// "1 EUR = 4.4012 PLN, 1 USD = 3.9939 PLN": in a list of such phrases the one spanning a figure may be the second in reach,
// so every match that starts before the figure is tried, not only the first.
function spannedBy(s: string, f: Figure, pattern: RegExp, reach: number): boolean {
  const from = Math.max(0, f.start - reach);
  const window = s.slice(from, f.end + reach);
  for (const m of window.matchAll(globalOf(pattern))) {
    if (from + m.index > f.start) return false;
    if (from + m.index + m[0].length >= f.end) return true;
  }
  return false;
}

const globalPatterns = new Map<RegExp, RegExp>();
/** The pattern with the global flag, made once. */
function globalOf(pattern: RegExp): RegExp {
  let g = globalPatterns.get(pattern);
  if (!g) globalPatterns.set(pattern, (g = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`)));
  return g;
}

function clauseBefore(s: string, at: number, reach = 120): string {
  const from = Math.max(0, at - reach);
  const text = s.slice(from, at);
  const cut = Math.max(text.lastIndexOf(';'), lastFullStop(text));
  return cut >= 0 ? text.slice(cut + 1) : text;
}

/**
 * The last ". " of `text` that ends a sentence: not the point of an initial ("U.S. clients", "U.K. buyers"), nor the last dot of
 * a fact sheet's leader ("Ship arrivals ........ 5,912": the label runs on to its amount, a219; a229).
 */
function lastFullStop(text: string): number {
  let at = text.lastIndexOf('. ');
  while (at >= 2 && (text[at - 1] === '.' || (isCapital(text.charCodeAt(at - 1)) && (text[at - 2] === '.' || text[at - 2] === ' ')))) at = text.lastIndexOf('. ', at - 1);
  return at;
}
const isCapital = (c: number): boolean => c >= 65 && c <= 90;

const BOOKED_BEFORE = /\b(?:booked|reserved)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?$/;

// What is counted, right after the number or as "the number of <noun>" before it.
// ("the number of provinces that send trains through Mohan has grown to 31": the provinces a service reaches are part of it.)
const NETWORK_NOUN = '(?:routes?|lines?|corridors?|destinations?|cities|countries|regions|provinces|stations|ports of call|berths|flights? routes?)';
// Modifiers only between the number and the noun: "69 China-Europe freight train routes", not "1,200 trains to 20 countries".
// ("1,700 freight trains served Central Asian destinations": the carriers counted come first, the network they serve is
// the object of their verb, a171: "runs", "flights", "trucks", "vessels" the same.)
const NETWORK_AFTER = new RegExp(`^\\s*(?:(?!(?:to|from|for|in|of|with|and|via|since|at|on|by|through|the|a|an|have|has|had|were|was|are|is|that|which|along|across|trains|trips|runs|services|flights|containers|boxes|TEUs?|trucks|lorries|vehicles|wagons|ships|vessels)\\b)[A-Za-z-]+\\s+){0,5}?${NETWORK_NOUN}\\b`, 'i');
// "the number of trains since the route opened exceeded 41,000" counts trains: the route only dates them.
const NETWORK_BEFORE = new RegExp(`\\bnumber\\s+of\\s+(?:(?!(?:since|trains|trips|vehicles|containers)\\b)[\\w'-]+\\s+){0,6}?${NETWORK_NOUN}\\b[^,;]{0,80}$`, 'i');
// (a249) "added five new foreign trade shipping routes, bringing the total to 230", "opened three air cargo lines, taking the
// number to 41": a total that a clause ending on routes or lines brings up is a count of them.
const NETWORK_TOTAL_BEFORE = new RegExp(`\\b${NETWORK_NOUN}\\s*,?\\s*(?:bringing|taking|raising|lifting|pushing)\\s+(?:the|its|their)\\s+(?:total|tally|count|number)(?:\\s+(?:number|count))?(?:\\s+of\\s+(?:[\\w-]+\\s+){0,4}?${NETWORK_NOUN})?\\s+to\\s+(?:(?:about|around|some|nearly|more\\s+than|over)\\s+)?$`, 'i');
const CARRIERS_COUNTED = /\b(?:trains|trips|runs|services|flights|containers|boxes|TEUs?|trucks|lorries|vehicles|wagons|ships|vessels)\s*$/i;
const PEOPLE_BEFORE = /\b(?:killed|died|deaths?|infected|injured|patients|employ(?:s|ed|ing)?)\b[^,;]{0,40}$/i;
// "6.2 million duty-free shoppers", "1.1 million overseas visitors": a hyphenated word or an adjective of origin may come first.
// "the number of foreign buyers registered at the market topped 13,000": a count of buyers or merchants after
// "number of" counts people, whatever unit an earlier clause lent it.
const NUMBER_OF_PEOPLE_BEFORE = /\bnumber\s+of\s+(?:[\w'-]+\s+){0,2}?(?:buyers|merchants|sellers|purchasers|customers|clients|visitors|tourists|passengers|travell?ers|people|persons|workers|residents)\b[^,;\d]{0,60}$/i;
// "goods shipped in one container", "carried on one truck": one thing written as a word says how the goods travel; a count
// of a single thing is no trade figure.
const ONE_THING = /^one$/i;
// The distance right after a unit of goods or people: "tonne kilometres", "ton-km", "tonne-kilometers".
const DISTANCE_AFTER = /^[\s-]?(?:kilomet(?:re|er)s?|km)\b/i;
// "2.6 million visits were made to the center", "640,000 tourist visits": visits count people coming, as visitors do.
const PEOPLE_AFTER = /^\s*(?:[a-z]+-[a-z][\w-]*\s+|(?:overseas|foreign|domestic|inbound|outbound|individual|local|international|offshore)\s+)?(?:(?:tourist|visitor|customer|shopper)\s+)?(?:people|persons|deaths|lives|workers|employees|residents|visitors|tourists|shoppers|consumers|customers|visits)\b/i;
// "last week", "in the past seven days", "On Monday alone", "in a single day": a week's or a day's figure.
// ("The figures released this week", "Last week, customs said ..." date a publication, not a figure: not read.)
// A week that dates the publication, not a figure: a verb of releasing or saying before it ("figures released last week
// show", "the office said last week", "data published in the past week"), or the week's release named as the source
// ("last week's figures showed"). Blanked before a clause is read for a week.
const PUBLISHED_IN_WEEK = /\b(?:released|published|issued|announced|reported|posted|unveiled|disclosed|out|said|showed|shown|made\s+public|put\s+out|came\s+out|compiled)\s+(?:(?:on|in|during|earlier|over)\s+)?(?:the\s+)?(?:last|past|previous)\s+week\b|\b(?:last|past|previous)\s+week['’]s\s+(?:[\w-]+\s+)?(?:data|figures|numbers|release|statistics|report|bulletin|announcement)\b/gi;
const DAY_OR_WEEK = /\b(?:[Oo]n|[Dd]uring)\s+(?:the\s+)?(?:peak|busy|busiest)\s+days?\b|\b(?:last|past)\s+week\b|\b(?:in|over|during)\s+the\s+(?:past|previous|last)\s+(?:week|(?:seven|7)\s+days)\b|\b(?:in|on|during)\s+(?:a\s+single|one)\s+day\b|\b[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+alone\b/;

// "About 58 trains ran on the line each week", "1,800 trucks a week": a count said of every week is a weekly average.
const PER_WEEK_CLAUSE_AFTER = /^[^.;,\d]{0,50}?\s(?:each|every|per|a)\s+week\b/i;

// A single day opening the sentence dates all of it: "On Monday alone, 96 trucks carrying 1,800 tonnes ...".
const DAY_OR_WEEK_OPENING = /^\s*(?:[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+alone|[Ii]n\s+a\s+single\s+day|[Oo]n\s+(?:the\s+)?(?:peak|busy|busiest)\s+days?)\b/;

// Any word of a period: a sentence with one dates its figures itself ("over the past year" dates a change, not a level).
const PERIOD_WORD = /\b(?:(?:19|20)\d{2}|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|quarter|half|H[12]|Q[1-4]|months?|(?:this|last|previous)\s+year|year[- ]to[- ]date|fiscal)\b/i;

// "In constant 2002 dollars, exports stood at", "at constant prices, imports came to": the frame of a volume measure.
// "in 2002 constant dollars": the base year may come first.
const CONSTANT_PRICES_BEFORE = /\b(?:in|at|measured\s+in)\s+(?:(?:19|20)\d{2}\s+)?(?:constant|chained)\s+(?:\(?(?:19|20)\d{2}\)?\s+)?(?:dollars|prices|yuan|euros?|yen|terms)\b/i;
const CONSTANT_BASE_YEAR_BEFORE = /\b(?:constant|chained)\s*\(?$/i;

/** The comma-delimited clause around a figure: from the last , ; or full stop before it to the next one after it. */
function commaClause(s: string, f: Figure): string {
  const before = s.slice(Math.max(0, f.start - 120), f.start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('. '));
  const after = s.slice(f.end, f.end + 120);
  const stop = after.search(/[,;]|\.(?:\s|$)/);
  return `${cut >= 0 ? before.slice(cut + 1) : before}${s.slice(f.start, f.end)}${stop >= 0 ? after.slice(0, stop) : after}`;
}

/** The sentence up to the end of the figure's comma clause (what comes after belongs to other clauses). */
function throughClauseOf(s: string, f: Figure): string {
  const stop = s.slice(f.end).search(/[,;]|\.(?:\s|$)/);
  return stop >= 0 ? s.slice(0, f.end + stop) : s;
}

// A balance with its amount just before the ratio, and the flow it is measured against.
const BALANCE_BEFORE_RATIO = /\b(?:deficit|surplus|balance|gap)\b(?:[^.;%]|\.(?=\d)){0,60}\d(?:[^.;%]|\.(?=\d)){0,30}$/i;
// "... USD 8,098.0 million, making up 44.7 per cent of external trade turnover" (Geostat) too, and "..., accounting for".
// (The words between the amount and the ratio: its scale, a comma and a verb of up to about 15 letters.)
// ("a deficit of $32.5 billion, which equals 7.0% of the month's imports": the flow may be named as the period's or the
// place's.)
const RATIO_OF_FLOW_AFTER = /^\s*of\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:total\s+)?(?:value\s+of\s+)?(?:(?:total|goods|merchandise|external|foreign)\s+)?(?:imports|exports|trade(?:\s+turnover)?|turnover)\b/i;
// "export orders, a gauge of ..., increased 14.4 percent to US$61.2 billion": the subject is orders, not shipments.
// Also when the release goes on with plain "orders": "Orders for ICT products grew", "orders from the United States
// jumped", "September orders rose".
// A sentence opening on sales booked (after a commodity label such as "Soybeans:"), with no shipment named before the number.
const SALES_BOOKED_SUBJECT = /^\s*(?:[A-Z][a-z]+(?:\s[a-z]+)?:\s*)?(?:Net\s+sales|Outstanding\s+sales|Increases\s+(?:were\s+)?(?:primarily\s+|mainly\s+|chiefly\s+)?for|Reductions\s+(?:were\s+)?(?:primarily\s+|mainly\s+|chiefly\s+)?for)\b(?![\s\S]*\b(?:[Ee]xports|[Ss]hipments|exported)\b)/;
// Goods going "to" (or "for", "into") the mainland, free of duty: the two halves of a duty-free sale off a customs-special island.
const TO_MAINLAND = /\b(?:to|for|into)\s+the\s+(?:Chinese\s+)?mainland\b/i;
const DUTY_FREE = /\b(?:free\s+of\s+(?:import\s+)?(?:duty|duties|tariffs?)|duty[- ]free|tariff[- ]free|exempt(?:ed)?\s+from\s+(?:import\s+)?(?:duty|duties|tariffs?))\b/i;
const SPECIAL_REGION = /\b(?:Hong\s+Kong|Macao|Macau|Taiwan)\b/;
// (Whether a trade noun takes over after them, "while exports grew", ordersStillTheSubject reads.)
// "Order intake at VDMA members fell 12 percent", "incoming orders from abroad dropped", "order bookings rose", "the order
// backlog shrank", "orders received by machine builders grew": the orders a trade body's members book, under any of the
// nouns industries give them, are no shipments either.
// The nouns of orders booked besides "orders" itself, one list for the subject, the mention and the rule's gate.
const ORDER_BOOK = String.raw`order\s+(?:intake|inflows?|bookings?|books?|backlogs?|entr(?:y|ies))`;
// (a187: "bookings" alone is the same noun: "Bookings placed by U.S. clients stood at", "new bookings from Europe".)
const ORDER_NOUN = String.raw`(?:${ORDER_BOOK}|bookings|(?:incoming|domestic|overseas|total|new)\s+orders|orders\s+(?:received|booked|on\s+hand|in\s+hand))`;
const EXPORT_ORDERS_BEFORE = new RegExp(String.raw`(?:\b(?:export|new|foreign|overseas|January|February|March|April|May|June|July|August|September|October|November|December)\s+orders\b|\borders\s+(?:for|from|placed\s+by)\b|\b${ORDER_NOUN}\b)`, 'i');
// "December exports were weaker as orders from Western markets slowed, at $29.2 billion", "Shipments fell 4% amid slowing orders
// from Europe", "exports rose because new orders for chips picked up", "on the back of stronger orders": orders named in a clause
// of cause say why the trade figure moved; the figure is the exports' when the rest of the clause names the trade (a report on
// orders themselves, "Export orders rose 5% as orders from the US grew", still names them outside the cause; "..., while
// orders for electronic products rose" is a second subject, no cause).
const ORDERS_AS_CAUSE = /\b(?:(?:as|because|since|after)\s+(?:(?:new|export|foreign|overseas|the|[A-Z][\w-]*)\s+){0,3}(?:orders|order\s+(?:intake|inflows?|bookings?))\s+(?:(?:from|for|by|in|of)\s+(?:[\w'’-]+\s+){1,4}?)?(?:slowed|slackened|weakened|fell|dropped|declined|dried\s+up|eased|picked\s+up|rose|recovered|rebounded|surged|increased|grew|shrank|slumped|softened|cooled|thinned|improved)|(?:amid|on\s+the\s+back\s+of|due\s+to|because\s+of|owing\s+to|thanks\s+to)\s+(?:(?:slowing|slower|weaker|weakening|falling|fewer|softer|stronger|strong|rising|more|new|export|foreign|overseas|firm|firmer)\s+){1,3}(?:orders|order\s+(?:intake|inflows?|bookings?))(?:\s+(?:from|for|by|in|of)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?|(?:helped|boosted|supported|driven|lifted|buoyed|spurred|fuell?ed|propelled|underpinned|hit|hurt|dragged\s+down|weighed\s+down|held\s+back)\s+by\s+(?:(?:slowing|slower|weaker|weakening|falling|fewer|softer|stronger|strong|rising|more|new|export|foreign|overseas|firm|firmer|large|big|bigger|heavy|brisk|robust|solid)\s+){0,3}(?:orders|order\s+(?:intake|inflows?|bookings?))(?:\s+(?:from|for|by|in|of)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?)\b/gi;
const ORDERS_AS_CAUSE_WORDS = keywords(['orders', 'order'], ORDERS_AS_CAUSE);

// A noun of trade or goods moving that takes over as the subject after orders were named: "export orders rose 3%, while exports
// grew 8% to ...", "orders for chips fell, but shipments ...".
const TRADE_NOUN_AFTER_ORDERS = /\b(?:exports|imports|re-exports|shipments|turnover|sales|deliveries|purchases|surplus|deficit)\b(?!\s+orders)/i;
// (Orders under the other nouns industries give them too: "order intake", "order bookings", "the order backlog"; a178.)
const ORDER_WORD = String.raw`\b(?:orders|bookings|${ORDER_BOOK})\b`;
const ORDERS_NAMED = new RegExp(ORDER_WORD, 'gi');
// An aside between commas that says what the orders are ("export orders, a leading indicator of shipments, rose",
// ", which are seen as a gauge of future exports,", ", regarded as a barometer of trade,"): the trade it names is no subject.
const ASIDE_ON_ORDERS = /^\s*,\s*(?:(?:a|an|which|that|seen\s+as|widely\s+seen\s+as|regarded\s+as|considered|viewed\s+as|known\s+as)\b)[^,;]{0,160},/i;

/**
 * "new export orders fell 3.0 percent", "September orders rose 26.4 percent to": orders named before the figure are its subject.
 * So are they past a long aside on them, "export orders, a leading indicator of shipments one to three months ahead, rose 3.3
 * percent to US$51.2 billion", and past words pointing back to them, "Orders
 * for ICT products grew 20.6 percent, while those for electronic products rose 7.8 percent to US$16.4 billion", "orders from
 * the US rose, and the ones from Europe fell 4 percent to": orders named earlier in the sentence (EXPORT_ORDERS_BEFORE) stay
 * the subject of a figure, as long as no trade noun takes over in between ("Export orders rose 3 percent, while exports
 * grew 8.4 percent to ...") and the orders are no cause of a trade figure (a177).
 */
function ordersStillTheSubject(s: string, at: number): boolean {
  const before = clauseBefore(s, at, 400);
  let last = -1;
  for (const m of before.matchAll(ORDERS_NAMED)) last = m.index;
  if (last < 0) return false;
  const mention = before.slice(Math.max(0, last - 40), last + 40);
  const after = before.slice(last + 6).replace(ASIDE_ON_ORDERS, ',');
  return EXPORT_ORDERS_BEFORE.test(mention) && withoutOrdersAsCause(before) === before && !TRADE_NOUN_AFTER_ORDERS.test(after);
}

// The trade the figure is of, outside the cause: exports, imports, shipments (not "export orders" themselves).
const TRADE_SUBJECT = /\b(?:exports|imports|shipments|trade|turnover)\b(?!\s+orders)/i;

/** The clause with its clauses of cause on orders blanked out (ORDERS_AS_CAUSE), when what is left names the trade. */
function withoutOrdersAsCause(clause: string): string {
  if (!mentions(clause, ORDERS_AS_CAUSE_WORDS)) return clause;
  const rest = clause.replace(ORDERS_AS_CAUSE, ' ');
  return rest !== clause && TRADE_SUBJECT.test(rest) ? rest : clause;
}
// "the three-month average deficit", "the 12-month moving average of exports".
const ROLLING_AVERAGE_BEFORE = /\b(?:\d{1,2}|three|six|twelve)[- ]month\s+(?:moving\s+|rolling\s+)?average\b/i;

// "Its contribution to national trade growth stood at 24.1 percent", "a contribution rate of 41.5 percent":
// how much of a total's growth one part supplied (the real-release convention labels no such figure).
// "Non-state firms contributed 97 percent of that growth", "accounted for more than 80 percent of the increase":
// a part of a change, not a share of trade (the real-release conventions do not label contributions to growth).
// "transferred 2.35 trillion rubles of duties, 103.7% of the planned figure", "98.5 percent of the annual target": how much of
// a plan, target or quota was met, not a share of trade.
const PART_OF_PLAN_AFTER = /^\s*(?:(?:percent|per\s?cent|%|pct)\s+)?of\s+(?:the|its|their|this\s+year['’]s)\s+(?:(?:annual|yearly|monthly|quarterly|budget|revenue|collection)\s+)?(?:plan|planned\s+(?:figure|level|amount|value|volume|sum)|target(?:ed\s+(?:figure|level|amount))?|quota|budgeted\s+(?:figure|level|amount|sum))\b(?!\s+(?:markets?|countr(?:y|ies)|regions?|economies|groups?)\b)/i;
// The growth may be named by its owner ("of China's foreign trade growth", "of the country's export growth") or bare ("of
// national trade growth", "of total import growth"); a noun after it makes "growth" a modifier ("growth markets"), no change.
const PART_OF_GROWTH_AFTER = /^\s*(?:(?:percent|per\s?cent|%|pct)\s+)?of\s+(?:(?:the|that|this|its|their)\s+|(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2}['’]s?\s+)?(?:[\w'-]+\s+){0,3}?(?:growth|increase|rise|expansion|gain)\b(?!\s+(?:markets?|sectors?|areas?|poles?|engines?|drivers?|rates?|targets?|forecasts?)\b)/i;
// People arriving by air or as visitors count as travellers too ("international arrivals", "tourist arrivals"), and the
// subject may stand after "with" with a bare "up" or "down" ("Passenger traffic recovered, with international arrivals up 38
// percent", "with visitor numbers down 12 percent").
const CROSSERS = String.raw`(?:(?:passenger|visitor|vehicle|person|people)[\s-](?:crossings|trips)|(?:passenger|visitor|tourist|travell?er)\s+(?:numbers|traffic|throughput|volumes?|arrivals|counts?|flows?)|(?:international|overseas|foreign|inbound|tourist|visitor|airport|air)\s+(?:arrivals|passengers|visitors|travell?ers)|crossings|visitors|passengers|tourists|travell?ers)`;
const CROSSINGS_SUBJECT_BEFORE = new RegExp(String.raw`(?:^|[,;:]|\b(?:and|while|whereas|but|as|though|although)\b)\s*(?:(?:the\s+)?numbers?\s+of\s+)?(?:(?!(?:freight|cargo|goods|trains?|rail|railway|container)\b)[\w'’-]+\s+){0,2}?${CROSSERS}\b(?:(?!\b(?:exports?|imports?|trade|goods|cargo|freight|trains?|and|while|but)\b)[^,;.\d]){0,60}?\b(?:rose|grew|jumped|climbed|increased|fell|dropped|declined|decreased|surged|soared|plunged|slumped|(?:was|were)\s+(?:up|down)|(?<=\bwith\s+(?:[\w'’-]+\s+){0,3}?)(?:up|down|off)|(?:remained|remain|stayed|stay|were|was|ran|stood)(?=\s+(?:(?:about|nearly|some|almost|more\s+than|roughly|around)\s+)?$))\s+(?:by\s+)?(?:(?:about|nearly|some|almost|more\s+than|roughly|around)\s+)?$`, 'i');
// The crossers opening the sentence, an aside between commas, and a predicate whose change follows after a comma: "Cross-border
// passenger traffic, suspended for most of 2020, remained minimal, down 97 percent", "Visitor numbers, hit by the closure,
// stayed low, off 40 percent", "Tourist arrivals, still capped by quotas, were thin, down by half".
const CROSSINGS_ASIDE_BEFORE = new RegExp(String.raw`^\s*(?:(?!(?:freight|cargo|goods|trains?|rail|railway|container)\b)[\w'’-]+\s+){0,2}?${CROSSERS}\s*,(?:(?!\b(?:exports?|imports?|trade|goods|cargo|freight|trains?)\b)[^;.]){1,100}?,\s*(?:(?:remained|stayed|were|was|ran|stood)\s+[\w-]+\s*,\s*)?(?:down|up|off)\s+(?:by\s+)?(?:(?:about|nearly|some|almost|more\s+than|roughly|around)\s+)?$`, 'i');
// "and inbound and outbound travelers topped 1.5 million", "passenger crossings numbered 420,000": people (or their
// crossings) counted with a verb of level and no unit beside the number; a currency the sentence names elsewhere is not theirs
// (read as a sum only: a count the subject gives a unit of, "passenger crossings hit 1.2 million" as trips, stays).
const CROSSINGS_LEVEL_BEFORE = /(?:^|[,;:]|\b(?:and|while|whereas|but)\b)\s*(?:(?:the\s+)?number\s+of\s+)?(?:(?!(?:freight|cargo|goods|trains?|rail|railway|container)\b)[\w'’-]+\s+){0,4}?(?:(?:passenger|visitor|vehicle|person|people)[\s-](?:crossings|trips)|crossings|visitors|passengers|tourists|travell?ers)\b(?:(?!\b(?:exports?|imports?|trade|goods|cargo|freight|trains?|and|while|but|worth|valued)\b)[^,;.\d$€£¥]){0,60}?\b(?:topped|reached|numbered|exceeded|hit|totall?ed|surpassed|passed|stood\s+at|came\s+to|amounted\s+to|was|were)\s+(?:(?:about|nearly|some|almost|more\s+than|over|around|roughly|close\s+to)\s+)?$/i;
// A number with only a scale word beside it (no currency, no unit written).
const BARE_COUNT = /^[\d.,]+(?:\s*(?:million|thousand|billion))?\.?$/i;
const NOT_COUNTED_AS_TRADE_BEFORE = /\b(?:which|that)\s+(?:is|are|was|were)\s+not\s+(?:counted|included|recorded|classed|classified|treated)\s+(?:in|as|among)\s+(?:the\s+)?(?:(?:foreign|external|official|merchandise|goods)\s+)?trade(?:\s+(?:figures|statistics|data|totals?))?\s*,(?:(?!\b(?:while|whereas|but|and)\b)[^.;]|\.(?=\d)){0,80}$/i;
const CONTRIBUTION_BEFORE = /\bcontribution(?:\s+rate)?\s+(?:to|of)\s+(?:[\w'-]+\s+){0,5}?(?:growth|increase|expansion)\b[^.;%]{0,40}$|\bcontribution\s+rate\b[^.;%]{0,40}$/i;

// "the number of foreign trade enterprises rose 6.1 percent": a change in a count of firms.
const FIRM_COUNT_BEFORE = /\bnumber\s+of\s+(?:[\w'-]+\s+){0,4}?(?:enterprises|companies|firms|businesses|exporters|importers|performers|traders|entities)\b[^,;]{0,60}$/i;
// "668,000 enterprises had import and export records in the period, 4.2% more than a year earlier": a change right after a
// count of firms (no other number between; a year is no count) is that count's.
const AFTER_FIRM_COUNT = /(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s+(?:thousand|million))?\s+(?:[\w'-]+\s+){0,3}?(?:enterprises|companies|firms|businesses|exporters|importers|entities)\b[^\d;]{0,80}$/i;
// "has 5,600 certified enterprises, and their imports and exports made up 36.8 percent of the total", "..., whose trade rose
// 4 percent", "..., while exports by these firms grew 9 percent": after the count a clause names the firms' trade as the
// subject of the change or share, which is then the trade's (no firm noun comes after it).
const FIRMS_TRADE_THEN = /\b(?:(?:their|whose|its)\s+(?:[\w-]+\s+){0,2}?|(?:these|those|the|such)\s+(?:[\w-]+\s+)?(?:enterprises|companies|firms|businesses|exporters|importers)['’]\s+(?:[\w-]+\s+){0,2}?)(?:exports|imports|trade|turnover|shipments|sales|purchases)\b(?:(?!\b(?:enterprises|companies|firms|businesses|exporters|importers)\b)[^\d;]){0,60}$|\b(?:exports|imports|trade|turnover|shipments|sales|purchases)\s+(?:by|of)\s+(?:them|these|those)\b(?:\s+(?:[\w-]+\s+)?(?:enterprises|companies|firms|businesses|exporters|importers))?(?:(?!\b(?:enterprises|companies|firms|businesses|exporters|importers)\b)[^\d;]){0,60}$/i;
// "the number of enterprises with import and export records reached 431,000 in the quarter, up 12.1 percent": the count
// stated after its noun, then its change after a comma (a year may date it; no other number between).
const FIRM_COUNT_THEN_CHANGE = /\bnumber\s+of\s+(?:[\w'-]+\s+){0,4}?(?:enterprises|companies|firms|businesses|exporters|importers|performers|traders|entities)\b[^,;\d]{0,60}?\d[\d,.]*(?:\s+(?:thousand|million))?(?:\s+(?:[^,;\d]|\b(?:19|20)\d\d\b){1,40})?,\s*(?:up|down|rising|growing|increasing|falling|declining)\s+(?:by\s+)?$/i;
// "The number of enterprises with import and export records rose to 694,000, about 5.2 percent more than a year earlier": the
// count after its noun, then its change written as "N percent more" after a comma (a hedge at most before it).
const FIRM_COUNT_THEN_MORE = /\bnumber\s+of\s+(?:[\w'-]+\s+){0,4}?(?:enterprises|companies|firms|businesses|exporters|importers|performers|traders|entities)\b[^,;\d]{0,60}?\d[\d,.]*(?:\s+(?:thousand|million))?(?:\s+(?:[^,;\d]|\b(?:19|20)\d\d\b){1,40})?,\s*(?:(?:about|around|roughly|nearly|some|almost)\s+)?$/i;
// "95 percent of the province's key foreign trade enterprises had resumed work", "some 60% of exporters reported": a share of
// the firms themselves (not of their trade: "of private enterprises' exports", "of firms' imports" keep it).
const SHARE_OF_FIRMS_AFTER = /^\s*of\s+(?:(?:the|its|their|all)\s+)?(?:(?!(?:of|in|to|from|by|with)\b)[\w'’-]+\s+){0,4}?(?:enterprises|companies|firms|businesses|exporters|importers|traders)\b(?!['’])(?!\s+(?:trade|exports?|imports?|shipments|purchases|sales)\b)/i;
// "In a poll of 1,500 member exporters, 38.2 percent expected gains, while 30.4 percent saw a decline", "and 41 percent expect a
// decline", "a quarter of them planned to cut jobs, and 17% said they would move orders abroad", "some 28 per cent were
// pessimistic": in a sentence on a survey, a percentage that is the subject of a verb of expecting, seeing, saying or planning
// (or of a word of mood) is a share of the respondents holding that view, not of any trade.
const SURVEY_WORD = /\b(?:survey(?:s|ed)?|poll(?:s|ed|ing)?|questionnaire|respondents?|canvass(?:ed)?|interviewed|questioned|asked)\b/i;
const RESPONDENTS_VIEW_AFTER = /^\s*(?:(?:%|percent|per\s?cent|pct)\s+)?(?:of\s+(?:them|those(?:\s+(?:polled|surveyed|asked|questioned))?|(?:the|its|their)\s+(?:[\w-]+\s+)?(?:members|respondents)|(?:[\w-]+\s+)?(?:members|respondents))\s*,?\s+)?(?:(?:also|still|now|only|even)\s+)?(?:said|say|says|stated|told|expect(?:s|ed)?|anticipat(?:e|es|ed)|foresee|foresaw|forecast|predict(?:s|ed)?|saw|see|reported|report|plan(?:s|ned)?|intend(?:s|ed)?|fear(?:s|ed)?|believe(?:s|d)?|think|thought|reckon(?:s|ed)?|want(?:s|ed)?|hope(?:s|d)?|(?:were|are|felt|feel|remained|remain)\s+(?:(?:more|less|very|still|now)\s+)?(?:optimistic|pessimistic|confident|worried|concerned|positive|negative|upbeat|gloomy|unsure|undecided|uncertain|planning|expecting|considering))\b/i;
const MORE_OR_FEWER_AFTER = /^\s*(?:(?:%|percent|per\s?cent|pct)\s+)?(?:more|fewer|less|higher|lower)\b/i;
// "more than 100 new-energy vehicle makers had shipped cars abroad", "80 Chinese carmakers exported vehicles": firms named
// by what they make, right after the number (a few modifiers, no preposition between), whatever unit the words lent it.
// The number's noun phrase ends at a conjunction, a relative pronoun or a verb of being or having: "rose to 142,000 vehicles
// as carmakers pushed into new markets" counts vehicles, and the carmakers open a clause of their own.
const FIRMS_RIGHT_AFTER = /^\s*(?:(?!(?:of|to|from|for|in|by|with|and|or|the|a|an|at|on|per|worth|valued|as|while|when|after|since|because|though|although|but|amid|that|which|who|is|are|was|were|has|have|had)\b)[\w'-]+\s+){0,3}?(?:[a-z]*makers|manufacturers|producers|suppliers|enterprises|companies|firms|businesses|exporters|importers)\b/i;
// "the average transport cost per container ... had fallen ... to roughly 6,500 U.S. dollars", "freight rates for a 40-foot
// container from Xi'an to Warsaw had fallen to about 5,800 dollars", "The fare for a second-class ticket ... is about 560 yuan",
// "the price of birch logs had eased to around 1,100 yuan": a clause whose subject is a price, a fare or a rate per thing
// carried, reaching its amount with no trade word between, states a price. So does a fee said to be an amount ("Booth fees are
// 6,800 yuan for a standard booth", "the handling fee was 120 yuan"): a fee is a charge, never goods traded.
// What one thing costs or is worth on average ("the average cost of a tonne of the imported ore came to about 610 yuan", "the
// unit value of an exported phone rose to 212 dollars") is a unit value, however the thing is named.
const PRICE_SUBJECT_BEFORE = /\b(?:prices?\s+(?:of|for)|costs?\s+per|(?:average|mean|unit)\s+(?:[\w-]+\s+)?(?:costs?|values?)\s+(?:of|for)\s+(?:an?|one|each)\s|fares?|tickets?|fees?(?=\s+(?:is|are|was|were|will\s+be|stand|stood|range[sd]?|start(?:s|ed)?)\b)|(?:freight|shipping|transport|haulage)\s+(?:rates?|costs?|charges?|fees?)|rates?\s+(?:for|per)\s+(?:an?\s+|each\s+)?(?:[\w-]+\s+)?(?:containers?|boxes|TEUs?|FEUs?|tonnes?|tons?|wagons?))\b(?:(?!\b(?:exports?|imports?|trade|shipments|turnover|worth|valued|volumes?)\b)[^.;]){0,110}?\b(?:to|at|is|was|were|are|of|reached|averaged|hit|(?:sells?|sold|goes|went|retails?|costs?)(?:\s+for)?)\s+(?:(?:about|around|roughly|nearly|some|approximately|just\s+(?:over|under)|more\s+than|less\s+than|below|above|under|over)\s+)?(?:(?:US|U\.S\.|HK|A|C|S)?[$€£¥]\s?)?$/i;
// "a credit line of $2 billion", "a loan of 500 million dollars", "a fund worth 10 billion yuan": the money named before its
// amount. "2.3 billion yuan is being invested", "... will be invested in": the amount as the subject of money put in.
// The one it goes to may stand between: "three Lines of Credit to Bangladesh totalling US$ 7.86 billion", "loans for
// small exporters worth 2 billion rupees". So is a scheme of support, however set off: "the new export subsidy programme, worth
// twenty-three billion pounds", "an incentive package of $2 billion", "a rebate scheme totalling 40 billion rupees".
const FUNDS_NAMED_BEFORE = /\b(?:credit\s+(?:lines?|facilit(?:y|ies))|lines?\s+of\s+credit|loans?|funds?|(?:registered|paid-in|paid-up|initial|start-up|share)\s+capital|(?:subsid(?:y|ies)|support|incentives?|rebates?|stimulus|relief|aid|bail-?out)\s+(?:programmes?|programs?|schemes?|packages?|plans?|funds?|facilit(?:y|ies)))(?:\s+(?:to|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?,?\s+(?:of|worth|totall?ing)\s+(?:(?:about|around|some|nearly|roughly|up\s+to|more\s+than|over)\s+)?(?:(?:US|U\.S\.|HK)?[$€£¥]\s?|(?:[A-Z]{3}|RMB)\s+)?$/i;
// "extended a A$ 250 million line of credit to Vietnam Electricity", "a US$ 1 billion line of credit for essential imports",
// "a $400 million concessional loan": the amount standing as the adjective of the money lent or granted (a201).
const FUNDS_NOUN_AFTER = /^\s+(?:(?:new|fresh|soft|concessional|concessionary|state|export|emergency|dollar)\s+)?(?:lines?\s+of\s+credit|credit\s+(?:lines?|facilit(?:y|ies))|loans?|grants?)\b/i;
const FUNDS_PASSIVE_AFTER = /^\s*(?:(?:is|are|was|were|will\s+be|would\s+be|has\s+been|have\s+been|had\s+been)\s+)(?:being\s+)?invested\b/i;
// "would offer 3 trillion won in emergency loans", "pledged $2 billion of credit lines", "5 billion yuan in subsidies": money
// lent, granted or invested, named right after the amount, is no goods traded; so is the capital a fund or firm is set up with
// ("launched with 344 billion yuan of registered capital", "5 billion dollars in paid-in capital", "registered capital of 2
// billion yuan", "10 billion yuan of equity"); "capital goods" are goods. So is money of backing given to traders: "announced
// 15 trillion won in trade insurance support", "2 billion dollars of export guarantees", "800 million yuan in assistance".
// (a221: "some 5 billion yuan ($732 million) in support for small exporters": support for named traders, and the amount's
// conversion in brackets before the words of money given, or the conversion itself closing its bracket.)
const FUNDS_AFTER = /^\s*(?:\([^()]{1,30}\)\s*|\)\s*)?(?:in|of|worth\s+of)\s+(?:(?!(?:exports?|imports?|goods|trade)\b)[\w-]+\s+){0,2}?(?:(?:trade|export)\s+(?=financ|credit|insurance|guarantee))?(?:loans?|financ(?:e|ing)|credit(?:\s+lines?)?|lines\s+of\s+credit|subsid(?:y|ies)|grants?|aid|financing|funding|funds|investments?|bonds|stimulus|relief|liquidity|insurance|guarantees?|assistance|capital(?!\s+(?:goods|equipment|machinery|items|products)\b)|equity|support(?!\s+(?:of|for)\b)|support\s+(?:for|to)\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?)(?:exporters|importers|traders|firms|companies|businesses|enterprises|manufacturers|factories|SMEs|producers))\b/i;
// A release, auction, sale or draw of a state's stockpile before the amount (the noun or the verb, either order); or the stockpile
// the amount came out of, after it.
const STATE_RESERVE = String.raw`(?:state|strategic|national|government|official|central)\s+(?:[\w-]+\s+){0,2}?(?:reserves?|stockpiles?|stocks)`;
// The goods may stand between the release and the stockpile ("an auction of frozen pork from central stocks"), and the
// stockpile may hold the event it lets goods out at ("the state reserve held another auction ..., offering 20,000 tonnes",
// "national stockpiles staged two sales", "the strategic reserve will run a tender").
const RESERVE_RELEASE_NOUN = String.raw`(?:releases?|auctions?|sales?|draws?|drawdowns?|disposals?|tenders?|sell-offs?)`;
const STATE_RESERVE_RELEASE_BEFORE = new RegExp(String.raw`\b(?:(?:releases?|released|releasing|auctions?|auctioned|auctioning|sales?|sold|selling|draws?|drew|drawn|drawdowns?|disposals?)\s+(?:(?:of|from|out\s+of)\s+)?(?:the\s+|its\s+)?${STATE_RESERVE}|${STATE_RESERVE}\s+(?:has\s+|had\s+|have\s+)?(?:released|auctioned|sold|offered|let\s+out)|${RESERVE_RELEASE_NOUN}\s+of\s+(?:[\w-]+\s+){1,3}?(?:from|out\s+of)\s+(?:the\s+|its\s+)?${STATE_RESERVE}|${STATE_RESERVE}\s+(?:has\s+|had\s+|have\s+|will\s+)?(?:held|holds?|holding|hosted|hosts?|ran|runs?|run|staged|stages?|organi[sz]ed|conducted|launched|opened|began|started)\s+(?:(?:a|an|another|its|the|two|three|several|weekly|monthly|further|new|first|second|third|latest)\s+){0,2}${RESERVE_RELEASE_NOUN})\b[^.;]{0,80}$`, 'i');
// "80,000 tonnes of copper from state reserves", and in the passive: "20,000 tonnes of frozen pork were released from
// government reserves", "1.2 million barrels had been drawn out of the strategic stockpile", "some 50,000 tonnes of corn
// being auctioned from national stocks".
const STATE_RESERVE_SOURCE_AFTER = new RegExp(String.raw`^\s*(?:of\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+)?(?:(?:(?:was|were|is|are|been|being|(?:had|has|have)\s+been)\s+)?(?:released|auctioned|sold|drawn|offered|let\s+out|put\s+up\s+for\s+sale)\s+)?(?:from|out\s+of)\s+(?:the\s+|its\s+)?${STATE_RESERVE}\b`, 'i');
/** Whether the words before an amount make it the sales of duty-free shops named as the subject. */
const dutyFreeSales = (before: string, after = ''): boolean => (SALES_BEFORE.test(before) || SALES_NOUN_AFTER.test(after)) && DUTY_FREE_SUBJECT_BEFORE.test(before);
// "duty-free outlets in Beihai rang up 1.9 billion yuan in sales", "took in 3 billion yuan of revenue": the sales named after.
const SALES_NOUN_AFTER = /^\s*(?:in|of|worth\s+of)\s+(?:[\w-]+\s+)?(?:sales|revenues?|takings|turnover|receipts)\b/i;

// "Thirty-seven products each brought in more than 1 billion USD, and eight of them topped 10 billion USD", "items earning
// over 1 billion USD each": the amount each member of a counted group reached is a threshold, not the group's trade.
const EACH_THRESHOLD_BEFORE = /\b(?:each|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+-[a-z]+)\s+of\s+them)\s+(?:[\w-]+\s+){0,3}?(?:brought\s+in|earned|fetched|topped|exceeded|surpassed|passed|crossed|reached|recorded|posted|had|generated)\s+(?:(?:an?\s+)?(?:[\w-]+\s+){0,3}?of\s+)?(?:(?:more\s+than|over|above|at\s+least|in\s+excess\s+of)\s+)?(?:(?:US|U\.S\.|HK|A|C|S)?[$€£¥]\s?|(?:[A-Z]{3}|RMB)\s+)?$/i;
// "including 36 groups above 2 billion USD", "of which nine items topped 5 billion dollars", "40 items had export turnover
// above $1 billion", "with 18 product lines posting sales of over 500 million": a counted group of goods (a number, then
// the group's noun) whose members passed a bound (a bound preposition or a passing verb after at most four words, none of
// them a verb or adverb of a sum: "12 product groups totalled over $50 billion" is their trade) is a threshold. "earned"
// needs its bound ("Palm-based products earned RM62.4 billion" is trade; "palm-based" is no count).
const COUNT_WORD = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+)';
const GROUP_NOUN = '(?:groups|items|products|categories|commodities|lines)';
const CURRENCY_BEFORE_AMOUNT = '(?:(?:US|U\\.S\\.|HK)?[$€£¥]\\s?|(?:[A-Z]{3}|RMB)\\s+)?';
const SUM_WORDS = '(?:together|combined|jointly|altogether|totall?ed|totall?ing|reached|reaching|amounted|amounting|came|coming|stood|standing|accounted|made|to|at)';
const COUNTED_GROUP_ABOVE_BEFORE = new RegExp(`\\b${COUNT_WORD}\\s+(?:[a-z-]+\\s+){0,2}?${GROUP_NOUN}\\s+(?:(?!${SUM_WORDS}\\b)[a-z-]+\\s+){0,4}?(?:above|over|exceeding|topping|surpassing|in\\s+excess\\s+of|at\\s+least|(?:worth\\s+)?more\\s+than|(?:earned|fetched)\\s+(?:more\\s+than|over)\\s+|(?:topped|exceeded|surpassed|passed|crossed)\\s+(?:more\\s+than\\s+|over\\s+)?)\\s*${CURRENCY_BEFORE_AMOUNT}$`, 'i');
// The passive of the same: "turnover of more than $1 billion was recorded by 40 items" (a bound before the amount, the
// counted group after it as the agent).
const BOUND_BEFORE = new RegExp(`\\b(?:above|over|exceeding|in\\s+excess\\s+of|at\\s+least|more\\s+than)\\s*${CURRENCY_BEFORE_AMOUNT}$`, 'i');
const COUNTED_GROUP_AGENT_AFTER = new RegExp(`^\\s*(?:[a-z-]+\\s+){0,3}?(?:was|were)\\s+(?:[a-z]+\\s+)?(?:recorded|posted|achieved|reached|earned|registered|logged|generated|fetched)\\s+by\\s+(?:some\\s+|about\\s+|around\\s+)?${COUNT_WORD}\\s+(?:[a-z-]+\\s+){0,2}?${GROUP_NOUN}\\b`, 'i');
// The subject of a stock market's move: a benchmark named by its capitalised name, or a stock, share or exchange index;
// a market's own name (an acronym, a number) before "index", "average" or "composite" ("the CSI 300 index", "the MOEX
// index", "the Nikkei share average", "the Shanghai Composite"), or a benchmark known by its bare name ("the S&P 500",
// "the FTSE 100", "the Sensex"). An aside between commas may follow it ("The Hang Seng Index, meanwhile, lost").
const NAMED_BENCHMARK = String.raw`(?:S&P\s*500|FTSE(?:\s+\d+)?|Nasdaq|NASDAQ|Dow(?:\s+Jones)?|Nikkei(?:\s+225)?|TOPIX|Topix|KOSPI|Kospi|KOSDAQ|Sensex|SENSEX|Nifty(?:\s+50)?|NIFTY(?:\s+50)?|DAX|CAC\s+40|Hang\s+Seng|ASX(?:\s+200)?|MOEX|IMOEX|RTS|IBEX(?:\s+35)?|Ibovespa|Bovespa|BIST(?:\s+100)?|KASE|TAIEX|(?:Euro\s+)?(?:STOXX|Stoxx)(?:\s+\d+)?|Straits\s+Times|PSEi|CSI\s+300|Shanghai\s+Composite|Shenzhen\s+Component|ChiNext|[A-Z]{2,5}-Index)`;
const MARKET_NAME_INDEX = String.raw`(?:[A-Z][\w&.-]*\s+){1,3}(?:\d+\s+)?(?:(?:share|stock|equity|industrial|blue-chip)\s+)?(?:index|indices|average|composite|Composite|Average)`;
// A live blog tells the market in the present: "the Nikkei 225 ends up 1.6%", "the Kospi is down 0.4%", "the ASX 200 slips 0.3%".
const STOCK_MOVE_VERB = String.raw`(?:rose|fell|gained|lost|climbed|jumped|slipped|dropped|added|slid|rallied|ended|closed|finished|edged|advanced|declined|tumbled|sank|surged|soared|plunged|eased|dipped|shed|firmed|rebounded|retreated|was\s+(?:up|down|trading)|opened|rises|falls|gains|loses|climbs|jumps|slips|drops|adds|slides|rallies|ends|closes|finishes|opens|edges|advances|declines|tumbles|sinks|surges|soars|plunges|eases|dips|sheds|firms|rebounds|retreats|traded|trades|is\s+(?:up|down|trading))`;
// "Nifty ends at record 20,192, up 0.45%", "the Kospi closed at 2,601.4 points, down 0.8%", "the FTSE 100 rose to a record high of
// 8,400, up 1.1%": the index's level at the close may come between its verb and its move, told after a comma with "up" or "down".
const INDEX_LEVEL_THEN = String.raw`(?:\s+(?:at|to)\s+(?:an?\s+)?(?:(?:record|new|all-time|fresh)\s+)?(?:(?:high|low|peak)\s+(?:of\s+)?)?\d[\d.,]*(?:\s+points)?\s*,(?=\s+(?:up|down)\b))?`;
// A live page's market line quotes the index's level, then its move: "VN-Index at the midday break: 1,251.4, down 0.7%",
// "the Kospi closed at 2,734, up 0.6%", "Nikkei 225 38,120.5, down 1.1%" (the level, a comma, the direction and the percent).
const QUOTED_LEVEL_MOVE = String.raw`(?:(?:\w+\s+){0,2}?${STOCK_MOVE_VERB}\s+)?(?:(?:at|in|on)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*)?:?\s*\d[\d,]*(?:\.\d+)?(?:\s+points)?\s*,?\s+(?:up|down|higher|lower)\s+`;
// The subject may be "the benchmark" alone ("The benchmark opened up 0.6% at 2,734"), a live page's second mention.
const STOCK_INDEX_BEFORE = new RegExp(String.raw`(?:\bbenchmark\s+(?:[A-Z][\w&-]*\s+){0,3}|\b(?:stock|share|equity|all-share|blue-chip)\s+(?:[\w-]+\s+){0,2}?ind(?:ex|ices)\s+|\b(?:[Ss]tock\s+[Ee]xchange|[Bb]ourse)['’]s\s+(?:[\w-]+\s+){0,3}?ind(?:ex|ices)\s+|\b${MARKET_NAME_INDEX}\s*|\b${NAMED_BENCHMARK}(?:\s+(?:index|average|composite|benchmark))?\s*)(?:(?:,\s*[\w\s]{1,25}?,\s*|(?:\w+\s+){0,2}?)${STOCK_MOVE_VERB}${INDEX_LEVEL_THEN}\s+(?:up\s+|down\s+|higher\s+|lower\s+)?|${QUOTED_LEVEL_MOVE})(?:by\s+)?(?:(?:about|around|nearly|some|almost|roughly|approximately|just|over|more\s+than|close\s+to)\s+)?$`);
// A count of ships "(reported) loading", "waiting (at anchor)", "queuing", "anchored" or "idling": ships in port, not goods.
const VESSELS_AT_WORK_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:vessels|ships|tankers|bulk\s+carriers|carriers)\s+(?:(?:were|are|was|is|had\s+been|have\s+been)\s+)?(?:(?:reported|seen|still)\s+)?(?:loading|waiting|queu(?:e|e?ing)|anchored|at\s+anchor|idling|idle|delayed|held\s+up|stranded|stuck|idled|(?:calling|called|berthing|berthed|docking|docked)\s+(?:at|in)\b)/i;
// "a strike delayed the loading of some 30 vessels", "fog held up the departure of 12 ships", "30 vessels were stranded": ships a
// disruption held up are counted as its reach, not as vessels traded (VESSELS_AT_WORK_AFTER reads the passive).
const SHIPS_HELD_UP_BEFORE = /\b(?:delay(?:ed|s|ing)?|h(?:eld|olds?|olding)\s+up|halt(?:ed|s|ing)?|stall(?:ed|s|ing)?|disrupt(?:ed|s|ing)?|suspend(?:ed|s|ing)?|block(?:ed|s|ing)?|postpon(?:ed|es|ing))\s+(?:the\s+)?(?:loading|unloading|departures?|sailings?|berthing|clearance|arrivals?)\s+of\s+(?:(?:about|around|some|nearly|roughly|more\s+than|over|at\s+least|up\s+to)\s+)?$/i;
const VESSEL_NOUN_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:vessels|ships|tankers|bulk\s+carriers|carriers|barges|freighters)\b/i;
// "Ships calling at the port: 10,926", "vessels that berthed at the terminal numbered 3,200": ships calling at a port are port
// calls (crossings of a kind), not vessels traded.
const VESSELS_CALLING_BEFORE = /\b(?:vessels|ships|tankers|carriers)\s+(?:(?:that|which)\s+)?(?:calling|called|berthing|berthed|docking|docked)\s+(?:at|in)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*(?::|\s(?:numbered|totall?ed|reached|were|was|stood\s+at|came\s+to))\s*(?:(?:about|around|some|nearly|roughly|more\s+than|over)\s+)?$/i;
// "the vessel line-up down to 58 ships", "the queue of tankers off the terminal grew to 31", "the line-up of bulk carriers at
// Santos stood at 74", "the waiting list of ships had shrunk to 40": a queue of ships named before its size counts ships
// waiting in port, no goods traded.
const VESSEL_QUEUE_BEFORE = /\b(?:(?:vessel|ship|tanker)s?\s+(?:line-?ups?|queues?|waiting\s+lists?)|(?:line-?ups?|queues?|waiting\s+lists?)\s+of\s+(?:[\w-]+\s+)?(?:vessels|ships|tankers|carriers))\b[^.;,]{0,60}?\b(?:to|at|of|was|were|reached|numbered|totall?ed|hit)\s+(?:(?:about|around|some|nearly|roughly|just|more\s+than|over)\s+)?$/i;
// "operated by 30 unmanned trucks", "run by a fleet of 45 trucks", "a fleet of 120 vessels": the vehicles a service owns.
const FLEET_BEFORE = /(?:\b(?:operated|run|served|worked)\s+by\s+(?:a\s+fleet\s+of\s+)?|\bfleet\s+of\s+)(?:(?:about|around|some|nearly|roughly|more\s+than|over)\s+)?$/i;
// "vessel transits remain about 60 percent below ...": the change in ships passing a sea lane or a canal.
const VESSEL_TRANSITS_BEFORE = /\b(?:vessel|ship|tanker|container[- ]ship|canal)\s+(?:transits|crossings|passages|traffic)\b[^.;,]{0,40}$/i;
// A company named by its kind then its capitalised name, then ", which sold / shipped / exported" and the amount.
const NAMED_COMPANY_SOLD_BEFORE = /\b(?:miner|carmaker|automaker|producer|company|firm|group|maker|exporter|importer|trader|refiner|smelter|shipper)\s+(?:(?-i:[A-Z])[\w&.'’-]*\s+){0,4}(?-i:[A-Z])[\w&.'’-]*\s*,\s*(?:which|that)\s+(?:(?:has|had|also)\s+)?(?:sold|shipped|exported|delivered)\s+(?:(?:about|around|some|nearly|roughly|more\s+than|over)\s+)?$/i;

/** A counted group's bound, before the amount ("40 items had sales above") or, in the passive, after it ("... was posted by 40 items"). */
function countedGroupThreshold(s: string, f: { start: number; end: number }): boolean {
  const before = s.slice(Math.max(0, f.start - 90), f.start);
  return COUNTED_GROUP_ABOVE_BEFORE.test(before) || (BOUND_BEFORE.test(before.slice(-30)) && COUNTED_GROUP_AGENT_AFTER.test(s.slice(f.end, f.end + 80)));
}

const EACH_AFTER = /^\s*(?:[A-Z]{3}\s+|dollars\s+)?each\b/i;
// "A logistics center worth 860 million yuan is under construction", "a warehouse costing $30 million": what a building
// or project is worth is investment, not goods traded ("goods worth" stays trade: the noun must be a thing built).
// "13 joint projects with Chinese partners worth $4.5 billion", "a cold-storage centre at the port costing": a short phrase
// saying with whom, where or for what may stand between the thing and its worth.
// A comma may set the worth off as an aside on the things built ("the new cruise pier and the expansion of the car terminal,
// worth a combined EUR 135 million", "two berths, valued at about $400 million,"), and the things may be any works of a port or
// a road: piers, quays, berths, docks, wharves, jetties, yards, tunnels, roads, rail links, extensions, dredging works.
// The worth may be a verb's of pricing ("costed at", "priced at", "estimated at", "budgeted at", "put at", "at a cost of").
const BUILT_THING = String.raw`(?:cent(?:er|re)|park|project|plant|factory|facilit(?:y|ies)|terminal|warehouse|complex|bridge|building|base|pier|quay|berth|dock|wharf|wharves|jett(?:y|ies)|yard|tunnel|road|link|extension|expansion|upgrade|dredging|works|scheme|breakwater|channel|infrastructure)s?`;
const MONEY_OPENING = String.raw`(?:(?:about|around|some|nearly|roughly|more\s+than|over|up\s+to|a\s+total\s+of|a\s+combined|an\s+estimated|a\s+further|another|an\s+additional)\s+)?(?:(?:US|U\.S\.|HK|A|C|S)?[$€£¥]\s?|(?:[A-Z]{3}|RMB)\s+)?`;
// "funds have committed a further US$4 billion to Indian infrastructure platforms", "the bank pledged $500 million towards the
// corridor", "earmarked 2 billion yuan for new berths": money promised to a venture, the amount right after the verb and the
// thing it goes to after the amount. Goods promised are named between ("pledged to buy $2 billion of soybeans" is a target).
const FUNDS_COMMITTED_BEFORE = new RegExp(String.raw`\b(?:committed|commits|commit|pledged|pledges|pledge|promised|earmarked|set\s+aside)\s+${MONEY_OPENING}$`, 'i');
const FUNDS_DESTINATION_AFTER = /^\s*(?:to|towards?|for|into)\s+(?!(?:buy|purchases?|imports?|exports?|ship|sell|trade)\b)/i;
const BUILT_WORTH_BEFORE = new RegExp(String.raw`\b${BUILT_THING}(?:\s+(?:with|in|at|for|near|on|across)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?,?\s+(?:worth|costing|(?:costed|priced|valued|estimated|budgeted|put)\s+at|(?:with\s+)?(?:an?\s+)?(?:price\s+tag|budget|cost|bill)\s+of|at\s+a\s+(?:total\s+)?cost\s+of)\s+${MONEY_OPENING}$`, 'i');
// Money a port or a firm spends on works, by the verb: "We are spending 1.4 billion zloty on the new quay", "has poured $300
// million into the terminal", "earmarked 600 million euros for the breakwater", "allocated 90 million dollars to the
// dredging"; money spent on goods ("buyers spent $5 billion on Australian beef") is trade and stays. (Investment named as
// the subject, "investment in port infrastructure came to", is NON_TRADE_SUBJECT's, reported-figures.ts.)
const SPENT_VERB_BEFORE = new RegExp(String.raw`\b(?:spend(?:s|ing)?|spent|invest(?:s|ing|ed)?|pour(?:s|ing|ed)?|sink(?:s|ing)?|sank|sunk|allocat(?:e|es|ed|ing)|earmark(?:s|ed|ing)?)\s+${MONEY_OPENING}$`, 'i');
const ON_BUILT_AFTER = new RegExp(String.raw`^\s*(?:[\w-]+\s+){0,2}?(?:on|in|into|for|to)\s+(?:(?:the|a|an|its|their|two|three|four|several|new)\s+){0,2}(?:[\w'’-]+\s+){0,3}?${BUILT_THING}\b`, 'i');
// "has earmarked 2 billion yuan to build a trade center", "allocated RMB 500 million for port upgrades", "set aside $2 billion":
// money a government or body sets apart for a purpose is a budget, not goods traded.
// "The central bank bought 14.2 tonnes of gold from domestic miners": goods bought from sellers at home are no imports.
const BOUGHT_BEFORE = /\b(?:bought|buys|buying|purchased|purchases|purchasing|acquired)\s+(?:(?:about|around|some|nearly|roughly|more\s+than|over|a\s+record)\s+)?(?:(?:US|U\.S\.|HK|A|C|S)?[$€£¥]\s?|(?:[A-Z]{3}|RMB)\s+)?$/i;
// "The central bank bought more than US$20 billion in the foreign exchange market", "the monetary authority sold $1.2 billion on
// the currency market", "it had acquired some R3 billion through FX auctions": money bought or sold in a market of currencies is
// an intervention, not goods traded; so is the intervention as a subject ("Net forex purchases by the bank came to", "the
// Reserve Bank's dollar sales totalled").
const BOUGHT_OR_SOLD_BEFORE = /\b(?:bought|buys|buying|purchased|purchasing|acquired|acquiring|sold|sells|selling|auctioned|injected|absorbed)\s+(?:(?:a\s+net|net|about|around|some|nearly|almost|roughly|more\s+than|less\s+than|over|under|a\s+record)\s+)*(?:(?:US|U\.S\.|HK|A|C|S|R|N)?[$€£¥₦]\s?|(?:[A-Z]{3}|RMB|GH¢|R|KSh|E£)\s?)?$/;
// The market may be named by its dealers alone ("from the interbank market", "in the inter-bank market") or by two nouns of
// money ("on the domestic currency exchange market"), and the sale may name the money it buys instead ("sold US$ 420 million
// to buy Indian currency", "in exchange for rupees", "to purchase local currency").
const CURRENCY_MARKET_AFTER = /^[^.;]{0,50}?\b(?:(?:in|on|at|through|via|from|into)\s+(?:the\s+|its\s+)?(?:(?:local|domestic|official|spot|wholesale|parallel|open)\s+)?(?:(?:interbank|inter-bank)\s+(?:(?:foreign[- ]exchange|forex|FX|currency|exchange|money)\s+){0,2}|(?:foreign[- ]exchange|forex|FX|currency|exchange)\s+(?:(?:exchange|currency)\s+)?)(?:markets?|auctions?|windows?|interventions?)|(?:to\s+(?:buy|purchase|acquire|obtain)|in\s+(?:exchange|return)\s+for)\s+(?:[\w-]+\s+){0,2}?(?:currency|currencies|foreign\s+exchange|rupees?|dollars|euros|yuan|renminbi|rubles?|roubles?|tenge|soms?))\b/i;
const CURRENCY_DEALING_SUBJECT = /\b(?:(?:foreign[- ]exchange|forex|FX|currency|dollar)\s+(?:purchases|sales|interventions?|auctions?)|(?:purchases|sales)\s+of\s+(?:foreign\s+(?:currency|exchange)|dollars|hard\s+currency))\b/i;
const FROM_HOME_SELLERS_AFTER = /^[^,;.]{0,60}?\bfrom\s+(?:(?:the\s+)?(?:country's|nation's)\s+own|domestic|local|home-grown)\s+(?:[\w-]+\s+)?(?:miners|mines|producers|refiners|refineries|mills|farmers|growers|suppliers|companies|firms|sources|markets?)\b/i;
// "Her stall's sales rose about 30 percent", "our factory's orders doubled": the business of one person quoted (a pronoun
// owns it) is no trade of a place.
const ONE_TRADERS_BUSINESS = /\b(?:his|her|my|our)\s+(?:own\s+)?(?:stall|shop|store|booth|company|firm|factory|business|farm|orchard|workshop)['’]s?\s+(?:[\w-]+\s+)?(?:sales|orders|exports|imports|revenue|turnover|output|shipments)\b[^,;.]{0,60}$/i;
// "an Export Promotion Mission with an outlay of Rs. 25,060 crore", "a budget of $40 million for trade fairs", "the agency is
// seeking P9.8 billion for its export programs", "requested an additional KSh 3 billion", "asked Congress for $2 billion": money
// a programme is given, or a body asks for, is a budget, not goods traded.
const FUNDS_SOUGHT_BEFORE = /\b(?:(?:outlays?|budgets?|appropriations?|budgetary\s+(?:support|allocation)|financial\s+(?:outlay|support|assistance))\s+(?:of|worth|totall?ing|amounting\s+to)|(?:seek(?:s|ing)?|sought|request(?:s|ed|ing)?|ask(?:s|ed|ing)?(?:\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+for|appl(?:y|ies|ied|ying)\s+for|appropriat(?:e|es|ed|ing))(?:\s+(?:an?\s+)?(?:additional|extra|further|another))?)\s+(?:(?:about|around|some|nearly|roughly|more\s+than|over|up\s+to)\s+)?(?:(?:US|U\.S\.|HK|A|C|S|NZ)?[$€£¥₱₹₦]\s?|(?:[A-Z]{3}|RMB|Rs\.?|KSh|Sh|P|N)\s?)?$/;
// "The tariff on imported rice was cut to 15 percent from 35 percent", "the government lowered the import duty on sugar from 40 to
// 20 per cent", "export taxes were raised to 12%", "cut the rice tariff to 15 percent": a rate a duty is set to, or from, is the
// duty's, whatever flow its goods have (its clause names no trade between the duty and the rate).
const DUTY_NOUN = String.raw`(?:tariffs?|dut(?:y|ies)|levy|levies|tax(?:es)?|tariff\s+rates?)`;
const DUTY_OF_GOODS = String.raw`(?:\s+(?:on|for)(?:\s+[\w'’.-]+){1,4}?)?`;
const DUTY_SETTING_VERB = String.raw`(?:cut|cuts|lowered|lowers|lowering|reduced|reduces|reducing|raised|raises|raising|increased|increases|hiked|hikes|lifted|slashed|trimmed|halved|doubled|set|sets|kept|keeps|fixed|pegged|brought\s+down|restored|reinstated|fell|rose|dropped)`;
const DUTY_RATE_TAIL = String.raw`(?:back\s+|down\s+|up\s+)?(?:to|from|at|by)\s+(?:[\d.]+\s*(?:%|percent|per\s?cent)?\s+(?:to|from)\s+)?(?:(?:about|around|just|only)\s+)?$`;
const DUTY_RATE_BEFORE = new RegExp(String.raw`\b${DUTY_NOUN}${DUTY_OF_GOODS}\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+)?(?:(?:also|further|then|now|again|later)\s+)?${DUTY_SETTING_VERB}\s+${DUTY_RATE_TAIL}|\b${DUTY_SETTING_VERB}\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,3}?${DUTY_NOUN}${DUTY_OF_GOODS}\s+${DUTY_RATE_TAIL}`, 'i');
// (a249) "the scheduled increase of tariffs on $200 billion of Chinese goods", "duties on about US$160 billion of imports", "levies
// on another $34 billion worth of US products", "sanctions covering $5 billion of trade": the amount of goods a trade measure
// falls on, right after the measure and its preposition, sizes the measure; it is no trade of any period.
const MEASURE_FALLS_ON_BEFORE = /\b(?:tariffs?|dut(?:y|ies)|levies|levy|surcharges?|sanctions|curbs|restrictions|quotas?|bans?|(?:anti-dumping|countervailing)\s+(?:duties|measures))\s+(?:(?:that\s+)?(?:on|covering|against|affecting|targeting|hitting)\s+)(?:(?:about|around|some|nearly|roughly|more\s+than|over|almost|up\s+to|an\s+estimated|another|an\s+additional|a\s+further)\s+)?(?:(?:US|U\.S\.|HK|A|C|S)?[$€£¥]\s?|(?:USD|EUR|RMB|CNY)\s?)?$/i;
const FUNDS_SET_ASIDE_BEFORE = /\b(?:earmark(?:ed|s|ing)?|allocat(?:ed|es|ing)|set(?:s|ting)?\s+aside|budgeted)\s+(?:(?:about|around|some|nearly|roughly|more\s+than|over|up\s+to)\s+)?(?:(?:US|U\.S\.|HK|A|C|S)?[$€£¥]\s?|(?:[A-Z]{3}|RMB)\s+)?$/i;
// "would save local exporters about 41 million yuan in tariffs", "allow firms to save 96 million yuan", "helping them obtain
// tariff cuts worth about 120 million yuan": money a trader is spared (duties not paid under a certificate of origin or a
// zero-tariff list) is no goods traded, whoever is named between the verb and the amount.
const MONEY_SPARED_BEFORE = /(?:\b(?:save[sd]?|saving|spar(?:e|ed|es|ing))\s+(?:(?!(?:about|around|some|nearly|roughly|more|over|up)\b)[a-z-]+\s+){0,3}?|\b(?:tariff|duty|duties|tax)\s+(?:cuts?|reductions?|savings?|concessions?|preferences?|relief|breaks?|exemptions?|benefits?)\s+(?:worth|of|totall?ing|amounting\s+to|valued\s+at)\s+)(?:(?:about|around|some|nearly|roughly|more\s+than|over|up\s+to)\s+)?(?:(?:US|U\.S\.|HK)?[$€£¥]\s?|(?:[A-Z]{3}|RMB)\s+)?$/i;
// "could load a train of 50 containers", "The first China-Europe train of the year left the port on Jan. 1 with 55 containers of
// auto parts": what one train (ship, truck) carries is the size of one departure, not the period's traffic.
// (a187: the first run may be an owner's, "the city's first train to Tashkent departed with 55 containers", "its maiden voyage
// to the port, carrying 420 vehicles": a voyage, sailing or run is one departure too, and a comma may set off what it carried;
// not a first run that dates a running total, "since the first train left Chongqing in March 2011, carrying over 10.5 million TEUs".)
const ONE_CARRIER_LOAD_BEFORE = /\b(?<!\b(?:since|after|when)\s+)(?:an?|one|each|every|(?:the|its|their|[\w-]+['’]s)\s+(?:very\s+)?(?:first|last|maiden|inaugural|same))\s+(?:[\w'-]+\s+){0,4}?(?:train|vessel|ship|truck|flight|voyage|sailing)(?:\s+of\s+|\b(?:[^.;,]|\.(?=\s?\d)){0,80}?(?:,\s*)?\b(?:with|carrying|loaded\s+with|hauling)\s+)(?:(?:about|around|some|nearly|up\s+to|more\s+than|over)\s+)?$/i;
// "processed more than 11,000 customs declarations this year, and ... 95 percent of them were cleared within two hours": the
// part of a customs workload handled some way is a measure of the customs' work.
// "handled 37 percent more cross-border e-commerce declarations than a year earlier": the change named before what it counts.
const WORKLOAD_MORE_AFTER = /^\s*(?:(?:%|percent|per\s?cent|pct)\s+)?(?:more|fewer|less)\s+(?:[\w-]+\s+){0,4}?(?:declarations|batches)\b/i;
const WORKLOAD_SHARE_AFTER = /^\s*of\s+(?:them|these|those|(?:the\s+)?(?:[\w-]+\s+)?(?:declarations|consignments|batches))\s+(?:(?:were|was|are|is|had\s+been|have\s+been)\s+)(?:now\s+)?(?:cleared|processed|filed|inspected|released|handled|submitted|checked)\b/i;
// What a fair or a mission signs, named after its amount ("80.1 bln USD in tentative deals", "$2 billion worth of MoUs").
const DEALS_AFTER = /^\s*(?:in|of|worth\s+of)\s+(?:(?:tentative|intended|signed|potential|prospective|on-site|on-the-spot|new|one-year|purchase|purchasing|sales|supply|cooperation|investment|framework)\s+){0,3}(?:deals|contracts|agreements|memorand(?:a|ums)|MoUs|letters\s+of\s+intent|(?:export|import|purchase|buying|sales|trade)\s+intentions|pledges)\b/i;
// Fairs and exhibitions count booths and visitors; their growth is not trade growth.
const FAIR_SUBJECT = /\b(?:exhibitor\s+booths?|booths|exhibitors|(?:fair|expo|exhibition)\s+visitors)\b[^.;]*$/i;
const TRADE_WORD = /\b(?:exports?|imports?|trade|turnover|deals?|transactions?)\b/i;
// "collected 2.41 billion yuan in duties, up 9.3 percent, and handled 214 smuggling cases": the words after a figure are its
// own up to a clause that goes on with another verb ("and", "while", "but" after a comma, or a semicolon).
const NEXT_CLAUSE_AFTER = /;|,\s*(?:and|while|whereas|but)\s/i;
const ownClauseAfter = (after: string): string => {
  const cut = after.indexOf(',') >= 0 || after.indexOf(';') >= 0 ? after.search(NEXT_CLAUSE_AFTER) : -1;
  return cut >= 0 ? after.slice(0, cut) : after;
};
// Goods found concealed are a seizure too: "1.3 tonnes of scales hidden in a shipment of nuts", "cartons of cigarettes stashed
// inside a fuel tank", "ivory concealed among timber", "drugs disguised as tea" (not "a fall hidden by a rise").
const ENFORCEMENT = /\b(?:seized|seizures?|confiscated|intercepted|detained|undeclared|contraband|smuggl\w*|counterfeit|infring\w*|cases?\s+(?:of|involving)|arrested|suspects?|(?:hidden|concealed|stashed|secreted|tucked|camouflaged)\s+(?:away\s+)?(?:in|inside|among|amongst|under|beneath|behind|within|between)|disguised\s+as)\b/i;
// A levy paid back to traders is no goods either: "Export tax refunds came to 380 billion yuan", "IGST refunds of Rs 1.5 lakh
// crore were sanctioned", "duty drawback of Rs 41,000 crore was disbursed", "VAT rebates to exporters reached", "3 billion yuan
// in tax rebates", "drawbacks paid on re-exported inputs totalled" (any levy's name may come before the noun).
const LEVY_REPAID = String.raw`(?:refunds|rebates|drawbacks?)`;
// A levy named as what the money is: "Import duties brought in 820 million dollars", "Revenue from tariffs and VAT on imports
// came to", "Fines imposed for false declarations rose to" (the sentence opens with the levy), and "collected 1.2 trillion
// yuan in duties and import taxes", "saved firms 260 million yuan in tariffs" (the levy right after the amount).
// Customs' own word for the money it takes is a levy too, in any of its nouns ("customs payments", "customs charges",
// "customs receipts", "customs collections"); so is a levy opening a clause after a comma and "while", "and" or "but" ("..., while customs
// fees paid on them came to"), which reaches only the figures after it, or after an opening phrase ("In the first half, ...").
const LEVY_NOUN = String.raw`(?:duties|taxes|tariffs|levies|fines|penalties|${LEVY_REPAID}|(?:tax|customs|duty|tariff|fiscal|budget)\s+(?:revenues?|payments|receipts|collections|charges|fees|proceeds)|revenues?\s+from\s+(?:[\w-]+\s+){0,2}?(?:tariffs|duties|taxes|levies|customs))`;
// Two kinds of levy may be joined before the noun: "Customs and excise duties collected ...", "Import and export tariffs".
// A levy a concession or a cause names is no subject of its clause: "Despite tariffs, exports rose", "Steel exports, despite
// anti-dumping duties, rose", "Amid higher tariffs, ...", "but notwithstanding the duties, ..." (the words before the levy
// are its own kind, no preposition).
const LEVY_CONCEDED = String.raw`(?:despite|amid|amidst|notwithstanding|regardless|spite|because|due|owing|after|following|with|without|under|against|facing|over|by|of|to|for|from|on)`;
const LEVY_OPENING = new RegExp(String.raw`(?:^\s*(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5},\s+)?|[,;]\s*(?:while|whereas|and|but)\s+)(?!${LEVY_CONCEDED}\s)(?:(?:the|total|its|their|this|last)\s+)?(?:(?!${LEVY_CONCEDED}\s)[\w'’-]+\s+){0,2}?(?:(?:and|&)\s+[\w'’-]+\s+)?${LEVY_NOUN}\b`, 'i');
// "... in import duties", "... of fines": what an amount was levied as (a few words may name the kind). ("in spite of
// anti-dumping duties", "in the face of tariffs", "in response to duties", "in retaliation for tariffs": a preposition among
// the words makes the levy the object of a phrase of concession or cause, not what the amount was levied as.)
const LEVIED_AS = String.raw`(?:in|of)\s+(?:(?!(?:of|to|for|spite)\s)[\w-]+\s+){0,3}?${LEVY_NOUN}\b`;
const LEVY_AFTER = new RegExp(String.raw`^\s*${LEVIED_AS}`, 'i');
// An amount, its scale and money, then what it was levied as: "980 million yuan in import taxes".
const AMOUNT_LEVIED = String.raw`\d[\d.,]*(?:\s*(?:million|billion|trillion|bn|mn|mln|bln|m))?(?:\s*(?:yuan|dollars?|euros?|yen|won|rupees?|tenge|rubles?|roubles?|[A-Z]{3}))?\s+${LEVIED_AS}`;
// The levy after an amount ("collected 1.2 trillion yuan in duties"): a change later in its clause is the levy's too.
const LEVY_AFTER_AMOUNT = new RegExp(AMOUNT_LEVIED, 'gi');
// "... fell 2.1 percent to 40 billion yuan in import taxes": the change before the amount levied, which it went "to" (in
// "were worth 4.72 billion yuan, up 68.5 percent ..., and saved companies 780 million yuan in taxes" the change is the goods').
const LEVY_AMOUNT_AHEAD = new RegExp(String.raw`^[^.;,]{0,60}?\b(?:to|at)\s+(?:(?:about|around|nearly|some|roughly|over|more\s+than)\s+)?(?:[A-Z]{0,3}\$|[€£¥]|RMB\s?|[A-Z]{3}\s?)?${AMOUNT_LEVIED}`, 'i');
// A new trade subject after the levy ends its reach ("..., while exports rose 5 percent"); a trade word hyphened to the next
// word only qualifies it ("in duties and import-stage taxes", "trade-related fees") and starts no subject.
const NEW_TRADE_CLAUSE = /;|\b(?:while|whereas|but|and)\s+(?:(?:the|total|overall|its|their)\s+)*(?:[\w-]+\s+)?(?:exports?|imports?|trade|shipments|turnover)\b(?!-|\s+(?:duties|taxes|tariffs|levies))/i;
// "the ministry said that import-linked taxes brought in about 1.9 trillion yuan", "..., which showed customs duties had raised
// $4.1 billion", "; tariff revenues yielded 820 million dollars": a levy opening a clause anywhere in the sentence (after a
// conjunction, a relative or a reporting verb's "that", a comma) as the subject of a verb of taking money in, the amount right
// after. ("goods subject to tariffs reached ..." is no clause opened by the levy.)
const LEVY_SUBJECT_TOOK_IN = new RegExp(String.raw`(?:^|[,;:(]\s*|\b(?:that|which|where|as|while|whereas|and|but|said|showed|shows|says)\s+)(?:(?:the|total|its|their|this|last|all)\s+)?(?:[\w'’-]+\s+){0,2}?${LEVY_NOUN}\s+(?:(?:had|has|have)\s+)?(?:brought\s+in|raked\s+in|took\s+in|yielded|generated|raised|netted|fetched|came\s+to|amounted\s+to|totall?ed|added\s+up\s+to)\s+(?:(?:about|around|nearly|some|roughly|over|more\s+than|almost|just)\s+)?(?:[A-Z]{0,3}\$|[€£¥]|RMB\s?|[A-Z]{3}\s?)?$`, 'i');

// "Offshore duty-free shopping, which is not counted in customs trade data, fell 29.3 percent to 30.94 billion yuan", "Parcel
// sales, which customs statistics do not include, reached ...", "Re-exports through bonded zones, excluded from the official
// trade figures, rose ...", "sales that fall outside customs statistics", "Services trade, not included in the goods trade data,": what the release says its trade data leave out is
// no trade figure (a225; b300-03). Only before the figure in its own clause, a new trade subject ending the reach.
const NOT_IN_TRADE_DATA = String.raw`(?:official\s+|customs\s+|national\s+|foreign\s+|external\s+|goods\s+|trade\s+){0,3}(?:data|statistics|figures|tallies|numbers|totals?)`;
const LEFT_OUT_OF_TRADE_DATA_BEFORE = new RegExp(String.raw`\b(?:(?:(?:is|are|was|were|being)\s+)?not\s+(?:counted|included|recorded|captured|reflected)\s+(?:in|as\s+part\s+of)\s+(?:the\s+)?${NOT_IN_TRADE_DATA}|(?:the\s+)?${NOT_IN_TRADE_DATA}\s+(?:do|does|did)\s+not\s+(?:count|include|record|capture|cover)|(?:excluded|left\s+out)\s+(?:from|of)\s+(?:the\s+)?${NOT_IN_TRADE_DATA}|fall(?:s|ing)?\s+outside\s+(?:the\s+)?${NOT_IN_TRADE_DATA})\b(?:[^;.]|\.(?=\d)){0,100}$`, 'i');
const LEFT_OUT_WORDS = keywords(['not counted', 'not included', 'not recorded', 'not captured', 'not reflected', 'not count', 'not include', 'not record', 'not capture', 'not cover', 'excluded', 'left out', 'outside'], LEFT_OUT_OF_TRADE_DATA_BEFORE);

/** Whether the figure is an amount levied (or its change), not goods traded. */
function isLevy(s: string, f: Figure): boolean {
  // "Pellets, fines and lumps accounted for 4.1 million, 16.2 million and 4.3 million tonnes": a levy is money; an amount
  // counted in tonnes, boxes or trains is goods, whatever noun of money its words share ("fines" of ore, "duties" of a ship).
  if (f.kind === 'level' && f.unit !== '' && !isCurrency(f.unit)) return false;
  if (LEVY_AFTER.test(s.slice(f.end, f.end + 40))) return true;
  if (LEVY_SUBJECT_TOOK_IN.test(s.slice(Math.max(0, f.start - 120), f.start))) return true;
  const opening = LEVY_OPENING.exec(s);
  let reach = opening ? opening.index + opening[0].length : -1;
  if (f.kind === 'percent') for (const m of s.slice(0, f.start).matchAll(LEVY_AFTER_AMOUNT)) reach = Math.max(reach, m.index + m[0].length);
  if (reach >= 0 && reach <= f.start && !NEW_TRADE_CLAUSE.test(s.slice(reach, f.start))) return true;
  if (f.kind !== 'percent') return false;
  const ahead = LEVY_AMOUNT_AHEAD.exec(s.slice(f.end, f.end + 160));
  return ahead !== null && !NEW_TRADE_CLAUSE.test(ahead[0]);
}

// A price or freight index and its moves: "The Shanghai Containerized Freight Index fell 4.6 percent to 1,432 points", "the
// Baltic Dry Index gained 3 percent"; no trade subject between the index and the figure. Only a named index or one of
// prices or freight: "the same index has already grown by 20 percent" is a translated release's word for a trade total.
const INDEX_BEFORE = /(?:\b[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+)*Index|\b(?:[Pp]rice|[Ff]reight|[Cc]harter|[Cc]ontaineri[sz]ed|[Ss]hipping|[Dd]ry\s+[Bb]ulk|[Cc]ost)\s+[Ii]ndex|\bPMI)\b(?:(?!\b(?:exports?|imports?|trade|shipments|turnover)\b)[^.;]){0,80}$/;
const POINTS_AFTER = /^\s*(?:index\s+)?points\b/i;

// Freight rates opening the sentence or a clause: "Spot rates for a 40-foot box to the U.S. West Coast slid 12 percent to
// 2,100 dollars", "Charter rates for a Panamax climbed to", "Air cargo rates eased to 4.5 dollars", ", while road haulage fees
// climbed 4 percent", "Container handling charges at the terminal increased": one to three words of a mode of carriage or
// a service before a price noun, after the sentence's or a clause's start or a dateline's dash (a rate is a price,
// however far the amount, until trade is named).
const CARRIAGE_WORD = '(?:spot|charter|container|freight|shipping|air[\\s-]+cargo|air[\\s-]+freight|ocean|sea|trucking|haulage|road|rail|railway|transport|logistics|handling|port|terminal|storage|demurrage)';
// A word of the lane or direction may come first: "Westbound freight rates, about 7,000 dollars a box in spring", "Transpacific
// spot rates", "Long-haul trucking fees".
const LANE_WORD = '(?:the|average|[a-z]+bound|trans-?(?:pacific|atlantic|asian|continental|caspian)|long-haul|short-haul)';
const RATE_SUBJECT_OPENING = new RegExp(`(?:^|[,;:(—]|--|\\b(?:while|whereas|but|and)\\b)\\s*(?:${LANE_WORD}\\s+){0,2}(?:${CARRIAGE_WORD}\\s+){1,3}(?:rates?|fees?|charges?|costs?|prices?|tariffs?)\\b(?:(?!\\b(?:exports?|imports?|trade|shipments|turnover|volumes?)\\b)[^;])*$`, 'i');

// "a 2.6 billion yuan logistics park", "a 300 million dollar loan": the worth of a thing built or of money lent, written
// before the thing with an article.
const ARTICLE_BEFORE = /\b(?:an?|the|its)\s+(?:(?:about|around|some|nearly|roughly|planned|new)\s+)?(?:(?:US|U\.S\.|HK)?[$€£¥]\s?|(?:[A-Z]{3}|RMB)\s?)?$/i;
const THING_AFTER_GATE = /\b(?:loans?|grants?|credit|bonds?|investments?|funds?|parks?|projects?|plants?|factor(?:y|ies)|terminals?|warehouses?|complex|bridges?|buildings?|bases?|cent(?:er|re)s?|facilit(?:y|ies)|expansions?|upgrades?|railways?|highways?|pipelines?)\b/i;
const THING_AFTER = /^[\s-]*(?:(?:U\.S\.\s+|US\s+)?(?:dollars?|yuan|euros?|yen|won|rubles?|roubles?|tenge|rupees?)[\s-]+)?(?:[\w-]+\s+){0,2}?(?:loans?|grants?|credit\s+lines?|bonds?|investments?|funds?|parks?|projects?|plants?|factor(?:y|ies)|terminals?|warehouses?|complex|bridges?|buildings?|bases?|cent(?:er|re)s?|facilit(?:y|ies)|expansions?|upgrades?|railways?|highways?|pipelines?)\b/i;

// "20mn t/yr", "4.5 Mtpa", "850,000 t/year", "3 million tonnes/y": tonnes a year, the unit and the slash right after the number
// (the scale may stand between).
// (The figure may end after its unit: "/yr" then follows it.)
const ANNUAL_RATE_AFTER = /^\s*(?:(?:mn|m|k|million|mln)\s*)?(?:(?:t|mt|Mt|kt|tonnes?|tons?)\s*)?(?:\/\s*(?:yr|y|year|annum)|(?:m|M|k)?tpa)\b/;
// (a245: hyphened as an adjective too, "per-working-day exports rose 5.0%", "per-day shipments".)
// "average daily exports", "daily average", "million b/d", "barrels per day"; "daily flows through the
// pipeline reached 106 million cu m", "daily loadings": a day's volume, not the period's; so are "daily exports were $2.9
// billion", "working-day-adjusted daily exports", "daily imports averaged" (a day's trade, as a ministry's brief gives it).
// ("The fair opened on Wednesday, one day after customs reported that trade reached ...": the time between two events
// is no day of a figure.)
// "The port set a single-day record of 166,000 tonnes": what went through in one day is a day's figure too, and so is a
// day's best told as "a daily record / high / peak of" ("flows hit a daily high of", "set a new daily peak at").
// "the daily number of freight trains had risen from 12 to 16", "the daily count of trucks reached 900", "the number of
// trains each day rose to 16": a count of one day, named by "daily" before its noun or "a day" after its goods.
const DAILY_BEFORE = /\b(?:(?:single|one)[- ]day(?!\s+(?:after|before|later|earlier|ahead\s+of|since|following|prior\s+to)\b)|daily\s+(?:record|high|peak|maximum)|average\s+daily|daily\s+average|per[\s-]+(?:working[\s-]+|business[\s-]+)?day|on\s+a\s+daily\s+basis|daily\s+(?:flows?|volumes?|throughput|deliveries|supplies|intake|loadings|arrivals|sendout|nominations|numbers?|counts?|tall(?:y|ies)|totals?|figures?|capacity|exports|imports|shipments)|(?:numbers?|counts?)\s+of\s+(?:[\w-]+\s+){0,3}?(?:a|per|each|every)\s+day)\b/i;
// ("rose 5.0% on a per-working-day basis", "on a daily basis": the basis named after the change.)
const DAILY_AFTER = /^\s*(?:b\/d|bpd|barrels?\s+(?:per|a)\s+day|per\s+(?:working\s+)?day|a\s+day|on\s+a\s+(?:per[\s-]+(?:working[\s-]+|business[\s-]+)?day|daily|working[\s-]+day)\s+basis)\b/i;
// "Some 1,300 trucks clear the gate on a typical day", "40 trains cross the border every day": the count's own clause said
// of one day, a few words after it.
// ("$3.6 billion in goods crossing the border every single day", "some 5,000 tonnes moving through the port each working day",
// "about 40 trucks every hour": a shorter span of time than a day counts as one too.)
const DAILY_CLAUSE_AFTER = /^[^.;,\d]{0,50}?\s(?:on\s+an?\s+(?:typical|average|normal|ordinary|usual|given)\s+day|(?:every|each)\s+(?:(?:single|working|business|calendar)\s+)?(?:day|hour|minute)|daily|hourly)\s*(?:[.;,"”]|$)/i;
// "On a typical day this spring, eight trains left or entered the yard", "Every day, some 40 trains cross the border", "On an
// average day the port clears 5,000 tonnes", "Each working day, about 120 containers are loaded": a sentence opened by the day
// it speaks of (a few words of when may follow the day) counts one day, the amount a few words after it (a237).
// (a242: a weekday, a shift or a week, "during", and a longer subject and verb before the amount: "On an ordinary weekday,
// around 30 trains leave or reach the port's sidings", "On a normal working day last month, the port of Ningbo-Zhoushan loaded
// and unloaded around sixty-eight thousand containers", "During a typical week, ...", "On an average shift, ...".)
const DAILY_OPENING = /^\s*(?:(?:on|in|during)\s+an?\s+(?:typical|average|normal|ordinary|usual|given|busy|single)\s+(?:(?:working|business|trading)\s+)?(?:day|week-?day|shift|week)|on\s+any\s+(?:given|ordinary|normal)\s+(?:day|week-?day)|(?:every|each)\s+(?:(?:single|working|business|calendar)\s+)?(?:day|week-?day|shift))(?:\s+[^,.;\d]{1,30}?)?\s*,?\s+(?:[^,.;\d]{0,70}?\s)?$/i;
// "..., while exports fell": a new trade subject after the daily cue ends its reach.
const NEW_TRADE_SUBJECT = /\b(?:while|whereas|but|and)\s+(?:the\s+|total\s+|overall\s+)*(?:[\w-]+\s+)?(?:exports?|imports?|trade|shipments)\b/i;
// How long goods take is no trade: a change of a clearance, waiting or processing time ("cut the average clearance time at
// land ports by 12 percent", "the time needed to clear imports fell 15.2 percent", "took 9 percent less time"). The time
// is the subject before the change, and no new trade subject comes between them.
const TIME_TAKEN_BEFORE = /\b(?:(?:clearance|waiting|processing|inspection|transit|dwell|turnaround|release|queu(?:e|ing))\s+times?|time\s+(?:needed|taken|required|spent|it\s+t(?:akes|ook))|time\s+(?:to|for)\s+(?:clear|process|inspect|release)\w*)\b/i;
const OWN_SUBJECT_AFTER = /^\s*(?:percent|per\s+cent|%|pct)?\s*(?:more|fewer|less)\s+[a-z]/i;
const LESS_TIME_AFTER = /^\s*(?:percent|per\s+cent|%|pct)?\s*(?:less|more|shorter|longer)\s+time\b/i;
function timeTaken(s: string, f: Figure): boolean {
  if (f.kind !== 'percent') return false;
  const after = s.slice(f.end, f.end + 24);
  if (LESS_TIME_AFTER.test(after)) return true;
  // "..., and 22 percent more trains crossed": a change naming its own subject after it is that subject's.
  if (OWN_SUBJECT_AFTER.test(after)) return false;
  const before = clauseBefore(s, f.start, 140);
  const m = TIME_TAKEN_BEFORE.exec(before);
  return m !== null && !NEW_TRADE_SUBJECT.test(before.slice(m.index + m[0].length));
}

/** True when the clause before a number is about a daily average and no other subject follows it. */
function dailySubject(before: string): boolean {
  const m = DAILY_BEFORE.exec(before);
  if (m === null) return false;
  // "47.36 million tons, equivalent to about 11.15 million barrels per day, ..., compared with 45.02 million tons": "per
  // day" after a number and its unit is that rate's unit, not the subject of the figures after it.
  if (RATE_UNIT_BEFORE.test(before.slice(0, m.index))) return dailySubject(before.slice(m.index + m[0].length));
  return !NEW_TRADE_SUBJECT.test(before.slice(m.index + m[0].length));
}
const RATE_UNIT_BEFORE = /\d\s*(?:million|mln|thousand|billion)?\s+[a-z]+\s+$/i;
// For 'amount named back as one word': the number glued by hyphens to its scale and unit, "the" or "that" before it (a
// currency sign between), a noun of total after it.
const HYPHENED_TOTAL = /^[\d.,]+-(?:[a-z]+-)?[a-z]+\s+(?:total|figure|tally|sum|level|mark|haul)\b/i;
const NAMED_BACK_BEFORE = /\b(?:the|that|this)\s+(?:(?:US|U\.S\.|HK|A|C|S)?[$€£¥]\s?)?$/i;
// The store goods are kept in (for the rule 'goods held in a store'): after the amount and its goods, a verb of lying in
// store, then the store; or the store as the subject, holding the amount.
const STORE_NOUN = String.raw`(?:yards?|warehouses?|tanks?|silos?|depots?|stockyards?|storage(?:\s+(?:yards?|facilities|sites?))?)`;
const STORED_AFTER = new RegExp(String.raw`^\s*(?:[\w-]+\s+){0,2}?(?:of\s+(?:[\w'’-]+\s+){1,6}?)?(?:(?:were|was|are|is|remained|remain)\s+(?:still\s+)?(?:stacked|stored|held|piled(?:\s+up)?|kept|sitting|waiting|lying|stockpiled|warehoused)|sat|lay|sit|lie)\s+(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?${STORE_NOUN}\b`, 'i');
const STORE_HELD_BEFORE = new RegExp(String.raw`\b${STORE_NOUN}\s+(?:[\w'’-]+\s+){0,6}?(?:held|stored|contained|housed|hold|store|contain)\s+(?:(?:about|around|some|nearly|roughly|more\s+than|over)\s+)?$`, 'i');

// "Average daily exports, which take account of the number of working days (15.5 against 16), went up 11.7 percent",
// "Daily average shipments, which the agency publishes to smooth out holidays, climbed 3%": a relative clause set off by
// commas (a bracket or a decimal inside it) between the daily subject and its verb is read past.
const SUBJECT_ASIDE = /,\s*(?:which|that|who)\s(?:[^,;()]|\([^()]{0,80}\)){1,160},/g;

/** True when the clause before `at`, its relative asides left out, is about a daily average. */
function dailySubjectPastAside(s: string, at: number): boolean {
  const before = clauseBefore(s, at, 300);
  if (!before.includes('which') && !before.includes('that') && !before.includes('who')) return false;
  const bare = before.replace(SUBJECT_ASIDE, '');
  return bare.length < before.length && dailySubject(bare.slice(-120));
}

// "rose 10.8% year on year to 10.08 million b/d": a growth that leads into a daily rate is the rate's.
// (The scale may be glued, as wires write it: "to 10.08m b/d", "at 850k bpd".)
const GROWTH_TO_DAILY = /^[^.;,]{0,30}?\b(?:to|at)\s+(?:about\s+|around\s+|nearly\s+)?[\d.,]+\s*(?:million|mln|mil|mn|m|thousand|k)?\s*(?:b\/d|bpd|barrels?\s+(?:per|a)\s+day)/i;
// "imports hit 10.08 mil b/d, up 11% on year" (a headline's word order): a growth right after a daily rate is the rate's,
// however the level is brought in and the growth worded ("totalled 10.08 million b/d, 10.8 percent more than a year
// earlier", "came to 10.08 million b/d, a year-on-year rise of 10.8%"), and with the rate's month between them ("hit
// 10.08 million b/d in September, up 10.8%").
// (Not a restated rate, "47.1 million tonnes, or 0.95 million b/d, up 6.8%": the change is the tonnes' too.)
const GROWTH_AFTER_DAILY = /\b(?:hit|hits|reached|reaches|averaged|averages|totall?ed|totals|was|were|at|to)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[\d.,]*\d\s*(?:million|mln|mil|mn|m|thousand|k)?\s*(?:b\/d|bpd|barrels?\s+(?:per|a)\s+day)(?:\s+(?:in|during|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)?\s*,?\s*(?:(?:up|down|rising|falling|an?\s+(?:(?:year-on-year|year on year|annual)\s+)?(?:increase|decrease|rise|drop|fall|gain|decline|jump)\s+of)\s+)?$/i;
// "92,000 yuan per auto", "$800 per tonne": a price or a rate per thing counted.
// "712 yuan ($98.50) per ton": a bracketed conversion may sit between the price and its unit.
// The things a price is quoted per: one list for the price patterns and for the unit-price gate's words.
// ("31,000 dong per kilo", "1,150 pesos a cavan", "RM2.40 per kati", "12 rupees a quintal": the short word for a kilogram and
// the local weights and sacks produce is sold by in Asian markets are priced things too; so are the packs it is sold in:
// "Rs 18,500 per 40-kilogram bale", "$22 a crate", "per carton", "per drum", "per bundle", "per maund", "per truckload".)
const PRICED_THINGS = ['auto', 'car', 'vehicle', 'unit', 'tonne', 'ton', 'kilogram', 'kilo', 'kg', 'gram', 'quintal', 'hundredweight', 'cwt', 'catty', 'catties', 'kati', 'picul', 'tael', 'viss', 'cavan', 'sack', 'bag', 'bundle', 'maund', 'head', 'piece', 'item', 'barrel', 'container', 'teu', 'box', 'crate', 'pallet', 'carton', 'drum', 'bale', 'wagon', 'truckload', 'carload', 'shipment', 'parcel', 'order', 'person', 'capita', 'pound', 'lb', 'ounce', 'oz', 'bushel', 'gallon', 'litre', 'liter', 'mmbtu'];
const PRICED_THING = `(?:${PRICED_THINGS.join('|')})`;
// "$185-195 per tonne": the lower end of a price range is a price too.
// "$104.20 a dry metric tonne", "$395 per metric ton": how the tonne is weighed may stand between "a" and the thing.
const WEIGHED_AS = String.raw`(?:(?:dry|wet)\s+)?(?:metric\s+)?`;
// "losing 150 yuan on every ton processed", "a margin of $12 for each barrel", "4,000 dollars per 40-foot container": the
// word of each one may be "every" and led by "on" or "for", and a box may carry its size before it ("HK$2,300 per 20-foot box",
// "per pallet", "a 40-foot crate", "for each wagon": any packing or carrying unit the goods are charged by, a177).
// So may a sack, a bag or a can its weight or volume: "2,900 rupees a 20-kilo sack", "per 50-kg bag", "for a 25-kilogram
// bag", "a 100-pound sack", "per 1-tonne bag".
const EACH_ONE = String.raw`(?:(?:on|for)\s+)?(?:per|an?|each|every)\s+`;
const PACK_SIZE = String.raw`(?:\d+(?:\.\d+)?|ten|twenty|twenty-five|forty|fifty|hundred)[- ]?(?:kilo(?:gram)?s?|kg|pounds?|lbs?|litres?|liters?|tonnes?|tons?)\s+`;
const BOX_SIZE = String.raw`(?:(?:\d+|twenty|forty)[- ]?(?:foot|feet|ft)\s+|${PACK_SIZE}|standard\s+)?`;
// The grain and metals desks' bare "t" is a tonne after "per" too ("US$228 per t fob", "$412 a t"); timber, gas and oil are
// priced by volume ("$760 per cubic meter CIF", "$310 per cu m", "$95 per m3", "$180 a cubic metre", "$640 per kilolitre").
const PRICED_VOLUME = String.raw`(?:cubic\s+met(?:er|re)s?|cu\.?\s?m|m3|m³|cbm|kilolit(?:er|re)s?|kl)`;
const PER_UNIT_AFTER = new RegExp(`^(?:\\s*[-–]\\s*[\\d.,]+)?\\s*\\)?\\s*(?:\\([^()]{1,25}\\)\\s*)?${EACH_ONE}${BOX_SIZE}${WEIGHED_AS}(?!cent\\b|year\\b|annum\\b)(?:${PRICED_THING}s?|t(?![-'’])|${PRICED_VOLUME})(?![\\w³])`, 'i');
const PER_AMOUNT_BEFORE = /\bper\s+$/i;
// A market's words for the price a lot changes hands at: "was quoted at", "offered at", "bid at", "assessed at", "indicated at".
const PRICE_BEFORE = /\b(?:(?:average|unit)\s+(?:\w+\s+)?price|(?:priced|quoted|offered|bid|assessed|indicated)\s+at|costs?)\b[^,;]{0,30}$/i;
// "$4.38 per pound in February, up from $4.05 a year earlier", "to $5,770 a ton from $6,100 in September": the
// base a price is compared with is a price, hedged or in a currency code too ("to around USD 64 per tonne in October from
// over USD 100 a year earlier").
// (Round a226: the base may be named a low, a high or a peak the price came from, "rebounded to around 300,000 yuan ($41,800) a
// ton from a low of 165,000 yuan in late April", "down from a peak of $6,400", "compared with a record low of NZ$7.20".)
// (Round a233: the mark may be dated or described by a word or two, or owned by its time: "down from a July high of $120",
// "off the mid-March peak of $6,400", "above last year's record low of A$140", "from March's high of 120 dollars"; "off",
// "above" and "below" set the price against its base as "from" and "than" do.)
const PRICE_MARK_OF = String.raw`(?:(?:a|an|the|its|(?:(?:last|this|the)\s+)?[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:low|high|peak|trough|level)\s+of\s+)`;
const PRICE_BASE_BEFORE = new RegExp(`\\b(?:per|each|a|an)\\s+${PRICED_THING}s?\\b[^;]{0,70}\\b(?:from|than|against|versus|compared\\s+(?:with|to)|off|above|below)\\s+${PRICE_MARK_OF}?(?:(?:about|around|nearly|almost|roughly|some|approximately|over|above|under|below|more\\s+than|less\\s+than|just\\s+(?:over|under))\\s+)?(?:(?:US|NZ|HK|A|C|S)?\\$|[€£¥]|(?-i:[A-Z]{3})\\s)?\\s*$`, 'i');
// "hit $9,617 a tonne in late February, its highest in a decade, before easing to around $8,900 this week": where a price
// went next is a price too, when written in full (no scale word: "and export earnings rose to $2 billion" stays a row).
const PRICE_PATH_BEFORE = new RegExp(`\\b(?:per|each|a|an)\\s+${WEIGHED_AS}${PRICED_THING}s?\\b[^;]{0,90}\\b(?:eas(?:ing|ed)|fall(?:ing)?|fell|slipp(?:ing|ed)|dropp(?:ing|ed)|ris(?:ing|en)|rose|climb(?:ing|ed)|retreat(?:ing|ed)|settl(?:ing|ed)|recover(?:ing|ed)|rebound(?:ing|ed))\\s+(?:back\\s+)?to\\s+(?:(?:about|around|nearly|almost|roughly|some|approximately)\\s+)?(?:(?:US|NZ|HK|A|C|S)?\\$|[€£¥])?\\s*$`, 'i');
const SCALE_AFTER = /^\s*(?:m|mn|mln|million|bn|billion|k|thousand|trillion)\b/i;
// "$71.5/mt", "$395-402/t", "$11.20/mn Btu": a price written with a slash (after a range's upper end, too).
const DELIVERY_BASIS_AFTER = /^\s*(?:fob|cfr|cif|c&f|fas)\b/i;
const SLASH_PRICE_AFTER = /^(?:\s*[-–]\s*[\d.,]+)?\s*\/\s*(?:mn\s*|m)?(?:t|mt|dmtu|dmt|wmt|tons?|tonnes?|b|bbl|btu|mmbtu|kg|kilo|lb|bu|oz|watt|w|kwh|unit|cu\s?m|m3|cbm)\b/i;
// "bringing the share of zero-tariff tariff lines to about 74 percent", "tariffs on 91 percent of product lines": a share of the
// lines of a tariff schedule measures the schedule, not trade.
const TARIFF_LINES_AFTER = /^\s*of\s+(?:all\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:tariff|product)\s+(?:lines|items)\b/i;
const TARIFF_LINES_BEFORE = /\b(?:tariff|product)\s+(?:lines|items)\s+(?:(?!(?:exports?|imports?|trade)\b)[\w-]+\s+){0,3}?$/i;
// "the share of rubles and yuan in settlements between the two countries exceeded 95%", "national currencies now make up over
// 90 percent of mutual settlements", "the portion of trade invoiced in yuan rose to 40 percent", "80% of payments are made in
// local currencies": the currencies payments are made in, not a share of any flow of goods.
// The family of words for the currency a deal is paid or billed in: "yen-denominated invoices covered 34.5 percent of
// exports", "with dollar invoicing at 50 percent", "the share of trade billed in national currencies", "58 percent of
// imports were paid for in dollars".
// ("dollar-denominated exports fell 7.5%" names the currency of a flow's figures, not its billing: "denominated" counts only
// after the percentage, "were denominated in".)
const SETTLEMENT_SHARE_BEFORE = /\b(?:settlements?|payments?|settled|invoiced|invoices?|invoicing|billed|billing)\b[^.;\d%]{0,60}$/i;
const SETTLEMENT_CURRENCY_BEFORE = /\b(?:currenc(?:y|ies)|rubles?|roubles?|yuan|renminbi|RMB|dollars?|euros?|rupees?|yen|won|tenge|pounds?|francs?|ringgit|rupiah|pesos?|reais|dirhams?|share|proportion|portion)\b/i;
const SETTLEMENT_SHARE_AFTER = /^\s*(?:of\s+(?:(?:all|the|their|its|mutual|bilateral|cross-border)\s+)*(?:[\w-]+\s+){0,2}?(?:settlements|payments|invoices)\b|of\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were)\s+(?:now\s+)?(?:settled|invoiced|paid|billed|denominated)\b)/i;
function isSettlementShare(s: string, f: { start: number; end: number }): boolean {
  const before = clauseBefore(s, f.start, 120);
  return (SETTLEMENT_SHARE_BEFORE.test(before) && SETTLEMENT_CURRENCY_BEFORE.test(before)) || SETTLEMENT_SHARE_AFTER.test(s.slice(f.end, f.end + 60));
}
// "goods that gain 30 percent or more of value in Hainan", "exports grew 20 percent and above": a percentage with "or more"
// after it is a condition some goods or firms meet, not a change or a share the release reports.
// ("an increase of 10.1 percent and more than half of the province's total", "up 6 percent and over a third of it": a
// bound opening a fraction or another amount is a new part, a share, not the percentage's threshold.)
const PERCENT_OR_MORE_AFTER = /^\s*(?:or|and)\s+(?:more|above|higher|over)\b(?!\s+than\s+(?:half|a\s+(?:third|quarter|fifth|tenth)|one[- ][a-z]+|two[- ]thirds|three[- ]quarters|\d))(?!\s+(?:half|a\s+(?:third|quarter|fifth|tenth)|one[- ][a-z]+|two[- ]thirds|three[- ]quarters|\d))/i;
// "parcels valued under $800", "a threshold of 5,000 yuan": a limit, not an amount traded.
// ("goods valued at over USD 11.3 billion", "valued at more than 2 million dollars": "at" and an amount of millions or more
// give the worth of goods traded, hedged; a limit on one parcel or declaration is not written that way.)
const VALUED_AT_BOUND_BEFORE = /\bvalued\s+at\s+(?:over|above|more\s+than|under|below|less\s+than|at\s+least)\s+$/i;
const totalValuedAtBound = (s: string, f: Figure): boolean => f.value >= 1_000_000 && VALUED_AT_BOUND_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start).replace(/(?:US)?[$€£¥]\s?$/, ''));
const THRESHOLD_BEFORE = /(?:\b(?:valued|priced)\s+(?:at\s+)?(?:under|below|less\s+than|up\s+to|over|above|more\s+than|at\s+least)\s+|\b(?:threshold|ceiling|cap|limit|de\s+minimis)\s+(?:of\s+|at\s+)?)$/i;
// "the 7.2 million tonne tariff-rate quota", "a 500,000-barrel export cap", "its 1.5 million tonne import allocation", "a
// $300 million duty-free allowance": an amount set before a noun of allowance, as its size, is a limit, no amount traded;
// so is one the allowance is said to be or set at ("a quota of 7.2 million tonnes", "the quota was kept at 7.2 million
// tonnes", "an allocation totalling 2 million tonnes"). ("imports under quota reached 2 million tonnes" keeps its amount:
// a preposition before the noun makes it no size.)
const ALLOWANCE_NOUN = String.raw`(?:quotas?|caps?|ceilings?|limits?|allowances?|allocations?|entitlements?)`;
const ALLOWANCE_SIZE_AFTER = new RegExp(String.raw`^[\s-]*(?:(?:metric[\s-]+)?(?:tonnes?|tons?|barrels?|bales?|head|cubic[\s-]+met(?:re|er)s?|litres?|liters?|(?:US\s+|U\.S\.\s+)?dollars?|yuan|euros?)[\s-]+)?(?:(?!(?:of|under|within|above|over|below|in|into|outside|beyond|exceeding|the|its|their|a|an|and|or|than|to|from|by|with|without|for|at|on|as|was|were|is|are)\b)[\w-]+[\s-]+){0,3}?${ALLOWANCE_NOUN}\b`, 'i');
const ALLOWANCE_SIZE_BEFORE = new RegExp(String.raw`\b${ALLOWANCE_NOUN}\s+(?:(?:for\s+(?:the\s+)?(?:year|season|(?:19|20)\d{2})\s+)?(?:(?:is|was|are|were|has\s+been|had\s+been|stands?|stood|remains?|remained)\s+)?(?:(?:set|fixed|kept|held|left|raised|lifted|lowered|cut|increased|reduced|capped|put|unchanged)\s+)?(?:of|at|to)|totall?(?:ing|ed|s)|amounting\s+to|worth)\s+(?:(?:about|around|some|nearly|roughly|up\s+to)\s+)?$`, 'i');
const ALLOWANCE_WORDS = ['quota', 'cap', 'ceiling', 'limit', 'allowance', 'allocation', 'entitlement'];

// "1 yen equals 0.0065 USD" (or "0.0065 U.S. dollars"), "1 US dollar = 7.1 yuan", "$1 was worth about 88 rubles" (a rate the release gives for reference).
// (a187: "was equivalent to" too; other verbs of what one unit of money fetches are ONE_MONEY_FETCHED.)
// (a221: the other money may carry its country's name, one or two words: "($1 = 6.9351 Chinese yuan)", "$1 = 31.5 New Taiwan
// dollars", "$1 = 6.8 Chinese yuan renminbi", as wire stories close.)
const EXCHANGE_RATE = /(?:\b(?:1|one)\s+(?:US\s+|U\.S\.\s+)?[A-Za-z$¥€£]+|(?<![\w$])(?:US)?[$¥€£]\s?1(?![\d.,]))\s*(?:equals?|=|(?:is|was)\s+(?:(?:equal|equivalent)\s+to|worth))\s*(?:about\s+|around\s+|roughly\s+)?(?:US)?[$¥€£]?\s?[\d.,]*\d\s*(?:(?:U\.S\.|[A-Z][A-Za-z]*)\s+){0,2}[A-Za-z$¥€£]*(?:\s+renminbi)?/i;
// "Afl. 1.79 = US$1.00", "US$1.00 = GHS 12.10": a rate written as an equation of an amount and one unit of another money
// (the sign before or after each side; the unit side may be written "1", "1.0" or "1.00", not "1,000"). A dollar sign may
// carry any country's letters: "US$1 = NT$30.68", "HK$7.8 = US$1", "R$5.4 = US$1" (a177).
const ONE_UNIT = String.raw`(?:(?:U\.S\.|[A-Z]{1,3})?[$¥€£]\s?|[A-Z][A-Za-z]{0,2}\.?\s?)?1(?:\.0{1,2})?(?![\d,]|\.\d)(?:\s*[A-Za-z]{1,8})?`;
const SOME_AMOUNT = String.raw`(?:(?:U\.S\.|[A-Z]{1,3})?[$¥€£]\s?|[A-Z][A-Za-z]{0,2}\.?\s?)?\d[\d.,]*(?:\s*[A-Za-z]{1,8})?`;
const RATE_EQUATION = new RegExp(String.raw`${SOME_AMOUNT}\s*=\s*${ONE_UNIT}|${ONE_UNIT}\s*=\s*${SOME_AMOUNT}`);
// "One US dollar is 6.83 yuan" in a note: a dollar that "is" an amount of another money.
const ONE_DOLLAR_IS = /\b(?:1|one)\s+(?:US\s+|U\.S\.\s+)?dollar\s+(?:is|was)\s+(?:about\s+|around\s+)?[\d.,]*\d\s*[A-Za-z]*/i;
// A fixed rate or parity in a note: "converted at the fixed rate of BZ$2.00 to US$1.00", "the exchange rate of 13.5
// pa'anga per US dollar" (a growth "at an annual rate of 9.1 percent" is none), "One loti (plural maloti) is at par with the South African rand": neither side is an amount traded.
const FIXED_RATE = /\b(?:(?:fixed|exchange|conversion|official)\s+rate|parity)\s+(?:of|at)\s+[A-Z]{0,3}\$?\s?[\d.,]*\d(?!\s*(?:%|per\s*cent|percent))\s*[A-Za-z$'’]*\s+(?:to|per|for|=)\s+(?:(?:1|one|each)\s+)?(?:[A-Z]{0,3}\$?\s?[\d.,]*\d|[A-Za-z]+)|\b(?:1|one)\s+[A-Za-z$'’]+(?:\s*\([^()]{0,30}\))?\s+(?:is|was|are|were)\s+(?:(?:pegged|fixed)\s+)?at\s+par\b/i;
// "25,110 dong per dollar", "7.1 yuan to the U.S. dollar": an amount of one money quoted per dollar is an exchange rate.
const PER_DOLLAR = /[\d.,]*\d\s*(?:[A-Za-z]+\s+){1,2}?(?:per|to\s+the|against\s+the)\s+(?:US\s+|U\.S\.\s+)?dollar\b/i;
// A rate named as the subject before its amount, in any frame: "the average won-dollar exchange rate in the first half was
// 1,421.6 won", "with the exchange rate standing at 7.18 yuan", "converted at an average exchange rate of 92.5 roubles", "the
// rupee-dollar rate averaged 88.4 rupees", "the rate of the dong against the dollar was 26,100 dong": no goods or trade word
// and no comma between the rate and the amount (the amount of trade "at current exchange rates, imports were ..." is goods).
const MONEY_WORD = '(?:dollars?|won|yen|yuan|renminbi|euros?|rupees?|roubles?|rubles?|reais|real|rand|tenge|dong|pounds?|sterling|francs?|pesos?|lira|ringgits?|baht|rupiah|zloty|kr(?:one|ona)r?)';
// One unit of a money named by its word and what it fetched (a187): "one US dollar bought on average 461.3 tenge", "a single euro
// fetched 1.08 dollars", "one pound traded at 1.27 dollars", "1 yuan exchanged for 0.14 dollars", "a dollar averaged 83.4 rupees".
const ONE_MONEY_FETCHED = new RegExp(String.raw`(?:\b(?:1|one|a)\s+(?:single\s+)?(?:US\s+|U\.S\.\s+|Hong\s+Kong\s+|Australian\s+|Canadian\s+|Singapore\s+)?${MONEY_WORD}|(?<![\w$])(?:US|HK|A|C|S)?[$¥€£]\s?1(?![\d.,]))\s+(?:(?:was|were|is)\s+)?(?:bought|buys|buying|fetch(?:ed|es|ing)|(?:trad(?:ed|ing)|exchang(?:ed|ing)|changed\s+hands)\s+(?:at|for)|averag(?:ed|ing)|cost|equall?ed|equivalent\s+to)\s+(?:on\s+average\s+|an\s+average\s+of\s+)?(?:(?:about|around|roughly|some|nearly|almost)\s+)?(?:(?:US|HK|A|C|S)?[$¥€£]\s?|[A-Z]{3}\s?)?[\d.,]*\d\s*(?:[A-Za-z]+)?`, 'i');
// "The average exchange rate was 151.47 yen to the dollar, compared with 149.67 yen a year ago", "the rate averaged 7.18 yuan,
// against 7.05 yuan in 2024", "stood at 92.5 roubles, up from 88.1": the amount a rate is compared with is a rate too.
const RATE_BASE_GAP = /(?<![\d.,])\d[\d.,]*(?:\s[^\d.;,]{1,30}?)?\s?,?\s(?:compared\s+(?:with|to)|against|versus|(?:up|down)\s+from|from)\s+(?:(?:about|around|roughly|nearly|some)\s+)?(?:(?:US|U\.S\.)?[$€£¥₩₹]\s?|[A-Z]{3}\s?)?$/i;

/** True when the level at `f` is the base a rate named as the subject is compared with. */
function baseOfRate(s: string, f: Figure): boolean {
  const from = Math.max(0, f.start - 80);
  const m = RATE_BASE_GAP.exec(s.slice(from, f.start));
  return m !== null && RATE_SUBJECT_BEFORE.test(clauseBefore(s, from + m.index, 160));
}
const RATE_SUBJECT_BEFORE = new RegExp(String.raw`\b(?:(?:exchange|conversion)\s+rates?|${MONEY_WORD}[-–/]${MONEY_WORD}\s+rates?|rates?\s+of\s+the\s+(?:[A-Z][\w-]*\s+){0,2}${MONEY_WORD}\s+(?:against|to|versus|per)\b)(?:(?!\b(?:exports?|imports?|trade|turnover|shipments|sales|purchases|worth|valued|amount(?:ed|s)?|totall?(?:ed|ing)|surplus|deficit)\b)[^.;,]){0,80}?\b(?:was|is|were|are|stood\s+at|standing\s+at|stands\s+at|averaged|averaging|at|of|reached|hit|to)\s+(?:(?:about|around|roughly|nearly|some|approximately)\s+)?(?:(?:US|U\.S\.)?[$€£¥₩₹]\s?|[A-Z]{3}\s?)?$`, 'i');
// A currency's price in another, told as the money doing what a market quote does: "The euro traded at $1.097", "the
// Australian dollar was fetching US$0.6960", "the single currency changed hands at $1.08", "the yen stood near 151 to the
// dollar", "the Aussie closed at 64.8 US cents", "one euro bought $1.10", "the ringgit weakened to 4.72". The money (a
// currency word, a nickname or "the currency", "sterling" with no article) is the subject, a verb of quoting or moving right
// before the amount; and the amount is small: no rate runs to millions, while "dollars rose to $5 billion" is trade told in dollars.
const MONEY_NAME = String.raw`(?:${MONEY_WORD}|ringgit|greenback|loonie|aussie|kiwi|(?:single|common|local)\s+currency|currency|local\s+unit)`;
const QUOTE_VERB = String.raw`(?:trad(?:ed|es|ing)|fetch(?:ed|es|ing)?|buy(?:s|ing)?|bought|quoted|chang(?:ed|es|ing)\s+hands|st(?:ood|ands?|anding)|clos(?:ed|es|ing)|end(?:ed|s|ing)|finish(?:ed|es|ing)|settl(?:ed|es|ing)|hover(?:ed|s|ing)|s[ai]t(?:s|ting)?|worth|(?:weaken|strengthen|firm|eas|slipp|dipp|dropp|climb|gain|fall|ris|slid|sink|edg|recover|rebound|touch|hitt?|averag)(?:ed|es|s|ing|e)?|fell|rose|risen|fallen|sank|hit|slips?|dips?|drops?)`;
// "Sterling averaged USD 1.289 and EUR 1.163", "the rupee traded at 83.2 to the dollar, 90.1 to the euro and 1.05 to the yen":
// the quote's later amounts in a list are quotes as well (a short amount in money, then "and" or a comma).
const QUOTED_BEFORE_IN_LIST = String.raw`(?:(?:(?:US|U\.S\.|A|NZ|C|HK|S)?[$€£¥]\s?|[A-Z]{3}\s?)?\d[\d.,]*(?:\s+(?:to|per|against)\s+the\s+${MONEY_WORD})?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)){0,3}`;
const CURRENCY_QUOTED_BEFORE = new RegExp(String.raw`\b(?:(?:the|a|one|each|its|their)\s+(?:[\w.'’-]+\s+){0,2}?)?${MONEY_NAME}\s+(?:(?:was|is|were|are|had|has|had\s+been|has\s+been|have\s+been)\s+)?(?:(?:last|still|also|then|recently|briefly|already)\s+)?${QUOTE_VERB}(?:\s+(?:up|down|higher|lower|back|as\s+(?:high|low)\s+as))?\s+(?:(?:at|to|near|around|about|for|above|below|under|over|beyond|past)\s+)?(?:(?:about|around|roughly|nearly|some|almost|just(?:\s+(?:over|under|above|below))?)\s+)?${QUOTED_BEFORE_IN_LIST}(?:(?:US|U\.S\.|A|NZ|C|HK|S)?[$€£¥]\s?|[A-Z]{3}\s?)?$`, 'i');
// The same quote with the other money after the amount: "$1.097 per euro", "US$0.696 to the Australian dollar", "1.10 dollars
// against the single currency", "$1.09 for each euro".
const PER_MONEY_AFTER = new RegExp(String.raw`^\s*(?:[A-Za-z]+\s+)?(?:per|to\s+(?:the|one|each|a)|against\s+the|versus\s+the|for\s+(?:one|each|every|a|the))\s+(?:[\w.'’-]+\s+){0,2}?${MONEY_NAME}\b(?!\s*(?:-|terms|value|denominated|worth|of\s+(?:exports|imports|trade|goods)))`, 'i');
const MONEY_NAME_WORDS = keywords(['dollar', 'won', 'yen', 'yuan', 'renminbi', 'euro', 'rupee', 'rouble', 'ruble', 'reais', 'real', 'rand', 'tenge', 'dong', 'pound', 'sterling', 'franc', 'peso', 'lira', 'ringgit', 'baht', 'rupiah', 'zloty', 'kron', 'greenback', 'loonie', 'aussie', 'kiwi', 'currency', 'unit'], CURRENCY_QUOTED_BEFORE, PER_MONEY_AFTER);
/** An amount under a million in money that a currency is quoted at (CURRENCY_QUOTED_BEFORE, PER_MONEY_AFTER). */
function isCurrencyQuote(s: string, f: Figure): boolean {
  if (f.kind !== 'level' || f.value >= 1e6 || !(isCurrency(f.unit) || f.bare)) return false;
  return (mentions(s, MONEY_NAME_WORDS, f.start - 90, f.start) && CURRENCY_QUOTED_BEFORE.test(clauseBefore(s, f.start, 90))) || (mentions(s, MONEY_NAME_WORDS, f.end, f.end + 50) && PER_MONEY_AFTER.test(s.slice(f.end, f.end + 50)));
}
// "26,312 VND/USD", "92.4 RUB/USD": an amount quoted as one currency per another by their codes.
const CURRENCY_PAIR_AFTER = /^\s*(?:[A-Z]{3})?\s?\/\s?(?:USD|EUR|CNY|RMB|JPY|GBP|CHF)\b/;
// "China accounts for about 70% of global rare earth mining and roughly 90% of processing capacity": a share of the world's
// (or an industry's) production, quoted from others, is no share of trade.
// So is a share of the world's economy, port traffic or consumers ("59 percent of world GDP", "60 percent of world container
// port throughput", quoted from the IMF or UNCTAD): no trade of the release's places.
const SHARE_OF_OUTPUT_AFTER = /^\s*of\s+(?:the\s+)?(?:(?:global|world(?:['’]s)?|worldwide)\s+(?:[\w-]+\s+){0,3}?(?:mining|production|output|capacity|reserves|supply|supplies|refining|processing|smelting|consumption|demand|GDP|economy|throughput|traffic|consumers|population)|(?:[\w-]+\s+){0,2}?(?:mining|production|refining|processing|smelting)\s+capacity)\b/i;
// "oil demand in Asia will account for 45 percent of the world total": a share of the world's total whose subject, in the
// clause before, is demand, output or capacity, not trade.
// "electric cars made up 38% of German car production", "12 percent of domestic steel output", "a third of the country's
// grain harvest": a share of one country's production or crop (a trade body's or a bureau's figure) is no share of trade either.
// ("15.2 percent and 9.3 percent of the crop year's volume", "of the harvest season's shipments": a crop or harvest year is a
// season dating the whole, not the crop.)
const SHARE_OF_HOME_OUTPUT_AFTER = /^\s*of\s+(?:(?:the|its|their)\s+)?(?:(?:country|nation|region|province|state|bloc|industry)['’]s\s+|domestic\s+|national\s+|(?-i:[A-Z])[a-z]+\s+)?(?:[\w-]+\s+){0,2}?(?:production|output|harvest|crop)\b(?![\s-]+(?:years?|seasons?|cycles?)\b)/i;
// "a current account deficit of about 1.8% of GDP", "exports worth 21 per cent of the country's gross domestic product",
// "a shortfall equal to 3 percent of national income", "of Japan's nominal GDP": a ratio to one economy's size is no share of trade.
const SHARE_OF_ECONOMY_AFTER = /^\s*of\s+(?:(?:the|its|their)\s+)?(?:(?:country|nation|economy|state|region|province|island)['’]s\s+|(?-i:[A-Z])[a-z]+['’]s\s+)?(?:(?:nominal|real|national|annual|domestic|full-year)\s+)?(?:GDP|GNP|GNI|gross\s+(?:domestic|national|regional)\s+product|economic\s+output|national\s+income|economy)\b/i;
const WORLD_TOTAL_AFTER = /^\s*of\s+(?:the\s+)?(?:world|global)(?:['’]s)?\s+(?:total|sum|figure)\b/i;
const OUTPUT_SUBJECT_BEFORE = /\b(?:demand|output|production|consumption|capacity|reserves|supply|supplies|GDP)\b[^,;]{0,60}$/i;

// "to $35 billion by 2030": a target year after publication.
// A hypothetical: a sentence (or a quote) that opens on a condition ("If Brent stays near 80 dollars, ...", "Unless demand
// picks up, ...", "Should the levy rise to 20 percent, ...", "Were the rouble to fall to 110, ...", "Assuming prices hold at
// ..., ...", "In the event of a 10 percent tariff, ...") and goes on, past a comma, with a modal verb: every figure in it is
// imagined, in the condition as in the outcome. A condition with no modal after it ("If re-exports are excluded, exports
// rose 4.2 percent") states a fact and is read.
const CONDITION_OPENING = /^\W{0,3}(?:(?:but|and|yet|so|still|even|now)\s+)?(?:if|unless|assuming|supposing|suppose|in\s+the\s+event\s+(?:that|of)|should\s+(?:[\w'’-]+\s+){1,4}?(?:[a-z]+)\b|were\s+(?:[\w'’-]+\s+){1,4}?to)\b/i;
const MODAL_AFTER_CONDITION = /,[^.;]*?\b(?:would|could|might|will|may|can|shall|should)\b|,[^.;]*?\b(?:we|it|they|that|this|he|she)['’](?:d|ll)\b/;
// A worked example: a sentence that has the reader imagine a case ("Suppose a country exports $50 billion of goods", "Imagine a
// firm that imports 2 million euros of parts", "Say an exporter ships 100 tonnes", "Let's assume a trader buys", "Example: if
// 100 euros of machinery enters a bonded warehouse", "For instance, if a company sells $1 million abroad", "If a country
// exports more than it imports"): a case made up to explain a definition, its actor an indefinite one (a country, a firm) or
// an amount, is no figure, with or without a modal verb. A condition on a named subject ("If re-exports are excluded,
// exports rose 4.2 percent", "If China's figures are right, ...") is left to the rule above.
const EXAMPLE_LABEL = String.raw`(?:(?:worked|simple|an|a)\s+)?(?:example|illustration)\s*[:.—]\s*|(?:for\s+(?:example|instance)|to\s+illustrate|as\s+an\s+illustration)\s*[,:]?\s*`;
const IMAGINED_ACTOR = String.raw`(?:(?:a|an|one|some)\s+(?:[\w-]+\s+){0,2}?(?:country|economy|nation|state|firm|company|exporter|importer|trader|business|manufacturer|producer|buyer|seller|shipper|farmer|consignment|shipment|cargo|container)\b|(?:US|U\.S\.|HK|A|C|S|NZ)?[$€£¥]\s?\d)`;
const IMAGINED_CASE_OPENING = new RegExp(String.raw`^\W{0,3}(?:${EXAMPLE_LABEL})?(?:(?:suppose|supposing|imagine|assume|picture|say|take|let['’]s\s+(?:say|suppose|assume|imagine)|let\s+us\s+(?:say|suppose|assume|imagine))\s+(?:that\s+)?|if\s+)${IMAGINED_ACTOR}`, 'i');
const LABELLED_CONDITION = new RegExp(String.raw`^\W{0,3}(?:${EXAMPLE_LABEL})if\s+[^.;,]{0,40}?[\d$€£¥]`, 'i');
// A sum written out in a worked example: "Its balance is (50 + 10) − (45 + 12) = a surplus of $3 billion", "60 - 45 = 15":
// an amount worked out from invented parts with an equals sign is the example's answer, no figure of the release.
// (A span of years set equal to an index's base, "(2014-2016 = 100)", "2015/16=100", is no sum.)
const WRITTEN_SUM = /\(\s*\d[\d.,]*\s*[+\u2212\u2013\u00d7*\/-]\s*\d[\d.,]*\s*\)|(?<![\d.,])(?!(?:19|20)\d\d\s*[\u2013\/-]\s*(?:19|20)?\d\d\s*=)\d[\d.,]*\s*[+\u2212\u2013\u00d7*\/-]\s*\d[\d.,]*\s*=/;
// A rule of thumb: "Every US$10 rise in the price adds roughly A$3 billion to GDP", "each 1 percent fall in the yen lifts
// exports by 200 billion yen", "For every dollar the price goes up, the budget gains A$1 billion", "each additional 10 cents
// on the tonne cuts earnings by $40 million": a step of a price or a rate ("every" or "each", an amount or a unit) and what it
// is worth; both amounts, from "every" on, are a sensitivity, not trade (the words before it may still hold a figure).
const STEP_EACH = /\b(?:every|each)\s+(?:additional\s+|extra\s+|further\s+)?(?:(?:US|U\.S\.|A|C|HK|S|NZ)?[$\u20ac\u00a3\u00a5]\s?\d[\d.,]*|\d[\d.,]*|one|single)?[\s-]*(?:%|percent|per\s?cent|percentage[\s-]+points?|points?|cents?|dollars?|yen|euros?|yuan|rupees?)?[\s-]*(?:[\w-]+\s+){0,4}?(?:rise|increase|fall|drop|decline|move|change|gain|hike|dip|jump|appreciation|depreciation|rises|falls|increases|drops|moves|climbs|gains|goes\s+(?:up|down))\b[^.;]{0,80}?\b(?:adds?|added|cuts?|lifts?|raises?|reduces?|subtracts?|knocks?|wipes?|takes?|brings?|boosts?|trims?|costs?|(?:is|was)\s+worth|would\s+(?:add|cut|lift|raise|reduce|bring)|means?|translates?\s+into)\b/i;
// (The step needs an amount or a unit word: "every year exports rise" is no step. A broadcast script spells the amount and
// joins it to its currency: "every ten-won drop against the dollar adds roughly one billion dollars", "each one-rupee fall".)
const STEP_UNIT = String.raw`(?:percent|per\s?cent|percentage|point|cent|dollar|yen|euro|yuan|rupee|won|baht|rupiah|peso|rand|lira|pound|ruble|rouble|tenge|franc|real|ringgit|dong)`;
const STEP_HAS_AMOUNT = new RegExp(String.raw`^\S+\s+(?:(?:additional|extra|further)\s+)?(?:[$\u20ac\u00a3\u00a5\d]|(?:US|U\.S\.|A|C|HK|S|NZ)[$\u20ac\u00a3\u00a5]|(?:one|single|two|three|five|ten|twenty|fifty|hundred)[\s-]+${STEP_UNIT}|${STEP_UNIT}s?\b)`, 'i');

/** Where a rule-of-thumb step ("every US$10 rise ... adds") starts in sentence `s`, or -1 when there is none. */
function ruleOfThumbAt(s: string): number {
  const m = STEP_EACH.exec(s);
  return m !== null && STEP_HAS_AMOUNT.test(m[0]) ? m.index : -1;
}
// An amount imagined as the subject of a modal verb: "a 10 percent fall in transfers would leave a hole", "a further 20
// percent tariff could shave half a point off growth", "another 5 dollars a tonne might price out", "a rebound to 5,000
// tonnes would require": an indefinite article before the amount, a noun phrase after it, then would, could or might (not
// "could not", a past fact). The figure is no result.
// (a228) A change named by its noun with "of" is such a subject too, with no article: "full-year growth of about 3 percent would be
// a good result", "export growth of 5% could be within reach", "an increase of 4 percent might be possible".
// (a233) The noun may take a word or two before it and the flow after the amount: "A full-year increase of about 6 percent in
// exports could still be reached", "an annual gain of 5% in sales would", "a modest climb of 2 percent might"; and "growth in
// exports of about 6 percent would be".
const INDEFINITE_BEFORE = /\b(?:(?:a|an|another|any|a\s+further|further)\s+(?:(?:[\w-]+\s+){0,2}?(?:fall|drop|rise|rebound|return|increase|decline|cut|hike|move|jump|slide|recovery|gain|growth|expansion|contraction|climb|advance)\s+(?:to|of|in)\s+)?|(?:growth|expansion|contraction)\s+(?:rate\s+)?(?:in\s+[\w-]+\s+)?of\s+)(?:(?:about|around|some|roughly|nearly|just|over|extra|additional|more)\s+)?(?:(?:US|U\.S\.|HK|A|C|S)?[$€£¥]\s?)?$/i;
const MODAL_OF_SUBJECT_AFTER = /^\s*(?:(?!(?:and|or|but|while|as|that|which|who|when|said|says|say|if|than)\b)[\w'’$%.-]+\s+){0,7}?(?:would|could|might)\s+(?!not\b|never\b)/i;
// A price set off as an aside of its own noun: "the cost of shipping a container from Qinzhou to Singapore, at about 400
// dollars, is", "freight rates on the lane, at roughly 1,900 dollars, were flat", "Brent's price, now at 84 dollars,", "the
// fee for a rail slot, some 300 euros, ...": a cost, price, rate, fee, charge or fare, its "of/for" phrase, a comma, then the
// amount is what one unit costs, not trade (a trade word in the phrase makes it trade again: "the value of exports, at").
const PRICE_ASIDE_BEFORE = /\b(?:costs?|prices?|rates?|fees?|charges?|fares?|premiums?)\s+(?:(?:of|for|on)\s+(?:(?!(?:exports?|imports?|trade|turnover|shipments)\b)[^,;.]){1,80}?)?,\s*(?:(?:now|currently|still|then)\s+)?(?:at\s+|of\s+)?(?:(?:about|around|roughly|some|nearly|just|over|under|less\s+than|more\s+than|close\s+to|approximately)\s+)?(?:(?:US|U\.S\.|HK|A|C|S)?[$€£¥]\s?)?$/i;
const BY_YEAR_AFTER = /^[^.;]{0,30}?\bby\s+((?:19|20)\d{2})\b/i;
// "to around $38 billion in 2026", "A$98 billion in 2025-26", "1.8 million tonnes in the 2024 marketing year", "for fiscal
// 2027": an amount its own clause puts in a year after the one the release came out in is a forecast or a plan, however
// the sentence says so (no clause break between the amount and the year).
const IN_LATER_YEAR_AFTER = /^[^.;,]{0,30}?\b(?:in|for|during|by)\s+(?:the\s+)?(?:(?:end|whole|rest)\s+of\s+(?:the\s+)?)?(?:(?:calendar|fiscal|financial|marketing|crop)\s+(?:year\s+)?)?((?:19|20)\d{2})(?:[/-](\d{2})\b(?!\s+(?:so\s+far|to\s+date|thus\s+far)))?\b/i;
// "By the end of 2026 the line will have carried 60 million tonnes", "in 2027 exports are expected to reach": a later year
// before the amount, in the clause of a verb of the future.
const LATER_YEAR_BEFORE = /\b(?:by|in|for)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})\b/gi;
const FUTURE_VERB = /\b(?:will|would|shall|(?:is|are)\s+(?:expected|projected|forecast|set|likely|poised|on\s+(?:course|track))\s+to)\b/i;

/** Whether the amount's clause places it in a year after the release's. */
function ofLaterYear(s: string, f: Figure, anchor: Anchor | null): boolean {
  if (anchor === null) return false;
  const after = IN_LATER_YEAR_AFTER.exec(s.slice(f.end, f.end + 70));
  // (A season, "2025-26", is later when it ends after the release's year and starts no earlier; "so far" makes it a running total.)
  if (after !== null && (Number(after[1]) > anchor.year || (after[2] !== undefined && Number(after[1]) === anchor.year && !/\bso\s+far\b/i.test(after[0])))) return true;
  const clause = clauseBefore(s, f.start);
  if (!FUTURE_VERB.test(clause)) return false;
  for (const m of clause.matchAll(LATER_YEAR_BEFORE)) if (Number(m[1]) > anchor.year) return true;
  return false;
}
// "raised its estimate for the 2021 surplus to US$70.9 billion", "cut its forecast for 2026 exports to": an estimate for a
// year, set to an amount; read with the year (a year not over when the release came out is a forecast, an earlier one a
// revised result).
// "The USDA puts China's 2025/26 imports at 112 million tons", "pegs the 2026/27 crop's exports at": an agency's figure for
// a split (marketing) year set with "puts / pegs / sees / projects ... at" is its forecast while that season is not over.
const SEASON_FORECAST_BEFORE = /\b(?:puts?|putting|pegs?|pegged|pegging|sees|saw|projects?|projected|forecasts?|forecast|estimates?|estimated)\s+(?:[\w'’.-]+\s+){0,3}?((?:19|20)\d{2})[/-](\d{2})\b[^.;]{0,40}?\sat\s+(?:(?:about|around|some|nearly|roughly)\s+)?(?:(?:US|U\.S\.|R|A|C)?[$€£¥]\s?|[A-Z]{3}\s?)?$/i;

const ESTIMATE_FOR_YEAR_BEFORE = /\b(?:raised|lifted|increased|upgraded|cut|lowered|reduced|trimmed|downgraded|revised|kept|maintained|left)\s+(?:up\s+|down\s+)?(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:estimates?|projections?|forecasts?|outlook)\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?((?:19|20)\d{2})\b[^.;]{0,40}?\s(?:to|at|unchanged\s+at)\s+(?:(?:about|around|some|nearly|roughly)\s+)?(?:(?:US|U\.S\.|R|A|C)?[$€£¥]\s?|[A-Z]{3}\s?)?$/i;

// "Our estimate of China's 2023/24 maize imports is trimmed to 22.0m t", "the crush estimate stays at 98 MMT", "the forecast
// for wheat exports was raised by 1m t to 45m t", "USDA's projection of Chinese imports stands at": an estimate or a forecast
// named as the subject of the verb that sets it (passive revision, or staying) is someone's number, not a flow recorded
// (within its clause: "against forecasts of a 1% rise, and the surplus stood at" names a result).
const ESTIMATE_AS_SUBJECT_BEFORE = /\b(?:estimates?|projections?|forecasts?|outlook)\s+(?:(?:of|for)\s+[^.;,]{1,60}?\s)?(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:now|again|also|further)\s+)?(?:raised|lifted|increased|upgraded|cut|lowered|reduced|trimmed|downgraded|revised(?:\s+(?:up|down)(?:wards?)?)?|kept|maintained|left|unchanged|put|pegged|set|placed)|stays?|stayed|remains?|remained|stands?|stood|holds?|held)\s+(?:(?:unchanged|steady)\s+)?(?:by\s+[^;,]{1,24}?\s)?(?:to|at)\s+(?:(?:about|around|some|nearly|roughly)\s+)?(?:(?:US|U\.S\.|R|A|C)?[$€£¥]\s?|[A-Z]{3}\s?)?$/i;

// "we announce our readiness to increase exports of 135 items worth about $1 billion", "the two sides
// intend to bring trade to $10 billion": an amount someone means to reach, however far the verb is.
// "strive to make the annual freight volume exceed 20 million tons": a customs house's aim for the year.
// ("The province hopes to push trade above $45 billion this year": "push" as "raise"; "hope to cross 6 million tonnes", "aim to
// pass", "plan to hit", "to break": every verb of getting past a mark.)
// "aims to keep its foreign trade above 800 billion yuan next year", "plans to maintain exports at about $90 billion": a level
// someone means to hold is as much an aim as one to reach.
// "officials said they would work to keep annual growth above 8 percent", "the bureau vowed to lift exports to", "will try to
// hold", "will make every effort to push", "will do its utmost to keep": a promise of effort, the modal or the vow before it
// (a past "worked to" tells what was done, and stays a figure's clause).
// "the bureau hopes to run 850 trains over the full year", "plans to handle 2 million TEU", "aims to dispatch 600 services": a
// verb of operating a service or moving cargo after the intention is as much an aim as one of reaching a mark.
// "we hope to add another 1,000 trains", "plans to add 40 weekly services": an amount to be added is aimed at as well (a197).
const TASK_OF_DOING_BEFORE = /\b(?:task|goal|target|aim|objective|mission|ambition)s?\s+of\s+[a-z]+ing\b[^.;,]{0,120}$/;
// (See the rule 'confidence of reaching'.)
const REACHING_VERB = String.raw`(?:increas|rais|boost|bring|push|reach|expand|doubl|tripl|lift|grow|achiev|exceed|surpass|top|cross|pass|hit|attain|break|beat|touch|keep|maintain|meet)\w*`;
// After the modal of a confidence, a verb of trading or moving an amount is as much a hope as one of reaching ("confident the
// country would export 12 million tonnes", "hopeful that the port will handle 2 million TEU", "optimistic buyers would take").
const TRADING_VERB = String.raw`(?:export|import|ship|sell|sold|buy|bought|purchas|handl|mov|dispatch|send|sent|carr|transport|suppl|deliver|earn|take|took|process|clear|run|ran)\w*`;
const CONFIDENT_OF_REACHING_BEFORE = new RegExp(String.raw`\b(?:(?:confident|hopeful|optimistic|upbeat|bullish|on\s+(?:track|course))\s+(?:of|about|to|for)\s+(?:further\s+)?${REACHING_VERB}\b|(?:confident|hopeful|optimistic|upbeat|bullish)\s+(?:that\s+)?[^.;]{0,80}?\b(?:will|would|could|can|shall|should|might|may)\s+(?:\w+\s+)?(?:${REACHING_VERB}|${TRADING_VERB})\b)[^.;]{0,100}$`, 'i');
// "Q (Maeil Business): Will you reach 700 billion dollars for the year?", "Reporter: Can exports top $600 billion?", "Could
// trade with Russia pass 250 billion this year?": an amount inside a yes-or-no question (the sentence opens on an auxiliary or
// a modal verb, after the asker's label if any, and the question mark closes the amount's sentence) is asked about, not
// reported. (A question opened by a question word takes its figure as given, "Why did exports fall 5 percent in May?": not
// read here.)
// ("Question from VnExpress: Is rice on course for ...?", "\"And would trade exceed RM3 trillion?\" the member asked": the label
// may name the asker's outlet; a conjunction may lead into the verb.)
const ASKER_LABEL = String.raw`(?:[A-Z][\w.'’-]*(?:\s[\w.'’-]+){0,3}\s?(?:\([^()]{1,60}\)\s?)?:\s*)?`;
const YES_NO_QUESTION_OPENING = new RegExp(String.raw`^\s*["“]?${ASKER_LABEL}(?:(?:And|So|But|Then)\s*,?\s+)?(?:will|would|can|could|shall|should|may|might|is|are|was|were|do|does|did|has|have|had|isn['’]t|aren['’]t|won['’]t|can['’]t|doesn['’]t|didn['’]t)\s+(?![^?]*[.!;]\s)`, 'i');
const QUESTION_CLOSE_AFTER = /^(?:[^.!?;]|\.(?=\d))*\?/;
const INTENTION_BEFORE = /\b(?:readiness|ready|intends?|intended|intention|willing(?:ness)?|pledged?|pledges|committed|commitment|seeks?|hopes?|plans?|planned|aims?|aimed|determination|agreed|strive|strives|striving|endeavou?r|vow(?:s|ed)?|promis(?:e|es|ed|ing)|(?:is|are|was|were)\s+looking|undertakes?|undertook|wants?|wanted|resolved|(?:has|have|had)\s+(?:promised|undertaken|resolved|pledged|vowed)|(?:will|would|shall)\s+(?:continue\s+to\s+|also\s+)?(?:work(?:\s+hard)?|try|make\s+(?:every\s+|great\s+)?efforts?|do\s+(?:its|their|our|his|her)\s+(?:utmost|best)))\s+to\s+(?:further\s+)?(?:increase|raise|boost|bring|push|reach|expand|double|triple|lift|grow|add|export|import|supply|ship|purchase|buy|take|make|ensure|achieve|exceed|surpass|top|keep|maintain|hold|sustain|stabili[sz]e|cross|pass|hit|attain|break|beat|touch|run|operate|handle|move|dispatch|send|carry|transport|process|clear)\b(?:[^.;]{0,100}?\band\s+to\s+(?:increase|raise|boost|bring|push|reach|expand|double|lift|grow|keep|maintain)\b)?[^.;]{0,100}$/i;
// (A city's name whose last syllable follows an apostrophe, "Xi'an plans 5,800 runs", "Lu'an foresees", is no article.)
// An amount that is the direct object of a verb of planning or aiming ("plans 5,800 trips", "is targeting some 2.4 million
// TEU", "aims for 900 runs", "has budgeted about 3 billion yuan") or the subject of a passive one ("1,200 trains are planned
// for next year", "some 40 voyages were scheduled") is an aim, not a result. (Not an adjective after an article: "the
// targeted 5 percent" is read elsewhere.)
// (a245) So is the object of a want or hope ("the park wants 4,000 trains in 2021", "hopes for 900 runs"), and an amount after
// a heading of such a verb and a colon ("What the park wants next: 4,000 trains", "Targets for 2021: 4,000 trains").
const PLAN_OBJECT_BEFORE = /(?<!(?<![\w'’])(?:the|a|an|than|as|its|their)\s+)\b(?:plans?|planned|planning|targets?|targeted|targeting|aims?\s+(?:for|at)|aimed\s+(?:for|at)|aiming\s+(?:for|at)|budgets?|budgeted|budgeting|envisages?|envisaged|envisaging|foresees?|foresaw|foreseeing|wants?|wanted|hop(?:es|ed|ing)\s+for)(?:\s+(?:next|for\s+(?:19|20)\d\d|for\s+next\s+year))?\s*:?\s+(?:(?:about|around|some|nearly|roughly|approximately|more\s+than|over|at\s+least|up\s+to|another|a\s+further|a\s+total\s+of)\s+)?(?:(?:US|U\.S\.)?[$€£¥]\s?|[A-Z]{3}\s)?$/i;
const PLANNED_AFTER = /^\s*(?:[a-z][\w-]*\s+){0,3}?(?:are|is|were|was|have\s+been|has\s+been|will\s+be)\s+(?:now\s+|also\s+)?(?:planned|targeted|budgeted|scheduled|envisaged|foreseen|earmarked)\b/i;
// A range ("between 5 and 7 percent", "5-7 percent", "5 to 7 percent") states no single figure.
// "grew by 4.1% in nominal terms (working-day adjusted: +2.3%)": the same change with fewer working days
// or the season taken out, printed beside the change the release reports; not a figure of its own.
const ADJUSTED_VARIANT_BEFORE = /\(\s*(?:working[- ]day|calendar|seasonally)[- ]adjusted\s*[:,]?\s*[+-]?$/i;
const RANGE_BEFORE = /(?:\bbetween\s+[\d.,]+\s*(?:%|percent|per cent)?\s+and|\d\s*%?\s*[-–])\s*$/i;
const RANGE_AFTER = /^\s*%?\s*[-–]\s*[\d.,]+\s*(?:%|percent|per cent)/i;
// "7.5-8.0 mln tonnes", "325-335 million tonnes", "1.3m-1.4m tonnes", "$185-195": a range of amounts, its upper end glued
// to the dash (a dash set off by spaces is a table's empty cell), or "between 7.5 and 8 million tonnes".
const AMOUNT_RANGE_FIRST_BEFORE = /\bbetween\s+(?:US\$|\$|€|£|¥)?$/i;
const AMOUNT_RANGE_FIRST_AFTER = /^\s*(?:m|mn|mln|million|bn|billion|k|thousand)?\s+and\s+(?:US\$|\$|€|£|¥)?\d/i;
const AMOUNT_RANGE_BEFORE = /(?:\d(?:\s*(?:m|mn|mln|million|bn|billion|k|thousand))?[-–](?:US\$|\$|€|£|¥)?|\bbetween\s+(?:US\$|\$|€|£|¥)?\d[\d.,]*\s*(?:m|mn|mln|million|bn|billion|k|thousand)?\s+and\s+(?:US\$|\$|€|£|¥)?)$/i;

// The unit-price gate's words: the price words stand alone, a thing priced follows "a" ("a tonne", "a car").
const PRICE_WORDS = new Set(['per', 'each', 'every', 'price', 'priced', 'quoted', 'offered', 'bid', 'assessed', 'indicated', 'cost', 'costs']);

/** Either end of a range of amounts ("7.5-8.0 mln tonnes", "between 7.5 and 8 million tonnes"). */
function isAmountRange(s: string, f: Figure): boolean {
  return AMOUNT_RANGE_BEFORE.test(s.slice(Math.max(0, f.start - 30), f.start)) || (AMOUNT_RANGE_FIRST_BEFORE.test(s.slice(Math.max(0, f.start - 12), f.start)) && AMOUNT_RANGE_FIRST_AFTER.test(s.slice(f.numEnd, f.numEnd + 20)));
}

/** `\w` at `i` of `s` (false outside it). */
function wordCharAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The last character of the word before `at` over spaces, or -1 when no space stands right before `at`. */
function wordEndBefore(s: string, at: number): number {
  let q = at - 1;
  if (!isSpace(s.charCodeAt(q))) return -1;
  while (q >= 0 && isSpace(s.charCodeAt(q))) q--;
  return q;
}

// The words of how a tonne is weighed ("a dry metric tonne"), stepped over back to the "a" before them.
// ("a 20-foot container", "a standard container", "a 20-kilo sack": a box's or a sack's size, stepped over the same way.)
const WEIGHED_WORDS = new RegExp(String.raw`(?:^|\s)${BOX_SIZE}(?:(?:dry|wet)\s+)?(?:metric\s+)?$`, 'i');

/** A price written in full after a verb of movement that follows a unit price in the same sentence (PRICE_PATH_BEFORE). */
function isPriceMovedTo(s: string, f: Figure): boolean {
  return f.measure === 'value' && !SCALE_AFTER.test(s.slice(f.numEnd, f.numEnd + 12)) && PRICE_PATH_BEFORE.test(clauseBefore(s, f.start, 140));
}

/** Where the thing priced at `start` begins with the words of its weighing before it ("dry metric tonne"). */
function skipWeighedAs(s: string, start: number): number {
  const m = WEIGHED_WORDS.exec(s.slice(Math.max(0, start - 26), start));
  return m && m[0].trim() ? start - m[0].length + (isSpace(m[0].charCodeAt(0)) ? 1 : 0) : start;
}

/**
 * The unit-price gate (`/\b(?:per|each|price|priced|costs?)\b|\ba\s+(?:auto|car|...)s?\b/i`) answered from
 * where its words are: a price word standing alone, or a thing priced (plural or not) after "a" and spaces.
 */
function unitPriceGate(s: string): boolean {
  return someMention(s, UNIT_PRICE_WORDS, (start, end, word) => {
    if (PRICE_WORDS.has(word)) return !wordCharAt(s, start - 1) && !wordCharAt(s, end);
    if (wordCharAt(s, end) && !((s[end] === 's' || s[end] === 'S') && !wordCharAt(s, end + 1))) return false;
    const q = wordEndBefore(s, skipWeighedAs(s, start));
    return q >= 0 && (s[q] === 'a' || s[q] === 'A') && !wordCharAt(s, q - 1);
  });
}

// "initially reported at $", "an originally estimated", "previously reported as a deficit of C$": a first estimate.
// "Customs had earlier put June exports at 241,000t": the first estimate, before the revision.
// In the passive the adverb may stand before "been": "had first been put at", "had originally been estimated at", "had
// initially been placed at" (the first reading of a month since revised).
const EARLIER_PUT_BEFORE = /\b(?:earlier|initially|originally|previously|first)\s+(?:been\s+)?(?:put|pegged|placed|gave|given|reported|estimated|published|announced|recorded|stated|shown)\s+(?:[\w'-]+\s+){0,5}?(?:at|as)\s+(?:[A-Z]{0,3}\$|[€£¥]|[A-Z]{3})?\s?$/i;
// "from the 42,600 tons reported last month": the figure a revision replaced.
// "exports now stand at EUR 17.12 bn instead of the EUR 16.95 bn originally published": the adverb may come first;
// "now put at $61.92 billion, up from the $61.55 billion announced earlier".
// Right after the amount only: in "revised to $64.9 billion from the previously reported $65.3 billion" the words name the next one,
// and in "revised ... to 455,300 tons from 448,900 tons reported earlier" they follow the next amount (no number between).
// "reached a record $244.8 bln, Chinese customs reported earlier.": a comma, then a source that reported it earlier, attributes
// the figure (the source made it public before this story), no estimate superseded.
const REPORTED_EARLIER_AFTER = /^(?!\s*,\s*(?:the\s+|its\s+|[A-Z][\w'’-]*\s+)(?:[\w'’-]+\s+){0,3}?(?:reported|published|announced)\s+earlier\b)\s*(?:(?:(?!\d)[\w.,-]+\s+){0,3}?(?:reported|published|given|estimated|announced)\s+(?:last\s+month|earlier|a\s+month\s+(?:ago|earlier)|previously|initially)|(?:originally|initially|previously|first)\s+(?:reported|published|given|estimated|announced))\b/i;
// The figure may be named between with its month or kind: "had originally reported a July shortfall of C$", "initially
// published an August trade gap of $", "previously reported the September surplus at".
const SUPERSEDED_BEFORE = /\b(?:initially|originally|previously|first)\s+(?:reported|estimated|published|announced|given)\s+(?:(?:at|as)\s+)?(?:(?:an?|the|its)\s+(?:[\w'’-]+\s+){0,2}?(?:deficit|surplus|gap|shortfall)\s+(?:of|at|as)\s+)?(?:[A-Z]{0,3}\$|[€£¥]|[A-Z]{3})?\s?$/i;
// "The bureau's preliminary count, released in February, had shown 136.2 billion dollars", "The flash estimate had put the
// surplus at $", "an earlier reading had given": a first reading as subject, then the pluperfect "had" and a verb of
// showing or putting, is the figure the final count replaced. (a248: a tilde may stand for "about": "had pegged exports at
// ~$120bn".)
const FIRST_READING_HAD_BEFORE = /\b(?:preliminary|flash|initial|advance|provisional|earlier|first)\s+(?:[\w'’-]+\s+)?(?:counts?|estimates?|readings?|figures?|data|tally|print|numbers|results|calculations?)\b[^;]{0,60}?\bhad\s+(?:(?:first|initially|originally)\s+)?(?:shown|put|given|pegged|placed|indicated|suggested|reported|recorded|come\s+(?:to|in\s+at)|stood\s+at|been)\s+(?:(?!\d)[\w'’-]+\s+){0,4}?(?:(?:at|as)\s+)?(?:~\s?)?(?:[A-Z]{0,3}\$\s?|[€£¥]|[A-Z]{3}\s?)?$/i;
// "By the daily average, exports grew 5.1% ... while imports rose 2.3%", "On a daily-average basis, ...",
// "Measured by the average per working day, ...", "In the comparison of daily averages, ...": the sentence's changes are those of daily averages.
const DAILY_AVERAGE_OPENING = /^\s*(?:(?:[Bb]y|[Oo]n|[Ii]n|[Mm]easured\s+(?:by|in))\s+(?:the\s+|a\s+)?(?:daily[- ]average|average\s+(?:daily|per\s+(?:working\s+|business\s+)?day))(?:\s+(?:basis|terms|values?|figures?|comparison))?|[Ii]n\s+(?:terms\s+of\s+)?(?:the\s+)?(?:daily[- ]average|average\s+daily)\s+(?:terms|values?|exports|imports|shipments)|[Ii]n\s+(?:the\s+|a\s+)?comparison\s+(?:of|between)\s+(?:the\s+)?(?:daily[- ]averages|average\s+daily\s+(?:values|figures|exports|imports|shipments)))\s*,/;

// "Of this £1.6 billion:", "Of that $4.2 billion,": an amount opening its sentence after "Of this", then a colon or comma.
const WHOLE_AGAIN_BEFORE = /(?:^|[.:;\n]\s*|^\s*[-*•]\s*)Of\s+(?:this|that|the|these)\s+(?:(?:total|sum|amount)\s+of\s+)?(?:[A-Z]{0,3}\$\s?|[€£¥]\s?|[A-Z]{3}\s?)?$/;
const WHOLE_AGAIN_AFTER = /^\s*[:,]/;
// "Exports fell 1.8% ($791m) to $43,208m", "imports rose 0.1 per cent (A$51 million)": an amount in brackets
// right after a change in percent is the same change in money.
// Some pieces of goods (a few, single, individual, the best or rarest ones: not a flow) and a verb of what they fetched.
// (a235: so does one piece said to be typical or average, in the present too: "a typical used car fetches about 157,000 yuan
// abroad", "an average container of durians sells for", "the usual lot goes for".)
// (a246) "A 5-kilogram box of top-grade Chilean cherries sold for about 300 yuan", "a crate of Thai durians fetched 800 yuan",
// "one kilogram of Musang King goes for 200 ringgit": one measure or pack of the goods (its size may stand before it) that sold
// for an amount gives that pack's price, as a single bottle's does.
const PIECES_FETCHED_BEFORE = /\b(?:(?:a|an|one)\s+(?:\d[\w.-]*\s+)?(?:box|crate|bag|carton|case|bottle|sack|tray|punnet|pack(?:et)?|kilogram|kilo|kg|pound|jin|catty)\s+of|some|a\s+few|several|individual|single|one|a\s+single|the\s+(?:best|finest|top|rarest|largest|biggest|priciest)|(?:a|an|the)\s+(?:typical|average|ordinary|standard|usual))\s+(?:(?!(?:exports?|imports?|shipments|sales|cargoes|trade|deliveries|purchases)\b)[a-z][\w-]*\s+){1,3}?(?:(?:were|was|are|is|have\s+been|had\s+been)\s+)?(?:fetch(?:ed|es|ing)?|(?:sold|sells|selling|goes|going|went|auctioned|changed\s+hands|changing\s+hands)\s+for)\s+(?:(?:more\s+than|over|up\s+to|as\s+much\s+as|about|around|nearly|almost|some|well\s+over)\s+)?(?:(?:US|U\.S\.|HK|A|C|S|NT)?[$€£¥]\s?|[A-Z]{3}\s?)?$/i;
// (a242: one piece with an article and a present verb of its price, however described: "a three-year-old Chinese SUV changes
// hands for about 13,000 U.S. dollars", "a used sedan sells for around $9,000", "an imported pickup goes for 2 million tenge",
// "one lightly used minivan fetches about 80,000 yuan", "a secondhand Haval costs about $11,000", "retails at".)
const PIECE_PRICED_BEFORE = /\b(?:a|an|one)\s+(?:(?!(?:exports?|imports?|shipments|sales|cargoes|trade|deliveries|purchases|total|record|further)\b)[a-z][\w-]*\s+){1,3}?(?:fetches|(?:sells|goes|changes\s+hands|retails)\s+for|costs|retails\s+at|is\s+priced\s+at)\s+(?:(?:more\s+than|over|up\s+to|as\s+much\s+as|about|around|nearly|almost|some|roughly|well\s+over)\s+)?(?:(?:US|U\.S\.|HK|A|C|S|NT)?[$€£¥]\s?|[A-Z]{3}\s?)?$/i;
const CHANGE_PERCENT_THEN_BRACKET = /\b(?:rose|rise|risen|fell|fall|fallen|increased?|decreased?|declined?|dropped|drop|climbed|gained|grew|jumped|slipped|eased|up|down)\s+(?:by\s+)?[+-]?\d[\d.,]*\s*(?:%|per\s?cent|percent|pct|pc)\s*(?:\(|,\s*(?:or\s+|some\s+|about\s+)?)\s*(?:[A-Z]{0,3}\$|[€£¥₹₱]|[A-Z]{2,3}\s?)?$/i;
// (a221: set off by commas before the new level, the same change in money: "Credits rose 4%, $1,520m, to $39,004m",
// "imports fell 2 per cent, or A$700 million, to A$34.5 billion", "grew 3%, some $1.1bn, reaching $40bn".)
const CHANGE_MONEY_ASIDE_AFTER = /^\s*,\s*(?:to|at|reaching|to\s+reach|totall?ing)\s/i;
// "the two-year average growth rate was 4.2 percent", "On a two-year average basis, trade grew 1.4 percent",
// "an average annual growth of 6.1 percent": a rate averaged over several years is no year-on-year change
// (a Chinese release quotes it beside a base year that was unusually low or high).
// A change measured from a peak or a trough, not from a year earlier: "down roughly 40 percent from their peak", "35% below
// the 2022 high", "off 18% from last year's record", "up 60% from the pandemic-era lows" ("from a low base" is a year-on-year
// change told with a reason, and stays). A month may name when the peak was ("9% below their March peak", "off the July
// high"): still a peak, not that month's level.
const FROM_PEAK_AFTER = new RegExp(String.raw`^\s*(?:(?:from|below|under|off|short\s+of|down\s+from|up\s+from|above)\s+)(?:(?:its|their|the|a|an|this\s+year['’]s|last\s+year['’]s)\s+)?(?:(?:recent|record|all-time|historic|previous|earlier|(?:19|20)\d\d|pandemic(?:-era)?|post-pandemic|[\w]+-(?:year|month|week)|(?:${MONTH_WORDS})\.?)\s+){0,2}(?:peaks?|highs?|troughs?|lows?)\b(?!\s+(?:base|level|comparison)\b)`, 'i');
// So is a rate said to hold on average for each year: "grew by an average of 26 percent a year", "at an average of 8.5% per
// year", "has averaged 7.1 per cent annually", "risen 9 percent a year on average", "average yearly growth of 6 percent".
const MULTI_YEAR_AVERAGE = /\b(?:(?:two|three|four|five|2|3|4|5)[- ]year\s+average|average\s+(?:annual|yearly)|annual\s+average|compound(?:ed)?\s+annual|CAGR)\b|\baverag(?:e|ed|ing)\s+(?:(?:of|at|about|around|some|nearly|roughly|growth|increases?|rises?)\s+){0,3}[+-]?\d[\d.]*\s*(?:%|percent|per\s?cent|pct)\s+(?:(?:growth|increase|rise)\s+)?(?:(?:a|per|each|every)\s+(?:year|annum)|annually|yearly)\b|\b(?:(?:a|per|each|every)\s+(?:year|annum)|annually|yearly)\s+on\s+average\b/i;
// "up nearly 2.5 times in a decade", "grew 80 percent over the past five years", "a threefold rise within ten years", "has
// doubled ... 140 percent across the last two decades": a change measured over a span of several years, no year-on-year change.
// ("in two years' time" is a forecast's horizon; "in the year" is one year.)
const OVER_SEVERAL_YEARS_AFTER = /^\s*(?:(?:times|fold)\s+)?(?:(?:increase|rise|growth|jump|gain|expansion|higher|more|larger|bigger)\s+)?(?:in|over|across|within|during)\s+(?:(?:the\s+)?(?:past|last|previous|latest|preceding)\s+|a\s+|one\s+|just\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|\d{1,2}|several|a\s+few)\s+years\b(?!['’]|\s+(?:time|from\s+now|ahead)\b)|(?:(?:two|three|several|a\s+few)\s+)?decades?\b|half\s+a\s+decade\b)/i;
// "about 2.7 times the 102.8 billion yuan recorded in 2019", "three times the 2016 level", "4.1 times its level of 2012": a
// multiple of a level dated three or more years before the release (never the year before the figures) is no year-on-year change.
const TIMES_DATED_LEVEL_AFTER = /^\s*(?:(?:times|fold)\s+)?(?:the|its|their)\s+(?:((?:19|20)\d\d)\s+(?:level|figure|total|value|volume|amount|tally)|(?:(?:level|figure|total|value|volume|amount|tally)\s+(?:of|in|for|recorded\s+in|seen\s+in)\s+)((?:19|20)\d\d)|[^\s\d]{0,4}\s?\d[\d.,]*\s*(?:[A-Za-z$€£¥]+\s+){0,3}?(?:(?:recorded|registered|posted|seen|reported|logged)\s+)?(?:in|for|of)\s+((?:19|20)\d\d))\b/i;

/** A multiple of a level dated three or more years before the release's year (TIMES_DATED_LEVEL_AFTER). */
function multipleOfOldLevel(s: string, f: Figure, anchor: Anchor | null): boolean {
  const m = anchor ? TIMES_DATED_LEVEL_AFTER.exec(s.slice(f.end, f.end + 90)) : null;
  return m !== null && Number(m[1] ?? m[2] ?? m[3]) <= anchor!.year - 3;
}
const MULTI_YEAR_AVERAGE_OPENING = new RegExp(`^[^,;]*${MULTI_YEAR_AVERAGE.source}[^,;]*,`, 'i');

// In a sentence about a revision: "exports grew 4.9 percent, rather than the 4.3 percent first announced", "revised
// July's growth to 1.1% from a previously reported 0.7%" (a first growth rate is superseded too), "292.1 billion yuan, against the 291.6 billion yuan released in July" (the
// figure as a month's release first gave it).
// "from the $696.9 billion estimated at the start of January", "from the 4.6 percent estimated a month ago": an estimate
// dated when it was made is the first reading too.
const RELEASED_THEN_AFTER = new RegExp(`^\\s*(?:(?!\\d)[\\w.,-]+\\s+){0,3}?(?:released|published|announced|reported|estimated|given)\\s+(?:(?:in|(?:at|around)\\s+the\\s+(?:start|beginning|end)\\s+of|(?:early|late)\\s+in)\\s+(?:${MONTH_WORDS})\\b|last\\s+month|earlier|a\\s+month\\s+(?:ago|earlier))`, 'i');
// "revised February's deficit to 383.0 billion yen from a preliminary 379.4 billion yen", "cut the growth to 1.2 percent
// from an initial 1.9 percent", "from the provisional estimate of $4.1 billion": "from" and a word of a first reading,
// then the amount, is the figure a revision replaced (the sentence may say so with any verb, or none).
const FROM_FIRST_READING_BEFORE = /\bfrom\s+(?:an?|the|its)\s+(?:preliminary|provisional|initial|earlier|advance|flash|first|original|previous|prior|early)\s+(?:(?:estimates?|readings?|figures?|prints?|counts?|tally)\s+(?:of\s+)?)?(?:(?:deficit|surplus|gap|shortfall)\s+of\s+)?(?:[A-Z]{0,3}\$|[€£¥]|[A-Z]{3})?\s?[+-]?$/i;

// "the first estimate of $20.1 billion was revised to ...", "the September total published last month (RMB 3.82 trillion) has
// been revised to ...": the figure a revision replaced, named as the first estimate or in brackets after when it came out.
const FIRST_ESTIMATE_BEFORE = /\b(?:first|initial|preliminary|original|earlier|previous)\s+(?:estimate|figure|reading|print)\s+(?:of|at)\s+(?:[A-Z]{0,3}\$|[€£¥]|[A-Z]{3})?\s?$/i;
const RELEASED_THEN_BRACKET_BEFORE = new RegExp(`\\b(?:released|published|announced|reported|given)\\s+(?:in\\s+(?:${MONTH_WORDS})\\b|last\\s+month|earlier|previously|initially|originally)\\s*\\(\\s*(?:[A-Z]{0,3}\\$|[€£¥]|[A-Z]{3})?\\s?$`, 'i');

// A correction notice sets the right figure against the wrong one: "The correct figure is 638 million, not 683 million",
// "should have read 4.1%, not 1.4%", "the corrected total is X rather than Y": the figure after "not", "rather than"
// or "instead of" is the one retracted ("corrected to X from Y" is read as a comparison base already). Where the
// notice names the wrong figure itself ("incorrectly said exports rose 5.2%", "misstated the surplus as $9 billion"),
// every figure of that clause is the retracted one.
const CORRECT_WORDS = /(?<![\w-])(?:correct(?:ed|ion)?|should\s+have\s+(?:read|said|been|shown))\b/i;
const MONEY_SIGN_BEFORE = String.raw`(?:[A-Z]{0,3}\$|[€£¥₹]|[A-Z]{3})?\s?[+-]?$`;
const RETRACTED_BEFORE = new RegExp(String.raw`(?:,\s*(?:and\s+)?not|\brather\s+than|\binstead\s+of)\s+(?:the\s+|as\s+)?(?:(?:previously|originally|earlier)\s+(?:reported|stated|published|given)\s+)?${MONEY_SIGN_BEFORE}`, 'i');
// The retraction may stand without a word of correcting in its sentence, when the frame itself is one: two amounts set side by
// side with ", not" ("They were 2.93 trillion yuan, not 2.39 trillion yuan", the sentence after "Correction: An earlier version
// ... misstated"), or the retracted amount said to be the one shown or published before ("totalled 84.693 million tonnes,
// rather than the 84.963 million tonnes shown in the table released on Tuesday"). ("rose 5%, rather than the 3% forecast":
// a forecast is no publication of the figure.)
const AMOUNT_THEN_NOT_BEFORE = /\d(?:\s*(?:%|[A-Za-z$€£¥]+\.?)){0,3}\s*,\s*(?:and\s+)?not\s+(?:the\s+|as\s+)?(?:[A-Z]{0,3}\$|[€£¥₹]|[A-Z]{3})?\s?[+-]?$/;
const SHOWN_BEFORE_AFTER = /^(?:\s*(?:%|[A-Za-z$€£¥]+\.?)){0,3}\s+(?:(?:first|initially|originally|previously|earlier)\s+)?(?:shown|published|printed|given|stated|released|reported|listed|carried)\s+(?:in|on|by|earlier|before|previously|initially|originally|last)\b/i;
// A live blog or a story corrects what an earlier post or version of itself said: "an earlier post said Chinese imports rose
// 1.2%", "A previous version of this story gave the surplus as", "In our 08:14 post we put Germany's February trade surplus at
// 16.0 billion euros": what the earlier post said is the retracted figure (the post names itself by "earlier", "previous",
// "original" or its time). ("As an earlier post said, ..." repeats it; "an earlier report showed" is a release of data.)
const WRONGLY_STATED_BEFORE = /\b(?:(?:incorrectly|erroneously|wrongly|mistakenly)\s+(?:said|stated|reported|gave|given|put|listed|showed|described)|misstat(?:ed|es|ing)|(?<!\b[Aa]s\s)(?:an?|the|our)\s+(?:earlier|previous|original|first)\s+(?:post|version|update|entry|story|article|item|edition)\s+(?:of\s+this\s+(?:post|story|article|report|blog|page)\s+)?(?:had\s+)?(?:said|stated|reported|gave|put|wrote)|\bin\s+(?:our|the|an?)\s+(?:(?:earlier|previous|original)\s+|\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,4})?\s+)(?:post|update|entry)\s*,?\s*(?:we|it)\s+(?:had\s+)?(?:said|stated|reported|gave|put|wrote))\b[^;]{0,120}$/i;

// An erratum names the wrong figure by how it came out in print: "the value was printed as USD 19.93 billion", "had been
// misprinted as 4.8%", "the total appeared in the table as 1.2 million", "was mistyped as", "were typeset as"; or in the
// old printers' frame "for 19.93 read 19.39" (the amount after "for" that opens a clause, with "read" after it). That
// figure is no row; the corrected one is. Verbs that also report a real figure ("was reported as", "was given as") stay out.
const PRINTED_AS_BEFORE = new RegExp(String.raw`\b(?:(?:mis)?printed|(?:mis)?typed|typeset|keyed\s+in|(?:appeared|appears|appear)(?=\s+(?:[\w-]+\s+){0,4}?as\b))\s+(?:(?:in|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:table|page|text|release|chart|bulletin|edition|version|publication)\s+)?(?:(?:incorrectly|erroneously|wrongly|mistakenly)\s+)?as\s+(?:the\s+)?${MONEY_SIGN_BEFORE}`, 'i');
const FOR_READ_BEFORE = new RegExp(String.raw`(?:^|[:;,.•*-]\s*|\band\s+)for\s+${MONEY_SIGN_BEFORE}`, 'i');
const FOR_READ_AFTER = /^(?:[^.;,\d]|\.(?=\d)){0,30}?[,;]?\s*(?:please\s+)?read\b/i;

// A release that is an erratum or a correction notice: it says so by name ("ERRATUM", "Corrigendum", "Correction notice"),
// by what it corrects ("corrects an error", "corrected a typo in"), or by the erratum's own frames ("was printed as",
// "should read"). Looked for once per release.
// A news story corrected after it ran says so as well: "An earlier version of this article misstated", "has corrected a figure in
// its table", "because of a typing error", "This story has been corrected to show".
const CORRECTION_NOTICE = /\b(?:errat(?:um|a)|corrigend(?:um|a)|correction\s+(?:notice|note)|correct(?:s|ed|ing)?\s+(?:(?:an?|the|two|several|its|one)\s+(?:[\w-]+\s+){0,3}?(?:figures?|numbers?|totals?|values?)|(?:an?\s+|the\s+|two\s+|several\s+)?(?:error|mistake|typo|misprint|inaccurac(?:y|ies))s?)|(?:typing|typographical|clerical|transcription|keying)\s+errors?|(?:an?\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report|release|item|post)|(?:has\s+been|was)\s+corrected\s+to\s+(?:show|read|say|reflect)|(?:mis)?printed\s+as|should\s+(?:have\s+)?read)\b/i;

/** Whether a release is an erratum or a correction notice (CORRECTION_NOTICE). */
export const isCorrectionNotice = (text: string): boolean => CORRECTION_NOTICE.test(text);

/** True when a figure in an erratum is the misprinted one: "was printed as X", "for X read Y". */
export function misprintedInErratum(s: string, f: Figure): boolean {
  if (f.kind !== 'percent' && f.kind !== 'level') return false;
  const before = s.slice(Math.max(0, f.start - 120), f.start);
  return PRINTED_AS_BEFORE.test(before) || (FOR_READ_BEFORE.test(before.slice(-40)) && FOR_READ_AFTER.test(s.slice(f.end, f.end + 60)));
}

/** True when a figure in a correction notice is the one the notice retracts. */
function retractedInCorrection(s: string, f: Figure): boolean {
  if (f.kind !== 'percent' && f.kind !== 'level') return false;
  const before = clauseBefore(s, f.start, 160);
  if (WRONGLY_STATED_BEFORE.test(before)) return true;
  const near = before.slice(-70);
  if (!RETRACTED_BEFORE.test(near)) return false;
  return CORRECT_WORDS.test(s) || AMOUNT_THEN_NOT_BEFORE.test(near) || SHOWN_BEFORE_AFTER.test(s.slice(f.end, f.end + 60));
}

/** True when a level or a growth rate in a sentence about a revision is the figure first given, not the revised one. */
function supersededInRevision(s: string, f: Figure): boolean {
  if (f.kind !== 'percent' && f.kind !== 'level') return false;
  if (!/\brevis/i.test(s)) return false;
  const after = s.slice(f.end, f.end + 60);
  const before = clauseBefore(s, f.start, 80);
  if (FIRST_ESTIMATE_BEFORE.test(before) || RELEASED_THEN_BRACKET_BEFORE.test(before)) return true;
  return (f.kind === 'percent' && (REPORTED_EARLIER_AFTER.test(after) || SUPERSEDED_BEFORE.test(before) || REVISED_FROM_BEFORE.test(before))) || RELEASED_THEN_AFTER.test(after);
}

// "The September deficit was revised from $0.6 billion", "revised down to $3.3 billion from $3.6 billion":
// the amount a revision started from is the first estimate.
const REVISED_FROM_BEFORE = /\brevised\s+(?:(?:up|down|upward|upwards|downward|downwards|higher|lower)\s+)?(?:to\s+[^,;]{1,40}?\s+)?from\s+(?:an?\s+|the\s+)?(?:(?:initial|first|earlier|previous|preliminary)\s+(?:estimate\s+of\s+)?)?(?:(?:deficit|surplus|gap|shortfall)\s+of\s+)?(?:[A-Z]{0,3}\$|[€£¥]|[A-Z]{3})?\s?$/i;
// A revision or correction notice names the figure it replaces beside the new one: in brackets ("imports to 39.31 billion
// (previously 39.12 billion)", "(preliminary estimate: 21.73 billion dollars)", "(flash: $3.1bn)", "(formerly 4.0%)"), as the
// reading the new one is set against ("slightly above the preliminary estimate of 767.9 billion", "below the first reading of",
// "compared with the initial figure of"). That earlier reading is no row.
const EARLIER_READING = String.raw`(?:preliminary|provisional|flash|advance|initial|first|earlier|original|previous|prior)`;
const READING_NOUN = String.raw`(?:estimates?|figures?|readings?|prints?|counts?|results?|data|numbers?|tally|value)`;
const SUPERSEDED_ASIDE_BEFORE = new RegExp(
  String.raw`(?:\(\s*(?:(?:previously|formerly|earlier|initially|originally|before\s+revision)|(?:the\s+)?${EARLIER_READING}(?:\s+${READING_NOUN})?)\s*[:=,]?\s*|\b(?:above|below|than|over|under|against|versus|vs\.?|instead\s+of|rather\s+than|replac(?:ing|es|ed)|compared\s+(?:with|to))\s+(?:the|an?|its|their)\s+${EARLIER_READING}\s+${READING_NOUN}\s+(?:of|at)\s+)(?:(?:about|around|some|roughly|nearly)\s+)?(?:[A-Z]{0,3}\$|[€£¥]|[A-Z]{3})?\s?[+-]?$`,
  'i',
);
const BEFORE_REVISION_AFTER = /^\s*(?:[a-z]+\s+){0,2}before\s+(?:the\s+)?revision\b/i;

// A growth rate stated as the base of a comparison is the growth of its own earlier period, not of the
// figure's: "rose 7.4 percent, compared with 4.8 percent growth a year earlier" ("more than 12 percent" is no base).
// The reader makes it a row of that earlier period where the text pins the period down (comparisons.ts earlierGrowth).
// ("grew 11.9 percent, well short of the 20.3 percent gain in March": the rate it fell short of.)
// ("rose 1.8 percent to X, against 6.0 percent in August", "as against", "in contrast to", "set beside": other words of setting
// one rate beside another.)
const EARLIER_GROWTH_BEFORE = /\b(?:compared\s+(?:with|to)|versus|vs\.?|from|short\s+of|(?:as\s+)?against|in\s+contrast\s+(?:with|to)|contrasting\s+with|relative\s+to|(?:set\s+)?(?:beside|alongside)|next\s+to|(?:faster|slower|higher|lower|stronger|weaker|quicker|sharper|steeper|bigger|smaller|larger|greater|brisker|softer)\s+(?:(?:pace|rate|clip|rise|growth|gain|expansion|increase|decline|drop|fall|contraction)\s+)?than)\s+(?:(?:the|a|an)\s+)?(?:(?:growth|rise|increase|gain|decline|drop|fall)\s+(?:rate\s+)?of\s+)?[+-]?$/i;
const EARLIER_GROWTH_AFTER = new RegExp(`^\\s*(?:(?:year[- ]on[- ]year\\s+)?(?:growth|rise|increase|gain|decline|drop|fall|decrease|dip|expansion|contraction|jump|surge|slump|plunge|climb|advance)\\s+)?(?:(?:recorded|registered|posted|seen|reported)\\s+)?(?:(?:in|during|for)\\s+(?:the\\s+)?(?:first|second|third|fourth|previous|prior|preceding|same)\\b|(?:in|during)\\s+(?:the\\s+)?(?:${MONTH_WORDS})\\b|a\\s+year\\s+(?:earlier|ago|before)|last\\s+(?:year|month|quarter)\\b|(?:in\\s+)?the\\s+(?:previous|prior|preceding)\\s+(?:month|quarter|year)\\b)`, 'i');
// ("slowing from an 8.1 percent gain the month before", "against a 2% dip a month earlier", "from a 5 percent surge one quarter
// before": the month or quarter before, in every wording FOLLOWED_VERB_AFTER reads, with any noun of change.)
// (A bare rate, "from 46.8% a month earlier", is a level of some rate: the month before needs the noun of change.)
const EARLIER_GROWTH_MONTH_BEFORE_AFTER = /^\s*(?:year[- ]on[- ]year\s+)?(?:growth|rise|increase|gain|decline|drop|fall|decrease|dip|expansion|contraction|jump|surge|slump|plunge|climb|advance)\s+(?:(?:a|one)\s+(?:month|quarter)\s+(?:earlier|ago|before|previously)|the\s+(?:month|quarter)\s+(?:before|earlier|prior))\b/i;
// "compared with a median estimate of 10.9% in a survey and 11.3% growth in June": the later item of a comparison
// list is set against the figure as well (the window reaches back over the items before it).
const EARLIER_GROWTH_LIST_BEFORE = /\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:[^.;]|\.(?=\d)){0,80}?\d\s*(?:%|percent|per\s?cent|pct)(?:[^.;\d]|\.(?=\d)){0,40}?\s(?:and|as\s+well\s+as)\s+(?:(?:the|a|an)\s+)?[+-]?$/i;
// "Last year's increase followed a 13.8 percent expansion in 2022", "after a 4.2 percent drop": the growth
// that came before is an earlier period's; so is "following the 8.1 per cent contraction in the previous month".
// "reversing a 3.0% gain in the previous month", "erased the 4 percent rise of May", "undoing a 2% dip a month earlier", "wiping
// out a 1.5% gain", "extending a 6% advance in March", "building on a 5 percent increase", "on the heels of a 7% drop": a verb or
// phrase that sets the figure's change after, against or on top of another change takes that change as an earlier period's
// too, in any tense. ("reversing course", "extending its lead to 4%": no rate right after the article.)
const CHANGE_SUCCEEDING = String.raw`follow(?:ed|ing|s)?|after|revers(?:e|es|ed|ing)|eras(?:e|es|ed|ing)|und(?:o|oes|id|one|oing)|wip(?:e|es|ed|ing)\s+out|offset(?:s|ting)?|extend(?:s|ed|ing)?|continu(?:e|es|ed|ing)|prolong(?:s|ed|ing)?|build(?:s|ing)?\s+on|built\s+on|add(?:s|ed|ing)?\s+to|on\s+(?:the\s+)?heels\s+of|on\s+top\s+of|in\s+the\s+wake\s+of`;
const FOLLOWED_GROWTH_BEFORE = new RegExp(String.raw`\b(?:${CHANGE_SUCCEEDING})\s+(?:(?:a|an|the)\s+)?(?:revised\s+)?[+-]?$`, 'i');
const FOLLOWED_GROWTH_AFTER = /^\s*(?:(?:year[- ]on[- ]year|annual)\s+)?(?:growth|rise|increase|gain|decline|drop|fall|decrease|dip|expansion|contraction|jump|surge|slump|plunge|climb|advance)\b/i;
// "after contracting 0.4% in July", "following rising 2 percent in the first quarter": the verb form, with its period after it.
// "after edging up 0.3% a month earlier", "following easing 1.2 percent in May": any participle of rise or fall (change-verbs.ts).
const FOLLOWED_VERB_BEFORE = new RegExp(String.raw`\b(?:after|following)\s+(?:${FALL_PARTICIPLE}|${RISE_PARTICIPLE})\s+(?:by\s+)?(?:a\s+revised\s+)?[+-]?$`, 'i');
// "reversing a decline of 2.2 percent in 2024", "after an increase of 4.1 percent in May": the noun of change before the rate.
const FOLLOWED_NOUN_OF_BEFORE = /\b(?:reversing|follow(?:ed|ing|s)|after)\s+(?:(?:a|an|the)\s+)?(?:revised\s+)?(?:(?:year[- ]on[- ]year|annual)\s+)?(?:decline|drop|fall|decrease|contraction|rise|increase|growth|gain|expansion)\s+of\s+[+-]?$/i;
// "worth 13.1 trillion yuan after an 8.2 percent increase", "reached $4.1bn following a 3% rise": a change right after a
// level, with no date of its own and no other rate before the level, is the change that brought the level there (its own
// growth), not an earlier one. "rose 3% to $5bn after a 2% fall" (a rate before) and "after a 2% fall in May" stay earlier.
const LEVEL_THEN_AFTER = /(?<![\d.,])\d[\d.,]*(?:\s*(?!(?:in|for|during|of|last|this|year|percent|per|pct|pc|points?)\b)[A-Za-z$€£¥]+\.?){0,3}\s*,?\s+(?:after|following)\s+(?:an?\s+)?$/i;
const LEVEL_GROWTH_DATED_AFTER = /^\s*[\w-]+\s+(?:(?:in|during|for|last|earlier|before)\b|(?:a|the)\s+(?:year|month|quarter)\b)/i;
const RATE_IN = /\d\s*(?:%|per\s?cent|pct\b|pc\b)/i;
function growthOfLevelBefore(s: string, f: { start: number; end: number }): boolean {
  const level = LEVEL_THEN_AFTER.exec(s.slice(Math.max(0, f.start - 60), f.start));
  if (!level || LEVEL_GROWTH_DATED_AFTER.test(s.slice(f.end, f.end + 40))) return false;
  const levelAt = f.start - level[0].length;
  return !RATE_IN.test(s.slice(Math.max(0, levelAt - 120), levelAt).split(/[.;](?!\d)/).pop() ?? '');
}
// "... 0.3% a month earlier", "... 2 percent the previous month", "... 4% the month before": the month before dates it too.
const FOLLOWED_VERB_AFTER = new RegExp(String.raw`^\s*(?:(?:year[- ]on[- ]year|on\s+(?:the\s+)?year|y\/y)\s+)?(?:(?:in|during|for)\s+|${MONTH_BEFORE}\b)`, 'i');
// "slowing from July's 7.2% gain", "faster than March's 4.1 percent rise": an earlier month's growth named by its possessive.
// ("well above April's 3.9%", "short of March's 5 percent", "outpacing May's 2.1%", "in line with June's 4%", "double
// October's 1.8 percent": any word that sets the rate beside the month's, a position, a passing verb, a match or a multiple.)
// (a145's possessive month, widened to the verbs that follow, undo or carry on a change: "building on February's 52 percent
// rise", "adding to July's 9 percent jump", "on the heels of January's 4.4% gain".)
// a171: the same frames with a year or an earlier period as the owner: "building on 2024's 8.5 percent increase", "after
// last year's 8.5 percent rise", "on top of the previous year's 12% gain", "slower than 2023's 6.1 percent growth",
// "extending the prior quarter's 3% advance": the growth belongs to that period, not to the figure's own.
const EARLIER_PERIOD_OWNER = String.raw`(?:19|20)\d\d|(?:last|the\s+(?:previous|prior|preceding))\s+(?:year|quarter|month)`;
const MONTH_POSSESSIVE_GROWTH_BEFORE = new RegExp(`\\b(?:${CHANGE_SUCCEEDING}|from|than|after|following|versus|vs\\.?|compared\\s+(?:with|to)|(?:as\\s+)?against|above|below|under|over|beyond|short\\s+of|ahead\\s+of|behind|in\\s+line\\s+with|(?:out|sur)pac(?:e|es|ed|ing)|(?:exceed|surpass|outstrip|match|top|beat|eclips)(?:s|es|ed|ped|ing|ping)?|double|triple|twice|half)\\s+(?:${MONTH_WORDS}|${EARLIER_PERIOD_OWNER})['’]s\\s+(?:revised\\s+)?[+-]?$`, 'i');
// "well above the 12% rise analysts had expected and October's 11.4% gain": the month's possessive growth joined by
// "and" to a figure the comparison word already governs is an earlier growth too.
const MONTH_POSSESSIVE_LIST_BEFORE = new RegExp(`\\b(?:above|below|from|than|versus|compared\\s+(?:with|to))\\s+(?:[^.;]|\\.(?=\\d)){0,80}?\\d\\s*(?:%|percent|per\\s?cent|pct)(?:[^.;\\d]|\\.(?=\\d)){0,60}?\\sand\\s+(?:${MONTH_WORDS})['’]s\\s+(?:revised\\s+)?[+-]?$`, 'i');
const GROWTH_NOUN_RIGHT_AFTER = /^\s*(?:(?:year[- ]on[- ]year|annual|on-year)\s+)?(?:growth|rise|increase|gain|decline|drop|fall|decrease|expansion|contraction|jump|surge|slump|plunge|climb|advance)\b/i;
// "well above April's 3.9%.", "than March's 5 percent, while ...": a month's rate with no noun after it, closing its clause,
// is that month's growth as well (a noun other than one of change, "April's 3.9% share", is no growth).
const BARE_RATE_CLOSING = /^\s*(?:[.,;:)]|$|(?:and|but|while|whereas|though|although|as|when)\b)/i;
const POSSESSIVE_RATE_AFTER = (after: string) => GROWTH_NOUN_RIGHT_AFTER.test(after) || BARE_RATE_CLOSING.test(after);
// "2% against the dollar", "4 percent versus the U.S. dollar": a currency measured against another.
// A live page's currency line gives the new rate instead: "The won gained 0.4% to 1,402.5 per dollar", "the rupee slipped
// 0.2 percent to 83.9 a dollar", "the ringgit firmed 0.3% to 4.41 to the U.S. dollar" (a rate is units per dollar or euro).
const CURRENCY_MOVE_AFTER = /^\s*(?:(?:[\w-]+\s+){0,3}?(?:against|versus|vs\.?)\s+(?:the\s+)?|to\s+(?:about\s+|around\s+)?\d[\d,]*(?:\.\d+)?\s+(?:per|a|an|to\s+the|against\s+the)\s+)(?:U\.?S\.?\s+|US\s+)?(?:dollar|greenback|euro|yen|yuan|renminbi)\b(?![\s-]+(?:terms|denominated|value))/i;
// "had grown 22.9 percent in the same period of last year": the pluperfect with a period a year back.
const PLUPERFECT_GROWTH_BEFORE = /\bhad\s+(?:grown|risen|increased|expanded|jumped|climbed|surged|soared|gained|fallen|dropped|declined|decreased|shrunk|shrank|contracted)\s+(?:by\s+)?[+-]?$/i;
const YEAR_BACK_AFTER = /^\s*(?:year[- ]on[- ]year\s+)?(?:(?:in|during|over)\s+(?:the\s+)?(?:(?:same|corresponding)\s+(?:period|months?|quarter)\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year|previous\s+year|prior\s+year)|last\s+year)\b/i;
// The noun of an operating ratio of how full the boxes, wagons or runs of a service were, before its rate (see the rule).
const LOAD_RATIO_BEFORE = /(?:\b(?:share|proportion|percentage|ratio|rate|portion|number)\s+of\s+(?:[\w-]+\s+)?(?:empty|unloaded|(?:fully\s+)?loaded)\s+(?:[\w-]+\s+)?(?:boxes|containers|wagons|cars|carriages|slots|runs|trips|trains|TEUs?)|\b(?:empty|loaded|unloaded)[- ](?:box|container|wagon|car|slot|run|trip|return|backhaul)\s+(?:rate|ratio|share|proportion)|\bload(?:ing)?\s+(?:factor|rate|ratio)|\b(?:empty|unloaded)\s+(?:[\w-]+\s+)?(?:boxes|containers|wagons|cars|slots|runs|trips|trains)\s+(?:made\s+up|accounted\s+for|represented|comprised|were|was))\b[^%\d.;]{0,50}$/i;
// A share's own earlier value ("its share rose to 21 percent from 18 percent a year earlier") is a share, not a growth;
// so is one after a share written as a part "of the total" ("took 98,500 of the cars, or 32% of the total, up from 27% a year earlier").
// ("or 62.3% of the region's foreign trade turnover, against 58.9% a year earlier": a share of a named whole of trade.)
const SHARE_WORDS_BEFORE = /\b(?:share|accounted|accounting|proportion|made\s+up|making\s+up)\b|\b(?:weight|portion|percentage|part)\s+of\s+(?:[\w'-]+\s+){1,4}?(?:in|within|among)\s|\d\s*(?:%|per\s?cent\b|percent\b)\s+of\s+(?:the|all)\s+(?:[\w-]+\s+)?total\b|\d\s*(?:%|per\s?cent\b|percent\b)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:trade|turnover|exports|imports)\b/i;

// "declarations, an increase of 18.5%": the growth of the count just named.
// "Customs declarations processed: 71,200, up 9.8%": the count may sit between the noun and its growth.
// "318 million inbound and outbound parcels in the province in the first three quarters, up 19.6 percent": the growth
// trailing a count of parcels (no other figure between) is the count's, no more a trade figure than the count.
const PARCELS_GROWTH_BEFORE = /\b(?:parcels|packages)\b(?:[^.;\d]|\b(?:19|20)\d\d\b){0,90}?,\s*(?:(?:an?\s+)?(?:(?:year-on-year|annual)\s+)?(?:increase|decrease|rise|drop|decline|growth|jump|gain|fall)(?:\s+of)?|(?:up|down|rising|falling|increasing|decreasing|growing)(?:\s+by)?)\s*$/i;
// "registered 48,312 goods declarations, 9% more than a year earlier": a percentage right after the count, then "more" or
// "fewer", is the count's change, its verb left out.
const WORKLOAD_COUNT_BEFORE = /\b(?:declarations|batches)\s*,\s*$/i;

/** A change or a part of a customs workload: its count named before the percentage, or after it. */
function isWorkloadPercent(s: string, f: Figure): boolean {
  const after = s.slice(f.end, f.end + 70);
  if (WORKLOAD_GROWTH_BEFORE.test(clauseBefore(s, f.start, 80)) || WORKLOAD_SHARE_AFTER.test(after) || WORKLOAD_MORE_AFTER.test(after)) return true;
  if (WORKLOAD_PART_BEFORE.test(clauseBefore(s, f.start, 100))) return true;
  return WORKLOAD_COUNT_BEFORE.test(s.slice(Math.max(0, f.start - 20), f.start)) && MORE_OR_FEWER_AFTER.test(after);
}

// "the share of declarations processed online had risen above 90 percent", "the proportion of export declarations filed
// without paper reached 98%", "declarations cleared within two hours accounted for about 95 percent", "the rate of batches
// released on arrival stood at 87 percent": a part of a customs workload (a share, a proportion, a rate of its declarations or
// batches), whatever verb leads to it, measures the customs' work, not trade.
const WORKLOAD_PART_BEFORE = /\b(?:share|proportion|percentage|portion|rate|ratio)\s+of\s+(?:(?:the|all|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:declarations|batches)\b[^.;\d]*$|\b(?:declarations|batches)\s+(?:[\w-]+\s+){0,5}?(?:accounted\s+for|made\s+up|represented|comprised)\s+(?:(?:about|around|over|more\s+than|nearly|almost|some|roughly)\s+)?$/i;

const WORKLOAD_GROWTH_BEFORE = /\b(?:declarations|batches)(?:\s+of\s+[\w\s-]{0,30}?)?(?:[^.;\d]{0,30}\d[\d.,]*)?\s*,?\s*(?:(?:an?\s+)?(?:increase|decrease|rise|drop|decline|growth)(?:\s+of)?|(?:up|down|rising|falling|increasing|decreasing)(?:\s+by)?)\s*$/i;

// "for the fifth consecutive year", "for the third straight month", "five years in a row", "the sixth successive year".
const STREAK = /\b(?:consecutive|straight|successive|running)\s+(?:years?|months?|quarters?)\b|\b(?:years?|months?|quarters?)\s+in\s+a\s+row\b/i;
// "It was the fifth consecutive year that ...": the streak opens the sentence and governs its figures.
const STREAK_OPENING = /^\s*(?:It|This|That)\s+(?:was|is|marks|marked|is\s+also|was\s+also)\s+the\s+[\w-]+\s+(?:consecutive|straight|successive)\s+(?:year|month|quarter)\b/i;
// "capacity reaches", "a capacity of", "capacity has been raised to".
// "a new cold-chain center with storage for 50,000 tonnes", "warehouses that can store 80,000 tonnes": room to keep goods too.
// What a thing is able or built to take: "can carry up to", "is designed to carry about", "built to handle some" (a capacity, not a flow).
const CAPACITY_BEFORE = /\bcapacit(?:y|ies)\b[^,;.]{0,40}$|\bstorage\s+(?:space\s+)?for\s+(?:up\s+to\s+)?$|\b(?:can|could|able\s+to|designed\s+to|built\s+to|engineered\s+to|planned\s+to)\s+(?:store|hold|carry|load|accommodate|handle)\s+(?:(?:up\s+to|about|around|roughly|some|nearly|more\s+than|over)\s+)?$/i;
// "the average declaration under the model was worth about 2,300 dollars", "the average parcel was valued at
// 18 dollars": what one thing of many is worth on average is a unit value, not an amount traded.
const AVERAGE_THING_WORTH_BEFORE = /\baverage\s+(?:[\w'-]+\s+){1,6}?(?:was|were|is|are|stood)\s+(?:worth|valued\s+at|at)\s+(?:(?:about|around|nearly|some|roughly|approximately|just\s+over|just\s+under)\s+)?(?:(?:US|U\.S\.|HK|NZ|A|C|S)?[$€£¥]\s?)?$/i;
// "the export-to-import coverage ratio rose to 82.5%", "the coverage rate fell to 60.2% from 60.5%", "the ratio
// of non-oil exports to imports", "the coverage of imports by exports is 16.6%": exports as a percentage of
// imports, no share of trade.
const COVERAGE_RATIO_BEFORE = /\b(?:coverage\s+(?:ratio|rate)|coverage\s+of\s+(?:[\w-]+\s+){0,2}imports?\s+by\s+(?:[\w-]+\s+){0,2}exports?|(?:exports?|imports?)[- ]to[- ](?:imports?|exports?)\s+(?:ratio|rate|coverage)|ratio\s+of\s+(?:[\w-]+\s+){0,2}exports?\s+to\s+(?:[\w-]+\s+){0,2}imports?)\b/i;
// Balance-of-payments items a trade release prints beside goods: travel receipts, remittances, reserves, direct
// investment ("the FDI sector accounted for 73.1% of exports", "the foreign direct investment (FDI) sector earned", "FDI-invested
// firms shipped", "FDI (foreign direct investment) exporters" are a breakdown of trade, not investment).
// A carrier's takings and its network's loading are no goods traded either: "Revenue from container transportation on
// Chinese routes reached 214 billion rubles", "its freight revenue rose to about 1.2 trillion kip", "Total loading on the RZD
// network fell 6.1% to 1.05 billion tonnes".
// Reserves named by their holder or their kind, not by "foreign exchange" (a175): "The central bank's reserves rose to",
// "the SBP's liquid reserves stood at", "gross reserves reached", "usable reserves of the monetary authority were", "reserves
// held by the State Bank": a stock of the bank's, no trade. So are reserves a governor speaks of as his bank's, "our" reserves
// or "Reserves" opening the clause ("Reserves are 4.6 billion dollars, enough for three months of imports"), and the gold or
// currency a central bank itself buys or sells for them ("Gold purchases by the central bank were 3.2 tonnes", "the Reserve
// Bank bought 12 tonnes of gold", "gold acquired by the National Bank reached ..."): no goods traded across the border.
const HELD_RESERVES = String.raw`(?:(?:bank|authority|treasury|government|ministry|[A-Z]{2,6})['’]s\s+(?:[\w-]+\s+){0,2}?reserves|(?:^|[.;:–—-]\s*|\b(?:our|their|its)\s+(?:[\w-]+\s+){0,2}?)reserves|(?:purchases|buying|sales|acquisitions|bought|purchased|sold|acquired)\s+by\s+(?:the\s+)?(?:central|reserve|national|state)\s+bank|(?:central|reserve|national)\s+bank\s+(?:(?:also|has|had|have)\s+)?(?:bought|purchased|sold|acquired|added)|(?:gross|liquid|usable|net|total|hard[- ]currency|currency)\s+reserves|reserves\s+(?:held\s+by|of)\s+the\s+(?:(?:central|state|national|reserve)\s+bank|monetary\s+authority|[A-Z][\w-]*\s+Bank))`;
const NOT_GOODS_BEFORE = new RegExp(String.raw`\b(?:(?:travel|tourism|tourist)\s+(?:receipts|revenues?|earnings|income)|(?:revenues?|income|earnings)\s+from\s+(?:[\w-]+\s+){0,3}?(?:transport(?:ation)?|freight|shipping|carriage|haulage)|(?:freight|transport(?:ation)?|shipping|carriage|haulage|passenger|ticket)\s+(?:revenues?|income|earnings)|loading\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:network|railways?)|remittances|(?:foreign|international|forex|foreign[- ]exchange|FX|official)\s+(?:currency\s+)?reserves|${HELD_RESERVES}|(?:foreign\s+direct\s+investment|FDI)\b(?!\)?(?:\s*\([^()]{1,40}\))?[\s-]+(?:sectors?|segments?|enterprises?|firms?|companies|businesses|exporters?|manufacturers?|invested|owned|funded)\b))(?!\w)`, 'i');

// Central banks' balance-of-payments releases set goods and services beside the other accounts: the current account, primary
// and secondary income (investment income, transfers), the capital and financial accounts, portfolio investment, errors and
// omissions, reserve assets. Their balances and flows are no trade rows, whichever way the account is named: as the subject
// before the amount ("the current account posted a deficit of", "Primary income: deficit of", "a current-account surplus of",
// "Net outgo on the primary income account ... was") or after it ("a surplus of $5 billion on the current account", "an
// accretion of $4.5 billion to the foreign exchange reserves"). A goods or services word between the account and the amount
// names a new subject ("the current account surplus came to X and the goods balance to Y").
const OTHER_ACCOUNT = String.raw`(?:current[\s-]+accounts?|(?:primary|secondary)\s+income|income\s+accounts?|(?:capital\s+and\s+)?financial\s+accounts?|capital\s+accounts?|reserve\s+assets|(?:current|private|personal|unilateral|secondary|workers['’]?)\s+transfers?|(?:investment|dividend)\s+income|portfolio\s+investments?|errors\s+and\s+omissions|(?:foreign[\s-]+exchange|forex|FX|international|official)\s+reserves)`;
const OTHER_ACCOUNT_CUE = new RegExp(String.raw`\b${OTHER_ACCOUNT}\b`, 'gi');
const OTHER_ACCOUNT_AFTER = new RegExp(String.raw`^\s*(?:(?!(?:goods|merchandise|trade|services)\b)[A-Za-z]{1,12}\s+){0,3}?(?:on|in|of|under|to|from)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?${OTHER_ACCOUNT}\b`, 'i');
const GOODS_OR_SERVICES_WORD = /\b(?:goods|merchandise|trade|exports?|imports?|shipments?|shipped|services|visible|turnover|sales|purchases)\b/i;

/** True when the amount belongs to a balance-of-payments account other than goods and services (OTHER_ACCOUNT). */
function ofOtherAccount(s: string, f: Figure): boolean {
  const before = clauseBefore(s, f.start, 140);
  let last = -1;
  for (const m of before.matchAll(OTHER_ACCOUNT_CUE)) last = m.index + m[0].length;
  if (last >= 0 && !GOODS_OR_SERVICES_WORD.test(before.slice(last))) return true;
  return OTHER_ACCOUNT_AFTER.test(s.slice(f.end, f.end + 70));
}

// "Exports covered 75.7 percent of imports", "exports, which paid for 61% of the import bill", "shipments abroad were equal to
// 82 per cent of purchases from abroad", "exports covering some 40% of imports": one flow, the subject, measured as a
// percentage of the other by a verb of covering or matching, is the coverage ratio (not a share of either flow).
const COVERING_FLOW_BEFORE = /\b(exports?|imports?|shipments|sales|purchases)\b[^.;]{0,60}?\b(?:cover(?:ed|s|ing)?|paid\s+for|pays\s+for|paying\s+for|financed|financing|funded|equal(?:led|ed|s|ling|ing)?\s+to|equivalent\s+to|matched)\s+(?:(?:about|around|nearly|almost|some|only|just|roughly|approximately|over|more\s+than|less\s+than|under)\s+)?$/i;
const OF_OTHER_FLOW_AFTER = /^\s*(?:%|percent|per\s?cent|pct)?\s*of\s+(?:(?:the|its|their|total|overall|all)\s+|the\s+(?:country|nation|kingdom|state)['’]s\s+)*(?:[\w-]+\s+)?(imports?|exports?|import\s+bill|purchases\s+from\s+abroad|sales\s+abroad)\b/i;

/** True when a percentage is one flow measured against the other by a verb of covering ("Exports covered 75.7 percent of imports"). */
function coveringRatio(s: string, before: string, numEnd: number): boolean {
  const subject = COVERING_FLOW_BEFORE.exec(before);
  const other = subject ? OF_OTHER_FLOW_AFTER.exec(s.slice(numEnd, numEnd + 60)) : null;
  return other !== null && importSide(subject![1]) !== importSide(other[1]);
}
const importSide = (word: string): boolean => /^(?:imp|purchases)/i.test(word);

/** True when the clause before a number names `cue` and no trade subject comes after it. */
function subjectOfClause(before: string, cue: RegExp): boolean {
  const m = cue.exec(before);
  return m !== null && !NEW_TRADE_SUBJECT.test(before.slice(m.index + m[0].length));
}

// "... worth 6.8 billion yuan in the center's duty-free shops".
// "spent 1.9 billion yuan on duty-free shopping", "on duty-free goods": money spent on the shopping itself is retail too
// ("N yuan in duty-free goods" may be an operator's imports: only "on" reads the goods as bought by shoppers).
// The shops named as the subject, their sales before the amount: "the offshore duty-free shops, counted apart from customs
// trade, had sales of 16.7 billion yuan", "duty-free sales on the island reached 30 billion yuan", "duty-free outlets sold goods
// worth 2 billion yuan".
const DUTY_FREE_SUBJECT_BEFORE = /\bduty-free\s+(?:shops?|stores?|outlets?|malls?|shopping|retail(?:ers)?|operators?|sales)\b[^.;]{0,140}$/i;
// The shops' sales named first, as the subject of an amount or of a change: "Turnover of airport duty-free stores in Almaty
// rose 30 percent", "sales at the island's duty-free malls grew 12%", "takings from duty-free shopping reached".
const SALES_OF_DUTY_FREE_BEFORE = /\b(?:sales|revenues?|takings|turnover|spending)\s+(?:of|at|in|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?duty-free\s+(?:shops?|stores?|outlets?|malls?|shopping|retail(?:ers)?|operators?|zones?)\b[^.;,]{0,80}$/i;
const SALES_BEFORE = /\b(?:sales|revenue|takings|turnover|sold|spent|spending|purchases)\b[^.;\d]{0,30}$/i;
const DUTY_FREE_AFTER = /^[^.;,]{0,40}?\b(?:(?:in|at|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?duty-free\s+(?:shops?|stores?|outlets?|malls?|shopping)|on\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?duty-free\s+(?:shopping|purchases|goods|items|products))\b/i;

/** The rule name `notATradeFigure` gives a growth rate stated as a comparison base. */
export const EARLIER_GROWTH_RULE = 'growth of an earlier period';
/** Name of the rule for a growth told as what came before ("followed a 13.8 percent expansion in 2024"): the period named right after it is that growth's. */
export const FOLLOWED_GROWTH_RULE = 'growth an earlier one came before';
/** Name of the rule for the scale a table counts in ("(10kt; MoM; YoY):"): a word of the table's, not scenery. */
export const TABLE_SCALE_RULE = 'scale of a table';
/** Name of the rule for parcels counted and their growth: consignments of trade, not scenery (their period and place go on). */
export const PARCELS_RULE = 'parcels counted';
/** The rule that sets a day's volume aside ("2.32 million barrels per day", "average daily exports"). */
export const DAILY_RULE = 'daily average';
/** Set aside unless the caller keeps customs revenue (the `revenue` option). */
export const LEVY_RULE = 'levy named as the amount';

// The grade word right after a percentage, past one capitalised origin ("62% Australian fines", "58% Fe fines").
const GRADE_AFTER = /^\s*(?:[A-Z][a-z]+\s+)?(?:Fe|fines|lumps?|pellets?|Li2CO3|Li2O|Mn|purity|grade)\b/;
// (A span of time is no first one: "grew ... in the first 10 months to reach 36.02 trillion yuan" states the figure.)
const QUOTA_TOTAL_BEFORE = /\b(?:quotas?|allocations?|allowances?)\b(?:[^.;]|\.(?=\d)){0,160}?\b(?:taking|brings?|bringing|lifting|raising|takes)\s+(?:the\s+)?(?:(?:year['’]s|annual|full[- ]year|cumulative|combined)\s+)?(?:total|tally|sum|amount|volume)\s+(?:(?:for|of)\s+(?:the\s+year|this\s+year|\d{4})\s+)?(?:(?:so\s+far|to\s+date|thus\s+far)\s+)?to\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?(?:(?:US)?[$€£¥]\s?)?$/i;
const ANNUALISED_BEFORE = /\b(?:annuali[sz]ed|run[- ]rate)\s+(?:(?:rate|pace|basis|level)\s+)?(?:of\s+)?(?:(?:about|around|nearly|some|over|more\s+than)\s+)?(?:(?:US)?[$€£¥]\s?)?$/i;
const FIRST_TO_PASS_BEFORE = /\b(?:the|a)\s+(?:first|only)\s+(?![A-Za-z'’-]*\s*(?:months?|quarters?|half|weeks?|days?|year)\b)(?:[A-Za-z'’-]+\s+){1,6}?to\s+(?:pass|exceed|surpass|top|cross|break)\s+(?:the\s+)?(?:(?:over|more\s+than)\s+)?(?:(?:US)?[$€£¥]\s?)?$/i;
// "the first time" and, within its clause, a word of passing or staying short right before the amount.
// ("the first time their share has gone past 55 percent", "the first time trade has broken through 5 trillion yuan": a verb of
// motion with "past" or "through" passes the mark too.)
const FIRST_TIME_PAST_BEFORE = /\bfirst\s+time\b[^.;,\d]{0,60}?\b(?:under|below|above|over|beyond|past|through|more\s+than|less\s+than|exceed(?:ed|ing|s)?|top(?:ped|s)?|pass(?:ed|es)?|crossed|surpass(?:ed|es)?)\s+(?:(?:US|U\.S\.)?[$€£¥]\s?|[A-Z]{3}\s?)?$/i;
const MARK_AFTER = /^(?:[- ](?:[\w-]+))?\s*(?:mark|milestone|threshold|barrier)\b/i;
// "Exports by product, October (10kt; MoM; YoY):", "(unit: 10,000 tonnes)", "Value by area (100 million yen, %)": the
// scale a table's numbers count in, opening a bracket of column heads or bare "%" (or the bracket alone), is no amount.
const TABLE_SCALE_BEFORE = /\(\s*(?:units?\s*:\s*)?$/i;
const TABLE_SCALE_AFTER = /^\s*(?:[;,]\s*(?:%|(?:%\s*)?[A-Za-z][\w/%-]{0,20})\s*){0,4}\)/;
// "Unit: 100 million yuan" on a line of its own, "Guangxi's trade with main ASEAN partners, unit: 100 million yuan" (a
// table's title line): a round scale after "unit:" closing its line is the unit of the figures under it.
const ONE_IN_BEFORE = /\bone\s+(?:in|out\s+of)\s+(?:every\s+)?$/i;
const ONE_IN_AFTER = /^\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b/i;
const TABLE_NUMBER_BEFORE = /(?:^|[\s(])(?:Table|TABLE|Chart|CHART|Figure|FIGURE|Fig\.|Graph|Annex|Appendix)\s*$/;
const UNIT_LINE_BEFORE = /(?:^|[\s,;:(])units?\s*[:：]\s*$/i;
// "The table gives quantities in units of 10,000 tonnes", "measured in units of 100 million yuan": a round scale named as
// the unit some figures count in is no amount, wherever the sentence goes on.
const UNITS_OF_BEFORE = /\bunits?\s+of\s+$/i;
// "Note: figures in 100 million yuan unless stated", "All values are in 10,000 tonnes", "monthly data labels in ten-thousand
// TEU", "Numbers are given in 1,000 US dollars": a round scale that a note says the numbers are written in is no amount.
const SCALE_NAMED_BEFORE = /\b(?:figures|values|data|numbers|amounts|labels|quantities|volumes)\s+(?:(?:are|were|is)\s+)?(?:(?:given|shown|expressed|stated|written|reported|presented)\s+)?in\s+(?:units\s+of\s+)?$/i;
const LINE_END_AFTER = /^\s*\.?\s*(?:$|\n)/;

// "BYD alone sold ", "Great Wall Motor alone shipped about ": a capitalised name opening its clause, singled out by "alone".
const SINGLED_OUT_BEFORE = /(?:^|[.;:,]\s*|\s[-–—]\s*)((?:[A-Z][\w&.'’-]*\s+){1,3})alone\s+(?:sold|shipped|exported|delivered)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/;
const NOT_A_FIRM = new Set(['The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'Their', 'Our', 'In', 'And', 'But']);
// "Beijiang Port alone shipped 41,000 of the vehicles": a name ending in the kind of place it is, known or not, is a place.
const PLACE_KIND_LAST = /\b(?:Ports?|Province|City|County|District|Prefecture|Region|Zone|Area|Customs|Station|Crossing|Checkpoint|Pass|Airport|Terminal|Harbou?r|Railway|Corridor)$/;

const FIRMS_RANKED = /\b(?:largest|biggest|top|leading|second[- ]largest|No\.\s?1)\s+(?:exporter|importer|seller|supplier|producer|shipper)\s+among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:carmakers|automakers|companies|firms|manufacturers|producers|miners|brands|enterprises|makers)\b/i;

// "Chery Automobile remained the largest exporter, shipping 1.12 million units": a capitalised name opening the sentence or
const SETS_OF_STATISTICS_AFTER = /^\s*sets?\s+of\s+(?:[\w-]+\s+){0,2}?(?:figures|data|statistics|numbers|records)\b/i;
// "the top", "its top", "the world's top", "among the top": the determiner makes "top" a rank, not the verb.
// "among the world's four busiest container ports", "one of the three largest suppliers", "its five biggest partners": a
// number right before a superlative counts the places of a ranking.
const RANK_COUNT_BEFORE = /\b(?:the|its|their|our|[A-Za-z]+['’]s|among)\s*$/i;
const RANK_SUPERLATIVE_AFTER = /^\s+(?:busiest|largest|biggest|leading|most\s+important|fastest[\s-]growing)\b/i;
// A forecast of a flow set to an amount: "forecasting arrivals of around 44 million tons", "predicting exports of 310
// million tonnes", "projecting shipments at 9 million bales", "sees imports of about 110 million tonnes", and a statistics
// office's "the ministry projects turnover of" a sum for the whole year (no row yet). In the past tense too ("it expected
// full-year exports of close to", "the ministry anticipated annual shipments of about", "projected overseas sales of
// nearly"), but not a result said to be above or below what was expected ("lower-than-expected exports of").
const FORECAST_FLOW_BEFORE = /\b(?:forecast(?:s|ing)?|predict(?:s|ed|ing)?|project(?:s|ed|ing)|(?<!than[\s-])expect(?:s|ed|ing)|anticipat(?:es|ed|ing)|sees?|seeing)\s+(?:(?:the|its|their|total)\s+)?(?:[\w'’-]+\s+){0,2}?(?:arrivals|imports|exports|shipments|purchases|sales|deliveries|volumes?|turnover|trade)\s+(?:(?:in|for)\s+[\w -]{1,20}?\s+)?(?:of|at|to\s+(?:reach|hit|total))\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|close\s+to|more\s+than|over|at\s+least|up\s+to|just\s+(?:under|over)|as\s+much\s+as)\s+)?(?:(?:US|U\.S\.)?[$€£¥]\s?|[A-Z]{3}\s)?$/i;
// An amount that is the subject of a verb in the future or of a modal ("around 9 million tons will arrive in November",
// "another 2 million tonnes is due to be loaded", "some 300,000 barrels of diesel are expected to sail", "$4 billion of
// orders should ship next quarter") tells what is still to come: a forecast, not a flow that happened. Only right after
// the amount and what it is of, so "exports reached 5 million tonnes in October and will ..." keeps its row.
const FUTURE_SUBJECT_AFTER = /^\s*(?:(?:of|in)\s+(?:(?!(?:and|but|while|will|is|are|was|were)\b)[\w'’-]+\s+){1,3}?)?(?:will|shall|should|could|may|might|(?:is|are)\s+(?:(?:expected|due|set|scheduled|forecast|projected|poised|likely|estimated|slated)\s+to|on\s+(?:track|course)\s+to))\s+(?:(?:probably|likely|still|also|only|now|soon)\s+)?(?:be|have|arrive|arrived|land|reach|sail|ship|load|leave|come|go|move|clear|flow|cross|head|get|enter|depart|discharge|dock)\b/i;
// The same forecast told as a belief in what a flow will do: "Analysts reckon 2023 shipments will land at roughly 52,000
// tonnes", "the bureau expects full-year exports to end near", "traders think imports could climb to", "economists believe
// the surplus will come in at": a verb of belief or forecast, its subject, a modal (or "to"), a verb of arriving, the amount.
// "He sees full-year exports landing near $683 billion", "expects shipments ending the year around": the participle of arriving
// right after what is foreseen says the same without a modal.
const FORECAST_CLAUSE_BEFORE = /\b(?:forecast(?:s|ing)?|predict(?:s|ed|ing)?|project(?:s|ed|ing)|(?<!than[\s-])expect(?:s|ed|ing)|anticipat(?:es|ed|ing)|reckon(?:s|ed|ing)?|think(?:s|ing)?|thought|believe(?:s|d)?|believing|estimat(?:es|ed|ing)|guess(?:es|ed)?|bet(?:s|ting)?|sees?|saw)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}?(?:(?:will|would|should|could|might|may|to|(?:is|are)\s+(?:likely|set|poised|on\s+(?:course|track))\s+to)\s+(?:(?:probably|likely|still|eventually|finally|now)\s+)?(?:end|land|come|finish|close|settle|reach|hit|top|total|climb|rise|fall|drop|ease|slip|stand|be|grow|exceed|surpass|amount|arrive)(?:s|ed|ing)?|(?:end|land|com|finish|clos|settl|reach|hitt|topp|totall?|climb|ris|fall|dropp|eas|slipp|stand|grow|exceed|surpass|amount|arriv)ing(?:\s+the\s+year)?)\s+(?:(?:in|out|up)\s+)?(?:(?:at|near|to|around|about|of|above|below|under|over|close\s+to)\s+)?(?:(?:about|around|some|nearly|almost|roughly|approximately|close\s+to|more\s+than|over|at\s+least|up\s+to|just\s+(?:under|over)|as\s+much\s+as)\s+)?(?:(?:US|U\.S\.)?[$€£¥]\s?|[A-Z]{3}\s)?$/i;
// A forecast, then someone's number for it: "Trading houses expect February arrivals to be broadly flat, with one buyer putting
// the figure at about 4.9 million tonnes", "analysts forecast a slowdown, pegging the total at", "the ministry expects exports
// to grow, seeing them at", "traders predict lower imports, one broker placing the volume near". The verb of forecasting comes
// first, so "customs data put the figure at 4.9 million tonnes" (a figure that was counted) stays a row.
const FORECASTER_PUTS_BEFORE = /\b(?:forecast(?:s|ing)?|predict(?:s|ed|ing)?|project(?:s|ed|ing)|(?<!than[\s-])expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing))\b[^.;]{0,140}?\b(?:putting|puts|pegging|pegs|pegged|placing|places|estimating|seeing|sees|pencil(?:l)?ing\s+in)\s+(?:(?:the|its|their|them|it)\s+)?(?:[\w'’-]+\s+){0,2}?(?:at|near|around|of)\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|close\s+to|more\s+than|over|at\s+least|up\s+to|as\s+much\s+as)\s+)?(?:(?:US|U\.S\.)?[$€£¥]\s?|[A-Z]{3}\s)?$/i;
// The forecast's subject may open with its year ("reckon 2023 shipments will"): that year is no count of shipments.
const BELIEF_VERB_BEFORE = /\b(?:forecast(?:s|ing)?|predict(?:s|ed|ing)?|project(?:s|ed|ing)|expect(?:s|ed|ing)|anticipat(?:es|ed|ing)|reckon(?:s|ed|ing)?|think(?:s|ing)?|thought|believe(?:s|d)?|believing|estimat(?:es|ed|ing)|guess(?:es|ed)?|bet(?:s|ting)?)\s+(?:that\s+)?(?:the\s+)?$/i;
const MODAL_AFTER_SUBJECT = /^\s+(?:[\w'’-]+\s+){1,3}?(?:will|would|should|could|might|may|to)\s/i;

/** Whether a year opens the subject of a forecast told as a belief ("reckon 2023 shipments will land at"). */
function yearOfForecastSubject(s: string, f: Figure): boolean {
  return f.kind === 'level' && f.value >= 1900 && f.value <= 2099 && Number.isInteger(f.value) && BELIEF_VERB_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)) && MODAL_AFTER_SUBJECT.test(s.slice(f.numEnd, f.numEnd + 50));
}
// "Planned throughput for 2019: 250 million tonnes", "the targeted exports of 5 billion dollars": a flow named as planned,
// targeted or budgeted, then its amount, is a plan, not a result.
const PLANNED_FLOW_BEFORE = /\b(?:planned|targeted|budgeted)\s+(?:[\w-]+\s+){0,2}?(?:throughput|exports?|imports?|trade|turnover|volumes?|shipments|handling)\b[^.;:]{0,40}?(?::|\s(?:of|at|is|was|will\s+be))\s*(?:(?:about|around|some|nearly|roughly|more\s+than|over|up\s+to)\s+)?(?:(?:US|U\.S\.)?[$€£¥]\s?|[A-Z]{3}\s)?$/i;
// "refinery throughput of 62 million tons", "crude runs rose to 14.8 million barrels", "industrial output of": an amount of
// production or processing at home (a statistics bureau's), not of trade. So is the oilseed mills' crush and the cocoa
// grinders' grind ("soybean crush rose to 98 million tonnes", "the crush estimate stays at", "third-quarter grindings of").
const HOME_OUTPUT_BEFORE = /\b(?:(?:refinery|refining)\s+(?:throughput|runs|output)|crude\s+(?:runs|processing)|crush(?:ings)?|grind(?:ings)?|(?:industrial|factory|manufacturing|crude\s+steel|steel|coal|crude\s+oil|natural\s+gas|pig\s+iron|aluminium|aluminum|power|electricity|grain)\s+(?:output|production))\s+(?:(?!(?:exports?|imports?|shipments|arrivals|trade)\b)[\w-]+\s+){0,3}?(?:of|at|to|was|were|reached|totall?ed|came\s+to|stood\s+at|hit)\s+(?:(?:about|around|some|nearly|roughly|more\s+than|over|a\s+record)\s+)?(?:(?:US|U\.S\.)?[$€£¥]\s?|[A-Z]{3}\s)?$/i;
// "Crushers processed about 9.8m t in July", "refiners ran 14.2 million barrels a day", "the mills ground 310,000 tonnes", "the
// smelters consumed 1.1 million tonnes": what a country's processors took into their plants (its crush, runs, grind, melt)
// is use at home, not trade (round a199). The processors are the subject of a verb of processing, right before the amount.
// (a249) One processor too: "The Yangpu refinery ran about 6.2 million tonnes of crude through its units", "the smelter consumed".
const PROCESSORS_USED_BEFORE = /\b(?:crushers?|refiners?|refiner(?:y|ies)|mills?|millers?|processors?|grinders?|smelters?|roasters?|plants?|factor(?:y|ies))\s+(?:(?:have|had|also|together|collectively|jointly|in\s+[A-Z][\w-]*)\s+)?(?:processed|crushed|refined|ran|ground|milled|smelted|roasted|consumed|used|took\s+in)\s+(?:(?:about|around|some|nearly|roughly|more\s+than|over|a\s+record)\s+)?$/i;
// "Sinograin sold 450k t of imported soybeans at auction from reserves", "auctioned 1.2 million tonnes from state stockpiles":
// grain a state reserve sells at home, at auction or out of its stocks, changes hands inside the country (round a199).
const RESERVE_SALE_BEFORE = /\b(?:sold|auctioned|released|offered|sells|auctions|releases)\s+(?:(?:about|around|some|nearly|roughly|more\s+than|over)\s+)?$/i;
const RESERVE_SALE_AFTER = /^[^.;]{0,60}?\b(?:at|through|in|via)\s+(?:(?:an?|the|its|state|weekly|public|online)\s+)*auctions?\b|^[^.;]{0,60}?\bfrom\s+(?:(?:the|its|state|national|central|government|strategic)\s+)*(?:reserves?|stockpiles?|stocks)\b/i;

// "pegged the crop at 295 lakh bales", "the association put this season's harvest at 30 million tonnes", "the cotton crop is
// estimated at", "output was seen at", "a crop estimate of 118 million bags", "raised its production forecast to", "put
// exports at 1.2 million tonnes and the harvest at 9 million", "a crop of 5 million tonnes": a crop, a harvest or an output
// (with or without a verb of estimating) measured as an amount is what was grown or made, not traded.
const CROP_NOUN = String.raw`(?:crops?|harvests?|output|production)`;
const CROP_AMOUNT_BEFORE = new RegExp(String.raw`(?:\b(?:put(?:s|ting)?|peg(?:s|ged|ging)|plac(?:es|ed|ing)|estimat(?:es|ed|ing)|forecast(?:s|ing)?|project(?:s|ed|ing)|assess(?:es|ed|ing)|see(?:s|ing)?|saw|fix(?:es|ed|ing)|revis(?:es|ed|ing)|cut(?:s|ting)?|rais(?:es|ed|ing)|lower(?:s|ed|ing)?)\s+(?:(?:the|its|their|this|next|last)\s+|(?:[\w-]+['’]s?\s+))?(?:[\w-]+\s+){0,2}?${CROP_NOUN}\s+(?:(?:estimate|forecast|projection|outlook)\s+)?(?:(?:up|down)\s+)?(?:at|to)|\b(?:an?|the|this|next|last|its|their)\s+(?:[\w-]+\s+){0,2}?(?:crops?|harvests?)\s+of|\b${CROP_NOUN}\s+(?:(?:estimate|forecast|projection|outlook)\s+(?:of|at)|at|(?:(?:is|was|are|were|has\s+been|had\s+been|will\s+be)\s+)?(?:put|pegged|placed|estimated|forecast|projected|assessed|seen|fixed|revised\s+(?:up|down)(?:wards?)?\s+to|expected\s+to\s+(?:reach|be|total))(?:\s+at)?))\s+(?:(?:about|around|some|nearly|roughly|approximately|a\s+record|just\s+(?:over|under)|more\s+than|over|under|below|above)\s+)?$`, 'i');
const RANK_TOP_BEFORE = /\b(?:the|its|their|our|his|her|[A-Za-z]+['’]s|among)\s+top\s*$/i;
// a clause, ranked as the top exporter (or seller, shipper, ...) on its own, before the figure.
// ("Chery again led the exporters with 118,000 vehicles", "Vale topped the list of shippers with", "BYD heads the ranking of carmakers
// with": a firm leading the field of its peers likewise; so does one that leads, tops or comes first "with" its amount once the
// clause opens on its peers: "Among manufacturers, BYD led with", "Of the carmakers, Geely came first with".)
// (Trading houses and other firms by their trade: "Among trading houses loading at Santos, Cofco International led with", "Of the
// merchants, ...", "Among the crushers ...".)
const RANKED_PEERS = String.raw`(?:exporters|importers|sellers|shippers|suppliers|buyers|carmakers|automakers|makers|manufacturers|brands|producers|miners|houses|traders|merchants|firms|companies|operators|carriers|refiners|crushers|mills|smelters|dealers)`;
// (The peers may be described before the comma: "Among shippers loading soybeans in Brazil for China last month, Cargill led
// with", "Of the miners supplying the mill, Vale came first with": round a199.)
const AMONG_PEERS_OPENING = String.raw`\b(?:[Aa]mong|[Oo]f)\s+(?:(?:the|all|its|their)\s+)?(?:[a-z]+\s+)?${RANKED_PEERS}(?:\s[^,;.:]{1,80})?,\s*`;
const FIRM_RANKED_ALONE = new RegExp(String.raw`(?:^|[.;:]\s*|${AMONG_PEERS_OPENING})((?:[A-Z][\w&.'’-]*\s+){1,3})(?:(?:remained|was|became|stayed|is)\s+(?:again\s+)?(?:the\s+)?(?:(?:largest|biggest|top|leading|No\.\s?1|second[- ]largest|third[- ]largest)\s+)(?:[a-z]+\s+)?(?:exporter|importer|seller|shipper|supplier|buyer)\b(?!\s+among\b)|(?:(?:again|once\s+again|also|still)\s+)?(?:led|leads|topped|tops|headed|heads)\s+(?:the\s+)?(?:(?:list|rankings?|table|league\s+table|field|pack)\s+(?:of\s+)?)?(?:[a-z]+\s+)?${RANKED_PEERS}\b)[^;]*$|${AMONG_PEERS_OPENING}((?:[A-Z][\w&.'’-]*\s+){1,3})(?:(?:again|once\s+again|also|still)\s+)?(?:led|leads|topped|tops|headed|heads|(?:came|comes|ranked|ranks|finished|finishes|was|is|stood|stands)\s+(?:first|top|(?:in\s+)?first\s+place))\s+with\b[^;]*$`);

/** True when the clause before a number opens with a firm's name singled out by "alone" (no place, no pronoun). */
function firmSingledOut(clause: string): boolean {
  const m = SINGLED_OUT_BEFORE.exec(clause);
  return m !== null && namesFirm(m[1]);
}

// "The top ten exporting groups shipped 3.9 million vehicles between them", "the largest single exporter sold more than 780,000
// cars overseas", "The five biggest carmakers together exported 2.1 million units", "its three main miners delivered some
// 40 million tonnes": firms ranked or counted as the subject of the verb of selling give companies' sales, not the trade of
// a place (no row). A determiner, then a rank or a count, then a noun of firms ("exporter" only as "single exporter"), so
// "Nov. 20 -- Carmakers shipped" is no ranking, and "Australia, the largest
// exporter, shipped ..." and "the five largest exporting provinces shipped ..." stay rows.
const FIRMS_AS_SUBJECT_BEFORE = /\b(?:the|its|their|these|[a-z]+['’]s)\s+(?:(?:top|largest|biggest|leading|main|major|two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,2})\s+){1,2}(?:(?:single|individual)\s+(?:exporter|importer|seller|buyer|supplier|shipper)|(?:[a-z][\w-]*\s+)?(?:groups?|carmakers?|automakers?|companies|company|firms?|manufacturers?|producers?|miners?|brands?|makers?|enterprises?|refiners?|crushers?|traders?|conglomerates?))\s+(?:(?:alone|together|combined|collectively|jointly)\s+)?(?:shipped|sold|exported|imported|delivered|bought|purchased|supplied|accounted\s+for|moved)\s+(?:(?:abroad|overseas)\s+)?(?:(?:about|around|nearly|some|more\s+than|over|almost|roughly|close\s+to|just\s+(?:over|under))\s+)?(?:US\$|\$|€|£|¥)?$/i;

// A named company's own deliveries (the lead's ruling on b187-15: one company's numbers are no rows), in three frames:
// its possessive ("Vale's iron ore shipments to China", "Equinor's gas sales into Germany"), its report of them ("Gazprom
// said its own pipeline deliveries to China", "Rosneft reported that its supplies of crude to India", "Codelco says its
// copper exports to"), and the company after the noun ("deliveries by Gazprom to China", "shipments of ore by Vale into
// China"). A buyer's own intake reads the same ("Sinopec's crude purchases from Russia", "Unipec said its imports from
// Iraq"). The name must be no place ("Australia's LNG sales to China", "Russia said its gas exports to China" stay rows),
// and a tracker's reading of others' cargoes ("Kpler said its tracking showed shipments to China") is no delivery of its own.
// Only lower-case words or an acronym ("its LNG exports") between the owner and the noun: "Russia's Gazprom said its
// deliveries" is read from the company, not from the country before it.
const OWN_DELIVERY_NOUN = String.raw`(?:${DELIVERY_NOUN}|purchases|imports|intake)`;
const NOT_OWN_GOODS = String.raw`(?!(?:showed|shows|show|data|figures|estimates?|tracking|tracked|estimated|recorded|observed|put|puts|indicated?|suggest(?:s|ed)?)\b)`;
const OWN_DELIVERIES_TAIL = String.raw`(?:${NOT_OWN_GOODS}(?-i:[a-z][\w-]*|[A-Z]{2,5})\s+){0,3}?${OWN_DELIVERY_NOUN}\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:to|into|from)\s+(?:the\s+)?(?-i:[A-Z])[^.;]*$`;
const COMPANY_NAME = String.raw`((?:(?-i:[A-Z])[\w&.-]*\s+){0,3}(?-i:[A-Z])[\w&.-]*)`;
const COMPANY_OWN_DELIVERIES_BEFORE = new RegExp(String.raw`(?:^|[^\w'’&.-])${COMPANY_NAME}(?:['’]s\s+|\s+(?:said|says|reported|reports|announced|announces|added|stated|noted|disclosed)\s+(?:that\s+)?its\s+(?:own\s+)?)${OWN_DELIVERIES_TAIL}`, 'i');
const OWN_DELIVERIES_BY_BEFORE = new RegExp(String.raw`\b${OWN_DELIVERY_NOUN}\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?by\s+${COMPANY_NAME}\s+(?:to|into)\s+(?:the\s+)?(?-i:[A-Z])[^.;]*$`, 'i');

/** True when the clause before a figure names a company's own deliveries (or purchases), not a place's. */
function companyOwnDeliveries(clause: string): boolean {
  const m = COMPANY_OWN_DELIVERIES_BEFORE.exec(clause) ?? OWN_DELIVERIES_BY_BEFORE.exec(clause);
  return m !== null && namesFirm(m[1]);
}

// A firm named by what it is, not by its name (a148's company ruling, widened from a capitalised name to the noun of a firm):
// "One electric-car maker in Lingang said its deliveries abroad rose to", "The listed port group said its operating revenue
// rose 21 percent to", "a Mongolian coal miner reported that its own sales climbed to", "the shipper says its exports fell
// to": the firm's own deliveries, purchases, sales or takings are no trade of a place. (A port, a province or an office
// saying "its exports" is a place; "operator" is left out, for a port operator's throughput is the port's.)
const FIRM_NOUN = String.raw`(?:company|companies|firm|group|carmaker|automaker|maker|producer|manufacturer|miner|shipper|trader|refiner|smelter|brand|conglomerate|supplier)`;
const FIRM_NOUN_SAID_ITS_BEFORE = new RegExp(String.raw`\b${FIRM_NOUN}\s+(?:[^,;.\d]{0,40}?\s)?(?:said|says|reported|reports|announced|announces|added|stated|disclosed)\s+(?:that\s+)?its\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:${OWN_DELIVERY_NOUN}|revenues?|turnover|income|profits?|earnings|takings)\b[^.;]*$`);
const FIRM_NOUN_WORDS = ['company', 'companies', 'firm', 'group', 'maker', 'producer', 'manufacturer', 'miner', 'shipper', 'trader', 'refiner', 'smelter', 'brand', 'conglomerate', 'supplier'];

/** True when capitalised words name a firm: no pronoun or opening word, and neither a place nor a kind of place. */
function namesFirm(written: string): boolean {
  const words = written.trim().split(/\s+/);
  const name = words.join(' ');
  return !NOT_A_FIRM.has(words[0]) && !PLACE_KIND_LAST.test(name) && !isPlaceWord(name) && !words.some((w) => isPlaceWord(w));
}

// "11 berths of 100,000 tonnes class", "a 300,000-ton-class ore carrier": the size class of a berth or a ship, no cargo moved.
const SIZE_CLASS_AFTER = /^\s*-?\s*class\b/i;

// The books' noun, not a levy's or a trade's: an owner's kind of income ("operating revenue", "group revenue", "net result",
// "a profit of"), income said to be a port's, an authority's or a firm's ("PPA's revenue", "the Authority's provisional
// revenue", "Westports Holdings Bhd reported revenue of"); a named firm or an operator as the subject of a verb of booking its
// income, no legal suffix needed ("DP World Callao reported revenue of", "the concessionaire posted half-year revenue of",
// "Sohar Port booked record income of"; a202: a joint venture, a subsidiary or an affiliate as that subject, "The joint venture
// booked revenue of"; a210: a unit, an arm, a branch or a cooperative too, a place after it, "a dairy cooperative's joint venture
// in the south booked revenue of", "Fonterra's local unit posted revenue of", "The joint venture's revenue reached"). A bare "Revenue rose to $892 million" in an exporters' release is
// the value of the exports, and "customs revenue" and "export revenue" are read elsewhere.
const BOOKS_NOUN = /(?<!\b(?:customs|tax|taxes|duty|tariff|fiscal|budget|export|exports|import|imports|trade|sales|tourism|oil|gas|freight|transport)[\s-]+)\b(?:(?:operating|group|consolidated|provisional|pre-tax|after-tax)\s+(?:revenues?|income|earnings|profits?)|net\s+(?:results?|profits?|income|earnings|loss)|profits?|(?:[A-Z]{2,6}|[Aa]uthority|[Pp]ort|[Cc]ompany|[Gg]roup|[Oo]perator|[Ff]irm|[Vv]enture|[Ss]ubsidiary|[Aa]ffiliate|[Uu]nit)['’]s\s+(?:[\w-]+\s+)?(?:revenues?|income|earnings)|(?:[Ii]ts|[Tt]heir)\s+(?:own\s+)?(?:(?:total|annual|operating|overall)\s+)?(?:revenues?|income|earnings)|[Oo]wn\s+(?:revenues?|income|earnings))\b|\b(?:Holdings?|Bhd|Berhad|Ltd|Limited|Inc|Corp|PLC|plc)\b[^.;\d]{0,40}\b(?:revenues?|income|earnings)\b|\b(?=(?:reported|posted|booked|recorded|earned|generated|announced)\s)(?<=\b(?:[A-Z][\w&-]*|concessionaire|operator|company|firm|group|terminal|venture|subsidiary|affiliate|unit|arm|branch|cooperative|co-op)(?:\s+(?:in|at|near)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s)(?:reported|posted|booked|recorded|earned|generated|announced)\s+(?:(?:total|annual|operating|record|quarterly|half-year|first-half|full-year)\s+)?(?:revenues?|income|earnings)\b/g;
const GOODS_WORD = /\b(?:exports?|imports?|exported|imported|trade|shipments|cargo|throughput|goods|TEUs?|tonnes|tons)\b/i;

// A bare "revenue" is the books' too where the sentence lists it with the books' other lines or a port's other business:
// "Revenue rose 11 percent to 312 million zloty and net profit reached 118 million", "ship calls totalled 1,840 ..., and
// revenue for the period stood at RM186 million", "revenue of $40 million, with EBITDA of $12 million".
const BARE_REVENUE = /\brevenues?\b/gi;
const BOOKS_COMPANION = /\b(?:profits?|net\s+(?:results?|income|earnings|loss)|EBITDA|dividends?|margins?|(?:ship|vessel|port)\s+calls|calls\s+(?:at|by)|bunker(?:ing)?\s+(?:fuel\s+)?(?:sales|sold|volumes?)|gross\s+tonnage)\b/i;

/** Whether a clause names a port's or firm's revenue or profit with no goods named between it and the amount at its end. */
function ownBooksBefore(clause: string, s: string): boolean {
  let last = -1;
  BOOKS_NOUN.lastIndex = 0;
  for (let m = BOOKS_NOUN.exec(clause); m !== null; m = BOOKS_NOUN.exec(clause)) last = m.index + m[0].length;
  if (last < 0 && BOOKS_COMPANION.test(s)) {
    BARE_REVENUE.lastIndex = 0;
    for (let m = BARE_REVENUE.exec(clause); m !== null; m = BARE_REVENUE.exec(clause)) last = m.index + m[0].length;
  }
  return last >= 0 && !GOODS_WORD.test(clause.slice(last));
}

// Ships in port: calling, arriving, waiting or berthing, by a noun before the count or a verb after it.
const SHIPS_AT_PORT_BEFORE = /\b(?:vessels?|ships?)\s+(?:calls?|arrivals?|visits?|movements|waiting|queu\w+|at\s+anchor)\b|\b(?:port\s+)?(?:calls|arrivals)\s+(?:of|by)\s+(?:[\w-]+\s+)?(?:vessels|ships)\b/i;
const SHIPS_AT_PORT_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:called|arrived|berthed|docked|waited|were\s+waiting|queued|anchored|at\s+anchor)\b/i;
// "the number of ships taking on bonded fuel grew", "vessel calls rose", "ship arrivals were up": a count of ships (or their calls)
// as the subject of a change, with no word of goods between.
const SHIP_COUNT_CHANGE_BEFORE = /(?:\bnumber\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:ships|vessels|tankers|bulk\s+carriers|(?:ship|vessel|port)\s+(?:calls|arrivals|visits))|\b(?:vessel|ship)\s+(?:calls|arrivals|visits|movements))\b(?:(?!\b(?:exports?|imports?|trade|goods|cargo|freight|throughput|tonnes|tons|TEUs?|containers)\b)[^,;.\d]){0,80}$/i;
// (a229: the change may follow the count, "Ship arrivals ........ 5,912    +3.1%", "Vessel calls: 5,912 (+3.1%)", "ship visits
// numbered 1,204, up 6%"; or stand before the ships as their number's comparative, "Roughly 40 percent more ships refuelled
// with LNG alongside its quays than in 2024", "12% fewer vessels called", "some 15 per cent more tankers docked".)
const SHIP_COUNT_THEN_CHANGE_BEFORE = /\b(?:vessel|ship)s?\s+(?:calls|arrivals|visits|movements)\b[^,;\d]{0,30}?\d[\d,]*\s*(?:(?:vessels|ships)\s*)?(?:[,(]\s*)?(?:(?:up|down)\s+)?[+-]?$/i;
const MORE_SHIPS_AFTER = /^\s*(?:more|fewer|less)\s+(?:[\w-]+\s+)?(?:ships|vessels|tankers|bulk\s+carriers)\b/i;
const shipsAtPort = (before: string, after: string): boolean => (SHIPS_AT_PORT_BEFORE.test(before) || SHIPS_AT_PORT_AFTER.test(after)) && !TRADE_WORD.test(before);
const SHIP_SIZE_UNIT = /^\s*(?:million|mln|mn|m|thousand|billion)?\s*(?:gross\s+(?:registered\s+)?(?:tonnes|tons|tonnage)|deadweight(?:\s+(?:tonnes|tons|tonnage))?|GRT|GT|DWT)\b/i;
// "287.4 million gross tonnes (GT), up 4.0%": the growth of the size given right before it.
const SHIP_SIZE_LEVEL_BEFORE = /\d\s*(?:million|mln|mn|m|thousand|billion)?\s*(?:gross\s+(?:registered\s+)?(?:tonnes|tons|tonnage)|deadweight(?:\s+(?:tonnes|tons|tonnage))?|GRT|GT|DWT)\b(?:\s*\([A-Z]{2,3}\))?\s*,?\s*(?:up|down|an?\s+(?:increase|decrease|rise|fall|drop)\s+of)?\s*$/i;
// The size named before its amount: "with a combined gross tonnage of 48.2 million", "an aggregate deadweight totalling 3.1
// million", "their gross registered tonnage came to 12 million", "a total GT of 9.4 million".
const SHIP_SIZE_NAMED_BEFORE = /\b(?:gross\s+(?:registered\s+)?(?:tonnage|tonnes|tons)|deadweight(?:\s+(?:tonnage|tonnes|tons))?|GRT|GT|DWT)\s+(?:(?:of|totall?ing|amounting\s+to|reaching|at)|(?:was|were|stood\s+at|came\s+to|reached|totall?ed|amounted\s+to|rose\s+to|fell\s+to))\s+(?:(?:about|around|some|nearly|roughly|almost|more\s+than|over|just\s+(?:over|under))\s+)?$/i;
const BUNKER_SOLD = /\bbunker(?:ing)?\s+(?:fuel\s+)?(?:sales|sold|volumes?|deliveries|supplies)\b|\b(?:sales|deliveries|supplies)\s+of\s+bunker|\bas\s+(?:a\s+)?marine\s+fuels?\b/i;

const SPENDING_AFTER = /^\s*(?:[\w-]+\s+)?(?:capital|investment|infrastructure)\s+(?:(?:expenditure|spending)\s+)?(?:program(?:me)?s?|spending|expenditures?|plans?|budgets?|funds?|projects?)\b/i;

const MANY_COUNT = String.raw`(?:\d{1,3}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty)(?:[- ][a-z]+)?)`;
const TRADE_OF_MEMBERS_BEFORE = new RegExp(String.raw`\b(?:trade|exports|imports|turnover|commerce)\s+(?:[a-z]+\s+){0,2}?(?:among|across|within|of|by)\s+(?:all\s+)?the\s+${MANY_COUNT}\s+(?:[A-Z][\w-]*\s+){0,3}?(?:[Mm]ember\s+)?(?:economies|countries|[Ss]tates|members|nations)\b(?:[^.;]|\.(?=\d)){0,80}$`, 'i');

// What the release's figures leave out, said of the subject before the amount (the rule 'amount the figures leave out').
const REPORTED_FIGURES = String.raw`(?:the|these|those|our|its|their|official|customs)\s+(?:[\w-]+\s+)?(?:figures|data|numbers|totals|statistics|tables|trade\s+figures)`;
const LEFT_OUT_OF_FIGURES_BEFORE = new RegExp(String.raw`(?:\b(?:which|that)\s+${REPORTED_FIGURES}\s+(?:(?:used|given|shown|quoted|cited)\s+(?:here|above|below)\s+)?(?:exclude|excludes|omit|omits|leave\s+out|do\s+not\s+(?:include|count|cover))|\b(?:excluded|omitted|left\s+out|not\s+(?:included|counted))\s+(?:from|of|in)\s+${REPORTED_FIGURES})\b(?:(?!\b(?:while|whereas|but|and)\b)[^.;]){0,90}$`, 'i');

/** Ordered by how often real releases use them; the first rule that matches names the reason. */
export const NON_FIGURE_RULES: readonly NonFigureRule[] = [
  {
    name: 'route or line count',
    gate: /\b(?:routes?|lines?|corridors?|destinations?|cities|countries|regions|provinces|stations|berths)\b/i,
    gateWords: ['route', 'line', 'corridor', 'destination', 'cities', 'countries', 'regions', 'provinces', 'stations', 'berths'],
    examples: ['the number of freight train routes via the port has reached 80', 'the port now serves 69 China-Europe freight train routes'],
    test: (s, f) => f.kind === 'level' && f.measure === 'count' && ((NETWORK_AFTER.test(s.slice(f.end, f.end + 60)) && !CARRIERS_COUNTED.test(s.slice(f.start, f.end))) || NETWORK_BEFORE.test(clauseBefore(s, f.start)) || NETWORK_TOTAL_BEFORE.test(s.slice(Math.max(0, f.start - 120), f.start))),
  },
  {
    name: 'size class of a berth or ship',
    gate: /\bclass\b/i,
    gateWords: ['class'],
    examples: ['the port operates 11 container berths of 100,000 tonnes class', 'a 300,000-ton-class ore carrier docked'],
    test: (s, f) => f.kind === 'level' && SIZE_CLASS_AFTER.test(s.slice(f.end, f.end + 12)),
  },
  {
    name: 'transport work',
    gate: /kilomet|km\b/i,
    gateWords: ['kilomet', 'km'],
    // Tonnes or passengers carried times the distance they went measure the work of transport, not the goods traded: the
    // unit read for the number ("tonne") goes on into the distance.
    examples: ['waterway transport completed 310.2 billion tonne kilometres', 'railways performed 31 billion ton km'],
    test: (s, f) => f.kind === 'level' && DISTANCE_AFTER.test(s.slice(f.end, f.end + 14)),
  },
  {
    name: 'people counted',
    gate: /\b(?:killed|died|deaths?|infected|injured|patients|employ\w*|people|persons|lives|workers|employees|residents|visitors|tourists|shoppers|consumers|customers|visits|number)\b/i,
    gateWords: ['killed', 'died', 'death', 'infected', 'injured', 'patients', 'employ', 'people', 'persons', 'lives', 'workers', 'residents', 'visitors', 'tourists', 'shoppers', 'consumers', 'customers', 'visits', 'number'],
    // A people noun right after the number counts people whatever unit the sentence lent it
    // ("sold 26.8 billion yuan of goods to 5.1 million shoppers" is no amount of yuan).
    examples: ['the outbreak has killed more than 3,300 people', 'the firm employs 1,200 workers', 'sold goods worth 9 billion yuan to 2.3 million shoppers', 'and 2.6 million visits were made to the center'],
    test: (s, f) => f.kind === 'level' && (PEOPLE_AFTER.test(s.slice(f.end, f.end + 20)) || ((f.measure === 'count' || f.unit === '') && (PEOPLE_BEFORE.test(clauseBefore(s, f.start, 50)) || NUMBER_OF_PEOPLE_BEFORE.test(clauseBefore(s, f.start, 100))))),
  },
  {
    name: 'one thing named',
    gate: /\bone\b/i,
    gateWords: ['one'],
    examples: ['small lots of many goods packed in one container', 'the order left on one truck'],
    test: (s, f) => f.kind === 'level' && f.measure === 'count' && f.value === 1 && ONE_THING.test(s.slice(f.numStart, f.numEnd)),
  },
  {
    // "one in every three motorcycles exported by China", "one out of five cars sold abroad": a ratio, neither of its
    // numbers an amount of goods.
    name: 'one in every few',
    gate: /\bone\s+(?:in|out\s+of)\s/i,
    gateWords: ['one'],
    examples: ['about one in every three motorcycles exported by the country was made in the city', 'one out of five cars sold abroad'],
    test: (s, f) => f.kind === 'level' && (ONE_IN_BEFORE.test(s.slice(Math.max(0, f.start - 24), f.start)) || ONE_IN_AFTER.test(s.slice(f.end, f.end + 16))),
  },
  {
    // "The association's members exported 598,000 cars. BYD alone sold 131,000 cars overseas.": one firm singled out
    // by "alone" is a company's own sales, not the trade of a place (a place singled out so, "Guangdong alone", stays).
    name: 'one firm singled out',
    gate: /\balone\s+(?:sold|shipped|exported|delivered)\b/,
    gateWords: ['alone'],
    examples: ['BYD alone shipped 81,000 vehicles overseas', 'Vale alone sold 21 million tonnes abroad'],
    test: (s, f) => f.kind === 'level' && firmSingledOut(clauseBefore(s, f.start)),
  },
  {
    // "Chery remained the largest exporter among Chinese carmakers with 121,400 vehicles ..., followed by BYD with 83,200": a
    // ranking of firms gives each firm's own sales, which the conventions do not label (one company's numbers).
    name: 'firms ranked',
    gate: FIRMS_RANKED,
    gateWords: ['among'],
    examples: ['Chery remained the largest exporter among Chinese carmakers with 121,400 vehicles, followed by BYD with 83,200', 'Vale stayed the top supplier among the miners at 21 million tonnes'],
    test: (_s, f) => f.kind === 'level',
  },
  {
    name: 'firms ranked as the subject',
    gate: /\b(?:groups?|carmakers?|automakers?|compan(?:y|ies)|firms?|manufacturers?|producers?|miners?|brands?|makers?|enterprises?|refiners?|crushers?|traders?|conglomerates?|single|individual)\b/i,
    gateWords: ['group', 'maker', 'compan', 'firm', 'manufacturer', 'producer', 'miner', 'brand', 'enterprise', 'refiner', 'crusher', 'trader', 'conglomerate', 'single', 'individual'],
    examples: ['The top ten exporting groups shipped 3.9 million vehicles between them', 'the largest single exporter sold more than 780,000 cars overseas'],
    test: (s, f) => f.kind === 'level' && FIRMS_AS_SUBJECT_BEFORE.test(clauseBefore(s, f.start, 140)),
  },
  {
    // "the gap between the two sets of figures", "the three sets of data do not match": a count of statistics compared
    // (a mirror figure beside a country's own), no amount traded.
    name: 'sets of statistics',
    gate: /\bsets?\s+of\b/i,
    gateWords: ['set'],
    examples: ['Experts put the gap between the two sets of figures down to transit trade', 'the two sets of data differ by $6 billion'],
    test: (s, f) => f.kind === 'level' && SETS_OF_STATISTICS_AFTER.test(s.slice(f.numEnd, f.numEnd + 60)),
  },
  {
    name: 'count of places in a ranking',
    gate: /\b(?:busiest|largest|biggest|leading|important|fastest)\b/i,
    gateWords: ['busiest', 'largest', 'biggest', 'leading', 'important', 'fastest'],
    examples: ["keeping it among the world's four busiest container ports", 'one of the three largest suppliers of the bloc', 'its five biggest trading partners'],
    test: (s, f) => f.kind === 'level' && RANK_COUNT_BEFORE.test(s.slice(Math.max(0, f.start - 30), f.start)) && RANK_SUPERLATIVE_AFTER.test(s.slice(f.numEnd, f.numEnd + 30)),
  },
  {
    name: 'forecast of a flow',
    gate: /\b(?:forecast|predict|project|expect|anticipat|sees?\b|seeing|reckon|think|thought|believ|estimat|guess|bet)/i,
    gateWords: ['forecast', 'predict', 'project', 'expect', 'anticipat', 'see', 'reckon', 'think', 'thought', 'believ', 'estimat', 'guess', 'bet'],
    examples: ['analysts wrote in a note, forecasting arrivals of around 44 million tons', 'the bank predicts imports of 560 million tonnes for the year', 'traders see imports of about 11 million tonnes in November', 'Analysts reckon 2023 shipments will land at roughly 52,000 tonnes', 'He sees full-year exports landing near $683 billion'],
    test: (s, f) => f.kind === 'level' && (FORECAST_FLOW_BEFORE.test(clauseBefore(s, f.start, 120)) || FORECAST_CLAUSE_BEFORE.test(clauseBefore(s, f.start, 120)) || yearOfForecastSubject(s, f) || FORECASTER_PUTS_BEFORE.test(clauseBefore(s, f.start, 200))),
  },
  {
    name: 'amount said to come later',
    gate: /\b(?:will|shall|should|could|may|might|expected|due|set|scheduled|forecast|projected|poised|likely|estimated|slated|track|course)\b/i,
    gateWords: ['will', 'shall', 'should', 'could', 'may', 'might', 'expected', 'due', 'set', 'scheduled', 'forecast', 'projected', 'poised', 'likely', 'estimated', 'slated', 'track', 'course'],
    examples: ['Ship-tracking data suggest around 9 million tons will arrive in November', 'another 2 million tonnes is due to be loaded at the terminal'],
    test: (s, f) => f.kind === 'level' && FUTURE_SUBJECT_AFTER.test(s.slice(f.end, f.end + 80)),
  },
  {
    name: 'planned flow',
    gate: /\b(?:planned|targeted|budgeted)\b/i,
    gateWords: ['planned', 'targeted', 'budgeted'],
    examples: ['Planned throughput for 2019: 250 million tonnes', 'the targeted exports of 5 billion dollars for next year'],
    test: (s, f) => f.kind === 'level' && PLANNED_FLOW_BEFORE.test(clauseBefore(s, f.start, 120)),
  },
  {
    name: 'production at home',
    gate: /\b(?:throughput|runs|processing|output|production|crush(?:ings?)?|grind(?:ings?)?)\b/i,
    gateWords: ['throughput', 'runs', 'processing', 'output', 'production', 'crush', 'grind'],
    examples: ['statistics bureau data showed refinery throughput of 62 million tons in September', 'crude runs rose to 14.8 million barrels', 'power output reached 790 billion kilowatt-hours'],
    test: (s, f) => f.kind === 'level' && HOME_OUTPUT_BEFORE.test(clauseBefore(s, f.start, 120)),
  },
  {
    name: 'processed at home by its processors',
    gate: /\b(?:crushers?|refiners?|refiner(?:y|ies)|mills?|millers?|processors?|grinders?|smelters?|roasters?|plants?|factor(?:y|ies))\b/i,
    gateWords: ['crusher', 'refiner', 'mill', 'processor', 'grinder', 'smelter', 'roaster', 'plant', 'factor'],
    examples: ['Crushers processed about 9.8m t in July', 'the mills ground 310,000 tonnes of wheat', 'smelters in Yunnan consumed 1.1 million tonnes'],
    test: (s, f) => f.kind === 'level' && PROCESSORS_USED_BEFORE.test(s.slice(Math.max(0, f.start - 70), f.start)),
  },
  {
    name: 'sold from state reserves at home',
    gate: /\b(?:auctions?|reserves?|stockpiles?|stocks)\b/i,
    gateWords: ['auction', 'reserve', 'stockpile', 'stocks'],
    examples: ['State reserve manager Sinograin sold 450k t of imported soybeans at auction from reserves', 'the agency auctioned 1.2 million tonnes of corn from state stockpiles'],
    test: (s, f) => f.kind === 'level' && RESERVE_SALE_BEFORE.test(s.slice(Math.max(0, f.start - 30), f.start)) && RESERVE_SALE_AFTER.test(s.slice(f.end, f.end + 100)),
  },
  {
    name: 'crop or output estimated',
    gate: /\b(?:crops?|harvests?|output|production)\b/i,
    gateWords: ['crop', 'harvest', 'output', 'production'],
    examples: ['CAI has put exports for the season at 14 lakh bales and pegged the crop at 295 lakh bales', 'the cotton crop is estimated at 31 million bales', 'the board raised its production forecast to 19.5 million tonnes', 'a crop estimate of 118 million bags'],
    test: (s, f) => f.kind === 'level' && CROP_AMOUNT_BEFORE.test(clauseBefore(s, f.start, 120)),
  },
  {
    // "among the world's top five container hubs", "one of its top 10 trading partners": the size of a ranking, no amount.
    // "top" as a verb ("exports top 5 million tonnes") has no determiner before it; a scale word after the number is an amount.
    name: 'size of a ranking',
    gate: /\btop\b/i,
    gateWords: ['top'],
    examples: ["keeping its place among the world's top five container hubs", 'one of the top 10 trading partners of the bloc'],
    test: (s, f) => f.kind === 'level' && RANK_TOP_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)) && !SCALE_AFTER.test(s.slice(f.numEnd, f.numEnd + 12)),
  },
  {
    // "Chery Automobile remained the largest exporter, shipping 1.12 million units overseas": a firm ranked first on its own
    // gives its own shipments after the rank, no trade of a place ("Russia remained the top supplier, shipping ..." stays).
    name: 'one firm ranked',
    gate: /\b(?:exporters?|importers?|sellers?|shippers?|suppliers?|buyers?|carmakers|automakers|makers|manufacturers|brands|producers|miners|houses|traders|merchants|firms|companies|operators|carriers|refiners|crushers|mills|smelters|dealers)\b/,
    gateWords: ['exporter', 'importer', 'seller', 'shipper', 'supplier', 'buyer', 'makers', 'manufacturers', 'brands', 'producers', 'miners', 'houses', 'traders', 'merchants', 'firms', 'companies', 'operators', 'carriers', 'refiners', 'crushers', 'mills', 'smelters', 'dealers'],
    examples: ['Chery Automobile remained the largest exporter, shipping 1.12 million units overseas', 'Vale was again the top seller, with 21 million tonnes', 'Chery again led the exporters with 118,000 vehicles'],
    test: (s, f) => {
      if (f.kind !== 'level') return false;
      const m = FIRM_RANKED_ALONE.exec(s.slice(0, f.start));
      return m !== null && namesFirm(m[1] ?? m[2]);
    },
  },
  {
    // A share of firms (those that resumed work, that reported orders) measures the firms, as their count does.
    name: 'share of firms',
    gate: /\b(?:enterprises|companies|firms|businesses|exporters|importers|traders)\b/i,
    gateWords: ['enterprises', 'companies', 'firms', 'businesses', 'exporters', 'importers', 'traders'],
    examples: ['95 percent of the province\'s key foreign trade enterprises had resumed work', 'some 60% of exporters reported new orders'],
    test: (s, f) => f.kind === 'percent' && SHARE_OF_FIRMS_AFTER.test(s.slice(f.end, f.end + 90)),
  },
  {
    name: 'share of survey respondents holding a view',
    gate: SURVEY_WORD,
    gateWords: ['survey', 'poll', 'questionnaire', 'respondent', 'canvass', 'interviewed', 'questioned', 'asked'],
    examples: ['In a poll of 1,500 member exporters, 38.2 percent expected gains, while 30.4 percent saw a decline', 'In the autumn survey 22% of members were upbeat and 41 percent expect a decline'],
    test: (s, f) => f.kind === 'percent' && RESPONDENTS_VIEW_AFTER.test(s.slice(f.numEnd, f.numEnd + 90)),
  },
  {
    // Real releases count firms often ("4,377 enterprises had import and export records"); the labelling
    // convention of real releases does not count them as trade figures, nor the change in their number.
    name: 'count of firms',
    gate: /\b(?:enterprises?|compan(?:y|ies)|firms?|businesses|exporters|importers|performers|traders|entities|[a-z]*makers|manufacturers|producers|suppliers)\b/i,
    gateWords: ['enterprise', 'compan', 'firm', 'businesses', 'exporters', 'importers', 'performers', 'traders', 'entities', 'makers', 'manufacturers', 'producers', 'suppliers'],
    examples: ['4,377 foreign trade enterprises had import and export records', 'the number of exporting firms rose 6.1 percent to 1,290', '668,000 enterprises had import and export records, 4.2% more than a year earlier', 'the number of firms with import and export records came to 512,000, some 3.1 percent more than a year before', 'more than 100 new-energy vehicle makers had shipped cars abroad', 'More than 80 Chinese carmakers exported vehicles'],
    // "the number of registered market entities has exceeded 9,000": the count after the noun too.
    test: (s, f) => (f.kind === 'level' && (f.unit === 'enterprises' || ((f.measure === 'count' || f.unit === '') && FIRMS_RIGHT_AFTER.test(s.slice(f.numEnd, f.numEnd + 60))) || (f.measure === 'count' && FIRM_COUNT_BEFORE.test(clauseBefore(s, f.start))))) || (f.kind === 'percent' && !FIRMS_TRADE_THEN.test(clauseBefore(s, f.start)) && ([FIRM_COUNT_BEFORE, AFTER_FIRM_COUNT, FIRM_COUNT_THEN_CHANGE].some((re) => re.test(clauseBefore(s, f.start))) || (FIRM_COUNT_THEN_MORE.test(clauseBefore(s, f.start)) && MORE_OR_FEWER_AFTER.test(s.slice(f.end, f.end + 30))))),
  },
  {
    // "Of this £1.6 billion:", "Of that $4.2 billion, ...", "Of the 310,000 tonnes," over the parts: the whole stated in the
    // sentence before, named again to split it (b288-06), is no figure of its own.
    name: 'whole named again before its parts',
    gate: /\bOf\s+(?:this|that|the|these)\b/,
    gateWords: null,
    examples: ['Of this £1.6 billion: UK exports were £870 million', 'Of that $4.2 billion, machinery made up half'],
    test: (s, f) => f.kind === 'level' && WHOLE_AGAIN_BEFORE.test(s.slice(Math.max(0, f.start - 30), f.start)) && WHOLE_AGAIN_AFTER.test(s.slice(f.end, f.end + 3)),
  },
  {
    name: 'change in money after a change in percent',
    gate: /\(|(?:%|cent|pct|pc)\s*,/i,
    gateWords: null,
    examples: ['Exports of goods and services fell 1.8% ($791m) to $43,208m', 'imports rose 0.1 per cent (A$51 million)', 'Credits rose 4%, $1,520m, to $39,004m'],
    test: (s, f) => f.kind === 'level' && (closesBracketAt(s, f.end, 4) || CHANGE_MONEY_ASIDE_AFTER.test(s.slice(f.end, f.end + 20))) && CHANGE_PERCENT_THEN_BRACKET.test(s.slice(Math.max(0, f.start - 60), f.start)),
  },
  {
    name: 'change over several years',
    gate: /\b(?:years|decades?|times|fold)\b/i,
    gateWords: ['years', 'decade', 'times', 'fold'],
    examples: ['Youyiguan Port trade up nearly 2.5 times in a decade', 'exports have grown 80 percent over the past five years', 'about 2.7 times the 102.8 billion yuan recorded in 2019', 'three times the 2016 level'],
    test: (s, f, anchor) => f.kind === 'percent' && (OVER_SEVERAL_YEARS_AFTER.test(s.slice(f.end, f.end + 50)) || (f.multiple === true && multipleOfOldLevel(s, f, anchor))),
  },
  {
    name: 'growth averaged over several years',
    gate: /\baverag|\bcompound(?:ed)?\s+annual|\bCAGR\b/i,
    gateWords: ['averag', 'compound', 'cagr'],
    examples: ['Compared with the first two months of 2024, the two-year average growth rate of trade was 4.2 percent', 'On a two-year average basis, the province\'s trade grew 1.4 percent', 'an average annual growth of 6.1 percent since 2020', 'our trade grew by an average of 26 percent a year', 'Growth has averaged 7.1 per cent annually since 2021', 'They have risen 9 percent a year on average since 2020', 'a compound annual growth rate of roughly 11 percent over five years', 'a CAGR of 9 percent since 2019'],
    test: (s, f) => f.kind === 'percent' && (MULTI_YEAR_AVERAGE.test(commaClause(s, f)) || MULTI_YEAR_AVERAGE_OPENING.test(s)),
  },
  {
    name: 'change from a peak or a trough',
    gate: /\b(?:peaks?|highs?|troughs?|lows?)\b/i,
    gateWords: ['peak', 'high', 'trough', 'low'],
    examples: ['Container spot rates are down roughly 40 percent from their peak', 'solar exports sit 35% below the 2022 high', 'volumes are 18 percent off last year\'s record high', 'rebounded 60% from the pandemic-era lows', 'futures settled about 9% below their March peak'],
    test: (s, f) => f.kind === 'percent' && FROM_PEAK_AFTER.test(s.slice(f.end, f.end + 60)),
  },
  {
    // Brazil's and Korea's agencies compare daily averages (per working day); the conventions label no daily
    // average, nor the change in one.
    name: 'changes of a daily average',
    gate: /\b(?:daily[- ]averages?|average\s+(?:daily|per))\b/i,
    gateWords: ['daily', 'average'],
    examples: ['By the daily average, exports grew 5.1% compared with November 2025, while imports rose 2.3%', 'On a daily-average basis, shipments climbed 4.4 percent', 'In the comparison of daily averages, farm exports grew 8.1%'],
    test: (s) => DAILY_AVERAGE_OPENING.test(s),
  },
  {
    // Weekly and single-day counts are no reporting period: the period carried from earlier sentences
    // would date them wrongly ("128 trains last week", "On Monday alone, 96 trucks ...").
    name: 'figure of a day or a week',
    gate: new RegExp(`${DAY_OR_WEEK.source}|\\b(?:each|every|per|a)\\s+week\\b`, 'i'),
    gateWords: ['week', 'day', 'alone'],
    // (A week of publication is no figure's week: "figures released last week show exports fell 11.7 percent".)
    examples: ['the port handled 128 freight trains last week, bringing the total so far this year to 3,402', 'On Monday alone, 96 trucks crossed the port', 'about 40 trains leave the hub each week'],
    test: (s, f) => DAY_OR_WEEK.test(commaClause(s, f).replace(PUBLISHED_IN_WEEK, ' ')) || DAY_OR_WEEK_OPENING.test(s) || (f.kind === 'level' && PER_WEEK_CLAUSE_AFTER.test(s.slice(f.end, f.end + 60))),
  },
  {
    // An amount written as one hyphenated word before a noun of total, with "the" or "that" before it, names back a figure the
    // release has already given: "noting that the 37.31-trillion-yuan total was a record", "The $2.7-billion figure was revised
    // up", "that 4.9-million-tonne tally". (Not "a 3.5-billion-dollar deal", nor "reached a record 2.1-trillion-yuan total".)
    name: 'amount named back as one word',
    gate: /\d-(?:[a-z]+-)?[a-z]+\s+(?:total|figure|tally|sum|level|mark|haul)\b/i,
    gateWords: ['total', 'figure', 'tally', 'sum', 'level', 'mark', 'haul'],
    examples: ['the GACC noted that the 37.31-trillion-yuan total was the highest ever', 'The $2.7-billion figure was the largest since 2019', 'officials said that 4.9-million-tonne tally set a record'],
    test: (s, f) => f.kind === 'level' && HYPHENED_TOTAL.test(s.slice(f.numStart, f.end + 30)) && NAMED_BACK_BEFORE.test(s.slice(Math.max(0, f.start - 20), f.start)),
  },
  {
    // Goods lying in a store on a day are a stock, not a flow over a period: "about 620,000 cubic meters of logs were stacked
    // in the port's storage yards", "some 1.3 million tonnes of ore sat in bonded warehouses", "Warehouses in the zone held
    // 45,000 tonnes of copper". (Goods that pass through a store, "handled ... in its warehouses", are throughput.)
    name: 'goods held in a store',
    gate: /\b(?:yards?|warehouses?|tanks?|silos?|depots?|stockyards?|storage)\b/i,
    gateWords: ['yard', 'warehouse', 'tank', 'silo', 'depot', 'stockyard', 'storage'],
    examples: ["about 620,000 cubic meters of logs and sawn wood were stacked in the port's storage yards", 'some 1.3 million tonnes of iron ore sat in bonded warehouses at the end of June', "roughly 80,000 tonnes of soybeans remained stored in the terminal's silos", 'Warehouses in the free trade zone held 45,000 tonnes of copper at the end of May'],
    test: (s, f) => f.kind === 'level' && (STORED_AFTER.test(s.slice(f.end, f.end + 160)) || STORE_HELD_BEFORE.test(clauseBefore(s, f.start, 100))),
  },
  {
    // "transit trade currently stands at 1.5 million tonnes": a level of no period, which the period
    // carried from earlier sentences would date wrongly. A sentence naming a period keeps its figures, unless the period
    // comes in a clause after the level's ("..., while officials aim to reach 7.5 million tonnes by 2029").
    name: 'present level without a period',
    gate: /\b(?:currently|at\s+present|presently)\b/i,
    gateWords: ['currently', 'present'],
    examples: ['transit trade with the country currently stands at 1.5 million tonnes a year', 'transit volume currently stands at 2.1 million tonnes, while the two sides aim for 5 million tonnes by 2030'],
    test: (s, f) => /\b(?:currently|at\s+present|presently)\b/i.test(commaClause(s, f)) && !PERIOD_WORD.test(throughClauseOf(s, f)),
  },
  {
    // A revised month's first estimate is superseded: the revised figure is the row.
    name: 'superseded estimate',
    gate: /\b(?:initially|originally|previously|first)\s+(?:reported|estimated|published|announced|given)\b|\b(?:earlier|initially|originally|previously|first)\s+(?:been\s+)?(?:put|pegged|placed|given|reported|estimated|published|announced|recorded|stated|shown)\b|\bbefore\s+(?:the\s+)?revision\b|\brevised\b|\b(?:reported|published|given|announced)\s+(?:last\s+month|earlier|a\s+month\s+(?:ago|earlier))\b|\bearlier\s+(?:put|pegged|reported|given)\b|\b(?:preliminary|flash|initial|advance|provisional|earlier|first)\b[^;]{0,80}?\bhad\b|\bfrom\s+(?:an?|the|its)\s+(?:preliminary|provisional|initial|earlier|advance|flash|first|original|previous|prior|early)\b/i,
    gateWords: ['initially', 'originally', 'previously', 'first', 'revision', 'revised', 'reported', 'published', 'given', 'announced', 'earlier', 'preliminary', 'flash', 'initial', 'advance', 'provisional', 'original', 'previous', 'prior', 'early'],
    examples: ["August's gap was initially reported at $3.6 billion", 'revised the growth to 1.1% from a previously reported 0.7%', 'revised to $3.3 billion from an originally reported $3.6 billion', '$3.6 billion before revision', 'the September deficit was revised from $0.6 billion', 'revised its August figure to 46,200 tons from the 42,600 tons reported last month', 'Customs had earlier put June exports at 241,000t', 'The July deficit had first been put at C$1.9 billion', 'exports in May grew 4.9 percent, rather than the 4.3 percent first announced', 'the revised total is 292.1 billion yuan, against the 291.6 billion yuan released in July', 'The preliminary count, released in February, had shown 136.2 billion dollars', 'cut the growth to 1.2 percent from an initial 1.9 percent'],
    // A first estimate of a change is superseded the same way ("revised July's growth to 1.1% from a previously reported 0.7%").
    test: (s, f) => ((f.kind === 'level' || f.kind === 'percent') && (SUPERSEDED_BEFORE.test(clauseBefore(s, f.start, 80)) || FROM_FIRST_READING_BEFORE.test(clauseBefore(s, f.start, 80)) || REVISED_FROM_BEFORE.test(clauseBefore(s, f.start, 80)) || EARLIER_PUT_BEFORE.test(clauseBefore(s, f.start, 80)) || FIRST_READING_HAD_BEFORE.test(clauseBefore(s, f.start, 140)) || BEFORE_REVISION_AFTER.test(s.slice(f.end, f.end + 30)) || REPORTED_EARLIER_AFTER.test(s.slice(f.end, f.end + 60)))) || supersededInRevision(s, f),
  },
  {
    name: 'earlier reading named beside a revision',
    gate: /\b(?:previously|formerly|earlier|initially|originally|revision|preliminary|provisional|flash|advance|initial|first|original|previous|prior)\b/i,
    gateWords: ['previously', 'formerly', 'earlier', 'initially', 'originally', 'revision', 'preliminary', 'provisional', 'flash', 'advance', 'initial', 'first', 'original', 'previous', 'prior'],
    examples: ['imports to 39.31 billion dollars (previously 39.12 billion)', 'up 0.9% (preliminary estimate: 21.73 billion dollars)', 'slightly above the preliminary estimate of 767.9 billion', 'revised to 4.2% (formerly 3.9%)'],
    test: (s, f) => (f.kind === 'level' || f.kind === 'percent') && SUPERSEDED_ASIDE_BEFORE.test(s.slice(Math.max(0, f.start - 80), f.start)),
  },
  {
    // A correction notice's retracted figure is no row: the corrected one is.
    name: 'retracted figure in a correction',
    gate: /correct|\bmisstat|\b(?:erroneously|wrongly|mistakenly)\b|\bshould\s+have\b|,\s*(?:and\s+)?not\s|\brather\s+than\b|\binstead\s+of\b|\b(?:post|version|update|entry|story|article|report|item|edition)\b/i,
    gateWords: ['correct', 'misstat', 'erroneously', 'wrongly', 'mistakenly', 'should', 'not', 'rather', 'instead', 'post', 'version', 'update', 'entry', 'story', 'article', 'report', 'item', 'edition'],
    examples: ['The correct figure is 638 million yuan, not 683 million yuan', 'should have read 4.1%, not 1.4%', 'An earlier version incorrectly said exports rose 5.2%', 'misstated the surplus as $9 billion', 'They were 2.93 trillion yuan, not 2.39 trillion yuan', 'totalled 84.693 million tonnes, rather than the 84.963 million tonnes shown in the table', 'an earlier post said Chinese imports rose 1.2% last month', 'In our 08:14 post we put the February surplus at 16.0 billion euros'],
    test: (s, f) => retractedInCorrection(s, f),
  },
  {
    // An erratum's misprinted figure is no row: the corrected one is.
    name: 'misprinted figure in an erratum',
    gate: /print|typ(?:ed|eset)|keyed|appear|\bread\b/i,
    gateWords: ['print', 'typed', 'typeset', 'keyed', 'appear', 'read'],
    examples: ['the value of exports was printed as USD 19.93 billion', 'the surplus had been misprinted as 4.8 billion', 'for 19.93 billion read 19.39 billion'],
    test: (s, f) => misprintedInErratum(s, f),
  },
  {
    // What customs did is its workload, not trade: declarations processed and batches of goods
    // inspected, checked or quarantined, with their growth ("142,000 customs declarations, an increase of 18.5%").
    name: 'customs workload',
    gate: /\b(?:declarations?|batch(?:es)?)\b/i,
    gateWords: ['declaration', 'batch'],
    examples: ['Erenhot Customs processed 58,260 declarations and inspected 1,274 batches of goods', 'handled 142,000 customs declarations, an increase of 18.5% year on year', 'processed more than 11,000 customs declarations, and 95 percent of them were cleared within two hours', 'had processed 22 percent more export declarations than a year before'],
    test: (s, f) => (f.kind === 'level' && (f.unit === 'declarations' || (f.unit === 'shipments' && /\bbatch/i.test(f.phrase)))) || (f.kind === 'percent' && isWorkloadPercent(s, f)),
  },
  {
    // Parcels and packages counted are consignments, not quantities of goods (batch 12): "the zone cleared
    // 143.6 million e-commerce parcels"; what they were worth stays a figure.
    name: PARCELS_RULE,
    gate: /\b(?:parcels?|packages?)\b/i,
    gateWords: ['parcel', 'package'],
    examples: ['the zone cleared 143.6 million e-commerce parcels in the period', 'processed 96.4 million parcels, worth 7.8 billion yuan', 'supervised 52 million parcels in the province in the first half, up 31 percent'],
    test: (s, f) => (f.kind === 'level' && f.unit === 'shipments' && /\b(?:parcels?|packages?)\b/i.test(f.phrase)) || (f.kind === 'percent' && PARCELS_GROWTH_BEFORE.test(clauseBefore(s, f.start, 140))),
  },
  {
    // A threshold passed again and again is a streak, not a figure: "topped 7,000 for the fifth consecutive
    // year", "It was the fifth year in a row that the number of trains exceeded 5,000".
    name: 'threshold of a streak',
    gate: STREAK,
    gateWords: ['consecutive', 'straight', 'row', 'running', 'successive'],
    examples: ['It was the fifth consecutive year that the number of trains through the port topped 7,000', 'the number has exceeded 5,000 for the fifth year in a row'],
    test: (s, f) => f.kind === 'level' && f.qualifier === 'more_than' && (STREAK.test(commaClause(s, f)) || STREAK_OPENING.test(s)),
  },
  {
    name: 'time taken to clear goods',
    gate: /\btimes?\b/i,
    gateWords: ['time'],
    examples: ['it had cut the average clearance time at land ports by 12 percent', 'the overall time needed to clear imports fell 15.2 percent', 'export clearance took 9 percent less time', 'waiting times for trucks at the gate were shortened by 30 percent'],
    test: (s, f) => timeTaken(s, f),
  },
  {
    // What a port or a line can handle is no trade: "the daily clearance capacity reaches 3,200 vehicles",
    // "a designed annual capacity of 20 million tonnes".
    name: 'capacity',
    gate: /\b(?:capacit(?:y|ies)|storage|store|hold|carry|load|accommodate|handle)\b/i,
    gateWords: ['capacit', 'storage', 'store', 'hold', 'carry', 'load', 'accommodate', 'handle'],
    examples: ['the daily clearance capacity of the port reaches 3,200 vehicles', 'a designed annual handling capacity of 20 million tonnes', 'eight car carriers, each able to carry up to 9,200 cars', 'the canal is designed to carry about 89 million tonnes of cargo a year'],
    test: (s, f) => f.kind === 'level' && CAPACITY_BEFORE.test(clauseBefore(s, f.start, 80)),
  },
  {
    // What travellers buy in duty-free shops is retail, not trade (batch 17): "visitors, who bought goods
    // worth 6.8 billion yuan in the center's duty-free shops".
    name: 'duty-free purchases',
    gate: /\bduty-free\b/i,
    gateWords: ['duty-free'],
    examples: ["visitors, who bought goods worth 6.8 billion yuan in the center's duty-free shops", 'visitors spent 1.9 billion yuan on duty-free shopping', 'Turnover of airport duty-free stores in Almaty and Astana rose 30 percent'],
    test: (s, f) => (f.kind === 'level' && (DUTY_FREE_AFTER.test(s.slice(f.end, f.end + 80)) || dutyFreeSales(s.slice(Math.max(0, f.start - 200), f.start), s.slice(f.end, f.end + 40)))) || SALES_OF_DUTY_FREE_BEFORE.test(clauseBefore(s, f.start, 160)),
  },
  {
    name: 'money lent, granted or invested',
    gate: /\b(?:loans?|credit|subsid(?:y|ies)|grants?|aid|financ(?:e|ing)|funding|funds?|investments?|invested|bonds|stimulus|relief|liquidity|insurance|guarantees?|assistance|capital|equity|support|commit(?:s|ted)?|pledge[sd]?|promised|earmarked|aside|incentives?|rebates?|bail-?out)\b/i,
    gateWords: ['loan', 'credit', 'subsid', 'grant', 'aid', 'financ', 'funding', 'fund', 'investment', 'invested', 'bonds', 'stimulus', 'relief', 'liquidity', 'insurance', 'guarantee', 'assistance', 'capital', 'equity', 'support', 'commit', 'pledge', 'promised', 'earmarked', 'aside', 'incentive', 'rebate', 'bail'],
    examples: ['the government would roll out 2 trillion won in trade financing', 'pension funds have committed a further US$4 billion to Indian infrastructure platforms', 'three lines of credit to Bangladesh totalling US$ 7.86 billion', 'extended a A$ 250 million line of credit to Vietnam Electricity', 'a new state credit line of $3 billion for exporters', 'a loan of 400 million dollars from the development bank', 'where 1.6 billion yuan is being invested in new warehouses', 'the government would offer 3 trillion won in emergency loans to parts suppliers', 'the bank pledged 2 billion dollars of credit lines', 'exporters received 5 billion yuan in subsidies', 'the ministry would supply 900 billion won in emergency liquidity'],
    test: (s, f) => f.kind === 'level' && (FUNDS_AFTER.test(s.slice(f.end, f.end + 50)) || FUNDS_NOUN_AFTER.test(s.slice(f.end, f.end + 40)) || FUNDS_NAMED_BEFORE.test(s.slice(Math.max(0, f.start - 50), f.start)) || FUNDS_PASSIVE_AFTER.test(s.slice(f.end, f.end + 40)) || (FUNDS_COMMITTED_BEFORE.test(s.slice(Math.max(0, f.start - 50), f.start)) && FUNDS_DESTINATION_AFTER.test(s.slice(f.end, f.end + 20)))),
  },
  {
    name: 'amount reached by each of a counted group',
    gate: /\beach\b|\bof\s+them\b|\b(?:groups|items|products|categories|commodities|lines)\b/i,
    gateWords: ['each', 'them', 'groups', 'items', 'products', 'categories', 'commodities', 'lines'],
    examples: ['twenty-one products each earned more than 2 billion USD', 'five of them topped 8 billion dollars', 'with 40 items fetching over 1 billion USD each', 'including 12 product groups above 5 billion USD', '30 items had export value above 1 billion dollars', 'sales of over 2 billion dollars were posted by 14 product lines'],
    test: (s, f) => f.kind === 'level' && (EACH_THRESHOLD_BEFORE.test(s.slice(Math.max(0, f.start - 90), f.start)) || EACH_AFTER.test(s.slice(f.end, f.end + 12)) || countedGroupThreshold(s, f)),
  },
  {
    name: 'the worth of a thing built',
    gate: /\b(?:worth|cost\w*|valued|priced|estimated|budget\w*|put|price\s+tag|bill|spen\w*|invest\w*|pour\w*|sink\w*|sank|sunk|allocat\w*|earmark\w*)\b/i,
    gateWords: ['worth', 'cost', 'valued', 'priced', 'estimated', 'budget', 'put', 'price', 'bill', 'spen', 'invest', 'pour', 'sink', 'sank', 'sunk', 'allocat', 'earmark'],
    examples: ['a cold-chain center worth 450 million yuan is being built at the port', 'a new bonded warehouse costing $30 million opened in June', 'Kazakhstan has 13 joint projects with Chinese partners worth $4.5 billion under way', 'a cold-storage centre at the port costing 300 million yuan', 'Works on a second berth, costed at RM430 million, are under way', 'We are spending 1.4 billion zloty on the new quay'],
    test: (s, f) => f.kind === 'level' && (BUILT_WORTH_BEFORE.test(s.slice(Math.max(0, f.start - 60), f.start)) || (SPENT_VERB_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)) && ON_BUILT_AFTER.test(s.slice(f.end, f.end + 70)))),
  },
  {
    // Goods a government lets out of its own stockpiles are no trade: "Beijing's release of state copper reserves, roughly 80,000
    // tonnes so far", "the state reserve auctioned 150,000 tonnes of soybeans", "sales from national stockpiles reached 50,000
    // tonnes", "released 1.2 million barrels from the strategic reserve", "drew 30,000 tonnes out of government stocks".
    name: 'released from state reserves',
    gate: /\b(?:reserves?|stockpiles?|stocks)\b/i,
    gateWords: ['reserve', 'stockpile', 'stocks'],
    examples: ["Beijing's release of state copper reserves in July and August, roughly 80,000 tonnes so far", 'the state reserve auctioned 150,000 tonnes of soybeans', 'released 1.2 million barrels from the strategic reserve'],
    test: (s, f) => f.kind === 'level' && (STATE_RESERVE_RELEASE_BEFORE.test(clauseBefore(s, f.start, 140)) || STATE_RESERVE_SOURCE_AFTER.test(s.slice(f.end, f.end + 80))),
  },
  {
    name: 'bought at home',
    gate: /\bfrom\s+(?:(?:the\s+)?(?:country's|nation's)\s+own|domestic|local|home-grown)\s/i,
    gateWords: ['from'],
    examples: ['the central bank bought 14.2 tonnes of gold from domestic miners', 'the state reserve purchased 2 million tonnes of soybeans from local farmers'],
    test: (s, f) => f.kind === 'level' && BOUGHT_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)) && FROM_HOME_SELLERS_AFTER.test(s.slice(f.end, f.end + 100)),
  },
  {
    name: 'currency bought or sold in its market',
    gate: /\b(?:exchange|forex|FX|currency|currencies|dollar|dollars|interbank|inter-bank)\b/i,
    gateWords: ['exchange', 'forex', 'fx', 'currenc', 'dollar', 'interbank', 'inter-bank'],
    examples: ['The central bank bought more than US$20 billion in the foreign exchange market', 'net forex purchases by the bank came to $3.1 billion'],
    test: (s, f) =>
      f.kind === 'level' &&
      ((BOUGHT_OR_SOLD_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)) && CURRENCY_MARKET_AFTER.test(s.slice(f.end, f.end + 110))) || subjectOfClause(clauseBefore(s, f.start, 100), CURRENCY_DEALING_SUBJECT)),
  },
  {
    name: "one trader's own business",
    gate: /\b(?:his|her|my|our)\s+(?:own\s+)?(?:stall|shop|store|booth|company|firm|factory|business|farm|orchard|workshop)['’]/i,
    gateWords: ['his', 'her', 'my', 'our'],
    examples: ["Her stall's sales rose about 30 percent in the first quarter", "our factory's exports reached 2 million dollars"],
    test: (s, f) => ONE_TRADERS_BUSINESS.test(s.slice(Math.max(0, f.start - 100), f.start)),
  },
  {
    name: 'money set aside',
    gate: /\b(?:earmark|allocat|set(?:s|ting)?\s+aside|budgeted)/i,
    gateWords: ['earmark', 'allocat', 'aside', 'budgeted'],
    examples: ['the city has earmarked 3 billion yuan to build a logistics park', 'the province allocated RMB 500 million for border port upgrades', 'the government set aside $2 billion for exporters'],
    test: (s, f) => f.kind === 'level' && FUNDS_SET_ASIDE_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)),
  },
  {
    name: 'money sought or given to a programme',
    gate: /\b(?:outlays?|budget|appropriat|seek|sought|request|ask|appl(?:y|ies|ied|ying)\s+for|(?:budgetary|financial)\s+(?:support|allocation|outlay|assistance))/i,
    gateWords: ['outlay', 'budget', 'appropriat', 'seek', 'sought', 'request', 'ask', 'appl', 'budgetary', 'financial'],
    examples: ['An Export Promotion Mission with an outlay of Rs. 25,060 crore over six years was approved', 'The DTI is seeking P9.8 billion for its export promotion programs in 2026', 'the ministry requested an additional $40 million for trade missions', 'a budget of 12 million euros for fairs abroad'],
    test: (s, f) => f.kind === 'level' && FUNDS_SOUGHT_BEFORE.test(s.slice(Math.max(0, f.start - 60), f.start)),
  },
  {
    name: 'rate a duty is set to',
    gate: /\b(?:tariff|dut(?:y|ies)|lev(?:y|ies)|tax)/i,
    gateWords: ['tariff', 'duty', 'duties', 'levy', 'levies', 'tax'],
    examples: ['The tariff on imported rice was cut to 15 percent from 35 percent in July 2024', 'the government lowered the import duty on sugar from 40 to 20 per cent', 'export taxes on palm oil were raised to 12% in May'],
    test: (s, f) => f.kind === 'percent' && DUTY_RATE_BEFORE.test(clauseBefore(s, f.start, 140)),
  },
  {
    name: 'goods a trade measure falls on',
    gate: /\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|sanctions|curbs|restrictions|quotas?|bans?|measures)\b/i,
    gateWords: ['tariff', 'duty', 'duties', 'levy', 'levies', 'surcharge', 'sanctions', 'curbs', 'restriction', 'quota', 'ban', 'measures'],
    examples: ['ahead of the scheduled increase of tariffs on $200 billion of Chinese goods', 'duties on about US$160 billion of Chinese goods', 'levies on another $34 billion worth of American products'],
    test: (s, f) => f.kind === 'level' && MEASURE_FALLS_ON_BEFORE.test(s.slice(Math.max(0, f.start - 70), f.start)),
  },
  {
    name: 'left out of trade data',
    gate: /\b(?:not\s+(?:counted|included|recorded|captured|reflected|count|include|record|capture|cover)|excluded|left\s+out|outside)\b/i,
    gateWords: ['not', 'excluded', 'left', 'outside'],
    examples: ['Offshore duty-free shopping, which is not counted in customs trade data, fell 29.3 percent to 30.94 billion yuan', 'Parcel sales, which customs statistics do not include, reached 4 billion yuan', 'Re-exports through bonded zones, excluded from the official trade figures, rose 5 percent'],
    test: (s, f) => {
      const before = s.slice(Math.max(0, f.start - 160), f.start);
      const m = mentions(before, LEFT_OUT_WORDS) ? LEFT_OUT_OF_TRADE_DATA_BEFORE.exec(before) : null;
      return m !== null && !NEW_TRADE_CLAUSE.test(m[0]);
    },
  },
  {
    name: 'money spared in duties',
    gate: /\b(?:sav(?:e|ed|es|ing)|spar(?:e|ed|es|ing)|(?:tariff|duty|duties|tax)\s+(?:cuts?|reductions?|savings?|concessions?|preferences?|relief|breaks?|exemptions?|benefits?))\b/i,
    gateWords: ['sav', 'spar', 'tariff', 'duty', 'duties', 'tax'],
    examples: ['certificates of origin that would save local exporters about 41 million yuan in tariffs', 'helping them obtain tariff cuts worth about 120 million yuan in importing countries', 'allowing firms to save 96 million yuan in import duties'],
    test: (s, f) => f.kind === 'level' && MONEY_SPARED_BEFORE.test(clauseBefore(s, f.start, 80)),
  },
  {
    name: "one carrier's load",
    gate: /\b(?:train|vessel|ship|truck|flight|voyage|sailing)\b/i,
    gateWords: ['train', 'vessel', 'ship', 'truck', 'flight', 'voyage', 'sailing'],
    examples: ['the new cranes could load a train of 50 containers in under two hours', 'The first China-Europe train of the year left the port on Jan. 1 with 55 containers of auto parts', 'a new service completed its maiden voyage to the port, carrying 420 vehicles'],
    // Not cut at ". ": a date inside ("on Jan. 1 with") is no sentence break.
    test: (s, f) => f.kind === 'level' && ONE_CARRIER_LOAD_BEFORE.test(s.slice(Math.max(0, f.start - 140), f.start)),
  },
  {
    name: 'trade fair statistic',
    gate: /\b(?:booths?|exhibitors|visitors)\b/i,
    gateWords: ['booth', 'exhibitors', 'visitors'],
    examples: ['the number of exhibitor booths surpassed 2,200, up 10 percent', 'the expo drew 85,000 visitors'],
    test: (s, f) => FAIR_SUBJECT.test(clauseBefore(s, f.start, 160)) && !TRADE_WORD.test(clauseBefore(s, f.start, 160).replace(FAIR_SUBJECT, '')),
  },
  {
    // The deals a fair, an expo or a trade mission signs, named after their amount: "80.1 bln USD in tentative deals",
    // "1.2 billion dollars of signed contracts", "some 3 billion yuan in purchase agreements", "$400 million worth of MoUs".
    // (Their subject before the amount, "deals worth 80.1 billion", is reported-figures.ts's NON_TRADE_SUBJECT.)
    name: 'deals signed',
    gate: /\b(?:deals|contracts|agreements|memorand(?:a|ums)|MoUs|letters\s+of\s+intent|intentions|pledges)\b/i,
    gateWords: ['deals', 'contracts', 'agreements', 'memorand', 'mous', 'letters', 'intentions', 'pledges'],
    examples: ['CIIE closes with 80.1 bln USD in tentative deals', 'the mission brought home 1.2 billion dollars of signed contracts', 'some 3 billion yuan in purchase agreements were reached'],
    test: (s, f) => f.kind === 'level' && DEALS_AFTER.test(s.slice(f.end, f.end + 70)),
  },
  {
    name: LEVY_RULE,
    gate: /\b(?:duties|taxes|tariffs|levies|fines|penalties|revenues?|refunds|rebates|drawbacks?|(?:tax|customs|duty|tariff|fiscal|budget)\s+(?:payments|receipts|collections|charges|fees|proceeds))\b/i,
    gateWords: ['duties', 'taxes', 'tariffs', 'levies', 'fines', 'penalties', 'revenue', 'refunds', 'rebates', 'drawback', 'payments', 'receipts', 'collections', 'charges', 'fees', 'proceeds'],
    examples: ['Import duties brought in 820 million dollars for the treasury, 5 percent more than a year earlier', 'Revenue from tariffs and value-added tax on imports came to 18.7 billion yuan', 'Customs collected 1.26 trillion yuan in duties and import taxes, down 3.1 percent year on year', 'Fines imposed for false declarations rose to 58 million yuan', 'helping firms save 260 million yuan in tariffs'],
    test: (s, f) => isLevy(s, f),
  },
  {
    // A port's or a company's own books, in any currency: "PPA's revenue rose to EUR 71.6 million", "group revenue of EUR 1.39
    // billion", "The net result amounted to", "it recorded a profit of Rs. 46.2 billion before tax", "operating revenue of $702
    // million"; no trade word between the noun and the amount ("revenue from exports of crude" is the goods' value).
    name: 'books of a port or firm',
    // (a194: "Sohar Port booked record income of": income and earnings open the gate too; the noun's own forms decide.)
    gate: /\b(?:revenues?|profits?|net\s+result|income|earnings)\b/i,
    gateWords: ['revenue', 'profit', 'net', 'income', 'earnings'],
    examples: ['The Authority\'s revenue in 2025 amounted to PLN 312 million', 'the operator booked a net profit of 21.3 million euros', 'Its net result came to EUR 180.5 million', 'its revenue amounted to EUR 73.5 million', 'Revenue rose 11 percent to 312 million zloty and net profit reached 118 million zloty'],
    test: (s, f) => ownBooksBefore(clauseBefore(s, f.start, 120), s),
  },
  {
    // "approved a $2.6 billion capital program", "a 4 billion yuan investment plan for the terminals", "an RM800 million capital
    // expenditure budget": money a port or a firm means to spend, named after its amount.
    name: 'spending programme',
    gate: /\b(?:capital|investment|infrastructure)\s/i,
    gateWords: ['capital', 'investment', 'infrastructure'],
    examples: ['The board approved a $2.6 billion capital program for the next ten years', 'the group unveiled a 4 billion yuan investment plan'],
    test: (s, f) => f.kind === 'level' && SPENDING_AFTER.test(s.slice(f.end, f.end + 60)),
  },
  {
    // Ships a port saw, not goods: "The number of sea-going vessel calls was 14,237", "vessel arrivals crossed 5,000", "the
    // backlog of ships waiting offshore topped 100 vessels", "Some 5,467 sea-going vessels called at the port", "210 ships
    // berthed"; ships traded as goods ("exported 120 vessels") stay rows.
    name: 'ships calling at a port',
    gate: /\b(?:vessels?|ships?|tankers)\b/i,
    gateWords: ['vessel', 'ship', 'tanker'],
    // The change in such a count is no row either, nor the level's before it: "1.18 million tonnes, and the number of ships taking
    // on bonded fuel in the port grew 61 percent", "while vessel calls rose 12%", "the number of tankers served increased by 8
    // percent" (a220).
    examples: ['The number of sea-going vessel calls was 14,237', 'the number of vessel arrivals crossed 5,000', 'Some 5,467 sea-going vessels called at the port', 'and the number of ships taking on bonded marine fuel in the port grew 61 percent year on year'],
    test: (s, f) => (f.kind === 'level' && f.unit === 'vessels' && shipsAtPort(clauseBefore(s, f.start, 120), s.slice(f.end, f.end + 40))) || (f.kind === 'percent' && (SHIP_COUNT_CHANGE_BEFORE.test(clauseBefore(s, f.start)) || SHIP_COUNT_THEN_CHANGE_BEFORE.test(clauseBefore(s, f.start, 80)) || MORE_SHIPS_AFTER.test(s.slice(f.end, f.end + 40)))),
  },
  {
    // A ship's size, not its cargo: "Vessel arrival tonnage was 287.4 million gross tonnes (GT)", "ships of 2.1 million
    // deadweight tonnes", "12.6 million GT".
    name: "ships' size tonnage",
    gate: /\b(?:gross|GT|GRT|deadweight|DWT)\b/i,
    gateWords: ['gross', 'gt', 'grt', 'deadweight', 'dwt'],
    examples: ['Vessel arrival tonnage for the month was 287.4 million gross tonnes (GT), up 4.0%', 'ships totalling 3.2 million deadweight tonnes called', 'with a combined gross tonnage of 48.2 million'],
    test: (s, f) => (f.kind === 'level' ? SHIP_SIZE_UNIT.test(s.slice(f.numEnd, f.numEnd + 40)) || SHIP_SIZE_NAMED_BEFORE.test(clauseBefore(s, f.start, 80)) : SHIP_SIZE_LEVEL_BEFORE.test(clauseBefore(s, f.start, 80))),
  },
  {
    // Fuel a port sells to the ships calling there: "Bunker sales stood at 4.72 million tonnes", "year-to-date sales of bunker
    // fuel", "Deliveries of LNG as marine fuel exceeded 160,000 tonnes". Exports of fuel sold for bunkering stay trade.
    name: 'fuel sold to ships',
    gate: /\b(?:bunker\w*|marine\s+fuels?)\b/i,
    gateWords: ['bunker', 'marine'],
    examples: ['Bunker sales stood at 4.72 million tonnes, 3.5% more than a year earlier', 'Deliveries of LNG as marine fuel exceeded 160,000 tonnes'],
    test: (s, f) => f.kind === 'level' && BUNKER_SOLD.test(clauseBefore(s, f.start, 140)) && !TRADE_WORD.test(clauseBefore(s, f.start, 140)),
  },
  {
    name: 'price or freight index',
    gate: /\b(?:index|indices|PMI)\b/i,
    gateWords: ['index', 'indices', 'pmi'],
    examples: ['The Shanghai Containerized Freight Index fell 4.6 percent to 1,432 points', 'The Baltic Dry Index gained 3 percent to 1,875 points'],
    test: (s, f) => INDEX_BEFORE.test(clauseBefore(s, f.start, 120)) && (f.kind === 'percent' || POINTS_AFTER.test(s.slice(f.end, f.end + 20))),
  },
  {
    name: 'freight rate as the subject',
    gate: /\b(?:rates?|fees?|charges?|costs?|prices?)\b/i,
    gateWords: ['rate', 'fee', 'charge', 'cost', 'price'],
    examples: ['Spot rates for a 40-foot box to the U.S. West Coast slid 12 percent week on week to 2,100 dollars', 'Air cargo rates eased to 4.5 dollars per kilogram'],
    test: (s, f) => RATE_SUBJECT_OPENING.test(s.slice(0, f.start)),
  },
  {
    name: 'worth of a thing built or lent, before it',
    gate: THING_AFTER_GATE,
    gateWords: null,
    examples: ['A 2.6 billion yuan logistics park is under construction next to the port', 'The World Bank approved a 300 million dollar loan for the border corridor'],
    test: (s, f) => f.kind === 'level' && ARTICLE_BEFORE.test(s.slice(Math.max(0, f.start - 20), f.start)) && THING_AFTER.test(s.slice(f.end, f.end + 60)),
  },
  {
    name: 'enforcement statistic',
    gate: ENFORCEMENT,
    gateWords: ['seized', 'seizure', 'confiscated', 'intercepted', 'detained', 'undeclared', 'contraband', 'smuggl', 'counterfeit', 'infring', 'case', 'arrested', 'suspect', 'hidden', 'concealed', 'stashed', 'secreted', 'tucked', 'camouflaged', 'disguised'],
    examples: ['customs seized 1,200 tonnes of smuggled frozen meat', 'officers handled 35 smuggling cases worth 80 million yuan', 'officers detained 214 shipments of undeclared goods'],
    test: (s, f) => ENFORCEMENT.test(clauseBefore(s, f.start) + ownClauseAfter(s.slice(f.end, f.end + 40))),
  },
  {
    name: DAILY_RULE,
    gate: /\b(?:daily|day|week-?day|shift|week|b\/d|bpd|barrels?|hour|hourly)\b/i,
    gateWords: ['daily', 'day', 'week', 'shift', 'b/d', 'bpd', 'barrel', 'hour'],
    examples: ['average daily exports rose 1% to $2.62 billion', 'imports jumped 10.8% to 10.08 million b/d', 'imports hit 10.08 mil b/d, up 11% on year', 'imports came to 10.08 million b/d in September, a year-on-year rise of 10.8%', 'about 900 trucks per day', 'some 1,300 trucks clear the gate on a typical day'],
    test: (s, f) => dailySubject(clauseBefore(s, f.start)) || dailySubjectPastAside(s, f.start) || (f.start < 130 && DAILY_OPENING.test(s.slice(0, f.start))) || DAILY_AFTER.test(s.slice(f.end, f.end + 40)) || (f.kind === 'level' && DAILY_CLAUSE_AFTER.test(s.slice(f.end, f.end + 70))) || (f.kind === 'percent' && (GROWTH_TO_DAILY.test(s.slice(f.end, f.end + 80)) || GROWTH_AFTER_DAILY.test(s.slice(Math.max(0, f.start - 60), f.start)))),
  },
  {
    // (a252) "about 20mn t/yr of coal-based urea capacity", "a 4.5 Mtpa terminal", "a quota of 2.7mn t/y": tonnes written as a
    // rate a year with a slash or "tpa" are a capacity, quota or run rate, no tonnage that moved in a period (as "b/d" is a day's).
    name: 'annual rate',
    gate: /\/\s*(?:yr|y|year|annum)\b|tpa\b/i,
    gateWords: null,
    examples: ['about 20mn t/yr of urea capacity', 'a 4.5 Mtpa terminal', 'a quota of 2.7mn t/y'],
    test: (s, f) => f.kind === 'level' && ANNUAL_RATE_AFTER.test(s.slice(f.end, f.end + 24)),
  },
  {
    // "Beijing issued a second batch of quotas of 12 million tons ..., taking the year's total to 31 million tons": the sum
    // that issued quotas come to is an allowance, no quantity that moved.
    name: 'quotas summed',
    gate: /\b(?:quotas?|allocations?|allowances?)\b/i,
    gateWords: ['quota', 'allocation', 'allowance'],
    examples: ["issued a second batch of 2026 quotas of 12 million tons, taking the year's total to 31 million tons", 'the new allocation brings the total to 4 million tonnes'],
    test: (s, f) => f.kind === 'level' && QUOTA_TOTAL_BEFORE.test(s.slice(Math.max(0, f.start - 200), f.start)),
  },
  {
    // "was running at an annualised 44.2 million tonnes", "an annualized rate of $310 billion", "a run rate of 2 million
    // tonnes a year": a pace scaled up to a year is no quantity that moved.
    name: 'annualised pace',
    gate: /\b(?:annuali[sz]ed|run[- ]rate)\b/i,
    gateWords: ['annualised', 'annualized', 'run rate', 'run-rate'],
    examples: ['output was running at an annualised 44.2 million tonnes', 'exports at a seasonally adjusted annualized rate of $310 billion', 'an annual run rate of 2 million tonnes'],
    test: (s, f) => f.kind === 'level' && ANNUALISED_BEFORE.test(s.slice(Math.max(0, f.start - 60), f.start)),
  },
  {
    // "$410.7 per 1,000 cubic metres", "a levy of 12 yuan per 100 kilograms": the amount after "per" is what a price or a rate
    // is quoted for, never an amount traded.
    name: 'amount a price is quoted per',
    gate: /\bper\b/i,
    gateWords: ['per'],
    examples: ['gas sold abroad at $352.4 per 1,000 cubic metres on average', 'a levy of 12 yuan per 100 kilograms'],
    test: (s, f) => f.kind === 'level' && PER_AMOUNT_BEFORE.test(s.slice(Math.max(0, f.start - 8), f.start)),
  },
  {
    name: 'unit price',
    gate: new RegExp(`\\b(?:per|each|every|price|priced|quoted|offered|bid|assessed|indicated|costs?)\\b|\\ba\\s+${PRICED_THING}s?\\b`, 'i'),
    gateWords: [...PRICE_WORDS, ...PRICED_THINGS],
    gateFromWords: (s) => unitPriceGate(s),
    examples: ['average export price at 92,000 yuan per auto', 'priced at 800 dollars a tonne', 'the premium was $185-195 per tonne', 'quoted at 712 yuan ($98.50) per ton, down from 860 yuan a year earlier', 'copper hit $9,617 a tonne in late February, its highest in a decade, before easing to around $8,900 this week'],
    test: (s, f) => f.kind === 'level' && (PER_UNIT_AFTER.test(s.slice(f.end, f.end + 40)) || (PRICE_BEFORE.test(clauseBefore(s, f.start, 60)) && !isCostOfImports(s, f.start)) || PRICE_BASE_BEFORE.test(clauseBefore(s, f.start, 90)) || isPriceMovedTo(s, f)),
  },
  {
    name: 'price named as the subject',
    gate: /\b(?:prices?|costs?|fares?|tickets?|rates?|charges?|fees?)\b|\b(?:average|mean|unit)\s+(?:[\w-]+\s+)?values?\b/i,
    gateWords: ['price', 'cost', 'fare', 'ticket', 'rate', 'charge', 'fee', 'value'],
    examples: ['a one-way ticket from the border town to the capital sells for about 210 yuan', 'the average transport cost per container on its routes had fallen by about 8 percent, to roughly 6,500 dollars', "freight rates for a 40-foot container from Xi'an to Warsaw had fallen to about 5,800 dollars", 'The fare for a second-class ticket is about 560 yuan', 'the price of birch logs had eased to around 1,100 yuan', 'Booth fees are 6,800 yuan for a standard booth'],
    test: (s, f) => f.kind === 'level' && isCurrency(f.unit) && PRICE_SUBJECT_BEFORE.test(clauseBefore(s, f.start, 170)) && !isCostOfImports(s, f.start),
  },
  {
    // The commodity desks write a price with a slash: "$71.5/mt CIF", "$712/t", "$11.20/mn Btu",
    // "$395-402/t fob", "15,120 yuan/ton", "Dubai averaged $66.85/b".
    name: 'price per unit with a slash',
    gate: /\/\s*(?:mn\s*|m)?(?:t|mt|dmtu|dmt|wmt|tons?|tonnes?|b|bbl|btu|mmbtu|kg|kilo|lb|bu|oz|watt|w|kwh|unit|cu\s?m|m3|cbm)\b/i,
    gateWords: null,
    examples: ['the bauxite index was assessed at $71.5/mt CIF', 'spot LNG was $11.20/mn Btu', 'urea at $395-402/t fob', 'the 62% fines index at $104.75/dmt CFR', 'spruce lumber at $165-170/cu m CFR'],
    test: (s, f) => f.kind === 'level' && SLASH_PRICE_AFTER.test(s.slice(f.end, f.end + 30)),
  },
  {
    // (a246) "Brazilian maize at US$205 fob Paranagua", "urea was offered at $310 cfr India", "sorghum at $260 FOB Gulf": a small
    // sum of money followed by its delivery basis (free on board, cost and freight, cost insurance and freight) is a price quoted
    // per unit at a port; a trade total stated FOB or CIF runs to millions.
    name: 'price on a delivery basis',
    gate: /\b(?:fob|cfr|cif|c&f|fas)\b/i,
    gateWords: ['fob', 'cfr', 'cif', 'c&f', 'fas'],
    examples: ['Brazilian maize at US$205 fob Paranagua', 'urea was offered at $310 cfr India'],
    test: (s, f) => f.kind === 'level' && isCurrency(f.unit) && Math.abs(f.value) < 1e5 && DELIVERY_BASIS_AFTER.test(s.slice(f.end, f.end + 12)),
  },
  {
    // "the Mysteel 62% Australian fines index", "65% Fe pellets", "99.5% Li2CO3 min, battery grade": the metal or
    // purity content that names a grade of the goods (or the price index of that grade) is no change and no share.
    name: 'grade of the goods',
    gate: /\b(?:Fe|fines|lumps?|pellets?|Li2CO3|Li2O|Mn|purity|grade)\b/,
    gateWords: ['fe', 'fines', 'lump', 'pellet', 'li2', 'mn', 'purity', 'grade'],
    examples: ['as the Mysteel 62% Australian fines index averaged $101.2/dmt', 'imports of 65% Fe pellets rose', 'lithium carbonate 99.5% Li2CO3 min, battery grade'],
    test: (s, f) => f.kind === 'percent' && GRADE_AFTER.test(s.slice(f.end, f.end + 30)),
  },
  {
    name: TABLE_SCALE_RULE,
    gate: /\(|\bunits?\s*(?:[:：]|of\b)|\b(?:figures|values|data|numbers|amounts|labels|quantities|volumes)\s+(?:[a-z]+\s+){0,2}in\s/i,
    gateWords: null,
    examples: ['Exports by product, October (10kt; MoM; YoY):', 'Trade by partner (unit: 10,000 tonnes)', 'Trade with main partners, unit: 100 million yuan', 'the quantities are given in units of 10,000 tonnes', 'Note: figures in 100 million yuan unless stated', 'monthly data labels in ten-thousand TEU, rounded'],
    test: (s, f) => f.kind === 'level' && Number.isInteger(Math.log10(f.value)) && ((TABLE_SCALE_BEFORE.test(s.slice(Math.max(0, f.start - 12), f.start)) && TABLE_SCALE_AFTER.test(s.slice(f.end, f.end + 60))) || (UNIT_LINE_BEFORE.test(s.slice(Math.max(0, f.start - 12), f.start)) && LINE_END_AFTER.test(s.slice(f.end, f.end + 60))) || UNITS_OF_BEFORE.test(s.slice(Math.max(0, f.start - 12), f.start)) || SCALE_NAMED_BEFORE.test(s.slice(Math.max(0, f.start - 60), f.start))),
  },
  {
    // "Table 1   Trips by destination region, January-November 2026", "Chart 3.2": the number of a table or chart
    // (its title running on into the words a count would take) is no figure.
    name: 'number of a table or chart',
    gate: /\b(?:table|chart|figure|fig|graph|annex|appendix)\b/i,
    gateWords: ['table', 'chart', 'figure', 'fig', 'graph', 'annex', 'appendix'],
    examples: ['Table 1   Trips by destination region, January-November 2026', 'Chart 3.2 Exports by partner'],
    test: (s, f) => f.kind === 'level' && TABLE_NUMBER_BEFORE.test(s.slice(Math.max(0, f.start - 12), f.start)),
  },
  {
    // "dropped to 19.7 pc, the first time it has been under 20 pc since 2004": the round amount a first time is measured
    // against is a threshold, not a figure (the figure stated before it is).
    name: 'first time past a threshold',
    gate: /\bfirst\s+time\b/i,
    gateWords: ['first'],
    examples: ['the first time it has been under 20 pc since 2004', 'the first time exports have topped 700 billion dollars'],
    test: (s, f) => FIRST_TIME_PAST_BEFORE.test(s.slice(Math.max(0, f.start - 90), f.start)),
  },
  {
    // "the first time the annual volume has passed the 1 million TEU mark": the round mark a figure passed is
    // no figure of its own (the figure stated beside it is).
    name: 'mark passed',
    gate: /\b(?:mark|milestone|threshold|barrier)\b/i,
    gateWords: ['mark', 'milestone', 'threshold', 'barrier'],
    examples: ['the first time the annual volume has passed the 1 million TEU mark', 'exports in the period crossed the 5 million tonnes threshold'],
    test: (s, f) => f.kind === 'level' && MARK_AFTER.test(s.slice(f.end, f.end + 24)) && /\bthe\s*$/i.test(s.slice(Math.max(0, f.start - 8), f.start)),
  },
  {
    // "becoming the first port in northern China to pass 350 million tonnes": the round amount a first (or only) one passed
    // is the milestone, no figure of its own (the figure stated beside it is).
    name: 'milestone a first one passed',
    gate: /\b(?:first|only)\b/i,
    gateWords: ['first', 'only'],
    examples: ['becoming the first port in northern China to pass 350 million tonnes', 'the only hub in the region to top 1 million TEU'],
    test: (s, f) => f.kind === 'level' && FIRST_TO_PASS_BEFORE.test(s.slice(Math.max(0, f.start - 90), f.start)),
  },
  {
    name: 'share of tariff lines',
    gate: /\b(?:tariff|product)\s+(?:lines|items)\b/i,
    gateWords: ['lines', 'items'],
    examples: ['bringing the share of zero-tariff tariff lines to about 74 percent', 'duties on 91 percent of product lines will be removed'],
    test: (s, f) => f.kind !== 'level' && (TARIFF_LINES_AFTER.test(s.slice(f.end, f.end + 50)) || TARIFF_LINES_BEFORE.test(clauseBefore(s, f.start, 70))),
  },
  {
    name: 'share of payments by currency',
    gate: /\b(?:settlements?|payments?|settled|invoiced|invoices?|invoicing|billed|billing|denominated)\b/i,
    gateWords: ['settlement', 'payment', 'settled', 'invoic', 'billed', 'billing', 'denominated'],
    examples: ['the share of rubles and yuan in settlements between the two countries exceeded 95%', 'national currencies make up over 90 percent of mutual settlements', '80% of payments are made in local currencies'],
    test: (s, f) => f.kind !== 'level' && isSettlementShare(s, f),
  },
  {
    name: 'percentage threshold',
    gate: /\b(?:or|and)\s+(?:more|above|higher|over)\b/i,
    gateWords: ['more', 'above', 'higher', 'over'],
    examples: ['goods that gain 30 percent or more of value in the port can enter duty-free', 'firms whose exports grew 20 percent and above'],
    test: (s, f) => f.kind !== 'level' && PERCENT_OR_MORE_AFTER.test(s.slice(f.end, f.end + 40)),
  },
  {
    name: 'value threshold',
    gate: /\b(?:valued|priced|threshold|ceiling|cap|limit|minimis)\b/i,
    gateWords: ['valued', 'priced', 'threshold', 'ceiling', 'cap', 'limit', 'minimis'],
    examples: ['parcels valued under 800 dollars', 'a duty-free threshold of 5,000 yuan'],
    test: (s, f) => f.kind === 'level' && THRESHOLD_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start).replace(/(?:US)?[$€£¥]\s?$/, '')) && !totalValuedAtBound(s, f),
  },
  {
    name: 'size of an allowance',
    gate: /\b(?:quota|cap|ceiling|limit|allowance|allocation|entitlement)/i,
    gateWords: ALLOWANCE_WORDS,
    examples: ['almost four times the 7.2 million tonne tariff-rate quota', 'a 500,000-barrel export cap', 'the 2022 corn import quota was kept at 7.2 million tonnes', 'an allocation totalling 2 million tonnes'],
    test: (s, f) => f.kind === 'level' && (ALLOWANCE_SIZE_AFTER.test(s.slice(f.end, f.end + 80)) || ALLOWANCE_SIZE_BEFORE.test(s.slice(Math.max(0, f.start - 60), f.start).replace(/(?:US)?[$€£¥]\s?$/, ''))),
  },
  {
    name: 'exchange rate',
    gate: /\b(?:equals?|equal|equall?ed|equivalent|worth|rate|parity|par|bought|buys|buying|fetch(?:ed|es|ing)|trad(?:ed|ing)|exchang(?:ed|ing)|changed|averag(?:ed|ing)|cost)\b|=|\bdollar\s+(?:is|was)\b|\b(?:per|to\s+the|against\s+the)\s+(?:US\s+|U\.S\.\s+)?dollar\b/i,
    gateWords: ['equal', 'equivalent', 'worth', 'rate', 'parity', 'par', '=', 'dollar', 'bought', 'buys', 'buying', 'fetch', 'trad', 'exchang', 'changed', 'averag', 'cost'],
    examples: ['one US dollar bought on average 461.3 tenge', '(1 yen equals 0.0065 USD)', '1 US dollar = 7.1 yuan', 'One US dollar is 6.9 yuan', '$1 was worth about 88 rubles', 'converted at the fixed rate of BZ$2.00 to US$1.00', 'One loti (plural maloti) is at par with the South African rand', 'pegged to the U.S. dollar at Afl. 1.79 = US$1.00', 'set the reference exchange rate at 25,110 dong per dollar'],
    test: (s, f) => [EXCHANGE_RATE, FIXED_RATE, RATE_EQUATION, ONE_DOLLAR_IS, PER_DOLLAR, ONE_MONEY_FETCHED].some((rate) => spannedBy(s, f, rate, 30)),
  },
  {
    name: 'currency quoted in another',
    gate: /\b(?:dollars?|won|yen|yuan|renminbi|euros?|rupees?|roubles?|rubles?|reais|real|rand|tenge|dong|pounds?|sterling|francs?|pesos?|lira|ringgits?|baht|rupiah|zloty|kr(?:one|ona)r?|greenback|loonie|aussie|kiwi|currency|unit)\b/i,
    gateWords: ['dollar', 'won', 'yen', 'yuan', 'renminbi', 'euro', 'rupee', 'rouble', 'ruble', 'reais', 'real', 'rand', 'tenge', 'dong', 'pound', 'sterling', 'franc', 'peso', 'lira', 'ringgit', 'baht', 'rupiah', 'zloty', 'kron', 'greenback', 'loonie', 'aussie', 'kiwi', 'currency', 'unit'],
    examples: ['The euro traded at $1.097', 'the Australian dollar was fetching US$0.6960', 'the single currency changed hands at $1.08', 'one euro bought $1.10 on the day', 'the pound closed at $1.27', 'at $1.097 per euro'],
    test: (s, f) => isCurrencyQuote(s, f),
  },
  {
    name: 'exchange rate named as the subject',
    gate: /\brates?\b|[A-Z]{3}\s?\/\s?[A-Z]{3}\b/i,
    gateWords: null,
    examples: ['the average won-dollar exchange rate in the first half was 1,421.6 won', 'with the exchange rate standing at 7.18 yuan', 'converted at an average exchange rate of 92.5 roubles', 'the average rate stood at 26,312 VND/USD'],
    test: (s, f) => f.kind === 'level' && (RATE_SUBJECT_BEFORE.test(clauseBefore(s, f.start, 160)) || CURRENCY_PAIR_AFTER.test(s.slice(f.end, f.end + 16)) || baseOfRate(s, f)),
  },
  {
    name: 'intention or pledge',
    // Lower case only: the words sit inside a sentence; a case-sensitive gate scans much faster.
    gate: /\b(?:read(?:iness|y)|intend|intention|willing|pledge|commit|seek|hope|plan|aim|determination|agreed|striv|endeavo|vow|will|would|shall|promis|looking|undert|want|resolved)/,
    gateWords: ['read', 'inten', 'willing', 'pledge', 'commit', 'seek', 'hope', 'plan', 'aim', 'determination', 'agreed', 'striv', 'endeavo', 'vow', 'will', 'would', 'shall', 'promis', 'looking', 'undert', 'want', 'resolved'],
    examples: ['we announce our readiness to increase exports of 120 commodity items worth about $1 billion', 'the two sides agreed to bring trade to 20 billion dollars', 'strive to make the annual freight volume exceed 2,000 10,000 tons', 'the province aims to keep its foreign trade above 800 billion yuan next year', 'the ministry intends to lift exports to 90 billion dollars by 2029 and to raise the share of machinery in them to 35%', 'officials said they would work to keep the full-year growth rate above 8 percent', 'the bureau vowed to lift exports to 40 billion dollars'],
    test: (s, f) => INTENTION_BEFORE.test(clauseBefore(s, f.start, 260)),
  },
  {
    name: 'amount asked about in a yes-or-no question',
    gate: /\?/,
    gateWords: null,
    examples: ['Q (Maeil Business): Will you reach 700 billion dollars for the year?', 'Reporter: Can exports top $600 billion?', 'Could trade with Russia pass 250 billion this year?'],
    test: (s, f) => YES_NO_QUESTION_OPENING.test(s) && QUESTION_CLOSE_AFTER.test(s.slice(f.end)),
  },
  {
    // The same intention named by a noun of purpose and a gerund: "have set themselves the task of making the city's trade
    // exceed", "with the goal of lifting exports to", "the target of bringing turnover to", "an ambition of shipping".
    name: 'task or goal of doing',
    gate: /\b(?:task|goal|target|aim|objective|mission|ambition)s?\s+of\s+[a-z]+ing\b/,
    gateWords: ['task', 'goal', 'target', 'aim', 'objective', 'mission', 'ambition'],
    examples: ["Local authorities have set themselves the task of making the city's trade exceed 600 billion yuan in 2024"],
    test: (s, f) => TASK_OF_DOING_BEFORE.test(clauseBefore(s, f.start, 160)),
  },
  {
    // The same aim told as the speaker's confidence: "the board was confident of lifting annual exports above US$ 18 billion",
    // "officials are hopeful of reaching", "optimistic about crossing", "on track to top", "on course for hitting", "upbeat
    // that shipments will exceed": a level hoped for, not one reported.
    name: 'confidence of reaching',
    gate: /\b(?:confident|hopeful|optimistic|upbeat|bullish|on\s+(?:track|course))\b/,
    gateWords: ['confident', 'hopeful', 'optimistic', 'upbeat', 'bullish', 'on track', 'on course'],
    examples: ['the board was confident of lifting annual exports above US$ 18 billion this year', 'exporters are on track to top $5 billion in shipments', 'the ministry is optimistic that non-oil exports will exceed SAR 300 billion'],
    test: (s, f) => CONFIDENT_OF_REACHING_BEFORE.test(clauseBefore(s, f.start, 200)),
  },
  {
    name: 'amount planned or targeted',
    gate: /\b(?:plan|target|aim|budget|envisag|foresee|schedul|want|hop)/i,
    gateWords: ['plan', 'target', 'aim', 'budget', 'envisag', 'foresee', 'schedul', 'want', 'hop'],
    examples: ['The operator plans 5,800 trips in 2024', 'the port is targeting some 2.4 million TEU this year', 'the line aims for 900 runs', 'A further 1,200 trains are planned for next year', 'the board has budgeted about 3 billion yuan of purchases'],
    test: (s, f) => PLAN_OBJECT_BEFORE.test(s.slice(Math.max(0, f.start - 60), f.start)) || PLANNED_AFTER.test(s.slice(f.end, f.end + 60)),
  },
  {
    name: 'adjusted variant in brackets',
    gate: /\badjusted\b/i,
    gateWords: ['adjusted'],
    examples: ['exports grew by 4.1% in nominal terms (working-day adjusted: +2.3%)', 'imports fell 2.0% (calendar adjusted: -1.1%)'],
    test: (s, f) => f.kind === 'percent' && ADJUSTED_VARIANT_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)),
  },
  {
    name: 'range',
    gate: /\bbetween\s+(?:US\$|\$|€|£|¥)?\d|\d%?[-–]\d/,
    gateWords: null,
    examples: ['exports of pork rose by between 5 and 7 percent', 'growth of 5-7 percent', 'up 5%–7%', 'arrivals of 7.5-8.0 mln tonnes', 'between 7.5 and 8 million tonnes'],
    test: (s, f) => (f.kind === 'percent' && (RANGE_BEFORE.test(s.slice(Math.max(0, f.start - 30), f.start)) || RANGE_AFTER.test(s.slice(f.numEnd, f.numEnd + 30)))) || (f.kind === 'level' && isAmountRange(s, f)),
  },
  {
    // Trade releases of Turkey, Morocco, Saudi Arabia and Egypt print the coverage ratio and other
    // balance-of-payments items beside goods trade; none is a trade figure.
    name: 'coverage ratio or item other than goods',
    gate: /\b(?:coverage|ratio|receipts|revenues?|earnings|income|remittances|reserves|investment|FDI|loading|cover(?:ed|s|ing)?|paid|pays|paying|financed|financing|funded|equal\w*|equivalent|matched|bank)\b/i,
    gateWords: ['coverage', 'ratio', 'receipts', 'revenue', 'earnings', 'income', 'remittances', 'reserves', 'investment', 'fdi', 'loading', 'cover', 'paid', 'pays', 'paying', 'financ', 'funded', 'equal', 'equivalent', 'matched', 'bank'],
    examples: ['the export-to-import coverage ratio rose to 82.5% from 76.5% a year earlier', 'travel receipts reached MAD 102.1 billion', 'net international reserves stood at $49.5 billion'],
    test: (s, f) => {
      const before = clauseBefore(s, f.start, 120);
      return (f.kind === 'percent' && (subjectOfClause(before, COVERAGE_RATIO_BEFORE) || coveringRatio(s, before, f.numEnd))) || subjectOfClause(before, NOT_GOODS_BEFORE);
    },
  },
  {
    name: 'account other than goods and services',
    gate: /\b(?:current[\s-]+account|(?:primary|secondary|investment|dividend)\s+income|income\s+account|(?:financial|capital)\s+account|reserve\s+assets|transfers?|portfolio\s+investment|errors\s+and\s+omissions|reserves)/i,
    gateWords: ['current', 'income', 'financial', 'capital', 'reserve', 'transfer', 'portfolio', 'omissions'],
    examples: ['the current account posted a deficit of 14.9 billion dollars', 'Primary income: deficit of USD 8.9 billion', 'a surplus of $5 billion on the current account', 'an accretion of $4.5 billion to the foreign exchange reserves'],
    test: (s, f) => ofOtherAccount(s, f),
  },
  {
    name: EARLIER_GROWTH_RULE,
    gate: /\b(?:compared|versus|vs|from|than|short|against|contrast(?:ing)?|relative|beside|alongside|next)\b|['’]s\s+[+-]?\d/i,
    gateWords: null,
    examples: ['compared with 4.8 percent growth a year earlier', 'picking up from 6.1 percent in the first quarter', 'faster than the 5.2 percent rise in May', "slowing from July's 7.2% gain"],
    test: (s, f) =>
      f.kind === 'percent' &&
      (((EARLIER_GROWTH_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)) || EARLIER_GROWTH_LIST_BEFORE.test(s.slice(Math.max(0, f.start - 140), f.start))) && (EARLIER_GROWTH_AFTER.test(s.slice(f.end, f.end + 60)) || EARLIER_GROWTH_MONTH_BEFORE_AFTER.test(s.slice(f.end, f.end + 60))) && !SHARE_WORDS_BEFORE.test(s.slice(0, f.start))) ||
        ((MONTH_POSSESSIVE_GROWTH_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)) || (s.charCodeAt(f.start - 3) === 39 || s.charCodeAt(f.start - 3) === 0x2019 ? MONTH_POSSESSIVE_LIST_BEFORE.test(s.slice(Math.max(0, f.start - 170), f.start)) : false)) && POSSESSIVE_RATE_AFTER(s.slice(f.end, f.end + 30)) && !SHARE_WORDS_BEFORE.test(s.slice(0, f.start)))),
  },
  {
    // "the share of empty boxes on westbound runs is now below 2%", "the proportion of empty wagons on return trips dropped to 5
    // percent", "the empty-container rate fell to 3%", "Empty containers made up 4% of eastbound boxes", "a loading rate of 98
    // percent": how full the boxes, wagons or runs were is an operating ratio of a service, no share of trade.
    name: 'empty or loaded ratio of boxes',
    gate: /empty|unloaded|load(?:ed|ing)/i,
    gateWords: ['empty', 'unloaded', 'load'],
    examples: ['the share of empty boxes on westbound runs is now below 2%', 'the empty-container rate fell to 3%', 'Empty containers made up 4% of eastbound boxes', 'a loading rate of 98 percent'],
    test: (s, f) => f.kind === 'percent' && LOAD_RATIO_BEFORE.test(clauseBefore(s, f.start, 90)),
  },
  {
    // "a visible trade deficit of HK$29.1 billion, or 6.1 percent of the value of imports": the balance's
    // size relative to a flow is no share of trade.
    name: 'balance ratio',
    gate: /\b(?:deficit|surplus|balance|gap)\b/i,
    gateWords: ['deficit', 'surplus', 'balance', 'gap'],
    examples: ['a visible trade deficit of HK$29.1 billion, or 6.1 percent of the value of imports', 'a deficit of $40.5 billion, equivalent to 9.0% of the value of imports of goods', 'a negative balance of USD 812.4 million, making up 39.8 per cent of external trade turnover', "a deficit of $32.5 billion, which equals 7.0% of the month's imports"],
    test: (s, f) => f.kind === 'percent' && BALANCE_BEFORE_RATIO.test(clauseBefore(s, f.start, 90)) && RATIO_OF_FLOW_AFTER.test(s.slice(f.end, f.end + 60)),
  },
  {
    name: FOLLOWED_GROWTH_RULE,
    gate: /\b(?:follow(?:ed|ing|s)|after|had|revers|eras|undo|undid|wip(?:e|ing)|offset|extend|continu|prolong|buil[dt]|add|heels|on top|the wake)/i,
    gateWords: ['follow', 'after', 'had', 'revers', 'eras', 'undo', 'undid', 'wipe', 'wiping', 'offset', 'extend', 'continu', 'prolong', 'build', 'built', 'add', 'heels', 'on top', 'the wake'],
    examples: ["last year's increase followed a 13.8 percent expansion in 2025", 'after a 4.2 percent drop in 2024', 'after contracting 0.4% in July', 'trade had grown 22.9 percent in the same period of last year', 'reversing a decline of 2.2 percent in 2024'],
    test: (s, f) =>
      f.kind === 'percent' &&
      ((FOLLOWED_GROWTH_BEFORE.test(s.slice(Math.max(0, f.start - 30), f.start)) && FOLLOWED_GROWTH_AFTER.test(s.slice(f.end, f.end + 40)) && !growthOfLevelBefore(s, f)) ||
        ((FOLLOWED_VERB_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)) || FOLLOWED_NOUN_OF_BEFORE.test(s.slice(Math.max(0, f.start - 50), f.start))) && FOLLOWED_VERB_AFTER.test(s.slice(f.end, f.end + 40))) ||
        (PLUPERFECT_GROWTH_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)) && YEAR_BACK_AFTER.test(s.slice(f.end, f.end + 70)))),
  },
  {
    // "a weaker yuan, which fell about 2% against the dollar": an exchange rate's move is no trade figure.
    name: 'exchange-rate move',
    gate: /\b(?:dollar|greenback|euro|yen|yuan|renminbi)\b/i,
    gateWords: ['dollar', 'greenback', 'euro', 'yen', 'yuan', 'renminbi'],
    examples: ['a weaker yuan, which fell about 2% against the dollar over the period', 'the yen slid 4 percent versus the U.S. dollar'],
    test: (s, f) => f.kind === 'percent' && CURRENCY_MOVE_AFTER.test(s.slice(f.end, f.end + 60)),
  },
  {
    // Ships and trucks at work are no goods moved: vessels counted while loading or waiting ("with 14 vessels reported loading
    // in the Gulf this month"), ships calling at a port ("Ships calling at the port: 10,926"), the fleet that runs a service ("operated by 30 unmanned trucks"), and the change in ship
    // transits through a sea lane ("vessel transits remain about 60 percent below 2023 levels").
    name: 'ships or trucks at work',
    gate: /\b(?:vessels?|ships?|tankers?|carriers|trucks|lorries|vehicles|fleet)\b/i,
    gateWords: ['vessel', 'ship', 'tanker', 'carriers', 'trucks', 'lorries', 'vehicles', 'fleet'],
    examples: ['with 9 vessels reported loading at the terminal this week', 'some 40 tankers were waiting at anchor off the port', 'the shuttle line, run by a fleet of 45 driverless trucks', 'ship transits through the strait are still 35 percent below their 2022 level', 'Ships calling at the port: 10,926', '2,480 ships called at the terminal'],
    test: (s, f) => (f.kind === 'level' && (VESSELS_AT_WORK_AFTER.test(s.slice(f.numEnd, f.numEnd + 60)) || FLEET_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)) || VESSELS_CALLING_BEFORE.test(clauseBefore(s, f.start, 80)) || VESSEL_QUEUE_BEFORE.test(clauseBefore(s, f.start, 100)) || (SHIPS_HELD_UP_BEFORE.test(s.slice(Math.max(0, f.start - 60), f.start)) && VESSEL_NOUN_AFTER.test(s.slice(f.numEnd, f.numEnd + 40))))) || (f.kind === 'percent' && VESSEL_TRANSITS_BEFORE.test(clauseBefore(s, f.start, 80))),
  },
  {
    // One company's own sales, named by what it is and then its name: "shares of coal miner Tavan Tolgoi, which sold 4.6
    // million tons of coal at its own auctions", "carmaker Geely, which shipped 400,000 cars abroad".
    name: "one named company's sales",
    gate: /\b(?:miner|carmaker|automaker|producer|company|firm|group|maker|exporter|importer|trader|refiner|smelter|shipper)\s+(?-i:[A-Z])/i,
    gateWords: ['miner', 'maker', 'producer', 'company', 'firm', 'group', 'exporter', 'importer', 'trader', 'refiner', 'smelter', 'shipper'],
    examples: ['led by shares of copper miner Erdenet Group, which sold 310,000 tonnes of concentrate in the quarter', 'carmaker Zenith Motors, which shipped 95,000 cars abroad'],
    test: (s, f) => f.kind === 'level' && NAMED_COMPANY_SOLD_BEFORE.test(s.slice(Math.max(0, f.start - 120), f.start)),
  },
  {
    name: "a named company's own deliveries",
    gate: new RegExp(String.raw`\b${OWN_DELIVERY_NOUN}\b`, 'i'),
    gateWords: ['deliveries', 'shipments', 'exports', 'supplies', 'sales', 'flows', 'cargoes', 'purchases', 'imports', 'intake'],
    examples: ['Gazprom said its deliveries to China came to about 6.4 billion cubic metres', "Vale's iron ore shipments to China rose to 24 million tonnes", 'deliveries by Rosneft to India reached 1.1 million barrels'],
    test: (s, f) => f.kind === 'level' && companyOwnDeliveries(clauseBefore(s, f.start, 160)),
  },
  {
    name: "a firm's own deliveries or takings, the firm named by its kind",
    gate: new RegExp(String.raw`\b${FIRM_NOUN}\b`),
    gateWords: FIRM_NOUN_WORDS,
    examples: ['One electric-car maker in Lingang said its deliveries abroad rose to 248,000 units', 'The listed port group said its operating revenue rose 21 percent to 24.9 billion yuan'],
    test: (s, f) => FIRM_NOUN_SAID_ITS_BEFORE.test(clauseBefore(s, f.start, 160)),
  },
  {
    // A stock market's move on the day of the data is no trade: "The benchmark KOSPI rose 1.1 percent on the data", "the
    // stock exchange's top-20 index rose 1.4 per cent", "the main share index fell 2%".
    name: 'stock index move',
    gate: new RegExp(String.raw`\b(?:[Bb]enchmark|[Ii]nd(?:ex|ices)|[Aa]verage|[Cc]omposite|${NAMED_BENCHMARK})\b`),
    gateWords: null,
    examples: ['The benchmark TAIEX climbed 0.8 percent after the figures', "the Colombo bourse's all-share index fell 2.3 per cent", 'the main stock index ended 1.5% higher', 'the CSI 300 index gained 1.1 percent on the day', 'The Nikkei average edged up 0.3%', 'the FTSE 100 slipped 0.4 percent'],
    test: (s, f) => f.kind === 'percent' && STOCK_INDEX_BEFORE.test(clauseBefore(s, f.start, 120)),
  },
  {
    // USDA's weekly export sales: sales booked for later shipment ("Net sales of 1,842,600 MT", "Increases primarily for
    // China (1,120,000 MT)", "Outstanding sales ... total 4.3 million tons") are contracts, not goods shipped; the
    // week's "Exports of 2,310,400 MT" in the next sentence are.
    name: 'sales booked, not shipped',
    gate: /\b(?:[Nn]et\s+sales|[Oo]utstanding\s+sales|Increases|Reductions)\b/,
    gateWords: ['sales', 'increases', 'reductions'],
    examples: ['Soybeans: Net sales of 1,842,600 MT for 2026/2027 were up 34 percent from the previous week', 'Increases primarily for China (1,120,000 MT), Egypt (186,400 MT)', 'Reductions were for Taiwan (4,200 MT)', 'Outstanding sales to China total 4.3 million tons'],
    test: (s, f) => SALES_BOOKED_SUBJECT.test(s.slice(0, f.start)),
  },
  {
    // "the union's member companies had booked 93 trains for December": capacity booked for later is no shipment.
    name: 'capacity booked',
    gate: /\b(?:booked|reserved)\b/,
    gateWords: ['booked', 'reserved'],
    examples: ['member companies had booked 93 trains for December', 'shippers have reserved about 1,200 TEU of slots on next month\'s sailings'],
    test: (s, f) => f.kind === 'level' && BOOKED_BEFORE.test(s.slice(Math.max(0, f.start - 30), f.start)),
  },
  {
    // "Processed goods worth 5.12 billion yuan were sold to the mainland free of import duty", "left the island duty-free for
    // the mainland": goods leaving a customs-special island (the Hainan Free Trade Port) for the rest of China free of duty
    // are domestic sales, no foreign trade. Not in a sentence on Hong Kong, Macao or Taiwan, whose trade with the mainland is.
    name: 'duty-free sales to the mainland',
    gate: /\bmainland\b/i,
    gateWords: ['mainland'],
    examples: ['Processed goods worth 5.12 billion yuan were sold to the mainland free of import duty', 'goods worth 3.4 billion yuan left the island duty-free for the mainland'],
    test: (s, f) => {
      const around = s.slice(Math.max(0, f.start - 120), f.end + 120);
      return TO_MAINLAND.test(around) && DUTY_FREE.test(around) && !SPECIAL_REGION.test(s);
    },
  },
  {
    // Orders booked by exporters (Taiwan's export orders) are a gauge of future shipments, not trade.
    name: 'export orders',
    gate: new RegExp(ORDER_WORD, 'i'),
    gateWords: ['order', 'bookings'],
    examples: ['Bookings placed by U.S. clients stood at US$14.2 billion', 'export orders, a gauge of shipments two to three months ahead, increased 14.4 percent to US$61.2 billion', 'new export orders fell 3.0 percent', 'Orders for electronic products rose 12.5 percent', 'September orders rose 26.4 percent', 'Order intake at the members fell 12 percent in real terms'],
    test: (s, f) => ordersStillTheSubject(s, f.start),
  },
  {
    name: 'value of an average thing',
    gate: /\baverage\b/i,
    gateWords: ['average'],
    examples: ['the average declaration under the model was worth about 2,300 U.S. dollars', 'the average parcel was valued at 18 dollars'],
    test: (s, f) => f.kind === 'level' && AVERAGE_THING_WORTH_BEFORE.test(clauseBefore(s, f.start, 120)),
  },
  {
    // "The three-month average deficit rose $1.2 billion to $64.9 billion": a rolling average, not a period's trade.
    name: 'rolling average',
    gate: /\baverage\b/i,
    gateWords: ['average'],
    examples: ['the three-month average deficit rose $1.2 billion to $64.9 billion', 'the 12-month moving average of exports'],
    test: (s, f) => ROLLING_AVERAGE_BEFORE.test(clauseBefore(s, f.start, 120)),
  },
  {
    // A change in people or vehicles crossing ("Passenger crossings at the land ports rose 3.5-fold"), the subject opening
    // its sentence or a clause ("even as passenger numbers remained about 75% below last year's level", "while passenger
    // traffic plunged 60%"): crossings and travellers are no trade figures, and neither is their change (train crossings stay).
    name: 'change in crossings',
    gate: /\b(?:crossings|trips|visitors?|passengers?|tourists?|travell?ers?|arrivals)\b/i,
    gateWords: ['crossings', 'trips', 'visitor', 'passenger', 'tourist', 'traveler', 'traveller', 'arrivals'],
    examples: ["Passenger crossings at the province's land ports rose 3.5-fold", 'Visitor trips through the port grew 41 percent', 'Vehicle crossings fell 12.5 percent', "even as passenger numbers remained about 75% below last year's level"],
    test: (s, f) => f.kind === 'percent' && (CROSSINGS_SUBJECT_BEFORE.test(clauseBefore(s, f.start, 140)) || CROSSINGS_ASIDE_BEFORE.test(clauseBefore(s, f.start, 160))),
  },
  {
    name: 'count of travelers',
    gate: /\b(?:crossings|trips|visitors|passengers|tourists|travell?ers)\b/i,
    gateWords: ['crossings', 'trips', 'visitors', 'passengers', 'tourists', 'traveler', 'traveller'],
    examples: ['and inbound and outbound travelers topped 1.5 million', 'Passenger crossings at the port numbered 420,000', 'while tourists arriving by rail reached nearly 90,000'],
    test: (s, f) => f.kind === 'level' && f.measure === 'value' && BARE_COUNT.test(s.slice(f.start, f.end)) && CROSSINGS_LEVEL_BEFORE.test(clauseBefore(s, f.start, 140)),
  },
  {
    // A subject the release itself says is left out of trade ("duty-free shop sales, which are not counted in foreign
    // trade, were ..."): its amount and change, up to the next clause of another subject, are no trade figures.
    name: 'said not to be trade',
    gate: /\bnot (?:counted|included|recorded|classed|classified|treated)\b/i,
    gateWords: ['not counted', 'not included', 'not recorded', 'not classed', 'not classified', 'not treated'],
    examples: ['Offshore duty-free shopping sales, which are not counted in foreign trade, were 30.9 billion yuan, down 16.1 percent', 'Bunker fuel sold to foreign ships, which is not included in the trade figures, came to 2.1 million tonnes'],
    test: (s, f) => NOT_COUNTED_AS_TRADE_BEFORE.test(clauseBefore(s, f.start, 160)),
  },
  {
    name: 'contribution to growth',
    gate: /\bcontribution\b/i,
    gateWords: ['contribution'],
    examples: ['Its contribution to national trade growth stood at 24.1 percent', "with a contribution rate of 41.5 percent to the region's trade growth"],
    test: (s, f) => f.kind === 'percent' && CONTRIBUTION_BEFORE.test(clauseBefore(s, f.start, 90)),
  },
  {
    name: "share of the world's production",
    gate: /\b(?:mining|production|output|capacity|reserves|suppl(?:y|ies)|refining|processing|smelting|consumption|demand|GDP|GNP|GNI|product|income|economy|throughput|traffic|consumers|population|harvest|crop)\b/i,
    gateWords: ['mining', 'production', 'output', 'capacity', 'reserves', 'suppl', 'refining', 'processing', 'smelting', 'consumption', 'demand', 'gdp', 'gnp', 'gni', 'product', 'income', 'economy', 'throughput', 'traffic', 'consumers', 'population', 'harvest', 'crop'],
    examples: ['China accounts for about 70% of global rare earth mining and roughly 90% of processing capacity', "the country supplies 40 percent of the world's cobalt output", 'emerging economies make up 59 percent of world GDP', 'Asia handled 60 percent of world container port throughput', 'oil demand in Asia will account for 45 percent of the world total', 'electric cars made up 38% of German car production', 'imports met 12 percent of domestic steel output'],
    test: (s, f) => f.kind === 'percent' && (SHARE_OF_OUTPUT_AFTER.test(s.slice(f.end, f.end + 60)) || SHARE_OF_HOME_OUTPUT_AFTER.test(s.slice(f.end, f.end + 60)) || SHARE_OF_ECONOMY_AFTER.test(s.slice(f.end, f.end + 60)) || (WORLD_TOTAL_AFTER.test(s.slice(f.end, f.end + 40)) && OUTPUT_SUBJECT_BEFORE.test(clauseBefore(s, f.start, 100)))),
  },
  {
    name: 'part of a growth',
    gate: /\b(?:growth|increase|rise|expansion|gain)\b/i,
    gateWords: ['growth', 'increase', 'rise', 'expansion', 'gain'],
    examples: ['Non-state firms contributed 97 percent of that growth', 'private firms accounted for more than 80 percent of the increase'],
    test: (s, f) => f.kind === 'percent' && PART_OF_GROWTH_AFTER.test(s.slice(f.end, f.end + 60)),
  },
  {
    name: 'part of a plan met',
    gate: /\b(?:plan(?:ned)?|target(?:ed)?|quota|budgeted)\b/i,
    gateWords: ['plan', 'target', 'quota', 'budgeted'],
    examples: ['customs paid 1.9 trillion rubles into the budget, 103.7% of the planned figure', 'duties came to 98.5 percent of the annual target'],
    test: (s, f) => f.kind === 'percent' && PART_OF_PLAN_AFTER.test(s.slice(f.end, f.end + 60)),
  },
  {
    // Statistics Canada's "In constant 2002 dollars, exports stood at $32.9 billion": a volume measure priced at a
    // base year's prices, not the month's trade value (the base year before "dollars" is no amount either).
    name: 'level at constant prices',
    gate: /\b(?:constant|chained)\b/i,
    gateWords: ['constant', 'chained'],
    examples: ['In constant 2002 dollars, exports stood at $32.9 billion and imports at $35.6 billion', 'in 2002 constant dollars, exports totalled $36.8 billion', 'at constant prices, imports came to 41.2 billion', 'in chained (2012) dollars'],
    test: (s, f) => f.kind === 'level' && (CONSTANT_PRICES_BEFORE.test(clauseBefore(s, f.start, 160)) || CONSTANT_BASE_YEAR_BEFORE.test(s.slice(Math.max(0, f.start - 12), f.start))),
  },
  {
    name: 'estimate for a year not over',
    gate: /\b(?:estimates?|projections?|forecasts?|outlook)\s+for\b/i,
    gateWords: ['estimate', 'projection', 'forecast', 'outlook'],
    examples: ['the secretariat raised its estimate for the 2021 surplus to US$70.9 billion', 'the ministry cut its forecast for 2026 exports to 310 million tonnes'],
    test: (s, f, anchor) => {
      const m = anchor === null ? null : ESTIMATE_FOR_YEAR_BEFORE.exec(s.slice(Math.max(0, f.start - 140), f.start));
      return m !== null && Number(m[1]) >= anchor!.year;
    },
  },
  {
    name: 'estimate named as the subject of its setting',
    gate: /\b(?:estimates?|projections?|forecasts?|outlook)\b/i,
    gateWords: ['estimate', 'projection', 'forecast', 'outlook'],
    examples: ["Our estimate of China's 2023/24 (Jul/Jun) maize imports is trimmed to 22.0m t", 'the MY 2024/25 crush estimate stays at 98 MMT', 'the forecast for wheat exports was raised by 1m t to 45m t'],
    test: (s, f) => f.kind === 'level' && ESTIMATE_AS_SUBJECT_BEFORE.test(clauseBefore(s, f.start, 140)),
  },
  {
    name: 'forecast for a season not over',
    gate: /\b(?:put|peg|sees|saw|project|forecast|estimate)[^.;]*?\b(?:19|20)\d{2}[/-]\d{2}\b/i,
    gateWords: ['put', 'peg', 'sees', 'saw', 'project', 'forecast', 'estimate'],
    examples: ["The U.S. Department of Agriculture puts China's 2025/26 imports at 112 million tons", 'the council pegs 2026/27 wheat exports at 9.5 million tonnes'],
    test: (s, f, anchor) => {
      const m = anchor === null ? null : SEASON_FORECAST_BEFORE.exec(s.slice(Math.max(0, f.start - 140), f.start));
      return m !== null && 2000 + Number(m[2]) >= anchor!.year;
    },
  },
  {
    // "with some stones fetching more than 1 million yuan", "a single bottle sold for 12,000 dollars", "the best lots went
    // for over $3,000": what some pieces of the goods fetched is their price, no amount traded.
    name: 'price some pieces fetched',
    gate: /\b(?:fetch(?:ed|es|ing)?|sold|sells|selling|goes|going|went|auctioned|changed|changing|changes|costs|retails|priced)\b/i,
    gateWords: ['fetch', 'sold', 'sells', 'selling', 'goes', 'going', 'went', 'auctioned', 'changed', 'changing', 'changes', 'costs', 'retails', 'priced'],
    examples: ['with some stones fetching more than 1 million yuan', 'a single bottle sold for 12,000 dollars', 'the best lots went for over $3,000', 'a three-year-old Chinese SUV changes hands for about 13,000 U.S. dollars'],
    test: (s, f) => f.kind === 'level' && (PIECES_FETCHED_BEFORE.test(s.slice(Math.max(0, f.start - 90), f.start)) || PIECE_PRICED_BEFORE.test(s.slice(Math.max(0, f.start - 90), f.start))),
  },
  {
    name: 'price as an aside',
    gate: /\b(?:costs?|prices?|rates?|fees?|charges?|fares?|premiums?)\s*(?:,|(?:of|for|on)\b)/i,
    gateWords: ['cost', 'price', 'rate', 'fee', 'charge', 'fare', 'premium'],
    examples: ['the cost of shipping a container from Qinzhou to Singapore, at about 400 dollars, is not yet low enough', 'spot rates on the lane, at roughly 1,900 dollars, were flat'],
    test: (s, f) => f.kind === 'level' && PRICE_ASIDE_BEFORE.test(s.slice(Math.max(0, f.start - 140), f.start)),
  },
  {
    name: 'hypothetical under a condition',
    gate: /\b(?:[Ii]f|[Uu]nless|[Aa]ssuming|[Ss]uppos(?:e|ing)|[Ee]vent|[Ss]hould|[Ww]ere)\b/,
    gateWords: ['if', 'unless', 'assuming', 'suppos', 'event', 'should', 'were'],
    examples: ['"If Brent stays near 80 dollars, full-year exports could end up 8 to 10 percent lower."', 'Should the levy rise to 20 percent, shipments would fall by a third', 'Were the rouble to weaken to 110 per dollar, imports might shrink 15 percent'],
    test: (s) => CONDITION_OPENING.test(s) && MODAL_AFTER_CONDITION.test(s),
  },
  {
    name: 'worked example',
    gate: /\b(?:[Ss]uppos(?:e|ing)|[Ii]magine|[Aa]ssume|[Pp]icture|[Ss]ay|[Tt]ake|[Ii]f)\b/,
    gateWords: ['suppos', 'imagine', 'assume', 'picture', 'say', 'take', 'if'],
    examples: ['Suppose a country exports $50 billion of goods and $10 billion of services in a month', 'Example: if 100 euros of machinery enters a bonded warehouse and 60 euros of it is cleared in the same year'],
    test: (s) => IMAGINED_CASE_OPENING.test(s) || LABELLED_CONDITION.test(s),
  },
  {
    name: 'sum worked out',
    gate: /=/,
    gateWords: ['='],
    examples: ['Its balance is (50 + 10) \u2212 (45 + 12) = a surplus of $3 billion'],
    // From the sum on: a figure stated before it in the sentence ("Exports rose 4.1 percent to NZ$6.2 billion; 60 - 45 = 15") stays.
    test: (s, f) => {
      const m = WRITTEN_SUM.exec(s);
      return m !== null && f.start >= m.index;
    },
  },
  {
    name: 'rule of thumb',
    gate: /\b(?:every|each)\b/i,
    gateWords: ['every', 'each'],
    examples: ['Every US$10 rise adds roughly A$3 billion to nominal GDP', 'each 1 percent fall in the yen lifts exports by 200 billion yen'],
    test: (s, f) => {
      const at = ruleOfThumbAt(s);
      return at >= 0 && f.start >= at;
    },
  },
  {
    name: 'imagined amount as the subject of a modal',
    gate: /\b(?:would|could|might)\b/i,
    gateWords: ['would', 'could', 'might'],
    examples: ['a 10 percent fall in transfers would leave a hole of well over a billion dollars', 'A further 20 percent tariff could shave half a point off growth'],
    test: (s, f) => INDEFINITE_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)) && MODAL_OF_SUBJECT_AFTER.test(s.slice(f.end, f.end + 90)),
  },
  {
    name: 'target for a later year',
    gate: /\bby\s+(?:19|20)\d{2}\b/i,
    gateWords: ['by'],
    examples: ['aim to bring bilateral trade to $35 billion by 2030'],
    test: (s, f, anchor) => {
      const m = BY_YEAR_AFTER.exec(s.slice(f.end, f.end + 50));
      return m !== null && anchor !== null && Number(m[1]) > anchor.year;
    },
  },
  {
    // A total or change of the trade of a group's many members taken together is no reporter's figure (ruled on b282): "trade
    // across the 21 APEC member economies rose", "Trade among the five members of the union reached", "exports of the 27 member
    // states combined". (A pair, "trade between the two countries", is a reporter's trade with its partner.)
    name: 'trade of many members summed',
    gate: /\b(?:members?|economies|countries|states|nations)\b/i,
    gateWords: ['member', 'economies', 'countries', 'states', 'nations'],
    examples: ['Merchandise trade across the 21 APEC member economies rose 4.4 percent', 'Trade among the five members of the Eurasian Economic Union reached $95.1 billion', 'Total merchandise trade of the ten ASEAN Member States amounted to US$3.53 trillion'],
    test: (s, f) => TRADE_OF_MEMBERS_BEFORE.test(s.slice(Math.max(0, f.start - 160), f.start)),
  },
  {
    // (a248) A thing the release says its figures leave out, in an aside or a participle on the subject ("Non-monetary gold
    // moving through London's vaults, which the figures used here exclude, was worth about £52 billion", "Re-exports, excluded
    // from these totals, came to", "Ship stores, not counted in the official figures, reached"), is no part of the trade it
    // reports: its amount is no row. ("Exports, which exclude gold, rose to" is the trade itself: there the figures are the
    // subject that excludes.)
    name: 'amount the figures leave out',
    gate: /\bexclud|\bomit|\bleave\s+out|\bleft\s+out|\bnot\s+(?:included|counted)/i,
    gateWords: ['exclud', 'omit', 'leave', 'left', 'included', 'counted'],
    examples: ['Non-monetary gold moving through London vaults, which the figures used here exclude, was worth about £52 billion', 'Re-exports, excluded from these totals, came to $4.1 billion', 'Ship stores, not counted in the official figures, reached 310 million euros'],
    test: (s, f) => f.kind === 'level' && LEFT_OUT_OF_FIGURES_BEFORE.test(s.slice(Math.max(0, f.start - 160), f.start)),
  },
  {
    name: 'amount of a later year',
    gate: /\b(?:19|20)\d{2}\b/,
    gateWords: null,
    examples: ['the group expects chip-tool spending to ease to around $38 billion in 2026', 'shipments should climb to 1.8 million tonnes in the 2025 marketing year', 'By the end of 2027 the line will have carried 60 million tonnes'],
    test: ofLaterYear,
  },
];

// The rules whose gate the current sentence passes: computed once per sentence, not per number. Most
// sentences name none of a gate's words, and the gate is then not scanned for. Each rule's words sit
// beside it in one list (by index), so picking a sentence's rules is a loop with no lookups or closures.
const WORDS_OF_RULE: Array<Keywords | null> = NON_FIGURE_RULES.map((rule) => rule.gateWords && keywords(rule.gateWords, rule.gate));
const UNIT_PRICE_WORDS = WORDS_OF_RULE[NON_FIGURE_RULES.findIndex((rule) => rule.gateFromWords)]!;
let gatedSentence = '';
// The gated rules of `gatedSentence`, the first `gatedCount` of the list (kept from sentence to sentence).
const gatedRules: NonFigureRule[] = [];
let gatedCount = 0;

/** Whether sentence `s` passes the gate of rule `r` (its words first, then its expression or what the words say). */
function passesGate(s: string, r: number): boolean {
  const words = WORDS_OF_RULE[r];
  if (words !== null && !mentions(s, words)) return false;
  const rule = NON_FIGURE_RULES[r];
  return rule.gateFromWords ? rule.gateFromWords(s) : rule.gate.test(s);
}

/** The rule that sets this number aside as no trade figure, or null when it may be one. */
export function notATradeFigure(s: string, f: Figure, anchor: Anchor | null): string | null {
  if (s !== gatedSentence) {
    gatedSentence = s;
    gatedCount = 0;
    for (let r = 0; r < NON_FIGURE_RULES.length; r++) if (passesGate(s, r)) gatedRules[gatedCount++] = NON_FIGURE_RULES[r];
  }
  for (let i = 0; i < gatedCount; i++) if (gatedRules[i].test(s, f, anchor)) return gatedRules[i].name;
  return null;
}
