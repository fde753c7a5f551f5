/**
 * The structure of a sentence the readers look at: clause bounds and the nearest mention in or before a clause,
 * the stretch before a figure without its qualifier, brackets, and the relative and reason clauses that are asides.
 */
import { QUALIFIER_WORD_LIST } from './quantities.js';
import { isDigitAt, spaceBefore } from './chars.js';
import { keywords, mentions } from './keywords.js';

// "to a little under 320,000 tonnes", "slightly over 20,000 tons": a word of degree before a bound is part of the qualifier.
const QUALIFIER_TAIL = /\b(?:(?:a\s+(?:little|bit|touch)|slightly|marginally|fractionally)\s+(?=(?:over|above|under|below)\s))?(?:no less than|no fewer than|no more than|more than|greater than|in excess of|upwards of|at least|just over|just above|just under|just below|less than|fewer than|close to|close on|approach(?:es|ed|ing)?|an estimated|estimated|approximately|approx\.?|nearly|near(?:s|ed|ing)?|almost|about|around|roughly|some|circa|over|above|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|top(?:ped|ping|s)?|pass(?:ed|es)|break(?:s|ing)?|broke|cross(?:es|ed|ing)?|(?:go(?:es)?|went|gone|going)\s+past|beyond|under|below|at most)\s+(?:a\s+(?:combined|total\s+of|record(?:\s+high\s+of)?)\s+|the\s+)?$/i;
const QUALIFIER_WORDS = keywords(QUALIFIER_WORD_LIST, QUALIFIER_TAIL);

