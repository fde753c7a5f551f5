/**
 * The choice of a figure's goods (what it is "of", the goods named before it, its own noun, or the goods
 * before) and of its breakdown (trade mode or regime).
 */
import { isChangeVerb } from './change-verbs.js';
import { countryOf, isPlaceWord } from './geography.js';
import type { Figure } from './quantities.js';
import { breakdownInSpan, commodityBefore } from './subjects.js';
import { asciiLowerCase, firstNonSpace, isSpace, isUpperAscii, isWordChars, spaceWords } from './chars.js';
import { keywords, mentions } from './keywords.js';
import type { Reading } from './readings.js';
import { blankSpans, causeAsides, clauseOf } from './clauses.js';
import type { ReleaseMemory, RowFrame } from './sentence-scene.js';
import type { ObservationDraft } from '../../contract.js';
import { MONTH_NAMES } from './periods.js';

// Words that cannot be part of a commodity name: verbs of the clause ("contribut..." in any form),
// months, place nouns. Looked up per lower-cased word (the whole word, any case, as a /^...$/i test would).
const COMMODITY_VERBS = new Set(['saw', 'sees', 'posts', 'rises', 'hit', 'handled', 'accounted', 'made', 'came', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'shipped', 'remained']);
const COMMODITY_VERB_STEM = 'contribut';
// "Xinjiang Uygur Autonomous Region", "Guangxi Zhuang Autonomous Region": the words of a region's official name are no goods.
const COMMODITY_NOISE = new Set([...MONTH_NAMES.toLowerCase().split('|'), 'port', 'ports', 'province', 'region', 'city', 'country', 'county', 'prefecture', 'municipality', 'zone', 'most', 'autonomous', 'uygur', 'uyghur', 'zhuang', 'hui']);
// "of south China's Guangdong Province", "northwest China's": a compass word before a place locates it and names no goods.
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'northern', 'southern', 'eastern', 'western', 'central']);

function isCommodityVerb(lower: string | null): boolean {
  return lower !== null && (COMMODITY_VERBS.has(lower) || isChangeVerb(lower) || (lower.startsWith(COMMODITY_VERB_STEM) && isWordChars(lower, COMMODITY_VERB_STEM.length)));
}

/** Cleans a commodity phrase: cuts it at a verb or at "of <Place>", drops months and place nouns; "" if nothing is left. */
export function tidyCommodity(phrase: string): string {
  if (phrase === '') return '';
  const words = spaceWords(phrase).filter(Boolean);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = asciiLowerCase(w);
    if (isCommodityVerb(lower)) {
      if (kept.length) break;
      continue;
    }
    // "agricultural products of Shandong Province": the place owns the goods, it does not name them.
    if (lower === 'of' && kept.length && isUpperAscii((words[i + 1] ?? '').charCodeAt(0))) break;
    if ((lower !== null && (COMMODITY_NOISE.has(lower) || (COMPASS.has(lower) && isPlaceWord(words[i + 1] ?? '')))) || isPlaceWord(w)) continue;
    kept.push(w);
  }
  return kept.join(' ');
}

// "With a total trade value of 3.35 billion yuan, the cross-border e-commerce sector accounted for ...".
/** True for a sentence that opens with the word "With" (`/^\s*With\s/`), tested without a scan. */
function startsWithWith(s: string): boolean {
  let i = 0;
  while (isSpace(s.charCodeAt(i))) i++;
  return s.startsWith('With', i) && isSpace(s.charCodeAt(i + 4));
}
const WITH_OPENING = /^\s*With\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?:of|at|worth|reaching)\s+/i;

/**
 * A sentence opening "With <amount>, <subject> ..." names the amount's subject after it: the trade
 * mode or regime of the clause that follows is the amount's breakdown.
 */
