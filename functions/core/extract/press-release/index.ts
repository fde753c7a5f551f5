/**
 * Press-release extractor: one observation draft per quantity a customs news release reports.
 *
 * Pure and total: no I/O, no clock, never throws. Plain text is read as given; for HTML the
 * article body is extracted first and `quote_start`/`quote_end` are offsets into that extracted
 * article text (the text a reader sees), not into the raw markup.
 *
 * Reading conventions (see tests/corpus/press-release/README.md): "nearly/about/some" → about;
 * growth without a level is a row with value null, unit "" and measure growth; deficits are
 * negative balances; a sentence without a period or place takes the last one stated before it.
 */
// First: the regular-expression engine's setting must hold before any pattern below runs.
import '../regexp-engine.js';
import type { ExtractionContext, ExtractionOutcome, ObservationDraft } from '../../contract.js';
import { articleText, blankStrayMarkup, looksLikeHtml } from './article.js';
import { opensOnWorldTrade, reportsManyReporters } from './many-reporters.js';
import { readSentence } from './assemble.js';
import { blankConversionNotes, blankRuleLines, stackedTablesAsRows } from './page-chrome.js';
import { newReleaseMemory, type ReleaseMemory } from './sentence-scene.js';
import { GOVERNMENT_MEASURE } from './place-roles.js';
import { citedSourceOf, countryOf, countryOfPlace, findPlaces, foreignPortCountry, forgetPlaceNames, inDatelineCredit, noteTownsNamedAsCities, noteBasesByTown, noteUnknownTowns, noteZonesByTown, SEPARATE_CUSTOMS_TERRITORIES, type PlaceMention } from './geography.js';
import { attachEarlierGrowth, groupedBy, onOtherBasis, roundsGrowth } from './growth-links.js';
import { attachGrowthByPlaceInList, attachGrowthOfComparedBase, attachGrowthOfStatedSize, attachPointingGrowth, PRICES_TAKEN_OUT } from './follow-up-growth.js';
import { withoutRecentMonthGrowth } from './month-base.js';
import { attachGrowthOfSecondMoney, attachGrowthPerCurrency, inMoneyOfChange } from './currency-growths.js';
import { isCurrency, levelsInMoneyOf, shareGrowthAcrossCurrencies, shareGrowthAcrossUnits } from './second-currency.js';
import { isIndexRelease } from './growth-index.js';
import { partsWithinTheirWholes } from './parts-within-wholes.js';
import { agencyNameWeights } from './agency-names.js';
import { siteCountry } from './site-country.js';
import { englishMonthNames } from './month-names.js';
import { spokenYearsAsDigits } from './spoken-years.js';
import { roundupEntryHeads, titleCaseCapitalHeads, titleCaseCapitalTitle, titleCaseLetterheadCountries, titleCaseTickerLines } from './capital-heads.js';
import { hashtagsAsWords } from './hashtags.js';
import { repairPdfCopy, runningLines, unfoldPdfColumns } from './pdf-copy.js';
import { DATELINE_WEIGHT, LEAD_PARAGRAPHS, REPORTER_WEIGHT, SECOND_SOURCE_WEIGHT, announcesLaterData, datelineCountry, headingOfficeCountry, headingSeriesCountry, inLead } from './reporters.js';
import { earlierDateline, releaseDate } from './dateline.js';
import { basisWhy, previousMonthBasis } from './release-basis.js';
import { isCorrectionNotice } from './nonfigures.js';
import { anchorOf, findPeriods, fiscalNamingOf, MONTH_NAMES } from './periods.js';
import { soFarToReportingMonth } from './stocks.js';
import { shift } from './comparisons.js';
import { notTextReason } from './readable.js';
import { blankFlatTables, findFlatTables, flatTableRows, unreadTableWarnings, type FlatTable } from './flat-table.js';
import { forgetKeywordScans, keywords, mentions } from './keywords.js';
import { MAX_SENTENCE_CHARS, plainSpaces, splitSentences, type Sentence } from './sentences.js';
import { blankKeepingLineEnds, testAtLineStarts } from './chars.js';
import { YOY_MARKER } from './percent-roles.js';

/** Upper bound on the text read from one release; beyond it the release is truncated with a warning. */
const MAX_TEXT_CHARS = 2_000_000;
// The head of a release in which its first sentence of trade figures is looked for (see opensOnWorldTrade).
const WORLD_TRADE_HEAD_CHARS = 3000;

/** What the caller asks of the press-release reader. */
export interface PressReleaseOptions {
  contentType?: string;
  /** Keep counts of border crossings (passenger and vehicle trips), which are no trade figures: off by default. */
  crossings?: boolean;
  /** Keep customs revenue (duties, import taxes, payments to the budget, their growth and shares), which is no trade figure: off by default. */
  revenue?: boolean;
}

/** Extracts every reported quantity of one press release (plain text or an HTML page). */
export function extractPressRelease(body: string, ctx: ExtractionContext, opts: PressReleaseOptions): ExtractionOutcome {
  try {
    return extract(body, ctx, opts);
  } catch (error) {
    // Defensive: the readers are written not to throw, but a release must never take the pipeline down.
    return { ok: false, reason: `press-release extractor failed: ${(error as Error)?.message ?? String(error)}` };
  }
}

function extract(body: string, ctx: ExtractionContext, opts: PressReleaseOptions): ExtractionOutcome {
  const refused = refusalOf(body, ctx);
  if (refused) return { ok: false, reason: refused };
  const warnings: string[] = [];
  const html = looksLikeHtml(body, opts.contentType);
  const article = articleOf(body, html, warnings);
  if (article === null) return { ok: false, reason: 'no readable article text in the release' };
  const dated = datedContext(body, article, ctx, warnings);
  const release = releaseText(article, dated.published, warnings);
  const page: PageSignals = html ? { masthead: once(() => pageChrome(body)), siteCountry: once(() => siteCountry(body, ctx.source_url)) } : NO_PAGE;
  let rows = joinAcrossSentences(oneNamePerInlandPort(readRows({ ...release, page }, dated, warnings, opts.revenue === true)), release);
  if (!opts.crossings) rows = dropCrossingCounts(rows);
  if (!opts.revenue) rows = dropCustomsRevenue(rows);
  if (release.tableText !== article) rows = rows.map((row) => quotedAsWritten(row, article));
  rows = rows.map(zoneOwnTotal);
  rows = withoutLaterPeriods(rows, ctx.published || dated.published, warnings);
  rows = soFarToReportingMonth(rows, dated.published || ctx.published || '');
  if (dated.published !== ctx.published && ctx.published) rows = rows.map((row) => ({ ...row, published: ctx.published }));
  warnings.push(...rowWarnings(rows));
  return { ok: true, rows, warnings };
}

// "Shijiazhuang dry port's trains up 17%" over a body on "Shijiazhuang International Dry Port", "Xi'an railway port" over
// "Xi'an International Railway Port": a city's inland port written short (its kind word in lower case reads as the town's
// "X Port") is the one port the release names in full, when it names exactly one such port of that city.
const INLAND_PORT_NAME = /^(\S+)\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Dry|Inland|Railway)\s+Port$/;

/** Rows of "X Port" renamed to the one inland port of X the release names in full, if there is exactly one. */
function oneNamePerInlandPort(rows: ObservationDraft[]): ObservationDraft[] {
  const full = new Map<string, Set<string>>();
  for (const r of rows) {
    const m = INLAND_PORT_NAME.exec(r.area);
    if (m) full.set(`${m[1]} Port`, (full.get(`${m[1]} Port`) ?? new Set()).add(r.area));
  }
  if (!full.size) return rows;
  return rows.map((r) => {
    const names = full.get(r.area);
    return names?.size === 1 ? { ...r, area: [...names][0] } : r;
  });
}

/**
 * "next year's exports are seen at 5 trillion yuan": a row whose period starts after the month the release came out in
 * reports what has not happened yet (a forecast, a target, a plan), whatever led the readers to it; it is left out, and a
 * warning says how many were. (A period that has begun, "exports in 2026 grew 3 percent" in July, may be the year so far.)
 */
function withoutLaterPeriods(rows: ObservationDraft[], published: string, warnings: string[]): ObservationDraft[] {
  const month = published.slice(0, 7);
  if (!month) return rows;
  const kept = rows.filter((r) => !r.period_start || r.period_start <= month);
  if (kept.length < rows.length) warnings.push(`${rows.length - kept.length} figure(s) of a period starting after the release's month (${month}) left out as forecasts or plans`);
  return kept;
}

// A bonded zone's or bonded port area's own figure is that zone's total, not a bonded part of some wider trade: the zone
// is its area, so its row carries no breakdown and stays a total (is_total) that its own parts can be summed against.
const BONDED_PLACE = /\bBonded\s+(?:Zones?|Port\s+Areas?|Areas?)\b/;

function zoneOwnTotal(row: ObservationDraft): ObservationDraft {
  return row.breakdown === 'customs regime: bonded' && BONDED_PLACE.test(row.area) ? { ...row, breakdown: '' } : row;
}

/** The row's quote as the article writes it: the readers read a tidied copy of the same length (words joined, marks blanked). */
function quotedAsWritten(row: ObservationDraft, article: string): ObservationDraft {
  if (row.quote_start == null || row.quote_end == null) return row;
  return { ...row, source_quote: article.slice(row.quote_start, row.quote_end) };
}

/** Why a body cannot be read at all (empty, binary, a malformed publication date), or null. */
function refusalOf(body: string, ctx: ExtractionContext): string | null {
  if (typeof body !== 'string' || body.trim() === '') return 'empty release body';
  const notText = notTextReason(body);
  if (notText) return notText;
  if (ctx.published && !anchorOf(ctx.published)) return `publication date "${ctx.published}" is not YYYY-MM-DD`;
  return null;
}

/** The text a reader sees (the article of an HTML page), truncated to MAX_TEXT_CHARS; null when there is none. */
function articleOf(body: string, html: boolean, warnings: string[]): string | null {
  const text = html ? headlineDatedByTitle(articleText(body), body) : unfoldPdfColumns(body);
  if (text.trim() === '') return null;
  if (text.length <= MAX_TEXT_CHARS) return text;
  warnings.push(`release text truncated to ${MAX_TEXT_CHARS} characters`);
  return text.slice(0, MAX_TEXT_CHARS);
}

// What a page's title adds to its headline: the month it reports on (", August 2022"), before the site's name (" | ABS").
const TITLE_MONTH_TAIL = new RegExp(`^\\s*[,:–-]\\s*((?:${MONTH_NAMES})\\s+(?:19|20)\\d{2})\\s*(?:[|–-]|$)`);

/**
 * "<title>International Trade in Goods, August 2022 | Australian Bureau of Statistics</title>" over a headline "International
 * Trade in Goods": a headline the page's title repeats and then dates is read with that month, the period of its figures
 * (the page leaves it to a box of release details the article reader drops).
 */
function headlineDatedByTitle(article: string, body: string): string {
  const title = TITLE_TAG.exec(body.slice(0, MASTHEAD_CHARS))?.[1].replace(/\s+/g, ' ').trim();
  const first = article.trimStart().split('\n', 1)[0].trim();
  if (!title || first.length < 12 || !title.startsWith(first)) return article;
  const month = TITLE_MONTH_TAIL.exec(title.slice(first.length));
  if (!month) return article;
  const at = article.indexOf(first);
  return `${article.slice(0, at + first.length)}, ${month[1]}${article.slice(at + first.length)}`;
}

/** No date from the caller: the release's own dateline or page metadata, else explicit periods only. */
function datedContext(body: string, article: string, ctx: ExtractionContext, warnings: string[]): ExtractionContext {
  if (ctx.published) return datelineOverLaterCopy(article, ctx, warnings);
  const found = releaseDate(body, article);
  if (found) warnings.push(`no publication date given; read ${found.date} from the ${found.rule}`);
  else warnings.push('no publication date given or found: figures with a relative period ("this year", "in June") have none');
  return { ...ctx, published: found?.date ?? '' };
}

/** A re-published copy (a week to a month after its wire dateline) is dated by the dateline (dateline.ts `earlierDateline`). */
function datelineOverLaterCopy(article: string, ctx: ExtractionContext, warnings: string[]): ExtractionContext {
  const date = earlierDateline(article, ctx.published);
  if (!date) return ctx;
  warnings.push(`published ${ctx.published}, but the wire dateline is of ${date}: relative periods are read from the dateline`);
  return { ...ctx, published: date };
}

/** A release's text as the readers take it: `tableText` keeps the flattened tables, `text` has them blanked for the prose reader. */
interface ReleaseText {
  tableText: string;
  tables: FlatTable[];
  text: string;
  sentences: Sentence[];
  /** The PDF copy's running heads and feet, capitals in title case (`runningHeads`): blanked in the text, read for places. */
  heads: string[];
  /** The page's source stamps ("Source: Harbin Customs | 2026-11-03"): blanked as boilerplate, read for the country last. */
  stamps: string[];
  /** What an HTML page says of itself outside its article (read for the country last, built only then). */
  page?: PageSignals;
}

/** What a page says of itself outside its article: read for the reporting country when the story names no agency. */
interface PageSignals {
  /** Its masthead (the title and the furniture above the headline) and its footer. */
  masthead: () => string;
  /** The country of the site it lives on (site-country.ts), or null. */
  siteCountry: () => string | null;
}

const NO_PAGE: PageSignals = { masthead: () => '', siteCountry: () => null };

/** A value read at most once per release: a page signal the country vote and the port of the page may both ask for, the cited source. */
function once<T>(read: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: read() }).v;
}

/**
 * The tidying passes, in order, each writing over what the readers would misread: exotic spaces, stray markup, hashtags,
 * aggregator lines, drawn rules, unit notes and tables stacked one cell a line (page-chrome.ts), PDF damage, local month names, and headings and tickers in capitals.
 */
const TIDYING: ReadonlyArray<(text: string) => string> = [
  plainSpaces,
  blankStrayMarkup,
  hashtagsAsWords,
  blankAggregatorBoilerplate,
  blankRuleLines,
  blankConversionNotes,
  stackedTablesAsRows,
  repairPdfCopy,
  spokenYearsAsDigits,
  englishMonthNames,
  titleCaseCapitalHeads,
  titleCaseCapitalTitle,
  titleCaseLetterheadCountries,
  titleCaseTickerLines,
];