// Clause breaks: punctuation, "while"/"whereas", and a causal "as" clause ("trade up 3.8% as 3Q
// accelerates", "exports fell as demand weakened"), whose period and places are its own; so is one of another side's
// trade ("beef imports jump 14% as Brazil ships record volume": Brazil is no partner of the 14%).
// "Chengdu accounted for about 2,600 of the trains and Chongqing for some 2,450": after a clause with its number, a second
// place with its own number after "and", the verb left out (gapped) but its preposition kept, is a clause of its own, its
// place its number's ("respectively" lists pair them otherwise; "stocks in Wuxi and Foshan at 986,000 t" is one subject).
const CLAUSE_BREAK = /[,;:]|\bwhile\b|\bwhereas\b|(?<=\d[^\d,;:.]{0,60})\band\b(?=\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:for|to|at)\s+(?:(?:about|around|some|nearly|roughly|almost|over|more\s+than|another|a\s+further)\s+)?[$€£¥]?\d)(?![^.;]*\brespectively\b)|(?<!\b(?:such|well|just|same)\s)\bas\b(?!\s+(?:well|much|many|of|at|a|an|part|per|to|for|in|if|far|long|soon|high|low|large|little)\b)(?=\s+(?:[\w'-]+\s+){1,3}?(?:accelerat|slow|pick|rebound|recover|surg|grow|grew|ris|rose|fall|fell|eas|jump|climb|slump|weaken|strengthen|cool|soften|ship|export|import|suppl|deliver|sold|sell|bought|buy)\w*\b)/g;

export function clauseBounds(s: string): number[] {
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

export function clauseOf(bounds: number[], pos: number): [number, number] {
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
export function nearest<T extends { start: number; end: number }>(items: T[], bounds: number[], at: number, prefer?: (t: T) => boolean): T | null {
  if (!items.length) return null;
  // Asked for every row's period, place and partner: plain loops over the few mentions, no filtered copies of them.
  const [lo, hi] = clauseOf(bounds, at);
  let inside: T | null = null;
  let preferredInside: T | null = null;
  for (const t of items) {
    if (t.start < lo || t.end > hi) continue;
    const distance = Math.abs(t.start - at);
    if (inside === null || distance < Math.abs(inside.start - at)) inside = t;
    if (prefer && (preferredInside === null || distance < Math.abs(preferredInside.start - at)) && prefer(t)) preferredInside = t;
  }
  if (inside) return preferredInside ?? inside;
  let before: T | null = null;
  for (let i = items.length - 1; i >= 0; i--) {
    const t = items[i];
    if (t.end > at) continue;
    before ??= t;
    if (!prefer || prefer(t)) return t;
  }
  if (before) return before;
  for (const t of items) if (t.start >= at) return t;
  return null;
}

/** The stretch [from, to) of sentence `s` without the qualifier it may end with ("more than ", "about the "). */
export function stripQualifier(s: string, from: number, to: number): string {
  const text = s.slice(from, to);
  // The tail ends in a space and has one of the qualifier words: other texts are returned without a scan.
  if (!spaceBefore(text, text.length) || !mentions(s, QUALIFIER_WORDS, from, to)) return text;
  return text.replace(QUALIFIER_TAIL, '');
}

/** Spans of short bracketed asides ("(March: +6.2%)", "(H1 2024: 29,095 tonnes)"). */
// What /\([^()]{1,80}\)/g finds, by hand (it runs on every sentence): a bracket whose first bracket after it closes it,
// with 1 to 80 characters between.
export function bracketSpans(s: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let open = s.indexOf('('); open >= 0; ) {
    let close = open + 1;
    while (close < s.length && s.charCodeAt(close) !== 40 && s.charCodeAt(close) !== 41) close++;
    if (s.charCodeAt(close) === 41 && close - open >= 2 && close - open <= 81) {
      spans.push([open, close + 1]);
      open = s.indexOf('(', close + 1);
    } else open = s.indexOf('(', open + 1);
  }
  return spans;
}

// ("Processing trade, in which firms import parts and re-export the finished goods, amounted to ...", ", under which",
// ", through which", ", where", ", whereby": a preposition before "which", or a relative adverb, opens such a clause too;
// "of which" is left out, as it introduces a part of the figure.)
const RELATIVE_OPENER = String.raw`(?:(?:in|under|by|through|with|for|at|on|from|via)\s+which|which|who|whose|where|whereby)`;
const RELATIVE_CLAUSE_START = new RegExp(String.raw`,\s*${RELATIVE_OPENER}\s`, 'i');
const RELATIVE_WORDS = keywords(['which', 'who', 'where', 'whereby'], RELATIVE_CLAUSE_START);

// ("The trains, which link inland cities such as Chongqing, Chengdu and Guiyang with Qinzhou Port, carried ...", "the route,
// which joins Almaty, Aktau, Baku and Tbilisi, moved ...": a list of names inside the clause keeps it open across its commas;
// each list comma is followed by a capitalized name that another comma or "and"/"or" follows. No `i` flag, for the capitals; a111.)
const RELATIVE_CLAUSE = new RegExp(String.raw`,\s*${RELATIVE_OPENER}\s[^,;.]{0,160}(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?=,|\s+(?:and|or)\s)[^,;.]{0,160})*,`, 'g');
// ", as Beijing kept export quotas tight.", ", as trucks queued at the Ganqimaodu crossing": a clause giving
// the reason closes the sentence; a place in it is scenery, not the area of the figures before it.
// Right after a change with no comma too: "coal shipments fell 31 percent as more trucks moved to the Ganqimaodu crossing.",
// or after the amount it went to: "log imports dropped 7.3 percent to 2.91 million cubic meters as builders in China held back.",
// "Trade with Laos jumped 21.5 percent to 3.82 billion yuan as the China-Laos Railway carried more goods" (the railway is
// the reason, not whose trade it is).
// Or right after a verb of movement with no figure: "iron ore shipments slowed as two mines in Darkhan-Uul province halted
// output" (not a comparison: "rose as fast as", "fell as low as" have an adverb before their second "as").
// "rose 3.5-fold as tour groups returned to Heihe": after a multiple too. The clause may hold a list of goods ("as the railway
// carried more fertiliser, rubber and fruit") and close on a further clause with no number (", and a cable car is due to open").
// "fell 3.1 per cent to A$79.6 billion as the pandemic disrupted supply chains in the March quarter": after an amount whose
// currency stands before it, the scale word ends it.
const REASON_CLAUSE = /(?:,\s*|(?<=\d(?:\s*%|\s*(?:percent|per\s+cent|pct)|-fold|\s+times)\s+)|(?<=\d\s*(?:(?:million|billion|trillion|thousand|mln|bln|bn|mn)\s+)?(?:(?:metric|cubic)\s+)?(?:tonnes|tons|meters|metres|TEUs?|barrels|yuan|dollars|euros|rubles|trains|vehicles|units|head)\s+)|(?<=\d\s*(?:million|billion|trillion|mln|bln|bn|mn)\s+)|(?<=\b(?:slowed|weakened|faltered|stalled|eased|dropped|declined|fell|slipped|slumped|shrank|rose|grew|picked\s+up|recovered|rebounded|surged|jumped) )(?=as ))as\s+(?![a-z]+\s+as\b)(?!(?:of|well|much|many|part|such|per|a\s+(?:result|share|proportion|percentage)|shown|reported|stated|noted|expected|mentioned|compared|against|in|with|for|to|from|the\s+same)\b)(?:[^,;]|,(?=\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:,|\s+(?:and|or)\s))){0,160}(?:,\s+(?:and|but|while)\s[^,;\d]{1,120})?[.]?$/gi;
const REASON_WORDS = keywords([', as', ' as '], REASON_CLAUSE);

// ", partly because of maintenance at the Tengiz field in April.", ", mainly due to repairs at the port in May.": a closing
// phrase of cause after a comma is a reason too, its month and places the event's, not the figures'.
const CAUSE_CLAUSE = /,\s*(?:(?:partly|mainly|largely|mostly|chiefly|primarily|in\s+part)\s+)?(?:because\s+of|due\s+to|owing\s+to|on\s+account\s+of)\s[^,;]{0,160}[.]?$/gi;
const CAUSE_WORDS = keywords(['because of', 'due to', 'owing to', 'account of'], CAUSE_CLAUSE);

// (a250) "Mongolia's share of the port's trade was 78.3 percent, with most of the rest being goods moved by rail between China and
// Russia.", ", with the remainder coming from Kazakhstan.": a closing "with" phrase on the rest of a whole, with no figure of its
// own, says what the remainder was; its places (and periods) are that remainder's, not the figures' before it.
const REMAINDER_CLAUSE = /,\s*with\s+(?:(?:most|much|nearly\s+all|almost\s+all|the\s+bulk)\s+of\s+)?the\s+(?:rest|remainder|balance)\s[^,;\d]{0,160}[.]?$/gi;
const REMAINDER_WORDS = keywords(['the rest', 'the remainder', 'the balance'], REMAINDER_CLAUSE);

/** Spans of a closing reason clause (", as mills cut output in Hebei.", ", partly because of repairs in April."), at most one per sentence. */
export function reasonClauses(s: string): Array<[number, number]> {
  const m = closingMatch(s, REASON_WORDS, REASON_CLAUSE) ?? closingMatch(s, CAUSE_WORDS, CAUSE_CLAUSE) ?? closingMatch(s, REMAINDER_WORDS, REMAINDER_CLAUSE);
  return m ? [[m.index, m.index + m[0].length]] : [];
}

/** The first match of a closing-clause expression, tested only when the sentence holds one of its words. */
function closingMatch(s: string, words: ReturnType<typeof keywords>, clause: RegExp): RegExpExecArray | null {
  if (!mentions(s, words)) return null;
  clause.lastIndex = 0;
  return clause.exec(s);
}

// "Through the ports within the Shanghai customs area, including Yangshan and Pudong International Airport, goods worth
// ...": places named as examples of the whole between commas are not the area of the figures.
// "The total value of exports, comprising exports of domestic products and re-exports, amounted to ...": the parts a whole
// is made of, named between commas, are neither its goods nor its breakdown.
const INCLUSION_APPOSITION = /,\s*(?:including|such\s+as|notably|comprising|consisting\s+of|made\s+up\s+of)\s[^,;.]{1,100},/gi;
const INCLUSION_WORDS = keywords([', including', ', such as', ', notably', ', comprising', ', consisting of', ', made up of'], INCLUSION_APPOSITION);

/** Spans of examples set off by commas (", including Yangshan and Pudong International Airport,"). */
export function inclusionAppositions(s: string): Array<[number, number]> {
  if (!mentions(s, INCLUSION_WORDS)) return [];
  const spans: Array<[number, number]> = [];
  INCLUSION_APPOSITION.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = INCLUSION_APPOSITION.exec(s)) !== null; ) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Spans of non-restrictive relative clauses (", which accounts for half of X's trade,"). */
export function relativeClauses(s: string): Array<[number, number]> {
  if (!mentions(s, RELATIVE_WORDS) || !RELATIVE_CLAUSE_START.test(s)) return [];
  const spans: Array<[number, number]> = [];
  RELATIVE_CLAUSE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = RELATIVE_CLAUSE.exec(s)) !== null; ) if (!ROUTING_RELATIVE.test(m[0])) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

// "The western corridor, which leaves the country through the Alashankou and Horgos ports, handled 8,200 trips": a relative
// clause saying where the subject's traffic crosses the border names the ports its figures go through, the figures' area
// (the area convention: goods through a port are the port's); it is no aside.
export const ROUTING_RELATIVE = /^,\s*(?:which|that)\s+(?:leaves|exits|enters|left|exited|entered|crosses|crossed)\s+(?:the\s+(?:country|border)\s+|China\s+)?(?:through|via|at)\s/i;
/** The same clause up to the ports it names, tested on the text right before them. */
export const ROUTING_RELATIVE_BEFORE = /,\s*(?:which|that)\s+(?:leaves|exits|enters|left|exited|entered|crosses|crossed)\s+(?:the\s+(?:country|border)\s+|China\s+)?(?:through|via|at)\s+(?:the\s+)?$/i;

// "Exports under market procurement trade, the model built around the markets of Yiwu, grew 14.2 per cent": a noun and a
// participle between commas (a relative clause without its "which is") describes the subject; its places are no area.
const REDUCED_RELATIVE = /,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:built|based|centred|centered|set\s+up|launched|known|designed|developed|created|modell?ed|pioneered)\s+(?:around|on|in|at|as|for|by|after)\s[^,;.\d]{1,100},/gi;
const REDUCED_RELATIVE_WORDS = keywords(['built', 'based', 'centred', 'centered', 'set up', 'launched', 'known', 'designed', 'developed', 'created', 'modelled', 'modeled', 'pioneered'], REDUCED_RELATIVE);

