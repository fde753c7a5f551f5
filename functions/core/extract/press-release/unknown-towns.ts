/**
 * Towns the lexicon does not know: a prefecture-level city, a county or a district that a release names by a cue real
 * releases use ("LISHUI, Oct. 26 --", "according to Lishui Customs", "Lishui, a city in east China's Zhejiang Province",
 * "the city of Lishui", "Qingtian County", "the Lishui Economic and Technological Development Zone", "Lishui's foreign
 * trade"). Read once per release over its whole text (a few global scans, no rescan per sentence); the release's other
 * mentions of the bare name are then that town, as a town of the lexicon is.
 */

const NAME = String.raw`[A-Z][a-z]+(?:['’](?!s\b)[a-z]+)?`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
// The agencies of China whose datelines name a town of China ("(Xinhua)", "(ECNS)"); any other credit is a foreign agency's.
const HOME_AGENCY = String.raw`(?:\((?:Xinhua|China\s+Daily|CGTN|ECNS|CNS|People['’]s\s+Daily(?:\s+Online)?|Global\s+Times|chinadaily\.com\.cn)\)\s*)?`;
const KIND_WORD = String.raw`(?:city|county|prefecture|district|town)`;
// A rank among ports and the port's kind, with up to two words of its cargo between ("largest container gateway", "busiest
// seaport", "second-biggest box terminal", "main oil-export harbour").
const RANKED_PORT = String.raw`(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest|busiest|main|principal|chief|leading|top|premier|foremost)\s+(?:[a-z][\w-]*\s+){0,2}?(?:port|seaport|harbou?r|gateway|terminal)\b`;
// What a town's apposition goes on to say of it: its fame, or a relative clause ("a city famous for shoes", "a county that").
const DESCRIBED = String.raw`(?:(?:best\s+|widely\s+|well\s+)?(?:famous|known|renowned|noted|celebrated)\s+(?:for|as)|that|which|whose|where)`;

/** A cue that makes the name in its first group a town. */
interface TownCue {
  re: RegExp;
  /** The dateline's name in capitals ("LISHUI"): title-cased before use. */
  capitals?: boolean;
  /** The town's own trade ("Lishui's foreign trade"): no cue where the release names a zone or port after the name (it is the zone's short form then). */
  weak?: boolean;
  /** Whether the match at `at` of `text` names no town after all. */
  skip?: (text: string, name: string, at: number) => boolean;
  /** The cue says the name is a port's ("Callao, Peru's largest container gateway"): its mentions are the port "X Port". */
  port?: boolean;
  examples: string[];
}

