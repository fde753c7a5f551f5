/**
 * What a figure is about: its trade flow ("exports", "foreign trade turnover", "trade surplus"),
 * its commodity ("exports of household appliances", "crude oil imports") and its breakdown
 * ("private enterprises", "processing trade"), read from the words around it.
 */
import { isChangeVerb } from './change-verbs.js';
import type { Flow } from '../../contract.js';
import { isPlaceWord } from './geography.js';
import { isSpace, spaceWords } from './chars.js';
import { anyOf } from './gates.js';
import { exactKeywords, keywords, mentions, nextMentionStart, startKeywords } from './keywords.js';
import { MONTH_WORDS } from './periods.js';

/** A word that names a flow, where it stands in the sentence. */
export interface FlowCue {
  start: number;
  end: number;
  flow: Flow;
  /** "deficit", "negative trade balance": a balance that is negative. */
  negative: boolean;
  /** "outbound"/"inbound" style direction words (the only flows that apply to trains and trips). */
  directional: boolean;
  /** "inbound and outbound", "in both directions": both ways at once (total for cargo, other for traffic). */
  bothWays?: boolean;
  /** "exported", "sold ... to", "bought ... from": a verb, whose direction is its subject's. */
  verb?: boolean;
  /**
   * Bare "shipments" with no owner, destination or origin ("Shipments climbed 11.6%"): goods moving
   * in the direction the story already speaks of (imports in a story on China's imports), else exports.
   */
  weak?: boolean;
  /** "the energy bill", "oil bills": a fuel bill (FUEL_BILL), a deficit unless its paragraph goes on with imports. */
  bill?: boolean;
}

