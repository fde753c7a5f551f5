/**
 * Numbers as customs releases write them: "393.14", "10,000", "10 000", "2,5 bln", "1.2 trillion",
 * Chinese-style "100 million" and "35.6 hundred million", and words ("nearly two million").
 * Values are built from the decimal string so that 393.14 billion is exactly 393140000000.
 */
import { inexactReason } from '../exact-number.js';
import { gluedCurrencyBefore } from './units.js';
import { anyCharOf, isAsciiLetter, isDigitAt, isSpace } from './chars.js';
import { keywords, mentions, someMention } from './keywords.js';

/** A number written in the text, before any unit is attached. */
export interface NumberToken {
  start: number;
  end: number;
  /** The number as written, without grouping separators ("17562", "4785.2"). */
  digits: string;
  /** Explicit sign written before the number ("+38.2%", "-3.2%"), if any. */
  sign: '+' | '-' | '';
  /** True for "two million" style numbers. */
  fromWords: boolean;
}

/** A multiplier written after a number ("billion", "bln", "ten thousand", "hundred million"). */
export interface Scale {
  /** Power of ten. */
  exponent: number;
  /** Characters consumed after the number, including leading space. */
  length: number;
}

// Grouped digits ("1,234,567", "10 000") or plain digits, with an optional decimal part.
// The alternatives do not overlap in what they can consume, so matching stays linear.
// Indian grouping ("4,12,345", "1,23,456 crore") pairs the digits above the thousands.
// Space-grouped digits may end in a decimal comma ("16 412,7 million dinars": DECIMAL_COMMA reads it) or before a clause's
// comma ("reached 1 876, up 7.9 percent"); a comma then other digits ("5 000,000") mixes two groupings and is not read as one.
const DIGITS = /(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:[ ]\d{3})+(?!\d|,(?=\d)(?!\d{1,2}(?!\d)))|\d+)(?:\.(\d+))?/g;
// Scale words, percent signs and the commodity desks' tonnages and gas volumes that may follow a
// number without a space ("5bn", "3.5trillion", "12.1tn", "12.5pc", "627,000t", "212kt", "10.2mmt", Malaysian papers'
// "RM77.2bil" and "RM850mil"); not "mt",
// which glued may be metric or million tonnes, except after a decimal fraction (below).
const GLUED_SCALE = /^(?:bn|m|k|tn|trn|mn|b|bil|mil|trillion|billion|million|bln|mln|trln|tln|pc|pct|percent|t|kt|kmt|mmt|bcm)\b/i;
// "10.6mt", "1.64mt": in a release that writes its tonnes as a glued "t" ("162,000t"), glued "mt" after a decimal
// fraction is the desk's million tonnes (units.ts reads it); `millionTonnesGlued` says the release is one.
const GLUED_MILLION_TONNES = /^mt\b/;
// "3.99Mt", "12Mt": a capital "M" and a small "t" glued to the number are megatonnes, as the spaced "98.2 Mt" is (units.ts);
// case matters, so "12MT" or "12mt" stay unread here.
const GLUED_MEGATONNES = /^Mt\b/;
// "2,5 bln", "grew by 5,2%": a decimal comma, as translated releases write it, before a scale or a percent.
// Tunisian releases write million dinars "MD" after such a number ("53 218,4 MD").
// Andorran and Nordic releases write millions "M€" ("159,3 M€") and "mio." ("3,5 mio. kr.").
// A multiple takes the same comma: "2,4 times more than in 2020", "a 1,7-fold rise", "grew 3,1 fold". So do Brazilian
// amounts ("US$ 98,8 bi", "R$ 1,2 tri", "US$ 339,7 bilhões").
const DECIMAL_COMMA = /^,(\d{1,2})(?!\d)(?=\s*(?:(?:bln|billion|mln|million|trln|tln|trillion|thousand|thsd|bn|mn|percent|per cent|MDT?|times|bi|mi|tri)\b|-?fold\b|%|[Mk]€|(?:mio|mia|mrd)\.|(?:bil|mil|tril)h))/;

// "Russia – 21 067 905,2 (17.9%)": after thousands grouped with spaces, a comma and one or two digits can only be a decimal
// comma, whatever follows (not another group of three digits: "2 000,3 000" is a list).
const SPACED_DECIMAL_COMMA = /^,(\d{1,2})(?!\d)(?!\s\d{3}(?!\d))/;

