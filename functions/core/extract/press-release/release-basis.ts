/**
 * The comparison a release makes when a change names no base. Chinese customs and most wire copy
 * mean year-on-year and say so somewhere; monthly releases of Statistics Canada, the US Census
 * Bureau or the Australian Bureau of Statistics compare with the month before and never mention a
 * year-earlier base. A release of that second kind is recognised as a whole (one scan of its text),
 * and its unmarked changes are then not year-on-year growth (tests/corpus/press-release/README.md).
 */
import { speaksForLead } from './reporters.js';
import { MONTH_NAMES, monthNumber } from './periods.js';
import { basisOfSecondChange } from './percent-roles.js';

interface ReleaseBasisRule {
  name: string;
  /** Releases (in our own words) the rule recognises. */
  examples: string[];
  /** True when the release's unmarked changes are against the previous month. */
  test: (head: string) => boolean;
  /** Why, as the warning says it. */
  why: string;
}

const MONTH = `(?:${MONTH_NAMES})`;
// Any year-earlier base anywhere in the release: its unmarked changes are then read as before. A month
// with its year counts only as a base ("compared with June 2025"): "Reference period: July 2026" in the
// title of a month-on-month release names its own period.
const YEAR_EARLIER_BASIS = new RegExp(
  `\\b(?:year[- ]on[- ]year|year[- ]over[- ]year|y\\/y|yoy|y-o-y|on[- ]year|on\\s+the\\s+year|(?:on\\s+an?\\s+)?annual(?:ly|\\s+basis)?|on\\s+a\\s+yearly\\s+basis|(?:a|one|the)\\s+(?:year|12\\s+months)\\s+(?:earlier|ago|before|prior)|(?:same|corresponding|similar)\\s+(?:period|month|months|quarter|time)|(?:last|previous|prior)\\s+year(?:'s)?|year[- ](?:earlier|ago|before)|(?:compared\\s+(?:with|to)|from|than|versus|vs\\.?|against|over|on)\\s+(?:in\\s+)?(?:the\\s+same\\s+\\w+\\s+(?:of|in)\\s+)?(?:${MONTH}\\s*(?:[-–]|to|through|and)\\s*)?${MONTH}\\s+(?:of\\s+)?(?:19|20)\\d{2})\\b`,
  'i',
);
const YEAR_EARLIER_BASES = new RegExp(YEAR_EARLIER_BASIS.source, 'gi');
const DATED_MONTH_END = new RegExp(`(${MONTH})\\s+(?:of\\s+)?((?:19|20)\\d{2})$`, 'i');

/**
 * True when the release has a year-earlier marker other than a dated base that is the month just before a month it names
 * with its year: "In June 2023 alone, exports rose 3.4% compared with May 2023" in a release on three months compares the
 * month with the month before, not with a year earlier ("compared with June 2022" beside "June 2023" still is one).
 */
function yearEarlierBeyondMonthBefore(head: string): boolean {
  for (const m of head.matchAll(YEAR_EARLIER_BASES)) {
    const dated = DATED_MONTH_END.exec(m[0]);
    if (!dated || /\bsame\b/i.test(m[0])) return true;
    const month = monthNumber(dated[1])!;
    const year = Number(dated[2]);
    const next = MONTH_NAMES.split('|')[month % 12];
    if (!new RegExp(`\\b${next}\\s+(?:of\\s+)?${month === 12 ? year + 1 : year}\\b`).test(head)) return true;
  }
  return false;
}

// "compared to B$2,462.1 million in September 2025", "than the surplus of X registered in September 2025": an
// amount of a month the release also names a later year of ("September 2026") is a year-earlier base.
const DATED_AMOUNT_BASE = new RegExp(`\\b(?:compared\\s+(?:with|to)|from|than|versus|against)\\s+(?:[^.;%]|\\.(?=\\d)){0,50}?\\bin\\s+(${MONTH})\\s+((?:19|20)\\d{2})\\b`, 'gi');

function yearEarlierAmount(head: string): boolean {
  for (const m of head.matchAll(DATED_AMOUNT_BASE)) {
    const later = new RegExp(`\\b${m[1]}\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b`, 'gi');
    if ([...head.matchAll(later)].some((x) => Number(x[1]) === Number(m[2]) + 1)) return true;
    if (sameMonthUnyearedBefore(head, m.index, m[1])) return true;
  }
  return false;
}

