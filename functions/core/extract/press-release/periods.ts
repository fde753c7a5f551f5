/**
 * Periods in release language ("in October", "the first three quarters of this year",
 * "January-September", "since the beginning of this year", "last year", "Q3", "for 8 months of
 * 2025") resolved to YYYY-MM ranges against the publication date. Comparison bases ("the same
 * period last year", "compared with 2023") are recognised so they are never taken as the period.
 */
import { anyOf } from './gates.js';
import { EVENT_NOUN, EVENT_NOUN_WORDS } from './geography.js';
import { isAsciiLetter, isDigitAt, isSpace, isUpperAscii } from './chars.js';
import { exactKeywords, type Keywords, keywords, mentions, someMention } from './keywords.js';

/** A period expression found in a sentence. */
export interface PeriodMention {
  start: number;
  end: number;
  /** `period`: the figure's period; `base`: a comparison base; `unresolved`: cumulative or open-ended; `date`: a calendar day. */
  kind: 'period' | 'base' | 'unresolved' | 'date';
  periodStart: string;
  periodEnd: string;
  /** A year-to-date phrase ("so far this year"): its end follows the release's reporting period. */
  yearToDate?: boolean;
  /** A cut-off day ("by March 14", "as of July 30"): January to that month, or the end of a running total. */
  cutoff?: boolean;
  /** A running total since a launch ("since the line opened in December 2021"): no year-on-year growth is of this span. */
  running?: boolean;
  /** A running total from a bare month of the year in force ("Since March, shipments have reached ..."): no launch of a service. */
  fromMonth?: boolean;
  /** "In the last twelve months": a running year counted back from publication, re-anchored to the month reported on. */
  rollingYear?: boolean;
  /** An oil, marketing or crop year or a season ("oil year 2024-25", "MY 2025/26", "the oil year"): its months come from
   * the brackets after it or from the one the release spelled out (period-choice.ts `seasonSpans`); `year` is the
   * year it starts in, null for "the oil year" (the one in force). */
  season?: { year: number | null };
}

