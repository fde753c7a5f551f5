/**
 * Release text → sentences with their character offsets. Offsets always point into the text the
 * caller passed, so a row's `source_quote` is exactly `text.slice(quote_start, quote_end)`.
 */
import { isAsciiLetter, isDigitAt, isLowerAscii, isSpace, isUpperAscii } from './chars.js';

/** One sentence of the release, with where it sits in the text and which paragraph it belongs to. */
export interface Sentence {
  /** Offset of the first character in the release text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The sentence as written (for quoting). */
  text: string;
  /** `text` as the matchers read it: typographic variants folded, each run of spaces and line breaks one space. */
  norm: string;
  /** Paragraph index; a blank line (or an HTML block) starts a new one. */
  paragraph: number;
  /** An item of a bulleted list ("• Exports: RMB 832.5 billion, up 8.9%"); each item is its own paragraph. */
  listItem?: boolean;
}

// A line opening with a bullet ("•", "·", "▪", "*", or "-" before a space): a list item, never a wrapped line. Posts and
// key-figure sheets draw arrows and other marks for bullets too ("➤ $44.9 billion — exports", "► Imports: ...", "▶", "▸",
// "‣", "◆", "■", "✔").
const BULLET_MARKS = '\u2022\u00b7\u25aa\u25e6\u25cf*\u27a4\u25ba\u25b6\u25b8\u2023\u25c6\u25a0\u2714';

// "Dry bulk ............ 11.2 mln t (-14.0%)", "Cargo handled in December ..... 1.9 mln t": a key-figures sheet's line, its label
// joined to its figure by a run of leader dots, is an item of a list as a bulleted line is (a month its label names is that
// line's alone, assemble.ts startListItem; a238).
const LEADER_LINE = /^[ \t]*[^.\n]{1,80}?(?:\.{4,}|\u2026{2,})[ \t]*[-+(]?[$€£¥]?\d/;

/** True when the text at `at` opens with a bullet mark (asked for every sentence: characters, not an expression). */
function bulletAt(norm: string, at: number): boolean {
  const c = norm.charAt(at);
  return c === '-' ? norm.charAt(at + 1) === ' ' : c !== '' && BULLET_MARKS.includes(c);
}

/**
 * Longest sentence the matchers look at. Real sentences are far shorter; the cap keeps the work
 * per sentence bounded on garbage input (a megabyte of digits is cut into chunks, not matched whole).
 */
export const MAX_SENTENCE_CHARS = 1200;

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"',
  '\u2212': '-', '\u2010': '-', '\u2011': '-', '\uff05': '%', '\uff0c': ',', '\uff0e': '.',
  '\uff08': '(', '\uff09': ')', '\u3002': '.', '\uff1b': ';', '\uff1a': ':', '\uffe5': '¥',
};

/** Folds quotes, exotic spaces, full-width digits and control characters one-for-one (offsets are kept). */
export function foldForMatching(text: string): string {
  if (!mayFold(text)) return text;
  // Every replacement is one UTF-16 unit for one unit (surrogate halves become spaces), so offsets hold.
  return text.replace(EMOJI_RISE_MARK, ' \u25b2').replace(EMOJI_FALL_MARK, ' \u25bc').replace(FOLDABLE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
    return FOLD[ch] ?? ' ';
  }).replace(GLUED_EN_DASH, '-');
}

// "🔺4.2%", "🔻 3%", "📈 12%", "📉 8%": a post marks a rise or fall with a red triangle or a chart emoji before the percentage;
// each (two units) folds to a space and the triangle boards write ("▲", "▼"), which numbers.ts reads as the change's sign.
// Only before a percentage: "US$ 98.8 bi 📈 the highest" is decoration.
const EMOJI_RISE_MARK = /(?:\u{1f53a}|\u{1f4c8})(?=\ufe0f?[ \t]?\d[\d.,]*[ \t]?%)/gu;
const EMOJI_FALL_MARK = /(?:\u{1f53b}|\u{1f4c9})(?=\ufe0f?[ \t]?\d[\d.,]*[ \t]?%)/gu;

