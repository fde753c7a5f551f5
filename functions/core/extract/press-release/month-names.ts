/**
 * Month names left in French, Spanish or Portuguese in an English release ("341,2 billion FCFA in septembre
 * 2026", "in the period enero–septiembre 2026", "from 14 novembre"): agencies and news agencies of
 * French- and Spanish-speaking countries keep them when their texts are put into English. Each is written
 * over in English with the same length (padded with spaces, or as the dotted abbreviation), so every
 * offset into the text stays valid. Only a month name next to a year, a day or another month of a range
 * is one: "mars" or "mai" alone is not rewritten.
 */
import { MONTH_WORDS } from './periods.js';

// Each foreign name → its month (1–12).
const LOCAL_MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janeiro: 1, fevereiro: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
};
const ENGLISH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ENGLISH_SHORT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const NAMES = Object.keys(LOCAL_MONTHS).sort((a, b) => b.length - a.length).join('|');
const ANY_MONTH = `(?:${NAMES}|${ENGLISH.join('|')})`;
// A local month name in lower case (or capitalised, except the short ones English also spells), with a
// year after it, a day before it, or another month across a dash.
const LOCAL_MONTH = new RegExp(
  `(?<=(?<![\\d.,])\\d{1,2}\\s{1,2}|${ANY_MONTH}\\s?[-–]\\s?)(${NAMES})(?![\\p{L}])|(?<![\\p{L}])(${NAMES})(?=\\s+\\d{4}(?!\\d)|\\s?[-–]\\s?${ANY_MONTH}(?![\\p{L}]))`,
  'giu',
);
const SHORT_ENGLISH_WORDS = new Set(['Mars', 'Mai', 'Mayo', 'Maio']);
const ANY_NAME = new RegExp(`(?<![\\p{L}])(?:${NAMES})(?![\\p{L}])`, 'iu');
// ANY_NAME without its look-behind, which it tries at every character (a release's text costs seven times as much
// with it): every match of ANY_NAME is one of this, so a text without one has no local month name.
const ANY_NAME_AHEAD = new RegExp(`(?:${NAMES})(?![\\p{L}])`, 'iu');

/** The look-ahead-only gate and the expression it stands in front of (for its test). */
export function localMonthGates(): { gate: RegExp; pattern: RegExp } {
  return { gate: ANY_NAME_AHEAD, pattern: ANY_NAME };
}

/** The text with local month names next to a year, a day or a range written over in English, and English ones in capitals in title case. */
export function englishMonthNames(text: string): string {
  return titleCaseCapitalMonths(ANY_NAME_AHEAD.test(text) && ANY_NAME.test(text) ? localMonthsInEnglish(text) : text);
}

function localMonthsInEnglish(text: string): string {
  return text.replace(LOCAL_MONTH, (word: string) => {
    const month = LOCAL_MONTHS[word.toLowerCase()];
    const capitalised = word[0] !== word[0].toLowerCase();
    if (!month || (capitalised && (SHORT_ENGLISH_WORDS.has(word) || word.slice(1) !== word.slice(1).toLowerCase()))) return word;
    const full = ENGLISH[month - 1];
    const english = full.length <= word.length ? full : ENGLISH_SHORT[month - 1];
    return english.length <= word.length ? english.padEnd(word.length, ' ') : word;
  });
}

/**
 * Bulletins and headings write periods in capitals ("MAIN INDICATORS, JANUARY-OCTOBER 2026", "OCTOBER 2026 ALONE",
 * "JAN-OCT 2026"). The period finder reads month names as prose writes them, so an English month name in capitals
 * next to a year, a day or another month of a range is written in title case (same length). "MAY" alone (the verb
 * of a headline in capitals) is not.
 */
const CAPITAL_MONTH_WORDS = MONTH_WORDS.toUpperCase();
// On-screen lines and tickers name the month before the figure's flow ("[LOWER THIRD: NOVEMBER EXPORTS $330.3 BN]",
// "OCTOBER TRADE SURPLUS"): a month name in capitals before a flow noun in capitals is the month ("MAY EXPORTS" too; the verb
// "MAY" comes after its subject, not before a plural noun).
const CAPITAL_FLOW_NOUN = '(?:EXPORTS|IMPORTS|TRADE|SURPLUS|DEFICIT|SHIPMENTS|TURNOVER)';
const CAPITAL_MONTH = new RegExp(
  `(?<=(?<![\\d.,])\\d{1,2}\\s{1,2}|\\b(?:${CAPITAL_MONTH_WORDS})\\.?\\s?[-–]\\s?)(${CAPITAL_MONTH_WORDS})(?![A-Za-z])|\\b(${CAPITAL_MONTH_WORDS})(?=\\.?,?\\s+(?:\\d{4}|\\d{1,2}(?![\\d%]|[.,]\\d))|\\.?\\s?[-–]\\s?(?:${CAPITAL_MONTH_WORDS})(?![A-Za-z])|\\s${CAPITAL_FLOW_NOUN}\\b)`,
  'g',
);
const ANY_CAPITAL_MONTH = new RegExp(`\\b(?:${CAPITAL_MONTH_WORDS})\\b`);

function titleCaseCapitalMonths(text: string): string {
  if (!ANY_CAPITAL_MONTH.test(text)) return text;
  return text.replace(CAPITAL_MONTH, (word: string) => word[0] + word.slice(1).toLowerCase());
}
