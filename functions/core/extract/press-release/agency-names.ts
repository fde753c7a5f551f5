/**
 * Agencies that carry their country's name: "Statistical Office of the Republic of Serbia", "Statistics
 * Iceland", "Bank of Tanzania", "Banco Central del Paraguay", "Maldives Customs Service", "Croatian Bureau
 * of Statistics", "Zimbabwe National Statistics Agency", "Statistical Institute of Jamaica", "Agency for
 * Statistics of Bosnia and Herzegovina", "Banco de Guatemala", and a ministry whose header adds its country after a
 * comma ("Ministry of Finance, Japan", "Ministry of Commerce, Thailand"). A release that names one in its head reports that
 * country's trade, as a release naming one of the agencies of reporters.ts does, whatever partners it
 * names more often. Statistical releases print the agency in title case or in capitals on their first
 * line; lower-case wording ("customs statistics China ...") is prose, not a name.
 */
import { countryNameList, countryOf } from './geography.js';
import { agencyWeightAt, reporterWeights } from './reporters.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(escape).join('|');

// Agency words before the country's name, and after its name or adjective (no regex escapes in these
// sources: the capitals form is the same source in upper case).
const BEFORE = "(?:Statistics|Statistical (?:Office|Institute) of(?: the Republic of)?|(?:Agency|Institute) for Statistics of|National (?:Bureau|Institute|Office|Agency) (?:of|for) Statistics(?: and [A-Z][a-z]+)? of(?: the Republic of)?|(?:Central )?Bank of(?: the Republic of)?|Banco (?:Central )?del?|Customs Service of(?: the Republic of)?|Ministry of [A-Z][a-z]+(?: (?:and|&) [A-Z][a-z]+)?,?) ";
const AFTER = "(?:'s)? (?:National )?(?:Customs(?: Service| Administration| Authority)?|Revenue Authority|Bureau of Statistics|Statistical (?:Office|Agency|Service|Authority|Institute)|(?:National |State )?Statistics (?:Office|Agency|Authority|Bureau|Service|Committee|Department))(?![a-z])";

// Every agency word above has one of these, as the title or the capitals form writes it: a text without any
// names no agency and is not scanned with the long pattern (most sentences, and many releases, name none).
// The pattern has every country's name in it: on a sentence of 140 characters it took 23 µs here, the search 0.04.
export const AGENCY_NAME_WORDS = /Statistic|Ban[kc]|Customs|Ministry|Revenue|STATISTIC|BAN[KC]|CUSTOMS|MINISTRY|REVENUE/;

// Where the gate's words are, one by one.
const AGENCY_WORD_AT = new RegExp(AGENCY_NAME_WORDS.source, 'g');
// The first letters of the wordings before a name (`BEFORE`, in title case and so in capitals), and how far into a match its
// first agency word can be after the name or adjective it opens with ("'s National Bureau of " is 22 characters; the wordings
// before a name have theirs within "National Institute for ", 23): a test checks both against the sources.
export const BEFORE_FIRSTS = 'SAINCBM';
export const AFTER_WORD_REACH = 40;
const BEFORE_FIRST_CODES = new Set([...BEFORE_FIRSTS].map((c) => c.charCodeAt(0)));

/** The agency words before and after a country's name (for the test that every one has a word of `AGENCY_NAME_WORDS`). */
export const agencyWordSources = { before: BEFORE, after: AFTER };

interface AgencyPattern {
  pattern: RegExp;
  /** The same pattern tried at one place only, where a match may start (see `agencyMentions`). */
  sticky: RegExp;
  /** The characters a name or an adjective starts with (a match that opens with one has no letter before it). */
  nameFirsts: Set<number>;
  /** How far before an agency word of its own a match can start: a name and the words after it, or a wording before it. */
  reach: number;
  /** The country of each written form, capitals included. */
  countryOf: Map<string, string>;
}

let built: AgencyPattern | null = null;

function agencyPattern(): AgencyPattern {
  if (built) return built;
  const countryOf = new Map<string, string>();
  const names: string[] = [];
  const adjectives: string[] = [];
  for (const c of countryNameList()) {
    for (const n of c.names) (names.push(n), countryOf.set(n, c.country), countryOf.set(n.toUpperCase(), c.country));
    for (const a of c.adjectives) (adjectives.push(a), countryOf.set(a, c.country), countryOf.set(a.toUpperCase(), c.country));
  }
  const title = `${BEFORE}(${alternation(names)})(?![A-Za-z])|(?<![A-Za-z])(${alternation([...names, ...adjectives])})${AFTER}`;
  // In capitals the look-arounds for letters still hold ("(?![a-z])" becomes "(?![A-Z])").
  const capitals = title.toUpperCase();
  const source = `${title}|${capitals}`;
  const forms = [...names, ...adjectives].flatMap((n) => [n, n.toUpperCase()]);
  const nameFirsts = new Set(forms.map((n) => n.charCodeAt(0)));
  const reach = Math.max(...forms.map((n) => n.length)) + AFTER_WORD_REACH;
  built = { pattern: new RegExp(source, 'g'), sticky: new RegExp(source, 'y'), nameFirsts, reach, countryOf };
  return built;
}