// The spaces a copy from a web page or a word processor leaves in plain text: no-break, thin, narrow and ideographic
// (one class for `plainSpaces` and for `foldForMatching`, which turns them into plain spaces too).
const EXOTIC_SPACE_CLASS = '\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000';
const EXOTIC_SPACES = new RegExp(`[${EXOTIC_SPACE_CLASS}]`, 'g');

/**
 * A release text with every exotic space as a plain one (one character for one, so offsets hold): the readers of the
 * whole text (agencies, datelines, places) match plain spaces, as the sentence rules do after `foldForMatching`.
 */
export function plainSpaces(text: string): string {
  return mayFold(text) ? text.replace(EXOTIC_SPACES, ' ') : text;
}

// An en dash glued into a compound word ("year–on–year", "China–Europe", "10–day") is the hyphen a typesetter or word
// processor replaced; spaced dashes and dashes before a number (a minus, a range) keep their meaning.
const GLUED_EN_DASH = /(?<=[A-Za-z0-9])\u2013(?=[A-Za-z])/g;

/**
 * False when `text` has nothing FOLDABLE matches: no character below the space but the line end, and none from U+00A0 up
 * (most releases are plain ASCII), found by a loop over the codes; the pattern with its callback runs on the rest.
 */
function mayFold(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xa0 || (code < 0x20 && code !== 10)) return true;
  }
  return false;
}

const FOLDABLE = new RegExp(`[\\u0000-\\u0009\\u000b-\\u001f\\ud800-\\udfff\\uff10-\\uff19${EXOTIC_SPACE_CLASS}${Object.keys(FOLD).join('')}]`, 'g');

// Words whose trailing period does not end a sentence ("Oct. 25", "U.S. dollars", "No. 6").
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr',
  'st', 'co', 'ltd', 'inc', 'corp', 'vs', 'approx', 'est', 'jr', 'sr', 'prof', 'gov', 'dept', 'art', 'fig', 'tel', 'ca', 'etc',
  'u.s', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'u.n', 'e.u', 'p.r.c', 'bln', 'mln', 'trln', 'tln', 'thsd', 'pct', 'mill', 'mil',
  // Currency signs written with a full stop before the amount: "Rs. 342.8 billion", "Tk. 5,640 crore", "Rp. 12 trillion",
  // Aruba's florin "Afl. 268.9 million", the Netherlands Antillean guilder "NAf. 1.2 billion".
  'rs', 'tk', 'rp', 'afl', 'naf',
]);

// "... reached $3,541.6 mln. Gold accounted for ...": a scale abbreviation ends the sentence unless a currency follows ("5 mln. US dollars",
// "1 684.2 Mill. Euro", "9 281.4 mil. EUR"). So does "pct." ("Denmark took 86.9 pct. Of imports, ...": Nordic offices write it).
const SCALE_ABBREVIATION = /(?:^|[\s\d])(?:bln|mln|mill|mil|trln|tln|thsd|pct)$/i;
// "Japan Logs ¥1.4 Tril. Trade Deficit In July": in a headline in title case, a scale's full stop before a capital ends nothing.
const HEADLINE_SCALE = /(?:^|[\s\d])(?:bln|mln|mill|mil|trln|tln|tril|trn|bil)$/i;
const LOWER_CASE_WORD = /(?:^|\s)[a-z]{4,}/;

/** True when the line holding `at` is a short one whose longer words are all capitalised (a title-case headline). */
function titleCaseLine(norm: string, at: number): boolean {
  const from = norm.lastIndexOf('\n', at) + 1;
  const to = norm.indexOf('\n', at);
  const line = norm.slice(from, to < 0 ? norm.length : to);
  return line.length <= 120 && !LOWER_CASE_WORD.test(line);
}
const CURRENCY_NEXT = /^(?:US|U\.S\.|USD|EUR|RUB|KZT|CNY|RMB|UZS|KGS|AZN|Tenge|Yuan|Dollars?|Euros?|Rubles?|Roubles?|Soms?|Sums?|Manats?)\b/;