const TOWN_CUES: TownCue[] = [
  // A dateline of a town before a month's day, with a province between or not, by no foreign agency.
  { re: new RegExp(String.raw`^[ \t]*([A-Z][A-Z'’]{2,})(?:,[ \t]*[A-Z][a-z]+)?,[ \t]*${MONTH}[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*${HOME_AGENCY}(?:--|[–—])`, 'm'), capitals: true, examples: ['LISHUI, Oct. 26 --', 'ZHOUKOU, Henan, Oct 26 (Xinhua) --'] },
  { re: new RegExp(String.raw`^[ \t]*(${NAME}),[ \t]*[A-Z][a-z]+,[ \t]*${MONTH}[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*${HOME_AGENCY}(?:--|[–—])`, 'm'), examples: ['Lishui, Zhejiang, Oct 26 (Xinhua) --'] },
  // A customs house named after the town reports its figures. (A zone, park or port the release named by the same word before
  // it is what the house serves: "Yangpu Economic Development Zone reported ..., Yangpu Customs said", then "Yangpu took in ...",
  // is the zone's short form, as the zone's "Yangpu's foreign trade" is.)
  { re: new RegExp(String.raw`\b(${NAME})\s+(?:Customs(?!\s+(?:Union|Service|Code|Tariff|Committee|Administration|Commission|Authority|Department|Agency|Directorate|Bureau))\b|customs\s+office\b)`, 'g'), examples: ['according to Lishui Customs', 'the Lishui Customs District', 'the Lishui customs office'], skip: (text, name, at) => zoneNamedBefore(text, name, at) },
  // An apposition that says what the town is.
  { re: new RegExp(String.raw`\b(${NAME}),\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?${KIND_WORD}\s+(?:in|of|under|administered\s+by|${DESCRIBED})\s`, 'g'), examples: ["Lishui, a city in east China's Zhejiang Province", 'Zhoukou, an inland city in', 'Qingtian, a county of Lishui', 'Taizhou, a port city in', 'Jinjiang, the county-level city famous for', 'Lishui, a city known for', 'Yunhe, a county that'] },
  { re: new RegExp(String.raw`\b(${NAME}),\s+(?:the\s+)?(?:provincial|regional)\s+capital\b`, 'g'), examples: ['Nanchang, the provincial capital,'] },
  // An apposition ranking the name among a country's or region's ports names a port, wherever else the release names it
  // bare ("through Callao"): "Callao, Peru's largest container gateway,", "Tema, Ghana's busiest seaport,", "Mersin, the
  // country's main harbour,", "Lirquen, Chile's second-biggest box terminal,". (An unranked facility, "Hamm, a rail hub in",
  // and a ranked city, "Lagos, Nigeria's largest city", name no port.)
  // The port's name may be two words ("Walvis Bay, Namibia's largest port", "Puerto Bolivar, Colombia's main coal port"); a
  // word opening the sentence before it ("In Callao, ...") is no part of it (PORT_NAME_OPENER).
  { re: new RegExp(String.raw`\b(${NAME}(?:\s${NAME})?),\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s?|the\s+(?:country|nation|region|island|province|state)['’]s)\s+${RANKED_PORT}`, 'g'), port: true, examples: ["Callao, Peru's largest container gateway,", "Tema, Ghana's busiest seaport,", "Mersin, the country's main harbour,", "Lirquen, Chile's second-biggest box terminal,", "Walvis Bay, Namibia's largest port,"] },
  // A live page on two neighbouring ports names the second bare, by its nearness, as the subject of the boxes or tonnes it
  // moved: "Neighbouring Long Beach moved 798,110 TEUs", "nearby Tanjung Pelepas handled 1.1 million TEU", "adjacent Bremerhaven
  // processed 410,000 containers". A town (one or two words) whose throughput is counted is a port; its bare mentions after
  // are that port ("Long Beach has now posted its breakdown").
  { re: new RegExp(String.raw`\b(?:[Nn]eighbou?ring|[Nn]earby|[Aa]djacent)\s+(${NAME}(?:\s${NAME})?)\s+(?:(?:has|had)\s+)?(?:moved|handled|processed|posted|recorded|loaded|saw)\s+(?:[\w-]+\s+){0,3}?\d[\d,.]*\s*(?:(?:million|thousand)\s+)?(?:TEUs?|twenty-foot|containers|boxes|tonnes|tons)\b`, 'g'), port: true, examples: ['Neighbouring Long Beach moved 798,110 TEUs', 'nearby Tanjung Pelepas handled 1.1 million TEU', 'adjacent Bremerhaven processed 410,000 containers'] },
  // The kind word before or after the name.
  { re: new RegExp(String.raw`\b(?:[Cc]ity|[Cc]ounty|[Pp]refecture)\s+of\s+(${NAME})\b`, 'g'), examples: ['the city of Lishui', 'the county of Qingtian'] },
  { re: new RegExp(String.raw`\b(${NAME})\s+(?:City|County|county)\b`, 'g'), examples: ['Lishui City', 'Qingtian County', 'Qingtian county'] },
  // The kind word in the plural before a list of names makes each a town: "the cities of Haikou and Sanya", "the counties of
  // Yunhe, Qingtian and Jingning", "prefectures of Dehong and Honghe", "the cities of Lishui, Quzhou, and Zhoushan".
  { re: new RegExp(String.raw`\b(?:[Cc]ities|[Cc]ounties|[Pp]refectures)\s+of\s+(${NAME})(?=\s*,\s*${NAME}|\s+and\s+${NAME})`, 'g'), examples: ['the cities of Haikou and Sanya', 'the counties of Yunhe, Qingtian and Jingning'] },
  { re: new RegExp(String.raw`(?<=\b(?:[Cc]ities|[Cc]ounties|[Pp]refectures)\s+of\s+(?:${NAME}(?:\s*,\s*|\s*,?\s+and\s+)){1,5})(${NAME})\b`, 'g'), examples: ['the cities of Haikou and Sanya', 'the counties of Yunhe, Qingtian and Jingning', 'the cities of Lishui, Quzhou, and Zhoushan'] },
  // A hub or terminal said to lie in or at the town: "the BILK terminal in Budapest", "an intermodal hub at Kouvola", "the
  // freight village in Bologna", "a logistics centre in Dunajska", "the dry port at Khorgos", "its rail yard in Sopron".
  { re: new RegExp(String.raw`\b(?:terminals?|hubs?|freight\s+villages?|logistics\s+(?:centres?|centers?|parks?|bases?)|rail\s*(?:yards?|heads?)|dry\s+ports?|inland\s+ports?|container\s+depots?|marshalling\s+yards?)\s+(?:in|at)\s+(${NAME})\b(?!['’]|\s*-|\s+[A-Z])`, 'g'), examples: ['the BILK terminal in Budapest', 'an intermodal hub at Kouvola', 'the freight village in Bologna', 'a logistics centre in Sopron'], skip: (text, name, at) => NAMED_HUB_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || MASTHEAD(name).test(text) || SEA_TERMINALS_BEFORE.test(text.slice(Math.max(0, at - 40), at)) },
  // The town's own total trade.
  { re: new RegExp(String.raw`\b(${NAME})['’]s\s+(?:total\s+)?(?:foreign\s+trade|imports\s+and\s+exports|exports\s+and\s+imports|import\s+and\s+export\s+(?:value|volume))\b`, 'g'), weak: true, examples: ["Lishui's imports and exports", "Lishui's foreign trade"] },
  { re: new RegExp(String.raw`\b(?:[Ff]oreign\s+trade|[Ii]mports\s+and\s+exports|[Ii]mport\s+and\s+export\s+value)\s+of\s+(${NAME})\b(?![ \t]*(?:['’]s|,?\s+(?:Group|Co\b|Company|Corp|Corporation|Inc\b|Ltd\b|Holdings|Motors|Technology)))`, 'g'), weak: true, examples: ['Foreign trade of Lishui'] },
];

