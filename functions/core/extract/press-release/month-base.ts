/**
 * A change set against a named month of a named year ("up 3.9% from July 2026", "Compared with May 2026, imports
 * fell 2%", "a rise of 4 per cent on Jun 2026's level") is year-on-year only when that month lies a year before the
 * figure's own month. Once periods are chosen, a growth of a one-month row whose stated base month is one to eleven
 * months earlier is a change against a recent month (month-on-month or over a few months): it is no year-on-year
 * rate, so the level keeps no growth and a growth-only row is dropped. Percent roles cannot tell this alone: the
 * figure's month is chosen later, and "from July 2025" is year-on-year for a July 2026 figure.
 */
import type { ObservationDraft } from '../../contract.js';
import { MONTH_WORDS } from './periods.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:${MONTH_WORDS})\.?`;
// The words that set a change against a base: prepositions and comparing phrases, the base's month and year after them.
const AGAINST = String.raw`\b(?:from|than(?:\s+in)?|on|over|against|versus|vs\.?|relative\s+to|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to))`;
const BASE_AFTER = new RegExp(String.raw`^(?:[^.;]|\.(?=\d)){0,80}?${AGAINST}\s+(?:(?:the|its|a)\s+)?(?:(?:level|figure|total|value)\s+(?:of|in|for)\s+)?(${MONTH})\s*,?\s+(?:of\s+)?((?:19|20)\d\d)\b`, 'i');
// The base as an opening phrase: "Compared with July 2026, ...", "Against June 2026 ...", "Relative to Aug. 2026, ...".
const BASE_OPENING = new RegExp(String.raw`^\s*(?:Compared\s+(?:with|to)|In\s+comparison\s+(?:with|to)|Relative\s+to|Against|Versus)\s+(?:the\s+)?(${MONTH})\s*,?\s+(?:of\s+)?((?:19|20)\d\d)\b\s*,?`, 'i');
// A word naming the year-ago basis between the rate and the base keeps the rate year-on-year.
const YEAR_BASIS = /\b(?:year|annual|y\/y|yoy|y-o-y)/i;

function monthIndex(name: string, year: string): number {
  return Number(year) * 12 + MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function ownMonth(row: ObservationDraft): number | null {
  if (row.period_start !== row.period_end || !/^\d{4}-\d\d$/.test(row.period_end)) return null;
  return Number(row.period_end.slice(0, 4)) * 12 + Number(row.period_end.slice(5)) - 1;
}

/** Where the rate is written in the quote ("3.9%", "3.9 per cent"), or -1. */
function rateAt(quote: string, yoy: number): number {
  const text = String(Math.abs(yoy));
  const zeros = text.includes('.') ? '0*' : String.raw`(?:\.0+)?`;
  const m = new RegExp(String.raw`(?<![\d.])${text.replace('.', String.raw`\.`)}${zeros}\s*(?:%|per\s?cent|pc\b)`).exec(quote);
  return m ? m.index + m[0].length : -1;
}

/** The base month (as year*12+month) that the rate at `at` is set against, or null. */
function baseMonth(quote: string, at: number): number | null {
  const after = BASE_AFTER.exec(quote.slice(at, at + 160));
  if (after && !YEAR_BASIS.test(after[0].slice(0, after[0].lastIndexOf(after[1])))) return monthIndex(after[1], after[2]);
  const opening = quote.includes(' 20') || quote.includes(' 19') ? BASE_OPENING.exec(quote) : null;
  return opening && opening[0].length <= at ? monthIndex(opening[1], opening[2]) : null;
}

function againstRecentMonth(row: ObservationDraft): boolean {
  const own = row.yoy_pct === null ? null : ownMonth(row);
  const quote = row.source_quote ?? '';
  if (own === null || !/\d{4}/.test(quote)) return false;
  const at = rateAt(quote, row.yoy_pct!);
  const base = at < 0 ? null : baseMonth(quote, at);
  return base !== null && own - base >= 1 && own - base <= 11;
}

/** Rows without the growths set against a recent month: a growth-only row goes, a level keeps no growth. */
export function withoutRecentMonthGrowth(rows: ObservationDraft[]): ObservationDraft[] {
  const out: ObservationDraft[] = [];
  for (const row of rows) {
    if (!againstRecentMonth(row)) out.push(row);
    else if (row.value !== null) out.push({ ...row, yoy_pct: null });
  }
  return out;
}