// Maps, not plain objects: an object also answers inherited keys ("constructor" would be a number word).
const SMALL_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Number words up to ninety by their value (also read by spoken-years.ts). */
export const SMALL = new Map(Object.entries(SMALL_WORDS));
const MULTIPLIER = new Map(Object.entries({ hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12 }));
// Words that can start a spelled-out number (a small number, "half", or "a" before a multiplier), with
// the word boundaries of the tokenizer below (runs of ASCII letters).
export const WORD_NUMBER_START = new RegExp(`(?<![A-Za-z])(?:${[...SMALL.keys()].join('|')}|half|a[^A-Za-z]+(?:thousand|million|billion|trillion))(?![A-Za-z])`, 'i');

const SCALE_WORDS = new Set(['thousand', 'million', 'billion', 'trillion']);
const WORD_NUMBER_WORDS = keywords([...SMALL.keys(), 'half', ...SCALE_WORDS], WORD_NUMBER_START);

/**
 * Whether WORD_NUMBER_START matches `s`, answered from where its words are: a number word standing
 * alone between non-letters, or a scale word after "a" and non-letters ("a million", "a-billion").
 */
/** True when `s` has an ASCII letter at `i` (false outside it). */
function letterAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isAsciiLetter(s.charCodeAt(i));
}

export function mayStartWordNumber(s: string): boolean {
  return someMention(s, WORD_NUMBER_WORDS, (start, end, word) => {
    if (letterAt(s, end)) return false;
    if (!SCALE_WORDS.has(word)) return !letterAt(s, start - 1);
    let q = start - 1;
    if (q < 0 || letterAt(s, q)) return false;
    while (q >= 0 && !letterAt(s, q)) q--;
    return q >= 0 && (s[q] === 'a' || s[q] === 'A') && !letterAt(s, q - 1);
  });
}

const LABEL_CHAR = /[\p{L}_]/u;

/** A letter or "_" at `at` (with `digitOrPoint`, also a digit or "."): what glues a number into a label. */
function isLabelChar(s: string, at: number, digitOrPoint: boolean): boolean {
  const c = s.charCodeAt(at);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (digitOrPoint && ((c >= 48 && c <= 57) || c === 46));
  return LABEL_CHAR.test(s[at]);
}

/**
 * Digit numbers of a (folded) sentence, skipping ones glued to letters ("Q3", "H1", "COVID19") and
 * ones too long to keep exactly (exact-number.ts), which are passed to `onInexact` with the reason.
 */
export function findDigitNumbers(s: string, onInexact?: (written: string, reason: string) => void, millionTonnesGlued = false): NumberToken[] {
  const out: NumberToken[] = [];
  DIGITS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGITS.exec(s)) !== null) {
    const start = m.index;
    if (gluedToLabel(s, m, millionTonnesGlued)) continue;
    const written = writtenNumber(s, m);
    // Not kept exactly as a double; ids and digit floods are cut here too, which keeps the work bounded.
    const inexact = inexactReason(s.slice(start, written.end), written.integer + written.fraction, written.integer.length);
    if (inexact) {
      onInexact?.(s.slice(start, written.end), inexact);
      continue;
    }
    const integer = written.integer.length > 1 && written.integer[0] === '0' ? written.integer.replace(/^0+(?=\d)/, '') : written.integer;
    const fraction = written.fraction;
    out.push({ start, end: written.end, digits: fraction ? `${integer}.${fraction}` : integer, sign: signBefore(s, start) || triangleSign(s, start, written.end), fromWords: false });
  }
  return out;
}

/**
 * A DIGITS match that is part of a label or a longer number: letters glued before it ("Q3", "COVID19", but not
 * a currency code: "USD1.2 billion", "KRW3.5trillion"), digits grouped before it, or letters glued after it
 * that are no scale ("3bn") and no glued million tonnes ("10.6mt").
 */
function gluedToLabel(s: string, m: RegExpExecArray, millionTonnesGlued: boolean): boolean {
  const start = m.index;
  const end = start + m[0].length;
  // "USD1.2 billion", "KRW3.5trillion", "Q91,064.2 million": a currency glued before the number is not a label like "Q3".
  if ((isLabelChar(s, start - 1, true) && !gluedCurrencyBefore(s, start)) || (s[start - 1] === ',' && isDigitAt(s, start - 2))) return true;
  return isLabelChar(s, end, false) && !GLUED_SCALE.test(s.slice(end, end + 9)) && !GLUED_MEGATONNES.test(s.slice(end, end + 3)) && !(millionTonnesGlued && m[2] && m[1].length <= 3 && GLUED_MILLION_TONNES.test(s.slice(end, end + 3)));
}

/**
 * The integer and fraction digits of a DIGITS match and where the number ends, with thousands grouped by
 * dots ("9.215.400") read on (DIGITS then resumes after them) and a decimal comma ("2,5 bln", and
 * "16 412,7 million" after thousands grouped with spaces) taken as the fraction.
 */