/** The publication date split into the parts period resolution needs. */
export interface Anchor {
  year: number;
  month: number;
  /** Day of the month of publication, when known: a cut-off weekday ("as of Wednesday") is counted back from it. */
  day?: number;
  /** The country the release reports on: fiscal years ("fiscal 2023") follow its calendar. */
  country?: string;
  /** How the release names that country's fiscal years when it defines one itself ("fiscal 2024, the twelve months to March 2025"). */
  fiscalNamed?: 'start' | 'end';
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
/** What every month name starts with, in lower case (the keyword scan's words for them). */
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Month names and their abbreviations, as a regular-expression alternation (no group). */
/** The number (1–12) of a month's name or abbreviation in any case ("September", "sept", "SEP"), or undefined. */
export const monthNumber = (word: string): number | undefined => MONTHS[word.toLowerCase()];
/** The twelve month names written out, for expressions that take no abbreviation. */
export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const MONTH_WORDS = `${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`;
const MONTH = `(${MONTH_WORDS})\\.?`;
// " (April-June)", " (Jan. to June)": the months of a part of a year spelled out in a bracket after it (optional).
const MONTHS_BRACKET = String.raw`(?:\s*\(\s*(?:${MONTH_WORDS})\.?\s*(?:-|–|to|through)\s*(?:${MONTH_WORDS})\.?\s*\))?`;
// "July-October" with no group: a span restated in brackets.
const MONTH_SPAN = `(?:${MONTH_WORDS})\\.?\\s*[-–]\\s*(?:${MONTH_WORDS})\\.?`;
const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
// A word naming goods between a count of months and a flow ("ten-month fuel exports"): none of the words of a measure, a
// record or a link that would make the months a length of something else.
const GOODS_BEFORE_FLOW = String.raw`(?!(?:on|of|for|to|the|a|an|in|from|with|by|and|or|ban|bans|halt|truce|deal|moratorium|suspension|pause|freeze|curbs?|window|low|high|record|peak|period|stretch|run|streak|average|rolling|trailing)\b)[A-Za-z][\w-]*`;
// Nouns of a measure of the figures after a count of months made an adjective ("eleven-month tally"), unless a cut-off
// month follows that makes it a rolling window ("the three-month total to June", "the 3-month sum ending in May").
const MEASURE_NOUN_OF_MONTHS = String.raw`(?:tally|tallies|total|totals|figures?|haul|value|volume|tonnage|bill|sum|count|takings|reading|data)\b`;
const MONTHS_CUT_OFF = String.raw`\s+(?:to|ending|ended|through|up\s+to|until)\s+(?:in\s+)?(?:(?:the\s+)?end\s+of\s+)?`;
const MEASURE_OF_MONTHS = String.raw`${MEASURE_NOUN_OF_MONTHS}(?!${MONTHS_CUT_OFF}(?:${MONTH_WORDS})\b)`;
// "the first decline in seven months", "the fastest pace in 11 months": a streak, not a period.
const STREAK_BEFORE = /\b(?:first|highest|lowest|fastest|slowest|strongest|weakest|biggest|largest|smallest|sharpest|steepest|best|worst|quickest|only)\s+(?:[\w-]+\s+){0,2}$/i;
// Nouns a count of years may stand before as a compound: "the three-year span", "a five-year stretch".
// A relative clause opened a few words before: "companies that moved into the zone over ...", "which has grown in ...".
const RELATIVE_CLAUSE_BEFORE = /\b(?:that|which|who|whom|whose|where)\s+(?:[\w'’-]+\s+){0,5}$/i;
const SPAN_NOUN = '(?:span|period|stretch|run|window|term|spell|stint)';
const COUNT = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
// ("the opening quarter", "the initial half": the first.)
const ORDINAL: Record<string, number> = { first: 1, '1st': 1, opening: 1, initial: 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
// "of 2025", "2025", "in 2025" ("from January to June in 2020"), "this year", "of last year", "of the current year".
const YEAR = '(?:,?\\s+(?:of\\s+|in\\s+)?(?:(\\d{4})|(this|last|the current|the previous|the|current) year))?';
// A change right before "from <month> to <month>": a verb of change, or its percentage ("rose by 2.4%", "increased", "fell 0.7%").
const CHANGE_BEFORE_FROM = String.raw`(?:\b(?:rose|fell|increased|decreased|grew|declined|dropped|climbed|edged\s+(?:up|down)|went\s+(?:up|down)|was\s+(?:up|down)|were\s+(?:up|down))|\d\s*(?:%|percent|per\s+cent))\s+`;

/** Parses `YYYY-MM-DD` into the anchor for relative periods; null when malformed. */
export function anchorOf(published: string): Anchor | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const day = Number(m[3]);
  return day >= 1 && day <= 31 ? { year, month, day } : { year, month };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Year and month of the last given weekday (0 = Sunday) on or before the publication day; null without a day. */
function weekdayOnOrBefore(a: Anchor, weekday: number): { year: number; month: number } | null {
  if (!a.day || weekday < 0) return null;
  const published = Date.UTC(a.year, a.month - 1, a.day);
  const back = (new Date(published).getUTCDay() - weekday + 7) % 7;
  const date = new Date(published - back * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** "2024-03" for March 2024. */
export function ym(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function countValue(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : COUNT_WORDS[word.toLowerCase()] ?? 0;
}

/**
 * The year a period ending in `endMonth` belongs to: the explicit year, a relative one, or the
 * publication year unless that month has not happened yet (then the previous year).
 */
function resolveYear(anchor: Anchor, endMonth: number, explicit?: string, relative?: string): number {
  if (explicit) return Number(explicit);
  const rel = (relative ?? '').toLowerCase();
  if (rel === 'last' || rel === 'the previous') return anchor.year - 1;
  if (rel === 'this' || rel === 'the current' || rel === 'current') return anchor.year;
  return endMonth > anchor.month ? anchor.year - 1 : anchor.year;
}

// "Q1 this year", "H1 of last year", "Q1-Q3 this year": a quarter or half written as a code, then a year said relatively.
const CODE_RELATIVE_YEAR = String.raw`(?:\s+(?:of\s+)?(this|last|the current|the previous)\s+year\b)?`;

function plausibleYear(year: number, anchor: Anchor): boolean {
  return year >= 1980 && year <= anchor.year + 1;
}

interface Rule {
  /** A cheap test the sentence must pass before the pattern is tried (most sentences fail it). */
  gate?: RegExp;
  /** Words one of which every match of the pattern contains (lower case; keywords.ts): a sentence with none is not scanned. */
  needs?: string[];
  /** What stands right before the capitalised month name every match reads (see `monthTails`: a word before spaces,
   * "#" for a day, "end-"): a sentence where no month name follows one of them is not scanned. */
  after?: string[];
  /** The same for the word "year" (any case) every match reads ("the", "full-"). */
  afterYear?: string[];
  pattern: RegExp;
  build: (m: RegExpExecArray, anchor: Anchor) => Omit<PeriodMention, 'start' | 'end'> | null;
}

const period = (a: string, b: string): Omit<PeriodMention, 'start' | 'end'> => ({ kind: 'period', periodStart: a, periodEnd: b });
const unresolved: Omit<PeriodMention, 'start' | 'end'> = { kind: 'unresolved', periodStart: '', periodEnd: '' };

/** "the ten-month total", "the nine-month period": a count of months (2 to 11, in m[1]) read as the year's first months. */
function firstMonthsOfCount(m: RegExpExecArray, a: Anchor): Omit<PeriodMention, 'start' | 'end'> | null {
  const n = countValue(m[1]);
  if (n < 2 || n > 11) return null;
  const year = resolveYear(a, n);
  return plausibleYear(year, a) ? period(ym(year, 1), ym(year, n)) : null;
}
/** A whole year named as a base, a stock's year end or a year's total: none later than the anchor's year. */
const wholeYearUpTo = (year: number, a: Anchor): Omit<PeriodMention, 'start' | 'end'> | null =>
  plausibleYear(year, a) && year <= a.year ? period(ym(year, 1), ym(year, 12)) : null;

/** Months a fiscal year starts in, and whether "fiscal 2023" names the year it starts or ends in. */
const FISCAL_YEARS: Record<string, { start: number; named: 'start' | 'end'; midMonth?: boolean }> = {
  Japan: { start: 4, named: 'start' }, // fiscal 2023 = April 2023 - March 2024
  'United States': { start: 10, named: 'end' }, // fiscal 2023 = October 2022 - September 2023
  Australia: { start: 7, named: 'end' }, // fiscal 2023 = July 2022 - June 2023
  India: { start: 4, named: 'end' }, // fiscal 2024 = April 2023 - March 2024
  Pakistan: { start: 7, named: 'end' }, // fiscal 2027 (FY27) = July 2026 - June 2027
  Bangladesh: { start: 7, named: 'end' },
  Egypt: { start: 7, named: 'end' },
  // Myanmar's financial year has run April-March since 2022 ("the 2025-2026 FY").
  Myanmar: { start: 4, named: 'end' },
  // East African budget years run July to June ("2026/27"); Ethiopia's starts on 8 July (Hamle 1).
  Ethiopia: { start: 7, named: 'end' },
  Kenya: { start: 7, named: 'end' },
  Uganda: { start: 7, named: 'end' },
  Tanzania: { start: 7, named: 'end' },
  // Bhutan's fiscal year runs July to June ("the 2026-27 fiscal year").
  Bhutan: { start: 7, named: 'end' },
  // Haiti's runs October to September ("fiscal year 2025-2026" = October 2025 - September 2026).
  Haiti: { start: 10, named: 'end' },
  // Thailand's government fiscal year runs October to September ("fiscal 2026" = October 2025 - September 2026).
  Thailand: { start: 10, named: 'end' },
  // Rwanda's runs July to June ("the 2025/26 fiscal year"); Malawi's April to March ("the 2026/27 fiscal year"); Fiji's
  // August to July since 2016 ("the 2025-2026 fiscal year" = August 2025 - July 2026).
  Rwanda: { start: 7, named: 'end' },
  Malawi: { start: 4, named: 'end' },
  Fiji: { start: 8, named: 'end' },
  // Nepal's starts on Shrawan 1, in mid-July: its months run mid-month to mid-month, so "the first eight months of the
  // current fiscal year" (mid-July to mid-March) is labelled by the calendar months it touches, July to March (`midMonth`).
  Nepal: { start: 7, named: 'end', midMonth: true },
};

/**
 * Countries whose agencies and press name a fiscal year by its two calendar years alone ("2025-26"): July-June
 * (Australia, Pakistan, East Africa) or April-March (India, Myanmar). Not the United States, whose "2025/26" is
 * a crop's marketing year, nor Japan, whose fiscal years are named by one year.
 */
const MONTH_BEFORE_LABEL = new RegExp(`(?:${MONTH_WORDS})\\.?,?\\s+(?:of\\s+)?(?:the\\s+)?$`, 'i');
const TWO_YEAR_FISCAL = new Set(['Australia', 'India', 'Pakistan', 'Bangladesh', 'Myanmar', 'Ethiopia', 'Kenya', 'Uganda', 'Tanzania', 'Bhutan', 'Rwanda']);

// "of the current Iranian calendar year", "of the Persian year", "of the Hijri year": a year that does not start in January.
/** Whether "fiscal 2023" names the year the fiscal year starts in: as the release defines it, else as its country does. */
const namesStart = (fiscal: { named: 'start' | 'end' }, a: Anchor): boolean => (a.fiscalNamed ?? fiscal.named) === 'start';
/** The year a fiscal year named by `year` starts in ("fiscal 2024" of a year to March starts in 2023 where it is named by its end). */
const startYearOfNamed = (fiscal: { named: 'start' | 'end'; start: number }, a: Anchor, year: number): number => (namesStart(fiscal, a) || fiscal.start === 1 ? year : year - 1);

// "fiscal 2024, the twelve months to March 2025", "FY2023 (the year ended March 2023)", "financial year 2025, the year through
// June 2026": an apposition defining one fiscal year by its last month and year tells how the release names all of them
// (a140's fiscal apposition, widened from the one year to the others the release names: "from 241.1 billion in fiscal 2023"
// is then the year before). The apposition must end in the month the country's fiscal year ends in.
const FISCAL_YEAR_DEFINED = new RegExp(String.raw`\b(?:fiscal|financial)\s+(?:year\s+)?((?:19|20)\d{2})\s*(?:,\s*|\(\s*)the\s+(?:(?:fiscal|financial)\s+)?(?:year|twelve\s+months|12\s+months)\s+(?:(?:that|which)\s+)?(?:to|ending|ended|through|until)\s+(?:(?:in|on)\s+)?(?:\d{1,2}\s+)?(${MONTH_WORDS})\.?(?:\s+\d{1,2}(?!\d))?,?\s+((?:19|20)\d{2})\b`, 'i');

/** How a release names its country's fiscal years, when it defines one in an apposition (FISCAL_YEAR_DEFINED); undefined otherwise. */
export function fiscalNamingOf(text: string, country: string | undefined): 'start' | 'end' | undefined {
  const fiscal = country ? FISCAL_YEARS[country] : undefined;
  if (!fiscal || fiscal.start === 1 || !/fiscal|financial/i.test(text)) return undefined;
  const m = FISCAL_YEAR_DEFINED.exec(text);
  if (!m || MONTHS[m[2].toLowerCase()] !== fiscal.start - 1) return undefined;
  const named = Number(m[1]);
  const endYear = Number(m[3]);
  return endYear === named + 1 ? 'start' : endYear === named ? 'end' : undefined;
}

const OTHER_CALENDAR_AFTER = /^\s+of\s+(?:the\s+)?(?:(?:current|this|last|previous)\s+)?(?:Iranian|Persian|Hijri|Islamic|Nepali|Buddhist|Ethiopian|solar|lunar)\b/i;

// "the first seven months of India's fiscal year", "of its fiscal year": whose fiscal year it is.
const FISCAL_OWNER = `(?:(?:its|their|the\\s+country's|([A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*){0,2})['’]s)\\s+)?`;

/** The anchor with the country whose fiscal year a possessive names, when its calendar is listed; the reporter's otherwise. */
function fiscalOwner(a: Anchor, owner: string | undefined): Anchor {
  return owner && FISCAL_YEARS[owner] ? { ...a, country: owner } : a;
}

const HALF_OR_COUNT: Record<string, number> = { half: 6, quarter: 3 };

// A country named with a possessive ("Australia's goods exports", "In India's"): the last words of the name that are a
// country with a listed fiscal calendar.
const POSSESSIVE_NAME = /\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})['’]s\b/g;
function listedCountryIn(words: string): string | undefined {
  const parts = words.split(/\s+/);
  for (let i = 0; i < parts.length; i++) if (FISCAL_YEARS[parts.slice(i).join(' ')]) return parts.slice(i).join(' ');
  return undefined;
}

/**
 * Whose "last fiscal year" a possessive before it names (the previous-fiscal-year rule's first group): a country written
 * with it ("India's"), or for "its", "their", "the country's" the last listed country the sentence named with a possessive
 * before it; undefined for none (the reporter's calendar).
 */
function previousFiscalOwner(m: RegExpExecArray): string | undefined {
  const owner = m[1];
  if (!owner) return undefined;
  if (/['’]s$/.test(owner) && !/^the\s/i.test(owner)) return listedCountryIn(owner.slice(0, -2));
  let found: string | undefined;
  for (const p of m.input.slice(0, m.index).matchAll(POSSESSIVE_NAME)) found = listedCountryIn(p[1]) ?? found;
  return found;
}

/**
 * "The first four months of the current fiscal year", "the April-September first half of fiscal
 * 2026", "the second quarter of FY2026": months counted from the start of the reporting country's
 * fiscal year (the one the publication month falls in for "current"/"this"; a two-year label such as
 * "2026-27", `twoYears`, starts in its first year); null for a country with no fiscal calendar listed.
 */
function fiscalSpan(a: Anchor, ordinal: string, count: string | undefined, unit: string | undefined, written: string | undefined, twoYears = false): Omit<PeriodMention, 'start' | 'end'> | null {
  const fiscal = a.country ? FISCAL_YEARS[a.country] : undefined;
  if (!fiscal) return unresolved;
  const size = unit ? HALF_OR_COUNT[unit.toLowerCase()] : countValue(count ?? '');
  if (!size || size > 12) return null;
  const first = ((ORDINAL[ordinal.toLowerCase()] ?? 1) - 1) * size;
  if (first + size > 12) return null;
  // The calendar year the fiscal year starts in.
  // "the first five months of FY27": a two-digit year after FY is of this century.
  const named = written ? (written.length === 2 ? 2000 + Number(written) : Number(written)) : null;
  const startYear = named === null ? (a.month >= fiscal.start ? a.year : a.year - 1) : twoYears ? named : startYearOfNamed(fiscal, a, named);
  const from = startYear * 12 + fiscal.start - 1 + first;
  const to = from + size - (fiscal.midMonth ? 0 : 1);
  if (!plausibleYear(Math.floor(to / 12), a)) return null;
  return period(ym(Math.floor(from / 12), (from % 12) + 1), ym(Math.floor(to / 12), (to % 12) + 1));
}

/** Years the Gregorian calendar runs ahead of the Solar Hijri (Iranian) one at the Iranian new year, in March. */
const SOLAR_HIJRI_BEHIND = 621;

/** Years the Bikram Sambat calendar runs ahead of the Gregorian one at the start of its fiscal year (Shrawan 1, mid-July). */
const BIKRAM_SAMBAT_AHEAD = 57;

/**
 * A fiscal year numbered in the Bikram Sambat calendar ("2082/83"), which Nepal's agencies use: it starts on
 * Shrawan 1, in mid-July of the Gregorian year 57 years before its first number, and ends in mid-July of the
 * next. A Nepali span is labelled with the calendar months it touches, so 2082/83 is July 2025 to July 2026.
 * Only a year that cannot be a Gregorian one near the release (over 30 years after it) and lands near it once
 * converted is read so; null otherwise (the other fiscal rules then apply). A year not yet over is unresolved.
 */
function bikramFiscalYear(first: number, second: number, a: Anchor): Omit<PeriodMention, 'start' | 'end'> | null {
  const start = first - BIKRAM_SAMBAT_AHEAD;
  if (second !== (first + 1) % 100 || first <= a.year + 30 || start < a.year - 30 || start > a.year) return null;
  // A year still running ("the current fiscal year 2083/84") names no span by itself: a bracket or its months may date it.
  if ((start + 1) * 12 + 7 > a.year * 12 + a.month) return unresolved;
  return period(ym(start, 7), ym(start + 1, 7));
}

/** Months `from` to `to` of the fiscal year that starts in `fiscalStart` of `startYear`. */
function monthsOfFiscalYear(a: Anchor, fiscalStart: number, from: number, to: number, startYear: number): Omit<PeriodMention, 'start' | 'end'> | null {
  const yearOf = (month: number) => (month >= fiscalStart ? startYear : startYear + 1);
  return plausibleYear(yearOf(to), a) ? period(ym(yearOf(from), from), ym(yearOf(to), to)) : null;
}

/** Twelve months ending in `endMonth` of `endYear`. */
function twelveMonthsTo(endYear: number, endMonth: number): Omit<PeriodMention, 'start' | 'end'> {
  const startMonth = (endMonth % 12) + 1;
  return period(ym(endMonth === 12 ? endYear : endYear - 1, startMonth), ym(endYear, endMonth));
}

/** Year and month of the Sunday that ends ISO week `week` of `year` (null past the year's last week). */
function isoWeekSunday(year: number, week: number): { year: number; month: number } | null {
  // Week 1 is the week with 4 January in it; its Monday is 4 January less its weekday (Monday = 0).
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000;
  const sunday = new Date(monday + ((week - 1) * 7 + 6) * 86400000);
  const nextJan4 = Date.UTC(year + 1, 0, 4);
  const nextMonday = nextJan4 - ((new Date(nextJan4).getUTCDay() + 6) % 7) * 86400000;
  if (sunday.getTime() >= nextMonday) return null;
  return { year: sunday.getUTCFullYear(), month: sunday.getUTCMonth() + 1 };
}

/**
 * "this year" alone in a release means the year so far: January to the last full month. In the last week of December
 * (Vietnam's statistics office, year-end reviews) the year's figures are its whole-year estimates: January to December.
 */
function thisYear(a: Anchor): Omit<PeriodMention, 'start' | 'end'> {
  if (a.month === 12 && (a.day ?? 0) >= 25) return period(ym(a.year, 1), ym(a.year, 12));
  return period(ym(a.year, 1), ym(a.year, Math.max(1, a.month - 1)));
}

/** The last full month before the publication month. */
function lastFullMonth(a: Anchor): { year: number; month: number } {
  return a.month === 1 ? { year: a.year - 1, month: 12 } : { year: a.year, month: a.month - 1 };
}

/** The last `endMonth` on or before the publication month. */
function lastMonthOnOrBefore(a: Anchor, endMonth: number): number {
  return endMonth > a.month ? a.year - 1 : a.year;
}

// ", which ended in September", "that ended on 30 June 2026", "which ran from July 2025 to June 2026": a clause after a
// fiscal year naming the month it ended in. "fiscal 2024 through March", "FY2025 ended March 2026", "fiscal 2026 to
// November": the month written straight after the year (group 6) is where the span ends, the year's last month or,
// in a year still running, the month it has reached.
// ", the year that ended in March", " (the twelve months ending March 31)", ", the financial year to June": an apposition naming the
// year again by a plain noun restates its end the same way.
const FISCAL_YEAR_ENDED = `(?:(?:,?\\s+\\(?the\\s+(?:(?:fiscal|financial)\\s+)?(?:year|twelve\\s+months|12\\s+months)\\s+(?:(?:which|that)\\s+(?:ended|closed)|ended|ending|to|through)|,?\\s+(?:which|that)\\s+(?:ended|closed|(?:ran|covered|spanned)\\s+(?:from\\s+(?:\\d{1,2}\\s+)?(?:${MONTH_WORDS})\\.?(?:\\s+\\d{1,2}(?!\\d))?(?:,?\\s+(?:19|20)\\d{2})?\\s+)?(?:to|through|until))|\\s+(through|to|ending|ended))\\s+(?:(?:in|on|at\\s+the\\s+end\\s+of)\\s+)?(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2}(?!\\d))?(?:,?\\s+(?:19|20)\\d{2})?\\b)?`;

// "fiscal 2023, the year through March", "FY2024 (the 12 months to March 2025)", "fiscal year 2025, the year ending June": a span
// in apposition to a fiscal year names that year again; the fiscal rule reads the two together (FISCAL_YEAR_ENDED).
const FISCAL_YEAR_THEN_APPOSITION = /\b(?:(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d{2}|FY\s?(?:(?:19|20)\d{2}|\d{2}))(?:\s*[-–/]\s*\d{2,4})?\s*(?:,\s*|\s\(\s*)$/i;
/** Whether a span "the year / N months to MONTH" stands in apposition to a fiscal year just before it (FISCAL_YEAR_THEN_APPOSITION). */
function restatesFiscalYear(m: RegExpExecArray): boolean {
  return m.index > 0 && FISCAL_YEAR_THEN_APPOSITION.test(m.input.slice(Math.max(0, m.index - 40), m.index));
}

/**
 * "fiscal 2026, which ended in September" of a country with no fiscal calendar listed: the twelve months to that
 * month of the year named last ("FY 2025-26" ends in 2026), when it is over by the publication.
 */
function fiscalYearEndedIn(m: RegExpExecArray, a: Anchor): Omit<PeriodMention, 'start' | 'end'> {
  const first = m[3] ? 2000 + Number(m[3]) : Number(m[1] ?? m[4]);
  const endYear = m[2] || m[5] ? first + 1 : first;
  const month = MONTHS[m[7].toLowerCase()];
  return month && plausibleYear(endYear, a) && endYear * 12 + month <= a.year * 12 + a.month ? twelveMonthsTo(endYear, month) : unresolved;
}

/** Two consecutive years joined by `separator` ("2025-26", "2024/25"), not part of a longer label nor a season's. */
function twoYearLabel(separator: string): RegExp {
  return new RegExp(`(?<![\\w/.,–-])(?<!\\b(?:MY|year|season|campaign|FY|fiscal|financial)\\s{1,2})((?:19|20)\\d{2})\\s?${separator}\\s?(\\d{2})(?![\\w/.,–-]?\\d)(?!\\s+(?:marketing|crop|harvest|season|oil|sugar|cotton|grain|school|academic|campaign|MY)\\b)`, 'g');
}

/** A bare two-year label ("2024-25", "2025/26"), dash or slash: after a season spelled out, that season's year (period-choice.ts). */
export const BARE_TWO_YEAR_LABEL = twoYearLabel('[-–/]');

/** The reporting country's fiscal calendar where it names its fiscal years by two years ("2025-26"); undefined elsewhere. */
function twoYearCalendar(a: Anchor): (typeof FISCAL_YEARS)[string] | undefined {
  return a.country && TWO_YEAR_FISCAL.has(a.country) ? FISCAL_YEARS[a.country] : undefined;
}

/** The twelve months of the fiscal year starting in calendar year `first` in the reporting country's two-year calendar. */
function fiscalYearFrom(first: number, a: Anchor): Omit<PeriodMention, 'start' | 'end'> | null {
  const fiscal = twoYearCalendar(a);
  return fiscal && plausibleYear(first + 1, a) ? twelveMonthsTo(first + 1, fiscal.start - 1) : null;
}

/** A two-year label as the reporting country's fiscal year, where it names its fiscal years so (null elsewhere). */
function twoYearFiscalYear(m: RegExpExecArray, a: Anchor): Omit<PeriodMention, 'start' | 'end'> | null {
  const first = Number(m[1]);
  // "April-October 2026-27": the months before it are a part of that year (read by the month-span rules).
  if (MONTH_BEFORE_LABEL.test(m.input.slice(Math.max(0, m.index - 16), m.index))) return null;
  return Number(m[2]) === (first + 1) % 100 ? fiscalYearFrom(first, a) : null;
}

/**
 * The fiscal year a label of two consecutive years names ("2021-22", first year 2021) in the reporting country, where it
 * names its fiscal years so (TWO_YEAR_FISCAL); null elsewhere (a season's or a marketing year's label is no fiscal year).
 */
export function fiscalYearOfTwoYears(first: number, a: Anchor): { start: string; end: string } | null {
  const p = fiscalYearFrom(first, a);
  return p && { start: p.periodStart, end: p.periodEnd };
}

// Gates of the reporting-span rules below.
// "2025-01-13", "13/01/2025", "10:30".
const CALENDAR_DATE_GATE = /\d[-/:]\d/;
const YEAR_NUMBER_GATE = /\d{4}/;
const DAY_RANGE_GATE = /\d\s*(?:-|–|to|through|and)\s*\d/;
const CROSS_MONTH_GATE = /\d\s*(?:-|–|to|through|and)\s*[A-S]/;
// "2022 - February 19", "2024 to 7 January": a year closing one end of a span of days and the other's month (or day and month) next.
const YEAR_TO_DAY_GATE = /(?:19|20)\d\d\s*(?:-|–|—|to|through|until|till|and)\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
// Finer digit gates of rules whose shared gate (a month name, "year", "quarter") most sentences pass, each the
// digits every match of its rules holds (the digit facts answer them): a year of exactly four digits ("in 2025",
// not the "0991" of a telephone number), a calendar year (19xx, 20xx), a two-year label ("2025-26", "2025/26"),
// a day before a capital ("25 October"), a number glued to "M" ("10M 2026") and a quarter code ("Q3", "3Q").
const YEAR_NUMBER_OR_WORD_GATE = /(?<!\d)\d{4}(?![\d-])|year/i;
const CALENDAR_YEAR_GATE = /(?<!\d)(?:19|20)\d\d(?!\d)/;
const TWO_YEAR_GATE = /(?<!\d)(?:19|20)\d\d\s?[-–/]\s?\d/;
const DAY_THEN_CAPITAL_GATE = /\d(?:st|nd|rd|th)?\s+[A-S]/;
const MONTHS_CODE_GATE = /\dM/;
const QUARTER_CODE_GATE = /Q[1-4]|[1-4]Q/;
const DAYS_OF_GATE = /\bdays\s+of\b/i;
const MONTH_GATE = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const HALF_OF_MONTH_GATE = /\bhalf\s+of\s+[A-S]/;
const MID_MONTH_GATE = /\bmid-?\s*[A-S]/;
const CUTOFF_GATE = /\b(?:as (?:of|at)|by|up to|until|till|through)\s+[A-Z]/i;
const SPAN_TO_GATE = /\b(?:months?|year|quarter)\s+(?:to|ending|ended|through|up\s+to|until)\s+[A-Z]/;
const CUMULATIVE_TO_GATE = /\b(?:[Cc]umulative(?:ly)?|[Aa]ccumulated)\s+(?:to|through|until|up\s+to|as\s+of)\s/;
const YEAR_START_GATE = /\b(?:beginning|start)\s+of\s+(?:the|this)\s+(?:current\s+)?year\b|\bthis\s+year\s+(?:to|until|till|through|up\s+to)\s/i;
const MONTH_NAMED_SPAN_GATE = new RegExp(`(?:\\b\\d{4}|\\b(?:${MONTH_WORDS})\\.?)\\s+(?:year|quarter)\\b`, 'i');
const FISCAL_YEAR_GATE = /\b(?:fiscal|financial)\s+year\b/i;
const WEEK_ENDING_GATE = /\bweek\s+end(?:ing|ed)\b/i;
const IRANIAN_YEAR_GATE = /\b(?:Iranian|Persian|[Ss]olar)\s/;
const WEEK_NUMBER_GATE = /\b[Ww]eek\s+(?:no\.\s*)?\d/;
const CROP_YEAR_GATE = /season|marketing|crop|harvest|agricultural|grain|commercial|coffee|sugar|cocoa/i;
// "the first quarter of the current fiscal", "this fiscal": Indian and Pakistani English use "fiscal" alone as the noun
// for the fiscal year; it is that noun where none of the nouns "fiscal" qualifies follows ("the current fiscal deficit").
const FISCAL_NOUN = String.raw`fiscal(?![\w-]|\s+(?:years?|period|deficits?|surplus|policy|policies|position|stimulus|spending|support|measures?|consolidation|gap|balance|space|revenues?|targets?|plans?|package|framework|rules?|outlook|situation|slippage|pressures?|transfers?|budget|quarter|half|stability|sector|markets?|institutions?)\b)`;
const FISCAL_GATE = /\b(?:fiscal|financial|FY)\b|FY\s?\d/i;

const DAY_NUMBER = '\\d{1,2}(?:st|nd|rd|th)?';
/** A day of the month from which on a span's end is its month's end ("the twelve months to June 30"). */
const LAST_DAYS_OF_MONTH = 28;
const DAYS_WORD = '(?:\\d{1,2}|ten|twenty|fifteen|five|seven)';

// A fiscal year read up to a cut-off month written after it, in any of the orders writers use: "in the current fiscal year,
// which began on 1 April 2023, up to the end of January", "during this financial year through mid-January", "so far in the
// present fiscal year to January 31", "in the fiscal year that started in October, until the end of March", "since the start
// of the fiscal year on 1 April through January", "between the beginning of the 2023-24 financial year and end-January".
// The months run from the fiscal year's first month (the one the aside names, else the reporting country's calendar) to the
// cut-off month. A fiscal year with neither a word of the running year ("current", "this"), an aside on its start nor
// "the start of" before it is left to the other rules ("the fiscal year to March" is twelve months to March).
const FISCAL_DAY_OR_MONTH = String.raw`(?:${DAY_NUMBER}\s+(${MONTH_WORDS})\.?|(${MONTH_WORDS})\.?(?:\s+${DAY_NUMBER})?)(?![\w'’-]|[.,]?\d)`;
const FISCAL_YEAR_TO_CUTOFF = new RegExp(
  String.raw`\b(?:([Ss]ince|[Ff]rom|[Bb]etween)\s+the\s+(?:start|beginning|opening)\s+of\s+|(?:(?:[Ss]o\s+far\s+)?(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]ver|[Tt]hroughout)\s+)?)` +
    String.raw`(?:the\s+)?(?:(current|this|present|ongoing|running)\s+)?(?:(?:19|20)\d{2}\s*[-–/]\s*(?:\d{2}|\d{4})\s+)?(?:fiscal|financial)\s+year` +
    String.raw`(?:,?\s+\(?(?:(?:which|that)\s+(?:began|begins|started|starts|commenced|opened|kicked\s+off)\s+(?:on\s+|in\s+)?|on\s+)${FISCAL_DAY_OR_MONTH}(?:,?\s+((?:19|20)\d{2}))?\)?)?` +
    String.raw`\s*,?\s+(?:so\s+far\s+)?(up\s+(?:to|until)|through|until|till|to|by|and|as\s+(?:of|at))\s+(?:(?:the\s+)?end(?:\s+of\s+|-)|mid-?\s*|late\s+)?${FISCAL_DAY_OR_MONTH}(?:,?\s+((?:19|20)\d{2}))?`,
  'g',
);

/** The months of a fiscal year from its first month to a cut-off month (see FISCAL_YEAR_TO_CUTOFF's groups). */
function fiscalYearToCutoff(m: RegExpExecArray, a: Anchor): Omit<PeriodMention, 'start' | 'end'> | null {
  const [opener, running, beganDay, beganMonth, beganYear, joint, cutDay, cutMonth, cutYear] = m.slice(1);
  // "and" closes a span only after "between", which needs it.
  if ((joint === 'and') !== (opener?.toLowerCase() === 'between')) return null;
  const began = beganDay ?? beganMonth;
  if (!opener && !running && !began) return null;
  const start = began ? monthNumber(began) : a.country ? FISCAL_YEARS[a.country]?.start : undefined;
  const cut = monthNumber(cutDay ?? cutMonth);
  if (!cut) return null;
  if (!start) return unresolved;
  const endYear = cutYear ? Number(cutYear) : beganYear ? Number(beganYear) + (cut >= start ? 0 : 1) : resolveYear(a, cut);
  const startYear = cut >= start ? endYear : endYear - 1;
  if ((beganYear && Number(beganYear) !== startYear) || !plausibleYear(endYear, a)) return null;
  return period(ym(startYear, start), ym(endYear, cut));
}

// "Through August, pork exports were ...", "Exports were 1.8 million tonnes, up to September, ...", "(until the end of May)": a
// cut-off month opening the sentence or a clause set off by a comma, semicolon, colon, dash or bracket (no subject word before
// it) dates the year to date as after a subject word; not after a first month ("from March, through August").
const CLAUSE_OPENING = String.raw`(?<=^\s*|[,;:(–—]\s*|\s-\s+)(?<!\b(?:[Ff]rom|[Bb]etween)\s+[\w.]+(?:\s+\d{1,4})?\s*,\s*)`;

/**
 * Reporting spans that are not calendar periods: parts of a month ("Oct. 1 to 20", "the first 20
 * days of October"), a cut-off day ("by March 14", "as of July 30"), spans counted back from a month
 * ("the six months to June", "the year to March 2024") and fiscal years ("fiscal 2023", "FY2023",
 * "the fiscal year ended March"). Listed before the calendar-day rules, which would read the days as dates.
 */
const REPORTING_SPANS: Rule[] = [
  // "U.S. EXPORT SALES FOR WEEK ENDING 11/12/2026", "for the week ended November 12": a week's figures, of the month
  // the week ends in (as the days of a month are that month); a US date writes the month first.
  {
    gate: WEEK_ENDING_GATE,
    pattern: new RegExp(`\\bweek\\s+end(?:ing|ed)\\s+(?:(\\d{1,2})\\/(\\d{1,2})\\/((?:19|20)\\d{2})\\b|${MONTH}\\s+\\d{1,2}(?!\\d)(?:,?\\s+((?:19|20)\\d{2}))?)`, 'gi'),
    build: (m, a) => {
      const [first, second] = [Number(m[1]), Number(m[2])];
      const month = m[4] ? MONTHS[m[4].toLowerCase()] : first > 12 ? second : first;
      if (!month || month > 12) return null;
      const year = m[3] ? Number(m[3]) : m[5] ? Number(m[5]) : resolveYear(a, month);
      return plausibleYear(year, a) ? period(ym(year, month), ym(year, month)) : null;
    },
  },
  // "in week 46", "calendar week 46 of 2026", "(week 46, 9-15 November)": an ISO week (Monday to Sunday, week 1 holding the
  // year's first Thursday), as European exporters count their weekly figures, is of the month its Sunday falls in; with
  // no year, the latest such week ended by publication.
  {
    gate: WEEK_NUMBER_GATE,
    pattern: /\b(?:(?:in|for|during|of)\s+)?(?:the\s+)?(?:(?:calendar|ISO)\s+)?[Ww]eek\s+(?:no\.\s*)?([1-9]|[1-4]\d|5[0-3])(?![\d.,]?\d)(?:\s+of\s+((?:19|20)\d{2})|,?\s+((?:19|20)\d{2}))?/g,
    build: (m, a) => {
      const week = Number(m[1]);
      const explicit = m[2] ?? m[3];
      const years = explicit ? [Number(explicit)] : [a.year, a.year - 1];
      for (const year of years) {
        const sunday = isoWeekSunday(year, week);
        if (!sunday) continue;
        if (!explicit && sunday.year * 12 + sunday.month > a.year * 12 + a.month) continue;
        return plausibleYear(sunday.year, a) ? period(ym(sunday.year, sunday.month), ym(sunday.year, sunday.month)) : null;
      }
      return null;
    },
  },
  // "9-15 November", "1 to 20 October 2026": days of one month, the day written first, are that month.
  {
    gate: DAY_RANGE_GATE,
    after: ['#'],
    pattern: new RegExp(`\\b(?:[Ff]rom\\s+|[Bb]etween\\s+)?${DAY_NUMBER}\\s*(?:-|–|to|through|and)\\s*${DAY_NUMBER}\\s+${MONTH}(?![\\w.]?\\d)(?:,?\\s+((?:19|20)\\d{2}))?`, 'g'),
    build: (m, a) => {
      const month = MONTHS[m[1].toLowerCase()];
      const year = resolveYear(a, month, m[2]);
      return month && plausibleYear(year, a) ? period(ym(year, month), ym(year, month)) : null;
    },
  },
  // "(March 21, 2022 - February 19, 2023)", "from 8 July 2024 to 7 January 2025", "between Sept. 11, 2025 and Jan. 9,
  // 2026": two days, each written with its own year, span the months they fall in (a year of another calendar, or any
  // span that crosses the new year, glossed in Gregorian days); neither day is a date of its own.
  {
    gate: YEAR_TO_DAY_GATE,
    pattern: new RegExp(`\\b(?:[Ff]rom\\s+|[Bb]etween\\s+)?(?:${MONTH}\\s+${DAY_NUMBER}|${DAY_NUMBER}\\s+${MONTH}),?\\s+((?:19|20)\\d{2})\\s*(?:-|–|—|to|through|until|till|and)\\s*(?:${MONTH}\\s+${DAY_NUMBER}|${DAY_NUMBER}\\s+${MONTH}),?\\s+((?:19|20)\\d{2})(?![\\d.,]?\\d)`, 'g'),
    build: (m, a) => {
      const from = MONTHS[(m[1] ?? m[2]).toLowerCase()];
      const to = MONTHS[(m[4] ?? m[5]).toLowerCase()];
      const [first, last] = [Number(m[3]), Number(m[6])];
      const months = (last - first) * 12 + to - from;
      if (!from || !to || months < 1 || months > 23 || !plausibleYear(last, a)) return null;
      return period(ym(first, from), ym(last, to));
    },
  },
  // "from Oct. 1 to 20", "Sept. 1-10", "October 1-20, 2024": days of one month are that month.
  {
    gate: DAY_RANGE_GATE,
    needs: MONTH_ABBREVIATIONS,
    // "from" belongs to the span here: it opens the range, it does not name a comparison base.
    pattern: new RegExp(`\\b(?:[Ff]rom\\s+|[Bb]etween\\s+)?${MONTH}\\s+${DAY_NUMBER}\\s*(?:-|–|to|through|and)\\s*${DAY_NUMBER}(?![\\d.,]?\\d)(?:,?\\s+(\\d{4}))?`, 'g'),
    build: (m, a) => {
      const month = MONTHS[m[1].toLowerCase()];
      const year = resolveYear(a, month, m[2]);
      return plausibleYear(year, a) ? period(ym(year, month), ym(year, month)) : null;
    },
  },
  // "(March 21-October 22)", "from Jan. 1 to Sept. 30": days of different months span those months.
  {
    gate: CROSS_MONTH_GATE,
    pattern: new RegExp(`\\b(?:[Ff]rom\\s+|[Bb]etween\\s+)?${MONTH}\\s+${DAY_NUMBER}\\s*(?:-|–|to|through|and)\\s*${MONTH}\\s+${DAY_NUMBER}(?![\\d.,]?\\d)(?:,?\\s+(\\d{4}))?`, 'g'),
    build: (m, a) => {
      const from = MONTHS[m[1].toLowerCase()];
      const to = MONTHS[m[2].toLowerCase()];
      if (!from || !to || from === to) return null;
      const year = resolveYear(a, to, m[3]);
      return plausibleYear(year, a) ? period(ym(from > to ? year - 1 : year, from), ym(year, to)) : null;
    },
  },
  // "between 1 April and 7 November" (the day written first), "from April 1, when the pass reopened for the season, to
  // Nov. 15" (an aside on the first day between the two ends): days of different months span those months.
  // ("between 1 April and 7 November of the 2026-2027 financial year": the fiscal year only says which year the days are in.)
  {
    gate: MONTH_GATE,
    after: ['#', 'from'],
    pattern: new RegExp(`\\b(?:[Ff]rom\\s+|[Bb]etween\\s+)?${DAY_NUMBER}\\s+${MONTH}\\s*(?:-|–|to|through|until|and)\\s*${DAY_NUMBER}\\s+${MONTH}(?![\\w.]?\\d)(?:,?\\s+(\\d{4})|\\s+of\\s+(?:the\\s+)?(?:19|20)\\d{2}\\s*[-–/]\\s*(?:\\d{2}|\\d{4})\\s+(?:fiscal|financial)\\s+year\\b)?|\\b[Ff]rom\\s+${MONTH}\\s+${DAY_NUMBER},\\s+(?:when|after|as|once)\\s[^,.;()\\d]{1,80},\\s+(?:to|through|until|till)\\s+${MONTH}\\s+${DAY_NUMBER}(?![\\d.,]?\\d)(?:,?\\s+(\\d{4}))?`, 'g'),
    build: (m, a) => {
      const [first, last, written] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
      const from = MONTHS[first.toLowerCase()];
      const to = MONTHS[last.toLowerCase()];
      if (!from || !to || from === to) return null;
      const year = resolveYear(a, to, written);
      return plausibleYear(year, a) ? period(ym(from > to ? year - 1 : year, from), ym(year, to)) : null;
    },
  },
  // "Khunjerab Port, which reopened on April 1 and closed for the winter on Nov 30, handled ... over the season", "which
  // opened for the season on April 1 and closed on November 30": a seasonal crossing's open months are the span of its figures.
  {
    gate: MONTH_GATE,
    needs: ['opened'],
    pattern: new RegExp(`\\b(?:re)?opened\\s+(?:for\\s+the\\s+(?:season|year)\\s+)?on\\s+${MONTH}\\s+${DAY_NUMBER}(?:,?\\s+(\\d{4}))?,?\\s+and\\s+(?:was\\s+)?closed\\s+(?:for\\s+the\\s+(?:winter|season|year)\\s+)?on\\s+${MONTH}\\s+${DAY_NUMBER}(?![\\d.,]?\\d)(?:,?\\s+(\\d{4}))?`, 'g'),
    build: (m, a) => {
      const from = MONTHS[m[1].toLowerCase()];
      const to = MONTHS[m[3].toLowerCase()];
      if (!from || !to || from >= to) return null;
      const year = resolveYear(a, to, m[4] ?? m[2]);
      return plausibleYear(year, a) ? period(ym(year, from), ym(year, to)) : null;
    },
  },
  // A span opened on a day and closed at a later month's end or on one of its days, the first day perhaps dated by the
  // event that opened it: "between its reopening on April 1 and the end of November", "from 3 April to end-November",
  // "from the resumption of traffic on April 3 until late November". The months between are the span; a year, when
  // written, follows the closing month. (A start written with its own year is a total since a launch: stocks.ts.)
  // A span that crosses the new year, "from 1 April to the end of January" (a fiscal year read to a cut-off), starts in the
  // year before the closing month's.
  {
    gate: MONTH_GATE,
    needs: ['from', 'between'],
    pattern: new RegExp(`\\b(?:[Ff]rom|[Bb]etween)\\s+(?:(?:the|its|their)\\s+(?:[\\w'’-]+\\s+){0,4}?on\\s+)?(?:${MONTH}\\s+${DAY_NUMBER}|${DAY_NUMBER}\\s+${MONTH})(?!,?\\s+(?:19|20)\\d\\d)\\s*,?\\s+(?:and|to|through|till|until)\\s+(?:the\\s+end\\s+of\\s+|end-|late\\s+|mid-)${MONTH}(?![\\w-])(?:,?\\s+((?:19|20)\\d{2})\\b)?`, 'g'),
    build: (m, a) => {
      const from = MONTHS[(m[1] ?? m[2]).toLowerCase()];
      const to = MONTHS[m[3].toLowerCase()];
      if (!from || !to || from === to) return null;
      const year = resolveYear(a, to, m[4]);
      return plausibleYear(year, a) ? period(ym(from > to ? year - 1 : year, from), ym(year, to)) : null;
    },
  },
  // "between January and Nov 25", "from January to October 28": a span from the start of one month to a day of a later
  // month spans those months (the day is an "as of" day).
  {
    gate: MONTH_GATE,
    needs: ['from', 'between'],
    pattern: new RegExp(`\\b(?:[Ff]rom|[Bb]etween)\\s+${MONTH}\\s+(?:to|through|till|until|and)\\s+${MONTH}\\s+${DAY_NUMBER}(?![\\d.,]?\\d)(?:,?\\s+(\\d{4}))?`, 'g'),
    build: (m, a) => {
      const from = MONTHS[m[1].toLowerCase()];
      const to = MONTHS[m[2].toLowerCase()];
      if (!from || !to || from >= to) return null;
      const year = resolveYear(a, to, m[3]);
      return plausibleYear(year, a) ? period(ym(year, from), ym(year, to)) : null;
    },
  },
  // "the first 20 days of October", "the first ten days of September this year".
  {
    gate: DAYS_OF_GATE,
    pattern: new RegExp(`\\b(?:the\\s+)?(?:first|last|initial|final)\\s+${DAYS_WORD}\\s+days\\s+of\\s+${MONTH}${YEAR}`, 'gi'),
    build: (m, a) => {
      const month = MONTHS[m[1].toLowerCase()];
      const year = resolveYear(a, month, m[2], m[3]);
      return plausibleYear(year, a) ? period(ym(year, month), ym(year, month)) : null;
    },
  },
  // "the first 20 days of the month", "the first ten days of this month" (Korea's customs, published the day
  // after): the month of publication.
  {
    gate: DAYS_OF_GATE,
    pattern: new RegExp(`\\b(?:the\\s+)?(?:first|initial)\\s+${DAYS_WORD}\\s+days\\s+of\\s+(?:the|this)\\s+month\\b`, 'gi'),
    build: (_m, a) => period(ym(a.year, a.month), ym(a.year, a.month)),
  },
  // "the first half of October", "the second half of September": half a month is that month.
  {
    gate: HALF_OF_MONTH_GATE,
    pattern: new RegExp(`\\b(?:the\\s+)?(?:first|second|latter|last)\\s+half\\s+of\\s+${MONTH}${YEAR}`, 'gi'),
    build: (m, a) => {
      const month = MONTHS[m[1].toLowerCase()];
      const year = resolveYear(a, month, m[2], m[3]);
      return plausibleYear(year, a) ? period(ym(year, month), ym(year, month)) : null;
    },
  },
  // "in the current fiscal year, which began on 1 April 2023, up to the end of January": see FISCAL_YEAR_TO_CUTOFF.
  { gate: FISCAL_YEAR_GATE, pattern: FISCAL_YEAR_TO_CUTOFF, build: fiscalYearToCutoff },
  // "as of 21 November in the current financial year 2026-2027", "by Oct. 25 of this fiscal year": the
  // fiscal year's first month to the cut-off month (a country with no fiscal calendar listed: open).
  {
    gate: FISCAL_YEAR_GATE,
    pattern: new RegExp(`\\b(?:[Aa]s of|[Aa]s at|[Bb]y|[Uu]p to|[Uu]ntil|[Tt]hrough)\\s+(?:${MONTH}\\s+${DAY_NUMBER}|${DAY_NUMBER}\\s+${MONTH}|(?:the\\s+)?end(?:\\s+of\\s+|-)${MONTH}|mid-?\\s*${MONTH})(?![\\d.,]?\\d)(?:,?\\s+(?:19|20)\\d{2})?\\s+(?:in|of|during|into)\\s+(?:the\\s+)?(?:current|this)\\s+(?:fiscal|financial)\\s+year(?:\\s+((?:19|20)\\d{2})\\s*[-–/]\\s*(?:\\d{2}|\\d{4}))?\\b`, 'g'),
    build: (m, a) => {
      const fiscal = a.country ? FISCAL_YEARS[a.country] : undefined;
      const month = MONTHS[(m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase()];
      if (!fiscal || !month) return unresolved;
      const startYear = m[5] ? Number(m[5]) : (a.month >= fiscal.start ? a.year : a.year - 1);
      const endYear = month >= fiscal.start ? startYear : startYear + 1;
      return plausibleYear(endYear, a) ? { ...period(ym(startYear, fiscal.start), ym(endYear, month)), cutoff: true } : null;
    },
  },
  // "by March 14", "as of July 30", "up to Oct. 25, 2024": January to that month, or a running total's end.
  {
    gate: CUTOFF_GATE,
    after: ['of', 'at', 'by', 'to', 'until', 'through'],
    pattern: new RegExp(`\\b(?:[Aa]s of|[Aa]s at|[Bb]y|[Uu]p to|[Uu]ntil|[Tt]hrough)\\s+${MONTH}\\s+${DAY_NUMBER}(?![\\d.,]?\\d)(?:,?\\s+(\\d{4}))?`, 'g'),
    build: (m, a) => {
      const month = MONTHS[m[1].toLowerCase()];
      const year = resolveYear(a, month, m[2]);
      return plausibleYear(year, a) ? { ...period(ym(year, 1), ym(year, month)), cutoff: true } : null;
    },
  },
  // "as of Wednesday", "by Sunday" (wire stories): the last such weekday on or before the publication day.
  {
    gate: CUTOFF_GATE,
    needs: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    pattern: /\b(?:[Aa]s of|[Aa]s at|[Bb]y|[Uu]p to|[Uu]ntil|[Tt]hrough)\s+(?:last\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    build: (m, a) => {
      const day = weekdayOnOrBefore(a, WEEKDAYS.indexOf(m[1]));
      return day ? { ...period(ym(day.year, 1), ym(day.year, day.month)), cutoff: true } : null;
    },
  },
  // "by mid-October", "as of mid-March 2026": a cut-off in the middle of a month, like "by October 15".
  {
    gate: MID_MONTH_GATE,
    pattern: new RegExp(`\\b(?:[Aa]s of|[Aa]s at|[Bb]y|[Uu]p to|[Uu]ntil|[Tt]hrough)\\s+mid-?\\s*${MONTH}(?:,?\\s+(\\d{4}))?`, 'g'),
    build: (m, a) => {
      const month = MONTHS[m[1].toLowerCase()];
      const year = resolveYear(a, month, m[2]);
      return plausibleYear(year, a) ? { ...period(ym(year, 1), ym(year, month)), cutoff: true } : null;
    },
  },
  // "(mid-July to mid-November)", "mid-October to mid-November 2026": Nepali months and fiscal years
  // run from the middle of one calendar month to the middle of another; the span covers the calendar
  // months it touches, as a cut-off inside a month rounds to that month.
  {
    gate: MID_MONTH_GATE,
    pattern: new RegExp(`\\b(?:[Ff]rom\\s+|[Bb]etween\\s+)?mid-?\\s*${MONTH}(?:\\s+(\\d{4}))?\\s*(?:-|–|to|through|till|until|and)\\s*mid-?\\s*${MONTH}(?:,?\\s+(\\d{4}))?`, 'g'),
    build: (m, a) => {
      const from = MONTHS[m[1].toLowerCase()];
      const to = MONTHS[m[3].toLowerCase()];
      const year = resolveYear(a, to, m[4]);
      const startYear = m[2] ? Number(m[2]) : from >= to ? year - 1 : year;
      return plausibleYear(year, a) ? period(ym(startYear, from), ym(year, to)) : null;
    },
  },
  // "from the beginning of the year to November 15", "since the start of this year through mid-October":
  // the year to date, January to the cut-off month, not the twelve months "the year to November" would be. So is "this
  // year" cut off at a month, as speakers say it ("this year to the end of October we imported ...", "so far this year up
  // to September", "this year until the end of May").
  {
    gate: YEAR_START_GATE,
    pattern: new RegExp(`\\b(?:(?:[Ff]rom|[Ss]ince)\\s+the\\s+(?:beginning|start)\\s+of\\s+(?:the|this|the\\s+current)\\s+year|[Tt]his\\s+year)\\s+(?:to|until|till|through|up\\s+to)\\s+(?:(?:the\\s+)?end(?:\\s+of\\s+|-)|mid-?\\s*)?${MONTH}(?:\\s+${DAY_NUMBER}(?![\\d.,]?\\d))?(?:,?\\s+(\\d{4}))?`, 'g'),
    build: (m, a) => {
      const month = MONTHS[m[1].toLowerCase()];
      const year = resolveYear(a, month, m[2]);
      return plausibleYear(year, a) ? { ...period(ym(year, 1), ym(year, month)), yearToDate: true } : null;
    },
  },
  // "Cumulative to October 2026", "accumulated through September" (Latin American central banks' "acumulado a
  // octubre" put into English): the year to date, January to that month.
  {
    gate: CUMULATIVE_TO_GATE,
    pattern: new RegExp(`\\b(?:[Cc]umulative(?:ly)?|[Aa]ccumulated)\\s+(?:to|through|until|up\\s+to|as\\s+of)\\s+(?:the\\s+end\\s+of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?`, 'g'),
    build: (m, a) => {
      const month = MONTHS[m[1].toLowerCase()];
      const year = resolveYear(a, month, m[2]);
      return plausibleYear(year, a) ? { ...period(ym(year, 1), ym(year, month)), yearToDate: true } : null;
    },
  },
  // "Containers handled through September totalled ...", "cargo moved up to August", "trains dispatched until the end of May",
  // "exports till October": a cut-off month (no day) right after a word of the figure's subject, not after a span ("the year
  // through", "the six months to", "the four-month count through June", "five months in a row through October") nor a first
  // month ("from March through September"): the year to date, January to that month.
  {
    gate: CUTOFF_GATE,
    after: ['to', 'until', 'till', 'through', 'of'],
    pattern: new RegExp(`(?:(?<=\\b[a-z][a-z-]*\\s)(?<!\\b(?:years?|quarters?|months?|periods?|weeks?|days|fiscal|financial|from|between|start|beginning|valid|extended|runs?|running|lasts?|lasting|open|count|tally|row|streak|stretch)\\s)(?<!\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]months?\\b[^.;]{0,30})|${CLAUSE_OPENING})(?:[Tt]hrough|[Uu]p\\s+to|[Uu]ntil|[Tt]ill)\\s+(?:the\\s+end\\s+of\\s+)?${MONTH}(?![\\w.]?\\s*\\d{1,2}(?!\\d))(?:,?\\s+(\\d{4}))?`, 'g'),
    build: (m, a) => {
      const month = MONTHS[m[1].toLowerCase()];
      const year = resolveYear(a, month, m[2]);
      return plausibleYear(year, a) ? { ...period(ym(year, 1), ym(year, month)), yearToDate: true } : null;
    },
  },
  // "the six months to June 2024", "the three months ended March", "the year to September" (twelve
  // months, as Stats NZ and the ONS write it; Pacific offices and headlines drop the article: "Annual (year ended September
  // 2026)", "exports up 6.3% in year to September").
  // "The year through September" is the American wire's
  // year to date: January to that month ("For the year through September, China brought in ...").
  // "In the last twelve months up to February", "the past 12 months until March": a span counted back from a named month,
  // written with "last" or "past" and "up to" (Latin American agencies in English), is the same span.
  // "the seven months to October 22" (an Iranian or Nepali year counted from a day inside a month): a span ending
  // before the last days of its month began inside the month N before it, and touches one calendar month more.
  {
    gate: SPAN_TO_GATE,
    pattern: new RegExp(`(?:\\b(?:the\\s+)?(?:(?:last|past|latest|preceding)\\s+)?${COUNT}[- ]months?|\\b(?:the\\s+|(?=(?:year|quarter)\\s+end(?:ed|ing)\\s)|(?<=\\b(?:[Ii]n|[Ff]or|[Oo]ver|[Dd]uring)\\s)(?=(?:year|quarter)\\s+to\\s))(year|quarter))\\s+(to|ending|ended|through|up\\s+to|until)\\s+(?:the\\s+end\\s+of\\s+)?${MONTH}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]?\\d))?(?:,?\\s+(\\d{4}))?`, 'gi'),
    build: (m, a) => {
      if (restatesFiscalYear(m)) return null;
      const yearThrough = m[2]?.toLowerCase() === 'year' && m[3].toLowerCase() === 'through';
      const month = MONTHS[m[4].toLowerCase()];
      const n = yearThrough ? month : m[2] ? (m[2].toLowerCase() === 'year' ? 12 : 3) : countValue(m[1]);
      if (n < 1 || n > 12 || !month) return null;
      const year = m[6] ? Number(m[6]) : lastMonthOnOrBefore(a, month);
      if (!plausibleYear(year, a)) return null;
      const insideMonth = !yearThrough && m[5] !== undefined && Number(m[5]) < LAST_DAYS_OF_MONTH;
      const startIndex = year * 12 + month - n - (insideMonth ? 1 : 0);
      return period(ym(Math.floor(startIndex / 12), (startIndex % 12) + 1), ym(year, month));
    },
  },
  // "the four quarters to the end of Q2 2026", "the four quarters ending 2025 Q3", "the year to Q1 2026", "the 12 months to the
  // end of Q4 2025": a span counted back from the end of a quarter written as a code (the ONS's and DBT's rolling year when
  // four quarters), not that quarter alone: "the four quarters to the end of Q2 2026" is July 2025 to June 2026.
  {
    gate: QUARTER_CODE_GATE,
    needs: ['quarters', 'months', 'year'],
    pattern: new RegExp(String.raw`\b(?:the\s+)?(?:(?:last|past|latest|preceding)\s+)?(?:${COUNT}[- ](quarters|months)|(year))\s+(?:to|ending|ended|through|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:Q([1-4])(?:\s*,?\s*(?:of\s+)?(\d{4}))?|(\d{4})\s*Q([1-4]))\b`, 'gi'),
    build: (m, a) => {
      const n = m[3] ? 12 : m[2].toLowerCase() === 'quarters' ? 3 * countValue(m[1]) : countValue(m[1]);
      const endMonth = 3 * Number(m[4] ?? m[7]);
      if (n < 2 || n > 12) return null;
      const year = resolveYear(a, endMonth, m[5] ?? m[6]);
      if (!plausibleYear(year, a)) return null;
      const startIndex = year * 12 + endMonth - n;
      return period(ym(Math.floor(startIndex / 12), (startIndex % 12) + 1), ym(year, endMonth));
    },
  },
  // "up 8.9 percent from the June 2022 year", "compared with the March 2025 quarter": Stats NZ's (and other offices')
  // short name for the year or quarter ended in that month, the month and year written before the noun ("the May 2025
  // year-on-year rise" is no such name). Speakers and ministers drop the year ("exports in the June year were", "over the
  // March year", "for the year ended June"'s short form): the twelve months to the last such month (a bare "the June
  // quarter" is the quarter rule's). A word of sameness or recency between is the same name ("over the same June year",
  // "in the latest March year", "that June year"; a234). (a241: "this" names it too, and "last", "past", "just-ended" are
  // words of recency: "For this July year, annual goods exports totalled", "in the past March year", "over the just-ended
  // June year".)
  {
    gate: MONTH_NAMED_SPAN_GATE,
    pattern: new RegExp(`\\b(?:the|that|this)\\s+(?:(?:same|latest|last|past|most\\s+recent|just[- ]ended|recently\\s+ended)\\s+)?${MONTH}(?:\\s+(\\d{4}))?\\s+(year|quarter)\\b(?![-–]|\\s+(?:on|over|to)\\s+(?:year|quarter)\\b)`, 'gi'),
    build: (m, a) => {
      const month = MONTHS[m[1].toLowerCase()];
      if (!m[2] && m[3].toLowerCase() !== 'year') return null;
      const year = m[2] ? Number(m[2]) : lastMonthOnOrBefore(a, month);
      if (!month || !plausibleYear(year, a)) return null;
      if (m[3].toLowerCase() === 'year') return twelveMonthsTo(year, month);
      const startIndex = year * 12 + month - 3;
      return period(ym(Math.floor(startIndex / 12), (startIndex % 12) + 1), ym(year, month));
    },
  },
  // "the fiscal year ended March", "fiscal year ending June 2024": twelve months to that month.
  {
    gate: FISCAL_YEAR_GATE,
    pattern: new RegExp(`\\b(?:the\\s+)?(?:fiscal|financial)\\s+year\\s+(?:that\\s+)?(?:ended|ending|to|through)\\s+(?:in\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?`, 'gi'),
    build: (m, a) => {
      const month = MONTHS[m[1].toLowerCase()];
      const year = m[2] ? Number(m[2]) : lastMonthOnOrBefore(a, month);
      return plausibleYear(year, a) ? twelveMonthsTo(year, month) : null;
    },
  },
  // "July-October of FY2026-27", "April-September fiscal 2026": months of the reporting country's fiscal
  // year (left to the calendar range rule when the country has no fiscal calendar listed).
  {
    gate: FISCAL_GATE,
    pattern: new RegExp(`\\b${MONTH}\\s*(?:-|–|to|through)\\s*${MONTH}\\s+(?:of\\s+)?(?:the\\s+)?(?:(?:fiscal|financial)\\s+(?:year\\s+)?|FY\\s?)((?:19|20)\\d{2}|(?<=FY\\s?)\\d{2})(?:\\s*[-–/]\\s*(\\d{2}|\\d{4}))?\\b`, 'g'),
    build: (m, a) => {
      const fiscal = a.country ? FISCAL_YEARS[a.country] : undefined;
      const from = MONTHS[m[1].toLowerCase()];
      const to = MONTHS[m[2].toLowerCase()];
      if (!fiscal || !from || !to) return null;
      // "July-October FY27": fiscal 2027.
      const first = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      const startYear = m[4] ? first : startYearOfNamed(fiscal, a, first);
      return monthsOfFiscalYear(a, fiscal.start, from, to, startYear);
    },
  },
  // "July-April of the previous fiscal year", "the July-March period of last fiscal year", "October-December of the current
  // financial year", "July-April of this fiscal year": months of the reporting country's fiscal year named by where it stands
  // from the publication's (this one, or the one before).
  {
    gate: FISCAL_YEAR_GATE,
    pattern: new RegExp(`\\b${MONTH}\\s*(?:-|–|to|through)\\s*${MONTH}\\s+(?:(?:quarter|half|months?|period)\\s+)?(?:of|in)\\s+(?:the\\s+)?(?:(previous|last|preceding|prior)|current|this|present|ongoing)\\s+(?:fiscal|financial)\\s+year\\b`, 'gi'),
    build: (m, a) => {
      const fiscal = a.country ? FISCAL_YEARS[a.country] : undefined;
      const from = MONTHS[m[1].toLowerCase()];
      const to = MONTHS[m[2].toLowerCase()];
      if (!fiscal || !from || !to) return fiscal ? null : unresolved;
      const current = a.month >= fiscal.start ? a.year : a.year - 1;
      return monthsOfFiscalYear(a, fiscal.start, from, to, m[3] ? current - 1 : current);
    },
  },
  // "during July-January 2024-25" (Pakistan's statistics bureau and press): months followed by a two-year label, with no
  // word of a fiscal year, are months of the fiscal year that starts in the first year; with no fiscal calendar listed, a
  // span that wraps the year end ("July-January") still runs from the first year into the second.
  {
    gate: DAY_RANGE_GATE,
    needs: MONTH_ABBREVIATIONS,
    pattern: new RegExp(`\\b${MONTH}\\s*(?:-|–|to|through)\\s*${MONTH},?\\s+((?:19|20)\\d{2})\\s?[-–/]\\s?(\\d{2}|(?:19|20)\\d{2})(?![\\w/.,–-]?\\d)`, 'g'),
    build: (m, a) => {
      const from = MONTHS[m[1].toLowerCase()];
      const to = MONTHS[m[2].toLowerCase()];
      const first = Number(m[3]);
      if (!from || !to || Number(m[4]) % 100 !== (first + 1) % 100) return null;
      const fiscal = twoYearCalendar(a);
      if (fiscal) return monthsOfFiscalYear(a, fiscal.start, from, to, first);
      return from > to && plausibleYear(first + 1, a) ? period(ym(first, from), ym(first + 1, to)) : null;
    },
  },
  // "the July–September quarter of the 2026-27 fiscal year": months of a fiscal year written with its two
  // years before "fiscal year" (it starts in the first of them).
  {
    gate: FISCAL_GATE,
    pattern: new RegExp(`\\b${MONTH}\\s*(?:-|–|to|through)\\s*${MONTH}\\s+(?:(?:quarter|half|months?|period)\\s+)?of\\s+(?:the\\s+)?((?:19|20)\\d{2})\\s*[-–/]\\s*(?:\\d{2}|\\d{4})\\s+(?:[A-Z][a-z]+\\s+)?(?:fiscal|financial)\\s+year\\b`, 'g'),
    build: (m, a) => {
      const fiscal = a.country ? FISCAL_YEARS[a.country] : undefined;
      const from = MONTHS[m[1].toLowerCase()];
      const to = MONTHS[m[2].toLowerCase()];
      return fiscal && from && to ? monthsOfFiscalYear(a, fiscal.start, from, to, Number(m[3])) : null;
    },
  },
  // "the April-June quarter of 2025-26", "the July to December half of 2024/25", "the April-September period of 2024-25":
  // months naming a part of a year written by its two years (no "fiscal year" after it) are months of the fiscal year
  // so named, where the reporting country names its fiscal years by two years (TWO_YEAR_FISCAL); else no period.
  {
    gate: TWO_YEAR_GATE,
    needs: MONTH_ABBREVIATIONS,
    pattern: new RegExp(`\\b${MONTH}\\s*(?:-|–|to|through)\\s*${MONTH}\\s+(?:quarter|half|months|period)\\s+of\\s+(?:the\\s+)?((?:19|20)\\d{2})\\s?[-–/]\\s?(\\d{2})(?![\\w/.,–-]?\\d)(?!\\s+(?:marketing|crop|harvest|season|oil|sugar|cotton|grain|school|academic|campaign|MY|fiscal|financial)\\b)`, 'g'),
    build: (m, a) => {
      const fiscal = twoYearCalendar(a);
      const [from, to, first] = [MONTHS[m[1].toLowerCase()], MONTHS[m[2].toLowerCase()], Number(m[3])];
      return fiscal && from && to && Number(m[4]) === (first + 1) % 100 ? monthsOfFiscalYear(a, fiscal.start, from, to, first) : null;
    },
  },
  // "the April-September half of fiscal 2025", "the October-December quarter of fiscal 2024", "the July-September period of
  // FY2026": months named as a part of a fiscal year given by one number (the months, in the reporting country's fiscal
  // calendar, fix the span; without a calendar the rules below read the year).
  {
    gate: FISCAL_GATE,
    pattern: new RegExp(`\\b${MONTH}\\s*[-–]\\s*${MONTH}\\s+(?:half|quarter|period|months)\\s+of\\s+(?:(?:the\\s+)?(?:fiscal|financial)\\s+(?:year\\s+)?((?:19|20)\\d{2})|FY\\s?((?:19|20)\\d{2}|\\d{2}))(?![\\d/–-])`, 'gi'),
    build: (m, a) => {
      const fiscal = a.country ? FISCAL_YEARS[a.country] : undefined;
      const from = MONTHS[m[1].toLowerCase()];
      const to = MONTHS[m[2].toLowerCase()];
      const written = m[3] ?? m[4];
      if (!fiscal || !from || !to) return null;
      const named = written.length === 2 ? 2000 + Number(written) : Number(written);
      return monthsOfFiscalYear(a, fiscal.start, from, to, startYearOfNamed(fiscal, a, named));
    },
  },
  // "the first four months of the current fiscal year", "the April-September first half of fiscal 2026",
  // "the second half of FY2026", "the first five months of FY27": part of the reporting country's fiscal year (the months named before
  // "first half" restate it).
  {
    gate: FISCAL_GATE,
    // "the first four months (July-October) of fiscal year 2026-27": the bracketed months restate the span,
    // and a two-year label names the year the fiscal year starts in.
    pattern: new RegExp(`\\b(?:the\\s+)?(?:${MONTH}\\s*[-–]\\s*${MONTH}\\s+)?(first|second)\\s+(?:${COUNT}\\s+months|(half|quarter))\\s+(?:\\(\\s*${MONTH_SPAN}\\s*\\)\\s+)?of\\s+(?:the\\s+)?(?:(?:current|this|new)\\s+(?:(?:fiscal|financial)\\s+year(?:\\s*\\(\\s*(?:19|20)\\d{2}\\s*[-–/]\\s*(?:\\d{2}|\\d{4})(?=\\s*\\)))?|${FISCAL_NOUN})|(?:fiscal|financial)\\s+(?:year\\s+)?((?:19|20)\\d{2})|FY\\s?((?:19|20)\\d{2}|(?<=FY\\s?)\\d{2})|${FISCAL_OWNER}(?:fiscal|financial)\\s+year(?!\\s*(?:\\d|ended|ending|to\\b|through|FY)))\\b(?:\\s*[-–/]\\s*(\\d{2}|\\d{4})\\b)?(?:,?\\s+(?:through|to|ending|ended)\\s+${MONTH}(?![\\w-]))?`, 'gi'),
    // "the first seven months of fiscal 2026 through October": the month after it only restates where the span ends.
    build: (m, a) => fiscalSpan(fiscalOwner(a, m[8]), m[3], m[4], m[5], m[6] ?? m[7], m[9] !== undefined),
  },
  // "the first quarter of the 2026/27 fiscal year", "the third quarter of the 2026-27 Ethiopian fiscal year":
  // a part of the reporting country's fiscal year written with its two years before "fiscal year" (months in
  // brackets after the part, "the first four months (July-October) of the 2026-27 fiscal year", restate it).
  {
    gate: FISCAL_GATE,
    pattern: new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth)\\s+(?:${COUNT}\\s+months|(half|quarter))\\s+(?:\\(\\s*${MONTH_SPAN}\\s*\\)\\s+)?of\\s+(?:the\\s+)?((?:19|20)\\d{2})\\s*[-–/]\\s*(?:\\d{2}|\\d{4})\\s+(?:[A-Z][a-z]+\\s+)?(?:fiscal|financial)\\s+year\\b`, 'gi'),
    build: (m, a) => fiscalSpan(a, m[1], m[2], m[3], m[4], true),
  },
  // "H1FY27", "H1 FY2026-27", "Q2FY27": a half or quarter of the reporting country's fiscal year (India's
  // FY27 runs April 2026 - March 2027). "5MFY27", "10M FY26" (Pakistan's press): its first five or ten months.
  {
    gate: FISCAL_GATE,
    pattern: /\b(?:([HQ])([1-4])|(1[0-2]|[1-9])M)\s?FY\s?((?:19|20)?\d{2})(?:\s*[-–/]\s*(\d{2}))?\b/g,
    build: (m, a) => {
      const fiscal = a.country ? FISCAL_YEARS[a.country] : undefined;
      const size = m[3] ? Number(m[3]) : m[1] === 'H' ? 6 : 3;
      const index = m[3] ? 0 : Number(m[2]) - 1;
      if (!fiscal || index * size >= 12) return fiscal ? null : unresolved;
      const written = m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
      // "FY2026-27" names both years; a single year names the start or the end as the country does.
      const startYear = m[5] ? written : startYearOfNamed(fiscal, a, written);
      const from = startYear * 12 + fiscal.start - 1 + index * size;
      const to = from + size - 1;
      if (!plausibleYear(Math.floor(to / 12), a)) return null;
      return period(ym(Math.floor(from / 12), (from % 12) + 1), ym(Math.floor(to / 12), (to % 12) + 1));
    },
  },
  // "Q1:2025-26", "Q2 2025-26", "H1 of 2024/25", "Q3, 2026-27" (the Reserve Bank of India's and other central banks' labels): a
  // quarter or half code before two consecutive years is a part of the fiscal year so named, where the reporting country names
  // its fiscal years by two years (TWO_YEAR_FISCAL); elsewhere it is left to the calendar rules.
  {
    gate: /[HQ][1-4]/,
    pattern: /\b([HQ])([1-4])\s?(?::\s?|,\s?|\s(?:of\s+)?)((?:19|20)\d{2})\s?[-–/]\s?(\d{2})(?![\d/–-])/g,
    build: (m, a) => {
      const fiscal = twoYearCalendar(a);
      const size = m[1] === 'H' ? 6 : 3;
      const index = Number(m[2]) - 1;
      const first = Number(m[3]);
      if (!fiscal || index * size >= 12 || Number(m[4]) !== (first + 1) % 100) return null;
      const from = first * 12 + fiscal.start - 1 + index * size;
      const to = from + size - 1;
      if (!plausibleYear(Math.floor(to / 12), a)) return null;
      return period(ym(Math.floor(from / 12), (from % 12) + 1), ym(Math.floor(to / 12), (to % 12) + 1));
    },
  },
  // "the Iranian year 1404", "the previous Iranian calendar year 1404": a year of the Solar Hijri calendar, which starts on
  // 1 Farvardin (20 or 21 March) of the Gregorian year 621 years after its number, labelled by the months it touches as the
  // Iranian year's parts are (March 2025 to March 2026); a year still running names no span by itself.
  {
    gate: IRANIAN_YEAR_GATE,
    pattern: /\b(?:the\s+)?(?:(?:current|previous|last|past|preceding)\s+)?(?:Iranian|Persian|[Ss]olar(?:\s+Hijri)?)\s+(?:calendar\s+)?year\s+\(?(1[34]\d{2})\b\)?/g,
    build: (m, a) => {
      const start = Number(m[1]) + SOLAR_HIJRI_BEHIND;
      if (start > a.year || start < a.year - 30 || (start + 1) * 12 + 3 > a.year * 12 + a.month) return null;
      return period(ym(start, 3), ym(start + 1, 3));
    },
  },
  // "FY 2082/83", "fiscal year 2083/84": a fiscal year named in Nepal's Bikram Sambat calendar (see bikramFiscalYear).
  {
    gate: FISCAL_GATE,
    pattern: /\b(?:(?:fiscal|financial)\s+year\s+|FY\s?)(20[5-9]\d)\s*[-–/]\s*(\d{2})\b/gi,
    build: (m, a) => bikramFiscalYear(Number(m[1]), Number(m[2]), a),
  },
  // "In the previous fiscal year, 2025-26, ...", "last financial year": the reporting country's fiscal year
  // before the one the publication falls in (the two years written after it name it). A possessive names whose year it
  // is: "in India's last fiscal year", and "their last financial year", "its previous fiscal year" point back to the
  // country the sentence names so ("Australia's goods exports to China were more than A$190 billion in their last
  // financial year" in New Zealand's speech is Australia's July-June year: previousFiscalOwner).
  {
    gate: FISCAL_YEAR_GATE,
    pattern: /\b(?:the\s+|(its|their|the\s+country['’]s|(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,2}['’]s)\s+)?(?:previous|last|preceding|prior)\s+(?:fiscal|financial)\s+year(?:,?\s+\(?((?:19|20)\d{2})\s*[-–/]\s*(?:\d{2}|\d{4})\b\)?)?/gi,
    build: (m, anchor) => {
      const a = fiscalOwner(anchor, previousFiscalOwner(m));
      const fiscal = a.country ? FISCAL_YEARS[a.country] : undefined;
      if (!fiscal) return unresolved;
      const startYear = m[2] ? Number(m[2]) : (a.month >= fiscal.start ? a.year : a.year - 1) - 1;
      return monthsOfFiscalYear(a, fiscal.start, fiscal.start, fiscal.start === 1 ? 12 : fiscal.start - 1, startYear);
    },
  },
  // "fiscal 2023", "fiscal year 2023", "FY2023", "FY 2023-24", "FY26", "the 2025-2026 FY": the reporting
  // country's fiscal calendar ("FY26" is fiscal 2026). "fiscal 2026, which ended in September": the clause
  // restates where the year ends (it is no month of its own), and dates it when no calendar is listed.
  {
    gate: FISCAL_GATE,
    pattern: new RegExp(`\\b(?:(?:(?:fiscal|financial)\\s+(?:year\\s+)?|FY\\s?)((?:19|20)\\d{2})(?:\\s*[-–/]\\s*(\\d{2}|\\d{4}))?|FY\\s?(\\d{2})|((?:19|20)\\d{2})\\s*[-–/]\\s*((?:19|20)?\\d{2})\\s+(?:FY|fiscal\\s+year|financial\\s+year))\\b${FISCAL_YEAR_ENDED}`, 'gi'),
    build: (m, a) => {
      const fiscal = a.country ? FISCAL_YEARS[a.country] : undefined;
      // "fiscal 2024 through March" with no calendar listed: whether the year ends or is still running is not known.
      if (!fiscal) return m[7] && !m[6] ? fiscalYearEndedIn(m, a) : unresolved;
      // "between 1 April and 21 November of the 2026-2027 financial year": the label places the months before it
      // (read by the span rules); it is no period of its own, to be carried on.
      if (m[4] && MONTH_BEFORE_LABEL.test(m.input.slice(Math.max(0, m.index - 16), m.index))) return null;
      const first = m[3] ? 2000 + Number(m[3]) : Number(m[1] ?? m[4]);
      // "FY 2023-24", "the 2025-2026 FY" name both years: it ends in the second.
      const endYear = m[2] || m[5] ? first + 1 : namesStart(fiscal, a) ? first + 1 : first;
      const end = fiscal.start === 1 ? 12 : fiscal.start - 1;
      const y = fiscal.start === 1 ? endYear - 1 : endYear;
      if (m[6]) return monthsOfFiscalYear(a, fiscal.start, fiscal.start, MONTHS[m[7].toLowerCase()], fiscal.start === 1 ? y : y - 1);
      return plausibleYear(y, a) ? twelveMonthsTo(y, end) : null;
    },
  },
  // "the first quarter of 2026/27", "the first half of 2026-27" (no "fiscal year" after it): a part of the reporting
  // country's fiscal year where it names its fiscal years by two years; a calendar part otherwise (the rules below).
  // Its months may stand in a bracket before "of" ("the first quarter (April-June) of 2025-26", "the second half (Jan. to
  // June) of 2024/25"): the part is read by its count, the bracket only spells it out.
  {
    gate: TWO_YEAR_GATE,
    needs: ['first', 'second', 'third', 'fourth'],
    pattern: new RegExp(String.raw`\b(?:the\s+)?(first|second|third|fourth)\s+(?:(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months|(half|quarter))${MONTHS_BRACKET}\s+of\s+(?:the\s+)?((?:19|20)\d{2})\s?[-–/]\s?(\d{2})(?![\w/.,–-]?\d)(?!\s+(?:marketing|crop|harvest|season|oil|sugar|cotton|grain|school|academic|campaign|MY)\b)`, 'gi'),
    build: (m, a) => (twoYearCalendar(a) && Number(m[5]) === (Number(m[4]) + 1) % 100 ? fiscalSpan(a, m[1], m[2], m[3], m[4], true) : null),
  },  // "export earnings fell to $111 billion in 2025–26" (Australia's resources department), "in 2024-25" (India), "from $97.4
  // million in 2024/25" (Rwanda): two consecutive years joined by a dash or a slash are the reporting country's fiscal year
  // where that country names its fiscal years so (see TWO_YEAR_FISCAL); a season's or a marketing year's label is read by
  // its own rule.
  { gate: TWO_YEAR_GATE, pattern: twoYearLabel('[-–]'), build: twoYearFiscalYear },
  { gate: CALENDAR_DATE_GATE, pattern: twoYearLabel('/'), build: twoYearFiscalYear },

  // "since the start of the 2026/2027 marketing year on July 1": a crop or marketing year to date, from the
  // month it started in to the story's month; with no start month named the span is not known.
  {
    gate: CROP_YEAR_GATE,
    pattern: new RegExp(`\\bsince\\s+the\\s+(?:beginning|start)\\s+of\\s+the\\s+((?:19|20)\\d{2})\\s*[-–/]\\s*(?:\\d{2}|\\d{4})\\s+(?:[\\w-]+\\s+){0,2}?(?:marketing\\s+year|season|(?:crop|harvest|agricultural|grain|commercial|coffee|sugar|cocoa)\\s+year)(?:,?\\s+(?:on|in)\\s+${MONTH}(?:\\s+\\d{1,2}(?![\\d,]))?|\\s+\\(\\s*${MONTH}\\s*(?:\\d{1,2}\\s*)?\\))?`, 'gi'),
    build: (m, a) => seasonToDate(a, Number(m[1]), m[2] ?? m[3], a.month),
  },
  // "In the 2025/26 crop year that began in September, imports have totalled ...": the season from the month it
  // began in to the last full month before the story (as "since the beginning of the year"); with no years
  // written, the season that began most recently.
  {
    gate: CROP_YEAR_GATE,
    pattern: new RegExp(`\\b(?:the\\s+)?(?:((?:19|20)\\d{2})\\s*[-–/]\\s*(?:\\d{2}|\\d{4})\\s+)?(?:[\\w-]+\\s+){0,2}?(?:marketing\\s+year|season|(?:crop|harvest|agricultural|grain|commercial|coffee|sugar|cocoa)\\s+year),?\\s+(?:that|which)\\s+(?:began|started|opened)\\s+(?:(?:in|on)\\s+)?${MONTH}`, 'gi'),
    build: (m, a) => seasonToDate(a, m[1] ? Number(m[1]) : null, m[2], Math.max(1, a.month - 1)),
  },
  // "the 2025-26 marketing year that ended in September", "the season which ended in June": a whole season, the twelve
  // months to the month it ended in (of its second year when its years are written, else the latest such month).
  {
    gate: CROP_YEAR_GATE,
    pattern: new RegExp(`\\b(?:the\\s+)?(?:((?:19|20)\\d{2})\\s*[-–/]\\s*(\\d{2}|\\d{4})\\s+)?(?:[\\w-]+\\s+){0,2}?(?:marketing\\s+year|season|(?:crop|harvest|agricultural|grain|commercial|coffee|sugar|cocoa)\\s+year),?\\s+(?:that|which)\\s+(?:ended|closed|finished)\\s+(?:(?:in|on)\\s+)?${MONTH}`, 'gi'),
    build: (m, a) => {
      const month = MONTHS[m[3].toLowerCase()];
      const second = m[2] ? (m[2].length === 2 ? Math.floor(Number(m[1]) / 100) * 100 + Number(m[2]) : Number(m[2])) : null;
      if (m[1] && second !== Number(m[1]) + 1) return null;
      const year = second ?? lastMonthOnOrBefore(a, month);
      return month && plausibleYear(year, a) && year * 12 + month <= a.year * 12 + a.month ? twelveMonthsTo(year, month) : null;
    },
  },
];

/** A season to date: from `month` of the year it began (`first`, its first year, or the latest such month) to `endMonth` of the story's year. */
function seasonToDate(a: Anchor, first: number | null, month: string | undefined, endMonth: number): Omit<PeriodMention, 'start' | 'end'> {
  const year = first ?? a.year;
  if (!month || (year !== a.year && year !== a.year - 1)) return unresolved;
  const start = MONTHS[month.toLowerCase()];
  const startYear = year * 12 + start - 1 > a.year * 12 + endMonth - 1 ? year - 1 : year;
  return period(ym(startYear, start), ym(a.year, endMonth));
}

// "the 78th consecutive month of surplus", "its 77th straight monthly surplus", "surpluses in a row".
// A trend told after the figure reaches back the same way: "a proportion that has crept up every year since 2022", "a
// share that has risen steadily since 2020", "which has grown year after year since 2019" (no running total since then).
const RUN_BEFORE_SINCE = /\b(?:consecutive|straight|successive|in\s+a\s+row|(?:every|each)\s+(?:single\s+)?(?:year|month|quarter)|year\s+(?:after|by|on)\s+year|steadily|gradually|continuously|(?:(?:a|the)\s+(?:share|proportion|ratio|percentage)\s+)?(?:that|which)\s+has\s+(?:[\w-]+\s+){0,2}?(?:risen|grown|increased|climbed|crept\s+up|edged\s+up|gone\s+up|fallen|declined|dropped|shrunk|slipped))\b[^.;,]{0,40}$/i;
// "the gap between the two directions had narrowed since last year", "transit times have shortened markedly since 2023",
// "the share of loaded boxes has crept up since 2022": any subject, a perfect tense of a verb of change with no number after it
// tells a trend since then, no running total (a111; "has risen to 9,000 trips since 2013" keeps its number, so is not read so).
const TREND_PERFECT_BEFORE_SINCE = /\b(?:has|have|had)\s+(?:been\s+)?(?:[a-z]+ly\s+)?(?:narrowed|widened|shrunk|shrank|grown|risen|fallen|increased|decreased|declined|improved|eased|shortened|lengthened|doubled|tripled|halved|changed|dropped|climbed|slowed|accelerated|crept\s+up|edged\s+up|gone\s+(?:up|down)|picked\s+up|steadied|stabili[sz]ed|recovered)\b[^.;,\d]{0,30}$/i;
const streakBefore = (m: RegExpExecArray): boolean => {
  const before = m.input.slice(Math.max(0, m.index - 60), m.index);
  return RUN_BEFORE_SINCE.test(before) || TREND_PERFECT_BEFORE_SINCE.test(before);
};
const notAPeriod: Omit<PeriodMention, 'start' | 'end'> = { kind: 'date', periodStart: '', periodEnd: '' };
// "Exports of electric cars, tracked separately since last year, grew 2.3 times": a "since" inside a participle aside set off
// by commas says since when the subject has been counted so; it dates no figure, and the period in force goes on.
const PARTICIPLE_BEFORE_SINCE = /,\s*(?:[a-z]+ed|shown|given|kept|known)\s+(?:[a-z]+\s+){0,2}$/;
// "Cross-border e-commerce, a channel the city has courted since 2020, grew ...", "Trade with Serbia, which has had a free
// trade deal since 2024, rose ...": so does one in an aside that opens as a noun phrase or a relative clause (no number in
// it, closed by its comma); ", and the line has run since 2016, carrying ..." is a clause of its own, not an aside.
const ASIDE_BEFORE_SINCE = /,\s*(?:(?:a|an|the|one)\s+|(?:which|that|who|where)\s+)[^,;.\d]{0,60}$/i;
// "The line, in service since December 2021, carried ...", "Trade with Laos, tied to the province by a cross-border railway since
// 2021, reached ...", "the crossing, open to trucks since 2019, handled ...": an aside that says how long the subject has been in
// a state (a state phrase, or a participle with a longer phrase after it) dates no figure either, when the clause after it goes
// on in the simple past or present; "The line, in operation since 2016, has carried 9,000 trains" is a total since then.
const STATE_BEFORE_SINCE = /,\s*(?:in\s+(?:service|operation|use|business)|open|operating|running|working|active|[a-z]+ed)\s+(?:[a-z'’-]+\s+){0,7}$/i;
const TOTAL_SINCE_AFTER = /^\s*,\s*(?:[a-z]+\s+)?(?:has|have|had)\b|\b(?:in\s+total|so\s+far|to\s+date|in\s+all|a\s+total\s+of|cumulative(?:ly)?|altogether)\b/i;
// "Market procurement, a trade mode piloted in Yiwu since 2013 that lets small merchants export bundled goods, accounted for
// ...": the aside may go on after the year in a relative clause of words only, up to its closing comma.
const ASIDE_GOES_ON_AFTER_SINCE = /^\s+(?:that|which|who|where|when|and|to|for|with|under)\s[^,;.\d]{0,100},/i;
const sinceInParticipleAside = (m: RegExpExecArray): boolean => {
  const before = m.input.slice(Math.max(0, m.index - 70), m.index);
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 160);
  if (!/^\s*,/.test(after)) return ASIDE_GOES_ON_AFTER_SINCE.test(after) && (PARTICIPLE_BEFORE_SINCE.test(before.slice(-40)) || ASIDE_BEFORE_SINCE.test(before));
  return PARTICIPLE_BEFORE_SINCE.test(before.slice(-40)) || ASIDE_BEFORE_SINCE.test(before) || (STATE_BEFORE_SINCE.test(before) && !TOTAL_SINCE_AFTER.test(after));
};

// Gates shared by several rules (each is tested once per sentence): a word or character every match
// of the rule contains, so a sentence without it skips the rule's pattern.
// Month names are matched case-sensitively by the rules gated on them ("market" and "decline" name none).
const MONTHS_GATE = /month/i;
const MONTHS_ABBREVIATED = /\b(?:mths|mos)\b/i;

/** "the first 10 months of 2025": January to the tenth month (other calendars' months unresolved). */
function firstMonths(m: RegExpExecArray, a: Anchor): Omit<PeriodMention, 'start' | 'end'> | null {
  const n = countValue(m[1]);
  if (n < 1 || n > 12) return null;
  if (OTHER_CALENDAR_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 60))) return unresolved;
  const year = resolveYear(a, n, m[2], m[3]);
  return plausibleYear(year, a) ? period(ym(year, 1), ym(year, n)) : null;
}
const QUARTER_GATE = /quarter/i;
const HALF_GATE = /half/i;
const YEAR_GATE = /year/i;
// The body whose economy a review or communique reports on, as an adjective ("the 2025 national economic ...").
const REVIEW_SCOPE = 'national|provincial|regional|municipal|city|county|prefectural|local|district|whole';
const YEARS_OR_DECADES_GATE = /year|decade/i;
// Every match names a season's kind ("marketing year"), "MY", "season" or "campaign" ("year" alone is in most sentences).
export const SEASON_GATE = /(?:oil|marketing|crop|harvest|cotton|sugar|coffee|cocoa|agricultural|grain)\s+year|\bMY\b|season|campaign/i;
const WHOLE_YEAR_GATE = /\d{4}|year/i;
const SINCE_GATE = /since/i;
const YEAR_TO_DATE_GATE = /since|so far|to[- ]date|from the/i;
// "1Q26", "Q3'25", "2H25", "H1'26".
const GLUED_YEAR_GATE = /\d[QH]\d{2}\b|[QH]\d['’]\d{2}\b/;
// "H1", "2H".
const H_GATE = /H[12]|[12]H/;

// "the first half (H1) of 2026", "the first quarter (1Q) of 2026": the abbreviation in brackets
// restates the span; the year after it is still the span's own.
// "in the third" closing an item of a list of quarters that names the noun once (see the rule that reads it). The list may run
// on past the 80 characters after "quarter": each elided ordinal carries the noun on to the next one ("fell 6.4 percent in the
// first quarter and 0.2 percent in the second, then grew 7.5 percent in the third and 8.3 percent in the fourth").
const elidedQuarter = (group: string): string => String.raw`(?:in|for|during|over)\s+the\s+(${group}first|second|third|fourth|final)(?=\s*(?:[,;)]|\.(?!\d)|$)|\s+(?:and|while|but|whereas|then)\b)`;
const ABBREVIATION_ASIDE = '(?:\\s*\\((?:H[12]|[12]H|Q[1-4]|[1-4]Q)\\))?';
// "in the second half of the month", "the first half of this week", "the latter half of the quarter", "the second half of the
// decade", "the first half of each session": half of a span other than a year (a month, week, day, quarter, decade, season)
// is no half-year, whatever noun or determiner names the span.
const HALF_OF_OTHER_SPAN = String.raw`(?!\s+of\s+(?:the|this|that|last|next|each|every|a|its|their)\s+(?:(?:same|current|previous|reporting|calendar)\s+)?(?:month|week|fortnight|day|quarter|decade|century|season|session|shift)\b)`;

/** Months as Roman numerals, January first. */
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
// Longest first, so "VIII" is not read as "V".
const ROMAN_MONTH = [...ROMAN_MONTHS].sort((x, y) => y.length - x.length).join('|');
const NUMBERED_PART_BEFORE = /\b(?:chapters?|sections?|parts?|articles?|phases?|stages?|annex(?:es)?|titles?|volumes?|tiers?|class(?:es)?|grades?|categor(?:y|ies)|levels?|books?|rounds?)\s*$/i;

// Ordered: earlier rules claim their span first, so "January-September 2025" is never read as
// "September 2025", and "the first three quarters of this year" never as "this year".
// Seasons of the commodity trades: a kind of year, "MY" (marketing year), "season" or "campaign".
const SEASON_KIND = String.raw`(?:[Oo]il|[Mm]arketing|[Cc]rop|[Hh]arvest|[Cc]otton|[Ss]ugar|[Cc]offee|[Cc]ocoa|[Aa]gricultural|[Gg]rain)\s+[Yy]ear`;
const SEASON_YEARS = String.raw`((?:19|20)\d{2})\s*[-/–]\s*(?:\d{2}|\d{4})(?![\d/–-])`;
export const SEASON = new RegExp(
  String.raw`\b(?:[Tt]he\s+)?(?:${SEASON_KIND}(?:\s+\(MY\))?|MY)\s+${SEASON_YEARS}|\b(?:[Tt]he\s+)?${SEASON_YEARS}\s+(?:${SEASON_KIND}|[Ss]eason|[Cc]ampaign)\b|\b(?:[Tt]he|[Tt]his)\s+${SEASON_KIND}\b(?!\s*(?:\(MY\)\s*)?(?:19|20)\d{2})`,
  'g',
);

const RULES: Rule[] = [
  // A span of three or more whole years: "from 2021 to 2025", "between 2016 and 2020", "plan period (2021-2025)", "in
  // 2021-25", "during 2016–2020", "the 2021-2025 period": a total over it covers every month of the span. (Two years joined
  // by a dash are a fiscal or marketing year's label, "2025-26", and are left to their rules; a bracketed span is read with
  // the word before it, so that it dates the clause it names, not only the bracket.) A noun of span may stand between the
  // preposition and the years: "across the decade 2015-2024", "in the period 2019-2023", "during the years 2021-2024", "over
  // the five years 2020-2024", "in the plan period 2016-2020".
  {
    gate: /(?<!\d)(?:19|20)\d\d\s*(?:[-–]|to|and|through|till|until)\s*(?:19|20)?\d\d(?!\d)/,
    needs: ['from', 'between', '(', 'in', 'during', 'over', 'for', 'throughout', 'across', 'the'],
    pattern: /\b(?:from|between)\s+((?:19|20)\d\d)\s+(?:to|and|through|till|until)\s+((?:19|20)\d\d)\b(?![-–/]|['’]s)|(?:\b[\w-]+\s+\(\s*|\b(?:in|during|over|for|throughout|across|the)\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:decade|period|years|span|term|era)\s+)?)((?:19|20)\d\d)\s*[-–]\s*((?:19|20)?\d\d)\b(?![-–/]?\d)(?:\s*\)|\s+period\b)?|\b(?:in|during|over|for|throughout|across|within|between)\s+the\s+(?:[\w-]+\s+){0,2}?(?:decade|period|years|span|term|era|stretch|window)\s+((?:19|20)\d\d)\s+(?:to|and|through|till|until|up\s+to)\s+((?:19|20)\d\d)\b(?![-–/]|['’]s)/gi,
    build: (m, a) => {
      const first = Number(m[1] ?? m[3] ?? m[5]);
      const closing = m[2] ?? m[4] ?? m[6];
      const last = Number(closing.length === 2 ? `${String(first).slice(0, 2)}${closing}` : closing);
      return last - first >= 2 && plausibleYear(first, a) && last <= a.year ? period(ym(first, 1), ym(last, 12)) : null;
    },
  },
  // "in the five years to 2024", "over the decade to 2024", "across the past ten years through 2023", "during the three years
  // ending in 2025": a count of whole years (a decade is ten) ending with a named year covers every month of them. (Months
  // counted to a month, "the 12 months to June", are the rolling spans' rule.)
  {
    gate: CALENDAR_YEAR_GATE,
    needs: ['year', 'decade'],
    pattern: new RegExp(String.raw`\b(?:in|during|over|for|throughout|across|within)\s+the\s+(?:(?:past|last|previous|preceding)\s+)?(?:${COUNT}(?:\s+years|[- ]year\s+${SPAN_NOUN})|decade)\s+(?:to|through|until|up\s+to|ending(?:\s+in)?|ended(?:\s+in)?)\s+((?:19|20)\d\d)(?![\d-])`, 'gi'),
    build: (m, a) => {
      const count = m[1] ? countValue(m[1]) : 10;
      const last = Number(m[2]);
      return count >= 2 && plausibleYear(last - count + 1, a) && last <= a.year ? period(ym(last - count + 1, 1), ym(last, 12)) : null;
    },
  },
  // "Over the past five years", "in the last three years", "across the previous ten years", "during the preceding decade",
  // "within the past two decades", with no year closing the count: whole years counted back from the last calendar year
  // before publication (a January annual on 2024 means 2020-2024 by "the past five years"). A streak ("the highest level
  // in the past five years") and a count that goes on ("the past two years to 2024", "the last three years of the plan",
  // "the past ten years ago") are no such span; nor is one inside a relative clause, which dates the clause's own event
  // ("firms that moved into the zone over the past two years", "a route which has grown in the last three years").
  {
    gate: YEARS_OR_DECADES_GATE,
    needs: ['past', 'last', 'previous', 'preceding'],
    pattern: new RegExp(String.raw`\b(?:in|during|over|for|throughout|across|within)\s+the\s+(?:past|last|previous|preceding)\s+(?:${COUNT}\s+(years|decades)|(decade))\b(?!\s+(?:to|through|until|up\s+to|ending|ended|ago|earlier|before|after|of|since|from|and|or)\b)`, 'gi'),
    build: (m, a) => {
      const before = m.input.slice(Math.max(0, m.index - 50), m.index);
      if (STREAK_BEFORE.test(before) || RELATIVE_CLAUSE_BEFORE.test(before)) return null;
      const count = m[3] ? 10 : countValue(m[1]) * (m[2].toLowerCase() === 'decades' ? 10 : 1);
      const last = a.year - 1;
      return count >= 2 && plausibleYear(last - count + 1, a) ? period(ym(last - count + 1, 1), ym(last, 12)) : null;
    },
  },
  // "by 2023 it had reached 217.5 billion yuan", "By 2024, exports had climbed to": a past year after "by", then a level the
  // subject "had" come to, is that year's level (a walk through the years); "by 2030" ahead is a target, left unread.
  {
    gate: CALENDAR_YEAR_GATE,
    needs: ['by'],
    pattern: /\b[Bb]y\s+((?:19|20)\d\d)(?![\d-])(?=\s*,?\s+(?:[\w'’-]+\s+){0,5}?had\s+(?:already\s+)?(?:reached|risen|grown|climbed|increased|expanded|jumped|surged|hit|topped|exceeded|surpassed|passed)\b)/g,
    build: (m, a) => {
      const year = Number(m[1]);
      return plausibleYear(year, a) && year < a.year ? period(ym(year, 1), ym(year, 12)) : null;
    },
  },
  ...REPORTING_SPANS,
  // Calendar days are dates, not periods: "Oct. 25", "March 18, 2025", "18 March 2025", "2025-01-13".
  { gate: MONTH_GATE, pattern: new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\d,.]?\\d)(?:,?\\s+\\d{4})?\\b`, 'g'), build: () => ({ kind: 'date', periodStart: '', periodEnd: '' }) },
  { gate: DAY_THEN_CAPITAL_GATE, after: ['#'], pattern: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?\\b`, 'g'), build: () => ({ kind: 'date', periodStart: '', periodEnd: '' }) },
  { gate: CALENDAR_DATE_GATE, pattern: /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{1,2}:\d{2}\b/g, build: () => ({ kind: 'date', periodStart: '', periodEnd: '' }) },
  // "Year-to-date shipments through October", "year to date imports to May 2025": a year to date that names its last
  // month a few words on ends there, January to that month (not the month alone, nor the release's month: the month is said).
  {
    gate: YEAR_TO_DATE_GATE,
    needs: ['to-date', 'to date'],
    pattern: new RegExp(`\\byear[- ]to[- ]date\\s+(?:[a-z-]+\\s+){0,3}?(?:through|to|until|up\\s+to)\\s+${MONTH}(?!\\s*\\d{1,2}\\b)(?:,?\\s+(\\d{4}))?`, 'gi'),
    build: (m, a) => {
      const month = MONTHS[m[1].toLowerCase()];
      const year = resolveYear(a, month, m[2]);
      return plausibleYear(year, a) ? period(ym(year, 1), ym(year, month)) : null;
    },
  },
  // Year to date ("steel exports for the year so far rose 26.3%" too).
  {
    gate: YEAR_TO_DATE_GATE,
    pattern: /\b(?:since the (?:beginning|start) of (?:this|the|the current) year|since the (?:beginning|start) of (\d{4})|since January(?: this year| (\d{4}))?|so far (?:this year|in (\d{4}))|(?:in the )?year[- ]to[- ]date|from the (?:beginning|start) of (?:this|the) year(?: to date| until now)?|the year['’]s (?:total|tally|volume|tonnage) (?:so far|to date)|(?:for|in|over|during) the year (?:so far|to date))\b/gi,
    build: (m, a) => {
      const explicit = m[1] ?? m[2] ?? m[3];
      if (explicit && Number(explicit) !== a.year) return unresolved;
      // "So far this year" counts up to the day of the story; "since the beginning of the year" to the last full
      // month. "Bringing the year's total so far to ..." adds the month just reported to the year to date.
      // "For the year so far" is the data's year to date: to the last full month, as "since the beginning of the year".
      const end = /^so far|so far$/i.test(m[0]) && !/^(?:for|in|over|during) /i.test(m[0]) ? a.month : Math.max(1, a.month - 1);
      return { ...period(ym(a.year, 1), ym(a.year, end)), yearToDate: true };
    },
  },
  // "bringing the quarter's total to 5.6 million tonnes" after a month: the quarter holding that month (settleFromNeighbours).
  // (Only after a verb of adding up: "18.9 per cent of the quarter's imports" leaves the period in force alone.)
  { gate: /\bquarter['’]s\s/i, needs: ['quarter'], pattern: /\b(?:bringing|taking|lifting|pushing|putting)\s+the\s+quarter['’]s\s+(?:total|tally|volume|tonnage)\b/gi, build: () => unresolved },
  // "This year alone, ...", "this year so far": the year up to the story's day, like "so far this year". So is "this
  // year's accumulated (or cumulative) surplus": what has piled up this year is the year so far.
  {
    gate: YEAR_GATE,
    needs: ['this year alone', 'this year so far', 'accumulated', 'cumulative'],
    pattern: /\bthis year (?:alone|so far)\b|\bthis year['’]s (?:accumulated|cumulative)\b/gi,
    build: (_m, a) => ({ ...period(ym(a.year, 1), ym(a.year, a.month)), yearToDate: true }),
  },
  // Cumulative since a launch or a past date: no single period. A streak's start ("the 78th consecutive
  // month of surplus since May 2020") dates the streak, not a figure: a date.
  // "since last year" starts a span there; it never dates a figure to last year as a whole.
  { gate: SINCE_GATE, pattern: /\bsince\b[^.;,]{0,40}?\b(?:(?:19|20)\d{2}|last\s+year)\b/gi, build: (m) => (streakBefore(m) || sinceInParticipleAside(m) ? notAPeriod : unresolved) },
  // ("the eighth straight monthly decline since Washington raised tariffs again in February", "the first drop since the line
  // reopened in March": the start may be an event told in a clause of words, its month closing it.)
  { gate: SINCE_GATE, pattern: new RegExp(`\\bsince\\s+(?:the\\s+end\\s+of\\s+|[^.;,\\d]{0,80}?\\s(?:in|on|at\\s+the\\s+(?:start|end)\\s+of)\\s+)?${MONTH}(?:\\s+\\d{4})?`, 'g'), build: (m) => (streakBefore(m) ? notAPeriod : unresolved) },
  // "rose by 2.4% from August to September 2026", "increased from September 2026 to October 2026 by R9.12 billion": a change
  // from one month to the next compares the two months, it spans neither; the first month is the base (the second
  // is read as the figure's month by the rules after this one). A change over a longer span ("grew 5% from January to
  // September") stays a range.
  {
    gate: MONTH_GATE,
    needs: ['from'],
    pattern: new RegExp(`(?<=${CHANGE_BEFORE_FROM})\\bfrom\\s+${MONTH}(?:\\s+(\\d{4}))?(?=\\s+to\\s+${MONTH}(?:\\s+(\\d{4}))?)`, 'g'),
    build: (m, a) => {
      const from = MONTHS[m[1].toLowerCase()];
      const to = MONTHS[m[3].toLowerCase()];
      if (!from || !to || to !== (from % 12) + 1) return null;
      const year = resolveYear(a, to, m[4]);
      const fromYear = m[2] ? Number(m[2]) : from > to ? year - 1 : year;
      return plausibleYear(year, a) ? { kind: 'base', periodStart: ym(fromYear, from), periodEnd: ym(fromYear, from) } : null;
    },
  },
  // Ranges: "January-September 2025", "from January to May", "between January and August", "Jan.-Sept.";
  // "the January-November period of 2026" is one range, its year included (not a range and a whole year); so is "the
  // January-October period last year", the year said relatively with no "of".
  // "the January-to-October period", "January-through-June": the joining word hyphenated as a compound.
  // "from December 2021 to the end of June", "between March 2019 and end-May": a span may close at a month's end.
  {
    gate: MONTH_GATE,
    pattern: new RegExp(`\\b(?:[Ff]rom\\s+|[Bb]etween\\s+)?${MONTH}(?:\\s+(\\d{4}))?\\s*(?:-(?:to|through|till|until)-|-|–|—|(?:to|through|till|until|and)(?:\\s+(?:the\\s+)?end\\s+of(?=\\s)|\\s+end-(?=[A-Z]))?)\\s*${MONTH}(?!\\s*\\d{1,2}(?![\\d,]))(?:\\s+period(?=,?\\s+(?:of\\s|in\\s|(?:last|this)\\s+year\\b)))?${YEAR}`, 'g'),
    build: (m, a) => {
      const from = MONTHS[m[1].toLowerCase()];
      const to = MONTHS[m[3].toLowerCase()];
      if (!from || !to) return null;
      const year = resolveYear(a, to, m[4], m[5]);
      const startYear = m[2] ? Number(m[2]) : from > to ? year - 1 : year;
      if (!plausibleYear(year, a)) return null;
      return period(ym(startYear, from), ym(year, to));
    },
  },
  // "I. – IX. 2026", "I–IX 2025": a span of months in Roman numerals with its year, as Central and Eastern
  // European offices head tables and releases. Only a span in month order with a year is read; numbered
  // parts of a text ("Chapter I–IV", "phase II-III") are not months.
  {
    gate: YEAR_NUMBER_GATE,
    // The year may come first, as Mongolian and Russian tables head a column: "2025 I-X", "2021.I-IX".
    pattern: new RegExp(`(?<![\\w.])(?:((?:19|20)\\d\\d)(?:\\s+|\\.\\s*))?(${ROMAN_MONTH})\\.?\\s*[-–—]\\s*(${ROMAN_MONTH})\\.?(?:\\s*,?\\s*((?:19|20)\\d\\d)\\b|(?<=\\d{4}(?:\\s+|\\.\\s*)\\S+)(?![\\w-]))`, 'g'),
    build: (m, a) => {
      const from = ROMAN_MONTHS.indexOf(m[2]) + 1;
      const to = ROMAN_MONTHS.indexOf(m[3]) + 1;
      if (from >= to || (!m[1] && !m[4]) || (m[1] && m[4]) || NUMBERED_PART_BEFORE.test(m.input.slice(Math.max(0, m.index - 20), m.index))) return null;
      const year = Number(m[1] ?? m[4]);
      return plausibleYear(year, a) ? period(ym(year, from), ym(year, to)) : null;
    },
  },
  // "As of the end of July ... in total" is cumulative; "by the end of September" is year to date, and so
  // are "by end of August", "at the end of October 2026", "to end-October" and "through end-June", as
  // Gulf and Maghreb agencies write a year-to-date flow ("the year to end-October" is twelve months: left);
  // "at October 2025" with its year is the "as at" of Latin American central banks ("a octubre").
  {
    gate: MONTH_GATE,
    after: ['of', 'by', 'at', 'to', 'end-'],
    pattern: new RegExp(`\\b(?:(?:[Aa]s of|[Bb]y|[Aa]s at|[Uu]p to)\\s+(?:the\\s+end\\s+of\\s+|end(?:\\s+of\\s+|-))?|(?:[Aa]t|(?<!\\byear\\s)[Tt]o|[Tt]hrough)\\s+(?:the\\s+)?end(?:\\s+of\\s+|-)|[Aa]t\\s+(?=[A-Z][a-z]{2,8}\\.?\\s+\\d{4}\\b))${MONTH}(?:\\s+(\\d{4}))?${YEAR}`, 'g'),
    build: (m, a) => {
      const to = MONTHS[m[1].toLowerCase()];
      const year = resolveYear(a, to, m[2] ?? m[3], m[4]);
      return { kind: 'period', periodStart: ym(year, 1), periodEnd: ym(year, to) };
    },
  },
  // "Exports of goods rise 3.1% to September" (a headline over the first nine months), "exports up 4.8% through
  // October", "trains run 11% more trips through August" (the change names what there is more of): a change running "to" or "through" a month with no "the year" before it is the year to date up to that
  // month. So is an amount running "to" a month ("Goods exports reach US$17,482 million to October"). After a level
  // ("rose to 5.2 billion") "to" leads to the amount, and "to September's level" compares: neither is read here; nor is a
  // month naming the flow an amount was added to ("had added about $740 million to September exports": that month's own).
  {
    gate: MONTH_GATE,
    after: ['to', 'through'],
    pattern: new RegExp(`(?<=(?:%|\\bper\\s?cent|\\bpercent|\\bpc|\\d\\s?(?:million|billion|trillion|mln|bln|mn|bn))(?:\\s+(?:more|fewer|less)(?:\\s+[a-z-]+){1,2})?\\s+)(?:to|through)\\s+${MONTH}(?![a-z])(?!\\s*\\d{1,2}\\b|'s|\\s*[-–]|\\s+(?:exports|imports|shipments|sales|trade|earnings|purchases)\\b)(?:\\s+(\\d{4}))?`, 'g'),
    build: (m, a) => {
      const to = MONTHS[m[1].toLowerCase()];
      const year = resolveYear(a, to, m[2]);
      return plausibleYear(year, a) ? period(ym(year, 1), ym(year, to)) : null;
    },
  },
  // "the first 10 months of 2025", "first two months", "for 8 months of 2025", "the first nine-month period".
  // Months of another calendar's year ("the first seven months of the current Iranian calendar year")
  // are not January onwards: unresolved (a bracketed span of days may date them).
  {
    gate: MONTHS_GATE,
    pattern: new RegExp(`\\b(?:the\\s+)?first\\s+${COUNT}(?:[- ]months?\\b|\\s+months\\b)${YEAR}`, 'gi'),
    build: firstMonths,
  },
  // Wires and terminals abbreviate the months: "the first 11 mths of 2010", "first 10 mos." are "the first 11 months".
  {
    gate: MONTHS_ABBREVIATED,
    pattern: new RegExp(`\\b(?:the\\s+)?first\\s+${COUNT}[- ](?:mths|mos)\\b\\.?${YEAR}`, 'gi'),
    build: firstMonths,
  },
  // Wire headlines' shorthand for the year so far: "ten-month surplus at 17.7 bln", "nine-month exports up 5%", "11-month
  // trade": a count of months made an adjective before a flow is the year's first months, as "the first ten months" is.
  // ("a six-month export ban", "a three-month trade truce" name a measure's length, no span of figures.)
  // Goods may stand between the count and the flow: "ten-month fuel exports", "Nine-month crude oil arrivals", "the 11-month
  // soybean intake" (not words of a measure, a record or a link: "a six-month ban on coal imports", "a ten-month high in exports").
  {
    gate: MONTHS_GATE,
    pattern: new RegExp(`\\b${COUNT}-month\\s+(?:${GOODS_BEFORE_FLOW}\\s+){0,3}?(?:exports|imports|trade|surplus|deficit|shipments|turnover|balance|arrivals|purchases|sales|inflows|outflows|intake)\\b(?!\\s+(?:deals?|truces?|agreements?|pacts?|talks|wars?|bans?|halts?|suspensions?|extensions?|exemptions?|windows?|waivers?|quotas?)\\b)`, 'gi'),
    build: firstMonthsOfCount,
  },
  {
    gate: MONTHS_GATE,
    // ("the same three months of 2025" is no such span: it names the figures' own months a year back, read as a base below.)
    pattern: new RegExp(`(?<!\\b(?:same|corresponding|comparable|similar|matching|equivalent|like)\\s+)\\b(?:(?:for|in|during|over|within)\\s+)?(?:the\\s+)?${COUNT}\\s+months\\s+of\\s+(?:(\\d{4})|(this|last|the current|current) year)`, 'gi'),
    build: (m, a) => {
      const n = countValue(m[1]);
      if (n < 1 || n > 12) return null;
      const year = resolveYear(a, n, m[2], m[3]);
      return plausibleYear(year, a) ? period(ym(year, 1), ym(year, n)) : null;
    },
  },
  // "Over the last twelve months", "in the past 12 months" (no year after it), "on a 12-month rolling basis", "on a
  // trailing twelve-month basis", "in the trailing 12 months":
  // the twelve months to the last full month before publication, a running year as Chile's and Brazil's
  // agencies write it.
  {
    gate: MONTHS_GATE,
    needs: ['past', 'last', 'latest', 'rolling', 'trailing'],
    pattern: /\b(?:in|for|during|over|within)\s+the\s+(?:past|last|latest)\s+(?:12|twelve)\s+months\b(?!\s+(?:ago|earlier|later|before|after|of|to|ended|ending|through)\b)|\b(?:on\s+an?\s+)?(?:12|twelve)[- ]month\s+rolling\s+basis\b|\b(?:on\s+an?\s+)?(?:rolling|trailing)\s+(?:12|twelve)[- ]month\s+basis\b|\b(?:in|for|during|over)\s+the\s+(?:rolling|trailing)\s+(?:12|twelve)\s+months\b(?!\s+(?:ago|earlier|later|before|after|of|to|ended|ending|through)\b)/gi,
    build: (m, a) => {
      if (STREAK_BEFORE.test(m.input.slice(Math.max(0, m.index - 50), m.index))) return null;
      const last = lastFullMonth(a);
      return { ...twelveMonthsTo(last.year, last.month), rollingYear: true };
    },
  },
  // Headline shorthand for the year so far: "in 10 months", "over the past 11 months of 2025" ("in the latest
  // three months" points back to the last span that long: assemble.ts's referBack).
  // A streak is not a period: "the first decline in seven months", "the fastest pace in 11 months".
  {
    gate: MONTHS_GATE,
    pattern: new RegExp(`\\b(?:in|for|during|over|within)\\s+(?:the\\s+)?(?:past\\s+|last\\s+|latest\\s+)?${COUNT}\\s+months(?!\\s+(?:ago|earlier|later|before|after))${YEAR}`, 'gi'),
    build: (m, a) => {
      if (STREAK_BEFORE.test(m.input.slice(Math.max(0, m.index - 50), m.index))) return null;
      const n = countValue(m[1]);
      if (n < 1 || n > 12) return null;
      const year = resolveYear(a, n, m[2], m[3]);
      return plausibleYear(year, a) ? period(ym(year, 1), ym(year, n)) : null;
    },
  },
  // "10 months 2026", "11 months of 2025": the first months of a year written with its year and no preposition, as
  // statistics offices head a table's columns ("10 months 2026 compared with same period 2025").
  {
    gate: CALENDAR_YEAR_GATE,
    needs: ['month'],
    pattern: new RegExp(`(?<![\\w.,-]\\s?)\\b${COUNT}\\s+months\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b`, 'gi'),
    build: (m, a) => {
      const n = countValue(m[1]);
      const year = Number(m[2]);
      return n >= 1 && n <= 12 && plausibleYear(year, a) ? period(ym(year, 1), ym(year, n)) : null;
    },
  },
  // "taking the ten-month total to 15.8m tonnes", "the nine-month tally": the first months of the year so far
  // (twelve months is a rolling year, read above); so is money: "the ten-month value", "the nine-month import bill".
  // Any determiner or possessive, or none, and goods between: "China's eleven-month tally of goods trade", "its 11-month
  // haul", "according to 10-month figures", "the seven-month export value" (not a rolling window: "the three-month total to June").
  {
    gate: MONTHS_GATE,
    needs: ['-month'],
    pattern: new RegExp(`\\b(?:(?:the|its|their|this|an?|[\\w-]+['’]s)\\s+)?${COUNT}-month\\s+(?:${GOODS_BEFORE_FLOW}\\s+){0,2}?${MEASURE_OF_MONTHS}`, 'gi'),
    build: firstMonthsOfCount,
  },
  // "The pace for the ten-month period was slower", "over this nine-month span", "during the 11-month stretch": a definite
  // span of a count of months made an adjective is the year's first months, as "the ten-month total" is (period-choice.ts's
  // referBack points it at a span of that length stated before). Not a span someone's: "a six-month period" (indefinite),
  // "the same ten-month period" (a base), "the three-month period to June" (a rolling window), "the six-month period of the ban".
  {
    gate: MONTHS_GATE,
    needs: ['-month'],
    pattern: new RegExp(`\\b(?:the|this)\\s+${COUNT}-month\\s+(?:period|span|stretch|spell)\\b(?!\\s+(?:to|ending|ended|through|up\\s+to|of|before|after|since|from|when|in\\s+which|last|a\\s+year)\\b)`, 'gi'),
    build: firstMonthsOfCount,
  },
  // "The four-month count through June", "the three-month export total to May", "a six-month tally ending in March 2025": a
  // count of months made an adjective of a measure, before a cut-off month, is that many months ending in the month
  // (a rolling window), not the year's first months.
  {
    gate: MONTHS_GATE,
    needs: ['-month'],
    pattern: new RegExp(`\\b${COUNT}-month\\s+(?:${GOODS_BEFORE_FLOW}\\s+){0,2}?${MEASURE_NOUN_OF_MONTHS}${MONTHS_CUT_OFF}${MONTH}(?:,?\\s+(\\d{4}))?`, 'gi'),
    build: (m, a) => {
      const n = countValue(m[1]);
      const month = MONTHS[m[2].toLowerCase()];
      if (n < 2 || n > 12 || !month) return null;
      const year = m[3] ? Number(m[3]) : lastMonthOnOrBefore(a, month);
      if (!plausibleYear(year, a)) return null;
      const startIndex = year * 12 + month - n;
      return period(ym(Math.floor(startIndex / 12), (startIndex % 12) + 1), ym(year, month));
    },
  },
  // "in the month", "during the month": the month the release reports on. Read here as the last full
  // month; period-choice.ts's referBack points it at the last month of the period stated before.
  {
    gate: MONTHS_GATE,
    pattern: /(?<!\b(?:halfway|midway|partway|part)\s+)\b(?:in|for|during|over|through|throughout|across)\s+the\s+month\b(?!\s+(?:of|before|after|earlier|ago|to|ended|ending)\b)/gi,
    build: (_m, a) => {
      const last = lastFullMonth(a);
      return period(ym(last.year, last.month), ym(last.year, last.month));
    },
  },
  // "Soybeans were the highlight of the month", "the star performer of the month", "exports of the month": a noun of the
  // month's own figures (not a part or a moment of it: "the end of the month", "the first ten days of the month", "the 15th
  // of the month") is the month reported on, as "in the month" is.
  {
    gate: MONTHS_GATE,
    pattern: /(?<!\b(?:end|ends|start|beginning|middle|rest|remainder|half|part|parts|course|turn|close|days|weeks|day|week|first|last|most|much|balance|bulk|each|every|some|any|all|height|peak|\d+(?:st|nd|rd|th)|tenth|fifteenth|twentieth)\s+)\bof\s+the\s+month\b(?!\s+(?:of|before|after|earlier|ago|to|ended|ending)\b)/gi,
    build: (_m, a) => {
      const last = lastFullMonth(a);
      return period(ym(last.year, last.month), ym(last.year, last.month));
    },
  },
  // "Five months into 2024, the port has handled ...", "three months into the year", "two quarters into 2025": the months (or
  // quarters) gone by of a year, January to the last of them.
  {
    gate: /\binto\b/i,
    pattern: new RegExp(`\\b${COUNT}\\s+(months?|quarters?)\\s+into\\s+(?:(?:the|this)\\s+(?:calendar\\s+)?year\\b|((?:19|20)\\d{2})\\b)`, 'gi'),
    build: (m, a) => {
      const n = countValue(m[1]) * (/^q/i.test(m[2]) ? 3 : 1);
      if (n < 1 || n > 12) return null;
      const year = m[3] ? Number(m[3]) : resolveYear(a, n);
      return plausibleYear(year, a) ? period(ym(year, 1), ym(year, n)) : null;
    },
  },
  // ("through the quarter", "throughout the month", "across the half": any preposition of a span, as the year's rule reads
  // them; "halfway through the quarter" is a moment inside it, no span.)
  // "for the quarter", "in the quarter", "over the whole quarter": the quarter the release reports on. Read here as the
  // last full quarter; assemble.ts's referBack points it at the quarter stated before.
  {
    gate: QUARTER_GATE,
    pattern: /(?<!\b(?:halfway|midway|partway|part)\s+)\b(?:in|for|during|over|through|throughout|across)\s+the\s+(?:(?:whole|full|entire)\s+)?quarter\b(?!\s+(?:of|before|after|earlier|ago|to|ended|ending|through)\b)/gi,
    build: (_m, a) => {
      const end = Math.floor((a.year * 12 + a.month - 1) / 3) * 3 - 1;
      return period(ym(Math.floor((end - 2) / 12), ((end - 2) % 12) + 1), ym(Math.floor(end / 12), (end % 12) + 1));
    },
  },
  // "in the half year", "over the half": the half the release reports on. Read here as the last full half;
  // period-choice.ts's referBack points it at the six months stated before.
  {
    gate: HALF_GATE,
    pattern: /(?<!\b(?:halfway|midway|partway|part)\s+)\b(?:in|for|during|over|through|throughout|across)\s+the\s+half(?:[- ]year)?\b(?!\s+(?:of|before|after|earlier|ago|to|ended|ending|through)\b)/gi,
    build: (_m, a) => {
      const end = Math.floor((a.year * 12 + a.month - 1) / 6) * 6 - 1;
      return period(ym(Math.floor((end - 5) / 12), ((end - 5) % 12) + 1), ym(Math.floor(end / 12), (end % 12) + 1));
    },
  },
  // A year used as a modifier of a flow noun: "China's 2024 trade", "2024 exports", and of a balance or shipments: "put the
  // 2023 shortfall at 9.29 trillion yen", "a 2024 surplus of", "its 2022 deficit", "the 2023 shipments". Not the year of a month
  // or quarter named right before it: in "In September 2026 exports amounted to" the year dates the month, and in "In the
  // third quarter of 2025 imports reached" the quarter's (a span "of" the year).
  // (a246) The goods may stand between the year and the flow noun in one or two words: "2014 soybean imports up 12.7 pct at
  // 71.4 mln T", "China's 2022 corn imports fell 27%", "its 2023 iron ore arrivals", "2017 steel exports dropped": the year of the
  // goods' flow, not a month a headline named.
  {
    gate: CALENDAR_YEAR_GATE,
    pattern: new RegExp(`(?<!\\b(?:${MONTH_WORDS}|Q[1-4]|H[12])\\.?,?\\s+|\\b(?:quarter|half|months|period|weeks)\\s+of\\s+)\\b((?:19|20)\\d{2})\\s+(?=(?:foreign\\s+|external\\s+|total\\s+|goods\\s+|(?!(?:and|or|but|while|as|when|to|from|with|the|in|of|on|at|for|than)\\s)[a-z][a-z-]*\\s+(?:[a-z][a-z-]*\\s+)?)?(?:trade|exports|imports|turnover|shipments|arrivals|purchases|surplus(?:es)?|deficits?|shortfalls?)\\b)`, 'g'),
    build: (m, a) => wholeYearUpTo(Number(m[1]), a),
  },
  // A year used as a modifier of the economy a review or communique reports on: "Communique on the 2025 National Economic and
  // Social Development", "Manzhouli reviews 2024 economic performance", "the 2019 provincial economic and social development",
  // "Xi'an's 2023 economy", "the 2022 statistical bulletin" (a153). The whole year, as "in 2025" would be; the title's year dates
  // the figures of the whole review. (Not a plan's or a target's year: "the 2025 economic targets" names no such noun.)
  {
    gate: CALENDAR_YEAR_GATE,
    needs: ['econom', 'social', 'statistical'],
    pattern: new RegExp(`(?<!\\b(?:${MONTH_WORDS}|Q[1-4]|H[12])\\.?,?\\s+)\\b((?:19|20)\\d{2})\\s+(?:(?:${REVIEW_SCOPE})\\s+)?(?:(?:(?:socio-?)?economic|social)(?:\\s+and\\s+(?:social|economic))?\\s+(?:development|performance|operations?|situation|results|review|work)|economy|statistical\\s+(?:communiq[uú][eé]|bulletin|report|yearbook))\\b`, 'gi'),
    build: (m, a) => wholeYearUpTo(Number(m[1]), a),
  },
  // "the first three quarters of this year", "first two quarters".
  {
    gate: QUARTER_GATE,
    pattern: new RegExp(`\\b(?:the\\s+)?first\\s+(two|three|2|3)\\s+quarters${YEAR}`, 'gi'),
    build: (m, a) => {
      const end = countValue(m[1]) * 3;
      const year = resolveYear(a, end, m[2], m[3]);
      return plausibleYear(year, a) ? period(ym(year, 1), ym(year, end)) : null;
    },
  },
  // Glued two-digit years, as tables and wires abbreviate them: "1Q26", "Q3'25", "2H25", "H1'26".
  {
    gate: GLUED_YEAR_GATE,
    pattern: /\b(?:([1-4])Q|Q([1-4])['’]|([12])H|H([12])['’])(\d{2})\b/g,
    build: (m, a) => {
      const year = 2000 + Number(m[5]);
      const half = m[3] ?? m[4];
      if (!plausibleYear(year, a)) return null;
      if (half) return period(ym(year, Number(half) * 6 - 5), ym(year, Number(half) * 6));
      const q = Number(m[1] ?? m[2]);
      return period(ym(year, q * 3 - 2), ym(year, q * 3));
    },
  },
  // Quarter ranges are cumulative: "Q1-Q3", "Q1–Q3 2025", "1Q-3Q", "the first to third quarters".
  {
    gate: QUARTER_CODE_GATE,
    pattern: new RegExp(String.raw`\b(?:Q([1-4])\s*(?:-|–|—|to|through)\s*Q([1-4])|([1-4])Q\s*(?:-|–|—|to|through)\s*([1-4])Q)(?:\s*,?\s*(?:of\s+)?(\d{4}))?\b${CODE_RELATIVE_YEAR}`, 'g'),
    build: (m, a) => {
      const from = Number(m[1] ?? m[3]);
      const to = Number(m[2] ?? m[4]);
      if (from > to) return null;
      const year = resolveYear(a, to * 3, m[5], m[6]);
      return plausibleYear(year, a) ? period(ym(year, from * 3 - 2), ym(year, to * 3)) : null;
    },
  },
  {
    gate: QUARTER_GATE,
    pattern: new RegExp(`\\b(?:the\\s+)?(first|second|third|1st|2nd|3rd)\\s+(?:to|through|-)\\s+(second|third|fourth|2nd|3rd|4th)\\s+quarters?${YEAR}`, 'gi'),
    build: (m, a) => {
      const from = ORDINAL[m[1].toLowerCase()];
      const to = ORDINAL[m[2].toLowerCase()];
      if (from > to) return null;
      const year = resolveYear(a, to * 3, m[3], m[4]);
      return plausibleYear(year, a) ? period(ym(year, from * 3 - 2), ym(year, to * 3)) : null;
    },
  },
  // "the June quarter of 2026", "in the September quarter": Australian, New Zealand and Pacific agencies
  // name a quarter by its last month; Stats NZ puts the year between ("the September 2026 quarter").
  // (a194: "in its September quarterly", "the June 2025 quarterly": a month's edition of a quarterly report dates no figure.)
  {
    gate: QUARTER_GATE,
    needs: ['march', 'june', 'september', 'december'],
    pattern: new RegExp(`\\b(?:the\\s+)?(March|June|September|December)(?:\\s+((?:19|20)\\d{2}))?\\s+quarter(?!ly\\b)${YEAR}`, 'g'),
    build: (m, a) => {
      const end = MONTHS[m[1].toLowerCase()];
      const year = resolveYear(a, end, m[2] ?? m[3], m[4]);
      return plausibleYear(year, a) ? period(ym(year, end - 2), ym(year, end)) : null;
    },
  },
  // "the third quarter of 2025", "the first quarter (Q1) of 2026", "Q3 2025", "2025 Q3", "3Q", and the adjective
  // "first-quarter trade" as wires write it.
  {
    gate: QUARTER_GATE,
    // ("the final quarter", "the closing quarter" are the fourth, as year-end reviews write it; "the opening quarter" the first.)
    pattern: new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|closing|opening|initial)(?:\\s+|-)quarter${ABBREVIATION_ASIDE}${YEAR}`, 'gi'),
    build: (m, a) => {
      const q = ORDINAL[m[1].toLowerCase()] ?? 4;
      const year = resolveYear(a, q * 3, m[2], m[3]);
      return plausibleYear(year, a) ? period(ym(year, q * 3 - 2), ym(year, q * 3)) : null;
    },
  },
  // "4.5 percent in the second quarter, 4.6 percent in the third and 4.9 percent in the fourth": a list of quarters names
  // the noun once; an ordinal closing its item ("in the third" then a comma, "and", or the sentence's end) after
  // "quarter" earlier in the sentence is that quarter. It may look back as well as on: "up 2.2 percent in the second
  // quarter, reversing a 2.1 percent decline in the first", "the third quarter grew faster than in the first".
  {
    gate: QUARTER_GATE,
    needs: ['quarter'],
    // (The look-ahead before the look-behind: the look-behind, tried first, scanned back 80 characters at every position.)
    pattern: new RegExp(String.raw`\b(?=(?:in|for|during|over)\s)(?<=\b(?:quarter|${elidedQuarter('?:')})\b(?:[^.;]|\.(?=\d)){1,80}?)${elidedQuarter('')}`, 'gi'),
    build: (m, a) => {
      const q = ORDINAL[m[1].toLowerCase()] ?? 4;
      const year = resolveYear(a, q * 3, undefined, undefined);
      return plausibleYear(year, a) ? period(ym(year, q * 3 - 2), ym(year, q * 3)) : null;
    },
  },
  // "III quarter 2026", "the IV Quarter of 2025": a quarter numbered in capital Roman numerals, as Lusophone and
  // Eastern European offices write it ("III trimestre"); only with its year (a bare "I quarter" is no period).
  {
    gate: CALENDAR_YEAR_GATE,
    needs: ['quarter'],
    pattern: /(?<![\w.])(?:[Tt]he\s+)?(I{1,3}|IV)\s+(?:quarter|Quarter|QUARTER)\s+(?:of\s+)?((?:19|20)\d{2})\b/g,
    build: (m, a) => {
      const q = ROMAN_MONTHS.indexOf(m[1]) + 1;
      const year = Number(m[2]);
      return plausibleYear(year, a) ? period(ym(year, q * 3 - 2), ym(year, q * 3)) : null;
    },
  },
  {
    gate: QUARTER_CODE_GATE,
    pattern: new RegExp(String.raw`\b(?:Q([1-4])(?:\s*,?\s*(?:of\s+)?(\d{4}))?|(\d{4})\s*Q([1-4])|([1-4])Q(?:\s*(\d{4}))?)\b${CODE_RELATIVE_YEAR}`, 'g'),
    build: (m, a) => {
      const q = Number(m[1] ?? m[4] ?? m[5]);
      const explicit = m[2] ?? m[3] ?? m[6];
      const year = resolveYear(a, q * 3, explicit, m[7]);
      return plausibleYear(year, a) ? period(ym(year, q * 3 - 2), ym(year, q * 3)) : null;
    },
  },
  // Halves: "the first half of 2024", "the first half (H1) of 2026", "first half year", "H1 2025",
  // and the adjective "the first-half tally". Not half of a shorter or longer span (HALF_OF_OTHER_SPAN).
  {
    gate: HALF_GATE,
    pattern: new RegExp(`\\b(?:the\\s+)?(first|second|opening|initial|closing|final)(?:\\s+|-)half(?:[- ]year)?${ABBREVIATION_ASIDE}(?:\\s+of\\s+(?:the\\s+year|(\\d{4})|(this|last|the current) year))?${HALF_OF_OTHER_SPAN}`, 'gi'),
    build: (m, a) => {
      const h = ORDINAL[m[1].toLowerCase()] === 1 ? 1 : 2;
      const year = resolveYear(a, h * 6, m[2], m[3]);
      return plausibleYear(year, a) ? period(ym(year, h * 6 - 5), ym(year, h * 6)) : null;
    },
  },
  // "exports rose 3 percent in the second half after a 5 percent fall in the first": the half named once, its other ordinal
  // closing an item of the same sentence (as quarters above).
  {
    gate: HALF_GATE,
    needs: ['half'],
    pattern: /\b(?=(?:in|for|during|over)\s)(?<=\bhalf\b(?:[^.;]|\.(?=\d)){1,80}?)(?:in|for|during|over)\s+the\s+(first|second)(?=\s*(?:[,;)]|\.(?!\d)|$)|\s+(?:and|while|but|whereas)\b)/gi,
    build: (m, a) => {
      const h = ORDINAL[m[1].toLowerCase()];
      const year = resolveYear(a, h * 6, undefined, undefined);
      return plausibleYear(year, a) ? period(ym(year, h * 6 - 5), ym(year, h * 6)) : null;
    },
  },
  // "1-5M", "1-10M 2025": months one to N, as Chinese briefs abbreviate the year so far (1-5月). Only before a year or a
  // stop ("Yiwu trade, 1-5M: exports ..."), so a range of millions ("1-5M tonnes") is none.
  {
    gate: MONTHS_CODE_GATE,
    pattern: /\b1\s?[-–]\s?(1[0-2]|[2-9])M(?:\s?(\d{4})\b|(?=\s*(?:[:,;.)]|$)))/gm,
    build: (m, a) => {
      const last = Number(m[1]);
      const year = resolveYear(a, last, m[2]);
      return plausibleYear(year, a) ? period(ym(year, 1), ym(year, last)) : null;
    },
  },
  // "10M 2026", "9M2025": the first N months of a year, as wires and brokers abbreviate a year to date.
  {
    gate: MONTHS_CODE_GATE,
    pattern: /\b(1[0-2]|[2-9])M\s?(\d{4})\b/g,
    build: (m, a) => {
      const year = Number(m[2]);
      return plausibleYear(year, a) ? period(ym(year, 1), ym(year, Number(m[1]))) : null;
    },
  },
  {
    gate: H_GATE,
    // "H1 2025", "1H", and the year first as table heads write it: "2025 H1"; "H1 of 2025" as "Q3 of 2025" is written.
    pattern: new RegExp(String.raw`\b(?:(\d{4})\s+)?(?:H([12])|([12])H)(?:\s*,?\s*(?:of\s+)?(\d{4}))?\b${CODE_RELATIVE_YEAR}`, 'g'),
    build: (m, a) => {
      const h = Number(m[2] ?? m[3]);
      const year = resolveYear(a, h * 6, m[4] ?? m[1], m[5]);
      return plausibleYear(year, a) ? period(ym(year, h * 6 - 5), ym(year, h * 6)) : null;
    },
  },
  // One month: "in October", "October 2024", "in May this year", "December alone".
  {
    gate: MONTH_GATE,
    pattern: new RegExp(`\\b${MONTH}(?!\\w)${YEAR}`, 'g'),
    build: (m, a) => {
      // "Wang Jun, a customs official": a bare abbreviation with no year counts only after a time word
      // ("May", "June" and "July" are whole names: "• June: 3.91 trillion yuan" is a month).
      if (/^[A-Z][a-z]{2,3}$/.test(m[0]) && m[1].length <= 4 && !/^(?:May|June|July)$/.test(m[1]) && !BARE_MONTH_BEFORE.test(m.input.slice(Math.max(0, m.index - 20), m.index)) && !BARE_MONTH_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 10)) && !(BULLET_MONTH_BEFORE.test(m.input.slice(Math.max(0, m.index - 20), m.index)) && BULLET_MONTH_FLOW_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 30)))) return null;
      const month = MONTHS[m[1].toLowerCase()];
      const year = resolveYear(a, month, m[2], m[3]);
      return plausibleYear(year, a) ? period(ym(year, month), ym(year, month)) : null;
    },
  },
  { gate: MONTHS_GATE, needs: ['last month'], pattern: /\blast month\b/gi, build: (_m, a) => { const last = lastFullMonth(a); return period(ym(last.year, last.month), ym(last.year, last.month)); } },
  // "the ministry reported earlier this month": when a report came out, not the period of its figures.
  { gate: MONTHS_GATE, needs: ['this month'], pattern: /\b(?<!\b(?:reported|said|announced|published|released|showed)\s+earlier\s+)this month\b/gi, build: (_m, a) => period(ym(a.year, a.month), ym(a.year, a.month)) },
  // A cut-off at a year's end: "by the end of 2025", "as of the end of last year": the whole year, written
  // as a cut-off so a running total stated with it ends there ("by the end of 2025 ... since 2013").
  {
    gate: WHOLE_YEAR_GATE,
    needs: ['end'],
    pattern: /\b(?:[Aa]s of|[Bb]y|[Aa]s at|[Uu]p to)\s+(?:the\s+)?end(?:\s+of\s+|-)(?:(\d{4})|(last) year)\b/g,
    build: (m, a) => wholeYearUpTo(m[1] ? Number(m[1]) : a.year - 1, a),
  },
  // Whole years: "in 2024", "the whole of last year", "2024 as a whole", "full-year 2024", "last year",
  // "in calendar year 2025", "for CY2025", "over calendar 2023", "in the 2024 calendar year" (a calendar year named against a
  // marketing or fiscal year; "over" only before "calendar", as "up 5% over 2022" names a base; "over the 2024 calendar
  // year", "across the 2023 calendar year" too), and a heading
  // "2. Calendar Year 2025" whose lines follow it (a calendar year needs no preposition to be a period), and a
  // translation's "2015 year" (Chinese 2015年, "2015 year Xiamen city import and export ..."); and a year closed with its
  // total: "the port closed 2013 with 30.12 million tonnes", "ended 2024 at a record", as a headline or post writes it in the
  // present, "Brazil closes 2023 with a record surplus", "exports end 2024 at", "the port wraps up 2022 with" (not a cut-off
  // "at end 2024", "by end 2023"); and a year a level is recalled from,
  // "As recently as 2020, the country exported ...", "as late as 2016", "as early as 2012".
  {
    gate: YEAR_NUMBER_OR_WORD_GATE,
    pattern: /\b(?:(?:in|for|during|throughout|of|(?:over|across)(?=\s+(?:the\s+)?(?:\d{4}\s+)?calendar\b))\s+(?:the\s+(?:whole|full|entire)\s+(?:year\s+)?(?:of\s+)?|(?:the\s+)?calendar\s+(?:year\s+)?|the\s+(?=\d{4}\s+calendar\s+year\b)|CY\s?)?(\d{4})(?![\d-])|(?:the\s+)?(?:whole|full|entire)[- ]year\s+(?:of\s+)?(\d{4})|(\d{4})\s+as\s+a\s+whole|(?:in|for|during|throughout)\s+(?:the\s+(?:whole|full|entire)\s+(?:of\s+)?)?(last|this) year|(?:the\s+)?(?:whole|full|entire)\s+of\s+(last|this) year|^(\d{4})(?=,)|\bcalendar\s+year\s+(\d{4})(?![\d-])|\b(\d{4})\s+year\b(?![-\s](?:on|to|end|earlier|ago|before)\b)|\b(?<!\b(?:at|by|to|from|until|till|since|the)\s+)(?:clos(?:ed?|es|ing)|end(?:ed|s|ing)?|finish(?:ed|es|ing)?|wrap(?:ped|s|ping)?\s+up|round(?:ed|s|ing)?\s+off)\s+(\d{4})(?=\s+(?:with|at|on)\b)|\bas\s+(?:recently|late|early)\s+as\s+(\d{4})(?![\d-]))/gi,
    build: (m, a) => {
      const explicit = m[1] ?? m[2] ?? m[3] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? m[10];
      const relative = (m[4] ?? m[5] ?? '').toLowerCase();
      if (explicit) {
        const year = Number(explicit);
        return plausibleYear(year, a) && year <= a.year ? period(ym(year, 1), ym(year, 12)) : null;
      }
      if (relative === 'last') return period(ym(a.year - 1, 1), ym(a.year - 1, 12));
      return thisYear(a);
    },
  },
  // A caption's year in the bracket that closes its line: "(1) Trade with Japan (2025, Trade Statistics of Japan, Ministry of
  // Finance)", "Major export items (2024)", "Bilateral trade (2025; US$ million):": a basic-data page's heading dates the list
  // under it, the source or unit after a comma or semicolon. (A year in a bracket the sentence goes on after, "the treaty (2015)
  // opened", is no caption.)
  {
    gate: CALENDAR_YEAR_GATE,
    pattern: /(?<=[a-z]\s?)\(\s*((?:19|20)\d\d)(?=\s*(?:[,;][^()]{0,80})?\)\s*:?\s*$)/g,
    build: (m, a) => {
      const year = Number(m[1]);
      return plausibleYear(year, a) && year <= a.year ? period(ym(year, 1), ym(year, 12)) : null;
    },
  },
  // A title's year before the words of a digest of figures: "LIANYUNGANG PORT | 2024 IN FIGURES", "Erenhot Port: 2025 in
  // numbers", "Shanghai's 2023 at a glance", "Qingdao Port 2024 in review", "The year 2025 in brief": the whole year, for the
  // sheet of figures under it (a210; a span, "Jan-Sep 2026 in numbers", was read already). Not a year to come.
  {
    gate: CALENDAR_YEAR_GATE,
    needs: ['in ', 'glance'],
    pattern: /(?<!\d\s?[/–-]\s?)\b((?:19|20)\d\d)(?=\s+(?:in\s+(?:numbers|figures|review|brief|data|charts|facts|summary)|at\s+a\s+glance)\b)/gi,
    build: (m, a) => {
      const year = Number(m[1]);
      return plausibleYear(year, a) && year <= a.year ? period(ym(year, 1), ym(year, 12)) : null;
    },
  },
  // A heading's year set off by a comma after the trade it titles: "UK trade in goods, 2019: infographic", "EU trade in goods
  // with China, 2023:", "Kenya's exports by destination, 2022", "Foreign trade turnover, 2024 (preliminary)", "Trade with
  // the United States, 2021 | key figures", a sheet's "Key figures, 2021", "Port statistics, 2023": the whole year, for the
  // figures under the heading. The year closes its line or
  // is followed by a colon, bracket, bar or dash; "trade with China, 2023's biggest partner" or "exports, 2019 to 2023" is
  // no such heading.
  {
    gate: CALENDAR_YEAR_GATE,
    pattern: /(?<=\b(?:trade|goods|exports|imports|turnover|commerce|figures|numbers|statistics|highlights)\b[^\n,.;:!?]{0,40},[ \t]?)((?:19|20)\d\d)(?=[ \t]*(?:[:|(—–]|-\s|$))/gim,
    build: (m, a) => {
      const year = Number(m[1]);
      return plausibleYear(year, a) && year <= a.year ? period(ym(year, 1), ym(year, 12)) : null;
    },
  },
  // A year named as what a year was, in either order: "The busiest year so far was 2023, when 901 trains ran", "the record year
  // remains 2021, with 1.2 million tonnes", "Its best year was 2019.", "2023 was the busiest year yet, with 901 trains", "2019
  // remained the peak year": the figures the sentence gives with it are that year's. (Not "the year before was ...", and not
  // a year the copula does not close: "the target year is 2030 for ...".)
  {
    gate: CALENDAR_YEAR_GATE,
    needs: ['year'],
    pattern: /\byear\s+(?:(?!before|earlier|after|ago|later|on)[\w-]+\s+){0,3}?(?:was|is|remains|remained|proved\s+to\s+be|turned\s+out\s+to\s+be)\s+((?:19|20)\d\d)(?![\d-])(?=\s*(?:[,;.)]|$)|\s+(?:when|with|in\s+which)\b)|^\s*((?:19|20)\d\d)\s+(?:was|remains|remained|proved|became|stands\s+as)\s+(?:(?:the|its|their|a)\s+)?(?:[\w-]+\s+){0,3}?year\b/gi,
    build: (m, a) => {
      const year = Number(m[1] ?? m[2]);
      return plausibleYear(year, a) && year <= a.year ? period(ym(year, 1), ym(year, 12)) : null;
    },
  },
  // A bare year as a noun, then a "when" clause giving its amount: "The recovery follows a difficult 2009, when border trade
  // fell to 1.39 billion dollars", "a far cry from a bumper 2021, when imports hit 9 million tonnes", "That compares with 2019,
  // when 1,200 trains ran": the amount is that year's (as "The busiest year was 2023, when ..." is). A year closing a span ("by",
  // "until", "to", "through" before it, or a year or month before it) is left (a220).
  // A year set against the figure before it reads the same: "a shade better than 2022, when the gap ballooned to ...", "down
  // on 2021, when ...", "well below 2019, when ...", "unlike 2020, when ...". So does a multiple of it: "roughly double 2016,
  // when the shortfall stood at ...", "twice 2019, when ...", "three times 2015, when ...", "about half 2021, when ..." (a234).
  {
    gate: CALENDAR_YEAR_GATE,
    needs: ['when'],
    pattern: /(?<!\b(?:by|until|till|to|through|before|in|during|of|since)\s+|[\d–\/-]\s?|\.\s?)(?<=\b(?:an?|the|with|from|follows?|followed|following|after|than|over|on|against|versus|vs\.?|below|above|under|unlike|like|behind|double|twice|triple|treble|thrice|half|times)\s+(?:[a-z]+\s+){0,2}?)((?:19|20)\d\d)(?![\d-]|['’]s)(?=\s*,\s*when\s+[^.;\d]{0,80}\d)/g,
    build: (m, a) => {
      const year = Number(m[1]);
      return plausibleYear(year, a) && year < a.year ? period(ym(year, 1), ym(year, 12)) : null;
    },
  },
  // A bare year after "compared with" or "set/measured against": "Compared with 2021, the country's turnover has grown by 70
  // percent", "61 per cent higher compared to 2020", "Measured against 2019, shipments were a third higher". The whole year, read as a base (BASE_BEFORE); comparisons.ts weighs it by its year alone.
  // ("compared with 2024's level" is left to the possessive rules.)
  {
    gate: CALENDAR_YEAR_GATE,
    needs: ['compar', 'against'],
    pattern: /(?<=\b(?:[Cc]ompared\s+(?:with|to)|[Ii]n\s+comparison\s+(?:with|to)|(?:[Ss]et|[Mm]easured|[Ww]eighed|[Ss]tacked\s+up|[Bb]enchmarked)\s+against)\s+)((?:19|20)\d\d)(?![\d-]|\s*[–/]|['’]s)/g,
    build: (m, a) => wholeYearUpTo(Number(m[1]), a),
  },
  // A bare year right after a change in percent and a word of comparison: "up 180 percent from 2015", "a rise of 62% over
  // 2021", "45 per cent higher than in 2019", "down 12 pct against 2024", "up 36% versus 2019", "8% above 2019 levels", "up
  // 20% on 2019 levels", "31 percent higher when set against 2019"; the year may stand inside a noun of level, with "its",
  // "their" or "the" and at most one hyphened word before it: "40% above its 2019 level", "up 12 pct on the pre-pandemic
  // 2019 figure", "higher than their 2020 totals" ("the 2019 route" names no level and is left). The whole year, read as a base (BASE_BEFORE); comparisons.ts
  // weighs it by its year alone, so only the year before the figure's makes the change year-on-year.
  // ("rose 40 percent from 2021 to 2025" names a span, not a base; "jumped 45 percent from 2019 to reach" does not.)
  // The same change in money may stand in brackets after the percentage: "6.0% ($450 million) more than 2024" (USTR).
  {
    gate: CALENDAR_YEAR_GATE,
    needs: ['from', 'over', 'than', 'against', 'versus', 'vs', 'on', 'above', 'below'],
    pattern: /(?<=(?:%|\bper\s?cent|\bpercent|\bpct)(?:\s*\([^()]{1,30}\))?\s+(?:(?:higher|lower|more|less|up|down)\s+)?(?:(?:when\s+)?(?:set|measured|weighed|stacked\s+up)\s+)?(?:from|over|against|versus|vs\.?|on|above|below|than(?:\s+in)?)\s+(?:(?:its|their|the)\s+(?:[a-z]+-[a-z]+\s+)?)?)((?:19|20)\d\d)(?![\d-]|\s*[–/]|\s+(?:to|and|through|until)\s+(?:(?:19|20)\d\d|the\s+end|last|this)\b|['’]s)(?:(?<!\b(?:its|their|the)\s+(?:[a-z]+-[a-z]+\s+)?\d{4})|(?=\s+(?:levels?|figures?|totals?|volumes?|marks?|amounts?|tally|base)\b))/gi,
    build: (m, a) => wholeYearUpTo(Number(m[1]), a),
  },
  // ("In 2020, the last year of the previous five-year plan period, ...": "the last year of" something is the final year of a
  // span, not the year before the release's.)
  { gate: YEAR_GATE, needs: ['last year'], pattern: /\b(?<!\bthe\s+)last year\b(?!\s+of\b)/gi, build: (_m, a) => period(ym(a.year - 1, 1), ym(a.year - 1, 12)) },
  // "jumped 17.5 percent for the year", "paid $105.7 billion for the ore over the year", "shipped 1.05 million tons during
  // the year", "throughout the year", "across the year" in a report out in January or
  // February: the calendar year just ended (later in
  // a year the words more often frame a forecast or the year so far, and are left unread).
  {
    gate: YEAR_GATE,
    afterYear: ['the', 'full', 'whole', 'entire', 'full-', 'whole-', 'entire-'],
    // ("The value of the year's iron ore imports fell ...": the year's own figures, not a rank in it as "the year's highest".)
    pattern: /\b(?:for|over|during|throughout|across)\s+the\s+(?:(?:full|whole|entire)[- ])?year\b(?![- ](?:earlier|ago|before|to\s+date|so\s+far|end(?:ed|ing)?|to\b|through))|\bthe\s+(?:(?:full|whole|entire)[- ])?year['’]s\s+(?!(?:[\w-]+est|first|last|top|peak|high|low|record|(?:total|tally|volume|tonnage)\s+(?:so\s+far|to\s+date))\b)/gi,
    build: (_m, a) => (a.month <= 2 ? period(ym(a.year - 1, 1), ym(a.year - 1, 12)) : null),
  },
  // "The total value of imports and exports of goods in the whole year was ...": a statistical communique's (or an annual
  // review's) year with no number, in a report out by April, is the calendar year just ended; later in a year the words
  // more often frame a target or a forecast, and are left unread ("for the full year" is left to the rule above).
  // The year may be the measure's own complement ("the total import and export volume of goods of the whole year", "the
  // value of exports over the entire year", "the turnover across the full year"; a153), not a part of it ("half of the whole year").
  {
    gate: YEAR_GATE,
    needs: ['whole', 'full', 'entire'],
    pattern: /\b(?:in|during|throughout|over|across|(?<!\b(?:half|third|quarter|part|rest|remainder|share|fraction|percent|%)\s+)of)\s+the\s+(?:whole|full|entire)\s+year\b(?!\s*(?:of\b|\d|to\b|ahead\b|so\s+far\b|-))/gi,
    build: (_m, a) => (a.month <= 4 ? period(ym(a.year - 1, 1), ym(a.year - 1, 12)) : null),
  },
  { gate: YEAR_GATE, needs: ['this year'], pattern: /\bthis year\b/gi, build: (_m, a) => thisYear(a) },
  // "oil year 2024-25", "MY 2025/26", "the 2025/26 marketing year", "during the oil year": a season whose months the
  // words do not give; unresolved here (brackets after it settle it, or period-choice.ts the release's spelled season).
  { gate: SEASON_GATE, pattern: SEASON, build: (m) => ({ ...unresolved, season: { year: m[1] ?? m[2] ? Number(m[1] ?? m[2]) : null } }) },
];

// "Nov alone: exports +5.9%": flash notes set the month's own figure apart from the year so far with "alone".
const BARE_MONTH_AFTER = /^\.?\s+alone\b/;
// (a246) "* Dec imports 8.29 mln T", "- Nov crude exports 19.1 mln T", "Oct. shipments 31 mln T" opening a line: a wire's bullet
// abbreviates the month before the flow it dates (a goods word may stand between). Only at a line's head, after a bullet mark
// or none: inside a sentence or a headline ("China's Aug exports slip") the abbreviation is left to the rules above.
const BULLET_MONTH_BEFORE = /(?:^|\n)[ \t]*(?:[*•·▪‣–-][ \t]*)?$/;
const BULLET_MONTH_FLOW_AFTER = /^\.?\s+(?:[a-z][a-z-]*\s+)?(?:imports|exports|shipments|arrivals|purchases|trade|surplus|deficit)\b/;
const BARE_MONTH_BEFORE = /\b(?:in|of|for|during|since|from|to|until|till|through|and|between|by|end|late|early|mid|last|this)[\s-]+$/i;
// "Comparing April 2025 with April 2024": the second period is the base.
const COMPARING_BEFORE = /\bcompar(?:ing|ed|e)\s+[^,;.]{1,40}?\s+(?:with|to|against)\s+$/i;
// ("imports edged up 0.9 percent, a weaker pace than in August": a word of pace before "than" sets a rate beside an
// earlier rate; the month after it dates that rate, not a base of this change: percent-roles.ts NOT_YOY.)
// What makes a period a comparison base rather than the figure's own period ("3% above the volume of 2022", "compared with
// the value in 2023": a measure noun after a comparison word, before the period, names the base's measure). "than in the period January –
// October 2025": "the period" may name the span that follows. "compared with end-September 2025", "against the end of
// September 2025": a cut-off month after the comparison word is the base of a year-to-date figure.
// ("the same stretch of 2023", "the like span of 2023", "the same part of last year": other nouns of a span of time name the
// base as "period" does; a137.)
const BASE_BEFORE = /(?:\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|(?<!\b(?:slower|faster|quicker|weaker|stronger|softer|sharper|steeper|milder)(?:\s+(?:pace|rate|clip))?\s)than|versus|vs\.?|against|relative\s+to|from|over|on)\s+(?:in\s+|during\s+|that\s+of\s+|those\s+of\s+)?(?:the\s+)?(?:same\s+period\s+(?:of\s+|in\s+)?|(?:corresponding|similar)\s+period\s+(?:of\s+|in\s+)?|period\s+)?(?:the\s+)?(?:end(?:\s+of\s+|-))?|\b(?:same|corresponding|comparable|similar|matching|equivalent|like)\s+(?:period|month|months|quarter|half|week|time|date|stretch|span|spell|window|interval|portion|phase|part|timeframe|time\s+frame|(?:\d{1,2}|ten|twenty)[- ]days?(?:\s+period)?|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]months?(?:\s+period)?)\s+(?:of\s+|in\s+)?(?:the\s+)?|\b(?:level|figure)\s+(?:of|in)\s+|\b(?:above|below|than|over|under|from|against|versus|vs\.?|with|to|compared\s+(?:with|to))\s+(?:(?:in|during)\s+)?the\s+(?:level|figure|volume|value|total|amount|tally)\s+(?:(?:of|in|for)\s+)?|\bthat\s+of\s+)$/i;
// A comparison word, then an amount, then "in": the period that follows dates the base amount (its unit may be CFA francs
// or an ISO code: "up from 97.2 billion CFA francs in August 2026").
// "versus 2.12 million bpd in September", "compares with 15.3 million tonnes in May last year". (a241: a noun of change with
// "on"/"over" compares as the words do, comparisons.ts BASE_WORD: "an improvement on the $1.31 billion shortfall recorded in
// July 2023", "a deterioration on the 2.1 billion surplus in May 2024", "a rise over the 4.2 million tonnes of 2022" date the
// base only, not the figure before them.)
const BASE_AMOUNT_BEFORE = /\b(?:compar(?:ed|es?)\s+(?:with|to)|in\s+comparison\s+with|versus|vs\.?|against|(?<!\b(?:more|less|fewer|greater|higher|lower|rather|other)\s)than|from|(?:improvement|deterioration|advance|gain|rise|increase|decrease|decline|drop|fall|reduction)\s+(?:on|over))\s+(?:the\s+|a\s+)?[+-]?(?:(?:US|HK|C|A|S)?[$€£¥₽₸]\s?)?\d[\d.,]*\s*(?:%|percent|per cent|trillion|billion|million|thousand|trln|tln|bln|mln|mil|bn|mn)?\s*(?:tonnes?|tons?|mt|TEUs?|yuan|dollars?|euros?|rubles?|tenge|(?:CFA\s+)?francs?|F\s?CFA|[A-Z]{3}|bpd|b\/d|barrels?(?:\s+(?:per|a)\s+day)?|cubic\s+met(?:er|re)s)?(?:\s+(?:US|U\.S\.)\s+dollars|\s+(?:yuan|dollars?|euros?|rubles?|tenge|tonnes?|tons?|yen))?(?:\s+(?:in\s+)?(?:surplus|deficit|shortfall|gap))?\s+(?:(?:in|during)\s+(?:the\s+)?)?$/i;
// "9.6 per cent higher than the ₦38.07 trillion recorded in the second quarter": an amount said to be
// recorded in a period, after a comparison word, is the base ("more than 5,000 tonnes recorded in" is a bound); so is a
// noun for the amount said to be recorded in it ("4.3% lower than the value recorded in Q1 2021", as statistics offices write).
const RECORDED_BASE_BEFORE = /\b(?:compar(?:ed|es?)\s+(?:with|to)|versus|against|(?<!\b(?:more|less|fewer|rather|other)\s)than|from|(?:improvement|deterioration|advance|gain|rise|increase|decrease|decline|drop|fall|reduction)\s+(?:on|over))\s+(?:the\s+|a\s+)?(?:[^\s\d]{0,4}\s?\d[\d.,]*\s*(?:[A-Za-z]+\s+){0,3}?|(?:value|level|figure|amount|volume|total)\s+)(?:recorded|registered|posted|reported|logged)\s+(?:in|during)\s+(?:the\s+)?$/i;
// "with a year-earlier comparison of 590 trains in January-September 2023", "against a base of 1.2 million tonnes in 2022",
// "the benchmark figure of $3.1 billion for 2019": a noun naming the amount as the comparison's base does what a comparison
// word does, whatever the amount counts.
const NAMED_BASE_AMOUNT_BEFORE = /\b(?:comparison|comparator|base|baseline|benchmark)(?:\s+(?:figure|level|total))?\s+of\s+(?:(?:about|around|some|nearly|just)\s+)?[^\s\d]{0,4}\s?\d[\d.,]*\s*(?:[A-Za-z]+\s+){0,3}?(?:in|during|for)\s+(?:the\s+)?$/i;
// All tested on the same window: one scan.
const BASE_AMOUNT_OR_COMPARING_BEFORE = anyOf([BASE_AMOUNT_BEFORE, COMPARING_BEFORE, RECORDED_BASE_BEFORE, NAMED_BASE_AMOUNT_BEFORE]);
// Verbs of founding and opening: the year or month after them dates an event.
// "just short of the monthly record set in 2023": the year a record was set dates that record only.
// "surpassing the previous monthly high set in August": the month a high was set dates that high only.
// "the Lunar New Year holiday, which fell in mid-February this year": the month of a holiday dates the holiday.
// "as the export window opened in late June": the part of a month an event fell in dates it too.
// "a 100% tariff that took effect in March", "since export curbs were imposed in December": the month a measure began.
// "Zhangmu port, which resumed freight services in 2023": the year a port reopened dates the reopening.
// "Tongjiang, whose railway bridge opened to freight in November 2022,": so does the month it opened to traffic.
// "The Korala border point, which opened for trade in June 2025,", "the gate, upgraded to an international gate in 2024":
// the month or year a crossing opened or was upgraded dates that event.
// "while their cost nearly doubled as world oil prices peaked in July": the month prices peaked or slumped dates that event, not
// the figures beside it.
// "completed its 1,000th voyage in May": the month of an ordinal run dates that run only.
// "after tariffs on Chinese batteries rose in August", "since sanctions were widened in March": the month a measure changed.
// "as safeguard quotas for the quarter filled up", "export quotas for 2026": the period a quota covers dates the quota.
// "after the duties were removed in March 2024", "since New Delhi imposed a provisional anti-dumping duty in May": the
// month a measure was put on or taken off, said of the measure or by the verb of whoever acted.
// "despite the steep tariffs Washington imposed last year", "the duties Brussels introduced on Chinese cars in October",
// "tariffs imposed last year": the measure named first, then who acted (if said) and the verb; the period dates the measure.
// The measure's rate may stand after its noun ("imposed duties of up to 218 percent in March", "the tariffs of 25% that
// Washington slapped on steel in May"; a234).
// "despite the 15% tariff on Japanese cars agreed last year", "the quotas negotiated in March", "curbs threatened in May": a
// measure agreed, struck, approved, proposed or threatened is dated the same way.
// "after its ban expired in October 2025": the month a measure ended; "the 2026-27 fiscal year, which began in July":
// the month a fiscal year started in dates its start, not the figures.
// "Malaysia, whose fresh durians were first admitted in 2024,", "since the fruit gained market access in 2023": the year goods were
// let into a market dates that access, not the figures.
// "shipments bought after the two sides signed their phase-one trade deal in January": the month a deal was signed dates
// the signing, its object between the verb and the month.
// "Argentina, where several new brine projects ramped up this year,", "a mine that came on stream in 2025", "which began
// loading in late 2025": the time a project or plant started producing dates that start.
const EVENT_BEFORE = /\b(?:\d[\d,]*(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,2}?(?:voyages?|trains?|trips?|runs?|journeys?|flights?|sailings?|departures?|vessels?|ships?|shipments?)|set\s+up|established|founded|(?:re)?opened(?:\s+(?:to|for)\s+(?:freight|cargo|traffic|trade|passengers?|vehicles))?|upgraded\s+to\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?[\w-]+|launched|built|inaugurated|commissioned|created|started\s+operation|put\s+into\s+(?:operation|service)|(?:resumed|restarted)(?:\s+(?:freight|cargo|passenger|normal|full|regular)?\s*(?:services?|operations?|traffic))?|signed(?:\s+(?:[\w.'’-]+\s+){0,4}?(?:deals?|agreements?|accords?|pacts?|treat(?:y|ies)|memorand(?:um|a)|MoUs?|FTAs?))?|joined|first\s+admitted|ramped\s+up|came\s+on(?:\s+|-)?stream|came\s+online|(?:began|started)\s+(?:production|producing|output|loading|shipping|exporting)|(?:granted|gained|won|given)\s+(?:[\w-]+\s+)?access|(?:record|high|peak|low)\s+(?:[\w-]+\s+)?(?:set|reached|hit|posted))\s+(?:in\s+|on\s+)?(?:(?:early|mid|late)[- ]?\s*)?$|\b(?:holidays?|festival|New\s+Year)\b,?\s+(?:which\s+|that\s+)?(?:fell|falls|began|begins|started|starts|came|comes|was|took\s+place)\s+(?:(?:in|on|at)\s+)?(?:(?:early|mid|late)[- ]?)?$|\b(?:took\s+effect|takes\s+effect|came\s+into\s+(?:force|effect)|kicked\s+in|(?:was|were|been|is|are)\s+(?:imposed|introduced|announced|adopted|lifted|enacted|tightened|scrapped|removed|dropped|waived|suspended|reinstated))\s+(?:in|on|from|at\s+the\s+(?:start|end)\s+of)\s+(?:(?:early|late|mid)[- ]?\s*)?$|\b(?:imposed|introduced|lifted|scrapped|removed|dropped|waived|suspended|reinstated|slapped)\s+(?:[\w.'’-]+\s+){0,4}?(?:tariffs?|dut(?:y|ies)|levies|levy|bans?|curbs?|quotas?|restrictions?|sanctions|controls?)\s+(?:(?:on|of)\s+(?:[\w.%'’-]+\s+){1,5}?)?(?:in|on|from)\s+(?:(?:early|late|mid)[- ]?\s*)?$|\b(?:tariffs?|dut(?:y|ies)|levies|levy|bans?|curbs?|quotas?|restrictions?|sanctions|controls?)\s+(?:of\s+(?:[\w.%'’-]+\s+){1,4}?)?(?:(?:that|which)\s+)?(?:[\w.'’-]+\s+){0,3}?(?:imposed|introduced|slapped|levied|announced|adopted|lifted|raised|agreed|negotiated|struck|approved|unveiled|proposed|threatened|enacted|hiked|extended)\s+(?:on\s+(?:[\w.'’-]+\s+){1,4}?)?(?:(?:in|on|from)\s+)?(?:(?:early|late|mid)[- ]?\s*)?$|\b(?:quotas?|allocations?|allowances?)\s+(?:(?:for|of)\s+(?:the\s+)?)?$|\b(?:after|since|when|before|following|once)\s+(?:[\w.'’-]+\s+){0,2}?(?:tariffs?|duties|levies|sanctions|curbs|restrictions|controls|bans?)\s+(?:[\w.'’-]+\s+){0,4}?(?:rose|increased|went\s+up|doubled|jumped|(?:were|was|had\s+been|have\s+been)\s+(?:raised|hiked|increased|doubled|extended|expanded|widened))\s+(?:in|on)\s+(?:(?:early|late|mid)[- ]?\s*)?$|\b(?:tariffs?|duties|levies|sanctions|curbs|restrictions|controls|bans?|quotas?|moratori(?:um|a)|suspensions?|exemptions?|waivers?|rebates?)\s+(?:[\w.'’-]+\s+){0,2}?(?:expired|ended|lapsed|ran\s+out)\s+(?:in|on|at\s+the\s+end\s+of)\s+(?:(?:early|late|mid)[- ]?\s*)?$|\b(?:fiscal|financial)\s+year\b,?\s+(?:which|that)\s+(?:began|begins|started|starts)\s+(?:in|on)\s+$|\bprices?\s+(?:[\w-]+\s+){0,2}?(?:peaked|bottomed(?:\s+out)?|soared|slumped|plunged|spiked|tumbled|crashed)\s+(?:in|on)\s+(?:(?:early|mid|late)[- ]?\s*)?$/i;
// An amount, then the verb that says when it was first made public: "the 42,600 tons reported ", "$5.1bn published in ".
// "the September total published last month (RMB 3.82 trillion)": a figure's noun names the amount instead of its number.
const REPORTED_AMOUNT_BEFORE = /(?:\d[\d.,]*\s*(?:[A-Za-z$]+\s+){0,3}?|\b(?:figure|total|estimate|number|reading)\s+)(?:(?:initially|originally|previously|first)\s+)?(?:reported|published|released|announced)\s+(?:in\s+|on\s+)?$/i;
const REPORTED_WORDS = keywords(['reported', 'published', 'released', 'announced'], REPORTED_AMOUNT_BEFORE);
// "Origin data for September, published last month, showed ...", "The breakdown, released on Friday, put ...", "the figures,
// which were issued in October, show ...": a participle of publication set off by a comma dates the publishing, not the figures.
// The time may be loose or a part of a period ("published late last month", "released at the end of October", "put out in
// mid-November", "out early this week"), and "out", "put out" and "unveiled" make figures public as "published" does.
const PUBLISHED_ASIDE_BEFORE = /,\s*(?:(?:which|that)\s+(?:was|were|had\s+been|came)\s+)?(?:(?:first|initially|originally|only)\s+)?(?:published|released|issued|announced|made\s+public|posted|put\s+out|unveiled|out)\s+(?:in\s+|on\s+|during\s+|at\s+the\s+(?:start|end|beginning|close|turn)\s+of\s+)?(?:(?:early|mid|late|earlier|later)[- ]?\s*(?:in\s+)?)?$/i;
const PUBLISHED_WORDS = keywords(['published', 'released', 'issued', 'announced', 'made public', 'posted', 'put out', 'unveiled', 'out'], PUBLISHED_ASIDE_BEFORE);
// "Total arrivals for the month, published in preliminary data earlier in November, were ...": a verb of making figures
// public, then "earlier (later, early, late) in" a month, dates the publication, not the figures (as "reported earlier this
// month" does for "this month").
const PUBLISHED_WHEN_BEFORE = /\b(?:published|released|issued|announced|reported|came\s+out)\s+(?:(?:in|with|as|by|on)\s+(?:[\w-]+\s+){1,4}?)?(?:earlier|later|early|late)\s+in\s+$/i;
const PUBLISHED_WHEN_WORDS = keywords(['published', 'released', 'issued', 'announced', 'reported', 'came out'], PUBLISHED_WHEN_BEFORE);
// "as published in last month's release", "first reported in the July bulletin", "given in the previous month's press release":
// the period that names an earlier publication, after a verb of making figures public, dates that publication (a first
// estimate revised since), not the figures.
// (a194: a verb of saying before "in its" an edition, "the Office says in its September quarterly", "wrote in the June
// review": the month names the edition, no figure's period.)
const PUBLISHED_IN_BEFORE = /\b(?:published|released|issued|announced|reported|stated|given|shown|estimated|(?:says|said|writes|wrote|notes|noted)(?=\s+in\s+(?:the|its|our)\s))\s+(?:in|by)\s+(?:the\s+|its\s+|our\s+)?$/i;
const PUBLISHED_IN_WORDS = keywords(['published', 'released', 'issued', 'announced', 'reported', 'stated', 'given', 'shown', 'estimated', 'says', 'said', 'writes', 'wrote', 'notes', 'noted'], PUBLISHED_IN_BEFORE);
// "The bureau's preliminary count, released in February,", "the first estimate, which was published in March,", "flash data
// issued on 7 May": the noun names figures made public, so the period after the verb dates that publication, not figures.
const PUBLISHED_NOUN_BEFORE = /\b(?:counts?|estimates?|figures?|data|readings?|tally|tallies|numbers|statistics|results|bulletins?|reports?|releases?)\s*,?\s+(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:(?:first|initially|originally|previously)\s+)?(?:published|released|issued|announced|given|put\s+out|made\s+public)\s+(?:in|on|during)\s+(?:(?:early|mid|late)[- ]?\s*)?$/i;
const PUBLISHED_NOUN_WORDS = keywords(['published', 'released', 'issued', 'announced', 'given', 'put out', 'made public'], PUBLISHED_NOUN_BEFORE);
const PUBLICATION_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:releases?|reports?|bulletins?|publications?|editions?|statements?|announcements?|updates?|issues?|quarterly|monthly|review|outlook)\b/i;
// "..., Beijing said in January.", "the ministry announced in March.": a verb of saying, then "in" a period that closes the
// clause, dates when it was said (a figure's own period comes with the figure, not after its source's verb).
const SAID_IN_BEFORE = /\b(?:said|announced|stated|disclosed|noted|reported|told\s+(?:reporters|parliament|journalists|the\s+press))\s+in\s+(?:(?:early|mid|late)[- ]?\s*)?$/i;
const SAID_IN_WORDS = keywords(['said', 'announced', 'stated', 'disclosed', 'noted', 'reported', 'told'], SAID_IN_BEFORE);
const CLAUSE_END_AFTER = /^\s*(?:[.,;:!?"”)]|$)/;

// "since special customs operations were extended across the whole island in December", "after the new list was rolled out to
// all ports in March", "a year in which the pilot scheme began at the zone in June": a time clause whose verb starts or widens a scheme,
// then where or how far, then the month: the month dates that event (as "took effect in" does), not the figures around it.
// The clause may run longer than the 60 characters the other rules read; one without a figure in it ("after exports rose 5
// percent in March") is left alone, and its verbs are those of schemes, not of trade.
const SCHEME_CLAUSE_BEFORE = /\b(?:since|after|when|following|once|(?:in|during)\s+which)\s+(?:(?!(?:since|after|when|and|but|while)\b)[A-Za-z'’-]+\s+){1,6}?(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:extended|expanded|widened|rolled\s+out|implemented|introduced|began|started|unveiled|enacted|adopted|went\s+(?:live|into\s+effect)|took\s+effect|came\s+into\s+(?:force|effect)|kicked\s+off)\s+(?:(?!(?:since|after|when|and|but|while)\b)[A-Za-z'’-]+\s+){0,6}?(?:in|on)\s+(?:(?:early|mid|late)[- ]?\s*)?$/i;
const SCHEME_CLAUSE_WORDS = keywords(['extended', 'expanded', 'widened', 'rolled out', 'implemented', 'introduced', 'began', 'started', 'unveiled', 'enacted', 'adopted', 'went live', 'went into effect', 'took effect', 'came into', 'kicked off'], SCHEME_CLAUSE_BEFORE);
const SCHEME_CLAUSE_REACH = 120;
// A time clause with its own subject and a verb in the past, and no figure in it: "after Beijing lifted a suspension on
// Brazilian plants in March", "once the new quotas had been issued in May", "when the strike at the port ended in June",
// "following heavy rains that flooded mines in July": the month dates what the clause tells (as a scheme's start does), not
// the figures of the sentence, nor the next sentence's. The clause's subject is one to six words with no comma or figure;
// "since" is left to the running totals, and a clause with a figure in it ("after exports fell 5% in March") is left alone,
// as is one whose verb reports what follows ("after the ministry said that ...").
// Its object may be a long noun phrase ("after Chinese customs revoked the licences of two major Canadian shippers in March",
// "when the ministry suspended imports from three of the country's largest beef plants in May"): up to ten words, within the
// hundred characters the rule reads.
const TIME_CLAUSE_BEFORE = /\b(?:[Aa]fter|[Ww]hen|[Oo]nce|[Ff]ollowing|[Bb]efore|[Uu]ntil|[Aa]s)\s+(?:[^\s\d,.;:()]+\s+){1,6}?(?:(?:had|has|have|was|were)\s+(?:been\s+)?)?(?:[a-z]{2,}ed|cut|set|put|shut|let|hit|spread|began|rose|fell|took|made|won|lost|broke|froze|struck|brought|sought|saw|came|went|grew|drew|held|kept|sent|sold|bought|paid|left|met|led|ran|spent|stood|fought|gave|wrote|spoke|told)\s+(?:(?!(?:that|which|what|how|whether)\s)[^\s\d,.;:()]+\s+){0,10}?(?:in|on|during)\s+(?:(?:early|mid|late)[- ]?\s*)?$/;
const TIME_CLAUSE_WORDS = keywords(['after', 'when', 'once', 'following', 'before', 'until', 'as'], TIME_CLAUSE_BEFORE);
const TIME_CLAUSE_REACH = 100;
// "after the ministry reported that exports in November rose 36.9 percent": a figure after the month in the same clause is
// dated by it (a verb of saying before it, "that" or not).
const FIGURE_IN_CLAUSE_AFTER = /^[^,.;:]*\d/;

/** "Zhao Min said in the first quarter, Hainan's trade ...": a period after the verb, then a comma, in a sentence with no figure before it. */
const opensReportedWords = (s: string, start: number, end: number) => /^\s*,/.test(s.slice(end, end + 3)) && !/\d/.test(s.slice(0, start));
// "the anniversary of the line's launch in December 2021", "the bridge's opening in June 2022", "a year after its
// inauguration on May 1", "since the corridor's debut in 2017": a launch written as a noun, then its date, dates the launch
// (as "launched in" does), not a figure, nor the next sentence's figures. Not a span "from the line's launch in April 2019
// through the end of March", which runs from it.
const LAUNCH_NOUN_BEFORE = /(?<!\bfrom\s+(?:the\s+)?)\b(?:the|its|their|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:launch|opening|inauguration|debut|commissioning)\s+(?:in|on)\s+(?:(?:early|mid|late)[- ]?\s*)?$/i;
const LAUNCH_NOUN_WORDS = keywords(['launch', 'opening', 'inauguration', 'debut', 'commissioning'], LAUNCH_NOUN_BEFORE);
// A crop season's timing, in any frame: "after an early start to the season in December and January", "the harvest began
// late in March", "as the campaign peaked in early May", "the end of the grape season in April": the month a season (harvest,
// campaign) started, peaked or ended dates that season, not the figures beside it.
const SEASON_TIMING_BEFORE = /\b(?:(?:start|end|opening|close|peak|onset|beginning|height)\s+(?:to|of)\s+(?:the\s+|its\s+|this\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:season|harvest|campaign)|(?:season|harvest|campaign)\s+(?:(?:had|has|was|having)\s+)?(?:began|begun|started|opened|ended|closed|peaked|kicked\s+off|got\s+under\s*way|wrapped\s+up|finished)(?:\s+(?:early|late|earlier|later))?)\s+(?:in|on|during)\s+(?:(?:early|mid|late)[- ]?\s*)?$/i;
const SEASON_TIMING_WORDS = keywords(['season', 'harvest', 'campaign'], SEASON_TIMING_BEFORE);
const EVENT_WORDS = keywords(['price', 'voyage', 'train', 'trip', 'run', 'journey', 'flight', 'sailing', 'departure', 'vessel', 'ship', 'set', 'established', 'founded', 'opened', 'reopened', 'upgraded', 'resumed', 'restarted', 'launched', 'built', 'inaugurated', 'commissioned', 'created', 'started', 'put', 'signed', 'joined', 'admitted', 'ramped', 'stream', 'online', 'began', 'access', 'record', 'high', 'peak', 'low', 'holiday', 'festival', 'year', 'effect', 'force', 'kicked', 'imposed', 'introduced', 'announced', 'adopted', 'lifted', 'enacted', 'tightened', 'scrapped', 'removed', 'dropped', 'waived', 'suspended', 'reinstated', 'slapped', 'quota', 'allocation', 'allowance', 'tariff', 'duties', 'levies', 'sanction', 'curb', 'restriction', 'control', 'ban', 'moratori', 'suspension', 'exemption', 'waiver', 'rebate'], EVENT_BEFORE);
// "the most since 2021", "the lowest for the period since 2019": a superlative's reach back, not a running total; the
// superlatives of a change too ("the sharpest decline since", "the steepest fall", "the deepest slide", "the heaviest drop").
const SUPERLATIVES = 'most|least|highest|lowest|biggest|largest|smallest|strongest|weakest|fastest|slowest|best|worst|fewest|sharpest|steepest|deepest|heaviest|quickest|greatest|widest|narrowest|softest|mildest';
const SUPERLATIVE_WORD_LIST = SUPERLATIVES.split('|');
const SUPERLATIVE_SINCE_BEFORE = new RegExp(`\\b(?:${SUPERLATIVES})\\s+(?:[\\w-]+\\s+){0,4}?$`, 'i');
// "the first time it has been under 20 pc since 2004", and a first change of its kind: "their first decline since", "its
// first monthly rise since", "the first trade deficit since": how far back it reaches, not a running total. (a221: its other
// names too, "the first annual shortfall since 1997", "the first trade gap since", "its first downturn since".)
const FIRST_TIME_SINCE_BEFORE = /\bfirst\s+(?:time\b[^.;,]{0,60}|(?:[\w-]+\s+){0,2}?(?:rise|increase|gain|growth|expansion|uptick|rebound|decline|drop|fall|contraction|decrease|dip|slide|slump|surplus|deficit|shortfall|gap|downturn|upturn|recovery|jump|surge|plunge|slowdown|imbalance)s?\s+)$/i;
const FIRST_TIME_WORDS = keywords(['first'], FIRST_TIME_SINCE_BEFORE);
const NOT_SEEN_SINCE_BEFORE = /\b(?:(?:not|never)\s+(?:been\s+)?(?:seen|recorded|reached|matched|hit|posted|touched|observed|registered|equall?ed)|unseen|unmatched|unequall?ed)\s+$/i;
const LAST_SEEN_BEFORE = /\blast\s+(?:seen|recorded|reached|matched|hit|posted|touched|observed|registered)\s+(?:back\s+)?(?:(?:in|during)\s+)?(?:the\s+)?$/i;
const NOT_SEEN_WORDS = keywords(['not', 'never', 'unseen', 'unmatched', 'unequal', 'last'], NOT_SEEN_SINCE_BEFORE, LAST_SEEN_BEFORE);
// "the highest since July last year", "the lowest since early 2024": the periods after "since" date
// how far back the superlative reaches, not a figure (nor the next sentence's figures); so "since the middle of last year",
// "since the end of 2017".
// (a241: "the quickest pace since last April", "the weakest since this past March": a month named by "last" or "this past".)
const SUPERLATIVE_SINCE_PERIOD_BEFORE = new RegExp(`\\b(?:${SUPERLATIVES})\\s+(?:[\\w-]+\\s+){0,4}?since\\s+(?:(?:early|late|mid)[- ]?|the\\s+(?:middle|start|beginning|end)\\s+of\\s+)?(?:(?:last|this\\s+past)\\s+)?(?:${MONTH}\\s+)?$`, 'i');
// "the highest monthly volume this year", "the biggest single-month intake in 2025": a superlative over months (or
// weeks, days) reaches back over the period after it; that period dates the ranking, not a figure (nor the next sentence's).
const SUPERLATIVE_OVER_MONTHS_BEFORE = /\b(?:most|least|highest|lowest|biggest|largest|smallest|strongest|weakest|best|worst|fewest)\s+(?:[\w-]+\s+){0,2}?(?:monthly|single[- ]month|weekly|daily|for\s+(?:any|a|one)\s+(?:single\s+)?month|in\s+(?:any|a|one)\s+(?:single\s+)?month)\s+(?:[\w-]+\s+){0,2}?(?:so\s+far\s+|yet\s+)?(?:in\s+|of\s+)?$/i;
// "Russia, which was China's top car market in 2024 and 2025", "the second-largest supplier in 2023": the years a rank was
// held date the rank, not a figure (nor the next sentence's figures).
const RANK_HELD_BEFORE = /\b(?:top|largest|biggest|main|leading|first|second|third|number[- ]one)\s+(?:[\w-]+\s+){0,2}?(?:market|buyer|customer|destination|supplier|source|origin|partner)s?\s+(?:(?:in|during|for|through(?:out)?)\s+)?(?:the\s+)?(?:(?:19|20)\d{2}\s*(?:and|,)\s*)?$/i;
// Only whole years: "China's largest crude oil supplier in October" ranks the reported month itself.
const RANK_YEAR = /^(?:(?:in|during|for|through(?:out)?)\s+)?(?:19|20)\d{2}$/i;
const RANK_HELD_WORDS = keywords(['market', 'buyer', 'customer', 'destination', 'supplier', 'source', 'origin', 'partner'], RANK_HELD_BEFORE);
const SUPERLATIVE_WORDS = keywords(SUPERLATIVE_WORD_LIST, SUPERLATIVE_SINCE_BEFORE, SUPERLATIVE_SINCE_PERIOD_BEFORE, SUPERLATIVE_OVER_MONTHS_BEFORE);
const BASE_AMOUNT_OR_COMPARING_WORDS = keywords(['compar', 'versus', 'vs', 'against', 'than', 'from', 'base', 'benchmark', 'improvement', 'deterioration', 'advance', 'gain', 'rise', 'increase', 'decrease', 'decline', 'drop', 'fall', 'reduction'], BASE_AMOUNT_OR_COMPARING_BEFORE);
const POINTS_OR_COMPARING_BEFORE = /(?:\bpoints?\s+(?:over|on|from|than|against|compared\s+(?:with|to))|\bcomparing\s+(?:with|to|against))\s+(?:in\s+)?(?:the\s+)?$/i;
const POINTS_OR_COMPARING_WORDS = keywords(['point', 'comparing'], POINTS_OR_COMPARING_BEFORE);
// "over January and February" is a span; "7.1 per cent over May 2025" (or "11.2pc over", the sign glued to the number)
// names the base of a change, and
// so does "on" after an amount: "down $1,204m on June" (ABS style) compares with June, and after a change in
// brackets: "up €387 million (+3.7%) on September 2025", or after a change set off by commas: "rose $594 million, or four per
// cent, on June's figure", or after a noun of change: "a 6.6% increase on December 2024" compares with that December.
// "a 6.5 per cent increase over October 2025" (a noun of change between the percentage and "over", no "the") names the base too.
// A percentage's word or sign, which a change's base may follow ("up 6.5% over").
const PERCENT_WORD = String.raw`(?:%|\bper\s?cent|\bpercent|(?<![A-Za-z])pct|(?<![A-Za-z])pc)`;
// The comma may set the base apart after a list of changes it is common to ("grew by $11.9 billion or 27.4%, and that of
// machinery by $7.3 billion or 6.8%, over March 2023", "rose 4.1% and 2.2% respectively, over March", "were 4 per cent higher,
// over March": a177).
const BASE_OVER_ALLOWED = new RegExp(String.raw`(?<!${PERCENT_WORD}\)?(?:\s+(?:respectively|higher|lower|more|less|up|down))?,?\s+)(?<!${PERCENT_WORD}\s+(?:increase|rise|gain|jump|decrease|decline|drop|fall)\s+)\bover\s+$|(?<!${PERCENT_WORD}\)?\s+)\bover\s+the\s+$|(?<!(?:%|\bper\s?cent|\bpercent|\bpct|\bpc|\d(?:m|bn|mn)?|\b(?:million|billion|thousand|tonnes|tons|increase|rise|gain|growth|decrease|decline|drop|fall|jump))\)?,?\s+)\bon\s+(?:the\s+)?$`, 'i');
// "already above last year's full-year total", "surpassing 2025's level": the period owns the amount
// being passed, a comparison base, not the period of the sentence's figures (nor of the next sentence's).
// So does a level drawn near to ("already close to last year's full-year total", "nearing 2024's record", "approaching last
// year's volume", "within reach of last year's total", "just short of 2025's tally": a197).
// (a222: "passing", "edging toward", "closing in on", "not far from" too.)
const PASSED_LEVEL_BEFORE = /\b(?:above|below|beyond|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|pass(?:ed|ing|es)?|top(?:ped|ping|s)?|overtak(?:e|es|en|ing)|overtook|match(?:ed|es|ing)?|outpac(?:e|ed|es|ing)|close\s+to|near(?:ing|s|ed)?|approach(?:ed|es|ing)?|(?:edg|inch|creep)(?:e|es|ed|ing)\s+(?:closer\s+|up\s+)?towards?|clos(?:e|es|ed|ing)\s+in\s+on|far\s+from|within\s+(?:reach|sight)\s+of|short\s+of)\s+(?:the\s+)?$/i;
const PASSED_LEVEL_WORDS = keywords(['above', 'below', 'beyond', 'exceed', 'surpass', 'pass', 'top', 'overtak', 'overtook', 'match', 'outpac', 'close', 'near', 'approach', 'toward', 'far', 'within', 'short'], PASSED_LEVEL_BEFORE);
// "not far short of the 2024 surplus of 7.06 trillion yuan", "passing the 2023 exports of", "close to the 2019 record of": a
// level passed or drawn near to, named by a bare year before its noun, dates that level only, as "2024's total" does (a222).
const YEAR_LEVEL_NOUN_AFTER = /^\s*(?:(?:record|all-time|annual|full-year|trade|goods|foreign|total)\s+)?(?:surplus|deficit|shortfall|balance|exports|imports|trade|turnover|shipments|level|total|peak|high|record)\b/i;
const POSSESSIVE_AFTER = /^['’]s\b/;
// "above the previous November high of 3.41 million tons set in 2023", "already above the full-year record of 104.5 million
// tons reached in 2025": the period of a level passed dates that level only (period-choice.ts does not carry it on).
// "topped the 10 million tonne mark in October" passes a round mark in the figure's own month.
// A level drawn near to, "the" before its amount, is passed by no figure but dates only itself too (a201): "close to the 4.0
// million tonnes the port moved in the second half of 2024", "near the 5.45 billion we saw in 2023-24", "within reach of the
// 12.9 million TEU handled in 2024"; its doer may stand before the verb ("the port", "we").
// The verb may be any of trading the goods, with its particle ("the 1.12 trillion yuan brought in during January-September
// 2023", "the 4.2 million tonnes imported over the first half of 2022", "the $3.1 billion sold abroad in 2021": a210).
export const PASSED_AMOUNT_VERB = String.raw`(?:set|reached|recorded|posted|hit|seen|saw|registered|achieved|moved|handled|shipped|logged|booked|brought\s+in|imported|exported|sold|bought|purchased|carried|landed|received|delivered|traded|cleared)(?:\s+(?:abroad|overseas|out|in))??`;
// (a222: any verb of passing or drawing near, "passing", "edging toward", "inching towards", "closing in on", "not far from";
// the doer's tense ("the 191.5 billion yuan the province had bought in during 2019", "the 4 million tonnes we have
// shipped in 2023"); a whole year named ("the 1.1 trillion yuan recorded for the whole of 2024", "in the full year 2023").)
// The doer of the verb of a passed amount, with its tense ("the province had", "we have", "it"), and the particle to its period.
export const PASSED_AMOUNT_DOER = String.raw`(?:(?:the|its|their)\s+[a-z]+\s+|we\s+|it\s+|they\s+)?(?:(?:had|has|have)\s+)?`;
export const PASSED_AMOUNT_PARTICLE = String.raw`(?:of|in|during|over|for)\s+(?:the\s+)?(?:(?:whole|entire)\s+of\s+(?:the\s+)?|full\s+year\s+(?:of\s+)?)?`;
export const PASSED_AMOUNT_BEFORE = new RegExp(String.raw`\b(?:above|below|beyond|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|pass(?:ed|ing|es)?|top(?:ped|ping|s)?|overtak(?:e|es|en|ing)|overtook|beat(?:ing|s)?|close\s+to|near(?:ing)?|approaching|(?:edg|inch|creep)(?:e|es|ed|ing)\s+(?:closer\s+|up\s+)?towards?|clos(?:e|es|ed|ing)\s+in\s+on|far\s+from|within\s+reach\s+of|(?:just\s+)?short\s+of)\s+the\s+(?:(?:[\w-]+\s+){0,3}?(?:record|high|peak|best|level|total)\s+of\s+)?[^\s\d]{0,4}\s?\d[\d.,]*\s*(?:(?!(?:mark|threshold|barrier|milestone|level)\b)[A-Za-z]+\s+){0,3}?(?:${PASSED_AMOUNT_DOER}${PASSED_AMOUNT_VERB}\s+(?:${PASSED_AMOUNT_PARTICLE})?|(?:of|in|during)\s+(?:the\s+)?)$`, 'i');
// "more than double the September volume of 582,000 tonnes", "twice the 2025 level of": a period naming the
// amount a multiple or a passing word measures against is a base, like "than in September".
const MEASURED_AGAINST = {
  before: /\b(?:double|doubled|triple|tripled|twice|thrice|half|halved|above|below|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|top(?:ped|ping|s)?)\s+the\s+$/i,
  after: /^\s+(?:volume|level|figure|total|tally|tonnage|amount)\s+of\b/i,
};
const MULTIPLE_OF_BEFORE = /\b(?:double|triple|treble|twice|thrice|half|\d+(?:\.\d+)?\s+times)\s+$/i;
// "more than three times the volume of 2021", "twice the level in 2024": the period whose measure a multiple is taken of
// ("more than double its volume in 2023": the subject's own measure, named by its possessive, too). A multiple with no
// number ("several times the level of 2023", "many times the 2019 volume") measures against that period as well.
// (a194: "three times as many as in January-September 2024", "twice as much as during 2023": the multiple said with "as many
// as" names its base period after "in" or "during" the same way.)
// (a250: "nearly three times the number in 2018", "twice the count of 2023": a count's measure, "number", "count", "quantity"
// and "value", is measured against the same way.)
const MULTIPLE_OF_MEASURE_BEFORE = /\b(?:double|triple|treble|twice|thrice|half|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times)\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+)?(?:volume|level|figure|total|tally|tonnage|amount|number|count|quantity|value)\s+(?:(?:of|in|for)\s+(?:the\s+)?)?|as\s+(?:many|much)\s+as\s+(?:in|during)\s+)$/i;
// "2.4 times last year's" closing a headline or a clause: the measure left unsaid after the possessive is the same one.
const POSSESSIVE_MEASURE_AFTER = /^['’]s(?:\s+(?:volume|level|figure|total|tally|tonnage|amount|number|count|value|size|quantity)\b|\s*(?:[.,;:)]|$))/i;
// "84% below April 2025", "12 percent above the June 2025 level": a percentage short of or past a
// dated level is a change against it, so that period is the change's base, not the figure's own.
// So is "5.3% above the 46.6 mil mt received in May 2025": the amount passed is that month's.
// (The sign of percent may be glued to the number, as wires and South Asian papers write it: "11.7pc above June 2023", "4pct below".)
const PERCENT_PASSED_BEFORE = /(?:%|(?:\b|(?<=\d))(?:per\s?cent|percent|pct|pc))\s+(?:below|above|under|short\s+of|ahead\s+of)\s+(?:the\s+|that\s+of\s+)?(?:(?:US)?[$€£¥]?\d[\d.,]*\s*(?:[a-zA-Z/]+\s+){0,3}?(?:(?:received|recorded|reported|seen|shipped|imported|exported|posted)\s+)?(?:in|of|during)\s+(?:the\s+)?)?$/i;
const PERCENT_OF_BEFORE = /(?:%|\bper\s?cent|\bpercent)\s+of\s+$/i;
// "1 102.5 thousand tonnes, or 121.3% to January 2019", "which makes 71.4% to the level of January-June 2021", "(96.1% to the
// corresponding period ...)": a bare index "to" a period (the Russian "в % к") names its base. Only after "or", "which is",
// a comma or a bracket: "exports rise 3.1% to September" is a change up to a month.
const INDEX_TO_PERIOD_BEFORE = /(?:\bor|\bwhich\s+(?:is|was|makes|made|amounts\s+to|constitutes)|[,(])\s*\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+to\s+(?:the\s+)?(?:level\s+of\s+(?:the\s+)?)?$/i;
// "on par with last year's 215.3 GW": the year before owning the amount right after it is that amount's base
// (comparisons.ts dates it the figure's own months a year before), not the sentence's period.
const YEAR_BEFORE_MENTION = /^(?:last|the\s+previous|the\s+prior)\s+year$/i;
const POSSESSIVE_AMOUNT_AFTER = /^['’]s\s+(?:(?:revised|preliminary|surplus|deficit|level|total|figure)\s+(?:of\s+)?)?(?:US)?[$€£¥]?\d/i;
const POSSESSIVE_LEVEL_AFTER = /^['’]s\s+(?:level|figure)\b/i;
// "rose 11.3pc to $3.02bn over ", "fell 2% to 41,200 tonnes over the ": a change, its new amount, then "over".
const PERCENT_OVER_AMOUNT_BEFORE = /\d\s*(?:%|per\s?cent|percent|pct|pc)\s+over\s+(?:the\s+|a\s+)?[^\s\d]{0,4}\s?\d[\d.,]*\s*(?:[A-Za-z$]+\s+){0,2}?(?:in|during)\s+(?:the\s+)?$/i;
const CHANGE_TO_AMOUNT_OVER_BEFORE = /\d\s*(?:%|per\s?cent|percent|pct|pc)\s+to\s+[^\s\d]{0,4}\s?\d[\d.,]*\s*(?:[A-Za-z$]+\s+){0,2}?over\s+(?:the\s+)?$/i;
// "40% above its 2019 level", "up 12 pct on their pre-pandemic 2019 figure", "a third higher than its 2020 total": a year
// inside the level of the figure's owner, right after a change in percent and a word of comparison, is the change's base
// (the bare-year rule of findPeriods reads the year; "from its 2019 launch" names no level and is left).
const OWNER_LEVEL_YEAR_BEFORE = /(?:%|\bper\s?cent|\bpercent|\bpct|\bpc)\s+(?:(?:higher|lower|more|less|up|down)\s+)?(?:from|over|on|than(?:\s+in)?|against|versus|above|below)\s+(?:its|their|the)\s+(?:[a-z]+-[a-z]+\s+)?$/i;
const LEVEL_NOUN_AFTER = /^\s+(?:levels?|figures?|totals?|volumes?|marks?|amounts?|tally|base)\b/i;
const PERCENT_PASSED_WORDS = keywords(['below', 'above', 'under', 'short', 'ahead'], PERCENT_PASSED_BEFORE);

// Two publication dates no release has: a period that resolves differently against them depends on
// the publication date ("in June", "last year", "so far this year"); one that does not is explicit.
const PROBE_ANCHORS: [Anchor, Anchor] = [
  { year: 2400, month: 1 },
  { year: 2500, month: 12 },
];

/**
 * All period expressions of a sentence, classified (figure period, comparison base, unresolved,
 * date). Without a publication date (`anchor` null) explicit periods ("the first half of 2020")
 * still resolve, relative ones ("in June", "this year") are `unresolved` and relative bases are undated; `country`, the
 * reporter's, gives fiscal years their calendar then as the anchor's country does.
 */
export function findPeriods(s: string, anchor: Anchor | null, country = ''): PeriodMention[] {
  return withYearLater(s, datingWhenClause(s, levelNamedByPeriod(s, causeOfSpans(s, partOfSpans(s, rankWithinSpan(s, findPeriodsOf(s, anchor, country)))))));
}

// "exports rose 7.2% in July, the fastest growth this year", "March's surplus, the largest so far this year", "the
// quarter's imports were the highest of the year", "its best month yet in 2020": a superlative after a figure already
// dated ranks it among the periods of the longer span that follows; that span dates the ranking, not a figure (nor the
// next sentence's figures). Only when an earlier period of the sentence lies within the span.
const SUPERLATIVE_IN_SPAN_BEFORE = new RegExp(`\\b(?:${SUPERLATIVES})\\s+(?:[\\w-]+\\s+){0,3}?(?:so\\s+far\\s+|yet\\s+)?(?:(?:in|of|for|during)\\s+)?(?:the\\s+)?$`, 'i');

/** Spans a superlative ranks an earlier-dated figure within ("in July, the fastest growth this year") made no period. */
function rankWithinSpan(s: string, periods: PeriodMention[]): PeriodMention[] {
  if (periods.length < 2 || !mentions(s, SUPERLATIVE_WORDS)) return periods;
  const within = (q: PeriodMention, p: PeriodMention) => q.kind === 'period' && q.end <= p.start && q.periodStart >= p.periodStart && q.periodEnd <= p.periodEnd && (q.periodStart !== p.periodStart || q.periodEnd !== p.periodEnd);
  return periods.map((p) => (p.kind === 'period' && SUPERLATIVE_IN_SPAN_BEFORE.test(s.slice(Math.max(0, p.start - 60), p.start)) && periods.some((q) => within(q, p)) ? { ...p, ...notAPeriod } : p));
}

// "prices above US$ 100 a tonne for much of the June quarter", "through most of 2024", "during part of March", "for the better
// part of the first half", "over large parts of the year": a span of which only a part is meant dates no figure (what is
// counted over a part of a span is counted over no span the text names); the figure keeps the period it had before.
const PART_OF_BEFORE = /\b(?:much|most|(?:a\s+|the\s+)?(?:large\s+|good\s+|greater\s+|better\s+)?parts?|some|the\s+bulk)\s+of\s+(?:the\s+)?$/i;

/** Periods named as a part of a span ("much of the June quarter") made no period. */
function partOfSpans(s: string, periods: PeriodMention[]): PeriodMention[] {
  if (!s.includes(' of ') || !periods.some((p) => p.kind === 'period')) return periods;
  return periods.map((p) => (p.kind === 'period' && PART_OF_BEFORE.test(s.slice(Math.max(0, p.start - 30), p.start)) ? { ...p, ...notAPeriod } : p));
}

// "the latter down 22% after last year's price peak", "shipments fell on the back of 2023's drought", "despite the previous
// season's bumper crop", "owing to the 2022 strike at the port": a period owning (or naming) the event a clause of cause leads
// to dates the cause, not the figure; the figure keeps the period it had before.
// (a253) "both a turn for the better after July's declines", "following June's dip": the earlier month's change a judgement
// on the rates sets them after is such an event too.
const CAUSE_BEFORE = /\b(?:after|following|amid|amidst|despite|because\s+of|due\s+to|owing\s+to|thanks\s+to|on\s+the\s+back\s+of|in\s+the\s+wake\s+of|in\s+the\s+aftermath\s+of|reflecting|as\s+a\s+result\s+of)\s+(?:the\s+)?$/i;
const EVENT_AFTER = /^(?:['’]s?\s+|\s+)(?:[a-z][\w-]*\s+){0,2}?(?:peaks?|highs?|lows?|records?|spikes?|surges?|slumps?|declines?|falls?|drops?|dips?|contractions?|downturns?|setbacks?|losses|crash|collapse|droughts?|floods?|harvests?|crops?|strikes?|shortages?|disruptions?|bans?|restrictions?|measures?|prices?|rally|boom|glut|outbreaks?|storms?|rains|frosts?|blockades?|closures?|stockpiling|devaluation|elections?|reforms?)\b/;
const CAUSE_WORDS = keywords(['after', 'following', 'amid', 'despite', 'because', 'due', 'owing', 'thanks', 'on the back', 'in the wake', 'in the aftermath', 'reflecting', 'as a result'], CAUSE_BEFORE);

/** Periods that date the event a clause of cause names ("after last year's price peak") made no period. */
function causeOfSpans(s: string, periods: PeriodMention[]): PeriodMention[] {
  if (!periods.some((p) => p.kind === 'period') || !mentions(s, CAUSE_WORDS)) return periods;
  return periods.map((p) => (p.kind === 'period' && CAUSE_BEFORE.test(s.slice(Math.max(0, p.start - 40), ownStart(s, p))) && EVENT_AFTER.test(s.slice(p.end, p.end + 40)) ? { ...p, ...notAPeriod } : p));
}
// ("because of 2023's poor rains": the mention read may begin with the "of" or "to" the words of cause end on.)
const ownStart = (s: string, p: PeriodMention): number => p.start + (/^(?:of|to)\s+/.exec(s.slice(p.start, p.end))?.[0].length ?? 0);

// "about a third above the March 2023 figure", "well below their first-half 2024 level", "higher than the 2019 total",
// "compared with the January 2025 tally": a period written inside a level that a word of comparing leads to names the base,
// however the change was put (a fraction, a multiple, a percentage or none).
const COMPARED_LEVEL_BEFORE = /\b(?:above|below|under|over|than|against|versus|vs\.?|beyond|compared\s+(?:with|to)|relative\s+to)\s+(?:the|its|their|that)\s+(?:[a-z]+-[a-z]+\s+)?$/i;

// "level with what the country bought in the first eleven months of 2025", "higher than what it shipped in 2024", "on a par
// with the amount that was imported during the same months of 2025": a free relative standing for an amount, after a word of
// comparing or equality, names the base; its period is the base's.
export const FREE_RELATIVE = String.raw`(?:what|the\s+(?:amount|sum|value|volume|quantity|tonnage)(?:\s+(?:that|which))?)\s+(?:[\w'’-]+\s+){1,4}?`;
const FREE_RELATIVE_BASE_BEFORE = new RegExp(String.raw`\b(?:level\s+with|par\s+with|in\s+line\s+with|the\s+same\s+as|equal\s+to|equivalent\s+to|matching|compared\s+(?:with|to)|than|above|below|against|versus|from)\s+${FREE_RELATIVE}(?:(?:in|during|over|for|across)\s+)?(?:the\s+)?$`, 'i');

/** A period between a word of comparing and a noun of level ("above the March 2023 figure"), or ending a free relative after one: a base. */
function levelNamedByPeriod(s: string, periods: PeriodMention[]): PeriodMention[] {
  if (!periods.some((p) => p.kind === 'period')) return periods;
  const relative = s.includes('what ') || s.includes('the amount') || s.includes('the value') || s.includes('the volume');
  return periods.map((p) => (p.kind === 'period' && ((LEVEL_NOUN_AFTER.test(s.slice(p.end, p.end + 12)) && COMPARED_LEVEL_BEFORE.test(s.slice(Math.max(0, p.start - 40), p.start))) || (relative && FREE_RELATIVE_BASE_BEFORE.test(s.slice(Math.max(0, p.start - 90), p.start)))) ? { ...p, kind: 'base' } : p));
}

// "The momentum carried over from the closing half of 2022, when Yiwu's exports reached 251.3 billion yuan", "a recovery
// since 2021, when shipments stood at 4.1 million tonnes": a period read as a base ("from", "since") that a "when" clause
// goes on to give an amount of dates that amount. Only when no figure comes before it and no word of comparing leads to
// it ("Compared with 2021, when imports totalled ..." keeps its base).
const WHEN_CLAUSE_AMOUNT = /^\s*,?\s+when\s+[^.;\d]{0,80}\d/;
const COMPARING_BEFORE_WHEN = /\b(?:compared|comparison|against|versus|vs|than|relative|contrast|set\s+beside)\b[^,.;]*$/i;

/** A base period with a "when" clause stating its amount, and no figure before it: the period of that amount. */
function datingWhenClause(s: string, periods: PeriodMention[]): PeriodMention[] {
  if (!s.includes(' when ')) return periods;
  // (A dateline's day is no figure: the words before the base are read without dates.)
  const undated = periods.reduce((text, d) => (d.kind === 'date' ? text.slice(0, d.start) + ' '.repeat(d.end - d.start) + text.slice(d.end) : text), s);
  return periods.map((p) => (p.kind === 'base' && p.periodStart !== '' && WHEN_CLAUSE_AMOUNT.test(s.slice(p.end, p.end + 100)) && !COMPARING_BEFORE_WHEN.test(s.slice(Math.max(0, p.start - 60), p.start)) && !/\d/.test(undated.slice(0, p.start).replace(/\b(?:19|20)\d\d\b/g, '')) ? { ...p, kind: 'period' } : p));
}

// "1.18 billion tonnes in 2023 and 1.24 billion tonnes a year later", "3,841 trains in 2021 and 4,639 the following year",
// "worth 31.8 billion dollars in 2022 and 34.6 billion one year later": an amount dated by the year after the whole year its
// list named before it. Only right after a listed amount (a digit and "and" between), never a forecast's "next year".
// The words may open the next clause, the amount after them ("1.18 billion tonnes in 2023; the next year they reached 1.24
// billion tonnes", "2.15 million tonnes in 2022 before climbing to 4.21 million tonnes in the subsequent year" reads the first
// frame): then an amount stands between the year and the words, and another follows them in their clause.
// The family (quantities.ts reads bare counts by it too): "a year later / on / after / further on", "one year afterwards", "twelve months on", "the following / next /
// subsequent year", "the year after" (not before a pronoun or an article: "the year after it opened") and "in the year that followed".
// "the previous month", "the month before", "a month earlier", "one month previously": the month before the figures' own,
// in every wording (a source for the patterns of earlier months' growth in comparisons.ts and nonfigures.ts).
export const MONTH_BEFORE = String.raw`(?:the\s+(?:previous|preceding|prior)\s+month|the\s+month\s+(?:before|earlier|prior)|(?:a|one)\s+month\s+(?:earlier|before|previously|ago))`;
export const YEAR_LATER = String.raw`\b(?:(?:a|one)\s+year|(?:twelve|12)\s+months)\s+(?:later|on|after(?:wards)?|further\s+on|farther\s+on)\b|\bthe\s+(?:following|next|subsequent)\s+year\b|\bthe\s+year\s+(?:after(?:wards)?\b(?!\s+(?:next|that|it|its|they|their|the|a|an)\b)|that\s+followed\b)`;
const YEAR_LATER_WORDS = new RegExp(YEAR_LATER, 'gi');
// A sentence opened by those words ("The year after, they came to 352,000 tonnes.", "A year further on, the count reached"):
// its amounts are of the year after the whole year the sentences before it were about.
const YEAR_LATER_OPENING = new RegExp(String.raw`^\s*(?:(?:In|During|Over|By)\s+)?(?:${YEAR_LATER})`, 'i');

/** The year after `inForce` when `s` opens with words of a year later and `inForce` is one whole calendar year; else null. */
export function yearAfterOpening(s: string, inForce: { start: string; end: string } | null): { start: string; end: string } | null {
  if (!inForce || !/^\d{4}-01$/.test(inForce.start) || inForce.end !== `${inForce.start.slice(0, 4)}-12` || !YEAR_LATER_OPENING.test(s)) return null;
  const next = String(Number(inForce.start.slice(0, 4)) + 1);
  return { start: `${next}-01`, end: `${next}-12` };
}
const LISTED_AFTER_YEAR = /^[^.;]{0,80}?\b(?:and|before|then)\s+(?:to\s+|(?:[a-z]+ing|rose|grew|climbed|fell|dropped)\s+to\s+)?[^.;\d]{0,20}\d[\d.,]*\s*(?:[A-Za-z%'’-]+\s+){0,4}?(?:in\s+)?$/;
const AMOUNT_IN_CLAUSE = /\d(?:[^.;]|\.(?=\d)){0,80}[;,]\s*$/;
const AMOUNT_BEFORE_YEAR = /\d(?:[^.;]|\.(?=\d)){0,60}$/;
const AMOUNT_AFTER = /^[^.;\d]{0,60}\d/;

/** Adds the year after a whole year mentioned before it in a list, for "a year later" after the list's next amount. */
function withYearLater(s: string, periods: PeriodMention[]): PeriodMention[] {
  if (!s.includes('year') && !s.includes('months')) return periods;
  const added: PeriodMention[] = [];
  for (const m of s.matchAll(YEAR_LATER_WORDS)) {
    const at = m.index;
    if (periods.some((p) => p.start < at + m[0].length && p.end > at)) continue;
    const year = periods.findLast((p) => p.end <= at && p.kind === 'period' && /^\d{4}-01$/.test(p.periodStart) && p.periodEnd === `${p.periodStart.slice(0, 4)}-12`);
    const between = year ? s.slice(year.end, at) : '';
    if (!year || !(LISTED_AFTER_YEAR.test(between) || ((AMOUNT_IN_CLAUSE.test(between) || (/^\s*[;,]\s*$/.test(between) && AMOUNT_BEFORE_YEAR.test(s.slice(Math.max(0, year.start - 70), year.start)))) && AMOUNT_AFTER.test(s.slice(at + m[0].length, at + m[0].length + 70))))) continue;
    const next = String(Number(year.periodStart.slice(0, 4)) + 1);
    added.push({ start: at, end: at + m[0].length, kind: 'period', periodStart: `${next}-01`, periodEnd: `${next}-12` });
  }
  return added.length ? [...periods, ...added].sort((a, b) => a.start - b.start) : periods;
}

function findPeriodsOf(s: string, anchor: Anchor | null, country: string): PeriodMention[] {
  if (anchor) return findPeriodsAt(s, anchor);
  // ("Japan's trade deficit in fiscal 2023": a fiscal year named by its year is explicit in the reporter's calendar.)
  const [a, b] = PROBE_ANCHORS.map((probe) => findPeriodsAt(s, country ? { ...probe, country } : probe));
  return a.map((p) => {
    const q = b.find((x) => x.start === p.start && x.end === p.end);
    const explicit = q !== undefined && q.kind === p.kind && q.periodStart === p.periodStart && q.periodEnd === p.periodEnd;
    if (explicit || (p.kind !== 'period' && p.kind !== 'base')) return p;
    // "Compared to the same period last year, ...": a base relative to a date the release does not give has no months
    // either (the probe's year 2399 is no base of the figures' 2020); it stays a base, undated.
    return p.kind === 'base' ? { ...p, periodStart: '', periodEnd: '' } : { ...p, kind: 'unresolved', periodStart: '', periodEnd: '' };
  });
}

/** Each period rule's gate, words and pattern, in order (for the test that every match passes its rule's gate and words). */
export function periodRuleGates(): ReadonlyArray<Pick<Rule, 'gate' | 'needs' | 'after' | 'afterYear' | 'pattern'>> {
  return RULES.map(({ gate, needs, after, afterYear, pattern }) => ({ gate, needs, after, afterYear, pattern }));
}

// The distinct gates (several rules share one: each is tested at most once per sentence), and one
// scan for "no rule can match" (most sentences name no period) before the gates one by one.
const GATES = [...new Set(RULES.flatMap((rule) => (rule.gate ? [rule.gate] : [])))];
const GATE_OF_RULE = RULES.map((rule) => (rule.gate ? GATES.indexOf(rule.gate) : -1));
// A rule's own words, for a rule whose gate many rules share (a month name) but which needs a rarer word too ("opened").
const WORDS_OF_RULE = RULES.map((rule) => (rule.needs ? keywords(rule.needs, rule.pattern) : null));
const AFTER_OF_RULE = RULES.map((rule) => (rule.after ? new Set(rule.after) : null));
const AFTER_YEAR_OF_RULE = RULES.map((rule) => (rule.afterYear ? new Set(rule.afterYear) : null));

// Words one of which every match of a gate contains (keywords.ts): a sentence with none of them is not
// scanned for that gate. Gates made of digits and signs have none to name.
const GATE_WORDS = new Map<RegExp, string[]>([
  [DAYS_OF_GATE, ['days']],
  [HALF_OF_MONTH_GATE, ['half']],
  [MID_MONTH_GATE, ['mid']],
  [CUTOFF_GATE, ['as of', 'as at', 'by', 'up to', 'until', 'till', 'through']],
  [SPAN_TO_GATE, ['month', 'year', 'quarter']],
  [YEAR_START_GATE, ['beginning', 'start', 'this year']],
  [FISCAL_YEAR_GATE, ['fiscal', 'financial']],
  [WEEK_ENDING_GATE, ['week']],
  [WEEK_NUMBER_GATE, ['week']],
  [IRANIAN_YEAR_GATE, ['iranian', 'persian', 'solar']],
  [FISCAL_GATE, ['fiscal', 'financial', 'fy']],
  [MONTH_GATE, MONTH_ABBREVIATIONS],
  [YEAR_TO_DAY_GATE, MONTH_ABBREVIATIONS],
  [MONTHS_GATE, ['month']],
  [QUARTER_GATE, ['quarter']],
  [HALF_GATE, ['half']],
  [YEAR_GATE, ['year']],
  [YEARS_OR_DECADES_GATE, ['year', 'decade']],
  [SEASON_GATE, ['oil', 'marketing', 'crop', 'harvest', 'cotton', 'sugar', 'coffee', 'cocoa', 'agricultural', 'grain', 'my', 'season', 'campaign']],
  [SINCE_GATE, ['since']],
  [YEAR_TO_DATE_GATE, ['since', 'so far', 'to date', 'to-date', 'from the']],
  [H_GATE, ['h1', 'h2', '1h', '2h']],
  [CUMULATIVE_TO_GATE, ['cumulative', 'accumulated']],
  [CROP_YEAR_GATE, ['season', 'marketing', 'crop', 'harvest', 'agricultural', 'grain', 'commercial', 'coffee', 'sugar', 'cocoa']],
]);
// Gates that are nothing but their words in any case: the words answer for them without a scan.
const LITERAL_GATES = new Set([MONTHS_GATE, QUARTER_GATE, HALF_GATE, YEAR_GATE, SINCE_GATE, YEAR_TO_DATE_GATE, CROP_YEAR_GATE]);
const WORDS_OF_GATE = GATES.map((gate) => {
  const words = GATE_WORDS.get(gate);
  if (!words) return null;
  return LITERAL_GATES.has(gate) ? exactKeywords(words, gate) : keywords(words, gate);
});
// "No rule can match": none of the named words, and none of the gates without words matches either.
const ANY_GATE_WORDS = keywords([...new Set([...GATE_WORDS.values()].flat())], ...GATE_WORDS.keys());
const UNNAMED_GATES = GATES.flatMap((gate, g) => (WORDS_OF_GATE[g] === null ? [g] : []));

/** What the gates made of digits ask of a sentence, found in one pass over its characters. */
export interface DigitFacts {
  /** `\d{4}` */
  fourDigits: boolean;
  /** `\d[-/:]\d` */
  calendarDate: boolean;
  /** `\d\s*(?:-|–|to|through|and)\s*\d` */
  dayRange: boolean;
  /** `\d\s*(?:-|–|to|through|and)\s*[A-S]` */
  crossMonth: boolean;
  /** `\d[QH]\d{2}\b|[QH]\d['’]\d{2}\b` */
  gluedYear: boolean;
  /** `(?<!\d)\d{4}(?![\d-])` */
  yearNumber: boolean;
  /** `(?<!\d)(?:19|20)\d\d(?!\d)` */
  calendarYear: boolean;
  /** `(?<!\d)(?:19|20)\d\d\s?[-–/]\s?\d` */
  twoYear: boolean;
  /** `\d(?:st|nd|rd|th)?\s+[A-S]` */
  dayThenCapital: boolean;
  /** `\dM` */
  monthsCode: boolean;
  /** `Q[1-4]|[1-4]Q` */
  quarterCode: boolean;
}

const isWordCharAt = (s: string, at: number): boolean => {
  const c = s.charCodeAt(at);
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
};
const isQHCode = (c: number): boolean => c === 81 || c === 72; // "Q", "H"
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Where `(?:-|–|to|through|and)` matched at `j` ends, or -1 (the words cannot start alike, so one test each). */
function rangeWordEnd(s: string, j: number): number {
  const c = s.charCodeAt(j);
  if (c === 45 || c === 0x2013) return j + 1; // "-", "–"
  if (c === 116) return s.startsWith('to', j) ? j + 2 : s.startsWith('through', j) ? j + 7 : -1;
  if (c === 97) return s.startsWith('and', j) ? j + 3 : -1;
  return -1;
}

/** The digit facts of `s` (each answers its expression exactly, as the gates test checks). */
export function digitFacts(s: string): DigitFacts {
  const facts: DigitFacts = { fourDigits: false, calendarDate: false, dayRange: false, crossMonth: false, gluedYear: false, yearNumber: false, calendarYear: false, twoYear: false, dayThenCapital: false, monthsCode: false, quarterCode: false };
  // Character codes, not one-character strings: this runs over every character of most sentences.
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDigitCode(c)) {
      run = 0;
      if (!facts.gluedYear && isQHCode(c) && isDigitAt(s, i + 1) && (s.charCodeAt(i + 2) === 39 || s.charCodeAt(i + 2) === 0x2019) && isDigitAt(s, i + 3) && isDigitAt(s, i + 4) && !isWordCharAt(s, i + 5)) facts.gluedYear = true;
      continue;
    }
    if (++run >= 4) facts.fourDigits = true;
    const next = s.charCodeAt(i + 1);
    if (!facts.calendarDate && (next === 45 || next === 47 || next === 58) && isDigitAt(s, i + 2)) facts.calendarDate = true;
    if (!facts.gluedYear && isQHCode(next) && isDigitAt(s, i + 2) && isDigitAt(s, i + 3) && !isWordCharAt(s, i + 4)) facts.gluedYear = true;
    if (next === 77) facts.monthsCode = true; // "M"
    if (c >= 49 && c <= 52 && (next === 81 || s.charCodeAt(i - 1) === 81)) facts.quarterCode = true; // [1-4] by "Q"
    if (!isDigitCode(next)) runEndFacts(s, i, run, facts);
    if (!facts.dayRange || !facts.crossMonth) {
      let j = i + 1;
      while (j < s.length && isSpace(s.charCodeAt(j))) j++;
      j = rangeWordEnd(s, j);
      if (j >= 0) {
        while (j < s.length && isSpace(s.charCodeAt(j))) j++;
        const c = s.charCodeAt(j);
        if (isDigitCode(c)) facts.dayRange = true;
        if (c >= 65 && c <= 83) facts.crossMonth = true; // [A-S]
      }
    }
  }
  return facts;
}

/** The facts that hold where a run of `run` digits ends at `i` (the character after it is no digit). */
function runEndFacts(s: string, i: number, run: number, facts: DigitFacts): void {
  if (run === 4) {
    if (s.charCodeAt(i + 1) !== 45) facts.yearNumber = true; // not "-"
    const a = s.charCodeAt(i - 3);
    const b = s.charCodeAt(i - 2);
    if ((a === 49 && b === 57) || (a === 50 && b === 48)) {
      facts.calendarYear = true; // "19", "20"
      if (!facts.twoYear && twoYearTail(s, i + 1)) facts.twoYear = true;
    }
  }
  if (!facts.dayThenCapital) {
    let j = ordinalSuffixAt(s, i + 1) ? i + 3 : i + 1;
    if (!isSpace(s.charCodeAt(j))) return;
    while (isSpace(s.charCodeAt(j))) j++;
    const c = s.charCodeAt(j);
    if (c >= 65 && c <= 83) facts.dayThenCapital = true; // [A-S]
  }
}

/** `st`, `nd`, `rd` or `th` at `at` (lower case, as the day rules write them). */
function ordinalSuffixAt(s: string, at: number): boolean {
  const a = s.charCodeAt(at);
  const b = s.charCodeAt(at + 1);
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/** `\s?[-–/]\s?\d` at `j`: the rest of a two-year label ("2025-26", "2025 / 2026"). */
function twoYearTail(s: string, j: number): boolean {
  if (isSpace(s.charCodeAt(j))) j++;
  const c = s.charCodeAt(j);
  if (c !== 45 && c !== 0x2013 && c !== 47) return false;
  return isDigitAt(s, j + 1) || (isSpace(s.charCodeAt(j + 1)) && isDigitAt(s, j + 2));
}

/** The gates made of digits (no words to gate them), answered from the digit facts instead of a scan each. */
export const DIGIT_GATES = new Map<RegExp, (facts: DigitFacts, s: string) => boolean>([
  [DAY_RANGE_GATE, (f) => f.dayRange],
  [CROSS_MONTH_GATE, (f) => f.crossMonth],
  [CALENDAR_DATE_GATE, (f) => f.calendarDate],
  [YEAR_NUMBER_GATE, (f) => f.fourDigits],
  [WHOLE_YEAR_GATE, (f, s) => f.fourDigits || mentions(s, YEAR_WORDS)],
  [GLUED_YEAR_GATE, (f) => f.gluedYear],
  [YEAR_NUMBER_OR_WORD_GATE, (f, s) => f.yearNumber || mentions(s, YEAR_WORDS)],
  [CALENDAR_YEAR_GATE, (f) => f.calendarYear],
  [TWO_YEAR_GATE, (f) => f.twoYear],
  [DAY_THEN_CAPITAL_GATE, (f) => f.dayThenCapital],
  [MONTHS_CODE_GATE, (f) => f.monthsCode],
  [QUARTER_CODE_GATE, (f) => f.quarterCode],
]);
const YEAR_WORDS = WORDS_OF_GATE[GATES.indexOf(YEAR_GATE)]!;
const DIGIT_GATE_OF = GATES.map((gate) => DIGIT_GATES.get(gate) ?? null);

/** A sentence's digit facts and month tails, found when a gate or a rule first asks (an object, not a closure made for every sentence). */
interface DigitFactsOf {
  s: string;
  facts: DigitFacts | undefined;
  tails: string[] | undefined;
  yearTails: string[] | undefined;
}

const MONTH_START_WORDS = WORDS_OF_GATE[GATES.indexOf(MONTH_GATE)]!;

/**
 * What stands right before each capitalised month word of `s` (every month name starts with one of MONTH_ABBREVIATIONS):
 * the word before the spaces (ASCII letters, lower case: "to", "of", "from"), "#" for a number before the spaces (a day,
 * with its "st", "nd", "rd" or "th"), the word and a hyphen glued to the month ("end-"), or "" for anything else.
 * A rule declaring `after` runs only when one of its words is among them.
 */
export function monthTails(s: string): string[] {
  return tailsOf(s, MONTH_START_WORDS, true);
}

/** What stands right before each "year" of `s` (any case), as `monthTails` reads it. */
export function yearTails(s: string): string[] {
  return tailsOf(s, YEAR_WORDS, false);
}

function tailsOf(s: string, words: Keywords, capitalOnly: boolean): string[] {
  const tails: string[] = [];
  someMention(s, words, (start) => {
    if (!capitalOnly || isUpperAscii(s.charCodeAt(start))) tails.push(tailBefore(s, start));
    return false;
  });
  return tails;
}

function tailBefore(s: string, at: number): string {
  const hyphen = s.charCodeAt(at - 1) === 45;
  let j = hyphen ? at - 1 : at;
  if (!hyphen && !isSpace(s.charCodeAt(j - 1))) return '';
  while (!hyphen && j > 0 && isSpace(s.charCodeAt(j - 1))) j--;
  let k = j;
  while (k > 0 && isAsciiLetter(s.charCodeAt(k - 1))) k--;
  if (isDigitAt(s, k - 1)) return hyphen ? '' : '#';
  const word = s.slice(k, j).toLowerCase();
  return hyphen ? `${word}-` : word;
}

function oneOf(tails: string[], words: Set<string>): boolean {
  for (const tail of tails) if (words.has(tail)) return true;
  return false;
}

function gateOpen(s: string, g: number, digits: DigitFactsOf): boolean {
  const words = WORDS_OF_GATE[g];
  const byDigits = DIGIT_GATE_OF[g];
  if (byDigits !== null) return byDigits((digits.facts ??= digitFacts(digits.s)), s);
  if (words === null) return GATES[g].test(s);
  return mentions(s, words) && (words.exact || GATES[g].test(s));
}

/**
 * Sorts mentions by start in place, keeping the order of equal starts (as a stable sort): rules run one
 * after another, so mentions come out of order, but a sentence has few; an insertion sort allocates nothing.
 */
function sortByStart(found: PeriodMention[]): void {
  for (let i = 1; i < found.length; i++) {
    const p = found[i];
    let j = i - 1;
    for (; j >= 0 && found[j].start > p.start; j--) found[j + 1] = found[j];
    found[j + 1] = p;
  }
}

function findPeriodsAt(s: string, anchor: Anchor): PeriodMention[] {
  const digits: DigitFactsOf = { s, facts: undefined, tails: undefined, yearTails: undefined };
  const open: Array<boolean | undefined> = new Array(GATES.length);
  if (!mentions(s, ANY_GATE_WORDS) && !UNNAMED_GATES.some((g) => (open[g] ??= gateOpen(s, g, digits)))) return [];
  const found: PeriodMention[] = [];
  const taken: Array<[number, number]> = [];
  for (let r = 0; r < RULES.length; r++) {
    const g = GATE_OF_RULE[r];
    if (g >= 0 && !(open[g] ??= gateOpen(s, g, digits))) continue;
    const needs = WORDS_OF_RULE[r];
    if (needs !== null && !mentions(s, needs)) continue;
    const after = AFTER_OF_RULE[r];
    if (after !== null && !oneOf((digits.tails ??= monthTails(s)), after)) continue;
    const afterYear = AFTER_YEAR_OF_RULE[r];
    if (afterYear !== null && !oneOf((digits.yearTails ??= yearTails(s)), afterYear)) continue;
    readRule(s, anchor, RULES[r], taken, found);
  }
  sortByStart(found);
  settleFromNeighbours(s, found);
  return found;
}

/** The mentions one period rule reads, where no earlier rule read one (`taken`). */
function readRule(s: string, anchor: Anchor, rule: (typeof RULES)[number], taken: Array<[number, number]>, found: PeriodMention[]): void {
  rule.pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = rule.pattern.exec(s)) !== null) {
    if (m[0].length === 0) {
      rule.pattern.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some(([x, y]) => start < y && end > x)) continue;
    const built = rule.build(m, anchor);
    if (!built) continue;
    taken.push([start, end]);
    const before = s.slice(Math.max(0, start - 60), start);
    const kind = mentionKind({ s, m, built, start, end, from: Math.max(0, start - 60), before, lastBeforeSpaces: lastBeforeTrailingSpaces(before) });
    // A base keeps its resolved period: an amount stated for it is a figure of that period (comparisons.ts).
    const dated = kind === 'period' || kind === 'base';
    // Every mention gets the same fields in the same order (the rules' results differ in their
    // optional ones), so the readers that go through them for each figure see one object shape.
    found.push({ start, end, kind, periodStart: dated ? built.periodStart : '', periodEnd: dated ? built.periodEnd : '', yearToDate: built.yearToDate, cutoff: built.cutoff, rollingYear: built.rollingYear, season: built.season });
  }
}

/** A period expression just read, with the words before it (up to 60 characters, from `from`). */
interface PeriodWords {
  s: string;
  m: RegExpExecArray;
  built: Omit<PeriodMention, 'start' | 'end'>;
  start: number;
  end: number;
  from: number;
  before: string;
  /** The last character of `before` ahead of the spaces ending it (ASCII letters in lower case), -1 when no space ends it:
   * most rules read words ending right before the mention, and this says which can. */
  lastBeforeSpaces: number;
}

/** The code of the last character of `text` before the spaces that end it (ASCII letters lower-cased), or -1 when none does. */
function lastBeforeTrailingSpaces(text: string): number {
  let j = text.length;
  while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
  if (j === text.length || j === 0) return -1;
  const c = text.charCodeAt(j - 1);
  return isAsciiLetter(c) ? c | 32 : c;
}

/** True when `c` (from `lastBeforeTrailingSpaces`) is one of the lower-case letters of `letters`. */
function endsIn(c: number, letters: string): boolean {
  return c >= 97 && c <= 122 && letters.includes(String.fromCharCode(c));
}

/** True when an apostrophe and an "s" (either case) start at `at`: what every possessive rule after a mention needs. */
function possessiveAt(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  return (c === 39 || c === 0x2019) && (s.charCodeAt(at + 1) | 32) === 115;
}

/** What a period expression is by the words around it: the figures' period, a base compared with, or a date. */
function mentionKind(w: PeriodWords): PeriodMention['kind'] {
  const kind = w.built.kind;
  if (kind !== 'period' && kind !== 'unresolved') return kind;
  if (DATE_RULES.some((rule) => rule(w, kind))) return 'date';
  return BASE_RULES.some((rule) => rule(w)) ? 'base' : kind;
}

/** When a period or an unresolved expression is only a date (of an event, of an amount first reported). */
// "turning positive after the sharp fall of February and March", "since the collapse of early 2020", "following the lockdowns
// in March": a swing or a disruption a figure came back from, named after "after", "since" or "following", is dated by the
// period after it; the figure is not. ("struggling to recover from the slump in July" is left: there the month may be the
// figures', as a round-up writes it.)
const SWING_AFTER_BEFORE = /\b(?:after|since|following)\s+(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:fall|drop|decline|slump|plunge|collapse|dip|contraction|downturn|slowdown|disruptions?|lockdowns?|closures?|shutdowns?|standstill|outbreak|surge|spike|jump|rebound|strikes?)\s+(?:of|in|during)\s+(?:(?:early|mid|late)[- ]?\s*)?$/i;
const SWING_AFTER_WORDS = keywords(['after', 'since', 'following'], SWING_AFTER_BEFORE);
// (a233) "edged up a further 3.9 percent month on month after a holiday-shortened September", "rebounded following an unusually
// weak March", "coming off a soft 2024": a span described by an article and a word or two, after "after", "following" or "coming
// off", is what the figure came after (the base of a change, an event looked back on), not the figure's period nor the next
// sentences'. A bare "after the first quarter" stays a period expression, and so does a span a "when" clause gives an amount of
// ("after a weaker 1Q26, when exports totalled 37.9 billion yuan").
const SPAN_COME_AFTER_BEFORE = /\b(?:after|following|coming\s+off)\s+(?:a|an)\s+(?:[\w'’-]+\s+){1,2}$/i;
const SPAN_COME_AFTER_WORDS = keywords(['after', 'following', 'coming off'], SPAN_COME_AFTER_BEFORE);

// (a250) "as buyers cut orders after November.", "while coal imports stopped entirely after March,": a verb (or its adverb) then
// "after" or "before" a single month that closes the clause dates when something changed, not the figures of the sentence
// (nor the next sentence's). A span ("after the first quarter"), a time noun before the word ("in the months after June",
// "a year before March") and a clause going on to a figure ("after March exports rose 5 percent") are left alone.
const CHANGE_AFTER_MONTH_BEFORE = /(?<!\b(?:months?|years?|weeks?|days?|quarters?|period|time|the|a|an|and|or)\s+)\b[a-z]{2,}\s+(?:after|before)\s+$/;
const DATE_RULES: Array<(w: PeriodWords, kind: 'period' | 'unresolved') => boolean> = [
  ({ s, end, before, built, lastBeforeSpaces }, kind) => kind === 'period' && endsIn(lastBeforeSpaces, 're') && built.periodStart === built.periodEnd && CHANGE_AFTER_MONTH_BEFORE.test(before) && CLAUSE_END_AFTER.test(s.slice(end, end + 4)),
  // "set up in 2012", "opened in May 2021": the date of an event, not the period of a figure.
  // ("The previous record was set in 2019, when 15.8 million tonnes came in": a "when" clause gives that year's figure.)
  ({ s, from, start, end, before }, kind) => kind === 'period' && mentions(s, EVENT_WORDS, from, start) && EVENT_BEFORE.test(before) && !WHEN_FIGURE_AFTER.test(s.slice(end, end + 60)),
  ({ s, from, start, before }, kind) => kind === 'period' && mentions(s, LAUNCH_NOUN_WORDS, from, start) && LAUNCH_NOUN_BEFORE.test(before),
  ({ s, from, start, before }, kind) => kind === 'period' && mentions(s, SWING_AFTER_WORDS, from, start) && SWING_AFTER_BEFORE.test(before),
  ({ s, from, start, end, before }, kind) => kind === 'period' && mentions(s, SPAN_COME_AFTER_WORDS, from, start) && SPAN_COME_AFTER_BEFORE.test(before) && !WHEN_FIGURE_AFTER.test(s.slice(end, end + 60)),
  ({ s, from, start, before }, kind) => kind === 'period' && mentions(s, SEASON_TIMING_WORDS, from, start) && SEASON_TIMING_BEFORE.test(before),
  ({ s, start }, kind) => kind === 'period' && mentions(s, SCHEME_CLAUSE_WORDS, start - SCHEME_CLAUSE_REACH, start) && SCHEME_CLAUSE_BEFORE.test(s.slice(Math.max(0, start - SCHEME_CLAUSE_REACH), start)),
  ({ s, start, end, lastBeforeSpaces }, kind) => kind === 'period' && endsIn(lastBeforeSpaces, 'nyge') && mentions(s, TIME_CLAUSE_WORDS, start - TIME_CLAUSE_REACH, start) && TIME_CLAUSE_BEFORE.test(s.slice(Math.max(0, start - TIME_CLAUSE_REACH), start)) && !FIGURE_IN_CLAUSE_AFTER.test(s.slice(end, end + 60)),
  // "an outbreak in late May", "the strike at the Yantian terminal in June": when a disruption happened, not a period of figures.
  ({ s, start }, kind) => kind === 'period' && mentions(s, DISRUPTION_WORDS, start - DISRUPTION_REACH, start) && DISRUPTION_WHEN_BEFORE.test(s.slice(Math.max(0, start - DISRUPTION_REACH), start)),
  // "duties imposed earlier this year", "a rule adopted earlier in the year", "a plant that opened later in 2025": a loose time
  // before or after the figures' own dates an event.
  ({ lastBeforeSpaces, before }, kind) => kind === 'period' && endsIn(lastBeforeSpaces, 'rn') && EARLIER_LATER_BEFORE.test(before),
  // "to 46,200 tons from the 42,600 tons reported last month": when an amount was first reported, not its period.
  ({ s, from, start, before }, kind) => kind === 'period' && mentions(s, REPORTED_WORDS, from, start) && REPORTED_AMOUNT_BEFORE.test(before),
  ({ s, from, start, end, before }, kind) => kind === 'period' && mentions(s, PUBLISHED_WORDS, from, start) && PUBLISHED_ASIDE_BEFORE.test(before) && /^\s*,/.test(s.slice(end, end + 3)),
  // "published in preliminary data earlier in November": when the figures came out.
  ({ s, from, start, before }, kind) => kind === 'period' && mentions(s, PUBLISHED_WHEN_WORDS, from, start) && PUBLISHED_WHEN_BEFORE.test(before),
  ({ s, from, start, end, before }, kind) => kind === 'period' && mentions(s, PUBLISHED_IN_WORDS, from, start) && PUBLISHED_IN_BEFORE.test(before) && PUBLICATION_AFTER.test(s.slice(end, end + 40)),
  // "The preliminary count, released in February, had shown ...": a noun of figures made public, then the verb and when.
  ({ s, from, start, before }, kind) => kind === 'period' && mentions(s, PUBLISHED_NOUN_WORDS, from, start) && PUBLISHED_NOUN_BEFORE.test(before),
  // "Beijing said in January.": when a source spoke, at the end of its clause.
  // ("Zhao said in the first quarter, the province's trade rose ...": a comma after the period, with no figure before the verb,
  // opens the words reported, whose period it is.)
  ({ s, from, start, end, before }, kind) => kind === 'period' && mentions(s, SAID_IN_WORDS, from, start) && SAID_IN_BEFORE.test(before) && CLAUSE_END_AFTER.test(s.slice(end, end + 4)) && !opensReportedWords(s, start, end),
  ({ s, m, from, start, before }, kind) => kind === 'unresolved' && /^since\b/i.test(m[0]) && mentions(s, SUPERLATIVE_WORDS, from, start) && SUPERLATIVE_SINCE_BEFORE.test(before),
  // "the first time it has been under 20 pc since 2004": how far back a first time reaches, not a running total.
  ({ s, m, from, start, before }, kind) => kind === 'unresolved' && /^since\b/i.test(m[0]) && mentions(s, FIRST_TIME_WORDS, from, start) && FIRST_TIME_SINCE_BEFORE.test(before),
  // "Malaysia, allowed to send whole fresh fruit since 2024, sent 5,100 tons": since when goods were let in dates the permission.
  ({ s, m, from, start, before }, kind) => kind === 'unresolved' && /^since\b/i.test(m[0]) && mentions(s, PERMITTED_WORDS, from, start) && PERMITTED_SINCE_BEFORE.test(before),
  // "a share not seen since 2018", "a level unmatched since 2015", "a surplus last recorded in 2019": how far back an earlier
  // figure as high (or low) goes, not the figures' period nor a running total.
  ({ s, m, from, start, before }) => mentions(s, NOT_SEEN_WORDS, from, start) && (/^since\b/i.test(m[0]) ? NOT_SEEN_SINCE_BEFORE : LAST_SEEN_BEFORE).test(before),
  ({ s, from, start, before }) => mentions(s, SUPERLATIVE_WORDS, from, start) && SUPERLATIVE_SINCE_PERIOD_BEFORE.test(before),
  ({ s, from, start, before }) => mentions(s, SUPERLATIVE_WORDS, from, start) && SUPERLATIVE_OVER_MONTHS_BEFORE.test(before),
  ({ s, m, from, start, before }) => mentions(s, RANK_HELD_WORDS, from, start) && RANK_HELD_BEFORE.test(before) && RANK_YEAR.test(m[0]),
  // "the central bank's Monthly Economic Review for September": the issue of a periodical, dated by when it came out.
  ({ before, lastBeforeSpaces }, kind) => kind === 'period' && endsIn(lastBeforeSpaces, 'rf') && PERIODICAL_ISSUE_BEFORE.test(before),
  ({ s, end, built }, kind) => kind === 'period' && built.periodStart === built.periodEnd && isSpace(s.charCodeAt(end)) && PERIODICAL_TITLE_AFTER.test(s.slice(end, end + 50)),
  // (dollar, greenback, yuan, renminbi, euro, yen, in, during, so far, over, since, the: the last word's last letter.)
  ({ before, lastBeforeSpaces }) => endsIn(lastBeforeSpaces, 'rknioge') && CURRENCY_MOVE_BEFORE.test(before),
  // "growth cooled in July, ... after a strong first half": a period judged by a word of how it went is looked back on
  // (unless a "when" clause goes on to give its figures: "after a weak first quarter, when exports totalled ...").
  // (The judging word's last letter: strong, weak, solid, robust, sluggish, slow, dismal, poor, busy, volatile, ...)
  ({ s, end, before, lastBeforeSpaces }) => endsIn(lastBeforeSpaces, 'gkdthwlrey') && JUDGED_SPAN_BEFORE.test(before) && !/^\s*,\s*when\b/i.test(s.slice(end, end + 10)),
  // "the low base left by last year's Lunar New Year holiday", "2025's Spring Festival": a period owning a holiday dates it.
  ({ s, end }) => possessiveAt(s, end) && HOLIDAY_OWNED_AFTER.test(s.slice(end, end + 60)),
  // "began special customs operations on Dec. 18 last year", "the rules took hold on 1 July this year", "reopened on March 3
  // last year": a loose year after a calendar day on which something happened names that day's year, the date of one event.
  ({ m, before }, kind) => kind === 'period' && LOOSE_YEAR_OF_DAY.test(m[0]) && DAY_ON_BEFORE.test(before),
  // "For the whole of 2008, exports still grew 13.6 percent to 422.0 billion dollars on the strength of the first three
  // quarters", "helped by a strong first half", "thanks to the first quarter": a span named as what carried a figure is its
  // cause, looked back on, not the figure's period.
  ({ s, from, start, before }) => mentions(s, CARRIED_BY_SPAN_WORDS, from, start) && CARRIED_BY_SPAN_BEFORE.test(before),
];
const LOOSE_YEAR_OF_DAY = /^(?:last|this)\s+year$/i;
const DAY_ON_BEFORE = new RegExp(`\\bon\\s+(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH})\\s*,?\\s*$`, 'i');
// (a229: more verbs of carrying and judging words, an adverb before them: "lifted by a busy second quarter", "fuelled by an
// exceptionally hectic fourth quarter", "underpinned by a booming first half", "spurred by a stronger-than-expected March".)
const CARRIED_BY_SPAN_BEFORE = /\b(?:on\s+the\s+(?:strength|back)\s+of|(?:carried|helped|lifted|propped\s+up|buoyed|boosted|driven|powered|supported|fuell?ed|aided|underpinned|spurred|sustained|held\s+up)\s+by|thanks\s+to)\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:very|particularly|exceptionally|unusually|especially|remarkably)\s+)?(?:(?:strong|stronger|robust|solid|brisk|buoyant|bumper|healthy|stellar|good|record|busy|busier|hectic|lively|booming|firm|vigorous|exceptional|rapid|(?:stronger|better)-than-expected)\s+)?$/i;
const CARRIED_BY_SPAN_WORDS = keywords(['strength', 'back', 'carried', 'helped', 'lifted', 'propped', 'buoyed', 'boosted', 'driven', 'powered', 'supported', 'thanks', 'fuel', 'aided', 'underpinned', 'spurred', 'sustained', 'held'], CARRIED_BY_SPAN_BEFORE);
const WHEN_FIGURE_AFTER = /^\s*,\s*when\s+(?:[\w'’-]+\s+){0,3}?\d/i;
// A disruption (an outbreak, a strike, a storm, a fire, a closure, congestion), where it struck if said (up to five words after
// "at", "in", "on", "across" or "near"), then when: "a COVID-19 outbreak in late May", "a typhoon in early August", "the fire at
// the No. 2 terminal on July 3", "congestion at northern European hubs during March", "the strike at the port in mid-June".
const DISRUPTION_NOUN = String.raw`(?:${EVENT_NOUN}|closures?|shutdowns?|disruptions?|congestion|outages?|blockades?|blockages?|cyberattacks?|accidents?|collisions?|heatwaves?|cold\s+snaps?)`;
const DISRUPTION_WHEN_BEFORE = new RegExp(String.raw`\b${DISRUPTION_NOUN}\s+(?:(?:at|in|on|across|near|around)\s+(?:[\w.'’-]+\s+){1,5}?)?(?:in|on|during|at\s+the\s+(?:start|end)\s+of)\s+(?:(?:early|mid|late)[- ]?\s*)?$`, 'i');
const DISRUPTION_WORDS = keywords([...EVENT_NOUN_WORDS, 'closure', 'shutdown', 'disruption', 'congestion', 'outage', 'blockade', 'blockage', 'cyberattack', 'accident', 'collision', 'heatwave', 'cold snap'], DISRUPTION_WHEN_BEFORE);
const DISRUPTION_REACH = 80;
// "earlier this year", "earlier in the year", "later in 2025" (the last word's last letter: r, n); not the base of a change
// ("from a year earlier in November", "than six months earlier in 2024": the figure's own month follows the base).
const EARLIER_LATER_BEFORE = /(?<!\b(?:years?|months?|weeks?|quarters?|days?|decades?)\s+)\b(?:earlier|later)\s+(?:in\s+)?$/i;
const HOLIDAY_OWNED_AFTER = /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:holidays?|festival|New\s+Year|Ramadan|Eid|Diwali|Christmas|Easter|Golden\s+Week)\b/i;
// "allowed to send whole fresh fruit since", "permitted to export chilled pork to China since": a permission's start.
const PERMITTED_SINCE_BEFORE = /\b(?:allowed|permitted|authori[sz]ed|approved|licensed|cleared)\s+to\s+(?:[\w-]+\s+){1,6}?$/i;
const PERMITTED_WORDS = keywords(['allowed', 'permitted', 'authori', 'approved', 'licensed', 'cleared'], PERMITTED_SINCE_BEFORE);
const JUDGED_SPAN_BEFORE = /\b(?:after|following|on\s+the\s+heels\s+of)\s+(?:a|an)\s+(?:(?:very|relatively|particularly|surprisingly|fairly)\s+)?(?:strong|weak|solid|robust|sluggish|slow|brisk|dismal|disappointing|soft|poor|good|bad|tough|difficult|turbulent|volatile|buoyant|lacklustre|lackluster|stellar|healthy|subdued|bumper|busy|quiet)\s+$/i;

// "Measured in yuan, which has weakened against the dollar this year, exports slipped": the period of a currency's move
// against another dates the exchange rate, not the figures (nor the next sentence's).
const CURRENCY_MOVE_BEFORE = /\b(?:weakened|strengthened|depreciated|appreciated|fell|dropped|rose|gained|lost|slid|slipped|firmed|eased|climbed|weakening|strengthening)\s+(?:(?:by\s+)?(?:about\s+|some\s+|nearly\s+)?\d[\d.]*\s*(?:%|per\s?cent|percent)\s+)?against\s+(?:the\s+)?(?:U\.?S\.?\s+|US\s+)?(?:dollar|greenback|yuan|renminbi|euro|yen)\s+(?:(?:in|during|so\s+far|over|since)\s+)?(?:the\s+)?$/i;

// A periodical's title (capitalised, ending in a periodical's noun) and "for"/"of": the month after it names the issue,
// not a span of the figures quoted from it (a monthly review carries the months before the one it is issued in).
const PERIODICAL_ISSUE_BEFORE = /\b(?:[A-Z][\w-]*\s+(?:Review|Bulletin|Digest|Newsletter)|(?:Economic|Monetary|Financial|Statistical)\s+(?:Policy\s+)?(?:Report|Update|Statement))\s+(?:for|of)\s+(?:the\s+month\s+of\s+)?$/;
// "its November Economic Review", "the October 2026 Monthly Bulletin", "the September issue of": a month naming a periodical's issue.
const PERIODICAL_TITLE_AFTER = /^\s+(?:(?:Monthly|Quarterly|Weekly|Economic|Statistical|Financial|Monetary|Trade|Policy)\s+){0,3}(?:Review|Bulletin|Digest|Newsletter|Report|Update)\b|^\s+(?:issue|edition)\s+of\b/;

// The words an index's base follows: "in % to", "in percent of", "in per cent to", "as a percentage of".
const INDEX_TO_BEFORE = /\b(?:in\s*(?:%|percent|per\s?cent)\s+(?:to|of)|as\s+a\s+percentage\s+(?:of|to))\s+(?:the\s+)?$/i;

const DESCRIBED_BASE_BEFORE = /\b(?:[Ff]rom|than|on|against|versus|compared\s+(?:with|to))\s+an?\s+(?:[a-z]+(?:-[a-z]+)?\s+){1,2}$/;

/** When a period or an unresolved expression is the base a change is measured against. */
const BASE_RULES: Array<(w: PeriodWords) => boolean> = [
  // "over January and February" is the period; "over the same period last year" is a base; "4.0 per cent over the year to
  // June" names the span the change ran over (TWELVE_MONTHS_CLOSING).
  ({ m, before }) => spaceOrDashEnds(before) && BASE_BEFORE.test(before) && !(BASE_OVER_ALLOWED.test(before) && !/same|corresponding|similar/i.test(before.slice(-40))) && !spanOfChangeOver(m[0], before),
  // "down 0.5 percentage points over September", "comparing with the first eight months": a comparison.
  ({ s, from, start, before }) => mentions(s, POINTS_OR_COMPARING_WORDS, from, start) && POINTS_OR_COMPARING_BEFORE.test(before),
  // "and in % to January-September 2020 amounted to 121,0%", "which in percent to 2024 made 95,0%", "as a percentage of
  // January-June 2025, constituted 103,1%": the period an index is taken to is its base (a137).
  ({ before }) => (before.includes('%') || before.includes('per')) && INDEX_TO_BEFORE.test(before),
  ({ m }) => endsIn(m[0].charCodeAt(0) | 32, 'tsc') && /^(?:the\s+)?(?:same|corresponding|similar)\s+/i.test(m[0]),
  // "compared with 102.8 million tonnes in July": the period of the amount compared against.
  ({ s, from, start, before }) => mentions(s, BASE_AMOUNT_OR_COMPARING_WORDS, from, start) && BASE_AMOUNT_OR_COMPARING_BEFORE.test(before),
  ({ s, from, start, end, before }) => possessiveAt(s, end) && POSSESSIVE_AFTER.test(s.slice(end, end + 3)) && mentions(s, PASSED_LEVEL_WORDS, from, start) && PASSED_LEVEL_BEFORE.test(before),
  ({ s, from, start, end, before }) => mentions(s, PASSED_LEVEL_WORDS, from, start) && PASSED_LEVEL_BEFORE.test(before) && YEAR_LEVEL_NOUN_AFTER.test(s.slice(end, end + 40)),
  ({ s, from, start, before }) => mentions(s, PERCENT_PASSED_WORDS, from, start) && PERCENT_PASSED_BEFORE.test(before),
  ({ s, end, before, lastBeforeSpaces }) => lastBeforeSpaces >= 97 && lastBeforeSpaces <= 122 && OWNER_LEVEL_YEAR_BEFORE.test(before) && LEVEL_NOUN_AFTER.test(s.slice(end, end + 12)),
  ({ s, m, end }) => possessiveAt(s, end) && YEAR_BEFORE_MENTION.test(m[0]) && POSSESSIVE_AMOUNT_AFTER.test(s.slice(end, end + 30)),
  ({ m, before }) => indexToPeriod(m[0], before),
  // "91.5% of last year's level": the level an index is taken of.
  ({ s, end, before, lastBeforeSpaces }) => possessiveAt(s, end) && lastBeforeSpaces === 102 && PERCENT_OF_BEFORE.test(before) && POSSESSIVE_LEVEL_AFTER.test(s.slice(end, end + 12)),
  // "rose 11.3pc to $3.02bn over September": a change to an amount "over" one month compares with that month.
  ({ built, before, lastBeforeSpaces }) => built.periodStart === built.periodEnd && endsIn(lastBeforeSpaces, 're') && CHANGE_TO_AMOUNT_OVER_BEFORE.test(before),
  // "up 4.9% over USD 34.72 billion in October 2025": the period of an amount a percentage is taken "over" is a base.
  ({ before, lastBeforeSpaces }) => endsIn(lastBeforeSpaces, 'nge') && before.includes('over') && PERCENT_OVER_AMOUNT_BEFORE.test(before),
  ({ s, end, before, lastBeforeSpaces }) => lastBeforeSpaces === 101 && isSpace(s.charCodeAt(end)) && MEASURED_AGAINST.before.test(before) && MEASURED_AGAINST.after.test(s.slice(end, end + 24)),
  // "picked up from a weak September", "improved on a poor October", "lower than a strong third quarter": a base named with
  // an article and a word or two of how it went.
  ({ before, lastBeforeSpaces }) => lastBeforeSpaces >= 97 && lastBeforeSpaces <= 122 && DESCRIBED_BASE_BEFORE.test(before),
  // "nearly double last year's figure", "twice last year's level": the period owning the level a multiple is taken of.
  ({ s, end, before }) => possessiveAt(s, end) && MULTIPLE_OF_BEFORE.test(before) && POSSESSIVE_MEASURE_AFTER.test(s.slice(end, end + 24)),
  // (Its last word before the spaces ends in one of these letters: volume, level, tally, amount, of, in, for, the, during.)
  ({ before, lastBeforeSpaces }) => endsIn(lastBeforeSpaces, 'elytfnrg') && MULTIPLE_OF_MEASURE_BEFORE.test(before),
  // "plunged 26.3 percent from January-May 2019", "down 4% from Jan.-Sept. 2023", "a 12 per cent drop from January–June last
  // year": a dash-joined span after "from" is whole already, so the "from" is a change's base, not a span's opening ("fell 5%
  // from January to May" stays the span).
  ({ m, before }) => DASHED_SPAN_AFTER_FROM.test(m[0]) && CHANGE_BEFORE_BASE_FROM.test(before),
  ({ before, lastBeforeSpaces }) => lastBeforeSpaces >= 97 && lastBeforeSpaces <= 122 && before.includes('than') && THAN_CLAUSE_BASE_BEFORE.test(before),
];

// (a252) "about 4.1 GW, more than it took in the whole of 2022", "less than they bought in all of 2021", "more than the country
// shipped during 2019": a comparative's "than" opening a clause of its own (a subject and its verb) sets a figure beside what
// that subject did in another period; the period is the base's (no level of its own), not the figure's nor the next sentence's.
const THAN_CLAUSE_BASE_BEFORE = /\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater)\s+than\s+(?:it|they|we|(?:the|this|that)\s+(?:country|nation|market|buyer|port|region|city|province|state|company|firm))\s+(?:had\s+|did\s+)?[a-z]+\s+(?:(?:abroad|overseas|there|in\s+total|(?:from|to)\s+[A-Z][a-z]+)\s+)?(?:(?:in|during|over|for|across)\s+(?:the\s+(?:whole|entirety)\s+of\s+|all\s+(?:of\s+)?)?(?:the\s+)?)?$/i;

const DASHED_SPAN_AFTER_FROM = /^from\s+[A-Za-z]+\.?\s*[-–—]\s*[A-Za-z]/i;
// A change right before the base: a verb of change with its amount or direction, the amount in percent, or a noun of change.
const CHANGE_BEFORE_BASE_FROM = /(?:\d\s*(?:%|percent|per\s?cent|pct)(?:\s+(?:higher|lower|more|less|up|down))?|\b(?:higher|lower|up|down|(?:rose|fell|grew|increased|decreased|declined|dropped|slipped|slid|plunged|plummeted|tumbled|slumped|sank|shrank|contracted|expanded|climbed|jumped|surged|soared|eased|dipped|rebounded|recovered)(?:\s+(?:sharply|slightly|steeply|strongly|modestly|marginally))?|(?:drop|fall|decline|decrease|rise|increase|gain|growth|jump|slump|contraction|plunge)))\s+$/i;

// "fell 4.0 per cent over the year to June", "rose 6% over the twelve months ended March", "up 3.1 per cent over the past 12
// months to September", "over the year ending in June": after "over", a twelve-month span closing at a month is the span the change
// ran over (the figures' own year), not a base ("over the same period", "over October 2025" stay bases).
const TWELVE_MONTHS_CLOSING = /^(?:the\s+)?(?:(?:last|past|latest)\s+)?(?:year|twelve[- ]months?|12[- ]months?)\s+(?:to|ending|ended|through|up\s+to|until)\s/i;
const OVER_ENDS = /\bover\s+$/i;

/** True for a period a bare index is taken "to" (INDEX_TO_PERIOD_BEFORE); the "to" may open the mention ("to January 2019"). */
function indexToPeriod(mention: string, before: string): boolean {
  const to = /^to\s+/i.exec(mention);
  const words = to ? before + to[0] : before;
  return endsIn(lastBeforeTrailingSpaces(words), 'oef') && INDEX_TO_PERIOD_BEFORE.test(words);
}

/** True when a mention after "over" is a twelve-month span closing at a month: the span of a change, not its base. */
function spanOfChangeOver(mention: string, before: string): boolean {
  return OVER_ENDS.test(before) && TWELVE_MONTHS_CLOSING.test(mention);
}

/** True when `text` ends in a space or a hyphen, as every match of BASE_BEFORE does. */
function spaceOrDashEnds(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 45 || isSpace(c);
}

const QUARTERS_TOTAL = /^[a-z]+\s+the\s+quarter['’]s\s/i;

/** Periods settled by the mention next to them (in text order). */
function settleFromNeighbours(s: string, found: PeriodMention[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const [p, q] = [found[i], found[i + 1]];
    // "1.89 million tonnes in March, ..., bringing the quarter's total to 5.6 million tonnes": the quarter holding the month.
    if (p.kind === 'period' && p.periodStart !== '' && p.periodStart === p.periodEnd && q.kind === 'unresolved' && QUARTERS_TOTAL.test(s.slice(q.start, q.end))) {
      const [year, month] = p.periodStart.split('-').map(Number);
      const first = month - ((month - 1) % 3);
      found[i + 1] = { ...q, kind: 'period', periodStart: ym(year, first), periodEnd: p.periodEnd };
    }
    // "the first seven months of the current Iranian calendar year (March 21-October 22)": a period in
    // brackets right after an unresolved one (and the words that end it) says which months it is.
    // "the first four months of the current fiscal year, from Shrawan to Kartik (July 17 to November 16)": the words that
    // end it may be an apposition after a comma, naming the span in the other calendar's months.
    if (p.kind === 'unresolved' && q.kind === 'period' && /^,?[^().,;]{0,50}\(\s*$/.test(s.slice(p.end, q.start))) found[i] = { ...p, kind: 'period', periodStart: q.periodStart, periodEnd: q.periodEnd };
    // "in week 44 (26 October - 1 November)": days in brackets after a week number restate the week, which is of the
    // month its Sunday falls in; they are no span of their own for the sentences after it.
    if (p.kind === 'period' && q.kind === 'period' && WEEK_NUMBER_GATE.test(s.slice(p.start, p.end)) && /^\s*\(\s*$/.test(s.slice(p.end, q.start))) {
      found[i + 1] = { ...q, kind: 'date', periodStart: '', periodEnd: '' };
    }
    // "The year-to-date trade balance surplus of R143.6 billion for 2026" (SARS): the year after a
    // year-to-date phrase says which year it is; it is not the whole year.
    if (p.yearToDate && q.kind === 'period' && q.periodStart === `${p.periodEnd.slice(0, 4)}-01` && q.periodEnd === `${p.periodEnd.slice(0, 4)}-12` && q.start - p.end <= 60 && !/[,;]/.test(s.slice(p.end, q.start))) {
      found[i + 1] = { ...q, periodStart: p.periodStart, periodEnd: p.periodEnd, yearToDate: true };
    }
    // "for the 2026/27 marketing year, which began September 1, stood at 14.62 million tons as of November 12": a season
    // that began in a named month, then a cut-off day in the same sentence, is the season up to that cut-off (the
// cut-off is then only its last day, no running total of its own).
    if (p.kind === 'period' && q.kind === 'period' && q.cutoff && SEASON_BEGAN.test(s.slice(p.start, p.end)) && q.periodEnd > p.periodEnd && q.periodStart <= p.periodStart) {
      found[i] = { ...p, periodEnd: q.periodEnd };
      found[i + 1] = { ...q, kind: 'date', periodStart: '', periodEnd: '', cutoff: undefined };
    }
    // "during July-November of the current fiscal year 2026-27", "from 1 April to 21 November of the current financial year
    // 2026-2027": the fiscal year after "of" only says which year the months are in; it is no period of its own.
    if (p.kind === 'period' && q.kind === 'period' && OF_BETWEEN.test(s.slice(p.end, q.start)) && FISCAL_LABEL.test(s.slice(q.start, q.end)) && q.periodStart <= p.periodStart && p.periodEnd <= q.periodEnd) {
      found[i + 1] = { ...q, kind: 'date', periodStart: '', periodEnd: '' };
    }
    if (restatesSpanEdge(s, p, q)) found[i + 1] = { ...q, kind: 'date', periodStart: '', periodEnd: '' };
    const whenYear = yearOfWhenClause(s, p, q);
    if (whenYear !== null) found[i + 1] = { ...q, kind: 'period', periodStart: `${whenYear}${q.periodStart.slice(4)}`, periodEnd: `${whenYear}${q.periodEnd.slice(4)}` };
  }
}

// "the first seven months of fiscal 2026, which began in April", "fiscal 2025, which started on 1 July", "the first half of the
// fiscal year, beginning in October", "the first ten months of fiscal 2026, which ends in March": a clause saying in which month a
// span (or the fiscal year it is part of) begins or ends names that edge again; the month is no period of the figures.
const SPAN_EDGE_CLAUSE_BETWEEN = /^\s*,?\s+(?:(?:which|that)\s+(?:began|begins|started|starts|commenced|commences|opened|ended|ends|closed|closes|finished|finishes|(?:runs|ran)\s+(?:to|through|until))|beginning|starting|commencing|ending)\s+(?:(?:in|on)\s+)?(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?$/i;

/** Whether month `q` is the first or the last month of the year span `p` starts (SPAN_EDGE_CLAUSE_BETWEEN). */
function restatesSpanEdge(s: string, p: PeriodMention, q: PeriodMention): boolean {
  if (p.kind !== 'period' || q.kind !== 'period' || p.periodStart === p.periodEnd || q.periodStart !== q.periodEnd || q.start - p.end > 40) return false;
  if (!SPAN_EDGE_CLAUSE_BETWEEN.test(s.slice(p.end, q.start))) return false;
  const first = Number(p.periodStart.slice(5));
  const month = Number(q.periodStart.slice(5));
  return month === first || month === ((first + 10) % 12) + 1;
}

// "has risen every year since 2021, when it stood at 68.6 billion yuan in the first six months", "in 2019, when 15.8 million
// tonnes came in during the first quarter": months with no year of their own in a "when" clause are months of the year the
// clause hangs on (an earlier one), not of the release's year.
const WHEN_CLAUSE_BETWEEN = /^\s*,\s*when\b(?:[^.;]|\.(?=\d)){0,80}$/i;
const YEAR_IN = /\b(?:19|20)\d\d\b/;

/** The year a "when" clause's yearless months belong to (the year of the mention the clause hangs on), or null. */
function yearOfWhenClause(s: string, p: PeriodMention, q: PeriodMention): string | null {
  if (q.kind !== 'period' || q.periodStart === '' || q.periodStart.slice(0, 4) !== q.periodEnd.slice(0, 4)) return null;
  const year = YEAR_IN.exec(s.slice(p.start, p.end))?.[0];
  if (!year || year >= q.periodStart.slice(0, 4) || YEAR_IN.test(s.slice(q.start, q.end)) || !WHEN_CLAUSE_BETWEEN.test(s.slice(p.end, q.start))) return null;
  return year;
}
const OF_BETWEEN = /^\s+of\s+(?:the\s+)?(?:(?:current|present|this)\s+)?$/i;
const FISCAL_LABEL = /\b(?:fiscal|financial)\b|\bFY\s?\d/i;
const SEASON_BEGAN = /\b(?:marketing\s+year|season|(?:crop|harvest|agricultural|grain|commercial|coffee|sugar|cocoa)\s+year),?\s+(?:that|which)\s+(?:began|started|opened)\b/i;
