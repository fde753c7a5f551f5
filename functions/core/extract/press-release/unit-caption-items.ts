/**
 * A statistics brief's small table flattened into lines of items: a caption that names the period and, in brackets,
 * the unit ("Value of imports and exports, January-August (unit: 100 million yuan; change year on year)"), and under
 * it one or more lines of items, each a label, its amount and (if any) its change, set apart by semicolons or runs of
 * spaces: "Total imports and exports 198,245.3 3.6%  Exports 108,951.2 6.1%", "EU 30,104.7 up 10.3%; ASEAN 27,602.4
 * up 12.5%". The amounts carry no unit of their own (the caption's applies), so the prose reader cannot read them.
 *
 * A label is a flow ("Exports", "Imports", "Total", "Total imports and exports", "Trade surplus", "Trade deficit") or a
 * partner the lexicon knows (its trade, or the caption's flow). The caption must state one unit after "unit:" and one
 * period; a line with anything else (or an item that is neither) leaves the lines to the other readers.
 */
import type { Flow } from '../../contract.js';
import { namedPeriods, PROSE_PERIOD, unitIn, type FlatTable, type Line, type Period, type TableRow } from './flat-table.js';
import { findPlaces } from './geography.js';
import type { Anchor } from './periods.js';
import { flowsNamed } from './subjects.js';

// "<caption> (unit: <unit>[; <what the rates are>])", alone on its line, with an optional colon. The unit may stand without
// "unit:" when the bracket's first part is a unit and nothing else (a175): "Main partners, March 2022 (EUR million; % change
// y/y)", "Top markets, 2025 (US$ mn, % y/y)".
// A fact sheet writes a fiscal year by its two years, before the bracket or in it after the unit (b288-02): "Major Australian
// exports, 2024-25 (A$m)", "Australia's trade relationship with Vietnam (A$ million, 2024-25)".
const UNIT_CAPTION = /^([A-Z][^()\d]{0,120}?(?:(?:19|20)\d\d(?:[-–/]\d{2}(?!\d))?[^()\d]{0,40}?)?)\s*\(\s*(?:unit\s*:\s*)?([^();,]{2,40}?)\s*(?:[;,]\s*([^()]{1,60}))?\)\s*:?$/i;
// (a201: a fact sheet may write the unit and the fiscal year bare, after commas, alone on their line under the section's
// title or after its words: "A$ million, 2024-25", "Exports of Australia to Vietnam: main goods, A$m, 2024-25". The groups are
// those of UNIT_CAPTION: the words before, the unit, the period.)
const PLAIN_UNIT_CAPTION = /^(?:([A-Z][^()\d|]{0,120}?)\s*,\s*)?([^(),\d|]{2,20}?)\s*,\s*((?:19|20)\d\d[-–/]\d{2})\s*:?$/;
// "<Exports by major item, US$ billion, YoY %>", "< Imports by origin, € million, y/y % >": a caption set between angle brackets,
// as Korean ministries print a table's title, its unit and what the bare numbers are after commas (groups as UNIT_CAPTION's).
const ANGLED_CAPTION = /^<[ \t]*([A-Z][^<>()]{0,200}?)[ \t]*>$/;

// "<Exports by main commodity, September 2025, NZ$(million) and % change on Sep 2024>": the unit (its scale bracketed after the
// sign) and what the bare numbers are may share a piece, joined by "and"; each is a piece of its own.
const UNIT_AND_RATES = /\s+and\s+(?=(?:%|per\s?cent|percent|y\/y|yoy|change|growth)\b|%)/i;
const BRACKETED_SCALE = /(\$|\b[A-Z]{3})\s*\(\s*(thousand|million|billion|trillion)\s*\)/g;