// "exports fell 11.8 per cent in October to USD 34.4 billion, against USD 39.0 billion in October 2024": the
// sentence's own month, named without a year before a base of that month in a stated year, is compared with
// the same month a year (or more) before, never with the month before.
function sameMonthUnyearedBefore(head: string, at: number, month: string): boolean {
  const from = Math.max(0, at - 300, head.lastIndexOf('. ', at) + 1);
  // Capitalised, as month names are written ("may" is a verb).
  const name = month[0].toUpperCase() + month.slice(1).toLowerCase();
  return new RegExp(`\\b${name}\\b(?![\\s,]*(?:of\\s+)?(?:19|20)\\d{2})`).test(head.slice(from, at));
}

// A rate written out in words ("11.4 percent", "6 per cent", "2.1 pct"), as "%" is: "slowing from an 11.4 percent gain in
// February", "down from 6 per cent growth in January", "compared with a 2.1 pct rise in May" name an earlier month's own
// change, no base of this one; so they make no previous-month release.
const RATE_WORD = String.raw`\b(?:per\s?cent|percent|pct|pc)\b`;
// A change or a level compared with the month before: "from a record level in December",
// "compared with a deficit of $3.1 billion in December", "from the previous month", "month-on-month",
// "down $1,204m on June" (an amount, then "on" and the month: the ABS wording).
// ("imports slipped 1.2%, a better showing than in July", "exports rose 4%, faster than in June": a judgement on the rates
// sets them beside the month's rates, no base of the flows; a239.)
const PREVIOUS_MONTH_BASIS = new RegExp(
  `\\b(?:month[- ](?:on|over)[- ]month|m\\/m|(?:from|than|over|compared\\s+(?:with|to))\\s+(?:the\\s+previous\\s+month|last\\s+month|a\\s+month\\s+(?:earlier|ago|before))|(?:from|(?<!\\b(?:slower|faster|quicker|weaker|stronger|softer|sharper|steeper|milder)(?:\\s+(?:pace|rate|clip))?\\s|,\\s*(?:(?:both|each|all|also|still|much|far|slightly|somewhat|again|an?)\\s+){0,2}(?:better|worse)(?:\\s+(?:showing|result|outcome|performance|reading)s?)?\\s)than|compared\\s+(?:with|to)|versus)\\s+(?:(?!${RATE_WORD})[^.;%]|\\.(?=\\d)){0,40}?\\bin\\s+${MONTH}(?![\\s,]*\\d)|\\d[\\d,.]*(?:m|bn|mn)?\\)?\\s+on\\s+(?:the\\s+previous\\s+month|last\\s+month|${MONTH}(?![\\s,]*\\d)))`,
  'i',
);

// A rolling three months compared with the three months before them (the ONS wording): "in the three
// months to September 2026, compared with the three months to June 2026", "compared with the previous
// three months".
const PREVIOUS_THREE_MONTHS = /\b(?:compared\s+(?:with|to)|from|than|against|versus)\s+the\s+(?:previous|preceding|prior)\s+three(?:[- ]month\s+period|\s+months)\b/i;
const ROLLING_QUARTER = new RegExp(`\\bthree\\s+months\\s+(?:to|ending|ended)\\s+(${MONTH})\\b`, 'gi');

/** True when a release's rolling three months are compared with the three months just before them. */
function againstPreviousThreeMonths(head: string): boolean {
  if (PREVIOUS_THREE_MONTHS.test(head)) return true;
  const ends = [...head.matchAll(ROLLING_QUARTER)].slice(0, 6).map((m) => monthNumber(m[1])!);
  return ends.some((end, i) => ends.slice(i + 1).some((other) => (end - other + 12) % 12 === 3));
}

// Chinese customs figures (in yuan, or from the GAC) are year-on-year when a change names no base, even in a
// provincial release that never writes "year on year" and sets the month beside the month before it ("In
// August, the province's trade was 27.1 billion yuan, compared with 25.9 billion yuan in July").
const CHINESE_CUSTOMS_RELEASE = /\b(?:yuan|RMB|General\s+Administration\s+of\s+Customs|GACC?)\b/;

