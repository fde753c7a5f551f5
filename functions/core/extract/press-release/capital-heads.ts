/**
 * Roundups and digests of several countries' figures head each entry with the country in capitals ("* JAPAN
 * (October): exports +2.7% ...", "SOUTH KOREA: exports ..."). The place finder reads names as they are
 * written in prose, so such a head is written over in title case, with the same length (every offset into the
 * text stays valid), when it spells a country of the lexicon. Only a head opening a line (after a bullet
 * mark) and followed by a bracket, a colon or a dash is one: a dateline ("SEOUL, Nov. 21") is not rewritten.
 */
import { testAtLineStarts } from './chars.js';
import { countryNameList, findPlaces, SEPARATE_CUSTOMS_TERRITORIES } from './geography.js';
import { MONTH_WORDS } from './periods.js';
import type { Sentence } from './sentences.js';

// A line's head in capitals (one to four words) before "(", ":" or a dash.
const CAPITAL_HEAD = /^([ \t]*(?:[*•·▪\-–—][ \t]*)?)([A-Z]{2,}(?:[ \t][A-Z]{2,}){0,3})(?=[ \t]*[(:\-–—])/gm;

// Every such head: a line opening with two capitals (after a bullet mark), looked for only where lines start.
const CAPITALS_OPEN_A_LINE = /^[ \t]*(?:[*•·▪\-–—][ \t]*)?[A-Z]{2}/m;
const CAPITALS_AT_LINE_START = new RegExp(CAPITALS_OPEN_A_LINE.source.slice(1), 'y');

let names: Map<string, string> | null = null;

/**
 * The countries' names (not adjectives) of the lexicon, and the territories keeping their own customs statistics
 * ("TAIWAN:", "HONG KONG:" head a roundup's entry as a country does), each with its canonical name; built once.
 */
function countryNames(): Map<string, string> {
  names ??= new Map([...countryNameList().flatMap((c) => c.names.map((n) => [n, c.country] as [string, string])), ...[...SEPARATE_CUSTOMS_TERRITORIES].map((n) => [n, n] as [string, string])]);
  return names;
}

const titleCase = (words: string): string => words.toLowerCase().replace(/(^|[ \t])([a-z])/g, (_, gap: string, c: string) => gap + c.toUpperCase());

/** The text with capitalised country heads of lines written in title case. */
export function titleCaseCapitalHeads(text: string): string {
  if (!testAtLineStarts(text, CAPITALS_AT_LINE_START, CAPITALS_OPEN_A_LINE)) return text;
  return text.replace(CAPITAL_HEAD, (whole: string, lead: string, head: string) => {
    const name = titleCase(head);
    return countryNames().has(name) ? lead + name : whole;
  });
}

// A page's title in capitals, its place set off from the rest by a bar or a colon ("SHANGHAI PORT | 2021 IN NUMBERS",
// "QINGDAO PORT: THE YEAR IN CHARTS"): the text's first line, all in capitals, the place one to four words. A data page names
// what it reports on there and only there, so the place is written in title case (same length) when it spells a place the
// lexicon knows whole, to be read as the place a prose title names. (A place before a dash is a wire's seat: dateline rules.)
// A key-figures sheet's letterhead may be the place alone on its first line, what it reports under it ("HORGOS PORT" /
// "Key figures, 1 January – 30 September 2021", "ERLIANHAOTE PORT" / "2024 at a glance", "GUANGXI" / "Foreign trade
// in brief"); a town alone there is rather a seat, as a dateline's, and is left.
const CAPITAL_TITLE = /^(\s*)([A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,3})(?=[ \t]*(?:[|:][ \t][^a-z\n]*)?\n)/;

/** The text with the place a capitals title names before its bar, colon or dash written in title case (CAPITAL_TITLE). */
export function titleCaseCapitalTitle(text: string): string {
  const m = CAPITAL_TITLE.exec(text);
  if (!m) return text;
  const titled = titleCase(m[2]);
  const alone = !/[|:]/.test(text.slice(m[0].length, text.indexOf('\n', m[0].length)));
  const place = findPlaces(titled, '').find((p) => p.start === 0 && p.end === titled.length && !(alone && p.kind === 'city'));
  return place ? m[1] + titled + text.slice(m[0].length) : text;
}

// A letterhead line in capitals naming the government, state, parliament or chamber of a country ("GOVERNMENT OF INDIA",
// "MINISTRY OF COMMERCE, GOVERNMENT OF PAKISTAN", "REPUBLIC OF THE PHILIPPINES", "FEDERAL REPUBLIC OF NIGERIA", "PARLIAMENT
// OF THE COMMONWEALTH OF AUSTRALIA", "NATIONAL ASSEMBLY OF KENYA"): the country whose institution issues the answer.
const LETTERHEAD_COUNTRY = /^([ \t]*(?:[A-Z'’,&-]+[ \t]+)*?(?:GOVERNMENT|REPUBLIC|KINGDOM|COMMONWEALTH|STATE|PARLIAMENT|SENATE|ASSEMBLY|CONGRESS|REPRESENTATIVES|EMBASSY|HIGH[ \t]+COMMISSION)[ \t]+OF[ \t]+(?:THE[ \t]+)?)([A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){0,3})(?=[ \t]*$)/gm;

/**
 * The text with the country a capitals letterhead names written in title case (same length), when the lexicon knows it as a
 * country, so that the release's country is read from it as from "the Government of India" in prose.
 */
export function titleCaseLetterheadCountries(text: string): string {
  if (!text.includes(' OF ')) return text;
  return text.replace(LETTERHEAD_COUNTRY, (whole: string, lead: string, name: string) => {
    const titled = titleCase(name);
    return countryNames().has(titled) || countryNames().has(`The ${titled}`) ? lead + titled : whole;
  });
}

/**
 * Wire roundups of a region's data, bloc overviews and digests give each reporter an entry of its own: a paragraph opened by
 * the country's name (in capitals or not, after a bullet mark or none, with the entry's period in brackets or none) and a
 * colon or a dash, then a sentence ("JAPAN: The finance ministry's October figures showed ...", "Vietnam - Exports rose ...",
 * "* India (September): Merchandise shipments ..."). When two or more paragraphs open so with different countries, each
 * heads the figures of its own entry: the country is their reporter (the area), whatever country the dateline or the first
 * entry made the release's. The map is from a paragraph to the country heading it. A list of one reporter's partners
 * ("- China: exports ¥18.9 trillion, imports ...") goes on in small letters after its colon, a note in words, and a list
 * item of a partner's amount ("- Russia – USD 1,998.2 million (11.0 per cent)") goes on with the amount, no word: neither
 * is an entry.
 */
const ENTRY_HEAD = /^(?:[*•·▪\-–—]\s*)?([A-Z][A-Za-z'’.]*(?: [A-Z][A-Za-z'’.]*){0,3}) ?(?:\([^()]{1,40}\) ?)?(?::| [-–—]) ["“‘]?(?=[A-Z][a-z])/;

// (a245) A newsletter's digest heads its items by topic, in capitals and a stop, the item's first sentence opening on its
// reporter: "COAL. Mongolia exported roughly 3.1 million tonnes ...", "RICE. Vietnam's rice exports rose ...", "Soybeans. China's
// arrivals fell ...". The country the item opens on heads it as a country heading an entry does.
const DIGEST_SLUG = /^[A-Z][A-Z&\/' -]{2,30}\.(?:\s+|$)/;
const DIGEST_SUBJECT = /^(?:The\s+)?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}?)(?=['’]s?\s|\s[a-z])/;

/** The country a digest item opening at sentence i names first (its slug in the sentence or alone before it), or undefined. */
function digestItemCountry(sentences: Sentence[], i: number): string | undefined {
  const slug = DIGEST_SLUG.exec(sentences[i].norm);
  if (!slug) return undefined;
  const rest = slug[0].length < sentences[i].norm.trim().length ? sentences[i].norm.slice(slug[0].length) : sentences[i + 1]?.paragraph === sentences[i].paragraph ? sentences[i + 1].norm : '';
  const m = DIGEST_SUBJECT.exec(rest.trimStart());
  return m ? countryNames().get(m[1]) : undefined;
}

export function roundupEntryHeads(sentences: Sentence[]): Map<number, string> {
  const heads = new Map<number, string>();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (i > 0 && sentences[i - 1].paragraph === s.paragraph) continue;
    const m = /^[*•·▪\-–—A-Z]/.test(s.norm) ? ENTRY_HEAD.exec(s.norm) : null;
    const country = m ? countryNames().get(m[1]) : digestItemCountry(sentences, i);
    if (country) heads.set(s.paragraph, country);
  }
  return new Set(heads.values()).size >= 2 ? heads : new Map();
}

/**
 * Wire tickers and flash headlines are set wholly in capitals ("CHINA MARCH EXPORTS +12.4% Y/Y", "VIETNAM H1 TRADE
 * SURPLUS $8.01 BLN"), and the readers know places, months and flow words only as prose writes them. A line with no
 * small letter, three words or more and a figure (and no table cells) is written over in title case (same length, so offsets stay valid):
 * short words that are abbreviations ("U.S.", "EU", "UAE", "H1") and the blocs' acronyms keep their capitals, the
 * small words of a sentence ("TO", "OF", "BLN") are written small.
 */
// Not a row of a flattened table (cells between bars or tabs), whose section heads in capitals the table reader knows.
// Month names may already stand in title case ("HAINAN Jan-May TRADE 213.4 BN YUAN", "SHANGHAI JANUARY-NOVEMBER" after
// month-names.ts wrote the period over): a flash headline's period does not make it prose. (One character or one whole
// month name at a time, so a line is parsed one way only.)
const CAPITALS_LINE = new RegExp(`^(?:[^a-z\\n|\\t]|(?<![A-Za-z])(?:${MONTH_WORDS})(?![a-z]))*$`, 'gm');
const CAPITAL_WORD = /\b[A-Z][A-Z']+\b/g;
const SMALL_WORDS = new Set(['TO', 'OF', 'IN', 'ON', 'AT', 'BY', 'UP', 'AS', 'OR', 'AND', 'THE', 'FOR', 'VS', 'ITS', 'PCT', 'BN', 'MN', 'BLN', 'MLN', 'TRN', 'MT']);
const KEPT_ACRONYMS = new Set(['ASEAN', 'OPEC', 'APEC', 'GACC', 'RCEP', 'BRICS', 'CPTPP', 'USMCA', 'NAFTA', 'MERCOSUR', 'ECOWAS', 'COMESA', 'SADC', 'CIS', 'EAEU']);

/** One word of a ticker line as prose would write it. */
function tickerWord(word: string): string {
  if (SMALL_WORDS.has(word)) return word.toLowerCase();
  if (word.length <= 3 || KEPT_ACRONYMS.has(word)) return word;
  return word[0] + word.slice(1).toLowerCase();
}

/** The text with its lines set wholly in capitals (tickers, flash headlines) written in title case. */
export function titleCaseTickerLines(text: string): string {
  // Two plain tests, not one pattern spanning digits and capitals (quadratic on a long run of digits).
  if (!/[A-Z]{2}/.test(text) || !/\d/.test(text)) return text;
  return text.replace(CAPITALS_LINE, (line: string) => (/\d/.test(line) && /[A-Z]{2}/.test(line) && (line.match(CAPITAL_WORD)?.length ?? 0) >= 3 ? line.replace(CAPITAL_WORD, tickerWord) : line));
}