/** An angled caption read as UNIT_CAPTION reads "title (unit, rest)": its first piece after a comma that is a unit is the unit. */
function angledCaption(text: string): RegExpExecArray | null {
  const inner = ANGLED_CAPTION.exec(text.includes('(') ? text.replace(BRACKETED_SCALE, '$1 $2') : text);
  const pieces = inner ? inner[1].split(',').flatMap((p) => p.split(UNIT_AND_RATES)).map((p) => p.trim()) : [];
  const at = pieces.findIndex((p, k) => k > 0 && unitIn(p) !== null);
  if (at < 0) return null;
  const rest = pieces.slice(at + 1).join(', ');
  return UNIT_CAPTION.exec(`${pieces.slice(0, at).join(', ')} (${pieces[at]}${rest ? `, ${rest}` : ''})`);
}
// The bracket's second part saying the bare numbers after the amounts are percent changes on the year (caption-rates.ts). The
// base they compare with may be named after them ("% change on Sep 2024", "growth over 2024"): it is left out of the test.
const RATES_BASE = /\s+(?:on|from|over|vs\.?|against)\s+(?:the\s+)?(?:same\s+[a-z]+\s+of\s+)?(?:(?:[A-Za-z]{3,9}\.?|Q[1-4]|H[12])\s+)?(?:19|20)\d\d\b/gi;
const RATES_PART = /^(?=[^\d]*\b(?:growth|change|increase|y\/y|yoy|year[- ]on[- ]year)\b)(?=[^\d]*(?:%|\bper\s?cent\b|\bpct\b))[^\d]*$/i;
// One item: a label of words, an amount, then a change ("3.6%", "up 10.3%", "down 8.8%", "-1.2%") if any; under a caption that
// says the bare numbers are changes, a bare signed number in brackets or after a comma ("Spain 1,864 (+16.2)", "France 903, -2.1").
// The change may stand in brackets, with its words ("Goods exports 11,420 (growth on previous year: -3.1%)", "Services
// exports 3,215 (+9.8%)"), and the label may end on a bracket of what it covers ("Total trade (goods and services)").
// (a201: a label may close on a colon, "Goods exports: 10,415", and the change name its base year, "(up 6.7% on 2023-24)".)
const ITEM = /^([A-Za-z][A-Za-z &'-]*?(?:\s*\([A-Za-z &'-]{1,40}\))?):?\s+(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*,?\s*(?:(up|down)\s+)?([+\-–]?\d+(?:\.\d+)?)\s*%|\s*\(\s*(?:[A-Za-z][A-Za-z ]{0,40}:\s*)?([+\-–−]?\d+(?:\.\d+)?)\s*%\s*\)|\s*\(\s*(up|down)\s+(\d+(?:\.\d+)?)\s*%\s+(?:on|from|over)\s+(?:19|20)\d\d(?:[-–/]\d{2})?\s*\))?$/i;
// A fact sheet's leaders and bullets: "Goods exports ........ 11,420", "- Coal 3,604" (read as the label and amount alone).
const DOT_LEADER = /\s*\.{3,}\s*/g;
export const BULLET = /^[-*•·▪–—]\s+/;
// "Goods exports", "Services imports", "Merchandise exports": a flow label naming the kind of trade first.
const KIND_FLOW_LABEL = /^(goods|merchandise|services)\s+(exports|imports|trade)$/i;
// "Total goods and services trade" (a201): the total of the kind of trade it names.
const KIND_TOTAL_LABEL = /^total\s+(goods\s+and\s+services|goods|services)\s+trade$/i;
// "Total trade (goods and services)": a label with the kind of trade it covers in brackets.
const KIND_BRACKET = /^(.*?)\s*\(\s*(goods\s+and\s+services|goods|services)\s*\)$/i;
// (a215: a table's row flattened by a PDF copy sets the change after a space, "Ships 2.6 41.7", "Automobiles 5.9 -3.3": a
// change so written has a sign or decimals, so a thousands group after a space, "14 200", is not taken for one.)
// (A name of goods may list them with commas: "Milk powder, butter and cheese   1,402   +18.9".)
const ITEM_BARE_RATE = /^([A-Za-z](?:[A-Za-z &'-]|,(?=\s[A-Za-z]))*?)\s+(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*\(\s*([+\-–−]?\d+(?:\.\d+)?)\s*\)|\s*,\s*([+\-–−]?\d+(?:\.\d+)?)|\s+([+\-–−]\d+(?:\.\d+)?|\d+\.\d+))?$/;
// A line of partners opened by its flow ("Exports: Spain 1,864 (+16.2); France 903 (+11.4)", "Imports - Germany 1,176"): the
// flow of the line's items.
const LINE_FLOW_LABEL = /^\s*([A-Za-z][A-Za-z ]{2,40}?)\s*(?::|\s[-–—])\s+(?=[A-Z])/;
const FLOW_LABEL: Array<[RegExp, Flow, number]> = [
  [/^(?:total(?:\s+(?:imports\s+and\s+exports|exports\s+and\s+imports|trade|value))?|(?:imports\s+and\s+exports|exports\s+and\s+imports))$/i, 'total', 1],
  [/^(?:total\s+)?exports$/i, 'export', 1],
  [/^(?:total\s+)?imports$/i, 'import', 1],
  [/^(?:trade\s+)?(?:surplus|balance)$/i, 'balance', 1],
  [/^(?:trade\s+)?deficit$/i, 'balance', -1],
];

// (a222: the unit may stand on a note line of its own under a dated title: "Trade with main partners, January-October 2025"
// over "Note: figures in 100 million yuan; change on the same period of 2024 in brackets", "Unit: US$ million", "(Values in
// EUR million)", "All figures are in billion won", "Figures in thousand tonnes". The two lines are read as one caption.)
const UNIT_NOTE_LINE = /^\(?\s*(?:(?:Note|Notes|NB)\s*:\s*)?(?:(?:all\s+)?(?:figures|values|amounts|numbers|data)\s+(?:are\s+)?(?:(?:given|shown|expressed|stated)\s+)?in|unit\s*:|in)\s+([^;,()]{2,40}?)\s*(?:[;,]\s*([^()]{1,80}?))?\s*\)?\.?$/i;
const TITLE_LINE = /^[A-Z][^()\d]{0,120}?(?:19|20)\d\d(?:[-–/]\d{2}(?!\d))?[^()\d]{0,40}?:?$/;

/** A dated title over a note line naming the unit, read as the one caption "title (unit[; what the rates are])". */
function notedCaption(title: string, note: string): RegExpExecArray | null {
  const m = TITLE_LINE.test(title) ? UNIT_NOTE_LINE.exec(note) : null;
  if (!m || unitIn(m[1]) === null) return null;
  const rest = m[2] !== undefined && RATES_PART.test(m[2]) ? `; ${m[2]}` : '';
  return UNIT_CAPTION.exec(`${title.replace(/:$/, '')} (${m[1]}${rest})`);
}

/** True for a note line naming the unit of the table under it ("Note: figures in 100 million yuan"). */
export function isUnitNote(text: string): boolean {
  const m = text.length <= 160 ? UNIT_NOTE_LINE.exec(text) : null;
  return m !== null && unitIn(m[1]) !== null;
}

/** True for a line that is a unit caption ("Major Australian exports, 2024-25 (A$m)"): the lines under it may be its items. */
export function isUnitCaption(text: string): boolean {
  const caption = UNIT_CAPTION.exec(text) ?? PLAIN_UNIT_CAPTION.exec(text);
  return caption !== null && unitIn(caption[2]) !== null;
}

/** The period of the last caption a fact sheet dated, for a later caption of the same sheet that names none (a201). */
export interface SheetPeriod {
  period?: Period;
}

/** The tables of one paragraph's lines: a unit caption and the item lines right under it. */
export function unitCaptionItems(lines: Line[], anchor: Anchor | null, sheet: SheetPeriod = {}): FlatTable[] {
  if (!anchor) return [];
  const tables: FlatTable[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    // (An angled caption may hold a bracket of its own: "<Exports by main commodity, ..., NZ$(million) and % change ...>".)
    const caption = (lines[k].text.includes('(') ? UNIT_CAPTION.exec(lines[k].text) : null) ?? (lines[k].text.includes(',') ? PLAIN_UNIT_CAPTION.exec(lines[k].text) ?? angledCaption(lines[k].text) : null);
    const noted = caption === null && k + 2 < lines.length ? notedCaption(lines[k].text, lines[k + 1].text) : null;
    const table = caption ? captionTable(caption, lines, k, anchor, sheet) : noted ? captionTable(noted, lines, k, anchor, sheet, k + 2) : null;
    if (table) tables.push(table);
  }
  return tables;
}

function captionTable(caption: RegExpExecArray, lines: Line[], k: number, anchor: Anchor, sheet: SheetPeriod, first = k + 1): FlatTable | null {
  const unit = unitIn(caption[2]);
  const own = captionPeriods(caption, anchor);
  // "Australia's imports from Vietnam; principal goods (A$m)" under a sheet whose earlier caption gave the fiscal year: a
  // caption of one flow that names no period of its own lists goods of that year (a201).
  const flows = flowsNamed(caption[1] ?? '');
  // (a215: "<Exports by major item, US$ billion, YoY %>" under prose on October's exports: a caption of one flow naming no
  // period, on no sheet that gave one, whose bracket says the bare numbers after the amounts are changes on the year, is of
  // the period the prose before it reports, as a header table's undated column is; a fact sheet's "(A$m)" alone stays unread.)
  const bareRates = caption[3] !== undefined && RATES_PART.test(caption[3].replace(RATES_BASE, ''));
  const periods = own.length === 0 && flows.size === 1 && (sheet.period || bareRates) ? [sheet.period ?? PROSE_PERIOD] : own;
  if (!unit || periods.length !== 1) return null;
  if (own.length === 1) sheet.period = own[0];
  const captionFlow: Flow = flows.size === 1 ? [...flows][0] : 'total';
  const rows: TableRow[] = [];
  let last = first - 1;
  for (let j = first; j < lines.length; j++) {
    const items = lineItems(lines[j], captionFlow, bareRates, flows.size === 1);
    if (!items) break;
    rows.push(...items.map((row) => ({ ...row, unit, figures: row.figures.map((f) => ({ ...f, period: periods[0] })) })));
    last = j;
  }
  if (last < first) return null;
  const end = lines[last].start + lines[last].text.length;
  // The caption is claimed too: its "100 million yuan" is the unit, no amount. A caption dated by a fiscal year's two years
  // leaves its words before the bracket to the prose ("Australia's trade and investment relationship with Vietnam"): whose
  // fiscal year it is, the release's country, is read from them.
  const captionStart = periods[0].fiscalFrom === undefined ? lines[k].start : lines[k].start + (caption[1] ?? '').length;
  return { start: captionStart, end, rows, lines: rows.length };
}

/** The caption's period: before the bracket, else in the bracket after the unit; a fiscal year of two years is left to the country. */
function captionPeriods(caption: RegExpExecArray, anchor: Anchor): Period[] {
  const before = caption[1] === undefined ? [] : namedPeriods(caption[1], anchor);
  if (before.length) return before;
  const inBracket = caption[3] === undefined ? [] : namedPeriods(caption[3], anchor);
  if (inBracket.length) return inBracket;
  const twoYears = (caption[1] === undefined ? null : TWO_YEARS.exec(caption[1])) ?? (caption[3] === undefined ? null : TWO_YEARS.exec(caption[3]));
  return twoYears && Number(twoYears[2]) === (Number(twoYears[1]) + 1) % 100 ? [{ start: '', end: '', fiscalFrom: Number(twoYears[1]) }] : [];
}
const TWO_YEARS = /\b((?:19|20)\d\d)\s?[-–/]\s?(\d\d)\s*$/;

/** The items of one line, or null when one of its pieces is no item. */
function lineItems(line: Line, captionFlow: Flow, bareRates: boolean, flowNamed: boolean): TableRow[] | null {
  const rows: TableRow[] = [];
  const label = LINE_FLOW_LABEL.exec(line.text);
  const labelFlow = label ? FLOW_LABEL.find(([pattern, , sign]) => sign > 0 && pattern.test(label[1]))?.[1] : undefined;
  const lineFlow = labelFlow !== undefined && labelFlow !== 'balance' ? labelFlow : captionFlow;
  let at = labelFlow !== undefined ? label![0].length : 0;
  // A line that is one item whole, its label, amount and change set in columns by runs of spaces ("ASEAN      62,813.4  (+9.1%)"),
  // is not split at them.
  const whole = line.text.slice(at);
  const aligned = !whole.includes(';') && itemOf(whole.trim().replace(/\s{2,}/g, ' '), bareRates) !== null;
  for (const piece of aligned ? [whole] : whole.split(/\s*;\s*|\s{2,}|\s+\|\s+/)) {
    const start = line.text.indexOf(piece, at);
    at = start + piece.length;
    const item = itemOf(piece.trim().replace(BULLET, '').replace(DOT_LEADER, ' ').replace(/\s{2,}/g, ' '), bareRates);
    const meaning = item ? labelMeaning(item.label, lineFlow, flowNamed && (lineFlow === 'export' || lineFlow === 'import')) : null;
    if (!item || !meaning || (labelFlow !== undefined && meaning.partner === 'World')) return null;
    const digits = item.amount.replace(/,/g, '');
    const rate = item.rate === undefined ? null : Number(item.rate.replace(/[–−]/, '-')) * (item.down ? -1 : 1);
    const signed = meaning.sign < 0 ? `-${digits}` : digits;
    rows.push({
      quoteStart: line.start + start, quoteEnd: line.start + at, flow: meaning.flow, partner: meaning.partner, area: '',
      unit: { unit: '', exponent: 0, bare: '', measure: 'value' },
      ...(meaning.commodity ? { commodity: meaning.commodity } : {}),
      figures: [{ period: { start: '', end: '' }, cell: { value: Number(signed), digits: signed, percent: false }, yoy: rate }],
    });
  }
  return rows.length ? rows : null;
}

/** One item's label, amount and change (ITEM; ITEM_BARE_RATE when the caption says bare numbers are changes). */
function itemOf(piece: string, bareRates: boolean): { label: string; amount: string; rate: string | undefined; down: boolean } | null {
  const m = ITEM.exec(piece);
  if (m) return { label: m[1], amount: m[2], rate: m[4] ?? m[5] ?? m[7], down: (m[3] ?? m[6])?.toLowerCase() === 'down' };
  const b = bareRates ? ITEM_BARE_RATE.exec(piece) : null;
  return b ? { label: b[1], amount: b[2], rate: b[3] ?? b[4] ?? b[5], down: false } : null;
}

/**
 * What a label says: a flow of the whole (of goods, of services or of both: "Goods exports", "Total trade (goods and
 * services)"), or a partner (whose trade the caption's flow is), or, under a caption of one way's top items ("Major Australian
 * exports, 2024-25 (A$m)"), the goods ("Coal", "Telecom equipment & parts").
 */
function labelMeaning(label: string, captionFlow: Flow, goodsItems: boolean): { flow: Flow; partner: string; sign: number; commodity?: string } | null {
  let words = label.trim();
  let commodity: string | undefined;
  const bracket = KIND_BRACKET.exec(words);
  const kind = bracket ? null : KIND_FLOW_LABEL.exec(words);
  const kindTotal = bracket || kind ? null : KIND_TOTAL_LABEL.exec(words);
  if (kindTotal) [words, commodity] = ['total trade', kindTotal[1].toLowerCase()];
  if (bracket) [words, commodity] = [bracket[1], bracket[2].toLowerCase()];
  else if (kind) [words, commodity] = [kind[2], kind[1].toLowerCase() === 'services' ? 'services' : 'all goods'];
  if (kind && kind[2].toLowerCase() === 'trade') words = 'total';
  for (const [pattern, flow, sign] of FLOW_LABEL) if (pattern.test(words) || (commodity && /^total\s+trade$/i.test(words) && flow === 'total' && sign > 0)) return { flow, partner: 'World', sign, commodity };
  if (commodity) return null;
  const place = findPlaces(words, '').find((p) => p.start === 0 && p.end === words.length);
  if (place && (place.kind === 'country' || place.kind === 'group')) return { flow: captionFlow, partner: place.name, sign: 1 };
  return goodsItems && !place && GOODS_LABEL.test(words) ? { flow: captionFlow, partner: 'World', sign: 1, commodity: words.toLowerCase().replace(/\s*&\s*/g, ' and ') } : null;
}
// A name of goods: words only, none of them a flow or a word of a whole ("Coal", "Telecom equipment & parts").
const GOODS_LABEL = /^(?!.*\b(?:total|exports?|imports?|trade|balance|surplus|deficit|others?|rest)\b)[A-Za-z][A-Za-z ,&'-]{1,50}$/i;