/** Tidies the article (aggregator lines, month names), finds its flattened tables and splits the rest into sentences. */
function releaseText(article: string, published: string, warnings: string[]): ReleaseText {
  const tableText = TIDYING.reduce((text, tidy) => tidy(text), article);
  forgetPlaceNames();
  noteTownsNamedAsCities(tableText);
  noteZonesByTown(tableText);
  noteBasesByTown(tableText);
  noteUnknownTowns(tableText);
  forgetKeywordScans();
  // Tables flattened into the text are read by their own reader and blanked for the prose reader.
  const tables = findFlatTables(tableText, anchorOf(published));
  const text = blankFlatTables(tableText, tables);
  const sentences = splitSentences(text);
  if (sentences.some((s) => s.end - s.start >= MAX_SENTENCE_CHARS)) warnings.push(`sentences longer than ${MAX_SENTENCE_CHARS} characters were read in pieces`);
  return { tableText, tables, text, sentences, heads: runningHeads(article), stamps: sourceStamps(article) };
}

// "Source: China Railway Container Transport | 2026-11-03" on its own line of a page.
const SOURCE_STAMP = /^[ \t]*Source:[ \t]*([^\n]{2,120})/gm;

/** The source stamps of a page, each as the words it names (none for most releases, which have no "Source:" line). */
function sourceStamps(article: string): string[] {
  return article.includes('Source:') ? [...article.matchAll(SOURCE_STAMP)].map((m) => m[1]) : [];
}

/** A PDF copy's running lines (pdf-copy.ts `runningLines`), words in capitals written in title case ("LIANYUNGANG" → "Lianyungang"). */
function runningHeads(article: string): string[] {
  return runningLines(article).map((line) => line.replace(/\b([A-Z])([A-Z]+)\b/g, (_w, first: string, rest: string) => first + rest.toLowerCase()));
}

/**
 * "LIANYUNGANG PORT HOLDINGS      MONTHLY OPERATIONS BULLETIN No. 10/2026" over every page of a port's bulletin that
 * says only "the port" in its body: the port its running head names (one) is the release's place; the head itself is
 * blanked as page furniture.
 */
function portOfRunningHead(heads: string[]): string {
  const ports = new Set(heads.flatMap((line) => findPlaces(line, '').filter((p) => p.kind === 'port').map((p) => p.name)));
  return ports.size === 1 ? [...ports][0] : '';
}

// "the port completed a cargo throughput of ...": a story that names its port only so.
const THE_PORT = /\b[Tt]he port\b/;

/**
 * "Tianjin Port Group - News" over a story that says only "the port" and names no port: the port the page's masthead
 * or footer names (one) is the release's place, as a PDF's running head's is.
 */
function portOfPage(page: PageSignals, text: string): string {
  const port = text.includes('he port') && THE_PORT.test(text) ? portOfRunningHead([page.masthead()]) : '';
  return port && !findPlaces(text, '').some((p) => p.kind === 'port') ? port : '';
}

// "ZHENGZHOU, Dec. 20 --", "Zhengzhou, Dec. 20 (Xinhua) --": a place opening a line before a month's day ("Lishui, Zhejiang,
// Oct 26 (Xinhua) --": its province may stand between).
const DATELINE_PLACE = /^[ \t]*([A-Z][A-Za-z'’]+(?:[ -][A-Z][A-Za-z'’]+)?)\s*,\s*(?:[A-Z][a-z]+\s*,\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b/m;

/** The city a release is datelined in, when the lexicon knows it as a city. */
function datelineCity(text: string): string | undefined {
  const m = DATELINE_PLACE.exec(text.slice(0, 400));
  if (!m) return undefined;
  const name = m[1].toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const found = findPlaces(name, '');
  return found.length === 1 && found[0].kind === 'city' ? found[0].name : undefined;
}

/** The rows of every sentence and table in text order, each read with what the sentences before it stated. */
/**
 * A table that states one period of its own (in its caption or heads: "Destination (March) | US$ billion | YoY %") sets it
 * for the prose after it, as a sentence stating it would (a221: "Major goods" after a table of March's markets, following a
 * first-quarter sentence, are March's). A table of several periods, or none of its own, leaves the period as it was.
 */
function carryTablePeriod(read: ObservationDraft[], memory: ReleaseMemory): void {
  const spans = new Set(read.map((r) => `${r.period_start}..${r.period_end}`));
  if (spans.size !== 1 || !read[0].period_start) return;
  const [start, end] = [read[0].period_start, read[0].period_end];
  if (memory.period && memory.period.start === start && memory.period.end === end) return;
  memory.period = { start, end };
}

function readRows({ tableText, tables, text, sentences, heads, stamps, page = NO_PAGE }: ReleaseText, ctx: ExtractionContext, warnings: string[], keepsRevenue: boolean): ObservationDraft[] {
  const { country, firm: countryFirm, manyReporters } = releaseCountry(sentences, text, heads, stamps, page);
  const headPort = portOfRunningHead(heads) || portOfPage(page, text);
  const date = anchorOf(ctx.published);
  const anchor = date && { ...date, country, fiscalNamed: fiscalNamingOf(text, country) };
  const basis = previousMonthBasis(text);
  if (basis) warnings.push(`changes without a stated base read as month-on-month (${basis}: ${basisWhy(basis)})`);
  const memory = newReleaseMemory({ period: null, area: headPort, areaByKind: headPort ? { port: headPort } : {}, country, countryFirm, manyReporters, source: once(() => citedSourceOf(sentences)), partner: '', paragraph: -1, lastFlow: null, quantityCommodity: '', previousMonthRelease: basis !== null, correctionNotice: isCorrectionNotice(text), indexRelease: isIndexRelease(text), gluedTonnes: GLUED_TONNES.test(text), containersInTeu: text.includes('TEU') && CONTAINERS_IN_TEU.test(text), datelineCity: datelineCity(text), inexact: [], keepsRevenue });
  const rows: ObservationDraft[] = [];
  let nextTable = 0;
  const readTablesBefore = (at: number) => {
    for (; nextTable < tables.length && tables[nextTable].start < at; nextTable++) {
      const read = flatTableRows(tables[nextTable], tableText, ctx, memory.area || country, country, memory.period, memory.countedUnit, memory.lastFlow);
      rows.push(...read);
      carryTablePeriod(read, memory);
    }
  };
  const entryHeads = roundupEntryHeads(sentences);
  for (const [i, sentence] of sentences.entries()) {
    readTablesBefore(sentence.start);
    if (entryHeads.size && sentence.paragraph !== memory.paragraph) enterRoundupEntry(entryHeads.get(sentence.paragraph), memory);
    const read = sentenceRowsOrWarning(sentence, () => readSentence(sentence, anchor, ctx, memory), warnings);
    if (!putForConfirmation(sentence, sentences[i + 1])) rows.push(...read);
  }
  readTablesBefore(Infinity);
  warnings.push(...unreadTableWarnings(tables, tableText));
  // Numbers too long to keep exactly (exact-number.ts), which no rule read: found while reading the figures.
  warnings.push(...memory.inexact);
  return rows;
}

// "Bloomberg: Your tables suggest exports to the United States fell by about 20 percent in the first nine months. Is that
// correct?", "We heard that the trains exceeded 2,500 in the first half. Can you confirm that?", "Some reports say private
// firms make up more than 85 percent. Is that accurate?", "Exports fell 20 percent, is that right?": a statement a questioner
// puts to the speaker to confirm (the next sentence of its paragraph, or a tag after a comma, asks whether it is right) is
// no report of its own: the answer gives the figure, corrected or confirmed (batch b298's conventions). Its sentence is read
// all the same, so that its period and places carry on as any sentence's do.
const CONFIRMATION_ASKED = String.raw`(?:(?:is|was|are|were)\s+(?:that|this|it|these|those|the\s+(?:figure|number|report|estimate)s?)(?:\s+(?:figure|number|estimate)s?)?\s+(?:really\s+|still\s+)?(?:correct|right|accurate|true|so|the\s+case|confirmed)|(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:confirm|verify|clarify)(?:\s+(?:that|this|it|these|those|the\s+(?:figure|number)s?))?|do\s+you\s+(?:confirm|agree)(?:\s+(?:with\s+)?(?:that|this|it|these|those|the\s+(?:figure|number)s?))?|am\s+I\s+(?:right|correct|mistaken)|(?:right|true|correct))(?:\s*,\s*[A-Za-z][\w.'’ -]{0,30})?\s*\?\s*["”’]?\s*$`;
const CONFIRMATION_QUESTION = new RegExp(String.raw`^\s*(?:(?:So|And|But|Well|Now)\s*,?\s+)?${CONFIRMATION_ASKED}`, 'i');
const CONFIRMATION_TAG = new RegExp(String.raw`,\s*${CONFIRMATION_ASKED}`, 'i');

/** True when `sentence` is a statement put to the speaker for confirmation by the sentence after it in its paragraph, or by a tag of its own. */
function putForConfirmation(sentence: Sentence, next: Sentence | undefined): boolean {
  if (sentence.norm.includes('?')) return CONFIRMATION_TAG.test(sentence.norm);
  return next !== undefined && next.paragraph === sentence.paragraph && next.norm.length < 80 && CONFIRMATION_QUESTION.test(next.norm);
}

/**
 * A roundup's entry headed by a country (`roundupEntryHeads`): its figures are that country's, until the next entry, and
 * the period it leads with is its own (an entry on October's figures after one on November's reports October, no aside).
 */
function enterRoundupEntry(head: string | undefined, memory: ReleaseMemory): void {
  if (!head) return;
  memory.leadPeriod = undefined;
  memory.country = head;
  memory.area = head;
  memory.leadArea = head;
  memory.areaByKind.country = head;
}

/**
 * One sentence's rows; a sentence whose reading fails (a fault in one rule: a loop, a bad index) is left out with a warning
 * that quotes its start, so one sentence never costs the release its other figures.
 */
function sentenceRowsOrWarning(sentence: { text: string; start: number }, read: () => ObservationDraft[], warnings: string[]): ObservationDraft[] {
  try {
    return read();
  } catch (error) {
    warnings.push(`a sentence could not be read and its figures are left out (at character ${sentence.start}, "${sentence.text.slice(0, 60)}…"): ${(error as Error)?.message ?? String(error)}`);
    return [];
  }
}

/** The release's rows taken together: restatements merged, growth stated apart given to its level, rounded restatements dropped. */
function joinAcrossSentences(rows: ObservationDraft[], { text, sentences, tables }: ReleaseText): ObservationDraft[] {
  const headEnd = Math.max(headlineEnd(sentences), leadSummaryEnd(sentences));
  const merged = withoutHeadlineShareSaidAgain(mergeRestatements(withoutRecentMonthGrowth(rows), headEnd), headEnd);
  // A growth whose subject points back at the level before it ("Imports were still up 4.9% ...") is given to that level
  // before growths stated ahead of their levels look forward to a later one ("The value of October imports was ...").
  const withGrowth = attachEarlierGrowth(attachGrowthPerCurrency(attachPointingGrowth(attachLaterGrowth(attachGrowthByPlaceInList(attachGrowthOfComparedBase(attachGrowthOfStatedSize(attachGrowthOfSecondMoney(merged))))))), text, headEnd);
  const kept = dropRoundedRestatements(shareGrowthAcrossUnits(shareGrowthAcrossCurrencies(withGrowth, text)), headEnd, tables);
  return dropRoundedSayings(dropRoundedChartLabels(datedStandfirst(partsWithinTheirWholes(haulsOfBothWays(kept, sentences)), sentences[0]?.end ?? 0, headEnd), tables));
}

/**
 * "Goods through Erenhot were worth thirty-eight point six billion yuan, a rise of seventeen and a half percent. [GRAPHIC:
 * VALUE 38.62 BN YUAN / +17.5%]": a script says a figure rounded and puts it exactly on screen (or a story gives it rounded
 * in one place and exactly in another: "turnover reached 44.2 billion dollars" and "44.18 billion, up 5.1 percent"). A figure
 * stated without a hedge that is another figure of the same period, place, flow, goods, breakdown and unit rounded to its own digits, with the
 * same growth, a growth that growth rounds, or none, is that figure said again: it gives way, and hands the exact one its
 * growth and its partner where the exact one has none. So does the same figure with the same growth put on screen with no
 * partner ("[EXPORTS $17.9 BN (+2.4%)]" under "exports to China came to seventeen point nine billion dollars, up two point
 * four percent"). Figures of two partners named apart stay two. A speaker's hedged round figure gives way the same way to the
 * exact one it rounds ("nearly 400 billion pounds - 392 billion, to be precise", "about 3 trillion yuan, 2.96 trillion to be
 * exact", "topped 12 million tonnes: 12.4 million tonnes exactly"), where its hedge allows the exact one (hedgeAllows).
 */
function dropRoundedSayings(rows: ObservationDraft[]): ObservationDraft[] {
  // Levels only: a share written "43.0 percent" is no rounding of another share of 43.1.
  const isLevel = (r: ObservationDraft) => r.value !== null && r.value !== 0 && r.measure !== 'share';
  const levels = rows.filter((r) => isLevel(r) && r.qualifier === 'exact');
  const samePartner = (a: ObservationDraft, b: ObservationDraft) => a.partner === b.partner || a.partner === 'World' || b.partner === 'World';
  const sameGrowth = (rounded: ObservationDraft, exact: ObservationDraft) => rounded.yoy_pct === null || exact.yoy_pct === null || rounded.yoy_pct === exact.yoy_pct || roundsGrowth(rounded.yoy_pct, exact.yoy_pct);
  // The same value again: only where the one giving way names no partner and the growth is the same.
  const saidAgain = (r: ObservationDraft, e: ObservationDraft) => r.value === e.value && r.partner === 'World' && e.partner !== 'World' && r.yoy_pct === e.yoy_pct;
  const rounds = (r: ObservationDraft, e: ObservationDraft) => (r.qualifier === 'exact' ? saidAgain(r, e) || (sameGrowth(r, e) && roundedToOwnDigits(r.value!, e.value!)) : sameGrowth(r, e) && hedgeAllows(r, e.value!));
  const exactOf = (r: ObservationDraft) => levels.find((e) => e !== r && e.period_start === r.period_start && e.period_end === r.period_end && e.area === r.area && e.flow === r.flow && e.unit === r.unit && e.measure === r.measure && e.commodity === r.commodity && e.breakdown === r.breakdown && samePartner(r, e) && rounds(r, e));
  const dropped = new Map<ObservationDraft, ObservationDraft>();
  for (const r of rows.filter(isLevel)) {
    const exact = exactOf(r);
    if (exact && !dropped.has(exact)) dropped.set(r, exact);
  }
  if (!dropped.size) return rows;
  const given = new Map<ObservationDraft, ObservationDraft>();
  for (const [rounded, exact] of dropped) {
    const kept = given.get(exact) ?? exact;
    given.set(exact, { ...kept, yoy_pct: kept.yoy_pct ?? rounded.yoy_pct, partner: kept.partner === 'World' ? rounded.partner : kept.partner });
  }
  return rows.filter((r) => !dropped.has(r)).map((r) => given.get(r) ?? r);
}

/**
 * True when `rounded`, written with fewer significant digits than `exact`, is `exact` rounded to them (38.6 of 38.62). Only
 * amounts of a million or more, said with a scale word: a count written out ("1,100 entered the country and 1,116 left it")
 * is exact to its last zero.
 */
function roundedToOwnDigits(rounded: number, exact: number): boolean {
  const digits = significantDigits(rounded);
  return rounded !== exact && Math.abs(rounded) >= 1e6 && digits > 0 && digits < significantDigits(exact) && Number(exact.toPrecision(digits)) === rounded;
}

/**
 * True when the hedged round figure `hedged` can be said of `exact`: "nearly" or "about" 400 billion of 392 billion (rounded to
 * its own digits), "more than" or "topped" 12 million of 12.4 or 12.9 million (at or above it, by less than its last digit),
 * "under" 3 trillion of 2.96 trillion.
 */
function hedgeAllows(hedged: ObservationDraft, exact: number): boolean {
  const r = hedged.value!;
  const digits = significantDigits(r);
  if (Math.abs(r) < 1e6 || digits <= 0 || digits >= significantDigits(exact) || r === exact) return false;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(r))) - digits + 1);
  if (hedged.qualifier === 'about') return roundedToOwnDigits(r, exact);
  if (hedged.qualifier === 'more_than') return exact > r && exact < r + step;
  if (hedged.qualifier === 'less_than') return exact < r && exact > r - step;
  return false;
}