function isAbbreviation(norm: string, dot: number): boolean {
  // Panama's balboa is written "B/." before the amount ("B/. 742.8 million"), Peru's sol of old "S/." ("S/. 22.1 billion").
  const sign = norm.slice(dot - 2, dot);
  if ((sign === 'B/' || sign === 'S/') && !isAsciiLetter(norm.charCodeAt(dot - 3))) return true;
  let k = dot - 1;
  while (k >= 0 && dot - k <= 8 && (isAsciiLetter(norm.charCodeAt(k)) || norm[k] === '.')) k--;
  const word = norm.slice(k + 1, dot).toLowerCase();
  // Initials ("J. Smith", "U.") stand alone; the "y" of "y/y." does not.
  if (word.length === 1) return isLowerAscii(word.charCodeAt(0)) && (k < 0 || isSpace(norm.charCodeAt(k)) || norm[k] === '(' || norm[k] === '.');
  return ABBREVIATIONS.has(word);
}

/**
 * True when a full stop glued to the next word still ends a sentence ("rose 5 percent.Exports
 * reached ...", "in 2023.The port ..."): scraped and pasted releases often lose the space. The
 * word before ends in a lower-case letter, a digit, "%" or ")", and the next one is a capitalised
 * word ("The", not "US" or "U.S."), perhaps after an opening quotation mark ("made 1,042 trips."Demand ...");
 * abbreviations ("Co.Ltd", "No.5") never end a sentence.
 */
function gluedSentenceStart(norm: string, dot: number): boolean {
  const word = norm[dot + 1] === '"' ? dot + 2 : dot + 1;
  if (!isUpperAscii(norm.charCodeAt(word)) || !isLowerAscii(norm.charCodeAt(word + 1))) return false;
  const before = norm.charCodeAt(dot - 1);
  if (!isLowerAscii(before) && !isDigitAt(norm, dot - 1) && before !== 37 && before !== 41) return false;
  return norm[dot] !== '.' || (isLowerAscii(before) ? norm.charCodeAt(dot - 2) !== 46 && !isAbbreviation(norm, dot) : true);
}