function writtenNumber(s: string, m: RegExpExecArray): { integer: string; fraction: string; end: number } {
  let end = m.index + m[0].length;
  const grouped = m[1].includes(',') || m[1].includes(' ');
  let integer = grouped ? m[1].replace(/[, ]/g, '') : m[1];
  let fraction = m[2] ?? '';
  const dotted = !grouped && fraction.length === 3 && integer.length <= 3 ? dotGrouped(s, integer + fraction, end) : null;
  if (dotted) {
    ({ integer, fraction, end } = dotted);
    DIGITS.lastIndex = end;
  } else if (!fraction && !m[1].includes(',')) {
    const after = s.charCodeAt(end) === 44 ? s.slice(end, end + 20) : '';
    const comma = after ? (DECIMAL_COMMA.exec(after) ?? (m[1].includes(' ') ? SPACED_DECIMAL_COMMA.exec(after) : null)) : null;
    if (comma) {
      fraction = comma[1];
      end += comma[0].length;
    }
  }
  return { integer, fraction, end };
}

/**
 * "+38.2%", "(-3.2%)": a sign right before the number, itself at the start or after a space or bracket.
 * "EUR 2,798 million (–1.9%)": an en dash opening a bracket is a minus (between numbers it joins a range).
 */
function signBefore(s: string, start: number): NumberToken['sign'] {
  const mark = s[start - 1];
  if ((mark === '+' || mark === '-') && (start === 1 || isSpace(s.charCodeAt(start - 2)) || s[start - 2] === '(')) return mark;
  if (mark === '\u2013' && s[start - 2] === '(') return '-';
  return '';
}

// "16.38 BN YUAN ▲12.6%", "FREIGHT 4.76 MILLION T ▼ 7.3%": on-screen graphics and market boards mark a rise with an
// upward triangle or arrow and a fall with a downward one, right before a percentage. Only before a percentage: the
// triangles that Japanese and Korean tables write for minus stand before bare cells, and their readers turn them first.
// Social posts draw the same marks as emoji ("Exports: 6.13 trillion yuan ⬆️ 6.9%", "imports ⬇️ 6.0%", "↗ 2.1%"), an
// arrow perhaps followed by its emoji variation selector ("🔺4.2%", "🔻 3%", "📈 12%", "📉 8%" reach here as the triangles
// they are folded to: sentences.ts `foldForMatching`).
const RISE_MARKS = '\u25b2\u25b3\u2191\u2b06\u2197';
const FALL_MARKS = '\u25bc\u25bd\u2193\u2b07\u2198';

/** The sign a triangle or arrow just before a percentage stands for ("▲11.2%" +, "▼ 0.4%" -, "⬆️ 6.9%" +), or ''. */
function triangleSign(s: string, start: number, end: number): NumberToken['sign'] {
  if (!/^\s?%/.test(s.slice(end, end + 2))) return '';
  let at = s[start - 1] === ' ' ? start - 1 : start;
  if (s[at - 1] === '\ufe0f') at--;
  const mark = s[at - 1] ?? '';
  if (!mark) return '';
  return RISE_MARKS.includes(mark) ? '+' : FALL_MARKS.includes(mark) ? '-' : '';
}

const DOT_GROUP = /^\.(\d{3})(?![\d])/;

/**
 * Thousands grouped with dots, as releases translated from Portuguese, Spanish or Indonesian write
 * them: "9.215.400 tonnes" (two or more dot groups) and "US$ 6.942,5 million" (a dot group before a
 * decimal comma). `digits` is the integer with its first dot group ("9215"), which ends at `end`.
 * A single dot group with nothing after it ("6.942 million") stays an English decimal.
 */
function dotGrouped(s: string, digits: string, end: number): { integer: string; fraction: string; end: number } | null {
  const c = s.charCodeAt(end);
  if (c !== 46 && c !== 44) return null;
  let integer = digits;
  let at = end;
  for (let g = DOT_GROUP.exec(s.slice(at, at + 5)); g; g = DOT_GROUP.exec(s.slice(at, at + 5))) {
    integer += g[1];
    at += 4;
  }
  const comma = s.charCodeAt(at) === 44 ? DECIMAL_COMMA.exec(s.slice(at, at + 20)) : null;
  if (comma) return { integer, fraction: comma[1], end: at + comma[0].length };
  // "1.234.567.8" or "1.234.567,891" is no number this reads.
  const next = s.charCodeAt(at);
  const runsOn = (next === 46 || next === 44) && isDigitAt(s, at + 1);
  return at > end && !runsOn ? { integer, fraction: '', end: at } : null;
}