/**
 * "2025  45.5" under "Goods trade, trillion yuan" beside "Total trade came to 45.47 trillion yuan last year": a chart's bar
 * label rounds the figure the prose states exactly (chart-labels.ts). The label gives way to a figure outside the chart of the
 * same period, place, partner, flow and unit that it rounds to its own digits ("47.0" of 47.03 million TEU included).
 */
function dropRoundedChartLabels(rows: ObservationDraft[], tables: FlatTable[]): ObservationDraft[] {
  const charts = tables.filter((t) => t.chartLabels);
  if (!charts.length) return rows;
  const inChart = (r: ObservationDraft) => r.quote_start != null && charts.some((t) => t.start <= r.quote_start! && r.quote_start! < t.end);
  const labels = rows.filter(inChart);
  if (!labels.length) return rows;
  const prose = rows.filter((r) => !inChart(r) && r.value !== null);
  const rounds = (label: ObservationDraft, e: ObservationDraft) => {
    const digits = label.source_quote.trim().split(/\s+/).pop()!.replace(/[^\d]/g, '').replace(/^0+/, '').length;
    return digits > 0 && e.value !== label.value && Number(e.value!.toPrecision(digits)) === label.value;
  };
  return rows.filter((r) => !labels.includes(r) || !prose.some((e) => e.period_start === r.period_start && e.period_end === r.period_end && levelKey(e) === levelKey(r) && rounds(r, e)));
}

// "The trains hauled 542,000 tonnes of goods in the quarter. Outbound cargo included cars ..., while inbound services brought
// in timber": the freight the trains (services, runs) carried, when the next sentence of its paragraph names what went each
// way and gives no figure of its own, is the freight of both ways, whatever way the trains counted before went.
const TRAINS_HAUL = /\b(?:the|these|those|its|their|both)\s+(?:[\w-]+\s+){0,2}?(?:trains|services|runs|trips)\s+(?:(?:together|also|have|had|jointly)\s+)?(?:hauled|carried|moved|transported|shipped|handled|delivered)\b/i;
const OUT_WORD = /\b(?:outbound|outgoing|westbound|departing|exported|exports?|leaving|sent\s+out)\b/i;
const IN_WORD = /\b(?:inbound|incoming|eastbound|arriving|return(?:ing)?|imported|imports?|brought\s+(?:in|back))\b/i;

/** Train freight rows of one way made both ways (total) by the next sentence naming what went each way (TRAINS_HAUL). */
function haulsOfBothWays(rows: ObservationDraft[], sentences: Sentence[]): ObservationDraft[] {
  const oneWay = (r: ObservationDraft) => (r.flow === 'export' || r.flow === 'import') && r.measure === 'quantity' && r.quote_start != null && TRAINS_HAUL.test(r.source_quote);
  if (!rows.some(oneWay)) return rows;
  return rows.map((r) => {
    if (!oneWay(r)) return r;
    const at = sentences.findIndex((x) => x.start <= r.quote_start! && r.quote_start! < x.end);
    const next = at >= 0 ? sentences[at + 1] : undefined;
    const bothNamed = next !== undefined && next.paragraph === sentences[at].paragraph && !/\d/.test(next.norm) && OUT_WORD.test(next.norm) && IN_WORD.test(next.norm);
    return bothNamed ? { ...r, flow: 'total' } : r;
  });
}

/**
 * "Euro area surplus €14.8 bn" over a standfirst "€16.6 bn surplus for EU" and a body dated September 2026: a level of a
 * line under the headline (from `from` to `headEnd`) that no period of its own dates and that the body does not restate is
 * of the period the body's first dated figure opens with (a page's heads leave the period to the body). The headline's own
 * undated figures are left as they are: one the body does not restate is most often a rounding of another series.
 */
function datedStandfirst(rows: ObservationDraft[], from: number, headEnd: number): ObservationDraft[] {
  // (A line whose own period is relative, "in the first five months of this year" in a release with no date, stays undated.)
  const undated = (r: ObservationDraft) => r.period_start === '' && r.value !== null && r.quote_start !== null && r.quote_start >= from && r.quote_start < headEnd && !namesRelativePeriod(r.source_quote);
  if (!rows.some(undated)) return rows;
  const first = rows.find((r) => r.period_start !== '' && r.quote_start !== null && r.quote_start >= headEnd);
  return first ? rows.map((r) => (undated(r) ? { ...r, period_start: first.period_start, period_end: first.period_end } : r)) : rows;
}

/** Whether a quote names a period that only a publication date resolves ("this year", "in June"). */
const namesRelativePeriod = (quote: string) => findPeriods(quote, null).some((p) => p.kind === 'unresolved');

/** Warnings about the rows as a whole: figures without a period, or none at all. */
function rowWarnings(rows: ObservationDraft[]): string[] {
  const warnings: string[] = [];
  const unresolved = rows.filter((r) => r.period_start === '').length;
  if (unresolved) warnings.push(`${unresolved} figure(s) without a resolvable period`);
  if (!rows.length) warnings.push('no figures found in the release');
  return warnings;
}