// "processing trade, long the backbone of the Pearl River Delta economy, rose ...": a noun of the part the subject plays in a
// place's economy or trade, between commas, describes the subject; that place is no area of the figures.
const ROLE_APPOSITION = /,\s*(?:(?:long|still|once|now|traditionally|historically)\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:backbone|mainstay|pillar|engine|cornerstone|lifeblood|bedrock|linchpin|powerhouse)\s+of\s[^,;.\d]{1,100},/gi;
const ROLE_APPOSITION_WORDS = keywords(['backbone', 'mainstay', 'pillar', 'engine', 'cornerstone', 'lifeblood', 'bedrock', 'linchpin', 'powerhouse'], ROLE_APPOSITION);

// "Gyirong Port, the main land crossing with Nepal since the 2015 earthquake closed Zhangmu, handled ...", "Trade through Erenhot,
// a key gateway to Mongolia since the railway opened in 1956, rose ...", "Ruili, now the busiest crossing into Myanmar after
// Wanding was shut, cleared ...": a noun of what the subject is as a facility of the border (crossing, port, gateway, hub), set
// off by commas between the sentence's subject and its verb, describes the subject; another place named in it, and a year or
// event it is dated by, belong to that description, not to the figures. (Only the first comma of the sentence opens it, no
// number but a year stands in it, and a verb in lower case follows it.)
const FACILITY_APPOSITION = /^[^,;.\d]{1,80}(,\s*(?:(?:now|long|still|once)\s+)?(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,3}?(?:crossing|port|gateway|checkpoint|hub|outlet|link|pass|station|terminal)\b(?:[^,;.\d]|(?:19|20)\d\d\b){1,140},)(?=\s+(?!(?:and|or|but|while|whereas|which|who|where|with|the|a|an|its|their)\b)[a-z])/;
const FACILITY_APPOSITION_WORDS = keywords(['crossing', 'port', 'gateway', 'checkpoint', 'hub', 'outlet', 'link', 'pass', 'station', 'terminal'], FACILITY_APPOSITION);