// "The Mortara intermodal terminal in Lombardy": a hub named by its own town lies in a wider place (a region), no town.
const NAMED_HUB_BEFORE = /\b(?!(?:The|A|An|Its|Their|This|That|Our)\b)[A-Z][a-z]+\s+(?:[a-z-]+\s+){0,2}$/;
// "The crude oil terminals at Daxie, Cezi and Aoshan unloaded ...", "the LNG terminal at Rudong", "the coal terminals in
// Majishan", "the tanker terminal at Kirkeby" (the words before the terminal): a seaport's terminals named by the sea cargo they take stand in a district of
// the port, whose figures stay the port's (batch 33's convention), no town of their own.
const SEA_TERMINALS_BEFORE = /\b(?:crude|oil|petroleum|LNG|LPG|gas|tanker|ore|iron\s+ore|coal|grain|bulk|dry\s+bulk|liquid\s+bulk|ro-ro|car|cruise|ferry|deep-water|deepwater)\s+(?:[a-z-]+\s+)?$/;
// "Vientiane Times", "the Sopron Post": a newspaper named after the town; its name then heads no figure of the town.
const MASTHEAD = (name: string) => new RegExp(String.raw`\b${name}\s+(?:Times|Daily|Post|Herald|Tribune|News|Gazette|Journal)\b`);

// Words that open or head a sentence, months and days, kinds and words of trade: capitalised, but no town's name.
const NOT_TOWN_NAMES = new Set(['The', 'This', 'That', 'These', 'Its', 'Their', 'Our', 'In', 'Of', 'At', 'For', 'From', 'By', 'With', 'And', 'But', 'As', 'On', 'To', 'Meanwhile', 'Overall', 'Total', 'Imports', 'Exports', 'Trade', 'Foreign', 'Customs', 'General', 'Federal', 'National', 'State', 'Central', 'Provincial', 'Municipal', 'Local', 'Border', 'Main', 'Regional', 'City', 'County', 'District', 'Province', 'Port', 'Prefecture', 'League', 'Banner', 'Region', 'Area', 'Zone', 'Park', 'Oblast', 'New', 'Old', 'Greater', 'Chinese', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'According', 'Source', 'Editor', 'Xinhua', 'Coastal', 'Frontier', 'Inland', 'Capital', 'Gateway', 'Hub', 'Industrial', 'Northern', 'Southern', 'Eastern', 'Western', 'Neighbouring', 'Neighboring', 'Nearby', 'Adjacent']);