// Lines a news aggregator (MIL-OSI and the like) adds around a republished story: they name regions
// and sources, never the story's figures.
// News pages add link lines to other stories the same way ("Related: China's trade up 3.4% in first 11 months"), and
// customs portals their links to the story before and after ("Previous: Port throughput up 5% in May | Next: ...").
// A text pasted without its line ends keeps them glued after the story's last full stop ("... $3.2 billion.Read also: ...")
// or after a wire's end mark ("... a year earlier. (END) Related: ...").
// Pages label such links by what readers did with them too: "Most Viewed: China-Laos Railway cargo tops 50 mln tonnes",
// "Read Next:", "Trending now:", "Editor's picks:".
const AGGREGATOR_LINE = /(?:^[ \t]*(?:Translation\.\s*Region:|Region:\s|Source:\s|[^\n.]{0,40}\bdisclaimer\b|Please note:|EDITOR'S NOTE:|MIL[- ]OSI\b)|(?:^[ \t]*|(?<=[.!?]["”’)]?[ \t]?|\((?:END|ENDS|ends)\)[ \t]*))(?:Related(?:\s+(?:stories|articles|news|reading|links|coverage))?:|Read (?:more|also|next):|See also:|Also read:|Most (?:viewed|read|popular|shared):|Trending(?: now)?:|Editor(?:'s|’s|s') picks?:)|^[ \t]*(?:Previous|Next)(?:\s+(?:article|story|news|item|post))?\s*:)[^\n]*/gim;

// Every such line has one of these words, in any case of its ASCII letters (one scan, no lower-cased copy).
const AGGREGATOR_WORDS = /region:|source:|disclaimer|please note:|editor's note:|mil[- ]osi|related(?:\s+(?:stories|articles|news|reading|links|coverage))?:|read (?:more|also|next):|see also:|also read:|most (?:viewed|read|popular|shared):|trending(?: now)?:|editor(?:'s|’s|s') picks?:|(?:previous|next)(?:\s+(?:article|story|news|item|post))?\s*:/i;
// All of them but two end in a colon: a text without one (most releases) is asked only about those two.
const AGGREGATOR_WORDS_WITHOUT_COLON = /disclaimer|mil[- ]osi/i;
const hasAggregatorWords = (text: string): boolean => (text.includes(':') ? AGGREGATOR_WORDS : AGGREGATOR_WORDS_WITHOUT_COLON).test(text);

// A heading standing alone on its line ("Related articles", "Related coverage:", "Related:", "More from this section",
// "You may also like") over a list of other stories' headlines, one a line, until a blank line: "- Vale keeps 2027
// guidance at 325-335 million tonnes", "China's October CPI up 0.2 pct" are links, not the story's figures. Headlines
// are short: a line longer than 150 characters ends the list (a story's paragraph is not blanked).
// On a page each headline of the list is a bulleted item of its own, with a blank line between ("Related releases" over
// "- Index of Industrial Production, September 2026: up 4.6 per cent"): bulleted items parted by blank lines are one list.
const AGGREGATOR_HEADING_BLOCK = /^[ \t]*(?:Related|Read\s+(?:more|next|also)|Also\s+read|See\s+also|Further\s+reading|Most\s+read|More\s+(?:on\s+this(?:\s+story)?|from\s+this\s+section|stories|news|releases)|You\s+(?:may|might)\s+also\s+like|Recommended(?:\s+for\s+you)?|(?:Hot|Top|Popular|Trending|Latest|Featured|Most\s+(?:viewed|popular|shared|commented))|Editor(?:'s|’s|s')\s+picks?|Don['’]t\s+miss|What['’]s\s+hot|(?:Readers|People|Users|Others)\s+also\s+(?:viewed|read|liked|watched)|Other\s+(?:news|stories|articles|headlines|reports))(?:\s+(?:stories|articles|news|reading|links|coverage|content|posts|reports|releases|publications|topics|headlines|now))?[ \t]*:?[ \t]*\n(?:(?:[ \t]*\n)?[ \t]*[-•·▪][ \t][^\n]{0,150}(?:\n|$)|[ \t]*\S[^\n]{0,150}(?:\n|$)){1,10}/gim;
// ("Hot stories", "Top news", "Most viewed", "Trending now", "Editor's picks", "Don't miss": the rails of other stories' links a page
// sets under the story are headed by what readers did with them, or how new or wanted they are; "Readers also viewed", "People
// also read", "Other news", "Other stories": by who else read them, or by their being other than the story.)
const AGGREGATOR_HEADING = /^[ \t]*(?:related|read\s+(?:more|next|also)|also\s+read|see\s+also|further\s+reading|most\s+read|more\s+(?:on|from|stories|news|releases)|you\s+(?:may|might)\s+also|recommended|(?:hot|top|popular|trending|latest|featured)\s+(?:stories|articles|news|topics|headlines|posts|now)|most\s+(?:viewed|popular|shared|commented)|editor(?:'s|’s|s')\s+picks?|don['’]t\s+miss|what['’]s\s+hot|(?:readers|people|users|others)\s+also\s+(?:viewed|read|liked|watched)|other\s+(?:news|stories|articles|headlines|reports))\b/im;
// The same tried (sticky) only at each line's start: the one above, with `^` and `m`, is tried at every character.
const AGGREGATOR_HEADING_AT = new RegExp(AGGREGATOR_HEADING.source.slice(1), 'iy');

const hasAggregatorHeading = (text: string): boolean => testAtLineStarts(text, AGGREGATOR_HEADING_AT, AGGREGATOR_HEADING);

/** Blanks aggregator boilerplate lines with spaces (line ends kept), so offsets into the text stay valid. */
export function blankAggregatorBoilerplate(text: string): string {
  // Most releases have none of the words and are not scanned for the lines.
  // The heading's list first: the one-line rule would blank a lone "Related:" and leave its list.
  const blocks = hasAggregatorHeading(text) ? text.replace(AGGREGATOR_HEADING_BLOCK, blankKeepingLineEnds) : text;
  if (!hasAggregatorWords(blocks)) return blocks;
  return blocks.replace(AGGREGATOR_LINE, (line) => (line.length <= 400 ? ' '.repeat(line.length) : line));
}

// A preposition of trade earlier in the clause: the country and the ones listed after it ("exports to
// Japan (+4.1%), Thailand (+9.5%) and India") are partners.
// "'s total exports of goods", "'s outbound shipments", "'s merchandise trade": a place's own trade follows it.
const OWN_TRADE_AFTER = /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:exports?|imports?|trade|shipments|surplus|deficit)\b/i;
// "Philippine International Merchandise Trade Statistics", "Nepal's foreign trade statistics".
const OWN_STATISTICS_AFTER = /^(?:['’]s)?\s+(?:(?:international|foreign|external|overseas)\s+)?(?:(?:merchandise|goods)\s+)?trade(?:\s+in\s+goods)?\s+statistics\b/i;
const STATISTICS_WORDS = keywords(['statistics'], OWN_STATISTICS_AFTER);
// "as China's records confirm", "as Chinese customs data show", "as US figures bear out": another country's statistics called on in
// an "as" clause to confirm what the sentence says.
const CORROBORATING_SOURCE = {
  before: /\bas\s+$/i,
  after: /^(?:['’]s)?\s+(?:(?:own|official|customs|trade|import|export)\s+){0,2}(?:records|data|figures|statistics|numbers)\s+(?:(?:also|now)\s+)?(?:confirm|confirmed|show|showed|suggest|suggested|indicate|indicated|bear\s+out|attest)\b/i,
};
const PARTNER_PREPOSITION_BEFORE = /\b(?:to|from|with|between)\b(?:[^.;:]|\.(?=\d))*$/i;
// "According to a report by Reuters, China imported ...": the "to" of a source closed off by a comma leads to no partner.
const SOURCE_BEFORE = /\baccording\s+to\s+[^,.;]{1,120},/gi;

/** Whether a preposition of trade comes earlier in the clause of a country at `at` (a cited source set aside). */
function partnerPrepositionBefore(norm: string, at: number): boolean {
  const before = norm.slice(Math.max(0, at - 80), at);
  return PARTNER_PREPOSITION_BEFORE.test(before.includes('ccording') ? before.replace(SOURCE_BEFORE, (m) => ' '.repeat(m.length)) : before);
}

// "China imported 7.1 million tons of soybeans from Brazil ..., customs data showed": a lead whose subject is
// China and whose source is unnamed customs data names China's customs as surely as an agency named in the lead.
// The dateline may credit an agency ("BEIJING, Nov. 20 (Xinhua) --") or none ("BEIJING, Nov 20 -", "Beijing, November 20:").
const CHINA_CUSTOMS_DATA = /^(?:[^.;]{0,60}\(\w+\)\s*[-–—]+\s*|[A-Z][A-Za-z' -]{1,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*[-–—:]+\s*)?China(?:['’]s)?\s(?:[^.;]|\.(?=\d))*\bcustoms\s+(?:data|figures|statistics)\s+(?:show(?:s|ed)?|released)\b/;

// "Country: China - People's Republic of", "Country: Chile": a header field naming the country a report covers.
// "162,000t", "94kt": a desk whose metric tonne is a glued "t" writes million tonnes as a glued "mt" ("10.6mt").
const GLUED_TONNES = /\d,\d{3}t\b|\dkt\b/;
// "cleared 4,812 containers (TEUs)": the release says once that its boxes are counted in twenty-foot units.
const CONTAINERS_IN_TEU = /\bcontainers\s*\(\s*TEUs?\s*\)/i;
const COUNTRY_FIELD = /^[ \t]*Country:[ \t]*([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)\b/m;
// "Vietnam: Livestock and Products Annual", "Kyrgyzstan: foreign trade turnover up 4.9% in first half": a title (the release's
// first line) that opens on a country and a colon names the country the report covers, as the field does. (Offices and
// ports heading a title, "Harbin Customs:", "Horgos Port:", are no countries.)
const COUNTRY_TITLE = /^\s*([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?):[ \t]+\S/;

/**
 * The country a release reports on, used when a sentence names no place: the country named most
 * as a reporting area, with Chinese customs wording and yuan amounts counting for China.
 */
function releaseCountry(sentences: Sentence[], text: string, heads: string[] = [], stamps: string[] = [], page: PageSignals = NO_PAGE): { country: string; firm: boolean; manyReporters?: boolean } {
  const tally = new CountryTally();
  const head = text.slice(0, 200_000);
  const customs = chineseCustomsNamed(head);
  const mirrored = mirroredCount(sentences, head, customs);
  for (const sentence of sentences.slice(0, 400)) {
    if (mirrored(sentence)) continue;
    for (const place of findPlaces(sentence.norm, '')) votePlace(tally, place, sentence.norm);
  }
  // "Socio-economic situation of the Kyrgyz Republic, January-October 2026" over every page: the country a PDF's
  // running head names votes as a sentence naming it would, though the head is blanked as page furniture.
  for (const head of heads) for (const place of findPlaces(head, '')) votePlace(tally, place, head);
  const chineseCustoms = voteChineseCustoms(tally, sentences, head, customs);
  const named = voteReporters(tally, head);
  // "PBS Monthly Review: External Trade": an office's acronym heading the title is the release's own agency.
  // ("Overseas merchandise trade: July 2024": so does a series title only that office gives its releases; a241.)
  const headed = headingOfficeCountry(head) ?? headingSeriesCountry(head);
  if (headed) {
    named.push([headed, REPORTER_WEIGHT]);
    tally.add(headed, REPORTER_WEIGHT);
  }
  // An agency the story quotes only after its lead is a second source: the page's own agency in its masthead still counts.
  const ownAgency = chineseCustoms || named.some(([, weight]) => weight >= REPORTER_WEIGHT);
  // A report of a body that gathers many reporters' trade (the WTO, UNCTAD, Comtrade) has no country of its own.
  // (Chinese customs named only after the body, "according to Chinese customs data reported to the Fund", are one of its reporters.)
  const ownAgencyAt = named.some(([, weight]) => weight >= REPORTER_WEIGHT) ? 0 : chineseCustoms && customs ? customs.index : Infinity;
  // "World exports of all forms of coffee amounted to ...": a release that opens its figures on the world's trade, with no agency
  // of its own, is one too.
  if (reportsManyReporters(head, ownAgencyAt) || (!ownAgency && opensOnWorldTrade(sentences, WORLD_TRADE_HEAD_CHARS))) return { country: '', firm: false, manyReporters: true };
  const reporters = named.length + (ownAgency ? 0 : voteMastheadAgency(tally, page.masthead));
  const coveredCountry = voteCoveredCountry(tally, head);
  // The capital a release is datelined in counts only when it names no agency ("MOSCOW, December 9. ... follows
  // from the data of the General Administration of Customs of the PRC" reports China's figures).
  const dated = chineseCustoms || reporters || coveredCountry ? null : datelineCountry(head);
  if (dated) tally.add(dated, DATELINE_WEIGHT);
  // The site a page lives on ("www.aduana.cl") counts as a dateline does, when the story names no agency in its lead: it
  // decides between partners the story names in passing, not against a country the story names as its own.
  const site = ownAgency ? null : page.siteCountry();
  if (site) tally.add(site, DATELINE_WEIGHT);
  // A crossing has two sides: in a release datelined in the other side's capital ("24.kg news agency, Bishkek –"
  // on Irkeshtam and Torugart) the ports it names are that side's, no vote for China.
  if (!dated || dated === 'China') tally.add('China', tally.portVotes);
  const yuan = head.match(/\b(?:yuan|RMB)\b/g)?.length ?? 0;
  if (yuan) tally.add('China', Math.min(yuan, 5));
  // (a229: read too when the story names countries only in passing, no area, agency or dateline: "China and Hong Kong  37.9"
  // in a table of destinations under a finance ministry's "Measured in New Taiwan dollars, exports rose 21.0% to NT$1.69
  // trillion" is a partner, and the release is the place of its own dollars.)
  if (tally.scoreOf(tally.best()) < AREA_VOTE) voteOwnDollars(tally, head);
  // "Tashkent, July 22 (Gazeta.uz). Uzbekistan's trade turnover with China ...": as many votes for the partner as for the
  // country the release is datelined in leave the release to the dateline's country, the news of its own capital.
  const best = tally.best(dated) || stampCountry(tally, stamps);
  return { country: best, firm: tally.scoreOf(best) >= DATELINE_WEIGHT };
}

// "HK$407.2 billion", "NT$1.2 trillion", "A$17.67 billion", "S$ 52.1 billion": a dollar sign marked with its country is the money
// of the one place that counts its trade in it, as yuan amounts are China's. Read only when nothing else in the story votes
// (a roundup of several countries' figures, one in "NZ$", stays the story's places' to decide).
// (a229: the money named in words as what the figures are measured in counts as one such amount: "Measured in New Taiwan
// dollars, exports rose", "in Hong Kong dollar terms", "expressed in Australian dollars", "valued in NZ dollars".)
const OWN_DOLLAR_AMOUNT = /(?<![A-Za-z])(HK|NT|A|NZ|S|C)\$\s?\d|\bin\s+(New\s+Taiwan|NT|Hong\s+Kong|HK|Australian|New\s+Zealand|NZ|Singapore|Canadian)\s+dollars?\b/g;
const DOLLAR_COUNTRY: Readonly<Record<string, string>> = { HK: 'Hong Kong', NT: 'Taiwan', A: 'Australia', NZ: 'New Zealand', S: 'Singapore', C: 'Canada' };
const DOLLAR_NAME_SIGN: Readonly<Record<string, string>> = { 'New Taiwan': 'NT', 'Hong Kong': 'HK', Australian: 'A', 'New Zealand': 'NZ', Singapore: 'S', Canadian: 'C' };
// A country voted for as a reporting area (votePlace's weight for "Taiwan's exports"): more than a mention in passing.
const AREA_VOTE = 3;

/** Votes for the place whose own dollars the release's amounts are written in (OWN_DOLLAR_AMOUNT). */
function voteOwnDollars(tally: CountryTally, head: string): void {
  if (!head.includes('$') && !head.includes('dollar')) return;
  const counts = new Map<string, number>();
  for (const m of head.matchAll(OWN_DOLLAR_AMOUNT)) {
    const country = DOLLAR_COUNTRY[m[1] ?? DOLLAR_NAME_SIGN[m[2].replace(/\s+/g, ' ')] ?? m[2]];
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  for (const [country, n] of counts) tally.add(country, Math.min(n, 3));
}

/**
 * A page whose story names no country, agency or place with a country ("China-Europe freight trains made 16,270
 * trips" under "Source: China Railway Container Transport"): the body its source stamp names says whose figures they
 * are. Read only then: on most pages the story itself decides, and a stamp may name a wire or a foreign outlet.
 */
function stampCountry(tally: CountryTally, stamps: string[]): string {
  for (const stamp of stamps) {
    for (const place of findPlaces(stamp, '')) votePlace(tally, place, stamp);
    voteReporters(tally, stamp);
  }
  return tally.best();
}

/** Votes for the country a release reports on; the first country to reach the highest score wins. */
class CountryTally {
  private readonly score = new Map<string, number>();
  /** Ports named as reporters: China's unless the release is datelined on the other side of the border. */
  portVotes = 0;

  add(name: string, n: number): void {
    this.score.set(name, (this.score.get(name) ?? 0) + n);
  }

  /** The country with the most votes; on a tie, `preferred` (the dateline's) when it is among the first. */
  best(preferred: string | null = null): string {
    let best = '';
    let bestScore = 0;
    for (const [name, n] of this.score) if (n > bestScore) [best, bestScore] = [name, n];
    return preferred && bestScore > 0 && this.scoreOf(preferred) === bestScore ? preferred : best;
  }

  /** The score of a country: at least a dateline's weight says the release names it as its own, not only in passing. */
  scoreOf(name: string): number {
    return this.score.get(name) ?? 0;
  }
}

/** One place a sentence names, as a vote for the reporting country (or none). */
function votePlace(tally: CountryTally, place: PlaceMention, norm: string): void {
  // "Exports to China", "imports from Japan": a country after a preposition of trade is whom the
  // reporter trades with, never the reporter (a subject, "Mongolia exported", still counts).
  if (place.kind === 'country') {
    // "Japan's finance ministry will publish its data next week.": a country whose sentence only announces data to come
    // (its own agency's, or its own) is no subject of the release's figures.
    if (announcesLaterData(norm, place.start)) return;
    // "the outlook hinges on US trade policy", "hit by American tariffs": a country named as the government whose measures
    // weigh on trade is no one whose figures the release reports.
    if (place.role === 'locator' && GOVERNMENT_MEASURE.after.test(norm.slice(place.end, place.end + 60))) return;
    // "Highlights of the Philippine International Merchandise Trade Statistics": the statistics
    // named after a country are that country's, as a named agency's are.
    if (mentions(norm, STATISTICS_WORDS, place.end, place.end + 60) && OWN_STATISTICS_AFTER.test(norm.slice(place.end, place.end + 60))) tally.add(place.name, REPORTER_WEIGHT);
    // "Coal exports hit record as China's records confirm surge": a country whose records an "as" clause calls on to bear the
    // figures out is a second source, not whose figures they are.
    else if (CORROBORATING_SOURCE.before.test(norm.slice(Math.max(0, place.start - 4), place.start)) && CORROBORATING_SOURCE.after.test(norm.slice(place.end, place.end + 60))) tally.add(place.name, SECOND_SOURCE_WEIGHT);
    else if (place.role === 'area') tally.add(place.name, 3);
    else if (!partnerPrepositionBefore(norm, place.start)) tally.add(place.name, 1);
  }
  // A bloc reporting its own trade ("EU exports of goods") is the release's subject too.
  else if (place.kind === 'group' && place.role === 'area') tally.add(place.name, 3);
  // "Taiwan's exports", "Hong Kong's total exports of goods": a territory with its own customs statistics reports as a country does.
  else if (place.kind === 'region' && place.role === 'area' && SEPARATE_CUSTOMS_TERRITORIES.has(place.name) && OWN_TRADE_AFTER.test(norm.slice(place.end, place.end + 60))) tally.add(place.name, 3);
  // A region abroad the lexicon places in its country ("the foreign trade turnover of the Far Eastern Federal District")
  // votes for that country; any other region is one of China's.
  // (A province in a dateline's credit, "(Shaanxi provincial portal)", names a publisher of that country: it votes too.)
  else if (place.kind === 'region' && (place.role !== 'locator' || inDatelineCredit(norm, place.start, place.end))) tally.add(countryOfPlace(place) ?? 'China', 1);
  // A crossing on the other side of the border votes for its own country ("Lao Cai station handled ..." in Vietnam's news).
  else if (place.kind === 'port' && place.role !== 'locator') {
    const country = foreignPortCountry(place.name);
    if (country) tally.add(country, 1);
    else tally.portVotes++;
  }
}

const CHINESE_CUSTOMS_BODIES = /General Administration of Customs(?! of Mongolia)|\bGACC\b|Chinese customs|China's customs/;
const CHINESE_CUSTOMS = new RegExp(`${CHINESE_CUSTOMS_BODIES.source}|\\(Xinhua\\)`);
// "TOKYO, Aug. 17 (Xinhua) -- Japan logged ...": China's news agency datelined in another country's capital reports that
// country's figures; its credit speaks for China only from home.
const XINHUA_CREDIT = /^\(Xinhua\)$/;

/** China's customs (or China's news agency writing from home) named in the release's head, or null. */
function chineseCustomsNamed(head: string): RegExpExecArray | null {
  const named = CHINESE_CUSTOMS.exec(head);
  if (!named || !XINHUA_CREDIT.test(named[0])) return named;
  const abroad = datelineCountry(head);
  return abroad && abroad !== 'China' ? CHINESE_CUSTOMS_BODIES.exec(head) : named;
}

/**
 * "China's customs data, which count the same trade from the other side, put China's surplus with the United States at
 * ...": China's customs first named after the lead give the other side's count of the release's trade, to the end of
 * their paragraph. The places said there are that count's, no vote for whose trade the release reports (the customs
 * still vote once, as a second source).
 */
function mirroredCount(sentences: Sentence[], head: string, customs: RegExpExecArray | null): (sentence: Sentence) => boolean {
  if (!customs || inLead(head, customs.index)) return () => false;
  const opening = sentences.find((x) => x.end > customs.index);
  return opening ? (x) => x.paragraph === opening.paragraph && x.end > customs.index : () => false;
}

/** Chinese customs named in the release, or China's customs data cited in its lead: votes for China. True when named in the lead. */
function voteChineseCustoms(tally: CountryTally, sentences: Sentence[], head: string, named: RegExpExecArray | null): boolean {
  // Chinese customs first named after the lead is a second source quoted beside the story's own ("Chinese customs
  // data show imports of Russian pipeline gas ..." in a Moscow story on Russia's exports), as an agency is.
  const chineseCustoms = named !== null && inLead(head, named.index);
  if (named) tally.add('China', chineseCustoms ? 3 : SECOND_SOURCE_WEIGHT);
  if (sentences.some((x) => x.paragraph < LEAD_PARAGRAPHS && x.norm.includes('customs') && CHINA_CUSTOMS_DATA.test(x.norm))) tally.add('China', REPORTER_WEIGHT);
  return chineseCustoms;
}

/** Reporting agencies named in the release, and bodies named after their country: a vote each. Returns them, each with its weight. */
function voteReporters(tally: CountryTally, head: string): Array<[string, number]> {
  const reporters = agencyNameWeights(head);
  for (const [reporter, weight] of reporters) tally.add(reporter, weight);
  return reporters;
}

/**
 * "TURKSTAT | Turkish Statistical Institute | Statistics | Press Releases" over a story that names no agency ("exports
 * increased by 2.3% ... Germany was the main export partner"): the agency named after its country in the page's masthead
 * or footer ("GENERAL STATISTICS OFFICE OF VIET NAM - 54 Nguyen Chi Thanh") is the reporter, as it would be in the
 * story's lead. Read only when the story names none in its lead.
 */
function voteMastheadAgency(tally: CountryTally, masthead: () => string): number {
  const page = masthead();
  const named = new Set(page ? [page, titleCasedCapitals(page)].flatMap((text) => agencyNameWeights(text).map(([country]) => country)) : []);
  for (const [pattern, country] of TERRITORY_GOVERNMENTS) if (pattern.test(page)) named.add(country);
  for (const country of named) tally.add(country, REPORTER_WEIGHT);
  return named.size;
}

// The governments of the territories with customs statistics of their own, as their press-release sites brand their
// pages (a logo's "HKSAR", "The Government of the Hong Kong Special Administrative Region"): the site's reporter.
const TERRITORY_GOVERNMENTS: ReadonlyArray<[RegExp, string]> = [
  [/\bHKSARG?\b|\bHong Kong Special Administrative Region\b|\bGovernment of Hong Kong\b/i, 'Hong Kong'],
  [/\bMSARG?\b|\bMaca[ou] Special Administrative Region\b|\bMaca[ou] SAR Government\b/i, 'Macao'],
];

// A masthead's words in capitals ("MINISTRY OF FINANCE JAPAN", "KOREA CUSTOMS SERVICE"), as logos and bars write them.
const CAPITALS_RUN = /\b[A-Z][A-Z'&.-]+(?:\s+[A-Z][A-Z'&.-]*)+\b/g;
const SMALL_WORDS = /^(?:Of|And|The|For|In|On)$/;

/** The masthead with each run of words in capitals in title case (small words lower), as the agency patterns write names. */
function titleCasedCapitals(text: string): string {
  return text.replace(CAPITALS_RUN, (run) => run.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(/\b[A-Z][a-z]+\b/g, (w, at: number) => (at > 0 && SMALL_WORDS.test(w) ? w.toLowerCase() : w)));
}

// The page's headline: what stands before it (the title, the site's bar and menu) is its masthead.
const HEADLINE_TAG = /<h[12][\s>]/i;
const MASTHEAD_CHARS = 4000;
// A page with no headline tag (a board's "Title | Exports and imports for October" table): its masthead is what names the site,
// the <title>, og:site_name and the text of the header, logo or brand element (a logo's alt text too).
const TITLE_TAG = /<title\b[^>]*>([^<]{1,300})<\/title>/i;
const SITE_NAME = /<meta\b[^>]*\bog:site_name\b[^>]*>/i;
const SITE_HEAD = /<(header|div|span|a|p|strong|b|h[3-6])\b[^>]*\b(?:class|id)=["'][^"']*\b(?:header|logo|masthead|brand|site-?name|site-?title)\b[^>]*>([^]{0,1500}?)<\/\1>/gi;
const IMG_ALT = /<img\b[^>]*\balt=["']([^"']{1,200})["'][^>]*>/gi;
// An image that is the site's logo by its file, class or id ("images/hksar_logo.gif"), wherever it stands: its alt text names the site.
const LOGO_IMG = /<img\b[^>]*\b(?:src|class|id)=["'][^"']*logo[^"']*["'][^>]*>/gi;
const IMG_ALT_OF = /\balt=["']([^"']{1,200})["']/i;

// A page's footer: the element or the block whose class or id says so ("site-footer", "foot", "copyright"), at the page's end.
const PAGE_FOOT = /<footer\b[^>]*>([^]{0,2000}?)<\/footer>|<(div|p|td|section|span)\b[^>]*\b(?:class|id)=["'][^"']*\b(?:footer|foot|copyright)\b[^>]*>([^]{0,1500}?)<\/\2>/gi;
const FOOT_CHARS = 6000;

/** A page's masthead (`pageMasthead`) and its footer, where sites print the agency's full name and address. */
function pageChrome(body: string): string {
  const foot = [...body.slice(-FOOT_CHARS).matchAll(PAGE_FOOT)].map((m) => tagsAsBars(m[1] ?? m[3]));
  return [pageMasthead(body), ...foot].join(' | ');
}

/** A page's title and the text above its headline, tags dropped (a logo's alt text kept); with no headline near its top, what names the site. */
function pageMasthead(body: string): string {
  const top = body.slice(0, MASTHEAD_CHARS);
  const at = top.search(HEADLINE_TAG);
  if (at >= 0) return tagsAsBars(body.slice(0, at));
  const site = [TITLE_TAG.exec(top)?.[1] ?? '', /\bcontent=["']([^"']{1,200})["']/i.exec(SITE_NAME.exec(top)?.[0] ?? '')?.[1] ?? ''];
  for (const m of top.matchAll(SITE_HEAD)) site.push(tagsAsBars(m[2]));
  for (const m of top.matchAll(LOGO_IMG)) site.push(IMG_ALT_OF.exec(m[0])?.[1] ?? '');
  return site.join(' | ');
}

const tagsAsBars = (html: string): string => html.replace(IMG_ALT, ' | $1 | ').replace(/<[^<>]*>/g, ' | ');

/** "Country: Chile" in a report's header block (the USDA attaché reports): the country the report covers. */
function voteCoveredCountry(tally: CountryTally, head: string): string | null {
  // Every field has the word as written: a release without it is not scanned line by line (most have none).
  const covered = (head.includes('Country:') ? COUNTRY_FIELD.exec(head.slice(0, 2000)) : null) ?? COUNTRY_TITLE.exec(head.slice(0, 200));
  const coveredCountry = covered ? countryOf(covered[1]) : null;
  if (coveredCountry) tally.add(coveredCountry, REPORTER_WEIGHT);
  return coveredCountry;
}

/**
 * A headline or lead that repeats a figure is one observation: rows naming the same series,
 * period and value merge (keeping the one that also states the growth), and a growth-only row
 * that restates a level row's growth is dropped. A growth-only row of the headline (before `headEnd`) that the body
 * states again beside a level of its own sentence gives way to the body's, which may then pair with it ("iron ore arrivals climb 5.8% on year in
 * October" over "brought in 112.36 million tonnes ..., 3.1% more than in September and 5.8% higher than in October last year").
 */
// (a249) "Singapore's NODX falls 5% in September" over the body's "declined by 5.0 per cent year-on-year in September": a headline
// growth the body states again, to the digit, is that body growth, kept as the one row; it rounds no other growth of the body
// ("non-electronics by 5.5 per cent"), so the restatement rules leave it (isRestatement).
const SAID_AGAIN_IN_BODY = new WeakSet<ObservationDraft>();

function mergeRestatements(rows: ObservationDraft[], headEnd = 0): ObservationDraft[] {
  const levels = mergeSameValue(rows, headEnd);
  const stated = growthStatedByLevels(levels.kept);
  const out: ObservationDraft[] = [];
  const seenGrowth = new KeySet();
  const headlineGrowth: Array<{ at: number; key: string }> = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.value !== null) {
      if (levels.kept[levels.keptAt[i]] === row) out.push(row);
      continue;
    }
    const k = `${growthKey(row, true)}|${row.partner}|${row.commodity}`;
    if (!restatesLevelGrowth(row, stated) && !seenGrowth.has(row.yoy_pct, k)) {
      if ((row.quote_start ?? headEnd) < headEnd) headlineGrowth.push({ at: out.length, key: k });
      out.push(row);
    } else if ((row.quote_start ?? 0) >= headEnd && headlineGrowth.length) {
      const head = headlineGrowth.find((h) => h.key === k && out[h.at].yoy_pct === row.yoy_pct);
      if (head && hasLevelInSentence(rows, row)) out[head.at] = row;
      else if (head) SAID_AGAIN_IN_BODY.add(out[head.at]);
    }
    seenGrowth.add(row.yoy_pct, k);
  }
  return out;
}

/**
 * "Guinea's Share Climbs to 78%" over a headline dated October and a body whose "accounting for 78% of the total" describes
 * the January-October imports: a share of the headline (before `headEnd`) that the body states again (same area, partner,
 * flow and value) for a span ending in the same month is one share, dated like the level the body gives it to.
 */
function withoutHeadlineShareSaidAgain(rows: ObservationDraft[], headEnd: number): ObservationDraft[] {
  const inHead = (r: ObservationDraft) => r.unit === 'percent-share' && (r.quote_start ?? headEnd) < headEnd;
  if (!rows.some(inHead)) return rows;
  const sameShare = (h: ObservationDraft, b: ObservationDraft) => b.unit === 'percent-share' && (b.quote_start ?? 0) >= headEnd && b.value === h.value && b.area === h.area && b.partner === h.partner && b.flow === h.flow && b.period_end === h.period_end && b.period_start !== h.period_start;
  return rows.filter((h) => !inHead(h) || !rows.some((b) => sameShare(h, b)));
}

/** True when a growth-only row's own sentence gives a level of its place, flow and period (the level it may pair with). */
function hasLevelInSentence(rows: ObservationDraft[], g: ObservationDraft): boolean {
  return rows.some((l) => l.value !== null && l.quote_start === g.quote_start && l.area === g.area && l.flow === g.flow && l.period_start === g.period_start && l.period_end === g.period_end);
}

/** The level rows left after merging repeats, and for each input row the index of the kept row it became. */
interface MergedLevels {
  kept: ObservationDraft[];
  keptAt: number[];
}

/**
 * Level rows of the same series, period and value are one row: the first, or the first that states a growth; a headline's
 * rounded growth ("imports fall 11 pct to 49.2 mln T") gives way to the body's exact one ("down 11.2 percent").
 * Rows are keyed by their series text, then by value as a number (a second map level): this runs on every
 * row of every release, and printing each value to a string cost more than the merge itself.
 */
function mergeSameValue(rows: ObservationDraft[], headEnd = 0): MergedLevels {
  const kept: ObservationDraft[] = [];
  const keptAt: number[] = [];
  const byKey = new Map<string, Map<number, number>>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.value === null) continue;
    const k = `${row.area}|${row.partner}|${row.flow}|${row.measure}|${row.unit}|${row.period_start}|${row.period_end}`;
    let byValue = byKey.get(k);
    if (byValue === undefined) byKey.set(k, (byValue = new Map()));
    const at = byValue.get(row.value);
    keptAt[i] = at ?? kept.length;
    if (at === undefined) {
      byValue.set(row.value, kept.length);
      kept.push(row);
    } else if ((kept[at].yoy_pct === null && row.yoy_pct !== null) || ((kept[at].quote_start ?? headEnd) < headEnd && (row.quote_start ?? 0) >= headEnd && (roundsGrowth(kept[at].yoy_pct, row.yoy_pct) || bodySaysAgain(kept[at], row)))) {
      kept[at] = row;
    }
  }
  return { kept, keptAt };
}

/**
 * "India's merchandise exports in 2024-25 at USD 437.4 billion" over the body's "exports for the financial year April
 * 2024-March 2025 were USD 437.4 billion, compared with USD 437.1 billion in 2023-24": a body figure saying the headline's
 * again, word for word (same hedge, same growth), is the row kept, so that the headline is never held for a rounded copy of
 * the body's other, nearby figure (the year-earlier base) and dropped with the figure it stated.
 */
const bodySaysAgain = (head: ObservationDraft, body: ObservationDraft): boolean => head.qualifier === body.qualifier && head.yoy_pct === body.yoy_pct;

/** The growth rates level rows state: by (area, flow) with and without the period, and by area and period alone. */
interface StatedGrowth {
  byFlow: KeySet;
  anyFlow: KeySet;
}

/** A growth row's key text: area and flow, with the period or without it. */
const growthKey = (r: ObservationDraft, withPeriod: boolean): string => `${r.area}|${r.flow}|${withPeriod ? `${r.period_start}..${r.period_end}` : ''}`;

/**
 * Growth stated by level rows, keyed by the growth as a number first, then by text: printing every growth
 * to a string cost more than the lookups.
 */
function growthStatedByLevels(levels: ObservationDraft[]): StatedGrowth {
  const byFlow = new KeySet();
  const anyFlow = new KeySet();
  for (const l of levels) {
    if (l.yoy_pct === null) continue;
    byFlow.add(l.yoy_pct, growthKey(l, true));
    byFlow.add(l.yoy_pct, growthKey(l, false));
    anyFlow.add(l.yoy_pct, `${l.area}|${l.period_start}..${l.period_end}`);
  }
  return { byFlow, anyFlow };
}

/**
 * A growth-only row that a level row already states: the same growth, area and flow (and period, when the
 * row has one). A growth with no flow word ("Zhejiang's cross-border e-commerce grows 12.3%") restates a
 * level's growth of any flow of its area and period.
 */
function restatesLevelGrowth(row: ObservationDraft, stated: StatedGrowth): boolean {
  if (stated.byFlow.has(row.yoy_pct, growthKey(row, row.period_start !== ''))) return true;
  return row.flow === 'other' && row.period_start !== '' && stated.anyFlow.has(row.yoy_pct, `${row.area}|${row.period_start}..${row.period_end}`);
}

/**
 * A set of (growth, text) pairs: the growth a number or none, compared as `${growth ?? ''}` would be
 * (0 and -0 alike), without printing it.
 */
class KeySet {
  private readonly byGrowth = new Map<number | null, Set<string>>();

  add(growth: number | null, text: string): void {
    let texts = this.byGrowth.get(growth);
    if (texts === undefined) this.byGrowth.set(growth, (texts = new Set()));
    texts.add(text);
  }

  has(growth: number | null, text: string): boolean {
    return this.byGrowth.get(growth)?.has(text) ?? false;
  }
}

/**
 * "Exports amounted to $21.23 billion. ... Compared to the same period of 2024, exports decreased by
 * 12.3%": a year-on-year growth stated in a later sentence for a series whose level was given earlier
 * without one is that level's growth. Only when the level is unambiguous: one amount of the series
 * and period (or the same amount in several currencies).
 */
function attachLaterGrowth(rows: ObservationDraft[]): ObservationDraft[] {
  const series = (r: ObservationDraft) => `${r.area}|${r.partner}|${r.flow}|${r.commodity.toLowerCase()}|${r.breakdown}|${r.period_start}|${r.period_end}`;
  const levels = new Map<string, ObservationDraft[]>();
  const keysOfGoods = new GoodsKeys(levels, series);
  const out: ObservationDraft[] = [];
  for (const row of rows) {
    if (row.value !== null) {
      if (row.measure !== 'share' && row.period_start !== '') {
        const key = series(row);
        const list = levels.get(key);
        if (list) list.push(row);
        else levels.set(key, [row]);
      }
      out.push(row);
      continue;
    }
    const goodsKey = levels.has(series(row)) ? undefined : namedGoodsOfAnyBreakdown(keysOfGoods, row, series);
    const ofTrains = !goodsKey && !levels.has(series(row));
    // "Germany took $1.21 billion, followed by the United States at $1.05 billion; U.S.-bound shipments were down 17%":
    // a growth naming a partner goes on with that partner's level in its own sentence too.
    const namedPartner = row.partner !== 'World' && row.partner !== '';
    // "Mongolia exported 78.6 million tonnes of coal ... Exports of coal went up by 6.3 percent in volume": a growth said to be
    // in volume is the tonnage's (and a tonnage's only).
    const inVolume = changeInVolume(row);
    // "On a seasonally adjusted basis, NODX slipped 5.9 per cent from April to S$15.1 billion. ... Oil domestic exports jumped
    // 71.2 per cent": a level stated on another basis (seasonally adjusted, month on month) than a later change is another
    // quantity, unless that change says it is on the year before ("Year on year, exports were up 5.8 percent", "On the year,
    // exports were 0.8% lower": the same level set against a year earlier) (a247; a249 reached the same rule).
    const basis = onOtherBasis(row.source_quote) || YOY_MARKER.test(row.source_quote);
    const ofSeries = (ofTrains ? levelsOfTrains(levels, row) : levels.get(goodsKey ?? series(row))!).filter((l) => (l.quote_start !== row.quote_start || namedPartner) && (!inVolume || l.measure === 'quantity') && (basis || !onOtherBasis(l.source_quote)));
    // A change whose own clause names its money ("in dollar terms they fell 5.0 percent") is the change of that money's level.
    const candidates = inMoneyOfChange(row.source_quote, row.yoy_pct, ofSeries);
    const open = candidates.filter((l) => l.yoy_pct === null);
    // Several amounts of one series: only the same amount in several currencies (one sentence) is one level.
    // A count of trains is one level too.
    const oneLevel = open.length > 0 && open.length === candidates.length && open.every((l) => (l.measure === 'value' || ofTrains || inVolume) && l.quote_start === open[0].quote_start) && (open.length === 1 || new Set(open.map((l) => l.unit)).size === open.length);
    // (A change with prices taken out, "In real terms, imports fell 3.1 percent", is no level's: follow-up-growth.ts PRICES_TAKEN_OUT.)
    if (row.yoy_pct !== null && row.period_start !== '' && oneLevel && !PRICES_TAKEN_OUT.test(row.source_quote)) {
      for (const l of levelsInMoneyOf(row.source_quote, open)) l.yoy_pct = row.yoy_pct;
      continue;
    }
    out.push(row);
  }
  return out;
}

/**
 * "The main domestic exports were kava (VT 148 million), ... Kava exports rose 31 percent": a growth naming goods but no
 * breakdown goes on with the one series of those goods (place, partner, flow, period) that a breakdown names; its key, or undefined.
 */
function namedGoodsOfAnyBreakdown(keysOfGoods: GoodsKeys, row: ObservationDraft, series: (r: ObservationDraft) => string): string | undefined {
  if (row.commodity === 'all goods' || row.breakdown !== '') return undefined;
  const keys = keysOfGoods.of(series(row));
  return keys.length === 1 ? keys[0] : undefined;
}

/**
 * The series keys of `levels` filed by the key of their first level with the breakdown left out, filed when a growth first
 * asks and then only the keys added since (the map only grows while the rows are read): no key is read again per growth.
 */
class GoodsKeys {
  private filed = 0;
  private readonly byGoods = new Map<string, string[]>();
  constructor(
    private readonly levels: Map<string, ObservationDraft[]>,
    private readonly series: (r: ObservationDraft) => string,
  ) {}

  of(goods: string): readonly string[] {
    if (this.levels.size > this.filed) {
      let i = 0;
      for (const [key, list] of this.levels) if (i++ >= this.filed) this.file(this.series({ ...list[0], breakdown: '' }), key);
      this.filed = this.levels.size;
    }
    return this.byGoods.get(goods) ?? [];
  }

  private file(goods: string, key: string): void {
    const keys = this.byGoods.get(goods);
    if (keys) keys.push(key);
    else this.byGoods.set(goods, [key]);
  }
}

// A change followed by the words that it is of the volume: "up by 6.3 percent in volume", "3% in terms of quantity".
const CHANGE_IN_VOLUME = /(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b|pct\b|pc\b)\s*(?:year[- ]on[- ]year\s+)?(?:in|by)\s+(?:terms\s+of\s+)?(?:volume|quantity)\b/gi;

/** True when the growth row's sentence says its change is of the volume. */
function changeInVolume(row: ObservationDraft): boolean {
  if (row.yoy_pct === null || !/volume|quantity/i.test(row.source_quote)) return false;
  for (const m of row.source_quote.matchAll(CHANGE_IN_VOLUME)) if (Number(m[1]) === Math.abs(row.yoy_pct)) return true;
  return false;
}

// "Changsha's trains grew the fastest, up 28.6 percent": a growth whose subject is the trains. "The number grew 5.4 times"
// after a count of trips: a sentence opening with "the number" and no "of" points back at the count (trains only, below).
const TRAINS_SUBJECT = /\btrains?\b(?:(?![.;]).){0,60}?\b(?:grew|rose|increased|fell|dropped|declined|up|down)\b|^\s*(?:the|this|that)\s+number\s+(?:(?:also|has|had|was|were)\s+)?(?:grew|rose|increased|fell|dropped|declined|jumped|surged|climbed)\b/i;

/**
 * The levels a growth of "the trains" (goods: none named) continues: train counts of its place, flow and
 * period, whose goods are the trains themselves ("China-Europe freight trains made 1,386 trips").
 */
function levelsOfTrains(levels: Map<string, ObservationDraft[]>, growth: ObservationDraft): ObservationDraft[] {
  if (growth.commodity !== 'all goods' || !TRAINS_SUBJECT.test(growth.source_quote)) return [];
  const place = `${growth.area}|${growth.partner}|${growth.flow}|`;
  const found: ObservationDraft[] = [];
  for (const [key, list] of levels) if (key.startsWith(place) && key.endsWith(`|${growth.breakdown}|${growth.period_start}|${growth.period_end}`)) found.push(...list.filter((l) => l.unit === 'trains'));
  return found;
}

/** A digit or a word that may write a figure ("tops one million tonnes", "doubles"). */
const NUMBER_WORD = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|percent|twice|double[ds]?|triple[ds]?|half|halved|fold|dozens?)\b/i;

// A line a page sets above its story: who wrote it and when it went up, a date and time, its source; no figure.
const PAGE_STAMP = new RegExp(`^\\s*(?:(?:By\\s+[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,3}\\s*[|,–—-]|Posted(?:\\s+on)?|Published(?:\\s+on)?|Updated(?:\\s+on)?|Date)\\s*:?\\s*)?(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:${MONTH_NAMES})\\s+\\d{4}|(?:${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+\\d{1,2},\\s+\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s*\\|\\s*[A-Z][^|\\d]{0,40})?\\s*$`);

/** Whether a line is a page's date or byline stamp (no figure of the story's). */
const isPageStamp = (line: string) => line.length < 90 && PAGE_STAMP.test(line);

/** Lines of the headline block: the title, sub-headlines, bylines. At most this many. */
const MAX_HEADLINE_LINES = 4;

/**
 * End of the headline block: the first sentence, and the short lines right after it that end
 * without sentence punctuation (a sub-headline, a byline), up to the first line of body text.
 */
export function headlineEnd(sentences: Sentence[]): number {
  // A line with no figure above the first sentence that has one ("Photo: trucks queue at the border.") opens no body.
  // So does a page's stamp of its date or byline ("Posted on 14 September 2022", "By Li Na | Sep 14, 2022"), whose digits are a date.
  // A figureless sentence opening the lead's own paragraph ("Trade figures out on Monday pointed to a steady performance.
  // Exports fell more than ten percent ...") is no headline either: the lead is the sentence with the first figure after it.
  const first = sentences[0]?.norm ?? '';
  const figureless = !NUMBER_WORD.test(first);
  const lineAbove = (figureless || isPageStamp(first)) && sentences[1]?.paragraph !== sentences[0]?.paragraph;
  const top = sentences.length > 1 && (lineAbove || (figureless && NUMBER_WORD.test(sentences[1].norm))) ? 1 : 0;
  let end = sentences[top]?.end ?? 0;
  for (let i = top + 1; i < Math.min(sentences.length, MAX_HEADLINE_LINES) && sentences[i].paragraph !== sentences[i - 1].paragraph; i++) {
    const line = sentences[i].norm.trim();
    if (line.length > 200 || /[.!?;:,]["')]?$/.test(line)) break;
    end = sentences[i].end;
  }
  return end;
}

/**
 * End of a bulleted summary that opens the release before its first sentence of prose ("Main results:" over
 * "- Exports: 34.6 billion ALL, +5.8 %"): its items round the body's figures as a headline does ("34,615 million
 * ALL"). Short lines between (title, dateline, "Highlights") belong to the head; 0 when no item comes first.
 */
export function leadSummaryEnd(sentences: Sentence[]): number {
  let end = 0;
  for (const s of sentences) {
    if (s.listItem) end = s.end;
    else if (s.norm.trim().length > 200 || /[.!?;]["')]?$/.test(s.norm.trim())) break;
  }
  return end;
}

/** How far an exact headline figure may sit from the body figure it rounds ("$782 mln" over 782.3 million). */
const HEADLINE_ROUNDING = 0.005;

/**
 * How far a headline figure rounded to its own digits may sit from the body figure ("US$ 6.9 billion" over 6.942,5 million;
 * "¥1.4 tril." over 1,436.8 billion: two significant digits round by up to 3.6 percent).
 */
const HEADLINE_DIGIT_ROUNDING = 0.04;

/** Significant digits a value is written with (trailing zeros are the scale's): 6900000000 → 2. */
function significantDigits(value: number): number {
  return String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * True when an exact headline figure is the body's figure again: within half a percent of it, or the
 * body's figure rounded to as many significant digits as the headline writes ("US$ 6.9 billion" over
 * "US$ 6.942,5 million"), and then within four percent.
 */
function headlineRounds(headline: number, body: number): boolean {
  const gap = Math.abs(body - headline);
  if (gap <= HEADLINE_ROUNDING * Math.abs(body)) return true;
  const digits = significantDigits(headline);
  return digits > 0 && digits <= 15 && gap <= HEADLINE_DIGIT_ROUNDING * Math.abs(body) && Number(body.toPrecision(digits)) === headline;
}

/** How far a rounded figure may sit from the precise one it restates ("tops 2.6 trillion" over 2.6543 trillion). */
const ROUNDING_TOLERANCE = 0.1;

function roundsTo(rounded: ObservationDraft, precise: ObservationDraft): boolean {
  const a = rounded.value;
  const b = precise.value;
  if (a === null || b === null || a === 0 || Math.sign(a) !== Math.sign(b)) return false;
  // "to about 68.07 billion yuan" rounds no 61.88 billion: a hedged figure is at most one unit of its last digit off.
  if (rounded.qualifier === 'about' && Math.abs(b - a) > lastDigitUnit(a)) return false;
  const ratio = b / a;
  if (rounded.qualifier === 'more_than') return ratio >= 1 && ratio <= 1 + ROUNDING_TOLERANCE;
  if (rounded.qualifier === 'less_than') return ratio <= 1 && ratio >= 1 - ROUNDING_TOLERANCE;
  return Math.abs(ratio - 1) <= ROUNDING_TOLERANCE;
}

/** The value of one unit in the last significant digit written: 68.07 billion is 10 million, 242 billion one billion. */
function lastDigitUnit(v: number): number {
  let x = Math.abs(v);
  let unit = 1;
  for (; !Number.isInteger(Math.round(x * 1e6) / 1e6) && unit > 1e-6; x *= 10) unit /= 10;
  for (x = Math.round(x); x >= 10 && x % 10 === 0; x /= 10) unit *= 10;
  return unit;
}

/**
 * "Laos records trade surplus of over US$1 billion" over the body's US$1.12 billion: a headline threshold of
 * one significant digit holds for any body figure up to the next such number (over 1 billion: below 2 billion).
 */
function roundThresholdHolds(headline: ObservationDraft, body: ObservationDraft): boolean {
  const a = headline.value;
  const b = body.value;
  if (headline.qualifier !== 'more_than' || a === null || b === null || a <= 0 || b < a) return false;
  const scale = 10 ** Math.floor(Math.log10(a));
  const digit = a / scale;
  return Number.isInteger(Math.round(digit * 1e9) / 1e9) && b < (Math.round(digit) + 1) * scale;
}

/** How far "about N percent" may sit from the exact growth it rounds, relative to N. */
const ABOUT_GROWTH_TOLERANCE = 0.1;

/** True when an exact growth satisfies a headline's hedged one ("more than 10%" by 16.6, "nearly 20%" by 19.6). */
function hedgeHolds(headline: ObservationDraft, exact: number | null): boolean {
  const bound = headline.yoy_pct;
  if (bound === null || exact === null || bound === 0 || Math.sign(bound) !== Math.sign(exact)) return false;
  if (headline.qualifier === 'more_than') return Math.abs(exact) >= Math.abs(bound);
  if (headline.qualifier === 'less_than') return Math.abs(exact) <= Math.abs(bound);
  if (headline.qualifier === 'about') return Math.abs(exact - bound) <= ABOUT_GROWTH_TOLERANCE * Math.abs(bound);
  return false;
}

/** A headline row without a period restates a body row of any period; otherwise the periods must match. */
/** A period of several months (not one month, and not unresolved). */
const isSpanOfMonths = (r: ObservationDraft): boolean => r.period_start !== '' && r.period_start !== r.period_end;

/** Two spans of months of the same length ("first quarter" read as January–March and the body's July–September). */
function sameSpanLength(a: ObservationDraft, b: ObservationDraft): boolean {
  return isSpanOfMonths(a) && isSpanOfMonths(b) && monthsAfterStart(a) === monthsAfterStart(b);
}

/** How many months a row's period ends after it starts. */
const monthsAfterStart = (r: ObservationDraft): number => Number(r.period_end.slice(0, 4)) * 12 + Number(r.period_end.slice(5, 7)) - Number(r.period_start.slice(0, 4)) * 12 - Number(r.period_start.slice(5, 7));

/**
 * "Iran receives 74 trains from China in eight months" over the body's 74 trains "in the first eight months of the
 * current Iranian year (March 21–November 21)": months counted from the middle of one touch one calendar month more.
 */
function touchesOneMonthMore(headline: ObservationDraft, body: ObservationDraft): boolean {
  return isSpanOfMonths(headline) && isSpanOfMonths(body) && monthsAfterStart(body) === monthsAfterStart(headline) + 1;
}

function sameOrOpenPeriod(headline: ObservationDraft, body: ObservationDraft): boolean {
  return headline.period_start === '' || (body.period_start === headline.period_start && body.period_end === headline.period_end);
}

/**
 * "Alataw Pass handles over 7,000 trains this year" over the body's "7,214 trains this year as of
 * Wednesday": a headline's loose year so far ends where it likes; the body's cut-off is the same year to date.
 * "External trade tops $19.8 bln in FY2026-2027" over the body's figure "as of 21 November in the current
 * financial year": a headline's whole (fiscal) year that is still running is the body's part of it.
 */
function sameYearToDate(headline: ObservationDraft, body: ObservationDraft): boolean {
  if (headline.period_start !== body.period_start) return false;
  if (headline.period_start.endsWith('-01') && headline.period_end.slice(0, 4) === body.period_end.slice(0, 4)) return true;
  return body.period_end < headline.period_end && shift(headline.period_start, 11) === headline.period_end;
}

// Units that count people and vehicles going through a port, not goods.
const CROSSING_UNITS = new Set(['trips', 'passengers', 'flights', 'persons', 'vehicles']);

/**
 * Counts of people and vehicles crossing a border ("1.83 million inbound and outbound passenger trips",
 * "486,000 vehicle trips", "trucks crossing the bridge rose 8 percent") are no trade figures: the labelling
 * conventions of real releases list them with visitors and routes as not labelled. They are the counts read
 * with no direction of trade (flow `other`); vehicles traded as goods ("exported 300,000 vehicles") have a
 * flow and stay.
 */
function dropCrossingCounts(rows: ObservationDraft[]): ObservationDraft[] {
  return rows.filter((r) => !(r.flow === 'other' && CROSSING_UNITS.has(r.unit)));
}

// The words that make money a levy, not goods: what the revenue reading (`subjects.ts`, FLOW_RE's first group) reads as flow `other`.
const LEVY_WORDS = /\b(?:revenues?|dut(?:y|ies)|tax(?:es)?|tariffs?|levies|levy|payments?|budget|collect(?:s|ed|ing|ions?)?)\b/i;

/**
 * Customs revenue ("customs revenue reached 2.37 trillion yuan, down 1.4 percent", "collected 412 million somoni in
 * duties and taxes", "transferred 61.8 billion soms to the budget", "27.4 percent of the revenue collected") is no trade
 * figure: the labelling conventions of real releases never label it (issue 9, category 10). It is read as flow `other`
 * so that it is never taken for trade; here its rows (money, growth-only and share) go when their sentence names a levy.
 * Other figures of flow `other` (vessels, a sale with no direction) stay.
 */
function dropCustomsRevenue(rows: ObservationDraft[]): ObservationDraft[] {
  const levied = (r: ObservationDraft) => isCurrency(r.unit) || r.measure === 'growth' || r.measure === 'share';
  return rows.filter((r) => !(r.flow === 'other' && levied(r) && LEVY_WORDS.test(r.source_quote)));
}

/**
 * Headlines and leads round the figure the body states exactly ("exports top 2.6 trillion yuan"
 * over "2.6543 trillion yuan"): a qualified level of the same series and period that the exact
 * figure satisfies is that figure again, not a second observation. A headline without a period
 * restates a figure of any period (headlines routinely leave the period to the body).
 */
function dropRoundedRestatements(rows: ObservationDraft[], headlineEnd: number, tables: readonly FlatTable[]): ObservationDraft[] {
  const scene = restatementScene(rows, headlineEnd, tables);
  handHeadlineGrowthOn(rows, scene);
  handProseGrowthToTable(rows, scene);
  const kept = rows.filter((r) => !isRestatement(r, scene));
  handGrowthToExactFigure(rows, kept, scene);
  return kept;
}

/**
 * "Exports rose 18.2% to about $242 billion" beside "exports totalled $241.7 billion" with no growth: the hedged copy
 * goes as the exact figure again (`qualifiedRoundsExact`), and what it says of the figure, its growth, stays with it.
 */
function handGrowthToExactFigure(rows: ObservationDraft[], kept: ObservationDraft[], scene: RestatementScene): void {
  const stays = new Set(kept);
  for (const r of rows) {
    if (stays.has(r) || r.yoy_pct === null || r.value === null || r.qualifier === 'exact') continue;
    const exact = kept.filter((e) => e.qualifier === 'exact' && e.yoy_pct === null && qualifiedRoundsExact(r, e, scene));
    if (exact.length === 1) exact[0].yoy_pct = r.yoy_pct;
  }
}

/**
 * "Soybean imports jump 14% y/y to 12.9 mln T" over the body's "took in 12.87 million tons" and no growth of its
 * own: the headline's rounded figure is the body's, and so is the growth the headline states with it.
 */
function handHeadlineGrowthOn(rows: ObservationDraft[], scene: RestatementScene): void {
  for (const r of rows) {
    if (r.yoy_pct === null || r.value === null || r.qualifier !== 'exact' || r.quote_start === null || r.quote_start >= scene.headlineEnd) continue;
    const body = roundedBodyFigure(r, scene);
    if (body && body.yoy_pct === null && body.quote_start !== null && body.quote_start >= scene.headlineEnd) body.yoy_pct = r.yoy_pct;
  }
}

/** What the restatement rules compare a row with: the release's exact figures and the body's figures. */
interface RestatementScene {
  headlineEnd: number;
  /** Exact figures with a value, anywhere. */
  exact: ObservationDraft[];
  /** Rows quoted after the headline and lead. */
  body: ObservationDraft[];
  /** Body figures with a value that are no upper bound: what a headline threshold can stand for. */
  bodyBounds: ObservationDraft[];
  /** A row's series key (level and goods), built once a row rather than once a pair of rows compared. */
  series: (r: ObservationDraft) => string;
  /** The exact figures read from a table's cells (`isTableRow`), in order: found once, not once a pair of rows compared. */
  tableRows: Set<ObservationDraft>;
  /** The same table rows as a list, in order: what a prose figure is held against (not every exact figure). */
  tableRowList: ObservationDraft[];
  /** The exact figures of a series (`series`), in order: a row is held against its own series, not every exact figure. */
  exactOfSeries: (r: ObservationDraft) => readonly ObservationDraft[];
  /** The exact figures quoted from the same sentence as a row, in order. */
  exactQuotedWith: (r: ObservationDraft) => readonly ObservationDraft[];
}

function restatementScene(rows: ObservationDraft[], headlineEnd: number, tables: readonly FlatTable[]): RestatementScene {
  const seriesKey = new Map<ObservationDraft, string>();
  const series = (r: ObservationDraft) => {
    let key = seriesKey.get(r);
    if (key === undefined) seriesKey.set(r, (key = `${levelKey(r)}|${r.commodity}`));
    return key;
  };
  const body = rows.filter((e) => e.quote_start !== null && e.quote_start >= headlineEnd);
  const exact = rows.filter((r) => r.qualifier === 'exact' && r.value !== null);
  const tableRowList = exact.filter((r) => isTableRow(r, tables));
  return {
    headlineEnd,
    exact,
    tableRows: new Set(tableRowList),
    tableRowList,
    exactOfSeries: groupedBy(exact, series),
    exactQuotedWith: groupedBy(exact, (r) => r.quote_start),
    body,
    bodyBounds: body.filter((e) => e.value !== null && e.qualifier !== 'less_than'),
    series,
  };
}


/** The restatement rules, by kind of row: growth only, a headline level, an exact figure, a qualified one. */
function isRestatement(r: ObservationDraft, scene: RestatementScene): boolean {
  const inHeadline = r.quote_start !== null && r.quote_start < scene.headlineEnd;
  if (r.value === null) return (inHeadline && !SAID_AGAIN_IN_BODY.has(r) && (scene.body.some((e) => restatesGrowth(r, e)) || roundsGrowthOfAnotherFlow(r, scene.body))) || scene.exactQuotedWith(r).some((e) => roundsLevelGrowthInSentence(r, e)) || hedgedGrowthStatedLater(r, scene);
  // An exact headline figure is no copy of a hedged one in the body ("about US$340 billion" after "US$339.7 billion"):
  // the hedged copy rounds it and goes (`qualifiedRoundsExact`); were both dropped, the figure would be lost.
  if (inHeadline && scene.body.some((e) => restatesLevel(r, e) && !(r.qualifier === 'exact' && e.qualifier !== 'exact' && qualifiedRoundsExact(e, r, scene)))) return true;
  if (r.qualifier === 'exact') return (inHeadline && (repeatsDatedFigure(r, scene) || roundsBodyFigure(r, scene))) || roundsTableFigure(r, scene);
  return inHeadline ? scene.bodyBounds.some((e) => headlineBoundHolds(r, e)) : scene.exactOfSeries(r).some((e) => qualifiedRoundsExact(r, e, scene));
}

/**
 * "its foreign trade up more than 20 percent in January and February" in an intro, then "totaled 104.7 billion yuan in the
 * first two months, up 20.6 percent": a growth hedged to a whole number that a later sentence's growth of the same series
 * (place, partner, flow, goods, period) satisfies summarises that growth; it is the same quantity, counted once.
 */
function hedgedGrowthStatedLater(r: ObservationDraft, scene: RestatementScene): boolean {
  if (r.qualifier === 'exact' || r.yoy_pct === null || !Number.isInteger(r.yoy_pct) || r.quote_end === null) return false;
  const sameSeries = (e: ObservationDraft) => e.area === r.area && e.partner === r.partner && e.flow === r.flow && e.commodity === r.commodity && e.period_start === r.period_start && e.period_end === r.period_end;
  return scene.body.some((e) => e.yoy_pct !== null && (e.quote_start ?? 0) >= r.quote_end! && sameSeries(e) && hedgeHolds(r, e.yoy_pct));
}

/**
 * "Shipments via the crossing to China up 9% in 10 months" over the body's "freight traffic through the crossing reached
 * 19.4 mln tonnes in January - October, up 9.1%", where no body figure of the headline's flow and goods states a change: the headline
 * rounds the one change of its place and period the body gives, whatever flow its loose wording suggests.
 */
function roundsGrowthOfAnotherFlow(r: ObservationDraft, body: ObservationDraft[]): boolean {
  const samePlaceAndPeriod = body.filter((e) => e.yoy_pct !== null && e.area === r.area && e.period_start === r.period_start && e.period_end === r.period_end);
  if (r.period_start === '' || samePlaceAndPeriod.some((e) => e.flow === r.flow && e.commodity === r.commodity)) return false;
  return samePlaceAndPeriod.filter((e) => roundsGrowth(r.yoy_pct, e.yoy_pct)).length === 1;
}

/**
 * "China's rare earth magnet exports rise 14% in October ... SMM News, Nov 20 – ... China exported 5,862 tonnes of
 * magnets in October 2026, up 14.2%": a headline pasted onto the story's first sentence (no line end between) states the
 * growth of that sentence's level rounded: one figure.
 */
function roundsLevelGrowthInSentence(r: ObservationDraft, e: ObservationDraft): boolean {
  return e.quote_start === r.quote_start && e.quote_end === r.quote_end && e.flow === r.flow && e.period_start === r.period_start && e.period_end === r.period_end && e.yoy_pct !== r.yoy_pct && roundsGrowth(r.yoy_pct, e.yoy_pct);
}

/** A row's level series: place, partner, flow, measure and unit. */
const levelKey = (r: ObservationDraft): string => `${r.area}|${r.partner}|${r.flow}|${r.measure}|${r.unit}`;

// "more than 60,000 trucks cleared in October" over the body's "61,400 vehicle times": a headline counts
// the vehicles the body counts as trips.
const looseLevelKey = (r: ObservationDraft): string => `${r.area}|${r.partner}|${r.flow}|${r.measure}|${r.unit === 'trips' ? 'vehicles' : r.unit}`;

/**
 * A headline growth that body row `e` states again.
 * "Trade with Central Asia up 15.7%; Horgos port clears ...": a headline growth the body states
 * again is the body's figure, whatever place the headline's other clause names.
 * "Exports fell more than ten percent" over a body's "down 16.6 percent": a hedged headline growth
 * that the body's exact growth of the same flow satisfies is that growth, rounded.
 * "Corn imports slump 61%" over the body's "down 61.3 percent": fewer decimals, the same growth ("Sea-rail trains up
 * 12 pct" over the body's trains up 12.3 percent: a headline growth no flow word names is any flow's).
 * "Trade deficit widens 7.6 percent in four months" over a body's deficit up 7.6 percent in the first four
 * months of a fiscal year: the headline's months of the year so far are the body's span of months.
 * "..., fiscal-year shipments up 11.8%" dated by the headline's month: the body's span ending in that month.
 */
function restatesGrowth(r: ObservationDraft, e: ObservationDraft): boolean {
  if (sameOrOpenPeriod(r, e) && (e.yoy_pct === r.yoy_pct || ((e.flow === r.flow || r.flow === 'other') && (hedgeHolds(r, e.yoy_pct) || roundsGrowth(r.yoy_pct, e.yoy_pct))))) return true;
  // "Thai exports rise 9.4% in September, fiscal-year shipments up 11.8%" over the body's fiscal year to September up
  // 11.8%: the month the headline's other clause names is where the body's span of months ends.
  return e.flow === r.flow && e.yoy_pct === r.yoy_pct && isSpanOfMonths(e) && (isSpanOfMonths(r) || e.period_end === r.period_end);
}

/**
 * A headline level the body states again (same unit and period, same or rounded value, no
 * conflicting growth) is the body's figure even when the headline's wording misleads on its series.
 * "Trade deficit narrows to Nu 9.8B in first quarter" over the body's deficit of the first fiscal quarter
 * (July–September): a span of as many months, for the same flow, is the body's span as the headline counts it.
 * "Trade deficit swells to Rs587 billion in four months" over the body's Rs587.4 billion from mid-July to mid-November: a
 * span counted from the middle of a month touches one calendar month more, and the headline may round its figure.
 */
function restatesLevel(r: ObservationDraft, e: ObservationDraft): boolean {
  if (e.value === null || !(e.unit === r.unit || headlineContainersInTeu(r, e))) return false;
  if (!(sameOrOpenPeriod(r, e) || sameYearToDate(r, e) || (e.flow === r.flow && (sameSpanLength(r, e) || ((e.value === r.value || headlineRounds(r.value!, e.value)) && touchesOneMonthMore(r, e)))))) return false;
  return Math.abs(e.value - r.value!) <= HEADLINE_ROUNDING * Math.abs(e.value) && (r.yoy_pct === null || r.yoy_pct === e.yoy_pct);
}

/** "clears 4,812 containers" over the body's "4,812 containers (TEUs)": a headline counts in boxes what the body counts in TEU. */
const headlineContainersInTeu = (r: ObservationDraft, e: ObservationDraft): boolean => r.unit === 'containers' && e.unit === 'TEU' && e.value === r.value;

/** An exact headline figure without a period repeats the body's figure that gives one. */
function repeatsDatedFigure(r: ObservationDraft, scene: RestatementScene): boolean {
  return r.period_start === '' && scene.exactOfSeries(r).some((e) => e !== r && e.period_start !== '' && e.value === r.value);
}

/**
 * A headline figure rounded to fewer digits ("$782 mln" over "782.3 million", "US$ 6.9 billion" over
 * "US$ 6.942,5 million") repeats the exact figure, whatever the headline calls the goods.
 */
function roundsBodyFigure(r: ObservationDraft, scene: RestatementScene): boolean {
  return roundedBodyFigure(r, scene) !== undefined;
}

/** A row read from a table's cells (their quote is the table's line, cells parted by bars). */
// "Exports          176 903         187 652            6.1": a row of a table aligned by spaces (a PDF copy) is one line, its
// label then numbers parted by gaps of two spaces or more.
// (Its cells' digit groups are set apart by single spaces, "1 804", and its cells by two or more: no run of spaces may be read
// both ways, or a row ending in a mark, "1 804   x", backtracks without end; a175.)
const ALIGNED_TABLE_ROW = /^[^\n]*[A-Za-z)*][^\n]*? {2,}[-–+]?\d[\d,.]*(?: [\d,.]+)*(?: {2,}(?:[-–+]?[\d,.]+(?: [\d,.]+)*|[-–—]))* *$/;
// A quote without a gap of two spaces is no aligned row: the pattern runs only on quotes with one.
// "Exports 57 984 61 216 5.6" under "Item Nov. 2025 Nov. 2026 Change": a row of a flattened table parted by single spaces
// is known by where it was read (inside a table the release's tables claimed).
function isTableRow(r: ObservationDraft, tables: readonly FlatTable[]): boolean {
  const quote = r.source_quote;
  if (quote.includes(' | ') || (quote.includes('  ') && ALIGNED_TABLE_ROW.test(quote))) return true;
  const at = r.quote_start;
  return at != null && tables.some((t) => t.rows.length > 0 && t.start <= at && at < t.end);
}

/**
 * "Total exports ... increased by 10.2% ... to $432.1 billion" over a table's "Total exports | 432,118 | 10.2": a figure of
 * the prose that a table of the release gives in more digits (the same series and period, and no other growth) is the
 * table's figure, rounded.
 */
function roundsTableFigure(r: ObservationDraft, scene: RestatementScene): boolean {
  // Only exact rows come here (isRestatement), each a member of `scene.exact`; most releases have no table row at all.
  if (r.value === null || scene.tableRows.size === 0 || scene.tableRows.has(r)) return false;
  const digits = significantDigits(r.value);
  return scene.tableRowList.some((e) => (restatesTableCell(r, e) || (tableCellRounded(r, e, scene, digits) && (r.yoy_pct === null || r.yoy_pct === e.yoy_pct))));
}

/** Table row `e` states prose row `r`'s level of the same period in as many digits or more (`digits`: r's significant digits). */
function tableCellRounded(r: ObservationDraft, e: ObservationDraft, scene: RestatementScene, digits: number): boolean {
  return e.period_start === r.period_start && e.period_end === r.period_end && sameLevelInTableWords(r, e, scene) && digits > 0 && significantDigits(e.value!) >= digits && (Number(e.value!.toPrecision(digits)) === r.value || cutTo(e.value!, digits) === r.value);
}

/**
 * A figure cut to its first `digits` significant digits: "amounted to $11 773 million" over a table's "11,773,540" (thousand
 * dollars) writes the table's figure with its last digits dropped, not rounded.
 */
function cutTo(value: number, digits: number): number {
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  return Number((Math.trunc(value / step) * step).toPrecision(digits));
}

/**
 * "Exports rose 5.9 per cent to RM141.2 billion" over a month table's "October | 141,206.5" (RM million) with no change
 * column: the table's exact level is the figure and the prose's growth of the same period, series and unit is its growth
 * (the prose row is then the table's figure rounded, `roundsTableFigure`).
 */
function handProseGrowthToTable(rows: ObservationDraft[], scene: RestatementScene): void {
  if (scene.tableRows.size === 0) return;
  for (const r of rows) {
    if (r.yoy_pct === null || r.value === null || r.qualifier !== 'exact' || scene.tableRows.has(r)) continue;
    const digits = significantDigits(r.value);
    const table = scene.tableRowList.find((e) => e.yoy_pct === null && tableCellRounded(r, e, scene, digits));
    if (table) table.yoy_pct = r.yoy_pct;
  }
}

/**
 * The same series, or a level of the same place, flow and unit whose goods the table's label names in its own words
 * ("26.18 million tonnes of cargo" over "Cargo throughput   10,000 tonnes   2,618.4", "98,400 TEU" over "Sea-rail intermodal
 * 10,000 TEU   9.84"): a physical quantity the prose gives as all goods, the table's cell equal or in more digits.
 */
function sameLevelInTableWords(r: ObservationDraft, e: ObservationDraft, scene: RestatementScene): boolean {
  if (scene.series(e) === scene.series(r)) return e.value !== r.value;
  return r.measure === 'quantity' && levelKey(e) === levelKey(r) && r.commodity === 'all goods';
}

/**
 * "Iron ore arrivals climbed 3.5% on the year to 109.4 million tons" with no period of its own (the prose carried the ten
 * months of the sentence before) over a table's "Iron ore (mln T) | 109.4 | 105.7 | 3.5" of October: the same level and
 * the same growth in the same place, flow and unit are one figure, dated as the table's head dates it.
 */
function restatesTableCell(r: ObservationDraft, e: ObservationDraft): boolean {
  return r.yoy_pct !== null && e.value === r.value && e.yoy_pct === r.yoy_pct && levelKey(e) === levelKey(r);
}

/** The exact figure a headline figure rounds (roundsBodyFigure), if any. */
function roundedBodyFigure(r: ObservationDraft, scene: RestatementScene): ObservationDraft | undefined {
  return scene.exact.find((e) => e !== r && e.value !== null && e.quote_start !== r.quote_start && (levelKey(e) === levelKey(r) || headlineNamesWhereTo(r, e) || headlineNamesPortByTown(r, e)) && (r.period_start === '' || (e.period_start === r.period_start && e.period_end === r.period_end)) && e.value !== r.value && (headlineRounds(r.value!, e.value) || millionTonnesShorthand(r, e)));
}

/**
 * "Shanghai edges past 43 million TEU" over the body's 43.5 million TEU of Shanghai Port, "Qingdao tops 26 mln TEU" over the
 * port's 26.8 million: a headline may name a port by its town while rounding the port's figure (same flow, goods and unit).
 */
function headlineNamesPortByTown(r: ObservationDraft, e: ObservationDraft): boolean {
  return e.area === `${r.area} Port` && levelKey({ ...e, area: r.area }) === levelKey(r);
}

/**
 * "Border crossing ships 19 million tonnes to China" over the body's 19.3 million tonnes the crossing handled: an undated
 * headline may name where the goods went while rounding the body's figure of all partners (same place, flow and unit).
 */
function headlineNamesWhereTo(r: ObservationDraft, e: ObservationDraft): boolean {
  return r.period_start === '' && r.partner !== 'World' && e.partner === 'World' && levelKey({ ...e, partner: r.partner }) === levelKey(r);
}

/**
 * "China's copper concentrate imports hit record 25.3 mt in 2022" over the body's 25.27 million tonnes: "mt" reads as
 * metric tonnes, but a headline amount in tonnes that a million times over rounds the body's figure in million tonnes is
 * that figure written short (the headline's "mt" standing for million tonnes, as "Mt" does), not a second quantity.
 */
function millionTonnesShorthand(r: ObservationDraft, e: ObservationDraft): boolean {
  return r.unit === 'tonnes' && r.value! < 1000 && e.value! >= 1_000_000 && headlineRounds(r.value! * 1_000_000, e.value!);
}

/**
 * A qualified headline figure that body figure `e` satisfies. A headline names the goods loosely ("trains
 * exceed 3,000 columns" over "3,026 China-Europe freight trains").
 * "Coal imports through Ganqimaodu top 20 million tonnes" over "has cleared 21.7 million tonnes of coal":
 * a headline threshold without a period that a body figure of its place and unit passes is that figure,
 * whatever flow or goods the two sentences' words give it. "China-Laos Railway carries over 5 mln tonnes"
 * over the body's "more than 5.1 million tonnes": a hedged body figure satisfies it too. "Muse border trade tops US$2.1 bn"
 * over the body's 2.14 billion through "the Muse border gate": a headline may name the place in words the body reads
 * otherwise; the same flow and unit then make it the body's figure.
 */
function headlineBoundHolds(r: ObservationDraft, e: ObservationDraft): boolean {
  if (e === r) return false;
  const threshold = r.period_start === '';
  // "Muse border trade tops US$2.1 bn" over the body's 2.14 billion through "the Muse border gate": a headline may name
  // the place in words the body reads otherwise; the same flow and unit then make it the body's figure.
  // So may "Kashgar's two ports top 1.5 mln tonnes in 7 months" over the body's 1.53 million tonnes the two ports, named,
  // handled in the same seven months: a headline bound dated as its body figure is.
  const samePeriod = e.period_start === r.period_start && e.period_end === r.period_end;
  if (!(looseLevelKey(e) === looseLevelKey(r) || ((threshold || samePeriod) && e.unit === r.unit && (e.area === r.area || e.flow === r.flow) && e.measure === r.measure))) return false;
  if (!((e.period_start === r.period_start && e.period_end === r.period_end) || threshold || sameYearToDate(r, e) || monthClosesYearToDate(r, e) || headlineCountsSpan(r, e))) return false;
  return roundsTo(r, e) || roundThresholdHolds(r, e);
}

/**
 * "Non-oil trade tops $76b in eight months" over the body's $76.3 billion in "the first eight months of the current Iranian
 * calendar year (March 21-November 21)": a headline's N months of the year so far are the body's span of as many months
 * (one calendar month more when the span runs from the middle of a month), for the same flow.
 */
function headlineCountsSpan(headline: ObservationDraft, body: ObservationDraft): boolean {
  return body.flow === headline.flow && (sameSpanLength(headline, body) || touchesOneMonthMore(headline, body));
}

/**
 * "China's exports rebound in November, surplus tops $1 trillion for first time" over the body's surplus of $1.08 trillion
 * for January-November: the month another clause of the headline names is the last month of the body's year to date.
 */
function monthClosesYearToDate(headline: ObservationDraft, body: ObservationDraft): boolean {
  return headline.period_start === headline.period_end && body.period_end === headline.period_end && body.period_start === `${body.period_end.slice(0, 4)}-01` && body.period_start !== body.period_end;
}

/** A qualified figure outside the headline that an exact figure of its series and period satisfies. */
function qualifiedRoundsExact(r: ObservationDraft, e: ObservationDraft, scene: RestatementScene): boolean {
  return e !== r && scene.series(e) === scene.series(r) && e.period_start === r.period_start && e.period_end === r.period_end && roundsTo(r, e);
}

