/**
 * Captions: the table title (what is counted, and the year and month the figures are for) and
 * the unit line. GACC titles vary in spacing and punctuation ("9.2019", "11. 2019",
 * "Regime1-1.2018", "January-August 2019"); the year is often nowhere else.
 */
import type { Flow } from '../../contract.js';
import { TOTAL_LABEL } from './model.js';
import { collapse } from './text.js';

export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month number (1-12) of an English month name or its abbreviation ("Aug", "Sept."), else null. */
export function monthNumber(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return null;
  const index = MONTH_NAMES.findIndex((month) => month === word || (month.startsWith(word) && word.length >= 3) || (word === 'sept' && month === 'september'));
  return index >= 0 ? index + 1 : null;
}

const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** What a title says about the period of its figures. */
export interface TitlePeriod {
  year: number;
  /** Last month covered; null when the title names only a year. */
  month: number | null;
  /** cumulative when the title names a January-to-month range, month when it says "only", null when it does not say. */
  kind: 'month' | 'cumulative' | null;
}

/** A parsed title. */
export interface Title {
  text: string;
  period: TitlePeriod;
  /** Flows the title names ("Imports by ..." → import only). Empty when it names none. */
  flows: Flow[];
  /** Currency the title names ("in USD"), to check against the unit line. */
  currency: string | null;
}

/** Reads the period from a title, or null when it has no year it can be sure of. */
export function parseTitlePeriod(text: string): TitlePeriod | null {
  const t = collapse(text);
  // "1-8.2019", "1-1.2018", "9.2019", "12. 2019": month (range) before a dot and the year.
  const numeric = /(?:^|[^\d/])(?:(\d{1,2})\s*-\s*)?(\d{1,2})\s*\.\s*((?:19|20)\d{2})(?![\d/])/.exec(t);
  if (numeric) {
    const from = numeric[1] ? Number(numeric[1]) : null;
    const month = Number(numeric[2]);
    const year = Number(numeric[3]);
    if (month >= 1 && month <= 12 && (from === null || from === 1) && (from === null || month >= from)) {
      return { year, month, kind: from === null ? null : 'cumulative' };
    }
    return null;
  }
  const range = new RegExp(`\\b${MONTH_WORD}\\s*(?:-|to|~)\\s*${MONTH_WORD}\\s*,?\\s*((?:19|20)\\d{2})\\b`, 'i').exec(t);
  if (range) {
    const from = monthNumber(range[1]);
    const to = monthNumber(range[2]);
    if (from !== 1 || to === null) return null;
    return { year: Number(range[3]), month: to, kind: 'cumulative' };
  }
  const single = new RegExp(`\\b${MONTH_WORD}\\s*,?\\s*((?:19|20)\\d{2})\\b`, 'i').exec(t);
  if (single) {
    const month = monthNumber(single[1]);
    if (month === null) return null;
    const only = new RegExp(`\\bonly\\s+${MONTH_WORD}`, 'i').test(t);
    return { year: Number(single[2]), month, kind: only ? 'month' : null };
  }
  const yearOnly = /(?:^|[^\d/.])((?:19|20)\d{2})(?![\d/])/.exec(t);
  if (yearOnly) return { year: Number(yearOnly[1]), month: null, kind: null };
  return null;
}

const TITLE_WORDS = /(?<![a-z])(imports?|exports?|trade|commodit(?:y|ies)|customs|values?)(?![a-z])/i;

/** Parses a line as a table title: it must name trade and carry a year. */
export function parseTitle(line: string): Title | null {
  const text = collapse(line);
  if (text.length < 8 || text.length > 300 || !TITLE_WORDS.test(text)) return null;
  if (/^(?:value\s+)?unit\s*:/i.test(text) || /https?:|www\./i.test(text)) return null;
  const period = parseTitlePeriod(text);
  if (!period) return null;
  // Titles glue the table number to the first word ("7Imports by ..."): no word boundary before it.
  const exportWord = /(?<![a-z])exports?(?![a-z])/i.test(text);
  const importWord = /(?<![a-z])imports?(?![a-z])/i.test(text);
  const flows: Flow[] = exportWord && importWord ? [] : exportWord ? ['export'] : importWord ? ['import'] : [];
  const currency = /\bin\s+(?:USD|US\s*dollars?)\b/i.test(text) ? 'USD' : /\bin\s+(?:CNY|RMB|yuan)\b/i.test(text) ? 'CNY' : null;
  return { text, period, flows, currency };
}

/** The unit printed after "Unit:" / "Value Unit:" in a line, or null when the line has no unit label. */
export function findUnitText(line: string): string | null {
  const match = /(?:^|[^a-z])(?:value\s+)?unit\s*:\s*(\S.*)$/i.exec(line.trim());
  if (!match) return null;
  // A unit label may share its line with the title or a heading after a wide gap.
  return match[1].split(/\s{2,}/)[0].trim();
}

/**
 * The month a series-table row is for: "March", "Mar.", "3", "2023.03", "2023-3", "March 2023".
 * The year is null when the label names none (the title's year applies).
 */
export function parseRowPeriod(label: string): { year: number | null; month: number } | null {
  const t = collapse(label).replace(/[.,]$/, '');
  const numeric = /^(?:((?:19|20)\d{2})\s*[.\-/]\s*)?(\d{1,2})$/.exec(t);
  if (numeric) {
    const month = Number(numeric[2]);
    return month >= 1 && month <= 12 ? { year: numeric[1] ? Number(numeric[1]) : null, month } : null;
  }
  const named = new RegExp(`^(?:((?:19|20)\\d{2})\\s+)?${MONTH_WORD}(?:\\s*,?\\s*((?:19|20)\\d{2}))?$`, 'i').exec(t);
  if (!named || (named[1] && named[3])) return null;
  const month = monthNumber(named[2]);
  if (month === null) return null;
  const year = named[1] ?? named[3];
  return { year: year ? Number(year) : null, month };
}

/**
 * The closing row of a month series, covering January to the last month above it: "Total",
 * "1-12", "1 to 12", "January-December", "Jan.-Dec.". Returns the last month the label names,
 * 0 when it names none ("Total"), null when the label is not such a row.
 */
export function parseSeriesTotal(label: string): number | null {
  const t = collapse(label).replace(/[.,:]$/, '');
  if (TOTAL_LABEL.test(t)) return 0;
  const numeric = /^(?:(?:19|20)\d{2}\s*[.\-/]?\s*)?0?1\s*(?:-|~|to)\s*(\d{1,2})$/i.exec(t);
  if (numeric) return Number(numeric[1]) >= 1 && Number(numeric[1]) <= 12 ? Number(numeric[1]) : null;
  const named = new RegExp(`^${MONTH_WORD}\\s*(?:-|~|to)\\s*${MONTH_WORD}$`, 'i').exec(t);
  if (named && monthNumber(named[1]) === 1) return monthNumber(named[2]);
  return null;
}
