/**
 * The figures of one sentence: levels (a number with a currency or a unit), percentages (growth,
 * share, or neither) and bare numbers whose unit is the sentence's subject ("the number of
 * enterprises reached 3,629"). Each carries the words around it that decide what it means.
 */
import type { Measure, Qualifier } from '../../contract.js';
import { MONTH_WORDS, YEAR_LATER } from './periods.js';
import { findDigitNumbers, findFoldWords, findPointDecimals, findWordNumbers, readScale, scaledValue, type NumberToken, type Scale } from './numbers.js';
import { wordsBefore } from './subjects.js';
import type { BareSymbol } from './currency-context.js';
import { anyCharOf, firstNonSpace, isDigitAt, isSpace, spaceBefore, spaceWords } from './chars.js';
import { keywords, mentions } from './keywords.js';
import { countNoun, countUnitAfter, currencyAfter, currencyBefore, scaledUnitAfter } from './units.js';

/** One figure read from a sentence (every figure has every field, so readers see one object shape). */
export interface Figure {
  kind: 'level' | 'percent';
  /** Span of the whole figure (currency prefix, number, scale, unit). */
  start: number;
  end: number;
  /** Span of the number itself. */
  numStart: number;
  numEnd: number;
  /** Levels: the value in base units. Percents: the percentage as written, signed when a sign was written. */
  value: number;
  unit: string;
  measure: Measure;
  qualifier: Qualifier;
  /** Explicit "+"/"-" written before a percentage. */
  sign: '+' | '-' | '';
  /** Words that named the unit ("commercial vehicles", "China-Europe freight trains"). */
  phrase: string;
  /** "tonnes of crude oil" → "crude oil". */
  ofWhat: string;
  /** Levels whose unit came from the sentence subject rather than from words next to the number. */
  unitFromSubject: boolean;
  /** Percents written as a multiple ("2.4 times", "seven-fold"): the value is already N x 100. */
  multiple?: boolean;
  /** A currency written as a bare "$"/"dollars" or "¥", whose meaning depends on the reporter. */
  bare?: BareSymbol;
}

// "12.5%", "12.5 percent", "12.5 per cent", "12.5-percent", "12.5pc", "12.5 pct", and "5.8 pct." with the dot of
// Nordic offices ("5.8 pct. lower than": the dot is the mark's, so the words after it read as they do after "%").
const PERCENT_AFTER = /^(?:\s?-\s?|\s)?(?:%|percent(?!age)\b|per cent\b|per-cent\b|pct\b\.?|pc\b|p\.c\.)/i;
const MULTIPLE_AFTER = /^(?:\s?-\s?|\s)?(?:times|fold)\b/i;
const POINTS_AFTER = /^\s?(?:percentage points?|percent points?|pp\b|p\.p\.)/i;

// Qualifier words written right before a number, longest first; the map says what each means.
// "far above the $5.4 billion recorded in February": a level set well past an amount compares with it; the amount is no bound.
// "almost hits 10 million tonnes", "nearly reached": the hedge before a verb of arriving hedges the number after it.
// "breaks 5 trillion yuan for the first time", "broke", "crossed 1,000 trains", "went past 4 trillion": a mark passed, as "topped".
const QUALIFIER_BEFORE = /\b(no less than|no fewer than|no more than|more than|greater than|in excess of|upwards of|at least|just over|just above|just under|just below|less than|fewer than|close to|close on|approach(?:es|ed|ing)?|(?:nearly|almost)\s+(?:hit(?:s|ting)?|reach(?:es|ed|ing)?|touch(?:es|ed|ing)?)|an estimated|estimated|approximately|approx\.?|nearly|near(?:s|ed|ing)?|almost|about|around|roughly|some|circa|(?<!\b(?:handed|handing|hands|turned|turning|took|taken|signed|passed)\s)over|(?<!\b(?:far|well|way|much)\s)above|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|top(?:ped|ping|s)?|pass(?:ed|es)?|break(?:s|ing)?|broke|cross(?:es|ed|ing)?|(?:go(?:es)?|went|gone|going)\s+past|beyond|under|(?<!\b(?:far|well|way|much)\s)below|beneath|at most)\s+(?:a\s+(?:combined|total\s+of|record(?:\s+high\s+of)?)\s+|the\s+)?$/i;
/** Words one of which every qualifier phrase contains (the keywords of the expressions that read them). */
export const QUALIFIER_WORD_LIST = ['less', 'fewer', 'more', 'greater', 'excess', 'upwards', 'least', 'over', 'above', 'under', 'below', 'close', 'estimated', 'approx', 'approach', 'near', 'almost', 'about', 'around', 'roughly', 'some', 'circa', 'exceed', 'surpass', 'top', 'pass', 'break', 'broke', 'cross', 'past', 'beyond', 'most', 'beneath'];
const QUALIFIER_WORDS = keywords(QUALIFIER_WORD_LIST, QUALIFIER_BEFORE);
const QUALIFIER_OF: Array<[RegExp, Qualifier]> = [
  [/^(?:no less than|no fewer than|more than|greater than|in excess of|upwards of|at least|just over|just above|over|above|beyond|exceed|surpass|top|pass|break|broke|cross|go|went|gone)/i, 'more_than'],
  // (a229: "beneath 18 percent", a bound as "below" is.)
  [/^(?:no more than|less than|fewer than|just under|just below|under|below|beneath|at most)/i, 'less_than'],
  // "Manzhouli nears 4,000 trains", "approaching 1 trillion yuan": a verb of approach.
  [/^(?:close to|close on|approach|an estimated|estimated|approx|nearly|near|almost|about|around|roughly|some|circa)/i, 'about'],
];

// ("3.4 percent more than the 29.13 million tonnes of 2012": so does a comparative right after the percentage.)
const COMPARING_PREPOSITION = /^(?:over|above|below|under|more\s+than|less\s+than|fewer\s+than|greater\s+than)$/i;
const PERCENT_JUST_BEFORE = /(?:%|\bper\s?cent|\bpercent|\bpct\.?)\s*$/i;

/** The qualifier implied by the words just before position `at` ("more than 300,000" → more_than). */
export function qualifierBefore(s: string, at: number): Qualifier {
  // Every qualifier is followed by a space: most numbers have none right before them.
  if (!spaceBefore(s, Math.min(at, s.length)) || !mentions(s, QUALIFIER_WORDS, at - 40, at)) return 'exact';
  const window = s.slice(Math.max(0, at - 40), at);
  const m = QUALIFIER_BEFORE.exec(window);
  if (!m) return 'exact';
  // "increased by 5.20 percent over $2,732 million in October 2025", "3.1% below July's 50.7 million tons": after a
  // percentage the preposition sets the change against its base; it bounds nothing.
  if (COMPARING_PREPOSITION.test(m[1]) && PERCENT_JUST_BEFORE.test(window.slice(0, m.index))) return 'exact';
  for (const [pattern, qualifier] of QUALIFIER_OF) if (pattern.test(m[1])) return qualifier;
  return 'exact';
}

/** Spans (dates, periods) whose numbers are not figures. */
export type Mask = Array<[number, number]>;

function masked(mask: Mask, start: number, end: number): boolean {
  return mask.some(([a, b]) => start < b && end > a);
}

/** True when token `t` overlaps none of `decimals`. */
function outside(decimals: NumberToken[], t: NumberToken): boolean {
  return !decimals.some((d) => t.start < d.end && t.end > d.start);
}

function tokensOf(s: string, onInexact?: (written: string, reason: string) => void, millionTonnesGlued = false): NumberToken[] {
  const decimals = findPointDecimals(s);
  const found = findDigitNumbers(s, onInexact, millionTonnesGlued);
  const digits = decimals.length ? found.filter((t) => outside(decimals, t)) : found;
  const words = findWordNumbers(s).filter((w) => outside(decimals, w) && !digits.some((d) => w.start < d.end && w.end > d.start));
  const folds = findFoldWords(s);
  // Digit numbers alone (nearly every sentence) are in order already.
  if (!decimals.length && !words.length && !folds.length) return digits;
  return [...decimals, ...digits, ...words, ...folds].sort((a, b) => a.start - b.start);
}