// (a250) "trade declared at the ports it oversees, Hunchun highway port on the Russian border and Quanhe port facing North Korea,
// fell ...", "the ports under its jurisdiction, Erenhot and Zhuengadabuqi, handled ...": the ports a customs house's district is
// made of, named in an apposition after it, are its parts; the district is the area of the figure, not the port named last.
const DISTRICT_PORTS_APPOSITION = /\bports\s+(?:(?:that\s+)?it\s+(?:oversees|supervises|administers|covers|manages)|under\s+its\s+(?:jurisdiction|supervision)|(?:under|supervised\s+by|overseen\s+by|administered\s+by)\s+[A-Z][a-z]+\s+Customs)\s*(,[^,;.\d]{1,160},)/g;
const DISTRICT_PORTS_WORDS = keywords(['ports it', 'ports that it', 'ports under', 'ports supervised', 'ports overseen', 'ports administered'], DISTRICT_PORTS_APPOSITION);

/** Spans of the appositions naming the ports of a customs house's district (", Hunchun highway port and Quanhe port,"). */
export function districtPortsAppositions(s: string): Array<[number, number]> {
  if (!mentions(s, DISTRICT_PORTS_WORDS)) return [];
  return [...s.matchAll(DISTRICT_PORTS_APPOSITION)].map((m) => [m.index + m[0].length - m[1].length, m.index + m[0].length]);
}