const DIGIT_WORD: Record<string, string> = { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
// "16-point-two", "seven-point-nine", "twenty-three-point-eight", "two-point-44", "two-point-four-four":
// decimals spelled out the way broadcast copy writes them; digits may carry a wire's glued scale ("two-point-44bln").
const POINT_DECIMAL = /(?<![\w-])(\d+|[a-z]+(?:-[a-z]+)?)-point-(\d+|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:-(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))*)(?:(?![\w-])|(?<=\d)(?=(?:bln|mln|bn|mn|tn|trn|pct|pc)\b))/gi;

// "threefold", "tenfold": a multiple written as one word. The number ends before "fold", which the
// figure reader takes as the multiple's mark, as in "three-fold" and "3-fold".
const FOLD_GATE = /[a-z]fold\b/i;
const FOLD_WORDS = keywords(['fold'], FOLD_GATE);
const POINT_GATE = /-point-/i;
const POINT_WORDS = keywords(['-point-'], POINT_GATE);
const FOLD_WORD = /(?<![A-Za-z-])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred)(?=fold\b)/gi;

/** Multiples written as one word ("threefold", "tenfold"): the number part, ending where "fold" starts. */
export function findFoldWords(s: string): NumberToken[] {
  const out: NumberToken[] = [];
  if (!mentions(s, FOLD_WORDS) || !FOLD_GATE.test(s)) return out;
  FOLD_WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = FOLD_WORD.exec(s)) !== null; ) {
    const word = m[1].toLowerCase();
    const digits = word === 'hundred' ? '100' : String(SMALL.get(word));
    out.push({ start: m.index, end: m.index + m[0].length, digits, sign: '', fromWords: true });
  }
  return out;
}

/** Decimals spelled with "point" ("16-point-two billion", "seven-point-nine percent"). */
export function findPointDecimals(s: string): NumberToken[] {
  const out: NumberToken[] = [];
  if (!mentions(s, POINT_WORDS) || !POINT_GATE.test(s)) return out;
  POINT_DECIMAL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = POINT_DECIMAL.exec(s)) !== null; ) {
    const integer = /^\d+$/.test(m[1]) ? m[1] : wordInteger(m[1].toLowerCase());
    const fraction = /^\d+$/.test(m[2]) ? m[2] : m[2].toLowerCase().split('-').map((w) => DIGIT_WORD[w]).join('');
    if (integer === null) continue;
    out.push({ start: m.index, end: m.index + m[0].length, digits: `${integer}.${fraction}`, sign: '', fromWords: true });
  }
  return out;
}

/** "seven" → "7", "twenty-three" → "23"; null when a word is not a number below a hundred. */
function wordInteger(words: string): string | null {
  let total = 0;
  for (const w of words.split('-')) {
    const n = SMALL.get(w);
    if (n === undefined) return null;
    total += n;
  }
  return String(total);
}

/** A word of the spelled-number reader: a run of ASCII letters, lower-cased. */
interface Word {
  word: string;
  start: number;
  end: number;
}

/** The first run of ASCII letters at or after `from`, or null. */
function wordFrom(s: string, from: number): Word | null {
  let a = from;
  while (a < s.length && !isAsciiLetter(s.charCodeAt(a))) a++;
  if (a >= s.length) return null;
  let b = a + 1;
  while (b < s.length && isAsciiLetter(s.charCodeAt(b))) b++;
  return { word: s.slice(a, b).toLowerCase(), start: a, end: b };
}

/**
 * Where a spelled-out number can start, in order: a number word or "half" standing alone, and the word
 * before a scale word ("a million"). Found from where the keyword scan saw those words, so the
 * sentence's other words are never read.
 */
function wordNumberStarts(s: string): number[] {
  const starts: number[] = [];
  someMention(s, WORD_NUMBER_WORDS, (start, end, word) => {
    if (letterAt(s, start - 1) || letterAt(s, end)) return false;
    const hundred = aHundredBefore(s, start);
    if (hundred !== null) starts.push(hundred);
    else if (!SCALE_WORDS.has(word)) starts.push(start);
    else {
      let q = start - 1;
      while (q >= 0 && !letterAt(s, q)) q--;
      const wordEnd = q + 1;
      while (q >= 0 && letterAt(s, q)) q--;
      const before = s.slice(q + 1, wordEnd).toLowerCase();
      // "a €24 billion surplus": an article before an amount in figures is no "a million" (only a space or a hyphen joins them).
      if ((before === 'a' || before === 'half') && /^[ -]$/.test(s.slice(wordEnd, start))) starts.push(q + 1);
    }
    return false;
  });
  return starts.sort((x, y) => x - y).filter((at, i) => i === 0 || at !== starts[i - 1]);
}