// A line that starts like this continues the sentence of the line before (a headline never runs on
// into lower case or into a number).
const CONTINUATION = /[a-z0-9$€£¥%(]/;
/** Shortest line taken for a wrapped one when the text is wrapped throughout. */
const MIN_WRAPPED_LINE = 40;
/** Line breaks running on into lower case that mark a text as wrapped at a fixed width. */
const MIN_WRAPS = 3;
/** Widest line a text wrapped at a width has: a longer line ending a sentence is a paragraph pasted without its blank line. */
const MAX_WRAP_WIDTH = 130;

/**
 * True for text wrapped at a fixed width (archives and e-mail store wire copy that way): several
 * lines break mid-sentence into a lower-case word. In such text a line break inside a sentence is
 * a space even before a capitalised word ("Kazakhstan's\nPrime Minister").
 */
function looksHardWrapped(norm: string): boolean {
  let wraps = 0;
  for (let i = norm.indexOf('\n'); i >= 0 && i < norm.length - 1; i = norm.indexOf('\n', i + 1)) {
    // Spaces before the newline are no part of the line: the carriage return of "\r\n" (e-mail and Windows copies end
    // lines so) is a space in the folded text, and a space left at a line's end is common in wrapped copy.
    let b = i - 1;
    while (b > 0 && (norm[b] === ' ' || norm[b] === '\t')) b--;
    const before = norm[b] ?? '';
    if ((isAsciiLetter(before.charCodeAt(0)) || before === ',') && isLowerAscii(norm.charCodeAt(i + 1)) && ++wraps >= MIN_WRAPS) return true;
  }
  return false;
}

/** The widest line of a hard-wrapped text (its wrap width), lines wider than a wrap would make left out. */
function widestLine(norm: string): number {
  let widest = 0;
  for (const line of norm.split('\n')) if (line.trimEnd().length <= MAX_WRAP_WIDTH) widest = Math.max(widest, line.trimEnd().length);
  return widest;
}

/** True when the next line's first word (at `next`) would not have fitted on a line `length` wide: the wrap broke it there. */
function lineWasFull(norm: string, length: number, next: number, wrapWidth: number): boolean {
  let end = next;
  while (end < norm.length && !isSpace(norm.charCodeAt(end))) end++;
  return length + 1 + (end - next) > wrapWidth;
}

// One cell of a strip: a label, its colon, and a value with a digit ("Westbound: 1,702", "Value of goods: 41.2 billion yuan (up 10.6%)").
const STRIP_CELL = /^\s*[A-Z][^|:\n]{0,60}:\s*[^|\n]*\d[^|\n]*$/;
/** Fewest cells of a strip. */
const MIN_STRIP_CELLS = 3;
// One cell of a flash line: words, then a figure, and no label ("Exports ¥9.06 trn, +4.2% y/y | Imports ¥9.30 trn").
const FIGURE_CELL = /^\s*[A-Za-z][^|\n]*\d[^|\n]*$/;
/** Fewest cells of a flash line. */
const MIN_FIGURE_CELLS = 2;

/** True for a line of cells between bars: three labelled ones or more, or two or more that each state a figure. */
function isStrip(cells: string[]): boolean {
  return (cells.length >= MIN_STRIP_CELLS && cells.every((c) => STRIP_CELL.test(c))) || (cells.length >= MIN_FIGURE_CELLS && cells.every((c) => FIGURE_CELL.test(c)));
}

/**
 * Lines that are strips of labelled cells between bars ("Trains run: 2,846 (up 8.1%) | Westbound: 1,702 | Eastbound:
 * 1,144") or a flash note's cells of figures ("Exports ¥9.06 trn, +4.2% y/y | Balance -¥234.6 bn"), as [start, end)
 * offsets: each cell is read as an item of a list, its own sentence.
 */
function stripLines(norm: string): Array<[number, number]> {
  const strips: Array<[number, number]> = [];
  if (!norm.includes('|')) return strips;
  for (let at = 0; at < norm.length; ) {
    let end = norm.indexOf('\n', at);
    if (end < 0) end = norm.length;
    const cells = norm.slice(at, end).split('|');
    if (isStrip(cells)) strips.push([at, end]);
    at = end + 1;
  }
  return strips;
}

const inStrip = (split: Split, at: number): boolean => split.strips.some(([a, b]) => at >= a && at < b);

// "... from February. (2) Ordinary trade dominated. By ordinary trade, ...": a numbered item opening a sentence starts a
// new section of the release, as its own paragraph would, when the text reaches us with its paragraph breaks lost.
const ENUMERATED_ITEM = /^[ \t]+\((?:\d{1,2}|[ivx]{1,4})\)[ \t]+[A-Z]/;

// "... up 11.6% YoY 🚂 Of that, imports came to ...": posts end a sentence with an emoji (or a few) instead of a full stop.
const EMOJI_THEN_CAPITAL = /(?<=^|[ \t])(?:\p{Extended_Pictographic}|\uFE0F|\u200D|\p{Emoji_Modifier})+[ \t]+(?=[A-Z])/gu;
const ANY_EMOJI = /\p{Extended_Pictographic}/u;
// No pictograph is below U+00A9 ("©"): a text without such a character (most releases) is not scanned for one.
const ABOVE_LATIN_MARKS = /[^\u0000-\u00a8]/;

/** Where a run of emoji ends a sentence (the folded copy has them as spaces): the run's start → where the next sentence starts. */
function emojiEnds(text: string): Map<number, number> {
  const ends = new Map<number, number>();
  if (!ABOVE_LATIN_MARKS.test(text) || !ANY_EMOJI.test(text)) return ends;
  for (const m of text.matchAll(EMOJI_THEN_CAPITAL)) ends.set(m.index, m.index + m[0].length);
  return ends;
}

/** Splits a release into sentences: blank lines are paragraph breaks, terminal punctuation (or a post's emoji) ends a sentence. */
export function splitSentences(text: string): Sentence[] {
  const norm = foldForMatching(text);
  const split: Split = { text, norm, sentences: [], paragraph: 0, strips: stripLines(norm), emojiEnds: emojiEnds(text) };
  const wrapWidth = looksHardWrapped(norm) ? widestLine(norm) : 0;
  let start = 0;
  for (let i = 0; i < norm.length; i++) {
    // Only newlines and sentence punctuation end anything: every other character is passed over by its code.
    const code = norm.charCodeAt(i);
    if (code === 124 && split.strips.length && inStrip(split, i)) {
      addSentence(split, start, i);
      start = i + 1;
      split.paragraph++;
    } else if (code === 10) {
      // A strip's line ends with it, however long: its cells are no prose wrapped onto the next line.
      const ends = i > 0 && split.strips.length && inStrip(split, i - 1) ? 'sentence' : lineBreakAt(norm, i, wrapWidth);
      if (ends === 'none') continue;
      addSentence(split, start, i);
      start = i + 1;
      if (ends === 'paragraph') split.paragraph++;
    } else if ((code === 46 || code === 33 || code === 63) && punctuationEndsAt(norm, i)) {
      addSentence(split, start, i + 1);
      start = i + 1;
      if (ENUMERATED_ITEM.test(norm.slice(i + 1, i + 12))) split.paragraph++;
    } else if (split.emojiEnds.size && split.emojiEnds.has(i)) {
      addSentence(split, start, i);
      start = split.emojiEnds.get(i)!;
      i = start - 1;
    } else if (code === 59 && SEMICOLON_POINTING_BACK.test(norm.slice(i + 1, i + 60))) {
      // "... 97,828 TEUs by March 14; the two figures represent an increase of 8.2 percent and 19.8 percent respectively":
      // what points back at the figures before opens a sentence of its own, as after a full stop.
      addSentence(split, start, i + 1);
      start = i + 1;
    } else if (code === 58 && ENUMERATED_ITEM.test(norm.slice(i + 1, i + 12))) {
      // "Highlights of the first quarter: (1) Monthly exports rose ...": a heading's colon before the first item.
      addSentence(split, start, i + 1);
      start = i + 1;
      split.paragraph++;
    }
  }
  addSentence(split, start, norm.length);
  return split.sentences;
}

// After a semicolon, words that point back at the figures before and give their change ("the two figures represent",
// "this figure marks", "the figures were up"); not a word for one of them ("the volume was up 1.9%") nor a revision.
const SEMICOLON_POINTING_BACK = /^\s+(?:(?:the|these|those)\s+(?:two\s+|three\s+)?(?:figures|numbers)|(?:this|the)\s+figure)\s+(?:(?:represents?|represented|marks?|marked|means?|meant)\b|(?:is|was|are|were)\s+(?:up|down|an?\s+(?:increase|decrease|rise|drop)|\d))/i;

/** A release being split: its text, the folded copy the rules read, the sentences so far and the paragraph they are in. */
interface Split {
  readonly text: string;
  readonly norm: string;
  readonly sentences: Sentence[];
  paragraph: number;
  /** Lines that are strips of labelled cells (`stripLines`). */
  readonly strips: Array<[number, number]>;
  /** Runs of emoji that end a sentence (`emojiEnds`). */
  readonly emojiEnds: Map<number, number>;
}

/**
 * What a newline at `i` ends. A blank line ends the paragraph. A single newline ends a sentence only
 * after terminal punctuation or a short (headline-like) line; otherwise it is a wrapped line.
 */
/**
 * A byline: "By Wang Lei in Urumqi and Chen Mei in Beijing | China Daily | Updated: ...", "By Staff Reporter, Moscow, 12
 * November 2024". A name after "By" (not a month, a day or "the end of"), then a comma, a bar, "in" a place or "and" a name.
 */
export const BYLINE = /^\s*By\s+(?!(?:The|End|Early|Late|Mid|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Then|Now|Contrast|Comparison|Value|Volume)\b)[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){0,3}\s*(?:,|\||\bin\s+[A-Z]|\band\s+[A-Z]|$)/;

// "(ECNS) --", "(Xinhua) --", "(Reuters) -": an agency's credit and dash open a story's first paragraph, so the line before
// it (a headline with no full stop) ends there, as before a dateline that opens on the city's name.
const AGENCY_CREDIT = /^\((?:[A-Z][A-Za-z.&]*\s?){1,3}\)\s*(?:--|[-\u2013\u2014])\s/;

// "... to 9.10 trillion yen– NNN-NHK", "... in the period -- AFP": a wire's sign-off (a dash, then its name in capitals) at the
// end of a line closes the paragraph, as a full stop would; the next line does not run on from it.
const SIGN_OFF_END = /(?:\s|\))(?:--|[-\u2013\u2014])\s*[A-Z]{2,}(?:[-/&][A-Z]{2,})*$/;

