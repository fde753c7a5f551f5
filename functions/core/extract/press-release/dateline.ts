/**
 * The publication date a release states about itself, for callers that have none: the page's
 * metadata, a dated byline line, or a wire dateline ("URUMQI, Jan. 3 (Xinhua) --"). Only the head
 * of the release is read, so a date in the body ("opened on March 18, 2020") is never taken.
 */
import { findPeriods } from './periods.js';

/** A publication date found in the release and the rule that read it. */
export interface FoundDate {
  /** YYYY-MM-DD. */
  date: string;
  rule: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// A full calendar date in the spellings pages use: "June 09, 2023", "19th May, 2020", "2019-07-19".
const FULL_DATE = `(?:${MONTH}\\s+${DAY},?\\s+(\\d{4})|${DAY}\\s+${MONTH},?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))`;

/** How far into the text a dateline or byline may sit (headline, byline, first lines). */
const HEAD_CHARS = 600;
/** A dated byline is a short line of its own ("Updated : 2019-07-19", "10:52, June 09, 2023"). */
const BYLINE_MAX_CHARS = 120;

interface DateRule {
  name: string;
  /** What it reads, as written in releases. */
  examples: string[];
  /** `head`: the first characters of the release text; `text`: all of it; `raw`: the body as received. */
  read: (where: { head: string; text: string; raw: string }) => string | null;
}

/** A FULL_DATE match → YYYY-MM-DD, or null for an impossible date. */
function fullDate(m: RegExpExecArray, at: number): string | null {
  const [mon, day, year] = m[at] !== undefined ? [m[at], m[at + 1], m[at + 2]] : m[at + 4] !== undefined ? [m[at + 4], m[at + 3], m[at + 5]] : [null, m[at + 8], m[at + 6]];
  const month = mon === null ? Number(m[at + 7]) : MONTHS[mon.slice(0, 3).toLowerCase()];
  return isoDate(Number(year), month, Number(day));
}

function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1980 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// "<meta property="article:published_time" content="2023-06-09T10:52:00+08:00">", "<meta name="PubDate" ...>".
const META_DATE = /<meta\s[^>]*(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate|publish_date|PubDate|firstpublishedtime|dc\.date(?:\.issued)?|date)["'][^>]*>/gi;
const META_CONTENT = /\bcontent\s*=\s*["']\s*(\d{4})-?(\d{2})-?(\d{2})/i;
const TIME_DATETIME = /<time\b[^>]*\bdatetime\s*=\s*["']\s*(\d{4})-(\d{2})-(\d{2})/i;
// "KUNMING, Aug. 9 (Xinhua) --", "TOKYO, Apr 18 (NNN-NHK) –", "BEIJING, Oct. 25, 2024 (Reuters) -"; agencies that close
// the dateline with a full stop ("HAIKOU, June 7. /TASS/. The ...", "ASTANA, Kazakhstan, September 1. The ..."), and a
// syndicator's credit before it ("(MENAFN- Trend News Agency) ASTANA, ...").
const WIRE_DATELINE = new RegExp(`^[ \\t]*(?:\\([^()\\n]{1,60}\\)[ \\t]*)?[A-Z][A-Z .'-]{1,40}(?:,\\s*[A-Z][A-Za-z .'-]{1,30})?,\\s*${MONTH}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?(?:--|[-–—:]|\\.(?:[ \\t]*\\/[A-Za-z]{2,12}\\/\\.?)?(?=[ \\t]+[A-Z]))`, 'm');
// "Beijing, 13 January (Xinhua) -", "URUMQI, 8 June --": the day before the month, as British-style wires write it (with
// the year, the rule for a place and a full date reads it).
const DAY_FIRST_DATELINE = new RegExp(`^[ \\t]*(?:\\([^()\\n]{1,60}\\)[ \\t]*)?[A-Z][A-Za-z .'-]{1,40}(?:,\\s*[A-Z][A-Za-z .'-]{1,30})?,\\s*(\\d{1,2})\\s+${MONTH}(?!,?\\s+\\d{4})\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?(?:--|[-–—:])`, 'm');
// "Dec.27,2010(SHMET)--Trade increased ...": a dateline of the full date alone, spaces lost, before the agency and the dash.
const DATE_DATELINE = new RegExp(`^[ \\t]*${MONTH}\\s*(\\d{1,2}),\\s*(\\d{4})\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?(?:--|[-–—:])`, 'm');
// "Beijing, 13 April 2023 –", "Geneva, Switzerland, 4 March 2025 (Agency) -", "Ottawa, March 7, 2018 -": a place (in capitals
// or not) and a full date, day first or month first, before the agency and the dash.
const PLACE_FULL_DATE_DATELINE = new RegExp(`^[ \\t]*(?:\\([^()\\n]{1,60}\\)[ \\t]*)?[A-Z][A-Za-z .'-]{1,40}(?:,\\s*[A-Z][A-Za-z .'-]{1,30})?,\\s*${FULL_DATE}\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?(?:--|[-–—:])`, 'm');
// "ULAN BATOR, (UrduPoint / Pakistan Point News - 19th May, 2020 ) :": the date inside the parenthesis.
const BRACKETED_DATELINE = new RegExp(`^[ \\t]*[A-Z][A-Z .'-]{1,40},\\s*\\([^)\\n]{0,80}?${FULL_DATE}\\s*\\)`, 'm');
const FULL_DATE_RE = new RegExp(FULL_DATE);
// "Release time: 2026-08-14", "Date of publication: 3 March 2024", "Posted on: June 9, 2023": a page's own
// labelled date, which customs sites often print only in the footer, below the article.
const DATE_LABEL = `(?:Release[d]?\\s+(?:time|date|on)|Date\\s+of\\s+(?:release|publication|issue)|Publish(?:ed)?(?:\\s+(?:time|date|on))?|Post(?:ed)?\\s+(?:time|date|on)|Issued?\\s+(?:on|date)|Publication\\s+date)`;
const LABELLED_PAGE_DATE = new RegExp(`\\b${DATE_LABEL}\\s*[:：]\\s*${FULL_DATE}`, 'i');
// "Published June 9, 2023", "Published on 9 June 2023 10:52 GMT+8": the label and the date as a line of their own (a
// page's footer or a copy's last line) need no colon; in a sentence ("data published on March 3, 2024 showed") they
// date other things.
const LABELLED_DATE_LINE = new RegExp(`^[ \\t]*${DATE_LABEL}\\s*[:：]?\\s*${FULL_DATE}(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,5}(?:[+-]\\d{1,2})?)?)?[ \\t]*\\.?[ \\t]*$`, 'im');
/** How far into a page the labelled date is looked for (footers come after long articles). */
const PAGE_CHARS = 200_000;

// "2025-03-18 10:42", "2026/11/12": a page's stamp of its own date, numeric, as portals print it under the headline.
const PAGE_STAMP = /(?<![\d/-])((?:19|20)\d{2})([-/])(\d{2})\2(\d{2})(?![\d/-])/;
// A run of prose in the markup (a paragraph's text): the stamp stands above the first one.
const PROSE_RUN = />[^<>]{80,}</;
/** How far below the headline (in the page's markup) its date stamp may stand. */
const STAMP_CHARS = 800;
// A heading element of the page and the letters and digits that identify it (markup, entities and punctuation left out).
const HEADING = /<h([1-3])\b[^>]*>([\s\S]{0,600}?)<\/h\1\s*>/gi;
const letters = (s: string): string => s.replace(/<[^>]*>|&#?\w+;/g, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase().slice(0, 24);

/**
 * The date stamp a page prints under its headline (`text` starts with the headline; the page's markup is `raw`): the
 * first numeric date in the markup that follows the headline's heading element in the page's body, within STAMP_CHARS
 * and above the first run of prose.
 */
function stampUnderHeadline(raw: string, text: string): string | null {
  const key = letters(text.trimStart().split('\n', 1)[0]);
  const body = raw.search(/<body\b/i);
  if (key.length < 10 || body < 0) return null;
  HEADING.lastIndex = body;
  for (let h = HEADING.exec(raw); h; h = HEADING.exec(raw)) {
    if (letters(h[2]) !== key) continue;
    const after = h.index + h[0].length;
    const under = raw.slice(after, after + STAMP_CHARS);
    // Only above the story's first paragraph: a date in a footer or under the text is not the page's stamp.
    const prose = PROSE_RUN.exec(under);
    const m = PAGE_STAMP.exec((prose ? under.slice(0, prose.index) : under).replace(/<[^>]*>/g, ' '));
    return m ? isoDate(Number(m[1]), Number(m[3]), Number(m[4])) : null;
  }
  return null;
}

/** Ordered: page metadata is the most reliable, then datelines, then a dated byline line. */
const DATE_RULES: DateRule[] = [
  {
    name: 'page metadata',
    examples: ['<meta property="article:published_time" content="2023-06-09T10:52:00+08:00">', '<meta name="PubDate" content="2024-01-13 10:00">', '<time datetime="2023-06-09">'],
    read: ({ raw }) => {
      const page = raw.slice(0, 200_000);
      for (const tag of page.match(META_DATE) ?? []) {
        const m = META_CONTENT.exec(tag);
        const date = m && isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
        if (date) return date;
      }
      const t = TIME_DATETIME.exec(page);
      return t ? isoDate(Number(t[1]), Number(t[2]), Number(t[3])) : null;
    },
  },
  {
    name: 'dateline with a bracketed date',
    examples: ['ULAN BATOR, (Agency - 19th May, 2020 ) :'],
    read: ({ head }) => {
      const m = BRACKETED_DATELINE.exec(head);
      return m ? fullDate(m, 1) : null;
    },
  },
  {
    name: 'wire dateline',
    examples: ['KUNMING, Aug. 9 (Xinhua) --', 'TOKYO, Apr 18 (NNN-NHK) –', 'BEIJING, Oct. 25, 2024 (Reuters) -', 'HAIKOU, June 7. /TASS/.', '(MENAFN- Agency) ASTANA, Kazakhstan, September 1. The'],
    read: ({ head, text }) => {
      const m = WIRE_DATELINE.exec(head);
      if (!m) return null;
      const month = MONTHS[m[1].slice(0, 3).toLowerCase()];
      const day = Number(m[2]);
      const year = m[3] ? Number(m[3]) : yearOfReport(text, month);
      return year === null ? null : isoDate(year, month, day);
    },
  },
  {
    name: 'wire dateline, day first',
    examples: ['Beijing, 13 January (Xinhua) -', 'URUMQI, 8 June --'],
    read: ({ head, text }) => {
      const m = DAY_FIRST_DATELINE.exec(head);
      if (!m) return null;
      const month = MONTHS[m[2].slice(0, 3).toLowerCase()];
      const year = yearOfReport(text, month);
      return year === null ? null : isoDate(year, month, Number(m[1]));
    },
  },
  {
    name: 'dateline of a full date',
    examples: ['Dec.27,2010(SHMET)--', 'March 3, 2024 (Agency) --'],
    read: ({ head }) => {
      const m = DATE_DATELINE.exec(head);
      return m ? isoDate(Number(m[3]), MONTHS[m[1].slice(0, 3).toLowerCase()], Number(m[2])) : null;
    },
  },
  {
    name: 'dateline of a place and a full date',
    examples: ['Beijing, 13 April 2023 –', 'GENEVA, Switzerland, 4 March 2025 (Agency) -', 'Ottawa, March 7, 2018 -'],
    read: ({ head }) => {
      const m = PLACE_FULL_DATE_DATELINE.exec(head);
      return m ? fullDate(m, 1) : null;
    },
  },
  {
    name: 'dated byline',
    examples: ['Updated : 2019-07-19', 'Xinhua) 10:52, June 09, 2023', 'Published on 3 March 2024'],
    read: ({ head }) => {
      for (const line of head.split('\n').slice(0, 6)) {
        if (line.trim().length > BYLINE_MAX_CHARS || /[.!?]["')]?\s*$/.test(line.trim())) continue;
        const m = FULL_DATE_RE.exec(line);
        const date = m && fullDate(m, 1);
        if (date) return date;
      }
      return null;
    },
  },
  {
    name: 'stamp under the headline',
    examples: ['<h2>Horgos port\'s trade up 14.2%</h2><div class="meta"><span>2025-03-18 10:42</span> Source: ...</div>'],
    read: ({ text, raw }) => stampUnderHeadline(raw, text),
  },
  {
    name: 'labelled page date',
    examples: ['Release time: 2026-08-14 Source: Manzhouli Customs', 'Date of publication: 3 March 2024', 'Posted on: June 9, 2023', 'Published June 9, 2023 (a line of its own)'],
    // Last: a page with no dateline or byline may still state its date under a label, often in the footer.
    read: ({ raw }) => {
      const page = raw.slice(0, PAGE_CHARS);
      const m = LABELLED_PAGE_DATE.exec(page) ?? LABELLED_DATE_LINE.exec(page);
      return m ? fullDate(m, 1) : null;
    },
  },
];

// A year-to-date phrase with its year ("so far in 2026", "since the beginning of 2026", "in 2026 so far"):
// the story is written in that year, whatever month it ends in.
const YEAR_SO_FAR = /\b(?:so far in|since the (?:beginning|start) of|year[- ]to[- ]date in)\s+((?:19|20)\d{2})\b|\bin\s+((?:19|20)\d{2})\s+so far\b/gi;

/**
 * The year of a dateline that gives only month and day: a release reports on a period that has
 * ended, so it is published in the year of the latest explicit period it names, or in the next
 * year when the dateline's month comes before that period's last month ("Jan. 3" over "in 2024").
 * Null when the text names no explicit period.
 */
function yearOfReport(text: string, month: number): number | null {
  let latest = '';
  const head = text.slice(0, 20_000);
  for (const p of findPeriods(head, null)) if (p.kind === 'period' && p.periodEnd > latest) latest = p.periodEnd;
  // "so far in 2026" runs to the story's own day: the dateline's month of that year.
  for (const m of head.matchAll(YEAR_SO_FAR)) {
    const runsTo = `${m[1] ?? m[2]}-${String(month).padStart(2, '0')}`;
    if (runsTo > latest) latest = runsTo;
  }
  if (!latest) return null;
  const [year, endMonth] = latest.split('-').map(Number);
  return month >= endMonth ? year : year + 1;
}

/**
 * The publication date the release states about itself: `raw` is the body as received (HTML
 * metadata is read from it), `text` the release text. Null when none is found.
 */
export function releaseDate(raw: string, text: string): FoundDate | null {
  const where = { head: text.slice(0, HEAD_CHARS), text, raw };
  for (const rule of DATE_RULES) {
    const date = rule.read(where);
    if (date) return { date, rule: rule.name };
  }
  return null;
}

/** How much later than its wire dateline a release may be re-published and still be dated by the dateline. */
const REPUBLISHED_MAX_DAYS = 45;

/**
 * "KUNMING, Aug. 9 (Xinhua) --" on a page published on 2 September: a portal or a paper re-publishing a wire story weeks
 * later keeps the wire's dateline, and the story's "so far", "as of" and "since ... eight months ago" speak of the
 * dateline's day. The dateline's date (month and day, in the year that puts it before the caller's date) when it is one
 * to 45 days before `published`; null otherwise (no wire dateline, the same day, or too far apart to be the same story).
 */
export function earlierDateline(text: string, published: string): string | null {
  const head = text.slice(0, HEAD_CHARS);
  const m = WIRE_DATELINE.exec(head);
  const d = m ? null : DAY_FIRST_DATELINE.exec(head);
  if ((!m || m[3]) && !d) return null;
  const month = MONTHS[(m ? m[1] : d![2]).slice(0, 3).toLowerCase()];
  const day = Number(m ? m[2] : d![1]);
  const pubYear = Number(published.slice(0, 4));
  const date = isoDate(pubYear, month, day) ?? '';
  const dated = date > published ? isoDate(pubYear - 1, month, day) : date;
  if (!dated) return null;
  const days = (Date.parse(`${published}T00:00:00Z`) - Date.parse(`${dated}T00:00:00Z`)) / 86_400_000;
  return days >= 1 && days <= REPUBLISHED_MAX_DAYS ? dated : null;
}
