/**
 * Roles of places that commodity wires use in ways of their own (issue 9, batch 23): a capital that
 * stands for its government, a country glued to "-origin", a country's portion of a supplier list, and
 * a country's customs named as the source of the figures that follow.
 */

const PAIRED_CAPITALS = 'Beijing|Washington|Brussels|Tokyo|Seoul|Moscow|Canberra|Ottawa|London|New\\s+Delhi|Hanoi|Taipei';

/** "after Beijing's tariffs on U.S. scrap", "after Moscow raised its recycling fee": the government, not a place of trade. */
export const GOVERNMENT_CAPITAL = {
  names: new Set(['Beijing', 'Moscow', 'Ulaanbaatar', 'Tashkent', 'Almaty', 'Astana', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Hanoi']),
  after: /^(?:['’]s?\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|curbs?|controls?|restrictions?|bans?|quotas?|duties|duty|levies|levy|measures|polic(?:y|ies)|decision|move|crackdown|sanctions|approvals?|rules|licen[cs]es?|stimulus|push|efforts?)\b|\s+(?:(?:has|had|have|still|also|then|later|again|recently|formally|officially|all\s+but|effectively|largely|virtually|temporarily)\s+){0,3}(?:kept|keeps|capped|caps|barred|bars|blocked|prohibited|allowed|permitted|resumed|reopened|raised|imposed|issued|restricted|approved|banned|lifted|introduced|announced|tightened|eased|granted|ordered|halted|suspended|slapped|placed|added|scrapped|cut|curbed|restricts|imposes|bans|limits|limited|requires|required|began\s+requiring|stepped\s+up|retaliated|put(?:s|ting)?|plac(?:es|ing)|impos(?:es|ing)|banning|restricting|introduc(?:es|ing)|announc(?:es|ing)|tighten(?:s|ing)|grant(?:s|ing)|halt(?:s|ing)|suspend(?:s|ing)|slap(?:s|ping)|scrap(?:s|ping)|curb(?:s|ing)|adopt(?:s|ed|ing)|enact(?:s|ed|ing)|decreed|mandat(?:es|ed|ing)|revok(?:es|ed|ing)|cancel(?:s|led|ling)|subject(?:s|ed|ing))\b)/,
  // Any tense of the government's acts: "Beijing put seven elements under export control", "Moscow is placing a quota on",
  // "Hanoi subjected the shipments to licences", "Beijing revoked the permits".
  examples: ["after Beijing's tariffs on U.S. scrap", 'after Moscow raised its recycling fee', 'after Beijing approved a new batch of export licences', 'when Beijing still barred Brazilian poultry', 'when Beijing had all but halted shipments', 'as Beijing kept a tight rein on buying'],
  // "as Beijing braces for higher U.S. tariffs", "while Moscow weighs new curbs", "Hanoi has vowed to ...", "Beijing is seeking
  // talks": the capital as the subject of a verb of a government's stance (preparing, weighing, vowing, seeking, warning,
  // unveiling, negotiating), in any tense, is the government; no verb of trade or of recording figures is among them.
  stance: /^\s+(?:(?:has|had|have|is|was|are|were|will|would|may|might|could|still|also|now|again|recently|already|reportedly|quickly|firmly|been)\s+){0,3}(?:brac(?:es?|ed|ing)\s+(?:for|itself)|prepar(?:es?|ed|ing)\s+(?:for|to)|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|vow(?:s|ed|ing)?|pledg(?:es?|ed|ing)|seek(?:s|ing)?|sought|signall?(?:s|ed|ing)?|warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?|unveil(?:s|ed|ing)?|roll(?:s|ed|ing)\s+out|ramp(?:s|ed|ing)\s+up|push(?:es|ed|ing)\s+(?:for|ahead|back)|press(?:es|ed|ing)\s+(?:for|ahead)|urg(?:es?|ed|ing)|negotiat(?:es?|ed|ing)|hit(?:s|ting)?\s+back|court(?:s|ed|ing)?|retaliat(?:es?|ing)|read(?:ies|ied|ying))\b/,
  stanceExamples: ['as Beijing braces for higher U.S. tariffs', 'while Moscow weighs new curbs on grain', 'Hanoi has vowed to cut its surplus', 'as Beijing is seeking talks', 'after Beijing unveiled a stimulus package'],
  // "a tariff truce between Beijing and Washington", "talks between Washington and Beijing": two capitals paired by
  // "between ... and" are the two governments, whatever is said of them.
  pairedAfter: new RegExp(`^\\s+and\\s+(?:${PAIRED_CAPITALS})\\b`),
  pairedBefore: new RegExp(`\\bbetween\\s+(?:${PAIRED_CAPITALS})\\s+and\\s+$`),
};

/**
 * "as the Democratic Republic of Congo's export suspension choked supply", "Indonesia's nickel ore export ban":
 * a country's own trade measure names its government acting, not the area whose trade the release reports.
 */
export const GOVERNMENT_MEASURE = {
  // "hurt by U.S. tariffs", "despite EU sanctions": the country's name standing as the adjective of its tariffs or sanctions.
  // "the outlook hinges on US trade policy", "shifts in Chinese tariff policies", "Chinese export controls": or of its policy
  // on trade and the curbs it sets.
  after: /^(?:['’]s\s+(?:(?:[\w-]+\s+){0,2}?(?:export|import|trade)\s+(?:suspensions?|bans?|quotas?|curbs?|controls?|restrictions?|tax(?:es)?|duty|duties|levies|levy|licen[cs]ing|halt|freeze|moratorium)|(?:countervailing|anti-dumping|anti-subsidy|punitive|retaliatory|additional|safeguard)\s+(?:duties|duty|tariffs?|levies))|\s+(?:(?:import|export|trade|reciprocal|retaliatory|punitive|additional|higher|new|steep)\s+){0,2}(?:tariffs?|sanctions)(?!\s+(?:revenue|income|collected|collections?))|\s+(?:(?:trade|tariff|export|import|industrial|economic|commercial)\s+)polic(?:y|ies)|\s+(?:export|import|trade)\s+(?:controls|curbs|bans?|restrictions|quotas|barriers))\b/,
  examples: ["as the Democratic Republic of Congo's export suspension choked supply", "since Indonesia's nickel ore export ban", "despite the EU's countervailing duties", 'car shipments were hurt by U.S. tariffs', 'the outlook hinges on US trade policy', 'traders pointed to Chinese export controls'],
  // "affected by the export policy adjustment of Russia", "after the log export ban of New Zealand", "under the new import
  // quotas of Kazakhstan", "the tariffs imposed by the United States": the measure named first, its country after "of" or
  // "by" (the order translated releases keep).
  ofOwner: /\b(?:(?:export|import|trade|tariff|customs|tax|quota|licensing)\s+)?(?:polic(?:y|ies)|bans?|quotas?|restrictions?|curbs?|controls?|duties|tariffs?|sanctions|measures|rules|regulations)(?:\s+(?:adjustments?|changes?|shifts?|tightening|reforms?|revisions?))?\s+(?:of|(?:imposed|introduced|adopted|set)\s+by)\s+(?:the\s+)?$/i,
  ofOwnerExamples: ['affected by the export policy adjustment of Russia', 'after the log export ban of New Zealand', 'the tariffs imposed by the United States'],
};

/** "US-origin arrivals", "China-bound cargoes": the country the goods come from or go to. */
export const ORIGIN_COMPOUND = {
  after: /^-(?:origin|originated|sourced|bound|destined|made)\b/,
  examples: ['a further fall in US-origin arrivals', 'China-bound iron ore cargoes'],
};

/** "led by Brazil's 1.29 million tonnes", "with Australia's 341,500 tonnes": a supplier's portion of the total. */
export const POSSESSIVE_PORTION = {
  after: /^['’]s?\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?[\d][\d.,]*\s*(?:(?:million|mln|mn|billion|bn|thousand)\s*)?(?:metric\s+)?(?:tonnes|tons|t|mt|kt|Mt|cubic|m3|barrels|units|vehicles)\b/,
  examples: ["led by Brazil's 1.29 million tonnes of eucalyptus pulp", "Australia's 341,500 tonnes led the list"],
};

/** "Chinese customs data showed", "Chilean customs figures show": the country whose figures follow. */
// "Earlier, Chinese customs reported that imports of Russian soybeans ...": the customs itself reporting, too.
export const CUSTOMS_OF_ADJECTIVE = {
  after: /^\s+customs(?:,\s*(?:which|who|whose|that|as|by|in|on|using|counting)\s[^,.;]{1,60},)?\s+(?:data|figures|statistics|numbers|(?:had\s+|has\s+|also\s+)?(?:reported|report|said|say|showed|shows|show|says|reports|recorded|records|record|registered|put|puts|placed|places|estimated|estimates|counted|counts|valued|values|gives?|gave|cites?|cited|quotes?|quoted|publish(?:es|ed)?)\b)/i,
  // "Chinese customs put bilateral trade for January-June at US$19.3 billion": the customs putting a figure at an amount.
  // Scripts that set one country's count beside another's say how it counts in an aside before the verb ("Chinese customs,
  // which counts differently, puts the same trade at about 48 billion dollars"; "Russian customs, by its own method, valued
  // it at ..."): the aside leaves the customs the subject of its verb.
  // At a briefing the other customs is often quoted in the present: "Chinese customs give 26.1 billion dollars for
  // January-August", "Russian customs report a larger figure", "Turkish customs cited 4.2 billion", "Chinese customs gave".
  // "..., according to Chinese customs", "according to data from Mongolian customs": the customs named as the source after the
  // figure, its adjective the reporter all the same (a220).
  sourceBefore: /\baccording\s+to\s+(?:the\s+)?(?:(?:latest\s+|official\s+)?(?:data|figures|statistics|numbers)\s+(?:from|of|released\s+by|published\s+by)\s+(?:the\s+)?)?$/i,
  sourceAfter: /^\s+(?:customs|customs\s+(?:authorities|data|figures|statistics))\b(?!\s+(?:of|in)\b)/i,
  sourceExamples: ['reached 31.12 million tons, according to Chinese customs', 'according to data from Mongolian customs'],
  examples: ['Chinese customs give 26.1 billion dollars for January-August', 'Russian customs report 9.4 billion dollars of trade', 'Turkish customs cited exports of 4.2 billion dollars', 'Chinese customs data showed whole milk powder imports of 61,400 tonnes', 'Chilean customs figures show exports of 18,600 t', 'Chinese customs reported that imports of Russian soybeans fell', 'Chinese customs put bilateral trade for January-June at US$19.3 billion', 'Chinese customs, which counts differently, puts the same trade at about 48 billion dollars'],
};

/** "Swiss gold exports", "Chilean carbonate exports": a country's adjective before its goods and an outward flow. */
export const ADJECTIVE_GOODS_EXPORTS = {
  // Ship trackers count a country's exports as cargoes loaded ("Australian thermal loadings bound for China").
  after: /^\s+(?:[a-z][\w-]*\s+){1,2}(?:exports|shipments|loadings|sales\s+abroad)\b/,
  examples: ['Swiss gold exports to mainland China rose', 'Chilean lithium carbonate exports slowed', 'Australian thermal loadings bound for China slipped'],
};

/**
 * "British firms sold 392 billion pounds of goods overseas", "Kenyan exporters shipped 610,000 tonnes of tea", "German
 * companies have exported goods worth", "Irish manufacturers earned ... abroad": a country's adjective before its traders
 * and a verb of selling names the country whose exports the figure is (a speech or a briefing says it so, not "UK exports").
 */
export const ADJECTIVE_TRADERS_SOLD = {
  after: /^\s+(?:[a-z][\w-]*\s+)?(?:firms|companies|businesses|exporters|manufacturers|producers|traders|growers|makers)\s+(?:(?:have|had|has|also|together|collectively)\s+){0,2}(?:sold|exported|shipped|sent|earned|delivered)\b/,
  // The traders may be placed by "in" instead, in a speech often as friends, rivals or neighbours ("Our friends in Germany
  // exported goods worth 1.56 trillion euros", "Exporters in Vietnam shipped", "our competitors over in Australia earned",
  // "firms based in Ireland have sold", "importers in India bought", "our friends in Germany, by contrast, exported"): the
  // place after "in" is the traders' country, whose trade the figure is, where a verb of selling or buying follows it.
  // ("winemakers in Australia sold", "carmakers in Japan shipped", "fruitgrowers in Chile": a trade's makers written
  // as one word are makers.)
  inPlaceBefore: /\b(?:[a-z]{2,12}(?=(?:makers|growers|producers|exporters)\s))?(?:firms|companies|businesses|exporters|importers|manufacturers|producers|traders|growers|makers|farmers|buyers|friends|competitors|rivals|neighbou?rs|counterparts|colleagues)\s+(?:(?:based|operating|over|out)\s+)?in\s+(?:the\s+)?$/i,
  inPlaceAfter: /^(?:\s*,[^,.;\d]{1,30},)?\s+(?:(?:have|had|has|also|together|collectively|alone|themselves)\s+){0,2}(?:sold|exported|shipped|sent|earned|delivered|imported|bought|purchased)\b/,
  examples: ['British firms sold nearly 400 billion pounds of goods overseas', 'Kenyan exporters shipped 610,000 tonnes of tea', 'German companies have exported goods worth', 'Irish food producers earned 19 billion euros abroad', 'Chilean fruit growers together shipped', 'Our friends in Germany exported goods worth 1.56 trillion euros', 'Exporters in Vietnam shipped 7.9 million tonnes of rice'],
};

/**
 * "India, the top buyer, imported 1.12 million tonnes" in a release on Malaysia: a foreign country that
 * buys, with no seller named, reports its own imports ("Japan bought 31,200 tonnes from China" in a
 * release on China stays the partner, and so does a buyer of a part of the reporter's flow).
 */
export const BUYER_SUBJECT = {
  after: /^(?:\s*,\s*(?:the|its|a|an)\s+[^,.;]{1,40}?,)?\s+(?:(?:also|has|have|had|alone|further|reportedly|then)\s+){0,2}(?:imported|bought|purchased|took\s+in|brought\s+in)\b(?!\s+(?:[a-z]+\s+){0,2}?[\d.,]+\s*(?:%|per\s?cent))(?!(?:[^.;]|\.(?=\d)){0,120}(?:\bfrom\b|\bof\s+(?:the|that|this|those|these|its|their|our|which)\b|\bof\s+[A-Z][a-z]+(?:-made)?\s+(?:[a-z][\w-]*\s+)?(?:goods|products|merchandise|exports)\b|\bof\s+(?:[A-Z][\w-]*\s+){0,2}?[A-Z][\w-]*['’]s?\s))/i,
  // A buyer reporting its own imports names the goods it bought ("imported 1.12 million tonnes of palm oil"); a bare
  // amount ("South Korea bought 604 tons and India 388 tons" in a story on China's exports) is the reporter's goods,
  // a destination's portion of them: the buyer is then the partner.
  namesGoods: /^[^.;\d]{0,60}?\d[\d.,]*\s*(?:[A-Za-z$%]+\s+){0,3}?of\s+[a-z]/i,
  // A bare amount with the buyer's own figures cited after it ("Japan took in 74.3 million tonnes, according to its finance
  // ministry", "..., its customs service said") is the buyer's own imports all the same.
  ownSource: /^(?:[^.;]|\.(?=\d)){0,80}?,\s*(?:according\s+to\s+(?:its|their|the\s+(?:country|nation)['’]s)\s+(?:[\w-]+\s+){0,3}?(?:ministry|customs|data|statistics|figures|office|bureau|agency|service)|(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:ministry|customs|office|bureau|agency|service)\s+(?:said|says|reported|showed|shows))\b/i,
  examples: ['India, the top buyer, imported 1.12 million tonnes of palm oil in September', 'China, the second-largest buyer, imported 740,000 tonnes of sugar'],
  // Not: "Japan bought 2,100 kg of the gallium", "China bought 91.7% of the coal" (a part of the reporter's flow),
  // nor "Vietnam alone bought US$139.8 billion of Chinese goods" (the seller named by its goods' nationality), nor (a243) "The
  // United States bought 1.42 billion yuan of Liuyang's fireworks", "Japan purchased $2 billion of Inner Mongolia's cashmere"
  // (the seller named by its possessive: a destination of the seller's exports).
};

/**
 * "Australia's LNG sales to China fell", "Russia's LNG deliveries rose" in a release on China's imports: a
 * supplier's sales or deliveries, seen from the buyer's customs, are the buyer's imports from that supplier.
 * Without a destination only the seller's words "deliveries" and "supplies"; with "to" and the reporting
 * country, any outward word ("exports", "shipments", "sales") mirrors it when the sentence cites customs figures
 * (a headline "Norway's salmon exports to China hit record" over the Norwegian council's figures is Norway's).
 */
export const SUPPLIER_POSSESSIVE = {
  toCountryGap: /^['’]s\s+(?:[\w()-]+\s+){0,5}?(?:sales|deliveries|supplies|shipments|exports|cargoes)\s+to\s+(?:the\s+|mainland\s+)?$/,
  deliveries: /^['’]s\s+(?:[\w()-]+\s+){0,5}?(?:deliveries|supplies)\b(?!\s+to\b)/,
  customsCited: /\bcustoms\s+(?:data|figures|statistics|numbers)\b/i,
  // "Receipts from the US dropped ..., while Saudi Arabia's shipments slid": after a supplier named with "from"
  // in the sentence, another country's bare shipments are the reporter's imports from it too.
  bareShipments: /^['’]s\s+(?:[\w()-]+\s+){0,3}?(?:shipments|cargoes|exports|sales)\b(?!\s+(?:to|of\s+[\w-]+\s+to)\b)/,
  fromSupplierBefore: /\bfrom\s+(?:the\s+)?$/i,
  // "Mongolia supplied 83.8 million tonnes, ..., and Russia's shipments fell 5.6%": a supplier named as the subject of a verb
  // of supplying counts as one named with "from".
  supplierVerbAfter: /^\s+(?:also\s+)?(?:supplied|provided|delivered)\b/,
  // "Shipments from Brazil rose 28.1 percent ..., while India's fell 24.3 percent": the possessive's noun left out (the
  // shipments of the clause before), a supplier's part all the same.
  elidedShipments: /^['’]s\s+(?:fell|rose|dropped|declined|slid|slipped|slumped|plunged|tumbled|jumped|climbed|surged|gained|grew|increased|decreased|eased|edged\s+(?:up|down))\b/,
  // "Arrivals from Indonesia dropped ..., while Australian shipments totalled 5.2mn t": so are a country's shipments
  // named by its adjective.
  adjectiveShipments: /^\s+(?:[a-z][\w-]*\s+)?(?:shipments|cargoes)\b(?!\s+(?:to|of\s+[\w-]+\s+to)\b)/,
  examples: ["Australia's liquefied natural gas sales to China fell 14%", "Russia's pipeline gas deliveries rose 20%", "Receipts from the US fell, while Saudi Arabia's shipments slid", 'Arrivals from Indonesia dropped, while Australian shipments totalled 5.2mn t', "Shipments from Brazil rose 28.1 percent, while India's fell 24.3 percent"],
};

/**
 * "Vietnam's purchases, mostly bound for motor plants, were 455 tons" in a story on China's exports: a buyer's
 * purchases that name neither goods nor a seller are its portion of the reporter's goods, a destination (as
 * "South Korea bought 604 tons" is, BUYER_SUBJECT); "Japan's purchases of Australian coal" name their own.
 */
export const BUYER_POSSESSIVE = {
  after: /^['’]s\s+(?:purchases|buying|intake|orders)\b(?!\s+(?:of|from)\b)/,
  examples: ["Vietnam's purchases, mostly bound for motor plants, were 455 tons", "Thailand's purchases fell to 210 tons"],
};

/**
 * "Russian exports to China fell 7%", "Russia's surplus in trade with China came to $5.5 bln" in a wire whose one source is
 * China's customs: the figures are the source country's, written in the partner's words. The supplier is the partner, the
 * source's country after "to" / "from" / "with" the area; the supplier's exports are the area's imports, its imports the
 * area's exports, its surplus the area's deficit. Not where the partner's own agency is the source.
 */
export const MIRRORED_SUPPLIER = {
  // Between the supplier (its adjective or possessive) and the source country: its goods, an outward word and "to" ...
  outward: /^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:exports|shipments|sales|deliveries|supplies|cargoes)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?to\s+(?:the\s+|mainland\s+)?$/,
  // ... an inward word and "from" ...
  inward: /^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:imports|purchases)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?from\s+(?:the\s+|mainland\s+)?$/,
  // ... or, after a possessive, its balance "with" the source country.
  balance: /^['’]s\s+(?:(?:trade|foreign\s+trade|goods|merchandise)\s+)?(?:surplus|deficit)\s+(?:(?:in|of)\s+(?:its\s+)?(?:bilateral\s+)?(?:trade|commerce)\s+)?with\s+(?:the\s+|mainland\s+)?$/,
  // The supplier's own flow word right after it (its goods between): the word the mirror turns.
  ownedGap: /^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}$/,
  examples: ['Russian exports to China over the two months decreased by 7%', 'Russian coal shipments to China shrank by 10.2%', "Russia's surplus in trade with China amounted to $5.5 bln", 'German machinery shipments to China dropped by nearly 10 percent', "Mongolia's imports from China rose 12%"],
};