/** Spans of relative clauses without their "which is" (", the model built around the markets of Yiwu,"), and of role appositions. */
export function reducedRelatives(s: string): Array<[number, number]> {
  const spans: Array<[number, number]> = mentions(s, REDUCED_RELATIVE_WORDS) ? [...s.matchAll(REDUCED_RELATIVE)].map((m) => [m.index, m.index + m[0].length]) : [];
  if (mentions(s, ROLE_APPOSITION_WORDS)) for (const m of s.matchAll(ROLE_APPOSITION)) spans.push([m.index, m.index + m[0].length]);
  spans.push(...districtPortsAppositions(s));
  const facility = mentions(s, FACILITY_APPOSITION_WORDS) ? FACILITY_APPOSITION.exec(s) : null;
  if (facility) spans.push([facility.index + facility[0].length - facility[1].length, facility.index + facility[0].length]);
  return spans;
}

// "The catch, largely king crab and pollock from Russia's Far East, was valued at ...", "fruit imports were 418,000 tonnes, up
// 15.6%, mostly durians arriving by the China-Laos Railway and the highway ports.": a phrase of what the goods mostly were, set
// off by commas or closing the sentence, names a part of them; where that part came from or went through is no area of the whole.
// (Its list of goods may hold commas of its own; no number stands in it, and it ends before a clause joined by a comma and
// "while", "but" or "and".) A relative pronoun and its verb may open it: ", which is mainly from the Qinzhou Bonded Port Area",
// ", which came mostly from the border ports".
// (a253) "much of it" and "the bulk of it" open the same phrase: "Trade with Hong Kong, much of it cargo that only changes ships in
// the city on its way to other markets, fell", "..., much of it parts for the electronics plants around Hanoi.".
const COMPOSITION_ASIDE = /,\s*(?:(?:which|that)\s+(?:is|are|was|were|comes?|came)\s+)?(?:mostly|mainly|largely|chiefly|predominantly|primarily|principally|(?:most|much|the\s+bulk)\s+of\s+(?:it|them|which))\s(?:(?!,\s*(?:while|whereas|but|and|or)\s)[^;:.\d]){1,140}(?:,(?=\s*[a-z])|\.?\s*$)/g;
const COMPOSITION_WORDS = keywords(['mostly', 'mainly', 'largely', 'chiefly', 'predominantly', 'primarily', 'principally', 'most of', 'much of', 'bulk of'], COMPOSITION_ASIDE);

// "Henan province, of which Zhengzhou is the capital, saw its trade reach ...", "Henan, home to Zhengzhou,", "Sichuan, where
// Chengdu is located,", "the province, in which the city lies,": an aside placing a city inside the subject names the city in
// passing; the subject stays the area of the figures, and the city is no partner either.
// "Jiangsu, where several supply chains feeding Shanghai's factories are based,", "Zhejiang, where many of the city's suppliers
// operate,", "the province, where the carmaker's plants were clustered,": what sits in the subject, any number of it, is placed
// there in passing too; a place named inside is no area of the figures after the aside.
const LOCATING_ASIDE = /,\s*(?:(?:of|in)\s+which\s+[^,;.\d]{1,60}?\s+(?:is|was|lies|sits)\b|home\s+to\s|where\s+[^,;.\d]{1,80}?\s+(?:(?:is|are|was|were)\s+(?:located|situated|based|headquartered|clustered|concentrated)|(?:lies|lie|sits|sit|operates|operate)\b)\b)[^,;.\d]{0,60},/g;
const LOCATING_WORDS = keywords(['of which', 'in which', 'home to', 'where'], LOCATING_ASIDE);