// Agencies whose monthly trade releases compare with the previous month (US Census Bureau, BEA and Commerce
// Department, Statistics Canada, the Australian Bureau of Statistics). A provincial or named country's
// department of commerce ("the provincial Department of Commerce", "Hainan Commerce Department", "Department of
// Commerce of Zhejiang Province") is not one; "The Commerce Department" opening a sentence is.
const MONTH_ON_MONTH_AGENCY = /\b(?:(?:U\.?S\.?\s+)?Census\s+Bureau|Bureau\s+of\s+Economic\s+Analysis|(?<!(?:[Pp]rovincial|[Mm]unicipal|[Rr]egional|[Cc]ity|[Ss]tate|(?!The\s)[A-Z][a-z]+(?:'s)?)\s+)(?:Commerce\s+Department|Department\s+of\s+Commerce(?!\s+of\s+[A-Z]))|Statistics\s+Canada|StatCan|Canadian\s+international\s+merchandise\s+trade|Australian\s+Bureau\s+of\s+Statistics)\b/;

// Every match of MONTH_ON_MONTH_AGENCY contains one of these words (a text without them is not scanned).
const AGENCY_WORDS = ['Bureau', 'Commerce', 'Statistics', 'StatCan', 'Canadian international'];

const MONTH_ON_MONTH_AGENCIES = new RegExp(MONTH_ON_MONTH_AGENCY.source, 'g');

// "GOVERNMENT OF INDIA / MINISTRY OF COMMERCE & INDUSTRY / Department of Commerce": a department of commerce under a ministry
// or another country's government in the masthead lines just above it is a department of that ministry, not the US one.
const MINISTRY_ABOVE = /\b(?:ministry\s+of|government\s+of\s+(?!the\s+united\s+states\b)(?:the\s+)?[a-z])[^\n]*\n(?:[^\n]*\n)?\s*$/i;

function leadAgency(head: string): boolean {
  for (const m of head.matchAll(MONTH_ON_MONTH_AGENCIES)) {
    if (m[0].includes('Commerce') && MINISTRY_ABOVE.test(head.slice(Math.max(0, m.index - 160), m.index))) continue;
    if (speaksForLead(head, m.index)) return true;
  }
  return false;
}

// A release that says of its own data that they are seasonally adjusted ("Values in this release are seasonally adjusted
// unless otherwise stated", "All figures are seasonally adjusted", "Unless otherwise noted, data are seasonally adjusted"):
// adjusted series are compared with the month before; a year-on-year change in such a release says so. ("The figures are not
// seasonally adjusted" says the opposite.)
const ADJUSTED_DATA_NOTE = /\b(?:(?:data|figures|values|estimates|numbers|series)\s+(?:(?:in|of)\s+this\s+(?:release|report|bulletin)\s+)?(?:are|were)\s+(?:(?!not\b|never\b)[a-z-]+\s+){0,6}?seasonally[- ]adjusted|seasonally[- ]adjusted,?\s+unless\s+otherwise\s+(?:stated|noted|specified|indicated))\b/i;

// A year-earlier basis that opens its sentence as a frame of its own ("Year over year, exports were up 2.4%", "On a
// year-over-year basis, ...", "On the year, ...", "Compared with the same month a year earlier, ...", "Against January
// 2019, ..."): the release sets its year-on-year changes apart and marks them.
const YEAR_EARLIER_FRAME = new RegExp(
  `^\\s*(?:on\\s+an?\\s+(?:year[- ](?:on|over)[- ]year|annual|yearly|12-month)\\s+basis|year[- ](?:on|over)[- ]year|on\\s+the\\s+year|(?:compared\\s+(?:with|to)|against|relative\\s+to|from)\\s+(?:a\\s+year\\s+(?:earlier|ago|before)|(?:the\\s+)?same\\s+(?:month|period|time|quarter)\\s+(?:(?:of|in)\\s+)?(?:a\\s+year\\s+(?:earlier|ago|before)|last\\s+year|the\\s+previous\\s+year|(?:19|20)\\d{2})|${MONTH}\\s+(?:of\\s+)?(?:last\\s+year|(?:19|20)\\d{2})))\\s*,`,
  'i',
);

// Customs administrations state their changes against the year before ("customs data showed", "according to customs
// figures"): a story on their data keeps that basis even when its lead sets the month beside the month before.
const CUSTOMS_DATA = /\bcustoms\s+(?:data|figures|statistics|numbers)\b/i;

/** The start of the sentence holding `at`: after the last full stop and space, or line break, before it. */
function sentenceStart(head: string, at: number): number {
  const stop = head.lastIndexOf('. ', at);
  return Math.max(stop < 0 ? 0 : stop + 2, head.lastIndexOf('\n', at) + 1);
}

// "Exports were 5.5 per cent higher than in February last year", "Imports were down 2 percent from a year earlier": a sentence
// that gives a flow only a change, then its year-earlier base. The flow noun is captured to look for its earlier change.
const RESTATED_CHANGE = /^\s*(?:(?:the|total|overall|its|their|goods|merchandise)\s+){0,2}(exports|imports|shipments)\s+(?:were|was)\s+(?:(?:up|down)\s+)?\d[\d.,]*\s*(?:%|(?:per\s?cent|percent)\b)/i;

/**
 * True when the flow itself ("Exports increased 2.9 per cent", not "Exports to China rose 12%") was given a percentage change
 * between `from` and `end` (an unmarked one: the release has no year-earlier marker before `end`).
 */
function changedBefore(head: string, flow: string, from: number, end: number): boolean {
  const change = new RegExp(`\\b${flow}\\s+(?:[a-z]+ed|rose|fell|grew|slid|sank|shrank|(?:were|was)\\s+(?:up|down))\\s+(?:[^.;%]|\\.(?=\\d)){0,40}?\\d[\\d.,]*\\s*(?:%|per\\s?cent|percent)`, 'i');
  return change.test(head.slice(from, end));
}

/**
 * True when the release states a change against the month before first and turns to the year before only later, in a
 * sentence of its own: one opened by a year-earlier frame, or one giving again a flow it gave an unmarked change before
 * ("Exports increased 2.9 per cent to $28.1 billion. ... Exports were 5.5 per cent higher than in February last year": the
 * same flow cannot have two year-on-year changes, so the unmarked one is on the month).
 */
function yearOnYearSetApart(head: string): boolean {
  const monthBefore = PREVIOUS_MONTH_BASIS.exec(head);
  const yearBefore = YEAR_EARLIER_BASIS.exec(head);
  if (monthBefore === null || yearBefore === null || yearBefore.index < monthBefore.index) return false;
  const start = sentenceStart(head, yearBefore.index);
  const sentence = head.slice(start, yearBefore.index + 80);
  if (YEAR_EARLIER_FRAME.test(sentence)) return true;
  const restated = start > monthBefore.index ? RESTATED_CHANGE.exec(sentence) : null;
  return restated !== null && changedBefore(head, restated[1], sentenceStart(head, monthBefore.index), start);
}

const PREVIOUS_MONTH_BASES = new RegExp(PREVIOUS_MONTH_BASIS.source, 'gi');
/**
 * True when every base in the month before closes (or opens) a second change of a flow given an unmarked change first ("up
 * 4.2%; month on month, they fell 13.5%", "grew 9.4 percent to $35.6 billion, and were 7.2 percent higher month-on-month"):
 * the release sets the month's change apart from the first one, which is then against the year before
 * (percent-roles.ts `basisOfSecondChange`).
 */
function monthBeforeOnlyOfSecondChanges(head: string): boolean {
  for (const m of head.matchAll(PREVIOUS_MONTH_BASES)) if (!basisOfSecondChange(head, m.index, m.index + m[0].length)) return false;
  return true;
}

/** How far into a release the basis is looked for: the lead and the body state it early. */
const BASIS_REACH = 20_000;

const RELEASE_BASIS_RULES: ReleaseBasisRule[] = [
  {
    name: 'previous-month release',
    examples: [
      'The agency says imports totalled $51.2 billion in May, down 2.7 per cent from April. Exports fell 1.4 per cent to $49.9 billion.',
      'The deficit narrowed to $2.1 billion in May compared with a deficit of $2.9 billion in April.',
    ],
    // The year-earlier test goes first: most releases say "year on year" early and stop the scan there.
    test: (head) => !YEAR_EARLIER_BASIS.test(head) && PREVIOUS_MONTH_BASIS.test(head) && !CHINESE_CUSTOMS_RELEASE.test(head) && !yearEarlierAmount(head) && !monthBeforeOnlyOfSecondChanges(head),
    why: 'the release compares with the previous month and never with a year earlier',
  },
  {
    name: 'previous-month release, year-on-year marked apart',
    examples: [
      'In March, the trade deficit widened to $2.1 billion from $1.4 billion in February. Exports fell 1.2% to $50.3 billion. Year over year, exports were up 3.0%.',
      'The trade surplus narrowed to $0.8 billion from $1.1 billion in May. Exports slipped 0.5%. All figures are seasonally adjusted unless otherwise noted; on a year-over-year basis, exports rose 4.2%.',
    ],
    // A base in the month before and either a note that the release's data are seasonally adjusted or year-on-year
    // changes stated only under a frame of their own after it: the release's unmarked changes are on the month. (The cheap
    // customs tests go first: most releases are Chinese customs figures.)
    test: (head) => !CHINESE_CUSTOMS_RELEASE.test(head) && !CUSTOMS_DATA.test(head) && PREVIOUS_MONTH_BASIS.test(head) && !yearEarlierAmount(head) && ((head.includes('djusted') && ADJUSTED_DATA_NOTE.test(head)) || yearOnYearSetApart(head)),
    why: 'the release compares with the previous month and marks its year-on-year changes apart',
  },
  {
    name: 'previous-three-months release',
    examples: [
      'The trade in goods deficit widened by £1.2 billion to £56.4 billion in the three months to September 2026, compared with the three months to June 2026. Imports increased by £2.3 billion (1.5%).',
    ],
    test: (head) => head.includes('three months') && !yearEarlierBeyondMonthBefore(head) && againstPreviousThreeMonths(head),
    why: 'the release compares three months with the three months before them and never with a year earlier',
  },
  {
    name: 'month-on-month agency',
    examples: [
      'The U.S. trade deficit narrowed 10.9 percent to $59.6 billion in August, the Commerce Department said. Year to date, the deficit increased 6.4 percent from the same period in 2025.',
      'The Australian Bureau of Statistics said exports rose 2.3% to $41.2 billion in June.',
    ],
    // Their monthly releases state the change from the month before as the headline change, even when a
    // year-to-date comparison with last year follows; a change marked year-on-year keeps its marker.
    // An agency quoted only as a second source after the lead ("Australian Bureau of Statistics data released
    // earlier this month showed ..." in a story on China's customs data) does not set the story's basis.
    test: (head) => AGENCY_WORDS.some((word) => head.includes(word)) && leadAgency(head),
    why: "the agency's monthly releases compare with the previous month; changes marked year-on-year stay so",
  },
];

/**
 * The rule by which a release's unmarked changes are against the previous month, or null when
 * they are year-on-year (the default). Computed once per release.
 */
export function previousMonthBasis(text: string): string | null {
  const head = text.slice(0, BASIS_REACH);
  for (const rule of RELEASE_BASIS_RULES) if (rule.test(head)) return rule.name;
  return null;
}

/** The reason a basis rule (by name) gives, for the release's warnings. */
export function basisWhy(name: string): string {
  return RELEASE_BASIS_RULES.find((r) => r.name === name)?.why ?? '';
}

// A heading line (no sentence end, no figure but a year): "Key statistics (seasonally adjusted)", "Australia's
// balance on goods, seasonally adjusted", and the heading of the next section, "Goods by country (original)".
export const HEADING_LINE = /^[^.;!?]{3,80}[^.;!?,]$/;
/** The longest line HEADING_LINE matches: a longer one (most sentences) is not scanned. */
export const HEADING_LINE_MAX = 81;
const ADJUSTED_HEADING = /\bseasonally[- ]adjusted\b/i;
const UNADJUSTED_HEADING = /\b(?:original|unadjusted|not\s+seasonally\s+adjusted|non[- ]seasonally|actual)\b/i;
// "By region", "Exports by destination", "Trade by partner country", "Main trading partners", "Leading commodities": the
// breakdowns by partner or by goods that offices publish unadjusted (only the totals are seasonally adjusted), so such a
// heading gives the section the release's own basis back.
const BREAKDOWN_HEADING = /\b(?:by\s+(?:(?:main|major|partner|trading)\s+)?(?:regions?|countr(?:y|ies)|destinations?|partners?|areas?|markets?|origins?|commodit(?:y|ies)|products?|goods)|(?:main|major|top|leading|principal)\s+(?:trading\s+|trade\s+)?(?:partners?|destinations?|markets?|commodities|products|suppliers))\b/i;

// "Year-over-year", "Year-on-year changes", "Compared with a year earlier", "Change from the same month last year", "Annual
// comparison", "Against April 2009": a heading that names the year before as the basis of its section (the Census Bureau's
// house style) makes the section's unmarked changes year-on-year, in a release that otherwise compares with the month before,
// until the next heading. "Year to date" names a span, "Month-over-month" the release's own basis: neither is one.
const YEAR_EARLIER_HEADING = new RegExp(
  `^(?:year[- ](?:over|on)[- ]year|annual(?:\\s+(?:change|comparison|growth|basis))|(?:the\\s+)?12[- ]month\\s+(?:change|comparison)|(?:(?:changes?|growth)\\s+)?(?:compared\\s+(?:with|to)|from|against|versus|on)\\s+(?:a\\s+year\\s+(?:earlier|ago|before)|the\\s+(?:same|corresponding)\\s+(?:month|period|quarter)\\s+(?:of\\s+|in\\s+)?(?:last|the\\s+previous|a)\\s+year(?:\\s+(?:earlier|ago|before))?|(?:the\\s+)?(?:previous|last|prior)\\s+year|${MONTH}\\s+(?:19|20)\\d{2}))\\b`,
  'i',
);

/** Which basis a heading sets for its section: seasonally adjusted, original, year-on-year, or none (not a heading). */
function headingBasis(s: string): 'adjusted' | 'original' | 'yearly' | null {
  const line = s.trim();
  if (line.length > HEADING_LINE_MAX || !HEADING_LINE.test(line) || /\d/.test(line.replace(/\b(?:19|20)\d{2}\b/g, ''))) return null;
  if (YEAR_EARLIER_HEADING.test(line)) return 'yearly';
  if (UNADJUSTED_HEADING.test(line)) return 'original';
  if (ADJUSTED_HEADING.test(line)) return 'adjusted';
  return BREAKDOWN_HEADING.test(line) ? 'original' : null;
}

// "- The balance on goods was a surplus of $8,324m, a decrease of $394m on July 2022 (seasonally adjusted).": a bulleted key
// point closing on its basis in brackets.
const ADJUSTED_KEY_POINT = /^\s*[-•*]\s[^]*\(\s*seasonally[- ]adjusted\s*\)\.?\s*$/i;

/** A key point of a list that closes on "(seasonally adjusted)" sets its section's basis as a heading would. */
function adjustedKeyPoint(s: string): 'adjusted' | null {
  return s.includes('djusted') && ADJUSTED_KEY_POINT.test(s) ? 'adjusted' : null;
}

// "Before adjustment, exports fell by 6.3% ...", "In unadjusted terms, ...", "On a non-seasonally adjusted basis, ...", "Not
// seasonally adjusted, ...", "In original terms, ...", "Without calendar adjustment, ...", "Unadjusted, ...": a sentence that
// opens on the raw series steps out of an adjusted section for itself (the raw series is compared as the release compares).
const UNADJUSTED_OPENING = /^\s*(?:(?:before|without|prior\s+to)\s+(?:(?:seasonal|calendar)\s+(?:and\s+(?:seasonal|calendar)\s+)?)?adjustments?|(?:in|on)\s+(?:an?\s+)?(?:unadjusted|original|raw|non[- ]seasonally[- ]adjusted|not\s+seasonally[- ]adjusted)\s+(?:terms|basis|figures|data|series)|(?:not\s+seasonally[- ]adjusted|unadjusted|non[- ]seasonally[- ]adjusted)(?:\s+(?:figures|data|series))?)\s*,/i;

/**
 * True when the sentence opens on the raw series: its unmarked changes are then the release's own (year-on-year, unless the
 * release compares with the month before throughout), neither the adjusted section's nor an adjusted sequential basis.
 */
export function opensOnRawSeries(s: string): boolean {
  // The frame is within a sentence's first words, and each wording has one of these: most sentences are not tested further.
  const opening = s.slice(0, 80);
  return /djust|original|raw/i.test(opening) && UNADJUSTED_OPENING.test(opening);
}

/**
 * A section under a "seasonally adjusted" heading compares with the month before, as those releases do
 * (the ABS's key points: "Goods credits fell 2.9% to $40,556 million"): its unmarked changes are not
 * year-on-year, until a heading of original (unadjusted) figures gives the release its own basis back.
 * The release's title (its first paragraph) is no section heading.
 */
export function sectionBasis(s: string, paragraph: number, memory: { previousMonthRelease?: boolean; releaseBasisMonthly?: boolean }): void {
  if (paragraph === 0) return;
  const heading = headingBasis(s) ?? adjustedKeyPoint(s);
  if (heading === null) return;
  memory.releaseBasisMonthly ??= memory.previousMonthRelease === true;
  memory.previousMonthRelease = heading === 'adjusted' ? true : heading === 'yearly' ? false : memory.releaseBasisMonthly;
}
