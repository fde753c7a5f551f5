/**
 * The choice of a figure's flow (export, import, total, balance, other): the flow words of its clause, goods
 * that move both ways, counted crossings and traffic, and the flow the release goes on with when no word names one.
 */
import type { Flow, ObservationDraft } from '../../contract.js';
import { chinesePortNeighbour, countryNameList, countryOf, countryOfAreaName, countryOfPlace, EUROPEAN_END_COUNTRIES, findPlaces, GOODS_A_POINTER_SENT, GOODS_FROM_BEFORE, GOODS_SENT_FROM, GOODS_SENT_FROM_VERBS, GOODS_SUBJECT_FROM_BEFORE, RANKED_TRADER_AFTER, TRADE_VERB_SUBJECT_AFTER } from './geography.js';
import type { Figure } from './quantities.js';
import { commodityBefore, compassWayWord, type FlowCue, soleFlow } from './subjects.js';
import type { Reading } from './readings.js';
import { clauseOf } from './clauses.js';
import { northSouthFlow } from './compass-borders.js';
import { TOWN_AND_DATE } from './reporters.js';
import { keywords, mentions } from './keywords.js';
import type { ReleaseMemory, RowFrame } from './sentence-scene.js';
import { MONTH_NAMES, MONTH_WORDS } from './periods.js';
import { isCurrency } from './second-currency.js';
import { MIRRORED_SUPPLIER } from './place-roles.js';

// " — widely seen as a transhipment point for Iranian oil — ": an aside set off by a pair of dashes.
const DASH_ASIDE = /\s[—–]\s[^—–.;]{1,120}?\s[—–]\s/g;
// ("China sent goods worth 7.1 billion dollars" in a release on Canada, "Norway shipped 2.3 million tonnes", "Vietnam sold
// rice worth ...": a partner, not the reporter, that sent, shipped or sold something sent it to the reporter.)
// (a246: "Australia and Brazil each supplied 5 million tonnes": two partners that each sent it, too.)
const SUPPLIER_VERB_AFTER = /^\s+(?:also\s+|alone\s+|each\s+)?(?:supplied|provided|delivered|sent|shipped|sold)\b/;
const SHIPPER_VERB_AFTER = /^\s+(?:also\s+|each\s+)?(?:shipped|sold|sent)\b/;
// "to Central Asia and ", "for the ": the words before a place that name it as where goods went (its list's earlier names too).
const DESTINATION_BEFORE = /\b(?:to|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s(?:and\s)?){0,4}$/;
/** Places other than a country that ship their own goods out: a province or region, a city (not a port, which goods pass through). */
const SHIPPING_AREA_KINDS: ReadonlySet<string> = new Set(['region', 'city']);
const ROUTED_ALONG = /\b(?:via|through|along)\b/i;
/** Containers or trains, or goods sent along a route, from the place's name at `from` to the figure's end: a hub's logistics. */
const hubLogistics = (s: string, f: Figure, from: number): boolean => f.unit === 'TEU' || f.unit === 'trains' || ROUTED_ALONG.test(s.slice(from, f.end + 80));
// A participle clause of a partner's own, opening the clause or joined to the one before by a conjunction ("China followed,
// buying goods worth ... while supplying ...", "purchasing ... and supplying ...", "whilst selling ..."): what the partner
// bought went out, what it supplied came in.
const PARTICIPLE_LINK = String.raw`(?:while|whilst|and|but|as\s+well\s+as|which|who)`;
const PARTNER_PARTICIPLE = (verbs: string) => new RegExp(String.raw`(?:^[\s,]*(?:${PARTICIPLE_LINK}\s+)?|[\s,]${PARTICIPLE_LINK}\s+)(?:(?:also|kept|was|were|is|are)\s+)?(?:${verbs})\s+(?:(?:[\w-]+\s+){0,3}?(?:worth|valued\s+at|of|for)\s+)?(?:(?:about|around|nearly|some|over|more\s+than)\s+)?\S{0,4}$`, 'i');
const SUPPLYING_CLAUSE = PARTNER_PARTICIPLE('supplying|providing|selling|delivering|shipping|sending');
const BUYING_CLAUSE = PARTNER_PARTICIPLE('buying|purchasing|taking\\s+in');
const PART_OF_THE_TOTAL = /^\s*(?:of\s+(?:the|its|their)\s+(?:(?:combined|overall|whole|national|country's|province's|region's|city's|provincial|regional|municipal)\s+)?total|of\s+the\s+whole)\b/i;
// "Pudong New Area contributed 1.31 trillion yuan, or 61.2 percent of Shanghai's total": a place's part of the
// whole of a named place, the share right after the amount or the share itself.
// ("612,000 tons of the total" points back to the total of the sentence before.)
// "Hefei contributed 334.5 billion yuan, about 48.4 percent of the provincial total": hedged, or with "provincial".
// "The bridge carried 1.21 million tonnes of the Heihe total": the place's name before the total, or "figure" for it.
// ("of the October total" is a month's, no place's.)
// ("contributed 15.06 billion yuan of the district's total": any word of a place kind, a customs district's or a prefecture's.)
// ("155.8 billion yuan, up 4.2 percent and equal to 63.6 percent of the provincial figure", "..., accounting for 40 percent
// of the city's tally", "..., representing a share of 31 percent of the regional sum": the share may follow the amount's change
// and be set by any word of equality or of a part; the whole may be any noun of an amount.)
const CHANGE_BEFORE_PART = String.raw`,\s*(?:up|down|rising|falling|growing|gaining|dropping|an?\s+(?:increase|decrease|rise|drop|decline|gain)\s+of)\s+[\d.]+\s*(?:%|percent|per\s+cent)(?:\s+(?:year[- ]on[- ]year|from\s+a\s+year\s+(?:earlier|ago)))?(?:\s*,\s*|\s+and\s+)`;
const WORD_OF_PART = String.raw`(?:or|accounting\s+for|making\s+up|representing|constituting|equal\s+to|equivalent\s+to|the\s+equivalent\s+of|amounting\s+to|corresponding\s+to)\s+(?:a\s+share\s+of\s+)?`;
const PART_OF_A_PLACE_TOTAL = new RegExp(String.raw`^\s*(?:(?:${CHANGE_BEFORE_PART}|,?\s*)(?:${WORD_OF_PART})?(?:(?:about|around|nearly|almost|some|roughly|approximately|over|more\s+than)\s+)?[\d.]+\s*(?:%|percent|per\s+cent)\s+)?of\s+(?:[A-Z][\w-]*'s?|the\s+(?!(?:${MONTH_WORDS})\b)[A-Z][a-z][\w-]*|the\s+(?:province|city|region|municipality|country|nation|district|prefecture|county|zone|state)['’]s|the\s+(?:provincial|municipal|regional|prefectural|district))\s+(?:(?:combined|overall|whole)\s+)?(?:total|figure|tally|sum|aggregate)\b`);

