/**
 * A chart's data labels flattened into text: under a caption that names the measure and its unit ("Container throughput,
 * million TEU", "Monthly exports to ASEAN, yuan bn", "Chart: Imports from China, January-March, $ billions"), one line (or a
 * line each) of labels, each a period and its bar's number: "2017 40.2 | 2018 42.0 | 2019 43.3", "Jan 420 Feb 330 Mar 403",
 * "2023.7 8.7  2023.8 9.9", "Q1 2024 4.1 → Q1 2025 4.9", "Jan-Feb  9,312" over "Mar  5,865". Each label is a row of its own
 * period in the caption's unit; the caption's flow and its partner ("Exports to ASEAN") are every row's.
 *
 * What is no row: axis ticks ("0 10 20 30", "-140 -120 -100"), which have no period beside their numbers, and legends (both
 * are stepped over between the caption and the labels); a series indexed to a base ("Export volume index (2019 = 100)",
 * "Indexed: Hainan trade, 2015=100"), whose numbers are no amounts; a caption that names no unit.
 *
 * A month's year: the caption's year if it names one; else the months run up to the last one that is over by the publication
 * ("Oct ... Mar" published in May 2026 is October 2025 to March 2026). A bar label rounds what the prose may state exactly
 * ("2025 45.5" beside "45.47 trillion yuan"): such a row gives way to the prose's (index.ts, `dropRoundedChartLabels`).
 */