// Longest alternatives first: "trade surplus" before "trade", "import and export" before "import".
// On-screen graphics and headings write the two flows with an ampersand ("IMPORTS & EXPORTS 16.38 BN YUAN"): the same two-way trade.
// Balance-of-payments wording (ABS): "goods and services credits" are exports, "debits" imports.
// "Export turnover" (Vietnamese and CIS wording) is exports, "import turnover" imports; "export-import
// turnover" is total trade.
// "China was the main destination of Iranian goods" (or "Algeria's main customer"): where exports go; "the top supplier": where imports
// come from ("the world's top supplier" is an epithet; "the world's top buyer" is the importer itself).
// "China was the largest buyer of Lao goods" in a release on Laos: the partner the release country sells to (exports).
// "supplies of potash fertilizers to the Chinese market", like "shipments of X to Y": goods sent to a place are exports.
// A country's own "shipments" ("soybean shipments", "shipments of coal", "car shipments") are its exports;
// "shipments from X" (and "supplies from X") are imports, and "the shipments" points back to the flow named
// before. "Arrivals" of goods ("crude arrivals", "arrivals from Russia") are imports; of tourists, no trade.
// "The negative foreign trade balance": the adjective of the balance comes before the trade it is of.
// "The deficit of the balance of trade with China deepened to 46.9 bn": a deficit "of the balance" is one cue with it (a deficit).
// Verbs of change ("rose", "slipped") end a name of goods too: isChangeVerb, beside COMMODITY_STOP and OF_STOP.
// "Under general trade, the city shipped 351,000 units": a place pointed back to ("the city", "the province", "the country",
// "it") that shipped goods, with nothing saying they came in, sent them out.
// "shipped 1.2 million tonnes of steel to Vietnam", "bought crude from Russia": a verb of moving goods is a
// flow only with a place after "to"/"from" ("rose to 10.2 million", "to March" and "to US$ 5 billion" are no places).
const PLACE_NEXT = `\\s+(?:the\\s+)?(?!(?:${MONTH_WORDS})\\b|[A-Z]{1,3}\\$|[A-Z]{3}\\s?\\d|RMB\\b|Rs\\b)[A-Z]`;
// "Phones and components brought in $52.3 billion", "phosphates brought in 71.2 billion dirhams": goods that
// bring in money earn it (exports); "brought in 98.6 million tons" (goods) or "$5 billion of soybeans" (money
// spent on named goods) are what a buyer took in. Any currency code of two or three capitals before the amount
// is money ("brought in SCR 401 million", "MK 176.2 billion").
// ("brought in close to $4bn", "fetched roughly $1.2 billion": any word of the qualifier family may stand before the amount.)
const MONEY_NEXT = `\\s+(?:(?:about|around|roughly|approximately|nearly|almost|some|over|under|more\\s+than|less\\s+than|close\\s+to|just\\s+(?:over|under)|upwards\\s+of)\\s+)?(?:(?:US\\s?\\$|[A-Z]{1,3}\\$|[$€£¥₹]|(?:[A-Z]{2,3}|KSh|Rs\\.?)\\s?)\\s?\\d[\\d.,]*(?![\\d.,])(?:\\s*(?:trillion|billion|million|bn|mn|m)\\b)?|\\d[\\d.,]*\\s*(?:(?:trillion|billion|million|bn|mn)\\s+)?(?:(?:US\\s+)?dollars|euros|yuan|dirhams|rupees|shillings|USD|EUR)\\b)(?!\\s+(?:(?:trillion|billion|million|bn|mn|m)\\s+)?(?:worth\\s+)?of\\b)`;
// "China, the top soybean buyer, brought in 5.4 million metric tons of the oilseed", "brought in 112.36 million tonnes of
// iron ore": goods counted in a physical unit right after "brought in" are what the subject took in (imports); money after
// it is earnings (MONEY_NEXT).
// "China bought 97.8 million tonnes of Russian crude oil": so are goods counted in such a unit right after "bought" or
// "purchased" (whoever the buyer is; a partner's buying turns, verbOfPartner).
// Right after an amount, its scale and its unit (and the goods): "371 came in", "3.2 million tonnes came in from China",
// "12,400 TEUs of containers went out": the verb of coming in or going out is the amount's own way.
// "against 3.37 million tonnes that left it": goods a relative clause says left the country or port ("it") went out, the
// mirror of "entered it" ("a fall that left it at its lowest", "which left it behind Erenhot" say where a change left a figure).
const AMOUNT_JUST_BEFORE = `(?<=\\d(?:\\s+(?:thousand|million|billion|mln|bln|mn|bn))?(?:\\s+(?:metric\\s+)?(?:tonnes|tons|TEUs?|containers|wagons|trains|vehicles|units|cubic\\s+met(?:er|re)s)(?:\\s+of\\s+[\\w-]+(?:\\s+[\\w-]+)?)?)?\\s+)`;
// "with a record 72,800 tonnes arriving", "4.1 million tonnes of ore arrived": goods weighed right before their verb of arriving
// came in (trains and vehicles that arrive are read by the verbs of trains in flow-choice.ts, which know the way they went).
// Goods that "arrived in" a named place are left alone: whose import that is depends on who reports it.
// "1.24 million tonnes entered", "some 80,000 tonnes landed", "3 million cubic metres flowed in", "with 52,000 tonnes entering":
// any verb of coming in after the weighed amount is the same (a155 read "arrived" only). Goods that arrived in or entered a
// named place are left alone ("entered Mongolia", "landed at Tianjin": whose import that is depends on who reports it); a
// month after "in" is no place ("entering in July").
const GOODS_CAME_IN = String.raw`(?:arriv(?:ed|ing)|enter(?:ed|ing)|land(?:ed|ing)|(?:flow|pour|stream|roll)(?:ed|ing)\s+in)`;
const GOODS_AMOUNT_JUST_BEFORE = `(?<=\\d(?:\\s+(?:thousand|million|billion|mln|bln|mn|bn))?\\s+(?:metric\\s+)?(?:tonnes|tons|cubic\\s+met(?:er|re)s)(?:\\s+of\\s+[\\w-]+(?:\\s+[\\w-]+)?)?\\s+)`;
const QUANTITY_NEXT = `\\s+(?:(?:about|around|some|nearly|almost|over|roughly|more\\s+than|a\\s+record)\\s+)?\\d[\\d.,]*\\s*(?:(?:thousand|million|billion|mln|mn|bn)\\s*)?(?:metric\\s+)?(?:tons?|tonnes?|t|mt|Mt|kt|barrels|bcm|cubic|m3|bales|kilograms|kg|TEUs?|units|vehicles|head)\\b`;
// "71.6 million tonnes of ore shipped from Australian ports", "30.1 million tonnes left Brazilian ports", "loaded at Chilean ports":
// goods shipped from, leaving or loaded at a country's seaports went out of that country (a238; "the Qingdao port" before).
// "the country sold 17.9 million tonnes abroad", "Sales of natural gas totalled X, mainly to Brazil": goods sold
// abroad, or sales of goods to a place, are exports (FLOW_RE's lookaheads). "and bought 119.8 billion USD worth": an
// amount bought, its worth said, is the subject's imports (a partner's buying turns, verbOfPartner).
// "bought US$139.8 billion of Chinese goods": goods named by a nationality were sold by that country.
// "while buying only US$7.1 billion in return", "but purchased just $2 billion of goods in exchange": an amount bought back from
// the partner the subject sold to, hedged or not, is the subject's imports as an amount bought "worth" is (a225). (A participle
// alone, "the United States remained the largest market, buying 137 billion USD worth", is the partner's buying: flow-choice.ts.)
// "sold $6.5 billion worth of its products on the Russian market", "the largest market for Vietnamese goods", "coal shipped from
// the port of Nakhodka": goods sold on a market, the buyer named as a market, goods loaded at a seaport went out (exports);
// "purchased goods for USD 6.1 billion", "goods worth $4.3 billion were brought in", "Russian timber brought in reached ...",
// "gas piped in along the Central Asia pipeline": goods bought, brought in (passive, or a participle before its verb) or
// piped in came in (imports). "what Vietnam buys abroad", "goods bought from overseas", "its purchases abroad", "inputs sourced
// overseas": a verb of buying with "abroad" or "overseas" right after it is the buyer's imports (the mirror of "sold abroad").
// "bananas shipped totalled 486 312 tonnes": goods shipped, a participle right before the verb
// giving their amount, went out (the mirror of "brought in ... reached"); so did "45,000 tonnes (of fruit) went out to
// Vietnam" (the goods' own verb, "out" or not, to a place), and "Goods worth 855.2 billion euros went to the other member
// states of the EU" (goods valued, then sent to a place or to the other members of a bloc).
// "cargo handed over to China through the border crossing": goods a railway hands over to the other side's railway at a
// border went out (the wording of rail freight reports from the neighbours' side).
// "Britain sold the EU £213.6 billion of goods", "Chile shipped China 2.3 million tonnes of copper", "Norway sent Germany goods
// worth", "Australia supplied Japan with 4 million tonnes": a verb of selling with the buyer as its first object (no "to"),
// then the amount or the goods, went out to that buyer (a seller that is a partner turns it, flow-choice.ts verbOfPartner).
// ("sold USD 5 billion", "shipped Brazilian soybeans": a currency code or a nationality before goods is no buyer.)
const SOLD_PLACE_AMOUNT = String.raw`(?:sold|sells|selling|shipped|sent|sends|supplied|supplies)(?=\s+(?:the\s+)?(?!(?:${MONTH_WORDS})\b|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|RMB\b|Rs\b)(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2}\s+(?:with\s+)?(?:goods\b|products\b|merchandise\b|(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than)\s+)?(?:US\s?\$|[A-Z]{1,3}\$|[$€£¥]|[A-Z]{3}\s?)?\d))`;
// "Korea sold China 13 billion dollars of goods in May, ..., and bought fourteen point one.", "but purchased only 950.": a verb
// of buying right before a bare number closing its clause (its unit left out as the amount before it gives it, quantities.ts
// gappedFlowAmount) is the subject's imports, the number in digits or spelled as a speaker says it.
const SPOKEN_NUMBER_WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|point|and)';
const BOUGHT_BARE_NUMBER = `(?:bought|purchased)(?=\\s+(?:(?:only|just|some|about|around|nearly|roughly)\\s+)?(?:\\d[\\d.,]*|${SPOKEN_NUMBER_WORD}(?:[\\s-]+${SPOKEN_NUMBER_WORD}){0,7})\\s*(?:[.;,)"”’]|$))`;
// (a246) "The country bought $415.6 billion of chips last year", "purchased US$2.3 billion of soybeans", "bought 12 billion
// dollars of gas": a sum of money and "of" goods in lower case right after a verb of buying is what the buyer spent on goods it
// took in (imports), as "bought ... worth" is; goods named by a nationality are MADE_IN's ("bought $6 billion of Brazilian goods").
const BOUGHT_MONEY_OF_GOODS = `(?:bought|purchased)(?=\\s+(?:(?:only|just|some|about|around|nearly|roughly|more\\s+than|over|almost)\\s+)?(?:(?:US\\s?\\$|[$€£¥])\\s?\\d[\\d.,]*(?:\\s*(?:trillion|billion|million|bn|mn|m)\\b)?|\\d[\\d.,]*\\s*(?:(?:trillion|billion|million)\\s+)?(?:US\\s+)?(?:dollars|yuan|euros))\\s+(?:worth\\s+)?of\\s+(?-i:[a-z]))`;
const MADE_IN = `(?:[A-Z][a-z]+(?:-made)?\\s+(?:[a-z][\\w-]*\\s+)?(?:goods|products|merchandise|exports))`;
// "The US took $36.8bn of Vietnamese goods", "China absorbed 40 percent of Australian products", "Japan received 2 million
// tonnes of Chilean goods": a verb of taking goods named by a nationality names the buyer of that country's goods (its imports;
// flow-choice.ts boughtHomeGoods turns it into the release country's exports when the goods are its own). ("which absorbed
// 70.2% of Tunisian exports": the exports named after the amount give its flow themselves.)
const TOOK_MADE_IN = `(?:took|takes|absorbed|absorbs|received|receives)(?=\\s(?:[^.;]|\\.(?=\\d)){0,60}?\\bof\\s+(?-i:[A-Z][a-z]+)(?:-made)?\\s+(?:[a-z][\\w-]*\\s+)?(?:goods|products|merchandise)\\b)`;
// "Electronics fetched US$75.9 billion": goods that fetched a sum of money were sold, as goods that earned it were (exports).
// "Revenue rose to $892 million", "Revenue from the shipments fell 31%": what sellers earn is export value; revenue
// that a state levies ("tax revenue", "state budget revenue", "revenue collection", "revenue from duties", "customs
// payments") is no trade flow.
const LEVY_REVENUE = `(?<=\\b(?:tax|taxes|fiscal|budget|budgetary|state|government|public|tariff|duty|customs|collected|collects|collecting|collect)\\s+(?:[\\w-]+\\s+){0,2})revenues?|revenues?(?=\\s+(?:collect|authorit|service|administration|agency|department|office|officials?|target|from\\s+(?:customs|duties|taxes|tax|tariffs|levies|imports?)\\b))`;
// "cargo moving to or from China": goods going to or coming from a place are no export to it.
// "and inbound shipments to 3.46 trillion yuan": shipments said to come in, their verb left out before "to" and an amount, are no
// shipments to a place.
// "The province's inbound and outbound shipments reached ...": shipments named after both ways are the pair's (total trade),
// not a bare export word of their own; nor are they shipments "to" or "from" a place ("inbound and outbound shipments to
// Russia", "outbound and inbound shipments from January to April").
// "and bought Chinese goods for $2.5 billion": goods bought for an amount, a word naming them (their origin) before them.
// "Together, the trains brought in and took out 7,640 TEU": goods carried both ways are two-way trade.
// "Private firms were the most active, importing and exporting 22.6 billion yuan": the two verbs of trade paired in the
// participle (either order) are two-way trade, as "imported and exported" is (a125).
// "return trains", "Return trips from Europe numbered 758": trains coming back run inbound; "produce leaving through the
// port" goes out; "gas piped in from Kazakhstan", "grain railed in through Alashankou" came in.
// "its border station sent 6.9 million tonnes of freight into China": sent "into" a place as "to" it.
// "Gas piped into China through Horgos", "the gas came in along the Central Asia pipeline", "crude oil arriving through the
// pipeline at Alashankou": energy piped into the reporter's country, or goods that came in (or arrived) along or through a
// route, came in (imports). Only goods arrive "through a pipeline": a train "arriving through" a port may be on its way out.
// "according to U.S. Census Bureau trade data": trade naming a source's data, figures or statistics is no flow of a figure.
// "The shortfall between imports and exports reached KSh1.04 trillion", "the gap between exports and imports": the two flows
// after a balance noun and "between" name what the deficit is the difference of; the phrase is the deficit, not total trade.
// "Shipments of crude oil into the province, most of them bound for refineries, fell": goods shipped "into" the place the
// release is on (named by anaphora: the country, province, region, city) came in; a place named after "into" is left to the
// verbs of sending above ("sent 6.9 million tonnes of freight into China").
// "Fruit brought in by rail reached 128,000 tonnes": the way the goods were carried may stand between "brought in" and the
// verb of its amount.
const CARRIED_BY = `(?:\\s+by\\s+(?:rail|railway|road|sea|air|trucks?|trains?|ships?|pipeline))?`;
// "Crude oil arriving by pipeline from Kazakhstan came to", "timber entering from Russia by rail", "fruit that came in by road
// from Vietnam": goods named before a participle or verb of coming, the mode of carriage between, and the place they came from,
// came in (not people, vehicles, flights or money coming from a place: those are traffic or no goods; not a change or a part
// of one, "the largest gains came from Taiwan", "much of the increase came from Japan": where growth came from).
// (Nor the goods listed in a description of an amount already placed, "10.2 million tonnes of the total, mainly timber and coal
// coming from Russia": the list says what the amount was, not its way.)
const COMING_VERB = String.raw`(?:arriv(?:ed|ing)|c(?:ame|oming)(?:\s+in)?|enter(?:ed|ing))`;
const NOT_GOODS_COMING = String.raw`(?:passengers|tourists|visitors|travell?ers|people|persons|trips|vehicles|trucks|lorries|cars|buses|flights|trains|investment|investors|funds|money|capital|gains?|increases?|growth|rises?|jumps?|surges?|boosts?|declines?|drops?|falls?|decreases?|demand|orders|momentum|impetus|support|contributions?|most|much|half|bulk|rest|part|majority|share|that|which|and|or|been|being|was|were|is|are|has|have|had|first|newly)`;
const LISTED_GOODS_BEFORE = String.raw`(?<!\b(?:mainly|mostly|chiefly|largely|primarily|predominantly|including|notably|especially|such\s+as)\s+(?:[\w-]+(?:,|\s+and|\s+or)?\s+){0,6})`;
const CARRIAGE_MODE = String.raw`(?:\s+(?:by|via|on|through|along)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:rail|railway|road|highway|sea|river|air|trucks?|lorr(?:y|ies)|trains?|ships?|barges?|pipelines?))?`;
const GOODS_COMING_FROM = String.raw`${LISTED_GOODS_BEFORE}${COMING_VERB}(?<=\b(?!${NOT_GOODS_COMING}\b)[A-Za-z][\w-]*\s+(?:that\s+|which\s+)?${COMING_VERB})(?=${CARRIAGE_MODE}\s+from${PLACE_NEXT})`;
// "Goods leaving the euro area for non-member countries were worth", "cargo that left Norway for markets abroad", "products
// departing the bloc to the United States", "merchandise exiting the kingdom for third countries": goods named before a verb of
// leaving, the place they left, then where they went, went out (exports of the place left); people, vehicles and trains are
// not goods (flow-choice.ts reads trains that left).
const LEAVING_VERB = String.raw`(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)|exit(?:s|ed|ing))`;
const OUTSIDE_NEXT = String.raw`\s+(?:the\s+)?(?:non-[a-z][\w-]*|third|other|foreign|overseas|outside|abroad|rest\s+of\s+the\s+world|markets?\s+(?:abroad|overseas)|destinations\s+(?:abroad|outside))\b`;
// (a229: boxes and containers leave too, and the goods may be loaded for their way out instead of a destination: "Full and
// empty boxes leaving Lithuania were lifted onto feeder ships", "containers that left the country were loaded onto barges",
// "cargo leaving Finland was put aboard ferries".)
const LOADED_ONTO_AFTER = String.raw`(?:were|was|are|is|had\s+been|have\s+been)\s+(?:loaded|lifted|hoisted|put|placed|stowed)\s+(?:onto|on|aboard|into)\b`;
const GOODS_LEAVING_FOR = String.raw`(?:goods|cargo(?:es)?|freight|consignments|merchandise|products|commodities|shipments|boxes|containers)\s+(?:that\s+|which\s+)?${LEAVING_VERB}(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:(?:for|to|towards?)(?:${PLACE_NEXT}|${OUTSIDE_NEXT})|${LOADED_ONTO_AFTER}))`;
// "gold delivered from Switzerland fell 38 percent", "machinery supplied by rail from Germany came to": goods delivered or
// supplied from a place came in (a145's goods coming from a place, widened from verbs of arriving to verbs of delivering); a
// destination after it ("delivered from Chongqing to Duisburg") is read first as goods sent there.
const GOODS_DELIVERED_FROM = String.raw`${LISTED_GOODS_BEFORE}(?:delivered|supplied)(?<=\b(?!${NOT_GOODS_COMING}\b)[a-z][\w-]*\s+(?:delivered|supplied))(?=${CARRIAGE_MODE}\s+from${PLACE_NEXT})`;
const INTO_OWN_PLACE = `(?:\\s+of(?:\\s+[\\w-]+){1,5}?)?\\s+into\\s+the\\s+(?:country|province|region|city|municipality)\\b`;
// "goods worth 24 billion yuan had entered the island from abroad", "entering the province from overseas": goods that
// came into a place from abroad are imports (from another province they would not be: "from abroad" is needed).
// "an import surplus of 12 billion euros", "the import surplus widened to" (European statistics offices' phrase): imports
// above exports, a deficit seen from the reporter.
// "Exports exceeded imports by 700 billion yuan": one flow exceeding the other by an amount states the balance (a surplus when
// exports exceed, a deficit when imports do), in any tense, with an adverb before the verb or a comparative for it: "imports
// thus exceeded exports by", "exports have outstripped imports by", "imports outweigh exports by", "exports were greater than
// imports by", "imports ran ahead of exports by".
// ("Pakistan's imports exceeded its exports by $23bn": the other flow may carry its owner's possessive.)
const EXCEEDED_BY = (more: string, less: string) => `${more}\\s+(?:(?:thus|therefore|so|again|also|still|once\\s+again|easily|comfortably|far)\\s+)?(?:(?:have|has|had|were|was)\\s+)?(?:exceed(?:ed|s|ing)?|outstrip(?:ped|s|ping)?|outpac(?:ed|es)|outweigh(?:ed|s)?|outr[ae]n|top(?:ped|s)?|surpass(?:ed|es)?|r[au]n\\s+ahead\\s+of|(?:larger|greater|higher|bigger)\\s+than)\\s+(?:(?:its|their|the(?:\\s+[\\w'’-]+['’]s)?|[A-Z][\\w-]*['’]s)\\s+)?${less}\\s+by`;
// "Goods imported under the lists of the free trade port were valued at ...": "trade" after "free" (a free trade port or
// agreement) or before "port", "zone" or "area" (a trade zone) names a place or a pact, no flow word of the figure.
// "the surplus in services trade was", "a deficit on merchandise trade of", "the gap in their bilateral trade": "trade" that a
// balance noun is "in", "on" or "of" names what the balance is struck on, no flow of its own (the balance noun gives the flow).
// ("The surplus of import and export trade", "the deficit in exports-and-imports trade": the two flows named as the trade's kind.)
const BALANCE_IN_TRADE = String.raw`(?<!\b(?:surplus|deficit|gap|shortfall|balance)\s+(?:in|on|of)\s+(?:(?:the|its|their|[A-Z][\w-]*['’]s)\s+)?(?:(?:import|export)s?(?:\s+(?:and|&)\s+|-and-|-|\/)(?:import|export)s?\s+|(?:[a-z][\w-]*\s+){0,2}))`;
// "Cross-border e-commerce with Laos expanded 64 percent", "commerce with the EU": commerce with a partner named after it is
// trade both ways, as commerce "between" two sides is.
const FREE_TRADE_NAME = `(?<!\\bfree[\\s-])(?!trade\\s+(?:port|zone|area|pilot\\s+zone)s?\\b)`;
// "outgoing goods came to 24.1 billion yuan, and incoming goods to 44.8 billion", "departing cargo was worth", "inward
// shipments totalled": a word of leaving or arriving before a noun of goods names the goods' way (as "outbound" does); not
// before the vehicles that carry them ("incoming cargo trucks": flow-choice.ts reads those as crossings). A port's books say
// it by what was done to the cargo: "Landed cargo came to 1.63 million tonnes", "discharged cargo", "unloaded freight" came
// in, "loaded cargo" went out.
const DIRECTED_GOODS = (ways: string) => `(?:${ways})\\s+(?:[a-z][\\w-]*\\s+)?(?:goods|cargo(?:es)?|freight|consignments|merchandise|shipments?|products|commodities)\\b(?!\\s+(?:trucks|lorries|trailers|vehicles|trains|wagons|ships|vessels)\\b)`;
// "the port shipped 58,200 vehicles abroad", "delivered 1,240,000 tonnes overseas": a verb of sending with "abroad" a few words on
// reads past the thousands separators of the count between them (a comma before a digit is no clause break); "shipped in ...
// from abroad" came in.
// "during the April-November trading season", "on the last trading day", "trading hours": "trading" before a noun of time
// names when the border or market was open, no flow of a figure.
const TRADING_TIME = String.raw`\s+(?:seasons?|days?|weeks?|sessions?|hours|months?|years?|periods?|windows?|calendar)\b`;
// "Wheat brought in: 410,000 tonnes": a fact box's label may end on the participle, a colon before its tonnage.
// "the two-way total reached", "the bilateral tally", "two-way flows came to": a noun of a sum made two-way by its adjective is
// total trade ("the two-way total of exports" is not).
// "Almaty-bound trains", "Moscow-bound services", "Europe-bound cargoes", "US-bound shipments": a named place's "-bound"
// before a noun of goods or of trains says where they go, outward (not "inward-bound", "homebound").
// "westbound", "west-bound", "westward-bound", "bound west", "bound westwards": a compass heading with "bound", either order,
// one word of the way a line runs ("Containers bound west across the Caspian made up ..."); not "bound west of" a place.
// "westbound", "bound east", and the same way said by a verb of travel with no place after it ("1,140 trains were heading
// east", "services running westward", "the trains that went west"): the line's way on the China-Europe axis, as "bound" says
// it (flow-choice.ts, `compassFromAreaSide`, turns it at the European end). North and south name no axis and stay unread.
// Only trains (or a count of them) travel so, and the way ends the clause or leads into its verb: "cars heading west and
// grain coming back", "97 percent of the trains heading west returned loaded" say what goods or which trains, not a flow.
const COMPASS_BOUND = (side: string): string => String.raw`${side}(?:wards?)?-?bound|(?<![\w-])bound\s+${side}(?:wards?)?\b(?!\s+of\b)|${COMPASS_TRAVEL}\s+${side}(?:wards?)?\b${COMPASS_TRAVEL_END}`;
// (a201: "1,703 set out westward with automobiles": a verb of setting out, and the cargo the runs carried after the way.)
// (A route may stand between the way and the clause's end: "services heading west out of the city numbered 458", "trains
// running east from Duisburg totalled 164"; a174. A far end after "to" or "for" is read by where the trains went instead.)
// The place a run set out from may be named, but not its destination: "21 trains have set off eastward from Hefei for Ningbo
// Port" went out to the coast (the way of the compass is inside the country), it did not come in.
// (a233: the place the runs rolled "into" may be named too, "1,020 trains rolled eastward into Chongqing", "services came west
// into Poland": the way and the place it ends in agree on the axis, as "from" does.)
// (a237: a part of a count named back, "231 of them headed west", "1,100 of these went east", "most of those ran westward".)
const COMPASS_TRAVEL_END = String.raw`(?=(?:\s+(?:out\s+of|from|via|through|on|into)\s+(?:the\s+)?(?:(?!(?:for|to|towards?)\s)[\w'’-]+\s+){0,3}?[\w'’-]+)?(?:\s*(?:[,.;:)]|$)|\s+(?:in|during|over|last|this|numbered|totall?ed|reached|came\s+to|made\s+up|rose|grew|fell|accounted|amounted|stood|were|was|with|carrying|loaded|laden)\b))`;
const COMPASS_TRAVEL = String.raw`(?<=\b(?:trains?|services|runs|trips|journeys|shuttles|ones|\d[\d,.]*|(?<=\bof\s+)(?:them|these|those))\s+(?:(?:that|which|were|was|had|have)\s+)?)(?:head(?:ed|ing|s)?|going|goes|went|travell?(?:ed|ing|s)?|running|runs|ran|moving|moved|came|coming|comes|roll(?:ed|ing|s)|set(?:ting)?\s+(?:out|off))`;
const PLACE_BOUND = String.raw`(?<=\b(?-i:[A-Z])[\w'’.]*)(?<!\b(?:inward|outward|homeward|home|north|south|east|west))-bound(?=\s+(?:[\w-]+\s+){0,2}?(?:trains?|services|runs|trips|journeys|shipments|cargoes|cargo|freight|goods|consignments|containers|loadings|exports|ones)\b)`;
// "with most of the balance coming from Argentina", "the balance came from Canada", "the balance being made up by Peru",
// "much of the balance went to Japan": the balance as the rest of an amount, not a trade balance (a bare "balance" is read as
// the trade balance unless a quantifier's "of the" comes before it or a verb of coming, going or making up after it).
// "with the balance of 1.71 million TEUs being empty containers": a balance counted in boxes or tonnes is the rest of them.
// ("The balance came to EUR 10.9 bn", "the adjusted balance comes in at", "the balance came out at": coming "to", "in at" or
// "out at" an amount states the trade balance; only coming from somewhere is the rest of an amount.)
const REMAINDER_NOT_AFTER = String.raw`(?<!\b(?:most|much|all|part|some|rest|half|bulk|remainder)\s+of\s+the\s+balance)(?!\s+(?:(?:being|was|were|is|are)\s+)?(?:(?:coming|came|comes)(?!\s+(?:to|in\s+at|out\s+at)\b)|going|went|goes|made\s+up|split|spread|shared|sourced|supplied|shipped|arriving|arrived|originat(?:ed|ing))\b|\s+of\s+(?:(?:about|around|some|nearly|roughly)\s+)?[\d.,]+\s*(?:(?:million|mln|mn|thousand)\s+)?(?:TEUs?|tonnes|tons|boxes|containers|units|vehicles)\b)`;
// "The goods and services gap contracted to", "the services gap", "a goods-and-services gap of", "the gap in goods and
// services grew", "the gap on merchandise trade", "the gap in trade with Japan": "gap" with what is traded before it, or after
// "in" or "on", is the trade deficit (as "trade gap" is); a gap in skills, prices or a market is not.
// "May's gap, first published as GBP 21.4 billion, was revised to", "April's gap narrowed": a month owning the gap names the
// deficit of that month's trade (a month owns no gap in skills or prices).
const TRADED_GAP = String.raw`(?:goods|merchandise|services)\s+gap|gap(?<=\b(?:${MONTH_WORDS})['’]s\s+gap)|gap(?=\s+(?:in|on)\s+(?:(?:the|its|their)\s+)?(?:(?:merchandise|goods|services|commodities|products)\b|(?:(?:bilateral|two-way|foreign|external|overall|total)\s+)?trade\b(?!\s+(?:data|figures|statistics|policy|talks|rules|deals?)\b)))`;
// "The country took in Russian wheat worth 312 million dollars", "the port takes in about 15 million tonnes of ore", "taking in
// 3.6 million tonnes of beans": goods a place took in came from abroad; money or people taken in are no goods ("customs took in
// 2 billion yuan of duties" is the levy rule's, "took in 40,000 visitors").
const TOOK_IN = String.raw`(?<!\b(?:customs|revenues?|duties|taxes|levies|budget|treasury)\s+(?:[\w-]+\s+)?)(?:took|takes|taking|take)\s+in\b(?!\s+(?:(?:about|around|some|nearly|more\s+than|over)\s+)?(?:[\d.,]+\s+(?:(?:million|billion|thousand)\s+)?)?(?:yuan|dollars|euros|rubles|roubles|tenge|pounds|yen|revenues?|duties|taxes|levies|receipts|money|cash|income|visitors|tourists|passengers|travell?ers|people|refugees|students|stride|account|the\s+(?:view|sights?|scene))\b)(?!\s+(?:US\s?\$|[$€£¥]))`;
// "crude shipped in from Russia", "timber carried in by rail from", "fruit flown in via Kunming", "parts ferried into the
// country", "ore hauled in through the border": a verb of carrying with "in" and a source or route (or "into" the country)
// says the goods came in, as "piped in" and "trucked in" do ("shipped in bulk" has no source after "in").
const CARRIED_IN = String.raw`shipped|carried|hauled|flown|ferried|transported|brought`;
// "Goods railed to Central Asia were worth ...", "Textile products railed to Russia came to ...", "coal trucked to Kyrgyzstan
// totalled ...", "gas piped to China reached ...": the passive participle of carrying with no auxiliary, right after the goods
// that open the clause (a reduced relative), says the goods went to that place as the full passive ("were carried to") does.
// "The motorcycles shipped through Ruili were worth", "coal shipped out via the port totalled", "cars shipped by sea through
// Tianjin port came to": the route the goods were shipped by (through or via a port, named or not, the mode before it) may stand
// between the participle and the verb of their amount; a place they were shipped "from" or "in" is left to the rules above.
const ROUTE_KIND = String.raw`(?:(?:land|rail(?:way)?|sea|river|road)\s+)?(?:port|border\s+crossing|checkpoint|crossing|station|terminal)\b`;
const SHIPPED_ROUTE = String.raw`(?:\s+(?:out\s+)?(?:by\s+(?:rail|road|sea|air|trucks?|trains?|ships?)\s+)?(?:through|via)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+${ROUTE_KIND})?|${ROUTE_KIND}))?`;
const CARRIED_OUT_REDUCED = String.raw`(?:carried|transported|hauled|railed|trucked|piped|barged|conveyed)(?<=(?:^|[.;:]\s+|\b(?:while|whereas|and|but)\s+)(?:[A-Za-z][\w-]*\s+){1,3}[a-z]+)(?=\s+(?:out\s+)?(?:by\s+(?:rail|road|truck|lorry|train|sea|ship|barge|pipeline)\s+)?(?:to|into)(?!\s+China\b)${PLACE_NEXT})`;
// "The energy bill lightened to €3.8 billion", "the country's oil bill swelled to $9 billion", "its fuel bills came to": a
// country's bill for a fuel (energy, oil, fuel, gas, petroleum, hydrocarbons), no import named between, is read here as
// the net deficit in that fuel (a negative balance); flow-choice.ts turns it to the fuel's imports unless the reporter's
// statistics define the bill as that deficit ("the oil import bill" names the imports, and is read as imports; a
// household's or consumer's "energy bills" are what homes pay, no trade).
const FUEL_BILL = String.raw`(?<!\b(?:households?|consumers?|homes?|famil(?:y|ies)|residential|retail|domestic|heating)(?:['’]s?)?\s)(?:energy|oil|fuel|gas|petroleum|hydrocarbons?)\s+bills?`;
// What a balance-of-payments release says of services (or of trade) on net: "net services receipts", "a net inflow", "net
// travel earnings" are a surplus; "net outflows", "net outgo", "net payments for transport" a deficit. "balance-of-payments"
// (the basis a figure is compiled on) is no balance.
const NET_INFLOW = String.raw`net\s+(?:[\w-]+\s+){0,2}?(?:receipts|inflows?|earnings|credits)`;
const NET_OUTFLOW = String.raw`net\s+(?:[\w-]+\s+){0,2}?(?:outflows?|outgo|payments|debits)`;
// Balance-of-payments receipts and payments of trade: "goods trade receipts", "receipts from goods and services trade",
// "services receipts", "receipts on trade in services" are exports; "payments for imported services", "merchandise
// payments" imports, and a bare "payments" later in a clause that named such receipts ("receipts ... and payments
// 2,058.1 billion", "receipts and payments were ... respectively"). Receipts or payments of a levy, of interest, of
// dividends or of settlements name no goods or services and stay out.
const BOP_TRADED = String.raw`(?:(?:goods|merchandise)(?:\s+and\s+services)?|services)`;
const BOP_OF_TRADE = String.raw`(?:from|of|on|for|in|under)\s+(?:the\s+)?(?:(?:trade|transactions)\s+in\s+)?(?:imported\s+|exported\s+)?${BOP_TRADED}(?:\s+(?:trade|transactions|exports|imports))?\b`;
// A statistics office's plain "credits" and "debits" (ABS: "Credits were $45,876 million and debits $40,511 million", "credits
// rose to", "total debits of", "while debits fell"): the subject of a clause (its first word, or after "the", "total", "and",
// "while") with a verb of amount or change, or an amount, after it, are exports and imports; credits of a tax, of exports (a
// loan), of carbon or of a bank are no trade.
const BARE_BOP = (noun: string): string => String.raw`(?<=(?:^|[.;:,]\s*|\b(?:and|while|whereas|but|as|with|the|total)\s+))${noun}(?=\s+(?:(?:were|was|are|is)\s+(?:up|down|at\s+)?|rose|fell|grew|increased|decreased|declined|dropped|climbed|came\s+to|totall?ed|amounted|reached|stood|of|at|(?=(?:A|US|NZ|C)?[$€£¥]|\d)))`;
const BOP_RECEIPTS = String.raw`(?<!\bnet\s+)${BOP_TRADED}(?:\s+(?:trade|account))?\s+(?:receipts|credits)|receipts\s+${BOP_OF_TRADE}|${BARE_BOP('credits')}`;
const BOP_PAYMENTS = String.raw`(?<!\bnet\s+)${BOP_TRADED}(?:\s+(?:trade|account))?\s+(?:payments|debits)|payments\s+${BOP_OF_TRADE}|${BARE_BOP('debits')}|(?<=\b(?:${BOP_TRADED}(?:\s+(?:trade|account))?\s+receipts|receipts\s+${BOP_OF_TRADE})(?:[^.;]|\.(?=\d)){0,80}?\band\s+)payments`;
// FLOW_RE in two parts: the first five groups (revenue and traffic, negative balance, positive balance, two-way trade,
// exports) and the sixth (imports). nextFlowWord tries them one after the other, which is what the one alternation does:
// V8 stops optimising an expression whose source passes 20 KB (kRegExpTooLargeToOptimize), and the whole of FLOW_RE did
// in the fortieth session, doubling its cost. Each part stays under it (tests/unit/flow-words-size.test.ts).
const FLOW_GROUPS_BEFORE_IMPORTS = `(inbound and outbound|outbound and inbound|entering and leaving|entries and exits|in both directions|both ways|(?<=\\b(?:shipped|moved|carried|transported|sent|handled|traffic|cargo|freight|boxes|containers|goods)\\s+)to and from|(?<=\\b(?:shipments|cargo(?:es)?|freight|goods|trade|consignments|containers|boxes)\\s+(?:of\\s+(?:[\\w-]+\\s+){1,5}?)?(?:(?:moving|moved|going|passing|flowing|travell?ing)\\s+)?|\\b[\\w-]+\\s+(?:carried|shipped|transported|hauled|trucked|railed|moved|moving|passing|flowing|going)\\s+)in(?:to)?\\s+and\\s+out\\s+of|entered or exited|entered and exited|entered (?:or|and) left|left (?:or|and) entered|entering (?:or|and) leaving|customs revenues?|${LEVY_REVENUE}|customs duties|(?:import|export)\\s+(?:duties|taxes|tariffs|levies)(?=\\s+(?:collected|levied|totall?ed|amounted|came|reached|stood|rose|grew|fell|during|in|and\\s+(?:other\\s+)?(?:taxes|duties|levies|fees|VAT))\\b)|customs payments|duties and taxes|budget|collected)|(${EXCEEDED_BY('imports', 'exports')}|(?:deficit|shortfall|gap)\\s+between\\s+(?:imports|exports)\\s+and\\s+(?:exports|imports)|negative (?:foreign |external |merchandise )?(?:trade )?balance(?: of (?:foreign |external )?trade(?: turnover)?)?|trade deficit|deficits?(?:\\s+of\\s+(?:the\\s+)?(?:(?:foreign|external)\\s+)?(?:trade\\s+)?balance(?:\\s+of\\s+(?:foreign\\s+|external\\s+)?trade)?)?|in the red|import\\s+surplus(?:es)?|trade gap|${TRADED_GAP}|gap(?=\\s+(?:with|between)\\s)|(?<=\\b(?:leaving|left|leaves|creating)\\s+a\\s+(?:(?:monthly|quarterly|yearly|combined)\\s+)?)gap(?=\\s+of\\s)|trade shortfall|(?<!\\b(?:supply|revenue|budget|funding|fiscal|financing)\\s)shortfall|${FUEL_BILL}|net\\s+(?:[\\w-]+\\s+){0,3}?imports?|${NET_OUTFLOW})|(${EXCEEDED_BY('exports', 'imports')}|net\\s+(?:[\\w-]+\\s+){0,3}?exports?|${NET_INFLOW}|net\\s+trade(?:\\s+in\\s+goods)?(?!\\s+(?:contribut|added|subtract|weigh))|trade surplus|trade balance|balance of (?:foreign |external )?trade|surplus(?:es)?|in the black|positive (?:foreign |external |merchandise )?(?:trade )?balance(?: of (?:foreign |external )?trade(?: turnover)?)?|balance(?![\\s-]+of[\\s-]+payments\\b)(?: of (?:foreign |external )?trade(?: turnover)?|${REMAINDER_NOT_AFTER}))|(imports (?:and|&) exports|import (?:and|&) export|exports (?:and|&) imports|export (?:and|&) import|imported and exported|exported and imported|importing and exporting|exporting and importing|brought in and (?:took|carried|sent|shipped) out|import-export|export-import|import\\/export|${BALANCE_IN_TRADE}(?:foreign trade|external trade|total trade|two-way trade|bilateral trade)|(?:two[- ]way|bilateral)\\s+(?:totals?|tally|figures?|sum|flows?|volumes?)(?!\\s+of\\s+(?:the\\s+)?(?:exports|imports|shipments|sales|purchases)\\b)|(?:e-)?commerce(?=\\s+with\\s+(?:the\\s+)?(?-i:[A-Z]))|(?<=\\b(?:e-commerce|commerce|business|dealings|transactions|exchanges)\\s+)between(?=\\s+(?:(?:the\\s+|its\\s+|their\\s+)?[A-Za-z][\\w'’-]*(?:\\s+[\\w'’-]+){0,3}?\\s+and\\s|(?:the\\s+)?(?:two|both)\\s+(?:sides|countries|nations|economies|neighbou?rs|parties|regions)\\b))|trade turnover|turnover|FTT|trade volume|trade value|trading(?!${TRADING_TIME})|traded|${FREE_TRADE_NAME}${BALANCE_IN_TRADE}trade(?!\\s+(?:data|statistics|figures|numbers)\\b))|(exports? turnover|(?<!(?:world|globe|region|continent)['’]s\\s)(?:main|largest|biggest|top|leading|major|principal|dominant)\\s+(?:export\\s+)?(?:destinations?|customers?|buyers?|markets?(?=\\s+for\\s))|${DIRECTED_GOODS('outgoing|outward(?:-bound)?|departing|exiting|loaded')}|outbound|${COMPASS_BOUND('west')}|${PLACE_BOUND}|(?<![\\w-])bound\\s+for(?=${PLACE_NEXT})|shipped abroad|sent abroad|(?:sold|sells|selling)\\s+(?:abroad|overseas|offshore)|(?<!\\b(?:customs|revenue|duties|taxes)\\s+(?:[\\w-]+\\s+)?)earn(?:ed|ing|ings)|fetch(?:ed|es|ing)(?=${MONEY_NEXT})|brought\\s+in(?=${MONEY_NEXT})|(?:supplies|supplied|deliveries|delivered|sales|shipments?)(?:\\s+of(?:\\s+[\\w-]+){1,5}?)?\\s+(?:abroad|overseas)|(?:shipments?|supplies|deliveries)\\s+of(?:\\s+[\\w-]+){1,5}?\\s+to(?=${PLACE_NEXT})|(?<!\\b(?:inbound|incoming|import|inbound\\s+and\\s+outbound)\\s)shipments to|(?:supplies|deliveries)\\s+to(?=${PLACE_NEXT})|(?<=(?:^|[.;:!?(]\\s*|,\\s*|\\b(?:while|whereas|and|but|with)\\s+))sales\\s+to(?=${PLACE_NEXT})|(?<!\\b(?:the|these|those|such|inbound|incoming|import|inbound\\s+and\\s+outbound)\\s)shipments(?!\\s+from\\b|\\s+of(?:\\s+[\\w-]+){1,5}?\\s+from\\b|${INTO_OWN_PLACE})|(?:overseas|foreign)\\s+sales|shipped\\s+out|handed\\s+over(?=\\s+to${PLACE_NEXT})|${SOLD_PLACE_AMOUNT}|(?:shipped|sold|sent|sends|sells|supplied|delivered)(?!\\s+to\\s+and\\s+from\\b|\\s+into\\s+(?:China|the\\s+country)\\b)(?=\\s(?:[^.;]|\\.(?=\\d)){0,80}?\\b(?:to|into)${PLACE_NEXT})|(?:carried|transported|hauled|railed|trucked|moved)(?<=\\b(?:was|were|been|being|be)\\s+(?:[a-z]+ly\\s+)?[a-z]+)(?=\\s+(?:out\\s+)?(?:by\\s+(?:rail|road|truck|lorry|train|sea|ship|barge)\\s+)?(?:to|into)(?!\\s+China\\b)${PLACE_NEXT})|${CARRIED_OUT_REDUCED}|shipped(?<=\\b(?:[Tt]he\\s+(?:city|province|region|country|nation|municipality)|[Ii]t)\\s+(?:also\\s+)?shipped)(?!\\s+(?:in|from|through|via)\\b)|shipped(?<=\\b[a-z]+\\s+shipped)(?=${SHIPPED_ROUTE}\\s+(?:reached|totall?ed|amounted|came|stood|rose|grew|fell|climbed|jumped|increased|decreased|dropped|declined|was|were)\\b)|(?:shipped|sold|sent|delivered|supplied)(?=\\s(?:[^.;,]|[.,](?=\\d)){1,40}?\\s(?<!\\bfrom\\s)(?:abroad|overseas|offshore)\\b)|shipped(?=\\s+(?:out\\s+)?from\\s+(?:the\\s+)?(?:port\\s+of\\s+[A-Z]|[A-Z][\\w-]*\\s+(?:sea\\s*)?[Pp]orts?\\b))|(?:left|leaving|departed|loaded\\s+at)(?=\\s+(?:the\\s+)?(?-i:[A-Z])[\\w-]*\\s+(?:sea\\s*)?ports\\b)|(?:sold|sells|selling)(?=\\s(?:[^.;,]|[.,](?=\\d)){1,60}?\\s(?:on|in|into|to)\\s+(?:the\\s+)?(?:[A-Z][\\w-]*|foreign|overseas|world|external)\\s+markets?\\b)|sales(?=\\s+of\\s(?:[^.;]|\\.(?=\\d)){0,80}?\\bto${PLACE_NEXT})|(?:goods|cargo|freight|consignments|containers)\\s+(?:heading|headed|going|moving|travell?ing)\\s+(?:(?:north|south|east|west)(?:wards?)?\\s+)?(?:to|for)(?!\\s+(?:and|or)\\s+from\\b)(?=${PLACE_NEXT})|(?:went|moved|headed|travell?ed|left|departed)(?<=\\b(?:tonnes|tons|TEUs?)(?:\\s+of(?:\\s+[A-Za-z][\\w-]*){1,2})?\\s+[a-z]+)\\s+(?:out\\s+)?(?:(?:north|south|east|west)(?:wards?)?\\s+)?(?:to|for)(?!\\s+(?:and|or)\\s+from\\b)(?=${PLACE_NEXT})|went(?<=\\b(?:[Gg]oods|[Pp]roducts|[Mm]erchandise)\\s+(?:worth|valued\\s+at)\\s+(?:[^.;]|\\.(?=\\d)){1,40}?\\s+went)\\s+(?:out\\s+)?to(?=${PLACE_NEXT}|\\s+(?:the\\s+)?(?:other|remaining|fellow)\\s+(?:[\\w-]+\\s+)?(?:member\\s+states|countries|economies|markets)\\b)|${GOODS_LEAVING_FOR}|(?:left|leaving|leaves|exited|exiting|exits)\\s+(?:China|the\\s+(?:country|nation|mainland))\\b|(?<=\\b(?:that|which)\\s+)(?:left|exited)\\s+it\\b(?!\\s+(?:at|with|behind|short|below|above|in|as|\\d))|(?:left|leaving)\\s+(?:through|via)(?=\\s+(?:the\\s+)?(?:port|checkpoint|crossing|border|[A-Z]))|${AMOUNT_JUST_BEFORE}(?:going|went)\\s+out\\b|exporters?|exports?|exported|exporting|revenues?|NODX|${BOP_RECEIPTS})`;
const FLOW_IMPORT_GROUP = `(imports? turnover|(?<!(?:world|globe|region|continent)['’]s\\s)(?:main|largest|biggest|top|leading|major|principal|dominant)\\s+(?:import\\s+|(?:[a-z][\\w-]*\\s+){1,2})?(?:suppliers?|origins?|sources?(?!\\s+of\\b))|(?:discharged|unloaded)(?=\\s+(?:in|at)${PLACE_NEXT})|${DIRECTED_GOODS('incoming|inward(?:-bound)?|arriving|entering|landed|discharged|unloaded|offloaded')}|inbound|${COMPASS_BOUND('east')}|home(?:ward)?-?bound|return(?:ing)?(?=\\s+(?:freight\\s+|cargo\\s+|container\\s+)?(?:trains?|trips|journeys|runs|services)\\b)|(?:entered|enters|entering)\\s+(?:China|the\\s+country|it\\b)|(?:entered|enters|entering)\\s+(?:the\\s+(?:island|province|region|city|municipality|mainland|area)\\s+)?from\\s+(?:abroad|overseas|other\\s+countries)\\b|(?:went|came|moved|headed|travell?ed)\\s+(?:(?:north|south|east|west)(?:wards?)?\\s+)?into\\s+(?:China|the\\s+country)|(?:piped|railed|trucked|${CARRIED_IN})\\s+in(?=(?:\\s+by\\s+(?:rail|road|sea|air|pipeline|truck|train|ship))?\\s+(?:from|through|via|along)\\b)|(?:piped|railed|trucked|${CARRIED_IN})\\s+into\\s+(?:China|the\\s+country)\\b|(?:came|coming)\\s+in\\s+(?:along|through|via)\\b|arriv(?:ed|ing)\\s+(?:along|through|via)(?=\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,4}?pipelines?\\b)|${GOODS_COMING_FROM}|${GOODS_DELIVERED_FROM}|${GOODS_AMOUNT_JUST_BEFORE}${GOODS_CAME_IN}\\b(?!\\s+(?:(?:in|at|into)\\s+)?(?:the\\s+)?(?!(?:${MONTH_WORDS})\\b)(?-i:[A-Z]))|brought\\s+in(?<=\\b(?:were|was|been|being)\\s+brought\\s+in)\\b(?!${MONEY_NEXT})|brought\\s+in(?<=\\b[a-z]+\\s+brought\\s+in)(?=${CARRIED_BY}\\s+(?:reached|totall?ed|amounted|came|stood|rose|grew|fell|climbed|jumped|increased|decreased|dropped|declined|was|were)\\b)|(?:bought|purchased)(?=\\s+(?:[a-z][\\w-]*\\s+)?(?:goods|products|merchandise|commodities)\\s+(?:for|worth|valued)\\b)|${AMOUNT_JUST_BEFORE}(?:coming|came)\\s+in\\b(?!\\s+(?:at|below|above|under|over|ahead|lower|higher))|(?:shipments?|supplies|deliveries|cargoes)(?=${INTO_OWN_PLACE})|(?<!\\b(?:outbound|export|inbound\\s+and\\s+outbound|outbound\\s+and\\s+inbound)\\s+)shipments from|purchases from|deliveries from|supplies from|(?:supplies|deliveries|consignments|cargoes)\\s+of(?:\\s+[\\w-]+){1,5}?\\s+from(?=${PLACE_NEXT})|(?<!(?:tourist|visitor|passenger|traveller|traveler)\\s)arrivals|(?:bought|purchased|sourced|procured|brought\\s+in)(?=\\s(?:[^.;]|\\.(?=\\d)){0,80}?\\b(?:from${PLACE_NEXT}|of\\s+${MADE_IN}))|${TOOK_MADE_IN}|(?:brought\\s+in|bought|purchased)(?=:?${QUANTITY_NEXT})|(?:buys?|buying|bought|purchas(?:es?|ed|ing)|sourc(?:es?|ed|ing)|procur(?:es?|ed|ing))(?=\\s+(?:from\\s+)?(?:abroad|overseas|offshore)\\b)|(?:bought|purchased)(?=\\s+(?:(?:only|just|merely|a\\s+mere|some|about|around|nearly|roughly)\\s+)?(?:US\\s?\\$|[$€£¥]|\\d)(?:[^.;,]|[.,](?=\\d)){0,30}?\\s(?:worth|in\\s+goods|in\\s+return|in\\s+exchange)\\b)|(?:buying|purchasing)(?=\\s+(?:(?:only|just|merely|a\\s+mere|some|about|around|nearly|roughly)\\s+)?(?:US\\s?\\$|[$€£¥]|\\d)(?:[^.;,]|[.,](?=\\d)){0,30}?\\s(?:in\\s+return|in\\s+exchange)\\b)|${BOUGHT_BARE_NUMBER}|${BOUGHT_MONEY_OF_GOODS}|${TOOK_IN}|importers?|imports?|imported|importing|purchases|${BOP_PAYMENTS})`;
const FLOW_RE = new RegExp(`\\b(?:${FLOW_GROUPS_BEFORE_IMPORTS}|${FLOW_IMPORT_GROUP})\\b`, 'gi');