// Trade bodies that carry their country in their name, in any release: "the Solvent Extractors' Association of
// India", "Ecuador's National Chamber of Aquaculture" ("Vietnam Customs" is an agency of the pattern above).
const BODY_OF = /\b(?:association|federation|confederation|council|chamber)\s+of\s+(?:the\s+)?([a-z]+)(?:\s+([a-z]+))?/gi;
const COUNTRY_BODY = /\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:['’]s)?\s+(?:[A-Z][a-z]+\s+){0,3}?(?:Association|Federation|Confederation|Council|Chamber)\b/g;
// Every match of either has one of these words (in any case): most releases name no such body and are not scanned.
const BODY_WORDS = /association|federation|confederation|council|chamber/i;
const titleCase = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

interface BodyMention {
  country: string;
  at: number;
}

// A name opens a match only where no letter stands before it: no letter of either case in title case, no capital in the
// capitals form (whose look-behind the upper-casing made "[A-ZA-Z]"), so a place after a capital opens none.
function mayStartAt(text: string, at: number, nameFirsts: Set<number>): boolean {
  const c = text.charCodeAt(at);
  if (BEFORE_FIRST_CODES.has(c)) return true;
  const before = at > 0 ? text.charCodeAt(at - 1) : 0;
  return nameFirsts.has(c) && !(before >= 65 && before <= 90);
}

/**
 * The agencies named in `text`, in order: the matches of the long pattern, found by trying it only where one can start. Every
 * match holds an agency word (`AGENCY_NAME_WORDS`) at most `reach` characters after its start, and starts with a wording's
 * first letter (`BEFORE_FIRSTS`) or with a name's after no capital (`mayStartAt`), so the places tried in order are those,
 * each at most once (after a match, from its end on): the matches a scan of the whole text finds, at a few places a
 * release instead of at each of its characters (the pattern is long, and its look-behind keeps the engine from skipping
 * ahead on its own).
 */
function agencyMentions(text: string): BodyMention[] {
  if (!AGENCY_NAME_WORDS.test(text)) return [];
  const { sticky, nameFirsts, reach, countryOf: countryOfForm } = agencyPattern();
  const found: BodyMention[] = [];
  let next = 0;
  AGENCY_WORD_AT.lastIndex = 0;
  for (let w = AGENCY_WORD_AT.exec(text); w !== null; w = AGENCY_WORD_AT.exec(text)) {
    // Words may overlap ("STATISTICUSTOMS"): each is a place a match may hold, so the next search starts one character on.
    AGENCY_WORD_AT.lastIndex = w.index + 1;
    for (let at = Math.max(next, w.index - reach); at <= w.index; at++) {
      if (!mayStartAt(text, at, nameFirsts)) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m === null) continue;
      const written = m.slice(1).find((g) => g !== undefined);
      const country = written ? countryOfForm.get(written) : undefined;
      if (country) found.push({ country, at });
      next = at + m[0].length;
      at = next - 1;
    }
    next = Math.max(next, w.index + 1);
  }
  return found;
}

function otherBodyMentions(text: string): BodyMention[] {
  const found: BodyMention[] = [];
  if (!BODY_WORDS.test(text)) return found;
  for (const m of text.matchAll(COUNTRY_BODY)) {
    // "the Norwegian Seafood Council": the two capitalised words are the adjective and the trade, not a two-word country.
    const country = countryOf(m[1]) ?? (m[1].includes(' ') ? countryOf(m[1].slice(0, m[1].indexOf(' '))) : null);
    // "the Russian Federation" (a partner the text names): the country's own formal name, no body of it.
    if (country && !countryOf(m[0])) found.push({ country, at: m.index });
  }
  for (const m of text.matchAll(BODY_OF)) {
    const country = (m[2] ? countryOf(`${titleCase(m[1])} ${titleCase(m[2])}`) : null) ?? countryOf(titleCase(m[1]));
    if (country) found.push({ country, at: m.index });
  }
  return found;
}

/** The countries of the agencies named after their country in `text` ("the Uzbek State Statistics Agency"). */
export function agencyCountries(text: string): string[] {
  return agencyMentions(text).map((m) => m.country);
}

/**
 * The countries named by reporting agencies (reporters.ts `REPORTER_RULES`: "General Statistics Office of Vietnam", "Korea
 * Customs Service"), by agencies named after their country and by other bodies, each weighted as a reporter (named in the
 * lead) or a second source (named later); the reporting agencies first, then the others. The one list of agencies a text
 * or a page's masthead is read with.
 */
export function agencyNameWeights(text: string): Array<[string, number]> {
  const out = new Map<string, number>(reporterWeights(text));
  const named = new Set(out.keys());
  for (const { country, at } of [...agencyMentions(text), ...otherBodyMentions(text)]) {
    const weight = named.has(country) ? 0 : agencyWeightAt(text, at);
    if (weight) out.set(country, Math.max(out.get(country) ?? 0, weight));
  }
  return [...out];
}