// "a hundred and twenty-nine point three billion", "a hundred thousand tonnes": scripts say a hundred as "a hundred" before
// the rest of a number as often as "one hundred". "A hundred" alone ("a hundred trucks") is a round word, not a start.
const A_HUNDRED = /(?<![A-Za-z])a[ -]hundred(?: and)?[ -]$/i;

/** Where "a hundred (and)" starts when it stands right before the number word at `at`, or null. */
function aHundredBefore(s: string, at: number): number | null {
  const m = A_HUNDRED.exec(s.slice(Math.max(0, at - 16), at));
  return m === null ? null : at - m[0].length;
}

/** Spelled-out numbers ("two million", "Forty-two", "a thousand", "half a million"). */
export function findWordNumbers(s: string): NumberToken[] {
  const out: NumberToken[] = [];
  // Most sentences spell out no number: one scan for a word that can start one saves reading their words.
  if (!mayStartWordNumber(s)) return out;
  // Words are read from where a number can start; one number's words are not read again as a start.
  let readTo = 0;
  for (const at of wordNumberStarts(s)) {
    if (at < readTo) continue;
    const first = wordFrom(s, at)!;
    if (!startsWordNumber(first, wordFrom(s, first.end))) continue;
    // The word must not continue a digit number ("1.5 million" is read by the digit scanner).
    if (/\d[\s.,]*$/.test(s.slice(Math.max(0, first.start - 3), first.start))) continue;
    // A leading "point" belongs to the number's span, so the source span covers all the words said.
    const point = leadingPoint(s, first);
    const spelled = point ? pointFraction(s, first) : spelledValue(s, first);
    if (spelled.value <= 0 || !Number.isFinite(spelled.value)) continue;
    out.push({ start: point ? first.start - 6 : first.start, ...beforeClosingScale(s, spelled.value, spelled.last, first), sign: '', fromWords: true });
    readTo = spelled.last.end;
  }
  return out;
}

/**
 * "five point five billion", "forty-one trillion": a spoken number that closes on "thousand", "million", "billion" or
 * "trillion" ends before that word, which is left to the scale reader as after digits ("5.5 billion"), so the amount is
 * read as a scaled one (a bare "five point five billion" takes the currency of the sentence as "5.5 billion" does).
 * The token's span with its scale still covers every word said.
 */
function beforeClosingScale(s: string, value: number, last: Word, first: Word): { end: number; digits: string } {
  const exponent = MULTIPLIER.get(last.word);
  // Only a number that starts with a number word: "a million", "half a billion" stay whole tokens, as they were read before.
  if (exponent === undefined || exponent < 3 || last === first || !SMALL.has(first.word)) return { end: last.end, digits: String(value) };
  let q = last.start;
  while (q > 0 && !letterAt(s, q - 1)) q--;
  if (q <= first.start) return { end: last.end, digits: String(value) };
  const digits = String(Number(`${value}e-${exponent}`));
  return Number(`${digits}e${exponent}`) === value ? { end: q, digits } : { end: last.end, digits: String(value) };
}

/** A small number ("two"), "a" or "half" before a multiplier other than "hundred" ("a million"), or "half a". */
function startsWordNumber(first: Word, second: Word | null): boolean {
  if (SMALL.has(first.word)) return true;
  // "a hundred" starts a number only where more number words follow it (wordNumberStarts, aHundredBefore).
  if (first.word === 'a' && second?.word === 'hundred') return true;
  if ((first.word === 'a' || first.word === 'half') && second !== null && MULTIPLIER.has(second.word) && second.word !== 'hundred') return true;
  return first.word === 'half' && second?.word === 'a';
}

/**
 * The value of the number words from `first` on (at most twelve, joined by a space, a hyphen or "and"), and
 * its last word: small numbers add up, "hundred" multiplies what came before, larger multipliers close a group.
 * Spoken decimals read as broadcast scripts write them, with "point" spaced or hyphened: "forty-one point two
 * trillion", "three hundred and thirty point three billion", "five point nine percent", "two-point-three million":
 * the digit words after "point" are the decimals of the group before, and a multiplier after them scales the whole.
 */
