/**
 * One quantity in two currencies. Releases give a level in dollars with its change and then the same
 * level in the local money ("Measured in pesos, the month's exports came to 1.9 trillion"): the real-release
 * conventions label the two as two figures with the same period and the same yoy_pct. The second level
 * keeps a change or a base of its own when its sentence states one ("in pesos, exports rose 3 percent",
 * "against 1.7 trillion pesos a year earlier"); a percentage of its sentence that no row of the sentence
 * reads (a change on the previous month that was set aside) leaves it alone too.
 */
import type { ObservationDraft } from '../../contract.js';
import { currencyAfter, currencyBefore } from './units.js';

/** Units of money are ISO 4217 codes; every other unit (TEU, tonnes, trains, percent-share) is a quantity of its own. */
/** An ISO currency code (the unit of a money figure). */
export const isCurrency = (unit: string): boolean => /^[A-Z]{3}$/.test(unit) && unit !== 'TEU';

const quantityOf = (r: ObservationDraft) => `${r.area}|${r.partner}|${r.flow}|${r.commodity.toLowerCase()}|${r.breakdown}`;
const seriesOf = (r: ObservationDraft) => `${quantityOf(r)}|${r.period_start}|${r.period_end}`;

// A percentage written in a sentence: "4.8%", "4.8 per cent", "4.8 percent", "4.8 pct".
const PERCENTAGE = /(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b|pct\b|pc\b)/gi;

/** True when every percentage of the row's sentence is a growth or a share some row of that sentence reads. */
function percentagesAllRead(level: ObservationDraft, rows: ObservationDraft[]): boolean {
  const read = new Set<number>();
  for (const r of rows) {
    if (r.quote_start !== level.quote_start) continue;
    if (r.yoy_pct !== null) read.add(Math.abs(r.yoy_pct));
    if (r.measure === 'share' && r.value !== null) read.add(r.value);
  }
  for (const m of level.source_quote.matchAll(PERCENTAGE)) if (!read.has(Number(m[1]))) return false;
  return true;
}

// "imports were 406.9 billion dollars, about the same as a year earlier", "US$52.1 billion, flat on the year", "1.2 trillion
// won, unchanged from a year ago": a level its own sentence says held level with a year before states its change in words (no
// figure to read), and takes no change from its amount in another currency. The words follow the amount and its money.
const UNCHANGED_AFTER = /^\s*(?:[A-Za-z.$]+\s*){0,3}?,?\s*(?:(?:about|roughly|almost|nearly|virtually|much|largely|broadly)\s+)?(?:the\s+same\s+as|unchanged\s+(?:from|on)|flat\s+(?:on|from|against|with)|level\s+with|little\s+changed\s+(?:from|on))\s+(?:(?:a|the)\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+(?:previous|prior)\s+year|the\s+same\s+(?:period|month|quarter)|the\s+year\b|a\s+year-earlier)/i;
const SCALES: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** True when the level's sentence writes its amount ("406.9 billion") and then says it held level with a year before. */
function saidUnchanged(level: ObservationDraft): boolean {
  const quote = level.source_quote;
  if (level.value === null || !/\b(?:same|unchanged|flat|level|little)\b/i.test(quote)) return false;
  for (const [scale, word] of SCALES) {
    const written = `${Number((Math.abs(level.value) / scale).toFixed(3))} ${word}`;
    const at = quote.indexOf(written);
    if (at >= 0 && UNCHANGED_AFTER.test(quote.slice(at + written.length, at + written.length + 90))) return true;
  }
  return false;
}

/** True when the level's own sentence gives it a base of its own: a level of the same quantity and money for another period. */
function hasOwnBase(level: ObservationDraft, rows: ObservationDraft[]): boolean {
  return rows.some((r) => r !== level && r.quote_start === level.quote_start && r.unit === level.unit && r.value !== null && quantityOf(r) === quantityOf(level) && (r.period_start !== level.period_start || r.period_end !== level.period_end));
}

/** A level in another currency with no change, after `after` and up to `level` in its paragraph: the amount `level` restates. */
function restatedBetween(level: ObservationDraft, series: ObservationDraft[], text: string, after: number): boolean {
  const at = level.quote_start ?? 0;
  return series.some((r) => r.unit !== level.unit && r.yoy_pct === null && (r.quote_start ?? 0) > after && (r.quote_start ?? 0) <= at && !text.slice(r.quote_end ?? at, at).includes('\n'));
}