// "The negative balance of foreign trade turnover was ..." (the Central Asian offices' wording): the balance of a
// turnover is a balance, the turnover in it no total.
// The words FLOW_RE's alternatives start with (each match begins with one of them; a word that \s+ may part from the next
// is listed alone: "brought", "bound", "overseas", "foreign").
const TRADE_VERB = /^(?:exported|imported|shipped|sold|sent|supplied|delivered|bought|purchased|sourced|procured)$/;
const FLOW_START_WORDS = startKeywords(['inbound', 'outbound', 'outgoing', 'outward', 'departing', 'departed', 'exiting', 'incoming', 'inward', 'entering', 'entries', 'in both', 'both', 'to and from', 'in and out', 'into and out', 'entered', 'enters', 'going', 'went', 'coming', 'came', 'moved', 'headed', 'travel', 'set out', 'set off', 'setting', 'head', 'goes', 'running', 'runs', 'ran', 'moving', 'customs revenue', 'revenue', 'customs dut', 'customs pay', 'duties', 'budget', 'collected', 'negative', 'trad', 'deficit', 'energy', 'oil', 'fuel', 'gas', 'petroleum', 'hydrocarbon', 'gap', 'merchandise', 'shortfall', 'in the red', 'in the black', 'net', 'surplus', 'balance', 'positive', 'import', 'export', 'external trade', 'total trade', 'two-way', 'two way', 'bilateral', 'between', 'e-commerce', 'commerce', 'turnover', 'ftt', 'westbound', 'west', 'east', 'bound', '-bound', 'took', 'takes', 'taking', 'take', 'absorbed', 'absorbs', 'received', 'receives', 'shipped', 'sent', 'sends', 'sells', 'sold', 'overseas', 'foreign', 'selling', 'earn', 'fetch', 'bought', 'buy', 'purchased', 'buying', 'purchasing', 'sourced', 'sources', 'sourcing', 'procured', 'procures', 'procuring', 'supplies', 'supplied', 'deliveries', 'delivered', 'sales', 'shipment', 'left', 'exited', 'exits', 'leaving', 'nodx', 'goods', 'cargo', 'freight', 'consignments', 'containers', 'boxes', 'services', 'eastbound', 'home', 'return', 'purchases', 'brought', 'arrivals', 'main', 'largest', 'biggest', 'top', 'leading', 'major', 'principal', 'dominant', 'discharged', 'unloaded', 'offloaded', 'loaded', 'piped', 'railed', 'trucked', 'carried', 'hauled', 'flown', 'ferried', 'transported', 'arrived', 'arriving', 'landed', 'landing', 'flowed', 'flowing', 'poured', 'pouring', 'streamed', 'streaming', 'rolled', 'rolling', 'handed', 'products', 'commodities', 'receipts', 'payments', 'credits', 'debits'], FLOW_RE);
const EPITHET_BEFORE = /\b(?:world's|globe's|region's|continent's|largest|biggest|top|leading|major|main|no\.\s?\d+|number\s+\w+|\w+-largest|\w+-biggest)\s+(?:[\w.-]+\s+){0,2}$/i;
// An apposition between commas: ", Malaysia's largest trading partner," (not "remained the largest trading partner with 19.8%").
const TRADE_PARTNER_AFTER = /^\s+partners?\s*,/i;
const RANKED_PARTNER_WORD = /^(?:main|largest|biggest|top|leading|major|principal|dominant)\s/i;
const APPOSITION_THE_BEFORE = /\b(?:trade|turnover)\s+with\s+(?:the\s+)?[A-Z][^,;]{0,40},\s*(?:the|its|[\w'’-]+['’]s)\s+(?:[\w-]+\s+)?$/;
const APPOSITION_CLOSE_AFTER = /^(?:\s+(?:of|for|in)\s+[^,;.()]{1,50})?\s*,/;
const APPOSITION_OPEN_BEFORE = /,\s*(?:[\w'’.-]+\s+){1,4}$/;
const PLACE_HEAD_AFTER = /^\s+(?:provinces?|regions?|cit(?:y|ies)|hubs?|bases?|municipalit(?:y|ies)|ports?)\b/i;
const PARTNER_HEAD_AFTER = /^\s+(?:countries|country|nations|states|economies|markets|partners)\b/i;

// "Indonesia's coal shipments", "the country's shipments": shipments with an owner are the owner's exports.
const OWNER_BEFORE = /['’]s\s+(?:[\w-]+\s+){0,3}$/;

/** Every flow word of a sentence, in order. */
// Between a balance word and the trade it is of: "surplus on trade in goods", "deficit in goods trade".
const BALANCE_OF_TRADE_GAP = /^\s+(?:on|in|of)\s+(?:(?:the|its|their)\s+)?(?:(?:goods\s+and\s+services|goods|merchandise|foreign|external|visible|international)\s+){0,2}$/i;
// "Canada's surplus with its largest trading partner": after a flow word, "trading partner" names the
// partner of that flow, not two-way trade.
const PARTNER_OF_FLOW_BEFORE = /\b(?:with|to|from)\s+(?:its|their|the|our|his|her|(?:the\s+)?[\w'’.-]+['’]s)\s+(?:[\w-]+\s+){0,2}$/i;
// The nouns of a partner's role: a ranked one ends FLOW_RE's match ("biggest customer"), an export or import word is followed
// by one ("export market", "import source").
const PARTNER_ROLE_END = /\b(?:markets?|destinations?|customers?|buyers?|suppliers?|sources?|origins?)$/i;
const PARTNER_ROLE_AFTER = /^\s+(?:markets?|destinations?|customers?|buyers?|suppliers?|sources?|origins?|partners?)\b/i;
const TRADE_MODE_AFTER = /^\s+(?:model|mode|method|pattern)s?\b/i;
const PARTNER_NOUN_AFTER = /^\s+partners?\b/i;
// "the largest export market of Viet Nam with an estimated turnover of", "the biggest import source for the country with": the
// place whose market it is may be named between, and a comma may set the turnover off ("the largest export market, with an
// estimated turnover of").
const MARKET_TURNOVER_GAP = /^\s+(?:markets?|destinations?|sources?),?\s+(?:(?:of|for)\s+(?:(?:the\s+)?(?:country|nation|province|region|city)|[A-Z][^\s,.;]*(?:\s+[A-Z][^\s,.;]*){0,2}),?\s+)?(?:(?:in|during|over|for)\s+(?:the\s+)?(?:[\w-]+,?\s+){1,4}?)?(?:with|at)\s+(?:an?\s+)?(?:(?:estimated|total|combined)\s+)?(?:(?:trade|export|import)\s+)?$/i;

// Before "turnover of": the preposition or participle attaching the money to the flow named before ("for a turnover of",
// "with an estimated turnover of", "earning a turnover of").
const TURNOVER_OF_FLOW_BEFORE = /(?:^|\s)(?:for|with|at|worth|earning|generating|fetching|bringing\s+in|yielding)\s+(?:an?\s+|the\s+)?(?:(?:estimated|total|combined|record|overall)\s+)?$/i;
const COMPARED_FLOW_BEFORE = /\b(?:faster|slower|quicker|more\s+(?:quickly|slowly|strongly|sharply))\s+than\s+(?:(?:those|that)\s+of\s+)?(?:the\s+)?$/i;
const COMPARED_FLOW_WORDS = keywords(['faster', 'slower', 'quicker', 'more'], COMPARED_FLOW_BEFORE);

// ("PERTH (trade paper) -", "a trade journal reported", "the trade fair", "trade talks", "the trade war": a publication, a
// gathering or a dispute of the field is no flow either.)
const TRADE_OFFICE_AFTER = /^\s+(?:secretariat|ministry|minister|department|bureau|office|officials?|council|commission|agency|authorit(?:y|ies)|body|papers?|journals?|press|publications?|magazines?|newsletters?|associations?|fairs?|shows?|expos?|envoys?|negotiators?|talks|wars?|disputes?)\b/i;
const TRADE_IN_NAME = /\bFree\s+Trade\b|\bTrade\s+(?:Zone|Area|Port|Corridor|Agreement|Organization|Organisation)\b/;
// "the China International Import Expo", "the Kunming Import and Export Fair", "the Export Commodities Fair", "a Russian
// Exports Week", "the Import Goods Exhibition": a flow word in capitals inside the name of a fair, expo or show names the
// event, and the deals or visitors counted at it are no flow.
const EVENT_NAME_AFTER = /^(?:\s+(?:Commodit(?:y|ies)|Goods|Products|Trade|Economic|Investment|Promotion|International|Consumer|Services?|and|&)){0,3}\s+(?:Expo(?:sition)?|Fair|Exhibition|Show|Week|Festival|Forum|Summit)s?\b/;
const CAPITALISED_FLOW = /^(?:Import|Export)/;

export function findFlowCues(text: string): FlowCue[] {
  // "imports and\nexports" in a text copied with its line ends is "imports and exports" (same length, same offsets).
  const s = text.includes('\n') ? text.replace(/\n/g, ' ') : text;
  const cues: FlowCue[] = [];
  for (let m = nextFlowWord(s, 0); m !== null; m = nextFlowWord(s, m.index + m[0].length)) {
    const word = m[0].toLowerCase();
    if (namesNoFlow(s, m, word)) continue;
    if (m[4] && tradeOfAnotherCue(s, m, word, cues)) continue;
    const cue = flowCueOf(s, m, word);
    if (cue) cues.push(cue);
  }
  return withCompassContrast(s, withScreenTotals(s, withBracketedTotals(s, withoutBalanceDefinitions(s, withoutBalanceOperands(s, withoutFlowDefinitions(s, withoutWayOfGoodsBothWays(s, cues)))))));
}

/** The flows a caption, head or label names, each once ("Exports and imports" names two). */
export function flowsNamed(text: string): Set<Flow> {
  return new Set(findFlowCues(text).map((c) => c.flow));
}

/** The one flow a caption, head or label names, or null when it names none or several. */
export function soleFlow(flows: Set<Flow>): Flow | null {
  return flows.size === 1 ? [...flows][0] : null;
}

// FLOW_RE tried at one place only, where a word it starts with stands: its first five groups, then the imports.
const FLOW_AT = new RegExp(`\\b(?:${FLOW_GROUPS_BEFORE_IMPORTS})\\b`, 'iy');
const FLOW_IMPORT_AT = new RegExp(`\\b(?:${FLOW_IMPORT_GROUP})\\b`, 'iy');
// The groups 1-5 an import match leaves unmatched.
const FIVE_UNMATCHED = [undefined, undefined, undefined, undefined, undefined] as unknown as string[];
/** The sizes of the two parts' sources, each to stay under V8's 20 KB (tests/unit/flow-words-size.test.ts). */
export const FLOW_PART_SIZES = [FLOW_AT.source.length, FLOW_IMPORT_AT.source.length] as const;

/** The next flow word at or after `from`: FLOW_RE's next match, tried only where one of FLOW_START_WORDS starts. */
function nextFlowWord(s: string, from: number): RegExpExecArray | null {
  for (let at = nextMentionStart(s, FLOW_START_WORDS, from); at >= 0; at = nextMentionStart(s, FLOW_START_WORDS, at + 1)) {
    FLOW_AT.lastIndex = at;
    const m = FLOW_AT.exec(s);
    if (m !== null) return m;
    FLOW_IMPORT_AT.lastIndex = at;
    const i = FLOW_IMPORT_AT.exec(s);
    // (The import group read as FLOW_RE's sixth.)
    if (i !== null) return i.splice(1, 0, ...FIVE_UNMATCHED), i;
  }
  return null;
}

// The lower-cased flow words some rules ask about (sets, not an expression per match).
const IMPORTING_WORDS = new Set(['importing', 'exporting']);
const IMPORTER_WORDS = new Set(['importer', 'importers', 'exporter', 'exporters']);

const OTHER_TRADERS_AFTER = /^\s*(?:,\s*)?(?:and|or|&)\s+(?:(?:the|their|its|other)\s+)?(?:importers?|exporters?)\b/i;
const OTHER_TRADERS_BEFORE = /\b(?:importers?|exporters?)\s*(?:,\s*)?(?:and|or|&)\s+(?:(?:the|their|its|other)\s+)?$/i;

/** "importers and exporters", "exporters or importers": a trader word coordinated with the trader of the other way. */
function tradersOfBothWays(s: string, start: number, end: number): boolean {
  return OTHER_TRADERS_AFTER.test(s.slice(end, end + 30)) || OTHER_TRADERS_BEFORE.test(s.slice(Math.max(0, start - 30), start));
}

/** A FLOW_RE match that names a place or a partner, not a flow: an epithet, an apposition, a body's name. */
// The opening of a clause that dates a running total from a first run: "since the first China-Europe train", "ever since its
// maiden service", "since the inaugural block train", "since the very first freight trains", "since they first", "since the
// railway's first train" (the words between may be up to four, a name or a possessive among them; no comma between).
const FIRST_RUN_SINCE_WORD = /\bsince\b/i;
const FIRST_RUN_SINCE_BEFORE = /\bsince\s+(?:(?:the|its|their|a|an|[\w-]+['’]s?)\s+(?:[\w'’-]+\s+)?(?:very\s+)?(?:first|maiden|inaugural|debut|earliest|pioneering)\s+(?:[\w'’-]+\s+){0,4}?|(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:had\s+)?first\s+)$/i;
function namesNoFlow(s: string, m: RegExpExecArray, word: string): boolean {
  const start = m.index;
  const end = start + m[0].length;
  // "Since the first train left China in 2011, the port has handled 62,400 trains": a crossing in the clause that dates a running
  // total from a first run names that run, no way of the counted trains or goods.
  if (FIRST_RUN_SINCE_WORD.test(s.slice(Math.max(0, start - 80), start)) && FIRST_RUN_SINCE_BEFORE.test(s.slice(Math.max(0, start - 80), start))) return true;
  // "the main importing countries were Russia (32.5%)": buyers or suppliers named as partners, not a flow.
  if ((m[5] || m[6]) && (IMPORTING_WORDS.has(word) || IMPORTER_WORDS.has(word)) && PARTNER_HEAD_AFTER.test(s.slice(end, end + 20))) return true;
  // "which serves the country's importers and exporters", "exporters and importers alike", "for importers or exporters": the
  // traders of both ways named together are the people who trade, no flow of the figure.
  if ((m[5] || m[6]) && IMPORTER_WORDS.has(word) && tradersOfBothWays(s, start, end)) return true;
  // "Guangdong, the country's largest exporting province": an epithet of the place, not a flow.
  if ((m[5] || m[6]) && IMPORTING_WORDS.has(word) && PLACE_HEAD_AFTER.test(s.slice(end, end + 20))) return true;
  // "Brazil, the world's top exporter, ...", "China, the largest buyer": an epithet of a place, not a flow.
  if ((m[5] || m[6]) && IMPORTER_WORDS.has(word) && EPITHET_BEFORE.test(s.slice(Math.max(0, start - 40), start))) return true;
  // "China, Malaysia's largest trading partner, ...": a "trade partner" apposition names a partner, not a flow.
  if (m[4] && (word === 'trade' || word === 'trading') && TRADE_PARTNER_AFTER.test(s.slice(end, end + 12)) && APPOSITION_OPEN_BEFORE.test(s.slice(Math.max(0, start - 50), start))) return true;
  // "trade with Italy, the main buyer of Kazakh crude, was ...": a ranked buyer or supplier in an apposition between commas
  // after "trade with" a partner describes the partner, not the figure's flow ("Sales to China, the main destination of
  // ..., came to" keeps it: the subject's own words there name no flow of trade).
  if ((m[5] || m[6]) && RANKED_PARTNER_WORD.test(m[0]) && APPOSITION_THE_BEFORE.test(s.slice(Math.max(0, start - 90), start)) && APPOSITION_CLOSE_AFTER.test(s.slice(end, end + 60))) return true;
  // "Japan's surplus with its biggest export market", "a deficit with the main import source", "sales to their largest
  // customers", "purchases from the country's top supplier": a partner named by its role after "with", "to" or "from" and a
  // determiner is the partner of the figure's own flow or balance, not a flow.
  if ((m[5] || m[6]) && PARTNER_OF_FLOW_BEFORE.test(s.slice(Math.max(0, start - 50), start)) && (PARTNER_ROLE_END.test(m[0]) || PARTNER_ROLE_AFTER.test(s.slice(end, end + 16)))) return true;
  // "Exports grew faster than imports, rising 15.2 percent": the flow a change is compared with is not the subject's.
  if ((m[5] || m[6]) && mentions(s, COMPARED_FLOW_WORDS, start - 40, start) && COMPARED_FLOW_BEFORE.test(s.slice(Math.max(0, start - 40), start))) return true;
  // "Exports from the China (Guangxi) Pilot Free Trade Zone": "Trade" inside a zone's or body's name is no flow.
  if (m[4] && m[0] === 'Trade' && TRADE_IN_NAME.test(s.slice(Math.max(0, start - 6), end + 14))) return true;
  if (CAPITALISED_FLOW.test(m[0]) && EVENT_NAME_AFTER.test(s.slice(end, end + 60))) return true;
  // "citing figures from Brazil's foreign trade secretariat", "the trade minister said": an office named by its field is no flow.
  return Boolean(m[4] && /(?:^|\s)trade$/.test(word) && TRADE_OFFICE_AFTER.test(s.slice(end, end + 16)));
}

/** A two-way trade word (FLOW_RE's group 4) that belongs to the flow or balance cue before it rather than naming total trade. */
function tradeOfAnotherCue(s: string, m: RegExpExecArray, word: string, cues: FlowCue[]): boolean {
  const start = m.index;
  const end = start + m[0].length;
  const previous = cues[cues.length - 1];
  if (!previous) return false;
  // "the surplus on trade in goods", "a deficit in merchandise trade": the trade the balance is of.
  if (previous.flow === 'balance' && BALANCE_OF_TRADE_GAP.test(s.slice(previous.end, start))) return true;
  if (/^trad(?:e|ing)$/.test(word) && PARTNER_NOUN_AFTER.test(s.slice(end, end + 12)) && PARTNER_OF_FLOW_BEFORE.test(s.slice(Math.max(0, start - 50), start))) return true;
  // "Exports under the market procurement trade model": "trade" names the way goods are traded, not two-way trade.
  if (word === 'trade' && TRADE_MODE_AFTER.test(s.slice(end, end + 12))) return true;
  if (previous.flow !== 'export' && previous.flow !== 'import') return false;
  // "Exports under market procurement trade", "imports under processing trade": "trade" names the mode of that flow.
  if (word === 'trade' && UNDER_MODE_GAP.test(s.slice(previous.end, start))) return true;
  // "the largest export market with an estimated turnover of US$112.4 billion" ("... market in the 11 months with ..."):
  // the market's turnover is that flow's.
  if (word === 'turnover' && MARKET_TURNOVER_GAP.test(s.slice(previous.end, start))) return true;
  // "the country shipped 7.05 million tonnes of rice ..., for a turnover of 4.37 billion USD", "imported 2 million tonnes, with
  // a combined turnover of": the money a flow's goods were worth, attached to that flow by a preposition, is that flow's.
  return word === 'turnover' && !s.slice(previous.end, start).includes(';') && TURNOVER_OF_FLOW_BEFORE.test(s.slice(Math.max(0, start - 40), start)) && /^\s+of\b/.test(s.slice(end, end + 6));
}

// A verb of travel before a compass way ("heading west", "ran eastwards", "moving west"), as COMPASS_BOUND reads it.
// (a227: "1,240 of this year's trips came eastward", "trains rolling west": verbs of coming and rolling too.)
const TRAVEL_VERB = String.raw`(?:(?:head|go|went|travel|run|ran|mov|came|com|roll)\w*|set(?:ting)?\s+(?:out|off))`;
/**
 * A whole flow word naming a way: "westbound", "bound east", "heading west" (`sides` with "bound", `travelSides` after a
 * verb of travel: north and south name no axis there).
 */
export function compassWayWord(sides: string, travelSides = sides): RegExp {
  return new RegExp(String.raw`^(?:(?:${sides})(?:wards?)?-?bound|bound\s+(?:${sides})(?:wards?)?|${TRAVEL_VERB}\s+(?:${travelSides})(?:wards?)?)$`, 'i');
}
// The flow words that say a way out or in, not only a flow (`directional`).
const DIRECTIONAL_EXPORT_WORD = new RegExp(String.raw`outbound|west(?:wards?)?-?bound|bound\s+west|${TRAVEL_VERB}\s+west|bound\s+for|^-bound$|left|leaving|\sout$`);
const DIRECTIONAL_IMPORT_WORD = new RegExp(String.raw`inbound|east(?:wards?)?-?bound|bound\s+east|${TRAVEL_VERB}\s+east|home(?:ward)?-?bound|return|^enter(?:ed|s|ing)|\sinto\s|\sin$`);

/** The cue a FLOW_RE match gives, by the group that matched (revenue and traffic, negative balance, balance, total, export, import). */
function flowCueOf(s: string, m: RegExpExecArray, word: string): FlowCue | null {
  const start = m.index;
  const end = start + m[0].length;
  if (m[1]) return { start, end, flow: 'other', negative: false, directional: false, bothWays: !/revenue|dut|tax|tariff|levies|payment|budget|collected/.test(word) };
  if (m[2]) return { start, end, flow: 'balance', negative: true, directional: false, ...(/\sbills?$/.test(word) ? { bill: true } : {}) };
  if (m[3]) return { start, end, flow: 'balance', negative: /negative/.test(s.slice(Math.max(0, start - 12), end)), directional: false };
  if (m[4]) return { start, end, flow: 'total', negative: false, directional: false };
  if (m[5]) {
    const { directional, verb } = wordFacts(EXPORT_WORD_FACTS, word, DIRECTIONAL_EXPORT_WORD);
    return { start, end, flow: 'export', negative: false, directional, verb, weak: (word === 'shipment' || word === 'shipments') && !OWNER_BEFORE.test(s.slice(Math.max(0, start - 40), start)) };
  }
  if (m[6]) return { start, end, flow: 'import', negative: false, ...wordFacts(IMPORT_WORD_FACTS, word, DIRECTIONAL_IMPORT_WORD) };
  return null;
}

// What a flow word says by itself (whether it gives a direction, whether it is a verb of trade), asked once per word.
const EXPORT_WORD_FACTS = new Map<string, { directional: boolean; verb: boolean }>();
const IMPORT_WORD_FACTS = new Map<string, { directional: boolean; verb: boolean }>();

function wordFacts(known: Map<string, { directional: boolean; verb: boolean }>, word: string, directionalWord: RegExp): { directional: boolean; verb: boolean } {
  let facts = known.get(word);
  if (facts === undefined) {
    if (known.size >= 512) known.clear();
    known.set(word, (facts = { directional: directionalWord.test(word), verb: TRADE_VERB.test(word) }));
  }
  return facts;
}

// "The trade exchange (exports plus imports) amounted to ...": a bracket that sums the two flows defines a total.
const SUM_OF_FLOWS = /\(\s*(?:exports?\s+(?:plus|\+)\s+imports?|imports?\s+(?:plus|\+)\s+exports?)\s*\)/gi;

/** The two flow words of a bracket that sums them ("(exports plus imports)") read as one word of total trade. */
function withBracketedTotals(s: string, cues: FlowCue[]): FlowCue[] {
  if (!s.includes('(')) return cues;
  let out = cues;
  // (An `exec` loop: `matchAll` copies the pattern at every call.)
  SUM_OF_FLOWS.lastIndex = 0;
  for (let m = SUM_OF_FLOWS.exec(s); m !== null; m = SUM_OF_FLOWS.exec(s)) {
    const [start, end] = [m.index, m.index + m[0].length];
    const total: FlowCue = { start, end, flow: 'total', negative: false, directional: false };
    out = [...out.filter((c) => c.start < start || c.end > end), total].sort((a, b) => a.start - b.start);
  }
  return out;
}

// "[SUPER: YUNNAN Q1 | TOTAL 68.4 BN YUAN ▲11.2% | EXPORTS 41.7 BN ▲15.6%]", "[GFX LINE 1: TOTAL 41.21 TRN YUAN]": on a screen
// line of items split by bars (or opened by the graphic's label and its colon), an item opened by "TOTAL" in capitals right
// before its amount is the two-way trade the items after it split; without it the item took the next item's flow.
// ("TOTAL EXPORTS $300 BN" names its flow itself; "total" in prose is no cue.)
const SCREEN_TOTAL = /(?:\|\s*|:\s+)TOTAL(?=\s+[$€£¥]?\d)/g;

/** "TOTAL" opening an item of a screen line before its amount, read as a word of total trade. */
function withScreenTotals(s: string, cues: FlowCue[]): FlowCue[] {
  if (!s.includes('TOTAL')) return cues;
  const totals: FlowCue[] = [];
  SCREEN_TOTAL.lastIndex = 0;
  for (let m = SCREEN_TOTAL.exec(s); m !== null; m = SCREEN_TOTAL.exec(s)) totals.push({ start: m.index + m[0].length - 5, end: m.index + m[0].length, flow: 'total', negative: false, directional: false });
  return totals.length ? [...cues, ...totals].sort((a, b) => a.start - b.start) : cues;
}

// "Heading south, the trains carried ..., while returning trains brought back ...", "131 headed west ..., while 37 inbound
// services ...": a compass heading names no way of trade by itself (south is outbound from Chongqing, inbound to Ulaanbaatar),
// but set against words of only the other way in the same sentence it is the way out (or in) that they are not.
// (Not against another compass word, "westbound", which is as relative; not a heading "to" a place, which says the way itself.)
const COMPASS_HEADING = /\b(?:head(?:ed|ing)|going|went|ran|running|travell?(?:ed|ing))\s+(?:north|south|east|west)(?:wards?)?\b(?!\s+(?:to|for|into|towards?)\b)/gi;
const COMPASS_WORD = /north|south|east|west/i;
// Answered from the sentence's keyword scan (made once for all its rules), not by scanning the sentence again.
const COMPASS_WORDS = exactKeywords(['north', 'south', 'east', 'west'], COMPASS_WORD);
const COMPASS_CUE = compassWayWord('west|east|north|south', 'west|east');

/** The sentence's cues with a directional cue for each compass heading set against directional words of only the other way. */
function withCompassContrast(s: string, cues: FlowCue[]): FlowCue[] {
  if (!cues.length || !mentions(s, COMPASS_WORDS)) return cues;
  const directional = cues.filter((c) => c.directional && (c.flow === 'export' || c.flow === 'import'));
  if (directional.some((c) => COMPASS_CUE.test(s.slice(c.start, c.end)))) return cues;
  const ways = new Set(directional.map((c) => c.flow));
  if (ways.size !== 1) return cues;
  const flow: Flow = ways.has('import') ? 'export' : 'import';
  let out = cues;
  COMPASS_HEADING.lastIndex = 0;
  for (let m = COMPASS_HEADING.exec(s); m !== null; m = COMPASS_HEADING.exec(s)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (out.some((c) => c.start < end && c.end > start)) continue;
    out = [...out, { start, end, flow, negative: false, directional: true }].sort((a, b) => a.start - b.start);
  }
  return out;
}

// "Shipments of crude oil and refined products in and out of the zone grew ...", "freight into and out of the port", "goods
// to and from Russia": a noun of goods moving, its goods named, then the two ways it moved, is the two-way trade; the noun's own
// way (bare "shipments" read as exports) gives way to the pair after it.
const GOODS_BEFORE_BOTH_WAYS_GAP = /^(?:\s+of(?:\s+[\w-]+){1,6}?)?\s+$/;

/** The sentence's cues without a one-way noun of goods that the both-ways words right after its goods name the ways of. */
function withoutWayOfGoodsBothWays(s: string, cues: FlowCue[]): FlowCue[] {
  return cues.filter((c, i) => {
    const next = cues[i + 1];
    return !(next?.bothWays && !c.verb && !c.bothWays && (c.flow === 'export' || c.flow === 'import') && GOODS_BEFORE_BOTH_WAYS_GAP.test(s.slice(c.end, next.start)));
  });
}

// Right after a flow, the opening of an aside that says what the flow is: "Re-exports, goods that are imported and leave
// the country again, grew", "transit trade (that is, merchandise which enters and exits without ...)", "Processing imports
// — materials brought in to be worked and shipped out — fell", "entrepot exports, i.e. foreign goods sold on, rose".
const FLOW_DEFINITION_OPEN = /^\s*([,(]|[—–]|\s-)\s*(?:(?:i\.\s?e\.|that\s+is|meaning|namely|defined\s+as|in\s+other\s+words),?\s+|(?:(?:the|those)\s+)?(?:(?:foreign|domestic|imported|finished|raw|semi-finished)\s+)?(?:goods|products|merchandise|items|commodities|wares|materials|inputs|cargo(?:es)?|shipments)\s+(?:that|which|being|first)?\b|(?:which|that)\s+(?:are|is|were|was|means?|covers?|cover|refers?|consists?)\b)/i;
const DEFINITION_CLOSE: Record<string, string> = { ',': ',', '(': ')', '—': '—', '–': '–', '-': ' -' };

/**
 * "Re-exports, goods that are imported and leave the country again after little processing, grew 18.9 percent": an aside
 * right after a flow that defines it names other flows inside; those words are the definition's, not the subject's.
 */
function withoutFlowDefinitions(s: string, cues: FlowCue[]): FlowCue[] {
  if (cues.length < 2) return cues;
  let out = cues;
  for (const flow of cues) {
    if (!out.includes(flow) || (flow.flow !== 'export' && flow.flow !== 'import')) continue;
    const m = FLOW_DEFINITION_OPEN.exec(s.slice(flow.end, flow.end + 90));
    if (!m) continue;
    const open = flow.end + m.index + m[0].indexOf(m[1].trim()) + 1;
    const close = s.indexOf(DEFINITION_CLOSE[m[1].trim()], open);
    if (close < 0 || close - open > 200 || /[.;]\s/.test(s.slice(flow.end + m[0].length, close))) continue;
    out = out.filter((c) => c === flow || c.start < open || c.end > close);
  }
  return out;
}

// "The gap between what the country sells and what it buys abroad narrowed to", "the difference between what we export and
// what we import", "the gap between how much it ships out and how much it brings in": after a balance noun, "between" and two
// relative clauses joined by "and" name what the balance is the difference of; their verbs of buying or selling name no flow of
// the figure. The span ends at the second clause's verb (and "abroad", "overseas", "in", "out" after it).
const BETWEEN_AFTER_BALANCE = /^\s+between\s+(?:what|how\s+much)\s[^,;.$€£¥\d]{1,60}?\sand\s+(?:what|how\s+much)\s[^,;.$€£¥\d]{0,40}?\b(?:buys?|bought|buying|purchases?|purchased|imports?|imported|brings?\s+in|brought\s+in|sells?|sold|selling|exports?|exported|ships?(?:\s+out)?|shipped(?:\s+out)?)\b(?:\s+(?:abroad|overseas|from\s+abroad))?/i;

/** The sentence's cues without the flows a balance's "between … and …" names as its two sides. */
function withoutBalanceOperands(s: string, cues: FlowCue[]): FlowCue[] {
  let out = cues;
  for (const balance of cues) {
    if (balance.flow !== 'balance') continue;
    const m = BETWEEN_AFTER_BALANCE.exec(s.slice(balance.end));
    if (!m) continue;
    const end = balance.end + m[0].length;
    out = out.filter((c) => c === balance || c.start < balance.end || c.end > end || (c.flow !== 'export' && c.flow !== 'import'));
  }
  return out;
}

// Between a balance and the bracket that defines it: "the trade balance (", "the balance with third countries (".
const BALANCE_TO_BRACKET = /^\s*(?:(?:with|of|in|on)\s+[^().;]{1,50}?\s*)?\($/i;

/**
 * "The trade balance with third countries (exports FOB - imports CIF) was negative", "the trade balance
 * (exports minus imports)": a bracket right after a balance that names both flows defines the balance; its
 * flow words are not the subject of the figures after it.
 */
function withoutBalanceDefinitions(s: string, cues: FlowCue[]): FlowCue[] {
  if (cues.length < 3 || !s.includes('(')) return cues;
  let out = cues;
  for (const [k, balance] of cues.entries()) {
    if (balance.flow !== 'balance') continue;
    const open = s.indexOf('(', balance.end);
    const close = open < 0 ? -1 : s.indexOf(')', open);
    if (close < 0 || !BALANCE_TO_BRACKET.test(s.slice(balance.end, open + 1))) continue;
    const inside = cues.slice(k + 1).filter((c) => c.start > open && c.end <= close);
    if (!inside.some((c) => c.flow === 'export') || !inside.some((c) => c.flow === 'import')) continue;
    out = out.filter((c) => !inside.includes(c));
  }
  return out;
}

// "Exports under market procurement trade", "Exports of seafood under processing trade": between a flow and the
// mode its "trade" names (the goods may come first). "The export of market procurement trade", "imports by processing trade",
// "the export in general trade": a mode named by its own word after "of", "by" or "in" (a220).
const UNDER_MODE_GAP = /^\s+(?:(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:under|via|through)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}|(?:of|by|in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:general|processing|procurement|small[- ]amount|bonded|entrepot|ordinary|barter|e-commerce)\s+)$/i;
// Words that cannot be part of a commodity name before "exports"/"imports" ("between": "the gap between imports and exports").
// ("In yuan terms imports edged down": the money or measure a change is taken in, "in X terms", names no goods.)
// (a229: a verb of estimating whose object is the flow, "first put exports at", "the tally puts arrivals at", "pegged imports at".)
const COMMODITY_STOP = /^(?:the|terms|put|puts|putting|pegged|pegs|placed|its|their|plus|minus|his|her|our|a|an|total|overall|foreign|external|monthly|annual|quarterly|year-to-date|ytd|cumulative|seasonally|adjusted|goods|merchandise|and|or|of|in|on|at|to|from|by|as|with|while|whilst|whereas|but|though|although|yet|that|which|also|had|has|have|is|was|were|are|be|been|year-on-year|combined|such|all|other|general|ordinary|processing|border|national|country's|region's|province's|city's|port's|world's|direct|re-exports|net|trade|export|import|exports|imports|import-export|up|down|where|when|whose|this|these|those|last|first|second|new|record|respectively|alone|meanwhile|among|them|which|for|via|through|into|outbound|inbound|incoming|outgoing|imported|exported|re-export|bulk|largest|main|major|key|principal|leading|top|domestic|says|said|reports|reported|showed|shows|regarding|concerning|lower|higher|weaker|stronger|overseas|than|between|including|excluding|namely|comprising|consisting)$/i;

function cleanCommodity(text: string): string {
  const phrase = text.trim().replace(/\s+/g, ' ').replace(/^(?:the|a|an)\s+/i, '');
  if (!phrase || /^(?:goods|commodities|products|merchandise|cargo|freight|all goods)$/i.test(phrase)) return '';
  // "cross-border e-commerce exports", "general trade imports": a trade mode, not a commodity.
  if (breakdownIn(phrase)) return '';
  return phrase;
}

// "exports of household appliances", "imports of Russian crude oil and natural gas".
// "..., and those of cars slipped 3 percent": "those" stands for the flow noun named before; "went" (up, down) ends the goods.
// A word glued to "$" is a currency sign ("re-exports of EC$11.6 mn"), not goods; so are capitals glued to a number
// ("imports of R172.83 billion", "exports of N4.1 trillion").
// A country written with stops ("imports of U.S. soybeans", "U.K. whisky") is one word of the phrase, not its end.
const OF_COMMODITY = /\b(?:exports?|imports?|shipments|purchases|sales|deliveries|supplies|export|import|those)\s+of\s+((?:(?:[A-Z]\.){2,}\s*|(?![A-Z]{1,3}\d)[A-Za-z][\w'-]*(?![\w'$-]|[.,]\d)\s*){1,6})/gi;
const OF_STOP = /^(?:from|to|in|into|at|through|via|by|during|over|for|with|were|was|are|is|had|have|has|while|which|that|up|down|came|went|hit|made|slowed|this|last|worth|valued|the|accounted|saw|showed|meanwhile|alone|abroad|mainly|mostly|chiefly|including|such)$/i;

// "crude oil imports", "coffee sales abroad": the words right before a flow noun name its goods ("coal arrivals", "soybean
// purchases", "grain deliveries", "fuel supplies", "ore cargoes" too; a174).
const NOUN_FLOW = /\b(?:exports?|imports?|shipments|sales|arrivals|purchases|deliveries|supplies|cargoes|NODX)\b/g;
// Both readers of commodityBefore need one of these flow nouns.
const FLOW_NOUN_WORDS = keywords(['export', 'import', 'shipments', 'purchases', 'sales', 'deliveries', 'supplies', 'arrivals', 'cargoes', 'nodx', 'those of'], OF_COMMODITY, NOUN_FLOW);

/** The commodity named before position `at` in the sentence ("exports of X", "X exports"), or "". */
export function commodityBefore(s: string, from: number, at: number): string {
  // Commodity names sit close to their figure; a bounded window keeps many-figure sentences linear.
  const start = Math.max(from, at - 300);
  if (!mentions(s, FLOW_NOUN_WORDS, start, at)) return '';
  const text = s.slice(start, at);
  const named = lastFlowOfCommodity(text);
  // A later "X exports" names the goods instead ("crude oil imports" after "exports of coal").
  const nounFlow = NOUN_FLOW;
  nounFlow.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nounFlow.exec(text)) !== null) {
    if (m.index < named.at) continue;
    const phrase = commodityNamedBefore(text, m.index);
    if (phrase) {
      named.phrase = phrase;
      named.at = m.index;
    }
  }
  return named.phrase;
}

/** The goods the last "exports of X" of `text` names ("" when it names none), and where that flow noun stands (-1: none). */
function lastFlowOfCommodity(text: string): { phrase: string; at: number } {
  const named = { phrase: '', at: -1 };
  OF_COMMODITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OF_COMMODITY.exec(text)) !== null) {
    const kept = ofPhraseWords(spaceWords(m[1]));
    const phrase = cleanCommodity(kept.filter((w, i) => !(i === 0 && isPlaceWord(w))).join(' '));
    if (m.index >= named.at) {
      named.phrase = phrase ? phrase.replace(/\(.*$/, '').trim() : '';
      named.at = m.index;
    }
  }
  return named;
}

/**
 * The words after "exports of" that name the goods: up to a stop word or a change verb (an "and" inside the
 * name is kept: "crude oil and natural gas"), never starting with a generic noun ("goods", "products"),
 * and never ending with "and" or "or".
 */
function ofPhraseWords(words: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if ((OF_STOP.test(w) || isChangeVerb(w)) && !(w.toLowerCase() === 'and' && kept.length)) break;
    if (i === 0 && /^(?:goods|products)$/i.test(w)) break;
    kept.push(w);
  }
  while (kept.length && /^(?:and|or)$/i.test(kept[kept.length - 1])) kept.pop();
  return kept;
}

// "DAP imports totalled 3.94mn t", "LNG imports": the trade's abbreviations of goods (fertilizers, fuels, steel), which
// name the goods where another acronym ("GAC", "EU") before a flow noun names none.
const GOODS_ACRONYMS = new Set(['DAP', 'MAP', 'NPK', 'TSP', 'SSP', 'LNG', 'LPG', 'CNG', 'HRC', 'CRC', 'DRI', 'HBI', 'PVC', 'PET', 'NEV', 'NEVS']);
// "Mexico-bound shipments", "US-origin cargoes": where the goods go or come from (place-roles.ts ORIGIN_COMPOUND), no goods.
const PLACE_BOUND_WORD = /^[A-Z][\w.]*-(?:origin|originated|sourced|bound|destined)$/;

/**
 * The goods named right before a flow noun at `index` of `text`: "crude oil imports", "passenger car exports",
 * "China's rare earth exports", "electronics NODX" (Singapore's non-oil domestic exports, broken down by goods).
 * Stops at a stop word, a change verb, an owner ("China's"), a place or an acronym.
 */
const EXTRA_BLOC_WORD = /^(?:extra|intra)-/i;
// "China Dec rare earth exports", "Brazil April soybean exports": a wire headline dates the flow before its goods; the month
// (capitalised, as a name of goods never is in running text) ends the name.
const MONTH_WORD = new RegExp(`^(?:${MONTH_WORDS})$`);

/** A word before "goods" that names a kind of them ("electronic", "capital", "consumer"), not a whole of the flow or a place. */
const kindOfGoods = (w: string) => /^[A-Za-z][a-z-]+$/.test(w) && !COMMODITY_STOP.test(w) && !isChangeVerb(w) && !isPlaceWord(w) && !PLACE_BOUND_WORD.test(w);

function commodityNamedBefore(text: string, index: number): string {
  const words = wordsBefore(text.slice(Math.max(0, index - 60), index), 4);
  if (!words.length) return '';
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    // ("extra-EU imports", "extra-euro area exports": the bloc's outside trade, no goods, the words of its name neither.)
    if (EXTRA_BLOC_WORD.test(w)) {
      kept.length = 0;
      break;
    }
    // "Electronic goods exports rose ...": goods named by a kind before "goods" right before the flow noun are those goods.
    if (i === words.length - 1 && i > 0 && /^goods$/i.test(w) && kindOfGoods(words[i - 1])) {
      kept.unshift(w);
      continue;
    }
    if (COMMODITY_STOP.test(w) || isChangeVerb(w) || /'s?$/.test(w) || isPlaceWord(w) || PLACE_BOUND_WORD.test(w) || MONTH_WORD.test(w)) break;
    // An acronym names no goods, unless it is one of the trade's goods, which starts the name ("customs data show DAP exports").
    if (/^[A-Z]{2,}$/.test(w)) {
      if (GOODS_ACRONYMS.has(w)) kept.unshift(w);
      break;
    }
    kept.unshift(w);
  }
  // A capitalised first word is usually the sentence start ("Passenger car exports"), so lower-case it (not a goods acronym).
  // "Hong Kong exports": a two-word place before the flow owns it; it names no goods.
  return isPlaceWord(kept.join(' ')) ? '' : cleanCommodity(kept.map((w) => (GOODS_ACRONYMS.has(w) ? w : w.toLowerCase())).join(' '));
}

/** Up to `n` plain words right before the end of `text` (stops at punctuation or digits). */
export function wordsBefore(text: string, n: number): string[] {
  if (!/\s$/.test(text)) return [];
  // Read backwards word by word: only the last few words are wanted, not a split of the whole text.
  const words: string[] = [];
  let end = text.length;
  while (words.length < n) {
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    const w = text.slice(start, end);
    if (!/^[A-Za-z][\w'-]*$/.test(w)) break;
    words.unshift(w);
    end = start;
  }
  return words;
}

const BREAKDOWNS: Array<[RegExp, string]> = [
  [/\bre-exports?\b/gi, 'export type: re-exports'],
  // Singapore's "NODX" are its non-oil domestic exports, which its press calls "Singapore's key exports".
  // Exports split into re-exports and goods made at home: "domestically produced products accounted for ... and
  // re-exports for ...".
  // Gulf offices call them national (non-oil) exports, as against re-exports: "National non-oil exports, which exclude
  // re-exports, edged down", "the kingdom's national non-oil exports", "domestic non-oil exports", "national-origin exports".
  [/\b(?:(?:domestic|national)(?:[- ]origin)?\s+(?:non-(?:oil|hydrocarbon|petroleum)\s+)?exports|NODX|Singapore(?:'s|’s)?\s+key\s+exports|(?:domestically|locally)[- ]produced\s+(?:products|goods))\b/gi, 'export type: domestic exports'],
  [/\b(?:private|non-state(?:-owned)?|non-public)\s+(?:enterprises|companies|firms|sector)\b/gi, 'enterprise type: private'],
  [/\b(?<!non-)state-owned\s+(?:enterprises|companies|firms)\b/gi, 'enterprise type: state-owned'],
  [/\bforeign-(?:invested|funded)\s+(?:enterprises|companies|firms)\b/gi, 'enterprise type: foreign-invested'],
  [/\bprocessing trade\b/gi, 'trade mode: processing trade'],
  [/\b(?:general|ordinary) trade\b/gi, 'trade mode: general trade'],
  // One mode, named by its residents: "border residents' trade", "border residents' mutual trade", "border resident trade",
  // "mutual trade of border residents".
  [/\bborder residents?['’]?\s+(?:mutual\s+)?trade\b|\bmutual trade (?:of|among|between) border residents\b/gi, "trade mode: border residents' trade"],
  // One mode, three translations: "border small-amount trade", "border small-volume trade", "small-scale border trade".
  [/\bborder small[- ](?:amount|volume|scale) trade\b|\bsmall[- ](?:amount|volume|scale) border trade\b/gi, 'trade mode: border small-amount trade'],
  [/(?<!\bsmall[- ](?:amount|volume|scale)\s)\bborder (?:petty )?trade\b/gi, 'trade mode: border trade'],
  [/\bmarket procurement(?: trade)?\b/gi, 'trade mode: market procurement'],
  [/\bcross-border e-commerce\b/gi, 'trade mode: cross-border e-commerce'],
  [/\bbonded (?:logistics|zones?|areas?)\b/gi, 'customs regime: bonded'],
];

// One scan for "no breakdown named" (most clauses), before each pattern looks for its last match.
const ANY_BREAKDOWN = anyOf(BREAKDOWNS.map(([pattern]) => pattern));

// Words one of which every breakdown pattern's match contains (keywords.ts).
const BREAKDOWN_WORDS = keywords(['re-export', 'domestic', 'national', 'produced products', 'produced goods', 'nodx', 'key exports', 'private', 'non-state', 'non-public', 'state-owned', 'foreign-invested', 'foreign-funded', 'processing trade', 'general trade', 'ordinary trade', 'border trade', 'border petty', 'border resident', 'border small', 'mutual trade', 'market procurement', 'e-commerce', 'bonded'], ANY_BREAKDOWN);

/** `breakdownIn` of the stretch [from, to) of sentence `s`, skipped when no breakdown word is in it. */
export function breakdownInSpan(s: string, from: number, to: number): string {
  return mentions(s, BREAKDOWN_WORDS, from, to) ? breakdownIn(s.slice(from, to)) : '';
}

/**
 * The breakdown named in a clause ("private enterprises" → "enterprise type: private"), or "";
 * with several, the one named last (closest to the figure that ends the text).
 */
export function breakdownIn(text: string): string {
  if (!ANY_BREAKDOWN.test(text)) return '';
  // "border trade (border small-amount trade plus border residents' mutual trade) was RMB 38.4 bn": the modes a closed bracket
  // lists make up the one named before it; they are the figure's only when nothing outside the bracket names one.
  const outside = text.includes('(') ? text.replace(CLOSED_BRACKET, (b) => ' '.repeat(b.length)) : text;
  return (outside !== text && lastBreakdown(outside)) || lastBreakdown(text);
}

const CLOSED_BRACKET = /\([^()]*\)/g;

/** The breakdown whose words come last in `text`, or "". */
function lastBreakdown(text: string): string {
  let best = '';
  let bestAt = -1;
  for (const [pattern, label] of BREAKDOWNS) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      if (m.index > bestAt) [best, bestAt] = [label, m.index];
    }
  }
  return best;
}