function spelledValue(s: string, first: Word): { value: number; last: Word } {
  let total = 0;
  let current = 0;
  let last = first;
  let halves = false;
  let decimals: string | null = null;
  let prev: Word | null = null;
  let token: Word | null = first;
  for (let j = 0; token !== null && j < 12; j++, prev = token, token = wordFrom(s, token.end)) {
    const w = token.word;
    const gap = prev !== null ? s.slice(prev.end, token.start) : '';
    if (prev !== null && !/^[ -]$/.test(gap) && gap !== ' and ' && gap !== ' ') break;
    if (decimals !== null) {
      // After "point": digit words only, then at most one multiplier above a hundred, which closes the number.
      if (Object.hasOwn(DIGIT_WORD, w)) { decimals += DIGIT_WORD[w]; last = token; continue; }
      const e = MULTIPLIER.get(w);
      if (e !== undefined && e > 2 && decimals !== '') { total += scaledValue(`${current}.${decimals}`, e); current = 0; decimals = null; last = token; }
      break;
    }
    if (w === 'and') {
      // "seventeen and a half percent", "two and a half million tonnes": a half added to the number before it.
      const half = current > 0 && !halves ? andAHalf(s, token) : null;
      if (half) { current += 0.5; last = half; token = half; }
      continue;
    }
    if (j === 0 && w === 'half') { halves = true; current = 1; last = token; continue; }
    if (w === 'a' && j === 0) { current = 1; last = token; continue; }
    if (w === 'a' && halves) { last = token; continue; }
    if (w === 'point' && !halves && prev !== null && s.slice(prev.end, token.start) !== ' and ' && SMALL.has(prev.word) && pointDigitAfter(s, token)) { decimals = ''; continue; }
    const small = SMALL.get(w);
    if (small !== undefined) { current += small; last = token; continue; }
    const e = MULTIPLIER.get(w);
    if (e !== undefined) {
      if (e === 2) current = (current || 1) * 100;
      else { total += (current || 1) * 10 ** e; current = 0; }
      last = token;
      continue;
    }
    break;
  }
  if (decimals) return { value: total + Number(`${current}.${decimals}`), last };
  const value = total + current;
  return { value: halves ? value / 2 : value, last };
}

// "closed point-three percent lower", "a point five percent rise": a decimal below one said without its zero.
const LEADING_POINT = /(?<![A-Za-z])point[ -]$/i;

/** True when `first` is a digit word right after a "point" that no number word comes before. */
function leadingPoint(s: string, first: Word): boolean {
  if (!Object.hasOwn(DIGIT_WORD, first.word) || !LEADING_POINT.test(s.slice(Math.max(0, first.start - 7), first.start))) return false;
  return !lastWordBefore(s, first.start - 6, (w) => SMALL.has(w));
}

/** True when the last word ending before `at` (past non-letters) passes `test`. */
function lastWordBefore(s: string, at: number, test: (word: string) => boolean): boolean {
  let q = at - 1;
  while (q >= 0 && !letterAt(s, q)) q--;
  const end = q + 1;
  while (q >= 0 && letterAt(s, q)) q--;
  return end > 0 && test(s.slice(q + 1, end).toLowerCase());
}

/** The digit words from `first` on as the decimals of a number below one ("point-three" 0.3), and the last of them. */
function pointFraction(s: string, first: Word): { value: number; last: Word } {
  let decimals = DIGIT_WORD[first.word];
  let last = first;
  for (let next = wordFrom(s, first.end); next !== null && Object.hasOwn(DIGIT_WORD, next.word) && /^[ -]$/.test(s.slice(last.end, next.start)); next = wordFrom(s, next.end)) {
    decimals += DIGIT_WORD[next.word];
    last = next;
  }
  return { value: Number(`0.${decimals}`), last };
}

/** The word "half" of "and a half" after `and` (one space between each), or null. */
function andAHalf(s: string, and: Word): Word | null {
  const a = wordFrom(s, and.end);
  const half = a && a.word === 'a' && a.start === and.end + 1 ? wordFrom(s, a.end) : null;
  return half && half.word === 'half' && half.start === a!.end + 1 ? half : null;
}

/** True when a digit word follows "point" at `point`, joined by one space or hyphen ("point two", "point-three"). */
function pointDigitAfter(s: string, point: Word): boolean {
  const next = wordFrom(s, point.end);
  return next !== null && Object.hasOwn(DIGIT_WORD, next.word) && /^[ -]$/.test(s.slice(point.end, next.start));
}