/** A capitalised word that opens or heads a phrase but names no town ("Border city of Pingxiang", "Coastal City"). */
export function isNotTownName(word: string): boolean {
  return NOT_TOWN_NAMES.has(word);
}
// A company or a person of that name somewhere in the release: then the name is no town ("Lishui Hengda Group", "Mr Lishui").
const COMPANY_OR_PERSON = (name: string) => new RegExp(String.raw`\b${name}\s+(?:[A-Z][a-z]+\s+){0,2}(?:Group|Co\b|Company|Corp\b|Corporation|Inc\b|Ltd\b|Holdings|Motors|Technology|Airlines)|\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+${name}\b|\b${name}\s+(?:said|says|told|added)\b`);

// Each learned name and whether a cue made it a port's.
const LEARNED = new Map<string, 'city' | 'port'>();

// "VLADIVOSTOK, Oct. 26 (TASS) --", "HAIKOU, June 7. /TASS/.": a foreign agency's story, whose towns are no towns of China
// and whose figures stay its country's as before.
const FOREIGN_CREDIT = new RegExp(String.raw`^[ \t]*[A-Z][A-Za-z .'’-]{1,40},[^\n]{0,40}?(?:\((?!(?:Xinhua|China\s+Daily|CGTN|ECNS|CNS|People['’]s\s+Daily|Global\s+Times|chinadaily)\b)[^()\n]{1,30}\)|\/[A-Za-z]{2,12}\/)`, 'm');

/** Notes the towns the lexicon lacks that `text` names by a cue; `known` tells a name of the lexicon. Call when a release starts. */
export function noteUnknownTowns(text: string, known: (name: string) => boolean): void {
  LEARNED.clear();
  if (FOREIGN_CREDIT.test(text.slice(0, 400))) return;
  for (const cue of TOWN_CUES) {
    if (!cue.re.global) {
      const m = cue.re.exec(text.slice(0, 400));
      if (m) learn(text, cue.capitals ? titleCase(m[1]) : m[1], known, cue);
      continue;
    }
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(text); m !== null; m = cue.re.exec(text)) {
      if (!inLongerName(text, m.index + m[0].indexOf(m[1])) && !cue.skip?.(text, m[1], m.index)) learn(text, m[1], known, cue);
    }
  }
}

function learn(text: string, named: string, known: (name: string) => boolean, cue: TownCue): void {
  const name = named.replace(PORT_NAME_OPENER, '');
  if (LEARNED.has(name) || NOT_TOWN_NAMES.has(name) || known(name) || COMPANY_OR_PERSON(name).test(text)) return;
  if (cue.weak && ZONE_OF(name).test(text)) return;
  LEARNED.set(name, cue.port ? 'port' : 'city');
}

// "In Callao", "Through Tema": a word opening the sentence before a one-word name the port cue took with it (a port's own
// first word, "Port Louis", "New Plymouth", stays).
const PORT_NAME_OPENER = /^(?!(?:Port|New|Old|Greater)\s)(?:[A-Z][a-z]+)\s(?=[A-Z])(?<=^(?:The|This|That|These|Its|Their|Our|In|Of|At|For|From|By|With|And|But|As|On|To|Through|Via|Meanwhile|Overall)\s)/;

// "Dien Bien's", "Wenshan Prefecture's": the second word of a longer name (a word of a sentence's opening may stand before).
function inLongerName(text: string, at: number): boolean {
  const m = /([A-Z][\w'’-]*)\s$/.exec(text.slice(Math.max(0, at - 24), at));
  return m !== null && !NOT_TOWN_NAMES.has(m[1]);
}

// "the Yangpu Economic Development Zone ... Yangpu's foreign trade": the zone's short form, no town.
const ZONE_OF = (name: string) => new RegExp(String.raw`\b${name}\s+(?:[A-Z][a-z-]+\s+){0,5}(?:Zone|Area|Park|Port|District)\b`);

/** Whether `text` names a zone, area, park or port after `name` before `at`. */
function zoneNamedBefore(text: string, name: string, at: number): boolean {
  const zone = ZONE_OF(name).exec(text);
  return zone !== null && zone.index < at;
}

const titleCase = (word: string): string => word[0] + word.slice(1).toLowerCase();

/** The learned towns `s` names, as [start, end, name, kind] in text order (none for almost every release). */
export function learnedTownsIn(s: string): Array<[number, number, string, 'city' | 'port']> {
  if (LEARNED.size === 0) return [];
  const found: Array<[number, number, string, 'city' | 'port']> = [];
  for (const [name, kind] of LEARNED) {
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (!isLetter(s, at - 1) && !isLetter(s, end)) found.push([at, end, name, kind]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

const isLetter = (s: string, i: number): boolean => i >= 0 && i < s.length && /[\p{L}\p{N}]/u.test(s[i]);