export function openingWithBreakdown(s: string, bounds: number[], f: Figure): string {
  if (!startsWithWith(s)) return '';
  const [lo, hi] = clauseOf(bounds, f.start);
  if (lo !== 0 || !WITH_OPENING.test(s.slice(0, f.start))) return '';
  return breakdownInSpan(s, hi, clauseOf(bounds, hi)[1]);
}

// "- Coffee: US$1,147.9 million (+21.6%)": a bullet whose label, before a colon, heads its amount.
const BULLET_LABEL = /^\s*[-•*–·]\s*([A-Za-z][\w ,'&/-]{0,50}?)\s*:\s*(?:(?:US|[A-Z]{1,2})?\$\s?|[A-Z]{3}\s?|[€£¥])?$/;
const BULLET_MARKS = '-•*–·';
// Labels that name no goods: totals, flows, balances, periods, firms and groups of places.
const NOT_GOODS_LABEL = /\b(?:total|all|overall|exports?|imports?|re-?exports?|trade|turnover|balance|deficit|surplus|value|volume|others?|january|february|march|april|may|june|july|august|september|october|november|december|year|month|quarter|half|firms?|enterprises?|companies|countries|partners?|regions?|areas?|markets?|destinations?|sources?)\b/i;

/** The label of a bulleted line ("- Coffee: US$1,147.9 million") when it names goods, not a place, a flow or a period. */
function bulletLabel(frame: RowFrame, f: Figure): string {
  // The bullet is the first mark of the line: a line opening otherwise (nearly all) is not scanned.
  const first = firstNonSpace(frame.s, 0);
  if (first >= f.start || !BULLET_MARKS.includes(frame.s[first])) return '';
  const m = BULLET_LABEL.exec(frame.s.slice(0, f.start));
  if (!m || NOT_GOODS_LABEL.test(m[1]) || frame.places.some((p) => p.start < f.start)) return '';
  const label = tidyCommodity(m[1]);
  return /^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

// "Coal remained the main export, bringing in 683 million dollars": goods ranked first among a flow's goods open the sentence;
// so do goods that "remained the bulk of sales abroad" (or "of exports", "of imports").
// So do goods that "remained the leading foreign exchange earner" (or "the top export earner").
const RANKED_GOODS_OPENING = /^\s*([A-Z][a-z][\w -]{0,40}?)\s+(?:remained|was|is|were|are|became|stayed)\s+(?:again\s+)?the\s+(?:(?:main|largest|leading|top|biggest|principal)\s+(?:export|import)(?:\s+(?:product|commodity|item))?|(?:main|largest|leading|top|biggest|principal)\s+(?:foreign[- ]exchange|export)\s+earner|bulk\s+of\s+(?:the\s+country's\s+)?(?:exports|imports|sales\s+abroad|export\s+(?:sales|earnings)))\b/;
const NEXT_RANKED = /,\s*followed\s+by\b/i;
const RANKED_WORDS = keywords(['main', 'largest', 'leading', 'top', 'biggest', 'principal', 'bulk'], RANKED_GOODS_OPENING);

/** The goods a sentence opens with as the first of its flow ("Coal remained the main export, ..."), not a place. */
function rankedGoodsSubject(frame: RowFrame, f: Figure): string {
  const m = mentions(frame.s, RANKED_WORDS, 0, f.start) ? RANKED_GOODS_OPENING.exec(frame.s.slice(0, f.start)) : null;
  if (!m || frame.places.some((p) => p.start < m[1].length + 2)) return '';
  // ("..., followed by horticultural produce, whose earnings rose 13.8 per cent to ...": the next-ranked goods' figures are not the first's.)
  if (NEXT_RANKED.test(frame.s.slice(m[0].length, f.start))) return '';
  const goods = tidyCommodity(m[1]);
  return goods ? goods[0].toLowerCase() + goods.slice(1) : '';
}

// "Wireless communication devices saw their exports grow 12.3 percent": goods opening the sentence (or a clause after
// "while", "whereas", "but") own the flow after "saw their" / "had their" / "posted their"; a place in that spot is no goods.
const GOODS_OWNING_FLOW = /(?:^|[,;]\s*(?:while|whereas|but|and)\s+)([A-Za-z][a-z][\w -]{0,40}?)\s+(?:saw|had|posted|recorded|registered)\s+(?:their|its)\s+(?:exports|imports|shipments|overseas\s+sales|sales\s+abroad)\b[^,;]*$/;
const OWNERS_NOT_GOODS = /\b(?:enterprises|firms|companies|businesses|exporters|importers|producers|makers|manufacturers|sectors?|industr(?:y|ies)|provinces?|cit(?:y|ies)|regions?|countries|nations?|ports?|markets?)$/i;
const GOODS_OWNING_WORDS = keywords(['saw', 'had', 'posted', 'recorded', 'registered'], GOODS_OWNING_FLOW);

/** The goods that own the flow a figure's clause names ("Wireless communication devices saw their exports grow ..."), not a place. */
function goodsOwningFlow(frame: RowFrame, f: Figure): string {
  const m = mentions(frame.s, GOODS_OWNING_WORDS, 0, f.start) ? GOODS_OWNING_FLOW.exec(frame.s.slice(0, f.start)) : null;
  // (Firms, sectors and places that saw their exports move are no goods: "Private enterprises saw their exports rise".)
  if (!m || /^(?:the|it|they|this|that|these|those|exports?|imports?|trade|shipments)\b/i.test(m[1]) || OWNERS_NOT_GOODS.test(m[1])) return '';
  const at = m.index + m[0].indexOf(m[1]);
  if (frame.places.some((p) => p.start < at + m[1].length && p.end > at)) return '';
  const goods = tidyCommodity(m[1]);
  return goods ? goods[0].toLowerCase() + goods.slice(1) : '';
}

// "Within non-electronics, pharmaceuticals dropped 22.6 per cent", "Coal fell 4 percent, while mobile phones rose 9 percent": a
// plural noun (up to two words before it) opening a clause as the subject of a verb of change right before the percentage names
// the goods that changed (no flow word needed, as the release's flow goes on); a flow, a measure, a pronoun or a place does not.
const GOODS_CHANGE_OPENING = /^[\s,;]*(?:(?:while|whereas|but|and)\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*s)\s+(?:also\s+)?(?:rose|fell|grew|increased|decreased|dropped|declined|jumped|climbed|surged|soared|slipped|slid|plunged|plummeted|tumbled|rebounded|eased|dipped|expanded|shrank|contracted|gained|slumped|advanced|were\s+(?:up|down))\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly)\s+)?[+-]?$/i;
const NOT_GOODS_SUBJECT = /^(?:the|its|their|these|those|other|others|total|overall|such|all|both|exports|imports|re-exports|shipments|sales|prices|volumes|values|earnings|receipts|revenues|orders|figures|numbers|totals|deliveries|arrivals|purchases|inflows|outflows|goods|products|items|commodities|tonnes|tons|containers|vehicles|trucks|trains|trips|passengers|visitors|people|rates|costs|profits|stocks|inventories|investments|transactions|markets|destinations|partners|economies|shares|levels|terms|months|years|days|weeks|quarters)$/i;

/** The goods a clause opens with as the subject of a change in percent ("pharmaceuticals dropped 22.6 per cent"), or "". */
function goodsSubjectOfChange(frame: RowFrame, f: Figure, from: number): string {
  if (f.kind !== 'percent') return '';
  const m = GOODS_CHANGE_OPENING.exec(frame.s.slice(from, f.start));
  if (!m) return '';
  const words = m[1].split(/\s+/);
  if (words.some((w) => NOT_GOODS_SUBJECT.test(w) || isPlaceWord(w)) || OWNERS_NOT_GOODS.test(m[1])) return '';
  const at = from + m.index + m[0].indexOf(m[1]);
  if (frame.places.some((p) => p.start < at + m[1].length && p.end > at)) return '';
  return m[1][0].toLowerCase() + m[1].slice(1);
}

// "71.3 million tons of coal worth USD 6.85 billion": the money after "worth" is the value of the goods the quantity before it counts;
// so after the quantity's own change ("1.53 million tonnes of phosphate fertilizers, 8.7 percent more than a year before, worth
// 5.12 billion yuan", "138.2 million tonnes of crude oil, 1.9% less than a year earlier, at a cost of 0.61 trillion yuan").
const PRICED_GAP = /^[^,;:.()\d]{0,60}?(?:,\s*(?:(?:up|down)\s+)?[+-]?\d[\d.]*\s*(?:%|percent|per\s+cent)[^,;:()]{0,40})?,?\s*\b(?:worth|valued\s+at|at\s+a\s+(?:total\s+)?cost\s+of)\s+$/i;

/** The goods of the quantity an amount "worth ..." prices, or "". */
function pricedGoods(frame: RowFrame, f: Figure): string {
  if (f.measure !== 'value') return '';
  const priced = frame.readings.findLast((q) => q.figure.end <= f.start && q.figure.measure === 'quantity');
  if (!priced?.figure.ofWhat || !PRICED_GAP.test(frame.s.slice(priced.figure.end, f.start))) return '';
  return tidyCommodity(priced.figure.ofWhat);
}

// "The main domestic exports were kava (VT 148 million), copra (VT 71 million) and beef (VT 44 million)", "Imports consist
// mainly of rice (28.6 billion)": goods in lower case right before a bracket that opens with the amount. The goods run back
// to a comma, colon or bracket, or to a verb or preposition leading into the list, and drop a leading "and".
const LIST_LEAD = String.raw`were|was|are|is|of|by|include|included|including|mainly|mostly|chiefly|notably`;
const BRACKET_GOODS_BEFORE = new RegExp(String.raw`(?:^|[,;:()]|\b(?:${LIST_LEAD}))\s*(?:and\s+)?((?!(?:${LIST_LEAD}|and)\b)[A-Za-z][a-z'-]*(?:\s+(?!(?:${LIST_LEAD})\b)[a-z][a-z'-]*){0,4})\s*\(\s*(?:[A-Z]{1,3}\$|[A-Z][A-Za-z]{0,2}\.?|[$€£¥])?\s*$`);
const BRACKET_AMOUNT_CLOSES = /^\s*(?:,\s*[+-]?\d[\d.,]*\s*%)?\s*\)/;

/** The goods named right before the bracket an amount opens, or "" (a capitalised first word only at the sentence's start). */
function bracketedGoods(frame: RowFrame, f: Figure): string {
  if (f.measure !== 'value' && f.measure !== 'quantity') return '';
  // The bracket closes right after the amount, or after its change behind a comma: one character tells most amounts apart.
  const next = firstNonSpace(frame.s, f.end);
  if (next >= f.end + 12 || (frame.s[next] !== ')' && frame.s[next] !== ',') || !BRACKET_AMOUNT_CLOSES.test(frame.s.slice(f.end, f.end + 12))) return '';
  const from = Math.max(0, f.start - 80);
  const m = BRACKET_GOODS_BEFORE.exec(frame.s.slice(from, f.start));
  if (!m || (isUpperAscii(m[1].charCodeAt(0)) && from + m.index > 0) || /\b(?:exports?|imports?|trade|total|deficit|surplus|balance)\b/i.test(m[1])) return '';
  const goods = from + m.index === 0 && /^[A-Z][a-z]/.test(m[1]) ? m[1][0].toLowerCase() + m[1].slice(1) : m[1];
  return goods.split(/\s+/).some(isPlaceWord) ? '' : tidyCommodity(goods);
}

// "..., mainly because of lower sales of iron and steel products, while imports progressed by 1.5%": a later clause whose
// subject is a flow alone is the whole of that flow, not the goods an earlier clause named. So is a place's flow or trade
// ("..., while Suzhou's imports and exports reached 2.06 trillion yuan"), whatever verb moves it ("..., driven by a surge in
// non-monetary gold exports, while imports slipped 1.1 per cent to ...").
const WHOLE_FLOW_CLAUSE = /^[\s,;]*(?:(?:while|whereas|but|and)\s+)?(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}['’]s\s+)?(?:(?:total|overall|foreign)\s+)?(?:imports\s+and\s+exports|exports\s+and\s+imports|imports|exports|trade)\s+(?:were|was|rose|fell|grew|increased|decreased|declined|dropped|progressed|regressed|climbed|edged|advanced|went|came|stood|reached|amounted|totall?ed|slipped|slid|dipped|eased|jumped|surged|soared|gained|expanded|shrank|contracted|plunged|tumbled|slumped|rebounded|retreated|sank)\b/i;

// ("handled 28.4 million tonnes of it", "31.5 million tonnes of them": a pronoun names no goods; the goods are the amount's it points at.)
/** The goods of a figure: what it is "of", the goods named before it in its clause or sentence, its own noun, or the goods before. */
export function commodityFor(frame: RowFrame, r: Reading): string {
  const { s, bounds, memory } = frame;
  const f = r.figure;
  const ofWhat = f.ofWhat === '' ? '' : tidyCommodity(f.ofWhat.split(/\s+/).filter((w, i) => !(i === 0 && (isPlaceWord(w) || /^(?:that|this|the|such|it|them)$/i.test(w)))).join(' '));
  if (ofWhat && !/^(?:goods|cargo|freight|imports?|exports?|import and export|containers)\b/i.test(ofWhat)) return ofWhat.replace(/\s*\(.*$/, '');
  // "4,377 foreign trade enterprises": firms counted are "enterprises" (their kind goes to the breakdown),
  // unless a nationality says whose they are ("1,500 Chinese companies").
  if (f.unit === 'enterprises') return countryOf(f.phrase.split(/\s+/)[0] ?? '') ? f.phrase : 'enterprises';
  const [lo] = clauseOf(bounds, f.start);
  // Goods named in an aside of cause (", hit by weaker timber shipments,") are not the figure's.
  const causes = causeAsides(s);
  const t = causes.length ? blankSpans(s, causes) : s;
  // In the first clause the whole sentence before the figure is the clause: one reading serves both.
  const named = bracketedGoods(frame, f) || tidyCommodity(commodityBefore(t, lo, f.start)) || (lo > 0 && !WHOLE_FLOW_CLAUSE.test(t.slice(lo, f.start)) ? tidyCommodity(commodityBefore(t, 0, f.start)) : '') || bulletLabel(frame, f) || rankedGoodsSubject(frame, f) || goodsOwningFlow(frame, f) || pricedGoods(frame, f) || goodsSubjectOfChange(frame, f, lo);
  const trade = servicesTrade(s, f);
  // ("Services exports held steady, while goods exports fell to ...": services named in an earlier clause are not the goods' figure.)
  if (named && /^(?:goods and )?services$/i.test(named)) return trade === 'goods' ? 'all goods' : trade || named;
  if (named) return named;
  if (trade && trade !== 'goods') return trade;
  // "481,000 units" read as vehicles: the word "units" names no goods.
  const phrase = isUnitsWord(f.phrase.trim()) ? '' : tidyCommodity(f.phrase);
  // "262.4 billion integrated circuits": goods counted one by one are their own noun ("120 sets" names none).
  // A physical unit ("tonnes", "60-kg bags", "pounds", "litres") names no goods either.
  if (phrase && f.measure !== 'quantity' && (f.unit !== 'units' || !/\b(?:units?|sets?|pieces?)$/i.test(phrase))) return phrase;
  if (f.measure === 'quantity' && memory.quantityCommodity) return memory.quantityCommodity;
  return 'all goods';
}

// Trade in services and in goods and services together, as balance-of-payments releases name it: the last of these frames
// before a figure in its sentence says what the figure is of. "Goods and services exports" (or "merchandise and services",
// "services and goods"), "the trade in goods and services
// deficit", "the total deficit, including services" are both together; "services exports", "exports of services", "trade in
// services", "net services receipts", "the services deficit" are services alone; a goods word after them ("goods exports",
// "exports of goods", "merchandise") takes the figure back to goods. "Rail services", "customs services" name no trade.
const SERVICES_FRAMES = [
  String.raw`(?<both>\b(?:goods|merchandise)\s*(?:and|&)\s*services\b|\bservices\s*(?:and|&)\s*(?:goods|merchandise)\b|\b(?:including|incl\.|plus)\s+services\b(?=\s*[,)]))`,
  String.raw`(?<services>(?<!\b(?:rail|train|freight|customs|clearance|ferry|bus|postal|express)\s)\bservices(?:\s+(?:trade|sector))?\s+(?:exports?|imports?|trade|deficit|surplus|balance|receipts|payments|earnings|revenues?|income|gap|shortfall|sales|exporters?|purchases|account|inflows?|outflows?|credits|debits)\b|(?:^|[-•*–·]\s*)services\s*:|\b(?:exports?|imports?|trade|receipts|payments|earnings|sales|deficit|surplus|balance|shipments)\s+(?:of|in|from|on)\s+services\b|\bnet\s+services\b|\bservices\s+(?:net\s+)?(?:exported|imported|sold\s+abroad)\b)`,
  String.raw`(?<goods>\b(?:goods|merchandise|commodities)\b)`,
];
const SERVICES_FRAME = new RegExp(SERVICES_FRAMES.join('|'), 'gi');
// "a £32.7 billion surplus on trade in services": the balance the amount stands before is of services (or of both).
const SERVICES_AFTER = /^\s*(?:net\s+)?(?:surplus|deficit|shortfall|gap|balance)\s+(?:on|in|from|of)\s+(?:the\s+)?(?:trade\s+in\s+)?(goods\s*(?:and|&)\s*)?services\b/i;

/** 'services' or 'goods and services' when the last trade frame before a figure in its sentence names them, 'goods' when a goods word follows them, else "". */
function servicesTrade(s: string, f: Figure): string {
  const after = SERVICES_AFTER.exec(s.slice(f.end, f.end + 80));
  if (after) return after[1] ? 'goods and services' : 'services';
  const before = s.slice(0, f.start);
  if (!/services/i.test(before)) return '';
  let last = '';
  SERVICES_FRAME.lastIndex = 0;
  for (let m = SERVICES_FRAME.exec(before); m; m = SERVICES_FRAME.exec(before)) last = m.groups?.both ? 'goods and services' : m.groups?.services ? 'services' : 'goods';
  return last;
}

// A release whose story is its trade in goods and services ("The goods and services deficit was ...", "Exports of goods and
// services rose ...") keeps that trade for later figures of its own flows that name no goods: "September exports were
// $276.1 billion", "In dollar terms the surplus was ...", "Over the first eight months the deficit reached ...". A goods word
// before the figure in its sentence ("goods exports", "merchandise imports", "the goods deficit"), or right after its amount
// ("a $84.6 billion goods deficit"), or goods of their own take the figure back; a partner's balance is of goods. The figure's
// sentence names its flow or balance, or points back at one ("the seasonally adjusted figure was ..."; "Coal earnings jumped to ...", "The energy bill came to ..." are of goods). A release that
// led with goods ("India's merchandise trade deficit narrowed ...; overall exports, including services, were ...") or with its
// turnover of goods ("Foreign trade turnover reached ...; exports of goods and services made up ...") has no such story.
const STORY_FLOW_NOUN = /\b(?:exports?|imports?|deficit|surplus|shortfall|gap|balance|receipts|payments|figure)\b/i;
const GOODS_WORD = /\b(?:goods|merchandise|commodit(?:y|ies))\b/i;
const GOODS_RIGHT_AFTER = /^\s*(?:[a-z-]+\s+)?(?:goods|merchandise)\b/i;
const STORY_FLOWS = new Set(['export', 'import', 'balance']);

/** The commodity of a row that names no goods in a release whose story is its trade in goods and services: that trade. */
export function storyTrade(frame: RowFrame, r: Reading, commodity: string, row: ObservationDraft): string {
  const story = frame.memory.servicesStory;
  if (story !== 'goods and services' || commodity !== 'all goods' || row.partner !== 'World' || !STORY_FLOWS.has(row.flow)) return commodity;
  if (row.measure !== 'value' && row.measure !== 'growth') return commodity;
  const f = r.figure;
  const before = frame.s.slice(0, f.start);
  if (!STORY_FLOW_NOUN.test(before) || GOODS_WORD.test(before) || GOODS_RIGHT_AFTER.test(frame.s.slice(f.end, f.end + 30))) return commodity;
  return story;
}

/** A row of the release's own trade in goods and services makes that trade the story (storyTrade). */
export function rememberServicesStory(memory: ReleaseMemory, rows: ObservationDraft[], s: string): void {
  const lead = memory.servicesStory === undefined;
  for (const row of rows) {
    if (row.partner !== 'World' || row.value === null || memory.servicesStory === 'goods') continue;
    if (row.commodity === 'goods and services') memory.servicesStory = 'goods and services';
    else if (row.commodity === 'all goods' && row.measure === 'value' && (row.flow === 'total' || (lead && GOODS_WORD.test(s)))) memory.servicesStory = 'goods';
    else memory.servicesStory ??= 'open';
  }
}

/** `/^units?$/i` without the expression: "unit" or "units" in any case of ASCII letters. */
function isUnitsWord(w: string): boolean {
  const lower = w.length === 4 || w.length === 5 ? asciiLowerCase(w) : null;
  return lower === 'unit' || lower === 'units';
}

/** The trade mode or regime of a figure; a relative clause describing the subject ("which relies on imported parts assembled for re-export") names none. */
export function breakdownOf(frame: RowFrame, owner: Reading, at: number): string {
  const { s, bounds, asides } = frame;
  const [lo] = clauseOf(bounds, at);
  const outside = asides.length > 0 && !asides.some(([a, b]) => at >= a && at < b);
  const breakdownText = outside ? frame.withoutAsides : s;
  return breakdownInSpan(breakdownText, outside ? startPastAsides(asides, lo - 80, at) : Math.max(0, lo - 80), owner.figure.end) || openingWithBreakdown(s, bounds, owner.figure);
}

/**
 * "Private companies, which make up the great majority of the city's 41,000 or so traders, saw imports and exports jump ...":
 * the words a breakdown is looked for in reach back as far past an aside as the aside is long, the aside itself being blank.
 */
function startPastAsides(asides: Array<readonly [number, number]>, from: number, at: number): number {
  let start = Math.max(0, from);
  for (const [a, b] of asides) if (b > start && a < at) start = Math.max(0, start - (Math.min(b, at) - Math.max(a, start)));
  return start;
}

// "Total exports", "overall imports", "the trade surplus", bare "exports": words of the whole of a flow, which name no goods of
// the story ("the import bill", "export earnings" qualify the story's flow).
// ("In local currency the shipments earned about VND96.4tn": "the shipments" point back to the goods just told of.)
const WHOLE_TRADE = /\b(?:total|overall|all|merchandise|goods|trade|surplus|deficit|balance|exports|imports|(?<!\b(?:the|these|those|such)\s)shipments)\b/i;
const PHYSICAL_UNITS = new Set(['tonnes', 'kilograms', 'cubic meters', 'barrels', 'watts']);

/**
 * The goods of a share or value that names none. "Chile supplied 951.2 kt, accounting for 33.1% of the total": a
 * share goes on with the goods of the row before it in its sentence, or, in a story on goods, of the sentence before
 * in its paragraph ("Brazil's share of the ten-month total climbed to 73%"). "The import bill came to $3.46 billion"
 * in a story on goods goes on the same way when its sentence names no flow of its own ("exports stood at $650.3
 * billion" is the whole of exports).
 */
export function storyGoods(frame: RowFrame, row: ObservationDraft, before: ObservationDraft[]): string {
  const { memory, sentence } = frame;
  if (row.commodity !== 'all goods' || (row.measure !== 'share' && row.measure !== 'value')) return row.commodity;
  const inSentence = before.length ? before[before.length - 1].commodity : '';
  if (row.measure === 'share' && inSentence) return inSentence;
  if (!memory.goodsStory || memory.lastGoodsParagraph !== sentence.paragraph || !memory.lastGoods) return row.commodity;
  if (row.measure === 'value' && WHOLE_TRADE.test(sentence.norm)) return row.commodity;
  return inSentence || memory.lastGoods;
}

/** What the next sentences may go on with: whether the release is a story on goods (its first row a physical quantity of named goods), and the last row's goods. */
export function rememberGoods(memory: ReleaseMemory, rows: ObservationDraft[], paragraph: number): void {
  if (!rows.length) return;
  memory.goodsStory ??= rows[0].commodity !== 'all goods' && PHYSICAL_UNITS.has(rows[0].unit);
  memory.lastGoods = rows[rows.length - 1].commodity;
  memory.lastGoodsParagraph = paragraph;
}

// Goods counted one by one, named in the singular where they qualify a flow ("soybean imports", "car exports"):
// their name as goods is the plural. Mass goods (ore, oil, steel, fruit, pork) have none.
const PLURAL_GOODS = new Map(
  ['soybean', 'automobile', 'auto', 'semiconductor', 'car', 'vehicle', 'log', 'durian', 'cell', 'magnet', 'chip', 'compound', 'product', 'phone', 'laptop', 'wafer', 'vegetable', 'tyre', 'tire', 'textile', 'shoe', 'hybrid', 'circuit', 'component', 'motorcycle', 'diamond', 'module', 'truck', 'computer', 'excavator', 'tractor', 'panel', 'toy']
    .map((w) => [w, `${w}s`] as [string, string])
    .concat([['watch', 'watches'], ['bus', 'buses'], ['battery', 'batteries']]),
);
const LAST_WORD = /^(.*?\s|)([A-Za-z]+)$/;

/**
 * The name of the goods a phrase names: a count noun in the singular takes the plural ("soybean" -> "soybeans",
 * "rare earth" -> "rare earths"), and bare "crude" is crude oil. A list ("iron ore, coal and fertilizer") stays as written.
 */
export function goodsName(phrase: string): string {
  // A few phrases come again and again ("all goods", ""): each is named once.
  let named = GOODS_NAMES.get(phrase);
  if (named === undefined) {
    if (GOODS_NAMES.size >= 1024) GOODS_NAMES.clear();
    GOODS_NAMES.set(phrase, (named = nameOfGoods(phrase)));
  }
  return named;
}
const GOODS_NAMES = new Map<string, string>();

function nameOfGoods(phrase: string): string {
  if (/^crude$/i.test(phrase)) return 'crude oil';
  if (/,|\band\b|\bor\b/.test(phrase)) return phrase;
  const m = LAST_WORD.exec(phrase);
  if (!m) return phrase;
  const lower = m[2].toLowerCase();
  const plural = PLURAL_GOODS.get(lower) ?? (lower === 'earth' && /\brare\s+$/i.test(m[1]) ? 'earths' : undefined);
  return plural && m[2] === lower ? m[1] + plural : phrase;
}