// "lakh crore" (10^12), "crore" (10^7) and "lakh" (10^5) are how Indian releases scale rupees;
// "mil" is the energy desks' million ("47.8 mil mt", "11.2 mil b/d").
// "mio." and "mia." / "mrd." (with their dots) are the million and billion of Nordic and German-speaking offices ("6,487 mio. kr.").
// "tln" is the trillion of some Russian and Central Asian wires ("3.2 tln rubles", beside their "bln" and "mln").
// "bil" is the billion of Malaysian papers ("RM20.52 bil"), "tril." the trillion of Japanese ones ("¥2.3 tril."); "Mill." (with its dot) the million of Bulgarian ones ("1 684.2 Mill. Euro").
// "US$ 98,8 bi", "R$ 1,2 tri", "US$ 450 mi": Brazilian posts and papers abbreviate bilhões, trilhões and milhões so after an
// amount of money (only there: "5 mi" alone is miles); the words written out ("US$ 339,7 bilhões", "R$ 2 milhões") scale it too.
// "11,058.6 100 million yuan": Chinese customs pages translate the unit 亿 (10^8) word for word.
// "1,628.4 10,000 tons": the unit 万 (10^4) translated as a number, read only before a unit word; some translations
// spell it half in words ("45.6 10 thousand TEUs"), which is the same unit and no 10,000 of anything.
const SCALE = /^(?:\s?-?\s?)(100 million|(?:10,?000|10 thousand)(?=\s(?:metric\s)?(?:tons?|tonnes?|yuan|TEUs?|standard\s|vehicles|units|pieces)\b)|hundred million|ten thousand|hundred thousand|thousand|million|billion|trillion|lakh crores?|crores?|lakhs?|mln|mill(?=\.)|mio(?=\.)|mia(?=\.)|mrd(?=\.)|mil|mn|bln|bil|bn|trln|tril|tln|trn|tn|thsd|thous\.?|(?:bil|mil|tril)h(?:ões|ão|oes|ao)|bi|mi|tri|k|m|b)(?![\p{L}])\.?/iu;
const SCALE_INITIALS = '1htmblckHTMBLCK\u212awyqsWYQS';
const SCALE_EXPONENT: Record<string, number> = {
  '100 million': 8, '10,000': 4, '10000': 4, '10 thousand': 4, 'hundred million': 8, 'ten thousand': 4, 'hundred thousand': 5, thousand: 3, million: 6, billion: 9, trillion: 12,
  'lakh crore': 12, 'lakh crores': 12, crore: 7, crores: 7, lakh: 5, lakhs: 5,
  mln: 6, mill: 6, mio: 6, mia: 9, mrd: 9, mil: 6, mn: 6, bln: 9, bil: 9, bn: 9, trln: 12, tril: 12, tln: 12, trn: 12, tn: 12, thsd: 3, thous: 3, 'thous.': 3, k: 3, m: 6, b: 9,
  bi: 9, mi: 6, tri: 12, bilhões: 9, bilhão: 9, bilhoes: 9, bilhao: 9, milhões: 6, milhão: 6, milhoes: 6, milhao: 6, trilhões: 12, trilhão: 12, trilhoes: 12, trilhao: 12,
};