// "... 7.29 million tonnes of soybeans in\nApril, down 9.8% ...": a line ending in a preposition, an article or a conjunction
// (lower case) stops mid-phrase, as no sentence or headline does: it runs on into the next line, capitalised or not. So
// does a line ending in a word and a hyphen or en dash glued to it ("compared with January-\nSeptember 2024", "the China–\nEurope
// trains", "Sino-\nRussian trade"): a span or compound broken across the line.
const OPEN_LINE_END = /(?:^|\s)(?:in|of|the|an?|to|from|for|with|by|at|and|or|than)$|[A-Za-z][-–]$/;

// "Value of exports: 8,835.2 billion yen (down 0.2% from the same month of the previous year)" over "Value of imports: ...",
// "Exports: +0.8% on the previous month" over "Imports: -2.1% ...": a summary's lines, each a label, its colon and a figure.
// Two such lines in a row are two entries, however long the first (no sentence runs on into a label of its own).
const LABELLED_FIGURE_LINE = /^[ \t]*[A-Z][A-Za-z ,'’&/()-]{0,50}:[ \t]*[^\n]*\d/;
// "$68.1 bn    foreign trade turnover, +13.9% year on year" over "$39.0 bn    exports, down 5.2%", "21.3%   China's share"
// over "2.4 mln t   wheat sent abroad", "+0.8 pp  growth in the share": a key-figures box's lines, each opening on its
// figure (a sign or a currency before it, a unit or scale after it) set off from its words by a gap of spaces, a tab or a
// spaced dash, colon or bar. Two such lines in a row are two entries too, unless the first stops mid-phrase. (Prose wrapped
// at a number, "99.9 per cent higher, resulting in", goes on after a single space; a table's row opens on a year.)
const FIGURE_FIRST_LINE = /^[ \t]*[+\-−]?(?:[$€£¥₹]|(?:US|R|A|C|HK|S|NZ)\$)?[ \t]?(?!(?:19|20)\d\d\b)\d[\d.,]*(?:[ \t]?(?:%|[A-Za-z]{1,8}\.?)(?![A-Za-z])){0,2}(?:[ \t]{2,}|\t|[ \t]+[-–—:|][ \t]+)[^\n]*?[A-Za-z]/;

/** True when the line from `lineStart` to `i` and the one from `j` are both labelled figures, or both open on a figure. */
function labelledFigureLines(norm: string, lineStart: number, i: number, j: number): boolean {
  const next = norm.indexOf('\n', j);
  if (FIGURE_FIRST_LINE.test(norm.slice(lineStart, i)) && !OPEN_LINE_END.test(norm.slice(Math.max(lineStart, i - 6), i).trimEnd()) && FIGURE_FIRST_LINE.test(norm.slice(j, next < 0 ? norm.length : next))) return true;
  if (!isUpperAscii(norm.charCodeAt(j)) || !LABELLED_FIGURE_LINE.test(norm.slice(lineStart, i))) return false;
  return LABELLED_FIGURE_LINE.test(norm.slice(j, next < 0 ? norm.length : next));
}

function lineBreakAt(norm: string, i: number, wrapWidth: number): 'none' | 'sentence' | 'paragraph' {
  let j = i + 1;
  while (j < norm.length && (norm[j] === ' ' || norm[j] === '\t' || norm[j] === '\r')) j++;
  const blank = j < norm.length && norm[j] === '\n';
  const lineStart = norm.lastIndexOf('\n', i - 1) + 1;
  let k = i - 1;
  while (k >= lineStart && isSpace(norm.charCodeAt(k))) k--;
  // "... 16.2 billion U.S.\ndollars": an abbreviation's full stop before a line running on in lower case ends nothing.
  // '... up 25.5 percent."' at a line's end: a quotation (or bracket) closed after the full stop ends the sentence too.
  if (k > lineStart && (norm[k] === '"' || norm[k] === ')') && '.!?'.includes(norm[k - 1])) k--;
  const terminal = k >= lineStart && '.!?:;'.includes(norm[k]) && !(norm[k] === '.' && CONTINUATION.test(norm[j] ?? '') && isAbbreviation(norm, k));
  // A hard-wrapped line ("... increased by 34\npercent and reached ...") goes on in the next one.
  const item = j < norm.length && (bulletAt(norm, j) || (norm[j] === '(' && AGENCY_CREDIT.test(norm.slice(j, j + 40))));
  const signOff = !terminal && k >= lineStart && SIGN_OFF_END.test(norm.slice(Math.max(lineStart, k - 24), k + 1));
  const wrapped = !blank && !terminal && !item && !signOff && j < norm.length && (CONTINUATION.test(norm[j]) || OPEN_LINE_END.test(norm.slice(Math.max(lineStart, k - 5), k + 1)) || (wrapWidth > 0 && (i - lineStart >= MIN_WRAPPED_LINE || lineWasFull(norm, k - lineStart + 1, j, wrapWidth))));
  // A byline line ends its own sentence, however long ("By X in Urumqi | China Daily | Updated: 2023-06-09 10:12").
  const byline = norm.startsWith('By', lineStart) && BYLINE.test(norm.slice(lineStart, i));
  if (byline) return 'paragraph';
  if (!blank && !terminal && j < norm.length && labelledFigureLines(norm, lineStart, i, j)) return 'sentence';
  if (wrapped || !(blank || terminal || item || signOff || i - lineStart < 80 || j >= norm.length)) return 'none';
  return blank || item || signOff || i - lineStart < 80 || i - lineStart > MAX_WRAP_WIDTH ? 'paragraph' : 'sentence';
}

// "... up 22.4 percent. ** Each train now takes ...": a scraped text's bold marks (markdown's) opening the next sentence.
const EMPHASIS_THEN_OPENING = /^\*{1,2} ?[A-Z0-9"'(]/;

/**
 * True when the full stop, "!" or "?" at `i` ends a sentence: glued to the next word only before a
 * sentence start (`gluedSentenceStart`); before a space, when what follows opens a sentence and the
 * full stop is no abbreviation's (a scale abbreviation such as "mln." does end one unless a currency follows).
 */
function punctuationEndsAt(norm: string, i: number): boolean {
  const next = norm[i + 1];
  if (next !== undefined && next !== ' ' && next !== '\n' && next !== '\t' && next !== '\r') return gluedSentenceStart(norm, i);
  let j = i + 1;
  while (j < norm.length && (norm[j] === ' ' || norm[j] === '\t')) j++;
  const after = norm[j];
  if (after !== undefined && after !== '\n' && !/[A-Z0-9"'(\u4e00-\u9fff]/.test(after) && !(after === '*' && EMPHASIS_THEN_OPENING.test(norm.slice(j, j + 4)))) return false;
  if (norm[i] === '.' && HEADLINE_SCALE.test(norm.slice(Math.max(0, i - 5), i)) && titleCaseLine(norm, i)) return false;
  // "Trains to Central Asia and Europe sent .. 918 ▼ 6.0%", "Vessels called ....... 3,402": a fact sheet's leader of dots runs
  // its label on to its amount on the same line; the label is what the amount counts, no sentence of its own.
  if (norm[i] === '.' && norm[i - 1] === '.' && after !== undefined && after >= '0' && after <= '9') return false;
  return !(norm[i] === '.' && isAbbreviation(norm, i) && !(SCALE_ABBREVIATION.test(norm.slice(Math.max(0, i - 5), i)) && !CURRENCY_NEXT.test(norm.slice(j, j + 12))));
}

/** Adds the text in [from, to) as a sentence, trimmed of spaces; an overlong run is cut into pieces of at most MAX_SENTENCE_CHARS. */
function addSentence(split: Split, from: number, to: number): void {
  const { text, norm, sentences, paragraph } = split;
  let a = from;
  let b = to;
  while (a < b && isSpace(norm.charCodeAt(a))) a++;
  while (b > a && isSpace(norm.charCodeAt(b - 1))) b--;
  if (b <= a) return;
  // Cap the work per sentence: overlong runs are cut at a space near the limit.
  while (b - a > MAX_SENTENCE_CHARS) {
    const cut = pieceEnd(norm, a);
    sentences.push({ start: a, end: cut, text: text.slice(a, cut), norm: readableSpacing(norm.slice(a, cut)), paragraph });
    a = cut;
    while (a < b && isSpace(norm.charCodeAt(a))) a++;
  }
  if (b > a) sentences.push({ start: a, end: b, text: text.slice(a, b), norm: readableSpacing(norm.slice(a, b)), paragraph, ...(bulletAt(norm, a) || inStrip(split, a) || LEADER_LINE.test(norm.slice(a, Math.min(b, a + 120))) ? { listItem: true } : {}) });
}

// Spaces as the rules expect them: one between words. A line broken inside a sentence, a doubled space, a tab or the
// indent of a wrapped line ("rose 34\r\n    percent") all separate two words the way a single space does.
const SPACE_RUN = /\s{2,}|[\n\t\r]/g;

// "Comparing Jun. 2021 with Jun. 2020, ...", "from Sept. to Nov.": a month abbreviation's full stop inside a sentence ends
// nothing (the splitter already knows it), and the rules read the month as if written "Jun" ("[^,;.]" spans stop at dots).
// Before a day ("by Nov. 25") the stop stays: "Nov 25" may be a month and a two-digit year, as tables write them.
const MONTH_ABBREVIATION_DOT = /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?!\s*$)(?!\s?\d{1,2}\b)/g;

/**
 * A sentence's folded text as the rules read it (quotes keep `text`): each run of spaces, tabs and line breaks one space,
 * and a month abbreviation inside the sentence without its full stop.
 */
function readableSpacing(folded: string): string {
  const spaced = folded.replace(SPACE_RUN, ' ');
  return spaced.includes('.') ? spaced.replace(MONTH_ABBREVIATION_DOT, '$1') : spaced;
}

/** Where a piece of an overlong sentence starting at `a` ends: at the last space in the second half of the limit, else at the limit. */
function pieceEnd(norm: string, a: number): number {
  const cut = a + MAX_SENTENCE_CHARS;
  // Look back only half a sentence for a space, so a run without spaces stays linear.
  const space = norm.slice(cut - MAX_SENTENCE_CHARS / 2, cut).lastIndexOf(' ');
  return space > 0 ? cut - MAX_SENTENCE_CHARS / 2 + space : cut;
}