// Verbs after which a unit-less number is the subject's level ("the number of X reached 3,629", "New energy vehicles made up
// 282,000 of the exports"), the agencies' "came in at", "registered", "logged", "posted", and "was up 3 percent year on year
// at 8,990", where the change comes first and "at" leads into the level.
const LEVEL_VERB_BEFORE = /\b(?:reached|reach|reaching|numbered|numbering|totaled|totalled|totaling|totalling|hit|hitting|stood at|standing at|was|were|is|are|exceeded|exceeding|surpassed|passed|crossed|topped|came to|amounted to|climbed to|rose to|increased to|grew to|fell to|dropped to|declined to|decreased to|made up|accounted for|to|of|came in at|registered|logged|posted|recorded|(?:up|down)\s+(?:by\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s?cent|pct)(?:\s+(?:year[- ]on[- ]year|from\s+a\s+year\s+(?:earlier|ago)))?\s+at)\s+(?:(?:a\s+)?(?:new\s+)?record(?:\s+high)?(?:\s+of)?\s+|a\s+combined\s+|a\s+total\s+of\s+)?(?:qualifier\s+)?$/i;
// A clause of a coordination that is only "<modifiers> <count noun> <number>" (the verb is gapped).
// "..., and westbound trains from China 744": the noun may say where the things came from or went.
const GAPPED_CLAUSE = /(?:[,;]\s+(?:and\s+)?|\s+and\s+)((?:[a-z][\w-]*\s+){0,2})(vehicles?|cars?|trucks?|trains?|trips?|containers?|enterprises?|companies|firms?|flights?|passengers?|vessels?|ships?)(?:\s+(?:from|to|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+$/;
const GAPPED_NOUN_WORDS = keywords(['vehicle', 'car', 'truck', 'train', 'trip', 'container', 'enterprise', 'companies', 'firm', 'flight', 'passenger', 'vessel', 'ship'], GAPPED_CLAUSE);
const LEVEL_VERB_BEFORE_ANYWHERE = /\b(?:reached|numbered|totaled|totalled|stood at|was|were|amounted to|came to|made up|made)\s+(?:qualifier\s+|[a-z]+\s+)?[\d]/i;
// A later subject that counts kinds of things, not the things: "the types of goods", "the varieties of products carried";
// also "the range of goods ... grew from 10 kinds to 3,000", "product categories carried rose to 800".
const KINDS_SUBJECT = /\b(?:types|kinds|varieties|categories)\s+of\b|\b(?:range|variety|array|assortment|mix)\s+of\s+(?:goods|products|cargo|commodities|items|merchandise)\b|\b(?:product|goods|cargo|commodity)\s+(?:types|kinds|varieties|categories)\b|\d\s+(?:kinds|types|varieties|categories)\b/i;
const NOUN_OF_NETWORK_AFTER = /^\s+(?:routes?|lines?|corridors?|links?|berths?|terminals?)\b/i;
const SUBJECT_NOUNS = /\b((?:passenger|vehicle)\s+crossings|vehicles?|cars?|automobiles?|trucks?|trains?|trips?|containers?|enterprises?|companies|company|firms?|businesses|exporters|importers|flights?|passengers?|declarations?|vessels?|ships?)\b/gi;

const LISTED_DESTINATION = /^\s+(?:to|from)\s+(?:the\s+)?[A-Z]/;
// "611 trains went to Central Asia, ..., and 231 to Europe": the counted figure may say where with a verb of going.
// "1,731 were from Europe", "742 were to Europe": a verb of being before the place says where as well.
const LISTED_DESTINATION_VERB = /^\s+(?:[a-z]+\s+)?(?:went|ran|headed|travell?ed|departed|left|were\s+bound|arrived|came|were|was)\s+(?:(?:to|for|from)\s+(?:the\s+)?[A-Z])/;
// "Kyrgyzstan 9,300 and the United Arab Emirates 8,700": the place may take "the" and run to three words;
// "followed by the United Arab Emirates with 55,800 and the UK with 48,100": a ranked list puts "with" or "at" before the number.
// "trains through Alashankou numbered 5,402; Horgos, 4,870; and Erenhot, 3,015": the next item of a list set off by
// semicolons, a place, a comma and its bare number. "Zhengzhou ran 3,112 trips during the year, up 6.2 percent; Wuhan 1,207;
// Hefei 1,064, up 14.8 percent; and Suzhou 613": the item before may end in its own period and growth, and the comma after
// the place may be left out.
const GAPPED_PLACE_ITEM_GAP = /^(?:[^.;\d]|\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)){0,80}?;\s*(?:and\s+)?(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2},?\s+$/;
const GAPPED_PLACE_BEFORE = /(?:,\s*(?:and\s+)?|\s+and\s+|\s+while\s+)(?:followed\s+by\s+)?(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}\s+(?:with\s+|at\s+)?$/;
// "The Alashankou port handled 3,260 trips in the January-June period, up 8.5 percent, and the Horgos port 2,020.": the next
// item after one with its own period and growth, a place named with its kind word ("port", "station"), and its bare number
// closing the clause.
const GAPPED_KIND_PLACE_GAP = /^(?:[^.;\d]|\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)){0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}\s+(?:port|checkpoint|station|crossing|border\s+crossing|railway\s+port)\s+$/;
const CLAUSE_END_AFTER_COUNT = /^\s*(?:[.;,]|$)/;
// "taking 239,000 cars, ..., followed by Mexico (102,000) and Belgium (71,000)": a ranked list may bracket each place's bare count.
const BRACKETED_PLACE_BEFORE = /(?:,\s*(?:and\s+)?|\s+and\s+)(?:followed\s+by\s+)?(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}\s*\(\s*$/;
// The rest of a list of scaled amounts up to its last number and scale: ", 55.3 billion and 13.1 billion ".
const LIST_SCALE = '(?:trillion|billion|million|trln|tln|bln|mln|bn|mn)';
const LIST_GAP = '(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)';
const LISTED_AMOUNTS_AHEAD = new RegExp(`^${LIST_GAP}(?:\\d[\\d.,]*\\s*${LIST_SCALE}${LIST_GAP}){0,6}\\d[\\d.,]*\\s*${LIST_SCALE}`, 'i');
// The rest of a list of plain counts up to its last number: ", 1,047 and 1,386".
const LISTED_COUNTS_AHEAD = new RegExp(`^${LIST_GAP}(?:\\d[\\d,]*\\d${LIST_GAP}){0,6}\\d(?:[\\d,]*\\d)?`);
// "made 206 outbound and 142 inbound trips": a count with its own direction word, then "and" and the next count with the
// other direction and the noun both count: the rest of the list up to the next number.
const DIRECTED_COUNT_AHEAD = /^\s+(?:outbound|inbound|westbound|eastbound|southbound|northbound)\s+(?:and|or)\s+\d(?:[\d,]*\d)?(?=\s+(?:outbound|inbound|westbound|eastbound|southbound|northbound)\b)/i;
const COPULA_AFTER = /^\s+(?:were|was)\s+/i;
// Between a count and a bare number it is compared with: "..., compared with", "..., against", "... from", "nearly doubling the".
// (A cut-off day in between is no number of the count's: "had passed through the port by Nov. 25, compared with 2,540".)
const COMPARED_BARE_COUNT = /^(?:[^.;\d]|(?:19|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s?\d{1,2}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2}\b){0,140}\b(?:compared\s+(?:with|to)|against|versus|vs\.?|up\s+from|down\s+from|(?:doubling|tripling|halving)\s+the)\s+(?:(?:about|around|nearly|some|just|only)\s+)?$/i;

// The rest of a list of percentages up to the mark after its last number: " and 8.5 percent", ", 9.1 and 11.6%".
const LISTED_PERCENTS_AHEAD = new RegExp(`^${LIST_GAP}(?:[-+]?\\d+(?:\\.\\d+)?${LIST_GAP}){0,5}[-+]?\\d+(?:\\.\\d+)?\\s?(?:%|percent(?!age)\\b|per cent\\b|pct\\b)`, 'i');

/** The code of the first character at or after `at` that `\s` does not match (NaN at the end). */
function codeAfterSpaces(s: string, at: number): number {
  return s.charCodeAt(firstNonSpace(s, at));
}

/** True when a list's gap (", ", " and ", `LIST_GAP`) may start at `at`: its first character past spaces is "," or "a". */
function listGapAt(s: string, at: number): boolean {
  const c = codeAfterSpaces(s, at);
  return c === 44 || (c | 32) === 97;
}

/** True when spaces and then a word starting with `letter` (lower case, either case matches) follow `at`: `^\s+<letter>`. */
function spacesThenLetter(s: string, at: number, letter: string): boolean {
  return isSpace(s.charCodeAt(at)) && (codeAfterSpaces(s, at) | 32) === letter.charCodeAt(0);
}

// "the trips totalled 8,870, 4 percent more than a year earlier": a bare number and one percentage after a bare comma are
// a level and its change; only "respectively" or "each" after them makes the two a list ("rose 12.1, 8.5 percent respectively").
const BARE_COMMA_PERCENT = /^\s*,\s*[-+]?\d+(?:\.\d+)?\s?(?:%|percent(?!age)\b|per cent\b|pct\b)/i;
const EACH_AFTER = /^[^.;]{0,60}?\b(?:respectively|each)\b/i;

/** A zero-length percent mark for a number listed before the one that writes it, or null. */
function listedPercent(ahead: string): RegExpExecArray | null {
  if (!/^\s*(?:,|and\b)/i.test(ahead) || !LISTED_PERCENTS_AHEAD.test(ahead)) return null;
  const pair = BARE_COMMA_PERCENT.exec(ahead);
  if (pair && !EACH_AFTER.test(ahead.slice(pair[0].length))) return null;
  return /^/.exec(ahead);
}

// "Westbound trains, i.e. from China to Europe, numbered 862": the stop of an abbreviation ends no clause.
const ABBREVIATION_STOP = /\b(?:i\.e|e\.g|viz|cf|etc)\.\s$/i;

/** Where the last full stop before `at` ends a stretch of text (-1 when none): not an abbreviation's. */
function sentenceStopBefore(s: string, at: number): number {
  let stop = s.lastIndexOf('. ', at);
  while (stop > 0 && ABBREVIATION_STOP.test(s.slice(Math.max(0, stop - 6), stop + 2))) stop = s.lastIndexOf('. ', stop - 1);
  return stop;
}

/** The count noun a unit-less number refers to, looking back through its clause. */
// "Outbound trains, loaded mainly with cars, home appliances and daily goods, accounted for 1,398": an aside on what the
// subject carried, set off by commas, names no counted thing of the subject's.
const CARGO_ASIDE_OPEN = /,\s*(?:loaded|laden|filled|packed|stacked|carrying)\b/i;

/** A clause without the aside on cargo between its subject and the verb (up to the aside's last comma). */
function withoutCargoAside(clause: string): string {
  if (!clause.includes(',')) return clause;
  const aside = CARGO_ASIDE_OPEN.exec(clause);
  const close = aside ? clause.lastIndexOf(',') : -1;
  return aside && close > aside.index ? clause.slice(0, aside.index) + clause.slice(close) : clause;
}

function subjectUnit(s: string, numStart: number): { unit: string; measure: Measure; phrase: string } | null {
  const raw = s.slice(Math.max(0, numStart - 40), numStart);
  // Gapping: "Inbound trains were 1,190, outbound trains 1,246" leaves out the verb of the clause before.
  const gapped = mentions(s, GAPPED_NOUN_WORDS, numStart - 60, numStart) ? GAPPED_CLAUSE.exec(s.slice(Math.max(0, numStart - 60), numStart)) : null;
  if (gapped && LEVEL_VERB_BEFORE_ANYWHERE.test(s.slice(0, numStart - gapped[0].length))) {
    const noun = countNoun(gapped[2]);
    if (noun) return { unit: noun.unit, measure: noun.measure, phrase: gapped[1] ? `${gapped[1].trim()} ${gapped[2]}` : gapped[2] };
  }
  if (!LEVEL_VERB_BEFORE.test(raw.replace(QUALIFIER_BEFORE, 'qualifier ')) && !LEVEL_VERB_BEFORE.test(raw)) return null;
  const clauseStart = Math.max(s.lastIndexOf(';', numStart), sentenceStopBefore(s, numStart), numStart - 140, 0);
  const clause = withoutCargoAside(s.slice(clauseStart, numStart));
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  SUBJECT_NOUNS.lastIndex = 0;
  while ((m = SUBJECT_NOUNS.exec(clause)) !== null) last = m;
  // "20 trains now run each day, and the types of goods carried have expanded to 3,100": kinds of things are counted after it.
  // "container routes ... bringing the total to 52", "truck lines now number 14": a count noun naming the routes or lines
  // it runs on is their modifier; the routes are counted.
  if (!last || KINDS_SUBJECT.test(clause.slice(last.index + last[0].length)) || NOUN_OF_NETWORK_AFTER.test(clause.slice(last.index + last[0].length))) return null;
  const noun = countNoun(last[1]);
  if (!noun) return null;
  const lead = wordsBefore(clause.slice(Math.max(0, last.index - 60), last.index), 3).join(' ');
  const leadWords = spaceWords(lead);
  const modifiers = leadWords.filter((w) => w && !/^(?:the|of|number|a|an|its|their|such|total|and|in|all)$/i.test(w));
  const stop = leadWords.lastIndexOf('of');
  const kept = stop >= 0 ? leadWords.slice(stop + 1) : modifiers;
  return { unit: noun.unit, measure: noun.measure, phrase: [...kept.filter((w) => !/^(?:the|such|a|an)$/i.test(w)), last[1]].join(' ') };
}

// "Of the trains, 702 ...", "Of these vehicles, 41,200 ..." before the number; "702 of the trains" after it.
const PARTITIVE_BEFORE = /\b(?:[Oo]f|[Aa]mong)\s+(?:the|these|those|all\s+the)\s+((?:[\w-]+\s+){0,2}?)(vehicles?|cars?|trucks?|trains?|containers?|vessels?|ships?)\s*,\s*$/;
const PARTITIVE_AFTER = /^\s+of\s+(?:the|these|those|them)\s+((?:[\w-]+\s+){0,2}?)(vehicles?|cars?|trucks?|trains?|containers?|vessels?|ships?)\b/i;

// "of which 1,502 were return trains": trains coming back are inbound.
// "Of these, 1,201 were bound for Central Asian countries": a part headed abroad has a direction too.
// "Of these, 371 arrived from China and 241 departed for it": a part that came from or left for a place has one too.
// "while 2,117 came back loaded with wine", "and 1,362 returned": a part that came back is inbound; "2,358 departed from Xi'an
// for Europe": a part that left its hub for a place went out.
// "Of the trips, 2,710 ran south to Qinzhou": a part that ran one way of the compass has a direction too.
// "Of these, 1,302 left China and 914 entered it": a part that left or entered a country (named, or "it", "the country") too.
// "Of these, 1,703 set out westward with cars": a part that set out one way of the compass (a201).
const PART_DIRECTION_AFTER = /^[^.;]{0,50}?\b(?:outbound|inbound|westbound|eastbound|southbound|northbound|return(?:ing)?\s+trains?|bound\s+for|headed\s+(?:for|to)|(?:arrived|came)\s+(?:in\s+)?from|came\s+back|returned|(?:departed|left)(?:\s+(?:from\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+for|(?:made|ran|completed|took|were\s+on)\s+(?:the|a|their)\s+(?:[\w-]+\s+)?return\s+(?:trips?|journeys?|runs?|legs?|voyages?)|(?:headed|went|moved|ran|rolled|travell?ed)\s+out\s+of|went\s+to|(?:ran|went|headed|travell?ed|set\s+(?:out|off))\s+(?:north|south|east|west)(?:wards?)?|(?:left|exited|quit|entered|came\s+into|crossed\s+into|re-?entered)\s+(?:it|the\s+(?:country|nation)|(?-i:[A-Z])[\w'’-]*))\b/i;

// "1,100 of the trains departed Chongqing for Europe" (the hub named with no "from"), "while 470 made the return trip", "634
// ran the return journey", "1,205 were headed out of China": a part that left its place or made the way back has a direction.
// "Of these, 2,112 ran to Central Asia", "742 were to Europe", "1,731 were from Europe and Central Asia": a verb of going or
// being and a place it went to or came from (a capital: "were to be" says nothing of where).
const PART_PLACE_DIRECTION_AFTER = /^[^.;]{0,50}?\b(?:ran|went|headed|travell?ed|were|was)\s+(?:to|for)\s+(?:the\s+)?[A-Z]|^[^.;]{0,50}?\b(?:were|was|came|arrived|ran)\s+(?:in\s+)?from\s+(?:the\s+)?[A-Z]/;
// "Of the trains, 3,401 were outbound and 3,111 were inbound": the parts listed before a later part of the same things.
const EARLIER_PARTS = /(?:\d[\d,.]*\s+(?:were|was|arrived|came|departed|left|went|exited|entered|crossed)\s+[^.;,\d]{1,40}?(?:,\s*|,?\s+(?:and|while)\s+))+$/;
// "Of these, 1,201 were bound for ...": a sentence opening on a part of what the sentence before counted.
// "Of the trips, 612 went to Europe": the whole named by the word for a count of runs; "Of the trips in the first six
// months, 5,520 were westbound": with the period of the whole. "Of these trips, 8,100 were outbound": the runs named by a
// demonstrative. "Of the total trips, 1,032 were outbound", "Of the total,
// 96 were inbound": the whole named as the total.
const PARTITIVE_PRONOUN_OPENING = /^\s*(?:[Oo]f|[Aa]mong)\s+(?:these|them|those|(?:the|these|those)\s+(?:total\s+)?trips|the\s+total)(?:\s+(?:in|during|over)\s+(?:the\s+)?[^,.;]{1,40}?)?\s*,\s*$/;

/** What the sentence before counted last, for a part that names no noun ("Of these, 1,201 were bound for ..."). */
export interface CountedBefore {
  unit: string;
  measure: Measure;
  phrase: string;
  /** Named in the sentence before with no figure: "N of them" counts them all, not a part of a count. */
  uncounted?: boolean;
}

// "China-Europe freight trains kept the yards busy. A total of 2,608 of them crossed the border", "Trucks queued for days. Some
// 41,000 of them cleared the post in May", "Container ships kept coming. In all, 312 of these called at the port": a pronoun's
// count of things the sentence before named without a number is the count of those things, when a total's words lead it or a
// verb of passing or running follows it (a180; "1,100 of them carried laptops" stays composition).
const UNCOUNTED_TOTAL_BEFORE = /\b(?:a\s+total\s+of|in\s+all,?|altogether,?|all(?:\s+told)?,?)\s+(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$/i;
const UNCOUNTED_PART_AFTER = /^\s+of\s+(?:them|these|those)\s+(?:(?:have|had|has|were|was)\s+(?:been\s+)?)?(?:crossed|passed|ran|run|went|left|arrived|entered|exited|travell?ed|moved|cleared|rolled|departed|dispatched|handled|received|transited|called)\b/i;
const UNCOUNTED_OF_THEM = /^\s+of\s+(?:them|these|those)\b/i;
const uncountedWhole = (s: string, numStart: number, afterNumber: number): boolean =>
  UNCOUNTED_PART_AFTER.test(s.slice(afterNumber, afterNumber + 60)) || (UNCOUNTED_OF_THEM.test(s.slice(afterNumber, afterNumber + 16)) && UNCOUNTED_TOTAL_BEFORE.test(s.slice(Math.max(0, numStart - 30), numStart)));

// "Westbound services accounted for 1,127 of them": the part's direction may open its clause instead.
// ("Russia-bound runs accounted for 1,340 of those", "Europe-bound services made up ...", "homeward-bound trains numbered ...":
// a direction named by where the runs are bound; a137.)
const PLACE_BOUND_DIRECTION = String.raw`(?:home(?:ward)?-?bound|(?-i:[A-Z])[\w'’.]*-bound)`;
// "Of the outbound trains, 203 served terminals in Germany", "Among the westbound services, 96 ...", "Of those return runs, 41
// ...", "Of the Europe-bound trains, 130 ...": a part of a whole whose direction the opening names has that direction (a180).
const PARTITIVE_DIRECTION_OPENING = new RegExp(String.raw`\b(?:[Oo]f|[Aa]mong)\s+(?:the|these|those|all\s+the)\s+(?:[\w-]+\s+)?(?:outbound|inbound|westbound|eastbound|southbound|northbound|return(?:ing)?|${PLACE_BOUND_DIRECTION})\s+(?:[\w-]+\s+)?(?:trains?|services|runs|trips|journeys|containers|vessels|ships|trucks|vehicles)\s*,\s*$`, 'i');
const PART_DIRECTION_BEFORE = new RegExp(String.raw`\b(?:outbound|inbound|westbound|eastbound|southbound|northbound|return(?:ing)?|${PLACE_BOUND_DIRECTION})\s+(?:[\w-]+\s+){0,2}?(?:accounted\s+for|made\s+up|represented|comprised|numbered|were|was|came\s+to)\s+$`, 'i');
// "Outbound and inbound services numbered 1,620 and 1,140": both directions, a number each (the second after the first and "and").
// Where the runs went may stand between ("Westbound services into Duisburg numbered 412", "Return trains from Hamburg came to
// 96", "Outbound runs via Khorgos were 310", "Westbound runs arriving at Hamburg totalled 388"; a162), and the runs may be named by any word for them.
// ("Services heading west out of the city numbered 458", "Trains running eastward from Duisburg totalled 164", "Runs going
// west via Khorgos were 310": the runs named first, then their way by a verb of travel; a174.)
// (a248: the way may be named against the runs counted before, "Services heading the other way", "Trains running in the
// opposite direction", "Runs going back", and the load they haul set off by commas: "..., hauling milk powder and machine
// parts into the city, numbered 1,715".)
const RUNS_HEADING_OPENING = String.raw`^\s*(?:Services|Trains|Runs|Trips|Journeys)\s+(?:heading|running|going|travell?ing|moving|bound)\s+(?:(?:west|east)(?:wards?)?|the\s+(?:other|opposite|reverse)\s+way|in\s+the\s+(?:other|opposite|reverse)\s+direction|back)(?:\s+(?:out\s+of|into|to|for|from|via|through|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?(?:\s*,\s*(?:hauling|carrying|bringing|taking|moving|loaded\s+with)\s[^.;]{1,140}?,)?\s+(?:numbered|totall?ed|came\s+to|reached|were)\s+$`;
// (a229: a participle of carrying with its load may stand before the place: "Return services bringing goods into the city
// numbered 1,610", "Inbound trains carrying grain from Kazakhstan totalled", "Westbound runs hauling car parts to Duisburg were".)
export const RUNS_ROUTE = String.raw`(?:(?:\s+(?:arriving|pulling|rolling|coming|heading|running|bound|(?:bringing|carrying|hauling|taking|moving)(?:\s+[\w-]+){1,2}?))?\s+(?:into|to|for|from|at|via|through)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?`;
// "Services heading east into Xi'an, loaded largely with auto parts, wine and milk powder, numbered 688", "Outbound trains,
// packed with laptops and printers, totalled 1,240": an aside on the runs' load, set off by commas (its list may hold commas
// of its own) right before the verb, leaves the runs' opening and its verb as they were (a247).
const LOAD_ASIDE_BEFORE_VERB = /,\s*(?:(?:mostly|mainly|largely|chiefly|heavily|fully)\s+)?(?:loaded|laden|filled|packed|stacked|carrying)\s[^.;:\d]{1,100},\s*(?=(?:numbered|totall?ed|came\s+to|reached|were)\s+$)/i;

/** The text before a count without a load aside right before its verb (LOAD_ASIDE_BEFORE_VERB). */
function withoutLoadAside(head: string): string {
  if (!head.includes(',')) return head;
  const from = Math.max(0, head.length - 200);
  const m = LOAD_ASIDE_BEFORE_VERB.exec(head.slice(from));
  return m ? `${head.slice(0, from + m.index)} ${head.slice(from + m.index + m[0].length)}` : head;
}
const DIRECTED_SERVICES_OPENING = new RegExp(String.raw`^\s*(?:Outbound|Inbound|Westbound|Eastbound|Southbound|Northbound|Return(?:ing)?)(?:\s+and\s+(?:outbound|inbound|westbound|eastbound|southbound|northbound|return(?:ing)?)\s+services\s+(?:numbered|totall?ed|came\s+to|reached|were)\s+(?:\d[\d,]*\s+and\s+)?|\s+(?:services|trains|runs|trips|journeys)${RUNS_ROUTE}\s+(?:numbered|totall?ed|came\s+to|reached|were)\s+)$|${RUNS_HEADING_OPENING}`);
// "1,127 of them": a part of what the sentence before counted, the noun left out.
// "Outbound trains made up 9,406 of the total": the whole counted before, named as the total.
// "Alashankou handled 2,105 of them and Horgos 1,807": a conjunction after it starts the next part, no words of its own.
// "Chongqing has run more than 14,000 of them by the end of June", "... 560 of them so far", "... of them in all", "... of
// them to date": a time or place adjunct after it is no word of its own either (a verb is: "1,100 of them carried laptops").
const PRONOUN_PART_AFTER = /^\s+of\s+(?:them|these|those|the\s+total)\b(?!\s+(?!(?:and|while|whereas|by|so|to|in|since|until|till|through|over|during|as|at)\s)[a-z])/i;
// "..., and eastbound services for 737": the next part of the same whole, its verb left out.
// ("4,630 of the trips and eastbound trains for the other 3,680": the whole named by a noun of runs, the next part as "the
// other", "the remaining" or "the rest, some"; a111.)
// ("Outbound services made up 2,950 of them and inbound services 2,430", "..., while return trains numbered 1,100": the verb
// of the first part left out with no preposition, or one of the next part's own; a125.)
const ELIDED_NEXT_PART = new RegExp(String.raw`\d[\d,]*\s+of\s+(?:them|these|those|the\s+total|(?:the|these|those|all\s+the)\s+(?:total\s+)?(?:trains|trips|runs|journeys|services))\b[^.;]{0,60}?,?\s+(?:and|while|whereas)\s+(?:the\s+)?(?:outbound|inbound|westbound|eastbound|southbound|northbound|return(?:ing)?|${PLACE_BOUND_DIRECTION})\s+(?:[\w-]+\s+){0,2}?(?:for\s+)?(?:the\s+(?:other|remaining)\s+)?$`, 'i');

// "accounted for 2,904 of them, while 2,117 came back loaded": the next part, with a direction of its own.
// "1,100 of the trains departed ..., while 470 made the return trip": the part may name its whole by its noun.
const AFTER_PRONOUN_PART = /\d[\d,]*\s+of\s+(?:them|these|those|the\s+total|(?:the|these|those)\s+(?:[\w-]+\s+)?(?:trains|services|runs|trips|journeys))\b[^.;\d]{0,80}?,?\s+(?:and|while|whereas)\s+$/i;

// ("Xi'an sent out 1,420 of them": a hub's verb of sending too.)
const PLACE_PART_OPENING = /^\s*(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}(?:\s+port)?\s+(?:alone\s+)?(?:handled|saw|cleared|received|dispatched|sent(?:\s+out)?|accounted\s+for)\s+$/;

const SINCE_TOTAL_OPENING = /^\s*Since\b[^.;]{1,120},\s*(?:the\s+)?(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}|port|city|station|hub|crossing)\s+(?:has|have|had)\s+(?:seen|handled|received|dispatched|sent|run|operated)\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?$/;

const THERE_WERE_BEFORE = /\bthere\s+(?:were|had\s+been)\s+(?:(?:only|just|a\s+mere|some|about|around|nearly)\s+)?$/i;

/** The count noun of a number that is a part of things counted ("Of the trains, 702 were outbound"). */
function partitiveUnit(s: string, numStart: number, afterNumber: number, before?: CountedBefore): { unit: string; measure: Measure; phrase: string } | null {
  if (before?.uncounted) return uncountedWhole(s, numStart, afterNumber) ? before : null;
  const head = s.slice(0, numStart).replace(EARLIER_PARTS, '');
  // Only a part that has a direction of its own is a figure; "702 of the trains carried electronics" is composition.
  const directedWhole = PARTITIVE_DIRECTION_OPENING.test(head.slice(-70));
  const directed = directedWhole || PART_DIRECTION_AFTER.test(s.slice(afterNumber, afterNumber + 90)) || PART_PLACE_DIRECTION_AFTER.test(s.slice(afterNumber, afterNumber + 90)) || PART_DIRECTION_BEFORE.test(head.slice(-60));
  if (before && ELIDED_NEXT_PART.test(head.slice(-160))) return before;
  // "Manzhouli handled 3,566 of them": a place's part of what the sentence before counted.
  if (before && PLACE_PART_OPENING.test(head) && PRONOUN_PART_AFTER.test(s.slice(afterNumber, afterNumber + 16))) return before;
  // "Since the first such train crossed at Manzhouli in March 2013, the port has seen 560 of them": all of the things the
  // sentence before counted since a launch, a running total of the same noun.
  if (before && SINCE_TOTAL_OPENING.test(head) && PRONOUN_PART_AFTER.test(s.slice(afterNumber, afterNumber + 16))) return before;
  // "In its first full year there were only 35.": a bare number that closes a sentence saying only that there were so many
  // counts what the sentence before counted.
  if (before && THERE_WERE_BEFORE.test(head.slice(-40)) && /^\s*(?:[.;!]|$)/.test(s.slice(afterNumber, afterNumber + 4))) return before;
  // "Outbound services numbered 5,280" after a count of trains: the runs of one direction are a part of the trains counted
  // (the opening names the direction).
  if (before && DIRECTED_SERVICES_OPENING.test(withoutLoadAside(head))) return before;
  if (!directed) return null;
  // "4,406 of them outbound with cars": the part of the runs counted, its cargo named after its way (a194).
  if (before && RUNS_PART_AFTER.test(s.slice(afterNumber, afterNumber + 40))) return before;
  const m = PARTITIVE_BEFORE.exec(head.slice(-60)) ?? PARTITIVE_AFTER.exec(s.slice(afterNumber, afterNumber + 60));
  const noun = m ? countNoun(m[2]) : null;
  if (m && noun) return { unit: noun.unit, measure: noun.measure, phrase: `${m[1]}${m[2]}`.trim() };
  return before && (directedWhole || PARTITIVE_PRONOUN_OPENING.test(head) || PRONOUN_PART_AFTER.test(s.slice(afterNumber, afterNumber + 16)) || AFTER_PRONOUN_PART.test(head.slice(-90)) || RUNS_PART_AFTER.test(s.slice(afterNumber, afterNumber + 40))) ? before : null;
}

// "About 1,080 of the services ran westbound", "1,080 of them ran westbound": a part of what the sentence before counted,
// named by a pronoun or by a word for runs, with its verb of moving right after.
// ("Huaihua dispatched 912 of them southbound", "sent 410 of these westbound to Duisburg", "ran 96 of those bound for Minsk",
// "1,020 of the services headed for Europe": the part's way said right after it, by a direction word, with its verb before it.)
const RUNS_PART_AFTER = /^\s+of\s+(?:them|these|those|the\s+(?:services|runs|trips|journeys|trains))\s+(?:ran|went|were|was|headed|travell?ed|left|departed|came|arrived|(?:out|in|west|east|south|north)-?bound|bound\s+for)\b/i;

/**
 * Every figure of a (folded) sentence, skipping numbers inside dates and period expressions; numbers
 * too long to keep exactly are passed to `onInexact` with the reason (exact-number.ts).
 */
export function findFigures(s: string, mask: Mask, onInexact?: (written: string, reason: string) => void, countedBefore?: CountedBefore, millionTonnesGlued = false, moneyBefore?: string): Figure[] {
  const figures: Figure[] = [];
  for (const token of tokensOf(s, onInexact, millionTonnesGlued)) {
    if (masked(mask, token.start, token.end)) continue;
    // A number inside the unit of the figure before it ("149,000 20-foot equivalent units") is no figure.
    if (figures.length && token.start < figures[figures.length - 1].end) continue;
    const figure = figureAt(s, numberAt(s, token, millionTonnesGlued), figures, countedBefore, moneyBefore);
    if (figure) figures.push(figure);
  }
  return figures;
}

/** A number of the sentence with what is written right around it: a sign, a currency before, a scale after. */
interface NumberAt {
  token: NumberToken;
  /** Where the number starts with its sign, and with its currency prefix too (a level's start). */
  numStart: number;
  start: number;
  prefix: ReturnType<typeof currencyBefore>;
  scale: Scale | null;
  exponent: number;
  /** Just after the number and its scale, and the characters there. */
  afterNumber: number;
  rest: string;
  /** The release writes its tonnes as a glued "t", so a glued "mt" after a decimal is million tonnes (units.ts). */
  millionTonnesGlued: boolean;
}

function numberAt(s: string, written: NumberToken, millionTonnesGlued: boolean): NumberAt {
  const numStart = written.start - (written.sign ? 1 : 0);
  const prefix = currencyBefore(s, numStart);
  const first = readScale(s, written.end, prefix !== null);
  const { token, scale } = (first && compoundAmount(s, written, first)) || { token: written, scale: first };
  const afterNumber = token.end + (scale?.length ?? 0);
  return { token, numStart, start: prefix ? numStart - prefix.length : numStart, prefix, scale, exponent: scale?.exponent ?? 0, afterNumber, rest: s.slice(afterNumber, afterNumber + 24), millionTonnesGlued };
}

// "5 trillion 812.4 billion drams", "1 billion 250 million": translations from Russian write an amount as a sum of
// scaled parts, a larger scale first; the smaller part is below one unit of the larger.
const SMALLER_PART_AFTER = /^\s+(\d{1,3}(?:[.,]\d+)?)(?=\s+(?:billion|million|thousand)\b)/;

/** The amount a scaled number and the smaller scaled part right after it write together, or null. */
function compoundAmount(s: string, token: NumberToken, scale: Scale): { token: NumberToken; scale: Scale } | null {
  const at = token.end + scale.length;
  const part = isSpace(s.charCodeAt(at)) && isDigitAt(s, firstNonSpace(s, at)) ? SMALLER_PART_AFTER.exec(s.slice(at, at + 24)) : null;
  if (!part || !/^\d+$/.test(token.digits)) return null;
  const partEnd = at + part[0].length;
  const smaller = readScale(s, partEnd, false);
  if (!smaller || smaller.exponent >= scale.exponent) return null;
  const partValue = Number(part[1].replace(',', '.'));
  if (partValue >= 10 ** (scale.exponent - smaller.exponent)) return null;
  const digits = String(Number(token.digits) * 10 ** (scale.exponent - smaller.exponent) + partValue);
  return { token: { ...token, end: partEnd, digits }, scale: smaller };
}

/** The figure a number is (a percentage or a level), or null when it is none. */
function figureAt(s: string, n: NumberAt, figures: Figure[], countedBefore?: CountedBefore, moneyBefore?: string): Figure | null {
  // Each mark starts within the first characters ("p", "%", "t", "f" after an optional space or
  // hyphen): a number followed by none of them is tested no further.
  if (anyCharOf(n.rest, 0, 2, 'pP') && POINTS_AFTER.test(n.rest)) return null;
  const mark = percentMark(s, n);
  if (mark) return percentFigure(s, n, mark);
  const value = scaledValue(n.token.digits, n.exponent);
  if (!Number.isFinite(value)) return null;
  for (const rule of LEVEL_RULES) {
    const level = rule(s, n, figures, countedBefore, moneyBefore);
    if (level) return levelFigure(s, n, value, level);
  }
  return null;
}

/** The percent sign or the multiple ("times", "fold") after a number without currency or scale. */
function percentMark(s: string, n: NumberAt): { text: string; multiple: boolean } | null {
  if (n.scale || n.prefix) return null;
  const { token, rest, afterNumber } = n;
  // "up 12.7 and 8.5 percent respectively": a bare number heading a list whose last item names the percent is one
  // too ("between 5 and 7 percent" is a range, read by nonfigures.ts).
  const listable = !afterBetween(s, token.start);
  const written = anyCharOf(rest, 0, 4, '%pP') ? PERCENT_AFTER.exec(rest) : listable && listGapAt(s, afterNumber) ? listedPercent(s.slice(afterNumber, afterNumber + 80)) : null;
  if (written) return { text: written[0], multiple: false };
  if (spokenChangeWithoutPercent(s, n)) return { text: '', multiple: false };
  const times = anyCharOf(rest, 0, 4, 'tTfF') ? MULTIPLE_AFTER.exec(rest) : null;
  return times && !tripsOfTrains(s, n) ? { text: times[0], multiple: true } : null;
}

// "Exports going the other way, fifty-two point eight billion, up only three point one.": a speaker who has said "percent"
// for the figures before leaves it off a change said in words with its decimals ("down just two point four on the year",
// "rose four point six, to ...", "imports slipped by point eight"). Only a spoken decimal right after a change word
// and before the end of its clause is read so: a bare "up three" or "rose 4.6" in digits (an index's points) is not.
const SPOKEN_CHANGE_BEFORE = /\b(?:up|down|rose|fell|grew|gained|climbed|jumped|dropped|slipped|slid|increased|decreased|declined|edged\s+(?:up|down))\s+(?:(?:by|only|just|nearly|almost|about|around|some|roughly|another|a\s+further)\s+){0,2}$/i;
const CLAUSE_END_AFTER = /^\s*(?:[.,;:!?)\]–—]|\s-\s|$|(?:year[- ]on[- ]year|on\s+the\s+year|from\s+a\s+year\s+(?:earlier|ago)|over\s+(?:the\s+)?(?:same\s+period|a\s+year)\s+(?:earlier|ago|last\s+year))\b)/i;

/** A change said in words with decimals and no percent after it (see SPOKEN_CHANGE_BEFORE). */
function spokenChangeWithoutPercent(s: string, n: NumberAt): boolean {
  if (!n.token.fromWords || !n.token.digits.includes('.') || n.token.sign) return false;
  return CLAUSE_END_AFTER.test(n.rest) && SPOKEN_CHANGE_BEFORE.test(s.slice(Math.max(0, n.numStart - 40), n.numStart));
}

// "International freight trains crossed the border at the port 4,312 times during the year": so is how many times they crossed.
// "Freight trains shuttled between China and Europe through the port 118 times in May": how many times trains made their
// run is a count of trips (trains), not a multiple; a change word between them ("ran ... up 2.4 times") keeps the multiple.
// ("Freight trains on the China-Europe and China-Central Asia routes crossed the border at Horgos 6,912 times", "trains passed
// through the port 3,204 times", "trains entered and left the country 5,012 times": the subject's routes may stand between, and
// any verb of running, passing, crossing or calling at a place counts the runs.)
const TRAINS_RAN_BEFORE = /\btrains?\b[^.;\d%]{0,80}?\b(?:shuttled|ran|travell?ed|plied|crossed|passed|went|entered|exited|left|rolled|moved|called|departed|arrived|operated|ma(?:de|king)\s+(?:the|their|its|that)\s+(?:trip|journey|run|crossing))\b(?![^.;\d%]*\b(?:up|by|grew|rose|increased|jumped|surged|climbed|more|than|nearly|almost)\b)[^.;\d%]{0,100}$/i;
const TIMES_OF_TRIPS_AFTER = /^\s*times\b\s*(?:[.;,)]|$|(?:in|during|from|between|through|via|on|this|last|so|since|over\s+the)\b)/i;

/** A number of "times" that counts the runs trains made, by the verb of running before it and the words after it. */
function tripsOfTrains(s: string, n: NumberAt): boolean {
  return !n.token.digits.includes('.') && TIMES_OF_TRIPS_AFTER.test(s.slice(n.afterNumber, n.afterNumber + 24)) && TRAINS_RAN_BEFORE.test(s.slice(Math.max(0, n.numStart - 160), n.numStart));
}

/** "... shuttled ... 118 times": the runs counted as trains (see tripsOfTrains). */
function timesOfTrips(s: string, n: NumberAt): LevelReading | undefined {
  if (n.scale || n.prefix || !anyCharOf(n.rest, 0, 4, 'tT') || !tripsOfTrains(s, n)) return undefined;
  const times = /^\s*times\b/i.exec(n.rest)!;
  return { end: n.afterNumber + times[0].length, unit: 'trains', measure: 'count', phrase: 'trips' };
}

/** `/\bbetween\s+$/i` on the ten characters before `at`, run only where the spaces before `at` follow an "n". */
function afterBetween(s: string, at: number): boolean {
  const from = Math.max(0, at - 10);
  let j = at;
  while (j > from && isSpace(s.charCodeAt(j - 1))) j--;
  if (j === at || (s.charCodeAt(j - 1) | 32) !== 110) return false;
  return /\bbetween\s+$/i.test(s.slice(from, at));
}

function percentFigure(s: string, n: NumberAt, mark: { text: string; multiple: boolean }): Figure | null {
  const { token, numStart } = n;
  // "grew 2.4 times", "a seven-fold increase": read the Chinese way (增长N倍), up by N x 100 percent.
  const raw = mark.multiple ? Number(token.digits) * 100 : Number(token.digits);
  if (!Number.isFinite(raw) || raw > 100000) return null;
  return {
    kind: 'percent', start: numStart, end: n.afterNumber + mark.text.length, numStart, numEnd: token.end,
    value: token.sign === '-' ? -raw : raw, unit: '', measure: 'growth', qualifier: qualifierBefore(s, numStart),
    sign: token.sign, phrase: '', ofWhat: '', unitFromSubject: false, multiple: mark.multiple || undefined, bare: undefined,
  };
}

/** What a level rule reads: where the level ends, what it counts, and (a unit with a multiplier) its value. */
interface LevelReading {
  end: number;
  unit: string;
  measure: Measure;
  phrase?: string;
  ofWhat?: string;
  bare?: BareSymbol | '';
  unitFromSubject?: boolean;
  value?: number;
}

function levelFigure(s: string, n: NumberAt, value: number, level: LevelReading): Figure {
  const { start, token } = n;
  return {
    kind: 'level', start, end: level.end, numStart: token.start, numEnd: token.end, value: level.value ?? value,
    unit: level.unit, measure: level.measure, qualifier: qualifierBefore(s, start), sign: '', phrase: level.phrase ?? '', ofWhat: level.ofWhat ?? '', unitFromSubject: level.unitFromSubject ?? false,
    multiple: undefined, bare: level.bare || undefined,
  };
}

/** A level counting what `counted` names, ending at `end`. */
const countedLevel = (end: number, counted: { unit: string; measure: Measure; phrase?: string; ofWhat?: string }): LevelReading => ({ end, unit: counted.unit, measure: counted.measure, phrase: counted.phrase, ofWhat: counted.ofWhat });

/** `countedBefore`: what the sentence before counted last (for a part naming no noun); `moneyBefore`: the currency its last level was in. */
type LevelRule = (s: string, n: NumberAt, figures: Figure[], countedBefore?: CountedBefore, moneyBefore?: string) => LevelReading | undefined;

/** How a number that is no percentage gets its unit, in order: the first rule that reads one decides. */
const LEVEL_RULES: LevelRule[] = [
  currencyPrefixed, currencyFollowing, bracketedCurrencyUnit, unitWithMultiplier, countUnitFollowing, countUnitOfPeriodWhole, countUnitOfTheNamed, countUnitAfterCopula, countUnitAfterDash, partOfCountJustGiven,
  unitOfListedItems, currencyOfAmountBefore, countOfAmountBefore, countOfPronounSubject, unitOfListedAmounts, scaleOfNextAmount, currencyFrame, quantityFrame, currencyOfSentenceBefore, unitOfListCaption, dashedPartnerItem, gappedFlowAmount, unitOfListedCounts, listedDestination, gappedPlace, placeVerbNextPart, directedNextPart, onesOfCount, gappedAccountedFor, otherWayVerbPart, partitive, countOfCountWordSubject, countOfMidSentenceCountWord, countOfBareListByPeriod, comparedBareCount, yearLaterCount, periodListCount, pronounCountOfItsBase, comparedScaledQuantity, labelledCell, timesOfTrips, countableSubject,
];

/** "$1.2 billion": the currency before the number (a repeated one after it, "$1.2 billion US dollars", is skipped). */
function currencyPrefixed(s: string, { prefix, afterNumber, scale, token, numStart }: NumberAt): LevelReading | undefined {
  if (!prefix) return undefined;
  const again = currencyAfter(s, afterNumber);
  const explicit = again && !again.bare ? again : null;
  const framed = scale ? null : SCALE_FRAME_BEFORE.exec(s.slice(0, numStart));
  const value = framed ? scaledValue(token.digits, FRAME_EXPONENTS[framed[1].toLowerCase()]) : undefined;
  return { end: afterNumber + (again?.length ?? 0), unit: explicit?.unit ?? prefix.unit, measure: 'value', bare: explicit ? '' : prefix.bare, value };
}

// "surpluses, in billions of dollars, with the Netherlands ($5.6)": a scale stated once for the sentence is the
// scale of each unscaled amount in its currency after it.
const SCALE_FRAME_BEFORE = /\bin\s+(thousands|millions|billions)\s+of\s+(?:U\.?S\.?\s+)?(?:dollars|euros|pounds|yuan|yen|rupees|pesos)\b/i;
const FRAME_EXPONENTS: Record<string, number> = { thousands: 3, millions: 6, billions: 9 };

function currencyFollowing(s: string, { afterNumber }: NumberAt): LevelReading | undefined {
  const currency = currencyAfter(s, afterNumber);
  return currency ? { end: afterNumber + currency.length, unit: currency.unit, measure: 'value', bare: currency.bare } : undefined;
}

// "reached 233.9 (100 million yuan)", "398.1 (billion yuan)": the unit in brackets right after a bare number, a power of ten
// and a scale word at most before the money (as a table's head writes it).
const BRACKETED_SCALE_OPEN = /^\s*\(\s*(?:(1(?:0{1,3}|,000)?)\s+)?(?:(thousand|million|billion|trillion)\s+)?/i;
const SCALE_WORD_EXPONENT: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };

// "Imports and exports of Sichuan Province, 2021 (100 million yuan)": a caption's year after a comma or "in" is no amount.
const CAPTION_YEAR_BEFORE = /(?:,|\b(?:in|of|for))\s*$/i;

function bracketedCurrencyUnit(s: string, { afterNumber, scale, token, exponent, numStart }: NumberAt): LevelReading | undefined {
  if (/^(?:19|20)\d\d$/.test(token.digits) && CAPTION_YEAR_BEFORE.test(s.slice(Math.max(0, numStart - 6), numStart))) return undefined;
  const open = scale || codeAfterSpaces(s, afterNumber) !== 40 ? null : BRACKETED_SCALE_OPEN.exec(s.slice(afterNumber, afterNumber + 30));
  if (!open || !(open[1] || open[2])) return undefined;
  const at = afterNumber + open[0].length;
  const currency = currencyAfter(s, at);
  const close = currency ? /^\s*\)/.exec(s.slice(at + currency.length, at + currency.length + 4)) : null;
  if (!currency || !close) return undefined;
  const extra = (open[1] ? open[1].replace(',', '').length - 1 : 0) + (open[2] ? SCALE_WORD_EXPONENT[open[2].toLowerCase()] : 0);
  const worth = scaledValue(token.digits, exponent + extra);
  return Number.isFinite(worth) ? { end: at + currency.length + close[0].length, unit: currency.unit, measure: 'value', bare: currency.bare, value: worth } : undefined;
}

/** "10.2 mmt", "98.2 Mt", "850 kt", "5.1 bcm", "1.2 mln t": the unit carries a multiplier. */
function unitWithMultiplier(s: string, { afterNumber, scale, token, exponent, millionTonnesGlued }: NumberAt): LevelReading | undefined {
  const scaledUnit = scaledUnitAfter(s, afterNumber, scale !== null, millionTonnesGlued);
  if (!scaledUnit) return undefined;
  const worth = scaledValue(token.digits, exponent + scaledUnit.exponent);
  return Number.isFinite(worth) ? { end: afterNumber + scaledUnit.length, unit: scaledUnit.unit, measure: scaledUnit.measure, ofWhat: scaledUnit.ofWhat, value: worth } : undefined;
}

// "141.5 billion MT": capital "MT" after a scale word is tonnes, or the metical's sign in Mozambique's statistics
// (currency-context.ts decides by the reporter).
const SIGN_OF_METICAL = /^\s?MT\b/;

// "400 billion pounds of goods", "worth 17.8 billion pounds", "came to 5.4 million pounds": a scaled amount in plain
// "pounds" is money where a pound country reports (sterling in a British speech, Egypt's pound in a Cairo briefing;
// currency-context.ts decides by the reporter), and weight elsewhere ("142.6 million pounds of shrimp"). A sentence that
// weighs ("volume", "weighing", "tonnes", "per pound") or prices the goods in a written currency keeps the pounds weight.
const PLAIN_POUNDS_AFTER = /^\s?pounds?\b(?!\s+(?:sterling|per\b))/i;
const WEIGHED_SENTENCE = /\bvolumes?\b|\bweigh|\btonn?(?:e|es|s)?\b|\b(?:per|a)\s+pound\b|\blbs?\b|[$€£¥]|\b(?:USD|EUR|GBP)\b/i;

function countUnitFollowing(s: string, { afterNumber, scale }: NumberAt): LevelReading | undefined {
  const count = countUnitAfter(s, afterNumber);
  if (!count) return undefined;
  const level = countedLevel(afterNumber + count.length, count);
  if (scale !== null && SIGN_OF_METICAL.test(s.slice(afterNumber, afterNumber + 4))) return { ...level, bare: 'MT' };
  return scale !== null && PLAIN_POUNDS_AFTER.test(s.slice(afterNumber, afterNumber + 16)) && !WEIGHED_SENTENCE.test(s) ? { ...level, bare: 'pound' } : level;
}

// "took 19,800 of October's cars", "19,800 of the month's shipments", "4,205 of the half year's trips": a part of a period's whole, whose noun counts it.
const OF_PERIOD_WHOLE_AFTER = new RegExp(`^\\s+of\\s+(?:(?:the|this|last)\\s+)?(?:${MONTH_WORDS}|month|quarter|half[- ]year|year|period|week)['’]s\\s+(?:total\\s+)?`, 'i');

/** "Russia took 19,800 of October's cars": the count noun after "of <period>'s" is the part's unit. */
function countUnitOfPeriodWhole(s: string, { afterNumber }: NumberAt): LevelReading | undefined {
  const of = spacesThenLetter(s, afterNumber, 'o') ? OF_PERIOD_WHOLE_AFTER.exec(s.slice(afterNumber, afterNumber + 40)) : null;
  const counted = of ? countUnitAfter(s, afterNumber + of[0].length) : null;
  return counted ? countedLevel(afterNumber + of![0].length + counted.length, counted) : undefined;
}

// "handled 4,927 of the trains", "4,927 and 4,516 of the trains": a part of things named before, counted by their noun, that a
// place handled, saw or sent (a verb of handling right before the number or the list it ends); "350 of these trains carried
// auto parts" says what some of them carried, no figure. ("Outbound services made up 3,210 of the trips", "represented 612
// of the runs": a verb of being a part names the part the same way; not "took up", whose "up 1,640" is a change; a111.)
const OF_THE_COUNTED_AFTER = /^\s+of\s+(?:the|these|those)\s+(?!\d)/i;
// (a242: declarations or a house that "covered", "processed" or "declared" a part: "Declarations lodged with Urumqi Customs
// itself covered 38,700 of the vehicles".)
const HANDLED_PART_BEFORE = /\b(?:handled|saw|cleared|covered|processed|declared|received|dispatched|sent(?:\s+out)?|accounted\s+for|made\s+up|represented|comprised|constituted|ran|operated|took)\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?(?:\d[\d,]*\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$/i;

/** "Horgos handled 4,516 of the trains": the count noun after "of the" is the part's unit (none after a scaled number). */
function countUnitOfTheNamed(s: string, { afterNumber, scale, numStart }: NumberAt): LevelReading | undefined {
  const of = scale || !spacesThenLetter(s, afterNumber, 'o') || !HANDLED_PART_BEFORE.test(s.slice(Math.max(0, numStart - 60), numStart)) ? null : OF_THE_COUNTED_AFTER.exec(s.slice(afterNumber, afterNumber + 20));
  const counted = of ? countUnitAfter(s, afterNumber + of[0].length) : null;
  return counted ? countedLevel(afterNumber + of![0].length + counted.length, counted) : undefined;
}

/** "of which 1,102 were transit trains": the unit comes after a copula. */
function countUnitAfterCopula(s: string, { afterNumber }: NumberAt): LevelReading | undefined {
  const copula = spacesThenLetter(s, afterNumber, 'w') ? COPULA_AFTER.exec(s.slice(afterNumber, afterNumber + 12)) : null;
  const counted = copula ? countUnitAfter(s, afterNumber + copula[0].length) : null;
  return counted ? countedLevel(afterNumber + copula![0].length + counted.length, counted) : undefined;
}

// "6.4 million — cars shipped out of Chinese ports", "19,000 — China-Europe freight train trips in the year", "5,213: freight
// trains through the port", "1.2 million – vehicles exported": a count that opens its item (a list's number or mark at most
// before it) and is then named by its noun after a dash or colon counts what that noun names.
const DASH_BEFORE_NOUN = /^\s*(?:[—–:]|-(?=\s))/;
const OPENS_ITEM_BEFORE = /(?:^|[.;!?]\s+|\n\s*|(?:^|\s)(?:\d{1,2}[.)]|\d{1,2}\/\d{1,2}|[•·▪*➤►‣-])\s+)(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?$/i;

/** "6.4 million — cars shipped out": the count noun after a dash or colon is the unit of a count opening its item. */
function countUnitAfterDash(s: string, { afterNumber, numStart, prefix }: NumberAt): LevelReading | undefined {
  const dash = prefix ? null : DASH_BEFORE_NOUN.exec(s.slice(afterNumber, afterNumber + 4));
  if (!dash || !OPENS_ITEM_BEFORE.test(s.slice(Math.max(0, numStart - 16), numStart))) return undefined;
  const counted = countUnitAfter(s, afterNumber + dash[0].length);
  return counted ? countedLevel(afterNumber + dash[0].length + counted.length, counted) : undefined;
}

// "...; 1,790 were outbound and 1,622 inbound": a bare number with a direction of its own, right after it or after "were".
// ("217 trains headed west to Europe and 160 came back loaded with wine": a verb of coming back gives the direction too.)
// ("468 trains left the station, while 157 arrived from Duisburg", "1,428: 1,102 left China for Kazakhstan": a verb of leaving or
// arriving with where, right after the bare number, too.)
// ("of which 2,300 moved out of China and 1,900 came back", "470 made the return trip": going out of a place, or the way back;
// "while 1,896 ran back into China", "1,210 went back": any verb of motion with "back", a111.)
// ("with the remaining 1,685 arriving from Europe", "the other 900 heading for Moscow", "while 610 were coming back",
// "1,200 leaving for Duisburg": the participle of those verbs, bare or after "were", names the direction as well; a148.)
const DIRECTION_RIGHT_AFTER = /^\s+(?:(?:(?:were|was)\s+)?(?:outbound|inbound|westbound|eastbound|southbound|northbound)|(?:(?:were|was)\s+(?=[a-z]+ing\b))?(?:(?:came|coming|travell?(?:ed|ing)|head(?:ed|ing)|arriv(?:ed|ing)|ran|running|went|going|rolled|rolling|moved|moving|journey(?:ed|ing))\s+back|return(?:ed|ing)|arriv(?:ed|ing)\s+(?:(?:in|back)\s+)?(?:from|at|in)|c(?:ame|oming)\s+in\s+from|(?:left|leaving|departed|departing)\s+(?:for|from|the)|head(?:ed|ing)\s+(?:for|to)\s+(?-i:[A-Z])|(?:head(?:ed|ing)|went|going|moved|moving|rolled|rolling|ran|running|travell?(?:ed|ing))\s+out\s+of)|(?:made|ran|completed)\s+(?:the|a)\s+return\s+(?:trips?|journeys?|runs?|legs?))\b/i;
// ... or right before a capitalized place ("1,102 left China").
const LEFT_FOR_NAMED_PLACE = /^\s+(?:left|departed)\s+(?-i:[A-Z])\w*\b/i;
const OF_WHICH_BEFORE = /^(?:[^.;]|\.(?=\d)){0,80}\b(?:of which|of them|among them|among which)\s*$/i;

/**
 * "3,012 trains passed through, of which 1,598 were outbound", "..., 1,598 of which were outbound": a part of a count
 * just given counts the same things; numbers between them are no figures (the whole is the last one), so a period
 * may stand there ("2,410 trains from 1 January to 31 October 2026, of which 1,530 were outbound"); so does a bare
 * number with a direction after a count of the sentence ("3,412 trains ..., up 2.6%; 1,790 were outbound and 1,622 inbound").
 */
function partOfCountJustGiven(s: string, { afterNumber, scale, start }: NumberAt, figures: Figure[]): LevelReading | undefined {
  if (scale) return undefined;
  const whole = figures[figures.length - 1];
  const after = s.slice(afterNumber, afterNumber + 24);
  if (whole && whole.kind === 'level' && whole.measure === 'count') {
    const before = s.slice(whole.end, start);
    const copula = spacesThenLetter(s, afterNumber, 'w') && COPULA_AFTER.test(s.slice(afterNumber, afterNumber + 12));
    if (copula && OF_WHICH_BEFORE.test(before)) return countedLevel(afterNumber, whole);
    // "2,410 trains, of which 1,530 were outbound and 880 were inbound": a later part, the parts before it set aside.
    if (copula && EARLIER_PARTS.test(s.slice(whole.numStart, start)) && WHOLE_THEN_PARTS.test(s.slice(0, start).replace(EARLIER_PARTS, ''))) return countedLevel(afterNumber, whole);
    if (PART_RELATIVE_AFTER.test(after) && /^[^.;\d]{0,80},\s*$/.test(before)) return countedLevel(afterNumber, whole);
    // "312 trains had crossed ... since the service was launched in August 2015, 96 of them this year": the part of a count
    // that fell in a period of its own.
    if (PART_IN_PERIOD_AFTER.test(after) && /^(?:[^.;\d]|(?:19|20)\d\d\b){0,140},\s*$/.test(before)) return countedLevel(afterNumber, whole);
  }
  const counted = figures.findLast((f) => f.kind === 'level');
  if (counted?.kind === 'level' && counted.measure === 'count' && (DIRECTION_RIGHT_AFTER.test(after) || LEFT_FOR_NAMED_PLACE.test(after))) return countedLevel(afterNumber, counted);
  return undefined;
}
const WHOLE_THEN_PARTS = /\d[^.;\d]{0,80}\b(?:of which|of them|among them|among which)\s*$/i;
const PART_RELATIVE_AFTER = /^\s+of\s+(?:which|them|these)\s+(?:were|was)\s/i;
const PART_IN_PERIOD_AFTER = /^\s+of\s+(?:them|these)\s+(?:(?:this|last)\s+year|in\s+(?:(?:19|20)\d\d|the\s+(?:first|past|last)\b))/i;

/**
 * "vehicle exports totaled 6.41 million units, up 17.8 percent, with NEV exports at 2.28 million": a scaled number without
 * a unit, in the clause that goes on from a scaled count or quantity, counts what that one counts ("worth 3.1 million"
 * is an amount of money the currency rules read, or none).
 */
function countOfAmountBefore(s: string, { afterNumber, scale, exponent, start }: NumberAt, figures: Figure[]): LevelReading | undefined {
  const previous = figures.findLast((x) => x.kind === 'level');
  if (!scale || exponent < 3 || !previous || (previous.measure !== 'count' && previous.measure !== 'quantity') || start - previous.end > 120) return undefined;
  if (!SCALED_NUMBER.test(s.slice(previous.numEnd, previous.end)) || !GOES_ON_TO_BARE_AMOUNT.test(s.slice(previous.end, start))) return undefined;
  if (previous.measure === 'quantity' && otherCountedSubject(s.slice(previous.end, start), previous.unit)) return undefined;
  return countedLevel(afterNumber, previous);
}

/**
 * "4.6 million tonnes of ro-ro cargo, and the number of new vehicles handled rose 18% to 1.02 million", "while passenger cars
 * shipped climbed to 1.3 million": a later clause whose subject is things counted one by one counts those things
 * (countableSubject reads them), not what the weighed amount before measured (a count before, "1.12 million units" of trucks,
 * still lends its unit).
 */
function otherCountedSubject(gap: string, unit: string): boolean {
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  SUBJECT_NOUNS.lastIndex = 0;
  while ((m = SUBJECT_NOUNS.exec(gap)) !== null) last = m;
  const noun = last ? countNoun(last[1]) : null;
  return noun !== null && noun.unit !== unit;
}
const SCALED_NUMBER = /^\s*(?:thousand|million|billion|mln|bln|mn|bn)\b/i;

/**
 * "New energy vehicle exports hit 241,000 units last month ...; in the first ten months, they totaled 2.07 million": a
 * bare number whose clause has a pronoun for its subject counts what the sentence's last count or quantity counted.
 */
function countOfPronounSubject(s: string, n: NumberAt, figures: Figure[]): LevelReading | undefined {
  if (n.prefix || yearOrCode(s, n) || unknownNounAfter(s, n) || !PRONOUN_SUBJECT_BEFORE.test(s.slice(Math.max(0, n.start - 80), n.start))) return undefined;
  const previous = figures.findLast((x) => x.kind === 'level');
  if (!previous || (previous.measure !== 'count' && previous.measure !== 'quantity') || n.start - previous.end > 160) return undefined;
  return countedLevel(n.afterNumber, previous);
}
// "; in the first ten months, they totaled ", ", and these came to about ": the clause's subject a pronoun, then a level verb.
const PRONOUN_SUBJECT_BEFORE = /(?:[;,]\s*|\b(?:and|while|but)\s+)(?:they|these|those)\s+(?:(?:also|together|combined|jointly)\s+)?(?:totall?ed|reached|hit|came\s+to|amounted\s+to|numbered|stood\s+at|were|(?:rose|grew|climbed|jumped|increased|fell|dropped|declined|decreased)\s+to)\s+(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly)\s+)?$/i;
// ", up 17.8 percent, with NEV exports at ": the gap to the bare amount, one clause going on, nothing about worth.
const GOES_ON_TO_BARE_AMOUNT = /^(?!(?:[^.;]|\.(?=\d))*\b(?:worth|valued?|value|revenue|yuan|dollars?)\b)(?:[^.;]|\.(?=\d))*\b(?:at|to|of|reached|totall?ed|hit|came\s+to|amounted\s+to|numbered|and)\s+(?:(?:about|around|nearly|some|over|more\s+than|almost)\s+)?$/i;

/**
 * "20.9 billion US dollars, of which 17.4 billion with Russia": a scaled amount without a unit
 * repeats the currency of the amount just before it in the sentence; so it does past a percentage
 * ("exports grew 34.4 percent to 47.65 billion US dollars and imports 35.8 percent to 45.57 billion").
 * An amount in plain "pounds" (money or weight, as the reporter decides: countUnitFollowing) lends its pounds the same way
 * ("nearly 400 billion pounds of goods - 392 billion, to be precise", "sold 17.8 billion pounds, and bought 21.2 billion").
 */
function currencyOfAmountBefore(s: string, { afterNumber, scale, exponent, start }: NumberAt, figures: Figure[]): LevelReading | undefined {
  const previous = figures.findLast((x) => x.kind === 'level');
  if (scale && exponent >= 6 && previous && previous.kind === 'level' && (previous.measure === 'value' || previous.bare === 'pound') && start - previous.end <= 120 && sameClauseRun(s.slice(previous.end, start))) return { end: afterNumber, unit: previous.unit, measure: previous.measure, bare: previous.bare };
  return undefined;
}

// "Exports were 14.26 trillion yuan, rising 6.7%; imports reached 10.57 trillion": one semicolon, then the other flow.
const OTHER_FLOW_AFTER_SEMICOLON = /^[^;]*;\s+(?:and\s+|while\s+)?(?:exports?|imports?)\b[^;]*$/i;

/** True when the gap between two amounts keeps to one run of clauses: no sentence or semicolon between, or only a semicolon before the other flow. */
function sameClauseRun(gap: string): boolean {
  if (!/[.;]\s/.test(gap)) return true;
  return !/\.\s/.test(gap) && OTHER_FLOW_AFTER_SEMICOLON.test(gap);
}

// "Exports were 59.8 billion and imports 43.4 billion dollars": the other flow's amount, after "and" and its flow word, names
// the currency the first amount left out.
const OTHER_FLOW_AMOUNT_AHEAD = new RegExp(`^\\s+and\\s+(?:exports?|imports?)\\s+(?:(?:were|was|at|of)\\s+)?\\d[\\d.,]*\\s*${LIST_SCALE}`, 'i');
// "came to 31.0 and 20.1 billion dollars": a bare number, then "and" and a scaled amount in a currency, shares its scale and
// currency (not a range: "between 7.5 and 8 billion", "from 3 and ..." are left alone).
// "turnover with Russia, China and Italy was 9.76, 7.01 and 5.38 billion dollars": so does each bare number of a longer list
// (no year among them, and not the day of a date: "on March 3, 2026 and ..." is left alone).
const NEXT_SCALED_AHEAD = /^(?:\s*,\s*(?!(?:19|20)\d\d\b)\d[\d.]*){0,4}\s*,?\s+and\s+\d[\d.,]*(?=\s?[a-z])/i;
const RANGE_OPENING_BEFORE = new RegExp(String.raw`\b(?:between|from)\s+(?:\S{1,4}\s?)?$|\b(?:${MONTH_WORDS})\.?\s+$`, 'i');

/** A bare number before "and" and a scaled amount in a currency: that amount's scale and currency. */
function scaleOfNextAmount(s: string, { afterNumber, scale, prefix, token, numStart }: NumberAt): LevelReading | undefined {
  if (scale || prefix || token.digits.replace(/\D/g, '').length > 4 || isYearDigits(token.digits) || !(spacesThenLetter(s, afterNumber, 'a') || s.charCodeAt(afterNumber) === 44)) return undefined;
  const next = NEXT_SCALED_AHEAD.exec(s.slice(afterNumber, afterNumber + 40));
  const nextScale = next ? readScale(s, afterNumber + next[0].length, false) : null;
  if (!nextScale || nextScale.exponent < 6 || RANGE_OPENING_BEFORE.test(s.slice(Math.max(0, numStart - 20), numStart))) return undefined;
  const currency = currencyAfter(s, afterNumber + next![0].length + nextScale.length);
  return currency ? { end: afterNumber, unit: currency.unit, measure: 'value', bare: currency.bare, value: scaledValue(token.digits, nextScale.exponent) } : undefined;
}

/**
 * "61.2 billion, 55.3 billion and 13.1 billion dollars": scaled amounts listed before the one that
 * names the currency share it; "4.18 million, 1.96 million and 1.37 million TEUs": likewise the unit of a quantity.
 */
function unitOfListedAmounts(s: string, { afterNumber, scale, exponent }: NumberAt): LevelReading | undefined {
  if (!scale || exponent < 6) return undefined;
  const ahead = listGapAt(s, afterNumber) ? s.slice(afterNumber, afterNumber + 160) : '';
  const tail = ahead ? (LISTED_AMOUNTS_AHEAD.exec(ahead) ?? OTHER_FLOW_AMOUNT_AHEAD.exec(ahead)) : null;
  const shared = tail ? currencyAfter(s, afterNumber + tail[0].length) : null;
  if (shared) return { end: afterNumber, unit: shared.unit, measure: 'value', bare: shared.bare };
  const counted = tail ? countUnitAfter(s, afterNumber + tail[0].length) : null;
  return counted && counted.measure === 'quantity' ? countedLevel(afterNumber, counted) : undefined;
}

// "gold at 563 million and khat at 442 million dollars", "Kenya at 120 million, Uganda at 95 million and Rwanda at 40 million
// dollars", "gold (563 million) and khat (442 million dollars)", "exports of 2.1 billion and imports of 3.4 billion euros": a
// list of items each named with its scaled amount ("at", "with", "of" or a bracket between), the last naming the unit they
// share. (An item is a short name: one to three words, none a number.) The unit the list names itself goes before the unit of
// the amount before the list ("goods worth $4 billion, with coal at 12 million and iron ore at 9 million tonnes").
const LIST_ITEM = String.raw`(?:the\s+)?(?!and\b)[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?(?:\s+(?:at|with|of)\s+(?:(?:about|around|nearly|some|roughly|almost|over|just\s+over)\s+)?|\s*\(\s*)`;
const LISTED_ITEMS_AHEAD = new RegExp(String.raw`^(?:\s*\))?${LIST_GAP}(?:${LIST_ITEM}\d[\d.,]*\s*${LIST_SCALE}(?:\s*\))?${LIST_GAP}){0,5}${LIST_ITEM}\d[\d.,]*\s*${LIST_SCALE}`, 'i');

/** A scaled amount of a list of named items ("gold at 563 million and khat at 442 million dollars"): the unit the last names. */
function unitOfListedItems(s: string, { afterNumber, scale, exponent }: NumberAt): LevelReading | undefined {
  if (!scale || exponent < 6) return undefined;
  const c = codeAfterSpaces(s, afterNumber);
  const tail = c === 44 || c === 41 || (c | 32) === 97 ? LISTED_ITEMS_AHEAD.exec(s.slice(afterNumber, afterNumber + 200)) : null;
  if (!tail) return undefined;
  const shared = currencyAfter(s, afterNumber + tail[0].length);
  if (shared) return { end: afterNumber, unit: shared.unit, measure: 'value', bare: shared.bare };
  const counted = countUnitAfter(s, afterNumber + tail[0].length);
  return counted && counted.measure === 'quantity' ? countedLevel(afterNumber, counted) : undefined;
}

/**
 * "Measured in U.S. dollars, farm imports totaled 142.8 billion", "In yuan terms, exports came to 2.1 trillion":
 * the currency the clause is framed in is the unit of a scaled bare amount after it.
 */
function currencyFrame(s: string, { afterNumber, scale, exponent, numStart }: NumberAt): LevelReading | undefined {
  if (!scale || exponent < 6) return undefined;
  const framed = currencyFrameBefore(s.slice(Math.max(0, numStart - 100), numStart));
  return framed ? { end: afterNumber, unit: framed.unit, measure: 'value', bare: framed.bare } : undefined;
}

// "In TEU terms, the count was 361,000", "Measured in TEUs, the boxes came to 1.2 million", "In terms of tonnage, the cargo
// reached 3.4 million", "By weight, the shipments totalled 880,000": a unit of quantity named for the clause (as a currency is by
// CURRENCY_FRAME), with no amount between it and a bare number (a125).
// (a229: the unit fronted bare with its comma, "In TEU, the two flows amounted to 548,300 and 522,100 respectively", "In tonnes,
// the cargoes came to", "Counted in TEUs, ...".)
const QUANTITY_FRAME = /\b(?:in\s+(TEU|tonnage|weight)\s+terms|(?<=(?:^|[.;:]\s*|\n)(?-i:I)n\s+)(TEUs?|tonnes|tons|twenty-foot\s+equivalent\s+units)(?=\s*,)|in\s+terms\s+of\s+(TEUs?|tonnage|weight|tonnes|tons|twenty-foot\s+equivalent\s+units)|(?:measured|counted|expressed|calculated)\s+(?:in|by)\s+(TEUs?|tonnes|tons|tonnage|weight|twenty-foot\s+equivalent\s+units)|by\s+(weight|tonnage))\b(?![^.;\d]*\d)[^.;]*$/i;
const QUANTITY_FRAME_WORDS = /terms|measured|counted|expressed|calculated|weight|tonnage|TEU|tonnes|tons|twenty-foot/i;

// (a229: "In TEU, the two flows amounted to 548,300 and 522,100 respectively", "In TEU terms the three terminals moved 410,000,
// 388,000 and 92,500": the later bare amounts of a list under the frame take its unit as the first does.)
const LISTED_AMOUNT_BEFORE = /\d[\d,.]*\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;

/** `before` without the bare amounts of a list that run up to the number after it ("548,300 and "). */
function withoutListedAmounts(before: string): string {
  let text = before;
  for (let i = 0; i < 6 && LISTED_AMOUNT_BEFORE.test(text); i++) text = text.replace(LISTED_AMOUNT_BEFORE, '');
  return text;
}

/** A bare number of a thousand or more (or scaled) after a frame naming its unit of quantity ("In TEU terms, ..."). */
function quantityFrame(s: string, n: NumberAt): LevelReading | undefined {
  const { afterNumber, scale, numStart, prefix, token } = n;
  if (prefix || (!scale && Number(token.digits) < 1000) || yearOrCode(s, n) || unknownNounAfter(s, n) || /^\s+of\b/i.test(s.slice(afterNumber, afterNumber + 5))) return undefined;
  const before = s.slice(Math.max(0, numStart - 100), numStart);
  const m = QUANTITY_FRAME_WORDS.test(before) ? QUANTITY_FRAME.exec(withoutListedAmounts(before)) : null;
  if (!m) return undefined;
  const unit = /^(?:TEU|twenty)/i.test(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]) ? 'TEU' : 'tonnes';
  return { end: afterNumber, unit, measure: 'quantity' };
}

// "Re-exports totalled 14.3 billion CFA francs." then "Imports consist mainly of rice (28.6 billion), petroleum products
// (24.1 billion) ...": a scaled amount alone in brackets is in the money the sentence before ended on. So, in short forms
// (bulletins, scripts, briefs) that name the currency once, is a scaled amount closing its phrase (a stop, comma, bracket or
// dash after it: "1.2 billion people" is no such amount) when its clause speaks of trade (a flow, trade or worth word before
// it) or it stands with a change: "Trade rose to 7.08 trillion yuan." then "Exports edged up 0.2 percent to 4.35 trillion",
// "Imports came to 15.1 billion.", "Imports 141.2 bn (+18.0%)", "ASEAN 41.7 bn, +24.3%" (a127). Either way only in a sentence
// that has given no other unit of its own (a bare amount after tonnes, or after any other unit in its sentence, stays unread).
const TRADE_WORD_BEFORE = /\b(?:exports?|imports?|exported|imported|trade[ds]?|turnover|shipments?|sales|purchases|surplus|deficit|worth|valued?|earnings?|receipts|bill)\b[^;:]*$/i;
// (a242) Or closed by the place it is for, with, to or from: "That is a surplus of fifty-one billion for Brazil", "a deficit of
// 3.2 billion with Japan", "sales of 4.1 billion to Europe", "purchases of 2 billion from us".
const AMOUNT_CLOSED_AFTER = /^\s*(?:[.,;:()]|--|[—–]|$|(?:for|with|to|from)\s+(?:the\s+)?(?:[A-Z]|(?:us|you|them)\b))/;
const CHANGE_NEXT_TO_AMOUNT = /^\s*[,(]\s*(?:[+\-−–]\s*\d|(?:up|down|rising|falling|growing|increasing|decreasing|declining|gaining|losing|dropping)\b|(?:a|an)\s+(?:rise|drop|fall|increase|decrease|decline|gain|jump)\b)/i;
const CHANGE_BEFORE_AMOUNT = /(?:%|\b(?:percent|per\s+cent|pct|pc))\s+(?:to|at)\s+(?:(?:about|around|nearly|almost|some|roughly|over|just\s+over)\s+)?$/i;
// "Imports grew 10.5 percent. They stood at 47.6 billion.", "It came to 3.1 billion.", "The figure reached 5.2 billion.": a
// sentence whose subject points back (a pronoun, or a noun of the amount) and whose verb leads straight to the amount speaks
// of the trade the sentence before named.
const POINTING_SUBJECT_BEFORE = /^\s*(?:They|It|The\s+(?:figure|total|sum|amount|value|bill|tally))\s+(?:[a-z]+\s+){1,3}$/;

/** A scaled bare amount in a sentence after one that ended on money, alone in brackets or spoken of as trade: that money. */
function currencyOfSentenceBefore(s: string, { afterNumber, scale, exponent, numStart, prefix }: NumberAt, figures: Figure[], _counted?: CountedBefore, moneyBefore?: string): LevelReading | undefined {
  if (!moneyBefore || !scale || exponent < 6 || prefix || !AMOUNT_CLOSED_AFTER.test(s.slice(afterNumber, afterNumber + 24))) return undefined;
  if (!figures.every((f) => f.kind !== 'level' || f.unit === moneyBefore)) return undefined;
  const before = s.slice(Math.max(0, numStart - 100), numStart);
  const bracketed = s.charCodeAt(afterNumber) === 41 && /\(\s*$/.test(before.slice(-3));
  const spoken = bracketed || TRADE_WORD_BEFORE.test(before) || CHANGE_BEFORE_AMOUNT.test(before) || CHANGE_NEXT_TO_AMOUNT.test(s.slice(afterNumber, afterNumber + 30)) || (numStart < 40 && POINTING_SUBJECT_BEFORE.test(s.slice(0, numStart)));
  return spoken ? { end: afterNumber, unit: moneyBefore, measure: 'value' } : undefined;
}

// "Main trading partners (Jan-Jun, US$ billion, change): EU 126.03 (+23.6%); US 119.80 (+24.2%)": a bracketed
// caption right before a colon names the currency and scale of the bare numbers listed after it.
const CAPTION_BEFORE_LIST = /\(([^()]{0,60})\)\s*:(?:[^:.]|\.(?=\d))*$/;
const CAPTION_SCALE = /\b(?:(100\s+million|hundred\s+million)|(billions?|bn|bln)|(millions?|mn|mln)|(thousands?))\b/i;

// "Imports from Bangladesh (2024-25): garments 612 and jute goods 208 (US$ million).": the list after a caption's colon may
// name its unit in a bracket closing it instead, nothing but items (words, bare numbers, commas, "and") between (a202).
const LIST_AFTER_COLON = /:(?:[^:.()]|\.(?=\d))*$/;
const LIST_ITEMS_TO_BRACKET = /^(?:[^():.%$€£¥]|\.(?=\d)){0,200}?\(([^()]{0,60})\)\s*(?:[.;]|$)/;

/** The bracket naming the unit of a list after a caption's colon: before the colon, else closing the list; or null. */
function listCaptionBracket(s: string, numStart: number, afterNumber: number): { text: string; start: number } | null {
  const from = Math.max(0, numStart - 300);
  const colon = s.indexOf(':', from);
  const before = colon >= 0 && colon < numStart ? CAPTION_BEFORE_LIST.exec(s.slice(from, numStart)) : null;
  // (A bracket before the colon that names no scale, "(2024-25):", leaves the list's own closing bracket to tell.)
  if (before && CAPTION_SCALE.test(before[1])) return { text: before[1], start: from + before.index + 1 };
  const after = LIST_AFTER_COLON.test(s.slice(from, numStart)) ? LIST_ITEMS_TO_BRACKET.exec(s.slice(afterNumber, afterNumber + 270)) : null;
  return after ? { text: after[1], start: afterNumber + after[0].indexOf('(') + 1 } : null;
}

/**
 * The unit a list caption in brackets gives a bare number listed after it ("(US$ billion): EU 126.03"), or the bracket
 * closing the list gives the numbers before it ("...: garments 612 and jute goods 208 (US$ million)."); or undefined.
 */
function unitOfListCaption(s: string, { scale, numStart, afterNumber, token }: NumberAt): LevelReading | undefined {
  if (scale || isYearDigits(token.digits)) return undefined;
  const caption = listCaptionBracket(s, numStart, afterNumber);
  const scaleWord = caption ? CAPTION_SCALE.exec(caption.text) : null;
  if (!caption || !scaleWord) return undefined;
  const scaleStart = caption.start + scaleWord.index;
  const currency = currencyBefore(s, scaleStart) ?? currencyAfter(s, scaleStart + scaleWord[0].length);
  const exponent = scaleWord[1] ? 8 : scaleWord[2] ? 9 : scaleWord[3] ? 6 : 3;
  // ("Main bulk cargoes handled: iron ore 61.3, coal 28.9 (million tonnes)", "...: crude 4.1 and LNG 2.2 (million tons)": a
  // bracket of a scaled weight or volume gives the items that quantity, as one of money gives them its currency.)
  const counted = currency ? null : countUnitAfter(s, scaleStart + scaleWord[0].length);
  if (counted && counted.measure === 'quantity' && s.slice(scaleStart + scaleWord[0].length + counted.length, caption.start + caption.text.length).trim() === '') return { ...countedLevel(token.end, counted), value: scaledValue(token.digits, exponent) };
  if (!currency) return undefined;
  return { end: token.end, unit: currency.unit, measure: 'value', bare: currency.bare, value: scaledValue(token.digits, exponent) };
}

// "We sold them four point one billion dollars of goods in 2023, and they sold us three point two", "exports to Italy were
// 4.1 billion dollars and imports 3.2", "Egypt exported 4.1 billion dollars of goods to Italy and imported 3.2", "..., while
// Italy sold Egypt 3.2": the other flow of a coordinated clause, its verb or flow noun right before a bare number that closes the
// clause, leaves out the unit and scale of the amount before it.
// The clause before may hold the first amount's change ("..., 1.3 percent less than a year earlier, and bought 14.1"), and
// the other flow may be a noun with its partner and a verb of amounting ("while our purchases from them came to eleven
// point two", "and imports from Italy were 3.2", "but what we bought from them totalled 950"). (a241: the partner named back by
// a noun, "while imports from the country amounted to 11.0", "and sales to the island came to 2.1", "but purchases from the
// bloc were 7.4". "and from there it brought in 5.6" is left: read, it turned the first clause's flow too, flow-choice.ts.)
const GAPPED_FLOW_GAP = /^(?:[^.;\d]|(?:19|20)\d\d\b|\d+(?:\.\d+)?\s*(?:%|per\s*cent\b)){0,100}?(?:,\s*|\s+)(?:and|while|whereas|but)\s+(?:[\w'’-]+\s+){0,3}?(?:exports|imports|re-exports|purchases|sales|shipments|sold|sells|bought|buys|imported|imports|exported|shipped|purchased|took|sent)(?:\s+(?:(?:from|to)\s+)?(?:us|them|it|the\s+(?:country|island|kingdom|bloc|nation|region)|[A-Z][\w-]+))?(?:\s+(?:(?:came|come|comes|amounted|amount|amounts|ran|added\s+up)\s+to|totall?ed|totals?|stood\s+at|were|was|reached))?\s+(?:(?:about|around|some|nearly|roughly|only|just)\s+)?$/i;
const GAPPED_FLOW_END_AFTER = /^\s*(?:[.;,)"”’]|$)/;

/** A bare number as the other flow's amount of a coordinated clause (GAPPED_FLOW_GAP): the unit and scale of the amount before. */
function gappedFlowAmount(s: string, n: NumberAt, figures: Figure[]): LevelReading | undefined {
  if (n.scale || n.prefix || isYearDigits(n.token.digits)) return undefined;
  const first = figures.findLast((x) => x.kind === 'level');
  if (!first || first.measure !== 'value' || n.start - first.end > 140) return undefined;
  if (!GAPPED_FLOW_END_AFTER.test(s.slice(n.afterNumber, n.afterNumber + 4)) || !GAPPED_FLOW_GAP.test(s.slice(first.end, n.start))) return undefined;
  const written = findDigitNumbers(s.slice(first.numStart, first.numEnd))[0] ?? findWordNumbers(s.slice(first.numStart, first.numEnd))[0];
  const ratio = written ? first.value / Number(written.digits) : NaN;
  if (!Number.isFinite(ratio) || ratio < 1) return undefined;
  const exponent = Math.round(Math.log10(ratio));
  return { end: n.afterNumber, unit: first.unit, measure: 'value', bare: first.bare, value: scaledValue(n.token.digits, exponent) };
}

// "China – 28 944 617,3 thsd. US dollars (24.6%), Russia – 21 067 905,2 (17.9%), Italy – 13 221 480,9 (11.3%)": a list of
// partners, each a name, a dash and its amount, writes the unit and scale with the first amount only.
const DASHED_ITEM_BEFORE = /(?:^|[,;:]\s*(?:and\s+)?)(?:the\s+)?[A-Z][^,;:()\d–—]{1,40}?\s+[–—-]\s*$/;
const DASHED_ITEM_END_AFTER = /^\s*(?:\(|[,;](?:\s|$)|\.(?:\s|$)|$|and\s)/;

/** A bare number as the amount of a dashed partner item after one whose amount named its unit: that unit and scale. */
function dashedPartnerItem(s: string, n: NumberAt, figures: Figure[]): LevelReading | undefined {
  if (n.scale || n.prefix || isYearDigits(n.token.digits)) return undefined;
  const first = figures.findLast((x) => x.kind === 'level');
  if (!first || first.measure !== 'value' || n.start - first.end > 300) return undefined;
  if (!DASHED_ITEM_BEFORE.test(s.slice(Math.max(0, n.start - 50), n.start)) || !DASHED_ITEM_END_AFTER.test(s.slice(n.afterNumber, n.afterNumber + 6))) return undefined;
  if (!DASHED_ITEM_BEFORE.test(s.slice(Math.max(0, first.start - 50), first.start))) return undefined;
  // The scale of the amount before, written ("thsd.") or itself carried from the item before it.
  const written = findDigitNumbers(s.slice(first.numStart, first.numEnd))[0];
  const ratio = written ? first.value / Number(written.digits) : NaN;
  if (!Number.isFinite(ratio) || ratio <= 0) return undefined;
  const exponent = Math.round(Math.log10(ratio));
  return { end: n.afterNumber, unit: first.unit, measure: 'value', bare: first.bare, value: scaledValue(n.token.digits, exponent) };
}

/**
 * "made 2,918, 1,047 and 1,386 trips respectively": counts listed before the one that names the
 * things counted count the same things ("4,927 and 4,516 of the trains" too).
 */
function unitOfListedCounts(s: string, { afterNumber, scale, token, numStart }: NumberAt): LevelReading | undefined {
  // ("1,928 and 1,702 trains": a count written with a group separator is no year, as in yearOrCode.)
  if (scale || (isYearDigits(token.digits) && !GROUPED.test(s.slice(token.start, token.end)))) return undefined;
  const tail = listGapAt(s, afterNumber) ? LISTED_COUNTS_AHEAD.exec(s.slice(afterNumber, afterNumber + 80)) : s.charCodeAt(afterNumber) === 32 ? DIRECTED_COUNT_AHEAD.exec(s.slice(afterNumber, afterNumber + 60)) : null;
  const at = tail ? afterNumber + tail[0].length : 0;
  const ofThe = tail && HANDLED_PART_BEFORE.test(s.slice(Math.max(0, numStart - 60), numStart)) ? OF_THE_COUNTED_AFTER.exec(s.slice(at, at + 20)) : null;
  const shared = tail ? countUnitAfter(s, at + (ofThe?.[0].length ?? 0)) : null;
  return shared ? countedLevel(afterNumber, shared) : undefined;
}

/** The last level before a bare number (none after a scaled one). */
const listedLevel = (n: NumberAt, figures: Figure[]) => (n.scale ? undefined : figures.findLast((x) => x.kind === 'level'));

/**
 * "21,000 autos to ASEAN ...; and 13,000 to USA": a bare number heading the same "to/from <Place>"
 * phrase as a counted figure before it in a list counts the same things; so does one whose verb of going or being
 * says where ("2,112 ran to Central Asia and 1,508 went to European destinations, while 1,731 were from Europe").
 */
function listedDestination(s: string, n: NumberAt, figures: Figure[]): LevelReading | undefined {
  const listed = listedLevel(n, figures);
  if (listed && listed.measure !== 'value' && listedTo(s, n.afterNumber) && listedTo(s, listed.end) && !/[.]\s/.test(s.slice(listed.end, n.start))) return countedLevel(n.afterNumber, listed);
  return undefined;
}

/** True when the words after `at` say where the things went ("to Europe", "went to Central Asia"). */
function listedTo(s: string, at: number): boolean {
  return LISTED_DESTINATION.test(s.slice(at, at + 24)) || LISTED_DESTINATION_VERB.test(s.slice(at, at + 40));
}

/**
 * "Alashankou cleared 7,816 trains and Horgos 7,402": a place and a bare number gapping the verb and noun of
 * the clause before count the same things.
 */
function gappedPlace(s: string, n: NumberAt, figures: Figure[]): LevelReading | undefined {
  const listed = listedLevel(n, figures);
  const { start, afterNumber } = n;
  if (!listed || listed.measure !== 'count') return undefined;
  if (GAPPED_PLACE_BEFORE.test(s.slice(Math.max(listed.end, start - 60), start)) && !/[.;]\s/.test(s.slice(listed.end, start)) && start - listed.end <= 60) return countedLevel(afterNumber, listed);
  if (!yearOrCode(s, n) && GAPPED_KIND_PLACE_GAP.test(s.slice(listed.end, start)) && CLAUSE_END_AFTER_COUNT.test(s.slice(afterNumber, afterNumber + 4))) return countedLevel(afterNumber, listed);
  if (BRACKETED_PLACE_BEFORE.test(s.slice(Math.max(listed.end, start - 60), start)) && /^\s*\)/.test(s.slice(afterNumber, afterNumber + 3)) && !/[.;]\s/.test(s.slice(listed.end, start)) && start - listed.end <= 120) return countedLevel(afterNumber, listed);
  if (RESPECTIVE_COUNT_GAP.test(s.slice(listed.end, start)) && RESPECTIVELY_AFTER.test(s.slice(afterNumber, afterNumber + 16))) return countedLevel(afterNumber, listed);
  return !yearOrCode(s, n) && GAPPED_PLACE_ITEM_GAP.test(s.slice(listed.end, start)) ? countedLevel(afterNumber, listed) : undefined;
}

// "followed by Mexico and Belgium with 415,000 and 217,000, respectively": the last number of a "respectively" list
// counts what the count right before it counts.
const RESPECTIVE_COUNT_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
const RESPECTIVELY_AFTER = /^\s*,?\s*respectively\b/i;

// "Suifenhe saw 1,204 trains, while Tongjiang, whose railway bridge opened in 2022, handled 434": the next place of a
// list of counts, with its own verb of handling and no noun after its number, counts the same things; so with an aside that
// locates it (", while Dostyk, across the border from Alashankou, handled 4,430").
const PLACE_VERB_PART_BEFORE = /(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+(?:while|whereas)\s+)(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}(?:\s+port)?(?:,\s*(?:(?:which|whose|where)\b[^,;]{0,80}|(?:across|opposite|facing|near|next\s+to)\b[^,;\d]{0,60}),)?\s+(?:alone\s+)?(?:handled|saw|cleared|received|dispatched)\s+$/;

/** A bare number after a count, as the count of the next place of a list ("..., while Tongjiang handled 434"). */
function placeVerbNextPart(s: string, n: NumberAt, figures: Figure[]): LevelReading | undefined {
  const listed = listedLevel(n, figures);
  if (!listed || listed.measure !== 'count' || yearOrCode(s, n) || n.start - listed.end > 200 || /[.;]\s/.test(s.slice(listed.end, n.start))) return undefined;
  return PLACE_VERB_PART_BEFORE.test(s.slice(Math.max(listed.end, n.start - 160), n.start)) ? countedLevel(n.afterNumber, listed) : undefined;
}

// "Westbound trains numbered 862, while 292 ran eastbound": the next part of a count, joined to it, with a direction of its own.
const NEXT_PART_GAP = /^\s*,?\s+(?:and|while|whereas)\s+$/i;
const NEXT_PART_DIRECTION_AFTER = /^\s+(?:(?:ran|went|travell?ed|moved|were|was)\s+)?(?:eastbound|westbound|inbound|outbound|southbound|northbound)\b/i;
// "ran 2,846 trips in January-October, including 1,561 westbound and 1,285 eastbound", "1,702 trains ran through the port,
// 1,020 going out and 682 coming in", "3,415 trains left the country and 2,967 entered it", "2,718 trains ..., 1,506 of them
// heading south", "..., 1,164 of them heading to Europe" (a place named by its capital after the verb): a bare number whose own words
// right after it say which way it went, later in the sentence of a count, is a part of that count. The way is said
// by a direction word or a verb of crossing the border, not by a place ("and 231 to Europe" is another rule's).
const PART_WAY_AFTER = /^\s+(?:of\s+(?:them|these|those)\s+)?(?:eastbound|westbound|inbound|outbound|southbound|northbound|head(?:ed|ing)\s+(?:north|south|east|west)(?:wards?)?\b|head(?:ed|ing)\s+(?:for|to(?:wards?)?)\s+(?:the\s+)?[A-Z][\w-]+|(?:going|went)\s+out\b|(?:carried|brought)\s+(?:[\w-]+\s+){0,2}?(?:back|north|south|east|west)(?:wards?)?\b|(?:coming|came)\s+in\b(?!\s+(?:at|below|above|under|over|ahead|lower|higher))|(?:entered|left)\s+(?:it|China|the\s+country)\b)/i;
const PART_OF_COUNT_GAP = /^(?:[^.;\d]|(?:19|20)\d\d\b){0,100}(?:,\s*(?:including\s+|of\s+which\s+|with\s+)?|,?\s+(?:and|while|whereas)\s+)$/i;

/** A bare number after a count, as the other part of the same things going the other way ("while 292 ran eastbound"). */
function directedNextPart(s: string, n: NumberAt, figures: Figure[]): LevelReading | undefined {
  const listed = listedLevel(n, figures);
  if (!listed || listed.measure !== 'count' || yearOrCode(s, n)) return undefined;
  const gap = s.slice(listed.end, n.start);
  if (NEXT_PART_GAP.test(gap) && NEXT_PART_DIRECTION_AFTER.test(s.slice(n.afterNumber, n.afterNumber + 30))) return countedLevel(n.afterNumber, listed);
  // ("1,712 trains were outbound, carrying electronics, appliances and auto parts toward Mongolia, Russia and Europe, while 1,334
  // came in": an aside on what the first part carried is no part of the gap.)
  if (PART_OF_COUNT_GAP.test(withoutCargoAside(gap)) && PART_WAY_AFTER.test(s.slice(n.afterNumber, n.afterNumber + 30))) return countedLevel(n.afterNumber, listed);
  return undefined;
}

// "Southbound trains accounted for 5,130 trips, and northbound trains bringing imports inland for 4,084": a part the sentence
// sized with "accounted for", then another subject with only "for" and a bare number, its verb and noun left out.
const ACCOUNTED_FOR_BEFORE = /\baccount(?:ed|ing|s)?\s+for\s+(?:(?:about|around|nearly|some|over|more\s+than|just)\s+)?$/i;
const GAPPED_FOR_GAP = /^[^.;\d]{0,30}?,?\s+and\s+(?:the\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,6}?\s+for\s+(?:(?:about|around|nearly|some|over|more\s+than|just)\s+)?$/i;

/** A bare number after "..., and <others> for": the same things the "accounted for" count before counted. */
function gappedAccountedFor(s: string, n: NumberAt, figures: Figure[]): LevelReading | undefined {
  const listed = listedLevel(n, figures);
  if (!listed || listed.measure !== 'count' || yearOrCode(s, n) || n.start - listed.end > 100) return undefined;
  return GAPPED_FOR_GAP.test(s.slice(listed.end, n.start)) && ACCOUNTED_FOR_BEFORE.test(s.slice(Math.max(0, listed.start - 40), listed.start)) ? countedLevel(n.afterNumber, listed) : undefined;
}

// "Outbound trains numbered 1,486 and inbound ones 1,117": "ones", with a word of its own, stands for the noun of the count
// before in the sentence, its verb left out.
const ONES_GAP = /^[^.;\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+while\s+)(?:the\s+)?[a-z][\w-]*\s+ones\s+$/i;

// "Trains leaving for Vietnam numbered 2,715, and those arriving from Vietnam 2,147": "those" with a verb of coming or going
// stands for the noun of the count before too.
const THOSE_MOVING_GAP = /^(?:[^.;\d]|(?:19|20)\d\d\b){0,60}?(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+while\s+)those\s+(?:arriving|leaving|coming|going|heading|bound|returning|departing|sent|dispatched|received)\b[^.;\d]{0,40}?\s+$/i;

/** A bare number after "... and inbound ones" or "... and those arriving from X": a part of the things the count before counted. */
function onesOfCount(s: string, n: NumberAt, figures: Figure[]): LevelReading | undefined {
  const listed = listedLevel(n, figures);
  if (!listed || listed.measure !== 'count' || yearOrCode(s, n)) return undefined;
  const gap = s.slice(listed.end, n.start);
  return ONES_GAP.test(gap) || THOSE_MOVING_GAP.test(gap) ? countedLevel(n.afterNumber, listed) : undefined;
}

// "dispatched 1,264 international container trains in the first 11 months of 2026 and received 973": the same subject's
// verb of the other way, with the noun of the count before left out.
export const OTHER_WAY_VERB_GAP = /^(?:[^.;\d]|(?:19|20)\d\d\b|\b\d{1,2}\s+months\b){0,100}(?:,\s*|\s+)(?:and|while|whereas)\s+(?:(?:it|they)\s+)?(?:received|dispatched|sent|sent\s+out|took\s+in|welcomed)\s+$/i;
const COUNT_VERB_BEFORE = /\b(?:received|dispatched|sent|sent\s+out|took\s+in|welcomed)\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?$/i;

/** A bare number after a count, as the count of the things the same subject moved the other way ("... and received 973"). */
function otherWayVerbPart(s: string, n: NumberAt, figures: Figure[]): LevelReading | undefined {
  const listed = listedLevel(n, figures);
  if (!listed || listed.measure !== 'count' || yearOrCode(s, n) || n.start - listed.end > 160) return undefined;
  const verb = COUNT_VERB_BEFORE.exec(s.slice(Math.max(0, listed.start - 40), listed.start));
  const other = OTHER_WAY_VERB_GAP.exec(s.slice(listed.end, n.start));
  return verb && other && !other[0].trim().endsWith(verb[0].trim().split(/\s+/)[0]) ? countedLevel(n.afterNumber, listed) : undefined;
}

const GROUPED = /\d[,.'\u00a0\u202f ]\d/;

/** A bare number that is a year, or part of a date or a code ("2025", "3-4", "12/5"), is no figure of its own. */
function yearOrCode(s: string, { scale, token, numStart }: NumberAt): boolean {
  // ("1,960 ran south": a number written with a group separator is a count, never a year.)
  const looksLikeYear = !scale && isYearDigits(token.digits) && !GROUPED.test(s.slice(token.start, token.end));
  if (looksLikeYear) return true;
  // `/^[-/:.]\d/` right after the number, `/\d[-/:]$/` right before it (character tests: this runs for most numbers).
  const after = s.charCodeAt(token.end);
  if ((after === 45 || after === 47 || after === 58 || after === 46) && isDigitAt(s, token.end + 1)) return true;
  const before = numStart >= 2 ? s.charCodeAt(numStart - 1) : -1;
  return (before === 45 || before === 47 || before === 58) && isDigitAt(s, numStart - 2);
}

/** `/^(?:19|20)\d{2}$/` on a number's digits, without an expression (asked several times of most bare numbers). */
function isYearDigits(digits: string): boolean {
  if (digits.length !== 4 || !isDigitAt(digits, 2) || !isDigitAt(digits, 3)) return false;
  const century = digits.charCodeAt(0) * 256 + digits.charCodeAt(1);
  return century === 49 * 256 + 57 || century === 50 * 256 + 48; // "19", "20"
}

/** "Of the trains, 702 were outbound", "702 of these trains were outbound": a part of the things counted. */
// (a194: "cleared 7,912 freight trains ..., according to Horgos Customs, 4,406 of them outbound with cars": a pronoun part
// whose whole the same sentence counted before it is a part of that count, whatever cargo is named after it.)
function partitive(s: string, n: NumberAt, figures: Figure[], countedBefore?: CountedBefore): LevelReading | undefined {
  if (yearOrCode(s, n) || n.scale) return undefined;
  const part = partitiveUnit(s, n.numStart, n.afterNumber, countOfSentenceBefore(s, n, figures) ?? countedBefore);
  return part ? { end: n.afterNumber, unit: part.unit, measure: part.measure, phrase: part.phrase, unitFromSubject: true } : undefined;
}

/** The count the sentence gave last before a pronoun part ("7,912 trains ..., 4,406 of them"), as what it counted. */
function countOfSentenceBefore(s: string, n: NumberAt, figures: Figure[]): CountedBefore | undefined {
  if (!UNCOUNTED_OF_THEM.test(s.slice(n.afterNumber, n.afterNumber + 16))) return undefined;
  const last = figures.findLast((g) => g.kind === 'level' && g.end <= n.numStart);
  return last && last.measure === 'count' && last.unit !== '' ? { unit: last.unit, measure: last.measure, phrase: last.phrase } : undefined;
}

/** "reached 227 cities": a number followed by a noun we do not know counts that noun, not the subject. */
// (a229: "respectively" closing a list of bare amounts is no noun of theirs: "548,300 and 522,100 respectively".)
function unknownNounAfter(s: string, { afterNumber }: NumberAt): boolean {
  return /^\s?[A-Za-z]/.test(s.slice(afterNumber, afterNumber + 2)) && !/^\s?(?:in|during|for|by|as|and|from|over|this|last|compared|up|down|with|while|which|of|on|at|so|year|since|a|respectively|set(?=\s+(?:in|on|by|at|during|last|earlier|back)\b))\b/i.test(s.slice(afterNumber, afterNumber + 16));
}

/** "1,012 trains ran, compared with 904 in October 2025": a bare number a count is compared with counts the same things. */
function comparedBareCount(s: string, n: NumberAt, figures: Figure[]): LevelReading | undefined {
  if (yearOrCode(s, n) || unknownNounAfter(s, n)) return undefined;
  const listed = listedLevel(n, figures);
  if (listed && listed.measure === 'count' && !n.scale && (COMPARED_BARE_COUNT.test(s.slice(listed.end, n.start)) || changedToFrom(s, listed, n) || CHANGED_BY_FROM_GAP.test(s.slice(listed.end, n.start)) || figureOfPart(s, listed, n))) return countedLevel(n.afterNumber, listed);
  return undefined;
}

// "1,712 trains ran through the port in the period ...; in August alone, the figure was 226": a later clause giving "the figure"
// (or "the number") of a period of its own as a bare number that closes the clause counts what the clause before counted.
const FIGURE_OF_PART_GAP = /[;,]\s*(?:(?:in|for|during)\s+[^,;.\d]{1,30}?,\s*)?the\s+(?:figure|number|count|tally)\s+(?:was|stood\s+at|came\s+to)\s+$/i;
const figureOfPart = (s: string, listed: Figure, n: NumberAt): boolean =>
  FIGURE_OF_PART_GAP.test(s.slice(Math.max(listed.end, n.start - 80), n.start)) && /^\s*(?:[.;]|$)/.test(s.slice(n.afterNumber, n.afterNumber + 3));

// "The hub ran 3,841 trains in 2021 and 4,639 a year later", "In 2022 it ran 4,639 trains; twelve months on, it ran 5,351 of
// them", "1,210 trucks in 2023 and the following year 1,388": a bare number the words of a year later follow or lead (opening its
// clause, its subject and verb between) counts what the count listed before it counted (periods.ts dates it the year after).
const YEAR_LATER_AFTER = new RegExp(String.raw`^\s+(?:in\s+)?(?:${YEAR_LATER})`, 'i');
const YEAR_LATER_BEFORE = new RegExp(String.raw`(?:[;,]|\band)\s+(?:${YEAR_LATER})\s*,?\s+(?:(?:it|they|the\s+[\w-]+)\s+[a-z]+\s+)?(?:(?:about|around|nearly|some|just|only)\s+)?$`, 'i');

/** A bare count a year-later phrase follows or leads, after a listed count: it counts the same things. */
function yearLaterCount(s: string, n: NumberAt, figures: Figure[]): LevelReading | undefined {
  if (n.prefix || yearOrCode(s, n)) return undefined;
  const listed = listedLevel(n, figures);
  if (!listed || listed.measure !== 'count' || n.start - listed.end > 120 || !(s.includes('year', listed.end) || s.includes('months', listed.end))) return undefined;
  if (/[.]\s/.test(s.slice(listed.end, n.start))) return undefined;
  // ("twelve months on, 35 new routes opened": a number before a noun of its own counts that noun.)
  const read = YEAR_LATER_AFTER.test(s.slice(n.afterNumber, n.afterNumber + 40)) || (!unknownNounAfter(s, n) && YEAR_LATER_BEFORE.test(s.slice(Math.max(listed.end, n.start - 60), n.start)));
  return read ? countedLevel(n.afterNumber, listed) : undefined;
}

// "1,980 trains crossed in the first quarter, 2,105 in the second and 2,190 in the third, leaving 2,185 for the final quarter",
// "ran 180 trains in October and 205 in November", "moved 41 vessels in 2024, then 57 in 2025": a list of counts split over
// periods names its noun once; each later bare number, between the period of the item before and a period of its own, counts
// the same things. (A noun after the number, "205 containers in November", counts that noun: unknownNounAfter.)
const LISTED_PERIOD = String.raw`(?:in|for|during|over|across)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last|opening|closing)(?:\s+(?:quarter|half|three\s+months))?|(?:${MONTH_WORDS})\.?|(?:19|20)\d{2}|Q[1-4]|H[12])\b(?:,?\s+(?:of\s+)?(?:(?:19|20)\d{2}|(?:this|last)\s+year)\b)?`;
// "reached 4,108 this year, and 36,500 in total since the first train ran in 2013", "handled 212 so far this year and 1,940
// since the line opened", "saw 880 in 2026 and 5,100 altogether since 2018": the year so far, then a running total from a launch
// (its "since" phrase, "in total", "in all", "altogether" or "all told" before it), each a bare count of the same things.
const YEAR_SO_FAR_ITEM = String.raw`(?:so\s+far\s+)?this\s+year\b(?:\s+so\s+far\b)?`;
const RUNNING_ITEM_AFTER = /^\s+(?:(?:in\s+total|in\s+all|altogether|all\s+told|cumulatively)\s+)?since\s/i;
const PERIOD_ITEM_BEFORE = new RegExp(String.raw`^\s+(?:[a-z]+\s+){0,3}?(?:${LISTED_PERIOD}|${YEAR_SO_FAR_ITEM})\s*(?:,\s*(?:(?:and|then|while|leaving|with)\s+)?|;\s*|\s+(?:and|then|while|whereas|to)\s+)(?:(?:about|around|nearly|some|just|only|another)\s+)?$`, 'i');
const PERIOD_ITEM_AFTER = new RegExp(String.raw`^\s+${LISTED_PERIOD}`, 'i');

// "The operator ran 640 in the first quarter and 724 in the second", "It handled 212 in January, 230 in February and 251 in
// March", "the crossing saw 88 in 2024, then 97 in 2025": a list of bare counts by period, its first item right after a verb of
// running or handling, names no noun: it counts what the sentence before (or the release) counted.
const BARE_LIST_VERB_BEFORE = /\b(?:ran|run|runs|operated|operates|dispatched|dispatches|sent(?:\s+out)?|sends|handled|handles|received|receives|launched|made|completed|logged|recorded|registered|saw|sees|served|counted|ran\s+up|clocked(?:\s+up)?)\s+(?:(?:about|around|some|nearly|almost|just|only|over|more\s+than)\s+)?$/i;
const BARE_LIST_NEXT_ITEM = new RegExp(String.raw`^\s*(?:,\s*(?:(?:and|then)\s+)?|;\s*|\s+(?:and|then|while|whereas)\s+)(?:(?:about|around|nearly|some|just|only|another)\s+)?\d[\d,]*\s+${LISTED_PERIOD}`, 'i');
const BARE_LIST_VERBS = keywords(['ran', 'run', 'runs', 'operat', 'dispatch', 'sent', 'send', 'handl', 'receiv', 'launch', 'made', 'complet', 'logged', 'recorded', 'registered', 'saw', 'sees', 'served', 'counted', 'clocked'], BARE_LIST_VERB_BEFORE);

// "The yards dealt with more of them as spring arrived: 1,245 in the first quarter and 1,363 in the second", "Trains came more
// often as the year went on: 640 in January, ...", "They were spread unevenly: 88 in 2024 and 97 in 2025": a list by period
// after a colon, the clause before naming the things counted by a pronoun or a noun of runs, counts them too (a180).
const COLON_LIST_OPENING = /\b(?:them|these|those|they|trains|services|runs|trips|journeys|departures|arrivals|vessels|trucks)\b[^.;:\d]{0,80}:\s*$/i;
const listOpening = (s: string, from: number, at: number): boolean =>
  (mentions(s, BARE_LIST_VERBS, from, at) && BARE_LIST_VERB_BEFORE.test(s.slice(from, at))) || (s.includes(':', from) && COLON_LIST_OPENING.test(s.slice(Math.max(0, at - 120), at)));

/** The first bare count of a list by period, after its verb, with no noun: it counts what was counted before. */
export function countListByPeriodOpening(s: string, at: number, afterNumber: number): boolean {
  const from = Math.max(0, at - 40);
  if (!listOpening(s, from, at)) return false;
  const period = PERIOD_ITEM_AFTER.exec(s.slice(afterNumber, afterNumber + 40));
  return !!period && BARE_LIST_NEXT_ITEM.test(s.slice(afterNumber + period[0].length, afterNumber + period[0].length + 80));
}
const BARE_LIST_FIRST = /\d[\d,]*(?=\s+(?:in|for|during|over|across)\s)/g;
/** Whether the sentence holds such a list (assemble.ts then lends it the release's last counted noun). */
export function holdsBareCountList(s: string): boolean {
  if (!mentions(s, BARE_LIST_VERBS) && !s.includes(':')) return false;
  for (const m of s.matchAll(BARE_LIST_FIRST)) if (!isDigitAt(s, m.index - 1) && countListByPeriodOpening(s, m.index, m.index + m[0].length)) return true;
  return false;
}
function countOfBareListByPeriod(s: string, n: NumberAt, _figures: Figure[], countedBefore?: CountedBefore): LevelReading | undefined {
  if (countedBefore?.measure !== 'count' || n.prefix || n.scale || yearOrCode(s, n)) return undefined;
  return countListByPeriodOpening(s, n.numStart, n.afterNumber) ? countedLevel(n.afterNumber, countedBefore) : undefined;
}

/** A bare number between the period of a listed count and a period of its own: it counts what that count counted. */
function periodListCount(s: string, n: NumberAt, figures: Figure[]): LevelReading | undefined {
  if (n.prefix || !isSpace(s.charCodeAt(n.afterNumber)) || yearOrCode(s, n)) return undefined;
  const listed = listedLevel(n, figures);
  if (!listed || (listed.measure !== 'count' && listed.measure !== 'quantity') || n.start - listed.end > 90) return undefined;
  const ahead = s.slice(n.afterNumber, n.afterNumber + 40);
  if (!(PERIOD_ITEM_AFTER.test(ahead) || RUNNING_ITEM_AFTER.test(ahead)) || !PERIOD_ITEM_BEFORE.test(s.slice(listed.end, n.start))) return undefined;
  return countedLevel(n.afterNumber, listed);
}

// "The route's annual count climbed from 1,904 in 2022 to 2,117 in 2023", "Its monthly tally rose to 312", "The yearly total
// stood at 2,300", "The number grew from 450 to 512": a sentence whose subject is only a word for a count (count, tally,
// number, total; "of" and a noun after it name their own things) counts what the sentence before counted.
/** A sentence opening on a subject that is only a word for a count (read here and by assemble.ts's unit of the sentence). */
export const COUNT_WORD_SUBJECT = String.raw`^\s*(?:(?:the|its|their|this|that)\s+|[A-Z][\w'’-]*['’]s\s+)(?:[\w-]+['’]s\s+)?(?:(?:annual|yearly|monthly|quarterly|weekly|daily|overall|combined|running)\s+)?(?:count|tally|number|total)\s+`;
const COUNT_WORD_SUBJECT_OPENING = new RegExp(String.raw`${COUNT_WORD_SUBJECT}(?:(?:has|have|had)\s+)?(?:climbed|rose|risen|grew|grown|increased|went\s+up|jumped|fell|fallen|dropped|declined|slipped|stood\s+at|reached|hit|came\s+to|was|totall?ed)\s+(?:(?:from|to)\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly)\s+)?$`, 'i');

/** A bare number after a subject that is only a word for a count: it counts what the sentence before counted. */
function countOfCountWordSubject(s: string, n: NumberAt, _figures: Figure[], countedBefore?: CountedBefore): LevelReading | undefined {
  if (!countedBefore || n.prefix || n.scale || yearOrCode(s, n) || unknownNounAfter(s, n)) return undefined;
  return COUNT_WORD_SUBJECT_OPENING.test(wordsBeforeInSentence(s, n.numStart)) ? countedLevel(n.afterNumber, countedBefore) : undefined;
}
// "..., while the line to Poland saw its yearly count rise from 1,550 in 2021 to 2,010 in 2022", "and annual runs on the line
// climbed from 142 in 2024 to 188 last year", "whose monthly tally has grown from 30 to 46", "their number had fallen to 12": a
// word for a count standing mid-sentence, owned (its, their, whose, the route's) or named by its period (annual, yearly,
// monthly), with a verb of change in any form and "from" or "to" before a bare number (the number it went to after the one it
// went from, with its period between: "to 188 last year"), counts what was counted before;
// a word for the runs themselves (runs, services, trips, journeys, departures) counts runs of the trains counted before.
const COUNT_PERIOD_WORD = String.raw`(?:annual|yearly|monthly|quarterly|weekly|daily|full-year|half-yearly|year-round)`;
const COUNT_CHANGE_VERB = String.raw`(?:ris(?:e|es|ing|en)|rose|climb(?:s|ed|ing)?|grow(?:s|n|ing)?|grew|increas(?:e|es|ed|ing)|jump(?:s|ed|ing)?|swell(?:s|ed|ing)?|expand(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|slip(?:s|ped|ping)?|shr(?:ink|inks|inking|ank|unk)|(?:go|goes|going|gone|went|edg(?:e|es|ed|ing)|mov(?:e|es|ed|ing))(?:\s+(?:up|down))?)`;
const COUNT_WORD_QUALIFIER = String.raw`(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|just)\s+)?`;
export const MID_COUNT_WORD = new RegExp(String.raw`\b(?:(?:its|their|whose|(?:the\s+)?(?:line|route|corridor|link|hub|port|crossing|service|terminal)['’]s)\s+(?:${COUNT_PERIOD_WORD}\s+)?|${COUNT_PERIOD_WORD}\s+)(count|tally|number|total|runs|services|trips|journeys|departures|train\s+runs)(?:\s+(?:on|along|over|via|through|across)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?(?:line|route|corridor|link|service|crossing|bridge))?\s+(?:(?:has|have|had)\s+(?:been\s+)?)?${COUNT_CHANGE_VERB}\s+(?:from\s+${COUNT_WORD_QUALIFIER}\d[\d,.]*\b[^.;%]{0,30}?\s+)?(?:from|to)\s+${COUNT_WORD_QUALIFIER}$`, 'i');
const MID_COUNT_WORDS = keywords(['count', 'tally', 'number', 'total', 'runs', 'services', 'trips', 'journeys', 'departures'], MID_COUNT_WORD);
const RUN_WORDS = /^(?:runs|services|trips|journeys|departures|train\s+runs)$/i;

/** A bare number after a count word mid-sentence and its verb of change: it counts what was counted before (or runs). */
function countOfMidSentenceCountWord(s: string, n: NumberAt, figures: Figure[], countedBefore?: CountedBefore): LevelReading | undefined {
  if (n.prefix || n.scale || yearOrCode(s, n) || unknownNounAfter(s, n)) return undefined;
  const from = Math.max(0, n.numStart - 140);
  if (!mentions(s, MID_COUNT_WORDS, from, n.numStart)) return undefined;
  const m = MID_COUNT_WORD.exec(s.slice(from, n.numStart));
  if (!m) return undefined;
  // (What the sentence counted before it, else the sentence before.)
  const counted: CountedBefore | undefined = figures.findLast((x) => x.kind === 'level' && x.measure === 'count') ?? (countedBefore?.measure === 'count' ? countedBefore : undefined);
  if (counted) return countedLevel(n.afterNumber, counted);
  const runs = RUN_WORDS.test(m[1]) ? countNoun(m[1].replace(/^train\s+/i, '')) : null;
  return runs ? countedLevel(n.afterNumber, { unit: runs.unit, measure: runs.measure, phrase: m[1] }) : undefined;
}
/** The sentence up to `at`, after its dateline ("CHONGQING, July 8 -- "), if it has one. */
const wordsBeforeInSentence = (s: string, at: number): string => s.slice(0, at).replace(/^[^-—]{0,60}(?:--|—)\s*/, '');

// "Guangdong exported 683,000 of them, a rise of 94.6 percent, up from 351,000 vehicles in 2024": a bare count of "them" (what
// the sentence before named, with no count of its own) counts the noun its own base names later in the clause.
const PRONOUN_COUNT_WITH_BASE_AFTER = /^\s+of\s+them\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:up|down|compared|against|rising|falling)\s+(?:from|with|to)\s+(?:(?:about|around|nearly|some|just)\s+)?\d[\d,.]*\s+((?:[\w-]+\s+){0,2}?)(vehicles?|cars?|units|trucks?|trains?|containers?|vessels?|ships?)\b/i;

/** "exported 683,000 of them, ..., up from 351,000 vehicles": a bare count of "them" takes its base's count noun. */
function pronounCountOfItsBase(s: string, n: NumberAt): LevelReading | undefined {
  if (n.prefix || n.scale || yearOrCode(s, n)) return undefined;
  const m = PRONOUN_COUNT_WITH_BASE_AFTER.exec(s.slice(n.afterNumber, n.afterNumber + 160));
  const noun = m ? countNoun(m[2]) : null;
  return noun ? countedLevel(n.afterNumber, { unit: noun.unit, measure: noun.measure, phrase: `${m![1]}${m![2]}`.trim() }) : undefined;
}

// A change to a count and from a bare number: "more than doubled to 302,000 units from 148,000 a year earlier".
const CHANGED_TO_BEFORE = /\bto\s+(?:(?:about|around|nearly|some|almost|roughly|a\s+record(?:\s+high\s+of)?)\s+)?$/i;
const FROM_BARE_GAP = /^[^.;\d]{0,40}\bfrom\s+(?:(?:about|around|nearly|some|just|only)\s+)?$/i;

// "made 2,650 trips in the first half, up 7.3 percent from 2,470 a year earlier": a change by a percentage, then "from" a bare
// number: the count (or quantity) it was measured from.
const CHANGED_BY_FROM_GAP = /^(?:[^.;\d]|(?:19|20)\d\d\b){0,80}?,\s*(?:up|down|rising|falling|an?\s+(?:increase|decrease|rise|drop|fall)\s+of)\s+(?:by\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s?cent|pct|pc)\s+from\s+(?:(?:about|around|nearly|some|just|only)\s+)?$/i;

/** "rose to 302,000 units from 148,000": the number after "from" is the base of the count the change went "to". */
function changedToFrom(s: string, listed: Figure, n: NumberAt): boolean {
  return FROM_BARE_GAP.test(s.slice(listed.end, n.start)) && CHANGED_TO_BEFORE.test(s.slice(Math.max(0, listed.start - 40), listed.start));
}

/**
 * "9.46 million tons, down from 9.76 million in September": a scaled amount without a unit that a tonnage (or
 * another quantity) is compared with is of the same unit; so is one a count written with its own scale is compared with
 * ("3.11 million vehicles, up 54.4 percent from 2.02 million in 2021").
 */
const SCALED_COUNT = /^\s*(?:million|mln|mn|m|thousand)\b/i;
function comparedScaledQuantity(s: string, n: NumberAt, figures: Figure[]): LevelReading | undefined {
  if (!n.scale || unknownNounAfter(s, n)) return undefined;
  const before = figures.findLast((x) => x.kind === 'level');
  // ("fell to 3.65 million tonnes in July from 4.31 million in June", "up 4 percent from 9.1 million": so is one it changed from.)
  if (before?.kind === 'level' && (before.measure === 'quantity' || (before.measure === 'count' && SCALED_COUNT.test(s.slice(before.numEnd, before.end)))) && (COMPARED_BARE_COUNT.test(s.slice(before.end, n.start)) || changedToFrom(s, before, n) || CHANGED_BY_FROM_GAP.test(s.slice(before.end, n.start)))) return countedLevel(n.afterNumber, before);
  return undefined;
}

// A cell's label and its colon right before a bare number: "Trains run: 2,846", "Of which trains to Central Asia: 1,031",
// "Outbound trips (China to Europe): 7,880" (the route glossed in brackets is read past; a unit in brackets is not).
// (A fact sheet's leader of dots takes the colon's place: "Trains to Central Asia and Europe sent .. 918", "Trains run ...... 2,846".)
// (a245: a bullet's label may open in lower case, "  - outbound trains: 2,516", "• containers handled: 18,400".)
const CELL_LABEL_BEFORE = /^\s*(?:[•·▪*-]\s*)?([A-Za-z][A-Za-z' -]{1,60}?)\s*(?:\([A-Z][A-Za-z' ]{1,30}?\s+(?:to|[-–→])\s+[A-Z][A-Za-z' ]{1,30}\)\s*)?(?::|\.{2,})\s*$/;
// A label that names only a direction of the things the cell before counted: "Westbound: 1,702".
const DIRECTION_LABEL = /^(?:outbound|inbound|westbound|eastbound|southbound|northbound|return(?:ing)?(?:\s+(?:trips|trains|services))?)$/i;

/**
 * A strip or list of labelled cells ("Trains run: 2,846 (up 8.1%) | Westbound: 1,702 | ..."): a bare number opening a
 * cell counts the noun of its label, or, under a label of a direction only, what the cell before counted.
 */
function labelledCell(s: string, n: NumberAt, _figures: Figure[], countedBefore?: CountedBefore): LevelReading | undefined {
  const head = cellHead(s, n.numStart);
  if (n.scale || n.prefix || !colonBefore(head, head.length) || yearOrCode(s, n)) return undefined;
  const label = CELL_LABEL_BEFORE.exec(head)?.[1].trim();
  if (!label) return undefined;
  const noun = label.split(/\s+/).map(countNoun).find((c) => c !== null);
  if (noun) return countedLevel(n.afterNumber, { ...noun, phrase: label.toLowerCase() });
  return countedBefore?.measure === 'count' && DIRECTION_LABEL.test(label) ? countedLevel(n.afterNumber, countedBefore) : undefined;
}

// "Vehicles exported: over 51,000", "Trucks cleared: about 3,400", "Trains run: more than 2,800", "Containers: some 12,000":
// a cell's amount may open with a word of about or of at least (the qualifier is read elsewhere); the label is before it.
const CELL_QUALIFIER_END = /(?:\b(?:over|more\s+than|about|around|nearly|almost|some|roughly|approximately|approx\.|close\s+to|at\s+least|upwards\s+of|in\s+excess\s+of)|[~≈>])\s*$/i;

/** The text before a cell's number, less a qualifier right before it ("" when no colon ends what is left). */
function cellHead(s: string, numStart: number): string {
  if (colonBefore(s, numStart)) return s.slice(0, numStart);
  const tail = s.slice(Math.max(0, numStart - 24), numStart);
  const m = CELL_QUALIFIER_END.exec(tail);
  const cut = m ? numStart - tail.length + m.index : -1;
  return m && colonBefore(s, cut) ? s.slice(0, cut) : '';
}

/** A colon or two dots, then only spaces, right before `at` (what CELL_LABEL_BEFORE ends with: a cheap test before it copies the text). */
function colonBefore(s: string, at: number): boolean {
  while (at > 0 && isSpace(s.charCodeAt(at - 1))) at--;
  return s.charCodeAt(at - 1) === 58 || (s.charCodeAt(at - 1) === 46 && s.charCodeAt(at - 2) === 46);
}

// "dropped from around six hours to under two", "cut from 14 days to 9": a bare number at the end of a span from an amount
// with a unit of its own is in that unit (the hours, the days), not a count of the clause's subject ("a truck").
const FROM_AMOUNT_TO_BEFORE = /\bfrom\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|under|less\s+than|just\s+(?:over|under))\s+)?\S+\s+([a-z]+)\s+to\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|under|below|less\s+than|just\s+(?:over|under))\s+)?$/i;

/** True when a bare number closes "from <amount> <unit> to" whose unit is not a thing counted (hours, days, points). */
function endOfSpanInOtherUnit(s: string, numStart: number): boolean {
  const m = FROM_AMOUNT_TO_BEFORE.exec(s.slice(Math.max(0, numStart - 80), numStart));
  return m !== null && !countNoun(m[1]);
}

/** A bare number: only a figure when the clause's subject is something countable. */
function countableSubject(s: string, n: NumberAt): LevelReading | undefined {
  const { afterNumber, numStart } = n;
  if (yearOrCode(s, n) || unknownNounAfter(s, n) || endOfSpanInOtherUnit(s, numStart)) return undefined;
  const subject = subjectUnit(s, numStart);
  return subject ? { end: afterNumber, unit: subject.unit, measure: subject.measure, phrase: subject.phrase, unitFromSubject: true } : undefined;
}

// "Measured in U.S. dollars, ...", "In dollar terms, ...", "Denominated in yuan, ...": a currency named for the
// clause, with no amount between it and the number (that amount's own currency is read by the rule before).
const CURRENCY_FRAME = /\b(?:(?:measured|denominated|calculated|expressed|valued)\s+in\s+(?:the\s+)?(U\.?S\.?\s+dollars?|US\s+dollars?|dollars?|yuan|RMB|renminbi)|in\s+(U\.?S\.?\s+dollar|US\s+dollar|dollar|yuan|RMB|renminbi)\s+terms)\b(?![^.;\d]*\d)[^.;]*$/i;

// "In tenge, the turnover was about 1.95 trillion", "Expressed in euros, imports came to 8.9 billion", "In ruble terms, ...":
// any money the currency reader knows, named for the clause before a comma, with no amount between it and the number.
const NAMED_MONEY_FRAME = /\b(?:(?:measured|denominated|calculated|expressed|valued)\s+in|in)\s+(?:the\s+)?((?:[A-Za-z.]+\s+)?[A-Za-z.]+?)(?:\s+terms)?\s*,[^.;\d]*$/i;

/** The money of a clause framed "In <money>, ..." (a name the currency reader knows, not a month or "total"), or null. */
function namedMoneyFrame(before: string): { unit: string; bare: BareSymbol | '' } | null {
  if (!before.includes(',')) return null;
  const m = NAMED_MONEY_FRAME.exec(before);
  const name = m?.[1].replace(/\s+terms$/i, '');
  const money = name ? currencyAfter(` ${name}`, 0) : null;
  return money && name && money.length === name.length + 1 ? { unit: money.unit, bare: money.bare } : null;
}

/** The unit of a currency frame opening the text before a bare amount ("Measured in U.S. dollars, ..."), or null. */
function currencyFrameBefore(before: string): { unit: string; bare: BareSymbol | '' } | null {
  if (!/terms|measured|denominated|calculated|expressed|valued/i.test(before)) return namedMoneyFrame(before);
  const m = CURRENCY_FRAME.exec(before);
  if (!m) return namedMoneyFrame(before);
  const name = (m[1] ?? m[2]).toLowerCase();
  if (/^(?:yuan|rmb|renminbi)$/.test(name)) return { unit: 'CNY', bare: '' };
  return /^u/.test(name) ? { unit: 'USD', bare: '' } : { unit: 'USD', bare: '$' };
}