import type { Flow } from '../../contract.js';
import { GROWTH_UNIT, namedPeriods, PROSE_PERIOD, SHARE_UNIT, unitIn, withoutGrowthBase, type FlatTable, type Line, type Period, type TableRow, type TableUnit } from './flat-table.js';
import { findPlaces, SEPARATE_CUSTOMS_TERRITORIES } from './geography.js';
import { monthNumber, ym, type Anchor } from './periods.js';
import { breakdownIn, flowsNamed, soleFlow } from './subjects.js';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
// One label: its period ("2017", "2023.7", "Q1 2024", "Q3", "Jan", "Jan-Feb", "June"; a fiscal year's "FY2020", "FY21",
// "FY 2023-24", "2021-22", "2023/24"), an optional colon, its number; set off from the one before by spaces, a bar, a middle
// dot, a bullet, an arrow or a semicolon. Sticky: the labels of a line are read one after the other from its start, and a line
// is a series only when they take it whole.
const LABEL = new RegExp(
  String.raw`\s*(?:[|·•→;/]\s*)?(?:(FY\s?(?:(?:19|20)\d\d|\d\d)(?:[-–/](?:(?:19|20)\d\d|\d\d))?|(?:19|20)\d\d[-–/]\d\d)|((?:19|20)\d\d)\.(1[0-2]|[1-9])|Q([1-4])(?:\s+((?:19|20)\d\d))?|((?:19|20)\d\d)|(${MONTH})(?:\s*[-–]\s*(${MONTH}))?)\.?(?:\s*:)?\s+([+\-–−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?=$|[\s|·•→;/])`,
  'iy',
);
// The spaces and separator before a label.
const LABEL_LEAD = /^\s*(?:[|·•→;/]\s*)?/;
// A caption's own words before its measure ("Chart 1:", "GRAPHIC 1 |", "[Graphic 1]", "Chart:") and its remarks in brackets.
// (a242) A thread's post counter may open it: "3/ [Chart] Export growth by market, 2024 vs 2023 (%)", "4/7 Chart: ...".
const CAPTION_LEAD = /^(?:\d{1,2}\/\d{0,2}\s+)?(?:\[?\s*(?:chart|graphic|figure|fig\.|infographic)\s*\d*\s*\]?\s*[:|.]?\s*)/i;
// "Source: Ministry of Trade, Industry and Energy" after the unit: no words of the measure.
const SOURCE_NOTE = /\bsource\s*:.*$/i;
const YEARS = /\b(?:19|20)\d\d\b/g;
const YEAR_AMOUNT = /^(?:19|20)\d\d$/;
// A series indexed to a base: its numbers are no amounts.
const INDEXED = /\bindex(?:ed)?\b|=\s*100\b/i;
// Lines stepped over between a caption and its labels: axis ticks (numbers only), legends, axis notes.
const AXIS_TICKS = /^[+\-–−]?\d[\d.,]*(?:\s+[+\-–−]?\d[\d.,]*){2,}$/;
const AXIS_NOTE = /^(?:\(?\s*(?:[xy]-axis|axis|legend|scale)\b|[■□●○◆◇▲△]\s)/i;
// A caption says the bars are shares: "Share of U.S. goods imports from Vietnam, Q1 (%)".
const SHARE_CAPTION = /\bshare\b[^%]*\(\s*%\s*\)|\(\s*%\s*\)[^%]*\bshare\b/i;
// "not seasonally adjusted", "unadjusted": no breakdown.
const NOT_ADJUSTED = /\b(?:not|non)[- ]seasonally[- ]adjusted\b|\bunadjusted\b/i;
// A caption and its labels on one line: "Quarterly trade, billion yuan: Q1 19.3  Q2 20.6", "Monthly exports, yuan bn — Jul 388".
const CAPTION_THEN_LABELS = /^(.{4,120}?)(?::|\s[—–-])\s+(?=(?:Q[1-4]|(?:19|20)\d\d|[A-Z][a-z]{2})\b)/;

interface Label {
  at: number;
  end: number;
  /** A period named whole (a year, a year's month, a quarter with its year), or the parts left to the caption and publication. */
  year?: number;
  month?: number;
  lastMonth?: number;
  quarter?: number;
  /** A fiscal year's label ("FY2020", "FY 2023-24", "2021-22"): its months are the release's country's (flatTableRows). */
  fiscal?: string;
  amount: string;
}

/**
 * The data-label series of one paragraph's lines (see the file's head). A page sets a chart's title, unit line and labels
 * apart ("<p class="g-title">" over "<p class="g-sub">Unit: US$ billion" over "<p class="g-labels">"): the last lines of the
 * two paragraphs above (`above`) may be the caption of labels that open this one.
 */
export function chartLabelSeries(block: Line[], anchor: Anchor | null, above: Line[] = []): FlatTable[] {
  if (!anchor) return [];
  const tables: FlatTable[] = [];
  // The lines above count only as a caption, over labels (or axis ticks) that open the paragraph.
  const opensWithLabels = block.length > 0 && (labelsOf(block[0]) !== null || AXIS_TICKS.test(block[0].text) || SHARE_LINE.test(block[0].text) || opensOnBar(block[0].text));
  const captionAbove = opensWithLabels ? captionLines(above) : [];
  const lines = [...captionAbove, ...block];
  for (let k = 0; k < lines.length; k++) {
    const inline = CAPTION_THEN_LABELS.exec(lines[k].text);
    const own = inline ? labelsOf({ start: lines[k].start + inline[0].length, text: lines[k].text.slice(inline[0].length) }) : null;
    if (inline && own) {
      const table = seriesTable([{ start: lines[k].start, text: inline[1] }], [own], [{ start: lines[k].start + inline[0].length, text: lines[k].text.slice(inline[0].length) }], anchor);
      if (table) tables.push({ ...table, start: lines[k].start });
      continue;
    }
    // "Chart 2: Trade with ASEAN, yuan bn, Jan-Oct 2025 — 6,190 (+9.1%)": a caption and its one bar on one line, after a dash.
    const dashed = CAPTION_THEN_BAR.exec(lines[k].text);
    const bar = dashed ? singleBar([{ start: lines[k].start, text: dashed[1] }], { start: lines[k].start + dashed[0].length, text: lines[k].text.slice(dashed[0].length) }, anchor) : null;
    if (bar) {
      tables.push(bar);
      continue;
    }
    if (labelsOf(lines[k]) || !mayBeCaption(lines[k].text)) continue;
    // The caption's lines: this one and the one under it when that one names the unit ("Unit: US$ billion / Source: ...").
    let j = k + 1;
    const caption = [lines[k]];
    if (j < lines.length && !labelsOf(lines[j]) && /^unit\s*:/i.test(lines[j].text)) caption.push(lines[j++]);
    while (j < lines.length && !labelsOf(lines[j]) && (AXIS_TICKS.test(lines[j].text) || AXIS_NOTE.test(lines[j].text))) j++;
    const shares = j < lines.length ? shareChart(caption, lines, j, anchor) : null;
    if (shares) {
      tables.push(shares.table);
      k = shares.next - 1;
      continue;
    }
    const partners = j < lines.length ? partnerBars(caption, lines, j, anchor) : null;
    if (partners) {
      tables.push(partners.table);
      k = partners.next - 1;
      continue;
    }
    const changes = j < lines.length ? partnerChangeBars(caption, lines, j, anchor) : null;
    if (changes) {
      tables.push(changes.table);
      k = changes.next - 1;
      continue;
    }
    const single = j < lines.length ? singleBar(caption, lines[j], anchor) : null;
    if (single) {
      tables.push(single);
      k = j;
      continue;
    }
    const series: Label[][] = [];
    const seriesLines: Line[] = [];
    for (let labels = j < lines.length ? labelsOf(lines[j], true) : null; labels; labels = ++j < lines.length ? labelsOf(lines[j], true) : null) {
      series.push(labels);
      seriesLines.push(lines[j]);
    }
    // A year's label alone on its line ("2021  39.1") is one of a column of them: one such line is no series.
    if (series.length === 1 && !labelsOf(seriesLines[0])) series.pop();
    const table = series.length ? seriesTable(caption, series, seriesLines, anchor) : null;
    if (table) tables.push(table);
    if (series.length) k = j - 1;
  }
  return tables;
}

/**
 * The caption lines above a paragraph: the last line, with the one above it when the last one only names the unit. A page
 * that sets each line of a chart's items in a paragraph of its own ("<p>Imports: machinery 54.8 | chemicals 7.1</p>" over
 * "<p>Exports: machinery 51.9 | ...</p>", "<p>2019 40.2 | 2020 41.0</p>" over "<p>2021 43.3 | ...</p>") has the chart's
 * caption over the paragraph above: the caption of this one too.
 */
function captionLines(above: Line[]): Line[] {
  const last = above[above.length - 1];
  const overItems = last && above.length >= 2 && (labelsOf(last) !== null || SHARE_LINE.test(last.text));
  if (overItems && !labelsOf(above[above.length - 2]) && !SHARE_LINE.test(above[above.length - 2].text) && mayBeCaption(above[above.length - 2].text)) return above.slice(-2, -1);
  if (!last || labelsOf(last)) return [];
  if (/^unit\s*:/i.test(last.text) && above.length >= 2 && mayBeCaption(above[above.length - 2].text)) return above.slice(-2);
  return mayBeCaption(last.text) ? [last] : [];
}

/** A line that may caption a chart: short, with a letter first and no more than one run of digits outside its period. */
function mayBeCaption(text: string): boolean {
  return text.length <= 160 && /^(?:\d{1,2}\/\d{0,2}\s+)?[\[A-Z]/i.test(text) && !/[.!?]$/.test(text);
}

/** The labels that make up a line whole, or null; one year's label alone only in a column of them (`column`). */
function labelsOf(line: Line, column = false): Label[] | null {
  const labels: Label[] = [];
  const text = line.text;
  LABEL.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    LABEL.lastIndex = at;
    const m = LABEL.exec(text);
    if (!m) return null;
    const lead = m[0].length - m[0].replace(LABEL_LEAD, '').length;
    labels.push({
      at: line.start + at + lead,
      end: line.start + m.index + m[0].length,
      fiscal: m[1],
      year: Number(m[2] ?? m[5] ?? m[6]) || undefined,
      month: m[3] ? Number(m[3]) : m[7] ? monthNumber(m[7].slice(0, 3)) : undefined,
      lastMonth: m[8] ? monthNumber(m[8].slice(0, 3)) : undefined,
      quarter: m[4] ? Number(m[4]) : undefined,
      amount: m[9].replace(/[–−]/, '-').replace(/,/g, ''),
    });
    at = m.index + m[0].length;
  }
  // "Q3 2024     Q3 2025", "Oct 2024   Oct 2025", "Jan-Sep 2024   Jan-Sep 2025": quarters or months each followed by a year are
  // the heads of a table's columns, each a period with its year, no bars of year-like amounts.
  if (labels.every((l) => (l.quarter !== undefined || l.month !== undefined) && l.year === undefined && YEAR_AMOUNT.test(l.amount))) return null;
  // A lone "2024 104.0" is read only among others: one pair on a line of its own is as often a year and a count.
  return labels.length >= 2 || (labels.length === 1 && (column || labels[0].month !== undefined)) ? labels : null;
}

// A caption that says its bars are changes in percent: "Export growth by fiscal year (%, change on previous fiscal year)",
// "Exports, % change y/y", "Imports: year-on-year growth (%)", "Annual change in exports (%)", "Trade growth, per cent". The
// change is on a year earlier when the caption says so ("y/y", "year-on-year", "on the previous year", "on a year earlier") or
// the bars are whole years, each on the one before; a change on the month or quarter before is no such row.
const CHANGE_CAPTION = /\b(?:growth|change|increase|decrease|rise|fall)\b[^()%]{0,60}(?:\(\s*%|,\s*(?:%|(?:per\s?cent|percent)\b))|\(\s*%\s*,?\s*(?:(?:y\/y|yoy|year[- ]on[- ]year|annual)\s+)?(?:growth|change)\b|(?:^|[\s(,])(?:%|per\s?cent|percent)\s+(?:growth|change)\b/i;
const YEAR_ON_YEAR_CAPTION = /\b(?:y\/y|yoy|y-o-y|year[- ]on[- ]year|on\s+(?:the\s+)?(?:previous|prior|preceding)\s+(?:(?:fiscal|financial|calendar)\s+)?year|on\s+a\s+year\s+(?:earlier|ago|before)|from\s+a\s+year\s+(?:earlier|ago))\b/i;
const SHORTER_CHANGE_CAPTION = /\b(?:m\/m|mom|q\/q|qoq|month[- ]on[- ]month|quarter[- ]on[- ]quarter|(?:previous|prior|preceding)\s+(?:month|quarter)|a\s+(?:month|quarter)\s+(?:earlier|ago|before)|seasonally\s+adjusted)\b/i;
/** Bars that are changes in percent on a year earlier (CHANGE_CAPTION): none of a shorter change, all years or the caption says so. */
function yearOnYearCaption(words: string, labels: Label[]): boolean {
  if (!CHANGE_CAPTION.test(words) || SHORTER_CHANGE_CAPTION.test(words) || INDEXED.test(words)) return false;
  return YEAR_ON_YEAR_CAPTION.test(words) || labels.every((l) => l.fiscal !== undefined || (l.year !== undefined && l.month === undefined && l.quarter === undefined));
}

/** The rows of one caption's labels, or null when the caption names no unit, or an index, or a period cannot be told. */
function seriesTable(caption: Line[], series: Label[][], seriesLines: Line[], anchor: Anchor): FlatTable | null {
  const words = caption.map((l) => l.text).join(' ').replace(CAPTION_LEAD, '');
  if (INDEXED.test(words)) return null;
  const labels = series.flat();
  const unit = SHARE_CAPTION.test(words) ? SHARE_UNIT : (captionUnit(words) ?? (yearOnYearCaption(words, labels) ? GROWTH_UNIT : null));
  if (!unit) return null;
  const captionPeriod = namedPeriods(words, anchor)[0] ?? null;
  const periods = labelPeriods(labels, captionPeriod, anchor);
  if (!periods) return null;
  const flows = flowsNamed(words.replace(SOURCE_NOTE, ''));
  const flow: Flow = soleFlow(flows) ?? (flows.has('balance') ? 'balance' : 'total');
  const partner = captionPartner(words);
  const breakdown = NOT_ADJUSTED.test(words) ? '' : breakdownIn(words);
  const rows: TableRow[] = labels.map((label, i) => ({
    quoteStart: label.at,
    quoteEnd: label.end,
    flow,
    partner,
    area: '',
    unit,
    ...(breakdown ? { breakdown } : {}),
    figures: [{ period: periods[i], cell: { value: Number(label.amount), digits: label.amount, percent: false }, yoy: null }],
  }));
  const last = seriesLines[seriesLines.length - 1];
  // The caption is claimed when it holds a number the prose would read as a figure ("Monthly containers, 10,000 TEU"); one of
  // words only is left to the prose, which reads whose figures they are from it ("U.S. goods trade balance, ...").
  const claimed = caption.some((l) => /\d/.test(l.text.replace(YEARS, ''))) ? caption[0].start : seriesLines[0].start;
  return { start: claimed, end: last.start + last.text.length, rows, lines: rows.length, chartLabels: true };
}

/**
 * The unit one piece of the caption names ("million TEU", "10,000 TEU", "yuan bn", "$ billions"), none when two pieces disagree.
 * A piece that only counts ("Monthly containers") names what the bars count, and gives way to a piece with a scale.
 */
function captionUnit(words: string): TableUnit | null {
  const units: TableUnit[] = [];
  for (const piece of words.split(/,\s+|[:;(){}]|\s[—–-]\s|\s\/\s/)) {
    const text = piece.trim().replace(/(\d),(?=\d{3}\b)/g, '$1');
    // (A sign read as it stands first: "A$ billion", "HK$ million" turned round would lose it.)
    const unit = text ? (unitIn(text) ?? unitIn(text.replace(CURRENCY_THEN_SCALE, '$2 $1'))) : null;
    if (unit) units.push(unit);
  }
  const scaled = units.filter((u) => !(u.measure === 'count' && u.exponent === 0));
  const found = scaled.length ? scaled : units;
  if (!found.length || found.some((u) => u.unit !== found[0].unit || u.exponent !== found[0].exponent)) return null;
  return found[0].measure !== 'share' ? found[0] : null;
}
// "yuan bn", "yen trn", "euro mn": a chart's unit with the currency before its scale.
const CURRENCY_THEN_SCALE = /^([A-Za-z$€¥£]{1,6})\s+(bn|billion|trn|trillion|tn|mn|mln|million)$/i;

/** The partner a caption names after "to", "from" or "with" ("Exports to ASEAN", "Imports from China"), else the world. */
function captionPartner(words: string): string {
  const places = findPlaces(words, '').filter((p) => (p.kind === 'country' || p.kind === 'group') && /\b(?:to|from|with)\s+(?:the\s+)?$/i.test(words.slice(Math.max(0, p.start - 10), p.start)));
  return places.length === 1 ? places[0].name : 'World';
}

/** Each label's period (see the file's head), or null when one cannot be told. */
function labelPeriods(labels: Label[], captionPeriod: Period | null, anchor: Anchor): Period[] | null {
  const captionYear = captionPeriod ? Number(captionPeriod.end.slice(0, 4)) : undefined;
  const spanMonths = captionPeriod && captionPeriod.start.slice(0, 4) === captionPeriod.end.slice(0, 4) ? [Number(captionPeriod.start.slice(5)), Number(captionPeriod.end.slice(5))] : null;
  // Months and quarters without a year: the last one is the latest over by the publication (or of the caption's year), and the
  // ones before it run back from it.
  const out: Period[] = new Array(labels.length);
  let year: number | undefined;
  let next = Infinity;
  for (let i = labels.length - 1; i >= 0; i--) {
    const l = labels[i];
    if (l.fiscal !== undefined) {
      out[i] = { start: '', end: '', fiscalLabel: l.fiscal };
      continue;
    }
    if (l.month === undefined && l.quarter === undefined) {
      if (l.year === undefined) return null;
      // "2024 104.0" under "Imports from China, January-March": the caption's months of each year.
      const [from, to] = spanMonths && !(spanMonths[0] === 1 && spanMonths[1] === 12) ? spanMonths : [1, 12];
      out[i] = { start: ym(l.year, from), end: ym(l.year, to) };
      continue;
    }
    const first = l.quarter !== undefined ? l.quarter * 3 - 2 : l.month!;
    const last = l.quarter !== undefined ? l.quarter * 3 : (l.lastMonth ?? l.month!);
    if (l.year !== undefined) year = l.year;
    else if (year === undefined) year = captionYear ?? (last < anchor.month ? anchor.year : anchor.year - 1);
    else if (last >= next) year -= 1;
    next = first;
    out[i] = { start: ym(year, first), end: ym(year, last) };
  }
  return out;
}

// A chart of shares: a caption that says so ("Share of China's exports by destination, 2025 (%)", "EU trade with China by
// product group, 2022 (% share)") over lines of items, each a name and its share, set apart by bars, middle dots or slashes:
// "ASEAN 17.2 | EU 14.9 | United States 11.4 | Others 56.5", "Imports: machinery and vehicles 54.8 | chemicals 7.1". A name
// the lexicon knows as a country or group is a partner; under a caption "by product" a name is the goods; "Others" is no row.
const SHARE_CHART_CAPTION = /\(\s*%(?:\s+share)?\s*\)|\bshare\b[^%]{0,80}%|%\s+of\b/i;
const BY_PRODUCT = /\bby\s+(?:product|commodity|goods|section|sector)/i;
// A chart copied out of a PDF sets its items apart by runs of spaces alone: "United States 36.8    European Union 9.2    Others 45.9".
const SHARE_ITEM = /\s*(?:[|·•\/;]\s*)?([A-Za-z][A-Za-z .&'’-]{0,60}?)\s+(\d{1,2}(?:\.\d+)?)(?=\s*(?:$|[|·•\/;])|\s{2,}[A-Za-z])/y;
// A line that may be share items: a name and a number, then a bar, a middle dot, a slash or a run of spaces before a name.
const SHARE_LINE = /^(?:(?:exports|imports)\s*:\s*)?[A-Za-z][A-Za-z .&'’-]{0,60}?\s\d{1,2}(?:\.\d+)?(?:\s*[|·•\/]|\s{2,}[A-Za-z])/i;
const LINE_FLOW = /^(exports|imports)\s*:\s*/i;
const OTHERS = /^(?:others?|rest(?:\s+of\s+(?:the\s+)?world)?|other\s+\w+)$/i;
const ONE_YEAR = /\b((?:19|20)\d\d)\b/g;
// A caption of shares that names no flow but where the goods went or came from: "Where the soybeans went (% of volume, 2025)",
// "Who bought Chile's copper, 2024 (% share)", "Destinations of Thai rice (%)", "Buyers of ..." are exports by destination;
// "Where Japan's LNG came from (% share)", "Korea's crude oil suppliers, 2024 (%)", "Origins of ..." are imports by origin.
// People and money are no goods: "Where the visitors came from (% of arrivals)", "Where the investment went" are no trade.
const SHARES_BY_DESTINATION = /\bwhere\b[^%(]{1,60}?\b(?:went|go(?:es)?|were\s+(?:sold|shipped|sent)|was\s+(?:sold|shipped|sent)|ended\s+up)\b|\bwho\s+(?:bought|buys)\b|\b(?:destinations?|buyers|customers)\b/i;
const SHARES_BY_ORIGIN = /\bwhere\b[^%(]{1,60}?\b(?:came|comes|come)\s+from\b|\bwho\s+(?:sold|sells|supplied|supplies)\b|\b(?:origins?|suppliers)\b/i;
const NO_GOODS = /\b(?:tourists?|visitors?|travell?ers?|passengers?|students?|migrants?|arrivals|investments?|investors?|FDI|money|funds|capital|loans?|aid|remittances)\b/i;

/** The flow a caption of shares with no flow word names by the goods' destinations or origins, else null. */
function flowOfDirection(words: string): Flow | null {
  if (NO_GOODS.test(words)) return null;
  const out = SHARES_BY_DESTINATION.test(words);
  const back = SHARES_BY_ORIGIN.test(words);
  return out === back ? null : out ? 'export' : 'import';
}

/** The share items of the lines from `j` under a caption of shares, or null when the caption or a line is no such thing. */
function shareChart(caption: Line[], lines: Line[], j: number, anchor: Anchor): { table: FlatTable; next: number } | null {
  const words = caption.map((l) => l.text).join(' ').replace(CAPTION_LEAD, '');
  if (!SHARE_CHART_CAPTION.test(words) || INDEXED.test(words)) return null;
  // A caption with no period of its own ("Exports by market, share %") is of the period of the prose before it.
  const period = namedPeriods(words, anchor)[0] ?? yearPeriod(words, anchor) ?? PROSE_PERIOD;
  const flows = flowsNamed(words);
  const captionFlow: Flow | null = soleFlow(flows) ?? (flows.size === 0 ? flowOfDirection(words.replace(SOURCE_NOTE, '')) : null);
  const rows: TableRow[] = [];
  let next = j;
  for (; next < lines.length; next++) {
    const lineRows = shareItems(lines[next], captionFlow, BY_PRODUCT.test(words) ? captionPartner(words) : null, period);
    if (!lineRows) break;
    rows.push(...lineRows);
  }
  if (next === j || !rows.length) return null;
  const last = lines[next - 1];
  return { table: { start: lines[j].start, end: last.start + last.text.length, rows, lines: rows.length }, next };
}

/** A caption's one year ("..., 2025 (%)") as the whole year, when it is over by the publication. */
function yearPeriod(words: string, anchor: Anchor): Period | null {
  const years = [...new Set([...words.matchAll(ONE_YEAR)].map((m) => Number(m[1])))];
  return years.length === 1 && years[0] < anchor.year + (anchor.month === 12 ? 1 : 0) ? { start: ym(years[0], 1), end: ym(years[0], 12) } : null;
}

/** One line of share items, or null when one piece is no item or the shares add up to more than the whole. */
function shareItems(line: Line, captionFlow: Flow | null, productsWith: string | null, period: Period): TableRow[] | null {
  const lead = LINE_FLOW.exec(line.text);
  const flow: Flow | null = lead ? (lead[1].toLowerCase() === 'exports' ? 'export' : 'import') : captionFlow;
  if (flow !== 'export' && flow !== 'import' && flow !== 'total') return null;
  const rows: TableRow[] = [];
  let at = lead ? lead[0].length : 0;
  let sum = 0;
  let items = 0;
  while (at < line.text.length) {
    SHARE_ITEM.lastIndex = at;
    const m = SHARE_ITEM.exec(line.text);
    if (!m) return null;
    const name = m[1].trim();
    const start = line.start + m.index + m[0].length - m[0].trimStart().replace(/^[|·•/;]\s*/, '').length;
    at = m.index + m[0].length;
    items++;
    sum += Number(m[2]);
    if (OTHERS.test(name)) continue;
    // (Taiwan, Hong Kong and Macao keep customs statistics of their own: partners as a country is.)
    const place = barPartner(name);
    if (!place && productsWith === null) return null;
    rows.push({
      quoteStart: start, quoteEnd: line.start + at, flow, partner: place ? place.name : productsWith!, area: '', unit: SHARE_UNIT,
      ...(place ? {} : { commodity: name.toLowerCase() }),
      figures: [{ period, cell: { value: Number(m[2]), digits: m[2], percent: true }, yoy: null }],
    });
  }
  return items >= 2 && sum <= 100.5 ? rows : null;
}

// A chart of one bar: its label alone on the line under the caption, the amount and its change on a year earlier in brackets,
// after a year or "Total" if any: "124.8 (-19.9%)" under "Exports to China, 2023 (US$ billion)", "Total 2025: 169.2 (+1.6%)"
// under "Agribusiness exports, US$ billion". The caption gives the unit, flow and partner, the label's year or the caption's
// the period.
// A caption and its one bar on one line, set apart by a dash: the caption, then the bar's line (read by SINGLE_BAR).
const CAPTION_THEN_BAR = /^(.{4,120}?)\s[—–]\s+(?=[+\-–−]?\d)/;
const SINGLE_BAR = /^(?:total\s+)?(?:((?:19|20)\d\d)\s*:?\s+)?([+\-–−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*\(\s*([+\-–−]\d{1,3}(?:\.\d+)?)\s*%\s*\)$/i;
// The bar's share of the whole after its change: "19.5 (+6.3%), 51.4% of total", "; or 51.4% of all trade", "(51.4% of the
// total)", ", a 51.4% share", ", share 51.4%", "— share of total: 51.4%". The share is a row of the bar's period, flow and
// partner. A percent that is no share of a whole ("51.4% by rail", "up 51.4% on 2023") leaves the line unread.
const BAR_SHARE = /(?:\s*[,;]|\s[—–]|\s+(?=\())\s*(?:or\s+)?\(?\s*(?:(\d{1,2}(?:\.\d+)?)\s*%\s+of\s+(?:the\s+)?(?:total|whole|all|overall)\b[A-Za-z' ]{0,40}|an?\s+(\d{1,2}(?:\.\d+)?)\s*%\s+share\b[A-Za-z' ]{0,40}|share(?:\s+of\s+(?:the\s+)?total)?\s*:?\s*(\d{1,2}(?:\.\d+)?)\s*%)\s*\)?$/i;
// A second bar on the bar's line, after a bar or a middle dot, named by its own words, which name its flow: "3,790 (+14.4%) |
// Imports from ASEAN 2,400 (+1.7%)", "· Imports: 2,400 (+1.7%)", "| exports 2,400 (-1.7%)". It has the caption's unit and
// period, its own flow and partner (the caption's partner when it names none). "| revised 12 (+1%)" is a note: no bar.
const BAR_AFTER = /\s*[|·•]\s*(?=[A-Za-z])/g;
const NAMED_BAR = /^([A-Za-z][A-Za-z .&'’-]{0,60}?)\s*:?\s+([+\-–−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*\(\s*([+\-–−]\d{1,3}(?:\.\d+)?)\s*%\s*\)$/;

/** True for a line that is a chart's one bar (SINGLE_BAR): the paragraph may hold a chart (flat-table.ts's gate). */
export function isSingleBar(text: string): boolean {
  return text.endsWith('%)') && SINGLE_BAR.test(text);
}

/** A bar's line split into the bar, its share (BAR_SHARE) and the bars named after it (BAR_AFTER), or null. */
function barPieces(text: string): { bar: RegExpExecArray; share: RegExpExecArray | null; shareAt: number; after: Array<{ at: number; m: RegExpExecArray; flow: Flow }> } | null {
  const cuts = [...text.matchAll(BAR_AFTER)];
  const own = text.slice(0, cuts[0]?.index ?? text.length);
  const share = BAR_SHARE.exec(own);
  const bar = SINGLE_BAR.exec(share ? own.slice(0, share.index) : own);
  if (!bar) return null;
  const after: Array<{ at: number; m: RegExpExecArray; flow: Flow }> = [];
  for (const [i, cut] of cuts.entries()) {
    const at = cut.index + cut[0].length;
    const m = NAMED_BAR.exec(text.slice(at, cuts[i + 1]?.index ?? text.length));
    const flows = m ? flowsNamed(m[1]) : new Set<Flow>();
    if (!m || flows.size !== 1) return null;
    after.push({ at, m, flow: [...flows][0] });
  }
  return { bar, share, shareAt: share ? share.index : own.length, after };
}

/** The place a bar's name is, if the whole name is a country, a group or a separate customs territory the lexicon knows. */
function barPartner(name: string): { name: string } | undefined {
  return findPlaces(name, '').find((p) => p.start === 0 && p.end === name.length && (p.kind === 'country' || p.kind === 'group' || SEPARATE_CUSTOMS_TERRITORIES.has(p.name)));
}

/** The bars of lines `j` to `next` as one table, if there are two or more of them; else null. */
function barsTable(lines: Line[], j: number, next: number, rows: TableRow[]): { table: FlatTable; next: number } | null {
  if (next - j < 2) return null;
  const last = lines[next - 1];
  return { table: { start: lines[j].start, end: last.start + last.text.length, rows, lines: next - j }, next };
}

// A chart of bars by partner, each bar on its line after the partner's name: "United States  21.3 (+4.8%), 19.6% of total" over
// "European Union  10.1 (-2.3%)" under "Exports by destination, FY2024 (trillion yen, change, share)"; "China 48.2 (+3.1%)"
// under "Imports by origin, 2025 (US$ billion)". Each name is a country or group the lexicon knows, the partner of its bar,
// read as a single bar is (its change, its share); the caption gives the unit, the flow and the period.
const PARTNER_BAR_NAME = /^([A-Za-z][A-Za-z .&'’-]{0,60}?)\s*:?\s+(?=[+\-–−]?\d)/;

/** The bars by partner under a caption from line `j` on (two lines or more), or null. */
function partnerBars(caption: Line[], lines: Line[], j: number, anchor: Anchor): { table: FlatTable; next: number } | null {
  const rows: TableRow[] = [];
  let next = j;
  for (; next < lines.length; next++) {
    const named = PARTNER_BAR_NAME.exec(lines[next].text);
    const name = named ? named[1].trim() : '';
    const place = named ? barPartner(name) : undefined;
    const bar = place ? singleBar(caption, { start: lines[next].start + named![0].length, text: lines[next].text.slice(named![0].length) }, anchor) : null;
    if (!bar || bar.rows.length > 2) break;
    rows.push(...bar.rows.map((row) => ({ ...row, quoteStart: lines[next].start, partner: place!.name })));
  }
  return barsTable(lines, j, next, rows);
}

// A chart of bars by partner that gives only each partner's change, a line each: "China           +2.8" over "United States   -6.1"
// under "[Chart] Exports by destination (change on 2024, %)", "Japan: -4.1%" under "Imports by origin, % change y/y". The
// caption says the bars are changes on a year earlier (CHANGE_CAPTION with YEAR_ON_YEAR_CAPTION, or a base year it compares
// with: "change on 2024"); each name is a country or group the lexicon knows. The rows are growth rows of the caption's
// period, else of the prose's (a base is no period of the bars), with the caption's flow or the one its destinations name.
const CHANGE_BAR = /^([A-Za-z][A-Za-z .&'’-]{0,60}?)(?:\s*:\s*|\s{2,})([+\-–−]?\d{1,3}(?:\.\d+)?)\s*%?$/;
/** True for a line that is one partner's change alone, signed ("China   +2.8", "Japan: -4.1%"): a paragraph that may hold a chart. */
export function isChangeBar(text: string): boolean {
  return /\d%?$/.test(text) && /(?::\s*|\s{2,})[+\-–−]\d/.test(text) && CHANGE_BAR.test(text);
}

/** The partners' change bars under a caption of changes on a year earlier from line `j` on (two lines or more), or null. */
function partnerChangeBars(caption: Line[], lines: Line[], j: number, anchor: Anchor): { table: FlatTable; next: number } | null {
  const words = caption.map((l) => l.text).join(' ').replace(CAPTION_LEAD, '');
  const dated = withoutYearBefore(withoutGrowthBase(words));
  if (!CHANGE_CAPTION.test(words) || SHORTER_CHANGE_CAPTION.test(words) || INDEXED.test(words) || captionUnit(words) || (!YEAR_ON_YEAR_CAPTION.test(words) && dated === words)) return null;
  const period = namedPeriods(dated, anchor)[0] ?? yearPeriod(dated, anchor) ?? PROSE_PERIOD;
  const flows = flowsNamed(words.replace(SOURCE_NOTE, ''));
  const flow: Flow = soleFlow(flows) ?? (flows.size === 0 ? flowOfDirection(words) : null) ?? 'total';
  const rows: TableRow[] = [];
  let next = j;
  for (; next < lines.length; next++) {
    const m = CHANGE_BAR.exec(lines[next].text);
    const name = m ? m[1].trim() : '';
    const place = m ? barPartner(name) : undefined;
    if (!place) break;
    const change = signed(m![2]);
    rows.push({ quoteStart: lines[next].start, quoteEnd: lines[next].start + lines[next].text.length, flow, partner: place.name, area: '', unit: GROWTH_UNIT, figures: [{ period, cell: { value: Number(change), digits: change, percent: false }, yoy: null }] });
  }
  return barsTable(lines, j, next, rows);
}

// (a242) A caption's year set against the year before it: "Export growth by market, 2024 vs 2023 (%)", "% change, 2025 over
// 2024", "Imports by origin, Jan-Sep 2024 compared with Jan-Sep 2023, % change", "2023 against 2022": the bars are changes on
// a year earlier, of the first year; the base is blanked (a base that is not the year before, "2024 vs 2019", is left).
const YEAR_VS_YEAR_BEFORE = /\b((?:19|20)\d\d)\s*(?:vs\.?|versus|against|compared\s+(?:with|to)|over|on)\s+(?:the\s+same\s+(?:period|months)\s+(?:of|in)\s+)?(?:[a-z]{3,9}\.?(?:\s*[-–]\s*[a-z]{3,9}\.?)?\s+)?((?:19|20)\d\d)\b/i;
function withoutYearBefore(words: string): string {
  const m = YEAR_VS_YEAR_BEFORE.exec(words);
  if (!m || Number(m[2]) !== Number(m[1]) - 1) return words;
  const from = m.index + m[1].length;
  return words.slice(0, from) + ' '.repeat(m[0].length - m[1].length) + words.slice(m.index + m[0].length);
}

/** True for a line that opens on a chart's bar (barPieces). */
const opensOnBar = (text: string): boolean => /\d/.test(text) && barPieces(text) !== null;

const signed = (digits: string): string => digits.replace(/[–−]/, '-').replace(/,/g, '');

// "Exports by destination, FY2024 (trillion yen)": a caption's fiscal year, resolved in the release's country's calendar as a
// bar's label is (flatTableRows).
const FISCAL_IN_CAPTION = /\bFY\s?(?:(?:19|20)\d\d|\d\d)(?:[-–/](?:(?:19|20)\d\d|\d\d))?\b/;

/** The one bar under a caption (SINGLE_BAR), with its share and the bars named after it on its line, or null. */
function singleBar(caption: Line[], line: Line, anchor: Anchor): FlatTable | null {
  const pieces = barPieces(line.text);
  if (!pieces) return null;
  const m = pieces.bar;
  const words = caption.map((l) => l.text).join(' ').replace(CAPTION_LEAD, '');
  const unit = INDEXED.test(words) || SHARE_CHART_CAPTION.test(words) ? null : captionUnit(words);
  const fiscal = FISCAL_IN_CAPTION.exec(words);
  // (A caption's change base, "change on the same period of 2024 in brackets", is no period of the bars.)
  const dated = withoutGrowthBase(words);
  const period = m[1] ? { start: ym(Number(m[1]), 1), end: ym(Number(m[1]), 12) } : (namedPeriods(dated, anchor)[0] ?? yearPeriod(dated, anchor) ?? (fiscal ? { start: '', end: '', fiscalLabel: fiscal[0] } : null));
  if (!unit || !period) return null;
  const flows = flowsNamed(words.replace(SOURCE_NOTE, ''));
  const flow: Flow = soleFlow(flows) ?? 'total';
  const partner = captionPartner(words);
  const amount = signed(m[2]);
  const rows: TableRow[] = [{
    quoteStart: line.start, quoteEnd: line.start + pieces.shareAt, flow, partner, area: '', unit,
    figures: [{ period, cell: { value: Number(amount), digits: amount, percent: false }, yoy: Number(signed(m[3])) }],
  }];
  const share = pieces.share && (pieces.share[1] ?? pieces.share[2] ?? pieces.share[3]);
  if (share) {
    rows.push({
      quoteStart: line.start + pieces.shareAt + pieces.share![0].search(/[\dA-Za-z(]/), quoteEnd: line.start + pieces.shareAt + pieces.share![0].length, flow, partner, area: '', unit: SHARE_UNIT,
      figures: [{ period, cell: { value: Number(share), digits: share, percent: true }, yoy: null }],
    });
  }
  for (const { at, m: named, flow: own } of pieces.after) {
    const ownPartner = captionPartner(named[1]);
    const value = signed(named[2]);
    rows.push({
      quoteStart: line.start + at, quoteEnd: line.start + at + named[0].length, flow: own, partner: ownPartner !== 'World' ? ownPartner : partner, area: '', unit,
      figures: [{ period, cell: { value: Number(value), digits: value, percent: false }, yoy: Number(signed(named[3])) }],
    });
  }
  return { start: line.start, end: line.start + line.text.length, rows, lines: 1 };
}