// "The figure for the first half has been revised to", "the earlier figure was revised up to", "the September total
// published last month (RMB 3.82 trillion) has been revised to RMB".
const REVISED_FIGURE_BEFORE = /\bthe\s+(?:[\w-]+\s+)?(?:figure|total)\b[^,;]{0,60}?\b(?:has\s+been|had\s+been|was|were|is)\s+revised\s+(?:(?:up|down|upward|downward)\s+)?to\s+(?:(?:about|around|nearly|some)\s+)?(?:[A-Z]{0,3}\$|[€£¥]|[A-Z]{3})?\s*$/i;
// "the total was", "the combined total came to", "the overall figure reached" right before an amount; "The total compares
// with US$1.86 billion in the corresponding period of last year": the base the total is set against.
// ("Outbound runs made up 812 of them, inbound ones 700. In TEU terms, the tally was 163,400": "the tally", "the sum", "the count",
// "the aggregate", "the grand total" are the same whole.)
// "Exports were RMB 13 trillion ..., and imports RMB 8.79 trillion .... The second quarter alone came to RMB 11.14 trillion":
// after both directions, a period as the subject of an amount is of the whole trade in that period.
const PERIOD_AS_SUBJECT_BEFORE = new RegExp(`^\\s*(?:the\\s+)?(?:(?:first|second|third|fourth|last)\\s+(?:quarter|half)|(?:month\\s+of\\s+)?(?:${MONTH_NAMES}))(?:\\s+alone)?\\s+(?:was|came\\s+(?:in\\s+)?(?:to|at)|stood\\s+at|reached|amounted\\s+to|totall?ed|hit|saw)\\s+(?:(?:about|around|nearly|some|over|more\\s+than)\\s+)?(?:RMB|US\\$|\\$|¥)?\\s*$`, 'i');
// (a144's whole, widened: "the combined figure, 13.4 million tonnes, was", "the two-way volume: 8.1 million tonnes", "the
// joint tally of": the whole may be named by an adjective of summing before any noun of amount, and the amount may follow
// as an apposition after a comma, a colon or "of".)
// The whole after both ways, as a summing adjective and a noun of amount or a bare noun ("the combined figure", "the grand
// total", "the tally"), and the hedge and money sign an amount after it may carry (read by TOTAL_AS_SUBJECT_BEFORE and
// TOTAL_PUT_AT_BEFORE).
const SUMMED_WHOLE = String.raw`(?:(?:combined|overall|whole|grand|joint|two-way|aggregate)\s+(?:total|tally|sum|count|figure|volume|amount|number)|total|tally|sum|count|aggregate)`;
const HEDGED_MONEY_BEFORE_AMOUNT = String.raw`(?:(?:about|around|nearly|some|roughly|approximately|over|more\s+than|almost)\s+)?(?:US\$|\$|¥|€)?\s*$`;
const TOTAL_AS_SUBJECT_BEFORE = new RegExp(String.raw`\bthe\s+${SUMMED_WHOLE}(?:\s+value)?(?:\s+(?:was|were|stood\s+at|came\s+(?:in\s+)?(?:to|at)|reached|amounted\s+to|totall?ed|hit|compares\s+with|compared\s+with|of)|\s*[,:])\s+${HEDGED_MONEY_BEFORE_AMOUNT}`, 'i');
// "Some 1.41 million tons of goods crossed the port, including 386,000 tons of fruit imported from Myanmar", "..., among
// them 700,000 tonnes of coal bought from Mongolia": a part named after the whole, with an amount of its own, carries its own
// flow word; the whole keeps none.
// "The 2023 total compares with 4.68 trillion yuan in 2022", "last year's total was set against", "the full-year figure
// compared with", "the first-half tally stood against": a total named by its period, set against a base, is the whole trade of
// that period and its base, whatever direction the sentence before ended on ("the 2023 export total" names its flow itself).
const PERIOD_TOTAL_AGAINST_BEFORE = /\b(?:the\s+(?:(?:19|20)\d\d|full[- ]year|annual|yearly|whole[- ]year|(?:first|second)[- ]half|half[- ]year(?:ly)?|(?:first|second|third|fourth)[- ]quarter|quarterly|monthly|\w+-month)|(?:last|this)\s+year['’]s)\s+(?:total|figure|tally|sum)\s+(?:compares|compared|is\s+compared|was\s+compared|stands|stood|is\s+set|was\s+set)\s+(?:with|to|against)\s+(?:(?:about|around|nearly|some|roughly|approximately|over|more\s+than)\s+)?(?:US\$|\$|¥|€)?\s*$/i;
const PART_INTRODUCED = /\b(?:of\s+(?:which|them|these|this)|among\s+(?:them|which|these))\b|,\s*including\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?\d/i;
const INCLUSION_ASIDE = /,\s*(?:including|excluding|not\s+including|but\s+not)\s+(?:[\w'-]+\s+){0,3}$/i;
const PRONOUN_SUBJECT_BEFORE = /(?:^|[,;:]\s*)(?:they|it)\s+[a-z]/i;
// "made up 76.9% of exports and 70.2% of imports", "supplying 25.3% of imports": a share of a flow is of that flow.
// "took 8.8% of extra-EU exports and supplied 20.5% of extra-EU imports": a bloc's outside trade named by its prefix too.
// ("accounting for 21.5 percent of total non-oil trade": a kind of trade named by what it leaves out is still the whole.)
const SHARE_OF_FLOW_GAP = /^\s*(?:%|percent|per\s?cent|pc)?\s*of\s+(?:(?:the|all|its|their|total|overall|merchandise|goods|national|non-[a-z]+|[A-Z][\w-]*'s|(?:the\s+)?country's|extra-[A-Z]{2,4}|(?:extra|intra)-euro\s+area)\s+)*$/i;
/**
 * Whether the words between a share and a flow word say it is "of" that flow (SHARE_OF_FLOW_GAP), a country or its adjective
 * among them: "10.2% of total UK goods imports", "a fifth of U.S. exports", "8 percent of Chinese purchases", "of all EU exports".
 */
function shareOfFlowGap(gap: string): boolean {
  if (SHARE_OF_FLOW_GAP.test(gap)) return true;
  if (!/\sof\s/i.test(gap) || !/[A-Z]/.test(gap.slice(gap.search(/\sof\s/i) + 4))) return false;
  const places = findPlaces(gap, '').filter((p) => p.kind === 'country' || p.kind === 'group');
  return places.length > 0 && SHARE_OF_FLOW_GAP.test(places.reduceRight((t, p) => `${t.slice(0, p.start)}the${t.slice(p.end).replace(/^['’]s\b/, '')}`, gap));
}
// (a239) The goods of a share's whole, then the clause that traded them, its subject a name or a noun with its article: "98
// percent of the panels the bloc bought abroad", "40 percent of the gas that the EU imported", "of all coal which Mongolia sold".
const WHOLE_TRADED_IN_RELATIVE_GAP = /^\s*(?:%|percent|per\s?cent|pc)?\s*of\s+(?:the|all|all\s+the)\s+(?:[a-z][\w-]*\s+){1,3}?(?:that\s+|which\s+)?(?:(?:the|its)\s+[a-z]+|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+$/;
// "€114.9 billion were imported", "worth $2.1 billion was exported to": an amount, then a passive trade verb.
const PREDICATE_FLOW_GAP = /^\s+(?:were|was)\s+(?:[A-Z][\w-]*\s+)?$/;
const FLOW_NOUN = /^(?:exports?|imports?)$/i;
const PASSIVE_FLOW_GAP = /^(?:\s+[A-Za-z]+){0,2}?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+$/i;
const PASSIVE_FLOW_VERB = /^(?:exported|imported|shipped|sold|sent|supplied|delivered|bought|purchased|sourced|procured)$/i;

// "Hekou port cleared 2,130 trucks": vehicles a port cleared, with no flow word of their own, crossed the border.
// "the checkpoint let through 96,400 trucks": a crossing that lets vehicles through counts crossings too.
const BORDER_CROSSING = /\b(?:cross(?:ed|es|ing)?|passed\s+through|pass(?:es)?\s+through|clearances?|cleared(?:\s+customs)?|let(?:s)?\s+(?:through|pass))\b/i;

const VEHICLES_CAME_IN = /\b(?:enter(?:ed|s|ing)?|(?:arriv(?:ed|es|ing)|pulled\s+up)\s+at|(?:came|rolled|drove|pulled|streamed|poured)\s+(?:in(?:to)?|through)|(?:coming|rolling|driving|pulling)\s+(?:in(?:to)?|through))\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:port|border|crossing|checkpoint|terminal|station|country|yard|gate)s?\b/i;
const ENTERED_OR_LEFT = /\b(?:entered|entering|enter)\s+(?:and|or)\s+(?:left|leaving|leave|exited|exiting)\b|\b(?:left|leaving|exited|exiting)\s+(?:and|or)\s+(?:entered|entering)\b/i;
const PASSED_THROUGH = /\b(?:pass(?:ed|es|ing)?|went|moved|transited)\s+through\b/i;
// (a250) "The value of all goods carried by the bridge in the ten months to October was ...", "all the cargo handled at the port",
// "all freight moved across the crossing": the whole of the goods a port or a link carried, its subject, went both ways,
// whatever way the sentence before named.
const ALL_GOODS_CARRIED = /\ball\s+(?:the\s+)?(?:goods|cargo|freight|merchandise|shipments)\s+(?:carried|moved|handled|transported|shipped|passing)\s+(?:by|through|across|over|via|at)\s/i;
// Goods said only to cross a border or a border point, with no flow word of their own clause, moved both ways: "1.79 million
// tonnes were transported across the border", "2.4 million tonnes crossed the frontier at the checkpoint", "Through the
// border gate, goods worth 3.2 billion dollars were cleared", "goods worth X were cleared at the checkpoint" (the point may
// open the sentence or follow the verb; "cleared for export" names its flow and is left to the flow word). Only verbs that name
// no direction: goods "shipped" or "taken" across a border went out, and vehicles or people crossing are no goods.
const COUNTED_CROSSERS = new Set(['vehicles', 'passengers', 'trips', 'trains', 'trucks', 'people']);
const BORDER_POINT = String.raw`(?:border|frontier|checkpoints?|crossings?|gates?|(?:border|boundary)\s+(?:posts?|points?|ports?))\b`;
const ACROSS_A_BORDER = new RegExp(String.raw`\b(?:(?:transported|moved|hauled|trucked)\s+(?:across|over)|cross(?:ed|es|ing)?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?${BORDER_POINT}|\bcleared\s+(?:at|through|via|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?${BORDER_POINT}`, 'i');
const THROUGH_A_BORDER_OPENING = new RegExp(String.raw`^\s*(?:through|via|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?${BORDER_POINT}(?:[^.;]|\.(?=\d))*?\bcleared\b`, 'i');
/** Whether the figure's clause says its goods only crossed a border point (the sentence's opening "Through the gate," counts). */
const crossedABorder = (s: string, f: Figure, lo: number, hi: number): boolean =>
  s.includes('ross') || s.includes('cleared') ? ACROSS_A_BORDER.test(s.slice(lo, hi)) || (/\bcleared\b/.test(s.slice(f.end, hi)) && THROUGH_A_BORDER_OPENING.test(s.slice(0, hi))) : false;
// "carrying goods worth 600 billion yuan", "the value of their cargo rose 9.4 percent": the worth of the
// goods a train, route or port moved, with no flow word, is two-way trade like the cargo itself ("the gate handled
// 1.63 billion USD worth of goods"); "carrying 33,100 TEUs, with a cargo value of 3.96 billion yuan" and "The goods on
// board were worth ..." too; so is "reached 5.84 million tonnes ..., with goods worth 21.6 billion yuan", and so are "The
// goods carried were worth" and "Through Xa Mat border gate, goods worth 640 million USD crossed" (goods crossing a gate,
// no way said); and "Goods worth 3.9 billion yuan went through the port". Goods a port cleared went through it either
// way: "cleared goods worth USD 286.5 million", "The value of goods cleared at ... reached", "The goods cleared at the
// checkpoint were worth"; "Goods worth 14.2 billion yuan (about ...) were declared at the railway port": goods declared or
// cleared at a port went through it either way.
// "The Irkeshtam checkpoint ... handled goods worth $2.41 billion" (a paragraph of its own after one on exports): so are goods a
// port or checkpoint handled; "carrying 231,400 TEU of goods worth 68.9 billion yuan": the amount carried may come between,
// and so may a comma ("has carried more than 11.6 million tonnes of cross-border cargo, worth 46.3 billion yuan"); "the cargo
// they carried was worth 31.2 billion yuan" names the carriers by a pronoun ("the goods aboard", "the cargo on them" by where the
// goods rode); "had carried more than 11 million tonnes of goods
// since it opened ..., with a total value exceeding 58 billion yuan" gives the worth in a clause of its own.
// "Goods worth 3.36 billion U.S. dollars were carried on the line last year", "cargo worth X had been moved by the trains": goods
// worth an amount carried by the line or its trains, both ways too (a220; the amount's currency may hold the stops of "U.S.").
// "carrying some 4.43 million TEUs of goods worth": with its hedge and scale word too. "Goods carried by the city's trains were
// worth", "Cargo moved along the corridor in 2025 was worth": the carriers or the route named after the verb, a few words.
// (a229: goods "valued at" an amount, and goods that "rode the trains", "travelled on the line", "went by the trains".)
const CARRIED_GOODS_VALUE = /\b(?:carr(?:y|ies|ied|ying)|transport(?:s|ed|ing)?|mov(?:es|ed|ing)|clear(?:s|ed|ing)?|handl(?:e|es|ed|ing))\s+(?:[\w,.-]+\s+){0,8}?(?:goods|cargo|freight)(?:,?\s+(?:worth|valued)\b|\b[^.;]{0,60}?,\s*with\s+a\s+(?:total\s+|combined\s+)?value\b)|\b(?:goods|cargo|freight)\s+(?:(?:they|it|the\s+trains?)\s+(?:carried|transported|moved)|aboard|on\s+board|on\s+(?:them|it|the\s+trains?)|in\s+them)\s+(?:were|was)\s+(?:worth|valued)\b|\bvalue\s+of\s+(?:the\s+|their\s+|its\s+)?(?:cargo|freight|goods\s+(?:carried|transported|moved|cleared|(?:crossing|(?:that|which)\s+crossed)(?!\s+(?:into|to|from|out)\b)|(?:passing|going|moving|flowing|travell?ing)\s+(?:through|via|across)))\b|\bworth\s+of\s+(?:goods|cargo|freight)\b|\b(?:cargo|goods)\s+value\s+of\b|\b(?:goods|cargo|freight)\s+on\s+board\s+(?:were|was)\s+(?:worth|valued)\b|\bwith\s+(?:[\w-]+\s+){0,2}?(?:goods|cargo|freight)\s+(?:worth|valued)\b|\b(?:goods|cargo|freight)\s+(?:carried|transported|moved)\s+(?:(?:by|on|along)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+)?(?:were|was)\s+(?:worth|valued)\b|\b(?:goods|cargo|freight)\s+cleared\s+(?:(?:at|through|by)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:were|was)\s+(?:worth|valued)\b|\b(?:goods|cargo|freight)\s+(?:worth|valued\s+at)\s+(?:[^.;,()]|[.,](?=\d)|(?<=\b[A-Z])\.(?!\d)|\([^()]{0,60}\)){1,60}?\s(?:crossed|(?:passed|went|moved)\s+through|(?:were|was)\s+(?:declared|cleared)\s+(?:at|through|by)|(?:(?:were|was|had\s+been|have\s+been)\s+(?:carried|transported|moved|hauled)\s+(?:on|by|along|aboard|over)|rode(?:\s+on)?|travell?ed\s+(?:on|by|aboard|along)|went\s+(?:by|on|aboard))\s+(?:the|its|their|these|those)\b)|\b(?:goods|cargo|freight)\s+(?:(?:passing|going|moving|flowing|travell?ing|(?:that|which)\s+(?:passed|went|moved|flowed|travell?ed))\s+(?:through|via|across)|(?:crossing|(?:that|which)\s+crossed)(?!\s+(?:into|to|from|out)\b))\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+(?:were|was)\s+(?:worth|valued)\b/i;
// "transported nearly 198,000 TEU of goods, up 7.2%, with the goods value of 61.3 billion yuan": the translated "goods value"
// is the cargo value too.
// (Goods "passing through the port were worth ...", with no way of their own, went both ways: total.)
// ("Goods moving through the Mong Cai international border gate were worth": the gate's name may run to five words.)
// (So did "the value of goods passing through the port", the goods and their passage after "value of"; and goods "crossing the
// port", "that crossed the border", "flowing through the gate", "travelling via the pass": any verb of passage with no way.)
// Trains counted by the way they went, one table of the verbs of coming and going: "received 86 trains from China",
// "saw 1,214 trains arrive from China", "371 arrived from China" came in (import); "49 trains were dispatched from
// Kouvola to China", "402 trains left Lodz for ...", "611 trains went to Central Asia", "241 departed for it", "has sent
// 118 freight trains abroad" went out (export). "from January" and "to March" name no place. Trains that "arrived at" or
// "in" a place came in, wherever they came from ("938 trains from Chinese cities arrived at the terminal"). A hub that
// "dispatched" or "received" trains with no place at the other end may count both ways (the Chinese "ran").
const MOVE_PLACE = String.raw`\s+(?:(?:the\s+)?(?!(?:${MONTH_WORDS})\b)[A-Z]|(?:it|them)\b)`;
// `place`: a rule that holds only where its place stands to the figure's area, which `trainMoves` checks (the place
// is read after the pattern): `fromOwn`, `intoOwn` and `fromOther` name the case in which the rule is set aside.
// `contrast`: a verb that gives its own count's way only when the clause also holds a verb of the other way (or when it
// follows the count): "the hub received 310 trains" alone may mean trains it handled both ways.
const TRAIN_MOVE_RULES: { verbs: string; until: string; flow: Flow; sentenceAfter?: RegExp; contrast?: true; place?: 'fromOwn' | 'intoOwn' | 'toOwn' | 'fromOther' | 'toNoPartner' | 'namedOther' | 'outOfOwn' }[] = [
  { verbs: String.raw`received|arriv(?:e|ed|es|ing)|came`, until: String.raw`[^.;]{0,40}?\bfrom${MOVE_PLACE}`, flow: 'import' },
  // "Return trips from Europe numbered 7,515", "2,117 came back loaded with wine": trains coming back are inbound.
  { verbs: String.raw`[Rr]eturn(?:ed|ing)?`, until: String.raw`(?:\s+[\w-]+){0,2}?\s+from${MOVE_PLACE}`, flow: 'import' },
  // "470 made the return trip", "another 380 ran as return services", "the return leg took 512 trains": "return" as the
  // word of the way back before a noun of a run came in, with no place named.
  { verbs: String.raw`[Rr]eturn`, until: String.raw`\s+(?:trips?|journeys?|runs?|legs?|services?|voyages?|routes?)\b`, flow: 'import' },
  // "575 carried goods back to Chengdu", "brought cargo back": trains carrying goods back came in too.
  // "358 arrived back in Wuhan": trains arriving back came in too.
  { verbs: String.raw`came\s+back|c[ao]ming\s+back|arriv(?:e|ed|es|ing)\s+back|(?:carried|carrying|brought|bringing)\s+(?:[\w-]+\s+){0,2}?back`, until: '', flow: 'import' },
  // "4,340 trains ran back from Europe", "trains heading back home": a train running back from the far end, or home, came in
  // (not "went back to Europe", whose far end is the other one).
  { verbs: String.raw`(?:ran|runs?|running|went|goes|going|headed|heading|travell?(?:ed|ing))\s+back`, until: String.raw`\s+(?:from|home)\b`, flow: 'import' },
  // "3,275 trains departed ..., and 1,855 returned, carrying wine ...": trains that returned, with no place named, came back.
  { verbs: String.raw`returned`, until: String.raw`\s*(?:[,.;]|$)|\s+(?:home|back|empty|loaded|laden|carrying|with)\b`, flow: 'import' },
  // "4,484 were trains returning to China", "1,310 headed back to Xi'an": trains going back to the figure's own place came in
  // (trainMoves keeps this rule only when the place after "to" is the figure's area or the release's country: a train
  // returning to the far end left). After the rules above, which read "came back" and "returned" whatever place follows.
  // ("1,896 ran back into China", "went back into the country": any verb of motion with "back", and "into"; a111.)
  { verbs: String.raw`[Rr]eturn(?:ed|ing|s)?|(?:head(?:ed|ing|s)?|ran|runs?|running|went|goes|going|travell?(?:ed|ing)|rolled|moved)\s+back`, until: String.raw`(?:\s+home)?\s+(?:to|into)${MOVE_PLACE}`, flow: 'import', place: 'toOwn' },
  // "The terminal handled 96 trains from China", "received 14 Chinese trains": trains from a place (not on to another
  // one), and trains received that are named after the country they came from, came in.
  { verbs: String.raw`trains`, until: String.raw`\s+from${MOVE_PLACE}(?![^.;,]{0,30}\b(?:to|for)\s)`, flow: 'import', place: 'fromOwn' },
  { verbs: String.raw`received`, until: String.raw`\s+[\d,]+\s+[A-Z][a-z]+\s+(?:[\w-]+\s+)?trains\b`, flow: 'import' },
  // "dispatched 1,264 container trains ... and received 973": a hub's verb of coming right before a bare count whose noun
  // the count of the other way gave.
  { verbs: String.raw`received|took\s+in`, until: String.raw`\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?[\d,]+(?![\d,]|\s+[a-zA-Z])`, flow: 'import' },
  // "dispatched 1,204 freight trains and received 986 freight trains": a count of trains a hub received came in, as a bare
  // one does; "of which 1,170 were dispatched and 1,140 were received": so did trains said to have been received.
  { verbs: String.raw`received`, until: String.raw`\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?[\d,]+\s+(?:[a-zA-Z][\w-]*\s+){0,2}?trains\b`, flow: 'import', contrast: true },
  { verbs: String.raw`(?<=\b(?:were|was|are|is|been|being)\s+)received`, until: '', flow: 'import', contrast: true },
  { verbs: String.raw`arriv(?:e|ed|es|ing)\s+(?:at|in)\b`, until: '', flow: 'import' },
  // "574 trains reached the city from the south", "410 pulled into the terminal", "trains entering the hub", "rolled into
  // the port": a verb of reaching the figure's own place, named back by its kind, came in (as "arrived at" it).
  { verbs: String.raw`reach(?:ed|es|ing)?|enter(?:ed|s|ing)?|(?:pull|roll|steam)(?:ed|s|ing)?\s+into|c[ao]me\s+into`, until: String.raw`\s+(?:the|this|its)\s+(?:city|town|port|hub|station|terminal|yard|zone|park|junction)\b`, flow: 'import' },
  // "Trains heading east to China", "trains that set out from the regional capital" (the place they left is the area).
  // "13 trains have set off westward from the city for Hamburg": setting off, a compass word between, is the same.
  { verbs: String.raw`set\s+(?:out|off)|setting\s+(?:out|off)`, until: String.raw`(?:\s+(?:west|east|north|south)wards?)?\s+from\b`, flow: 'export' },
  // "312 China-Europe trains had crossed into Russia through the port": trains that crossed into another country went out
  // (trainMoves keeps this rule only when the place after "into" is not the figure's area: "crossed into China" in a release
  // on China is no export of it).
  { verbs: String.raw`crossed|crossing|went|moved|headed|travell?ed`, until: String.raw`\s+into${MOVE_PLACE}`, flow: 'export', place: 'intoOwn' },
  // "1,205 trains were headed out of China", "2,300 rolled out of the country", "trains moving out of Kazakhstan": trains
  // going out of the figure's own place or country went out (trainMoves sets the rule aside when the place after "out of"
  // is another one: "headed out of Europe" in a release on China came in).
  { verbs: String.raw`head(?:ed|ing|s)?|went|going|goes|mov(?:ed|ing|es)|travell?(?:ed|ing)|ran|running|roll(?:ed|ing)|pull(?:ed|ing)|pass(?:ed|ing)|steam(?:ed|ing)|bound`, until: String.raw`\s+out\s+of(?:\s+the\s+(?:country|region|province|city|port|hub|station|terminal)\b|${MOVE_PLACE})`, flow: 'export', place: 'outOfOwn' },
  // "Trains departing from Xi'an and Zhengzhou together accounted for ...": trains leaving the place whose figure it is went
  // out (trainMoves keeps this rule only when the place after "from" is the figure's area, not a far end of the run).
  // "China-Central Asia trains leaving Xi'an numbered 1,207", "services departing Chengdu": "from" may go unsaid (a227).
  { verbs: String.raw`departing|leaving`, until: String.raw`(?:\s+from)?${MOVE_PLACE}`, flow: 'export', place: 'fromOther' },
  // "648 China-Europe trains departed from the port": trains that left the hub the release is about went out.
  // "468 trains left the station": without "from" too.
  { verbs: String.raw`depart(?:ed|s|ing)|left`, until: String.raw`(?:\s+from)?\s+(?:the\s+)?(?:port|station|hub|terminal|yard|city|zone|park)\b`, flow: 'export' },
  // "41 block trains loaded with laptops carried 3,840 TEUs to Germany": what trains carried to another place went out
  // (trainMoves keeps this rule only when that place is a partner country or bloc: goods carried to Chongqing in a release
  // on Chongqing came in).
  { verbs: String.raw`carried|carrying|hauled|hauling`, until: String.raw`[^.;]{0,40}?\bto${MOVE_PLACE}`, flow: 'export', place: 'toNoPartner' },
  // "203 trains left the Tuanjiecun container terminal for the coast": the facility may be named, with its kind words, between
  // "the" and its noun (trainMoves sets the rule aside when the name is a place other than the figure's area: `namedOther`).
  { verbs: String.raw`depart(?:ed|ing)\s+from|left|leaving`, until: String.raw`\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:container|freight|cargo|rail(?:way)?|logistics|international|dry|inland)\s+){0,2}(?:port|station|hub|terminal|yard)\b`, flow: 'export', place: 'namedOther' },
  // "742 were to Europe", "2,112 ran to Central Asia", "1,731 were from Europe and Central Asia", "and 554 from European
  // cities": a count said with a verb of being or running (or none) to be to a place went out, from one came in.
  { verbs: String.raw`(?<=\d\s+)(?:were|was|ran)`, until: String.raw`\s+(?:to|for)${MOVE_PLACE}`, flow: 'export' },
  { verbs: String.raw`(?<=\d\s+)(?:were|was)`, until: String.raw`\s+from${MOVE_PLACE}`, flow: 'import' },
  { verbs: String.raw`(?<=\d\s+)from`, until: MOVE_PLACE, flow: 'import' },
  // "4,021 left China and 3,082 entered the country", "exited the country", "crossed into China": trains leaving the country
  // went out, those entering it came in.
  // ("entered or exited China", "left and entered the country": both ways, neither.)
  { verbs: String.raw`(?<!\b(?:entered|entering)\s+(?:and|or)\s+)(?:left|leaving|exited|exiting)`, until: String.raw`\s+(?:the\s+(?:country|nation)|China)\b`, flow: 'export' },
  { verbs: String.raw`(?<!\b(?:left|leaving|exited|exiting)\s+(?:and|or)\s+)(?:entered|entering|re-?entered|came\s+into|crossed\s+into)`, until: String.raw`\s+(?:the\s+(?:country|nation)|China)\b`, flow: 'import' },
  // "1,208 trains set out for Duisburg", "pulled out for Lodz", "rolled off to Europe", "leaves for Hamburg": any verb of leaving,
  // in any tense, with the far end after "to" or "for".
  { verbs: String.raw`dispatched|depart(?:ed|s|ing)|sent(?:\s+off)?|left|leaves|leaving|went|head(?:ed|ing|s)|set(?:ting)?\s+(?:out|off)|sets\s+(?:out|off)|(?:pull|roll|steam)(?:ed|ing|s)?\s+(?:out|off)`, until: String.raw`[^.;]{0,40}?\b(?:(?:to|for)${MOVE_PLACE}|abroad\b|overseas\b)`, flow: 'export' },
  // "In September, 73 trains departed, against 41 a year earlier": trains that departed, with nothing after the verb but the
  // end of the clause or a time, went out (as "dispatched" with no far end named, below; "returned" alone came back, above).
  { verbs: String.raw`departed`, until: String.raw`\s*(?:[,.;]|$)|\s+(?:in|during|this|last|so\s+far|between|from\s+(?:${MONTH_WORDS})\b)\b`, flow: 'export' },
  // "1,420 trains departed from the Erlian crossing": the finite verb too, with no far end named (after the rule above, which
  // reads "departed from Xi'an for Europe" by its far end).
  // "630 China-Europe trains ran from Qingdao", "services went from Xi'an", "trains were run from Chengdu", "travelled from",
  // "rolled out from": any verb of a train's running, in any tense, with the place it ran from the figure's own (a142).
  { verbs: String.raw`depart(?:ed|s)|ran|runs|(?<=\b(?:were|was|been)\s+)run|went|travell?ed|(?:rolled|pulled|headed)\s+out`, until: String.raw`\s+from${MOVE_PLACE}`, flow: 'export', place: 'fromOther' },
  // "The port dispatched 356 China-Europe trains", "..., and received 203 return trains": trains a hub dispatched went out,
  // with no destination named too (batch 43's convention); a count the release then splits into outbound and inbound parts
  // was both ways (`twoWayWholeOfParts`), and "dispatched and received" is both ways.
  // "In November alone, Yen Vien sent 131 trains north": a hub "sent" trains as it dispatched them.
  // "Xi'an dispatches 4,988 trains in 11 months": a headline's present tense too.
  // "The hub sent off 412 trains", "sends off", "despatched": any tense or spelling of sending off.
  { verbs: String.raw`(?:dispatch|despatch)(?:ed|es)|(?:sent|sends|sending)(?:\s+(?:out|off))?(?=\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?\d)`, until: '', flow: 'export' },
];
const TRAINS_FROM_GAP = /^\s+from\s+(?:the\s+)?/;
const LEFT_PLACE_GAP = /^\s+(?:from\s+)?(?:the\s+)?/;
const TRAIN_MOVES = new RegExp(TRAIN_MOVE_RULES.map((rule) => String.raw`\b(?:${rule.verbs})(?=${rule.until})()`).join('|'), 'g');
/** The flow of a match of TRAIN_MOVES: the rule whose empty marker group took part. */
const moveRule = (m: RegExpMatchArray) => TRAIN_MOVE_RULES[m.slice(1).findIndex((g) => g !== undefined)];
const moveFlow = (m: RegExpMatchArray): Flow => moveRule(m).flow;
// Trains that went both ways: "dispatched and received", "left or arrived at", "departing from and arriving in".
const GOING = String.raw`dispatch(?:ed|es|ing)|sen[dt](?:ing)?|left|leav(?:e|es|ing)|depart(?:s|ed|ing)?`;
const COMING = String.raw`receiv(?:e|ed|es|ing)|arriv(?:e|ed|es|ing)|enter(?:s|ed|ing)?|c[ao]me|coming`;
const BOTH_WAYS_MOVES = new RegExp(String.raw`\b(?:${GOING})\s+(?:from\s+)?(?:and|or)\s+(?:${COMING})\b|\b(?:${COMING})\s+(?:at\s+|in\s+)?(?:and|or)\s+(?:${GOING})\b`, 'i');
// Between a verb of moving and the count it governs: "dispatched 1,264", "received about 970".
const VERB_OF_COUNT_GAP = /^\s+(?:(?:about|around|nearly|some|over|more\s+than|a\s+total\s+of)\s+)?$/i;
// Between a count and its own verb of going: "371 arrived", "1,214 trains arrive", "49 trains were dispatched".
// A conjunction ends the count's own words: in "dispatched 1,204 trains and received 986", "received" is the next count's.
// "1,100 of the trains departed", "some 640 of them came back", "900 of these services left": a part named with "of" and the
// whole it is taken from stands between a count and its verb as its own words do.
const OWN_MOVE_GAP = /^\s+(?:of\s+(?:the|these|those|them|this|which|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?)?(?:(?!(?:and|or|but|while|whereas)\s)[a-z][\w-]*\s+){0,2}$/;
const TRANSIT_GOODS = /\btransit\b/i;
const TRANSIT_PREDICATE_AFTER = /^\s+(?:were|was|are|is)\s+(?:in\s+)?transit\b/i;
const TRANSIT_BOUND_BEFORE = /\btransit\s+(?:cargo|goods|freight|containers|shipments|traffic)\s+$/i;
const FACILITY_HANDLED = /\b(?:the|its|this)\s+(?:[\w-]+\s+)?(?:airport|port|hub|zone|terminal|station|crossing|checkpoint)\s+(?:also\s+)?handled\s/i;
// "In the first four months the port moved 55.6 million tonnes", "The container terminals moved 452,300 TEU": what a port's
// terminals, quays or docks moved is cargo handled too; so is what one moved that is named after "of" ("the port of Chancay
// moved 210,000 TEU", "the terminals of Jebel Ali moved": round a199).
// So are tonnes or boxes "moved" as a participle after their amount, the port left unsaid ("short of the 8.4 million tonnes
// moved in the first half of 2023", "the 1.2 million TEU shifted last year", "40,000 containers worked in May": a210).
// Containers moved are handled too, whoever moved them: "Neighbouring Toamasina moved 287,000 TEU", "the line moved some 1.2
// million TEU", "The containers moved by the service in the five months amounted to 198,000 TEU", "boxes moved through the hub".
const HANDLED_CARGO = /\b(?:handl(?:e|es|ed|ing)|throughput|cargo|freight(?!\s+trains?))\b|\b(?:port|terminals?|harbou?r|docks|quays|wharves)\s+(?:of\s+[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)?)?(?:(?:has|have|had|also|together)\s+)?(?:moved|worked|shifted)\b|\b(?:moved|shifted)\s+(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|close\s+to)\s+)?\d[\d.,]*\s*(?:(?:million|thousand)\s+)?TEUs?\b|\b(?:tonnes|tons|TEUs?|boxes|containers)\s+(?:(?:were|was)\s+)?(?:moved|worked|shifted)\b/i;
const HANDLED_VEHICLES = /\b(?:handl(?:e|es|ed|ing)|(?:moved|worked|shipped)\s+(?:over|across|through)\s+(?:the|its)\s+(?:quays?|terminals?|docks|berths?|wharves))\b/i;
const VEHICLES_CARRYING = /\b(?:cargo|freight|goods|trucks?|lorr(?:y|ies)|cross(?:ed|es|ing)|cross-border|border|inbound|outbound|passengers?|entr(?:y|ies)|exits?)\b/i;
const EMPTY_BOXES = /\b(?:empty\s+(?:containers?|boxes|TEUs?|units|equipment)|empties)\b/i;

// Words before "shipments" that name no goods: "That brought shipments ...", "taking total shipments to ...".
const NOT_GOODS_BEFORE_SHIPMENTS = /^(?:that|this|the|its|their|these|those|total|overall|all|such|and|or|with|in|of|to|as|while|brought|brings|bringing|took|takes|taking|put|puts|putting|pushed|lifted|left|kept|[a-z]+ed)$/i;

/** True when "shipments" at [start, end) names its goods ("soybean shipments", "shipments of coal"). */
function shipmentsNameGoods(s: string, start: number, end: number): boolean {
  if (/^\s+of\s+(?!the\s+(?:first|second|year|month|period)\b)[a-z]/i.test(s.slice(end, end + 30))) return true;
  const before = /([A-Za-z][\w-]*)\s+$/.exec(s.slice(Math.max(0, start - 30), start));
  return before !== null && !NOT_GOODS_BEFORE_SHIPMENTS.test(before[1]);
}

// Between a count and its direction: " columns were ", " were ", " trains are ".
const DIRECTION_PREDICATE_GAP = /^[^,.;\d]{0,25}\b(?:were|was|are|is)\s+$|^\s+(?!(?:and|or|while|but|as)\s)(?:[a-z]+\s+)?$/i;

/**
 * "Mongolia sold 8.2 million tonnes of coal to China" in a release on China: the seller is the partner,
 * and what it sold is the release country's import.
 */
function verbOfPartner(frame: RowFrame, cue: FlowCue): boolean {
  const agent = agentAfter(frame, cue);
  if (agent) return agent.role === 'partner' && agent.name !== frame.memory.country && agent.name !== frame.sentenceArea;
  const subject = subjectPastAside(frame, cue.start) ?? frame.places.findLast((p) => p.end <= cue.start);
  const gap = subject ? frame.s.slice(subject.end, cue.end) : '';
  // The release's own country selling or buying is its own export or import ("Mongolia shipped 71.2 million tons of coal abroad").
  // So is the country whose figures the sentence reports ("Peruvian customs data show Peru exported ..." in a release on China).
  return subject !== undefined && subject.role === 'partner' && subject.name !== frame.memory.country && subject.name !== frame.sentenceArea && !(cue.flow === 'import' && OBJECT_OF_PREPOSITION_BEFORE.test(frame.s.slice(Math.max(0, subject.start - 16), subject.start))) && (subjectsOwnVerb(gap) || ASIDE_THEN_VERB.test(gap));
}

// "Firms importing from Japan bought 12 billion yuan of machines", "Traders with ties to Russia purchased": a place after a
// preposition closes the subject's phrase and is not the buyer itself ("Buyers in Japan bought" still names where the buyers
// are, so "in" and "at" are left out; "durians from Thailand shipped over the railway" keep their seller, the place they came
// from, so only verbs of buying are held back).
const OBJECT_OF_PREPOSITION_BEFORE = /\b(?:from|to|with|into|via|through|by|for)\s+(?:the\s+)?$/i;

/**
 * The subject's verb of trade is the cue itself, the gap ending on it: in "China purchased 16 percent of all exported goods" or
 * "Japan took 9 percent of the goods shipped abroad" the participle naming the whole is no verb of the buyer's (a137).
 */
function subjectsOwnVerb(gap: string): boolean {
  const m = TRADE_VERB_SUBJECT_AFTER.exec(gap);
  return m !== null && m[0].length === gap.length;
}

// "the crude oil exported by Angola", "goods shipped by Kazakhstan": a participle with its agent after "by" is that agent's
// verb, whatever place stands before it (the buyer of "China bought 64 percent of the crude exported by Angola" did not
// export it).
const AGENT_GAP = /^\s+by\s+(?:the\s+)?$/i;
/** The place named as the agent right after a verb of trade ("exported by Angola"), if any. */
function agentAfter(frame: RowFrame, cue: FlowCue): RowFrame['places'][number] | undefined {
  if (!cue.verb || frame.s.slice(cue.end, cue.end + 4).trimStart().slice(0, 2) !== 'by') return undefined;
  const next = frame.places.find((p) => p.start >= cue.end);
  return next && AGENT_GAP.test(frame.s.slice(cue.end, next.start)) ? next : undefined;
}

// "China, locked in a tariff dispute with the United States, bought ...": an aside between commas, naming a place of its own,
// between the subject and its verb of trade.
const ASIDE_THEN_VERB = /^\s*,[^,.;]{1,100},\s+(?:(?:also|alone)\s+)?(?:imported|exported|shipped|sold|bought|purchased|sent|supplied|delivered)\b/i;

/** The place before an aside set off by commas, when a place inside the aside ends right before the comma and the verb at `at`. */
function subjectPastAside(frame: RowFrame, at: number): RowFrame['places'][number] | undefined {
  const last = frame.places.findLast((p) => p.end <= at);
  if (!last || !/^\s*,\s*$/.test(frame.s.slice(last.end, at))) return undefined;
  const open = frame.s.lastIndexOf(',', last.start);
  return open < 0 ? undefined : frame.places.findLast((p) => p.end <= open && /^\s*$/.test(frame.s.slice(p.end, open)));
}

// "Saudi Arabia's shipments", "Indonesia, whose exports of zircon sand ...": a possessive right before the flow word owns it.
// ("China's share of exports was 22.9%": the possessive owns the share, a part of the release country's own exports.)
const POSSESSIVE_OWNER_GAP = /^(?:['’]s?|\s*,\s*whose)\s+(?!(?:share|slice|portion|proportion|part)\s+(?:of|in)\b)(?:[\w-]+\s+){0,3}$/;

// "China was the main destination, with purchases of": purchases said of the partner the clause is about are its own.
// Not where the clause makes the partner a seller ("China was the biggest source of imports, with purchases of",
// "the top supplier, with purchases of"): those purchases are the release country's own, from it.
// Any copula reads the same: "continued to be", "remains", "has been", "stayed", "emerged as" the main market.
const PARTNER_WITH_PURCHASES_GAP = /^\s+(?:was|is|remained|remains|became|becomes|ranked|ranks|stayed|stays|(?:has|have|had)\s+been|(?:continued|continues|continue|kept)\s+(?:to\s+be|being)|emerged\s+as|stood\s+as)\b(?![^.;]{0,60}\b(?:source|sources|supplier|suppliers|seller|sellers|vendor|vendors|origin|imports?|import\s+market)\b)[^.;]{0,60}?,?\s+with\s+(?:total\s+)?$/i;

/** "Receipts from the US fell, while Saudi Arabia's shipments slid": a supplier's own outward flow is the release country's inward one. */
function partnerOwnsCue(frame: RowFrame, cue: FlowCue): boolean {
  if (partnerWithPurchases(frame, cue)) return true;
  const owner = frame.places.findLast((p) => p.end <= cue.start);
  if (owner === undefined || owner.role !== 'partner' || (cue.flow !== 'export' && cue.flow !== 'import')) return false;
  const gap = frame.s.slice(owner.end, cue.start);
  // "Russian exports to China" from China's customs: the mirrored supplier's own word, whatever the release's country.
  if (owner.mirrors) return MIRRORED_SUPPLIER.ownedGap.test(gap);
  if (owner.name === frame.memory.country) return false;
  return POSSESSIVE_OWNER_GAP.test(gap);
}

/** "The United States remains the leading destination of Chilean fruit, with purchases of": the partner the clause is about buys (a place of the release's own country may stand between). */
function partnerWithPurchases(frame: RowFrame, cue: FlowCue): boolean {
  if (cue.flow !== 'import' || !/^purchases$/i.test(frame.s.slice(cue.start, cue.end))) return false;
  const own = frame.memory.country;
  const subject = frame.places.findLast((p) => p.end <= cue.start && p.role === 'partner' && !p.mirrors && p.name !== own);
  return subject !== undefined && frame.places.every((p) => p.start < subject.end || p.end > cue.start || p.name === own || p.role === 'area') && PARTNER_WITH_PURCHASES_GAP.test(frame.s.slice(subject.end, cue.start));
}

// "supplies of crude oil to", "deliveries of coal to": goods sent to the place named right after.
const SENT_TO_CUE = /^(?:supplies|deliveries)\s+of\b.*\bto$/i;

// "shipments of Russian sunflower oil to", "a shipment of Brazilian soybeans to": goods named with their origin, sent on.
const SHIPPED_OF_ORIGIN_CUE = /^shipments?\s+of\b.*\bto$/i;

/**
 * "Russian supplies of crude oil to China" in a release on China: goods sent to the release's own country came in. So did
 * "shipments of Russian sunflower oil to China", whose goods name the foreign country they came from.
 */
function sentToReleaseCountry(frame: RowFrame, cue: FlowCue): boolean {
  const own = frame.memory.country;
  if (cue.flow !== 'export' || !own) return false;
  const written = frame.s.slice(cue.start, cue.end);
  const ofOrigin = SHIPPED_OF_ORIGIN_CUE.test(written) && frame.places.some((p) => p.start > cue.start && p.end < cue.end && p.kind === 'country' && p.name !== own);
  if (!ofOrigin && !SENT_TO_CUE.test(written)) return false;
  const next = frame.places.find((p) => p.start >= cue.end && p.start - cue.end <= 6);
  return next !== undefined && next.name === own;
}

/**
 * "6,600 were services bound for China", "the trains bound for Kazakhstan numbered 410" in a release on China or Kazakhstan:
 * what is bound for the place whose figure it is came in ("Australian loadings bound for China" in a sentence on Australia's
 * loadings keep their way out).
 */
function boundForOwnArea(frame: RowFrame, cue: FlowCue): boolean {
  const own = frame.sentenceArea || frame.memory.area || frame.memory.country;
  if (cue.flow !== 'export' || !own) return false;
  if (frame.s.charCodeAt(cue.start) === 45 /* - */) return placeBoundForOwn(frame, cue, own);
  if (!startsWithBound(frame.s, cue.start, cue.end)) return false;
  const next = frame.places.find((p) => p.start >= cue.end && p.start - cue.end <= 6);
  return next !== undefined && next.name === own;
}

/**
 * "China-bound ones 1,120" in a release on a Chinese port, "Kazakhstan-bound trains" in one on Kazakhstan: the place glued
 * before "-bound" is where the runs go; runs bound for the release's own country (or its country's area) came in (a137).
 */
function placeBoundForOwn(frame: RowFrame, cue: FlowCue, own: string): boolean {
  const place = frame.places.find((p) => p.end === cue.start);
  // (The country only when named as the release's own: a country first met in "Russia-bound" is no home of the runs.)
  return place !== undefined && (place.name === own || (place.name === frame.memory.country && frame.memory.countryFirm === true));
}

// "shipments from", "supplies from", "deliveries from": goods said to come from the place named right after (also with the
// goods between: "deliveries of machinery from", "supplies of coal from").
const SENT_FROM_CUE = /^(?:shipments|supplies|deliveries|consignments|cargoes)\s+(?:of\s.*\s)?from$/i;

// "Fruit shipments from the port reached 1.31 million tonnes", "supplies from here": a common noun of the kind of place the
// release reports on, with the article, points back at that place, not at a supplier ("the port of Santos" names another).
const OWN_PLACE_POINTED_AT = /^\s*(?:(?:the|this)\s+(?:port|harbou?r|terminals?|hub|gateway|city|province|region|island|territory)|here)\b(?!\s+(?:of|at|in)\b|['’]s?\b)/i;

/**
 * "Coal shipments from Mongolia" in a release on Mongolia: goods that left the place whose figures the sentence gives (the
 * release's own country, no other area in force) went out; so did "shipments from the port" in a port's release (a198).
 */
function sentFromOwnArea(frame: RowFrame, cue: FlowCue): boolean {
  const { memory } = frame;
  const own = frame.sentenceArea || memory.area || memory.country;
  if (cue.flow !== 'import' || !SENT_FROM_CUE.test(frame.s.slice(cue.start, cue.end))) return false;
  if (OWN_PLACE_POINTED_AT.test(frame.s.slice(cue.end, cue.end + 30))) return true;
  const next = frame.places.find((p) => p.start >= cue.end && p.start - cue.end <= 6);
  return own !== '' && own === memory.country && next !== undefined && next.name === own;
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
export interface FlowChoice {
  flow: Flow;
  negative: boolean;
}

/** A flow with no sign of its own. */
export function plain(flow: Flow): FlowChoice {
  return { flow, negative: false };
}

/**
 * The flow of a reading: a flow word of its clause; else goods that moved both ways or a supplier's part;
 * else a flow word elsewhere; with the rules of counted crossings and traffic first, then the cue's flow,
 * then what the sentence and the release say when no word names one.
 */
// "Imports dominated the zone's trade at 29.1 billion yuan", "Exports made up the bulk of the city's trade at": one direction,
// the subject, sized as the larger part of the whole trade it is measured against; the amount is that direction's.
// ("Exports made up the bulk of the region's trade, at 6.35 billion yuan": a comma may part the amount from its subject.)
const DIRECTION_DOMINATES_TRADE = /^\s*(Imports|Exports)\s+(?:dominated|made\s+up\s+the\s+bulk\s+of|accounted\s+for\s+the\s+bulk\s+of|led)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?(?:foreign\s+)?trade\s*,?\s+(?:at|with)\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?$/i;
const DOMINATES_WORDS = keywords(['dominated', 'bulk', 'led'], DIRECTION_DOMINATES_TRADE);

/** The direction that dominated the trade, for an amount after it; "..., at" after a comma reads the clause before as well. */
function directionDominating({ s, bounds }: RowFrame, lo: number, at: number): Flow | null {
  const from = lo > 0 && s[lo] === ',' ? clauseOf(bounds, lo - 1)[0] : lo;
  const m = mentions(s, DOMINATES_WORDS, from, at) ? DIRECTION_DOMINATES_TRADE.exec(s.slice(from, at)) : null;
  return m ? (/^exports$/i.test(m[1]) ? 'export' : 'import') : null;
}

// "import boxes came to 590,000 TEU and the balance of 578,000 TEU was empty equipment", "exports were 3.1 million tonnes and the
// remaining 1.2 million tonnes ...": a remainder opened after "and" (or "but", "while", "with") right before its amount is a new
// subject, though no comma sets it off; the flow words before it are the earlier amount's (a187).
const REMAINDER_OPENING_BEFORE = /\b(?:and|but|while|with)\s+(?:the\s+)?(?:balance|remaining|rest|remainder)(?:\s+of)?\s+(?:(?:about|around|some|nearly|roughly|almost)\s+)?$/i;

/** Where the clause of the figure at `at` starts: past a remainder's opening right before it, else `lo`. */
function pastRemainderOpening(s: string, lo: number, at: number): number {
  if (at - lo < 12) return lo;
  const from = Math.max(lo, at - 60);
  const m = REMAINDER_OPENING_BEFORE.exec(s.slice(from, at));
  return m ? from + m.index : lo;
}

// (a194: "and the remaining 11.9 million tonnes were copper concentrate, coal and fluorspar from Mongolia", "but the rest, 2
// million tonnes, was ore from Australia", "and the balance of 40,000 TEU were boxes for Europe": the remainder said to be goods
// from a place came in, goods for a place went out, however many goods the list names before the place.)
const REMAINDER_GOODS_WAY_AFTER = /^\s*(?:were|was|are|is|comprised|consisted\s+of|made\s+up\s+of)\s+(?:[^.;]{0,100}?\s)?(from|for)\s+(?:the\s+)?[A-Z]/;

/** The way of a remainder's goods said to come from or be for a place, after its amount ending at `end`. */
function remainderGoodsWay(s: string, end: number): Flow | null {
  const m = REMAINDER_GOODS_WAY_AFTER.exec(s.slice(end, end + 140));
  return m ? (m[1] === 'from' ? 'import' : 'export') : null;
}

// "Indonesia took 66.5% of all live cattle shipped from Australia", "China bought 38 percent of the milk powder exported from
// New Zealand": a share of the goods sent from a place (the place whose figure it is, geography.ts `holdsShareOfGoodsFrom`)
// is a share of that place's exports, whatever the holder's verb of taking says.
const SHARE_OF_GOODS_SENT_FROM_AFTER = new RegExp(String.raw`^\s+${GOODS_SENT_FROM}\s`, 'i');
const SENT_FROM_SHARE_WORDS = keywords(GOODS_SENT_FROM_VERBS, SHARE_OF_GOODS_SENT_FROM_AFTER);

const SHARE_OF_GOODS_A_POINTER_SENT_AFTER = new RegExp(String.raw`^\s+${GOODS_A_POINTER_SENT}`, 'i');

/** True when the percentage `f` is a share "of (all) <goods> shipped from" a place, or of the goods "the country exported". */
function shareOfGoodsSentFrom(s: string, f: Figure): boolean {
  return mentions(s, SENT_FROM_SHARE_WORDS, f.end, f.end + 90) && (SHARE_OF_GOODS_SENT_FROM_AFTER.test(s.slice(f.end, f.end + 90)) || SHARE_OF_GOODS_A_POINTER_SENT_AFTER.test(s.slice(f.end, f.end + 120)));
}

// A speaker's first person is the reporter: "We sold them 3.06 billion dollars of wheat", "and they sold us textiles ... worth 1.46
// billion", "Sri Lanka, for its part, sold us apparel ... worth US$ 1.3 billion", "we shipped Kenya 40,000 tonnes", "we bought
// 2 billion dollars of gas from them", "they bought 900 million dollars of our grain from us". Goods "we" sell, or someone buys
// "from us", went out; goods sold to "us", or "we" buy, came in (an interview's "we sold" names no place after it, so no flow
// word of the sentence reads it). Case matters: "sold US$ 1.3 billion" names no buyer.
const SELL_VERB = String.raw`(?:sold|sells?|selling|shipped|ships?|sent|sends?|supplied|suppl(?:y|ies)|delivered|delivers?|exported|exports?)`;
const BUY_VERB = String.raw`(?:bought|buys?|buying|purchased|purchases?|imported|imports?|took\s+in|take\s+in)`;
const WE_ADVERBS = String.raw`[Ww]e\s+(?:(?:also|have|had|then|now|still|in\s+turn|alone|together)\s+){0,2}`;
const SPEAKER_WAYS: ReadonlyArray<{ re: RegExp; flow: Flow }> = [
  { re: new RegExp(String.raw`\b${WE_ADVERBS}${SELL_VERB}\b`, 'g'), flow: 'export' },
  { re: new RegExp(String.raw`\b${SELL_VERB}\s+(?:to\s+)?us\b`, 'g'), flow: 'import' },
  { re: new RegExp(String.raw`\b${WE_ADVERBS}${BUY_VERB}\b`, 'g'), flow: 'import' },
  { re: new RegExp(String.raw`\b${BUY_VERB}(?=\s(?:[^.;,]|[.,](?=\d)){0,80}?\bfrom\s+us\b)`, 'g'), flow: 'export' },
  // "Our largest market, Germany, bought 1.93 billion dollars of our goods", "China imported 2 million tonnes of our wheat",
  // "they purchased 900 million dollars' worth of our grain": what another buys "of our" goods went out as well.
  // (Verbs only: "the import and export value of our city" is the city's own trade.)
  { re: new RegExp(String.raw`\b(?:bought|buys|buying|purchased|imported|took\s+in|takes\s+in)(?=\s(?:[^.;,]|[.,](?=\d)){0,80}?\bof\s+our\s+(?:own\s+)?[a-z])`, 'g'), flow: 'export' },
];
const SPEAKER_WORDS = /\b(?:[Ww]e|us|[Oo]ur)\b/;

/** The way a speaker's "we"/"us" as seller or buyer gives the figure `f` (the last such verb before it, no flow word between), or null. */
function speakerWay({ s, cues }: RowFrame, f: Figure): Flow | null {
  const from = Math.max(0, f.start - 200);
  if (!SPEAKER_WORDS.test(s.slice(from, f.end + 90))) return null;
  let best: { at: number; end: number; flow: Flow } | null = null;
  for (const { re, flow } of SPEAKER_WAYS) {
    re.lastIndex = from;
    for (let m = re.exec(s); m !== null && m.index < f.start; m = re.exec(s)) if (!best || m.index > best.at) best = { at: m.index, end: m.index + m[0].length, flow };
  }
  if (!best || /[;]/.test(s.slice(best.end, f.start))) return null;
  const { end } = best;
  return cues.some((c) => c.start >= end && c.end <= f.start) ? null : best.flow;
}

export function flowFor(frame: RowFrame, r: Reading): FlowChoice {
  const f = r.figure;
  const [clo, hi] = clauseOf(frame.bounds, f.start);
  const [subjectStart, aside] = subjectAcrossAside(frame.s, clo);
  const lo = pastRemainderOpening(frame.s, subjectStart, f.start);
  const remainderWay = REMAINDER_OPENING_BEFORE.test(frame.s.slice(Math.max(subjectStart, f.start - 60), f.start)) ? remainderGoodsWay(frame.s, f.end) : null;
  if (remainderWay) return plain(remainderWay);
  if (crossingTrips(frame.s, f, lo)) return plain('other');
  if (r.role === 'share' && shareOfGoodsSentFrom(frame.s, f)) return plain('export');
  const opposite = oppositeOfEarlier(frame, r, lo, hi) ?? flowOfListedBase(frame, r) ?? flowOfWaysListedAgain(frame, r);
  if (opposite) return plain(opposite);
  const compared = levelOfBase(frame, r, lo, hi);
  if (compared) return flowFor(frame, compared);
  const paidFor = amountPaidFor(frame, r) ?? quantityWorth(frame, r);
  if (paidFor) return flowFor(frame, paidFor);
  const spoken = speakerWay(frame, f);
  if (spoken) return plain(spoken);
  const inClause = frame.cues.filter((c) => c.start >= lo && c.end <= hi && !(c.start >= aside && c.start < clo));
  const clauseCue = tradeNamedBack(frame, cueOfClause(frame.s, f, r, inClause));
  const partOfIt = clauseCue ? null : partOfItNamedBefore(frame, r);
  if (partOfIt) return plain(partOfIt);
  const directionOfWhole = shareOfWholeTradeAfterLevel(frame, r, clauseCue, lo) ?? tradeModeShareOfIt(frame, r, clauseCue);
  if (directionOfWhole) return plain(directionOfWhole);
  const dominant = directionDominating(frame, lo, f.start);
  if (dominant) return plain(dominant);
  const uncued = clauseCue ? null : flowOfUncuedGoods(frame, r, inClause, lo, hi);
  if (uncued) return plain(uncued);
  const pronoun = clauseCue ? null : flowOfPronounSubject(frame, r, lo);
  if (pronoun) return plain(pronoun);
  if (!clauseCue && carriedAfterBothWays(frame, r, lo, hi)) return plain('total');
  const trainsChanged = clauseCue ? null : wayOfTrainsChanged(frame, r, lo, hi);
  if (trainsChanged) return plain(trainsChanged);
  const listed = clauseCue ? null : itemListedBefore(frame, r, clo);
  if (listed) return flowFor(frame, listed);
  if (!clauseCue && f.kind === 'level' && THROUGHPUT_CLAUSE.test(frame.s.slice(Math.max(0, lo - 12), f.start))) return plain('total');
  const cue = clauseCue ?? cueOutsideClause(frame, f);
  // "Transit cargo bound for Central Asia came to 4.12 million tonnes": where goods in transit are bound is no export.
  const bound = !!cue && startsWithBound(frame.s, cue.start, cue.end);
  if (bound && TRANSIT_BOUND_BEFORE.test(frame.s.slice(Math.max(0, cue.start - 40), cue.start))) return plain('total');
  // "cleared 41,300 tonnes of goods from China bound for Gilgit and Islamabad": goods from abroad bound for the reporter's
  // own towns came in (a country after "bound for" makes them goods in transit, above, or sent on).
  if (bound && GOODS_FROM_PLACE_BEFORE.test(frame.s.slice(Math.max(0, cue.start - 50), cue.start)) && !boundForCountry(frame, cue)) return plain('import');
  if (cue?.directional && transitGoesOn(frame, f, bound)) return plain('total');
  const counted = flowOfCrossings(frame.s, f, inClause, lo, hi) ?? flowOfTraffic(frame, r, inClause, hi);
  if (counted) return plain(counted);
  // ("That is lower than the 2022 peak of 396 billion euros, but it is not a sign of balance": a flow word only after the
  // figure, in another clause, does not outweigh a subject standing for the level before.)
  if (cue) return (!clauseCue && cue.start >= f.end ? flowOfFigureSubject(frame, f) : null) ?? flowOfCue(frame, f, cue);
  return flowOfFigureSubject(frame, f) ?? plain(flowWithoutCue(frame, r, lo, hi));
}

// "Clinker carried in from Vietnam came to 1.2 million tonnes, while container throughput reached 14,600 TEU", "..., and the
// port's traffic stood at", "..., whereas overall box throughput was": a later clause whose own subject is the traffic or
// throughput a port handles, with no flow word of its own, is of cargo both ways, not of the way the clause before named.
const THROUGHPUT_CLAUSE = /(?:^|[,;]\s*|\s)(?:and|while|whereas|but)\s+(?:(?:the\s+port['’]s|its|the|total|overall)\s+)?(?:(?:container|cargo|freight|bulk|box|boxed|port)\s+)?(?:throughput|traffic)\s+[^,;.]*$/i;

// "Shantou contributed 15.06 billion yuan of the district's total, up 11.2 percent, and Jieyang 6.41 billion yuan", ", while
// Chaozhou about 3.2 billion", ", and the city of Shanwei just 1.1 billion", ", and Mianyang for 5 billion": a clause of only a
// place and an amount (its verb and noun left out; a hedge, or "at", "with" or "for" before the amount) is the next item of the
// list the clause before opened, and goes the way that item went.
const GAPPED_ITEM_OPENING = /^[\s,;]*(?:(?:and|while|whereas|with)\s+)?(?:the\s+(?:(?:city|port|province|county|district|prefecture)\s+of\s+)?)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:\s+(?:city|port|province|county|district|prefecture))?(?:\s+(?:at|with|for|on)|\s*,)?\s+(?:(?:about|around|nearly|some|roughly|almost|over|more\s+than|another|a\s+further|just)\s+)?$/;

/** The level listed before a figure whose clause is only a place and that figure (the verb and noun left out), or null. */
function itemListedBefore({ s, readings }: RowFrame, r: Reading, clo: number): Reading | null {
  const f = r.figure;
  if (clo === 0 || r.role !== 'level' || r.earlier || !GAPPED_ITEM_OPENING.test(s.slice(clo, f.start))) return null;
  return readings.findLast((o) => o !== r && o.role === 'level' && !o.earlier && o.figure.unit === f.unit && o.figure.end <= clo) ?? null;
}

// "Manzhouli timber imports recover; freight trains up 5%", "China-Europe train trips rose 8.2 percent": the change of a count
// of trains, the subject of its own clause, is of trains that ran both ways unless a verb of going says otherwise, whatever
// flow another clause named (the trains convention: no direction, total).
const TRAINS_CHANGED_BEFORE = /\btrains?(?:\s+(?:trips|journeys|runs|services))?\s+(?:(?:were|was|have|has)\s+)?(?:up|down|rose|fell|grew|climbed|increased|decreased|declined|dropped|jumped|surged|slipped|gained|rise|fall|grow|climb|jump|surge|slip|gain|increase|decrease|decline|drop)\s+(?:by\s+)?(?:(?:about|around|nearly|some|over|more\s+than|almost)\s+)?$/i;

/** The way a counted train went, for a change whose own clause has trains as its subject and no flow word: both ways by default. */
function wayOfTrainsChanged(frame: RowFrame, r: Reading, lo: number, hi: number): Flow | null {
  if (r.role !== 'growth' || !TRAINS_CHANGED_BEFORE.test(frame.s.slice(lo, r.figure.start))) return null;
  return trainMovement(frame.s, r.figure, lo, hi, frame.places, [frame.memory.area, frame.memory.country]) ?? 'total';
}

// "Imports, mainly soybeans, coal and timber from Russia, accounted for 74.6 percent of the port's trade": a flow subject
// set off from its verb by an aside of what it mostly was (whose commas cut the clause) is still the verb's subject; so with
// an apposition describing it ("Soybean meal exports, a small trade, stood at 38,000 tonnes"), whose flow words are not its.
// "Trade with Australia, a major supplier of those ores, fell 4.2 percent": so is the trade with a place, whose apposition
// (a supplier, a buyer) describes the place and gives the trade no direction.
// "Shipments of crude oil into the province, most of them bound for independent refineries, fell": the subject may name its
// goods and where they went, and the aside may open with "most of them"; the aside's "bound for" is no flow of the amount.
// "Imports through Benapole land port, the country's busiest gateway for trade with India, fell": the subject may name the
// port or crossing its goods went through, whose apposition (a gateway, a hub "for trade with" a neighbour) is the place's.
// "Imports into Russia, rebuilt from its partners' export records, are estimated at": an aside may say how the figure was
// made, from whose records (a participle of making or deriving and its source); the records' "export" is no flow of it.
// "May's gap, first published as GBP 21.4 billion, was revised to a wider GBP 23.2 billion", "Exports, initially reported at
// $5.1 billion, were revised up to": the aside may be the first reading a revision replaced, whose amount is no subject's.
const ASIDE_SOURCE = String.raw`\s*,\s*(?:(?:mainly|mostly|chiefly|largely|primarily|principally|predominantly|most\s+of\s+(?:them|it))\s[^;:.\d]{1,120}|(?:a|an|the)\s+(?:[\w'’-]+\s+){0,7}?[\w-]+|(?:rebuilt|reconstructed|compiled|derived|calculated|computed|estimated|drawn|taken|based|mirrored)\s+(?:from|on|using)\s[^;:.,\d]{1,100}|(?:first|initially|originally|previously|earlier)\s+(?:published|reported|put|estimated|given|announced|released|stated)\s+(?:as|at)\s+[^;:,()]{1,40}|[A-Z][\w-]*['’]s\s+(?:(?!(?:while|whereas|but)\s)[A-Za-z'’-]+,?\s+){0,12}?[A-Za-z-]+),\s*$`;
// "Japan's trade deficit for fiscal 2023, the year through March, shrank ... as cheaper fuel cut the import bill", "Exports in
// the 2025 fiscal year, the twelve months to June, rose": the subject may be a balance, and may name its period, which the
// apposition restates.
const SUBJECT_ASIDE_BEFORE = new RegExp(String.raw`^(\s*(?:(?:[\w'’-]+\s+){0,3}?(?:imports|exports|shipments|purchases|sales|deficits?|surplus(?:es)?|balance|shortfall|gap|bill)(?:\s+(?:of|from|to|into|through|via|at|across|for|in|during|over)(?:\s+[\w'’-]+){1,6}?)?|(?:[\w'’-]+\s+){0,2}?trade\s+(?:with|between)\s+(?:the\s+)?[\w'’-]+(?:\s+(?:and\s+)?[\w'’-]+){0,3}?))${ASIDE_SOURCE}`, 'i');
// (a247) "The energy bill, France's net cost of oil, gas and electricity bought abroad, rose to", "Exports, Chile's main earner of
// copper, wine and fruit sold overseas, fell": the apposition may be led by a possessive and hold a list with commas of its
// own, and the subject may be a bill ("the import bill", "the energy bill"), whose aside's "bought abroad" is no flow of it.
// A wire's dateline opening a sentence: the town, a date with a digit, the wire's credit in brackets and a dash or colon.
const DATELINE_LEAD = new RegExp(String.raw`^${TOWN_AND_DATE}(?:\([^()\n]{1,20}\))?\s*(?:--|[-–—:])\s+`, 'u');
// "Exports made up 15.9 billion yuan, while imports, mostly coffee and snacks sold to online shoppers, were worth 2.8 billion
// yuan": the subject of a contrasting clause set off from its verb by such an aside, the same way (the aside's "sold" is no
// flow of the amount).
const CLAUSE_SUBJECT_ASIDE_BEFORE = new RegExp(String.raw`\b(?:while|whereas)\s+((?:[\w'’-]+\s+){0,3}?(?:imports|exports|shipments|purchases|sales))${ASIDE_SOURCE}`, 'i');

/**
 * The start of a figure's clause, or of the sentence (or of its contrasting clause) when the clause is the verb of a flow
 * subject before an aside; and where that aside starts (its flow words name no figure's flow, up to the clause), or -1 when
 * there is none.
 */
function subjectAcrossAside(s: string, lo: number): [number, number] {
  if (lo <= 0 || s.charCodeAt(lo) !== 44) return [lo, -1];
  const before = s.slice(0, lo + 1);
  // (The aside opens with a comma of its own: with none before this one, neither pattern can match.)
  if (before.indexOf(',') === lo) return [lo, -1];
  // ("DHAKA, July 8 (BSS) - Imports through ...": a wire's dateline may open the sentence before its subject.)
  // ("..., so the WTO relies on partner data: imports into Russia, rebuilt from ..., are estimated": so may the words a colon
  // closes, the subject opening after it.)
  const colon = before.lastIndexOf(': ');
  const lead = colon >= 0 ? colon + 2 : (DATELINE_LEAD.exec(before)?.[0].length ?? 0);
  const m = SUBJECT_ASIDE_BEFORE.exec(lead ? before.slice(lead) : before);
  if (m) return [colon >= 0 ? lead : 0, lead + m[1].length];
  const c = before.includes('while') || before.includes('whereas') ? CLAUSE_SUBJECT_ASIDE_BEFORE.exec(before) : null;
  if (!c) return [lo, -1];
  const subject = c.index + c[0].indexOf(c[1]);
  return [subject, subject + c[1].length];
}

/**
 * "Exports reached 296.7 billion yuan, with market procurement trade making up 78.6 percent of them": a share "of it" or "of
 * them" whose clause names only a kind of trade (a trade mode, flow `total`) is a share of the one direction the level before
 * it went ("with exports making up 60 percent of it", a direction of its own, keeps that direction).
 */
function tradeModeShareOfIt(frame: RowFrame, r: Reading, clauseCue: FlowCue | null): Flow | null {
  if (r.role !== 'share' || clauseCue?.flow !== 'total' || !SHARE_OF_IT_AFTER.test(frame.s.slice(r.figure.end, r.figure.end + 20))) return null;
  const whole = frame.readings.findLast((o) => o.role === 'level' && o.figure.end <= r.figure.start);
  const flow = whole ? flowFor(frame, whole).flow : null;
  return flow === 'export' || flow === 'import' ? flow : null;
}

// ", accounting for", ", representing", ", or": a clause sizing the amount before it.
// ", 79 percent of its trade": a bare percentage set off by a comma right after the amount sizes it the same way.
// "Exports to Nepal reached 3.1 billion yuan, up 1.8 times, and made up 62.4 percent of the region's foreign trade": the
// same subject's second verb, joined by "and", sizes the amount too, in the present and with an adverb ("..., and now make up
// 21.4 percent of the country's non-oil trade", "and alone accounts for").
// "exports of 3.05 trillion yuan, up 7.7 percent and equal to 64.6 percent of the province's total trade", "rising 4 percent,
// equivalent to", "the equivalent of", "taking up", "comprising": the amount's own change may come first, and any verb or
// adjective of sizing opens the clause.
const SIZING_CLAUSE_OPENING = /^[\s,]*(?:and\s+(?=accounting|representing|making|constituting|comprising|taking|equal|equivalent|the\s+equivalent))?(?:(?:up|down|off|rising|growing|falling|increasing|decreasing|declining)\s+(?:by\s+)?\d[\d.]*\s*(?:percent|per\s?cent|%|pct|pc)\s+(?:(?:year\s+on\s+year|on\s+the\s+year|from\s+a\s+year\s+earlier)\s+)?(?:and\s+|,\s*(?:and\s+)?))?(?:accounting\s+for|representing|making\s+up|constituting|comprising|taking\s+up|equal\s+to|equivalent\s+to|the\s+equivalent\s+of|or|and\s+(?:(?:now|also|alone|together|thus)\s+)?(?:accounted\s+for|accounts?\s+for|made\s+up|makes?\s+up|represented|represents?|constituted|constitutes?|comprised|comprises?|took\s+up|takes?\s+up|(?:was|were)\s+(?:equal|equivalent)\s+to|equall?ed))\s+(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than)\s+)?$|^\s*,\s*(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than)\s+)?$/i;

/**
 * "Imports amounted to D17.09 billion, accounting for 91.7 percent of total trade": a clause sizing one direction's amount
 * as a part of the whole trade is a share of that direction, not of the total its words name.
 */
function shareOfWholeTradeAfterLevel(frame: RowFrame, r: Reading, clauseCue: FlowCue | null, lo: number): Flow | null {
  const f = r.figure;
  if (r.role !== 'share' || clauseCue?.flow !== 'total' || clauseCue.start < f.end || !shareOfFlowGap(frame.s.slice(f.end, clauseCue.start))) return null;
  if (!SIZING_CLAUSE_OPENING.test(frame.s.slice(lo, f.start))) return null;
  const level = frame.readings.findLast((o) => o.role === 'level' && o.figure.end <= f.start);
  const flow = level ? flowFor(frame, level).flow : null;
  return flow === 'import' || flow === 'export' ? flow : null;
}

// "Sales of cocoa beans reached 1 318,4 billion FCFA for 412 600 tonnes", "214,8 billion Ariary, for 402 tonnes shipped".
const FOR_QUANTITY_GAP = /^\s*,?\s*for\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?$/i;

/** The amount of money a quantity right after it was paid for: the quantity goes the amount's way. */
function amountPaidFor(frame: RowFrame, r: Reading): Reading | null {
  if (r.figure.measure !== 'quantity' || r.role !== 'level') return null;
  const amount = frame.readings.findLast((o) => o.role === 'level' && o.figure.measure === 'value' && o.figure.end <= r.figure.start);
  return amount && FOR_QUANTITY_GAP.test(frame.s.slice(amount.figure.end, r.figure.start)) ? amount : null;
}

// "Cargo moved on the route totalled 742,000 tonnes, worth 37.5 billion yuan": the value of a quantity, right after it.
// "The trains carried 156,000 TEUs of goods, 40 percent more than a year earlier, worth a combined 30.5 billion yuan", "moved
// 2.1 million tonnes of cargo, up 8 percent, valued at an estimated ...": the goods the quantity is of, and a clause of its
// own change, may stand between; the worth may be said of the whole (a combined, a total of, an estimated, an aggregate), or
// as a noun ("with a combined value of", "at a value of").
const WORTH_GAP = /^(?:\s+of\s+[^,;.\d]{1,40}?)?(?:\s*,\s*[^,;]{1,70}?)?\s*,\s*(?:and\s+)?(?:worth|valued\s+at|(?:with|at|carrying|having)\s+(?:a|an)\s+(?:(?:combined|total|overall|estimated|declared|aggregate)\s+)?value\s+of)\s+(?:(?:a\s+(?:combined|total\s+of)|an?\s+(?:estimated|combined|aggregate)|about|around|nearly|some|over|more\s+than|roughly|almost|approximately)\s+)?$/i;

/** The quantity of goods a money amount right after it is the worth of: the amount goes the quantity's way. */
function quantityWorth(frame: RowFrame, r: Reading): Reading | null {
  if (r.figure.measure !== 'value' || r.role !== 'level') return null;
  const at = r.figure.start;
  const gap = frame.s.slice(Math.max(0, at - 40), at);
  if (!gap.includes('worth') && !gap.includes('valu')) return null;
  const quantity = frame.readings.findLast((o) => o.role === 'level' && o.figure.end <= at);
  return quantity?.figure.measure === 'quantity' && WORTH_GAP.test(frame.s.slice(quantity.figure.end, at)) ? quantity : null;
}

// "The seasonally adjusted figure was up $2.05 billion from $4.08 billion in July": a subject that only names "the figure".
// So does a demonstrative standing for it: "That is lower than the 2022 peak of 396 billion euros", "This compares with
// $4.1 billion a year earlier", "That was down from ...".
const FIGURE_SUBJECT = /^\s*(?:The\s+(?:[\w-]+\s+){0,2}?(?:figure|result|reading)|That|This)\s+(?:was|were|is|rose|fell|came|stood|compared|compares|had|remains|remained)\b/i;

/**
 * A sentence whose subject is "the figure" and that names no flow goes on with the level of the sentence before it,
 * even in a new paragraph and even a balance (which otherwise ends with its paragraph), with that balance's sign.
 */
function flowOfFigureSubject(frame: RowFrame, f: Figure): FlowChoice | null {
  const last = frame.memory.previousLevels?.at(-1);
  if (!last || last.value === null || !FIGURE_SUBJECT.test(frame.s.slice(0, f.start))) return null;
  return { flow: last.flow, negative: last.flow === 'balance' && last.value < 0 };
}

// "Kazakhstan sent 1.9 million tonnes, while 640,000 tonnes of goods came in the opposite direction".
const OPPOSITE_DIRECTION = /\b(?:in|from)\s+the\s+(?:opposite|other|reverse)\s+direction\b|\bthe\s+other\s+way\b/i;
const RUNS_THE_OTHER_WAY = /^\s*(?:the\s+)?(?:[\w-]+\s+)?(?:services|trains|runs|trips|journeys|shipments|cargoes|containers|boxes|trucks)\s+(?:heading|running|going|travell?ing|moving|coming|rolling|bound)\s+(?:the\s+(?:other|opposite|reverse)\s+way|in\s+the\s+(?:opposite|other|reverse)\s+direction)\b/i;
const OPPOSITE_WORDS = keywords(['opposite', 'other', 'reverse'], OPPOSITE_DIRECTION, RUNS_THE_OTHER_WAY);

/** `/^bound/i` on s.slice(start, end), without the slice and the expression (asked for every row's flow cue). */
function startsWithBound(s: string, start: number, end: number): boolean {
  if (end - start < 5) return false;
  for (let i = 0; i < 5; i++) if ((s.charCodeAt(start + i) | 32) !== 'bound'.charCodeAt(i)) return false;
  return true;
}

/** The flow of goods said to move the other way than the figure before them in the sentence: the opposite of its flow. */
function oppositeOfEarlier(frame: RowFrame, r: Reading, lo: number, hi: number): Flow | null {
  // (a248) "Freight trains leaving Chongqing made 2,940 trips. Services heading the other way, hauling ... into the city,
  // numbered 1,715": a sentence that opens on runs the other way, with no level before its figure, sets them against the last
  // level of the sentence before, of the same unit (the way may sit in the subject, before an aside).
  // ("Cars went the other way: exports dropped" is a trend, told by a finite verb: only a participle after the runs names a way.)
  const runsBack = mentions(frame.s, OPPOSITE_WORDS, 0, r.figure.start) && RUNS_THE_OTHER_WAY.test(frame.s.slice(0, r.figure.start)) && !frame.readings.some((o) => o.role === 'level' && o.figure.end <= r.figure.start && o !== r);
  if (!runsBack && (!mentions(frame.s, OPPOSITE_WORDS, lo, hi) || !OPPOSITE_DIRECTION.test(frame.s.slice(lo, hi)))) return null;
  const earlier = frame.readings.findLast((o) => o.role === 'level' && o.figure.end <= lo && o.figure.unit === r.figure.unit);
  const flow = earlier ? flowFor(frame, earlier).flow : runsBack ? frame.memory.previousLevels?.findLast((l) => l.unit === r.figure.unit)?.flow ?? null : null;
  return flow === 'export' ? 'import' : flow === 'import' ? 'export' : null;
}

// "Exports, mainly cassava and rubber, were 187.4 million USD and imports 125.2 million USD": a flow word after "and"
// that leads an amount of its own names that amount's flow, not the flow of the amount before "and".
const SAID_FLOW_GAP = /^\s+(?:(?:were|was|are|is)\s+)?$/i;
const SAID_OF_AMOUNT_BEFORE = /\d(?:[^.;,]|[.,](?=\d)){0,40}?\s(?:were|was|are|is)\s+$/i;
// "USD 692 million (Korea's exports USD 571 million, imports USD 121 million)": a bracket opening on the flows that make up
// the amount before it, each leading an amount of its own, names none of that amount's flow (a193).
const NEXT_FIGURE_GAP = /^\s*(?:(?:and|while|whereas|but)\s+|\(\s*(?:(?:the\s+)?[a-z][\w.-]*['’]s\s+)?)$/i;
// Translated Russian and Azerbaijani releases: "X fell to the share of export and Y to import", "X went to exports".
const ALLOTTED_TO_FLOW_GAP = /^\s+(?:(?:fell|falls|fall|went|goes|go)\s+)?to\s+(?:the\s+share\s+of\s+)?$/i;
const OWN_AMOUNT_AFTER = /^\s+(?:were\s+|was\s+|of\s+|at\s+|reached\s+|totall?ed\s+|came\s+to\s+|stood\s+at\s+)?(?:[A-Z]{0,3}\$|[€£¥₽]|[A-Z]{3}\s)?\s*\d/;

// "213,000 tonnes of fruit cleared the port, up 18.6 percent, with 168,000 tonnes of imports": a flow word said "of" a later
// amount (not of a percentage, whose whole it would name) is that amount's, not the flow of the whole before it.
const LATER_AMOUNT_OF_BEFORE = /\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion|mln|bln|mn|bn))?\s+(?!(?:percent|per|pc)\b)[a-zA-Z]+\s+of\s+$/i;
const ofLaterAmount = (s: string, f: Figure, cue: FlowCue | undefined): boolean => cue !== undefined && f.kind === 'level' && LATER_AMOUNT_OF_BEFORE.test(s.slice(f.end, cue.start));

function leadsNextFigure(s: string, f: Figure, cue: FlowCue | undefined): boolean {
  return cue !== undefined && NEXT_FIGURE_GAP.test(s.slice(f.end, cue.start)) && OWN_AMOUNT_AFTER.test(s.slice(cue.end, cue.end + 24));
}

// After the last of bases listed "respectively": "against €8.745,2 mn and €3.380,1 mn respectively in January - September 2025".
const BASES_RESPECTIVELY_AFTER = /^\s*(?:[\w$€£¥.-]+\s+){0,2}?,?\s*respectively\b/i;

/** A base of a list set "respectively" against as many levels before it goes the way of the level in its place. */
function flowOfListedBase(frame: RowFrame, r: Reading): Flow | null {
  if (!r.earlier || r.role !== 'level') return null;
  const { readings, s } = frame;
  const at = readings.indexOf(r);
  let [first, last] = [at, at];
  while (first > 0 && readings[first - 1].earlier && readings[first - 1].role === 'level') first--;
  while (last + 1 < readings.length && readings[last + 1].earlier && readings[last + 1].role === 'level') last++;
  const levels = readings.slice(0, first).filter((o) => o.role === 'level' && !o.earlier && !o.twinOf);
  const count = last - first + 1;
  if (count < 2 || levels.length < count || !BASES_RESPECTIVELY_AFTER.test(s.slice(readings[last].figure.end, readings[last].figure.end + 40))) return null;
  return flowFor(frame, levels[levels.length - count + (at - first)]).flow;
}

// "Exports were worth £19.4 billion, while imports amounted to £63.8 billion. ... In 2019, the comparable figures were £18.8
// billion and £49.1 billion respectively", "A year earlier the corresponding amounts stood at", "the equivalent totals for 2020
// came to", "In 2019 they were", "the two had been ... respectively": a sentence naming no direction that gives the same figures
// again "respectively" lists them in the order of the last sentence of its paragraph that gave amounts both ways.
// (a222: "The volumes were ... respectively", "the tonnages came to".)
// (a229: the ways named by their noun, "the two flows amounted to 548,300 and 522,100 respectively", "both directions came to",
// "the two streams totalled".)
const WAYS_LISTED_AGAIN = /(?:\b(?:comparable|corresponding|equivalent|matching|like-for-like|respective|same)\s+(?:figures|numbers|amounts|values|totals|levels)(?:\s+(?:for|in|of)\s+[^,;]{1,30}?)?|\b(?:they|(?:the\s+)?(?:two|both)(?:\s+(?:flows|ways|directions|streams|legs))?)|\bthe\s+(?:volumes|tonnages|quantities|amounts|values|totals)|\bthe\s+figures\s+(?:for|in)\s+[^,.;]{1,30}?)\s+(?:were|stood\s+at|came\s+to|had\s+been|totall?ed|amounted\s+to|reached|ran\s+at)\s+[^;]{0,160}?\brespectively\b/i;

/** The direction of a level in a sentence that lists again, "respectively", the directions of an earlier one, or null. */
function flowOfWaysListedAgain(frame: RowFrame, r: Reading): Flow | null {
  const ways = frame.memory.listedWays;
  if (r.role !== 'level' || !ways || ways.paragraph !== frame.sentence.paragraph || frame.cues.length || !frame.s.includes('respectively') || !WAYS_LISTED_AGAIN.test(frame.s)) return null;
  const levels = frame.readings.filter((o) => o.role === 'level' && !o.twinOf);
  if (levels.length === ways.flows.length) return ways.flows[levels.indexOf(r)];
  // "the UK imported 118,000 tonnes ..., valued at GBP 96 million, while exports ... were 21,000 tonnes, worth GBP 38 million.
  // In the first quarter of 2024 the comparable figures were 142,000 tonnes and 9,000 tonnes respectively": figures of one
  // unit listed again take the directions of that unit's amounts, in order.
  const sameUnit = levels.filter((o) => o.figure.unit === r.figure.unit);
  const unitFlows = ways.flows.filter((_, i) => ways.units[i] === r.figure.unit);
  return sameUnit.length >= 2 && sameUnit.length === unitFlows.length ? unitFlows[sameUnit.indexOf(r)] : null;
}

// "amounted to Rs 7.84 billion, up 22pc from Rs 6.43 billion in July-November 2025-26": the change and the word that
// introduces the base, with no flow word between the level and its base.
// "a surplus of EUR161.4 bn in trade in goods with the rest of the world, compared with EUR121.9 bn in ...": the trade the
// level is of may stand between them, and the level's month; its flow word ("trade") names the level's whole, not the
// base's flow.
// "The deficit was $101.8 billion (7.0% of imports), against $96.5 billion in ...", "a surplus of $8 billion (or 2% of
// exports), compared with": a bracket right after the level glosses it; its flow word names what the ratio is of, not the
// base's flow.
const LEVEL_TO_BASE_GAP = /^(?:\s*\([^()]{1,60}\)|\s+(?:in|for|during)\s+the\s+(?:[\w-]+\s+){0,2}?(?:quarter|half|months?|period)|\s+(?:in|on)\s+(?:(?:its|their|the)\s+)?(?:(?:merchandise|goods)\s+)?trade(?:\s+in\s+goods)?(?:\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?|\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d\d)?){0,3}\s*,?\s*(?:(?:up|down|rising|falling|an?\s+(?:increase|decrease|rise|drop|fall))\s+(?:of\s+|by\s+)?[\d.]+\s*(?:%|pc|per\s?cent|percent)\s+)?(?:from|against|compared\s+(?:with|to))\s+[^\d.;,]{0,6}$/i;

/**
 * "Customs duties collected at the dry port amounted to Rs 7.84 billion, up 22pc from Rs 6.43 billion in July-November
 * 2025-26": a base with no flow word of its own clause, set right after its level, went the way the level went (not the
 * way the sentence before ended).
 */
function levelOfBase(frame: RowFrame, r: Reading, lo: number, hi: number): Reading | null {
  if (!r.earlier || r.role !== 'level') return null;
  const level = frame.readings.findLast((o) => o.role === 'level' && !o.earlier && !o.twinOf && o.figure.unit === r.figure.unit && o.figure.end <= r.figure.start);
  if (!level || !LEVEL_TO_BASE_GAP.test(frame.s.slice(level.figure.end, r.figure.start))) return null;
  // A flow word in a bracket that glosses the level ("(7.0% of imports)") is no flow word of the base's clause.
  const glosses = [...frame.s.slice(level.figure.end, r.figure.start).matchAll(GLOSS)].map((m) => [level.figure.end + m.index, level.figure.end + m.index + m[0].length]);
  const ownCue = frame.cues.some((c) => c.start >= lo && c.end <= hi && !glosses.some(([a, b]) => c.start >= a && c.end <= b));
  return ownCue ? null : level;
}
const GLOSS = /\([^()]{1,60}\)/g;

const GOODS_FROM_PLACE_BEFORE = /\b(?:goods|products|cargo|freight)\s+from\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+$/;
const boundForCountry = (frame: RowFrame, cue: FlowCue) => frame.places.some((p) => (p.kind === 'country' || p.kind === 'group') && p.start >= cue.end && p.start - cue.end <= 8);

/** The flow word of a figure's own clause: the last before it, else the first after it, unless a passive trade verb right after the amount (or, for a share, the flow it is "of") names it. */
// "Australia shipped 81.6 million tonnes of iron ore ..., yet the value of that trade fell 7.9%", "Imports of coal rose ...; this
// trade was worth ...": "trade" after a demonstrative names back the flow of a figure before it, not both directions.
const DEMONSTRATIVE_BEFORE_TRADE = /\b(?:that|this|such)\s+$/i;

// The cues whose level is being looked up: a level before "that trade" in the same clause meets the same cue when its own
// flow is chosen, so the lookup would go round for ever ("Exports rose to X, and that trade ..." read from X).
const namingBack = new Set<number>();

function flowOfLevelBefore(frame: RowFrame, level: Reading, cueStart: number): Flow {
  namingBack.add(cueStart);
  try {
    return flowFor(frame, level).flow;
  } finally {
    namingBack.delete(cueStart);
  }
}

/**
 * The flow a "that trade" cue names back, in its place: the export or import cue before it in the sentence, else the flow of
 * the sentence's last level before it ("Australia shipped 81.6 million tonnes", no cue word), else that of the sentence before.
 */
function tradeNamedBack(frame: RowFrame, cue: FlowCue | null): FlowCue | null {
  if (cue?.flow !== 'total' || !DEMONSTRATIVE_BEFORE_TRADE.test(frame.s.slice(Math.max(0, cue.start - 8), cue.start)) || !/^trade\b/i.test(frame.s.slice(cue.start, cue.end))) return cue;
  const before = frame.cues.findLast((c) => c.end <= cue.start && (c.flow === 'export' || c.flow === 'import'));
  const level = before || namingBack.has(cue.start) ? undefined : frame.readings.findLast((x) => x.role === 'level' && x.figure.end <= cue.start);
  const ofLevel = level ? flowOfLevelBefore(frame, level, cue.start) : null;
  // A sentence before that gave both ways ("Exports rose to X; imports to Y.") leaves "that trade" the whole of them; so does one
  // whose last amount was the whole trade, with only a share of one way after it ("trade was worth X, with exports making up
  // 71.2 percent. Kazakhstan ..., accounting for 63 percent of that trade").
  const carried = frame.memory.bothWays || frame.memory.previousLevels?.at(-1)?.flow === 'total' ? null : frame.memory.lastFlow;
  const flow = before?.flow ?? (ofLevel === 'export' || ofLevel === 'import' ? ofLevel : carried === 'export' || carried === 'import' ? carried : null);
  return flow ? { ...cue, flow } : cue;
}

// "leaving China with a", "left the country with an", "leaves Beijing with": a result's verb before the one it leaves an amount.
// (a242: or a participle of having it: "left China sitting on a $323.3 billion surplus", "leaving Britain nursing a", "left the
// country running a", "leaves Seoul holding a", "left Canada facing a".)
const LEFT_WITH_BEFORE = /\b(?:leaving|left|leaves|leave)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:with|sitting\s+on|holding|running|nursing|facing|posting|carrying)\s+(?:an?\s+)?(?:(?:about|around|nearly|some|over|almost|roughly)\s+)?(?:US\$|\$|€|£|¥)?$/i;
// The verb that makes an amount a part of a whole named after it: "made up", "accounted for", "represented", "formed", "were".
const PART_AMOUNT_BEFORE = /\b(?:accounted\s+for|accounts?\s+for|made\s+up|makes?\s+up|represent(?:ed|s)?|constitut(?:ed|es)|compris(?:ed|es)|form(?:ed|s)|took\s+up|takes?\s+up|contributed|were|was)\s+(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|close\s+to|just\s+(?:over|under))\s+)?(?:US\$|\$|€|£|¥)?$/i;

function cueOfClause(s: string, f: Figure, r: Reading, inClause: FlowCue[]): FlowCue | null {
  const beforeInClause = inClause.filter((c) => c.end <= f.start);
  const afterInClause = inClause.filter((c) => c.start >= f.end);
  // "96,300 imported vehicles": a flow word inside the words that name what a count counts is its flow.
  const within = inClause.find((c) => c.start >= f.numEnd && c.end <= f.end && c.flow !== 'other');
  if (within) return within;
  let cue: FlowCue | null = beforeInClause[beforeInClause.length - 1] ?? (leadsNextFigure(s, f, afterInClause[0]) || ofLaterAmount(s, f, afterInClause[0]) ? null : afterInClause[0]) ?? null;
  cue = subjectOverWhole(s, f, beforeInClause, cue);
  // "of which 134,900 tonnes were imports and the remaining 27,500 tonnes (were) exports": a flow word said of the amount
  // right after it is its own, over a flow word before it that an earlier amount of the clause took.
  const said = afterInClause[0];
  if (said && cue !== said && cue && SAID_FLOW_GAP.test(s.slice(f.end, said.start)) && SAID_OF_AMOUNT_BEFORE.test(s.slice(Math.max(0, cue.start - 60), cue.start))) cue = said;
  // "goods worth €131.2 billion were exported and goods worth €114.9 billion were imported": a passive
  // trade verb right after the amount names its flow, whatever verb came before it.
  const passive = afterInClause[0];
  if (passive && PASSIVE_FLOW_GAP.test(s.slice(f.end, passive.start)) && PASSIVE_FLOW_VERB.test(s.slice(passive.start, passive.end))) cue = passive;
  // "and 54,500 TEU were exports", "126,900 TEU were Kazakh import cargo": what the amount is said to be names its flow.
  if (f.kind === 'level' && passive && passive.flow !== 'other' && PREDICATE_FLOW_GAP.test(s.slice(f.end, passive.start)) && FLOW_NOUN.test(s.slice(passive.start, passive.end))) cue = passive;
  // "the January trade was a 15.6 bn euro deficit": a balance word right after an amount names what the amount is, over the
  // trade it is the balance of.
  // ("trade with Japan finished September 1.2 billion dollars in surplus": so is one the amount is said to be "in".)
  // (a237: over a direction a verb of leaving read too: "leaving China with a US$27.5 billion surplus", "which left the
  // country with a $3 billion deficit": there "leaving" is what the trade resulted in, not goods going out.)
  if (f.kind === 'level' && passive?.flow === 'balance' && (cue?.flow === 'total' || (cue && LEFT_WITH_BEFORE.test(s.slice(Math.max(0, cue.start - 12), f.start)))) && /^\s+(?:in\s+)?$/.test(s.slice(f.end, passive.start))) cue = passive;
  // "of which 16.2 bln. USD fell to the share of export and 13.5 bln. USD to import": the direction an amount is put
  // down "to" is its own, over the one an amount before it in the clause took.
  if (f.kind === 'level' && passive && (passive.flow === 'export' || passive.flow === 'import') && ALLOTTED_TO_FLOW_GAP.test(s.slice(f.end, passive.start))) cue = passive;
  // So does "of imports" right after a share or an amount ("buying X of exports and supplying Y of imports").
  // (But "Imports accounted for 74.6 percent of the port's trade": a direction's part of the whole trade stays that direction's.)
  // ("Imports from Russia made up 10.2 billion yuan of the port's trade": so does an amount a direction is said to make up.)
  const partOfWhole = (r.role === 'share' || (f.kind === 'level' && PART_AMOUNT_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)))) && passive?.flow === 'total' && (cue?.flow === 'export' || cue?.flow === 'import');
  if ((r.role === 'share' || f.kind === 'level') && passive && passive.flow !== 'other' && !partOfWhole && shareOfFlowGap(s.slice(f.end, passive.start))) cue = passive;
  // (a239) "China supplied 98 percent of the panels the bloc bought abroad", "Russia provided 40 percent of the gas that the EU
  // imported", "took 60 percent of the coal Mongolia sold abroad": a share of goods a relative clause says a buyer bought or a
  // seller sold is of that flow, over the supplier's or buyer's verb before the share.
  if (r.role === 'share' && (passive?.flow === 'export' || passive?.flow === 'import') && WHOLE_TRADED_IN_RELATIVE_GAP.test(s.slice(f.end, passive.start))) cue = passive;
  return cue;
}

// "Exports accounted for most of the trade and rose 66 percent": the whole a direction is a part of ("of the trade") names no
// flow of the same subject's next verb, joined by "and"; the subject's own flow word does.
// ("made up 10.2 billion yuan of the port's trade", "of the land port's two-way trade": the whole may carry its owner's possessive.)
const PART_OF_WHOLE_BEFORE = /\b(?:accounted\s+for|made\s+up|represented|constituted|formed|comprised)\s+(?:[\w.%-]+\s+){0,4}?of\s+(?:(?:the|its|their|total|overall|all|(?:[a-z][\w-]*\s+)?[\w-]+['’]s)\s+)*$/i;
const NEXT_VERB_GAP = /^\s+and\s+(?:[\w-]+\s+){1,2}$/i;

/** The subject's export or import cue over the total "of the trade" it is a part of, for the figure of its next verb. */
function subjectOverWhole(s: string, f: Figure, before: FlowCue[], cue: FlowCue | null): FlowCue | null {
  if (cue?.flow !== 'total' || !NEXT_VERB_GAP.test(s.slice(cue.end, f.start)) || !PART_OF_WHOLE_BEFORE.test(s.slice(Math.max(0, cue.start - 60), cue.start))) return cue;
  const subject = before.findLast((c) => c.end <= cue.start && (c.flow === 'export' || c.flow === 'import'));
  return subject ?? cue;
}

/**
 * "Swiss exports decreased in October. Seasonally adjusted, they fell by 2.8% ..., while imports rose": a
 * pronoun subject with no flow word before it goes on with the flow of the sentence before, not the flow of
 * a later clause (counts and cargo a port "has handled" keep their own rules).
 */
function flowOfPronounSubject(frame: RowFrame, r: Reading, lo: number): Flow | null {
  const { s, cues, memory } = frame;
  const f = r.figure;
  if (!memory.lastFlow || (f.measure !== 'value' && r.role !== 'growth') || !PRONOUN_SUBJECT_BEFORE.test(s.slice(lo, f.start))) return null;
  // "it has carried more than 11.6 million tonnes of cross-border cargo, worth 46.3 billion yuan": the worth of what the
  // pronoun's train or route carried is of its cargo, both ways (cargoFlow).
  if (f.measure === 'value' && CARRIED_GOODS_VALUE.test(s.slice(lo, f.start))) return null;
  return cues.some((c) => c.end <= f.start && c.flow !== 'other') ? null : memory.lastFlow;
}

// "The trains carried 1.03 million tons of goods": the trains the sentence before counted, as the subject of a verb of carrying
// (a service named again, "The Yiwu-Xinjiang-Europe trains carried ...", is the service both ways).
const THE_TRAINS_CARRIED = /^\s*(?:The|These|Those)\s+trains\s+(?:carried|transported|hauled|moved)\b/;

/**
 * The way the trains of the sentence before went, when cargo "the trains carried" opens this one and they all went one way,
 * the way of the release's first count of trains too: after "Outbound trains accounted for 1,512 of the trips" (a part of
 * a count of both ways), "the trains" are all the trips.
 */
function wayOfTrainsCarried(frame: RowFrame, f: Figure): Flow | null {
  if (f.measure !== 'quantity' || !THE_TRAINS_CARRIED.test(frame.s.slice(0, f.start))) return null;
  const way = wayOfTrainsBefore(frame);
  return way !== null && (frame.memory.trainsFlow === undefined || way === frame.memory.trainsFlow) ? way : null;
}

/**
 * "Of these, 604 trains arrived from Chinese terminals and 522 left for China. Containers moved on the services totalled about
 * 118,000 TEU": after a sentence that counted trains both ways, the freight of the trains (in TEU, tonnes or boxes) with no
 * way word of its own moved both ways, not the way of the last count ("The cargo came to 1.9 million tonnes", "In all, 96,000
 * boxes were carried").
 */
function freightOfTrainsBothWays({ memory, cues }: RowFrame, f: Figure): boolean {
  if (!memory.bothWays || f.kind !== 'level' || f.measure !== 'quantity' || cues.some((c) => c.flow === 'export' || c.flow === 'import')) return false;
  const trains = memory.previousLevels?.filter((l) => l.unit === 'trains' || l.unit === 'trips') ?? [];
  return trains.some((l) => l.flow === 'export') && trains.some((l) => l.flow === 'import');
}

/** The one way all the train counts of the sentence before went, if they all went one way. */
function wayOfTrainsBefore({ memory }: RowFrame): Flow | null {
  const trains = memory.previousLevels?.filter((l) => l.unit === 'trains') ?? [];
  const way = trains[0]?.flow;
  return (way === 'export' || way === 'import') && trains.every((l) => l.flow === way) ? way : null;
}

// "Outbound trains numbered 446, carrying 36,570 TEUs": a participle of carrying right after the count of trains.
// (a232) The count's change may stand between, in a comma clause of its own ("sent 1,286 trains, 9.1% more than a year earlier,
// carrying 1.07 million tonnes", "dispatched 640 trains, up 12 percent, hauling", "an increase of 8.5 percent year on year,").
const CARRYING_AFTER_COUNT = /^[^.;\d]{0,40}?(?:,\s*[^,.;\d]{0,24}\d[\d.]*\s*(?:%|percent|per\s+cent)[^,.;\d]{0,40})?,\s*(?:carrying|hauling|transporting)\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?$/i;

/** The way of the count of trains before `r` whose trains are said to be carrying it (wayOfCarryingTrains), if any. */
function wayOfCarryingCount(frame: RowFrame, r: Reading): Flow | null {
  const { s, bounds, places } = frame;
  const trains = frame.readings.find((o) => o !== r && o.role === 'level' && o.figure.unit === 'trains' && o.figure.end <= r.figure.start);
  if (!trains || !CARRYING_AFTER_COUNT.test(s.slice(trains.figure.end, r.figure.start))) return null;
  return trainMovement(s, trains.figure, ...clauseOf(bounds, trains.figure.start), places) ?? wayOfCarryingTrains(frame, r, trains);
}

/**
 * The way of the only train count before a quantity its trains are said to be carrying, when the count's own clause names one
 * direction ("Outbound trains numbered 446, carrying 36,570 TEUs" went out); null when the sentence counts trains twice.
 */
function wayOfCarryingTrains({ s, cues, bounds, readings }: RowFrame, r: Reading, trains: Reading): Flow | null {
  if (!CARRYING_AFTER_COUNT.test(s.slice(trains.figure.end, r.figure.start))) return null;
  if (readings.some((o) => o !== trains && o.role === 'level' && o.figure.unit === 'trains' && o.figure.end <= r.figure.start)) return null;
  const [lo, hi] = clauseOf(bounds, trains.figure.start);
  const ways = new Set(cues.filter((c) => c.directional && c.start >= lo && c.end <= hi).map((c) => c.flow));
  const [way] = [...ways];
  return ways.size === 1 && (way === 'export' || way === 'import') ? way : null;
}

// ("The Hunchun railway port received 1.26 million tonnes of Russian coal", "the terminal has taken in ... of Mongolian copper
// concentrate", "unloaded ... of Australian ore", "took delivery of ... of Brazilian soybeans": a verb of receiving goods named by
// a foreign country's adjective reads as clearing them; "handled" moves both ways and is not one.)
const CLEARED_BEFORE = /\b(?:has|have|had)?\s*(?:cleared|received|receives|taken\s+in|took\s+in|takes\s+in|unloaded|unloads|took\s+delivery\s+of|taken\s+delivery\s+of|takes\s+delivery\s+of)\s+(?:(?:about|around|some|nearly|more\s+than|over)\s+)?$/i;

// Between an amount and the partner adjective naming its goods: "403,000 tonnes of " (then "Russian soybeans").
const ADJECTIVE_GOODS_GAP = /^\s*(?:(?:metric\s+)?(?:tonnes|tons|t|cubic\s+met(?:re|er)s|TEUs?)\s+)?of\s+$/i;

/**
 * True when a partner country's adjective names the goods right after the amount (or the goods come "from" it), and the sentence before imported more of
 * that unit or named only imports: the amount is a part of those imports (a headline rounding the same amount down is no whole of it).
 */
function foreignGoodsAfterImports({ s, places, memory }: RowFrame, f: Figure): boolean {
  // "Fruit from Vietnam made up the bulk of the port's imports. The port cleared 612,000 tonnes of Vietnamese fruit": a
  // sentence naming only imports, with no amount, counts as such a sentence too; so do "tonnes of fruit from Vietnam".
  // ("Imports of fresh fruit through the port were valued at 21.6 billion yuan ... The port cleared 318,000 tonnes of
  // Vietnamese durians": imports counted in money before goods counted in tonnes are that whole too.)
  // ("Ganqimaodu ... has cleared 21.7 million tonnes of Mongolian coal": what a port cleared, named by the adjective of the
  // country across the border, came in, with no imports before it.)
  const cleared = CLEARED_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start));
  if (takenInFrom(s, places, f)) return true;
  if (!cleared && !memory.importsNamedBefore && !memory.previousLevels?.some((r) => r.flow === 'import' && (r.unit === f.unit ? (r.value ?? 0) > f.value : isCurrency(r.unit)))) return false;
  return places.some((p) => p.role === 'partner' && p.kind === 'country' && p.start > f.end && ((ADJECTIVE_GOODS_GAP.test(s.slice(f.end, p.start)) && /^\s+[a-z]/.test(s.slice(p.end, p.end + 2))) || GOODS_FROM_GAP.test(s.slice(f.end, p.start))));
}
// "... the port cleared 286,000 tonnes of fruit from Vietnam": the goods named right after the amount, then the country they came from.
const GOODS_FROM_GAP = /^\s*(?:(?:metric\s+)?(?:tonnes|tons|t|cubic\s+met(?:re|er)s|TEUs?)\s+)?of\s+(?:[a-z][\w-]*\s+){1,3}?from\s+(?:the\s+)?$/i;
// A verb of taking goods in right before the amount: "The port handled 1.46 million tonnes of farm produce from Kazakhstan",
// "the station received 320,000 tonnes of timber from Russia", "inspectors processed 52,000 tonnes of fruit from Vietnam".
const TAKEN_IN_BEFORE = /\b(?:handled|received|processed|inspected|took\s+in|admitted|cleared)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?$/i;

/** Goods a verb of taking in counts, named right after the amount with the foreign country they came "from": they came in. */
function takenInFrom(s: string, places: RowFrame['places'], f: Figure): boolean {
  if (!TAKEN_IN_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start))) return false;
  return places.some((p) => p.role === 'partner' && p.kind === 'country' && p.start > f.end && p.start - f.end <= 80 && GOODS_FROM_GAP.test(s.slice(f.end, p.start)));
}

// The verb joining goods to their amount: "Russian coal made up 2.74 million tonnes", "Mongolian coking coal accounted for",
// "Kazakh grain came to", "Vietnamese fruit totalled", "Brazilian soybeans were", "Australian ore reached".
const GOODS_TO_AMOUNT_VERB = /\s(?:made\s+up|make\s+up|makes\s+up|accounted\s+for|accounts?\s+for|came\s+to|comes?\s+to|amounted\s+to|amounts?\s+to|totall?(?:ed|s)|reached|stood\s+at|were|was|represented|comprised)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|another|a\s+further)\s+)?$/i;

/**
 * "..., of which Russian coal and iron ore made up 2.74 million tonnes", "Mongolian coking coal accounted for 1.1 million
 * tonnes": goods named by a partner country's adjective, the subject of a verb of amounting in the amount's own clause (no
 * other partner after the amount), came in from that country.
 */
function foreignGoodsSubject({ s, memory }: RowFrame, f: Figure, lo: number): boolean {
  const verb = GOODS_TO_AMOUNT_VERB.exec(s.slice(Math.max(lo, f.start - 40), f.start));
  if (!verb) return false;
  // (The subject's aside may end the clause before the verb's: not bounded by `lo`.)
  const subject = ADJECTIVE_GOODS_SUBJECT.exec(s.slice(Math.max(0, f.start - verb[0].length - 80), f.start - verb[0].length));
  if (!subject || NOT_GOODS.test(subject[2]) || PLACE_PHRASE_BEFORE.test(s.slice(Math.max(0, f.start - verb[0].length - 100), f.start - verb[0].length - subject[0].length + subject[0].indexOf(subject[1])))) return false;
  const country = countryOfAdjective(subject[1]);
  // (The reporter's country firmly known, or China, whose ports and yuan vote for it: "Romanian grain" at a Romanian port,
  // in a release whose country is another guess, is its own.)
  return country !== undefined && (memory.countryFirm === true || memory.country === 'China') && country !== memory.country && !PARTNER_AFTER_AMOUNT.test(s.slice(f.end, f.end + 40));
}
let adjectiveCountries: Map<string, string> | undefined;
/** The country a capitalised adjective stands for ("Russian" → Russia), or undefined (a country's name is no adjective:
 * "Goods moving between China and Thailand on the line" names no goods of Thailand's). */
function countryOfAdjective(word: string): string | undefined {
  adjectiveCountries ??= new Map(countryNameList().flatMap((c) => c.adjectives.map((a) => [a, c.country] as const)));
  return adjectiveCountries.get(word);
}
// "on the Mongolian border reached", "from Chinese ports reached": an adjective after an article or a preposition of place
// is in a phrase of where, not the subject's goods; nor are the side, ports, firms or buyers of a country goods.
const PLACE_PHRASE_BEFORE = /\b(?:the|a|an|on|from|at|in|to|through|via|by|for|along|across|into|near|over|off|toward|towards)\s+$/i;
const NOT_GOODS = /\b(?:border|borders|side|ports?|crossings?|railways?|customs|authorities|officials|buyers|sellers|companies|firms|importers|exporters|markets?|traders|carriers|operators|partners?|trade)\b/;
// The subject: a capitalised adjective, then the goods in lower case, right before the verb or an aside before it
// ("Vietnamese fruit, mostly durians, totalled").
const ADJECTIVE_GOODS_SUBJECT = /(?:^|[\s,(])([A-Z][a-z]+)((?:\s+[a-z][a-z-]*|,?\s+(?:and|or)\s+[a-z][a-z-]*|,\s+[a-z][a-z-]*){1,6})(?:\s*,[^,;.]{1,60},)?$/;
// "Russian wheat made up 2.1 million tonnes of the shipments to Egypt": goods sent on to a named place are no imports.
const PARTNER_AFTER_AMOUNT = /^[^.;,]*?\b(?:to|for|into|bound)\s+(?:the\s+)?[A-Z]/;

// (a239) "Mongolia exported 43.7 million tonnes of coal, with 14.2 million tonnes passing through Gashuun Sukhait", "Durian
// shipments to China via Lang Son rose sharply, with 412,000 tonnes of fresh fruit passing through the gates", "Kazakhstan
// imported 2.1 million tonnes of fuel, most of it by rail, with 800,000 tonnes crossing at Khorgos": an amount opening a "with"
// clause after a clause of one way is a part of that flow, though passing a port alone moves goods both ways.
const WITH_PART_BEFORE = /,\s*with\s+(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|another|a\s+further)\s+)?[^\s\d]{0,4}$/i;
// "Gashuun Sukhait handled 14.2 million tonnes of it", "the rail crossing carried 6.9 million tonnes of them", "Erenhot
// cleared 1.2 million tonnes of that": goods taken "of" a pronoun, the part's clause ending there, point back to the flow told
// before ("1,506 of them heading south": a part with a verb of its own goes its own way; trains are read apart).
const PART_OF_POINTER_AFTER = /^\s+(?:(?:[a-z][\w-]*\s+){1,2})?of\s+(?:it|them|that|those|these)\b(?=\s*(?:[,.;]|$)|\s+(?:while|whereas|but|and|through|via|at|by)\b)/i;

// "with 1,685 returning from Germany", "with 900 tonnes heading back east": a part whose own participle gives it a way goes that way.
const OWN_WAY_AFTER = /^\s+(?:[\w-]+\s+){0,3}?(?:returning|coming|heading|headed|going|bound|arriving|leaving|departing|(?:in|out|west|east|north|south|home)bound)\b/i;

/** The way of a part of a flow told before it (WITH_PART_BEFORE, PART_OF_POINTER_AFTER): the sentence's last one-way cue before the part, else the flow the story carries. */
function wayOfPartTold(frame: RowFrame, f: Figure, lo: number): Flow | null {
  const { s, cues, memory } = frame;
  const withPart = WITH_PART_BEFORE.test(s.slice(Math.max(0, lo - 12), f.start)) && !OWN_WAY_AFTER.test(s.slice(f.end, f.end + 40));
  if (!withPart && (f.measure !== 'quantity' || COUNTED_CROSSERS.has(f.unit) || f.unit === 'trains' || !PART_OF_POINTER_AFTER.test(s.slice(f.end, f.end + 40)))) return null;
  const before = cues.findLast((c) => c.end <= f.start);
  // (a253) "China bought 1.12 million tons, up 2.1 times, with 650,000 tons crossing the border at Dostyk" in Kazakhstan's release:
  // the part goes the way the told flow was read, a partner's verb of buying turned into the release's exports.
  const way = before ? (before.verb && verbOfPartner(frame, before) ? flowOfCue(frame, f, before).flow : before.flow) : null;
  if (before) return way === 'export' || way === 'import' ? way : null;
  return !withPart && (memory.lastFlow === 'export' || memory.lastFlow === 'import') ? memory.lastFlow : null;
}

/** The flow of goods whose clause has no flow word: cargo handled, passing through or carried by trains (total), a foreign supplier's part (import). */
// Between a sentence's subject and the clause of its verb: one aside set off by commas, no sentence break.
const ASIDE_THEN_CLAUSE = /^\s*,[^,;.]{1,90}(?:,\s*)?$/;

function flowOfUncuedGoods(frame: RowFrame, r: Reading, inClause: FlowCue[], lo: number, hi: number): Flow | null {
  const { s, cues, places } = frame;
  const f = r.figure;
  // "... dispatched 512 freight trains ..." then "The trains carried 1.03 million tons of goods": what the trains just counted
  // carried went their way (cargo of trains that ran both ways, or whose way is not said, stays two-way below).
  const trainsWay = inClause.length ? null : wayOfTrainsCarried(frame, f);
  if (trainsWay) return trainsWay;
  // (a232) "The Hekou railway port sent 1,286 trains, 9.1% more than a year earlier, carrying 1.07 million tonnes of cargo": the
  // cargo of trains sent one way, carried by them (CARRYING_AFTER_COUNT), goes that way, though "cargo" names no one way.
  const carryingWay = inClause.length || f.measure !== 'quantity' ? null : wayOfCarryingCount(frame, r);
  if (carryingWay) return carryingWay;
  const movedWay = inClause.length || COUNTED_CROSSERS.has(f.unit) ? null : wayOfGoodsMoving(s.slice(lo, f.start));
  if (movedWay) return movedWay;
  const borderWay = inClause.length || COUNTED_CROSSERS.has(f.unit) ? null : chinaBorderWay(frame, f, lo, hi);
  if (borderWay) return borderWay;
  // "Soybeans made up 812,000 tonnes of the imports. Heihe port alone handled 403,000 tonnes of Russian soybeans": goods the
  // words right after the amount name by a partner country's adjective, a part of the imports the sentence before counted,
  // came in from it, though cargo a port handled alone moves both ways.
  if (f.measure === 'quantity' && !inClause.length && foreignGoodsAfterImports(frame, f)) return 'import';
  // "..., of which Russian coal and iron ore made up 2.74 million tonnes": goods named by a partner country's adjective as
  // the subject of the amount's clause came from it.
  if (f.measure === 'quantity' && !inClause.length && foreignGoodsSubject(frame, f, lo)) return 'import';
  // (a239) A part of a flow already told, through a port or a crossing: in a "with" clause after it ("Durian shipments to China
  // rose sharply, with 412,000 tonnes passing through the gates"), or pointed back to with "of it", "of them", "of that"
  // ("Nearly all of the coal went to China. Gashuun Sukhait handled 14.2 million tonnes of it").
  const partWay = inClause.length ? null : wayOfPartTold(frame, f, lo);
  if (partWay) return partWay;
  // "Qingdao Port handles 2.1 million TEUs; soybean imports slump": cargo a port handled, with no
  // flow word in its own clause or before it, moved both ways; a later clause's flow is another subject's.
  if (f.measure === 'quantity' && HANDLED_CARGO.test(s.slice(lo, hi)) && !cues.some((c) => c.end <= f.start && c.flow !== 'other')) return 'total';
  // So are vehicles a port handled as cargo, counted instead of weighed ("the number of new vehicles handled rose 18% to 1.02
  // million", "the car terminal handled 222,600 vehicles", "cars moved over the quays"); trucks and cargo vehicles crossing a
  // border carry the cargo and are no such goods.
  if (f.unit === 'vehicles' && !inClause.length && HANDLED_VEHICLES.test(s.slice(lo, hi)) && !VEHICLES_CARRYING.test(s.slice(lo, hi)) && !cues.some((c) => c.end <= f.start && c.flow !== 'other')) return 'total';
  // "Loaded exports slipped 4% to 121,904 TEUs, while empty containers rose 10% to 284,441 TEUs", "the balance being empties":
  // empty boxes with no way of their own clause are repositioned both ways, whatever way the laden boxes before them went.
  if (f.measure === 'quantity' && !inClause.length && EMPTY_BOXES.test(s.slice(lo, hi))) return 'total';
  // "Guangxi's imports through the airport rose ..., and the airport handled 91,200 tonnes of international cargo": cargo a
  // port or airport of its own clause handled moved both ways, whatever flow an earlier clause named.
  if (f.measure === 'quantity' && !inClause.length && s.includes('handled') && FACILITY_HANDLED.test(s.slice(lo, f.start))) return 'total';
  // "The port exported 3,408 vehicles, while 2,870 TEUs passed through it": goods passing through a
  // port in a clause of their own, with no flow word, moved both ways whatever an earlier clause exported.
  if (!inClause.length && f.measure === 'quantity' && PASSED_THROUGH.test(s.slice(lo, hi))) return 'total';
  if (!inClause.length && (f.measure === 'value' || f.measure === 'quantity') && ALL_GOODS_CARRIED.test(s.slice(lo, f.start))) return 'total';
  if (!inClause.length && (f.measure === 'value' || (f.measure === 'quantity' && !COUNTED_CROSSERS.has(f.unit))) && crossedABorder(s, f, lo, hi)) return 'total';
  // "..., import cargo - 14.3 million tons, and transit - 7.1 million tons": goods in transit, with no flow word of
  // their own clause, crossed both ways whatever flow an earlier clause named.
  if (!inClause.length && f.measure !== 'value' && TRANSIT_GOODS.test(s.slice(lo, f.start))) return 'total';
  // "..., while the remaining 1.9 million tonnes were transit goods": goods said to be in transit, in the words after the
  // amount, crossed both ways too.
  if (!inClause.length && f.measure !== 'value' && TRANSIT_PREDICATE_AFTER.test(s.slice(f.end, hi))) return 'total';
  // "Transit in the China–Europe–China direction accounted for the rest, 9.7 million tonnes": transit opening the
  // sentence, with no flow word between it and the amount, is the amount's subject.
  if (!inClause.length && f.measure !== 'value' && transitSubjectBefore(frame, f)) return 'total';
  // "Dostyk handled 13.2 million tonnes, followed by Altynkol with 10.4 million tonnes": the next place of a ranking,
  // its verb left out, goes the way the figure it follows went.
  const ranked = RANKED_NEXT_BEFORE.test(s.slice(lo, f.start)) ? frame.readings.findLast((o) => o !== r && o.role === 'level' && o.figure.unit === f.unit && o.figure.end <= lo) : undefined;
  if (ranked) return flowFor(frame, ranked).flow;
  // "The train service made 2,146 trips, of which 1,102 were return trains, and transported 176,000 TEUs": the
  // goods of the trains counted, with no flow word in their own clause, moved both ways whatever flow or
  // direction another clause or the paragraph before named; the goods of trains a verb sends one way go that way
  // ("The port dispatched 356 trains, ..., carrying 33,800 TEUs westward").
  const trains = frame.readings.find((o) => o !== r && o.role === 'level' && o.figure.unit === 'trains' && o.figure.end <= f.start);
  if (f.measure === 'quantity' && trains) return trainMovement(s, trains.figure, ...clauseOf(frame.bounds, trains.figure.start), places) ?? wayOfCarryingTrains(frame, r, trains) ?? 'total';
  // "..., while goods from China reached 441,000 tonnes" in a release on Vietnam: goods from a partner, with no flow word
  // in their own clause, came in whatever an earlier clause sent out.
  // So do goods named by their kind opening the sentence ("Coal from Mongolia's Dornogovi and Omnogovi provinces made up ...").
  if (!inClause.length && places.some((p) => p.role === 'partner' && p.start >= lo && p.end <= f.start && (GOODS_FROM_BEFORE.test(s.slice(Math.max(0, p.start - 45), p.start)) || GOODS_SUBJECT_FROM_BEFORE.test(s.slice(0, p.start))))) return 'import';
  // "Fruit from Thailand, carried by road to Vientiane and then loaded onto the railway, rose ... to 146,000 tonnes": the
  // subject's partner country may stand before an aside set off by commas, its own clause left before the figure's
  // ("Machinery from Chongqing, loaded at the inland port, ..." names a town of the country, no partner that sold it).
  if (!inClause.length && places.some((p) => p.role === 'partner' && p.kind === 'country' && p.end <= lo && GOODS_SUBJECT_FROM_BEFORE.test(s.slice(0, p.start)) && ASIDE_THEN_CLAUSE.test(s.slice(p.end, lo)) && !frame.cues.some((c) => c.start >= p.end && c.end <= f.start))) return 'import';
  // "Brazil supplied 71.3 percent of the soybeans, and the United States 19.6 percent": a foreign supplier's
  // part of the goods is the reporting country's import.
  // (Not a place the goods went to, named before the verb: "Trains to Central Asia and Europe sent .. 918", "Goods for Japan
  // shipped: 1,204", "Cargo to the EU delivered in March": the place is where they went, the verb is theirs.)
  if (places.some((p) => p.role === 'partner' && p.end <= f.start && SUPPLIER_VERB_AFTER.test(s.slice(p.end, p.end + 20)) && !DESTINATION_BEFORE.test(s.slice(Math.max(0, p.start - 50), p.start)) && !cues.some((c) => c.start >= p.end && c.end <= f.start))) return 'import';
  // "Brazil shipped 3.46 million tonnes of sugar in October", "Kazakhstan sent 1.9 million tonnes": what the reporting country
  // shipped or sent, with no destination, left it. So did what a province or city whose trade the release reports shipped,
  // sold or sent ("Yunnan shipped 38 billion yuan of farm goods", "Guangxi also sold 2.1 million tonnes of sugar").
  // (Not boxes a city sends along a corridor, "Chongqing shipped 246,000 TEUs via the corridor": a hub's logistics, both ways.)
  if (!inClause.length && places.some((p) => p.role === 'area' && p.end <= f.start && SHIPPER_VERB_AFTER.test(s.slice(p.end, p.end + 20)) && (p.kind === 'country' || (SHIPPING_AREA_KINDS.has(p.kind) && !hubLogistics(s, f, p.end))))) return 'export';
  // "Germany was by far the largest exporter to China (€97.3 billion), followed by France (€23.9 billion)": the figures of a
  // country ranked as an exporter or importer (read as their area, geography.ts) go its way, those of the next one too.
  const rankedTrader = inClause.length ? null : rankedTraderWay(frame, f);
  if (rankedTrader) return rankedTrader;
  // "Greece remained the main trading partner, supplying goods worth €1.402,6 mn": what a partner is said to be
  // supplying in a participle clause of its own came in, the amount named right after the verb too ("Russia remained the
  // largest source of crude, supplying 98 million tonnes").
  // "China followed, buying Argentine goods worth US$ 412 million": what a partner is said to be buying went out.
  if (!inClause.length && places.some((p) => p.role === 'partner' && p.end <= lo)) return partnerParticipleWay(s.slice(lo, f.start));
  return null;
}

// "Russian crude arriving by rail through the port reached 2.45 million tonnes", "Coal entering via the crossing totalled",
// "timber that came in through the checkpoint": goods the subject says came in were imports;
// "fertiliser leaving through the port", "cargo heading out via the gate", "grain that left by rail" went out (a171).
// (Trains, trucks, vehicles and people counted are no goods: COUNTED_CROSSERS; "leaving aside" is no way, and "Coal brought in
// 4.3 billion dollars" is what goods earned.)
const GOODS_CAME_IN = /\b(?:arriving|entering|coming\s+in(?:to)?|(?:that|which)\s+(?:arrived|entered|came\s+in))\b/i;
const GOODS_WENT_OUT = /\b(?:leaving(?!\s+aside)|departing|exiting|heading\s+(?:out|abroad)|going\s+out|sent\s+(?:out|abroad)|(?:that|which)\s+(?:left|departed|exited|went\s+out))\b/i;
/** The way goods went by a verb of coming in or going out in the subject before their amount, or null (both or neither). */
function wayOfGoodsMoving(subject: string): Flow | null {
  if (!subject.includes('ing') && !subject.includes('that') && !subject.includes('which') && !subject.includes(' in')) return null;
  const came = GOODS_CAME_IN.test(subject);
  const went = GOODS_WENT_OUT.test(subject);
  return came === went ? null : came ? 'import' : 'export';
}

/**
 * (a250) "2.68 million tonnes crossed southbound" at a Chinese port on the Russian border, "Northbound, 41,200 tonnes of goods went
 * across the bridge", "goods moving north into Laos": goods (no counted trains or vehicles) said to go north or south at one of
 * China's land ports go out toward the neighbour the release trades with and come in from it (compass-borders.ts).
 */
function chinaBorderWay({ s, places, memory }: RowFrame, f: Figure, lo: number, hi: number): Flow | null {
  if (!/north|south/i.test(s.slice(lo, hi))) return null;
  const portNeighbour = chinesePortNeighbour(memory.area);
  if (!portNeighbour) return null;
  // The neighbour: a partner country of the sentence, else the one across the border from the port.
  const partner = places.find((p) => p.role === 'partner');
  const neighbour = (partner ? countryOfPlace(partner) : null) ?? portNeighbour;
  return northSouthFlow(s, lo, hi, f.start, f.end, 'China', neighbour);
}

/** The way goods went by a partner's participle right before the amount (supplying: in; buying: out), or null. */
function partnerParticipleWay(gap: string): Flow | null {
  if (SUPPLYING_CLAUSE.test(gap)) return 'import';
  return BUYING_CLAUSE.test(gap) ? 'export' : null;
}

/** The way a country read as the area, ranked before the figure as the largest exporter or importer, traded. */
function rankedTraderWay({ s, places }: RowFrame, f: Figure): Flow | null {
  if (!s.includes('porter')) return null;
  for (const p of places) {
    if (p.role !== 'area' || p.kind !== 'country' || p.end > f.start) continue;
    const ranked = RANKED_TRADER_AFTER.exec(s.slice(p.end, p.end + 90));
    if (ranked) return ranked[1].toLowerCase() === 'exporter' ? 'export' : 'import';
  }
  return null;
}

const RANKED_NEXT_BEFORE = /^\s*,?\s*(?:and\s+)?followed\s+by\s+(?:the\s+)?[A-Z][^,;.]{0,40}?\s+(?:with|at)\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?$/;

/**
 * "Container transit through Kazakhstan reached 1.18 million TEU." then "Westbound, from China to Europe, 892,000 TEU were
 * carried, and eastbound 288,000 TEU": which way goods in transit crossed a country is no export or import of it (they moved
 * through it, counted both ways alike), in a sentence that names transit before the figure or goes on from one that did and
 * names no export or import of its own.
 */
function transitGoesOn({ s, cues, memory }: RowFrame, f: Figure, bound = false): boolean {
  if (cues.some((c) => (c.flow === 'export' || c.flow === 'import') && !c.directional)) return false;
  if (TRANSIT_GOODS.test(s.slice(0, f.start))) return true;
  // "The crossing handled 9.4 million tonnes of freight bound for China" after a sentence on transit: goods said to be bound
  // for a place are the crossing's own way out, not a side of the transit before (unless their own sentence names transit).
  if (bound) return false;
  const before = memory.previousLevels;
  return before !== undefined && before.length > 0 && before.every((r) => r.flow === 'total') && TRANSIT_GOODS.test(before[0].source_quote);
}

/** True when "transit" is the subject of the sentence before the figure, with no flow word between them. */
function transitSubjectBefore({ s, cues }: RowFrame, f: Figure): boolean {
  const head = s.slice(0, f.start);
  const m = /^\s*(?:[A-Z][\w-]*\s+){0,2}?transit\b/i.exec(head);
  return m !== null && !cues.some((c) => c.start >= m[0].length && c.end <= f.start && c.flow !== 'other');
}

/** Outside its clause a figure only borrows trade flows; "in both directions" and the like stay local. */
// "The trains carried goods worth 103.4 billion yuan, ..., with laptops and auto parts among the outbound cargo": goods a
// later "with" clause names among (or leading) one way's cargo say what went, not which way the whole amount went.
// ("..., with electronics, auto parts and furniture the main outbound items": goods named as one way's main items too.)
const GOODS_NAMED_AMONG_BEFORE = /,\s*with\s+[^.;]{1,100}?(?:\b(?:among|leading|topping|heading)\s+(?:the\s+)?|\sthe\s+(?:main|chief|principal|leading|largest|biggest|top)\s+)$/i;

// "Imports from Russia made up 10.2 billion yuan of the port's trade, with timber the largest item at 1.16 million tonnes",
// "exports accounted for most of the trade, including machinery at ...": a clause that details the part (no figure before
// its own) goes on with the part's direction, not with the whole trade it was said to be a part of.
// ("of all trade through the port, with machinery the leading product at": the whole may be placed before the comma.)
const DETAIL_CLAUSE_GAP = /^(?:\s+(?:through|at|via|across|over|in)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})?\s*,\s*(?:with|including|led\s+by|mainly|mostly|chiefly|largely)\s[^.;\d]{0,80}$/i;

/** The last flow word before the figure, or the direction of the part when that word is the whole the part makes up. */
function partOverItsWhole(s: string, f: Figure, before: FlowCue[]): FlowCue | undefined {
  const last = before[before.length - 1];
  if (last?.flow !== 'total' || !DETAIL_CLAUSE_GAP.test(s.slice(last.end, f.start)) || !PART_OF_WHOLE_BEFORE.test(s.slice(Math.max(0, last.start - 60), last.start))) return last;
  return before.findLast((c) => c.end <= last.start && (c.flow === 'export' || c.flow === 'import')) ?? last;
}

function cueOutsideClause(frame: RowFrame, f: Figure): FlowCue | null {
  const { s, cues, asides } = frame;
  // "Processing trade, which relies on imported parts assembled for re-export, came in at ...": a
  // relative clause that names both ways describes what the subject is, not which way the figure goes
  // ("Electronic products, which made up half of total exports, rose 18.4%" keeps its exports).
  // "Energy imports, which make up much of the deficit, were $5.2 billion": a balance the aside sets the subject's flow
  // against describes the subject too, when a flow word before the aside names the subject's own flow; so does the whole
  // trade the subject is a part of ("Imports, which dominate the province's trade, fell 25.8 percent").
  // "Exports, which have outpaced imports all year, rose 6.2 percent", "Trade with Brazil, the province's biggest supplier of
  // the ore, fell 19 percent": an aside about a subject that names its own flow compares it with, or ranks its partner by,
  // another flow; the subject's flow stays the figure's.
  const subjectAsides = roleAppositions(s, asides);
  const describing = (c: FlowCue) => subjectAsides.some(([a, b]) => c.start >= a && c.end <= b && (f.start < a || f.start >= b) && (bothWaysIn(cues, a, b) || wholeAgainstSubject(cues, c, a) || subjectNamesFlow(frame, a)));
  // "Uruguay's exports of goods, including shipments from free zones, totalled ...": what an inclusion
  // aside counts in is no flow of its own when the subject before it names one.
  const included = (c: FlowCue) => INCLUSION_ASIDE.test(s.slice(Math.max(0, c.start - 40), c.start)) && cues.some((o) => o.end <= c.start - 10 && o.flow !== 'other') && /^[^,;]*,/.test(s.slice(c.end, f.start));
  const before = cues.filter((c) => c.end <= f.start && c.flow !== 'other' && !(subjectAsides.length && describing(c)) && !included(c));
  // "1.76 million TEUs, up 15.2 percent; of them, 1.02 million TEUs were export boxes": a flow word of a part named
  // after the whole is the part's, not the whole's.
  const later = cues.find((c) => c.start >= f.end && c.flow !== 'other');
  return partOverItsWhole(s, f, before) ?? (later && !PART_INTRODUCED.test(s.slice(f.end, later.start)) && !CAUSE_OPENED_BEFORE.test(s.slice(f.end, later.start)) && !PLACE_RELATIVE_BEFORE.test(s.slice(f.end, later.start)) && !MEASURE_NOUN_AFTER.test(s.slice(later.end, later.end + 30)) && !subjectOfLaterClause(s, f, later) && !GOODS_NAMED_AMONG_BEFORE.test(s.slice(f.end, later.start)) && !ofLaterAmount(s, f, later) && !SHARE_SUBJECT_AFTER.test(s.slice(later.end, later.end + 60)) ? later : null);
}

// "January-June 2026: USD 338 million, down 4.1 percent year on year, mainly because of weaker car shipments", "..., due to
// lower imports of fuel": a flow word in the cause a later clause gives for the figure names what moved it, not its flow.
// "..., short of the 8.4 million tonnes moved in the first half of 2023, before Russian log export curbs took full effect", "...,
// since the import ban on ... was lifted", "..., when export duties were raised": a later flow word that names a measure on
// trade (curbs, a ban, duties, quotas) says which trade the measure weighs on, not the figure's flow (a210).
const MEASURE_NOUN_AFTER = /^\s*(?:curbs?|bans?|embargo(?:es)?|tariffs?|dut(?:y|ies)|quotas?|restrictions?|controls?|levies|levy|taxe?s?|licen[cs]es?|permits?|caps?|moratori(?:um|a))\b/i;
// "Among the next were Thailand (+21.6%) and Indonesia (-4.2%), where coal purchases slowed", "..., Japan (-2.1%), whose car
// imports fell", "..., in which exports of rubber dominate": a relative clause on the place named last, after the figures,
// tells of that place's trade; its flow word names no flow of the figures before it (a238).
const PLACE_RELATIVE_BEFORE = /,\s*(?:where|whose|in\s+which)\s+(?:[\w'’-]+\s+){0,4}$/i;
const CAUSE_OPENED_BEFORE = /\b(?:because\s+of|due\s+to|owing\s+to|thanks\s+to|on\s+the\s+back\s+of|as\s+a\s+result\s+of|reflecting|amid)\s+(?:[\w'’-]+\s+){0,4}$/i;

// "Cross-border e-commerce grew 1.4 times, and soybean imports rose nearly 30 percent", "Tourism goods were up 8%, while
// shipments of steel abroad slid 3%": a flow word in the subject of a later clause (after a comma and a joining word, its
// own verb of change or amount after it) is that clause's, not the flow of a figure before it whose subject names none.
const LATER_CLAUSE_START = /^[^.;]*?,\s*(?:and|while|whereas|but|as|with)\s+(?:[\w'’-]+\s+){0,3}$/i;
const LATER_CLAUSE_VERB = /^\s*(?:[\w'’-]+\s+){0,4}?(?:rose|fell|grew|increased|decreased|jumped|climbed|declined|dropped|slid|slipped|surged|soared|gained|edged|plunged|(?:were|was)\s+(?:up|down)|reached|totall?ed|amounted|came\s+in|stood)\b/i;
// ("Sales to the United States were up 6.1% and those to Switzerland rose 9.4%, while exports to China fell": a subject sent
// "to" or bought "from" a partner goes the way the later clause names, its parallel.)
const WAY_BY_PARTNER_BEFORE = /\b(?:sales|shipments|deliveries|purchases|those|that)\s+(?:to|from)\b|\b(?:to|from)\s+(?:the\s+)?(?-i:[A-Z])[^.;]{0,40}$/i;
const subjectOfLaterClause = (s: string, f: Figure, later: FlowCue): boolean =>
  LATER_CLAUSE_START.test(s.slice(f.end, later.start)) && LATER_CLAUSE_VERB.test(s.slice(later.end, later.end + 60)) && !WAY_BY_PARTNER_BEFORE.test(s.slice(Math.max(0, f.start - 120), f.start).replace(/^[^]*[.;](?=\s)/, ''));

// "Goods carried were worth 62.4 billion yuan, and outbound shipments made up 57 percent of that value", "..., with exports
// accounting for 61 percent": a later flow word that is the subject of a share names the part the share is of, not the
// whole before it.
const SHARE_SUBJECT_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:made|make|makes|making|took|take|takes|taking)\s+up\s+|^\s*(?:[\w-]+\s+){0,2}?(?:accounted|account|accounts|accounting)\s+for\s+|^\s*(?:[\w-]+\s+){0,2}?(?:represented|representing|comprised|comprising)\s+/i;

// ", the province's biggest supplier of the ore,", ", its largest export market,", ", China's top buyer,": a noun phrase set off
// by commas that ranks a partner by one way of trade, with no number of its own.
const ROLE_OF_PARTNER = /,\s*(?:the|its|their|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:suppliers?|sources?|buyers?|customers?|markets?|destinations?|outlets?|exporters?|importers?|purchasers?|vendors?)\b[^,;.\d]{0,60},/g;
const ROLE_OF_PARTNER_WORDS = keywords(['supplier', 'source', 'buyer', 'customer', 'market', 'destination', 'outlet', 'exporter', 'importer', 'purchaser', 'vendor'], ROLE_OF_PARTNER);

/** The relative clauses of the frame and the appositions ranking a partner by one way of trade. */
function roleAppositions(s: string, asides: Array<[number, number]>): Array<[number, number]> {
  if (!mentions(s, ROLE_OF_PARTNER_WORDS)) return asides;
  return [...asides, ...[...s.matchAll(ROLE_OF_PARTNER)].map((m): [number, number] => [m.index, m.index + m[0].length])];
}

/** True when the subject right before an aside at `a` (its own clause) names a flow of its own. */
function subjectNamesFlow({ cues, bounds }: RowFrame, a: number): boolean {
  const [lo] = clauseOf(bounds, Math.max(0, a - 1));
  return cues.some((o) => o.start >= lo && o.end <= a && o.flow !== 'other');
}

const wholeAgainstSubject = (cues: FlowCue[], c: FlowCue, a: number) => (c.flow === 'balance' || c.flow === 'total') && cues.some((o) => o.end <= a && (o.flow === 'export' || o.flow === 'import'));

// "The highway port received more than 156,000 cargo trucks": vehicles named as carriers of goods are traffic, not goods.
// "inbound and outbound vehicles", "entry-exit vehicles": the two directions named in the count's own words.
const BOTH_WAYS_VEHICLES = /\b(?:inbound\s+and\s+outbound|outbound\s+and\s+inbound|incoming\s+and\s+outgoing|entry\s+and\s+exit|entry-exit|entering\s+and\s+leaving)\b/i;
const VEHICLE_TRIPS = /\b(?:vehicle|truck|lorry|car)\b/i;
const DIRECTED_CARRIERS = /\b(?:inbound|outbound|incoming|outgoing|entering|exiting|departing|arriving)\s+(?:(?:cargo|freight|goods|container|empty|loaded)\s+)?(?:trucks|lorries|trailers|tractor-trailers|vehicles)\b/i;
const CARRIER_VEHICLES = /\b(?:cargo|freight|goods|container)\s+(?:trucks|lorries|vehicles)\b/i;
// "Coal trucks from Mongolia made about 52,000 crossings", "travellers from Vietnam made 120,000 border crossings", "outbound
// lorries made 31,000 trips to Russia": crossings, and trips whose makers (before the count) are vehicles or people, are traffic
// whatever way they went.
const CROSSING_MAKERS = /\b(?:vehicles?|trucks?|lorr(?:y|ies)|cars?|buses|coaches|passengers?|travell?ers?|tourists?|visitors?|people|persons|drivers?)\b/i;
const CROSSINGS_NOUN = /\bcrossings\b/i;
// "Daily truck crossings at the pass topped 1,000", "lorry crossings numbered 52,000", "bus and coach crossings reached 8,400":
// crossings named by their makers lend the count the makers' unit; they are crossings all the same.
const MAKERS_CROSSINGS_BEFORE = /\b(?:vehicle|truck|lorry|car|bus|coach|tanker|trailer)s?\s+crossings\b(?:(?!\b(?:exports?|imports?|trade|goods)\b)[^,;.\d]){0,60}$/i;
const crossingTrips = (s: string, f: Figure, lo: number) => f.unit === 'trips' && (CROSSINGS_NOUN.test(f.phrase ?? '') || CROSSING_MAKERS.test(s.slice(lo, f.start)));

/** Firms counted, and vehicles or people crossing with no direction of their own or both ways: neither flow. */
function flowOfCrossings(s: string, f: Figure, inClause: FlowCue[], lo: number, hi: number): Flow | null {
  const unit = f.unit;
  if (unit === 'enterprises') return 'other';
  // "41,200 trucks crossed the border": vehicles crossing with no direction word of their own; so are carriers of cargo
  // a port received or handled with no trade word in their clause.
  if (unit === 'vehicles' && !inClause.length && (BORDER_CROSSING.test(s.slice(lo, hi)) || CARRIER_VEHICLES.test(f.phrase))) return 'other';
  // "Around 98,000 Indian trucks entered the port", "lorries arriving at the land port numbered 61,000", "some 3,100 trucks a
  // month rolled into the terminal": vehicles coming in to a port or over a border, with no word of trade in their clause, are
  // traffic too (one way, but no goods of their own).
  if (unit === 'vehicles' && !inClause.length && VEHICLES_CAME_IN.test(s.slice(lo, hi))) return 'other';
  // "96,400 vehicles entered or left China": vehicles crossing both ways are neither flow; so are vehicles counted by
  // both directions in their own words ("processed 412,000 inbound and outbound vehicles"), whatever flow word follows.
  if (unit === 'vehicles' && (ENTERED_OR_LEFT.test(s.slice(lo, hi)) || BOTH_WAYS_VEHICLES.test(f.phrase))) return 'other';
  if (unit === 'vehicles' && MAKERS_CROSSINGS_BEFORE.test(s.slice(Math.max(lo, f.start - 120), f.start))) return 'other';
  // "the number of inbound trucks exceeded 48,000", "outbound lorries rose to 9,100", "incoming cargo trucks numbered 21,500":
  // carriers of goods named by a direction of traffic (and no word of trade in the clause) are vehicles crossing; "exports of
  // heavy trucks", "imported trucks" and vehicles that "left China via" a port (exported, batch 37) keep their flow.
  if (unit === 'vehicles' && inClause.length && inClause.every((c) => c.directional) && DIRECTED_CARRIERS.test(s.slice(lo, hi))) return 'other';
  // "2.46 million person-times of passengers entered and left the country": people crossing both ways.
  if ((unit === 'trips' || unit === 'passengers') && ENTERED_OR_LEFT.test(s.slice(lo, hi))) return 'other';
  // "1.16 million people and 198,000 vehicles passed through the road port", "some 850,000 travellers crossed at the
  // checkpoint": people crossing with no direction word in their own clause are traffic, whatever way an earlier clause went.
  if (unit === 'passengers' && !inClause.length && BORDER_CROSSING.test(s.slice(lo, hi))) return 'other';
  // "..., and 208,000 vehicle trips crossed the border": trips of vehicles crossing with no direction word in their own
  // clause are traffic, whatever way an earlier clause's trucks went.
  if (unit === 'trips' && !inClause.length && VEHICLE_TRIPS.test(f.phrase ?? '') && BORDER_CROSSING.test(s.slice(lo, hi))) return 'other';
  return null;
}

/** Trains, trips, flights and passengers: the direction word that governs them, else two-way freight traffic (total) or neither. */
function flowOfTraffic(frame: RowFrame, r: Reading, inClause: FlowCue[], hi: number): Flow | null {
  const { s, cues, bounds } = frame;
  const f = r.figure;
  const unit = f.unit;
  if (unit !== 'trains' && unit !== 'trips' && unit !== 'flights' && unit !== 'passengers') return null;
  // "Inbound trains were 1,190, outbound trains 1,246": a direction word governs its own clause ("services bound for China"
  // in a release on China came in).
  const local = inClause.filter((c) => c.directional).map((c) => (boundForOwnArea(frame, c) ? { ...c, flow: 'import' as Flow } : c));
  // "1,612 columns were outbound and 1,414 columns were inbound": the direction the count is said to be.
  const predicate = local.find((c) => c.start >= f.end && DIRECTION_PREDICATE_GAP.test(s.slice(f.end, c.start)));
  if (predicate) return predicate.flow;
  // "made 206 outbound and 142 inbound trips": the direction word in the count's own words ("inbound trips") is its own,
  // whatever direction an earlier count of the clause had.
  const own = local.find((c) => c.start > f.start && c.end <= f.end);
  if (own) return own.flow;
  if (local.length && local.every((c) => COMPASS_BOUND.test(s.slice(c.start, c.end)))) {
    const named = trainsNamedByPartner(frame, f, local[0].start);
    if (named) return named;
  }
  const northSouth = local.length ? null : northSouthOfBorder(frame, f, hi);
  // (Trains said to carry exports or imports go that way, whatever the compass says.)
  if (northSouth) return ladenFlow(frame, r, hi) ?? northSouth;
  // "7,512 trains left China and 6,522 came back": a count's own verb of going, right after it, outranks the clause's
  // direction words before it.
  const ownMove = local.length && unit === 'trains' ? ownTrainMove(s, f, hi, frame.places, [frame.memory.area, frame.memory.country]) : null;
  if (ownMove) return ownMove;
  if (local.length) return (local.filter((c) => c.end <= f.start).pop() ?? local[0]).flow;
  // A base the count is compared with ("against 61 a year earlier") went the way its level went.
  const moved = unit === 'trains' ? trainMovement(s, f, r.earlier ? 0 : clauseWithLoadedSubject(s, bounds, f.start), hi, frame.places, [frame.memory.area, frame.memory.country]) : null;
  if (moved) return moved;
  const laden = unit === 'trains' ? ladenFlow(frame, r, hi) : null;
  if (laden) return laden;
  const destined = unit === 'trains' || unit === 'trips' ? trainsToOrFromPartner(frame, f) : null;
  if (destined) return destined;
  // Freight trains with no direction of their own ran both ways: two-way traffic, like total trade.
  const undirected: Flow = unit === 'trains' ? 'total' : 'other';
  const gapped = gappedDestinationFlow(frame, r);
  if (gapped) return gapped;
  const inOthersClause = (c: FlowCue) => frame.readings.some((o) => o !== r && o.role === 'level' && c.start >= clauseOf(bounds, o.figure.start)[0] && c.end <= clauseOf(bounds, o.figure.start)[1]);
  const claimed = cues.some((c) => c.directional && inOthersClause(c));
  // "Westbound trains, i.e. from China to Europe, numbered 862, while 292 ran eastbound": the direction that opens
  // the figure's subject, in no other figure's clause, is its own.
  const subjectDirection = claimed ? cues.findLast((c) => c.directional && c.end <= f.start && !inOthersClause(c)) : undefined;
  if (subjectDirection) return subjectDirection.flow;
  if (claimed) return undirected;
  // A direction word in a later clause ("..., and inbound trains made up a quarter of them") is another subject's.
  const directional = cues.filter((c) => c.directional && c.start < hi);
  const flows = new Set(directional.map((c) => c.flow));
  if (flows.size === 1 && !cues.some((c) => c.flow === 'other')) return [...flows][0];
  return undirected;
}

// "Trains to Central Asia numbered 1,940", "Services heading for Europe made 912 trips", "trains from Germany came to 310":
// trains (services, runs) named by where they go or come from, a foreign partner, went out or came in.
const TRAINS_TO_PARTNER_BEFORE = /\b(?:trains|services|runs|shuttles)\s+(?:(?:heading|headed|going|travelling|traveling|running|leaving|departing|setting\s+off)\s+)?(?:to|towards?|for|into)\s+(?:the\s+)?$/i;
const TRAINS_FROM_PARTNER_BEFORE = /\b(?:trains|services|runs|shuttles)\s+(?:(?:coming|arriving|returning|travelling|traveling|running)\s+)?(?:from|out\s+of)\s+(?:the\s+)?$/i;

/** The flow of trains the count's own subject names by a foreign partner they run to (export) or from (import), before the count. */
function trainsToOrFromPartner({ s, places, bounds, memory }: RowFrame, f: Figure): Flow | null {
  if (!s.includes('rain') && !s.includes('ervice') && !s.includes('runs') && !s.includes('huttle')) return null;
  const lo = clauseOf(bounds, f.start)[0];
  const foreign = (p: (typeof places)[number]) => p.kind === 'country' || p.kind === 'group' ? p.name !== memory.country : (countryOfPlace(p) ?? memory.country) !== memory.country;
  const partner = places.findLast((p) => p.role === 'partner' && p.start >= lo && p.end <= f.start && foreign(p));
  if (!partner) return null;
  const before = s.slice(Math.max(lo, partner.start - 40), partner.start);
  return TRAINS_TO_PARTNER_BEFORE.test(before) ? 'export' : TRAINS_FROM_PARTNER_BEFORE.test(before) ? 'import' : null;
}

// "28,400 TEU travelled from China to Europe and 4,100 TEU moved from Europe to China" in a release on the Trans-Caspian route,
// "1,200 trains ran from Chinese cities to Europe", "boxes shipped from Germany to China came to 310", "From China to Turkey,
// 96 trains were run": on a corridor or route (no country's own trade), what went from China along it is its export and
// what went to China its import, whatever the verb or where the way is written in the clause.
const CORRIDOR_AREA = /\b(?:Corridor|Route|Railway|Line|Express|Land\s+Bridge|Link)$/;
const CHINA_END = String.raw`(?:China|(?:the\s+)?Chinese\s+(?:[\w-]+\s+){0,2}?(?:cities|city|hubs?|terminals?|border|side|ports?|stations?|mainland))`;
const OTHER_END = String.raw`(?:the\s+)?(?!China\b|Chinese\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}`;
const FROM_CHINA = new RegExp(String.raw`\b[Ff]rom\s+${CHINA_END}\s+(?:to|into|towards?|for)\s+${OTHER_END}`);
const TO_CHINA = new RegExp(String.raw`\b[Ff]rom\s+${OTHER_END}\s+(?:to|into|towards?|for|back\s+to)\s+${CHINA_END}\b`);
const CORRIDOR_WAY_WORDS = keywords(['china', 'chinese'], FROM_CHINA, TO_CHINA);

/** Export or import of a corridor's figure by the way its clause says it went, from China or to China; null if it says none. */
export function corridorWay(frame: RowFrame, r: Reading, area: string): FlowChoice | null {
  if (!CORRIDOR_AREA.test(area) || !frame.s.includes('rom ')) return null;
  const [lo, hi] = clauseOf(frame.bounds, r.figure.start);
  if (!mentions(frame.s, CORRIDOR_WAY_WORDS, Math.max(0, lo - 60), hi)) return null;
  // The way written after the figure, up to the next figure, is its own; else the way written before it, after the figure before.
  const next = frame.readings.find((o) => o !== r && o.figure.start > r.figure.end && o.figure.start < hi);
  const before = frame.readings.findLast((o) => o !== r && o.figure.end <= r.figure.start);
  const from = Math.max(lo - 60, before ? before.figure.end : 0, 0);
  return wayFromOrToChina(frame.s.slice(r.figure.end, next ? next.figure.start : hi)) ?? wayFromOrToChina(frame.s.slice(from, r.figure.start));
}

function wayFromOrToChina(words: string): FlowChoice | null {
  const out = FROM_CHINA.test(words);
  return out === TO_CHINA.test(words) ? null : plain(out ? 'export' : 'import');
}

const COMPASS_BOUND = /^(?:west|east|north|south)bound$/i;

const WEST_OR_EAST_BOUND = compassWayWord('west|east');

/**
 * "Westbound volumes grew 3.2 percent" in a release on Duisburg, "eastbound, trains leaving the terminals for China" at
 * Malaszewicze: a flow is read from the side of the row's area, so at the European end of a China route (a terminal, port,
 * crossing or city of a land from the EU's eastern border westwards, or that land itself) a bare "westbound" train or box
 * arrives (import) and an "eastbound" one leaves (export); China's side and the transit lands keep the written way.
 */
export function compassFromAreaSide(frame: RowFrame, area: string): RowFrame {
  if (!frame.s.includes('bound') || !frame.cues.some((c) => compassCue(frame.s, c))) return frame;
  const country = countryOfAreaName(area, frame.memory.country);
  if (!country || !EUROPEAN_END_COUNTRIES.has(country)) return frame;
  const turned = (c: FlowCue): FlowCue => (compassCue(frame.s, c) ? { ...c, flow: c.flow === 'export' ? 'import' : 'export' } : c);
  return { ...frame, cues: frame.cues.map(turned) };
}

function compassCue(s: string, c: FlowCue): boolean {
  return c.directional && (c.flow === 'export' || c.flow === 'import') && WEST_OR_EAST_BOUND.test(s.slice(c.start, c.end));
}
const TRAINS_FROM_BEFORE = /\b(?:trains|services|runs|boxes|containers)\s+(?:(?:coming|arriving|returning)\s+)?from\s+(?:the\s+)?$/i;
// "and eastbound trains to China for 1,160", "eastbound services heading to China numbered 410", "trains bound for China":
// the same words of going out.
const TRAINS_TO_BEFORE = /\b(?:trains|services|runs|boxes|containers)\s+(?:(?:heading|headed|going|bound|leaving|departing|returning)\s+)?(?:to|for|towards?)\s+(?:the\s+)?$/i;

/**
 * "..., and westbound trains from China 744" in a release on Belarus: a compass word says which way the line runs, not whose
 * trade it is; trains from a partner, named in the count's own words after it, came in, and trains to it ("eastbound trains
 * to China for 1,160") went out.
 */
function trainsNamedByPartner({ s, places }: RowFrame, f: Figure, from: number): Flow | null {
  for (const p of places) {
    if (p.role !== 'partner' || p.start < from || p.end > f.start) continue;
    const before = s.slice(Math.max(0, p.start - 30), p.start);
    if (TRAINS_FROM_BEFORE.test(before)) return 'import';
    if (TRAINS_TO_BEFORE.test(before)) return 'export';
  }
  return null;
}

/**
 * "Southbound trains made up 1,010 of them, northbound ones 870" at a US crossing on the Mexican border: north or south at a
 * border port of another country than China goes out toward the neighbour the release trades with, and comes in from it
 * (compass-borders.ts); China's own ports keep their conventions.
 */
function northSouthOfBorder({ s, bounds, memory }: RowFrame, f: Figure, hi: number): Flow | null {
  const country = countryOfAreaName(memory.area, memory.country) ?? memory.country;
  if (!country || country === 'China' || !memory.partner) return null;
  return northSouthFlow(s, clauseOf(bounds, f.start)[0], hi, f.start, f.end, country, memory.partner);
}

// "Freight trains leaving Zamyn-Uud, loaded mostly with coal and fluorspar, numbered 2,870", "Trains bound for Europe, packed
// with electronics, totalled 1,210", "Services arriving from Duisburg, laden with machinery, made up 640": an aside on the
// trains' load set off by commas between the subject and its verb keeps the subject's words of going with the count (a234).
const LOAD_ASIDE_BEFORE = /,\s*(?:(?:mostly|mainly|largely|chiefly|heavily|fully|often)\s+)?(?:loaded|laden|carrying|packed|filled|stacked|stuffed|full|heavy)\b[^,;.]{0,60},\s*$/i;

/** The start of the count's clause, or of the clause before when a load aside (LOAD_ASIDE_BEFORE) alone stands between. */
function clauseWithLoadedSubject(s: string, bounds: number[], pos: number): number {
  const lo = clauseOf(bounds, pos)[0];
  const from = Math.max(0, lo - 90);
  const aside = LOAD_ASIDE_BEFORE.exec(s.slice(from, Math.min(s.length, lo + 1)));
  return aside && from + aside.index > 0 ? clauseOf(bounds, from + aside.index - 1)[0] : lo;
}

/**
 * The way a counted train went, by the verbs of coming and going in its clause [lo, hi): the verb right after the
 * count is its own ("371 arrived from China and 241 departed for it"), else the clause's verbs if all go one way.
 */
function trainMovement(s: string, f: Figure, lo: number, hi: number, places: readonly { start: number; role: string; name?: string; kind?: string }[] = [], home: readonly string[] = []): Flow | null {
  if (BOTH_WAYS_MOVES.test(s.slice(lo, hi))) return null;
  const moves = trainMoves(s, lo, hi, places, home);
  const own = moves.find((m) => m.start >= f.end && OWN_MOVE_GAP.test(s.slice(f.end, m.start)));
  if (own) return own.flow;
  // "dispatched 1,264 container trains ... and received 973": the verb right before a count is its own, whatever other
  // verb the clause holds.
  const governing = moves.findLast((m) => m.end <= f.start && VERB_OF_COUNT_GAP.test(s.slice(m.end, f.start)));
  if (governing && moves.some((m) => m.flow !== governing.flow)) return governing.flow;
  return soleFlow(new Set(moves.filter((m) => !m.contrast).map((m) => m.flow)));
}

// "3,557 trips since the first one left Chongqing for Duisburg in March 2011": the verb of the event a running total dates
// from is that first train's, no way the counted trains went.
const SINCE_EVENT_MOVE_BEFORE = /\bsince\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,4}?$/i;

/**
 * The verbs of going and coming in s[lo, hi) whose rule holds for the words after them. An `exec` loop, not `matchAll`:
 * `matchAll` copies the long pattern at every call, which costs more than reading the clause.
 */
function trainMoves(s: string, lo: number, hi: number, places: readonly { start: number; role: string; name?: string; kind?: string }[] = [], own: readonly string[] = []): Array<{ start: number; end: number; flow: Flow; contrast?: true }> {
  const text = s.slice(lo, hi);
  const moves: Array<{ start: number; end: number; flow: Flow; contrast?: true }> = [];
  const sinceEvent = text.includes('since');
  TRAIN_MOVES.lastIndex = 0;
  for (let m = TRAIN_MOVES.exec(text); m !== null; m = TRAIN_MOVES.exec(text)) {
    const start = lo + m.index;
    const end = start + m[0].length;
    if (placeRuleFails(s, m, end, places, own)) continue;
    if (sinceEvent && SINCE_EVENT_MOVE_BEFORE.test(s.slice(Math.max(0, start - 50), start))) continue;
    if (moveRule(m).sentenceAfter?.test(s.slice(end, start + 160)) ?? true) moves.push({ start, end, flow: moveFlow(m), contrast: moveRule(m).contrast });
  }
  return moves;
}

/**
 * "China-Europe freight trains from Chengdu made 2,650 trips" in a release on Chengdu: trains "from" the place whose figure
 * it is are its own service, no inbound trains.
 */
function fromOwnPlace(s: string, m: RegExpExecArray, end: number, places: readonly { start: number; role: string }[]): boolean {
  if (moveRule(m).place !== 'fromOwn') return false;
  const from = TRAINS_FROM_GAP.exec(s.slice(end, end + 12));
  return from !== null && places.some((p) => p.role === 'area' && p.start === end + from[0].length);
}

/** "crossed into China" in a release on China: trains crossing into the figure's own area (or an unread place) came in, no export. */
function intoOwnPlace(s: string, m: RegExpExecArray, end: number, places: readonly { start: number; role: string; name?: string }[]): boolean {
  if (moveRule(m).place !== 'intoOwn') return false;
  const into = INTO_GAP.exec(s.slice(end, end + 12));
  const place = into ? places.find((p) => p.start === end + into[0].length) : undefined;
  // ("Russian Railways said 640 trains had crossed into Russia": the country named as the area elsewhere in the sentence.)
  return !place || place.role === 'area' || places.some((q) => q.role === 'area' && q.name === place.name);
}
const INTO_GAP = /^\s+into\s+(?:the\s+)?/;

/** True when the place a move rule needs stands in the wrong relation to the figure's area (see `place` of TRAIN_MOVE_RULES). */
// `own`: the names of the release's own area and country, which the sentence may name with no role of area ("returning to China").
function placeRuleFails(s: string, m: RegExpExecArray, end: number, places: readonly { start: number; end?: number; role: string; name?: string; kind?: string }[], own: readonly string[] = []): boolean {
  return fromOwnPlace(s, m, end, places) || fromOtherPlace(s, m, end, places) || intoOwnPlace(s, m, end, places) || toOtherPlace(s, m, end, places, own) || toNoPartner(s, m, end, places) || namedOtherPlace(m, end, places) || outOfOtherPlace(s, m, end, places, own);
}

/** "headed out of Europe" in a release on China: trains leaving a named place that is not the figure's own did not go out. */
function outOfOtherPlace(s: string, m: RegExpExecArray, end: number, places: readonly { start: number; role: string; name?: string }[], own: readonly string[]): boolean {
  if (moveRule(m).place !== 'outOfOwn') return false;
  const out = OUT_OF_GAP.exec(s.slice(end, end + 20));
  const place = out ? places.find((p) => p.start === end + out[0].length) : undefined;
  return place !== undefined && !(place.role === 'area' || own.includes(place.name ?? '') || places.some((q) => q.role === 'area' && q.name === place.name));
}
const OUT_OF_GAP = /^\s+out\s+of\s+(?:the\s+)?/;

/** "returning to Duisburg" in a release on China: trains going back to a place that is not the figure's area did not come in. */
function toOtherPlace(s: string, m: RegExpExecArray, end: number, places: readonly { start: number; role: string; name?: string }[], own: readonly string[]): boolean {
  if (moveRule(m).place !== 'toOwn') return false;
  const to = TO_GAP.exec(s.slice(end, end + 20));
  const place = to ? places.find((p) => p.start === end + to[0].length) : undefined;
  return !place || !(place.role === 'area' || own.includes(place.name ?? '') || places.some((q) => q.role === 'area' && q.name === place.name));
}
const TO_GAP = /^(?:\s+home)?\s+(?:to|into)\s+(?:the\s+)?/;

/**
 * "carried 3,840 TEUs to Chongqing" in a release on Chongqing: goods carried to a town may have come in; only those carried to
 * a partner country (or bloc) left the figure's place.
 */
function toNoPartner(s: string, m: RegExpExecArray, end: number, places: readonly { start: number; role: string; kind?: string }[]): boolean {
  if (moveRule(m).place !== 'toNoPartner') return false;
  const to = CARRIED_TO_GAP.exec(s.slice(end, end + 60));
  return to === null || !places.some((p) => p.role === 'partner' && (p.kind === 'country' || p.kind === 'group') && p.start === end + to[0].length);
}
const CARRIED_TO_GAP = /^[^.;]{0,40}?\bto\s+(?:the\s+)?/;

/** "departing from Duisburg": trains leaving a place that is not the figure's area are no outbound trains of it. */
function fromOtherPlace(s: string, m: RegExpExecArray, end: number, places: readonly { start: number; role: string }[]): boolean {
  if (moveRule(m).place !== 'fromOther') return false;
  const from = LEFT_PLACE_GAP.exec(s.slice(end, end + 12));
  return from === null || !places.some((p) => p.role === 'area' && p.start === end + from[0].length);
}

/** "left the Duisburg rail terminal" in a release on Chongqing: a named facility that is a place other than the figure's area. */
function namedOtherPlace(m: RegExpExecArray, end: number, places: readonly { start: number; end?: number; role: string }[]): boolean {
  if (moveRule(m).place !== 'namedOther') return false;
  return places.some((p) => p.role !== 'area' && p.start > end && p.start <= end + 6);
}

/** The way a counted train went by the verb right after the count ("6,522 came back", "371 arrived from China"), if one. */
function ownTrainMove(s: string, f: Figure, hi: number, places: RowFrame['places'], own: readonly string[]): Flow | null {
  // (TRAIN_MOVES is global: it is left at 0.)
  TRAIN_MOVES.lastIndex = 0;
  const m = TRAIN_MOVES.exec(s.slice(f.end, Math.min(hi, f.end + 60)));
  TRAIN_MOVES.lastIndex = 0;
  return m && OWN_MOVE_GAP.test(s.slice(f.end, f.end + m.index)) && !placeRuleFails(s, m, f.end + m.index + m[0].length, places, own) ? moveFlow(m) : null;
}

// "Southbound trains, carrying exports ..., numbered 5,412, while 4,458 trains ran northbound with imports": trains said to
// carry one flow of goods go that way (a compass word alone says nothing of the flow); so do trains "bringing imports inland".
const TRAINS_LADEN = /\b(?:carrying|carried|with|loaded\s+with|laden\s+with|hauling|bringing|brought|taking|took|full\s+of)\s+(?:[\w-]+\s+){0,2}?(exports?|imports?|export\s+goods|import(?:ed)?\s+goods)\b(?!\s+(?:and|or)\s+(?:exports?|imports?))/i;

/** The flow of goods the trains of a count are said to carry, between the level before it in the sentence and its clause's end. */
function ladenFlow(frame: RowFrame, r: Reading, hi: number): Flow | null {
  const before = frame.readings.findLast((o) => o !== r && o.role === 'level' && o.figure.end <= r.figure.start);
  // "2,710 ran south with goods for export, and 1,897 brought imports north": the goods said right after a count, up to the
  // next count, are its own, over those of the count before it.
  const next = frame.readings.find((o) => o !== r && o.role === 'level' && o.figure.start >= r.figure.end);
  const m = TRAINS_LADEN.exec(frame.s.slice(r.figure.end, Math.min(hi, next ? next.figure.start : hi))) ?? TRAINS_LADEN.exec(frame.s.slice(before ? before.figure.end : 0, hi));
  return m ? (/^im/i.test(m[1]) ? 'import' : 'export') : null;
}

// "611 trains went to Central Asia, ..., and 231 to Europe": a bare count heading for a place, its verb left out.
const GAPPED_DESTINATION_AFTER = /^\s+(?:to|for)\s+(?:the\s+)?[A-Z]/;

// "Xi'an sent out 1,420 trains, up 58.4 percent, and Zhengzhou 1,097": a clause of only a place and a bare count, the verb
// and noun of the count before left out.
// "..., 96 of them this year": the part of the count before that fell in a period of its own went its way.
const PART_IN_PERIOD_AFTER = /^\s+of\s+(?:them|these)\s+(?:(?:this|last)\s+year|in\s+(?:(?:19|20)\d\d|the\s+(?:first|past|last)\b))/i;
const GAPPED_PLACE_OPENING = /^[\s,]*(?:and|while|whereas)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+$/;

/** The flow of the count listed before a count whose verb is left out ("and 231 to Europe"): its own clause's direction. */
function gappedDestinationFlow(frame: RowFrame, r: Reading): Flow | null {
  const { s, cues, bounds, readings } = frame;
  const f = r.figure;
  if (!GAPPED_DESTINATION_AFTER.test(s.slice(f.end, f.end + 24)) && !GAPPED_PLACE_OPENING.test(s.slice(clauseOf(bounds, f.start)[0], f.start)) && !PART_IN_PERIOD_AFTER.test(s.slice(f.end, f.end + 24))) return null;
  const listed = readings.findLast((o) => o !== r && o.role === 'level' && o.figure.unit === f.unit && o.figure.end <= f.start);
  if (!listed) return null;
  const [lo, hi] = clauseOf(bounds, listed.figure.start);
  const own = cues.filter((c) => c.directional && c.start >= lo && c.end <= hi);
  if (own.length === 1) return own[0].flow;
  return f.unit === 'trains' && !own.length ? trainMovement(s, listed.figure, lo, hi, frame.places) : null;
}

// "bought $6.3 billion of Brazilian goods", "purchased A$4 billion worth of Australian products": the buyer's goods are named
// by the nationality of the country that sold them.
const HOME_GOODS_GAP = /^\s(?:[^.;]|\.(?=\d)){0,60}?\bof\s+$/;
const HOME_GOODS_AFTER = /^(?:-made)?\s+(?:[a-z][\w-]*\s+)?(?:goods|products|merchandise|exports)\b/;

// "The US took $36.8bn of Vietnamese goods", "absorbed ... of Australian exports": a verb of taking, as one of buying (a238).
const TOOK_VERB = /^(?:took|takes|absorbed|absorbs|received|receives)$/i;

/** "China, Brazil's main trading partner, bought $6.3 billion of Brazilian goods" in a release on Brazil: whoever buys the release country's goods, it sold them. */
function boughtHomeGoods(frame: RowFrame, cue: FlowCue): boolean {
  const home = frame.memory.country;
  if (!home || !(cue.verb || TOOK_VERB.test(frame.s.slice(cue.start, cue.end))) || cue.flow !== 'import') return false;
  const made = frame.places.find((p) => p.start >= cue.end && p.start - cue.end <= 70 && p.name === home);
  return made !== undefined && HOME_GOODS_GAP.test(frame.s.slice(cue.end, made.start)) && HOME_GOODS_AFTER.test(frame.s.slice(made.end, made.end + 40));
}

/** Reporters whose statistics call the net deficit in fuels their "energy bill" (the French customs' facture énergétique). */
const NET_FUEL_BILL_REPORTERS: ReadonlySet<string> = new Set(['France']);

/** The flow a flow word gives a figure: goods moved both ways are total, bare shipments go their story's way, a partner's verb turns. */
function flowOfCue(frame: RowFrame, f: Figure, cue: FlowCue): FlowChoice {
  // "10.9 million tonnes of inbound and outbound cargo": goods moved both ways are total trade, and so is their worth
  // ("goods worth $2.94 billion in both directions", "the value of goods that entered or left Mongolia").
  if (cue.bothWays && (f.measure === 'quantity' || f.measure === 'value')) return plain('total');
  if (cue.weak) return plain(weakShipmentsFlow(frame, cue));
  // "The oil bill swelled to $14.2 billion", "Spain paid a gas bill of": a country's bill for a fuel is what it paid for the
  // fuel abroad, its imports of it. Only where the reporter's own statistics define the bill as the net deficit (France's
  // "facture énergétique") is it a negative balance, and even there a bill in a paragraph going on with imports is one more
  // item of those imports.
  if (cue.bill && (frame.flowOfParagraph === 'import' || !NET_FUEL_BILL_REPORTERS.has(frame.memory.country ?? ''))) return plain('import');
  if (boughtHomeGoods(frame, cue)) return { flow: 'export', negative: cue.negative };
  const turned = (cue.verb && verbOfPartner(frame, cue)) || partnerOwnsCue(frame, cue) || sentToReleaseCountry(frame, cue) || sentFromOwnArea(frame, cue) || boundForOwnArea(frame, cue);
  return { flow: turned ? (cue.flow === 'export' ? 'import' : 'export') : cue.flow, negative: partnerOwnsBalance(frame, cue) ? !cue.negative : cue.negative };
}

// "Brazil posted a surplus of", "Chile ran a $20 billion deficit", "Australia again recorded a record surplus", "Peru has had a
// trade surplus": a place as the subject of a verb of having or showing a balance, right before the balance's noun, owns it.
const BALANCE_HELD_GAP = /^\s+(?:(?:also|again|still|once\s+again)\s+)?(?:(?:has|have|had)\s+)?(?:posted|post(?:s|ing)?|ran|run(?:s|ning)?|recorded|record(?:s|ing)?|registered|register(?:s|ing)?|had|has|logged|log(?:s|ging)?|booked|book(?:s|ing)?|enjoyed|enjoy(?:s|ing)?|kept|keeps|maintained|maintain(?:s|ing)?|reported|report(?:s|ing)?|chalked\s+up|racked\s+up|notched\s+up)\s+(?:an?|the|its|their)\s+(?:[\w$€£¥.,-]+\s+){0,3}$/i;

/** "Russia's surplus in trade with China" with China the area: a partner's own surplus is the area's deficit (and its deficit a surplus). */
function partnerOwnsBalance(frame: RowFrame, cue: FlowCue): boolean {
  if (cue.flow !== 'balance') return false;
  const owner = frame.places.findLast((p) => p.end <= cue.start);
  if (owner === undefined || owner.role !== 'partner') return false;
  const gap = frame.s.slice(owner.end, cue.start);
  if (POSSESSIVE_OWNER_GAP.test(gap)) return true;
  // ("trade with China posted a deficit": the place a preposition governs is no subject; "with Vietnam posting a surplus" in a
  // release on Vietnam is the area's own balance.)
  return BALANCE_HELD_GAP.test(gap) && owner.name !== frame.memory.country && owner.name !== frame.sentenceArea && !GOVERNED_PLACE_BEFORE.test(frame.s.slice(Math.max(0, owner.start - 12), owner.start));
}
const GOVERNED_PLACE_BEFORE = /\b(?:with|to|from|for|of|in|and|by|between)\s+(?:the\s+)?$/i;

const SHARE_OF_IT_AFTER = /^\s*(?:%|percent|per\s+cent)?\s*of\s+(?:it|them)\b/i;
const LISTED_BY_BEFORE = /\b[Bb]y\s+(destinations?|sources?|origins?|countr(?:y|ies)\s+of\s+origin)\b/;

// "By major categories, primary products rose 22.5% ..., manufactures of agricultural origin (MOA) fell 1.2% ...": goods named by
// the sector at home that made them (Argentina's and its neighbours' "manufacturas de origen agropecuario / industrial") are the
// country's exports, whatever flow the paragraph before ended on.
const HOME_ORIGIN_GOODS = /\bmanufactures?\s+of\s+(?:agricultural|agro-?industrial|agricultural\s+and\s+livestock|industrial|mineral)\s+origin\b/i;

/** The sentence names goods by the sector of the reporter's own economy that made them: export categories. */
function namesGoodsByHomeOrigin(s: string): boolean {
  return s.includes(' origin') && HOME_ORIGIN_GOODS.test(s);
}

// Tonnes of cargo a port handled moved both ways; vehicles "crossing in both directions" are neither.
// "Container traffic grew by 17% to 412,000 TEU": traffic, like cargo handled, moves both ways.
// "Container transshipment at the border reached 108,500 TEU": boxes moved between trains are handled cargo too.
// "Together they moved 468,000 TEU", "Combined, these hauled ...": what the trains of both ways just counted carried together.
// "Together the trains moved 98,400 TEUs": what trains carried, like the trains themselves, moved both ways; so did what a
// railway, line or bridge has carried ("The cross-border railway has carried 18.6 million tonnes of coal since it opened"),
// and the tonnes a port reported ("On the Mongolian side, the Altanbulag port reported 301,000 tonnes").
// "The Kolyadichi terminal processed 78,400 TEU of transit containers": boxes a terminal processed, and boxes in transit, too.
const OWN_CARGO_WORDS = /\b(?:cargo|freight(?!\s+trains?)|goods|throughput|handled|cleared|processed|traffic|trans-?s?hip(?:ment|ped)|transit)\b|\b(?:together|combined|between\s+them),?\s+(?:they|these|both)\s+(?:[a-z]+\s+)?(?:moved|carried|transported|hauled|brought)\b|\b(?:they|both)\s+together\s+(?:moved|carried|transported|hauled|brought)\b|\b(?:trains|railway|rail\s+line|line|bridge)\s+(?:[a-z]+\s+)?(?:moved|carried|transported)\b|\b(?:port|checkpoint|crossing|gate)\s+(?:[a-z]+\s+)?(?:reported|recorded|registered)\b/i;
// "Timber travelling through Nakhodka port totalled ...", "Coal passing via the crossing came to ...", "ore that moved through
// the gateway reached ...": goods of any kind said to pass through a port or crossing, with no way of their own, are its cargo
// both ways, as goods "passing through the port were worth" are (CARRIED_GOODS_VALUE).
const PASSAGE_THROUGH = String.raw`\b(?:(?:passing|passed|travell?ing|travell?ed|moving|flowing|flowed|going|transiting)\s+(?:through|via)|(?:that|which)\s+(?:passed|travell?ed|moved|flowed|went)\s+(?:through|via))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:port|crossing|checkpoint|gateway|gate|pass|border\s+point|terminal|station|bridge)s?\b`;
const CARGO_WORDS = new RegExp(`${OWN_CARGO_WORDS.source}|${PASSAGE_THROUGH}`, 'i');

/**
 * "Malaysia — widely seen as a transhipment point for Iranian oil — delivered 6.05mn t": an aside between dashes
 * describes the subject; its words say nothing of the figure's goods.
 */
function withoutDashAside(text: string): string {
  return text.includes('—') || text.includes('–') ? text.replace(DASH_ASIDE, ' ') : text;
}

const TOTAL_PUT_AT_BEFORE = new RegExp(String.raw`\b(?:put(?:s|ting)?|br(?:ing(?:s|ing)?|ought)|t(?:ak(?:es|ing)|ook)|lift(?:s|ed|ing)?|push(?:es|ed|ing)?|rais(?:es|ed|ing))\s+the\s+${SUMMED_WHOLE}\s+(?:at|to)\s+${HEDGED_MONEY_BEFORE_AMOUNT}`, 'i');

/**
 * "Outbound trains numbered 97 and inbound trains 59, carrying goods worth $1.28 billion": the worth of the goods carried,
 * in a clause with no flow word after the sentence named both ways, is of the goods of both (not of the last way named).
 */
function carriedAfterBothWays({ s, cues }: RowFrame, r: Reading, lo: number, hi: number): boolean {
  if (!bothWaysIn(cues, 0, lo)) return false;
  if (r.figure.measure === 'value' && CARRIED_GOODS_VALUE.test(s.slice(lo, hi))) return true;
  // "Imports reached 11.3 million tonnes and exports 2.1 million tonnes; the combined figure, 13.4 million tonnes, was ...": a
  // whole named as the subject of its own clause after the sentence named both ways sums them (a144's tally, in one sentence).
  // (The amount set off by commas is a clause of its own: the whole is read before it.) So is a whole the clause puts or brings
  // to an amount: "putting the grand total at 613 million tonnes", "which brought the combined volume to", "taking the tally to".
  if (r.figure.kind !== 'level') return false;
  const before = s.slice(Math.max(0, r.figure.start - 80), r.figure.start);
  return TOTAL_AS_SUBJECT_BEFORE.test(before) || TOTAL_PUT_AT_BEFORE.test(before);
}

// "The bonded zone handled 58.3 billion yuan, up 22.1 percent", "the province cleared $4.6 billion of goods through its
// border gates": an amount of money a place handled or cleared, with no flow word, is the trade that went through it both
// ways, not the direction the paragraph before ended on.
const HANDLED_AMOUNT_BEFORE = /\b(?:handled|cleared)\s+(?:(?:a\s+total\s+of|about|around|nearly|almost|some|roughly|over|more\s+than)\s+)?(?:RMB\s?|US\$\s?|\$|¥|€)?$/i;

// "Durians made up 238,000 tonnes of the fruit imports. In April alone, the port cleared 96,000 tonnes of the spiky fruit",
// "Qingdao, Rizhao and Yantai ports cleared 61.2 million, 48.5 million and 19.6 million tonnes respectively" after a story of
// the province's ore imports: clearing goods through customs names no way of its own. With no flow word in the sentence and
// no other cargo word in the clause, what was cleared goes on with the one way of the figures just before (imports or
// exports); an amount larger than theirs in the same unit is no part of that story and stays two-way.
const CLEARED_WORD = /\bcleared\b/gi;
function clearedGoesOn({ s, cues, memory }: RowFrame, hi: number): Flow | null {
  // (A list's later amounts, "..., 48.5 million and 19.6 million tonnes", have the verb in the clause of the first: read from the start.)
  const clause = s.slice(0, hi);
  if (!clause.includes('cleared') || cues.some((c) => c.flow !== 'other') || CARGO_WORDS.test(clause.replace(CLEARED_WORD, ' '))) return null;
  const ways = new Set((memory.previousLevels ?? []).map((l) => l.flow));
  const [way] = [...ways];
  return ways.size === 1 && (way === 'import' || way === 'export') ? way : null;
}

/** "The port cleared 2.6 million tonnes" after 412,000 tonnes of imported fruit: more than the one-way goods before is all its cargo. */
function largerThanBefore({ memory }: RowFrame, f: Figure): boolean {
  return (memory.previousLevels ?? []).some((l) => l.unit === f.unit && (l.value ?? 0) < f.value);
}

// "The railway carried 18 percent more freight", "the port handled 6% more cargo", "trains moved 12.5 percent more goods",
// "the line has hauled 9 percent less freight": a change in the cargo a carrier or port carried, with no flow of its own, is of
// cargo moved both ways, as the tonnes it carried are.
const CARRIED_MORE_CARGO_BEFORE = /\b(?:carr(?:y|ies|ied)|mov(?:es|ed)|handl(?:es|ed)|transport(?:s|ed)|haul(?:s|ed)|clear(?:s|ed)|process(?:es|ed))\s+(?:(?:about|around|nearly|some|roughly|almost|over)\s+)?$/i;
const MORE_CARGO_AFTER = /^\s+(?:more|less|fewer)\s+(?:[a-z][\w-]*\s+){0,2}?(?:freight|cargo|goods|containers|boxes|TEUs?|tonnage)\b/i;

/** Cargo handled, carried or processed moved both ways, and so did the goods of a sentence that says they moved both ways. */
function cargoFlow(frame: RowFrame, r: Reading, lo: number, hi: number): Flow | null {
  const { s, cues } = frame;
  const f = r.figure;
  // "212,400 TEU moved in both directions, while the Grodekovo and Makhalino crossings together accounted for 96,800 TEU":
  // a sentence that says its goods moved both ways, and names no flow, is of two-way traffic in all its clauses.
  const twoWaySentence = !cues.some((c) => c.flow !== 'other') && (CARGO_WORDS.test(withoutDashAside(s)) || cues.some((c) => c.bothWays));
  // One-way goods a port cleared or processed keep the story's way: told by the story's goods (storyGoodsWay) or by the
  // levels just before a "cleared" clause (clearedGoesOn); two-way when more than those levels, or when neither tells.
  if (f.measure === 'quantity' && (CARGO_WORDS.test(withoutDashAside(s.slice(lo, hi))) || twoWaySentence)) return largerThanBefore(frame, f) ? 'total' : (storyGoodsWay(frame, f) ?? clearedGoesOn(frame, hi) ?? 'total');
  // "Shipments of crude oil in and out of the zone grew ... respectively, to 14.6 million tonnes and 38.2 billion yuan": the
  // worth of goods a sentence says moved both ways (and names no one way) is two-way trade, as their tonnes are.
  if (f.measure === 'value' && twoWaySentence && cues.some((c) => c.bothWays)) return 'total';
  if (r.role === 'growth' && CARRIED_MORE_CARGO_BEFORE.test(s.slice(lo, f.start)) && MORE_CARGO_AFTER.test(s.slice(f.end, hi))) return 'total';
  if (f.measure === 'count' && cues.some((c) => c.flow === 'other')) return 'other';
  if (f.measure === 'value' && HANDLED_AMOUNT_BEFORE.test(s.slice(Math.max(lo, f.start - 40), f.start))) return 'total';
  if (f.measure === 'value' && (CARRIED_GOODS_VALUE.test(s.slice(lo, hi)) || (WORTH_CLAUSE.test(s.slice(lo, f.start)) && CARRIED_GOODS_VALUE.test(s.slice(0, hi))))) return wayOfTrainsCarrying(frame, f) ?? 'total';
  return null;
}

// Words that make tonnes a port's own cargo of every kind, not the goods of the story; and other goods named after the amount.
const OWN_CARGO_NOUN = /\b(?:cargo|freight|goods|throughput|traffic|containers?|TEUs?|trans-?s?hip(?:ment|ped)|transit|commodit(?:y|ies)|products)\b/i;
const OTHER_GOODS_AFTER = /^\s+of\s+(?!(?:the|that|this|these|those|such|it)\b)[a-z]/i;

/**
 * "Shandong imported 137.8 million tonnes of iron ore ..." then "Qingdao, Rizhao and Yantai ports cleared 61.2 million, 48.5
 * million and 19.6 million tonnes respectively", "customs at Rizhao cleared 48.5 million tonnes of the ore": tonnes a port
 * cleared or processed, in a sentence with no flow word and no word of cargo in general, are the goods of the last quantity
 * (which the row takes) and keep the way the release last told them going, when it has named goods going one way only (not
 * two-way cargo). "20 million tonnes of coal" names other goods; tonnes a port "handled" moved both ways (flowOfUncuedGoods).
 */
function storyGoodsWay({ s, cues, memory }: RowFrame, f: Figure): Flow | null {
  const way = memory.lastFlow;
  if (!memory.quantityCommodity || (way !== 'import' && way !== 'export') || (memory.namedFlows?.import && memory.namedFlows.export)) return null;
  return cues.length || OWN_CARGO_NOUN.test(s) || OTHER_GOODS_AFTER.test(s.slice(f.end, f.end + 20)) ? null : way;
}

// "Xiamen's share of the province was 47.2%, Fuzhou's 23.6% and Quanzhou's 15.1%": a share of a place, named as the whole
// with no flow ("of the province", "of the city's trade"), is a share of its whole trade, in every clause the sentence
// goes on with; the flow the sentence before ended on does not reach it.
const SHARE_OF_A_PLACE_BEFORE = /\bshares?\s+of\s+(?:the\s+)?(?:province|city|region|municipality|prefecture|provincial\s+total|municipal\s+total|regional\s+total)(?:'s\s+(?:total|(?:foreign\s+)?trade))?\b(?!'s\s)/i;
// ", worth 46.3 billion yuan" after the cargo it prices: a clause of its own that only gives the cargo's worth; so is ", with
// a total value exceeding 58 billion yuan", and so is "The trains carried 398,000 TEUs of cargo, up 21.1 percent, and goods
// worth 82.6 billion yuan": the goods named again with their worth, joined by "and" to the cargo the verb of carrying governs.
const WORTH_CLAUSE = /^[\s,]*(?:and\s+(?:the\s+)?(?:goods|cargo|freight)\s+)?(?:worth|valued\s+at|with\s+a\s+(?:total\s+|combined\s+)?value(?:\s+(?:of|exceeding|topping|surpassing|over|above))?)\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?\S{0,4}$/i;

const THE_GOODS_WORTH_BEFORE = /\b(?:the|these|those)\s+goods\s+(?:were|was)\s+(?:worth|valued\s+at)\b/i;

// "The goods the trains carried were worth ...": the trains of the sentence before.
const THE_TRAINS_BEFORE = /\b(?:the|these|those)\s+trains\b/i;

/**
 * "13 trains set off from the city for Hamburg, carrying 1,066 TEUs of goods worth 51.4 million dollars", "The goods the trains
 * carried were worth 2.87 billion yuan" after trains sent out: the worth of what one count of trains carried goes the way those
 * trains went (trains of both ways, or of no way said, carry two-way trade).
 */
function wayOfTrainsCarrying(frame: RowFrame, f: Figure): Flow | null {
  const { s, readings, bounds, places } = frame;
  const trains = readings.filter((o) => o.role === 'level' && o.figure.unit === 'trains' && o.figure.end <= f.start);
  if (trains.length > 1) return null;
  // (The trains of the sentence before may be a part of the release's count: their way must be the whole count's too.)
  if (trains.length === 0) {
    const before = s.includes('trains') && THE_TRAINS_BEFORE.test(s.slice(0, f.start)) ? wayOfTrainsBefore(frame) : null;
    return before !== null && before === frame.memory.trainsFlow ? before : null;
  }
  const way = trainMovement(s, trains[0].figure, ...clauseOf(bounds, trains[0].figure.start), places);
  return way === 'export' || way === 'import' ? way : null;
}

// "China's share in the total was", "the EU's share of the overall total stood at": a share whose subject names the total.
const SHARE_IN_THE_TOTAL_BEFORE = /\bshares?\s+(?:in|of)\s+(?:the|its|their)\s+(?:(?:combined|overall|whole|national|country's|nation's)\s+)?total\b(?:[^.;]|\.(?=\d)){0,60}$/i;
// "accounted for 35.6 percent and 19.8 percent of the total, respectively": the percentages listed before the whole they share.
const LISTED_PERCENTAGES_AFTER = /^(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than)\s+)?\d[\d.]*\s*(?:%|percent|per\s?cent))+/i;

/** True when "of the total" follows the figure ending at `end`, right after it or (a share: `inList`) after the other percentages of its list. */
function ofTheTotalAfter(s: string, end: number, inList: boolean): boolean {
  const listed = inList ? LISTED_PERCENTAGES_AFTER.exec(s.slice(end, end + 80)) : null;
  const at = end + (listed ? listed[0].length : 0);
  return PART_OF_THE_TOTAL.test(s.slice(at, at + 30));
}

// "share of all ", "percent of all ": the whole a share is of, named as all of a thing.
const SHARE_OF_ALL_BEFORE = /\bshares?\s+of\s+all\s+[^,;]*$/i;
const SHARE_OF_ALL_AFTER = /^\s*(?:%|percent|per\s?cent)?\s*of\s+all\s/i;
const shareOfAll = (s: string, lo: number, f: Figure): boolean => SHARE_OF_ALL_AFTER.test(s.slice(f.end, f.end + 20)) || (s.includes('all', lo) && SHARE_OF_ALL_BEFORE.test(s.slice(lo, f.start)));

// Between a directed count and a share whose owner is the things counted: "their share of all trains", "they made up 40
// percent of all", "these accounted for", "which was", ", or 40 percent of all", ", making up", ", accounting for".
const COUNTED_THINGS_OWN_SHARE_GAP = /(?:\btheir\s+(?:combined\s+)?(?:share|portion|proportion|part)\b|\b(?:they|these|those|which)\s+(?:[\w-]+\s+)?(?:made|make|accounted|account|represented|constituted|comprised|formed|were|was)\b|,\s*(?:or|making\s+up|accounting\s+for|representing|constituting|forming|equal\s+to)\s)[^\d]*$/i;

/**
 * "The number of container trains arriving from China was 1,820 and their share of all trains handled at the station
 * approached 40 percent": a share "of all" things owned by the directed count right before it ("their share", "they made
 * up", ", or") is a share of those things, so it goes their way, not both ways.
 */
function shareOfCountedThings(frame: RowFrame, r: Reading): Flow | null {
  const count = frame.readings.findLast((o) => o.role === 'level' && o.figure.end <= r.figure.start);
  if (!count || r.figure.start - count.figure.end > 150 || !COUNTED_THINGS_OWN_SHARE_GAP.test(frame.s.slice(count.figure.end, r.figure.start))) return null;
  const flow = flowFor(frame, count).flow;
  return flow === 'export' || flow === 'import' ? flow : null;
}

/** A part of a whole named before: of "the total" after both directions, a share "of it", a place's part, "the total" as subject. */
function partOfWholeFlow(frame: RowFrame, r: Reading, lo: number): Flow | null {
  const { s, memory, sentence } = frame;
  const f = r.figure;
  // "Exports rose 3.0 percent, while imports were flat." then "Qingdao handled 886.3 billion yuan of the
  // total": after both directions, a part of "the total" with no flow word is a part of the whole trade, an
  // amount or a share ("Vietnam accounted for 92.8 percent of the total").
  if (memory.bothWays && (f.kind === 'level' || r.role === 'share') && ofTheTotalAfter(s, f.end, r.role === 'share')) return 'total';
  // So is a share whose subject names the total before it, and one set against it in the same clause: "China's share in the
  // total was 22.3%, against 30.6% for the EU", "the EU's share of the overall total stood at", "with a share in the combined
  // total of".
  if (memory.bothWays && r.role === 'share' && SHARE_IN_THE_TOTAL_BEFORE.test(s.slice(Math.max(0, f.start - 120), f.start))) return 'total';
  // "Russian exports ... accounted for 149,000 tonnes, imports ... for 37,000 tonnes. The goods were valued at 7.8 billion
  // rubles": the worth of "the goods" after both directions is of the goods of both.
  if (r.role === 'share' && SHARE_OF_A_PLACE_BEFORE.test(s.slice(0, f.start))) return 'total';
  if (memory.bothWays && f.measure === 'value' && THE_GOODS_WORTH_BEFORE.test(s.slice(lo, f.start))) return 'total';
  // "handled 31.6 million tonnes of freight, 72 percent of it at Manzhouli": a share of the amount just named goes its way.
  const whole = r.role === 'share' && SHARE_OF_IT_AFTER.test(s.slice(f.end, f.end + 20)) ? frame.readings.findLast((o) => o.role === 'level' && o.figure.end <= f.start) : undefined;
  if (whole) return flowFor(frame, whole).flow;
  // "Exports accounted for X and imports Y." then "The Huu Nghi gate and the Tan Thanh gate contributed A and B respectively":
  // after both directions, places listed with their amounts are parts of the whole trade, not of the last direction named.
  if (memory.bothWays && f.kind === 'level' && r.areaOverride) return 'total';
  // A flow named only in an earlier paragraph ("Exports of 'new three' products ...") does not reach a
  // place's part of a whole total in a new one: the whole is all trade. Nor, after both directions ("..., of which exports and
  // imports were A and B respectively. The Russian business was equal to 73.8 percent of the provincial figure"), does the
  // last of them reach it in the same paragraph.
  if ((memory.lastFlowParagraph !== sentence.paragraph || memory.bothWays) && (f.kind === 'level' || r.role === 'share') && PART_OF_A_PLACE_TOTAL.test(s.slice(f.end, f.end + 110))) return 'total';
  // "The hub's share of all freight trains rose to 24.1 percent" in a new paragraph: a share of "all" of a thing, no
  // direction named, is of the whole both ways, not of the direction an earlier paragraph ended on.
  if (memory.lastFlowParagraph !== sentence.paragraph && r.role === 'share' && shareOfAll(s, lo, f)) return shareOfCountedThings(frame, r) ?? 'total';
  // "The trade surplus widened to 1.06 trillion yuan. Denominated in US dollars, the total was 962.3 billion dollars":
  // "the total" as the subject of an amount, unless one direction goes on from before, is the whole trade again.
  if (f.kind === 'level' && TOTAL_AS_SUBJECT_BEFORE.test(s.slice(lo, f.start)) && (memory.bothWays || (memory.lastFlow !== 'export' && memory.lastFlow !== 'import'))) return 'total';
  if (f.kind === 'level' && PERIOD_TOTAL_AGAINST_BEFORE.test(s.slice(lo, f.start))) return 'total';
  if (f.kind === 'level' && memory.bothWays && PERIOD_AS_SUBJECT_BEFORE.test(s.slice(lo, f.start))) return 'total';
  if (f.kind === 'level' && memory.bothWays && sumsWhatCameBefore(s.slice(lo, f.start))) return 'total';
  return null;
}

// "... 171 inbound and 115 outbound. In TEU terms that adds up to 23,400 containers": a pronoun that "adds up to" or "comes
// to" an amount after both directions sums them, so its amount moved both ways.
const SUM_OF_WHAT_CAME_BEFORE = /\b(?:that|this|these|they|which|all\s+this|all\s+that)\s+(?:adds?\s+up|added\s+up|comes?|came|amounts?|amounted)\s+to\s+(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly)\s+)?$/i;
const sumsWhatCameBefore = (before: string): boolean => before.includes(' to ') && SUM_OF_WHAT_CAME_BEFORE.test(before);

// "Exports rose 4.4 percent ..." then "Cross-border e-commerce handled by the customs reached 46.2 billion yuan, nearly twice
// the 2015 figure of ...": a sentence whose subject is a trade mode that names no direction gives that mode's trade both
// ways (its base too), whatever flow the sentence before ended on; a part "of them" or "of which" stays a part of the flow before.
const E_COMMERCE_OPENING = /^\s*(?:[\w'’-]+\s+){0,3}?(?:cross-border\s+)?e-commerce\b/i;
// "Wuxi came second at", "Ningbo ranked third with", "Xiamen was next with", "Dalian took second place with": a place named
// by its rank after a leader, its amount right after.
const RANKS_NEXT_BEFORE = /^\s*(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:(?:came|ranked|placed|finished|was|stood)\s+(?:next|second|third|fourth|fifth)|took\s+(?:the\s+)?(?:second|third|fourth|fifth)\s+(?:place|spot))\s*,?\s+(?:with|at)\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?$/;
// "Suzhou again ranked first with", "Shenzhen topped the list with", "Guangzhou came top at": a place leading a ranking.
const RANKED_FIRST = /\b(?:(?:ranked|came|placed|finished|stood)\s+(?:first|top)|topped\s+the\s+(?:list|ranking|table)|took\s+(?:the\s+)?(?:first|top)\s+(?:place|spot))\b/i;
const RANKED_FIRST_WORDS = keywords(['first', 'top'], RANKED_FIRST);
const PARTNER_NAME = String.raw`[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,2}`;
// "The Republic of Korea and Japan followed with A and B respectively": two partners joined by "and", a name with "of" in it.
const FOLLOWS_IN_RANKING = new RegExp(String.raw`^\s*(?:The\s+)?${PARTNER_NAME}(?:\s+and\s+(?:the\s+)?${PARTNER_NAME})?\s+(?:followed|came\s+(?:next|second|third)|ranked\s+(?:next|second|third))\s*,?\s+with\b`);

// "has since loaded 612,000 tonnes of grain for Chinese buyers" in a Russian release: goods for buyers of another country
// went out, whatever the terminal or port that loaded them handles both ways.
const FOR_BUYERS_AFTER = /^[^.;]{0,80}?\bfor\s+([A-Z][a-z]+)\s+(?:buyers|customers|importers|consumers|clients|markets)\b/;

/** True when the words after a quantity or value say it was for buyers of a country other than the release's. */
function soldToForeignBuyers(frame: RowFrame, f: Figure): boolean {
  if (f.measure === 'count' || !frame.memory.country || !frame.s.includes(' for ', f.end)) return false;
  const m = FOR_BUYERS_AFTER.exec(frame.s.slice(f.end, f.end + 120));
  const buyer = m ? countryOf(m[1]) : null;
  return buyer !== null && buyer !== frame.memory.country;
}

// "Mongolia exported 66.1 million tonnes of coal ... Gashuunsukhait handled 28.4 million tonnes of it", "the port moved 9.2 million
// tonnes of that", "Yiwu shipped 40 billion yuan of them": an amount "of it", "of them" or "of that" (the pronoun closing the
// phrase) is a part of the amount just named, and goes its way, whatever a port's verb of handling says (a238).
const PART_OF_IT_AFTER = /^\s*of\s+(?:it|them|(?:all\s+)?that|this)(?![\w'’-])(?!\s+(?:[a-z][\w-]*\s+)?(?:year|month|quarter|period|time|day|week)s?\b)/i;

/** The one direction of the amount an amount "of it" is a part of: a level before it in its sentence, else the last sentence's. */
function partOfItNamedBefore(frame: RowFrame, r: Reading): Flow | null {
  const { s, memory } = frame;
  const f = r.figure;
  if (f.kind !== 'level' || r.role !== 'level' || !PART_OF_IT_AFTER.test(s.slice(f.end, f.end + 40))) return null;
  const whole = frame.readings.findLast((o) => o.role === 'level' && o.figure.end <= f.start);
  const flow = whole ? flowFor(frame, whole).flow : memory.bothWays ? null : memory.lastFlow;
  return flow === 'export' || flow === 'import' ? flow : null;
}

/**
 * "Grain imported from Russia ... reached 1.48 million tonnes" then "Soybeans made up 812,000 tonnes of the total, most of
 * them cleared at the Heihe port": a quantity "of the total" whose own clause names no cargo handled is a part of the one
 * direction the sentence before gave, whatever an aside after it says of where the goods were cleared (a goods subject:
 * an amount a place's clause gives of a total is the place's part, read by partOfWholeFlow).
 */
function partOfOneWayTotal(frame: RowFrame, r: Reading, lo: number, hi: number): Flow | null {
  const { s, memory } = frame;
  const f = r.figure;
  if (f.kind !== 'level' || f.measure !== 'quantity' || memory.bothWays || (memory.lastFlow !== 'import' && memory.lastFlow !== 'export')) return null;
  // (A place's part of a total, "Qingdao handled 886.3 billion yuan of the total", is left to partOfWholeFlow.)
  if (frame.places.some((p) => p.start >= lo && p.end <= f.start)) return null;
  if (!PART_OF_THE_TOTAL.test(s.slice(f.end, f.end + 30)) || CARGO_WORDS.test(s.slice(lo, f.end))) return null;
  return memory.lastFlow;
}

// "handled 1.46 million tonnes of farm goods from Kazakhstan, ..., with wheat alone reaching about 690,000 tonnes", "..., including
// 210,000 tonnes of barley", "..., of which sunflower oil made up 120,000 tonnes": a part of the amount before it in the sentence,
// introduced as such, goes that amount's way.
const PART_OF_LEVEL_TAIL = /(?:,\s*|\s)(?:with|including|of\s+which)\s+(?:[\w'’-]+\s+){0,4}?(?:alone\s+)?(?:(?:reaching|at|making\s+up|accounting\s+for|totall?ing|amounting\s+to|coming\s+to|made\s+up|accounted\s+for|reached|totall?ed|came\s+to|was|were)\s+)?(?:(?:about|around|nearly|some|almost|roughly|over|more\s+than)\s+)?$/i;

/** The flow of the larger amount of the same unit earlier in the sentence that the figure is introduced as a part of (null: none). */
function flowOfWholeBefore(frame: RowFrame, r: Reading): Flow | null {
  const f = r.figure;
  const whole = largerLevelBefore(frame, r);
  if (!whole || f.start - whole.figure.end > 160) return null;
  const gap = frame.s.slice(whole.figure.end, f.start);
  if (/[.;]/.test(gap) || frame.cues.some((c) => c.start >= whole.figure.end && c.end <= f.start) || !PART_OF_LEVEL_TAIL.test(gap)) return null;
  const way = flowFor(frame, whole).flow;
  return way === 'export' || way === 'import' ? way : null;
}

// "goods worth US$1.98 billion crossed in both directions; transit goods made up 742 million dollars of that", "fruit accounted
// for $0.4 billion of the total", "machinery represented 1.1 billion yuan of this sum", "farm goods comprised 0.9 billion of
// it": an amount a verb of making up measures against a whole named back after it ("of that", "of it", "of the total") is a
// part of that whole, and goes the way the whole went (both ways too), not the way the last clause with a flow word went.
const PART_VERB_BEFORE = /\b(?:made\s+up|makes?\s+up|making\s+up|accounted\s+for|accounts?\s+for|accounting\s+for|represented|represents?|representing|comprised|comprises?|constituted|constitutes?|contributed|contributes?|contributing)\s+(?:(?:about|around|nearly|some|almost|roughly|over|more\s+than|just|only)\s+)?$/i;
const PART_VERB_WORDS = keywords(['made', 'make', 'makes', 'making', 'accounted', 'account', 'accounts', 'accounting', 'represented', 'represent', 'represents', 'representing', 'comprised', 'comprise', 'comprises', 'constituted', 'constitute', 'constitutes', 'contributed', 'contribute', 'contributes', 'contributing'], PART_VERB_BEFORE);
const WHOLE_NAMED_BACK_AFTER = /^(?:\s+[a-z]+){0,2}?\s+of\s+(?:that|it|this|these|them|the\s+(?:total|whole|sum|figure|amount|value)|this\s+(?:total|sum|figure|amount|value)|that\s+(?:total|sum|figure|amount|value))\b/;

/** The flow of the larger amount of the same unit earlier in the sentence that a part measured against "that" or "the total" is of (null: none). */
function flowOfWholeNamedBack(frame: RowFrame, r: Reading): Flow | null {
  const f = r.figure;
  if (f.kind !== 'level' || f.value === null || !WHOLE_NAMED_BACK_AFTER.test(frame.s.slice(f.end, f.end + 40))) return null;
  const before = frame.s.slice(Math.max(0, f.start - 40), f.start).replace(/(?:US|HK|S)?\$\s?$|[€£¥]$|(?:RMB|CNY|USD)\s?$/, '');
  if (!mentions(before, PART_VERB_WORDS) || !PART_VERB_BEFORE.test(before)) return null;
  const whole = largerLevelBefore(frame, r);
  return whole ? flowFor(frame, whole).flow : null;
}

/** The last level of the sentence before a level figure, in its unit and larger than it: the whole it may be a part of. */
function largerLevelBefore(frame: RowFrame, r: Reading): Reading | null {
  const f = r.figure;
  if (f.kind !== 'level' || f.value === null) return null;
  const whole = frame.readings.findLast((o) => o !== r && o.role === 'level' && o.figure.end <= f.start && o.figure.unit === f.unit);
  return whole && whole.figure.value !== null && whole.figure.value > f.value ? whole : null;
}

// "..., of which exports were A and imports B. Malaysia remained the largest border partner at C", "Laos, its second partner,
// came next with D": after a sentence that gave both ways, the amount of a place named as a partner (by rank or as one of
// the partners), with no way of trade named in its sentence, is the trade with it both ways, not the last way named before.
const PARTNER_ROLE = /\bpartners?\b/i;

/** The flow of a figure no flow word names: cargo, counts, carried goods, a part of a total, the flow before, a partner's trade. */
function flowWithoutCue(frame: RowFrame, r: Reading, lo: number, hi: number): Flow {
  const { s, memory } = frame;
  const f = r.figure;
  if (soldToForeignBuyers(frame, f)) return 'export';
  const ofWhole = flowOfWholeBefore(frame, r) ?? flowOfWholeNamedBack(frame, r);
  if (ofWhole) return ofWhole;
  const part = partOfOneWayTotal(frame, r, lo, hi);
  if (part) return part;
  const known = cargoFlow(frame, r, lo, hi) ?? partOfWholeFlow(frame, r, lo);
  if (known) return known;
  // "The figure for the first half has been revised to 384.5 billion yuan": a revision naming no flow is of the
  // release's headline figure, not of the flow the sentence before ended on.
  if (f.kind === 'level' && memory.leadFlow && REVISED_FIGURE_BEFORE.test(s.slice(lo, f.start))) return memory.leadFlow;
  // "In the first ten months, by destination, Vietnam ranked first at 9.84 million tonnes": a breakdown by destination
  // is of exports and one by source or origin of imports, whatever the sentence before ended on (a balance).
  const listedBy = LISTED_BY_BEFORE.exec(s.slice(0, f.start));
  if (listedBy) return /^destination/i.test(listedBy[1]) ? 'export' : 'import';
  if (namesGoodsByHomeOrigin(s)) return 'export';
  // "Exports grew ..., while imports edged up ...." then a new paragraph "Guangdong stayed on top with 9.11 trillion yuan":
  // after a sentence that gave both directions, an amount a new paragraph names no flow for is of the whole trade.
  if (memory.bothWays && memory.lastFlowParagraph !== frame.sentence.paragraph && f.kind === 'level' && f.measure === 'value') return 'total';
  // "China remained the leading trade partner with $3.7 billion; imports of Chinese goods alone reached $3.66 billion." then
  // "Russia followed with $3.35 billion.": a partner that follows in a ranking ranks in the flow the leader was ranked by,
  // not in the last clause's.
  // (Two partners listed, "Korea and Japan followed with A and B respectively", are partners though listed.)
  if (memory.rankedFlow && frame.places.some((p) => p.role === 'partner') && FOLLOWS_IN_RANKING.test(s)) return memory.rankedFlow.flow;
  // "Suzhou ranked first with imports and exports of X. Suzhou's exports alone were Y. Wuxi came second at Z": a place that
  // comes next in a ranking of places ranks by what the leader was ranked by, not by the aside on the leader's exports.
  if (memory.leaderFlow?.paragraph === frame.sentence.paragraph && f.kind === 'level' && RANKS_NEXT_BEFORE.test(s.slice(lo, f.start))) return memory.leaderFlow.flow;
  if (f.kind === 'level' && s.includes('commerce') && E_COMMERCE_OPENING.test(s) && !PART_INTRODUCED.test(s.slice(0, f.start))) return 'total';
  const restated = restatedForPlace(frame, f);
  if (restated) return restated;
  if (f.kind === 'level' && f.measure !== 'count' && memory.bothWays && s.includes('partner') && PARTNER_ROLE.test(s) && !frame.cues.some((c) => c.flow === 'export' || c.flow === 'import')) return 'total';
  if (freightOfTrainsBothWays(frame, f)) return 'total';
  if (memory.lastFlow) return memory.lastFlow;
  // "China was the main partner with a share of 21.4% ($7.4 billion)": an amount with a trading partner is trade.
  if (f.measure !== 'count' && frame.partnerPlaces.length) return 'total';
  return f.measure === 'quantity' ? 'total' : 'other';
}

// "€21.6 bn for EU28": a line that is only an amount for a place, as a page's line under its headline is.
const AMOUNT_ALONE_FOR_LINE = /^\s*(?:[€$£¥]|[A-Z]{3}\s?)?\d[\d.,]*\s*(?:bn|billion|mn|million|tn|trillion)?(?:\s+(?:euros?|dollars|pounds|yuan))?\s+for\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s*\.?\s*$/;

/**
 * "Euro area international trade in goods surplus €21.4 bn" over "€21.6 bn for EU28": a line that is only an amount for a
 * place gives the measure of the line before it (its one flow, a balance here) for that place.
 */
function restatedForPlace(frame: RowFrame, f: Figure): Flow | null {
  if (f.kind !== 'level' || !AMOUNT_ALONE_FOR_LINE.test(frame.s)) return null;
  return soleFlow(new Set((frame.memory.previousLevels ?? []).filter((l) => l.unit === f.unit).map((l) => l.flow)));
}

/**
 * "The hub dispatched 2,410 container trains ... Outbound services accounted for 1,530 of them, and inbound services for 880": a
 * count the release goes on to divide into outbound and inbound parts went both ways, whatever its verb said. `before`: the
 * levels of the sentence before, where the whole may stand (or earlier in the same sentence).
 */
export function twoWayWholeOfParts(rows: ObservationDraft[], before: ObservationDraft[] | undefined, memory: ReleaseMemory): void {
  const out = rows.find((r) => r.measure === 'count' && r.flow === 'export' && r.value !== null);
  const back = out && rows.find((r) => r.measure === 'count' && r.flow === 'import' && r.value !== null && r.unit === out.unit && r.period_start === out.period_start && r.period_end === out.period_end);
  if (!out || !back) return;
  const first = Math.min(rows.indexOf(out), rows.indexOf(back));
  const wholeOf = (w: ObservationDraft) => w.measure === 'count' && w.flow === 'export' && w.unit === out.unit && w.period_start === out.period_start && w.period_end === out.period_end && w.value! >= out.value! + back.value!;
  const whole = [...(before ?? []), ...rows.slice(0, first)].findLast(wholeOf);
  if (whole) whole.flow = 'total';
  // "Xi'an dispatched 4,183 trains ... The trains carried 3.37 million tonnes ... Of the trains, 2,904 were outbound and 1,279
  // inbound": a whole a few sentences back, and the cargo that took its way in between, went both ways too (a125).
  const far = memory.oneWayTrains;
  if (whole || !far || !wholeOf(far.whole)) return;
  for (const r of [far.whole, ...far.carried]) r.flow = 'total';
  memory.oneWayTrains = undefined;
}

/**
 * Keeps the last count of trains read as sent out (`oneWayTrains`), and the rows of later sentences with no flow word that
 * took its way, until the release counts trains again.
 */
export function rememberOneWayTrains(rows: ObservationDraft[], cues: FlowCue[], memory: ReleaseMemory): void {
  const trains = rows.filter((r) => r.unit === 'trains' && r.value !== null);
  if (trains.length) {
    const whole = trains.length === 1 && trains[0].flow === 'export' ? trains[0] : undefined;
    memory.oneWayTrains = whole && { whole, carried: [] };
    return;
  }
  const far = memory.oneWayTrains;
  if (!far || cues.some((c) => c.flow !== 'other')) return;
  far.carried.push(...rows.filter((r) => r.flow === far.whole.flow && r.measure !== 'share' && r.period_start === far.whole.period_start && r.period_end === far.whole.period_end));
}

/** The directions of trade in goods the release has named so far. */
export function rememberNamedFlows(frame: RowFrame): void {
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

/** The one direction (exports or imports) a sentence gave besides its balance, or null. */
function flowBesideBalance(rows: ObservationDraft[]): Flow | null {
  const flows = new Set(rows.map((r) => r.flow).filter((flow) => flow !== 'balance'));
  const [flow] = [...flows];
  return flows.size === 1 && (flow === 'export' || flow === 'import') ? flow : null;
}

/** The flow a partner ranked next is ranked in: its leader's first, kept while sentences go on about the same partner. */
function rankedFlowAfter(before: { flow: Flow; partner: string } | undefined, rows: ObservationDraft[]): { flow: Flow; partner: string } | undefined {
  const first = rows.find((r) => r.partner !== 'World');
  if (first && before?.partner === first.partner) return before;
  return first && { flow: first.flow, partner: first.partner };
}

// "Shipments from the port amounted to 2.31 million tonnes. Landed cargo came to 1.63 million tonnes. For January-June 2024 the
// comparable figures were 2.05 million tonnes and 1.71 million tonnes respectively": two sentences in a row of one paragraph,
// each giving one way, the second the other one, give the ways in order as one sentence giving both does (a196's ways listed
// again, widened from one sentence to two).
function rememberOneWay(memory: ReleaseMemory, rows: ObservationDraft[], paragraph: number): void {
  const ways = rows.filter((r) => r.flow === 'export' || r.flow === 'import');
  const flows = new Set(ways.map((r) => r.flow));
  if (flows.size !== 1 || rows.some((r) => r.flow === 'total' || r.flow === 'balance')) {
    memory.oneWay = undefined;
    return;
  }
  addOneWay(memory, { flows: ways.map((r) => r.flow), units: ways.map((r) => r.unit), paragraph });
}

function addOneWay(memory: ReleaseMemory, now: { flows: Flow[]; units: string[]; paragraph: number }): void {
  const before = memory.oneWay;
  if (before && before.paragraph === now.paragraph && before.flows[0] !== now.flows[0]) memory.listedWays = { flows: [...before.flows, ...now.flows], units: [...before.units, ...now.units], paragraph: now.paragraph };
  memory.oneWay = now;
}

// (a222: the two sentences may name their ways with no figure, the figures coming after them: "At Antofagasta, copper cathodes
// were loaded onto ships bound for Asia. Sulphuric acid ... was discharged at the same terminal. The volumes were 212,000 and
// 48,500 tonnes respectively", "Imports landed at Mombasa made up the bulk ... Exports loaded for overseas buyers grew more
// slowly ... They came to 35.9 million and 5.2 million tonnes respectively".)
function rememberOneWayNamed(memory: ReleaseMemory, cues: FlowCue[], at: number): void {
  const flows = new Set(cues.map((c) => c.flow).filter((flow) => flow !== 'other'));
  const [flow] = [...flows];
  if (flows.size === 1 && (flow === 'export' || flow === 'import')) addOneWay(memory, { flows: [flow], units: [''], paragraph: at });
  else memory.oneWay = undefined;
}

/** The flow a sentence with no flow word continues, and whether the sentence gave both exports and imports. */
export function rememberFlow(frame: RowFrame, rows: ObservationDraft[]): void {
  const { memory, sentence, cues } = frame;
  const lastRow = rows[rows.length - 1];
  const bothWaysBefore = memory.bothWays && memory.lastFlowParagraph === sentence.paragraph;
  memory.bothWays = rows.length ? rows.some((r) => r.flow === 'export') && rows.some((r) => r.flow === 'import') : memory.bothWays;
  if (rows.length && memory.bothWays) {
    const ways = rows.filter((r) => r.flow === 'export' || r.flow === 'import');
    memory.listedWays = { flows: ways.map((r) => r.flow), units: ways.map((r) => r.unit), paragraph: sentence.paragraph };
  }
  if (rows.length) rememberOneWay(memory, rows, sentence.paragraph);
  if (lastRow && lastRow.flow !== 'other') [memory.lastFlow, memory.lastFlowParagraph] = [lastRow.flow, sentence.paragraph];
  if (memory.leadFlow === undefined && rows.length) memory.leadFlow = rows[0].flow;
  if (rows.length) memory.rankedFlow = rankedFlowAfter(memory.rankedFlow, rows);
  if (rows.length && mentions(frame.s, RANKED_FIRST_WORDS) && RANKED_FIRST.test(frame.s)) memory.leaderFlow = { flow: rows[0].flow, paragraph: sentence.paragraph };
  // "Exports rose ..., while imports fell .... The trade deficit narrowed to 52.1 billion yuan." then "Dalian and Shenyang
  // recorded ...": a balance closing talk of both directions leaves the whole trade in force for the next paragraph.
  if (rows.length) memory.flowBeforeBalance = lastRow.flow === 'balance' ? (flowBesideBalance(rows) ?? (bothWaysBefore || memory.bothWays ? 'total' : null)) : null;
  else if (!rows.length && cues.length) {
    rememberOneWayNamed(memory, cues, sentence.paragraph);
    const lastCue = cues[cues.length - 1];
    if (lastCue.flow !== 'other') [memory.lastFlow, memory.lastFlowParagraph] = [lastCue.flow, sentence.paragraph];
    // "Has that surplus always been so large?" over "No. In 2019-20 it was about US$17.3 billion.", "And the surplus?" over
    // "In 2019-20 it was ...": a question heading that asks about the balance hands it to the answer under it, though the
    // answer opens a paragraph of its own (a balance is otherwise left behind at a paragraph's end).
    if (lastCue.flow === 'balance' && QUESTION_ASKED.test(frame.s)) memory.flowBeforeBalance = 'balance';
    // "Canada's top exports to the Philippines in 2025 included:" over "- wheat ($312 million)": a line closed by a colon that
    // names one way only heads the list under it, whose items go that way, though the paragraph before gave both (a193).
    if (LIST_LEAD_IN.test(frame.s) && oneWayOnly(cues)) memory.bothWays = false;
    // "Customs supervised 318 million inbound and outbound parcels ..." then "The parcels were worth 94.7 billion yuan": goods
    // said to move both ways in a sentence that gave no row move both ways in the next, which names no flow.
    else if (lastCue.bothWays) [memory.lastFlow, memory.lastFlowParagraph] = ['total', sentence.paragraph];
  } else if (!rows.length && GOODS_HEADING.test(frame.s) && (memory.leadFlow === 'export' || memory.leadFlow === 'import')) {
    [memory.lastFlow, memory.lastFlowParagraph, memory.bothWays] = [memory.leadFlow, sentence.paragraph, false];
  }
}

const LIST_LEAD_IN = /:\s*$/;
const QUESTION_ASKED = /\?\s*["”’']?\s*$/;
/** Whether the flow words of a sentence name exports only or imports only. */
function oneWayOnly(cues: FlowCue[]): boolean {
  const ways = new Set(cues.filter((c) => c.flow !== 'other').map((c) => c.flow));
  return ways.size === 1 && (ways.has('export') || ways.has('import'));
}

// "Key products in October 2026:", "MAIN COMMODITIES": a heading over a list of goods that names no direction. In a
// release that leads with one direction ("Thai exports grow 11.2% in October"), the goods listed are of that one,
// whatever the paragraph before ended on (a balance after both directions).
const GOODS_HEADING = /^\s*(?:#{1,6}\s*)?[*_]{0,2}(?:(?:key|main|major|top|leading|principal|selected)\s+)?(?:products|goods|commodities|items)\b[^.!?;]{0,60}$/i;