/**
 * True when the row's sentence gives another amount of its series in its money ("Gold fetched US$684.0 million,
 * while coffee earned US$612.4 million, up 21.3 percent", goods the reader did not name): one quantity has
 * one amount, so these are parts of it, and a part's change is not the change a restated whole takes.
 */
function amongParts(row: ObservationDraft, series: ObservationDraft[]): boolean {
  const others = series.filter((r) => r !== row && r.quote_start === row.quote_start && r.unit === row.unit && r.value !== row.value);
  if (!others.length) return givenAsPart(row);
  // "Imports of goods reached US$ 4,512.6 million (+3.1%), of which food products US$ 1,402.8 million and ...": amounts a
  // sentence lists after "of which" are the parts of the larger one before them, which stays the whole.
  return !(row.source_quote.includes('of which') && others.every((r) => r.yoy_pct === null && Math.abs(r.value ?? 0) < Math.abs(row.value ?? 0)));
}

// "Shipments of the assembly industry ... make up the bulk of them: US$ 861.9 million, or 82.3% of total exports, a rise of
// 7.4%": a level its sentence sizes as a share of total exports (or imports) is a part of them, whose change is its own.
const PART_OF_TOTAL = /\b(?:or|making\s+up|accounting\s+for|representing)\s+\d[\d.]*\s*(?:%|per\s?cent\b|percent\b)\s+of\s+(?:the\s+)?(?:total|overall|all)\s+(?:[\w-]+\s+)?(?:exports|imports)\b/i;
const givenAsPart = (row: ObservationDraft): boolean => row.source_quote.includes(' of t') && PART_OF_TOTAL.test(row.source_quote);

// "total exports of goods and services ... reached US$ 1,485.3 million", "Overall exports, including services, were ...":
// a total that counts services in, where the restatement's sentence names no services, is another quantity than the
// merchandise the restatement ("In rupee terms, October merchandise exports were worth ...") gives in local money.
// (a249) Not the last word of a body's capitalised name ("the Ministry of Development, Industry, Trade and Services", "Online
// Services"): a name scopes no figure. "Goods and Services" and "Merchandise and Services" still name what is counted.
const SERVICES = /\bservices\b|(?<!\b(?!Goods\b|Merchandise\b)[A-Z][\w-]*,?\s+(?:and\s+)?)\bServices\b/;
const otherScope = (stated: ObservationDraft, level: ObservationDraft): boolean =>
  stated.source_quote.includes('ervices') && SERVICES.test(stated.source_quote) && !SERVICES.test(level.source_quote);

// "In rupee terms, October merchandise exports were worth Rs. 342.8 billion" after "merchandise exports ... rose 6.8%" and
// a category's "Apparel and textiles ... earned US$ 452.1 million, an increase of 3.2%": a restatement that names its
// merchandise restates a level whose sentence names it too, when one does.
const MERCHANDISE = /\bmerchandise\b/i;
function sameSubject(level: ObservationDraft, stated: ObservationDraft[]): ObservationDraft[] {
  if (!MERCHANDISE.test(level.source_quote)) return stated;
  const named = stated.filter((r) => MERCHANDISE.test(r.source_quote));
  return named.length ? named : stated;
}

/**
 * The change of the same quantity (area, partner, flow, goods, breakdown, period) stated with a level in
 * another currency: the nearest sentence before the level (else after it) that states one change, when that
 * change is not of its own currency only. A level of the quantity in another currency with no change between
 * them, in the level's own paragraph ("Merchandise exports were USD 36.88 billion. In rupee terms, ... Rs
 * 3,09,792 crore"), is the amount the level restates: it then takes no change from further away.
 */