// "Mobile phones, which are assembled in the Zhengzhou Airport Economy Zone, remain ...", "Laptops, made largely in Chongqing's
// Liangjiang New Area, led ...", "Tea, most of which is grown in Fujian, ...": an aside of where the goods are made, grown or
// built names their maker's place in passing; it is no area of the figures outside it (a235).
const MADE_IN_ASIDE = /,\s*(?:(?:which|that)\s+(?:is|are|was|were)\s+|most\s+of\s+(?:which|them|it)\s+(?:is|are|was|were)\s+)?(?:(?:mostly|mainly|largely|chiefly|primarily|all)\s+)?(?:made|assembled|produced|manufactured|grown|built|mined|farmed)\s+(?:(?:mostly|mainly|largely|chiefly|primarily)\s+)?(?:in|at)\s[^,;.\d]{1,100},/g;
const MADE_IN_WORDS = keywords(['made', 'assembled', 'produced', 'manufactured', 'grown', 'built', 'mined', 'farmed'], MADE_IN_ASIDE);

/** Spans of asides of what goods mostly were (", largely king crab ... from Russia's Far East,"), of where they are made, and of asides placing a city. */
export function descriptiveAsides(s: string): Array<[number, number]> {
  const spans: Array<[number, number]> = mentions(s, COMPOSITION_WORDS) ? [...s.matchAll(COMPOSITION_ASIDE)].map((m) => [m.index, m.index + m[0].length]) : [];
  if (mentions(s, LOCATING_WORDS)) for (const m of s.matchAll(LOCATING_ASIDE)) spans.push([m.index, m.index + m[0].length]);
  if (mentions(s, MADE_IN_WORDS)) for (const m of s.matchAll(MADE_IN_ASIDE)) if (!spans.some(([a, b]) => m.index < b && m.index + m[0].length > a)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

// "Border trade, hit by weaker jade and timber shipments, fell 16.2 percent": a participle of cause set off by commas between
// a subject and its verb names what moved the figure, not its goods or its flow. Only an aside with no number of its own.
const CAUSE_ASIDE = /,\s*(?:hit|hurt|dragged(?:\s+down)?|weighed\s+down|pulled\s+down|held\s+back|driven|boosted|buoyed|helped|supported|lifted|fuell?ed|spurred|propelled|underpinned)\s+by\s+[^,;.\d]{1,100},/gi;

// "the port moved 2.96 million TEUs in that month alone, helped by a rush of shipments to Southeast Asia.": a participle of
// cause closing the sentence names what moved the figure too, not its flow ("shipments to" is no export of the port's boxes).
const CAUSE_TAIL = /,\s*(?:hit|hurt|dragged(?:\s+down)?|weighed\s+down|pulled\s+down|held\s+back|driven|boosted|buoyed|helped|supported|lifted|fuell?ed|spurred|propelled|underpinned)\s+by\s+[^,;.\d]{1,100}\.?\s*$/i;

/** Spans of asides of cause set off by commas (", hit by weaker jade and timber shipments,"), or closing the sentence. */
export function causeAsides(s: string): Array<[number, number]> {
  // Every match has " by" (a sentence's folded text has spaces for its tabs and line breaks): others are not scanned.
  if (!s.includes(' by')) return [];
  const tail = CAUSE_TAIL.exec(s);
  const spans: Array<[number, number]> = tail ? [[tail.index, s.length]] : [];
  CAUSE_ASIDE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CAUSE_ASIDE.exec(s)) !== null; ) {
    // Between a subject and its verb: no number in the clause before it ("Exports rose 18 percent, driven by ..." is a
    // figure's reason after it, left alone).
    const before = s.slice(0, m.index);
    if (!/\d/.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1))) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