// "1.36m tonnes", "212k tons", "passes 60m tonnes", "1.2b yuan": a glued single letter before a unit of goods or
// money scales the amount as before a currency (commodity desks write tonnages so); "5 m" alone stays metres. The grain
// desks' bare "t" is a tonne there too ("1.62m t", "425m t", "8.9k t"), but not the start of a word ("5m t-shirts").
const GOODS_UNIT_AFTER = /^\s(?:metric\s+)?(?:tonnes|tons|mt|tn|wmt|dmt|t(?![-'’])|barrels|units|vehicles|TEUs?|cubic\s+met(?:er|re)s|yuan|dollars|euros)\b/i;

/**
 * The multiplier right after a number. Single-letter forms ("$300m", "5bn") only count when glued
 * to the number and a currency is present or a unit of goods or money follows, since "5 m" is more often metres.
 */
export function readScale(s: string, at: number, currencyBefore: boolean): Scale | null {
  // Every scale word starts within four characters (after an optional space and hyphen) with one of
  // these letters (the Kelvin sign folds to "k" under the /iu flags).
  if (!anyCharOf(s, at, 4, SCALE_INITIALS)) return null;
  const chinese = chineseScale(s, at);
  if (chinese) return chinese;
  const m = SCALE.exec(s.slice(at, at + 24));
  if (!m) return null;
  const word = m[1].toLowerCase();
  if (word === 'tn' && tonnesNotTrillion(s, at, at + m[0].length, currencyBefore)) return null;
  // "in 2021 100 million ..." is a year before an amount, not 2021 hundred millions.
  if ((word === '100 million' || word.startsWith('10')) && (m[0][0] !== ' ' || /(?:^|\D)(?:19|20)\d\d$/.test(s.slice(Math.max(0, at - 5), at)))) return null;
  const glued = m[0][0] !== ' ' && m[0][0] !== '-';
  // "159,3 M€", "420 k€": a capital M or small k right before the euro sign is its scale, spaced from the number or not.
  const euroScale = (word === 'm' || word === 'k') && s[at + m[0].length] === '€';
  // "$ 1.14 b in March", "Rs. 240 m": after a currency a spaced "b" or "m" is its scale too (Sri Lankan and Gulf headlines write
  // them so); no metre or letter of a list is counted in money.
  const spacedMoney = currencyBefore && m[0][0] === ' ' && (word === 'm' || word === 'b');
  if ((word === 'k' || word === 'm' || word === 'b') && !euroScale && !spacedMoney && !(glued && (currencyBefore || GOODS_UNIT_AFTER.test(s.slice(at + m[0].length, at + m[0].length + 16))))) return null;
  if ((word === 'bi' || word === 'mi' || word === 'tri') && (!currencyBefore || s[at + m[0].length] === '-')) return null;
  let exponent = SCALE_EXPONENT[word];
  let length = m[0].length;
  // "1.5 million million" never happens; "100 million" is 1e8 by plain multiplication already.
  // A second multiplier after the first ("3.2 thousand million") does occur in translations.
  const again = /^\s(thousand|million|billion)(?![\p{L}])/iu.exec(s.slice(at + length, at + length + 12));
  if (again && exponent <= 3) {
    exponent += SCALE_EXPONENT[again[1].toLowerCase()];
    length += again[0].length;
  }
  return { exponent, length };
}

// "4,307 tn of rare earths", "997,000 tn": wires write tonnes "tn" as well as trillion. After a number of four or more
// whole digits, with no currency before it or after it, it is the tonnes (nobody counts thousands of trillions of goods);
// "5.4 tn yuan", "$1.2tn", "KRW 2,150 tn" stay trillions, and smaller numbers keep the multiplier.
const THOUSANDS_BEFORE = /(?:^|[^\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?$|(?:^|[^\d.,])\d{4,}(?:\.\d+)?$/;
const CURRENCY_WORD_AFTER = /^\s*(?:[A-Z]{3}\b|yuan|yen|won|rupees?|rupiah|rubles?|roubles?|dollars?|euros?|pounds?|dong|baht|pesos?|tenge|lira|rand|reais|riyals?|dirhams?)/i;

function tonnesNotTrillion(s: string, at: number, end: number, currencyBefore: boolean): boolean {
  if (currencyBefore || !THOUSANDS_BEFORE.test(s.slice(Math.max(0, at - 16), at))) return false;
  return !CURRENCY_WORD_AFTER.test(s.slice(end, end + 12));
}

// Chinese counting units as translated pages write them: romanised ("32.6 wan tons" 万吨, "386.2 yi yuan" 亿元, "3,680 qian wan"
// 千万, "1.2 wan yi yuan" 万亿, "45 shi wan" 十万, "8 bai wan" 百万; any case, spaced, hyphened or glued) or in English words
// joined by a hyphen or in the plural ("ten-thousand tonnes", "hundred-million yuan", "10-thousand tons", "hundred millions
// yuan"). The romanised syllables are read only before a unit of goods or money, since "wan" and "yi" are no English words.
const CHINESE_SCALE = /^\s?-?\s?(?:(qian|bai|shi|wan)[\s-]?)?(wan|yi)(?=[\s-](?:metric\s)?(?:tons?\b|tonnes?\b|yuan\b|RMB\b|renminbi\b|TEUs?\b|standard\s|cubic\s|vehicles\b|units\b|pieces\b|sets\b|heads?\b|(?:US\s?)?dollars\b|USD\b|US\$|trips\b|kilo|litres\b|liters\b|square\s|kWh\b|passengers\b|boxes\b|cases\b|parcels\b|items\b|person))|^[\s-]\s?(?:(ten|10)[\s-]thousands?|(hundred|100)[\s-]millions?)(?![\p{L}])/iu;
const SYLLABLE_EXPONENT: Record<string, number> = { wan: 4, yi: 8, qian: 3, bai: 2, shi: 1 };

/** "32.6 wan tons", "1.52 yi yuan", "ten-thousand tonnes": a Chinese counting unit after a number, or null. */
function chineseScale(s: string, at: number): Scale | null {
  const m = CHINESE_SCALE.exec(s.slice(at, at + 24));
  if (!m) return null;
  if (m[2]) return { exponent: SYLLABLE_EXPONENT[m[2].toLowerCase()] + (m[1] ? SYLLABLE_EXPONENT[m[1].toLowerCase()] : 0), length: m[0].length };
  // The English spellings the main table reads spaced ("ten thousand", "hundred million") need a hyphen or a plural here.
  if (!/-|s$/i.test(m[0].trim())) return null;
  return { exponent: m[3] ? 4 : 8, length: m[0].length };
}

/** The value of a number times 10^exponent, built from its decimal string to avoid float noise. */
export function scaledValue(digits: string, exponent: number): number {
  const value = Number(`${digits}e${exponent}`);
  return Number.isFinite(value) ? value : NaN;
}