function changeBeside(level: ObservationDraft, series: ObservationDraft[], text: string): number | null {
  if (series.some((r) => r !== level && r.unit === level.unit && r.yoy_pct !== null)) return null;
  const scoped = series.filter((r) => r.unit !== level.unit && r.yoy_pct !== null && !amongParts(r, series) && !otherScope(r, level) && !otherSizeThan(r, level));
  const stated = sameSubject(level, scoped);
  if (!stated.length) return null;
  const at = level.quote_start ?? 0;
  const before = stated.filter((r) => (r.quote_start ?? 0) < at);
  // "Merchandise exports were USD 33.88 billion. ... In rupee terms, exports were Rs 2.79 lakh crore": a restatement after a
  // level of its quantity that states no change restates that level; a change stated only after it is another's.
  if (!before.length && series.some((r) => r.unit !== level.unit && r.yoy_pct === null && (r.quote_start ?? 0) < at)) return null;
  const side = before.length ? before : stated;
  const nearest = before.length ? Math.max(...side.map((r) => r.quote_start ?? 0)) : Math.min(...side.map((r) => r.quote_start ?? 0));
  if (restatedBetween(level, series, text, before.length ? nearest : -1)) return null;
  const beside = side.filter((r) => r.quote_start === nearest);
  const changes = new Set(beside.map((r) => r.yoy_pct));
  return changes.size === 1 && !beside.some((r) => CURRENCY_LIMITED.has(r) || measuredInOwnMoney(r)) ? [...changes][0] : null;
}

// Yuan to one unit of a currency, over the years the releases cover, widely bounded: "Goods worth 3.36 billion U.S. dollars were
// carried on the line ... Chongqing's foreign trade came to 406.4 billion yuan, down 11.8 percent": two amounts no rate turns
// into each other are two quantities, and the change of one is not the other's (a220).
const YUAN_PER_UNIT: Readonly<Record<string, readonly [number, number]>> = { CNY: [1, 1], USD: [5.5, 8.8], EUR: [6, 11], HKD: [0.7, 1.15] };

/** True when `a` and `b` are amounts in two currencies whose sizes no plausible rate relates (both currencies known). */
function otherSizeThan(a: ObservationDraft, b: ObservationDraft): boolean {
  const ra = YUAN_PER_UNIT[a.unit];
  const rb = YUAN_PER_UNIT[b.unit];
  if (!ra || !rb || a.value === null || b.value === null || a.value === 0 || b.value === 0) return false;
  const low = (Math.abs(a.value) * ra[0]) / (Math.abs(b.value) * rb[1]);
  const high = (Math.abs(a.value) * ra[1]) / (Math.abs(b.value) * rb[0]);
  return high < 0.9 || low > 1.1;
}

// (a246) "... with the value of purchases reaching $6.99 billion. In yuan terms, the import value was about 49.7 billion yuan, 3.9
// percent higher than in 2023.", "Valued in euros, sales rose 4% to 2.1 billion euros": a level whose own sentence says its
// figures are measured in its own money states a change of that money only, which the level in the other money does not take.
const measuredInOwnMoney = (r: ObservationDraft): boolean => currencyOfChanges(r.source_quote) === r.unit;

/** Levels whose change their release says is of their currency only ("the euro-based value of exports rose 4.6%"). */
const CURRENCY_LIMITED = new WeakSet<ObservationDraft>();

// The money a change is measured in: "the euro-based value", "in baht terms", "calculated in euro",
// "dollar-denominated exports". The group holds the money's word, read as a currency after an amount is; the money may be
// its sign with a country's letters ("in NT$ terms", "in HK$ terms", "US$-based", "measured in MOP$", a177).
// (a221: a money named in three words, "in New Taiwan dollar terms", "in Hong Kong dollar terms".)
const CURRENCY_BASIS = /\b(?:in\s+((?:[A-Za-z.]+\s+){0,2}[A-Za-z.]+\$?)\s+terms|((?:[A-Za-z.]+\s+)?[A-Za-z.]+\$?)-(?:based|denominated)|(?:calculated|measured|expressed|denominated)\s+in\s+((?:[A-Za-z.]+\s+)?[A-Za-z.]+\$?)(?![\w$]))/gi;

/** The money a sign written alone stands for ("NT$", "HK$", "US$"), as it would before an amount; null for other words. */
const signBefore = (word: string) => (word.endsWith('$') ? currencyBefore(word, word.length) : null);

// "in real terms", "measured in real terms", "in real dollar terms": "real" as a word of the measure (at constant prices,
// against inflation) is no money; the Brazilian real is named alone ("real-denominated", "calculated in real") or as
// "Brazilian real".
const realAsMeasure = (words: string[], i: number, inTerms: boolean) => /^real$/i.test(words[i]) && (inTerms || i < words.length - 1) && !/^brazilian$/i.test(words[i - 1] ?? '');