// "Freight through the port, road and rail combined, was 2.61 million tonnes, down 4.2 percent, as timber imports fell.": a
// clause of cause closing the sentence, with a conjunction ("as", "because", "since", "after") and a verb of change, or "amid"
// and a noun phrase ("amid weaker coal imports"), names what moved the figure, not its flow. Only a clause with no number.
// (a236) "dropped 22.6 percent as lockdowns in several Chinese cities disrupted border trade and port operations", "fell 5%
// because floods hampered shipments", "rose 8 percent as Chinese buyers stepped up purchases": right after the change's
// percentage no comma is needed, and a verb that hinders or spurs trade (its object the flow words) closes the clause too.
const CHANGE_VERB_END = String.raw`(?:fell|fall|falls|rose|rise|rises|dropped|declined|slumped|slid|plunged|tumbled|shrank|eased|slowed|weakened|stalled|dried\s+up|climbed|jumped|surged|soared|grew|increased|decreased|recovered|rebounded|picked\s+up|strengthened|disrupted|hampered|halted|curbed|choked|dampened|stepped\s+up|spurred)`;
const CAUSE_CLAUSE_TAIL = new RegExp(String.raw`(?:,\s*|(?<=\d\s?(?:%|percent|per\s?cent|pct)\s))(?:(?:as|because|since|after)\s+[^,;.\d]{1,100}?\b${CHANGE_VERB_END}\b[^,;.\d]{0,40}|amid\s+[^,;.\d]{1,100})\.?\s*$`, 'i');
const CAUSE_CLAUSE_WORDS = /\b(?:as|because|since|after|amid)\s/i;

/** The span of a clause of cause closing the sentence (", as timber imports fell."), if any. */
export function causeClauseTail(s: string): Array<[number, number]> {
  const m = CAUSE_CLAUSE_WORDS.test(s) ? CAUSE_CLAUSE_TAIL.exec(s) : null;
  return m ? [[m.index, s.length]] : [];
}

// "dropped 37.6 pct after Moscow raised its recycling fee on imported vehicles": what a government did ("after", "since" or
// "when" it raised, imposed, cut or lifted a measure) names the goods the measure is on, not the figure's flow. Only a clause
// with no number of its own.
const MEASURE_CLAUSE = /\b(?:after|since|when)\s+(?:(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,3}?|(?:the\s+)?(?:government|authorities|ministry|administration)\s+)(?:(?:has|had)\s+)?(?:raised|imposed|introduced|lifted|cut|hiked|increased|tightened|levied|banned|scrapped|removed|suspended|slapped|extended|adopted|doubled)\s[^,;.\d]{1,120}/g;

/** Spans of clauses on a measure a government took (" after Moscow raised its recycling fee on imported vehicles"). */
export function measureClauses(s: string): Array<[number, number]> {
  if (!s.includes('after ') && !s.includes('since ') && !s.includes('when ')) return [];
  return [...s.matchAll(MEASURE_CLAUSE)].map((m) => [m.index, m.index + m[0].length]);
}

/** `s` with the spans written over by spaces (offsets kept). */
export function blankSpans(s: string, spans: Array<[number, number]>): string {
  return spans.reduce((text, [a, b]) => text.slice(0, a) + ' '.repeat(b - a) + text.slice(b), s);
}

// "- Gross domestic product: 126.06 trillion yuan, up 5.2%", "* Retail sales of consumer goods: 24.55 trillion yuan, 5.0",
// "Grain output - 695 million tonnes": a line's caption, opening it (after a bullet mark) and closed by a colon, is the
// subject of the figures after it, though the colon closes a clause. A caption holds no number, comma or full stop, but
// for a year ("Grants through KOICA since 1991: around USD 220 million") and a bracketed aside ("Korean direct investment
// in Mongolia (cumulative, 1990-2025): USD 690 million"). A second caption may follow a semicolon on the same line
// ("...; EDCF concessional loans approved: USD 412 million"): it opens after the semicolon. A basic-data list numbers its
// captions: "(3) Japanese direct investment: 1.9 billion yen", "4. Grant aid: ...", "b) Loans:" (a192).
const LINE_CAPTION = /^\s*(?:[-*•·▪–—]\s*)?(?:(?:\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)|(?:\d{1,2}|[a-z])[.)])\s*)?[A-Za-z](?:[^:;,.\d\n()]|\([^()\n]{0,40}\)|(?:19|20)\d\d){1,80}$/;

/** The start of the clause of a figure, moved back to the line's start (or its last semicolon) past a caption closed by a colon before it. */
export function pastLineCaption(s: string, lo: number): number {
  if (lo <= 0 || s[lo] !== ':') return lo;
  const from = s.lastIndexOf(';', lo) + 1;
  return LINE_CAPTION.test(s.slice(from, lo)) ? from : lo;
}
