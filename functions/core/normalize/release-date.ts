/**
 * When a statistical table was released. A row's `published` is the day its publisher released
 * the table, not the day we happened to fetch the page: taken from a date printed in the page's
 * header when there is one that fits, else the day the source's release calendar announced for
 * the page's release kind after the table's period, otherwise the date ingest gave the release (the feed entry's date, the
 * page's Last-Modified, or the day it was first seen — ingest's order). The basis goes
 * into the ledger as `published_from`, so every date can be traced to where it came from.
 */
import type { PublishedFrom, Release, ReleaseCalendar } from '../contract.js';
import { localDay } from '../ingest/calendar.js';

/** A way a release date is printed: the pattern, the order of its parts, and examples it must read. */
interface DateRule {
  name: string;
  pattern: RegExp;
  parts: (m: RegExpExecArray) => { year: number; month: number; day: number };
  examples: string[];
}

/** Named rules, tried in order; each reads a date standing on its own in the page header. */
export const RELEASE_DATE_RULES: DateRule[] = [
  {
    name: 'year-first',
    pattern: /(?<![\d/.-])(20\d\d)[/.-](\d{1,2})[/.-](\d{1,2})(?![\d/.-])/,
    parts: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
    examples: ['2026/06/22', 'Released 2024-07-12', '2025.1.20'],
  },
  {
    // GACC's English pages write month/day/year.
    name: 'month-day-year',
    pattern: /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(20\d\d)(?![\d/.-])/,
    parts: (m) => ({ year: Number(m[3]), month: Number(m[1]), day: Number(m[2]) }),
    examples: ['08/15/2018', 'Date: 1/20/2025'],
  },
];

/** How much of the page (after tags are dropped) is its header: the release date sits above the table. */
const HEADER_CHARS = 800;

const pad = (n: number) => String(n).padStart(2, '0');

/** A valid calendar date as YYYY-MM-DD, or undefined. */
function isoDate({ year, month, day }: { year: number; month: number; day: number }): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** The header text of a page: tags and entities dropped, whitespace collapsed, first HEADER_CHARS characters. */
function headerText(page: string): string {
  return page.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;|&#160;/g, ' ').replace(/\s+/g, ' ').slice(0, HEADER_CHARS);
}

/**
 * The release date printed in a table page's header, if one fits: after the last month the table
 * covers (a table cannot be released before its period ends) and not after the page was fetched.
 */
export function pageReleaseDate(page: string, periodEnd: string, fetchedDay: string): { date: string; rule: string } | undefined {
  const header = headerText(page);
  const earliest = /^\d{4}-\d{2}$/.test(periodEnd) ? `${periodEnd}-32` : '';
  for (const rule of RELEASE_DATE_RULES) {
    const global = new RegExp(rule.pattern.source, 'g');
    for (const match of header.matchAll(global)) {
      const date = isoDate(rule.parts(match as RegExpExecArray));
      if (date && date > earliest && date <= fetchedDay) return { date, rule: rule.name };
    }
  }
  return undefined;
}

const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Which of a calendar's release kinds a page is: the one kind whose title or name ("monthly
 * bulletin", "preliminary release") its header or title names, or the calendar's only kind.
 * Undefined when none or several match: a page is never assigned a kind by guess.
 */
export function calendarKindOf(calendar: ReleaseCalendar, page: string, title = ''): ReleaseCalendar['releases'][number] | undefined {
  if (calendar.releases.length === 1) return calendar.releases[0];
  const text = ` ${letters(`${title} ${headerText(page)}`)} `;
  const named = calendar.releases.filter((r) => [r.title, r.kind.replace(/-/g, ' ')].some((name) => name && text.includes(` ${letters(name)} `)));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The release day a source's calendar gives a table: the first day announced for the page's
 * release kind after the table's period ended, provided we fetched the page on or after that day
 * (in the calendar's zone).
 */
export function calendarReleaseDate(calendar: ReleaseCalendar, periodEnd: string, fetchedAt: string, page: string, title = ''): string | undefined {
  const kind = calendarKindOf(calendar, page, title);
  if (!kind || !/^\d{4}-\d{2}$/.test(periodEnd)) return undefined;
  const day = kind.dates.find((d) => d > `${periodEnd}-32`);
  return day && day <= localDay(new Date(fetchedAt), calendar.timezone) ? day : undefined;
}

/** The release date of a table release and where it came from: the page, else the calendar, else ingest's date. */
export function tableReleaseDate(
  page: string,
  periodEnd: string,
  release: Pick<Release, 'published' | 'fetched_at' | 'published_from'> & { title?: string },
  calendar?: ReleaseCalendar,
): { published: string; published_from: PublishedFrom } {
  const onPage = pageReleaseDate(page, periodEnd, release.fetched_at.slice(0, 10));
  if (onPage) return { published: onPage.date, published_from: 'page' };
  const announced = calendar && calendarReleaseDate(calendar, periodEnd, release.fetched_at, page, release.title);
  if (announced) return { published: announced, published_from: 'calendar' };
  // A date an earlier normalization settled keeps the basis it was given.
  return { published: release.published, published_from: release.published_from ?? 'ingest' };
}