/** The one currency the changes of a sentence are said to be measured in ("EUR"), or null when it names none or several. */
export function currencyOfChanges(sentence: string): string | null {
  const found = new Set<string>();
  for (const m of sentence.matchAll(CURRENCY_BASIS)) {
    const named = (m[1] ?? m[2] ?? m[3]).split(/\s+/);
    const words = named.filter((_, i) => !realAsMeasure(named, i, m[1] !== undefined));
    if (!words.length) continue;
    // "in US dollar terms": the money's name may follow a word that is not money ("in nominal euro terms").
    const money = currencyAfter(` ${words.join(' ')}`, 0) ?? currencyAfter(` ${words.at(-1)}`, 0) ?? signBefore(words.at(-1)!);
    if (money) found.add(money.unit);
  }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * "the euro-based value of exports rose by 4.6%" after a level in euro and forint: a change its sentence says
 * is measured in one currency is the change of the level in that currency only, which no level in another
 * currency then shares (second-currency.ts). A change naming no currency, or one no level is in, is all of theirs.
 */
export function levelsInMoneyOf(sentence: string, levels: ObservationDraft[]): ObservationDraft[] {
  const money = currencyOfChanges(sentence);
  const inMoney = money ? levels.filter((l) => l.unit === money) : [];
  if (!inMoney.length) return levels;
  for (const l of inMoney) CURRENCY_LIMITED.add(l);
  return inMoney;
}

/** A currency level without a change takes the change its quantity states in another currency (see the head of this file). */
export function shareGrowthAcrossCurrencies(rows: ObservationDraft[], text: string): ObservationDraft[] {
  const isLevel = (r: ObservationDraft) => r.value !== null && r.measure === 'value' && r.period_start !== '' && isCurrency(r.unit);
  if (!rows.some((r) => isLevel(r) && r.yoy_pct !== null)) return rows;
  const bySeries = new Map<string, ObservationDraft[]>();
  for (const r of rows) {
    if (!isLevel(r)) continue;
    const list = bySeries.get(seriesOf(r));
    if (list) list.push(r);
    else bySeries.set(seriesOf(r), [r]);
  }
  for (const level of rows) {
    if (!isLevel(level) || level.yoy_pct !== null) continue;
    const series = bySeries.get(seriesOf(level));
    const change = series ? changeBeside(level, series, text) : null;
    if (change === null || hasOwnBase(level, rows) || !percentagesAllRead(level, rows) || saidUnchanged(level)) continue;
    level.yoy_pct = change;
  }
  return rows;
}

// "0.82 million tons (about 3.77 million bales), a drop of 58.1 percent", "0.41 million tons of raw cotton (about 1.89
// million bales)", "rose 6.8% to 6.12 million mt (about 8.4
// Bcm)": a physical amount restated right after it in brackets in another unit. As with two currencies, the two are
// one quantity and share its change and period.
const BRACKETED_CONVERSION = /\d[\d.,]*\s*(?:(?:million|billion|thousand|mn|bn|mln)\s*)?[A-Za-z³]+(?:\s+of(?:\s+[a-z][\w-]*){1,3})?\s*\(\s*(?:(?:about|around|roughly|some|approximately|nearly|or|equivalent\s+to)\s+)?\d[\d.,]*\s*(?:(?:million|billion|thousand|mn|bn|mln)\s*)?[A-Za-z³]+\s*\)/;

/** A quantity restated in brackets in another unit in its own sentence takes the change the other amount states. */
export function shareGrowthAcrossUnits(rows: ObservationDraft[]): ObservationDraft[] {
  const isLevel = (r: ObservationDraft) => r.value !== null && r.measure === 'quantity' && r.period_start !== '';
  const bySentenceSeries = new Map<string, ObservationDraft[]>();
  for (const r of rows) {
    if (!isLevel(r) || !BRACKETED_CONVERSION.test(r.source_quote)) continue;
    const key = `${r.quote_start}|${seriesOf(r)}`;
    bySentenceSeries.set(key, [...(bySentenceSeries.get(key) ?? []), r]);
  }
  for (const pair of bySentenceSeries.values()) {
    if (pair.length !== 2 || pair[0].unit === pair[1].unit) continue;
    const [stated, bare] = pair[0].yoy_pct !== null ? [pair[0], pair[1]] : [pair[1], pair[0]];
    if (stated.yoy_pct !== null && bare.yoy_pct === null) bare.yoy_pct = stated.yoy_pct;
  }
  return rows;
}
